"""Evidence units for `ask` and `verify`: every sentence (with the events it is the source of),
every office (with its infobox lines) and every other infobox line, each with its words, the
periods it is about and the ids to show. Built once per store; retrieval is pure."""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from faurecli import lexicon
from faurecli.analysis import (
    Analysis,
    Value,
    ValueKind,
    capitalised,
    content_words,
    find_word,
    fold,
    record_action,
    split_words,
    values,
)
from faurecli.model import INFOBOX_PREFIX, BadInput, Event, Office, PartialDate, Record, Store, record, relinked
from faurecli.patterns import lazy

Span = tuple[dt.date, dt.date]


# A question or claim longer than this is a mistake (a pasted file?), not a question.
MAX_TEXT = 1000


class BadQuestion(BadInput):
    """A question or claim faure cannot read: empty, no words, too long."""


@record
class Evidence(Record):
    id: str
    text: str


def check_text(text: str, what: str) -> str:
    """The text stripped, or BadQuestion naming what is wrong with it."""
    if len(text) > MAX_TEXT:
        raise BadQuestion(f"the {what} is {len(text):,} characters long; at most {MAX_TEXT:,}")
    stripped = text.strip()
    if not stripped:
        raise BadQuestion(f"the {what} is empty")
    if not split_words(stripped) and not re.search(r"\d", stripped):
        raise BadQuestion(f"the {what} has no word or number to look for")
    return stripped


def quote(store: Store, ref: str) -> Evidence:
    return Evidence(ref, store.quote(ref))


def past_the_source(store: Store, analysis: Analysis) -> tuple[str, str] | None:
    """The first date of a question or claim that lies after the source's as-of date, as its
    text and the note that says so; None when there is none."""
    as_of = store.source.as_of
    for value in analysis.values:
        date = value.date() if value.kind is ValueKind.DATE else None
        if date is not None and date.first_day() > as_of.last_day():
            from faurecli.query import BeyondSource

            return value.text, str(BeyondSource(as_of, date))  # the words every command uses
    return None


@record
class Unit(Record):
    """One piece of evidence: a sentence, an office or an infobox line."""

    id: str
    refs: tuple[str, ...]
    text: str
    words: frozenset[str]
    spans: tuple[Span, ...]
    office: Office | None = None
    events: tuple[Event, ...] = ()
    figures: tuple[Value, ...] = ()

    def clauses(self) -> list[str]:
        return list(_clauses(self.text))


@lru_cache(maxsize=1024)
def _clauses(text: str) -> tuple[str, ...]:
    # (Cached: a unit's text is split for claim after claim.)
    return tuple(c for c in _CLAUSE.split(text) if c.strip())


# (Also before a second title: "… First Secretary … since 2018 and Member of the National
# Assembly … since 2012" holds two facts, each with its own year.)
_CLAUSE = lazy(
    r",\s+(?!\d{3}\b)|;\s+|\s+but\s+|\s+while\s+|\s+and\s+(?=re-|was\b|also\b|is\b|[a-z]+ed\b)|:\s+"
    r"|\s+and\s+(?=[A-Z][a-z]+\s+of\s+the\s)"
)


@record
class Built(Record):
    """What is built from a store for `ask` and `verify`, once (the CLI caches it beside the
    search index): the units, the people the store names, its words and their weights, and
    each event's and office's words, leading action and the people its text names."""

    units: tuple[Unit, ...]
    people: dict[str, str]
    known: frozenset[str]
    idf: dict[str, float]
    rarest: float
    record_words: dict[str, frozenset[str]]
    record_actions: dict[str, frozenset[str]]
    record_people: dict[str, tuple[str, ...]]
    postings: dict[str, tuple[int, ...]]
    # A stem -> the stems of its words' same sense (recall.sense_by_stem): the same for every
    # store, kept here so that the CLI's cache holds it (making it was ~1 ms of a cold verify).
    senses: dict[str, frozenset[str]]
    # Each office's title and other names -> their words without where it is held (post_heads):
    # `ask` reads every office's on its first question (~6M instructions), kept here for the CLI.
    post_heads: dict[tuple[str, ...], frozenset[str]]


@record
class Knowledge(Record):
    """What `ask` and `verify` read: a store and what was built from it."""

    store: Store
    built: Built
    # Folded text -> the people it names: the same sentences are read for names item after
    # item of a stream (bounded: cleared when full).
    named: dict[str, tuple[tuple[int, str], ...]]
    # A word -> the people (folded keys) whose surname holds it: a text can name someone only
    # if it holds every word of their surname, so only those are looked for.
    surnames: dict[str, tuple[str, ...]]


_NAMED_MAX = 4096
_KNOWLEDGE: dict[int, Knowledge] = {}


def knowledge(store: Store) -> Knowledge:
    """The units of `store`, built on first use and kept for the stores of this process."""
    found = _KNOWLEDGE.get(id(store))
    if found is None or found.store is not store:
        found = prime(store, build(store))
    return found


T = TypeVar("T")


def per_store(table: dict[int, tuple[Store, T]], store: Store, make: Callable[[Store], T]) -> T:
    """`make(store)`, kept in `table` for `store` by identity (a store's hash reads all of it),
    for the last few stores of the process."""
    kept = table.get(id(store))
    if kept is None or kept[0] is not store:
        if len(table) > 4:
            table.pop(next(iter(table)))
        kept = table[id(store)] = (store, make(store))
    return kept[1]


def senses() -> dict[str, frozenset[str]] | None:
    """The sense table of a store's Built in this process (the same for all), None before any."""
    return next(iter(_KNOWLEDGE.values())).built.senses if _KNOWLEDGE else None


def prime(store: Store, built: Built) -> Knowledge:
    """Use `built` (from a cache) as what was built from `store` for the rest of the process."""
    built = _linked(store, built)
    _POST_HEADS.update(built.post_heads)
    surnames: dict[str, list[str]] = {}
    for key in built.people:
        parts = _TOKEN.findall(key.split()[-1]) if key.split() else []
        if parts:
            surnames.setdefault(parts[0], []).append(key)
    index = {word: tuple(keys) for word, keys in surnames.items()}
    found = _KNOWLEDGE[id(store)] = Knowledge(store, built, {}, index)
    return found


def _linked(store: Store, built: Built) -> Built:
    """`built` whose units hold the store's own offices and events. Records are equal only to
    themselves, and a cached `built` was unpickled apart from the store, with copies of them:
    "the unit of this office" found none, and `faure verify` from the cache answered otherwise
    than in one process (NOT_ENOUGH_INFO for "In 1991 Faure became secretary-general of UNEF",
    REFUTED without the cache)."""
    offices = {office.id: office for office in store.offices}
    events = {event.id: event for event in store.events}
    units = []
    for unit in built.units:
        office = None if unit.office is None else offices.get(unit.office.id, unit.office)
        held = tuple(events.get(event.id, event) for event in unit.events)
        if office is not unit.office or any(a is not b for a, b in zip(held, unit.events, strict=True)):
            unit = relinked(unit, office=office, events=held)
        units.append(unit)
    if all(a is b for a, b in zip(units, built.units, strict=True)):
        return built
    return relinked(built, units=tuple(units))


def build(store: Store) -> Built:
    """Build the evidence units and word weights of `store` (pure; about 0.1 s)."""
    units: list[Unit] = []
    primary: dict[str, list[Event]] = {}
    for event in store.events:
        first = next((s for s in event.sources if not s.startswith(INFOBOX_PREFIX)), None)
        if first is not None:
            primary.setdefault(first, []).append(event)
    # The sentences an event cites after its first go on about it ("Concessions included … the
    # 2023 pension reform" tells of February 2025's deal, not of 2023): its period is theirs too.
    later: dict[str, list[Span]] = {}
    for event in store.events:
        for ref in [s for s in event.sources if not s.startswith(INFOBOX_PREFIX)][1:]:
            later.setdefault(ref, []).append(event.span())
    carried: list[Span] = []
    for sentence in store.sentences:
        events = tuple(primary.get(sentence.id, ()))
        text = " ".join([sentence.text, *(e.text for e in events), *(t for e in events for t in e.tags)])
        spans = [e.span() for e in events]
        own = [_value_span(v) for v in values(sentence.text) if v.kind is ValueKind.DATE and v.year]
        spans += own
        # A sentence that dates nothing is about the period of the one before it ("His
        # election by 137 votes…" follows "On 13 December 2016…").
        if not spans and not sentence.summary:
            spans = list(carried)
        carried = spans
        # (Only for a sentence that is no record's own, whose years are all before the event's: a
        # year that names an older thing. The period borrowed is not passed on to the next.)
        if not events:
            spans = spans + [s for s in later.get(sentence.id, ()) if own and all(o[1].year < s[0].year for o in own)]
        units.append(
            Unit(
                sentence.id,
                (sentence.id,),
                sentence.text,
                held_words(text),
                tuple(spans),
                None,
                events,
                values(sentence.text),
            )  # fmt: skip
        )
    in_office: set[str] = set()
    for office in store.offices:
        refs = tuple(office.sources)
        in_office.update(r for r in refs if r.startswith(INFOBOX_PREFIX))
        people = [*office.predecessors, *office.successors]
        text = " ".join([office.title, *(n.text for n in office.names), *people])
        if office.predecessors:
            text += " predecessor succeeded"
        if office.successors:
            text += " successor replaced"
        end = office.end.last_day() if office.end else store.source.as_of.last_day()
        term = ((office.start.first_day(), end),)
        units.append(Unit("office:" + office.id, refs, office.title, held_words(text), term, office))
    for line in store.infobox:
        if line.ref not in in_office:
            words = held_words(f"{line.key} {line.value}")
            units.append(Unit(line.ref, (line.ref,), line.value, words, (), None, (), values(line.value)))
    counts: dict[str, int] = {}
    for unit in units:
        for word in unit.words:
            counts[word] = counts.get(word, 0) + 1
    total = len(units)
    idf = {word: math.log(1 + total / (1 + n)) for word, n in counts.items()}
    known: set[str] = set()
    for sentence in store.sentences:
        known.update(split_words(sentence.text))
    for line in store.infobox:
        known.update(split_words(f"{line.key} {line.value}"))
    for office in store.offices:
        known.update(split_words(" ".join([office.title, *office.predecessors, *office.successors])))
    known.update(counts)
    everyone = _people(store)
    record_words: dict[str, frozenset[str]] = {}
    done: dict[str, frozenset[str]] = {}
    named: dict[str, tuple[str, ...]] = {}
    for event in store.events:
        record_words[event.id] = frozenset(content_words(" ".join([event.text, *event.tags])))
        done[event.id] = frozenset(record_action(event.text))
    for office in store.offices:
        record_words[office.id] = frozenset(content_words(" ".join([office.title, *(n.text for n in office.names)])))
        done[office.id] = frozenset({"inaugurate"})
        named[office.id] = tuple(name for _, name in _named(everyone, office.title))
    postings: dict[str, list[int]] = {}
    for number, unit in enumerate(units):
        for word in unit.words:
            postings.setdefault(word, []).append(number)
    from faurecli.recall import sense_by_stem  # (recall imports this module)

    return Built(
        tuple(units), everyone, frozenset(known), idf, math.log(1 + total), record_words, done, named,
        {word: tuple(numbers) for word, numbers in postings.items()}, sense_by_stem(),
        {names: _heads(names) for names in ((o.title, *(n.text for n in o.names)) for o in store.offices)},
    )  # fmt: skip


# Where recall reads the vocabulary's other names of records (recall.vocabulary_names) when not
# None: the CLI sets it to read them from its cache, only if a question needs them.
vocabulary_names_from: Callable[[], dict[str, tuple[str, ...]]] | None = None


# Where the name of a post ends and where it is held begins ("President of the New Left group
# in the National Assembly": a member of the Assembly is another post).
POST_PLACE = lazy(r"\s+(?:in|at|for|a|au|dans)\s+.*$|,.*$")
# The heads of the posts of the stores primed in this process (Built.post_heads).
_POST_HEADS: dict[tuple[str, ...], frozenset[str]] = {}


def post_heads(names: tuple[str, ...]) -> set[str]:
    """The words of a post's title and other names (`names`), without where it is held."""
    kept = _POST_HEADS.get(names)
    return set(kept) if kept is not None else set(_heads(names))


def _heads(names: tuple[str, ...]) -> frozenset[str]:
    heads: set[str] = set()
    for name in names:
        heads.update(content_words(POST_PLACE.sub("", fold(name))))
    return frozenset(heads)


def _value_span(value: Value) -> Span:
    """The days a date in a sentence covers, at its own precision."""
    date = value.date()
    assert date is not None
    return date.first_day(), date.last_day()


def held_words(text: str) -> frozenset[str]:
    """The content words a piece of evidence holds, a prefixed word whole too."""
    words = set(content_words(text))
    if "-" in text:
        # "re-elected" is "reelected" too (what "réélu", "reconduit" stand for), not only "elected".
        words.update(content_words(_PREFIXED.sub(r"\1", text)))
    return frozenset(words)


_PREFIXED = lazy(r"\b(re|ré|co|ex)-")


_PARTICLES = frozenset({"le", "la", "de", "du", "el", "van", "von", "di"})


def _people(store: Store) -> dict[str, str]:
    """Folded name -> name of the people the store names (runs of two or more capitalised words
    that are not bodies or places), Faure himself left out."""
    lower: set[str] = set()
    for sentence in store.sentences:
        lower.update(w for w in re.findall(r"\b[a-zà-ÿ][\w-]*", sentence.text))
    found: dict[str, str] = {}

    def add(name: str) -> None:
        name = re.sub(r"\s*\(.*?\)$", "", name).strip()
        key = fold(name)
        if len(name.split()) >= 2 and "faure" not in key:
            found.setdefault(key, name)

    for office in store.offices:
        for name in (*office.predecessors, *office.successors):
            add(name)
    if store.person.spouse:
        add(store.person.spouse)
    for sentence in store.sentences:
        for _, _, run in capitalised(sentence.text):
            current: list[str] = []
            for word in run.split():
                bare = re.sub(r"(?:'s|’s)$", "", word)
                parts = split_words(bare)
                title = any(p in lexicon.NOT_PERSON for p in parts) or (
                    bare.lower() in lower and fold(bare) not in _PARTICLES
                )
                if title:
                    if len(current) >= 2:
                        add(" ".join(current))
                    current = []
                else:
                    current.append(bare)
                    if bare != word:  # a possessive ends the name
                        if len(current) >= 2:
                            add(" ".join(current))
                        current = []
            if len(current) >= 2:
                add(" ".join(current))
    return found


# --- Retrieval -----------------------------------------------------------------------------


@record
class Match(Record):
    """A unit ranked for a question or claim: the share of its words found, and whether the
    periods it is about fit the dates the question gives."""

    unit: Unit
    score: float
    fits: bool
    dated: bool


def weight(known: Knowledge, word: str) -> float:
    return known.built.idf.get(word, known.built.rarest)


def concept_weight(known: Knowledge, group: tuple[str, ...]) -> float:
    """How telling a word is: its rarest known form, or (unknown to the store) a good deal."""
    found = [known.built.idf[w] for w in group if w in known.built.idf]
    return max(found) if found else 0.6 * known.built.rarest


def rank(known: Knowledge, analysis: Analysis, *, limit: int = 8) -> list[Match]:
    """Units by the weighted share of the question's words they hold; a unit about another
    period than a date the question gives is kept but marked (`fits` False)."""
    groups = [g for g in analysis.concepts if not g[0].isdigit()]
    weights = [concept_weight(known, g) for g in groups]
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE]
    figures = [v for v in analysis.values if v.kind is not ValueKind.DATE and not v.bound and not v.approximate]
    total = sum(weights) or 1.0
    # Through the postings (word -> units holding it): a unit's weight is summed once per word
    # group it holds, without looking at the units that hold none.
    holds: dict[int, float] = {}
    for group, weight in zip(groups, weights, strict=True):
        for number in {n for word in group for n in known.built.postings.get(word, ())}:
            holds[number] = holds.get(number, 0.0) + weight
    units = known.built.units
    numbers = range(len(units)) if dates or figures else sorted(holds)
    # The periods the question's dates cover, once, not once per unit.
    periods = [(period(v), bool(v.year)) for v in dates]
    # Plain tuples, one Match made only for each unit kept: a question with a date scores every
    # unit. The unit's number last keeps the order of a stable sort among equals.
    scored: list[tuple[float, bool, int, int, bool, bool]] = []
    wanted = [(v.kind, v.number) for v in figures]
    held_by = _figures_held(units) if figures else []
    orders = _orders(units)
    for number in numbers:
        spans = units[number].spans
        # (_fit with no period, inline: a question with a figure but no date scores every unit.)
        fits, dated = _fit(spans, periods) if periods else (True, bool(spans))
        score = holds.get(number, 0.0) / total
        if dates and fits and dated:
            score += 0.15
        if figures:
            held = held_by[number]
            score += 0.3 * sum(key in held for key in wanted) / len(figures)
        scored.append((-score, not fits, orders[number], number, fits, dated))
    return [Match(units[n], -score, fits, dated) for score, _, _, n, fits, dated in heapq.nsmallest(limit, scored)]


# Among equals, an office (id "office:…") before an infobox line ("infobox:…") before a sentence
# ("s12": its first two letters are no key here). The table once named sentences "s" first, a key
# no id's first two letters ever were; the order every answer and verdict was measured with is
# this one, kept.
_ORDER = {"of": 1, "in": 2}
_ORDERS: list[tuple[tuple[Unit, ...], list[int]]] = []


def _orders(units: tuple[Unit, ...]) -> list[int]:
    """Each unit's place among equals by the kind its id names (_ORDER), once per store's units:
    `rank` reads it for every unit it scores."""
    if not _ORDERS or _ORDERS[0][0] is not units:
        _ORDERS[:] = [(units, [_ORDER.get(unit.id[:2], 3) for unit in units])]
    return _ORDERS[0][1]


_HELD: list[tuple[tuple[Unit, ...], list[frozenset[tuple[ValueKind, float]]]]] = []


def _figures_held(units: tuple[Unit, ...]) -> list[frozenset[tuple[ValueKind, float]]]:
    """Each unit's figures as (kind, number), once per store's units: a claim with a figure
    looks for it in every unit."""
    if not _HELD or _HELD[0][0] is not units:
        _HELD[:] = [(units, [frozenset((f.kind, f.number) for f in unit.figures) for unit in units])]
    return _HELD[0][1]


def date_fit(unit: Unit, dates: list[Value]) -> tuple[bool, bool]:
    """(fits, dated): whether every date given overlaps a period the unit is about, and whether
    the unit is about any period at all. A day and month without a year fits any year."""
    return _fit(unit.spans, [(period(v), bool(v.year)) for v in dates])


def _fit(spans: tuple[Span, ...], periods: list[tuple[Span, bool]]) -> tuple[bool, bool]:
    if not periods or not spans:
        return True, bool(spans)
    for (first, last), has_year in periods:
        for start, end in spans:
            if start <= last and first <= end and start.year > 1:
                break
        else:
            if has_year:
                return False, True
    return True, True


def period(value: Value) -> Span:
    """The days a date value covers (a day and month with no year: that day of any year)."""
    return _period(value.year, value.month, value.day)


@lru_cache(maxsize=1024)
def _period(year: int, month: int, day: int) -> Span:
    # (Cached: a claim's dates are set against unit after unit.)
    if not year:
        return dt.date(1, 1, 1), dt.date(9999, 12, 31)
    date = PartialDate(year, month, day)
    return date.first_day(), date.last_day()


_DAY = dt.timedelta(days=1)


def same_date(value: Value, start: dt.date, end: dt.date) -> bool | None:
    """True when a date value names the day/month/year of [start, end] at its precision, False
    when it names another, None when it cannot say (the value is coarser than the period)."""
    if value.year and value.year not in range(start.year, end.year + 1):
        return False
    if start != end:
        whole_years = start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31
        whole_month = start.day == 1 and (start.year, start.month) == (end.year, end.month) and (end + _DAY).day == 1
        if value.day:
            if whole_month and value.month and value.month != start.month:
                return False
            if whole_month or whole_years:
                return None  # the source gives a month or a year: a day of it is not what it says
            return None if (value.month, value.day) != (start.month, start.day) else True
        if value.month and whole_years:
            return None
        if value.month and value.year:
            # A month the period does not reach ("February 2012" / "January 2012") is another.
            first = dt.date(value.year, value.month, 1)
            last = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1) - _DAY
            if last < start or end < first:
                return False
        return True if value.year else None
    if value.month and value.month != start.month:
        return False
    if value.day and value.day != start.day:
        return False
    return True


# "137 votes against 120", "48.37% of the vote against 26.45%": two figures set against each other.
_FIGURES_AGAINST = lazy(r"(\d+(?:\.\d+)?)\s*(%|votes?)?(?:\s+of\s+the\s+vote)?\s+against\s+(\d+(?:\.\d+)?)(\s*%)?")


# "63.2% of the vote in the second round, against the UMP's Cathy Bissonier with 36.78% of the
# vote": two shares of one clause, the second given to the rival named after "against" (no other
# figure, and no sentence or clause end, between them).
_SHARES_AGAINST_WITH = lazy(
    r"(\d+(?:\.\d+)?)(%)[^.;:\d%]{0,60}?\sagainst\s[^.;:\d%]{0,60}?\bwith\s+(\d+(?:\.\d+)?)(\s*%)"
)


def margin(text: str, *, rival_with: bool = False) -> tuple[float, str, str] | None:
    """The difference of the first two figures a text sets against each other ("137 votes
    against 120": 17), in "points" for shares or else "votes", and the words that give them;
    None when it sets none so. With `rival_with`, also a share set against a named rival's
    "with" share (`ask` only: verify's margins keep the strict form)."""
    pair = _FIGURES_AGAINST.search(text) or (_SHARES_AGAINST_WITH.search(text) if rival_with else None)
    if pair is None:
        return None
    difference = round(abs(float(pair.group(1)) - float(pair.group(3))), 2)
    unit = "points" if "%" in (pair.group(2) or "") + (pair.group(4) or "") else "votes"
    return difference, unit, pair.group(0).strip()


_TOKEN = lazy(r"\w+")


def people_near(known: Knowledge, text: str) -> dict[str, str]:
    """The store's people (folded name -> name, in the store's order) whose surname's every
    word stands in `text`: the only ones `text` can name. Looking only for them gives the
    same names as looking for everyone, at a fraction of the cost."""
    people = known.built.people
    tokens = set(_TOKEN.findall(fold(text)))
    keys: set[str] = set()
    for token in tokens:
        for key in known.surnames.get(token, ()):
            if all(part in tokens for part in _TOKEN.findall(key.split()[-1])):
                keys.add(key)
    if not keys:
        return {}
    return {key: name for key, name in people.items() if key in keys}


def people_in(known: Knowledge, text: str) -> list[tuple[int, str]]:
    """(position, name) of every person of the store named in `text` (by full name or by
    surname), in order."""
    memo = known.named
    found = memo.get(text)
    if found is None:
        if len(memo) >= _NAMED_MAX:
            memo.clear()
        found = memo[text] = tuple(_named(people_near(known, text), text))
    return list(found)


def _named(people: dict[str, str], text: str) -> list[tuple[int, str]]:
    folded = fold(text)
    found: list[tuple[int, str]] = []
    for key, name in people.items():
        parts = key.split(maxsplit=1)
        patterns = [key] + ([parts[1]] if len(parts) > 1 and len(parts[1]) > 3 else [])
        for pattern in patterns:
            at = find_word(folded, pattern)
            if at >= 0:
                found.append((at, name))
                break
    found.sort()
    return found
