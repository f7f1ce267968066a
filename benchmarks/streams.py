"""Throughput of `faure search -`, `faure ask -`, `faure verify -` and `faure cite -`: items a
second through one run, start-up included. Prints figures; fails (exit 1) below the bar.

    python benchmarks/streams.py [--items 3000]

Each stream gets the evaluation sets' lines (benchmarks/*.tsv) repeated to --items lines, its
output goes to a pipe, and the figure is the best of three runs with a warm cache. Two figures
each: faure as it runs (past 64 lines a stream is shared among worker processes, one per CPU
faure may use), which the bar is for, and one process alone (FAURE_JOBS=1). The lines repeat,
so what faure caches per process (folded words, a field's tokens) is warm after the first
round: a stream of all-new lines is somewhat slower. The machine's load moves these figures a
lot, the shared run's most (it needs a second CPU free).

faure runs from its compiled bytecode, as an installed faure does (pip writes the .pyc files):
the runs keep theirs under the temporary directory (PYTHONPYCACHEPREFIX), written by the first,
untimed run, whatever PYTHONDONTWRITEBYTECODE says. A checkout without __pycache__ run with
PYTHONDONTWRITEBYTECODE=1 compiles faure's source in every run (~0.6 s of CPU, most of it
verdicts.py and answers.py), before the first line is read: a sixth of a 3,000-line stream.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
FAURE = shutil.which("faure", path=str(Path(PY).parent)) or "faure"
BAR = 1000.0  # items a second (issue 13)


def column(name: str, number: int = 0) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    body = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    return [row[number] for row in body if row and row[number]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    args = parser.parse_args()
    sources = {
        "search": column("search_queries.tsv"),
        "ask": column("ask_questions.tsv"),
        "verify": column("verify_claims.tsv"),
        "cite": [*column("search_queries.tsv")[:20], "13", "s25", "[20]", "s1"],
    }
    status = 0
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "FAURE_PAGER": "", "PYTHONPYCACHEPREFIX": str(Path(cache, "pyc"))}
        env.pop("FAURE_NO_CACHE", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print(f"| stream | items | items/s ({_workers()} processes) | items/s (one process) |")
        print("| --- | ---: | ---: | ---: |")
        for command, lines in sources.items():
            given = "".join(f"{lines[n % len(lines)]}\n" for n in range(args.items)).encode()
            subprocess.run([FAURE, command, "-"], input=given[:2000], capture_output=True, env=env, check=False)
            rates = []
            for jobs in (None, "1"):
                run_env = {**env, "FAURE_JOBS": jobs} if jobs else env
                best = float("inf")
                for _ in range(3):
                    began = time.perf_counter()
                    done = subprocess.run(
                        [FAURE, command, "-"], input=given, capture_output=True, env=run_env, check=False
                    )
                    best = min(best, time.perf_counter() - began)
                    written = done.stdout.count(b"\n")
                    if done.returncode != 0 or written != args.items:
                        print(f"faure {command} -: exit {done.returncode}, {written} lines for {args.items}")
                        return 1
                rates.append(args.items / best)
            print(f"| `faure {command} -` | {args.items} | {rates[0]:,.0f} | {rates[1]:,.0f} |")
            status |= rates[0] < BAR
    return status


def _workers() -> int:
    given = os.environ.get("FAURE_JOBS", "")
    if given.isdigit():
        return int(given)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


if __name__ == "__main__":
    sys.exit(main())
