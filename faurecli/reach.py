"""Claims that reach past what their evidence says, read after a claim was found SUPPORTED.

Each check takes a supported claim and its check and returns it unchanged, or NOT_ENOUGH_INFO
(REFUTED where the source says otherwise) where the claim says more than its evidence does:

- a title with its qualifier dropped: "secretary" of a body the source makes him the
  "secretary-general" of;
- a verb of leaving a post ("left", "stepped down", « a quitté ») where the evidence tells no
  end of anything, only an election;
- a purpose read as a deed done: "the tax financed transit" where the source has a tax "for
  financing transit";
- a plan (or proposal) given to one owner that the source gives to another ("a plan of the PS" /
  "the LFI's plans");
- a deed done to someone's thing that the source tells done otherwise ("Faure's position … was
  rejected": adopted, the rejection another's proposals');
- a claim's own time set after (or before) a month of the same year that is later (or earlier):
  "in May 2022, after the June elections";
- a cause the source's sentence of the trigger does not name ("triggered by the defeat");
- a party's pact given to a person the sentence names only as the party's candidate.

`verdicts.verify` imports this module only past its cheap cue (`CUE`), on a SUPPORTED check.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from faurecli.analysis import fold
from faurecli.dates import MONTHS
from faurecli.evidence import knowledge, people_in, quote
from faurecli.patterns import lazy
from faurecli.verdicts import Check, Part, Verdict

if TYPE_CHECKING:
    from faurecli.model import Store

# The cheap test (on the claim as written, case-insensitive), every check's cue in one.
CUE = lazy(
    r"(?i)secr[ée]tair|secretar|direct(?:or|eur|rice)|\b(?:left|quit|quitt|resign|d[ée]mission|stepp|gave\s+up|abandonn)"
    r"|\w(?:ed|é)\b|plan|propos|projet|\b(?:after|before|apr[èe]s|avant)\s|trigger|d[ée]clench|provoqu|pact|alliance"
)


def held(store: Store, claim: str, checked: Check) -> Check:
    """`checked` (SUPPORTED), kept unless the claim says more than its evidence in one of the
    ways this module reads."""
    for check in (
        _title_qualifier,
        _left_post,
        _purpose_as_deed,
        _owner_of_plan,
        _verb_on_owned,
        _month_order,
        _trigger_named,
        _pact_of_person,
    ):
        checked = check(store, claim, checked)
        if checked.verdict is not Verdict.SUPPORTED:
            return checked
    return checked


def _as_written(claim: str, folded: str, start: int, end: int) -> str:
    """The claim's own words for a span of its folded text (the folded words where folding
    changed its length)."""
    return claim[start:end] if len(folded) == len(claim) else folded[start:end]


def _unsupported(checked: Check, text: str, found: str | None, why: str) -> Check:
    parts = (*checked.parts, Part(text, found, None))
    return replace(checked, verdict=Verdict.NOT_ENOUGH_INFO, correction=None, parts=parts, note=why)


# --- A title's qualifier dropped: "secretary" for "secretary-general" ---------------------------

# A title word the claim gives bare (not "secretary-general", "general secretary", « secrétaire
# général »): its English word.
_BARE_TITLE = lazy(
    r"(?<!general\s)(?<!generale\s)\b(?P<word>secretary|secretaire|director|directeur|directrice)\b"
    r"(?!\s*-\s*general|\s+generale?\b)"
)
_ENGLISH_TITLE = {"secretaire": "secretary", "directeur": "director", "directrice": "director"}


def _title_qualifier(store: Store, claim: str, checked: Check) -> Check:
    """A title the claim gives bare ("became the secretary of the Young Rocardiens", « directrice
    de l'UNESCO ») where every sentence of its evidence holding that title holds it qualified
    ("secretary-general"): a secretary-general is not a secretary; NOT_ENOUGH_INFO."""
    for m in _BARE_TITLE.finditer(fold(claim)):
        word = _ENGLISH_TITLE.get(m["word"], m["word"])
        told = [fold(e.text) for e in checked.evidence]
        bare = re.compile(rf"(?<!general\s)\b{word}\b(?!\s*-\s*general|\s+general\b)")
        qualified = re.compile(rf"\b{word}\s*-\s*general\b|\bgeneral\s+{word}\b")
        if any(bare.search(t) for t in told) or not any(qualified.search(t) for t in told):
            continue
        why = f"the source gives the title {word}-general, not {word}"
        return _unsupported(checked, m["word"], f"{word}-general", why)
    return checked


# --- Leaving a post where the evidence tells no end ----------------------------------------------

# He left, quit, stepped down, resigned, gave up (« Faure a quitté », « il a démissionné »).
_HE_LEFT = lazy(
    r"\b(?:faure|he|il)\s+(?:(?:has|had|then|later|finally|eventually|soon)\s+)*"
    r"(?P<verb>left|quit|quits|resigned|resigns|stepped\s+down|steps\s+down|gave\s+up)\b"
    r"|\b(?:faure|il)\s+(?:a|avait|aurait)\s+(?:(?:alors|ensuite|finalement|deja)\s+)?"
    r"(?P<verb_fr>quitte|demissionne|abandonne)\b"
)
# An end the evidence tells: a leaving, a term's end or a successor, a span's last year.
_ENDED = lazy(
    r"\b(?:left|leave|leaving|quit|quitting|resign\w*|stepped\s+down|until|term\s+end\d*|successor\d*|succeeded\s+by"
    r"|replaced\s+him|withdr[ae]w\w*|broke\s+off|departure|abandon\w*)\b|\bto\s+\d{4}\b|\d{4}\s*[–-]\s*\d{4}"
)


def _left_post(store: Store, claim: str, checked: Check) -> Check:
    """He left (quit, stepped down, « a quitté ») something, supported only by evidence telling
    an end ("until", a term's end, a successor, "resigned"): "Faure a quitté la direction du PS
    en 2021" is not "was re-elected as first secretary" in September 2021."""
    m = _HE_LEFT.search(fold(claim))
    if m is None or any(_ENDED.search(fold(e.text)) for e in checked.evidence):
        return checked
    verb = _as_written(claim, fold(claim), *m.span("verb" if m["verb"] else "verb_fr"))
    return _unsupported(checked, verb, "the evidence tells no end of it", f"the evidence does not say he {verb}")


# --- A purpose read as a deed done: "financed" for "for financing" -------------------------------

# A past form in the claim: "financed", « a financé ».
_PAST_FORM = lazy(r"\b(?P<stem>[a-z]{4,}?)(?:ed|ied)\b|\b(?:a|ont|avait|avaient)\s+(?P<fr>[a-zà-ÿ]{4,}?)é\b")

_AIMED = r"(?:in\s+order|so\s+as|meant|intended|aimed)"


def _purpose_as_deed(store: Store, claim: str, checked: Check) -> Check:
    """A deed the claim says was done ("the amendment financed public transit", « a financé »)
    that its evidence tells only as a purpose ("a tax … for financing public transit", "to
    finance"), never done: NOT_ENOUGH_INFO (the source says what it was for, not that it did)."""
    told = " ".join(fold(e.text) for e in checked.evidence)
    # (On the claim as written, in lower case: « a financé », not « face à Hélène », whose "à"
    # and name would fold to "a helene".)
    for m in _PAST_FORM.finditer(claim):
        stem = fold(m["stem"] or m["fr"])
        if stem.endswith("e"):
            stem = stem[:-1]
        purpose = re.search(
            rf"\b(?:for|pour|(?:in\s+order|so\s+as|meant|intended|aimed)\s+to)\s+{stem}(?:ing|e|er)?\b", told
        )
        if purpose is None or re.search(rf"\b{stem}(?:ed|es|e)?\b(?<!\bto\s{stem})", told.replace(purpose[0], "")):
            continue
        why = f"the source tells {purpose[0]!r} as a purpose, not as done"
        return _unsupported(checked, m[0], purpose[0], why)
    return checked


# --- Whose plan ----------------------------------------------------------------------------------

# The owner the claim gives a plan or proposal: "a plan of the PS", "the PS's plans". (Not "X
# proposed …": X's own deed, told by its verb, not a thing owned; not « projet de loi », a bill.)
_CLAIMED_PLAN = lazy(
    r"\b(?P<noun>plans?|proposals?)\s+(?:of|du|de\s+la|de\s+l'|des|de)\s+(?:the\s+)?(?P<of>[\w-]+)"
    r"|\b(?:the\s+)?(?P<who>[\w-]+)(?:'s|’s)\s+(?P<noun2>plans?|proposals?)\b"
)
# What the source gives an owner: "the LFI's plans", "Carole Delga's proposals".
_TOLD_PLAN = lazy(r"\b(?:the\s+)?(?P<owner>[\w-]+)(?:'s|’s)\s+(?P<noun>plans?|proposals?)\b")
_COMMON = frozenset("their there which with were from that this they have been about after before several".split())


def _owner_of_plan(store: Store, claim: str, checked: Check) -> Check:
    """A plan the claim gives one owner ("The dismantling of EPRs was a plan of the PS") that its
    evidence gives another ("the LFI's plans to … dismantle EPRs"): REFUTED, the source's owner
    the correction."""
    m = _CLAIMED_PLAN.search(fold(claim))
    if m is None:
        return checked
    owner = m["of"] or m["who"]
    if owner in ("his", "her", "their", "its", "sa", "son", "ses", "leur"):
        return checked
    # (The plan's own words, beside its owner: "dismantling", "eprs"; the sentence that gives the
    # plan an owner may follow the one found, as "They denounced …" follows "… executives".)
    words = {w[:6] for w in re.findall(r"[a-z]{4,}", fold(claim)) if w[:4] not in ("plan", "prop", "proj", owner[:4])}
    sentences = [quote(store, s.id) for s in store.sentences if _TOLD_PLAN.search(fold(s.text))]
    refuting = None
    for e in [*checked.evidence, *sentences]:
        if not words & {w[:6] for w in re.findall(r"[a-z]{4,}", fold(e.text))} - _COMMON:
            continue
        if re.search(rf"\b{re.escape(owner)}\b[^.;]{{0,40}}\b(?:propos|plann)", fold(e.text)):
            return checked  # ("Faure proposed discussing cooperation": his proposal, told by its verb)
        for t in _TOLD_PLAN.finditer(fold(e.text)):
            if t["owner"] == owner:
                return checked  # (the source gives it that owner somewhere: not read further)
            refuting = refuting or (e, t)
    if refuting is not None:
        e, t = refuting
        theirs = e.text[t.start("owner") : t.end("noun")]
        written = _as_written(claim, fold(claim), *m.span())
        named = _as_written(claim, fold(claim), *m.span("of" if m["of"] else "who"))
        part = Part(written.strip(), theirs, False)
        return replace(
            checked,
            verdict=Verdict.REFUTED,
            evidence=(e,),
            correction=f"{theirs}, not {named}'s",
            parts=(*(p for p in checked.parts if p.agrees), part),
            note=None,
        )
    return checked


# --- What was done to someone's thing: "Faure's position was adopted", not rejected ----------------

_PASSIVE_ON_OWNED = lazy(
    r"\b(?P<owner>[a-z][\w-]*)(?:'s|’s)\s+(?P<thing>[a-z]{4,})\b[^.;]*?\b(?:was|were|got)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,}ed)\s+by\b"
)


def _verb_on_owned(store: Store, claim: str, checked: Check) -> Check:
    """A deed the claim has done to one's thing ("Faure's position on cooperation was rejected by
    the National Office") where its evidence has another deed done to that thing ("Faure's
    position was ultimately adopted by the party's National Office") and the claim's deed done
    to something else in the same sentence ("which also rejected Carole Delga's proposals"):
    REFUTED, the source's deed the correction."""
    m = _PASSIVE_ON_OWNED.search(fold(claim))
    if m is None:
        return checked
    owner, thing, verb = m["owner"], m["thing"], m["verb"]
    told_of = re.compile(
        rf"\b{re.escape(owner)}(?:'s|’s)\s+{re.escape(thing[:5])}[a-z]*\s+(?:was|were)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{{3,}}ed)\s+by\b"
    )
    # (The evidence found, then any sentence that tells what was done to that thing: the one
    # found may be the sentence before it.)
    told_anywhere = [quote(store, s.id) for s in store.sentences if told_of.search(fold(s.text))]
    for e in [*checked.evidence, *told_anywhere]:
        text = fold(e.text)
        told = told_of.search(text)
        if told is None or told["verb"] == verb or not re.search(rf"\b{verb}\b", text.replace(told[0], "")):
            continue
        said = e.text[told.start() : told.end()] if len(text) == len(e.text) else told[0]
        correction = f"{said.removesuffix(' by')}, not {verb}"
        part = Part(_as_written(claim, fold(claim), *m.span("verb")), told["verb"], False)
        return replace(
            checked,
            verdict=Verdict.REFUTED,
            evidence=(e,),
            correction=correction,
            parts=(*(p for p in checked.parts if p.agrees), part),
            note=None,
        )
    return checked


# --- A claim's own months out of order -------------------------------------------------------------

_MONTH_YEAR = lazy(r"\b(?P<month>[a-z]+)\s+(?P<year>\d{4})\b")
# "after the June legislative elections", « avant les élections de juin »: the word of order and
# the few words after it, where a month named without its year may be.
_ORDER_WORD = lazy(r"\b(?P<word>after|before|apres|avant)\s+(?P<next>(?:[a-z'-]+\s+){0,4})")
_LONG_MONTHS = frozenset(m for m in MONTHS if len(m) > 3 and m not in ("sept", "fevr", "janv"))


def _month_order(store: Store, claim: str, checked: Check) -> Check:
    """A claim that sets its own month after a later month of the same year, or before an
    earlier one ("At the beginning of May 2022, after the June legislative elections"): the
    claim contradicts its own dates; NOT_ENOUGH_INFO (what the source tells of the two is not
    that order)."""
    text = fold(claim)
    dated = [(MONTHS[m["month"]], m["year"]) for m in _MONTH_YEAR.finditer(text) if m["month"] in MONTHS]
    if len({year for _, year in dated}) != 1:
        return checked
    own, year = dated[0]
    for m in _ORDER_WORD.finditer(text + " "):
        words = m["next"].split()
        named = next((w for w in words if w in _LONG_MONTHS), None)
        if named is None or re.match(r"\s*\d{4}", text[m.end() :]) and words[-1] == named:
            continue
        other = MONTHS[named]
        after = m["word"] in ("after", "apres")
        if (after and other > own) or (not after and other < own):
            said = f"{m['word']} {' '.join(words[: words.index(named) + 1])}"
            then = "later" if after else "earlier"
            why = f"the claim sets its own {year} date {m['word']} a month of {year} that comes {then}"
            return _unsupported(checked, said, None, why)
    return checked


# --- What triggered it -----------------------------------------------------------------------------

# "X was triggered by Y", « X a été déclenché(e) par Y »: the cause Y.
_TRIGGERED_BY = lazy(
    r"\b(?:triggered|sparked|prompted|provoked|caused|d[ée]clench[ée]e?s?|provoqu[ée]e?s?)\s+(?:by|par)\s+(?P<cause>[^,;.]+)"
)
# A sentence the source tells a trigger in: "This triggered the departure of …".
_TRIGGER_TOLD = lazy(r"\b(?:trigger|spark|prompt|provok|caus)\w*")
_LIGHT_WORDS = frozenset("the of a an his her their its le la les de du des d' l' un une sa son ses".split())


def _trigger_named(store: Store, claim: str, checked: Check) -> Check:
    """A cause the claim names ("The departure … was triggered by the defeat of Faure") that the
    source's sentence of the trigger, read with the sentence before it ("This triggered …", after
    "Faure's position was ultimately adopted …"), does not name: NOT_ENOUGH_INFO (the words were
    found in another sentence, of another event)."""
    m = _TRIGGERED_BY.search(fold(claim))
    if m is None:
        return checked
    cause = {w[:5] for w in re.findall(r"[a-z]{4,}", m["cause"]) if w not in _LIGHT_WORDS and w not in _COMMON}
    sentences = list(store.sentences)
    for at, sentence in enumerate(sentences):
        if not _TRIGGER_TOLD.search(fold(sentence.text)):
            continue
        # (The sentence and the one before it: "This" stands for what that tells.)
        told = fold(" ".join(s.text for s in sentences[max(0, at - 1) : at + 1]))
        if cause <= {w[:5] for w in re.findall(r"[a-z]{4,}", told)}:
            return checked
    said = _as_written(claim, fold(claim), *m.span("cause"))
    return _unsupported(checked, said, None, f"the source does not tell {said} as what triggered it")


# --- A person's pact -------------------------------------------------------------------------------

_PACT = lazy(r"\b(?:pact|pacte|alliance|agreement|accord)\b")
_OPENING_TIME = lazy(r"(?:(?:in|en)\s+\d{4},?\s*)?")


def _pact_of_person(store: Store, claim: str, checked: Check) -> Check:
    """A pact the claim gives a person ("Jean-Marc Brûlé had an electoral pact with the PS") where
    its evidence tells a party's pact and names the person only further on ("an electoral pact
    with … (EELV), who withdrew their candidate, Jean-Marc Brûlé"): NOT_ENOUGH_INFO; the person
    must be named at the pact, as one of its sides."""
    folded = fold(claim)
    pact = _PACT.search(folded)
    if pact is None:
        return checked
    known = knowledge(store)
    # (The person the claim's subject, after a time at most: not "EELV withdrew its candidate
    # Jean-Marc Brûlé under an electoral pact", whose subject is the party.)
    named = [n for at, n in people_in(known, folded) if at < pact.start() and _OPENING_TIME.fullmatch(folded[:at])]
    if not named:
        return checked
    surname = fold(named[0]).split()[-1]
    for e in checked.evidence:
        text = fold(e.text)
        for told in _PACT.finditer(text):
            near = text[max(0, told.start() - 60) : told.end() + 40]
            if re.search(rf"\b{re.escape(surname)}\b", near) and not re.search(
                rf"\b(?:candidate|candidat)\W+(?:\w+\W+){{0,2}}{re.escape(surname)}\b", near
            ):
                return checked
    why = f"the source tells a party's pact, not one of {named[0]}'s"
    return _unsupported(checked, pact[0], None, why)
