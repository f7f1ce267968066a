import json
import subprocess
import sys

import pytest

import faurecli
from faurecli import api
from faurecli.answers import Answer
from faurecli.model import Store
from faurecli.verdicts import Check, Verdict


@pytest.fixture(scope="module")
def shipped() -> Store:
    return faurecli.load()


def test_import_faurecli_loads_no_api_module_and_no_framework():
    code = "import sys, faurecli; print(sorted(m for m in sys.modules if m.startswith(('faurecli.', 'typer', 'rich'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_functions_return_the_objects_the_commands_print(shipped: Store) -> None:
    answer = faurecli.ask(shipped, "Quand a-t-il été élu député ?")
    assert isinstance(answer, Answer) and answer.value == "2012-06-17"
    check = faurecli.verify(shipped, "Faure was born in 1969")
    assert isinstance(check, Check) and check.verdict is Verdict.REFUTED and "1968" in (check.correction or "")
    assert faurecli.search(shipped, "aubervilier congres")[0].id == "e39"
    assert [c.sentence.id for c in faurecli.cite(shipped, 13)] == [
        c.sentence.id for c in faurecli.cite(shipped, "[13]")
    ]
    assert faurecli.cite(shipped, "s25")[0].sentence.id == "s25"
    assert {o.id for o in faurecli.offices(shipped, at="2017")} == {"deputy", "new-left-president"}
    printed = subprocess.run(
        [sys.executable, "-m", "faurecli", "timeline", "--from", "2018", "--to", "2018-04", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [e.id for e in faurecli.timeline(shipped, start="2018", end="2018-04")] == [
        e["id"] for e in json.loads(printed)
    ]


def test_as_json_is_what_json_prints(shipped: Store) -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "faurecli", "ask", "When was Olivier Faure born?", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert faurecli.as_json(shipped, faurecli.ask(shipped, "When was Olivier Faure born?")) == json.loads(printed)
    hits = faurecli.as_json(shipped, faurecli.search(shipped, "El Khomri", limit=2))
    assert isinstance(hits, list) and len(hits) == 2 and {"kind", "id", "score"} <= set(hits[0])


def test_bad_input_raises_the_packages_errors(shipped: Store, tmp_path) -> None:
    with pytest.raises(faurecli.BadQuestion):
        faurecli.ask(shipped, "   ")
    with pytest.raises(faurecli.DateError):
        faurecli.offices(shipped, at="the thirteenth")
    with pytest.raises(faurecli.BeyondSource):
        faurecli.timeline(shipped, start="2030")
    with pytest.raises(faurecli.StoreError):
        faurecli.load(tmp_path / "missing.toml")
    assert issubclass(faurecli.StoreError, faurecli.FaureError)


def test_search_stays_the_function_after_the_module_is_loaded() -> None:
    import faurecli.search  # noqa: F401  (the submodule, loaded by the API itself)

    assert faurecli.search is api.search
    with pytest.raises(AttributeError):
        faurecli.no_such_name  # noqa: B018


def test_listings_are_the_results_the_commands_print(shipped):
    import json
    import subprocess
    import sys

    held = faurecli.offices(shipped, at="2017")
    assert type(held).__name__ == "Offices" and len(held) == len(held.items) and list(held) == list(held.items)
    printed = subprocess.run(
        [sys.executable, "-m", "faurecli", "--no-cache", "offices", "--at", "2017", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert faurecli.as_json(shipped, held) == json.loads(printed)
    with pytest.raises(faurecli.FaureError, match=r"reference \[999\]"):
        faurecli.cite(shipped, 999)


def test_the_benchmark_questions_load_no_reader_kept_behind_a_cue() -> None:
    # The start-up benchmark's question, claim and query (benchmarks/startup.py) read plain English:
    # the readings behind their cues (another register, a quiz, his relatives, …) must stay unloaded,
    # or every run pays for them (a relatives cue on "deputy" once cost ~25M instructions a run).
    code = (
        "import sys, faurecli\n"
        "s = faurecli.load()\n"
        "faurecli.ask(s, 'when was he elected deputy?')\n"
        "faurecli.verify(s, 'Faure was born in 1969')\n"
        "faurecli.search(s, 'aubervilier congres')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('faurecli.'))))"
    )
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    behind_cues = {
        "faurecli.ages", "faurecli.chronology", "faurecli.colloquial", "faurecli.contests", "faurecli.joints",
        "faurecli.quantities", "faurecli.quiz", "faurecli.reach", "faurecli.relatives", "faurecli.spoken",
        "faurecli.word_order",
    }  # fmt: skip
    assert "faurecli.answers" in loaded and "faurecli.verdicts" in loaded
    assert loaded & behind_cues == set()
