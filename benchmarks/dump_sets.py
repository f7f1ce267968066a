"""Every answer and verdict of every set, to compare two versions of faure row by row.

    python benchmarks/dump_sets.py dump ask|verify OUT.jsonl [--root CHECKOUT] [--sets DIR]
    python benchmarks/dump_sets.py compare A.jsonl B.jsonl [--evidence]

`dump` runs each row of benchmarks/ask_questions*.tsv (or verify_claims*.tsv) through the
checkout's own code (`--root`, this one by default; `--sets` reads the sets from another folder)
and writes one JSON object a row: the set, its row number, the text, the writer's answer or
label, and faure's answer or verdict, note, correction and evidence. `compare` lists the rows of
A whose answer (ask) or verdict and correction (verify) differ in B (`--evidence`: their
evidence too), and for verify counts the labels gained and lost and the false or unaddressed
claims newly SUPPORTED. This is how each merge of the rounds was checked (README).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump(kind: str, out: Path, root: Path, sets: Path) -> None:
    sys.path.insert(0, str(root))
    from faurecli.answers import ask
    from faurecli.store import load_store, packaged_store_path
    from faurecli.verdicts import verify

    store = load_store(packaged_store_path())
    prefix = "ask_questions" if kind == "ask" else "verify_claims"
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted(sets.glob(f"{prefix}*.tsv")):
            rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
            body = [row for row in rows if row[0] and not row[0].startswith("#")][1:]
            for number, row in enumerate(body, 1):
                row += [""] * (4 - len(row))
                record: dict[str, object] = {"file": path.name, "n": number, "text": row[0], "wev": row[3]}
                if kind == "ask":
                    answer = ask(store, row[0])
                    value = None if answer.value is None else str(answer.value)
                    record.update(answerable=row[1], expected=row[2], answer=answer.answer, value=value)
                    record.update(note=answer.note, ev=[[e.id, e.text] for e in answer.evidence])
                else:
                    check = verify(store, row[0])
                    record.update(label=row[1], wcorr=row[2], verdict=check.verdict.value)
                    record.update(correction=check.correction, note=check.note)
                    record.update(ev=[[e.id, e.text] for e in check.evidence])
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def compare(first: Path, second: Path, evidence: bool) -> None:
    def rows(path: Path) -> dict[tuple[str, int], dict[str, object]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {(r["file"], r["n"]): r for r in map(json.loads, lines)}

    before, after = rows(first), rows(second)
    differ = gained = lost = unsafe = 0
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        fields = ("answer", "value") if "answer" in old else ("verdict", "correction")
        if all(old[f] == new[f] for f in fields) and (not evidence or old["ev"] == new["ev"]):
            continue
        differ += 1
        print(f"{key[0]}:{key[1]} {old['text']!r}")
        print(f"   A: {[old[f] for f in fields]}\n   B: {[new[f] for f in fields]}")
        if "label" in old:
            labels = str(old["label"]).split(" || ")
            was, now = old["verdict"] in labels, new["verdict"] in labels
            gained += now and not was
            lost += was and not now
            unsafe += new["verdict"] == "SUPPORTED" and old["verdict"] != "SUPPORTED" and "SUPPORTED" not in labels
    print(f"differ: {differ} of {len(before)}; labels gained {gained}, lost {lost}; newly SUPPORTED, false: {unsafe}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("kind", choices=("ask", "verify"))
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--root", type=Path, default=HERE.parent)
    dumping.add_argument("--sets", type=Path, default=None)
    comparing = commands.add_parser("compare")
    comparing.add_argument("first", type=Path)
    comparing.add_argument("second", type=Path)
    comparing.add_argument("--evidence", action="store_true")
    args = parser.parse_args()
    if args.command == "dump":
        root = args.root.resolve()
        dump(args.kind, args.out, root, (args.sets or root / "benchmarks").resolve())
    else:
        compare(args.first, args.second, args.evidence)
    return 0


if __name__ == "__main__":
    sys.exit(main())
