"""Claims written as captions or headlines, and claims of two facts of his joined in one sentence,
read as the plain claims they state (each checked by `verify`, the verdicts combined there)."""

from __future__ import annotations

import re

from faurecli.analysis import EMOJI, fold, in_french
from faurecli.model import Record, record
from faurecli.patterns import lazy


@record
class Caption(Record):
    """The plain claims a caption states; `asked`: a question whose answer the claim gives and
    the source is not asked about (only a refutation of the question's fact decides)."""

    parts: tuple[str, ...]
    asked: bool = False
    denied: bool = False


# --- Captions and headlines ---------------------------------------------------------------------

# Pictographs (🎂 🏠 ✅), their variation selector and joiner: no word of a claim.
_EDGE_EMOJI = lazy(rf"^(?:\s*{EMOJI})+\s*|\s*(?:{EMOJI}\s*)+$")
# A label that announces the claim and says nothing of its own ("Fun fact:", « Le saviez-vous ? »,
# « Oui, »); folded.
_FILLER = lazy(
    r"^(?:fun\s+fact|did\s+you\s+know(?:\s+that)?|true\s+story|trivia|reminder|for\s+the\s+record|"
    r"le\s+saviez[- ]vous|saviez[- ]vous\s+que|anecdote|bon\s+a\s+savoir|a\s+savoir|rappel|"
    r"oui|yes|yep|indeed|en\s+effet|effectivement)\s*(?:[:!?,.]|\s[-–—])\s*(?=\S)"
)
_MONTHS_EN = "January February March April May June July August September October November December".split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MONTH_OF = {m[:3].lower(): i for i, m in enumerate(_MONTHS_EN)} | {fold(m): i for i, m in enumerate(_MONTHS_FR)}
_MONTH_OF |= {fold(m)[:4]: i for i, m in enumerate(_MONTHS_FR) if len(m) > 4} | {"sept": 8}
_FRENCH_LABEL = frozenset({fold(m) for m in _MONTHS_FR} | {"printemps", "ete", "automne", "hiver", "fevr", "juil"})
_ENGLISH_LABEL = frozenset({fold(m) for m in _MONTHS_EN} | {"spring", "summer", "autumn", "fall", "winter"})
_ENGLISH_LABEL -= _FRENCH_LABEL
_SEASON = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
_SEASON |= {"printemps": "printemps", "ete": "été", "automne": "automne", "hiver": "hiver"}
# A date set before a colon as a headline's label ("Dec 2016:", « juillet 2017 : », "Spring
# 2018:", "2012 —"): the claim's date.
_DATE_LABEL = lazy(
    r"^(?:(?P<word>[a-z]{3,9})\.?\s+)?(?P<year>(?:19|20)\d\d)\s*(?::|\s[-–—])\s*(?=\S)",
)
# "X? Y": a question the claim answers itself. The question a clause about him ("Faure lost in
# 2012? A defeat to …"): the claim asserts it; with "yes"/« oui » after it, nothing more.
_ASKED = lazy(r"^(?P<q>[^?]{8,160}?)\s*\?\s+(?P<a>\S[^?]*?)[.!]?$")
_HIM_CLAUSE = lazy(r"^(?:olivier\s+)?(?:faure|he|il)\s+(?!and\b|et\b|ou\b|or\b)[a-z]")
_DENIED = lazy(r"^(?:no|nope|not|non|pas|faux|false|wrong|au\s+contraire|on\s+the\s+contrary|quite\s+the)\b")
# A bare "no" answering the claim's own question ("X? No.", "X? Non, …", "X? False."): the claim
# says its question's fact is not so.
_ANSWERED_NO = lazy(r"^(?:(?:a|r|answer|reponse)\s*:\s*)?(?:no|nope|non|faux|false|wrong)\b")
# The question's own label ("Q: …", « Question : … »): no word of its fact.
_QUESTION_LABEL = lazy(r"^(?:q|question)\s*:\s*")
_AFFIRMED = lazy(r"^(?:yes|oui|yep|absolutely|tout\s+a\s+fait|indeed|en\s+effet)\b[\s!.,]*$")
# A name with a birth participle and a title after it, and no verb: "Olivier Faure, né en 1968 à
# La Tronche, premier secrétaire du PS depuis 2018".
_NAMED_APPOSITION = lazy(
    r"^(?P<name>(?:olivier\s+)?faure),\s+(?P<born>born|nee?)\s+(?P<birth>[^,;:]{3,80}),\s+(?P<np>[^,;:]{3,100}?)[.!]?$"
)
_NO_VERB_NP = lazy(r"^(?:the\s+|le\s+|la\s+|l')?[a-z][^,;:]*$")
_FINITE = lazy(r"\b(?:is|was|has|had|became|won|lost|est|etait|a|fut|devient|sera|were|are|ont|sont)\b|\b[a-z]{3,}ed\b")


def _date_label(label: re.Match[str], rest: str) -> str | None:
    """The claim with its date label said as an opening setting ("In December 2016, …", « En
    juillet 2017, … »); None when the label's word is no month or season."""
    word, year = label["word"], label["year"]
    french = word in _FRENCH_LABEL if word is not None else in_french(rest)
    if word is not None and word not in _ENGLISH_LABEL and word not in _FRENCH_LABEL:
        french = in_french(rest)
    if word is None:
        when = year
    elif word in _SEASON:
        when = f"{_SEASON[word]} {year}"
    elif word in _MONTH_OF or word[:4] in _MONTH_OF or word[:3] in _MONTH_OF:
        month = _MONTH_OF.get(word, _MONTH_OF.get(word[:4], _MONTH_OF.get(word[:3], 0)))
        if (
            word not in _MONTH_OF
            and fold(_MONTHS_EN[month]).find(word) != 0
            and not fold(_MONTHS_FR[month]).startswith(word)
        ):
            return None
        when = f"{(_MONTHS_FR if french else _MONTHS_EN)[month]} {year}"
    else:
        return None
    rest = rest.strip()
    return f"{'En' if french else 'In'} {when}, {rest}"


def caption(text: str) -> Caption | None:
    """The plain claims a caption or headline states: its pictographs and announcing label left
    out ("Fun fact: X", « Le saviez-vous ? X », « Oui, X », "X 🏠"), a date label read as the
    claim's date ("Dec 2016: X" → "In December 2016, X"), a question it answers read as asserted
    ("Faure lost in 2012? A defeat to …": that he lost in 2012; "X? Yes." → X), a name with its
    birth and a title in apposition read as two claims; None when it is no caption."""
    plain = _EDGE_EMOJI.sub("", text).strip()
    changed = plain != text.strip()
    low = fold(plain)
    if len(low) != len(plain):
        return Caption((plain,)) if changed and plain else None
    while (filler := _FILLER.match(low)) is not None:
        plain, low, changed = plain[filler.end() :], low[filler.end() :], True
    if (label := _DATE_LABEL.match(low)) is not None:
        dated = _date_label(label, plain[label.end() :])
        if dated is not None:
            return Caption((dated,))
    if (asked := _ASKED.match(low)) is not None and _ANSWERED_NO.match(asked["a"]):
        # "Faure was born in X? No.", "Q: Was he …? A: No.": the question's fact denied, whoever
        # its subject (a true fact refutes the claim; the answer's other words are not read).
        label = _QUESTION_LABEL.match(low)
        return Caption((plain[label.end() if label else 0 : asked.end("q")].strip(),), denied=True)
    if asked is not None and _HIM_CLAUSE.match(low):
        if _DENIED.match(asked["a"]):
            return None  # "Faure lost in 2012? No, he won": the question is no assertion
        question = plain[: asked.end("q")].strip()
        return Caption((question,), asked=not _AFFIRMED.match(asked["a"]))
    if (named := _NAMED_APPOSITION.match(low)) is not None and _NO_VERB_NP.match(named["np"]):
        if not _FINITE.search(named["np"]):
            name = plain[: named.end("name")]
            french = named["born"] != "born"
            birth = plain[named.start("born") : named.end("birth")]
            title = plain[named.start("np") : named.end("np")]
            return Caption(
                (f"{name} {'est' if french else 'was'} {birth}", f"{name} {'est' if french else 'is'} {title}")
            )
    if not changed or not plain:
        return None
    return Caption((plain[:1].upper() + plain[1:],))


# --- Two facts of his joined -------------------------------------------------------------------

# Him as the subject, after an optional opening setting ("En 2012, Faure …"); folded.
_HIS_SUBJECT = lazy(
    r"^(?P<opening>(?:(?:in|en|on|le|au|at|during|lors)\s+[^,]{1,40},\s*)?)(?P<subject>(?:olivier\s+)?faure|he|il)\s+(?=[a-z])"
)
# A joint between two predicates: « puis », "then", « et » / "and" (after a comma or not), then
# the next word, which must read as a verb (below).
_JOINT = lazy(r"(?:,\s*|\s+)(?P<joint>and\s+then|et\s+ensuite|puis|then|and|et)\s+(?P<verb>[a-z][a-z'-]*)\b")
# Words no verb is: determiners, prepositions, pronouns, adverbs that open a phrase.
_NO_VERB = frozenset(
    """
    the a an his her its their this that these those in on at to of for from by with as into over under
    after before during until since who which whom whose when where while it he she they him them
    not never also again still later soon then both each all more most one two three
    le la les l un une des du de d en a au aux dans sur pour par avec sans son sa ses leur leurs ce cet
    cette ces qui que qu dont ou il elle ils elles lui eux se s y ne n plus apres avant pendant depuis
    jusqu enfin ensuite aussi encore deja tres bien deux trois
    """.split()
)
_ENGLISH_IRREGULAR = frozenset(
    """
    was were is has had became becomes won wins lost loses ran runs left leaves joined took takes met meets
    went goes came comes beat beats withdrew led leads grew grows spent spends held holds made makes chose
    sat sits got gets gave gives stood stands saw sees quit quits set put wrote writes kept keeps sought
    fought brought told tells became did does
    """.split()
)
# A French verb in the present or the passé composé's auxiliary (« devient », « grandit »,
# « milite », « a été »): -e, -t, -d endings; English: -s, -ed or an irregular form.
_FRENCH_VERB_FORM = lazy(r"^(?:a|est|fut|sera|[a-z]{3,}(?:e|t|d))$")
_ENGLISH_VERB_FORM = lazy(r"^(?:[a-z]{3,}(?:ed|es|s))$")
# In the second predicate, a word that points back to the first's object, place or time ("ce
# poste", "there", « peu après »): alone it would read as anything.
_POINTS_BACK = lazy(
    r"\b(?:him|her|it|them|there|the\s+same|the\s+latter|the\s+former|this\s+post|that\s+post|the\s+post|"
    r"soon\s+after|shortly\s+after|afterwards|lui|leur|y|la-bas|ce\s+poste|cette\s+fonction|ce\s+dernier|"
    r"cette\s+derniere|peu\s+apres|peu\s+de\s+temps\s+apres|aussitot|ensuite|plus\s+tard|later|"
    r"respectively|respectivement|ensemble|together|en\s+meme\s+temps|at\s+the\s+same\s+time|simultanement)\b"
    r"|\b(?:l'|le\s|la\s|les\s)(?=a\b|ont\b|avait\b|quitte|dirige|preside|garde)"
)
# "…, où il …", "…, where he …": a relative clause of place after a place phrase of the first.
_WHERE = lazy(r",\s+(?:ou|where)\s+(?P<subject>il|he)\s+(?=[a-z])")
_PLACE_WORD = lazy(r"\b(?:en|a|au|aux|dans|in|at)\s")


def _verb_like(word: str, french: bool, then: bool) -> bool:
    """Whether `word` reads as a finite verb after the joint: English -ed or an irregular past;
    French -t, -d (« grandit », « devient », « prend »); after « puis » / "then" only, a French -e
    (« milite ») and an English -s ("becomes"), which after « et » / "and" are nouns as often
    ("secretary for communications and means")."""
    if word in _NO_VERB:
        return False
    if french:
        return bool(_FRENCH_VERB_FORM.match(word)) and (then or word[-1] != "e")
    return word in _ENGLISH_IRREGULAR or word.endswith("ed") or (then and bool(_ENGLISH_VERB_FORM.match(word)))


def joint(text: str) -> tuple[str, str, bool] | None:
    """The two claims of his two predicates joined by « puis », "then", « et » or "and" before a
    second verb ("Faure passe son enfance à La Réunion puis grandit en métropole": "Faure passe
    son enfance à La Réunion", "Faure grandit en métropole"), or by a relative clause of place
    ("…en métropole, où il fait ses études": "Faure fait ses études en métropole"): his name and
    any opening setting given to the second, and whether they are told in time order; None when
    the sentence is not so built, or the second points back to the first (« ce poste », "there")."""
    low = fold(text)
    if len(low) != len(text):
        return None
    head = _HIS_SUBJECT.match(low)
    if head is None:
        return None
    subject = text[head.start("subject") : head.end("subject")]
    opening = text[: head.end("opening")]
    french = in_french(text)
    for m in _JOINT.finditer(low, head.end()):
        if (m["joint"] in ("et", "puis", "et ensuite")) != french and m["joint"] != "puis":
            continue
        # (« a » with no accent is the auxiliary: « puis a grandi »; « à » is a preposition.)
        auxiliary = m["verb"] == "a" and text[m.start("verb")] == "a"
        then = m["joint"] in ("puis", "then", "and then", "et ensuite")
        if not text[m.start("verb")].islower() or not (auxiliary or _verb_like(m["verb"], french, then)):
            continue
        first, second = text[: m.start()].rstrip(" ,"), text[m.start("verb") :]
        if _POINTS_BACK.search(low[m.start("verb") :]) or len(first) - head.end() < 8:
            return None
        # A bare second verb takes its object from the first ("elected first secretary in 2018
        # and resigned in 2023"): alone it would read as another deed.
        rest = [w for w in low[m.end("verb") :].split() if w.isalpha() and w not in _NO_VERB]
        if len(rest) < (2 if auxiliary else 1):
            return None
        return first, f"{opening}{subject} {second}", then
    where = _WHERE.search(low, head.end())
    if where is not None and not _POINTS_BACK.search(low[where.end() :]):
        # (The last place phrase before the comma: « … à La Réunion puis en métropole, où … ».)
        places = list(_PLACE_WORD.finditer(low, head.end(), where.start()))
        if places and where.start() - places[-1].start() <= 40:
            place = text[places[-1].start() : where.start()]
            first = text[: where.start()]
            second = text[where.end() :].rstrip(" .")
            return first, f"{opening}{subject} {second} {place}", False
    return None


# --- A stance as a caption: "TOPIC: X pour / against / yes" -----------------------------------

# A caption "TOPIC : X pour." / "TOPIC: X in favour.", the stance alone after the one who takes it.
_CAPTION_STANCE = lazy(
    r"^(?P<topic>[^:]{3,90}?)\s*:\s*(?P<who>(?:(?:le|la|les|the|l['’])\s*)?(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,2}"
    r"[A-ZÀ-Ý][\w'’.-]*)\s+"
    r"(?:(?P<for>pour|for|yes|oui|in\s+favou?r|👍)|(?P<against>contre|against|no|non|👎))"
    r"(?:\s+(?:lui|him|her|it|elle))?\s*[.!]?\s*$"
)


def stance_caption(claim: str) -> str | None:
    """A caption "TOPIC: X pour / against / yes" as "X supported / opposed TOPIC"; None where it is
    none. (A caption with a vote verb, « Faure a voté pour », is read as written.)"""
    caption = _CAPTION_STANCE.match(claim.strip())
    if caption is None:
        return None
    topic = caption["topic"].strip()
    topic = topic[:1].lower() + topic[1:] if not topic[1:2].isupper() else topic
    french = in_french(claim)
    if caption["for"]:
        verb = "a soutenu" if french else "supported"
    else:
        verb = "s'est opposé à" if french else "opposed"
    return f"{caption['who']} {verb} {topic}."


# --- A title bound to a body the claim names: "… and became its First Secretary" ---------------

# "X … and (became|was|is) its TITLE …", « X … et en est le TITLE »: the possessive (« en ») ties
# the title to the body named before it; folded.
_ITS_TITLE = lazy(
    r"^(?P<first>.+?)(?:,\s*|\s+)(?:and|et)\s+(?:(?:then|later|soon|also|eventually)\s+)?"
    r"(?:(?:became|becomes|was|is|has\s+been|had\s+been|served\s+as|was\s+(?:named|elected|appointed))\s+)?"
    r"(?:its|their)\s+(?P<title>(?:[a-z-]+\s+){0,4}?[a-z-]+?)"
    r"(?=\s+(?:in|from|since|until|on|between|after|before|at|for|during|when|by)\b|\s*[,.;!]|\s*$)"
)
_EN_TITLE = lazy(
    r"^(?P<first>.+?)\s+et\s+en\s+(?:est|etait|fut|devient|devint|a\s+ete|sera|deviendra)\s+"
    r"(?:(?:le|la|l'|un|une)\s*)?(?P<title>(?:[a-z-]+\s+){0,4}?[a-z-]+?)"
    r"(?=\s+(?:en|de|depuis|jusqu|a|au|le|entre|apres|avant)\b|\s*[,.;!]|\s*$)"
)
# A body named by its capitals ("the National Assembly", "University of Orléans", "UNEF", "the
# Socialist group", « Seine-et-Marne »), with the preposition before it (group `of`).
_BODY = lazy(
    r"(?:(?P<of>\b(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)\s*)|\b(?:the|la|le|l['’])\s*)?"
    r"(?P<body>[A-ZÀ-Ý][\w’'-]*(?:\s+(?:of|de|du|des|for|d['’])?\s*(?:the\s+)?[A-ZÀ-Ý][\w’'-]*)*"
    r"(?:\s+(?:group|party|groupe|parti)\b)?(?:\s+[a-zé]+(?:ale?|iste|ienne?|aise?|ique)\b)?)"
)
_BODY_IN_TITLE = lazy(r"\b(?:group|groupe|party|parti|list|liste|committee|commission)\b")
_HIM_NAMED = frozenset({"faure", "olivier faure", "he", "il", "olivier"})


@record
class BoundTitle(Record):
    """A title the claim ties to a body it names before ("… and became its First Secretary"):
    the title, the body, the preposition before the body (French), and the claim with the
    possessive left out (its words otherwise read as they stand)."""

    title: str
    body: str
    of: str
    unbound: str


def bound_title(text: str) -> BoundTitle | None:
    """The title and the body a possessive ("its", "their", « en ») ties it to, where a claim of
    two parts names a body in its first ("Faure joined UNEF and became its First Secretary":
    First Secretary, UNEF); None where it has no such possessive or names no body."""
    low = fold(text)
    if len(low) != len(text):
        return None
    m = _ITS_TITLE.match(low) or _EN_TITLE.match(low)
    if m is None:
        return None
    bodies = [b for b in _BODY.finditer(text, 0, m.end("first")) if fold(b["body"]) not in _HIM_NAMED]
    if not bodies:
        return None
    body = bodies[-1]
    if _BODY_IN_TITLE.search(low, m.start("title"), m.end("title")):
        return None  # "its group president": the title names its own body, in the one named
    # (Dropping the possessive: "became its First Secretary" → "became the First Secretary",
    # « et en est le … » → « et est le … ».)
    at = m.start("title")
    head = text[:at]
    if low[:at].rstrip().endswith(("its", "their")):
        cut = len(head.rstrip()) - (3 if low[:at].rstrip().endswith("its") else 5)
        head = f"{text[:cut]}the "
    else:
        head = re.sub(r"\s+en\s+(?=\S+\s+\S*\s*$)", " ", head, count=1)
    return BoundTitle(
        text[m.start("title") : m.end("title")], body["body"], (body["of"] or "").strip(), head + text[at:]
    )


# --- Two roles, each with its own dates: "X from 1997 to 2000 and Y from 2000 to 2007" -----------

# A date ("2000", "December 2016", "13 December 2016"), folded.
_A_DATE = r"(?:\d{1,2}\s+)?(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d\d"
# A span of dates a role is given: "from A to B", "between A and B", « de A à B », "from A",
# "since A", "until B"; folded (« à » folds to "a").
_SPAN = lazy(
    rf"\b(?:(?:from|between|de|d'|du|entre)\s+{_A_DATE}\s+(?:to|until|till|and|a|au|et|jusqu'en)\s+{_A_DATE}"
    rf"|(?:from|since|depuis|des|until|till|jusqu'en)\s+{_A_DATE})\b"
)
# The joint right after the first role's span, and what the second role opens with.
_SPAN_JOINT = lazy(r"\s*,?\s+(?:and|et)\s+(?P<rest>\S)")
# His subject and verb (an auxiliary with its participle: "was named", « a conseillé », "has been").
_SUBJECT_VERB = lazy(
    r"^(?P<subject>(?:olivier\s+)?faure|he|il)\s+(?:(?:then|later|also|ensuite|puis|aussi)\s+)?(?P<verb>(?:was|is|has|had)\s+(?:been|[a-z]{2,}ed)"
    r"|(?:a|est|etait|fut|avait)\s+(?:ete|[a-z]{3,}[eiu])(?=\s)|[a-z'-]+)(?P<as>\s+(?:as|comme))?\s+(?=[a-z])"
)
# A word that would make the shared verb say something else of the second role (a negation, a
# possessive that points back to a body the first names, a word of order between them).
_NOT_SHARED = lazy(r"\b(?:not|never|no|ne|n'|pas|jamais)\b")
_AUXILIARY = {
    False: frozenset("was is has had became".split()),
    True: frozenset("a est etait fut avait devient devint".split()),
}
_SHARED_AS = lazy(r"(?:as|comme)\b")
_SECOND_BACK = lazy(r"(?:its|their|en|leur|leurs|respectively|respectivement|then|later|puis|ensuite)\b")


def dated_pair(text: str) -> tuple[str, str] | None:
    """The two claims of a claim that gives him two roles, each with its own span of dates, joined
    by "and" / « et » ("Faure advised X from 1997 to 2000 and Y from 2000 to 2007": "Faure advised
    X from 1997 to 2000", "Faure advised Y from 2000 to 2007"; "… and became Y from 2016": "Faure
    became Y from 2016"): the second takes his name, and his verb where it has none of its own;
    None when the claim is not so built (two spans, the first right before the joint)."""
    low = fold(text)
    if len(low) != len(text):
        return None
    head = _SUBJECT_VERB.match(low)
    if head is None or _NOT_SHARED.search(low):
        return None
    spans = list(_SPAN.finditer(low, head.end()))
    if len(spans) != 2:
        return None
    joint = _SPAN_JOINT.match(low, spans[0].end())
    if joint is None or joint.end() > spans[1].start() or _SECOND_BACK.match(low, joint.start("rest")):
        return None
    first = text[: spans[0].end()]
    second = text[joint.start("rest") :]
    word = low[joint.start("rest") :].split(maxsplit=1)[0]
    subject = text[: head.end("subject")]
    french = in_french(text)
    if word in _AUXILIARY[french] or _verb_like(word, french, False):
        return first, f"{subject} {second}"
    verb = text[head.start("verb") : head.end("verb")]
    if head["as"] and not _SHARED_AS.match(low, joint.start("rest")):
        verb = text[head.start("verb") : head.end("as")]
    return first, f"{subject} {verb} {second}"


# --- "respectively" -----------------------------------------------------------------------------

# A figure and its unit ("48.37%", « 26,45 % », "137", "120 votes").
_RESPECTIVE_FIGURE = r"\d+(?:[.,]\d+)?"
_RESPECTIVE_UNIT = r"(?:\s*%|\s+(?:per\s*cent|percent|pour\s+cent|votes?|voix|seats?|sieges?))?"
# Two subjects, a verb of one to three words, two figures: "Faure and Le Foll received 48.37%
# and 26.45% respectively (in the first round)", « Respectivement, Faure et Le Foll ont obtenu
# 48,37 % et 26,45 % ».
_RESPECTIVE = lazy(
    r"^(?P<a>[^\d,;:]{2,40}?)\s+(?:and|et)\s+(?P<b>[^\d,;:]{2,40}?)\s+"
    r"(?P<verb>(?:(?:ont|a|avaient|avait|have|has|had|were|was|are|is|sont|est)\s+)?[^\d\s,;:]+\s+)"
    rf"(?P<x>{_RESPECTIVE_FIGURE})(?P<xu>{_RESPECTIVE_UNIT})\s+(?:and|et)\s+"
    rf"(?P<y>{_RESPECTIVE_FIGURE})(?P<yu>{_RESPECTIVE_UNIT})(?P<tail>(?:\s+[^\d\s][^.!?]*?)?)\s*[.!]?$",
    re.IGNORECASE,
)
_RESPECTIVE_WORD = lazy(r",?\s*\b(?:respectively|respectivement)\b\s*,?", re.IGNORECASE)
# A plural verb's singular, for each subject alone (« ont obtenu » → « a obtenu »).
_SINGULAR = {"ont": "a", "sont": "est", "were": "was", "have": "has", "are": "is", "obtiennent": "obtient"}


def respective(text: str) -> tuple[str, str] | None:
    """The two claims of a claim that gives two people two figures "respectively" ("Faure and
    Le Foll received 48.37% and 26.45% respectively": "Faure received 48.37%", "Le Foll received
    26.45%"), each figure its own owner's, with the unit of the second where the first has none
    ("137 and 120 votes") and what follows the figures given to both; None when not so built."""
    words = _RESPECTIVE_WORD.findall(text)
    if len(words) != 1:
        return None
    plain = _RESPECTIVE_WORD.sub(" ", text, count=1).strip()
    plain = re.sub(r"\s+([.!,])", r"\1", re.sub(r"\s{2,}", " ", plain))
    m = _RESPECTIVE.match(plain)
    if m is None:
        return None
    verb = m["verb"].split()
    verb = [_SINGULAR.get(w.lower(), w) for w in verb]
    unit = m["yu"] or m["xu"]
    tail = m["tail"].rstrip(" ,")
    a, b = m["a"].strip(), m["b"].strip()
    if a.lower() in {"both", "les deux"} or b.lower().startswith(("both", "each")):
        return None
    first = f"{a[0].upper()}{a[1:]} {' '.join(verb)} {m['x']}{m['xu'] or unit}{tail}."
    second = f"{b[0].upper()}{b[1:]} {' '.join(verb)} {m['y']}{unit}{tail}."
    return first, second


# --- Claims of several sentences ----------------------------------------------------------------

# A sentence's end: its mark and the capital that opens the next (« » and quotes allowed).
_SENTENCE_END = lazy(r"[.!]+\s+(?=[«\"“]?\s*[A-ZÀ-Ý])")
# A sentence that only points back at the one before ("He did.", « Il l'a fait. », "It didn't",
# "He won there", "the same year"): no claim of its own.
_ELLIPTIC = lazy(
    r"\b(?:did|didn'?t|does|doesn'?t|do\s+so|done|so|too|also|either|neither|nor|instead|again|as\s+well|"
    r"this|that|these|those|such|it|its|they|them|their|she|her|hers|him|former|latter|same|there|here|"
    r"not|never|no|yes|indeed|oui|non|pas|jamais|l'a|l'ont|le\s+fit|ce|cela|ca|celle|celui|ceux|"
    r"elle|elles|ils|eux|leur|leurs|aussi|non\s+plus|la-bas|y|meme)\b"
)
# The sentences' subject when it is he: the first opens on his name or "he"/« il » (after a
# setting of time or place: "In 2012, he …").
_HIS_SENTENCE = lazy(r"^(?:(?:in|on|at|en|a|le|au)\s[^,]{1,30},?\s+)?(?:(?:olivier\s+)?faure|he|il)\b")
_PRONOUN = lazy(r"\b(?:he|his|him|il|lui|son|sa|ses)\b")
# A sentence told after the one before: "Then …", « Puis … », "Later, …".
_THEN_OPENS = lazy(r"^(?:then|later|afterwards|after\s+that|subsequently|next|puis|ensuite|plus\s+tard|apres\s+cela)\b")


def sentences(text: str) -> tuple[tuple[str, ...], bool] | None:
    """The sentences of a claim of two or three sentences that each state a fact of their own
    ("Faure ran in 2007. He won in 2012.": "Faure ran in 2007.", "He won in 2012."), and whether
    they are told in time order ("Then he …"); None for one sentence, a question, a sentence of
    fewer than three words or one that only points back at another ("He did.", "He won there.",
    "It didn't."), or a "he" whose antecedent is not he (the first sentence is about another)."""
    if "?" in text or ";" in text:
        return None
    cuts = [0]
    for m in _SENTENCE_END.finditer(text):
        before = re.search(r"(\S+)$", text[: m.start()])
        word = before.group(1) if before else ""
        # (An abbreviation or initial is no sentence's end: "M. Faure", "St. Denis", "J.-C.")
        if len(word.strip('«"“(')) < 3 and not word[-1:].isdigit() and not word.endswith("%"):
            continue
        cuts.append(m.end())
    if len(cuts) < 2 or len(cuts) > 3:
        return None
    parts = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    parts = [p if p[-1:] in ".!" else p + "." for p in parts]
    low = [fold(p) for p in parts]
    if any(len(p.split()) < 3 for p in low):
        return None
    if any(_ELLIPTIC.search(p) for p in low[1:]):
        return None
    if not _HIS_SENTENCE.match(low[0]) and any(_PRONOUN.search(p) for p in low[1:]):
        return None
    ordered = any(_THEN_OPENS.match(p) for p in low[1:])
    return tuple(parts), ordered
