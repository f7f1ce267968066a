"""Generated bad input: mutated stores, arbitrary queries and dates. Whatever comes in, faure
answers or says in one line what is wrong; it never crashes (exit 70) or prints a traceback."""

import contextlib
import copy
import io
import random

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from faurecli.cli import Exit, main
from faurecli.model import DateError, FaureError, PartialDate
from faurecli.search import build_index, search
from faurecli.store import StoreError, build_store, dump_toml, load_store

COMMANDS = [["timeline", "--json"], ["offices", "--source", "all"], ["search", "congress"], ["cite", "13"], ["profile"]]


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.raises(SystemExit) as stopped:
        main(["--no-cache", *args])
    return stopped.value.code, out.getvalue(), err.getvalue()


def assert_clean(code, out, err):
    """A result (0, or 1 for nothing found), or one line naming the problem; never a bug."""
    assert "Traceback" not in err and code != Exit.INTERNAL, err
    if code not in (Exit.OK, Exit.NOT_FOUND):
        assert out == "", "an error must not follow a partly printed result"
    if code != Exit.OK:
        assert err.startswith("faure: ") and err.count("\n") == 1, err


# --- mutated stores --------------------------------------------------------------------------

TABLES = ["offices", "events", "sentences", "infobox", "conflicts"]
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@st.composite
def mutated(draw, raw):
    data = copy.deepcopy(raw)
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(TABLES))
        records = data[table]
        record = records[draw(st.integers(0, len(records) - 1))]
        key = draw(st.sampled_from(sorted(record)))
        action = draw(st.sampled_from(["drop", "retype", "date", "dup", "ref", "unicode"]))
        if action == "drop":
            del record[key]
        elif action == "retype":
            record[key] = draw(JUNK)
        elif action == "date":
            record[draw(st.sampled_from(["date", "start", "end"]))] = draw(
                st.one_of(st.text(max_size=12), st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))
            )
        elif action == "dup":
            records.append(copy.deepcopy(record))
        elif action == "ref":
            record["sources"] = [draw(st.text(min_size=1, max_size=8))]
        elif isinstance(record[key], str):
            text = record[key]
            at = draw(st.integers(0, len(text)))
            record[key] = text[:at] + draw(st.text(min_size=1, max_size=10)) + text[at:]
    return data


@given(data=st.data())
def test_a_mutated_store_loads_and_answers_or_fails_in_one_line(tmp_path_factory, raw, data):
    mutant = data.draw(mutated(raw))
    path = tmp_path_factory.mktemp("store") / "faure.toml"
    path.write_text(dump_toml(mutant), encoding="utf-8")
    try:
        load_store(path)
        event("mutant loads")
    except StoreError as exc:
        event(f"mutant rejected: {exc.kind.value}")
        assert exc.problems and "\n" not in exc.line()
    for command in COMMANDS:
        assert_clean(*run("--data", str(path), *command))


@given(cut=st.floats(0, 1), noise=st.binary(max_size=8))
def test_a_truncated_or_corrupted_file_fails_in_one_line(tmp_path_factory, store_path, cut, noise):
    raw = store_path.read_bytes()
    at = int(cut * len(raw))
    path = tmp_path_factory.mktemp("store") / "faure.toml"
    path.write_bytes(raw[:at] + noise)
    for command in COMMANDS[:3]:
        assert_clean(*run("--data", str(path), *command))


def test_a_store_twenty_times_larger_loads_and_answers(tmp_path, raw):
    big = copy.deepcopy(raw)
    for copy_number in range(1, 20):
        for table in ("events", "offices"):
            for record in raw[table]:
                big[table].append({**record, "id": f"{record['id']}-{copy_number}"})
    path = tmp_path / "big.toml"
    path.write_text(dump_toml(big), encoding="utf-8")
    code, out, err = run("--data", str(path), "timeline", "--json")
    assert code == Exit.OK and out.count('"id"') == 20 * len(raw["events"])


# --- arbitrary queries, dates and arguments --------------------------------------------------


@given(query=st.text(max_size=200))
def test_any_unicode_query_to_search_and_cite_is_answered_or_refused(query):
    for command in ("search", "cite"):
        assert_clean(*run(command, "--", query))
        assert_clean(*run(command, "--json", "--", query))


@given(value=st.text(max_size=30))
def test_any_string_as_a_date_option_is_a_date_or_one_clear_error(value):
    for option in (["timeline", "--from"], ["timeline", "--to"], ["offices", "--at"]):
        code, out, err = run(*option, value)
        assert_clean(code, out, err)
        assert code in (Exit.OK, Exit.NOT_FOUND, Exit.USAGE)


@pytest.mark.parametrize(
    "query",
    [
        "",
        " \t\n",
        "\x00\x07\x1b[31m",
        "שלום עולם",
        "🙂🙃",
        "e\u0301le\u0301ction",
        "--json",
        "-n",
        "[13]",
        "[]",
        "s0",
        "0",
        "99999999999999999999",
    ],
)
def test_odd_queries_are_answered_or_refused(query):
    for command in ("search", "cite"):
        assert_clean(*run(command, "--", query))


def test_a_one_megabyte_query_is_refused_at_once():
    code, out, err = run("search", "--", "x" * 1_000_000)
    assert (code, out) == (Exit.USAGE, "")
    assert err == "faure: search: the query is 1,000,000 characters long; at most 1,000\n"


def test_the_core_bounds_the_words_it_searches_for(store):
    words = " ".join(random.Random(1).choice(["congress", "navigo", "zzq", "faure"]) + str(i) for i in range(5000))
    assert isinstance(search(build_index(store), words), list)


# --- the Python API raises the project's own errors ------------------------------------------


def test_api_errors_are_faure_errors_with_the_cli_messages(tmp_path, raw):
    with pytest.raises(DateError, match="is not a date") as caught:
        PartialDate.parse("2014-13")
    assert isinstance(caught.value, FaureError) and isinstance(caught.value, ValueError)
    del raw["person"]
    with pytest.raises(StoreError) as store_error:
        build_store(raw, "x.toml")
    assert isinstance(store_error.value, FaureError)
    assert store_error.value.line() == 'x.toml: top level: missing required field "person"'
    with pytest.raises(StoreError, match="no such file"):
        load_store(tmp_path / "missing.toml")
