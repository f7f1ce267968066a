"""An age said by its decade ("in his late forties", "a twenty-something", « à l'aube de la
cinquantaine », « au début de la quarantaine »): the ages it spans, and the claim said with each.

A decade is ten ages (40 to 49); its early, mid and late thirds 0–3, 4–6 and 7–9; « à l'aube de
la cinquantaine », the decade's eve, its late third. `verify` checks the claim once for each age.
"""

from __future__ import annotations

from faurecli.patterns import lazy

# (Its cheap gate is analysis.AGE_DECADE_CUE: imported only past it.)

_TENS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "trentenaire": 30, "quadragenaire": 40, "quinquagenaire": 50, "sexagenaire": 60,
}  # fmt: skip
_THIRDS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "debut": (0, 3), "milieu": (4, 6), "fin": (7, 9)}
_ENGLISH = lazy(
    r"(?i)\b(?P<was>was\s+)?(?:in\s+(?:his|her)\s+(?P<third>early|mid|late)?[-\s]*"
    r"(?P<decade>twenties|thirties|forties|fifties|sixties)"
    r"|an?\s+(?P<some>twenty|thirty|forty|fifty|sixty)[-\s]?something)\b"
)
_FRENCH = lazy(
    r"(?i)\b(?P<was>(?:était|etait|avait)\s+)?(?:(?P<at>à|a)\s+)?"
    r"(?:(?:(?:au\s+)?(?P<third>début|debut|milieu)\s+de\s+|(?:à|a)\s+la\s+(?P<end>fin)\s+de\s+"
    r"|(?P<eve>(?:à|a)\s+l['’]aube\s+de\s+|(?:à|a)\s+l['’]approche\s+de\s+)|dans\s+)?"
    r"la\s+(?P<decade>vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)"
    r"|(?P<noun>trentenaire|quadrag[ée]naire|quinquag[ée]naire|sexag[ée]naire))\b"
)


def rewrites(claim: str) -> tuple[str, list[tuple[int, str]]] | None:
    """The claim's age by decade as written, and the claim said with each age it spans ("Faure
    was 47 when …", « Faure avait 47 ans quand … »); None unless it says exactly one."""
    found = [(m, False) for m in _ENGLISH.finditer(claim)] + [(m, True) for m in _FRENCH.finditer(claim)]
    if len(found) != 1:
        return None
    m, french = found[0]
    parts = m.groupdict()
    word = (parts["decade"] or parts.get("some") or parts.get("noun") or "").lower().replace("é", "e")
    tens = _TENS.get(word)
    if tens is None:
        return None
    low, high = 0, 9
    if french and parts["eve"]:
        # « à l'aube de la cinquantaine »: the eve of fifty, the forties' late third.
        tens, (low, high) = tens - 10, _THIRDS["late"]
    elif parts["third"] or parts.get("end"):
        third = (parts["third"] or parts["end"]).lower().replace("é", "e")
        low, high = _THIRDS[third]
    start, end = m.start(), m.end()
    if m["was"]:
        start = m.start("was") + len(m["was"])
    said = claim[start:end].strip()
    texts = []
    for age in range(tens + low, tens + high + 1):
        if french:
            if m["was"]:
                new = f"{claim[: m.start('was')]}avait {age} ans"
            else:
                new = f"{claim[:start]}{'À' if start == 0 else 'à'} {age} ans"
        elif m["was"]:
            new = f"{claim[:start]}{age}"
        else:
            new = f"{claim[:start]}{'At' if start == 0 else 'at'} {age}"
        texts.append((age, new + claim[end:]))
    return said, texts
