import os
import sys

import pytest

from faurecli.model import Origin, PartialDate
from faurecli.store import Problem, StoreError, load_store


def test_shipped_store_round_trips_into_the_model(store):
    assert store.person.name == "Olivier Faure"
    assert store.person.birth_date == PartialDate(1968, 8, 18)
    assert store.person.alma_mater == ("University of Orléans", "Panthéon-Sorbonne University")
    first = next(o for o in store.offices if o.id == "first-secretary")
    assert first.origin is Origin.INFOBOX and first.current and first.end is None
    assert first.predecessors == ("Rachid Temal (interim)", "Jean-Christophe Cambadélis")
    assert [s.index for s in store.sentences] == list(range(len(store.sentences)))


def test_loading_a_store_written_back_gives_the_same_model(store, store_path, tmp_path):
    copy = tmp_path / "faure.toml"
    copy.write_bytes(store_path.read_bytes())
    assert load_store(copy) == store


def _problems(make_store, data):
    with pytest.raises(StoreError) as caught:
        make_store(data)
    assert caught.value.kind is Problem.SCHEMA
    return caught.value.problems


def test_missing_required_field_names_record_and_field(make_store, raw):
    del raw["offices"][2]["start"]
    assert _problems(make_store, raw) == ['offices[2] (id "deputy"): missing required field "start"']


def test_wrong_type_names_expected_and_actual(make_store, raw):
    raw["events"][0]["sources"] = "s1"
    assert _problems(make_store, raw) == [
        'events[0] (id "e01"), field "sources": expected a list of strings, got a string'
    ]


@pytest.mark.parametrize("control", ["\x1b[31m", "\x1b]0;title\x07", "\r", "\x9b"])
def test_control_characters_that_would_drive_a_terminal_are_rejected(make_store, raw, control):
    raw["events"][0]["text"] = f"Born{control} in La Tronche"
    code = f"U+{ord(control[0]):04X}"
    assert _problems(make_store, raw) == [
        f'events[0] (id "e01"), field "text": expected a non-empty string, got a string with the control character {code}'
    ]


def test_unknown_field_is_rejected(make_store, raw):
    raw["sentences"][3]["sectoin"] = "Lead"
    assert _problems(make_store, raw) == ['sentences[3] (id "s4"): unknown field "sectoin"']


def test_bad_date_syntax_says_which_formats_are_accepted(make_store, raw):
    raw["events"][5]["date"] = "1997-5"
    (problem,) = _problems(make_store, raw)
    assert problem.startswith('events[5] (id "e06"), field "date": \'1997-5\' is not a date: use YYYY, YYYY-MM')


def test_end_before_start_is_rejected(make_store, raw):
    raw["offices"][1]["end"] = "2016-12-12"
    assert _problems(make_store, raw) == [
        'offices[1] (id "new-left-president"): "end" 2016-12-12 is before "start" 2016-12-13'
    ]


def test_end_in_the_same_year_as_a_start_month_is_accepted(make_store, raw):
    raw["events"][3]["date"], raw["events"][3]["end"] = "1991-06", "1991"
    assert make_store(raw).events[3].end == PartialDate(1991)


def test_current_office_with_an_end_is_rejected(make_store, raw):
    raw["offices"][0]["end"] = "2030"
    assert _problems(make_store, raw) == ['offices[0] (id "first-secretary"): a current office has no "end"']


def test_dangling_reference_is_reported_with_where_it_stands(make_store, raw):
    raw["events"][9]["sources"] = ["s999"]
    raw["offices"][3]["sources"].append("infobox:Term Start9")
    assert _problems(make_store, raw) == [
        'offices (id "spokesperson"), field "sources": "infobox:Term Start9" is neither a sentence id nor an infobox line',
        'events (id "e10"), field "sources": "s999" is neither a sentence id nor an infobox line',
    ]


def test_duplicate_ids_are_reported(make_store, raw):
    raw["events"][1]["id"] = "e01"
    raw["offices"][4]["id"] = "s7"
    problems = _problems(make_store, raw)
    assert 'records: id "e01" is used more than once' in problems
    assert 'records: id "s7" is used more than once' in problems


def test_conflict_must_point_at_existing_records(make_store, raw):
    raw["conflicts"][0]["records"].append("nowhere")
    assert _problems(make_store, raw) == [
        'conflicts (id "spokesperson-start"), field "records": no office or event has id "nowhere"'
    ]


def test_markers_are_never_repeated_and_start_at_one(make_store, raw):
    raw["sentences"][19]["markers"] = [5]  # [5] already follows s11
    raw["sentences"][21]["markers"] = [0]
    problems = _problems(make_store, raw)
    assert 'sentences[21] (id "s22"), field "markers": marker numbers start at 1' in problems
    assert 'sentences: marker "5" is used more than once' in problems


def test_wrong_schema_version_is_named(make_store, raw):
    raw["schema"] = 1
    assert _problems(make_store, raw) == ['top level, field "schema": this faure reads schema 2, not 1']


def test_every_bad_record_is_reported_not_only_the_first(make_store, raw):
    for event in raw["events"][:3]:
        event["date"] = "soon"
    assert len(_problems(make_store, raw)) == 3


def test_error_line_names_the_file_and_counts_the_rest(make_store, raw):
    for event in raw["events"][:3]:
        del event["text"]
    with pytest.raises(StoreError) as caught:
        make_store(raw)
    assert caught.value.line() == (
        'test.toml: events[0] (id "e01"): missing required field "text" (and 2 more problems)'
    )


def test_toml_syntax_error_gives_line_and_column(tmp_path, store_path):
    lines = store_path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("birth_place"))
    lines[number] = 'birth_place = "La Tronche'
    broken = tmp_path / "broken.toml"
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_store(broken)
    assert caught.value.kind is Problem.SYNTAX
    assert caught.value.line().startswith(f"{broken}:{number + 1}:")
    assert "TOML syntax error" in caught.value.line()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a directory, not a file"),
        (lambda p: p.write_bytes(b"schema = 1\n# caf\xe9\n"), "line 2: not UTF-8 (byte 16 is 0xe9)"),
    ],
)
def test_unreadable_store_is_one_clear_problem(tmp_path, setup, message):
    path = tmp_path / "store.toml"
    setup(path)
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert caught.value.kind is Problem.UNREADABLE
    assert caught.value.line() == f"{path}: {message}"


def test_a_table_where_an_array_belongs_is_a_schema_error(make_store, raw):
    raw["events"] = {"id": "e1"}
    assert _problems(make_store, raw)[0] == 'top level, field "events": expected an array of tables, got a table'


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\u202a", "LEFT-TO-RIGHT EMBEDDING"),
        ("\u2066", "LEFT-TO-RIGHT ISOLATE"),
        ("\u2069", "POP DIRECTIONAL ISOLATE"),
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u200f", "RIGHT-TO-LEFT MARK"),
        ("\u2060", "WORD JOINER"),
        ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"),
        ("\u2028", "LINE SEPARATOR"),
        ("\u2029", "PARAGRAPH SEPARATOR"),
        ("\U000e0041", "TAG LATIN CAPITAL LETTER A"),
    ],
)
def test_invisible_and_bidi_characters_are_rejected_naming_field_and_code_point(make_store, raw, char, name):
    raw["offices"][0]["title"] = f"First {char}Secretary"
    (problem,) = _problems(make_store, raw)
    assert problem.endswith(
        f'field "title": expected a non-empty string, got a string with the invisible character U+{ord(char):04X} ({name})'
    )


def test_the_refused_characters_are_every_control_and_format_character_and_separator():
    import unicodedata

    from faurecli.store import INVISIBLE

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        wanted = unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")
        assert bool(INVISIBLE.match(char)) == wanted, f"U+{code:04X} {unicodedata.category(char)}"


@pytest.mark.parametrize("text", ["a\nb", "\x1b[31mred", "ab\u202ecd", "x\u2028y", "tab\there", "\u200b"])
def test_a_path_or_value_in_a_message_stays_one_inert_line(text):
    from faurecli.store import INVISIBLE, printable, quoted

    for shown in (printable(text), quoted(text), StoreError(text, ["no such file"], Problem.UNREADABLE).line()):
        assert not INVISIBLE.search(shown) and shown.isprintable(), shown
    assert printable("Valérie Rabault, 北京 «ok»") == "Valérie Rabault, 北京 «ok»"


def test_a_key_with_an_invisible_character_is_named_inertly(make_store, raw):
    raw["offices"][0]["ti\u202etle"] = "x"
    (problem,) = _problems(make_store, raw)
    assert problem.endswith('unknown field "ti\\u202etle"')


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: os.mkfifo(p), "is not a regular file (it is a FIFO)"),
        (lambda p: p.symlink_to("/dev/zero"), "is not a regular file (it is a character device)"),
        (lambda p: p.symlink_to(p), "cannot read: Too many levels of symbolic links"),
    ],
)
def test_a_store_that_is_not_a_regular_file_is_refused_at_once(tmp_path, make, message):
    path = tmp_path / "store.toml"
    make(path)
    with pytest.raises(StoreError) as caught:
        load_store(path)  # a FIFO with no writer, or /dev/zero, would block or read forever
    assert caught.value.kind is Problem.UNREADABLE
    assert caught.value.line() == f"{path}: {message}"


def test_a_store_over_the_size_limit_is_refused_unread(tmp_path):
    from faurecli.store import read_bytes

    path = tmp_path / "big.toml"
    path.write_bytes(b"# " + b"x" * 100)
    assert read_bytes(path, limit=102) == path.read_bytes()
    with pytest.raises(StoreError) as caught:
        read_bytes(path, limit=101)
    assert caught.value.line() == f"{path}: is over 101 bytes, the most faure reads"
    with path.open("r+b") as sparse:  # far over the real limit, without writing it
        sparse.truncate(65 * 1024 * 1024)
    with pytest.raises(StoreError, match="is over 67,108,864 bytes"):
        load_store(path)


def test_toml_nested_past_the_parsers_stack_is_a_syntax_error(tmp_path):
    path = tmp_path / "deep.toml"
    depth = sys.getrecursionlimit()  # each level takes at least one of the parser's frames
    path.write_text("a = " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert caught.value.kind is Problem.SYNTAX
    assert caught.value.line() == f"{path}: TOML syntax error: arrays or inline tables nested too deeply"


def test_valid_toml_nested_ten_thousand_deep_is_a_schema_error(tmp_path, store_path):
    path = tmp_path / "deep.toml"
    path.write_text(store_path.read_text(encoding="utf-8") + "[" + ".".join(["a"] * 10_000) + "]\n", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert caught.value.kind is Problem.SCHEMA
    assert caught.value.line() == f'{path}: top level: unknown field "a"'
