import io
import json

from faurecli.model import BadInput
from faurecli.streams import Unreadable, lines, run
from faurecli.terminal import Terminal


def test_a_stream_line_is_read_in_bounded_chunks():
    class Recording(io.BytesIO):
        asked: list[int] = []

        def readline(self, size=-1):
            self.asked.append(size)
            return super().readline(size)

    source = Recording(b"first\n" + b"x" * 1000 + b"\nlast\n")
    got = list(lines(source, limit=64))
    assert got[0] == ("first", None) and got[2] == ("last", None)
    assert got[1][0] is None and "longer than 64 bytes (1,001 bytes)" in got[1][1]
    assert all(0 < size <= 65 for size in source.asked)  # never the whole line at once


def test_lines_that_are_not_utf8_are_errors_and_the_rest_is_read():
    assert list(lines(io.BytesIO(b"caf\xe9\r\nok\n"))) == [(None, "the line is not UTF-8 (byte 3)"), ("ok", None)]


def terminal():
    out, err = io.StringIO(), io.StringIO()
    return Terminal(out, err, {}), out, err


def test_a_stream_answers_each_line_in_order_and_a_bad_line_gets_an_error_object():
    term, out, err = terminal()

    def answer(line):
        if line == "bad":
            raise BadInput("no word to look for")
        return {"query": line, "length": len(line)}

    run(term, io.BytesIO(b"one\nbad\n\xff\nthree\n"), "query", answer)
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    assert got == [
        {"query": "one", "length": 3},
        {"query": "bad", "error": "no word to look for"},
        {"query": None, "error": "the line is not UTF-8 (byte 0)"},
        {"query": "three", "length": 5},
    ]
    assert err.getvalue() == ""  # no progress display outside a terminal


def test_a_stream_without_stdin_is_unreadable():
    term, _, _ = terminal()
    try:
        run(term, None, "query", lambda line: {})
    except Unreadable as exc:
        assert "stdin cannot be read" in str(exc)
    else:
        raise AssertionError("no error for a missing stdin")
