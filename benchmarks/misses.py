"""Groups the misses of every evaluation set in benchmarks/ by what went wrong, to find classes.

python benchmarks/misses.py verify [--label SUPPORTED] [--show "the evidence does not say"]
python benchmarks/misses.py ask [--show "declined"]

verify: each claim (the first set that labels it) whose verdict is not its label, counted by
(label, verdict, the note's kind); for true claims left NOT_ENOUGH_INFO, the words the evidence
did not say, most frequent first. `--show TEXT` lists the misses whose group contains TEXT.
ask: answerable questions declined or answered wrong, unanswerable ones answered, by kind.
A development aid: it scores nothing and gates nothing (qa_eval.py does).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from qa_eval import matches  # noqa: E402

from faurecli.answers import ask  # noqa: E402
from faurecli.store import load_store, packaged_store_path  # noqa: E402
from faurecli.verdicts import verify  # noqa: E402


def _rows(pattern: str) -> dict[str, tuple[list[str], str]]:
    """Every item of the sets matching `pattern`, with its row and set, the first set's label kept."""
    found: dict[str, tuple[list[str], str]] = {}
    for path in sorted(HERE.glob(pattern)):
        header = True
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            row = line.split("\t")
            found.setdefault(row[0], (row, path.name))
    return found


def _kind(note: str) -> str:
    """The note without its particulars: what kind of reason it gives."""
    if note.startswith("the evidence does not say: "):
        return "the evidence does not say: …"
    if note.startswith("the source never mentions "):
        return "the source never mentions …"
    return re.sub(r"\d[\d.,%]*", "N", note.split(":")[0])[:90]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("ask", "verify"))
    parser.add_argument("--label", help="only items with this label (verify) or answerable yes/no (ask)")
    parser.add_argument("--show", help="list the misses whose group contains this text")
    args = parser.parse_args()
    store = load_store(packaged_store_path())
    groups: dict[str, list[str]] = defaultdict(list)
    unsaid: Counter[str] = Counter()
    if args.command == "verify":
        for claim, (row, name) in _rows("verify_claims*.tsv").items():
            labels = [label.strip() for label in row[1].split("||")]
            if args.label and labels[0] != args.label:
                continue
            check = verify(store, claim)
            if check.verdict.value in labels:
                continue
            note = check.note or ""
            groups[f"{labels[0]} → {check.verdict.value}: {_kind(note)}"].append(f"[{name}] {claim} ({note[:120]})")
            if labels[0] == "SUPPORTED" and note.startswith("the evidence does not say: "):
                unsaid.update(word.lower() for word in note.split(": ", 1)[1].split(", "))
    else:
        for question, (row, name) in _rows("ask_questions*.tsv").items():
            answerable = row[1].strip() == "yes"
            if args.label and row[1].strip() != args.label:
                continue
            answer = ask(store, question)
            if not answerable:
                if answer.answer is not None:
                    groups["unanswerable answered"].append(f"[{name}] {question} → {answer.answer}")
                continue
            if answer.answer is None:
                groups[f"declined: {_kind(answer.note or '')}"].append(f"[{name}] {question} (want {row[2]})")
            elif not matches(row[2], answer.answer, answer.value):
                groups[f"answered otherwise ({answer.type.value})"].append(
                    f"[{name}] {question} → {answer.answer} (want {row[2]})"
                )
    for group, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(items):5}  {group}")
        if args.show and args.show in group:
            print("\n".join(f"         {item}" for item in items))
    if unsaid:
        print("words true claims used that the evidence did not say:")
        print(", ".join(f"{word} {n}" for word, n in unsaid.most_common(60)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
