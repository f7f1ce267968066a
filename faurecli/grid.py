"""A table as plain data, and its renderings: Rich for a terminal, aligned text for a pipe,
CSV for spreadsheets, Markdown for writers. Only the Rich rendering imports Rich."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from faurecli.model import Record

if TYPE_CHECKING:
    from rich.table import Table


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Cell(Record):
    """Text with an optional style for the whole cell and emphasised spans (search matches)."""

    text: str
    style: str = ""
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Column(Record):
    """A column. `size` < 0 caps a short column (dates, scores) at -size characters in a
    terminal; `size` > 0 is its share of the width left, so long text gets the most."""

    name: str
    size: int = 1


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Grid(Record):
    """Columns and rows of cells, with an optional title and caption."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    title: str | None = None
    caption: str | None = None
    header: bool = True


def cell(value: str | Cell) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


def grid(
    columns: Sequence[tuple[str, int]],
    rows: Sequence[Sequence[str | Cell]],
    *,
    title: str | None = None,
    caption: str | None = None,
    header: bool = True,
) -> Grid:
    return Grid(
        tuple(Column(name, size) for name, size in columns),
        tuple(tuple(cell(v) for v in row) for row in rows),
        title,
        caption,
        header,
    )


def to_rich(table: Grid) -> Table:
    """A Rich table that fits the terminal, wrapping rather than cutting any fact."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = Table(
        title=table.title,
        caption=table.caption,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        caption_justify="left",
        expand=True,
        show_header=table.header,
    )
    for column in table.columns:
        if column.size < 0:
            out.add_column(column.name, overflow="fold", max_width=-column.size)
        else:
            out.add_column(column.name, overflow="fold", ratio=column.size)
    for row in table.rows:
        texts = []
        for item in row:
            # Text, never a markup string: brackets in the store are printed as they are.
            text = Text(item.text, style=item.style)
            for start, end in item.spans:
                text.stylize("bold yellow", start, end)
            texts.append(text)
        out.add_row(*texts)
    return out


# Below this many terminal columns per table column, a table cannot show its facts (Rich
# shrinks columns to nothing); rows are stacked as "Field: value" lines instead.
MIN_COLUMN_WIDTH = 10


def fits(table: Grid, columns: int) -> bool:
    return columns >= MIN_COLUMN_WIDTH * len(table.columns)


def to_stacked(table: Grid) -> str:
    """One "Field: value" line per cell, a blank line between rows: for very narrow terminals."""
    lines = [table.title, ""] if table.title else []
    for row in table.rows:
        for column, item in zip(table.columns, row, strict=True):
            label = f"{column.name}: " if table.header else ""
            lines.append(label + item.text if table.header else item.text)
        lines.append("")
    if table.caption:
        lines.append(table.caption)
    return "\n".join(lines).rstrip("\n") + "\n"


def width(text: str) -> int:
    """Columns a string takes in a terminal: wide East Asian characters 2, combining marks 0."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def to_plain(table: Grid) -> str:
    """Aligned text, one line per row, nothing cut or wrapped: for pipes, grep and files."""
    lines = [table.title, ""] if table.title else []
    # Line breaks inside a cell would break the one-row-one-line promise.
    rows = [[c.text.replace("\n", " ") for c in row] for row in table.rows]
    if table.header:
        rows.insert(0, [c.name for c in table.columns])
    widths = [max((width(row[i]) for row in rows), default=0) for i in range(len(table.columns))]
    for number, row in enumerate(rows):
        cells = [text + " " * (w - width(text)) for text, w in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
        if table.header and number == 0:
            lines.append("  ".join("─" * w for w in widths))
    if table.caption:
        lines += ["", table.caption]
    return "\n".join(lines) + "\n"


def to_csv(table: Grid) -> str:
    """RFC 4180 CSV with a header row; styles and captions are dropped."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if table.header:
        writer.writerow(c.name for c in table.columns)
    writer.writerows([c.text for c in row] for row in table.rows)
    return buffer.getvalue()


def _markdown_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(table: Grid) -> str:
    """A GitHub-flavoured Markdown table; a header-less grid gets an empty header row."""
    names = [c.name if table.header else "" for c in table.columns]
    lines = [f"**{_markdown_cell(table.title)}**", ""] if table.title else []
    lines.append("| " + " | ".join(_markdown_cell(n) for n in names) + " |")
    lines.append("|" + "|".join(" --- " for _ in names) + "|")
    lines += ["| " + " | ".join(_markdown_cell(c.text) for c in row) + " |" for row in table.rows]
    if table.caption:
        lines += ["", _markdown_cell(table.caption)]
    return "\n".join(lines) + "\n"
