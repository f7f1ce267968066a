"""An age said by its decade: the ages it spans."""

from __future__ import annotations

from faurecli.ages import rewrites


def test_a_decade_and_its_thirds_span_their_ages() -> None:
    late = rewrites("He took the party's helm in his late forties")
    assert late is not None and [age for age, _ in late[1]] == [47, 48, 49]
    assert late[1][0][1] == "He took the party's helm at 47"
    eve = rewrites("Il avait à l'aube de la cinquantaine pris la tête du parti")
    assert eve is not None and [age for age, _ in eve[1]] == [47, 48, 49]
    some = rewrites("He was a thirty-something then")
    assert some is not None and [age for age, _ in some[1]] == list(range(30, 40))
    assert some[1][0][1] == "He was 30 then"
    # Near misses: a decade of the century is no age; two ages said are not read.
    assert rewrites("Music of the forties") is None
    assert rewrites("In his twenties and in his forties he led groups") is None
