"""Someone other than him, named by his relation to him ("Faure's son", « la fille de Faure »,
"his deputy"), and his parents as the source describes them ("a Vietnamese nurse of Chinese
origin and a French tax agent of Spanish origin"). Pure readers, imported only behind their
cues (verify and ask): a claim or question about his son is about his son, not about him.
"""

from __future__ import annotations

import re

from faurecli.analysis import fold
from faurecli.patterns import lazy

# People defined by a relation to him of whom a biography may say nothing (folded): his family
# beyond his parents and spouse, and the people who work for him. (His wife, his parents, his
# substitute, successor, predecessor and opponents are others' readers: the source names them.)
_UNNAMED = (
    r"sons?|child|children|kids?|daughters?|step-?(?:sons?|daughters?|children|father|mother)"
    r"|(?:son|daughter|brother|sister|father|mother)s?-in-law|brothers?|sisters?|siblings?|twin"
    r"|nephews?|nieces?|cousins?|uncles?|aunts?|grand(?:sons?|daughters?|children|child|father|mother|parents)"
    r"|deputy|secretary|assistant|aides?|spokes(?:man|woman|person)|chief\s+of\s+staff|advis[eo]r"
    r"|bodyguard|driver|chauffeur|lawyer|colleague"
    r"|fils|filles?|enfants?|freres?|soeurs?|neveux?|nieces?|cousines?|oncles?|tantes?"
    r"|petit(?:e|s|es)?-(?:fils|filles?|enfants)|grand-(?:pere|mere|parents)|gendre|belle-(?:fille|soeur)"
    r"|beau-(?:fils|frere)|adjointe?|secretaire|assistante?|collaborat(?:eur|rice)|conseill(?:er|ere)"
    r"|porte-parole|avocate?"
)
# A word that makes the noun part of a title or a thing of his ("his deputy seat", "Faure's
# secretary-general post", "son adjoint au maire" stays a person): no person then.
_NOT_A_PERSON_AFTER = (
    r"(?![\s-]+(?:general|generale|cabinet|director|directeur|chief|mandate|mandat|seat|siege|role|post|poste"
    r"|term|position|career|carriere|office|group|groupe|status|job|election|minister|ministre|mayor|maire"
    r"|secretary|speaker|leader|head|campaign|candidacy|candidature|nomination|title|titre|president|national"
    r"|nationale|du\s+premier|of\s+the)\b)"
)
_HIS = r"(?:(?:olivier\s+)?faure['’]s|his|son|sa|ses)"
_OF_HIM = r"(?:of|de|d['’])\s*(?:olivier\s+)?faure\b"
# "Faure's son", "his deputy", "the son of Olivier Faure", « le fils de Faure », « son adjoint ».
_UNNAMED_RELATIVE = lazy(
    rf"\b{_HIS}\s+(?P<a>{_UNNAMED})\b{_NOT_A_PERSON_AFTER}"
    rf"|\b(?:the|le|la|les|l['’])\s*(?P<b>{_UNNAMED})\s+{_OF_HIM}"
)
# The subject of a claim: at its start, or after an opening phrase and its comma ("In 2012, …",
# "According to Les Jours, …").
_SUBJECT_START = lazy(r"^\s*(?:[^,]{0,60},\s*)?")


def unnamed_relative(text: str, *, subject_only: bool = True) -> str | None:
    """The word for someone defined by his relation to him ("son", « adjoint ») whom the text
    speaks of: as its subject (a claim, `subject_only`) or anywhere (a question); None where
    there is none. "Faure's son married X" is about his son; "Faure's deputy seat" names no one."""
    folded = fold(text).replace("’", "'").replace("œ", "oe")
    if subject_only:
        # (At the subject's place: the start, or after an opening phrase and its comma.)
        start = _SUBJECT_START.match(folded)
        at = start.end() if start is not None else 0
        found = _UNNAMED_RELATIVE.match(folded, at) or _UNNAMED_RELATIVE.match(folded)
    else:
        found = _UNNAMED_RELATIVE.search(folded)
    if found is None:
        return None
    word = found["a"] or found["b"]
    return word


# His parents, by the words for them (folded); and the words for one parent by trade.
_PARENTS = lazy(
    rf"^\s*(?:[^,]{{0,60}},\s*)?(?:{_HIS}\s+(?:parents|mother|father|mere|pere)\b|(?:the|les|la|le)\s+(?:parents|mother|father|mere|pere)\s+{_OF_HIM})"
)
# French words for the trades the source gives them (folded), in its English.
_TRADES_FR = {
    "infirmiere": "nurse",
    "infirmier": "nurse",
    "agent des impots": "tax agent",
    "agent du fisc": "tax agent",
}


def parents_subject(text: str) -> bool:
    """Whether the text's subject is his parents, his mother or his father ("Faure's parents
    were …", « la mère de Faure … »)."""
    return _PARENTS.match(fold(text).replace("’", "'").replace("œ", "oe")) is not None


# "a Vietnamese nurse of Chinese origin": each parent by a nationality, a trade and an origin.
_DESCRIBED = re.compile(
    r"\b(?:a|an)\s+(?P<nation>[A-Z][a-z]+)\s+(?P<trade>[a-z]+(?:\s+[a-z]+)?)\s+of\s+(?P<origin>[A-Z][a-z]+)\s+origin\b"
)


def described_parents(sentence: str) -> list[tuple[str, str, str]]:
    """The parents a sentence describes as (trade, nationality, origin), folded: "born to a
    Vietnamese nurse of Chinese origin and a French tax agent of Spanish origin" gives two."""
    return [(fold(m["trade"]), fold(m["nation"]), fold(m["origin"])) for m in _DESCRIBED.finditer(sentence)]


# Nationality words (folded), English and French, to their English adjective.
_NATIONS = {
    **{
        w: w
        for w in (
            "vietnamese chinese spanish french algerian italian german portuguese moroccan american british "
            "english belgian swiss dutch tunisian senegalese japanese russian polish greek irish"
        ).split()
    },
    **{
        "vietnamien": "vietnamese",
        "chinois": "chinese",
        "espagnol": "spanish",
        "francais": "french",
        "algerien": "algerian",
        "italien": "italian",
        "allemand": "german",
        "portugais": "portuguese",
        "marocain": "moroccan",
        "americain": "american",
        "britannique": "british",
        "anglais": "english",
        "belge": "belgian",
        "suisse": "swiss",
        "tunisien": "tunisian",
        "japonais": "japanese",
        "russe": "russian",
    },
}


def nation_words(text: str) -> set[str]:
    """The nationality adjectives a text uses, in English: "Vietnamese", « vietnamienne »
    → "vietnamese"."""
    found = set()
    for word in re.findall(r"[a-z]+", fold(text)):
        for form in (word, re.sub(r"(?:ne|e|s|es)$", "", word), re.sub(r"(?:nes|es|s)$", "", word)):
            if form in _NATIONS:
                found.add(_NATIONS[form])
                break
    return found


def trades_named(text: str) -> set[str]:
    """The parents' trades a text names ("the tax agent", « l'infirmière »), in English."""
    folded = fold(text)
    named = {t for t in ("nurse", "tax agent") if re.search(rf"\b{t}\b", folded)}
    named |= {en for fr, en in _TRADES_FR.items() if re.search(rf"\b{fr}\b", folded)}
    return named
