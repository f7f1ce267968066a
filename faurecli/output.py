"""Turn lookup results into JSON records and grids (tables as plain data, rendered by
faurecli.grid). Builds; decides nothing. Nothing here imports Rich."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from faurecli.grid import Cell, Grid, grid
from faurecli.model import Event, Kind, Office, PartialDate, Store
from faurecli.query import (
    Citation,
    Moment,
    current_offices,
    derived_records,
    event_markers,
    event_section,
    length_months,
    shown_for,
)

if TYPE_CHECKING:
    from faurecli.search import Hit

SOURCE_STYLE = {"infobox": "cyan", "prose": "magenta"}


# --- JSON ------------------------------------------------------------------------------------


def json_text(data: Any, *, pretty: bool = True, ascii_only: bool = False) -> str:
    """JSON with accents as they are (or as \\u escapes with `ascii_only`), keys in the order
    the records give them. Compact JSON is several times faster to write: Python's C encoder
    serves only unindented output."""
    return json.dumps(data, ensure_ascii=ascii_only, indent=2 if pretty else None) + "\n"


def jsonl_text(items: Iterable[Any], *, ascii_only: bool = False) -> str:
    return "".join(json.dumps(item, ensure_ascii=ascii_only) + "\n" for item in items)


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def office_record(store: Store, office: Office, today: dt.date) -> dict[str, Any]:
    length = length_months(office, today)
    return {
        "id": office.id,
        "title": office.title,
        "start": str(office.start),
        "end": _date(office.end),
        "current": office.current,
        "length_months": None if length is None else length[0],
        "predecessors": list(office.predecessors),
        "successors": list(office.successors),
        "source": office.origin.value,
        "derived": office.derived,
        "note": office.note,
        "conflicts": store.conflicts_of(office.id),
        "sources": list(office.sources),
    }


def event_record(store: Store, event: Event) -> dict[str, Any]:
    cited = list(store.source_sentences(event.sources))
    return {
        "id": event.id,
        "date": str(event.date),
        "end": _date(event.end),
        "text": event.text,
        "section": event_section(store, event),
        "markers": event_markers(store, event),
        "sentence": cited[0].text if cited else None,
        "derived": event.derived,
        "note": event.note,
        "tags": list(event.tags),
        "conflicts": store.conflicts_of(event.id),
        "sources": list(event.sources),
    }


def hit_record(store: Store, hit: Hit) -> dict[str, Any]:
    sentences = [s for s in (store.sentence(i) for i in hit.sentences) if s is not None]
    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "text": hit.text,
        "score": hit.score,
        "date": _date(hit.date),
        "section": sentences[0].section if sentences else None,
        "sentence": sentences[0].text if sentences else None,
        "markers": sorted({n for s in sentences for n in s.markers}),
    }


def citation_record(citation: Citation) -> dict[str, Any]:
    sentence = citation.sentence
    return {
        "id": sentence.id,
        "text": sentence.text,
        "section": sentence.section,
        "markers": list(sentence.markers),
        "follows": citation.follows.text if citation.follows else None,
        "follows_id": citation.follows.id if citation.follows else None,
        "citation": citation.line,
    }


def profile_record(store: Store, today: dt.date) -> dict[str, Any]:
    person = store.person
    return {
        "name": person.name,
        "birth_date": str(person.birth_date),
        "age": person.age_on(today),
        "birth_place": person.birth_place,
        "nationality": person.nationality,
        "party": person.party,
        "profession": person.profession,
        "alma_mater": list(person.alma_mater),
        "current_offices": [
            {"id": o.id, "title": o.title, "start": str(o.start), "source": o.origin.value}
            for o in current_offices(store)
        ],
        "sources": {key: list(refs) for key, refs in person.sources.items()},
    }


# --- Text and tables -------------------------------------------------------------------------


def span_text(start: PartialDate, end: PartialDate | None) -> str:
    return start.human() if end is None else f"{start.human()} – {end.human()}"


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


def _caption(derived: bool, conflicted: bool) -> str | None:
    notes = []
    if derived:
        notes.append("* date derived, not stated")
    if conflicted:
        notes.append("† the sources disagree: faure conflicts")
    return "   ".join(notes) or None


def offices_grid(store: Store, offices: Sequence[Office], today: dt.date) -> Grid:
    rows: list[list[str | Cell]] = []
    for office in offices:
        end = "present" if office.current else (office.end.human() if office.end else "not given")
        flags = (" *" if office.derived else "") + (" †" if store.conflicts_of(office.id) else "")
        rows.append(
            [
                office.title,
                office.start.human() + flags,
                end,
                length_text(office, today),
                ", ".join(office.predecessors) or "—",
                ", ".join(office.successors) or "—",
                Cell(office.origin.value, SOURCE_STYLE[office.origin.value]),
            ]
        )
    columns = [("Office", 3), ("Start", -11), ("End", -11), ("Length", -10)]
    columns += [("Predecessors", 2), ("Successors", 2), ("Source", -7)]
    caption = _caption(any(o.derived for o in offices), any(store.conflicts_of(o.id) for o in offices))
    return grid(columns, rows, caption=caption)


def timeline_grid(store: Store, events: Sequence[Event]) -> Grid:
    rows = []
    for event in events:
        flags = (" *" if event.derived else "") + (" †" if store.conflicts_of(event.id) else "")
        rows.append([span_text(event.date, event.end) + flags, event.text, event_section(store, event)])
    caption = _caption(any(e.derived for e in events), any(store.conflicts_of(e.id) for e in events))
    return grid([("Date", -13), ("Event", 3), ("Section", 1)], rows, caption=caption)


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


def moment_record(store: Store, moment: Moment, when: PartialDate, today: dt.date) -> dict[str, Any]:
    return {
        "date": str(when),
        "held": [office_record(store, o, today) for o in moment.held],
        "events": [event_record(store, e) for e in moment.events],
        "before": event_record(store, moment.before) if moment.before else None,
        "after": event_record(store, moment.after) if moment.after else None,
    }


def moment_grids(store: Store, moment: Moment, when: PartialDate, today: dt.date) -> list[Grid]:
    held = grid(
        [("Office", 3), ("Start", -11), ("End", -11), ("Source", -7), ("Sources", 1)],
        [
            [
                o.title,
                o.start.human(),
                "present" if o.current else (o.end.human() if o.end else "not given"),
                Cell(o.origin.value, SOURCE_STYLE[o.origin.value]),
                ", ".join(o.sources),
            ]
            for o in moment.held
        ]
        or [["(no office or position)", "", "", "", ""]],
        title=f"Held in {when.human()}",
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
    return [held, happened]


def conflicts_record(store: Store) -> dict[str, Any]:
    return {
        "conflicts": [
            {
                "id": c.id,
                "subject": c.subject,
                "claims": [
                    {
                        "says": claim.says,
                        "date": _date(claim.date),
                        "sources": [{"ref": ref, "text": store.quote(ref)} for ref in claim.sources],
                    }
                    for claim in c.claims
                ],
                "shown": [
                    {"command": s.command, "record": s.record, "text": s.text}
                    for s in (shown_for(store, r) for r in c.records)
                    if s is not None
                ],
            }
            for c in store.conflicts
        ],
        "derived": [
            {
                "kind": "office" if isinstance(r, Office) else "event",
                "id": r.id,
                "date": str(r.start if isinstance(r, Office) else r.date),
                "text": r.title if isinstance(r, Office) else r.text,
                "note": r.note,
                "sources": [{"ref": ref, "text": store.quote(ref)} for ref in r.sources],
            }
            for r in derived_records(store)
        ],
    }


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
                rows.append([Cell("Shown by", "bold"), shown.command, shown.text])
        grids.append(grid([("", -9), ("Says", 2), ("Source, verbatim", 4)], rows, title=conflict.subject))
    derived = [
        [
            r.start.human() if isinstance(r, Office) else span_text(r.date, r.end),
            r.title if isinstance(r, Office) else r.text,
            r.note or "",
            ", ".join(r.sources),
        ]
        for r in derived_records(store)
    ]
    grids.append(
        grid([("Date", -13), ("Record", 3), ("How it is derived", 3), ("Sources", 1)], derived, title="Derived dates")
    )
    return grids


def citation_markdown(citations: Sequence[Citation]) -> str:
    """Each sentence as a Markdown blockquote, closed by its citation line."""
    return "\n".join(f"> {c.sentence.text}\n>\n> — {c.line}\n" for c in citations)
