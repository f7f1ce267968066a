"""faure as a real process in odd places: locales, terminal widths, closed streams, read-only
homes, colour settings. Each case must give the facts, or degrade cleanly, without a traceback."""

import fcntl
import os
import struct
import subprocess
import sys
import termios

import pytest

FAURE = [sys.executable, "-m", "faurecli"]
ACCENTED = "Valérie Rabault"


def env(**changes):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS")}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def run(*args, **kwargs):
    kwargs.setdefault("env", env())
    return subprocess.run([*FAURE, *args], capture_output=True, check=False, **kwargs)


def run_in_terminal(*args, columns=100, **changes):
    """Run with stdout on a pseudo-terminal `columns` wide; return exit code and what it showed.
    No pager (tests/test_pager.py tests it): the layout is what is looked at here."""
    changes.setdefault("FAURE_PAGER", "")
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen(
        [*FAURE, *args], stdout=slave, stderr=subprocess.PIPE, env=env(COLUMNS=str(columns), **changes)
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    stderr = process.stderr.read()
    return process.wait(), b"".join(chunks).decode("utf-8", "replace"), stderr.decode()


@pytest.mark.parametrize(
    "locale", [{"LANG": "C"}, {"LC_ALL": "C"}, {"LC_ALL": "C.UTF-8"}, {"LANG": "POSIX", "LC_ALL": "POSIX"}]
)
def test_an_ascii_locale_still_prints_the_accented_names(locale):
    result = run("offices", "--at", "2017", env=env(**locale))
    assert result.returncode == 0 and result.stderr == b""
    assert ACCENTED.encode() in result.stdout


def test_an_output_encoding_without_accents_degrades_text_and_escapes_json():
    result = run("offices", "--at", "2017", env=env(PYTHONIOENCODING="ascii"))
    assert result.returncode == 0 and b"Val?rie Rabault" in result.stdout
    result = run("offices", "--at", "2017", "--json", env=env(PYTHONIOENCODING="ascii"))
    assert result.returncode == 0 and b"Val\\u00e9rie Rabault" in result.stdout


TITLES = [
    "Member of the National Assembly, for Seine-et-Marne's 11th constituency",
    "Spokesperson of the Socialist Party",
    "President of the New Left group in the National Assembly",
    "First Secretary of the Socialist Party",
]


@pytest.mark.parametrize("columns", [20, 40, 400])
def test_any_terminal_width_shows_every_office_without_a_traceback(columns):
    code, shown, err = run_in_terminal("offices", columns=columns, NO_COLOR="1")
    assert code == 0 and err == "" and "Traceback" not in shown
    assert all(len(line.rstrip("\r")) <= columns for line in shown.splitlines())
    # Wrapped as narrow as it must be, each title's characters still come in order.
    letters = iter("".join(shown.split()))
    assert all(char in letters for char in "".join("".join(TITLES).split()))


@pytest.mark.parametrize(
    ("changes", "coloured"),
    [({}, True), ({"NO_COLOR": "1"}, False), ({"TERM": "dumb"}, False)],
)
def test_colour_in_a_terminal_follows_no_color_and_term(changes, coloured):
    code, shown, _ = run_in_terminal("offices", **changes)
    assert code == 0 and ("\x1b[" in shown) == coloured


def test_no_color_option_in_a_terminal_is_plain():
    code, shown, _ = run_in_terminal("--no-color", "timeline", "--limit", "2")
    assert code == 0 and "\x1b[" not in shown and "La Tronche" in shown


def test_force_color_colours_even_a_pipe_and_no_color_wins():
    assert b"\x1b[" in run("offices", env=env(FORCE_COLOR="1")).stdout
    assert b"\x1b[" not in run("offices", env=env(FORCE_COLOR="1", NO_COLOR="1")).stdout


def test_a_pipe_gets_plain_text():
    result = run("timeline")
    assert result.returncode == 0 and b"\x1b[" not in result.stdout


@pytest.mark.parametrize(
    ("args", "reader"),
    [
        (["timeline"], "head -n 1"),
        (["search", "socialist", "--json"], "head -c 1"),
        (["timeline", "--jsonl"], "head -c 1"),
    ],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(args, reader):
    command = " ".join([*FAURE, *args])
    result = subprocess.run(
        ["bash", "-c", f"{command} | {reader} >/dev/null; echo ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        check=False,
        env=env(),
    )
    assert result.stderr == "" and result.stdout.strip() == "0"


def test_closed_stdin_and_stdout_are_harmless():
    result = subprocess.run(
        ["bash", "-c", f"{' '.join(FAURE)} cite 13 <&-"], capture_output=True, check=False, env=env()
    )
    assert result.returncode == 0 and b"Cite as" in result.stdout
    result = subprocess.run(
        ["bash", "-c", f"{' '.join(FAURE)} timeline >&-"], capture_output=True, check=False, env=env()
    )
    assert result.returncode == 0 and result.stderr == b""


@pytest.mark.parametrize(
    "home",
    [
        {"HOME": "/proc", "XDG_CACHE_HOME": None},
        {"HOME": None, "XDG_CACHE_HOME": None},
        {"XDG_CACHE_HOME": "/proc/faure-cache"},
        {"XDG_CACHE_HOME": "relative/dir"},
    ],
)
def test_an_unwritable_missing_or_odd_home_still_gives_the_answers(home, tmp_path):
    result = run("search", "navigo", "--json", env=env(**home), cwd=tmp_path)
    assert result.returncode == 0 and b'"id": "e24"' in result.stdout[:200] or b'"e24"' in result.stdout
    assert result.stderr == b""
    assert not (tmp_path / "relative").exists()


def test_a_read_only_cache_directory_still_gives_correct_answers(tmp_path):
    cache = tmp_path / "cache"
    first = run("timeline", "--json", env=env(XDG_CACHE_HOME=str(cache)))
    cache.chmod(0o500)
    (cache / "faure").chmod(0o500)
    try:
        again = run("timeline", "--json", env=env(XDG_CACHE_HOME=str(cache)))
    finally:
        (cache / "faure").chmod(0o700)
        cache.chmod(0o700)
    assert again.returncode == 0 and again.stdout == first.stdout


def test_run_from_an_unrelated_directory(tmp_path):
    result = run("profile", "--json", cwd=tmp_path)
    assert result.returncode == 0 and b"La Tronche" in result.stdout


def test_the_program_ends_without_teardown_yet_every_line_and_exit_code_arrives():
    import json

    from faurecli.store import load_store, packaged_store_path

    lines = run("timeline", "--jsonl").stdout.decode().splitlines()
    events = load_store(packaged_store_path()).events
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(e.id for e in events)
    assert lines == run("--no-cache", "timeline", "--jsonl").stdout.decode().splitlines()
    missing = run("search", "zzzzqqqq")
    assert missing.returncode == 1 and missing.stderr.startswith(b"faure: ")
    assert run("timeline", "--bogus").returncode == 2


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["timeline"], ["timeline", "--json"]])
def test_a_full_disk_is_one_line_and_a_failure_not_a_traceback(args):
    with open("/dev/full", "w") as full:
        result = subprocess.run([*FAURE, *args], stdout=full, stderr=subprocess.PIPE, check=False)
    assert result.returncode != 0 and b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") == 1 and b"No space left on device" in result.stderr
