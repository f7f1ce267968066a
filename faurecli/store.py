"""Load the TOML fact store into the model, validating as it goes."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from faurecli.model import (
    INFOBOX_PREFIX,
    Claim,
    Conflict,
    Event,
    FaureError,
    Field,
    InfoboxLine,
    Office,
    Origin,
    PartialDate,
    Person,
    Phrase,
    Sentence,
    SourceInfo,
    Store,
    Study,
)
from faurecli.patterns import lazy

SCHEMA_VERSION = 2
T = TypeVar("T")
# The largest file faure reads as a store or a source text: ~1,500 times today's store (42 kB),
# ~15 times the 100x benchmark store. A bound, so that a mistaken path (a disk image, a log)
# is refused at once instead of eating the machine's memory.
MAX_FILE_BYTES = 64 * 1024 * 1024

# Characters that have no place in a fact and must never reach a terminal raw: controls (C0, DEL,
# C1: escape sequences recolour, retitle or hide text) and Unicode's format characters and line
# and paragraph separators (category Cc, Cf, Zl, Zp: bidi overrides and isolates make text read
# backwards, zero-width characters hide text, U+2028 breaks JSON Lines readers), as of Unicode
# 14 (tests check this list against the running Python's Unicode database).
INVISIBLE = lazy(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)


class Problem(Enum):
    """What kind of thing is wrong with a store; the CLI maps each to its exit code."""

    UNREADABLE = "unreadable"
    SYNTAX = "syntax"
    SCHEMA = "schema"


def quoted(value: object) -> str:
    """A value from the store as it goes into a message: quoted, control and invisible
    characters escaped, so that a message stays one line and inert whatever the store holds."""
    import json

    return printable(json.dumps(str(value), ensure_ascii=False))


def printable(text: str) -> str:
    """`text` with every control or invisible character (INVISIBLE) written as an escape
    (`\\n`, `\\u202e`): a path or a user's words as a one-line message can show them."""
    if text.isprintable() or not INVISIBLE.search(text):
        return text
    return INVISIBLE.sub(lambda m: repr(m.group())[1:-1], text)


class StoreError(FaureError):
    """A store that cannot be used. `problems` lists every problem found, one line each."""

    def __init__(self, path: Path | str, problems: list[str], kind: Problem) -> None:
        self.path = str(path)
        self.problems = problems
        self.kind = kind
        super().__init__(self.line())

    def line(self) -> str:
        """The one line to show: the first problem, and how many more there are."""
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        path = self.path if self.path.isprintable() else quoted(self.path)
        return printable(f"{path}: {self.problems[0]}{tail}")


def packaged_store_path() -> Path:
    """The store that ships with faure."""
    here = Path(__file__).resolve().parent
    # A wheel carries the store inside the package; a source checkout keeps it at the top level.
    for candidate in (here / "data" / "faure.toml", here.parent / "data" / "faure.toml"):
        if candidate.is_file():
            return candidate
    return here / "data" / "faure.toml"


def read_bytes(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The contents of the regular file at `path`, read once; every way that can fail is a
    StoreError. A FIFO, a device or a directory is refused at once (never waited on or read
    without end), and so is a file over `limit` bytes."""
    import stat

    # O_NONBLOCK: opening a FIFO with no writer returns at once (to be refused) instead of
    # blocking; it changes nothing for a regular file.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise StoreError(path, ["no such file"], Problem.UNREADABLE) from None
    except IsADirectoryError:
        raise StoreError(path, ["is a directory, not a file"], Problem.UNREADABLE) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise StoreError(path, [f"cannot read: {getattr(exc, 'strerror', None) or exc}"], Problem.UNREADABLE) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise StoreError(path, ["is a directory, not a file"], Problem.UNREADABLE)
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(path, [f"is not a regular file (it is {_file_kind(info.st_mode)})"], Problem.UNREADABLE)
        too_big = StoreError(path, [f"is over {limit:,} bytes, the most faure reads"], Problem.UNREADABLE)
        if info.st_size > limit:
            raise too_big
        chunks, size = [], 0
        while chunk := os.read(handle, max(info.st_size + 1 - size, 65536)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise too_big
        return b"".join(chunks)
    except OSError as exc:
        raise StoreError(path, [f"cannot read: {exc.strerror or exc}"], Problem.UNREADABLE) from None
    finally:
        os.close(handle)


def _file_kind(mode: int) -> str:
    import stat

    kinds = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]
    kinds.append((stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def decode(raw: bytes, path: Path | str) -> str:
    """UTF-8 text, or a StoreError naming the line and byte that are not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise StoreError(
            path, [f"line {line}: not UTF-8 (byte {exc.start} is 0x{raw[exc.start]:02x})"], Problem.UNREADABLE
        ) from None


def read_text(path: Path) -> str:
    """Read a UTF-8 file (see read_bytes), turning every way that can fail into a StoreError."""
    return decode(read_bytes(path), path)


def parse_toml(text: str, path: Path | str) -> dict[str, Any]:
    # Imported here: a cached store never needs the parser.
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except RecursionError:
        # tomllib parses arrays and inline tables recursively: a few hundred bytes of "[[[[..."
        # exhaust Python's stack. A syntax error to us: no store nests like that.
        problem = "TOML syntax error: arrays or inline tables nested too deeply"
        raise StoreError(path, [problem], Problem.SYNTAX) from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = re.search(r"\(at line (\d+), column (\d+)\)", message)
        detail = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        if where:
            raise StoreError(
                f"{path}:{where.group(1)}:{where.group(2)}", [f"TOML syntax error: {detail}"], Problem.SYNTAX
            ) from None
        raise StoreError(path, [f"TOML syntax error at end of file: {detail}"], Problem.SYNTAX) from None


def dump_toml(data: dict[str, Any]) -> str:
    """TOML text for parsed store data (scalars, lists of scalars, tables, arrays of tables):
    the inverse of parsing, for tools and tests that write stores."""
    import json

    def value(item: Any) -> str:
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, list):
            return "[" + ", ".join(value(i) for i in item) + "]"
        if isinstance(item, dict):
            return "{" + ", ".join(f"{json.dumps(k)} = {value(v)}" for k, v in item.items()) + "}"
        # JSON's string escapes are TOML's; non-ASCII text is kept as it is.
        return json.dumps(item, ensure_ascii=False) if isinstance(item, str) else repr(item)

    def is_tables(item: Any) -> bool:
        return isinstance(item, list) and bool(item) and all(isinstance(i, dict) for i in item)

    lines: list[str] = []

    def table(name: str, item: dict[str, Any], header: str) -> None:
        if header:
            lines.append(header)
        nested = [(k, v) for k, v in item.items() if isinstance(v, dict) or is_tables(v)]
        lines.extend(f"{json.dumps(k)} = {value(v)}" for k, v in item.items() if (k, v) not in nested)
        lines.append("")
        for key, sub in nested:
            path = f"{name}.{json.dumps(key)}" if name else json.dumps(key)
            if isinstance(sub, dict):
                table(path, sub, f"[{path}]")
            else:
                for entry in sub:
                    table(path, entry, f"[[{path}]]")

    table("", data, "")
    return "\n".join(lines)


def load_store(path: Path) -> Store:
    """Read, parse and validate the store at `path`."""
    return parse_store(read_bytes(path), path)


def parse_store(raw: bytes, path: Path | str) -> Store:
    """Parse and validate a store's bytes (`path` names it in errors)."""
    return build_store(parse_toml(decode(raw, path), path), path)


class _Invalid(Exception):
    pass


class _Record:
    """Typed access to one TOML table, remembering which fields were read."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise _Invalid(f"{where}: expected a table, got {_kind(data)}")
        self.data: dict[str, Any] = data
        self.where = where
        self.seen: set[str] = set()

    def _get(self, key: str, check: Callable[[Any], bool], expected: str, required: bool) -> Any:
        self.seen.add(key)
        if key not in self.data:
            if required:
                raise _Invalid(f"{self.where}: missing required field {quoted(key)}")
            return None
        value = self.data[key]
        if not check(value):
            raise _Invalid(f"{self.where}, field {quoted(key)}: expected {expected}, got {_kind(value)}")
        return value

    def text(self, key: str) -> str:
        value: str = self._get(key, _is_text, "a non-empty string", True)
        return value

    def opt_text(self, key: str) -> str | None:
        value: str | None = self._get(key, _is_text, "a non-empty string", False)
        return value

    def flag(self, key: str) -> bool:
        return bool(self._get(key, lambda v: isinstance(v, bool), "true or false", False))

    def integer(self, key: str) -> int:
        value: int = self._get(key, _is_int, "an integer", True)
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, lambda v: isinstance(v, list) and all(map(_is_text, v)), "a list of strings", required)
        return tuple(value or ())

    def integers(self, key: str) -> tuple[int, ...]:
        value = self._get(key, lambda v: isinstance(v, list) and all(map(_is_int, v)), "a list of integers", False)
        return tuple(value or ())

    def date(self, key: str) -> PartialDate:
        return self._parse_date(key, self.text(key))

    def opt_date(self, key: str) -> PartialDate | None:
        raw = self.opt_text(key)
        return None if raw is None else self._parse_date(key, raw)

    def _parse_date(self, key: str, raw: str) -> PartialDate:
        try:
            return PartialDate.parse(raw)
        except ValueError as exc:
            raise _Invalid(f"{self.where}, field {quoted(key)}: {exc}") from None

    def table(self, key: str, *, required: bool = True) -> Any:
        return self._get(key, lambda v: isinstance(v, dict), "a table", required)

    def records(self, key: str, *, required: bool = True) -> list[Any]:
        value = self._get(
            key, lambda v: isinstance(v, list) and all(isinstance(i, dict) for i in v), "an array of tables", required
        )
        return list(value or [])

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.seen)
        if unknown:
            raise _Invalid(f"{self.where}: unknown field {quoted(unknown[0])}")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != "" and not INVISIBLE.search(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    names = {
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        list: "an array",
        dict: "a table",
    }
    if isinstance(value, str) and not value.strip():
        return "an empty string"
    if isinstance(value, str) and (found := INVISIBLE.search(value)):
        import unicodedata

        char = found.group()
        if unicodedata.category(char) == "Cc":
            return f"a string with the control character U+{ord(char):04X}"
        return f"a string with the invisible character U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')})"
    return names.get(type(value), type(value).__name__)


def _label(table: str, index: int, data: Any) -> str:
    ident = data.get("id") if isinstance(data, dict) else None
    return f"{table}[{index}] (id {quoted(ident)})" if isinstance(ident, str) else f"{table}[{index}]"


def _each(
    root: _Record, key: str, build: Callable[[_Record, int], T], problems: list[str], *, required: bool = True
) -> list[T]:
    """Build every record of an array of tables, collecting one problem per bad record."""
    try:
        raw = root.records(key, required=required)
    except _Invalid as exc:
        problems.append(str(exc))
        return []
    built = []
    for index, data in enumerate(raw):
        try:
            record = _Record(data, _label(key, index, data))
            built.append(build(record, index))
            record.finish()
        except _Invalid as exc:
            problems.append(str(exc))
    return built


def _source(root: _Record) -> SourceInfo:
    rec = _Record(root.table("source"), "source")
    info = SourceInfo(
        title=rec.text("title"),
        publisher=rec.text("publisher"),
        url=rec.text("url"),
        license=rec.text("license"),
        license_url=rec.text("license_url"),
        article=rec.text("article"),
        summary=rec.text("summary"),
        data_version=rec.text("data_version"),
        as_of=rec.date("as_of"),
        as_of_note=rec.text("as_of_note"),
        as_of_sources=rec.texts("as_of_sources"),
    )
    rec.finish()
    return info


def _sourced(rec: _Record, key: str, build: Callable[[_Record], T]) -> tuple[T, ...]:
    """An optional array of small tables, each built by `build` and checked for unknown fields."""
    built = []
    for index, data in enumerate(rec.records(key, required=False)):
        item = _Record(data, f"{rec.where}.{key}[{index}]")
        built.append(build(item))
        item.finish()
    return tuple(built)


# The person's fields whose sources are listed in [person.sources].
PERSON_FIELDS = (
    "name",
    "birth_date",
    "birth_place",
    "nationality",
    "party",
    "profession",
    "alma_mater",
    "spouse",
    "parents",
    "early_life",
)


def _person(root: _Record) -> Person:
    rec = _Record(root.table("person"), "person")
    sources_rec = _Record(rec.table("sources"), "person.sources")
    fields = PERSON_FIELDS
    sources = {key: sources_rec.texts(key) for key in fields if key in sources_rec.data}
    sources_rec.finish()
    person = Person(
        name=rec.text("name"),
        birth_date=rec.date("birth_date"),
        birth_place=rec.text("birth_place"),
        nationality=rec.text("nationality"),
        party=rec.text("party"),
        profession=rec.text("profession"),
        alma_mater=rec.texts("alma_mater"),
        sources=sources,
        spouse=rec.opt_text("spouse"),
        parents=rec.texts("parents", required=False),
        early_life=rec.opt_text("early_life"),
        education=_sourced(
            rec, "education", lambda r: Study(r.text("school"), r.opt_text("degree"), r.texts("sources"))
        ),
        personal=_sourced(rec, "personal", lambda r: Phrase(r.text("text"), r.texts("sources"))),
    )
    rec.finish()
    return person


def _office(rec: _Record, _: int) -> Office:
    origin_raw = rec.text("source")
    try:
        origin = Origin(origin_raw)
    except ValueError:
        raise _Invalid(
            f'{rec.where}, field "source": expected "infobox" or "prose", got {quoted(origin_raw)}'
        ) from None
    office = Office(
        id=rec.text("id"),
        title=rec.text("title"),
        origin=origin,
        start=rec.date("start"),
        end=rec.opt_date("end"),
        current=rec.flag("current"),
        predecessors=rec.texts("predecessors"),
        successors=rec.texts("successors"),
        sources=rec.texts("sources"),
        derived=rec.flag("derived"),
        note=rec.opt_text("note"),
        ended=rec.flag("ended"),
        end_derived=rec.flag("end_derived"),
        names=_sourced(rec, "names", lambda r: Phrase(r.text("text"), r.texts("sources"))),
    )
    if office.current and office.end is not None:
        raise _Invalid(f'{rec.where}: a current office has no "end"')
    if office.ended and (office.current or office.end is not None):
        raise _Invalid(f'{rec.where}: "ended" is for a term the text ends without a date (no "end", not current)')
    if office.end_derived and office.end is None:
        raise _Invalid(f'{rec.where}: "end_derived" needs an "end"')
    _check_order(rec.where, office.start, office.end, "start", "end")
    return office


def _event(rec: _Record, _: int) -> Event:
    event = Event(
        id=rec.text("id"),
        date=rec.date("date"),
        end=rec.opt_date("end"),
        text=rec.text("text"),
        sources=rec.texts("sources"),
        tags=rec.texts("tags", required=False),
        derived=rec.flag("derived"),
        note=rec.opt_text("note"),
        after=rec.texts("after", required=False),
    )
    _check_order(rec.where, event.date, event.end, "date", "end")
    if event.id in event.after:
        raise _Invalid(f'{rec.where}, field "after": an event cannot come after itself')
    return event


def _check_order(where: str, start: PartialDate, end: PartialDate | None, start_key: str, end_key: str) -> None:
    if end is not None and end.last_day() < start.first_day():
        raise _Invalid(f'{where}: "{end_key}" {end} is before "{start_key}" {start}')


def _sentence(rec: _Record, index: int) -> Sentence:
    sentence = Sentence(
        id=rec.text("id"),
        index=index,
        section=rec.text("section"),
        text=rec.text("text"),
        summary=rec.flag("summary"),
        markers=rec.integers("markers"),
        uncited=rec.opt_text("uncited"),
    )
    if any(n < 1 for n in sentence.markers):
        raise _Invalid(f'{rec.where}, field "markers": marker numbers start at 1')
    return sentence


def _infobox(rec: _Record, _: int) -> InfoboxLine:
    return InfoboxLine(key=rec.text("key"), value=rec.text("value"))


def _conflict(rec: _Record, _: int) -> Conflict:
    claims = []
    for index, data in enumerate(rec.records("claims")):
        claim = _Record(data, f"{rec.where}.claims[{index}]")
        claims.append(Claim(says=claim.text("says"), date=claim.opt_date("date"), sources=claim.texts("sources")))
        claim.finish()
    if len(claims) < 2:
        raise _Invalid(f"{rec.where}: a conflict needs at least two claims")
    field_raw = rec.text("field")
    try:
        field = Field(field_raw)
    except ValueError:
        expected = ", ".join(f'"{f.value}"' for f in Field)
        raise _Invalid(f'{rec.where}, field "field": expected one of {expected}, got {quoted(field_raw)}') from None
    return Conflict(
        id=rec.text("id"), subject=rec.text("subject"), records=rec.texts("records"), field=field, claims=tuple(claims)
    )


def build_store(data: dict[str, Any], path: Path | str = "<store>") -> Store:
    """Validate parsed TOML and build the model; raise StoreError listing every problem."""
    problems: list[str] = []
    root = _Record(data, "top level")

    def one(build: Callable[[_Record], T]) -> T | None:
        try:
            return build(root)
        except _Invalid as exc:
            problems.append(str(exc))
            return None

    schema = one(lambda r: r.integer("schema"))
    if schema is not None and schema != SCHEMA_VERSION:
        problems.append(f'top level, field "schema": this faure reads schema {SCHEMA_VERSION}, not {schema}')
    source = one(_source)
    person = one(_person)
    infobox = _each(root, "infobox", _infobox, problems)
    offices = _each(root, "offices", _office, problems)
    events = _each(root, "events", _event, problems)
    sentences = _each(root, "sentences", _sentence, problems)
    conflicts = _each(root, "conflicts", _conflict, problems, required=False)
    one(lambda r: r.finish())

    _check_unique("infobox", (line.key for line in infobox), "key", problems)
    ids = [r.id for r in offices] + [r.id for r in events] + [r.id for r in sentences] + [r.id for r in conflicts]
    _check_unique("records", ids, "id", problems)
    _check_unique("sentences", (n for s in sentences for n in s.markers), "marker", problems)
    # Resolve against every id the file declares, even in records rejected above, so one bad
    # record is reported once rather than again by everything that points at it.
    refs = _declared(data, "sentences", "id") | {INFOBOX_PREFIX + k for k in _declared(data, "infobox", "key")}
    records = _declared(data, "offices", "id") | _declared(data, "events", "id")
    if source is not None:
        _check_refs('source, field "as_of_sources"', source.as_of_sources, refs, problems)
    if person is not None:
        for key, values in person.sources.items():
            _check_refs(f"person.sources, field {quoted(key)}", values, refs, problems)
        for number, study in enumerate(person.education):
            _check_refs(f"person.education[{number}]", study.sources, refs, problems)
        for number, note in enumerate(person.personal):
            _check_refs(f"person.personal[{number}]", note.sources, refs, problems)
    for table, items in (("offices", offices), ("events", events)):
        for item in items:
            _check_refs(f'{table} (id {quoted(item.id)}), field "sources"', item.sources, refs, problems)
    for office in offices:
        for name in office.names:
            _check_refs(f"offices (id {quoted(office.id)}), name {quoted(name.text)}", name.sources, refs, problems)
    event_ids = _declared(data, "events", "id")
    for event in events:
        for other in event.after:
            if other not in event_ids:
                problems.append(f'events (id {quoted(event.id)}), field "after": no event has id {quoted(other)}')
    for conflict in conflicts:
        where = f"conflicts (id {quoted(conflict.id)})"
        for claim in conflict.claims:
            _check_refs(f"{where}, claim {quoted(claim.says)}", claim.sources, refs, problems)
        for record in conflict.records:
            if record not in records:
                problems.append(f'{where}, field "records": no office or event has id {quoted(record)}')

    if problems or schema is None or source is None or person is None:
        raise StoreError(path, problems, Problem.SCHEMA)
    return Store(
        schema=schema,
        source=source,
        person=person,
        infobox=tuple(infobox),
        offices=tuple(offices),
        events=tuple(events),
        sentences=tuple(sentences),
        conflicts=tuple(conflicts),
    )


def _declared(data: dict[str, Any], table: str, key: str) -> set[str]:
    items = data.get(table)
    if not isinstance(items, list):
        return set()
    return {item[key] for item in items if isinstance(item, dict) and isinstance(item.get(key), str)}


def _check_unique(table: str, values: Iterable[object], what: str, problems: list[str]) -> None:
    seen: set[object] = set()
    for value in values:
        if value in seen:
            problems.append(f"{table}: {what} {quoted(value)} is used more than once")
        seen.add(value)


def _check_refs(where: str, values: tuple[str, ...], refs: set[str], problems: list[str]) -> None:
    if not values:
        problems.append(f"{where}: names no source")
    for value in values:
        if value not in refs:
            problems.append(f"{where}: {quoted(value)} is neither a sentence id nor an infobox line")
