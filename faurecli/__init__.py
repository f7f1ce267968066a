"""faure: answers about Olivier Faure from a verified fact store.

The Python API (see faurecli.api and the README): load, search, ask, verify, cite, offices,
timeline, as_json, and the errors they raise. Each is imported on first use, so `import
faurecli` (which every run of the command does) stays as light as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from faurecli.api import as_json, ask, cite, load, offices, search, timeline, verify
    from faurecli.evidence import BadQuestion
    from faurecli.model import BadInput, DateError, FaureError
    from faurecli.query import BeyondSource, NotFound
    from faurecli.store import StoreError

# Public name -> the module that defines it.
_LAZY = {
    "load": "faurecli.api",
    "search": "faurecli.api",
    "ask": "faurecli.api",
    "verify": "faurecli.api",
    "cite": "faurecli.api",
    "offices": "faurecli.api",
    "timeline": "faurecli.api",
    "as_json": "faurecli.api",
    "FaureError": "faurecli.model",
    "DateError": "faurecli.model",
    "StoreError": "faurecli.store",
    "BadInput": "faurecli.model",
    "BadQuestion": "faurecli.evidence",
    "NotFound": "faurecli.query",
    "BeyondSource": "faurecli.query",
}

__all__ = [
    "BadInput",
    "BadQuestion",
    "BeyondSource",
    "DateError",
    "FaureError",
    "NotFound",
    "StoreError",
    "__version__",
    "as_json",
    "ask",
    "cite",
    "load",
    "offices",
    "search",
    "timeline",
    "verify",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'faurecli' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
