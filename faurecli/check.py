"""Verify a loaded store against the source texts it was drawn from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from faurecli.model import Origin, Record, Store
from faurecli.store import StoreError, quoted, read_text

_HEADING = re.compile(r"(=+) (.+?) \1")
_INFOBOX = re.compile(r"- ([^:]+): (.*)")
_LEADING_MARKERS = re.compile(r"((?:\[\d+\])+)\s*")
LEAD = "Lead"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Section(Record):
    """A section of the article: heading, level and paragraphs."""

    title: str
    level: int
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Article(Record):
    """The article as parsed: title, infobox lines and sections."""

    title: str
    infobox: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class SummaryEntry(Record):
    """A sentence of the summary and the markers that lead it."""

    markers: tuple[int, ...]
    text: str


def parse_article(text: str) -> Article:
    """Split the article into its title, infobox lines and sections of paragraphs.

    The lead is the section titled "Lead": the paragraphs before the first heading.
    """
    lines = text.splitlines()
    title_match = _HEADING.fullmatch(lines[0].strip()) if lines else None
    title = title_match.group(2) if title_match else ""
    infobox: list[tuple[str, str]] = []
    sections: list[Section] = []
    current, level = LEAD, 1
    paragraphs: list[str] = []
    for line in lines[1:]:
        stripped = line.strip()
        heading = _HEADING.fullmatch(stripped)
        box = _INFOBOX.fullmatch(stripped)
        if heading:
            sections.append(Section(current, level, tuple(paragraphs)))
            current, level, paragraphs = heading.group(2), len(heading.group(1)), []
        elif box and not sections and current == LEAD:
            infobox.append((box.group(1), box.group(2)))
        elif stripped and not (stripped == title and not infobox and not paragraphs):
            paragraphs.append(stripped)
    sections.append(Section(current, level, tuple(paragraphs)))
    return Article(title, tuple(infobox), tuple(sections))


def parse_summary(text: str) -> list[SummaryEntry]:
    """The summary's sentences after its title line, each with the markers that lead it."""
    entries = []
    for paragraph in [p.strip() for p in text.splitlines()[1:] if p.strip()]:
        lead = _LEADING_MARKERS.match(paragraph)
        numbers = tuple(int(n) for n in re.findall(r"\d+", lead.group(1))) if lead else ()
        entries.append(SummaryEntry(numbers, paragraph[lead.end() :] if lead else paragraph))
    return entries


@dataclass(slots=True)
class Report:
    """What `faure check` found: problems (none when ok) and counts of what it checked."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def counts(store: Store) -> dict[str, int]:
    return {
        "offices": sum(o.origin is Origin.INFOBOX for o in store.offices),
        "positions": sum(o.origin is Origin.PROSE for o in store.offices),
        "events": len(store.events),
        "sentences": len(store.sentences),
        "summary sentences": sum(s.summary for s in store.sentences),
        "markers": len(store.markers),
        "conflicts": len(store.conflicts),
        "derived dates": sum(o.derived for o in store.offices) + sum(e.derived for e in store.events),
    }


def check_store(store: Store, base: Path) -> Report:
    """Compare the store with its sources (paths relative to `base`, the store's folder)."""
    report = Report(counts=counts(store))
    texts = {}
    for name in ("article", "summary"):
        path = base / getattr(store.source, name)
        try:
            texts[name] = read_text(path)
        except StoreError as exc:
            report.problems.append(f"source {name}: {exc.line()}")
    if "article" in texts:
        article = parse_article(texts["article"])
        _check_infobox(store, article, report.problems)
        _check_sentences(store, article, report.problems)
    if "summary" in texts:
        _check_summary(store, parse_summary(texts["summary"]), report.problems)
    return report


def _check_infobox(store: Store, article: Article, problems: list[str]) -> None:
    stored = [(line.key, line.value) for line in store.infobox]
    for key, value in stored:
        if (key, value) not in article.infobox:
            problems.append(f"infobox {quoted(key)}: {quoted(value)} is not an infobox line of the article")
    for key, value in article.infobox:
        if (key, value) not in stored:
            problems.append(f"infobox: the article's line {quoted(f'- {key}: {value}')} is missing from the store")


def _check_sentences(store: Store, article: Article, problems: list[str]) -> None:
    """Every section's sentences, joined, must give its paragraphs verbatim: this proves each
    sentence is in the article, in order, and that none is missing or repeated."""
    by_section: dict[str, list[str]] = {}
    order: list[str] = []
    for sentence in store.sentences:
        if sentence.section not in by_section:
            order.append(sentence.section)
        by_section.setdefault(sentence.section, []).append(sentence.text)
    titles = [s.title for s in article.sections if s.paragraphs]
    for title in order:
        if title not in titles:
            problems.append(f"sentences: section {quoted(title)} is not a section of the article")
    known = [t for t in order if t in titles]
    if known != [t for t in titles if t in by_section]:
        problems.append("sentences: sections are not in the article's order")
    for section in article.sections:
        if not section.paragraphs:
            continue
        expected = " ".join(section.paragraphs)
        got = " ".join(by_section.get(section.title, []))
        if got != expected:
            at = next((i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b), None)
            at = min(len(got), len(expected)) if at is None else at
            lead = max(0, at - 15)
            problems.append(
                f"sentences in section {quoted(section.title)} differ from the article at character {at}: "
                f"store has {got[lead : at + 25]!r}, article has {expected[lead : at + 25]!r}"
            )


def _check_summary(store: Store, entries: list[SummaryEntry], problems: list[str]) -> None:
    """Match each summary sentence to its article sentence by text, then compare flags and markers."""
    by_text = {}
    for sentence in store.sentences:
        by_text[sentence.text] = sentence
        # The summary's splitter drops a closing quote after the final full stop.
        by_text.setdefault(sentence.text.removesuffix('"'), sentence)
    matched = set()
    last = -1
    for number, entry in enumerate(entries, start=1):
        found = by_text.get(entry.text)
        if found is None:
            problems.append(f"summary sentence {number} is not a sentence of the store: {entry.text[:60]!r}")
            continue
        matched.add(found.id)
        if not found.summary:
            problems.append(f"summary sentence {number} is sentence {quoted(found.id)}, which lacks summary = true")
        if entry.markers != found.markers:
            problems.append(
                f"summary sentence {number}: markers {list(entry.markers)} in the summary, "
                f"{list(found.markers)} on sentence {quoted(found.id)}"
            )
        if found.index < last:
            problems.append(f"summary sentence {number} ({quoted(found.id)}) is out of the article's order")
        last = found.index
    for sentence in store.sentences:
        if sentence.summary and sentence.id not in matched:
            problems.append(f"sentence {quoted(sentence.id)} has summary = true but is not in the summary")
