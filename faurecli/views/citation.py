"""Citation lines in the styles people paste: Wikipedia's own (faure's default line), APA, MLA
and Chicago, filled only from what the store knows: the article's title, publisher and URL,
the sentence's section and reference numbers, and the as-of date (the latest date the text
gives). The sources carry no revision id, author or retrieval date, so none is written: APA's
"n.d." says so, and the as-of date is given as what the text covers, never as a date of
publication or access."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from faurecli.model import PartialDate, Sentence, Store
    from faurecli.query import Citations


class Style(str, Enum):
    """The citation styles `faure cite --style` writes."""

    WIKIPEDIA = "wikipedia"
    APA = "apa"
    MLA = "mla"
    CHICAGO = "chicago"


def _month_year(date: PartialDate) -> str:
    import calendar

    return f"{calendar.month_name[date.month]} {date.year}" if date.month else str(date.year)


def _references(sentence: Sentence) -> str:
    if not sentence.markers:
        return "no reference marker after this sentence"
    numbers = ", ".join(f"[{n}]" for n in sentence.markers)
    return f"reference{'s' if len(sentence.markers) > 1 else ''} {numbers}"


def citation(store: Store, sentence: Sentence, style: Style, *, markdown: bool = False) -> str:
    """The reference line for `sentence` in `style`; container titles in italics for Markdown."""
    if style is Style.WIKIPEDIA:
        from faurecli.query import citation_line

        return citation_line(store, sentence)
    source = store.source
    title, publisher, url = source.title, source.publisher, source.url
    work = f"*{publisher}*" if markdown else publisher
    where = f'section "{sentence.section}", {_references(sentence)}'
    covers = f"text as of {_month_year(source.as_of)}"
    if style is Style.APA:
        # APA 7, a wiki entry with no date (n.d.); no retrieval date is known, so none is given.
        return f"{title}. (n.d.). In {work}. {url} ({where}; {covers})"
    if style is Style.MLA:
        # MLA 9: "Title." Container, location. No version date or access date is known.
        return f'"{title}." {work}, {url}. {where[0].upper()}{where[1:]}; {covers}.'
    # Chicago 17, a reference work cited by entry (s.v., "under the word").
    return f'{work}, s.v. "{title}," {where}, {covers}, {url}.'


def lines(result: Citations, *, markdown: bool = False) -> list[str]:
    """The citation line of each sentence of a `cite` result, in the style it asks for."""
    style = Style(result.style)
    return [citation(result.store, c.sentence, style, markdown=markdown) for c in result.items]
