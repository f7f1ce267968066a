from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from faurecli.model import Store
from faurecli.store import build_store, load_store, packaged_store_path

# The suite runs the "ci" profile; scripts/fuzz.sh runs "long" for many more cases (5,000 each,
# about 25 minutes on 2 cores; FAURE_FUZZ_EXAMPLES sets another number, to fit a time budget).
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("FAURE_FUZZ_EXAMPLES") or 5000),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests, and the processes they start, cache into a folder of their own, never ~/.cache."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def golden():
    """Compare text with a golden file (FAURE_UPDATE_GOLDEN=1 rewrites it)."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("FAURE_UPDATE_GOLDEN"):
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8")

    return check


@pytest.fixture(scope="session")
def store_path() -> Path:
    return packaged_store_path()


@pytest.fixture(scope="session")
def store(store_path: Path) -> Store:
    return load_store(store_path)


@pytest.fixture(scope="session")
def _raw(store_path: Path) -> dict[str, Any]:
    return tomllib.loads(store_path.read_text(encoding="utf-8"))


@pytest.fixture
def raw(_raw: dict[str, Any]) -> dict[str, Any]:
    """A fresh, mutable copy of the shipped store as parsed TOML."""
    return copy.deepcopy(_raw)


@pytest.fixture
def make_store():
    def make(data: dict[str, Any]) -> Store:
        return build_store(data, "test.toml")

    return make
