"""Two dated events set against each other: which came first, and how long between them.

One reader for `ask` ("How many years after his 2007 defeat was he elected deputy?", « … avant ou
après son élection comme député ? ») and `verify` ("Five years after losing to Brunel, he entered
the Assembly"). Each event named is found among the store's dated events by the words that name
it (French and English), and an order or a gap is computed only as far as both dates' precision
allows: a year against a year gives a count of years ("2007 to 2012: 5 years"), never days; two
events the source dates in the same year with no month have no order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from faurecli.analysis import NUMBER_WORDS, TIME_RELATION_CUE, fold
from faurecli.model import Event, PartialDate, Record, Store, record
from faurecli.patterns import lazy


@record
class Dated(Record):
    """An event the question or claim names: its store id, its date at the source's precision,
    and the sentences or infobox lines that give it."""

    id: str
    date: PartialDate
    end: PartialDate | None  # (a span: "at the age of 16", from 18 August 1984 to 17 August 1985)
    refs: tuple[str, ...]


# The events that can be named, each by the words that name it (folded text). `None` as the
# event id: an election with no kind given ("his election", « sa victoire »), which is the
# leadership race's only when the other event named is one of that race's (below).
_GENERIC = "election"
_NAMES: tuple[tuple[str, str, bool], ...] = (
    # (event id in the store, pattern, whether the pattern names the event on its own)
    (
        "e09",
        r"\b(?:defeat|defeated|lost|losing|loss|defaite|echec|battu|perdu|perd)\b"
        r"(?=[^?.;]*\b(?:2007|brunel|legislative)|[^?.;]{0,3}$)|\b(?:2007|brunel)\b[^?.;]{0,30}\b(?:defeat|loss|defaite)\b",
        True,
    ),
    (
        "e16",
        r"\b(?:(?:first\s+)?(?:elected|election|elu|election)\s+(?:as\s+(?:a\s+)?|comme\s+|en\s+tant\s+que\s+)?"
        r"(?:deputy|depute|mp|member\s+of\s+(?:the\s+)?(?:national\s+)?assembly)"
        r"|(?:became|become|becoming|devenu|devenir)\s+(?:a\s+|an\s+)?(?:deputy|depute|mp)\b"
        r"|(?:entered|enter|entering|joined|entre|entree|entrer|fait\s+son\s+entree)\s+(?:a\s+|in\s+|into\s+|the\s+|l')*"
        r"(?:national\s+)?(?:assembly|assemblee)"
        r"|premiere\s+election|first\s+election)",
        True,
    ),
    (
        "e19",
        r"\b(?:national\s+secretary\s+(?:of|for)\s+communications?|secretaire\s+national\w*\s+(?:a|de|aux?)\s+(?:la\s+)?"
        r"communication|communications?\s+secretary|(?:joined|joining|rejoint|rejoindre|entre)\s+(?:the\s+|la\s+)?"
        r"(?:party'?s\s+|ps'?s?\s+)?(?:executive|leadership|direction)(?:\s+team)?\b(?!\s+of\s+the\s+ps\s+in\s+2018))",
        True,
    ),
    ("e36", r"\b(?:first\s+round|premier\s+tour|1er\s+tour)\b", True),
    (
        "e38",
        r"\b(?:86\s*%|86\s+(?:per\s*cent|percent|pour\s*cent)|(?<!re-)(?:elected|elu|election\s+(?:as|comme))\s+"
        r"(?:the\s+)?(?:first\s+secretary|premier\s+secretaire)|won\s+the\s+(?:leadership|race\s+for\s+first\s+secretary)"
        r"|(?:election|victory)\s+(?:for|as)\s+first\s+secretary)",
        True,
    ),
    (
        "e39",
        r"\b(?:inaugurat\w*|investiture|investi|intronis\w*|sworn\s+in|intronise|took\s+office\s+as\s+first\s+secretary"
        r"|(?:aubervilliers)(?:\s+congress)?|congres\s+d'aubervilliers)",
        True,
    ),
    # (His one re-election as first secretary, in 2021.)
    (
        "e48",
        r"\b(?:villeurbanne|re-?elected\s+(?:as\s+)?(?:the\s+)?first\s+secretary|reelu\s+(?:au\s+poste\s+de\s+)?premier\s+secretaire)\b",
        True,
    ),
    # Becoming first secretary: elected on 29 March, inaugurated on 7 April 2018; said so, the
    # year only (which day is not asked).
    (
        "e38~",
        r"\b(?:became|become|becoming|devenu|devenir|named|made)\s+(?:the\s+|le\s+)?(?:party'?s\s+)?"
        r"(?:first\s+secretary|premier\s+secretaire)\b",
        True,
    ),
    (
        "e02",
        r"\b(?:joined|joining|join|rejoint|rejoindre|adhere|adhesion|entree\s+au|entre\s+au)\s+(?:the\s+|le\s+|au\s+)?"
        r"(?:socialist\s+party|parti\s+socialiste|ps)\b",
        True,
    ),
    (
        "e25",
        r"\b(?:brouille|falling[- ]out|fell\s+out|clash\w*|quarrel\w*|dispute|feud|rupture)\b[^?]*\bvalls\b"
        r"|\bvalls\b[^?]*\b(?:brouille|clash\w*|dispute|refus\w*|refused|quarrel\w*)\b",
        True,
    ),
    # (His election at the head of the group, not the post: he held it from 2016 to 2018.)
    (
        "e27",
        r"\b(?:elected|election|elu)\s+(?:as\s+)?(?:a\s+la\s+|the\s+)?(?:head\s+of\s+the\s+(?:socialist|src|parliamentary)\s+group"
        r"|tete\s+du\s+groupe)\b",
        True,
    ),
    ("e24", r"\bnavigo\b", True),
    ("e21", r"\b(?:deux|two|2)[\s-]+euros?\b|\bnuitee\b|\bper\s+night\b|\btaxe\s+de\s+sejour\b", True),
    ("e53", r"\bbarnier\b", True),
    ("e54", r"\bbayrou\b", True),
    ("e49", r"\b(?:ouighour\w*|ouigour\w*|uyghurs?|uighurs?)\b", True),
    ("e47", r"\b(?:polic\w*)\s+(?:rally|officers'?\s+rally|rassemblement)|\brassemblement\s+de\s+polic\w*", True),
    ("e08", r"\b(?:comic\s+book|comic|bande\s+dessinee|bd)\b", True),
    ("e03", r"\brocardiens?\b", True),
    (
        _GENERIC,
        r"\b(?:(?:his|her|sa|son|faure's)\s+(?:(?P<year>(?:19|20)\d\d)\s+|final\s+|eventual\s+|ultimate\s+)?"
        r"(?:election|victoire|victory|win)"
        r"|(?:won|win|winning|remporte)\s+the\s+(?:election|vote)|elected|(?:a|ete)\s+elue?|(?:a\s+)?gagne)\b",
        False,
    ),
)
_COMPILED = tuple((key, lazy(pattern), alone) for key, pattern, alone in _NAMES)
# The leadership race of 2018: an election with no kind given is its when the other event is.
_LEADERSHIP = frozenset({"e36", "e38", "e39"})
# His election of a year the question gives ("his 2012 election"): the one race of his that year.
_ELECTION_OF = {2012: "e16", 2017: "e29", 2018: "e38", 2021: "e48"}
# "His first election", bare: of the post the other event is a re-election to, if any.
_FIRST_ELECTION = lazy(r"\b(?:premiere\s+election|first\s+election)\b")
_AS_DEPUTY = lazy(r"\b(?:deputy|depute|mp|assembly|assemblee|seat|siege|legislative\w*)\b")
# A year named that is none of the events' own: the question is about another event.
_YEAR = lazy(r"\b(19[5-9]\d|20[0-4]\d)\b")


def named_events(store: Store, text: str) -> list[Dated] | None:
    """The two events `text` names, in the order it names them; None unless exactly two are
    found, each once, and every year the text gives is one of theirs."""
    folded = fold(text)
    spans: list[tuple[int, int, str]] = []
    for key, pattern, alone in _COMPILED:
        for found in pattern.finditer(folded):
            if not alone and any(s < found.end() and found.start() < e for s, e, _ in spans):
                continue  # (the words of a named event already found)
            spans.append((found.start(), found.end(), key))
    spans.sort()
    keys = list(dict.fromkeys(key for _, _, key in spans))
    if len(keys) > 2 and _GENERIC in keys:
        # "elected deputy" is also "elected": the kinds named win over the bare verb.
        keys.remove(_GENERIC)
    if len(keys) != 2:
        return None
    if _GENERIC in keys:
        other = keys[1 - keys.index(_GENERIC)]
        year = next((m.group("year") for k, p, _ in _COMPILED if k == _GENERIC for m in p.finditer(folded)), None)
        if year is not None and int(year) in _ELECTION_OF and _ELECTION_OF[int(year)] != other:
            keys[keys.index(_GENERIC)] = _ELECTION_OF[int(year)]
        elif year is None and other in _LEADERSHIP and other != "e38":
            keys[keys.index(_GENERIC)] = "e38"
        else:
            return None  # an election of which race is not said
    if "e16" in keys and "e48" in keys and _FIRST_ELECTION.search(folded) and not _AS_DEPUTY.search(folded):
        # "re-elected first secretary three years after his first election": the first of that
        # post's elections, not of his seat's.
        keys[keys.index("e16")] = "e38"
    events = {event.id: event for event in store.events}
    if any(key.rstrip("~") not in events for key in keys):
        return None
    years = {int(y) for y in _YEAR.findall(folded)}
    if years - {events[key.rstrip("~")].date.year for key in keys}:
        return None  # ("his 2017 re-election"): a year neither event has
    return [_dated(events[key.rstrip("~")], year_only=key.endswith("~")) for key in keys]


def _dated(event: Event, *, year_only: bool) -> Dated:
    """The event as named: its date (the year only when the words name no day of it), its span's
    end, and the sentence giving it first (an infobox line only when no sentence does)."""
    refs = tuple(r for r in event.sources if not r.startswith("infobox:"))[:1] or event.sources[:1]
    date = PartialDate(event.date.year) if year_only else event.date
    return Dated(event.id, date, None if year_only else event.end, refs)


def _bounds(date: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last (year, month, day) a date at its precision may be."""
    if not date.month:
        return (date.year, 1, 1), (date.year, 12, 31)
    if not date.day:
        return (date.year, date.month, 1), (date.year, date.month, 31)
    return (date.year, date.month, date.day), (date.year, date.month, date.day)


def order(
    one: PartialDate, two: PartialDate, one_end: PartialDate | None = None, two_end: PartialDate | None = None
) -> str | None:
    """ "before" or "after" (`one` against `two`, each to its end if a span), or None when their
    precision leaves it open."""
    one_first, one_last = _bounds(one)[0], _bounds(one_end or one)[1]
    two_first, two_last = _bounds(two)[0], _bounds(two_end or two)[1]
    if one_last < two_first:
        return "before"
    if two_last < one_first:
        return "after"
    return None


def _days(one: PartialDate, two: PartialDate) -> int:
    import datetime as dt

    return (dt.date(two.year, two.month, two.day) - dt.date(one.year, one.month, one.day)).days


@record
class Gap(Record):
    """How long from the earlier event to the later: a count in `unit` ("years", "months",
    "days", "weeks"), whether it is only about (one date is coarser than the count), and the
    words saying it."""

    count: int
    unit: str
    about: bool


def gap(early: PartialDate, late: PartialDate, unit: str | None) -> Gap | None:
    """The time from `early` to `late` in `unit` (None: the unit the dates' precision fits),
    or None when their precision cannot give it."""
    if order(early, late) != "before":
        return None
    both_days = bool(early.day and late.day)
    both_months = bool(early.month and late.month)
    if unit in ("days", "weeks") or (unit is None and both_days and _days(early, late) < 60):
        if not both_days:
            return None
        days = _days(early, late)
        if unit == "weeks":
            return Gap(days // 7, "weeks", days % 7 != 0) if days >= 7 else None
        return Gap(days, "days", False)
    if not both_months:
        # A year against a year: the years between ("2007 to 2012: 5 years"), only in years.
        years = late.year - early.year
        return Gap(years, "years", False) if unit in (None, "years") and years >= 1 else None
    months = (late.year - early.year) * 12 + late.month - early.month
    about = not both_days
    if both_days and late.day < early.day:
        months -= 1
    if unit == "years":
        years, left = divmod(months, 12)
        return Gap(years, "years", about and left in (0, 11)) if years >= 1 else None
    if months < 1:
        return None
    return Gap(months, "months", about)


def said(count: Gap, french: bool) -> str:
    """The gap in words: "5 years", "about 3 years and 5 months", « 9 jours »."""
    if count.unit == "months" and count.count >= 12:
        years, months = divmod(count.count, 12)
        text = _count(years, "years", french) + (
            (" et " if french else " and ") + _count(months, "months", french) if months else ""
        )
    else:
        text = _count(count.count, count.unit, french)
    return (("environ " if french else "about ") + text) if count.about else text


def _count(number: int, unit: str, french: bool) -> str:
    english = {"years": "year", "months": "month", "days": "day", "weeks": "week"}[unit]
    fr = {"years": "an", "months": "mois", "days": "jour", "weeks": "semaine"}[unit]
    word = fr if french else english
    if number != 1 and word != "mois":
        word += "s"
    return f"{number} {word}"


# Asked: which of two came first, and how long between them (folded text).
ASKS_ORDER = lazy(r"\b(?:avant\s+ou\s+apres|apres\s+ou\s+avant|before\s+or\s+after|after\s+or\s+before)\b")
_UNITS = {
    "year": "years", "years": "years", "annees": "years", "ans": "years", "an": "years",
    "month": "months", "months": "months", "mois": "months",
    "day": "days", "days": "days", "jours": "days", "jour": "days",
    "week": "weeks", "weeks": "weeks", "semaines": "weeks", "semaine": "weeks",
}  # fmt: skip
ASKS_GAP = lazy(
    r"\bhow\s+(?:many\s+(?P<en>years?|months?|days?|weeks?)|long)\b(?=.*\b(?:after|before|between|passed|elapsed)\b)"
    r"|\bcombien\s+(?:d'|de\s+)(?P<fr>annees|ans|mois|jours|semaines|temps)\b(?=.*\b(?:apres|avant|entre|separe\w*|ecoule\w*)\b)"
)
# "How long before …", « combien de jours avant … »: the second event named came first.
_BEFORE_ASKED = lazy(r"\b(?:how\s+(?:many\s+\w+|long)|combien\s+(?:d'|de\s+)\w+)\s+(?:before|avant)\b")


@record
class Told(Record):
    """An answer about two events: the words, a typed value, and the sources of both dates."""

    answer: str | None  # (None: declined, the dates' precision cannot tell)
    value: str | int | None
    refs: tuple[str, ...]
    note: str


_DECLINED = Told(None, None, (), "the source's dates of these two events cannot tell that at their precision")


def asked(store: Store, question: str, *, french: bool) -> Told | None:
    """The answer to a question setting two events against each other (its answer None when the
    dates cannot give it: declined); None when the question is not of that kind."""
    folded = fold(question)
    if not TIME_RELATION_CUE.search(folded):
        return None
    asks_order = ASKS_ORDER.search(folded)
    asks_gap = ASKS_GAP.search(folded) if asks_order is None else None
    if asks_order is None and asks_gap is None:
        return None
    events = named_events(store, question)
    if events is None:
        # « Combien de temps sépare A de B ? »: a time asked, never a figure of another kind.
        return _DECLINED if asks_gap is not None and re.search(r"\bsepare|\bseparates?\b", folded) else None
    one, two = events
    dates = f"{one.date.human()} ({one.refs[0]}), {two.date.human()} ({two.refs[0]})"
    refs = (*one.refs, *two.refs)
    if asks_order is not None:
        which = order(one.date, two.date, one.end, two.end)
        if which is None:
            return _DECLINED
        word = {"before": "avant", "after": "après"}[which] if french else which
        return Told(f"{word} ({dates})", which, refs, "derived: the order of the two dates the source gives")
    assert asks_gap is not None
    unit_word = asks_gap.group("en") or asks_gap.group("fr")
    unit = _UNITS.get(unit_word.rstrip("s") + "s" if asks_gap.group("en") else unit_word) if unit_word else None
    early, late = (two, one) if _BEFORE_ASKED.search(folded) else (one, two)
    if "entre" in folded or "between" in folded or "separe" in folded:
        early, late = (one, two) if order(one.date, two.date) == "before" else (two, one)
    # (A span's gap is not one count: 16 "in 1984 or 1985" to 1991 is six or seven years.)
    count = gap(early.date, late.date, unit) if early.end is None and late.end is None else None
    if count is None:
        return _DECLINED
    words = said(count, french)
    note = "derived: the time between the two dates the source gives"
    # (Years counted between years show the years, "5 years (2007–2012)"; the evidence quotes
    # the sentences giving both dates.)
    years = count.unit == "years"
    a, b = (str(early.date.year), str(late.date.year)) if years else (early.date.human(), late.date.human())
    return Told(f"{words} ({a}–{b})", count.count, refs, note)


# --- Claims: "Five years after his defeat to Brunel, Faure entered the Assembly" ----------------

# A count said in words (« cinq », "five"), "a"/"an"/« un » being one.
_NUMBERS = {
    "a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if w != "twice"},
    "eleven": 11, "onze": 11, "twelve": 12, "douze": 12,
}  # fmt: skip
_ABOUT = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "approximately", "environ", "pres de", "presque"}
)
_DAYS_IN = {"years": 365.25, "months": 30.44, "weeks": 7.0, "days": 1.0}
_UNIT_WORD = r"(?P<unit>years?|ans?|annees?|months?|mois|weeks?|semaines?|days?|jours?|fortnight|quinzaine)"
# The gap a claim gives: its qualifier, its count (or "a few"), its unit.
_GAP_SAID = lazy(
    r"\b(?P<q>about|around|roughly|some|nearly|almost|approximately|less\s+than|under|fewer\s+than|more\s+than|over"
    r"|just|only|barely|exactly|environ|pres\s+de|presque|a\s+peine|moins\s+de|plus\s+de|seulement|juste)?\s*"
    r"(?P<n>\d{1,2}|a\s+few|a\s+couple\s+of|several|quelques|plusieurs|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True))
    + r")\s+(?:d')?"
    + _UNIT_WORD
    + r"\b(?:\s+(?:later|plus\s+tard))?"
)
# The relation said: which side of the word names the event the other is set against.
_AFTER = lazy(r"\b(?:after|apres|later\s+than|followed|suivi|succede)\b")
_BEFORE = lazy(r"\b(?:before|avant|earlier\s+than|preceded|precede|precedaient|precedait|ahead\s+of)\b")
# (« entre » is also "entered": « est entré à l'Assemblée »; "between" only with its « et ».)
_BETWEEN = lazy(r"\b(?:between|entre(?!\s+(?:a|au|aux|dans|en)\b)(?=[^?.]*\bet\b)|separe\w*|separated)\b")
# Words a claim of two events may hold besides the events: its subject, its link words.
_FILLER = frozenset(
    """
    faure olivier he his him il sa son ses lui se s a an the of to in on at by and et le la les l de du des d
    un une est was were had has have been after before apres avant between entre later plus tard tot passed
    elapsed went by sont ecoule ecoules ecoulees s'est separe separent separated preceded precede came come
    ete just only barely seulement juste que qu n ne avait had was then face contre against against to
    exactly final finally enfin first premiere premier when quand lorsque being etre having avoir came come
    took place
    """.split()
)


@record
class Claimed(Record):
    """A claim's time relation between two events: whether the source's dates bear it out (None:
    their precision cannot tell), the words it left unexplained, and the dates as a correction."""

    holds: bool | None
    unexplained: tuple[str, ...]
    dates: str
    refs: tuple[str, ...]


def _named(store: Store, folded: str) -> list[tuple[int, int, Dated]] | None:
    """(start, end, event) of the two events `folded` names, or None."""
    events = named_events(store, folded)
    if events is None:
        return None
    spans: list[tuple[int, int, Dated]] = []
    for dated in events:
        keys = [k for k, _, _ in _COMPILED if k.rstrip("~") == dated.id]
        found = [(m.start(), m.end()) for k, p, _ in _COMPILED if k in keys for m in p.finditer(folded)]
        if not found:
            # (Named by the bare election words: "his victory", « a été élu », "his first election".)
            found = [(m.start(), m.end()) for k, p, _ in _COMPILED if k == _GENERIC for m in p.finditer(folded)]
            found = found or [m.span() for m in _FIRST_ELECTION.finditer(folded)]
        spans.extend((s, e, dated) for s, e in found)
    if len({dated.id for _, _, dated in spans}) != 2:
        return None  # (one of them not found where the text names it)
    return sorted(spans, key=lambda s: s[0])


def _claimed_days(match: re.Match[str]) -> tuple[str, float, float] | None:
    """(qualifier, least, most) days the gap said may mean."""
    unit_word = match.group("unit")
    unit = "days"
    if unit_word in ("fortnight", "quinzaine"):
        count = 14.0
    else:
        named = _UNITS.get(unit_word) or _UNITS.get(unit_word.rstrip("s") + "s") or _UNITS.get(unit_word.rstrip("s"))
        if named is None:
            return None
        unit = named
        n = re.sub(r"\s+", " ", match.group("n"))
        if n in ("a few", "a couple of", "several", "quelques", "plusieurs"):
            return "few", 2 * _DAYS_IN[unit], 9 * _DAYS_IN[unit]
        count = float(n) if n.isdigit() else float(_NUMBERS[n])
    size = _DAYS_IN[unit]
    q = re.sub(r"\s+", " ", match.group("q") or "")
    if q in ("less than", "under", "fewer than", "moins de", "a peine", "barely"):
        return "less", 0.0, count * size
    if q in ("more than", "over", "plus de"):
        return "more", count * size, 10**6
    if q in (
        "about",
        "around",
        "roughly",
        "some",
        "nearly",
        "almost",
        "approximately",
        "environ",
        "pres de",
        "presque",
    ):
        return "about", count * size - size / 2, count * size + size / 2
    if unit == "days":
        return "exact", count, count
    # (Said exactly, a count is its own rounding, and no more than a fifth off: "a year" is not
    # eight months, "three years" may be three and a half.)
    slack = min(size / 2, count * size / 5)
    return "exact", count * size - slack, count * size + slack


def _days_between(early: Dated, late: Dated) -> tuple[int, int]:
    """The least and most days from `early` to `late` their precision allows."""
    import datetime as dt

    def day(parts: tuple[int, int, int]) -> dt.date:
        year, month, last = parts
        while True:
            try:
                return dt.date(year, month, last)
            except ValueError:
                last -= 1

    early_first, early_last = day(_bounds(early.date)[0]), day(_bounds(early.end or early.date)[1])
    late_first, late_last = day(_bounds(late.date)[0]), day(_bounds(late.end or late.date)[1])
    return (late_first - early_last).days, (late_last - early_first).days


def claimed(store: Store, claim: str) -> Claimed | None:
    """The time relation `claim` sets between two events the store dates ("three years after his
    2007 defeat, he entered the Assembly", "X preceded Y", "two weeks passed between A and B"),
    checked against both dates at their precision; None unless it names exactly two and one
    relation word between or before them."""
    folded = fold(claim)
    if not TIME_RELATION_CUE.search(folded):
        return None
    named = _named(store, folded)
    if named is None:
        return None
    after, before, between = _AFTER.search(folded), _BEFORE.search(folded), _BETWEEN.search(folded)
    if sum(x is not None for x in (after, before, between)) != 1:
        return None
    said = list(_GAP_SAID.finditer(folded))
    if len(said) > 1:
        return None
    first, second = named[0][2], next(d for _, _, d in named if d.id != named[0][2].id)
    word = after or before or between
    assert word is not None
    anchor_first = named[0][0] > word.start()  # ("after A, B": the event after the word is A)
    if between is not None:
        early, late, want = first, second, None
    else:
        # "B … after A" or "After A, B": B lies on the word's side of A.
        anchor, other = (first, second) if anchor_first else (second, first)
        if _FOLLOWED_OR_PRECEDED.search(word.group()):
            # "A preceded B", "A followed B": the subject is set against the object.
            anchor, other = second, first
        early, late, want = (anchor, other, "after") if after is not None else (other, anchor, "before")
        del want
    dates = f"{first.date.human()} ({first.refs[0]}), {second.date.human()} ({second.refs[0]})"
    refs = (*first.refs, *second.refs)
    told = order(early.date, late.date, early.end, late.end)
    if between is not None and told == "after":
        early, late, told = late, early, "before"
    unexplained = _unexplained(store, folded, named, said, word, first, second)
    if told is None:
        return Claimed(None, unexplained, dates, refs)
    if told == "after":
        return Claimed(False, unexplained, dates, refs)
    if not said:
        return Claimed(True, unexplained, dates, refs)
    gap_said = _claimed_days(said[0])
    if gap_said is None:
        return None
    kind, least, most = gap_said
    if early.date.month == 0 or late.date.month == 0:
        in_years = said[0].group("unit").startswith(("year", "an"))
        if in_years and kind == "exact" and early.end is None and late.end is None:
            # A year against a year: the count of years between them ("2007 to 2012: 5 years"),
            # denied only two years off (a year's dates may lie nearly a year apart either way).
            years = late.date.year - early.date.year
            count = round((least + most) / 2 / 365.25)
            holds = True if years == count else False if abs(years - count) >= 2 else None
            return Claimed(holds, unexplained, dates, refs)
        low, high = _days_between(early, late)
        return Claimed(False if high < least or low > most else None, unexplained, dates, refs)
    if not (early.date.day and late.date.day) and said[0].group("unit").startswith(("month", "mois")):
        # A month against a month: the months between them ("May 2021 to January 2022: 8
        # months"), denied only two months off.
        months = (late.date.year - early.date.year) * 12 + late.date.month - early.date.month
        count = round((least + most) / 2 / 30.44)
        if kind == "exact" or kind == "about":
            off = abs(months - count)
            holds = True if off == 0 or (kind == "about" and off == 1) else False if off >= 2 else None
            return Claimed(holds, unexplained, dates, refs)
    low, high = _days_between(early, late)
    if least <= low and high <= most:
        return Claimed(True, unexplained, dates, refs)
    if kind == "few":
        wrong = high < least / 2 or low > most * 2
    elif kind in ("less", "more"):
        wrong = low > most or high < least
    else:
        # Another count than the one said: a whole unit past its rounding, or half or twice it
        # ("a month" for nine days).
        size = (most - least) or 1.0
        center = (least + most) / 2
        wrong = high < least - size or low > most + size or high < center / 2 or low > center * 2
    return Claimed(False if wrong else None, unexplained, dates, refs)


_FOLLOWED_OR_PRECEDED = lazy(r"^(?:followed|suivi|succede|preceded|precede|precedait|precedaient)$")


def _unexplained(
    store: Store,
    folded: str,
    named: list[tuple[int, int, Dated]],
    said: list[re.Match[str]],
    word: re.Match[str],
    *events: Dated,
) -> tuple[str, ...]:
    """The claim's words that neither names one of the two events, nor says the gap or the
    relation, nor stands in the sources giving the two dates (those might say more)."""
    taken = [(s, e) for s, e, _ in named] + [(m.start(), m.end()) for m in said] + [(word.start(), word.end())]
    refs = [r for e in events for r in e.refs]
    return words_not_told(store, folded, taken, refs, lambda w: w in _FILLER)


def words_not_told(
    store: Store, folded: str, taken: list[tuple[int, int]], refs: Iterable[str], skip: Callable[[str], bool]
) -> tuple[str, ...]:
    """The words of `folded` (three letters or more) outside the spans `taken` that no sentence of
    `refs` holds (by their first five letters) and `skip` does not excuse: what a claim read by its
    dates or figures says beyond them, which those sentences must hold for it to be SUPPORTED."""
    told = " ".join(fold(s.text) for r in refs if (s := store.sentence(r)) is not None)
    known = {w[:5] for w in re.findall(r"[a-z0-9]+", told)}
    left = []
    for found in re.finditer(r"[a-z0-9]+", folded):
        if any(s <= found.start() < e for s, e in taken):
            continue
        w = found.group()
        if len(w) < 3 or w[:5] in known or skip(w):
            continue
        left.append(w)
    return tuple(left)
