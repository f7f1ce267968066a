"""Exact lookups over the store: offices held, events in a period, citations. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import field
from enum import Enum
from typing import TYPE_CHECKING

from faurecli.model import (
    Conflict,
    Event,
    FaureError,
    Field,
    Kind,
    Listing,
    Office,
    OfficeSource,
    Origin,
    PartialDate,
    Person,
    Record,
    Sentence,
    Store,
    Term,
    record,
    short,
)

if TYPE_CHECKING:
    from faurecli.search import Index


class NotFound(FaureError):
    """Nothing in the store answers: no office, event, sentence or marker matches."""


class BeyondSource(NotFound):
    """A date after the source's as-of date: the source says nothing about it."""

    def __init__(self, as_of: PartialDate, when: PartialDate) -> None:
        self.as_of, self.when = as_of, when
        super().__init__(f"the source covers events up to {as_of.human()}; it says nothing about {when.human()}")


def covered(store: Store, when: PartialDate) -> bool:
    """Whether `when` lies wholly within what the source covers; raise BeyondSource when it lies
    wholly after the as-of date. False means it straddles it: answered up to the as-of date."""
    as_of = store.source.as_of
    if when.first_day() > as_of.last_day():
        raise BeyondSource(as_of, when)
    return when.last_day() <= as_of.last_day()


def select_offices(
    store: Store, *, source: OfficeSource = OfficeSource.INFOBOX, current: bool = False, at: PartialDate | None = None
) -> list[Office]:
    """Offices in start order, filtered by origin, by being current, and by being held at `at`
    (as far as the text says: see Office.held_during)."""
    if at is not None:
        covered(store, at)
    as_of = store.source.as_of
    chosen = [
        office
        for office in store.offices
        if (source is OfficeSource.ALL or office.origin is Origin(source.value))
        and (not current or office.current)
        and (at is None or office.held_during(at, as_of))
    ]
    return sorted(chosen, key=lambda o: (o.start, o.origin is Origin.PROSE))


@record
class Offices(Listing):
    """What `offices` answers: the offices chosen, in start order; `partial` when the date asked
    about runs past the source's as-of date (answered up to it)."""

    store: Store = field(repr=False, compare=False)
    items: tuple[Office, ...]
    partial: bool = False


def offices(
    store: Store, *, source: OfficeSource = OfficeSource.INFOBOX, current: bool = False, at: PartialDate | None = None
) -> Offices:
    """The offices held (at `at`, if given), as `select_offices` chooses them. BeyondSource when
    `at` lies wholly after the as-of date."""
    partial = at is not None and not covered(store, at)
    return Offices(store, tuple(select_offices(store, source=source, current=current, at=at)), partial)


def length_months(office: Office, as_of: PartialDate) -> tuple[int, bool] | None:
    """Months in office (a current one counted to the source's as-of date) and whether that is
    exact; None when the end is not known or a bound is only derived."""
    if (office.end is None and not office.current) or office.derived or office.end_derived:
        # An end the text does not give, or a bound it only implies: no length to count.
        return None
    end = office.end if office.end is not None else as_of
    exact = bool(office.start.month and end.month)
    months = (end.year - office.start.year) * 12 + (end.month or 1) - (office.start.month or 1)
    if office.start.day and end.day and end.day < office.start.day:
        months -= 1
    return max(months, 0), exact


def select_events(
    store: Store,
    *,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
    topic: str | None = None,
    reverse: bool = False,
    limit: int | None = None,
) -> list[Event]:
    """Events in date order, and after the events the text says they follow. A bound keeps any
    event whose span touches it at the bound's own precision: from 2014 keeps "2014" and
    "June 2014". A bound after the source's as-of date raises BeyondSource."""
    if start is not None:
        covered(store, start)
    low = start.first_day() if start else None
    high = end.last_day() if end else None
    if topic:
        from faurecli.search import fold

        wanted = fold(topic).split()
    else:
        wanted = []
    chosen = []
    for event in store.events:
        if low is not None or high is not None:
            first, last = event.span()
            if (low is not None and last < low) or (high is not None and first > high):
                continue
        if wanted and not _about(store, event, wanted):
            continue
        chosen.append(event)
    # Plain tuples sort several times faster than comparing PartialDates.
    chosen.sort(key=lambda e: _order(e.date) + _order(e.end or e.date))
    chosen = _follow_links(chosen)
    if reverse:
        chosen.reverse()
    return chosen if limit is None else chosen[:limit]


@record
class Timeline(Listing):
    """What `timeline` answers: the events chosen, in order; `partial` when the period asked
    about runs past the source's as-of date."""

    store: Store = field(repr=False, compare=False)
    items: tuple[Event, ...]
    partial: bool = False


def timeline(
    store: Store,
    *,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
    topic: str | None = None,
    reverse: bool = False,
    limit: int | None = None,
) -> Timeline:
    """The events from `start` to `end` (see `select_events`)."""
    events = select_events(store, start=start, end=end, topic=topic, reverse=reverse, limit=limit)
    partial = end is not None and end.last_day() > store.source.as_of.last_day()
    return Timeline(store, tuple(events), partial)


def _follow_links(events: list[Event]) -> list[Event]:
    """Move each event that the text places after others ("after", "then", "upon") to just
    after the last of them, where a coarser date sorted it earlier ("2018" before "Jan 2018")."""
    if not any(e.after for e in events):
        return events
    ordered = list(events)
    for _ in range(len(ordered)):
        moved = False
        for event in [e for e in ordered if e.after]:
            # By identity: list.index would call Record.__eq__ (Python code) on each element.
            here = next(i for i, e in enumerate(ordered) if e is event)
            places = [i for i, e in enumerate(ordered) if e.id in event.after]
            if places and max(places) > here:
                ordered.pop(here)
                ordered.insert(max(places), event)  # the list shifted left by one
                moved = True
        if not moved:
            break
    return ordered


def _order(date: PartialDate) -> tuple[int, int, int]:
    return date.year, date.month, date.day


def _about(store: Store, event: Event, wanted: list[str]) -> bool:
    from faurecli.search import words

    vocabulary = set(words(" ".join([event.text, *event.tags, event_section(store, event)])))
    return all(any(word.startswith(w) for word in vocabulary) for w in wanted)


def event_sentences(store: Store, event: Event) -> list[Sentence]:
    """The article sentences an event comes from, in the order its sources give them."""
    return list(store.source_sentences(event.sources))


def section_of(cited: Sequence[Sentence]) -> str:
    """The article section an event comes from: its first source sentence's, else the infobox."""
    return cited[0].section if cited else "Infobox"


def markers_of(cited: Sequence[Sentence]) -> list[int]:
    """The article's reference markers that follow an event's own source sentences."""
    return sorted({n for s in cited for n in s.markers})


def event_section(store: Store, event: Event) -> str:
    return section_of(event_sentences(store, event))


@record
class Citation(Record):
    """A sentence to quote, with the reference markers that follow it and its reference line."""

    sentence: Sentence
    line: str


def citation_line(store: Store, sentence: Sentence) -> str:
    """A ready-to-paste reference: the article, its section and the article's references that
    follow the sentence; none borrowed from a neighbour."""
    base = f'"{store.source.title}", {store.source.publisher}, section "{sentence.section}"'
    if not sentence.markers:
        return f"{base} (the sources show no reference marker after this sentence)"
    numbers = ", ".join(f"[{n}]" for n in sentence.markers)
    return f"{base}, the article's reference{'s' if len(sentence.markers) > 1 else ''} {numbers}"


def _citation(store: Store, sentence: Sentence) -> Citation:
    return Citation(sentence, citation_line(store, sentence))


def cite_sentence(store: Store, sentence_id: str) -> list[Citation]:
    """The sentence with this id ("s25"); empty when there is none."""
    sentence = store.sentence(sentence_id)
    return [] if sentence is None else [_citation(store, sentence)]


def cite_marker(store: Store, number: int) -> list[Citation]:
    """The sentence that reference marker `number` follows; empty when no sentence has it."""
    return [_citation(store, s) for s in store.sentences if number in s.markers]


def cite_text(store: Store, index: Index, query: str, *, limit: int = 3) -> list[Citation]:
    """The article sentence(s) best matching `query`: the best, and any within 5 points of it."""
    from faurecli.search import search

    hits = search(index, query, kinds=[Kind.SENTENCE], limit=limit)
    best = hits[0].score if hits else 0.0
    chosen = [store.sentence(h.id) for h in hits if h.score >= best - 5]
    return [_citation(store, s) for s in chosen if s is not None]


@record
class Citations(Listing):
    """What `cite` answers: the sentences to quote, and the citation style asked for (a
    `views.citation.Style` value; the views write the lines)."""

    store: Store = field(repr=False, compare=False)
    items: tuple[Citation, ...]
    style: str = "wikipedia"


_SENTENCE_ID = re.compile(r"s[0-9]+")


def cite(store: Store, query: str, *, index: Callable[[], Index], style: str = "wikipedia") -> Citations:
    """The sentence(s) `query` names: a sentence id ("s25"), a reference marker ("13" or
    "[13]"), or else words to find (`index` gives the search index, built only then).
    NotFound when none; BadInput when `query` has nothing to look for."""
    wanted = query.strip()
    marker = wanted.strip("[]")
    if _SENTENCE_ID.fullmatch(wanted):
        found = cite_sentence(store, wanted)
        if not found:
            raise NotFound(f"no sentence has id {wanted!r} (ids run s1 to s{len(store.sentences)})")
    elif marker.isdecimal() and marker.isascii():
        found = cite_marker(store, int(marker))
        if not found:
            known = ", ".join(str(n) for n in sorted({m.number for m in store.markers}))
            raise NotFound(f"no sentence is followed by the reference [{int(marker)}] (references: {known})")
    else:
        from faurecli.search import readable

        readable(query)
        found = cite_text(store, index(), query)
        if not found:
            raise NotFound(f"no sentence matches {short(query)!r}")
    return Citations(store, tuple(found), style)


def current_offices(store: Store) -> list[Office]:
    """The offices current as of the source's as-of date."""
    return [o for o in select_offices(store, source=OfficeSource.ALL) if o.current]


class Why(Enum):
    """Why an office is only perhaps held in a period: what the text leaves open."""

    OPEN = "end not given"
    ENDED = "ended without a date"
    COARSE = "dated too coarsely"
    DISPUTED = "sources disagree on its start"


@record
class Perhaps(Record):
    """An office perhaps held in a period, and why only perhaps."""

    office: Office
    why: Why


def _why(store: Store, office: Office, when: PartialDate) -> Why | None:
    """Why `office` is perhaps held within `when`, or None when the text rules it out."""
    as_of = store.source.as_of
    if office.maybe_during(when, as_of):
        term = office.term
        if term is Term.OPEN:
            return Why.OPEN
        return Why.ENDED if term is Term.ENDED else Why.COARSE
    for conflict in store.disputes(office.id, Field.START):
        for claim in conflict.claims:
            if claim.date is not None and when.overlaps(claim.date.first_day(), office.reach(as_of)[1]):
                return Why.DISPUTED
    return None


@record
class Moment(Record):
    """What `on DATE` answers: offices held, offices perhaps held, events within, the nearest
    on either side; `partial` when the period runs past the source's as-of date."""

    store: Store = field(repr=False, compare=False)
    date: PartialDate
    as_of: PartialDate
    partial: bool
    held: list[Office]
    # The text neither places them within the period nor rules it out: an end it does not
    # give, a date known only to a coarser precision, a term it ends without a date.
    possibly: list[Perhaps]
    events: list[Event]
    before: Event | None
    after: Event | None


def on_date(store: Store, when: PartialDate) -> Moment:
    """What he held at any time in `when` (at its precision), and what happened in it."""
    partial = not covered(store, when)
    as_of = store.source.as_of
    first, last = when.first_day(), when.last_day()
    events = select_events(store, start=when, end=when)
    # The nearest events either side, in the timeline's order (which follows the text's links).
    ordered = select_events(store)
    earlier = [e for e in ordered if e.span()[1] < first]
    later = [e for e in ordered if e.span()[0] > last]
    everything = select_offices(store, source=OfficeSource.ALL)
    held = [o for o in everything if o.held_during(when, as_of)]
    possibly = [Perhaps(o, why) for o in everything if o not in held and (why := _why(store, o, when)) is not None]
    return Moment(
        store=store,
        date=when,
        as_of=as_of,
        partial=partial,
        held=held,
        possibly=possibly,
        events=events,
        before=earlier[-1] if earlier else None,
        after=later[0] if later else None,
    )


def record_of(store: Store, record_id: str) -> Office | Event | None:
    """The office or event with this id."""
    office = next((o for o in store.offices if o.id == record_id), None)
    return office if office is not None else next((e for e in store.events if e.id == record_id), None)


def derived_records(store: Store) -> list[Office | Event]:
    """Every office and event whose date the text implies rather than states."""
    return [o for o in store.offices if o.derived or o.end_derived] + [e for e in store.events if e.derived]


@record
class Profile(Record):
    """What `profile` answers: the person, the offices current as of the source, and the age as
    of its date (arithmetic on the birth date; None when a birthday falls within that month)."""

    person: Person
    as_of: PartialDate
    age: int | None
    current: tuple[Office, ...]


def profile(store: Store) -> Profile:
    """The person card, as of the source's date."""
    as_of = store.source.as_of
    return Profile(store.person, as_of, store.person.age_during(as_of), tuple(current_offices(store)))


@record
class Disagreement(Record):
    """A conflict between sources, with the records it touches (as the listings show them)."""

    conflict: Conflict
    records: tuple[Office | Event, ...]


@record
class ConflictReport(Record):
    """What `conflicts` answers: every disagreement, then every derived date."""

    store: Store = field(repr=False, compare=False)
    disagreements: tuple[Disagreement, ...]
    derived: tuple[Office | Event, ...]


def conflict_report(store: Store) -> ConflictReport:
    """Where the sources disagree, and which dates the text only implies."""
    disagreements = tuple(
        Disagreement(c, tuple(r for r in (record_of(store, i) for i in c.records) if r is not None))
        for c in store.conflicts
    )
    return ConflictReport(store, disagreements, tuple(derived_records(store)))
