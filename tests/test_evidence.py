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
