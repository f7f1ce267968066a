import io
import json

from faurecli.query import conflict_report, offices, profile
from faurecli.terminal import Terminal, _sane_environment
from faurecli.views import Format


class Pipe(io.StringIO):
    encoding = "utf-8"


class Tty(Pipe):
    def isatty(self):
        return True


def make(out=None, **environ):
    out = out if out is not None else Pipe()
    return Terminal(out, io.StringIO(), environ), out


def test_a_pipe_is_plain_and_a_terminal_is_styled_unless_told_otherwise():
    assert not make()[0].styled
    assert make(Tty())[0].styled and make(Tty())[0].coloured
    assert make(FORCE_COLOR="1")[0].styled
    plain = make(Tty(), NO_COLOR="1")[0]
    assert plain.styled and not plain.coloured
    assert not make(FORCE_COLOR="1", NO_COLOR="1")[0].styled  # NO_COLOR wins


def test_the_width_comes_from_a_usable_columns_only():
    assert make(COLUMNS="132")[0].columns == 132
    assert make(COLUMNS="abc")[0].columns is None and make()[0].columns is None
    environ = {"COLUMNS": "0", "LINES": "99999999999"}
    _sane_environment(environ)
    assert "COLUMNS" not in environ and environ["LINES"] == "10000"


def test_json_is_indented_for_a_person_and_compact_or_in_lines_for_a_pipe(store):
    term, out = make()
    term.json({"name": "Valérie"})
    assert out.getvalue() == '{"name": "Valérie"}\n'
    ascii_only, written = make(io.StringIO())  # an encoding that may not carry accents
    ascii_only.json({"name": "Valérie"})
    assert written.getvalue() == '{"name": "Val\\u00e9rie"}\n'
    tty, screen = make(Tty())
    tty.json({"a": 1})
    assert screen.getvalue() == '{\n  "a": 1\n}\n'
    term, out = make()
    term.present(offices(store), Format.JSONL)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()][0] == "deputy"


def test_every_format_a_result_allows_is_written(store):
    from faurecli.views import formats

    for result in (offices(store), profile(store), conflict_report(store)):
        for fmt in formats(type(result).__name__):
            term, out = make()
            term.present(result, fmt)
            assert out.getvalue().strip(), (type(result).__name__, fmt)


def test_say_is_one_inert_line_on_stderr():
    term, _ = make()
    term.say("bad path: a\x1b[31mb\nc")
    assert term.err.getvalue() == "faure: bad path: a\\x1b[31mb\\nc\n"
