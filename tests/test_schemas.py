"""Every command's real JSON validates against its published schema (schemas/*.schema.json), and
the schemas are the ones scripts/make_schemas.py writes: neither can drift from the other."""

import json
import runpy
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from faurecli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"

CASES = [
    ("offices", ["offices", "--source", "all", "--json"]),
    ("offices", ["offices", "--at", "2025", "--json"]),
    ("timeline", ["timeline", "--json"]),
    ("search", ["search", "aubervilliers congress", "--json"]),
    ("search", ["search", "zzzzqqq", "--json"]),
    ("cite", ["cite", "13", "--json"]),
    ("cite", ["cite", "navigo card", "--json"]),
    ("profile", ["profile", "--json"]),
    ("on", ["on", "2017-03", "--json"]),
    ("on", ["on", "1950", "--json"]),
    ("conflicts", ["conflicts", "--json"]),
    ("check", ["check", "--json"]),
    ("about", ["about", "--json"]),
    ("ask", ["ask", "when was he born?", "--json"]),
    ("ask", ["ask", "how many children does he have?", "--json"]),
    ("verify", ["verify", "Faure was born in 1969", "--json"]),
]


def _schema(command: str) -> dict:
    return json.loads((SCHEMAS / f"{command}.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("command", "args"), CASES, ids=[" ".join(a) for _, a in CASES])
def test_real_output_validates_against_its_schema(command, args):
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    validator = jsonschema.Draft202012Validator(_schema(command), format_checker=jsonschema.FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.loads(result.stdout))]
    assert errors == []


@pytest.mark.parametrize(("command", "args"), CASES, ids=[" ".join(a) for _, a in CASES])
def test_json_lines_validate_against_the_schema_of_one_item(command, args):
    # --format jsonl: a listing's items one per line, or the one answer on its line.
    args = [a if a != "--json" else "--jsonl" for a in args]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    schema = _schema(command)
    one = schema["items"] if schema.get("type") == "array" else schema
    validator = jsonschema.Draft202012Validator(one)
    lines = result.stdout.splitlines()
    assert schema.get("type") == "array" or len(lines) == 1
    for line in lines:
        assert [e.message for e in validator.iter_errors(json.loads(line))] == []


def test_every_schema_is_a_valid_draft_2020_12_schema():
    for path in SCHEMAS.glob("*.schema.json"):
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def test_a_field_the_schema_does_not_name_fails_validation():
    record = json.loads(CliRunner().invoke(app, ["about", "--json"]).stdout)
    validator = jsonschema.Draft202012Validator(_schema("about"))
    assert not list(validator.iter_errors(record))
    assert list(validator.iter_errors({**record, "revision": "123"}))
    assert list(validator.iter_errors({k: v for k, v in record.items() if k != "as_of"}))


def test_the_schemas_are_what_the_generator_writes(tmp_path, monkeypatch):
    module = runpy.run_path(str(ROOT / "scripts" / "make_schemas.py"))
    monkeypatch.setitem(module["main"].__globals__, "OUT", tmp_path)
    module["main"]()
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.json")}
    shipped = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.json")}
    assert written == shipped


def test_every_command_with_json_has_a_schema():
    # Every command that takes --format (export writes files instead).
    import inspect

    commands = {
        info.callback.__name__.rstrip("_")
        for info in app.registered_commands
        if "fmt" in inspect.signature(info.callback).parameters
    }
    assert len(commands) >= 9
    assert {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json")} >= commands
