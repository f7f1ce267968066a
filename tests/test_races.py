import subprocess
import sys

import pytest

from faurecli.model import Store
from faurecli.races import person_in_role, said_to_lead


@pytest.mark.parametrize(
    ("role", "person"),
    [
        ("His rival at the 2018 election", "Stéphane Le Foll"),
        ("le challenger de Faure en 2012", "Cathy Bissonier"),
        ("sa suppléante", "Paulin Roy"),
        # Near misses: an opponent with no year is one of several races'; a year with no race.
        ("his opponent", None),
        ("son adversaire en 2015", None),
        ("his predecessor in 2017", None),
    ],
)
def test_a_role_in_his_races_names_one_person(store: Store, role: str, person: str | None) -> None:
    found = person_in_role(store, role)
    assert (found[0] if found else None) == person


def test_verify_names_a_role_without_asking() -> None:
    # A party claimed for his opponent is checked against the races, not through `ask`.
    code = (
        "import sys\n"
        "from faurecli.store import load_store, packaged_store_path\n"
        "from faurecli.verdicts import verify\n"
        'check = verify(load_store(packaged_store_path()), "Faure\'s rival in 2007 was from the PS.")\n'
        "print(check.verdict.name, 'faurecli.answers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["REFUTED", "False"]


@pytest.mark.parametrize(
    ("text", "holder", "body", "title", "said"),
    [
        # A title of leading near the holder, of the body named by it.
        ("socialist first secretary francois hollande named him", "hollande", ["ps"], None, True),
        ("martine aubry, the mayor of lille, backed him", "aubry", ["lille"], None, True),
        # The body is theirs: "Glucksmann's Place Publique", "the list of Benoît Hamon".
        ("he allied with raphael glucksmann's place publique", "glucksmann", ["place", "publique"], None, True),
        ("he stood on the list of benoit hamon", "hamon", ["list"], None, True),
        # The Prime Minister leads the government; no other title does.
        ("prime minister manuel valls chose him", "valls", ["gouvernement"], None, True),
        ("minister manuel valls chose him", "valls", ["government"], None, False),
        # The title's own "of" phrase sets the body: the commission's president, not the Assembly's.
        (
            "he worked with gerard gouzes, the president of the commission of law in the national assembly",
            "gouzes",
            ["national", "assembly"],
            r"presid(?:ent|ente)s?\b",
            False,
        ),
        (
            "he worked with gerard gouzes, the president of the commission of law in the national assembly",
            "gouzes",
            ["assemblee", "lois", "commission"],
            r"presid(?:ent|ente)s?\b",
            True,
        ),
        # Near misses: a qualified title is another post; a name far from the title; a body unsaid;
        # the UMP's candidate is no leader of it.
        ("jean dupont, the vice-president of the ump, spoke", "dupont", ["ump"], None, False),
        ("chantal brunel, the ump candidate, beat him", "brunel", ["ump"], None, False),
        ("the mayor of lille, martine aubry", "aubry", ["occitanie"], None, False),
    ],
)
def test_who_is_said_to_lead_a_body(text: str, holder: str, body: list[str], title: str | None, said: bool) -> None:
    assert said_to_lead(text, holder, body, title) is said


def test_a_title_read_of_whoever_the_sentence_is_about() -> None:
    # No holder named: a sentence chosen for him ("to become the formation's secretary-general").
    text = "he was chosen by the president of the socialist group, to become the formation's secretary-general"
    assert said_to_lead(text, None, ["socialist", "group"], r"secretary[\s-]general\w*\b")
    assert not said_to_lead(text, None, ["ump"], r"secretary[\s-]general\w*\b")
    # By its verb ("Who chaired the Socialist group?"), one word of the body will do; not by its title.
    infobox = "office1: president of the new left group in the national assembly"
    assert said_to_lead(infobox, None, ["socialist", "group"], r"presid(?:ent|ente)s?\b", named="one")
    assert not said_to_lead(infobox, None, ["socialist", "group"], r"presid(?:ent|ente)s?\b")


def test_a_ministry_and_an_acronym_are_named_by_their_own_words() -> None:
    # The ministry one was in is led by the minister, of the ministry its phrase names only.
    text = "he was an adviser to jane roe in the ministry of health from 1990 to 1992 and aide to the socialist leader"
    assert said_to_lead(text, "roe", ["ministere", "health"])
    assert not said_to_lead(text, "roe", ["socialist", "party"])
    # An acronym the sentence spells out: the "SRC" is the "socialist, republican and citizen group".
    text = "in 2016 he succeeded john doe to become the head of the socialist, republican and citizen group"
    assert said_to_lead(text, "doe", ["src", "group"])
    assert not said_to_lead(text, "doe", ["ump"])
