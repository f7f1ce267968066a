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
