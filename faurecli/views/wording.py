"""How dates, terms and records read to people: the phrasing shared by the JSON records and the
tables, so that each is worded in one place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faurecli.model import Event, Office, Origin, PartialDate, Term

if TYPE_CHECKING:
    from faurecli.query import Why


def span_text(start: PartialDate, end: PartialDate | None) -> str:
    """A date, or a range of two ("2011", not "2011 – 2011", when both bounds are one period)."""
    return start.human() if end is None or end == start else f"{start.human()} – {end.human()}"


def heading_text(heading: str, as_of: PartialDate) -> str:
    """An article's section heading as a table shows it: its "present" ("Member of the National
    Assembly, 2012–present") is the article's, so it is dated as the offices' are."""
    return re.sub(r"\bpresent\b(?! \(as of)", f"present (as of {as_of.human()})", heading, count=1)


def end_text(office: Office, as_of: PartialDate, *, unknown: str = "not given") -> str:
    """ "present (as of …)" for a current office, its end date, "ended, date not given" when the
    text ends it without a date, or `unknown` when the text says nothing of its end."""
    term = office.term
    if term is Term.CURRENT:
        return f"present (as of {as_of.human()})"
    if term is Term.DATED:
        assert office.end is not None
        return office.end.human()
    return "ended, date not given" if term is Term.ENDED else unknown


def length_text(office: Office, as_of: PartialDate) -> str:
    from faurecli.query import length_months

    length = length_months(office, as_of)
    if length is None:
        return "—"
    months, exact = length
    years, rest = divmod(months, 12)
    if not exact:
        return f"~{years} yr" if years else "<1 yr"
    parts = [f"{years} yr" if years else "", f"{rest} mo" if rest else ""]
    return " ".join(p for p in parts if p) or "<1 mo"


def dated(record: Office | Event) -> tuple[PartialDate, PartialDate | None, str]:
    """The date(s) and words a record is listed under: an office by its term and title, an
    event by its span and text."""
    if isinstance(record, Office):
        return record.start, record.end, record.title
    return record.date, record.end, record.text


def record_line(record: Office | Event, as_of: PartialDate) -> str:
    """One line for a record, as the offices or timeline listing shows it."""
    if isinstance(record, Office):
        return f"{record.title}: {record.start.human()} – {end_text(record, as_of, unknown='end not given')}"
    return f"{span_text(record.date, record.end)}: {record.text}"


# By the name of a query.Why: the views of search, ask and verify need not import the query.
_WHY = {
    "OPEN": "end not given: perhaps still held; the text does not say",
    "ENDED": "ended on a date the text does not give",
    "COARSE": "the text dates it no closer than this",
    "DISPUTED": "the sources disagree on its start: faure conflicts",
}


def why_text(why: Why) -> str:
    """Why an office is only perhaps held in a period, in words."""
    return _WHY[why.name]


def shown_by(record: Office | Event) -> str:
    """The listing that shows a record."""
    if isinstance(record, Office):
        return "faure offices" + (" --source all" if record.origin is Origin.PROSE else "")
    return "faure timeline"
