import pytest

from faurecli.analysis import spoken_plain
from faurecli.spoken import numbers_in_figures
from faurecli.spoken import spoken_plain as written


@pytest.mark.parametrize(
    ("said", "figures"),
    [
        ("en deux mille treize", "en 2013"),
        ("mil neuf cent quatre-vingt-quinze", "1995"),
        ("mille neuf cent septante deux", "1972"),
        ("quatre-vingt-quatorze", "94"),
        ("quatre vingt dix neuf", "99"),
        ("huitante cinq", "85"),
        ("octante deux", "82"),
        ("nonante et un", "91"),
        ("soixante et onze", "71"),
        ("soixante-dix-neuf", "79"),
        ("deux cent trente sept voix", "237 voix"),
        ("trois mille cadres", "3000 cadres"),
        ("vingt et une personnes", "21 personnes"),
    ],
)
def test_numbers_in_french_words_of_france_belgium_and_switzerland_are_figures(said: str, figures: str) -> None:
    assert numbers_in_figures(said) == figures


def test_a_unit_word_alone_stays_a_word_and_two_numbers_in_a_row_stay_two() -> None:
    assert numbers_in_figures("un ami de deux ans") == "un ami de deux ans"
    assert numbers_in_figures("le premier et le deuxieme") == "le premier et le deuxieme"
    assert numbers_in_figures("trente quarante") == "30 40"
    assert numbers_in_figures("quinze pour cent") == "15 pour cent"
    assert numbers_in_figures("six pour cent") == "6 pour cent"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("il a eu quarante deux virgule cinq pour cent", "il a eu 42,5 %"),
        ("elle a fait douze et des poussieres pour cent", "elle a fait un peu plus de 12 %"),
        ("il est ne en septante quatre", "il est né en 1974"),
        ("de huitante huit a nonante deux il a travaille", "de 1988 a 1992 il a travaille"),
        ("entre nonante neuf et deux mille trois", "entre 1999 et 2003"),
        ("de vingt a trente salaries", "de 20 a 30 salariés"),
        ("en douze ans", "en 12 ans"),
        ("qu est ce qu il a fait", "qu'est ce qu'il a fait"),
        ("d ou vient il", "d'ou vient il"),
        ("a t il ete elu", "a-t-il été élu"),
        ("il ne l a pas fait", "il ne l'a pas fait"),
        ("elle est nee a lyon", "elle est née à Lyon"),
        ("il n est ne pas la", "il n'est ne pas la"),
    ],
)
def test_a_dictation_is_read_as_written_french(said: str, plain: str) -> None:
    assert written(said) == plain


def test_only_a_dictation_is_rewritten() -> None:
    # punctuation, or no mark of a dictation (no elision said as a space, no number of tens)
    assert spoken_plain("Il a eu soixante ans, c'est ça ?") == "Il a eu soixante ans, c'est ça ?"
    assert spoken_plain("he was born in nineteen sixty") == "he was born in nineteen sixty"
    assert spoken_plain("il a eu soixante ans") == "il a eu 60 ans"
    assert spoken_plain("c est lui qui l a dit") == "c'est lui qui l'a dit"


def test_spoken_reading_is_not_imported_at_start_up() -> None:
    import subprocess
    import sys

    code = "import faurecli.answers, faurecli.verdicts, sys; print('faurecli.spoken' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("a lyon il a ete elu", "à Lyon il a été élu"),
        ("elle est nee a nantes", "elle est née à Nantes"),
        ("il a ete a la plage", "il a été à la plage"),
        ("il a gagne face a lui", "il a gagné face à lui"),
        ("celui qu il a battu a ete elu", "celui qu'il a battu a été élu"),  # (a verb before « été »)
        ("il a une maison", "il a une maison"),
    ],
)
def test_a_said_for_at_where_it_can_be_no_verb_and_known_cities_are_capitalised(said: str, plain: str) -> None:
    assert written(said) == plain


def test_an_unaccented_verb_of_being_marks_a_dictation() -> None:
    assert spoken_plain("elle est nee a nantes") == "elle est née à Nantes"
    assert spoken_plain("Elle est née à Nantes.") == "Elle est née à Nantes."
