import pytest

from faurecli.search import Kind, build_index, fold, highlight_spans, search, suggest, words


@pytest.fixture(scope="module")
def index(store):
    return build_index(store)


def top(index, query, **kwargs):
    hits = search(index, query, **kwargs)
    return hits[0] if hits else None


def test_fold_strips_accents_and_case():
    assert fold("Cambadélis ÉDOUARD Île Brûlé") == "cambadelis edouard ile brule"


def test_words_keep_decimals_join_thousands_and_hyphenated_compounds():
    assert {"48.37", "1000", "reelected", "re", "elected"} <= set(words("48.37% 1,000 re-elected"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Cambadelis", "first-secretary"),
        ("cambadélis", "first-secretary"),
        ("CAMBADELIS", "first-secretary"),
        ("villeurbane", "e48"),
        ("navigo", "e24"),
        ("48.37", "e36"),
        ("le foll 48.37", "e36"),
        ("48.37 le foll", "e36"),
        ("bissonier cathy", "e16"),
        ("inaugurated aubervillier", "e39"),
    ],
)
def test_accents_case_typos_and_word_order_do_not_matter(index, query, expected):
    assert top(index, query).id == expected


def test_el_komri_typo_finds_the_el_khomri_law(index, store):
    hits = search(index, "el komri", limit=3)
    assert hits
    for hit in hits:
        # The record itself, or a sentence it cites, names the law.
        cited = " ".join(store.quote(ref) for ref in hit.sentences)
        assert "El Khomri" in f"{hit.text} {cited}", hit.id
    assert any("El Khomri" in h.text for h in hits)


def test_scores_are_0_to_100_best_first(index):
    hits = search(index, "Aubervilliers congress", limit=20)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_an_event_and_its_source_sentence_are_one_hit(index):
    hits = search(index, "navigo card single price", limit=10)
    assert [h.id for h in hits].count("e24") == 1
    assert "s27" not in [h.id for h in hits]


def test_kind_filter_keeps_only_that_kind(index):
    hits = search(index, "navigo", kinds=[Kind.SENTENCE])
    assert [h.id for h in hits] == ["s27"]


def test_nonsense_and_empty_queries_find_nothing(index):
    assert search(index, "qqxxzz wwvv") == []
    assert search(index, "") == []
    assert search(index, "  ,;!  ") == []


def test_one_unknown_word_pulls_a_good_match_below_the_threshold(index):
    assert search(index, "navigo zzzzzzzz") == []


def test_limit_caps_the_results(index):
    assert len(search(index, "socialist", limit=2)) == 2


def test_suggest_offers_close_store_words(index):
    assert "villeurbanne" in suggest(index, "villurbanee")
    assert suggest(index, "navigo") == []


def test_highlight_spans_point_at_matched_words_in_the_original_text():
    text = "Élu à Villeurbanne"
    spans = highlight_spans(text, frozenset({"villeurbanne", "elu"}))
    assert [text[a:b] for a, b in spans] == ["Élu", "Villeurbanne"]


def test_a_post_is_found_by_any_name_the_text_gives_it(store):
    index = build_index(store)
    for query in ("Groupe Nouvelle Gauche", "head of the Socialist, Republican and Citizen group"):
        assert any(h.id == "new-left-president" for h in search(index, query, kinds=[Kind.OFFICE], limit=3)), query
