import re

import pytest

from faurecli.patterns import lazy


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re_does():
    pattern = lazy(r"\b(\d+)\s*(?:%|pour cent)", re.IGNORECASE)
    assert pattern._compiled is None  # nothing compiled at import
    text = "61,1 % puis 63 POUR CENT"
    real = re.compile(r"\b(\d+)\s*(?:%|pour cent)", re.IGNORECASE)
    assert [m.group(1) for m in pattern.finditer(text)] == [m.group(1) for m in real.finditer(text)] == ["1", "63"]
    assert pattern._compiled is not None
    assert pattern.search(text, 5).group(1) == "63"  # type: ignore[union-attr]
    assert pattern.sub("N", text) == real.sub("N", text)
    assert pattern.split(text) == real.split(text) and pattern.findall(text) == ["1", "63"]
    assert pattern.fullmatch("12 %") and not pattern.match("x 12 %")


def test_after_the_first_use_the_methods_are_the_compiled_patterns_own():
    # The promise that keeps a lazy pattern as fast as a compiled one: no wrapper per call.
    pattern = lazy(r"\d+")
    assert pattern.findall("1 22") == ["1", "22"]
    assert pattern.search.__self__ is pattern._compiled  # type: ignore[attr-defined]
    assert pattern.sub.__self__ is pattern._compiled  # type: ignore[attr-defined]


def test_a_lazy_pattern_has_only_the_methods_of_a_pattern():
    with pytest.raises(AttributeError):
        lazy(r"x").groupindex  # noqa: B018
