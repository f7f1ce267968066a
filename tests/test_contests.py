"""The reader of his results in two dated contests set against each other."""

from __future__ import annotations

from faurecli.contests import compared
from faurecli.model import Store


def test_two_results_of_one_kind_are_compared_at_their_precision(store: Store) -> None:
    said = compared(store, "His 2017 legislative score was roughly two points below his 2012 one")
    assert said is not None and said.holds is True
    assert "61.1%" in said.found and "63.2%" in said.found
    fell = compared(store, "Between 2012 and 2017 his share of the vote dropped")
    assert fell is not None and fell.holds is True
    # Near misses: the other way round, an amount a point off, a smaller share where it grew.
    other_way = compared(store, "He got a higher share in 2017 than in 2012")
    assert other_way is not None and other_way.holds is False
    far = compared(store, "He scored four points less in 2017 than in 2012")
    assert far is not None and far.holds is False
    leader = compared(
        store, "He was re-elected first secretary in 2021 with a lower share than in the 2018 first round"
    )
    assert leader is not None and leader.holds is False


def test_results_of_two_kinds_or_a_figure_the_source_lacks_are_not_compared(store: Store) -> None:
    # 2021 (the party's leadership) against 2017 (his seat); counts of votes where only shares
    # are given; 2018's two leadership votes (48.37% and 86%) disagreeing against 2021's 73.49%;
    # another person's result.
    assert compared(store, "He did better in 2021 than in 2017") is None
    assert compared(store, "He received more votes in 2017 than in 2012") is None
    assert compared(store, "As first secretary he did better in 2021 than in 2018") is None
    assert compared(store, "Le Foll scored less in 2018 than Faure in 2021") is None


def test_a_margin_or_a_count_is_not_read_as_his_share(store: Store) -> None:
    # A margin over the runner-up is no share of his (not read); counts are set against counts:
    # the group's 2016 vote (137) against its 2017 one (28).
    assert compared(store, "He won by a wider margin in 2021 than in 2018's first round") is None
    group = compared(store, "As head of the group he drew fewer votes in 2017 than in 2016")
    assert group is not None and group.holds is True and "137 votes" in group.found
