"""A Gantt-style career chart as lines of styled segments: pure layout, no Rich.

Each office or position is a labelled bar on a year axis from the first start to the source's
as-of date (the axis never runs to the reader's today: the source says nothing after it). A
current office runs to the right edge as an arrow; one whose end the text does not give is
drawn over its start's own period only, followed by a question mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from faurecli.model import Office, Origin, Record, record
from faurecli.views.grid import ORIGIN_STYLE, Run, wrap
from faurecli.views.grid import width as columns_of


@record
class Glyphs(Record):
    """The characters of a chart: block shapes for a terminal, ASCII for plain text."""

    infobox: str
    prose: str
    current: str
    unknown: str
    tick: str
    rule: str


# An office's source, told apart by colour in the chart and the tables (faurecli.views.table).
BLOCKS = Glyphs(infobox="█", prose="▓", current="▶", unknown="?", tick="┴", rule="─")
ASCII = Glyphs(infobox="#", prose="=", current=">", unknown="?", tick="+", rule="-")


def career_chart(offices: Sequence[Office], today: dt.date, *, width: int, glyphs: Glyphs) -> list[list[Run]]:
    """Lay out the chart in `width` columns: label column, then the bars, then the year axis,
    which ends on `today` (the source's as-of date)."""
    if not offices:
        return []
    first = min(o.start.first_day() for o in offices)
    # Display columns, not characters: a wide (CJK) title takes two columns a character.
    label_width = max(12, min(max(columns_of(o.title) for o in offices), width * 2 // 5))
    area = max(10, width - label_width - 2)
    span_days = max(1, (today - first).days)

    def column(day: dt.date) -> int:
        return min(area - 1, max(0, round((day - first).days / span_days * (area - 1))))

    lines: list[list[Run]] = []
    for office in offices:
        start = office.start.first_day()
        end = office.end.last_day() if office.end is not None else None if office.current else office.start.last_day()
        left = column(start)
        right = column(end if end is not None else today)
        fill = glyphs.infobox if office.origin is Origin.INFOBOX else glyphs.prose
        bar = fill * max(1, right - left + (end is not None))
        tail = glyphs.current if office.current else (glyphs.unknown if office.end is None else "")
        style = ORIGIN_STYLE[office.origin]
        labels = [office.title[start:end] for start, end in wrap(office.title, label_width)]
        bar_line: list[Run] = [
            (labels[0] + " " * (label_width - columns_of(labels[0])) + "  ", ""),
            (" " * left, ""),
            (bar, style),
            (tail, style),
        ]
        lines.append(bar_line)
        lines.extend([(label, "dim")] for label in labels[1:])
    lines.append(_axis(first, today, label_width, area, column, glyphs))
    lines.append(_years(first, today, label_width, area, column))
    lines.append([("", "")])
    keys = [f"{glyphs.infobox} infobox", f"{glyphs.prose} prose", f"{glyphs.current} current"]
    legend = ""
    for key in [*keys, f"{glyphs.unknown} end not given"]:
        if legend and len(legend) + 3 + len(key) > width:
            lines.append([(legend, "dim")])
            legend = key
        else:
            legend = f"{legend}   {key}" if legend else key
    lines.append([(legend, "dim")])
    return lines


def _ticks(first: dt.date, today: dt.date, area: int) -> list[int]:
    years = today.year - first.year + 1
    # A label every N years, N chosen so that labels ("2010") never collide.
    step = next(n for n in (1, 2, 5, 10, 20, 50, 100) if years / n * 6 <= area)
    return [y for y in range(first.year, today.year + 1) if y % step == 0 or y == first.year]


Column = Callable[[dt.date], int]


def _axis(first: dt.date, today: dt.date, label_width: int, area: int, column: Column, glyphs: Glyphs) -> list[Run]:
    cells = [glyphs.rule] * area
    for year in _ticks(first, today, area):
        cells[column(dt.date(year, 1, 1) if year > first.year else first)] = glyphs.tick
    return [(" " * (label_width + 2), ""), ("".join(cells), "dim")]


def _years(first: dt.date, today: dt.date, label_width: int, area: int, column: Column) -> list[Run]:
    cells = [" "] * area
    taken = -1
    for year in _ticks(first, today, area):
        at = column(dt.date(year, 1, 1) if year > first.year else first)
        # A label that would run past the axis ends with it instead (the as-of year, often).
        at = min(at, area - len(str(year)))
        if at <= taken:
            continue
        for offset, char in enumerate(str(year)):
            if at + offset < len(cells):
                cells[at + offset] = char
        taken = at + len(str(year))
    return [(" " * (label_width + 2), ""), ("".join(cells).rstrip(), "dim")]


def plain(lines: list[list[Run]]) -> str:
    return "".join("".join(text for text, _ in line).rstrip() + "\n" for line in lines)
