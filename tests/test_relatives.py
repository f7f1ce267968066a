from faurecli.relatives import described_parents, nation_words, parents_subject, trades_named, unnamed_relative


def test_someone_by_his_relation_to_him_is_read_as_the_subject() -> None:
    assert unnamed_relative("His nephew taught at a lycée in Lyon.") == "nephew"
    assert unnamed_relative("In 2015, Faure's aide moved to Brussels.") == "aide"
    assert unnamed_relative("The grandson of Olivier Faure plays rugby.") == "grandson"
    assert unnamed_relative("La nièce de Faure habite à Nantes.") == "niece"
    assert unnamed_relative("Sa sœur a étudié le droit.") == "soeur"


def test_a_title_or_another_subject_is_no_relative() -> None:
    assert unnamed_relative("Faure's deputy seat is in Seine-et-Marne.") is None
    assert unnamed_relative("Faure met his friend's lawyer in Paris.") is None  # (not the subject)
    assert unnamed_relative("Son mandat de député a commencé en 2012.") is None
    # A question may ask of one anywhere in it.
    assert unnamed_relative("Where did Faure's cousin grow up?", subject_only=False) == "cousin"


def test_parents_are_read_as_the_subject() -> None:
    assert parents_subject("His mother was born in Hanoi.")
    assert parents_subject("Les parents de Faure vivaient à Paris.")
    assert not parents_subject("Faure visited his parents' village.")


def test_each_parent_is_described_by_nationality_trade_and_origin() -> None:
    sentence = "She was born to an Italian baker of Greek origin and a Swiss teacher of German origin."
    assert described_parents(sentence) == [("baker", "italian", "greek"), ("teacher", "swiss", "german")]
    assert nation_words("Il est de nationalité espagnole, pas italienne.") == {"spanish", "italian"}
    assert trades_named("L'infirmière et l'agent des impôts.") == {"nurse", "tax agent"}
