"""The in-memory fact store: frozen records and partial dates. No I/O here."""

from __future__ import annotations

import datetime as dt
import sys
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import FrozenInstanceError, dataclass, field
from enum import Enum, IntEnum
from itertools import repeat
from typing import Any, TypeVar

from faurecli.patterns import lazy

_T = TypeVar("_T")

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # Python 3.10: mypy reads the 3.11 branch; at run time the decorator changes nothing

    def dataclass_transform(**kwargs: object) -> Callable[[_T], _T]:
        return lambda function: function


_DATE_RE = lazy(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class FaureError(Exception):
    """Base of every error faure raises on purpose: bad stores, dates and queries."""


class BadInput(FaureError):
    """A query, question or claim faure cannot use: empty, without a word, too long."""


class DateError(FaureError, ValueError):
    """A string that is not a date at year, month or day precision."""


def short(text: str) -> str:
    """Text as an error message quotes it: at most 60 characters."""
    return text if len(text) <= 60 else text[:57] + "..."


class Record:
    """Base of faure's frozen records: dataclasses declared `frozen=True, slots=True, eq=False,
    repr=False`, whose equality, hash and repr are written once here instead.

    Why: Python 3.11 compiles each method a dataclass generates when its module is imported;
    for faure's records that was ~3 ms of every run, measured by benchmarks/startup.py against
    a budget of about 15 ms over importing Typer. The methods keep the dataclass rules: fields
    with compare=False stay out of equality and hash, hash=False fields out of the hash.

    Records pickle as the values of all their fields, set again on load without calling
    __init__ (see `_rebuild`), about twice as fast as the dataclass default (a fields() call
    and a setattr per field for every object) and with no __init__ to compile.
    """

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _values(self, names: tuple[str, ...]) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in names])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        compared = _names(type(self))[0]
        return self._values(compared) == other._values(compared)

    def __hash__(self) -> int:
        hashed = _names(type(self))[1]
        return hash(self._values(hashed))

    def __repr__(self) -> str:
        names = _names(type(self))[2]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple[Callable[..., Record], tuple[object, ...]]:
        cls = type(self)
        return _rebuild, (cls, self._values(_names(cls)[3]))

    # Frozen, as `frozen=True` makes a dataclass (see `record`): __init__ sets the fields with
    # object.__setattr__, and nothing sets or deletes one afterwards.
    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class Listing(Record):
    """Base of the results that list things (offices, events, hits, citations) in `items`: a
    listing is as long as its items, iterates and indexes them."""

    __slots__ = ()
    items: tuple[Any, ...]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def __getitem__(self, number: int) -> Any:
        return self.items[number]


_Names = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_NAMES: dict[type, _Names] = {}


def _names(cls: type) -> _Names:
    """The fields a record class compares, hashes, shows, and has, worked out on first use."""
    names = _NAMES.get(cls)
    if names is None:
        from dataclasses import fields

        every = fields(cls)
        names = _NAMES[cls] = (
            tuple(f.name for f in every if f.compare),
            tuple(f.name for f in every if (f.compare if f.hash is None else f.hash)),
            tuple(f.name for f in every if f.repr),
            tuple(f.name for f in every),
        )
    return names


# Read once: `object.__setattr__` looked up for each field was ~40% of `_rebuild`, which runs
# for every record of a cached store (~640 of them for an ask: ~0.5 ms).
_SET = object.__setattr__


def _rebuild(cls: type[Record], values: tuple[object, ...]) -> Record:
    """A record from the values of all its fields, as pickled: set as they were, without
    calling __init__ (nor __post_init__, whose derived fields are among them). Why: calling
    each class's __init__ meant compiling it, ~2 ms of loading a cached store."""
    made = object.__new__(cls)
    names = _names(cls)[3]
    if len(names) != len(values):
        raise ValueError(f"{cls.__qualname__} has {len(names)} fields, not {len(values)}")
    # Set by `map` in C, not a Python loop: a cached store and Built are ~700 records (~2M
    # instructions of every ask and verify, callgrind).
    _DRAINED.extend(map(_SET, repeat(made), names, values))
    return made


_DRAINED: deque[object] = deque(maxlen=0)  # (its extend runs an iterator out, keeping nothing)


_Made = TypeVar("_Made", bound=Record)


def relinked(item: _Made, **changes: object) -> _Made:
    """`item` with the fields `changes` names set to their values and the others as they are,
    made as `_rebuild` makes a record (no __init__ called, nothing derived again): for fields
    no __post_init__ derives anything from. `dataclasses.replace` calls __init__ (and compiles
    it once a class has made 64 objects: ~0.5 ms of relinking a cached Built)."""
    names = _names(type(item))[3]
    if not changes.keys() <= set(names):
        raise TypeError(f"{type(item).__name__} has no field {sorted(changes.keys() - set(names))[0]!r}")
    values = tuple([changes[name] if name in changes else getattr(item, name) for name in names])
    return _rebuild(type(item), values)  # type: ignore[return-value]


_R = TypeVar("_R", bound=type)


@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(field,))
def record(cls: _R) -> _R:
    """`@dataclass(frozen=True, slots=True, eq=False, repr=False)` for a Record subclass, made
    in a third of the time: Python 3.11 compiles three methods for each frozen dataclass
    (__init__, __setattr__, __delattr__), ~1 ms per class on the CI machine and a third of a
    --json command's time over importing Typer (benchmarks/startup.py). Here dataclasses
    reads the fields and makes the slots; __init__ sets the fields as a frozen dataclass's
    does (see _plain_init); Record refuses assignment. `dataclasses.fields`, `replace` and
    `is_dataclass` work as for any dataclass; mypy checks it as a frozen one."""
    if not cls.__doc__:
        # dataclasses would write one from inspect.signature(cls): with init=False that is
        # object's signature, parsed by tokenize, whose patterns cost ~3 ms of a run to compile.
        cls.__doc__ = f"{cls.__name__}({', '.join(cls.__annotations__)})"
    made: type = _slotted(cls)

    # Made on the first call: a run makes objects of a few of its ~30 record classes, and
    # compiling the rest was ~3 ms of a search (benchmarks/startup.py).
    def __init__(self: object, *args: object, **kwargs: object) -> None:
        init = _plain_init(made)
        made.__init__ = init  # type: ignore[misc]
        init(self, *args, **kwargs)

    __init__.__qualname__ = f"{made.__qualname__}.__init__"
    made.__init__ = __init__  # type: ignore[misc]
    return made  # type: ignore[return-value]


# What `dataclass(init=False, slots=True, eq=False, repr=False)` gives every record: read from
# one made by dataclasses itself, so it is this Python's own.
@dataclass(init=False, slots=True, eq=False, repr=False)
class _Probe:
    """A dataclass made as records are, for its parameters."""


_PARAMS = _Probe.__dataclass_params__  # type: ignore[attr-defined]


def _slotted(cls: type) -> type:
    """What `dataclass(init=False, slots=True, eq=False, repr=False)(cls)` makes of a record
    class, made without the general machinery: dataclasses reads every annotation for ClassVar
    and InitVar (by patterns, annotations being strings here), makes each method it may need and
    looks for abstract ones: ~0.5M instructions a class, and `ask` imports ~30 record classes
    (~15M of a 385M run, callgrind). The same fields (`dataclasses.fields`, `replace` and
    `is_dataclass` read them), slots, parameters and `__match_args__`; a class with a ClassVar,
    an InitVar or a KW_ONLY marker, or annotations that are not strings, is left to dataclasses."""
    import dataclasses

    own: dict[str, object] = cls.__dict__.get("__annotations__", {})
    special = ("ClassVar", "InitVar", "KW_ONLY")
    if any(not isinstance(kind, str) or any(word in kind for word in special) for kind in own.values()):
        return dataclass(init=False, slots=True, eq=False, repr=False)(cls)
    specs: dict[str, dataclasses.Field[Any]] = {}
    for base in cls.__mro__[-1:0:-1]:
        specs.update(getattr(base, "__dataclass_fields__", {}))
    for name, kind in own.items():
        default = cls.__dict__.get(name, dataclasses.MISSING)
        spec: dataclasses.Field[Any] = default if isinstance(default, dataclasses.Field) else field(default=default)
        spec.name, spec.type = name, kind
        spec._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
        if spec.kw_only is dataclasses.MISSING:
            spec.kw_only = False
        if spec.default.__class__.__hash__ is None:  # as dataclasses refuses one
            kind_of = type(spec.default)
            raise ValueError(f"mutable default {kind_of} for field {name} is not allowed: use default_factory")
        specs[name] = spec
    inherited: set[str] = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    namespace = dict(cls.__dict__)
    for name in specs:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = tuple(name for name in specs if name not in inherited)
    namespace["__dataclass_fields__"] = specs
    namespace["__dataclass_params__"] = _PARAMS
    namespace["__match_args__"] = tuple(name for name, spec in specs.items() if spec.init and not spec.kw_only)
    made = type(cls)(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    return made


# Objects of one class made with the plain __init__ before it gets the compiled one.
_COMPILED_AFTER = 64


def _plain_init(cls: type) -> Callable[..., None]:
    """An __init__ that sets the fields as _init_for's does, without compiling one. Compiling
    is ~0.6M instructions a class, and a single `ask` or `verify` makes objects of a dozen
    classes, a few each (~2% of the run, callgrind); a class whose objects are made often (a
    stream) gets the compiled one, twice as fast a call, after _COMPILED_AFTER of them."""
    from dataclasses import MISSING, fields

    given: list[tuple[str, Any, Any]] = []  # the parameters: name, default, default factory
    fixed: list[tuple[str, Any, Any]] = []  # the other fields with a default
    for spec in fields(cls):
        entry = (spec.name, spec.default, spec.default_factory)
        if spec.init:
            given.append(entry)
        elif spec.default is not MISSING or spec.default_factory is not MISSING:
            fixed.append(entry)
    names = {name for name, _, _ in given}
    post = hasattr(cls, "__post_init__")
    where = f"{cls.__qualname__}.__init__()"
    made = 0

    def __init__(self: Any, *args: object, **kwargs: object) -> None:
        nonlocal made
        made += 1
        if made == _COMPILED_AFTER:
            cls.__init__ = _init_for(cls)  # type: ignore[misc]
        if len(args) > len(given):
            raise TypeError(f"{where} takes {len(given) + 1} positional arguments but {len(args) + 1} were given")
        for at, (name, default, factory) in enumerate(given):
            if at < len(args):
                if name in kwargs:
                    raise TypeError(f"{where} got multiple values for argument {name!r}")
                value = args[at]
            elif name in kwargs:
                value = kwargs[name]
            elif default is not MISSING:
                value = default
            elif factory is not MISSING:
                value = factory()
            else:
                raise TypeError(f"{where} missing required argument: {name!r}")
            object.__setattr__(self, name, value)
        unexpected = [k for k in kwargs if k not in names]
        if unexpected:
            raise TypeError(f"{where} got an unexpected keyword argument {unexpected[0]!r}")
        for name, default, factory in fixed:
            object.__setattr__(self, name, factory() if default is MISSING else default)
        if post:
            self.__post_init__()

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _init_for(cls: type) -> Callable[..., None]:
    """The __init__ a frozen dataclass would have: parameters in field order with their
    defaults, fields set with object.__setattr__, then __post_init__ if the class has one."""
    from dataclasses import MISSING, fields

    scope: dict[str, object] = {"_set": object.__setattr__, "_MISSING": MISSING}
    params, body = ["self"], []
    for spec in fields(cls):
        name = spec.name
        # The field's default as an expression of `scope`: a value, or a factory's call.
        default = None
        if spec.default is not MISSING:
            scope[f"_d_{name}"] = spec.default
            default = f"_d_{name}"
        elif spec.default_factory is not MISSING:
            scope[f"_f_{name}"] = spec.default_factory
            default = f"_f_{name}()"
        if not spec.init:
            # Not a parameter; its default is still set, as a dataclass's __init__ does.
            if default is not None:
                body.append(f" _set(self, {name!r}, {default})")
            continue
        if default is None:
            params.append(name)
        elif spec.default_factory is not MISSING:
            params.append(f"{name}=_MISSING")
            body.append(f" if {name} is _MISSING: {name} = {default}")
        else:
            params.append(f"{name}={default}")
        body.append(f" _set(self, {name!r}, {name})")
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    source = f"def __init__({', '.join(params)}):\n" + ("\n".join(body) or " pass") + "\n"
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), scope)
    init: Callable[..., None] = scope["__init__"]  # type: ignore[assignment]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


@record
class PartialDate(Record):
    """A date known to the year, the month or the day ("2014", "2014-06", "2014-06-15").

    Unknown parts are 0, so ordering by (year, month, day) puts a year before the months
    inside it and a month before its days.
    """

    year: int
    month: int = 0
    day: int = 0

    # Written out, not generated (see Record): dates are compared in every sort.
    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if isinstance(other, PartialDate) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: object) -> bool:
        return self._key() < other._key() if isinstance(other, PartialDate) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self._key() <= other._key() if isinstance(other, PartialDate) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self._key() > other._key() if isinstance(other, PartialDate) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self._key() >= other._key() if isinstance(other, PartialDate) else NotImplemented

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ISO 8601 at reduced precision; raise DateError naming what is wrong."""
        match = _DATE_RE.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise DateError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2014, 2014-06, 2014-06-15)")
        year, month, day = (int(part) if part else 0 for part in match.groups())
        if year == 0:
            raise DateError(f"{text!r} is not a date: there is no year 0")
        if match.group(2) is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r} is not a date: month {month} is not 1 to 12")
        if match.group(3) is not None:
            last = _days_in(year, month)
            if not 1 <= day <= last:
                raise DateError(f"{text!r} is not a date: day {day} is not 1 to {last}")
        return cls(year, month, day)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        if self.day:
            return Precision.DAY
        return Precision.MONTH if self.month else Precision.YEAR

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or _days_in(self.year, month))

    def human(self) -> str:
        """The date as people read it, at its own precision: 2014, Jun 2014, 15 Jun 2014."""
        if not self.month:
            return f"{self.year}"
        if not self.day:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return f"{self.day} {_MONTHS[self.month - 1]} {self.year}"

    def overlaps(self, start: dt.date, end: dt.date | None) -> bool:
        """Whether any day of this date falls in [start, end]; end None means open."""
        return self.last_day() >= start and (end is None or self.first_day() <= end)

    def __str__(self) -> str:
        if not self.month:
            return f"{self.year:04d}"
        if not self.day:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Origin(Enum):
    """Where an office comes from: the infobox or a position named in the prose."""

    INFOBOX = "infobox"
    PROSE = "prose"


class OfficeSource(Enum):
    """Which offices to list: the infobox's, the prose's, or both."""

    INFOBOX = "infobox"
    PROSE = "prose"
    ALL = "all"


class Field(Enum):
    """The field of an office or event that a conflict is about: its start (an event's date),
    its end, or its title (the name the sources give it)."""

    START = "start"
    END = "end"
    TITLE = "title"


class Kind(Enum):
    """The kinds of record in the store, as search returns them. Here rather than in search.py
    because the command line needs it at start-up, and search.py is not light to import."""

    PERSON = "person"
    OFFICE = "office"
    EVENT = "event"
    SENTENCE = "sentence"


INFOBOX_PREFIX = "infobox:"


@record
class InfoboxLine(Record):
    """An infobox line of the article, `Key: Value`."""

    key: str
    value: str

    @property
    def ref(self) -> str:
        return INFOBOX_PREFIX + self.key


@record
class Sentence(Record):
    """A sentence of the article, verbatim, in order.

    `summary` when the summary selects it too. `markers` are the article's reference markers that
    follow this sentence (Wikipedia puts a marker after the text it supports; the summary shows
    them leading the next sentence only because it was split there). `uncited` says why no
    record cites the sentence, for the few that state nothing about him.
    """

    id: str
    index: int
    section: str
    text: str
    summary: bool = False
    markers: tuple[int, ...] = ()
    uncited: str | None = None


@record
class Marker(Record):
    """A reference marker of the article: it follows sentence `follows` and, in the summary,
    leads sentence `leads`."""

    number: int
    follows: str
    leads: str | None


@record
class Study(Record):
    """A school he attended, with the degree the text names (if any)."""

    school: str
    degree: str | None
    sources: tuple[str, ...]


@record
class Phrase(Record):
    """A phrase of the store with the sources that give it: another name the text gives a post,
    or a fact of the person card that is a phrase rather than a value (a tie, a relationship)."""

    text: str
    sources: tuple[str, ...]


@record
class Person(Record):
    """The person card, each field with the sources that give it.

    `parents` are as the text gives them: it does not say which parent is which, and neither
    does faure."""

    name: str
    birth_date: PartialDate
    birth_place: str
    nationality: str
    party: str
    profession: str
    alma_mater: tuple[str, ...]
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    spouse: str | None = None
    parents: tuple[str, ...] = ()
    early_life: str | None = None
    education: tuple[Study, ...] = ()
    personal: tuple[Phrase, ...] = ()

    def age_on(self, day: dt.date) -> int | None:
        """Age in whole years on `day`, or None when the birth date is not known to the day."""
        if self.birth_date.precision is not Precision.DAY:
            return None
        born = self.birth_date.first_day()
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def age_during(self, when: PartialDate) -> int | None:
        """Age in whole years throughout `when` (the source's as-of month, say), or None when it
        changes within it or the birth date is not known to the day."""
        first, last = self.age_on(when.first_day()), self.age_on(when.last_day())
        return first if first == last else None


class Term(Enum):
    """What the text says of a term's end: a date, that it is current (as of the source), that it
    ended without a date ("resigned soon after"), or nothing at all."""

    DATED = "dated"
    CURRENT = "current"
    ENDED = "ended"
    OPEN = "open"


@record
class Office(Record):
    """An office from the infobox or a position named in the prose, with its term.

    `derived` marks a start the text implies; `end_derived` an end it only bounds (by a
    campaign, an election). `ended` says the text ends the term without dating it."""

    id: str
    title: str
    origin: Origin
    start: PartialDate
    end: PartialDate | None
    current: bool
    predecessors: tuple[str, ...]
    successors: tuple[str, ...]
    sources: tuple[str, ...]
    derived: bool = False
    note: str | None = None
    ended: bool = False
    end_derived: bool = False
    names: tuple[Phrase, ...] = ()

    @property
    def term(self) -> Term:
        if self.end is not None:
            return Term.DATED
        if self.current:
            return Term.CURRENT
        return Term.ENDED if self.ended else Term.OPEN

    def span(self, as_of: PartialDate) -> tuple[dt.date, dt.date]:
        """The days he surely held it: from the last day its start could be to the first day its
        end could be (the source's as-of date when current). With no end date, only the start
        day itself, if the text gives it; an empty span (first > last) when it does not."""
        if self.end is not None:
            last = self.end.first_day()
        elif self.current:
            last = as_of.first_day()
        else:
            last = self.start.first_day()
        return self.start.last_day(), last

    def reach(self, as_of: PartialDate) -> tuple[dt.date, dt.date]:
        """The days he may have held it, as far as the text goes: from the first day its start
        could be to the last day its end could be (the as-of date when it gives none)."""
        last = self.end.last_day() if self.end is not None else as_of.last_day()
        return self.start.first_day(), last

    def held_during(self, when: PartialDate, as_of: PartialDate) -> bool:
        """Whether the text says he held it at some time within `when`: the period overlaps
        the days he surely held it, or holds the whole of its start's period."""
        first, last = self.span(as_of)
        if first <= last and when.overlaps(first, last):
            return True
        return when.first_day() <= self.start.first_day() and self.start.last_day() <= when.last_day()

    def maybe_during(self, when: PartialDate, as_of: PartialDate) -> bool:
        """Whether he may have held it within `when`, as far as the text goes."""
        return when.overlaps(*self.reach(as_of))


@record
class Event(Record):
    """A dated event, with the sentences or infobox lines it comes from."""

    id: str
    date: PartialDate
    end: PartialDate | None
    text: str
    sources: tuple[str, ...]
    tags: tuple[str, ...] = ()
    derived: bool = False
    note: str | None = None
    # Events that the text says came before this one ("after", "then", "upon"): the timeline
    # keeps that order even where a coarser date would sort first.
    after: tuple[str, ...] = ()

    def span(self) -> tuple[dt.date, dt.date]:
        return self.date.first_day(), (self.end or self.date).last_day()

    def span_end(self) -> PartialDate:
        return self.end or self.date


@record
class Claim(Record):
    """What one source says, in a conflict between sources."""

    says: str
    date: PartialDate | None
    sources: tuple[str, ...]


@record
class Conflict(Record):
    """Where the sources disagree: about which field of which records, and every claim."""

    id: str
    subject: str
    records: tuple[str, ...]
    field: Field
    claims: tuple[Claim, ...]


@record
class SourceInfo(Record):
    """The source texts and what the store knows of them: title, publisher, address, licence,
    the data's own version, and the as-of date (the latest date the text gives, derived: the
    article carries no revision date)."""

    title: str
    publisher: str
    url: str
    license: str
    license_url: str
    article: str
    summary: str
    data_version: str
    as_of: PartialDate
    as_of_note: str
    as_of_sources: tuple[str, ...]


@record
class Store(Record):
    """Everything the fact store holds, with lookups by id built once."""

    schema: int
    source: SourceInfo
    person: Person
    infobox: tuple[InfoboxLine, ...]
    offices: tuple[Office, ...]
    events: tuple[Event, ...]
    sentences: tuple[Sentence, ...]
    conflicts: tuple[Conflict, ...]
    markers: tuple[Marker, ...] = field(init=False)
    _sentences: dict[str, Sentence] = field(init=False, repr=False, compare=False)
    _infobox: dict[str, InfoboxLine] = field(init=False, repr=False, compare=False)
    _conflicts: dict[str, list[Conflict]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen, so the derived lookups are set once here rather than stored in the TOML.
        set_ = object.__setattr__
        set_(self, "_sentences", {s.id: s for s in self.sentences})
        set_(self, "_infobox", {line.ref: line for line in self.infobox})
        conflicts: dict[str, list[Conflict]] = {}
        for conflict in self.conflicts:
            for record in conflict.records:
                conflicts.setdefault(record, []).append(conflict)
        set_(self, "_conflicts", conflicts)
        markers: list[Marker] = []
        for sentence, after in zip(self.sentences, [*self.sentences[1:], None], strict=True):
            if sentence.markers:  # few do; this runs on every load of a cached store
                leads = after.id if after is not None and after.summary else None
                markers.extend(Marker(n, sentence.id, leads) for n in sentence.markers)
        set_(self, "markers", tuple(markers))

    def sentence(self, sentence_id: str) -> Sentence | None:
        return self._sentences.get(sentence_id)

    def infobox_line(self, ref: str) -> InfoboxLine | None:
        return self._infobox.get(ref)

    def quote(self, ref: str) -> str:
        """The verbatim text a provenance reference points at."""
        sentence = self._sentences.get(ref)
        if sentence is not None:
            return sentence.text
        line = self._infobox[ref]
        return f"{line.key}: {line.value}"

    def source_sentences(self, refs: tuple[str, ...]) -> Iterator[Sentence]:
        return (self._sentences[r] for r in refs if r in self._sentences)

    def disputes(self, record_id: str, field: Field) -> list[Conflict]:
        """The conflicts about `field` of an office or event."""
        return [c for c in self._conflicts.get(record_id, ()) if c.field is field]

    def conflicts_of(self, record_id: str, field: Field | None = None) -> list[str]:
        """Ids of the conflicts that touch an office or event (about `field`, if given)."""
        return [c.id for c in self._conflicts.get(record_id, ()) if field is None or c.field is field]
