"""faurecli.social: a social-media post read as the plain claim it makes (examples of our own)."""

from faurecli.analysis import social_plain
from faurecli.social import social_parts


def test_tags_emoji_framing_and_interjections_are_read_away() -> None:
    assert social_plain("PSA 📢 Faure literally studied law in Paris tbh #Faure #Law") == "Faure studied law in Paris"


def test_shouted_words_are_lower_case_but_acronyms_and_quantifiers_stay() -> None:
    assert social_plain("Faure ONLY left the UMP rally early 😅") == "Faure only left the UMP rally early"
    assert social_plain("faure NEVER sat for LFI lol") == "faure never sat for LFI"


def test_a_place_shouted_after_in_keeps_its_capital() -> None:
    assert social_plain("he grew up in TOULOUSE 🌞") == "he grew up in Toulouse"


def test_short_forms_and_parents() -> None:
    assert (
        social_plain("his mum worked w/ kids bc she liked it #fam") == "his mother worked w/ kids because she liked it"
    )
    assert social_plain("Faure's dad was born in Lyon 🙂") == "Faure's father was born in Lyon"


def test_a_repeated_figure_and_a_dated_headline() -> None:
    assert social_plain("she got elected at TWENTY. 20!!") == "she got elected at twenty"
    assert social_plain("Mar 2019: Faure meets the press 🎤") == "In March 2019, Faure meets the press"


def test_a_score_is_read_as_votes() -> None:
    assert social_plain("Faure wins the vote 90-45 over Jean Dupont #PS") == (
        "Faure wins the vote with 90 votes against 45 for Jean Dupont"
    )


def test_a_trailing_comment_is_cut_off_and_reported() -> None:
    assert social_parts("Faure was born in 1968, a shock for everyone 😱") == (
        "Faure was born in 1968",
        "a shock for everyone",
    )
    assert social_parts("Faure studied in Paris. Aubry furious 😤 #PS") == ("Faure studied in Paris", "Aubry furious")


def test_plain_text_is_left_as_it_is() -> None:
    text = "Où est né Olivier Faure ?"
    assert social_plain(text) is text


def test_verify_never_supports_a_post_for_its_comment(store) -> None:  # type: ignore[no-untyped-def]
    from faurecli.verdicts import Verdict, verify

    check = verify(store, "BREAKING 🚨 Olivier Faure was born in 1968, what a legend #PS")
    assert check.verdict is Verdict.NOT_ENOUGH_INFO
    assert verify(store, "reminder: Olivier Faure was born in 1968 #PS").verdict is Verdict.SUPPORTED
    assert verify(store, "reminder: Olivier Faure was born in 1975, what a legend #PS").verdict is Verdict.REFUTED


def test_an_emoji_between_words_leaves_the_post_as_it_is() -> None:
    assert social_plain("Faure ❤️ Hollande 2012") == "Faure ❤️ Hollande 2012"


def test_a_french_title_keeps_papa_and_a_roman_numeral_its_capitals() -> None:
    assert social_plain("lol le livre « Papa et moi »") == "le livre « Papa et moi »"
    assert social_plain("born in MCMLXX!!") == "born in MCMLXX"


def test_a_headline_in_the_present_is_never_supported(store) -> None:  # type: ignore[no-untyped-def]
    from faurecli.verdicts import Verdict, verify

    assert verify(store, "BREAKING: Faure backs Macron for 2017 #Election").verdict is not Verdict.SUPPORTED


def test_three_capitals_are_an_acronym_unless_a_shouted_word() -> None:
    assert social_plain("Faure ran a PME lol") == "Faure ran a PME"
    assert social_plain("Faure WON FOR sure lol") == "Faure won for sure"
