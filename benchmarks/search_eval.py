"""Search quality: run the evaluation queries through `faure search --json` and print how often
the right fact comes first and within the top 3.

    python benchmarks/search_eval.py [--verbose] [--queries FILE]

Exits 1 when either figure falls below the targets (90% first, 97% top 3).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from faurecli.cli import app

HERE = Path(__file__).resolve().parent
TARGET_FIRST, TARGET_TOP3 = 90.0, 97.0


def load_queries(path: Path) -> list[tuple[str, set[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, accepted = line.split("\t")
            rows.append((query, set(accepted.split(","))))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=HERE / "search_queries.tsv")
    parser.add_argument("--verbose", action="store_true", help="print every query that misses first place")
    args = parser.parse_args()
    runner = CliRunner()
    rows = load_queries(args.queries)
    first = top3 = 0
    for query, accepted in rows:
        result = runner.invoke(app, ["search", query, "--json", "--limit", "3"])
        ids = [hit["id"] for hit in json.loads(result.stdout or "[]")]
        first += bool(ids[:1]) and ids[0] in accepted
        top3 += bool(accepted & set(ids[:3]))
        if args.verbose and not (ids[:1] and ids[0] in accepted):
            print(f"  miss: {query!r}: got {ids}, want one of {sorted(accepted)}")
    n = len(rows)
    p1, p3 = 100 * first / n, 100 * top3 / n
    print(
        f"search evaluation: {n} queries; first: {p1:.1f}% (target {TARGET_FIRST:.0f}%); "
        f"top 3: {p3:.1f}% (target {TARGET_TOP3:.0f}%)"
    )
    return 0 if p1 >= TARGET_FIRST and p3 >= TARGET_TOP3 else 1


if __name__ == "__main__":
    sys.exit(main())
