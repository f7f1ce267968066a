"""Tables for people: lookup results as grids (faurecli.views.grid renders them for a terminal,
a pipe, CSV or Markdown). Builds; decides nothing. Nothing here imports Rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from faurecli.model import Event, Field, Kind, Office, PartialDate, Store
from faurecli.query import (
    Citation,
    ConflictReport,
    Moment,
    Profile,
    event_section,
)
from faurecli.views.grid import ORIGIN_STYLE, Cell, Grid, grid, markdown_text, to_markdown
from faurecli.views.wording import (
    dated,
    end_text,
    heading_text,
    length_text,
    record_line,
    shown_by,
    span_text,
    why_text,
)

if TYPE_CHECKING:
    from faurecli.about import About
    from faurecli.answers import Answer
    from faurecli.search import Hit
    from faurecli.sources import Report
    from faurecli.verdicts import Check


def _origin(office: Office) -> Cell:
    return Cell(office.origin.value, ORIGIN_STYLE[office.origin])


def _flags(store: Store, record: Office | Event, field: Field = Field.START) -> str:
    """Marks after a field: * derived, † the sources disagree on it (explained by _caption)."""
    derived = record.end_derived if isinstance(record, Office) and field is Field.END else record.derived
    if field is Field.TITLE:
        derived = False
    return (" *" if derived else "") + (" †" if store.conflicts_of(record.id, field) else "")


def _caption(store: Store, records: Sequence[Office | Event]) -> str | None:
    notes = []
    if any(r.derived or (isinstance(r, Office) and r.end_derived) for r in records):
        notes.append("* date derived, not stated")
    if any(store.conflicts_of(r.id) for r in records):
        notes.append("† the sources disagree: faure conflicts")
    return "   ".join(notes) or None


def offices_grid(store: Store, offices: Sequence[Office]) -> Grid:
    as_of = store.source.as_of
    rows: list[list[str | Cell]] = []
    for office in offices:
        end = end_text(office, as_of)
        rows.append(
            [
                office.title + _flags(store, office, Field.TITLE),
                office.start.human() + _flags(store, office),
                end + (_flags(store, office, Field.END) if office.end else ""),
                length_text(office, as_of),
                ", ".join(office.predecessors) or "—",
                ", ".join(office.successors) or "—",
                _origin(office),
            ]
        )
    # Start has room for its date and a flag: "26 Aug 2014 †".
    columns = [("Office", 3), ("Start", -13), ("End", -13), ("Length", -10)]
    columns += [("Predecessors", 2), ("Successors", 2), ("Source", -7)]
    return grid(columns, rows, caption=_caption(store, offices))


def timeline_grid(store: Store, events: Sequence[Event]) -> Grid:
    as_of = store.source.as_of
    rows = [
        [span_text(e.date, e.end) + _flags(store, e), e.text, heading_text(event_section(store, e), as_of)]
        for e in events
    ]
    return grid([("Date", -13), ("Event", 3), ("Section", 1)], rows, caption=_caption(store, events))


def search_grid(store: Store, hits: Sequence[Hit]) -> Grid:
    from faurecli.search import highlight_spans, marked
    from faurecli.views.delimited import match_text

    rows: list[list[str | Cell]] = []
    for hit in hits:
        text = Cell(hit.text, spans=tuple(highlight_spans(hit.text, hit.matched)))
        date = hit.date.human() if hit.date and hit.kind is not Kind.PERSON else ""
        why = hit.why
        # Marked with « » as well as colour, so the reason shows in a pipe and in Markdown too.
        reason = (
            match_text({"field": why.field, "lang": why.lang, "snippet": marked(why.text, why.spans, width=120)})
            if why
            else ""
        )
        rows.append([hit.kind.value, date, text, reason or "", f"{hit.score:.0f}"])
    return grid([("Kind", -8), ("Date", -11), ("Text", 3), ("Matched", 2), ("Score", -5)], rows)


def citation_grids(
    citations: Sequence[Citation], lines: Sequence[str] | None = None, as_of: PartialDate | None = None
) -> list[Grid]:
    """One key-value grid per citation; `lines` are their citation lines in the style asked
    for (default: Wikipedia's); a section heading's "present" dated `as_of`."""
    grids = []
    for number, citation in enumerate(citations):
        sentence = citation.sentence
        markers = "".join(f"[{n}]" for n in sentence.markers) or "none shown after this sentence"
        rows = [
            ("Sentence", sentence.text),
            ("Id", sentence.id),
            ("Section", heading_text(sentence.section, as_of) if as_of else sentence.section),
            ("Markers", markers),
            ("Summary", "selected by the summary" if sentence.summary else "not in the summary"),
            ("Cite as", citation.line if lines is None else lines[number]),
        ]
        grids.append(grid([("Field", -8), ("Value", 1)], [[Cell(k, "bold"), v] for k, v in rows], header=False))
    return grids


def profile_grid(answer: Profile) -> Grid:
    person = answer.person
    as_of = answer.as_of.human()
    born = person.birth_date.human()
    if answer.age is not None:
        # Arithmetic on the birth date, not a claim of the source; as of its date, not today's.
        born += f" (age {answer.age} as of {as_of}, from the birth date)"
    rows = [
        ("Born", born),
        ("Birth place", person.birth_place),
        ("Parents", "; ".join(person.parents)),
        ("Early life", person.early_life or ""),
        ("Nationality", person.nationality),
        ("Party", person.party),
        ("Profession", person.profession),
        ("Alma mater", ", ".join(person.alma_mater)),
    ]
    rows += [("Education", f"{s.school}: {s.degree}" if s.degree else s.school) for s in person.education]
    rows.append(("Spouse", person.spouse or ""))
    rows += [("Personal", n.text) for n in person.personal]
    rows += [("Office", f"{o.title} (since {o.start.human()}; as of {as_of})") for o in answer.current]
    rows = [(k, v) for k, v in rows if v]
    return grid(
        [("Field", -11), ("Value", 1)], [[Cell(k, "bold"), v] for k, v in rows], title=person.name, header=False
    )


def moment_grids(moment: Moment) -> list[Grid]:
    as_of = moment.store.source.as_of
    when = moment.date.human()
    if moment.partial:
        when += f" (up to {as_of.human()}: the source says nothing later)"
    held = grid(
        [("Office", 3), ("Start", -11), ("End", -13), ("Source", -7), ("Sources", 1)],
        [
            [
                o.title,
                o.start.human(),
                end_text(o, as_of),
                _origin(o),
                ", ".join(o.sources),
            ]
            for o in moment.held
        ]
        or [["(no office or position)", "", "", "", ""]],
        title=f"Held in {when}",
    )
    grids = [held]
    if moment.possibly:
        grids.append(
            grid(
                [("Position", 3), ("Start", -11), ("End", -13), ("Why only perhaps", 2), ("Sources", 1)],
                [
                    [p.office.title, p.office.start.human(), end_text(p.office, as_of), why_text(p.why)]
                    + [", ".join(p.office.sources)]
                    for p in moment.possibly
                ],
                title="Perhaps held then: the text neither says so nor rules it out",
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
        title=f"Happened in {when}, and the nearest events on either side",
    )
    return [*grids, happened]


def conflict_grids(report: ConflictReport) -> list[Grid]:
    """Each disagreement with its claims side by side, then every derived date."""
    store = report.store
    as_of = store.source.as_of
    grids = []
    for disagreement in report.disagreements:
        rows: list[list[str | Cell]] = []
        for number, claim in enumerate(disagreement.conflict.claims, start=1):
            # An infobox quote already names its key ("Term Start3: 26 August 2014").
            quotes = "  ·  ".join(
                f"infobox: {store.quote(ref)}" if store.infobox_line(ref) else f"{ref}: {store.quote(ref)}"
                for ref in claim.sources
            )
            rows.append([Cell(f"Claim {number}", "bold"), claim.says, quotes])
        for record in disagreement.records:
            rows.append([Cell("Shown by", "bold"), shown_by(record), record_line(record, as_of)])
        title = disagreement.conflict.subject
        grids.append(grid([("", -9), ("Says", 2), ("Source, verbatim", 4)], rows, title=title))
    derived = [
        [span_text(start, end), label, r.note or "", ", ".join(r.sources)]
        for r in report.derived
        for start, end, label in [dated(r)]
    ]
    grids.append(
        grid([("Date", -13), ("Record", 3), ("How it is derived", 3), ("Sources", 1)], derived, title="Derived dates")
    )
    return grids


def about_grid(about: About) -> Grid:
    """The about card: what faure answers from."""
    rows = [
        ("Source", f'"{about.title}", {about.publisher}'),
        ("URL", about.url),
        ("Licence", f"{about.license} ({about.license_url})"),
        ("Attribution", about.attribution),
        ("As of", f"{about.as_of.human()}: {about.as_of_note}"),
        ("Data version", about.data_version),
        ("Program", f"faure {about.program_version}"),
    ]
    rows += [(f"SHA-256 {t.name}", f"{t.sha256 or '(cannot be read)'}  {t.path}") for t in about.texts]
    rows += [(name.replace("_", " ").capitalize(), str(count)) for name, count in about.counts.items()]
    return grid(
        [("Field", -13), ("Value", 1)], [[Cell(k, "bold"), v] for k, v in rows], title="faure: about", header=False
    )


def citation_markdown(citations: Sequence[Citation], lines: Sequence[str] | None = None) -> str:
    """Each sentence as a Markdown blockquote, closed by its citation line."""
    shown = [c.line for c in citations] if lines is None else lines
    quoted = [markdown_text(c.sentence.text) for c in citations]  # the store's text, never markup
    return "\n".join(f"> {text}\n>\n> — {line}\n" for text, line in zip(quoted, shown, strict=True))


def answer_text(result: Answer, title: str) -> str:
    """The answer first, then its evidence with ids and a citation line; or, declined, why and
    the closest facts, marked as not the answer."""
    lines = []
    if result.answer is None:
        said = result.note if result.note and result.note != "the source does not say" else None
        lines.append(f"The source does not say ({said})." if said else "The source does not say.")
        if result.closest:
            lines.append("Closest facts (not the answer):")
            lines += [f"  [{e.id}] {e.text}" for e in result.closest]
        return "\n".join(lines) + "\n"
    lines.append(result.answer)
    if result.note:
        lines.append(f"Note: {result.note}")
    lines.append("Evidence:")
    lines += [f"  [{e.id}] {e.text}" for e in result.evidence]
    lines.append(f'Source: "{title}", Wikipedia ({", ".join(result.sources)})')
    return "\n".join(lines) + "\n"


def check_text(result: Check, title: str) -> str:
    lines = [result.verdict.value]
    if result.correction:
        lines.append(f"The source says: {result.correction}")
    for part in result.parts:
        mark = {True: "agrees", False: "contradicted", None: "not found"}[part.agrees]
        lines.append(f"  {part.text}: {mark}" + (f" ({part.found})" if part.found else ""))
    if result.note:
        lines.append(f"Note: {result.note}")
    if result.evidence:
        lines.append("Evidence:")
        lines += [f"  [{e.id}] {e.text}" for e in result.evidence]
        lines.append(f'Source: "{title}", Wikipedia ({", ".join(e.id for e in result.evidence)})')
    return "\n".join(lines) + "\n"


def report_text(report: Report) -> str:
    """What `check` found: counts, coverage, uncited sentences, and ok or how many problems (the
    problems themselves go to stderr, one line each)."""
    from faurecli.store import printable

    lines = [f"{name.replace('_', ' ')}: {count}" for name, count in report.counts.items()]
    total, cited = report.counts["sentences"], report.counts["sentences_cited"]
    lines.append(f"coverage: {cited}/{total} sentences cited by a record")
    lines += [f"uncited: {sid}: {reason or 'no reason given'}" for sid, reason in report.uncited]
    verdict = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    lines.append(f"{printable(report.path)}: {verdict}")
    return "\n".join(lines) + "\n"


def shown(result: Any) -> list[Grid] | str:
    """A command's result for a terminal: tables, or lines of text for ask, verify and check."""
    name = type(result).__name__
    if name == "Offices":
        return [offices_grid(result.store, result.items)]
    if name == "Timeline":
        return [timeline_grid(result.store, result.items)]
    if name == "Hits":
        return [search_grid(result.store, result.items)]
    if name == "Citations":
        from faurecli.views.citation import lines

        return citation_grids(result.items, lines(result), result.store.source.as_of)
    if name == "Moment":
        return moment_grids(result)
    if name == "ConflictReport":
        return conflict_grids(result)
    if name == "Profile":
        return [profile_grid(result)]
    if name == "About":
        return [about_grid(result)]
    if name == "Answer":
        return answer_text(result, result.title)
    if name == "Check":
        return check_text(result, result.title)
    if name == "Report":
        return report_text(result)
    raise TypeError(f"no table for {name}")


def markdown(result: Any) -> str:
    """A command's result as Markdown: its tables, or blockquotes for citations."""
    if type(result).__name__ == "Citations":
        from faurecli.views.citation import lines

        return citation_markdown(result.items, lines(result, markdown=True))
    grids = shown(result)
    if isinstance(grids, str):
        raise TypeError(f"no Markdown for {type(result).__name__}")
    return "\n".join(to_markdown(g) for g in grids)
