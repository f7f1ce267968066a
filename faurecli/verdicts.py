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

from faurecli import lexicon
from faurecli.analysis import Analysis, Value, ValueKind, analyse, capitalised, split_words, stem
from faurecli.answers import Evidence, check_text, quote
from faurecli.evidence import Knowledge, Match, Unit, date_fit, knowledge, people_in, rank, same_date
from faurecli.model import Record, Store
from faurecli.search import fold

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


def verify(store: Store, claim: str) -> Check:
    """Check `claim` against `store`; raise BadQuestion when it cannot be read."""
    text = check_text(claim, "claim")
    known = knowledge(store)
    analysis = analyse(text, known.known, known.people)
    as_of = store.source.as_of
    for value in analysis.values:
        date = value.date() if value.kind is ValueKind.DATE else None
        if date is not None and date.first_day() > as_of.last_day():
            note = f"the source covers events up to {as_of.human()}; it says nothing about {date.human()}"
            return Check(text, Verdict.NOT_ENOUGH_INFO, (), None, (Part(value.text, None, None),), (), note)
    if analysis.unknown:
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
    for value in analysis.values:
        near = [m for m in matches if m.score >= 0.2 and date_fit(m.unit, dates)[0]]
        _check_value(known, analysis, value, about, near, fitting, agree, disagree, parts)
    for name in analysis.people:
        _check_person(known, analysis, name, best, fitting or about, agree, disagree, parts)
    _check_named(analysis, best, fitting, agree, disagree)
    _check_sense(analysis, best, agree, disagree)
    _check_birthplace(known, analysis, agree, disagree)
    refs.extend(best.unit.refs)
    conflicts = tuple(dict.fromkeys(c for m in [best] for e in m.unit.events for c in store.conflicts_of(e.id)))
    if best.unit.office is not None:
        conflicts = tuple(store.conflicts_of(best.unit.office.id))
    evidence = tuple(quote(store, r) for r in dict.fromkeys(refs))
    note: str | None = _conflict_note(store, conflicts) if conflicts else None
    if any(p.agrees is False for p in parts):
        return Check(analysis.text, Verdict.REFUTED, evidence, "; ".join(corrections), tuple(parts), conflicts, note)
    covered = max((m.score for m in fitting), default=0.0)
    enough = covered >= SUPPORT if any(p.agrees for p in parts) else covered >= 0.85
    if enough and all(p.agrees for p in parts):
        return Check(analysis.text, Verdict.SUPPORTED, evidence, None, tuple(parts), conflicts, note)
    why = note or (
        "the source does not say all of this" if covered >= SUPPORT else "the source holds only part of this claim"
    )
    return Check(analysis.text, Verdict.NOT_ENOUGH_INFO, evidence, None, tuple(parts), conflicts, why)


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
        best = next((m for m in about if not (elected and m.unit.office is not None)), None)
        if best is None or best.score < 0.5:
            parts.append(_part(shown))
            return
        unit = best.unit
        # Another fact of that period on the same subject: the claim may be about it, not wrong.
        elsewhere = [m for m in near if m.unit is not unit and m.unit.spans and date_fit(m.unit, [value])[0]]
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
        parts.append(_part(shown))
        return
    kind = value.kind
    for match in near:
        figures = [f for f in match.unit.figures if f.kind is kind and not f.bound]
        if value.bound:
            figures = figures[:1]
        for found in figures:
            if _same(value, found):
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


def _syn(a: str, b: str) -> bool:
    from faurecli.analysis import canonical

    return bool(set(canonical(a)) & set(canonical(b)))


def _part(text: str) -> Part:
    return Part(text, None, None)


def _elected(known: Knowledge, unit: Unit) -> bool:
    return False


def _check_person(known, analysis, name, best, pool, agree, disagree, parts) -> None:  # type: ignore[no-untyped-def]
    claim = fold(analysis.text)
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
            agree(name, unit, name)
            return
    if best.score >= 0.45 and best.unit.office is None:
        others = [n for _, n in people_in(known, best.unit.text) if n not in analysis.people]
        if others and _role_word(analysis.text):
            disagree(name, best.unit, others[0])
            return
    parts.append(_part(name))


def _role_word(text: str) -> bool:
    return bool(
        re.search(
            r"\b(against|beat|lost|battu|contre|pour|for|defeated|face|opponent|succeeded|replaced|with)\b",
            fold(text),
        )
    )


_BODY = re.compile(r"\b([A-Z][\w-]+)\s+Congress\b|\bcongres\s+d[e']\s*([A-Z][\w-]+)", re.IGNORECASE)


def _check_named(analysis, best, fitting, agree, disagree) -> None:  # type: ignore[no-untyped-def]
    """Named bodies of one kind (a congress by its town): the other congress is a near miss."""
    claimed = {(m.group(1) or m.group(2)).lower() for m in _BODY.finditer(fold(analysis.text))}
    if not claimed:
        return
    for match in fitting[:3]:
        clauses = match.unit.clauses()
        years = [str(v.year) for v in analysis.values if v.kind is ValueKind.DATE and v.year]
        plain = set(analysis.words) - {stem(n) for n in claimed}

        fits = [(_clause_fit(c, plain, years), -n) for n, c in enumerate(clauses)]
        best_clause = clauses[-max(fits)[1]]
        found = {(m.group(1) or m.group(2)).lower() for m in _BODY.finditer(fold(best_clause))}
        for name in claimed:
            if name in found:
                agree(name.title() + " Congress", match.unit, name.title() + " Congress")
            elif found and match.score >= 0.6:
                other = sorted(found)[0].title()
                disagree(name.title() + " Congress", match.unit, other + " Congress")
        return


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
    claim_words = split_words(analysis.text)
    claim_stems = set(analysis.words)
    if not analysis.negated:
        for number, word in enumerate(words):
            if word in ("not", "refused", "denied", "rejected"):
                window = words[number + 1 : number + 5]
                if any(stem(w) in claim_stems for w in window):
                    found = " ".join(words[max(0, number - 3) : number + 5])
                    disagree(" ".join(claim_words[:8]), best.unit, found)
                    return
    for word in claim_words:
        for opposite in lexicon.OPPOSITES.get(word, ()):
            if opposite in words and word not in words:
                at = words.index(opposite)
                disagree(word, best.unit, " ".join(words[max(0, at - 3) : at + 4]))
                return


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
    unit = next(u for u in known.units if u.id == line.ref)
    place = fold(line.value)
    for _, _, run in capitalised(analysis.text)[1:] if analysis.text[:1].isupper() else capitalised(analysis.text):
        name = fold(run)
        if not name or name in ("olivier faure", "faure") or any(p in name for p in ("faure",)):
            continue
        if name.split()[0] in place:
            agree(run, unit, line.value)
        else:
            disagree(run, unit, f"born in {line.value}")
        return


def _clause_fit(clause: str, words: set[str], years: list[str]) -> int:
    return len(words & set(_stems(clause))) + 2 * sum(year in clause for year in years)
