"""Write schemas/<command>.schema.json (JSON Schema, draft 2020-12) for every command that prints
JSON, from the compact descriptions below. Run it after changing an answer's fields; the tests
validate every command's real output against these files, so a field added, dropped or retyped
without a schema change fails the suite.

    python scripts/make_schemas.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "schemas"
DATE = {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}
SCALARS: dict[str, Any] = {
    "s": {"type": "string"},
    "b": {"type": "boolean"},
    "i": {"type": "integer"},
    "n": {"type": "number"},
    "d": DATE,
}


def schema(spec: Any) -> dict[str, Any]:
    """`spec` is a scalar code ("s", "d", "i", "b", "n", optionally ending in "?" for null), a
    one-element list (an array of that), a dict (an object with exactly those keys), or a
    ready-made schema under the key "$schema_literal"."""
    if isinstance(spec, str):
        nullable = spec.endswith("?")
        base = dict(SCALARS[spec.rstrip("?")])
        return {"anyOf": [base, {"type": "null"}]} if nullable else base
    if isinstance(spec, list):
        return {"type": "array", "items": schema(spec[0])}
    if "$literal" in spec:
        return dict(spec["$literal"])
    if "$nullable" in spec:
        return {"anyOf": [schema(spec["$nullable"]), {"type": "null"}]}
    return {
        "type": "object",
        "properties": {key: schema(value) for key, value in spec.items()},
        "required": list(spec),
        "additionalProperties": False,
    }


def enum(*values: str) -> dict[str, Any]:
    return {"$literal": {"enum": list(values)}}


QUOTED = {"ref": "s", "text": "s"}
OFFICE = {
    "id": "s",
    "title": "s",
    "start": "d",
    "end": "d?",
    "current": "b",
    "ended": "b",
    "as_of": "d",
    "length_months": "i?",
    "length_approximate": {"$nullable": "b"},
    "predecessors": ["s"],
    "successors": ["s"],
    "source": enum("infobox", "prose"),
    "derived": "b",
    "end_derived": "b",
    "note": "s?",
    "names": [{"text": "s", "sources": ["s"]}],
    "conflicts": ["s"],
    "sources": ["s"],
}
EVENT = {
    "id": "s",
    "date": "d",
    "end": "d?",
    "text": "s",
    "section": "s",
    "markers": ["i"],
    "sentence": "s?",
    "derived": "b",
    "note": "s?",
    "tags": ["s"],
    "after": ["s"],
    "conflicts": ["s"],
    "sources": ["s"],
}
HIT = {
    "kind": enum("person", "office", "event", "sentence"),
    "id": "s",
    "text": "s",
    "score": "n",
    "date": "d?",
    "section": "s?",
    "sentence": "s?",
    "markers": ["i"],
    "match": {
        "$nullable": {
            "field": "s",
            "lang": "s?",
            "sentence_id": "s?",
            "text": "s",
            "spans": [{"$literal": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}}],
            "snippet": "s",
        }
    },
}
CITATION = {"id": "s", "text": "s", "section": "s", "markers": ["i"], "summary": "b", "citation": "s"}
SOURCED = {"text": "s", "sources": ["s"]}
PROFILE = {
    "name": "s",
    "birth_date": "d",
    "age": "i?",
    "age_on": "d",
    "birth_place": "s",
    "nationality": "s",
    "party": "s",
    "profession": "s",
    "alma_mater": ["s"],
    "spouse": "s?",
    "parents": ["s"],
    "early_life": "s?",
    "education": [{"school": "s", "degree": "s?", "sources": ["s"]}],
    "personal": [SOURCED],
    "as_of": "d",
    "current_offices": [{"id": "s", "title": "s", "start": "d", "source": enum("infobox", "prose")}],
    "sources": {"$literal": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}},
}
MOMENT = {
    "date": "d",
    "as_of": "d",
    "partial": "b",
    "held": [OFFICE],
    "possibly": [{**OFFICE, "why": "s"}],
    "events": [EVENT],
    "before": {"$nullable": EVENT},
    "after": {"$nullable": EVENT},
}
CONFLICTS = {
    "conflicts": [
        {
            "id": "s",
            "subject": "s",
            "field": enum("start", "end", "title"),
            "claims": [{"says": "s", "date": "d?", "sources": [QUOTED]}],
            "shown": [{"command": "s", "record": "s", "text": "s"}],
        }
    ],
    "derived": [
        {
            "kind": enum("office", "event"),
            "id": "s",
            "date": "d",
            "end": "d?",
            "text": "s",
            "note": "s?",
            "sources": [QUOTED],
        }
    ],
}
CHECK = {
    "ok": "b",
    "counts": {"$literal": {"type": "object", "additionalProperties": {"type": "integer"}}},
    "uncited": [{"id": "s", "reason": "s?"}],
    "problems": ["s"],
}
ABOUT = {
    "title": "s",
    "publisher": "s",
    "url": "s",
    "license": "s",
    "license_url": "s",
    "attribution": "s",
    "as_of": "d",
    "as_of_note": "s",
    "as_of_sources": ["s"],
    "data_version": "s",
    "program_version": "s",
    "sources": [{"name": "s", "path": "s", "sha256": "s?"}],
    "counts": {"$literal": {"type": "object", "additionalProperties": {"type": "integer"}}},
}

EVIDENCE = {"id": "s", "text": "s"}
ANSWER = {
    "question": "s",
    "answer": "s?",
    "type": enum("date", "person", "place", "number", "share", "duration", "yes_no", "text"),
    "value": {"$literal": {"type": ["string", "number", "boolean", "null"]}},
    "evidence": [EVIDENCE],
    "sources": ["s"],
    "conflicts": ["s"],
    "note": "s?",
    "closest": [EVIDENCE],
}
VERDICT = {
    "claim": "s",
    "verdict": enum("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"),
    "evidence": [EVIDENCE],
    "correction": "s?",
    "parts": [{"text": "s", "found": "s?", "agrees": {"$literal": {"type": ["boolean", "null"]}}}],
    "conflicts": ["s"],
    "note": "s?",
}

COMMANDS: dict[str, tuple[str, Any]] = {
    "offices": ("Offices and positions (an array; --jsonl prints one per line)", [OFFICE]),
    "timeline": ("Dated events, in order (an array)", [EVENT]),
    "search": ("Search hits, best first (an array; empty when nothing matches)", [HIT]),
    "cite": ("Quotable sentences (an array)", [CITATION]),
    "profile": ("The person card", PROFILE),
    "on": ("What he held and what happened in a period", MOMENT),
    "conflicts": ("Where the sources disagree, and every derived date", CONFLICTS),
    "check": ("The store checked against its sources", CHECK),
    "about": ("What faure answers from", ABOUT),
    "ask": ("A short answer with its evidence (answer null when the source does not say)", ANSWER),
    "verify": ("A claim's verdict, part by part, with its evidence", VERDICT),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for command, (title, spec) in COMMANDS.items():
        document = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:faure:schema:{command}",
            "title": f"faure {command} --json",
            "description": title,
            **schema(spec),
        }
        path = OUT / f"{command}.schema.json"
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
