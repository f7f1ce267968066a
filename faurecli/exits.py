"""Exit codes, and the one table that maps every error faure raises on purpose to its code.
Documented in the README and in `faure --help`."""

from __future__ import annotations

from enum import IntEnum

from faurecli.model import BadInput, DateError, FaureError


class Exit(IntEnum):
    """What a run of faure ends with."""

    OK = 0
    NOT_FOUND = 1  # nothing found; the source does not say; NOT_ENOUGH_INFO
    USAGE = 2  # bad usage or input
    STORE_UNREADABLE = 3
    STORE_SYNTAX = 4
    STORE_INVALID = 5
    CHECK_FAILED = 6  # `check`: the store disagrees with its sources
    REFUTED = 7  # `verify`: the source contradicts the claim
    INTERNAL = 70  # a bug of ours
    OUTPUT = 74  # EX_IOERR: the output cannot be written (a full disk, an I/O error)
    INTERRUPTED = 130


class Usage(FaureError):
    """The command line asks for something faure cannot do: said in one line, exit 2."""


class CannotWrite(FaureError):
    """A file faure was asked to write could not be written (a full disk): exit 74."""


def exit_code(error: FaureError) -> Exit:
    """The exit code of an error faure raised on purpose."""
    # Imported here: the store and query modules need not load for a usage error.
    from faurecli.query import NotFound
    from faurecli.store import Problem, StoreError
    from faurecli.vocabulary import VocabularyError

    if isinstance(error, StoreError):
        return {
            Problem.UNREADABLE: Exit.STORE_UNREADABLE,
            Problem.SYNTAX: Exit.STORE_SYNTAX,
            Problem.SCHEMA: Exit.STORE_INVALID,
        }[error.kind]
    table: tuple[tuple[type[FaureError], Exit], ...] = (
        (NotFound, Exit.NOT_FOUND),
        (Usage, Exit.USAGE),
        (BadInput, Exit.USAGE),
        (DateError, Exit.USAGE),
        (CannotWrite, Exit.OUTPUT),
        # The store's own vocabulary.toml, beside it, is part of its data.
        (VocabularyError, Exit.STORE_INVALID),
    )
    for kind, code in table:
        if isinstance(error, kind):
            return code
    return Exit.INTERNAL


def message(error: FaureError) -> str:
    """The one line that says what is wrong."""
    from faurecli.store import StoreError

    return error.line() if isinstance(error, StoreError) else str(error)
