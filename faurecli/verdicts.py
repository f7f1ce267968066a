"""`faure verify`: SUPPORTED, REFUTED or NOT_ENOUGH_INFO for a claim, part by part.

A claim's parts are its dates, figures, ordinals, the people and named bodies it names, and
what it says of them (who came before or after, who won, whether he did or did not). Each part
is looked for in the units that are about the claim; REFUTED needs a part the source
contradicts, SUPPORTED needs every part found and the claim's words held by the evidence.
When in doubt: NOT_ENOUGH_INFO. Calling a false claim SUPPORTED is the worst error."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from faurecli import lexicon
from faurecli.analysis import (
    Analysis,
    Value,
    ValueKind,
    actions,
    analyse,
    capitalised,
    find_word,
    fold,
    record_action,
    split_words,
    stem,
)
from faurecli.answers import Evidence, check_text, past_the_source, quote
from faurecli.evidence import Knowledge, Match, Unit, date_fit, knowledge, people_in, people_near, rank, same_date
from faurecli.model import Event, Office, Record, Store

# The evidence must hold at least this share of the claim's (weighted) words to support it...
SUPPORT = 0.6
# ...and this share to be taken as being about the same thing when it contradicts a part.
ABOUT = 0.5


class Verdict(Enum):
    SUPPORTED = "SUPPORTED"
    REFUTED = "REFUTED"
    NOT_ENOUGH_INFO = "NOT_ENOUGH_INFO"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Part(Record):
    """A checkable part of a claim, what the source says of it, and whether that agrees (None:
    the source does not say)."""

    text: str
    found: str | None
    agrees: bool | None


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Check(Record):
    """What `faure verify` prints."""

    claim: str
    verdict: Verdict
    evidence: tuple[Evidence, ...]
    correction: str | None
    parts: tuple[Part, ...]
    conflicts: tuple[str, ...]
    note: str | None
    title: str = ""  # the source's title


def _verify(store: Store, claim: str) -> Check:
    text = check_text(claim, "claim")
    known = knowledge(store)
    analysis = analyse(text, known.built.known, people_near(known, text))
    late = past_the_source(store, analysis)
    if late is not None:
        return Check(text, Verdict.NOT_ENOUGH_INFO, (), None, (Part(late[0], None, None),), (), late[1])
    if analysis.unknown:
        refuted = _born_elsewhere(known, analysis)
        if refuted is not None:
            return refuted
        parts = tuple(Part(word, None, None) for word in analysis.unknown)
        note = f"the source never mentions {', '.join(analysis.unknown)}"
        return Check(text, Verdict.NOT_ENOUGH_INFO, (), None, parts, (), note)
    return _judge(known, analysis)


def _judge(known: Knowledge, analysis: Analysis) -> Check:
    store = known.store
    # Rank by words alone: the claim's own dates and figures are what is being checked.
    plain = Analysis(
        analysis.text, analysis.intent, analysis.words, analysis.concepts, (), analysis.people, (), analysis.negated,
        analysis.asks_end, analysis.subject, analysis.target, analysis.french,
    )  # fmt: skip
    matches = rank(known, plain, limit=16)
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE]
    about = [m for m in matches if m.score >= ABOUT]
    if not about:
        nothing = "no fact in the source is about this claim"
        return Check(analysis.text, Verdict.NOT_ENOUGH_INFO, _closest(store, matches), None, (), (), nothing)
    fitting = [m for m in about if date_fit(m.unit, dates)[0]]
    parts: list[Part] = []
    refs: list[str] = []
    corrections: list[str] = []

    def agree(part: str, unit: Unit, found: str) -> None:
        parts.append(Part(part, found, True))
        refs.extend(unit.refs)

    def disagree(part: str, unit: Unit, found: str) -> None:
        parts.append(Part(part, found, False))
        refs.extend(unit.refs)
        corrections.append(f"{found}, not {part}")

    best = fitting[0] if fitting else about[0]
    near = [m for m in matches if m.score >= 0.2 and date_fit(m.unit, dates)[0]]
    for value in analysis.values:
        _check_value(known, analysis, value, about, near, fitting, agree, disagree, parts)
    for name in analysis.people:
        _check_person(known, analysis, name, best, fitting or about, agree, disagree, parts, near=near)
    _check_range(known, analysis, about, agree, disagree)
    if not _check_named(analysis, best, fitting, agree, disagree):
        _check_congress(known, analysis, agree, disagree)
    _check_ordinal(analysis, best, agree, disagree)
    _check_role(known, analysis, agree, disagree)
    _check_sense(analysis, best, agree, disagree)
    _check_birthplace(known, analysis, agree, disagree)
    _check_spouse(known, analysis, agree, disagree)
    refs.extend(best.unit.refs)
    # The conflicts of every fact the verdict rests on, not only the best unit's: "elected on
    # 29 March 2018" rests on s44, whose event the lead's "elected … in the Aubervilliers
    # Congress" disputes.
    cited = set(refs)
    used = [best.unit, *(u for u in known.built.units if u.id in cited and u is not best.unit)]
    records = [e.id for u in used for e in u.events] + [u.office.id for u in used if u.office is not None]
    conflicts = tuple(dict.fromkeys(c for r in records for c in store.conflicts_of(r)))
    evidence = tuple(quote(store, r) for r in dict.fromkeys(refs))
    note: str | None = _conflict_note(store, conflicts) if conflicts else None
    if any(p.agrees is False for p in parts):
        return Check(analysis.text, Verdict.REFUTED, evidence, "; ".join(corrections), tuple(parts), conflicts, note)
    covered = max((m.score for m in fitting), default=0.0)
    enough = covered >= SUPPORT if any(p.agrees for p in parts) else covered >= 0.85
    cited = set(refs)
    held = set(best.unit.words).union(
        *(u.words for u in known.built.units if u.id in cited or not cited.isdisjoint(u.refs))
    )
    direct = set(held)
    held |= _neighbours(known, best.unit)
    prefixes = {w[:5] for w in held if len(w) >= 5}
    direct_prefixes = {w[:5] for w in direct if len(w) >= 5}
    missing = [
        g
        for g in analysis.concepts
        if not g[0].isdigit() and not set(g) & held and g[0] not in _LIGHT and not {w[:5] for w in g} & prefixes
    ]
    # How he stood (voted, for, against, supported, opposed) is said by the evidence itself,
    # never borrowed from the sentence beside it: "voted against the 2023 pension reform" is
    # not what "Votes of PS deputies…", next to "renegotiation of 2023 pension reform", says.
    missing += [
        g
        for g in analysis.concepts
        if set(g) & _STANCE and g not in missing and not set(g) & direct and not {w[:5] for w in g} & direct_prefixes
    ]
    if enough and all(p.agrees for p in parts) and not missing:
        return Check(analysis.text, Verdict.SUPPORTED, evidence, None, tuple(parts), conflicts, note)
    why = note or (
        f"the source does not say: {', '.join(g[0] for g in missing)}"
        if missing and covered >= SUPPORT
        else "the source does not say all of this"
        if covered >= SUPPORT
        else "the source holds only part of this claim"
    )
    return Check(analysis.text, Verdict.NOT_ENOUGH_INFO, evidence, None, tuple(parts), conflicts, why)


# Words a claim may use that the evidence need not hold: how it happened, not what.
_LIGHT = frozenset(
    stem(w)
    for w in "became become served got received obtained took later then also held made de had ran run spent "
    "obtenu obtient recueilli recu went fait".split()
)


_STANCE = frozenset(
    stem(w)
    for w in "vote votes voted against contre abstained opposed supported endorsed rejected refused beat "
    "defeated".split()
)


def _neighbours(known: Knowledge, unit: Unit) -> set[str]:
    """The words of the sentences either side of a sentence unit: a claim may take its
    context from the one before ("…announced his candidacy" / "…was supported by…")."""
    units = known.built.units
    at = next((n for n, u in enumerate(units) if u is unit), None)
    if at is None or unit.office is not None or not unit.id.startswith("s"):
        return set()
    return set().union(*(u.words for u in units[max(0, at - 1) : at + 2] if u.id.startswith("s")))


def _closest(store: Store, matches: list[Match]) -> tuple[Evidence, ...]:
    return ()


def _conflict_note(store: Store, conflicts: tuple[str, ...]) -> str:
    notes = []
    for conflict in store.conflicts:
        if conflict.id in conflicts:
            claims = "; ".join(f"{c.says} ({', '.join(c.sources)})" for c in conflict.claims)
            notes.append(f"{conflict.subject}: the sources disagree: {claims}")
    return " | ".join(notes)


def _values_of(unit: Unit) -> tuple[Value, ...]:
    from faurecli.analysis import values

    return values(unit.text)


def _same(claim: Value, found: Value) -> bool:
    if claim.kind is ValueKind.DATE:
        if claim.year and found.year and claim.year != found.year:
            return False
        if claim.month and found.month and claim.month != found.month:
            return False
        return not (claim.day and found.day and claim.day != found.day)
    if claim.bound == "more":
        return found.number > claim.number
    if claim.bound == "less":
        return found.number < claim.number
    if claim.approximate:
        return abs(found.number - claim.number) <= max(0.51, 0.02 * claim.number)
    return abs(found.number - claim.number) < 1e-9


def _check_value(known, analysis, value, about, near, fitting, agree, disagree, parts) -> None:  # type: ignore[no-untyped-def]
    shown = value.text
    if value.kind is ValueKind.DATE:
        elected = any(g[0] in ("elect", "elu", "won") for g in analysis.concepts)
        for match in about:
            unit = match.unit
            for event in unit.events or ():
                first, last = event.span()
                if elected and not record_action(event.text) & {"elect", "reelect"}:
                    continue  # the term start, or what followed, is not the election day
                if same_date(value, first, last) and (value.day == 0 or first == last):
                    when = event.date.human() if event.end is None else f"{event.date.human()}–{event.end.human()}"
                    agree(shown, unit, when)
                    return
            office = unit.office
            if office is not None and not elected:
                date = office.end if analysis.asks_end and office.end else office.start
                if same_date(value, date.first_day(), date.last_day()):
                    agree(shown, unit, f"term {'end' if analysis.asks_end else 'start'} {date.human()}")
                    return
            for found in unit.figures:
                precise = (found.day or not value.day) and (found.month or not value.month)
                if found.kind is ValueKind.DATE and found.year and precise and _same(value, found):
                    agree(shown, unit, found.text)
                    return
        # The fact the date is about: one of the claim's subject in that year, if any (the
        # claim's day may be wrong, its year tells which fact), else the closest.
        year = Value(ValueKind.DATE, value.text, value.start, value.end, value.year)
        pool = [m for m in about if not (elected and m.unit.office is not None)]
        if value.year:
            top = max((m.score for m in pool), default=0.0)
            pool.sort(key=lambda m: (m.score < top - 0.05, not _dated_in(m.unit, year), not m.unit.spans, -m.score))
        best = pool[0] if pool else None
        if best is None or best.score < 0.5:
            parts.append(_part(shown))
            return
        unit = best.unit
        # Another fact of that period on the same subject: the claim may be about it, not wrong.
        elsewhere = [
            m
            for m in near
            if m.unit is not unit
            and m.unit.spans
            and date_fit(m.unit, [value])[0]
            and not (m.unit.office is not None and m.unit.office.end is None and not m.unit.office.current)
        ]
        if elsewhere and value.day == 0 and unit.office is None:
            parts.append(_part(shown))
            return
        if unit.office is not None:
            date = unit.office.end if analysis.asks_end and unit.office.end else unit.office.start
            if same_date(value, date.first_day(), date.last_day()) is False:
                disagree(shown, unit, f"term {'end' if analysis.asks_end else 'start'} {date.human()}")
                return
        for event in unit.events:
            first, last = event.span()
            if value.day and event.date.precision < 3:
                continue
            if same_date(value, first, last) is False:
                disagree(shown, unit, event.date.human())
                return
        dated = [f for f in unit.figures if f.kind is ValueKind.DATE and f.year]
        if not unit.events and value.year and dated and not any(_same(value, f) for f in dated):
            disagree(shown, unit, dated[0].text)
            return
        parts.append(_part(shown))
        return
    kind = value.kind
    for match in near:
        figures = [f for f in match.unit.figures if f.kind is kind and not f.bound]
        if value.bound:
            figures = figures[:1]
        for found in figures:
            if _same(value, found):
                claimed_by = _owner(known, analysis.text, value)
                owned_by = _owner(known, match.unit.text, found)
                # Whose figure: a claim that gives it to someone else, or gives a named
                # person's figure to him, is wrong ("Le Foll got 48.37%").
                # A claim naming no one gives the figure to him or his list: a figure the text
                # plainly gives to someone else is not theirs ("the PS list got 3.3%": the list
                # of Benoît Hamon … won 3.3%), unless the claim sets it against his ("137 to 120").
                theirs_plainly = owned_by is not None and _plain_owner(known, match.unit.text, found) == owned_by
                opposed = re.search(r"\b(?:against|contre|to|a|face a)\s+$", fold(analysis.text)[: value.start])
                misowned = claimed_by != owned_by and (
                    claimed_by is not None or (owned_by in analysis.people or theirs_plainly) and not opposed
                )
                if kind in (ValueKind.PERCENT, ValueKind.NUMBER) and misowned:
                    theirs = [f for f in figures if _owner(known, match.unit.text, f) == claimed_by]
                    whose = owned_by or "his own or his list's"
                    instead = f"{theirs[0].text}" if theirs else "not given"
                    disagree(shown, match.unit, f"{found.text} is {whose} figure; {claimed_by or 'his'}: {instead}")
                    return
                agree(shown, match.unit, found.text)
                return
    pool = fitting or []
    for match in pool[:2]:
        if match.score < 0.6:
            continue
        others = [f for f in match.unit.figures if f.kind is kind and not f.bound]
        if kind is ValueKind.NUMBER and value.unit:
            others = [f for f in others if stem(f.unit) == stem(value.unit) or _syn(f.unit, value.unit)]
        if others:
            disagree(shown, match.unit, others[0].text)
            return
    parts.append(_part(shown))


def _dated_in(unit: Unit, year: Value) -> bool:
    """Whether a unit is about a period in the year of a date (an open-ended term whose end
    the text does not give is not)."""
    if not unit.spans:
        return False
    office = unit.office
    if office is not None and office.end is None and not office.current:
        return False
    return date_fit(unit, [year])[0]


def _owner(known: Knowledge, text: str, value: Value) -> str | None:
    """Whose figure `value` is in `text`: the person named right after it ("26.45% for
    Stéphane Le Foll"), else one named since the previous figure ("Cathy Bissonier with
    36.78%", "the list of Benoît Hamon … won 3.3%"), else None (the subject, Faure or his list)."""
    folded = fold(text)
    people = people_in(known, text)
    after = folded[value.end : value.end + 40]
    for_match = re.match(
        r"\s*(?:%|per cent|percent|pour cent)?\s*(?:of the vote\s+|des voix\s+|votes\s+|voix\s+)?(?:for|pour)\s+", after
    )
    if for_match:
        at = value.end + for_match.end()
        named = [n for p, n in people if at <= p <= at + 20]
        if named:
            return named[0]
    figures = [m.end() for m in re.finditer(r"\d(?:[\d.,]*\d)?\s*%?", folded[: value.start])]
    since = figures[-1] if figures else 0
    named = [n for p, n in people if since <= p < value.start]
    if (
        named
        and not re.search(r"\b(?:against|contre|face a)\s+(?:\S+\s+){0,3}$", folded[since : value.start])
        or (
            named
            and re.search(
                r"\bwith\s*$|\bavec\s*$|\bwon\s*$|\bgot\s*$|\bobtenu\s*$|\breceived\s*$", folded[: value.start]
            )
        )
    ):
        return named[-1]
    return None


def _plain_owner(known: Knowledge, text: str, value: Value) -> str | None:
    """The person `text` plainly gives a figure to: "26.45% for Stéphane Le Foll", "Cathy
    Bissonier with 36.78%", "the list of Benoît Hamon … won 3.3%"; None otherwise (a name
    merely standing before it: "Paulin Roy as his designated substitute, receiving 61.1%")."""
    folded = fold(text)
    after = re.match(
        r"\s*(?:%|per cent|percent)?\s*(?:of the vote\s+)?(?:for|pour)\s+", folded[value.end : value.end + 40]
    )
    people = people_in(known, text)
    if after:
        at = value.end + after.end()
        return next((n for p, n in people if at <= p <= at + 20), None)
    if re.search(r"\b(?:with|won|got|obtenu|received)\s*$", folded[: value.start]):
        before = [n for p, n in people if p < value.start and value.start - p < 120]
        return before[-1] if before else None
    return None


def _syn(a: str, b: str) -> bool:
    from faurecli.analysis import canonical

    return bool(set(canonical(a)) & set(canonical(b)))


def _part(text: str) -> Part:
    return Part(text, None, None)


def _elected(known: Knowledge, unit: Unit) -> bool:
    return False


def _check_person(known, analysis, name, best, pool, agree, disagree, parts, *, near=()) -> None:  # type: ignore[no-untyped-def]
    claim = fold(analysis.text)
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE and v.year]
    for match in pool[:4]:
        unit = match.unit
        office = unit.office
        if office is not None:
            successor = any(fold(n).startswith(fold(name)) for n in office.successors)
            predecessor = any(fold(n).startswith(fold(name)) for n in office.predecessors)
            says_succeeded = re.search(r"\b(succeeded|succede a|replaced|remplace)\s+" + re.escape(fold(name)), claim)
            says_successor = re.search(r"(succeeded by|remplace par|replaced by|successor)", claim) or re.search(
                re.escape(fold(name)) + r"\s+(succeeded|replaced|remplac)", claim
            )
            says_predecessor = re.search(
                re.escape(fold(name)) + r"\s+(preceded|was his predecessor|l'a precede|a precede)", claim
            ) or re.search(r"(preceded by|predecessor|predecesseur|precede par)", claim)
            if says_predecessor and successor and not predecessor:
                before = ", ".join(office.predecessors) or "no one the text names"
                disagree(name, unit, f"{name} succeeded him; he succeeded {before}")
                return
            if says_predecessor and predecessor:
                agree(name, unit, name)
                return
            if says_succeeded and successor and not predecessor:
                disagree(name, unit, f"{name} succeeded him; he succeeded {', '.join(office.predecessors)}")
                return
            if says_successor and predecessor and not successor:
                disagree(name, unit, f"{name} preceded him; {', '.join(office.successors) or 'no one'} succeeded him")
                return
            if (says_succeeded and predecessor) or (says_successor and successor):
                agree(name, unit, name)
                return
            continue
        if any(n == name for _, n in people_in(known, unit.text)):
            if dates and not date_fit(unit, dates)[0]:
                continue  # named in another year's fact: the right name in the wrong race?
            agree(name, unit, name)
            return
    if dates:
        # The fact of the claim's year: who it names in the claim's role ("battu par", "against",
        # "substitute") when the claim's person is not among them.
        figures = {v.number for v in analysis.values if v.kind is not ValueKind.DATE}
        same_year = [
            m
            for m in near
            if m.unit.office is None
            and date_fit(m.unit, dates)[0]
            and (m.score >= 0.4 or any(f.number in figures for f in m.unit.figures if f.kind is not ValueKind.DATE))
        ]
        if same_year and _role_word(analysis.text):
            unit = same_year[0].unit
            named = people_in(known, unit.text)
            if all(n != name for _, n in named):
                others = [(at, n) for at, n in named if n not in analysis.people]
                if others:
                    disagree(name, unit, _nearest_name(analysis, unit.text, others))
                    return
        parts.append(_part(name))
        return
    if best.score >= 0.45 and best.unit.office is None:
        rivals = [n for _, n in people_in(known, best.unit.text) if n not in analysis.people]
        if rivals and _role_word(analysis.text):
            disagree(name, best.unit, rivals[0])
            return
    parts.append(_part(name))


def _nearest_name(analysis: Analysis, text: str, named: list[tuple[int, str]]) -> str:
    """Of the people `text` names, the one closest to where the claim's own words stand in it."""
    folded = fold(text)
    anchors = [
        m.start() for m in re.finditer(r"[^\W\d_]+", folded) if stem(m.group()) in analysis.words and len(m.group()) > 3
    ]
    if not anchors:
        return named[0][1]
    return min(named, key=lambda p: (min(abs(p[0] - a) for a in anchors), p[0]))[1]


def _role_word(text: str) -> bool:
    return bool(
        re.search(
            r"\b(against|beat|lost|battu|contre|pour|for|defeated|face|opponent|succeeded|replaced|with|substitute|"
            r"suppleante?|backed|supported|soutenu)\b",
            fold(text),
        )
    )


_RANGE = re.compile(
    r"\b(?:from|de|between|entre)\s+(\d{4})\s+(?:to|until|till|a|à|and|et|jusqu'en)\s+(\d{4})\b|\b(\d{4})\s*[-–]\s*(\d{4})\b"
)


def _check_range(known, analysis, about, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """A period ("from 1997 to 2007") is one fact's start and end, not two dates each true of
    something: the fact the claim's words are about (among those with a start and an end) must
    start and end then. "Advised Martine Aubry from 2000 to 2007" is the advisory post's
    period (1997-2000), not that of the post that began in 2000."""
    match = _RANGE.search(fold(analysis.text))
    if match is None:
        return
    first, last = (int(x) for x in (match.group(1) or match.group(3), match.group(2) or match.group(4)))
    shown = f"{first}–{last}"
    groups = [g for g in analysis.concepts if not g[0].isdigit()]
    candidates = []
    for m in about:
        for event in m.unit.events:
            if event.end is None:
                continue
            words = known.built.record_words.get(event.id, frozenset())
            held = sum(1 for g in groups if not words.isdisjoint(g))
            candidates.append((held, event.date.year == first, m.unit, event))
    if not candidates:
        return
    held, _, unit, event = max(candidates, key=lambda c: (c[0], c[1]))
    starting = [c for c in candidates if c[1]]
    if held < 2 or held < len(groups) / 2:
        # The claim's words tell no fact apart: the one starting that year, as before.
        if not starting:
            return
        _, _, unit, event = starting[0]
    assert event.end is not None
    found = f"{event.date.human()}–{event.end.human()}"
    if event.date.year == first and event.end.year == last:
        agree(shown, unit, found)
    else:
        disagree(shown, unit, found)


_BODY = re.compile(r"\b([A-Z][\w-]+)\s+Congress\b|\bcongres\s+d[e']\s*([A-Z][\w-]+)", re.IGNORECASE)


def _check_named(analysis, best, fitting, agree, disagree) -> bool:  # type: ignore[no-untyped-def]
    """Named bodies of one kind (a congress by its town): the other congress is a near miss.
    Whether a unit about the claim's period named a congress to compare with."""
    claimed = {(m.group(1) or m.group(2)).lower() for m in _BODY.finditer(fold(analysis.text))}
    if not claimed:
        return False
    done = actions(analysis.text)
    # Which congress is checkable only for what happens at one: an election, an inauguration.
    if not done & {"elect", "reelect", "inaugurate", "choose", "announce"}:
        return False
    for match in fitting[:3]:
        clauses = match.unit.clauses()
        years = [str(v.year) for v in analysis.values if v.kind is ValueKind.DATE and v.year]
        plain = set(analysis.words) - {stem(n) for n in claimed}

        again = "reelect" in done if done & {"elect", "reelect"} else None
        fits = [(_clause_fit(c, plain, years, again), -n) for n, c in enumerate(clauses)]
        best_clause = clauses[-max(fits)[1]]
        found = {(m.group(1) or m.group(2)).lower() for m in _BODY.finditer(fold(best_clause))}
        for name in claimed:
            if name in found:
                agree(name.title() + " Congress", match.unit, name.title() + " Congress")
            elif found and match.score >= 0.6:
                other = sorted(found)[0].title()
                disagree(name.title() + " Congress", match.unit, other + " Congress")
        return bool(found) and (bool(claimed & found) or match.score >= 0.6)
    return False


def _check_congress(known, analysis, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """A congress the claim names, against the store's own records of congresses: the
    records in the claim's year (and of its kind: elected, re-elected) name one congress; the
    claim naming another is the other congress ("elected at the Villeurbanne Congress in
    2018": the 2018 one is Aubervilliers, Villeurbanne is 2021's)."""
    claimed = {(m.group(1) or m.group(2)).lower() for m in _BODY.finditer(fold(analysis.text))}
    if not claimed:
        return
    years = {v.year for v in analysis.values if v.kind is ValueKind.DATE and v.year}
    done = actions(analysis.text)
    again = "reelect" in done
    if not claimed or not (years or done & {"elect", "reelect", "inaugurate", "choose"}):
        return
    held: dict[str, list[Event]] = {}
    for event in known.store.events:
        for m in _BODY.finditer(fold(event.text)):
            held.setdefault((m.group(1) or m.group(2)).lower(), []).append(event)
    units = {ref: u for u in known.built.units for ref in u.refs[:1]}

    def unit_of(event: Event) -> Unit | None:
        return units.get(next((r for r in event.sources if r in units), ""))

    def fits(event: Event) -> bool:
        if years and event.date.year not in years:
            return False
        return again == ("reelect" in record_action(event.text))

    for name in claimed:
        if name not in held:
            continue  # a congress the store never names: nothing to compare with
        shown = name.title() + " Congress"
        own = [e for e in held[name] if fits(e)]
        others = [(other, e) for other, events in held.items() if other != name for e in events if fits(e)]
        if own:
            unit = unit_of(own[0])
            if unit is not None:
                agree(shown, unit, f"{shown} ({own[0].date.human()})")
        elif others and len({o for o, _ in others}) == 1:
            # The record that says what happened there (elected, inaugurated) before one
            # that only mentions it (a candidacy announced ahead of it).
            other, event = min(others, key=lambda o: not record_action(o[1].text) & {"elect", "reelect", "inaugurate"})
            unit = unit_of(event)
            when = ", ".join(e.date.human() for e in held[name])
            if unit is not None:
                disagree(shown, unit, f"{other.title()} Congress ({event.date.human()}; the {shown}: {when})")


_ORDINALS = {
    "first": 1, "premier": 1, "premiere": 1, "second": 2, "seconde": 2, "deuxieme": 2, "third": 3,
    "troisieme": 3, "fourth": 4, "quatrieme": 4, "fifth": 5, "cinquieme": 5,
}  # fmt: skip


def _ordinal_pairs(text: str) -> list[tuple[int, str, str]]:
    """(rank, ordinal word, stem of the word it qualifies) for each ordinal word of `text`
    followed by a content word ("third vice-president": 3, "vice")."""
    words = split_words(text)
    pairs = []
    for number, word in enumerate(words[:-1]):
        after = words[number + 1]
        if word in _ORDINALS and after not in lexicon.STOPWORDS and after not in _ORDINALS:
            pairs.append((_ORDINALS[word], word, stem(after)))
    return pairs


def _check_ordinal(analysis, best, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """A rank the claim gives a thing against the rank the evidence gives the same thing:
    "second vice-president" where the text says "third vice-president"."""
    if best.score < 0.6:
        return
    found = _ordinal_pairs(best.unit.text)
    for rank_, word, noun in _ordinal_pairs(analysis.text):
        same = [(r, w) for r, w, n in found if n == noun]
        if not same:
            continue
        if any(r == rank_ for r, _ in same):
            agree(f"{word} {noun}", best.unit, f"{word} {noun}")
        else:
            disagree(f"{word} …{noun}", best.unit, f"{same[0][1]} …{noun}")


def _stems(text: str) -> list[str]:
    from faurecli.analysis import content_words

    return content_words(text)


def _check_sense(analysis, best, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """What the claim says happened against what the best evidence says: a refusal, a hedge, a
    rank or an outcome the other way round."""
    if best.score < 0.6:
        return
    text = fold(best.unit.text)
    words = split_words(text)
    claim_text = fold(analysis.text)
    for pattern, phrase in lexicon.PHRASES:
        claim_text = re.sub(pattern, phrase, claim_text)
    claim_words = split_words(claim_text)
    claim_stems = set(analysis.words)
    # "Il a voté la confiance" / "he voted for": casting a vote, where the text says he
    # abstained ("vote" alone is also the noun: "a vote of confidence").
    casting = r"\b(?:a|ont|avait|aurait|a-t-il|a-t-elle)\s+vote\b|\bvoted\b|\bdid (?:he|faure) vote\b"
    if re.search(casting, claim_text) and "abstained" not in claim_words:
        if "abstained" in words and "voted" not in words:
            disagree("voted", best.unit, "abstained")
            return
    negative = bool(
        set(claim_words) & {"opposed", "refused", "rejected", "lost"}
        or re.search(r"\bvoted? against\b|\bvote contre\b", claim_text)
    )
    if not analysis.negated and not negative:
        for number, word in enumerate(words):
            if word in ("not", "refused", "denied", "rejected"):
                window = words[number + 1 : number + 5]
                if any(stem(w) in claim_stems for w in window):
                    found = " ".join(words[max(0, number - 3) : number + 5])
                    disagree(" ".join(claim_words[:8]), best.unit, found)
                    return
    # The clause of the evidence about the claim's other words: "opposed the rebels and
    # supported the adoption of the El Khomri law" supports only one of those.
    clauses = best.unit.clauses()
    verbs = {w for w in claim_words if w in lexicon.OPPOSITES}
    others = claim_stems - {stem(v) for v in verbs}
    scored = [(len(others & set(_stems(c))), n) for n, c in enumerate(clauses)]
    clause_words = split_words(fold(clauses[max(scored)[1]])) if scored and max(scored)[0] else words
    for word in claim_words:
        for opposite in lexicon.OPPOSITES.get(word, ()):
            if opposite in clause_words and word not in clause_words:
                at = clause_words.index(opposite)
                disagree(word, best.unit, " ".join(clause_words[max(0, at - 3) : at + 4]))
                return


# Words that head a post's title ("Secretary-general of …", "Advisor to …"): a claim giving the
# post to another body is checked against the post the store holds for that period.
_ROLE_HEADS = frozenset(
    stem(w) for w in "secretary president spokesperson advisor adviser director chief rapporteur".split()
)


@lru_cache(maxsize=256)
def _heads(title: str) -> list[str]:
    """The stems of the words heading a post's title ("Secretary-general of …": secreta, general)."""
    return [stem(w) for w in split_words(re.split(r"\s+(?:of|to|for)\s+|,", title, maxsplit=1)[0])]


def _check_role(known, analysis, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """A post the claim names by its title and dates, given to a body the post is not of:
    "in 1991 he became secretary-general of UNEF" (the 1991 post is secretary-general of the
    Young Rocardiens; UNEF is where he was an activist). Only a claim with a year, a title head
    the store's posts use, and exactly one post of that title in that year."""
    years = [v for v in analysis.values if v.kind is ValueKind.DATE and v.year]
    if not years:
        return
    claim_words = set(analysis.words)
    found: list[tuple[Office, int]] = []
    for office in known.store.offices:
        heads = _heads(office.title)
        if not heads or not set(heads) & _ROLE_HEADS or not set(heads) <= claim_words:
            continue
        start, end = office.start.first_day(), (office.end or office.start).last_day()
        if any(start.year <= v.year <= end.year for v in years):
            found.append((office, len(heads)))
    if not found:
        return
    most = max(n for _, n in found)
    posts = [o for o, n in found if n == most]
    if len(posts) != 1:
        return
    office = posts[0]
    unit = next((u for u in known.built.units if u.office is office), None)
    if unit is None:
        return
    held = set(unit.words)
    for ref in office.sources:
        sentence = known.store.sentence(ref)
        if sentence is not None:
            held.update(split_words(sentence.text))
            held.update(stem(w) for w in split_words(sentence.text))
    # The body right after the title in the claim: "secretary-general of the student union UNEF".
    folded = fold(analysis.text)
    last_head = split_words(re.split(r"\s+(?:of|to|for)\s+|,", office.title, maxsplit=1)[0])[-1]
    at = find_word(folded, last_head, end=False)
    if at < 0:
        return
    tail = re.match(r"[\w-]*\s+(?:of|de|du|des|d'|to|aupres)\s*((?:[a-z]+\s+){0,3})", folded[at:])
    if tail is None:
        return
    begin = at + tail.end()
    for start, _, run in capitalised(analysis.text):
        if start != begin or people_in(known, run):
            continue
        words = [w for w in split_words(run) if w not in lexicon.STOPWORDS and w not in ("faure", "olivier")]
        if not words or not all(w in known.built.known for w in words):
            return  # a body the store never names: nothing to compare with
        # Only ever a contradiction: the body found among the post's words proves nothing more.
        if not all(w in held or stem(w) in held for w in words):
            disagree(run, unit, f"{office.title} ({office.start.human()})")
        return


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december janvier fevrier mars "
    "avril mai juin juillet aout septembre octobre novembre decembre".split()
)

_RELATIVES = re.compile(
    r"\b(father|mother|pere|mere|wife|husband|epouse|femme|son|daughter|fils|fille|brother|sister)\b"
)


def _check_birthplace(known, analysis, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """Where he was born: the infobox's birth place against a place the claim names."""
    if not any(g[0] == "born" or "born" in g for g in analysis.concepts) or _RELATIVES.search(fold(analysis.text)):
        return
    store = known.store
    line = next((entry for entry in store.infobox if entry.key == "Birth Place"), None)
    if line is None:
        return
    unit = next(u for u in known.built.units if u.id == line.ref)
    place = fold(line.value)
    for start, _, run in capitalised(analysis.text):
        if not re.search(r"\b(?:in|at|on|a|à)\s+$", analysis.text[:start]) or fold(run).split()[0] in _MONTH_NAMES:
            continue  # a place follows "in" or "à"; "born on 18 August" names none
        name = fold(run)
        if not name or name in ("olivier faure", "faure") or any(p in name for p in ("faure",)):
            continue
        if name.split()[0] in place:
            agree(run, unit, line.value)
        else:
            disagree(run, unit, f"born in {line.value}")
        return


_MARRIED = re.compile(r"\b(married|marie|mariee|wife|husband|epouse|epoux|spouse|conjointe?)\b")


def _check_spouse(known, analysis, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """Whom he is married to: the person's spouse against a person the claim names."""
    spouse = known.store.person.spouse
    claim = fold(analysis.text)
    if not spouse or not _MARRIED.search(claim) or not analysis.people:
        return
    # Only the person the claim marries him to: "married to X", "marié à X", "his wife, X".
    wed = re.search(
        r"\b(?:married|marie|mariee)\s+(?:to|a|with|avec)\s+(.{3,40})|\b(?:wife|epouse|husband|spouse),?\s+(?:is\s+|est\s+)?(.{3,40})",
        claim,
    )
    if wed is None:
        return
    unit = next((u for u in known.built.units if fold(spouse) in fold(u.text)), None)
    if unit is None:
        return
    named = wed.group(1) or wed.group(2)
    for name in analysis.people:
        if not named.startswith(fold(name)) and not named.startswith(fold(name).split()[-1]):
            continue
        if fold(name) == fold(spouse):
            agree(name, unit, spouse)
        else:
            disagree(name, unit, f"married to {spouse}")


def _born_elsewhere(known: Knowledge, analysis: Analysis) -> Check | None:
    """A birth place the store never names is not his: REFUTED by the infobox's."""
    if not any("born" in g for g in analysis.concepts) or _RELATIVES.search(fold(analysis.text)):
        return None
    parts: list[Part] = []
    refs: list[str] = []
    corrections: list[str] = []

    def disagree(part: str, unit: Unit, found: str) -> None:
        parts.append(Part(part, found, False))
        refs.extend(unit.refs)
        corrections.append(f"{found}, not {part}")

    _check_birthplace(known, analysis, lambda *a: None, disagree)
    if not parts:
        return None
    evidence = tuple(quote(known.store, r) for r in dict.fromkeys(refs))
    return Check(analysis.text, Verdict.REFUTED, evidence, "; ".join(corrections), tuple(parts), (), None)


def _clause_fit(clause: str, words: set[str], years: list[str], again: bool | None = None) -> int:
    """How well a clause fits a claim: its words, its years, and (`again` given) whether it
    tells a re-election as the claim does or a first election."""
    fit = len(words & set(_stems(clause))) + 2 * sum(year in clause for year in years)
    if again is not None and again == ("reelect" in actions(clause)):
        fit += 3
    return fit


def verify(store: Store, claim: str) -> Check:
    """Check `claim` against `store`; raise BadQuestion when it cannot be read."""
    from dataclasses import replace

    # The source's title travels with the result, for the views' citation line.
    return replace(_verify(store, claim), title=store.source.title)
