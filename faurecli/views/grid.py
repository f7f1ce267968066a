"""A table as plain data, and its renderings: laid out for a terminal (Rich prints it), aligned
text for a pipe, CSV for spreadsheets, Markdown for writers. Only to_rich imports Rich."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from faurecli.model import Origin, Record, record
from faurecli.patterns import lazy

# The colour of an office's origin, in the tables and the chart alike.
ORIGIN_STYLE = {Origin.INFOBOX: "cyan", Origin.PROSE: "magenta"}

if TYPE_CHECKING:
    from rich.text import Text


@record
class Cell(Record):
    """Text with an optional style for the whole cell and emphasised spans (search matches)."""

    text: str
    style: str = ""
    spans: tuple[tuple[int, int], ...] = ()


@record
class Column(Record):
    """A column. `size` < 0 caps a short column (dates, scores) at -size characters in a
    terminal; `size` > 0 is its share of the width left, so long text gets the most."""

    name: str
    size: int = 1


@record
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


Run = tuple[str, str]  # (text, style); "" is unstyled
HIGHLIGHT = "bold yellow"  # search matches
HEADER, TITLE, CAPTION = "bold", "italic", "dim"


def to_rich(table: Grid, columns: int) -> Text:
    """The table laid out for a terminal `columns` wide, as styled Rich text."""
    return rich_text(layout(table, columns))


def rich_text(lines: Sequence[Sequence[Run]]) -> Text:
    """Lines of styled runs (a table's layout, a chart) as one Rich text."""
    from rich.text import Text

    out = Text()
    for number, line in enumerate(lines):
        if number:
            out.append("\n")
        for text, style in line:
            # Text, never a markup string: brackets in the store are printed as they are.
            out.append(text, style or None)
    return out


def layout(table: Grid, columns: int) -> list[list[Run]]:
    """The table as lines of styled runs, at most `columns` wide: columns sized by
    column_widths, cells wrapped at spaces (a word longer than its column is split, never
    cut), framed as Rich's SIMPLE_HEAD box draws it.

    Laid out here rather than by rich.table: Rich measures and renders every cell through its
    general pipeline, which on the 54-event timeline took 16 ms of a 25 ms run; laying it out
    here and printing the text takes about 5."""
    widths, gap = _fit(table, columns)
    lines = _paragraph(table.title, TITLE, columns) if table.title else []
    lines.append([])
    if table.header:
        lines += _lines([Cell(c.name, HEADER) for c in table.columns], widths, gap)
        lines.append([(" " * (gap - 2) + "─" * (sum(widths) + gap * len(widths) - 1), "")])
    for row in table.rows:
        lines += _lines(row, widths, gap)
    lines.append([])
    if table.caption:
        lines += _paragraph(table.caption, CAPTION, columns)
    return lines


def _paragraph(text: str, style: str, columns: int) -> list[list[Run]]:
    return [[(text[start:end], style)] for start, end in wrap(text, max(columns, 1))]


def _fit(table: Grid, columns: int) -> tuple[list[int], int]:
    """Column widths and the gap between columns: Rich's frame (3 columns between cells), or a
    tighter one (2) when that keeps whole a word the wider frame would split."""
    widths = column_widths(table, columns)
    whole = _whole_words(table)
    if all(w >= n for w, n in zip(widths, whole, strict=True)):
        return widths, 3
    tight = column_widths(table, columns, gap=2)
    split = sum(w < n for w, n in zip(widths, whole, strict=True))
    return (tight, 2) if sum(w < n for w, n in zip(tight, whole, strict=True)) < split else (widths, 3)


def _lines(row: Sequence[Cell], widths: list[int], gap: int = 3) -> list[list[Run]]:
    """A row's terminal lines: each cell wrapped to its column, the shorter ones padded."""
    cells = [[_runs(c, start, end) for start, end in wrap(c.text, w)] for c, w in zip(row, widths, strict=True)]
    return [_row([c[n] if n < len(c) else [] for c in cells], widths, gap) for n in range(max(map(len, cells)))]


def _row(cells: list[list[Run]], widths: list[int], gap: int = 3) -> list[Run]:
    """One terminal line of a row: each cell's runs padded to its column, no trailing blanks."""
    last = max((number for number, runs in enumerate(cells) if runs), default=-1)
    line: list[Run] = []
    for number, (runs, size) in enumerate(zip(cells[: last + 1], widths, strict=False)):
        # An edge and a space of padding before the first cell; padding, divider, padding after.
        line += [(" " * (gap - 1) if number == 0 else " " * gap, ""), *runs]
        if number < last:
            line.append((" " * (size - sum(width(text) for text, _ in runs)), ""))
    return line


def _runs(item: Cell, start: int, end: int) -> list[Run]:
    """The styled runs of item.text[start:end]: the cell's style, search matches highlighted."""
    if not item.spans:
        return [(item.text[start:end], item.style)] if end > start else []
    marked = (f"{item.style} {HIGHLIGHT}").strip()
    cuts = sorted({start, end, *(max(start, min(end, at)) for span in item.spans for at in span)})
    runs = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        inside = any(a <= left and right <= b for a, b in item.spans)
        runs.append((item.text[left:right], marked if inside else item.style))
    return runs


def wrap(text: str, size: int) -> list[tuple[int, int]]:
    """Where to break `text` into lines at most `size` columns wide, as (start, end) offsets:
    at spaces, at the text's own line breaks, and inside a word only when it is longer than a
    line. Nothing is dropped but the spaces at a break."""
    lines: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        start = end = used = -1
        for match in re.finditer(r"\S+", paragraph):
            first, last = match.start() + offset, match.end() + offset
            size_word = width(match.group())
            if start >= 0:
                grown = used + width(text[end:first]) + size_word
                if grown <= size:
                    used, end = grown, last
                    continue
                lines.append((start, end))
            start, end, used = first, last, size_word
            if size_word > size:
                # Fold the word: after a hyphen where one fits ("Jean-" / "Christophe"), else
                # whole lines of it; the rest carries on as the current line.
                while width(text[start:last]) > size:
                    breaks = [m.end() for m in _HYPHENS.finditer(text, start, last)]
                    fitting = [at for at in breaks if width(text[start:at]) <= size]
                    at = fitting[-1] if fitting else _fold(text, start, size)
                    lines.append((start, at))
                    start = at
                used = width(text[start:last])
        lines.append((start, end) if start >= 0 else (offset, offset))
        offset += len(paragraph) + 1
    return lines


# A word may break after a hyphen followed by more of the word: "Seine-et-" / "Marne".
_HYPHENS = lazy(r"(?<=[^\s\-\u2010])[\-\u2010]+(?=[^\s\-\u2010])")


def _fold(text: str, start: int, size: int) -> int:
    """Where a line of at most `size` columns cut inside a word ends (at least one character)."""
    used = 0
    for at in range(start, len(text)):
        used += width(text[at])
        if used > size:
            return max(at, start + 1)
    return len(text)


def _pieces(word: str) -> list[str]:
    """A word as the parts a line may break it into: at its hyphens."""
    if "-" not in word and "\u2010" not in word:
        return [word]
    cuts = [0, *(m.end() for m in _HYPHENS.finditer(word)), len(word)]
    return [word[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


# Below this many terminal columns per table column, a table cannot show its facts (columns a
# few characters wide, every word split); rows are stacked as "Field: value" lines instead.
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
    if text.isascii():
        return len(text)
    # Below U+0300 (Latin with its accents) no character is wide or combining: one column each;
    # only the others (found by the regex engine, not a Python loop) are looked up.
    return len(text) + sum(
        -1 if unicodedata.combining(c) else 1 if unicodedata.east_asian_width(c) in "WF" else 0
        for c in _BEYOND_LATIN.findall(text)
    )


_BEYOND_LATIN = lazy("[^\x00-\u02ff]")


def _longest_line(text: str) -> int:
    return max(width(line) for line in text.split("\n"))


def _whole_words(table: Grid) -> list[int]:
    """Each column's longest unbreakable piece of a word (words break at hyphens)."""
    texts = [[row[i].text for row in table.rows] for i in range(len(table.columns))]
    if table.header:
        for i, column in enumerate(table.columns):
            texts[i].append(column.name)
    return [max((width(p) for t in column for w in t.split() for p in _pieces(w)), default=0) for column in texts]


def column_widths(table: Grid, columns: int, *, gap: int = 3) -> list[int]:
    """The width of each column's text in a terminal `columns` wide. A short column (size < 0)
    takes its longest line, up to -size (less in a narrow terminal); the others share what is
    left in proportion to their size, none wider than its longest line and, while another can
    spare the room, none narrower than its longest word."""
    count = len(table.columns)
    # The frame (Rich's SIMPLE_HEAD box): an edge either side, a divider between columns, and
    # a space of padding either side of each cell (`gap` 3); or one space less of each (2).
    room = max(columns - (gap * count + 1), count)
    texts = [[row[i].text for row in table.rows] for i in range(count)]
    if table.header:
        for i, column in enumerate(table.columns):
            texts[i].append(column.name)
    longest = [max((_longest_line(t) for t in column), default=0) for column in texts]
    sizes = [max(1, c.size) for c in table.columns]
    widths = [min(n, -c.size) if c.size < 0 else 0 for n, c in zip(longest, table.columns, strict=True)]
    shared = [i for i, c in enumerate(table.columns) if c.size >= 0]
    whole = [max((width(w) for t in column for w in t.split()), default=0) for column in texts]
    # In a narrow terminal the short columns give way, down to their longest word (or 6, room
    # for "20 Jun"), until each other column has room for its longest word or MIN_COLUMN_WIDTH:
    # a date wraps onto two lines before a title is cut into slivers.
    keep = sum(min(longest[i], max(whole[i], MIN_COLUMN_WIDTH)) for i in shared)
    short = [i for i, c in enumerate(table.columns) if c.size < 0]
    while sum(widths) > room - keep:
        yielding = [i for i in short if widths[i] > max(whole[i], 6)]
        if not yielding:
            break
        widths[max(yielding, key=lambda i: widths[i])] -= 1
    left = room - sum(widths)
    # A column that needs less than its share takes what it needs; the rest share again.
    while shared:
        total = sum(sizes[i] for i in shared)
        settled = [i for i in shared if longest[i] * total <= left * sizes[i]]
        if not settled:
            break
        for i in settled:
            widths[i] = longest[i]
            left -= longest[i]
        shared = [i for i in shared if i not in settled]
    if shared:
        total = sum(sizes[i] for i in shared)
        for i in shared:
            widths[i] = max(1, left * sizes[i] // total)
        widths[max(shared, key=lambda i: widths[i])] += left - sum(widths[i] for i in shared)
        # Words stay whole where a wider column can spare the room.
        for i in shared:
            while widths[i] < whole[i]:
                donor = max(shared, key=lambda j: widths[j] - whole[j])
                if widths[donor] <= whole[donor]:
                    break
                widths[donor] -= 1
                widths[i] += 1
    widths = [max(1, w) for w in widths]
    # Still too wide (a very narrow terminal): narrow the widest column, a character at a time.
    while sum(widths) > room and max(widths) > 1:
        widths[widths.index(max(widths))] -= 1
    return widths


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


# What Markdown would read as markup in a store's text (emphasis, code, a link, HTML, a list
# item at a caption's start): escaped with a backslash, so the text renders as written. An
# underscore inside a word (a URL's Olivier_Faure) is no emphasis and stays as it is.
_MARKDOWN = lazy(r"[\\`*\[\]<>~|]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])|^[#+-]")


def markdown_text(text: str) -> str:
    """Text from the store as Markdown shows it literally: markup characters escaped, on one line."""
    return _MARKDOWN.sub(lambda m: "\\" + m.group(), text.replace("\n", " "))


def to_markdown(table: Grid) -> str:
    """A GitHub-flavoured Markdown table; a header-less grid gets an empty header row."""
    names = [c.name if table.header else "" for c in table.columns]
    lines = [f"**{markdown_text(table.title)}**", ""] if table.title else []
    lines.append("| " + " | ".join(markdown_text(n) for n in names) + " |")
    lines.append("|" + "|".join(" --- " for _ in names) + "|")
    lines += ["| " + " | ".join(markdown_text(c.text) for c in row) + " |" for row in table.rows]
    if table.caption:
        lines += ["", markdown_text(table.caption)]
    return "\n".join(lines) + "\n"
