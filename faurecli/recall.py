"""Recall for `faure verify`: claims the store answers from its structured fields, read by a
closed grammar, so that a true claim is SUPPORTED where the prose alone says it in other words.

Each reader here accepts only a claim it consumes whole (who, a relation, a post of his, a
date) and only ever says SUPPORTED, when the store's fields say exactly that; anything else
(another person, another date, a post it cannot tell apart from another, a field the sources
dispute) returns None and the claim goes to the general checks. So it can add recall, never
turn a false claim into a supported one."""

from __future__ import annotations

import re
from functools import lru_cache

from faurecli.analysis import Analysis, Value, ValueKind, concepts, fold, stem, values
from faurecli.evidence import Knowledge, people_in, per_store, same_date
from faurecli.model import Field, Office, PartialDate, Store
from faurecli.patterns import Pattern, lazy

# Faure himself, as a claim may name him.
_FAURE = r"(?:olivier\s+)?faure|he|il|him|lui"
# What joins the post to a succession: "as First Secretary", "à la présidence du groupe …".
_AS = r"(?:as|comme|en\s+tant\s+que|au\s+poste\s+de|a\s+la\s+(?:tete|presidence)\s+(?:du|de\s+la|des|de))"
_DET = r"(?:(?:the|a|an|le|la|les|un|une)\s+|l')?"
_AFTER = (
    r"(?:succeeded|replaced|took\s+over\s+from|followed|(?:a\s+)?succede\s+a|succeda\s+a|(?:a\s+)?remplace|remplaca|"
    r"a\s+pris\s+la\s+succession\s+de)"
)
_BEFORE = r"(?:preceded|(?:a\s+)?precede)"
# "A succeeded B as R", "B was succeeded by A as R", "B preceded A as R": A came after B.
_SUCCESSIONS = (
    lazy(rf"^(?P<a>.+?)\s+{_AFTER}\s+(?P<b>.+?)\s+{_AS}\s+{_DET}(?P<role>.+)$"),
    lazy(rf"^(?P<b>.+?)\s+{_BEFORE}\s+(?P<a>.+?)\s+{_AS}\s+{_DET}(?P<role>.+)$"),
    lazy(
        rf"^(?P<b>.+?)\s+(?:was|has\s+been|a\s+ete)\s+(?:succeeded|replaced|remplacee?)\s+"
        rf"(?:{_AS}\s+{_DET}(?P<role>.+?)\s+)?(?:by|par)\s+(?P<a>.+?)(?:\s+{_AS}\s+{_DET}(?P<role2>.+))?$"
    ),
    lazy(
        rf"^(?P<a>.+?)\s+(?:was|has\s+been|a\s+ete)\s+(?:preceded|precedee?)\s+"
        rf"(?:{_AS}\s+{_DET}(?P<role>.+?)\s+)?(?:by|par)\s+(?P<b>.+?)(?:\s+{_AS}\s+{_DET}(?P<role2>.+))?$"
    ),
)
# A term: "Faure has been <post> since <date>", "his term as <post> began on <date>", "Faure
# was <post> until <date>", "Faure became <post> on <date>"; (pattern, the end it dates).
_HIS = r"(?:(?:olivier\s+)?faure's|his|son|sa|le\s+mandat\s+de\s+(?:olivier\s+)?faure)"
# "His term as R began", "… ended": read by _term and, dated to the day, by term_refuted.
_TERM_BEGAN = lazy(
    rf"^{_HIS}\s+(?:term|tenure|mandate|mandat)\s+(?:as|de|d'|en\s+tant\s+que)\s*{_DET}(?P<role>.+?)\s+"
    r"(?:began|begun|started|commenced|a\s+commence|a\s+debute|debuta|commenca)$"
)
_TERM_ENDED = lazy(
    rf"^{_HIS}\s+(?:term|tenure|mandate|mandat)\s+(?:as|de|d'|en\s+tant\s+que)\s*{_DET}(?P<role>.+?)\s+"
    r"(?:ended|finished|a\s+pris\s+fin|s'est\s+termine|s'acheva|prit\s+fin)$"
)
_TERMS = (
    (lazy(rf"^(?:{_FAURE})\s+(?:has\s+been|is|a\s+ete|est)\s+{_DET}(?P<role>.+)$"), "since"),
    (lazy(rf"^(?:{_FAURE})\s+(?:was|served\s+as|has\s+been|a\s+ete|etait|fut)\s+{_DET}(?P<role>.+)$"), "until"),
    # "from <date>" with no end: the date it began ("il a été porte-parole à partir du …").
    (lazy(rf"^(?:{_FAURE})\s+(?:was|served\s+as|has\s+been|a\s+ete|etait|fut)\s+{_DET}(?P<role>.+)$"), "from"),
    # A deputy represents his constituency: the seat is the post ("has represented … since 2012").
    (
        lazy(
            rf"^(?:{_FAURE})\s+(?:has\s+represented|represents|represente|a\s+represente)\s+{_DET}"
            r"(?P<role>.*\b(?:constituency|circonscription)\b.*)$"
        ),
        "since",
    ),
    (
        lazy(
            rf"^(?:{_FAURE})\s+(?:became|becomes|took\s+office\s+as|assumed\s+office\s+as|est\s+devenu|devint|devient|"
            rf"a\s+pris\s+ses\s+fonctions\s+de)\s+{_DET}(?P<role>.+)$"
        ),
        "at",
    ),
    (_TERM_BEGAN, "at"),
    (_TERM_ENDED, "end"),
    # He left the post: its end ("left his post as …", "a quitté ses fonctions de …"); not
    # "resigned" or "stepped down", which say more than an end.
    (
        lazy(
            rf"^(?:{_FAURE})\s+(?:stopped\s+being|ceased\s+to\s+be|left\s+(?:his|the)\s+(?:post|position|office)\s+(?:as|of)|"
            r"a\s+cesse\s+d'etre|(?:a\s+quitte|quitta|quitte)\s+(?:son|le|ses|les)\s+(?:poste|postes|fonctions?)\s+(?:de|d')|"
            rf"(?:a\s+quitte|quitta|quitte)\s+as)\s*{_DET}(?P<role>.+)$"
        ),
        "end",
    ),
)
# Words without which no succession or dated start of a term above can match.
_SUCCESSION_WORD = lazy(r"succe|replace|remplace|preced|took\s+over|followed|pris\s+la\s+succession")
_TERM_WORD = lazy(
    r"\b(?:became|becomes|took|assumed|devenu|devint|devient|pris|term|tenure|mandate|mandat|stopped|ceased|cesse|left|"
    r"quitte|quitta)\b"
)
# The date a claim closes with, by the word before it: which end of a term it dates.
_DATED = lazy(
    r"\s+(?P<prep>in|on|en|le|since|depuis|until|till|jusqu'au|jusqu'a|jusqu'en|from|a\s+partir\s+du|a\s+partir\s+de)\s+(?:le\s+)?"
    r"(?P<date>(?:\d{1,2}(?:er)?\s+)?(?:[a-z]+\s+)?\d{4})$"
)
_FROM = ("from", "a partir du", "a partir de")
# The same claim in the order and voice the readers take: a date opening it moved to its end
# ("Le 13 décembre 2016, il succède à …" / "… le 13 décembre 2016"), a cleft undone ("C'est X
# qui a remplacé Faure"), his French object pronoun made his name ("X lui a succédé", "X l'a
# remplacé": X succeeded him), the head or presidency of a body made the post's name ("à la tête
# du groupe", "a pris la présidence du groupe": head of the group, became its president).
_REWRITES = (
    (
        lazy(r"^(?P<prep>on|in|le|en)\s+(?P<date>(?:\d{1,2}(?:er)?\s+)?(?:[a-z]+\s+)?\d{4}),\s*(?P<rest>.+)$"),
        r"\g<rest> \g<prep> \g<date>",
    ),
    (lazy(r"^(?:c'est|it\s+was|it\s+is)\s+(?P<who>.+?)\s+(?:qui|who)\s+(?P<rest>.+)$"), r"\g<who> \g<rest>"),
    (lazy(r"^(?P<who>.+?)\s+lui\s+(?:a\s+)?succede\b"), r"\g<who> succeeded faure"),
    (lazy(r"^(?P<who>.+?)\s+(?:l'a|le)\s+remplace(?:e)?\b"), r"\g<who> replaced faure"),
    (lazy(r"^(?P<who>.+?)\s+(?:l'a|le)\s+precede(?:e)?\b"), r"\g<who> preceded faure"),
    (
        lazy(r"\b(?:a\s+quitte|quitta|quitte|left)\s+(?:la\s+tete|the\s+head)\s+(?:du|de\s+la|des|de\s+l'|de|of)\s*"),
        "quitte as head of ",
    ),
    (
        lazy(
            r"\b(?:a\s+quitte|quitta|quitte|left)\s+(?:la\s+presidence|the\s+presidency)\s+(?:du|de\s+la|des|de\s+l'|de|of)\s*"
        ),
        "quitte as president of ",
    ),
    (lazy(r"\ba\s+la\s+tete\s+(?:du|de\s+la|des|de\s+l'|de)\s*"), "as head of "),
    (lazy(r"\bat\s+the\s+head\s+of\s+"), "as head of "),
    # He sits in the Assembly: he is a member of it.
    (
        lazy(
            rf"^(?P<he>{_FAURE})\s+(?:has\s+sat|sits|siege|a\s+siege)\s+(?:in|a)\s+(?:the\s+|l')?"
            r"(?:national\s+assembly|assemblee\s+nationale)\b"
        ),
        r"\g<he> has been member of the national assembly",
    ),
    (lazy(r"\ba\s+la\s+presidence\s+(?:du|de\s+la|des|de\s+l'|de)\s*"), "as president of "),
    (
        lazy(
            r"\b(?:a\s+pris|prend|prit|took)\s+(?:la\s+tete|the\s+helm|the\s+head)\s+(?:du|de\s+la|des|de\s+l'|de|of)\s*"
        ),
        "became head of ",
    ),
    (
        lazy(
            r"\b(?:a\s+pris|prend|prit|took)\s+(?:la\s+presidence|the\s+presidency)\s+(?:du|de\s+la|des|de\s+l'|de|of)\s*"
        ),
        "became president of ",
    ),
    # He led or presided a body: he was its head, its president ("a présidé le groupe …").
    (
        lazy(rf"^(?P<he>{_FAURE})\s+(?:has\s+led|has\s+headed|leads|heads|dirige)\s+"),
        r"\g<he> has been head of ",
    ),
    (
        lazy(rf"^(?P<he>{_FAURE})\s+(?:has\s+presided(?:\s+over)?|has\s+chaired|presides(?:\s+over)?|preside)\s+"),
        r"\g<he> has been president of ",
    ),
    (
        lazy(rf"^(?P<he>{_FAURE})\s+(?:led|headed|a\s+dirige|dirigeait|dirigea)\s+"),
        r"\g<he> was head of ",
    ),
    (
        lazy(rf"^(?P<he>{_FAURE})\s+(?:presided(?:\s+over)?|chaired|a\s+preside|presidait|presida)\s+"),
        r"\g<he> was president of ",
    ),
    # "was previously / formerly …": when, said by the dates.
    (
        lazy(
            rf"^(?P<he>{_FAURE})\s+(?P<was>was|has\s+been|a\s+ete|etait)\s+"
            r"(?:previously|formerly|auparavant|precedemment)\s+"
        ),
        r"\g<he> \g<was> ",
    ),
    # "X assurait l'intérim avant lui as head of P": X was interim head of P before him.
    (
        lazy(
            r"^(?P<x>.+?)\s+(?:assurait|a\s+assure|assura|assure)\s+l'interim\s+(?P<rel>avant|apres)\s+"
            r"(?P<y>.+?)\s+as\s+(?P<role>(?:head|president)\s+of\s+.+)$"
        ),
        r"\g<x> etait interim \g<role> \g<rel> \g<y>",
    ),
)
# For each rewrite, words one of which it needs (a plain substring test: most claims run none).
_REWRITE_KEYS: tuple[tuple[str, ...], ...] = (
    (",",),
    ("c'est ", "it was ", "it is "),
    (" lui ",),
    ("remplac",),
    ("preced",),
    ("tete", "head"),
    ("presiden",),
    ("tete",),
    ("head of",),
    (" sat ", " sits ", "siege"),
    ("presiden",),
    ("tete", "helm", "head"),
    ("presiden",),
    ("led ", "leads", "heads", "dirige"),
    ("presid", "chair"),
    ("led ", "headed", "dirige"),
    ("presid", "chair"),
    ("previously", "formerly", "auparavant", "precedemment"),
    ("interim",),
)
_REWRITE_KEY_WORDS = tuple(dict.fromkeys(key for keys in _REWRITE_KEYS for key in keys))
# French words of a post's name the lexicon does not carry, in the English of the store's titles.
_ROLE_WORDS = {
    "citoyen": "citizen",
    "troisieme": "third",
    "deuxieme": "second",
    "quatrieme": "fourth",
    "tete": "head",
}
# Words that change which post it is: they must be the same in the claim and the post's name.
_QUALIFIERS = frozenset(
    "vice assistant adjoint adjointe deputy honorary honoraire interim acting co former ancien ancienne ex "
    "second deuxieme third troisieme fourth quatrieme special speciale".split()
)


def settle(known: Knowledge, text: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """When the store says all of `text` in a form read whole (a succession in one of his posts,
    a term's start or end, someone's party): (the office's id or "", the evidence's ids, the
    parts as (claimed, found)); None otherwise."""
    claim = fold(text).replace("’", "'").strip().rstrip(" .!?")
    claim = _SPACES.sub(" ", claim)
    claim = _rewrite(claim)
    store = known.store
    date: Value | None = None
    prep = ""
    if " years" in claim or " ans" in claim:
        held = _held_for(store, claim) or _held_years(store, claim)
        if held is not None:
            return held
    period = _PERIOD.search(claim) if _PERIOD_WORD.search(claim) else None
    if period is not None:
        return _period(store, claim[: period.start()], period.group("d1"), period.group("d2"))
    for dated in _DATED.finditer(claim):
        found = [v for v in values(dated.group("date")) if v.kind is ValueKind.DATE]
        if len(found) == 1 and found[0].text == dated.group("date").strip():
            date, prep = found[0], dated.group("prep")
            claim = claim[: dated.start()]
            break
    claim = _whose_turn(claim)
    claim = _TOOK_OVER_AS.sub(r"\g<a> took over from \g<b> as \g<role>", claim) if " over as " in claim else claim
    if date is None:
        party = _member(known, claim)
        if party is not None:
            return party
        card = _card(store, claim) if _CARD_WORD.search(claim) else None
        if card is not None:
            return card
    return _succession(known, claim, date, prep) or _term(store, claim, date, prep)


_DATE = r"(?:\d{1,2}(?:er)?\s+)?(?:[a-z]+\s+)?\d{4}"
# A term by both its ends: "from December 2016 to April 2018", "de décembre 2016 à avril 2018".
_PERIOD = lazy(
    rf"\s+(?:from|de|du|between|entre)\s+(?:le\s+)?(?P<d1>{_DATE})\s+"
    rf"(?:to|until|till|a|au|jusqu'a|jusqu'au|jusqu'en|and|et)\s+(?:le\s+)?(?P<d2>{_DATE})$"
)
_PERIOD_WORD = lazy(r"\d{4}\s+(?:to|until|till|a|au|jusqu'a|jusqu'au|jusqu'en|and|et)\s")
# Who held a post: the claim before its period.
_HELD = lazy(rf"^(?:{_FAURE})\s+(?:was|served\s+as|has\s+been|a\s+ete|etait|fut)\s+{_DET}(?P<role>.+)$")


def _period(
    store: Store, claim: str, first: str, last: str
) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """A post he held from one date to another, both the ends its fields give (neither
    disputed nor derived); None otherwise."""
    m = _HELD.match(claim)
    if m is None:
        return None
    dates = []
    for text in (first, last):
        found = [v for v in values(text) if v.kind is ValueKind.DATE]
        if len(found) != 1 or found[0].text != text.strip():
            return None
        dates.append(found[0])
    office = _office_of(store, m.group("role"))
    if office is None or office.start is None or office.end is None or office.derived or office.end_derived:
        return None
    if not _on(dates[0], office.start) or not _on(dates[1], office.end):
        return None
    if store.conflicts_of(office.id, Field.START) or store.conflicts_of(office.id, Field.END):
        return None
    parts = (
        (m.group("role"), office.title),
        (first, f"term start {office.start.human()}"),
        (last, f"term end {office.end.human()}"),
    )
    return office.id, _refs(store, office, ("Office", "Term Start", "Term End"), None), parts


# "has been R for over N years", "est R depuis plus de N ans": a post he still held at the
# source's date, for longer than N years whatever day of its start's month or year it began.
_FOR_YEARS = lazy(
    rf"^(?:{_FAURE})\s+(?:has\s+been|is|est)\s+{_DET}(?P<role>.+?)\s+(?:for|depuis)\s+"
    r"(?:over|more\s+than|at\s+least|plus\s+de|au\s+moins)\s+(?P<n>\d{1,2}|[a-z]+)\s+(?:years|ans)$"
)
_COUNTS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(),
        range(1, 16),
        strict=True,
    )
) | dict(
    zip(
        "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze".split(),
        range(1, 16),
        strict=True,
    )
)


# Titles in other words, by the words the store's titles use (folded): a chief of staff is a
# cabinet director, "directeur (adjoint) de cabinet (adjoint)" its (assistant) cabinet director.
_OTHER_TITLES = (
    (lazy(r"\bdeputy\s+chiefs?\s+of\s+staff\b"), "assistant cabinet director"),
    (lazy(r"\bchiefs?\s+of\s+staff\b"), "cabinet director"),
    (lazy(r"\bdirect(?:eur|rice)\s+adjointe?\s+de\s+cabinet\b"), "assistant cabinet director"),
    (lazy(r"\bdirect(?:eur|rice)\s+de\s+cabinet\s+adjointe?\b"), "assistant cabinet director"),
    # (A chair's post is the president's the source names: "chairman of the Socialist group".)
    (lazy(r"\b(?:chairman|chairwoman|chairperson|chair)\b"), "president"),
)


def in_title_words(folded: str) -> str:
    """A folded claim with its titles in the words the store's titles use."""
    if "staff" not in folded and "cabinet" not in folded and "chair" not in folded:
        return folded
    for pattern, title in _OTHER_TITLES:
        folded = pattern.sub(title, folded)
    return folded


def in_title_words_cased(text: str) -> str:
    """A claim as written (its names' capitals kept) with its titles in the words the store's
    titles use; the claim itself when it names none in other words."""
    if not re.search(r"(?i)\b(?:staff|cabinet)\b", text):
        return text
    for pattern, title in _OTHER_TITLES:
        text = re.sub(pattern.pattern, title, text, flags=re.IGNORECASE)
    return text


# "spent N years as R", "was R for N years", "a été R pendant N ans": a post of his whose term
# the store gives both ends of, N years apart (by its years; by its months when both give one).
_YEARS_AS = (
    lazy(
        rf"^(?:{_FAURE})\s+(?:was|served\s+as|a\s+ete|etait|fut)\s+{_DET}(?P<role>.+?)\s+"
        r"(?:for|pendant|durant)\s+(?P<n>\d{1,2}|[a-z]+)\s+(?:years|ans)$"
    ),
    lazy(
        rf"^(?:{_FAURE})\s+(?:spent|a\s+passe)\s+(?P<n>\d{{1,2}}|[a-z]+)\s+(?:years|ans)\s+"
        rf"(?:as|comme|en\s+tant\s+que)\s+{_DET}(?P<role>.+)$"
    ),
)


def _held_years(store: Store, claim: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """A post he held for N years, by its term's ends (neither disputed nor derived); None
    otherwise."""
    m = next((found for p in _YEARS_AS if (found := p.match(claim))), None)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS.get(m.group("n"))
    office = _office_of(store, in_title_words(m.group("role")))
    if n is None or office is None or office.end is None or office.derived or office.end_derived:
        return None
    if store.conflicts_of(office.id, Field.START) or store.conflicts_of(office.id, Field.END):
        return None
    start, end = office.start, office.end
    if start.precision >= 2 and end.precision >= 2:
        months = (end.year - start.year) * 12 + end.first_day().month - start.first_day().month
        held = (months + 6) // 12
    else:
        held = end.year - start.year
    if held != n:
        return None
    parts = ((m.group("role"), office.title), (f"{n} years", f"{start.human()}–{end.human()}"))
    return office.id, _refs(store, office, ("Office", "Term Start", "Term End"), None), parts


def _held_for(store: Store, claim: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """A post he has held for over N years at the source's date (its start neither disputed nor
    derived, its term not ended); None otherwise."""
    m = _FOR_YEARS.match(claim)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS.get(m.group("n"))
    office = _office_of(store, m.group("role"))
    if n is None or office is None or office.start is None or office.end is not None or not office.current:
        return None
    if office.derived or store.conflicts_of(office.id, Field.START):
        return None
    began, as_of = office.start.last_day(), store.source.as_of.first_day()
    # Over N years: the latest day it may have begun, N years on, is before the source's date.
    if (as_of.year, as_of.month, as_of.day) <= (began.year + n, began.month, began.day):
        return None
    parts = (
        (m.group("role"), office.title),
        (f"over {n} years", f"since {office.start.human()}, as of {store.source.as_of.human()}"),
    )
    return office.id, _refs(store, office, ("Office", "Term Start"), None), parts


# "His predecessor as R was X", "X est son successeur à la tête de R": X held R before (after) him.
_HIS_TURN = r"(?:his|son|sa|(?:olivier\s+)?faure's)\s+(?P<rel>predecessor|successor|predecesseur|successeur)"
_TURN_AS = r"(?:as|comme|en\s+tant\s+que|au\s+poste\s+de)"
_BE = r"(?:was|is|est|etait|fut|a\s+ete)"
_TURNS = (
    lazy(rf"^{_HIS_TURN}\s+{_TURN_AS}\s+{_DET}(?P<role>.+?)\s+{_BE}\s+(?P<x>.+)$"),
    lazy(rf"^(?P<x>.+?)\s+{_BE}\s+{_HIS_TURN}\s+{_TURN_AS}\s+{_DET}(?P<role>.+)$"),
)


def _whose_turn(claim: str) -> str:
    """ "His predecessor as R was X" as "X was R before faure" (read by _before_after)."""
    if "predecess" not in claim and "successor" not in claim and "successeur" not in claim:
        return claim
    for pattern in _TURNS:
        m = pattern.match(claim)
        if m is not None:
            when = "before" if m.group("rel").startswith("predecess") else "after"
            return f"{m.group('x')} was {m.group('role')} {when} faure"
    return claim


# "A took over as R from B": A took over from B as R.
_TOOK_OVER_AS = lazy(r"^(?P<a>.+?)\s+took\s+over\s+as\s+(?P<role>.+?)\s+from\s+(?P<b>.+)$")


def _rewrite(claim: str) -> str:
    """`claim` in the order and voice the readers take (_REWRITES)."""
    # (Which keys the claim holds, looked for once, and again only after a rewrite changed it.)
    held = {key for key in _REWRITE_KEY_WORDS if key in claim}
    for keys, (pattern, into) in zip(_REWRITE_KEYS, _REWRITES, strict=True):
        if not held.isdisjoint(keys):
            rewritten = pattern.sub(into, claim, count=1)
            if rewritten != claim:
                claim = rewritten
                held = {key for key in _REWRITE_KEY_WORDS if key in claim}
    return claim


_SPACES = lazy(r"\s+")


def _succession(
    known: Knowledge, claim: str, date: Value | None, prep: str
) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    if prep in ("since", "depuis", "until", "till", "jusqu'au", "jusqu'a", "jusqu'en") or prep in _FROM:
        return None
    if date is None:
        around = _before_after(known, claim)
        if around is not None:
            return around
    if not _SUCCESSION_WORD.search(claim):
        return None  # (a plain word test first: the patterns cost milliseconds to compile)
    for pattern in _SUCCESSIONS:
        m = pattern.match(claim)
        if m is None:
            continue
        key = "role" if m.group("role") else "role2"
        role = m.groupdict().get(key) or ""
        if not role or (m.group("role") and m.groupdict().get("role2")):
            return None
        # "à la présidence du groupe …", "à la tête du …": the post is its president, its head.
        head = re.search(r"\ba la (tete|presidence)\s+\S+\s*$", claim[: m.start(key)])
        if head is not None:
            role = f"{'head' if head.group(1) == 'tete' else 'president'} of {role}"
        later, earlier = _who(known, m.group("a")), _who(known, m.group("b"))
        if later is None or earlier is None or (later == "Faure") == (earlier == "Faure"):
            continue  # ("B was succeeded by A" read as the active form: the passive's turn)
        office = _office_of(known.store, role) or _headed(
            known.store, role, earlier if later == "Faure" else later, before=later == "Faure"
        )
        if office is None:
            return None
        when: PartialDate | None
        if later == "Faure":
            names, when, field = office.predecessors, office.start, Field.START
            other = earlier
        else:
            names, when, field = office.successors, office.end, Field.END
            other = later
        if not any(_bare(n) == fold(other) for n in names):
            return None
        parts = [(other, other), (role, office.title)]
        if date is not None:
            if when is None or not _on(date, when) or known.store.conflicts_of(office.id, field):
                return None
            parts.append((date.text, when.human()))
        keys: tuple[str, ...] = ("Office", "Predecessor" if later == "Faure" else "Successor")
        if date is not None:
            keys += ("Term Start",) if later == "Faure" else ("Term End",)
        return office.id, _refs(known.store, office, keys, other), tuple(parts)
    return None


def _term(
    store: Store, claim: str, date: Value | None, prep: str
) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    if date is None:
        return None
    for pattern, kind in _TERMS:
        # Which end of the term the date is: "since" its start (and it still runs), "until" its
        # end (told before matching: the patterns cost milliseconds to compile).
        if kind == "since":
            if prep not in ("since", "depuis"):
                continue
        elif kind == "until":
            if prep not in ("until", "till", "jusqu'au", "jusqu'a", "jusqu'en"):
                continue
        elif kind == "from":
            if prep not in _FROM:
                continue
        elif prep not in ("in", "on", "en", "le") or not _TERM_WORD.search(claim):
            continue
        m = pattern.match(claim)
        if m is None:
            continue
        office = _office_of(store, m.group("role"))
        if office is None:
            return None
        start = kind in ("since", "at", "from")
        when = office.start if start else office.end
        if when is None or not _on(date, when):
            return None
        if kind == "since" and (office.end is not None or not office.current):
            return None  # "since" says he still holds it
        disputed = store.conflicts_of(office.id, Field.START if start else Field.END)
        if disputed and not (start and _TERM_SAID.match(claim) and _term_line_holds(store, disputed, when)):
            return None
        if start and office.derived:
            return None
        if not start and office.end_derived:
            return None
        keys = ("Office", "Term Start" if start else "Term End")
        parts = ((m.group("role"), office.title), (date.text, f"term {'start' if start else 'end'} {when.human()}"))
        return office.id, _refs(store, office, keys, None), parts
    return None


# The claim names the term itself ("his term as … began"), not when he became it.
_TERM_SAID = lazy(rf"^{_HIS}\s+(?:term|tenure|mandate|mandat)\b")


def term_refuted(known: Knowledge, text: str) -> tuple[str, tuple[str, ...], tuple[str, str]] | None:
    """A claim naming the day his term in a post began or ended ("Faure's term as First
    Secretary began on 29 March 2018") where the store gives that end of the term another day,
    undisputed and not derived: (the office's id, the evidence's ids, (claimed date, the term's
    date)); None otherwise. Only the term itself: "became first secretary on 29 March" may
    date his election."""
    claim = re.sub(r"\s+", " ", fold(text).replace("’", "'").strip().rstrip(" .!?"))
    if not _TERM_SAID.match(claim):
        return None
    store = known.store
    for dated in _DATED.finditer(claim):
        if dated.group("prep") not in ("in", "on", "en", "le"):
            return None
        found = [v for v in values(dated.group("date")) if v.kind is ValueKind.DATE]
        if len(found) != 1 or found[0].text != dated.group("date").strip():
            return None
        date, said = found[0], claim[: dated.start()]
        for pattern, kind in ((_TERM_BEGAN, "at"), (_TERM_ENDED, "end")):
            m = pattern.match(said)
            if m is None:
                continue
            office = _office_of(store, m.group("role"))
            if office is None:
                return None
            start = kind == "at"
            when = office.start if start else office.end
            if when is None or when.precision < 3 or _on(date, when):
                return None
            if (office.derived if start else office.end_derived) or store.conflicts_of(
                office.id, Field.START if start else Field.END
            ):
                return None
            keys = ("Office", "Term Start" if start else "Term End")
            # The date as the claim writes it (the text matched is folded).
            claimed = next((v.text for v in values(text) if fold(v.text) == date.text), date.text)
            return (
                office.id,
                _refs(store, office, keys, None),
                (claimed, f"term {'start' if start else 'end'} {when.human()}"),
            )
        return None
    return None


def _term_line_holds(store: Store, disputed: list[str] | tuple[str, ...], when: PartialDate) -> bool:
    """Whether in each dispute over when he took a post one side is the infobox's term-start line
    giving `when`: the dispute is over when he became it ("chosen … 15 April 2014" / "term start
    26 August 2014"), not over the term's start the claim names (it is SUPPORTED, with the note)."""
    day = (when.year, when.month, when.day)
    for conflict in (c for c in store.conflicts if c.id in disputed):
        if not any(
            claim.date is not None
            and (claim.date.year, claim.date.month, claim.date.day) == day
            and any(ref.startswith("infobox:Term Start") for ref in claim.sources)
            for claim in conflict.claims
        ):
            return False
    return True


def _on(date: Value, when: PartialDate) -> bool:
    """Whether a claimed date names the day, month or year of `when`, no finer than it."""
    if (date.day and when.precision < 3) or (date.month and when.precision < 2):
        return False
    return same_date(date, when.first_day(), when.last_day()) is True


def _bare(name: str) -> str:
    return fold(re.sub(r"\s*\(.*?\)\s*$", "", name)).strip()


def _who(known: Knowledge, text: str) -> str | None:
    """ "Faure" for him; else the one person of the store `text` names whole (full name, or a
    surname no one else of the store has); None when it is anyone else or several."""
    text = text.strip()
    if re.fullmatch(_FAURE, text):
        return "Faure"
    people = known.built.people
    if text in people:
        return people[text]
    found = {name for key, name in people.items() if key.split()[-1] == text or key.split(maxsplit=1)[-1] == text}
    return next(iter(found)) if len(found) == 1 else None


def _office_of(store: Store, role: str) -> Office | None:
    """`_find_office`, remembered per store (by identity: a store's hash reads all of it)."""
    found = per_store(_OFFICES, store, lambda _: {})
    if role not in found:
        found[role] = _find_office(store, role)
    return found[role]


_OFFICES: dict[int, tuple[Store, dict[str, Office | None]]] = {}


def _find_office(store: Store, role: str) -> Office | None:
    """The one office of his whose title or another of its names holds every word of `role`
    (each word by itself or, for an abbreviation, all it stands for), with the same qualifiers;
    None when none or several do."""
    role = _LEADER_AFTER.sub(r"\g<head> of \g<body>", " ".join(_ROLE_WORDS.get(w, w) for w in role.split()))
    groups = concepts(role)
    if not groups or any(g[0].isdigit() for g in groups):
        return None
    mine = _qualifiers(role)
    if "former" in mine or "ancien" in mine or "ex" in mine:
        return None
    # An ordinal names which one ("la 8e circonscription"): the name must give the same.
    ordinals = {n for w in re.split(r"[\s'-]+", fold(role)) for n in re.findall(r"^(\d+)(?:e|er|eme|st|nd|rd|th)?$", w)}
    head = _HEAD.match(role)
    if head is not None:
        # A leader's post is told by its body, the whole of it: not "head of the National
        # Assembly" for "President of the New Left group in the National Assembly".
        body = concepts(head.group("body"))
        if mine or not body:
            return None
        led = [o for o in store.offices if any(_leads(n, body, head.group("head")) for n in _names(store, o.id))]
        return led[0] if len(led) == 1 else None
    # A minister is a person, a ministry a body: the lexicon reads the two words as one, so
    # "Minister of Labour" would be "Advisor … in the Ministry of Labour" by words alone.
    minister = bool(_MINISTER.search(fold(role)))
    # Each word as itself first; its one translation only where no post's name has them all.
    for loose in (False, True):
        fits = []
        for office, names in _name_table(store):
            for words, qualifiers, digits, ministers in names:
                if qualifiers != mine or (minister and not ministers) or not ordinals <= digits:
                    continue
                if all(_held(g, words, loose=loose) for g in groups):
                    fits.append(office)
                    break
        if fits:
            return fits[0] if len(fits) == 1 else None
    return None


_MINISTER = lazy(r"\bminist(?:er|re|res|ers)\b")


_NameTable = tuple[tuple[Office, tuple[tuple[frozenset[str], frozenset[str], set[str], bool], ...]], ...]
_NAME_TABLES: dict[int, tuple[Store, _NameTable]] = {}


def _name_table(store: Store) -> _NameTable:
    """Each office with, for each of its names, what _find_office compares (read once a store)."""
    return per_store(_NAME_TABLES, store, _read_names)


def _read_names(store: Store) -> _NameTable:
    return tuple(
        (
            office,
            tuple(
                (
                    frozenset(w for g in concepts(name) for w in g),
                    _qualifiers(name),
                    set(re.findall(r"\d+", name)),
                    bool(_MINISTER.search(fold(name))),
                )
                for name in _names(store, office.id)
            ),
        )
        for office in store.offices
    )


def _held(group: tuple[str, ...], words: set[str] | frozenset[str], *, loose: bool) -> bool:
    """Whether a name's words hold a role's word: itself; for an abbreviation, all it stands for
    ("PS": socialist party); when `loose`, its translation ("parti": party)."""
    if group[0] in words:
        return True
    if len(group[0]) <= 4:
        return len(group) > 1 and set(group[1:]) <= words
    if not loose:
        return False
    # A word the lexicon expands to several ("député": deputy, national, assembly) is held
    # where at least two of them are; a one-to-one translation, where it is.
    return group[1] in words if len(group) == 2 else len(words.intersection(group[1:])) >= 2


_HEAD = lazy(
    r"^(?P<head>head|president|leader|chef|dirigeant)\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|le\s+|l')?(?P<body>.+)$"
)


def _headed(store: Store, role: str, other: str, *, before: bool) -> Office | None:
    """The post of "head of <body>" that `other` held right before him (`before`) or after him,
    as its fields name them: the one office with a name "<head> of <body>" whose head is its
    leader's (president, head, first secretary) and whose body is the claim's, word for word
    both ways ("à la tête du PS": First Secretary of the Socialist Party, where Jean-Christophe
    Cambadélis preceded him; not "Spokesperson of the Socialist Party", nor "the New Left group
    in the National Assembly" for "à la tête de l'Assemblée")."""
    m = _HEAD.match(_LEADER_AFTER.sub(r"\g<head> of \g<body>", " ".join(_ROLE_WORDS.get(w, w) for w in role.split())))
    if m is None:
        return None
    groups = concepts(m.group("body"))
    if not groups or any(g[0].isdigit() for g in groups) or _qualifiers(m.group("body")):
        return None
    fits = []
    for office in store.offices:
        names = office.predecessors if before else office.successors
        if any(_bare(n) == fold(other) for n in names) and any(
            _leads(name, groups, m.group("head")) for name in _names(store, office.id)
        ):
            fits.append(office)
    return fits[0] if len(fits) == 1 else None


def _leads(name: str, groups: list[tuple[str, ...]], head: str) -> bool:
    """Whether `name` is a leader's post ("President of the New Left group in the National
    Assembly") of the body whose words are `groups`: the body holds all of them, and they hold
    the body's own name (before its description, or its other name in brackets)."""
    led = _LED.match(fold(name))
    if led is None or _qualifiers(name):
        return False
    if head == "president" and not led.group("head").startswith(("presiden", "head", "chair")):
        return False  # a president is not a party's first secretary
    org = led.group("org")
    words = {w for c in concepts(org) for w in c}
    if not all(_held(g, words, loose=True) for g in groups):
        return False
    claimed = {w for g in groups for w in g}
    for core in [_CORE_END.split(org)[0], *re.findall(r"\(([^)]+)\)", org)]:
        own = concepts(core)
        if own and all(not claimed.isdisjoint(c) for c in own):
            return True
    return False


# A leader's post, "<head> of <body>", in the store's names; the body's own name ends where its
# description begins ("the New Left group (Groupe …), the parliamentary group …", "… in the …").
# "PS leader", "SRC group head": the leader of the PS, the head of the SRC group.
_LEADER_AFTER = lazy(r"^(?:the\s+)?(?P<body>(?:[a-z'-]+\s+){1,3}?)(?P<head>leader|head)$")
_LED = lazy(
    r"^(?:the\s+)?(?P<head>president|presidency|head|leader|chair|chairman|first\s+secretary)\s+of\s+(?:the\s+)?(?P<org>.+)$"
)
_CORE_END = lazy(r"\s*\(|\s+in\s+the\s+|,\s+the\s+")


@lru_cache(maxsize=4096)
def _qualifiers(text: str) -> frozenset[str]:
    return frozenset(_SAME_QUALIFIER.get(w, w) for w in re.split(r"[\s'-]+", fold(text)) if w in _QUALIFIERS)


# French qualifiers read as the English of the store's titles ("troisième": third).
_SAME_QUALIFIER = {
    "adjointe": "adjoint",
    "honoraire": "honorary",
    "ancienne": "ancien",
    "deuxieme": "second",
    "troisieme": "third",
    "quatrieme": "fourth",
    "speciale": "special",
}


@lru_cache(maxsize=64)
def _vocabulary_names() -> dict[str, tuple[str, ...]]:
    """Other names of the store's records from the search vocabulary: from where the CLI keeps
    them (evidence.vocabulary_names_from: its cache) when it says, else read here."""
    from faurecli import evidence

    kept = evidence.vocabulary_names_from
    return kept() if kept is not None else vocabulary_names()


def vocabulary_names(data: bytes | None = None) -> dict[str, tuple[str, ...]]:
    """Other names of the store's records from the shipped search vocabulary, or from `data`
    (its bytes, read once by the caller); {} when it cannot be read. Reading it (importing
    tomllib, compiling its patterns, parsing) was ~12 ms of the first question of a run that
    reads an office's names (a fifth of the sets' questions, a thirteenth of their claims), so
    the CLI caches what this returns (faurecli.cache.load_vocabulary_names)."""
    from faurecli.vocabulary import VocabularyError, load_vocabulary, packaged_vocabulary_path, read_vocabulary

    try:
        if data is None:
            vocabulary = load_vocabulary()
        else:
            vocabulary = read_vocabulary(data, where=packaged_vocabulary_path().name)
    except VocabularyError:
        return {}
    found: dict[str, list[str]] = {}
    for name in vocabulary.names:
        found.setdefault(name.record, []).append(name.text)
    return {k: tuple(v) for k, v in found.items()}


def _names(store: Store, office_id: str) -> tuple[str, ...]:
    office = next(o for o in store.offices if o.id == office_id)
    own = [office.title, *(n.text for n in office.names)]
    return tuple(dict.fromkeys([*own, *_vocabulary_names().get(office_id, ())]))


def _refs(store: Store, office: Office, keys: tuple[str, ...], person: str | None) -> tuple[str, ...]:
    """The office's infobox lines for `keys`, and its sentences that name `person`."""
    refs = []
    for ref in office.sources:
        if ref.startswith("infobox:"):
            key = re.sub(r"\d+$", "", ref.split(":", 1)[1])
            if key in keys:
                refs.append(ref)
        elif person is not None:
            sentence = store.sentence(ref)
            if sentence is not None and fold(person).split()[-1] in fold(sentence.text):
                refs.append(ref)
    if not refs and person is None:
        # A post the infobox does not list: the sentences the office was read from.
        refs = [ref for ref in office.sources if not ref.startswith("infobox:")]
    return tuple(refs)


# --- Words of the same sense -------------------------------------------------------------------

# A claim's word -> the words the source may use for the same act or quality (folded; read by
# verify only, so ask is untouched). Each is the same sense, never a stronger or another one.
SAME_SENSE: dict[str, tuple[str, ...]] = {
    # the members a list sends to the European Parliament are its seats there ("six MEPs", « six
    # eurodéputés »; in verify only: `ask` reads "Socialist MEPs" as a count of its own)
    **dict.fromkeys(("mep", "meps", "eurodepute", "eurodeputes", "eurodeputee", "eurodeputees"), ("seats",)),
    # saying
    # (and the source's own verbs of telling someone's words: "Castaner claimed that …", "he
    # denounced how police were …", "who accused it of violating …"; whose words they are is
    # checked as for any deed)
    "said": ("reacted", "declared", "stated", "claimed", "denounced", "accused", "calling"),
    "says": ("reacted", "declared", "stated", "claimed", "denounced", "accused", "calling"),
    # owning one's words were wrong: walking them back, calling them so (what was owned is
    # checked in the sentence telling it)
    "admitted": ("walked", "calling"),
    "acknowledged": ("walked", "calling"),
    "conceded": ("walked", "calling"),
    "declared": ("reacted", "said", "stated"),
    "stated": ("reacted", "said", "declared"),
    "dit": ("said", "reacted", "declared"),
    "declare": ("said", "reacted", "declared"),
    "reagi": ("reacted", "said"),
    "reacted": ("said",),
    # an age: "aged 23" is "at the age of 23" (the figure checked as any other)
    "aged": ("age",),
    # leading
    "dirige": ("head", "led", "chief"),
    "dirigeait": ("head", "led", "chief"),
    "diriger": ("head", "led", "chief"),
    "dirigea": ("head", "led", "chief"),
    # becoming, being named to a post
    "devenu": ("become", "became"),
    "devenue": ("become", "became"),
    "devient": ("become", "became"),
    "devint": ("become", "became"),
    "nomme": ("chosen", "appointed", "became", "become"),
    "nommee": ("chosen", "appointed", "became", "become"),
    "named": ("chosen", "appointed", "became", "become"),
    "appointed": ("chosen", "became", "become"),
    "investi": ("nominated",),
    "investie": ("nominated",),
    # a qualifier of a post
    "adjoint": ("assistant",),
    "adjointe": ("assistant",),
    # studies
    "studied": ("graduated",),
    "etudie": ("graduated",),
    "titulaire": ("graduated",),
    # close to someone
    "proche": ("close",),
    "proches": ("close",),
    # held as, chosen, made
    "seen": ("regarded", "considered"),
    "vu": ("regarded", "considered"),
    "vue": ("regarded", "considered"),
    "considere": ("regarded", "considered"),
    "consideree": ("regarded", "considered"),
    "juge": ("regarded", "considered"),  # "a été jugé(e) efficace": was considered effective
    "jugee": ("regarded", "considered"),
    "juges": ("regarded", "considered"),
    "jugees": ("regarded", "considered"),
    "efficace": ("effective",),
    "ligne": ("position",),
    "discussions": ("discussing",),
    "talks": ("discussing", "negotiations"),
    "conforme": ("line",),  # "conformes à": in line with
    "conformes": ("line",),  # "a retenu la ligne de Faure": adopted his position
    "efficaces": ("effective",),
    "picked": ("nominated", "chosen", "selected"),
    "selected": ("nominated", "chosen"),
    "choisi": ("chosen", "nominated"),
    "introduced": ("implementing", "implemented", "created"),
    "introduit": ("implementing", "implemented", "created"),
    "instaure": ("implementing", "implemented", "created"),
    "commune": ("joint",),
    "common": ("joint",),
    "avoir": ("harbour", "have"),
    # French words the general lexicon lacks, by the English the source says them with
    "pendant": ("during",),
    "durant": ("during",),
    "intitule": ("titled",),
    "intitulee": ("titled",),
    "entitled": ("titled",),
    "charge": ("chief",),  # "chargé de la communication", "in charge of": its chief
    "demissionne": ("resigned",),
    "peu": ("soon",),  # "peu après": soon after
    "investit": ("nominated",),
    "troisieme": ("third",),
    "deuxieme": ("second",),
    "ferroviaire": ("rail",),
    "ferroviaires": ("rail",),
    "examiner": ("consider",),
    "loi": ("law",),
    "annonce": ("announced",),
    "position": ("place",),  # "en deuxième position": in second place
    "loin": ("far",),
    "ensuite": ("then",),
    "devenus": ("become", "became", "becoming"),
    "devenues": ("become", "became", "becoming"),
    "choisie": ("chosen", "nominated"),
    "choisis": ("chosen", "nominated"),
    "choisies": ("chosen", "nominated"),
    "moyens": ("means",),
    "eventuel": ("potential",),
    "eventuelle": ("potential",),
    "affirme": ("claimed",),
    "suscite": ("provoked",),
    "nourrir": ("harbour",),
    "nourrit": ("harbour",),
    "arrive": ("came",),  # "arrivé en tête": came first
    "envisage": ("considered",),
    "tente": ("attempted", "attempting"),
    "tried": ("attempted", "attempting"),
    "race": ("election", "candidacy", "bid"),
    "early": ("beginning",),  # "in early May": at the beginning of May
    "part": ("participated",),  # "took part in"
    "unir": ("unite",),
    "qualifier": ("calling", "called"),
    "parlementaire": ("parliamentary",),
    "agression": ("aggression",),
    "gauche": ("left",),  # the political left
    "ecologiste": ("environmentalists",),
    "ecologistes": ("environmentalists",),
    "extension": ("extend",),
    "decheance": ("revocation",),  # "déchéance de nationalité": revocation of citizenship
    "nationalite": ("citizenship",),
    "equipe": ("team",),
    "dirigeante": ("executive",),  # "l'équipe dirigeante": the executive team
    "depose": ("introduced",),  # "déposer un amendement": to introduce one
    "presente": ("introduced",),  # "présenter un amendement"
    "instaurant": ("adding", "implementing"),
    "nuitee": ("night",),
    "personne": ("person",),
    "adopter": ("passed", "adopted", "adoption"),  # "fait adopter un amendement": passed it
    "finalement": ("ultimately",),
    "favorable": ("supported",),  # "était favorable à": supported
    "denonce": ("denounced",),
    "constamment": ("constantly",),
    "exposes": ("exposed",),
    "qualifie": ("calling", "called"),
    "droit": ("right",),  # "droit de regard": right of inspection
    "regard": ("inspection",),
    "francaise": ("french",),
    "francais": ("french",),
    # words the general lexicon lacks
    "maire": ("mayor",),
    "nie": ("denied",),
    "niait": ("denied",),
    "sein": ("part",),  # "au sein du NFP": as part of it
    "aligne": ("line",),  # "alignés sur": in line with
    "alignes": ("line",),
    "alignee": ("line",),
    "alignees": ("line",),
    # --- By class, for a political biography (claim word -> what the source may say that
    # entails it: the source's word may be stronger, never weaker or the other way round).
    # Backing someone.
    "backing": ("supported", "support", "supporters", "endorsing"),
    "backers": ("supporters", "supported"),
    "backs": ("supported", "support"),
    "backed": ("supporters", "support", "endorsing"),
    "back": ("support", "supporters", "endorsing"),
    "supporters": ("supported", "support"),
    "supporter": ("supported", "support", "supporters"),
    "supporting": ("supported", "endorsing"),
    "endorsing": ("supported", "support"),
    "endorsement": ("supported", "endorsing", "endorsed"),
    "soutiens": ("supporters", "supported"),
    "soutenaient": ("supported", "supporters"),
    "soutenue": ("supported", "supporters"),
    "soutenait": ("supported", "supporters"),
    "appui": ("supported", "support"),
    # Opposing, criticising, condemning (the source may say it more strongly).
    "opposants": ("opponents", "opposed"),
    "opposant": ("opponent", "opposed"),
    "criticised": ("criticized", "denounced", "condemned", "condemning", "accused"),
    "criticized": ("criticised", "denounced", "condemned", "condemning", "accused"),
    "criticise": ("criticized", "denounced", "condemned", "condemning"),
    "criticize": ("criticized", "denounced", "condemned", "condemning"),
    "criticism": ("criticized", "denounced", "condemned"),
    "critique": ("criticized", "denounced", "condemned"),
    "critiquee": ("criticized", "denounced", "condemned"),
    "critiques": ("criticized", "denounced", "condemned"),
    "slammed": ("criticized", "denounced", "condemned"),
    "blasted": ("criticized", "denounced", "condemned"),
    "condemned": ("condemning", "denounced"),
    "condamnee": ("condemning", "condemned", "denounced"),
    "fustige": ("denounced", "condemned", "criticized"),
    "denoncee": ("denounced",),
    # Breaking a rule or principle.
    "breached": ("violating", "violated", "violation"),
    "breaching": ("violating", "violated", "violation"),
    "breach": ("violating", "violated", "violation"),
    "infringed": ("violating", "violated", "violation"),
    "viole": ("violating", "violated", "violation"),
    "violer": ("violating", "violated", "violation"),
    "enfreint": ("violating", "violated", "violation"),
    # A setback, a blow to someone.
    "setback": ("blow",),
    "revers": ("blow", "setback"),
    "camouflet": ("blow", "setback"),
    "echec": ("blow", "setback", "failure"),
    "blow": ("setback",),
    "coup": ("blow",),
    # Withdrawing, standing aside.
    "desiste": ("withdrew",),
    "desistement": ("withdrew",),
    "withdrawn": ("withdrew",),
    "withdrawal": ("withdrew",),
    "retiree": ("withdrew",),
    "retirer": ("withdrew",),
    # Deciding, choosing (the negation is read on its own: "chose not to" / "decided not to").
    "chose": ("decided", "chosen"),
    "chosen": ("decided",),
    "opted": ("decided", "chose", "chosen"),
    "opte": ("decided", "chose", "chosen"),
    "finished": ("came",),  # "finished first": came first
    "finish": ("came",),
    "decide": ("decided",),
    # Declining to do it is deciding not to, or refusing (its negation is read on its own).
    "declined": ("decided", "refused"),
    "declines": ("decided", "refused"),
    "decline": ("decided", "refused"),
    "choisit": ("decided", "chose", "chosen"),
    # Meeting someone.
    "rencontre": ("meeting", "met"),
    "rencontree": ("meeting", "met"),
    "meeting": ("met",),
    "met": ("meeting",),
    "reunion": ("meeting",),
    "entrevue": ("meeting",),
    "entretien": ("meeting",),
    # Sitting in an assembly: being a member of it.
    "sat": ("member",),
    "sits": ("member",),
    "sitting": ("member",),
    "siege": ("member",),
    "siegeait": ("member",),
    # Keeping a post: being re-elected to it (the source's word is the stronger).
    "kept": ("reelected",),
    "retained": ("reelected",),
    "conserve": ("reelected",),
    "conserva": ("reelected",),
    "garde": ("reelected",),
    # Chairing a body: its president, its head.
    "chairmanship": ("presidency", "head", "president"),
    "chairman": ("president", "head"),
    "chairwoman": ("president", "head"),
    "chaired": ("head", "president"),
    "chair": ("president", "head"),
    "presidence": ("presidency", "head", "president"),
    # A poll by other names, and where it put someone.
    "put": ("placed",),
    "puts": ("placed",),
    "placait": ("placed",),
    "survey": ("poll",),
    "surveys": ("poll", "polls"),
    "sondage": ("poll",),
    "sondages": ("poll", "polls"),
    # Breaking with someone.
    "rompu": ("broke",),
    "rompre": ("broke",),
    "rompt": ("broke",),
    # Sharing a flat.
    "flatmates": ("shared", "apartment"),
    "flatmate": ("shared", "apartment"),
    "roommates": ("shared", "apartment"),
    "roommate": ("shared", "apartment"),
    "housemates": ("shared", "apartment"),
    "colocataire": ("shared", "apartment"),
    "colocataires": ("shared", "apartment"),
    "colocation": ("shared", "apartment"),
    "colocs": ("shared", "apartment"),
    # Growing up; using words.
    "grandir": ("grew", "raised"),
    "grandit": ("grew", "raised"),
    "grew": ("raised",),
    "grow": ("grew",),
    "growing": ("grew",),
    "employee": ("use", "used"),
    "utilise": ("use", "used"),
    "utilisee": ("use", "used"),
    "used": ("use",),
    # Citing, planning.
    "cited": ("citing",),
    "cites": ("citing",),
    "cite": ("citing",),
    "planned": ("plans", "plan"),
    # A government's plan to do something: what it proposed ("the plan to extend …": its
    # "proposed constitutional revisions to extend …").
    "plan": ("proposed", "proposal", "plans"),
    "plans": ("proposed", "proposal", "plan"),
    "planning": ("plans", "plan"),
    "projet": ("plans", "plan"),
    "projets": ("plans", "plan"),
    "prevoyait": ("plans", "plan", "projected"),
    # Calling for, demanding.
    "reclame": ("called", "calling", "demanded", "demand"),
    "reclamait": ("called", "calling", "demanded", "demand"),
    "reclamer": ("called", "calling", "demanded", "demand"),
    "exige": ("called", "calling", "demanded", "demand"),
    "demande": ("called", "calling", "demanded", "demand", "asked"),
    # French words of the course of things, by the English the source says them with.
    "ouvrir": ("open", "opening"),
    "autour": ("around",),
    "autrefois": ("formerly", "once", "former"),
    "naguere": ("formerly", "once", "former"),
    "sans": ("without",),
    "recours": ("resorting", "resort", "recourse"),
    "contest": ("election", "race"),
    # An exchange.
    "echange": ("exchange",),
    "contrepartie": ("exchange",),
    # A tax by its other names.
    "levy": ("tax",),
    "levies": ("tax",),
    "taxe": ("tax",),
    "taxes": ("tax",),
    # Pushing for a measure: the source's introducing or proposing it is the stronger.
    "pushed": ("introduced", "proposed"),
    "push": ("introduced", "proposed"),
    "pushing": ("introduced", "proposed"),
    # Giving something up (its object read as usual): refusing it, withdrawing from it.
    "renonce": ("refused", "withdrew"),
    "renoncer": ("refused", "withdrew"),
    "renoncait": ("refused", "withdrew"),
    # A party's direction: its leadership, its executive team.
    "direction": ("executive", "leadership"),
    # Votes cast.
    "suffrages": ("vote", "votes"),
    "suffrage": ("vote",),
    # Going to work somewhere.
    "aller": ("went",),
    "alle": ("went",),
    "allee": ("went",),
    # --- General paraphrase vocabulary of English and French (claim word -> the source's word of
    # the same sense). Inflected forms the lexicon holds only in another form ("leading", "wins").
    # Leading something: heading it.
    "leading": ("head", "led", "leader", "chief"),
    "leads": ("head", "led", "leader", "chief"),
    "leadership": ("head", "led", "leader", "chief"),
    # Winning; a victory is a win.
    "victory": ("win", "won"),
    # Quitting a job: resigning from, leaving a post.
    "quit": ("resigned",),
    "quits": ("resigned",),
    "quitting": ("resigned",),
    "job": ("position", "post"),
    # Someone's roots, descent: their origin.
    "roots": ("origin",),
    "root": ("origin",),
    "descent": ("origin",),
    "origins": ("origin",),
    "official": ("agent",),  # "a tax official": a tax agent
    "mainland": ("metropolitan",),  # mainland France: metropolitan France
    # Perceived as: regarded as (the passive; "seen" and "vu" are above).
    "percu": ("regarded", "considered"),
    "percue": ("regarded", "considered"),
    "percus": ("regarded", "considered"),
    "percues": ("regarded", "considered"),
    "interpreted": ("regarded", "considered"),
    # "was read as a victory for Valls", "viewed as", "deemed": a judgement held, as "seen".
    "read": ("regarded", "considered"),
    "viewed": ("regarded", "considered"),
    "deemed": ("regarded", "considered"),
    "interprete": ("regarded", "considered"),
    "interpretee": ("regarded", "considered"),
    # A friend: someone one is close to.
    "friend": ("close",),
    "friends": ("close",),
    "ami": ("close",),
    "amie": ("close",),
    "amis": ("close",),
    # Weighing a step: considering it.
    "weighed": ("considered",),
    "weigh": ("considered",),
    "weighing": ("considered",),
    "mulled": ("considered",),
    "contemplated": ("considered",),
    # Toying or flirting with a step, pondering it: considering it (a hedge of the claim's own).
    "toyed": ("considered",),
    "toying": ("considered",),
    "flirted": ("considered",),
    "flirting": ("considered",),
    "pondered": ("considered",),
    # Outrage at something: indignation (what it provoked).
    "outraged": ("indignation",),
    "outrage": ("indignation",),
    # Courts and their rulings: judicial decisions.
    "court": ("judicial", "justice"),
    "courts": ("judicial", "justice"),
    "ruling": ("decisions", "decision"),
    "rulings": ("decisions", "decision"),
    # French words of politics the general lexicon lacks, by the English the source says them with.
    "coulisses": ("inner", "workings"),
    # (and the English: "the inside of her campaign", its inner workings, its backstage)
    "inside": ("inner", "workings"),
    "backstage": ("inner", "workings"),
    "investiture": ("candidate",),
    "plusieurs": ("several",),
    "lois": ("law",),
    "etendre": ("extend", "extension", "extending"),
    "estimant": ("reacted", "said", "claimed"),
    "refus": ("refused", "refusal"),
    # Refusing to do something: deciding not to ("a refusé de voter la motion").
    "refuse": ("refused", "decided"),
    "refused": ("decided",),
    "refusa": ("refused", "decided"),
    "locaux": ("local",),
    "nationaux": ("national",),
    "pouvoirs": ("powers",),
    "pouvoir": ("power", "powers"),
    "propre": ("own",),
    "postes": ("job", "jobs", "position", "post"),
    "jusqu": ("until",),
    "jusque": ("until",),
    "devance": ("ahead", "against", "first"),
    "devant": ("ahead", "against", "first"),  # "arrivé devant X": came ahead of X
    "devancee": ("ahead", "against", "first"),
    "devancant": ("ahead", "against", "first"),  # « en devançant X de 17 voix »
    "devancait": ("ahead", "against", "first"),
    # Less than a figure; polls projecting it.
    "below": ("less", "under"),
    "predicted": ("projected",),
    "forecast": ("projected",),
    "trailing": ("behind", "second"),
    "among": ("including", "included"),
    "line": ("position",),  # "adopted Faure's line": his position
    # Degrees by other names and in the plural: the source's Master of Advanced Studies (MAS).
    "degrees": ("graduated", "advanced", "studies"),
    "diplomas": ("graduated", "advanced", "studies"),
    "diplomes": ("graduated", "advanced", "studies"),
    "postgraduate": ("advanced", "studies", "master"),
    "decroche": ("graduated", "obtained"),  # "a décroché un diplôme": earned it
    # France's legislative elections: its parliamentary elections.
    "legislative": ("parliamentary",),
    "legislatives": ("parliamentary",),
    "parliamentary": ("legislative",),
    # Stripping someone of citizenship: its revocation (déchéance).
    "stripping": ("revocation",),
    "stripped": ("revocation", "revoked"),
    "strip": ("revocation",),
    "predisaient": ("projected",),
    "predisait": ("projected",),
    "prevoyaient": ("projected",),
    "chemin": ("path",),
    "ahead": ("first",),  # "far ahead of Le Foll" in a round: came first, he second
    "reddition": ("surrender",),
    "capitulation": ("surrender",),
    "grandes": ("large", "big"),
    "grande": ("large", "big"),
    "grands": ("large", "big"),
    # Beaten, passive like "defeated": losing to the one named (who lost is bound as usual).
    "beaten": ("against", "lost"),
    # A political leader's team of advisers is his cabinet.
    "team": ("cabinet",),
    # French words of manner and deed the general lexicon lacks, by the source's English.
    "vivement": ("sharply",),  # « vivement critiqué »: sharply criticised
    "reduit": ("reduced",),
    "reduite": ("reduced",),
    # Creating a pass, a tax by an amendment: implementing it (the English "creating" is the lexicon's).
    "cree": ("implementing", "created"),
    "creee": ("implementing", "created"),
    "creer": ("implementing", "created"),
    "creant": ("implementing", "created"),
    # Setting a proposal aside is rejecting it, refusing it (« Valls a écarté son amendement »:
    # the Prime Minister refused to consider it).
    "ecarte": ("rejected", "refused"),
    "ecartee": ("rejected", "refused"),
    "ecartes": ("rejected", "refused"),
    "ecartees": ("rejected", "refused"),
    "rejete": ("rejected", "refused"),
    "rejetee": ("rejected", "refused"),
    "rejetes": ("rejected", "refused"),
    "rejetees": ("rejected", "refused"),
}


def sense_by_stem() -> dict[str, frozenset[str]]:
    """SAME_SENSE by stems: a stem -> the stems of the words of the same sense as its words."""
    found: dict[str, set[str]] = {}
    for word, others in SAME_SENSE.items():
        found.setdefault(stem(word), set()).update(stem(o) for o in others)
    return {k: frozenset(v) for k, v in found.items()}


# Words that only carry the sentence, not its content: "étaient" (were), "nombre de" (the number
# of: "doublé son nombre de sièges" doubled its seats).
_FILLERS = (
    ("etaient", lazy(r"\betaient\b")),
    ("nombre", lazy(r"\bnombre\s+d(?:e\b|')")),
    ("number", lazy(r"\b(?:its|their|his|the)\s+number\s+of\b")),  # "doubled its number of seats"
    # "23 years old", "23 ans": an age, which the source gives as "at the age of 23".
    ("years", lazy(r"\b\d+\s+years?\s+old\b")),
    ("year", lazy(r"\b\d+\s+years?\s+old\b")),
    ("old", lazy(r"\b\d+\s+years?\s+old\b")),
    ("ans", lazy(r"\b\d+\s+ans\b")),
    # "ensuite" (then), "a fini par" (ended up): when, not what; "aux côtés de": with.
    ("ensuite", lazy(r"\bensuite\b")),
    ("fini", lazy(r"\bfini(?:t)?\s+par\b")),
    ("cotes", lazy(r"\baux\s+cotes\s+d")),
    # "l'avoir accompagné": the auxiliary of a past infinitive, not "to have".
    ("avoir", lazy(r"\b(?:l'|m'|t'|s')?avoir\s+[a-z]+(?:e|es|ee|ees|i|is|u|us)\b")),
    # "Soon afterwards": soon after ("after" carries no content of its own either).
    ("afterwards", lazy(r"\bafterwards?\b")),
    # "que les policiers aient un droit de regard": "have", a stopword, in the subjunctive.
    ("aient", lazy(r"\bque\s+(?:[\w'-]+\s+){0,3}aient\b")),
    ("ait", lazy(r"\bque\s+(?:[\w'-]+\s+){0,3}ait\b")),
    # "Sa propre expression": his own ("own" carries no content of its own either).
    ("propre", lazy(r"\b(?:sa|son|ses|leur|leurs)\s+propres?\b")),
    ("propres", lazy(r"\b(?:sa|son|ses|leur|leurs)\s+propres?\b")),
    ("afterward", lazy(r"\bafterwards?\b")),
    # "fended off X": beat X ("off" is the verb's particle, no content of its own).
    ("off", lazy(r"\bfend(?:ed|s)?\s+off\b")),
    # "was already secretary-general", « déjà », « en parallèle » (at the same time): when it
    # stood, which the claim's dates tell, not what (never "still", "only", "first": they claim).
    # Not after a present auxiliary: « a déjà été marié », "has already been" say "ever, before
    # now", a claim of a former state the source may not tell.
    ("already", lazy(r"(?<!\bhas\s)(?<!\bhave\s)\balready\b")),
    ("deja", lazy(r"(?<!\ba\s)(?<!\bont\s)(?<!\bas\s)\bdeja\b")),
    ("parallele", lazy(r"\b(?:en|in)\s+parallele?\b")),
    ("parallel", lazy(r"\b(?:en|in)\s+parallele?\b")),
    # « l'emporter à 17 voix près »: by 17 votes (the margin is checked with its figure).
    ("pres", lazy(r"\ba\s+\d+\s+(?:voix|votes?|points?)\s+pres\b")),
    # A post's opening words that frame it ("Fun fact:", « Oui, … »): no part of the claim.
    ("fun", lazy(r"^\W*fun\s+facts?\b")),
    ("fact", lazy(r"^\W*fun\s+facts?\b")),
    ("oui", lazy(r"^\W*oui\b\s*[,!.:]")),
)
# Words and fixed phrases that carry no checkable content, only the sentence's course: discourse
# markers ("alors", "however"), reflexive emphasis ("lui-même", "himself"), the light verb of a
# verb already said ("envisagé de le faire": to do so), "dans le cadre de" (as part of), an
# indefinite while ("for a while", "un temps"). Never negations, quantifiers, numbers, roles,
# names, places, dates or time relations: those can carry a falsehood. Nor a pronoun standing for
# someone named ("ce dernier", "celui-ci", "ceux de"), whose name is checked, or "auprès de" (with);
# nor the verb of a share of a whole ("six seats, three of them going to Socialists": including).
# Each match's words are dropped from what the evidence must hold.
_LIGHT_PHRASE = lazy(
    r"\b(?:alors|donc|ainsi|d'ailleurs|par\s+ailleurs|en\s+effet|toutefois|cependant|pourtant|neanmoins|notamment|"
    r"however|indeed|moreover|furthermore|nevertheless|nonetheless|actually|notably|"
    r"(?:lui|elle|eux|elles|soi)-?\s?memes?|himself|herself|themselves|itself|"
    r"(?:de\s+)?(?:le|la|l')\s?faire|to\s+do\s+so|doing\s+so|did\s+so|"
    r"dans\s+le\s+cadre|en\s+vue|"
    r"for\s+a\s+(?:while|time|period)|for\s+some\s+time|at\s+(?:one|some)\s+(?:point|time|stage)|"
    r"(?:pendant\s+)?(?:un|quelque)\s+(?:temps|moment)|(?:left|right)[- ]wing|"
    r"les\s+deux\s+hommes|the\s+two\s+men|"
    r"(?:comptai(?:en)?t|figurai(?:en)?t|etai(?:en)?t)\s+parmi|(?:was|were|is|are)\s+among|"
    # Being part of a set of people ("faisaient partie des soutiens de Faure"): being among them
    # (« a fait partie du cabinet », of a body, is its member: a phrase's sense in recall).
    # (« de ses soutiens », « de leurs proches »: the same set, named as someone's)
    r"(?:fai(?:t|sait|saient|sant|re)|font)\s+partie\s+(?:des|de\s+(?:ses|leurs|mes|nos|vos|tes)(?=\s))|"
    r"ce\s+dernier|cette\s+derniere|(?:celui|celle|ceux|celles)(?:-ci|-la)?|aupres|"
    r"of\s+(?:them|which|whom)\s+(?:going|went)\s+to|"
    # "as part of", « à l'issue de », "as a young …", and a figure's bound said as a verb
    # ("topped 60%", « a dépassé les 60 % »: more than it, checked with the figure)
    r"as\s+(?:a\s+)?part\s+of|a\s+l'issue|as\s+a\s+young|"
    r"(?:topped|topping|surpassed|surpassing|depasse)(?=\s+(?:les\s+)?\d)|"
    # ...or a share's foretold fall under a bound ("polls predicting it would fall below 5%", "to
    # drop under 10%": a projection of less than it, checked with the figure; not "the list fell
    # below 5%", a result), and the means "through" ("met him through the party", "through a
    # constitutional revision"), not a span's end ("through 2016", "through the end of …").
    r"(?:would|could|might|will|to)\s+(?:fall|drop|dip)(?=\s+(?:below|under)\s+\d)|"
    r"through(?=\s+(?!the\s+end|(?:late|early|mid)\b|\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)(?:the\s+|an?\s+|his\s+|its\s+|their\s+)?[a-z])|"
    # A writer's framing of what follows, which asserts it as is: "it is worth noting that",
    # "it should be noted that", « il convient de noter que », "arguably" (a hedge: no more than
    # what follows); and "among others", « entre autres », whose list of some is no claim that
    # there were none besides (each one named is still checked).
    r"(?:it\s+is\s+|it's\s+)?worth\s+(?:noting|mentioning|recalling)|"
    r"it\s+(?:should|must|can)\s+be\s+(?:noted|said|recalled)|notably|arguably|"
    r"il\s+(?:convient|faut)\s+de\s+(?:noter|rappeler|souligner)|il\s+est\s+a\s+noter|"
    r"among\s+others|amongst\s+others|entre\s+autres|parmi\s+d'autres|inter\s+alia)\b"
)
# The words of such a phrase that are dropped (the others are stopwords or checked).
_LIGHT_IN_PHRASE = frozenset(
    "alors donc ainsi ailleurs effet toutefois cependant pourtant neanmoins notamment however indeed moreover "
    "furthermore nevertheless nonetheless actually notably meme memes himself herself themselves itself "
    "faire do so doing did cadre vue while time period temps moment wing hommes men "
    "comptait comptaient figurait figuraient parmi among faisait faisaient faisant font partie "
    "dernier derniere celui celle ceux celles ci la aupres going "
    "went pendant durant part issue young topped topping surpassed surpassing depasse one some point stage "
    "worth noting mentioning recalling noted said recalled should must can arguably convient faut noter rappeler "
    "souligner others amongst autres alia inter fall drop dip through".split()
)
# A poll that had, put, gave or showed a list at a figure (folded): it projected it there.
POLL_AT = lazy(
    r"\b(?:polls?|surveys?|polling)\b[^.;]{0,40}?\b(?:had|has|have|having|put|puts|putting|gave|give|gives|"
    r"showed|shown|show|shows|placed)\b[^.;]{0,60}?(?:below|under|above|over|at|less|more|around)\s+\d"
)
# A post that heads a body or a part of it, named after "as" / « comme » ("as secretary-general",
# « comme secrétaire général »; not "as an activist", "as a member").
_HEAD_POST = (
    r"(?:secretary|secretaire|president|presidente|head|leader|chief|chair\w*|director|directeur|directrice|"
    r"first\s+secretary|premier\s+secretaire|national\s+secretary|secretaire\s+national)\b"
)
# Fixed phrases of the same sense as the source's: (phrase, {claim word: the source's words});
# no words: the word carries nothing there, as "behind" in "unite the group behind a compromise".
_PHRASE_SENSE: tuple[tuple[Pattern, dict[str, tuple[str, ...]]], ...] = (
    (lazy(r"\bin\s+return\s+for\b"), {"return": ("exchange",)}),
    # Giving up a race: withdrawing from it ("jeter l'éponge").
    (lazy(r"\bjet(?:er|e|te|a|ait|ant)\s+l'eponge\b"), {"jeter": ("withdrew",), "jete": ("withdrew",), "eponge": ()}),
    # His bid that ended in defeat: his loss (not someone else's bid: who lost is not checked there).
    (
        lazy(
            r"(?:^(?:olivier\s+)?faure's|\bhis)\s+(?:[\w-]+\s+){0,3}(?:bid|run|campaign|candidacy)\b[^.;]*"
            r"\bend(?:ed|s)?\s+in\s+(?:a\s+)?defeat\b"
        ),
        {"ended": (), "defeat": ("lost",)},
    ),
    # A chief of staff is a cabinet director, and his deputy its assistant director.
    (lazy(r"\bchiefs?\s+of\s+staff\b"), {"chief": ("cabinet", "director"), "staff": ("cabinet", "director")}),
    (lazy(r"\bdeputy\s+(?:chief|director|head)\b"), {"deputy": ("assistant",)}),
    # At the helm of a body: its head.
    (lazy(r"\bat\s+the\s+helm\s+of\b"), {"helm": ("head", "president", "led")}),
    # Someone else's appointment to a post, entry into it: his becoming its holder ("après la
    # nomination de celui-ci au ministère"). Not Faure's own, nor an unnamed one ("sa nomination"):
    # who became it is not checked there.
    (
        lazy(r"\b(?:nomination|entree)\s+(?:de\s+|d')(?!(?:olivier\s+)?faure\b)"),
        {"nomination": ("appointed", "became", "named", "chosen"), "entree": ("entering", "became", "joined")},
    ),
    # Being part of a body is being its member ("a fait partie du cabinet").
    (lazy(r"\bfai(?:t|sait|saient|re)\s+partie\b"), {"partie": ("member",)}),
    # The first years of childhood: early childhood ("les premières années de son enfance").
    (lazy(r"\bpremieres\s+annees\s+de\s+(?:son|sa)\s+enfance\b"), {"premieres": ("early",), "annees": ()}),
    (lazy(r"\bchoice\s+of\s+words?\b"), {"choice": ("use", "expression"), "words": ("expression",)}),
    # The French of the source's expression: « droit de regard », the "right of inspection".
    (lazy(r"\bdroit\s+de\s+regard\b"), {"droit": ("right",), "regard": ("inspection",)}),
    # Going back on one's words (« est revenu sur sa formule »): walking them back.
    (
        lazy(r"\b(?:revenue?s?|revenir|revient|revenait|revint)\s+sur\s+(?:sa|son|ses|cette|ce|ces|la|le|les)\b"),
        dict.fromkeys(
            ("revenu", "revenue", "revenus", "revenues", "revenir", "revient", "revenait", "revint"), ("walked",)
        ),
    ),
    # A quoted phrase's remark, or talking about it: the use of that expression ("his 'right of
    # inspection' remark", "talking about a police 'right of inspection'").
    (
        lazy(
            r"[\"“‘«'][^\"”’»]{3,50}[\"”’»']\s*(?:remarks?|comments?)\b"
            r"|\b(?:remarks?|comments?|talking|speaking)\s+(?:about|of|on)\s+(?:an?\s+|the\s+|his\s+)?"
            r"(?:[\w-]+\s+){0,2}[\"“‘«']"
        ),
        dict.fromkeys(("remark", "remarks", "comment", "comments"), ("expression",))
        | dict.fromkeys(("talking", "speaking"), ("use", "expression")),
    ),
    (
        lazy(r"\b(?:stepped|step|stepping)\s+(?:aside|down)\b"),
        {"stepped": ("withdrew", "resigned"), "aside": (), "down": ()},
    ),
    (lazy(r"\b(?:pulled|pull|pulling|dropped|drop|dropping)\s+out\b"), {"dropped": ("withdrew",)}),
    # Writing a book: publishing it, as the source tells an author's book ("he published a comic
    # book"); a count of books is read as any other, and a book written with someone is not this
    # (the source names no co-author).
    (
        lazy(
            r"\b(?:wrote|written|writes|write|writing|authored)\s+(?:a|an|the|his)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:book|comic|novel|essay|memoir|album)\b(?![^.;]*\b(?:with|alongside|together)\b)"
        ),
        dict.fromkeys(("wrote", "written", "writes", "write", "writing", "authored"), ("published",)),
    ),
    # Writing about something, where the source tells the book published about it ("wrote about
    # the behind-the-scenes of Royal's bid": his comic book about its inner workings).
    (
        lazy(r"\b(?:wrote|written|writes|write|writing|authored)\s+about\b"),
        dict.fromkeys(("wrote", "written", "writes", "write", "writing", "authored"), ("published",)),
    ),
    # A book called something: titled so.
    (
        lazy(r"\b(?:book|comic|novel|essay|memoir|album|bd)\s+(?:called|named|entitled)\b"),
        {"called": ("titled",), "named": ("titled",), "entitled": ("titled",)},
    ),
    # A bid, a race for a party's nomination: a campaign to become its candidate; a nomination
    # campaign, the same.
    (
        lazy(
            r"\b(?:bid|race|run|campaign|fight|battle|contest|quest)\s+for\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?nomination\b"
            r"|\bnomination\s+(?:campaign|bid|race|run)\b"
        ),
        {"nomination": ("candidate",)},
    ),
    # "the future PS leader", « le futur premier secrétaire »: him, as he would become.
    (
        lazy(
            r"\b(?:the\s+future|le\s+futur)\s+(?:ps\s+|socialist\s+)?(?:leader|first\s+secretary|head|"
            r"premier\s+secretaire|dirigeant)\b"
        ),
        {"future": (), "futur": ()},
    ),
    # Backing someone "to become" a post, « pour devenir »: backing his candidacy for it, where
    # the evidence tells that candidacy (not a post he became: its own verb is checked there).
    (
        lazy(
            r"\b(?:soutiens?|soutenu\w*|soutenai\w*|supporters?|supported|backers?|backed|candidacy|candidature|bid)\b"
            r"[^.;]{0,40}?\b(?:to\s+become|pour\s+devenir)\b"
        ),
        {"become": ("candidacy",), "devenir": ("candidacy",)},
    ),
    # Behind the scenes of something: its inner workings.
    (lazy(r"\bbehind[\s-]+the[\s-]+scenes\b"), {"behind": ("inner",), "scenes": ("workings",)}),
    # Putting out a book: publishing it.
    (
        lazy(
            r"\b(?:put|puts|putting)\s+out\s+(?:a|an|the|his)\s+(?:[\w-]+\s+){0,2}?(?:book|comic|novel|essay|memoir|album)\b"
        ),
        dict.fromkeys(("put", "puts", "putting"), ("published",)) | {"out": ()},
    ),
    # A leadership team is the leadership ("his new leadership team": the new leadership he proposed).
    (lazy(r"\bleadership\s+team\b"), {"team": ()}),
    # The presidential office: the president's cabinet (not an office he held).
    (lazy(r"\bpresidential\s+office\b|\b(?:president|macron)['’]s\s+office\b"), {"office": ("cabinet",)}),
    # Moving on to a post elsewhere: going to work there.
    (
        lazy(
            r"\b(?:moving|moved|move|moves)\s+(?:on\s+)?to\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:unesco|oecd|unicef|nato)\b"
        ),
        dict.fromkeys(("moving", "moved", "move", "moves"), ("went", "work")),
    ),
    # Taking out a party's card: joining it.
    (lazy(r"\bpris\s+sa\s+carte\b"), {"pris": ("joined",), "carte": ()}),
    (lazy(r"\btook\s+out\s+(?:a|his)\s+(?:[\w-]+\s+){0,3}?card\b"), {"took": ("joined",), "card": ()}),
    # A bid to lead the party is a candidacy for its first secretary's post (the PS's leader).
    (
        lazy(
            r"\b(?:bid|candidacy|campaign|run|candidature|campagne)\s+(?:to|pour)\s+(?:lead|head|diriger)\s+"
            r"(?:the\s+|le\s+)?(?:socialist\s+party|party|ps|parti(?:\s+socialiste)?)\b"
        ),
        # (and the campaign for that post is his candidacy for it)
        {
            "lead": ("secretary",),
            "head": ("secretary",),
            "diriger": ("secretary",),
            "campagne": ("candidacy",),
            "campaign": ("candidacy",),
        },
    ),
    # Taking charge, the head of a body as a post the claim names (« a pris la tête des Jeunes
    # rocardiens comme secrétaire général », "took charge of … as secretary-general"): becoming
    # that post's holder; the post, the body and the date are still checked as words.
    (
        lazy(
            r"\b(?:took|take|takes|taking|taken)\s+charge\s+of\b[^.;,]{1,60}?\bas\s+(?:its\s+|their\s+|the\s+)?_POST"
            r"|\b(?:prend|prit|pris|prendre|prenant|prenait)\s+la\s+tete\s+(?:de|des|du|d')[^.;,]{1,60}?\bcomme\s+"
            r"(?:son\s+|sa\s+|leur\s+)?_POST".replace("_POST", _HEAD_POST)
        ),
        {"charge": ("became",), "tete": ("became",)},
    ),
    # A tax "to pay for" something, « pour payer »: for financing it (as "to fund" is read).
    (lazy(r"\bto\s+(?:help\s+)?pay\s+for\b|\bpour\s+payer\b"), {"pay": ("financing",), "payer": ("financing",)}),
    # Coming "en tête" of a round or a poll is coming first in it.
    (lazy(r"\ben\s+tete\s+(?:du|de|des)\b"), {"tete": ("first",)}),
    # Having, harbouring ambitions ("denied having presidential ambitions"); "prêter des
    # ambitions à quelqu'un" is to speculate he harbours them.
    (
        lazy(r"\b(?:having|have|has|had|avoir|nourrir|nourrissait)\s+(?:[a-z]+\s+){0,2}ambitions?\b"),
        {"having": ("harbour",), "have": ("harbour",), "has": ("harbour",), "had": ("harbour",)},
    ),
    (lazy(r"\b(?:prete|preter|pretait|pretaient)\s+(?:[a-z]+\s+){0,2}ambitions?\b"), {"pret": ("speculated",)}),
    # Opening talks is discussing: "proposé d'ouvrir des discussions avec LFI".
    (
        lazy(
            r"\b(?:ouvrir|open|opening|engager|entamer)\s+(?:des\s+)?(?:discussions|talks|negociations|negotiations)\b"
        ),
        {"ouvrir": (), "open": (), "opening": (), "engager": (), "entamer": ()},
    ),
    # Falling out with someone: becoming opponents, breaking off relations.
    (
        lazy(r"\b(?:fell|fallen|falling|fall)\s+out\s+with\b"),
        {"fell": ("opponents", "broke"), "fallen": ("opponents", "broke"), "falling": ("opponents", "broke")},
    ),
    # Held to be something, in the passive ("was considered a blow"): regarded as it; not the
    # active "he considered endorsing", which is weighing it.
    (
        lazy(r"\b(?:was|were|is|are|been|be|being)\s+(?:widely\s+|generally\s+)?(?:considered|viewed|deemed)\b"),
        {"considered": ("regarded",), "viewed": ("regarded", "considered"), "deemed": ("regarded", "considered")},
    ),
    # Rallying people behind something is uniting them around it (not being behind in a vote).
    (lazy(r"\b(?:unite|united|uniting|rally|rallied|rallying)\b[^.,;]{0,40}\bbehind\b"), {"behind": ()}),
    (lazy(r"\b(?:unir|unit|rassembler|rassemble|federer)\b[^.,;]{0,40}\bautour\b"), {"autour": ()}),
    # Leading the party is holding its first secretary's post (the PS's leader).
    (
        lazy(
            r"\b(?:lead|leads|leading|led|head|heads|heading|headed)\s+(?:(?:the|france's|france|french)\s+){0,2}"
            r"(?:socialist\s+party|socialists|ps|parti\s+socialiste)\b|\b(?:party|ps)\s+leader(?:ship)?\b"
        ),
        {"lead": ("secretary",), "led": ("secretary",), "head": ("secretary",), "leader": ("secretary",)},
    ),
    # « à la tête du PS », « du parti »: leading it, the same post (« tête » alone is any head).
    (lazy(r"\btete\s+du\s+(?:ps|parti)\b"), {"tete": ("head", "leader")}),
    # Turning someone or something down: refusing it.
    (
        lazy(r"\b(?:turn|turns|turned|turning)\s+(?:[\w-]+\s+){0,2}?down\b"),
        {"turn": ("refused", "declined"), "down": ()},
    ),
    # "Droits de l'homme": human rights; « droits humains », « droits de la personne » (Québec,
    # and the French of today) the same.
    (
        lazy(r"\bdroits\s+(?:de\s+l'homme|humains|de\s+la\s+personne)\b"),
        {
            "droit": ("rights", "human"),
            "homme": ("human", "rights"),
            "humain": ("human", "rights"),
            "humains": ("human", "rights"),
            "personne": ("human", "rights"),
        },
    ),
    # Bringing out a book ("a sorti une BD"): publishing it.
    (
        lazy(
            r"\bsorti[a-z]*\s+(?:un|une|son|sa|ses|des)\s+(?:[\w-]+\s+)?(?:livre|bd|bande|album|ouvrage|roman|essai)\b"
        ),
        {"sorti": ("published",)},
    ),
    # "Grâce à", "thanks to": due to.
    (lazy(r"\bgrace\s+(?:a|au|aux)\b|\bthanks\s+to\b"), {"grace": ("due",), "thanks": ("due",)}),
    # An apposition that only names what the claim just told, held as something ("…, a result seen
    # as a setback"): its noun restates the clause before.
    # (Or what it did: "…, a move that divided the PS"; "read as" a blow is regarded as one.)
    (
        lazy(
            r",\s+(?:a|an|the)\s+(?:result|outcome|move)\s+(?:widely\s+)?"
            r"(?:seen|regarded|viewed|considered|perceived|read|that|which)\b"
        ),
        {"result": (), "outcome": (), "move": (), "read": ("regarded",)},
    ),
    # Taking over a body or a post: succeeding to it, becoming its head.
    (
        lazy(r"\b(?:take|takes|took|taking|taken)\s+over\b"),
        {"take": ("succeeded", "president", "head"), "took": ("succeeded", "president", "head"), "over": ()},
    ),
    # Running within an alliance: as part of it.
    (
        lazy(
            r"\b(?:running|ran|run|standing|stood)?\s*within\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}"
            r"(?:alliance|coalition|union|nfp|nupes|front)\b"
        ),
        {"within": ("part",), "running": ("part",), "standing": ("part",)},
    ),
    # "Parlant de « … »": calling it that.
    (lazy(r"\bparlant\s+(?:de\s+|d')"), {"parlant": ("denounced", "calling", "called")}),
    # A no-confidence motion: a motion of censure.
    (lazy(r"\bno[- ]confidence\b"), {"confidence": ("censure",)}),
    # Polls that see a list at a figure project it there.
    (
        lazy(r"\bsondages?\s+(?:la|le|les|l')\s*(?:voyai(?:en)?t|donnai(?:en)?t|placai(?:en)?t)\b"),
        dict.fromkeys(("voyaient", "voyait", "donnaient", "donnait", "placaient", "placait"), ("projected",)),
    ),
    # Well behind, well ahead: far behind or ahead.
    (lazy(r"\bwell\s+(?:behind|ahead)\b"), {"well": ("far",)}),
    # "Faure a vu X se retirer": X withdrew (the seeing only frames it).
    (lazy(r"\b(?:a|avait|ont)\s+vu\s+(?:[\w-]+\s+){1,5}(?:se\s+|s')?[a-z]+(?:er|ir|re)\b"), {"vu": ()}),
    # Ahead of an election: before it (its year is checked as any other).
    (
        lazy(r"\bahead\s+of\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}(?:elections?|vote|congress|primary)\b"),
        {"ahead": ()},
    ),
    # A bill, a revision, aimed at something: the bill itself and what it would do.
    (lazy(r"\bprojet\s+(?:de|d')\s*(?:loi|revision|reforme)\b"), {"projet": ()}),
    (lazy(r"\bvisant\s+(?:a|au|aux)\b"), {"visant": ()}),
    # "Diplôme de troisième cycle": a postgraduate degree (the source's advanced studies).
    (lazy(r"\btroisieme\s+cycle\b"), {"troisieme": ("advanced", "postgraduate"), "cycle": ("studies",)}),
    # A defeat against someone: losing to them.
    (lazy(r"\bdefeat\s+(?:against|to|by)\b"), {"against": ("lost",), "defeat": ("lost",)}),
    # "Porter atteinte à" a principle: violating it.
    (lazy(r"\bport(?:er|e|ait|ant)\s+atteinte\b"), {"porter": ("violating", "violated"), "atteinte": ()}),
    # A text "porté" by him (« résolution portée par Faure », « il a porté la résolution ») or
    # one he championed: his supporting it and getting it passed, the source's words.
    (
        lazy(
            r"\b(?:resolution|amendement|proposition|texte|motion|loi)s?\s+(?:[^.;,]{0,60}?\s)?port(?:ee?s?)\s+par\b"
            r"|\b(?:a|ont|avait|aurait)\s+porte\s+(?:la|une|cette|sa|le|un|l')\s*(?:resolution|amendement|proposition|texte|motion|loi)\b"
            r"|\bchampion(?:ed|s|ing)?\s+(?:a|the|this|his)\s+(?:resolution|amendment|bill|motion)\b"
        ),
        {
            "porte": ("supported", "passed"),
            "portee": ("supported", "passed"),
            "portees": ("supported", "passed"),
            "portes": ("supported", "passed"),
            "championed": ("supported",),
            "champions": ("supported",),
            "championing": ("supported",),
            "champion": ("supported",),
        },
    ),
    # Taking control of cities: gaining it.
    (lazy(r"\bpris\s+le\s+controle\b"), {"pris": ("gained",)}),
    # A name given in quotes after "titled", "intitulé": the name itself says it.
    (
        lazy(r"\b(?:titled|entitled|intitulee?s?)\s*[«\"“']"),
        {"titled": (), "entitled": (), "intitule": ()},
    ),
    # Refusing to do something is deciding not to ("a refusé de voter la motion", "refused to
    # back it": SAME_SENSE); deciding against it too. Joining a motion ("s'associer à") is supporting it.
    (lazy(r"\bdecided\s+against\b"), {"decided": ("refused",), "against": ()}),
    # Leading a party's deputies, its MPs: heading its group in the Assembly.
    (
        lazy(
            r"\b(?:lead|leads|leading|led|head|heads|heading|headed|chair|chairing|chaired|leader\s+of|head\s+of)\s+"
            r"(?:the\s+)?(?:socialist|ps|party's|parliamentary)\s+(?:deputies|mps|lawmakers|members\s+of\s+parliament)\b"
        ),
        {"deputies": ("group",), "mps": ("group",), "lawmakers": ("group",)},
    ),
    # Standing by someone through something: accompanying them in it ("stood by Faure through
    # his divorces": "accompanied Faure in his divorces").
    (
        lazy(r"\b(?:stood|stand|stands|standing)\s+by\s+(?:[\w-]+\s+){1,2}?through\b"),
        {"stood": ("accompanied",), "stand": ("accompanied",), "standing": ("accompanied",), "through": ()},
    ),
    # What something ended up with, winning: what it ultimately won.
    (
        lazy(r"\b(?:ended|ends|end|ending)\s+up\s+(?:with|winning|taking|getting)\b"),
        {"ended": ("ultimately", "won"), "ending": ("ultimately", "won"), "up": ()},
    ),
    # A party's seat count, its vote tally: its seats, its votes.
    (
        lazy(r"\b(?:seat|vote)\s+(?:count|tally|total|numbers?)\b"),
        {"count": (), "tally": (), "total": (), "number": (), "numbers": ()},
    ),
    # Getting a bill or an amendment adopted: passing it.
    (
        lazy(r"\b(?:got|get|gets|getting|had|have|has)\s+(?:(?:a|an|the|his|her|its)\s+)?(?:[\w-]+\s+){0,6}?adopted\b"),
        {"adopted": ("passed", "adoption"), "got": (), "getting": ()},
    ),
    # A fare is a ticket's price ("a single-fare pass": a single price).
    (lazy(r"\b(?:single|flat|one|uniform)[- ]fares?\b"), {"fare": ("price",), "fares": ("price",)}),
    # Leaving someone the presumptive winner (his rival withdrawing): making him the presumptive
    # holder of what the race was for; the winner is that presumptive holder.
    (
        # (the holder named by the post itself too: "leaving Faure the presumptive first secretary")
        # (not "leaving Faure as the presumptive …", whose "as" the order of clauses reads as a time)
        lazy(r"\bleaving\s+(?:(?!as\b)[\w-]+\s+){1,3}?(?:the\s+)?presumptive\s+[\w-]+"),
        {"leaving": ("making",), "winner": ("presumptive",), "victor": ("presumptive",), "nominee": ("presumptive",)},
    ),
    # The head of an international organisation: its director-general ("UNESCO head Audrey Azoulay").
    (
        lazy(
            r"\b(?:unesco|oecd|ocde|unicef|nato|otan)\s+head\b|\bhead\s+of\s+(?:the\s+)?(?:unesco|oecd|unicef|nato)\b"
        ),
        {"head": ("director",)},
    ),
    # Leaving a post to work elsewhere: holding it until one went to work there.
    (
        lazy(r"\bleft\b[^.;]{0,60}?\bto\s+(?:go\s+(?:to\s+)?)?(?:work|join)\b"),
        {"left": ("until", "went"), "go": ("went",)},
    ),
    # A poll that had, put, gave or showed a list at a figure projected it there.
    (
        POLL_AT,
        dict.fromkeys(
            "had has have having put puts putting gave give gives showed shown show shows placed".split(),
            ("projected",),
        ),
    ),
    (lazy(r"\bs'associer\s+(?:a|au|aux)\b"), {"associer": ("support", "supported")}),
    # A government facing a vote or a motion: the vote is on it ("faced a confidence vote").
    (
        lazy(r"\b(?:faced|faces|facing|face)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:vote|motion)\b"),
        {"faced": (), "faces": (), "facing": ()},
    ),
    # Taking the head of a body: becoming its head.
    (
        lazy(r"\b(?:pris|prend|prit|prendre)\s+la\s+(?:tete|presidence|direction)\b"),
        dict.fromkeys(("pris", "prend", "prit", "prendre"), ("became", "succeeded", "head")),
    ),
    # The one he beat, named by her role in the race ("a battu la candidate LREM X"): her name is checked.
    (
        lazy(
            r"\b(?:beat|beating|defeated|defeating|battu|battant|devance|devancant|against|contre|face\s+a)\s+"
            r"(?:the\s+|la\s+|le\s+|l')?(?:[\w-]+\s+){0,2}?(?:candidate|candidat)\b"
        ),
        {"candidate": (), "candidat": ()},
    ),
    # The Assembly voting on a government's confidence: the occasion of his vote, not his deed
    # ("abstained when the Assembly voted confidence in Philippe's government").
    (
        lazy(
            r"\b(?:when|as|while|lorsque|quand)\s+(?:the\s+|l')?(?:national\s+)?(?:assembly|assemblee|parliament|parlement)"
            r"(?:\s+nationale)?\s+(?:voted|votait|a\s+vote)\s+(?:on\s+)?(?:its\s+|a\s+|la\s+|sa\s+)?(?:confidence|confiance)\b"
        ),
        {"assembly": (), "assemblee": (), "parliament": (), "parlement": (), "voted": (), "votait": ()},
    ),
    # His first years, « ses premières années »: his early childhood.
    (
        lazy(r"\b(?:premieres|first|early)\s+(?:annees|years)\b"),
        {"premieres": ("early",), "first": ("early",), "annees": ("childhood",), "years": ("childhood",)},
    ),
    # Choosing not to vote for a motion: deciding not to support it.
    (lazy(r"\bchoisi\s+de\s+ne\s+pas\b"), {"choisi": ("decided",)}),
    (
        lazy(r"\bvoter\s+(?:la|le|les|une|un)\s+(?:motion|censure|budget|texte|loi|reforme)"),
        {"voter": ("support", "supported")},
    ),
    # Leaving to work somewhere (« est partie travailler avec X »): going to work there; « parti »
    # is the party everywhere else.
    (
        lazy(r"\b(?:est|sont|etait|etaient|fut)\s+partie?s?\s+(?:travailler|rejoindre|bosser|exercer)\b"),
        {"parti": ("went",)},
    ),
    # Votes going the same way as a party's (« allaient dans le même sens qu'En Marche »): in line with it.
    (
        lazy(r"\b(?:all(?:ait|aient|ant|er|ee?s?)|vont)\s+dans\s+le\s+meme\s+sens\s+(?:que|qu['’]|de|du|des)"),
        {**dict.fromkeys(("allaient", "allait", "allant", "aller", "vont"), ("line",)), "sens": ()},
    ),
)
_PHRASE_SENSE_WORDS = tuple(dict.fromkeys(word for _, senses in _PHRASE_SENSE for word in senses))
# His win over someone ("Faure's win over X", "his victory over X", "sa victoire sur X"): his
# election against them; someone else's win over him is not this (who beat whom).
_HIS_WIN = lazy(
    r"(?:^(?:olivier\s+)?faure|\bhis|\bsa)(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}(?:win|victory|victoire)\s+"
    r"(?:over|against|sur|contre|face)\b"
)
# What may open a claim before him as its subject: "In June 2017, …", "In 2012 …", "Aux législatives de 2017, …".
# (« Fin 2016, », « Début 2018, », "Late 2016," open it too.)
_OPENING = (
    r"(?:(?:in|en|au|at|during|lors|on|le|fin|debut|late|early)\b[^,]*,\s*|"
    r"(?:in|en|aux?)\s+(?:[a-z]+\s+){0,2}\d{4}\s*,?\s+"
    # (the year's contest named after it: "In the 2012 runoff Faure beat …")
    r"|(?:in|at|during)\s+(?:the\s+)?\d{4}\s+(?:(?:legislative|presidential|european|leadership|party|first|second|"
    r"final)\s+)?(?:runoff|round|elections?|vote|race|contest|congress|primary)\s*,?\s+"
    # (a contest named without a comma before him: "At the Villeurbanne congress Faure beat …")
    r"|(?:at|during|au|lors\s+du)\s+(?:the\s+|le\s+)?(?:[a-z'-]+\s+){0,3}"
    r"(?:congress|congres|primary|primaire|runoff|round|tour|race|vote)\s+(?:de\s+[a-z-]+\s+)?"
    r"(?=(?:olivier\s+)?faure\b))*"
)
# He beat them in a participle after him as the subject: "Faure held on…, beating X".
# (The French gerund needs no comma: « Faure a pris la tête du groupe en battant X ».)
_ACTIVE_WIN_PARTICIPLE = lazy(
    rf"^{_OPENING}(?:olivier\s+)?(?:faure|he|il)\s+(?:[^,;]*,\s*(?:beating|defeating)|[^;]*?\ben\s+(?:battant|l['’]emportant))\b"
)
# He beat someone, in the active voice with him as its subject ("Faure a battu X", "he beat X"):
# he won against them. Not "X beat Faure", which the evidence of his win would refute, not hold.
_ACTIVE_WIN = lazy(
    rf"^{_OPENING}(?:olivier\s+)?(?:faure|he|il)\s+"
    r"(?:a\s+battu|beat|defeated|l'a\s+emporte\s+(?:sur|face\s+a|contre)"
    # (the present of narration and other verbs of beating: "beats", « bat », « l'emporte sur »)
    r"|bat|beats|defeats|vainc|a\s+vaincu|vainquit|bested|edged\s+out|edges\s+out|fended\s+off|fends\s+off"
    r"|l'emporte\s+(?:sur|face\s+a|contre))\b"
)
_PASSIVE_WIN = lazy(r"\b(?:ete\s+battue?|was\s+beaten|was\s+defeated|been\s+beaten|been\s+defeated)\b")
# "won 48.37% of the vote", "won 137 votes": a share or count received, not a victory.
_WON_SHARE = lazy(
    r"\bwon\s+(?:(?:less|more|fewer)\s+than\s+|almost\s+|nearly\s+|about\s+|close\s+to\s+|just\s+over\s+)?"
    r"(?:\d[\d.,]*\s?%|\d[\d,]*\s+votes?\b|(?:a\s+|one\s+|two\s+|three\s+)?(?:half|thirds?|quarters?)\s+(?:of\s+)?the\s+votes?\b)"
)
# « bat X », not « se bat » (fights): the present of « a battu ».
_BEATS = lazy(r"(?<!\bse )\bbat\b")
# "topped the first round", "tops the ballot": came first in it.
_TOPPED = lazy(r"\btop(?:ped|s|ping)\s+(?:the\s+)?(?:first[\s-]+round|second[\s-]+round|vote|ballot|race)\b")
# « s'incline face à X », « s'est inclinée devant X »: a loss to X (group 1: its preposition).
_BOWED = lazy(r"\bs'(?:est\s+)?inclinee?\s+(face|devant|contre)\b")
# "perdu contre X": lost to X.
_LOST_AGAINST = lazy(r"\bperdue?\s+contre\b")


_WIN_WORDS = frozenset(
    {"battu", "beat", "defeated", "emporte", "beating", "defeating", "battant", "emportant"}
    | {"bat", "beats", "defeats", "vainc", "vaincu", "vainquit", "bested", "edged", "fended"}
)


# (Compiled once: read for every claim.)
_LETTERS = lazy(r"[a-z]+")
_NE_PAS = lazy(r"\bne\s+(?:[a-z']+\s+)?(?:pas|jamais|plus|point)\b")


def phrase_senses(claim: str) -> list[tuple[str, tuple[str, ...]]]:
    """The stems of the folded `claim`'s words that a fixed phrase gives the source's words for
    (_PHRASE_SENSE: "choice of words", the expression's use), each with those words (none: the
    word carries nothing there)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    # (Which of their words the claim holds, looked for once, not once per phrase.)
    present = {word for word in _PHRASE_SENSE_WORDS if word in claim}
    for pattern, senses in _PHRASE_SENSE if present else ():
        if present.isdisjoint(senses) or not pattern.search(claim):
            continue
        found += [(stem(word), alike) for word, alike in senses.items() if word in claim]
    return found


def widen(analysis: Analysis) -> Analysis:
    """`analysis` with each concept's group also holding the words of the same sense the source
    may use (SAME_SENSE; "a battu" as having won against, "perdu contre" as lost to)."""
    from dataclasses import replace

    claim = fold(analysis.text)
    extra: dict[str, tuple[str, ...]] = {}
    words = _LETTERS.findall(claim)
    for word in words:
        if word in SAME_SENSE:
            extra.setdefault(stem(word), SAME_SENSE[word])
    # (Each pattern behind a word it needs: compiling them all cost every run of `verify` ~5 ms.)
    said = set(words)
    active = (
        _ACTIVE_WIN.search(claim) or _ACTIVE_WIN_PARTICIPLE.search(claim) if not said.isdisjoint(_WIN_WORDS) else None
    )
    if active and not _PASSIVE_WIN.search(claim):
        for word in _WIN_WORDS:
            extra.setdefault(stem(word), ("won", "elected"))
    if said & {"win", "victory", "victoire"} and _HIS_WIN.search(claim):
        for word in ("win", "victory", "victoire"):
            # (Added to SAME_SENSE's words for it: "victory" is a win there too.)
            extra[stem(word)] = (*extra.get(stem(word), ()), "won", "elected", "election")
    light = set()
    for word, alike in phrase_senses(claim):
        extra[word] = (*extra.get(word, ()), *alike)
        if not alike:
            light.add(word)
    if "contre" in said and _LOST_AGAINST.search(claim):
        extra.setdefault(stem("contre"), ("lost",))
    if "bat" in said and _BEATS.search(claim):
        # « il bat X », « X bat Faure »: the present of « a battu » (not « se bat », fighting).
        extra[stem("bat")] = (*extra.get(stem("bat"), ()), "beat", "against", "lost")
    if said & {"topped", "tops", "topping"} and _TOPPED.search(claim):
        # "topped the first round", "tops the ballot": came first in it (not "topped 60%"; nor
        # a poll, whose rank is no result).
        extra.setdefault(stem("topped"), ("came", "first"))
        extra.setdefault(stem("tops"), ("came", "first"))
    bowed = _BOWED.search(claim) if "incline" in said or "inclinee" in said else None
    if bowed:
        # « s'incline face à X », « s'est incliné devant X »: lost to X.
        extra.setdefault(stem("incline"), ("lost",))
        extra[stem(bowed.group(1))] = (*extra.get(stem(bowed.group(1)), ()), "lost")
    if "won" in said and _WON_SHARE.search(claim):
        extra.setdefault(stem("won"), ("receiving", "received"))
    # "ne … pas" is a negation (read by its "pas"), not "né" (born).
    drop = {stem("ne")} if _NE_PAS.search(claim) else set()
    drop |= {stem(word) for word, pattern in _FILLERS if word in claim and pattern.search(claim)} | light
    for m in _LIGHT_PHRASE.finditer(claim) if said & _LIGHT_IN_PHRASE else ():
        drop |= {stem(w) for w in re.findall(r"[a-z]+", m.group()) if w in _LIGHT_IN_PHRASE}
    if not extra and not drop:
        return analysis
    groups = []
    for group in analysis.concepts:
        if group[0] in drop:
            continue
        more = extra.get(group[0], ())
        groups.append(tuple(dict.fromkeys([*group, *(stem(w) for w in more)])))
    return replace(analysis, concepts=tuple(groups))


# --- Whose party: "X was a member of P" where the source names "P's X" or "X of the P (P)" ----

# In the past only: the source tells what party someone stood for then, not what they are now.
_MEMBER = lazy(
    r"^(?P<who>.+?)\s+(?:was|etait|a\s+ete)\s+(?:an?\s+|une?\s+)?(?:member|membre)\s+"
    r"(?:of|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?(?P<body>[\w' -]+)$"
)
_RUN = r"(?:[A-ZÀ-Ö][\w-]*\s+)*[A-ZÀ-Ö][\w-]*"


def _member(known: Knowledge, claim: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """Someone else's party, as the source attaches it to their name: "EELV's Paulin Roy",
    "La République En Marche's (LREM) Amandine Rubinelli", "Chantal Brunel of the Union for a
    Popular Movement (UMP)"; the claim's body must be that name or its abbreviation, whole."""
    m = _MEMBER.match(claim)
    if m is None:
        return None
    who = _who(known, m.group("who"))
    if who is None or who == "Faure":
        return None
    body = m.group("body").strip()
    for sentence in known.store.sentences:
        text = sentence.text
        at = text.find(who)
        if at < 0:
            continue
        before = re.search(rf"({_RUN})['’]s\s+(?:\(([A-Z]+)\)\s+)?$", text[:at])
        after = re.match(
            rf"\s+of\s+the\s+({_RUN}(?:\s+(?:(?:for|of|a|an|the|and)\s+)+{_RUN})*)(?:\s+\(([A-Z]+)\))?",
            text[at + len(who) :],
        )
        for found in (before, after):
            if found is None:
                continue
            names = [g for g in found.groups() if g]
            if any(fold(name) == fold(names[0]) for _, name in people_in(known, names[0])):
                continue  # "Emmanuel Macron's X": a person's, not a party's
            if any(re.sub(r"^(?:the|la|le|les|l')\s*", "", fold(n)) == body for n in names):
                return "", (sentence.id,), ((who, who), (m.group("body"), " ".join(names)))
    return None


# "X was (interim) <post> before Faure", "Faure was <post> after X": who held it just before him.
_BEFORE_AFTER = lazy(
    rf"^(?P<x>.+?)\s+(?:was|served\s+as|a\s+ete|etait|fut)\s+{_DET}(?P<role>.+?)\s+"
    r"(?P<rel>before|after|avant|apres)\s+(?P<y>.+)$"
)
_INTERIM = lazy(r"\b(?:interim|acting|par\s+interim)\b")
# Him as a pronoun after "before"/"after" (« avant lui »), the clause ending there.
_HIM_AFTER_ORDER = lazy(r"\s*(?:him|lui)\s*[.!]?\s*")


def _before_after(known: Knowledge, claim: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """Who held one of his posts right before or after him, as its fields name them; "interim"
    only where the field says so ("Rachid Temal (interim)")."""
    m = _BEFORE_AFTER.match(claim)
    if m is None:
        return None
    x = _who(known, m.group("x"))
    # ("X was R before him", « X était R avant lui »: the one named is the subject, so the
    # pronoun after before/after is the article's subject, him.)
    y = "Faure" if x not in (None, "Faure") and _HIM_AFTER_ORDER.fullmatch(m.group("y")) else _who(known, m.group("y"))
    if x is None or y is None or (x == "Faure") == (y == "Faure"):
        return None
    role = m.group("role")
    interim = bool(_INTERIM.search(role))
    if interim and x == "Faure":
        return None  # he was never interim in the posts whose fields name others
    earlier = m.group("rel") in ("before", "avant")
    other = y if x == "Faure" else x
    bare_role = re.sub(r"\s+", " ", _INTERIM.sub(" ", role)).strip()
    office = _office_of(known.store, bare_role) or _headed(
        known.store, bare_role, other, before=earlier == (x != "Faure")
    )
    if office is None:
        return None
    # "X … before Faure": X is a predecessor; "X … after Faure": a successor.
    names = office.predecessors if earlier == (x != "Faure") else office.successors
    for name in names:
        if _bare(name) == fold(other) and ("(interim)" in name.lower()) == interim:
            keys = ("Office", "Predecessor" if names is office.predecessors else "Successor")
            return office.id, _refs(known.store, office, keys, other), ((other, name), (role, office.title))
    return None


# --- His card: party, profession, nationality, as the infobox gives them ----------------------

_CARD_WORD = lazy(
    r"\b(?:member|membre|belongs|appartient|party|parti|profession|metier|national|nationalite|nationality|citizen|citizenship|citoyen)\b"
)
_HIS_OWN = r"(?:his|son|sa|(?:olivier\s+)?faure's)"
_A = r"(?:an?\s+|une?\s+)?"
_CARD = (
    (
        "party",
        lazy(
            rf"^(?:(?:{_FAURE})\s+(?:is|est)\s+{_A}(?:member|membre)\s+(?:of|du|de\s+la|de|des|d')|"
            rf"(?:{_FAURE})\s+(?:belongs\s+to|appartient\s+(?:au|a\s+la|a))|"
            rf"{_HIS_OWN}\s+(?:party|parti)\s+(?:is|est))\s*(?:the\s+|la\s+|le\s+|l')?(?P<x>[\w' -]+)$"
        ),
    ),
    (
        "profession",
        lazy(
            rf"^(?:(?:{_FAURE})\s+(?:is|est)\s+{_A}(?P<x>[a-z]+)\s+(?:by\s+profession|de\s+profession|de\s+metier)|"
            rf"{_HIS_OWN}\s+(?:profession|metier)\s+(?:is|est)\s+(?:that\s+of\s+|celui\s+de\s+|celle\s+de\s+)?{_A}(?P<y>[a-z]+))$"
        ),
    ),
    (
        "nationality",
        lazy(
            rf"^(?:(?:{_FAURE})\s+(?:is|est)\s+{_A}(?P<x>[a-z]+)\s+(?:national|citizen|citoyen)|"
            rf"(?:{_FAURE})\s+(?:is|est)\s+de\s+nationalite\s+(?P<y>[a-z]+)|"
            rf"(?:{_FAURE})\s+(?:has|a)\s+(?:the\s+|la\s+)?(?P<z>[a-z]+)\s+(?:nationality|citizenship)|"
            rf"(?:{_FAURE})\s+(?:has|a)\s+(?:la\s+)?(?:nationalite|citoyennete)\s+(?P<w>[a-z]+)|"
            rf"{_HIS_OWN}\s+(?:nationality|nationalite|citizenship)\s+(?:is|est)\s+(?P<v>[a-z]+))$"
        ),
    ),
)
# A nationality's French adjectives, by the English of the card.
_DEMONYMS = {"francais": "french", "francaise": "french"}


def _card(store: Store, claim: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """His party, profession or nationality as his card (the infobox) gives it, the claim's
    name for it being the card's, word for word both ways ("the PS", "le Parti socialiste": the
    Socialist Party; "juriste": jurist; "de nationalité française": French)."""
    person = store.person
    for field, pattern in _CARD:
        m = pattern.match(claim)
        if m is None:
            continue
        said = next(g for g in m.groups() if g)
        value = str(getattr(person, field) or "")
        if not value:
            return None
        said = _DEMONYMS.get(said, said)
        mine = concepts(said)
        theirs = concepts(value)
        words = {w for g in theirs for w in g}
        claimed = {w for g in mine for w in g}
        if not mine or not all(_held(g, words, loose=True) for g in mine):
            return None
        if not all(not claimed.isdisjoint(g) for g in theirs):
            return None
        return "", tuple(person.sources.get(field, ())), ((said, value),)
    return None
