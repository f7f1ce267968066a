"""Write a synthetic fact store N times the size of the shipped one, same schema.

    python benchmarks/make_store.py 100 big.toml

Copy k of every office, event and sentence keeps the real text, with its dates moved back k
years (mod 50) and a copy suffix on its names, so the vocabulary grows as a larger biography's
would and every record stays valid for the loader.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from faurecli.store import dump_toml, packaged_store_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_NAME = re.compile(r"\b([A-Z][a-zé]+(?:-[A-Z][a-zé]+)?)\b")
_YEAR = re.compile(r"\b(19|20)(\d\d)\b")
SUFFIXES = ["ov", "ez", "ski", "ard", "ini", "sen", "eau", "ak", "os", "ier"]


def _vary(text: str, copy: int) -> str:
    if copy == 0:
        return text
    suffix = SUFFIXES[copy % len(SUFFIXES)] + ("" if copy < len(SUFFIXES) else str(copy // len(SUFFIXES)))
    return _NAME.sub(lambda m: m.group(1) + suffix if len(m.group(1)) > 4 else m.group(1), text)


def _shift(date: str, copy: int) -> str:
    year = int(date[:4]) - (copy % 50)
    return f"{year:04d}{date[4:]}"


def _refs(refs: list[str], tag: str) -> list[str]:
    return [r if r.startswith("infobox:") else r + tag for r in refs]


def scaled(data: dict[str, Any], factor: int) -> dict[str, Any]:
    out = {key: data[key] for key in ("schema", "source", "person", "infobox")}
    out["offices"], out["events"], out["sentences"], out["conflicts"] = [], [], [], []
    for copy in range(factor):
        tag = "" if copy == 0 else f"-c{copy}"
        for sentence in data["sentences"]:
            record = {**sentence, "id": sentence["id"] + tag, "text": _vary(sentence["text"], copy)}
            if copy:
                record.pop("markers", None)
                record.pop("summary", None)
            out["sentences"].append(record)
        for table, text_key, date_keys in (("offices", "title", ("start", "end")), ("events", "text", ("date", "end"))):
            for item in data[table]:
                record = {
                    **item,
                    "id": item["id"] + tag,
                    text_key: _vary(item[text_key], copy),
                    "sources": _refs(item["sources"], tag),
                }
                for key in date_keys:
                    if key in record:
                        record[key] = _shift(record[key], copy)
                out[table].append(record)
        for conflict in data["conflicts"]:
            claims = [{**c, "sources": _refs(c["sources"], tag)} for c in conflict["claims"]]
            out["conflicts"].append(
                {
                    **conflict,
                    "id": conflict["id"] + tag,
                    "records": [r + tag for r in conflict["records"]],
                    "claims": claims,
                }
            )
    return out


def write(factor: int, target: Path) -> Path:
    data = tomllib.loads(packaged_store_path().read_text(encoding="utf-8"))
    target.write_text(dump_toml(scaled(data, factor)), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write(int(sys.argv[1]), Path(sys.argv[2])))
