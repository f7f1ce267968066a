"""Who stood with or against him in a race the store records: the opponent or rival he was
elected against or lost to, and his substitute, by the race's year. Read by `verify` (and open to
`ask`) without either calling the other."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from faurecli.analysis import canonical, split_words, stem
from faurecli.evidence import knowledge, people_in
from faurecli.model import Store
from faurecli.patterns import lazy

# The roles, by the words that name them (English and French).
_OPPONENT_WORD = lazy(r"\b(?:opponents?|rivals?|challengers?|adversar(?:y|ies)|adversaires?|opposant(?:e|s)?)\b", re.I)
_SUBSTITUTE_WORD = lazy(r"\b(?:substitutes?|suppl[ée]ant(?:e|s)?)\b", re.I)
# A name he stood against: after "against" or "lost to" in the same clause ("against Amandine
# Rubinelli", "against 26.45% for Stéphane Le Foll", "lost to Chantal Brunel").
_FACED_BEFORE = lazy(r"\b(?:against|versus|lost\s+to|defeated\s+by|beaten\s+by)\b(?:[^;.]|\.(?=\d))*$", re.IGNORECASE)
# His substitute, named just before the word ("EELV's Paulin Roy was his designated substitute").
_SUBSTITUTE_AFTER = lazy(r"^\s+(?:was|as)\s+his\s+(?:[\w-]+\s+)?substitute\b")
_YEAR = lazy(r"\b(?:19|20)\d{2}\b")


def person_in_role(store: Store, role: str) -> tuple[str, tuple[str, ...]] | None:
    """The one person `role` names ("Faure's 2017 opponent", « le suppléant de Faure en 2017 »)
    and the sentences that name them in it, from the store's elections; None when the role is
    neither, its year is not one race's, or the races give several people (an opponent without a
    year: one for each race)."""
    opponent = _OPPONENT_WORD.search(role) is not None
    if not opponent and _SUBSTITUTE_WORD.search(role) is None:
        return None
    years = set(_YEAR.findall(role))
    if len(years) > 1:
        return None
    known = knowledge(store)
    found: dict[str, list[str]] = {}
    for event in store.events:
        if "election" not in event.tags or (years and str(event.date.year) not in years):
            continue
        for at, name in people_in(known, event.text):
            if name == store.person.name:
                continue
            if opponent:
                in_role = _FACED_BEFORE.search(event.text, max(0, at - 80), at) is not None
            else:
                in_role = _SUBSTITUTE_AFTER.match(event.text[at + len(name) :]) is not None
            if not in_role:
                continue
            # The sentences of the race that name them (not those that only date it).
            refs = [r for r in event.sources if name.split()[-1] in store.quote(r)]
            found.setdefault(name, []).extend(r for r in refs if r not in found.get(name, []))
            break
    if len(found) != 1:
        return None
    ((name, refs),) = found.items()
    return name, tuple(refs)


# --- Who is said to lead a body: "Who led the UMP?", "Who was president of the UMP?", "Chantal
# Brunel led the UMP" read the same sentence the same way ---

# The titles and verbs of leading a body (folded, English and French).
LEAD_WORD = (
    r"(?:leader|head|heads|headed|led|leads|chief|boss|president\w*|presided|chair(?:man|woman)?|chaired"
    r"|first\s+secretary|premier\s+secretaire|secretary-general|prime\s+minister|mayor|maire"
    r"|director(?:-general)?|minister|dirig\w*|tete|chef)"
)
# A qualifier that makes the title another post: "assistant cabinet director", "vice-president".
_QUALIFIED = lazy(r"\b(?:assistant|deputy|vice|adjoint|adjointe|acting)[\s-]+$")
# The title's own "of" phrase, and where it ends: "the president of the commission of law in the
# National Assembly" is the commission's president, not the Assembly's; a place or time after it
# sets the body, not the title.
_OWN_OF = lazy(r"^\s+(?:of|de|du|des|d['’])\b")
_OWN_END = lazy(
    r"[.;()]|\s(?:in|at|within|inside|from|since|until|during|dans|au\s+sein|aupres|pendant|depuis|jusqu\w*)\s"
)
_NEAR_TITLE = 60  # characters either side of a title where the body it is of must be named
_NEAR_HOLDER = 80  # characters either side of a title where its holder must be named
# The body's own words in the source's English (the questions are often French).
_IN_ENGLISH = {
    "gouvernement": "government",
    "etat": "state",
    "ville": "city",
    "ministere": "ministry",
    "travail": "labour",
    "interieur": "interior",
    "groupe": "group",
    "parti": "party",
    "socialiste": "socialist",
    "lois": "law",
    "occitanie": "occitania",
    "rassemblement": "rally",
    "jeunes": "young",
    "nouvelle": "new",
    "gauche": "left",
    "assemblee": "assembly",
}
# Words of a body's kind, not its name.
_BODY_KINDS = frozenset(
    "group party region city town ministry commission committee office council list movement union government "
    "state republic country".split()
)
# How a title must name its body: "all" its words near it, and one in its own "of" phrase when it
# has one (a leader asked by the body's name); "head": one of them in that phrase and its head
# word after the title (a title asked, "president of the Socialist group"); "one": one of them in
# that phrase (a title asked by its verb, "Who chaired the Socialist group?", met by "president of
# the New Left group").
Named = Literal["all", "head", "one"]
# Bodies only their one head leads: the government its Prime Minister, the state its president.
_STATE_BODIES = frozenset({"state", "republic", "france", "country"})


def said_to_lead(
    text: str, holder: str | None, body: Sequence[str], title: str | None = None, *, named: Named = "all"
) -> bool:
    """Whether `text` (folded) makes `holder` (a folded surname; None: whoever a sentence chosen
    for them is about) the holder of `title` (a pattern of its folded words; None: any title or
    verb of leading) of the body whose name's words (folded, its head first) are `body`: the title
    unqualified near the holder, naming the body as `named` says; or the body called the holder's
    ("Raphaël Glucksmann's Place Publique", "the list of Benoît Hamon"); or the ministry the holder
    was in ("advisor to Martine Aubry in the Ministry of Labour")."""
    if holder is not None and holder not in text:
        return False
    name = re.escape(holder or "")
    words = list(body)
    if named == "all":
        # (In the source's English; a word of a body's kind, not its name, only when it has no other.)
        words = [_IN_ENGLISH.get(w, w) for w in body if len(w) > 1]
        words = [w for w in words if w not in _BODY_KINDS] or words
    if holder and words and (title is None or "leader" in title):
        kind = re.escape(words[0][:6])
        owned = rf"\b{name}['’]s\s+(?:[\w-]+\s+){{0,2}}?{kind}|\b{kind}\w*\s+of\s+(?:[\w-]+\s+){{0,2}}{name}\b"
        if re.search(owned, text):
            return True
    ministry = re.search(rf"\b{name}\s+in\s+the\s+(ministry\b.*)", text) if holder and title is None else None
    if ministry and words:
        # (The ministry named by its own phrase: "the Ministry of Labour, employment and …".)
        own = _OWN_END.split(ministry.group(1)[:_NEAR_TITLE], maxsplit=1)[0]
        return all(re.search(_forms(w), own) for w in words)
    government = "government" in words
    state = bool(set(words) & _STATE_BODIES)
    holders = [m.span() for m in re.finditer(rf"\b{name}\b", text)]
    for found in re.finditer(rf"\b(?:{title or LEAD_WORD})\b", text):
        said, start, end = found.group(), found.start(), found.end()
        if _QUALIFIED.search(text[:start]):
            continue
        if title is None and (said.startswith("prime") != government or (state and not said.startswith("presid"))):
            continue
        if holder is not None and not any(s - _NEAR_HOLDER <= start <= e + _NEAR_HOLDER for s, e in holders):
            continue
        if said == "minister" and _OWN_OF.match(text[end : end + _NEAR_TITLE]) is None:
            continue  # (a minister leads the ministry of the phrase: "former minister Le Foll" no party)
        if government or _names_body(text, start, end, words, named):
            return True
    return False


# Between the words of an acronym spelled out: a comma, "and", "for a", "de la".
_SPELLED_GAP = r"(?:,?\s+(?:and|et|for|of|the|a|de|du|des|la|le|pour)\b)*,?\s+"


@lru_cache(maxsize=1024)
def _forms(word: str) -> str:
    """A pattern of what names `word` in a sentence: the word, its English, its synonyms' stems
    ("PS": the Socialist Party), each by its first six letters."""
    forms = {word, _IN_ENGLISH.get(word, word), *canonical(word)}
    heads = [re.escape(h) for h in sorted({f[:6] for f in forms if f == word or not word.startswith(f)})]
    if 3 <= len(word) <= 5 and word.isalpha():
        # (An acronym spelled out: "SRC", the "socialist, republican and citizen group".)
        heads.append(_SPELLED_GAP.join(rf"{c}\w*" for c in word))
    return r"\b(?:" + "|".join(heads) + ")"


def _names_body(text: str, start: int, end: int, words: Sequence[str], named: Named) -> bool:
    """Whether the title at `start`:`end` of `text` names the body of `words`, as `named` says
    (after a possessive, "the formation's secretary-general", the sentence's words are its own)."""
    if not words:
        return True
    possessive = re.search(r"['’]s\s+$", text[:start]) is not None
    rest = text if possessive else text[end : end + _NEAR_TITLE]
    own = text if possessive else _OWN_END.split(rest, maxsplit=1)[0]
    if named == "all":
        near = text if possessive else text[max(0, start - _NEAR_TITLE) : end + _NEAR_TITLE]
        if not all(re.search(_forms(w), near) for w in words):
            return False
        return _OWN_OF.match(rest) is None or any(re.search(_forms(w), own) for w in words)
    # (One word of the body, as said, in the title's own phrase; by the title, its head after it.)
    if not {stem(w) for w in split_words(own)} & {stem(w) for w in words}:
        return False
    heads = canonical(words[0])  # (its head in either tongue: « jeunes », "Young Rocardiens")
    after = {stem(w) for w in split_words(rest)}
    return named == "one" or any(
        w == head or (len(w) >= 4 and (w.startswith(head) or head.startswith(w))) for w in after for head in heads
    )
