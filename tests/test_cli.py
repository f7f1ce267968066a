"""The command line, end to end: options, JSON, exit codes and one-line errors."""

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from faurecli.app import main
from faurecli.cli import Exit, app

runner = CliRunner()


def invoke(*args, env=None):
    return runner.invoke(app, list(args), env=env)


def run(capsys, *args):
    """Run the real entry point, which owns the one-line error contract."""
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    out, err = capsys.readouterr()
    return stopped.value.code, out, err


def as_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- offices ---------------------------------------------------------------------------------


def test_offices_json_lists_the_infobox_offices_with_documented_fields():
    offices = as_json(invoke("offices", "--json"))
    assert [o["id"] for o in offices] == ["deputy", "spokesperson", "new-left-president", "first-secretary"]
    assert {"title", "start", "end", "predecessors", "successors", "source"} <= set(offices[0])
    assert offices[3]["end"] is None and offices[1]["end"] == "2016-12-17"


def test_offices_current_at_and_source_filters():
    assert [o["id"] for o in as_json(invoke("offices", "--current", "--json"))] == ["deputy", "first-secretary"]
    at = as_json(invoke("offices", "--at", "2017-03", "--source", "all", "--json"))
    # One post, one record: the group presidency is listed once, whatever the text calls it.
    assert [o["id"] for o in at] == ["deputy", "new-left-president"]
    prose = as_json(invoke("offices", "--source", "prose", "--json"))
    assert {o["source"] for o in prose} == {"prose"}


def test_offices_table_shows_present_for_current_terms():
    result = invoke("offices")
    assert result.exit_code == 0
    assert "present" in result.stdout and "Karim Bouamrane" in result.stdout


def test_offices_with_nothing_held_exits_1_and_json_prints_an_empty_array(capsys):
    assert run(capsys, "offices", "--at", "1950", "--json")[:2] == (Exit.NOT_FOUND, "[]\n")
    code, out, err = run(capsys, "offices", "--at", "1950")
    assert (code, out, err) == (Exit.NOT_FOUND, "", "faure: no office matches\n")


def test_jsonl_prints_one_object_per_line():
    result = invoke("offices", "--jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and all(json.loads(line)["title"] for line in lines)


# --- timeline --------------------------------------------------------------------------------


def test_timeline_json_has_dates_at_their_precision_and_sources():
    events = as_json(invoke("timeline", "--from", "2014", "--to", "2014", "--json"))
    dates = ["2012-06-20", "2012-06-20", "2014", "2014-04-15", "2014-06", "2014-08-26", "2014-12"]
    assert [e["date"] for e in events] == dates
    april, june = events[3], events[4]
    # [13] follows the national-council sentence (s24), not the amendment sentence after it.
    assert april["markers"] == [13] and june["markers"] == []
    assert june["sentence"].startswith("In June 2014")
    assert {"date", "end", "text", "section", "markers", "sentence"} <= set(june)


def test_timeline_topic_limit_and_reverse():
    events = as_json(invoke("timeline", "--topic", "congress", "--reverse", "--limit", "2", "--json"))
    assert [e["id"] for e in events] == ["e48", "e39"]


def test_timeline_table_prints_dates_the_way_people_read_them():
    result = invoke("timeline", "--from", "2014-06", "--to", "2014-06")
    assert "Jun 2014" in result.stdout and "two euros" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--from", "2014-13"], "'2014-13' is not a date: month 13 is not 1 to 12"),
        (["timeline", "--to", "yesterday"], "'yesterday' is not a date"),
        (["offices", "--at", "17"], "'17' is not a date"),
        (["timeline", "--from", "2018", "--to", "2017"], "--to 2017 is before --from 2018"),
        (["timeline", "--limit", "0"], "--limit"),
        (["offices", "--source", "wiki"], "--source"),
        (["search", "--kind", "planet", "x"], "--kind"),
        (["offices", "--bogus"], "No such option: --bogus"),
        (["nonsense"], "No such command 'nonsense'"),
    ],
)
def test_bad_usage_is_one_line_on_stderr_with_exit_2(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == Exit.USAGE and out == ""
    assert err.startswith("faure: ") and err.count("\n") == 1 and message in err
    assert "Traceback" not in err


# --- search ----------------------------------------------------------------------------------


def test_search_json_gives_kind_id_text_score_and_date():
    hits = as_json(invoke("search", "cambadelis", "--json"))
    assert hits[0]["id"] == "first-secretary" and hits[0]["kind"] == "office"
    assert {"kind", "id", "text", "score", "date"} <= set(hits[0])
    assert 0 <= hits[0]["score"] <= 100


def test_search_kind_and_limit():
    hits = as_json(invoke("search", "el khomri", "--kind", "sentence", "--limit", "2", "--json"))
    assert len(hits) == 2 and {h["kind"] for h in hits} == {"sentence"}


def test_search_table_shows_the_score():
    result = invoke("search", "navigo")
    assert "Navigo" in result.stdout and "100" in result.stdout


def test_search_with_no_hit_suggests_close_words_and_json_prints_empty(capsys):
    code, out, err = run(capsys, "search", "villurbanee zzyzx", "--json")
    assert (code, out) == (Exit.NOT_FOUND, "[]\n")
    assert err == "faure: nothing matches 'villurbanee zzyzx'; did you mean: villeurbanne?\n"


@pytest.mark.parametrize("query", ["", "   ", "?!"])
def test_search_without_words_is_bad_usage(capsys, query):
    code, _, err = run(capsys, "search", query)
    assert code == Exit.USAGE and err == "faure: search: the query has no word or number to look for\n"


def test_an_option_looking_query_after_double_dash_is_searched(capsys):
    code, out, _ = run(capsys, "search", "--json", "--", "--json")
    assert code == Exit.NOT_FOUND and out == "[]\n"


# --- cite ------------------------------------------------------------------------------------


def test_cite_marker_json_gives_the_sentence_the_marker_follows():
    (citation,) = as_json(invoke("cite", "13", "--json"))
    assert citation["id"] == "s24" and citation["markers"] == [13]
    assert citation["text"].startswith("On 15 April 2014")
    assert citation["summary"] is False
    assert citation["section"] == "Member of the National Assembly, 2012–present"
    assert citation["citation"].endswith("the article's reference [13]")


def test_cite_accepts_a_bracketed_marker_and_prints_a_citation_line():
    # [35] leads the Personal life section in the summary; in the article it closes the section before.
    result = invoke("cite", "[35]")
    assert "The NFP is reduced by one party" in result.stdout and "Soria Blatmann" not in result.stdout
    assert '"Olivier Faure", Wikipedia' in result.stdout and "reference [35]" in result.stdout


def test_cite_text_finds_the_sentence_and_says_when_it_has_no_marker():
    result = invoke("cite", "navigo card")
    assert "Navigo card with a single price" in result.stdout
    assert "no reference marker after this sentence" in result.stdout
    (citation, *_) = as_json(invoke("cite", "navigo card", "--json"))
    assert citation["markers"] == [] and "follows" not in citation


def test_cite_a_sentence_by_its_id_quotes_a_provenance_reference(capsys):
    (citation,) = as_json(invoke("cite", "s25", "--json"))
    assert citation["id"] == "s25" and citation["markers"] == [] and citation["summary"] is True
    (citation,) = as_json(invoke("cite", "s24", "--json"))
    assert citation["markers"] == [13]
    code, _, err = run(capsys, "cite", "s999")
    assert code == Exit.NOT_FOUND and err == "faure: no sentence has id 's999' (ids run s1 to s71)\n"


def test_unknown_marker_is_a_clear_error(capsys):
    code, out, err = run(capsys, "cite", "14")
    assert code == Exit.NOT_FOUND and out == ""
    assert err == "faure: no sentence is followed by the reference [14] (references: 5, 6, 7, 9, 13, 16, 17, 20, 35)\n"


# --- profile, check, version, help -----------------------------------------------------------


def test_profile_json_is_the_person_card():
    card = as_json(invoke("profile", "--json"))
    assert card["birth_place"] == "La Tronche, France" and card["age"] == 56
    assert [o["id"] for o in card["current_offices"]] == ["deputy", "first-secretary"]


def test_profile_table_names_the_schools():
    assert "Panthéon-Sorbonne University" in invoke("profile").stdout


def test_check_reports_counts_and_ok():
    result = invoke("check")
    assert result.exit_code == 0
    assert "offices: 4" in result.stdout and "conflicts: 3" in result.stdout and ": ok" in result.stdout
    assert "coverage: 71/71 sentences cited by a record" in result.stdout
    assert as_json(invoke("check", "--json"))["ok"] is True


def test_version_and_bare_command(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith(f"faure {__import__('faurecli').__version__}; data 2.0, as of Feb 2025 (")
    code, out, _ = run(capsys)
    assert code == 0 and "Usage" in out
    for command in ("offices", "timeline", "search", "cite", "profile", "on", "conflicts", "check", "about"):
        assert f"faure {command} " in out or f"faure {command}:" in out, command


@pytest.mark.parametrize(
    "command", ["offices", "timeline", "search", "cite", "profile", "on", "conflicts", "check", "about"]
)
def test_every_command_help_has_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "Example: faure" in result.stdout


# --- stores given with --data / FAURE_DATA ---------------------------------------------------


@pytest.fixture
def store_copy(tmp_path, store_path):
    import shutil

    shutil.copytree(store_path.parent, tmp_path / "data")
    return tmp_path / "data" / "faure.toml"


def _edit(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_data_option_and_environment_variable_choose_the_store(store_copy):
    _edit(store_copy, 'name = "Olivier Faure"', 'name = "Olivier F."')
    assert as_json(invoke("--data", str(store_copy), "profile", "--json"))["name"] == "Olivier F."
    assert as_json(invoke("profile", "--data", str(store_copy), "--json"))["name"] == "Olivier F."
    assert as_json(invoke("profile", "--json", env={"FAURE_DATA": str(store_copy)}))["name"] == "Olivier F."


@pytest.mark.parametrize("args", [["--data", "", "timeline"], ["timeline", "--data="], ["cite", "13", "--data", " "]])
def test_an_empty_data_path_is_a_usage_error_not_a_directory(capsys, args):
    code, _, err = run(capsys, *args)
    assert code == Exit.USAGE and "--data" in err and "is empty" in err and "directory" not in err


@pytest.mark.parametrize(
    ("old", "new", "code", "message"),
    [
        ('date = "2007-10"', 'date = "2007-10', Exit.STORE_SYNTAX, "TOML syntax error"),
        ('date = "2007-10"', 'date = "Oct 2007"', Exit.STORE_INVALID, 'events[9] (id "e10"), field "date"'),
        ('sources = ["s15"]', 'sources = ["s150"]', Exit.STORE_INVALID, '"s150" is neither a sentence id'),
    ],
)
def test_a_broken_store_is_one_line_with_its_exit_code(capsys, store_copy, old, new, code, message):
    _edit(store_copy, old, new)
    for command in (["timeline"], ["search", "navigo"], ["offices", "--json"]):
        got, out, err = run(capsys, "--data", str(store_copy), *command)
        assert got == code and out == ""
        assert err.startswith(f"faure: {store_copy}") and err.count("\n") == 1 and message in err


def test_a_directory_as_the_store_exits_3(capsys, tmp_path):
    code, _, err = run(capsys, "--data", str(tmp_path), "timeline")
    assert code == Exit.STORE_UNREADABLE and err == f"faure: {tmp_path}: is a directory, not a file\n"


def test_missing_store_exits_3(capsys, tmp_path):
    code, _, err = run(capsys, "--data", str(tmp_path / "nope.toml"), "timeline")
    assert code == Exit.STORE_UNREADABLE and err == f"faure: {tmp_path / 'nope.toml'}: no such file\n"


def test_check_lists_every_problem_and_exits_6_when_the_store_disagrees_with_the_sources(capsys, store_copy):
    _edit(store_copy, "receiving 48.37%", "receiving 48.3%")
    _edit(store_copy, 'value = "Jurist"', 'value = "Lawyer"')
    code, out, err = run(capsys, "check", "--data", str(store_copy))
    assert code == Exit.CHECK_FAILED and "3 problem(s)" in out
    assert len(err.splitlines()) == 3 and all(line.startswith("faure: ") for line in err.splitlines())


def test_check_lists_every_schema_problem(capsys, store_copy):
    _edit(store_copy, 'date = "2007-10"', 'date = "2007-13"')
    _edit(store_copy, 'date = "2011"', 'date = "201"')
    code, _, err = run(capsys, "check", "--data", str(store_copy))
    assert code == Exit.STORE_INVALID and len(err.splitlines()) == 2


def test_store_text_is_printed_literally_not_as_markup(store_copy):
    _edit(
        store_copy, 'Chief executive of a business with 150 employees"\nsources', '[red]Chief[/red] [bold]x"\nsources'
    )
    result = invoke("--data", str(store_copy), "timeline", "--from", "1993", "--to", "1993")
    assert "[red]Chief[/red] [bold]x" in result.stdout


# --- real processes: pipes and colour --------------------------------------------------------


def _faure(*args, env=None, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "faurecli", *args], capture_output=True, text=True, env=env, check=False, **kwargs
    )


def test_piped_output_has_no_ansi_codes_and_no_wrapped_rows():
    result = _faure("timeline", env={**os.environ, "FORCE_COLOR": "", "COLUMNS": "40"})
    assert result.returncode == 0 and "\x1b[" not in result.stdout
    assert any(
        "Born in La Tronche, France, to a Vietnamese nurse of Chinese origin" in line
        for line in result.stdout.splitlines()
    )


@pytest.mark.parametrize("args", [["timeline"], ["search", "socialist", "--json"], ["offices", "--jsonl"]])
def test_a_reader_that_stops_early_ends_the_command_quietly(args):
    shell = f"{sys.executable} -m faurecli {' '.join(args)} | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert result.stderr == "" and result.stdout.strip() == "0"


@pytest.mark.parametrize(("args", "env"), [(["--no-cache"], {}), ([], {"FAURE_NO_CACHE": "1"})])
def test_no_cache_neither_reads_nor_writes_the_cache(tmp_path, args, env):
    result = invoke(*args, "timeline", "--json", env={"XDG_CACHE_HOME": str(tmp_path), **env})
    assert result.exit_code == 0 and not (tmp_path / "faure").exists()
    assert invoke("timeline", "--json", env={"XDG_CACHE_HOME": str(tmp_path)}).exit_code == 0
    assert list((tmp_path / "faure").glob("store-*.pickle"))


def test_an_unexpected_error_is_one_line_with_exit_70(capsys, monkeypatch):
    import faurecli.query

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(faurecli.query, "select_events", broken)
    monkeypatch.delenv("FAURE_DEBUG", raising=False)
    code, out, err = run(capsys, "timeline")
    assert code == Exit.INTERNAL and out == ""
    assert err == "faure: internal error: RuntimeError: boom (FAURE_DEBUG=1 shows where)\n"


# --- issue 6: chart, on, conflicts, exports --------------------------------------------------


def test_on_a_date_lists_what_he_held_what_happened_and_the_nearest_events():
    moment = as_json(invoke("on", "2017-03", "--json"))
    assert moment["date"] == "2017-03"
    assert [o["id"] for o in moment["held"]] == ["deputy", "new-left-president"]
    assert [e["id"] for e in moment["events"]] == ["e57", "e58", "e55", "e29", "e56"]
    perhaps = {o["id"]: o["why"] for o in moment["possibly"]}
    assert "young-rocardiens" in perhaps and perhaps["young-rocardiens"].startswith("end not given")
    # Ended or bounded terms are not "perhaps still held"; the spokesperson post is one record.
    assert not {"ayrault-adviser", "primary-communications", "expert-opinion", "spokesperson"} & set(perhaps)
    assert moment["before"]["id"] == "e28" and moment["after"]["id"] == "e30"
    assert moment["as_of"] == "2025-02" and moment["partial"] is False


def test_on_a_day_with_no_event_still_gives_the_neighbours():
    moment = as_json(invoke("on", "2010-05-01", "--json"))
    assert moment["events"] == [] and moment["before"]["id"] == "e10" and moment["after"]["id"] == "e11"
    assert moment["held"] == []


def test_on_shows_tables_with_sources():
    result = invoke("on", "2014-06")
    assert result.exit_code == 0
    assert "Held in Jun 2014" in result.stdout and "infobox:Term Start2" in result.stdout and "s25" in result.stdout


def test_on_before_his_birth_has_no_office_and_no_earlier_event():
    moment = as_json(invoke("on", "1950", "--json"))
    assert moment["held"] == [] and moment["before"] is None and moment["after"]["id"] == "e01"


def test_conflicts_json_puts_both_provenances_side_by_side_with_what_commands_show():
    report = as_json(invoke("conflicts", "--json"))
    spokes = next(c for c in report["conflicts"] if c["id"] == "spokesperson-start")
    assert [c["date"] for c in spokes["claims"]] == ["2014-08-26", "2014-04-15"]
    assert spokes["claims"][0]["sources"][0] == {"ref": "infobox:Term Start3", "text": "Term Start3: 26 August 2014"}
    assert spokes["claims"][1]["sources"][0]["text"].startswith("On 15 April 2014")
    assert {s["command"] for s in spokes["shown"]} == {"faure offices", "faure timeline"}
    assert spokes["field"] == "start"
    # Statements that agree at different precisions are not a conflict.
    assert "new-left-end" not in {c["id"] for c in report["conflicts"]}
    derived = {d["id"] for d in report["derived"]}
    assert {"e02", "ayrault-adviser", "e16"} <= derived and all(d["note"] for d in report["derived"])


def test_conflicts_table_names_both_sources():
    result = invoke("conflicts")
    assert "infobox: Term Start3: 26 August 2014" in result.stdout and "s24: On 15 April 2014" in result.stdout
    assert "Derived dates" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["offices", "--source", "all"],
        ["timeline", "--from", "2018", "--to", "2018-04"],
        ["search", "congress", "-n", "3"],
        ["cite", "13"],
    ],
)
def test_csv_has_a_header_and_one_record_per_row(args):
    import csv
    import io

    result = invoke(*args, "--csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows if r)


def test_offices_csv_matches_the_json():
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(invoke("offices", "--csv").stdout)))
    assert [(r["id"], r["title"]) for r in rows] == [
        (o["id"], o["title"]) for o in as_json(invoke("offices", "--json"))
    ]


@pytest.mark.parametrize("args", [["offices"], ["timeline", "--limit", "3"], ["search", "navigo"]])
def test_markdown_is_a_table(args):
    lines = invoke(*args, "--markdown").stdout.splitlines()
    assert lines[0].startswith("| ") and lines[1].startswith("| ---")


def test_cite_markdown_is_a_blockquote_with_its_citation_line():
    text = invoke("cite", "13", "--markdown").stdout
    assert text.startswith("> On 15 April 2014, Faure was chosen")
    assert text.rstrip().endswith(
        '> — "Olivier Faure", Wikipedia, section "Member of the National Assembly, 2012–present", '
        "the article's reference [13]"
    )


def test_two_output_formats_are_bad_usage(capsys):
    code, _, err = run(capsys, "timeline", "--json", "--markdown")
    assert code == Exit.USAGE and err == "faure: choose one output format, not --json and --markdown\n"


def test_chart_in_a_pipe_is_plain_characters_with_every_position():
    result = invoke("offices", "--chart")
    assert result.exit_code == 0 and "\x1b[" not in result.stdout
    assert "#" in result.stdout and "=" in result.stdout and "# infobox" in result.stdout
    assert "Young" in result.stdout and "First Secretary of the Socialist Party" in result.stdout


def test_chart_svg_is_written(tmp_path):
    path = tmp_path / "chart.svg"
    result = invoke("offices", "--chart", "--svg", str(path))
    assert result.exit_code == 0
    import html

    svg = path.read_text(encoding="utf-8")
    text = html.unescape(svg).replace("\xa0", " ")
    assert svg.startswith("<svg") and "Olivier Faure: offices and positions" in text and "First Secretary of" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["offices", "--svg", "x.svg"], "--svg goes with --chart"),
        (["offices", "--chart", "--json"], "--chart draws a chart; it does not go with --format json"),
        (["offices", "--chart", "--svg", "/nonexistent/dir/x.svg"], "cannot write /nonexistent/dir/x.svg"),
        (["on", "2017-02-30"], "'2017-02-30' is not a date: day 30 is not 1 to 28"),
    ],
)
def test_chart_and_on_errors_are_one_line(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == Exit.USAGE and message in err and err.count("\n") == 1


# --- dispatch ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (["timeline", "--json"], "timeline"),
        (["--data", "store.toml", "--no-color", "cite", "13"], "cite"),
        (["--data=store.toml", "on", "2014"], "on"),
    ],
)
def test_a_run_builds_only_the_command_it_names(args, command):
    from faurecli.cli import app_for

    only = app_for(args)
    assert only is not app and [c.callback.__name__ for c in only.registered_commands] == [command]
    assert len(app.registered_commands) == 12  # the shared app is left whole


@pytest.mark.parametrize("args", [[], ["--help"], ["--help", "timeline"], ["timelin"], ["--data", "timeline"]])
def test_help_typos_and_no_command_get_the_whole_app(args):
    from faurecli.cli import app_for

    assert app_for(args) is app


def test_a_typo_still_suggests_the_command(capsys):
    code, _, err = run(capsys, "timelin")
    assert code == Exit.USAGE and "Did you mean 'timeline'?" in err


# --- issue 10: as of the source, never as of today ---------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["offices", "--at", "2030"], ["on", "2030"], ["timeline", "--from", "2026"], ["on", "2025-03"]],
)
def test_a_date_after_the_as_of_date_is_not_answered(capsys, args):
    code, out, err = run(capsys, *args)
    assert code == Exit.NOT_FOUND and out == ""
    assert err.startswith("faure: the source covers events up to Feb 2025; it says nothing about ")
    assert err.count("\n") == 1


def test_a_period_that_straddles_the_as_of_date_is_answered_up_to_it_and_says_so(capsys):
    code, out, err = run(capsys, "offices", "--at", "2025", "--json")
    assert code == 0 and [o["id"] for o in json.loads(out)] == ["deputy", "first-secretary"]
    assert "the source covers events up to Feb 2025; 2025 is answered up to then" in err
    code, out, _ = run(capsys, "on", "2025", "--json")
    assert code == 0 and json.loads(out)["partial"] is True


def test_present_is_as_of_the_source():
    out = invoke("offices").stdout
    assert "present (as of Feb 2025)" in out and "12 yr 8 mo" in out
    for line in out.splitlines():
        assert "present" not in line or "present (as of Feb 2025)" in line


def test_about_names_the_source_its_licence_and_the_as_of_date(store_path):
    import hashlib

    about = as_json(invoke("about", "--json"))
    assert about["url"] == "https://en.wikipedia.org/wiki/Olivier_Faure"
    assert about["license"] == "CC BY-SA 4.0" and "Wikipedia contributors" in about["attribution"]
    assert about["as_of"] == "2025-02" and about["as_of_note"] and about["data_version"] == "2.0"
    for text in about["sources"]:
        assert text["sha256"] == hashlib.sha256((store_path.parent / text["path"]).read_bytes()).hexdigest()
    assert about["counts"]["conflicts"] == 3 and about["counts"]["markers"] == 9
    # Never a revision id or retrieval date: the sources give none.
    assert not {"revision", "retrieved", "accessed"} & {key.split("_")[0] for key in about}
    table = invoke("about").stdout
    assert "CC BY-SA 4.0" in table and "Feb 2025" in table


def _imported(args):
    """What `faure ARGS` imports, and its output."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "faurecli", *args], capture_output=True, text=True, check=False
    )
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}, result


@pytest.mark.parametrize("args", [["timeline", "--json"], ["offices", "--jsonl"], ["about", "--json"]])
def test_json_never_imports_rich(args):
    imported, result = _imported(args)
    assert result.returncode == 0 and json.loads(result.stdout.splitlines()[0] if "jsonl" in args[1] else result.stdout)
    assert "faurecli.cli" in imported and not {m for m in imported if m == "rich" or m.startswith("rich.")}


@pytest.mark.parametrize(
    "args",
    [
        ["search", "navigo", "--json"],
        ["ask", "when was he born?", "--json"],
        ["verify", "He was born in 1968", "--json"],
    ],
)
def test_search_ask_and_verify_do_not_import_the_listings_queries(args):
    # The offices/timeline/cite module (and its record classes) is start-up these commands need not pay.
    imported, result = _imported(args)
    assert result.returncode == 0 and json.loads(result.stdout)
    assert "faurecli.cli" in imported and "faurecli.query" not in imported


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "Why did Faure support Macron in 2017?", "--json"],
        ["verify", "The PS criticised LFI's decision", "--json"],
    ],
)
def test_ask_and_verify_do_not_import_the_search_engine_or_rapidfuzz(args):
    # Their own reading of words (faurecli.analysis): the search engine is start-up they need not pay.
    imported, result = _imported(args)
    assert result.returncode in (0, 1) and json.loads(result.stdout)
    core = "faurecli.verdicts" if args[0] == "verify" else "faurecli.answers"
    assert core in imported and not {"faurecli.search", "rapidfuzz"} & imported


# --- options anywhere, help, completion --------------------------------------------------------


@pytest.mark.parametrize("flag", ["--no-color", "--no-cache", "--no-pager"])
def test_global_flags_work_after_the_command_too(capsys, flag):
    before = run(capsys, flag, "search", "navigo", "--json")
    after = run(capsys, "search", "navigo", "--json", flag)
    assert before[0] == after[0] == Exit.OK and before[1] == after[1]


def test_a_global_flag_after_double_dash_stays_a_query(capsys):
    code, _, err = run(capsys, "search", "--", "--no-color")
    assert code in (Exit.NOT_FOUND, Exit.USAGE) and "no such option" not in err


def _help(*args):
    result = invoke(*args, "--help", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    return result.stdout


COMMANDS = ["offices", "timeline", "search", "cite", "on", "conflicts", "profile", "check", "about"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_no_internal_names_one_placeholder_style_and_an_example(command):
    import re

    text = _help(command)
    assert "_parse" not in text and "<" not in text.replace("<1", ""), text
    assert not re.search(r"\{[a-z]", text)  # no lower-case {query}
    assert f"Example: faure {command}" in text


def test_main_help_lists_every_exit_code_and_an_example_per_command():
    text = _help()
    for code in (0, 1, 2, 3, 4, 5, 6, 70, 130):
        assert f"{code} " in text
    assert "Exit codes" in text
    for command in COMMANDS:
        assert f"faure {command}" in text


@pytest.mark.parametrize(
    ("shell", "installed"), [("zsh", ".zfunc/_faure"), ("fish", ".config/fish/completions/faure.fish")]
)
def test_install_completion_installs_for_the_shell_named(tmp_path, shell, installed):
    result = subprocess.run(
        [sys.executable, "-m", "faurecli", "--install-completion", shell],
        env={**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / installed).is_file() and "_FAURE_COMPLETE" in (tmp_path / installed).read_text()
    assert not (tmp_path / ".bashrc").exists()


def test_install_completion_for_an_unknown_shell_is_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "faurecli", "--install-completion", "tcsh"],
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == Exit.USAGE and result.stderr.count("\n") == 1 and "tcsh" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cite_completes_markers_and_sentence_ids():
    env = {**os.environ, "_FAURE_COMPLETE": "complete_bash", "COMP_CWORD": "2"}
    words = {}
    for partial in ("s2", "1"):
        result = subprocess.run(
            [sys.executable, "-m", "faurecli"],
            env={**env, "COMP_WORDS": f"faure cite {partial}"},
            capture_output=True,
            text=True,
            check=False,
        )
        words[partial] = result.stdout.split()
    assert {"s2", "s24", "s25"} <= set(words["s2"]) and all(w.startswith("s2") for w in words["s2"])
    assert "13" in words["1"] and all(w.startswith("1") for w in words["1"])


def test_search_json_says_which_field_matched_with_spans():
    (hit, *_) = as_json(invoke("search", "cambadelis", "--json"))
    match = hit["match"]
    assert (match["field"], match["text"]) == ("predecessor", "Jean-Christophe Cambadélis")
    assert [match["text"][a:b] for a, b in match["spans"]] == ["Cambadélis"]
    assert match["snippet"] == "Jean-Christophe «Cambadélis»"


def test_search_marks_the_matched_words_without_colour_in_plain_csv_and_markdown():
    plain = invoke("search", "cambadelis").stdout
    assert "predecessor: Jean-Christophe «Cambadélis»" in plain
    assert "«Cambadélis»" in invoke("search", "cambadelis", "--csv").stdout
    assert "«Cambadélis»" in invoke("search", "cambadelis", "--markdown").stdout


def test_search_with_only_question_words_is_one_line(capsys):
    code, out, err = run(capsys, "search", "who is he")
    assert code == Exit.NOT_FOUND and out == ""
    assert err.count("\n") == 1 and "question or function words" in err


def test_search_says_an_ambiguous_numeric_date_was_read_day_first(capsys):
    code, _, err = run(capsys, "search", "03/04/2014", "--json")
    assert "day first" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["timeline", "--from", "13/12/2016", "--to", "décembre 2016", "--json"], "e27"),
        (["timeline", "--from", "7 avril 2018", "--to", "April 7, 2018", "--json"], "e39"),
    ],
)
def test_date_options_take_the_forms_people_write(args, expected):
    assert expected in [e["id"] for e in as_json(invoke(*args))]


def test_a_bad_date_option_is_one_line_naming_the_accepted_forms(capsys):
    code, out, err = run(capsys, "on", "the 5th")
    assert code == Exit.USAGE and out == "" and err.count("\n") == 1
    assert "15 juin 2014" in err and "Traceback" not in err


# --- one output option for every command -------------------------------------------------------

EVERY_COMMAND = [
    ["offices"],
    ["timeline", "--limit", "3"],
    ["search", "navigo"],
    ["cite", "13"],
    ["on", "2017-03"],
    ["conflicts"],
    ["profile"],
    ["about"],
    ["check"],
    ["ask", "when was he born?"],
    ["verify", "Faure was born in 1968"],
]


@pytest.mark.parametrize("args", EVERY_COMMAND, ids=lambda a: a[0])
def test_every_command_prints_every_format_it_allows_and_refuses_the_others(args):
    from faurecli.views import Format

    allowed = []
    for fmt in Format:
        result = invoke(*args, "--format", fmt.value)
        if result.exit_code == Exit.USAGE:
            assert f"{args[0]} prints " in result.output and f"not {fmt.value}" in result.output
            continue
        assert result.exit_code == 0 and result.stdout.strip(), (fmt, result.output)
        allowed.append(fmt)
        if fmt is Format.JSONL:
            assert all(json.loads(line) for line in result.stdout.splitlines())
    # A table, JSON and JSON Lines for all; CSV and TSV for the listings; Markdown but for text.
    assert {Format.TABLE, Format.JSON, Format.JSONL} <= set(allowed)
    listing = args[0] in ("offices", "timeline", "search", "cite")
    assert (Format.CSV in allowed) == listing and (Format.TSV in allowed) == listing
    assert (Format.MARKDOWN in allowed) == (args[0] not in ("ask", "verify", "check"))


@pytest.mark.parametrize("short", ["--json", "--jsonl", "--csv", "--tsv", "--markdown"])
def test_the_short_format_flags_are_the_format_option(short):
    args = ["timeline", "--from", "2018", "--to", "2018-04"]
    assert invoke(*args, short).stdout == invoke(*args, "--format", short[2:]).stdout


def test_a_short_flag_after_double_dash_is_a_word(capsys):
    code, out, _ = run(capsys, "search", "--json", "--", "--json")
    assert code in (Exit.OK, Exit.NOT_FOUND) and out.lstrip().startswith("[")


# --- the format option, however it is spelled or placed ----------------------------------------


@pytest.mark.parametrize(
    "formats",
    [
        ["--format", "json", "--format", "csv"],
        ["--format=json", "--format", "csv"],
        ["--format", "json", "--csv"],
    ],
)
def test_two_formats_in_any_spelling_are_bad_usage(capsys, formats):
    code, out, err = run(capsys, "timeline", *formats)
    assert (code, out) == (Exit.USAGE, "")
    assert err == "faure: choose one output format, not --json and --csv\n"


def test_the_same_format_twice_is_that_format(capsys):
    code, out, _ = run(capsys, "timeline", "--limit", "1", "--format", "json", "--json")
    assert code == Exit.OK and json.loads(out)[0]["id"] == "e01"


@pytest.mark.parametrize("before", [["--json"], ["--format", "json"], ["--format=json"]])
def test_a_format_before_the_command_is_the_commands(capsys, before):
    code, out, err = run(capsys, *before, "timeline", "--limit", "1")
    assert (code, err) == (Exit.OK, "") and json.loads(out)[0]["id"] == "e01"


@pytest.mark.parametrize("args", [["export", "--json"], ["--csv", "export"], ["export", "--format", "json"]])
def test_a_format_for_export_names_what_export_does_instead(capsys, args, tmp_path):
    code, out, err = run(capsys, *args, "--out", str(tmp_path / "x"))
    assert (code, out) == (Exit.USAGE, "")
    assert err.startswith("faure: export writes files") and err.count("\n") == 1
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("args", [["search", "-", "--csv"], ["cite", "-", "--markdown"], ["search", "-", "--tsv"]])
def test_a_stream_refuses_a_format_it_does_not_write(args):
    result = subprocess.run(
        [sys.executable, "-m", "faurecli", *args], input=b"navigo\n", capture_output=True, check=False
    )
    assert (result.returncode, result.stdout) == (Exit.USAGE, b"")
    assert result.stderr.decode().startswith(f"faure: {args[0]} - writes JSON Lines, not {args[2][2:]}")


def test_export_into_a_fifo_says_it_is_not_a_directory(capsys, tmp_path):
    # A regular file is typer's to refuse; a FIFO or a device (/dev/full) gets past it.
    target = tmp_path / "fifo"
    os.mkfifo(target)
    code, _, err = run(capsys, "export", "--out", str(target))
    assert code == Exit.USAGE and err == f"faure: cannot write {target}: not a directory\n"


def test_a_format_without_a_command_says_it_needs_one(capsys):
    code, out, err = run(capsys, "--json")
    assert (code, out) == (Exit.USAGE, "") and err == "faure: --json goes with a command: faure timeline --json\n"


def test_a_claims_bidi_override_is_escaped_in_its_json(capsys):
    code, out, _ = run(capsys, "verify", "Faure was born in 1968 \u202e", "--json")
    assert code == Exit.OK and "\u202e" not in out and "\\u202e" in out
    assert json.loads(out)["claim"] == "Faure was born in 1968 \u202e"


def test_main_help_tells_how_streams_are_shared():
    from faurecli.streams import SERIAL

    text = " ".join(_help().split())
    assert f"Past {SERIAL} lines" in text and "FAURE_JOBS=N" in text


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "Faure was born in 1969", "--json"],  # REFUTED
        ["verify", "Faure has a brother named Paul", "--json"],  # NOT_ENOUGH_INFO
        ["ask", "when was he elected deputy?", "--json"],  # its premise check: NOT_ENOUGH_INFO
    ],
)
def test_a_claim_not_supported_never_imports_held_back(args):
    # held_back reads a supported claim once more; importing it for any other was start-up paid
    # for nothing.
    imported, result = _imported(args)
    assert result.returncode in (0, 1, 7) and json.loads(result.stdout)
    assert "faurecli.verdicts" in imported and "faurecli.held_back" not in imported
    imported, result = _imported(["verify", "Olivier Faure was born in La Tronche in 1968.", "--json"])
    assert result.returncode == 0 and "faurecli.held_back" in imported


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (["verify", "Faure was born in 1969", "--json"], "faurecli.chronology"),
        (["ask", "when was he elected deputy?", "--json"], "faurecli.chronology"),
        (["verify", "Faure was born in 1969", "--json"], "faurecli.quantities"),
    ],
)
def test_the_readings_of_two_dates_and_of_ratios_are_imported_only_when_their_words_are_there(args, module):
    # (~3M instructions of a start-up for a claim or question with no word of either.)
    imported, result = _imported(args)
    assert result.returncode in (0, 1, 7) and json.loads(result.stdout)
    assert module not in imported
    claim = {
        "faurecli.chronology": "The Navigo amendment came after the two-euro tax.",
        "faurecli.quantities": "Faure won nearly twice as many votes as Guillaume Bachelay.",
    }[module]
    imported, _ = _imported(["verify", claim, "--json"])
    assert module in imported


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (["verify", "Faure was born in 1969", "--json"], "faurecli.joints"),
        (["ask", "when was he elected deputy?", "--json"], "faurecli.joints"),
        (["verify", "Faure was born in 1969", "--json"], "faurecli.contests"),
        (["verify", "Faure was born in 1969", "--json"], "faurecli.ages"),
    ],
)
def test_the_readings_of_captions_of_two_results_and_of_decades_are_imported_only_when_their_words_are_there(
    args, module
):
    # (The caption reader was imported by every verify and ask at start-up: ~1M instructions.)
    imported, result = _imported(args)
    assert result.returncode in (0, 1, 7) and json.loads(result.stdout)
    assert module not in imported
    claim = {
        "faurecli.joints": "Dec 2016: Faure takes the group's presidency",
        "faurecli.contests": "Faure won a lower share in 2017 than in 2012.",
        "faurecli.ages": "Faure was in his late forties when he became First Secretary.",
    }[module]
    imported, _ = _imported(["verify", claim, "--json"])
    assert module in imported
