"""The Python API: what the commands answer, as the result objects they print.

    import faurecli

    store = faurecli.load()                      # the store shipped with faure
    faurecli.ask(store, "Quand a-t-il été élu député ?").answer        # '17 Jun 2012'
    faurecli.verify(store, "Faure was born in 1969").correction        # '18 Aug 1968, not 1969'
    [h.id for h in faurecli.search(store, "aubervilier congres")]
    faurecli.cite(store, 13)[0].line
    faurecli.offices(store, at="2017")
    faurecli.timeline(store, start="2018", end="2018-04")
    faurecli.as_json(store, faurecli.ask(store, "When was he born?"))  # what --json prints

Every function takes a loaded store first and values (never CLI flags); bad input raises
faurecli.FaureError (or a subclass: StoreError, BadQuestion, DateError, BeyondSource) with the
message the command would print. Nothing here prints, reads the environment or caches on disk.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Loaded now, not on first use: importing a submodule sets the package's attribute of its name,
# and `faurecli.search` must stay this module's function (see the end of this file).
import faurecli.search  # noqa: F401
from faurecli.model import PartialDate, Store

if TYPE_CHECKING:
    from faurecli.answers import Answer
    from faurecli.model import Kind, OfficeSource
    from faurecli.query import Citations, Offices, Timeline
    from faurecli.search import Hits, Index
    from faurecli.verdicts import Check

_INDEXES: dict[int, tuple[Store, Index]] = {}


def load(path: str | Path | None = None) -> Store:
    """The fact store at `path` (default: the one shipped with faure), parsed and validated;
    raises StoreError naming what is wrong and where."""
    from faurecli.store import load_store, packaged_store_path

    return load_store(Path(path) if path is not None else packaged_store_path())


def _index(store: Store) -> Index:
    """The search index of `store`, built once per store in this process."""
    from faurecli.search import build_index

    kept = _INDEXES.get(id(store))
    if kept is None or kept[0] is not store:
        kept = _INDEXES[id(store)] = (store, build_index(store))
    return kept[1]


def _date(value: str | PartialDate | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    from faurecli.dates import parse_date

    return parse_date(value).date


def search(store: Store, query: str, *, kinds: Iterable[Kind | str] | None = None, limit: int = 10) -> Hits:
    """Records matching `query` (words, names, figures, dates; typos are fine), best first, as
    `faure search` lists them (a listing of hits: iterate or index it); `kinds` keeps only
    "person", "office", "event" or "sentence". BadInput for a query with nothing to look for."""
    from faurecli.model import Kind
    from faurecli.search import find

    wanted = None if kinds is None else [Kind(k) for k in kinds]
    return find(store, _index(store), query, kinds=wanted, limit=limit)


def ask(store: Store, question: str) -> Answer:
    """A short typed answer with its evidence (`answer` None when the source does not say);
    raises BadQuestion for an empty or unreadable question."""
    from faurecli.answers import ask

    return ask(store, question)


def verify(store: Store, claim: str) -> Check:
    """SUPPORTED, REFUTED (with `correction`) or NOT_ENOUGH_INFO, part by part, with evidence."""
    from faurecli.verdicts import verify

    return verify(store, claim)


def cite(store: Store, query: str | int, *, style: str = "wikipedia") -> Citations:
    """The sentence(s) for a reference marker (13, "[13]"), a sentence id ("s25") or words, as
    `faure cite` prints them (a listing of citations); NotFound when nothing matches."""
    from faurecli.query import cite

    return cite(store, str(query), index=lambda: _index(store), style=style)


def offices(
    store: Store,
    *,
    source: OfficeSource | str = "infobox",
    current: bool = False,
    at: str | PartialDate | None = None,
) -> Offices:
    """Offices in start order, as `faure offices` lists them (a listing: iterate or index it):
    from the infobox, the prose or "all"; only current ones; or those held at some time in `at`
    ("2017", "2017-03")."""
    from faurecli.model import OfficeSource
    from faurecli.query import offices as held

    return held(store, source=OfficeSource(source), current=current, at=_date(at))


def timeline(
    store: Store,
    *,
    start: str | PartialDate | None = None,
    end: str | PartialDate | None = None,
    topic: str | None = None,
    reverse: bool = False,
    limit: int | None = None,
) -> Timeline:
    """Dated events in order, as `faure timeline` lists them (a listing: iterate or index it);
    bounds at their own precision."""
    from faurecli.query import timeline as events

    return events(store, start=_date(start), end=_date(end), topic=topic, reverse=reverse, limit=limit)


def as_json(store: Store, result: Any) -> Any:
    """What `--json` prints for a result of this module (a record, or a list of them, gives
    what --json prints for it in a listing)."""
    from faurecli.model import Event, Office
    from faurecli.query import Citation
    from faurecli.search import Hit
    from faurecli.views import json as views

    if isinstance(result, list):
        return [as_json(store, item) for item in result]
    if isinstance(result, Hit):
        return views.hit_record(store, result)
    if isinstance(result, Citation):
        return views.citation_record(result)
    if isinstance(result, Office):
        return views.office_record(store, result)
    if isinstance(result, Event):
        return views.event_record(store, result)
    try:
        return views.data(result)
    except KeyError:
        raise TypeError(f"as_json takes a result of faurecli's functions, not {type(result).__name__}") from None


def _publish() -> None:
    """Make the package's `search` this module's function, even where the submodule
    faurecli.search was imported first (its import set the package attribute to the module;
    `from faurecli.search import …` reads sys.modules and is unaffected)."""
    import faurecli

    faurecli.search = search


_publish()
