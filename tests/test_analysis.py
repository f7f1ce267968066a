from faurecli.analysis import ValueKind, values


def test_a_number_word_after_the_definite_article_is_no_figure_unless_it_counts_something():
    numbers = lambda text: [v.number for v in values(text) if v.kind is ValueKind.NUMBER]  # noqa: E731
    assert numbers("une rencontre entre les deux hommes") == []
    assert numbers("a meeting between the two") == []
    assert numbers("the two seats of the list") == [2]
    assert numbers("deux hommes se sont rencontrés") == [2]
