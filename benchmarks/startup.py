"""Start-up and scale benchmark for faure. Prints figures; asserts nothing.

    python benchmarks/startup.py [--rounds 15] [--skip-scale] [--only ask verify …]

1. Every command as a whole process against its framework floor: `python -c "import typer"`
   (plus rich.table for table commands, plus rapidfuzz for search and cite), run interleaved
   so both see the same machine load; the figure is the median of per-round ratios.
2. Scale: synthetic stores 10x and 100x the real one (benchmarks/make_store.py); median time of
   `search`, `timeline --json` and `offices` with the cache warm, run interleaved across the
   three sizes; the median ratio to the real store's time; the first (cache-building) run;
   and the peak memory of each process.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import platform
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

PY = sys.executable
FAURE = shutil.which("faure", path=str(Path(PY).parent)) or "faure"
FLOORS = {
    "typer": "import typer",
    "typer+rapidfuzz": "import typer, rapidfuzz",
    "typer+rich.table": "import typer, rich.table",
    "typer+rich.table+rapidfuzz": "import typer, rich.table, rapidfuzz",
}
COMMANDS = [
    ("timeline --json", ["timeline", "--json"], "typer"),
    ("offices --json", ["offices", "--json"], "typer"),
    ("profile --json", ["profile", "--json"], "typer"),
    ("search --json", ["search", "aubervilier congres", "--json"], "typer+rapidfuzz"),
    ("cite --json", ["cite", "navigo card", "--json"], "typer+rapidfuzz"),
    ("cite 13 --json", ["cite", "13", "--json"], "typer"),
    # ask and verify do not import RapidFuzz; measured against search's floor (issue 13).
    ("ask --json", ["ask", "when was he elected deputy?", "--json"], "typer+rapidfuzz"),
    ("verify --json", ["verify", "Faure was born in 1969", "--json"], "typer+rapidfuzz"),
    ("timeline", ["timeline"], "typer+rich.table"),
    ("offices", ["offices"], "typer+rich.table"),
    ("profile", ["profile"], "typer+rich.table"),
    ("search", ["search", "aubervilier congres"], "typer+rich.table+rapidfuzz"),
    ("cite", ["cite", "navigo card"], "typer+rich.table+rapidfuzz"),
]
# Not in the targets, but each TAB runs faure again: bash completing `faure timeline --f`.
COMPLETION = {"_FAURE_COMPLETE": "complete_bash", "COMP_WORDS": "faure timeline --f", "COMP_CWORD": "2"}


def run(argv: list[str], env: dict[str, str], tty: bool = False) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one process; with `tty`, its
    stdout is a 120-column pseudo-terminal (as a person's), drained as it writes."""
    master = slave = -1
    if tty:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 120, 0, 0))
    start = time.perf_counter()
    stdout = slave if tty else subprocess.DEVNULL
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    if tty:
        os.close(slave)
        while True:
            try:
                if not os.read(master, 65536):
                    break
            except OSError:  # EIO: the terminal's last writer has gone
                break
        os.close(master)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1, 7):  # 7: verify found the claim REFUTED
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, usage.ru_maxrss


def startup(rounds: int, env: dict[str, str], only: list[str] | None = None) -> None:
    print(f"## Start-up: median of {rounds} interleaved rounds (ms)\n")
    print("Table commands (no --json) run in a 120-column pseudo-terminal, as a person runs them.\n")
    print("| command | floor | command ms | floor ms | median ratio |")
    print("| --- | --- | ---: | ---: | ---: |")
    for argv in [[FAURE, *args] for _, args, _ in COMMANDS]:
        run(argv, env)  # warm the cache and the OS file cache
    for label, args, floor, extra in [*((*c, {}) for c in COMMANDS), ("TAB completion", [], "typer", COMPLETION)]:
        if only and not any(label.startswith(o) for o in only):
            continue
        times, floors, ratios = [], [], []
        # Tables are for people: measure them, and their floor, in a terminal.
        tty = bool(args) and "--json" not in args
        for _ in range(rounds):
            f, _ = run([PY, "-c", FLOORS[floor]], env, tty)
            t, _ = run([FAURE, *args], {**env, **extra}, tty)
            floors.append(f)
            times.append(t)
            ratios.append(t / f)
        print(
            f"| `{'faure ' * bool(args)}{label}` | {floor} | {1000 * statistics.median(times):.0f} | "
            f"{1000 * statistics.median(floors):.0f} | {statistics.median(ratios):.2f} |"
        )


def scale(rounds: int, env: dict[str, str]) -> None:
    print(f"\n## Scale: {rounds} interleaved rounds with a warm cache; the first run builds the cache\n")
    print("Output goes to a pipe, as it would into jq, grep or a file. 'vs 1x' is the median of the")
    print("per-round ratios to the 1x store's time, each round running the three sizes back to back.\n")
    print("| store | command | warm ms | first run ms | peak MiB | warm vs 1x |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    measures = [
        ("search", ["search", "aubervilier congres", "--json"]),
        ("timeline --json", ["timeline", "--json"]),
        ("offices", ["offices"]),
    ]
    factors = (1, 10, 100)
    with tempfile.TemporaryDirectory() as folder:
        paths = {f: Path(folder) / f"x{f}.toml" for f in factors}
        for factor, path in paths.items():
            # In a child process: a child's peak memory starts from its parent's at the fork,
            # so this process must not hold a 4 MB store while it measures the others.
            subprocess.run(
                [PY, str(Path(__file__).parent / "make_store.py"), str(factor), str(path)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        for label, args in measures:
            argvs = {f: [FAURE, "--data", str(p), *args] for f, p in paths.items()}
            caches = {f: {**env, "XDG_CACHE_HOME": str(Path(folder) / f"cache{f}-{label}")} for f in factors}
            first = {f: run(argvs[f], caches[f])[0] for f in factors}
            samples: dict[int, list[tuple[float, int]]] = {f: [] for f in factors}
            for _ in range(rounds):
                for f in factors:
                    samples[f].append(run(argvs[f], caches[f]))
            for f in factors:
                warm = statistics.median(t for t, _ in samples[f])
                ratio = statistics.median(t / b for (t, _), (b, _) in zip(samples[f], samples[1], strict=True))
                uncached = run(argvs[f], {**caches[f], "FAURE_NO_CACHE": "1"})[1]
                peak = max(max(m for _, m in samples[f]), uncached)
                print(
                    f"| {f}x ({paths[f].stat().st_size / 1e3:,.0f} kB) | `{label}` | {1000 * warm:.0f} | "
                    f"{1000 * first[f]:.0f} | {peak / 1024:.0f} | {ratio:.2f} |"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--only", nargs="*", help="the commands to time (labels starting so: ask verify search)")
    args = parser.parse_args()
    # As `pip install .` does: an editable install under PYTHONDONTWRITEBYTECODE=1 would
    # otherwise compile faure from source on every run and measure that instead.
    import compileall

    import faurecli

    compileall.compile_dir(str(Path(faurecli.__file__).parent), quiet=1)
    with tempfile.TemporaryDirectory() as cache:
        # No pager: start-up is measured, not a person reading (faure pages long output at a terminal).
        env = {**os.environ, "XDG_CACHE_HOME": cache, "FAURE_PAGER": ""}
        env.pop("FAURE_NO_CACHE", None)
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.platform()}\n"
        )
        startup(args.rounds, env, args.only)
        if not args.skip_scale:
            scale(max(7, args.rounds // 2), env)


if __name__ == "__main__":
    main()
