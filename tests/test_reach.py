"""Claims that reach past their evidence: each once supported, now not (faurecli.reach)."""

from __future__ import annotations

import pytest

from faurecli.model import Store
from faurecli.verdicts import Verdict, verify


@pytest.mark.parametrize(
    "claim",
    [
        "In 1991 Faure was made secretary of the Young Rocardiens.",
        "Faure became secretary of the Socialist group in the National Assembly in 2007.",
        "Audrey Azoulay was the director of UNESCO.",
    ],
)
def test_a_title_with_its_qualifier_dropped_is_not_supported(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.note is not None and "-general" in result.note


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was made secretary-general of the Young Rocardiens in 1991.",
        "Faure became the general secretary of the Young Rocardiens in 1991.",
        "Faure became secretary of communications for the PS in July 2012.",
        "Audrey Azoulay was the director-general of UNESCO.",
    ],
)
def test_the_title_as_the_source_gives_it_stays_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure a quitté la direction du parti en septembre 2021.",
        "Faure a quitté la direction du PS à Villeurbanne en 2021.",
    ],
)
def test_leaving_a_post_is_not_supported_by_a_re_election(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert any(p.text.startswith("quitt") and p.agrees is None for p in result.parts)


def test_leaving_told_by_an_end_stays_supported(store: Store) -> None:
    assert verify(store, "Faure resigned as special adviser to Jean-Marc Ayrault.").verdict is Verdict.SUPPORTED


def test_a_purpose_is_not_a_deed_done(store: Store) -> None:
    result = verify(store, "Faure's amendment financed public transport in Île-de-France.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.note is not None and "purpose" in result.note
    # The purpose said as a purpose is what the source says.
    told = "Faure introduced a tax for financing francilien public transit."
    assert verify(store, told).verdict is Verdict.SUPPORTED


def test_a_plan_given_to_another_owner_is_refuted_with_the_sources_owner(store: Store) -> None:
    result = verify(store, "Abandoning nuclear energy was a proposal of the PS.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith("LFI's plans")
    assert [e.id for e in result.evidence] == ["s56"]
    # His own proposal, told by its verb ("Faure proposed discussing cooperation"), is not another's.
    assert verify(store, "Cooperation with LFI was a proposal of Faure.").verdict is Verdict.SUPPORTED


def test_a_deed_done_to_ones_thing_is_refuted_by_the_deed_the_source_tells(store: Store) -> None:
    claim = "Faure's position on cooperation with La France Insoumise was rejected by the National Office."
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "adopted" in result.correction
    assert verify(store, "Faure's position was adopted by the party's National Office.").verdict is Verdict.SUPPORTED


def test_a_month_set_after_a_later_month_of_its_year_is_not_supported(store: Store) -> None:
    claim = "In early May 2022, after the June elections, party executives challenged Faure."
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO
    ahead = "In May 2022, ahead of the June elections, 1,000 executives challenged Faure."
    assert verify(store, ahead).verdict is Verdict.SUPPORTED


def test_the_new_holder_on_a_date_inside_his_term_is_not_supported(store: Store) -> None:
    assert verify(store, "In January 2018, the new group president was Olivier Faure.").verdict is not Verdict.SUPPORTED
    assert verify(store, "The new president of the Socialist group in December 2016 was Faure.").verdict is (
        Verdict.SUPPORTED
    )


def test_succeeded_on_a_date_is_checked_with_the_posts_successor(store: Store) -> None:
    # His spokesperson's term ended on 17 December 2016, Karim Bouamrane his successor: the
    # evidence is that post's, not the group's he was heading at that date.
    result = verify(store, "Faure was succeeded in 2016.")
    assert result.verdict is Verdict.SUPPORTED
    assert "infobox:Successor3" in [e.id for e in result.evidence]


def test_a_cause_the_sources_trigger_does_not_name_is_not_supported(store: Store) -> None:
    claim = "The departure of several PS executives was triggered by the historic defeat of the PS."
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.note is not None and "triggered" in result.note
    # The trigger the source tells, in the sentence before "This triggered the departure …".
    told = "The departure of several PS executives was triggered by the adoption of Faure's position."
    assert verify(store, told).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Brûlé had an electoral pact with the Socialists.",
        "In 2012 Jean-Marc Brûlé had an electoral pact with the Socialist Party.",
    ],
)
def test_a_partys_pact_is_not_its_candidates(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.note is not None and "party's pact" in result.note


def test_a_partys_pact_stays_the_partys(store: Store) -> None:
    assert verify(store, "The PS had an electoral pact with EELV in 2012.").verdict is Verdict.SUPPORTED
