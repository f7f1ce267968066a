import io
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from faurecli.model import BadInput
from faurecli.streams import SERIAL, Unreadable, lines, run
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


# --- A long stream shared among worker processes (real processes: they fork) -----------------


FAURE = [sys.executable, "-m", "faurecli"]
CLAIMS = [
    "Faure was born in 1968",
    "Faure was born in 1969",
    "Olivier Faure a été élu premier secrétaire en 2018",
    "Faure succeeded Jean-Christophe Cambadélis as First Secretary",
    "Faure won the 2012 legislative election",
    "",
    "Faure has three children",
]


def _stream_input(count: int) -> bytes:
    lines = [CLAIMS[n % len(CLAIMS)].encode() for n in range(count)]
    if count > SERIAL + 9:
        lines[SERIAL + 5] = b"caf\xe9"  # not UTF-8, among the shared lines
        lines[SERIAL + 9] = b"x" * (70 * 1024)  # longer than a line may be
    return b"\n".join(lines) + b"\n"


def _run(jobs: int, given: bytes) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "FAURE_JOBS": str(jobs)}
    return subprocess.run([*FAURE, "verify", "-"], input=given, capture_output=True, env=env, timeout=300, check=False)


def test_a_stream_shared_among_workers_answers_as_one_process_does():
    given = _stream_input(SERIAL + 60)
    alone, shared = _run(1, given), _run(3, given)
    assert alone.returncode == shared.returncode == 0 and alone.stderr == shared.stderr == b""
    assert shared.stdout == alone.stdout  # the same lines, in the same order
    got = [json.loads(line) for line in shared.stdout.splitlines()]
    assert len(got) == SERIAL + 60
    assert got[SERIAL + 5] == {"claim": None, "error": "the line is not UTF-8 (byte 3)"}
    assert got[SERIAL + 9]["error"].startswith("the line is longer than")
    assert [g["claim"] for g in got[SERIAL + 20 : SERIAL + 27]] == [
        CLAIMS[n % len(CLAIMS)] for n in range(SERIAL + 20, SERIAL + 27)
    ]


def test_a_shared_stream_whose_reader_goes_away_ends_quietly(tmp_path):
    env = {**os.environ, "FAURE_JOBS": "2"}
    given = tmp_path / "claims.txt"
    given.write_bytes(_stream_input(SERIAL + 400))
    with given.open("rb") as stdin:
        process = subprocess.Popen(
            [*FAURE, "verify", "-"], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
    assert process.stdout is not None
    for _ in range(SERIAL + 20):
        process.stdout.readline()
    process.stdout.close()  # `| head`
    assert process.wait(timeout=300) == 0
    assert process.stderr is not None and process.stderr.read() == b""


def test_ctrl_c_in_a_shared_stream_is_one_line_and_the_workers_end():
    env = {**os.environ, "FAURE_JOBS": "2"}
    process = subprocess.Popen(
        [*FAURE, "verify", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        # A test run in the background inherits SIGINT ignored, which faure keeps so: a terminal's
        # Ctrl-C reaches a foreground faure with its default disposition.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdin is not None and process.stdout is not None
    out = process.stdout
    threading.Thread(target=lambda: out.read(), daemon=True).start()  # never a full pipe
    process.stdin.write(_stream_input(SERIAL + 5))  # stdin stays open: the stream goes on
    process.stdin.flush()
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:  # the workers are answering
        time.sleep(0.05)
        workers = [int(pid) for pid in _children(process.pid)]
    assert len(workers) == 2
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    err = process.stderr.read() if process.stderr is not None else b""
    assert process.wait(timeout=60) == 130 and err == b"faure: interrupted\n"
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in workers)


def _children(pid: int) -> list[str]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if stat.read().rsplit(")", 1)[1].split()[1] == str(pid):
                        found.append(entry)
            except OSError:
                pass
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_faure_jobs_must_be_a_number_of_processes(value):
    env = {**os.environ, "FAURE_JOBS": value}
    done = subprocess.run([*FAURE, "verify", "-"], input=b"x\n", capture_output=True, env=env, timeout=60, check=False)
    assert done.returncode == 2
    assert (
        done.stderr.decode().strip()
        == f"faure: FAURE_JOBS must be a whole number of processes, 1 or more, not {value!r}"
    )
