"""JSON records for scripts: one builder per kind of result, stable field order, ISO dates.
Builds; decides nothing. Imports neither Rich nor the table code, so --json stays light."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from faurecli.model import Event, Office, PartialDate, Store
from faurecli.views.wording import dated, record_line, shown_by, why_text

if TYPE_CHECKING:
    from faurecli.about import About
    from faurecli.answers import Answer
    from faurecli.query import Citation, Citations, ConflictReport, Moment, Offices, Profile, Timeline
    from faurecli.search import Hit, Hits
    from faurecli.sources import Report
    from faurecli.verdicts import Check


def data(result: Any) -> Any:
    """The JSON data of a command's result (what --json prints)."""
    return _DATA[type(result).__name__](result)


def offices_data(result: Offices) -> list[dict[str, Any]]:
    return [office_record(result.store, o) for o in result.items]


def timeline_data(result: Timeline) -> list[dict[str, Any]]:
    return [event_record(result.store, e) for e in result.items]


def hits_data(result: Hits) -> list[dict[str, Any]]:
    return [hit_record(result.store, h) for h in result.items]


def citations_data(result: Citations) -> list[dict[str, Any]]:
    from faurecli.views.citation import lines

    return [citation_record(c, line) for c, line in zip(result.items, lines(result), strict=True)]


def answer_record(result: Answer) -> dict[str, Any]:
    return {
        "question": result.question,
        "answer": result.answer,
        "type": result.type.value,
        "value": result.value,
        "evidence": [{"id": e.id, "text": e.text} for e in result.evidence],
        "sources": list(result.sources),
        "conflicts": list(result.conflicts),
        "note": result.note,
        "closest": [{"id": e.id, "text": e.text} for e in result.closest],
    }


def check_record(result: Check) -> dict[str, Any]:
    return {
        "claim": result.claim,
        "verdict": result.verdict.value,
        "evidence": [{"id": e.id, "text": e.text} for e in result.evidence],
        "correction": result.correction,
        "parts": [{"text": p.text, "found": p.found, "agrees": p.agrees} for p in result.parts],
        "conflicts": list(result.conflicts),
        "note": result.note,
    }


def report_record(report: Report) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "counts": report.counts,
        "uncited": [{"id": sid, "reason": reason} for sid, reason in report.uncited],
        "problems": report.problems,
    }


def json_text(data: Any, *, pretty: bool = True, ascii_only: bool = False) -> str:
    """JSON with accents as they are (or as \\u escapes with `ascii_only`), keys in the order
    the records give them. Compact JSON is several times faster to write: Python's C encoder
    serves only unindented output."""
    # Records are trees built afresh for each run: no cycle to look for.
    return _visible(
        json.dumps(data, ensure_ascii=ascii_only, indent=2 if pretty else None, check_circular=False) + "\n"
    )


def jsonl_text(items: Iterable[Any], *, ascii_only: bool = False) -> str:
    return _visible("".join(json.dumps(item, ensure_ascii=ascii_only, check_circular=False) + "\n" for item in items))


def _visible(text: str) -> str:
    """`text` with every invisible character (faurecli.store.INVISIBLE) as a \\u escape. json
    escapes the controls but keeps bidi overrides, zero-width characters and line separators,
    which a user's echoed words (a claim, a stream's line) may carry to a terminal; the store
    holds none. Lossless: they stand only inside strings, where an escape reads back the same."""
    if text.replace("\n", "").isprintable():  # the usual case, ~30x faster than the regex
        return text
    from faurecli.store import INVISIBLE

    return INVISIBLE.sub(lambda m: "\n" if m.group() == "\n" else json.dumps(m.group())[1:-1], text)


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def office_record(store: Store, office: Office) -> dict[str, Any]:
    from faurecli.query import length_months

    as_of = store.source.as_of
    length = length_months(office, as_of)
    return {
        "id": office.id,
        "title": office.title,
        "start": str(office.start),
        "end": _date(office.end),
        "current": office.current,
        "ended": office.end is not None or office.ended,
        "as_of": str(as_of),
        "length_months": None if length is None else length[0],
        "length_approximate": None if length is None else not length[1],
        "predecessors": list(office.predecessors),
        "successors": list(office.successors),
        "source": office.origin.value,
        "derived": office.derived,
        "end_derived": office.end_derived,
        "note": office.note,
        "names": [{"text": n.text, "sources": list(n.sources)} for n in office.names],
        "conflicts": store.conflicts_of(office.id),
        "sources": list(office.sources),
    }


def event_record(store: Store, event: Event) -> dict[str, Any]:
    from faurecli.query import event_sentences, markers_of, section_of

    cited = event_sentences(store, event)
    return {
        "id": event.id,
        "date": str(event.date),
        "end": _date(event.end),
        "text": event.text,
        "section": section_of(cited),
        "markers": markers_of(cited),
        "sentence": cited[0].text if cited else None,
        "derived": event.derived,
        "note": event.note,
        "tags": list(event.tags),
        "after": list(event.after),
        "conflicts": store.conflicts_of(event.id),
        "sources": list(event.sources),
    }


def hit_record(store: Store, hit: Hit) -> dict[str, Any]:
    from faurecli.search import marked

    sentences = [s for s in (store.sentence(i) for i in hit.sentences) if s is not None]
    why = hit.why
    # The sentence that holds the matched words, when the words are in one; else the first.
    held = store.sentence(why.sentence) if why is not None and why.sentence else None
    shown = held or (sentences[0] if sentences else None)
    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "text": hit.text,
        "score": hit.score,
        "date": _date(hit.date),
        "section": shown.section if shown else None,
        "sentence": shown.text if shown else None,
        "markers": sorted({n for s in sentences for n in s.markers}),
        "match": None
        if why is None
        else {
            "field": why.field,
            "lang": why.lang,
            "sentence_id": why.sentence,
            "text": why.text,
            "spans": [list(span) for span in why.spans],
            "snippet": marked(why.text, why.spans, width=160),
        },
    }


def citation_record(citation: Citation, line: str | None = None) -> dict[str, Any]:
    """A citation; `line` is its citation line in the style asked for (default: Wikipedia's)."""
    sentence = citation.sentence
    return {
        "id": sentence.id,
        "text": sentence.text,
        "section": sentence.section,
        "markers": list(sentence.markers),
        "summary": sentence.summary,
        "citation": citation.line if line is None else line,
    }


def profile_record(answer: Profile) -> dict[str, Any]:
    person = answer.person
    return {
        "name": person.name,
        "birth_date": str(person.birth_date),
        "age": answer.age,
        "age_on": str(answer.as_of),
        "birth_place": person.birth_place,
        "nationality": person.nationality,
        "party": person.party,
        "profession": person.profession,
        "alma_mater": list(person.alma_mater),
        "spouse": person.spouse,
        "parents": list(person.parents),
        "early_life": person.early_life,
        "education": [{"school": s.school, "degree": s.degree, "sources": list(s.sources)} for s in person.education],
        "personal": [{"text": n.text, "sources": list(n.sources)} for n in person.personal],
        "as_of": str(answer.as_of),
        "current_offices": [
            {"id": o.id, "title": o.title, "start": str(o.start), "source": o.origin.value} for o in answer.current
        ],
        "sources": {key: list(refs) for key, refs in person.sources.items()},
    }


def moment_record(moment: Moment) -> dict[str, Any]:
    store = moment.store
    return {
        "date": str(moment.date),
        "as_of": str(moment.as_of),
        "partial": moment.partial,
        "held": [office_record(store, o) for o in moment.held],
        "possibly": [{**office_record(store, p.office), "why": why_text(p.why)} for p in moment.possibly],
        "events": [event_record(store, e) for e in moment.events],
        "before": event_record(store, moment.before) if moment.before else None,
        "after": event_record(store, moment.after) if moment.after else None,
    }


def conflicts_record(report: ConflictReport) -> dict[str, Any]:
    store = report.store
    as_of = store.source.as_of
    return {
        "conflicts": [
            {
                "id": d.conflict.id,
                "subject": d.conflict.subject,
                "field": d.conflict.field.value,
                "claims": [
                    {
                        "says": claim.says,
                        "date": _date(claim.date),
                        "sources": _quoted(store, claim.sources),
                    }
                    for claim in d.conflict.claims
                ],
                "shown": [{"command": shown_by(r), "record": r.id, "text": record_line(r, as_of)} for r in d.records],
            }
            for d in report.disagreements
        ],
        "derived": [
            {
                "kind": "office" if isinstance(r, Office) else "event",
                "id": r.id,
                "date": str(date),
                "end": _date(end),
                "text": text,
                "note": r.note,
                "sources": _quoted(store, r.sources),
            }
            for r in report.derived
            for date, end, text in [dated(r)]
        ],
    }


def about_record(about: About) -> dict[str, Any]:
    return {
        "title": about.title,
        "publisher": about.publisher,
        "url": about.url,
        "license": about.license,
        "license_url": about.license_url,
        "attribution": about.attribution,
        "as_of": str(about.as_of),
        "as_of_note": about.as_of_note,
        "as_of_sources": list(about.as_of_sources),
        "data_version": about.data_version,
        "program_version": about.program_version,
        "sources": [{"name": t.name, "path": t.path, "sha256": t.sha256} for t in about.texts],
        "counts": dict(about.counts),
    }


def _quoted(store: Store, refs: tuple[str, ...]) -> list[dict[str, str]]:
    """Each provenance reference with the verbatim text it points at."""
    return [{"ref": ref, "text": store.quote(ref)} for ref in refs]


_DATA: dict[str, Any] = {
    "Offices": offices_data,
    "Timeline": timeline_data,
    "Hits": hits_data,
    "Citations": citations_data,
    "Moment": moment_record,
    "ConflictReport": conflicts_record,
    "Profile": profile_record,
    "About": about_record,
    "Answer": answer_record,
    "Check": check_record,
    "Report": report_record,
}
