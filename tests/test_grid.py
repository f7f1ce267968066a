import csv
import io

from faurecli.grid import Cell, fits, grid, to_csv, to_markdown, to_plain, to_stacked, width

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


def test_plain_keeps_each_row_on_one_line():
    table = grid([("A", 1)], [["two\nlines"]], header=False)
    assert to_plain(table) == "two lines\n"


def test_csv_round_trips_through_a_csv_reader():
    rows = list(csv.reader(io.StringIO(to_csv(TABLE))))
    assert rows == [["Name", "Date"], ["Valérie Rabault", "2018"], ["a | b [x]", "Jun 2014"]]


def test_markdown_escapes_pipes_and_keeps_the_caption():
    text = to_markdown(TABLE)
    assert text.splitlines()[:3] == ["| Name | Date |", "| --- | --- |", "| Valérie Rabault | 2018 |"]
    assert "| a \\| b [x] | Jun 2014 |" in text and text.rstrip().endswith("* note")


def test_stacked_layout_names_each_field_and_keeps_every_value():
    text = to_stacked(TABLE)
    assert text.splitlines()[:3] == ["Name: Valérie Rabault", "Date: 2018", ""]
    assert "Date: Jun 2014" in text and text.rstrip().endswith("* note")


def test_a_table_fits_only_with_room_for_its_columns():
    assert fits(TABLE, 20) and not fits(TABLE, 19)
