"""A German speaker's English read as plain English: German words inside English questions and
claims and German word order.

German vocabulary is said in the English the source uses (« Wahlkreis »: constituency,
« Stichwahl »: second round, « Fraktion »: group, « Parteichef »: party leader, « Vorgänger »:
predecessor, « Ersatzmann »: substitute, « Vertrauensfrage »: vote of confidence...): these are
words, never facts. A question's verb put second as German puts it (« Which percent got he in
2012? », « How voted he? ») is asked as English asks it (« What percentage did he get in 2012? »,
« How did he vote? »), the German perfect of a question as the English past (« Where has he
spent », « Who has beaten him »: where did he spend, who beat him), « with how many years »
as at what age. `germanic_plain` gives the text in plain English; pure functions, imported only
behind analysis.GERMANIC_CUE (a few substring tests first), never at start-up.

Nothing here changes what a claim says: no figure, name, negation or stance is touched; where a
verb is not in the tables, the text is left as it is written."""

from __future__ import annotations

import re

from faurecli.patterns import lazy

# German words (and their inflected forms) as the English the source uses for them.
_VOCABULARY: dict[str, str] = {
    "parteichef": "party leader",
    "parteichefin": "party leader",
    "parteivorsitzender": "party leader",
    "fraktionschef": "group president",
    "fraktionsvorsitzender": "group president",
    "fraktion": "group",
    "fraktionen": "groups",
    "wahlkreis": "constituency",
    "wahlkreise": "constituencies",
    "stichwahl": "second round",
    "mitarbeiter": "employees",
    "mitarbeitern": "employees",
    "wohnung": "apartment",
    "fach": "subject",
    "beruf": "profession",
    "sprecher": "spokesperson",
    "sprecherin": "spokesperson",
    "ersatzmann": "substitute",
    "ersatzfrau": "substitute",
    "vertrauensfrage": "vote of confidence",
    "vorgänger": "predecessor",
    "vorgängerin": "predecessor",
    "nachfolger": "successor",
    "nachfolgerin": "successor",
    "europawahl": "European election",
    "gegenkandidat": "opponent",
    "gegenkandidatin": "opponent",
    "kabinettsdirektor": "chief of staff",
    "kabinettschef": "chief of staff",
    "ministerin": "minister",
    "minister": "minister",
    "fahrkarte": "card",
    "abgeordnete": "deputy",
    "abgeordneter": "deputy",
    "mandat": "term",
    "wahl": "election",
    "parteitag": "congress",
    "bürgermeister": "mayor",
    "übernachtungs": "overnight",
}
# « Vorgänger » when the question asks for more than one (« Who were his Vorgänger »).
_PLURAL_AFTER_WERE = {"predecessor": "predecessors", "successor": "successors"}
_GERMAN_WORD = lazy(
    r"\b(?P<word>" + "|".join(sorted((re.escape(w) for w in _VOCABULARY), key=len, reverse=True)) + r")\b(?P<dash>-)?",
    re.IGNORECASE,
)
# German words the source's English also has (« Minister », « Mandat » spelt so in French): only
# read as German where a German word is elsewhere in the text.
_SHARED = frozenset({"minister", "mandat", "wahl"})

# --- word order ----------------------------------------------------------------------------------

# A past verb put before its pronoun subject (« got he », « entered he »): its base form.
_PAST_BASE: dict[str, str] = {
    "got": "get", "won": "win", "made": "make", "had": "have", "came": "come", "went": "go",
    "entered": "enter", "lived": "live", "worked": "work", "voted": "vote", "became": "become",
    "led": "lead", "studied": "study", "gave": "give", "took": "take", "lost": "lose", "left": "leave",
    "followed": "follow", "supported": "support", "spent": "spend", "married": "marry", "met": "meet",
    "founded": "found", "wrote": "write", "published": "publish", "received": "receive",
    "obtained": "obtain", "joined": "join", "beat": "beat",
}  # fmt: skip
# The German perfect of a question (« has he spent », « has he married »): the participle's base.
_PARTICIPLE_BASE: dict[str, str] = {
    "spent": "spend", "beaten": "beat", "supported": "support", "married": "marry", "visited": "visit",
    "studied": "study", "lived": "live", "worked": "work", "won": "win", "lost": "lose", "got": "get",
    "gotten": "get", "made": "make", "voted": "vote", "entered": "enter", "joined": "join", "met": "meet",
    "written": "write", "published": "publish", "founded": "found", "led": "lead", "drawn": "draw",
    "received": "receive", "obtained": "obtain", "endorsed": "endorse", "become": "become", "left": "leave",
}  # fmt: skip
_WH = r"(?:who|whom|what|which|where|when|how|why|whose)"
# « Which percent got he », « For whom worked he », « How voted he »: a wh-question, its past verb
# then « he » / « she » / « it » / « they ».
_VERB_SECOND = lazy(
    rf"(?P<head>\b{_WH}\b[^?,;—]*?\s)(?P<verb>" + "|".join(_PAST_BASE) + r")\s+(?P<who>he|she|they|it(?=\s*\?))\b"
    # (never English's pluperfect: « Which post had he held », « What had he done »)
    r"(?!\s+(?:\w+(?:ed|en|wn|ne|ld|lt|nt|ght|un|ot)|been|done|made|won|led|held|met|left|said|become)\b)",
    re.IGNORECASE,
)
# « Where has he spent », « In which year has he married », « Has he in the end supported »: the
# perfect asked as the past (did he spend).
_PERFECT_ASKED = lazy(
    r"(?<!\blong\s)(?<!\bmany\stimes\s)(?<!\bsince\swhen\s)\b(?P<aux>has|have)\s+(?P<who>he|she|it|they)\s+(?P<mid>(?:(?:in\s+the\s+end|ever|already|officially|really|then)\s+)?)"
    r"(?P<part>" + "|".join(_PARTICIPLE_BASE) + r")\b",
    re.IGNORECASE,
)
# « Who has beaten him »: the perfect of a subject question, the past.
_WHO_PERFECT = lazy(
    r"^(?P<who>who|what|which\s+\w+)\s+has\s+(?P<part>beaten|won|defeated|succeeded|replaced)\b", re.IGNORECASE
)
_PAST_OF = {"beaten": "beat", "won": "won", "defeated": "defeated", "succeeded": "succeeded", "replaced": "replaced"}
# « With how many years did he enter » (mit wie vielen Jahren): at what age.
_WITH_YEARS = lazy(r"\bwith\s+how\s+many\s+years\b", re.IGNORECASE)
# « enter in the PS » (in die Partei eintreten): join the PS.
_ENTER_IN = lazy(r"\benter\s+(?:in|into)\s+(?=the\b|[A-Z])")
# « Since when is he X »: since when has he been X.
_SINCE_WHEN_IS = lazy(r"\bsince\s+when\s+is\s+(?P<who>he|she)\b", re.IGNORECASE)
# « which percent » (welcher Prozentsatz): what percentage.
_WHICH_PERCENT = lazy(r"\b(?:which|what)\s+percent\b(?!age)", re.IGNORECASE)
# « what for a job » (was für ein): what job.
_WHAT_FOR_A = lazy(r"\bwhat\s+for\s+an?\s+", re.IGNORECASE)
# « from where came she » / « from where did she come »: where did she come from.
_FROM_WHERE = lazy(r"\bfrom\s+where\s+did\s+(?P<who>he|she|they)\s+come\b", re.IGNORECASE)
# « which function had he » (Funktion): what role.
_WHICH_FUNCTION = lazy(r"\b(?:which|what)\s+function\b", re.IGNORECASE)
# « visited » a school (eine Schule besuchen): attended.
_VISIT_SCHOOL = lazy(
    r"\b(?P<lead>(?:lycée|lycee|school|university|college|gymnasium)\b[^?.]*?\b)visit(?P<end>ed|s)?\b"
    r"(?P<pupil>\s+as\s+(?:a\s+)?(?:pupil|student|schoolboy))?",
    re.IGNORECASE,
)
# « in the end » (am Ende) of a question: ultimately.
_IN_THE_END = lazy(r"\bin\s+the\s+end\b", re.IGNORECASE)

# « lived together in one Wohnung » (zusammen wohnen): shared an apartment.
_LIVED_TOGETHER = lazy(
    r"\b(?P<verb>live|lived|lives)\s+together\s+(?P<with>(?:with\s+[^,.?;]+?\s+)?)in\s+(?:one|a|an|the\s+same)\s+"
    r"(?:apartment|flat)\b",
    re.IGNORECASE,
)
_SHARE = {"live": "share", "lived": "shared", "lives": "shares"}
# « came on 3 May 1950 in Lyon to the world » (zur Welt kommen): was born on 3 May 1950 in Lyon.
_CAME_TO_THE_WORLD = lazy(r"\bcame\s+(?P<mid>(?:[^.?;]*?\s)?)to\s+the\s+world\b", re.IGNORECASE)
# « with 16 years » (mit 16 Jahren): at age 16 (never « with 20 years of experience », « with 3 years left »).
_WITH_N_YEARS = lazy(
    r"\bwith\s+(?P<n>\d{1,2})\s+years\b(?!\s+(?:of|in|as|left|later|after|before|ago|to|more|less)\b)", re.IGNORECASE
)
# « has entered the PS » (in die Partei eingetreten): joined the party; only a party is joined so.
_ENTERED_PARTY = lazy(
    r"\b(?:has\s+)?entered\s+(?:in\s+|into\s+)?(?=the\s+(?:Parti\b|party\b|Socialist\s+Party\b|PS\b|[A-Z][\w-]*\s+party\b))",
)
# « six Mandate » (Mandate, German plural of Mandat, of an election): seats.
_N_MANDATE = lazy(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"
    r"\s+Mandate\b"
)


def _word(m: re.Match[str], *, german_elsewhere: bool) -> str:
    word = m["word"]
    if word.lower() in _SHARED and not german_elsewhere:
        return m[0]
    said = _VOCABULARY[word.lower()]
    if m["dash"]:
        return said + " "  # (« Übernachtungs-tax »: overnight tax)
    return said


def germanic_plain(text: str, *, question: bool = False) -> str:
    """`text` in plain English: its German words as the source's English (« Wahlkreis » →
    « constituency »), a question's German word order as English's (« Which percent got he in
    2012? » → « What percentage did he get in 2012? »); the same text where none is said."""
    plain = text
    words = [m["word"].lower() for m in _GERMAN_WORD.finditer(plain)]
    german_elsewhere = any(w not in _SHARED for w in words)
    if words:
        plain = _GERMAN_WORD.sub(lambda m: _word(m, german_elsewhere=german_elsewhere), plain)
        plain = re.sub(
            r"\b(were|are)\s+(his|her|their)\s+(predecessor|successor)\b",
            lambda m: f"{m[1]} {m[2]} {_PLURAL_AFTER_WERE[m[3].lower()]}",
            plain,
            flags=re.IGNORECASE,
        )
    if german_elsewhere:
        plain = _N_MANDATE.sub(lambda m: f"{m['n']} seats", plain)
    plain = _LIVED_TOGETHER.sub(lambda m: f"{_SHARE[m['verb'].lower()]} {m['with']}an apartment", plain)
    plain = _CAME_TO_THE_WORLD.sub(lambda m: f"was born {m['mid']}".rstrip(), plain)
    plain = _WITH_N_YEARS.sub(lambda m: _cap(m[0], f"at age {m['n']}"), plain)
    plain = _ENTERED_PARTY.sub("joined ", plain)
    if not question:
        return re.sub(r"[ \t]{2,}", " ", plain)
    plain = _WITH_YEARS.sub(lambda m: _cap(m[0], "at what age"), plain)
    plain = _WHO_PERFECT.sub(lambda m: f"{m['who']} {_PAST_OF[m['part'].lower()]}", plain)
    plain = _PERFECT_ASKED.sub(_perfect, plain)
    plain = _VERB_SECOND.sub(lambda m: f"{m['head']}did {m['who']} {_PAST_BASE[m['verb'].lower()]}", plain)
    plain = _ENTER_IN.sub("join ", plain)
    plain = _SINCE_WHEN_IS.sub(lambda m: _cap(m[0], f"since when has {m['who']} been"), plain)
    plain = _WHICH_PERCENT.sub(lambda m: _cap(m[0], "what percentage"), plain)
    plain = _WHAT_FOR_A.sub(lambda m: _cap(m[0], "what "), plain)
    plain = _FROM_WHERE.sub(lambda m: _cap(m[0], f"where did {m['who']} come from"), plain)
    plain = _WHICH_FUNCTION.sub(lambda m: _cap(m[0], "what role"), plain)
    plain = _VISIT_SCHOOL.sub(lambda m: f"{m['lead']}attend{m['end'] or ''}", plain)
    plain = _IN_THE_END.sub("ultimately", plain)
    plain = _LIVED_TOGETHER.sub(lambda m: f"{_SHARE[m['verb'].lower()]} {m['with']}an apartment", plain)
    return re.sub(r"[ \t]{2,}", " ", plain)


def _perfect(m: re.Match[str]) -> str:
    aux = "Did" if m["aux"][:1].isupper() else "did"
    mid = m["mid"]
    if mid and mid.strip().lower() == "in the end":
        mid = "ultimately "
    return f"{aux} {m['who']} {mid}{_PARTICIPLE_BASE[m['part'].lower()]}"


def _cap(was: str, said: str) -> str:
    return said[:1].upper() + said[1:] if was[:1].isupper() else said
