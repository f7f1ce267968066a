"""Scores `faure ask` and `faure verify` on the evaluation sets in benchmarks/.

python benchmarks/qa_eval.py [--verbose] [--third … --seventieth | --probe | --set FILE] [ask|verify]

ask: right when the answer matches the expected value (dates at their precision, numbers, names;
accent- and case-insensitive) and its evidence holds an expected id; a declined unanswerable
question is right. verify: right when the verdict is the label (REFUTED also needs evidence).
Each set has two parts, scored apart: the outside writer's and ours.
Fails (exit 1) below 90% on any part, or when a false or unaddressed claim is SUPPORTED.
`--third` … `--eleventh` score those sets instead (ask_questions_third.tsv …: a second to a tenth
outside writer's, not gated), and fail
only when a false or unaddressed claim is SUPPORTED. `--set FILE` scores one ask or verify
file of the same format (its first line names it, "# Probe set: …"), not gated either;
`--probe` is short for the ask developer's probe, `--set benchmarks/ask_questions_probe.tsv
ask` (a development probe, tuned against: not held out). The attack sets
(`--set benchmarks/verify_claims_attack.tsv`, `--set benchmarks/ask_questions_attack.tsv`) are a
black-box attacker's; a label "REFUTED || NOT_ENOUGH_INFO" accepts either verdict.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from faurecli.answers import ask  # noqa: E402
from faurecli.model import PartialDate, Store  # noqa: E402
from faurecli.search import fold  # noqa: E402
from faurecli.store import load_store, packaged_store_path  # noqa: E402
from faurecli.verdicts import Verdict, verify  # noqa: E402

BAR = 0.90
SETS = {"ask": "ask_questions.tsv", "verify": "verify_claims.tsv"}


def parts(name: str) -> list[tuple[str, list[list[str]]]]:
    """The rows of a set, by part: a comment line starting "# First part" or "# Second part"
    opens one (the outside writer's, then ours); each part is scored on its own."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    found: list[tuple[str, list[list[str]]]] = []
    if lines and lines[0].startswith(("# Third set", "# Fourth set", "# Fifth set", "# Sixth set")):
        found.append((f"{lines[0].split()[1].lower()} writer's", []))
    elif lines and re.match(r"# [\w-]+ set\b", lines[0]):
        found.append((f"{lines[0].split()[1].lower()} set", []))
    header = True
    for line in lines:
        if line.startswith("# ") and line.split(":")[0] in ("# First part", "# Second part"):
            found.append(("outside writer's" if line.startswith("# First") else "ours", []))
        elif line and not line.startswith("#"):
            if header:
                header = False
                continue
            found[-1][1].append(line.split("\t"))
    return found


def _norm(text: str) -> str:
    # "1,000" and "1 000" are the number 1000 (thousands separators), not "1" and "000"; "63,2 %"
    # is French for 63.2%.
    text = re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}\b)", "", fold(text))
    text = re.sub(r"(?<=\d),(?=\d{1,2}\b)", ".", text)
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9.% ]+", " ", text).replace("%", "")).strip()


_YES_NO = {"oui": "yes", "non": "no", "yes": "yes", "no": "no"}


def matches(expected: str, got: str | None, value: object, *, paired: bool = False) -> bool:
    """Whether an answer is the expected one: a date at its precision, a number (French or
    English notation), yes/no in either language, or the words (most of a long answer's). A
    writer's "A | B" (two answers the sources give) needs both."""
    if got is None:
        return False
    if " | " in expected and " || " not in expected:
        return all(matches(piece, got, value, paired=True) for piece in expected.split(" | "))
    for option in expected.split(" || "):
        option = option.strip()
        if re.fullmatch(r"\d{4}(-\d{2}){0,2}", option):
            if isinstance(value, str) and value == option:
                return True
            if option in str(got) or (
                isinstance(value, str) and value.startswith(option) and len(value) == len(option)
            ):
                return True
            if paired and PartialDate.parse(option).human() in str(got):
                return True  # one of two dates the answer gives side by side
            continue
        want, have = _norm(option), _norm(got)
        try:
            if float(want) == float(_norm(str(value))):
                return True
        except ValueError:
            pass
        if want and (want == have or (len(want) > 3 and (want in have or have in want))):
            return True
        first = want.split(" ")[0] if want else ""
        said = have.split(" ")[0] if have else ""
        if first in _YES_NO and _YES_NO.get(said) == _YES_NO[first]:
            return True  # "non" for "no", "oui (…)" for "yes", either way round
        # A long answer in other words: most of its words.
        words = {w for w in want.split() if len(w) >= 3}
        if len(words) >= 4 and len(words & set(have.split())) >= 0.7 * len(words):
            return True
    return False


def main() -> int:
    args = sys.argv[1:]
    verbose = "--verbose" in args or "-v" in args
    chosen: Path | None = None
    if "--probe" in args:
        chosen = HERE / "ask_questions_probe.tsv"
    if "--set" in args:
        at = args.index("--set")
        if at + 1 >= len(args):
            print("qa_eval.py: --set needs a file", file=sys.stderr)
            return 2
        chosen = Path(args.pop(at + 1)).resolve()
        if not chosen.is_file():
            print(f"qa_eval.py: --set {chosen}: no such file", file=sys.stderr)
            return 2
    which = [a for a in args if not a.startswith("-")] or ["ask", "verify"]
    global BAR
    for extra in (
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twentyfirst",
        "twentysecond",
        "twentythird",
        "twentyfourth",
        "twentyfifth",
        "twentysixth",
        "twentyseventh",
        "twentyeighth",
        "twentyninth",
        "thirtieth",
        "thirtyfirst",
        "thirtysecond",
        "thirtythird",
        "thirtyfourth",
        "thirtyfifth",
        "thirtysixth",
        "thirtyseventh",
        "thirtyeighth",
        "thirtyninth",
        "fortieth",
        "fortyfirst",
        "fortysecond",
        "fortythird",
        "fortyfourth",
        "fortyfifth",
        "fortysixth",
        "fortyseventh",
        "fortyeighth",
        "fortyninth",
        "fiftieth",
        "fiftyfirst",
        "fiftysecond",
        "fiftythird",
        "fiftyfourth",
        "fiftyfifth",
        "fiftysixth",
        "fiftyseventh",
        "fiftyeighth",
        "fiftyninth",
        "sixtieth",
        "sixtyfirst",
        "sixtysecond",
        "sixtythird",
        "sixtyfourth",
        "sixtyfifth",
        "sixtysixth",
        "sixtyseventh",
        "sixtyeighth",
        "sixtyninth",
        "seventieth",
    ):
        if f"--{extra}" in args:
            BAR = 0.0  # reported, not gated: only an unsafe SUPPORTED fails
            SETS.update(ask=f"ask_questions_{extra}.tsv", verify=f"verify_claims_{extra}.tsv")
    if chosen is not None:
        BAR = 0.0
        if chosen.name.startswith("verify"):
            which = [w for w in which if w == "verify"]
            SETS["verify"] = str(chosen)
        else:
            which = [w for w in which if w == "ask"]
            SETS["ask"] = str(chosen)
    store = load_store(packaged_store_path())
    status = 0
    if "ask" in which:
        status |= _ask(store, verbose)
    if "verify" in which:
        status |= _verify(store, verbose)
    return int(status)


def _ask(store: Store, verbose: bool) -> int:
    status = 0
    for part, rows in parts(SETS["ask"]):
        right = total = 0
        for question, answerable, expected, evidence in rows:
            result = ask(store, question)
            ids = {e.id for e in result.evidence}
            wanted = set(evidence.split(" || ")) if evidence else set()
            if answerable == "yes":
                # An empty evidence column (the attack set) asks only for some evidence.
                ok = matches(expected, result.answer, result.value) and bool(ids & wanted if wanted else ids)
            else:
                ok = result.answer is None
            right += ok
            total += 1
            if verbose and not ok:
                print(f"MISS ask: {question!r}: got {result.answer!r} {sorted(ids)} want {expected!r} {evidence}")
        share = right / total
        print(f"ask ({part}): {right}/{total} right ({share:.0%})")
        status |= share < BAR
    return status


def _verify(store: Store, verbose: bool) -> int:
    status = 0
    for part, rows in parts(SETS["verify"]):
        right = total = 0
        unsafe = 0
        for claim, label, _correction, _evidence in rows:
            result = verify(store, claim)
            # "REFUTED || NOT_ENOUGH_INFO": either is right (a claim false or unaddressed by turns).
            ok = result.verdict.value in label.split(" || ")
            if result.verdict is Verdict.SUPPORTED and "SUPPORTED" not in label.split(" || "):
                unsafe += 1
                print(f"UNSAFE verify: {claim!r} called SUPPORTED, labelled {label}")
            right += ok
            total += 1
            if verbose and not ok:
                print(
                    f"MISS verify: {claim!r}: got {result.verdict.value} want {label}; "
                    f"{result.correction or result.note}"
                )
        share = right / total
        print(f"verify ({part}): {right}/{total} right ({share:.0%}); false or unaddressed called SUPPORTED: {unsafe}")
        status |= share < BAR or unsafe > 0
    return status


if __name__ == "__main__":
    sys.exit(main())
