"""The search vocabulary (data/vocabulary.toml): other names for the store's records, with their
language, and a bilingual lexicon of political words. Vocabulary helps find facts; it is never
shown as one."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from faurecli.model import FaureError, Record, record


class VocabularyError(FaureError):
    """A vocabulary file that cannot be read or has the wrong shape."""


@record
class Name(Record):
    """Another name for a record of the store, in a language."""

    record: str
    lang: str
    text: str


@record
class Vocabulary(Record):
    """Names per record, and groups of words or phrases that mean the same (each with its
    language)."""

    names: tuple[Name, ...]
    lexicon: tuple[tuple[tuple[str, str], ...], ...]
    # Everyday words ("came", "put", "chose") the store may hold rarely, so that rarity would
    # weigh them like a name: a query weighs them as a common word.
    light: tuple[str, ...] = ()


def packaged_vocabulary_path() -> Path:
    from faurecli.store import packaged_store_path

    return packaged_store_path().parent / "vocabulary.toml"


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabularyError(f"{where}: expected a list of non-empty strings")
    return value


def parse_vocabulary(data: dict[str, Any], *, where: str = "vocabulary") -> Vocabulary:
    """A vocabulary from parsed TOML; raise VocabularyError naming the entry that is wrong."""
    names = []
    for number, entry in enumerate(data.get("names", []), 1):
        values = [entry.get(k) for k in ("record", "lang", "text")] if isinstance(entry, dict) else []
        strings = [v for v in values if isinstance(v, str) and v.strip()]
        if len(strings) != 3:
            raise VocabularyError(f"{where}: names #{number} needs text strings record, lang and text")
        names.append(Name(*strings))
    lexicon = []
    for number, entry in enumerate(data.get("lexicon", []), 1):
        if not isinstance(entry, dict) or not entry:
            raise VocabularyError(f"{where}: lexicon #{number} needs lists of words per language")
        group = tuple(
            (lang, term)
            for lang, terms in entry.items()
            for term in _strings(terms, f"{where}: lexicon #{number}.{lang}")
        )
        lexicon.append(group)
    light = _strings(data.get("light", []), f"{where}: light")
    return Vocabulary(tuple(names), tuple(lexicon), tuple(light))


def read_vocabulary(data: bytes, *, where: str = "vocabulary.toml") -> Vocabulary:
    """The vocabulary in `data` (the bytes of a vocabulary file)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"{where}: cannot be read: {exc}") from None
    return parse_vocabulary(parsed, where=where)


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The vocabulary at `path` (default: the one shipped with faure)."""
    path = path or packaged_vocabulary_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VocabularyError(f"{path.name}: cannot be read: {exc.strerror or exc}") from None
    return read_vocabulary(data, where=path.name)
