"""Who did it: the doer (agent) of a verb in a sentence, read from its voice, for `verify` to set
a claim's doer against its evidence's ("The PS sharply criticised LFI's decision" / "This
decision was sharply criticised by LFI"); and whose words each phrase of a sentence is (a name's
title, apposition and relative clause), for `ask` and `verify` to give a role or a deed to the
one the sentence gives it. Pure: it reads texts and the surnames it is given.

Only names are doers here: a person (by surname), Faure's "he", or a body named by an acronym
("PS", "LFI") or by a name holding a body's word ("La France Insoumise", "Socialist Party").
Anything else before a verb ("the Prime Minister", "several figures", "she") is a doer not known,
and a doer not known settles nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from faurecli import lexicon
from faurecli.analysis import canonical, fold
from faurecli.patterns import lazy

# A word (hyphens kept: "Jean-Luc"), a possessive "'s", a figure or a mark that ends a phrase.
_TOKEN = lazy(r"(['’]s\b)|([^\W\d_]+(?:-[^\W\d_]+)*)|(\d+(?:[.,]\d+)*)|([,;:.()\"«»“”!?])")

# Words of a body's name: the name is a body's when it holds one of them.
_BODY_WORDS = frozenset(
    "party parti group groupe insoumise insoumis front rally rassemblement union alliance movement mouvement "
    "marche greens office bureau council conseil".split()
)
# Words that tell no body from another ("the Socialist Party" is told by "Socialist").
_GENERIC = frozenset(
    "party parti group groupe union alliance movement mouvement office bureau council conseil national nationale "
    "french francais francaise".split()
)
_ARTICLES = frozenset("the la le les l".split())
# Capitalised words that open a sentence and name no one ("The", "On", "After"); his name is kept.
_OPENERS = _ARTICLES | (lexicon.STOPWORDS - {"faure", "olivier"})
# Between a doer and its verb: auxiliaries, negations, adverbs of time and manner.
_LINKS = frozenset(
    "has had have was were is are did does do not never also then later ultimately finally duly subsequently "
    "again already once still a ont avait avaient est sont etait fut ete n ne pas jamais aussi alors ensuite "
    "finalement deja s se".split()
)
_BE = frozenset("was were been being is are be ete etait fut sont".split())
# French adverbs that stand between an auxiliary and its participle ("a déjà soutenu", "a
# finalement voté"; those in "-ment" are read by their ending).
_ADVERBS = frozenset("deja aussi alors ensuite bien mal toujours jamais pas plus tres beaucoup".split())
_BY = frozenset({"by", "par"})
# An infinitive's marker, after the verb that governs it ("decided not to support").
_TO = frozenset({"to", "pour", "de", "d"})
# Verbs whose infinitive is their object's deed, not their subject's ("asked him to run").
_OBJECT_CONTROL = frozenset(
    canonical(w)[0]
    for w in "asked urged allowed permitted invited persuaded convinced encouraged forced helped wanted told "
    "ordered appointed named chose chosen elected nominated called pushed pressed enabled expected required "
    "demande pousse invite autorise nomme choisi".split()
)
_CLAUSE_END = frozenset({".", ";", ":", "!", "?"})
_JOIN = frozenset({"and", "et", ","})
_HIM = frozenset({"he", "il"})
_OTHERS = frozenset({"she", "they", "elle", "ils", "elles", "latter", "former", "who", "which", "qui"})
_IRREGULAR = frozenset(
    "won lost beat ran left quit chose withdrew took made met led became sold went came held gave wrote fell "
    "rose grew ousted".split()
)
# A French past participle as written ("critiqué", "soutenu", "choisi").
_PARTICIPLE_END = ("é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue", "us")
_FRENCH_AUX = frozenset({"a", "ont", "avait", "avaient"})
# (And a participle after "has", "had": "had become".)
_INFINITIVE_BEFORE = frozenset(
    {"to", "not", "did", "does", "do", "never", "will", "would", "pas", "has", "had", "have"}
)
# Words in "-ing" after a comma that are prepositions, not a participle of the clause's doer
# (", including", ", according to").
_JUDGED = frozenset({"it", "them", "this", "that", "these", "those"})
_NOT_PARTICIPLES = frozenset(
    "including according following during regarding concerning being having notwithstanding excluding "
    "pending considering nothing something anything everything morning evening".split()
)

Token = tuple[str, str, int]  # as written, folded, kind: 0 word, 1 possessive, 2 figure, 3 mark
# A doer: the keys that tell it and its name as written; None for one not known.
Doer = tuple[frozenset[str], str] | None
_FAURE: Doer = (frozenset({"faure"}), "Faure")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    found: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = (1, 0, 2, 3)[m.lastindex - 1] if m.lastindex else 3
        found.append((m.group(), fold(m.group()), kind))
    return tuple(found)


def _capital(token: Token) -> bool:
    return token[2] == 0 and token[0][:1].isupper()


def _is_verb(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the word at `i` is used as a verb: a past in "-ed", an irregular past, a French
    participle after "a"/"ont", or a plain form after "to", "not", "did"."""
    raw, word, kind = tokens[i]
    if kind or _capital(tokens[i]) or word in lexicon.STOPWORDS or word in _LINKS:
        return False
    if i and tokens[i - 1][1] == "the":
        return False  # a noun after its article ("figures on the left participated")
    if (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR:
        return True
    before = tokens[i - 1][1] if i else ""
    if _trailing_participle(tokens, i):
        return True
    if raw.endswith(_PARTICIPLE_END):
        # Past an adverb between the auxiliary and its participle ("a vivement critiqué",
        # "a finalement soutenu"): the participle is still the verb.
        j = i - 1
        while j > 0 and tokens[j][2] == 0 and (tokens[j][1].endswith("ment") or tokens[j][1] in _ADVERBS):
            j -= 1
        if j < i - 1:
            before = tokens[j][1]
        if before in _FRENCH_AUX or before in _BE:
            return True
    return before in _INFINITIVE_BEFORE


def _trailing_participle(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the word at `i` is a participle after its clause's main verb, judging what that
    clause named: ", calling it 'unfortunate'" (its doer is that verb's)."""
    word = tokens[i][1]
    before = i - 1
    while before > 0 and tokens[before][0] in '"“”»«':
        before -= 1  # (a quotation closed before the comma or after it: 'inspection," calling')
    return (
        before > 0
        and tokens[before][1] == ","
        and word.endswith("ing")
        and len(word) > 5
        and word not in _NOT_PARTICIPLES
        and tokens[i][2] == 0
        # (Of a judgement on what the clause named, ", calling it …"; not ", receiving 48% against
        # 26% for Le Foll", whose figures are two people's.)
        and i + 1 < len(tokens)
        and tokens[i + 1][1] in _JUDGED
    )


def _name_before(tokens: tuple[Token, ...], end: int) -> tuple[int, int] | None:
    """The run of capitalised words ending just before `end` (its articles left out)."""
    start = end
    while start > 0 and _capital(tokens[start - 1]):
        start -= 1
    while start < end and tokens[start][1] in _OPENERS:
        start += 1
    return (start, end) if start < end else None


def _name_after(tokens: tuple[Token, ...], start: int) -> tuple[int, int] | None:
    """The run of capitalised words starting at `start`, after an article."""
    while start < len(tokens) and tokens[start][1] in _ARTICLES:
        start += 1
    end = start
    while end < len(tokens) and _capital(tokens[end]):
        end += 1
    return (start, end) if start < end else None


def _agents(tokens: tuple[Token, ...], start: int, surnames: frozenset[str]) -> list[Doer] | None:
    """The doers of a "by" phrase starting at `start`: its first name, and every other person or
    body named after it in its clause ("by Martine Aubry, the mayor of Lille, and Carole
    Delga"); None when no name opens it."""
    span = _name_after(tokens, start)
    if span is None:
        return None
    found = [_who(tokens, span, surnames)]
    at = span[1]
    while at < len(tokens) and tokens[at][1] not in _CLAUSE_END:
        span = _name_after(tokens, at) if _capital(tokens[at]) else None
        if span is None:
            at += 1
            continue
        named = _who(tokens, span, surnames)
        if named is not None:
            found.append(named)
        at = span[1]
    return found


def _who(tokens: tuple[Token, ...], span: tuple[int, int], surnames: frozenset[str]) -> Doer:
    """The doer a run of words names, by the keys that tell it: a person's surname, a body's
    telling words, its acronym; None when the run is no name of a person or a body."""
    words = [t[1] for t in tokens[span[0] : span[1]]]
    raws = [t[0] for t in tokens[span[0] : span[1]]]
    name = " ".join(raws)
    if words[-1] in surnames:
        return frozenset({words[-1]}), name
    acronyms = {w for w, r in zip(words, raws, strict=True) if len(r) >= 2 and r.isupper()}
    if not acronyms and not set(words) & _BODY_WORDS:
        return None
    told = [w for w in words if w not in _GENERIC and w not in lexicon.STOPWORDS]
    keys = {s for w in told for s in canonical(w)} - {canonical(w)[0] for w in _GENERIC}
    if len(words) >= 2:
        # "La France Insoumise" is "LFI", with its article.
        article = [t[1] for t in tokens[max(0, span[0] - 1) : span[0]] if t[1] in _ARTICLES and t[0][:1].isupper()]
        keys.add("".join(w[0] for w in [*article, *words]))
        keys.add("".join(w[0] for w in words))
    return frozenset(keys | acronyms), name


def _joined_before(tokens: tuple[Token, ...], span: tuple[int, int], surnames: frozenset[str]) -> list[Doer]:
    """The doers joined to the one at `span` before it: "Faure and Valls had become"."""
    found: list[Doer] = []
    at = span[0]
    while at > 0 and tokens[at - 1][1] in _JOIN:
        before = _name_before(tokens, at - 1) if at > 1 and _capital(tokens[at - 2]) else None
        if before is None:
            break
        found.append(_who(tokens, before, surnames))
        at = before[0]
    return found


def _adverb(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the word at `k` is an adverb: English in "-ly", or French in "-ment" right after
    an auxiliary ("a vivement critiqué"; "the government" is no adverb)."""
    word = tokens[k][1]
    return word.endswith("ly") or (word.endswith("ment") and k > 0 and tokens[k - 1][1] in _FRENCH_AUX)


# A group of people named by a common noun ("critics", "his supporters", "several figures on the
# left", « ses partisans », « les frondeurs »): never Faure himself, but who they are, not told.
_GROUP_KEY = "<group>"
_GROUP_BEFORE = lazy(
    r"(?:^|\s)(?:(?:his|her|their|faure s|the|some|several|many|ses|leurs|les|des|plusieurs|certains|certaines|"
    r"de|nombreux|nombreuses)\s+)*(?:(?:left-wing|socialist|ps|leftist)\s+)?"
    r"(?:critics|detractors|detracteurs|opponents|opposants|adversaires|supporters|partisans|allies|soutiens|"
    r"frondeurs|rebels|rebelles|figures|personalities|personnalites|sympathisants)"
    r"(?:\s+(?:on|of|de)\s+(?:the\s+|la\s+)?(?:left|gauche)|\s+(?:de\s+)?gauche|\s+socialistes)?$"
)


def group_subject(claim: str) -> bool:
    """Whether the doer of a claim's first verb is a group named by a common noun ("critics")."""
    i = first_verb(claim)
    found = None if i is None else doers(claim, i, frozenset())
    return bool(found) and found is not None and all(d is not None and d[0] == {_GROUP_KEY} for d in found)


def _group_before(tokens: tuple[Token, ...], end: int) -> Doer:
    """A group named by a common noun right before `end` (its clause's words only); None if none."""
    start = end
    while start > 0 and end - start < 8 and tokens[start - 1][2] in (0, 1):
        start -= 1
    if start == end:
        return None
    words = " ".join("s" if t[2] == 1 else t[1] for t in tokens[start:end])
    found = _GROUP_BEFORE.search(words)
    if found is None:
        return None
    return frozenset({_GROUP_KEY}), " ".join(t[0] for t in tokens[start:end])[-len(found.group().strip()) :]


def _subject(tokens: tuple[Token, ...], i: int, surnames: frozenset[str]) -> list[Doer] | None:
    """The doers named right before the verb at `i` (past its auxiliaries, negations and
    adverbs; a relative pronoun's antecedent: "Benoît Hamon, who had left"); None when no name
    stands there."""
    if _trailing_participle(tokens, i):
        # (", calling it …": whoever did the clause's verb before the comma.)
        for j in range(i - 2, -1, -1):
            if tokens[j][1] in _CLAUSE_END:
                break
            if tokens[j][1] not in _BE and _is_verb(tokens, j) and not _trailing_participle(tokens, j):
                return _subject(tokens, j, surnames)
        return None
    at = i
    while at > 0 and (tokens[at - 1][1] in _LINKS or _adverb(tokens, at - 1)) and not _capital(tokens[at - 1]):
        at -= 1
    if at and tokens[at - 1][1] in ("who", "qui") and at > 1 and tokens[at - 2][1] == ",":
        at -= 2
    if at and tokens[at - 1][1] in _HIM:
        return [_FAURE]
    if at and tokens[at - 1][1] in _OTHERS:
        return [None]
    group = _group_before(tokens, at)
    if group is not None:
        return [group]
    if at > 1 and tokens[at - 1][1] in ("and", "et"):
        # A second verb of one subject ("Faure then clarified his argument and walked back …"):
        # the doer of the verb before it in the clause.
        for j in range(at - 2, max(-1, at - 14), -1):
            if tokens[j][1] in _CLAUSE_END or tokens[j][1] == ",":
                break
            k = j - 1
            while k > 0 and (_adverb(tokens, k) or tokens[k][0] in '"«»“”'):
                k -= 1
            if _is_verb(tokens, j) and not (k >= 0 and tokens[k][1] in _BE) and tokens[j - 1][1] not in _TO:
                # (Not a passive's participle nor an infinitive of a clause within: "how police
                # were constantly exposed to aggression" and demanded: his "denounced" before it.)
                return _subject(tokens, j, surnames)
    span = _name_before(tokens, at)
    if span is None or (span[1] < len(tokens) and tokens[span[1]][2] == 1):
        return None
    return [_who(tokens, span, surnames), *_joined_before(tokens, span, surnames)]


def doers(text: str, i: int, surnames: frozenset[str]) -> list[Doer] | None:
    """Who does what the verb at token `i` of `text` says: its "by" phrase when passive, else
    the name before it, else (an infinitive, "decided not to support") the doer of the verb
    that governs it. None when that cannot be read; a None in the list is a doer not known."""
    tokens = _tokens(text)
    after = i + 1
    while after < len(tokens) and tokens[after][1].endswith("ly") and not _capital(tokens[after]):
        after += 1
    if after < len(tokens) and tokens[after][1] in _BY:
        return _agents(tokens, after + 1, surnames)
    back = i
    while back > 0 and (tokens[back - 1][1] in _LINKS or _adverb(tokens, back - 1)):
        back -= 1
        if tokens[back][1] in _BE:
            return None  # passive without its doer named
    if back and tokens[back - 1][1] in _TO:
        # Its governing verb, maybe past a name (its object): "succeeded Bruno Le Roux to become".
        at = back - 1
        while at > 0 and (_capital(tokens[at - 1]) or tokens[at - 1][1] in _ARTICLES):
            at -= 1
        governing = at - 1
        while governing >= 0 and tokens[governing][1] in _LINKS:
            governing -= 1
        if governing < 0 or not _is_verb(tokens, governing):
            return None
        if canonical(tokens[governing][1])[0] in _OBJECT_CONTROL:
            return None
        return doers(text, governing, surnames)
    return _subject(tokens, i, surnames)


# An irregular past and its plain form meet ("became" / "to become").
_BASE = {
    "became": "become", "ran": "run", "left": "leave", "won": "win", "lost": "lose", "came": "come",
    "took": "take", "made": "make", "led": "lead", "met": "meet", "beat": "beat", "withdrew": "withdraw",
    "chose": "choose", "sold": "sell", "went": "go", "held": "hold", "gave": "give", "wrote": "write",
    "fell": "fall", "rose": "rise", "grew": "grow", "quit": "quit",
}  # fmt: skip


@lru_cache(maxsize=4096)
def verb_stems(word: str) -> frozenset[str]:
    """The stems a verb is found by: its own, its plain form's when an irregular past."""
    return frozenset({*canonical(word), *canonical(_BASE.get(word, word))})


@lru_cache(maxsize=4096)
def _verb_spots(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Each word of `text` used as a verb, with its stems (the same sentences are read for claim
    after claim of a stream)."""
    tokens = _tokens(text)
    return tuple((i, verb_stems(t[1])) for i, t in enumerate(tokens) if _is_verb(tokens, i))


def verbs(text: str, wanted: Iterable[str]) -> list[int]:
    """The tokens of `text` used as verbs whose stems meet `wanted`."""
    wanted = set(wanted)
    return [i for i, stems in _verb_spots(text) if stems & wanted]


def first_verb(text: str) -> int | None:
    """The first word of a claim used as a verb, past its auxiliaries."""
    tokens = _tokens(text)
    return next((i for i, _ in _verb_spots(text) if tokens[i][1] not in _BE), None)


def last_verb_before(text: str, end: int) -> int | None:
    """The last word of `text` used as a verb before character `end`, past its auxiliaries."""
    tokens, before = _tokens(text), len(_tokens(text[:end]))
    return next((i for i, _ in reversed(_verb_spots(text)) if i < before and tokens[i][1] not in _BE), None)


def token_word(text: str, i: int) -> str:
    return _tokens(text)[i][1]


def doer_swapped(
    claim: str, sentences: Iterable[str], surnames: frozenset[str], senses: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """A claim's doer whom the evidence never has do its verb, where every time the evidence
    tells that verb (or one of `senses`, its words of the same sense) it names who did it:
    (claim's doer, why). "The PS criticised LFI" / "This decision was criticised by LFI"."""
    i = first_verb(claim)
    if i is None:
        return []
    mine = doers(claim, i, surnames)
    if not mine or None in mine:
        return []
    wanted = {*verb_stems(token_word(claim, i)), *senses}
    theirs: list[Doer] = []
    for sentence in sentences:
        for j in verbs(sentence, wanted):
            found = doers(sentence, j, surnames)
            if found is None or None in found:
                return []  # one telling of it whose doer is not known may be the claim's
            theirs.extend(found)
    told = [d for d in theirs if d is not None]
    if (
        len(mine) > 1
        and fold(token_word(claim, i)) in _TOGETHER
        and any(d[0] & o[0] for d in mine if d is not None for o in told)
    ):
        # A deed done together, said of both as one subject ("Faure et Benoît Hamon ont partagé
        # un appartement"): the evidence's one doer "with whom" the other is both of them.
        return []
    for doer in (d for d in mine if d is not None):
        if doer[0] == {_GROUP_KEY}:
            # A group not named ("critics", « ses partisans »): not him, but maybe any other one
            # named; so swapped only where every telling has him do it.
            if told and all("faure" in other[0] for other in told):
                return [(doer[1], "the evidence has Faure do it")]
            continue
        if told and not any(doer[0] & other[0] for other in told):
            names = ", ".join(dict.fromkeys(other[1] for other in told))
            return [(doer[1], f"the evidence has {names} do it")]
    return []


# Verbs of a deed two people do together (folded): sharing a flat, meeting.
_TOGETHER = frozenset(("shared", "share", "partage", "partagaient", "partageaient", "met", "rencontre", "rencontres"))


# --- Whose words a sentence's phrases are: each name's title, apposition and clause ---

# The sentence opens on him alone as its subject, after any number of settings ("In 1991, at
# the age of 23, Faure became …"); not "Faure and Valls had become opponents".
HE_OPENS = lazy(
    r"(?:(?i:in|on|at|during|after|from|then|en|le|au|après|à)\b[^,]{0,60},\s*)*(?:(?:Olivier\s+)?Faure|He|Il)\b"
    r"(?!\s+(?:and|et)\b)"
)
# The name then a verb or the role: that name did it or holds it ("Corinne Narassiguin being
# duly chosen as …", "after Castaner became the Minister of the Interior", "Boris Vallaud and
# Gabrielle Siry becoming the new spokespeople").
NAME_THEN_DEED = lazy(
    r"\s+(?:being|becoming|became|become|was|were|is|had|has|won|led|served|took|as|who|to\s+(?:be|become|serve)"
    r"|comme|qui|devient|devint|est|fut|a)\b"
)
# Where a name's own title or apposition stops, walking back from it.
_TITLE_STOPS = frozenset(
    "to by with and who was is were joined became become as than from for when after supporting lost "
    "et a à par avec pour qui est fut devint".split()
)

_OF = frozenset(("of", "de", "du", "des", "d'"))


def name_regions(text: str, names: list[tuple[int, str]]) -> list[tuple[str, int, int]]:
    """(name, start, end) of the words that belong to each name in `text`: its title before it
    ("Socialist First Secretary François Hollande", "the leader of the Socialist group …,
    Jean-Marc Ayrault"), itself, and what follows it up to the next comma ("Martine Aubry in the
    Ministry of Labour,") or its apposition (", the mayor of Lille,")."""
    regions = []
    for at, person in names:
        written = re.match(r"[\wÀ-ÿ'’-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'’-]+)*", text[at:])
        end = at + (written.end() if written else len(person))
        start = at
        words = list(re.finditer(r"[\wÀ-ÿ'’-]+|,", text[max(0, at - 120) : at]))
        offset = max(0, at - 120)
        apposition = bool(words) and words[-1].group() == ","
        for n, word in enumerate(reversed(words[-12:])):
            token = fold(word.group())
            if token == ",":
                if n == 0 and apposition:
                    continue
                break
            if token in _TITLE_STOPS or (n == 0 and token in _OF):
                # (Right before the name, "of" makes it the object of what comes before: "a member
                # of the presidential cabinet of Emmanuel Macron" is no title of Macron's.)
                break
            start = offset + word.start()
        after = re.match(r",\s+(?:the|a|an|former|la|le|l['’])\b[^,.;]*|[^,.;]*", text[end:])
        regions.append((person, start, end + (after.end() if after else 0)))
    return regions


_NAME_THEN_WHO = lazy(r"[\wÀ-ÿ'’ -]*?,\s+(?:who|qui)\b")


def clause_owner(text: str, start: int, at: int, people: list[tuple[int, str]]) -> str | None:
    """The person whose relative clause ("NAME, who …") holds the words at `at`: the only
    such clause opened between `start` and `at`, with no other clause's subject ("they") and
    no second relative in between; None otherwise."""
    opened = [
        (person, end.end())
        for where, person in people
        if (end := _NAME_THEN_WHO.match(text, where)) is not None and start <= where and end.end() <= at
    ]
    if len(opened) != 1:
        return None
    person, after = opened[0]
    # "when she went": she is the clause's own subject; a third person or another relative is not.
    rest = text[after:at]
    if re.search(r"\b(?:they|ils|elles)\b|,\s+(?:who|qui|whose|dont)\b", rest):
        return None
    return person
