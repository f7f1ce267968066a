import pytest

from faurecli.answers import BadQuestion
from faurecli.model import Store
from faurecli.verdicts import Verdict, verify


def test_a_wrong_figure_is_refuted_with_what_the_source_says(store: Store) -> None:
    result = verify(store, "Faure a adhéré au Parti socialiste à 18 ans.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "16, not 18"
    assert [e.id for e in result.evidence] == ["s7"]


def test_the_right_figure_for_the_wrong_year_is_refuted(store: Store) -> None:
    assert verify(store, "Faure won the 2012 legislative runoff with 61.1% of the vote.").verdict is Verdict.REFUTED


def test_the_other_congress_is_refuted(store: Store) -> None:
    result = verify(store, "Faure was re-elected first secretary at the Aubervilliers Congress in 2021.")
    assert result.verdict is Verdict.REFUTED


def test_a_true_claim_is_supported_part_by_part(store: Store) -> None:
    result = verify(store, "Faure abstained in the July 2017 confidence vote on Édouard Philippe's government.")
    assert result.verdict is Verdict.SUPPORTED
    assert all(part.agrees for part in result.parts)


@pytest.mark.parametrize(
    "claim",
    [
        "Olivier Faure is the father of three children.",
        "Faure a soutenu Anne Hidalgo à l'élection présidentielle de 2022.",
        "Faure won more than 60% in the second round of the 2022 legislative elections.",
    ],
)
def test_what_the_source_does_not_address_is_not_enough_info(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


def test_an_empty_claim_is_refused(store: Store) -> None:
    with pytest.raises(BadQuestion):
        verify(store, " ")
