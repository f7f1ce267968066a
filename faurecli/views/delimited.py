"""CSV and TSV for people who work with data: one row per record, built from the JSON records
(not from the display tables), with an `id` column, ISO dates, empty cells where there is no
value, flags in their own columns, a header always, and no cell a spreadsheet would run as a
formula. Imports neither Rich nor the table code."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any


class Dialect(Enum):
    """The two delimited formats."""

    CSV = "csv"
    TSV = "tsv"


# A column: its header and how a JSON record gives its value.
Column = tuple[str, Callable[[Mapping[str, Any]], Any]]


def _key(name: str) -> Column:
    return name, lambda record: record.get(name)


def _in_conflict(record: Mapping[str, Any]) -> bool:
    return bool(record.get("conflicts"))


def match_text(match: Mapping[str, Any] | None) -> str | None:
    """Why a search hit matched, in one line: the field (and a name's language), then the
    snippet with the matched words between « »."""
    if not match:
        return None
    lang = f" ({match['lang']})" if match.get("lang") else ""
    return f"{match['field']}{lang}: {match['snippet']}"


# The columns of each listing, in order. Field names are those of the JSON; `in_conflict` is
# the flag the tables mark with a dagger; lists are joined with "; ".
TABLES: dict[str, tuple[Column, ...]] = {
    "offices": (
        *map(_key, ("id", "title", "start", "end", "current", "ended", "as_of", "length_months")),
        *map(_key, ("length_approximate", "predecessors", "successors", "source", "derived", "end_derived")),
        ("in_conflict", _in_conflict),
        *map(_key, ("conflicts", "note", "sources")),
    ),
    "timeline": (
        *map(_key, ("id", "date", "end", "text", "section", "markers", "derived")),
        ("in_conflict", _in_conflict),
        *map(_key, ("conflicts", "note", "tags", "sources", "sentence")),
    ),
    "search": (
        *map(_key, ("id", "kind", "text", "score", "date", "section", "markers", "sentence")),
        ("matched", lambda record: match_text(record.get("match"))),
    ),
    "cite": tuple(map(_key, ("id", "text", "section", "markers", "summary", "citation"))),
}

# OWASP (CSV injection): a cell starting with one of these may be run as a formula by a
# spreadsheet, so it is written after an apostrophe. A plain number keeps its sign.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def cell(value: Any) -> str:
    """One value as a cell: empty for None, `true`/`false`, lists joined with "; ", numbers
    as JSON writes them, and text that would start a formula behind an apostrophe."""
    text = _text(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value if v is not None)
    return str(value)


def rows(table: str, records: Iterable[Mapping[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a listing (`offices`, `timeline`, `search`, `cite`)."""
    columns = TABLES[table]
    return [name for name, _ in columns], [[cell(get(r)) for _, get in columns] for r in records]


def delimited(table: str, records: Iterable[Mapping[str, Any]], dialect: Dialect) -> str:
    """The records as CSV (RFC 4180 quoting; lines end in LF, as Unix tools expect) or TSV (IANA
    text/tab-separated-values: tab, newline, carriage return and backslash escaped as \\t, \\n,
    \\r and \\\\, since a field may hold none of them)."""
    header, body = rows(table, records)
    return write(header, body, dialect)


def write(header: Sequence[str], body: Iterable[Sequence[str]], dialect: Dialect) -> str:
    """A header and rows of cells as CSV or TSV."""
    if dialect is Dialect.TSV:
        return "".join("\t".join(c.translate(_TSV_ESCAPES) for c in row) + "\n" for row in [header, *body])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(body)
    return buffer.getvalue()


# The listing each result is written as.
_LISTING = {"Offices": "offices", "Timeline": "timeline", "Hits": "search", "Citations": "cite"}


def text(result: Any, dialect: Dialect) -> str:
    """A listing result (offices, timeline, hits, citations) as CSV or TSV, from its JSON data."""
    from faurecli.views.json import data

    return delimited(_LISTING[type(result).__name__], data(result), dialect)
