"""His results in two dated contests set against each other: "In 2017 he scored about two points
less than in 2012", « il a fait mieux en 2021 qu'au premier tour de 2018 », "his share fell
between 2012 and 2017".

Each side is read by its year and the kind of contest its words name (his seat, the party's
leadership, the parliamentary group), and its figure is the one the store's event gives him
(a share, or a count of votes): shares are set against shares, counts against counts, a contest
only against one of its own kind; anything else is left unsaid (None).
"""

from __future__ import annotations

import re

from faurecli.analysis import NUMBER_WORDS, ValueKind, fold, values
from faurecli.chronology import words_not_told
from faurecli.model import Record, Store, record
from faurecli.patterns import lazy

# (Its cheap gate is analysis.RESULT_COMPARED_CUE, with two years named: imported only past it.)

# His contests the store gives a figure of his for, by kind: his seat (2012, 2017), the party's
# leadership (the 2018 first round, the 2018 vote, 2021), the group's presidency (2016, 2017).
_KIND_OF = {
    "e16": "seat", "e29": "seat",
    "e36": "leader", "e38": "leader", "e48": "leader",
    "e27": "group", "e30": "group",
}  # fmt: skip
_KIND_WORDS = {
    "seat": lazy(
        r"\b(?:deput\w*|mp|assembl\w*|legislative\w*|seats?|sieges?|constituenc\w*|circonscription\w*|parliament\w*)\b"
    ),
    "leader": lazy(
        r"\b(?:first\s+secretary|premier\s+secretaire|leadership|party\s+leader\w*|congress\w*|congres|direction)\b"
    ),
    "group": lazy(r"\b(?:group|groupe)\b"),
}
# (one of those words alone, left out of the words a claim must be explained by)
_KIND_WORD = lazy(
    r"^(?:deput\w*|mp|assembl\w*|legislative\w*|seats?|sieges?|constituenc\w*|circonscription\w*|parliament\w*"
    r"|secretary|secretaire|leadership|leader\w*|congress\w*|congres|direction|group|groupe|premier|first)$"
)
_FIRST_ROUND = lazy(r"\b(?:first\s+round|premier\s+tour|1er\s+tour)\b")
_SECOND_ROUND = lazy(r"\b(?:second\s+round|second\s+tour|2e\s+tour|run-?off)\b")
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_UP = r"more|plus|higher|bigger|larger|greater|better|improved|improving|increased|rose|grew|gained|above|mieux|meilleur\w*|superieur\w*|progress\w*|hausse|augment\w*|amelior\w*"  # noqa: E501
_DOWN = (
    r"less|lower|smaller|fewer|worse|fell|dropped|declined|decreased|lost\s+ground|below|moins(?:\s+bien|\s+bon)?"
    r"|pire|recul\w*|baisse|inferieur\w*|diminu\w*|perdu\s+du\s+terrain"
)
_DIRECTION = lazy(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b")
# What sets the second side after the comparison: "than in 2012", « qu'en 2012 », "compared with".
_THAN = lazy(
    r"\b(?:than|que|qu'|(?:inferieur|superieur)e?s?\s+(?:a|au|aux)\b|compared\s+(?:with|to)"
    r"|par\s+rapport\s+(?:a|au|aux)|relative\s+to|below|above)"
)
# A change over time: the later year is the one said of ("fell between 2012 and 2017").
_SPAN = lazy(r"\b(?:between|from|entre|de)\s+(?:\w+\s+){0,3}?((?:19|20)\d\d)\b.{0,40}?\b(?:and|to|et|a)\s+")
# A word of change over time.
_CHANGE = lazy(
    r"\b(?:fell|dropped|declined|decreased|lost\s+ground|rose|grew|gained|improved|improving|increased|progress\w*"
    r"|recul\w*|baisse|augment\w*|amelior\w*|diminu\w*|perdu\s+du\s+terrain)\b"
)
_AMOUNT = lazy(
    r"(?:(?P<hedge>nearly|almost|close\s+to|just\s+(?:under|over)|more\s+than|over|less\s+than|under|about|around"
    r"|roughly|some|approximately|presque|pres\s+de|environ|quelque|plus\s+de|moins\s+de|a\s+peu\s+pres)\s+)?"
    r"(?:by\s+)?(?P<n>\d+(?:[.,]\d+)?|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("un", "une", "twice")), key=len, reverse=True))
    + r")\s+(?:percentage\s+)?(?P<unit>points?|votes?|voix)\b"
)
_SLIGHTLY = lazy(r"\b(?:slightly|a\s+little|a\s+bit|marginally|just|legerement|un\s+peu|a\s+peine)\b")
_MUCH = lazy(r"\b(?:much|far|well|significantly|considerably|largely|nettement|beaucoup|bien\s+(?:plus|moins|mieux))\b")
_COUNTS = lazy(
    r"\b(?:fewer|more|less|moins|plus)\s+(?:de\s+|d')?(?:votes|voix|suffrages|ballots)\b|\bvotes?\s+(?:more|less)\b"
)
_NEGATION = lazy(r"\b(?:not|never|no|n't|didn't|wasn't|ne|n'|pas|jamais|aucun\w*)\b|n't\b")
_MARGIN = lazy(r"\b(?:margins?|lead|ecart|avance|majorit\w*)\b")
_PERCENT_SAID = lazy(r"%|\bper\s*cent\b|\bpercent\b|\bpour\s*cent\b")
# Words a comparison of results may use beside the two contests' own words.
_GENERIC = frozenset(
    "faure olivier his him did does fared fare performed perform scored score scores got get won win obtained obtain "
    "received receive result results share vote votes voix when with the and than que son sa ses lors fait faire "
    "obtenu realise resultat score pourcentage part voix election elections elected elu reelu reelection won "
    "round tour year annee during compared rapport relative che cette was were has had have did est etait ete"
    " its own that one celui celle this".split()
)
# Capitalised words that name no one (a claim naming another person compares someone else's).
_NAMES_NO_ONE = frozenset(
    "faure olivier in en he il his son sa ses the le la les l lors at au a when as during pendant compared par than "
    "socialist socialists party ps parti socialiste first secretary premier secretaire national assembly assemblee "
    "nationale villeurbanne aubervilliers congress congres mp did was has is does between entre from de du des d "
    "seine-et-marne s yes no est-ce est faure's".split()
)


@record
class Compared(Record):
    """Two results of his set against each other: whether the claim's comparison holds (None: too
    near to tell), the figures as the source gives them, and the sentences giving them."""

    holds: bool | None
    shown: str  # (the claim's words of comparison)
    found: str  # ("61.1% in 2017 against 63.2% in 2012: 2.1 points less")
    refs: tuple[str, ...]
    unexplained: tuple[str, ...]


@record
class _Result(Record):
    id: str
    kind: str
    year: int
    share: float | None
    share_text: str
    count: float | None
    count_text: str
    text: str
    refs: tuple[str, ...]


# (Per store, read once: a stream of claims reads the same seven events again and again.)
_READ: dict[int, tuple[Store, list[_Result]]] = {}


def _results(store: Store) -> list[_Result]:
    """His contests of `_KIND_OF` with his figures as their events give them."""
    held = _READ.get(id(store))
    if held is not None and held[0] is store:
        return held[1]
    found = _read(store)
    _READ[id(store)] = (store, found)
    return found


def _read(store: Store) -> list[_Result]:
    found = []
    for event in store.events:
        kind = _KIND_OF.get(event.id)
        if kind is None:
            continue
        figures = values(event.text)
        share = next((v for v in figures if v.kind is ValueKind.PERCENT and not v.approximate and not v.bound), None)
        count = next(
            (v for v in figures if v.kind is ValueKind.NUMBER and v.text[:1].isdigit() and v.unit != "age"), None
        )
        refs = tuple(r for r in event.sources if not r.startswith("infobox:"))[:1] or event.sources[:1]
        found.append(
            _Result(
                event.id, kind, event.date.year,
                share.number if share else None, share.text if share else "",
                count.number if count else None, count.text if count else "",
                fold(event.text), refs,
            )
        )  # fmt: skip
    return found


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _KIND_WORDS.items() if pattern.search(text)}


def _side(results: list[_Result], text: str, year: int, kinds: set[str]) -> list[_Result]:
    """The contests of `year` of the kinds named (any kind when none is named), the round said."""
    chosen = [r for r in results if r.year == year and (not kinds or r.kind in kinds)]
    if _FIRST_ROUND.search(text):
        chosen = [r for r in chosen if "first round" in r.text]
    elif _SECOND_ROUND.search(text):
        chosen = [r for r in chosen if "second round" in r.text]
    return chosen


def _amount_holds(hedge: str, n: float, d: float, whole: bool) -> bool | None:
    """Whether a difference `d` (its size) is the amount said: `n` with its hedge."""
    near, far = (0.5, 0.8) if whole else (0.05, 0.3)
    if hedge.startswith(("nearly", "almost", "close", "just under", "presque", "pres")):
        return True if n - 0.7 <= d <= n else False if d > n + 0.5 or d < n - 1.5 else None
    if hedge.startswith(("more", "over", "just over", "plus")):
        return d > n
    if hedge.startswith(("less", "under", "moins")):
        return d < n
    if hedge:  # "about", « environ »
        return True if abs(d - n) <= 0.6 else False if abs(d - n) >= 1.5 else None
    return True if abs(d - n) <= near else False if abs(d - n) >= far else None


def compared(store: Store, text: str) -> Compared | None:
    """The comparison `text` makes between two results of his, judged on the source's figures;
    None unless it names two years, one word of more or less, and a contest of one kind for each
    with a figure of the kind compared."""
    folded = fold(text)
    years = [int(y) for y in _YEAR.findall(folded)]
    if len(set(years)) != 2 or len(years) != 2 or _NEGATION.search(folded) or _PERCENT_SAID.search(folded):
        return None
    if _MARGIN.search(folded):
        return None  # (a margin over the runner-up is no share of his: not read here)
    for word in re.findall(r"\b[A-ZÀ-Ý][\w'’-]*", text)[1:]:
        if fold(word).replace("’", "'") not in _NAMES_NO_ONE:
            return None  # (another person, or a thing the reading does not know)
    directions = list(_DIRECTION.finditer(folded))
    if len(directions) != 1:
        return None
    direction = directions[0]
    up = direction["up"] is not None
    than = _THAN.search(folded, direction.start())
    span = _SPAN.search(folded)
    if than is not None and span is None:
        later = folded[than.end() :]
        b_years = [int(y) for y in _YEAR.findall(later)]
        if len(b_years) != 1:
            return None
        a_year, b_year = next(y for y in years if y != b_years[0]), b_years[0]
        a_text, b_text = folded[: than.start()], later
        end = len(folded) if (stop := re.search(r"[,;.]", later)) is None else than.end() + stop.start()
    elif span is not None and than is None:
        a_year, b_year = max(years), min(years)
        if not _CHANGE.search(direction.group()):
            return None  # ("better between 2012 and 2017": no change over time said)
        last = list(_YEAR.finditer(folded, span.start()))
        if len(last) != 2:
            return None
        b_text = folded[span.start() : last[1].end()]
        a_text = folded
        end = max(last[1].end(), direction.end())
    elif than is None and span is None and _CHANGE.search(direction.group()):
        # "In 2017 he improved on his 2012 share", « en 2021, il a progressé par rapport à 2018 »:
        # the year before the word of change is the one said of.
        before, after = _YEAR.findall(folded[: direction.start()]), _YEAR.findall(folded[direction.end() :])
        if len(before) != 1 or len(after) != 1:
            return None
        a_year, b_year = int(before[0]), int(after[0])
        a_text, b_text = folded[: direction.start()], folded[direction.end() :]
        end = len(folded) if (stop := re.search(r"[,;.]", b_text)) is None else direction.end() + stop.start()
    else:
        return None
    if a_year == b_year:
        return None
    counts = _COUNTS.search(folded) is not None
    amounts = list(_AMOUNT.finditer(folded))
    if len(amounts) > 1:
        return None
    amount = amounts[0] if amounts else None
    if amount is not None:
        counts = amount["unit"].startswith(("vote", "voix"))
    a_kinds, b_kinds = _kinds(a_text), _kinds(b_text)
    results = _results(store)
    a_side = _side(results, a_text, a_year, a_kinds or b_kinds)
    b_side = _side(results, b_text, b_year, b_kinds or a_kinds)
    figure = "count" if counts else "share"
    a_side = [r for r in a_side if getattr(r, figure) is not None]
    b_side = [r for r in b_side if getattr(r, figure) is not None]
    pairs = [(a, b) for a in a_side for b in b_side if a.kind == b.kind and a.id != b.id]
    if not pairs:
        return None
    verdicts: set[bool | None] = set()
    found = []
    for a, b in pairs:
        mine, theirs = getattr(a, figure), getattr(b, figure)
        assert mine is not None and theirs is not None
        d = mine - theirs
        holds: bool | None = (d > 0) if up else (d < 0)
        size = abs(d)
        if holds and amount is not None:
            n_text = amount["n"].replace(",", ".")
            n = float(n_text) if n_text[:1].isdigit() else float(NUMBER_WORDS[n_text])
            holds = _amount_holds(" ".join((amount["hedge"] or "").split()), n, size, "." not in n_text)
        elif holds and _SLIGHTLY.search(folded):
            holds = None if counts else True if size <= 3 else False if size >= 6 else None
        elif holds and _MUCH.search(folded):
            holds = None if counts else True if size >= 10 else False if size <= 3 else None
        verdicts.add(holds)
        unit = "votes" if counts else "points"
        word = "more" if d > 0 else "less" if d < 0 else "the same"
        a_text_of = a.count_text + " votes" if counts else a.share_text
        b_text_of = b.count_text + " votes" if counts else b.share_text
        amount_text = f"{round(size, 2):g} {unit} {word}" if d else "the same"
        found.append((f"{a_text_of} in {a_year} against {b_text_of} in {b_year}: {amount_text}", (*a.refs, *b.refs)))
    if len(verdicts) != 1:
        return None  # (two readings of a side disagree: which contest is meant is not said)
    (holds,) = verdicts
    start = amount.start() if amount is not None and amount.start() < direction.start() else direction.start()
    degree = re.search(
        r"(?:\b(?:much|far|well|significantly|considerably|largely|nettement|beaucoup|bien|slightly|"
        r"a\s+little|a\s+bit|marginally|just|legerement|un\s+peu|a\s+peine)\s+)+$",
        folded[:start],
    )
    if degree is not None:
        start = degree.start()
    # (with "a lower share", the article and its noun belong to the comparison)
    article = re.search(r"\b(?:a|an|un|une)\s+$", folded[:start])
    if article is not None and not _CHANGE.search(direction.group()):  # (« a progressé »: a verb's)
        start = article.start()
    shown = text[start:end].strip()
    taken = [(start, end)]
    refs = tuple(dict.fromkeys(r for _, rs in found for r in rs))
    left = words_not_told(store, folded, taken, refs, lambda w: w in _GENERIC or _KIND_WORD.search(w) is not None)
    return Compared(holds, shown, "; ".join(f for f, _ in found), refs, left)
