import datetime as dt

import pytest

from faurecli.model import Office, Origin, PartialDate, Precision


@pytest.mark.parametrize(
    ("text", "precision", "human"),
    [
        ("2014", Precision.YEAR, "2014"),
        ("2014-06", Precision.MONTH, "Jun 2014"),
        ("2014-06-15", Precision.DAY, "15 Jun 2014"),
    ],
)
def test_partial_date_parses_each_precision_and_prints_at_it(text, precision, human):
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert str(date) == text
    assert date.human() == human


@pytest.mark.parametrize(
    "text",
    [
        "",
        "14",
        "2014-6",
        "2014/06",
        "2014-13",
        "2014-00",
        "2014-02-30",
        "2014-06-15T00:00",
        " 2014",
        "0000",
        "June 2014",
        "२०१४",
    ],
)
def test_partial_date_rejects_anything_else_with_a_message(text):
    with pytest.raises(ValueError, match="is not a date"):
        PartialDate.parse(text)


def test_leap_day_is_a_date_only_in_leap_years():
    assert PartialDate.parse("2024-02-29").day == 29
    with pytest.raises(ValueError, match="day 29 is not 1 to 28"):
        PartialDate.parse("2023-02-29")


def test_a_year_sorts_before_the_months_and_days_inside_it():
    dates = [PartialDate.parse(t) for t in ["2014-06-15", "2015", "2014-06", "2014", "2013-12-31", "2014-01"]]
    assert [str(d) for d in sorted(dates)] == ["2013-12-31", "2014", "2014-01", "2014-06", "2014-06-15", "2015"]


def test_first_and_last_day_span_the_precision():
    assert PartialDate.parse("2016").first_day() == dt.date(2016, 1, 1)
    assert PartialDate.parse("2016").last_day() == dt.date(2016, 12, 31)
    assert PartialDate.parse("2016-02").last_day() == dt.date(2016, 2, 29)
    assert PartialDate.parse("2016-02-03").last_day() == dt.date(2016, 2, 3)


def test_partial_date_overlaps_a_period_when_any_of_its_days_fall_in_it():
    start, end = dt.date(2016, 12, 13), dt.date(2018, 4, 11)
    assert PartialDate.parse("2016").overlaps(start, end)
    assert PartialDate.parse("2016-12").overlaps(start, end)
    assert not PartialDate.parse("2016-11").overlaps(start, end)
    assert not PartialDate.parse("2016-12-12").overlaps(start, end)
    assert PartialDate.parse("2018-04-11").overlaps(start, end)
    assert not PartialDate.parse("2018-05").overlaps(start, end)
    assert PartialDate.parse("2099").overlaps(start, None)


def _office(**kwargs):
    base = {
        "id": "x",
        "title": "X",
        "origin": Origin.PROSE,
        "start": PartialDate.parse("1991"),
        "end": None,
        "current": False,
        "predecessors": (),
        "successors": (),
        "sources": ("s1",),
    }
    return Office(**(base | kwargs))


AS_OF = PartialDate(2025, 2)


def test_an_office_with_no_stated_end_is_held_only_within_its_start_period():
    office = _office()  # started in 1991, end not given
    assert office.held_during(PartialDate.parse("1991"), AS_OF)
    # A year-only start does not say he held it in June 1991, nor in 1992: perhaps, no more.
    assert not office.held_during(PartialDate.parse("1991-06"), AS_OF)
    assert office.maybe_during(PartialDate.parse("1991-06"), AS_OF)
    assert not office.held_during(PartialDate.parse("1992"), AS_OF)
    assert office.maybe_during(PartialDate.parse("1992"), AS_OF)


def test_a_day_start_is_held_on_that_day_and_its_month():
    office = _office(start=PartialDate.parse("2012-07-18"))
    assert office.held_during(PartialDate.parse("2012-07"), AS_OF)
    assert not office.held_during(PartialDate.parse("2012-08"), AS_OF)


def test_a_current_office_is_held_up_to_the_as_of_date_never_beyond():
    office = _office(current=True, start=PartialDate.parse("2018-04-07"))
    assert office.held_during(PartialDate.parse("2025-02"), AS_OF)
    assert not office.held_during(PartialDate.parse("2025-03"), AS_OF)
    assert not office.maybe_during(PartialDate.parse("2030"), AS_OF)
    assert not office.held_during(PartialDate.parse("2018-04-06"), AS_OF)


def test_year_bounds_hold_only_the_years_they_name():
    office = _office(start=PartialDate(1991), end=PartialDate(1993))
    assert office.held_during(PartialDate(1992), AS_OF) and office.held_during(PartialDate(1993), AS_OF)
    # "to 1993" may have ended in January: June 1993 is only perhaps.
    assert not office.held_during(PartialDate(1993, 6), AS_OF) and office.maybe_during(PartialDate(1993, 6), AS_OF)


def test_age_during_a_month_is_none_when_a_birthday_falls_in_it(store):
    assert store.person.age_during(PartialDate(2025, 2)) == 56
    assert store.person.age_during(PartialDate(2025, 8)) is None


def test_age_counts_whole_years_around_the_birthday(store):
    assert store.person.age_on(dt.date(2026, 8, 17)) == 57
    assert store.person.age_on(dt.date(2026, 8, 18)) == 58


def test_each_marker_follows_its_sentence_and_leads_the_next_in_the_summary(store):
    for marker in store.markers:
        follows = store.sentence(marker.follows)
        assert follows is not None and marker.number in follows.markers
        led = store.sentences[follows.index + 1]
        assert led.summary and marker.leads == led.id


# --- records: equality, hash and repr written once in Record, with the dataclass rules -------


def test_records_are_equal_by_their_fields_and_only_within_one_class():
    from faurecli.model import Claim, InfoboxLine, SourceInfo

    assert InfoboxLine("Party", "PS") == InfoboxLine("Party", "PS")
    assert InfoboxLine("Party", "PS") != InfoboxLine("Party", "LFI")
    date = PartialDate(2014)
    assert Claim("x", date, ("s1",)) == Claim("x", PartialDate(2014), ("s1",))
    # Same values, another class: never equal (as dataclasses).
    assert InfoboxLine("a", "b") != ("a", "b")
    info = SourceInfo("t", "p", "u", "l", "lu", "a", "s", "1", PartialDate(2025, 2), "n", ("s1",))
    assert info == SourceInfo("t", "p", "u", "l", "lu", "a", "s", "1", PartialDate(2025, 2), "n", ("s1",))
    assert info != InfoboxLine("t", "p")


def test_equal_records_hash_alike_and_fields_left_out_of_the_hash_are_left_out(store):
    from dataclasses import replace

    person = store.person
    # `sources` is a dict (unhashable) and hash=False: the person still hashes.
    assert hash(person) == hash(replace(person, sources={}))
    assert person != replace(person, sources={})  # but it is compared
    assert len({store.events[0], replace(store.events[0]), store.events[1]}) == 2


def test_a_store_compares_its_records_not_its_derived_lookups(store):
    from dataclasses import replace

    other = replace(store)
    object.__setattr__(other, "_sentences", {})  # a derived lookup (compare=False)
    assert other == store
    assert replace(store, events=store.events[1:]) != store


def test_repr_names_the_class_and_each_shown_field(store):
    assert repr(PartialDate(2014, 6)) == "PartialDate(year=2014, month=6, day=0)"
    assert "_sentences=" not in repr(store) and repr(store).startswith("Store(schema=2, source=SourceInfo(")


def test_records_stay_frozen():
    from dataclasses import FrozenInstanceError

    with pytest.raises(FrozenInstanceError):
        PartialDate(2014).year = 2015  # type: ignore[misc]


def test_dates_compare_only_with_dates():
    assert PartialDate(2014) == PartialDate(2014, 0, 0) and hash(PartialDate(2014)) == hash(PartialDate(2014, 0, 0))
    assert PartialDate(2014) != "2014"
    with pytest.raises(TypeError):
        assert PartialDate(2014) < "2015"  # type: ignore[operator]
    assert PartialDate(2014, 6) <= PartialDate(2014, 6) < PartialDate(2014, 6, 1) and PartialDate(2015) >= PartialDate(
        2014, 12, 31
    )


# --- record: a frozen dataclass made faster -----------------------------------------------------


def _sample_class() -> type:
    """A new record class with a default, a default factory, derived fields and __post_init__."""
    import dataclasses

    from faurecli.model import Record, record

    @record
    class Sample(Record):
        name: str
        count: int = 2
        tags: list[str] = dataclasses.field(default_factory=list)
        total: int = dataclasses.field(init=False, compare=False)
        seen: list[str] = dataclasses.field(init=False, default_factory=list, compare=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "total", self.count * 10)

    return Sample


def test_a_record_is_a_frozen_dataclass_with_defaults_factories_and_post_init():
    import dataclasses

    Sample = _sample_class()

    first = Sample("a")
    assert (first.name, first.count, first.tags, first.total) == ("a", 2, [], 20)
    assert Sample("a").tags is not first.tags  # a fresh list for each record, as default_factory gives
    assert dataclasses.is_dataclass(first) and [f.name for f in dataclasses.fields(first)][:2] == ["name", "count"]
    changed = dataclasses.replace(first, count=5)
    assert changed.total == 50 and first.count == 2
    assert Sample("a", 3) == Sample("a", 3, []) and Sample("a") != Sample("b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del first.count  # type: ignore[misc]
    with pytest.raises(TypeError):
        Sample()  # type: ignore[call-arg]
    assert not hasattr(first, "__dict__")  # slotted
    assert first.seen == [] and first.seen is not Sample("a").seen  # init=False fields get their default


def test_a_record_is_made_without_compiling_until_its_class_is_made_often(monkeypatch):
    # Compiling an __init__ is ~2% of a single ask or verify; a stream makes the same classes
    # thousands of times, where the compiled one is faster. Both must make the same records.

    from faurecli import model

    compiled: list[type] = []
    real = model._init_for
    monkeypatch.setattr(model, "_init_for", lambda cls: compiled.append(cls) or real(cls))

    Sample = _sample_class()

    def made() -> list[tuple[object, ...]]:
        records = [Sample("a"), Sample("b", 3), Sample(name="c", tags=["x"]), Sample("d", count=4, tags=[])]
        return [(r.name, r.count, r.tags, r.total) for r in records]

    def refuse_bad_arguments() -> None:
        # None given, one too many, one given twice, one unknown.
        for args, kwargs in [((), {}), (("a", 1, [], 9), {}), (("a",), {"name": "b"}), (("a",), {"size": 1})]:
            with pytest.raises(TypeError):
                Sample(*args, **kwargs)

    plain = made()
    refuse_bad_arguments()
    assert compiled == []
    while not compiled:
        Sample("e")
    assert compiled == [Sample] and made() == plain
    refuse_bad_arguments()
    assert plain[0] == ("a", 2, [], 20) and plain[2] == ("c", 2, ["x"], 20)


def test_a_record_without_a_docstring_is_made_without_reading_a_signature(monkeypatch):
    # dataclasses documents a class from inspect.signature, which for a record (init=False)
    # parses object's signature with tokenize: ~3 ms of a run spent compiling its patterns.
    import inspect

    from faurecli.model import Record, record

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("inspect.signature called")

    monkeypatch.setattr(inspect, "signature", refuse)

    @record
    class Plain(Record):
        name: str
        count: int = 1

    assert Plain("a").count == 1
    assert Plain.__doc__ == "Plain(name, count)"


def test_a_record_pickles_with_every_field_its_derived_ones_too(store):
    import dataclasses
    import pickle

    from faurecli.model import Record, record

    @record
    class Derived(Record):
        count: int
        total: int = dataclasses.field(init=False, compare=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "total", self.count * 10)

    globals()["Derived"] = Derived  # pickle finds a class by its module's name for it
    Derived.__qualname__ = "Derived"
    copy = pickle.loads(pickle.dumps(Derived(4)))
    assert copy == Derived(4) and copy.total == 40
    again = pickle.loads(pickle.dumps(store))
    assert again == store and again.markers == store.markers
    assert again.sentence(store.sentences[3].id) == store.sentences[3]
    assert again.conflicts_of(store.conflicts[0].records[0]) == store.conflicts_of(store.conflicts[0].records[0])


def test_a_record_relinked_keeps_its_other_fields_and_calls_no_init(store, monkeypatch):
    # What evidence.prime uses on a cached Built: dataclasses.replace called __init__ (and
    # compiled it once a class had made 64 objects).
    from faurecli import evidence
    from faurecli.model import relinked

    unit = next(u for u in evidence.knowledge(store).built.units if u.office is not None)
    import pickle

    office = pickle.loads(pickle.dumps(unit.office))  # as a cached Built holds it: a copy

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("__init__ called")

    monkeypatch.setattr(type(unit), "__init__", refuse)
    made = relinked(unit, office=office)
    assert made.office is office and made is not unit and unit.office is not office
    assert all(getattr(made, name) is getattr(unit, name) for name in ("id", "refs", "text", "words", "events"))
    with pytest.raises(TypeError, match="no field 'offices'"):
        relinked(unit, offices=())


def test_a_record_rebuilt_from_a_cache_has_every_value_set_and_refuses_a_wrong_count():
    # _rebuild sets the fields in C (map), not a Python loop: a cached store and Built are ~700
    # records. A value missing or one too many (a foreign or truncated cache file) is refused,
    # never a record with a field left unset.
    from dataclasses import FrozenInstanceError

    from faurecli.model import _names, _rebuild

    names = _names(PartialDate)[3]
    date = PartialDate(2012, 6, 17)
    again = _rebuild(PartialDate, tuple(getattr(date, n) for n in names))
    assert type(again) is PartialDate and again == date and all(getattr(again, n) == getattr(date, n) for n in names)
    with pytest.raises(FrozenInstanceError):
        again.year = 2013  # type: ignore[misc]
    values = tuple(getattr(date, n) for n in names)
    for wrong in (values[:-1], (*values, 0)):
        with pytest.raises(ValueError, match="fields"):
            _rebuild(PartialDate, wrong)


def _twin_made_by_dataclasses():
    """A record class, and the same class made by `dataclasses` itself, as records were."""
    from dataclasses import dataclass, field

    from faurecli.model import Record, record

    def declare():
        class Sample(Record):
            """A sample record."""

            # (Written as strings, as the package's modules have them: `from __future__ import
            # annotations`.)
            name: "str"
            when: "PartialDate | None" = None
            tags: "tuple[str, ...]" = ()
            sources: "dict[str, str]" = field(default_factory=dict, hash=False)
            seen: "dict[str, int]" = field(init=False, repr=False, compare=False)

        return Sample

    return record(declare()), dataclass(init=False, slots=True, eq=False, repr=False)(declare())


def test_a_record_class_has_the_fields_slots_and_parameters_dataclasses_gives_it():
    # records are made without dataclasses' general machinery (~0.5M instructions a class, ~30
    # classes in an ask): what dataclasses reads and gives must be the same.
    from dataclasses import fields, is_dataclass

    mine, theirs = _twin_made_by_dataclasses()

    def spec(cls):
        return [
            (
                f.name,
                f.type,
                f.default,
                f.default_factory,
                f.init,
                f.repr,
                f.hash,
                f.compare,
                f.kw_only,
                dict(f.metadata),
            )
            for f in fields(cls)
        ]

    assert is_dataclass(mine) and spec(mine) == spec(theirs)
    assert mine.__slots__ == theirs.__slots__ == ("name", "when", "tags", "sources", "seen")
    assert mine.__match_args__ == theirs.__match_args__ == ("name", "when", "tags", "sources")
    assert repr(mine.__dataclass_params__) == repr(theirs.__dataclass_params__)
    # (Not "__weakref__": dataclasses of Python 3.11.2 leave the plain class's descriptor in the
    # slotted one's dict, 3.11.7's take it out; neither gives a weak reference slot.)
    assert sorted(vars(mine).keys() - {"__init__", "__weakref__"}) == sorted(vars(theirs).keys() - {"__weakref__"})
    assert mine.__qualname__ == theirs.__qualname__
    made = mine("Faure", tags=("ps",))
    assert (made.name, made.when, made.tags, made.sources) == ("Faure", None, ("ps",), {})
    assert not hasattr(made, "__dict__") and not hasattr(made, "seen")


def test_a_record_class_dataclasses_would_refuse_or_read_apart_is_left_to_it(monkeypatch):
    import pytest

    from faurecli.model import Record, record

    with pytest.raises(ValueError, match="mutable default"):

        @record
        class Wrong(Record):
            """A record with a list for a default."""

            items: "list[str]" = []  # noqa: RUF012

    import dataclasses

    made = []
    process = dataclasses._process_class
    monkeypatch.setattr(dataclasses, "_process_class", lambda cls, *a: made.append(cls) or process(cls, *a))

    @record
    class Counted(Record):
        """A record with a class variable: dataclasses tells what is a field."""

        total: "ClassVar[int]" = 0  # noqa: F821
        name: "str" = ""

    assert made and made[-1].__name__ == "Counted" and "name" in Counted.__dataclass_fields__


def test_a_record_class_is_made_without_dataclasses_general_machinery(monkeypatch):
    # The promise that keeps ~15M instructions out of every ask: dataclasses' class processing
    # (reading each annotation for ClassVar and InitVar, its methods) is not run for a record.
    import dataclasses

    from faurecli.model import Record, record

    def refuse(*args, **kwargs):
        raise AssertionError("made by dataclasses")

    monkeypatch.setattr(dataclasses, "_process_class", refuse)

    @record
    class Quick(Record):
        """A record made quickly."""

        name: "str"
        year: "int" = 0

    assert [f.name for f in dataclasses.fields(Quick)] == ["name", "year"] and Quick("x").year == 0
