"""A quiz's forms read as the plain questions and claims they stand for: a cloze (« Complète :
Olivier Faure est né à … », "Fill in: Faure was elected with ___% of the vote"), whose blank
marks the slot asked, asked with the question word that slot takes, where the blank stands
(« … est né où ? »); a true-or-false item (« Vrai ou faux : X ? », "X — true or false?") asked
as the yes/no question X is (ask) or checked as the claim X (verify); a multiple-choice question
(« … ? A) 2016 B) 2017 C) 2018 ») asked without its options, then answered only with the one
option its answer names (and that option's letter).

Pure functions; imported only behind analysis.QUIZ_CUE (a quiz's marks), never at start-up."""

from __future__ import annotations

import re
from collections.abc import Callable

from faurecli.patterns import lazy

# A cloze's opening instruction: « Complète : », « Complétez la phrase : », "Fill in the blank:".
_CLOZE_OPENING = lazy(
    r"^\s*(?:compl[èeé]te[rsz]?(?:\s+(?:la|les|cette)\s+phrases?)?|texte\s+[àa]\s+trous"
    r"|complete(?:\s+the\s+(?:sentence|statement|gap|blanks?))?|fill\s+in(?:\s+the\s+(?:blanks?|gaps?))?)"
    r"\s*(?:[:.!–—-]+\s*|\s+(?=\S))",
    re.IGNORECASE,
)
# A blank: underscores, an ellipsis (three dots or "…"), bracketed or not.
_BLANK = lazy(r"[\[(]\s*(?:…|\.{3,})\s*[\])]|_{2,}|…+|\.{3,}")
# The end of a sentence after its blank: the slot's unit (« % », « voix », "votes"), words, then
# the closing stop.
_END = lazy(r"\s*[.!?]*\s*$")

# What follows a blank and names its slot's kind.
_SHARE_AFTER = lazy(r"^\s*(?:%|pour\s*cents?\b|per\s*cent\b|percent\b)", re.IGNORECASE)
_YEARS_OLD_AFTER = lazy(r"^\s*(?:ans\b|years?\s+old\b)", re.IGNORECASE)
_COUNT_AFTER = lazy(r"^\s*(?P<noun>[a-zàâçéèêëîïôûù-]{3,}[sx])\b(?!\s*['’])")
# What comes before a blank (folded and lower case, the last words).
_FR_AT_PLACE = lazy(r"(?:\b(?:[àa]|au|aux|dans)\s*)$")
_FR_AT_PERSON = lazy(
    r"(?:\b(?:succ[ée]d[ée]?\w*|oppos[ée]e?s?|alli[ée]e?s?|mari[ée]e?s?|li[ée]e?s?|rest[ée]\s+fid[eè]le)\s+(?:[àa]|au|aux)\s*)$"
)
_FR_IN_YEAR = lazy(r"(?:\ben\s*)$")
_FR_ON_DAY = lazy(r"(?:\ble\s*)$")
_FR_PERSON_AFTER_WORD = lazy(r"(?:\b(?P<prep>avec|contre|par|derri[eè]re|devant|apr[eè]s|avant)\s*)$")
_FR_NAMED = lazy(r"(?:\b(?:s['’]\s*appel(?:le|ait|lent|aient)|se\s+nomm(?:e|ait)|nomm[ée]e?)\s*)$")
_FR_BE = lazy(r"(?:\b(?:est|[ée]tait|a\s+[ée]t[ée]|fut|devient|est\s+devenue?|[ée]tait\s+devenue?)\s*)$")
_SCORE_AGAINST = lazy(r"\d\s*(?P<noun>[a-zàâçéèêëîïôûù-]{3,}[sx])\s+(?:to|against|versus|vs\.?|contre|[àa])\s*$")
_EN_IN = lazy(r"(?:\b(?:in|at)\s*)$")
_EN_AGE = lazy(r"(?:\bat\s+the\s+age\s+of\s*)$")
_EN_ON = lazy(r"(?:\bon\s*)$")
_EN_PERSON_AFTER_WORD = lazy(r"(?:\b(?P<prep>to|against|with|by|behind|after|before|from)\s*)$")
_EN_NAMED = lazy(r"(?:\b(?:is|was)\s+(?:called|named)\s*)$")

_FRENCH_WORDS = frozenset(
    "le la les un une des du de est il elle a été était né née avec dans en au aux qui que son sa ses "
    "pour par sur contre après avant où quel quelle voix ans lors à".split()
)


def _french(text: str) -> bool:
    words = re.findall(r"[\wàâçéèêëîïôûù]+", text.lower())
    return sum(w in _FRENCH_WORDS for w in words) >= 2 or "où" in text.lower()


def _clozed(before: str, after: str, french: bool) -> tuple[str, str]:
    """The words before the blank and after it with the question word in the blank's place, as
    its slot takes: a share (« … % » → « quel pourcentage »), an age, a count (« … voix » →
    « combien de voix »), a place after « à »/"in", a person after « avec », « contre », "to",
    "against", a year after « en », a name, or whoever (a blank opening the sentence); what it
    is (« quoi », "what") otherwise."""
    low = before.lower()
    if (share := _SHARE_AFTER.match(after)) is not None:
        return before, f"{'quel pourcentage' if french else 'what percentage'}{after[share.end() :]}"
    if (old := _YEARS_OLD_AFTER.match(after)) is not None:
        if french and re.search(r"\b[àa]\s*$", low):
            return before[: re.search(r"\b[àa]\s*$", low).start()], f"à quel âge{after[old.end() :]}"  # type: ignore[union-attr]
        if (age := _EN_AGE.search(low)) is not None:
            return before[: age.start()], f"at what age{after[old.end() :]}"
        return before, f"{'quel âge' if french else 'how old'}{after[old.end() :]}"
    if (count := _COUNT_AFTER.match(after)) is not None:
        noun = count["noun"]
        many = ("combien d'" if noun[0] in "aeiouéèêh" else "combien de ") if french else "how many "
        return before, f"{many}{noun}{after[count.end() :]}"
    if (score := _SCORE_AGAINST.search(low)) is not None:
        # « 137 voix contre … », "137 votes to ___": the other side's count.
        noun = score["noun"]
        many = ("combien d'" if noun[0] in "aeiouéèêh" else "combien de ") if french else "how many "
        return before, f"{many}{noun}{after}"
    if not before.strip():
        return before, f"{'Qui' if french else 'Who'}{after}"
    if french:
        if _FR_AT_PERSON.search(low) is not None:
            return before, f"qui{after}"
        if (place := _FR_AT_PLACE.search(low)) is not None:
            return before[: place.start()], f"où{after}"
        if (year := _FR_IN_YEAR.search(low)) is not None:
            return before[: year.start()], f"en quelle année{after}"
        if (day := _FR_ON_DAY.search(low)) is not None:
            return before[: day.start()], f"quel jour{after}"
        if _FR_PERSON_AFTER_WORD.search(low) is not None:
            return before, f"qui{after}"
        if _FR_NAMED.search(low) is not None:
            return before, f"comment{after}"
        return before, f"quoi{after}"
    if (age := _EN_AGE.search(low)) is not None:
        return before[: age.start()], f"at what age{after}"
    if (inside := _EN_IN.search(low)) is not None:
        return before[: inside.start()], f"where{after}"
    if (on := _EN_ON.search(low)) is not None:
        return before[: on.start()], f"when{after}"
    if _EN_PERSON_AFTER_WORD.search(low) is not None:
        return before, f"whom{after}"
    if _EN_NAMED.search(low) is not None:
        return before, f"what{after}"
    return before, f"what{after}"


def cloze_question(text: str) -> str | None:
    """The question a cloze asks (`_CLOZE_OPENING`, then a sentence with one blank): its words
    in their order, the blank given the question word its slot takes, closed by « ? »; None
    where it is no cloze (no blank, or two: two slots)."""
    opening = _CLOZE_OPENING.match(text)
    rest = text[opening.end() :] if opening is not None else text
    blanks = list(_BLANK.finditer(rest))
    if len(blanks) != 1 or (opening is None and "_" not in blanks[0].group() and rest.rstrip().endswith("?")):
        return None
    blank = blanks[0]
    after = _END.sub("", rest[blank.end() :])
    if opening is not None and re.match(r"(?i)\s*(?:compl[èé]t|texte|compl[eè]te[rz]\b)", opening.group()):
        french = True  # « Complète », « Complétez », « texte à trous »
    elif opening is not None and re.match(r"(?i)\s*(?:complete\b|fill)", opening.group()):
        french = _french(rest) and not re.search(r"(?i)\b(?:the|was|is|he|his|of|in)\b", rest)
    else:
        french = _french(rest)
    before, asked = _clozed(rest[: blank.start()].rstrip(), after, french)
    before = before.rstrip()
    question = f"{before} {asked.lstrip() if asked[:1].isalpha() else asked}".strip()
    question = re.sub(r"\s+([,%])", r"\1", re.sub(r"\s{2,}", " ", question))
    question = question[:1].upper() + question[1:]
    return f"{question} ?" if french else f"{question}?"


# A true-or-false item: the instruction before the statement or after it.
_TRUE_FALSE_BEFORE = lazy(
    r"^\s*(?:vrai\s+ou\s+faux|faux\s+ou\s+vrai|true\s+or\s+false|false\s+or\s+true|v\s*/\s*f|t\s*/\s*f)"
    r"\s*(?:[:?!.,–—-]+\s*|\s+(?=\S))(?P<rest>\S.*?)\s*$",
    re.IGNORECASE,
)
_TRUE_FALSE_AFTER = lazy(
    r"^\s*(?P<rest>\S.*?)\s*[:,;–—-]*\s*[(\[]?\s*(?:vrai\s+ou\s+faux|faux\s+ou\s+vrai|true\s+or\s+false|false\s+or\s+true)"
    r"\s*[)\]]?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A statement that is already a question: inverted (« Faure est-il … », "Was he …"), or opened
# by « est-ce que ».
_ALREADY_ASKED = lazy(
    r"-(?:t-)?(?:il|elle|ils|elles|on)\b|^\s*(?:est-ce|is|was|were|did|does|do|has|had|have|are)\b", re.IGNORECASE
)


def true_or_false(text: str) -> str | None:
    """The statement a true-or-false item asks about, without its instruction and closing mark
    (« Vrai ou faux : il est né à Orléans ? » → « il est né à Orléans »); None where it is none."""
    found = _TRUE_FALSE_BEFORE.match(text) or _TRUE_FALSE_AFTER.match(text)
    if found is None:
        return None
    statement = found["rest"].strip().rstrip("?!.:;, ").strip()
    return statement or None


def true_or_false_question(text: str) -> str | None:
    """A true-or-false item asked as the yes/no question it is: « Est-ce que <statement> ? »
    (« qu' » before a vowel) in French, the statement asked in English ("<statement>?"); an
    item that is already a question asked as it is."""
    statement = true_or_false(text)
    if statement is None:
        return None
    if _ALREADY_ASKED.search(statement):
        return f"{statement[:1].upper()}{statement[1:]} ?" if _french(statement) else f"{statement}?"
    if _french(statement):
        opener = "Est-ce qu'" if statement[:1].lower() in "aeiouéèêàâîôh" else "Est-ce que "
        return f"{opener}{statement[:1].lower() if not statement[:2].isupper() else statement[:1]}{statement[1:]} ?"
    from faurecli.answers import _PAST, _past

    asked = asked_in_english(statement, _past, _PAST)
    return asked if asked is not None else f"{statement[:1].upper()}{statement[1:]}?"


_BE_HAVE = frozenset({"was", "were", "is", "are", "has", "had", "have"})
# Endings of a verb's plain form that keep an « e » before "-ed" (double, change, force, serve).
_KEEPS_E = ("bl", "pl", "gl", "tl", "dl", "kl", "cl", "fl", "zl", "ng", "rg", "rc", "ns", "rs", "lv", "rv", "dg")


def _plain_forms(verb: str) -> tuple[str, ...]:
    """The plain forms a regular past in "-ed" may have, the likeliest first (stopped: stop;
    doubled: double; abstained: abstain; voted: vote; carried: carry)."""
    cut = verb[:-2]
    if len(cut) >= 3 and cut[-1] == cut[-2] and cut[-1] not in "lsz":
        return (cut[:-1], cut, verb[:-1])
    if cut.endswith(_KEEPS_E) or cut[-1:] in ("e", "u", "v", "c", "s", "z"):
        return (verb[:-1], cut)
    if cut.endswith("i"):
        return (cut[:-1] + "y", verb[:-1], cut)
    return (cut, verb[:-1])


def asked_in_english(statement: str, past: Callable[[str], str], irregular: dict[str, str]) -> str | None:
    """An English statement asked as the yes/no question it states: its auxiliary first ("The PS
    was …" → "Was the PS …?"), or "did" and the verb's plain form ("The PS more than doubled its
    seats" → "Did the PS more than double its seats?"), the plain form the one whose past
    (`past`, `irregular`: plain → past) is the statement's; None where no verb is found."""
    words = statement.split()
    for at in range(1, min(len(words), 8)):
        word = words[at].lower()
        if word in _BE_HAVE:
            subject = " ".join(words[:at])
            if words[0].lower() == "the":
                subject = subject[:1].lower() + subject[1:]
            return f"{word.capitalize()} {subject} {' '.join(words[at + 1 :])}?"
        degree = word in ("more", "less") and at + 2 < len(words) and words[at + 1].lower() == "than"
        verb = words[at + 2].lower() if degree else word
        plain = next((p for p, said in irregular.items() if said == verb), None)
        if plain is None and verb.endswith("ed"):
            plain = next((c for c in _plain_forms(verb) if len(c) >= 2 and past(c) == verb), None)
        if plain is None:
            continue
        subject = " ".join(words[:at])
        if words[0].lower() == "the":
            subject = subject[:1].lower() + subject[1:]
        done = f"{word} than {plain}" if degree else plain
        rest = " ".join(words[at + 3 :] if degree else words[at + 1 :])
        return f"Did {subject} {done} {rest}".rstrip() + "?"
    return None


def claim_of_item(text: str) -> str | None:
    """The claim a true-or-false item states, to be checked (verify); None where it is none."""
    statement = true_or_false(text)
    if statement is None or _ALREADY_ASKED.search(statement):
        return None
    return f"{statement[:1].upper()}{statement[1:]}."


# Multiple choice: options lettered A), B), C) (or « (a) », "A." before a capital or a figure),
# after the question, in order from A.
_OPTION = lazy(r"(?:^|(?<=\s)|(?<=[?:]))\(?(?P<letter>[A-Fa-f])\s*(?:\)|\.(?=\s+[A-ZÀ-Ý0-9])|\s*[:–-](?=\s))\s*")


def options(text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The question of a multiple-choice item and its options (letter, text), lettered in order
    from A, two at least; None where it has none."""
    marks = [m for m in _OPTION.finditer(text) if m.start() > 0]
    if len(marks) < 2:
        return None
    # The run of letters A, B, C … (the first "A" after which every next letter follows).
    for first, mark in enumerate(marks):
        if mark["letter"].upper() != "A":
            continue
        run = [mark]
        for later in marks[first + 1 :]:
            if ord(later["letter"].upper()) == ord(run[-1]["letter"].upper()) + 1:
                run.append(later)
        if len(run) < 2 or len({m["letter"].isupper() for m in run}) != 1:
            continue
        question = text[: run[0].start()].strip().rstrip(":–—-").strip()
        if not question:
            return None
        found = []
        for at, opt in enumerate(run):
            end = run[at + 1].start() if at + 1 < len(run) else len(text)
            said = text[opt.end() : end].strip().rstrip(",;/").strip()
            said = re.sub(r"\s*[?.!]+$", "", said).strip()
            if not said:
                return None
            found.append((opt["letter"].upper(), said))
        return question, tuple(found)
    return None


def _norm(text: str) -> str:
    from faurecli.analysis import fold

    plain = fold(text).lower()
    plain = re.sub(r"(?<=\d)[\u00a0\u202f ](?=\d{3}\b)", "", plain)
    plain = re.sub(r"(?<=\d),(?=\d)", ".", plain)
    plain = re.sub(r"\s*%", "%", plain)
    return re.sub(r"\s+", " ", re.sub(r"[^\w.%]+", " ", plain)).strip()


def _names(option: str, answer: str) -> bool:
    """Whether an answer's words name `option`: the option's words as a whole, at word edges,
    in the answer (or the answer's in the option, where the option only adds to it)."""
    said, offered = _norm(answer), _norm(option)
    if not said or not offered:
        return False
    edge = r"(?<![\w.]){}(?![\w%]|\.\d)"
    if re.search(edge.format(re.escape(offered)), said):
        return True
    figures, offered_figures = re.findall(r"\d+(?:\.\d+)?", said), re.findall(r"\d+(?:\.\d+)?", offered)
    if len(figures) == 1 and offered_figures == figures and re.match(r"\d", offered) and re.match(r"\d", said):
        return True  # "16" names « 16 ans », "63.2%" names "63.2 per cent"
    return len(said) >= 4 and re.search(edge.format(re.escape(said)), offered) is not None


_YES = frozenset({"oui", "yes", "si", "vrai", "true"})
_NO = frozenset({"non", "no", "faux", "false"})


def chosen(choices: tuple[tuple[str, str], ...], answer: str) -> tuple[str, str] | None:
    """The one option (letter, text) the answer names (a yes or a no names « vrai », "true" or
    « faux », "false" too); None where it names none or more than one (a guess between options
    is no answer)."""
    first = _norm(answer).split(" ")[0] if answer.strip() else ""
    kind = _YES if first in _YES else _NO if first in _NO else None
    named = [
        choice for choice in choices if (_norm(choice[1]) in kind if kind is not None else _names(choice[1], answer))
    ]
    return named[0] if len(named) == 1 else None
