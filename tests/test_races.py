import subprocess
import sys

import pytest

from faurecli.model import Store
from faurecli.races import person_in_role


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
