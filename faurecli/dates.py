"""Dates as people write them, in English and French: ISO at any precision ("2014", "2014-06",
"2014-06-15"), numeric day/month/year ("13/12/2016", "18.07.2012"; read day-first, as in France),
day-month-year in words ("7 avril 2018", "1er mai 2018", "7 April 2018"), month-day-year in
English ("December 13, 2016"), month and year ("mai 2022", "Dec. 2024"), and, inside a query, a
day and month without a year ("29 March", "1er mai"). Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from faurecli.model import DateError, PartialDate, Record, _days_in, record
from faurecli.patterns import Pattern, lazy

ACCEPTED_FORMS = (
    "2014, 2014-06, 2014-06-15, 15/06/2014 (day first), 15 June 2014, 15 juin 2014, June 15, 2014 or June 2014"
)

# Folded (lower case, no accents) month names and the abbreviations people write, both languages.
_MONTH_NAMES = {
    1: ("january", "jan", "janvier", "janv"),
    2: ("february", "feb", "fevrier", "fevr", "fev"),
    3: ("march", "mar", "mars"),
    4: ("april", "apr", "avril", "avr"),
    5: ("may", "mai"),
    6: ("june", "jun", "juin"),
    7: ("july", "jul", "juillet", "juil"),
    8: ("august", "aug", "aout"),
    9: ("september", "sept", "sep", "septembre"),
    10: ("october", "oct", "octobre"),
    11: ("november", "nov", "novembre"),
    12: ("december", "dec", "decembre"),
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names}
# Any word, checked against MONTHS when read: a long alternation of names costs milliseconds to
# compile at every start-up.
_MONTH = r"([a-z]{3,9})\.?"
_DAY = r"([0-9]{1,2})(?:er|re|st|nd|rd|th)?"
_YEAR = r"([0-9]{4})"
_B, _E = r"(?<![\w.,/-])", r"(?![\w/-]|[.,][0-9])"
# (A month's name may follow "mid-", « mi- »: "mid-March 2018" is of March.)
_B_MONTH = r"(?:(?<![\w.,/-])|(?<=\bmid-)|(?<=\bmi-))"

# Tried in this order at each place; the first that matches wins.
_PATTERNS: tuple[tuple[str, Pattern], ...] = tuple(
    (name, lazy((_B_MONTH if name.startswith("month-") and name != "month-year-numeric" else _B) + pattern + _E))
    for name, pattern in (
        ("iso", r"([0-9]{4})[-/]([0-9]{1,2})(?:[-/]([0-9]{1,2}))?"),
        ("numeric", r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2})"),
        ("month-year-numeric", r"([0-9]{1,2})/([0-9]{4})"),
        ("day-month-year", _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR),
        ("month-day-year", _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR),
        ("month-year", _MONTH + r",?\s+" + _YEAR),
        # A month and a two-digit year, "août 68", "Aug. '68": the year written short, which a
        # day cannot be (over 31) or marked by an apostrophe.
        ("day-month-short-year", _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\s+('|’)?([0-9]{2})"),
        ("month-short-year", _MONTH + r"\s+('|’)?([0-9]{2})"),
        ("day-month", _DAY + r"\s+(?:of\s+)?" + _MONTH),
        ("month-day", _MONTH + r"\s+" + _DAY),
        ("year", r"(1[89][0-9]{2}|20[0-9]{2})"),
    )
)


@record
class ParsedDate(Record):
    """A date read from text: year (None when the text gives only a day and a month), month
    and day (0 when not given), and whether an ambiguous numeric date was read day-first."""

    year: int | None
    month: int = 0
    day: int = 0
    day_first: bool = False
    # A decade ("the 1990s", "les années 90"): `year` is its first year, and it spans ten.
    decade: bool = False

    @property
    def date(self) -> PartialDate:
        """As a PartialDate; raises DateError when the text gave no year."""
        if self.year is None:
            raise DateError(f"{self.human()} names no year: use {ACCEPTED_FORMS}")
        return PartialDate(self.year, self.month, self.day)

    def human(self) -> str:
        if self.decade:
            return f"{self.year}s"
        if self.year is not None:
            return self.date.human()
        return f"{self.day} {PartialDate(2000, self.month).human()[:3]}"

    def matches(self, other: PartialDate) -> bool:
        """Whether `other` falls within this date (a yearless date matches any year)."""
        if self.decade:
            return self.year is not None and self.year <= other.year <= self.year + 9
        if self.year is not None and self.year != other.year:
            return False
        if self.month and self.month != other.month:
            return False
        return not self.day or self.day == other.day


@record
class DateSpan(Record):
    """A date found in a text, with where it stands."""

    start: int
    end: int
    text: str
    parsed: ParsedDate


def fold_chars(text: str) -> str:
    """Lower case without accents, one character for one (so positions stay those of `text`)."""
    if text.isascii():
        return text.lower()  # the same, character for character, without decomposing each
    return "".join([_fold_char(char) for char in text])


@lru_cache(maxsize=1024)
def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).lower()
    return base if len(base) == 1 else char.lower()[:1] or " "


def _checked(year: int | None, month: int, day: int, *, day_first: bool = False) -> ParsedDate | None:
    if year is not None and not 1 <= year <= 9999:
        return None
    if month and not 1 <= month <= 12:
        return None
    if day and not 1 <= day <= _days_in(year or 2000, month):
        return None
    return ParsedDate(year, month, day, day_first)


def _read(name: str, groups: tuple[str | None, ...]) -> ParsedDate | None:
    g = [x or "" for x in groups]
    if "month" in name and name != "month-year-numeric" and not any(x in MONTHS for x in g):
        return None
    # A day or month written as 0 is no date (_checked reads 0 as "not given": 15/00/2000
    # would be the year 2000); a two-digit year 00 is 2000.
    given = {"iso": g[1:3], "numeric": g[0:2], "month-year-numeric": g[0:1]}.get(name, [])
    if any(x and not int(x) for x in given):
        return None
    if name == "iso":
        return _checked(int(g[0]), int(g[1]), int(g[2] or 0))
    if name == "numeric":
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        if len(g[2]) == 2:
            year += 1900 if year >= 50 else 2000
        if first > 12 or second > 12 or first == second:
            if second > 12:  # 12/13/2016 can only be month-first
                return _checked(year, first, second)
            return _checked(year, second, first)
        return _checked(year, second, first, day_first=True)
    if name == "month-year-numeric":
        return _checked(int(g[1]), int(g[0]), 0)
    if name == "day-month-year":
        return _checked(int(g[2]), MONTHS[g[1]], int(g[0]))
    if name == "month-day-year":
        return _checked(int(g[2]), MONTHS[g[0]], int(g[1]))
    if name == "month-year":
        return _checked(int(g[1]), MONTHS[g[0]], 0)
    if name in ("month-short-year", "day-month-short-year"):
        day, g = (int(g[0]), g[1:]) if name.startswith("day") else (0, g)
        short = int(g[2])
        # (Not a day, "August 15", nor "may"/« sept » as a verb or a number: "may 50 …".)
        if not g[1] and (short <= 31 or g[0] in ("may", "sept")):
            return None
        return _checked(short + (1900 if short >= 50 else 2000), MONTHS[g[0]], day)
    if name == "day-month":
        return _checked(None, MONTHS[g[1]], int(g[0]))
    if name == "month-day":
        return _checked(None, MONTHS[g[0]], int(g[1]))
    return _checked(int(g[0]), 0, 0)


def find_dates(text: str, *, yearless: bool = True) -> list[DateSpan]:
    """Every date in `text`, left to right, longest form first; `yearless` also finds a day
    and month without a year ("29 March")."""
    found: list[DateSpan] = []
    if not any(map(str.isdigit, text)):
        return found  # every form has a day or a year in digits
    folded = fold_chars(unicodedata.normalize("NFC", text))
    taken: list[tuple[int, int]] = []
    # A month is a whole word of letters: without one, the forms naming a month find nothing.
    months = any(word in MONTHS for word in _LETTERS.findall(folded))
    for name, pattern in _PATTERNS:
        if not yearless and name in ("day-month", "month-day"):
            continue
        if not months and name in _NAMED_MONTH:
            continue
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            parsed = _read(name, match.groups())
            if parsed is None:
                continue
            # "may" alone is a verb more often than a month: a bare English "may 15" needs a year.
            if name == "month-day" and match.group(1) == "may":
                continue
            taken.append((start, end))
            found.append(DateSpan(start, end, text[start:end] if len(folded) == len(text) else match.group(), parsed))
    if "-" in folded:
        # A period of years with a hyphen, "1997-2000": both years (the hyphen keeps either from
        # being read alone, as it must in "2014-06"); the later year second, or it is no period.
        for match in _YEAR_HYPHEN.finditer(folded):
            first, last = int(match.group(1)), int(match.group(2))
            if first < last and not any(match.start() < e and s < match.end() for s, e in taken):
                for at in (1, 2):
                    start, end = match.span(at)
                    found.append(DateSpan(start, end, text[start:end], ParsedDate(int(match.group(at)))))
    return sorted(found, key=lambda span: span.start)


_YEAR_HYPHEN = lazy(r"(?<![\w.,/-])(1[89][0-9]{2}|20[0-9]{2})-(1[89][0-9]{2}|20[0-9]{2})(?![\w/-]|[.,][0-9])")
_NAMED_MONTH = frozenset(
    {
        "day-month-year",
        "month-day-year",
        "month-year",
        "day-month-short-year",
        "month-short-year",
        "day-month",
        "month-day",
    }
)
_LETTERS = lazy(r"[a-z]+")

_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60}
_DECADE_WORDS |= {"seventies": 70, "eighties": 80, "nineties": 90}
_DECADE = lazy(
    r"(?<![\w'])(?:(?:early|late|mid-?|debut des|fin des|milieu des)\s*)?"
    r"(?:(?P<y>1[89][0-9]0|20[0-9]0)'?s|'(?P<s>[0-9]0)s|annees\s+(?P<f>1[89][0-9]0|20[0-9]0|[0-9]0)"
    r"|(?P<w>" + "|".join(_DECADE_WORDS) + r"))(?!\w)"
)


def find_decades(text: str) -> list[DateSpan]:
    """Every decade in `text`: "the 1990s", "1990's", "the '90s", "the nineties", "les années
    90", "années 1990". Kept apart from find_dates: a decade is a search period, not a date."""
    folded = fold_chars(unicodedata.normalize("NFC", text))
    found = []
    for match in _DECADE.finditer(folded):
        digits = match.group("y") or match.group("s") or match.group("f")
        if digits is None:
            year = 1900 + _DECADE_WORDS[match.group("w")]
        else:
            year = int(digits) if len(digits) == 4 else (1900 if int(digits) >= 30 else 2000) + int(digits)
        start, end = match.span()
        shown = text[start:end] if len(folded) == len(text) else match.group()
        found.append(DateSpan(start, end, shown, ParsedDate(year, decade=True)))
    return found


def parse_date(text: str) -> ParsedDate:
    """Read `text` as one date with a year, in any accepted form; raise DateError naming the
    accepted forms when it is not one."""
    cleaned = unicodedata.normalize("NFC", text).strip() if isinstance(text, str) else ""
    if re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", cleaned):
        # ISO as before, with its precise messages (month 13, 30 February).
        date = PartialDate.parse(cleaned)
        return ParsedDate(date.year, date.month, date.day)
    spans = find_dates(cleaned)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(cleaned):
        parsed = spans[0].parsed
        if parsed.year is None:
            raise DateError(f"{text!r} names no year: use {ACCEPTED_FORMS}")
        return parsed
    shown = text if len(text) <= 40 else text[:37] + "..."
    raise DateError(f"{shown!r} is not a date: use {ACCEPTED_FORMS}")
