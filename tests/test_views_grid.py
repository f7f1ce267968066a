import csv
import io

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from faurecli.views.grid import (
    CAPTION,
    HEADER,
    HIGHLIGHT,
    Cell,
    column_widths,
    fits,
    grid,
    layout,
    to_csv,
    to_markdown,
    to_plain,
    to_stacked,
    width,
    wrap,
)

TABLE = grid(
    [("Name", 2), ("Date", -11)],
    [["Valérie Rabault", "2018"], [Cell("a | b [x]", "bold"), "Jun 2014"]],
    caption="* note",
)


def test_plain_text_aligns_columns_without_cutting_or_trailing_blanks():
    lines = to_plain(TABLE).splitlines()
    assert lines[0] == "Name             Date"
    assert lines[1] == "───────────────  ────────"
    assert lines[2] == "Valérie Rabault  2018"
    assert lines[3] == "a | b [x]        Jun 2014"
    assert lines[-1] == "* note"
    assert all(line == line.rstrip() for line in lines)


def test_width_counts_wide_and_combining_characters():
    assert width("abc") == 3 and width("日本") == 4 and width("e\u0301") == 1
    # Accented Latin is one column a character; wide and combining ones count amid it.
    assert width("Cambadélis – Ségolène") == 21 and width("Élysée 日本 e\u0301") == 13


def test_plain_keeps_each_row_on_one_line():
    table = grid([("A", 1)], [["two\nlines"]], header=False)
    assert to_plain(table) == "two lines\n"


def test_csv_round_trips_through_a_csv_reader():
    rows = list(csv.reader(io.StringIO(to_csv(TABLE))))
    assert rows == [["Name", "Date"], ["Valérie Rabault", "2018"], ["a | b [x]", "Jun 2014"]]


def test_markdown_escapes_pipes_and_keeps_the_caption():
    text = to_markdown(TABLE)
    assert text.splitlines()[:3] == ["| Name | Date |", "| --- | --- |", "| Valérie Rabault | 2018 |"]
    assert "| a \\| b \\[x\\] | Jun 2014 |" in text and text.rstrip().endswith("* note")


def test_stacked_layout_names_each_field_and_keeps_every_value():
    text = to_stacked(TABLE)
    assert text.splitlines()[:3] == ["Name: Valérie Rabault", "Date: 2018", ""]
    assert "Date: Jun 2014" in text and text.rstrip().endswith("* note")


def test_a_table_fits_only_with_room_for_its_columns():
    assert fits(TABLE, 20) and not fits(TABLE, 19)


# --- terminal layout -------------------------------------------------------------------------


def _pieces(text, size):
    return [text[start:end] for start, end in wrap(text, size)]


def test_wrap_breaks_at_spaces_and_keeps_the_text_s_own_line_breaks():
    assert _pieces("Valérie Rabault replaced him", 16) == ["Valérie Rabault", "replaced him"]
    assert _pieces("one\ntwo three", 20) == ["one", "two three"]
    assert _pieces("", 5) == [""]


def test_wrap_splits_a_word_only_when_it_is_longer_than_a_line_after_a_hyphen_first():
    assert _pieces("a Jean-Christophe b", 6) == ["a", "Jean-", "Christ", "ophe b"]
    assert _pieces("a Jean-Christophe b", 10) == ["a", "Jean-", "Christophe", "b"]
    assert _pieces("Seine-et-Marne's 11th", 14) == ["Seine-et-", "Marne's 11th"]
    assert _pieces("a Jean-Christophe b", 20) == ["a Jean-Christophe b"]
    assert _pieces("xxxxxxxxxxxx", 5) == ["xxxxx", "xxxxx", "xx"]
    assert _pieces("a -- b", 3) == ["a", "--", "b"]


def test_at_80_columns_the_offices_table_splits_no_name_or_header_mid_word(store):
    from faurecli.query import OfficeSource, select_offices
    from faurecli.views.table import offices_grid

    table = offices_grid(store, select_offices(store, source=OfficeSource.ALL, current=False, at=None))
    lines = ["".join(text for text, _ in line) for line in layout(table, 80)]
    assert max(map(len, lines)) <= 80
    words = {w for line in lines for w in line.split()}
    assert {"Predecessors", "Successors", "Christophe", "Cambadélis", "Secretary-general"} <= words
    assert not {"Predecess", "Jean-Chri", "stophe"} & words


def test_wrap_measures_wide_characters_as_two_columns():
    assert _pieces("日本語 text", 4) == ["日本", "語", "text"]


TEXT = st.text(alphabet=st.sampled_from("ab é-日\u0301 \n"), max_size=80)


@given(text=TEXT, size=st.integers(min_value=2, max_value=30))
def test_wrapped_lines_fit_and_drop_nothing_but_spaces(text, size):
    pieces = _pieces(text, size)
    assert all(width(piece) <= size for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


TABLE_WIDE = grid(
    [("Date", -11), ("Event", 3), ("Predecessors", 1)],
    [
        ["15 Mar 2018", "Came first in the first round of the election for first secretary", "Jean-Christophe"],
        ["2018", Cell("Aubervilliers Congress", "cyan", spans=((0, 13),)), "—"],
    ],
    caption="* date derived, not stated",
)


def _text(lines):
    return ["".join(text for text, _ in line) for line in lines]


def _in_order(needle, haystack):
    letters = iter(haystack)
    return all(char in letters for char in needle)


@pytest.mark.parametrize("columns", [30, 41, 60, 100, 200])
def test_layout_fits_the_terminal_and_keeps_every_character_in_order(columns):
    lines = _text(layout(TABLE_WIDE, columns))
    assert all(width(line) <= columns and line == line.rstrip() for line in lines)
    for row in TABLE_WIDE.rows:
        for item in row:
            # Column by column: a wrapped cell's characters come in order in its own column.
            assert _in_order("".join(item.text.split()), "".join("".join(lines).split()))


def test_layout_frames_like_rich_simple_head():
    lines = _text(layout(TABLE_WIDE, 100))
    date, event, names = column_widths(TABLE_WIDE, 100)
    header = lines[1]
    assert lines[0] == "" and header.index("Date") == 2
    # An edge and padding, each column at its width, then padding, divider, padding.
    assert header.index("Event") == 2 + date + 3
    assert header.index("Predecessors") == 2 + date + 3 + event + 3
    # The rule spans the table between its edges: the columns, their padding and dividers.
    assert lines[2] == " " + "─" * (date + event + names + 3 * 2 + 2)
    assert lines[3].startswith("  15 Mar 2018   Came first in the first round")
    assert lines[-2:] == ["", "* date derived, not stated"]


def test_layout_styles_headers_cells_matches_and_caption():
    lines = layout(TABLE_WIDE, 100)
    assert ("Date", HEADER) in lines[1]
    congress = next(line for line in lines if any("Congress" in text for text, _ in line))
    assert ("Aubervilliers", f"cyan {HIGHLIGHT}") in congress and (" Congress", "cyan") in congress
    assert lines[-1] == [("* date derived, not stated", CAPTION)]


def test_short_columns_take_their_longest_line_up_to_their_cap():
    widths = column_widths(TABLE_WIDE, 200)
    assert widths[0] == len("15 Mar 2018")
    # Room to spare: the others are as wide as their longest line, no wider.
    assert widths[1:] == [len(TABLE_WIDE.rows[0][1].text), len("Jean-Christophe")]
    assert column_widths(grid([("D", -4)], [["15 Mar 2018"]]), 200) == [4]


def test_shared_columns_keep_headers_and_words_whole_when_another_can_spare_room():
    widths = column_widths(TABLE_WIDE, 60)
    assert sum(widths) + 3 * len(widths) + 1 <= 60
    assert widths[2] >= len("Predecessors") and widths[2] >= len("Jean-Christophe")
    assert widths[1] > widths[2]  # the long text still gets the largest share


@given(columns=st.integers(min_value=1, max_value=300))
def test_column_widths_never_exceed_the_terminal_once_a_table_fits(columns):
    widths = column_widths(TABLE_WIDE, columns)
    assert all(w >= 1 for w in widths)
    if fits(TABLE_WIDE, columns):
        assert sum(widths) + 3 * len(widths) + 1 <= columns


def test_in_a_narrow_terminal_short_columns_give_way_before_titles_are_cut_into_slivers():
    table = grid(
        [("Office", 3), ("Start", -13), ("End", -11), ("Source", -7)],
        [["Member of the National Assembly, for Seine-et-Marne's 11th constituency", "20 Jun 2012", "present", "x"]],
    )
    office, start, end, source = column_widths(table, 50)
    assert office >= len("Seine-et-Marne's")  # its longest word stays whole
    assert 6 <= start < len("20 Jun 2012") and end == len("present")  # the date wraps instead
    assert column_widths(table, 200)[1] == len("20 Jun 2012")  # with room, it does not


@given(
    sizes=st.lists(st.sampled_from([-13, -7, 1, 2, 3]), min_size=1, max_size=5),
    texts=st.lists(TEXT, min_size=25, max_size=25),
    columns=st.integers(min_value=10, max_value=160),
)
def test_any_table_that_fits_is_laid_out_within_the_terminal_without_losing_a_character(sizes, texts, columns):
    rows = [texts[i : i + len(sizes)] for i in range(0, 25 - len(sizes) + 1, len(sizes))]
    table = grid([(f"C{i}", size) for i, size in enumerate(sizes)], rows)
    assume(fits(table, columns))
    lines = _text(layout(table, columns))
    assert all(width(line) <= columns for line in lines)
    given_text = [f"C{i}" for i in range(len(sizes))] + [text for row in rows for text in row]
    shown = "".join(lines).replace("─", "")
    assert sorted("".join(shown.split())) == sorted("".join("".join(given_text).split()))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("**x** `y`", "\\*\\*x\\*\\* \\`y\\`"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("[a](javascript:x) ~~s~~", "\\[a\\](javascript:x) \\~\\~s\\~\\~"),
        ("_em_ Olivier_Faure", "\\_em\\_ Olivier_Faure"),
        ("a \\ b", "a \\\\ b"),
    ],
)
def test_markdown_shows_a_stores_text_as_written_not_as_markup(text, shown):
    assert f"| {shown} |" in to_markdown(grid([("A", 1)], [[text]]))


def test_a_markdown_caption_starting_with_a_star_is_no_list_item():
    assert to_markdown(TABLE).rstrip().endswith("\n\\* note")
