"""Citation styles: filled from the store (title, publisher, URL, section, references, as-of
date), never with an invented revision id, author or retrieval date."""

import json
import re

import pytest
from typer.testing import CliRunner

from faurecli.cli import app
from faurecli.query import citation_line
from faurecli.views.citation import Style, citation

runner = CliRunner()


def sentence_with(store, count):
    return next(s for s in store.sentences if len(s.markers) == count)


@pytest.mark.parametrize("style", [Style.APA, Style.MLA, Style.CHICAGO])
@pytest.mark.parametrize("count", [0, 1, 2])
def test_each_style_names_title_publisher_url_section_references_and_as_of(store, style, count):
    sentence = sentence_with(store, count)
    line = citation(store, sentence, style)
    for known in (store.source.title, store.source.publisher, store.source.url, sentence.section, "February 2025"):
        assert known in line
    for number in sentence.markers:
        assert f"[{number}]" in line
    if not count:
        assert "no reference marker" in line


@pytest.mark.parametrize("style", list(Style))
def test_no_style_invents_a_revision_a_retrieval_date_or_an_author(store, style):
    line = citation(store, sentence_with(store, 1), style)
    assert not re.search(r"oldid|revision|[Rr]etrieved|[Aa]ccessed|Wikimedia|contributors", line)
    # The only dates: the as-of month the text runs to, never a day or a publication year.
    assert not re.search(r"\(20[0-9]{2}", line) and not re.search(r"\b[0-9]{1,2} [A-Z][a-z]+ 20", line)


def test_apa_says_no_date_and_wikipedia_is_today_s_line(store):
    sentence = sentence_with(store, 1)
    assert "(n.d.)" in citation(store, sentence, Style.APA)
    assert citation(store, sentence, Style.WIKIPEDIA) == citation_line(store, sentence)


def test_markdown_italicises_the_container(store):
    assert "*Wikipedia*" in citation(store, sentence_with(store, 1), Style.MLA, markdown=True)


@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_cite_style_option_fills_json_and_keeps_the_markdown_blockquote(style):
    as_json = json.loads(runner.invoke(app, ["cite", "13", "--style", style, "--json"]).stdout)
    assert "https://en.wikipedia.org/wiki/Olivier_Faure" in as_json[0]["citation"]
    text = runner.invoke(app, ["cite", "13", "--style", style, "--markdown"]).stdout
    assert text.startswith("> On 15 April 2014") and "\n> — " in text and "*Wikipedia*" in text


def test_an_unknown_style_is_a_usage_error():
    assert runner.invoke(app, ["cite", "13", "--style", "harvard"]).exit_code == 2
