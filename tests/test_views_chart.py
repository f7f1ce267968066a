import datetime as dt

from faurecli.query import OfficeSource, select_offices
from faurecli.views.chart import ASCII, BLOCKS, career_chart, plain

# The source's as-of date (Feb 2025): the axis ends there, whatever the reader's clock says.
TODAY = dt.date(2025, 2, 28)


def test_chart_golden_in_plain_characters(store, golden):
    offices = select_offices(store, source=OfficeSource.ALL)
    golden("chart_100.plain.txt", plain(career_chart(offices, TODAY, width=100, glyphs=ASCII)))


def test_chart_fits_the_width_and_labels_every_office(store):
    offices = select_offices(store, source=OfficeSource.ALL)
    for width in (40, 80, 160):
        text = plain(career_chart(offices, TODAY, width=width, glyphs=ASCII))
        assert all(len(line) <= width for line in text.splitlines())
        # Labels wrap beside their bars; their characters still come in order.
        letters = iter("".join(text.split()))
        assert all(char in letters for char in "".join("".join(o.title for o in offices).split()))


def test_bars_show_current_open_and_unknown_ends(store):
    offices = {o.id: o for o in select_offices(store, source=OfficeSource.ALL)}
    lines = career_chart(list(offices.values()), TODAY, width=100, glyphs=ASCII)
    by_label = {"".join(t for t, _ in line).split("  ")[0].strip(): "".join(t for t, _ in line) for line in lines}
    assert by_label["First Secretary of the Socialist Party"].rstrip().endswith("#>")
    assert by_label["Spokesperson of the Socialist Party"].rstrip().endswith("#")
    assert by_label["Secretary-general of the Young"].rstrip().endswith("=?")


def test_bars_are_coloured_by_source(store):
    offices = select_offices(store, source=OfficeSource.ALL)
    styles = {style for line in career_chart(offices, TODAY, width=100, glyphs=BLOCKS) for _, style in line}
    assert {"cyan", "magenta"} <= styles


def test_the_axis_runs_from_the_first_start_to_the_as_of_date(store):
    offices = select_offices(store, source=OfficeSource.ALL)
    years_line = plain(career_chart(offices, TODAY, width=160, glyphs=ASCII)).splitlines()[-3]
    assert years_line.split()[0] == "1991" and years_line.split()[-1] == "2025"
    assert "2026" not in plain(career_chart(offices, TODAY, width=400, glyphs=ASCII))


def test_no_offices_no_chart():
    assert career_chart([], TODAY, width=80, glyphs=ASCII) == []


def test_bars_after_a_wide_character_title_start_in_the_same_column(store):
    import dataclasses

    from faurecli.views.grid import width as display_width

    offices = select_offices(store, source=OfficeSource.ALL)
    first = next(o for o in offices if o.id == "first-secretary")
    wide = dataclasses.replace(first, title="第一书记")  # four characters, eight columns
    for chosen in ([first, wide], [wide, first]):
        lines = career_chart(chosen, TODAY, width=100, glyphs=ASCII)
        rows = ["".join(text for text, _ in line) for line in lines[:2]]
        # The same term's bar: it must start at the same terminal column on both rows.
        starts = [display_width(row[: row.index("#")]) for row in rows]
        assert starts[0] == starts[1], rows
