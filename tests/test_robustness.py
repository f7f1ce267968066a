"""Generated bad input: mutated stores, arbitrary queries and dates. Whatever comes in, faure
answers or says in one line what is wrong; it never crashes (exit 70) or prints a traceback."""

import contextlib
import copy
import io
import os
import random

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from faurecli.app import main
from faurecli.cli import Exit
from faurecli.model import DateError, FaureError, PartialDate
from faurecli.search import MAX_QUERY_WORDS, build_index, search, suggest
from faurecli.store import INVISIBLE, StoreError, build_store, dump_toml, load_store

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
        if not record:
            continue  # every key of it dropped by an earlier step: nothing left to mutate
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


def test_the_core_reads_at_most_32_words_of_a_query(store):
    index = build_index(store)
    rng = random.Random(1)
    # Distinct nonsense words that neither match nor suggest anything in the store.
    noise = list(dict.fromkeys("".join(rng.choice("qxzjvkw") for _ in range(8)) for _ in range(200)))[:MAX_QUERY_WORDS]
    assert len(noise) == MAX_QUERY_WORDS == 32
    # "congrss" is no word of either language: it is a typo, and suggests "congress".
    assert suggest(index, " ".join(noise)) == [] and "congress" in suggest(index, "congrss")
    assert "congress" in suggest(index, " ".join([*noise[:31], "congrss"]))  # the 32nd word is read
    assert suggest(index, " ".join([*noise, "congrss"])) == []  # the 33rd is not
    started = search(index, " ".join(["navigo", *noise[:31]]))
    assert (
        search(index, " ".join(["navigo", *noise[:31], *noise[31:], "congress"] + [f"w{i}" for i in range(5000)]))
        == started
    )


# --- decomposed accents, invisible characters, odd paths ---------------------------------


@given(data=st.data())
def test_a_decomposed_query_finds_what_the_composed_one_finds(store, data):
    import unicodedata

    texts = [e.text for e in store.events] + [o.title for o in store.offices] + [store.person.name]
    text = data.draw(st.sampled_from([t for t in texts if not t.isascii()] + ["Valérie Rabault", "élection Orléans"]))
    index = _index(store)
    words = text.split()
    start = data.draw(st.integers(0, len(words) - 1))
    query = " ".join(words[start : start + data.draw(st.integers(1, 4))])
    composed = search(index, unicodedata.normalize("NFC", query))
    assert search(index, unicodedata.normalize("NFD", query)) == composed
    # An accented word of four letters or more is a word to look for (not "à" or "de"): found.
    assert composed or not any(len(w) >= 4 and not w.isascii() and w.isalpha() for w in query.split())


_INDEX = {}


def _index(store):
    if "index" not in _INDEX:
        _INDEX["index"] = build_index(store)
    return _INDEX["index"]


def test_decomposed_valerie_rabault_is_found_and_highlighted_whole():
    import json

    from faurecli.search import highlight_spans, tokens

    code, out, err = run("search", "--json", "Vale\u0301rie Rabault")
    assert (code, err) == (Exit.OK, "")
    assert out == run("search", "--json", "Valérie Rabault")[1]
    assert any("Valérie Rabault" in hit["text"] for hit in json.loads(out))
    text = "Vale\u0301rie Rabault replaces him"
    assert [text[a:b] for a, b, _ in tokens(text)] == ["Vale\u0301rie", "Rabault", "replaces", "him"]
    assert [text[a:b] for a, b in highlight_spans(text, frozenset({"valerie"}))] == ["Vale\u0301rie"]


INVISIBLES = st.sampled_from(
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b"]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u2028", "\u2029", "\x1b", "\x9b", "\u061c"]
)


@given(data=st.data(), char=INVISIBLES)
def test_an_invisible_character_anywhere_in_the_store_is_refused_naming_it(tmp_path_factory, raw, data, char):
    store = copy.deepcopy(raw)  # the fixture is shared by every example
    table = data.draw(st.sampled_from(["offices", "events", "sentences", "infobox"]))
    record = data.draw(st.sampled_from(store[table]))
    key = data.draw(st.sampled_from(sorted(k for k, v in record.items() if isinstance(v, str))))
    at = data.draw(st.integers(0, len(record[key])))
    record[key] = record[key][:at] + char + record[key][at:]
    path = tmp_path_factory.mktemp("store") / "faure.toml"
    path.write_text(dump_toml(store), encoding="utf-8")
    for command in (["timeline", "--jsonl"], ["offices", "--source", "all"], ["check"]):
        code, out, err = run("--data", str(path), *command)
        if command != ["check"]:
            assert_clean(code, out, err)
        # check lists every problem, each on its own line.
        lines = err.removesuffix("\n").split("\n")
        assert all(line.startswith("faure: ") and not INVISIBLE.search(line) for line in lines), err
        assert (code, out) == (Exit.STORE_INVALID, "") and f"U+{ord(char):04X}" in lines[0]


# Any name a command line can carry: no NUL, no lone surrogate (argv's undecodable bytes arrive as
# surrogate escapes, which the file functions take back).
PATH_TEXT = st.text(st.characters(exclude_characters="/\x00", exclude_categories=["Cs"]), min_size=1, max_size=30)


@given(name=PATH_TEXT)
def test_any_path_in_a_message_stays_one_inert_line(tmp_path_factory, name):
    # Two missing levels: with a name of "." the path is ".../no-such-dir/sub", whose folder
    # does not exist either, so no example's --svg can create a file a later one reads.
    missing = tmp_path_factory.getbasetemp() / "no-such-dir" / "sub" / name
    for args in (["timeline"], ["check"], ["offices", "--chart", "--svg", str(missing)]):
        data = [] if args[0] == "offices" else ["--data", str(missing)]
        code, out, err = run(*data, *args)
        assert code in (Exit.USAGE, Exit.STORE_UNREADABLE)
        assert_clean(code, "", err)
        assert not INVISIBLE.search(err[:-1]), err


@given(
    columns=st.one_of(
        st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=12),
        st.integers(-10, 10**15).map(str),
    )
)
def test_any_columns_value_gives_the_whole_chart_within_a_sane_width(columns):
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = columns
    try:
        code, out, err = run("offices", "--chart")
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    assert (code, err) == (Exit.OK, "")
    # Every office is there, its title's characters in order however narrow the labels wrap.
    letters = iter("".join(out.split()))
    assert all(char in letters for char in "".join("First Secretary of the Socialist Party".split()))
    assert max(len(line) for line in out.splitlines()) <= 1000


@pytest.mark.parametrize(
    ("value", "cached"),
    [("1", False), ("true", False), ("YES", False), ("on", False), ("bogus", False)]
    + [("0", True), ("false", True), ("No", True), ("off", True), ("", True)],
)
def test_faure_no_cache_takes_the_usual_spellings(tmp_path, monkeypatch, value, cached):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("FAURE_NO_CACHE", value)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.raises(SystemExit) as stopped:
        main(["profile", "--json"])
    assert (stopped.value.code, err.getvalue()) == (Exit.OK, "") and "La Tronche" in out.getvalue()
    assert (tmp_path / "faure").is_dir() == cached


@pytest.mark.parametrize("topic", ["", " ", "!!", "\t"])
def test_a_topic_without_a_word_is_a_usage_error_not_every_event(topic):
    code, out, err = run("timeline", "--topic", topic)
    assert (code, out) == (Exit.USAGE, "")
    assert (
        err
        == "faure: Invalid value for '--topic': needs a word to look for (e.g. congress) (see 'faure timeline --help')\n"
    )


@pytest.mark.parametrize("cword", ["abc", "", "-1", "²", "1" * 50])
def test_a_bad_comp_cword_is_one_usage_line(monkeypatch, cword):
    monkeypatch.setenv("_FAURE_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "faure time")
    monkeypatch.setenv("COMP_CWORD", cword)
    code, out, err = run()
    assert (
        (code, out) == (Exit.USAGE, "")
        and err.startswith("faure: shell completion: COMP_CWORD")
        and err.count("\n") == 1
    )


def test_svg_replaces_an_existing_file_as_its_help_says_and_refuses_a_fifo(tmp_path):
    target = tmp_path / "chart.svg"
    target.write_text("old")
    code, out, err = run("offices", "--chart", "--svg", str(target))
    assert (code, err) == (Exit.OK, "") and target.read_text().startswith("<svg")
    code, out, err = run("offices", "--help")
    assert "replacing FILE if it exists" in " ".join(out.replace("│", " ").split())
    fifo = tmp_path / "fifo.svg"
    os.mkfifo(fifo)  # opened for writing, a FIFO with no reader would block for ever
    code, out, err = run("offices", "--chart", "--svg", str(fifo))
    assert (code, out) == (Exit.USAGE, "") and err == f"faure: cannot write {fifo}: not a regular file\n"


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
