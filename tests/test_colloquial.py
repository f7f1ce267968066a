import subprocess
import sys

import pytest

from faurecli.analysis import colloquial_plain
from faurecli.answers import ask
from faurecli.colloquial import colloquial_plain as written
from faurecli.colloquial import question_marked
from faurecli.model import Store
from faurecli.verdicts import Verdict, verify


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        # the subject « y », with its apostrophe or bare after a time, a comma, « pis »
        ("y'est allé à Lille en 2015", "il est allé à Lille en 2015"),
        ("y'était maire de rien", "il était maire de rien"),
        ("en 2010 y dirigeait une boîte", "en 2010 il dirigeait une boîte"),
        ("y l'a quitté, pis y s'est présenté", "il l'a quitté, et il s'est présenté"),
        # « y'a » before what he did or has: il a; before « combien », « pas de »: il y a
        ("y'a signé un livre", "il a signé un livre"),
        ("y'a combien de sièges?", "il y a combien de sièges?"),
        ("y'a pas de doute", "il n'y a pas de doute"),
        ("yé devenu ministre quand?", "il est devenu ministre quand?"),
        # bare « y a », « y est » before a participle: il a, il est (« y a eu », « y a aussi »: il y a)
        ("en 2009 y a quitté Paris", "en 2009 il a quitté Paris"),
        ("pis y est parti", "et il est parti"),
        ("c'est en mai qu'y'a signé", "c'est en mai qu'il a signé"),
    ],
)
def test_the_subject_y_is_il(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "il y a trois candidats",
        "j'y suis allé en mai",
        "Faure s'y est présenté",
        "tous les élus, y compris le maire",
        "Y a-t-il eu un second tour ?",
        "mais y a eu un vote",
        "mais y a aussi Hamon",
    ],
)
def test_the_pronoun_y_of_written_french_is_kept(said: str) -> None:
    assert written(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("y'est-tu devenu ministre?", "est-il devenu ministre?"),
        ("y'a-tu gagné son congrès?", "a-t-il gagné son congrès?"),
        ("Hamon a-tu quitté le parti?", "Hamon a-t-il quitté le parti?"),
        ("c'tu lui qui a gagné?", "est-ce lui qui a gagné?"),
        ("c'est-tu possible?", "est-ce possible?"),
        ("c'tait en quelle année?", "c'était en quelle année?"),
    ],
)
def test_the_question_particle_tu_is_the_inversion(said: str, plain: str) -> None:
    assert written(said) == plain


def test_the_second_person_is_no_particle() -> None:
    assert written("as-tu vu le débat? y'a parlé") == "as-tu vu le débat? il a parlé"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Valls pis Hollande", "Valls et Hollande"),
        ("tant pis pour lui", "tant pis pour lui"),
        ("et qui pis est, y'a perdu", "et qui pis est, il a perdu"),
        ("de mal en pis", "de mal en pis"),
    ],
)
def test_pis_is_and_but_in_its_idioms_of_worse(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("y l'a pas signé", "il ne l'a pas signé"),
        ("y'est jamais venu", "il n'est jamais venu"),
        # « pas mal de » is a lot of, no negation
        ("y'a pas mal d'amis", "il a pas mal d'amis"),
    ],
)
def test_a_dropped_ne_is_put_back_after_a_pronoun(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("sa blonde travaille où?", "sa compagne travaille où?"),
        ("son chum de jeunesse", "son ami de jeunesse"),
        ("le boss des députés", "le chef des députés"),
        ("dans la circo voisine", "dans la circonscription voisine"),
        ("un dir. de cab. au ministère", "un directeur de cabinet au ministère"),
        ("des colocs à Paris", "des colocataires à Paris"),
        ("elle a appuyé Hamon", "elle a soutenu Hamon"),
        ("l'idée d'appuyer Valls", "l'idée de soutenir Valls"),
        ("le deal avec les Verts", "l'accord avec les Verts"),
        ("en science po", "en science politique"),
        ("y'est rentré en poste en mai", "il est entré en fonction en mai"),
        ("chef de la com", "chef de la communication"),
        ("y'a pas pantoute gagné", "il n'a pas du tout gagné"),
        ("y'est où astheure?", "il est où maintenant?"),
    ],
)
def test_the_registers_words_are_written_frenchs(said: str, plain: str) -> None:
    assert written(said) == plain


def test_sciences_po_the_school_is_not_the_field() -> None:
    assert written("y'a étudié à Sciences Po") == "il a étudié à Sciences Po"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        # between figures, opening the text, after the clause's verb, in a phrase, before a town
        ("de 2001 a 2004", "de 2001 à 2004"),
        ("élu 30 a 12", "élu 30 à 12"),
        ("a Lille y'a gagné", "à Lille il a gagné"),
        ("y'est allé a la manif", "il est allé à la manifestation"),
        ("y'a quitté le parti a 40 ans", "il a quitté le parti à 40 ans"),
        ("c'tait qui le maire a cette date?", "c'était qui le maire à cette date?"),
        ("retiré a cause du deal", "retiré à cause de l'accord"),
        ("son stage a Lyon", "son stage à Lyon"),
    ],
)
def test_a_that_is_a_preposition_is_written_with_its_accent(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # the verb « avoir »: its subject just before, a participle after, no verb before it
        "Hamon a quel âge?",
        "y'a dit que Valls a tort",
        "Hamon a Lille en tête, pis?",
    ],
)
def test_a_that_is_the_verb_stays_a(said: str) -> None:
    assert "à" not in written(said)


def test_the_verb_a_then_a_preposition() -> None:
    assert written("le PS a perdu a Lille") == "le PS a perdu à Lille"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("y'habite ou?", "il habite où?"),
        ("y'a grandi ou ça?", "il a grandi où ça?"),
        ("la ville ou il a étudié", "la ville où il a étudié"),
        # « ou » between two names stays « or »
        ("Hamon ou Valls?", "Hamon ou Valls?"),
    ],
)
def test_ou_that_asks_where_is_ou_with_its_accent(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("y'etait depute a quel age?", "il était député à quel âge?"),
        ("son diplome du debut", "son diplôme du début"),
        ("y'est ne a Lyon", "il est né à Lyon"),
        ("y'a ete reelu", "il a été réélu"),
    ],
)
def test_the_accents_a_keyboard_left_out_are_put_back(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("de 88 a 92 y bossait", "de 1988 à 1992 il bossait"),
        ("entre 95 pis 99", "entre 1995 et 1999"),
        ("de 20 a 30 employés", "de 20 à 30 employés"),
    ],
)
def test_a_span_of_two_digit_years_is_in_its_century(said: str, plain: str) -> None:
    assert written(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("son adjoint c'est qui?", "Qui est son adjoint ?"),
        ("le maire de Lille c'était qui ?", "Qui était le maire de Lille ?"),
        ("Sa soeur c'tait une avocate", "Sa soeur était une avocate"),
    ],
)
def test_a_subject_taken_up_by_c_est_is_said_plainly(said: str, plain: str) -> None:
    assert written(said) == plain


def test_a_question_whose_last_part_asks_gets_its_mark() -> None:
    assert question_marked("y'a eu un adjoint? c'était qui") == "y'a eu un adjoint? c'était qui ?"
    assert question_marked("c'était qui") == "c'était qui"
    assert question_marked("un adjoint? merci") == "un adjoint? merci"


def test_only_the_registers_marks_call_the_rewriting() -> None:
    # written French, even with « a » for « à » elsewhere, is left as it is: no cue
    assert colloquial_plain("Faure a été élu a Paris ?") == "Faure a été élu a Paris ?"
    assert colloquial_plain("Y a-t-il eu un vote ?") == "Y a-t-il eu un vote ?"
    assert colloquial_plain("y'a-tu été élu a Paris ?") == "a-t-il été élu à Paris ?"


def test_the_rewriting_is_not_imported_at_start_up() -> None:
    code = "import faurecli.answers, faurecli.verdicts, sys; print('faurecli.colloquial' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("y'a-tu été élu député en 2012? avec quel pourcentage", "63"),
        ("y'a adhéré au PS a quel age?", "16"),
        ("de 91 a 93 y bossait avec qui a l'Assemblée?", "Gouzes"),
        ("sa blonde, c'est qui?", "Blatmann"),
        ("y'est né ou?", "La Tronche"),
    ],
)
def test_quebec_questions_reach_the_readers_of_their_plain_french(store: Store, question: str, answer: str) -> None:
    got = ask(store, question)
    assert got.answer is not None and answer in got.answer
    assert got.question == question


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("y'a adhéré au PS a 16 ans", Verdict.SUPPORTED),
        ("y'a adhéré au PS a 19 ans", Verdict.REFUTED),
        ("de 97 a 2000 y conseillait Aubry", Verdict.SUPPORTED),
        ("de 97 a 2001 y conseillait Aubry", Verdict.REFUTED),
        ("y'a été dir de cab adjoint de Lionel Jospin de 2000 a 2007", Verdict.REFUTED),
        ("Faure pis Hamon ont partagé un appart", Verdict.SUPPORTED),
    ],
)
def test_quebec_claims_reach_the_readers_of_their_plain_french(store: Store, claim: str, verdict: Verdict) -> None:
    got = verify(store, claim)
    assert got.verdict is verdict
    assert got.claim == claim
