"""A claim put in plain order, subject first, where it is written otherwise: a cleft ("It was
Faure who …", « C'est Faure qui … »), "the one who … was X", a copula turned round ("The First
Secretary in 2021 was Hélène Geoffroy", « Le premier secrétaire en 2021, c'était Geoffroy »), a
passive with its doer ("… was refused by Faure", « … a été renversé par Faure ») and a figure
named by what it counts ("The number of votes for Bachelay was 137", "The age at which Faure
joined the PS was 23"), a marriage said by its noun ("The wife of Faure is …"), a setting that
names someone set before the subject ("In Macron's cabinet, Azoulay was …").

`verify` reads a claim's parts where they usually stand: written the other way round, the name
and the deed matched words of one sentence without their roles (each of the forms above was
SUPPORTED for someone else's deed, title or figure). The plain order is checked instead. Pure
text, no store: the order changes, and a passive's or a noun's verb becomes the active one the
source uses ("beaten by X": "lost to X"; "the wife of Faure is X": "Faure is married to X"), never
what is claimed."""

from __future__ import annotations

import re

from faurecli.analysis import fold
from faurecli.patterns import lazy

# A person as a claim names one: a capitalised name of up to five words ("Olivier Faure",
# "Jean-Marc Ayrault", "Stéphane Le Foll"), or him.
_NAME = r"(?:[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|d'|du\s+|le\s+|la\s+)?[A-ZÀ-Ý][\w'’-]+){0,4}|he|il|him|lui)"
_END = r"\s*[.!]?\s*$"
# A doer after "by"/« par »: a name. (Not a body with its article, "by the PS": the source says
# such deeds in the passive itself, "initiated by LFI", and is read best as written.)
_DOER = _NAME

# "It was Faure who …", "It is Faure that …"; « C'est Faure qui … », « C'était Faure qui … »; a
# name may have words between commas after it ("It was Brunel, the UMP's candidate, who …").
# (After a setting too: « Quand Faure est devenu premier secrétaire, c'est X qui … », kept before.)
_CLEFT = lazy(
    r"^(?P<setting>[^,]{1,80},\s*)?"
    rf"(?i:it\s+(?:was|is|had\s+been)|c['’](?:est|était|etait))\s+(?P<who>{_NAME})(?P<aside>,[^,]{{1,60}},)?\s+(?i:who|that|qui)\s+(?P<rest>.+)$"
)
# "The one who … was Faure", "The person who …"; « Celui qui …, c'est Faure », « Celle qui … est X ».
_ONE_WHO = lazy(
    r"^(?i:the\s+(?:one|person|man|woman)|celui|celle)\s+(?i:who|qui)\s+(?P<rest>.+?)"
    rf"(?:,\s*c['’](?:est|était|etait)|\s+(?:was|is|est|était|etait|fut))\s+(?P<who>{_NAME}){_END}"
)
# "The First Secretary in 2021 was Hélène Geoffroy"; « Le premier secrétaire en 2021, c'était
# Geoffroy », « La première secrétaire du PS en 2018 était Valérie Rabault ». (Not "The motion was
# X's", nor a figure: those are not names.)
_TURNED = lazy(
    r"^(?P<setting>(?i:in|on|at|during|en|au|le|lors\s+de|à|a)\s+[^,]{1,40},\s*|(?i:in|en)\s+(?:[\wé]+\s+){0,2}\d{4}\s+)?"
    r"(?P<what>(?i:the\s|le\s|la\s|les\s|l['’]|one\s+of\s+the\s|l['’]un\s+des\s|l['’]une\s+des\s|un\s+des\s|une\s+des\s)\s*[^,]+?)"
    rf"(?:,\s*c['’](?P<cleft>est|était|etait)|\s+(?P<verb>was|is|were|est|était|etait|fut))\s+(?P<who>{_NAME}){_END}",
)
# "… was refused by Faure", "Faure was beaten by Guillaume Bachelay"; « … a été renversé par Faure ».
_PASSIVE = lazy(
    r"^(?P<what>.+?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<done>\w+)"
    rf"(?P<more>(?:\s+as\s+[^,]+?)?)\s+by\s+(?P<who>{_DOER})(?P<rest>(?:\s+(?:in|on|at|as|during)\b.*?)?){_END}"
)
_PASSIVE_FR = lazy(
    r"^(?P<what>.+?)\s+(?:a|ont|avait|avaient)\s+été\s+(?P<done>\w+)"
    rf"(?P<more>(?:\s+(?:de|du|des|comme)\s+[^,]+?)?)\s+par\s+(?P<who>{_DOER})(?P<rest>(?:\s+(?:en|le|au|à|a|lors)\b.*?)?){_END}"
)
# A marriage said through its noun: "The wife of Faure is X", "Faure's wife was X", "X is Faure's
# wife"; « La femme de Faure, c'est X », « X est l'épouse d'Olivier Faure ». (Checked as "Faure is
# married to X": the verb is what the source says, and where its rule reads the spouse. Not
# "husband", « mari »: a sex the source may contradict.)
_HIS = r"(?:olivier\s+)?faure"
_SPOUSE_NOUN = r"(?:wife|spouse|femme|epouse|épouse|conjointe?)"
_SPOUSE = lazy(
    rf"^(?i:(?:the|la|le|l['’])\s*{_SPOUSE_NOUN}\s+(?:of|de|d['’])\s*{_HIS}|{_HIS}['’]s\s+{_SPOUSE_NOUN})"
    rf"(?:,\s*c['’](?:est|était|etait)|\s+(?i:is|was|est|était|etait))\s+(?P<who>{_NAME}){_END}"
    rf"|^(?P<who2>{_NAME})\s+(?i:is|was|est|était|etait)\s+(?i:(?:the|la|le|l['’])\s*{_SPOUSE_NOUN}\s+(?:of|de|d['’])"
    rf"\s*{_HIS}|{_HIS}['’]s\s+{_SPOUSE_NOUN}){_END}"
)
_HUSBAND = lazy(r"(?i:the\s+husband|le\s+mari)\b")
_FRENCH_SPOUSE = lazy(r"\b(?i:femme|epouse|épouse|conjointe?|est|était|etait|c['’]est)\b")

# "The age at which Faure joined the PS was 23", "Faure's age when he became … was 16".
_AGE = lazy(
    r"^(?:the\s+age\s+(?:at\s+which|when)|(?:his|faure['’]s|olivier\s+faure['’]s)\s+age\s+when)\s+"
    r"(?P<deed>.+?)\s+(?:was|is)\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)" + _END,
    re.I,
)
# "The number of votes for Bachelay was 137", "The number of votes Batho got was 28", "The number
# of seats won by the joint list was three", "The number of Socialists elected in 2019 was six";
# « Le nombre de voix de Delphine Batho était de 28 », « Le nombre de sièges obtenus par la liste … ».
_NUMBER = lazy(
    r"^the\s+number\s+of\s+(?P<what>\w+)\s+(?P<rest>.+?)\s+(?:was|is|were)\s+(?P<n>\d[\d,.]*\d|\d|[a-z]+(?:-[a-z]+)?)"
    + _END,
    re.I,
)
_NUMBER_FR = lazy(
    r"^le\s+nombre\s+(?:de|d['’])\s*(?P<what>\w+)\s+(?P<rest>.+?)\s+(?:était|etait|est|fut)\s+(?:de\s+|d['’])?"
    r"(?P<n>\d[\d,.]*\d|\d|[a-zé]+(?:-[a-zé]+)?)" + _END,
    re.I,
)

# Past participles that are not the past tense: "was beaten by X" is "X beat …".
_PAST = {
    "beaten": "beat",
    "chosen": "chose",
    "taken": "took",
    "given": "gave",
    "withdrawn": "withdrew",
    "written": "wrote",
    "overthrown": "overthrew",
    "driven": "drove",
    "shown": "showed",
    "seen": "saw",
    "known": "knew",
    "drawn": "drew",
    "thrown": "threw",
    "forgotten": "forgot",
    "broken": "broke",
    "spoken": "spoke",
    "undertaken": "undertook",
    "overtaken": "overtook",
}


# A race lost, said in the passive: "beaten by X" is "lost to X".
_BEATEN = frozenset({"beaten", "defeated", "outvoted", "trounced", "outpolled"})
_BEATEN_FR = ("battu", "vaincu", "defait", "devance", "elimine")


def plain_order(claim: str) -> str | None:
    """The claim with its subject first, where it is written in one of the forms above; None
    where it is not (or its plain order would be no different)."""
    text = claim.strip()
    for reorder in (
        _spouse, _cleft, _one_who, _passive, _passive_fr, _age, _number, _number_fr, _turned, _set_first, _place_first,
    ):  # fmt: skip
        found = reorder(text)
        if found is not None and found != text:
            return found
    return None


# A setting that names someone, set before the subject: "In Macron's cabinet, Audrey Azoulay was
# …", « Dans le cabinet de Macron, Azoulay … » (the name matched the sentence's words without its
# role; not a date nor a plain place: "In 2018, …", "In Paris, …").
_SET_FIRST = lazy(
    r"^(?P<setting>(?i:in|at|within|inside|dans|au\s+sein\s+d[eu']|auprès\s+d[eu'])\s*"
    r"(?:(?!\b(?i:faure|olivier|he|il)\b)[^,]){0,40}?"
    r"(?:[A-ZÀ-Ý][\w-]+['’]s\b|\b(?i:of|de|du|d['’])\s*[A-ZÀ-Ý][\w-]+)(?:(?!\b(?i:faure|olivier|he|il)\b)[^,]){0,30}),"
    r"\s+(?P<rest>[A-ZÀ-Ý][^,]+?)\s*[.!]?\s*$"
)


def _set_first(text: str) -> str | None:
    m = _SET_FIRST.match(text)
    if m is None:
        return None
    setting = m.group("setting")
    return f"{m.group('rest')} {setting[:1].lower()}{setting[1:]}."


def _spouse(text: str) -> str | None:
    m = _SPOUSE.match(text)
    if m is None:
        return None
    who = m.group("who") or m.group("who2")
    french = _FRENCH_SPOUSE.search(text) is not None
    return f"Faure est marié à {who}." if french else f"Faure is married to {who}."


def _cleft(text: str) -> str | None:
    m = _CLEFT.match(text)
    # The words set between commas after the name stay with it ("It was Chantal Brunel, a UMP
    # candidate, who …": "Chantal Brunel, a UMP candidate, …").
    if m is None:
        return None
    return f"{m.group('setting') or ''}{m.group('who')}{m.group('aside') or ''} {m.group('rest')}"


def _one_who(text: str) -> str | None:
    m = _ONE_WHO.match(text)
    return None if m is None else f"{m.group('who')} {m.group('rest').rstrip(' ,')}."


def _turned(text: str) -> str | None:
    m = _TURNED.match(text)
    if m is None or m.group("who").lower() in ("he", "il", "him", "lui") or _HUSBAND.match(m.group("what")):
        return None  # ("The husband of Faure is …": read as written, where the spouse's sex is)
    what = m.group("what")
    verb = m.group("verb") or ("est" if m.group("cleft") == "est" else "était")
    if verb.lower() == "were":
        verb = "was"  # ("One of the new spokespeople … was Olivier Faure": his, one)
    setting = m.group("setting") or ""
    return f"{setting[:1].upper()}{setting[1:]}{m.group('who')} {verb} {_object(what)}."


# What cannot be put after the verb as it stands: a clause ("proposals that were rejected by …"),
# a subject pronoun ("he was defeated by …").
_NOT_AN_OBJECT = lazy(r"\b(?i:that|which|who|whom|whose|qui|que|dont|he|she|il|elle|ils|elles|they)\b")


def _passive(text: str) -> str | None:
    m = _PASSIVE.match(text)
    if m is None or _NOT_AN_OBJECT.search(m.group("what")):
        return None
    done = m.group("done")
    setting, what = _setting(m.group("what"))
    if done.lower() in _BEATEN:
        # (A race lost is told as the source tells it, "lost to Chantal Brunel".)
        return f"{setting}{what} lost to {m.group('who')}{m.group('more')}{m.group('rest')}."
    past = _PAST.get(done.lower(), done if done.lower().endswith("ed") else None)
    if past is None:
        return None  # (a participle read as neither: left as written)
    return f"{setting}{m.group('who')} {past} {_object(what)}{m.group('more')}{m.group('rest')}."


def _passive_fr(text: str) -> str | None:
    m = _PASSIVE_FR.match(text)
    if m is None or _NOT_AN_OBJECT.search(m.group("what")) or fold(m.group("done")).startswith(_BEATEN_FR):
        return None  # (« battu par … »: a race, read as written, where the source's contests are)
    done = re.sub(r"(?<=é)(?:e|s|es)$", "", m.group("done"))
    setting, what = _setting(m.group("what"))
    return f"{setting}{m.group('who')} a {done} {_object(what)}{m.group('more')}{m.group('rest')}."


def _age(text: str) -> str | None:
    m = _AGE.match(text)
    return None if m is None else f"{m.group('deed')} at the age of {m.group('n')}."


def _number(text: str) -> str | None:
    m = _NUMBER.match(text)
    if m is None:
        return None
    what, rest, n = m.group("what"), m.group("rest"), m.group("n")
    # "… for Bachelay", "… of Batho": the one who got them.
    of = re.fullmatch(r"(?:for|of|given\s+to)\s+(?P<who>.+)", rest)
    if of:
        return f"{of.group('who')} got {n} {what}."
    got = re.fullmatch(r"(?:that\s+)?(?P<who>.+?)\s+(?P<verb>got|won|received|obtained|took|had)", rest)
    if got:
        return f"{got.group('who')} {got.group('verb')} {n} {what}."
    by = re.fullmatch(r"(?P<done>\w+ed|won|taken|held)\s+by\s+(?P<who>.+?)(?P<rest>\s+(?:in|on|at)\s+.+)?", rest)
    if by:
        verb = {"taken": "took"}.get(by.group("done"), by.group("done"))
        return f"{by.group('who')} {verb} {n} {what}{by.group('rest') or ''}."
    return f"{n} {what} were {rest}."


def _number_fr(text: str) -> str | None:
    m = _NUMBER_FR.match(text)
    if m is None:
        return None
    what, rest, n = m.group("what"), m.group("rest"), m.group("n")
    of = re.fullmatch(r"(?:de|d['’]|du|des|pour)\s*(?P<who>.+)", rest)
    if of:
        who = ("le " if rest.startswith("du") else "les " if rest.startswith("des") else "") + of.group("who")
        return f"{who} a obtenu {n} {what}."
    by = re.fullmatch(r"(?P<done>\w+)\s+par\s+(?P<who>.+?)(?P<rest>\s+(?:en|le|au|lors)\s+.+)?", rest)
    if by:
        return f"{by.group('who')} a obtenu {n} {what}{by.group('rest') or ''}."
    return None


_SETTING = lazy(r"^(?:(?i:in|on|at|during|after|before|en|au|le|lors\s+de|à|a|après|avant)\s+[^,]{1,40},\s*)")


def _setting(text: str) -> tuple[str, str]:
    """A leading setting ("In January 2012, ") and the rest."""
    m = _SETTING.match(text)
    return ("", text) if m is None else (m.group(), text[m.end() :])


_ARTICLE = lazy(r"^(?:The|A|An|Le|La|Les|L['’]|Un|Une|Des|One)\b")


def _object(text: str) -> str:
    """A subject put after the verb: its leading article in lower case, nothing else."""
    return _ARTICLE.sub(lambda m: m.group().lower(), text)


# A place or a figure set before the clause it belongs to: "In Vietnam, Faure was born in 1968", « À
# Aubervilliers, Faure a été réélu », "It was in Villeurbanne that …", « C'est avec 86 % que … »,
# "Aubervilliers is where …", « Avec 86 %, … » (the place or figure matched a word of some sentence
# of his and was never checked against the verb; the same claim with it at the end was refuted).
# A date is not one of these: it is read where it stands.
_PLACE_FIRST = lazy(
    r"^(?P<prep>(?i:in|at|à|a|au|aux|en|dans|with|avec))\s+(?P<what>[^,]{1,40}),\s+"
    r"(?P<rest>(?:[A-ZÀ-Ý]|(?i:he|il)\b)[^,]+?)\s*[.!]?\s*$"
    r"|^(?i:it\s+(?:was|is)|c['’](?:est|était|etait))\s+(?P<cprep>(?i:in|at|with|à|a|au|aux|en|dans|avec))\s+"
    r"(?P<cwhat>[^,]{1,40}?)\s+(?i:that\s+|qu['’]|que\s+)(?P<crest>[^,]+?)\s*[.!]?\s*$"
    r"|^(?P<where>[A-ZÀ-Ý][\w'’-]+(?:[\s-]+[A-ZÀ-Ý][\w'’-]+){0,3})\s+(?:is|was)\s+where\s+(?P<wrest>[^,]+?)\s*[.!]?\s*$"
)
_A_DATE = lazy(
    r"\d{4}|\b(?i:january|february|march|april|may|june|july|august|september|october|november|december|janvier"
    r"|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|spring|summer|autumn"
    r"|fall|winter|printemps|[ée]t[ée]|automne|hiver|début|fin|early|late|the\s+end)\b"
)
# A place: a capitalised name, after an article or not ("the Île-de-France", « la Réunion »); not
# an occasion ("At the Villeurbanne Congress, …", « Au congrès de Villeurbanne, … »: the event the
# clause is told of, read where it stands).
_A_PLACE = lazy(r"^(?:(?i:the|le|la|les|l['’])\s*)?[A-ZÀ-Ý]")
_AN_OCCASION = lazy(
    r"\b(?i:congress|congr[eè]s|elections?|[ée]lections?|votes?|ballots?|rall(?:y|ies)|polls?|sondages?|council"
    r"|conseil|meetings?|summit|sommet|motions?|campaigns?|campagnes?|primar(?:y|ies)|primaires?|rounds?|tour"
    r"|debates?|d[ée]bats?|convention|conference|conf[ée]rence|assembl(?:y|[ée]e)|parliament|parlement|government"
    r"|gouvernement|cabinet|ministry|minist[eè]re)\b"
)
# A figure: a number ("86 %", "73.49%", "137 votes").
_A_FIGURE = lazy(r"^(?:(?i:only|just|seulement|about|environ)\s+)?\d")


def _place_first(text: str) -> str | None:
    m = _PLACE_FIRST.match(text)
    if m is None:
        return None
    if m.group("where"):
        prep, what, rest = "in", m.group("where"), m.group("wrest")
    elif m.group("cprep"):
        prep, what, rest = m.group("cprep"), m.group("cwhat"), m.group("crest")
    else:
        prep, what, rest = m.group("prep"), m.group("what"), m.group("rest")
    if _A_DATE.search(what) or re.search(r"\b(?i:faure|olivier|he|il)\b|['’]s\b", what):
        return None
    figure = prep.lower() in ("with", "avec")
    if not (_A_FIGURE.match(what) if figure else _A_PLACE.match(what) and not re.search(r"\d", what)):
        return None
    if _AN_OCCASION.search(what):
        return None
    return f"{rest[:1].upper()}{rest[1:]} {prep.lower()} {what}."
