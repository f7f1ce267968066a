"""What faure answers from: the source, its licence and attribution, the as-of date, the data's
version, a fingerprint of each source text, and counts of what the store holds."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from faurecli import __version__
from faurecli.model import Origin, PartialDate, Record, Store, record


@record
class SourceText(Record):
    """One source text: which it is, where it lies beside the store, and its SHA-256 (None when
    it cannot be read)."""

    name: str
    path: str
    sha256: str | None


@record
class About(Record):
    """The answer of `about`."""

    title: str
    publisher: str
    url: str
    license: str
    license_url: str
    attribution: str
    as_of: PartialDate
    as_of_note: str
    as_of_sources: tuple[str, ...]
    data_version: str
    program_version: str
    texts: tuple[SourceText, ...]
    counts: Mapping[str, int]


def counts(store: Store) -> dict[str, int]:
    """How many of each kind of record the store holds."""
    return {
        "offices": sum(o.origin is Origin.INFOBOX for o in store.offices),
        "positions": sum(o.origin is Origin.PROSE for o in store.offices),
        "events": len(store.events),
        "sentences": len(store.sentences),
        "summary_sentences": sum(s.summary for s in store.sentences),
        "markers": len(store.markers),
        "conflicts": len(store.conflicts),
        "derived_dates": sum(o.derived for o in store.offices)
        + sum(o.end_derived for o in store.offices)
        + sum(e.derived for e in store.events),
    }


def attribution(store: Store) -> str:
    """The attribution CC BY-SA asks for: title, author, source, licence, and that it was changed."""
    source = store.source
    return (
        f'Facts drawn from "{source.title}" on {source.publisher} ({source.url}), by Wikipedia contributors, '
        f"licensed under {source.license} ({source.license_url}); selected and restructured by faure, "
        f"and shared under the same licence."
    )


def _sha256(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def about(store: Store, base: Path) -> About:
    """What the store at folder `base` answers from; never a revision id or retrieval date, which
    the sources do not give."""
    source = store.source
    texts = tuple(
        SourceText(name, path, _sha256(base / path))
        for name, path in (("article", source.article), ("summary", source.summary))
    )
    return About(
        title=source.title,
        publisher=source.publisher,
        url=source.url,
        license=source.license,
        license_url=source.license_url,
        attribution=attribution(store),
        as_of=source.as_of,
        as_of_note=source.as_of_note,
        as_of_sources=source.as_of_sources,
        data_version=source.data_version,
        program_version=__version__,
        texts=texts,
        counts=counts(store),
    )
