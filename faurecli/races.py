"""Who stood with or against him in a race the store records: the opponent or rival he was
elected against or lost to, and his substitute, by the race's year. Read by `verify` (and open to
`ask`) without either calling the other."""

from __future__ import annotations

import re

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
