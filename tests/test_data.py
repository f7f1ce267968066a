"""The shipped facts, checked against the source texts rather than trusted."""

import datetime as dt
import re

import pytest

from faurecli.model import Origin, PartialDate

MONTHS = "January February March April May June July August September October November December".split()
# A figure is a number that is not a day of a date, a year or an ordinal (8th, 11th).
_NUMBER = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)(?![\w])")


def figures(text: str) -> set[str]:
    found = set()
    for match in _NUMBER.finditer(text):
        value = match.group(1)
        after = text[match.end() : match.end() + 10]
        if re.fullmatch(r"(19|20)\d\d", value) or any(after.startswith(" " + m) for m in MONTHS):
            continue
        found.add(value.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", value) else value)
    return found


def infobox_date(value: str) -> PartialDate:
    return PartialDate.of(dt.datetime.strptime(value, "%d %B %Y").date())


def test_no_event_carries_a_figure_its_sources_do_not_give(store):
    for event in store.events:
        quoted = " ".join(store.quote(ref) for ref in event.sources)
        assert figures(event.text) <= figures(quoted), event.id


def test_no_figure_of_a_sentence_is_dropped_by_the_events_that_cite_it_first(store):
    for sentence in store.sentences:
        citing = [e for e in store.events if e.sources[0] == sentence.id]
        if citing:
            told = set().union(*(figures(e.text) for e in citing))
            assert figures(sentence.text) <= told, sentence.id


def test_infobox_offices_carry_the_infobox_dates_and_names(store):
    box = {line.key: line.value for line in store.infobox}
    infobox_offices = [o for o in store.offices if o.origin is Origin.INFOBOX]
    assert len(infobox_offices) == 4
    for suffix, office in zip(["", "1", "2", "3"], infobox_offices, strict=True):
        assert office.title == box[f"Office{suffix}"]
        assert office.start == infobox_date(box[f"Term Start{suffix}"])
        end = box.get(f"Term End{suffix}")
        assert office.end == (infobox_date(end) if end else None)
        assert office.current == (end is None)
        assert ", ".join(office.predecessors) == box.get(f"Predecessor{suffix}", "")
        assert ", ".join(office.successors) == box.get(f"Successor{suffix}", "")


def test_person_fields_match_their_infobox_lines(store):
    person = store.person
    for field in ("birth_place", "nationality", "party", "profession"):
        (ref,) = person.sources[field]
        assert store.infobox_line(ref).value == getattr(person, field)
    assert ", ".join(person.alma_mater) == store.infobox_line("infobox:Alma Mater").value
    assert "born 18 August 1968" in store.quote("s1")


def test_event_dates_appear_in_their_sources_unless_derived(store):
    for event in store.events:
        if event.derived:
            assert event.note, f"{event.id} is derived but does not say how"
            continue
        quoted = " ".join(store.quote(ref) for ref in event.sources)
        date = event.date
        assert str(date.year) in quoted, event.id
        if date.month:
            assert MONTHS[date.month - 1] in quoted, event.id
        if date.day:
            assert re.search(rf"\b{date.day} {MONTHS[date.month - 1]}", quoted), event.id


@pytest.mark.parametrize(
    ("conflict", "dates", "refs"),
    [
        ("spokesperson-start", ["2014-08-26", "2014-04-15"], ["infobox:Term Start3", "s24"]),
        ("new-left-end", ["2018-04-11", "2018-03", "2018-04"], ["infobox:Term End1", "s38", "s3"]),
    ],
)
def test_disagreeing_sources_are_both_kept_with_provenance(store, conflict, dates, refs):
    found = next(c for c in store.conflicts if c.id == conflict)
    assert [str(c.date) for c in found.claims] == dates
    assert [c.sources[0] for c in found.claims] == refs


def test_every_dated_sentence_of_the_article_has_an_event_or_office(store):
    cited = {ref for record in [*store.events, *store.offices] for ref in record.sources}
    dated = [s for s in store.sentences if re.search(r"\b(19|20)\d\d\b", s.text)]
    assert [s.id for s in dated if s.id not in cited] == []
