"""Captions and headlines (joints.caption) and two facts of his joined (joints.joint), read by
`verify` as the plain claims they state."""

import pytest

from faurecli.joints import bound_title, caption, dated_pair, joint, respective, sentences
from faurecli.model import Store
from faurecli.verdicts import Verdict, verify


def test_a_caption_label_and_pictographs_are_no_words_of_the_claim() -> None:
    read = caption("Did you know? Faure shared a flat with Benoît Hamon 🏡")
    assert read is not None and read.parts == ("Faure shared a flat with Benoît Hamon",)
    read = caption("Anecdote : le premier secrétaire a publié une BD")
    assert read is not None and read.parts == ("Le premier secrétaire a publié une BD",)
    assert caption("Faure shared a flat with Benoît Hamon") is None


def test_a_date_label_is_the_claims_date() -> None:
    read = caption("Apr 2018: Faure takes office as First Secretary")
    assert read is not None and read.parts == ("In April 2018, Faure takes office as First Secretary",)
    read = caption("mars 2018 : Faure arrive en tête du premier tour")
    assert read is not None and read.parts == ("En mars 2018, Faure arrive en tête du premier tour",)
    assert caption("Congrès 2018 : Faure arrive en tête") is None  # (a word, not a month)


@pytest.mark.parametrize(
    "claim",
    [
        "Did you know? Faure joined the Socialist Party when he was 16",
        "Bon à savoir : Faure a partagé un appartement avec Benoît Hamon",
        "Yes, Faure shared an apartment with Benoît Hamon",
        "June 2012: Faure was elected to the National Assembly",
        "juin 2012 : Faure a été élu député",
        "Faure was elected deputy in 2012? Yes.",
        "Olivier Faure, born in 1968 in La Tronche, First Secretary of the Socialist Party since 2018",
        "✅ Faure a adhéré au PS à 16 ans",
    ],
)
def test_a_true_caption_is_supported_as_the_claim_it_states(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the wrong date under a label, the wrong age, a question's wrong fact.
        "July 2019: Faure abstained on the confidence vote in the Philippe government",
        "juillet 2019 : Faure s'est abstenu sur la confiance au gouvernement Philippe",
        "Did you know? Faure joined the Socialist Party at 19",
        "Faure lost in 2017? A defeat to Amandine Rubinelli",
        "Olivier Faure, né en 1967 à La Tronche, premier secrétaire du PS depuis 2018",
    ],
)
def test_a_false_caption_is_refuted(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.REFUTED, claim


def test_a_questions_answer_is_not_read_as_checked(store: Store) -> None:
    # The question's fact holds; the answer the claim gives it is not read: never SUPPORTED.
    checked = verify(store, "Faure won in 2012? A crushing win over Chantal Brunel")
    assert checked.verdict is Verdict.NOT_ENOUGH_INFO


def test_two_predicates_joined_by_then_or_puis_are_split() -> None:
    assert joint("Il passe son enfance à La Réunion puis grandit en métropole") == (
        "Il passe son enfance à La Réunion",
        "Il grandit en métropole",
        True,
    )
    assert joint("He joined the PS at 16 and then becomes an UNEF activist") is not None
    # (A noun after « et » / "and", a name, a back-reference: no second predicate.)
    assert joint("Faure was national secretary for communications and means") is None
    assert joint("Faure was backed by Aubry and François Hollande") is None
    assert joint("Il est nommé conseiller d'Ayrault puis quitte ce poste") is None
    assert joint("Faure was elected first secretary and resigned in 2020") is None


@pytest.mark.parametrize(
    "claim",
    [
        "Il passe sa petite enfance à La Réunion puis grandit en France métropolitaine.",
        "Il grandit en France métropolitaine, où il fait ses études.",
        "He spent his early childhood in Réunion, then grew up in Metropolitan France, where he pursued his studies.",
    ],
)
def test_two_true_facts_joined_are_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is Verdict.SUPPORTED, claim


@pytest.mark.parametrize(
    "claim",
    [
        # Near misses: the order swapped, one place wrong, a relative clause's wrong place.
        "Il grandit en métropole puis passe sa petite enfance à La Réunion.",
        "Il passe sa petite enfance en Martinique puis grandit en métropole.",
        "Il grandit à La Réunion, où il poursuit ses études.",
    ],
)
def test_two_facts_joined_one_false_or_out_of_order_are_not_supported(store: Store, claim: str) -> None:
    assert verify(store, claim).verdict is not Verdict.SUPPORTED, claim


def test_a_refutation_that_gives_one_facts_dates_to_the_other_is_not_kept(store: Store) -> None:
    # Each post with its own years: the whole's reading had refuted the second by the first's.
    true = (
        "Il conseille Martine Aubry de 1997 à 2000, puis devient directeur adjoint du cabinet de Hollande jusqu'en 2007"
    )
    assert verify(store, true).verdict is not Verdict.REFUTED
    # Near miss: the second post's end wrong is refuted, with that post's correction.
    false = "He advised Martine Aubry from 1997 to 2000, then became Hollande's deputy chief of staff until 2011."
    checked = verify(store, false)
    assert checked.verdict is Verdict.REFUTED
    assert checked.correction is not None and "2007" in checked.correction and "1997" not in checked.correction


def test_an_opening_participle_with_a_decimal_comma_is_read(store: Store) -> None:
    claim = "Réélu député en 2017 avec 61,1 % face à Amandine Rubinelli, il avait Paulin Roy pour suppléant"
    assert verify(store, claim).verdict is Verdict.SUPPORTED
    # Near misses: the wrong share, the wrong substitute.
    assert verify(store, claim.replace("61,1", "63,1")).verdict is Verdict.REFUTED
    assert verify(store, claim.replace("Paulin Roy", "Jean-Marc Brûlé")).verdict is Verdict.REFUTED


def test_a_question_the_claim_answers_no_is_not_asserted(store: Store) -> None:
    # "X? No, Y": the claim denies X; X's refutation is no refutation of it.
    read = caption("Faure lost in 2012? No, he beat Cathy Bissonier")
    assert read is not None and read.denied and read.parts == ("Faure lost in 2012",)
    assert verify(store, "Faure lost in 2012? No, he beat Cathy Bissonier").verdict is not Verdict.REFUTED
    assert verify(store, "Il a perdu en 2012 ? Non, il a battu Cathy Bissonier").verdict is not Verdict.REFUTED


@pytest.mark.parametrize(
    "claim",
    [
        "Faure is married to Soria Blatmann? Nope.",
        "Q: Did Faure abstain in the July 2017 confidence vote? A: No.",
        "Elected first secretary in 2018? Wrong.",
        "Faure a grandi en métropole ? Non.",
    ],
)
def test_a_caption_answering_its_own_question_no_refutes_a_supported_question(store: Store, claim: str) -> None:
    # "X? No." says X is not so: the source saying X refutes it (the "no" was dropped).
    read = caption(claim)
    assert read is not None and read.denied
    checked = verify(store, claim)
    assert checked.verdict is Verdict.REFUTED, claim
    assert checked.correction is not None and "yes, not no" in checked.correction


def test_a_caption_denying_what_the_source_does_not_say_is_not_decided(store: Store) -> None:
    # Near miss: the question's fact unsaid or false: the "no" is not read as supported.
    assert verify(store, "Faure was born in Lyon? No.").verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "Faure owned a bakery? No.").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "title", "body"),
    [
        ("Faure studied at the Lycée Pothier and later became its headmaster in 1990.", "headmaster", "Lycée Pothier"),
        (
            "Faure entered the National Assembly in 2012 and was its president from 2017.",
            "president",
            "National Assembly",
        ),
        ("Faure est élu à l'Assemblée nationale et en devient le porte-parole.", "porte-parole", "Assemblée nationale"),
    ],
)
def test_a_possessive_ties_the_title_to_the_body_named_before(claim: str, title: str, body: str) -> None:
    read = bound_title(claim)
    assert read is not None and (read.title, read.body) == (title, body)
    assert " its " not in read.unbound and " en devient" not in read.unbound


@pytest.mark.parametrize(
    "claim",
    [
        "Faure studied at the University of Orléans and became its First Secretary in 2018.",
        "Faure is a member of the National Assembly and is its First Secretary.",
        "Faure siège à l'Assemblée nationale et en est le premier secrétaire.",
    ],
)
def test_a_title_of_the_wrong_body_is_not_supported(store: Store, claim: str) -> None:
    # His title, but not of the body "its" / « en » names: never supported on the title alone.
    assert verify(store, claim).verdict is not Verdict.SUPPORTED, claim


def test_a_title_of_its_own_body_is_still_supported(store: Store) -> None:
    # Near miss: the body whose title it is.
    claim = "Faure joined the Socialist Party as a teenager and became its First Secretary in 2018."
    assert bound_title(claim) is not None
    assert verify(store, claim).verdict is Verdict.SUPPORTED


# --- Two roles, each with its own span of dates (joints.dated_pair) -----------------------------


@pytest.mark.parametrize(
    ("claim", "first", "second"),
    [
        (
            "He counselled Lionel Jospin from 1995 to 1999 and Ségolène Royal from 1999 to 2004.",
            "He counselled Lionel Jospin from 1995 to 1999",
            "He counselled Ségolène Royal from 1999 to 2004.",
        ),
        (
            "Faure worked as a teacher between 1990 and 1992 and a lawyer from 1992 to 1995.",
            "Faure worked as a teacher between 1990 and 1992",
            "Faure worked as a lawyer from 1992 to 1995.",
        ),
        (
            "Faure was treasurer from 2001 to 2003 and became mayor from 2003.",
            "Faure was treasurer from 2001 to 2003",
            "Faure became mayor from 2003.",
        ),
        (
            "Faure a été trésorier de 2001 à 2003 et maire de 2003 à 2008.",
            "Faure a été trésorier de 2001 à 2003",
            "Faure a été maire de 2003 à 2008.",
        ),
    ],
)
def test_two_roles_with_their_own_dates_are_two_claims(claim: str, first: str, second: str) -> None:
    assert dated_pair(claim) == (first, second)


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was treasurer from 2001 to 2003 and its president from 2003.",  # "its": the first's body
        "Faure was not treasurer from 2001 to 2003 and mayor from 2003.",  # the negation is shared
        "Faure was treasurer from 2001 to 2003.",  # one span
        "Faure was treasurer and mayor from 2001 to 2003 and from 2004.",  # no role of the second's own
    ],
)
def test_a_claim_not_so_built_is_no_dated_pair(claim: str) -> None:
    assert dated_pair(claim) is None


def test_each_role_is_checked_against_its_own_dates(store: Store) -> None:
    # Both roles hold with their own spans: no correction moving one's dates onto the other.
    check = verify(
        store,
        "Faure was a company chief executive from 1993 to 1997 and an adviser to Martine Aubry from 1997 to 2000.",
    )
    assert check.verdict is not Verdict.REFUTED
    check = verify(
        store, "Faure was spokesman of the PS from 2014 to 2016 and head of the New Left group from 2016 to 2018."
    )
    assert check.verdict is not Verdict.REFUTED


def test_a_qualifier_dropped_from_the_second_role_is_not_supported(store: Store) -> None:
    check = verify(
        store,
        "Faure was an adviser to Martine Aubry from 1997 to 2000 and cabinet director to François Hollande from 2000 to 2007.",
    )
    assert check.verdict is Verdict.REFUTED and check.correction and "ssistant" in check.correction
    check = verify(
        store,
        "Faure was an adviser to Martine Aubry from 1997 to 2000 and assistant cabinet director to François Hollande from 2000 to 2007.",
    )
    assert check.verdict is Verdict.SUPPORTED


def test_respectively_gives_each_figure_to_its_own_owner() -> None:
    assert respective("Faure and Bachelay won 137 and 120 votes respectively in that vote.") == (
        "Faure won 137 votes in that vote.",
        "Bachelay won 120 votes in that vote.",
    )
    assert respective("Respectivement, Faure et Batho ont recueilli 28 et 3 voix.") == (
        "Faure a recueilli 28 voix.",
        "Batho a recueilli 3 voix.",
    )
    assert respective("Faure and Bachelay won 137 and 120 votes.") is None  # (no "respectively")


def test_a_respective_claim_is_checked_figure_by_figure(store: Store) -> None:
    right = verify(store, "Faure and Bachelay received 137 and 120 votes respectively.")
    assert right.verdict is Verdict.SUPPORTED
    swapped = verify(store, "Faure and Bachelay received 120 and 137 votes respectively.")
    assert swapped.verdict is Verdict.REFUTED and "120" in (swapped.correction or "")
    wrong = verify(store, "Faure and Bachelay received 150 and 120 votes respectively.")
    assert wrong.verdict is not Verdict.SUPPORTED


def test_each_sentence_of_a_claim_is_its_own_claim() -> None:
    assert sentences("Faure ran in 2007. In 2017 he was re-elected.") == (
        ("Faure ran in 2007.", "In 2017 he was re-elected."),
        False,
    )
    read = sentences("Faure joined the party at 16. Then he studied law.")
    assert read is not None and read[1]
    assert sentences("Faure weighed backing Macron. He did.") is None  # (points back: no claim alone)
    assert sentences("Faure stood in 2012. He won there.") is None
    assert sentences("Le Foll pulled out. He had 26.45%.") is None  # (whose "he": not Faure's)
    assert sentences("M. Faure est né en 1968.") is None  # (an abbreviation, one sentence)


def test_one_sentences_year_is_not_held_against_anothers(store: Store) -> None:
    # (Read as one, each sentence's year was held against the other's: "2007, not 2017".)
    held = verify(store, "Faure was defeated in 2007. He held his seat in 2017.")
    assert held.verdict is not Verdict.REFUTED
    wrong = verify(store, "Faure was defeated in 2007. He was born in 1970.")
    assert wrong.verdict is Verdict.REFUTED and "1970" in (wrong.correction or "")


def test_a_sentence_without_its_own_date_is_not_read_alone(store: Store) -> None:
    # (Undated, the second sentence is of the first's time: Batho was his rival in 2017, not 2016.)
    check = verify(store, "Faure won the group vote in December 2016. His challenger was Delphine Batho.")
    assert check.verdict is not Verdict.SUPPORTED


def test_a_respective_figure_is_corrected_only_by_its_own_race(store: Store) -> None:
    # (Faure's 26.52% refuted by another race's figure, 61.1%, would not name the wrong part.)
    check = verify(store, "Olivier Faure and Hélène Geoffroy obtained 26.52% and 73.49% respectively at the congress.")
    assert check.verdict is not Verdict.SUPPORTED
    assert check.verdict is Verdict.NOT_ENOUGH_INFO or "Geoffroy" in (check.correction or "")
