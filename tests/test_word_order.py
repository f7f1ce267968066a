import pytest

from faurecli.word_order import plain_order


@pytest.mark.parametrize(
    ("claim", "plain"),
    [
        # Clefts and "the one who".
        ("It was Valls who refused the amendment.", "Valls refused the amendment."),
        ("C'est Olivier Faure qui a succédé à Bruno Le Roux.", "Olivier Faure a succédé à Bruno Le Roux."),
        ("The person who replaced him was Valérie Rabault.", "Valérie Rabault replaced him."),
        ("Celle qui a remplacé Faure, c'est Valérie Rabault.", "Valérie Rabault a remplacé Faure."),
        # A copula turned round, with or without a setting before it.
        ("The mayor of Lille in 2018 was Martine Aubry.", "Martine Aubry was the mayor of Lille in 2018."),
        ("In March 2018 the head of the party was Faure.", "In March 2018 Faure was the head of the party."),
        ("Le maire de Lille, c'était Martine Aubry.", "Martine Aubry était le maire de Lille."),
        ("One of the spokespeople in 2014 was Olivier Faure.", "Olivier Faure was one of the spokespeople in 2014."),
        # Passives with their doer, English and French, a setting kept first.
        ("The amendment was rejected by Manuel Valls.", "Manuel Valls rejected the amendment."),
        ("In 2016, Bachelay was beaten by Faure.", "In 2016, Bachelay lost to Faure."),
        ("La motion a été déposée par LFI.", "LFI a déposé la motion."),
        # A figure named by what it counts; an age by the deed.
        ("The number of votes for Le Foll was 26.", "Le Foll got 26 votes."),
        ("The number of seats won by the list was six.", "the list won six seats."),
        ("Le nombre de voix de Faure était de 137.", "Faure a obtenu 137 voix."),
        ("The age at which he joined the party was 16.", "he joined the party at the age of 16."),
        # A marriage said through its noun.
        ("The wife of Faure is Soria Blatmann.", "Faure is married to Soria Blatmann."),
        ("L'épouse d'Olivier Faure, c'est Soria Blatmann.", "Faure est marié à Soria Blatmann."),
    ],
)
def test_a_claim_is_put_subject_first(claim: str, plain: str) -> None:
    assert plain_order(claim) == plain


@pytest.mark.parametrize(
    "claim",
    [
        "Faure was elected First Secretary in 2018.",  # already subject first
        "The list won 6.2% of the vote.",  # a subject with its own verb
        "The motion was initiated by the left.",  # no one named after "by"
        "The motion was initiated by the PS.",  # a body with its article
        "In 2007 he was defeated by Chantal Brunel.",  # a subject pronoun: no object as it stands
        "Proposals that were rejected by Faure.",  # a clause
        "Faure was beaten by.",  # no doer
        "The husband of Faure is Soria Blatmann.",  # a sex the source may contradict: as written
        "En 2007, Faure a été battu par Chantal Brunel.",  # a race: as written
    ],
)
def test_a_claim_already_plain_or_unreadable_is_left_as_written(claim: str) -> None:
    assert plain_order(claim) is None


def test_a_cleft_keeps_the_words_set_between_commas_after_its_name() -> None:
    claim = "It was Chantal Brunel, the UMP's candidate, who beat Faure."
    assert plain_order(claim) == "Chantal Brunel, the UMP's candidate, beat Faure."


def test_a_setting_naming_someone_is_put_after_the_subject() -> None:
    assert plain_order("In Macron's cabinet, Audrey Azoulay was an adviser.") == (
        "Audrey Azoulay was an adviser in Macron's cabinet."
    )
    # Not a clause of his own before the comma, nor a relative clause after it.
    assert plain_order("In the 2012 runoff Faure beat the UMP's Cathy Bissonier, who took 36.78%.") is None


@pytest.mark.parametrize(
    ("claim", "plain"),
    [
        # A cleft after a setting keeps the setting before its subject.
        ("Après son élection, c'est Corinne Narassiguin qui a succédé à Faure.",
         "Après son élection, Corinne Narassiguin a succédé à Faure."),
        ("In April 2018, it was Karim Bouamrane who replaced him.", "In April 2018, Karim Bouamrane replaced him."),
    ],
)  # fmt: skip
def test_a_cleft_after_a_setting_is_put_subject_first(claim: str, plain: str) -> None:
    assert plain_order(claim) == plain
