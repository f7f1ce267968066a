"""Reading the user's cache files under faurecli.cache's trust rule, and the startup table.

Apart from faurecli.cache, and importing nothing but `os` and `stat` at first, because the
startup table is read before Typer is imported: faurecli.cache imports pathlib and the model
(dataclasses), whose imports compile the very patterns the table is for.

The startup table holds the programs of the patterns `re` compiles while the command line is
imported (Typer's standard-library modules': see patterns.seed_startup), as plain values
(pattern, flags -> the engine's code) read with marshal, which makes values and never runs
code; it is keyed by the engine, whose programs they are, and each is checked again as the
engine makes it.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from faurecli.patterns import Program

# A cache file larger than this is not ours to read (the 100x benchmark store's index is ~4 MB).
MAX_CACHE_BYTES = 512 * 1024 * 1024

STARTUP_FILE = "startup.marshal"


def owned(info: os.stat_result) -> bool:
    """Owned by the user running faure and writable by no one else: only they (or root) could
    have written it."""
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read_trusted(file: str | os.PathLike[str]) -> bytes | None:
    """The bytes of a cache file we may unpickle, or None. Opened without following a symbolic
    link and without blocking (a FIFO planted there is refused, not waited on); checked on the
    open file, so it cannot be swapped between the check and the read."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(file, flags)
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not (stat.S_ISREG(info.st_mode) and owned(info)) or info.st_size > MAX_CACHE_BYTES:
            return None
        chunks = []
        while chunk := os.read(handle, info.st_size + 1):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(handle)


def cache_root(environ: Mapping[str, str]) -> str | None:
    """Where the cache lives ($XDG_CACHE_HOME/faure, else ~/.cache/faure), or None if nowhere;
    as a string, without pathlib (faurecli.cache.cache_dir is this as a Path)."""
    base = environ.get("XDG_CACHE_HOME") or (os.path.join(environ["HOME"], ".cache") if environ.get("HOME") else "")
    return os.path.join(base, "faure") if base and os.path.isabs(base) else None


def _startup_key() -> tuple[str, str]:
    from faurecli import __version__
    from faurecli.patterns import engine

    return ("startup patterns", f"{engine()} {__version__}")


def load_startup(directory: str) -> dict[tuple[str | bytes, int], Program]:
    """The table keep_startup kept in `directory` for this engine; {} if none can be used: the
    directory and the file must both be the user's and writable by no one else, as for every
    cache file (faurecli.cache)."""
    import marshal

    try:
        info = os.stat(directory)
    except OSError:
        return {}
    data = read_trusted(os.path.join(directory, STARTUP_FILE)) if stat.S_ISDIR(info.st_mode) and owned(info) else None
    if data is None:
        return {}
    try:
        key, table = marshal.loads(data)
        if key != _startup_key() or type(table) is not dict:
            return {}
        for (pattern, flags), (final, code, groups, index, names) in table.items():
            if not (
                type(pattern) in (str, bytes)
                and type(flags) is type(final) is type(groups) is int
                and type(code) is bytes
                and type(index) is dict
                and type(names) is tuple
            ):
                return {}
    except Exception:
        return {}  # a truncated or foreign file is simply absent
    return table


def keep_startup(directory: str, table: Mapping[tuple[str | bytes, int], Program]) -> None:
    """Write `table` for load_startup (atomically, 0600, in a directory faurecli.cache
    trusts, made if missing); give up quietly if we cannot."""
    import marshal
    import tempfile
    from pathlib import Path

    from faurecli.cache import trusted_dir

    if not trusted_dir(Path(directory), create=True):
        return
    try:
        payload = marshal.dumps((_startup_key(), dict(table)))
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temporary, os.path.join(directory, STARTUP_FILE))
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass


# The table this run read and where it lives, once faurecli.app has seeded `re` with it.
_seeded: tuple[str, dict[tuple[str | bytes, int], Program]] | None = None


def seed_startup(directory: str) -> None:
    """Let `re` make the patterns of the table kept in `directory` from their programs (see
    patterns.seed_startup), and note it for keep_new_startup."""
    global _seeded
    from faurecli import patterns

    table = load_startup(directory)
    patterns.seed_startup(table)
    _seeded = (directory, table)


# How many of the table's patterns a run may leave unused before the table is cut back to its own
# (ask and verify compile nearly the same ones; the union of both is kept).
_STALE_STARTUP = 64


def keep_new_startup() -> None:
    """Keep the programs of the patterns `re` holds now with the table read, when it holds one
    the table lacks (the first run, a new Python or a new faure). Called where ask and verify
    keep their own patterns' programs (faurecli.cli.Session.prime), before any question is read:
    what `re` holds then is what importing the command line compiled, the same every run."""
    global _seeded
    if _seeded is None:
        return
    import re

    directory, table = _seeded
    held = getattr(re, "_cache2" if hasattr(re, "_cache2") else "_cache", {})
    now = {(key[1], key[2]) for key in held if isinstance(key, tuple) and len(key) == 3}
    # (A table that grew with what some other use of the package compiled, a profiler's or a
    # test's, is cut back to this run's: a bigger file is read on every run.)
    stale = len(set(table) - now) > _STALE_STARTUP
    if stale or not now <= set(table):
        from faurecli import patterns

        kept = patterns.compiled_by_re() if stale else {**table, **patterns.compiled_by_re()}
        keep_startup(directory, kept)
        _seeded = (directory, kept)
