"""Exact lookups over the store: offices held, events in a period, citations. Pure functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from faurecli.model import Event, Kind, Office, OfficeSource, Origin, PartialDate, Record, Sentence, Store

if TYPE_CHECKING:
    from faurecli.search import Index


def select_offices(
    store: Store, *, source: OfficeSource = OfficeSource.INFOBOX, current: bool = False, at: PartialDate | None = None
) -> list[Office]:
    """Offices in start order, filtered by origin, by being current, and by being held at `at`."""
    chosen = [
        office
        for office in store.offices
        if (source is OfficeSource.ALL or office.origin is Origin(source.value))
        and (not current or office.current)
        and (at is None or office.held_during(at))
    ]
    return sorted(chosen, key=lambda o: (o.start, o.origin is Origin.PROSE))


def length_months(office: Office, today: dt.date) -> tuple[int, bool] | None:
    """Months in office and whether that is exact; None when the end is not known."""
    if office.end is None and not office.current:
        return None
    end = office.end if office.end is not None else PartialDate.of(today)
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
    """Events in date order. A bound keeps any event whose span touches it at the bound's own
    precision: from 2014 keeps "2014" and "June 2014"."""
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
    chosen.sort(key=lambda e: _order(e.date) + _order(e.end or e.date), reverse=reverse)
    return chosen if limit is None else chosen[:limit]


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
    """The citation markers that lead an event's source sentences."""
    return sorted({n for s in cited for n in s.markers})


def event_section(store: Store, event: Event) -> str:
    return section_of(event_sentences(store, event))


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Citation(Record):
    """A sentence to quote, the sentence its markers follow, and its reference line."""

    sentence: Sentence
    follows: Sentence | None
    line: str


def citation_line(store: Store, sentence: Sentence) -> str:
    """A ready-to-paste reference: the article, its section and the markers."""
    base = f'"{store.source.title}", {store.source.publisher}, section "{sentence.section}"'
    if not sentence.markers:
        return f"{base} (no marker in the summary)"
    return f"{base}, {''.join(f'[{n}]' for n in sentence.markers)}"


def _citation(store: Store, sentence: Sentence) -> Citation:
    follows = store.sentences[sentence.index - 1] if sentence.markers and sentence.index > 0 else None
    return Citation(sentence, follows, citation_line(store, sentence))


def cite_sentence(store: Store, sentence_id: str) -> list[Citation]:
    """The sentence with this id ("s25"); empty when there is none."""
    sentence = store.sentence(sentence_id)
    return [] if sentence is None else [_citation(store, sentence)]


def cite_marker(store: Store, number: int) -> list[Citation]:
    """The summary sentence(s) led by marker `number`; empty when no sentence has it."""
    return [_citation(store, s) for s in store.sentences if number in s.markers]


def cite_text(store: Store, index: Index, query: str, *, limit: int = 3) -> list[Citation]:
    """The article sentence(s) best matching `query`: the best, and any within 5 points of it."""
    from faurecli.search import search

    hits = search(index, query, kinds=[Kind.SENTENCE], limit=limit)
    best = hits[0].score if hits else 0.0
    chosen = [store.sentence(h.id) for h in hits if h.score >= best - 5]
    return [_citation(store, s) for s in chosen if s is not None]


def current_offices(store: Store) -> list[Office]:
    return [o for o in select_offices(store, source=OfficeSource.ALL) if o.current]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Moment(Record):
    """What `faure on DATE` answers: offices held, events within, the nearest on either side."""

    held: list[Office]
    # Begun earlier, end not given: perhaps still held, but the text does not say.
    open: list[Office]
    events: list[Event]
    before: Event | None
    after: Event | None


def on_date(store: Store, when: PartialDate) -> Moment:
    """What he held at any time in `when` (at its precision), and what happened in it."""
    first, last = when.first_day(), when.last_day()
    events = select_events(store, start=when, end=when)
    earlier = [e for e in store.events if e.span()[1] < first]
    later = [e for e in store.events if e.span()[0] > last]
    held = select_offices(store, source=OfficeSource.ALL, at=when)
    unsure = [
        o
        for o in select_offices(store, source=OfficeSource.ALL)
        if o.end is None and not o.current and o.start.first_day() <= last and o not in held
    ]
    return Moment(
        held=held,
        open=unsure,
        events=events,
        before=max(earlier, key=lambda e: (_order(e.span_end()), _order(e.date)), default=None),
        after=min(later, key=lambda e: (_order(e.date), _order(e.span_end())), default=None),
    )


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Shown(Record):
    """A record a conflict touches, and the command that lists it."""

    command: str
    record: Office | Event


def shown_for(store: Store, record_id: str) -> Shown | None:
    """Which command shows a record: offices (with --source all for the prose's), or timeline."""
    office = next((o for o in store.offices if o.id == record_id), None)
    if office is not None:
        return Shown("faure offices" + (" --source all" if office.origin is Origin.PROSE else ""), office)
    event = next((e for e in store.events if e.id == record_id), None)
    return None if event is None else Shown("faure timeline", event)


def derived_records(store: Store) -> list[Office | Event]:
    """Every office and event whose date the text implies rather than states."""
    return [o for o in store.offices if o.derived] + [e for e in store.events if e.derived]
