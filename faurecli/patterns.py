"""Regular expressions compiled when first used, not when their module is imported: `ask` and
`verify` hold about four hundred, and one run uses a few dozen.

Compiling is mostly Python (the `re` parser and code generator) and was about a fifth of a
`verify` run (~70M of 380M instructions, callgrind): the engine's program for each pattern,
a list of integers, is what that work makes. `programs()` gives the programs of every pattern
made so far, for the cache to keep (faurecli.cache.load_programs); `preload()` hands them back
in a later run, and a pattern with a program is built by the engine directly. The engine
checks a program before it runs one; a pattern without one (or whose program the engine
refuses) is compiled as usual."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (no stub: re.compile hands it its programs)
import marshal
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")

# (pattern, flags) -> (final flags, code as bytes, groups, group index, index group): the
# arguments `re` passes to the engine, its code packed in machine words.
Program = tuple[int, bytes, int, dict[str, int], tuple["str | None", ...]]

# What a text must hold for a pattern to match anywhere in it: each clause a tuple of literals,
# one of which at least is in the text (see _need).
Need = tuple[tuple[str, ...], ...]

_MADE: list[Pattern] = []
_PROGRAMS: dict[tuple[str, int], Program] = {}
# The need of each pattern whose program this process made (_program), for Programs.pack.
_NEEDS: dict[tuple[str, int], Need] = {}
# Tables preloaded as they were read from the cache (Programs), looked up after _PROGRAMS.
_KEPT: list[Mapping[tuple[str, int], Program]] = []


class Programs(Mapping[tuple[str, int], Program]):
    """A table of programs read on demand from the cache file's bytes: each program marshalled
    apart (with its pattern and flags) in one blob, and an index from a checksum of each
    pattern to where its program starts. A run uses ~300 of ~1,400; unpickling them all (~1.2
    MB of code, a tuple, a dict and a tuple each, keyed by their patterns' text) was ~9M
    instructions of every `ask` and `verify` (callgrind); the index of integers costs a tenth
    of that. A program whose pattern is not the one asked for (two checksums alike) or that
    cannot be read is not there: its pattern is compiled as usual."""

    __slots__ = ("_index", "_blob")

    def __init__(self, index: dict[int, int], blob: bytes | memoryview) -> None:
        self._index, self._blob = index, memoryview(blob)

    @staticmethod
    def pack(tables: Mapping[str, Mapping[tuple[str, int], Program]]) -> tuple[dict[str, dict[int, int]], bytes]:
        """The index of each of `tables` and the one blob they index."""
        indexes: dict[str, dict[int, int]] = {}
        parts: list[bytes] = []
        at = 0
        for name, table in tables.items():
            index = indexes[name] = {}
            for key, program in table.items():
                slot = _slot(key)
                if slot in index:  # (two patterns with one checksum: the second is compiled)
                    continue
                # (Flags as plain ints: marshal takes no RegexFlag.)
                # (A small pattern is made for less than its need costs to keep and check.)
                need = _NEEDS.get((key[0], int(key[1])), ()) if len(program[1]) >= _GUARDED_SIZE else ()
                part = marshal.dumps((key[0], int(key[1]), (int(program[0]), *program[1:]), need))
                index[slot], at = at, at + len(part)
                parts.append(part)
        return indexes, b"".join(parts)

    def get(self, key: tuple[str, int], default: Any = None) -> Any:
        entry = self.entry(key)
        return default if entry is None else entry[0]

    def entry(self, key: tuple[str, int]) -> tuple[Program, Need] | None:
        """The program of `key` and its need (see _need), or None."""
        at = self._index.get(_slot(key))
        if at is None:
            return None
        try:
            # (marshal reads one value, the program's, and not what follows it in the blob; it
            # is cheaper than a pickle for one small tuple. Only the trusted cache file's bytes
            # are read: see faurecli.cache.)
            pattern, flags, program, need = marshal.loads(self._blob[at:])
        except Exception:
            return None
        return (program, need) if (pattern, flags) == key else None

    def __getitem__(self, key: tuple[str, int]) -> Program:
        program: Program | None = self.get(key)
        if program is None:
            raise KeyError(key)
        return program

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and self.get(key) is not None

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for at in self._index.values():
            pattern, flags, *_ = marshal.loads(self._blob[at:])
            yield pattern, flags

    def __len__(self) -> int:
        return len(self._index)


def _slot(key: tuple[str, int]) -> int:
    """Where `Programs` indexes the program of `key`: a checksum of its pattern, and its flags."""
    pattern, flags = key
    return zlib.crc32(pattern.encode("utf-8", "surrogatepass")) << 16 | int(flags) & 0xFFFF


def _stored(key: tuple[str, int], kept: list[Mapping[tuple[str, int], Program]]) -> Program | None:
    """The program of `key` in the first of the `kept` tables that holds it."""
    for table in kept:
        program: Program | None = table.get(key)
        if program is not None:
            return program
    return None


class Pattern:
    """A lazily compiled `re.Pattern[str]`: the same methods, compiled on the first call.

    Until then the methods are missing, and `__getattr__` compiles the pattern and stores the
    bound method asked for in its slot: every later call goes straight to `re` (`verify` makes
    about sixty a claim, and a Python wrapper around each cost ~5% of a stream)."""

    __slots__ = ("pattern", "flags", "_compiled", "_need", "_program", "_left", *_METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[str | Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self._need: Need | None = None  # (None: not looked up yet)
        self._program: Program | None = None
        self._left = _GUARDED_CALLS
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            key = (self.pattern, self.flags)
            program = self._program or _PROGRAMS.get(key) or _stored(key, _KEPT)
            made = _build(self.pattern, program) if program else None
            self._compiled = made or re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached while a method's slot is empty: the first call of that method. Only its
        # slot is filled: most patterns use one or two of the eight, and filling all eight was
        # a fifth of the cost of a pattern's first use (~180 of them in a cold `ask`).
        if name not in _METHODS:
            raise AttributeError(name)
        if self._compiled is None and self._left > 0:
            guard = self._guarded(name)
            if guard is not None:
                setattr(self, name, guard)
                return guard
        method = getattr(self.compiled(), name)
        setattr(self, name, method)
        return method

    def _guarded(self, name: str) -> Callable[..., Any] | None:
        """The method `name` until the pattern is made: a call on a text that lacks what any
        match needs (_need: a literal, or one of a branch's) returns what a match-less call
        returns, and the pattern is not made; any other call makes it and puts the pattern's
        own method in the slot. Making a pattern from its program is ~50K instructions, and
        half of the ~250 patterns a cold `ask` used never met a text that could match
        (callgrind). After _GUARDED_CALLS calls the pattern is made anyway: a stream goes
        straight to `re`, as before. None when the pattern has no need (or none is known: no
        cache)."""
        need = self._need
        if need is None:
            need, self._program = _need_of((self.pattern, self.flags))
            self._need = need
        if not need or (self._program is not None and len(self._program[1]) < _GUARDED_SIZE):
            return None
        at, nothing = _TEXT_AT[name], _NOTHING[name]
        blind = need[0] == _BLIND

        def call(*args: Any, **kwargs: Any) -> Any:
            if self._left > 0 and len(args) > at:
                self._left -= 1
                text = args[at]
                if type(text) is str and (at == 0 or isinstance(args[0], str) or callable(args[0])):
                    if blind:
                        # (A case-blind need is met in the text lowered, unless the text holds a
                        # letter `re` matches to an ASCII one that lowering does not give: İ ı ſ K.)
                        text = None if _folds_to_ascii(text) else text.lower()
                    try:
                        for clause in need if text is not None else ():
                            for part in clause:
                                if part in text:
                                    break
                            else:
                                return nothing(args[at])
                    except TypeError:  # (a need that is not tuples of strings: none)
                        pass
            method = getattr(self.compiled(), name)
            setattr(self, name, method)
            return method(*args, **kwargs)

        return call


# Calls of a lazy pattern checked against its need before it is made (Pattern._guarded).
_GUARDED_CALLS = 32
# The first clause of a case-blind pattern's need (a clause every text meets, so a reader that
# does not know it is still right): its literals are lower-case ASCII, to be looked for in the
# text lowered (see _need).
_BLIND: tuple[str, ...] = ("",)


def _folds_to_ascii(text: str) -> bool:
    """Whether `text` holds a letter that a case-blind pattern matches to an ASCII letter while
    str.lower() does not make it that letter: İ (U+0130, lowered "i̇"), ı, ſ and the Kelvin sign
    (re matches them to i, i, s and k). No other character outside ASCII does (checked over every
    code point against each ASCII letter)."""
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text or "\u212a" in text)


_GUARDED_SIZE = 0
# Where each method takes its text (sub and subn take the replacement first), and what it
# returns for a text it cannot match: the same as `re`'s (sub returns the text itself).
_TEXT_AT = {"search": 0, "match": 0, "fullmatch": 0, "finditer": 0, "findall": 0, "split": 0, "sub": 1, "subn": 1}
_NOTHING: dict[str, Callable[[str], Any]] = {
    "search": lambda text: None,
    "match": lambda text: None,
    "fullmatch": lambda text: None,
    "finditer": lambda text: iter(()),
    "findall": lambda text: [],
    "split": lambda text: [text],
    "sub": lambda text: text,
    "subn": lambda text: (text, 0),
}


def _need_of(key: tuple[str, int]) -> tuple[Need, Program | None]:
    """The need of `key` (see _need) and its program, from this process or the cache; no need
    where neither holds one."""
    need = _NEEDS.get(key)
    if need is not None:
        return need, _PROGRAMS.get(key)
    for table in _KEPT:
        entry = table.entry(key) if isinstance(table, Programs) else None
        if entry is not None:
            # (Read from the trusted cache file, as its program is; one that is not tuples of
            # strings makes the pattern when it is first called: see Pattern._guarded.)
            program, need = entry
            return need if type(need) is tuple else (), program
    return (), None


def _need(parsed: Any) -> Need:
    """What a text must hold for the parsed pattern to match anywhere in it: each run of
    literal characters the pattern must match (outside any optional part, lookaround or
    case-blind part), and for a branch each of whose ways has one, those (one at least; at
    most _NEED_WAYS of them, else a check would cost more than it saves). A case-blind pattern
    ((?i) over the whole) needs its ASCII runs lowered, in the text lowered: its need opens with
    _BLIND (a character outside ASCII ends a run: "É" may be matched by more than "é")."""
    from re import _constants as sre  # type: ignore[attr-defined]

    blind = bool(parsed.state.flags & sre.SRE_FLAG_IGNORECASE)
    clauses: list[tuple[str, ...]] = []

    def read(items: Any, out: list[tuple[str, ...]]) -> None:
        run: list[str] = []
        for op, av in items:
            if op is sre.LITERAL and not (blind and av > 0x7F):
                # (In a case-blind pattern a part made case-sensitive, "(?-i:SG)", is lowered
                # too: what the text holds, its lowering holds lowered.)
                run.append(chr(av).lower() if blind else chr(av))
                continue
            if run:
                out.append(("".join(run),))
                run = []
            if op is sre.SUBPATTERN:
                if not av[1] & sre.SRE_FLAG_IGNORECASE:  # (av: group, flags added, removed, items)
                    read(av[3], out)
            elif op is sre.ATOMIC_GROUP:
                read(av, out)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                if av[0] >= 1:  # (av: least, most, items) matched once at least
                    read(av[2], out)
            elif op is sre.BRANCH:  # (av: None, the ways)
                ways = [way_literal(way) for way in av[1]]
                if ways and all(ways) and len(set(ways)) <= _NEED_WAYS:
                    out.append(tuple(dict.fromkeys(ways)))
        if run:
            out.append(("".join(run),))

    def way_literal(way: Any) -> str:
        """The longest literal a way of a branch needs alone; "" if none."""
        found: list[tuple[str, ...]] = []
        read(way, found)
        return max((clause[0] for clause in found if len(clause) == 1), key=len, default="")

    read(parsed, clauses)
    if blind and clauses:
        return (_BLIND, *dict.fromkeys(clauses))
    return tuple(dict.fromkeys(clauses))


_NEED_WAYS = 64


# lazy(pattern, flags=0): `re.compile(pattern, flags)`, compiled on first use. For module-level
# patterns: each is kept (its program goes to the cache), so a pattern made per call is
# `re.compile`'s. The class itself, not a function calling it: ask's modules make ~1,400
# patterns at import, and a Python frame more for each was ~1M instructions (callgrind).
lazy = Pattern


def engine() -> str:
    """What a program is valid for: this Python and its regular-expression engine."""
    return f"{sys.version} sre {_sre.MAGIC} {_sre.CODESIZE}"


def programs() -> dict[tuple[str, int], Program]:
    """The program of every lazy pattern made so far (those of the modules imported)."""
    table: dict[tuple[str, int], Program] = {}
    for made in _MADE:
        key = (made.pattern, made.flags)
        if key not in table and (program := _program(*key)) is not None:
            table[key] = program
    return table


def preload(table: Mapping[tuple[str, int], Program], written: Mapping[tuple[str, int], Program] | None = None) -> None:
    """Use `table` (from `programs()` in an earlier run) for the patterns not compiled yet, and
    put the patterns of `written` (from `programs_written()`) in `re`'s own cache. A `Programs`
    table is kept as it is, read as patterns need it."""
    if isinstance(table, Programs):
        _KEPT.append(table)
    else:
        _PROGRAMS.update(table)
    if written:
        _seed(written)


# The functions of `re` that compile their pattern, and how many arguments come before their
# flags (re.sub(pattern, repl, string, count, flags)).
_FLAGS_AT = {
    "search": 2,
    "match": 2,
    "fullmatch": 2,
    "finditer": 2,
    "findall": 2,
    "split": 3,
    "sub": 4,
    "subn": 4,
    "compile": 1,
}


def written(source: str) -> set[tuple[str, int]]:
    """The patterns written out in calls of `re`'s functions in `source` (Python code, parsed,
    never run): `re.search(r"…", text)` in a function compiles its pattern on its first call of
    a run (~0.1 ms each, a few dozen a run). Only those whose flags are written out too. A
    pattern or flags may be a name the module binds once, at its top, to one written out
    (`_SPEECH = "…"`, then `re.search(_SPEECH, claim)`; json's `FLAGS = re.VERBOSE | …`)."""
    import ast

    tree = ast.parse(source)
    bound: dict[str, list[ast.expr]] = {}
    for top in tree.body:
        if isinstance(top, ast.Assign) and len(top.targets) == 1 and isinstance(top.targets[0], ast.Name):
            bound.setdefault(top.targets[0].id, []).append(top.value)
        elif isinstance(top, ast.AnnAssign | ast.AugAssign) and isinstance(top.target, ast.Name):
            bound.setdefault(top.target.id, []).append(top.value or top.target)
    # A name bound twice could be either value when the call runs: not read.
    constants = {name: values[0] for name, values in bound.items() if len(values) == 1}
    found: set[tuple[str, int]] = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _FLAGS_AT
            and node.args
        ):
            continue
        first = node.args[0]
        if isinstance(first, ast.Name):
            first = constants.get(first.id, first)
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        given = [k.value for k in node.keywords if k.arg == "flags"] + node.args[_FLAGS_AT[node.func.attr] :]
        flags = _flags(given[0], constants) if len(given) == 1 else 0 if not given else None
        if flags is not None:
            found.add((first.value, flags))
    return found


def _flags(node: Any, constants: dict[str, Any] | None = None) -> int | None:
    """The value of flags written as `re.I` or `re.I | re.M` (or a name `constants` binds to
    such); None for anything else."""
    import ast

    if isinstance(node, ast.Name) and constants and node.id in constants:
        return _flags(constants[node.id])
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        value = getattr(re, node.attr, None)
        return int(value) if isinstance(value, re.RegexFlag) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _flags(node.left, constants), _flags(node.right, constants)
        return None if left is None or right is None else left | right
    return None


def programs_written(sources: list[str]) -> dict[tuple[str, int], Program]:
    """The programs of the patterns written out in `sources` (see `written`)."""
    table: dict[tuple[str, int], Program] = {}
    for source in sources:
        for key in sorted(written(source)):
            if key not in table and (program := _program(*key)) is not None:
                table[key] = program
    return table


def _seed(table: Mapping[tuple[str, int], Program]) -> None:
    """Let `re`'s cache make the patterns of `table` from their programs, each when `re` first
    looks it up (`re.search(pattern, …)` looks there before it compiles): the dict `re` reads
    with `cache[type, text, flags]` (`re._cache2` where there is one, Python 3.12 on, else
    `re._cache`) becomes a `_Seeded` dict holding what it held, whose __missing__ makes them.
    Made on use, not all at once: a run uses a few dozen of the ~230 (~3M instructions of
    every `ask` and `verify`, callgrind). Left alone where it is not a plain dict."""
    name = "_cache2" if hasattr(re, "_cache2") else "_cache"
    kept = getattr(re, name, None)
    room = getattr(re, "_MAXCACHE2" if name == "_cache2" else "_MAXCACHE", None)
    if not isinstance(room, int):
        return
    if type(kept) is dict:
        setattr(re, name, _Seeded(kept, room=room))
    elif not isinstance(kept, _Seeded):
        return
    if isinstance(table, Programs):
        _WRITTEN_KEPT.append(table)
    else:
        _WRITTEN.update(table)


_WRITTEN: dict[tuple[str, int], Program] = {}
# The bytes patterns of seed_startup's table (its str ones go to _WRITTEN).
_STARTUP: dict[tuple[bytes, int], Program] = {}
_WRITTEN_KEPT: list[Mapping[tuple[str, int], Program]] = []


class _Seeded(dict[Any, Any]):
    """`re`'s cache, which makes a written pattern from its program (`_WRITTEN`) the first time
    `re` misses it; any other miss is `re`'s, which compiles and keeps the pattern as usual."""

    __slots__ = ("room",)

    def __init__(self, kept: dict[Any, Any], *, room: int) -> None:
        super().__init__(kept)
        self.room = room

    def __missing__(self, key: Any) -> re.Pattern[str]:
        kind, pattern, flags = key
        program = (
            (_WRITTEN.get((pattern, flags)) or _stored((pattern, flags), _WRITTEN_KEPT))
            if kind is str
            else _STARTUP.get((pattern, flags))
            if kind is bytes
            else None
        )
        made = _build(pattern, program) if program else None
        if made is None or made.pattern != pattern:
            raise KeyError(key)
        if len(self) < self.room:  # (when it is full, `re` drops the oldest as it keeps the next)
            self[key] = made
        return made


# The engine's code words, as memoryview and array name them.
_WORD: Literal["H", "I", "Q"] = "I" if _sre.CODESIZE == 4 else "Q" if _sre.CODESIZE == 8 else "H"


def _build(pattern: str, program: Program) -> re.Pattern[str] | None:
    """The pattern made by the engine from `program`, or None if it refuses it."""
    flags, code, groups, groupindex, indexgroup = program
    try:
        made: re.Pattern[str] = _sre.compile(
            pattern, flags, memoryview(code).cast(_WORD).tolist(), groups, groupindex, indexgroup
        )
    except Exception:  # another engine's program, or not one at all
        return None
    return made


def _program(pattern: str, flags: int) -> Program | None:
    """What `re.compile(pattern, flags)` hands the engine, made by the same two steps (parse,
    generate code) of Python 3.10 to 3.13; None where those steps are not there to call, or
    the pattern the program makes differs from `re.compile`'s."""
    from array import array
    from importlib import import_module

    try:
        try:
            parser, compiler = import_module("re._parser"), import_module("re._compiler")
        except ImportError:  # Python 3.10
            parser, compiler = import_module("sre_parse"), import_module("sre_compile")
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, number in state.groupdict.items():
            indexgroup[number] = name
        program: Program = (
            flags | state.flags,
            array(_WORD, code).tobytes(),
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
    except Exception:
        return None
    made, usual = _build(pattern, program), re.compile(pattern, flags)
    if made is None or (made.flags, made.groups, made.groupindex) != (usual.flags, usual.groups, usual.groupindex):
        return None
    try:
        _NEEDS[(pattern, int(flags))] = _need(parsed)
    except Exception:  # (a construct this Python's parser gives otherwise: no need, never a wrong one)
        _NEEDS[(pattern, int(flags))] = ()
    return program


def seed_startup(table: Mapping[tuple[str | bytes, int], Program]) -> None:
    """Let `re`'s cache make the patterns of `table` (from `compiled_by_re()` in an earlier
    run: str or bytes) from their programs, as `_seed` does: the standard library's modules that
    Typer imports (platform, tokenize, gettext …) compile ~15 patterns at import, ~12M
    instructions of a 384M `ask --json` (callgrind); each is made from its program on its first
    lookup instead, and one the engine refuses (or whose text differs) is compiled as usual."""
    _seed({key: program for key, program in table.items() if type(key[0]) is str})  # type: ignore[misc]
    _STARTUP.update({key: program for key, program in table.items() if type(key[0]) is bytes})  # type: ignore[misc]


def compiled_by_re() -> dict[tuple[str | bytes, int], Program]:
    """The program of each pattern in `re`'s cache that `re` compiled itself (str or bytes),
    for seed_startup in a later run; one whose program cannot be made is left out."""
    name = "_cache2" if hasattr(re, "_cache2") else "_cache"
    table: dict[tuple[str | bytes, int], Program] = {}
    for key in list(getattr(re, name, {})):
        if not (isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes) and type(key[2]) is int):
            continue
        program = _program(key[1], key[2])
        if program is not None:
            table[(key[1], key[2])] = (int(program[0]), *program[1:])  # (marshal takes no RegexFlag)
    return table
