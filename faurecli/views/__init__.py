"""Renderings of the core's results: pure functions from a result to JSON data (`json`), tables
and text for a terminal (`table`, drawn by the `grid` engine), CSV and TSV (`delimited`),
Markdown, charts (`chart`, `svg`), citation lines (`citation`) and export files (`export`).
They compute nothing about Faure: what to show is decided by the core, how to word it here."""

from __future__ import annotations

from enum import Enum


class Format(str, Enum):
    """The forms a result can be written in (`--format`)."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"


# Results (by class name) that list records: one CSV or TSV row per item.
LISTINGS = frozenset({"Offices", "Timeline", "Hits", "Citations"})
# Results written as lines of text rather than tables: no Markdown form.
TEXTS = frozenset({"Answer", "Check", "Report"})


def formats(result: str) -> tuple[Format, ...]:
    """The formats a result (named by its class) can be written in."""
    chosen = [Format.TABLE, Format.JSON, Format.JSONL]
    if result in LISTINGS:
        chosen += [Format.CSV, Format.TSV]
    if result not in TEXTS:
        chosen.append(Format.MARKDOWN)
    return tuple(chosen)
