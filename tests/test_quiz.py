import pytest

from faurecli.analysis import quiz_cued
from faurecli.answers import _PAST, _past
from faurecli.quiz import asked_in_english, chosen, claim_of_item, cloze_question, options, true_or_false_question


@pytest.mark.parametrize(
    ("item", "question"),
    [
        ("Complétez : Faure a grandi à …", "Faure a grandi où ?"),
        (
            "Complète la phrase : en 2017, il a obtenu … % au second tour.",
            "En 2017, il a obtenu quel pourcentage au second tour ?",
        ),
        ("Complète : il est entré au PS à … ans.", "Il est entré au PS à quel âge ?"),
        ("Complète : le groupe l'a élu avec … voix.", "Le groupe l'a élu avec combien de voix ?"),
        ("Complète : … lui a succédé à la tête du groupe.", "Qui lui a succédé à la tête du groupe ?"),
        ("Complète : il a perdu contre … en 2007.", "Il a perdu contre qui en 2007 ?"),
        ("Complète : il a été élu en …", "Il a été élu en quelle année ?"),
        ("Complète : sa femme s'appelle ___.", "Sa femme s'appelle comment ?"),
        ("Complète : il a battu X par 90 voix contre …", "Il a battu X par 90 voix contre combien de voix ?"),
        ("Fill in the blank: Faure grew up in ___.", "Faure grew up where?"),
        ("Fill in: at the age of ___ he joined the party.", "At what age he joined the party?"),
        ("Complete: in 2017 he won ___% of the vote.", "In 2017 he won what percentage of the vote?"),
        ("Faure lost to ___ in 2007.", "Faure lost to whom in 2007?"),
        ("___ replaced him as group president.", "Who replaced him as group president?"),
    ],
)
def test_a_clozes_blank_is_asked_by_the_question_word_its_slot_takes(item: str, question: str) -> None:
    assert quiz_cued(item)
    assert cloze_question(item) == question


def test_a_cloze_with_two_blanks_or_none_is_no_one_question() -> None:
    assert cloze_question("Complète : il est né le … à …") is None
    assert cloze_question("Complète la phrase suivante") is None
    # an ellipsis trailing off a question is no blank
    assert cloze_question("Et en 2017... il a eu combien ?") is None


@pytest.mark.parametrize(
    ("item", "question"),
    [
        ("Vrai ou faux : il a grandi à Orléans ?", "Est-ce qu'il a grandi à Orléans ?"),
        ("Vrai ou faux ? Le groupe a élu Faure en 2016.", "Est-ce que le groupe a élu Faure en 2016 ?"),
        ("Le PS a gagné des sièges en 2024 : vrai ou faux ?", "Est-ce que le PS a gagné des sièges en 2024 ?"),
        ("Vrai ou faux : Faure est-il né en 1968 ?", "Faure est-il né en 1968 ?"),
        ("True or false: the party tripled its seats.", "Did the party triple its seats?"),
        ("True or false: Faure was a jurist.", "Was Faure a jurist?"),
        ("Faure quit the group in 2018 - true or false?", "Did Faure quit the group in 2018?"),
    ],
)
def test_a_true_or_false_item_is_asked_as_its_yes_no_question(item: str, question: str) -> None:
    assert quiz_cued(item)
    assert true_or_false_question(item) == question


def test_a_true_or_false_item_is_checked_as_the_claim_it_states() -> None:
    assert claim_of_item("Vrai ou faux : il a grandi à Orléans ?") == "Il a grandi à Orléans."
    assert claim_of_item("He resigned in 2012: true or false?") == "He resigned in 2012."
    assert claim_of_item("Il a grandi à Orléans.") is None


def test_an_english_statement_is_asked_with_did_and_its_verbs_plain_form() -> None:
    assert asked_in_english("Faure stopped in 2012", _past, _PAST) == "Did Faure stop in 2012?"
    assert asked_in_english("The group chose him", _past, _PAST) == "Did the group choose him?"
    assert asked_in_english("The group less than halved its seats", _past, _PAST) == (
        "Did the group less than halve its seats?"
    )
    assert asked_in_english("Faure green party", _past, _PAST) is None


def test_lettered_options_are_read_after_their_question() -> None:
    assert options("Where did he grow up? A) Paris B) Réunion C) Lyon") == (
        "Where did he grow up?",
        (("A", "Paris"), ("B", "Réunion"), ("C", "Lyon")),
    )
    assert options("Il a adhéré à quel âge ? (a) 14 ans (b) 16 ans") == (
        "Il a adhéré à quel âge ?",
        (("A", "14 ans"), ("B", "16 ans")),
    )
    # a lone letter is no option list
    assert options("Who was his running mate in plan A) of 2012?") is None


def test_the_one_option_the_answer_names_is_chosen_and_none_otherwise() -> None:
    years = (("A", "2015"), ("B", "2016"), ("C", "2017"))
    assert chosen(years, "13 Dec 2016") == ("B", "2016")
    assert chosen(years, "2012") is None
    assert chosen(years, "13 Dec 2016 – 11 Apr 2017") is None  # two options: no guess
    assert chosen((("A", "63,2 %"), ("B", "61,1 %")), "63.2%") == ("A", "63,2 %")
    assert chosen((("A", "vrai"), ("B", "faux")), "non (the source says …)") == ("B", "faux")
    assert chosen((("A", "Bordeaux"), ("B", "Orléans")), "Lycée Pothier, Orléans") == ("B", "Orléans")


def test_a_plain_question_is_no_quiz_item() -> None:
    assert not quiz_cued("Où est né Olivier Faure ?")
    assert not quiz_cued("Who did he beat (in the runoff) in 2012?")
    assert not quiz_cued("Was his 2017 result true to the polls?")
