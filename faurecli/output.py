"""Tables for people: lookup results as grids (faurecli.grid renders them for a terminal,
a pipe, CSV or Markdown). Builds; decides nothing. Nothing here imports Rich."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from faurecli.grid import ORIGIN_STYLE, Cell, Grid, grid
from faurecli.model import Event, Kind, Office, PartialDate, Store
from faurecli.query import (
    Citation,
    Moment,
    current_offices,
    derived_records,
    event_section,
    shown_for,
)
from faurecli.text import dated, end_text, length_text, record_line, span_text

if TYPE_CHECKING:
    from faurecli.search import Hit


def _origin(office: Office) -> Cell:
    return Cell(office.origin.value, ORIGIN_STYLE[office.origin])


def _flags(store: Store, record: Office | Event) -> str:
    """Marks after a date: * derived, † the sources disagree (explained by _caption)."""
    return (" *" if record.derived else "") + (" †" if store.conflicts_of(record.id) else "")


def _caption(store: Store, records: Sequence[Office | Event]) -> str | None:
    notes = []
    if any(r.derived for r in records):
        notes.append("* date derived, not stated")
    if any(store.conflicts_of(r.id) for r in records):
        notes.append("† the sources disagree: faure conflicts")
    return "   ".join(notes) or None


def offices_grid(store: Store, offices: Sequence[Office], today: dt.date) -> Grid:
    rows: list[list[str | Cell]] = []
    for office in offices:
        rows.append(
            [
                office.title,
                office.start.human() + _flags(store, office),
                end_text(office),
                length_text(office, today),
                ", ".join(office.predecessors) or "—",
                ", ".join(office.successors) or "—",
                _origin(office),
            ]
        )
    # Start has room for its date and a flag: "26 Aug 2014 †".
    columns = [("Office", 3), ("Start", -13), ("End", -11), ("Length", -10)]
    columns += [("Predecessors", 2), ("Successors", 2), ("Source", -7)]
    return grid(columns, rows, caption=_caption(store, offices))


def timeline_grid(store: Store, events: Sequence[Event]) -> Grid:
    rows = [[span_text(e.date, e.end) + _flags(store, e), e.text, event_section(store, e)] for e in events]
    return grid([("Date", -13), ("Event", 3), ("Section", 1)], rows, caption=_caption(store, events))


def search_grid(store: Store, hits: Sequence[Hit]) -> Grid:
    from faurecli.search import highlight_spans

    rows: list[list[str | Cell]] = []
    for hit in hits:
        text = Cell(hit.text, spans=tuple(highlight_spans(hit.text, hit.matched)))
        date = hit.date.human() if hit.date and hit.kind is not Kind.PERSON else ""
        rows.append([hit.kind.value, date, text, f"{hit.score:.0f}"])
    return grid([("Kind", -8), ("Date", -11), ("Text", 1), ("Score", -5)], rows)


def citation_grids(citations: Sequence[Citation]) -> list[Grid]:
    """One key-value grid per citation."""
    grids = []
    for citation in citations:
        sentence = citation.sentence
        markers = "".join(f"[{n}]" for n in sentence.markers) or "no marker in the summary"
        rows = [("Sentence", sentence.text), ("Section", sentence.section), ("Markers", markers)]
        if citation.follows is not None:
            rows.append(("Follows", citation.follows.text))
        rows.append(("Cite as", citation.line))
        grids.append(grid([("Field", -8), ("Value", 1)], [[Cell(k, "bold"), v] for k, v in rows], header=False))
    return grids


def profile_grid(store: Store, today: dt.date) -> Grid:
    person = store.person
    age = person.age_on(today)
    born = person.birth_date.human() + (f" (age {age})" if age is not None else "")
    rows = [
        ("Born", born),
        ("Birth place", person.birth_place),
        ("Nationality", person.nationality),
        ("Party", person.party),
        ("Profession", person.profession),
        ("Alma mater", ", ".join(person.alma_mater)),
    ]
    rows += [("Office", f"{o.title} (since {o.start.human()})") for o in current_offices(store)]
    return grid(
        [("Field", -11), ("Value", 1)], [[Cell(k, "bold"), v] for k, v in rows], title=person.name, header=False
    )


def moment_grids(store: Store, moment: Moment, when: PartialDate, today: dt.date) -> list[Grid]:
    held = grid(
        [("Office", 3), ("Start", -11), ("End", -11), ("Source", -7), ("Sources", 1)],
        [
            [
                o.title,
                o.start.human(),
                end_text(o),
                _origin(o),
                ", ".join(o.sources),
            ]
            for o in moment.held
        ]
        or [["(no office or position)", "", "", "", ""]],
        title=f"Held in {when.human()}",
    )
    grids = [held]
    if moment.open:
        grids.append(
            grid(
                [("Position", 3), ("Start", -11), ("Source", -7), ("Sources", 1)],
                [[o.title, o.start.human(), _origin(o), ", ".join(o.sources)] for o in moment.open],
                title="Begun earlier, end not given (perhaps still held; the text does not say)",
            )
        )
    nearest: list[tuple[str, Event]] = [("in", e) for e in moment.events]
    if moment.before:
        nearest.insert(0, ("before", moment.before))
    if moment.after:
        nearest.append(("after", moment.after))
    happened = grid(
        [("When", -7), ("Date", -13), ("Event", 3), ("Sources", 1)],
        [[where, span_text(e.date, e.end), e.text, ", ".join(e.sources)] for where, e in nearest],
        title=f"Happened in {when.human()}, and the nearest events on either side",
    )
    return [*grids, happened]


def conflict_grids(store: Store) -> list[Grid]:
    """Each disagreement with its claims side by side, then every derived date."""
    grids = []
    for conflict in store.conflicts:
        rows: list[list[str | Cell]] = []
        for number, claim in enumerate(conflict.claims, start=1):
            # An infobox quote already names its key ("Term Start3: 26 August 2014").
            quotes = "  ·  ".join(
                f"infobox: {store.quote(ref)}" if store.infobox_line(ref) else f"{ref}: {store.quote(ref)}"
                for ref in claim.sources
            )
            rows.append([Cell(f"Claim {number}", "bold"), claim.says, quotes])
        for shown in (shown_for(store, r) for r in conflict.records):
            if shown is not None:
                rows.append([Cell("Shown by", "bold"), shown.command, record_line(shown.record)])
        grids.append(grid([("", -9), ("Says", 2), ("Source, verbatim", 4)], rows, title=conflict.subject))
    derived = [
        [span_text(start, end), label, r.note or "", ", ".join(r.sources)]
        for r in derived_records(store)
        for start, end, label in [dated(r)]
    ]
    grids.append(
        grid([("Date", -13), ("Record", 3), ("How it is derived", 3), ("Sources", 1)], derived, title="Derived dates")
    )
    return grids


def citation_markdown(citations: Sequence[Citation]) -> str:
    """Each sentence as a Markdown blockquote, closed by its citation line."""
    return "\n".join(f"> {c.sentence.text}\n>\n> — {c.line}\n" for c in citations)
