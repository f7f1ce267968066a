"""A German speaker's English read as plain English (faurecli.germanic), behind
analysis.germanic_plain's cue; examples in our own wording."""

from __future__ import annotations

from faurecli.analysis import germanic_plain


def test_german_words_are_read_as_the_sources_english() -> None:
    assert germanic_plain("Did he stand in a Wahlkreis of Paris?") == "Did he stand in a constituency of Paris?"
    assert germanic_plain("He lost the Stichwahl in 2002.") == "He lost the second round in 2002."
    assert germanic_plain("Who was the Nachfolgerin of him?") == "Who was the successor of him?"
    assert germanic_plain("Who were her Vorgänger?", question=True) == "Who were her predecessors?"
    # (a word joined by a dash: « Übernachtungs-abgabe » style)
    assert germanic_plain("The Übernachtungs-fee was raised.") == "The overnight fee was raised."


def test_plain_english_and_french_are_left_as_written() -> None:
    for text in ("Where was he born?", "Il est né à La Tronche.", "Which minister did he advise?"):
        assert germanic_plain(text, question=True) == text


def test_a_shared_word_is_read_as_german_only_beside_a_german_word() -> None:
    assert germanic_plain("His mandat began in June.") == "His mandat began in June."
    assert germanic_plain("His Mandat in the Wahlkreis began in June.") == "His term in the constituency began in June."


def test_a_past_verb_put_before_he_is_asked_in_english_order() -> None:
    assert germanic_plain("Which share got she in 1999?", question=True) == "Which share did she get in 1999?"
    assert germanic_plain("How voted he on the budget?", question=True) == "How did he vote on the budget?"
    # (a claim is never reordered: only a question's order is German)
    assert germanic_plain("Then came he to Paris.") == "Then came he to Paris."


def test_the_german_perfect_of_a_question_is_the_english_past() -> None:
    assert germanic_plain("Where has he studied law?", question=True) == "Where did he study law?"
    assert germanic_plain("Has she in the end endorsed him?", question=True) == "Did she ultimately endorse him?"
    assert germanic_plain("Who has defeated him in 1997?", question=True) == "Who defeated him in 1997?"


def test_with_how_many_years_asks_an_age_and_entering_in_a_party_is_joining_it() -> None:
    assert germanic_plain("With how many years entered she in the Greens?", question=True) == (
        "At what age did she join the Greens?"
    )


def test_german_question_idioms() -> None:
    assert germanic_plain("Since when is he mayor?", question=True) == "Since when has he been mayor?"
    assert germanic_plain("Which percent had the list?", question=True) == "What percentage had the list?"
    assert germanic_plain("What for a car had he?", question=True) == "What car did he have?"
    assert (
        germanic_plain("Which function had she in the party?", question=True) == "What role did she have in the party?"
    )
    assert germanic_plain("Which school has he visited as a pupil?", question=True) == "Which school did he attend?"
    assert germanic_plain("From where came she?", question=True) == "Where did she come from?"


def test_nothing_a_claim_says_is_changed() -> None:
    # (figures, names and negations stay as written: only the words are English)
    claim = "He did not win the Stichwahl with 52.1 percent against Jean Dupont."
    assert germanic_plain(claim) == "He did not win the second round with 52.1 percent against Jean Dupont."


def test_german_idioms_of_a_claim_are_said_in_english() -> None:
    assert germanic_plain("She came on 2 May 1960 in Nancy to the world.") == "She was born on 2 May 1960 in Nancy."
    assert germanic_plain("With 19 years he has entered the Green party.") == "At age 19 he joined the Green party."
    assert germanic_plain("He lived together in one flat with a friend.") == "He shared an apartment with a friend."
    # (« with N years of … » is no age; a building is entered, never joined)
    assert germanic_plain("He left with 20 years of service.") == "He left with 20 years of service."
    assert germanic_plain("He entered the Senate in 2011.") == "He entered the Senate in 2011."


def test_mandate_after_a_number_is_seats_only_beside_a_german_word() -> None:
    assert (
        germanic_plain("In the Europawahl the list won four Mandate.")
        == "In the European election the list won four seats."
    )
    assert germanic_plain("The list won four Mandate.") == "The list won four Mandate."


def test_english_word_order_is_never_reordered() -> None:
    for question in (
        "Which post had he held before 2012?",
        "Who said he would run?",
        "Which candidate made it to the second round?",
        "How long has he lived in Paris?",
    ):
        assert germanic_plain(question, question=True) == question
