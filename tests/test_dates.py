import pytest

from faurecli.dates import find_dates, parse_date
from faurecli.model import DateError, PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014", "2014"),
        ("2014-06", "2014-06"),
        ("2014-06-15", "2014-06-15"),
        ("13/12/2016", "2016-12-13"),
        ("18.07.2012", "2012-07-18"),
        ("7 avril 2018", "2018-04-07"),
        ("1er mai 2018", "2018-05-01"),
        ("7 April 2018", "2018-04-07"),
        ("December 13, 2016", "2016-12-13"),
        ("Dec. 13 2016", "2016-12-13"),
        ("mai 2022", "2022-05"),
        ("Dec. 2024", "2024-12"),
        ("17 JUIN 2012", "2012-06-17"),
        ("18 août 1968", "1968-08-18"),
        ("18 aou\u0302t 1968", "1968-08-18"),
    ],
)
def test_parse_date_reads_iso_and_the_forms_people_write(text, expected):
    parsed = parse_date(text)
    assert str(parsed.date) == expected
    assert parsed.date == PartialDate.parse(expected)


def test_an_ambiguous_numeric_date_is_read_day_first_and_says_so():
    parsed = parse_date("03/04/2014")
    assert (parsed.date, parsed.day_first) == (PartialDate(2014, 4, 3), True)
    # Unambiguous: no flag; 12/13/2016 can only be month-first.
    assert parse_date("13/12/2016").day_first is False
    assert parse_date("12/13/2016").date == PartialDate(2016, 12, 13)


@pytest.mark.parametrize("text", ["foo", "2014-13", "31/02/2016", "1er mai", "", "2014 2015", "ٱلْعَرَبِيَّة"])
def test_a_bad_date_raises_date_error_naming_the_accepted_forms(text):
    with pytest.raises(DateError) as caught:
        parse_date(text)
    message = str(caught.value)
    assert "\n" not in message and ("2014-06-15" in message or "month 13" in message)


def test_find_dates_in_a_query_keeps_positions_and_yearless_days():
    query = "élu le 1er mai, puis 29 March et 2014-06"
    found = [(query[s.start : s.end], s.parsed.year, s.parsed.month, s.parsed.day) for s in find_dates(query)]
    assert found == [("1er mai", None, 5, 1), ("29 March", None, 3, 29), ("2014-06", 2014, 6, 0)]
    assert find_dates("48.37% and 1,000 executives, 137 to 120") == []


@pytest.mark.parametrize("text", ["00/00/2000", "15/00/2000", "0/6/2000", "00/2000", "2000/00", "2000/06/00"])
def test_a_numeric_date_with_a_zero_day_or_month_is_not_a_date(text):
    # 0 would read as "not given": 15/00/2000 as the year 2000, a day turned into a year.
    with pytest.raises(DateError):
        parse_date(text)
    assert find_dates(f"le {text}") == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("in the 1990s", 1990),
        ("the 1980's", 1980),
        ("back in the '90s", 1990),
        ("the nineties", 1990),
        ("les années 90", 1990),
        ("les années 2000", 2000),
        ("dans les années 1970", 1970),
        ("in the early nineties", 1990),
        ("the late 1980s", 1980),
        ("au début des années 2000", 2000),
    ],
)
def test_find_decades_reads_a_decade_as_ten_years(text, first):
    from faurecli.dates import find_decades
    from faurecli.model import PartialDate

    (span,) = find_decades(text)
    assert span.parsed.decade and span.parsed.year == first
    assert span.parsed.matches(PartialDate(first + 9)) and not span.parsed.matches(PartialDate(first + 10))


def test_find_dates_does_not_read_decades():
    from faurecli.dates import find_dates

    assert all(not span.parsed.decade for span in find_dates("the 1990s and 2012"))


def test_the_forms_naming_a_month_are_tried_only_where_a_word_is_a_month():
    from faurecli import dates

    # The gate must cover every form that reads a month name, and only those.
    assert dates._NAMED_MONTH == {name for name, pattern in dates._PATTERNS if dates._MONTH in pattern.pattern}
    found = find_dates("Le 1er mai 2018, puis en Sept. 2019, le 15/06/2012 et 2012-06; June 15")
    assert [(s.text, s.parsed.year, s.parsed.month, s.parsed.day) for s in found] == [
        ("1er mai 2018", 2018, 5, 1),
        ("Sept. 2019", 2019, 9, 0),
        ("15/06/2012", 2012, 6, 15),
        ("2012-06", 2012, 6, 0),
        ("June 15", None, 6, 15),
    ]
    # No month word: only the numeric forms and the year are read ("mars" inside a word is none).
    assert [s.text for s in find_dates("Les Marsupilamis de 2012, 15/06/2012")] == ["2012", "15/06/2012"]


def test_a_two_digit_year_after_a_month_is_read_only_where_no_day_can_be() -> None:
    from faurecli.dates import find_dates

    assert [(d.parsed.year, d.parsed.month, d.parsed.day) for d in find_dates("né en juillet 72")] == [(1972, 7, 0)]
    assert [(d.parsed.year, d.parsed.day) for d in find_dates("on 3 March '05")] == [(2005, 3)]
    # A day, not a year: "August 15"; "sept 45" is a number.
    assert [(d.parsed.year, d.parsed.day) for d in find_dates("on August 15")] == [(None, 15)]
    assert find_dates("sept 45 personnes") == []


def test_a_hyphenated_period_of_years_gives_both_years() -> None:
    from faurecli.dates import find_dates

    assert [d.parsed.year for d in find_dates("en poste 2012-2017")] == [2012, 2017]
    # Not a month ("2014-06"), a score, or years the wrong way round.
    assert [d.parsed.year for d in find_dates("2014-06")] == [2014]
    assert find_dates("137-120") == [] and find_dates("2017-2012") == []
