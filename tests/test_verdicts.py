import pytest

from faurecli.answers import BadQuestion
from faurecli.model import Store
from faurecli.verdicts import Verdict, _written, verify


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


@pytest.mark.parametrize(
    "claim",
    [
        "Au premier tour, Stéphane Le Foll a obtenu 48,37 % des voix.",  # Faure's figure, given to Le Foll
        "Benoît Hamon's list won 6.2% in the 2019 European election.",  # the alliance's figure
        "En 2007, Faure a battu Chantal Brunel aux législatives.",  # he lost to her
        "Valérie Rabault preceded Faure as head of the New Left group.",  # she succeeded him
        "Faure est marié à Audrey Azoulay.",  # named in the sentence, not his wife
        "Faure opposed the adoption of the El Khomri law.",  # he opposed the rebels, supported the law
        "Faure voted for the government of Édouard Philippe in the July 2017 vote of confidence.",
        "Faure a été élu député le 20 juin 2012.",  # 20 June is the term start; elected 17 June
    ],
)
def test_near_misses_are_refuted_never_supported(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED, (result.verdict, result.note)
    assert result.correction and result.evidence


@pytest.mark.parametrize(
    "claim",
    [
        "Sa mère était une infirmière vietnamienne d'origine chinoise.",  # the text does not say which parent
        "Faure voted for the 2023 pension reform.",  # the words are there; his vote is not
        "Faure personally voted against the motion of censure against François Bayrou.",
    ],
)
def test_claims_the_text_does_not_make_are_not_enough_info(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


def test_a_figure_is_supported_only_for_whoever_the_text_gives_it_to(store: Store) -> None:
    assert verify(store, "Cathy Bissonier received 36.78% of the vote in the 2012 second round.").verdict is (
        Verdict.SUPPORTED
    )
    refuted = verify(store, "Cathy Bissonier received 63.2% of the vote in the 2012 second round.")
    assert refuted.verdict is Verdict.REFUTED and refuted.correction is not None and "36.78%" in refuted.correction


def test_a_period_is_one_facts_start_and_end(store: Store) -> None:
    wrong = verify(store, "Faure worked for Martine Aubry from 1997 to 2007.")
    assert wrong.verdict is Verdict.REFUTED and wrong.correction == "1997–2000, not 1997–2007"
    assert verify(store, "From 1991 to 1993, Faure worked with Gérard Gouzes.").verdict is Verdict.SUPPORTED


def test_a_supported_date_in_dispute_names_the_conflict(store: Store) -> None:
    result = verify(store, "Faure was elected first secretary on 29 March 2018.")
    assert result.verdict is Verdict.SUPPORTED and result.conflicts == ("first-secretary-election",)
    assert result.note is not None and "Aubervilliers Congress" in result.note
    # What followed the election (Rabault replacing him, in April) does not date it.
    assert verify(store, "Faure was elected first secretary in April 2018.").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "instead"),
    [
        ("Faure was Martine Aubry's adviser from 2000 to 2007.", "1997–2000"),  # Hollande's years
        ("Faure advised François Hollande from 1997 to 2000.", "2000–2007"),  # Aubry's years
        ("Faure was assistant cabinet director to François Hollande in 1998.", "2000"),
        ("Faure advised Martine Aubry in 2007.", "1997–2000"),  # 2007 is in the sentence, not her clause
    ],
)
def test_a_date_is_bound_to_the_fact_the_claim_is_about(store: Store, claim: str, instead: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED, (result.verdict, result.note)
    assert result.correction is not None and instead in result.correction


def test_a_period_is_corrected_once(store: Store) -> None:
    result = verify(store, "Faure was Martine Aubry's adviser from 1997 to 2007.")
    assert result.correction == "1997–2000, not 1997–2007"


@pytest.mark.parametrize(
    "claim",
    [
        "Faure voted against the 2023 pension reform.",  # the reform is in the text, no vote of his
        "Faure a voté pour la motion de censure contre Michel Barnier.",
        "Hélène Geoffroy was re-elected first secretary in 2021.",  # she stood against him
        "Faure supported Martine Aubry for first secretary.",  # she supported him
        "Carole Delga's proposals were adopted by the National Office.",  # his were; hers rejected
        "Faure's proposal of cooperation with LFI was rejected by the National Office.",
    ],
)
def test_what_was_done_must_be_said_of_the_claims_subject(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Carole Delga supported Faure in 2018.",
        "Faure was supported by Martine Aubry in 2018.",
        "En 2007, Faure a été battu par Chantal Brunel.",
        "Stéphane Le Foll withdrew from the race after the first round in 2018.",
    ],
)
def test_who_did_what_is_supported_when_the_roles_agree(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.SUPPORTED, (result.verdict, result.note, [(p.text, p.found) for p in result.parts])


def test_a_person_named_elsewhere_in_the_post_of_another_is_refuted(store: Store) -> None:
    result = verify(store, "Faure resigned as special adviser to Prime Minister Manuel Valls.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "Jean-Marc Ayrault" in result.correction
    assert verify(store, "Faure resigned as special adviser to Prime Minister Jean-Marc Ayrault.").verdict is (
        Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "instead"),
    [
        ("Faure became secretary-general of the Young Rocardiens at the age of 16.", "23"),  # 16: joining the PS
        ("In the first round of the March 2018 vote for first secretary, Faure received 86% of the vote.", "48.37%"),
        ("In the 2019 European election the PS–Place Publique list won 3.3%.", "Benoît Hamon"),  # Hamon's list
    ],
)
def test_a_figure_of_another_fact_is_refuted(store: Store, claim: str, instead: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED, (result.verdict, result.note)
    assert result.correction is not None and instead in result.correction


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Faure a été élu premier secrétaire au congrès de Villeurbanne en 2018.", "Aubervilliers"),
        ("Faure a été réélu au congrès d'Aubervilliers.", "Villeurbanne"),
        ("Faure was elected first secretary at the Villeurbanne Congress.", "Aubervilliers"),
    ],
)
def test_the_other_congress_is_refuted_from_the_stores_records(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and said in result.correction


@pytest.mark.parametrize(
    "claim",
    [
        "Faure est député depuis 2012.",
        "Faure a été élève au lycée Pothier.",
        "Faure won 61.1% of the vote in the 2017 legislative election.",  # "with Paulin Roy as his substitute, receiving"
        "Faure was elected head of the group by 137 votes against 120.",  # the 120 is the unnamed opponent's
    ],
)
def test_paraphrase_and_french_forms_are_understood(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.SUPPORTED, (result.verdict, result.note, [(p.text, p.found) for p in result.parts])


def test_an_outcome_told_in_the_next_clause_refutes(store: Store) -> None:
    result = verify(store, "Faure won the 2007 legislative election in Seine-et-Marne.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "lost" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure studied political science at the University of Orléans.", Verdict.REFUTED),
        ("Faure graduated in economic law from the University of Orléans.", Verdict.SUPPORTED),
        ("Faure graduated in political science from Panthéon-Sorbonne University.", Verdict.SUPPORTED),
    ],
)
def test_a_subject_is_bound_to_the_university_of_its_clause(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Faure a été réélu au congrès de Villeurbanne en 2021.",
        "He was elected first secretary at the Aubervilliers Congress.",
    ],
)
def test_the_right_congress_is_not_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_a_congress_where_nothing_is_said_to_happen_is_not_refuted(store: Store) -> None:
    assert verify(store, "Faure spoke at the Villeurbanne Congress.").verdict is Verdict.NOT_ENOUGH_INFO


def test_the_wrong_rank_of_the_same_post_is_refuted(store: Store) -> None:
    result = verify(store, "Faure was named second vice-president of the SRC group in 2012.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "third" in result.correction
    assert verify(store, "Faure was named third vice-president of the SRC group in 2012.").verdict is Verdict.SUPPORTED


def test_a_period_is_checked_against_the_fact_the_claim_is_about(store: Store) -> None:
    result = verify(store, "Faure advised Martine Aubry at the Labour Ministry from 2000 to 2007.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "1997" in result.correction
    assert verify(store, "Faure advised Martine Aubry from 1997 to 2000.").verdict is Verdict.SUPPORTED


def test_a_post_given_to_another_body_in_its_year_is_refuted(store: Store) -> None:
    result = verify(store, "In 1991 Faure became secretary-general of the student union UNEF.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "Young Rocardiens" in result.correction
    assert verify(store, "In 1991 Faure became secretary-general of the Young Rocardiens.").verdict is Verdict.SUPPORTED


def test_how_he_voted_is_never_taken_from_a_neighbouring_sentence(store: Store) -> None:
    assert verify(store, "Faure a voté contre la réforme des retraites de 2023.").verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Aux législatives de 2007, Faure a été battu par Cathy Bissonier.", "Chantal Brunel"),
        ("Faure a été élu député en 2012 face à Chantal Brunel.", "Cathy Bissonier"),
        ("In 2017 Faure's designated substitute was Jean-Marc Brûlé.", "Paulin Roy"),
        ("Faure won the December 2016 group vote 137 to 120 against Delphine Batho.", "Guillaume Bachelay"),
    ],
)
def test_the_right_name_in_the_wrong_race_is_refuted(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(said)


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        # Named only in another year's race, in a slot of it: the claim's year's race has
        # another in the claim's slot (the opponent, the substitute, the one who stood down).
        ("Faure's 2017 opponent was the UMP's Cathy Bissonier.", "Amandine Rubinelli"),
        ("In 2012 Faure beat LREM's Amandine Rubinelli.", "Cathy Bissonier"),
        ("Jean-Marc Brûlé was Faure's substitute in the 2017 election.", "Paulin Roy"),
        ("Le suppléant de Faure en 2017 était Jean-Marc Brûlé.", "Paulin Roy"),
        ("The Greens withdrew Paulin Roy in Faure's favour in 2012.", "Jean-Marc Brûlé"),
        # The sentence going on about the year's race names its rival, not the one he succeeded.
        ("Faure beat Delphine Batho in 2016 to become head of the group.", "Guillaume Bachelay"),
        # Whom he served under: the group's leader of the claim's year, not of 2016.
        (
            "In October 2007 Faure became secretary-general of the Socialist group under Bruno Le Roux.",
            "Jean-Marc Ayrault",
        ),
        (
            "En octobre 2007, Faure est devenu secrétaire général du groupe socialiste présidé par Bruno Le Roux.",
            "Jean-Marc Ayrault",
        ),
        # A government brought down, by its Prime Minister: Bayrou's was spared in February 2025.
        (
            "In December 2024 the NFP and the National Rally brought down François Bayrou's government.",
            "Michel Barnier",
        ),
        (
            "In December 2024 the NFP and the National Rally toppled François Bayrou in a censure vote.",
            "Michel Barnier",
        ),
    ],
)
def test_a_name_of_another_years_race_is_refuted_by_the_same_slot_of_the_claims_year(
    store: Store, claim: str, said: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == f"{said}, not {result.parts[-1].text}"


@pytest.mark.parametrize(
    "claim",
    [
        # Two races in 2017 (his seat, the group's presidency), neither told by the claim.
        "Faure beat Guillaume Bachelay in 2017.",
        # The only race of the year is of another kind than hers (a group vote, his seat).
        "Faure beat Delphine Batho in 2012.",
        "Faure beat Amandine Rubinelli in 2016.",
    ],
)
def test_a_name_of_another_years_race_is_not_corrected_by_a_race_of_another_kind(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is not Verdict.SUPPORTED
    assert result.correction is None or "not 20" in result.correction


@pytest.mark.parametrize(
    "claim",
    [
        "Faure won the 2022 presidential election.",  # "the 2022 presidential elections": a noun, no winner
        "Faure a été élu député en 2007.",  # he ran and lost
        "Faure a voté la confiance au gouvernement Philippe en juillet 2017.",  # he abstained
        "Faure joined the PS at the age of 23.",  # 23: his age in 1991
        "Faure was re-elected first secretary with 86% of the vote.",  # 86%: the 2018 election
    ],
)
def test_a_verb_needs_a_verb_and_a_figure_its_own_fact(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure grew up in Réunion.", Verdict.REFUTED),  # his early childhood; he grew up in Metropolitan France
        ("Faure spent his childhood in Martinique.", Verdict.REFUTED),  # a place the source never names
        ("Faure a grandi en France métropolitaine.", Verdict.SUPPORTED),
        ("Faure spent his early childhood in Réunion.", Verdict.SUPPORTED),
        ("Le père de Faure est né en Espagne.", Verdict.NOT_ENOUGH_INFO),  # "of Spanish origin"
    ],
)
def test_a_place_is_bound_to_the_clause_about_the_claim(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict, (result.verdict, result.correction, result.note)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Boris Vallaud became national secretary for coordination in 2018.", Verdict.NOT_ENOUGH_INFO),
        # (the sentence makes her the national secretary, Vallaud and Siry the spokespeople)
        ("Corinne Narassiguin became spokesperson of the PS in 2018.", Verdict.REFUTED),
        ("Gabrielle Siry became a spokesperson in April 2018.", Verdict.SUPPORTED),
        ("Corinne Narassiguin was chosen as national secretary for coordination in April 2018.", Verdict.SUPPORTED),
        ("Carole Delga is the mayor of Lille.", Verdict.NOT_ENOUGH_INFO),  # Aubry is
        # (At the source's date: in the present tense it is NOT_ENOUGH_INFO, nothing as of 2025.)
        ("Martine Aubry was the mayor of Lille in 2018.", Verdict.SUPPORTED),
        ("Faure ousted Michel Barnier in December 2024.", Verdict.NOT_ENOUGH_INFO),  # NFP and the RN did
        ("Faure was chosen as a spokesperson on 15 April 2018.", Verdict.NOT_ENOUGH_INFO),  # others were, that day
    ],
)
def test_a_post_or_a_deed_belongs_to_whom_the_evidence_gives_it(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict, (result.verdict, result.note, [(p.text, p.found) for p in result.parts])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure a été président du groupe Nouvelle Gauche de 2016 à 2018.", Verdict.SUPPORTED),  # 2018: its end
        ("Faure was spokesperson of the PS from 2014 to 2018.", Verdict.REFUTED),  # 2014–2016
    ],
)
def test_a_period_of_a_post_is_its_term(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "instead"),
    [
        ("En 2018, Faure a été élu premier secrétaire au congrès de Villeurbanne.", "Aubervilliers"),
        ("In 2012 Faure became special adviser to Prime Minister Manuel Valls.", "Jean-Marc Ayrault"),
    ],
)
def test_a_near_miss_outside_the_period_is_still_refuted(store: Store, claim: str, instead: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED, (result.verdict, result.note)
    assert result.correction is not None and instead in result.correction


@pytest.mark.parametrize(
    "claim",
    [
        "Faure beat Cathy Bissonier in 2012.",
        "In 2017 his substitute was Paulin Roy.",
        "Faure won the December 2016 group vote 137 to 120 against Guillaume Bachelay.",
    ],
)
def test_the_right_name_in_its_own_race_is_not_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_a_figure_the_text_gives_someone_else_is_not_his_lists(store: Store) -> None:
    result = verify(store, "Aux européennes de 2019, la liste PS–Place publique n'a obtenu que 3,3 %.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "Hamon" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure's parents were born in Spain.", Verdict.NOT_ENOUGH_INFO),  # "of Spanish origin": not where born
        ("One of Faure's parents was a Spanish nurse.", Verdict.REFUTED),  # the nurse was Vietnamese
        ("One of Faure's parents was a tax agent.", Verdict.SUPPORTED),
        ("Faure was born to a Vietnamese nurse and a French tax agent.", Verdict.SUPPORTED),  # "a", not "à"
        ("Faure a adhéré au Parti socialiste à 16 ans.", Verdict.SUPPORTED),  # "au Parti": a body, not a place
    ],
)
def test_what_the_text_says_of_his_parents_is_bound_to_each(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict, (result.verdict, result.correction, result.note)


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was appointed Prime Minister in 2012.",  # Ayrault's title in the sentence
        "Faure became mayor of Lille.",  # "Martine Aubry, the mayor of Lille"
        "Faure was president of the commission of law in the National Assembly.",  # Gouzes was
        "The National Office rejected Faure's position on LFI.",  # it adopted it; it rejected Delga's
        "Faure a été réélu premier secrétaire en 2018.",  # elected in 2018, re-elected in 2021
    ],
)
def test_words_said_of_someone_or_something_else_do_not_support(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_title_given_with_its_holder_is_supported(store: Store) -> None:
    # (At the source's date: in the present tense it is NOT_ENOUGH_INFO, nothing as of 2025.)
    assert verify(store, "Martine Aubry was the mayor of Lille in 2018.").verdict is Verdict.SUPPORTED
    assert verify(store, "Il a été réélu premier secrétaire en septembre 2021.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure refused to support Emmanuel Macron in 2017.",  # "…, but ultimately refused to support him"
        "Faure a refusé de soutenir Emmanuel Macron en 2017.",
        "Faure published a comic book about Ségolène Royal's campaign in 2007.",  # a possessor, not a role
        "Faure led communications for François Hollande in the 2011 primary.",  # "chief of communications"
    ],
)
def test_refusals_pronouns_and_possessors_are_read(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.SUPPORTED, (result.verdict, result.note, [(p.text, p.found) for p in result.parts])


def test_a_refusal_does_not_become_the_deed(store: Store) -> None:
    assert verify(store, "Emmanuel Macron refused to support Faure in 2017.").verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure a soutenu Emmanuel Macron en 2017.").verdict is Verdict.REFUTED


def test_a_figure_in_a_list_belongs_to_its_item(store: Store) -> None:
    result = verify(store, "The concessions included abandoning 500 job cuts in education.")
    assert result.verdict is Verdict.REFUTED and result.correction is not None and "4000" in result.correction
    assert verify(store, "The concessions included abandoning 500 job cuts in France Travail.").verdict is (
        Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure's substitute in 2017 was Amandine Rubinelli.", Verdict.NOT_ENOUGH_INFO),  # his opponent
        ("Paulin Roy was Faure's opponent in 2017.", Verdict.NOT_ENOUGH_INFO),  # his substitute
        ("Faure's substitute in 2017 was Paulin Roy.", Verdict.SUPPORTED),
    ],
)
def test_what_someone_was_is_bound_to_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_the_fact_holding_a_claims_figures_decides_who_was_in_that_race(store):
    from faurecli.verdicts import Verdict, verify

    # Every part of this true claim agrees: the rival is named where the two figures are.
    right = verify(store, "Faure beat Guillaume Bachelay 137 votes to 120 to lead the Socialist group.")
    assert right.verdict is not Verdict.REFUTED and all(p.agrees is not False for p in right.parts)
    wrong = verify(store, "Faure beat Stéphane Le Foll 137 votes to 120 to lead the Socialist group.")
    assert wrong.verdict is Verdict.REFUTED and "Guillaume Bachelay" in (wrong.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure est diplômé en droit économique de Paris 1.", "REFUTED"),  # economic law: Orléans
        ("Faure a obtenu un master de droit économique à la Sorbonne.", "REFUTED"),
        ("Faure a obtenu un master de science politique à la Sorbonne.", "SUPPORTED"),
        ("Faure studied political science at the University of Orléans.", "REFUTED"),
    ],
)
def test_the_sorbonne_by_any_of_its_names_is_compared_with_the_university_of_the_clause(store, claim, verdict):
    from faurecli.verdicts import verify

    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A French reflexive is what its subject did: Philippe did not abstain, Faure did.
        ("Philippe s'est abstenu lors du vote de confiance en juillet 2017.", "NOT_ENOUGH_INFO"),
        ("Faure s'est abstenu lors du vote de confiance au gouvernement Philippe en juillet 2017.", "SUPPORTED"),
        # A name that only says whose government it is stands beside the action.
        ("Faure abstained in the confidence vote on the Philippe government in July 2017.", "SUPPORTED"),
    ],
)
def test_who_abstained_is_read_in_french_reflexives_and_whose_government(store, claim, verdict):
    from faurecli.verdicts import verify

    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His post given to someone else; a ministry's name read as a minister's title.
        ("Jean-Marc Ayrault was the special adviser to Faure in 2012.", "NOT_ENOUGH_INFO"),
        ("Faure was Minister of Labour from 1997 to 2000.", "NOT_ENOUGH_INFO"),
        ("Faure a été ministre du Travail.", "NOT_ENOUGH_INFO"),
        # The person after him in his post may be the subject.
        ("Valérie Rabault replaced Faure as president of the New Left group.", "SUPPORTED"),
    ],
)
def test_his_post_is_his_and_a_ministry_is_not_a_minister(store, claim, verdict):
    from faurecli.verdicts import verify

    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An event's date is the claim's only if the event is about the claim's words: her job's
        # end does not date the marriage its aside mentions.
        ("Faure married Soria Blatmann in 2018.", "NOT_ENOUGH_INFO"),
        # A date the text only bounds (joined at 16: Aug 1984 to Aug 1985) is not one year of it.
        ("Faure joined the Socialist Party in 1984.", "NOT_ENOUGH_INFO"),
        ("Faure joined the Socialist Party in 1990.", "REFUTED"),
        ("Faure was elected First Secretary on 29 March 2018.", "SUPPORTED"),
    ],
)
def test_a_date_agrees_only_with_the_fact_it_dates_and_all_of_a_bounded_one(store, claim, verdict):
    from faurecli.verdicts import verify

    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Paulin Roy as his designated substitute": Roy was his substitute, not he Roy's.
        ("Faure était le suppléant de Paulin Roy en 2017.", "NOT_ENOUGH_INFO"),
        ("Faure was the designated substitute of Paulin Roy in 2017.", "NOT_ENOUGH_INFO"),
        ("Paulin Roy était le suppléant de Faure en 2017.", "SUPPORTED"),
    ],
)
def test_a_role_he_is_said_to_hold_for_someone_is_not_theirs_for_him(store, claim, verdict):
    from faurecli.verdicts import verify

    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "He was the first signatory …, supported by … Carole Delga": the title is his.
        ("Carole Delga was the first signatory of the motion in 2018.", "NOT_ENOUGH_INFO"),
        ("Faure was the first signatory of the motion Socialists, the path of the renaissance.", "SUPPORTED"),
        (
            "Martine Aubry et Carole Delga ont soutenu sa candidature au poste de premier secrétaire en 2018.",
            "SUPPORTED",
        ),
    ],
)
def test_a_title_said_of_him_before_anyone_is_named_is_not_theirs(store, claim, verdict):
    from faurecli.verdicts import verify

    assert verify(store, claim).verdict.value == verdict


def test_a_date_of_someone_elses_title_does_not_refute_a_claim_about_him(store):
    from faurecli.verdicts import Verdict, verify

    # "Martine Aubry, the mayor of Lille" in a 2018 sentence: nothing says he was elected mayor,
    # so "2018, not 2014" would be a correction the source does not make.
    result = verify(store, "Faure was elected mayor of Lille in 2014.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO and result.correction is None
    assert verify(store, "Faure was special adviser to Prime Minister Manuel Valls in 2012.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Who did what to whom, and whose title: each word beside a person in the claim must
        # stand beside that person in the evidence (mutants of the store's own sentences).
        ("Martine Aubry served as an advisor to Faure in the Ministry of Labour from 1997 to 2000.", "NOT_ENOUGH_INFO"),
        ("Bruno Le Roux succeeded Faure as head of the Socialist, Republican and Citizen group.", "REFUTED"),
        ("Faure replaced Valérie Rabault as the president of the New Left group.", "REFUTED"),
        ("In February 2020, Faure claimed that he had accompanied Castaner in his divorces.", "NOT_ENOUGH_INFO"),
        (
            "Faure was supported by Carole Delga, the mayor of Lille, and Martine Aubry, the president of the "
            "region of Occitania.",
            "NOT_ENOUGH_INFO",
        ),
        (
            "During the 2011 primary, François Hollande worked as chief of communications for the Faure campaign.",
            "NOT_ENOUGH_INFO",
        ),
        # The same words beside the right people stay SUPPORTED.
        ("Faure served as an advisor to Martine Aubry in the Ministry of Labour from 1997 to 2000.", "SUPPORTED"),
        ("Faure succeeded Bruno Le Roux as head of the Socialist, Republican and Citizen group.", "SUPPORTED"),
        ("In February 2020, Castaner claimed he had accompanied Faure in his divorces and separations.", "SUPPORTED"),
        ("Faure refused to support Emmanuel Macron after a meeting between the two.", "SUPPORTED"),
    ],
)
def test_what_the_claim_says_of_each_person_is_what_the_evidence_says_of_them(store, claim, verdict):
    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Le Roux preceded him at the head of the New Left group, not as First Secretary.
        ("Olivier Faure succeeded Bruno Le Roux as First Secretary of the Socialist Party.", "NOT_ENOUGH_INFO"),
        ("Olivier Faure succeeded Jean-Christophe Cambadélis as First Secretary of the Socialist Party.", "SUPPORTED"),
        (
            "Valérie Rabault succeeded Olivier Faure as President of the New Left group in the National Assembly.",
            "SUPPORTED",
        ),
    ],
)
def test_a_predecessor_or_successor_is_read_from_the_office_the_claim_names(store, claim, verdict):
    assert verify(store, claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # A denial the source does not make is not what the source says: the sentence that
        # would support the fact refutes its negation.
        ("Faure did not join the Socialist Party at the age of 16.", False),
        ("Faure n'a pas rejoint le Parti socialiste à 16 ans.", False),
        ("Olivier Faure was not re-elected first secretary at the Villeurbanne Congress in September 2021.", False),
        ("Faure never supported unions of the left and environmentalists.", False),
        ("Faure did not abstain in the July 2017 vote of confidence in the Philippe government.", False),
        # Each denial of the claim must be the source's: "refused to support him" is, "did not
        # consider endorsing" is not.
        ("In 2016, Faure did not consider endorsing Emmanuel Macron, but refused to support him.", False),
        # Denials the source makes itself still support.
        ("Faure refused to support Emmanuel Macron after a meeting between the two.", True),
    ],
)
def test_a_denial_is_supported_only_by_the_same_denial_in_the_source(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_a_denied_fact_the_source_states_is_refuted(store):
    result = verify(store, "Faure did not join the Socialist Party at the age of 16.")
    assert result.verdict is Verdict.REFUTED
    assert [e.id for e in result.evidence][:1] == ["s7"]


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # A year in the claim's slot: an election's year is not the year of the deed.
        ("In 2017, Faure considered endorsing Emmanuel Macron in the 2017 French presidential election.", False),
        ("In 2016, Faure considered endorsing Emmanuel Macron in the 2016 French presidential election.", False),
        ("In 2016, Faure considered endorsing Emmanuel Macron in the 2017 French presidential election.", True),
        # Every year of the claim is accounted for, the second period's too.
        (
            "Faure served as an advisor to Martine Aubry in the Ministry of Labour, Employment and Vocational "
            "Training from 1997 to 2000 and assistant cabinet director to Socialist First Secretary François "
            "Hollande from 1999 to 2007.",
            False,
        ),
        (
            "Faure served as an advisor to Martine Aubry in the Ministry of Labour, Employment and Vocational "
            "Training from 1997 to 2000 and assistant cabinet director to Socialist First Secretary François "
            "Hollande from 2000 to 2007.",
            True,
        ),
        # An election's year dates what was done in it where the claim does not name the election.
        ("Faure was re-elected to the National Assembly in 2017.", True),
    ],
)
def test_each_year_of_the_claim_is_the_evidences_in_the_same_slot(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # An office's fields say who came before and after him, not who succeeded whom among them.
        ("Valérie Rabault succeeded Bruno Le Roux as head of the New Left group.", False),
        ("Valérie Rabault succeeded Faure as head of the New Left group.", True),
    ],
)
def test_an_offices_predecessor_and_successor_are_related_to_him_only(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # His act given to another person the sentence names: the claim's opening person must
        # be who does its first verb in the evidence.
        ("Chantal Brunel ran in Seine-et-Marne's 8th constituency in 2007.", False),
        ("Jean-Marc Ayrault became the group's secretary-general in October 2007.", False),
        ("Valérie Rabault was elected First Secretary in March 2018.", False),
        ("Bruno Le Roux succeeded Bruno Le Roux as head of the Socialist, Republican and Citizen group.", False),
        # ...while the person who did it stays SUPPORTED, a pronoun ("the latter") included.
        ("Stéphane Le Foll withdrew from the race after the first round in March 2018.", True),
        ("Valérie Rabault replaced Faure as president of the New Left group.", True),
        ("His wife worked on human rights in Emmanuel Macron's presidential cabinet until February 2018.", True),
    ],
)
def test_the_claims_opening_person_does_what_the_evidence_has_them_do(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "the New Left group" says nobody left anything; "Benoît Hamon, who had left the PS" is
        # an aside about Hamon.
        ("Faure left the PS.", False),
        ("Faure had left the PS.", False),
        ("Olivier Faure was a member of the presidential cabinet of Emmanuel Macron until February 2018.", False),
    ],
)
def test_a_verb_in_a_name_or_an_aside_about_someone_else_is_not_his_act(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "It was as a member of the PS that he met Benoît Hamon": the UNEF is named only in the
        # sentence before.
        ("Faure met Benoît Hamon as a member of the UNEF.", False),
        ("Faure met Benoît Hamon as a member of the PS.", True),
    ],
)
def test_a_name_the_claim_gives_is_in_the_evidence_itself(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # French: the doer of "a été élue" is checked on "élue", not on the auxiliary.
        ("Valérie Rabault a été élue première secrétaire en mars 2018.", False),
        # "conseiller de X" gives X the claim's word as "advisor to X" does: it is bound.
        ("Faure a été conseiller de François Hollande au ministère du Travail.", False),
        ("Faure a été conseiller de Martine Aubry au ministère du Travail entre 1997 et 2000.", True),
    ],
)
def test_french_claims_bind_doers_and_titles_as_english_ones_do(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "the New Left group": "left" inside a name is no deed ("quitté" stands for "left").
        ("Faure a quitté le PS.", False),
        # (Leaving the group is not what its name says; leaving its presidency in 2018 is its
        # term's end, 11 April 2018, read from the office's fields by recall.)
        ("Faure a quitté le groupe Nouvelle Gauche en 2018.", False),
        ("Faure a été réélu premier secrétaire face à Hélène Geoffroy en 2021.", True),
    ],
)
def test_a_verb_the_evidence_holds_only_inside_a_name_is_not_said(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # The election's kind with its year: the sentence names a presidential election, but
        # the 2022 one it dates is the legislative.
        ("He proposed cooperation with LFI for the 2022 presidential election.", False),
        ("He proposed cooperation with LFI for the 2022 legislative election.", True),
        ("Faure ran communications for Hollande's campaign in the 2011 Socialist primary.", True),
    ],
)
def test_an_elections_year_is_checked_with_its_kind(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # Two figures of one sentence in the other order: his share given as his rival's.
        ("He was re-elected head of the group with 3 votes against 28.", False),
        ("He was re-elected head of the group with 28 votes against 3.", True),
    ],
)
def test_two_figures_of_one_sentence_keep_its_order(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "re-elected in the 2021 Villeurbanne Congress": 2021 is no first election.
        ("He was first elected first secretary in 2021.", False),
        ("He was first elected first secretary in 2018.", True),
    ],
)
def test_a_first_election_is_not_a_re_election(store, claim, supported):
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_an_elections_kind_is_read_from_all_its_words(store):
    # "the 2011 Socialist presidential primary": a primary, however long its name.
    claim = "Faure ran communications for Hollande during the 2011 Socialist primary."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["He was married to Soria Blatmann until 2018.", "Faure a épousé Soria Blatmann en février 2018."]
)
def test_a_date_of_a_relative_clause_about_someone_else_does_not_date_his_act(store: Store, claim: str) -> None:
    # "married to Soria Blatmann, who was … in the presidential cabinet … until February 2018":
    # the date is of her post, not of the marriage (this was SUPPORTED).
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "Faure is married to Soria Blatmann.").verdict is Verdict.SUPPORTED


def test_left_in_the_name_new_left_is_no_leaving(store: Store) -> None:
    # "became president of the New Left group in 2015" was checked against the term's end
    # ("term end 11 Apr 2018, not 2015"): the "Left" of the name read as leaving.
    check = verify(store, "Faure became president of the New Left group in 2015.")
    assert check.verdict is Verdict.REFUTED and check.correction is not None
    assert "term start 13 Dec 2016" in check.correction and "end" not in check.correction
    left = verify(store, "Faure left the presidency of the New Left group in 2019.")
    assert left.correction is not None and "term end 11 Apr 2018" in left.correction


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was nominated by the PS as its candidate in April 2012.",  # January 2012
        "Faure was re-elected first secretary at the Villeurbanne Congress in November 2021.",  # September
    ],
)
def test_another_month_of_the_right_year_is_never_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_day_where_the_source_gives_only_the_year_is_not_supported(store: Store) -> None:
    result = verify(store, "Faure became secretary-general of the Young Rocardiens on 1 January 1991.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "Faure became secretary-general of the Young Rocardiens in 1991.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Olivier Faure has been divorced.",  # only Castaner's claim
        "Faure harboured presidential ambitions for 2022.",  # speculated, and he denied it
        "The strategy of unions of the left was effective.",  # "was considered effective"
    ],
)
def test_what_the_source_only_reports_or_hedges_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


def test_a_hedge_said_in_the_claim_too_can_be_supported(store: Store) -> None:
    result = verify(store, "In 2019 Faure was speculated to harbour presidential ambitions.")
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "The PS gained control of every large city in the 2020 municipal elections.",  # several
        "Faure's proposal was criticized by all the figures on the left.",  # several
        "Faure lost only one election.",  # the source does not count them
    ],
)
def test_a_strengthened_quantifier_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_before_where_the_source_says_after_is_not_supported(store: Store) -> None:
    result = verify(store, "Faure refused to support Macron before a meeting between the two.")
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was a Vietnamese nurse.",  # one of his parents
        "Faure was a tax agent.",  # the other
        "Faure was the director-general of UNESCO.",  # Audrey Azoulay
        "Faure was the leader of the Socialist group in October 2007.",  # Jean-Marc Ayrault
        "Faure was the new national secretary for coordination and means.",  # Corinne Narassiguin
        "Faure was a former minister.",  # Stéphane Le Foll
    ],
)
def test_another_persons_title_in_the_sentence_is_not_his(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was cabinet director to François Hollande.",  # assistant cabinet director
        "Faure a été directeur de cabinet de François Hollande.",
        "Faure was vice-president of the National Assembly.",  # of the SRC group
        "Faure was president of the SRC group in 2012.",  # third vice-president then
        "Valérie Rabault replaced Faure as First Secretary.",  # as president of the New Left group
    ],
)
def test_an_office_with_another_qualifier_or_body_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was assistant cabinet director to François Hollande from 2000 to 2007.",
        "Faure was named third vice-president of the SRC group.",
        "Faure was named vice-president of the SRC group.",  # the ordinal may be left out
        "Valérie Rabault succeeded Faure as president of the New Left group.",
        "Olivier Faure is a jurist.",
    ],
)
def test_his_own_titles_are_still_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure won the 2012 presidential election.",  # Hollande won the primary; "the Socialist candidate" won
        "Faure a remporté l'élection présidentielle de 2012.",
        "Faure denounced the proposal as a surrender.",  # "They" (the executives) did
    ],
)
def test_a_deed_the_evidence_tells_only_of_someone_else_is_not_his(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure denounced how police were constantly exposed to aggression.",
        "Faure opposed the Socialist frondeur rebels.",
    ],
)
def test_a_deed_he_does_in_the_evidence_is_still_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_an_undated_title_needs_the_office_in_the_evidence_it_rests_on(store: Store) -> None:
    # He was named third vice-president on entering the Assembly; president of the group later.
    claim = "Faure was named president of the SRC group upon entering the National Assembly."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_the_rivals_votes_are_not_his(store: Store) -> None:
    result = verify(store, "Faure a été réélu président du groupe socialiste avec 3 voix.")  # 28; 3 for Batho
    assert result.verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was re-elected with 73.49% of the vote against Stéphane Le Foll.",  # against Hélène Geoffroy
        "Faure won the election with 86% of the vote on 15 March 2018.",  # 29 March; 15 March: first round
    ],
)
def test_a_figure_and_a_person_or_day_from_different_facts_are_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_day_the_evidence_gives_to_another_deed_is_not_supported(store: Store) -> None:
    # 15 March 2018 is the first round ("came first"); he was elected on 29 March.
    assert verify(store, "Faure a été élu premier secrétaire le 15 mars 2018.").verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure came first in the first round on 15 March 2018.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure has been First Secretary since 8 April 2018.",  # was "18 Aug 1968, not 8 April 2018"
        "Faure was a candidate on the PS list in the 2024 European elections.",  # was "2019, not 2024"
        "Faure a été élu premier secrétaire le 7 avril 2018.",  # was "11 Apr 2018" (another term's end)
    ],
)
def test_a_date_is_never_corrected_by_another_facts_date(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO or "1968" not in (result.correction or "")
    assert result.correction is None or "11 Apr 2018" not in result.correction
    assert result.correction is None or "2019, not 2024" not in result.correction


def test_a_date_of_the_same_fact_still_corrects(store: Store) -> None:
    result = verify(store, "Soria Blatmann a fait partie du cabinet d'Emmanuel Macron jusqu'en février 2020.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "2018" in result.correction


@pytest.mark.parametrize("claim", ["Bruno Le Roux a succédé à Faure.", "Bruno Le Roux a remplacé Olivier Faure."])
def test_the_french_succession_the_wrong_way_round_is_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED  # Faure succeeded Le Roux


def test_an_elections_year_does_not_date_another_deed(store: Store) -> None:
    # "In 2016, Faure considered endorsing Emmanuel Macron in the 2017 French presidential election".
    assert verify(store, "In 2017, Faure considered endorsing Emmanuel Macron.").verdict is not Verdict.SUPPORTED
    assert verify(store, "In 2016, Faure considered endorsing Emmanuel Macron.").verdict is Verdict.SUPPORTED


def test_a_deed_put_in_a_place_the_evidence_gives_another_deed_is_not_supported(store: Store) -> None:
    # "After spending his early childhood in Réunion, he grew up in Metropolitan France, where he
    # pursued his studies."
    assert verify(store, "Faure studied in Réunion").verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure pursued his studies in Metropolitan France.").verdict is Verdict.SUPPORTED


def test_the_other_side_is_not_supported(store: Store) -> None:
    # "This proposal was criticized by several figures on the left".
    claim = "Faure's proposal was criticized by several figures on the right."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_deed_done_to_him_is_not_done_to_the_person_named_beside(store: Store) -> None:
    # "… placed him in second place, far behind former minister Stéphane Le Foll".
    claim = "A Harris Interactive poll placed Stéphane Le Foll in second place."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_posts_setting_is_not_its_body(store: Store) -> None:
    # "Chief of communications for the François Hollande campaign, 2011 Socialist presidential primary".
    assert verify(store, "Faure was the chief of communications of the PS.").verdict is not Verdict.SUPPORTED
    claim = "Faure was chief of communications for the Hollande campaign in the 2011 primary."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("claim", ["Faure ran for president in 2022.", "Martine Aubry challenged Faure in 2022."])
def test_a_terms_start_does_not_correct_a_deed_that_is_not_taking_the_post(store: Store, claim: str) -> None:
    result = verify(store, claim)  # were "term start 13 Dec 2016, not 2022", "term start 1997, not 2022"
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    "claim",
    [
        "Faure succeeded Cambadélis as First Secretary",  # a surname alone, the infobox's predecessor
        "Jean-Christophe Cambadélis preceded Faure as First Secretary",
        "Valérie Rabault a succédé à Faure à la présidence du groupe Nouvelle Gauche",
        "Faure was succeeded as spokesperson by Karim Bouamrane on 17 December 2016",
        "Faure has been First Secretary since 7 April 2018",
        "Faure's term as deputy began on 20 June 2012",
        "Faure a été porte-parole du PS jusqu'au 17 décembre 2016",
    ],
)
def test_a_succession_or_term_the_offices_fields_give_is_supported(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.SUPPORTED
    assert all(part.agrees for part in result.parts) and result.evidence


@pytest.mark.parametrize(
    "claim",
    [
        "Faure succeeded Valérie Rabault as president of the New Left group",  # his successor
        "Faure succeeded Cambadélis as president of the New Left group",  # another post's predecessor
        "Faure has been First Secretary since 8 April 2018",
        "Faure has been secretary-general of the Socialist group since October 2007",  # not still held
        "Faure succeeded Cambadélis as vice-president of the Socialist Party",  # a qualifier he never had
    ],
)
def test_a_succession_or_term_the_fields_do_not_give_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        'Jean-Luc Mélenchon said "The NFP is reduced by one party"',  # "reacted:"
        "Faure a dirigé une entreprise de 150 salariés de 1993 à 1997",  # "chief executive"
        "Faure a été nommé secrétaire national à la communication le 18 juillet 2012",  # "became"
        "Faure a été directeur adjoint de cabinet de François Hollande de 2000 à 2007",  # "assistant"
        "Faure était proche de Christophe Castaner",  # "close to"
        "Faure a perdu contre Chantal Brunel en 2007",  # "lost to"
        "He beat Guillaume Bachelay by 137 votes to 120 to lead the Socialist group in December 2016.",
        "Faure studied law",  # "graduated … in economic law"
    ],
)
def test_a_word_of_the_same_sense_as_the_sources_supports(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Hélène Geoffroy a battu Faure en 2021",  # he beat her: the win is his, not hers
        "Hélène Geoffroy beat Faure in 2021",
        "Faure a perdu contre Hélène Geoffroy en 2021",
        "Faure a été directeur adjoint de cabinet de Martine Aubry de 1997 à 2000",  # her adviser
        "Faure était proche d'Emmanuel Macron",
        "Faure a été nommé premier secrétaire le 18 juillet 2012",
        "Faure studied medicine",
    ],
)
def test_a_word_of_the_same_sense_says_nothing_more(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_ne_pas_is_a_negation_not_born(store: Store) -> None:
    # "ne" folds like "né" (born): before "pas" it is only the negation the evidence also holds.
    claim = "Le PS a décidé de ne pas soutenir la motion de censure contre Bayrou"
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    assert verify(store, "Le PS a décidé de soutenir la motion de censure contre Bayrou").verdict is Verdict.REFUTED


def test_a_french_title_word_the_general_lexicon_lacks_is_read(store: Store) -> None:
    assert verify(store, "Faure a été soutenu par Martine Aubry, maire de Lille").verdict is Verdict.SUPPORTED
    assert verify(store, "Faure a été soutenu par Carole Delga, maire de Lille").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Chantal Brunel was a member of the UMP", True),  # "Chantal Brunel of the Union for … (UMP)"
        ("Paulin Roy was a member of EELV", True),  # "EELV's Paulin Roy"
        ("Amandine Rubinelli was a member of LREM", True),  # "La République En Marche's (LREM) Amandine…"
        ("Chantal Brunel était membre de l'UMP", True),
        ("Paulin Roy was a member of LREM", False),  # Rubinelli's party, not his
        ("Chantal Brunel was a member of the PS", False),
        ("Chantal Brunel was a member of the Popular Movement", False),  # a part of the name is not it
    ],
)
def test_someones_party_is_read_from_the_name_the_source_attaches_it_to(
    store: Store, claim: str, supported: bool
) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_the_latter_is_the_last_person_named_before(store: Store) -> None:
    # "…26.45% for Stéphane Le Foll. The latter then withdrew from the race, …"
    assert verify(store, "Stéphane Le Foll withdrew from the race").verdict is Verdict.SUPPORTED
    assert verify(store, "Faure withdrew from the race").verdict is not Verdict.SUPPORTED
    assert verify(store, "Hélène Geoffroy withdrew from the race").verdict is not Verdict.SUPPORTED


def test_people_joined_by_and_do_the_deed_together(store: Store) -> None:
    # "… as well as Boris Vallaud and Gabrielle Siry becoming the new spokespeople."
    assert verify(store, "Boris Vallaud and Gabrielle Siry became spokespeople").verdict is Verdict.SUPPORTED
    for claim in (
        "Corinne Narassiguin and Boris Vallaud became spokespeople",
        "Corinne Narassiguin became spokesperson",
    ):
        assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Stéphane Le Foll received 26.45% of the vote", Verdict.SUPPORTED),  # "… against 26.45% for Le Foll"
        ("Guillaume Bachelay received 120 votes", Verdict.SUPPORTED),
        ("Stéphane Le Foll received 48.37% of the vote", Verdict.REFUTED),  # his
        ("Hélène Geoffroy received 26.45% of the vote", Verdict.REFUTED),  # Le Foll's
    ],
)
def test_who_received_a_share_is_whose_figure_the_text_says(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_french_fillers_and_phrases_of_the_same_sense(store: Store) -> None:
    # "nombre de sièges" is its seats, "au sein du" as part of, "alignés sur" in line with.
    claim = "En 2024, le PS a plus que doublé son nombre de sièges à l'Assemblée au sein du NFP."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    claim = "Selon Les Jours, 27,2 % des votes de Faure étaient alignés sur En Marche."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    assert verify(store, claim.replace("27,2", "37,2")).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Rachid Temal was interim First Secretary before Faure", True),  # "Rachid Temal (interim)"
        ("Faure was First Secretary after Cambadélis", True),
        ("Valérie Rabault was president of the New Left group after Faure", True),
        ("Cambadélis was interim First Secretary before Faure", False),  # not interim
        ("Bruno Le Roux was president of the New Left group after Faure", False),  # before him
        ("Rachid Temal was interim First Secretary after Faure", False),
    ],
)
def test_who_held_his_post_before_or_after_him_is_read_from_its_fields(
    store: Store, claim: str, supported: bool
) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    "claim",
    [
        "On entering the National Assembly in 2012, Faure was named president of the SRC group.",
        "In 2012, Faure was named president of the SRC group.",
        "En 2012, Faure a été nommé président du groupe SRC.",
    ],
)
def test_a_setting_before_the_subject_does_not_hide_the_title_given_him(store: Store, claim: str) -> None:
    # He was named *third vice-president* of the SRC group.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_setting_before_the_subject_keeps_a_true_title_supported(store: Store) -> None:
    claim = "Upon entering the National Assembly, Faure was named third vice-president of the SRC group."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was the president of the National Assembly.",
        "Il a été président de l'Assemblée nationale.",
        "Faure was the president of the Socialist Party.",
    ],
)
def test_a_title_is_of_what_the_post_is_of_not_where_it_sits(store: Store, claim: str) -> None:
    # "President of the New Left group in the National Assembly": of the group, in the Assembly.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was president of the New Left group.",
        "Faure est député de Seine-et-Marne",
        "Faure était président du groupe socialiste à l'Assemblée",
    ],
)
def test_a_title_of_the_posts_own_body_stays_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was deputy leader of the New Left group.",
        "Faure was the deputy first secretary of the Socialist Party.",
        "Il a été premier secrétaire par intérim du PS en 2018.",
    ],
)
def test_deputy_before_a_title_and_par_interim_after_it_qualify_it(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_the_title_without_the_qualifier_stays_supported(store: Store) -> None:
    assert verify(store, "Il a été premier secrétaire du PS en 2018.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure supported the adoption of the El Khomri law with article 49.3.",
        "Faure a soutenu l'adoption de la loi El Khomri avec l'article 49.3",
    ],
)
def test_with_what_the_source_says_was_done_without_is_refuted(store: Store, claim: str) -> None:
    # "supported the adoption of the El Khomri law without resorting to article 49.3".
    assert verify(store, claim).verdict is Verdict.REFUTED


def test_without_what_the_source_says_was_done_without_stays_supported(store: Store) -> None:
    claim = "Faure supported the adoption of the El Khomri law without resorting to article 49.3."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Olivier Faure est député de la 8e circonscription de Seine-et-Marne depuis 2012.", False),
        ("Faure has been deputy for Seine-et-Marne's 8th constituency since 2012", False),
        ("Olivier Faure est député de la 11e circonscription de Seine-et-Marne depuis 2012.", True),
    ],
)
def test_a_term_read_from_the_offices_fields_keeps_the_ordinal(store: Store, claim: str, supported: bool) -> None:
    # He lost in the 8th in 2007; he has sat for the 11th since 2012.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure was 23 years old when he became secretary-general of the Young Rocardiens.", True),
        ("Faure was 25 years old when he became secretary-general of the Young Rocardiens.", False),
        ("The PS picked Faure as its candidate for Seine-et-Marne's 11th constituency in January 2012.", True),
        ("The PS picked Faure as its candidate for Seine-et-Marne's 8th constituency in January 2012.", False),
    ],
)
def test_an_age_in_years_and_picked_read_as_the_source_says_them(store: Store, claim: str, supported: bool) -> None:
    # "In 1991, at the age of 23, …"; "nominated by the PS as its candidate …".
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_a_claim_with_no_succession_or_term_word_compiles_none_of_their_patterns(store: Store) -> None:
    # Compiling them costs milliseconds of every `faure verify` run (benchmarks/startup.py).
    from faurecli import recall

    patterns = [*recall._SUCCESSIONS, *(pattern for pattern, _ in recall._TERMS)]
    for pattern in patterns:
        pattern._compiled = None  # (whatever the tests before compiled)
    verify(store, "Faure was born in 1969")
    assert all(pattern._compiled is None for pattern in patterns)


def test_someones_party_is_supported_in_the_past_only(store: Store) -> None:
    # "lost to Chantal Brunel of the Union for a Popular Movement (UMP)" in 2007: not what she is now.
    assert verify(store, "Chantal Brunel was a member of the UMP").verdict is Verdict.SUPPORTED
    assert verify(store, "Chantal Brunel is a member of the UMP").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure denied harbouring ambitions for the presidency in 2022.", True),
        ("Il a démenti nourrir des ambitions présidentielles pour 2022.", True),
        ("Faure was speculated to harbour presidential ambitions for 2022, which he denied.", True),
        ("Faure was speculated to harbour presidential ambitions for 2022, which he confirmed.", False),
        ("Faure confirmed harbouring ambitions for the presidency in 2022.", False),
        ("Castaner denied harbouring ambitions for the presidency.", False),
        ("Faure harboured ambitions for the presidency in 2022.", False),
    ],
)
def test_which_he_denied_denies_the_clause_before_it(store: Store, claim: str, supported: bool) -> None:
    # "…, which he denied": the relative clause has no object of its own; what he denied is the
    # speculation the clause before it tells.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Il s'est opposé à l'extension de la déchéance de nationalité.", True),
        ("Il a soutenu l'extension de la déchéance de nationalité.", False),
        ("Il a qualifié de « malheureuse » l'expression « droit de regard ».", True),
        ("Il a qualifié de « heureuse » l'expression « droit de regard ».", False),
        ("Il a rejoint l'équipe dirigeante du PS en juillet 2012.", True),
        ("Il a rejoint l'équipe dirigeante du PS en juillet 2013.", False),
    ],
)
def test_a_claim_no_fact_is_about_by_its_own_words_is_ranked_by_their_same_sense(
    store: Store, claim: str, supported: bool
) -> None:
    # "déchéance de nationalité", "droit de regard", "équipe dirigeante": words the lexicon lacks,
    # which the source says as "revocation of French citizenship", "right of inspection",
    # "executive team".
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_a_day_is_the_day_of_the_claims_deed_said_in_words_of_the_same_sense(store: Store) -> None:
    # "Chosen as one of the spokespeople for the PS … on 15 April 2014": "nommé" is chosen.
    assert verify(store, "Faure a été nommé porte-parole du PS le 15 avril 2014").verdict is Verdict.SUPPORTED
    assert verify(store, "Faure a été nommé porte-parole du PS le 16 avril 2014").verdict is not Verdict.SUPPORTED
    assert (
        verify(store, "Faure a démissionné de son poste de porte-parole le 15 avril 2014").verdict
        is not Verdict.SUPPORTED
    )


def test_a_claim_that_says_he_only_considered_it_holds_the_sources_hedge(store: Store) -> None:
    # "In 2016, Faure considered endorsing Emmanuel Macron in the 2017 French presidential election".
    claim = "Faure a envisagé endorsing Emmanuel Macron in the 2017 presidential election."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    assert verify(store, claim.replace("Emmanuel Macron", "Benoît Hamon")).verdict is not Verdict.SUPPORTED
    assert (
        verify(store, "Faure endorsed Emmanuel Macron in the 2017 presidential election.").verdict
        is not Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("One of Faure's parents was a French tax agent of Chinese origin.", "French tax agent of Spanish origin"),
        (
            "L'un de ses parents était une infirmière vietnamienne d'origine espagnole.",
            "Vietnamese nurse of Chinese origin",
        ),
    ],
)
def test_an_origin_given_to_the_other_parent_is_refuted(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and said in result.correction


def test_an_origin_of_no_named_holder_is_not_refuted(store: Store) -> None:
    # Which parent is which the source does not say: "his mother" holds no noun the source gives.
    assert verify(store, "Faure's mother was of Spanish origin.").verdict is Verdict.NOT_ENOUGH_INFO
    assert (
        verify(store, "One of Faure's parents was a Vietnamese nurse of Chinese origin.").verdict is Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("The PS National Office rejected Faure's position on cooperation with LFI.", "adopted, not rejected"),
        ("The National Office adopted Carole Delga's proposals.", "rejected, not adopted"),
    ],
)
def test_the_opposite_verb_for_the_same_doer_and_thing_is_refuted(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == said


def test_the_opposite_verb_by_someone_else_is_not_refuted(store: Store) -> None:
    # The National Office adopted it; Carole Delga's stance the source does not give.
    assert verify(store, "Carole Delga rejected Faure's position.").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "holder"),
    [
        ("In October 2007 Faure was the leader of the Socialist group in the National Assembly.", "Jean-Marc Ayrault"),
        ("Faure was the PS candidate in the 2007 French presidential election.", "Ségolène Royal"),  # her campaign
        ("Il a été candidat du PS à la présidentielle de 2007.", "Ségolène Royal"),
        ("From 1991 to 1993 Faure was president of the National Assembly's law commission.", "Gérard Gouzes"),
    ],
)
def test_a_dated_title_a_sentence_of_that_date_gives_someone_else_is_refuted(
    store: Store, claim: str, holder: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(holder)


def test_an_undated_title_someone_else_holds_in_a_sentence_is_not_supported(store: Store) -> None:
    result = verify(store, "Faure was the president of the commission of law.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert any(p.found and "gives this title to" in p.found for p in result.parts)


def test_a_title_after_a_name_that_is_not_in_apposition_stays_his(store: Store) -> None:
    # "Faure succeeded Bruno Le Roux to become the head of …": the head is Faure, not Le Roux.
    result = verify(store, "Faure was the head of the Socialist, Republican and Citizen group.")
    assert not any(p.found and "gives this title to" in p.found for p in result.parts)


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was the president of the Socialist, Republican and Citizen party.",
        "Faure a présidé le parti Nouvelle Gauche.",
    ],
)
def test_a_group_called_a_party_is_not_supported(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert any(p.found and "names a group so, not a party" in p.found for p in result.parts)


def test_a_deed_told_by_sentences_that_never_name_him_is_not_his(store: Store) -> None:
    # The PS's concessions, not something he obtained.
    result = verify(store, "Il a obtenu la renégociation de la réforme des retraites de 2023.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert any(p.found and "never names him" in p.found for p in result.parts)


def test_a_figure_the_claim_puts_in_its_own_clause_is_not_corrected_by_the_rivals(store: Store) -> None:
    # Both figures given, each with its holder: the clause naming Bissonier holds hers, not his.
    claim = "Olivier Faure was elected deputy in the second round with 63.2% of the vote, against the UMP's Cathy Bissonier with 36.78%."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_dates_and_verbs_alone_do_not_tell_which_fact_another_date_corrects(store: Store) -> None:
    # His 2021 re-election as first secretary is not a correction of a 2012 election.
    assert verify(store, "Faure was elected in 2012 and re-elected in 2017").verdict is not Verdict.REFUTED


def test_the_second_date_of_a_period_is_checked_against_the_terms_end(store: Store) -> None:
    assert (
        verify(store, "Faure a présidé le groupe Nouvelle Gauche de décembre 2016 à avril 2018.").verdict
        is Verdict.SUPPORTED
    )
    result = verify(store, "Faure was president of the New Left group from December 2016 to May 2018")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "term end 11 Apr 2018, not May 2018"


@pytest.mark.parametrize(
    "claim",
    [
        "Faure met Macron in 2016",  # a 2016 meeting with Macron; he met Hamon in another sentence
        "Faure was appointed minister in the Bayrou government",  # Bayrou names a government, not a post
        "Faure supported Benoît Hamon in the 2017 presidential election.",  # he refused to support Macron
    ],
)
def test_a_person_correction_names_someone_in_the_claimed_persons_slot(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Faure resigned as special adviser to Prime Minister Manuel Valls.", "Jean-Marc Ayrault, not Manuel Valls"),
        (
            "Faure's election was regarded as a blow to Prime Minister Édouard Philippe.",
            "Manuel Valls, not Édouard Philippe",
        ),
    ],
)
def test_the_same_post_before_another_name_still_corrects_it(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == said


def test_a_rival_of_another_race_is_no_correction_when_the_claims_figures_name_its_person(store: Store) -> None:
    claim = "Faure won 28 votes against 3 for Delphine Batho on 22 July 2017."
    assert verify(store, claim).correction == "22 Jun 2017, not 22 July 2017"


def test_a_department_given_as_birth_place_neither_matches_nor_contradicts_the_commune(store: Store) -> None:
    # La Tronche lies in Isère, which the source does not say; Grenoble is another commune.
    assert verify(store, "Faure was the first First Secretary to be born in Isère").verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "Faure was born in Grenoble.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure a été élu au Parlement européen",  # a body, not a place ("in France, not Parlement")
        "En janvier 2022, il a soutenu une résolution condamnant le génocide des Ouïghours en Chine.",  # China
        "En 2016, Olivier Faure a envisagé de soutenir Emmanuel Macron.",  # considered, then refused
        "Manuel Valls opposed Faure's compromise on the El Khomri law.",  # "which was opposed by Manuel Valls"
    ],
)
def test_no_contradiction_read_from_another_slot(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_a_claim_saying_both_stances_of_the_source_is_supported(store: Store) -> None:
    claim = (
        'Olivier Faure opposed the Socialist "frondeur" rebels and supported the adoption of the El Khomri law '
        "without resorting to article 49.3 of the Constitution, while attempting to unite his parliamentary group "
        "on this compromise, which was opposed by Manuel Valls."
    )
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Faure was re-elected at the Villeurbanne Congress in October 2021.", "Sep 2021, not October 2021"),
        ("Faure took office as First Secretary on 7 March 2018.", "7 Apr 2018, not 7 March 2018"),
        ("Olivier Faure est né en septembre 1968.", "18 Aug 1968, not septembre 1968"),
    ],
)
def test_the_one_event_of_the_claims_action_and_words_corrects_its_month(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == said


def test_a_month_is_not_corrected_when_the_claim_tells_several_actions(store: Store) -> None:
    claim = (
        "After Faure was elected as First Secretary of the Socialist Party in May 2018, Valérie Rabault replaced him."
    )
    assert verify(store, claim).correction != "11 Apr 2018, not May 2018"


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Faure won the December 2016 group leadership vote by 137 votes to 102.", "120, not 102"),
        ("In June 2017 Faure was re-elected group president with 28 votes against 8 for Delphine Batho.", "3, not 8"),
    ],
)
def test_a_score_pair_with_one_figure_of_the_source_is_corrected_by_its_other(
    store: Store, claim: str, said: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == said


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Boris Vallaud succeeded Faure as president of the New Left group.", "Valérie Rabault (successor"),
        ("Karim Bouamrane l'a précédé comme porte-parole du PS.", "Karim Bouamrane succeeded him"),
        ("Cambadélis succeeded Faure as First Secretary", "Jean-Christophe Cambadélis preceded him"),
        (
            "Faure took over the Socialist group in the Assembly from Valérie Rabault in 2016.",
            "Valérie Rabault succeeded him",
        ),
    ],
)
def test_a_successor_or_predecessor_the_offices_fields_do_not_give_is_refuted(
    store: Store, claim: str, said: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(said)


def test_a_succession_of_another_post_of_his_is_not_refuted(store: Store) -> None:
    # Cambadélis preceded him as First Secretary: "à la tête du Parti socialiste" is that post.
    assert (
        verify(store, "Il a succédé à Jean-Christophe Cambadélis à la tête du Parti socialiste.").verdict
        is not Verdict.REFUTED
    )
    assert (
        verify(store, "Valérie Rabault succeeded Faure as president of the New Left group.").verdict
        is Verdict.SUPPORTED
    )


def test_a_month_the_store_never_names_is_checked_as_a_date(store: Store) -> None:
    # No record of the store falls in a November: the month is still a date, not an unknown word.
    result = verify(store, "Faure was re-elected at the Villeurbanne Congress in November 2021.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Sep 2021, not November 2021"


def test_a_quoted_phrase_of_a_correction_repeats_no_word(store: Store) -> None:
    result = verify(
        store, "Faure is among the deputies most hostile to the majority, according to Les Jours in April 2018."
    )
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and " is is " not in result.correction


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure was president of the New Left group in 2017.", True),  # within his term, not its start
        ("Faure was head of the SRC group in 2017.", True),
        ("Faure was First Secretary of the Socialist Party in 2019.", False),  # not REFUTED by the 2018 start
    ],
)
def test_a_post_held_at_a_date_within_its_term_is_not_refuted_by_its_start(
    store: Store, claim: str, supported: bool
) -> None:
    result = verify(store, claim)
    assert result.verdict is not Verdict.REFUTED
    assert (result.verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Faure was president of the New Left group in 2015.", "term 13 Dec 2016–11 Apr 2018, not 2015"),
        ("Faure was First Secretary in 2010.", "term from 7 Apr 2018 (still held as of Feb 2025), not 2010"),
    ],
)
def test_a_post_held_at_a_date_outside_its_term_is_refuted_by_the_term(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == said


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Faure was François Hollande's cabinet director from 2000 to 2007.", "Assistant cabinet director"),
        (
            "Faure was named president of the SRC group when he entered the National Assembly in 2012.",
            "Third vice-president",
        ),
    ],
)
def test_his_post_of_that_date_with_another_qualifier_refutes_the_claims(store: Store, claim: str, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(said)


def test_his_post_with_the_claims_qualifier_is_not_refuted(store: Store) -> None:
    assert (
        verify(store, "Faure was assistant cabinet director to François Hollande from 2000 to 2007.").verdict
        is Verdict.SUPPORTED
    )


def test_a_dates_numbers_do_not_hide_whose_share_the_claim_gives(store: Store) -> None:
    # "15 March 2018" before "with 48.37%": the share is still given to Le Foll, the subject.
    result = verify(store, "Stéphane Le Foll came first in the first round on 15 March 2018 with 48.37% of the vote.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith("Stéphane Le Foll's: 26.45%")


def test_a_person_is_not_corrected_from_a_sentence_the_next_one_goes_on_from(store: Store) -> None:
    # "On 13 December 2016, Faure succeeded Bruno Le Roux …. His election … was regarded as a blow
    # to Prime Minister Manuel Valls": Valls is named by the sentence that goes on about it, so
    # Le Roux is no correction for him.
    true = verify(
        store, "His election as head of the SRC group in December 2016 was seen as a setback for Manuel Valls."
    )
    assert true.verdict is not Verdict.REFUTED
    false = verify(store, "Guillaume Bachelay beat Faure for the presidency of the SRC group in 2016.")
    assert false.verdict is not Verdict.SUPPORTED and "Le Roux" not in (false.correction or "")
    # A person the year's facts do not name at all is still corrected.
    result = verify(store, "Stéphane Le Foll and Carole Delga backed Faure's 2018 bid for the party leadership.")
    assert result.verdict is Verdict.REFUTED and "Martine Aubry" in (result.correction or "")


def test_the_two_already_named_are_no_figure(store: Store) -> None:
    # "après une rencontre entre les deux hommes" / "after a meeting between the two".
    claim = "Il a finalement refusé de soutenir Macron après une rencontre entre les deux hommes."
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("In April 2018 Corinne Narassiguin was named one of the PS's new spokespeople.", False),
        ("En avril 2018, Corinne Narassiguin est devenue porte-parole du PS.", False),
        ("In April 2018 Gabrielle Siry was named one of the PS's new spokespeople.", True),
        ("In April 2018 Boris Vallaud became one of the new spokespeople of the PS.", True),
        # Him too: he proposed the leadership that made them spokespeople (his own turn, 2014).
        ("The PS' national council chose Faure as one of its spokespeople in April 2018.", False),
        ("In April 2018 Faure was named one of the PS's new spokespeople.", False),
        ("Faure was chosen as one of the spokespeople for the PS at the party's national council in April 2014.", True),
        ("Faure was the president of the New Left group", True),
    ],
)
def test_a_title_the_evidence_gives_others_is_not_given_to_someone_it_names_beside_them(
    store: Store, claim: str, supported: bool
) -> None:
    # "… with Corinne Narassiguin being duly chosen as the new national secretary for coordination
    # and means as well as Boris Vallaud and Gabrielle Siry becoming the new spokespeople."
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("His predecessor as First Secretary was Bruno Le Roux", False),
        ("Faure took over as First Secretary from Bruno Le Roux", False),
        ("Faure succeeded Bruno Le Roux as President of the National Assembly", False),
        ("Faure succeeded Bruno Le Roux as head of the Socialist Party", False),
        ("Faure a succédé à Bruno Le Roux comme premier secrétaire", False),
        ("Faure succeeded Bruno Le Roux as president of the New Left group", True),
        ("Faure succeeded Jean-Christophe Cambadélis as First Secretary", True),
    ],
)
def test_a_predecessor_in_one_post_is_not_his_predecessor_in_another(store: Store, claim: str, supported: bool) -> None:
    # Bruno Le Roux preceded him as president of his parliamentary group, not as First Secretary.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure is Vietnamese", False),
        ("Il est de nationalité vietnamienne", False),
        ("Faure has Spanish nationality", False),
        ("Faure is French", True),
        ("Olivier Faure est français", True),
    ],
)
def test_his_nationality_is_his_cards_not_an_origin_of_his_parents(store: Store, claim: str, supported: bool) -> None:
    # "Nationality: French"; born "to a Vietnamese nurse of Chinese origin and a French tax agent of
    # Spanish origin".
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure won 48.37% of the vote in the second round", False),
        ("Faure won 48.37% of the vote in the first round", True),
        ("Faure was president of the New Left group from 2018", False),
        ("Faure was president of the New Left group from 2016", True),
        ("Faure est premier secrétaire du PS depuis plus de 7 ans", False),
        ("Faure est premier secrétaire du PS depuis plus de 6 ans", True),
    ],
)
def test_a_round_a_term_start_and_a_length_are_the_evidences_own(store: Store, claim: str, supported: bool) -> None:
    # "came first in the first round … with 48.37%"; the New Left group from 13 December 2016 to
    # 11 April 2018; First Secretary since 7 April 2018, as of February 2025.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_true_claims_of_the_eighth_set_that_were_refuted_are_not(store: Store) -> None:
    # "the Assembly voted": someone else's vote beside his abstention; "win over Guillaume
    # Bachelay, by 137 votes to 120": the figure after the rival is the winner's.
    for claim in (
        "Faure abstained when the Assembly voted on confidence in Édouard Philippe's government in July 2017.",
        "Faure's December 2016 win over Guillaume Bachelay, by 137 votes to 120, was seen as a setback for Manuel Valls.",
    ):
        assert verify(store, claim).verdict is not Verdict.REFUTED
    assert verify(store, "Faure voted for confidence in Édouard Philippe's government in July 2017.").verdict is (
        Verdict.REFUTED
    )


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure is the spokesperson of the Socialist Party.", False),
        ("Faure est porte-parole du Parti socialiste.", False),
        ("Faure partage un appartement avec Benoît Hamon.", False),
        ("Faure is close to Christophe Castaner.", False),
        ("Michel Barnier is Prime Minister.", False),
        ("Faure is the First Secretary of the Socialist Party.", True),
        ("Faure est député de Seine-et-Marne.", True),
        ("Faure is married to Soria Blatmann.", True),
        ("Faure a partagé un appartement avec Benoît Hamon.", True),
        ("Il est diplômé en science politique de l'université Paris 1 Panthéon-Sorbonne.", True),
        ("Le 15 avril 2014, il est désigné comme l'un des porte-parole du PS.", True),
    ],
)
def test_the_present_tense_says_it_holds_at_the_sources_date(store: Store, claim: str, supported: bool) -> None:
    # Spokesperson until December 2016; "formerly close to Christophe Castaner"; Barnier ousted.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure, a Vietnamese nurse, was born in 1968.", False),
        ("Faure was supported by Carole Delga, the president of France.", False),
        ("Faure worked with Gérard Gouzes, the president of the National Assembly.", False),
        ("Faure's Vietnamese parent was a tax agent of Spanish origin.", False),
        ("Olivier Faure est né d'une infirmière espagnole d'origine chinoise.", False),
        ("Faure was supported by Martine Aubry, the mayor of Lille.", True),
        ("Il était soutenu par Martine Aubry, la maire de Lille.", True),
        ("Faure worked with Gérard Gouzes, the president of the commission of law in the National Assembly.", True),
        ("Faure was born to a Vietnamese nurse of Chinese origin and a French tax agent of Spanish origin.", True),
    ],
)
def test_an_apposition_and_a_parent_are_claims_of_their_own(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure became First Secretary in January 2018.", False),
        ("Faure became First Secretary on 15 March 2018.", False),
        ("Faure became First Secretary in September 2021.", False),
        ("Faure became First Secretary in April 2018.", True),
        ("Faure was elected First Secretary on 29 March 2018.", True),
        # The post by its common name; his nomination as candidate is a step on the way.
        ("Faure became deputy for Seine-et-Marne's 11th constituency in January 2012.", False),
        ("Faure became deputy for Seine-et-Marne's 11th constituency in June 2012.", True),
        ("Faure became a member of the National Assembly in 2012.", True),
        # A seat is taken at the term's start (20 June 2012), not on election day (17 June).
        ("On 17 June 2012, Faure took his seat in the National Assembly.", False),
        ("On 20 June 2012, Faure took his seat in the National Assembly.", True),
        ("Faure took his seat in the National Assembly in 2017.", True),  # re-elected that year
        # French links the post's head to its body ("président du groupe": president of the group);
        # June 2017 is his re-election, not the start of his presidency (December 2016).
        ("Faure est devenu président du groupe socialiste le 22 juin 2017.", False),
        ("Faure est devenu président du groupe socialiste en décembre 2016.", True),
    ],
)
def test_when_he_became_a_post_is_its_start_or_its_election(store: Store, claim: str, supported: bool) -> None:
    # Candidacy announced in January 2018, first round on 15 March, elected on 29 March, in office
    # from 7 April 2018; re-elected in September 2021.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("The concessions included abandonment of the 4000 job cuts in healthcare.", False),
        ("The concessions included a one billion euro increase in France Travail spending.", False),
        ("The concessions included abandonment of the 4000 job cuts in education.", True),
        ("The concessions included abandoning 500 job cuts in France Travail.", True),
        ("The concessions included a one billion euro increase in healthcare spending.", True),
        # A French claim against the English list: "maintien" is another item's word.
        ("Les concessions incluaient le maintien de la réforme des retraites de 2023.", False),
        ("Les concessions incluaient la renégociation de la réforme des retraites de 2023.", True),
    ],
)
def test_what_a_list_included_is_one_of_its_items(store: Store, claim: str, supported: bool) -> None:
    # "Concessions included renegotiation of 2023 pension reform, abandonment of the 4000 job cuts
    # in education, 500 job cuts in France Travail and overseas budget cuts, one billion euro
    # increase in healthcare spending and …"
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure obtained a MAS in economic law in Paris.", False),
        ("Faure a obtenu un DEA de droit économique à Paris.", False),
        ("Faure graduated from Lycée Pothier with a MAS in economic law.", False),
        ("Faure obtained a MAS in economic law in Orléans.", True),
        ("Faure obtained a MAS in political science in Paris.", True),
    ],
)
def test_a_place_is_the_one_named_in_the_clause_that_says_it(store: Store, claim: str, supported: bool) -> None:
    # "… the University of Orléans, where he graduated with a … (MAS) in economic law, and the
    # Paris 1 Panthéon-Sorbonne University, where he graduated with a MAS in political science."
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure represents Seine-et-Marne's 11th constituency.", Verdict.SUPPORTED),
        ("Faure est député de la 11e circonscription de Seine-et-Marne.", Verdict.SUPPORTED),
        ("Faure represents Seine-et-Marne's 8th constituency.", Verdict.REFUTED),
        ("Faure est député de la 8e circonscription de Seine-et-Marne.", Verdict.REFUTED),
        ("Faure ran to represent Seine-et-Marne's 8th constituency in 2007 but lost.", Verdict.SUPPORTED),
        ("Faure's nationality is French and Vietnamese.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_the_seat_he_holds_is_not_the_one_he_ran_for(store: Store, claim: str, verdict: Verdict) -> None:
    # "ran to represent Seine-et-Marne's 8th constituency … but lost"; Member of the National
    # Assembly for Seine-et-Marne's 11th constituency since 2012.
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Upon entering the National Assembly, he was named third vice-president of the Citizen group.", False),
        ("Faure was the head of the New group in the National Assembly.", False),
        ("Faure was president of the New Left group from 2016 to 2018.", True),
        ("Faure was third vice-president of the SRC group.", True),
    ],
)
def test_a_group_is_named_whole(store: Store, claim: str, supported: bool) -> None:
    # "the Socialist, Republican and Citizen (SRC) group", "the New Left group".
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ('Mélenchon reacted: "The PS is reduced by one party".', "does not give these words"),  # "The NFP is…"
        ("The concessions included a 4000 euro increase in healthcare spending.", "to something else"),  # 4000 job cuts
        ("Hélène Geoffroy received more votes than Faure at the Villeurbanne Congress.", "no such comparison"),
        ("Faure worked for Martine Aubry after working for François Hollande.", "the other way round"),
        ("In June 2014, Faure passed an amendment adding a tax of two euros per person per night.", "introduced"),
        ("Stéphane Le Foll was a minister in 2018.", "former minister"),
        # (Now refuted by the party the source gives him.)
        ("Faure was re-elected in 2017 with LREM's Paulin Roy as his designated substitute.", "EELV's Paulin Roy"),
        ("In October 2007, Faure joined Jean-Marc Ayrault to become the formation's president.", "secretary-general"),
        ("La France Insoumise decided not to support the motion of censure against Bayrou.", "another body"),
        ("Faure demanded that police have a right of inspection on parliamentary decisions.", "judicial decisions"),
        ("Faure supported the El Khomri law by resorting to article 49.3 of the Constitution.", "with a negation"),
        ("Faure wrote in Les Jours that he was not part of the deputies most hostile.", "another body"),
        ("Faure published a comic book titled Ségolène, François, papa et moi.", "another title"),
        ("Faure's election was regarded as a blow to President Manuel Valls.", "Prime Minister"),
        ("Faure conseille Martine Aubry.", "in the past"),  # advisor from 1997 to 2000
        ("Faure a travaillé avec Gérard Gouzes, président de l'Assemblée nationale.", "does not set this"),
        ("After the PS's defeat in the presidential election, Faure rejected cooperation with LFI.", "proposed"),
        ("In April 2018, Les Jours wrote that Faure was the deputy most hostile to the majority.", "is not"),
        ("Faure negotiated an electoral pact between the PS and LFI for the 2022 legislative elections.", "his deed"),
        ("Faure ran in Seine-et-Marne's 8th constituency in 2007 and represented it.", "his deed"),
        ("La France insoumise a décidé de ne pas soutenir la motion de censure contre Bayrou.", "another body"),
        # "Faure's position was ultimately adopted by the party's National Office": the sentence after.
        ("Faure's position on LFI cooperation was rejected by the party's National Office.", "adopted"),
    ],
)
def test_a_claim_shaped_otherwise_than_its_evidence_is_not_supported(store: Store, claim: str, why: str) -> None:
    # Every word is in the evidence, but set otherwise: another quotation, a figure's noun,
    # a comparison or an order it does not make, a stronger verb, "former" dropped, a name
    # given another party, a deed another body's, another adjective, a negation dropped.
    result = verify(store, claim)
    assert result.verdict is not Verdict.SUPPORTED
    assert any(why in (part.found or "") for part in result.parts), result.parts


@pytest.mark.parametrize(
    "claim",
    [
        'Jean-Luc Mélenchon said "The NFP is reduced by one party"',
        "The concessions included a one billion euro increase in healthcare spending.",
        "Faure won more than 60% of the vote in the 2012 second round.",
        "Faure worked for Martine Aubry before working for François Hollande.",
        "In June 2014, Faure introduced an amendment adding a tax of two euros per person per night in Île-de-France.",
        "The PS–Place Publique list won six seats in 2019, including three Socialists.",
        "Faure demanded that police have a right of inspection on judicial decisions.",
        "In April 2018, Les Jours wrote that Faure was not part of the deputies most hostile.",
        "Faure published a comic book titled Ségo, François, papa et moi.",
        "Faure's election was regarded as a blow to Prime Minister Manuel Valls.",
        "Faure studied law",  # "Master of Advanced Studies": a name's word, not a verb with a doer
        "Au second tour de 2012, son adversaire UMP Cathy Bissonier a obtenu 36,78 % des voix.",
        "Olivier Faure a rejoint Jean-Marc Ayrault, leader of the Socialist group in the National Assembly, in 2007.",
        "Faure opposed the constitutional revisions to extend the revocation of French citizenship",  # "proposed"
        "Faure supported the adoption of the El Khomri law.",
        "Faure was elected on 17 June 2012 with 63.2% of the vote in the second round.",
    ],
)
def test_a_claim_shaped_as_its_evidence_is_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_his_wife_named_as_the_french_say_it_is_checked(store: Store) -> None:
    # "Faure is married to Soria Blatmann": "la femme de Faure est …" names his spouse too.
    wrong = verify(store, "La femme de Faure est Audrey Azoulay.")
    assert wrong.verdict is Verdict.REFUTED
    assert wrong.correction == "married to Soria Blatmann, not Audrey Azoulay"
    assert verify(store, "La femme de Faure est Soria Blatmann.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Il a un temps partagé un appartement avec Benoît Hamon.",
        "In June 2017 he held on to the Socialist group presidency, beating Delphine Batho by 28 votes to 3.",
    ],
)
def test_a_claim_in_other_words_is_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Guillaume Bachelay beat Faure in the December 2016 vote for the Socialist group presidency.",
        "Delphine Batho kept the Socialist group presidency in June 2017, beating Faure by 28 votes to 3.",
        "Guillaume Bachelay's win over Faure in December 2016 was seen as a setback for Manuel Valls.",
    ],
)
def test_someone_elses_win_over_him_is_never_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Told from the rival's side: "X beat Faure" is "Faure lost to X", never its opposite.
        ("Delphine Batho beat Faure in June 2017.", Verdict.REFUTED),
        ("Chantal Brunel lost to Faure in 2007.", Verdict.REFUTED),
        # (A win told as the other's loss is the winner's deed: see the test at the end.)
        ("Chantal Brunel beat Faure in 2007.", Verdict.SUPPORTED),
        # (Her win over him in French too, since race27: it was NOT_ENOUGH_INFO.)
        ("Chantal Brunel a battu Olivier Faure aux législatives de 2007.", Verdict.SUPPORTED),
    ],
)
def test_who_beat_whom_is_read_from_either_side(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # French words of the same sense as the source's ("sans recours au": without resorting to).
        ("Il était favorable à l'adoption de la loi El Khomri sans recours au 49.3.", Verdict.SUPPORTED),
        ("Il était favorable à l'adoption de la loi El Khomri avec recours au 49.3.", Verdict.REFUTED),
        # What the source says was done without, said as done.
        ("Faure a soutenu le recours au 49.3 pour la loi El Khomri.", Verdict.REFUTED),
        ("Il a réclamé pour les policiers un « droit de regard » sur les décisions de justice.", Verdict.SUPPORTED),
        ("Il était autrefois proche de Christophe Castaner.", Verdict.SUPPORTED),
        ("The executives cited LFI's plans to leave NATO.", Verdict.SUPPORTED),
        # Declining to back it is deciding not to support it; never where the source says it did.
        ("The PS declined to back the censure motion against François Bayrou in February 2025.", Verdict.SUPPORTED),
        ("Faure declined to support the adoption of the El Khomri law.", Verdict.NOT_ENOUGH_INFO),
        # "unite the group behind / autour d'un compromis": no rank in a vote.
        ("Il a tenté d'unir son groupe parlementaire autour d'un compromis sur la loi El Khomri.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_french_and_phrases_of_the_same_sense(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_denied_deed_is_not_read_by_its_same_sense(store: Store) -> None:
    # "endorsing" is not the "support" the source says he refused: never SUPPORTED.
    claim = "Olivier Faure n'a pas envisagé endorsing Emmanuel Macron in the 2017 presidential election."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # A relation or reaction the other way round from the source's.
        "Faure and Manuel Valls became allies after July 2016.",
        "Faure welcomed Castaner's statement about his divorces and separations.",
        "Faure remained close to Castaner after Castaner became Minister of the Interior.",
        "1,000 party executives supported Faure's electoral pact with LFI.",
    ],
)
def test_a_relation_or_reaction_the_other_way_round_is_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "A avant de B" is the source's "After A, he B": the same order, told from its other end.
        ("Faure a passé sa petite enfance à La Réunion avant de grandir en métropole.", Verdict.SUPPORTED),
        # "After A, X replaced him as B": B is not his doing, the order proves nothing.
        ("Faure served as First Secretary before becoming president of the New Left group.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_before_is_read_against_the_sources_after_from_either_end(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "stepped down / aside" is resigning or withdrawing; it must still be his doing.
        ("Faure stepped down as special adviser to Prime Minister Jean-Marc Ayrault.", Verdict.SUPPORTED),
        ("Faure stepped down from the race for first secretary in 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Faure stepped aside in the 11th constituency in 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Faure s'est désisté dans la course au poste de premier secrétaire en 2018.", Verdict.NOT_ENOUGH_INFO),
        # After an opening adverbial too: EELV withdrew their candidate, not he.
        ("En 2012, Faure a retiré sa candidature dans la 11e circonscription.", Verdict.NOT_ENOUGH_INFO),
        ("Faure finished first in the first round of the 2018 vote for first secretary.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_verb_of_the_same_sense_is_still_checked_for_its_doer(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure led the Socialist group in 2007.", False),  # Ayrault presided over it then
        ("Faure headed the Socialist group in 2012.", False),
        ("Faure led the Socialist group in 2017.", True),
        ("Faure led the New Left group from December 2016 to April 2018.", True),
    ],
)
def test_heading_a_body_is_its_headship_in_the_claims_year(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure spent his early childhood in Réunion before growing up in Metropolitan France.", Verdict.SUPPORTED),
        ("Faure spent his early childhood in Metropolitan France before growing up in Réunion.", Verdict.REFUTED),
        ("Faure grew up in Réunion.", Verdict.REFUTED),
    ],
)
def test_each_place_is_read_with_its_own_part_of_the_claim(store: Store, claim: str, verdict: Verdict) -> None:
    # "before growing up in …" is a part of its own; "growing" is the source's "grew".
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure walked back his criticism of the police.", False),
        (
            "After the PS suffered a historic defeat in the 2022 legislative election, Faure proposed cooperation.",
            False,
        ),
        (
            "PS decided not to support another motion of censure in exchange for concessions in the pension reform.",
            False,
        ),
        ("Faure walked back his use of the expression.", True),
        (
            "After the PS suffered a historic defeat in the presidential election, Faure proposed discussing cooperation.",
            True,
        ),
        ("PS decided not to support another motion of censure in exchange for concessions in the new budget.", True),
        ("Faure delivered speeches on the counter-budget on a bill of finances.", True),
        # Where he came from: he attended the Lycée Pothier, graduated from the universities.
        ("Faure graduated from the Lycée Pothier with a MAS in political science.", False),
        ("Faure graduated from the University of Orléans with a MAS in economic law.", True),
        ("Faure graduated from the Paris 1 Panthéon-Sorbonne University with a MAS in political science.", True),
    ],
)
def test_the_evidence_words_with_another_object(store: Store, claim: str, supported: bool) -> None:
    # "walked back his use of the expression", "a historic defeat in the presidential election",
    # "concessions in new budget": the claim's object is a word of the evidence set elsewhere.
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "This proposal was criticized by several figures on the left, who accused it of …":
        # "it" is the proposal, named before it in its clause, not the police of the sentence
        # before nor Faure himself.
        ("Several figures on the left accused the police of violating the principle of separation of powers.", False),
        ("Several figures on the left accused Faure of violating the principle of separation of powers.", False),
        ("Several figures on the left accused the proposal of violating the principle of separation of powers.", True),
        ("Several figures on the left accused Faure's proposal of violating the separation of powers.", True),
        ("A Harris Interactive poll among PS supporters placed Faure in second place behind Stéphane Le Foll.", True),
        ('Faure called the expression "right of inspection" unfortunate.', True),
    ],
)
def test_a_pronoun_object_is_what_its_clause_named_before_it(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Guillaume Bachelay was regarded as a blow to Prime Minister Manuel Valls.", False),
        ("His election against Guillaume Bachelay was regarded as a blow to Prime Minister Manuel Valls.", True),
        ("Valérie Rabault replaced him as president of the New Left group.", True),
    ],
)
def test_a_subject_the_source_sets_after_a_preposition(store: Store, claim: str, supported: bool) -> None:
    # "His election by 137 votes against 120 for Guillaume Bachelay was regarded as a blow …"
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


def test_a_correction_quotes_the_source_as_written() -> None:
    # Capitals and figures kept, a word split_words repeats ("was was") shown once, and a
    # quotation cut in its middle without its lone mark.
    text = 'Faure was elected on 17 June with 63.2% of the vote. He also opposed the Socialist "frondeur" rebels.'
    assert _written(text, ["faure", "was", "was", "elected", "on", "june"]) == "Faure was elected on 17 June"
    assert _written(text, ["opposed", "the", "socialist", "frondeur"]) == "opposed the Socialist frondeur"


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was re-elected to the National Assembly in 2024 in the first round.",
        "In 2024 he was re-elected as a deputy in the first round.",
    ],
)
def test_a_round_of_another_year_does_not_refute(store: Store, claim: str) -> None:
    # His 2012 election "in the second round" says nothing of a 2024 first round.
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "2024" in (result.note or "")


def test_a_passives_doer_is_no_correction_for_whom_he_acted_on(store: Store) -> None:
    # "was notably supported by Martine Aubry": she backed him; it does not say whom he backed.
    result = verify(store, "Faure backed Macron for the 2020 presidential election")
    assert "Martine Aubry" not in (result.correction or "")
    # Another subject, the same voice as the source's: still corrected.
    other = verify(store, "Stéphane Le Foll and Carole Delga backed Faure's 2018 bid for the party leadership.")
    assert other.verdict is Verdict.REFUTED and "Martine Aubry" in (other.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Faure graduated from the University of Orléans with a MAS in economic law and from Panthéon-Sorbonne"
            " with a MAS in political science.",
            Verdict.SUPPORTED,
        ),
        (
            "Faure graduated from the University of Orléans with a MAS in political science and from"
            " Panthéon-Sorbonne with a MAS in economic law.",
            Verdict.REFUTED,
        ),
    ],
)
def test_each_university_is_read_with_its_own_part_of_the_claim(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Faure's election as president of the SRC group in December 2016 was regarded as a blow to Prime Minister"
        " Manuel Valls.",
        "His election at the head of the SRC group in December 2016 was considered a setback for Manuel Valls.",
    ],
)
def test_a_fact_told_in_a_sentence_and_the_one_going_on_about_it_is_supported(store: Store, claim: str) -> None:
    # "On 13 December 2016, Faure succeeded …" then "His election … was regarded as a blow to …
    # Manuel Valls": the person named in the second is of the first's fact.
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "His election as head of the SRC group in December 2016 was seen as a blow to Bruno Le Roux.",
        "Faure's election as head of the SRC group in December 2016 was seen as a blow to Bruno Le Roux.",
        "His election was seen as a setback for Bruno Le Roux.",
        "Son élection à la tête du groupe a été considérée comme un revers pour Bruno Le Roux.",
    ],
)
def test_whom_a_blow_was_to_is_read_in_the_sentence_going_on_and_in_other_words(store: Store, claim: str) -> None:
    # The blow was to Valls; Le Roux is the predecessor of the sentence before.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("His strategy was deemed effective after the 2020 municipal elections.", Verdict.SUPPORTED),
        ("Sa stratégie a été jugée efficace après les municipales de 2020.", Verdict.SUPPORTED),
        # The source only holds it so: stated plainly, it says more.
        ("His strategy was effective after the 2020 municipal elections.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_held_to_be_in_the_passive_is_the_sources_regarded_as(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A contest's noun names the election; the support is what the evidence must hold.
        ("Martine Aubry supported Faure in the 2018 race for first secretary.", Verdict.SUPPORTED),
        # A bid to lead the party is his candidacy for first secretary.
        ("Carole Delga backed Faure's 2018 bid to lead the PS.", Verdict.SUPPORTED),
        ("Faure's 2012 bid to lead the party was backed by Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was chosen to lead the party in 2014.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_race_and_a_bid_to_lead_the_party_are_his_candidacy(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Le Bureau national du PS a rejeté sa position sur la coopération avec LFI.", Verdict.REFUTED),
        ("Le Bureau national a écarté la position de Faure.", Verdict.REFUTED),
        ("Carole Delga était la présidente de la région Occitanie en 2018.", Verdict.SUPPORTED),
        (
            "En janvier 2022, il a fait adopter une résolution condamnant le génocide des Ouïghours en Chine.",
            Verdict.SUPPORTED,
        ),
        # "sa proposition" is not "Carole Delga's proposals", in French either: those were
        # rejected, and his (his position) adopted, so his rejected is refuted.
        ("Sa proposition de coopération avec LFI a été rejetée par le Bureau national.", Verdict.REFUTED),
    ],
)
def test_french_names_of_bodies_and_places_and_verbs_of_a_decision(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure was born in La Tronche and joined the Socialist Party at the age of 16.", Verdict.SUPPORTED),
        ("Faure was born in 1968 and joined the PS at 18.", Verdict.REFUTED),
        ("Faure supported the Socialist frondeur rebels and opposed the El Khomri law.", Verdict.REFUTED),
        ("Il est né en 1968 et a été élu député en 2012.", Verdict.SUPPORTED),
        # A bare second verb takes its object from the first: not split.
        ("Faure was elected to the National Assembly in 2012 and re-elected in 2021.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_two_predicates_of_one_subject_are_checked_each_on_its_own(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_second_predicate_about_someone_the_first_names_is_not_checked_alone(store: Store) -> None:
    # "him" is Macron, with whom he never shared an apartment (Hamon): alone, "Faure shared an
    # apartment with him" would hold.
    claim = "Faure met Emmanuel Macron in 2016 and shared an apartment with him."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Faure never published a comic book.", Verdict.REFUTED),
        ("Il n'a jamais été marié.", Verdict.REFUTED),
        # A past tense parted by its negation is no present: "n'a jamais partagé".
        ("Il n'a jamais partagé d'appartement avec Benoît Hamon.", Verdict.REFUTED),
        ("Faure has never lost an election.", Verdict.REFUTED),
        # What the source never says he did stays unaddressed.
        ("Faure was never appointed Prime Minister.", Verdict.NOT_ENOUGH_INFO),
        ("Faure never lived in Guadeloupe.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_never_is_a_negation_refuted_by_what_the_source_says_he_did(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        ("Faure was elected head of the SRC group by 138 votes against 120.", "137, not 138"),
        ("Faure was elected head of the SRC group by 137 votes against 121.", "120, not 121"),
    ],
)
def test_a_figure_beside_one_the_source_gives_is_corrected_by_that_facts_other(
    store: Store, claim: str, correction: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert correction in (result.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Il est arrivé en tête du premier tour avec 48,37 % des voix.", Verdict.SUPPORTED),
        ("Il est arrivé en tête du premier tour avec 26,45 % des voix.", Verdict.REFUTED),
        ("Over 2019 Faure denied having ambitions for the 2022 presidency.", Verdict.SUPPORTED),
        ("En 2019, on lui a prêté des ambitions présidentielles, ce qu'il a démenti.", Verdict.SUPPORTED),
        ("In 2019 Faure had presidential ambitions for 2022.", Verdict.NOT_ENOUGH_INFO),
        ("Faure proposed opening talks with LFI for the 2022 legislative election.", Verdict.SUPPORTED),
        ("Faure fell out with Christophe Castaner after Castaner became Minister of the Interior.", Verdict.SUPPORTED),
        ("Faure fell out with Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_idioms_of_english_and_french_are_read_in_the_sources_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        ("Faure's term as First Secretary of the PS began on 29 March 2018.", "term start 7 Apr 2018"),
        ("His term as president of the New Left group ended in March 2018.", "term end 11 Apr 2018"),
    ],
)
def test_the_day_a_term_began_or_ended_is_corrected_by_the_terms_own(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert correction in (result.correction or "")


@pytest.mark.parametrize(
    "claim",
    [
        # A start the sources dispute (chosen 15 April 2014 / term start 26 August 2014) is not refuted.
        "Faure's term as PS spokesperson began on 15 April 2014.",
        # Nor is when he became it, which may be his election's day.
        "Faure became First Secretary of the PS on 29 March 2018.",
    ],
)
def test_a_term_start_disputed_or_a_becoming_is_not_refuted_by_the_term(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The source names him only in "Raphaël Glucksmann's Place Publique", whose joint list
        # won: what the list did, and its figures, are not his.
        ("Raphaël Glucksmann was elected to the European Parliament in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("Glucksmann was elected to the European Parliament.", Verdict.NOT_ENOUGH_INFO),
        ("Raphaël Glucksmann won six seats in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("Raphaël Glucksmann won 6.2% of the vote in 2019.", Verdict.NOT_ENOUGH_INFO),
        # Someone the source names apart from a body keeps his own figure.
        ("Benoît Hamon won 6.2% in 2019.", Verdict.REFUTED),
        ("Début 2007, Faure a publié une bande dessinée sur la campagne interne de Ségolène Royal.", Verdict.SUPPORTED),
    ],
)
def test_a_bodys_deed_is_not_its_owners(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # He refused to support Macron in the 2017 election: that says nothing of another race.
        ("Faure backed Macron for the 2020 presidential election", Verdict.NOT_ENOUGH_INFO),
        ("Faure a soutenu Macron à la présidentielle de 2020.", Verdict.NOT_ENOUGH_INFO),
        ("Faure backed Macron in the 2022 presidential election", Verdict.NOT_ENOUGH_INFO),
        ("Faure endorsed Emmanuel Macron in the 2017 legislative elections.", Verdict.NOT_ENOUGH_INFO),
        ("Faure backed Macron for the 2017 presidential election", Verdict.REFUTED),
        # The same race, another figure; and a congress is named by its place, not its year.
        ("In the 2019 European election, Benoît Hamon's list won 6.2% of the vote.", Verdict.REFUTED),
        ("Faure was elected first secretary at the 2018 Villeurbanne Congress.", Verdict.REFUTED),
    ],
)
def test_what_the_source_says_of_another_race_does_not_refute(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Faure is married to Soria Blatmann, who …, when she went to work with …": his wife.
        ("Faure's husband is Soria Blatmann.", Verdict.REFUTED),
        ("Le mari de Faure est Soria Blatmann.", Verdict.REFUTED),
        ("Faure's wife is Soria Blatmann.", Verdict.SUPPORTED),
        ("La femme de Faure est Soria Blatmann.", Verdict.SUPPORTED),
        ("Faure is married to Soria Blatmann.", Verdict.SUPPORTED),
    ],
)
def test_a_spouse_is_of_the_kind_the_sources_pronouns_say(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "… when she went to work with the new director-general of UNESCO": her move, not his.
        ("Faure went to work with the director-general of UNESCO in February 2018.", False),
        ("Faure went to work with Audrey Azoulay in February 2018.", False),
        # A claim opening "Faure's wife" is about her: her deeds are hers.
        ("Faure's wife Soria Blatmann went to work with UNESCO director-general Audrey Azoulay.", True),
        ("Faure's designated substitute in 2017 was EELV's Paulin Roy.", True),
    ],
)
def test_a_relatives_deed_is_not_his(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "a strategy that was considered effective after the PS gained control of several large
        # cities": the source says after, not that it made them win.
        ("Faure's strategy made the PS gain control of several large cities in 2020.", False),
        ("Le Foll's withdrawal made Faure the presumptive first secretary.", True),
        ("The PS gained control of several large cities in the 2020 French municipal elections.", True),
    ],
)
def test_making_someone_do_something_is_a_cause_the_source_must_give(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "Faure worked as the chief of communications for the François Hollande campaign".
        ("Faure led François Hollande's 2011 primary campaign.", False),
        ("Faure was the head of communications for François Hollande's 2011 primary campaign.", True),
        # "the head of the Socialist, Republican and Citizen group": a name is the whole group.
        ("Faure led the Socialist, Republican and Citizen group.", True),
    ],
)
def test_the_head_of_a_part_did_not_lead_the_whole(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "… when she went to work with the new director-general of UNESCO, Audrey Azoulay".
        ("Faure's wife was the director-general of UNESCO.", False),
        ("Faure's wife Soria Blatmann was the director-general of UNESCO.", False),
        ("Faure's wife is Soria Blatmann.", True),
    ],
)
def test_a_title_set_beside_a_name_is_that_names_not_his_wifes(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A term wholly on the other side of the date refutes it.
        ("Faure was an advisor to Martine Aubry after 2000.", Verdict.REFUTED),
        ("Faure a été conseiller de Martine Aubry après 2000.", Verdict.REFUTED),
        ("After 2018, Faure was president of the New Left group.", Verdict.REFUTED),
        ("Faure served as the chief executive of a business before 1993.", Verdict.REFUTED),
        # A date at the date, or another date, says nothing of before or after it.
        ("Faure's wife worked for UNESCO before 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Before 2012, Faure was a member of the National Assembly.", Verdict.NOT_ENOUGH_INFO),
        ("Faure became First Secretary after 2015.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was born after 1970.", Verdict.NOT_ENOUGH_INFO),
        # On the claim's side: agreed.
        ("Faure was born before 1970.", Verdict.SUPPORTED),
        ("After 2018, Faure was First Secretary of the Socialist Party.", Verdict.SUPPORTED),
        ("Faure's strategy was considered effective after the 2020 municipal elections.", Verdict.SUPPORTED),
    ],
)
def test_a_fact_put_before_or_after_a_date_lies_on_that_side(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "At the beginning of 2007, he published a comic book … about … Ségolène Royal's campaign
        # to become the PS candidate in the 2007 French presidential election": no order given.
        ("Faure published a comic book about Ségolène Royal after the 2007 presidential election.", False),
        ("Faure published a comic book about Ségolène Royal before the 2007 presidential election.", False),
        # The source's own order: "After the PS suffered a historic defeat in the presidential
        # election, Faure proposed discussing cooperation …".
        (
            "After the PS suffered a historic defeat in the presidential election, Faure proposed discussing cooperation.",
            True,
        ),
    ],
)
def test_an_order_with_an_occasion_is_the_sources(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "several polls projected that the alliance … would receive less than 5% of the vote".
        (
            "Polls projected that the PS–Place Publique alliance would receive more than 5% of the vote.",
            Verdict.REFUTED,
        ),
        ("Polls projected that the alliance would receive less than 5% of the vote.", Verdict.SUPPORTED),
        # The projection's bound is not the result's: the list won 6.2%.
        ("The alliance's list received less than 5% of the vote", Verdict.REFUTED),
        ("The PS–Place Publique list won more than 5% of the vote in 2019.", Verdict.SUPPORTED),
    ],
)
def test_a_bound_the_source_gives_a_figure_is_compared_with_the_claims(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # s13: "a comic book … about the inner workings of Ségolène Royal's campaign": a noun of
        # "work", nobody's deed.
        ("Faure worked for Ségolène Royal.", Verdict.NOT_ENOUGH_INFO),
        ("Faure worked with Gérard Gouzes.", Verdict.SUPPORTED),
    ],
)
def test_a_verb_the_evidence_has_only_as_a_noun_is_not_his_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # s2: "elected … in the party's Aubervilliers Congress and re-elected in the 2021
        # Villeurbanne Congress": winning a congress is either; only "elected" tells which.
        ("Faure won the Villeurbanne congress.", Verdict.SUPPORTED),
        ("Faure a remporté le congrès de Villeurbanne.", Verdict.SUPPORTED),
        ("Faure won the Aubervilliers congress.", Verdict.SUPPORTED),
        ("Faure was elected first secretary at the 2018 Villeurbanne Congress.", Verdict.REFUTED),
        ("The Aubervilliers Congress took place in 2021.", Verdict.REFUTED),
    ],
)
def test_winning_a_congress_is_his_election_or_his_re_election_there(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "found"),
    [
        # s29: "His election by 137 votes against 120 for Guillaume Bachelay": a margin of 17.
        ("Faure beat Guillaume Bachelay by 17 votes.", Verdict.SUPPORTED, "a margin of 17 (137 votes against 120)"),
        ("Faure a battu Bachelay de 17 voix.", Verdict.SUPPORTED, "a margin of 17 (137 votes against 120)"),
        ("Faure beat Guillaume Bachelay by 27 votes.", Verdict.REFUTED, "a margin of 17 (137 votes against 120)"),
        # "by 137 votes against 120", "by 137 votes to 120": his count, not a margin.
        ("Faure was elected by 137 votes against 120.", Verdict.SUPPORTED, "137"),
        ("He beat Guillaume Bachelay by 137 votes to 120.", Verdict.SUPPORTED, "137"),
    ],
)
def test_a_margin_is_the_difference_of_the_figures_set_against_each_other(
    store: Store, claim: str, verdict: Verdict, found: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict and result.parts[0].found == found


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Trois ans après": the time between two facts, not a count to set against a vote's
        # ("3 is Delphine Batho's figure" was given); an age stays a figure checked ("à 16 ans").
        (
            "Trois ans après sa première élection à la tête du PS, il a été reconduit lors du congrès de Villeurbanne.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Faure a adhéré au Parti socialiste à 18 ans.", Verdict.REFUTED),
        ("Faure a adhéré au Parti socialiste à 16 ans.", Verdict.SUPPORTED),
    ],
)
def test_a_time_between_two_facts_is_no_figure_of_either(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The refusing is the Prime Minister's, in a clause of his own: not Faure's deed.
        (
            "Faure and Valls became opponents after the prime minister refused to consider Faure's compromise"
            " amendment in July 2016.",
            Verdict.SUPPORTED,
        ),
        (
            "Faure et Valls sont devenus adversaires après que Valls a refusé l'amendement de compromis de Faure.",
            Verdict.SUPPORTED,
        ),
        # "after he refused": his own clause, and not what the source says he did.
        (
            "Faure fell out with Valls after he refused to consider Valls's amendment in July 2016.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Faure fell out with Valls after the prime minister supported his compromise amendment in July 2016.",
            Verdict.REFUTED,
        ),
    ],
)
def test_a_clause_of_another_subject_tells_no_deed_of_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "the 2018 election" names the occasion: it is no one's deed to bind to Le Foll.
        (
            "Stéphane Le Foll received 26.45% in the first round of the 2018 election for first secretary.",
            Verdict.SUPPORTED,
        ),
        (
            "Stéphane Le Foll received 48.37% in the first round of the 2018 election for first secretary.",
            Verdict.REFUTED,
        ),
        # Someone's election is still a deed of theirs.
        (
            "Guillaume Bachelay's election as head of the SRC group in December 2016 was a blow to Valls.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_noun_of_action_naming_an_occasion_binds_no_one(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Ran for president": the presidency of the Republic, not his group's (s28, s29).
        ("Faure ran for president.", Verdict.NOT_ENOUGH_INFO),
        ("Faure never ran for president.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a brigué la présidence.", Verdict.NOT_ENOUGH_INFO),
        ("Faure ran for president of the Socialist group in 2016.", Verdict.SUPPORTED),
    ],
)
def test_running_for_president_unqualified_is_the_republics_presidency(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The claim denies a value the source gives otherwise: true, never REFUTED by it.
        ("Faure was not born in 1969.", Verdict.NOT_ENOUGH_INFO),
        ("Faure n'est pas né à Paris.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was not married to Audrey Azoulay.", Verdict.NOT_ENOUGH_INFO),
        # Denying what the source says is refuted by it.
        ("Faure was not born in 1968.", Verdict.REFUTED),
        ("Faure did not attend university.", Verdict.REFUTED),
        # A negation the source shares ("decided not to support") is no denial of the claim's.
        (
            "In February 2025, the PS decided not to support a motion of censure against Michel Barnier.",
            Verdict.REFUTED,
        ),
    ],
)
def test_a_negated_claim_is_not_refuted_by_the_other_value_the_source_gives(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Same sense, by class: sitting in an assembly (a member), keeping a post (re-elected),
        # chairing (president, head), a survey (a poll), breaking with someone, "among".
        ("Faure has sat in the National Assembly since 2012.", Verdict.SUPPORTED),
        ("In June 2017, Faure kept the chairmanship of the Socialist group.", Verdict.SUPPORTED),
        ("Faure a rompu avec Castaner.", Verdict.SUPPORTED),
        (
            "Martine Aubry and Carole Delga were among the notable supporters of his 2018 bid to lead the PS.",
            Verdict.SUPPORTED,
        ),
        ("A Harris Interactive survey put Faure first.", Verdict.REFUTED),
    ],
)
def test_words_of_the_same_sense_by_class(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Someone replaced him when his term ended (11 April 2018), not when it began.
        ("Valérie Rabault replaced Faure as president of the New Left group in 2016", Verdict.REFUTED),
        ("Valérie Rabault a remplacé Faure à la tête du groupe Nouvelle Gauche en 2016.", Verdict.REFUTED),
        ("Karim Bouamrane succeeded Faure as spokesperson in 2014.", Verdict.REFUTED),
        ("Valérie Rabault replaced Faure as president of the New Left group in 2018", Verdict.SUPPORTED),
        ("Faure succeeded Bruno Le Roux in 2016.", Verdict.SUPPORTED),
    ],
)
def test_the_date_someone_replaced_him_is_his_terms_end(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "ran … but lost to Chantal Brunel": "X beat him" is "he lost to X".
        ("Chantal Brunel beat him in Seine-et-Marne's 8th constituency in 2007", Verdict.SUPPORTED),
        ("Cathy Bissonier beat him in 2012.", Verdict.REFUTED),
    ],
)
def test_someone_beating_him_is_his_loss(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # He took the post at the Aubervilliers Congress (2018); Villeurbanne (2021) re-elected him.
        ("Faure became First Secretary at the Villeurbanne Congress.", Verdict.REFUTED),
        ("Faure has been First Secretary since the Villeurbanne Congress.", Verdict.REFUTED),
        ("Faure est devenu premier secrétaire au congrès de Villeurbanne.", Verdict.REFUTED),
        ("Faure became First Secretary at the Aubervilliers Congress.", Verdict.SUPPORTED),
        ("Faure was re-elected First Secretary at the Villeurbanne Congress.", Verdict.SUPPORTED),
    ],
)
def test_taking_the_post_at_a_congress_is_the_first_election(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "Faure is married to Soria Blatmann": no end told; "formerly close to Christophe Castaner".
        ("Faure was formerly married to Soria Blatmann.", False),
        ("Faure a autrefois été marié à Soria Blatmann.", False),
        ("Faure was formerly close to Christophe Castaner.", True),
    ],
)
def test_a_state_said_to_be_over_needs_an_end_in_the_evidence(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "Faure came first in the first round …. The latter then withdrew from the race".
        ("Stéphane Le Foll withdrew after the second round.", False),
        # "… with 63.2% of the vote in the second round".
        ("Faure was elected on 17 June with 63.2% of the vote in the second round.", True),
    ],
)
def test_a_rank_the_evidence_gives_only_otherwise_is_not_supported(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "Upon entering the National Assembly [June 2012], he was named third vice-president …
        # On 18 July 2012, Faure became the national secretary of communications".
        (
            "Faure was named third vice-president of the SRC group after becoming national secretary of communications.",
            False,
        ),
        ("Faure became First Secretary after heading the New Left group.", True),
    ],
)
def test_two_facts_put_in_the_other_order_than_their_dates_are_not_supported(
    store: Store, claim: str, supported: bool
) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    "claim",
    [
        # "devancé X avec 61 %", "beat X with …": the figure is the subject's, not X's (it was
        # REFUTED as "61.1% is his own figure; Amandine Rubinelli: not given").
        "Réélu député en 2017, il a devancé la candidate LREM Amandine Rubinelli avec environ 61 % des suffrages.",
        "Il a devancé Stéphane Le Foll au premier tour avec 48,37 % contre 26,45 %.",
    ],
)
def test_a_figure_given_with_the_one_he_beat_is_his(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A birthplace is matched by its own first word, not its article: "La Réunion" is not
        # "La Tronche" (the claim with its true relative clause was SUPPORTED).
        ("Olivier Faure est né à La Réunion, où il a passé sa petite enfance.", Verdict.REFUTED),
        ("Olivier Faure est né à La Réunion.", Verdict.REFUTED),
        ("Olivier Faure est né à La Tronche.", Verdict.SUPPORTED),
    ],
)
def test_a_birthplace_is_matched_by_its_name_not_its_article(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His birth date is the person's record's, never another year a sentence holding "born"
        # gives ("since 2012" in s1): these were SUPPORTED.
        ("Faure was born in 2012.", Verdict.REFUTED),
        ("En 2012, Faure est né.", Verdict.REFUTED),
        ("In 1968 Faure was born.", Verdict.SUPPORTED),
        ("Faure est né le 18 août 1968.", Verdict.SUPPORTED),
        ("Born in August 1968, Faure has sat in the National Assembly since 2012.", Verdict.SUPPORTED),
        # Another's birth is not his.
        ("Benoît Hamon was born on 18 August 1968.", Verdict.NOT_ENOUGH_INFO),
        # An area the source does not place La Tronche in is unsaid, not supported by s1's
        # "Seine-et-Marne's 11th constituency".
        ("Faure was born in Seine-et-Marne.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_his_birth_is_read_from_his_record(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # s1 holds two titles, each with its year: "… First Secretary … since 2018 and Member of
        # the National Assembly … since 2012". Each year is its own title's (these were SUPPORTED).
        ("Faure has been First Secretary since 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was elected deputy in 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Faure has been First Secretary since 2018.", Verdict.SUPPORTED),
        ("Faure has been a member of the National Assembly since 2012.", Verdict.SUPPORTED),
        # "Has been … since" says it still held at the source's date: a post the source gives no
        # end is not "still held".
        ("Faure has been the national secretary of communications for the PS since 2012.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_each_title_of_a_sentence_has_its_own_year(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # Predecessor for successor, in the pluperfect or after an opening setting: Valérie
        # Rabault succeeded him (these were NOT_ENOUGH_INFO).
        "Valérie Rabault avait précédé Olivier Faure à la tête du groupe Nouvelle Gauche.",
        "In December 2016, Faure took over the Socialist group from Valérie Rabault.",
    ],
)
def test_predecessor_for_successor_in_more_wordings(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED and "Rabault succeeded him" in (result.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking out a party's card is joining it (s7: "joined the Socialist Party (PS) at the age of 16").
        ("Olivier Faure a pris sa carte au PS dès l'âge de 16 ans.", Verdict.SUPPORTED),
        ("Faure took out a Socialist Party card at 16.", Verdict.SUPPORTED),
        ("Olivier Faure a pris sa carte au PS à 18 ans.", Verdict.REFUTED),
    ],
)
def test_taking_out_a_party_card_is_joining_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A post of his given to someone the evidence names beside it (an attacker's finding:
        # these were SUPPORTED); theirs where a sentence gives it them stays as it was.
        (
            "Martine Aubry was assistant cabinet director to François Hollande from 2000 to 2007.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Jean-Marc Ayrault est devenu secrétaire général du groupe socialiste en octobre 2007.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Corinne Narassiguin est devenue première secrétaire du PS en avril 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Corinne Narassiguin was chosen as the new national secretary for coordination and means.", Verdict.SUPPORTED),
        # "X worked with Y as <post>": the post after "as" is X's ("directrice" is "director").
        (
            "Martine Aubry worked with François Hollande as assistant cabinet director from 2000 to 2007.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Martine Aubry a travaillé avec François Hollande comme directrice adjointe de cabinet de 2000 à 2007.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_post_of_his_given_to_someone_else(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # The evidence has LFI criticise the PS's decision, and the PS decide not to support it.
        ("The PS sharply criticised La France Insoumise's decision.", False),
        ("LFI's decision was sharply criticised by the PS.", False),
        ("François Bayrou sharply criticised the PS decision.", False),
        ("La France Insoumise did not support the motion of censure against Bayrou.", False),
        # Faure became its head, succeeding Bruno Le Roux.
        ("Bruno Le Roux became head of the Socialist, Republican and Citizen group on 13 December 2016.", False),
        ("LFI sharply criticised the PS decision.", True),
        ("Martine Aubry and Carole Delga supported his candidacy.", True),
        # A person named again by surname is the doer there ("… Christophe Castaner, with whom he
        # broke off relations after Castaner became the Minister of the Interior").
        ("Castaner became Minister of the Interior.", True),
        ("Faure became Minister of the Interior.", False),
        # The claim's own second clause has its own doer.
        ("Faure broke with Christophe Castaner after Castaner became Interior Minister.", True),
    ],
)
def test_the_doer_of_a_deed_is_the_one_the_evidence_names(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "After Faure was elected … in March 2018, Valérie Rabault replaced him": March 2018 is
        # his election's date, not her replacing him (his term ended on 11 April 2018).
        ("Valérie Rabault replaced Faure as president of the New Left group in March 2018.", False),
        ("Valérie Rabault a remplacé Faure à la présidence du groupe Nouvelle Gauche en mars 2018.", False),
        ("In March 2018, Faure was elected First Secretary.", True),
        # The claim's own opening clause: the date is of its main clause's verb there too.
        (
            'After Hollande won the primary, Faure became his "expert opinion" in the 2012 French presidential election.',
            True,
        ),
    ],
)
def test_a_date_is_of_the_clause_that_gives_it(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # 28 against 3 is his re-election's (22 June 2017); he was elected with 137 against 120.
        ("Faure was elected head of the SRC group with 28 votes against 3.", False),
        ("Faure a été élu à la tête du groupe SRC avec 28 voix contre 3.", False),
        ("Faure was elected head of the SRC group with 137 votes against 120.", True),
        ("Faure was re-elected president of the Socialist group with 28 votes against 3 for Delphine Batho.", True),
    ],
)
def test_an_undated_election_is_not_given_a_reelections_figures(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # "over X", "l'emporter sur X": X is the rival the vote's sentence names otherwise.
        (
            "In December 2016 Faure was elected head of the Socialist group by 137 votes to 120 over Delphine Batho.",
            "Guillaume Bachelay, not Delphine Batho",
        ),
        (
            "Au congrès de 2021, Faure l'a emporté sur Stéphane Le Foll avec 73,49 % des voix.",
            "Hélène Geoffroy, not Stéphane Le Foll",
        ),
    ],
)
def test_a_rival_over_whom_he_won_is_the_one_the_vote_names(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Elected on 17 June 2012, deputy from 20 June: each day is refuted by the other.
        ("Faure was first elected to the National Assembly on 20 June 2012.", Verdict.REFUTED),
        ("Faure a été élu le 20 juin 2012.", Verdict.REFUTED),
        ("Faure's term as deputy for Seine-et-Marne's 11th constituency began on 17 June 2012.", Verdict.REFUTED),
        ("Faure has sat in the National Assembly since 17 June 2012, the day his term began.", Verdict.REFUTED),
        ("Faure was elected on 17 June 2012.", Verdict.SUPPORTED),
        ("Faure has been a member of the National Assembly since 20 June 2012.", Verdict.SUPPORTED),
        # Where the sources disagree on his election as First Secretary, neither day is settled.
        ("Faure was elected First Secretary on 7 April 2018.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_posts_election_day_is_not_its_terms_start(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The one re-election the store records at the Villeurbanne Congress is of September 2021.
        ("Olivier Faure a été réélu premier secrétaire au congrès de Villeurbanne en septembre 2022.", Verdict.REFUTED),
        (
            "Olivier Faure was re-elected first secretary at the Villeurbanne Congress in September 2020.",
            Verdict.REFUTED,
        ),
        ("Faure was re-elected at the Villeurbanne Congress in September 2021.", Verdict.SUPPORTED),
    ],
)
def test_what_was_done_at_a_congress_has_its_date(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The sentence holding every word and the verb dates it otherwise (July 2016, May 2022);
        # facts of the claim's period that hold clearly fewer of its words do not save it.
        ("Valls refused to consider Faure's compromise amendment to the El Khomri law in July 2017.", Verdict.REFUTED),
        ("In June 2022, 1,000 party executives challenged Faure over a pact with LFI.", Verdict.REFUTED),
        # An electoral deed recurs: another re-election is not refuted by 2017's.
        ("Faure was re-elected to the National Assembly in 2022.", Verdict.NOT_ENOUGH_INFO),
        # A name the sentence does not hold: not its fact ("investi par le PS" is no inauguration).
        ("Faure a été investi par le PS en janvier 2017.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_fact_told_whole_is_dated_by_its_sentence(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The sentences telling his wins name these as his rivals ("against 120 for Guillaume
        # Bachelay", "against 26.45% for Stéphane Le Foll").
        (
            "Guillaume Bachelay beat Faure in the December 2016 vote for the Socialist group presidency.",
            Verdict.REFUTED,
        ),
        ("Stéphane Le Foll came first in the first round of the 2018 first-secretary election.", Verdict.REFUTED),
        (
            "Au premier tour de l'élection du premier secrétaire en mars 2018, Stéphane Le Foll est arrivé en tête devant Faure.",
            Verdict.REFUTED,
        ),
        (
            "Faure came first in the first round of the election for first secretary on 15 March 2018.",
            Verdict.SUPPORTED,
        ),
        # He lost to Chantal Brunel: no win of his names her, and hers is told as his loss.
        ("Chantal Brunel beat Faure in 2007.", Verdict.SUPPORTED),
    ],
)
def test_a_win_given_to_his_rival_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A person the source never names, in the place where it names Michel Rocard.
        (
            "In 1991 Faure became secretary-general of the Young Rocardiens, a group that backed then-Prime Minister Lionel Jospin.",
            Verdict.REFUTED,
        ),
        ("Faure was assistant cabinet director to Lionel Jospin from 2000 to 2007.", Verdict.REFUTED),
        # One word of place is not enough to hold it against him.
        ("Faure was a supporter of Lionel Jospin.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_person_never_named_in_the_place_of_another(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Polls projected less than 5%; the list won 6.2%.
        ("The PS–Place Publique list got less than 5% in the 2019 European elections.", Verdict.REFUTED),
        ("L'alliance PS–Place publique a obtenu moins de 5 % des voix en 2019.", Verdict.REFUTED),
        ("Polls projected less than 5% for the PS–Place Publique list in 2019.", Verdict.SUPPORTED),
        # A projection in the claim's own words is not held against the result.
        ("The list was expected to get less than 5% in 2019.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_projected_bound_claimed_as_the_result(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The National Office adopted his position and rejected Carole Delga's proposals.
        (
            "Martine Aubry's proposals against cooperation with LFI were rejected by the PS National Office in 2022.",
            Verdict.REFUTED,
        ),
        (
            "Le Bureau national du PS a rejeté la proposition de Faure d'envisager une coopération avec LFI.",
            Verdict.REFUTED,
        ),
        (
            "Sa proposition de coopération avec LFI pour les législatives de 2022 a été rejetée par le Bureau national.",
            Verdict.REFUTED,
        ),
    ],
)
def test_a_thing_done_to_another_owners(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "… special adviser to Prime Minister Jean-Marc Ayrault, from which position he resigned soon after."
        ("Faure stayed on as special adviser to Prime Minister Ayrault throughout his premiership.", Verdict.REFUTED),
        ("Faure remained special adviser to Jean-Marc Ayrault for five years.", Verdict.REFUTED),
        ("Faure was special adviser to Jean-Marc Ayrault.", Verdict.SUPPORTED),
    ],
)
def test_a_post_held_long_that_he_left_soon(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "EELV's Paulin Roy", "Europe Ecology – The Greens (EELV), who withdrew their candidate,
        # Jean-Marc Brûlé", "Chantal Brunel of the Union for a Popular Movement (UMP)".
        (
            "Faure's running mate and substitute in the 2017 legislative election, Paulin Roy, came from La France Insoumise.",
            Verdict.REFUTED,
        ),
        (
            "En 2012, l'UMP a retiré son candidat Jean-Marc Brûlé de la course dans la 11e circonscription.",
            Verdict.REFUTED,
        ),
        ("Chantal Brunel was a member of the Socialist Party.", Verdict.REFUTED),
        ("Paulin Roy was a member of EELV.", Verdict.SUPPORTED),
        ("Faure beat the UMP's Cathy Bissonier in 2012.", Verdict.SUPPORTED),
    ],
)
def test_a_persons_party_is_the_one_the_source_gives(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Group president from 13 December 2016 (re-elected on 22 June 2017); First Secretary from
        # 7 April 2018 (re-elected in September 2021): another year is refuted.
        ("Faure est devenu président du groupe socialiste en juin 2017.", Verdict.REFUTED),
        ("Faure became First Secretary in September 2021.", Verdict.REFUTED),
        # Its year: his candidacy was announced in January 2018, a step on the way.
        ("Faure became First Secretary in January 2018.", Verdict.NOT_ENOUGH_INFO),
        # The party's name is no step to a post: spokesperson from 15 April 2014 still.
        ("Faure became spokesperson of the PS in April 2014.", Verdict.SUPPORTED),
    ],
)
def test_he_became_a_post_in_a_year_it_neither_began_nor_elected_him(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "refuted"),
    [
        ("Faure was elected to the National Assembly", False),
        ("he was elected deputy", False),
        ("Faure lost a legislative election", False),
        ("Faure won the 2007 legislative election", True),
        ("Faure won against Chantal Brunel", True),
    ],
)
def test_one_race_lost_refutes_only_a_win_pinned_to_it(store: Store, claim: str, refuted: bool) -> None:
    # He lost in 2007 and won in 2012 and 2017: a defeat contradicts a win of that race only.
    assert (verify(store, claim).verdict is Verdict.REFUTED) is refuted


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A figure's unit and rounding are read with the figure, not as words the evidence must
        # hold (s21: "63.2% of the vote in the second round"; s51: "73.49% of the vote").
        ("Faure was elected in 2012 with about 63 per cent of the second-round vote.", Verdict.SUPPORTED),
        ("Faure a été réélu premier secrétaire en 2021 avec près de 73 pour cent des voix.", Verdict.SUPPORTED),
        ("Faure was elected in 2012 with about 70 per cent of the second-round vote.", Verdict.REFUTED),
        # A bound is not dropped: it is still a word the evidence must hold.
        ("Faure won less than 70% of the vote at Villeurbanne.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_figures_unit_and_rounding_are_read_with_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A participle opening a claim about him is checked on its own, its dates setting the main
        # clause's time (s1/s5; s19/s22; s7).
        ("Né en 1968 à La Tronche, Olivier Faure a passé son enfance à La Réunion.", Verdict.SUPPORTED),
        ("Elected in 2012, Faure became third vice-president of the SRC group.", Verdict.SUPPORTED),
        ("Born in 1968, Faure joined the PS at 16.", Verdict.SUPPORTED),
        ("Born in 1969, Faure joined the PS at 16.", Verdict.REFUTED),
        ("Né en 1968 à Paris, Olivier Faure a passé son enfance à La Réunion.", Verdict.REFUTED),
        ("Réélu député en 2017, il a battu Stéphane Le Foll avec 48,37 % des voix.", Verdict.REFUTED),
    ],
)
def test_a_participle_opening_a_claim_about_him_is_checked_on_its_own(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A time counted from another fact: that fact's date (s22: June 2012; s21: 17 June 2012)
        # and the count must give the rest's (s44 2018; s23 18 July 2012).
        ("Six years after entering the Assembly, Faure became first secretary.", Verdict.SUPPORTED),
        ("Five years after entering the Assembly, Faure became first secretary.", Verdict.NOT_ENOUGH_INFO),
        (
            "Un mois après son élection à l'Assemblée, Faure est devenu secrétaire national à la communication du PS.",
            Verdict.SUPPORTED,
        ),
        (
            "Deux mois après son élection à l'Assemblée, Faure est devenu secrétaire national à la communication du PS.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # A fact the evidence holds only in part is not what the count starts from (s28, his
        # taking the head of the Socialist group in 2016, is not his first election as leader).
        (
            "Cinq ans après sa première élection à la tête du PS, il a été reconduit lors du congrès de Villeurbanne.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_time_counted_from_another_fact_is_checked_from_its_date(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Titles in other words (s12: "assistant cabinet director to … François Hollande from 2000 to 2007").
        ("Faure was deputy chief of staff to François Hollande from 2000 to 2007.", Verdict.SUPPORTED),
        ("De 2000 à 2007, il a été directeur adjoint de cabinet de François Hollande.", Verdict.SUPPORTED),
        ("Il a été directeur de cabinet de François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("Il a été directeur adjoint de cabinet de Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was deputy chief of staff to François Hollande from 1997 to 2000.", Verdict.REFUTED),
    ],
)
def test_a_title_in_other_words_is_his_title(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Not taking a side, held by his contrary deed on the same thing (s35: "Faure abstained in
        # a July 2017 vote of confidence in the government of … Édouard Philippe"; s67: "He also
        # opposed the Socialist 'frondeur' rebels and supported the adoption of the El Khomri law").
        ("Faure did not back Édouard Philippe's government in the July 2017 confidence vote.", Verdict.SUPPORTED),
        (
            "Faure neither supported nor opposed Édouard Philippe's government in the July 2017 confidence vote: "
            "he abstained.",
            Verdict.SUPPORTED,
        ),
        ("Faure did not back the frondeurs.", Verdict.SUPPORTED),
        # Not what he did to another thing, nor someone else's deed.
        ("Faure did not support the El Khomri law.", Verdict.REFUTED),
        ("Faure neither backed nor opposed the El Khomri law.", Verdict.REFUTED),
        ("Faure did not oppose the frondeurs.", Verdict.REFUTED),
        ("Manuel Valls did not oppose the compromise.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_not_taking_a_side_is_held_by_the_contrary_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A margin by its noun (s28: "by 137 votes against 120 for Guillaume Bachelay").
        ("Faure beat Guillaume Bachelay by a margin of 17 votes.", Verdict.SUPPORTED),
        ("Faure a battu Guillaume Bachelay avec un écart de 17 voix.", Verdict.SUPPORTED),
        ("Faure beat Guillaume Bachelay by a margin of 27 votes.", Verdict.REFUTED),
        # A perfect participle after his clause, checked on its own at the clause's time.
        ("Faure became head of the Socialist group in December 2016, having beaten Guillaume Bachelay by 17 votes.", Verdict.SUPPORTED),
        ("Faure became head of the Socialist group in December 2016, having beaten Guillaume Bachelay by 27 votes.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_margin_and_a_participle_after_his_clause(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_for_the_first_time_is_no_part_of_a_title(store: Store) -> None:
    # "député pour la première fois": the title is "député"; when, not which post.
    for claim in (
        "Il a été élu député pour la première fois en 2012.",
        "Faure was elected deputy for the first time in 2012.",
    ):
        assert not any("fois" in p.text or "time" in p.text for p in verify(store, claim).parts)


def test_a_french_title_is_read_in_the_stores_english(store: Store) -> None:
    # s26: "the special rapporteur for the collective and rail transport infrastructure budget".
    claim = "Il a été rapporteur spécial du budget des infrastructures de transports collectifs et ferroviaires."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A part of a year, by the month the evidence gives (s63: "until February 2018"; s59:
        # "in February 2025").
        ("Faure's wife, Soria Blatmann, worked in Emmanuel Macron's presidential cabinet until early 2018.", Verdict.SUPPORTED),
        ("In early 2025, the PS decided not to support another motion of censure against François Bayrou.", Verdict.SUPPORTED),
        ("Faure's wife, Soria Blatmann, worked in Emmanuel Macron's presidential cabinet until late 2018.", Verdict.NOT_ENOUGH_INFO),
        ("In late 2025, the PS decided not to support another motion of censure against François Bayrou.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_part_of_a_year_is_read_by_the_evidences_month(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two deeds in time order, each by the term of his post its evidence tells (s12:
        # 1997–2000, 2000–2007; s28/s38: head of the group from 2016, first secretary in 2018).
        (
            "Il a conseillé Martine Aubry au ministère du Travail, puis a été directeur adjoint de cabinet de François Hollande.",
            Verdict.SUPPORTED,
        ),
        (
            "Il a été directeur adjoint de cabinet de François Hollande, puis a conseillé Martine Aubry au ministère du Travail.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Faure became head of the Socialist group, then was elected first secretary in 2018.", Verdict.SUPPORTED),
        ("Faure was elected first secretary in 2018, then became head of the Socialist group.", Verdict.NOT_ENOUGH_INFO),
        ("After being elected in 2012, Faure became national secretary for communications of the PS.", Verdict.SUPPORTED),
        ("After being elected first secretary in 2018, Faure became head of the Socialist group.", Verdict.NOT_ENOUGH_INFO),
        # Split in two, it is refuted by its first (s67: "He also opposed the Socialist 'frondeur' rebels").
        ("Faure supported the Socialist frondeur rebels and then opposed the El Khomri law.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_two_deeds_in_time_order_are_checked_in_that_order(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # s: "he was not among the deputies most hostile to the majority's policies": "hostile" is
        # the sixth word of the negation's scope.
        ("Les Jours wrote that Faure was hostile to the majority.", Verdict.REFUTED),
        ("Faure was hostile to the majority policies", Verdict.REFUTED),
        ("Les Jours wrote that Faure was not among the deputies most hostile to the majority.", Verdict.SUPPORTED),
    ],
)
def test_a_negation_holds_its_clause_beyond_four_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "placed him in second place, far behind former minister Stéphane Le Foll"
        ("A poll put Stéphane Le Foll far behind Faure", Verdict.REFUTED),
        ("Un sondage plaçait Le Foll loin derrière Olivier Faure", Verdict.REFUTED),
        ("Faure was far behind Le Foll in a poll", Verdict.SUPPORTED),
    ],
)
def test_who_trailed_whom_is_read_the_right_way_round(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_his_own_dated_deed_is_not_given_to_another_clause_of_another_sentence(store: Store) -> None:
    # "After Hollande won the primary, he became his 'expert opinion' in the 2012 presidential
    # election" holds 2012 and a win, but his election in 2012 is s21's.
    assert verify(store, "Elected in 2012, Faure became third vice-president of the SRC group.").verdict is (
        Verdict.SUPPORTED
    )
    claim = "Valérie Rabault replaced Faure as president of the New Left group in March 2018."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    ["Chantal Brunel's 2007 bid was lost", "Chantal Brunel's 2007 campaign ended in defeat"],
)
def test_a_bids_outcome_is_its_owners(store: Store, claim: str) -> None:
    # s14: Faure "ran … but lost to Chantal Brunel": every word is there, but the bid lost was his.
    result = verify(store, claim)
    assert result.verdict is not Verdict.SUPPORTED


def test_a_bids_outcome_its_owner_had_is_not_changed(store: Store) -> None:
    # The plain reading is checked only to take a support away, never to give one.
    assert verify(store, "Faure lost to Chantal Brunel in 2007").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "re-elected … with 28 votes against 3" counts votes, not the group's deputies.
        ("Faure's group had 28 deputies.", False),
        ("Le groupe de Faure comptait 28 députés.", False),
        ("Faure was re-elected president of the group with 28 votes against 3 for Delphine Batho.", True),
        ("Faure won three quarters of the vote at the Villeurbanne Congress.", False),
    ],
)
def test_a_count_is_of_the_thing_its_figures_sentence_counts(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A hedged margin: "près de 22" is 21.92 (just under); far from it, refuted.
        ("Au premier tour de mars 2018, Faure a devancé Stéphane Le Foll de près de 22 points.", Verdict.SUPPORTED),
        ("Faure won the 2018 first round by more than 30 points.", Verdict.REFUTED),
        ("Faure beat Hélène Geoffroy by about 50 points in 2021.", Verdict.REFUTED),
        # A share as a fraction in words, with its hedge on the right side (73.49%, 48.37%, 27.2%).
        ("At the Villeurbanne Congress in September 2021, Faure kept the party leadership with almost three "
         "quarters of the vote, beating Hélène Geoffroy.", Verdict.SUPPORTED),
        ("Au congrès de Villeurbanne, en 2021, Faure a été reconduit face à Hélène Geoffroy avec près des trois "
         "quarts des voix.", Verdict.SUPPORTED),
        ("Au congrès de Villeurbanne, en 2021, Faure a été reconduit face à Hélène Geoffroy avec près de la "
         "moitié des voix.", Verdict.REFUTED),
        ("Faure won three quarters of the vote at the Villeurbanne Congress.", Verdict.REFUTED),
        ("Faure won more than half the votes in the first round in 2018.", Verdict.REFUTED),
        ("Faure voted in line with En Marche more than half the time.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_hedged_figures_and_fractions_accept_only_a_close_value_on_their_side(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_figure_with_the_one_he_was_elected_against_is_his(store: Store) -> None:
    # "reconduit face à X avec 73,49 %": his share, not X's; X's share given to him is refuted.
    base = "Au congrès de Villeurbanne, en 2021, Faure a été reconduit face à Hélène Geoffroy avec {} des voix."
    assert verify(store, base.format("73,49 %")).verdict is Verdict.SUPPORTED
    assert verify(store, base.format("26,52 %")).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A margin said as one ("avec une avance de"), of whichever election it may be: his 2016
        # one (137 to 120, told by the sentence going on about it), not only the 2017 one (28 to 3).
        ("Faure a été élu à la tête du groupe socialiste avec une avance de 17 voix.", Verdict.SUPPORTED),
        ("Faure a été élu à la tête du groupe socialiste avec une avance de 19 voix.", Verdict.REFUTED),
        # A projection read with its verb's same sense: "prévoyaient" is "projected".
        ("Les sondages prévoyaient moins de 5 % pour la liste PS-Place publique.", Verdict.SUPPORTED),
        ("Les sondages prévoyaient plus de 5 % pour la liste PS-Place publique.", Verdict.REFUTED),
    ],
)
def test_margins_and_projections_read_as_said(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "Seen as", "perçue comme" report a view as the source's "regarded as" does.
        ("Faure beat Guillaume Bachelay by 17 votes to take over the Socialist group in December 2016, a result "
         "seen as a setback for Manuel Valls.", True),
        ("Son élection à la tête du groupe socialiste en décembre 2016, face à Guillaume Bachelay, a été perçue "
         "comme un camouflet pour Manuel Valls.", True),
        # Said plainly, it says more than the source.
        ("Faure beat Guillaume Bachelay by 17 votes, a setback for Manuel Valls.", False),
    ],
)  # fmt: skip
def test_a_view_reported_as_seen_is_the_sources_regarded(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Each university with the words of its own part, when another part names the other one
        # by its town alone; a degree once earned is held ("holds"); a count its own list restates.
        ("Faure holds postgraduate degrees in economic law from Orléans and in political science from Paris 1.",
         Verdict.SUPPORTED),
        ("Faure holds postgraduate degrees in political science from Orléans and in economic law from Paris 1.",
         Verdict.REFUTED),
        ("Faure est titulaire de deux DEA : l'un en droit économique à Orléans, l'autre en science politique à "
         "Paris 1.", Verdict.SUPPORTED),
        ("Faure a décroché deux diplômes de troisième cycle : droit économique à Orléans et science politique à "
         "Paris 1.", Verdict.SUPPORTED),
        # A count its list does not restate is still asked of the source; a single part, as before.
        ("Faure a décroché trois diplômes de troisième cycle : droit économique à Orléans et science politique à "
         "Paris 1.", Verdict.NOT_ENOUGH_INFO),
        ("Faure graduated in economic law, from Panthéon-Sorbonne University.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_two_degrees_each_from_its_university(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # A claim's own hedge of considering ("weighed") holds the source's "considered".
        ("Faure weighed endorsing Emmanuel Macron for 2017 but turned him down after the two met.", True),
        ("Faure endorsed Emmanuel Macron for 2017.", False),
        # "A before B" is the source's "after A, B", read with the words' same sense.
        ("Olivier Faure spent his early childhood on Réunion before growing up in mainland France.", True),
        ("Olivier Faure spent his early childhood in mainland France before growing up on Réunion.", False),
        # France's legislative election is its parliamentary election.
        ("In the 2024 legislative election the Socialists more than doubled their number of seats, running "
         "within the left-wing NFP alliance.", True),
        ("In the 2024 presidential election the Socialists more than doubled their number of seats.", False),
    ],
)  # fmt: skip
def test_considering_order_and_kinds_of_election_read_in_other_words(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # The title ends where his next clause begins ("… but quit that job soon afterwards").
        ("Faure was named special adviser to PM Jean-Marc Ayrault but quit that job soon afterwards.", True),
        ("Faure was named special adviser to PM Manuel Valls but quit that job soon afterwards.", False),
        ("Faure was named chief adviser to PM Jean-Marc Ayrault but quit that job soon afterwards.", False),
        # Stripping of citizenship is the source's revocation of it.
        ("Faure opposed extending the stripping of French citizenship.", True),
        ("Faure supported extending the stripping of French citizenship.", False),
    ],
)  # fmt: skip
def test_a_title_before_another_clause_and_stripping_of_citizenship(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # Someone's word for it, said as theirs, is what the source says ("They denounced the
        # proposal as a 'surrender'"); said plainly as a fact, it is not, even where the word
        # comes from the sentence beside the evidence.
        ("Les cadres ont dénoncé l'accord comme une « capitulation ».", True),
        ("Début mai 2022, un millier de cadres socialistes ont contesté le projet d'accord de Faure avec LFI, "
         "parlant de « reddition ».", True),
        ("The proposal was a surrender.", False),
        ("Son projet d'accord avec LFI était une capitulation.", False),
        ("Faure a dénoncé le projet comme une « capitulation ».", False),
        # "Un millier": some 1,000, a figure still.
        ("Début mai 2022, un millier de cadres socialistes ont contesté le projet d'accord de Faure avec LFI.", True),
    ],
)  # fmt: skip
def test_someones_word_for_it_and_a_round_thousand(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "A ahead of B" is the source's "B behind A" (it was REFUTED by "far behind"); the other
        # way round it is refuted still.
        ("In a Harris Interactive poll, Stéphane Le Foll was far ahead of Faure.", Verdict.SUPPORTED),
        ("Faure was far ahead of Stéphane Le Foll in a Harris Interactive poll.", Verdict.REFUTED),
        # Far ahead of him in a round: he came first, the other second.
        ("In the first round of the March 2018 vote for PS leader, Faure came close to half of the votes, far "
         "ahead of Stéphane Le Foll.", Verdict.SUPPORTED),
        # A member ("adhérent") of the party from 16: he joined it at 16.
        ("Adhérent du PS dès 16 ans, il a aussi milité à l'UNEF.", Verdict.SUPPORTED),
        ("Adhérent du PS dès 18 ans, il a aussi milité à l'UNEF.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_ahead_of_someone_and_a_member_from_an_age(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Both" after two people joined as the subject restates them (each is checked).
        ("Martine Aubry and Carole Delga both backed Faure's bid for First Secretary.", Verdict.SUPPORTED),
        ("Martine Aubry and Manuel Valls both backed Faure's bid for the party leadership.", Verdict.REFUTED),
        ("The PS and LFI both decided not to support the motion of censure against Bayrou.",
         Verdict.NOT_ENOUGH_INFO),
        # The post a bid is for may be told by the sentence announcing the bid.
        ("Carole Delga backed Faure's bid for First Secretary in 2018.", Verdict.SUPPORTED),
        ("Carole Delga backed Faure's bid for Spokesperson of the PS.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga backed Faure's bid for President of the Socialist group.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_both_of_two_people_and_the_post_of_a_bid(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # A title before each of two joined names is that name's, checked against the evidence's
        # apposition after it ("Martine Aubry, the mayor of Lille, and Carole Delga, the president
        # of the region of Occitania"); swapped, it is not what the source says.
        ("Lille mayor Martine Aubry and Occitania region president Carole Delga both backed Faure's 2018 bid for "
         "the party leadership.", True),
        ("Occitania region president Martine Aubry and Lille mayor Carole Delga both backed Faure's 2018 bid for "
         "the party leadership.", False),
        ("Lille mayor Carole Delga backed Faure's 2018 bid for the party leadership.", False),
        ("Lille mayor Martine Aubry backed Faure's 2018 bid for the party leadership.", True),
    ],
)  # fmt: skip
def test_a_title_before_a_name_is_that_names(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Under Faure's leadership" is a time, read from his term as First Secretary (2018–).
        ("Under Faure's leadership, the Socialists more than doubled their number of seats in the 2024 "
         "parliamentary election, running within the left-wing NFP alliance.", Verdict.SUPPORTED),
        # Before his term, or with no year to place it, it is not what the source says.
        ("Under Faure's leadership, the Socialists gained control of several large cities in 2014.",
         Verdict.REFUTED),
        ("Under Faure's leadership, the Socialists more than doubled their number of seats.",
         Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_under_his_leadership_is_read_from_his_term(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His age when a post began, from his birth date and the term's start (18 Aug 1968, 7 Apr
        # 2018: 49), not the age another sentence gives another post (23, the Young Rocardiens).
        ("Faure became First Secretary at the age of 49.", Verdict.SUPPORTED),
        ("Faure became First Secretary at the age of 50.", Verdict.REFUTED),
        ("At the age of 23, Faure became the secretary-general of the Young Rocardiens.", Verdict.SUPPORTED),
    ],
)
def test_his_age_when_a_post_began_is_read_from_its_term(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # a ministry: the one the source names beside the same person
        (
            "Between 1997 and 2000 Faure was an adviser to Martine Aubry at the Ministry of Health.",
            "Ministry of Labour, Employment and Vocational Training, not Ministry of Health",
        ),
        (
            "Faure a travaillé auprès de Martine Aubry au ministère de la Justice de 1997 à 2000.",
            "Ministry of Labour, Employment and Vocational Training, not ministère de la Justice",
        ),
        ("Castaner became Minister of Defence, after which Faure broke with him.", "Minister of the Interior, not"),
        # a party: the one the source sets beside the same person
        ("Faure's 2017 rival Amandine Rubinelli stood for the Rassemblement national.", "La République En Marche"),
        ("En 2017, il l'a emporté sur Amandine Rubinelli, la candidate des Républicains.", "La République En Marche"),
        ("In 2012 Faure beat Cathy Bissonier of the Socialist Party.", "UMP, not Socialist Party"),
        # a member the source never names, refuted by the reading of whose party it is
        ("In June 2012 Faure won his seat against the FN's Cathy Bissonier.", "UMP's Cathy Bissonier, not FN"),
        # an international body: the one of the same post
        ("In 2018 Soria Blatmann went to work with the director-general of NATO.", "UNESCO, not NATO"),
        # a chamber, a city, a region, a department
        ("Gérard Gouzes, for whom Faure worked, presided over the Senate's law commission.", "National Assembly"),
        ("Faure's 2018 bid was backed by Martine Aubry, the mayor of Marseille.", "Lille, not Marseille"),
        ("Carole Delga, president of the Normandy region, supported Faure in 2018.", "Occitania, not Normandy"),
        ("Faure has been MP for the 11th constituency of Yvelines since 2012.", "Seine-et-Marne, not Yvelines"),
    ],
)
def test_another_member_of_a_kind_in_the_place_of_the_sources_is_refuted(
    store: Store, claim: str, correction: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(correction)


@pytest.mark.parametrize(
    "claim",
    ["Faure est entré au PS en 1991.", "Faure est entré au Parti socialiste à 23 ans.", "Faure entre au PS en 1991."],
)
def test_entering_a_body_is_checked_against_the_date_he_joined_it(store: Store, claim: str) -> None:
    # « entré » folds to "entre", the preposition: read so, the claim had no verb and any 1991 fact held it.
    assert verify(store, claim).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim", ["Faure est entré à l'UNESCO en février 2018.", "Faure est entré au bureau national du PS en 2022."]
)
def test_entering_a_body_the_source_never_has_him_join_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # the source's own member, in other words
        "De 1997 à 2000, Faure a conseillé Martine Aubry au ministère du Travail.",
        "In 2017 Faure's substitute was EELV's Paulin Roy.",
        # no word ties the member to the source's place
        "Faure worked at the Health Ministry from 1997 to 2000.",
        # a count of members says who is among them, not who all are
        "The alliance's list won six seats, including three members of Place Publique.",
        # two members where the source has another: which one it replaces is not told
        "The PS had an electoral pact with LFI in 2012.",
    ],
)
def test_another_member_of_a_kind_is_not_refuted_unless_it_takes_the_sources_place(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        (
            "En décembre 2016, Olivier Faure a pris la succession de Valérie Rabault à la présidence du groupe socialiste.",
            "Valérie Rabault succeeded him; he succeeded Bruno Le Roux",
        ),
        (
            "In December 2016 Faure took over from Valérie Rabault as leader of the Socialist group.",
            "Valérie Rabault succeeded him; he succeeded Bruno Le Roux",
        ),
        # a post whose predecessor the source does not name says so, in words
        (
            "Porte-parole du PS, Faure a pris le relais de Karim Bouamrane.",
            "Karim Bouamrane succeeded him; he succeeded no one the text names",
        ),
    ],
)
def test_a_successor_told_as_the_one_he_took_over_from_is_refuted(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(correction)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A rank is someone's: "Le Foll came second" is not what "Faure came first" denies (it was
        # REFUTED); his own second place is.
        ("Stéphane Le Foll came second in the first round of the election for first secretary on 15 March 2018.",
         Verdict.NOT_ENOUGH_INFO),
        ("Faure came second in the first round of the election for first secretary on 15 March 2018.",
         Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_rank_is_refuted_only_for_the_one_the_source_ranks(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Only the post the claim names by its head, and never against a start the sources dispute
        # (spokesperson: 15 April or 26 August 2014, so 45 or 46).
        ("Faure became spokesperson of the PS at the age of 45.", Verdict.NOT_ENOUGH_INFO),
        ("Faure became president of the Socialist group at the age of 48.", Verdict.SUPPORTED),
    ],
)
def test_his_age_at_a_post_only_from_that_post_and_an_undisputed_start(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a government named by a person: its Prime Minister
        ("In December 2024 the NFP and the National Rally toppled the government of François Bayrou.", "REFUTED"),
        ("Faure abstained in the July 2017 vote of confidence in Manuel Valls's government.", "REFUTED"),
        ("Faure abstained in the July 2017 vote of confidence in Édouard Philippe's government.", "SUPPORTED"),
        # "RN" is the National Rally
        ("En décembre 2024, le NFP et le RN ont renversé Michel Barnier.", "SUPPORTED"),
        # someone made a minister in it: not a word on its head
        ("Faure was appointed minister in the Bayrou government.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_government_named_by_a_person_is_its_prime_ministers(store: Store, claim: str, verdict: str) -> None:
    assert verify(store, claim).verdict is Verdict[verdict]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a count of the same thing, told with other words around its noun
        ("In May 2022, 3,000 party executives challenged Faure over the LFI pact.", "REFUTED"),
        ("En mai 2022, 300 cadres du parti ont contesté Faure.", "REFUTED"),
        ("More than 5,000 party executives challenged Faure in May 2022.", "REFUTED"),
        # a bound the source's figure keeps
        ("More than 500 party executives challenged Faure in May 2022.", "SUPPORTED"),
        # a number in a name ("Paris 1") is no count of universities
        ("Faure studied at two universities.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_count_is_set_against_the_sources_count_of_the_same_noun(store: Store, claim: str, verdict: str) -> None:
    assert verify(store, claim).verdict is Verdict[verdict]


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # a title set before the source's person by apposition ("director-general of UNESCO, Audrey Azoulay")
        ("In 2018 Soria Blatmann went to work with Irina Bokova, the UNESCO director-general.", "Audrey Azoulay"),
    ],
)
def test_the_sources_person_set_by_apposition_corrects_another(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith(correction)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the parent named between commas by their trade has the source's origin for that trade
        ("Faure's father, a tax agent, was of Vietnamese origin.", "REFUTED"),
        ("Sa mère, infirmière, était d'origine espagnole.", "REFUTED"),
        # which parent it was the source does not say: never supported, never refuted by it
        ("Faure's mother, a tax agent, was of Spanish origin.", "NOT_ENOUGH_INFO"),
    ],
)
def test_an_origin_given_to_a_parent_named_by_apposition(store: Store, claim: str, verdict: str) -> None:
    assert verify(store, claim).verdict is Verdict[verdict]


def test_a_french_win_is_an_outcome_read_in_the_whole_sentence(store: Store) -> None:
    # "ran … but lost to Chantal Brunel": the loss is told in the clause after the race's
    result = verify(store, "En 2007, Faure a gagné les législatives dans la 8e circonscription de Seine-et-Marne.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "lost to Chantal Brunel" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the count of seats the sentence gives the list, not its count of Socialists
        ("In the 2019 European elections the joint list won three seats.", "REFUTED"),
        # the PS's seats may be the three Socialists: not refuted by the list's six
        ("The PS won three seats in the 2019 European election.", "NOT_ENOUGH_INFO"),
        ("The joint list won six seats in 2019, three of them Socialists.", "SUPPORTED"),
        # a figure's decimal mark ends no clause: the list is still the subject of the count
        ("The PS–Place Publique list won 6.2% and three seats in 2019.", "REFUTED"),
        ("The joint list won 6.2% of the vote and six seats in 2019.", "SUPPORTED"),
        ("The PS won 6.2% and three seats in 2019.", "NOT_ENOUGH_INFO"),
        # in French the subject's head comes first, after its article
        ("La liste PS–Place publique a obtenu 6,2 % et trois sièges en 2019.", "REFUTED"),
        ("En 2019, la liste PS–Place publique a obtenu six sièges.", "SUPPORTED"),
        ("Le PS a obtenu trois sièges en 2019.", "NOT_ENOUGH_INFO"),
        # a part counted before its noun, in a sentence less about the rest but holding the seats
        ("The PS-Place Publique list won six seats in 2019, four of them going to Socialists.", "REFUTED"),
        ("The PS-Place Publique list won six seats in 2019, three of them going to Socialists.", "SUPPORTED"),
    ],
)
def test_a_count_is_set_against_the_count_of_its_own_noun(store: Store, claim: str, verdict: str) -> None:
    assert verify(store, claim).verdict is Verdict[verdict]


def test_sworn_in_is_inaugurated_so_the_other_congress_is_refuted(store: Store) -> None:
    result = verify(
        store, "In April 2018 Faure was sworn in as Socialist first secretary at the Villeurbanne Congress."
    )
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Aubervilliers Congress, not Villeurbanne Congress"


def test_coming_ahead_of_someone_names_a_rival_of_that_race(store: Store) -> None:
    # "a devancé X": X was his rival in that race, and the source's rival of March 2018 is Le Foll
    claim = "Lors du premier tour de l'élection du premier secrétaire, en mars 2018, Faure a devancé Hélène Geoffroy."
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Stéphane Le Foll, not Hélène Geoffroy"


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was replaced by Hélène Geoffroy in 2021.",
        "Hélène Geoffroy took over from Faure in 2021.",
        "Faure a été remplacé par Delphine Batho en 2017.",
    ],
)
def test_a_rival_named_with_the_year_is_no_successor_the_source_gives(store: Store, claim: str) -> None:
    # The name and the year meet in the sentence of the vote he won against her: no succession.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_successor_the_offices_name_is_still_supported(store: Store) -> None:
    assert verify(store, "Valérie Rabault replaced Faure in 2018.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["The PS ousted François Bayrou in February 2025.", "Le PS a renversé François Bayrou en février 2025."]
)
def test_an_ouster_is_said_by_the_evidence_itself_not_the_sentence_beside_it(store: Store, claim: str) -> None:
    # Barnier's ouster is the sentence before the one on Bayrou's escaped motion.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_the_ouster_the_source_tells_is_still_supported(store: Store) -> None:
    claim = "In December 2024, NFP and the National Rally ousted Prime Minister Michel Barnier."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure ran Ségolène Royal's 2007 campaign.",  # a comic book about it
        "Faure directed Ségolène Royal's 2007 campaign.",
        "Faure ran Hollande's 2012 presidential campaign.",  # his "expert opinion"
        "Faure ran Jean-Marc Ayrault's campaign in 2007.",  # "the leader …" is Ayrault's title
    ],
)
def test_running_a_campaign_needs_evidence_that_he_led_it(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_running_in_a_contest_needs_evidence_of_a_candidacy(store: Store) -> None:
    assert verify(store, "Faure ran in the 2011 primary.").verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure ran in the 2007 legislative elections.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    ["Faure a été réélu député en 2017 avec 28 voix.", "Faure was re-elected to the Assembly in 2017 with 28 votes."],
)
def test_a_figure_of_another_posts_vote_that_year_is_not_the_claims(store: Store, claim: str) -> None:
    # The 28 votes re-elected him to the group's presidency, the sentence after the legislative one.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_figure_whose_sentence_goes_on_from_the_posts_is_still_the_posts(store: Store) -> None:
    claim = "Faure a été élu à la tête du groupe socialiste à l'Assemblée par 137 voix contre 120."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Faure a été élu premier secrétaire avec 48,37 %.", "Faure became first secretary with 48.37%."]
)
def test_a_first_rounds_share_is_not_the_share_he_was_elected_with(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_share_received_in_a_round_is_still_supported(store: Store) -> None:
    claim = "Faure won 48.37% of the vote against 26.45% for Stéphane Le Foll."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Faure a obtenu 27,2 % des voix en 2018.", "Faure got 27.2% of the vote in April 2018."]
)
def test_a_share_of_the_votes_he_cast_is_no_share_of_a_vote_he_got(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was elected first secretary at Villeurbanne and re-elected at Villeurbanne.",
        "Faure was re-elected at Aubervilliers.",
        "Faure was elected group president with 28 votes and re-elected with 137.",
    ],
)
def test_what_the_evidence_gives_a_re_election_is_not_a_first_elections(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_each_election_with_its_own_congress_is_still_supported(store: Store) -> None:
    claim = "Faure was elected first secretary at Aubervilliers and re-elected at Villeurbanne."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Faure joined the National Assembly in 2007.", "Faure est entré à l'Assemblée nationale dès 2007."]
)
def test_what_he_joined_is_the_object_of_joined_not_a_word_after_it(store: Store, claim: str) -> None:
    # "joined the leader of the Socialist group in the National Assembly": the leader, not the Assembly.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize("claim", ["Faure a rejoint le Parti socialiste à 16 ans.", "Faure joined the PS at 16."])
def test_the_party_he_joined_is_still_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    ["Faure a critiqué la police lors d'un rassemblement en mai 2021.", "Faure denounced the police in May 2021."],
)
def test_blaming_what_befell_something_is_not_blaming_it(store: Store, claim: str) -> None:
    # "denounced how police were 'constantly exposed to aggression'" at a rally he joined to back them.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_deed_done_to_him_is_not_his_deed(store: Store) -> None:
    swapped = verify(store, "Castaner claimed Faure had accompanied him in his divorces.")
    assert swapped.verdict is not Verdict.SUPPORTED
    assert verify(store, "Castaner claimed he had accompanied Faure in his divorces.").verdict is Verdict.SUPPORTED


def test_a_successor_by_the_noun_is_checked_as_one(store: Store) -> None:
    assert verify(store, "Hélène Geoffroy became Faure's successor in 2021.").verdict is not Verdict.SUPPORTED
    claim = "Boris Vallaud became Faure's successor as president of the New Left group."
    assert verify(store, claim).verdict is Verdict.REFUTED


def test_winning_a_contest_with_a_first_rounds_share_is_not_supported(store: Store) -> None:
    assert verify(store, "Faure a remporté le congrès avec 48,37 %.").verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure won 48.37% of the vote in the first round.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Faure a été réélu premier secrétaire avec 86 %.", "Faure won his first term in the Assembly with 61.1%."]
)
def test_a_first_election_and_a_re_election_are_told_by_their_other_words_too(store: Store, claim: str) -> None:
    # 86%: "Faure then won the election" in 2018, his first; 61.1%: his 2017 re-election.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_his_first_terms_share_is_still_supported(store: Store) -> None:
    assert verify(store, "Faure won his first term in the Assembly with 63.2%.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Faure est entré au cabinet de Martine Aubry en 1997.", "Faure joined Martine Aubry's cabinet in 1997."]
)
def test_joining_is_held_by_the_start_of_a_post_in_that_year(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Faure joined the Young Rocardiens in 1991.", "Faure joined the New Left group in 2016."]
)
def test_heading_a_body_from_a_year_is_no_joining_it_that_year(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize("claim", ["Faure joined the Socialist group in October 2007."])
def test_what_he_joined_outside_or_as_the_body_of_the_joined_head_is_not_held_against_it(
    store: Store, claim: str
) -> None:
    # "joined the PS … and also became an activist for the UNEF"; "joined the leader of the Socialist group".
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_candidacy_told_beside_the_best_evidence_holds_ran_for(store: Store) -> None:
    claim = "Faure ran for the National Assembly in 2007 and lost to Chantal Brunel."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "Castaner claimed that he had accompanied Faure …, a statement that provoked indignation
        # from the first secretary": the statement is Castaner's.
        ("Faure's statement provoked indignation from Castaner.", False),
        ("Castaner was indignant at Faure's statement in February 2020.", False),
        ("Castaner's statement provoked indignation from Faure.", True),
    ],
)
def test_words_given_to_someone_are_the_ones_the_evidence_has_them_say(
    store: Store, claim: str, supported: bool
) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "une BD": a comic book
        ("In early 2007 Faure published a BD about Ségolène Royal's campaign.", True),
        ("In early 2007 Faure published a BD about Martine Aubry's campaign.", False),
        # a postgraduate degree: his Master of Advanced Studies, in its own field only
        ("Faure holds a postgraduate degree in economic law from the University of Orléans.", True),
        ("Faure holds a postgraduate degree in medicine from the University of Orléans.", False),
        # a possible, « éventuel » pact: the source's potential one
        ("In May 2022, 1,000 party executives challenged Faure on a possible electoral pact with LFI.", True),
        ("In May 2022, 1,000 party executives challenged Faure on a possible electoral pact with the RN.", False),
        ("En mai 2022, un millier de cadres ont dénoncé comme une « capitulation » un éventuel accord avec LFI.", True),
        # « avantagé »: left well positioned, by that year's pact
        ("L'accord électoral avec EELV a avantagé Faure aux législatives de 2012.", True),
        ("L'accord électoral avec EELV a avantagé Faure aux législatives de 2017.", False),
        # « eux », a pronoun; "get", a light verb
        (
            "En mai 2021, lors d'un rassemblement de policiers, Faure a réclamé pour eux un « droit de regard » "
            "sur les décisions de justice.",
            True,
        ),
        ('In May 2021, Faure called for police officers to get a "right of inspection" over judicial decisions.', True),
        ('In May 2021, Faure called for police officers to get a "right of veto" over judicial decisions.', False),
        # « un coup dur »: a blow, to whom the source says
        ("Son élection à la présidence du groupe socialiste a été vue comme un coup dur pour Manuel Valls.", True),
        ("Son élection à la présidence du groupe socialiste a été vue comme un coup dur pour Martine Aubry.", False),
    ],
)
def test_everyday_paraphrase_is_read_as_the_words_of_the_source(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "arrivé devant X avec 48,37 %": the figure is his, X the one he came ahead of.
        ("Au premier tour, Faure est arrivé devant Stéphane Le Foll avec 48,37 % des voix.", Verdict.SUPPORTED),
        ("Au premier tour, Faure est arrivé devant Stéphane Le Foll avec 26,45 % des voix.", Verdict.REFUTED),
        ("Au premier tour, Stéphane Le Foll est arrivé devant Faure avec 48,37 % des voix.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_figure_with_the_one_he_came_ahead_of_is_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two places, each its own fact: the childhood sentence does not refute where he was born.
        ("Faure was born in La Tronche and spent his early childhood on Réunion.", Verdict.SUPPORTED),
        ("Faure was born in Orléans and spent his early childhood on Réunion.", Verdict.REFUTED),
        ("Faure was born in Réunion and spent his early childhood in La Tronche.", Verdict.REFUTED),
    ],
)
def test_a_place_of_birth_is_not_refuted_by_the_place_of_his_childhood(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A duration in years: the length of the period the claim dates, or of his post's term.
        ("For seven years, from 2000 to 2007, Faure was deputy chief of staff to François Hollande.", Verdict.SUPPORTED),
        ("Faure spent seven years as deputy chief of staff to François Hollande, then PS first secretary.", Verdict.SUPPORTED),
        ("Il a dirigé pendant quatre ans une entreprise de 150 salariés.", Verdict.SUPPORTED),
        ("For six years, from 2000 to 2007, Faure was deputy chief of staff to François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("Faure spent six years as deputy chief of staff to François Hollande, then PS first secretary.", Verdict.NOT_ENOUGH_INFO),
        ("Il a dirigé pendant trois ans une entreprise de 150 salariés.", Verdict.NOT_ENOUGH_INFO),
        # (Of the post its own clause names, not of another the claim tells: Aubry's was three years.)
        (
            "Faure advised Martine Aubry at the Labour ministry and then spent three years as François Hollande's "
            "deputy chief of staff at the PS.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)  # fmt: skip
def test_a_duration_in_years_is_read_from_the_period_it_lasted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A decade holds the fact when every year its evidence gives lies in it.
        ("Dans les années 1990, il a dirigé une entreprise de 150 salariés.", Verdict.SUPPORTED),
        ("In the 1990s, Faure ran a business with 150 employees.", Verdict.SUPPORTED),
        ("Faure ran a business with 150 employees in the 1990s.", Verdict.SUPPORTED),
        ("Dans les années 1980, il a dirigé une entreprise de 150 salariés.", Verdict.NOT_ENOUGH_INFO),
        ("In the 2000s, Faure ran a business with 150 employees.", Verdict.NOT_ENOUGH_INFO),
        # (Aubry's post began in 1997 and ended in 2000: not all of it in either decade.)
        ("In the 1990s, Faure advised Martine Aubry at the Ministry of Labour.", Verdict.NOT_ENOUGH_INFO),
        ("In the 1990s, Faure ran a business with 300 employees.", Verdict.REFUTED),
    ],
)
def test_a_decade_holds_a_fact_all_of_whose_years_lie_in_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Before he entered parliament (June 2012): the rest, whose time ended before then.
        ("Before he entered parliament, Faure lost a 2007 legislative race to the UMP's Chantal Brunel.", Verdict.SUPPORTED),
        ("Avant d'entrer à l'Assemblée, Faure a dirigé une entreprise de 150 salariés.", Verdict.SUPPORTED),
        ("Before entering parliament, Faure was spokesperson of the Socialist Party.", Verdict.NOT_ENOUGH_INFO),
        ("Before entering parliament, Faure became first secretary of the PS.", Verdict.NOT_ENOUGH_INFO),
        ("Before entering parliament, Faure ran a business with 300 employees.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_before_he_entered_parliament_is_a_time_before_his_first_term(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « reconduit premier secrétaire »: re-elected to the post, not a title of its own.
        (
            "Olivier Faure a été reconduit premier secrétaire au congrès de Villeurbanne en 2021, face à Hélène Geoffroy.",
            Verdict.SUPPORTED,
        ),
        (
            "Il a été reconduit comme premier secrétaire avec 63,49 % des voix au congrès de Villeurbanne.",
            Verdict.REFUTED,
        ),
        # "against La République En Marche's (LREM) Amandine Rubinelli": said of her, not of a
        # name read in the party's; nor of EELV's Paulin Roy, his substitute.
        ("Aux législatives de 2017, Faure a battu la candidate LREM Amandine Rubinelli.", Verdict.SUPPORTED),
        ("Faure was re-elected in 2017 with 61.1% of the vote against LREM's Amandine Rubinelli.", Verdict.SUPPORTED),
        ("In 2017 Faure beat Paulin Roy.", Verdict.NOT_ENOUGH_INFO),
        ("Aux législatives de 2017, Faure a battu la candidate LREM Chantal Brunel.", Verdict.REFUTED),
    ],
)
def test_a_reelection_and_the_opponent_a_party_owns_are_read_as_said(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « à tarif unique »: a single price (« unique » after its noun is no "only").
        ("En décembre 2014, il a fait adopter un amendement instaurant un passe Navigo à tarif unique.", Verdict.SUPPORTED),
        ("En décembre 2014, il a fait adopter un amendement instaurant un passe Navigo gratuit.", Verdict.NOT_ENOUGH_INFO),
        ("En décembre 2015, il a fait adopter un amendement instaurant un passe Navigo à tarif unique.", Verdict.REFUTED),
        # "au premier tour" is the round, not his rank: the one he came ahead of is still checked.
        ("Il a devancé Stéphane Le Foll au premier tour avec 48,37 % contre 26,45 %.", Verdict.SUPPORTED),
        ("Stéphane Le Foll a devancé Faure au premier tour avec 48,37 % contre 26,45 %.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_french_words_of_a_bill_and_of_a_round_are_read_as_the_source_says_them(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "trailing X" is "behind X": whom, against the one the evidence puts him behind.
        ("A Harris Interactive poll had Faure trailing Stéphane Le Foll.", Verdict.SUPPORTED),
        ("A Harris Interactive poll had Stéphane Le Foll trailing Faure.", Verdict.REFUTED),
        ("In the Harris Interactive poll, Stéphane Le Foll was trailing Faure.", Verdict.REFUTED),
    ],
)
def test_who_trailed_whom_is_checked_as_who_was_behind(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_word_the_source_does_not_say_is_named_as_the_claim_writes_it(store: Store) -> None:
    # Never a stem ("mere", "ministe"): the reader's own word, accents and all.
    result = verify(store, "Sa mère était une infirmière vietnamienne d'origine chinoise.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.note is not None and "mère" in result.note and "mere" not in result.note


@pytest.mark.parametrize(
    "claim",
    ["Faure was one of the frondeurs.", "Faure était l'un des frondeurs.", "Faure was among the frondeurs."],
)
def test_one_of_a_group_is_a_title_he_must_be_given(store: Store, claim: str) -> None:
    # The source has him oppose the "frondeur" rebels: the word is there, the membership is not.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_one_of_a_group_he_belonged_to_stays_supported(store: Store) -> None:
    assert verify(store, "Faure was one of the PS spokespersons.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Olivier Faure was born on Réunion island in 1968.",
        "Faure was born on the island of Réunion.",
        "Faure est né sur l'île de La Réunion.",
    ],
)
def test_a_birth_place_on_an_island_is_a_place_the_infobox_corrects(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith("born in La Tronche")


def test_born_on_a_day_names_no_place(store: Store) -> None:
    assert verify(store, "Faure was born on Sunday 18 August 1968.").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        # A party holds every congress: "the PS congress" names none of them, so it is no other
        # congress than Villeurbanne (the source never tells of one in Marseille in 2023).
        "Faure was re-elected first secretary at the PS congress in Marseille in 2023.",
        "Faure was elected first secretary at the Socialist congress of Aubervilliers in 2018.",
    ],
)
def test_a_partys_congress_is_not_a_congress_named_otherwise(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.correction is None or "Congress, not" not in result.correction


@pytest.mark.parametrize(
    "claim",
    [
        "Faure trailed Stéphane Le Foll in the first round of the 2018 vote for PS first secretary.",
        "Faure finished behind Le Foll in the first round.",
        "In the first round of the March 2018 leadership vote, Le Foll topped the poll and Faure came second.",
        "Au premier tour, Le Foll est arrivé en tête devant Faure.",
    ],
)
def test_who_came_first_in_a_round_is_the_one_the_evidence_says(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith("Olivier Faure came first")


def test_coming_first_in_a_round_he_came_first_in_is_not_refuted(store: Store) -> None:
    assert verify(store, "Faure came first in the first round, ahead of Le Foll.").verdict is Verdict.SUPPORTED


def test_a_count_is_not_corrected_by_a_sentence_holding_none_of_the_claims_other_figures(store: Store) -> None:
    # "28 votes against 3" (his 2017 re-election) counts votes too, but holds no 120.
    result = verify(store, "Faure was elected head of the SRC group by 138 votes against 120.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "137, not 138"


@pytest.mark.parametrize(
    "claim",
    [
        "Faure's 2007 comic book Ségo, François, papa et moi was about Nicolas Sarkozy's campaign.",
        "The comic book was about Nicolas Sarkozy's campaign.",
    ],
)
def test_an_owner_the_source_never_names_is_refuted_by_the_owner_of_the_same_thing(store: Store, claim: str) -> None:
    # "about the inner workings of Ségolène Royal's campaign": whose campaign it was.
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Ségolène Royal, not Nicolas Sarkozy"


def test_an_owner_the_source_never_names_of_nothing_it_names_is_not_corrected(store: Store) -> None:
    assert verify(store, "Faure's comic book was about Nicolas Sarkozy.").verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # "Corinne Narassiguin being duly chosen as the new national secretary for coordination
        # and means as well as Boris Vallaud and Gabrielle Siry becoming the new spokespeople"
        (
            "In April 2018 Corinne Narassiguin was named one of the PS's new spokespeople.",
            "Boris Vallaud, Gabrielle Siry, not Corinne Narassiguin",
        ),
        (
            "Corinne Narassiguin est devenue porte-parole du PS en avril 2018.",
            "Boris Vallaud, Gabrielle Siry, not Corinne Narassiguin",
        ),
        (
            "Gabrielle Siry became national secretary for coordination and means in April 2018.",
            "Corinne Narassiguin, not Gabrielle Siry",
        ),
    ],
)
def test_a_title_the_sentence_gives_others_while_making_them_something_else_is_refuted(
    store: Store, claim: str, correction: str
) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == correction


def test_a_title_of_another_rank_is_not_corrected_by_the_holders_of_one_of_its_head(store: Store) -> None:
    # "première secrétaire" is not the national secretary the sentence gives Corinne Narassiguin.
    result = verify(store, "Gabrielle Siry est devenue première secrétaire du PS en avril 2018.")
    assert result.correction is None or "Narassiguin" not in result.correction


def test_a_correction_never_ends_on_an_owner(store: Store) -> None:
    # "refused to consider Faure's compromise amendment": cut after "Faure", the correction had
    # the Prime Minister refuse to consider Faure himself.
    result = verify(store, "Valls supported Faure's compromise amendment.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "Faure's compromise amendment" in result.correction
    opposed = verify(
        store, "Faure supported the constitutional revisions to extend the revocation of French citizenship."
    )
    assert opposed.correction is not None and "government's proposed constitutional revisions" in opposed.correction


def test_the_people_a_text_mentions_are_read_once_and_given_as_a_new_list(store: Store) -> None:
    from faurecli.evidence import knowledge
    from faurecli.verdicts import _MENTIONED, _mentions, _mentions_read

    known = knowledge(store)
    text = "olivier faure succeeded jean-christophe cambadelis; he thanked him and cambadelis left"
    first = _mentions(known, text)
    assert first == _mentions_read(known, text)
    assert [who for _, _, who in first][:2] == ["Olivier Faure", "Jean-Christophe Cambadélis"]
    assert "he" in [who for _, _, who in first] and "him" in [who for _, _, who in first]
    first.clear()  # a caller's list is its own
    assert _MENTIONED[0][1][text] and _mentions(known, text) == _mentions_read(known, text)


def test_checks_that_skip_words_the_claim_lacks_still_find_what_they_look_for(store: Store) -> None:
    # Each check reads only the evidence's words the claim holds (a set test first): what they
    # find must be what they found reading every word.
    from faurecli.analysis import analyse
    from faurecli.evidence import knowledge, rank
    from faurecli.verdicts import _his_post_given_to_another, _object_changed, _titles_of_others

    known = knowledge(store)

    def read(claim: str):  # type: ignore[no-untyped-def]
        return analyse(claim, known.built.known, known.built.people)

    appointed = read("Faure was appointed Prime Minister in 2012.")
    titles = _titles_of_others(known, appointed, rank(known, appointed, limit=1)[0].unit)
    assert {why for _, why in titles} == {"the evidence gives this title to someone else"} and len(titles) == 2
    aubry = read("Martine Aubry was assistant cabinet director to François Hollande.")
    assert [n for n, _ in _his_post_given_to_another(known, aubry)] == ["Martine Aubry"]
    assert (
        _his_post_given_to_another(known, read("Bruno Le Roux became head of the SRC group on 13 December 2016.")) == []
    )
    sentences = [s.text for s in store.sentences]
    changed = _object_changed(known, "faure walked back his criticism of the police", sentences)
    assert changed and changed[0][0] == "back his criticism of the police"
    assert _object_changed(known, "faure walked back his use of the expression", sentences) == []


def test_the_places_a_claim_gives_leave_out_people_read_once_per_store(store: Store) -> None:
    from faurecli.evidence import knowledge
    from faurecli.verdicts import _folded_people, _places

    known = knowledge(store)
    people = _folded_people(known)
    assert people is _folded_people(known) and "martine aubry" in people
    assert [name for _, name in _places(known, "Il a grandi à La Réunion puis en Guadeloupe avec Martine Aubry")] == [
        "La Réunion",
        "Guadeloupe",
    ]
    assert _places(known, "He worked in Lille with Martine Aubry and met in Martine Aubry's office") == [(13, "Lille")]


def test_a_claims_word_is_set_against_its_opposite_in_the_evidence_only_when_it_has_one(store: Store) -> None:
    from faurecli.analysis import analyse
    from faurecli.evidence import knowledge, rank
    from faurecli.verdicts import _check_sense

    known = knowledge(store)

    def sensed(claim: str) -> list[tuple[str, str]]:
        analysis = analyse(claim, known.built.known, known.built.people)
        best = rank(known, analysis, limit=1)[0]
        told: list[tuple[str, str]] = []
        _check_sense(known, analysis, best, lambda *a: told.append(("agree", a[0])), lambda *a: told.append(a[::2]))
        return told

    assert sensed("Faure opposed the El Khomri law.") == [("opposed", "supported the adoption of")]
    assert sensed("Faure supported the frondeurs.") == [("supported", "He also opposed the Socialist frondeur")]
    assert sensed("Faure was elected first secretary in 2018.") == []


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "six seats, including three Socialists": the list's six; the Socialists' three.
        ("The Socialists won six seats in 2019.", Verdict.REFUTED),
        ("Le PS a obtenu six sièges aux européennes de 2019.", Verdict.REFUTED),
        # The whole named by its own words is the whole: its count stands.
        ("The PS–Place Publique list won six seats in 2019.", Verdict.SUPPORTED),
        ("The joint list won six seats in 2019.", Verdict.SUPPORTED),
    ],
)
def test_a_whole_count_given_to_a_part_of_it_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert result.correction == "three Socialists, not six"


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # The same figure in another currency or scale: the correction names both, never "two, not two".
        ("Faure's amendment set a tax of two pounds per night.", "two euros, not two pounds"),
        (
            "Among the concessions was a healthcare spending increase of one million euros.",
            "one billion, not one million",
        ),
        # A scale written with hyphens is the figure's ("a three-billion-euro rise": billions).
        (
            "Among the concessions was a three-billion-euro rise in healthcare spending.",
            "one billion, not three billion",
        ),
        # A sum set where the source lists a count of another thing: the source's item, whole.
        (
            "Les concessions comprenaient une augmentation d'un milliard d'euros pour l'éducation.",
            "abandonment of the 4000 job cuts in education, not un milliard d'euros pour l'éducation",
        ),
    ],
)
def test_a_correction_names_what_differs_in_a_figure(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == correction


@pytest.mark.parametrize(
    "claim",
    [
        "Faure's amendment set a tax of two euros per night.",
        "Among the concessions was a healthcare spending increase of one billion euros.",
        "Among the concessions was a one-billion-euro rise in healthcare spending.",
    ],
)
def test_the_same_figure_in_the_same_currency_and_scale_is_not_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        # An age said without the word "age" is his age at the post the claim names, from his
        # birth date and the post's start, never the age another sentence gives another deed.
        ("Lorsqu'il est entré à l'Assemblée nationale, Faure avait 43 ans.", True),
        ("Faure entered the National Assembly aged 43.", True),
        ("Faure est devenu premier secrétaire du PS à 49 ans.", True),
        ("Faure was 46 when he was first elected an MP.", False),
        ("Faure est devenu premier secrétaire du PS à 47 ans.", False),
    ],
)
def test_an_age_said_in_other_words_is_his_age_at_the_post_named(store: Store, claim: str, right: bool) -> None:
    result = verify(store, claim)
    (age,) = [p for p in result.parts if p.found and "when his term as" in p.found]
    assert age.agrees is right
    assert (result.verdict is Verdict.REFUTED) is not right


def test_a_re_election_is_not_the_start_an_age_is_set_against(store: Store) -> None:
    # Re-elected in 2021 at 53: the post's start (2018, at 49) is another fact's date.
    assert verify(store, "Faure was 53 when he was re-elected as first secretary.").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        # Whom the one post of his with that title in that year served (Jean-Marc Ayrault), given
        # as someone else, in either language, whatever else the claim adds.
        "Once Hollande had won in 2012, Faure served as special adviser to President François Hollande.",
        "En 2012, Olivier Faure a été nommé conseiller spécial de François Hollande.",
        "In 2012 Faure worked from the Élysée Palace as special adviser to François Hollande.",
    ],
)
def test_whom_a_post_of_his_served_given_wrong_is_refuted(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Prime Minister Jean-Marc Ayrault, not François Hollande"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("In 2012 Faure served as special adviser to Prime Minister Jean-Marc Ayrault.", Verdict.SUPPORTED),
        # Two posts of adviser (to Martine Aubry, to Jean-Marc Ayrault) and no year: which one the
        # claim means is not told, and his years with Hollande were in other posts.
        ("Faure was an adviser to François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a été conseiller de François Hollande.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_whom_a_post_served_is_refuted_only_when_one_post_fits(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "took over … from X" after a date with no comma: X is his predecessor, and Valérie
        # Rabault was his successor in that post (Bruno Le Roux preceded him).
        (
            "On 13 December 2016 Faure took over the group in the National Assembly from Valérie Rabault.",
            Verdict.REFUTED,
        ),
        ("In 2016 he took over the presidency of the Socialist group from Valérie Rabault.", Verdict.REFUTED),
        ("In 2016 he took over the presidency of the Socialist group from Bruno Le Roux.", Verdict.SUPPORTED),
    ],
)
def test_took_over_from_after_a_date_without_a_comma_is_a_succession(
    store: Store, claim: str, verdict: Verdict
) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert "Bruno Le Roux" in (result.correction or "")


def test_a_bound_past_a_bars_words_is_read_and_its_correction_keeps_it(store: Store) -> None:
    # « sous le seuil des 5 % », « au-dessus de la barre des 5 % »: less / more than 5%, the
    # bar's words read past; the correction names the claim's bound, not a bare "not 5 %".
    under = verify(store, "En 2019, la liste commune du PS et de Place publique a terminé sous le seuil des 5 %.")
    assert under.verdict is Verdict.REFUTED
    assert (under.correction or "").endswith("not less than 5 %")
    over = "En 2019, la liste commune du PS et de Place publique a terminé au-dessus de la barre des 5 %."
    assert verify(store, over).verdict is not Verdict.REFUTED


def test_toppled_is_ousted_and_its_date_is_the_ousters(store: Store) -> None:
    # "toppled" reads as the source's "ousted": Barnier's ouster is dated December 2024.
    wrong = verify(store, "A censure motion toppled Michel Barnier in January 2025.")
    assert wrong.verdict is Verdict.REFUTED
    assert wrong.correction == "Dec 2024, not January 2025"
    assert verify(store, "A censure motion toppled Michel Barnier in December 2024.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "PS decided not to support another motion of censure against Francois Bayrou …,
        # initiated by La France Insoumise": the denial is of supporting it; a claim telling
        # another thing of the motion is not denied by it.
        ("The censure motion Bayrou faced in February 2025 came from La France Insoumise.", Verdict.NOT_ENOUGH_INFO),
        (
            "The censure motion against Bayrou in February 2025 was tabled by La France Insoumise.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # A vote for it, or backing it, is what the denial denies.
        ("In February 2025 the Socialists voted for the censure motion against Bayrou.", Verdict.REFUTED),
        # The doer the sentence names after the deed ("initiated by La France Insoumise") is
        # in the claim's place, though the PS is named in the sentence too.
        ("The censure motion against Bayrou in February 2025 was initiated by the Socialist Party.", Verdict.REFUTED),
        ("In February 2025 the Socialist Party initiated a censure motion against Bayrou.", Verdict.REFUTED),
    ],
)
def test_a_denied_deed_refutes_only_that_deed_and_a_named_doer_its_place(
    store: Store, claim: str, verdict: Verdict
) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        correction = result.correction or ""
        assert correction.startswith(("La France Insoumise, not", "PS decided not to support"))
        assert "against Francois Bayrou, not" in correction or correction.startswith("La France Insoumise")


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # Whose figure, said as such: the owner's name with its possessive, the claim's owner
        # after "not", and the claim's owner's own figure when the sentence gives it.
        (
            "Faure took 26.52% at the Villeurbanne Congress.",
            "26.52% is Hélène Geoffroy's figure (his: 73.49%), not his",
        ),
        (
            "Hélène Geoffroy won 73.49% at the 2021 congress.",
            "Hélène Geoffroy's: 26.52%, not 73.49%",
        ),
        ("Raphaël Glucksmann's list took 3.3% in 2019.", "3.3% is Benoît Hamon's figure, not Raphaël Glucksmann's"),
    ],
)
def test_a_figure_given_to_the_wrong_owner_is_corrected_in_words(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == correction
    assert "not given" not in correction


def test_a_figure_given_to_its_owner_is_not_refuted(store: Store) -> None:
    assert verify(store, "Hélène Geoffroy won 26.52% at the 2021 congress.").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # The body a head is named with by apposition ("the director-general of UNESCO, Audrey
        # Azoulay"): another body given to her is refuted.
        (
            "In early 2018 Faure's wife joined Audrey Azoulay, the head of the OECD.",
            Verdict.REFUTED,
            "UNESCO, not OECD",
        ),
        (
            "Soria Blatmann went on to work for the OECD director-general Audrey Azoulay.",
            Verdict.REFUTED,
            "UNESCO, not OECD",
        ),
        ("In early 2018 Faure's wife joined Audrey Azoulay, the head of UNESCO.", Verdict.NOT_ENOUGH_INFO, None),
        # « s'est classé devant X » in a round: who came first.
        (
            "Lors du premier tour de mars 2018, Le Foll s'est classé devant Faure.",
            Verdict.REFUTED,
            "Olivier Faure came first, not Stéphane Le Foll",
        ),
        ("Lors du premier tour de mars 2018, Faure s'est classé devant Le Foll.", Verdict.NOT_ENOUGH_INFO, None),
        # « s'est opposé », a date between it and its object.
        (
            "Olivier Faure s'est opposé en janvier 2022 à une résolution sur le génocide des Ouïghours.",
            Verdict.REFUTED,
            "Faure supported and successfully passed, not opposed",
        ),
    ],
)
def test_french_ranks_oppositions_and_a_heads_body_are_refuted_in_their_slot(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert result.correction == correction


def test_he_in_a_claim_that_never_names_faure_is_the_one_it_names(store: Store) -> None:
    # "he" after Le Foll, in a claim without Faure, is Le Foll: his 26.45% is his own.
    true = "Stéphane Le Foll pulled out of the race after a first round in which he won 26.45%."
    assert verify(store, true).verdict is not Verdict.REFUTED
    false = verify(store, "Stéphane Le Foll pulled out of the race after a first round in which he won 48.37%.")
    assert false.verdict is Verdict.REFUTED
    assert false.correction == "Stéphane Le Foll's: 26.45%, not 48.37%"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking out a party card is joining the party (not the Navigo card of another fact).
        ("Faure took out a PS membership card when he was 17.", Verdict.REFUTED),
        ("At 17, Faure got his Socialist Party card.", Verdict.REFUTED),
        ("Faure took out a party card at the age of 16.", Verdict.SUPPORTED),
    ],
)
def test_a_party_card_taken_is_joining_the_party(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert result.claim == claim
    if verdict is Verdict.REFUTED:
        assert result.correction == "16, not 17"


@pytest.mark.parametrize(
    "claim",
    [
        # He worked with Gouzes (1991-1993) in a capacity the source does not name: a title
        # the claim gives that work is unaddressed, not refuted by his post under Hollande.
        "Faure served as Gérard Gouzes's parliamentary assistant.",
        "Faure fut l'assistant parlementaire de Gérard Gouzes.",
    ],
)
def test_a_post_under_someone_he_worked_with_is_not_refuted_by_another_post(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


def test_a_post_under_someone_in_a_year_he_did_not_work_with_them_is_still_refuted(store: Store) -> None:
    result = verify(store, "In 2012 Faure was named special adviser to President Hollande.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Prime Minister Jean-Marc Ayrault, not François Hollande"


@pytest.mark.parametrize(
    "claim", ["Benoît Hamon was 16 when he joined the Socialist Party.", "Benoît Hamon a adhéré au PS à 16 ans."]
)
def test_his_age_given_to_another_is_not_refuted(store: Store, claim: str) -> None:
    # The source gives Faure's age on joining the PS, never Hamon's: not a score one holds alone.
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Framing that adds nothing to check: "for a while", « pendant quelque temps », "as part
        # of", « à l'issue de », "as a young …", a bound said as a verb ("topped 60%").
        ("For a while, Faure was Benoît Hamon's flatmate.", Verdict.SUPPORTED),
        ("Pendant quelque temps, Faure fut le colocataire de Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        ("As part of a pact with the PS, EELV withdrew Jean-Marc Brûlé from the 2012 race.", Verdict.SUPPORTED),
        ("À l'issue du second tour, Faure a été élu avec 63,2 % des voix en 2012.", Verdict.SUPPORTED),
        ("As a young activist, Faure joined the PS at 16.", Verdict.SUPPORTED),
        ("Faure topped 60% of the vote in the 2017 legislative elections.", Verdict.SUPPORTED),
        # The same frames around a wrong value or a wrong name.
        ("For a while, Faure was Manuel Valls's flatmate.", Verdict.NOT_ENOUGH_INFO),
        ("As part of a pact with the PS, EELV withdrew Jean-Marc Brûlé from the 2017 race.", Verdict.NOT_ENOUGH_INFO),
        ("À l'issue du second tour, Faure a été élu avec 73,2 % des voix en 2012.", Verdict.REFUTED),
        ("As a young activist, Faure joined the PS at 18.", Verdict.REFUTED),
        ("Faure topped 65% of the vote in the 2017 legislative elections.", Verdict.REFUTED),
    ],
)
def test_framing_words_add_nothing_to_check(store: Store, claim: str, verdict: Verdict) -> None:
    # (« pendant quelque temps … colocataire » alone: its frame is dropped, but the source's
    # "shared an apartment" is not enough of it; it stays undecided, never refuted.)
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Everyday paraphrase: joining a rally (taking part in it), splitting a party (dividing
        # it), judging a wording so (calling it), an ecologist (of EELV), flatmates.
        ("Faure joined a rally of police officers in Paris in May 2021.", Verdict.SUPPORTED),
        ("La proposition de Faure de coopérer avec La France Insoumise pour les législatives de 2022 a divisé son parti.", Verdict.SUPPORTED),
        ('Faure deemed his "right of inspection" wording unfortunate.', Verdict.SUPPORTED),
        ("En 2017, son suppléant était l'écologiste Paulin Roy.", Verdict.SUPPORTED),
        # Near misses: another rally, another year, another word, another party.
        ("Faure joined a rally of teachers in Paris in May 2021.", Verdict.NOT_ENOUGH_INFO),
        ("Faure joined a rally of police officers in Paris in May 2020.", Verdict.REFUTED),
        ('Faure deemed his "right of inspection" wording excellent.', Verdict.NOT_ENOUGH_INFO),
        ("En 2017, son suppléant était le communiste Paulin Roy.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's proposal to cooperate with La France Insoumise for the 2022 legislative election split the Greens.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_everyday_paraphrase_of_deeds_and_people(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "both X and Y": what is said of each, each checked.
        ("Faure studied at both the University of Orléans and the Paris 1 Panthéon-Sorbonne University.", Verdict.SUPPORTED),
        ("Faure a étudié à la fois à l'université d'Orléans et à Paris 1.", Verdict.SUPPORTED),
        ("Faure won over 60% of the vote in both the 2012 and the 2017 legislative elections.", Verdict.SUPPORTED),
        # One of the two is wrong: refuted (economic law was Orléans' degree alone).
        ("Faure studied at both the University of Orléans and the University of Lille.", Verdict.REFUTED),
        ("Faure studied economic law at both the University of Orléans and the Sorbonne.", Verdict.REFUTED),
        ("Faure won over 62% of the vote in both the 2012 and the 2017 legislative elections.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_both_x_and_y_is_checked_for_each(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Of two clauses that fit a claim's words alike (he graduated with a MAS from each
        # university), the one of the university it names is its fact.
        ("Faure holds a postgraduate degree from Paris 1 Panthéon-Sorbonne.", Verdict.SUPPORTED),
        ("Faure a étudié à Paris 1.", Verdict.SUPPORTED),
        # A degree only one of them gave, or a place of the other: still refuted.
        ("Faure earned a MAS in economic law from Paris 1.", Verdict.REFUTED),
        ("Faure graduated from Panthéon-Sorbonne University in Orléans.", Verdict.REFUTED),
        ("Faure holds a postgraduate degree from the University of Lille.", Verdict.REFUTED),
    ],
)
def test_a_university_is_read_in_its_own_clause_when_two_fit_alike(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A part of a decade: the fact's time begun in it (his advisor post, 1997-2000).
        ("À la fin des années 1990, Faure a conseillé Martine Aubry au ministère du Travail.", Verdict.SUPPORTED),
        ("Au début des années 2000, Faure était directeur adjoint du cabinet de François Hollande.", Verdict.SUPPORTED),
        # Another part of it, or another decade: not supported.
        ("Au début des années 1990, Faure a conseillé Martine Aubry au ministère du Travail.", Verdict.NOT_ENOUGH_INFO),
        ("À la fin des années 2000, Faure était directeur adjoint du cabinet de François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was an advisor to Martine Aubry in the late 1980s.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_part_of_a_decade_holds_a_fact_begun_in_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "he" after the one person the claim names, its subject, is that person: Le Foll's
        # 26.45% is his (it was REFUTED as Faure's 48.37%).
        ("Stéphane Le Foll was second in the first round, in which he received 26.45% of the vote.", Verdict.SUPPORTED),
        ("Stéphane Le Foll was second in the first round, in which he received 48.37% of the vote.", Verdict.REFUTED),
        ("Stéphane Le Foll trailed in the first round, where his share was 48.37%.", Verdict.REFUTED),
        # He named, "he" is still him.
        ("Faure came first in the first round, in which he received 48.37% of the vote against Stéphane Le Foll.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_pronoun_after_the_named_subject_is_that_person(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « renoncer à » X: deciding not to, refusing X; its infinitive after « à » states no X
        # (« a renoncé à soutenir Macron » was REFUTED by "refused to support him").
        ("En 2016, Faure a renoncé à soutenir Emmanuel Macron après une rencontre entre les deux.", Verdict.SUPPORTED),
        ("Le PS a renoncé à censurer François Bayrou en février 2025.", Verdict.SUPPORTED),
        # Doing it, or committing to it, is still refuted; another year, another man: not supported.
        ("En 2016, Faure a soutenu Emmanuel Macron.", Verdict.REFUTED),
        ("En 2016, Faure s'est engagé à soutenir Emmanuel Macron.", Verdict.REFUTED),
        ("Le PS a renoncé à censurer François Bayrou en février 2024.", Verdict.REFUTED),
        ("Le PS a renoncé à censurer Michel Barnier en décembre 2024.", Verdict.NOT_ENOUGH_INFO),
        # "refrained from endorsing" is no endorsement the source's refusal refutes.
        ("Faure refrained from endorsing Macron in 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Faure endorsed Macron in 2017.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_giving_something_up_is_refusing_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "… 26.45% for Stéphane Le Foll. The latter then withdrew from the race": the sentence
        # after is his, the claim's subject's, and its evidence too.
        ("Stéphane Le Foll, who took 26.45% of the vote in the first round, then withdrew.", Verdict.SUPPORTED),
        ("Stéphane Le Foll withdrew after a first round in which he received about a quarter of the votes.", Verdict.SUPPORTED),
        # Another deed, another figure, or another man is not what the latter did.
        ("Stéphane Le Foll resigned after a first round in which he received about a quarter of the votes.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll withdrew after a first round in which he received about half of the votes.", Verdict.REFUTED),
        ("Stéphane Le Foll won the race after the first round.", Verdict.NOT_ENOUGH_INFO),
        ("Faure withdrew from the race after the first round.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_the_latter_is_the_person_named_last(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert "s43" in {e.id for e in check.evidence}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His first years, « ses premières années »: the source's early childhood.
        ("He spent his first years in Réunion before growing up in mainland France.", Verdict.SUPPORTED),
        ("Faure a passé ses premières années à La Réunion.", Verdict.SUPPORTED),
        # Another place is not where he spent them.
        ("He spent his early years in Guadeloupe.", Verdict.REFUTED),
        ("Il a passé ses premières années à Paris.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_his_first_years_are_his_early_childhood(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A post's field said as what one handled, was in charge of: the source's "in the field of".
        ("In Macron's cabinet, Soria Blatmann was in charge of human rights until February 2018.", Verdict.SUPPORTED),
        ("Soria Blatmann handled foreign affairs in Emmanuel Macron's cabinet until February 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann handled human rights in Emmanuel Macron's cabinet until February 2019.", Verdict.REFUTED),
        # A place the evidence names in a clause that tells less of the claim than another
        # ("…human rights until February 2018, when she went to work with the … director-general
        # of UNESCO"): not where she did it (the first was SUPPORTED).
        ("His wife, Soria Blatmann, worked on human rights at UNESCO until February 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann handled human rights at UNESCO until February 2018.", Verdict.NOT_ENOUGH_INFO),
        # Two places, each its own part, still supported.
        ("Faure graduated from the University of Orléans with a MAS in economic law and from Panthéon-Sorbonne with a MAS in political science.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_posts_field_and_the_clause_of_a_place(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # Two clauses each fit one word of the field (Orléans' "economic law", Paris 1's
        # "political science"): the university named does not make the mixed field its own.
        "Faure graduated in political economy from the Paris 1 Panthéon-Sorbonne University.",
        "Faure a étudié l'économie politique à Paris 1.",
    ],
)
def test_a_field_mixed_from_two_universities_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # What the source says was abandoned or renegotiated is not what was done.
        ("The concessions included the education job cuts.", False),
        ("The concessions included France Travail job cuts.", False),
        ("Les concessions comprenaient la réforme des retraites de 2023.", False),
        # Said with its own word of undoing, or another item of the list: supported.
        ("The concessions included the abandonment of the job cuts in education.", True),
        ("The concessions included renegotiating the 2023 pension reform.", True),
        ("The concessions included a one billion euro increase in healthcare spending.", True),
    ],
)
def test_a_thing_the_source_says_was_undone_is_not_claimed_as_done(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The source's own "and then": the other way round is refuted.
        ("Faure went to the University of Orléans, then to the Lycée Pothier.", Verdict.REFUTED),
        ("Faure went to the Lycée Pothier, then to the University of Orléans.", Verdict.SUPPORTED),
        # Its opening "After …,": the same.
        ("After growing up in Metropolitan France, Faure spent his early childhood in Réunion.", Verdict.REFUTED),
        ("Faure spent his early childhood in Réunion before growing up in Metropolitan France.", Verdict.SUPPORTED),
        # Two facts the source joins with no order ("at 16 and also became"): no order either way.
        ("Faure became an activist for UNEF before joining the PS.", Verdict.NOT_ENOUGH_INFO),
        ("Faure joined the PS and then became an UNEF activist.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was the first signatory of the motion before Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_an_order_the_claim_tells_must_be_the_sources(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_an_order_across_two_sentences_is_read_from_the_later_ones_then(store: Store) -> None:
    # The rally (May 2021), then "Faure then clarified … walked back": one sentence between.
    told = 'Faure participated in the police rally and then walked back the expression "right of inspection".'
    assert verify(store, told).verdict is Verdict.SUPPORTED
    reversed_ = 'Faure walked back the expression "right of inspection", then participated in the police rally.'
    assert verify(store, reversed_).verdict is not Verdict.SUPPORTED
    # A name in one sentence and its deed in the next ("… for Stéphane Le Foll. The latter then withdrew").
    assert (
        verify(store, "Stéphane Le Foll withdrew from the leadership race after the first round.").verdict
        is Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure a appuyé l'adoption de la loi El Khomri par l'article 49.3.", False),
        ("Faure supported the adoption of the El Khomri law without resorting to article 49.3.", True),
        ("Valls refused to consider Faure's compromise amendment to Article 2.", True),
    ],
)
def test_a_number_the_source_gives_only_under_a_negation_is_not_supported(
    store: Store, claim: str, supported: bool
) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # "economic law" is a field of law: economics is another.
        ("Faure has a degree in economics.", False),
        ("Faure a fait des études d'économie.", False),
        ("Faure studied economic science at the University of Orléans.", False),
        ("Faure holds a MAS in economic law.", True),
        ("Faure a un DEA de droit économique.", True),
    ],
)
def test_a_field_of_study_keeps_its_head_noun(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Faure was the very first First Secretary of the PS.", False),
        ("Faure fut le premier premier secrétaire du PS.", False),
        ("Faure was the Socialist Party's first ever First Secretary.", False),
        ("Faure was First Secretary of the PS.", True),
        ("Faure came first in the first round of the election for first secretary.", True),
    ],
)
def test_a_titles_own_ordinal_holds_no_first_of_the_claims(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # A bound said of each item of a list the source bounds only one of (86%, 73.49%).
        ("Faure a remporté les deux congrès avec plus de 85 % des voix.", False),
        ("Faure a remporté les deux congrès du PS avec plus de 80 % des suffrages.", False),
        # A side added to the source's ("several figures on the left").
        ("Faure's proposal was criticized by several figures on the left and on the right.", False),
        ("The proposal was criticized by several figures of the left and the right.", False),
        ("This proposal was criticized by several figures on the left.", True),
        # An age set beside a body another sentence gives it (16 is the PS's; 23 the group's).
        ("Faure est entré chez les jeunes rocardiens à l'âge de 16 ans.", False),
        ("Faure became secretary-general of the Young Rocardiens at the age of 23.", True),
        ("Faure a adhéré au PS à 16 ans.", True),
    ],
)
def test_a_list_is_not_quantified_extended_or_given_anothers_age(store: Store, claim: str, supported: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # The head must be the adjective's own, not a word beside it.
        ("Faure studied law and economics.", False),
        ("Faure a obtenu un DEA en droit de l'économie.", True),
        # An age in other words ("when he was 16", "16 years old").
        ("Faure joined the Young Rocardiens when he was 16 years old.", False),
        ("Faure joined the PS when he was 16.", True),
    ],
)
def test_a_field_keeps_its_own_head_and_an_age_its_own_fact_in_other_words(
    store: Store, claim: str, supported: bool
) -> None:
    assert (verify(store, claim).verdict is Verdict.SUPPORTED) is supported


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "and later", "prior to": words of order like "then" and "before".
        ("Faure attended the University of Orléans and later the Lycée Pothier.", Verdict.REFUTED),
        ("Faure attended the Lycée Pothier and later the University of Orléans.", Verdict.SUPPORTED),
    ],
)
def test_later_and_prior_to_tell_an_order_too(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # He only considered endorsing Macron and refused: whom else he endorsed, the source
        # does not say, so another name is no "Macron, not X" …
        ("In the 2017 presidential race, Faure endorsed Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        # … but the weighing itself, given to another, still is.
        ("In 2016 Faure considered endorsing Benoît Hamon for the 2017 presidential election.", Verdict.REFUTED),
    ],
)
def test_a_deed_only_weighed_names_no_one_else_it_was_done_for(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The sentence has him as its subject (or his wife's clause): a deed of theirs claimed of
        # someone it names in passing is not that person's.
        ("Martine Aubry's adviser was François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("François Hollande served as an advisor to Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("From 1997 to 2000 François Hollande advised Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("In February 2018, Emmanuel Macron went to work with Audrey Azoulay.", Verdict.NOT_ENOUGH_INFO),
        ("En 2018, Emmanuel Macron est allé travailler avec Audrey Azoulay.", Verdict.NOT_ENOUGH_INFO),
        ("De 1997 à 2000, François Hollande a conseillé Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("Christophe Castaner est devenu ministre de l'Intérieur.", Verdict.SUPPORTED),
        # Near misses: the deed the sentence gives the person named ("after Castaner became …",
        # "Cathy Bissonier, who received …") stays theirs.
        ("Christophe Castaner became Minister of the Interior.", Verdict.SUPPORTED),
        ("In the 2012 runoff, Cathy Bissonier received 36.78% of the vote.", Verdict.SUPPORTED),
    ],
)
def test_a_deed_of_the_sentence_subject_is_not_one_it_names_in_passing(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « reconduit » is a re-election: the congress of his re-election is the one that counts.
        ("Il a été reconduit à la tête du PS au congrès d'Aubervilliers.", Verdict.REFUTED),
        ("Olivier Faure est reconduit premier secrétaire lors du congrès d'Aubervilliers en 2021.", Verdict.REFUTED),
        # Near miss: the right congress stays supported.
        ("Olivier Faure a été reconduit premier secrétaire au congrès de Villeurbanne.", Verdict.SUPPORTED),
    ],
)
def test_reconduit_is_a_re_election_at_its_own_congress(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A rival beaten is no predecessor: the one he succeeded is no correction of whom he beat.
        (
            "Olivier Faure defeated Guillaume Bachelay for the presidency of the Socialist group.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Il a pris la présidence du groupe socialiste en devançant Guillaume Bachelay.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the predecessor, claimed as one, is still corrected, and the right one holds.
        ("Olivier Faure replaced Guillaume Bachelay as head of the Socialist group.", Verdict.REFUTED),
        ("Faure succeeded Bruno Le Roux as head of the Socialist group.", Verdict.SUPPORTED),
    ],
)
def test_a_rival_beaten_is_not_corrected_by_the_predecessor(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His deed at a rally of theirs is not a deed of the group the sentence names in passing.
        (
            "The police officers demanded that they get a right of inspection on judicial decisions.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Les policiers ont exigé un droit de regard sur les décisions de justice.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: his own deed holds.
        ("Faure demanded a right of inspection on judicial decisions for the police.", Verdict.SUPPORTED),
    ],
)
def test_his_deed_is_not_one_of_a_group_named_in_passing(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What he denounced ("denounced how police were 'constantly exposed to aggression'") is his
        # word for it, not a fact the source states.
        ("Police officers were constantly exposed to aggression.", Verdict.NOT_ENOUGH_INFO),
        ("The police were constantly exposed to aggression.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: told as his words, and his own deed beside them, hold.
        ("Faure denounced how police were constantly exposed to aggression.", Verdict.SUPPORTED),
        ("Faure demanded that police officers have a right of inspection on judicial decisions.", Verdict.SUPPORTED),
    ],
)
def test_what_he_denounced_is_his_word_not_a_fact(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Someone's quoted words stated plainly are more than the source says: it reports them.
        ("The NFP was reduced by one party in February 2025.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's wording 'right of inspection' was unfortunate.", Verdict.NOT_ENOUGH_INFO),
        ("In April 2018, 27.2% of Faure's votes were in line with En Marche.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: told as their words they hold, and a claim that only shares a word with a
        # quotation ("party") is not one.
        ("Jean-Luc Mélenchon reacted that the NFP was reduced by one party.", Verdict.SUPPORTED),
        ("Faure called his expression 'right of inspection' unfortunate.", Verdict.SUPPORTED),
        (
            "In February 2025 the PS decided not to support the censure motion against François Bayrou.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_quoted_words_stated_plainly_are_reported_not_said(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A rival's party told by its adjective, against the party the source gives them.
        ("Chantal Brunel was a Socialist.", Verdict.REFUTED),
        ("Paulin Roy était communiste.", Verdict.REFUTED),
        ("Cathy Bissonier était une socialiste.", Verdict.REFUTED),
        # Near misses: the party the source gives holds, and his own is his.
        ("Jean-Marc Brûlé était écologiste.", Verdict.SUPPORTED),
        ("Olivier Faure est socialiste.", Verdict.SUPPORTED),
    ],
)
def test_a_rivals_party_by_its_adjective(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "The Socialist candidate went on to win …, and Faure was appointed … to Prime Minister
        # Jean-Marc Ayrault": the candidate is the one the sentence before names, not Ayrault or him.
        ("In 2012 the Socialist candidate was Jean-Marc Ayrault.", Verdict.NOT_ENOUGH_INFO),
        ("Jean-Marc Ayrault was the Socialist candidate who won the general election.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: what the sentence says of him holds.
        ("Faure became special adviser to Prime Minister Jean-Marc Ayrault.", Verdict.SUPPORTED),
        (
            "After the Socialist candidate won the general election, Faure became special adviser to Prime Minister "
            "Jean-Marc Ayrault.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_person_only_described_is_not_one_named_in_another_clause(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What the source says of some of a whole ("several figures on the left", "1,000 … party
        # executives … They denounced …") is not said of the whole.
        ("In 2021 the left accused Faure's proposal of violating the separation of powers.", Verdict.NOT_ENOUGH_INFO),
        ("Le PS a dénoncé la proposition comme une capitulation.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the part, named as a part, holds; and the party's own body's deed is its own.
        ("Several figures on the left criticized the proposal.", Verdict.SUPPORTED),
        ("Party executives denounced the proposal as a surrender.", Verdict.SUPPORTED),
        ("The PS decided not to support another motion of censure against François Bayrou.", Verdict.SUPPORTED),
    ],
)
def test_a_whole_is_not_given_what_some_of_it_did(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What he demanded ("demanded that they have a 'right of inspection'") is not what came about.
        ("The police got a right of inspection on judicial decisions.", Verdict.NOT_ENOUGH_INFO),
        ("Les policiers disposent d'un droit de regard sur les décisions de justice.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the demand told as one holds; the expression as words is his own deed's object.
        ("Faure demanded that police have a right of inspection on judicial decisions.", Verdict.SUPPORTED),
        ("Faure walked back the expression 'right of inspection'.", Verdict.SUPPORTED),
    ],
)
def test_what_was_demanded_is_not_what_came_about(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An age compared: the source gives no one's age but his.
        ("Faure was younger than his flatmate Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was younger than Benoît Hamon, with whom he shared an apartment.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: what the sentence says of them holds.
        ("Faure shared an apartment with Benoît Hamon for a time.", Verdict.SUPPORTED),
    ],
)
def test_an_age_compared_is_not_said(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Work with or for someone the source names with no word of work before them in their clause.
        ("Faure a travaillé avec Christophe Castaner.", Verdict.NOT_ENOUGH_INFO),
        ("Faure worked for Prime Minister Michel Rocard in 1991.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a travaillé aux côtés du Premier ministre Michel Rocard.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the work the source tells, also past a title set beside the name.
        ("From 1991 to 1993 Faure worked with Gérard Gouzes.", Verdict.SUPPORTED),
        ("In February 2018 his wife went to work with Audrey Azoulay.", Verdict.SUPPORTED),
    ],
)
def test_work_with_someone_needs_the_source_to_tell_work(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The stance's clause is found by the claim's words of the same sense ("nationality":
        # the clause of "revocation of French citizenship", not of the "National Assembly").
        ("Faure supported the extension of the revocation of nationality.", Verdict.REFUTED),
        # Near miss: the source's own stance stays supported.
        ("Faure opposed extending the revocation of nationality.", Verdict.SUPPORTED),
    ],
)
def test_a_stance_is_read_in_the_clause_of_the_claims_words_of_the_same_sense(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A judgement the sentence after the deed tells the other way round.
        (
            "Faure's December 2016 election to head the group was considered a success for Manuel Valls.",
            Verdict.REFUTED,
            "a blow to Prime Minister Manuel Valls, not a success",
        ),
        ("After criticism from the left, Faure stuck to his 'right of inspection' demand.", Verdict.REFUTED, None),
        # Near misses: the source's judgement stays supported; one for someone the source's
        # judgement is not about is no correction of it.
        (
            "Faure's December 2016 election to head the group was considered a blow to Manuel Valls.",
            Verdict.SUPPORTED,
            None,
        ),
        ("Faure's election was regarded as a victory for Guillaume Bachelay.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)
def test_a_judgement_told_in_the_next_sentence_the_other_way_round_is_refuted(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if correction is not None:
        assert check.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # Winning his seat is being elected, keeping it being re-elected: the sentence of that
        # election gives the figure, not his candidacy's.
        ("Faure kept his seat in 2017 with 63.2% of the vote.", Verdict.REFUTED, "61.1%, not 63.2%"),
        ("Faure a remporté son siège en 2012 avec 61,1 % au second tour.", Verdict.REFUTED, None),
        # Near misses: the right figure stays supported; a seat the source does not name is not
        # read away.
        ("Faure won his seat in 2012 with 63.2% in the second round.", Verdict.SUPPORTED, None),
        ("Faure won his Paris seat in 2012.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)
def test_winning_or_keeping_his_seat_is_his_election(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    assert check.claim == claim
    if correction is not None:
        assert check.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « 1er », « 1ère » written as figures are the ordinal words, not the figure 1.
        ("Faure a été élu 1er secrétaire pour la 1ère fois au congrès de Villeurbanne.", Verdict.REFUTED),
        ("Faure a été réélu 1er secrétaire au congrès de Villeurbanne.", Verdict.SUPPORTED),
        ("Faure est devenu 1er secrétaire du PS en 2018.", Verdict.SUPPORTED),
    ],
)
def test_an_ordinal_written_as_a_figure_is_read_as_its_word(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict
    assert verify(store, claim).claim == claim


def test_an_ordinal_written_as_a_figure_near_miss_stays_unrefuted(store: Store) -> None:
    # The right congress for his first election is never refuted for its « 1ère fois ».
    claim = "Faure a été élu 1er secrétaire pour la 1ère fois au congrès d'Aubervilliers."
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # Whom a post of his served, given wrong, in a longer title ("assistant cabinet director
        # to", « directeur adjoint de cabinet de ») or told apart by the claim's other words
        # ("at the Ministry of Labour": Martine Aubry's post, not Ayrault's).
        (
            "Between 2000 and 2007 Faure worked as assistant cabinet director to Ségolène Royal.",
            Verdict.REFUTED,
            "Socialist First Secretary François Hollande, not Ségolène Royal",
        ),
        (
            "Faure was an adviser to Ségolène Royal at the Ministry of Labour from 1997 to 2000.",
            Verdict.REFUTED,
            "Martine Aubry, not Ségolène Royal",
        ),
        # Near misses: the right person stays supported; a director is not an assistant director.
        ("De 2000 à 2007, Faure a été directeur adjoint de cabinet de François Hollande.", Verdict.SUPPORTED, None),
        ("Faure was an adviser to Martine Aubry at the Ministry of Labour from 1997 to 2000.", Verdict.SUPPORTED, None),
        ("Faure a été directeur de cabinet de Ségolène Royal.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)
def test_whom_a_post_served_is_read_in_a_longer_title(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if correction is not None:
        assert check.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # Whose campaign, given to someone the source never names, is refuted even when the
        # claim adds what the source does not say ("satirical", "mocked").
        (
            "In 2007 Faure drew a satirical comic book on the inner workings of Lionel Jospin's campaign.",
            Verdict.REFUTED,
            "Ségolène Royal, not Lionel Jospin",
        ),
        # Near misses: the right owner with the added word stays unsupported, never refuted; too
        # few of the sentence's words to tie it there stays unsaid.
        ("His 2007 comic book mocked the inner workings of Ségolène Royal's campaign.", Verdict.NOT_ENOUGH_INFO, None),
        ("In 2007 Faure wrote a satirical comic about Jacques Chirac's campaign.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)
def test_whose_campaign_is_refuted_past_words_the_source_does_not_say(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if correction is not None:
        assert check.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A parliamentary committee named by another field than the source's ("the commission of
        # law"), in English or French, before or after its word.
        (
            "In the early 1990s Faure worked alongside Gérard Gouzes, chairman of the defence committee of the National Assembly.",
            Verdict.REFUTED,
            "commission of law, not defence committee",
        ),
        ("Gérard Gouzes présidait la commission des affaires sociales.", Verdict.REFUTED, None),
        # Near misses: the source's own field is never refuted.
        ("Faure worked with Gérard Gouzes, president of the law committee.", Verdict.SUPPORTED, None),
        ("Gérard Gouzes présidait la commission des lois de l'Assemblée.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)
def test_a_committee_of_another_field_is_refuted(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if correction is not None:
        assert check.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A person the source never names, in a place it gives someone else ("the new
        # director-general of UNESCO, Audrey Azoulay"), refuted even when the claim adds what it
        # does not say ("quit"), when three words of the place tie it there.
        (
            "In February 2018 Soria Blatmann quit the presidential cabinet to work with the new UNESCO "
            "director-general Kristalina Georgieva.",
            Verdict.REFUTED,
            "Audrey Azoulay, not Kristalina Georgieva",
        ),
        # Near miss: too few words of that place (whom she worked with, where) stays unsaid.
        (
            "In February 2018 Soria Blatmann quit the presidential cabinet to work with Kristalina Georgieva in New York.",
            Verdict.NOT_ENOUGH_INFO,
            None,
        ),
    ],
)
def test_an_unnamed_person_in_anothers_place_is_refuted_past_words_the_source_does_not_say(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if correction is not None:
        assert check.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking a side ("backed", "endorsed", "took the side of") is supporting: the source's
        # "opposed the Socialist 'frondeur' rebels" is the other way round (were SUPPORTED).
        ("Faure backed the frondeurs.", Verdict.REFUTED),
        ("Faure endorsed the frondeur rebels.", Verdict.REFUTED),
        # Near misses: the source's own side stays supported.
        ("Faure backed the adoption of the El Khomri law.", Verdict.SUPPORTED),
        ("Faure opposed the frondeurs.", Verdict.SUPPORTED),
    ],
)
def test_taking_a_side_is_supporting(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_refusal_is_quoted_from_its_own_clause(store: Store) -> None:
    # "… ultimately refused to support him …", not "election, but ultimately refused …".
    check = verify(store, "Faure backed Macron in 2017.")
    assert check.verdict is Verdict.REFUTED
    assert check.correction is not None
    assert check.correction.startswith("ultimately refused to support him")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The ages the source gives are his: another's age is not read off them.
        ("Rocard avait 23 ans en 1991.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: his own age at that date holds.
        ("At the age of 23, Faure became secretary-general of the Young Rocardiens.", Verdict.SUPPORTED),
    ],
)
def test_an_age_of_someone_else_is_not_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Another's office, named at a past date, is nothing the source says of them now.
        ("Martine Aubry is mayor of Lille.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga est la présidente de la région Occitanie.", Verdict.NOT_ENOUGH_INFO),
        ("Paulin Roy is Olivier Faure's designated substitute.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the past tense with its date holds.
        ("Martine Aubry was mayor of Lille in 2018.", Verdict.SUPPORTED),
        ("In 2018, Carole Delga was the president of the Occitania region.", Verdict.SUPPORTED),
    ],
)
def test_another_persons_office_now_is_not_told(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Holding a post at a date is not taking it then.
        ("Édouard Philippe became Prime Minister in 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga became president of the Occitania region in 2018.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: a taking the source tells holds.
        ("Gabrielle Siry became a spokesperson in 2018.", Verdict.SUPPORTED),
        ("Corinne Narassiguin was chosen as national secretary in April 2018.", Verdict.SUPPORTED),
    ],
)
def test_a_post_held_at_a_date_is_not_taken_then(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A French bound on his age is his age at the post's start (43), read with its bound.
        ("Faure avait moins de 35 ans lorsqu'il est devenu député.", Verdict.REFUTED),
        ("Faure avait plus de 40 ans quand il est devenu député.", Verdict.SUPPORTED),
        # A bound on a count holds by a count of the same thing (1,000 executives, not 150 employees).
        ("Moins de 300 cadres du parti ont contesté Faure.", Verdict.REFUTED),
        ("Plus de 800 cadres ont contesté Faure.", Verdict.SUPPORTED),
        # A bound on a duration by its months (December 2016 to April 2018: 16).
        ("Faure a été à la tête du groupe Nouvelle Gauche pendant plus de deux ans.", Verdict.REFUTED),
        ("Faure a été à la tête du groupe Nouvelle Gauche pendant moins de deux ans.", Verdict.SUPPORTED),
        # Near miss: the English bound stays refuted.
        ("Faure was less than 40 years old when he became a deputy.", Verdict.REFUTED),
    ],
)
def test_french_bounds_are_read_against_the_same_thing(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A figure of one contest claimed at a congress the source does not give it at.
        ("Faure received 48.37% at the Villeurbanne Congress.", Verdict.REFUTED),
        ("Au congrès d'Aubervilliers, Faure a recueilli 73,49 % des voix.", Verdict.REFUTED),
        # Near miss: the right figure at the right congress.
        ("Faure won 73.49% at the Villeurbanne Congress.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_belongs_to_its_own_congress(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A refusal or a denial negated turns the source's fact around.
        ("Faure did not decline to support Macron.", Verdict.REFUTED),
        ("Faure n'a pas nié ses ambitions présidentielles.", Verdict.REFUTED),
        # Near misses: told as the source tells them.
        ("Faure refused to support Emmanuel Macron.", Verdict.SUPPORTED),
        ("Valls refused Faure's compromise amendment.", Verdict.SUPPORTED),
    ],
)
def test_a_negated_refusal_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # How many times is not read off another number ("two euros").
        ("Faure introduced an amendment twice.", Verdict.NOT_ENOUGH_INFO),
        ("Faure proposed new leadership for the party twice.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: once, as told.
        ("Faure proposed new leadership for the PS.", Verdict.SUPPORTED),
    ],
)
def test_a_count_of_times_needs_the_source_to_count(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A concession obtained is not a thing done.
        ("The 2023 pension reform has been renegotiated.", Verdict.NOT_ENOUGH_INFO),
        ("Healthcare spending was increased by one billion euros.", Verdict.NOT_ENOUGH_INFO),
        ("La réforme des retraites de 2023 a été renégociée en 2025.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: told as a concession, it holds.
        ("The concessions included a one billion euro increase in healthcare spending.", Verdict.SUPPORTED),
    ],
)
def test_a_concession_is_not_a_thing_done(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "At some point", "at one time": an indefinite while, as "for a while" is.
        ("At one time Faure shared an apartment with Benoît Hamon.", Verdict.SUPPORTED),
        ("Faure was at some point a flatmate of Benoît Hamon.", Verdict.SUPPORTED),
        # Near miss: the framing does not make another flatmate his.
        ("At some point Faure shared a flat with Manuel Valls.", Verdict.REFUTED),
    ],
)
def test_at_some_point_frames_an_indefinite_while(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Being against a measure is opposing it; being in favour of it, supporting it ("favour"
        # is a stopword: it was SUPPORTED against "opposed").
        (
            "As an MP under Hollande, Faure stood firmly against extending the revocation of citizenship.",
            Verdict.SUPPORTED,
        ),
        ("Under Hollande, Faure was in favour of extending the revocation of citizenship.", Verdict.REFUTED),
        # (Said in a frame, "As an MP under Hollande," which the sentence gives, it is refuted too.)
        (
            "As an MP under Hollande, Faure was in favour of extending the revocation of citizenship.",
            Verdict.REFUTED,
        ),
        ("Under Hollande, Faure favored the plan to extend the revocation of French citizenship.", Verdict.REFUTED),
        ("Under Hollande, Faure was for extending the revocation of French citizenship.", Verdict.REFUTED),
    ],
)
def test_being_against_is_opposing_and_in_favour_supporting(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An election named as a contest says no one was elected: its event is the defeat.
        ("In the 2007 parliamentary elections Faure was beaten by Chantal Brunel.", Verdict.SUPPORTED),
        ("In the 2007 elections he lost to Chantal Brunel of the UMP.", Verdict.SUPPORTED),
        # Near misses: another winner (refuted: read as "lost to", the 2007 race's winner was
        # Chantal Brunel), another year.
        ("In the 2007 parliamentary elections Faure was beaten by Cathy Bissonier.", Verdict.REFUTED),
        ("In the 2012 legislative elections he was defeated by Chantal Brunel.", Verdict.REFUTED),
    ],
)
def test_a_defeat_in_named_elections_is_that_contests_event(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The Élysée, someone's Élysée staff: the presidential cabinet, its owner kept.
        (
            "His wife left Emmanuel Macron's Élysée staff in February 2018 to go to work with Audrey Azoulay.",
            Verdict.SUPPORTED,
        ),
        (
            "His wife left President Macron's cabinet in 2018 to work with the UNESCO head Audrey Azoulay.",
            Verdict.SUPPORTED,
        ),
        # Near misses: whom she left to work with is the one the source has her go to work with.
        (
            "His wife left Emmanuel Macron's Élysée staff in February 2018 to go to work with Emmanuel Macron.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("His wife left the Élysée in February 2018 to work for Olivier Faure.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's wife worked in Macron's Elysée office until February 2018.", Verdict.SUPPORTED),
        # Near misses: another president's, another date, another head of UNESCO.
        ("Faure's wife worked in Hollande's Elysée office until February 2018.", Verdict.REFUTED),
        ("Faure's wife worked in Macron's Elysée office until February 2019.", Verdict.REFUTED),
        ("Soria Blatmann left the Élysée in February 2018 to work with Irina Bokova.", Verdict.REFUTED),
        # Not the presidential primary: he never worked at the Élysée by the source.
        ("Faure worked at the Élysée in 2011.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_the_elysee_is_the_presidential_cabinet(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A poll that "had" or "showed" a list at a figure projected it there.
        ("Polls had the PS and Place Publique alliance under 5%.", Verdict.SUPPORTED),
        ("Several surveys showed the alliance below 5% in 2019.", Verdict.SUPPORTED),
        # Near miss: the other bound.
        ("Polls had the PS and Place Publique alliance above 5%.", Verdict.REFUTED),
    ],
)
def test_polls_that_had_a_list_at_a_figure_projected_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "X, although Y", "Although Y, X": both asserted, each checked ("it" is X's subject).
        ("The alliance's joint list won six seats in 2019, even though polls had it below 5%.", Verdict.SUPPORTED),
        ("Though several surveys showed it under 5%, the joint list won 6.2% of the vote.", Verdict.SUPPORTED),
        # Near misses: either part false.
        ("The alliance's joint list won six seats in 2019, even though polls had it above 5%.", Verdict.REFUTED),
        ("The alliance's joint list won nine seats in 2019, even though polls had it below 5%.", Verdict.REFUTED),
    ],
)
def test_a_concession_is_checked_part_by_part(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A season of a year: the date the evidence gives must lie in it by every reckoning.
        ("Faure was born during the summer of 1968 in La Tronche.", Verdict.SUPPORTED),
        ("In the spring of 2014 Faure was chosen as one of the PS spokespeople.", Verdict.SUPPORTED),
        # Near misses: another season, another year; a date some reckonings put in it only
        # (15 March 2018: winter by the solstices, spring by the months); a year alone.
        ("Faure was born during the winter of 1968.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was born during the spring of 1968 in La Tronche.", Verdict.REFUTED),
        ("Faure was born during the summer of 1967.", Verdict.REFUTED),
        (
            "In the spring of 2018 Faure came first in the first round of the election for first secretary.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("In the summer of 2007 Faure lost to Chantal Brunel.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_season_holds_the_date_the_evidence_gives(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_season_outside_one_of_two_disagreeing_dates_is_not_refuted(store: Store) -> None:
    # The infobox starts his term as spokesperson on 26 August 2014, the sentence has him chosen
    # on 15 April 2014: spring by the sentence, which the verdict rests on, with the conflict shown.
    check = verify(store, "In the spring of 2014 the PS national council chose Faure as one of its spokespeople.")
    assert check.verdict is Verdict.SUPPORTED
    assert check.conflicts and "26 August 2014" in (check.note or "")
    # Summer by the infobox's term start, spring by the sentence: not refuted by either.
    assert verify(store, "In the autumn of 2014 the PS national council chose Faure as a spokesperson.").verdict is (
        Verdict.NOT_ENOUGH_INFO
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The party's spokespeople are the source's "spokespeople for the PS" (it was "the
        # source has party's national [council]").
        ("In April 2014 Faure became one of the party's spokespeople.", Verdict.SUPPORTED),
        # Near miss: another thing of the party's.
        ("In April 2014 Faure became one of the party's treasurers.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_the_partys_thing_may_be_said_after_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "while X led B": held where the rest names X and its evidence gives X the title of B's
        # head at once before the name ("Socialist First Secretary François Hollande").
        (
            "Faure served as assistant cabinet director to Hollande from 2000 to 2007, while Hollande headed the Socialist Party.",
            Verdict.SUPPORTED,
        ),
        (
            "In October 2007 Faure joined Jean-Marc Ayrault as the group's secretary-general while Ayrault led the Socialist group.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another body; a rest that does not name him (the title is said in
        # another clause); the rest false.
        (
            "Faure served as assistant cabinet director to Hollande from 2000 to 2007, while Hollande headed the government.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Faure served as assistant cabinet director to Hollande from 2000 to 2007, while Hollande headed the UMP.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "From 1993 to 1997 Faure ran a business with 150 employees while Hollande led the PS.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Faure served as assistant cabinet director to Hollande from 2001 to 2009, while Hollande headed the Socialist Party.",
            Verdict.REFUTED,
        ),
    ],
)
def test_while_someone_led_a_body_is_held_by_the_title_the_evidence_gives(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Toying or flirting with a step is considering it: a hedge of the claim's own.
        ("In 2016 Faure flirted with endorsing Emmanuel Macron for the 2017 presidential election.", Verdict.SUPPORTED),
        # Near misses: the step taken, or weighed for another.
        ("In 2016 Faure endorsed Emmanuel Macron for the 2017 presidential election.", Verdict.REFUTED),
        ("In 2016 Faure toyed with endorsing Jean-Luc Mélenchon.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_toying_with_a_step_is_considering_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Leading a party's deputies is heading its group; the one beaten is not who leads it
        # ("win over X to lead": the infinitive is the winner's).
        (
            "His victory over Guillaume Bachelay to head the PS deputies was regarded as a blow to Valls.",
            Verdict.SUPPORTED,
        ),
        # Near misses: the winner swapped, another body.
        (
            "Guillaume Bachelay's victory over Faure to head the PS deputies was regarded as a blow to Valls.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "His victory over Guillaume Bachelay to head the PS senators was regarded as a blow to Valls.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_leading_the_partys_deputies_is_heading_its_group(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A rival's withdrawal leaving him the presumptive winner: making him the presumptive one.
        (
            "After the first round Stéphane Le Foll withdrew, leaving Olivier Faure the presumptive victor.",
            Verdict.SUPPORTED,
        ),
        # Near miss: the other way round.
        (
            "After the first round Faure withdrew, leaving Stéphane Le Foll the presumptive victor.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_leaving_him_the_presumptive_winner(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A seat count, a seat total: the seats; getting an amendment adopted: passing it; a
        # single fare: a single price.
        ("In 2024 the PS's seat total in the National Assembly more than doubled.", Verdict.SUPPORTED),
        (
            "In December 2014 Faure had an amendment to the finance law adopted, creating a single-fare Navigo card.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another factor; an amendment only introduced (June 2014's tax).
        ("In 2024 the PS's seat total in the National Assembly more than tripled.", Verdict.NOT_ENOUGH_INFO),
        (
            "In June 2014 Faure had an amendment adopted adding a tax of two euros per person per night.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_counts_adoptions_and_fares_in_other_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Trailing someone in a round is told by who came first in it (Faure, in the first round).
        (
            "Stéphane Le Foll pulled out of the race for first secretary after trailing Faure in the first round.",
            Verdict.SUPPORTED,
        ),
        (
            "Stéphane Le Foll pulled out of the first-secretary race after placing behind Faure in the first round.",
            Verdict.SUPPORTED,
        ),
        # Near misses: the one who came first swapped; a round the source does not tell.
        ("Faure trailed Stéphane Le Foll in the first round of the 2018 first-secretary vote.", Verdict.REFUTED),
        (
            "Stéphane Le Foll pulled out of the first-secretary race after placing behind Faure in the second round.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_trailing_in_a_round_is_told_by_who_came_first(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Beating polls that had it under a figure: polls had it there, it won more, and what it won.
        (
            "In 2019 the PS and Place Publique's joint list outperformed polls that put it below 5%, winning 6.2%.",
            Verdict.SUPPORTED,
        ),
        ("In 2019 the PS and Place Publique's joint list defied surveys that had it under 5%.", Verdict.SUPPORTED),
        # Near misses: what it won given wrong; a bar it did not clear (6.2%, not more than 7%).
        (
            "In 2019 the PS and Place Publique's joint list outperformed polls that put it below 5%, winning eight seats.",
            Verdict.REFUTED,
        ),
        (
            "In 2019 the PS and Place Publique's joint list defied surveys that had it under 7%.",
            Verdict.REFUTED,
        ),
        (
            "In 2019 the PS and Place Publique's joint list outperformed polls that put it below 5%, winning 4.5%.",
            Verdict.REFUTED,
        ),
    ],
)
def test_beating_the_polls_is_told_by_the_projection_and_the_result(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A government's plan to do something is what it proposed (its "proposed constitutional
        # revisions to extend …"), by the owner's word as by the bare noun.
        (
            "As a deputy under Hollande, Faure opposed the government's plan to extend the revocation of French citizenship.",
            Verdict.SUPPORTED,
        ),
        (
            "Under Hollande, Faure stood against the plan to extend the revocation of French citizenship.",
            Verdict.SUPPORTED,
        ),
        # Near misses: the stance the other way round; a law, which the source does not say it became.
        (
            "Under Hollande, Faure supported the government's plan to extend the revocation of French citizenship.",
            Verdict.REFUTED,
        ),
        (
            "As a deputy under Hollande, Faure opposed the government's law to extend the revocation of French citizenship.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_governments_plan_is_what_it_proposed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "X, but its list ended up with Y": both asserted, "its" the one the poll put at a figure,
        # "ended up with" what it ultimately won.
        (
            "Surveys put the alliance of the PS and Place Publique below 5%, but its list ended up taking six seats.",
            Verdict.SUPPORTED,
        ),
        # Near misses: either part false; a second predicate of one subject is not split so.
        (
            "Surveys put the alliance of the PS and Place Publique below 5%, but its list ended up taking nine seats.",
            Verdict.REFUTED,
        ),
        (
            "Surveys put the alliance of the PS and Place Publique below 3%, but its list ended up taking six seats.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_contrast_with_a_subject_of_its_own_is_checked_part_by_part(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Standing by someone through something is accompanying them in it; outrage is indignation.
        (
            "In February 2020 Castaner claimed to have stood by Faure through his divorces and separations.",
            Verdict.SUPPORTED,
        ),
        (
            "Castaner's claim that he had stood by Faure through his divorces outraged the first secretary.",
            Verdict.SUPPORTED,
        ),
        # Near misses: what he stood by him through, which the source does not name; welcomed
        # (the source's indignation refutes it).
        ("In February 2020 Castaner claimed to have stood by Faure through his illness.", Verdict.NOT_ENOUGH_INFO),
        (
            "Castaner's claim that he had stood by Faure through his divorces was welcomed by Faure.",
            Verdict.REFUTED,
        ),
    ],
)
def test_standing_by_someone_through_something_is_accompanying_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Casual French: colloquial verbs and clipped words read as the words they stand for.
        ("faure bossait avec gerard gouzes de 1991 a 1993", Verdict.SUPPORTED),
        ("depuis 2012 il est député de la 11e circo de seine-et-marne", Verdict.SUPPORTED),
        ("des ambitions pour 2022 lui étaient prêtées en 2019", Verdict.SUPPORTED),
        (
            "faure a fini par qualifier de malheureuse sa formule sur le droit de regard des policiers",
            Verdict.SUPPORTED,
        ),
        # Near misses: another constituency, another race, a deed the source says the other way.
        ("depuis 2012 il est député de la 10e circo de seine-et-marne", Verdict.REFUTED),
        ("en 2019 on lui pretait des ambitions pour la presidentielle 2027", Verdict.NOT_ENOUGH_INFO),
        # (what others lent him, stated as his own: the source only reports it as speculated)
        ("en 2019 faure avait des ambitions pour la presidentielle 2022", Verdict.NOT_ENOUGH_INFO),
        ("faure a jamais bossé avec gerard gouzes", Verdict.REFUTED),
    ],
)
def test_casual_french_words_are_read(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A French participle denied (« n'a pas », casual « a pas ») is a deed denied, as "did
        # not support": the source's denial of it supports the claim …
        ("le PS n'a pas suivi la motion de censure contre François Bayrou en février 2025", Verdict.SUPPORTED),
        ("en fevrier 2025 le ps a pas soutenu la censure contre bayrou", Verdict.SUPPORTED),
        # … only of the object it denies it of; and the deed undenied stays refuted.
        ("le ps a pas soutenu le budget de bayrou en fevrier 2025", Verdict.NOT_ENOUGH_INFO),
        ("le PS a suivi la censure contre Bayrou en février 2025", Verdict.REFUTED),
    ],
)
def test_a_french_denied_participle_is_a_denied_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A French rank after a verb of placing is a place: the poll put him second, not first.
        ("chez les sympathisants socialistes un sondage harris interactive le mettait premier", Verdict.REFUTED),
        ("faure est arrive 2e au 1er tour en mars 2018", Verdict.REFUTED),
        # Near misses: the rank of the one the source ranks so, and a title's « premier ».
        ("chez les sympathisants socialistes un sondage harris interactive le mettait deuxieme", Verdict.SUPPORTED),
        ("Le Foll est arrivé deuxième au premier tour en mars 2018", Verdict.NOT_ENOUGH_INFO),
        ("Faure a été élu premier secrétaire du PS en 2018", Verdict.SUPPORTED),
    ],
)
def test_a_french_rank_after_a_verb_of_placing_is_a_place(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « X loin devant Faure » is the source's "him … far behind X", in French as in English.
        ("Un sondage Harris Interactive plaçait Stéphane Le Foll loin devant Olivier Faure", Verdict.SUPPORTED),
        (
            "The Harris Interactive poll that put Le Foll ahead of Faure was published in February 2018.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # Near misses: the order turned round; "ahead of" a date, not of him.
        ("Un sondage Harris Interactive plaçait Faure loin devant Stéphane Le Foll", Verdict.REFUTED),
        (
            "A Harris Interactive poll of PS supporters had Faure leading Stéphane Le Foll ahead of the 2018 congress.",
            Verdict.REFUTED,
        ),
    ],
)
def test_ahead_of_him_is_him_behind(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « à la tête du PS », « du parti »: leading it, the post he was re-elected to.
        ("En 2021, Faure a été reconduit à la tête du parti face à Hélène Geoffroy.", Verdict.SUPPORTED),
        # Near misses: another figure; the head of another body.
        (
            "Lors du congrès de Villeurbanne en 2021, Faure a été maintenu à la tête du PS avec 60 % des voix.",
            Verdict.REFUTED,
        ),
        (
            "En 2021, Faure a été reconduit à la tête du groupe socialiste face à Hélène Geoffroy.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_at_the_head_of_the_party_is_leading_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Casual French without accents: « face a » is « face à », and a name in lower case
        # after it is no deed of the claim.
        ("en 2021 il a ete reelu premier secretaire face a helene geoffroy", Verdict.SUPPORTED),
        # Near miss: another rival.
        ("en 2021 il a ete reelu premier secretaire face a stephane le foll", Verdict.REFUTED),
    ],
)
def test_unaccented_a_before_a_rival_is_the_preposition(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "considered endorsing Macron in the 2017 election, but ultimately refused to support
        # him": the race is the refusal's too, not only the weighing's.
        ("Faure a refusé de soutenir Macron pour la présidentielle de 2017.", Verdict.SUPPORTED),
        (
            "After meeting Emmanuel Macron, Faure refused to support him for the 2017 presidential election.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another race, another year, the deed turned round.
        ("Faure a refusé de soutenir Macron pour les législatives de 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a refusé de soutenir Macron pour la présidentielle de 2022.", Verdict.REFUTED),
        ("Faure a soutenu Macron pour la présidentielle de 2017.", Verdict.REFUTED),
    ],
)
def test_a_weighing_turned_down_lends_its_race_to_the_refusal(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « 1er », « 1ère » in digits are "first", as « premier » written out.
        ("Faure a été élu 1er secrétaire du Parti socialiste en mars 2018", Verdict.SUPPORTED),
        ("Faure est arrivé 1er au 1er tour en mars 2018", Verdict.SUPPORTED),
        # Near misses: another year; the first time at the other congress.
        ("Faure a été élu 1er secrétaire du Parti socialiste en 2016", Verdict.NOT_ENOUGH_INFO),
        ("faure a ete elu 1er secretaire pour la 1ere fois au congres de villeurbanne", Verdict.REFUTED),
    ],
)
def test_a_first_written_in_digits_is_first(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A margin worded after its figure ("17 voix d'écart", "a 17-vote lead") is the difference
        # of the two figures (137 − 120), never either of them.
        ("Faure a été élu à la présidence du groupe avec 17 voix d'écart sur Guillaume Bachelay.", Verdict.SUPPORTED),
        # Near misses: a wrong margin is refuted, by the race against the rival the claim names.
        ("Faure a pris la tête du groupe avec 20 voix d'écart sur Bachelay.", Verdict.REFUTED),
        ("Faure took the group presidency with a 12-vote lead over Bachelay.", Verdict.REFUTED),
    ],
)
def test_a_margin_said_after_its_figure_is_a_difference(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_wrong_margin_is_corrected_by_the_race_against_the_rival_named(store: Store) -> None:
    checked = verify(store, "Faure took the group presidency with a 12-vote lead over Bachelay.")
    assert checked.correction is not None and "a margin of 17" in checked.correction
    # (A count is no title: "a lead of 17 votes over Bachelay" is not "Delphine Batho, not Bachelay".)
    kept = verify(store, "Faure took the group presidency with a lead of 17 votes over Bachelay.")
    assert kept.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A win told after a loss: the loss the evidence tells (2007) denies no later win.
        ("After his defeat by Chantal Brunel, Faure won a seat in the National Assembly.", Verdict.NOT_ENOUGH_INFO),
        ("Battu par Chantal Brunel, Faure a ensuite été élu député.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the win put first, or the loss dated wrong, is still refuted.
        ("Faure was elected deputy before losing to Chantal Brunel.", Verdict.REFUTED),
        ("Faure won a seat in the National Assembly after losing to Chantal Brunel in 2012.", Verdict.REFUTED),
    ],
)
def test_a_win_after_a_loss_is_not_refuted_by_the_loss(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A party by another of its names: EELV is Europe Ecology – The Greens.
        ("Europe Ecology – The Greens withdrew their candidate Jean-Marc Brûlé from the race.", Verdict.SUPPORTED),
        # Near misses: another party, by any of its names, is refuted.
        ("The Socialists pulled their candidate Jean-Marc Brûlé from the 2012 race.", Verdict.REFUTED),
        ("Paulin Roy came from the Socialist Party.", Verdict.REFUTED),
    ],
)
def test_a_party_by_another_of_its_names_is_the_same_party(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A share of the seats is not a share of the vote (6.2 %).
        ("Half of the list's six seats went to Socialists in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("La moitié des six sièges de la liste sont allés à des socialistes.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: a share of the vote is still set against it.
        ("The joint list won half of the vote in the 2019 European election.", Verdict.REFUTED),
    ],
)
def test_a_share_of_seats_is_not_a_share_of_the_vote(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A hedged fraction a little beyond its span (two thirds for 63.2 %): a judgement, not refuted.
        ("Faure obtained close to two thirds of the vote in the 2012 second round.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: far from it, it is.
        ("Faure a obtenu près de la moitié des voix au second tour en 2012.", Verdict.REFUTED),
        ("Faure obtained nearly three quarters of the vote in the 2012 second round.", Verdict.REFUTED),
    ],
)
def test_a_fraction_near_the_share_is_not_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Considered a setback": a judgement framed, not the Prime Minister's refusal to consider
        # Faure's compromise (a denied deed denies only a claim telling its object).
        ("Faure's election was considered a setback for Manuel Valls.", Verdict.SUPPORTED),
        # Near misses: the deed denied, of its object, is refuted; the judgement the other way too.
        ("Manuel Valls agreed to consider Faure's compromise amendment.", Verdict.REFUTED),
        ("Faure's election was viewed as a success for Manuel Valls.", Verdict.REFUTED),
        ("Faure's election at the head of the group was regarded as a blow to Valls.", Verdict.SUPPORTED),
    ],
)
def test_a_judgement_framed_is_not_a_deed_denied(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The claim tells the refusal too (« avant de refuser »): the evidence's refusal is no denial.
        ("Faure a rencontré Emmanuel Macron avant de refuser de le soutenir.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: an endorsement is still refuted.
        ("Faure met Macron and then endorsed him.", Verdict.REFUTED),
    ],
)
def test_a_refusal_claimed_is_not_refuted_by_the_refusal(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_b_after_a_is_the_order_of_a_before_b() -> None:
    from faurecli.verdicts import _ORDER_WORDS, _same_order

    said = "in 2016, faure considered endorsing him, but ultimately refused to support him after a meeting between the two."
    before, after = _ORDER_WORDS[0]
    for claim, same in (
        ("faure talked with macron in a meeting before refusing to support him", True),
        ("faure refused to support macron before a meeting with him", False),
    ):
        mine, other = before.search(claim), after.search(said)
        assert mine is not None and other is not None
        assert _same_order(claim, mine, said, other) is same


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Against what the evidence says was done without ("without resorting to article 49.3"):
        # its stance for the law is no refutation.
        ("Faure était opposé au recours à l'article 49.3 pour la loi El Khomri.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: for it, or using it, is refuted.
        ("Faure supported the use of article 49.3 to adopt the El Khomri law.", Verdict.REFUTED),
        ("Faure a soutenu le recours au 49.3.", Verdict.REFUTED),
    ],
)
def test_against_what_was_done_without_is_not_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two outcomes dated in the order they came: the 2007 loss denies no 2012 win.
        ("Faure a perdu en 2007 mais a été élu en 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Faure won a seat in 2012 after losing to Chantal Brunel in 2007.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: dated the other way round, still refuted.
        ("Faure a perdu en 2012 mais a été élu en 2007.", Verdict.REFUTED),
        ("Faure won a seat in 2007 after losing to Chantal Brunel in 2012.", Verdict.REFUTED),
    ],
)
def test_a_dated_win_after_a_loss_is_not_refuted_by_the_loss(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Defeated by X", fronted: a loss of his, not a win over X (a claim with no subject is
        # read as his, as everywhere: his 2007 loss).
        ("Defeated by Chantal Brunel in the 2007 legislative elections.", Verdict.SUPPORTED),
        ("Beaten by Cathy Bissonier in 2012, Faure gave up politics.", Verdict.REFUTED),
        # Near miss: beaten by Faure, the loss is the other one's.
        ("Defeated by Faure in 2012, Cathy Bissonier got 36.78%.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_fronted_passive_loss_is_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Near misses: the first round's share, claimed of the runoff, is refuted (it was SUPPORTED),
        # as the runoff's of the first round; a wrong first-round share is still refuted, the right
        # one supported.
        ("In the 2018 runoff Faure got 48.37% of the vote.", Verdict.REFUTED),
        ("En 2012, Faure a obtenu 63,2 % des voix au premier tour.", Verdict.REFUTED),
        ("Faure got 58% in the first round in 2018.", Verdict.REFUTED),
        ("Faure got 48.37% in the first round in 2018.", Verdict.SUPPORTED),
    ],
)
def test_a_share_of_another_round_is_no_correction(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_the_runoff_share_is_not_refuted_by_the_first_round(store: Store) -> None:
    # (The 29 March vote's 86 % is not corrected by the first round's 48.37 %.)
    checked = verify(store, "In the 2018 runoff Faure got 86% of the vote.")
    assert checked.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # He abstained: he did not vote for the government.
        (
            "Faure did not vote in favour of the Philippe government in the July 2017 confidence vote.",
            Verdict.SUPPORTED,
        ),
        # Near misses: voting for it, or not abstaining, is refuted.
        ("Faure voted for the Philippe government in July 2017.", Verdict.REFUTED),
        ("Faure did not abstain in the July 2017 confidence vote.", Verdict.REFUTED),
    ],
)
def test_an_abstention_is_no_vote_for(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Half of them": a share of the six seats just named, not of the vote.
        ("In 2019 the joint list took six seats, half of them for Socialists.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: a claim of the blow, with its victory for him, stays supported.
        (
            "Sa victoire sur Guillaume Bachelay en décembre 2016 a été vue comme un revers pour Manuel Valls.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_half_of_them_is_a_share_of_the_count(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A margin from the loser's side ("17 voix de moins que", "17 votes behind") is a difference too.
        ("Bachelay a recueilli 17 voix de moins que Faure en décembre 2016.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: a wrong one is refuted by the margin, not by 137.
        ("Bachelay a recueilli 20 voix de moins que Faure en décembre 2016.", Verdict.REFUTED),
    ],
)
def test_a_margin_from_the_losers_side_is_a_difference(store: Store, claim: str, verdict: Verdict) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    assert checked.correction is None or "margin of 17" in checked.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Le Foll far ahead of Faure" is the poll's "him in second place, far behind Le Foll".
        ("In a Harris Interactive poll, Stéphane Le Foll was well ahead of Faure.", Verdict.SUPPORTED),
        # Near miss: the other way round stays refuted.
        ("In a Harris Interactive poll, Faure was well ahead of Stéphane Le Foll.", Verdict.REFUTED),
    ],
)
def test_ahead_of_him_is_his_second_place(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Beat X, 48.37% to 26.45%": the first figure is the winner's, not X's.
        ("Faure defeated Le Foll in the first round of 2018, 48.37% to 26.45%.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: the figures the other way round are still refuted.
        ("Faure defeated Le Foll in the first round of 2018, 26.45% to 48.37%.", Verdict.REFUTED),
    ],
)
def test_figures_set_against_after_a_win_are_the_winners_first(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Both figures of one sentence ("137 votes to 120"): that sentence is the claim's fact, not the
        # re-election's "28 votes against 3" of a sentence more about "president of the group".
        ("Faure was elected president of the group by 137 votes to 120.", Verdict.SUPPORTED),
        # Near misses: a re-election claimed with them, or a figure of each, is still refuted.
        ("Faure a été réélu président du groupe par 137 voix contre 120.", Verdict.REFUTED),
        ("Faure was elected group president by 137 votes to 3.", Verdict.REFUTED),
    ],
)
def test_figures_given_together_are_of_the_sentence_giving_both(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "a resolution condemning the Uyghur genocide in China": China is where, not who.
        ("China condemned the resolution on the Uyghur genocide.", Verdict.NOT_ENOUGH_INFO),
        ("In 2022, China condemned Faure's resolution.", Verdict.NOT_ENOUGH_INFO),
        ("The Uyghur resolution was passed by China.", Verdict.NOT_ENOUGH_INFO),
        ("En 2022, la Chine a condamné la résolution de Faure.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: his deed, with the place where it stands, holds.
        ("In January 2022 Faure passed a resolution condemning the Uyghur genocide in China.", Verdict.SUPPORTED),
    ],
)
def test_a_place_is_not_made_the_doer(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A deed for another in another period ("worked with Gérard Gouzes", 1991–1993) is no
        # correction of whom he did it for in the claim's period.
        ("Faure worked for Hollande from 2000 to 2007.", Verdict.NOT_ENOUGH_INFO),
        ("De 2000 à 2007, Faure a travaillé pour Hollande.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: in that other period, the other one is still the correction.
        ("Faure worked with François Hollande from 1991 to 1993.", Verdict.REFUTED),
    ],
)
def test_a_deed_of_another_period_corrects_no_one(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A bound on the figure of the one the claim names, in a sentence giving several: theirs.
        # (Not REFUTED by Faure's 63.2% before hers; the rest of these wordings is read apart.)
        # (Her 36.78% is just under the bound's 37: SUPPORTED since "less" needs no words of its own.)
        ("Cathy Bissonier obtained less than 37% of the vote in the 2012 runoff.", Verdict.SUPPORTED),
        ("In the 2012 runoff Cathy Bissonier won slightly under 37% of the vote.", Verdict.NOT_ENOUGH_INFO),
        # (« un peu plus de » is read as the bound's closeness now: SUPPORTED, his 26.45%.)
        ("Stéphane Le Foll a obtenu un peu plus de 26 % au premier tour le 15 mars 2018.", Verdict.SUPPORTED),
        # Near miss: a bound their figure breaks is still refuted.
        ("Stéphane Le Foll got more than 40% in the first round on 15 March 2018.", Verdict.REFUTED),
    ],
)
def test_a_bound_is_read_on_the_figure_of_the_one_it_names(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A finding read on a record of the lead (the birth's, which holds his parents) is shown
        # with the sentence that says it, not only the lead.
        ("Olivier Faure was born to a Vietnamese nurse.", Verdict.SUPPORTED),
        ("Faure was born to a Spanish nurse.", Verdict.REFUTED),
    ],
)
def test_the_evidence_holds_the_sentence_that_says_what_was_found(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    found = [p.found for p in check.parts if p.agrees is not None and "nurse" in p.found]
    assert found
    assert any(found[0] in e.text for e in check.evidence)


def test_a_name_found_in_full_elsewhere_adds_no_sentence(store: Store) -> None:
    # s65 says "Castaner"; the name in full is in s64, which tells another fact.
    check = verify(
        store, "In February 2020, Castaner claimed he had accompanied Faure in his divorces and separations."
    )
    assert check.verdict is Verdict.SUPPORTED
    assert [e.id for e in check.evidence] == ["s65"]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking over as a post is holding it: the title must be his (Audrey Azoulay is the
        # director-general his wife went to work with).
        ("Olivier Faure took office as director-general of UNESCO.", Verdict.NOT_ENOUGH_INFO),
        ("Faure took over as director-general of UNESCO in 2018.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: his own post, taken over.
        ("Faure took office as First Secretary on 7 April 2018.", Verdict.SUPPORTED),
    ],
)
def test_taking_over_as_a_post_gives_its_title(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # "Left" of the left wing is no leaving (the PS ran "as part of the left-wing NFP").
        "Le Parti socialiste a quitté l'alliance NFP en 2024.",
        # A race lost is no seat held and lost.
        "In 2007 Olivier Faure lost his seat in the National Assembly.",
        "En 2007, Faure a perdu son siège de député.",
        # A candidacy the sentence gives another (Royal's campaign, his comic book about it).
        "Olivier Faure s'est présenté à l'élection présidentielle.",
        "Faure ran for the presidency in 2007.",
    ],
)
def test_words_the_evidence_holds_in_another_sense_support_nothing(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the race lost, the term left, told as the source tells them.
        "Faure lost to Chantal Brunel in 2007.",
        "Olivier Faure a quitté la présidence du groupe Nouvelle Gauche le 11 avril 2018.",
    ],
)
def test_a_race_lost_or_a_post_left_stays_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim", ["Chantal Brunel won the 2007 race in the 8th constituency.", "En 2007, Chantal Brunel a gagné."]
)
def test_the_one_he_lost_to_winning_is_no_contradiction(store: Store, claim: str) -> None:
    # "… but lost to Chantal Brunel": her win, told from his side.
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_his_win_over_the_one_he_lost_to_is_still_refuted(store: Store) -> None:
    assert verify(store, "In 2007 Olivier Faure defeated Chantal Brunel.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His win told from the loser's side: the rival the evidence names against him lost.
        (
            "In December 2016, Guillaume Bachelay lost the Socialist group presidency vote by 17 votes.",
            Verdict.SUPPORTED,
        ),
        ("Hélène Geoffroy lost to Faure at the Villeurbanne Congress in 2021.", Verdict.SUPPORTED),
        ("Cathy Bissonier lost the 2012 runoff.", Verdict.SUPPORTED),  # (was REFUTED: "not lost")
        # Near misses: his own loss, the wrong margin, the wrong year, a winner who is not him.
        ("Faure lost to Cathy Bissonier in 2012.", Verdict.REFUTED),
        ("Chantal Brunel lost to Faure in 2007.", Verdict.REFUTED),
        ("Guillaume Bachelay lost the December 2016 vote by 12 votes.", Verdict.REFUTED),
        ("Cathy Bissonier lost the 2017 runoff.", Verdict.REFUTED),
        ("Cathy Bissonier lost to Bruno Le Roux in 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Bruno Le Roux lost the December 2016 vote for the Socialist group presidency.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_rivals_loss_is_his_win_against_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A margin in points is a difference of shares (48.37 − 26.45), its unit checked with it.
        ("In the first round in March 2018, Faure came out more than 20 points ahead of Le Foll.", Verdict.SUPPORTED),
        # Near misses: the wrong margin; points for a margin of votes (137 against 120); votes
        # for one of shares.
        ("In the first round in March 2018, Faure came out more than 30 points ahead of Le Foll.", Verdict.REFUTED),
        ("Faure beat Guillaume Bachelay by 17 points.", Verdict.NOT_ENOUGH_INFO),
        (
            "In the first round in March 2018, Faure finished more than 20 votes ahead of Le Foll.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_margin_in_points_is_read_with_its_unit(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "beating", "defeating" as "beat"; "district" as constituency.
        (
            "Faure held on to the Socialist group presidency in June 2017, defeating Delphine Batho by 28 votes to 3.",
            Verdict.SUPPORTED,
        ),
        ("Since 2012 Faure has sat in the Assembly for the 11th district of Seine-et-Marne.", Verdict.SUPPORTED),
        # Near misses: the wrong figure, the wrong rival, the wrong district.
        (
            "Faure held on to the Socialist group presidency in June 2017, defeating Delphine Batho by 28 votes to 5.",
            Verdict.REFUTED,
        ),
        (
            "Faure held on to the Socialist group presidency in June 2017, beating Guillaume Bachelay by 28 votes to 3.",
            Verdict.REFUTED,
        ),
        ("Since 2012 Faure has sat in the Assembly for the 8th district of Seine-et-Marne.", Verdict.REFUTED),
    ],
)
def test_words_of_winning_and_of_seats_in_other_forms(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A post held throughout a part of a decade is held in it: 2000–2007 holds the mid-2000s.
        ("In the mid-2000s Faure was assistant cabinet director to François Hollande.", Verdict.SUPPORTED),
        # Near misses: a post of another time stays unsupported.
        ("In the mid-1990s Faure worked with Gérard Gouzes.", Verdict.NOT_ENOUGH_INFO),
        ("In the mid-2000s Faure was an advisor to Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("In the mid-1980s Faure ran a 150-employee company.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_post_held_throughout_a_part_of_a_decade_is_held_in_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Doing better than the polls: a share above the bound the polls gave (less than 5%).
        ("In 2019 the joint PS–Place Publique list outperformed the polls with 6.2% of the vote.", Verdict.SUPPORTED),
        # Near misses: a share under the bound, another's share, a wrong count beside it.
        (
            "In 2019 the joint PS–Place Publique list outperformed the polls with 4.2% of the vote.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("In 2019 Benoît Hamon's list beat the polls with 3.3%.", Verdict.NOT_ENOUGH_INFO),
        (
            "In 2019 the joint PS–Place Publique list outperformed the polls with 6.2% of the vote and eight seats.",
            Verdict.REFUTED,
        ),
    ],
)
def test_beating_the_polls_is_a_share_above_their_bound(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A concession sets two facts side by side; each is checked, "despite" adds nothing.
        (
            "Despite polls that projected less than 5%, the joint list of the PS and Place Publique won 6.2% in 2019.",
            Verdict.SUPPORTED,
        ),
        # Near misses: the other side's figure, a bound the polls did not give.
        (
            "Despite polls that projected less than 5%, the joint list of the PS and Place Publique won 3.3% in 2019.",
            Verdict.REFUTED,
        ),
        (
            "Despite polls that projected more than 10%, the joint list of the PS and Place Publique won 6.2% in 2019.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # "a deal" is the electoral pact ("agreement"); another party's is not.
        (
            "In 2012 EELV withdrew its candidate from Faure's constituency under a deal with the PS.",
            Verdict.SUPPORTED,
        ),
        (
            "In 2017 EELV withdrew its candidate from Faure's constituency under a deal with the PS.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_concession_and_a_deal_in_other_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Done together: the pair joined with him as one subject, where the evidence tells it as
        # done with them ("…, with whom he shared an apartment for a time").
        ("Faure and Benoît Hamon were once flatmates.", Verdict.SUPPORTED),
        # Near misses: someone else, another time.
        ("Faure and Christophe Castaner were once flatmates.", Verdict.NOT_ENOUGH_INFO),
        ("Faure and Benoît Hamon were flatmates in 2007.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_what_a_pair_did_together_is_said_of_each(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Phrasal verbs read as the source's word: "said no", "turned down" (refused); "stood
        # aside", "stepped aside" (withdrew).
        (
            "In 2016 Faure considered endorsing Emmanuel Macron but said no after a meeting between them.",
            Verdict.SUPPORTED,
        ),
        ("In 2012 EELV stood aside, pulling Jean-Marc Brûlé out of Faure's race.", Verdict.SUPPORTED),
        # Near misses: the other one's refusal, another party, another year.
        ("In 2016 Macron said no to Faure after they met.", Verdict.NOT_ENOUGH_INFO),
        ("In 2012 the UMP stood aside, pulling its candidate out of Faure's race.", Verdict.NOT_ENOUGH_INFO),
        ("In 2017 EELV stood aside, pulling Jean-Marc Brûlé out of Faure's race.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_phrasal_verbs_read_as_the_sources_word(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The correlative "both X and Y": each item checked, "both" says no more than "and".
        ("Faure earned master's degrees in both economic law and political science.", Verdict.SUPPORTED),
        # Near misses: an item the source does not give; both at a university that gave one.
        ("Faure earned master's degrees in both economic law and history.", Verdict.NOT_ENOUGH_INFO),
        (
            "Faure earned degrees in both economic law and political science at the University of Orléans.",
            Verdict.REFUTED,
        ),
    ],
)
def test_a_correlative_both_says_no_more_than_its_and(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "slightly over", "a little under" a fraction: close to it, on that side (as "just over").
        (
            "According to Les Jours, slightly over a quarter of Faure's votes were in line with En Marche.",
            Verdict.SUPPORTED,
        ),
        ("In 2021 Faure was re-elected with a little under three quarters of the vote.", Verdict.SUPPORTED),
        # Near misses: the wrong side, the wrong fraction.
        (
            "According to Les Jours, a little under a quarter of Faure's votes were in line with En Marche.",
            Verdict.REFUTED,
        ),
        ("In 2021 Faure was re-elected with a little over three quarters of the vote.", Verdict.REFUTED),
        ("In 2021 Faure was re-elected with slightly over half of the vote.", Verdict.REFUTED),
    ],
)
def test_a_fraction_slightly_over_or_under_is_close_on_that_side(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What a paper reported is what it wrote; votes that matched a party's were in line with it.
        (
            "In April 2018 Les Jours reported that 27.2% of Faure's votes were in line with En Marche.",
            Verdict.SUPPORTED,
        ),
        ("According to Les Jours, 27.2% of Faure's votes matched En Marche's.", Verdict.SUPPORTED),
        # Near misses: the wrong figure; another paper; his own report.
        ("In April 2018 Les Jours reported that 37.2% of Faure's votes were in line with En Marche.", Verdict.REFUTED),
        ("Le Monde reported in April 2018 that 27.2% of Faure's votes matched En Marche's.", Verdict.NOT_ENOUGH_INFO),
        ("Faure reported in April 2018 that 27.2% of his votes matched En Marche's.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_papers_report_and_votes_that_matched(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His loss told from the winner's side is no win the source denies: "… but lost to
        # Chantal Brunel" does not refute her win (not yet said in the source's words: NEI).
        ("In 2007 Chantal Brunel won the 8th constituency of Seine-et-Marne.", Verdict.NOT_ENOUGH_INFO),
        ("In 2007 Chantal Brunel was elected for the 8th constituency of Seine-et-Marne.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: his win, or another rival's, in the race he lost stays REFUTED.
        ("In 2007 Faure was elected for the 8th constituency of Seine-et-Marne.", Verdict.REFUTED),
        ("In 2007 Cathy Bissonier was elected for the 8th constituency of Seine-et-Marne.", Verdict.REFUTED),
    ],
)
def test_a_rivals_win_over_him_is_not_refuted_by_his_loss(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A head's title before a name ("UNESCO boss X") is the head's title the evidence gives
        # them, of the same body ("the new director-general of UNESCO, Audrey Azoulay").
        ("In February 2018 Soria Blatmann went to work with UNESCO boss Audrey Azoulay.", Verdict.SUPPORTED),
        ("Occitania chief Carole Delga backed Faure in 2018.", Verdict.SUPPORTED),
        # Near misses: another body's head, another person, a title of another body.
        ("In February 2018 Soria Blatmann went to work with OECD chief Audrey Azoulay.", Verdict.REFUTED),
        ("In February 2018 Soria Blatmann went to work with UNESCO chief Irina Bokova.", Verdict.REFUTED),
        ("PS chief Martine Aubry supported Faure in 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Lille chief Carole Delga backed Faure in 2018.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_heads_title_before_a_name_is_theirs_in_the_evidence(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A share in a round the evidence gives none for (2012: only the runoff's 63.2%) is
        # neither refuted by the other round's share nor by the other round.
        ("Au premier tour des législatives de 2012, Faure a dépassé les 45 %.", Verdict.NOT_ENOUGH_INFO),
        ("In the first round in 2012 Faure got over 40% of the vote.", Verdict.NOT_ENOUGH_INFO),
        ("Faure got 45% in the first round of the 2012 legislative election.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the round of his election, and the round's own figure, still refute.
        ("Faure was elected in the first round of the 2012 legislative election.", Verdict.REFUTED),
        ("Faure won 58% of the vote in the first round of the 2018 leadership election.", Verdict.REFUTED),
    ],
)
def test_a_share_in_a_round_the_source_gives_none_for_is_not_refuted(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


def test_the_other_rounds_same_share_is_corrected_in_the_claims_language(store: Store) -> None:
    result = verify(store, "Aux législatives de 2012, il a recueilli 63,2 % au premier tour.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "au premier tour" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Whom his wife worked for ("Soria Blatmann, who was … of Emmanuel Macron") is no one he
        # worked for: the claim's subject is him.
        ("Faure got to know Soria Blatmann when he worked for Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure a rencontré Soria Blatmann alors qu'il travaillait pour François Hollande.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: her own post, given another's, is still refuted.
        ("Faure's wife worked in the presidential cabinet of François Hollande.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_the_one_someone_elses_clause_names_is_no_rival_of_the_subjects(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A setting the claim opens with, or the title it names him by, given by the sentence
        # before the one that refutes the rest ("As a deputy under the presidency of François
        # Hollande, …. He also opposed the Socialist 'frondeur' rebels").
        ("As an MP, Faure backed extending the revocation of French citizenship.", Verdict.REFUTED),
        ("Quand il était député sous Hollande, Faure a appuyé les frondeurs.", Verdict.REFUTED),
        ("Under President Hollande, Faure endorsed the frondeurs.", Verdict.REFUTED),
        ("En tant que député sous Hollande, Faure a soutenu les frondeurs.", Verdict.REFUTED),
        # Near misses: the right stance stays SUPPORTED; a setting the source does not give
        # lends no refutation.
        ("As a deputy, Faure opposed extending the revocation of French citizenship.", Verdict.SUPPORTED),
        ("As mayor, Faure sided with the frondeurs.", Verdict.NOT_ENOUGH_INFO),
        ("In 2030, Faure sided with the frondeurs.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_stance_is_refuted_in_the_setting_the_sentence_before_gives(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_person_in_the_claims_setting_is_the_time_not_a_rival(store: Store) -> None:
    # "Under Hollande": the time the sentence before gives, not someone in the frondeurs' place
    # (it was corrected "El Khomri, not François Hollande", a law's name taken for a person).
    result = verify(store, "Under Hollande, Faure endorsed the frondeurs.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "Hollande" not in result.correction
    # Near miss: set under another, the source's own setting corrects it.
    other = verify(store, "Under Macron, as a deputy, Faure opposed extending the revocation of French citizenship.")
    assert other.verdict is Verdict.REFUTED
    assert other.correction == "François Hollande, not Emmanuel Macron"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « appuyer » is supporting: the source's "opposed" is the other way round (« a appuyé les
        # frondeurs » was SUPPORTED by the "supported" of the El Khomri law in the same sentence).
        ("Olivier Faure a appuyé les frondeurs.", Verdict.REFUTED),
        ("Faure appuyait les frondeurs socialistes.", Verdict.REFUTED),
        # Near miss: what he did support stays SUPPORTED.
        ("Faure appuyait l'adoption de la loi El Khomri sans le 49.3.", Verdict.SUPPORTED),
    ],
)
def test_appuyer_is_supporting(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A post "du cabinet de" someone the source never names: whom the post served, told by
        # its words ("assistant cabinet director to … François Hollande"), though no one in the
        # evidence owns a cabinet.
        ("Faure fut directeur adjoint du cabinet de Lionel Jospin.", Verdict.REFUTED, "François Hollande, not Lionel Jospin"),
        # "the inside of" a campaign is its inner workings: whose campaign.
        ("Faure's 2007 comic strip showed the inside of Nicolas Sarkozy's campaign.", Verdict.REFUTED,
         "Ségolène Royal, not Nicolas Sarkozy"),
        # Near misses: a thing of another kind ("government", "life") owned by someone the source
        # never names is not corrected by the owner of another.
        ("Faure abstained in a confidence vote on Bernard Cazeneuve's government.", Verdict.NOT_ENOUGH_INFO, None),
        ("Faure's comic book was about the inside of Nicolas Sarkozy's life.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)  # fmt: skip
def test_whom_a_post_served_or_whose_campaign_is_told_by_the_same_words(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert result.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An origin the source never names, given the holder of another ("a French tax agent of
        # Spanish origin"), and "descent" read as "origin".
        ("His father, a French tax agent, was of Portuguese extraction.", Verdict.REFUTED),
        ("Son père était un agent des impôts français d'origine italienne.", Verdict.REFUTED),
        # The trade of the holder of an origin: whichever parent it is, the one of Chinese origin
        # was a nurse, the one of Spanish origin a tax agent.
        ("Faure's mother was a doctor of Chinese origin.", Verdict.REFUTED),
        ("Le parent d'origine espagnole était enseignant.", Verdict.REFUTED),
        # Near misses: the right trade is never refuted; an origin with no trade, nor a trade
        # with no origin, is not read this way.
        ("His mother, of Chinese origin, was a nurse.", None),
        ("One of his parents, of Spanish origin, was a tax agent.", None),
        ("Faure's wife was a teacher.", None),
    ],
)
def test_an_origin_and_a_trade_are_checked_against_the_holder_of_that_origin(
    store: Store, claim: str, verdict: Verdict | None
) -> None:
    # (None: anything but REFUTED.)
    result = verify(store, claim)
    assert result.verdict is verdict if verdict is not None else result.verdict is not Verdict.REFUTED


def test_the_trade_of_the_holder_of_an_origin_is_the_correction(store: Store) -> None:
    result = verify(store, "His mother, of Chinese descent, was a schoolteacher.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Vietnamese nurse of Chinese origin, not schoolteacher"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Advising someone in a ministry is being their adviser there: whom that post served
        # ("an advisor to Martine Aubry in the Ministry of Labour …").
        ("Faure advised Lionel Jospin at the Ministry of Labour.", Verdict.REFUTED),
        ("De 1997 à 2000, Faure conseillait Ségolène Royal au ministère du Travail.", Verdict.REFUTED),
        # Near misses: the one he advised there is not refuted; advising with no ministry is no post
        # (he was Hollande's "expert opinion" in 2012).
        ("Between 1997 and 2000 Faure advised Martine Aubry at the Labour Ministry.", None),
        ("In 2012 Faure advised President François Hollande.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_advising_someone_in_a_ministry_is_the_post_of_their_adviser(
    store: Store, claim: str, verdict: Verdict | None
) -> None:
    # (None: anything but REFUTED.)
    result = verify(store, claim)
    assert result.verdict is verdict if verdict is not None else result.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "read as", "viewed as", "deemed": a judgement held, as "seen as"; whom it is for is the
        # person named after it, not the rival named before ("his win over Bachelay … for Valls").
        ("His defeat of Guillaume Bachelay was viewed as a triumph for Prime Minister Valls.", Verdict.REFUTED),
        ("Faure's win over Bachelay was seen as a success for Manuel Valls.", Verdict.REFUTED),
        # Near misses: the source's own judgement is supported; one for someone it does not judge
        # for is not (it was SUPPORTED: "win" held "victory").
        ("Faure's win over Bachelay was read as a blow to Manuel Valls.", Verdict.SUPPORTED),
        ("Faure's win over Bachelay was seen as a victory for Guillaume Bachelay.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_judgement_is_for_the_one_named_after_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His post in the present ("still", "since", a present tense), whose term the source ends
        # on a date it gives: REFUTED by that end, whatever name of the group a source gives.
        ("Faure presides over the New Left group.", Verdict.REFUTED),
        ("Faure préside toujours le groupe Nouvelle Gauche.", Verdict.REFUTED),
        ("Faure is the Socialist Party's spokesman.", Verdict.REFUTED),
        ("Faure heads a business of 150 employees.", Verdict.REFUTED),
        # Near misses: the past tense holds; a current post holds; belonging to the body, a post
        # someone else took with no end given, or a denial of it are not refuted by his term's end.
        ("Faure was the head of the New Left group.", Verdict.SUPPORTED),
        ("Faure has been the deputy for Seine-et-Marne's 11th constituency since 2012.", Verdict.SUPPORTED),
        ("Faure is a member of the New Left group.", Verdict.NOT_ENOUGH_INFO),
        ("Valérie Rabault heads the New Left group.", Verdict.NOT_ENOUGH_INFO),
        ("Faure is not the spokesperson of the PS.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_post_the_source_ends_is_not_held_now(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and "held until" in check.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # How long he held a post the source ends: its months (13 Dec 2016–11 Apr 2018 is 16);
        # where the sources disagree on its start (15 April or 26 August 2014), by each source's
        # term: REFUTED only when every one breaks the length, held when one holds it.
        ("Faure headed the New Left group for four years.", Verdict.REFUTED),
        ("Faure was the PS spokesperson for more than three years.", Verdict.REFUTED),
        ("Faure a été porte-parole du Parti socialiste pendant six ans.", Verdict.REFUTED),
        ("Faure was president of the New Left group for 16 months.", Verdict.SUPPORTED),
        ("Faure a été porte-parole du PS pendant plus de deux ans.", Verdict.SUPPORTED),
        # Near misses: a round "two years" for 28 or 32 months is no error, and someone else's
        # length is not read on his term.
        ("Faure was the PS spokesperson for two years.", Verdict.NOT_ENOUGH_INFO),
        ("Bruno Le Roux led the group for three years.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_the_length_of_a_finished_term_by_each_source(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and "months" in check.correction


@pytest.mark.parametrize(
    ("claim", "follows", "otherwise"),
    [
        # Right by one source where the sources disagree: SUPPORTED, with which source supports
        # it and which gives it otherwise (by the date, by the name of the group).
        ("In April 2014 Faure became one of the Socialist Party's spokespeople.", "s24", "infobox:Term Start3"),
        ("Faure took over as head of the SRC group in December 2016.", "s28, s31", "infobox:Office1"),
        ("En décembre 2016, Faure a pris la tête du groupe Nouvelle Gauche.", "infobox:Office1", "s28, s31"),
    ],
)
def test_a_claim_right_by_one_source_names_it(store: Store, claim: str, follows: str, otherwise: str) -> None:
    check = verify(store, claim)
    assert check.verdict is Verdict.SUPPORTED and check.conflicts
    assert f"this claim follows {follows}" in (check.note or "")
    assert otherwise in (check.note or "").rsplit("this claim follows", 1)[1]


def test_a_claim_both_sources_hold_takes_no_side(store: Store) -> None:
    # Near miss: a year both sources hold (2014) is no side taken; the conflict is still shown.
    check = verify(store, "Faure became a spokesperson of the PS in 2014.")
    assert check.verdict is Verdict.SUPPORTED and check.conflicts
    assert "the sources disagree" in (check.note or "") and "this claim follows" not in (check.note or "")
    # ...and a date neither source gives stays refuted.
    assert verify(store, "Faure became a spokesperson of the PS in June 2014.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « prendre la suite (la succession, le relais) de X » is succeeding X: the date it gives
        # is that succession's, checked against the term start (13 December 2016).
        (
            "Faure a pris la succession de Bruno Le Roux à la présidence du groupe socialiste en janvier 2017.",
            Verdict.REFUTED,
        ),
        (
            "Faure a pris la succession de Bruno Le Roux à la présidence du groupe socialiste en décembre 2016.",
            Verdict.SUPPORTED,
        ),
        ("Faure a pris le relais de Bruno Le Roux à la tête du groupe SRC en 2016.", Verdict.SUPPORTED),
        # Near miss: taking over from his successor stays refuted.
        ("Faure a pris la suite de Valérie Rabault à la présidence du groupe Nouvelle Gauche.", Verdict.REFUTED),
    ],
)
def test_taking_over_from_someone_in_french_is_succeeding_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Becoming "head", "leader", « chef » of the group is taking up its presidency: dated by
        # its term start (13 December 2016), not by the day it ended (11 April 2018), which the
        # sentence of his successor taking it over gives.
        ("Faure became leader of the New Left group on 11 April 2018.", Verdict.REFUTED),
        ("Faure est devenu chef du groupe Nouvelle Gauche en avril 2018.", Verdict.REFUTED),
        # Near misses: its start, under either source's name of the group, holds.
        ("Faure became leader of the New Left group in December 2016.", Verdict.SUPPORTED),
        ("Faure est devenu chef du groupe SRC en décembre 2016.", Verdict.SUPPORTED),
    ],
)
def test_becoming_head_of_a_body_is_dated_by_its_term_start(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Holding a post after or before someone tells the order of its holders: his successor
        # put before him (or the other way round) is refuted by the post's predecessor and
        # successor, which the sources agree on whatever they call the group.
        ("Faure chaired the New Left group after Valérie Rabault.", Verdict.REFUTED),
        ("Valérie Rabault presided over the New Left group before Faure.", Verdict.REFUTED),
        ("Karim Bouamrane was spokesperson of the PS before Faure.", Verdict.REFUTED),
        # Near misses: the right order holds; "after X was appointed" is an event, not X's term.
        ("Faure chaired the New Left group after Bruno Le Roux.", Verdict.SUPPORTED),
        ("Faure led the Socialist group after Bruno Le Roux was appointed minister.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_holding_a_post_after_someone_is_the_order_of_its_holders(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A loss "against" a rival with the race between the verb and the rival is a loss of that
        # race to them, who beat whom and the race's year checked as for "lost to".
        ("Faure lost his 2007 bid against Chantal Brunel.", Verdict.SUPPORTED),
        ("Il a perdu les législatives de 2007 face à Chantal Brunel.", Verdict.SUPPORTED),
        ("Olivier Faure a perdu les élections de 2007 devant Chantal Brunel.", Verdict.SUPPORTED),
        # Near misses: the wrong year, the wrong rival, a race he won.
        ("Faure lost the 2012 election against Chantal Brunel.", Verdict.REFUTED),
        ("Faure lost the 2007 contest against Hélène Geoffroy.", Verdict.REFUTED),
        ("Olivier Faure a perdu le congrès de 2021 contre Hélène Geoffroy.", Verdict.REFUTED),
    ],
)
def test_a_loss_against_a_rival_with_the_race_between_is_a_loss_to_them(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Him as a pronoun after before/after ("before him", « avant lui »), and the post as a
        # copula's complement (« était présidente du groupe », "was PS spokesperson"): the one
        # named is the subject, so the pronoun is him; his successor put before him is refuted.
        ("Valérie Rabault headed the New Left group before him.", Verdict.REFUTED),
        ("Karim Bouamrane was the PS spokesperson before him.", Verdict.REFUTED),
        ("Valérie Rabault était présidente du groupe Nouvelle Gauche avant lui.", Verdict.REFUTED),
        ("Karim Bouamrane était porte-parole du Parti socialiste avant Olivier Faure.", Verdict.REFUTED),
        # Near misses: the right order holds; a predecessor after him is no successor.
        ("Valérie Rabault was president of the New Left group after him.", Verdict.SUPPORTED),
        ("Cambadélis was First Secretary before him.", Verdict.SUPPORTED),
        ("Cambadélis was First Secretary after him.", Verdict.NOT_ENOUGH_INFO),
        # (Elected after someone is an event's order, not the post's holders'.)
        ("Faure was appointed First Secretary after François Hollande.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_holding_a_post_before_him_by_pronoun_is_the_order_of_its_holders(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Becoming a post after someone is succeeding them in it: his successor in another post
        # is no predecessor of his as First Secretary (was SUPPORTED by "Rabault replaced him
        # after he was elected First Secretary").
        ("Olivier Faure became the PS First Secretary after Valérie Rabault.", Verdict.REFUTED),
        ("Faure est devenu premier secrétaire du PS après Valérie Rabault.", Verdict.REFUTED),
        # Near miss: after an event someone's clause tells, not after them.
        ("Faure became First Secretary after Le Foll withdrew.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_becoming_a_post_after_someone_is_succeeding_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # How close a bound or a rounding is (« un peu plus de », « légèrement moins de », « à peu
        # près », « quasiment », « autour de », « 61 % des voix environ ») is read with the figure,
        # not as a word the evidence must hold (his 2017 share: 61.1%).
        ("Réélu député en 2017, Faure a obtenu légèrement plus de 61 % des voix.", Verdict.SUPPORTED),
        ("En 2017, Faure a été réélu député avec à peu près 61 % des voix.", Verdict.SUPPORTED),
        ("En 2017, Faure a été réélu député avec quasiment 61 % des voix.", Verdict.SUPPORTED),
        ("En 2017, Faure a été réélu député avec autour de 61 % des suffrages.", Verdict.SUPPORTED),
        ("En 2017, Faure a été réélu député avec 61 % des voix environ.", Verdict.SUPPORTED),
        # Near misses: a figure the hedge does not reach is refuted.
        ("En 2017, Faure a été réélu député avec légèrement moins de 61 % des voix.", Verdict.REFUTED),
        ("En 2017, Faure a été réélu député avec aux alentours de 66 % des voix.", Verdict.REFUTED),
        ("En 2017, Faure a été réélu député avec 67 % des voix environ.", Verdict.REFUTED),
        ("En 2012, Faure a été élu avec un peu plus de 64 % des voix.", Verdict.REFUTED),
    ],
)
def test_french_hedges_of_a_figure_are_read_with_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A number in words with its bound: « moins de trois euros » is under three, not three.
        ("La taxe de Faure était de moins de trois euros par nuit.", Verdict.SUPPORTED),
        # Near misses: « plus de trois », « moins d'un » are refuted by his two euros.
        ("La taxe de Faure était de plus de trois euros par nuit.", Verdict.REFUTED),
        ("La taxe proposée par Faure s'élevait à moins d'un euro par nuit.", Verdict.REFUTED),
    ],
)
def test_a_number_in_words_keeps_its_bound(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A part of a decade in French (« au milieu des années 90 »: 1994–1996) is a period, not
        # the figure 90 (it was REFUTED "150, not 90"); a term over that whole part is in it.
        ("Au milieu des années 90, Faure a dirigé une entreprise de 150 salariés.", Verdict.SUPPORTED),
        (
            "Au milieu des années 2000, Faure était directeur adjoint de cabinet de François Hollande.",
            Verdict.SUPPORTED,
        ),
        ("Fin des années 90, Faure était conseiller de Martine Aubry.", Verdict.SUPPORTED),
        # Near misses: another part of the decade is not said; another figure is still refuted.
        ("Fin des années 90, Faure a travaillé avec Gérard Gouzes.", Verdict.NOT_ENOUGH_INFO),
        ("Au milieu des années 90, Faure était conseiller de Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("Au milieu des années 90, Faure a dirigé une entreprise de 200 salariés.", Verdict.REFUTED),
    ],
)
def test_a_french_part_of_a_decade_is_a_period(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Another form of a French verb the lexicon knows (the imperfect « conseillait », a
        # feminine participle) is read as that verb.
        ("Entre 1997 et 2000, Faure conseillait Martine Aubry au ministère du Travail.", Verdict.SUPPORTED),
        # Near misses: whom he advised, and in which ministry, are still checked.
        ("Entre 1997 et 2000, Faure conseillait Ségolène Royal au ministère du Travail.", Verdict.REFUTED),
        ("De 1997 à 2000, Faure conseillait Martine Aubry au ministère de la Santé.", Verdict.REFUTED),
    ],
)
def test_other_forms_of_a_french_verb_are_read(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Everyday French words of the article's facts: seats « décrochés », the European
        # « Parlement », « colocs », « originaire de », a billion as « un milliard », « une
        # hausse des dépenses », « parmi … figurait ».
        ("Aux européennes de 2019, la liste PS–Place publique a décroché six sièges.", Verdict.SUPPORTED),
        ("Faure et Benoît Hamon ont été colocs pendant un temps.", Verdict.SUPPORTED),
        ("Faure est originaire de La Tronche.", Verdict.SUPPORTED),
        (
            "Le PS a obtenu une hausse d'un milliard d'euros des dépenses de santé parmi les concessions.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another count, place, sum or field is not supported.
        ("Aux européennes de 2019, la liste PS–Place publique a décroché huit sièges.", Verdict.REFUTED),
        ("Faure est originaire de Paris.", Verdict.NOT_ENOUGH_INFO),
        ("Les concessions comprenaient une hausse de trois milliards d'euros des dépenses de santé.", Verdict.REFUTED),
        (
            "Les concessions comprenaient une hausse d'un milliard d'euros des dépenses d'éducation.",
            Verdict.REFUTED,
        ),
    ],
)
def test_everyday_french_words_of_the_facts(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A deed done together, said of both as one subject: the evidence's "he … with whom he
        # shared an apartment" is both of theirs.
        ("Faure and Benoît Hamon once shared a flat.", Verdict.SUPPORTED),
        ("Benoît Hamon et Olivier Faure ont partagé un appartement.", Verdict.SUPPORTED),
        # Near misses: someone else sharing it is not said; a deed not done together stays each one's.
        ("Faure et Manuel Valls ont partagé un appartement.", Verdict.NOT_ENOUGH_INFO),
        ("Benoît Hamon et Manuel Valls ont été colocataires.", Verdict.NOT_ENOUGH_INFO),
        ("Faure et Martine Aubry ont soutenu Carole Delga.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_deed_done_together_is_both_of_theirs(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_french_sum_is_the_same_sum_in_english(store: Store) -> None:
    # « un milliard d'euros » is the source's "one billion euro": for health it holds (it was
    # REFUTED "one billion euro increase in healthcare spending, not un milliard …").
    for claim in (
        "Les concessions comprenaient un milliard d'euros de plus pour la santé.",
        "Le PS a obtenu une hausse d'un milliard d'euros des dépenses de santé en échange.",
    ):
        assert verify(store, claim).verdict is Verdict.SUPPORTED, claim
    # Near misses: set for what another item of the list is, it is refuted by that item, in
    # either language.
    for claim, correction in (
        (
            "Les concessions incluaient un milliard d'euros supplémentaire pour France Travail.",
            "500 job cuts in France Travail, not un milliard d'euros supplémentaire pour France Travail",
        ),
        (
            "The concessions included one billion euros more for education.",
            "abandonment of the 4000 job cuts in education, not one billion euros more for education",
        ),
    ):
        result = verify(store, claim)
        assert (result.verdict, result.correction) == (Verdict.REFUTED, correction)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Set in his youth (« quand il était jeune », « dans sa jeunesse », "in his youth"): the
        # rest read on its own, held when its evidence gives an age of 25 or under.
        ("Dans sa jeunesse, Faure a adhéré au Parti socialiste.", Verdict.SUPPORTED),
        ("In his youth, Faure was an activist for the UNEF.", Verdict.SUPPORTED),
        # Near misses: a fact the evidence does not date in his youth, or a false rest.
        ("Quand il était jeune, il a partagé un appartement avec Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        ("Dans sa jeunesse, Faure a dirigé une entreprise de 150 salariés.", Verdict.NOT_ENOUGH_INFO),
        ("Quand il était jeune, Faure a adhéré au PS à 18 ans.", Verdict.REFUTED),
    ],
)
def test_a_claim_set_in_his_youth(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Leading a body as its officer is holding that title in it (the verb the title's own).
        ("En 1991, Faure dirigeait les Jeunes rocardiens en tant que secrétaire général.", Verdict.SUPPORTED),
        ("In 1991 Faure led the Young Rocardiens as their secretary-general.", Verdict.SUPPORTED),
        # Near misses: another title, another body, another year.
        ("En 1991, Faure dirigeait les Jeunes rocardiens en tant que président.", Verdict.NOT_ENOUGH_INFO),
        ("En 1991, Faure dirigeait les Jeunes socialistes comme secrétaire général.", Verdict.NOT_ENOUGH_INFO),
        ("En 2010, Faure dirigeait le groupe socialiste en tant que président.", Verdict.REFUTED),
    ],
)
def test_leading_a_body_as_its_officer_is_holding_the_title(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Casual French of the article's facts: « une boîte », « patron », « les Verts », « a
        # pensé soutenir », « s'est brouillé avec », « a coupé les ponts », « a fait voter ».
        ("Entre 1993 et 1997, Faure était le patron d'une boîte de 150 salariés.", Verdict.SUPPORTED),
        ("En 2012, les Verts ont retiré leur candidat Jean-Marc Brûlé de la course.", Verdict.SUPPORTED),
        ("En 2016, Faure a pensé soutenir Macron pour 2017, mais il a finalement refusé.", Verdict.SUPPORTED),
        ("Faure s'est brouillé avec Christophe Castaner quand celui-ci est devenu ministre.", Verdict.SUPPORTED),
        ("Faure a coupé les ponts avec Castaner.", Verdict.SUPPORTED),
        ("En janvier 2022, Faure a fait voter une résolution condamnant le génocide des Ouïghours.", Verdict.SUPPORTED),
        # Near misses: another count, person, year; a law he only supported the adoption of.
        ("Entre 1993 et 1997, Faure était le patron d'une boîte de 300 salariés.", Verdict.REFUTED),
        ("En 2016, Faure a pensé soutenir Benoît Hamon pour 2017, mais il a finalement refusé.", Verdict.REFUTED),
        ("Faure s'est brouillé avec Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        ("En 2019, Faure a fait voter une résolution condamnant le génocide des Ouïghours.", Verdict.REFUTED),
        ("Faure a fait voter la loi El Khomri.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_casual_french_verbs_and_nouns(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_owning_ones_words_were_so_is_telling_them_as_words() -> None:
    from faurecli.verdicts import _TOLD_AS_WORDS

    # « a reconnu que … était malheureuse », "admitted that … was unfortunate": his words told,
    # not a judgement stated plainly; near miss: a plain statement is not.
    assert _TOLD_AS_WORDS.search("faure a reconnu que sa formule etait malheureuse")
    assert _TOLD_AS_WORDS.search("faure later admitted the phrase was unfortunate")
    assert not _TOLD_AS_WORDS.search("sa formule etait malheureuse")


@pytest.mark.parametrize(
    "claim", ["Olivier Faure a adhéré au Parti communiste.", "Faure était communiste dans sa jeunesse."]
)
def test_the_communist_party_is_no_communication(store: Store, claim: str) -> None:
    # "communiste" and "communications" (his PS post) shared a stem: the claim was SUPPORTED.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_his_post_of_communications_stays_supported(store: Store) -> None:
    assert verify(store, "En 2012, Faure est devenu secrétaire national à la communication du PS.").verdict is (
        Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A claim opening on his rival gives the rival's figure first: "120 votes to 137" is
        # Bachelay's 120 against Faure's 137, as the source has it (it was REFUTED "his: 137").
        ("In December 2016 Guillaume Bachelay was beaten by Faure, 120 votes to 137.", Verdict.SUPPORTED),
        ("Delphine Batho lost to Faure, 3 votes to 28.", Verdict.SUPPORTED),
        # Near misses: the rival given his figure is not supported, nor his given the rival's.
        ("In December 2016 Guillaume Bachelay was beaten by Faure, 137 votes to 120.", Verdict.NOT_ENOUGH_INFO),
        ("Faure beat Guillaume Bachelay by 120 votes to 137.", Verdict.REFUTED),
    ],
)
def test_a_pair_of_figures_is_read_from_the_side_the_claim_opens_on(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A closing description of the one named last is theirs at the time, not a second post of
        # his: it was REFUTED "2011–2011, not 2000–2007" (another post's term).
        ("From 2000 to 2007 Faure was assistant cabinet director to François Hollande, then head of the party.",
         Verdict.NOT_ENOUGH_INFO),
        ("De 2000 à 2007, Faure a été directeur adjoint de cabinet de François Hollande, alors premier secrétaire du PS.",
         Verdict.SUPPORTED),
        # Near miss: a description the evidence does not give is not supported.
        ("From 2000 to 2007 Faure was assistant cabinet director to François Hollande, then Prime Minister.",
         Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_closing_description_of_the_one_named_is_theirs(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The year of another's candidacy (Royal's campaign to be the PS candidate, 2007) is not
        # the year of one the source never gives him: it was REFUTED "2007, not 2022".
        ("Faure était candidat à la présidentielle en 2022.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was a presidential candidate in 2002.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: a claim that names whose campaign it was keeps the year's refutation.
        ("In 2009 Faure published a comic book about Ségolène Royal's campaign to be the socialist candidate.",
         Verdict.REFUTED),
    ],
)  # fmt: skip
def test_the_year_of_anothers_candidacy_does_not_date_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A title given him with a copula is not the description's deed kept: "The Socialist
        # candidate went on to win the general election" is Hollande's; « était candidat à
        # l'élection » was SUPPORTED from it (its "election" taken for the deed's).
        ("En 2012, Olivier Faure était candidat à l'élection présidentielle.", Verdict.NOT_ENOUGH_INFO),
        ("In 2012 he was a candidate in the presidential election.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: the description kept as the subject of its own deed is still supported.
        ("In 2012 the Socialist candidate won the general election.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_title_given_him_is_not_the_deed_of_the_one_described(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A title several hold at once, or one the claim does not qualify, is not refuted by
        # another holder: it was REFUTED "Jean-Marc Brûlé (candidate in 2012), not Olivier Faure",
        # though he was the PS's candidate that year.
        ("Il a été candidat en 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was among the candidates in 2012.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: a qualified title held by another in those years is still refuted.
        ("From 1991 to 1993 Faure was president of the National Assembly's law commission.", Verdict.REFUTED),
        ("In 2012 Faure was the candidate of Europe Ecology – The Greens.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_another_holder_refutes_only_a_title_one_holds(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Written in another order than subject first (a cleft, "the one who", a passive with its
        # doer, a copula turned round, a figure or an age named by what it counts, a marriage by
        # its noun), each was SUPPORTED for someone else's deed, post or figure; read in plain
        # order (faurecli.word_order) they are not.
        ("It was Faure who was toppled in December 2024.", Verdict.NOT_ENOUGH_INFO),
        ("C'est Olivier Faure qui s'est désisté en 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Barnier was toppled by Faure in December 2024.", Verdict.NOT_ENOUGH_INFO),
        ("The amendment to Article 2 was refused by Olivier Faure.", Verdict.NOT_ENOUGH_INFO),
        ("Le nombre de voix obtenues par Bachelay était de 137.", Verdict.REFUTED),
        ("The age at which Faure joined the Socialists was 23.", Verdict.REFUTED),
        ("The spouse of Olivier Faure is Audrey Azoulay.", Verdict.REFUTED),
        # Near misses: true claims in those orders stay SUPPORTED.
        ("It was Valérie Rabault who replaced Faure as president of the New Left group.", Verdict.SUPPORTED),
        ("Le premier secrétaire du PS en 2021 était Olivier Faure.", Verdict.SUPPORTED),
        ("The age at which he joined the Socialist Party was 16.", Verdict.SUPPORTED),
        ("The wife of Faure is Soria Blatmann.", Verdict.SUPPORTED),
    ],
)
def test_a_claim_in_another_order_is_checked_subject_first(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His rival in a race is not the one who won its post: each was SUPPORTED from "with 28
        # votes against 3 votes for Delphine Batho", "… against 26.52% for Hélène Geoffroy".
        ("Delphine Batho headed the Socialist group in 2017.", Verdict.REFUTED),
        ("The leader of the Socialist Party in 2021 was Hélène Geoffroy.", Verdict.REFUTED),
        # Near miss: one the source gives the post keeps it.
        ("Valérie Rabault replaced Faure as president of the New Left group.", Verdict.SUPPORTED),
    ],
)
def test_his_rival_is_not_given_the_post(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A name after a title opening a clause of its own is not the title's holder: "After Faure
        # was elected as First Secretary …, Valérie Rabault replaced him" REFUTED this with Rabault.
        ("Olivier Faure was the First Secretary elected in 2018.", Verdict.SUPPORTED),
        # Near miss: a holder in apposition still refutes.
        ("Faure was the leader of the Socialist group in the National Assembly in 2007.", Verdict.REFUTED),
    ],
)
def test_a_name_opening_its_own_clause_holds_no_title_before_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Faure succeeded Bruno Le Roux to become the head of …": the purpose after the one
        # succeeded is the subject's too; his win of the presidency was read as said of Le Roux.
        ("En décembre 2016, Faure a remporté la présidence du groupe socialiste par 137 voix contre 120.",
         Verdict.SUPPORTED),
        # Near misses: the one succeeded, or the one beaten, did not win it.
        ("Bruno Le Roux won the group presidency in December 2016 by 17 votes.", Verdict.NOT_ENOUGH_INFO),
        ("Guillaume Bachelay won the presidency of the group in December 2016, 137 votes to 120.",
         Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_purpose_after_the_one_succeeded_is_the_subjects(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A contest told from the other side: "against", "beat", « contre » beside him in the
        # claim, beside his rival in the evidence, is one contest (it was NOT_ENOUGH_INFO).
        ("In the 2012 runoff Cathy Bissonier took 36.78% of the vote against Faure.", Verdict.SUPPORTED),
        ("En 2007, une candidate de l'UMP a battu Faure dans la 8e circonscription de Seine-et-Marne.",
         Verdict.SUPPORTED),
        ("In June 2017 Delphine Batho received 3 votes against 28 for Faure for the group presidency.",
         Verdict.SUPPORTED),
        # Near misses: the winner's figure given to the loser, another race, the other winner, and
        # a third person the sentence names beside the two (his substitute, not his opponent).
        ("In the 2012 runoff Cathy Bissonier took 63.2% of the vote against Faure.", Verdict.REFUTED),
        ("In June 2017 Delphine Batho received 28 votes against 3 for Faure for the group presidency.",
         Verdict.REFUTED),
        ("In 2012 a UMP candidate beat Faure in Seine-et-Marne's 11th constituency.", Verdict.NOT_ENOUGH_INFO),
        ("In 2007 a PS candidate beat Chantal Brunel in Seine-et-Marne's 8th constituency.", Verdict.REFUTED),
        ("Faure was re-elected in 2017 with 61.1% against EELV's Paulin Roy.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_contest_told_from_the_other_side_is_one_contest(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A bound on a figure ("less than half", "more than a quarter") is checked as the figure,
        # not a comparison between two things the source must make in words (it was
        # NOT_ENOUGH_INFO "the source makes no such comparison").
        ("Faure got less than half the votes in the first round of the 2018 race for first secretary.",
         Verdict.SUPPORTED),
        ("According to Les Jours, more than a quarter of his votes were in line with En Marche.", Verdict.SUPPORTED),
        # Near misses: the bound the other way, another race's figure, a tighter bound.
        ("Faure won more than half of the vote in the first round on 15 March 2018.", Verdict.REFUTED),
        ("Faure won less than half of the vote in the 2012 runoff.", Verdict.REFUTED),
        ("Les Jours found that less than a quarter of Faure's votes were in line with En Marche.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_bound_on_a_figure_is_no_comparison(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A title set before the name it belongs to ("… with the new director-general of UNESCO,
        # Audrey Azoulay.") is that name's, not the one named before it (it was NOT_ENOUGH_INFO
        # "unesco: said of Emmanuel Macron").
        ("Audrey Azoulay served as director-general of UNESCO.", Verdict.SUPPORTED),
        # Words running on from a noun's complement ("the presidential cabinet of Emmanuel Macron
        # in the field of human rights until February 2018") are the member's.
        ("Soria Blatmann served in Macron's cabinet, in the field of human rights, until February 2018.",
         Verdict.SUPPORTED),
        # Near misses: the title given to those named beside her, a qualifier the title does not
        # have, the complement's words given to the complement, a date of another clause.
        ("Emmanuel Macron was the director-general of UNESCO.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann was the director-general of UNESCO.", Verdict.NOT_ENOUGH_INFO),
        ("Audrey Azoulay was the former director-general of UNESCO.", Verdict.NOT_ENOUGH_INFO),
        ("Emmanuel Macron worked in the field of human rights until February 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann worked with Audrey Azoulay until February 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann worked in Macron's cabinet until February 2019.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_title_is_said_of_the_name_it_is_set_beside(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A state of someone else asked with the verb first ("Is X …?", as ask puts a yes/no
        # question) is asked of now, which the source, telling it at a past date, does not say
        # (they were SUPPORTED); a present tense of the source's own, in their clause, still is.
        ("Is Castaner Interior Minister?", Verdict.NOT_ENOUGH_INFO),
        ("Is Gérard Gouzes the president of the commission of law?", Verdict.NOT_ENOUGH_INFO),
        ("Is Audrey Azoulay the head of UNESCO?", Verdict.NOT_ENOUGH_INFO),
        ("Is Soria Blatmann married to Faure?", Verdict.SUPPORTED),
        ("Was Audrey Azoulay the new director-general of UNESCO in 2018?", Verdict.SUPPORTED),
    ],
)
def test_a_state_of_someone_else_asked_now_is_not_said(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A plain verb of saying tells the source's own verb of telling someone's words
        # ("claimed", "denounced how"): it was NOT_ENOUGH_INFO, "the evidence does not say: said".
        ("Christophe Castaner said that he had accompanied Olivier Faure in his divorces and separations.",
         Verdict.SUPPORTED),
        ("In May 2021 Faure said that the police were constantly exposed to aggression.", Verdict.SUPPORTED),
        # Near misses: the words given to the one they are about, the roles of what was said swapped,
        # or a word said borrowed from the sentence beside the one telling them.
        ("In May 2021 the police said that Faure was constantly exposed to aggression.", Verdict.NOT_ENOUGH_INFO),
        ("Castaner said that Faure had stood by him through his divorces.", Verdict.NOT_ENOUGH_INFO),
        ("In May 2021 Faure said that the police were constantly exposed to criticism.", Verdict.NOT_ENOUGH_INFO),
        ("In May 2021 Faure denounced how the police were constantly exposed to criticism.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_said_is_the_sources_verb_of_telling_someones_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The latter's sentence is the claim's subject's when Faure is named after the subject, as
        # the one he trailed or lost to: it was NOT_ENOUGH_INFO, "the evidence does not say: dropped".
        ("Stéphane Le Foll pulled out of the race after losing to Faure in the first round.", Verdict.SUPPORTED),
        # Near misses: the latter beating Faure, another deed, another round.
        ("Stéphane Le Foll pulled out of the race after defeating Faure in the first round.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll resigned after losing to Faure in the first round.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll pulled out of the race after finishing ahead of Faure in the first round.",
         Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_the_latter_may_have_trailed_faure(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "Aged 23" is the source's "at the age of 23", and "only" before an age or a result's figure
        # says how small it is, not that nothing else was: both were NOT_ENOUGH_INFO.
        ("Faure, aged 16, joined the Socialist Party.", Verdict.SUPPORTED),
        ("Faure was just 16 when he joined the Socialist Party.", Verdict.SUPPORTED),
        ("Faure joined the PS at only 16.", Verdict.SUPPORTED),
        # Near misses: another age, and "only one" (a count, which the source does not give).
        ("Faure, aged 25, became secretary-general of the Young Rocardiens.", Verdict.REFUTED),
        ("Faure was only 18 when he joined the Socialist Party.", Verdict.NOT_ENOUGH_INFO),
        ("Faure lost only one election.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_an_age_said_aged_or_only(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Writing a book is the source's publishing it, and a race for a party's nomination its
        # campaign to become the party's candidate: it was NOT_ENOUGH_INFO, "the evidence does
        # not say: wrote, nomination".
        ("In 2007 Faure authored a comic book about Ségolène Royal's race for the Socialist nomination.",
         Verdict.SUPPORTED),
        # Near misses: another's race, another party's nomination, a co-author, another kind of book.
        ("In 2007 Faure authored a comic book about François Hollande's race for the Socialist nomination.",
         Verdict.REFUTED),
        ("In 2007 Faure authored a comic book about Ségolène Royal's race for the UMP nomination.", Verdict.REFUTED),
        ("Faure wrote a comic book with Ségolène Royal.", Verdict.NOT_ENOUGH_INFO),
        ("Faure wrote a novel about Ségolène Royal's campaign.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_writing_a_book_and_a_race_for_a_nomination(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Handling a budget as its rapporteur, a leadership team, the presidential office, moving on
        # to UNESCO: the source's rapporteur, leadership, presidential cabinet, going to work there
        # (each was NOT_ENOUGH_INFO, "the evidence does not say: …").
        ("As special rapporteur, Faure was in charge of the rail transport infrastructure budget.", Verdict.SUPPORTED),
        ("Gabrielle Siry was named a spokesperson in Faure's new leadership team.", Verdict.SUPPORTED),
        ("His wife worked on human rights in the presidential office of Emmanuel Macron before moving to UNESCO.",
         Verdict.SUPPORTED),
        # Near misses: another budget, someone else's deed, another field, another year.
        ("As a special rapporteur, Faure handled the education budget.", Verdict.NOT_ENOUGH_INFO),
        ("As a special rapporteur, Bruno Le Roux handled the budget for rail transport infrastructure.",
         Verdict.NOT_ENOUGH_INFO),
        ("His wife worked on education in Macron's presidential office.", Verdict.NOT_ENOUGH_INFO),
        ("His wife moved to UNESCO in 2017.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_post_and_a_body_in_other_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Admitting (acknowledging) one's words were unfortunate is the source's walking them back,
        # "calling it 'unfortunate'": it was NOT_ENOUGH_INFO, "the evidence does not say: admitted".
        ("Faure acknowledged that the expression right of inspection had been unfortunate.", Verdict.SUPPORTED),
        # Near misses: what others said of it, another judgement, other words than the ones he owned.
        ("Several left-wing figures admitted that Faure's phrase right of inspection was unfortunate.",
         Verdict.NOT_ENOUGH_INFO),
        ("Faure admitted that his demand for a right of inspection was a mistake.", Verdict.NOT_ENOUGH_INFO),
        ("Faure admitted that the proposal violated the separation of powers.", Verdict.NOT_ENOUGH_INFO),
        ("Faure admitted that the expression \"constantly exposed to aggression\" was unfortunate.",
         Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_admitting_ones_words_were_wrong(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Voting neither for nor against, "did not vote for or against": an abstention, which the
        # source tells (it was NOT_ENOUGH_INFO, "the evidence does not say: against, not").
        ("In the July 2017 confidence vote, Faure did not vote for or against the Philippe government.",
         Verdict.SUPPORTED),
        # Near misses: another vote, another government.
        ("Faure did not vote for or against the 2023 pension reform.", Verdict.NOT_ENOUGH_INFO),
        ("Faure did not vote for or against Bayrou's government in 2025.", Verdict.NOT_ENOUGH_INFO),
        ("Faure did not vote for or against the El Khomri law.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_voting_neither_for_nor_against_is_abstaining(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking up what the source tells was refused: it was NOT_ENOUGH_INFO ("accepted" unread).
        ("The Prime Minister approved Faure's compromise amendment on the El Khomri law.", Verdict.REFUTED),
        ("Valls a accepté le compromis de Faure sur l'article 2 de la loi El Khomri.", Verdict.REFUTED),
        # Near miss: the refusal the source tells is not refuted.
        ("Valls refused to consider Faure's compromise amendment on the El Khomri law.", Verdict.SUPPORTED),
    ],
)
def test_accepting_what_the_source_tells_was_refused_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and "refused to consider" in check.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Ruling out what the source tells he proposed, the year of the presidential defeat the
        # source names with no year of its own: it was NOT_ENOUGH_INFO ("another's election").
        ("Following the 2022 presidential defeat, Faure refused to cooperate with LFI.", Verdict.REFUTED),
        ("Après la défaite à la présidentielle de 2022, Faure a exclu tout accord avec La France insoumise pour les législatives.",
         Verdict.REFUTED),
        # Near misses: what he proposed stays so; another year's presidential election is not
        # what the source tells.
        ("In 2022 Faure proposed discussing cooperation with La France Insoumise.", Verdict.SUPPORTED),
        ("After the 2017 presidential election, Faure ruled out any cooperation with LFI.", Verdict.NOT_ENOUGH_INFO),
        # Another's refusal is not his proposal's opposite (the National Office's rejection).
        ("The National Office rejected Carole Delga's proposals against cooperation.", Verdict.SUPPORTED),
        ("The PS refused cooperation with La France Insoumise in 2022.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_ruling_out_what_he_proposed_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and "proposed discussing cooperation" in check.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The source gives the one the claim opens with as the agent of the opposite stance ("He
        # … was notably supported by Martine Aubry, …, and Carole Delga"): it was NOT_ENOUGH_INFO.
        ("Lille mayor Martine Aubry opposed Faure's candidacy for first secretary.", Verdict.REFUTED),
        ("Carole Delga était opposée à la candidature de Faure au poste de premier secrétaire.", Verdict.REFUTED),
        # Near misses: the stance the source tells stays so; her stance on another thing (LFI)
        # is not what that sentence tells.
        ("Carole Delga supported Faure's candidacy for first secretary.", Verdict.SUPPORTED),
        ("Carole Delga opposed cooperation with La France Insoumise in 2022.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_stance_toward_him_the_source_gives_its_agent_the_other_way(
    store: Store, claim: str, verdict: Verdict
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and "supported by" in check.correction


@pytest.mark.parametrize(
    ("claim", "verdict", "said"),
    [
        # "a win for" someone is a judgement as "a victory for" is: it was NOT_ENOUGH_INFO.
        ("His 2016 election to lead the SRC group was considered a big win for Manuel Valls.", Verdict.REFUTED, "win"),
        # His win over someone is the deed judged: the correction names the judgement's word.
        ("Faure's win over Bachelay was hailed as a victory for Valls.", Verdict.REFUTED, "victory"),
        # Near misses: the source's own judgement stays supported; a win for another is not refuted.
        ("His 2016 election to lead the SRC group was considered a blow to Manuel Valls.", Verdict.SUPPORTED, ""),
        ("His 2016 election to lead the SRC group was a win for Guillaume Bachelay.", Verdict.NOT_ENOUGH_INFO, ""),
    ],
)
def test_a_win_for_someone_is_a_judgement(store: Store, claim: str, verdict: Verdict, said: str) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if said:
        assert check.correction is not None and check.correction.endswith(said)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His first seat in the Assembly, or his sitting there since, dated another year than his
        # seat's term: it was NOT_ENOUGH_INFO (or REFUTED by the New Left group's term start).
        ("Faure only became an MP in 2017.", Verdict.REFUTED),
        ("Faure has sat in the Assembly since 2017.", Verdict.REFUTED),
        ("Olivier Faure est député depuis les législatives de 2007.", Verdict.REFUTED),
        ("En 2016, Faure est entré à l'Assemblée.", Verdict.REFUTED),
        # Near misses: his own year is not refuted; his re-election in 2017 stays true; another's
        # entry is not his; the Assembly's group he joined in 2007 is no seat.
        ("Faure has sat in the Assembly since 2012.", Verdict.SUPPORTED),
        ("Faure was re-elected to the National Assembly in 2017.", Verdict.SUPPORTED),
        ("Jean-Marc Ayrault entered the National Assembly in 2016.", Verdict.NOT_ENOUGH_INFO),
        ("In October 2007 Faure joined the National Assembly's Socialist group as its secretary-general.",
         Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_his_first_seat_in_another_year_is_refuted_by_its_term(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and check.correction.startswith("in office from 20 Jun 2012")


def test_his_first_seat_in_a_year_he_lost_says_so(store: Store) -> None:
    check = verify(store, "Faure first became a deputy in 2007.")
    assert check.verdict is Verdict.REFUTED
    assert check.correction is not None and "he lost in 2007" in check.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A congress the evidence names (the lead names both) in a claim dated another year than
        # the store's records of it: it was NOT_ENOUGH_INFO, the lead's "Villeurbanne" agreeing.
        ("Faure won the party leadership at the Villeurbanne Congress in 2018.", Verdict.REFUTED),
        ("Faure was installed as PS leader at the Villeurbanne Congress in 2018.", Verdict.REFUTED),
        # Near miss: the congress of the claim's year stays so.
        ("In 2021, at the Villeurbanne Congress, Faure was re-elected first secretary.", Verdict.SUPPORTED),
    ],
)
def test_a_congress_of_another_year_is_refuted_though_the_lead_names_it(
    store: Store, claim: str, verdict: Verdict
) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and check.correction.startswith("Aubervilliers Congress")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The rival at a congress the one sentence naming it and a vote gives as another: it was
        # NOT_ENOUGH_INFO.
        ("Faure's opponent at the Villeurbanne Congress was Stéphane Le Foll.", Verdict.REFUTED),
        ("Au congrès de Villeurbanne, Faure a devancé Benoît Hamon.", Verdict.REFUTED),
        # Near misses: the source's rival stays so; a supporter is no rival; a congress no
        # sentence gives a vote at is not corrected.
        ("Faure's opponent at the Villeurbanne Congress was Hélène Geoffroy.", Verdict.SUPPORTED),
        ("At the Villeurbanne Congress, Martine Aubry backed Faure.", Verdict.NOT_ENOUGH_INFO),
        ("At the Aubervilliers Congress, Faure beat Hélène Geoffroy.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_rival_at_a_congress_the_source_gives_another(store: Store, claim: str, verdict: Verdict) -> None:
    check = verify(store, claim)
    assert check.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert check.correction is not None and check.correction.startswith("Hélène Geoffroy, not")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A named person's party, with an apposition before the verb or told by "belonged to": the
        # first was SUPPORTED (EELV's Paulin Roy and LREM's candidate share a sentence).
        ("Paulin Roy, his substitute in 2017, was a member of LREM.", Verdict.REFUTED),
        ("Paulin Roy, Faure's designated substitute, belonged to La France Insoumise.", Verdict.REFUTED),
        ("Amandine Rubinelli, sa rivale de 2017, appartenait à EELV.", Verdict.REFUTED),
        # « La République en marche » written with its last words lower-case.
        ("Son suppléant de 2017, Paulin Roy, venait de La République en marche.", Verdict.REFUTED),
        # Near miss: the party the source gives is not refuted.
        ("Paulin Roy, his substitute in 2017, was a member of EELV.", Verdict.SUPPORTED),
    ],
)
def test_a_named_persons_party_through_an_apposition(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A win told as the other's loss ("Faure … lost to Chantal Brunel"): the doer of
        # "defeated" is the one the loss is to (it was NOT_ENOUGH_INFO "the evidence has Olivier
        # Faure do it").
        ("In 2007, Chantal Brunel defeated Olivier Faure.", Verdict.SUPPORTED),
        ("Chantal Brunel beat Olivier Faure for Seine-et-Marne's 8th constituency in 2007.", Verdict.SUPPORTED),
        # Near misses: the winner swapped, another year, another rival.
        ("Faure beat Chantal Brunel for Seine-et-Marne's 8th constituency in 2007.", Verdict.REFUTED),
        ("Chantal Brunel beat Faure in 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Cathy Bissonier defeated Faure in 2012.", Verdict.REFUTED),
        ("Chantal Brunel beat Paulin Roy in 2007.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_win_told_as_the_others_loss_is_the_winners_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « faire partie des … », « figurer parmi … »: being among them, as "was among"
        ("Carole Delga, présidente de l'Occitanie, faisait partie des soutiens d'Olivier Faure.", Verdict.SUPPORTED),
        ("Carole Delga faisait partie des opposants de Faure.", Verdict.NOT_ENOUGH_INFO),
        # (among a set is a title that must be his: he opposed the frondeurs; was SUPPORTED)
        ("Faure figurait parmi les frondeurs.", Verdict.NOT_ENOUGH_INFO),
        ("Faure faisait partie des frondeurs.", Verdict.REFUTED),  # (now refuted: he opposed them)
    ],
)  # fmt: skip
def test_being_part_of_a_set_of_people_is_being_among_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « s'occuper de », « chargée de » a matter in a post: the post's field
        ("L'épouse de Faure, Soria Blatmann, était chargée des droits de l'homme au cabinet d'Emmanuel Macron.",
         Verdict.SUPPORTED),
        ("Sa conjointe, Soria Blatmann, s'est occupée des droits de l'homme au cabinet d'Emmanuel Macron jusqu'en "
         "février 2018.", Verdict.SUPPORTED),
        ("Soria Blatmann s'occupait de la culture au cabinet d'Emmanuel Macron.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_matter_handled_in_a_post_in_french_is_its_field(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a French adverb between the auxiliary and its participle: the participle is the verb,
        # whose doer is checked (« vivement »: sharply)
        ("En février 2025, LFI a vivement critiqué la décision du PS.", Verdict.SUPPORTED),
        ("Le PS a vivement critiqué la décision de LFI.", Verdict.NOT_ENOUGH_INFO),
        ("François Bayrou a vivement critiqué la décision du PS.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_french_adverb_before_the_participle_keeps_its_doer(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # creating a pass by an amendment: implementing it
        ("En décembre 2014, un amendement de Faure créant un passe Navigo à tarif unique a été adopté.",
         Verdict.SUPPORTED),
        ("En décembre 2014, Faure a fait adopter un amendement créant une taxe sur les billets d'avion.",
         Verdict.NOT_ENOUGH_INFO),
        # leaving to work somewhere: going to work there
        ("En février 2018, Soria Blatmann est partie travailler auprès d'Audrey Azoulay à l'UNESCO.", Verdict.SUPPORTED),
        ("Soria Blatmann est partie travailler à l'OCDE en 2018.", Verdict.NOT_ENOUGH_INFO),
        # votes going the same way as a party's: in line with it
        ("Selon Les Jours, 27,2 % des votes de Faure en avril 2018 allaient dans le même sens que ceux d'En Marche.",
         Verdict.SUPPORTED),
        ("Selon Les Jours, la moitié des votes de Faure allaient dans le même sens qu'En Marche.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_french_verbs_of_creating_leaving_to_work_and_going_the_same_way(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # rejecting, setting aside an amendment is refusing it, a denial of its own
        ("Manuel Valls a rejeté l'amendement de compromis de Faure sur l'article 2 de la loi El Khomri.",
         Verdict.SUPPORTED),
        # what the amendment is about is said by its own sentence, not the one beside it (was SUPPORTED)
        ("Valls a rejeté l'amendement de Faure sur la déchéance de nationalité.", Verdict.NOT_ENOUGH_INFO),
        ("Valls refused to consider Faure's amendment on the revocation of citizenship.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_rejecting_an_amendment_is_refusing_it_and_its_subject_is_its_own(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a quotation in French is a translation: its acronyms must be the source quotation's
        ("Jean-Luc Mélenchon a déclaré que « le NFP est réduit d'un parti ».", Verdict.SUPPORTED),
        ("Jean-Luc Mélenchon a déclaré que « le PS est réduit d'un parti ».", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_french_quotation_names_what_the_source_quotation_names(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the French gerund after his main clause (« en battant X », « en devançant X de N voix »):
        # his win over X, its margin checked; an opening « Fin 2016, » before him
        ("Fin 2016, Faure a pris la présidence du groupe socialiste en battant Guillaume Bachelay de 17 voix.",
         Verdict.SUPPORTED),
        ("Fin 2016, Faure a battu Guillaume Bachelay de 17 voix pour diriger le groupe socialiste.", Verdict.SUPPORTED),
        ("Fin 2016, Faure a pris la présidence du groupe socialiste en battant Guillaume Bachelay de 19 voix.",
         Verdict.REFUTED),
        ("Fin 2016, Guillaume Bachelay a pris la tête du groupe socialiste en battant Faure.", Verdict.NOT_ENOUGH_INFO),
        # "succeeded Bruno Le Roux to become the head": the head is the subject's, not Le Roux's
        ("Faure took over from Bruno Le Roux at the helm of the SRC group in December 2016.", Verdict.SUPPORTED),
        ("Faure a succédé à Valérie Rabault à la tête du groupe SRC en décembre 2016.", Verdict.REFUTED),
        # the party is not its group in the Assembly (were SUPPORTED by the group's term)
        # (refute27: REFUTED since, by his First Secretary term from 2018; never SUPPORTED.)
        ("En 2016, Faure a pris la présidence du PS.", Verdict.REFUTED),
        ("Faure took over from Bruno Le Roux at the helm of the PS in December 2016.", Verdict.NOT_ENOUGH_INFO),
        ("En 2018, Faure a pris la direction du PS.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_french_gerund_of_winning_and_the_post_taken(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # someone's support with their title set before their name: theirs, as « le soutien de X »
        ("Lors de sa campagne pour diriger le PS, Faure a obtenu le soutien de la présidente de la région Occitanie, "
         "Carole Delga.", Verdict.SUPPORTED),
        ("Lors de sa campagne pour diriger le PS, Faure a obtenu le soutien de la présidente de la région Occitanie, "
         "Ségolène Royal.", Verdict.NOT_ENOUGH_INFO),
        # a title opening the claim before its subject's name
        ("La présidente de la région Occitanie, Carole Delga, a appuyé la candidature de Faure en 2018.",
         Verdict.SUPPORTED),
        ("La présidente de la région Occitanie, Carole Delga, a rejeté la candidature de Faure en 2018.",
         Verdict.NOT_ENOUGH_INFO),
        ("Le maire de Lille, Benoît Hamon, a soutenu Faure en 2018.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_supporter_named_after_a_title_is_still_the_supporter(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a French denial of a deed whose object the source's denial names by a pronoun ("considered
        # endorsing Emmanuel Macron …, but ultimately refused to support him")
        ("Faure n'a finalement pas soutenu Emmanuel Macron à la présidentielle de 2017.", Verdict.SUPPORTED),
        ("Faure n'a pas soutenu Benoît Hamon à la présidentielle de 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a toujours soutenu Emmanuel Macron.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_french_denial_of_a_deed_done_to_someone_named_by_a_pronoun(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « avant de » ordering two deeds the source's "after" does not set apart (it orders the
        # refusal and the meeting): no other order
        ("En 2016, Faure a envisagé de soutenir Macron, avant de refuser après leur rencontre.", Verdict.SUPPORTED),
        ("Faure a refusé de soutenir Macron avant leur rencontre.", Verdict.NOT_ENOUGH_INFO),
        ("Faure refused to support Macron before meeting him.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_before_orders_what_the_sources_after_does_not_set_apart(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A title set before his name is said of him: one the source does not give him is not
        # supported ("Prime Minister Faure refused the compromise amendment" was, from "the Prime
        # Minister refused to consider Faure's compromise amendment").
        ("In July 2016 Prime Minister Olivier Faure refused to consider the compromise amendment.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: his own title before his name keeps the claim supported.
        ("First Secretary Olivier Faure was re-elected in 2021.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_title_before_his_name_is_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A succession the store relates to one post is not one in another: Valérie Rabault
        # replaced him only as president of the New Left group (it was SUPPORTED whatever post
        # the claim named).
        ("Valérie Rabault took over from Faure as first secretary of the PS.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a été remplacé par Valérie Rabault au poste de député.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the post of the succession, in its own or other words, stays supported.
        ("Valérie Rabault succeeded Faure as president of the New Left group.", Verdict.SUPPORTED),
        ("Valérie Rabault replaced Olivier Faure as head of the Socialist group.", Verdict.SUPPORTED),
        ("Faure succeeded Bruno Le Roux as president of the Socialist group.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_succession_is_supported_only_in_its_own_post(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What the evidence gives as another's ("the government's proposed constitutional
        # revisions") is no deed of his: it was SUPPORTED that he proposed them.
        ("Olivier Faure proposed a constitutional revision.", Verdict.NOT_ENOUGH_INFO),
        ("Faure proposed to extend the revocation of French citizenship.", Verdict.REFUTED),  # (now: he opposed it)
        ("Olivier Faure a proposé une révision de la Constitution.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: his own proposal, and the thing of another's named as theirs.
        ("Faure proposed discussing cooperation with La France Insoumise.", Verdict.SUPPORTED),
        ("Faure opposed the government's proposed constitutional revisions.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_thing_of_anothers_is_not_his_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A title the evidence gives another with him as its owner ("with EELV's Paulin Roy as
        # his designated substitute", "Paulin Roy was his designated substitute"), or gives him
        # in a claim about another ("making Faure the presumptive first secretary"), is not
        # theirs: both were SUPPORTED.
        ("Olivier Faure served as the designated substitute in the 2017 legislative elections.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was a designated substitute.", Verdict.NOT_ENOUGH_INFO),
        ("Le Foll withdrew and was then the presumptive first secretary.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the title said of whom the evidence gives it stays supported, and so do
        # the other words of a sentence giving him a title.
        ("Paulin Roy was Faure's designated substitute in 2017.", Verdict.SUPPORTED),
        ("Le Foll's withdrawal made Faure the presumptive first secretary.", Verdict.SUPPORTED),
        ("Stéphane Le Foll withdrew from the race after the first round.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_title_given_as_his_or_to_him_is_not_anothers(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A post he held as someone's needs evidence giving it as theirs: he was
        # secretary-general of the Young Rocardiens, "a group supporting Prime Minister Michel
        # Rocard", not Rocard's; these were SUPPORTED.
        ("Olivier Faure worked as the secretary-general of Michel Rocard.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure served as Rocard's secretary-general.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure était le secrétaire général de Rocard en 1991.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the post as the evidence gives it, and posts it gives as another's.
        ("Olivier Faure was the secretary-general of the Young Rocardiens in 1991.", Verdict.SUPPORTED),
        ("Faure was special adviser to Prime Minister Jean-Marc Ayrault.", Verdict.SUPPORTED),
        ("Faure was Jean-Marc Ayrault's special adviser.", Verdict.SUPPORTED),
        ("Faure was an advisor to Martine Aubry.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_post_held_as_someones_must_be_theirs_in_the_evidence(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A deed the claim has done to him that the evidence has done to another ("EELV, who
        # withdrew their candidate, Jean-Marc Brûlé, from the race"): these were SUPPORTED.
        ("The Greens withdrew Olivier Faure's candidacy.", Verdict.NOT_ENOUGH_INFO),
        ("In 2012 EELV withdrew Faure.", Verdict.NOT_ENOUGH_INFO),
        ("Les écologistes ont retiré la candidature d'Olivier Faure.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the deed done to whom the evidence names, and deeds done to him, or told
        # with their doer after "by", stay supported.
        ("EELV withdrew their candidate Jean-Marc Brûlé from the race in 2012.", Verdict.SUPPORTED),
        ("In 2012 the PS nominated Faure as its candidate.", Verdict.SUPPORTED),
        ("Martine Aubry supported Faure in 2018.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_deed_done_to_another_is_not_done_to_him(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What the claim has him go on to do that the evidence has another's pronoun do ("…
        # Soria Blatmann, who …, when she went to work with … Audrey Azoulay"): was SUPPORTED.
        ("In 2018 Olivier Faure went to work at UNESCO.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the same said of her stays supported.
        ("In February 2018 Soria Blatmann left to work with Audrey Azoulay.", Verdict.SUPPORTED),
        ("Faure's wife went to work with Audrey Azoulay in February 2018.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_what_another_goes_on_to_do_is_not_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A description set after his name that the evidence gives another, named right after
        # it ("joined the leader of the Socialist group in the National Assembly, Jean-Marc
        # Ayrault"), is not his: was SUPPORTED.
        ("Faure, then the leader of the Socialist deputies, joined Ayrault in October 2007.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: a description the evidence gives him stays supported.
        ("Faure, then president of the SRC group, attempted to find new compromises on the El Khomri law.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_description_of_another_set_after_his_name_is_not_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A share in whole points is the source's rounded: "26%" for Le Foll's 26.45% was REFUTED
        # with Faure's 48.37% ("48.37%, not 26%").
        ("In the first round of March 2018 Stéphane Le Foll got 26% of the vote.", Verdict.SUPPORTED),
        ("Faure won 63% of the vote in the 2012 runoff.", Verdict.SUPPORTED),
        # Near misses: another whole point is refuted.
        ("Faure won 64% of the vote in the 2012 runoff.", Verdict.REFUTED),
        ("Faure got 49% in the first round of the 2018 vote for first secretary.", Verdict.REFUTED),
    ],
)
def test_a_share_in_whole_points_is_the_sources_rounded(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_his_first_win_is_no_first_round(store: Store) -> None:
    # "when he first won his seat": his first time, not a first round (it was REFUTED "vote in
    # the second round, not first" though the claim's figure is the runoff's).
    checked = verify(store, "He got over 60 percent in the runoff when he first won a seat in 2012.")
    assert checked.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Behind the scenes, backstage: the inner workings; a nomination campaign: a campaign to
        # become the candidate; putting out a book: publishing it; "the future PS leader": him.
        ("Faure put out a comic book on what went on behind the scenes of Ségolène Royal's nomination campaign.",
         Verdict.SUPPORTED),
        ("In early 2007 the future PS leader put out a comic book about the backstage of Royal's campaign.",
         Verdict.SUPPORTED),
        # Near misses: another's campaign, another year.
        ("Faure put out a comic book about the backstage of Lionel Jospin's nomination campaign.", Verdict.NOT_ENOUGH_INFO),
        ("In 2009 Faure put out a comic book about the backstage of Royal's campaign.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_book_put_out_on_a_campaigns_backstage_is_the_comic_book(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A party that only describes the subject ("the PS leader") names no party of the race:
        # it was REFUTED "Union for a Popular Movement, not PS" (the winner's party).
        ("In 2007 the Socialist leader lost to Chantal Brunel.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: a party given the one named is still checked.
        ("In 2018 Soria Blatmann went to work with OECD chief Audrey Azoulay.", Verdict.REFUTED),
        ("In 2007 Faure lost to the Socialist Chantal Brunel.", Verdict.REFUTED),
    ],
)
def test_a_party_describing_the_subject_is_no_party_of_the_race(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « à l'Élysée », « au cabinet de Macron à l'Élysée »: the presidential cabinet (it was
        # "the source never mentions elysee").
        ("L'épouse de Faure a travaillé au cabinet d'Emmanuel Macron à l'Élysée, sur les droits de l'homme.",
         Verdict.SUPPORTED),
        ("Soria Blatmann était à l'Élysée jusqu'en février 2018.", Verdict.SUPPORTED),
        # Near misses: another month, another person.
        ("Soria Blatmann a travaillé à l'Élysée jusqu'en février 2019.", Verdict.REFUTED),
        ("Olivier Faure a travaillé à l'Élysée.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_the_elysee_in_french_is_the_presidential_cabinet(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "A, like B, did it": each of the two did it (« Faure, comme sa femme, a travaillé à
        # l'Élysée » was SUPPORTED: the parenthesis skipped, his wife's deed given to him).
        ("Olivier Faure, tout comme son épouse, a travaillé au cabinet présidentiel de Macron.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: both did it; one of them refuted.
        ("Faure, like Hélène Geoffroy, ran at the Villeurbanne Congress.", Verdict.SUPPORTED),
        ("Faure, like Benoît Hamon, was born in 1969.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_deed_of_two_alike_is_each_ones(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "text",
    [
        "He studied at la Sorbonne before 1990",
        "Il a étudié à Paris I, puis à Orléans",
        "Faure was re-elected at the Marseille congress",
        "élu au congrès de Villeurbanne",
        "She left the University of Lyon",
        "Faure was born in 1969",
        "Il a soutenu Hamon en 2017",
    ],
)
def test_bodies_cheap_test_finds_what_the_full_reading_finds(text: str) -> None:
    # The test before the other names' pattern (_BODY_HINTS) only skips texts where the full
    # reading finds no body: the same names either way.
    from faurecli.analysis import fold
    from faurecli.verdicts import _BODIES, _NOT_A_BODY_NAME, _bodies, _by_their_names

    for _, pattern in _BODIES:
        full = {next(g for g in m.groups() if g) for m in pattern.finditer(_by_their_names(text))} - _NOT_A_BODY_NAME
        assert _bodies(pattern, text) == full
    assert ("sorbonne" in fold(text) or "paris i" in fold(text)) <= bool(_bodies(_BODIES[1][1], text))


def test_a_rank_is_shown_with_its_word_as_written(store: Store) -> None:
    # The parts and the correction of a rank say the word ranked, not its stem ("second …plac,
    # not first …plac").
    checked = verify(store, "Faure was the second signatory of the motion.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and "first …signatory, not second …signatory" in checked.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A French title without an article, told by its contest, is one of its candidates: the
        # PS's candidate (Royal) does not refute it; the PS's own candidacy, one at a time, does.
        ("Olivier Faure a été candidat à la présidentielle de 2007.", Verdict.NOT_ENOUGH_INFO),
        ("En 2007, il a été candidat du PS à la présidentielle.", Verdict.REFUTED),
    ],
)
def test_a_french_candidacy_told_by_its_contest_is_one_of_several(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The winner named first with words between commas: his loss, told from her side, never
        # his win over her (it was REFUTED with "lost to Chantal Brunel, not beat").
        ("Chantal Brunel, the UMP's candidate, beat Faure in 2007.", Verdict.NOT_ENOUGH_INFO),
        ("It was Chantal Brunel, of the UMP, who defeated him in 2007.", Verdict.NOT_ENOUGH_INFO),
        # The wrong winner or party stays refuted.
        ("Chantal Brunel, the PS candidate, beat Faure in 2007.", Verdict.REFUTED),
        ("Cathy Bissonier, the UMP's candidate, beat Faure in 2012.", Verdict.REFUTED),
    ],
)
def test_a_winner_with_an_aside_is_not_read_as_his_rival(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A score's noun is the contest's, not what its second figure counts ("120 win").
        ("His 137-120 victory over Bachelay was regarded as a blow to Valls.", Verdict.SUPPORTED),
        ("Faure's 137 to 120 win over Guillaume Bachelay", Verdict.SUPPORTED),
        ("Faure's 137-102 win over Guillaume Bachelay", Verdict.REFUTED),
    ],
)
def test_a_score_written_as_a_pair_counts_no_noun(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # French set phrases read as the one word they mean: « venir au monde », « prendre part à ».
        ("Olivier Faure vient au monde le 18 août 1968.", Verdict.SUPPORTED),
        ("Il vint au monde en 1969.", Verdict.REFUTED),
        ("En mai 2021, il prenait part à un rassemblement de policiers à Paris.", Verdict.SUPPORTED),
        ("Il a pris part à un rassemblement de policiers à Paris en mai 2020.", Verdict.REFUTED),
    ],
)
def test_french_set_phrases_are_read_as_their_verb(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # Whom he met: the source names one, never all; another is not contradicted by it.
        "Faure met Christophe Castaner as a member of the PS.",
        "Il a rencontré Jean-Marc Ayrault au PS.",
        "Olivier Faure a connu Christophe Castaner au Parti socialiste.",
    ],
)
def test_meeting_someone_else_is_not_refuted_by_whom_he_met(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Becoming a member of a body is joining it (a deed with its date and age), not a title.
        ("At the age of 16, he became a member of the Socialist Party.", Verdict.SUPPORTED),
        ("Olivier Faure est devenu membre du PS à 16 ans.", Verdict.SUPPORTED),
        ("He became a member of the Socialist Party at 19.", Verdict.REFUTED),
        # What he joined must be what the sentence of his joining names: La France Insoumise is
        # only in a sentence of cooperation (was SUPPORTED by "joined … at the age of 16" + that).
        ("He became a member of La France Insoumise at the age of 16.", Verdict.REFUTED),
        ("Olivier Faure became a member of La France Insoumise at 16.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure joined La France Insoumise at 16.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_becoming_a_member_is_joining_what_his_joining_names(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "a member of the presidential cabinet of Emmanuel Macron": the post is hers (the relative
        # clause after her name), not a title of Macron's; it was NOT_ENOUGH_INFO, "said of Macron".
        ("Soria Blatmann was a member of the presidential cabinet of Emmanuel Macron.", Verdict.SUPPORTED),
        ("Emmanuel Macron was a member of the presidential cabinet.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_post_of_someone_is_not_his_title(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A setting naming someone, set before the subject, is checked with the subject first too:
        # Azoulay was SUPPORTED in Blatmann's post ("In Macron's cabinet, Audrey Azoulay was …").
        ("In Emmanuel Macron's cabinet, Audrey Azoulay was in charge of human rights until 2018.", Verdict.NOT_ENOUGH_INFO),
        ("In Macron's presidential cabinet, Audrey Azoulay handled human rights until February 2018.", Verdict.NOT_ENOUGH_INFO),
        ("In Macron's presidential cabinet, Soria Blatmann worked on human rights until February 2018.", Verdict.SUPPORTED),
        # A win pinned by figures another race's sentence lacks is not that race's loss: he won
        # 63.2% in the 11th in 2012 (it was REFUTED by 2007's loss in the 8th).
        ("Faure took 63.2% of the vote in the second round in Seine-et-Marne's 11th constituency and won.", Verdict.SUPPORTED),
        ("Faure won 63.2% in Seine-et-Marne's 8th constituency in 2007.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_setting_first_and_a_win_pinned_by_its_figures(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A proposal "against" something is a stance of its own: his proposing something else
        # does not hold it (the proposals against cooperation were Carole Delga's).
        ("Faure proposed against an alliance with LFI.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a proposé contre la coopération avec LFI.", Verdict.NOT_ENOUGH_INFO),
        ("Faure proposed discussing cooperation with LFI.", Verdict.SUPPORTED),
        ("The National Office rejected Carole Delga's proposals against cooperation.", Verdict.SUPPORTED),
    ],
)
def test_a_proposal_against_is_a_stance_the_evidence_must_give(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A president's cabinet, his own staff, is not a government.
        ("Faure's wife was a member of Macron's government.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's wife worked in Macron's presidential cabinet.", Verdict.SUPPORTED),
    ],
)
def test_a_cabinet_is_no_government(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A manner the evidence does not give ("personally"), and a deed done to him where the
        # sentence of its verb names him nowhere (LFI criticised the party's decision).
        ("Jean-Luc Mélenchon a personnellement critiqué Faure.", Verdict.NOT_ENOUGH_INFO),
        ("LFI criticised Faure.", Verdict.NOT_ENOUGH_INFO),
        ("The 1,000 executives challenged Faure.", Verdict.SUPPORTED),
    ],
)
def test_a_manner_or_an_object_the_evidence_does_not_give(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The compromise "was opposed by Manuel Valls": opposing it is his, not Faure's (also read
        # from a cleft, and from "was against").
        ("It was Faure who opposed the compromise.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was against the compromise.", Verdict.NOT_ENOUGH_INFO),
        ("Faure opposed the government's proposed constitutional revisions.", Verdict.SUPPORTED),
    ],
)
def test_a_deed_the_passive_gives_another_is_not_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # 22 June 2017 dates his re-election to the group's presidency; his seat's re-election is
        # told in another sentence, without that day.
        ("Faure won re-election to the Assembly on June 22, 2017.", Verdict.NOT_ENOUGH_INFO),
        ("On 22 June 2017, Faure was re-elected to the presidency of the Socialist group.", Verdict.SUPPORTED),
        ("Faure was re-elected to the National Assembly in 2017.", Verdict.SUPPORTED),
    ],
)
def test_a_day_of_another_deed_does_not_date_this_one(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A party given by the role (his opponent: LREM's Amandine Rubinelli; EELV's Paulin Roy was
        # his substitute), or in brackets after a name.
        ("Faure's opponent in 2017 was an EELV member.", Verdict.REFUTED),
        ("Faure's rival in the 2017 election was from EELV.", Verdict.REFUTED),
        ("Faure's 2012 opponent was from the UMP.", Verdict.SUPPORTED),
        ("Faure beat Amandine Rubinelli (EELV) in 2017.", Verdict.REFUTED),
        ("Le suppléant de Faure en 2017 était Paulin Roy (LREM).", Verdict.REFUTED),
        ("Faure beat Cathy Bissonier (UMP) in 2012.", Verdict.SUPPORTED),
        ("Faure a été réélu en 2017 avec Paulin Roy (EELV) comme suppléant.", Verdict.SUPPORTED),
    ],
)
def test_a_party_is_checked_for_the_one_in_that_role(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # With him unnamed, a pronoun after one other person named reads as theirs.
        ("Stéphane Le Foll dropped out, making him the presumptive first secretary.", Verdict.NOT_ENOUGH_INFO),
        ("Le Foll's pulling out made him the presumptive First Secretary.", Verdict.NOT_ENOUGH_INFO),
        ("Le Foll withdrew, making Faure the presumptive first secretary.", Verdict.SUPPORTED),
        (
            "Stéphane Le Foll benefited from greater publicity due to his governmental responsibilities.",
            Verdict.SUPPORTED,
        ),
        ("Chantal Brunel beat him in 2007.", Verdict.SUPPORTED),
    ],
)
def test_a_pronoun_after_another_is_theirs(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "the new <title>" at a date: he became it then (he held the group from December 2016).
        ("Faure was the new head of the New Left group in 2018.", Verdict.REFUTED),
        ("Faure était le nouveau président du groupe Nouvelle Gauche en 2018.", Verdict.REFUTED),
        ("Faure was the new president of the SRC group in December 2016.", Verdict.SUPPORTED),
    ],
)
def test_the_new_holder_of_a_title_took_it_then(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "They denounced the proposal as a 'surrender'": the party executives the sentence before
        # has as its subject, not LFI, which it names in passing; nor their deed on another
        # sentence's object (his "right of inspection").
        ("LFI denounced the proposal as a surrender.", Verdict.NOT_ENOUGH_INFO),
        ("The 1,000 party executives denounced the right of inspection.", Verdict.NOT_ENOUGH_INFO),
        ("The party executives denounced the proposal as a surrender.", Verdict.SUPPORTED),
        ("The proposal was denounced as a surrender by the party executives.", Verdict.SUPPORTED),
    ],
)
def test_they_are_the_group_named_before(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A name only another sentence gives with a figure (the 2019 polls name no pollster), and
        # a judgement only he gives ("calling it 'unfortunate'") claimed of others.
        ("Harris Interactive polls gave the PS and Place Publique alliance under 5%.", Verdict.NOT_ENOUGH_INFO),
        ("Several polls projected that the PS–Place Publique alliance would get less than 5%.", Verdict.SUPPORTED),
        ("Several figures on the left described the expression as unfortunate.", Verdict.NOT_ENOUGH_INFO),
        ("La gauche a qualifié l'expression de malheureuse.", Verdict.NOT_ENOUGH_INFO),
        ("Several figures on the left criticised the proposal.", Verdict.SUPPORTED),
    ],
)
def test_a_name_or_a_judgement_from_another_sentence(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Keeping his seat is his re-election: 22 June 2017 dates the group presidency's.
        ("Faure kept his seat in the National Assembly on 22 June 2017.", Verdict.NOT_ENOUGH_INFO),
        ("On 22 June 2017, Faure was re-elected to the presidency of the Socialist group.", Verdict.SUPPORTED),
    ],
)
def test_a_seat_kept_is_dated_as_his_re_election(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A person the source never names, whose first name it holds inside another word
        # ("Gabriel" in "Gabrielle"), in a place it gives another: refuted by that one.
        ("In 1991 Faure led the Young Rocardiens, a group backing Prime Minister Gabriel Durand.",
         Verdict.REFUTED, "Michel Rocard, not Gabriel Durand"),
        ("En décembre 2024, le NFP et le RN ont renversé le Premier ministre Gabriel Attal.",
         Verdict.REFUTED, "Michel Barnier, not Gabriel Attal"),
        # Near misses: the one the source names stays SUPPORTED; a title word before the
        # unknown name is no first name, and a place no one is given stays NOT_ENOUGH_INFO.
        ("In December 2024, the NFP and the National Rally ousted Prime Minister Michel Barnier.", Verdict.SUPPORTED, None),
        ("Gabriel Attal criticised the PS in February 2025.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)  # fmt: skip
def test_an_unknown_person_with_a_known_first_name_in_anothers_place(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    assert checked.correction == correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An origin in other words than "of … origin" ("roots", "ancestry", « ascendance »), given
        # to the holder the evidence gives another: refuted whichever parent that holder was.
        ("His father, a tax inspector, had Portuguese ancestry.", Verdict.REFUTED),
        ("Sa mère, infirmière vietnamienne, était d'ascendance japonaise.", Verdict.REFUTED),
        # The holder as the subject before the verb: "his French parent", the tax agent.
        ("His French parent was of Italian origin.", Verdict.REFUTED),
        # Near misses: the right origin is no contradiction; a parent by kinship alone, whom the
        # source never says is which, or an origin of his own (he has two) stays NOT_ENOUGH_INFO.
        ("His French parent was of Spanish origin.", Verdict.SUPPORTED),
        ("Faure's Vietnamese parent had Chinese roots.", Verdict.SUPPORTED),
        ("Faure's father had Italian roots.", Verdict.NOT_ENOUGH_INFO),
        ("Faure has Italian roots.", Verdict.NOT_ENOUGH_INFO),
        ("Faure supported grassroots activists.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_an_origin_in_other_words_is_checked_against_its_holders(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A stance the source gives the same one on the same thing the other way round: his
        # proposal to discuss cooperation with LFI, Carole Delga's proposals against it, his
        # opposing the frondeur rebels, his support of the law without article 49.3.
        ("Olivier Faure rejected any pact with La France Insoumise in 2022.", Verdict.REFUTED),
        ("Carole Delga advocated an alliance with La France Insoumise.", Verdict.REFUTED),
        ("Under Hollande, Faure was among the frondeur rebels.", Verdict.REFUTED),
        ("Faure a plaidé pour le recours à l'article 49.3.", Verdict.REFUTED),
        # Near misses: the stance the source's way; another holder, another time, another thing
        # or a stance toward him (not his) stays as it was; a denial is not read here.
        ("Faure proposed discussing cooperation with LFI in 2022.", Verdict.SUPPORTED),
        ("Martine Aubry backed an alliance with LFI.", Verdict.NOT_ENOUGH_INFO),
        ("In 2024, Faure opposed an alliance with LFI.", Verdict.NOT_ENOUGH_INFO),
        ("Faure opposed an alliance with the Greens.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was supported by Carole Delga in 2018.", Verdict.SUPPORTED),
        ("Faure did not oppose cooperation with LFI.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_stance_the_source_gives_the_other_way_round(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_reversed_stance_is_corrected_by_the_sources_words(store: Store) -> None:
    checked = verify(store, "Carole Delga advocated an alliance with La France Insoumise.")
    assert (
        checked.correction
        == "Carole Delga's proposals against cooperation, not advocated an alliance with La France Insoumise"
    )
    assert [e.id for e in checked.evidence] == ["s53"]


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A re-election at a congress the source dates, dated otherwise, is corrected by the
        # congress's own date, whatever words the claim gives the post (« à la direction du
        # parti » for first secretary): it was "another date, but for another fact".
        ("En 2019, Faure a été reconduit à la direction du parti lors du congrès de Villeurbanne.",
         Verdict.REFUTED, "Sep 2021 (the Villeurbanne Congress), not 2019"),
        ("Faure a été réélu à la tête du Parti socialiste au congrès de Villeurbanne en 2020.",
         Verdict.REFUTED, "Sep 2021 (the Villeurbanne Congress), not 2020"),
        # Near miss: the congress's own year.
        ("Faure a été réélu à la tête du Parti socialiste au congrès de Villeurbanne en 2021.", Verdict.SUPPORTED, None),
    ],
)  # fmt: skip
def test_a_reelection_at_a_congress_is_dated_by_the_congress(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    assert checked.correction == correction


@pytest.mark.parametrize(
    ("claim", "refuted"),
    [
        # A French cleft after a setting names the doer of the rest: another successor than the
        # source's (Valérie Rabault) is refuted, as without the cleft.
        ("Après son élection comme premier secrétaire, c'est Corinne Narassiguin qui a succédé à Faure à la tête du "
         "groupe Nouvelle Gauche.", True),
        # Near miss: the source's successor is not refuted.
        ("Après son élection comme premier secrétaire, c'est Valérie Rabault qui a succédé à Faure à la tête du "
         "groupe Nouvelle Gauche.", False),
    ],
)  # fmt: skip
def test_a_cleft_after_a_setting_names_the_doer(store: Store, claim: str, refuted: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.REFUTED) is refuted


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A relation many may hold (supporters, those close to him): the source naming some
        # ("notably supported by Martine Aubry … and Carole Delga", "formerly close to
        # Christophe Castaner") closes no list, so one more is not "another one" (these were
        # REFUTED "Martine Aubry, not Ségolène Royal", "Christophe Castaner, not Benoît Hamon").
        ("Faure a été soutenu par Carole Delga et Ségolène Royal en 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was once close to Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was notably backed by Anne Hidalgo in 2018.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: those the source names stay SUPPORTED; a place one holds at a time
        # (the Prime Minister a group supported) is still refuted.
        ("Faure was supported by Martine Aubry and Carole Delga in 2018.", Verdict.SUPPORTED),
        ("In 1991 Faure led the Young Rocardiens, a group supporting Prime Minister Lionel Jospin.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_relation_many_may_hold_is_not_closed_by_the_names_given(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A stance's thing in other words: "team up" is joining forces, an intensifier
        # ("leading", "main") names no other thing, "rebelling" meets "rebels", and what is set
        # against after it ("against Hollande") is no part of the thing.
        ("Carole Delga lobbied for the party to team up with La France Insoumise.", Verdict.REFUTED),
        ("He was one of the main frondeurs rebelling against Hollande.", Verdict.REFUTED),
        # Near miss: another partner than the source's is no contradiction.
        ("Faure opposed teaming up with the Greens.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_stances_thing_in_other_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Among supporters, one the source sets against him (his rival "against 120 for
        # Guillaume Bachelay") is still refuted; one it never sets against him is not.
        ("Faure's 2018 bid was backed by Martine Aubry and Guillaume Bachelay.", Verdict.REFUTED),
        ("Faure was supported by Carole Delga and Ségolène Royal in 2018.", Verdict.NOT_ENOUGH_INFO),
        # Being close once is no support: an opponent later may have been close before.
        ("Faure was formerly close to Manuel Valls.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_supporter_the_source_sets_against_him_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An English negative contraction is its words: "didn't endorse" is "did not endorse"
        # ("didn" was a word the evidence did not say).
        ("Faure didn't endorse Emmanuel Macron for the 2017 presidential election.", Verdict.SUPPORTED),
        ("Faure didn't vote for the Philippe government in the July 2017 vote of confidence.", Verdict.SUPPORTED),
        # Near misses: the contraction denies what the source gives; a wrong year.
        ("Faure didn't join the Socialist Party.", Verdict.REFUTED),
        ("Faure wasn't born in La Tronche.", Verdict.REFUTED),
        ("Faure didn't back Philippe's government in a confidence vote in July 2019.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_negative_contraction_is_read_as_its_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The questions, the files, the issues of a field are the field ("in the field of human
        # rights"), where the evidence says it is one.
        ("Soria Blatmann s'occupait des dossiers de droits de l'homme au cabinet présidentiel de Macron.", Verdict.SUPPORTED),
        ("Faure's wife worked on human rights issues in Emmanuel Macron's presidential cabinet.", Verdict.SUPPORTED),
        # Near misses: another field; another president's cabinet.
        ("Faure's wife worked on climate issues in Emmanuel Macron's presidential cabinet.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann a travaillé sur les questions de droits de l'homme au cabinet de François Hollande.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_the_questions_of_a_field_are_the_field(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A decade holding the whole term of the post the claim tells is its time, though the
        # evidence's sentence dates another post in the decade before (advisor to Aubry, 1997).
        ("During the 2000s Faure served as Hollande's deputy chief of staff.", Verdict.SUPPORTED),
        # Near misses: a decade the term is not in; a term that runs over the decade's end.
        ("In the 1990s, Faure was assistant cabinet director to François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("Dans les années 2010, Faure était directeur adjoint du cabinet de François Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("In the 2000s, Faure was an advisor to Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_decade_holding_a_posts_whole_term(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « faire partie de ses soutiens » is being among them, as « faire partie des soutiens de
        # Faure »; backing him « pour devenir » a post is backing his candidacy for it.
        ("Martine Aubry faisait partie de ses soutiens en 2018.", Verdict.SUPPORTED),
        ("Aubry et Delga ont soutenu sa candidature pour devenir premier secrétaire.", Verdict.SUPPORTED),
        # Near misses: another set; someone the source does not name there.
        ("Martine Aubry faisait partie de ses adversaires en 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Manuel Valls faisait partie de ses soutiens pour devenir premier secrétaire.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_among_his_supporters_to_become_first_secretary(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Going back on one's words (« revenir sur sa formule ») is walking them back; a quoted
        # phrase's remark or comment, or talking about it, is the use of that expression; « droit
        # de regard » is the source's "right of inspection".
        ("Faure est revenu sur son expression « droit de regard ».", Verdict.SUPPORTED),
        ("Faure called his \"right of inspection\" comment unfortunate.", Verdict.SUPPORTED),
        ("Faure conceded that speaking of a \"right of inspection\" had been an unfortunate wording.", Verdict.SUPPORTED),
        # Near misses: another judgement; someone else's going back; stood by it; denied.
        ("Faure called his 'right of inspection' remark 'fortunate'.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga est revenue sur sa formule de « droit de regard », qu'elle a jugée « malheureuse ».", Verdict.NOT_ENOUGH_INFO),
        ("Faure stood by his 'right of inspection' remark.", Verdict.REFUTED),
        ("Faure n'est jamais revenu sur sa formule de « droit de regard ».", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_walking_back_a_remark_in_other_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_claim_held_whole_only_by_a_phrases_sense_is_covered(store: Store) -> None:
    # No date, figure or name of its own: the evidence must hold nearly all its words, which a
    # fixed phrase ("his 'right of inspection' remark": the expression) says in the source's.
    assert verify(store, "Faure called his 'right of inspection' remark 'unfortunate'.").verdict is Verdict.SUPPORTED
    # Near miss: another quoted phrase is no remark the source tells him calling so.
    assert (
        verify(store, "Faure called his 'separation of powers' remark 'unfortunate'.").verdict
        is Verdict.NOT_ENOUGH_INFO
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The words set just before a quotation the telling sentence takes up may be those of the
        # sentence that quoted it first ("a police 'right of inspection'": his demand for police).
        ("Faure acknowledged that speaking of a police \"right of inspection\" was an unfortunate choice of words.", Verdict.SUPPORTED),
        # Near misses: another holder of the right; that sentence's other words are not told
        # as what he owned.
        ("Faure admitted that talking about a union \"right of inspection\" was an unfortunate choice of words.", Verdict.NOT_ENOUGH_INFO),
        ("Faure admitted that the police were \"constantly exposed to aggression\".", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_quotation_taken_up_is_named_as_first_quoted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The members a list sends to the European Parliament are its seats there (in verify only:
        # `ask` reads "How many Socialist MEPs" as a count of its own); a count of them and a
        # count of its Socialists are no pair of figures to swap.
        ("Of the six MEPs elected on the joint PS–Place Publique list, three were Socialists.", Verdict.SUPPORTED),
        ("The joint list got six MEPs in the 2019 European elections.", Verdict.SUPPORTED),
        # Near misses: his own seat there, which the source never gives him; another count; the
        # whole's count given to the Socialists.
        ("Faure was elected an MEP in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure a été élu eurodéputé en 2019.", Verdict.NOT_ENOUGH_INFO),
        ("Four Socialists were among the six MEPs elected on the PS–Place Publique list.", Verdict.NOT_ENOUGH_INFO),
        ("Three Socialists were among the seven MEPs elected on the Place Publique list in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("The joint list won three MEPs in 2019.", Verdict.REFUTED),
        ("The PS won six MEPs in 2019.", Verdict.REFUTED),
        # (Counts of one noun are still a pair: the job cuts swapped between their places.)
        ("The concessions abandoned 500 job cuts in education and 4000 at France Travail.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_meps_are_a_lists_seats(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A win told from the winner's side after a year set without a comma ("In 2007 X beat
        # Faure"), or after the year's contest ("In the 2012 runoff Faure beat X").
        ("In 2007 Chantal Brunel of the UMP beat Faure in the legislative elections.", Verdict.SUPPORTED),
        ("In the 2012 legislative runoff Faure beat Cathy Bissonier.", Verdict.SUPPORTED),
        # Near misses: the wrong side, the wrong year, the wrong rival.
        ("In 2007 Faure beat the UMP's Chantal Brunel in the legislative elections.", Verdict.REFUTED),
        ("In 2012 the UMP's Chantal Brunel beat Faure in the legislative elections.", Verdict.REFUTED),
        ("In 2012 the UMP's Cathy Bissonier beat Faure in the runoff.", Verdict.REFUTED),
        ("In the 2018 first round Stéphane Le Foll beat Faure.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_contest_set_in_its_year_without_a_comma(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "less than 37%" for the source's 36.78%: the figure rounded up, a bound checked with the
        # figure, not a comparison the source must make in words.
        ("Cathy Bissonier received fewer than 37% of the votes in the 2012 runoff.", Verdict.SUPPORTED),
        # Near misses: a bound far above the figure (another figure may be met by it); a bound
        # the figure breaks.
        ("Faure's business had fewer than 200 employees.", Verdict.NOT_ENOUGH_INFO),
        ("Faure won less than 70% of the vote at Villeurbanne.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's business had fewer than 100 employees.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_bound_just_above_the_figure(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Writing about something is the book the source tells him publishing about it; a book
        # "called" or "named" so is titled so, its title checked as a title.
        ("In early 2007 Faure wrote about the inner workings of Ségolène Royal's campaign.", Verdict.SUPPORTED),
        ("In 2007 Faure published a comic book named Ségo, François, papa et moi.", Verdict.SUPPORTED),
        # Near misses: another campaign, another year; another title, or words from inside the
        # source's title given as the whole.
        ("Faure wrote about the behind-the-scenes of François Hollande's presidential bid.", Verdict.NOT_ENOUGH_INFO),
        ("Faure wrote about the behind-the-scenes of Ségolène Royal's campaign in 2012.", Verdict.REFUTED),
        ("In 2007 Faure put out a comic book called Ségo et moi.", Verdict.NOT_ENOUGH_INFO),
        ("In 2007 Faure published a comic book titled Papa et moi.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_writing_about_and_a_book_called(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A place told from behind ("X finished behind Faure") is the place the evidence gives the
        # one ahead ("Faure came first … against … for X"): not someone else's deed; who is ahead
        # is still checked.
        ("Stéphane Le Foll finished behind Faure in the first round in 2018.", Verdict.SUPPORTED),
        ("Stéphane Le Foll pulled out of the race after finishing behind Faure in the first round in March 2018.", Verdict.SUPPORTED),
        # Near misses: the order turned round; the poll, where Le Foll was ahead; a third person.
        ("Stéphane Le Foll finished ahead of Faure in the first round in 2018.", Verdict.REFUTED),
        ("Stéphane Le Foll finished behind Faure in the Harris Interactive poll.", Verdict.REFUTED),
        ("Stéphane Le Foll dropped out after finishing behind Hélène Geoffroy in the first round of the 2018 leadership vote.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll won after finishing behind Faure in the first round of the 2018 leadership vote.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_a_place_told_from_behind(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Beating polls told with a participle ("polls projecting it below 5%"), the election set
        # before the subject without a comma: the three things it says, each checked.
        ("In 2019, the joint list beat polls projecting it below 5%, taking 6.2% of the vote.", Verdict.SUPPORTED),
        ("In the 2019 European elections the joint list beat polls forecasting under 5%, taking 6.2%.", Verdict.SUPPORTED),
        # Near misses: another year, another count, a bound the polls did not give.
        ("In the 2014 European elections the PS–Place Publique list beat polls predicting under 5%, winning 6.2%.", Verdict.REFUTED),
        ("In the 2019 European elections the PS–Place Publique list beat polls predicting under 5%, winning 6.2% and seven seats.", Verdict.REFUTED),
        ("In the 2019 European elections the PS–Place Publique list beat polls predicting under 10%, winning 6.2% and six seats.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_beating_polls_told_with_a_participle(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Leaving someone the presumptive holder, named by the post itself: making them so.
        ("Stéphane Le Foll dropped out after round one, leaving Faure the presumptive first secretary.", Verdict.SUPPORTED),
        # Near misses: the other one left so; another post; another person.
        ("Faure withdrew after the first round, leaving Stéphane Le Foll the presumptive first secretary.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll withdrew after the first round, leaving Faure the presumptive president.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll withdrew after the first round, leaving Hélène Geoffroy the presumptive first secretary.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_leaving_him_the_presumptive_holder_of_a_post(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_closing_participle_is_no_side_of_an_order(store: Store) -> None:
    # "X withdrew after the first round, making Faure …": what the whole came to, not the fact
    # the withdrawal came after (it was REFUTED, "the source tells them the other way round").
    claim = "Stéphane Le Foll withdrew after round one, making Faure the presumptive first secretary."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    # Near miss: an order the source does not tell is still not supported.
    assert (
        verify(
            store, "Faure withdrew after the first round, making Stéphane Le Foll the presumptive first secretary."
        ).verdict
        is not Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A second predicate after a clause naming someone else is the subject's: its figure or
        # title must be his (the figures were read as the rival's, the titles as Delga's, Blatmann's).
        ("Olivier Faure defeated Guillaume Bachelay and obtained 120 votes.", Verdict.REFUTED),
        ("Olivier Faure defeated Guillaume Bachelay and obtained 137 votes.", Verdict.SUPPORTED),
        ("Olivier Faure a devancé Stéphane Le Foll et a recueilli 26,45 % des voix.", Verdict.REFUTED),
        ("Olivier Faure a devancé Stéphane Le Foll et a recueilli 48,37 % des voix.", Verdict.SUPPORTED),
        ("Bachelay lost to Faure and received 137 votes.", Verdict.REFUTED),
        ("Faure was backed by Carole Delga and was president of Occitania.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was backed by Carole Delga and was the first signatory of the motion.", Verdict.SUPPORTED),
        ("Faure's wife worked in Macron's cabinet and became director-general of UNESCO.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_second_predicate_is_its_subjects(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A relative clause on the one named ("X, who …") or a description of the subject between
        # commas says what is theirs: it was read as his, or as the sentence's.
        ("Faure defeated Delphine Batho, who was re-elected head of the Socialist group.", Verdict.NOT_ENOUGH_INFO),
        (
            "Olivier Faure a conseillé Martine Aubry, qui était directrice adjointe du cabinet de Hollande.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Faure was close to Christophe Castaner, who was born in La Tronche.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann, his wife, was the director-general of UNESCO.", Verdict.NOT_ENOUGH_INFO),
        ("Faure beat Cathy Bissonier, who got 36.78% of the vote.", Verdict.SUPPORTED),
        ("Faure a battu Delphine Batho, qui a obtenu 3 voix.", Verdict.SUPPORTED),
        ("Faure a battu Delphine Batho, qui a obtenu 28 voix.", Verdict.REFUTED),
        ("Soria Blatmann, his wife, worked on human rights in the presidential cabinet.", Verdict.SUPPORTED),
    ],
)
def test_a_relative_clause_is_the_named_persons(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A role set before the subject ("As …", "Being …", « Comme … ») must be theirs, and his
        # at the time of the rest: the evidence's "Prime Minister" is Valls, "Minister of the
        # Interior" Castaner, and he was First Secretary from 2018, not in 2000-2007.
        ("As Interior Minister, Faure broke with Christophe Castaner.", Verdict.NOT_ENOUGH_INFO),
        (
            "Being Prime Minister, Faure refused to consider the compromise amendment to Article 2 in July 2016.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "As the party's First Secretary, Faure served as Hollande's assistant cabinet director.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Comme premier secrétaire, Faure était directeur adjoint de cabinet de François Hollande.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("As First Secretary, Faure was re-elected at the Villeurbanne Congress in 2021.", Verdict.SUPPORTED),
        ("As head of the New Left group, Faure was elected First Secretary.", Verdict.SUPPORTED),
        ("As a PS member, Faure met Benoît Hamon.", Verdict.SUPPORTED),
        ("As the mayor of Lille, Martine Aubry backed Faure.", Verdict.SUPPORTED),
    ],
)
def test_a_role_set_before_him_is_his_then(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A figure "with" the one he won against is the winner's, as after "beat" and "elected
        # against": it was read as the rival's, and the rival's own figure SUPPORTED.
        ("Olivier Faure l'a emporté face à Delphine Batho avec 3 voix.", Verdict.REFUTED),
        ("Olivier Faure l'a emporté face à Delphine Batho avec 28 voix.", Verdict.SUPPORTED),
        ("Olivier Faure won over Hélène Geoffroy with 26.52%.", Verdict.REFUTED),
        ("Olivier Faure won over Hélène Geoffroy with 73.49%.", Verdict.SUPPORTED),
        ("Faure prevailed over Guillaume Bachelay with 120 votes.", Verdict.REFUTED),
    ],
)
def test_a_figure_with_the_one_he_won_against_is_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His age is no part of the role set before him: whether he was an activist then is told
        # by the sentence that says the rest; a title he never held stays unsupported, young or not.
        ("As a young activist, Olivier Faure became a member of the Socialist Party at 16.", Verdict.SUPPORTED),
        (
            "As a young Prime Minister, Olivier Faure became a member of the Socialist Party at 16.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("As part of the NFP alliance, Faure's party more than doubled its seats.", Verdict.SUPPORTED),
    ],
)
def test_a_role_set_before_him_is_read_without_his_age(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His figure beside his rival's name is not checked against the rival's clause of the
        # sentence ("…, against the UMP's Cathy Bissonier with 36.78%"): it was REFUTED "36.78%,
        # not 63.2%"; and a second predicate after a contest is read with the contest's rival.
        ("Olivier Faure got 63.2% of the vote against Cathy Bissonier.", Verdict.SUPPORTED),
        ("Olivier Faure defeated Cathy Bissonier and obtained 63.2% of the vote.", Verdict.SUPPORTED),
        ("Olivier Faure got 36.78% of the vote against Cathy Bissonier.", Verdict.REFUTED),
        ("Olivier Faure defeated Cathy Bissonier and obtained 36.78% of the vote.", Verdict.REFUTED),
    ],
)
def test_his_figure_beside_his_rivals_name_is_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "became … after <date>" dates the start, not the term held: he became First Secretary
        # on 7 April 2018 (was SUPPORTED "after 2018"), and an election is up to two months before.
        ("He became First Secretary of the PS after 2018.", Verdict.REFUTED),
        ("He was elected First Secretary of the PS after 2018.", Verdict.REFUTED),
        ("Olivier Faure became the party's First Secretary before 2019.", Verdict.SUPPORTED),
        # Holding it after a date is still true.
        ("He was First Secretary of the PS after 2019.", Verdict.SUPPORTED),
    ],
)
def test_becoming_a_post_after_a_date_dates_its_start(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Batho and Bachelay ran against him for the group's presidency, not for his seat.
        ("He won re-election to the Assembly against Delphine Batho.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure was elected MP against Guillaume Bachelay.", Verdict.NOT_ENOUGH_INFO),
        ("Il a été élu à l'Assemblée contre Delphine Batho.", Verdict.NOT_ENOUGH_INFO),
        # His rivals for the seat, and the group's race itself, stay SUPPORTED.
        ("He was re-elected to the Assembly against Amandine Rubinelli.", Verdict.SUPPORTED),
        ("Faure was elected to the National Assembly against Cathy Bissonier.", Verdict.SUPPORTED),
        ("He beat Delphine Batho for the presidency of the Socialist group.", Verdict.SUPPORTED),
    ],
)
def test_a_rival_for_the_group_is_no_rival_for_his_seat(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The body that elected him must be the one the source says: the New Left group is in
        # the other clause of s38 (Rabault replaced him at its head).
        ("Olivier Faure was elected the party's First Secretary by the Socialist group.", Verdict.NOT_ENOUGH_INFO),
        ("Il a été élu premier secrétaire par le Bureau national du parti.", Verdict.NOT_ENOUGH_INFO),
        # A body the source names as choosing him, or the congress or council he was chosen at.
        (
            "Faure was nominated by the Socialist Party as its candidate for the 2012 legislative elections.",
            Verdict.SUPPORTED,
        ),
        ("Olivier Faure was elected First Secretary by the Aubervilliers Congress.", Verdict.SUPPORTED),
    ],
)
def test_the_body_that_elected_him_is_the_one_the_source_names(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two posts taken up in an order the terms contradict (head of the group from December
        # 2016, First Secretary from April 2018; Rabault followed him at the group's head).
        ("Olivier Faure became First Secretary after Rabault took over the group from him.", Verdict.NOT_ENOUGH_INFO),
        (
            "He took over the New Left group after he became First Secretary.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("He took over the New Left group after Rabault.", Verdict.REFUTED),
        ("Faure became the party's First Secretary after he became head of the New Left group.", Verdict.SUPPORTED),
    ],
)
def test_two_posts_taken_up_in_the_order_of_their_terms(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The PS "decided not to support another motion of censure against Francois Bayrou".
        ("The Socialist Party censured François Bayrou.", Verdict.REFUTED),
        ("Les députés socialistes ont censuré François Bayrou en février 2025.", Verdict.REFUTED),
        ("The PS voted against Bayrou in February 2025.", Verdict.REFUTED),
        ("The PS did not censure Bayrou.", Verdict.SUPPORTED),
        # Another motion, which ousted Barnier, is told as such; a vote the source never tells is
        # not refuted by the one against Bayrou.
        ("The NFP censured Michel Barnier in December 2024.", Verdict.SUPPORTED),
        ("Faure voted against Manuel Valls.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_censuring_is_voting_the_motion_the_source_may_deny(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The 6.2% is the alliance's list's, not a result of his own.
        ("Olivier Faure obtained 6.2% of the vote.", Verdict.NOT_ENOUGH_INFO),
        ("Il a recueilli 6,2 % des voix.", Verdict.NOT_ENOUGH_INFO),
        ("He was elected with 63.2% of the vote.", Verdict.SUPPORTED),
        ("The alliance's joint list won 6.2% of the vote.", Verdict.SUPPORTED),
        # A comparison of two results the source gives the other way round (6.2% against 3.3%).
        ("La liste de Benoît Hamon a obtenu plus de voix que celle de l'alliance.", Verdict.NOT_ENOUGH_INFO),
        ("The alliance's list got more votes than the polls projected.", Verdict.SUPPORTED),
    ],
)
def test_a_lists_result_is_not_his_nor_compared_the_other_way(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "A had B as his R": B holds R. He was Hollande's assistant cabinet director; Paulin Roy
        # was his substitute.
        ("Olivier Faure had François Hollande as his assistant cabinet director.", Verdict.NOT_ENOUGH_INFO),
        ("EELV's Paulin Roy had Olivier Faure as his substitute.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure had Paulin Roy as his substitute.", Verdict.SUPPORTED),
        # A rank or a post given to the one he ranked behind or took over from.
        ("Stéphane Le Foll came second in a Harris Interactive poll.", Verdict.NOT_ENOUGH_INFO),
        ("A Harris Interactive poll placed Faure second.", Verdict.SUPPORTED),
        ("Bruno Le Roux was elected to head the SRC group on 13 December 2016.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure became head of the SRC group on 13 December 2016.", Verdict.SUPPORTED),
        # "his own" campaign: Ségolène Royal's.
        ("Faure published a comic book about his own campaign in 2007.", Verdict.NOT_ENOUGH_INFO),
        ("Faure wrote a comic book about Ségolène Royal's campaign.", Verdict.SUPPORTED),
    ],
)
def test_a_role_rank_or_thing_given_to_the_wrong_one(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # He was inaugurated in the Aubervilliers Congress; a national council is another sitting.
        ("He was inaugurated as the party's First Secretary at a national council.", Verdict.NOT_ENOUGH_INFO),
        ("He was inaugurated as First Secretary at the Aubervilliers Congress.", Verdict.SUPPORTED),
        ("Olivier Faure a été investi au congrès d'Aubervilliers le 7 avril 2018.", Verdict.SUPPORTED),
        # A date opening the claim leaves the motion's denial to refute it.
        ("In February 2025, the Socialist Party censured François Bayrou.", Verdict.REFUTED),
    ],
)
def test_where_he_was_inaugurated_and_a_dated_censure(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # "A second term" counts terms, not places: no rank to refute (it was REFUTED "re-elected as
        # first secretary with 73.49% of, not second").
        "At Villeurbanne in 2021 he won a second term as first secretary with nearly three quarters of the vote.",
        "Olivier Faure secured a second term as PS leader in 2021.",
    ],
)
def test_a_second_term_is_no_rank(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED
    # Near miss: a place in a round is a rank.
    assert verify(store, "Faure came second in the first round of the 2018 vote.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A word a sentence beside the evidence carries from further on ("unfortunate", said of
        # his "right of inspection") completes no claim about the El Khomri law.
        ("Faure called his backing of the El Khomri law unfortunate.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a qualifié de malheureux son soutien à la loi El Khomri.", Verdict.NOT_ENOUGH_INFO),
        ('Faure called the expression "right of inspection" unfortunate.', Verdict.SUPPORTED),
        ("Faure supported the adoption of the El Khomri law.", Verdict.SUPPORTED),
    ],
)
def test_a_word_carried_by_the_sentence_beside_completes_no_claim(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # 22 June 2017 is his group presidency's re-election; his seat's is told undated, in the
        # sentence before: not by « l'Assemblée », parliament, nor the month alone.
        ("Faure a été réélu à l'Assemblée le 22 juin 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was re-elected to the Assembly in June 2017.", Verdict.NOT_ENOUGH_INFO),
        ("In June 2017, Faure was re-elected to the presidency of the Socialist group.", Verdict.SUPPORTED),
        ("Faure a été réélu à la présidence du groupe socialiste le 22 juin 2017.", Verdict.SUPPORTED),
    ],
)
def test_his_seat_is_not_given_the_date_of_his_group_re_election(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Said to come after his successor, a post named by fewer of its words: the order turned round.
        ("Olivier Faure took over the Socialist group after Rabault.", Verdict.REFUTED),
        ("Faure took over the Socialist group after Valérie Rabault.", Verdict.REFUTED),
        ("Faure took over the Socialist group after Bruno Le Roux.", Verdict.SUPPORTED),
        ("Valérie Rabault took over the Socialist group after Faure.", Verdict.SUPPORTED),
    ],
)
def test_a_post_taken_after_his_successor_is_not_supported(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "six seats, including three Socialists": the part is the Socialists', not the ally's.
        ("The joint list took six seats, three of which went to Place Publique.", Verdict.NOT_ENOUGH_INFO),
        ("La liste commune a remporté six sièges, dont trois pour Place publique.", Verdict.NOT_ENOUGH_INFO),
        ("The joint list took six seats, three of which went to Socialists.", Verdict.SUPPORTED),
        ("La liste commune a remporté six sièges, dont trois socialistes.", Verdict.SUPPORTED),
    ],
)
def test_a_part_of_a_whole_is_the_one_the_source_names(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "party executives" in a sentence about talks between LFI and the PS: his party's.
        ("Executives of LFI challenged Faure over a possible electoral deal.", Verdict.NOT_ENOUGH_INFO),
        ("Des cadres de LFI ont contesté Faure sur un pacte électoral.", Verdict.NOT_ENOUGH_INFO),
        ("Socialist executives challenged Faure on a potential electoral pact.", Verdict.SUPPORTED),
        ("Les cadres du PS ont contesté Faure sur un pacte électoral.", Verdict.SUPPORTED),
    ],
)
def test_members_are_not_given_to_the_other_party_named_beside(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A party given by the English "of" after a name: EELV's Paulin Roy, LREM's Amandine Rubinelli.
        ("Amandine Rubinelli, of the Greens, was Faure's opponent in 2017.", Verdict.REFUTED),
        ("Faure's 2017 substitute was Paulin Roy, of LREM.", Verdict.REFUTED),
        # No other party in the sentence that tells his: not this rule's (EELV withdrew Brûlé).
        ("Jean-Marc Brûlé of LREM withdrew in 2012.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's substitute, Paulin Roy of the UMP, was chosen in 2017.", Verdict.REFUTED),
        ("Paulin Roy of EELV was Faure's substitute.", Verdict.SUPPORTED),
    ],
)
def test_a_party_given_by_of_after_a_name(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "the presidential cabinet of Emmanuel Macron": no one else's.
        ("Soria Blatmann worked in François Hollande's presidential cabinet until 2018.", Verdict.REFUTED),
        ("Soria Blatmann sat in Olivier Faure's presidential cabinet.", Verdict.REFUTED),
        ("Soria Blatmann worked in Emmanuel Macron's presidential cabinet until 2018.", Verdict.SUPPORTED),
    ],
)
def test_a_thing_of_one_person_given_to_another_by_the_possessive(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "the Lycée Pothier in Orléans and then the University of Orléans, where he graduated
        # with a Master of Advanced Studies (MAS) in economic law": the degree is the second's.
        ("Faure was awarded his Master of Advanced Studies in economic law by the Lycée Pothier.", Verdict.REFUTED),
        # Another degree than the source's: not told either way.
        ("Faure graduated from the Lycée Pothier with distinction.", Verdict.NOT_ENOUGH_INFO),
        (
            "Faure received a Master of Advanced Studies in economic law from the University of Orléans.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_degree_given_to_the_first_of_two_schools_in_a_row(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « devancé par X »: X came ahead of him, a loss as « battu par » is; he came ahead.
        ("Aux législatives de 2012, Olivier Faure a été devancé par Cathy Bissonier.", Verdict.REFUTED),
        ("En septembre 2021, Olivier Faure a été devancé par Hélène Geoffroy.", Verdict.REFUTED),
        ("Aux législatives de 2012, Olivier Faure a devancé Cathy Bissonier.", Verdict.SUPPORTED),
        # (She came behind him: his win, true; it was REFUTED as hers until race27.)
        ("Cathy Bissonier a été devancée par Olivier Faure.", Verdict.SUPPORTED),
    ],
)
def test_devance_par_is_a_loss(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "served in/at/for/with X" with no post: X must be a body he worked in or belonged to,
        # not only a name near him (Philippe's government, LREM: other people's).
        ("Olivier Faure served in Édouard Philippe's government.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure served for La République En Marche.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure served in the National Assembly.", Verdict.SUPPORTED),
        ("Olivier Faure served in the cabinet of Martine Aubry.", Verdict.SUPPORTED),
    ],
)
def test_served_in_a_body_must_be_his(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A presidency given to someone the source never calls a president (Rocard was Prime
        # Minister, Brunel a UMP deputy): their name near the evidence is not the title.
        ("Michel Rocard a été président.", Verdict.NOT_ENOUGH_INFO),
        ("Chantal Brunel fut présidente.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga was the president of the region of Occitania.", Verdict.SUPPORTED),
        ("Olivier Faure was president of the New Left group.", Verdict.SUPPORTED),
    ],
)
def test_a_presidency_the_source_gives_another_not_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A post in other words than the source's ("deputy chief of staff", « directeur adjoint
        # de cabinet »: its assistant cabinet director) served someone the source never names:
        # REFUTED by the one it served, as the source's own title is.
        (
            "Between 2000 and 2007 Olivier Faure was deputy chief of staff to Pierre Mauroy.",
            Verdict.REFUTED,
            "Pierre Mauroy",
        ),
        ("De 2000 à 2007, il fut directeur adjoint de cabinet de Pierre Mauroy.", Verdict.REFUTED, "Pierre Mauroy"),
        # Near misses: the right principal stays SUPPORTED; another span, unknown, stays NEI.
        ("Between 2000 and 2007 Olivier Faure was deputy chief of staff to François Hollande.", Verdict.SUPPORTED, ""),
        ("From 1997 to 2000 Olivier Faure was deputy chief of staff to Pierre Mauroy.", Verdict.NOT_ENOUGH_INFO, ""),
        ("In 2012 Olivier Faure was a friend of Pierre Mauroy's chief of staff.", Verdict.NOT_ENOUGH_INFO, ""),
    ],
)
def test_a_post_in_other_words_served_someone_unnamed(
    store: Store, claim: str, verdict: Verdict, correction: str
) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert checked.correction == f"François Hollande, not {correction}"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A deed wanted done by a means is a stance for that means: he backed the law "without
        # resorting to article 49.3", so wishing it passed by 49.3 is the other way round.
        ("Faure wished to see the El Khomri law passed by using 49.3.", Verdict.REFUTED),
        ("Faure souhaitait faire voter la loi El Khomri en utilisant le 49.3.", Verdict.REFUTED),
        # Near misses: his own way (without it) is not refuted; another's wish is not his.
        ("Faure wanted the El Khomri law passed without using 49.3.", Verdict.NOT_ENOUGH_INFO),
        ("Manuel Valls wanted the El Khomri law pushed through using Article 49.3.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_stance_for_a_means_the_source_says_he_did_without(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Standing by one's words is a stance for them; he "walked back his use of the expression
        # 'right of inspection'" two sentences after the rally that dates the story.
        (
            "After his speech at the police rally in May 2021, Faure stood fast by his demand for a right of inspection.",
            Verdict.REFUTED,
        ),
        ("Olivier Faure kept to his call for a right of inspection.", Verdict.REFUTED),
        # Near misses: another time the story does not reach; the walking back itself.
        ("After the 2024 elections, Faure stood by his call for a right of inspection.", Verdict.NOT_ENOUGH_INFO),
        ("Faure later walked back his use of the expression right of inspection.", Verdict.SUPPORTED),
    ],
)
def test_standing_by_words_he_walked_back(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # A figure the sentence gives no one by name, claimed as another's: the correction says
        # theirs where the sentence gives it, the list item's own figure where the claim's words
        # name another item, else the clause the figure stands in; never "his own or his list's".
        (
            "At the 2021 congress Hélène Geoffroy obtained 73.49% of the vote.",
            Verdict.REFUTED,
            "Hélène Geoffroy's: 26.52%, not 73.49%",
        ),
        (
            "Bayrou's concessions included scrapping 4,000 job cuts at France Travail.",
            Verdict.REFUTED,
            "500, not 4,000",
        ),
        ("Paulin Roy obtained 61.1% in 2017.", Verdict.REFUTED, "61.1% in “receiving 61.1%"),
        # Near misses: the right figures stay SUPPORTED.
        ("Hélène Geoffroy obtained 26.52% at the 2021 congress.", Verdict.SUPPORTED, ""),
        ("The concessions included abandoning 500 job cuts at France Travail.", Verdict.SUPPORTED, ""),
    ],
)
def test_a_figure_given_to_another_is_corrected_in_its_slot(
    store: Store, claim: str, verdict: Verdict, correction: str
) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    assert (checked.correction or "").startswith(correction)
    assert "his own or his list's" not in (checked.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A change of the party's seats told the other way round in the year the source has
        # them "more than doubled": REFUTED, in English and French.
        ("In 2024 the PS halved its number of seats in the Assembly.", Verdict.REFUTED),
        ("The Socialist Party shed seats in the National Assembly in 2024.", Verdict.REFUTED),
        ("En 2024, le Parti socialiste a perdu la plupart de ses sièges.", Verdict.REFUTED),
        # Near misses: the same way, no year, another party: not this rule's to refute.
        ("In 2024 the Socialist Party more than doubled its seats.", Verdict.SUPPORTED),
        ("The Socialist Party shed seats in the National Assembly.", Verdict.NOT_ENOUGH_INFO),
        ("In 2024 La France Insoumise lost seats.", Verdict.NOT_ENOUGH_INFO),
        ("In 2024 the Socialist Party did not lose seats.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_change_of_seats_told_the_other_way_round(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A relative clause on the subject, between commas, is a claim of its own: where it is
        # REFUTED, so is the whole (she succeeded him in 2018; Faure came first, not Le Foll).
        (
            "Valérie Rabault, qui a précédé Faure à la présidence du groupe Nouvelle Gauche, lui a cédé sa place en 2016.",
            Verdict.REFUTED,
        ),
        ("Bruno Le Roux, who succeeded Faure at the head of the Socialist group, was a deputy.", Verdict.REFUTED),
        # Near misses: a true relative clause refutes nothing.
        ("Stéphane Le Foll, who came second in the first round, withdrew from the race.", Verdict.NOT_ENOUGH_INFO),
        (
            "Valérie Rabault, who replaced Faure at the head of the New Left group, was elected in 2018.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_refuted_relative_clause_on_the_subject(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A body of the party takes a stance too: its National Office "rejected Carole Delga's
        # proposals against cooperation", so backing her is the other way round.
        ("In 2022 the Socialist National Office backed Carole Delga against an alliance with LFI.", Verdict.REFUTED),
        ("Le bureau national a appuyé Carole Delga contre l'accord avec LFI.", Verdict.REFUTED),
        # Near misses: the source's own way stays SUPPORTED; another body is not this one.
        ("The National Office rejected Carole Delga's proposals against cooperation.", Verdict.SUPPORTED),
        ("The National Council of the PS backed Carole Delga against an alliance with LFI.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_party_body_stance_told_the_other_way_round(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "refuted"),
    [
        # "For the first time" / « pour la première fois » names the occasion, no title: the
        # figure it gives is checked against that occasion (2012's 63.2%; 61.1% was 2017's).
        (
            "Olivier Faure est entré à l'Assemblée pour la première fois en 2012, élu avec 61,1 % des voix.",
            True,
        ),
        ("Faure won a seat in parliament for the first time in 2012, with 61.1% of the vote.", True),
        # Near miss: the right figure is not refuted.
        ("Faure won a seat in parliament for the first time in 2012, with 63.2% of the vote.", False),
    ],
)
def test_a_first_time_figure_is_that_occasions(store: Store, claim: str, refuted: bool) -> None:
    assert (verify(store, claim).verdict is Verdict.REFUTED) is refuted


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Set phrases that say the source's fact in other words, each read only in its
        # construction: working alongside someone (worked with), handling a campaign's
        # communications (its chief of communications), fighting within an alliance (as part of
        # it), living in the same apartment (sharing it), bringing a government down (ousting it)
        # via a motion, a party's number of deputies (its seats), leaving him as X (making him X).
        ("Between 1991 and 1993, Faure worked alongside Gérard Gouzes.", Verdict.SUPPORTED),
        ("Between 1991 and 1993, Faure worked alongside Martine Aubry.", Verdict.REFUTED),
        ("In the 2011 primary, Faure handled the communications of François Hollande's campaign.", Verdict.SUPPORTED),
        ("In the 2011 primary, Faure handled the communications of Ségolène Royal's campaign.", Verdict.REFUTED),
        (
            "The Socialist Party, fighting within the NFP, more than doubled its seats in the 2024 parliamentary election.",
            Verdict.SUPPORTED,
        ),
        (
            "The Socialist Party, fighting within the NFP, more than doubled its seats in the 2017 parliamentary election.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Olivier Faure and Benoît Hamon lived in the same apartment for a time.", Verdict.SUPPORTED),
        ("Olivier Faure and Jean-Luc Mélenchon lived in the same apartment for a time.", Verdict.NOT_ENOUGH_INFO),
        ("The NFP and the National Rally brought the Barnier government down in December 2024.", Verdict.SUPPORTED),
        ("The NFP and the National Rally brought the Bayrou government down in February 2025.", Verdict.REFUTED),
        ("Michel Barnier was ousted in December 2024 via a motion of censure.", Verdict.SUPPORTED),
        ("In 2024 the Socialist Party more than doubled its number of deputies.", Verdict.SUPPORTED),
        ("En 2024, le Parti socialiste a plus que doublé son nombre de députés.", Verdict.SUPPORTED),
        ("In 2022 the Socialist Party more than doubled its number of deputies.", Verdict.REFUTED),
        ("In 2024 the Socialist Party more than tripled its number of deputies.", Verdict.NOT_ENOUGH_INFO),
        ("Le Foll withdrew from the race, leaving Faure as the presumptive first secretary.", Verdict.SUPPORTED),
        (
            "Le Foll withdrew from the race, leaving Faure as the first secretary of the New Left group.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_set_phrases_in_their_construction(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A second term is a re-election: the congress and the year are the re-election's.
        ("At the Villeurbanne Congress in 2021, Faure won a second term as first secretary.", Verdict.SUPPORTED),
        ("At the Aubervilliers Congress, Faure won a second term as first secretary.", Verdict.REFUTED),
        ("In 2018 Faure won a second term as first secretary.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_second_term_is_a_reelection(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Polls predicting under 5%, beaten by the share taken: the bound is the polls' fact, the
        # share the result's (each checked); a share at or under the bound beats nothing.
        (
            "In spite of polls predicting under 5%, the PS–Place Publique list won 6.2% of the vote in 2019.",
            Verdict.SUPPORTED,
        ),
        (
            "In spite of polls predicting under 5%, the PS–Place Publique list won 4.2% of the vote in 2019.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Despite polls predicting under 5%, the PS–Place Publique list won 3.3% of the vote in 2019.",
            Verdict.REFUTED,
        ),
        # backtracking on one's words: walking them back
        ('Faure backtracked on his "right of inspection" phrase, calling it unfortunate.', Verdict.SUPPORTED),
        ('Faure backtracked on his "right of inspection" phrase, calling it fortunate.', Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_polls_beaten_and_words_walked_back(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The round a seat was won in is no part of the title (« élu député au second tour »).
        ("Faure a été élu député au second tour en juin 2012 avec 63,2 % des voix.", Verdict.SUPPORTED),
        ("Faure a été élu sénateur au second tour en juin 2012.", Verdict.NOT_ENOUGH_INFO),
        # « arrivé en tête », « arrivé premier »: first in the round (a rank, not a title).
        ("Au premier tour du vote de mars 2018, Faure est arrivé en tête avec 48,37 % des voix.", Verdict.SUPPORTED),
        ("Au premier tour du vote de mars 2018, Le Foll est arrivé en tête avec 26,45 % des voix.", Verdict.REFUTED),
        ("Au premier tour de 2018, Faure est arrivé premier.", Verdict.SUPPORTED),
        ("Au premier tour de 2018, Le Foll est arrivé premier.", Verdict.REFUTED),
        # A text that "was adopted" passed; the plural of a people the source names ("the Uyghurs").
        ("Faure's amendment for a single-price Navigo card was adopted in December 2014.", Verdict.SUPPORTED),
        ("Faure's amendment for a single-price Navigo card was adopted in December 2016.", Verdict.REFUTED),
        ("In January 2022 Faure backed a resolution on the genocide of the Uyghurs.", Verdict.SUPPORTED),
        ("In January 2022 Faure opposed a resolution on the genocide of the Uyghurs.", Verdict.REFUTED),
    ],
)
def test_rounds_ranks_adoption_and_plurals_in_other_words(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A later clause about the one the evidence names last (", and X then …", « , qui s'est
        # ensuite … ») is told by the sentence going on "The latter then …", when it tells that
        # deed; another deed of theirs is not told.
        (
            "Faure came first in the first round in March 2018 with 48.37%, and Le Foll then withdrew.",
            Verdict.SUPPORTED,
        ),
        (
            "Faure came first in the first round in March 2018 with 48.37%, and Le Foll then won.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "En mars 2018, Faure est arrivé en tête du premier tour avec 48,37 %, devant Le Foll, qui s'est ensuite retiré.",
            Verdict.SUPPORTED,
        ),
        (
            "En mars 2018, Faure est arrivé en tête au premier tour avec 48,37 %, devant Le Foll, qui a ensuite gagné.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "En mars 2018, Faure a obtenu 48,37 % au premier tour, devant Le Foll, qui a ensuite gagné.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # A French cleft, « c'est au PS qu'il a … », frames a past fact: its "est" is no present;
        # the fact's own present still is (« c'est avec lui qu'il partage … »).
        ("C'est au PS qu'il a rencontré Benoît Hamon, avec qui il a partagé un appartement.", Verdict.SUPPORTED),
        ("C'est au PS qu'il a rencontré Jean-Luc Mélenchon.", Verdict.NOT_ENOUGH_INFO),
        ("C'est avec Benoît Hamon qu'il partage un appartement.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_later_clause_told_by_the_latter_and_french_clefts(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A duration "starting in", "beginning in" a year: the span from it (as "from 1997"),
        # checked against the post's term; the duration is no part of the title.
        ("Faure advised Martine Aubry for three years beginning in 1997.", Verdict.SUPPORTED),
        (
            "Faure was assistant cabinet director to François Hollande for seven years, beginning in 2000.",
            Verdict.SUPPORTED,
        ),
        (
            "Faure was assistant cabinet director to François Hollande for five years, beginning in 2000.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Faure advised Martine Aubry for four years starting in 1997.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was First Secretary for three years starting in 2018.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_duration_starting_in_a_year(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A party given him in a race ("for/with X", « pour/avec X ») that the source gives his
        # rival: REFUTED by his own; one it gives an ally (EELV's Paulin Roy, his substitute) by
        # "with" is not his, but no contradiction either.
        ("Olivier Faure won the 2012 race with the UMP.", Verdict.REFUTED),
        ("En 2017, Olivier Faure a été réélu pour La République en marche.", Verdict.REFUTED),
        ("Olivier Faure fut élu en 2012 avec l'UMP.", Verdict.REFUTED),
        ("Olivier Faure was re-elected with EELV in 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure won in 2017 with 61.1% against LREM's Amandine Rubinelli.", Verdict.SUPPORTED),
        ("En 2012, Olivier Faure a été élu face à Cathy Bissonier de l'UMP.", Verdict.SUPPORTED),
    ],
)
def test_a_party_given_him_in_a_race(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "served under X": X must be one a post of his served (Aubry, Hollande, Ayrault, Gouzes);
        # another named near him is refuted by those. Another's serving under him needs a post
        # of theirs in his leadership.
        ("Olivier Faure served under Benoît Hamon.", Verdict.REFUTED),
        ("Olivier Faure served under Stéphane Le Foll.", Verdict.REFUTED),
        ("Hélène Geoffroy served under Olivier Faure.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure a travaillé sous les ordres de Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure served under Martine Aubry in the Ministry of Labour.", Verdict.SUPPORTED),
        ("Olivier Faure served under Jean-Marc Ayrault in 2012.", Verdict.SUPPORTED),
        ("Gabrielle Siry served under Olivier Faure.", Verdict.SUPPORTED),
    ],
)
def test_served_under_one_his_post_served(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A presidency of a body named: the source must give the title of that body by their
        # name ("the presidency of François Hollande" is of no Assembly; Gouzes presided over a
        # commission in it).
        ("François Hollande fut président de l'Assemblée nationale.", Verdict.NOT_ENOUGH_INFO),
        ("Hollande was president of the French National Assembly.", Verdict.NOT_ENOUGH_INFO),
        ("Gérard Gouzes was the president of the National Assembly.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga was president of Occitania.", Verdict.SUPPORTED),
        ("Carole Delga a présidé la région Occitanie.", Verdict.SUPPORTED),
    ],
)
def test_a_presidency_of_a_body_the_source_gives_them(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A thing given one person by the possessive ("Faure's cabinet") that the evidence gives
        # another with more words ("the presidential cabinet of Emmanuel Macron"): one of its
        # kind, not shown his. (No French: « le cabinet de Faure » has no possessive to misread.)
        ("Faure's wife was in Olivier Faure's cabinet until 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Soria Blatmann was a member of Emmanuel Macron's cabinet.", Verdict.SUPPORTED),
        ("Soria Blatmann worked on human rights in Macron's cabinet.", Verdict.SUPPORTED),
    ],
)
def test_a_thing_of_its_kind_given_another_owner(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What he refused must be what the source has him refuse ("refused to support him after
        # a meeting between the two"): a meeting refused is refuted by the meeting told as held.
        ("Olivier Faure declined a meeting with Macron.", Verdict.REFUTED),
        ("Olivier Faure a refusé de rencontrer Macron en 2016.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure declined to back Emmanuel Macron after meeting him.", Verdict.SUPPORTED),
        ("Olivier Faure a refusé de soutenir Emmanuel Macron après l'avoir rencontré.", Verdict.SUPPORTED),
    ],
)
def test_what_he_refused_is_the_sources(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A result the source gives the alliance's joint list, claimed for one of its members or
        # his own list: not theirs alone.
        ("Place Publique obtained 6.2% of the vote in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("His list took six seats in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("Place Publique a obtenu 6,2 % des voix en 2019.", Verdict.NOT_ENOUGH_INFO),
        ("The PS–Place Publique list took six seats in 2019.", Verdict.SUPPORTED),
        ("L'alliance a obtenu 6,2 % en 2019.", Verdict.SUPPORTED),
    ],
)
def test_an_alliances_result_not_one_members(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A post of his set in a ministry that the source gives another post of his: the
        # assistant cabinet director served Hollande; in the Ministry of Labour he advised Aubry.
        ("Olivier Faure was assistant cabinet director in the Ministry of Employment.", Verdict.REFUTED),
        ("Olivier Faure was an advisor in the Ministry of Employment.", Verdict.SUPPORTED),
        ("Olivier Faure was assistant cabinet director to François Hollande.", Verdict.SUPPORTED),
        ("Olivier Faure était directeur adjoint de cabinet dans le ministère du Travail.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_post_set_in_another_posts_ministry(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His speeches' topic must be one a sentence telling his speeches gives (the ordinances
        # of the El Khomri law, the counter-budget), not the sentence before's vote.
        ("Olivier Faure gave speeches on the government of Prime Minister Édouard Philippe.", Verdict.NOT_ENOUGH_INFO),
        (
            "Olivier Faure a fait des discours sur le vote de confiance au gouvernement Philippe.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Olivier Faure gave speeches on the ordinances of the El Khomri law.", Verdict.SUPPORTED),
        ("Olivier Faure delivered a speech on the counter-budget on a bill of finances.", Verdict.SUPPORTED),
    ],
)
def test_his_speeches_topic_is_the_sources(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What he called by the source's quoted word is what it has him call so ("calling it
        # 'unfortunate'": his use of the expression), and then, not at the rally before.
        ('Olivier Faure described the left\'s accusations as "unfortunate".', Verdict.REFUTED),
        ('At the Paris rally, Olivier Faure described his expression as "unfortunate".', Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure a qualifié les critiques de la gauche de « malheureuses ».", Verdict.NOT_ENOUGH_INFO),
        ('Olivier Faure described his expression as "unfortunate".', Verdict.SUPPORTED),
        ('Olivier Faure called his use of the expression "unfortunate".', Verdict.SUPPORTED),
    ],
)
def test_what_he_called_by_the_quoted_word(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # His loss to X told from his side is X's win, refuted by his win against X where the
        # source names X right after "against"; a loss the source tells stays SUPPORTED.
        ("Olivier Faure a été vaincu par Guillaume Bachelay.", Verdict.REFUTED),
        ("Olivier Faure was defeated by Guillaume Bachelay.", Verdict.REFUTED),
        ("Olivier Faure lost to Chantal Brunel in 2007.", Verdict.SUPPORTED),
        ("Olivier Faure a été battu par Manuel Valls.", Verdict.NOT_ENOUGH_INFO),
        # A party set after a comma, « X, d'EELV », is X's party as « X de LREM » is.
        ("En 2017, Olivier Faure a devancé Amandine Rubinelli, d'EELV.", Verdict.REFUTED),
        ("En 2017, Olivier Faure a battu Amandine Rubinelli, de LREM.", Verdict.SUPPORTED),
    ],
)
def test_his_loss_told_from_his_side_and_a_party_after_a_comma(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Someone defined by him is the subject ("his opponent", « son adversaire »): his own score,
        # post or deed is not theirs.
        ("Faure's opponent in the Villeurbanne vote won 73.49%.", Verdict.NOT_ENOUGH_INFO),
        ("His 2021 opponent was re-elected first secretary.", Verdict.NOT_ENOUGH_INFO),
        ("Faure's successor became first secretary in March 2018.", Verdict.NOT_ENOUGH_INFO),
        ("The successor of Olivier Faure was elected first secretary in 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Son adversaire de 2021 a été réélu premier secrétaire.", Verdict.NOT_ENOUGH_INFO),
        ("L'adversaire de Faure en 2021 a recueilli 73,49 % des voix.", Verdict.NOT_ENOUGH_INFO),
        # Who the person was (a copula), or the person named beside the role: read as before.
        ("Faure's predecessor as head of the group was Bruno Le Roux.", Verdict.SUPPORTED),
        ("Le successeur de Faure à la présidence du groupe était Valérie Rabault.", Verdict.SUPPORTED),
        ("Faure's opponent in 2021, Hélène Geoffroy, received 26.52%.", Verdict.SUPPORTED),
    ],
)
def test_someone_defined_by_him_is_not_him(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « n'est plus » says a state ended: the source must tell its end (the article stops in
        # February 2025; his seat, his party post, his birth have none).
        ("Olivier Faure n'est plus français de naissance.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure n'est plus originaire de La Tronche.", Verdict.NOT_ENOUGH_INFO),
        ("Faure n'est plus premier secrétaire du Parti socialiste.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure n'est plus le mari de Soria Blatmann.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure n'était plus né en 1968.", Verdict.NOT_ENOUGH_INFO),
        # An end the source tells: the term ended, the relations were broken off.
        ("Olivier Faure n'est plus porte-parole du Parti socialiste.", Verdict.SUPPORTED),
        ("Faure n'est plus président du groupe Nouvelle Gauche à l'Assemblée.", Verdict.SUPPORTED),
        ("Olivier Faure n'est plus proche de Christophe Castaner.", Verdict.SUPPORTED),
    ],
)
def test_ne_plus_needs_the_end_told(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A place or a figure set before the clause is checked against its verb, as at the end.
        ("At Aubervilliers, Faure was re-elected as first secretary.", Verdict.NOT_ENOUGH_INFO),
        ("In Orléans, Faure obtained a master's in political science.", Verdict.NOT_ENOUGH_INFO),
        ("In Paris, Olivier Faure went to the Lycée Pothier.", Verdict.REFUTED),
        ("En Italie, Olivier Faure est né le 18 août 1968.", Verdict.REFUTED),
        ("Paris is where Olivier Faure was born.", Verdict.REFUTED),
        # The right place or figure, fronted.
        ("In Villeurbanne, Olivier Faure was re-elected first secretary.", Verdict.SUPPORTED),
        ("C'est à La Tronche que Faure est né.", Verdict.SUPPORTED),
        ("In Orléans, Olivier Faure earned a master's degree in economic law.", Verdict.SUPPORTED),
        ("With 73.49%, Faure was re-elected first secretary.", Verdict.SUPPORTED),
        ("La Tronche is where Olivier Faure was born.", Verdict.SUPPORTED),
    ],
)
def test_a_fronted_place_or_figure_is_checked(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "on its own", "by itself": no one else did it; the source names the allies.
        ("The Socialist Party more than doubled its seats on its own in 2024.", Verdict.NOT_ENOUGH_INFO),
        ("The Socialist Party more than doubled its seats in 2024.", Verdict.SUPPORTED),
    ],
)
def test_on_its_own_is_said_or_not_supported(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # French seasons date a claim as the English ones do (13 December, 29 March, 7 April).
        ("À l'été 2016, Olivier Faure a pris la présidence du groupe socialiste.", Verdict.NOT_ENOUGH_INFO),
        ("En été 2018, Olivier Faure a été élu premier secrétaire du PS.", Verdict.REFUTED),
        ("L'été 2018, Faure a été investi premier secrétaire.", Verdict.REFUTED),
        ("Olivier Faure est né pendant l'été 1968.", Verdict.SUPPORTED),
        # A round dated by another ballot's day (29 March was the final vote; 15 March the first round).
        ("Faure won the first round on 29 March.", Verdict.NOT_ENOUGH_INFO),
        ("Faure came first in the first round on 15 March 2018.", Verdict.SUPPORTED),
    ],
)
def test_french_seasons_and_a_rounds_day(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A joint list's result given to one of its parties alone.
        ("Place Publique obtained 6.2% of the vote in 2019.", Verdict.NOT_ENOUGH_INFO),
        ("The PS won 6.2% in the 2019 European election.", Verdict.NOT_ENOUGH_INFO),
        # The list named: its own result.
        ("The PS–Place Publique list won six seats in 2019.", Verdict.SUPPORTED),
        ("The alliance's list won six seats in 2019.", Verdict.SUPPORTED),
    ],
)
def test_a_joint_lists_result_is_not_one_partys(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "role"),
    [
        # The role read as the subject only where it is one: what stands between "Faure's" and the
        # role qualifies it; « le/la … » needs « de Faure » (« les alliés du PS » are no one of his).
        ("Faure's 2017 opponent received 61.1%.", "Faure's 2017 opponent"),
        ("L'adversaire UMP de Faure a obtenu 63,2 %.", "L'adversaire UMP de Faure"),
        ("Son successeur a été élu en 2018.", "Son successeur"),
        ("Faure's election as successor of Bruno Le Roux was regarded as a blow to Valls.", None),
        ("Les alliés du PS ont renversé Barnier.", None),
    ],
)
def test_someone_of_his_is_read_only_as_a_subject(claim: str, role: str | None) -> None:
    from faurecli import verdicts

    m = verdicts._SOMEONE_OF_HIS.match(claim)
    assert (m.group("role") if m else None) == role


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "N% for Faure, M% for X": each figure is its own person's, the name after his figure is
        # the next figure's owner, not his figure's.
        ("March 2018: 48.37% for Faure, 26.45% for Le Foll.", Verdict.SUPPORTED),
        ("Premier tour de mars 2018 : 48,37 % pour lui, 26,45 % pour Stéphane Le Foll.", Verdict.SUPPORTED),
        # Near misses: the figures swapped, or a wrong one, stay refuted.
        ("March 2018: 26.45% for Faure, 48.37% for Le Foll.", Verdict.REFUTED),
        ("March 2018: 48.37% for Le Foll, 26.45% for Faure.", Verdict.REFUTED),
        ("Mars 2018 : 40 % pour Faure, 26,45 % pour Le Foll.", Verdict.REFUTED),
    ],
)
def test_a_figure_for_him_is_his_not_the_next_names(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A text "porté" by him, or one he championed: the source's "supported and successfully
        # passed"; its date then checked as any other.
        ("En janvier 2022, Faure a porté une résolution sur le génocide des Ouïghours.", Verdict.SUPPORTED),
        ("In January 2022 Faure championed a resolution on the Uyghur genocide.", Verdict.SUPPORTED),
        # Near misses: another year, another carrier, another people.
        ("Janvier 2020 : résolution condamnant le génocide ouïghour, portée par Olivier Faure.", Verdict.REFUTED),
        ("In January 2021 Faure championed a resolution on the Uyghur genocide.", Verdict.REFUTED),
        ("Résolution sur le génocide des Ouïghours portée par Mélenchon en janvier 2022.", Verdict.NOT_ENOUGH_INFO),
        ("En janvier 2022, Faure a porté une résolution sur le génocide des Tibétains.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_text_he_carried_is_one_he_supported_and_passed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A two-digit year after a month (over 31, or with an apostrophe), and a shortened month
        # dated: no place of birth, no word the source never uses.
        ("Olivier Faure, né le 18 août 68.", Verdict.SUPPORTED),
        ("Faure was born in Aug. '68.", Verdict.SUPPORTED),
        ("Faure was born in Aug. 1968.", Verdict.SUPPORTED),
        # Near misses: another year or month stays refuted.
        ("Olivier Faure, né en août 69.", Verdict.REFUTED),
        ("Faure was born in Mar. '68.", Verdict.REFUTED),
        ("Faure was born in Aug. 1970.", Verdict.REFUTED),
    ],
)
def test_a_month_with_a_short_year_or_shortened_dates_his_birth(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « Encarté » at a party: holding its card, its member, the source's "joined".
        ("Olivier Faure, encarté au Parti socialiste à 16 ans.", Verdict.SUPPORTED),
        # Near misses: another age, another party.
        ("Olivier Faure, encarté au Parti socialiste à 19 ans.", Verdict.REFUTED),
        ("Encartée chez les Verts dès ses 16 ans, Faure…", Verdict.REFUTED),
    ],
)
def test_encarte_at_a_party_is_joining_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A period of years written with a hyphen, "2000-2007", is the post's term, as with a dash.
        ("Directeur adjoint du cabinet de François Hollande, 2000-2007.", Verdict.SUPPORTED),
        ("Assistant cabinet director to François Hollande (2000-2007).", Verdict.SUPPORTED),
        # Near misses: another end or start stays refuted.
        ("Directeur adjoint du cabinet de François Hollande, 2000-2008.", Verdict.REFUTED),
        ("Assistant cabinet director to François Hollande (2001-2007).", Verdict.REFUTED),
    ],
)
def test_a_hyphenated_period_of_years_is_a_term(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A region by its short letters, « IDF »: Île-de-France, as the source names it.
        ("In June 2014 Faure introduced an amendment adding a two-euro tax per night in IDF.", Verdict.SUPPORTED),
        ("Amendement Faure de juin 2014 : deux euros par nuit en IDF.", Verdict.SUPPORTED),
        # Near misses: another region, another sum.
        ("Amendement Faure de juin 2014 : deux euros par nuit en PACA.", Verdict.REFUTED),
        ("Amendement Faure de juin 2014 : cinq euros par nuit en IDF.", Verdict.REFUTED),
    ],
)
def test_a_region_by_its_short_letters_is_the_region(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « à Bachelay », « face à Bachelay »: a person by surname after « à », no place.
        ("Déc. 2016 : élu par 137 voix contre 120 à Bachelay.", Verdict.SUPPORTED),
        # Near misses: another figure, another rival.
        ("Déc. 2016 : élu par 137 voix contre 110 à Bachelay.", Verdict.REFUTED),
        ("Déc. 2016 : élu par 137 voix contre 120 à Hamon.", Verdict.REFUTED),
    ],
)
def test_a_surname_after_a_is_a_person_not_a_place(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A place inside the only one the clause gives: he grew up in Metropolitan France, which
        # holds Brittany, Lyon or Île-de-France; the source does not say where in it.
        ("Olivier Faure spent his youth in Normandy.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a grandi à Lyon.", Verdict.NOT_ENOUGH_INFO),
        ("After Réunion, Faure grew up in Île-de-France.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: a place outside it, and a place where the clause gives a narrower one.
        ("Faure grew up in Réunion.", Verdict.REFUTED),
        ("Faure was born in Lyon.", Verdict.REFUTED),
        ("Faure grew up in Metropolitan France.", Verdict.SUPPORTED),
    ],
)
def test_a_place_inside_the_sources_whole_country_is_not_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Another person's office at a year is hers, not a post of his given to another body.
        ("In 2018 Delga served as president of the region of Occitania.", Verdict.SUPPORTED),
        ("En 2018, Carole Delga était présidente de la région Occitanie.", Verdict.SUPPORTED),
        # Near misses: another region for her, her office given to someone else, or to him.
        ("Carole Delga was president of the region of Brittany in 2018.", Verdict.REFUTED),
        ("En 2018, Martine Aubry était présidente de la région Occitanie.", Verdict.NOT_ENOUGH_INFO),
        ("In 2018 Faure was president of the region of Occitania.", Verdict.REFUTED),
        ("In 1991 he became secretary-general of UNEF.", Verdict.REFUTED),
    ],
)
def test_another_persons_office_at_a_year_is_not_his_post(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « piloter », « gérer » a campaign's communication: heading it, its chief.
        ("En 2011, il a géré la communication de la campagne de François Hollande.", Verdict.SUPPORTED),
        ("Faure a piloté en 2011 la communication de François Hollande pour la primaire.", Verdict.SUPPORTED),
        # Near misses: another year, another part of the campaign, the whole campaign.
        ("Faure a piloté la communication de Hollande en 2007.", Verdict.REFUTED),
        ("En 2011, Faure gérait les finances de la campagne de Hollande.", Verdict.NOT_ENOUGH_INFO),
        ("En 2011, Faure pilotait la campagne de Hollande.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_heading_a_part_by_a_french_verb_of_steering(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Getting, pushing a text through parliament, the Assembly: passing it.
        (
            "In January 2022 Faure pushed a resolution on the Uyghur genocide through the National Assembly.",
            Verdict.SUPPORTED,
        ),
        ("Faure steered a resolution condemning the genocide of the Uyghurs through parliament.", Verdict.SUPPORTED),
        # Near misses: another year, another chamber, a failure.
        ("In 2019 Faure pushed a resolution on the Uyghurs through the Assembly.", Verdict.REFUTED),
        ("Faure got a resolution on the Uyghurs through the Senate in 2022.", Verdict.NOT_ENOUGH_INFO),
        ("Faure failed to get a resolution on the Uyghurs through parliament in 2022.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_text_got_through_parliament_is_passed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Him by his party post as the claim's subject: the claim is about him.
        ("The Socialist boss was born in August 1968.", Verdict.SUPPORTED),
        ("Le chef des socialistes a soutenu une résolution sur les Ouïghours en janvier 2022.", Verdict.SUPPORTED),
        # Near misses: a false fact of him, a former leader, the leader of another year.
        ("Le patron du PS est né en août 1969.", Verdict.REFUTED),
        ("The former PS leader was born in August 1968.", Verdict.NOT_ENOUGH_INFO),
        ("Le patron du PS était Martine Aubry en 2018.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_him_by_his_party_post_as_subject(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Parties joined as the subject are the whole list, not the part of it some members are.
        ("En 2019, le PS et Place publique ont obtenu six sièges.", Verdict.SUPPORTED),
        ("The PS with Place Publique won six seats in the 2019 European election.", Verdict.SUPPORTED),
        # Near misses: the party alone, another year, another count, another partner.
        ("En 2019, le PS a obtenu six sièges.", Verdict.REFUTED),
        ("The PS and Place Publique won six seats in 2014.", Verdict.REFUTED),
        ("The PS and Place Publique won eight seats in 2019.", Verdict.REFUTED),
        ("The PS and the Greens won six seats in 2019.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_joint_subject_is_the_whole_not_its_part(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A margin as what the sentence is about ("his lead over X was N votes", « l'écart … était
        # de N voix »): the difference of the evidence's figures, not a bound ("over X").
        ("L'écart entre Faure et Delphine Batho était de 25 voix en 2017.", Verdict.SUPPORTED),
        ("His lead over Batho was 25 votes in 2017.", Verdict.SUPPORTED),
        # Near misses: one of the figures, another rival's margin, another measure.
        ("His lead over Batho was 28 votes in 2017.", Verdict.REFUTED),
        ("Faure's margin over Batho was 17 votes.", Verdict.REFUTED),
        ("Faure's lead over Bachelay was 120 votes.", Verdict.REFUTED),
        ("His margin over Bachelay was 17 points.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_margin_said_as_the_subject_is_the_difference(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_bound_word_before_the_verb_is_not_the_figures_bound() -> None:
    # "over Bachelay was 17": 17, no more; "was over 17" is still more than 17.
    from faurecli.analysis import values

    assert values("His margin over Bachelay was 17 votes")[0].bound is None
    assert values("His margin was over 17 votes")[0].bound == "more"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The year of the congress the claim names, where the lead tells the election at it undated.
        ("In 2018 Faure was elected first secretary at the Aubervilliers Congress.", Verdict.SUPPORTED),
        ("Faure a été élu premier secrétaire au congrès d'Aubervilliers en 2018.", Verdict.SUPPORTED),
        # Near misses: another year, another congress, a re-election, another post.
        # (vsafe30's rule checks a congress named by its town against its own record: REFUTED.)
        ("Faure was elected First Secretary at the Aubervilliers Congress in 2019.", Verdict.REFUTED),
        ("Faure was elected First Secretary at the Villeurbanne Congress in 2018.", Verdict.REFUTED),
        ("Faure was re-elected at the Aubervilliers Congress in 2018.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was elected president of the group at the Aubervilliers Congress in 2018.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_the_year_of_the_congress_named_dates_its_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A figure of what the evidence has abandoned, claimed as what someone gave up: not
        # refuted as "not theirs" (the source does not tie the concession to him in words).
        ("Le gouvernement Bayrou a renoncé à 500 suppressions de postes à France Travail.", Verdict.NOT_ENOUGH_INFO),
        ("Bayrou abandoned 500 job cuts at France Travail.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the figure of another item, another figure for the item.
        ("Bayrou agreed to drop 500 job cuts in education.", Verdict.REFUTED),
        ("Bayrou agreed to drop 4000 job cuts at France Travail.", Verdict.REFUTED),
    ],
)
def test_a_figure_given_up_is_the_abandoned_things(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "during", "upon", "while" give no order: a deed set during an occasion is not told
        # before or after it (EN and FR).
        (
            "Faure ran communications for the Hollande campaign after the Socialist primary of 2011.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Faure a été chef de la communication de la campagne de Hollande après la primaire de 2011.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Faure was re-elected as first secretary with 73.49% of the vote before the Villeurbanne Congress.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Après cette session de l'Assemblée nationale, Faure a été rapporteur spécial du budget des infrastructures de transport.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "After the negotiations between LFI and the PS, 1,000 party executives challenged Faure.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # Near misses: the occasion as the source gives it to the deed.
        (
            "Pendant la primaire socialiste de 2011, Faure a dirigé la communication de la campagne de Hollande.",
            Verdict.SUPPORTED,
        ),
        (
            "Lors du congrès de Villeurbanne, Faure a été réélu premier secrétaire avec 73,49 % des voix.",
            Verdict.SUPPORTED,
        ),
        ("Upon entering the National Assembly, Faure became third vice-president of the SRC group.", Verdict.SUPPORTED),
    ],
)
def test_an_order_is_not_what_during_or_upon_says(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A vote inside a group or party, or a public election of another kind, is not the
        # presidential or legislative election the claim names by its year.
        ("Faure beat Delphine Batho in the presidential election of 2017.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a battu Cathy Bissonier à la présidentielle de 2012.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the election it was, and the vote named by its body.
        ("Faure beat Cathy Bissonier in the 2012 legislative elections.", Verdict.SUPPORTED),
        ("Faure a battu Cathy Bissonier aux législatives de 2012.", Verdict.SUPPORTED),
        (
            "In 2017 Faure was re-elected head of the Socialist group with 28 votes against 3 for Delphine Batho.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_party_or_group_vote_is_not_a_public_election(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The source's own denial ("Votes of PS deputies weren't needed"), claimed without it
        # with the denied word and the denial's subject, is not supported.
        ("Bayrou needed the votes of PS deputies.", Verdict.NOT_ENOUGH_INFO),
        # Near miss: the denial kept.
        ("PS deputies' votes were not needed to escape the censure motion.", Verdict.SUPPORTED),
    ],
)
def test_a_denied_word_said_of_its_subject_is_not_supported(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A clause granted beside the main one, or a relative clause on the subject, is a claim
        # of its own: "although …", "whose …" checked alone.
        (
            "The PS, whose support was decisive, decided not to back the motion of censure against Bayrou.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "PS decided not to back the motion of censure against Bayrou, though the votes of PS deputies were needed.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # Near miss: the main clause alone stays supported.
        ("PS decided not to back the motion of censure against Bayrou.", Verdict.SUPPORTED),
    ],
)
def test_a_granted_or_relative_clause_is_checked_alone(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Who advised whom: he was adviser to Aubry and Ayrault, assistant cabinet director to
        # Hollande; none of them is said to have advised him.
        ("Faure had a special adviser, Jean-Marc Ayrault.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was advised by Hollande from 2000 to 2007.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the source's direction.
        ("Faure served as an advisor to Martine Aubry from 1997 to 2000.", Verdict.SUPPORTED),
        ("Faure a été conseiller de Martine Aubry au ministère du Travail.", Verdict.SUPPORTED),
    ],
)
def test_who_advised_whom_is_the_sources_way_round(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A number of several words is not refuted by its last word ("twenty-eight": 28, not 8).
        ("Faure received twenty-eight votes to three for Delphine Batho.", Verdict.SUPPORTED),
        ("À vingt-trois ans, Faure dirigeait les jeunes rocardiens.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: a wrong number in words stays refuted.
        ("Faure received twenty-five votes to three for Delphine Batho.", Verdict.REFUTED),
        ("Faure a battu Bachelay par cent trente-sept voix contre cent dix.", Verdict.REFUTED),
    ],
)
def test_a_number_in_several_words_is_not_its_last_word(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A degree's field must be one the source gives a degree, word for word: "political law"
        # blends economic law and political science.
        ("Faure earned a MAS in political law.", Verdict.NOT_ENOUGH_INFO),
        ("Faure holds a master's degree in political law.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the fields as the source gives them.
        ("Faure holds a MAS in economic law and political science.", Verdict.SUPPORTED),
        ("Faure has a master's degree in political science.", Verdict.SUPPORTED),
    ],
)
def test_a_degree_field_is_one_the_source_gives(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "said"),
    [
        # An age at a deed, after a subject that describes him: the deed's age (16, joining the
        # PS), not his age when the post of the subject began (49, First Secretary).
        ("Olivier Faure, premier secrétaire du PS, est entré au parti à 19 ans.", Verdict.REFUTED, "16, not 19"),
        ("Faure, the First Secretary since 2018, joined the party at 17.", Verdict.REFUTED, "16, not 17"),
        # Nor the age at another clause's post: the clause alone holds, the rest the source does not give.
        ("Faure adhère au PS à 16 ans puis devient président de l'UNEF.", Verdict.NOT_ENOUGH_INFO, None),
        # Near misses: the post named where the age is said still sets it; a deed he did at another age.
        (
            "Faure avait 51 ans quand il est devenu premier secrétaire.",
            Verdict.REFUTED,
            "49 when his term as First Secretary of the Socialist Party began",
        ),
        ("Faure, député de Seine-et-Marne, est entré au PS à 18 ans.", Verdict.REFUTED, "16, not 18"),
    ],
)
def test_an_age_is_that_of_its_own_clause(store: Store, claim: str, verdict: Verdict, said: str | None) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    assert (checked.correction or "").startswith(said) if said else checked.correction is None


@pytest.mark.parametrize(
    ("claim", "verdict", "said"),
    [
        # A share the claim gives a rival is set against the rival's, not his own.
        ("Stéphane Le Foll obtained 31% in the March 2018 first round.", Verdict.REFUTED, "26.45%, not 31%"),
        ("Au congrès de Villeurbanne, Hélène Geoffroy a recueilli 28 % des voix.", Verdict.REFUTED, "26.52%"),
        ("In 2012 Faure beat Cathy Bissonier, who took 40% of the vote.", Verdict.REFUTED, "36.78%, not 40%"),
        # A rival the source gives no share: it does not say.
        ("Amandine Rubinelli obtained 40% in 2017.", Verdict.NOT_ENOUGH_INFO, None),
        # Near misses: his own share, with a rival named before it, stays his.
        ("Faure was re-elected in 2021 against Hélène Geoffroy with 70% of the vote.", Verdict.REFUTED, "73.49%"),
        ("Faure got 45% against 26.45% for Stéphane Le Foll in 2018.", Verdict.REFUTED, "48.37%, not 45%"),
    ],
)
def test_a_rivals_share_is_set_against_theirs(store: Store, claim: str, verdict: Verdict, said: str | None) -> None:
    checked = verify(store, claim)
    assert checked.verdict is verdict
    assert (checked.correction or "").startswith(said) if said else checked.correction is None


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        # A rival the source gives no share, claimed with another's share: that one's, not theirs.
        ("Amandine Rubinelli got 26.45% in 2017.", "26.45% is Stéphane Le Foll's figure, not Amandine Rubinelli's"),
        ("En 2017, Amandine Rubinelli a recueilli 63,2 % des voix.", "63,2 % is his own or his list's figure"),
        # Near miss: a share no one has in the source is not refuted by another's.
        ("Amandine Rubinelli got 35.5% in 2017.", None),
    ],
)
def test_a_rivals_share_held_by_another(store: Store, claim: str, said: str | None) -> None:
    checked = verify(store, claim)
    if said is None:
        assert checked.verdict is Verdict.NOT_ENOUGH_INFO
    else:
        assert checked.verdict is Verdict.REFUTED
        assert (checked.correction or "").startswith(said)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A verb of praise where the source tells criticism of the same thing by the same people.
        ("La décision du PS a été saluée par LFI.", Verdict.REFUTED),
        ("Left-wing figures welcomed his call for a right of inspection.", Verdict.REFUTED),
        # Near misses: the criticism itself holds; praise of what the source says nothing of.
        ("LFI criticised the PS decision.", Verdict.SUPPORTED),
        ("LFI welcomed the concessions in the new budget.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_praise_where_the_source_tells_criticism(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A part of a year is the date's precision, not a word a nearby sentence may hold ("end"):
        # he was elected in March 2018 and re-elected in September 2021.
        ("Towards the end of 2018, Faure won the race for first secretary.", Verdict.NOT_ENOUGH_INFO),
        ("Fin 2018, Olivier Faure est devenu premier secrétaire du PS.", Verdict.NOT_ENOUGH_INFO),
        ("Faure was re-elected party leader in late 2021.", Verdict.NOT_ENOUGH_INFO),
        ("Le PS a réélu Faure premier secrétaire fin 2021.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the part the evidence itself words, and the plain year, stay held.
        ("Début 2007, Faure a publié une bande dessinée.", Verdict.SUPPORTED),
        ("Faure was re-elected first secretary in 2021.", Verdict.SUPPORTED),
    ],
)
def test_a_part_of_a_year_is_held_by_the_date_only(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A congress named by its town, with the year of another deed (the 2021 re-election):
        # the Aubervilliers Congress was in April 2018.
        ("Faure became first secretary at Aubervilliers in 2021.", Verdict.REFUTED),
        ("Olivier Faure a été élu à la tête du PS à Aubervilliers en 2020.", Verdict.REFUTED),
        # Near misses: the congress's own year, and the re-election's town and year.
        ("Faure a été reconduit premier secrétaire à Villeurbanne en 2021.", Verdict.SUPPORTED),
        ("Faure was re-elected first secretary in Villeurbanne in 2021.", Verdict.SUPPORTED),
    ],
)
def test_a_congress_named_by_its_town_has_its_own_year(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Whose the thing is, by a possessive, when the evidence of the subject's deed gives it
        # another owner it also names (Valls refused Faure's amendment to the El Khomri law).
        ("Manuel Valls refused to look at El Khomri's compromise amendment in July 2016.", Verdict.REFUTED),
        ("Manuel Valls a refusé d'étudier l'amendement d'El Khomri en juillet 2016.", Verdict.REFUTED),
        # Near misses: the source's owner stays held; an owner the evidence never names is no swap,
        # nor the subject's own thing given to the other doer (whose deed it is, told elsewhere).
        ("Faure refused to look at the Prime Minister's amendment to Article 2.", Verdict.NOT_ENOUGH_INFO),
        ("Manuel Valls refused to consider Faure's compromise amendment in July 2016.", Verdict.SUPPORTED),
        ("En juillet 2016, Manuel Valls a refusé d'examiner l'amendement de Faure.", Verdict.SUPPORTED),
        ("Manuel Valls refused to look at Aubry's compromise amendment.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_possessive_owner_swapped_within_the_evidence_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A fronted place is the whole deed's; the evidence gives it only to a deed nested under
        # the claim's (the genocide in China, the nights stayed in the Île-de-France).
        ("In China, Faure supported a resolution condemning the genocide of the Uyghurs.", Verdict.NOT_ENOUGH_INFO),
        ("In Île-de-France, Faure introduced an amendment adding a nightly tax.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the place kept with the nested words, and a place the deed's own.
        ("Faure supported a resolution condemning the genocide of the Uyghurs in China.", Verdict.SUPPORTED),
        ("In Réunion, Faure spent his early childhood.", Verdict.SUPPORTED),
        (
            "Faure introduced an amendment adding a tax of two euros per night stayed in Île-de-France.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_fronted_place_of_a_nested_deed_is_not_the_deeds(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The claim's subject is named by the evidence only as a word of another thing ("the
        # Hollande presidency"): the poll's second place was Faure's ("placed him").
        (
            "François Hollande placed second, far behind Stéphane Le Foll, in a Harris Interactive poll.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "François Hollande a fini deuxième d'un sondage Harris Interactive, loin derrière Le Foll.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        ("Hollande était loin derrière Stéphane Le Foll.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the source's own subject, and a person the evidence names as a doer.
        ("A Harris Interactive poll placed Faure second, far behind Stéphane Le Foll.", Verdict.SUPPORTED),
        ("Manuel Valls refused to consider Faure's compromise amendment in July 2016.", Verdict.SUPPORTED),
    ],
)
def test_a_subject_the_evidence_names_only_as_a_modifier_is_not_its_doer(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "said"),
    [
        # The one a verb of beating names is beaten; the share after "with"/« avec » is the
        # subject's, so a true share is not refuted as the rival's and a wrong one is corrected
        # with his (was "Hélène Geoffroy's: 26.52%").
        ("Faure vainc Hélène Geoffroy en 2021 avec 73,49 % des voix.", None, None),
        ("In 2012 he beats Cathy Bissonier with 65% in the runoff.", Verdict.REFUTED, "63.2%"),
        # Near misses: the rival's share given to him; a relative clause that gives it to her.
        ("Faure bat Hélène Geoffroy avec 26,52 %.", Verdict.REFUTED, "73.49%"),
        ("In 2012 Faure beat Cathy Bissonier, who got 40%.", Verdict.REFUTED, "36.78%"),
    ],
)
def test_a_share_after_the_one_beaten_is_the_subjects(
    store: Store, claim: str, verdict: Verdict | None, said: str | None
) -> None:
    result = verify(store, claim)
    if verdict is None:
        assert result.verdict is not Verdict.REFUTED
    else:
        assert result.verdict is verdict
        assert said in (result.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "<description> was <Person>": the evidence must give that person the description
        # (Martine Aubry is named as a supporter and as the mayor of Lille, not as a party head).
        ("The head of the Socialist Party in 2018 was Martine Aubry.", Verdict.NOT_ENOUGH_INFO),
        ("La dirigeante du PS était Martine Aubry en 2018.", Verdict.NOT_ENOUGH_INFO),
        ("The president of the Socialist Party was Carole Delga in 2018.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the apposition the source gives them.
        ("The mayor of Lille in 2018 was Martine Aubry.", Verdict.SUPPORTED),
        ("La présidente de la région Occitanie était Carole Delga en 2018.", Verdict.SUPPORTED),
    ],
)
def test_a_description_is_someone_only_where_the_source_gives_it_them(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Supporting a law's adoption is not passing it: the source must say it was passed.
        ("Olivier Faure pushed the El Khomri law through the National Assembly.", Verdict.NOT_ENOUGH_INFO),
        ("Faure passed the El Khomri labour law without article 49.3.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure a fait voter la loi El Khomri sans le 49.3.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: what the source does say he passed, or that he supported the adoption.
        ("Faure got the resolution condemning the Uyghur genocide passed in January 2022.", Verdict.SUPPORTED),
        ("Olivier Faure a fait voter en janvier 2022 une résolution sur le génocide des Ouïghours.", Verdict.SUPPORTED),
        ("Faure backed adopting the El Khomri law without resorting to article 49.3.", Verdict.SUPPORTED),
    ],
)
def test_passing_a_text_is_what_the_source_says_was_passed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Who was ousted is the one after the source's verb: the NFP and the National Rally
        # ousted Michel Barnier, neither ousted the other.
        ("The far-right National Rally was toppled by the New Popular Front in December 2024.", Verdict.REFUTED),
        ("Le NFP a été renversé par le RN en décembre 2024.", Verdict.REFUTED),
        ("The National Rally brought down the NFP in December 2024.", Verdict.REFUTED),
        # Near misses: the source's way round, active and passive.
        ("The NFP and the far-right National Rally toppled Michel Barnier in December 2024.", Verdict.SUPPORTED),
        ("Michel Barnier a été renversé par le NFP et le RN en décembre 2024.", Verdict.SUPPORTED),
    ],
)
def test_who_was_ousted_is_the_one_the_source_has_ousted(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A result is not the polls' projection: they had the list under 5%, it won 6.2%.
        ("The PS–Place Publique list got under 5% in 2019, just as the polls had predicted.", Verdict.REFUTED),
        ("Les sondages prévoyaient plus que ce que la liste a finalement obtenu en 2019.", Verdict.REFUTED),
        ("In 2019 the joint list won less than polls had predicted.", Verdict.REFUTED),
        ("Le score de la liste en 2019 : moins que ce que prévoyaient les sondages.", Verdict.REFUTED),
        # Near misses: the result above the projection, or the projection as a projection.
        ("In 2019 the joint list won more than polls had predicted.", Verdict.SUPPORTED),
        ("Although polls had it under 5%, the joint list won 6.2% in 2019.", Verdict.SUPPORTED),
    ],
)
def test_a_result_is_not_the_polls_projection(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A quotation is the speaker's the sentence holding it names (Mélenchon's, in 2025).
        ('The 1,000 party executives declared: "The NFP is reduced by one party".', Verdict.REFUTED),
        ("Les cadres du parti ont réagi : « Le NFP est réduit d'un parti ».", Verdict.NOT_ENOUGH_INFO),
        # What he called unfortunate is the expression the source has him call so.
        ('Faure described the expression "constantly exposed to aggression" as unfortunate.', Verdict.NOT_ENOUGH_INFO),
        # Near misses: the source's speaker, and the source's expression.
        ('Jean-Luc Mélenchon reacted: "The NFP is reduced by one party".', Verdict.SUPPORTED),
        ('Faure called the expression "right of inspection" unfortunate.', Verdict.SUPPORTED),
    ],
)
def test_a_quotation_is_its_own_speakers_and_things(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An item of a list keeps its own head: the 4000 job cuts were abandoned, the pension
        # reform renegotiated.
        ("The concessions included a renegotiation of the 4000 job cuts in education.", Verdict.NOT_ENOUGH_INFO),
        (
            "Les concessions incluaient une renégociation des 4000 suppressions de postes dans l'éducation.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # Near misses: each head with its own item, and a headless item under the head before it.
        ("The concessions included the abandonment of the 4000 job cuts in education.", Verdict.SUPPORTED),
        ("The concessions included the renegotiation of the 2023 pension reform.", Verdict.SUPPORTED),
        (
            "Concessions included the abandonment of the one billion euro increase in healthcare spending.",
            Verdict.REFUTED,
        ),
    ],
)
def test_a_list_item_keeps_its_own_head(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A nomination is dated by the sentence telling it, not by the term it led to.
        (
            "The PS chose Faure as its candidate for the 11th constituency of Seine-et-Marne; he was nominated in June 2012.",
            Verdict.REFUTED,
        ),
        (
            "Faure a reçu l'investiture du PS en juin 2012 pour la 11e circonscription de Seine-et-Marne.",
            Verdict.REFUTED,
        ),
        # A party given someone's role must be theirs: Paulin Roy was EELV's.
        ("In 2017 Paulin Roy was Faure's substitute from LREM.", Verdict.REFUTED),
        # Near misses: the nomination's own month, the substitute's own party.
        (
            "In January 2012, the PS nominated Faure as its candidate in Seine-et-Marne's 11th constituency.",
            Verdict.SUPPORTED,
        ),
        ("In 2017 Paulin Roy was Faure's substitute from EELV.", Verdict.SUPPORTED),
    ],
)
def test_a_nomination_and_a_party_are_the_sources_own(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking the head of the party is his first election as First Secretary: at the
        # Aubervilliers Congress (2018), not Villeurbanne (2021, his re-election).
        ("Olivier Faure took the head of the Socialist Party at the 2021 Villeurbanne Congress.", Verdict.REFUTED),
        ("Olivier Faure prit la tête du Parti socialiste lors du congrès de Villeurbanne.", Verdict.REFUTED),
        # Near misses: the first congress, and the re-election at the later one.
        ("Faure a pris la tête du Parti socialiste au congrès d'Aubervilliers en 2018.", Verdict.SUPPORTED),
        ("Faure a été reconduit à la tête du PS au congrès de Villeurbanne.", Verdict.SUPPORTED),
    ],
)
def test_taking_the_party_head_is_his_first_election(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A congress's year is its own: he was elected at Aubervilliers in 2018; 2021 is the
        # Villeurbanne Congress, his re-election.
        (
            "Olivier Faure became first secretary after being elected at the Aubervilliers Congress in 2021.",
            Verdict.REFUTED,
        ),
        ("En septembre 2021, Olivier Faure a été élu au congrès d'Aubervilliers.", Verdict.REFUTED),
        # Near misses: each congress with its own year.
        ("Olivier Faure was elected at the Aubervilliers Congress in 2018.", Verdict.SUPPORTED),
        ("En 2021, Olivier Faure a été réélu au congrès de Villeurbanne.", Verdict.SUPPORTED),
    ],
)
def test_a_congress_year_is_its_own(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "said"),
    [
        # A bound or hedge on a share after « avec » (« plus de », « près de ») is no margin « de »:
        # the share is checked, with its bound (was NOT_ENOUGH_INFO, "63 %: not found").
        ("En 2012, Faure a gagné le second tour avec un peu plus de 62 %.", Verdict.SUPPORTED, None),
        ("En 2012 Faure gagne le second tour avec près de 63,5 %.", Verdict.SUPPORTED, None),
        ("In 2012 he defeated Cathy Bissonier with more than 62% in the runoff.", Verdict.SUPPORTED, None),
        # Near misses: a bound the share does not meet; « près de » a share far away.
        ("En 2012 Faure gagne le second tour avec plus de 66 %.", Verdict.REFUTED, "63.2%"),
        ("En 2012 Faure gagne le second tour avec près de 72 %.", Verdict.REFUTED, "63.2%"),
        ("In 2012 he defeated Cathy Bissonier with over 68% in the runoff.", Verdict.REFUTED, "63.2%"),
    ],
)
def test_a_bounded_share_after_with_is_checked_with_its_bound(
    store: Store, claim: str, verdict: Verdict, said: str | None
) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert said is None or said in (result.correction or "")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « au moins » is a floor, not « moins de » (was REFUTED "63.2%, not 60 %").
        ("Au second tour de 2012, Faure a obtenu au moins 61 %.", Verdict.SUPPORTED),
        # Near misses: a floor the share does not reach; « moins de » stays a ceiling.
        ("Au second tour de 2012, Faure a obtenu au moins 64 %.", Verdict.REFUTED),
        ("Au second tour de 2012, Faure a obtenu moins de 61 %.", Verdict.REFUTED),
    ],
)
def test_au_moins_is_a_floor(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « l'emporter » (to win) is not in the lexicon: with it, « En 2018, Le Foll l'emporte sur
        # Faure » was SUPPORTED (a surname alone is not read as a person there, so nothing checked
        # who won). A win claimed for a rival in the present (« l'emporte sur », "beats", « bat »)
        # is refuted by his win.
        ("En 2018, Le Foll l'emporte sur Faure.", None),
        ("Hélène Geoffroy l'emporte sur Faure en 2021.", Verdict.REFUTED),
        ("Geoffroy beats Faure in 2021.", Verdict.REFUTED),
        ("Bachelay l'emporte sur Faure en 2016.", Verdict.REFUTED),
    ],
)
def test_l_emporter_is_to_win(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A part of a year said by its noun ("the end of", "the beginning of") is held by the
        # evidence's month, as "late 2014" is (was NOT_ENOUGH_INFO: "does not say: end").
        (
            "By the end of 2014 Faure had passed an amendment implementing a single-price Navigo card.",
            Verdict.SUPPORTED,
        ),
        # Near misses: the month outside that part; another year.
        ("At the start of 2014 Faure passed an amendment implementing a single-price Navigo card.", None),
        ("At the end of 2013 Faure passed an amendment implementing a single-price Navigo card.", Verdict.REFUTED),
    ],
)
def test_the_end_of_a_year_is_held_by_its_month(store: Store, claim: str, verdict: Verdict | None) -> None:
    result = verify(store, claim)
    if verdict is None:
        assert result.verdict is Verdict.NOT_ENOUGH_INFO
    else:
        assert result.verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Neutral words of purpose, people and events in the source's words (verify27): "funding"
        # is "for financing", a « manif » or a demonstration is a rally, sympathizers are supporters,
        # a withdrawal that « a favorisé » / "helped" him is his being well positioned.
        ("In June 2014 Faure introduced a tax in Île-de-France funding public transit.", Verdict.SUPPORTED),
        ("In May 2021 Faure joined a demonstration of police officers in Paris.", Verdict.SUPPORTED),
        ("En mai 2021, Faure a participé à une manif de policiers à Paris.", Verdict.SUPPORTED),
        ("A Harris Interactive poll of PS sympathizers placed him in second place.", Verdict.SUPPORTED),
        (
            "En 2012, EELV a retiré son candidat Jean-Marc Brûlé de la course, ce qui favorisait Faure.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another date, another object, another body, another place, another year.
        ("In June 2016 Faure introduced a tax in Île-de-France funding public transit.", Verdict.REFUTED),
        ("In June 2014 Faure introduced a tax in Île-de-France funding schools.", None),
        ("En mai 2019, Faure a participé à une manif de policiers à Paris.", Verdict.REFUTED),
        ("Faure a participé à une manifestation d'enseignants à Paris en mai 2021.", None),
        ("A Harris Interactive poll of LR sympathizers placed Faure in second place.", Verdict.REFUTED),
        ("A Harris Interactive poll of PS sympathizers placed him in first place.", Verdict.REFUTED),
        ("Les Verts ont retiré leur candidat, ce qui a favorisé Faure en 2017.", None),
        ("Le retrait du candidat d'EELV a favorisé Chantal Brunel en 2012.", None),
    ],
)
def test_neutral_words_of_purpose_people_and_events(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A deed's noun after a possessive ("His election by 137 votes against 120") is the deed of
        # the one the sentence is of, not a deed only named: « il a gagné … » is told by it
        # (verify27; was NOT_ENOUGH_INFO, "the source names this, but not as his deed").
        (
            "Il a gagné le vote pour la présidence du groupe socialiste en décembre 2016, 137 voix contre 120.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another month, the figures swapped, another rival, a loss.
        ("Faure a gagné la présidence du groupe socialiste en juin 2016 par 137 voix contre 120.", Verdict.REFUTED),
        ("Il a gagné la présidence du groupe socialiste par 120 voix contre 137.", Verdict.REFUTED),
        (
            "Il a gagné la présidence du groupe socialiste par 137 voix contre 120 face à Olivier Dussopt.",
            Verdict.REFUTED,
        ),
        ("Il a perdu la présidence du groupe socialiste par 120 voix contre 137.", Verdict.REFUTED),
    ],
)
def test_a_deed_noun_after_his_is_his_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Taking charge of a body "as" a post it heads (« prendre la tête de … comme ») is
        # becoming that post's holder (verify27; was NOT_ENOUGH_INFO, "does not say: charge").
        ("In 1991 Faure took charge of the Young Rocardiens as their secretary-general.", Verdict.SUPPORTED),
        ("En 1991, Faure a pris la tête des Jeunes rocardiens comme secrétaire général.", Verdict.SUPPORTED),
        # Near misses: no post named, a post that heads nothing, another post, body, person, year.
        ("In 1991 Faure took charge of the Young Rocardiens.", None),
        ("Faure took charge of the UNEF as an activist.", None),
        ("In 1991 Faure took charge of the Young Rocardiens as president.", None),
        ("In 1991 Faure took charge of the UNEF as secretary-general.", None),
        ("En 1991, Le Foll a pris la tête des Jeunes rocardiens comme secrétaire général.", None),
        ("In 1993 Faure took charge of the Young Rocardiens as secretary-general.", None),
    ],
)
def test_taking_charge_as_a_post_is_becoming_it(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Being a teenager (« adolescent », « à l'adolescence ») is held by an age of 13 to 19 the
        # evidence gives (verify27; "joined … at the age of 16" was NOT_ENOUGH_INFO: "teenager").
        ("Adolescent, Faure a adhéré au Parti socialiste.", Verdict.SUPPORTED),
        ("Faure a rejoint le PS à l'adolescence.", Verdict.SUPPORTED),
        # Near misses: an age of 23, a deed the source does not date by his age, another party, a
        # year or an age the source refutes.
        ("Faure became secretary-general of the Young Rocardiens as a teenager.", None),
        ("Faure met Benoît Hamon as a teenager.", None),
        ("Faure joined the UMP as a teenager.", None),
        ("Faure quit the PS as a teenager.", None),
        ("Faure joined the PS as a teenager in 1990.", Verdict.REFUTED),
        ("Faure joined the PS as a teenager, at 18.", Verdict.REFUTED),
    ],
)
def test_a_teenager_is_an_age_of_thirteen_to_nineteen(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A tax "to pay for" something, « pour payer », is for financing it (verify27).
        (
            "En juin 2014, Faure a proposé une taxe de deux euros par nuit en Île-de-France pour payer les "
            "transports publics.",
            Verdict.SUPPORTED,
        ),
        # Near misses: another object; paying himself is no financing the source tells.
        ("In June 2014 Faure proposed a levy in Île-de-France to pay for hospitals.", None),
        ("In June 2014 Faure paid for public transport in Île-de-France.", None),
    ],
)
def test_to_pay_for_is_financing(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "After" an occasion told by the store's record of the evidence, the occasion before its
        # "then" and the deed after it (verify27; was NOT_ENOUGH_INFO, "the source tells no order").
        (
            "After the police rally in May 2021, Faure called his 'right of inspection' remark unfortunate.",
            Verdict.SUPPORTED,
        ),
        (
            "Après la manifestation de policiers de mai 2021, il a jugé « malheureuse » son expression « droit de regard ».",
            Verdict.SUPPORTED,
        ),
        # Near misses: the other way round, another year, another judgement, occasion or speaker.
        ("Before the police rally in May 2021, Faure called his 'right of inspection' remark unfortunate.", None),
        (
            "Avant le rassemblement de policiers de mai 2021, il a jugé « malheureuse » son expression « droit de regard ».",
            None,
        ),
        (
            "After the police rally in May 2022, Faure called his 'right of inspection' remark unfortunate.",
            Verdict.REFUTED,
        ),
        ("After the police rally in May 2021, Faure called his 'right of inspection' remark a success.", None),
        ("After the teachers' strike in May 2021, Faure called his 'right of inspection' remark unfortunate.", None),
        ("After the police rally in May 2021, Le Foll called Faure's 'right of inspection' remark unfortunate.", None),
    ],
)
def test_after_an_occasion_told_then_in_the_record(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is Verdict.NOT_ENOUGH_INFO


def test_one_said_to_be_behind_with_no_one_after_is_the_one_named_before(store: Store) -> None:
    # "placed him in second place, far behind … Stéphane Le Foll": Le Foll is the one ahead, so
    # a claim putting him behind (with no one named after "behind") is refuted, EN and FR.
    trailed = verify(store, "In the Harris Interactive survey, Stéphane Le Foll trailed far behind.")
    assert trailed.verdict is Verdict.REFUTED
    assert "Stéphane Le Foll ahead" in (trailed.correction or "")
    french = verify(store, "Dans le sondage Harris Interactive, Le Foll était loin derrière.")
    assert french.verdict is Verdict.REFUTED
    # Near miss: him behind, as the source says, stays SUPPORTED.
    assert verify(store, "In the Harris Interactive poll, Faure was far behind.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « chargé de », "in charge of" link a post to its field as "of" does: the title is his,
        # so its wrong date is refuted by his term (was NOT_ENOUGH_INFO, "another fact").
        ("En juillet 2014, Faure a été nommé secrétaire national chargé de la communication du PS", Verdict.REFUTED),
        ("In July 2011, Faure was named the PS's national secretary in charge of communications", Verdict.REFUTED),
        # The true claims in those words.
        ("En juillet 2012, Faure a été nommé secrétaire national chargé de la communication du PS", Verdict.SUPPORTED),
        ("In July 2012, Faure was named the PS's national secretary in charge of communications", Verdict.SUPPORTED),
        # Near misses: another field is no post of his.
        ("En 2012, Faure a été nommé secrétaire national chargé des élections", Verdict.NOT_ENOUGH_INFO),
        ("In July 2012, Faure was named the PS's national secretary in charge of finances", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_in_charge_of_links_a_post_to_its_field(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert result.correction is not None and "2012" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The one a claim puts « en tête » of the poll is Le Foll, whom the source puts him far
        # behind: no contradiction (was REFUTED, "placed him in second place, not tete").
        ("Un sondage Harris Interactive publié par Le Monde plaçait Stéphane Le Foll en tête", Verdict.NOT_ENOUGH_INFO),
        # Near misses: him at the head.
        (
            "D'après un sondage Harris Interactive, Faure arrivait en tête chez les sympathisants socialistes",
            Verdict.REFUTED,
        ),
        ("Dans le sondage Harris Interactive, il était en tête devant Le Foll", Verdict.REFUTED),
    ],
)
def test_the_one_put_at_the_head_of_a_poll_is_read(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Leading the party itself in a year before he became its First Secretary (2018): was
        # NOT_ENOUGH_INFO, read only as the head of its group in the Assembly (December 2016).
        ("Faure dirigeait le Parti socialiste en 2016", Verdict.REFUTED),
        ("Faure a pris la direction du PS en 2017", Verdict.REFUTED),
        # The true claim, and the near miss that heads its group, not the party.
        ("Faure a pris la tête du PS en 2018", Verdict.SUPPORTED),
        ("Faure a pris la tête du groupe PS en 2016", Verdict.SUPPORTED),
        # A post told as to come is no claim that he held it then.
        ("In 2012, Faure, later the leader of the Socialist Party, was elected deputy", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_leading_the_party_before_2018_is_refuted(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert result.correction is not None and "2018" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two lists' results compared by a verb the other way round from the source's shares
        # (the alliance 6.2%, Hamon's list 3.3%): REFUTED with both (was NOT_ENOUGH_INFO).
        ("In 2019, Benoît Hamon's list did better than the PS–Place Publique alliance", Verdict.REFUTED),
        ("En 2019, la liste de Benoît Hamon a fait mieux que la liste PS-Place publique", Verdict.REFUTED),
        (
            "In the 2019 European elections, the PS–Place Publique list did worse than Benoît Hamon's list",
            Verdict.REFUTED,
        ),
        # The comparison the right way round is not refuted; nor "in charge of" a thing with no title.
        ("The PS–Place Publique list outscored Benoît Hamon's list in 2019", None),
        ("Faure was in charge of UNESCO.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_results_compared_the_other_way_round_are_refuted(store: Store, claim: str, verdict: Verdict | None) -> None:
    result = verify(store, claim)
    if verdict is None:
        assert result.verdict is not Verdict.REFUTED
    else:
        assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert result.correction is not None and "6.2%" in result.correction and "3.3%" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two posts of his, each named by the one person he served, put in the order their
        # terms deny (Gouzes 1991–1993, Aubry 1997–2000): REFUTED (was NOT_ENOUGH_INFO).
        ("After advising Martine Aubry, Faure worked with Gérard Gouzes", Verdict.REFUTED),
        ("Faure a travaillé avec Gérard Gouzes après avoir conseillé Martine Aubry", Verdict.REFUTED),
        ("Faure advised Martine Aubry before working with Gérard Gouzes", Verdict.REFUTED),
        # The true order is not refuted; nor a deed that is no post of his, nor terms that touch
        # (Aubry until 2000, Hollande from 2000).
        ("Faure worked with Gérard Gouzes before advising Martine Aubry", None),
        ("Faure criticised Gérard Gouzes after working with Martine Aubry", None),
        ("Faure worked for François Hollande before advising Martine Aubry", None),
    ],
)
def test_two_posts_put_in_the_order_their_terms_deny(store: Store, claim: str, verdict: Verdict | None) -> None:
    result = verify(store, claim)
    if verdict is None:
        assert result.verdict is Verdict.NOT_ENOUGH_INFO
    else:
        assert result.verdict is verdict
        assert result.correction is not None and "1991–1993" in result.correction


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # The one a claim has backed is set against the one the source has backed (him), not
        # against another backer (was "Carole Delga, not Stéphane Le Foll").
        ("In 2018 Martine Aubry backed Stéphane Le Foll against Faure", "Olivier Faure, not Stéphane Le Foll"),
        # Near miss: a wrong backer is still set against the other backer.
        ("Faure was supported by Martine Aubry and Stéphane Le Foll.", "Carole Delga, not Stéphane Le Foll"),
    ],
)
def test_the_one_backed_is_corrected_by_the_one_backed(store: Store, claim: str, correction: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction == correction


def test_the_one_backed_true_claim_stays_supported(store: Store) -> None:
    assert verify(store, "En 2018, Martine Aubry soutenait Faure").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A passive with its setting between the verb and its agent is a loss to the agent
        # ("defeated" alone was read as his win: REFUTED "lost to Chantal Brunel, not beat").
        ("In 2007 Faure was defeated in the 8th constituency of Seine-et-Marne by Chantal Brunel.", Verdict.SUPPORTED),
        ("En 2007, Faure a été battu en Seine-et-Marne par Chantal Brunel.", Verdict.SUPPORTED),
        # Near misses: another race's rival, and a race he won.
        ("In 2007, Faure was beaten in Seine-et-Marne by Cathy Bissonier.", None),
        ("In 2021 Faure was defeated at the Villeurbanne congress by Hélène Geoffroy.", Verdict.REFUTED),
    ],
)
def test_a_passive_loss_with_its_setting_between(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « X a battu Faure » is his loss to X, told from her side (was NOT_ENOUGH_INFO: "the
        # evidence has Olivier Faure do it", the French verb of beating not read as a win).
        ("Chantal Brunel, candidate of the UMP, a battu Faure en 2007.", Verdict.SUPPORTED),
        # Near misses: the reversed race, and a rival who lost to him.
        ("Faure a battu Chantal Brunel en 2007.", Verdict.REFUTED),
        ("Guillaume Bachelay a battu Faure en 2016.", Verdict.REFUTED),
    ],
)
def test_a_french_win_over_him_is_his_loss(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The present of narration and other verbs of beating, with him as the subject, are his
        # win (were NOT_ENOUGH_INFO: "the evidence does not say: bat").
        ("En 2021, il bat Hélène Geoffroy.", Verdict.SUPPORTED),
        ("In 2021 Faure beats Hélène Geoffroy.", Verdict.SUPPORTED),
        ("In 2021 Faure edged out Hélène Geoffroy.", Verdict.SUPPORTED),
        ("In 2021 Faure fended off Hélène Geoffroy.", Verdict.SUPPORTED),
        ("En 2021, Faure vainc Hélène Geoffroy.", Verdict.SUPPORTED),
        ("En 2021, Faure l'emporte sur Hélène Geoffroy.", Verdict.SUPPORTED),
        # (A contest named before him without a comma.)
        ("During the Villeurbanne congress Faure defeated Hélène Geoffroy.", Verdict.SUPPORTED),
        # Near misses: reversed (REFUTED); another race's rival (never SUPPORTED); « se bat » is
        # fighting, not beating.
        ("In 2021 Hélène Geoffroy beats Faure.", Verdict.REFUTED),
        ("En 2021, Geoffroy bat Faure.", Verdict.REFUTED),
        ("En 2018, Le Foll l'emporte sur Faure.", Verdict.REFUTED),
        ("In 2018 Faure fended off Hélène Geoffroy.", None),
        ("En 2021, Faure bat Stéphane Le Foll.", None),
        ("En 2021, il se bat pour Hélène Geoffroy.", None),
    ],
)
def test_present_and_other_verbs_of_beating(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A loss in other verbs: "loses to", « s'incline face à / devant » (were NOT_ENOUGH_INFO).
        ("In 2007, Faure loses to Chantal Brunel.", Verdict.SUPPORTED),
        ("En 2007, Faure s'est incliné devant Chantal Brunel.", Verdict.SUPPORTED),
        # Near misses: a race he won; a rival who lost to him.
        ("En 2021, Faure s'incline face à Hélène Geoffroy.", Verdict.REFUTED),
        ("In 2012, Faure loses to Cathy Bissonier.", Verdict.REFUTED),
    ],
)
def test_other_verbs_of_losing(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "topped the first round" is coming first in it (was NOT_ENOUGH_INFO: "does not say: topped").
        ("In 2018 Faure topped the first round of the vote, ahead of Le Foll.", Verdict.SUPPORTED),
        # Near misses: the rival on top (REFUTED); a poll he came second in; a share topped.
        ("In 2018 Le Foll topped the first round, ahead of Faure.", Verdict.REFUTED),
        ("Faure topped the Harris Interactive poll of PS supporters.", None),
        ("In 2012 Faure topped 70% in the second round.", Verdict.REFUTED),
    ],
)
def test_topping_a_round_is_coming_first(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « X a été devancé(e) par Faure » is his win: the rival is not the one who came ahead
        # (was REFUTED "Olivier Faure won against …, not … won").
        ("Hélène Geoffroy a été devancée par Faure en 2021.", Verdict.SUPPORTED),
        # Near misses: he is the one passed; the active with the rival as subject.
        ("Faure a été devancé par Hélène Geoffroy en 2021.", Verdict.REFUTED),
        ("Hélène Geoffroy a devancé Faure en 2021.", Verdict.REFUTED),
    ],
)
def test_a_rival_passed_by_him_did_not_win(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The day of "topped the first round" is the day he came first (was NOT_ENOUGH_INFO: "the
        # evidence gives this day to another fact").
        ("On 15 March 2018 Faure topped the first round, ahead of Le Foll.", Verdict.SUPPORTED),
        # Near misses: another day; the rival on top; an election that day (it was the first round).
        ("On 22 March 2018 Faure topped the first round, ahead of Le Foll.", Verdict.REFUTED),
        ("On 15 March 2018 Le Foll topped the first round, ahead of Faure.", Verdict.REFUTED),
        ("On 15 March 2018 Faure was elected first secretary.", None),
    ],
)
def test_the_day_of_topping_a_round(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Prime Minister Faure refused the compromise amendment.",
        "In 2017, le député Olivier Faure a été réélu.",
        "The party's first secretary  Faure\twon the 2018 vote.",
        "Olivier Faure and deputy Faure are one man.",
        "conseillerOlivier Faure",
        "Faure, the mayor of Lille, backed Faure.",
        "Mayor Faurey and senator Faure met.",
        "ſecretary Faure",
        "Faure was elected deputy in 2012.",
        "Olivier Faure est premier secrétaire du PS.",
        "the candidate Olivier\u00a0Faure lost",
        "Faure",
        " Faure",
        "KMP Faure",
    ],
)
def test_a_title_before_his_name_is_searched_only_where_one_can_end(claim: str) -> None:
    # The gated search (_titled_him) finds what the whole pattern finds anywhere in the claim.
    from faurecli.verdicts import _TITLED_HIM, _titled_him

    gated, whole = _titled_him(claim), _TITLED_HIM.search(claim)
    assert (gated and (gated.span(), gated.group("title"))) == (whole and (whole.span(), whole.group("title")))


def test_the_evidence_side_of_bindings_is_the_same_read_again(store: Store) -> None:
    # What _bindings reads of an evidence text is kept per store: the kept reading is the one
    # read afresh, and a claim's verdict is the same before and after it is kept.
    from faurecli.evidence import knowledge
    from faurecli.verdicts import _evidence_sides, _evidence_sides_read

    known = knowledge(store)
    for sentence in store.sentences[:60]:
        assert _evidence_sides(known, sentence.text) == _evidence_sides_read(known, sentence.text)
        assert _evidence_sides(known, sentence.text) == _evidence_sides_read(known, sentence.text)
    claim = "Martine Aubry served as an advisor to Faure."
    assert verify(store, claim).verdict is verify(store, claim).verdict is not Verdict.SUPPORTED


def test_the_stems_around_a_stance_are_its_words_stems(store: Store) -> None:
    # _stems_around (cached) gives each word's stem and what it stands for, as read in place.
    from faurecli.analysis import canonical, fold, split_words, stem
    from faurecli.verdicts import _stems_around

    for text in [s.text for s in store.sentences[:40]] + ["", "Il a soutenu les frondeurs."]:
        fresh = {x for w in split_words(fold(text)) for x in (stem(w), *canonical(w))}
        assert _stems_around(text) == fresh
        assert _stems_around(text) == fresh
    # A stance reversed is still found (and its near miss, the same way round, is not refuted).
    assert verify(store, "Faure opposed any alliance with LFI.").verdict is not Verdict.SUPPORTED


def test_the_windows_of_a_contest_are_the_same_read_again(store: Store) -> None:
    # What _one_contest reads of an evidence text is kept per store: the kept reading is the one
    # read afresh, sentence by sentence.
    from faurecli.evidence import knowledge
    from faurecli.verdicts import _contest_windows, _contest_windows_read

    known = knowledge(store)
    texts = [s.text for s in store.sentences[:60]]
    for text in [*texts, " ".join(texts[:3]), ""]:
        assert _contest_windows(known, text) == _contest_windows_read(known, text)
        assert _contest_windows(known, text) == _contest_windows_read(known, text)
    # A contest told from the other side is still read as one (and the loser is no winner).
    assert verify(store, "Cathy Bissonier got 36.78% against Faure.").verdict is Verdict.SUPPORTED
    assert verify(store, "Cathy Bissonier beat Faure.").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A body's leadership given to someone the source only names next to it (Brunel was the
        # UMP's candidate, Le Foll a former minister, Delga the president of a region): was
        # SUPPORTED on the name alone.
        ("Chantal Brunel was the head of the UMP.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll was the leader of the PS.", Verdict.NOT_ENOUGH_INFO),
        ("Carole Delga headed the Socialist Party in 2018.", Verdict.NOT_ENOUGH_INFO),
        # Kept: a title the source gives them of that body; his own posts.
        ("Audrey Azoulay was the head of UNESCO.", Verdict.SUPPORTED),
        ("Carole Delga dirigeait la région Occitanie.", Verdict.SUPPORTED),
        ("Faure headed the Socialist group from December 2016.", Verdict.SUPPORTED),
    ],
)
def test_another_leader_needs_a_title_of_that_body(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An event said by its noun is checked as its verb: who did it, to whom, for or against
        # (each was SUPPORTED on its words, the noun's doer read by nothing).
        ("Brunel's defeat by Olivier Faure.", Verdict.REFUTED),
        ("Olivier Faure's victory over Chantal Brunel in the 2007 legislative elections.", Verdict.REFUTED),
        ("Le soutien d'Olivier Faure aux frondeurs.", Verdict.REFUTED),
        ("Faure's vote for the government of Édouard Philippe in July 2017.", Verdict.REFUTED),
        ("The ousting of Olivier Faure by the RN.", None),
        ("Faure's departure from the Socialist Party.", None),
        ("Faure's criticism of Jean-Luc Mélenchon.", None),
        ('Olivier Faure\'s reaction: "The NFP is reduced by one party".', None),
        # Kept: the doer the source gives the deed.
        ("Le Foll's withdrawal from the race made Faure the presumptive first secretary.", Verdict.SUPPORTED),
        ("Faure's defeat to Chantal Brunel in 2007.", Verdict.SUPPORTED),
        ('Mélenchon\'s reaction: "The NFP is reduced by one party".', Verdict.SUPPORTED),
        ("The withdrawal of Jean-Marc Brûlé by EELV.", Verdict.SUPPORTED),
        ("Faure's comic book about Ségolène Royal's campaign.", Verdict.SUPPORTED),
        ("The election of Faure as head of the Socialist group in December 2016.", Verdict.SUPPORTED),
        # (Read to the sentence's end, not to the point of "49.3", whose "49" was REFUTED.)
        ("Faure's support for the adoption of the El Khomri law without article 49.3.", Verdict.SUPPORTED),
    ],
)
def test_an_event_said_by_its_noun_is_checked_as_its_verb(store: Store, claim: str, verdict: Verdict | None) -> None:
    got = verify(store, claim).verdict
    assert got is verdict if verdict is not None else got is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The rejection (adoption) of a thing, by a body named or not, is checked as the body's
        # deed: his position was adopted, Delga's proposals rejected (was SUPPORTED).
        ("The rejection of Olivier Faure's position by the party's National Office.", Verdict.REFUTED),
        ("The National Office's rejection of Faure's position.", Verdict.REFUTED),
        # Kept: what the source says was rejected, and adopted.
        ("The National Office's rejection of Delga's proposals.", Verdict.SUPPORTED),
        ("The adoption of Faure's position by the National Office.", Verdict.SUPPORTED),
    ],
)
def test_a_rejection_said_by_its_noun_is_checked_as_its_verb(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The one a stance is taken against is the head of its object in the source: not a
        # possessor ("the government's revisions"), a place ("the genocide in China") or someone
        # another sentence names (the PS's decision about Bayrou was criticised, not Bayrou).
        ("Olivier Faure opposed the French government.", Verdict.NOT_ENOUGH_INFO),
        ("The government was opposed by Olivier Faure.", Verdict.NOT_ENOUGH_INFO),
        ("La France insoumise a critiqué François Bayrou.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a condamné la Chine en janvier 2022.", Verdict.NOT_ENOUGH_INFO),
        # Near misses that stay: the source's own object, in other words.
        ("Faure condemned the genocide of the Uyghurs.", Verdict.SUPPORTED),
        ("LFI criticised the Socialists' decision.", Verdict.SUPPORTED),
        ("Olivier Faure opposed the frondeurs.", Verdict.SUPPORTED),
        ("Faure s'est opposé à l'extension de la déchéance de nationalité.", Verdict.SUPPORTED),
    ],
)
def test_a_stance_is_against_the_head_of_its_object(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A detail of one item of the source's list or coordination is that item's: the field of
        # a degree is the university's, not the lycée's; the age of 16 is his joining the PS's.
        ("At the Lycée Pothier, Faure studied economic law.", Verdict.NOT_ENOUGH_INFO),
        ("Olivier Faure est devenu militant de l'UNEF à 16 ans.", Verdict.NOT_ENOUGH_INFO),
        ("Faure became a UNEF activist aged 16.", Verdict.NOT_ENOUGH_INFO),
        # The true claims stay: each detail with its own item.
        ("Faure studied economic law at the University of Orléans.", Verdict.SUPPORTED),
        ("Olivier Faure earned a MAS in political science at Paris 1.", Verdict.SUPPORTED),
        ("Faure joined the Socialist Party when he was 16.", Verdict.SUPPORTED),
        ("Faure joined the Socialist Party at the age of 16 and became a UNEF activist.", Verdict.SUPPORTED),
        ("Faure attended the Lycée Pothier in Orléans.", Verdict.SUPPORTED),
    ],
)
def test_a_detail_of_one_item_of_a_list_is_its_own(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A place the source sets after a noun ("the Uyghur genocide in China") is that noun's,
        # not the deed's: "got a resolution adopted in China" is not said.
        ("Faure passed a resolution on the Uyghurs in China.", Verdict.NOT_ENOUGH_INFO),
        ("Faure a fait voter une résolution sur les Ouïghours en Chine.", Verdict.NOT_ENOUGH_INFO),
        # Near misses that stay: the place after the noun it belongs to.
        ("Faure backed a resolution condemning the genocide of the Uyghurs in China.", Verdict.SUPPORTED),
        ("Faure spent his early childhood in Réunion.", Verdict.SUPPORTED),
    ],
)
def test_a_place_is_the_noun_s_it_follows(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "its" in a concession stands for the main clause's subject when that is a body: the
        # second claim is checked on its own ("the PS's deputies' votes were needed": the source
        # says they were not).
        (
            "The PS decided not to support the motion of censure against Bayrou, although its deputies' votes were needed.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        # Near miss that stays: the concession the source bears out.
        (
            "The PS decided not to support the motion of censure against Bayrou, although its votes were not needed.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_its_in_a_concession_is_the_body_s(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A bare "President" is the head of state's title: his 2017 re-election against Delphine
        # Batho was to the Socialist group's presidency.
        ("Faure was re-elected President in June 2017 against Delphine Batho.", Verdict.NOT_ENOUGH_INFO),
        # Near miss that stays: the presidency of the body the source names.
        ("Faure was re-elected President of the Socialist group in 2017 against Delphine Batho.", Verdict.SUPPORTED),
    ],
)
def test_a_bare_president_is_not_a_group_s(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An election is not the one it was won against's: "His election by 137 votes against 120
        # for Guillaume Bachelay was regarded as a blow to … Valls" is Faure's election.
        ("The election of Guillaume Bachelay was seen as a blow to Manuel Valls.", Verdict.NOT_ENOUGH_INFO),
        # Near miss that stays: the winner's election.
        ("The election of Olivier Faure was seen as a blow to Manuel Valls.", Verdict.SUPPORTED),
    ],
)
def test_an_election_is_not_the_beaten_one_s(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Fewer master's degrees than the source gives him (two, each told).
        ("Olivier Faure has only one postgraduate master's degree.", Verdict.REFUTED),
        ("Olivier Faure n'a obtenu qu'un seul DEA.", Verdict.REFUTED),
        # Near misses: one degree of a field is no count of them all; more than two the source
        # may not tell.
        ("Faure holds one master's degree in economic law.", Verdict.SUPPORTED),
        ("Olivier Faure a obtenu trois DEA.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_his_master_s_degrees_are_counted(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    if verdict is Verdict.REFUTED:
        assert result.correction is not None and "2" in result.correction


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "A got his N refused by B", « A s'est vu refuser son N par B »: B refused A's N. The
        # Prime Minister refused Faure's compromise amendment, not the other way round.
        ("Manuel Valls got his amendment on the El Khomri law refused by Olivier Faure.", Verdict.NOT_ENOUGH_INFO),
        # The true claim in that construction, read the right way round (was NOT_ENOUGH_INFO).
        ("Olivier Faure got his compromise amendment refused by the Prime Minister.", Verdict.SUPPORTED),
        ("Faure s'est vu refuser son amendement de compromis par Valls.", Verdict.SUPPORTED),
    ],
)
def test_a_causative_passive_is_read_actively(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_joining_the_unef_at_16_is_not_refuted_nor_held_by_the_ps_s_age(store: Store) -> None:
    # (Was SUPPORTED in the join-object test above: "joined the PS at the age of 16 and also
    # became an activist for the UNEF" gives the UNEF no age; the join-object check still does
    # not hold it against the claim, and the age is the PS's, its own item's.)
    assert verify(store, "Faure joined the UNEF at 16.").verdict is Verdict.NOT_ENOUGH_INFO


def test_a_clause_of_time_after_the_deed_is_not_an_item_of_its_list(store: Store) -> None:
    # "… appointed special adviser to Ayrault after the Socialist candidate won the general
    # election": "general" is the election's, in its own clause, not a detail moved onto the post.
    claim = "Faure became special adviser to Prime Minister Jean-Marc Ayrault after the Socialist candidate won the general election."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    # Near miss: a detail of one item moved onto another is still not supported.
    assert verify(store, "Faure studied law at the Lycée Pothier.").verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Ahead of no one named: the one put ahead is the one named before it, whom the source
        # puts him "far behind" (was REFUTED: "placed him in second place, not ahead").
        ("Stéphane Le Foll was well ahead in the Harris Interactive poll", Verdict.SUPPORTED),
        ("Dans le sondage Harris Interactive, Stéphane Le Foll était loin devant.", Verdict.SUPPORTED),
        # Near misses: him ahead, or the other one behind, stay refuted.
        ("Faure was well ahead in the Harris Interactive poll", Verdict.REFUTED),
        ("Stéphane Le Foll was behind in the Harris Interactive poll", Verdict.REFUTED),
    ],
)
def test_ahead_of_no_one_named_is_the_named_ones_place(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_ahead_with_a_short_name_is_not_refuted(store: Store) -> None:
    assert verify(store, "Le Foll was ahead in the Harris Interactive poll").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A deed under the claim's verb of weighing, the refusal told after it (was REFUTED:
        # "…, not endorsing").
        ("In 2016 Faure weighed endorsing Macron but ultimately refused to support him", Verdict.SUPPORTED),
        ("Faure contemplated endorsing Emmanuel Macron in 2016, but refused to support him", Verdict.SUPPORTED),
        # Near miss: the weighing ending in support is still refuted.
        ("In 2016 Faure weighed endorsing Macron and ultimately supported him", Verdict.REFUTED),
    ],
)
def test_a_deed_weighed_then_refused_is_not_a_deed_done(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The deed after "and then", "but later", « puis », checked as a claim of its own, its
        # pronoun object the first clause's person (was SUPPORTED on the whole's words).
        ("In 2016 Faure weighed endorsing Macron and later endorsed him", Verdict.REFUTED),
        ("Faure opposed the frondeurs and then supported them", Verdict.REFUTED),
        # Near misses: the refusal told after it, and a true later deed, stay supported.
        ("In 2016 Faure considered endorsing Macron and then refused to support him", Verdict.SUPPORTED),
        ("In 2016 Faure considered endorsing Macron, but then he refused to support him", Verdict.SUPPORTED),
    ],
)
def test_a_later_deed_is_checked_as_a_claim_of_its_own(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A plural copula with one person its subject, read singular (was SUPPORTED); a bare
        # plural after it makes him one of the group.
        ("Olivier Faure were the Socialist rebels", Verdict.NOT_ENOUGH_INFO),
        ("Faure were among the Socialist frondeurs", Verdict.REFUTED),
        ("Olivier Faure étaient frondeurs", Verdict.REFUTED),
        ("Olivier Faure was Socialist rebels", Verdict.REFUTED),
        # Near misses: his stance and his title stay supported.
        ("Faure opposed the Socialist rebels", Verdict.SUPPORTED),
        ("Faure were the First Secretary of the Socialist Party", Verdict.SUPPORTED),
    ],
)
def test_a_plural_copula_of_one_person_is_read_singular(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An adjective the claim says of its subject, the source of another noun ("a historic
        # defeat in the presidential election"): was SUPPORTED.
        ("Faure's election was historic", Verdict.NOT_ENOUGH_INFO),
        ("L'élection présidentielle a été historique", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the adjective said of the same noun stays supported.
        ("The Socialist defeat was historic", Verdict.SUPPORTED),
        ("La défaite du PS a été historique", Verdict.SUPPORTED),
        ("The PS suffered a historic defeat in the presidential election", Verdict.SUPPORTED),
    ],
)
def test_an_adjective_of_another_noun_is_not_the_subjects(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A passive with its agent, checked said actively: the Office rejected Delga's proposals
        # against cooperation, not cooperation (was SUPPORTED on the sentence's words).
        ("Cooperation with La France Insoumise was rejected by the National Office", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the passives the source bears out stay supported, a swapped one refuted.
        ("Faure's position was adopted by the party's National Office", Verdict.SUPPORTED),
        ("Delga's proposals against cooperation were rejected by the National Office", Verdict.SUPPORTED),
        ("Faure's position was rejected by the National Office", Verdict.REFUTED),
    ],
)
def test_a_passive_is_checked_with_its_agent_as_doer(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A bare title before another's name is a claim too: one the source never sets beside
        # them is not said (was SUPPORTED: the rest of the claim is the source's).
        ("Faure a été élu en décembre 2016 contre le président Guillaume Bachelay.", Verdict.NOT_ENOUGH_INFO),
        ("Faure et le président Valls sont devenus adversaires en 2016.", Verdict.NOT_ENOUGH_INFO),
        ("Les jeunes rocardiens étaient un groupe qui soutenait le président Michel Rocard.", Verdict.NOT_ENOUGH_INFO),
        ("En 2021, Faure a devancé la présidente Hélène Geoffroy.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the title the source sets beside them, before or after the name, stays
        # supported ("Martine Aubry, the mayor of Lille", "Castaner became the Minister of the
        # Interior", "the presidential cabinet of Emmanuel Macron").
        ("In 2018 Mayor Martine Aubry backed Faure", Verdict.SUPPORTED),
        ("En 2018, la présidente Carole Delga a soutenu Faure.", Verdict.SUPPORTED),
        ("Faure broke off relations with Minister Christophe Castaner", Verdict.SUPPORTED),
        ("Soria Blatmann worked in the cabinet of President Emmanuel Macron until February 2018", Verdict.SUPPORTED),
    ],
)
def test_a_bare_title_before_another_name_must_be_theirs(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A group named by a common noun given his own deed: every sentence telling the deed has
        # him do it (was SUPPORTED: the words are the source's, the doer is not).
        ('Some critics walked back their use of the expression "right of inspection".', Verdict.NOT_ENOUGH_INFO),
        (
            'Several left-wing figures demanded a "right of inspection" for police on judicial decisions.',
            Verdict.NOT_ENOUGH_INFO,
        ),
        # Near misses: the group's own deed ("criticized by several figures on the left, who
        # accused it …") and his stay supported.
        ("Several figures on the left criticised the proposal.", Verdict.SUPPORTED),
        ("Critics accused the proposal of violating the separation of powers.", Verdict.SUPPORTED),
        ('Faure walked back the expression "right of inspection".', Verdict.SUPPORTED),
    ],
)
def test_a_group_named_by_a_common_noun_is_not_given_his_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "A is in B" for two places (bodies, events) the source never sets one within the other
        # (was SUPPORTED: both are named in one sentence).
        ("The Villeurbanne Congress was in Aubervilliers.", Verdict.NOT_ENOUGH_INFO),
        ("La Tronche est en Seine-et-Marne.", Verdict.NOT_ENOUGH_INFO),
        ("The Socialist Party's seat is in the National Assembly.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the source's own "the University of Orléans", and a congress in the town
        # it is named after, stay supported.
        ("The University of Orléans is in Orléans.", Verdict.SUPPORTED),
        ("The Villeurbanne Congress was held in Villeurbanne.", Verdict.SUPPORTED),
    ],
)
def test_a_place_within_another_must_be_set_there_by_the_source(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A share set in the first round where the source tells it with no round at all (was
        # SUPPORTED: the 2021 re-election's 73.49% has no rounds told).
        ("In the first round of the 2021 congress, Faure got 73.49% of the vote.", Verdict.NOT_ENOUGH_INFO),
        # Near misses: the first round's own share, and the share with no round claimed.
        ("In the first round of 2018, Faure got 48.37% of the vote.", Verdict.SUPPORTED),
        ("Faure was re-elected in 2021 with 73.49% of the vote.", Verdict.SUPPORTED),
    ],
)
def test_a_first_round_share_needs_a_round_told(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An unnamed claimant's words: what they said is checked (was NOT_ENOUGH_INFO: "the evidence
        # does not say: columnist").
        ("According to a columnist, Faure was born in La Tronche.", Verdict.SUPPORTED),
        ("Un militant a dit que Faure avait adhéré au Parti socialiste à 16 ans.", Verdict.SUPPORTED),
        (
            "Several observers claim that Faure abstained in the July 2017 confidence vote on Édouard Philippe's government.",
            Verdict.SUPPORTED,
        ),
        # Near misses: a false content stays refuted.
        ("A blogger wrote that Faure joined the Socialist Party at 18.", Verdict.REFUTED),
        ("Selon une internaute, Faure a adhéré au Parti socialiste à 18 ans.", Verdict.REFUTED),
    ],
)
def test_an_unnamed_claimants_words_are_checked_for_what_they_say(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert result.claim == claim
    assert result.note is not None and "not checked" in result.note


@pytest.mark.parametrize(
    "claim",
    [
        # A speaker the claim names: their saying is the claim, not stripped.
        "Valls said that Faure was born in La Tronche.",
        # Whose "he" it is, the claim does not say (the MP's own, perhaps).
        "An MP said he was born in La Tronche.",
        "Un député a dit qu'il était né à La Tronche.",
    ],
)
def test_a_named_speaker_or_a_pronoun_keeps_the_frame(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A part of a month, held by the day the evidence gives in it (was NOT_ENOUGH_INFO: "the
        # evidence does not say: early"; "mid-April" was read as the year alone).
        (
            "Faure was inaugurated as first secretary at the Aubervilliers Congress in early April 2018.",
            Verdict.SUPPORTED,
        ),
        ("Début avril 2018, Faure a été investi premier secrétaire au congrès d'Aubervilliers.", Verdict.SUPPORTED),
        (
            "À la mi-mars 2018, Faure est arrivé en tête du premier tour de l'élection au poste de premier secrétaire.",
            Verdict.SUPPORTED,
        ),
        # Near misses: a day in another part of it (15 March is not "late March"), or another month.
        (
            "Faure came first in the first round of the election for first secretary in late March 2018.",
            Verdict.NOT_ENOUGH_INFO,
        ),
        (
            "Faure came first in the first round of the election for first secretary in mid-April 2018.",
            Verdict.NOT_ENOUGH_INFO,
        ),
    ],
)
def test_a_part_of_a_month_is_held_by_a_day_within_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # The claimant's words judged by the claim ("wrongly", « à tort »), or denied: no frame to strip.
        "A reader wrote, wrongly, that Faure was born in La Tronche.",
        "A reader wrongly said that Faure was born in La Tronche.",
        "Un lecteur a affirmé à tort que Faure est né à La Tronche.",
        "A reader denied that Faure was born in La Tronche.",
    ],
)
def test_a_claimants_words_judged_or_denied_are_not_stripped(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Numbers of ten and more in words, read as the same claim in digits (the words were left
        # unsaid: NOT_ENOUGH_INFO).
        ("Faure became secretary-general of the Young Rocardiens at the age of twenty-three", Verdict.SUPPORTED),
        ("Il a pris sa carte au Parti socialiste à seize ans.", Verdict.SUPPORTED),
        ("In December 2016 he won the group presidency by one hundred thirty-seven votes to 120", Verdict.SUPPORTED),
        # Near misses: another age, another count, stay refuted.
        ("Faure joined the Socialists at the age of nineteen", Verdict.REFUTED),
        ("Il est devenu secrétaire général des Jeunes rocardiens à vingt-six ans.", Verdict.REFUTED),
        ("Faure became secretary-general of the Young Rocardiens at the age of thirty-three", Verdict.REFUTED),
    ],
)
def test_numbers_in_words_are_read_as_digits(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_numbers_as_digits_leaves_ranks_articles_and_verbs() -> None:
    from faurecli.analysis import numbers_as_digits

    assert numbers_as_digits("à dix-sept ans") == "à 17 ans"
    assert numbers_as_digits("quatre-vingt-six pour cent") == "86 pour cent"
    # A rank, an article, the English verb "seize": left.
    assert numbers_as_digits("the twenty-first century") is None
    assert numbers_as_digits("one of the two") is None
    assert numbers_as_digits("he tried to seize the party") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Being at the head of a body is being its head (« tête » was unsaid; "headed" a deed the
        # evidence must tell).
        ("Olivier Faure est à la tête du Parti socialiste depuis 2018.", Verdict.SUPPORTED),
        ("Olivier Faure est a la tete du Parti socialiste depuis 2018.", Verdict.SUPPORTED),
        ("Olivier Faure has headed the Socialist Party since 2018.", Verdict.SUPPORTED),
        ("In 2017 Faure was at the head of the New Left group.", Verdict.SUPPORTED),
        # Near misses: the party before his term, another body, another year.
        ("En 2016, Faure était à la tête du Parti socialiste.", Verdict.REFUTED),
        ("Olivier Faure headed the Socialist Party in 2015.", Verdict.REFUTED),
        ("Faure was at the head of the UNEF.", Verdict.NOT_ENOUGH_INFO),
        ("Stéphane Le Foll est à la tête du PS depuis 2018.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_at_the_head_of_a_body_is_its_head(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A frame around the subject: « X, c'est lui qui … », "he is the man who …" is X doing it.
        ("Faure, c'est lui qui a partagé un appartement avec Benoît Hamon pendant un temps.", Verdict.SUPPORTED),
        ("Faure is the one who shared a flat with Benoît Hamon.", Verdict.SUPPORTED),
        # Near misses: another predecessor, another flatmate, a frame that says more ("the only").
        ("Olivier Faure, c'est lui qui a succédé à Manuel Valls en décembre 2016.", Verdict.REFUTED),
        ("Faure is the one who shared a flat with Manuel Valls.", Verdict.REFUTED),
        ("Faure is the only one who shared a flat with Benoît Hamon.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_frame_around_the_subject_is_the_subject(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # « a eu / a obtenu N élus »: N seats won.
        ("Lors des européennes de 2019, la liste commune PS-Place publique a obtenu six élus.", Verdict.SUPPORTED),
        ("En 2019 la liste PS-Place publique a eu 6 eurodéputés.", Verdict.SUPPORTED),
        # Near misses: another count, another list.
        ("En 2019, la liste PS-Place publique a eu sept élus.", Verdict.REFUTED),
        ("En 2019, la liste de Benoît Hamon a eu six élus.", Verdict.REFUTED),
    ],
)
def test_elected_members_got_are_seats(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_elected_members_got_in_another_count_are_not_supported(store: Store) -> None:
    claim = "Lors des européennes de 2019, la liste commune PS-Place publique a obtenu huit élus."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Under an alliance's banner, label, umbrella, « sous l'étiquette du NFP »: as part of it.
        ("In 2024 the PS, under the banner of the NFP, more than doubled its seats in the National Assembly.",
         Verdict.SUPPORTED),
        ("Aux législatives de 2024, sous l'étiquette du NFP, le PS a plus que doublé ses sièges.", Verdict.SUPPORTED),
        # Near misses: another alliance named, another result.
        ("In 2024 the PS, under the banner of LFI, more than doubled its seats in the National Assembly.",
         Verdict.NOT_ENOUGH_INFO),
        ("Aux législatives de 2024, sous l'étiquette du NFP, le PS a triplé ses sièges.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_under_an_alliance_banner_is_as_part_of_it(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "came into the world" is being born (as « venir au monde » is).
        ("Faure came into the world on 18 August 1968.", Verdict.SUPPORTED),
        # Near misses: another year; "the world of politics" is no birth.
        ("Faure came into the world in 1970.", Verdict.REFUTED),
        ("Faure came into the world of politics in 1968.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_coming_into_the_world_is_being_born(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "wrong", "right"),
    [
        # An age and a year both wrong: each is corrected, not the year alone (the year had kept
        # the age's sentence out of the facts fitting the claim).
        ("Faure signed up with the Socialists in 1990, aged 17.", ("1990", "17"), ("16",)),
        ("En 1992, à 27 ans, Faure devint secrétaire général des Jeunes rocardiens.", ("1992", "27"), ("1991", "23")),
    ],
)
def test_an_age_beside_a_wrong_year_is_corrected_too(
    store: Store, claim: str, wrong: tuple[str, ...], right: tuple[str, ...]
) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None
    for shown in wrong:
        assert f"not {shown}" in checked.correction
    for said in right:
        assert f"{said}, not" in checked.correction


def test_a_right_age_beside_a_wrong_year_is_not_corrected(store: Store) -> None:
    # Near miss: the age is the source's (16), only the year is wrong.
    checked = verify(store, "Faure took out his Socialist Party card at the age of 16 in 1993.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and "not 16" not in checked.correction
    # ...and the true claim stays supported.
    assert verify(store, "In 1991, aged 23, Faure became secretary-general of the Young Rocardiens.").verdict is (
        Verdict.SUPPORTED
    )


def test_one_correction_for_one_wrong_year(store: Store) -> None:
    # Two checks finding the same other year for the claim's one year say one thing, once.
    checked = verify(store, "In 1992 Faure became the Young Rocardiens' secretary-general.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.count("not 1992") == 1


@pytest.mark.parametrize(
    "claim",
    [
        "Faure a remporté l'élection avec 86 % des voix le 15 mars 2018.",
        "On 15 March 2018 Faure won the vote for first secretary with 86%.",
    ],
)
def test_a_right_figure_on_a_wrong_day_corrects_the_day(store: Store, claim: str) -> None:
    # The figure is that of the fact the claim's words tell (the 29 March election), on another
    # day: the day is corrected, not the figure (was "48.37%, not 86%").
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("29 Mar 2018, not 15 ")


def test_a_wrong_figure_on_its_own_day_is_corrected_as_a_figure(store: Store) -> None:
    # Near miss: the first round named, its day right, its figure wrong: the figure is corrected.
    checked = verify(store, "Faure topped the first round on 15 March 2018 with 86% of the vote.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction == "48.37%, not 86%"
    assert verify(store, "Faure won the election with 86% of the vote on 29 March 2018.").verdict is (Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # A rival the source sets against him in another race than the one the claim dates or
        # names: refuted by that race's rival (was NOT_ENOUGH_INFO).
        (
            "Faure's opponent at the Villeurbanne Congress was Stéphane Le Foll.",
            "Hélène Geoffroy, not Stéphane Le Foll",
        ),
        ("L'adversaire de Faure en 2018 était Hélène Geoffroy.", "Stéphane Le Foll, not Hélène Geoffroy"),
        ("Faure beat Stéphane Le Foll in September 2021.", "Hélène Geoffroy, not Stéphane Le Foll"),
        # A race told whole (two shares making 100%): anyone else as its opponent.
        (
            "His opponent for first secretary at the 2021 congress was Boris Vallaud.",
            "Hélène Geoffroy, not Boris Vallaud",
        ),
    ],
)
def test_a_rival_of_another_race_is_refuted(store: Store, claim: str, correction: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction == correction


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: that race's own rival is not refuted; a "rival" at large, named in no race,
        # is not refuted by a race told whole.
        "Faure's opponent at the Villeurbanne Congress was Hélène Geoffroy.",
        "L'adversaire de Faure en 2018 était Stéphane Le Foll.",
        "Faure's rival in 2021 was Emmanuel Macron.",
    ],
)
def test_the_races_own_rival_is_not_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_a_bound_or_a_bare_age_is_not_moved_to_another_day(store: Store) -> None:
    # Near misses: a bound fits another vote's figure too, so it stays the part corrected; an age
    # at a date with no deed gets no age of a deed as its correction.
    checked = verify(store, "Faure got more than two thirds of the vote in 2012.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("63.2%")
    aged = verify(store, "Faure avait 57 ans en janvier 2025.")
    assert aged.correction is None or "16, not" not in aged.correction


def test_a_group_votes_rival_is_not_set_against_a_seats_race(store: Store) -> None:
    # Near miss: Batho's race was a group vote (counts), 2012's his seat (shares): not refuted.
    assert verify(store, "Faure's opponent in 2012 was Delphine Batho.").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        # An agentless passive of a contest or succession verb: its subject the one beaten or
        # succeeded, which the source does not say (he won those; no one succeeded him there).
        "Olivier Faure was beaten in the runoff of 2012.",
        "Olivier Faure got beaten in the group election of June 2017.",
        "Olivier Faure a été devancé lors du vote du groupe en juin 2017.",
        "Olivier Faure was beaten 137 votes to 120.",
        "Olivier Faure was succeeded as leader of the group on 13 December 2016.",
        "François Bayrou was censured in 2025.",
        "François Bayrou a été censuré en février 2025.",
    ],
)
def test_an_agentless_passive_needs_its_subject_beaten(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the source has these beaten, replaced or ousted by censure.
        "Faure was defeated in the 2007 legislative elections.",
        "Faure a été battu aux législatives de 2007.",
        "Hélène Geoffroy was defeated at the Villeurbanne Congress.",
        "Stéphane Le Foll was beaten in the first round of March 2018.",
        "Faure was replaced as president of the New Left group in 2018.",
        "Michel Barnier was censured in December 2024.",
        "Faure was defeated by Chantal Brunel in 2007.",
    ],
)
def test_a_passive_the_source_bears_out_stays_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # A vote's superlative or "went to" given to its loser, or "most of the votes" to a winner
        # under half (48.37% in the first round of 2018).
        "Faure a recueilli le moins de suffrages au congrès de Villeurbanne en 2021.",
        "Geoffroy a récolté le plus de voix au congrès de Villeurbanne.",
        "Hélène Geoffroy received most of the votes in 2021.",
        "Most of the votes on 15 March 2018 went to Olivier Faure.",
        "The 2021 congress went to Hélène Geoffroy.",
        "The first round of March 2018 went to Stéphane Le Foll.",
        "The leadership of the party went to Hélène Geoffroy in 2021.",
    ],
)
def test_a_votes_winner_is_the_one_the_figures_put_first(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the winner given the most votes, the loser the fewest, a majority over half.
        "Olivier Faure obtained the most votes at the Villeurbanne Congress.",
        "Olivier Faure got the most votes in the first round of March 2018.",
        "Most of the votes in the 2012 runoff went to Faure.",
        "The 2007 seat went to Chantal Brunel.",
    ],
)
def test_a_votes_true_winner_stays_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_vote_given_to_its_loser_is_refuted(store: Store) -> None:
    assert verify(store, "Hélène Geoffroy obtained the most votes at the Villeurbanne Congress in 2021.").verdict is (
        Verdict.REFUTED
    )


@pytest.mark.parametrize(
    "claim",
    [
        # "Most of" is more than half, read as "a majority of"; a share or count that "went to"
        # someone must be told as theirs.
        "Most of the seats in the 2024 Assembly went to the Socialist Party.",
        "Most of the municipalities went to the Socialists in 2020.",
        "Six seats went to Benoît Hamon.",
        "The 6.2% of the 2019 vote went to the list of Benoît Hamon.",
    ],
)
def test_most_of_and_a_figure_that_went_to_someone_are_checked(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_most_of_the_votes_over_half_stays_supported(store: Store) -> None:
    # Near miss: 63.2% in the 2012 runoff is more than half.
    assert verify(store, "Most of the votes in the 2012 runoff went to Faure.").verdict is Verdict.SUPPORTED


def test_a_year_is_found_as_before_with_its_first_digit_read_first(store: Store) -> None:
    # verdicts._YEAR opens with its first digit (the look back after it), so the engine skips to
    # the 1s and 2s of a text: the same years, in the same places, as the look back first.
    import itertools
    import re

    from faurecli import verdicts

    before = re.compile(r"(?<![\d,.])(?:19[4-9]\d|20[0-4]\d)(?![\d,.]\d)")
    texts = ["In 2012 and 1997", "1,1984", ".2001", "2001.5", "19845", "x2017,", "2017, 2018", "", "1999"]
    texts += ["".join(t) for t in itertools.product("1920,. 4", repeat=5)]
    for text in texts:
        for at in (0, 1):
            assert [m.span() for m in verdicts._YEAR.finditer(text, at)] == [
                m.span() for m in before.finditer(text, at)
            ]
    assert not verdicts._YEAR.pattern.startswith("(?<")  # (a look back first: every character tried)
    # Near miss: a number of which a year is a part is no year.
    assert verdicts._YEAR.findall("1,2012 votes, 2017.8 and 3.1999") == [] and before.findall("2017.8") == []
    assert verify(store, "Faure was born in 1969").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "His detractors judged the phrase 'right of inspection' unfortunate.",
        "Ses adversaires ont qualifié de « malheureuse » l'expression « droit de regard ».",
    ],
)
def test_a_group_is_not_given_his_judgement_told_by_a_participle(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_his_own_judgement_told_by_a_participle_stays_his(store: Store) -> None:
    # Near miss: the participle's doer is his, so his own claim of it stands.
    checked = verify(store, "Faure walked back the expression 'right of inspection', calling it unfortunate.")
    assert checked.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("Several EELV executives left after Faure's position was adopted and triggered their departure.", False),
        ("The departure of several PS executives was triggered by this.", True),
    ],
)
def test_members_the_source_gives_to_another_party_are_refuted(store: Store, claim: str, right: bool) -> None:
    checked = verify(store, claim)
    if right:
        assert checked.verdict is not Verdict.REFUTED
    else:
        assert checked.verdict is not Verdict.SUPPORTED


def test_the_deputies_of_another_party_are_refuted_with_the_sources_party(store: Store) -> None:
    checked = verify(store, "Escaping the motion of censure did not need the votes of LFI deputies.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("PS deputies")


@pytest.mark.parametrize(
    "claim",
    ["Faure fut le candidat des Verts dans la 11e circonscription en 2012.", "Faure a été désigné par EELV en 2012."],
)
def test_he_was_not_the_candidate_of_the_party_that_withdrew_its_own(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is not Verdict.SUPPORTED
    if checked.verdict is Verdict.REFUTED:
        assert checked.correction is not None and "Brûlé" in checked.correction


def test_the_party_that_nominated_him_stays_supported(store: Store) -> None:
    assert (
        verify(store, "En 2012, Faure était le candidat du PS dans la 11e circonscription.").verdict
        is Verdict.SUPPORTED
    )


def test_a_thing_put_for_what_the_source_puts_it_against_is_refuted(store: Store) -> None:
    checked = verify(store, "The National Office rejected Carole Delga's proposals in favour of cooperation.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("against")
    # Near miss: the source's own side stays.
    assert (
        verify(store, "The National Office rejected Delga's proposals against cooperation.").verdict
        is Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    "claim", ["Mélenchon's decision was sharply criticised by LFI.", "LFI a critiqué la décision de Barnier."]
)
def test_a_decision_is_not_given_an_owner_the_source_does_not_give_it(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_the_owner_the_source_gives_a_decision_or_motion_stays(store: Store) -> None:
    # Near misses: "PS decided …" owns "This decision"; "initiated by La France Insoumise" owns the motion.
    assert verify(store, "The PS's decision was sharply criticised by LFI.").verdict is Verdict.SUPPORTED
    assert verify(
        store, "In February 2025 the PS declined to back LFI's motion of censure against François Bayrou."
    ).verdict is (Verdict.SUPPORTED)


@pytest.mark.parametrize(
    "claim", ["Olivier Faure est né dans sa circonscription.", "Faure was born in his own constituency."]
)
def test_a_birthplace_named_as_a_place_of_his_life_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A share in fifths, "N in M", « N sur M », a majority (figs31).
        ("In 2012 Faure won more than three voters out of five in the second round.", Verdict.SUPPORTED),
        ("Au second tour de 2012, Faure a obtenu plus de trois voix sur cinq.", Verdict.SUPPORTED),
        ("In the 2012 runoff Faure took a majority of the votes.", Verdict.SUPPORTED),
        # Near misses: a bound the figure misses, a majority of a round he did not get.
        ("Faure won more than nine in ten votes on 29 March 2018.", Verdict.REFUTED),
        ("Faure a obtenu la majorité absolue des voix au premier tour en mars 2018.", Verdict.REFUTED),
    ],
)
def test_a_share_in_fifths_or_n_in_m_is_checked_as_its_percentage(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_hedged_n_in_m_near_the_figure_is_not_refuted(store: Store) -> None:
    # "about two in three" for 63.2%: a little beyond its span, too near to refute; far, refuted.
    assert verify(store, "Faure got about two votes in three in the 2012 runoff.").verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "Faure got about nine in ten votes in the 2012 runoff.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        # A ratio of his figure to a rival's, set against the one sentence giving both (figs31).
        "Faure collected more than nine times as many votes as Delphine Batho.",
        "Faure a recueilli presque trois fois plus de voix que Geoffroy.",
        "In the first round Faure got nearly twice the share of Le Foll.",
    ],
)
def test_a_ratio_of_two_figures_of_one_vote_is_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_wrong_ratio_is_refuted_and_the_right_one_for_another_event_is_not_supported(store: Store) -> None:
    wrong = verify(store, "Faure got four times as many votes as Le Foll in the first round.")
    assert wrong.verdict is Verdict.REFUTED
    assert wrong.correction is not None and wrong.correction.startswith("48.37% against 26.45%")
    assert verify(store, "Faure won twice as many votes as Bachelay.").verdict is Verdict.REFUTED
    # Near misses: the right ratio told of another year or congress is not supported.
    assert verify(store, "Faure got more than nine times as many votes as Batho in 2012.").verdict is not (
        Verdict.SUPPORTED
    )
    assert verify(store, "Faure got nearly twice as many votes as Le Foll at the 2021 congress.").verdict is not (
        Verdict.SUPPORTED
    )


def test_a_margin_after_over_a_rival_is_the_margin(store: Store) -> None:
    # "won over Bachelay by 17 votes": 17 is the margin, no more (it was refuted by itself).
    assert verify(store, "Faure won the vote over Guillaume Bachelay by 17 votes.").verdict is Verdict.SUPPORTED
    assert verify(store, "Faure won over Bachelay by 30 votes.").verdict is Verdict.REFUTED


def test_a_ratio_to_a_rivals_own_share_is_checked(store: Store) -> None:
    # "N times X's share": the rival's figure named by its owner (figs31).
    assert verify(store, "Faure got over nine times Batho's votes in June 2017.").verdict is Verdict.SUPPORTED
    # Near misses: 73.49% against 26.52% is not four times; 6.2% against 3.3% not more than three
    # times, and too near "more than twice" to tell.
    assert verify(store, "In 2021 Faure took four times Geoffroy's share.").verdict is Verdict.REFUTED
    assert verify(store, "In 2019 the PS–Place Publique list got more than three times Hamon's score.").verdict is (
        Verdict.REFUTED
    )
    assert verify(store, "In 2019 the PS–Place Publique list got more than twice Hamon's score.").verdict is (
        Verdict.NOT_ENOUGH_INFO
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Formal French: courtesy titles, the passé simple, ordinal words, the Palais-Bourbon.
        ("Mr Faure was born in La Tronche.", Verdict.SUPPORTED),
        ("Dr Faure studied at the University of Orléans.", Verdict.SUPPORTED),
        ("En 2012, M. Olivier Faure devint député de Seine-et-Marne.", Verdict.SUPPORTED),
        (
            "Olivier Faure s'abstint lors du vote de confiance au gouvernement de M. Philippe en 2017.",
            Verdict.SUPPORTED,
        ),
        ("En 2012, Faure fut élu député dans la onzième circonscription de Seine-et-Marne.", Verdict.SUPPORTED),
        ("Élu au Palais-Bourbon en 2012, Faure fut nommé troisième vice-président du groupe SRC.", Verdict.SUPPORTED),
        # Near misses: the same shapes false stay refuted.
        ("En 2012, Faure fut élu député dans la huitième circonscription de Seine-et-Marne.", Verdict.REFUTED),
        ("En 2007, M. Faure devint député de Seine-et-Marne.", Verdict.REFUTED),
        ("Faure entra au Palais-Bourbon en 2007.", Verdict.REFUTED),
        ("M. Boris Vallaud lui succéda à la présidence du groupe en 2018.", Verdict.REFUTED),
    ],
)
def test_formal_french_is_checked_as_said_plainly(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_courtesy_title_gives_no_support_to_a_false_claim(store: Store) -> None:
    # Near misses: the title dropped, a false name or relation is still not supported.
    assert verify(store, "Mrs Delphine Batho is Faure's wife.").verdict is not Verdict.SUPPORTED
    assert verify(store, "M. Faure perdit face à Mme Batho en 2007.").verdict is not Verdict.SUPPORTED


def test_a_french_concession_asserts_both_its_clauses(store: Store) -> None:
    # « Bien que X, Y » says X and Y: each is checked, as "Although X, Y" is.
    claim = "Bien que Faure ait envisagé de soutenir Macron, il a refusé de le soutenir après une rencontre."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    # Near miss: a false concession is refuted, the true main clause notwithstanding.
    false = "Bien que Faure ait soutenu Macron en 2017, il a été réélu député."
    assert verify(store, false).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        # A deed denied, then its contrary told of the same thing (neg31): the contrary is checked.
        "Faure was never one of the frondeurs: he opposed them.",
        "Faure didn't back the frondeurs, he opposed them.",
        "Faure did not back Emmanuel Macron; he refused to support him.",
        "Le Foll did not stay in the race: he withdrew.",
        "Faure didn't vote for the Philippe government in July 2017: he abstained.",
        "Faure n'était pas un frondeur, il s'y est opposé.",
    ],
)
def test_a_deed_denied_then_its_contrary_told_is_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the contrary told is false, of another thing, or dated otherwise.
        "Faure never opposed the frondeurs: he backed them.",
        "Faure was never one of the frondeurs: he backed them.",
        "Faure never endorsed Hollande: he turned him down.",
        "Faure never endorsed Macron for 2012: he turned him down after they met.",
        "Faure wasn't a frondeur; he opposed Valls.",
        "Faure didn't vote for the Philippe government in July 2018: he abstained.",
        "Faure did not lose in 2007: he won.",
        "Le Foll did not withdraw: he stayed in the race.",
        "Faure ne s'est jamais abstenu : il a voté la confiance.",
    ],
)
def test_a_deed_denied_then_a_false_contrary_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_negated_true_deed_with_no_contrary_stays_refuted(store: Store) -> None:
    # Near miss: the denial alone, of what the source says, is still refuted.
    assert verify(store, "Faure did not oppose the frondeurs.").verdict is Verdict.REFUTED
    assert verify(store, "Faure opposed the frondeurs.").verdict is Verdict.SUPPORTED


def test_a_denied_deeds_setting_does_not_refute_its_contrary(store: Store) -> None:
    # Near miss: the place of the deed denied ("to the second round") is not where the contrary
    # ("withdrew") was done: no refutation by it.
    claim = "Le Foll never went on to the second round of the 2018 vote: he withdrew."
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_a_deed_without_whom_the_source_says_it_was_done_with_is_refuted(store: Store) -> None:
    # "without X" where the source says the deed was done together with X (neg31).
    checked = verify(
        store, "In late 2024, the NFP brought down the Barnier government without the far-right National Rally."
    )
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and "national rally" in checked.correction.lower()


def test_a_deed_without_what_the_source_also_lacks_is_not_refuted(store: Store) -> None:
    # Near misses: "without" the source says too stays SUPPORTED; one it never names is no refutation.
    assert (
        verify(store, "Faure supported the El Khomri law without resorting to article 49.3.").verdict
        is Verdict.SUPPORTED
    )
    assert verify(store, "The NFP brought down Barnier in December 2024 without Bayrou.").verdict is not Verdict.REFUTED


def test_a_plural_origin_is_the_same_origin(store: Store) -> None:
    # « des origines chinoises » is the source's "of Chinese origin", not another origin: the
    # holder's own origin in the plural is no contradiction.
    checked = verify(store, "Sa mère, infirmière vietnamienne, avait des origines chinoises.")
    assert checked.verdict is not Verdict.REFUTED


def test_another_plural_origin_is_still_refuted(store: Store) -> None:
    # Near miss: another origin in the plural stays refuted by the holder's own.
    checked = verify(store, "Sa mère, infirmière vietnamienne, avait des origines espagnoles.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and "Chinese" in checked.correction


def test_a_name_in_a_complement_before_a_colon_owns_no_figure(store: Store) -> None:
    # « la non-censure de Bayrou, les socialistes ont obtenu un milliard »: theirs, not Bayrou's.
    checked = verify(
        store, "Contre la non-censure de Bayrou, les socialistes ont obtenu un milliard d'euros de plus pour la santé."
    )
    assert checked.verdict is not Verdict.REFUTED


def test_a_name_owning_a_figure_is_still_read_as_its_owner(store: Store) -> None:
    # Near miss: a figure given plainly to another stays refuted.
    checked = verify(
        store, "In June 2017 he kept the chairmanship of the Socialist group with 28 votes to 3 for Carole Delga."
    )
    assert checked.verdict is Verdict.REFUTED


def test_an_unknown_name_sharing_a_surname_in_an_exclusive_slot_is_refuted(store: Store) -> None:
    # A name the source never gives, sharing a word with one it gives (Najat Vallaud-Belkacem,
    # Boris Vallaud), in the one rival's place of a two-way vote: that rival is the correction.
    checked = verify(
        store, "Réélu président du groupe socialiste en juin 2017 par 28 voix contre 3 pour Najat Vallaud-Belkacem."
    )
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("Delphine Batho")


def test_an_unknown_name_sharing_a_surname_in_an_open_slot_is_not_refuted(store: Store) -> None:
    # Near miss: one among his supporters, an open slot, stays not enough information.
    checked = verify(store, "In 2018 Najat Vallaud-Belkacem backed his bid for first secretary.")
    assert checked.verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "correction"),
    [
        # A rival seen off, « en face »: the congress's own rival is the correction (Villeurbanne's
        # sentence names Geoffroy).
        ("Faure sees off Stéphane Le Foll at the Villeurbanne Congress.", "Hélène Geoffroy"),
        ("Au congrès de Villeurbanne, Faure avait Carole Delga en face de lui.", "Hélène Geoffroy"),
    ],
)
def test_another_rival_at_a_named_congress_is_refuted(store: Store, claim: str, correction: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith(correction)


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the congress's own rival is not refuted, in these words either.
        "Faure sees off Hélène Geoffroy at the Villeurbanne Congress.",
        "Au congrès de Villeurbanne, Faure avait Hélène Geoffroy en face de lui.",
        "At the Aubervilliers Congress Faure fended off Stéphane Le Foll.",
    ],
)
def test_the_congress_own_rival_in_other_words_is_not_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.REFUTED


def test_a_successor_told_in_the_passe_simple_is_checked(store: Store) -> None:
    # « X lui succéda » is « X lui a succédé »: another successor than the infobox's is refuted.
    checked = verify(store, "À la présidence du groupe Nouvelle Gauche, c'est Boris Vallaud qui lui succéda.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("Valérie Rabault")


def test_the_successor_told_in_the_present_is_not_refuted(store: Store) -> None:
    # Near miss: the infobox's own successor, in the present of narration, is not refuted.
    checked = verify(store, "Karim Bouamrane lui succède au poste de porte-parole du PS.")
    assert checked.verdict is not Verdict.REFUTED


def test_a_round_in_a_year_whose_round_is_untold_is_not_refuted(store: Store) -> None:
    # « élu au second tour en 2017 »: the source tells the 2017 election (61.1%) but not its round;
    # the 2012 runoff's date is no correction.
    checked = verify(store, "En 2017, Faure a été élu au second tour.")
    assert checked.verdict is Verdict.NOT_ENOUGH_INFO
    assert checked.correction is None


def test_a_round_in_a_year_of_no_election_is_still_refuted(store: Store) -> None:
    # Near miss: a year of no election of his stays refuted by the runoff's date.
    checked = verify(store, "He won his seat in the second round in 2014.")
    assert checked.verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "Five years after losing to Chantal Brunel, Faure entered the National Assembly.",
        "Faure's defeat by Brunel came before his election as deputy.",
        "Faure was sworn in nine days after his victory.",
        "Moins de trois mois après le premier tour, Faure a été élu premier secrétaire.",
        "A fortnight separated the first round and Faure's victory.",
        "About a month after his election as deputy, Faure joined the party's leadership.",
    ],
)
def test_a_time_between_two_dated_events_is_supported_by_their_dates(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the wrong gap, the wrong order, a few months for a month after.
        "Two years after losing to Chantal Brunel, Faure entered the National Assembly.",
        "Faure's election as deputy came before his defeat by Brunel.",
        "Faure was sworn in a month after his victory.",
        "A few months before his election as deputy, Faure joined the party's leadership.",
        "The single-price Navigo card came before the two-euro tax.",
    ],
)
def test_a_wrong_time_between_two_dated_events_is_refuted_with_both_dates(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED, claim
    assert checked.correction is not None and checked.correction.startswith("the source dates these")


def test_a_time_the_dates_cannot_tell_or_a_word_they_do_not_say_is_not_supported(store: Store) -> None:
    # Near misses: a few days for a fortnight (neither), the same year with no month (no order),
    # a detail the dates' sentences do not hold.
    assert verify(store, "A few days after the first round, Faure won the vote.").verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure joined Ayrault a month after his 2007 defeat.").verdict is not Verdict.SUPPORTED
    unsaid = "Five years after losing to Chantal Brunel, Faure won a seat in the Senate."
    assert verify(store, unsaid).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "En 2017, Faure est réélu député contre Chantal Brunel",
        "Lors des législatives de 2017, Faure a été reconduit face à Cathy Bissonier",
    ],
)
def test_a_wrong_rival_is_corrected_by_the_one_the_source_sets_against_him(store: Store, claim: str) -> None:
    # s33 names his substitute (Paulin Roy) nearer the verb than his rival (Amandine Rubinelli,
    # "against La République En Marche's (LREM) Amandine Rubinelli"): the rival corrects a rival.
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED, claim
    assert checked.correction is not None and checked.correction.startswith("Amandine Rubinelli"), checked.correction


def test_a_wrong_substitute_is_still_corrected_by_the_substitute(store: Store) -> None:
    # Near miss: no rival word in the claim, the one named beside its words is the substitute.
    checked = verify(store, "In 2017 Faure was re-elected with Cathy Bissonier as his substitute")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and checked.correction.startswith("Paulin Roy")


# --- vwords32: a bound's hedge, a margin's words, neither side, a candidacy, words of no claim --


def test_a_bounded_share_with_the_rival_named_by_her_party_is_his_as_bounded(store: Store) -> None:
    # "beat the UMP's X with a little over 63%": his 63.2%, a little over 63 (was "63.2%, not 63%").
    claim = "Faure defeated the UMP's Cathy Bissonier in the 2012 runoff with slightly more than 63% of the vote."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    french = "En 2012, Faure a battu Cathy Bissonier de l'UMP avec un peu plus de 63 % des suffrages."
    assert verify(store, french).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: under his share (was SUPPORTED by her 36.78%), far over it.
        "Faure defeated the UMP's Cathy Bissonier in the 2012 runoff with just under 63% of the vote.",
        "Faure defeated the UMP's Cathy Bissonier in the 2012 runoff with a little over 70% of the vote.",
        "En 2012, Faure a battu Cathy Bissonier de l'UMP avec un peu moins de 63 % des suffrages.",
    ],
)
def test_a_bounded_share_beside_the_rival_is_still_refuted_past_its_bound(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        "In December 2016 Faure beat Guillaume Bachelay for the group's presidency by just 17 votes.",
        "In December 2016 Faure clinched the group's presidency by only 17 votes over Guillaume Bachelay.",
        "En décembre 2016, Faure a devancé Guillaume Bachelay à 17 voix près pour la présidence du groupe.",
    ],
)
def test_a_margin_stressed_or_said_with_pres_is_the_difference_of_the_counts(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.correction is None or "137" not in checked.correction, claim
    assert checked.verdict is not Verdict.REFUTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: another margin, said the same ways.
        "In December 2016 Faure beat Guillaume Bachelay for the group's presidency by just 27 votes.",
        "En décembre 2016, Faure a devancé Guillaume Bachelay à 7 voix près pour la présidence du groupe.",
        "In December 2016 Faure clinched the group's presidency by only 137 votes over Guillaume Bachelay.",
    ],
)
def test_another_margin_stressed_or_said_with_pres_is_refuted_as_a_margin(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED, claim
    assert checked.correction is not None and checked.correction.startswith("a margin of 17"), claim


@pytest.mark.parametrize(
    "claim",
    [
        "In July 2017 Faure voted neither for nor against the Philippe government in the confidence vote.",
        "Lors du vote de confiance de juillet 2017, il n'a voté ni pour ni contre le gouvernement Philippe.",
        "Ni pour ni contre : il s'est abstenu lors du vote de confiance au gouvernement Philippe en juillet 2017.",
    ],
)
def test_a_vote_for_neither_side_is_an_abstention(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: a side taken, another year.
        "Lors du vote de confiance de juillet 2017, il a voté contre le gouvernement Philippe.",
        "In July 2019 Faure voted neither for nor against the Philippe government in the confidence vote.",
    ],
)
def test_a_side_or_another_year_beside_neither_for_nor_against_stays_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED, claim


def test_a_candidacy_is_not_corrected_by_the_term_of_a_post_in_a_campaign(store: Store) -> None:
    # « candidat à la primaire de 2017 »: the source is silent (was "term 2011–2011, not 2017").
    for claim in (
        "Il était candidat à la primaire socialiste de 2016.",
        "Faure a été candidat à une primaire en 2017.",
    ):
        checked = verify(store, claim)
        assert checked.verdict is Verdict.NOT_ENOUGH_INFO, claim
    # Near miss: the post itself, dated otherwise, is still corrected by its term.
    post = "Faure was the chief of communications of Hollande's campaign in the 2017 primary."
    assert verify(store, post).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "Already at 23, Faure was secretary-general of the Young Rocardiens.",
        "Déjà à 23 ans, il était secrétaire général des Jeunes rocardiens.",
        "Fun facts: Faure shared an apartment with Benoît Hamon.",
        "Oui, Faure est né à La Tronche.",
    ],
)
def test_words_that_claim_nothing_are_not_asked_of_the_evidence(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the wrong age, a word of strength still checked, another flatmate, place.
        ("Already at 19, Faure was secretary-general of the Young Rocardiens.", Verdict.REFUTED),
        ("Faure is still secretary-general of the Young Rocardiens.", Verdict.NOT_ENOUGH_INFO),
        ("Fun fact: Faure shared an apartment with Manuel Valls.", Verdict.REFUTED),
        ("Oui, Faure est né à Paris.", Verdict.REFUTED),
    ],
)
def test_beside_words_that_claim_nothing_the_rest_is_checked(store: Store, claim: tuple[str, Verdict]) -> None:
    assert verify(store, claim[0]).verdict is claim[1], claim[0]


@pytest.mark.parametrize(
    "claim",
    [
        "Depuis 2012, il représente la onzième circonscription de Seine-et-Marne.",
        "Since 2012 Faure has represented the 11th constituency of Seine-et-Marne.",
        "Le Rassemblement national et le NFP ont fait tomber Michel Barnier en décembre 2024.",
        "In December 2024 the NFP and the National Rally brought down Barnier by voting for a motion of censure.",
        "En janvier 2022, il a porté et fait voter une résolution condamnant le génocide des Ouïghours.",
        'Faure stepped back from his "right of inspection" remark, calling it unfortunate.',
    ],
)
def test_paraphrases_of_the_source_s_verbs_are_read_as_them(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: another district, another start, another government, a side taken.
        ("Since 2012 Faure has represented the 8th constituency of Seine-et-Marne.", Verdict.REFUTED),
        ("Le Rassemblement national et le NFP ont fait tomber François Bayrou en décembre 2024.", Verdict.REFUTED),
        ("Le PS a fait tomber François Bayrou en février 2025.", Verdict.NOT_ENOUGH_INFO),
        ('Faure stood by his "right of inspection" remark.', Verdict.REFUTED),
        ("Faure represented the Socialist Party in the 2019 European election.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_beside_paraphrased_verbs_a_wrong_part_is_still_caught(store: Store, claim: tuple[str, Verdict]) -> None:
    assert verify(store, claim[0]).verdict is claim[1], claim[0]


def test_already_after_a_present_auxiliary_is_ever_and_stays_unsaid(store: Store) -> None:
    # Near miss: « a déjà été marié », "has already been married" claim a former marriage (the
    # source tells only his present one): not the "already" of "was already secretary-general".
    for claim in ("Olivier Faure a déjà été marié une fois.", "Faure has already been married."):
        assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO, claim


def test_a_kinds_members_are_read_by_their_first_word_as_one_pattern_of_all_aliases_read_them() -> None:
    # perf29: _kind_phrases replaced one regular expression of every alias, longest first; the
    # same spans, the longest alias at each place, none inside a word or a hyphenated one.
    import re

    from faurecli.verdicts import _KIND_OF, _kind_phrases

    aliases = sorted(_KIND_OF, key=len, reverse=True)
    one = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])")
    texts = [
        "la republique en marche's (lrem) amandine rubinelli, the les republicains candidate",
        "the ps and eelv; ps-eelv, eelv-ps, aps, psx, ps_, _ps, (ps), ps.",
        "the socialist party's lfi allies, 'lr' and l'ump",
        "",
        " ".join(aliases[:40]),
        "-".join(aliases[40:80]),
        "".join(aliases[80:120]),
    ]
    for text in texts:
        assert list(_kind_phrases(text)) == [(m.start(), m.end(), m.group()) for m in one.finditer(text)], text


def test_another_party_in_a_candidates_place_stays_refuted_after_reading_members_by_words(store: Store) -> None:
    # Near miss kept: the party's alias is read (by words now) and the source's other one refutes.
    checked = verify(store, "Amandine Rubinelli stood as the candidate of Les Républicains.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and "La République En Marche" in checked.correction
    assert verify(store, "Paulin Roy came from La France Insoumise.").verdict is Verdict.REFUTED


def test_his_results_in_two_contests_of_one_kind_are_compared_by_the_source_figures(store: Store) -> None:
    # (faurecli.contests) His seat's 2012 and 2017 shares (63.2%, 61.1%), his leadership votes of
    # 2018's first round and 2021 (48.37%, 73.49%), said in English and French.
    for claim in (
        "Faure's 2017 result was a little worse than in 2012",
        "In 2017 Faure got roughly 2 points less than in 2012",
        "En 2017, Faure a réalisé un score inférieur à celui de 2012",
        "Faure a fait mieux en 2021 qu'au premier tour de 2018",
    ):
        checked = verify(store, claim)
        assert checked.verdict is Verdict.SUPPORTED, claim
    # Near misses: the other way round, an amount far from 2.1 points, a smaller share in 2021.
    for claim in (
        "In 2017 Faure improved on his 2012 share",
        "Faure scored five points less in 2017 than in 2012",
        "Faure a fait moins bien en 2021 qu'au premier tour de 2018",
    ):
        checked = verify(store, claim)
        assert checked.verdict is Verdict.REFUTED, claim
        assert checked.correction is not None and "%" in checked.correction
    # Near misses: two kinds of contest, or a word the sentences do not hold, stay unsupported.
    assert verify(store, "Faure scored better in 2021 than in 2017").verdict is not Verdict.SUPPORTED
    lost = verify(store, "Faure lost his seat in 2017 with a lower share than in 2012")
    assert lost.verdict is not Verdict.SUPPORTED


def test_an_age_by_its_decade_is_checked_by_each_age_it_spans(store: Store) -> None:
    # (faurecli.ages) 49 when he became First Secretary (April 2018), 43 when he entered the
    # Assembly (June 2012): a decade or its early, mid or late third, in English and French.
    for claim in (
        "Faure became first secretary of the PS in his late forties",
        "Faure est devenu député au début de la quarantaine",
    ):
        assert verify(store, claim).verdict is Verdict.SUPPORTED, claim
    # Near misses: the wrong third or the wrong decade is refuted, the age quoted.
    for claim in (
        "Faure was in his mid-forties when he became first secretary of the PS",
        "Faure est devenu premier secrétaire dans la cinquantaine",
    ):
        checked = verify(store, claim)
        assert checked.verdict is Verdict.REFUTED, claim
        assert checked.correction is not None and "49" in checked.correction


def test_a_title_he_did_not_hold_in_a_year_given_with_no_comma_is_not_supported(store: Store) -> None:
    # "In 1991 Faure was president of …": the setting with no comma hid the title from the check
    # of his posts (he was secretary-general of the Young Rocardiens in 1991).
    assert verify(store, "In 1991 he was president of the Rocard youth group").verdict is not Verdict.SUPPORTED
    # Near miss: his title that year, in the source's words, stays SUPPORTED.
    assert verify(store, "In 1991 Faure was secretary-general of the Young Rocardiens").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # The race's rival given its post, with the post's body and the race's date: one holder.
        "Delphine Batho a présidé le groupe socialiste en 2017.",
        "In June 2017, Delphine Batho took over the Socialist group.",
        "En juin 2017, Delphine Batho a pris la tête du groupe socialiste.",
        "Hélène Geoffroy a dirigé le PS en 2021.",
        "Hélène Geoffroy was the leader of the Socialist Party in September 2021.",
    ],
)
def test_the_rival_of_his_race_given_its_post_then_is_refuted_with_him(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED, claim
    assert checked.correction is not None and checked.correction.startswith("Olivier Faure, elected against")


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: no body, no date, another month, another body's post (the UMP's).
        "Delphine Batho was president.",
        "Delphine Batho led the Socialist group.",
        "En mars 2017, Delphine Batho a pris la tête du groupe socialiste.",
        "Cathy Bissonier was president of the UMP in 2012.",
        "Hélène Geoffroy was the leader of the Socialist Party.",
    ],
)
def test_the_rival_given_a_post_the_race_does_not_settle_is_not_enough_info(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO, claim


def test_the_winner_of_the_race_stays_supported(store: Store) -> None:
    # The true variants: he won those races.
    assert verify(store, "Faure was re-elected to the presidency of the Socialist group in June 2017.").verdict is (
        Verdict.SUPPORTED
    )
    assert verify(store, "Faure a été réélu premier secrétaire en 2021.").verdict is Verdict.SUPPORTED


def test_taking_a_post_after_his_own_successor_in_it_is_refuted_with_the_successor(store: Store) -> None:
    # He succeeded Le Roux; Rabault succeeded him (one holder at a time).
    checked = verify(store, "Faure took over the New Left group after Rabault.")
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction == "Valérie Rabault succeeded him"
    # Near misses: his true predecessor stays SUPPORTED; two posts' terms the other way round stay open.
    assert verify(store, "Faure took over the Socialist group after Bruno Le Roux.").verdict is Verdict.SUPPORTED
    other = verify(store, "Faure became head of the New Left group after becoming First Secretary.")
    assert other.verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    "claim",
    [
        # A stance by a copula and a preposition, read as the verb support/oppose (vsafe39).
        "Olivier Faure was for Emmanuel Macron's candidacy in 2017.",
        "Olivier Faure was firmly for the extension of the revocation of citizenship.",
        "Olivier Faure était plutôt pour le soutien à Macron en 2017.",
        "Olivier Faure était défavorable à une coopération avec La France insoumise.",
        "Le PS était favorable à la censure de François Bayrou en 2025.",
    ],
)
def test_a_stance_by_a_copula_and_a_preposition_is_checked_as_its_verb(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED, claim


def test_a_true_stance_by_a_copula_stays_supported_and_a_span_of_time_is_no_stance(store: Store) -> None:
    # Near misses: the stance he took, said so; "was for ten years" is no "for".
    assert verify(store, "Faure was against the revocation of citizenship.").verdict is Verdict.SUPPORTED
    assert verify(store, "Olivier Faure was for ten years a member of the PS.").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # A stance as a caption or a tag, "votes yes", "said yes to", 👍, the French present of a vote.
        "Déchéance de nationalité : Olivier Faure pour.",
        "Alliance with La France insoumise: Olivier Faure no.",
        "Censure of François Bayrou: the PS yes.",
        "The Socialists said yes to censuring François Bayrou.",
        "Olivier Faure vote pour le gouvernement Philippe en juillet 2017.",
        "Olivier Faure 👍 Emmanuel Macron",
    ],
)
def test_a_stance_as_a_caption_or_a_tag_is_checked_as_a_stance(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED, claim


def test_a_true_stance_as_a_caption_is_not_refuted(store: Store) -> None:
    # Near miss: the stance he took, as a caption (his opposition to the revocation).
    assert verify(store, "Citizenship revocation: Olivier Faure against.").verdict is not Verdict.REFUTED


def test_closeness_is_supported_only_where_the_source_tells_it_of_that_person(store: Store) -> None:
    # His wife's sentence names Audrey Azoulay and Macron's cabinet: no closeness of his.
    assert verify(store, "Olivier Faure was close to UNESCO's Audrey Azoulay.").verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "Olivier Faure et Audrey Azoulay étaient proches.").verdict is Verdict.NOT_ENOUGH_INFO
    # Near misses: the closeness told ("formerly close to Christophe Castaner"), undated.
    assert verify(store, "Olivier Faure était autrefois proche de Christophe Castaner.").verdict is Verdict.SUPPORTED
    assert verify(store, "Faure and Castaner were once close.").verdict is Verdict.SUPPORTED
    assert verify(store, "Olivier Faure was close to Christophe Castaner in 2019.").verdict is not Verdict.SUPPORTED


def test_metropolitan_france_by_another_name_is_checked_as_the_place(store: Store) -> None:
    # His early childhood was in Réunion.
    assert verify(store, "In his early childhood Faure lived in mainland France.").verdict is Verdict.REFUTED
    assert verify(store, "Faure a vécu sa petite enfance dans l'Hexagone.").verdict is Verdict.REFUTED
    # Near misses: he grew up there.
    assert verify(store, "After Réunion, Faure grew up on the French mainland.").verdict is Verdict.SUPPORTED
    assert verify(store, "Faure a grandi en métropole.").verdict is Verdict.SUPPORTED
    # (Nor his birth: the source does not set La Tronche there.)
    assert verify(store, "Faure est né en métropole.").verdict is not Verdict.SUPPORTED


def test_a_role_given_to_every_member_of_a_list_is_refuted_by_one_member(store: Store) -> None:
    # Corinne Narassiguin was named national secretary, not spokesperson.
    claim = "Gabrielle Siry, Boris Vallaud and Corinne Narassiguin were named the PS's spokespeople."
    assert verify(store, claim).verdict is Verdict.REFUTED
    # Near miss: the two who were.
    assert verify(store, "Boris Vallaud and Gabrielle Siry were chosen as spokespeople.").verdict is Verdict.SUPPORTED


def test_a_vote_or_an_endorsement_told_as_a_noun_is_checked_as_its_deed(store: Store) -> None:
    assert verify(store, "Olivier Faure's vote for the Philippe government in July 2017.").verdict is Verdict.REFUTED
    assert verify(store, "Le vote d'Olivier Faure pour le gouvernement Philippe en 2017.").verdict is Verdict.REFUTED
    assert verify(store, "Olivier Faure's backing by Stéphane Le Foll.").verdict is Verdict.NOT_ENOUGH_INFO
    # Near miss: what he did.
    assert verify(store, "Olivier Faure's abstention on the Philippe government in July 2017.").verdict is (
        Verdict.SUPPORTED
    )


def test_until_a_term_end_checked_is_no_word_left_unsaid(store: Store) -> None:
    # "until" / « jusqu'en » before the year its part checks as the term's end is that check.
    assert verify(store, "In 1997 Faure became an advisor to Martine Aubry until 2000").verdict is Verdict.SUPPORTED
    assert verify(store, "De 1997 jusqu'en 2000, il est conseiller de Martine Aubry").verdict is Verdict.SUPPORTED
    # (a year found as the end of the range the source gives, in a second post of the claim)
    claim = "Faure became an advisor to Martine Aubry in 1997, then Hollande's assistant cabinet director until 2007."
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    # (a year inside that range is no end of it)
    assert verify(store, claim.replace("2007", "2005")).verdict is not Verdict.SUPPORTED
    # Near misses: another end stays refuted, and a bound with no checked end is no support.
    assert verify(store, "In 1997 Faure became an advisor to Martine Aubry until 2007").verdict is Verdict.REFUTED
    assert verify(store, "De 1997 jusqu'en 2003, il est conseiller de Martine Aubry").verdict is Verdict.REFUTED
    assert verify(store, "Rachid Temal was First Secretary until April 2018").verdict is not Verdict.SUPPORTED


def test_a_list_member_whose_words_the_source_gives_to_another_is_not_enough(store: Store) -> None:
    # Carole Delga presided over Occitania; Martine Aubry was the mayor of Lille.
    claim = "His 2018 bid was supported by Martine Aubry and Carole Delga, the presidents of Occitania."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    # Amandine Rubinelli stood for LREM.
    assert verify(store, "Paulin Roy and Amandine Rubinelli were both members of EELV.").verdict is not (
        Verdict.SUPPORTED
    )
    # The title given to Narassiguin alone, Vallaud made a spokesman.
    claim = "Corinne Narassiguin and Boris Vallaud were named national secretaries for coordination and means."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    # A plural member unsaid: only Valls is said to have opposed the compromise.
    claim = "Manuel Valls et les frondeurs s'opposaient au compromis."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    # Near misses: what the source tells of them.
    assert verify(store, "Faure was backed by Carole Delga and Martine Aubry.").verdict is Verdict.SUPPORTED
    assert verify(store, "Paulin Roy was his substitute from EELV.").verdict is Verdict.SUPPORTED
    assert verify(store, "Boris Vallaud et Gabrielle Siry sont devenus porte-parole.").verdict is Verdict.SUPPORTED
    claim = (
        "Martine Aubry et Carole Delga figuraient parmi les soutiens de sa candidature au poste de premier secrétaire."
    )
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_person_named_as_the_owner_of_a_list_is_not_on_another(store: Store) -> None:
    # The source sets "the list of Benoît Hamon" beside the joint list.
    assert verify(store, "Benoît Hamon figurait sur la liste commune.").verdict is not Verdict.SUPPORTED
    claim = "Benoît Hamon was among the candidates on the alliance's list."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    # Near misses: Glucksmann's Place Publique was in the alliance.
    assert verify(store, "Raphaël Glucksmann was on the alliance's list.").verdict is Verdict.SUPPORTED
    assert verify(store, "Glucksmann figurait sur la liste commune.").verdict is Verdict.SUPPORTED


def test_a_plural_list_is_checked_member_by_member_in_the_singular(store: Store) -> None:
    # Narassiguin was made national secretary, not spokesperson: « ont été choisis » read as « a été ».
    claim = "Vallaud, Siry et Narassiguin ont été choisis comme porte-parole du PS."
    assert verify(store, claim).verdict is Verdict.REFUTED
    # Near miss: the two spokespeople.
    assert verify(store, "Boris Vallaud et Gabrielle Siry ont été choisis comme porte-parole.").verdict is (
        Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    "claim",
    [
        "He was chairman of the Rocard youth group.",
        "When he was 23, Faure chaired the Rocard youth group as its chairwoman.",
    ],
)
def test_a_chair_of_a_body_he_was_secretary_general_of_is_not_supported(store: Store, claim: str) -> None:
    # A chairman is the body's president: he was secretary-general of the Young Rocardiens.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED, claim


def test_a_chairman_of_the_group_he_presided_is_still_supported(store: Store) -> None:
    # Near miss: "chairman" for the president of the Socialist group in the Assembly he was.
    claim = "In 2017 Faure was re-elected chairman of the Socialist group."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_title_after_a_time_clause_without_comma_is_still_checked(store: Store) -> None:
    # "When he was 23" before him with no comma: the title (he was secretary-general) is read all the same.
    claim = "When he was 23 Faure was the chairman of the youth group backing Rocard."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_time_clause_before_his_true_title_keeps_it_supported(store: Store) -> None:
    # Near miss: the title he did hold at that age.
    claim = "When he was 23 Faure was the secretary-general of the youth group backing Rocard."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_plural_title_given_to_one_of_a_french_list_is_not_supported_for_both(store: Store) -> None:
    # « ont été choisis comme secrétaires nationaux »: the title is Narassiguin's; Vallaud was made spokesman.
    claim = "Narassiguin et Vallaud ont été choisis comme secrétaires nationaux du parti."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    # Near miss: the spokespeople, both named as such.
    claim = "Gabrielle Siry et Boris Vallaud ont été choisis comme porte-parole du parti."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Delphine Batho was the head of the Socialist group in 2019.",
        "Delphine Batho a présidé le groupe socialiste en 2019.",
        "Ayrault chaired the Socialist group in 2009.",
    ],
)
def test_another_persons_post_is_not_dated_by_his_deed(store: Store, claim: str) -> None:
    # The sentence's date is his deed's (re-elected against Batho in 2017, joined Ayrault in 2007),
    # not a date of a post the claim gives another: no correction by it.
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, (claim, result.correction)


def test_a_replacement_of_him_is_still_dated_by_his_term(store: Store) -> None:
    # Near miss: a claim that names him is dated by his term's end.
    result = verify(store, "Valérie Rabault replaced Faure at the head of the Socialist group in 2016.")
    assert result.verdict is Verdict.REFUTED


def test_a_censure_renounced_is_no_vote_of_the_motion(store: Store) -> None:
    # "renounced to censure X": an infinitive another verb governs, not a vote of the motion; the
    # source tells the PS's refusal of it, which the claim says too.
    claim = "In 2025 the Socialist Party renounced to censure Bayrou's government."
    assert verify(store, claim).verdict is not Verdict.REFUTED
    claim = "The Socialists renounced backing the censure motion against Bayrou in 2025."
    assert verify(store, claim).verdict is not Verdict.REFUTED
    # Near miss: the censure voted is still refuted by that refusal.
    assert verify(store, "In 2025 the Socialist Party censured Bayrou.").verdict is Verdict.REFUTED


def test_a_score_of_two_figures_is_corrected_place_by_place(store: Store) -> None:
    # "N votes to M" against the source's "28 votes against 3": M is set against 3, not 28.
    result = verify(store, "In June 2017 Faure kept the group's presidency, beating Batho by 40 votes to 9.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "28, not 40; 3, not 9"
    # Near miss: the winner's count right, the loser's wrong.
    result = verify(store, "In June 2017 Faure kept the group's presidency, beating Batho by 28 votes to 9.")
    assert result.correction == "3, not 9"


def test_a_seat_in_a_year_before_his_is_not_corrected_by_the_one_he_holds_since(store: Store) -> None:
    # He ran in the 8th in 2007 (and lost); the 11th is his seat from 2012: no "11th, not 8th".
    result = verify(store, "In 2007, Faure was elected MP for the 8th constituency of Seine-et-Marne.")
    assert "11th" not in (result.correction or "")
    assert result.verdict is not Verdict.SUPPORTED
    # Near miss: in a year of his seat, the ordinal is still his seat's.
    result = verify(store, "Faure has been deputy for Seine-et-Marne's 8th constituency since 2012.")
    assert result.verdict is Verdict.REFUTED
    assert "11th" in (result.correction or "")


def test_a_title_ranked_in_digits_is_no_constituency_and_a_spreadsheet_row_is_read_whole(store: Store) -> None:
    # "1st sec." is the First Secretary's title, not a 1st constituency against his 11th.
    assert verify(store, "Faure PS 1st sec. from 2018-04-07").verdict is Verdict.SUPPORTED
    # "N vs M <name>": the second figure is the named rival's, not a second figure of his.
    check = verify(store, "Socialist group pres. re-elected 2017-06-22 w/ 28 vs 3 Batho")
    assert check.verdict is Verdict.SUPPORTED
    swapped = verify(store, "Socialist group pres. re-elected 2017-06-22 w/ 3 vs 28 Batho")
    assert swapped.verdict is Verdict.REFUTED
    # Two named figures side by side, each one's own.
    assert verify(store, "1st sec. 2021 vote: Faure 73.49%, Geoffroy 26.52%").verdict is Verdict.SUPPORTED
    assert verify(store, "1st sec. 2021 vote: Faure 26.52%, Geoffroy 73.49%").verdict is Verdict.REFUTED
    # A row about his post, its subject and verb left out.
    wrong = verify(store, "PS spokesperson pred.: Karim Bouamrane")
    assert wrong.verdict is not Verdict.SUPPORTED
    assert verify(store, "Faure SG of Young Rocardiens in 1995").verdict is Verdict.REFUTED
    assert verify(store, "Faure DOB 1968-08-19").verdict is Verdict.REFUTED
    assert verify(store, "Faure 1st VP of SRC group in 2012").verdict is Verdict.REFUTED


def test_a_round_ranked_in_digits_is_that_round(store: Store) -> None:
    # The source gives only the runoff's share in 2012: a first round's figure is not refuted by it.
    assert verify(store, "Faure took 41% in the 1st round of the 2012 legislative elections").verdict is (
        Verdict.NOT_ENOUGH_INFO
    )
    assert verify(store, "Faure took 63.2% in the 2nd round of the 2012 legislative elections").verdict is (
        Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    ("claim", "verdict", "said"),
    [
        ("olivier faure est ne en mil neuf cent soixante-neuf", Verdict.REFUTED, "1968"),
        ("il est ne en soixante-huit", Verdict.SUPPORTED, None),
        ("olivier faure est ne a marseille", Verdict.REFUTED, "La Tronche"),
        ("au congres de villeurbanne il a eu huitante pour cent", Verdict.REFUTED, "73.49%"),
        ("en deux mille douze il a gagne avec soixante-trois virgule deux pour cent", Verdict.SUPPORTED, None),
        ("il a ete reelu premier secretaire au congres d aubervilliers en deux mille vingt et un", Verdict.REFUTED,
         "Villeurbanne"),
    ],
)  # fmt: skip
def test_a_dictation_is_checked_as_the_written_claim(store: Store, claim: str, verdict: Verdict, said: str) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert said is None or said in (result.correction or "")


@pytest.mark.parametrize(
    "claim",
    [
        "Martine Aubry backed him at the Villeurbanne Congress.",
        "Martine Aubry l'a aussi soutenu au congrès de Villeurbanne.",
        "martine aubry l a soutenu au congres de villeurbanne",
    ],
)
def test_a_city_naming_a_congress_is_not_a_town_a_person_is_tied_to(store: Store, claim: str) -> None:
    # (Aubry is the mayor of Lille; the congress of another city is not her town: unaddressed.)
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "Lille" not in (result.correction or "")
    assert (
        verify(store, "Martine Aubry, the mayor of Villeurbanne, backed him.").correction == "Lille, not Villeurbanne"
    )


def test_the_sources_stances_carry_their_units_place_read_once(store: Store) -> None:
    from faurecli.evidence import knowledge
    from faurecli.verdicts import _source_stances

    known = knowledge(store)
    units = known.built.units
    stances = _source_stances(known)
    assert stances and stances is _source_stances(known)
    # The place `units.index` gives (the first equal unit's), found once per store, not per claim
    # (a store primed again from a cache has equal units, not the same objects).
    assert all(at == units.index(unit) and units[at] == unit for unit, at, _ in stances)


@pytest.mark.parametrize(
    "claim",
    [
        "Faure n'a milité qu'à l'UNEF.",
        "Faure n'a été porte-parole que du PS.",
        "Faure n'a été conseiller que de Martine Aubry.",
    ],
)
def test_french_ne_que_says_only_and_is_not_supported_on_the_rest(store: Store, claim: str) -> None:
    # « ne … que » is "only": the source does not restrict so.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED, claim


def test_ne_que_before_a_figure_is_how_small_it_is(store: Store) -> None:
    # Near miss: « n'a obtenu que N voix » is the figure, checked as any other (as "only N votes").
    assert verify(store, "Faure n'a recueilli que 28 voix en 2017 face à Batho.").verdict is not Verdict.REFUTED
    assert verify(store, "Faure a grandi en métropole.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Chantal Brunel, il l'a battue.",
        "Valérie Rabault, il lui a succédé en 2018.",
    ],
)
def test_a_name_set_before_with_an_object_pronoun_is_the_object(store: Store, claim: str) -> None:
    # « X, Faure l'a … »: X is the object; read with X as subject, the roles came out reversed.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED, claim


def test_a_dislocated_object_he_did_act_on_is_still_read(store: Store) -> None:
    # Near miss: the deed the source gives him, its object set before.
    assert verify(store, "Bruno Le Roux, Faure lui a succédé en 2016.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("claim", ["Faure replaced Rabault as group president.", "Faure a succédé à Rabault."])
def test_a_successor_named_by_surname_is_not_his_predecessor(store: Store, claim: str) -> None:
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED, claim
    assert checked.correction is not None and "Valérie Rabault succeeded him" in checked.correction


@pytest.mark.parametrize(
    "claim",
    [
        "The vote against him in 2021 was 73.49%.",
        "In 2012, the vote against Faure was 63.2%.",
        "The UMP candidate was elected in June 2012.",
    ],
)
def test_a_figure_given_to_others_than_him_is_not_his(store: Store, claim: str) -> None:
    # The vote against him, a candidate named by another party: the source's figure is his own.
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO, claim


def test_his_partys_candidate_is_read_as_him(store: Store) -> None:
    # "The Socialist candidate …" is him: supported only where he did it (EELV's candidate withdrew).
    assert verify(store, "The PS candidate pulled out of the race in 2012.").verdict is not Verdict.SUPPORTED
    # Near miss: the vote for him is his own figure.
    assert verify(store, "In 2012, the vote for Faure was 63.2%.").verdict is Verdict.SUPPORTED


def test_a_distance_said_small_where_the_source_says_large_is_not_supported(store: Store) -> None:
    # "just behind" for the source's "far behind": the degree reversed.
    claim = "A Harris Interactive poll of PS sympathisers placed him second, just behind Stéphane Le Foll."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    # Near miss: the source's own degree.
    assert verify(store, claim.replace("just", "far")).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was elected First Secretary after Valérie Rabault.",
        "Faure a été élu premier secrétaire après Valérie Rabault.",
    ],
)
def test_his_deed_after_someone_the_source_tells_after_his_is_not_supported(store: Store, claim: str) -> None:
    # The source: "After Faure was elected as First Secretary …, Valérie Rabault replaced him":
    # every word of the claim is there, in the other order.
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


def test_a_claim_opening_on_a_short_capitalised_word_is_no_party_acronym(store: Store) -> None:
    # "LREM received …" opens on a party; "Faure was …" does not (the cue for others than him is
    # read with its capitals), and his supported claim stays supported.
    assert verify(store, "Faure was born in La Tronche.").verdict is Verdict.SUPPORTED
    from faurecli.verdicts import _OTHERS_CUE

    assert _OTHERS_CUE.search("Faure was born in La Tronche.") is None
    assert _OTHERS_CUE.search("LREM received 30% in 2017.") is not None


@pytest.mark.parametrize(
    "claim", ["The party leader then pulled out of the contest in 2018.", "Le premier secrétaire se retira en 2018."]
)
def test_his_title_as_subject_needs_him_doing_it(store: Store, claim: str) -> None:
    # "The latter then withdrew" is Le Foll's deed, not the first secretary's.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED
    assert (
        verify(store, "The first secretary won the election with 86% of the vote in 2018.").verdict is Verdict.SUPPORTED
    )


@pytest.mark.parametrize(
    "claim",
    ["Il a voté.", "Olivier Faure avait voté contre.", "Faure a voté pour lui-même.", "En 2017, il a voté."],
)
def test_his_vote_in_french_is_not_the_vote_he_received(store: Store, claim: str) -> None:
    # « a voté »: the act of voting, which the folded « voté » would match to the noun of a share
    # "of the vote" he received.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_vote_he_withheld_is_still_told(store: Store) -> None:
    assert verify(store, "Il s'est abstenu lors d'un vote de confiance en juillet 2017.").verdict is Verdict.SUPPORTED


def test_his_partys_candidate_in_the_sources_own_words_is_theirs(store: Store) -> None:
    # "The Socialist candidate went on to win the general election": the source's own words for
    # the party's candidate of that election, not a claim about him.
    assert verify(store, "The Socialist candidate went on to win the general election.").verdict is Verdict.SUPPORTED
    # Near miss: his party's candidate where the source says no such thing is still read as him.
    assert verify(store, "The Socialist candidate withdrew in 2012.").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("item", "verdict"),
    [
        ("Vrai ou faux : il a partagé un appartement avec Benoît Hamon ?", Verdict.SUPPORTED),
        ("Vrai ou faux ? Faure est né à Paris.", Verdict.REFUTED),
        ("Faure was born in Paris: true or false?", Verdict.REFUTED),
        ("True or false: Faure has three children.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_true_or_false_item_is_checked_as_the_claim_it_states(store: Store, item: str, verdict: Verdict) -> None:
    result = verify(store, item)
    assert result.verdict is verdict
    assert result.claim == item


def test_being_called_by_a_name_is_being_that_one(store: Store) -> None:
    result = verify(store, "L'épouse de Faure s'appelle Soria Blatmann.")
    assert result.verdict is Verdict.SUPPORTED
    assert "s63" in [e.id for e in result.evidence]
    assert verify(store, "Le premier secrétaire du PS s'appelle Olivier Faure.").verdict is Verdict.SUPPORTED
    # a name whose words the source never writes in that order is no name it gives
    scrambled = verify(store, "The group he headed in 2017 was called Gauche Groupe Nouvelle.")
    assert scrambled.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Début mai 2022, une centaine de cadres ont contesté Faure sur un accord avec LFI.", Verdict.REFUTED),
        ("Il a dirigé une entreprise d'une cinquantaine d'employés.", Verdict.REFUTED),
    ],
)
def test_a_round_figures_noun_is_that_figure_or_so(store: Store, claim: str, verdict: Verdict) -> None:
    result = verify(store, claim)
    assert result.verdict is verdict
    assert result.correction is not None and "une c" in result.correction


def test_a_round_figures_noun_near_the_count_is_never_refuted(store: Store) -> None:
    # « une trentaine » for 28 votes: 30 or so, not 30 to the unit
    result = verify(store, "Le 22 juin 2017, il a été réélu à la présidence du groupe avec une trentaine de voix.")
    assert result.verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chantal Brunel l'a battu en 2007.", Verdict.SUPPORTED),
        ("Martine Aubry l'a soutenu en 2018.", Verdict.SUPPORTED),
        ("Benoît Hamon l'a battu en 2007.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_others_as_subject_and_him_as_the_object_pronoun_is_their_deed_to_him(
    store: Store, claim: str, verdict: Verdict
) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What he "went on to" do is his deed itself: a wrong figure in it is refuted.
        ("He then went on to win the March 2018 leadership vote with 66% of the vote.", Verdict.REFUTED),
        ("Faure later went on to become head of the SRC group in December 2016.", Verdict.SUPPORTED),
        # Another's "went on to" is not read as his.
        ("The Socialist candidate went on to become Prime Minister.", Verdict.NOT_ENOUGH_INFO),
    ],
)  # fmt: skip
def test_what_he_went_on_to_do_is_checked_as_his_deed(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # The place set apart by what else happened there: the main clause is still asserted.
        ("Faure was born in Grenoble, the city where he later studied law.", Verdict.REFUTED, "born in La Tronche, France, not Grenoble"),
        ("Faure est né à Lyon, la ville où il a fait ses études.", Verdict.REFUTED, "born in La Tronche, France, not Lyon"),
        # The relative's deed there must be held too.
        ("Faure studied in Orléans, the city where he attended the Lycée Pothier.", Verdict.SUPPORTED, None),
        ("Faure was born in La Tronche, the town where he went to school.", Verdict.NOT_ENOUGH_INFO, None),
    ],
)  # fmt: skip
def test_a_place_set_apart_by_a_relative_is_two_claims(
    store: Store, claim: str, verdict: Verdict, correction: str | None
) -> None:
    result = verify(store, claim)
    assert (result.verdict, result.correction) == (verdict, correction)


@pytest.mark.parametrize(
    "claim",
    [
        "It is worth noting that Faure abstained in the July 2017 vote of confidence.",
        "Faure arguably abstained in the July 2017 vote of confidence.",
        "His candidacy for First Secretary was supported by, among others, Carole Delga.",
        "Having been elected to the Assembly in 2012, Faure became the third vice-president of the SRC group.",
    ],
)
def test_a_writers_framing_or_hedge_leaves_a_true_claim_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_the_share_he_won_an_election_with_is_the_deciding_ballots(store: Store) -> None:
    # No round named: "won the election with X%" is the final vote's share, not the share of a
    # first round he only came first in.
    result = verify(store, "Faure won the vote for First Secretary with 91% of the ballots.")
    assert (result.verdict, result.correction) == (Verdict.REFUTED, "86%, not 91%")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An age said as "an N-year-old" or "N years of age" is his age then.
        ("As a 23-year-old, Faure was made secretary-general of the Young Rocardiens.", Verdict.SUPPORTED),
        ("Faure joined the Socialist Party as a 17-year-old.", Verdict.REFUTED),
        ("At 16 years of age, Faure joined the Socialist Party.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_an_age_said_in_years_old_is_checked_as_his_age(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        # A call to vote for someone is an endorsement: refuted where he refused to back them.
        "Faure called on voters to vote for Emmanuel Macron in the 2017 presidential race.",
        "En 2017, Olivier Faure a appelé à voter pour Emmanuel Macron.",
    ],
)
def test_a_call_to_vote_for_someone_is_checked_as_backing_them(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED


def test_a_call_to_vote_against_something_is_not_read_as_backing(store: Store) -> None:
    assert verify(store, "Faure a appelé à voter contre la motion.").verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "…, defeating X": he beat X then; the one he beat must be the one the source names.
        ("Faure was re-elected party leader at the Villeurbanne Congress in 2021, beating Hélène Geoffroy.", Verdict.SUPPORTED),
        ("Il a été réélu premier secrétaire en 2021, en battant Hélène Geoffroy.", Verdict.SUPPORTED),
        ("Faure was re-elected First Secretary in 2021, beating Stéphane Le Foll.", Verdict.REFUTED),
    ],
)  # fmt: skip
def test_a_rival_beaten_in_a_trailing_participle_is_checked(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Les Jours wrote that a majority of his votes were in line with En Marche.",
        "In April 2018 Les Jours wrote that most of his votes were in line with En Marche.",
        "Les Jours wrote that the majority of his votes were in line with En Marche.",
    ],
)
def test_most_of_a_thing_the_source_gives_under_half_of_is_refuted(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and result.correction.startswith("27.2%")


@pytest.mark.parametrize(
    "claim",
    [
        "In 2020 the Socialists took most of the large cities.",
        "Many pollsters projected under 5% for the alliance.",
        "Most of the party's local and national executives challenged Faure in 2022.",
    ],
)
def test_most_or_many_of_what_the_source_gives_several_or_a_count_of_is_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    "claim",
    [
        "The joint PS list came first in the 2019 European elections.",
        "The alliance with Place Publique won the 2019 European Parliament election.",
        "La liste commune a remporté les élections européennes de 2019.",
    ],
)
def test_a_share_of_a_vote_is_not_winning_it(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "In 2016 Faure weighed backing Macron, which he then did.",
        "Faure weighed endorsing Emmanuel Macron in 2016 — and he did so.",
        "Faure a envisagé de soutenir Emmanuel Macron, et il l'a bien fait.",
    ],
)
def test_a_weighed_deed_said_done_by_a_tail_is_refuted_by_the_refusal(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "refused" in result.correction


@pytest.mark.parametrize(
    "claim",
    [
        "In 2016 Faure weighed backing Macron. He did not.",
        "Faure a envisagé de soutenir Emmanuel Macron. Il ne l'a jamais fait.",
    ],
)
def test_a_weighed_deed_said_not_done_is_supported_by_the_refusal(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_foretold_result_said_to_come_true_is_refuted_by_the_result(store: Store) -> None:
    result = verify(
        store, "Several polls predicted that the alliance would receive less than 5% of the vote, and it did."
    )
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "6.2%" in result.correction
    denied = verify(
        store, "Several polls predicted that the alliance would receive less than 5% of the vote. It did not."
    )
    assert denied.verdict is Verdict.SUPPORTED


def test_a_speculation_said_to_come_true_is_not_supported(store: Store) -> None:
    claim = "People speculated that Faure wanted to run for president in 2022, and he did."
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_result_told_as_foretold_is_checked_as_a_result(store: Store) -> None:
    claim = "The alliance get less than 5% of the vote, just as several polls projected."
    assert verify(store, claim).verdict is Verdict.REFUTED


def test_french_inverted_succession_is_read_successor_last(store: Store) -> None:
    assert verify(store, "À Bruno Le Roux a succédé Olivier Faure en décembre 2016.").verdict is not Verdict.REFUTED
    assert verify(store, "À Olivier Faure a succédé Bruno Le Roux en décembre 2016.").verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    ["In June 2012 Faure secured a third term in the Assembly.", "Faure began his second term as a deputy in 2012."],
)
def test_a_count_of_terms_is_not_the_second_round(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED


def test_a_second_term_after_a_re_election_is_kept(store: Store) -> None:
    assert verify(store, "Faure won a second term as deputy in 2017.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "En 2016, Faure a songé à soutenir Macron, mais il ne l'a pas fait.",
        "In 2016 Faure thought about endorsing Macron but in the end did not do it.",
        "In 2016 Faure weighed backing Macron but did not.",
    ],
)
def test_a_denial_of_a_pro_form_is_not_refuted_by_a_source_without_negation(store: Store, claim: str) -> None:
    # (« ne l'a pas fait », "did not do it": the denial stands for the claim's earlier verb, which
    # the source denies in its own words, "refused to support him")
    assert verify(store, claim).verdict is not Verdict.REFUTED


@pytest.mark.parametrize("claim", ["Faure a rencontré Hamon au PS, ou pas.", "Faure joined the PS at 16 — not!"])
def test_a_bare_denial_is_no_pro_form(store: Store, claim: str) -> None:
    # (a claim's own negation with nothing after it still denies the claim's whole fact)
    assert verify(store, claim).verdict is Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "His son attended the Lycée Pothier in Orléans.",
        "His secretary was born on 18 August 1968.",
        "Faure's children spent their early childhood in Réunion.",
        "His son is married to Soria Blatmann.",
    ],
)
def test_someone_by_his_relation_to_him_is_not_given_his_facts(store: Store, claim: str) -> None:
    result = verify(store, claim)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.note is not None and "says nothing" in result.note


def test_his_parents_are_given_only_what_the_source_says_of_them(store: Store) -> None:
    result = verify(store, "His parents spent their early childhood in Réunion.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    # Both parents given one parent's origin: the source says each one's.
    result = verify(store, "His parents were of Chinese origin.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "tax agent was French, of Spanish origin" in result.correction


def test_one_parents_nationality_given_to_the_other_is_refuted(store: Store) -> None:
    result = verify(store, "The nurse was Spanish.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction is not None and "nurse was Vietnamese" in result.correction
    # Her origin said as her nationality: not what the source says of her, nor against it.
    assert verify(store, "The nurse was Chinese.").verdict is Verdict.NOT_ENOUGH_INFO
    result = verify(store, "L'infirmière était française.")
    assert result.verdict is Verdict.REFUTED


def test_a_nationality_is_checked_against_the_infobox(store: Store) -> None:
    result = verify(store, "Olivier Faure is of Chinese nationality.")
    assert result.verdict is Verdict.REFUTED
    assert result.correction == "Nationality: French, not Chinese"
    assert verify(store, "Olivier Faure is of French nationality.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A weighed deed then said done in other words than "he did": refuted by the refusal.
        ("In 2016 Faure weighed backing Macron and went ahead with it.", Verdict.REFUTED),
        ("Faure considered endorsing Macron and in the end followed through.", Verdict.REFUTED),
        # Said not done in those words: what the source tells.
        ("Faure weighed endorsing Macron but did not go through with it.", Verdict.SUPPORTED),
    ],
)
def test_a_weighed_deed_said_carried_through_is_checked_as_done(store: Store, claim: str, verdict: Verdict) -> None:
    assert verify(store, claim).verdict is verdict


def test_a_headline_present_of_support_is_read_as_support(store: Store) -> None:
    # "backs" as "backed": the refusal the source tells refutes it, as it refutes "backed".
    assert verify(store, "Faure backs Macron for the 2017 election").verdict is Verdict.REFUTED
