"""The career chart as a standalone SVG image for print and the web: one bar per office or
position on a year axis with gridlines, ending at the source's as-of date; infobox offices
solid, prose positions hatched and outlined (told apart without colour); a title and a credit
line. Written by hand (no plotting library, nothing imported at start-up): system fonts only,
nothing fetched when it is opened, readable on white."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from faurecli.model import Office, Origin, PartialDate

CREDIT = "Source: Wikipedia, 'Olivier Faure', CC BY-SA 4.0"
FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
INK, GRID, FAINT = "#1a1a1a", "#d0d0d0", "#5a5a5a"
INFOBOX, PROSE = "#1f4e79", "#b35900"

ROW, BAR, SIZE = 24, 14, 12
# An average character of the label font, in pixels at SIZE: labels are sized, not measured.
CHAR = 6.4
PLOT, MARGIN = 640, 24


def _text(x: float, y: float, text: str, *, anchor: str = "start", size: int = SIZE, **attrs: str) -> str:
    extra = "".join(f" {k.replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{extra}>{escape(text)}</text>'


def svg_chart(
    offices: Sequence[Office],
    as_of: PartialDate,
    *,
    title: str = "Olivier Faure: offices and positions",
    credit: str = CREDIT,
) -> str:
    """The chart of `offices` as SVG text, the axis running from the first start to the last
    day of the source's as-of period (nothing later: the source says nothing of it)."""
    until = as_of.last_day()
    as_of_text = f"{calendar.month_name[as_of.month]} {as_of.year}" if as_of.month else str(as_of.year)
    first = min(o.start.first_day() for o in offices)
    label_width = max(120, round(max(len(o.title) for o in offices) * CHAR))
    left = MARGIN + label_width + 12
    top = 78
    width = left + PLOT + 70
    bottom = top + ROW * len(offices)
    height = bottom + 118
    span = max(1, (until - first).days)

    def x(day: dt.date) -> float:
        return left + (min(max(day, first), until) - first).days / span * PLOT

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(FONT)} fill="{INK}">',
        f"<title>{escape(title)}</title>",
        "<defs>",
        f'<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="{PROSE}"/></pattern>',
        "</defs>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        _text(MARGIN, 34, title, size=18, font_weight="bold"),
        _text(MARGIN, 56, f"Offices (solid) and positions named in the text (hatched), as of {as_of_text}", fill=FAINT),
    ]
    # Gridlines and year labels: every year faint, every fifth labelled.
    for year in range(first.year + 1, until.year + 1):
        at = x(dt.date(year, 1, 1))
        major = year % 5 == 0
        out.append(
            f'<line x1="{at:.1f}" y1="{top - 6}" x2="{at:.1f}" y2="{bottom}" stroke="{GRID}" '
            f'stroke-width="{1 if major else 0.5}"/>'
        )
        if major:
            out.append(_text(at, bottom + 18, str(year), anchor="middle"))
    out.append(_text(left, bottom + 18, str(first.year), anchor="middle"))
    out.append(f'<line x1="{left}" y1="{bottom}" x2="{left + PLOT}" y2="{bottom}" stroke="{INK}" stroke-width="1"/>')
    end = left + PLOT
    out.append(f'<line x1="{end}" y1="{top - 6}" x2="{end}" y2="{bottom + 4}" stroke="{INK}" stroke-dasharray="3 2"/>')
    out.append(_text(end, bottom + 34, f"as of {as_of_text}", anchor="middle", fill=FAINT))

    for number, office in enumerate(offices):
        y = top + number * ROW
        middle = y + ROW / 2
        out.append(_text(left - 10, middle + 4, office.title, anchor="end"))
        start = office.start.first_day()
        stop = office.end.last_day() if office.end is not None else until if office.current else office.start.last_day()
        x0, x1 = x(start), max(x(stop), x(start) + 3)
        bar_y = middle - BAR / 2
        if office.origin is Origin.INFOBOX:
            style = f'fill="{INFOBOX}" stroke="{INFOBOX}"'
        else:
            style = f'fill="url(#hatch)" stroke="{PROSE}" stroke-width="1.2"'
        out.append(f'<rect x="{x0:.1f}" y="{bar_y:.1f}" width="{x1 - x0:.1f}" height="{BAR}" {style}/>')
        colour = INFOBOX if office.origin is Origin.INFOBOX else PROSE
        if office.current:
            out.append(
                f'<path d="M{x1 + 2:.1f},{bar_y - 2:.1f} L{x1 + 11:.1f},{middle:.1f} L{x1 + 2:.1f},'
                f'{bar_y + BAR + 2:.1f} Z" fill="{colour}"/>'
            )
        elif office.end is None:
            out.append(_text(x1 + 4, middle + 4, "?", fill=colour, font_weight="bold"))

    legend_y = bottom + 60
    items = [
        (f'fill="{INFOBOX}" stroke="{INFOBOX}"', "infobox office"),
        (f'fill="url(#hatch)" stroke="{PROSE}" stroke-width="1.2"', "position named in the prose"),
    ]
    at = MARGIN
    for style, label in items:
        out.append(f'<rect x="{at}" y="{legend_y - 11}" width="26" height="{BAR}" {style}/>')
        out.append(_text(at + 34, legend_y, label))
        at += 34 + round(len(label) * CHAR) + 28
    out.append(f'<path d="M{at},{legend_y - 12} L{at + 9},{legend_y - 4} L{at},{legend_y + 4} Z" fill="{FAINT}"/>')
    out.append(_text(at + 16, legend_y, f"held as of {as_of_text}"))
    at += 16 + round(len(f"held as of {as_of_text}") * CHAR) + 28
    out.append(_text(at, legend_y, "?", font_weight="bold", fill=FAINT))
    out.append(_text(at + 12, legend_y, "end not given (drawn over its start's period only)"))
    out.append(_text(MARGIN, height - 18, credit, size=11, fill=FAINT))
    out.append("</svg>")
    return "\n".join(out) + "\n"
