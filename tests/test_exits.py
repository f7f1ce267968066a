from pathlib import Path

import pytest

from faurecli.answers import BadQuestion
from faurecli.exits import CannotWrite, Exit, Usage, exit_code, message
from faurecli.model import BadInput, DateError, FaureError, PartialDate
from faurecli.query import BeyondSource, NotFound
from faurecli.store import Problem, StoreError
from faurecli.streams import Unreadable
from faurecli.vocabulary import VocabularyError


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NotFound("no office matches"), Exit.NOT_FOUND),
        (BeyondSource(PartialDate(2025, 2), PartialDate(2030)), Exit.NOT_FOUND),
        (Usage("--svg goes with --chart"), Exit.USAGE),
        (BadInput("empty"), Exit.USAGE),
        (BadQuestion("the question is empty"), Exit.USAGE),
        (Unreadable("stdin cannot be read"), Exit.USAGE),
        (DateError("not a date"), Exit.USAGE),
        (CannotWrite("cannot write x: No space left on device"), Exit.OUTPUT),
        (StoreError(Path("s.toml"), ["cannot be read"], Problem.UNREADABLE), Exit.STORE_UNREADABLE),
        (StoreError(Path("s.toml"), ["line 3: bad"], Problem.SYNTAX), Exit.STORE_SYNTAX),
        (StoreError(Path("s.toml"), ["offices[0]: no id"], Problem.SCHEMA), Exit.STORE_INVALID),
        (VocabularyError("vocabulary.toml: names #1 needs text strings"), Exit.STORE_INVALID),
        (FaureError("an error we forgot to map"), Exit.INTERNAL),
    ],
)
def test_every_error_has_its_documented_exit_code(error, code):
    assert exit_code(error) is code


def test_the_message_of_a_store_error_is_its_one_line_with_the_path():
    error = StoreError(Path("s.toml"), ["line 3: bad", "line 9: worse"], Problem.SYNTAX)
    assert message(error) == "s.toml: line 3: bad (and 1 more problem)"
    assert message(NotFound("no office matches")) == "no office matches"


def test_the_help_documents_every_exit_code():
    from faurecli.cli import HELP

    documented = HELP[HELP.index("Exit codes:") :]
    for code in Exit:
        assert f"{int(code)} " in documented, code
