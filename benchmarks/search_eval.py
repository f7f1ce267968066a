"""Search quality: run the evaluation queries through `faure search --json` and print how often
the right fact comes first and within the top 3, per set and per kind of query.

    python benchmarks/search_eval.py [--verbose] [--queries FILE ...]

Two formats of set:
- `query<TAB>ids` (search_queries.tsv): the ids that count as right, comma-separated.
- `kind<TAB>query<TAB>evidence` (search_queries_article.tsv, search_queries_own.tsv): evidence is
  verbatim text of the article separated by ` || `; each piece is mapped to the article sentence
  that holds it (`sN`) or to the infobox line it quotes (`infobox:KEY`), and a hit is right when
  it is that sentence or a record whose `sources` cite it.

Exits 1 when either figure of any set falls below the targets (90% first, 97% top 3).
The sets gated by default are SETS; the others (search_queries_second/third/fourth.tsv by other
writers, search_queries_probe.tsv a development probe read while tuning) are run with --queries.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from typer.testing import CliRunner

from faurecli.cli import app
from faurecli.model import Store
from faurecli.store import load_store, packaged_store_path

HERE = Path(__file__).resolve().parent
TARGET_FIRST, TARGET_TOP3 = 90.0, 97.0
SETS = ("search_queries.tsv", "search_queries_article.tsv", "search_queries_own.tsv")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for a, b in (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return " ".join(text.split()).casefold()


def evidence_refs(store: Store, evidence: str) -> set[str]:
    """The sentence ids and infobox references that hold a piece of evidence."""
    wanted = _plain(evidence)
    refs = {s.id for s in store.sentences if wanted in _plain(s.text)}
    refs |= {line.ref for line in store.infobox if wanted in _plain(f"{line.key}: {line.value}")}
    return refs


def citing(store: Store) -> dict[str, set[str]]:
    """Reference -> ids of the records that cite it (and the sentence itself)."""
    cites: dict[str, set[str]] = defaultdict(set)
    for sentence in store.sentences:
        cites[sentence.id].add(sentence.id)
    for record in (*store.offices, *store.events):
        for ref in record.sources:
            cites[ref].add(record.id)
    person = store.person
    for ref in [r for refs in person.sources.values() for r in refs] + [
        r for item in (*person.education, *person.personal) for r in item.sources
    ]:
        cites[ref].add("person")
    return cites


def load_queries(path: Path, store: Store) -> list[tuple[str, str, set[str]]]:
    """(kind, query, accepted ids) for every query of a set."""
    rows = []
    cites = citing(store)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        parts = line.split("\t")
        if len(parts) == 2:
            rows.append(("-", parts[0], set(parts[1].split(","))))
            continue
        kind, query, evidence = parts
        accepted: set[str] = set()
        for piece in evidence.split(" || "):
            refs = evidence_refs(store, piece)
            if not refs:
                raise SystemExit(f"{path.name}:{number}: evidence not found in the article: {piece!r}")
            for ref in refs:
                accepted |= cites.get(ref, set())
        rows.append((kind, query, accepted))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--queries", type=Path, nargs="+", default=[HERE / name for name in SETS])
    parser.add_argument("--verbose", action="store_true", help="print every query that misses first place")
    args = parser.parse_args()
    runner = CliRunner()
    store = load_store(packaged_store_path())
    ok = True
    for path in args.queries:
        rows = load_queries(path, store)
        first: dict[str, int] = defaultdict(int)
        top3: dict[str, int] = defaultdict(int)
        count: dict[str, int] = defaultdict(int)
        for kind, query, accepted in rows:
            result = runner.invoke(app, ["search", query, "--json", "--limit", "3"])
            ids = [hit["id"] for hit in json.loads(result.stdout or "[]")]
            count[kind] += 1
            first[kind] += bool(ids[:1]) and ids[0] in accepted
            top3[kind] += bool(accepted & set(ids[:3]))
            if args.verbose and not (ids[:1] and ids[0] in accepted):
                print(f"  miss [{kind}] {query!r}: got {ids}, want one of {sorted(accepted)}")
        n = sum(count.values())
        p1, p3 = 100 * sum(first.values()) / n, 100 * sum(top3.values()) / n
        print(
            f"{path.name}: {n} queries; first: {p1:.1f}% (target {TARGET_FIRST:.0f}%); "
            f"top 3: {p3:.1f}% (target {TARGET_TOP3:.0f}%)"
        )
        if len(count) > 1:
            for kind in sorted(count):
                k = count[kind]
                share1, share3 = 100 * first[kind] / k, 100 * top3[kind] / k
                print(f"  {kind:<12} {k:>3} queries; first {share1:5.1f}%; top 3 {share3:5.1f}%")
        ok = ok and p1 >= TARGET_FIRST and p3 >= TARGET_TOP3
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
