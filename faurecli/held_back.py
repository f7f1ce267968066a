"""Shapes of a claim that hold every word of their evidence and still say more than it: checked
once, on a claim `verify` would call SUPPORTED, each behind a cheap word test.

- a thing the source says was abandoned, withdrawn or renegotiated, claimed as done;
- two facts put in an order ("before", "after", "then") that the source does not tell;
- a number the source gives only under a negation ("without resorting to article 49.3");
- a field of study without its head noun ("economics" for "economic law");
- a "first" beside a title whose own ordinal it is ("the first First Secretary");
- a list quantified ("both … with more than 80%") or extended ("the right and the left");
- an age set beside a body that another sentence gives it ("joined X at 16": the 16 is Y's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faurecli.analysis import content_words, fold
from faurecli.evidence import knowledge
from faurecli.patterns import lazy

if TYPE_CHECKING:
    from faurecli.model import Store
    from faurecli.verdicts import Check


def held_back(store: Store, check: Check) -> Check:
    """`check` as it was, or NOT_ENOUGH_INFO (REFUTED for an order the source tells the other
    way round) when its claim is one of the shapes above."""
    from faurecli.verdicts import Verdict

    if check.verdict is not Verdict.SUPPORTED:
        return check
    folded = fold(check.claim).replace("’", "'")
    sentences = [e.text for e in check.evidence]
    if _ORDER_HINT.search(folded):
        order = _order_told(store, folded, sentences)
        if order is not None:
            return _changed(check, *order)
    for rule in _RULES:
        found = rule(store, check.claim, folded, sentences)
        if found is not None:
            return _changed(check, found[0], found[1], None)
    return check


def _changed(check: Check, part: str, why: str, correction: str | None) -> Check:
    from faurecli.verdicts import Check, Part, Verdict

    verdict = Verdict.NOT_ENOUGH_INFO if correction is None else Verdict.REFUTED
    parts = (*check.parts, Part(part, why, None if correction is None else False))
    return Check(check.claim, verdict, check.evidence, correction, parts, check.conflicts, why)


# ---------------------------------------------------------------------------------------------
# A thing reversed: "abandonment of the 4000 job cuts" is not "the job cuts".

# Nouns that undo what they govern, English and French ("suppression" is not one: "suppressions
# de postes" are job cuts).
_REVERSAL_NOUN = lazy(
    r"\b(?:abandonment|abandoning|withdrawal|withdrawing|scrapping|cancell?ation|repeal(?:ing)?|renegotiation|"
    r"renegotiating|suspension|abolition|abolishing|reversal|freezing|freeze|"
    r"abandon|retrait|annulation|abrogation|renegociation|gel)\s+(?:of|de|du|des|d')\s*"
)
# The claim's own word for undoing it, noun or verb.
_REVERSAL_SAID = lazy(
    r"\b(?:abandon\w*|withdr[ae]w\w*|scrap\w*|cancel\w*|repeal\w*|renegotiat\w*|suspen\w*|abolish\w*|"
    r"abolition|revers\w*|drop(?:ped|ping|s)?|freez\w*|froze\w*|undo\w*|undid|retrait|retir\w*|annul\w*|"
    r"abrog\w*|renegoci\w*|renonc\w*|gel\w*|gele\w*|not|no|pas|sans|without|aucun\w*)\b"
)
_AND_ITEM_END = lazy(r"\s(?:and|et)\s[^,;.]*[,;.]|\s(?:and|et)\s[^,;.]*$")


def _reversed_thing(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """What the source says was abandoned, withdrawn or renegotiated, claimed without that word:
    "the concessions included 4,000 job cuts" where they included the abandonment of them."""
    if _REVERSAL_SAID.search(folded):
        return None
    mine = set(content_words(folded))
    for sentence in sentences:
        said = fold(sentence)
        for found in _REVERSAL_NOUN.finditer(said):
            start = found.end()
            # Its object runs to the next reversal, or to the end of a list's last ("and") item.
            following = _REVERSAL_NOUN.search(said, start)
            end = following.start() if following else len(said)
            last = _AND_ITEM_END.search(said, start, end)
            if last is not None:
                end = min(end, last.end())
            governed = set(content_words(said[start:end]))
            if len(governed & mine) >= 2:
                return found.group().split()[0], "the source says this was undone, not done"
    return None


# ---------------------------------------------------------------------------------------------
# A number said only under a negation: "without resorting to article 49.3".

_CLAIM_NUMBER = lazy(r"\b\d+(?:[.,]\d+)+\b|\b(?:article|articles)\s+\d+\b")
_DENIAL_BEFORE = lazy(r"\b(?:without|not|never|no|sans|pas|jamais|ni|nor|neither)\b[^,;:.()]*$")
_CLAIM_DENIES = lazy(r"\b(?:without|not|never|no|sans|pas|jamais|ni|nor|neither|refused|refuse|denied)\b|n't\b")


def _number_only_denied(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A number ("49.3") that the evidence gives only under a negation, claimed without one: "the
    adoption of the law by 49.3" / "amendment to Article 49.3" where the source has "without
    resorting to article 49.3" (and the amendment is to Article 2)."""
    if _CLAIM_DENIES.search(folded):
        return None
    for number in _CLAIM_NUMBER.finditer(folded):
        figure = re.search(r"\d+(?:[.,]\d+)*", number.group())
        assert figure is not None
        wanted = figure.group().replace(",", ".")
        spots = [
            (said, m.start())
            for s in sentences
            for said in [fold(s)]
            for m in re.finditer(rf"(?<![\d.,]){re.escape(wanted)}(?![\d]|[.,]\d)", said)
        ]
        if spots and all(_DENIAL_BEFORE.search(said[max(0, at - 60) : at]) for said, at in spots):
            return number.group(), "the source gives this only under a negation"
    return None


# ---------------------------------------------------------------------------------------------
# A field of study without its head noun: "economic law" is not "economics".

# A head that is a field of its own ("law"), after the adjective that narrows it.
_FIELD = lazy(r"\b([a-z]{4,}(?:ic|al))\s+(law|history|philosophy|engineering)\b")
_HEAD_WORDS = {
    "law": r"\b(?:law|laws|droit|legal|juridique|jurist\w*)\b",
    "history": r"\b(?:history|histoire|historian)\b",
    "philosophy": r"\b(?:philosoph\w*)\b",
    "engineering": r"\b(?:engineer\w*|ingenier\w*|genie)\b",
}


def _field_head_dropped(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A field of study named by its adjective alone: "studied economics" / "a étudié
    l'économie" / "economic science" where the source has a degree in "economic law"."""
    for sentence in sentences:
        for found in _FIELD.finditer(fold(sentence)):
            adjective, head = found.groups()
            if re.search(_HEAD_WORDS[head], folded):
                continue
            mine = re.search(rf"\b{adjective[:5]}\w*", folded)
            if mine is not None:
                return mine.group(), f"the source names a field in {found.group()}, not this one"
    return None


# ---------------------------------------------------------------------------------------------
# A "first" beside a title that has its own: "the first First Secretary".

_ORDINAL = r"(?:first|premier|premiere|1st|1er|1ere)"
_DOUBLE_ORDINAL = lazy(rf"\b{_ORDINAL}(?:[\s-]+ever)?\s+{_ORDINAL}\s+[a-z]")


def _ordinal_of_title(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """"The first (ever) First Secretary": the title's ordinal is no "first" of his; the source
    must say the other one too."""
    found = _DOUBLE_ORDINAL.search(folded)
    if found is None or any(_DOUBLE_ORDINAL.search(fold(s)) for s in sentences):
        return None
    return found.group().rsplit(None, 2)[0], "the source calls no one the first to hold this title"


# ---------------------------------------------------------------------------------------------
# A list quantified or extended.

_ALL_OF = lazy(
    r"\b(?:both|all|each|every|les\s+deux|tous\s+les|toutes\s+les|tous\s+deux|toutes\s+deux|chacun\w*|chaque)\b"
)
_BOUND = lazy(
    r"\b(?:more\s+than|over|above|at\s+least|less\s+than|under|below|plus\s+de|moins\s+de|au\s+moins|"
    r"superieur\w*\s+a|inferieur\w*\s+a)\s+\d"
)


def _bound_over_all(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A bound said of every item ("won both congresses with more than 80%"): the evidence
    for one item is not evidence for all; the source must quantify them itself."""
    found = _ALL_OF.search(folded)
    if found is None or not _BOUND.search(folded) or any(_ALL_OF.search(fold(s)) for s in sentences):
        return None
    return found.group(), "the source gives no such bound for each of them"


_SIDE = r"(?:left|right|centre|center|gauche|droite|centre)"
_SIDES_JOINED = lazy(
    rf"\b(?:both\s+)?(?:the\s+|la\s+|le\s+)?({_SIDE})(?:[\s-]+wing)?\s+(?:and|et|as\s+well\s+as|or|ou)\s+"
    rf"(?:on\s+)?(?:the\s+|la\s+|le\s+|de\s+la\s+|du\s+)?({_SIDE})\b"
)
_SIDE_FR = {"gauche": "left", "droite": "right", "center": "centre"}


def _sides_added(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """"Figures on the right and the left" where the source names the left only: each side of
    the claim must be named as a side ("on the right", "right-wing", "la droite"), not in "right
    of inspection", by the evidence or the sentences beside it."""
    found = _SIDES_JOINED.search(folded)
    if found is None:
        return None
    texts = " ".join(fold(s) for s in _with_neighbours(store, sentences))
    for side in found.groups():
        side = _SIDE_FR.get(side, side)
        french = {v: k for k, v in _SIDE_FR.items() if k != "center"}.get(side, side)
        named = rf"\b(?:the|la|le|of|on|de|du)\s+(?:{side}|{french})\b(?!\s+(?:of|to|de|a)\b)|\b(?:{side}|{french})[\s-]+wing\b"
        if not re.search(named, texts):
            return side, "the source does not name this side"
    return None


# ---------------------------------------------------------------------------------------------
# An age set beside another body: "joined the Young Rocardiens at 16" (the 16 is the PS's).

_AGE = lazy(r"\b(?:at|aged)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b(?!\s*%)|\ba\s+(\d{1,2})\s+ans\b|\bage\s+de\s+(\d{1,2})\b")
_NAME_WORD = lazy(r"\b[A-ZÀ-Ý][\w'-]+")
_NOT_A_NAME = frozenset({"faure", "olivier", "he", "il", "in", "en", "at", "the", "le", "la", "les", "a", "l'"})


def _age_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """An age the evidence gives in one sentence, and the body the claim sets it beside in
    another: the sentence with the age must name that body too."""
    found = _AGE.search(folded)
    if found is None:
        return None
    age = next(g for g in found.groups() if g)
    named = {
        w
        for m in _NAME_WORD.finditer(claim)
        for w in content_words(fold(m.group()))
        if fold(m.group()) not in _NOT_A_NAME
    }
    if not named:
        return None
    aged = [fold(s) for s in sentences if re.search(rf"\b{age}\b", fold(s))]
    if aged and not any(named & set(content_words(s)) for s in aged):
        return found.group(), "the source gives this age for another fact"
    return None


def _with_neighbours(store: Store, sentences: list[str]) -> list[str]:
    units = knowledge(store).built.units
    wanted = set(sentences)
    out: list[str] = []
    for n, unit in enumerate(units):
        if unit.text in wanted:
            out += [u.text for u in units[max(0, n - 1) : n + 2] if u.id.startswith("s")]
    return list(dict.fromkeys([*sentences, *out]))


# ---------------------------------------------------------------------------------------------
# Order: "A before B", "A after B", "A and then B", "After A, B".

_ORDER_HINT = lazy(r"\b(?:after|before|avant|apres|then|puis|ensuite)\b")
_OPENING_ORDER = lazy(r"^\s*(after|before|avant|apres)\s+(?:d'|de\s+|que\s+|qu')?(.+?),\s*(.+)$")
_THEN_SPLIT = lazy(r"^(.+?)(?:,\s*|\s+)(?:and\s+then|then|puis|et\s+ensuite|ensuite|et\s+puis)\s+(.+)$")
_MID_SPLIT = lazy(r"^(.+?)\s+(before|after|avant|apres)\s+(?:d'|de\s+|que\s+|qu'|l'|la\s+|le\s+)?(.+)$")
# Not an order: "the then Prime Minister", "since then", "named after", "après-guerre".
_NOT_ORDER = lazy(r"\b(?:the|since|depuis|until|till|named|called)\s+(?:then|after)\b|\bthen-|\bday\s+after\b")
# The source's own words for what came next, between the two.
_NEXT_SAID = lazy(
    r"\b(?:then|later|afterwards|subsequently|thereafter|puis|ensuite|before\s+(?:being|becoming|joining|going)|"
    r"(?:soon|shortly|years?|months?)\s+(?:after|later))\b"
)
_SOURCE_OPENING = lazy(r"^\s*(after|following|apres)\b([^,]+),")
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_PEOPLE_WORDS = frozenset({"faure", "olivier"})


def _order_told(store: Store, folded: str, sentences: list[str]) -> tuple[str, str, str | None] | None:
    """None when the claim tells no order of two facts, or the source tells the same; else
    (part, why, correction): a correction when the source tells them the other way round."""
    if _NOT_ORDER.search(folded) and not _THEN_SPLIT.match(_NOT_ORDER.sub(" ", folded)):
        return None
    sides = _ordered_sides(folded)
    if sides is None:
        return None
    first, second, word = sides
    a, b = set(content_words(first)), set(content_words(second))
    a, b = a - b - _PEOPLE_WORDS, b - a - _PEOPLE_WORDS
    if not a or not b:
        return None
    told = _source_order(store, a, b, sentences)
    if told is True:
        return None
    if told is False:
        return word, "the source tells these the other way round", f"the other way round: {second.strip()} came first"
    return word, "the source tells no order of these", None


def _ordered_sides(folded: str) -> tuple[str, str, str] | None:
    """The claim's earlier fact, its later one, and its word of order."""
    text = folded.strip().rstrip(".!? ")
    opening = _OPENING_ORDER.match(text)
    if opening is not None:
        word, left, right = opening.groups()
        return (left, right, word) if word in ("after", "apres") else (right, left, word)
    then = _THEN_SPLIT.match(text)
    if then is not None:
        return then.group(1), then.group(2), "then"
    middle = _MID_SPLIT.match(text)
    if middle is not None:
        left, word, right = middle.groups()
        return (left, right, word) if word in ("before", "avant") else (right, left, word)
    return None


def _spots(said: str, wanted: set[str]) -> list[int]:
    return [m.start() for m in re.finditer(r"[a-z0-9][\w'-]*", said) if set(content_words(m.group())) & wanted]


def _source_order(store: Store, first: set[str], second: set[str], sentences: list[str]) -> bool | None:
    """Whether the source tells the facts of `first`'s words before `second`'s (True), the
    other way round (False), or not at all (None): in one sentence by its own "then" or an
    opening "After …,"; across sentences by their years."""
    texts = [fold(s) for s in _with_neighbours(store, sentences)]
    best: tuple[int, int, str] | None = None  # words of each found, and where
    where_a: list[tuple[str, list[int]]] = []
    where_b: list[tuple[str, list[int]]] = []
    for said in texts:
        pa, pb = _spots(said, first), _spots(said, second)
        if pa:
            where_a.append((said, pa))
        if pb:
            where_b.append((said, pb))
        if pa and pb:
            score = (len(first & set(content_words(said))), len(second & set(content_words(said))), said)
            best = score if best is None or score[:2] > best[:2] else best
    # One sentence that holds most of both sides' words.
    if best is not None and best[0] * 2 >= len(first) and best[1] * 2 >= len(second):
        said = best[2]
        pa, pb = _spots(said, first), _spots(said, second)
        ta, tb = min(pa), min(pb)
        opening = _SOURCE_OPENING.match(said)
        if opening is not None:
            comma = opening.end()
            if ta < comma <= tb:
                return True
            if tb < comma <= ta:
                return False
        lo, hi = sorted((ta, tb))
        if _NEXT_SAID.search(said, lo, hi):
            return ta < tb
        ya, yb = _year_near(said, pa), _year_near(said, pb)
        if ya and yb and ya != yb:
            return ya < yb
        return None
    # Across sentences: each side's best sentence, by its first year.
    if where_a and where_b:
        sa = max(where_a, key=lambda p: len(first & set(content_words(p[0]))))[0]
        sb = max(where_b, key=lambda p: len(second & set(content_words(p[0]))))[0]
        if sa != sb:
            ya_found, yb_found = _YEAR.search(sa), _YEAR.search(sb)
            if ya_found and yb_found and ya_found.group() != yb_found.group():
                return ya_found.group() < yb_found.group()
    return None


def _year_near(said: str, spots: list[int]) -> str | None:
    """The year in the clause of the side's words (no comma or "and" between), if one."""
    for at in spots:
        clause_start = max(said.rfind(",", 0, at), said.rfind(";", 0, at)) + 1
        clause_end = min([e for e in (said.find(",", at), said.find(";", at)) if e >= 0] or [len(said)])
        found = _YEAR.search(said, clause_start, clause_end)
        if found:
            return found.group()
    return None


_RULES = (_reversed_thing, _number_only_denied, _field_head_dropped, _ordinal_of_title, _bound_over_all, _sides_added, _age_of_another)
