"""The pager: long output at a terminal goes through FAURE_PAGER, PAGER or `less -FRX`, short
output and pipes never do, and --no-pager turns it off (real processes in a pseudo-terminal)."""

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest

from faurecli.pager import DEFAULT, Held, command, height, hold

# A pager that says it ran, and how many lines it was given.
MARK = "sh -c 'echo PAGED-BY-FAURE-TEST; wc -l'"


def in_terminal(args, env_extra, rows=24, cols=80):
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "FAURE_PAGER", "NO_COLOR", "FORCE_COLOR")}
    env.update(env_extra, TERM="xterm", COLUMNS=str(cols), LINES=str(rows))
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvpe(sys.executable, [sys.executable, "-m", "faurecli", *args], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def test_the_pager_is_faure_pager_then_pager_then_less_frx():
    assert command({}) == DEFAULT == "less -FRX"
    assert command({"PAGER": "most"}) == "most"
    assert command({"PAGER": "most", "FAURE_PAGER": "less -R"}) == "less -R"
    assert command({"PAGER": "most", "FAURE_PAGER": ""}) is None
    assert command({"PAGER": "cat"}) is None


def test_height_counts_wrapped_lines_and_ignores_colour_codes():
    assert height("a\nb\n", 80) == 2
    assert height("x" * 81, 80) == 2
    assert height("\x1b[1m" + "x" * 80 + "\x1b[0m", 80) == 1
    assert height("\n\n", 80) == 2


def test_nothing_is_held_for_a_pipe_or_a_dumb_terminal():
    assert hold(io.StringIO(), {}) is None

    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(hold(Tty(), {}), Held)
    assert hold(Tty(), {"TERM": "dumb"}) is None
    assert hold(Tty(), {"FAURE_PAGER": ""}) is None


@pytest.mark.parametrize(
    ("args", "env", "paged"),
    [
        (["timeline"], {"FAURE_PAGER": MARK}, True),
        (["timeline"], {"PAGER": MARK}, True),
        (["timeline", "--no-pager"], {"PAGER": MARK}, False),
        (["--no-pager", "timeline"], {"FAURE_PAGER": MARK}, False),
        (["timeline"], {"FAURE_PAGER": "", "PAGER": MARK}, False),
        (["cite", "13"], {"FAURE_PAGER": MARK}, False),
        (["timeline", "--json"], {"FAURE_PAGER": MARK}, True),
    ],
)
def test_long_output_at_a_terminal_is_paged_short_output_is_not(args, env, paged):
    code, out = in_terminal(args, env)
    assert code == 0
    assert ("PAGED-BY-FAURE-TEST" in out) is paged
    if not paged:
        assert out.strip()


def test_a_pipe_is_never_paged():
    env = dict(os.environ, FAURE_PAGER=MARK, PAGER=MARK)
    result = subprocess.run(
        [sys.executable, "-m", "faurecli", "timeline"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "PAGED-BY-FAURE-TEST" not in result.stdout and result.stdout.count("\n") > 24


@pytest.mark.parametrize("pager", ["no-such-pager-xyz", "false", "exit 3"])
def test_a_pager_that_cannot_run_or_fails_still_shows_the_output(pager):
    code, out = in_terminal(["timeline"], {"FAURE_PAGER": pager})
    assert code == 0 and "Aubervilliers" in out
