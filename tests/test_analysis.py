from faurecli.analysis import ValueKind, values


def test_a_number_word_after_the_definite_article_is_no_figure_unless_it_counts_something():
    numbers = lambda text: [v.number for v in values(text) if v.kind is ValueKind.NUMBER]  # noqa: E731
    assert numbers("une rencontre entre les deux hommes") == []
    assert numbers("a meeting between the two") == []
    assert numbers("the two seats of the list") == [2]
    assert numbers("deux hommes se sont rencontrés") == [2]


def test_how_many_years_asks_a_duration_and_a_former_one_asks_the_noun():
    from faurecli.analysis import Intent, analyse

    def read(text: str):  # type: ignore[no-untyped-def]
        return analyse(text, frozenset(), {})

    for question in (
        "How many years was he assistant cabinet director?",
        "Pendant combien d'années a-t-il été député ?",
    ):
        assert read(question).intent is Intent.DURATION
    assert read("How many years old was he when he joined the PS?").intent is not Intent.DURATION
    assert read("Which former minister was ahead of Faure?").target == "minister"
