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
        ("first-secretary-election", ["2018-03-29", "None"], ["s38", "s2"]),
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


# --- issue 10: nothing beyond the source ------------------------------------------------------

# Words by which the article keeps a statement at arm's length; an event that cites a sentence
# first must keep them, or it says more than the sentence.
HEDGES = ("regarded as", "considered", "speculated", "claimed", "according to", "possibility", "wrote", "discussing")


def test_events_keep_the_hedges_of_the_sentence_they_shorten(store):
    for event in store.events:
        first = store.sentence(event.sources[0])
        if first is None:
            continue
        for hedge in HEDGES:
            if hedge in first.text.lower():
                assert hedge in event.text.lower(), (event.id, hedge)


def test_events_keep_the_qualifier_new_where_their_sentence_has_it(store):
    for event in store.events:
        first = store.sentence(event.sources[0])
        if first is not None and re.search(r"\bnew\b", first.text):
            assert re.search(r"\bnew\b", event.text), event.id


# The verb of an event says what happened; the sentences it cites must say the same thing.
ACTS = ("inaugurated", "elected", "appointed", "nominated", "resigned", "withdrew", "abstained", "won", "lost")


def test_an_events_verbs_are_its_sentences_verbs(store):
    for event in store.events:
        quoted = " ".join(store.quote(ref) for ref in event.sources).lower()
        for act in ACTS:
            if re.search(rf"\b{act}\b", event.text.lower()):
                assert act in quoted, (event.id, act)


def test_the_as_of_date_is_the_latest_date_the_text_gives_and_is_derived_with_a_note(store):
    source = store.source
    assert str(source.as_of) == "2025-02" and source.as_of_note and source.as_of_sources == ("s59",)
    assert "February 2025" in store.quote("s59")
    latest = max((d for e in store.events for d in (e.date, e.end) if d), key=lambda d: d.last_day())
    assert latest == source.as_of


def test_one_post_one_record(store):
    titles = [o.title.casefold() for o in store.offices]
    assert len(titles) == len(set(titles))
    group = next(o for o in store.offices if o.id == "new-left-president")
    names = " | ".join(n.text for n in group.names)
    for name in ("Socialist, Republican and Citizen group", "SRC group", "Socialist group", "Groupe Nouvelle Gauche"):
        assert name in names
    # Each other name is the text's own words, in the sentence it cites.
    for name in group.names:
        assert all(name.text in store.quote(ref) for ref in name.sources), name.text
    # The article never says the group was renamed: neither may a record.
    for record in [*store.offices, *store.events]:
        said = f"{getattr(record, 'text', '')} {getattr(record, 'title', '')} {record.note or ''}"
        assert not re.search(r"\bwas renamed|earlier name|later renamed|renamed (to|as)", said), record.id


def test_a_conflict_is_a_real_disagreement(store):
    for conflict in store.conflicts:
        dated = [c.date for c in conflict.claims if c.date is not None]
        # Claims whose dates all overlap at their own precisions agree: not a conflict.
        if len(dated) == len(conflict.claims):
            assert not all(a.overlaps(b.first_day(), b.last_day()) for a in dated for b in dated if a is not b), (
                conflict.id
            )


def test_the_first_secretary_election_disagreement_is_recorded(store):
    (conflict,) = [c for c in store.conflicts if c.id == "first-secretary-election"]
    refs = {ref for claim in conflict.claims for ref in claim.sources}
    assert {"s2", "s44"} <= refs
    inaugurated = next(e for e in store.events if "Inaugurated" in e.text)
    assert "s2" not in inaugurated.sources  # s2 says "elected", not "inaugurated"


def test_ended_and_bounded_terms_are_not_open(store):
    offices = {o.id: o for o in store.offices}
    for office_id in ("ayrault-adviser", "primary-communications", "expert-opinion", "special-rapporteur"):
        office = offices[office_id]
        assert office.end is not None and office.end_derived and office.note, office_id
    assert "spokesperson-prose" not in offices and "src-president" not in offices


def test_the_profile_holds_what_the_text_says_of_his_life(store):
    person = store.person
    assert person.spouse == "Soria Blatmann" and person.sources["spouse"] == ("s63",)
    assert "Réunion" in (person.early_life or "") and "Metropolitan France" in (person.early_life or "")
    schools = [s.school for s in person.education]
    assert schools == ["Lycée Pothier, Orléans", "University of Orléans", "Paris 1 Panthéon-Sorbonne University"]
    for study in person.education:
        assert study.degree is None or study.degree in store.quote("s6")
    for parent in person.parents:
        assert parent in store.quote("s4")
