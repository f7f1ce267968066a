"""Social-media posts and replies read as plain English: the post's framing and noise left out,
its words said as they are written elsewhere.

Hashtags at the post's end (« … #PS #Faure »), emoji, « BREAKING: », « reminder (that) », the
interjections « lol », « literally », « tbh », « smh », « actually », words in ALL CAPS said in
lower case (« joined at SIXTEEN » → « joined at sixteen »; « NEVER », « ALWAYS », « ONLY » keep
their sense as quantifiers; acronyms such as « PS », « LFI », « EELV » are kept), the short forms
« bc » (because), « u » (you), « mom », « mum », « dad » (mother, father), a
figure repeated for emphasis (« at sixteen. 16!! »). A comment trailing the post that the
source cannot give (« …, a SLAP for Valls », « Mélenchon furious », « and that explains
everything ») is cut off and reported, so that such a post is never SUPPORTED for it.

Pure functions; imported only behind analysis.social_plain's cue, never at start-up."""

from __future__ import annotations

import re

# Emoji and pictographs (with their joiners and variation selectors), and flag letters.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff\u200d\ufe0f\u2b50\u2b06\u2934\u2935\u3030]+"
)
# Hashtags closing the post (« … #PS #Faure », « #motiondecensure »).
_TRAILING_TAGS = re.compile(r"(?:\s*#[^\W_][\w-]*)+\s*[.!]*\s*$")
# A hashtag inside the sentence stands for its word (« the #PS voted » → « the PS voted »).
_INNER_TAG = re.compile(r"#(?=[^\W_])")
# The post's framing before what it says.
_FRAME = re.compile(
    r"^\s*(?:(?:breaking|just\s+in|psa|fun\s+fact|friendly\s+reminder|reminder|fyi)\b\s*(?:that\b|:|-|—)?\s*)+",
    re.IGNORECASE,
)
# Interjections that say nothing of the facts.
_INTERJECTION = re.compile(r"(?:^|(?<=\s))(?:lol|lmao|tbh|smh|imo|ngl|literally|actually)\b[,.!]*\s*", re.IGNORECASE)
_SHORT = (
    (re.compile(r"\bbc\b", re.IGNORECASE), "because"),
    (re.compile(r"\bu\b(?!\.)"), "you"),
    (re.compile(r"\b(?:mom|mum|mommy|mummy)\b", re.IGNORECASE), "mother"),
    (re.compile(r"\b(?:dad|daddy)\b", re.IGNORECASE), "father"),
)
# Acronyms said in capitals (kept as they are); any other word of three or more capitals is
# shouting, said in lower case.
_ACRONYMS = frozenset(
    "PS LFI EELV NUPES UMP MJS UNEF ENA RN LR FN UDI PCF PRG CGT CFDT NPA LREM UNICEF USA EU UK MP MPS "
    "MEP MEPS CEO TV OK HQ UN NATO OTAN UE IEP HEC ONU SNCF RATP INSEE IFOP DSK PM NFP SRC MAS UNESCO OECD OCDE "
    "UNHCR HCR RPR SFIO PSE DOB GDP PIB LGBT ESSEC SGEN UNSA FO CNRS".split()
)
_CAPS = re.compile(r"\b[A-ZÀ-Þ]{3,}\b")
# Three capitals are an acronym (« UDF », « PME ») unless they are one of these shouted words.
_SHOUTED_SHORT = frozenset(
    "FOR THE WAS NOT WON HIS HER AND BUT ALL OUT YES GOT WAY BIG NOW NEW OLD WHY HOW ANY TOO".split()
)
# A Roman numeral (« MCMLXIX »), kept as it is written.
_ROMAN = re.compile(r"^[MDCLXVI]+$")
# A figure repeated for emphasis after the word it repeats (« at SIXTEEN. 16!! »).
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_REPEATED_FIGURE = re.compile(r"\b(?P<word>[a-z]+)\s*[.!]+\s*(?P<n>\d{1,2})\s*!*\s*$", re.IGNORECASE)
# A comment after the facts, which the source cannot give.
_COMMENT = re.compile(
    r"(?:"
    r",?\s+and\s+that\s+(?:explains|says)\s+(?:everything|it\s+all|a\s+lot)"
    r"|,\s+(?:a|an|total|big|huge|what\s+a|such\s+a)\s+[^,.;]{1,40}"
    r"|[.!]\s+[A-Z][\w-]*\s+(?:furious|livid|seething|fuming|mad|thrilled|happy|crying|shaking)"
    r"|,\s+(?:he|she|it)['’]s\s+[^,.;]{1,40}\s+than\s+(?:you|u)\s+think"
    r")\s*[.!]*\s*$",
    re.IGNORECASE,
)
# A dated headline (« Dec 2016: Faure takes … », « 2012: … »): in that month, that year.
_DATED_HEADLINE = re.compile(r"^\s*(?:(?P<month>[A-Za-z]{3,9}\.?)\s+)?(?P<year>(?:19|20)\d{2})\s*:\s+(?=\S)")
_MONTHS = {
    m[:3]: m for m in "january february march april may june july august september october november december".split()
}
_MONTHS = {**{k: v.capitalize() for k, v in _MONTHS.items()}, **{v: v.capitalize() for v in _MONTHS.values()},
           "sept": "September"}  # fmt: skip
# A score (« 137-120 over Bachelay », « beat Batho 28-13 »): the votes for him and for the other.
_SCORE_OVER = re.compile(r"\b(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})\s+over\s+(?P<who>[A-Z])")
_SCORE_BEAT = re.compile(
    r"\b(?P<verb>beat|beats|defeated|defeats)\s+(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})\b"
)
_SPACES = re.compile(r"\s{2,}")

# What a text must hold for the module to read it (lower-cased).
SOCIAL_MARKS = ("#", "breaking", "reminder", "lol", "lmao", "tbh", "smh", "literally", "bc", "mom",
                "mum", "dad", "papa", "maman", " u ", "!!", "psa", "fyi", "ngl", "imo")  # fmt: skip


def social_cued(text: str) -> bool:
    """Whether `text` may be a post: one of its marks, an emoji, or a word in capitals."""
    folded = text.lower()
    return (
        any(mark in folded for mark in SOCIAL_MARKS)
        or _EMOJI.search(text) is not None
        or any(_shouted(w) for w in _CAPS.findall(text))
    )


_PLACE_BEFORE = re.compile(r"\b(?:in|from)\s+$", re.IGNORECASE)


def _shouted(word: str) -> bool:
    """Whether a word in capitals is shouted, not an acronym or a Roman numeral."""
    return (word in _SHOUTED_SHORT or len(word) > 3) and word not in _ACRONYMS and not _ROMAN.match(word)


def _caps(m: re.Match[str]) -> str:
    word = m.group(0)
    if not _shouted(word):
        return word
    # (« born in RÉUNION »: a place's name, said with its capital)
    return word.capitalize() if _PLACE_BEFORE.search(m.string[: m.start()]) else word.lower()


_EDGE_EMOJI = re.compile(rf"^(?:\s*{_EMOJI.pattern})+|(?:\s*{_EMOJI.pattern})+\s*[.!]*\s*$")


def _spaced(text: str) -> str:
    """`text` with each emoji a space, its length kept."""
    return _EMOJI.sub(lambda m: " " * len(m.group(0)), text)


def social_parts(text: str) -> tuple[str, str | None]:
    """`text` as plain English and the trailing comment left out of it (None if there is none).
    An emoji between words may stand for one (« Faure 👍 Macron »): such a text is left as it is."""
    plain = _INTERJECTION.sub("", _TRAILING_TAGS.sub("", text))
    plain = _EDGE_EMOJI.sub("", _TRAILING_TAGS.sub("", _EDGE_EMOJI.sub("", plain)))
    # (the framing before an emoji: « BREAKING 🚨 reminder that … »)
    plain = _EDGE_EMOJI.sub("", _FRAME.sub("", plain))
    comment_at = _COMMENT.search(_spaced(plain))
    core = plain[: comment_at.start()] if comment_at is not None and comment_at.start() > 15 else plain
    if _EMOJI.search(core):
        return text, None
    plain = _EMOJI.sub(" ", plain)
    plain = _INNER_TAG.sub("", plain)
    plain = _FRAME.sub("", plain)
    plain = _INTERJECTION.sub("", plain)
    for pattern, word in _SHORT:
        plain = pattern.sub(word, plain)
    plain = _CAPS.sub(_caps, plain)
    if (rep := _REPEATED_FIGURE.search(plain)) is not None and _NUMBER_WORDS.get(rep["word"].lower()) == int(rep["n"]):
        plain = plain[: rep.start("word")] + rep["word"]
    plain = _SCORE_OVER.sub(lambda m: f"with {m['a']} votes against {m['b']} for {m['who']}", plain)
    plain = _SCORE_BEAT.sub(lambda m: f"{m['verb']} {m['who']} by {m['a']} votes to {m['b']}", plain)
    dated = _DATED_HEADLINE.match(plain)
    if dated is not None and (not dated["month"] or dated["month"].lower().rstrip(".") in _MONTHS):
        month = _MONTHS[dated["month"].lower().rstrip(".")] if dated["month"] else ""
        plain = f"In {month + ' ' if month else ''}{dated['year']}, {plain[dated.end() :]}"
    comment = None
    if (said := _COMMENT.search(plain)) is not None and said.start() > 15:
        comment = plain[said.start() :].strip(" ,.!")
        plain = plain[: said.start()]
    plain = _SPACES.sub(" ", plain).strip(" ,;:-—")
    plain = plain.rstrip("!")
    if not plain:
        return text, None
    if plain[:1].islower() and plain[:1] != text.strip()[:1]:
        plain = plain[:1].upper() + plain[1:]
    return plain, comment


def social_plain(text: str) -> str:
    """`text` as plain English, its trailing comment left out."""
    return social_parts(text)[0]


# A headline's present tense (« Faure backs Macron », « Faure takes the group »): what the post
# announces, which the source's past may not say; never SUPPORTED on the readers' word alone.
_HEADLINE_PRESENT = re.compile(
    r"\b(?:Faure|[Hh]e|PS)\s+(?!(?:is|has|was|does|says|always|never|only|also)\b)[a-z]{2,}[^s\W]s\b"
)


def headline_present(text: str) -> bool:
    """Whether a post's plain text says its news in a headline's present tense."""
    return _HEADLINE_PRESENT.search(text) is not None
