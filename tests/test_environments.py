"""faure as a real process in odd places: locales, terminal widths, closed streams, read-only
homes, colour settings. Each case must give the facts, or degrade cleanly, without a traceback."""

import fcntl
import json
import os
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
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
        [*FAURE, *args], stdout=slave, stderr=subprocess.PIPE, env=env(**{"COLUMNS": str(columns), **changes})
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
    assert (result.returncode, result.stderr) == (0, b"")
    assert json.loads(result.stdout)[0]["id"] == "e24"
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
@pytest.mark.parametrize("args", [["timeline"], ["timeline", "--json"], ["offices", "--chart"], ["--help"]])
def test_a_full_disk_is_one_line_and_the_output_error_status(args):
    with open("/dev/full", "w") as full:
        result = subprocess.run([*FAURE, *args], stdout=full, stderr=subprocess.PIPE, check=False, env=env())
    assert result.returncode == 74  # EX_IOERR, as documented: not 70, which says "a bug"
    assert result.stderr == b"faure: cannot write the output: No space left on device\n"


# --- a reader that is gone before faure writes ------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["timeline"],
        ["timeline", "--json"],
        ["--help"],
        ["timeline", "--help"],
        ["offices", "--chart"],
        ["search", "socialist"],
        ["cite", "13", "--markdown"],
        ["profile"],
        ["conflicts"],
        ["check"],
        [],
    ],
)
def test_a_closed_pipe_ends_every_command_quietly_with_status_0(args):
    # The reading end is closed before faure starts: every write meets a closed pipe, which
    # typer's click turned into status 1 ("nothing found") before faure saw it.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run([*FAURE, *args], stdout=writer, stderr=subprocess.PIPE, check=False, env=env())
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (0, b"")


# --- terminal widths that are not widths ----------------------------------------------------


@pytest.mark.parametrize("columns", ["0", "abc", "²", "-5", " 80 ", "1e3", "", "99999999999"])
@pytest.mark.parametrize("args", [["timeline", "--limit", "3"], ["offices", "--chart"], ["profile"]])
def test_an_unusable_columns_in_a_terminal_never_loses_the_answer(columns, args):
    code, shown, err = run_in_terminal(*args, columns=100, COLUMNS=columns, NO_COLOR="1")
    assert (code, err) == (0, "")
    words = {"timeline": "La Tronche", "offices": "First Secretary", "profile": "La Tronche"}[args[0]]
    letters = iter("".join(shown.split()))
    assert all(char in letters for char in words.replace(" ", ""))
    # Unusable is unknown (the terminal's own 100 columns); huge is capped at 1,000.
    limit = 1000 if columns == "99999999999" else 100
    assert max(len(line.rstrip("\r")) for line in shown.splitlines()) <= limit


def test_a_chart_for_a_huge_columns_is_capped_not_gigabytes():
    result = run("offices", "--chart", env=env(COLUMNS="99999999999"))
    assert result.returncode == 0
    assert max(len(line) for line in result.stdout.decode().splitlines()) == 1000


# --- files that are not stores ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom", "loop"])
def test_a_store_that_is_not_a_regular_file_is_refused_at_once(tmp_path, kind):
    path = tmp_path / "store.toml"
    if kind == "fifo":
        os.mkfifo(path)  # no writer: reading it would wait for ever
    elif kind == "loop":
        path.symlink_to(path)
    else:
        path = kind  # reading it would never end
    result = run("--data", str(path), "timeline", timeout=30)
    assert result.returncode == 3 and result.stdout == b""
    assert result.stderr.startswith(f"faure: {path}: ".encode()) and result.stderr.count(b"\n") == 1


def test_a_source_text_that_is_a_fifo_is_a_check_problem_not_a_hang(tmp_path, store_path):
    shutil.copytree(store_path.parent, tmp_path / "data")
    article = next((tmp_path / "data" / "sources").glob("000_*.txt"))
    article.unlink()
    os.mkfifo(article)
    result = run("--data", str(tmp_path / "data" / "faure.toml"), "check", timeout=30)
    assert result.returncode == 6
    assert b"is not a regular file (it is a FIFO)" in result.stderr


# --- a second user ---------------------------------------------------------------------------

NOBODY = 65534
as_nobody = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv to act as another user"
)


def nobody(*command):
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]


@pytest.fixture
def shared_dir():
    """A directory both root and nobody can reach (pytest's own are private to root)."""
    path = tempfile.mkdtemp(prefix="faure-shared-", dir="/tmp")
    os.chmod(path, 0o1777)  # like /tmp: anyone may create in it
    yield path
    shutil.rmtree(path, ignore_errors=True)


PLANT = """
import os, pickle, sys
class Payload:
    def __reduce__(self):
        return (os.mkdir, (sys.argv[1],))
directory = os.path.join(sys.argv[2], "faure")
os.makedirs(directory, exist_ok=True)
os.chmod(directory, 0o777)
for name in sys.argv[3:]:
    with open(os.path.join(directory, name), "wb") as out:
        pickle.dump(Payload(), out)
"""


@as_nobody
def test_a_cache_planted_by_another_user_never_runs(tmp_path, shared_dir):
    probe = tmp_path / "probe"
    expected = run("search", "navigo", "--json", env=env(XDG_CACHE_HOME=str(probe)))
    names = sorted(p.name for p in (probe / "faure").iterdir())
    assert names == ["index-" + names[0].split("-")[1], names[1]] and len(names) == 2
    marker = os.path.join(shared_dir, "planted-code-ran")
    # nobody plants pickles under the names root's next run will look for, in a shared cache.
    planted = subprocess.run(
        nobody(sys.executable, "-c", PLANT, marker, shared_dir, *names), capture_output=True, check=False
    )
    assert planted.returncode == 0, planted.stderr
    result = run("search", "navigo", "--json", env=env(XDG_CACHE_HOME=shared_dir))
    assert not os.path.exists(marker), "root ran code another user wrote"
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout, b"")


@as_nobody
def test_the_cache_directory_is_private_even_under_umask_000(shared_dir):
    command = "import os, sys; os.umask(0); sys.argv[1:] = ['timeline', '--json']; from faurecli.app import run; run()"
    result = subprocess.run(
        nobody(sys.executable, "-c", command), env=env(XDG_CACHE_HOME=shared_dir), capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    info = os.stat(os.path.join(shared_dir, "faure"))
    assert info.st_uid == NOBODY and stat.S_IMODE(info.st_mode) == 0o700
    for file in os.listdir(os.path.join(shared_dir, "faure")):
        assert stat.S_IMODE(os.stat(os.path.join(shared_dir, "faure", file)).st_mode) == 0o600


@as_nobody
@pytest.mark.parametrize("how", ["--data", "FAURE_DATA"])
def test_an_unreadable_store_is_status_3_with_faures_line_naming_the_path(shared_dir, store_path, how):
    path = os.path.join(shared_dir, "private.toml")
    shutil.copy(store_path, path)
    os.chmod(path, 0o600)  # root's own: nobody cannot read it
    args = ["--data", path, "timeline"] if how == "--data" else ["timeline"]
    extra = {} if how == "--data" else {"FAURE_DATA": path}
    result = subprocess.run(nobody(*FAURE, *args), env=env(**extra), capture_output=True, check=False)
    assert (result.returncode, result.stdout) == (3, b"")
    assert result.stderr == f"faure: {path}: cannot read: Permission denied\n".encode()


@pytest.mark.parametrize("columns", ["0", "²", "99999999999"])
def test_a_coloured_chart_in_a_terminal_with_an_unusable_columns_is_drawn(columns):
    import re

    code, shown, err = run_in_terminal("offices", "--chart", columns=100, COLUMNS=columns)
    assert (code, err) == (0, "") and "█" in shown
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    assert max(len(line.rstrip("\r")) for line in plain.splitlines()) <= (1000 if columns == "99999999999" else 100)


@pytest.mark.parametrize(
    ("command", "lines", "key"),
    [
        ("search", ["aubervilier congres", "El Khomri"], "hits"),
        ("cite", ["13", "s25", "navigo card"], "citations"),
        ("ask", ["When was Olivier Faure born?", "Où est né Olivier Faure ?"], "answer"),
        ("verify", ["Faure was born in 1969", "Faure is married to Soria Blatmann."], "verdict"),
    ],
)
def test_a_stream_gives_one_object_per_line_in_order_and_goes_on_after_bad_lines(command, lines, key):
    bad = [b"", b"?!", b"\xff\xfe", b"x" * (10 * 1024 * 1024)]  # blank, no word, not UTF-8, a 10 MB line
    given = [lines[0].encode(), *bad, *(line.encode() for line in lines[1:])]
    result = run(command, "-", input=b"\n".join(given) + b"\n")
    assert result.returncode == 0, result.stderr
    assert not result.stderr  # no progress bar and no traceback in a pipe
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == len(given)
    good = [out[0], *out[1 + len(bad) :]]
    assert all(key in item and "error" not in item for item in good)
    assert [item.get("query", item.get("question", item.get("claim"))) for item in good] == lines
    errors = [item["error"] for item in out[1 : 1 + len(bad)]]
    assert "no word" in errors[1] and "UTF-8" in errors[2] and "longer than 65,536 bytes" in errors[3]


# --- files faure is asked to write -----------------------------------------------------------


def test_export_never_waits_on_a_fifo_and_lists_odd_paths_inertly(tmp_path):
    blocked = tmp_path / "out"
    blocked.mkdir()
    os.mkfifo(blocked / "popolo.json")  # opened for writing, it would wait for a reader for ever
    result = run("export", "--out", str(blocked), timeout=30)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr == f"faure: cannot write {blocked / 'popolo.json'}: not a regular file\n".encode()
    odd = tmp_path / "two\nlines"
    result = run("export", "--out", str(odd), timeout=30)
    assert (result.returncode, result.stderr) == (0, b"")
    listed = result.stdout.decode().splitlines()
    assert listed and all(line.startswith(str(tmp_path / "two\\nlines")) for line in listed)
    assert (odd / "popolo.json").is_file()


@pytest.fixture
def tiny_disk(tmp_path):
    """An 8 kB file system, full after the first few kB (needs root and tmpfs)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(mount)], capture_output=True)
    if os.geteuid() != 0 or done.returncode != 0:
        pytest.skip("needs root and a tmpfs mount to fill a disk")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize("args", [["export", "--out"], ["offices", "--chart", "--svg"]])
def test_a_full_disk_under_a_file_faure_writes_is_the_output_error_status(tiny_disk, args):
    target = tiny_disk / ("out" if args[0] == "export" else "chart.svg")
    result = run(*args, str(target), timeout=30)
    assert result.returncode == 74 and result.stdout == b""
    assert result.stderr.startswith(b"faure: cannot write ") and result.stderr.endswith(b": No space left on device\n")
    assert result.stderr.count(b"\n") == 1
