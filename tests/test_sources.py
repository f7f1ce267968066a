import re
import shutil

import pytest
from conftest import SHARED_SEEDS

from faurecli.sources import check_store, parse_article, parse_summary


@pytest.fixture(scope="module")
def article_text(store_path):
    return (store_path.parent / "sources" / "000_d7534255b2a8b558.txt").read_text(encoding="utf-8")


def test_shipped_store_passes_check_with_its_counts(store, store_path):
    report = check_store(store, store_path.parent)
    assert report.problems == []
    assert report.counts["offices"] == 4
    assert report.counts["events"] >= 45
    assert report.counts["conflicts"] == 3
    assert report.counts["markers"] == 9
    # Every sentence is cited by a record that offices, timeline or profile shows.
    assert report.counts["sentences_cited"] == report.counts["sentences"] == 71
    assert report.uncited == []


def test_a_sentence_no_record_cites_must_say_why(make_store, raw, store_dir):
    # s71 (the Uyghur resolution) is cited only by its event: drop the event.
    raw["events"] = [e for e in raw["events"] if "s71" not in e["sources"]]
    report = check_store(make_store(raw), store_dir)
    assert report.problems == ['sentence "s71": no record cites it, and it gives no reason']
    raw["sentences"][70]["uncited"] = "a stance of no date"
    report = check_store(make_store(raw), store_dir)
    assert report.ok and report.uncited == [("s71", "a stance of no date")]
    assert report.counts["sentences_cited"] == 70


def test_the_as_of_date_is_the_latest_date_the_store_gives(make_store, raw, store_dir):
    raw["source"]["as_of"] = "2025-03"
    assert check_store(make_store(raw), store_dir).problems == [
        "source.as_of 2025-03 is after the latest date the store gives (2025-02)"
    ]
    raw["source"]["as_of"] = "2024"
    assert check_store(make_store(raw), store_dir).problems == [
        "source.as_of 2024 is before a date the store gives (2025-02)"
    ]


def test_every_article_sentence_is_stored_exactly_once_in_order(store, article_text):
    body = [line for line in article_text.splitlines()[3:] if line and not line.startswith(("=", "- "))]
    position = 0
    for sentence in store.sentences:
        assert article_text.count(sentence.text) == 1, sentence.id
        found = article_text.index(sentence.text)
        assert found >= position, f"{sentence.id} is out of order"
        position = found + len(sentence.text)
    assert " ".join(s.text for s in store.sentences) == " ".join(body)


def test_article_parser_finds_infobox_and_sections(article_text):
    article = parse_article(article_text)
    assert article.title == "Olivier Faure"
    assert len(article.infobox) == 19
    assert ("Term End3", "17 December 2016") in article.infobox
    titles = [s.title for s in article.sections]
    assert titles[0] == "Lead" and "First Secretary of the Socialist Party" in titles
    assert next(s for s in article.sections if s.title.startswith("Member")).level == 3


def test_summary_parser_reads_leading_markers(store_path):
    text = (store_path.parent / "sources" / "001_cc3b76b6b092b7be.txt").read_text(encoding="utf-8")
    entries = parse_summary(text)
    assert len(entries) == 13
    assert entries[0].markers == (5, 6) and entries[0].text.startswith("Faure then served")
    assert entries[1].markers == ()


@pytest.fixture
def store_dir(tmp_path, store_path):
    shutil.copytree(store_path.parent / "sources", tmp_path / "sources")
    return tmp_path


def test_a_changed_character_is_reported_with_its_section(make_store, raw, store_dir):
    raw["sentences"][41]["text"] = raw["sentences"][41]["text"].replace("48.37", "48.73")
    problems = check_store(make_store(raw), store_dir).problems
    assert len(problems) == 1
    assert problems[0].startswith(
        'sentences in section "First Secretary of the Socialist Party" differ from the article'
    )
    assert "48.73" in problems[0]


def test_swapped_sentences_are_reported(make_store, raw, store_dir):
    sentences = raw["sentences"]
    sentences[4]["text"], sentences[5]["text"] = sentences[5]["text"], sentences[4]["text"]
    assert any('section "Early life"' in p for p in check_store(make_store(raw), store_dir).problems)


def test_summary_markers_and_selection_are_checked(make_store, raw, store_dir):
    # [13] leads s25 in the summary, so in the article it follows s24.
    raw["sentences"][23]["markers"] = [14]
    raw["sentences"][12]["summary"] = False
    problems = check_store(make_store(raw), store_dir).problems
    assert 'sentence "s24": the sources put markers [13] after it, the store [14]' in problems
    assert 'summary sentence 2 is sentence "s13", which lacks summary = true' in problems
    assert len(problems) == 2


def test_a_marker_on_the_sentence_it_leads_is_a_problem(make_store, raw, store_dir):
    # The summary's split shows [13] before s25; put there, it would support the wrong sentence.
    del raw["sentences"][23]["markers"]
    raw["sentences"][24]["markers"] = [13]
    problems = check_store(make_store(raw), store_dir).problems
    assert 'sentence "s24": the sources put markers [13] after it, the store []' in problems
    assert 'sentence "s25": the sources put markers [] after it, the store [13]' in problems


def test_infobox_lines_are_checked_both_ways(make_store, raw, store_dir):
    raw["infobox"][4]["value"] = "14 December 2016"
    problems = check_store(make_store(raw), store_dir).problems
    assert 'infobox "Term Start1": "14 December 2016" is not an infobox line of the article' in problems
    assert 'infobox: the article\'s line "- Term Start1: 13 December 2016" is missing from the store' in problems


def test_missing_sources_are_problems_not_crashes(store, tmp_path):
    problems = check_store(store, tmp_path).problems
    assert len(problems) == 2 and all("no such file" in p for p in problems)


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_shipped_sources_are_the_shared_seeds_unchanged(store_path):
    for seed in SHARED_SEEDS.glob("*.txt"):
        assert (store_path.parent / "sources" / seed.name).read_bytes() == seed.read_bytes()


def test_sections_carry_no_stray_headings(store):
    assert not any(re.match(r"=+ ", s.text) for s in store.sentences)


def test_each_vocabulary_name_must_point_at_a_record_of_the_store(store):
    from faurecli.sources import check_vocabulary
    from faurecli.vocabulary import Name, Vocabulary, load_vocabulary

    assert check_vocabulary(store, load_vocabulary()) == []
    broken = Vocabulary((Name("e999", "fr", "loi imaginaire"), Name("e01", "French", "naissance")), ())
    assert check_vocabulary(store, broken) == [
        'vocabulary: name "loi imaginaire" points at "e999", not a record of the store',
        'vocabulary: name "naissance" has lang "French", not a language tag',
    ]


def test_check_reads_the_vocabulary_beside_the_store(store, store_dir):
    (store_dir / "vocabulary.toml").write_text('[[names]]\nrecord = "nope"\nlang = "en"\ntext = "x"\n', "utf-8")
    assert check_store(store, store_dir).problems == [
        'vocabulary: name "x" points at "nope", not a record of the store'
    ]
