"""Regular expressions compiled when first used, not when their module is imported: `ask` and
`verify` hold about forty, and compiling them all cost ~4 ms of every run (python -X importtime),
though one question uses a few."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")


class Pattern:
    """A lazily compiled `re.Pattern[str]`: the same methods, compiled on the first call.

    Until then the methods are missing, and `__getattr__` compiles the pattern and stores its
    bound methods in their slots: every later call goes straight to `re` (`verify` makes about
    sixty a claim, and a Python wrapper around each cost ~5% of a stream)."""

    __slots__ = ("pattern", "flags", "_compiled", *_METHODS)

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

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached while a method's slot is empty, that is before the first compile.
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def lazy(pattern: str, flags: int = 0) -> Pattern:
    """`re.compile(pattern, flags)`, compiled on first use."""
    return Pattern(pattern, flags)
