"""Verify a loaded store against the source texts it was drawn from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from faurecli.about import counts
from faurecli.model import Record, Store, record
from faurecli.store import StoreError, quoted, read_text

if TYPE_CHECKING:
    from faurecli.vocabulary import Vocabulary

_HEADING = re.compile(r"(=+) (.+?) \1")
_INFOBOX = re.compile(r"- ([^:]+): (.*)")
_LEADING_MARKERS = re.compile(r"((?:\[\d+\])+)\s*")
LEAD = "Lead"
# The search vocabulary, checked when it sits beside the store.
VOCABULARY = "vocabulary.toml"


@record
class Section(Record):
    """A section of the article: heading, level and paragraphs."""

    title: str
    level: int
    paragraphs: tuple[str, ...]


@record
class Article(Record):
    """The article as parsed: title, infobox lines and sections."""

    title: str
    infobox: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]


@record
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
    """What `faure check` found: problems (none when ok), counts of what it checked, and which
    sentences no record cites (each with the reason the store gives)."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    uncited: list[tuple[str, str | None]] = field(default_factory=list)
    path: str = ""  # the store checked, as the report names it

    @property
    def ok(self) -> bool:
        return not self.problems


def check_store(store: Store, base: Path, *, path: str = "") -> Report:
    """Compare the store (read from `path`) with its sources (paths relative to `base`, the
    store's folder)."""
    report = Report(counts=counts(store), path=path)
    _check_coverage(store, report)
    _check_as_of(store, report.problems)
    texts = {}
    for name in ("article", "summary"):
        try:
            texts[name] = read_text(base / getattr(store.source, name))
        except StoreError as exc:
            report.problems.append(f"source {name}: {exc.line()}")
    if "article" in texts:
        article = parse_article(texts["article"])
        _check_infobox(store, article, report.problems)
        _check_sentences(store, article, report.problems)
    if "summary" in texts:
        _check_summary(store, parse_summary(texts["summary"]), report.problems)
    vocabulary = base / VOCABULARY
    if vocabulary.is_file():
        from faurecli.vocabulary import VocabularyError, load_vocabulary

        try:
            report.problems += check_vocabulary(store, load_vocabulary(vocabulary))
        except VocabularyError as exc:
            report.problems.append(f"vocabulary: {exc}")
    return report


def check_vocabulary(store: Store, vocabulary: Vocabulary) -> list[str]:
    """Problems with the search vocabulary: a name for a record the store does not hold, or
    without a language tag."""
    ids = {"person"} | {o.id for o in store.offices} | {e.id for e in store.events}
    problems = []
    for name in vocabulary.names:
        if name.record not in ids:
            problems.append(
                f"vocabulary: name {quoted(name.text)} points at {quoted(name.record)}, not a record of the store"
            )
        if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)*", name.lang):
            problems.append(f"vocabulary: name {quoted(name.text)} has lang {quoted(name.lang)}, not a language tag")
    return problems


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
    """Match each summary sentence to its article sentence by text, then compare flags and
    markers: the markers leading a summary sentence follow the article sentence before it."""
    by_text = {}
    for sentence in store.sentences:
        by_text[sentence.text] = sentence
        # The summary's splitter drops a closing quote after the final full stop.
        by_text.setdefault(sentence.text.removesuffix('"'), sentence)
    matched = set()
    expected: dict[str, tuple[int, ...]] = {}
    last = -1
    for number, entry in enumerate(entries, start=1):
        found = by_text.get(entry.text)
        if found is None:
            problems.append(f"summary sentence {number} is not a sentence of the store: {entry.text[:60]!r}")
            continue
        matched.add(found.id)
        if not found.summary:
            problems.append(f"summary sentence {number} is sentence {quoted(found.id)}, which lacks summary = true")
        if entry.markers:
            if found.index == 0:
                problems.append(f"summary sentence {number} is led by markers but follows no article sentence")
            else:
                expected[store.sentences[found.index - 1].id] = entry.markers
        if found.index < last:
            problems.append(f"summary sentence {number} ({quoted(found.id)}) is out of the article's order")
        last = found.index
    for sentence in store.sentences:
        if sentence.summary and sentence.id not in matched:
            problems.append(f"sentence {quoted(sentence.id)} has summary = true but is not in the summary")
        want = expected.get(sentence.id, ())
        if sentence.markers != want:
            problems.append(
                f"sentence {quoted(sentence.id)}: the sources put markers {list(want)} after it, "
                f"the store {list(sentence.markers)}"
            )


def cited_sentences(store: Store) -> set[str]:
    """Ids of the sentences that a record shown by the offices, timeline or profile cites."""
    person = store.person
    refs: set[str] = set()
    for office in store.offices:
        refs.update(office.sources)
        for name in office.names:
            refs.update(name.sources)
    for event in store.events:
        refs.update(event.sources)
    for values in person.sources.values():
        refs.update(values)
    for study in person.education:
        refs.update(study.sources)
    for note in person.personal:
        refs.update(note.sources)
    return refs


def _check_coverage(store: Store, report: Report) -> None:
    """Every sentence is cited by a record people see, or says why not."""
    cited = cited_sentences(store)
    report.counts["sentences_cited"] = sum(s.id in cited for s in store.sentences)
    for sentence in store.sentences:
        if sentence.id in cited:
            if sentence.uncited:
                report.problems.append(f"sentence {quoted(sentence.id)} is cited, yet says why it is not (uncited)")
            continue
        report.uncited.append((sentence.id, sentence.uncited))
        if not sentence.uncited:
            report.problems.append(f"sentence {quoted(sentence.id)}: no record cites it, and it gives no reason")


def _check_as_of(store: Store, problems: list[str]) -> None:
    """The as-of date is the latest date the records give, and no record goes past it."""
    dates = [d for o in store.offices for d in (o.start, o.end) if d is not None]
    dates += [d for e in store.events for d in (e.date, e.end) if d is not None]
    if not dates:
        return
    as_of = store.source.as_of
    latest = max(dates, key=lambda d: d.last_day())
    if latest.last_day() > as_of.last_day():
        problems.append(f"source.as_of {as_of} is before a date the store gives ({latest})")
    elif latest.last_day() < as_of.last_day():
        problems.append(f"source.as_of {as_of} is after the latest date the store gives ({latest})")
