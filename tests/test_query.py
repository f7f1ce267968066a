from faurecli.model import PartialDate
from faurecli.query import (
    OfficeSource,
    citation_line,
    cite_marker,
    cite_sentence,
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
    assert len(positions) == 12 and all(p.origin.value == "prose" for p in positions)


def test_length_is_exact_for_day_dates_and_approximate_for_years(store):
    offices = {o.id: o for o in store.offices}
    as_of = store.source.as_of
    assert length_months(offices["new-left-president"], as_of) == (15, True)
    assert length_months(offices["gouzes"], as_of) == (24, False)
    assert length_months(offices["young-rocardiens"], as_of) is None
    # A current office is counted to the source's as-of date (Feb 2025), never to today.
    assert length_months(offices["first-secretary"], as_of) == (82, True)


def test_timeline_from_a_year_keeps_dates_of_any_precision_inside_it(store):
    events = select_events(store, start=D("2014"), end=D("2014"))
    # The two stances dated by his 2012-2017 term touch 2014 too.
    assert ids(events) == ["e57", "e58", "e22", "e20", "e21", "e23", "e24"]


def test_timeline_keeps_ranges_that_overlap_the_bounds(store):
    assert "e07" in ids(select_events(store, start=D("2005"), end=D("2006")))


def test_timeline_topic_reverse_and_limit(store):
    events = select_events(store, topic="congress", reverse=True, limit=2)
    assert ids(events) == ["e48", "e39"]
    assert ids(select_events(store, topic="Élection LEGISLATIVE", limit=1)) == ["e09"]


def test_timeline_is_in_date_order_except_where_the_text_orders_events(store):
    events = select_events(store)
    position = {e.id: i for i, e in enumerate(events)}
    for before, after in zip(events, events[1:], strict=False):
        if after.date < before.date:
            # Only an event the text places after another may sort after a finer date.
            assert after.after, (before.id, after.id)
    for event in events:
        assert all(position[other] < position[event.id] for other in event.after), event.id


def test_the_order_the_text_implies(store):
    order = ids(select_events(store))
    # "Upon entering the National Assembly": after the 17 June election and the 20 June start.
    assert order.index("e16") < order.index("e17") < order.index("e18")
    # The 2018 motion and poll belong to the campaign announced in January 2018.
    assert order.index("e32") < order.index("e33") and order.index("e32") < order.index("e34")
    # Le Foll withdrew "then", after the first round; the vote followed.
    assert order.index("e36") < order.index("e37") < order.index("e38")
    assert ids(select_events(store, reverse=True)) == order[::-1]


def test_cite_marker_gives_the_sentence_the_marker_follows(store):
    (citation,) = cite_marker(store, 13)
    assert citation.sentence.id == "s24"
    assert citation.sentence.text.startswith("On 15 April 2014, Faure was chosen")
    assert citation.line == (
        '"Olivier Faure", Wikipedia, section "Member of the National Assembly, 2012–present", '
        "the article's reference [13]"
    )
    # The sentence the summary shows after [13] has no marker of its own, and borrows none.
    (amendment,) = cite_sentence(store, "s25")
    assert amendment.sentence.markers == () and amendment.sentence.summary
    assert "[13]" not in amendment.line


def test_markers_sharing_a_sentence_cite_the_same_sentence(store):
    assert cite_marker(store, 5)[0].sentence.id == cite_marker(store, 6)[0].sentence.id == "s11"
    assert cite_marker(store, 5)[0].line.endswith("the article's references [5], [6]")


def test_unknown_marker_cites_nothing(store):
    assert cite_marker(store, 14) == []


def test_cite_text_finds_the_article_sentence(store):
    (citation, *_) = cite_text(store, build_index(store), "Soria Blatmann unesco")
    assert citation.sentence.id == "s63"
    assert citation.sentence.markers == ()


def test_a_sentence_without_markers_says_so_in_its_citation(store):
    assert citation_line(store, store.sentences[0]).endswith(
        "(the sources show no reference marker after this sentence)"
    )
