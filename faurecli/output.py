"""Turn lookup results into JSON records, plain text and Rich renderables. Builds; decides nothing.

Rich is imported inside the builders that need it, so `--json` never pays for it. Store text
always enters Rich as `Text`, never as a markup string, so brackets in the data stay literal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from faurecli.model import Event, Kind, Office, PartialDate, Store
from faurecli.query import (
    Citation,
    current_offices,
    event_markers,
    event_section,
    length_months,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from faurecli.search import Hit

SOURCE_STYLE = {"infobox": "cyan", "prose": "magenta"}


# --- JSON ------------------------------------------------------------------------------------


def json_text(data: Any, *, pretty: bool = True) -> str:
    """JSON, UTF-8 with accents as they are, keys in the order the records give them. Compact
    JSON is several times faster to write: Python's C encoder serves only unindented output."""
    return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None) + "\n"


def jsonl_text(items: Iterable[Any]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _sources(store: Store, refs: Sequence[str]) -> list[dict[str, str]]:
    return [{"ref": ref, "text": store.quote(ref)} for ref in refs]


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
        "sources": _sources(store, office.sources),
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
        "sources": _sources(store, event.sources),
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
        "sources": {key: _sources(store, refs) for key, refs in person.sources.items()},
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


def _table(*columns: tuple[str, int], title: str | None = None, header: bool = True) -> Table:
    """A table of (name, size) columns. A negative size caps a short column (dates, scores,
    labels) at that width; a positive one is a ratio, so text columns share out the rest and a
    long title gets the most. Every column wraps rather than cut a fact."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", expand=True, show_header=header)
    for name, size in columns:
        if size < 0:
            table.add_column(name, overflow="fold", max_width=-size)
        else:
            table.add_column(name, overflow="fold", ratio=size)
    return table


def _text(value: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(value, style=style)


def offices_table(store: Store, offices: Sequence[Office], today: dt.date) -> Table:
    table = _table(
        ("Office", 3),
        ("Start", -11),
        ("End", -11),
        ("Length", -10),
        ("Predecessors", 2),
        ("Successors", 2),
        ("Source", -7),
    )
    for office in offices:
        end = "present" if office.current else (office.end.human() if office.end else "not given")
        flags = (" *" if office.derived else "") + (" †" if store.conflicts_of(office.id) else "")
        table.add_row(
            _text(office.title),
            _text(office.start.human() + flags),
            _text(end),
            _text(length_text(office, today)),
            _text(", ".join(office.predecessors) or "—"),
            _text(", ".join(office.successors) or "—"),
            _text(office.origin.value, SOURCE_STYLE[office.origin.value]),
        )
    _footnotes(table, any(o.derived for o in offices), any(store.conflicts_of(o.id) for o in offices))
    return table


def _footnotes(table: Table, derived: bool, conflicted: bool) -> None:
    notes = []
    if derived:
        notes.append("* date derived, not stated")
    if conflicted:
        notes.append("† the sources disagree: faure conflicts")
    if notes:
        table.caption = "   ".join(notes)
        table.caption_justify = "left"


def timeline_table(store: Store, events: Sequence[Event]) -> Table:
    table = _table(("Date", -13), ("Event", 3), ("Section", 1))
    for event in events:
        flags = (" *" if event.derived else "") + (" †" if store.conflicts_of(event.id) else "")
        table.add_row(
            _text(span_text(event.date, event.end) + flags), _text(event.text), _text(event_section(store, event))
        )
    _footnotes(table, any(e.derived for e in events), any(store.conflicts_of(e.id) for e in events))
    return table


def search_table(store: Store, hits: Sequence[Hit]) -> Table:
    from rich.text import Text

    from faurecli.search import highlight_spans

    table = _table(("Kind", -8), ("Date", -11), ("Text", 1), ("Score", -5))
    for hit in hits:
        text = Text(hit.text)
        for start, end in highlight_spans(hit.text, hit.matched):
            text.stylize("bold yellow", start, end)
        date = hit.date.human() if hit.date and hit.kind is not Kind.PERSON else ""
        table.add_row(_text(hit.kind.value), _text(date), text, _text(f"{hit.score:.0f}"))
    return table


def citations_view(citations: Sequence[Citation]) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    parts: list[RenderableType] = []
    for citation in citations:
        sentence = citation.sentence
        table = _table(("", -8), ("", 1), header=False)
        table.add_row(_text("Sentence", "bold"), _text(sentence.text))
        table.add_row(_text("Section", "bold"), _text(sentence.section))
        markers = "".join(f"[{n}]" for n in sentence.markers) or "no marker in the summary"
        table.add_row(_text("Markers", "bold"), _text(markers))
        if citation.follows is not None:
            table.add_row(_text("Follows", "bold"), _text(citation.follows.text))
        table.add_row(_text("Cite as", "bold"), _text(citation.line))
        parts += [table, Text("")]
    return Group(*parts)


def profile_view(store: Store, today: dt.date) -> Table:
    person = store.person
    table = _table(("", -11), ("", 1), title=person.name, header=False)
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
    for key, value in rows:
        table.add_row(_text(key, "bold"), _text(value))
    return table
