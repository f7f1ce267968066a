"""Start-up of a one-command Typer app under two typer versions, interleaved in one run.

    python benchmarks/typer_versions.py [--rounds 15] [0.28.0 0.29.2]

Builds a virtual environment per version in a temporary folder (needs the package index), then
prints the median wall time of dispatching a command under each. The result is why
pyproject.toml keeps typer below 0.29.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "x") -> None:
    print(name)
app()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="*", default=["0.28.0", "0.29.2"])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pythons = {}
        for version in args.versions:
            env = Path(folder) / version
            subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
            python = str(env / "bin" / "python")
            subprocess.run([python, "-m", "pip", "install", "-q", f"typer=={version}"], check=True)
            subprocess.run([python, "-c", APP, "--name", "warm"], check=True, capture_output=True)
            pythons[version] = python
        times: dict[str, list[float]] = {v: [] for v in pythons}
        for _ in range(args.rounds):
            for version, python in pythons.items():
                start = time.perf_counter()
                subprocess.run([python, "-c", APP, "--name", "x"], check=True, capture_output=True)
                times[version].append(time.perf_counter() - start)
        print("| typer | median ms, one-command app dispatching a command |")
        print("| --- | ---: |")
        for version, samples in times.items():
            print(f"| {version} | {1000 * statistics.median(samples):.0f} |")


if __name__ == "__main__":
    main()
