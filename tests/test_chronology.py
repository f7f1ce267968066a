"""The reader of two dated events: an order or a gap only as far as both dates' precision allows."""

from __future__ import annotations

from faurecli.chronology import Gap, claimed, gap, named_events, order
from faurecli.model import PartialDate, Store


def test_an_order_needs_dates_that_do_not_overlap() -> None:
    assert order(PartialDate(2014, 6), PartialDate(2014, 12)) == "before"
    assert order(PartialDate(2018, 4, 7), PartialDate(2018, 3, 29)) == "after"
    # Near misses: a year against a month of it, or a span reaching past the other, tells none.
    assert order(PartialDate(2007), PartialDate(2007, 10)) is None
    assert order(PartialDate(1984, 8, 18), PartialDate(1985), PartialDate(1985, 8, 17)) is None


def test_a_gap_is_counted_only_in_units_the_precision_gives() -> None:
    assert gap(PartialDate(2007), PartialDate(2012, 6, 17), None) == Gap(5, "years", False)
    assert gap(PartialDate(2018, 3, 15), PartialDate(2018, 3, 29), "days") == Gap(14, "days", False)
    assert gap(PartialDate(2018, 4, 7), PartialDate(2021, 9), None) == Gap(41, "months", True)
    # Near misses: days from a year, months from a nine-day gap, a gap backwards.
    assert gap(PartialDate(2007), PartialDate(2012, 6, 17), "days") is None
    assert gap(PartialDate(2018, 3, 29), PartialDate(2018, 4, 7), "months") is None
    assert gap(PartialDate(2012, 6, 17), PartialDate(2007), None) is None


def test_two_events_are_named_by_their_words_and_a_bare_election_by_the_race_beside_it(store: Store) -> None:
    found = named_events(store, "How many weeks after the first round was his victory?")
    assert found is not None and [e.id for e in found] == ["e36", "e38"]
    # Near misses: a bare election beside no event of its race, a third year, one event only.
    assert named_events(store, "Was the comic book before or after his election?") is None
    assert named_events(store, "How long after his 2007 defeat was his 2017 re-election?") is None
    assert named_events(store, "How long after the first round did he resign?") is None


def test_a_claimed_gap_is_checked_by_both_dates(store: Store) -> None:
    held = claimed(store, "Two weeks after the first round, Faure won the vote.")
    assert held is not None and held.holds is True and not held.unexplained
    wrong = claimed(store, "Faure won the vote two weeks before the first round.")
    assert wrong is not None and wrong.holds is False
    # Near miss: "a few days" for a fortnight is neither borne out nor denied.
    vague = claimed(store, "A few days after the first round, Faure won the vote.")
    assert vague is not None and vague.holds is None


def test_a_bare_first_election_beside_a_re_election_is_that_posts_first(store: Store) -> None:
    # "Re-elected first secretary … after his first election": 2018's, not his seat's of 2012.
    found = named_events(store, "He was re-elected first secretary some years after his first election.")
    assert found is not None and {d.date.year for d in found} == {2018, 2021}
    # Near miss: his first election as a deputy stays the seat's.
    seat = named_events(store, "He was re-elected first secretary nine years after his first election as deputy.")
    assert seat is not None and {d.date.year for d in seat} == {2012, 2021}
