import pytest

from faurecli.analysis import (
    Intent,
    ValueKind,
    after_being,
    analyse,
    as_written,
    coordinated,
    fold,
    numbers_as_digits,
    opening_participle,
    registers_plain,
    relative_opening,
    sequenced,
    trailing_participle,
    values,
)


def test_a_number_word_after_the_definite_article_is_no_figure_unless_it_counts_something():
    numbers = lambda text: [v.number for v in values(text) if v.kind is ValueKind.NUMBER]  # noqa: E731
    assert numbers("une rencontre entre les deux hommes") == []
    assert numbers("a meeting between the two") == []
    assert numbers("the two seats of the list") == [2]
    assert numbers("deux hommes se sont rencontrés") == [2]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("six seats, four of them going to Socialists", "socialists"),
        ("six seats, four of which went to Socialists", "socialists"),
        ("six seats, four of them Socialists", "socialists"),
        ("six sièges, dont trois d'entre eux socialistes", "socialistes"),
        ("four seats", "seats"),
    ],
)
def test_a_part_counted_before_its_whole_counts_the_noun_after_its_pronoun(text: str, unit: str) -> None:
    # "four of them going to Socialists" counts Socialists, not "them".
    counted = [v for v in values(text) if v.kind is ValueKind.NUMBER]
    assert counted[-1].unit == unit


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


@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        (
            "Faure was born in La Tronche and joined the PS at 16.",
            ("Faure was born in La Tronche", "Faure joined the PS at 16.", False),
        ),
        (
            "In 2017, Faure was re-elected and abstained in a vote of confidence.",
            ("In 2017, Faure was re-elected", "In 2017, Faure abstained in a vote of confidence.", False),
        ),
        (
            "Faure was nominated by the PS and elected on 17 June.",
            ("Faure was nominated by the PS", "Faure was elected on 17 June.", True),
        ),
        ("Il est né à La Tronche et a adhéré au PS.", ("Il est né à La Tronche", "Il a adhéré au PS.", False)),
    ],
)
def test_two_predicates_of_one_subject_are_two_claims(claim: str, parts: tuple[str, str, bool]) -> None:
    assert coordinated(claim) == parts


@pytest.mark.parametrize(
    "claim",
    [
        "Martine Aubry and Carole Delga supported him.",  # two subjects, one predicate
        "Faure defeated Cathy Bissonier in 2012 and Amandine Rubinelli in 2017.",  # two objects
        "Faure joined the PS and then became secretary-general.",  # tied in time
        "Faure met Macron and shared an apartment with him.",  # "him" may be Macron
        "Faure joined the PS, and Hamon joined the UNEF.",  # another subject
    ],
)
def test_what_is_not_two_predicates_of_one_subject_is_not_split(claim: str) -> None:
    assert coordinated(claim) is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Réélu député en 2017, il a devancé Amandine Rubinelli.",
            ("il a été réélu député en 2017", "En 2017, il a devancé Amandine Rubinelli."),
        ),
        # His birth's date is not the main clause's time.
        ("Né en 1968 à La Tronche, Faure a grandi à La Réunion.", ("Faure est né en 1968 à La Tronche", "Faure a grandi à La Réunion.")),
        ("Elected in 2012, Faure became a vice-president.", ("Faure was elected in 2012", "In 2012, Faure became a vice-president.")),
        # The main clause's own date is kept as its time.
        ("Elected in 2012, he resigned in 2013.", ("he was elected in 2012", "he resigned in 2013.")),
        # A day of the opening tells the main clause's year only, not that it was that day.
        (
            "Arrivé en tête le 15 mars 2018, Faure a vu Le Foll se retirer.",
            ("Faure est arrivé en tête le 15 mars 2018", "En 2018, Faure a vu Le Foll se retirer."),
        ),
        # Its perfect or present form is the same participle.
        ("Having been elected in 2012, Faure became a vice-president.", ("Faure was elected in 2012", "In 2012, Faure became a vice-president.")),
        ("Being born in 1968, he grew up in Réunion.", ("he was born in 1968", "he grew up in Réunion.")),
        ("Ayant été élu en 2012, il a été nommé vice-président.", ("il a été élu en 2012", "En 2012, il a été nommé vice-président.")),
        # A setting in time is not a participle said of him; nor one of someone else.
        ("After being elected in 2012, Faure became a vice-president.", None),
        ("Having been elected in 2012, Le Foll became a minister.", None),
        ("Elected in 2012, Le Foll became a minister.", None),
    ],
)  # fmt: skip
def test_a_participle_opening_a_sentence_about_him_is_a_claim_of_its_own(
    text: str, parts: tuple[str, str] | None
) -> None:
    assert opening_participle(text) == parts


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two years after entering the Assembly, Faure was named.", (2, "year", "entering the Assembly", "Faure was named.")),
        ("Environ un mois après son élection, il a démissionné.", (1, "month", "son élection", "il a démissionné.")),
        ("3 ans après son adhésion, il a milité.", (3, "year", "son adhésion", "il a milité.")),
        ("In 2014, two years after his election, Faure was named.", None),
    ],
)  # fmt: skip
def test_a_time_counted_from_another_fact_is_read(text: str, counted: tuple[int, str, str, str] | None) -> None:
    assert relative_opening(text) == counted


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Faure led the group from December 2016, having beaten Guillaume Bachelay.",
            ("Faure led the group from December 2016", "In December 2016, Faure beat Guillaume Bachelay"),
        ),
        ("En 2017, il a été réélu, après avoir battu X.", ("En 2017, il a été réélu", "En 2017, il a battu X")),
        ("Faure led the group, having won in 2016.", ("Faure led the group", "Faure won in 2016")),
        # A present participle of beating someone: he beat them then.
        ("He kept his seat in 2017, defeating Ann Smith.", ("He kept his seat in 2017", "In 2017, he defeated Ann Smith")),
        ("Il a été réélu en 2017, en battant X.", ("Il a été réélu en 2017", "En 2017, il a battu X")),
        # Not his clause first.
        ("Le Foll withdrew, having lost.", None),
        ("Le Foll won in 2018, beating X.", None),
    ],
)  # fmt: skip
def test_a_perfect_participle_after_his_clause_is_a_claim_of_its_own(text: str, parts: tuple[str, str] | None) -> None:
    assert trailing_participle(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Il a conseillé X, puis a été directeur de Y.", ("Il a conseillé X", "Il a été directeur de Y.")),
        ("Faure was elected in 2012, then became a spokesperson.", ("Faure was elected in 2012", "Faure became a spokesperson.")),
        ("Faure was elected in 2012 and became a spokesperson.", None),
    ],
)  # fmt: skip
def test_two_deeds_in_time_order_are_two_claims(text: str, parts: tuple[str, str] | None) -> None:
    assert sequenced(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("After being elected in 2012, Faure became X.", ("Faure was elected in 2012", "Faure became X.")),
        ("Après avoir été élu en 2012, il est devenu X.", ("il a été élu en 2012", "il est devenu X.")),
        ("After the 2012 election, Faure became X.", None),
    ],
)  # fmt: skip
def test_what_was_done_to_him_before_the_main_clause_comes_first(text: str, parts: tuple[str, str] | None) -> None:
    assert after_being(text) == parts


def test_actions_are_a_fresh_set_each_time_though_kept():
    # Read once per word and kept (ask reads every word of each candidate fact); a caller that
    # changes the set it is given changes nothing for the next.
    from faurecli.analysis import actions

    first = actions("re-elected")
    first.add("other")
    assert "other" not in actions("re-elected") and actions("re-elected") == {"reelect"}


def test_a_name_given_by_its_surname_after_against_is_not_the_one_who_got_the_figure():
    from faurecli.analysis import analyse

    people = {"guillaume bachelay": "Guillaume Bachelay", "helene geoffroy": "Hélène Geoffroy"}
    # The full name missing from the question is no place in it: "face à Bachelay" is whom he
    # stood against, and what follows the question's start is not what follows the name.
    for question in (
        "Combien de voix Faure a-t-il obtenues face à Bachelay ?",
        "Quel score Faure a-t-il fait contre Geoffroy ?",
    ):
        assert analyse(question, frozenset(), people).subject is None
    assert analyse("Combien de voix Bachelay a-t-il obtenues ?", frozenset(), people).subject == "Guillaume Bachelay"


@pytest.mark.parametrize(
    ("text", "number", "hedge", "bound", "approximate"),
    [
        ("avec près des trois quarts des voix", 75.0, "under", None, True),
        ("with almost three quarters of the vote", 75.0, "under", None, True),
        ("came close to half of the votes", 50.0, "under", None, True),
        ("un peu plus d'un quart des votes", 25.0, "over", None, True),
        ("about a third of the seats", 33.33, "", None, True),
        ("more than half the votes", 50.0, "", "more", True),
        ("moins de la moitié des sièges", 50.0, "", "less", True),
        ("deux tiers des sièges", 66.67, "", None, False),
        ("three quarters of the vote", 75.0, "", None, False),
    ],
)  # fmt: skip
def test_a_fraction_in_words_is_a_share_with_its_hedge(
    text: str, number: float, hedge: str, bound: str | None, approximate: bool
) -> None:
    (value,) = values(text)
    assert value.kind is ValueKind.PERCENT and value.fraction
    assert (value.number, value.hedge, value.bound, value.approximate) == (number, hedge, bound, approximate)


@pytest.mark.parametrize(
    "text",
    ["the third of the votes", "third vice-president of the group", "in the first quarter of the year"],
)
def test_a_rank_or_a_period_is_no_fraction(text: str) -> None:
    assert not any(v.fraction for v in values(text))


@pytest.mark.parametrize(
    ("text", "hedge"),
    [("de près de 22 points", "under"), ("almost 22 points", "under"), ("à peu près 22 points", ""), ("about 22", "")],
)
def test_almost_and_pres_de_put_the_figure_just_under(text: str, hedge: str) -> None:
    (value,) = values(text)
    assert value.approximate and value.hedge == hedge


@pytest.mark.parametrize("text", ["un millier de cadres", "about a thousand executives", "a thousand cadres"])
def test_a_thousand_in_words_is_some_1000(text: str) -> None:
    (value,) = values(text)
    assert value.kind is ValueKind.NUMBER and value.number == 1000 and value.approximate


@pytest.mark.parametrize(
    "text",
    ["Faure est entré au PS en 1991.", "Faure entre à l'Assemblée en 2017.", "Elle est entrée chez En Marche."],
)
def test_entrer_as_a_verb_is_read_as_joining_not_as_the_preposition(text: str) -> None:
    from faurecli.analysis import concepts

    assert any("join" in group for group in concepts(text))


@pytest.mark.parametrize("text", ["Faure a été député entre 2012 et 2017.", "une rencontre entre les deux hommes"])
def test_the_preposition_entre_carries_no_content(text: str) -> None:
    from faurecli.analysis import concepts

    assert not any("join" in group or "entre" in group for group in concepts(text))


def test_ran_with_an_object_is_leading_it_and_ran_for_is_not() -> None:
    from faurecli.analysis import concepts

    assert any("led" in group for group in concepts("Faure ran Royal's campaign."))
    assert not any("led" in group for group in concepts("Faure ran in the 2007 legislative elections."))


@pytest.mark.parametrize(
    "text",
    [
        "He lost the 2007 race against Brunel.",
        "Il a perdu les municipales contre Brunel.",
        "Il a perdu face à Brunel.",
        "He lost against Brunel.",
    ],
)
def test_the_rival_a_loss_is_against_takes_no_word_of_its_own(text: str) -> None:
    from faurecli.analysis import concepts

    # (The loss is read by who beat whom; "against", « contre », « face à » are its particle.)
    words = {w for group in concepts(text) for w in group}
    assert not words & {"against", "contre", "face", "devant"}


def test_getting_into_a_body_is_entering_it() -> None:
    from faurecli.analysis import concepts

    assert any("join" in group for group in concepts("Faure got into the National Assembly in 2017."))
    assert not any("join" in group for group in concepts("Faure got 61.1% of the vote."))


def test_a_stem_is_named_by_the_word_as_the_reader_wrote_it():
    from faurecli.analysis import stem

    assert as_written("Sa mère était infirmière.", stem(fold("mère"))) == "mère"
    assert as_written("Castaner was a Minister.", stem("minister")) == "Minister"
    # A part of an elided or hyphenated word is a word of its own.
    assert as_written("Il est entré à l'Assemblée nationale.", stem(fold("assemblée"))) == "Assemblée"
    assert as_written("nothing of it here", "ministe") == "ministe"


def test_a_count_asked_at_the_end_of_a_long_question_asks_a_number_and_which_two_asks_the_noun():
    from faurecli.analysis import Intent, analyse

    def read(text: str):  # type: ignore[no-untyped-def]
        return analyse(text, frozenset(), {})

    late = "En échange de son refus de censurer le budget, le PS a obtenu l'abandon de combien de postes ?"
    assert read(late).intent is Intent.NUMBER
    # ("combien a fait la liste" is a score, not a count of something.)
    assert read("Un an après son arrivée à la tête du PS, combien a fait la liste aux européennes ?").intent is not (
        Intent.NUMBER
    )
    assert read("Which two well-known figures backed his bid?").target == "figures"
    assert read("Quelles deux personnalités célèbres l'ont soutenu ?").target == "personnalites"


def test_figures_keep_their_thousands_age_and_offsets_in_accented_text():
    got = [(v.text, v.number, v.unit, v.start) for v in values("Élu à l'âge de 43 ans avec 1 200 voix, soit 63,2 %")]
    assert ("43", 43.0, "age", 15) in got
    assert ("1 200", 1200.0, "voix", 27) in got
    assert any(v.kind is ValueKind.PERCENT and v.number == 63.2 for v in values("soit 63,2 % des voix"))
    text = "Né à Élancourt en 1968, 12 000 adhérents"
    assert all(text[v.start : v.end] == v.text for v in values(text))


def test_a_question_of_a_share_asks_a_share():
    from faurecli.analysis import Intent, analyse

    for question in ("What share of the vote did Faure get in 2012?", "Which share did he win?"):
        assert analyse(question, frozenset(), {}).intent is Intent.SHARE
    assert analyse("When was Faure born?", frozenset(), {}).intent is not Intent.SHARE


def test_the_actions_of_a_text_look_only_for_the_starts_it_holds(monkeypatch):
    # A word-by-word search for each of ~50 starts, most absent, was most of a cold `ask`'s
    # reading of actions; a start the text does not hold is not searched for.
    from faurecli import analysis

    searched: list[str] = []
    real = analysis.find_word

    def counting(text: str, phrase: str, *, end: bool = True) -> int:
        searched.append(phrase)
        return real(text, phrase, end=end)

    monkeypatch.setattr(analysis, "find_word", counting)
    analysis._actions.cache_clear()
    assert analysis.actions("the cat sat on the mat") == set()
    assert searched == []
    assert analysis.actions("He was re-elected in 2017") == {"reelect"}
    assert analysis.actions("the co-elected members") == set()  # after a hyphen: not the verb
    assert analysis.actions("elected in 2012, he joined the group") == {"elect", "join"}
    analysis._actions.cache_clear()


def test_other_forms_of_a_french_verb_read_as_the_one_the_lexicon_knows() -> None:
    from faurecli.analysis import canonical, stem

    # The imperfect, the present participle, a feminine participle: the verb the lexicon lists.
    assert stem("advisor") in canonical("conseillait")
    assert stem("head") in canonical("dirigeaient")
    assert stem("passed") in canonical("adoptees")
    # Near misses: English words with endings of French ones are not read as French verbs
    # ("parties" is no « parti », the party).
    assert canonical("parties") == [stem("parties")]
    assert canonical("votes") == [stem("votes")]
    assert canonical("parliament") == [stem("parliament")]


def test_stem_tries_only_the_suffixes_a_word_can_end_with_and_stems_as_the_whole_list_did() -> None:
    import itertools

    from faurecli import analysis, lexicon

    def whole_list(word: str) -> str:
        # The rule as it read before the suffixes were grouped by their last letter.
        if word.startswith("communis"):
            return "communis"
        for suffix in analysis._SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        if word.endswith("ion") and len(word) > 6:
            word = word[:-3]
        return word[:7]

    # Every suffix after roots of every length around the 4-letter floor, a suffix after another
    # ("nationings"), words ending in no suffix, the empty word, and the lexicon's own words.
    roots = ["", "a", "ab", "abc", "abcd", "abcde", "nation", "communis", "elect"]
    ends = [*analysis._SUFFIXES, "ion", "ions", "x", "y", "é"]
    words = {root + a + b for root, a, b in itertools.product(roots, ["", *ends], ["", *ends])}
    words |= {w for line in lexicon.SYNONYMS for w in line.split()}
    for word in sorted(words):
        assert analysis.stem.__wrapped__(word) == whole_list(word), word
    # (Near miss: a word whose only suffix leaves too short a root keeps it.)
    assert analysis.stem("seed") == "seed"
    assert analysis.stem("elected") == analysis.stem("election") == "elect"


def test_fold_drops_every_combining_mark_and_keeps_every_other_character() -> None:
    import unicodedata

    from faurecli.analysis import fold

    def by_character(text: str) -> str:
        # The rule as it read before str.translate dropped the marks.
        if text.isascii():
            return text.lower()
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    # Each character after an accented one (so the non-ASCII path runs), across all of Unicode.
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        text = f"É{chr(code)}e"
        assert fold.__wrapped__(text) == by_character(text), hex(code)
    assert fold("Île-de-France, Orléans") == "ile-de-france, orleans"
    # (Near miss: a letter that is no combining mark stays, as « ø » and « ß » fold.)
    assert fold("Søren Straße") == "søren strasse"


def test_a_word_ending_in_no_french_verb_ending_is_refused_before_the_loop_as_the_loop_would() -> None:
    import itertools

    from faurecli import analysis, lexicon

    def looped(word: str) -> tuple[str, ...]:
        # The rule as it read before the endings were tried at once (str.endswith of a tuple).
        if len(word) < 5 or not word.isalpha():
            return ()
        for ending, base in analysis._FRENCH_VERB_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            root = word[: -len(ending)]
            for lemma in (root + base, root) if root.endswith("ge") and base == "e" else (root + base,):
                found = lexicon.SYNONYMS.get(lemma)
                if found:
                    return (lemma, *found)
        return ()

    endings = [e for e, _ in analysis._FRENCH_VERB_ENDINGS]
    words = {w for line in lexicon.SYNONYMS for w in line.split()}
    # Each word the lexicon knows with each ending put on its root, and roots too short for one.
    words |= {w[:cut] + e for w, e, cut in itertools.product(sorted(words)[:400], ["", *endings], (-2, -1, None))}
    words |= {"abc" + e for e in endings} | {"ab" + e for e in endings}
    for word in sorted(words):
        assert analysis._french_form_of_known.__wrapped__(word) == looped(word), word
    assert analysis.stem("advisor") in analysis.canonical("conseillait")
    # (Near miss: an English word of no French ending is no verb form.)
    assert analysis._french_form_of_known("parliament") == ()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # A number of several words is read whole, not as its last word (EN and FR).
        ("he won thirty-seven votes", 37),
        ("with ninety-nine percent", 99),
        ("à trente-deux ans", 32),
        ("soixante-quinze députés", 75),
        ("quatre-vingt-douze voix", 92),
        ("deux cent cinquante emplois", 250),
        ("five thousand jobs", 5000),
        ("vingt et un sièges", 21),
        # Near misses: a single word is read as before, « pour cent » is no hundred.
        ("three votes", 3),
        ("cinq pour cent", 5),
    ],
)
def test_a_number_in_several_words_is_read_whole(text: str, number: int) -> None:
    assert [v.number for v in values(text) if v.kind is ValueKind.NUMBER] == [number]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # A surname with its particle, alone, names its person anywhere in the clause (its last
        # word, four letters, was too short to be read alone: « Le Foll » named no one).
        ("Au premier tour, Le Foll a battu Faure.", ("Stéphane Le Foll",)),
        ("Then Le Roux lost to him.", ("Bruno Le Roux",)),
        # Near misses: the last word alone is still too short; a name of a body is no person's.
        ("The Foll family.", ()),
        ("République En Marche won.", ()),
    ],
)
def test_a_surname_with_its_particle_names_its_person(text: str, named: tuple[str, ...]) -> None:
    from faurecli.analysis import analyse

    people = {
        "stephane le foll": "Stéphane Le Foll",
        "bruno le roux": "Bruno Le Roux",
        "la republique en": "La République En",
    }
    assert analyse(text, frozenset(), people).people == named


@pytest.mark.parametrize(
    ("text", "number", "bound"),
    [
        # A share said as parts of a whole other than a half, third or quarter (figs31).
        ("won well over three-fifths of the ballots", 60.0, "more"),
        ("more than four fifths of the members voted", 80.0, "more"),
        ("nearly eight voters in ten backed him", 80.0, None),
        ("deux électeurs sur trois ont voté pour lui", 66.67, None),
        ("he won a majority of the votes", 50.0, "more"),
        ("elle a eu la majorité absolue des suffrages", 50.0, "more"),
    ],
)
def test_a_share_in_fifths_tenths_or_n_in_m_is_a_percentage(text: str, number: float, bound: str | None) -> None:
    from faurecli.analysis import ValueKind, values

    shares = [v for v in values(text) if v.kind is ValueKind.PERCENT]
    assert [(v.number, v.bound) for v in shares] == [(number, bound)]
    assert shares[0].fraction


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a count of times in a span, a rank, more parts than the whole: no share.
        "he ran three times in two years",
        "the fifth republic",
        "five in two",
    ],
)
def test_no_share_is_read_from_counts_that_are_no_fraction(text: str) -> None:
    from faurecli.analysis import ValueKind, values

    assert not [v for v in values(text) if v.kind is ValueKind.PERCENT]


def test_a_bound_word_before_a_rivals_name_is_not_the_margins_bound() -> None:
    from faurecli.analysis import values

    # "prevailed over Bachelay by 12 votes" is 12, no more; "by over 12" keeps its bound.
    assert [v.bound for v in values("He prevailed over Bachelay by 12 votes.")] == [None]
    assert [v.bound for v in values("He won by over 12 votes.")] == ["more"]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("M. Faure naquit à La Tronche.", "Faure est né à La Tronche."),
        ("Mme Delphine Batho l'emporta-t-elle ?", "Delphine Batho l'a-t-elle emporté ?"),
        ("Le gouvernement de M. Édouard Philippe", "Le gouvernement d'Édouard Philippe"),
        ("Mr. Faure and Dr Smith", "Faure and Smith"),
        ("Ils ne votèrent jamais la motion.", "Ils n'ont jamais voté la motion."),
        ("Il se présenta dans la huitième circonscription.", "Il s'est présenté dans la 8e circonscription."),
        ("Il y renonça, bien qu'il fût député.", "Il y a renoncé, bien qu'il était député."),
        ("Où vit-il le jour ?", "Où est-il né ?"),
        ("Il siégea au Palais-Bourbon.", "Il siégea à l'Assemblée nationale."),
    ],
)
def test_formal_french_is_said_plainly(text: str, plain: str) -> None:
    from faurecli.analysis import formal_plain

    assert formal_plain(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a capital M that is a letter, "Me" in English, a present « vit », the
        # ordinal a title says, words that only end like a passé simple.
        "Call Me Maybe",
        "Le groupe M compte dix élus.",
        "Il vit à Paris.",
        "Il est premier secrétaire du PS.",
        "Faure was in Nouvelle-Calédonie with the Cantal delegation.",
    ],
)
def test_formal_french_leaves_other_words(text: str) -> None:
    from faurecli.analysis import formal_plain

    assert formal_plain(text) == text


def test_a_french_concession_is_said_as_two_clauses() -> None:
    from faurecli.analysis import formal_plain

    said = formal_plain("Quoiqu'il fût député, Faure y renonça.")
    assert said == "Il était député, mais Faure y a renoncé."
    # Near miss: a concession with no subject (« Quoique battu … ») is left as it is.
    assert (
        formal_plain("Quoique battu en 2007, Faure a été élu en 2012.")
        == "Quoique battu en 2007, Faure a été élu en 2012."
    )


def test_a_decimal_comma_does_not_end_an_opening_participle() -> None:
    from faurecli.analysis import opening_participle

    split = opening_participle("Réélu en 2017 avec 61,1 % des voix, il a devancé Amandine Rubinelli")
    assert split == ("il a été réélu en 2017 avec 61,1 % des voix", "En 2017, il a devancé Amandine Rubinelli")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("In 2017, the ballot for the presidency of the Socialist group: how many votes did Batho get?", Intent.NUMBER),
        ("Le congrès de 2018, le premier tour du vote des militants : quand a-t-il eu lieu ?", Intent.DATE),
    ],
)
def test_a_question_after_a_long_topic_and_a_colon_asks_what_its_own_words_ask(text: str, intent: Intent) -> None:
    # The topic set first pushes the question word out of the opening words read for the intent.
    assert analyse(text, frozenset(), {}).intent is intent


@pytest.mark.parametrize(
    "text", ["What share for Hélène Geoffroy at the congress?", "combien de % pour Hélène Geoffroy au congrès ?"]
)
def test_a_figure_asked_for_someone_is_theirs(text: str) -> None:
    # "share for X", « % pour X »: X's figure (the source's "26.45% for Stéphane Le Foll"), not a rival's.
    assert analyse(text, frozenset(), {"helene geoffroy": "Hélène Geoffroy"}).subject == "Hélène Geoffroy"


def test_a_notes_short_forms_are_read_as_the_words_they_stand_for():
    from faurecli.analysis import shorthand_plain

    assert shorthand_plain("Did Faure stay PS 1st sec. after 2021?") == "Did Faure stay PS First Secretary after 2021?"
    assert shorthand_plain("Faure's yrs as NG group pres.?") == "Faure's years as New Left group president?"
    assert shorthand_plain("he worked w/ the govt") == "he worked with the government"
    assert shorthand_plain("Faure DOB: 1968-08-18") == "Faure was born on 18 August 1968"
    assert shorthand_plain("named 1st VP in 2012-06") == "named first vice-president in June 2012"
    assert shorthand_plain("2021 vote: Faure 73.49%, Geoffroy 26.52%") == (
        "2021 vote: Faure got 73.49% against 26.52% for Geoffroy"
    )
    assert shorthand_plain("re-elected with 28 vs 3 Batho") == "re-elected with 28 against 3 for Batho"
    # (A text with none of them is returned as it is, by the cheap test alone.)
    plain = "Where was he born?"
    assert shorthand_plain(plain) is plain


def test_a_spreadsheet_row_about_his_post_is_read_as_the_claim_it_stands_for():
    from faurecli.analysis import row_as_claim

    assert (
        row_as_claim("PS spokesperson predecessor: Jane Doe") == "Faure's predecessor as PS spokesperson was Jane Doe"
    )
    assert (
        row_as_claim("New Left group president ended 1 May 2019")
        == "Faure was New Left group president until 1 May 2019"
    )
    assert row_as_claim("Faure spokesperson in 2010") == "Faure was spokesperson in 2010"
    assert row_as_claim("SRC group president re-elected 1 July 2017: 30 votes") == (
        "Faure was re-elected SRC group president on 1 July 2017 with 30 votes"
    )
    assert row_as_claim("Faure was born in 1968") is None
    assert row_as_claim("President Macron visited Lille") is None


@pytest.mark.parametrize(
    ("asked", "fronted"),
    [
        ("elle a travaillé là-bas pendant combien de mois ?", "Pendant combien de mois a-t-elle travaillé là-bas ?"),
        ("En 2014, il a eu combien ?", "Combien a-t-il eu en 2014 ?"),
        ("il est parti a quel moment", "Quand est-il parti ?"),
        ("Durand est arrivé en quelle année ?", "En quelle année Durand est-il arrivé ?"),
        ("Qui est arrivé quand ?", "Qui est arrivé quand ?"),  # (two questions: left)
        ("il a eu combien de voix contre lui", "il a eu combien de voix contre lui"),  # (not at the end)
        ("c'était qui, et elle a eu combien ?", "c'était qui, et elle a eu combien ?"),  # (two questions)
        ("Il est parti de quelle ville, et quand ?", "Il est parti de quelle ville, et quand ?"),
    ],
)
def test_a_question_word_left_at_the_end_is_asked_in_front(asked: str, fronted: str) -> None:
    from faurecli.analysis import question_plain

    assert question_plain(asked) == fronted


def test_spoken_whos_frame_is_who() -> None:
    from faurecli.analysis import question_plain

    assert question_plain("Qui c'est qui a gagné ?") == "Qui a gagné ?"
    assert question_plain("c'est qui qui a gagné") == "qui a gagné"


def test_a_hundred_is_one_hundred_in_digits() -> None:
    # "a hundred and twenty": the article is the number's "one", not a word left before it.
    assert numbers_as_digits("He got a hundred and forty votes.") == "He got 140 votes."
    assert numbers_as_digits("A hundred and ten people came.") == "110 people came."
    assert numbers_as_digits("one hundred and forty votes") == "140 votes"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("He was backed by, among others, Ann Smith and Bo Li.", "He was backed by Ann Smith and Bo Li."),
        ("Il a été soutenu, entre autres, par Ann Smith.", "Il a été soutenu par Ann Smith."),
        ("He was backed by, notably, Ann Smith.", "He was backed by Ann Smith."),
        # Not a hedge set off by commas: left as it is.
        ("He beat the others in 2018.", "He beat the others in 2018."),
    ],
)  # fmt: skip
def test_a_lists_hedge_set_off_by_commas_is_read_without_it(text: str, plain: str) -> None:
    from faurecli.analysis import hedge_plain

    assert hedge_plain(text) == plain


def test_a_month_after_a_day_is_no_unknown_name() -> None:
    from faurecli.analysis import analyse

    assert analyse("Vote (12 Feb): he won", frozenset({"vote", "won"}), {}).unknown == ()
    assert analyse("Vote (Feb): he won", frozenset({"vote", "won"}), {}).unknown == ("feb",)


def test_a_question_word_before_a_later_when_asks_its_own_thing():
    # "Which union did he join when he was a student?": "when" sets the time; "which" asks.
    known = frozenset({"union", "join", "student"})
    assert analyse("Which union did he join when he was a student?", known, {}).intent is not Intent.DATE
    assert analyse("What was the tally when he won?", known, {}).intent is not Intent.DATE
    # Near miss: "when" opening the question asks the date.
    assert analyse("When did he join the union?", known, {}).intent is Intent.DATE


def test_a_subject_said_after_the_question_word_is_asked_first():
    # « il travaille où son frère » → « Son frère travaille où ? »: the right-dislocated subject.
    from faurecli.analysis import question_plain

    assert question_plain("il s'appelle comment son rival") == "Son rival s'appelle comment ?"
    assert question_plain("elle est née quand sa mère ?") == "Sa mère est née quand ?"
    # Near miss: no pronoun standing for a subject said after: unchanged.
    assert question_plain("il a voté comment en 2017") == "il a voté comment en 2017"


def test_a_chief_executive_and_a_cut_span_of_years_are_read_in_full():
    from faurecli.analysis import shorthand_plain

    # "CEO", "1991-93": the chief executive, the span's second year in full.
    assert shorthand_plain("CEO 1993-97?") == "chief executive 1993-1997?"
    assert shorthand_plain("Gouzes 1991-93, then?") == "Gouzes 1991-1993, then?"
    # Near miss: "2016-12" is a month (an ISO date), not a span.
    assert "1216" not in shorthand_plain("NG pres. 2016-12")
    assert "2016-2012" not in shorthand_plain("NG pres. 2016-12")


def test_registers_plain_reads_each_register_and_leaves_plain_text_alone() -> None:
    # The one chain ask and verify read a text through: a German word and word order, Québec French.
    assert registers_plain("Which percent got he in the Stichwahl?", question=True) == (
        "What percentage did he get in the second round?"
    )
    assert registers_plain("y'a-tu gagné en 2012?", question=True).startswith("a-t-il gagné")
    assert registers_plain("Faure was elected in 2012.") == "Faure was elected in 2012."
