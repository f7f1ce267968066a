"""Shapes of a claim that hold every word of their evidence and still say more than it: checked
once, on a claim `verify` would call SUPPORTED, each behind a cheap word test.

- a thing the source says was abandoned, withdrawn or renegotiated, claimed as done;
- two facts put in an order ("before", "after", "then") that the source does not tell;
- a number the source gives only under a negation ("without resorting to article 49.3");
- a field of study without its head noun ("economics" for "economic law");
- a "first" beside a title whose own ordinal it is ("the first First Secretary");
- a list quantified ("both … with more than 80%") or extended ("the right and the left");
- an age set beside a body that another sentence gives it ("joined X at 16": the 16 is Y's);
- a deed the sentence gives him (its subject) or a third person, claimed of someone it names in
  passing ("François Hollande advised Martine Aubry": he was the advisor), or of a group it names
  only in a complement ("The police officers demanded …": he demanded it, at their rally);
- a person the sentence describes only ("The Socialist candidate went on to win …", the one the
  sentence before names) taken for someone it names in another clause;
- a whole ("the left", « le PS ») given what the source says of some of its members ("several
  figures on the left", "1,000 party executives … They denounced …");
- a place the sentence names only as where something was ("the Uyghur genocide in China") made
  the doer of its deed ("China condemned the resolution", "passed by China");
- work with or for someone the source names only otherwise ("worked with Christophe Castaner":
  he was close to him; "worked for Prime Minister Michel Rocard": he led a group supporting him);
- someone else's age ("Michel Rocard was 23"), their office now ("Martine Aubry is the mayor of
  Lille") or their taking a post the source only names them holding ("became Prime Minister");
- a figure claimed at a congress the source gives it elsewhere (REFUTED by that congress);
- a refusal or a denial negated ("did not refuse to support Macron": REFUTED);
- a count of times the source does not count ("twice"); a concession claimed as done.
"""

from __future__ import annotations

import re
from types import EllipsisType
from typing import TYPE_CHECKING

from faurecli.agents import HE_OPENS, NAME_THEN_DEED, clause_owner, name_regions
from faurecli.analysis import concepts, content_words, fold
from faurecli.evidence import knowledge
from faurecli.lexicon import HIS_PARTY_WORDS, SYNONYMS
from faurecli.patterns import Pattern, lazy

if TYPE_CHECKING:
    from faurecli.evidence import Unit
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
    # (A predecessor or successor field tells its order itself: "after Cambadélis".)
    fields = any("predecessor" in e.id.lower() or "successor" in e.id.lower() for e in check.evidence)
    if _ORDER_HINT.search(folded) and not fields:
        order = _order_told(store, check.claim, folded, sentences)
        if order is not None:
            return _changed(check, *order)
    for refuting in (
        _figure_of_another_congress,
        _nay_negated,
        _members_of_a_named_party,
        _candidate_of_a_party,
        _for_against_swapped,
        _rival_refuted,
    ):
        refuted = refuting(store, check.claim, folded, sentences)
        if refuted is not None:
            return _changed(check, *refuted)
    for rule in _ALL_RULES:
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
    # (With the sentences beside: "in exchange for concessions in the new budget" is told,
    # and what they were two sentences on.)
    for sentence in _with_neighbours(store, sentences, reach=2):
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

_CLAIM_NUMBER = lazy(r"\b(?:articles?\s+)?\d+(?:[.,]\d+)+\b|\barticles?\s+\d+\b")
_DENIAL_BEFORE = lazy(r"\b(?:without|not|never|no|sans|pas|jamais|ni|nor|neither)\b[^,;:.()]*$")


def _number_only_denied(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A number ("49.3") that the evidence gives only under a negation, claimed without one: "the
    adoption of the law by 49.3" / "amendment to Article 49.3" where the source has "without
    resorting to article 49.3" (and the amendment is to Article 2)."""
    for number in _CLAIM_NUMBER.finditer(folded):
        if _DENIAL_BEFORE.search(folded[max(0, number.start() - 60) : number.start()]):
            continue  # the claim's own "without … 49.3"
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
            words, heads = rf"\b{adjective[:5]}\w*", _HEAD_WORDS[head]
            # The head set by the adjective ("economic law", « droit économique », « droit de
            # l'économie »), not merely beside it ("law and economics").
            joined = rf"{words}\s+{heads}|{heads}\s+(?:de\s+l'|de\s+la\s+|des\s+|du\s+|of\s+(?:the\s+)?)?{words}"
            mine = next((m for m in re.finditer(words, folded) if not _held_in(joined, folded, m.start())), None)
            if mine is not None:
                return mine.group(), f"the source names a field in {found.group()}, not this one"
    return None


def _held_in(pattern: str, text: str, at: int) -> bool:
    """Whether a match of `pattern` in `text` covers position `at`."""
    return any(m.start() <= at < m.end() for m in re.finditer(pattern, text))


# ---------------------------------------------------------------------------------------------
# A "first" beside a title that has its own: "the first First Secretary".

_ORDINAL = r"(?:first|premier|premiere|1st|1er|1ere)"
_DOUBLE_ORDINAL = lazy(rf"\b{_ORDINAL}(?:[\s-]+ever)?\s+{_ORDINAL}\s+[a-z]")


def _ordinal_of_title(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A "first" before a title's own ("the first (ever) First Secretary"): the title's ordinal
    is no "first" of his; the source must say the other one too."""
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
    from faurecli.verdicts import BOTH_OF

    if BOTH_OF.search(claim):
        # "both the 2012 and the 2017 elections": each item named, and verify has checked the
        # bound of each on its own (verdicts._each_of_both).
        return None
    return found.group(), "the source gives no such bound for each of them"


_SIDE = r"(?:left|right|centre|center|gauche|droite|centre)"
_SIDES_JOINED = lazy(
    rf"\b(?:both\s+)?(?:the\s+|la\s+|le\s+)?({_SIDE})(?:[\s-]+wing)?\s+(?:and|et|as\s+well\s+as|or|ou)\s+"
    rf"(?:on\s+)?(?:the\s+|la\s+|le\s+|de\s+la\s+|du\s+)?({_SIDE})\b"
)
_SIDE_FR = {"gauche": "left", "droite": "right", "center": "centre"}


def _sides_added(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """Sides added ("figures on the right and the left" where the source names the left only):
    each side of the claim must be named as a side ("on the right", "right-wing", "la droite"),
    not in "right of inspection", by the evidence or the sentences beside it."""
    found = _SIDES_JOINED.search(folded)
    if found is None:
        return None
    texts = " ".join(fold(s) for s in _with_neighbours(store, sentences))
    for side in found.groups():
        side = _SIDE_FR.get(side, side)
        french = {v: k for k, v in _SIDE_FR.items() if k != "center"}.get(side, side)
        either = f"(?:{side}|{french})"
        named = rf"\b(?:the|la|le|of|on|de|du)\s+{either}\b(?!\s+(?:of|to|de|a)\b)|\b{either}[\s-]+wing\b"
        if not re.search(named, texts):
            return side, "the source does not name this side"
    return None


# ---------------------------------------------------------------------------------------------
# An age set beside another body: "joined the Young Rocardiens at 16" (the 16 is the PS's).

_AGE = lazy(
    r"\b(?:at|aged)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b(?!\s*%)|\ba\s+(\d{1,2})\s+ans\b|\bage\s+de\s+(\d{1,2})\b|"
    r"\b(\d{1,2})\s+years?\s+old\b|\bwhen\s+(?:he|faure)\s+was\s+(\d{1,2})\b|\bquand\s+il\s+avait\s+(\d{1,2})\b"
)
_NAME_WORD = lazy(r"\b[A-ZÀ-Ý][\w'-]+")
_NOT_A_NAME = frozenset({"faure", "olivier", "he", "il", "in", "en", "at", "the", "le", "la", "les", "a", "l'"})


def _age_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """An age the evidence gives in one sentence, and the body the claim sets it beside in
    another: the sentence with the age must name that body too."""
    found = _AGE.search(folded)
    if found is None:
        return None
    age = next(g for g in found.groups() if g)
    # The claim's words that are words of the evidence's names ("jeunes rocardiens": the Young
    # Rocardiens), whatever its own capitals.
    names = {
        w
        for s in sentences
        for m in _NAME_WORD.finditer(s)
        if fold(m.group()) not in _NOT_A_NAME
        for w in content_words(fold(m.group()))
    }
    named = names & set(content_words(folded))
    if not named:
        return None
    aged = [fold(s) for s in sentences if re.search(rf"\b{age}\b", fold(s))]
    if aged and not any(named & set(content_words(s)) for s in aged):
        return found.group(), "the source gives this age for another fact"
    return None


def _with_neighbours(store: Store, sentences: list[str], reach: int = 1) -> list[str]:
    """The sentences and those `reach` either side of each in the source."""
    units, at = _positions(store)
    out: list[str] = []
    for sentence in sentences:
        n = at.get(sentence)
        if n is not None:
            out += [u.text for u in units[max(0, n - reach) : n + reach + 1] if u.id.startswith("s")]
    return list(dict.fromkeys([*sentences, *out]))


def _positions(store: Store) -> tuple[tuple[Unit, ...], dict[str, int]]:
    """The source's units, and each one's place among them by its text."""
    units = knowledge(store).built.units
    held = _POSITIONS.get(id(units))
    if held is None or held[0] is not units:
        held = (units, {u.text: n for n, u in enumerate(units)})
        _POSITIONS[id(units)] = held
    return held


# Each source's units by their text, for the sentences beside one (kept with the units they index).
_POSITIONS: dict[int, tuple[tuple[Unit, ...], dict[str, int]]] = {}


# ---------------------------------------------------------------------------------------------
# Order: "A before B", "A after B", "A and then B", "After A, B".

_ORDER_HINT = lazy(
    r"\b(?:after|before|avant|apres|then|puis|ensuite|later|subsequently|afterwards|thereafter|prior\s+to|"
    r"followed\s+by|plus\s+tard|par\s+la\s+suite)\b"
)
_OPENING_ORDER = lazy(r"^\s*(after|before|avant|apres)\s+(?:d'|de\s+|que\s+|qu')?(.+?),\s*(.+)$")
_THEN_SPLIT = lazy(
    r"^(.+?)(?:,\s*|\s+)(?:and\s+then|then|puis|et\s+ensuite|ensuite|et\s+puis|(?:and\s+)?later(?:\s+on)?|"
    r"(?:and\s+)?subsequently|(?:and\s+)?afterwards|(?:and\s+)?thereafter|followed\s+by|(?:et\s+)?plus\s+tard|"
    r"(?:et\s+)?par\s+la\s+suite)\s+(.+)$"
)
_MID_SPLIT = lazy(r"^(.+?)\s+(before|after|prior\s+to|avant|apres)\s+(?:d'|de\s+|que\s+|qu'|l'|la\s+|le\s+)?(.+)$")
# Not two facts in order: "the then Prime Minister", "since then", "named after"; "Hollande, then
# PS first secretary" (who he was at the time); a time counted ("two years after", "soon after",
# « peu après »), which other readers weigh (relative_opening).
_NOT_ORDER = lazy(
    r"\b(?:the|since|depuis|until|till|named|called)\s+(?:then|after)\b|\bthen-|"
    r",\s*(?:then|alors)\s+(?:the\s+|le\s+|la\s+)?(?:ps\s+|socialist\s+|party\s+)?"
    r"(?:first\s+secretary|premier\s+secretaire|president|prime\s+minister|minister|leader|mayor|head|chef)\b|"
    r"\b(?:\w+\s+(?:years?|months?|weeks?|days?|ans?|annees?|mois|semaines?|jours?)|soon|shortly|long|"
    r"just|right|immediately|peu|juste|aussitot|sitot|longtemps|bien|quelques)\s+(?:after|before|apres|avant|later)\b"
)
# (A claim set before he entered parliament has its own reader, _before_parliament.)
_BEFORE_ENTERING = lazy(
    r"^\s*(?:before|avant)\s+(?:he\s+|d'|de\s+)?(?:ever\s+|first\s+)?"
    r"(?:enter|entr|sat|sitting|becom|devenir|being|etre)"
)
_RESULT_CLAUSE = lazy(r",\s+(?:making|leaving|giving|handing|paving|which\s+made|which\s+left)\b[^,;]*$")
# The source's own words of order between two facts: the later first, or the earlier first.
_LATER_FIRST = lazy(r"\b(?:after|following|apres|since|depuis)\b")
_EARLIER_FIRST = lazy(
    r"\b(?:before|until|prior\s+to|ahead\s+of|then|later|afterwards|subsequently|thereafter|puis|ensuite|"
    r"avant|jusqu'?)\b"
)
# Any word of time order in a sentence: where one stands, the source's order is for its other
# readers (_clauses_out_of_order, _in_order) to weigh; where none does, it tells no order.
_ANY_ORDER = lazy(
    r"\b(?:after|before|since|until|following|preceding|prior|ahead|then|later|once|upon|when|while|during|"
    r"soon|afterwards|subsequently|previously|earlier|eventually|ultimately|finally|"
    r"apres|avant|depuis|puis|lors|pendant|quand|alors|ensuite|jusqu)\b"
)
# "After X, he did Y": his deed after the comma (not another's: "After Faure was elected …,
# Valérie Rabault replaced him").
_SOURCE_OPENING = lazy(r"^\s*(?:after|following|apres)\b[^,]+,\s*(?:he|faure|olivier\s+faure|il|the\s+latter)\b")
_NEXT_SENTENCE = lazy(r"\b(?:then|later|afterwards|subsequently|thereafter|puis|ensuite)\b")
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_PEOPLE_WORDS = frozenset({"faure", "olivier"})


def _order_told(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str, str | None] | None:
    """None when the claim tells no order of two facts, or the source tells the same (or its
    other readers have weighed it); else (part, why, correction): a correction when the source
    tells them the other way round."""
    if _NOT_ORDER.search(folded) or _BEFORE_ENTERING.match(folded):
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
    if told is None:
        # Once more by the deeds alone: a name may stand in one sentence and its deed in the
        # next ("… 26.45% for Stéphane Le Foll. The latter then withdrew").
        names = {w for m in _NAME_WORD.finditer(claim) for w in content_words(fold(m.group()))}
        if a - names and b - names and (a & names or b & names):
            told = _source_order(store, a - names, b - names, sentences)
    if told is True or told is ...:
        return None
    if told is False:
        at = folded.find(second)
        written = claim[at : at + len(second)] if len(claim) == len(folded) and at >= 0 else second
        why = "the source tells these the other way round"
        return word, why, f"the source tells them the other way round: {written.strip()} first"
    # (Two deeds in order that the store dates: "conseillé X, puis a été Y".)
    from faurecli.analysis import after_being, sequenced
    from faurecli.verdicts import _order

    ordered = sequenced(folded) or after_being(folded)
    if ordered is not None and _order(store, ordered) is True:
        return None
    return word, "the source tells no order of these", None


def _ordered_sides(folded: str) -> tuple[str, str, str] | None:
    """The claim's earlier fact, its later one, and its word of order."""
    text = folded.strip().rstrip(".!? ")
    # (A closing participle tells what the whole came to, no side of the order: "withdrew after
    # the first round, making Faure the presumptive first secretary".)
    text = _RESULT_CLAUSE.sub("", text)
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
        return (left, right, word) if word in ("before", "avant") or word.startswith("prior") else (right, left, word)
    return None


def _where(said: str, wanted: set[str], other: set[str]) -> int:
    """Where a side's words stand in a sentence: the spot of one with most of its other words
    near and fewest of the other side's ("the University of Orléans", not the "Orléans" of "the
    Lycée Pothier in Orléans")."""
    mine, theirs = _word_spots(said, wanted), _word_spots(said, other)

    def near(spots: list[tuple[int, frozenset[str]]], at: int) -> int:
        return len(set().union(*(w for p, w in spots if abs(p - at) <= 30)))

    return max(mine, key=lambda spot: (near(mine, spot[0]) - near(theirs, spot[0]), -spot[0]))[0]


def _word_spots(said: str, wanted: set[str]) -> list[tuple[int, frozenset[str]]]:
    found = ((m.start(), frozenset(content_words(m.group())) & wanted) for m in re.finditer(r"[a-z0-9][\w'-]*", said))
    return [(at, words) for at, words in found if words]


def _source_order(store: Store, first: set[str], second: set[str], sentences: list[str]) -> bool | None | EllipsisType:
    """Whether the source tells the facts of `first`'s words before `second`'s (True), the
    other way round (False), not at all (None), or in words its other readers weigh (...): in
    one sentence by its own word of order between them or an opening "After …,"; across two by
    the later one's "then" or their years."""
    texts = [fold(s) for s in _with_neighbours(store, sentences, reach=2)]
    scored = [(len(first & set(content_words(t))), len(second & set(content_words(t))), n) for n, t in enumerate(texts)]
    both = [x for x in scored if x[0] * 2 >= len(first) and x[1] * 2 >= len(second)]
    if both:
        said = texts[max(both)[2]]
        ta, tb = _where(said, first, second), _where(said, second, first)
        if _SOURCE_OPENING.match(said):
            comma = said.index(",")
            if ta < comma <= tb or tb < comma <= ta:
                return ta < tb
        lo, hi = sorted((ta, tb))
        between = said[lo:hi]
        if _LATER_FIRST.search(between) and not _EARLIER_FIRST.search(between):
            return ta > tb
        if _EARLIER_FIRST.search(between) and not _LATER_FIRST.search(between):
            return ta < tb
        ya, yb = _year_near(said, [ta]), _year_near(said, [tb])
        if ya and yb and ya != yb:
            return ya < yb
        if _ANY_ORDER.search(said):
            return ...
        # (A side's name there and its deed in the next sentence: "Le Foll" in the first
        # round's, "the latter then withdrew" after it; read across them below.)
    # Across sentences: each side's best, in the source's order (the later one's "then"), or by
    # their years.
    # (Of equals, the one with fewest of the other side's words.)
    best_a = max(scored, key=lambda x: (x[0], -x[1]), default=None)
    best_b = max(scored, key=lambda x: (x[1], -x[0]), default=None)
    if best_a is None or best_b is None or best_a[0] * 2 < len(first) or best_b[1] * 2 < len(second):
        return ... if not both else None
    if best_a[2] == best_b[2]:
        return None
    units = [u.text for u in knowledge(store).built.units]
    sa, sb = texts[best_a[2]], texts[best_b[2]]
    ia, ib = _unit_index(units, sa), _unit_index(units, sb)
    if ia is not None and ib is not None and 0 < abs(ia - ib) <= 2 and _NEXT_SENTENCE.search(sb if ia < ib else sa):
        return ia < ib
    ya_found, yb_found = _YEAR.search(sa), _YEAR.search(sb)
    if ya_found and yb_found and ya_found.group() != yb_found.group():
        return ya_found.group() < yb_found.group()
    return None


def _unit_index(units: list[str], folded: str) -> int | None:
    return next((n for n, u in enumerate(units) if fold(u) == folded), None)


def _year_near(said: str, spots: list[int]) -> str | None:
    """The year in the clause of the side's words (no comma between), if one."""
    for at in spots:
        clause_start = max(said.rfind(",", 0, at), said.rfind(";", 0, at)) + 1
        clause_end = min([e for e in (said.find(",", at), said.find(";", at)) if e >= 0] or [len(said)])
        found = _YEAR.search(said, clause_start, clause_end)
        if found:
            return found.group()
    return None


# A claim about someone else: no word of him in it.
_HIM_SAID = lazy(r"\b(?:olivier|faure|he|his|him|il|lui|son|sa|ses)\b")
# What may come before the claim's subject: settings ("In 2018, ", « En 2018, »).
_SETTINGS = lazy(r"^(?:(?:in|on|at|during|after|from|en|le|au|apres|a|de)\b[^,]{0,60},?\s*)*$")
_SETTING_CLAUSES = lazy(
    r"^(?:(?:in|on|at|during|after|from|en|le|au|apres|a|de|dans)\b(?:(?!\b(?:olivier|faure|he|il)\b)[^,]){0,40},\s*)*"
)
_WRITTEN_NAME = lazy(r"[\wÀ-ÿ'’-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'’-]+)*")
_AUXILIARY = frozenset("was were is are has had have did also then a est etait avait fut ont".split())


def _deed_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A claim whose subject is someone its one sentence names in passing, when that sentence
    has him as its subject and gives the claim's verb to him or to a third person's clause:
    "François Hollande advised Martine Aubry" ("Faure then served as an advisor to Martine Aubry
    … and assistant cabinet director to … François Hollande"), "Emmanuel Macron went to work at
    UNESCO" ("Soria Blatmann, who was … of Emmanuel Macron …, when she went to work with …")."""
    if len(sentences) != 1 or _HIM_SAID.search(folded):
        return None
    subject = _other_subject(store, claim)
    if subject is None:
        return None
    person, after = subject
    words = [fold(w) for w in re.findall(r"[\wÀ-ÿ'’-]+", claim[after:])]
    text = sentences[0]
    opens = HE_OPENS.match(text)
    if opens is None:
        return None
    # The verb, or the one after it ("est parti travailler"), with what it stands for in the
    # source's language ("conseillé": advisor), by their first four letters.
    verbs = [w for w in words if w not in _AUXILIARY][:2]
    people = [(p, n) for p, n in _people_in_text(store, text) if p >= opens.end() and n != store.person.name]
    regions = name_regions(text, people)
    tokens = [(m.start(), fold(m.group())[:4]) for m in re.finditer(r"[\wÀ-ÿ'’-]+", text) if m.start() >= opens.end()]
    said = fold(text)
    surname = fold(person.split()[-1])
    again = [m.end() for m in re.finditer(rf"\b{re.escape(surname)}\b", said)]
    if any(NAME_THEN_DEED.match(said, end) for end in again):
        return None  # named again as a doer ("with Boris Vallaud and Gabrielle Siry becoming …")
    places: list[int] = []
    for verb in verbs:
        if len(verb) < 4:
            continue
        heads = {verb[:4]} | {c[:4] for group in concepts(verb) for c in group}
        # Named again as the verb's subject ("after Castaner became the Minister of the Interior").
        if any({w[:4] for w in re.findall(r"[\w'-]+", said[end : end + 40])[:3]} & heads for end in again):
            return None
        places = [spot for spot, head in tokens if head in heads]
        if places:
            break
    if not places:
        return None
    owners = set()
    for place in places:
        owner = next((n for n, start, end in regions if start <= place < end), None)
        owner = owner or clause_owner(text, opens.end(), place, people) or store.person.name
        if owner == person:
            return None
        owners.add(owner)
    return person, f"the source says this of {' and '.join(sorted(owners))}, not of {person}"


# "The police officers demanded …", « Les policiers ont exigé … »: a group as the claim's subject
# (a plural noun after an article), then its verb, auxiliaries aside.
_GROUP_SUBJECT = lazy(
    r"^(?:the|les|des)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[sx])\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)"
)
# The group named in passing: right after a preposition ("a rally of police officers").
_PREPOSITION = frozenset("of by from de des du".split())


def _deed_of_a_group(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A claim whose subject is a group its one sentence names only after a preposition, when
    that sentence has him as its subject and gives him the claim's verb: "The police officers
    demanded a right of inspection" ("Faure participated in a rally of police officers, where
    he … demanded that they have a 'right of inspection'")."""
    if len(sentences) != 1 or _HIM_SAID.search(folded):
        return None
    subject = _GROUP_SUBJECT.match(folded)
    text = sentences[0]
    opens = HE_OPENS.match(text)
    if subject is None or opens is None:
        return None
    said = fold(text)
    group = subject.group(1).split()
    heads = {group[-1][:4]} | {c[:4] for g in concepts(group[-1]) for c in g}
    words = [(m.start(), m.group()) for m in re.finditer(r"[\w'-]+", said) if m.start() >= opens.end()]
    mentions = [n for n, (_, w) in enumerate(words) if w[:4] in heads]
    # Named after a preposition within its own few words ("a rally of police officers").
    if not any(_PREPOSITION & {w for _, w in words[max(0, n - 3) : n]} for n in mentions):
        return None
    verb = next((w for w in subject.group(2).split() if w not in _AUXILIARY and len(w) >= 4), None)
    if verb is None:
        return None
    from faurecli.recall import SAME_SENSE

    # (With its same sense in the source's language: « exigé », demanded.)
    verbs = {verb[:4]} | {c[:4] for g in concepts(verb) for c in g} | {o[:4] for o in SAME_SENSE.get(verb, ())}
    people = [(p, n) for p, n in _people_in_text(store, text) if p >= opens.end() and n != store.person.name]
    places = [n for n, (_, w) in enumerate(words) if w[:4] in verbs]
    # (Not when the group itself does it in the sentence: "police officers demanded".)
    if not places or any(0 < p - m <= 3 for p in places for m in mentions):
        return None
    if any(clause_owner(text, opens.end(), words[p][0], people) for p in places):
        return None
    shown = " ".join(group)
    return shown, f"the source says this of {store.person.name}, not of {shown}"


# A sentence whose subject is a person it only describes, whom the sentence before names.
_DESCRIBED_OPENS = lazy(
    r"(?P<who>(?:The|A|An)\s+(?:[\w-]+\s+){0,2}?(?:candidate|winner|leader|incumbent|rival|opponent|challenger|"
    r"minister|president|mayor|secretary|nominee))\b[^,;]*"
)


# A copula (and an article) just before a title: the claim gives the title to its subject.
_GIVEN_AS = lazy(r"\b(?:was|is|became|been|etait|est|ete|fut|devenu\w*|devint)\s+(?:(?:a|an|the|un|une|le|la)\s+)?$")


def _described_taken_for_named(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A claim that gives a person the deed or description of the one a sentence only describes
    ("The Socialist candidate went on to win the general election, and Faure was appointed …
    Jean-Marc Ayrault": "Ayrault won the 2012 election", « Faure était le candidat socialiste »)."""
    if len(sentences) != 1:
        return None
    text = sentences[0]
    opening = _DESCRIBED_OPENS.match(text)
    if opening is None:
        return None
    named = [n for _, n in _people_in_text(store, claim)]
    if not named and _HIM_SAID.search(folded):
        named = [store.person.name]
    opened = fold(opening.group())
    if not named or any(fold(n).split()[-1] in opened for n in named):
        return None
    # (Not when the claim keeps the description as the subject of its deed: "after the Socialist
    # candidate won the general election, Faure was appointed …"; a name after it is another's.)
    head = fold(opening.group("who")).split()[-1][:5]
    after = fold(opening.group())[len(opening.group("who")) :]
    # (Content words only: "the" and "in" after "candidate" are no deed of the description's.)
    deed = {w[:3] for w in content_words(after)} | {c[:3] for g in concepts(after) for c in g}
    for m in re.finditer(r"[\wÀ-ÿ'’-]+", claim):
        if fold(m.group())[:5] != head:
            continue
        if _GIVEN_AS.search(fold(claim[: m.start()])):
            continue  # « Faure était candidat à l'élection »: the title is given him, no deed of its own
        for word in re.findall(r"[\wÀ-ÿ'’-]+", claim[m.end() :])[:3]:
            if word[:1].isupper():
                break
            if not content_words(fold(word)):
                continue
            if ({fold(word)[:3]} | {c[:3] for g in concepts(fold(word)) for c in g}) & deed:
                return None
    rest = {w[:5] for w in re.findall(r"[\w'-]+", fold(text[opening.end() :]))}
    told = {w[:5] for w in re.findall(r"[\w'-]+", opened)} - rest
    mine = {c[:5] for g in concepts(folded) for c in g} | {w[:5] for w in content_words(folded)}
    if not told & mine:
        return None
    return named[0], f"the source says this of the one it calls {opening.group('who').lower()!r}, not of {named[0]}"


# Some of a whole, by number or quantifier: "several figures on the left", "several PS executives",
# "1,000 local and national party executives", « plusieurs cadres du PS ».
_SOME_OF = lazy(
    r"\b(?:several|some|many|a\s+few|a\s+number\s+of|\d[\d,. ]*|plusieurs|certaine?s|quelques|nombre\s+de|des)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:figures|executives|members|deputies|personalities|leaders|officials|cadres|membres|"
    r"deputes|personnalites|elus|responsables|dirigeants)\b"
)
# The whole as the claim's doer: "The left criticized …", « Le PS a dénoncé … », "… by the left".
_WHOLE = lazy(
    r"(?:^(?:(?:in|en|on|le|au|at)\b[^,]{0,40}?,?\s+)?(?:(?:most|all|la\s+plupart|toute)\s+(?:of\s+|de\s+)?)?"
    r"(?:the|la|le|les)\s+|\b(?:by|par)\s+(?:the|la|le|les)\s+)"
    r"(?P<whole>left|gauche|ps|socialist\s+party|parti\s+socialiste|party|parti|socialists|socialistes)\b"
    # (Not a part named by the whole: "the party executives", « les élus socialistes ».)
    r"(?!['’]s\b|\s+(?:executives|members|figures|deputies|leaders|officials|cadres|membres|deputes|elus|"
    r"responsables|dirigeants|personnalites)\b)"
)
# The claim's own part of the whole: "most of the left", "several Socialists", « des cadres ».
_CLAIMED_PART = lazy(
    r"\b(?:several|some|many|few|part|members?|figures|executives|leaders|officials|plusieurs|certaine?s|"
    r"quelques|une\s+partie|membres?|cadres|personnalites|elus|responsables|dirigeants|deputies|"
    r"deputes|\d+)\b"
)
_THEY_OPENS = lazy(r"\s*(?:They|Ils|Elles)\b")


def _whole_for_some(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A claim that gives a whole what its sentence says of some of its members: "The left
    criticized the proposal" ("criticized by several figures on the left"), « Le PS a dénoncé
    l'accord comme une capitulation » ("1,000 … party executives … They denounced …")."""
    whole = _WHOLE.search(folded)
    if whole is None or _CLAIMED_PART.search(folded[: whole.start()] + " " + folded[whole.end() : whole.end() + 1]):
        return None
    whole_words = set(whole.group("whole").split())
    mine = {w[:5] for w in re.findall(r"[a-z]+", folded) if w not in whole_words and len(w) > 3}
    said = {w[:5] for t in sentences for w in re.findall(r"[a-z]+", fold(t))}
    for text in _with_neighbours(store, sentences):
        some = _SOME_OF.search(text)
        if some is None:
            continue
        if text in sentences:
            told = True
        elif _THEY_OPENS.match(next((t for t in sentences if _follows(store, t, text)), "")):
            told = True  # "1,000 … party executives challenged Faure …. They denounced …"
        else:
            # A sentence beside the evidence that tells the claim's deed of some of the whole.
            told = bool(mine & {w[:5] for w in re.findall(r"[a-z]+", fold(text))} - said)
        if told:
            return whole.group(
                "whole"
            ), f"the source says this of {some.group().strip()}, not of the whole {whole.group('whole')}"
    return None


def _follows(store: Store, text: str, before: str) -> bool:
    """Whether `text` is the sentence right after `before` in the source."""
    units, at = _positions(store)
    n = at.get(text)
    return n is not None and n > 0 and units[n - 1].text == before


# "worked with X", « a travaillé avec X », "collaborated with X", "worked for X".
_WORKED_WITH = lazy(
    r"\b(?:work(?:ed|s|ing)?|travaill\w*|collabor\w*|boss\w*)\s+(?:closely\s+|directly\s+|etroitement\s+)?"
    r"(?:with|for|alongside|under|avec|pour|aupres\s+d(?:e|u|es|')|aux\s+cotes\s+d(?:e|u|es|')|sous)\b"
)
# What tells work with someone in the source, in the clause before their name.
_WORK_TOLD = lazy(
    r"\b(?:work\w*|advis\w*|assist\w*|staff|cabinet|chief|aide|collaborat\w*|serv\w*|director|secretary|"
    r"spokes\w*|deputy|team|member|employ\w*)\b"
)


def _work_not_told(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """Work with or for someone whom the evidence names with no word of work before them in
    their clause: "Faure worked with Christophe Castaner" ("formerly close to Christophe
    Castaner"), "… for Prime Minister Michel Rocard" ("a group supporting Prime Minister …")."""
    worked = _WORKED_WITH.search(folded)
    if worked is None:
        return None
    named = [(at, n) for at, n in _people_in_text(store, claim) if at >= worked.end() and n != store.person.name]
    if not named:
        return None
    person = named[0][1]
    surname = fold(person).split()[-1]
    for text in sentences:
        said = fold(text)
        for m in re.finditer(rf"\b{re.escape(surname)}\b", said):
            # Back to the clause's start; over a comma that only sets the name beside its title
            # ("went to work with the new director-general of UNESCO, Audrey Azoulay").
            comma = said.rfind(",", 0, m.start())
            if comma >= 0 and re.fullmatch(r"\s*(?:[\w'-]+\s+){0,2}", said[comma + 1 : m.start()]):
                comma = said.rfind(",", 0, comma)
            start = max(said.rfind(".", 0, m.start()), said.rfind(";", 0, m.start()), comma, m.start() - 90, 0)
            if _WORK_TOLD.search(said, start, m.start()):
                return None
    return person, f"the source does not say he worked with {person}"


# A name as the claim's doer: its subject ("China condemned …", « La Chine a condamné … ») or a
# passive's agent ("… was condemned by China").
_NAME_AS_DOER = (
    lazy(
        r"^(?:(?:In|En|On|At|Au|After|Après|During|Lors)\b[^,]{0,40},\s*)?(?:The\s+|the\s+|La\s+|la\s+|Le\s+|le\s+|L['’])?"
        r"(?P<n>[A-ZÀ-Ý][\w'’-]+)\s+(?:(?:a|has|had|was|est|avait)\s+)?[a-zà-ÿ]"
    ),
    lazy(r"\b(?:by|par)\s+(?:the\s+|la\s+|le\s+|l['’])?(?P<n>[A-ZÀ-Ý][\w'’-]+)"),
)
# Where a sentence sets a name as a place: "in China", "of France".
_AS_PLACE = lazy(r"\b(?:in|en|au|aux)\s+(?:the\s+)?$")


def _place_as_doer(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A claim that makes a doer of a name its one sentence sets only as a place ("a resolution
    condemning the Uyghur genocide in China": "China condemned the resolution", "passed by China")."""
    if len(sentences) != 1:
        return None
    said = fold(sentences[0])
    people = {fold(n).split()[-1] for _, n in _people_in_text(store, claim)}
    for pattern in _NAME_AS_DOER:
        for m in pattern.finditer(claim):
            name = fold(m.group("n"))
            if name in people or name in _HIM_SAID_WORDS or len(name) < 3:
                continue
            # (Its name in the source's English too: « la Chine », China.)
            names = {name, *SYNONYMS.get(name, ())}
            spots = [w.start() for n in names for w in re.finditer(rf"\b{re.escape(n)}\b", said)]
            if spots and all(_AS_PLACE.search(said[max(0, at - 12) : at]) for at in spots):
                return m.group("n"), f"the source names {m.group('n')} only as a place here, not as a doer"
    return None


_HIM_SAID_WORDS = frozenset({"faure", "olivier", "he", "il"})


def _people_in_text(store: Store, text: str) -> list[tuple[int, str]]:
    from faurecli.evidence import people_in

    return people_in(knowledge(store), text)


# ---------------------------------------------------------------------------------------------
# Someone else as the claim's subject: their age, their office now, the day they took it.


def _other_subject(store: Store, claim: str) -> tuple[str, int] | None:
    """The person other than him a claim opens with, settings aside ("In 2018, Martine Aubry
    …"), and where their name ends in `claim`."""
    # (A name inside a setting is not the subject: "In Macron's cabinet, Soria Blatmann …".)
    setting = _SETTING_CLAUSES.match(fold(claim))
    named = [(at, n) for at, n in _people_in_text(store, claim) if at >= (setting.end() if setting else 0)]
    if not named or named[0][1] == store.person.name or not _SETTINGS.match(fold(claim[: named[0][0]])):
        return None
    at, person = named[0]
    written = _WRITTEN_NAME.match(claim, at)
    return person, written.end() if written else at


def _sentences_naming(store: Store, person: str) -> list[str]:
    """The folded sentences of the source that name `person` by their surname."""
    surname = fold(person.split()[-1])
    units = knowledge(store).built.units
    return [said for u in units if u.id.startswith("s") for said in [fold(u.text)] if surname in said]


# An age said of the claim's subject: "was 23 years old", « avait 23 ans », "aged 23", "at 23".
_AGE_SAID = lazy(
    r"\b\d{1,2}\s+(?:years?\s+old|ans)\b|\baged?\s+(?:of\s+)?\d{1,2}\b|\bagee?s?\s+de\s+\d{1,2}\b|"
    r"\b(?:was|etait|avait)\s+(?:(?:less|more|fewer)\s+than\s+|under\s+|over\s+|(?:moins|plus)\s+de\s+)?\d{1,2}\b"
)
_AGE_WORDS = lazy(r"\b(?:age|aged|agee?s?|years\s+old|old|ans)\b")


def _age_of_someone_else(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """An age claimed of someone other than him ("Michel Rocard was 23 years old in 1991"),
    when no sentence of the source gives that person an age: the ages it gives are his, and a
    sentence naming both does not make his theirs."""
    if not _AGE_SAID.search(folded):
        return None
    subject = _other_subject(store, claim)
    if subject is None:
        return None
    person, end = subject
    if not _AGE_SAID.search(fold(claim[end:])):
        return None
    surname = fold(person.split()[-1])
    # (A sentence giving them an age: their name, then an age's words in the same clause.)
    for said in _sentences_naming(store, person):
        for m in re.finditer(rf"\b{re.escape(surname)}\b([^,;.]*)", said):
            if _AGE_WORDS.search(m.group(1)) and re.search(r"\d", m.group(1)):
                return None
    return person, f"the source gives no age of {person}"


# A present-tense state of the subject: "is the mayor of Lille", « est maire de Lille ».
_NOW_SAID = lazy(
    r"^\s+(?:is|are|remains|stays|serves\s+as|heads|leads|chairs|presides|est|sont|reste|demeure|dirige|preside)"
    r"\b(?!\s+(?:not|no\s+longer|never|pas|plus|jamais)\b)"
    # (« est » as the auxiliary of a past tense: « est devenu », « est né », « est parti ».)
    r"(?!\s+(?:(?:alors|ensuite|aussi|deja)\s+)?(?:devenu|ne|alle|parti|entre|arrive|reste|mort|venu|revenu|retourne|"
    r"sorti|passe|tombe|monte|descendu|decede|rentre)(?:e|s|es)?\b)"
)
_PRESENT_IN = lazy(r"\b(?:is|are|est|sont)\b")
_ASKED_NOW = lazy(r"\s*(?:is|are)\s+", re.IGNORECASE)
# (Its verb anywhere, a cheap test before the names are looked up.)
_PRESENT_WORD = lazy(
    r"\b(?:is|are|remains|stays|serves|heads|leads|chairs|presides|est|sont|reste|demeure|dirige|preside)\b"
)
_ANY_YEAR = lazy(r"\b(?:19|20)\d\d\b")


def _office_now_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A state of someone other than him in the present tense, with no date ("Martine Aubry is
    the mayor of Lille", « Paulin Roy est le suppléant de Faure »), which the source gives only
    at a past date ("supported by Martine Aubry, the mayor of Lille", in 2018): it says nothing
    of them now. The past tense with the date ("was … in 2018") is what it says."""
    if _ANY_YEAR.search(folded) or not _PRESENT_WORD.search(folded):
        return None
    # Asked with the verb first too ("Is Audrey Azoulay director-general of UNESCO?"): a state of
    # the one named next, now.
    asked = _ASKED_NOW.match(claim)
    subject = _other_subject(store, claim[asked.end() :] if asked else claim)
    if subject is None:
        return None
    person, end = subject
    if not asked and not _NOW_SAID.match(fold(claim[end:])):
        return None
    surname = fold(person.split()[-1])
    # (The source's own present tense of them, in their clause: "Faure is married to Soria
    # Blatmann", not "Faure is married to …, when she went to work with …, Audrey Azoulay".)
    own = re.compile(
        rf"{_PRESENT_IN.pattern}[^,;.]*\b{re.escape(surname)}\b|\b{re.escape(surname)}\b[^,;.]*{_PRESENT_IN.pattern}"
    )
    if any(surname in fold(s) and own.search(fold(s)) for s in sentences):
        return None
    return person, f"the source says this of {person} at a past date, not now"


# Taking a post: "became", "was appointed", « est devenu », « a été nommé ».
_BECAME = lazy(
    r"\b(?:became|become|becomes|becoming|was\s+(?:appointed|named|elected|made|chosen|nominated|sworn)|"
    r"took\s+office|(?:est|etait)\s+devenue?|devient|devint|a\s+ete\s+(?:nommee?|elue?|choisie?|designee?))\b"
)
# The source's words for someone taking a post, with what it is ("becoming the new spokespeople").
_TAKING = lazy(
    r"\b(?:became|become|becoming|becomes|appointed|named|elected|chosen|nominated|inaugurated|sworn|"
    r"succeeded|replaced|took\s+office|devenue?|nommee?|elue?)\b"
)
_CLAUSE_STOP = lazy(r"[,;.]|\b(?:after|before|when|while|and|but|who|which|apres|avant|quand|et|mais|qui)\b")


def _post_taken_by_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """Someone other than him claimed to take a post ("Édouard Philippe became Prime Minister in
    July 2017", « Valls est devenu Premier ministre en 2016 ») where the source only names them
    holding it at a date ("the government of Prime Minister Édouard Philippe"): holding a post
    then is not taking it then. Kept when a sentence naming them tells them taking it."""
    if not _BECAME.search(folded):
        return None
    subject = _other_subject(store, claim)
    if subject is None:
        return None
    person, end = subject
    rest = fold(claim[end:])
    took = _BECAME.match(rest, len(rest) - len(rest.lstrip()))
    if took is None:
        took = re.match(r"\s+(?:has\s+|had\s+|then\s+|later\s+)?", rest)
        took = _BECAME.match(rest, took.end()) if took else None
    if took is None:
        return None
    post = set(content_words(_before_a_date(rest[took.end() :])))
    if not post:
        return None
    surname = fold(person.split()[-1])
    for said in _sentences_naming(store, person):
        for spot in re.finditer(rf"\b{re.escape(surname)}\b", said):
            window = said[max(0, spot.start() - 160) : spot.end() + 160]
            for verb in _TAKING.finditer(window):
                after = window[verb.end() :]
                stop = _CLAUSE_STOP.search(after)
                what = " ".join(after[: stop.start() if stop else len(after)].split()[:6])
                if post & set(content_words(what)):
                    return None
    return person, f"the source names {person} holding this, not taking it then"


_DATE_OR_CLAUSE = lazy(r"\b(?:in|on|at|since|after|before|en|le|depuis|apres|avant|when|quand)\b|[,;.]")


def _before_a_date(text: str) -> str:
    """`text` up to its first date, setting or clause: the post a verb of taking names."""
    stop = _DATE_OR_CLAUSE.search(text)
    return text[: stop.start()] if stop else text


# ---------------------------------------------------------------------------------------------
# A figure of one congress claimed at the other: "73.49% at the Aubervilliers Congress".

_CONGRESS = lazy(r"\b([a-z][\w-]+)\s+congress\b|\bcongres\s+(?:de\s+|d')\s*([a-z][\w-]+)")
_FIGURE = lazy(r"\d+(?:[.,]\d+)?(?=\s*%)|\d+(?:[.,]\d+)?(?=\s+(?:votes?|voix)\b)")
_NOT_A_CONGRESS = frozenset({"the", "party", "party's", "its", "his", "this", "that", "a", "le", "du"})


def _figure_of_another_congress(
    store: Store, claim: str, folded: str, sentences: list[str]
) -> tuple[str, str, str | None] | None:
    """A figure claimed at a congress (REFUTED when each sentence giving it names another
    congress, or a year the claim's congress is never given; NOT_ENOUGH_INFO when none names
    the claim's)."""
    if "congr" not in folded:
        return None
    named = {n for m in _CONGRESS.finditer(folded) for n in m.groups() if n and n not in _NOT_A_CONGRESS}
    figures = [m.group().replace(",", ".") for m in _FIGURE.finditer(folded)]
    if len(named) != 1 or not figures:
        return None
    (mine,) = named
    units = knowledge(store).built.units
    for figure in figures:
        pattern = rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)"
        giving = [fold(u.text) for u in units if u.id.startswith("s") and re.search(pattern, fold(u.text))]
        if not giving:
            continue
        theirs = [
            {n for m in _CONGRESS.finditer(said) for n in m.groups() if n and n not in _NOT_A_CONGRESS}
            for said in giving
        ]
        if any(mine in names for names in theirs):
            continue
        if all(theirs):
            other = sorted(theirs[0])[0].capitalize()
            why = f"the source gives {figure} at the {other} Congress"
            return figure, why, f"the {other} Congress, not the {mine.capitalize()} Congress"
        # A sentence naming no congress: its year, when the congress's sentences give it no
        # other ("48.37%" on 15 March 2018, not at the 2021 Villeurbanne Congress).
        held = {y for u in units if u.id.startswith("s") and mine in fold(u.text) for y in _YEAR.findall(u.text)}
        years = {y for said in giving for y in _YEAR.findall(said)}
        if held and years and not years & held:
            shown = ", ".join(sorted(years))
            return figure, f"the source gives {figure} in {shown}", f"{shown}, not the {mine.capitalize()} Congress"
        return figure, "the source does not give this figure at that congress", None
    return None


# ---------------------------------------------------------------------------------------------
# A refusal or a denial negated: "did not refuse to support Macron" where he refused to.

# Verbs that say no, by family ("refused", « refusé », "declined"; "denied", « démenti », « nié »).
_NAY = {
    "refuse": r"refus\w*|declin\w*|reject\w*|rejet\w*|rejett\w*",
    "deny": r"den(?:y|ied|ies|ying)|dementi\w*|nie|nier|nia|niait|nient",
}
_NEGATED_NAY = lazy(
    r"\b(?:not|never|n't|pas|jamais)\s+(?:(?:have|has|had|ever|once)\s+)?(" + "|".join(_NAY.values()) + r")\b"
)
_NEGATION_NEAR = lazy(r"\b(?:not|never|n't|no|pas|jamais|ne|n'|nor|ni|without|sans)\b[^,;.]{0,25}$")


def _nay_negated(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str, str] | None:
    """A claim that someone did not refuse or deny something ("Faure did not refuse to support
    Macron", « n'a pas démenti ses ambitions ») where the evidence says it was refused or denied,
    of the same thing: the negation turns the source's fact around (REFUTED)."""
    found = _NEGATED_NAY.search(folded)
    if found is None:
        return None
    family = next(k for k, v in _NAY.items() if re.fullmatch(v, found.group(1)))
    verb = lazy(rf"\b(?:{_NAY[family]})\b")
    wanted = set(content_words(_object_of(folded[found.end() :]))) - _PLAIN
    if not wanted:
        return None
    for sentence in sentences:
        said = fold(sentence)
        for theirs in verb.finditer(said):
            if _NEGATION_NEAR.search(said[max(0, theirs.start() - 40) : theirs.start()]):
                continue  # the source's own negation: no reversal
            # What was refused: the words after the verb, or the clause before it ("ambitions
            # …, which he denied").
            around = _object_of(said[theirs.end() :]) + " " + said[max(0, theirs.start() - 120) : theirs.start()]
            if wanted & set(content_words(around)):
                # (The source's words, from its own text: "refused to support him".)
                own = re.search(rf"\b(?:{_NAY[family]})\b", sentence[theirs.start() :], re.IGNORECASE)
                shown = (own.group() + " " + _object_of(sentence[theirs.start() + own.end() :])) if own else "so"
                shown = _TRAILING.sub("", shown.strip())
                written = _NEGATED_WRITTEN.search(claim)
                told = written.group() if written else found.group()
                return told, f"the source says {shown}", f"{shown}, not {told}"
    return None


_PLAIN = frozenset(content_words("faure olivier he him his il lui"))
# The claim's negated verb as written, with its auxiliary: "did not refuse", « n'a pas démenti ».
_NEGATED_WRITTEN = lazy(
    r"(?:\b(?:did|does|do|has|had|have|would|could)(?:\s+not|n['’]t)\s+|\bn['’]\s*\w+\s+(?:pas|jamais)\s+|"
    r"\bnever\s+|\bne\s+\w+\s+(?:pas|jamais)\s+)[\w-]+",
    re.IGNORECASE,
)
_TRAILING = lazy(r"(?:\s+(?:to|of|the|a|an|for|in|on|with|de|du|des|la|le|les|a))+$")
_OBJECT_END = lazy(r"[,;.]|\b(?:after|before|when|because|but|while|apres|avant|quand|parce|mais)\b")


def _object_of(text: str) -> str:
    """What a verb governs: the words after it to the end of its clause, six at most."""
    stop = _OBJECT_END.search(text)
    return " ".join(text[: stop.start() if stop else len(text)].split()[:6])


# ---------------------------------------------------------------------------------------------
# A count of times: "twice", « à deux reprises », "three times".

_TIMES = lazy(
    r"\b(?:twice|thrice|(?:two|three|four|five|several|many|\d+)\s+times|"
    r"(?:deux|trois|quatre|cinq|plusieurs|\d+)\s+(?:fois|reprises))\b"
)
_TIMES_TOLD = lazy(
    r"\b(?:twice|thrice|once|times|again|second|third|fois|reprises|nouveau|deuxieme|troisieme|re-?elected|reelue?|"
    r"reconduite?|re-?election|reelection)\b"
)


def _claimed_untold(claimed: Pattern, told: Pattern, folded: str, sentences: list[str]) -> str | None:
    """The words of the claim `claimed` finds, when no evidence sentence holds what `told` finds."""
    found = claimed.search(folded)
    if found is None or any(told.search(fold(s)) for s in sentences):
        return None
    return found.group()


def _times_untold(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A count of times ("proposed new leadership twice") that no sentence of the evidence
    counts: its other numbers ("two euros") are not how often it happened."""
    found = _claimed_untold(_TIMES, _TIMES_TOLD, folded, sentences)
    return None if found is None else (found, "the source does not say how many times")


# ---------------------------------------------------------------------------------------------
# What was promised or conceded, claimed as done: "The 2023 pension reform was renegotiated".

_OFFERED = lazy(
    r"\b(?:concessions?\s+(?:included|include|including|were|was)|in\s+exchange\s+for|promis\w*|pledg\w*|"
    r"les\s+concessions\s+(?:incluaient|comprenaient)|en\s+echange\s+d)\b"
)
_OFFER_SAID = lazy(
    r"\b(?:concession\w*|promis\w*|pledg\w*|exchange|echange|offer\w*|propos\w*|demand\w*|exig\w*|obtain\w*|"
    r"obten\w*|obtin\w*|won|secured|negotiat\w*|negoci\w*|included|including|inclu\w*|compren\w*|agree\w*|"
    r"accord\w*|deal|budget)\b"
)


def _offer_as_done(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """What the source gives as a concession or a promise ("Concessions included renegotiation
    of 2023 pension reform, … one billion euro increase in healthcare spending"), claimed as
    done ("was renegotiated", "increased by one billion euros"): the source does not say it
    happened. Told as a concession, it holds."""
    if _OFFER_SAID.search(folded):
        return None
    mine = set(content_words(folded))
    # (With the sentences beside: "in exchange for concessions in new budget", then what they were.)
    for sentence in _with_neighbours(store, sentences, reach=2):
        said = fold(sentence)
        offer = _OFFERED.search(said)
        if offer is None:
            continue
        if len(set(content_words(said[offer.end() :])) & mine) >= 2:
            return offer.group().split()[0], "the source gives this as a concession or a promise, not as done"
    return None


# ---------------------------------------------------------------------------------------------
# A word the evidence holds in another sense: "left" of the left wing is no leaving.

# Leaving, as the claim says it (folded).
_LEAVING = lazy(
    r"\b(?:(?<!the\s)(?<!new\s)(?<!centre-)(?<!center-)left(?![\s-]+(?:wing|group|alliance))|leaves?|leaving"
    r"|quit|quits|quitting|quitte\w*|quitt\w*|departed|withdr[ae]w\w*\s+from"
    r"|sorti\w*\s+d|retire\w*\s+d|claque\w*\s+la\s+porte)\b"
)
# Leaving, as a sentence says it (folded): "left" that is not the left wing, nor "the left".
_LEAVING_SAID = lazy(
    r"\b(?:(?<!the\s)(?<!new\s)(?<!centre-)(?<!center-)left(?![\s-]+wing)"
    r"|leav\w+|quit\w*|depart\w*|withdr[ae]w\w*|resign\w*|broke\s+(?:off|away|with)|split\w*|exit\w*"
    r"|until|term\s+end\w*|replac\w*|succeed\w*)\b"
)


_LEFT_WING = lazy(r"\bleft[\s-]+wing\b|\bthe\s+left\b|\bcentre-left\b")


def _leaving_untold(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A claim that someone left something, where no sentence tells any leaving: « Le PS a quitté
    le NFP » from "… as part of the left-wing NFP alliance" (the left wing is no departure)."""
    found = _claimed_untold(_LEAVING, _LEAVING_SAID, folded, sentences)
    if found is None or not any(_LEFT_WING.search(fold(s)) for s in sentences):
        return None  # (only where the evidence's "left" is the wing: other leavings it may word otherwise)
    return found, "the evidence tells no leaving (its 'left' is the left wing)"


# ---------------------------------------------------------------------------------------------
# A seat lost is a seat held: losing a race is not losing one's seat.

_SEAT_LOST = lazy(
    r"\b(?:lost|lose|loses|losing)\s+(?:his|her|its|their|the)\s+seats?\b"
    r"|\b(?:perdu|perd|perdre|perdait)\s+(?:son|sa|leur|le)\s+(?:siege|mandat|poste\s+de\s+depute)\b"
)
_SEAT_LOST_SAID = lazy(r"\b(?:seat|seats|siege|sieges|unseat\w*|re-?elect\w*|reelu\w*|incumbent|sortant\w*)\b")


def _seat_lost_unheld(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """ "Faure lost his seat in 2007" from a race he ran and lost: the sentence gives him no seat
    to lose (nor a re-election lost)."""
    found = _claimed_untold(_SEAT_LOST, _SEAT_LOST_SAID, folded, sentences)
    return None if found is None else (found, "the evidence tells a race lost, not a seat held and lost")


# ---------------------------------------------------------------------------------------------
# A candidacy the evidence gives another: "Ségolène Royal's campaign to become the PS candidate".

_RAN_CLAIMED = lazy(
    r"\b(?:(?:was|is|became|been)\s+(?:a|the|an)\s+(?:\w+\s+){0,2}candidate|ran\s+for|stood\s+for|runs\s+for"
    r"|s['’]est\s+presente\w*\s+(?:a|aux?)|se\s+presente\w*\s+(?:a|aux?)|(?:a\s+ete|etait|fut|est)\s+candidat\w*)\b"
)
# Another's candidacy: a capitalised name's campaign, bid or candidacy (as written).
_THEIR_CANDIDACY = lazy(
    r"\b(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}?[A-ZÀ-Ý][\w-]+['’]s\s+(?:\w+\s+){0,2}?(?:campaign|bid|candidacy|run)\b"
)


_HIS_CANDIDACY = lazy(r"\b(?:he|Faure)\s+ran\b|\bhis\s+(?:campaign|candidacy|bid)\b")


def candidacy_of_another(folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """(the claim's words of running, whose candidacy the sentences tell) where the claim (folded)
    has him a candidate and `sentences` give the candidacy to someone else, never to him; else None."""
    ran = _RAN_CLAIMED.search(folded)
    if ran is None or not _HIM_SAID.search(folded):
        return None
    theirs = [m.group() for s in sentences for m in _THEIR_CANDIDACY.finditer(s)]
    if not theirs or any(_HIS_CANDIDACY.search(s) for s in sentences):
        return None
    if any(fold(re.split(r"['’]", t)[0]) in folded for t in theirs):
        return None  # the claim names whose it is
    return ran.group(), theirs[0]


def _candidacy_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """He was a candidate, from a sentence whose candidacy is someone else's ("a comic book about
    … Ségolène Royal's campaign to become the PS candidate"), where no sentence has him run."""
    found = candidacy_of_another(folded, sentences)
    return None if found is None else (found[0], f"the evidence gives the candidacy to another ({found[1]})")


# ---------------------------------------------------------------------------------------------
# A rival given the post: "Delphine Batho was head of the Socialist group" from "he was re-elected
# to the presidency of the Socialist group with 28 votes against 3 votes for Delphine Batho".

# The claim gives someone a post or a win (folded, after the name).
_HOLDING_CLAIMED = lazy(
    r"^\s*(?:(?:was|is|became|has\s+been|had\s+been|served\s+as|a\s+ete|etait|est|fut|est\s+devenu\w*|devint)\s+"
    r"(?:(?:the|a|an|le|la|l')\s*)?(?:new\s+|nouv\w+\s+)?(?:head|leader|president|chair\w*|first\s+secretary|premier\w*\s+secretaire"
    r"|preside\w*|chef|dirige\w*|patron\w*|secretary|secretaire|elu\w*|elected|re-?elected|reelu\w*|winner|vainqu\w*)"
    r"|(?:led|headed|chaired|presided|won|beat|defeated|a\s+(?:dirige|preside|gagne|remporte|battu)|dirige\w*|preside\w*"
    r"|l'a\s+emporte|remport\w*|gagn\w*"
    # (Taking it: "took the head of", "took over", « a pris la tête / la présidence de ».)
    r"|took\s+(?:over|charge|the\s+(?:head|helm|lead|leadership|presidency|chair))"
    r"|(?:a\s+)?pri[st]\s+(?:la\s+(?:tete|direction|presidence|releve)|les\s+renes)))\b"
)
# Just before a name, what makes it the other side of a race: "against 3 votes for Delphine Batho",
# "over Guillaume Bachelay", « contre … Hélène Geoffroy ».
_RIVAL_BEFORE = lazy(
    r"(?:\b(?:against|versus|vs|over|contre|face\s+a|ahead\s+of|devant|defeating|beating)\b[^.;]{0,40}"
    r"|\b(?:votes?|voix|%)\s+(?:for|pour)\s+)$"
)


def _rival_given_the_post(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """Someone the evidence names only as the other side of his race, given the post or the win:
    "Hélène Geoffroy was the leader of the Socialist Party in 2021" from "Faure was re-elected as
    first secretary with 73.49% of the vote against 26.52% for Hélène Geoffroy"."""
    named = [(at, n) for at, n in _people_in_text(store, claim) if n != store.person.name]
    if not named:
        return None
    at, name = named[0]
    *first, last = fold(name).split()
    end = folded.find(last, at)
    if end < 0 or not _SETTINGS.match(folded[:at]) or not _HOLDING_CLAIMED.match(folded[end + len(last) :]):
        return None
    # (Named in full or by the surname alone: what comes before the whole name.)
    whole = rf"\b(?:{re.escape(' '.join(first))}\s+)?{re.escape(last)}\b" if first else rf"\b{re.escape(last)}\b"
    seen = False
    for sentence in sentences:
        said = fold(sentence)
        for spot in re.finditer(whole, said):
            seen = True
            if not _RIVAL_BEFORE.search(said[max(0, spot.start() - 60) : spot.start()]):
                return None  # (named there otherwise too: not only the rival)
    if not seen:
        return None
    return name, f"the source names {name} as his rival in this race, not as the one who won it"


# The post a race is for, by the body that gives it, in a claim or before a sentence's "against":
# the group's presidency, or the party's (its first secretary, its leader).
_RACE_SLOTS = (
    ("group", lazy(r"\bgroup\w*\b")),
    ("party", lazy(r"\bfirst\s+secretary\b|\bpremier\w*\s+secretaire\b|\bparty\b|\bparti\b|\bps\b")),
)
# A body whose own head is another post than the race's ("first secretary of a federation").
_OTHER_BODY = lazy(r"\b(?:federation\w*|mayor|maire|region\w*|departement\w*|department|ump|lrem|eelv|lfi)\b")
_WON_BEFORE = lazy(r"\b(?:he|il|faure)\s+(?:was\s+|a\s+ete\s+|fut\s+)?(?:re-?elected|elected|re-?elu|elu)\b")
_MONTH = lazy(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier"
    r"|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
)


def _month_number(month: str) -> int:
    """A folded month's name, English or French, as its number (1 to 12)."""
    for names in (_MONTHS_EN.split("|"), _MONTHS.split("|")[12:]):
        if month in names:
            return names.index(month) + 1
    return 0


def _rival_refuted(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str, str] | None:
    """The rival given the post, REFUTED where the race's sentence has him win it and the claim
    names that post and its date: "The group's head in June 2017 was Delphine Batho" from "On 22
    June 2017, he was re-elected to the presidency of the Socialist group with 28 votes against 3
    votes for Delphine Batho" (one holder at a time). Without a body or a date, or for another
    body's post ("Cathy Bissonier was president of the UMP"), it stays NOT_ENOUGH_INFO."""
    found = _rival_given_the_post(store, claim, folded, sentences)
    if found is None or _OTHER_BODY.search(folded):
        return None
    name = found[0]
    claimed = {slot for slot, words in _RACE_SLOTS if words.search(folded)}
    years, months = set(_YEAR.findall(folded)), set(_MONTH.findall(folded))
    if not claimed or not years:
        return None
    last = fold(name).split()[-1]
    for sentence in sentences:
        said = fold(sentence)
        spot = re.search(rf"\b{re.escape(last)}\b", said)
        if spot is None:
            continue
        cue = list(re.finditer(r"\b(?:against|contre|over|face\s+a)\b", said[: spot.start()]))
        head = said[: cue[-1].start()] if cue else ""
        told = {slot for slot, words in _RACE_SLOTS if words.search(head)}
        if (
            _WON_BEFORE.search(head)
            and claimed & told
            and years <= set(_YEAR.findall(said))
            and {_month_number(m) for m in months} <= {_month_number(m) for m in _MONTH.findall(said)}
        ):
            winner = store.person.name
            return name, f"the source has {winner} win this race, {name} his rival", f"{winner}, elected against {name}"
    return None


# A part of a whole the claim names ("six seats, including three from Place Publique", « dont
# trois pour Place publique », "three of them from the PS"): its number and what it is.
_NUMBERS = {
    "one": "1", "un": "1", "une": "1", "two": "2", "deux": "2", "three": "3", "trois": "3", "four": "4",
    "quatre": "4", "five": "5", "cinq": "5", "six": "6", "seven": "7", "sept": "7",
}  # fmt: skip
_PART_CLAIMED = lazy(
    r"\b(?:including|dont|among\s+them|parmi\s+(?:eux|lesquels))\s+(\w+)\s+"
    r"(?:from\s+|of\s+|de\s+|d'|pour\s+|issus?\s+de\s+|issue?s\s+de\s+)?([^,.;]{2,40})"
    r"|\b(\w+)\s+(?:of\s+them|of\s+which|of\s+whom|d'entre\s+eux)\s+(?:were\s+|are\s+)?"
    r"(?:from\s+|de\s+|d')?([^,.;]{2,40})"
)
_PART_SAID = lazy(r"\b(?:including|dont)\s+(\w+)\s+([\w-]+)")


def _part_given_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A part of a whole ("including three …") the source gives as something else ("six seats,
    including three Socialists": not three from Place Publique, its ally on the list)."""
    if "includ" not in folded and "dont" not in folded and "of them" not in folded and "d'entre" not in folded:
        return None
    part = _PART_CLAIMED.search(folded)
    if part is None:
        return None
    number = _NUMBERS.get(part.group(1) or part.group(3), part.group(1) or part.group(3))
    # (Its own words, not the ones they stand for: "the PS" is the Socialists, not a party.)
    words = [w for w in re.findall(r"[a-z][\w-]+", part.group(2) or part.group(4)) if content_words(w)]
    if not words:
        return None
    for sentence in sentences:
        for said in _PART_SAID.finditer(fold(sentence)):
            if _NUMBERS.get(said.group(1), said.group(1)) != number:
                continue
            heads = _heads(said.group(2))
            # (Any of its words: "going to Socialists", "members of the PS" name them too.)
            if any(_heads(w) & heads for w in words):
                return None
            at, end = part.span(2) if part.group(2) else part.span(4)
            shown = claim[at:end] if len(claim) == len(folded) else folded[at:end]
            return words[-1], f"the source gives this part as {said.group(2)}, not as {shown.strip()}"
    return None


# A body's members named by a party ("LFI executives", « des cadres de LFI »).
_MEMBERS = r"(?:executives|officials|leaders|cadres|members|membres|elus|deputies|deputes|activists|militants)"
_MEMBERS_OF = lazy(
    rf"\b([a-z][\w-]+)\s+{_MEMBERS}\b|\b{_MEMBERS}\s+(?:of\s+(?:the\s+)?|du\s+|de\s+(?:la\s+)?|d')([a-z][\w-]+)"
)
_MEMBERS_IN_ENGLISH = {"cadres": "executives", "membres": "members", "deputes": "deputies", "militants": "activists"}
# (Apart, for "des cadres de LFI", where the first reading takes "des cadres".)
_OF_PARTY = lazy(rf"\b{_MEMBERS}\s+(?:of\s+(?:the\s+)?|du\s+|de\s+(?:la\s+)?|d')()([a-z][\w-]+)")


def _claimed_members(claim: str, folded: str) -> tuple[str, str, str] | None:
    """The body's members a claim gives to a party by name ("LFI executives", « des cadres de
    LFI »): (the party folded, the members' noun in the source's English, the party as written);
    None when it gives none, or gives them to his own party."""
    if len(claim) != len(folded):
        return None

    def named(m: re.Match[str]) -> bool:
        # (A party's name, written with a capital: not "the most hostile deputies".)
        at = m.start(1) if m.group(1) else m.start(2)
        return claim[at].isupper() and bool(content_words(m.group(1) or m.group(2)))

    found = next((m for m in _MEMBERS_OF.finditer(folded) if named(m)), None) or next(
        (m for m in _OF_PARTY.finditer(folded) if named(m)), None
    )
    if found is None:
        return None
    party = found.group(1) or found.group(2)
    noun = re.search(_MEMBERS, found.group())
    if party in HIS_PARTY_WORDS or noun is None:
        return None
    at, end = found.span(1) if found.group(1) else found.span(2)
    return party, _MEMBERS_IN_ENGLISH.get(noun.group(), noun.group()), claim[at:end]


def _members_of_another_party(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A body's members the claim gives to a party that the evidence names in the same sentence
    only as another side ("LFI executives challenged Faure": "while negotiations were under way
    between LFI and the PS, 1,000 local and national party executives challenged Faure": his
    party's)."""
    claimed = _claimed_members(claim, folded)
    if claimed is None:
        return None
    party, members, name = claimed
    for sentence in sentences:
        said = fold(sentence)
        spot = re.search(rf"((?:[\w-]+\s+){{0,4}}){members}\b", said)
        if spot is None or not re.search(rf"\b{re.escape(party)}\b", said):
            continue
        if re.search(rf"\b{re.escape(party)}\b", spot.group(1)) or re.search(
            rf"\b{members}\s+(?:of|from|du|de)\s+(?:the\s+|la\s+)?{re.escape(party)}\b", said
        ):
            return None
        return name, f"the source does not give these {members} to {name}"
    return None


# A party's name as the source writes it before its members ("several PS executives").
_PARTY_BEFORE_MEMBERS = lazy(rf"\b([A-Z]{{2,5}})\s+{_MEMBERS}\b")


def _members_of_a_named_party(
    store: Store, claim: str, folded: str, sentences: list[str]
) -> tuple[str, str, str] | None:
    """A body's members the claim gives to one party where the evidence gives the same members to
    another by name ("the votes of LFI deputies": "Votes of PS deputies weren't needed"): REFUTED."""
    claimed = _claimed_members(claim, folded)
    if claimed is None:
        return None
    party, members, name = claimed
    # (The claim's other words, which the sentence must share three of: "votes", "needed",
    # "escape"; a neighbour's "PS deputies" of another deed is not these.)
    others = [set(g) for g in concepts(folded) if party not in g and not set(g) & set(content_words(members))]
    for sentence in _with_neighbours(store, sentences, reach=2):
        if re.search(rf"\b{re.escape(party)}\b", fold(sentence)):
            continue  # (the sentence names the claim's party too: the rule above reads it)
        told = set(content_words(sentence))
        if sum(1 for g in others if g & told) < 3:
            continue
        for said in _PARTY_BEFORE_MEMBERS.finditer(sentence):
            if fold(said.group()).endswith(members) and fold(said.group(1)) != party:
                other = said.group(1)
                return name, f"the source gives these {members} to the {other}", f"{other} {members}, not {name}"
    return None


# Whose candidate the claim makes him (folded): « le candidat d'EELV », "EELV's candidate", "the
# Greens' candidate", "nominated by EELV", « investi par les écologistes ».
_CANDIDATE_OF = lazy(
    r"\bcandidat(?:e)?\s+(?:d'|de\s+(?:la\s+|l')?|du\s+|des\s+)(?P<a>[\w-]+(?:\s+[\w-]+)?)"
    r"|\b(?:the\s+)?(?P<b>[\w-]+)(?:'s?|s')?\s+candidate\b"
    r"|\b(?:nominated|chosen|designated|endorsed|investi|investie|designe|choisi)\s+(?:by|par)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?"
    r"(?P<c>[\w-]+(?:\s+[\w-]+)?)"
)
# In the source: the party that nominated him, and a party's own candidate by name.
_NOMINATED_BY = lazy(r"\bnominated by (?:the )?(?P<p>[\w-]+) as its candidate")
_THEIR_CANDIDATE = lazy(r"\((?P<p>[A-Z]{2,5})\),? who withdrew their candidate, (?P<n>[^,.]+)")


def _party_stems(words: str) -> set[str]:
    return set(content_words(words)) - {"party", "parti"}


def _candidate_of_a_party(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str, str] | None:
    """He was some party's candidate, where the source has another party nominate him and the
    claim's party run someone else ("Faure was EELV's candidate": "nominated by the PS as its
    candidate"; EELV "withdrew their candidate, Jean-Marc Brûlé"): REFUTED."""
    if not HE_OPENS.match(claim):
        return None
    found = _CANDIDATE_OF.search(folded)
    if found is None:
        return None
    party = _party_stems(found.group("a") or found.group("b") or found.group("c"))
    if not party:
        return None
    nominated = ""
    others: dict[str, str] = {}
    for sentence in _with_neighbours(store, sentences):
        by = _NOMINATED_BY.search(sentence)
        nominated = by.group("p") if by else nominated
        for theirs in _THEIR_CANDIDATE.finditer(sentence):
            others[theirs.group("p")] = theirs.group("n")
    if not nominated or party & _party_stems(nominated):
        return None
    for other, name in others.items():
        if party & _party_stems(other):
            said = found.group().split()[-1]
            return (
                said,
                f"the source has the {nominated} nominate him; {other}'s candidate was {name}",
                (f"the {nominated}'s candidate; {other}'s was {name}"),
            )
    return None


# A thing said for or against something ("proposals against cooperation"), the claim's side.
# (Not "votes": "28 votes against 3 votes for Delphine Batho" are two sides' counts.)
_SIDED = r"(?:proposals?|propositions?|positions?|stances?|amendments?|amendements?|motions?|arguments?)"
_FOR_OR_AGAINST = lazy(
    rf"\b(?P<n>{_SIDED})\s+(?P<s>for|in\s+favou?r\s+of|pour|en\s+faveur\s+d[eu]?|against|contre|opposed\s+to)\s+"
    r"(?:(?:the|a|an|la|le|les|l'|une?|d')\s*)?(?P<w>[\w-]+)"
)
_SIDE_AGAINST = frozenset({"against", "contre", "opposed to"})


def _for_against_swapped(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str, str] | None:
    """A thing the claim puts for something where the source puts it against it, or the other
    way round ("Delga's proposals for cooperation": "Carole Delga's proposals against
    cooperation"): REFUTED."""
    mine = _FOR_OR_AGAINST.search(folded)
    if mine is None:
        return None
    side = " ".join(mine.group("s").split()) in _SIDE_AGAINST
    noun, thing = set(content_words(mine.group("n"))), set(content_words(mine.group("w")))
    if not noun or not thing:
        return None
    for sentence in sentences:
        for said in _FOR_OR_AGAINST.finditer(fold(sentence)):
            if not (set(content_words(said.group("n"))) & noun and set(content_words(said.group("w"))) & thing):
                continue
            if (" ".join(said.group("s").split()) in _SIDE_AGAINST) != side:
                return (
                    mine.group("s"),
                    "the source gives the other side",
                    f"{said.group('s')} {said.group('w')}, not {mine.group('s')}",
                )
    return None


# A deed's noun with its owner, in the claim: "Bayrou's decision", « la décision de Bayrou ».
_OWNED_NOUN = (
    r"(?:decisions?|positions?|proposals?|choices?|strategy|amendments?|motions?|stances?|propositions?|choix"
    r"|strategie|amendements?)"
)
_OWNER_BEFORE = lazy(rf"\b(?P<o>[\w-]+)'s\s+(?P<n>{_OWNED_NOUN})\b")
_OWNER_AFTER = lazy(rf"\b(?P<n>{_OWNED_NOUN})\s+(?:de|du|d')\s*(?P<o>[\w-]+)")


def _owner_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A decision, position or proposal the claim gives an owner the evidence does not ("Bayrou's
    decision was criticised by LFI": "This decision", the PS's, two sentences before;
    « la décision de Bayrou »)."""
    found = _OWNER_BEFORE.search(folded) or _OWNER_AFTER.search(folded)
    if found is None:
        return None
    owner, noun = found.group("o"), set(content_words(found.group("n")))
    # (A name, as written: « la motion de censure » has no owner.)
    named = len(claim) == len(folded) and claim[found.start("o")].isupper()
    if not named or owner == "faure" or not content_words(owner):
        return None
    told = _with_neighbours(store, sentences, reach=2)
    for sentence in sentences:
        said = fold(sentence)
        for spot in re.finditer(r"\b(?:(?P<o>[\w-]+)'s|this|that|cette|ce)\s+(?P<n>[\w-]+)", said):
            if not set(content_words(spot.group("n"))) & noun:
                continue
            if spot.group("o"):
                if spot.group("o") == owner:
                    return None
                continue
            # ("This decision": whoever a sentence just before opens with, "PS decided …".)
            at = told.index(sentence) if sentence in told else -1
            if any(fold(t).startswith(owner) or fold(t).split()[:3].count(owner) for t in told[max(0, at - 3) : at]):
                return None
        for made in re.finditer(
            r"\b(?:initiated|proposed|tabled|filed|moved|brought|deposee|initiee|proposee)\s+(?:by|par)\b", said
        ):
            if any(set(content_words(w)) & noun for w in said[max(0, made.start() - 80) : made.start()].split()):
                return None  # (its maker named by a "by" phrase, maybe by another name: "La France Insoumise")
        if re.search(rf"\b{re.escape(owner)}\b", said) and re.search(
            rf"\b{re.escape(owner)}\b[^,.;]{{0,30}}\b(?:decided|decision|proposed|proposals?|position)\b", said
        ):
            return None
    return found.group(
        "o"
    ), f"the source does not give this {found.group('n')} to {claim[found.start('o') : found.end('o')]}"


# Born in a place named by what it is to him ("born in his constituency", « né dans sa
# circonscription », "born in the town he represents").
_BORN_IN_HIS = lazy(
    r"\b(?:born|ne|nee)\s+(?:in|at|a|en|dans)\s+(?:his|her|their|sa|son|ses|the\s+(?:town|city|department|region)\s+(?:he|she)"
    r"|la\s+(?:ville|commune|circonscription)\s+qu'?\s*(?:il|elle))\b"
)


def _born_in_his(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A birthplace given as a place of his life ("born in his constituency"): the source names
    his birthplace only by its own name, and never links it to the others."""
    found = _BORN_IN_HIS.search(folded)
    return None if found is None else (found.group(), "the source names his birthplace, never as this")


_RULES = (
    _rival_given_the_post,
    _part_given_another,
    _members_of_another_party,
    _owner_of_another,
    _born_in_his,
    _leaving_untold,
    _seat_lost_unheld,
    _candidacy_of_another,
    _reversed_thing,
    _number_only_denied,
    _field_head_dropped,
    _ordinal_of_title,
    _bound_over_all,
    _sides_added,
    _age_of_another,
    _deed_of_another,
    _deed_of_a_group,
    _described_taken_for_named,
    _whole_for_some,
    _work_not_told,
    _place_as_doer,
    _age_of_someone_else,
    _office_now_of_another,
    _post_taken_by_another,
    _times_untold,
    _offer_as_done,
)


# ---------------------------------------------------------------------------------------------
# A stance, a body or a manner the evidence does not give.

# A proposal "against" something ("proposed against cooperation", « des propositions contre »): a
# stance of its own, which a sentence of his proposing something else does not hold.
_PROPOSED_AGAINST = lazy(
    r"\b(?:propos\w*|suggest\w*|sugger\w*|plaid\w*|pleaded|pleading)\s+(?:\w+\s+){0,1}?(?:against|contre)\b"
)
_AGAINST = lazy(r"\b(?:against|contre)\b")


def _proposal_against_untold(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A proposal claimed "against" something where no evidence sentence says "against" ("Faure
    proposed against cooperation with LFI": he proposed discussing it; the proposals against it
    were Carole Delga's, which the evidence of his does not hold)."""
    found = _PROPOSED_AGAINST.search(folded)
    if found is None or any(_AGAINST.search(fold(s)) for s in sentences):
        return None
    return found.group(), "the evidence tells no proposal against this"


# A government (a Prime Minister's ministers), which a president's cabinet, his own staff, is not.
_GOVERNMENT = lazy(r"\b(?:government|gouvernement)s?\b")
_CABINET_OR_MINISTRY = lazy(r"\b(?:government|gouvernement|minist\w*|cabinet)\b")


def _cabinet_for_government(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A government claimed where every evidence sentence naming a cabinet says a cabinet, not a
    government or a ministry ("married to a member of Macron's government": Soria Blatmann was a
    member of his presidential cabinet)."""
    found = _GOVERNMENT.search(folded)
    if found is None:
        return None
    said = [_CABINET_OR_MINISTRY.findall(fold(s)) for s in sentences]
    if not any("cabinet" in words for words in said) or any(w != "cabinet" for words in said for w in words):
        return None
    return found.group(), "the evidence names a cabinet, not a government"


# How a thing was done, which the source says in words of its own or not at all.
_MANNER = lazy(
    r"\b(?:personally|personnellement|publicly|publiquement|openly|ouvertement|privately|en\s+prive|secretly|"
    r"secretement|explicitly|explicitement)\b"
)


def _manner_untold(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A manner ("personally", « publiquement ») no evidence sentence gives, by its first five
    letters ("Mélenchon a critiqué personnellement Faure": LFI criticised the party's decision)."""
    found = _MANNER.search(folded)
    if found is None:
        return None
    head = found.group().split()[-1][:5]
    if any(head in fold(s) for s in sentences):
        return None
    return found.group(), f"the evidence does not say it was done {found.group()}"


# A thing done by a named doer in the passive ("…this compromise, which was opposed by Manuel
# Valls", "This proposal was criticized by several figures"): the thing, the participle.
_DONE_BY_ANOTHER = lazy(
    r"\b([a-z][\w-]{3,})(?:\s*,)?(?:\s+(?:which|that|qui))?\s+(?:was|were|had\s+been|has\s+been|a\s+ete|ont\s+ete|"
    r"avait\s+ete|fut|etait)\s+(?:[a-z]+ly\s+)?([a-z][\w-]{3,})\s+(?:by|par)\s+(?!(?:him|lui|faure|olivier)\b)"
)
_HE_DOES = lazy(
    r"(?:(?:in|on|at|during|after|from|then|en|le|au|apres|a)\b[^,]{0,60},\s*)*(?:(?:olivier\s+)?faure|he|il)\b(?!')"
)


def _heads(word: str) -> set[str]:
    """A word's first four letters, and those of the stems it stands for."""
    return {word[:4]} | {c[:4] for g in concepts(word) for c in g}


def _deed_of_the_passive_doer(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A deed claimed of him (his the subject) to a thing an evidence sentence has done by
    someone else, in the passive ("Faure opposed the compromise" / "…on this compromise, which
    was opposed by Manuel Valls"), when no evidence sentence has him do it to that thing."""
    opens = _HE_DOES.match(folded)
    if opens is None or _DONE_BY_ANOTHER.search(folded):
        return None  # (or the claim gives the passive's doer itself)
    # ("was against it", « était contre »: opposed it.)
    stance = re.sub(r"\b(?:was|were|is|etait|est)\s+(?:against|contre)\b", "opposed", folded[opens.end() :])
    words = re.findall(r"[a-z][\w-]{3,}", stance)
    for sentence in sentences:
        said = fold(sentence)
        for done in _DONE_BY_ANOTHER.finditer(said):
            verb, thing = done.group(2)[:4], done.group(1)[:4]
            at = next((n for n, w in enumerate(words) if verb in _heads(w)), None)
            if at is None or not any(thing in _heads(w) for w in words[at + 1 :]):
                continue
            # (Not when a sentence has him do it to that thing himself: "Faure opposed X".)
            if any(
                re.search(rf"\b(?:faure|he|il)\s+(?:\w+\s+)?{verb}\w*\s+(?:\w+\s+){{0,4}}?{thing}", fold(s))
                for s in sentences
            ):
                return None
            doer = sentence[done.end() :].split(",")[0].split(".")[0].strip()
            return words[at], f"the source says this was done by {doer}, not by him"
    return None


# A day's date ("22 June 2017", « le 22 juin 2017 », "June 22, 2017"): its day and month.
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars"
    "|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
_DAY_DATE = lazy(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTHS})\b|\b({_MONTHS})\s+(\d{{1,2}})\b")
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
# A month and a year without a day ("June 2017", « juin 2017 »).
_MONTH_DATE = lazy(rf"\b({_MONTHS})\s+(\d{{4}})\b")
# A month's name in the other language (a claim in French, the source in English).
_MONTH_NAMES = {
    f: (f, e)
    for f, e in zip(
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(),
        "january february march april may june july august september october november december".split(),
        strict=True,
    )
}
# A claim of his seat in parliament: the National Assembly by another name.
_SEAT_CLAIMED = lazy(r"\b(?:parliament|parlement|assembl\w*|deput\w*|seat|siege)\b")
_SEAT_KEPT = lazy(r"\b(?:kept|keeps|retained|held\s+on\s+to|a\s+conserve|a\s+garde)\s+(?:his|son)\s+(?:seat|siege)\b")
_FIELD_LINE = lazy(r"^[A-Z][\w ]*\d*:\s")
_NOT_CONTENT = frozenset(
    "faure olivier with from that this their there which when were been have into after before against "
    "avec pour dans depuis apres avant".split()
)


def _seat_word(word: str) -> bool:
    """Whether a claim's word names his seat: parliament, the (National) Assembly, a deputy."""
    return bool(_SEAT_CLAIMED.fullmatch(word)) or word in ("national", "nationale")


def _seat_heads(word: str) -> set[str]:
    """A word's heads, with the National Assembly's for parliament's and a deputy's."""
    heads = _heads(word)
    return heads | {"asse", "nati"} if _SEAT_CLAIMED.fullmatch(word) else heads


def _date_of_another_clause(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A day's date claimed for a fact whose words an evidence sentence gives without it, where the
    one sentence holding the date tells something else ("re-elected to the National Assembly on
    22 June 2017": that day he was re-elected to the presidency of the Socialist group; his seat's
    re-election is told in the sentence before, with no day)."""
    day = _DAY_DATE.search(folded)
    month_only = day is None
    day = day or _MONTH_DATE.search(folded)
    if day is None or any(_FIELD_LINE.match(s) for s in sentences):
        return None
    # (Beyond a day in the source's words, only for his seat, whose re-election the source tells
    # undated beside the dated one: a month alone, « juin », one sentence cited, "re-elected to
    # parliament": the sentence before tells it.)
    alone = len(sentences) < 2
    stretched = alone or month_only or not re.fullmatch(_MONTHS_EN, day.group(2) or day.group(3) or "")
    if stretched and not _SEAT_CLAIMED.search(folded):
        return None
    if alone:
        sentences = _with_neighbours(store, sentences)
    if month_only:
        # A month without a day ("in June 2017", « en juin 2017 »): a sentence dating that month.
        month = day.group(1)
        months = _MONTH_NAMES.get(month, (month,))
        dated = [s for s in sentences if any(re.search(rf"\b{m}\s+{day.group(2)}\b", fold(s)) for m in months)]
    else:
        number, month = day.group(1) or day.group(4), day.group(2) or day.group(3)
        months = _MONTH_NAMES.get(month, (month,))
        dated = [
            s
            for s in sentences
            if any(re.search(rf"\b{number}(?:er)?\s+{m}\b|\b{m}\s+{number}\b", fold(s)) for m in months)
        ]
    if len(dated) != 1:
        return None
    held = {h for w in re.findall(r"[a-z][\w'-]+", fold(dated[0])) for h in _heads(w)}
    others = [
        {h for w in re.findall(r"[a-z][\w'-]+", fold(s)) for h in _heads(w)} for s in sentences if s is not dated[0]
    ]
    words = [w for w in re.findall(r"[a-z][\w-]{3,}", folded) if w not in _NOT_CONTENT and not re.fullmatch(_MONTHS, w)]
    if _SEAT_KEPT.search(folded):
        words.append("re-elected")  # keeping his seat is his re-election (as verify reads it)
    mine = {h for w in words for h in _heads(w)}
    shared = {h for w in words for h in _heads(w) & held if any(h in other for other in others)}
    # (Another sentence tells the same deed, a word of the claim held by both, "re-elected", and
    # the dated one gives that deed an object of its own, "to the presidency": not "won the
    # election with 86% of the vote on 29 March", the claim's election as First Secretary.)
    said = re.findall(r"[a-z][\w-]+", fold(dated[0]))
    spots = [n for n, w in enumerate(said) if _heads(w) & shared]
    if not any(
        len(w) >= 5 and w not in _NOT_CONTENT and not _heads(w) & mine for n in spots for w in said[n + 1 : n + 5]
    ):
        return None
    for word in words:
        if _heads(word) & held:
            continue
        if stretched and not (_seat_word(word) and any(_seat_heads(word) & other for other in others)):
            continue  # (his seat's word, which another sentence tells)
        if shared:
            shown = claim[day.start() : day.end()] if len(claim) == len(folded) else day.group()
            return word, f"the source dates {shown} something else; it tells this without that date"
    return None


# A pronoun after one other person named, in a claim that does not name him: it reads as that
# person's ("Le Foll withdrew from the race, making him presumptive"), unless the clause's own
# object ("Chantal Brunel beat him": not herself) or a man's pronoun after a woman's name. (Not
# "his": "Valls refused his compromise amendment" is read as Faure's by those who write so.)
_PRONOUN = lazy(r"\b(he|him)\b")
_CLAUSE_BREAK = lazy(r"[,;:(]|\b(?:and|which|who|that|while|when|after|before|because)\b")
# Women's first names (a man's pronoun after one is not hers): the source's and common French ones.
_WOMEN = frozenset(
    "martine carole chantal delphine valerie helene segolene soria audrey amandine cathy corinne gabrielle najat "
    "anne marine elisabeth christiane sandrine nathalie isabelle sophie catherine laurence marie clementine "
    "aurore johanna barbara rachida myriam laure celine agnes florence emmanuelle patricia sylvie monique "
    "francoise elise juliette karima fleur ursula angela".split()
)


def _pronoun_of_another(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A pronoun that reads as the one other person the claim names, where the evidence names him
    in its place ("Le Foll's withdrawal made him the presumptive first secretary" / "… making
    Faure the presumptive first secretary")."""
    if "faure" in folded or "olivier" in folded:
        return None
    named = _people_in_text(store, claim)
    if len({n for _, n in named}) != 1 or named[0][1] == store.person.name:
        return None
    at, person = named[0]
    written = _WRITTEN_NAME.match(claim, at)
    end = written.end() if written else at
    pronoun = _PRONOUN.search(folded, end)
    if pronoun is None or fold(person).split()[0] in _WOMEN:
        return None
    owned = folded[end : end + 2] in ("'s", "’s") or folded[:end].endswith(("'s", "’s"))
    if pronoun.group() == "him" and not owned and not _CLAUSE_BREAK.search(folded[end : pronoun.start()]):
        return None  # the object of the person's own verb is someone else
    after = [w for w in re.findall(r"[a-z][\w-]{3,}", folded[pronoun.end() :]) if w not in _NOT_CONTENT][:1]
    if not after:
        return None
    wanted = _heads(after[0])
    for sentence in sentences:
        said = fold(sentence)
        for him in re.finditer(r"\bfaure\b", said):
            following = re.findall(r"[a-z][\w-]+", said[him.end() :])[:3]
            if any(_heads(w) & wanted for w in following):
                return pronoun.group(), f"the pronoun reads as {person}'s; the source says this of {store.person.name}"
    return None


# A verb with him as its object ("criticised Faure", « a critiqué Faure »): the verb's word.
_DONE_TO_FAURE = lazy(r"\b([a-z][\w-]{3,})\s+(?:olivier\s+)?faure\b(?!')")
_NOT_A_VERB = frozenset("with from against about than like avec pour contre chez that said told".split())
_HIM_NAMED = lazy(r"\b(?:faure|he|him|his|il|lui)\b")


def _done_to_something_else(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A deed claimed done to him where every evidence sentence holding its verb names him
    nowhere ("LFI criticised Faure", « Mélenchon a critiqué Faure »: "This decision was sharply
    criticised by LFI", the party's decision)."""
    found = _DONE_TO_FAURE.search(folded)
    if found is None or found.group(1) in _NOT_A_VERB:
        return None
    verb = found.group(1)[:5]
    # (With the sentences beside: the verb may be found a few after, "This decision was
    # sharply criticised by LFI" after the one naming the party's decision.)
    said = [fold(s) for s in _with_neighbours(store, sentences, 3) if not _FIELD_LINE.match(s)]
    holding = [s for s in said if re.search(rf"\b{verb}", s)]
    if not holding or any(_HIM_NAMED.search(s) for s in holding):
        return None
    return found.group(1), "the evidence tells this done to something else, not to him"


# "They" opening a deed: the group the sentence before has as its subject ("1,000 … party
# executives challenged Faure …. They denounced the proposal as a 'surrender'").
_THEY = frozenset({"they", "ils", "elles"})
_THEY_SAID = lazy(r"(?i)\b(?:they|ils|elles)\b")
_LINK_WORDS = frozenset("have had has were are did also then later ont avaient ont".split())


def _deed_of_they(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A deed the source tells of "they", the group the sentence before has as its subject, claimed
    of another ("LFI denounced Faure's proposal as a surrender": the party executives did, in a
    sentence naming LFI only in passing), or of that group with an object another sentence gives
    ("The 1,000 executives denounced Faure's right of inspection proposal": they denounced the
    pact with LFI; "right of inspection" is his own proposal, told elsewhere)."""
    from faurecli.agents import _tokens, first_verb, token_word, verb_stems, verbs

    # (Cheap first: a "they" in the evidence or beside it.)
    near = [s for s in _with_neighbours(store, sentences, 1) if _THEY_SAID.search(s)]
    if not near:
        return None
    i = first_verb(claim)
    if i is None:
        return None
    claimed = _tokens(claim)
    stems = verb_stems(token_word(claim, i))
    if claimed[i][1] in ("was", "were"):
        return None
    # The claim's doer: the words before its verb, or after its "by" ("… was denounced by LFI").
    by = next((n for n in range(i + 1, len(claimed)) if claimed[n][1] in ("by", "par")), None)
    doer_tokens = claimed[by + 1 :] if by is not None else claimed[:i]
    doer = {t[1][:5] for t in doer_tokens if t[2] == 0 and t[1] not in _NOT_CONTENT and len(t[1]) > 2}
    doer -= {"the", "les", "des", "with", "local", "natio", "party"}
    if not doer or doer & {"faure", "he", "il", "olivi", "his"}:
        return None
    units, at = _positions(store)
    told: list[tuple[str, set[str]]] = []
    for sentence in near:
        tokens = _tokens(sentence)
        for j in verbs(sentence, stems):
            k = j
            while k > 0 and tokens[k - 1][1] in _LINK_WORDS:
                k -= 1
            if not k or tokens[k - 1][1] not in _THEY:
                continue
            n = at.get(sentence)
            before = units[n - 1].text if n else ""
            v = first_verb(before) if before else None
            if v is None:
                return None
            told.append((before, {t[1][:5] for t in _tokens(before)[max(0, v - 5) : v] if t[2] == 0}))
            told.append((sentence, set()))
    if not told:
        return None
    theirs = [(said, words) for said, words in told if words]
    if not any(doer & words for _, words in theirs):
        return claimed[by + 1 if by is not None else 0][0], "the evidence has another group do it, named before"
    # Their deed's object, with the claim's object words: each in their sentences or none.
    own = " ".join(fold(said) for said, _ in told)
    after = claimed[i + 1 : by] if by is not None else claimed[i + 1 :]
    for t in after:
        if t[2] != 0 or len(t[1]) < 4 or t[1] in _NOT_CONTENT or t[1] in ("faure", "olivier"):
            continue
        if not any(h in own for h in _heads(t[1])) and any(t[1][:4] in fold(s) for s in sentences):
            return t[0], "the evidence tells their deed of another thing; this word is another sentence's"
    return None


# A share claimed ("less than 5 %", "6.2%"): its figure.
_SHARE = lazy(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|pour\s*cent)")
# A name in the claim, not its first word: capitalised, not all capitals (a party's acronym).
_NAME_IN = lazy(r"(?<=\s)[A-ZÀ-Ý][a-zà-ÿ][\w'’-]+")


def _name_of_another_figure(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A share claimed with a name that only another evidence sentence gives, neither the one
    holding the share nor the two before it ("Les sondages Harris Interactive prévoyaient moins de
    5 %": "several polls" projected it in 2019; a Harris Interactive poll of 2018 is another)."""
    share = _SHARE.search(claim)
    if share is None or len(sentences) < 2:
        return None
    units, at = _positions(store)
    # Each share's sentence and the two before it: a claim giving two shares ("defying polls that
    # had it under 5%, the list took 6.2% …, three of them for Socialists") names what either's
    # sentences hold (the 6.2%'s sentence gives the three Socialists).
    contexts: list[tuple[str, str]] = []
    for claimed in _SHARE.finditer(claim):
        figure = claimed.group(1).replace(",", ".")
        holding = [s for s in sentences if re.search(rf"(?<![\d.]){re.escape(figure)}\s*%", s.replace(",", "."))]
        n = at.get(holding[0]) if len(holding) == 1 else None
        if n is None:
            if not contexts:
                return None  # (the first share's sentence unknown, as before: nothing to tell)
            continue
        contexts.append((holding[0], " ".join(fold(u.text) for u in units[max(0, n - 2) : n + 1])))
    held = {h for h, _ in contexts}
    for name in _NAME_IN.findall(claim):
        word = fold(name).removesuffix("'s").removesuffix("’s")
        if any(re.search(rf"\b{re.escape(word)}\b", c) for _, c in contexts) or fold(name) in _NOT_CONTENT:
            continue
        if any(re.search(rf"\b{re.escape(word)}\b", fold(s)) for s in sentences if s not in held):
            return name, f"the source names {name} in another sentence, not with this figure"
    return None


# Calling something by a word ("called it unfortunate", « a qualifié l'expression de malheureuse »).
_CALLING = lazy(r"\b(?:call(?:s|ed|ing)?|describ\w*|termed|dubbed|label+ed|qualifi\w*|traite\w*|decri\w*)\b")


def _judgement_of_his(store: Store, claim: str, folded: str, sentences: list[str]) -> tuple[str, str] | None:
    """A judgement ("unfortunate") claimed of someone other than him, where every sentence near the
    evidence giving that word opens on him as its subject (« Plusieurs personnalités de gauche ont
    qualifié l'expression de malheureuse »: Faure walked back the expression, "calling it
    'unfortunate'"; the figures on the left criticised the proposal)."""
    if _HIM_SAID.search(folded):
        return None
    calling = _CALLING.search(folded)
    if calling is None:
        return None
    words = [w for w in re.findall(r"[a-z][\w-]{4,}", folded[calling.end() :]) if w not in _NOT_CONTENT]
    if not words:
        return None
    # (The last word, the judgement: « malheureuse », by its stem and the one it stands for.)
    said = {c[:6] for g in concepts(words[-1]) for c in g} | {words[-1][:6]}
    holding = [s for s in _with_neighbours(store, sentences, 2) if any(h in fold(s) for h in said)]
    if not holding or not all(HE_OPENS.match(s) for s in holding):
        return None
    return words[-1], f"the source has {store.person.name} say this, not another"


# The rules above, after the first ones (kept apart so that each one's place shows).
_ALL_RULES = (
    *_RULES,
    _proposal_against_untold,
    _cabinet_for_government,
    _manner_untold,
    _deed_of_the_passive_doer,
    _date_of_another_clause,
    _pronoun_of_another,
    _done_to_something_else,
    _deed_of_they,
    _name_of_another_figure,
    _judgement_of_his,
)
