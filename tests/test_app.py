"""Ctrl-C, as a real signal to a real process, at any moment of a run: one line on stderr,
"faure: interrupted", and status 130, never a traceback."""

import os
import signal
import subprocess
import sys
import time

import pytest

# Runs faure's entry point with a SIGINT sent to itself when `module` is first imported: a
# Ctrl-C arriving at that exact moment of start-up or of a command.
AT_IMPORT = """
import builtins, os, signal, sys
module = sys.argv.pop(1)
real_import = builtins.__import__
def import_(name, *args, **kwargs):
    if name == module and not import_.fired:
        import_.fired = True
        os.kill(os.getpid(), signal.SIGINT)
    return real_import(name, *args, **kwargs)
import_.fired = False
builtins.__import__ = import_
sys.argv[0] = "faure"
from faurecli.app import run
run()
"""


@pytest.mark.parametrize(
    ("module", "args"),
    [
        ("typer", ["timeline"]),  # start-up: typer being imported
        ("rich.console", ["--help"]),  # help being built
        ("faurecli.cache", ["timeline"]),  # a command starting
        ("tomllib", ["--no-cache", "timeline", "--json"]),  # the store being parsed
        ("faurecli.views.json", ["timeline", "--json"]),  # the answer being built
        ("rapidfuzz", ["search", "congress"]),  # a search under way
    ],
)
def test_ctrl_c_at_any_moment_is_one_line_and_status_130(module, args):
    result = subprocess.run(
        [sys.executable, "-c", AT_IMPORT, module, *args], capture_output=True, check=False, timeout=60
    )
    assert (result.returncode, result.stderr) == (130, b"faure: interrupted\n")


# faure's entry point, which says on the file descriptor it is given when its handler is in
# place (what comes before is Python's own start-up, where no code of faure's runs yet).
READY = """
import os, sys
from faurecli.app import catch_interrupts, run
catch_interrupts()
os.write(int(sys.argv.pop(1)), b"ready")
sys.argv[0] = "faure"
run()
"""


@pytest.mark.parametrize("delay", [0.0, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16])
def test_ctrl_c_after_any_delay_is_a_clean_end(delay):
    ready, tell = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-c", READY, str(tell), "--no-cache", "timeline", "--json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        pass_fds=(tell,),
    )
    os.close(tell)
    assert os.read(ready, 5) == b"ready"
    os.close(ready)
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    # Either the run finished first, or it ended with the one line; never a traceback.
    assert (process.returncode, err) in ((0, b""), (130, b"faure: interrupted\n")), err


def test_a_sigint_the_parent_ignores_stays_ignored():
    # A background job (`faure ... &` in a script) or nohup: SIGINT is ignored, and stays so.
    code = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
        "from faurecli.app import catch_interrupts; catch_interrupts(); "
        "os.kill(os.getpid(), signal.SIGINT); print('still here')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"still here\n", b"")


def test_the_installed_program_starts_at_the_entry_point_that_catches_ctrl_c():
    from importlib.metadata import entry_points

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "faure"]
    assert script.value == "faurecli.app:run"
