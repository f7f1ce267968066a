"""How dates, terms and records read to people: the phrasing shared by the JSON records and the
tables, so that each is worded in one place."""

from __future__ import annotations

import datetime as dt

from faurecli.model import Event, Office, PartialDate
from faurecli.query import length_months


def span_text(start: PartialDate, end: PartialDate | None) -> str:
    return start.human() if end is None else f"{start.human()} – {end.human()}"


def end_text(office: Office, *, unknown: str = "not given") -> str:
    """ "present" for a current office, its end date, or `unknown` when the text gives none."""
    if office.current:
        return "present"
    return office.end.human() if office.end else unknown


def length_text(office: Office, today: dt.date) -> str:
    length = length_months(office, today)
    if length is None:
        return "—"
    months, exact = length
    years, rest = divmod(months, 12)
    if not exact:
        return f"~{years} yr" if years else "<1 yr"
    parts = [f"{years} yr" if years else "", f"{rest} mo" if rest else ""]
    return " ".join(p for p in parts if p) or "<1 mo"


def dated(record: Office | Event) -> tuple[PartialDate, PartialDate | None, str]:
    """The date(s) and words a record is listed under: an office by its start and title, an
    event by its span and text."""
    if isinstance(record, Office):
        return record.start, None, record.title
    return record.date, record.end, record.text


def record_line(record: Office | Event) -> str:
    """One line for a record, as `faure offices` or `faure timeline` shows it."""
    if isinstance(record, Office):
        return f"{record.title}: {record.start.human()} – {end_text(record, unknown='end not given')}"
    return f"{span_text(record.date, record.end)}: {record.text}"
