import datetime as dt
import io
import json

import pytest
from rich.console import Console

from faurecli.model import PartialDate
from faurecli.query import OfficeSource, cite_marker, conflict_report, on_date, profile, select_events, select_offices
from faurecli.search import build_index, search
from faurecli.views.grid import to_plain, to_rich
from faurecli.views.json import (
    citation_record,
    event_record,
    hit_record,
    json_text,
    jsonl_text,
    office_record,
    profile_record,
)
from faurecli.views.table import (
    citation_grids,
    conflict_grids,
    moment_grids,
    offices_grid,
    profile_grid,
    search_grid,
    timeline_grid,
)
from faurecli.views.wording import length_text

TODAY = dt.date(2026, 11, 22)


def render(*grids, width=100) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False, markup=False, emoji=False)
    for table in grids:
        console.print(to_rich(table, width), soft_wrap=True)
    return "".join(line.rstrip() + "\n" for line in console.file.getvalue().splitlines())


def test_offices_table_golden(store, golden):
    offices = select_offices(store, source=OfficeSource.ALL)
    table = offices_grid(store, offices)
    golden("offices_all.txt", render(table))
    golden("offices_all.plain.txt", to_plain(table))


def test_timeline_table_golden(store, golden):
    events = select_events(store, start=PartialDate.parse("2018"), end=PartialDate.parse("2018-04"))
    table = timeline_grid(store, events)
    golden("timeline_2018.txt", render(table))
    golden("timeline_2018.plain.txt", to_plain(table))


def test_search_table_golden(store, golden):
    hits = search(build_index(store), "aubervilier congres", limit=3)
    golden("search_aubervilliers.txt", render(search_grid(store, hits)))


def test_cite_view_golden(store, golden):
    golden("cite_13.txt", render(*citation_grids(cite_marker(store, 13))))


def test_profile_view_golden(store, golden):
    golden("profile.txt", render(profile_grid(profile(store))))
    golden("profile.plain.txt", to_plain(profile_grid(profile(store))))


def _in_order(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(char in letters for char in needle)


@pytest.mark.parametrize("width", [40, 60, 80])
def test_tables_wrap_rather_than_cut_facts_at_a_narrow_width(store, width):
    for office in select_offices(store, source=OfficeSource.ALL):
        text = render(offices_grid(store, [office]), width=width)
        assert all(len(line) <= width for line in text.splitlines())
        assert "…" not in text
        # Wrapped across lines, the title's characters still come in order.
        assert _in_order("".join(office.title.split()), "".join(text.split())), office.id


def test_store_text_is_never_read_as_markup(make_store, raw):
    raw["events"][0]["text"] = "[bold red]Born[/bold red] [link=http://x]here[/link] [/]"
    store = make_store(raw)
    table = timeline_grid(store, store.events[:1])
    assert "[bold red]Born[/bold red] [link=http://x]here[/link] [/]" in render(table, width=200)
    assert "[bold red]Born[/bold red] [link=http://x]here[/link] [/]" in to_plain(table)


def test_office_json_has_the_documented_fields(store):
    office = next(o for o in store.offices if o.id == "first-secretary")
    record = office_record(store, office)
    assert list(record) == [
        "id",
        "title",
        "start",
        "end",
        "current",
        "ended",
        "as_of",
        "length_months",
        "length_approximate",
        "predecessors",
        "successors",
        "source",
        "derived",
        "end_derived",
        "note",
        "names",
        "conflicts",
        "sources",
    ]
    assert record["end"] is None and record["start"] == "2018-04-07"
    # Current as of the source, counted to its as-of date, never to the reader's today.
    assert record["current"] is True and record["as_of"] == "2025-02" and record["length_months"] == 82
    assert record["length_approximate"] is False
    assert record["predecessors"] == ["Rachid Temal (interim)", "Jean-Christophe Cambadélis"]
    assert record["sources"] == [
        "infobox:Office",
        "infobox:Term Start",
        "infobox:Predecessor",
        "s1",
        "s2",
        "s45",
        "s51",
    ]


def test_event_json_carries_markers_and_the_source_sentence(store):
    event = next(e for e in store.events if e.id == "e21")
    record = event_record(store, event)
    assert record["date"] == "2014-06" and record["end"] is None
    assert record["markers"] == []  # [13] follows s24, the sentence before
    assert event_record(store, next(e for e in store.events if e.id == "e20"))["markers"] == [13]
    assert record["sentence"] == store.sentence("s25").text
    assert record["section"] == "Member of the National Assembly, 2012–present"


def test_ranged_event_json_has_an_end(store):
    record = event_record(store, next(e for e in store.events if e.id == "e04"))
    assert (record["date"], record["end"]) == ("1991", "1993")


def test_hit_and_citation_json(store):
    (hit,) = search(build_index(store), "navigo", limit=1)
    assert {"kind": "event", "id": "e24", "date": "2014-12"}.items() <= hit_record(store, hit).items()
    record = citation_record(cite_marker(store, 35)[0])
    assert record["markers"] == [35] and record["id"] == "s62" and record["summary"] is False
    assert record["text"] == store.sentence("s62").text
    assert record["citation"].endswith("the article's reference [35]")


def test_json_keeps_accents_and_jsonl_is_one_object_per_line():
    text = json_text([{"name": "Valérie Rabault"}])
    assert "Valérie" in text and json.loads(text) == [{"name": "Valérie Rabault"}]
    lines = jsonl_text([{"a": 1}, {"b": "é"}]).splitlines()
    assert [json.loads(line) for line in lines] == [{"a": 1}, {"b": "é"}]


def test_profile_json_gives_age_and_current_offices(store):
    record = profile_record(profile(store))
    # Age is arithmetic on the birth date, as of the source's date: never the reader's clock.
    assert record["age"] == 56 and record["age_on"] == "2025-02" and record["birth_date"] == "1968-08-18"
    assert record["spouse"] == "Soria Blatmann" and len(record["parents"]) == 2
    assert [e["school"] for e in record["education"]][0] == "Lycée Pothier, Orléans"
    # The text does not say which parent is which: neither may faure.
    assert not any(word in " ".join(record["parents"]).lower() for word in ("mother", "father"))
    assert [o["id"] for o in record["current_offices"]] == ["deputy", "first-secretary"]


@pytest.mark.parametrize(
    ("office_id", "expected"), [("new-left-president", "1 yr 3 mo"), ("gouzes", "~2 yr"), ("young-rocardiens", "—")]
)
def test_length_text(store, office_id, expected):
    office = next(o for o in store.offices if o.id == office_id)
    assert length_text(office, store.source.as_of) == expected


def test_on_date_golden(store, golden):
    when = PartialDate.parse("2014-06")
    grids = moment_grids(on_date(store, when))
    golden("on_2014-06.txt", render(*grids))
    golden("on_2014-06.plain.txt", "\n".join(to_plain(g) for g in grids))


def test_conflicts_golden(store, golden):
    grids = conflict_grids(conflict_report(store))
    golden("conflicts.txt", render(*grids, width=120))


def test_a_cited_sentence_in_markdown_is_text_never_markup(store):
    import dataclasses

    from faurecli.query import Citation
    from faurecli.views.table import citation_markdown

    sentence = dataclasses.replace(store.sentences[0], text="A <script>x</script> and **bold** [a](javascript:y)")
    quoted = citation_markdown([Citation(sentence, "line")])
    assert quoted.startswith("> A \\<script\\>x\\</script\\> and \\*\\*bold\\*\\* \\[a\\](javascript:y)")


def test_a_section_headings_present_is_dated_as_of_the_source(store):
    # "Member of the National Assembly, 2012–present" is the article's heading, as of its date.
    from faurecli.views.table import citation_grids, timeline_grid

    as_of = store.source.as_of.human()
    sections = [row[2] for row in timeline_grid(store, store.events).rows]
    headed = [s for s in sections if "present" in str(s)]
    assert headed and all(f"present (as of {as_of})" in str(s) for s in headed)
    sentence = next(s for s in store.sentences if "present" in s.section)
    from faurecli.query import Citation

    (grid,) = citation_grids([Citation(sentence, "line")], None, store.source.as_of)
    assert any(f"present (as of {as_of})" in str(cell) for row in grid.rows for cell in row)
