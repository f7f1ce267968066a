"""A cache of the parsed store (and its search index) in the user's cache directory.

Parsing TOML is most of the work of a lookup on a large store; a pickle of the result loads
many times faster. The cache is never required: anything wrong with it (absent, stale,
corrupt, from another version, unwritable) means the store is parsed as if it were not there.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from faurecli import __version__
from faurecli.model import Store
from faurecli.store import SCHEMA_VERSION, load_store

if TYPE_CHECKING:
    from faurecli.search import Index

T = TypeVar("T")
# Bump when pickled values change meaning without changing their classes' fields, or when the
# loader's rules change (a cached store skips validation). 3: control characters refused.
CACHE_FORMAT = 3


def _shape(module: ModuleType) -> str:
    """The fields of a module's dataclasses: a pickle from another shape of them is stale even
    when the package version is the same (as it is between commits)."""
    from dataclasses import fields, is_dataclass

    classes = [v for v in vars(module).values() if isinstance(v, type) and is_dataclass(v)]
    return ";".join(sorted(f"{c.__name__}({','.join(f.name for f in fields(c))})" for c in classes))


def cache_dir(environ: Mapping[str, str]) -> Path | None:
    """Where the cache lives ($XDG_CACHE_HOME/faure, else ~/.cache/faure), or None if nowhere."""
    base = environ.get("XDG_CACHE_HOME") or (str(Path(environ["HOME"]) / ".cache") if environ.get("HOME") else "")
    return Path(base) / "faure" if base and Path(base).is_absolute() else None


def _key(path: Path, shape: str) -> tuple[str, ...] | None:
    """What must match for a cached value to be current."""
    try:
        resolved = path.resolve()
        stat = resolved.stat()
    except OSError:
        return None
    return (
        str(resolved),
        str(stat.st_mtime_ns),
        str(stat.st_size),
        __version__,
        str(SCHEMA_VERSION),
        str(CACHE_FORMAT),
        shape,
    )


def _cached(
    directory: Path | None,
    path: Path,
    kind: str,
    expected: type[T],
    build: Callable[[], T],
    *,
    also: Path | None = None,
) -> T:
    key = _key(path, _shape(sys.modules[expected.__module__]))
    if key is not None and also is not None:
        # Built from a second file too (the index from the search vocabulary): stale when it changes.
        extra = _key(also, "")
        key = None if extra is None else key + extra[:3]
    if directory is None or key is None:
        return build()
    # One file per store and kind, overwritten when stale, so the cache does not grow. The name
    # needs no cryptographic hash (hashlib costs start-up time): the key inside is checked.
    file = directory / f"{kind}-{zlib.crc32(key[0].encode()):08x}.pickle"
    try:
        with file.open("rb") as handle:
            stored_key, value = pickle.load(handle)
        if stored_key == key and isinstance(value, expected):
            return value
    except Exception:
        pass  # an unreadable, truncated or foreign cache file is simply absent
    value = build()
    _write(file, (key, value))
    return value


def _write(file: Path, payload: object) -> None:
    """Write atomically (a temporary file renamed into place); give up quietly if we cannot."""
    import tempfile

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, file)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def load(path: Path, directory: Path | None) -> Store:
    """The store at `path`, from the cache in `directory` when it is fresh (None: no cache)."""
    return _cached(directory, path, "store", Store, lambda: load_store(path))


def load_index(path: Path, store: Store, directory: Path | None) -> Index:
    """The search index of `store` (read from `path`), cached like the store."""
    from faurecli.search import Index, build_index
    from faurecli.store import packaged_store_path

    # The vocabulary shipped beside the packaged store (faurecli.vocabulary is imported only to
    # build the index, not to load a cached one).
    vocabulary = packaged_store_path().parent / "vocabulary.toml"

    def build() -> Index:
        from faurecli.vocabulary import load_vocabulary

        return build_index(store, load_vocabulary(vocabulary))

    return _cached(directory, path, "index", Index, build, also=vocabulary)
