"""faure export: Popolo JSON and a Frictionless data package that load back into the store's
records, with reduced-precision dates, sources, licence and version."""

import csv
import json
import re

import pytest
from typer.testing import CliRunner

from faurecli.cli import app
from faurecli.views.export import DATE_PATTERN, EXTENSIONS, PERSON_ID

runner = CliRunner()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "faure-data"
    result = runner.invoke(app, ["export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {line.rsplit("/", 1)[-1] for line in result.stdout.splitlines()} >= {"popolo.json", "datapackage.json"}
    return out


def read_resource(folder, resource):
    """Load a CSV resource as its Table Schema says: typed values, missing values as None."""
    schema = resource["schema"]
    with open(folder / resource["path"], encoding=resource["encoding"], newline="") as handle:
        rows = list(csv.DictReader(handle))
    typed = []
    for row in rows:
        assert list(row) == [f["name"] for f in schema["fields"]]
        values = {}
        for field in schema["fields"]:
            raw = row[field["name"]]
            if raw in schema["missingValues"]:
                values[field["name"]] = None
            elif field["type"] == "boolean":
                assert raw in field["trueValues"] + field["falseValues"], (field["name"], raw)
                values[field["name"]] = raw in field["trueValues"]
            elif field["type"] == "integer":
                values[field["name"]] = int(raw)
            else:
                pattern = field.get("constraints", {}).get("pattern")
                assert pattern is None or re.fullmatch(pattern, raw), (field["name"], raw)
                values[field["name"]] = raw
        typed.append(values)
    if "primaryKey" in schema:
        keys = [tuple(v[k] for k in schema["primaryKey"]) for v in typed]
        assert len(set(keys)) == len(keys)
    return typed


def test_the_data_package_loads_back_into_the_store_s_records(exported, store):
    descriptor = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["version"] == store.source.data_version
    assert descriptor["licenses"][0]["name"] == "CC-BY-SA-4.0"
    assert descriptor["licenses"][0]["path"] == store.source.license_url
    assert descriptor["sources"][0]["path"] == store.source.url
    tables = {r["name"]: read_resource(exported, r) for r in descriptor["resources"]}
    assert [o["id"] for o in tables["offices"]] == [o.id for o in store.offices]
    for row, office in zip(tables["offices"], store.offices, strict=True):
        assert row["start"] == str(office.start) and row["end"] == (str(office.end) if office.end else None)
        assert row["current"] is office.current and row["derived"] is office.derived
        assert (row["predecessors"] or "").split("; ") == list(office.predecessors) or not office.predecessors
    assert [(e["id"], e["date"], e["text"]) for e in tables["events"]] == [
        (e.id, str(e.date), e.text) for e in store.events
    ]
    assert [s["text"] for s in tables["sentences"]] == [s.text for s in store.sentences]
    assert [line["value"] for line in tables["infobox"]] == [line.value for line in store.infobox]
    assert len(tables["claims"]) == sum(len(c.claims) for c in store.conflicts)


def test_popolo_links_memberships_to_its_person_posts_and_organizations(exported, store):
    data = json.loads((exported / "popolo.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in data["persons"]] == [PERSON_ID]
    assert data["persons"][0]["birth_date"] == str(store.person.birth_date)
    posts = {p["id"] for p in data["posts"]}
    organizations = {o["id"] for o in data["organizations"]}
    assert posts == {o.id for o in store.offices}
    for membership in data["memberships"]:
        assert membership["person_id"] == PERSON_ID
        assert membership.get("post_id") in posts or membership.get("organization_id") in organizations
        for key in ("start_date", "end_date"):
            if key in membership:
                assert re.fullmatch(DATE_PATTERN, membership[key])
        assert membership["sources"] and all(s["url"] == store.source.url for s in membership["sources"])
        assert {k for k in membership if k.startswith("faure_")} <= set(EXTENSIONS)
    by_post = {m["post_id"]: m for m in data["memberships"] if "post_id" in m}
    first = by_post["first-secretary"]
    assert "end_date" not in first and first["faure_current"] is True
    assert first["faure_predecessors"] == list(next(o for o in store.offices if o.id == "first-secretary").predecessors)
    assert data["meta"]["as_of"] == str(store.source.as_of)


def test_export_to_an_impossible_place_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["export", "--out", str(blocker / "sub")])
    assert result.exit_code == 2 and "cannot write" in result.output
