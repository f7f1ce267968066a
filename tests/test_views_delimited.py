"""CSV and TSV for data: one row per record from the JSON records, an id column, ISO dates,
empty cells, flag columns, a header always, and no spreadsheet formula."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from faurecli.cli import app
from faurecli.query import OfficeSource, select_events, select_offices
from faurecli.views import json as records
from faurecli.views.delimited import TABLES, Dialect, cell, delimited, rows

runner = CliRunner()


def parsed(text: str, dialect: Dialect) -> list[dict[str, str]]:
    if dialect is Dialect.CSV:
        return list(csv.DictReader(io.StringIO(text)))
    header, *body = text.splitlines()
    return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in body]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+33 1 23", "'+33 1 23"),
        ("-2 votes", "'-2 votes"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-3", "-3"),
        ("48.37", "48.37"),
        ("+1.5e3", "+1.5e3"),
        (-3, "-3"),
        ("Olivier Faure", "Olivier Faure"),
        (["=cmd", "b"], "'=cmd; b"),
        (None, ""),
        ([], ""),
        (True, "true"),
        (False, "false"),
    ],
)
def test_a_cell_never_starts_a_formula_and_a_number_stays_a_number(value, written):
    assert cell(value) == written


def test_offices_rows_are_the_json_records_with_iso_dates_empty_cells_and_flags(store):
    chosen = select_offices(store, source=OfficeSource.ALL, current=False, at=None)
    as_json = [records.office_record(store, o) for o in chosen]
    header, body = rows("offices", as_json)
    assert header[0] == "id" and {"start", "end", "derived", "in_conflict"} <= set(header)
    assert len(body) == len(as_json)
    for record, row in zip(as_json, body, strict=True):
        row_of = dict(zip(header, row, strict=True))
        assert row_of["id"] == record["id"]
        assert row_of["start"] == record["start"]  # ISO, at its own precision
        assert row_of["end"] == (record["end"] or "")  # empty, never "present" or "not given"
        assert row_of["in_conflict"] == ("true" if record["conflicts"] else "false")
        assert row_of["derived"] == ("true" if record["derived"] else "false")
        assert "†" not in "".join(row) and "—" not in "".join(row) and "present" not in row_of["end"]
    assert any(r[header.index("in_conflict")] == "true" for r in body)


@pytest.mark.parametrize("dialect", list(Dialect))
def test_csv_and_tsv_read_back_to_the_same_rows(store, dialect):
    events = select_events(store, start=None, end=None, topic=None, reverse=False, limit=None)
    as_json = [records.event_record(store, e) for e in events]
    back = parsed(delimited("timeline", as_json, dialect), dialect)
    assert [r["id"] for r in back] == [e["id"] for e in as_json]
    assert [r["text"] for r in back] == [e["text"] for e in as_json]
    assert [r["date"] for r in back] == [e["date"] for e in as_json]
    assert [r["end"] for r in back] == [e["end"] or "" for e in as_json]


def test_tsv_escapes_what_a_field_cannot_hold():
    text = delimited("cite", [{"id": "s1", "text": "a\tb\nc\\d"}], Dialect.TSV)
    assert text.splitlines()[1].split("\t")[:2] == ["s1", "a\\tb\\nc\\\\d"]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_header_always_even_with_no_record(table):
    for dialect in Dialect:
        text = delimited(table, [], dialect)
        assert text.splitlines() == [("," if dialect is Dialect.CSV else "\t").join(n for n, _ in TABLES[table])]


@pytest.mark.parametrize(
    "args",
    [
        ["offices", "--source", "all"],
        ["timeline", "--from", "2018", "--to", "2018-04"],
        ["search", "congress", "-n", "3"],
        ["cite", "13"],
    ],
)
@pytest.mark.parametrize("dialect", list(Dialect))
def test_every_listing_writes_one_row_per_json_record_with_an_id(args, dialect):
    out = runner.invoke(app, [*args, f"--{dialect.value}"])
    assert out.exit_code == 0, out.output
    as_json = json.loads(runner.invoke(app, [*args, "--json"]).stdout)
    assert [r["id"] for r in parsed(out.stdout, dialect)] == [r["id"] for r in as_json]


def test_nothing_found_still_writes_the_header_and_exits_1():
    out = runner.invoke(app, ["offices", "--at", "1950", "--csv"])
    assert out.exit_code == 1 and out.stdout.splitlines() == [",".join(n for n, _ in TABLES["offices"])]


def test_a_formula_in_the_store_is_defused_in_csv_and_kept_in_json(tmp_path, store_path):
    text = store_path.read_text(encoding="utf-8")
    assert 'title = "Spokesperson of the Socialist Party"' in text
    changed = tmp_path / "faure.toml"
    changed.write_text(
        text.replace('title = "Spokesperson of the Socialist Party"', 'title = "=HYPERLINK(\\"http://x\\")"'),
        encoding="utf-8",
    )
    for sources in (store_path.parent / "sources").iterdir():
        (tmp_path / "sources").mkdir(exist_ok=True)
        (tmp_path / "sources" / sources.name).write_bytes(sources.read_bytes())
    base = ["--no-cache", "--data", str(changed), "offices"]
    as_json = json.loads(runner.invoke(app, [*base, "--json"]).stdout)
    assert '=HYPERLINK("http://x")' in [o["title"] for o in as_json]
    for dialect in Dialect:
        titles = [r["title"] for r in parsed(runner.invoke(app, [*base, f"--{dialect.value}"]).stdout, dialect)]
        assert '\'=HYPERLINK("http://x")' in titles and not any(t.startswith("=") for t in titles)
