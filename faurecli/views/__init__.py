"""Renderings of the core's results: pure functions from a result to JSON data (`json`), tables
and text for a terminal (`table`, drawn by the `grid` engine), CSV and TSV (`delimited`),
Markdown, charts (`chart`, `svg`), citation lines (`citation`) and export files (`export`).
They compute nothing about Faure: what to show is decided by the core, how to word it here."""
