"""The whole store for other tools: Popolo JSON (persons, organizations, posts, memberships) and
a Frictionless data package (datapackage.json and one CSV per table). Builds values; the CLI
writes them. Dates stay ISO 8601 at their own precision ("2014", "2014-06", "2014-06-15"), which
Popolo allows; every record keeps its provenance."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from faurecli import __version__
from faurecli.model import Office, PartialDate, Store
from faurecli.views.delimited import Dialect, cell, write

PERSON_ID = "olivier-faure"
# Extension fields: Popolo has no predecessor, successor or provenance kind on a membership.
EXTENSIONS = {
    "faure_predecessors": "names of the predecessors the source gives, in its order",
    "faure_successors": "names of the successors the source gives, in its order",
    "faure_origin": "infobox (an office of the article's infobox) or prose (a position the text names)",
    "faure_current": "true when the source has the office held as of its as-of date",
    "faure_derived": "true when the start date is derived from the text, not stated",
    "faure_note": "how a date was derived, or what the text says of the term",
    "faure_refs": "provenance references: sN (the N-th sentence of the article) or infobox:KEY",
}


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _sources(store: Store, refs: Sequence[str]) -> list[dict[str, str]]:
    """Popolo sources: the article's URL, and in the note the reference and its text verbatim."""
    return [
        {
            "url": store.source.url,
            "note": f"infobox: {store.quote(ref)}" if store.infobox_line(ref) else f"{ref}: {store.quote(ref)}",
        }
        for ref in refs
    ]


def popolo(store: Store) -> dict[str, Any]:
    """The store as Popolo JSON: one person, the party as an organization, one post per office
    or position, one membership per term (dates at their own precision, with sources)."""
    person = store.person
    party_id = _slug(person.party)
    party_refs = person.sources.get("party", ())
    memberships: list[dict[str, Any]] = [
        {
            "id": f"{PERSON_ID}-{party_id}",
            "person_id": PERSON_ID,
            "organization_id": party_id,
            "role": "member",
            "sources": _sources(store, party_refs),
            "faure_refs": list(party_refs),
        }
    ]
    posts = []
    for office in store.offices:
        posts.append({"id": office.id, "label": office.title, "sources": _sources(store, office.sources)})
        memberships.append(_membership(store, office))
    return {
        "persons": [
            {
                "id": PERSON_ID,
                "name": person.name,
                "birth_date": str(person.birth_date),
                "sources": _sources(store, person.sources.get("birth_date", ())),
                "links": [{"url": store.source.url, "note": f"{store.source.title}, {store.source.publisher}"}],
            }
        ],
        "organizations": [
            {"id": party_id, "name": person.party, "classification": "party", "sources": _sources(store, party_refs)}
        ],
        "posts": posts,
        "memberships": memberships,
        "meta": {
            "source": store.source.url,
            "license": store.source.license,
            "license_url": store.source.license_url,
            "as_of": str(store.source.as_of),
            "data_version": store.source.data_version,
            "program_version": __version__,
            "extensions": EXTENSIONS,
        },
    }


def _membership(store: Store, office: Office) -> dict[str, Any]:
    membership: dict[str, Any] = {
        "id": f"{PERSON_ID}-{office.id}",
        "person_id": PERSON_ID,
        "post_id": office.id,
        "role": office.title,
        "start_date": str(office.start),
    }
    if office.end is not None:
        membership["end_date"] = str(office.end)
    membership["sources"] = _sources(store, office.sources)
    membership.update(
        faure_predecessors=list(office.predecessors),
        faure_successors=list(office.successors),
        faure_origin=office.origin.value,
        faure_current=office.current,
        faure_derived=office.derived,
        faure_note=office.note,
        faure_refs=list(office.sources),
    )
    return membership


# --- Frictionless data package ------------------------------------------------------------------

DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
_DATE = {"type": "string", "constraints": {"pattern": DATE_PATTERN}}
_BOOL = {"type": "boolean", "trueValues": ["true"], "falseValues": ["false"]}


def _field(name: str, kind: dict[str, Any] | str, description: str) -> dict[str, Any]:
    spec = {"type": kind} if isinstance(kind, str) else dict(kind)
    return {"name": name, **spec, "description": description}


def tables(store: Store) -> dict[str, tuple[list[dict[str, Any]], list[list[Any]]]]:
    """Each table of the package: its fields (Table Schema) and its rows of values."""
    as_of = store.source.as_of
    offices = (
        [
            _field("id", "string", "the office's id"),
            _field("title", "string", "the office or position as the source names it"),
            _field("source", "string", "infobox or prose"),
            _field("start", _DATE, "ISO 8601 at the precision the text gives"),
            _field("end", _DATE, "empty when current or not given"),
            _field("current", _BOOL, f"held as of {as_of}"),
            _field("ended", _BOOL, "the text ends the term (with or without a date)"),
            _field("derived", _BOOL, "the start date is derived, not stated"),
            _field("end_derived", _BOOL, "the end date is derived, not stated"),
            _field("predecessors", "string", "names joined with '; '"),
            _field("successors", "string", "names joined with '; '"),
            _field("note", "string", "how a date was derived"),
            _field("sources", "string", "provenance references joined with '; '"),
        ],
        [
            [o.id, o.title, o.origin.value, _date(o.start), _date(o.end), o.current, o.end is not None or o.ended]
            + list[Any]([o.derived, o.end_derived, list(o.predecessors), list(o.successors), o.note, list(o.sources)])
            for o in store.offices
        ],
    )
    events = (
        [
            _field("id", "string", "the event's id"),
            _field("date", _DATE, "ISO 8601 at the precision the text gives"),
            _field("end", _DATE, "the end of a range; empty otherwise"),
            _field("text", "string", "what happened"),
            _field("derived", _BOOL, "the date is derived, not stated"),
            _field("note", "string", "how the date was derived"),
            _field("tags", "string", "topics joined with '; '"),
            _field("sources", "string", "provenance references joined with '; '"),
        ],
        [
            [e.id, _date(e.date), _date(e.end), e.text, e.derived, e.note, list(e.tags), list(e.sources)]
            for e in store.events
        ],
    )
    sentences = (
        [
            _field("id", "string", "sN, the N-th sentence of the article"),
            _field("index", "integer", "its place in the article"),
            _field("section", "string", "the article's section"),
            _field("text", "string", "the sentence verbatim"),
            _field("summary", _BOOL, "selected by the summary"),
            _field("markers", "string", "the article's reference numbers after it, joined with '; '"),
        ],
        [[s.id, s.index, s.section, s.text, s.summary, list(s.markers)] for s in store.sentences],
    )
    infobox = (
        [
            _field("ref", "string", "infobox:KEY, as records cite it"),
            _field("key", "string", "the infobox key"),
            _field("value", "string", "the value verbatim"),
        ],
        [[line.ref, line.key, line.value] for line in store.infobox],
    )
    claims = (
        [
            _field("conflict", "string", "the conflict's id"),
            _field("subject", "string", "what the sources disagree on"),
            _field("records", "string", "the office or event ids concerned, joined with '; '"),
            _field("claim", "integer", "the claim's number within its conflict"),
            _field("says", "string", "what this source says"),
            _field("date", _DATE, "the date it gives, if any"),
            _field("sources", "string", "provenance references joined with '; '"),
        ],
        [
            [c.id, c.subject, list(c.records), number, claim.says, _date(claim.date), list(claim.sources)]
            for c in store.conflicts
            for number, claim in enumerate(c.claims, start=1)
        ],
    )
    return {"offices": offices, "events": events, "sentences": sentences, "infobox": infobox, "claims": claims}


def csv_text(fields: list[dict[str, Any]], rows: list[list[Any]]) -> str:
    """A table as CSV: a header, then the cells as faure's CSV writes them (empty for none,
    true/false, lists joined with '; ', no spreadsheet formula)."""
    return write([f["name"] for f in fields], [[cell(v) for v in row] for row in rows], Dialect.CSV)


def datapackage(store: Store) -> tuple[dict[str, Any], dict[str, str]]:
    """The descriptor (datapackage.json) and the CSV text of each resource, by file name."""
    source = store.source
    files: dict[str, str] = {}
    resources = []
    for name, (fields, rows) in tables(store).items():
        path = f"{name}.csv"
        files[path] = csv_text(fields, rows)
        schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
        if name != "claims":
            schema["primaryKey"] = [fields[0]["name"]]
        resources.append(
            {
                "name": name,
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "olivier-faure-facts",
        "title": f"Facts about {store.person.name}, from the Wikipedia article",
        "description": (
            f"Offices, events, sentences, infobox lines and source conflicts drawn from "
            f"'{source.title}' ({source.publisher}), as of {source.as_of}; made with faure {__version__}. "
            "Dates are ISO 8601 at the precision the text gives. A cell that would start a spreadsheet "
            "formula (=, +, -, @) is written after an apostrophe."
        ),
        "version": source.data_version,
        "licenses": [{"name": "CC-BY-SA-4.0", "path": source.license_url, "title": source.license}],
        "sources": [{"title": f"{source.title}, {source.publisher}", "path": source.url}],
        "resources": resources,
    }
    return descriptor, files
