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


def test_every_pattern_of_ask_and_verify_has_a_program_that_makes_the_same_pattern():
    import faurecli.answers
    import faurecli.verdicts  # noqa: F401
    from faurecli import patterns

    table = patterns.programs()
    made = {(p.pattern, p.flags) for p in patterns._MADE}
    assert len(table) == len(made) > 250  # every one of them, not a sample
    texts = [
        "Olivier Faure (born 18 August 1968) was elected deputy on 17 June 2012 with 63.2%.",
        "Il a été élu premier secrétaire au congrès d'Aubervilliers, battant Stéphane Le Foll.",
        "When did he succeed Bruno Le Roux as president of the group, in December 2016?",
        "ÉLU À 49,2 % EN 2007 ; l'Union européenne, 15/04/2014, the 1990s, Hollande's aide",
    ]
    for (pattern, flags), program in table.items():
        built, usual = patterns._build(pattern, program), re.compile(pattern, flags)
        assert built is not None and (built.pattern, built.flags, built.groups, built.groupindex) == (
            usual.pattern,
            usual.flags,
            usual.groups,
            usual.groupindex,
        )
        for text in texts:
            assert [m.groups() + (m.span(),) for m in built.finditer(text)] == [
                m.groups() + (m.span(),) for m in usual.finditer(text)
            ], pattern


def test_a_preloaded_pattern_is_made_from_its_program_without_compiling(monkeypatch):
    from faurecli import patterns

    monkeypatch.setattr(patterns, "_PROGRAMS", {})

    source = r"\b(?P<year>(?:19|20)\d{2})\b"
    program = patterns._program(source, re.IGNORECASE)
    assert program is not None
    patterns.preload({(source, re.IGNORECASE): program})

    def refuse(*args: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(re, "compile", refuse)
    pattern = lazy(source, re.IGNORECASE)
    match = pattern.search("born in 1968")
    assert match is not None and match.group("year") == "1968"


@pytest.mark.parametrize("code", [b"", b"\x07\x00\x00\x00" * 5, bytes(range(40)), b"\xff" * 64])
def test_a_program_the_engine_refuses_is_compiled_as_usual(code, monkeypatch):
    # The programs come from the user's cache: the engine checks each before running it.
    from faurecli import patterns

    monkeypatch.setattr(patterns, "_PROGRAMS", {})

    source = r"a(b)c"
    patterns.preload({(source, 0): (0, code, 1, {}, (None, None))})
    pattern = lazy(source)
    assert pattern.search("xabc").group(1) == "b"  # type: ignore[union-attr]


def test_answering_makes_no_lazy_pattern_so_none_is_kept_per_claim(store):
    # Every lazy pattern is kept for the cache's programs: one made per call would grow with a
    # stream. Module-level ones only.
    from faurecli import patterns
    from faurecli.answers import ask
    from faurecli.verdicts import verify

    claims = ("The Socialist group backed him.", "Le groupe Nouvelle Gauche l'a soutenu.", "LFI is a party.")
    verify(store, "Faure was born in 1968")
    ask(store, "When was he born?")
    for claim in claims:  # (a module imported on the first path that needs it makes its own once)
        verify(store, claim)
    made = len(patterns._MADE)
    for claim in claims:
        verify(store, claim)
        ask(store, f"Is it true that {claim}")
    assert len(patterns._MADE) == made


def test_the_patterns_written_in_calls_of_re_are_read_from_the_source_not_run():
    from faurecli import patterns

    source = """
import re
def f(text, word):
    re.search(r"\\bun\\b", text)
    re.sub(r"\\s+", " ", text)
    re.split(r",\\s*", text, maxsplit=1)
    re.match(r"x", text, re.IGNORECASE | re.MULTILINE)
    re.findall(r"y", text, flags=re.I)
    re.search(rf"\\b{word}\\b", text)  # made per call: not kept
    re.sub(r"z", "", text, 0, flags)  # flags not written out: not kept
    raise SystemExit("never run")
"""
    assert patterns.written(source) == {
        (r"\bun\b", 0),
        (r"\s+", 0),
        (r",\s*", 0),
        ("x", re.IGNORECASE | re.MULTILINE),
        ("y", re.IGNORECASE),
    }


def test_a_written_pattern_with_a_program_is_in_res_cache_before_its_first_call(monkeypatch):
    # `re.search(pattern, …)` finds it made from its program: nothing is compiled.
    from faurecli import patterns

    source = r"(?P<day>\d{1,2}) (?P<month>[a-z]+) 19\d\d"
    program = patterns._program(source, re.IGNORECASE)
    assert program is not None
    re.purge()
    patterns.preload({}, {(source, re.IGNORECASE): program})

    def refuse(*args: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(re._compiler, "compile", refuse)  # type: ignore[attr-defined]
    found = re.search(source, "born 18 AUGUST 1968", re.IGNORECASE)
    assert found is not None and found.group("month") == "AUGUST"
    re.purge()


def test_no_module_binds_a_name_twice():
    # A second `_FOR_NAME = lazy(…)` in one module silently replaced the first (two developers'
    # patterns met in a merge) and one check read the other's pattern. A rebinding that extends
    # the name itself (`STOPWORDS = STOPWORDS | …`) is meant.
    import ast
    from collections import Counter
    from pathlib import Path

    import faurecli

    twice = []
    for path in sorted(Path(faurecli.__file__).parent.rglob("*.py")):
        bound: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value else set()
                bound += [t.id for t in targets if isinstance(t, ast.Name) and t.id not in used]
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                bound.append(node.name)
        twice += [f"{path.name}: {name}" for name, count in Counter(bound).items() if count > 1]
    assert twice == []


def test_a_written_pattern_may_be_a_name_the_module_binds_once_to_one_written_out():
    # `re.search(_SPEECH, claim)` compiled its pattern on the first claim of every run; json's
    # `re.compile(r"…", FLAGS)` on every --json. A name bound twice could be either: not read.
    from faurecli import patterns

    source = """
import re
_SAID = (r"\\bsaid\\b" r"|\\bdit\\b")
FLAGS = re.VERBOSE | re.MULTILINE
TWICE = r"a"
TWICE = r"b"
WHITESPACE = re.compile(r"[ \\t]*", FLAGS)
def f(text, local):
    re.search(_SAID, text)
    re.match(TWICE, text)
    re.search(local, text)
"""
    assert patterns.written(source) == {
        (r"\bsaid\b|\bdit\b", 0),
        (r"[ \t]*", re.VERBOSE | re.MULTILINE),
    }


def test_a_lazy_patterns_first_call_fills_the_slot_of_that_method_only():
    # Filling all eight was a fifth of the cost of a pattern's first use; each is filled on
    # its own first call, and is then the compiled pattern's own.
    from faurecli.patterns import Pattern

    pattern = lazy(r"\d+")
    assert pattern.search("a1") is not None

    def filled(name: str) -> bool:
        try:
            Pattern.__dict__[name].__get__(pattern, Pattern)
        except AttributeError:
            return False
        return True

    assert filled("search") and not filled("sub") and not filled("findall")
    assert pattern.sub("N", "a1 b22") == "aN bN" and filled("sub")
    assert pattern.sub.__self__ is pattern.search.__self__ is pattern._compiled  # type: ignore[attr-defined]


def test_a_written_pattern_is_made_from_its_program_only_when_re_first_looks_it_up(monkeypatch):
    # Making every written pattern when the cache was read cost ~3M instructions of each `ask`
    # and `verify` (callgrind); a run looks up a few dozen of the ~230.
    from faurecli import patterns

    source = r"(?P<year>(?:19|20)\d\d)\s+(?P<word>[a-z]+)"
    program = patterns._program(source, re.IGNORECASE)
    assert program is not None
    made: list[str] = []
    build = patterns._build
    monkeypatch.setattr(patterns, "_build", lambda text, given: made.append(text) or build(text, given))
    re.purge()
    patterns.preload({}, {(source, re.IGNORECASE): program})
    assert made == []  # nothing made before it is used

    def refuse(*args: object) -> None:
        raise AssertionError("compiled")

    with monkeypatch.context() as compiling:
        compiling.setattr(re._compiler, "compile", refuse)  # type: ignore[attr-defined]
        found = re.search(source, "in 2012 ELECTED", re.IGNORECASE)
        assert found is not None and found.group("word") == "ELECTED"
        assert re.search(source, "1968 born", re.IGNORECASE) is not None
    assert made == [source]  # made once, then kept in re's cache
    # Near miss: the same text with other flags, or one with no program, `re` compiles as before.
    assert re.search(source, "in 2012 ELECTED") is None and made == [source]
    assert re.search(r"q+z", "aqqz") is not None
    re.purge()


def test_a_written_program_the_engine_refuses_is_compiled_by_re_as_usual():
    from faurecli import patterns

    source = r"x(y)z"
    re.purge()
    patterns.preload({}, {(source, 0): (0, b"\xff" * 64, 1, {}, (None, None))})
    found = re.search(source, "wxyz")
    assert found is not None and found.group(1) == "y"
    re.purge()


def test_the_text_of_every_pattern_of_ask_and_verify_is_the_same_in_every_process():
    # The cache keeps a pattern's program by its text: a text made from a set in its hash
    # order (which changes with each process's string hashes) missed it, and was compiled in
    # every run that used it.
    import os
    import subprocess
    import sys

    script = (
        "import faurecli.answers, faurecli.verdicts, faurecli.held_back, faurecli.recall\n"
        "from faurecli import patterns\n"
        "print(sorted(repr((p.pattern, p.flags)) for p in patterns._MADE))\n"
    )
    texts = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(texts) == 1 and len(next(iter(texts))) > 10_000


def test_a_table_of_programs_is_read_one_program_at_a_time_and_checked(monkeypatch):
    # The cache's table (patterns.Programs) decodes a program only when its pattern asks for it,
    # keyed by a checksum: a pattern whose checksum another one has is not given that program.
    from faurecli import patterns

    first, second = r"\b(?:élu|elected)\s+(\d{4})", r"(?i)\bdeput(?:y|é)\b"
    table = {(first, 0): patterns._program(first, 0), (second, re.IGNORECASE): patterns._program(second, 2)}
    indexes, blob = patterns.Programs.pack({"lazy": table})
    programs = patterns.Programs(indexes["lazy"], blob)
    assert len(programs) == 2 and dict(programs.items()) == table and programs == table
    assert programs.get((second, re.IGNORECASE)) == table[(second, 2)]  # a RegexFlag is its int
    assert (first, re.IGNORECASE) not in programs and programs.get((first + " ", 0)) is None
    # Two patterns with one checksum: the one not packed is not given the other's program.
    monkeypatch.setattr(patterns, "_slot", lambda key: 7)
    assert programs.get((second, 2)) is None or programs.get((first, 0)) is None
    assert patterns.Programs({7: 0}, blob).get((second, 2)) is None


def test_a_program_that_cannot_be_read_is_compiled_as_usual(monkeypatch):
    from faurecli import patterns

    source = r"\bcongr[eè]s\s+d[e']\s*(\w+)"
    indexes, blob = patterns.Programs.pack({"lazy": {(source, 0): patterns._program(source, 0)}})
    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_KEPT", [])
    patterns.preload(patterns.Programs(indexes["lazy"], b"\x00" * len(blob)))  # a damaged file
    pattern = patterns.lazy(source)
    assert pattern.search("le congrès d'Aubervilliers").group(1) == "Aubervilliers"  # type: ignore[union-attr]


def _need_of_text(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    from re import _parser  # type: ignore[attr-defined]

    from faurecli import patterns

    return patterns._need(_parser.parse(pattern, flags))


def test_a_patterns_need_is_what_every_match_holds():
    # A lazy pattern is not made for a text lacking its need (a run of literal characters it
    # must match, or one of a branch's): each match holds all of it.
    assert _need_of_text(r"\b(?:élu|elected)\s+en\s+(\d{4})") == (("élu", "elected"), ("en",))
    assert _need_of_text(r"colou?rs+") == (("colo",), ("r",), ("s",))  # an optional part breaks a run
    assert _need_of_text(r"(?<!x)abc(?=y)|(?:abc)+z") == (("abc",),)  # not the lookarounds' own
    # A case-blind pattern needs its ASCII runs lowered, marked so (looked for in the text
    # lowered); a letter beyond ASCII ends a run ("É" may match more than "é").
    assert _need_of_text(r"Ab", re.IGNORECASE) == (("",), ("ab",)) == _need_of_text(r"(?i)aB")
    assert _need_of_text(r"(?i)\bÉlu\s+en\b") == (("",), ("lu",), ("en",))
    assert _need_of_text(r"(?i)\b(?:Elected|élu)\b") == (("",), ("elected", "lu"))
    # Near misses: nothing needed from a case-blind part of a case-sensitive pattern, a way with
    # no literal, a repeat that may match nothing, a case-blind pattern with no literal.
    assert _need_of_text(r"(?i:abc)def") == (("def",),)
    assert _need_of_text(r"(?i)\w+\s*\d") == ()
    assert _need_of_text(r"(?:abc|\d+)x") == (("x",),)
    assert _need_of_text(r"(?:abc)*[a-z]+") == ()


def test_every_pattern_of_ask_and_verify_matches_only_texts_holding_its_need(store):
    import faurecli.answers
    import faurecli.held_back
    import faurecli.verdicts  # noqa: F401
    from faurecli import patterns
    from faurecli.analysis import fold

    texts = [s.text for s in store.sentences] + [e.text for e in store.events]
    texts += [fold(t) for t in texts] + ["Il a été élu premier secrétaire au congrès d'Aubervilliers en 2018."]
    made = {(p.pattern, p.flags) for p in patterns._MADE}
    needed = 0
    for pattern, flags in sorted(made, key=repr):
        need = _need_of_text(pattern, flags)
        needed += bool(need)
        usual = re.compile(pattern, flags)
        for text in texts:
            if usual.search(text):
                seen = text.lower() if need and need[0] == ("",) else text  # (case-blind: lowered)
                assert all(any(part in seen for part in clause) for clause in need), (pattern, text)
    assert needed > len(made) // 2


def test_a_lazy_pattern_is_not_made_for_a_text_lacking_its_need(monkeypatch):
    # ~Half the patterns a cold `ask` used never met a text that could match; each was made
    # from its program (~50K instructions) all the same.
    from faurecli import patterns

    source = r"\bcongr[eè]s\s+d[e']\s*(\w+)"
    indexes, blob = patterns.Programs.pack({"lazy": {(source, 0): patterns._program(source, 0)}})
    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_KEPT", [])
    patterns.preload(patterns.Programs(indexes["lazy"], blob))
    made: list[str] = []
    build = patterns._build
    monkeypatch.setattr(patterns, "_build", lambda text, given: made.append(text) or build(text, given))
    pattern, usual = patterns.lazy(source), re.compile(source)
    text = "le conseil national d'Aubervilliers"  # no "congr"
    assert pattern.search(text) is None and pattern.match(text) is None and pattern.fullmatch(text) is None
    assert pattern.findall(text) == [] and list(pattern.finditer(text)) == [] and pattern.split(text) == [text]
    assert pattern.sub("X", text) == text and pattern.subn(lambda m: "X", text) == (text, 0)
    assert made == [] and pattern._compiled is None
    # Near misses: a text holding the need is matched by the pattern itself (made once, its
    # method then the pattern's own), whether or not it matches.
    assert pattern.search("le congres de ") is None and made == [source]
    found = pattern.search("au congrès d'Aubervilliers")
    assert found is not None and found.group(1) == "Aubervilliers"
    assert pattern.search.__self__ is pattern._compiled  # type: ignore[attr-defined]
    assert pattern.sub("X", "congres de Dijon") == usual.sub("X", "congres de Dijon") == "X" and made == [source]


def test_a_case_blind_pattern_is_not_made_for_a_text_lacking_its_need_in_any_case(monkeypatch):
    # (?i) patterns were a third of the patterns a cold `ask` made, each made on its first call.
    from faurecli import patterns

    source = r"(?i)\bpremier\s+ministre\b"
    indexes, blob = patterns.Programs.pack({"lazy": {(source, 0): patterns._program(source, 0)}})
    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_KEPT", [])
    patterns.preload(patterns.Programs(indexes["lazy"], blob))
    pattern, usual = patterns.lazy(source), re.compile(source)
    text = "Le Maire de Boissy"
    assert pattern.search(text) is None and pattern.sub("X", text) == text and pattern._compiled is None
    # Near misses: the words in capitals are matched (the pattern made); so are letters re
    # matches to ASCII ones that lowering does not give (ſ for s, ı for i, the Kelvin sign).
    for said in ("Il fut PREMIER MINISTRE.", "Premier miniſtre", "premier mınıstre"):
        assert pattern.search(said) is not None and usual.search(said) is not None
        assert pattern._compiled is not None
    other = patterns.lazy(r"(?i)\bkind\b")
    assert other.search("a \u212aind word") is not None


def test_a_lazy_pattern_checked_often_is_made_and_goes_straight_to_re(monkeypatch):
    # A stream calls each pattern thousands of times: after _GUARDED_CALLS calls it is made.
    from faurecli import patterns

    source = r"\bdeputy\s+for\s+(\w+)"
    indexes, blob = patterns.Programs.pack({"lazy": {(source, 0): patterns._program(source, 0)}})
    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_KEPT", [])
    patterns.preload(patterns.Programs(indexes["lazy"], blob))
    pattern = patterns.lazy(source)
    for _ in range(patterns._GUARDED_CALLS):
        assert pattern.search("no such word") is None
    assert pattern._compiled is None
    assert pattern.search("no such word") is None and pattern._compiled is not None
    assert pattern.search.__self__ is pattern._compiled  # type: ignore[attr-defined]
    # Near miss: a pattern with no need (no literal) is made on its first call.
    blind = r"\b\d+\b"
    indexes, blob = patterns.Programs.pack({"lazy": {(blind, re.I): patterns._program(blind, re.I)}})
    patterns.preload(patterns.Programs(indexes["lazy"], blob))
    other = patterns.lazy(blind, re.I)
    assert other.search("none") is None and other._compiled is not None


def test_lazy_is_the_pattern_class_itself() -> None:
    # (No function between: ~1,400 patterns are made at import, a frame each.)
    from faurecli import patterns

    made = patterns.lazy(r"\belu\b", re.I)
    assert isinstance(made, patterns.Pattern) and (made.pattern, made.flags) == (r"\belu\b", re.I)
    assert made._compiled is None and made in patterns._MADE
    # Near miss: no flags given is re's 0.
    assert patterns.lazy(r"x").flags == 0


def test_the_startup_table_makes_str_and_bytes_patterns_as_re_compiles_them(monkeypatch):
    # What `re` compiled (a str and a bytes pattern, each with flags) is made from its program in
    # a later run, and matches as the compiled one does.
    import re

    from faurecli import patterns

    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(patterns, "_WRITTEN", {})
    monkeypatch.setattr(patterns, "_WRITTEN_KEPT", [])
    monkeypatch.setattr(patterns, "_STARTUP", {})
    text_pattern, byte_pattern = r"(?P<year>\d{4})\s+élu", rb"(GLIBC_([0-9.]+))|(libc\.so)"
    usual_text, usual_bytes = re.compile(text_pattern, re.I), re.compile(byte_pattern)
    table = patterns.compiled_by_re()
    assert set(table) == {(text_pattern, int(re.I)), (byte_pattern, 0)}
    monkeypatch.setattr(re, "_cache", {})  # a new run: nothing compiled yet
    patterns.seed_startup(table)
    made_text, made_bytes = re.compile(text_pattern, re.I), re.compile(byte_pattern)
    assert (made_text.pattern, made_text.flags, made_text.groupindex) == (text_pattern, usual_text.flags, {"year": 1})
    assert made_text.search("En 2012 ÉLU").group("year") == "2012"
    assert (made_bytes.pattern, made_bytes.groups) == (byte_pattern, usual_bytes.groups)
    assert made_bytes.search(b"x GLIBC_2.34 y").group(2) == b"2.34"
    assert made_bytes.search(b"musl") is None


def test_a_startup_program_the_engine_refuses_leaves_the_pattern_to_re(monkeypatch):
    # Near miss: a program the engine will not take (not its code: a table from another build,
    # or damaged) makes nothing; `re` compiles the pattern itself, which matches as written.
    import array
    import re

    from faurecli import patterns

    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(patterns, "_WRITTEN", {})
    monkeypatch.setattr(patterns, "_WRITTEN_KEPT", [])
    monkeypatch.setattr(patterns, "_STARTUP", {})
    garbage = array.array(patterns._WORD, [999_999, 7, 0xFFFF]).tobytes()
    patterns.seed_startup({(r"mayor", 0): (0, garbage, 0, {}, ()), (rb"minister", 0): (0, garbage, 0, {}, ())})
    assert re.search(r"mayor", "the mayor of Paris") is not None
    assert re.search(r"mayor", "the deputy") is None
    assert re.search(rb"minister", b"a minister") is not None
    assert re.search(rb"minister", b"a senator") is None
