"""A cache of the parsed store (and its search index) in the user's cache directory.

Parsing TOML is most of the work of a lookup on a large store; a pickle of the result loads
many times faster. The cache is never required: anything wrong with it (absent, stale,
corrupt, from another version, unwritable, untrusted) means the store is parsed as if it were
not there.

Trust: unpickling runs code, so a cache file is read only when nobody but the user running
faure (or root) could have written it: the file and its directory are owned by that user and
writable by no one else, the file is a regular file reached without a symbolic link, and the
directory is created 0700 whatever the umask. Anything else is ignored, never read.

Freshness: the store file is read once, and everything (the store, the index) is keyed on a
hash of those bytes: a change that keeps the size and puts the modification time back, or a
rewrite between reading the store and building its index, cannot bring back an old answer.
The code is part of the key too, derived rather than versioned by hand: each cache file names
the modules whose classes it holds (found while pickling) and those that built it, with the
size and modification time of each one's source, as Python's own .pyc files do; a change to
any of them makes the file stale.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

# The C pickler itself: `pickle`, its pure-Python wrapper, costs ~3 ms of every run to import
# (benchmarks/startup.py); `_pickle` ~0.6 ms, and it is what pickle.loads calls anyway.
try:
    import _pickle as pickle
except ImportError:  # a Python without the C accelerator
    import pickle  # type: ignore[no-redef]

from faurecli import __version__
from faurecli.model import Store
from faurecli.store import SCHEMA_VERSION, parse_store, read_bytes
from faurecli.trust import cache_root, owned, read_trusted

if TYPE_CHECKING:
    from faurecli.evidence import Built
    from faurecli.patterns import Program
    from faurecli.search import Index

T = TypeVar("T")


class Snapshot:
    """One reading of a store file: its path, its bytes and their digest. The store and its
    index are both built from, and cached under, the same snapshot."""

    __slots__ = ("path", "data", "_digest")

    def __init__(self, path: Path, data: bytes) -> None:
        self.path, self.data, self._digest = path, data, ""

    @property
    def digest(self) -> str:
        """A hash of the bytes (computed when first asked: a run without a cache needs none)."""
        if not self._digest:
            self._digest = _digest(self.data)
        return self._digest


def _digest(data: bytes) -> str:
    try:
        # The C module behind hashlib.blake2b, without hashlib's import (~4 ms, for OpenSSL).
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - an interpreter built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=20).hexdigest()


def snapshot(path: Path) -> Snapshot:
    """Read the store file once (a StoreError if it cannot be: see store.read_bytes)."""
    return Snapshot(path, read_bytes(path))


Code = tuple[tuple[str, int, int], ...]


def _code(modules: Iterable[str]) -> Code:
    """(module, size, modification time) of each module's source file, as the key of what the
    modules made; a module without one (not found, not a file) has (-1, -1)."""
    found = []
    for name in sorted(set(modules)):
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if path is None and name.startswith("faurecli."):  # not imported in this run
            path = os.path.join(os.path.dirname(__file__), *name.split(".")[1:]) + ".py"
        try:
            info = os.stat(path) if path else None
        except OSError:
            info = None
        found.append((name, info.st_size, info.st_mtime_ns) if info else (name, -1, -1))
    return tuple(found)


_PROTOCOL = 5  # pickle.HIGHEST_PROTOCOL since Python 3.8


class _Pickler(pickle.Pickler):
    """A pickler that notes the module of every object's class it writes."""

    def __init__(self, file: IO[bytes]) -> None:
        super().__init__(file, protocol=_PROTOCOL)
        self.modules: set[str] = set()

    def reducer_override(self, obj: object) -> Any:
        self.modules.add(type(obj).__module__)
        return NotImplemented


def cache_dir(environ: Mapping[str, str]) -> Path | None:
    """Where the cache lives ($XDG_CACHE_HOME/faure, else ~/.cache/faure), or None if nowhere."""
    root = cache_root(environ)
    return Path(root) if root is not None else None


def _key(source: Snapshot, also: bytes) -> tuple[str, ...]:
    """What must match, beside the code, for a cached value to be current: the store's contents
    (and the second text it was built from), faure's version and the schema's."""
    return (source.digest, _digest(also) if also else "", __version__, str(SCHEMA_VERSION))


def trusted_dir(directory: Path, *, create: bool) -> bool:
    """Whether `directory` may hold the cache (see the module's trust rule); with `create`,
    make it (0700, whatever the umask) if it is missing."""
    try:
        info = os.stat(directory)
    except FileNotFoundError:
        if not create:
            return False
        try:
            directory.parent.mkdir(parents=True, exist_ok=True)
            os.mkdir(directory, 0o700)
            os.chmod(directory, 0o700)  # mkdir's mode is filtered by the umask: say it exactly
            info = os.stat(directory)
        except OSError:
            return False
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and owned(info)


def _cached(
    directory: Path | None,
    source: Snapshot,
    kind: str,
    expected: type[T],
    build: Callable[[], T],
    *,
    builders: tuple[str, ...],
    also: bytes = b"",
) -> T:
    """The value `build` makes from `source`, from the cache file of `kind` when its key
    matches: the store (and `also`, a second text it is built from), and the code (the
    `builders` modules and those of the classes in the file)."""
    if directory is None or not trusted_dir(directory, create=True):
        return build()
    # One file per store path and kind, overwritten when stale, so the cache does not grow. The
    # name needs no strong hash: the key inside is checked.
    name = os.path.abspath(source.path)
    file = directory / f"{kind}-{zlib.crc32(name.encode('utf-8', 'surrogateescape')):08x}.pickle"
    return _kept(file, _key(source, also), expected, build, builders)


def _kept(file: Path, key: tuple[str, ...], expected: type[T], build: Callable[[], T], builders: tuple[str, ...]) -> T:
    """The value in `file` when its key and code match, else `build()`, written there."""
    data = read_trusted(file)
    if data is not None:
        try:
            # The header first: the value is unpickled only when the key and the code match.
            stored_key, code, payload = pickle.loads(data)
            if stored_key == key and code == _code(module for module, _, _ in code):
                value = pickle.loads(payload)
                if isinstance(value, expected):
                    return value
        except Exception:
            pass  # a truncated or foreign cache file is simply absent
    value = build()
    _write(file, key, value, builders)
    return value


def _write(file: Path, key: tuple[str, ...], value: object, builders: tuple[str, ...], *, tail: bytes = b"") -> None:
    """Write the key, the code and the value (then `tail`, bytes read where they lie)
    atomically (a temporary file, 0600, renamed into place); give up quietly if we cannot."""
    import io
    import tempfile

    try:
        buffer = io.BytesIO()
        pickler = _Pickler(buffer)
        pickler.dump(value)
        code = _code({*builders, *pickler.modules} - {"builtins"})
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((key, code, buffer.getvalue()), out, protocol=_PROTOCOL)
                out.write(tail)
            os.replace(temporary, file)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, RecursionError, pickle.PicklingError):
        pass


def load(source: Path | Snapshot, directory: Path | None) -> Store:
    """The store at `source` (a path, or a snapshot of it), from the cache in `directory` when
    it is fresh (None: no cache)."""
    if not isinstance(source, Snapshot):
        source = snapshot(source)
    taken = source

    def build() -> Store:
        return parse_store(taken.data, taken.path)

    return _cached(directory, taken, "store", Store, build, builders=("faurecli.store",))


def load_index(source: Snapshot, store: Store, directory: Path | None) -> Index:
    """The search index of `store`, which was built from `source`; cached under that same
    snapshot, never under a second reading of the file."""
    from faurecli.search import Index, build_index
    from faurecli.store import packaged_store_path

    # The store's own vocabulary (a vocabulary.toml beside it, as `faure check` reads it), else
    # the one shipped with faure; read once: its bytes key the index and, on a miss, build it
    # (faurecli.vocabulary is imported only then).
    path = source.path.parent / "vocabulary.toml"
    if not path.is_file():
        path = packaged_store_path().parent / "vocabulary.toml"
    try:
        vocabulary = path.read_bytes()
    except OSError:
        vocabulary = b""

    def build() -> Index:
        from faurecli.vocabulary import read_vocabulary

        return build_index(store, read_vocabulary(vocabulary, where=path.name))

    builders = ("faurecli.search", "faurecli.vocabulary", "faurecli.dates")
    return _cached(directory, source, "index", Index, build, builders=builders, also=vocabulary)


def load_built(source: Snapshot, store: Store, directory: Path | None) -> Built:
    """What `ask` and `verify` build from `store`, which was built from `source`; cached under
    that same snapshot, like the index."""
    from faurecli.evidence import Built, build

    builders = ("faurecli.evidence", "faurecli.analysis", "faurecli.lexicon", "faurecli.dates", "faurecli.recall")
    return _cached(directory, source, "evidence", Built, lambda: build(store), builders=builders)


def load_vocabulary_names(directory: Path | None) -> dict[str, tuple[str, ...]]:
    """recall.vocabulary_names() of the vocabulary shipped with faure, from the cache in
    `directory` when it was made from the same bytes by the same code. The file is read once:
    its bytes key the value and, on a miss, make it."""
    from faurecli.recall import vocabulary_names
    from faurecli.vocabulary import packaged_vocabulary_path

    path = packaged_vocabulary_path()
    try:
        data = path.read_bytes()
    except OSError:
        return vocabulary_names()  # (as recall reads it: {} when it cannot be read)
    if directory is None or not trusted_dir(directory, create=True):
        return vocabulary_names(data)
    name = os.path.abspath(path)
    file = directory / f"names-{zlib.crc32(name.encode('utf-8', 'surrogateescape')):08x}.pickle"
    key = ("vocabulary names", _digest(data), __version__)
    builders = ("faurecli.recall", "faurecli.vocabulary")
    return _kept(file, key, dict, lambda: vocabulary_names(data), builders)


def load_programs(directory: Path | None) -> dict[str, Mapping[tuple[str, int], Program]]:
    """The regular-expression programs of `ask` and `verify` (faurecli.patterns): "lazy", those
    of their lazy patterns, and "written", those of the patterns written out in their calls of
    `re`; from the cache in `directory` when they were made by this Python and this code; {}
    without a cache (compiling them as they are used is then cheaper than making them all)."""
    from faurecli import patterns

    if directory is None or not trusted_dir(directory, create=True):
        return {}
    made_in = (
        "answers",
        "verdicts",
        "held_back",
        "word_order",
        "recall",
        "agents",
        "analysis",
        "evidence",
        "dates",
        "lexicon",
        "model",
        "store",
    )
    builders = (*(f"faurecli.{name}" for name in made_in), "faurecli.patterns", "faurecli.cache")
    # And json's, compiled when --json first imports it, after the cache is read (~0.7 ms). Part
    # of Python, they are keyed by its version (patterns.engine), not by their files: a run
    # reads the key before it imports json, and finding their files then would cost more.
    printing = ("json.decoder", "json.scanner", "json.encoder")

    def build() -> dict[str, dict[tuple[str, int], Program]]:
        # Their lazy patterns are made when their modules are imported (some are imported only
        # on the paths that need them); the written ones are read from their source, where it
        # is there to read.
        from importlib import import_module

        for module in builders:
            import_module(module)
        return {"lazy": patterns.programs(), "written": patterns.programs_written(_sources((*builders, *printing)))}

    key = ("patterns", patterns.engine(), __version__, *builders, *printing)
    file = directory / "patterns.pickle"
    # The file holds the key, the code and each table's index (patterns.Programs), then the
    # programs themselves, read where they lie in the file's bytes as patterns need them.
    data = read_trusted(file)
    if data is not None:
        try:
            stored_key, code, payload = pickle.loads(data)  # the header first, as _kept does
            if stored_key == key and code == _code(module for module, _, _ in code):
                size, indexes = pickle.loads(payload)
                if type(size) is int and 0 <= size <= len(data) and type(indexes) is dict:
                    tail = memoryview(data)[len(data) - size :]
                    return {
                        name: patterns.Programs(index, tail)
                        for name, index in indexes.items()
                        if name in ("lazy", "written") and type(index) is dict
                    }
        except Exception:
            pass  # a truncated or foreign cache file is simply absent
    made = build()
    indexes, blob = patterns.Programs.pack(made)
    _write(file, key, (len(blob), indexes), builders, tail=blob)
    return {name: patterns.Programs(index, blob) for name, index in indexes.items()}


def _sources(modules: tuple[str, ...]) -> list[str]:
    """The source text of each of `modules` that has one as a file."""
    from importlib.util import find_spec

    texts = []
    for name in modules:
        spec = find_spec(name)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            try:
                texts.append(Path(spec.origin).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                pass
    return texts
