import datetime as dt

from faurecli.model import OfficeSource, PartialDate
from faurecli.query import (
    citation_line,
    cite_marker,
    cite_text,
    length_months,
    select_events,
    select_offices,
)
from faurecli.search import build_index

D = PartialDate.parse


def ids(records):
    return [r.id for r in records]


def test_offices_default_to_the_infobox_in_start_order(store):
    assert ids(select_offices(store)) == ["deputy", "spokesperson", "new-left-president", "first-secretary"]


def test_current_offices_have_no_end(store):
    assert ids(select_offices(store, current=True, source=OfficeSource.ALL)) == ["deputy", "first-secretary"]


def test_offices_at_a_partial_date_include_any_overlapping_term(store):
    assert ids(select_offices(store, at=D("2017"))) == ["deputy", "new-left-president"]
    assert ids(select_offices(store, at=D("2016-12"))) == ["deputy", "spokesperson", "new-left-president"]
    assert ids(select_offices(store, at=D("2016-12-18"))) == ["deputy", "new-left-president"]
    assert ids(select_offices(store, at=D("1995"), source=OfficeSource.ALL)) == ["chief-executive"]


def test_prose_source_lists_only_positions_from_the_prose(store):
    positions = select_offices(store, source=OfficeSource.PROSE)
    assert len(positions) == 14 and all(p.origin.value == "prose" for p in positions)


def test_length_is_exact_for_day_dates_and_approximate_for_years(store):
    offices = {o.id: o for o in store.offices}
    assert length_months(offices["new-left-president"], dt.date(2026, 1, 1)) == (15, True)
    assert length_months(offices["gouzes"], dt.date(2026, 1, 1)) == (24, False)
    assert length_months(offices["young-rocardiens"], dt.date(2026, 1, 1)) is None
    assert length_months(offices["first-secretary"], dt.date(2019, 4, 6)) == (11, True)


def test_timeline_from_a_year_keeps_dates_of_any_precision_inside_it(store):
    events = select_events(store, start=D("2014"), end=D("2014"))
    assert ids(events) == ["e22", "e20", "e21", "e23", "e24"]


def test_timeline_keeps_ranges_that_overlap_the_bounds(store):
    assert "e07" in ids(select_events(store, start=D("2005"), end=D("2006")))


def test_timeline_topic_reverse_and_limit(store):
    events = select_events(store, topic="congress", reverse=True, limit=2)
    assert ids(events) == ["e48", "e39"]
    assert ids(select_events(store, topic="Élection LEGISLATIVE", limit=1)) == ["e09"]


def test_timeline_is_in_date_order(store):
    dates = [e.date for e in select_events(store)]
    assert dates == sorted(dates)


def test_cite_marker_gives_the_led_sentence_and_the_one_it_follows(store):
    (citation,) = cite_marker(store, 13)
    assert citation.sentence.text.startswith("In June 2014, Faure introduced an amendment")
    assert citation.follows.text.startswith("On 15 April 2014, Faure was chosen")
    assert citation.line == '"Olivier Faure", Wikipedia, section "Member of the National Assembly, 2012–present", [13]'


def test_markers_sharing_a_sentence_cite_the_same_sentence(store):
    assert cite_marker(store, 5)[0].sentence.id == cite_marker(store, 6)[0].sentence.id == "s12"


def test_unknown_marker_cites_nothing(store):
    assert cite_marker(store, 14) == []


def test_cite_text_finds_the_article_sentence(store):
    (citation, *_) = cite_text(store, build_index(store), "Soria Blatmann unesco")
    assert citation.sentence.id == "s63"
    assert citation.sentence.markers == (35,)


def test_a_sentence_without_markers_says_so_in_its_citation(store):
    assert citation_line(store, store.sentences[0]).endswith("(no marker in the summary)")
