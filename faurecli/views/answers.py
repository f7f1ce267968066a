"""Views of `ask` and `verify` results: JSON records (stable field order) and plain text lines.
Builds; decides nothing."""

from __future__ import annotations

from typing import Any

from faurecli.answers import Answer
from faurecli.verdicts import Check


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
