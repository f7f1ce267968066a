from hypothesis import given
from hypothesis import strategies as st

from faurecli.analysis import analyse
from faurecli.evidence import _named, knowledge, people_in, people_near, rank
from faurecli.model import Store


def _texts(store: Store) -> list[str]:
    texts = [s.text for s in store.sentences] + [line.value for line in store.infobox]
    texts += [
        "Faure won against Hélène Geoffroy and Stéphane Le Foll.",
        "Qui a succédé à Bruno Le Roux ?",
        "le roux, LE FOLL; jean-marc brûlé",
        "Rouxville and Le Follet are not people",
    ]
    return texts


def test_people_near_finds_the_same_people_as_looking_for_everyone(store: Store) -> None:
    known = knowledge(store)
    for text in _texts(store):
        assert _named(people_near(known, text), text) == _named(known.built.people, text), text


def test_people_near_leaves_out_those_whose_surname_is_absent(store: Store) -> None:
    near = people_near(knowledge(store), "Faure beat Hélène Geoffroy.")
    assert "Hélène Geoffroy" in near.values()
    assert "Stéphane Le Foll" not in near.values()


def _analysed_people(store: Store, text: str, people: dict[str, str]) -> tuple[str, ...]:
    return analyse(text, knowledge(store).built.known, people).people


def test_people_near_gives_a_question_the_people_of_a_full_scan(store: Store) -> None:
    # (ask reads a question's people from people_near: the same names, in the same order.)
    known = knowledge(store)
    questions = [
        "When did Le Foll lose to him?",
        "Who did Faure beat, Geoffroy or Stéphane Le Foll?",
        "Quand Bruno Le Roux a-t-il quitté son poste ?",
        "Did Jean-Marc Brûlé and Faure ever meet in Rouxville?",
        "What did Faure say of Vallaud-Belkacem?",
    ]
    for question in questions + [s.text for s in store.sentences]:
        full = _analysed_people(store, question, known.built.people)
        assert _analysed_people(store, question, people_near(known, question)) == full, question


@given(st.text(alphabet="abcdéèLRFGHV -'?", max_size=50))
def test_people_near_gives_any_question_the_people_of_a_full_scan(store: Store, text: str) -> None:
    known = knowledge(store)
    full = _analysed_people(store, text, known.built.people)
    assert _analysed_people(store, text, people_near(known, text)) == full


@given(st.text(alphabet="abcdéèLRFGH -'", max_size=40))
def test_people_in_agrees_with_a_full_scan_on_any_text(store: Store, text: str) -> None:
    known = knowledge(store)
    assert people_in(known, text) == _named(known.built.people, text)


def test_rank_orders_by_score_and_keeps_the_limit(store: Store) -> None:
    known = knowledge(store)
    analysis = analyse("Faure was elected on 17 June 2012 with 63.2%", known.built.known, known.built.people)
    ranked = rank(known, analysis, limit=5)
    assert len(ranked) == 5
    assert [m.score for m in ranked] == sorted((m.score for m in ranked), reverse=True)
    assert ranked[0].unit.id == "s21"
    everything = rank(known, analysis, limit=10_000)
    assert [m.unit.id for m in everything[:5]] == [m.unit.id for m in ranked]


def test_a_built_read_back_from_the_cache_holds_the_stores_own_offices_and_events():
    # Records are equal only to themselves: a cached Built unpickled apart from its store held
    # copies, and "In 1991 … secretary-general of … UNEF" was REFUTED in one process but
    # NOT_ENOUGH_INFO from the cache.
    import pickle

    from faurecli.evidence import build, prime
    from faurecli.store import load_store, packaged_store_path
    from faurecli.verdicts import Verdict, verify

    claim = "In 1991 Faure became secretary-general of the student union UNEF."
    fresh = load_store(packaged_store_path())
    assert verify(fresh, claim).verdict is Verdict.REFUTED
    store = load_store(packaged_store_path())
    known = prime(store, pickle.loads(pickle.dumps(build(store))))
    offices, events = {id(o) for o in store.offices}, {id(e) for e in store.events}
    assert all(u.office is None or id(u.office) in offices for u in known.built.units)
    assert all(id(e) in events for u in known.built.units for e in u.events)
    assert any(u.office is not None for u in known.built.units) and any(u.events for u in known.built.units)
    assert verify(store, claim).verdict is Verdict.REFUTED


def test_bodies_and_fields_are_not_people(store):
    # "the New Left group (Groupe Nouvelle Gauche)", "the Union for a Popular Movement", "the
    # Ministry of Labour, Employment and Vocational Training" are no one.
    from faurecli.evidence import knowledge

    people = set(knowledge(store).built.people.values())
    assert {"Groupe Nouvelle Gauche", "Popular Movement", "Vocational Training"}.isdisjoint(people)
    assert {"Valérie Rabault", "Bruno Le Roux", "Chantal Brunel"} <= people


def test_a_re_prefixed_word_is_also_held_whole(store):
    # "re-elected" holds "reelected" (what "reconduit" and "réélu" stand for) as well as "elected".
    from faurecli.verdicts import Verdict, verify

    claim = "En juin 2017, Faure a été reconduit à la présidence du groupe socialiste par 28 voix contre 3 pour Delphine Batho."
    assert verify(store, claim).verdict is Verdict.SUPPORTED


def test_a_sentence_an_event_goes_on_with_is_of_its_period_not_of_an_older_year_it_names(store: Store) -> None:
    # "Concessions included renegotiation of 2023 pension reform, …" tells of the February 2025
    # deal with Bayrou (the event citing it after its first sentence), not of 2023.
    from faurecli.evidence import build, date_fit

    units = {u.id: u for u in build(store).units}
    february = analyse("in February 2025", frozenset(), {}).values
    assert date_fit(units["s61"], list(february))[0]
    # A sentence that is a record's own keeps its own year: the 2011 primary is not 2012's.
    twelve = analyse("in 2012", frozenset(), {}).values
    assert not date_fit(units["s16"], list(twelve))[0]


def test_rank_scores_a_claims_figures_by_each_units_figures_read_once(store: Store) -> None:
    from faurecli.evidence import _figures_held

    known = knowledge(store)
    units = known.built.units
    held = _figures_held(units)
    assert held is _figures_held(units)  # read once per store's units, not once per claim
    assert held == [frozenset((f.kind, f.number) for f in unit.figures) for unit in units]
    analysis = analyse("Faure was re-elected with 73.49% of the vote", known.built.known, known.built.people)
    ranked = rank(known, analysis, limit=3)
    assert any(f.number == 73.49 for f in ranked[0].unit.figures)


def test_rank_reads_each_units_order_once_and_scores_as_unit_by_unit(store: Store) -> None:
    from faurecli.evidence import _ORDER, Match, _fit, _orders, period

    known = knowledge(store)
    units = known.built.units
    orders = _orders(units)
    assert orders is _orders(units)  # once per store's units, not once per claim
    assert orders == [_ORDER.get(unit.id[:2], 3) for unit in units]
    # A figure without a date scores every unit, each dated by its own spans: as _fit reads it.
    for text in ("He won 26.45% of the vote", "Faure got 73.49% in June 2012", "the party won six seats"):
        analysis = analyse(text, known.built.known, known.built.people)
        dates = [(period(v), bool(v.year)) for v in analysis.values if v.kind.name == "DATE"]
        for match in rank(known, analysis, limit=20):
            assert isinstance(match, Match)
            assert (match.fits, match.dated) == _fit(match.unit.spans, dates)


def test_a_dates_period_is_its_first_and_last_day_or_any_day_without_a_year() -> None:
    import datetime as dt

    from faurecli.analysis import values
    from faurecli.evidence import _period, period

    june, day, yearless = (v for v in values("June 2012, 17 June 2012, 29 March") if v.kind.name == "DATE")
    assert period(june) == (dt.date(2012, 6, 1), dt.date(2012, 6, 30))
    assert period(day) == (dt.date(2012, 6, 17), dt.date(2012, 6, 17))
    assert period(yearless) == (dt.date(1, 1, 1), dt.date(9999, 12, 31))
    hits = _period.cache_info().hits
    period(june)
    assert _period.cache_info().hits == hits + 1  # one reading per date, not per unit


def test_a_units_clauses_are_split_once_and_given_as_a_new_list(store: Store) -> None:
    from faurecli.evidence import _clauses

    unit = next(u for u in knowledge(store).built.units if ";" in u.text or "," in u.text)
    first = unit.clauses()
    assert first and all(c.strip() for c in first) and len(first) >= 2
    first.clear()  # a caller's list is its own
    hits = _clauses.cache_info().hits
    assert unit.clauses() and _clauses.cache_info().hits == hits + 1


def test_post_heads_kept_with_the_evidence_are_what_the_names_give(store: Store) -> None:
    # Built.post_heads holds every office's heads, as worked out from its title and other names;
    # post_heads reads them there once primed, and works out a post no store holds.
    from faurecli.analysis import content_words
    from faurecli.evidence import _heads, build, post_heads, prime

    built = build(store)
    prime(store, built)
    assert set(built.post_heads) == {(o.title, *(n.text for n in o.names)) for o in store.offices}
    for names, heads in built.post_heads.items():
        assert heads == _heads(names)
        assert post_heads(names) == set(heads)
    held = post_heads(("Treasurer of the Socialist group, in Paris",))
    assert held == set(content_words("treasurer of the socialist group"))
    assert "paris" not in held
