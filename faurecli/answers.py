"""`faure ask`: a short, typed answer to a question, read from the store's records and the
sentences they cite, with its evidence; or, when the source does not say, no answer at all.

The pipeline: read the question (analysis), rank the evidence units (evidence), then take the
value the question asks for from the best unit that holds one. Nothing is guessed: a question
naming something the source never mentions, or a period it does not cover, is declined."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from faurecli.analysis import (
    BECOME,
    RESULT_COMPARED_CUE,
    TIME_RELATION_CUE,
    Analysis,
    Intent,
    Value,
    ValueKind,
    actions,
    analyse,
    concepts,
    content_words,
    find_word,
    fold,
    in_french,
    question_plain,
    quiz_cued,
    registers_plain,
    rounds,
    shorthand_plain,
    social_plain,
    split_words,
    stem,
)
from faurecli.evidence import (
    POST_PLACE,
    BadQuestion,
    Built,
    Evidence,
    Knowledge,
    Match,
    Unit,
    check_text,
    concept_weight,
    date_fit,
    held_words,
    knowledge,
    margin,
    past_the_source,
    people_in,
    people_near,
    per_store,
    period,
    post_heads,
    quote,
    rank,
)
from faurecli.lexicon import CONTRARIES, ELECTION_KINDS, EVENT_HAPPENED, HIS_PARTY_WORDS, KIN, SPOUSE_KIND, STOPWORDS
from faurecli.model import INFOBOX_PREFIX, Claim, Event, Field, Office, PartialDate, Record, Store, record
from faurecli.patterns import Pattern, lazy
from faurecli.races import Named, said_to_lead

if TYPE_CHECKING:
    from faurecli.verdicts import Check

# Below this share of the question's (weighted) words, a unit is not about the question.
RELEVANT = 0.45
# A date question needs a record holding this share of its words, its verb counted.
DATE_RELEVANT = 0.6


@record
class Answer(Record):
    """What `faure ask` prints: the answer (None when the source does not say), its type and
    typed value, the evidence quoted with ids, conflicts touched, a note, and when declined the
    closest facts the store holds (never the answer)."""

    question: str
    answer: str | None
    type: Intent
    value: str | float | bool | None
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...]
    conflicts: tuple[str, ...]
    note: str | None
    closest: tuple[Evidence, ...] = ()
    title: str = ""  # the source's title


# Idioms read as the plain words the store uses (the question shown is still the one asked):
# (a word each holds, tried first since compiling every pattern cost each question ~4 ms,
# the idiom, its plain words).
_RELATION_NOUNS = r"(?:wife|husband|spouse|partner|opponent|rival|successor|predecessor|substitute|father|mother)"
_HIS_WORDS = r"his|faure(?:'|’)s|olivier\s+faure(?:'|’)s"
_IDIOMS: tuple[tuple[tuple[str, ...], Pattern, str], ...] = tuple(
    (words, lazy(pattern, re.IGNORECASE), plain)
    for words, pattern, plain in (
        # "officially", "officiellement": how, not what (and no "officials" counted); first, so
        # that the idioms after read the words around it together (« pris officiellement ses
        # fonctions »).
        (("offici",), r"\s*\b(?:officially|officiellement)\b", ""),
        # "When was he actually born?", « a-t-il vraiment … »: the asker's emphasis, not what is
        # asked (no record holds "actually").
        (
            ("actual", "really", "truly", "indeed", "vraiment", "reellement", "réellement"),
            r"\s*\b(?:actually|really|truly|indeed|vraiment|r[ée]ellement)\b(?=\s+[^\W\d_])",
            "",
        ),
        (
            ("pris", "prend", "took", "take"),
            r"\b(?:pris|prend|prendre|took|take[ns]?)\s+(?:la\s+t[êe]te|the\s+(?:head|helm|lead))\b",
            "became head",
        ),
        (("combien",), r"\bcombien\s+de\s+temps\b", "how long"),
        # "had a good chance of winning", « avait de bonnes chances de gagner »: well-positioned
        # to win (the source's words for a likely win).
        (
            ("chance",),
            r"\b(?:avait|avaient|a|ont|had|have|has)(?:-t)?(?:-(?:il|elle|ils|elles))?\s+(?:eu\s+)?(?:de\s+|d['’]\s*|a\s+)?"
            r"(?:(?:tr[eè]s|very|really)\s+)?"
            r"(?:bonnes|good|great|grandes|fortes|strong|real)\s+chances?\s+"
            r"(?:of\s+winning|to\s+win|de\s+(?:gagner|remporter|l['’]\s*emporter))\b",
            "was well-positioned to win",
        ),
        (
            ("plac",),
            r"\b(?:(?:tr[eè]s\s+)?bien|well)\s+plac[ée]e?s?\s+(?:pour\s+(?:gagner|remporter|l['’]\s*emporter)|to\s+win)\b",
            "well-positioned to win",
        ),
        # "Who came first / topped / led / was in first place in the poll?", « Qui était premier
        # dans le sondage ? »: the one a poll put ahead (the source: "placed him in second place,
        # far behind … Le Foll"), as "Who was ahead in the poll?" is read; a poll only (a round
        # one "came first" in is told so).
        (
            ("first", "top", "led", "lead", "premier", "premiere"),
            r"\b(?:(?:came|comes|come|was|were|is|placed|finished|ranked)\s+(?:in\s+)?first(?:\s+place)?"
            r"|(?:(?:est|etait|était)\s+)?(?:arriv[ée]e?\s+|class[ée]e?\s+)?premi[eè]re?)"
            r"(?=\s+(?:in|of|dans|du|de)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?(?:[\w-]+\s+){0,3}?(?:poll|sondage)s?\b)",
            "was ahead",
        ),
        (
            ("top",),
            r"\btopped(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?polls?\b)",
            "was ahead in",
        ),
        # « a pris fin », « a cessé d'être », "came to an end": it ended.
        (("fin", "came", "come"), r"\b(?:pris|prend\w*|prendre)\s+fin\b|\bc[oa]mes?\s+to\s+an\s+end\b", "ended"),
        (("cess",), r"\bcess[eé]\w*\s+d['’]\s*[eê]tre\b", "quitté"),
        # "avec combien de pourcents", "how many percent": a share of the vote.
        (("combien",), r"\bcombien\s+(?:de\s+)?(?:pour[\s-]?cents?|%)", "quel pourcentage"),
        (("percent",), r"\bhow\s+many\s+(?:per[\s-]?cent\b(?!age)|%)", "what percentage"),
        # "Il a fait combien face à …", "elle a fait combien": the score, a share of the vote
        # (not "fait combien de mandats", a count).
        (
            ("combien",),
            r"\b(?:a|avait|ont)\s+fait\s+combien\b(?!\s+(?:de|d['’]))|\bcombien\s+(?:a-t-(?:il|elle)|il\s+a|elle\s+a)\s+fait\b",
            "a obtenu quel pourcentage",
        ),
        # "What was Le Foll's score in 2018?": the share of the vote the one named got (not the
        # name of whoever the sentence says it of), as « Quel était le score de Le Foll ? » is read.
        (
            ("score", "result", "percentage", "resultat", "pourcentage"),
            r"^\s*what\s+(?:was|is|were)\s+((?:[A-ZÀ-Ý][\w'’-]*\s+){0,2}[A-ZÀ-Ý][\w'’-]*|his|her)(?:'s|’s)?\s+"
            r"(?:vote\s+|final\s+|winning\s+)?(?:score|result|percentage)\b",
            r"what score did \1 get",
        ),
        # "Comment s'appelle la bande dessinée de Faure ?": its name.
        (
            ("appel",),
            # (« sa BD », « son livre », « ses motions » too: his thing by its name.)
            r"^\s*comment\s+s['’]\s*appel+(?:e|ent|ait|aient)\s+(?=(?:la|le|les|l['’]|sa|son|ses)\s*"
            r"(?!\s*(?:[ée]pouse|femme|mari|p[èe]re|m[èe]re|parents?|fils|fille|fr[èe]re|s(?:oe|œ)ur|enfant)"
            # (Not a person: "comment s'appelait le candidat …" asks who.)
            r"|\s*(?:candidat|d[ée]put[ée]|adversaire|rival|ministre|maire|militant|homme|personne"
            r"|successeur|pr[ée]d[ée]cesseur|suppl[ée]ant|concurrent|compagne|compagnon|conjoint)))",
            "quel est le nom de ",
        ),
        # "What was the motion he led called?", "what is his book called": what it was, by its
        # name (not a verb "called" the sentence must say).
        (
            ("called",),
            r"^\s*(what|which)\s+(was|is|were|are)\s+((?:the|his|her|their|faure['’]s)\s+[^?]+?)\s+called\s*(?=[?.!]*\s*$)",
            r"\1 \2 \3",
        ),
        # "c'est quoi le métier de Faure": what it is.
        (("quoi",), r"^\s*c['’]est\s+quoi\s+", "quel est "),
        (("quoi",), r"^\s*c['’]\s*[ée]tait\s+quoi\s*,?\s+", "quel était "),
        # « c'est qui sa femme », « c est qui … »: who is.
        (("qui",), r"^\s*c(?:['’]\s*|\s+)est\s+qui\b", "qui est"),
        (("est ce",), r"^\s*est\s+ce\s+qu", "est-ce qu"),
        # « effectué sa scolarité, ses études »: « effectuer » is French's formal « faire », read as it.
        (("effectu",), r"\beffectu[ée](?:e|s|es)?\b", "fait"),
        # "pris sa carte au PS", "took out a party card": he joined it.
        (
            ("carte", "card"),
            r"\b(?:pris|prend\w*|took|take[ns]?)\s+(?:out\s+)?(?:sa|la|his|a|the)\s+(?:party\s+)?(?:carte|card)\b",
            "joined",
        ),
        (("sign",), r"\bsign(?:ed|s)?\s+up\b", "joined"),
        # "run a company": head it (not "run for", "run in 2007").
        (
            ("run",),
            r"\b(?:run|runs|running)\s+(a|an|the|his)\s+(company|business|firm|party|campaign)\b",
            r"head \1 \2",
        ),
        # "Was he one of the frondeurs?", "était-il l'un des frondeurs ?": was he a frondeur.
        (("one",), r"\bone\s+of\s+the\s+(?!two\b)([a-z]{4,}?)s\b", r"a \1"),
        (("un",), r"(?<![\w-])(?:l['’])?un\s+des\s+(?!deux\b)([a-z]{4,}?)s\b", r"un \1"),
        # "his budget amendment": one to the law on finances, as the budget is voted.
        (("budget",), r"\bbudget\s+amendment\b|\bamendment\s+to\s+the\s+budget\b", "amendment to the law on finances"),
        # "he had been there for Faure through his divorces", "stood by him through": with him.
        (
            ("there", "stood", "stand"),
            r"\b(?:(?:been|be|was|is)\s+there\s+for|(?:stood|stands?|standing)\s+by)\s+((?-i:[A-Z][\w-]+)|him|her)"
            r"(?:\s+(?:through|in|during))?\b",
            r"accompanied \1 in",
        ),
        # "he'd been with Faure through his divorces", "stayed by his side through": with him in them.
        (
            ("through",),
            r"\b(?:been|be|was|were|is|stayed|stuck)\s+(?:with|beside|by)\s+((?-i:[A-Z][\w-]+)|him|her)"
            r"(?:['’]s\s+side)?\s+through\b",
            r"accompanied \1 in",
        ),
        # "live under the same roof", "vivre sous le même toit": share a home.
        (
            ("roof", "toit"),
            r"\b(?:live[ds]?|living)\s+under\s+the\s+same\s+roof\b"
            r"|\b(?:vivre|v[ée]cu|habit[ée]r?)\s+sous\s+le\s+m[êe]me\s+toit\b",
            "share an apartment",
        ),
        # "Did he live with X?", « il a habité avec X », « vécu avec X »: lived with another, a
        # home shared (not where he lived: "live in Réunion" is a place).
        (
            ("live", "living", "habit", "vecu", "vécu"),
            r"\b(?:live[ds]?|living)\s+(?=with\s+(?!(?:his|her|their|the|a|an|him|them)\b)[^\W\d_])"
            r"|\b(?:(?:a|avait)\s+)?(?:habit[ée]|v[ée]cu)\s+"
            r"(?=avec\s+(?!(?:sa|son|ses|leur|leurs|le|la|les|un|une|lui|eux)\b)[^\W\d_])",
            "share an apartment ",
        ),
        # « il a fait voter une résolution », « fait adopter »: had it passed, as the source says
        # ("successfully passed a resolution").
        (("voter", "adopter"), r"\bfait\s+(?:voter|adopter)\b", "fait passer"),
        # "Bayrou's government", « le gouvernement Bayrou »: the Prime Minister's, named by him.
        (("government",), r"\b((?-i:[A-Z][\w'’-]+))['’]s\s+government\b", r"\1"),
        (("gouvernement",), r"\b(?:le\s+)?gouvernement\s+(?:de\s+)?((?-i:[A-Z][\w'’-]+))", r"\1"),
        # « mis en place », « mettre en place »: instituted, one verb.
        (("place",), r"\b(?:mis|mise|mises|mettre|met|mettait)\s+en\s+place\b", "instauré"),
        # "l'amendement de 2014, il a instauré quoi": what the thing set out first did, asked last
        # (« ça a changé quoi »: spoken French's « ça » for it).
        (
            ("quoi",),
            r"^\s*((?:l['’]\s*|le\s+|la\s+|les\s+|son\s+|sa\s+|ses\s+)[^?]{3,80}?)[,\s]+(?:il|elle|[çc]a|cela)\s+a\s+"
            r"([\w-]{4,})\s+quoi\b",
            r"qu'a \2 \1",
        ),
        # « en 2022 il a fait passer une résolution sur quoi »: which one, the thing said by what
        # it was on, asked last (« une » → « quelle », « un » → « quel »).
        (
            ("quoi",),
            r"^\s*([^?]*?)\s*\b(?:il|(?:olivier\s+)?faure)\s+a\s+((?:fait\s+)?[\w-]+)\s+une\s+([\w-]+)\s+sur\s+quoi\b",
            r"quelle \3 a-t-il \2 \1",
        ),
        (
            ("quoi",),
            r"^\s*([^?]*?)\s*\b(?:il|(?:olivier\s+)?faure)\s+a\s+((?:fait\s+)?[\w-]+)\s+un\s+([\w-]+)\s+sur\s+quoi\b",
            r"quel \3 a-t-il \2 \1",
        ),
        # "Il a fait quoi en 2011 ?", "il a co-écrit quoi": the question word said last.
        (("quoi",), r"^\s*(?:(?:olivier\s+)?faure|il)\s+a\s+([\w-]+)\s+quoi\b", r"qu'a-t-il \1"),
        (("quoi",), r"^\s*(?:(?:olivier\s+)?faure|il)\s+(faisait)\s+quoi\b", r"que \1-il"),
        # (After a setting said first: « pendant la primaire de 2011 il faisait quoi dans … », the
        # setting after the question.)
        (
            ("quoi",),
            r"^\s*((?:pendant|lors|en|dans|durant|apr[eè]s|avant|au|[àa])\b[^?]{3,80}?)\s*,?\s+"
            r"(?:(?:olivier\s+)?faure|il)\s+(faisait)\s+quoi\b([^?]*)",
            r"que \2-il\3 \1",
        ),
        # "Sa BD s'appelle comment ?": its name.
        (("comment",), r"^\s*(.+?)\s+s['’]\s*appel+(?:e|ait)\s+comment\b", r"quel est le nom de \1"),
        # "il s'occupait de quoi": his role, what he was in charge of.
        (("occup",), r"\bs['’]\s*occup(?:e|ait|ais)\s+de\s+quoi\b", "avait quel rôle"),
        # "couper les ponts", "cut ties": break off relations.
        (("pont", "ties"), r"\bcoup[ée]\w*\s+les\s+ponts\b|\bcut\s+(?:off\s+)?ties\b", "broke off relations"),
        # "did he quit his job as special adviser", "step down as": he resigned (from) it.
        (
            ("quit", "step"),
            r"\b(?:quit|step\s+down)\s+(?:(?:his|the|her)\s+(?:job|post|position|role|seat)\s+)?(?=as\b)"
            r"|\b(?:quit|step\s+down\s+from)\s+(?=(?:his|the|her)\s+(?:job|post|position|role)\b)",
            "resign ",
        ),
        (
            ("stepped",),
            r"\bstepped\s+down\s+(?:(?:his|the|her)\s+(?:job|post|position|role|seat)\s+)?(?=as\b)",
            "resigned ",
        ),
        (("enfance",), r"\bpetite\s+enfance\b", "early childhood"),
        # "What was his postgrad degree at Paris 1 in?": in what field (not which degree).
        (
            ("degree", "diploma", "master", "doctorate", "phd", "studies", "mas", "dea", "dess", "bachelor"),
            r"^\s*what\s+(was|is|were|are)\s+((?:his|faure['’]s|olivier\s+faure['’]s|the)\s+[^?]*?"
            r"\b(?:degrees?|diplomas?|master(?:['’]?s)?|doctorate|phd|studies|mas|dea|dess|bachelor(?:['’]?s)?)\b[^?]*?)"
            r"\s+in\s*(?=[?.!]*\s*$)",
            r"in what field \1 \2",
        ),
        # "when he was young", "as a teenager", « quand il était jeune »: in his youth, which the
        # source tells by his age ("at the age of 16").
        (
            ("young", "teen", "jeune", "adolescent"),
            r"\b(?:when\s+he\s+was\s+(?:young|a\s+(?:teenager|teen|young\s+man))|as\s+a\s+(?:teenager|teen|young\s+man)"
            r"|in\s+his\s+(?:teens|teenage\s+years|young(?:er)?\s+(?:days|years|age)))\b",
            "in his youth",
        ),
        (
            ("jeune", "adolescent"),
            r"\b(?:quand|lorsqu['’]?)\s*il\s+[ée]tait\s+(?:jeune|adolescent)\b|\b(?:tout\s+)?jeune\s+homme\b"
            r"|\bdans\s+sa\s+jeunesse\b|\b(?:à|a)\s+l['’]adolescence\b|\ben\s+tant\s+qu['’]adolescent\b",
            "dans sa jeunesse",
        ),
        # "What made Faure break with …?", "what led him to …": why he did it.
        (
            ("made", "led", "caused", "prompted", "pushed"),
            r"^\s*what\s+(?:made|led|caused|prompted|pushed)\s+(?:(?:olivier\s+)?faure|him)\s+(?:to\s+)?(?=[a-z])",
            "why did Faure ",
        ),
        # "his old friend", "his longtime ally": the friend, however long ago (the source's
        # "formerly close to").
        (
            ("old", "longtime", "long-time"),
            r"\b(his|her)\s+(?:old|longtime|long-time)\s+(friend|ally|comrade)\b",
            r"\1 \2",
        ),
        # "call for", "called for": demand (not "call", naming something).
        (("call",), r"\bcall(s|ing)?\s+for\b", r"demand\1"),
        (("call",), r"\bcalled\s+for\b", "demanded"),
        # "the Paris region", « la région parisienne »: the Île-de-France, as the source names it.
        (("paris",), r"\b(?:the\s+)?(?:greater\s+paris|paris[\s-]+(?:region|area))\b", "the Île-de-France"),
        (("parisienne",), r"\b(?:la\s+)?r[ée]gion\s+parisienne\b", "l'Île-de-France"),
        # « qui a pris sa suite », « a pris le relais de Faure »: who replaced him (not « qui
        # a succédé », which reads as whom he succeeded).
        (
            ("suite", "relais"),
            r"\b(a|ont|avait)\s+pris\s+(?:sa\s+suite|son\s+relais)\b",
            r"l'\1 remplacé",
        ),
        (
            ("suite", "relais"),
            r"\b(a|ont|avait)\s+pris\s+(?:la\s+suite|le\s+relais)\s+(?:de\s+|d['’]\s*)",
            r"\1 remplacé ",
        ),
        # « a pris ses fonctions », « est entré en fonctions », "assumed office", "took up his
        # duties": the term's start (not the election that came before it).
        (
            ("fonction",),
            r"\b(?:pris|prend\w*|prit)\s+(?:ses|sa|leurs)\s+fonctions?\b|\bentr[ée]e?s?\s+en\s+fonctions?\b",
            "commencé son mandat",
        ),
        (("fonction",), r"\bprise\s+de\s+fonctions?\b", "début de mandat"),
        (
            ("office", "duties", "functions"),
            r"\b(?:took|taken|taking|assumed?|assuming)\s+(?:up\s+)?(?:office|(?:his|her|their)\s+"
            r"(?:duties|functions|office))\b|\btake\s+(?:up\s+)?(?:his|her|their)\s+(?:duties|functions|office)\b",
            "take office",
        ),
        # "Who were named PS spokespeople?", « qui a été nommé … »: who took the post, which a
        # sentence may say they became ("… Boris Vallaud and Gabrielle Siry becoming the new
        # spokespeople"). (Not "who named him": who did the naming.)
        (
            ("named", "appointed", "nomm"),
            r"^(\s*(?:who|qui))\s+(?:was|were|has\s+been|have\s+been|had\s+been|a\s+été|a\s+ete|ont\s+été"
            r"|ont\s+ete|sont|est|fut|furent)\s+(?:named|appointed|nomm[ée]e?s?)\b",
            r"\1 became",
        ),
        # « sur quoi portait son amendement », « portait sur »: what it concerned.
        (("port",), r"\bport(?:ait|e|aient|ent|ant)(?=\s+sur\b|\s+(?:son|sa|ses|le|la|les|l['’])\b)", "concernait"),
        # "for a while", « pendant un temps »: how long, a hedge, not what is asked (the source's
        # "for a time" is no word the question must share).
        (
            ("while", "time", "temps", "moment"),
            r",?\s*\b(?:for\s+(?:a\s+(?:while|time|bit)|some\s+time)|(?:pendant|durant)\s+(?:un\s+(?:certain\s+)?"
            r"(?:temps|moment)|quelque\s+temps))\b",
            "",
        ),
        # "took over as", "took up the post of", « a pris le secrétariat (la présidence) de »: he
        # became it.
        (
            ("took", "take", "pris", "prend", "assum"),
            r"\b(?:took|take[ns]?|taking|assumed?)\s+(?:over|up)\s+(?:as|the\s+(?:post|role|job|position)\s+of)\b"
            r"|\bassumed?\s+the\s+(?:post|role|position)\s+of\b",
            "became",
        ),
        (
            ("pris", "prend"),
            r"\b(?:pris|prend|prendre|prit)\s+(?=(?:le|la|l['’])\s*(?:secr[ée]tariat|pr[ée]sidence|direction|poste)\b)",
            "devenu ",
        ),
        # "ses premières années", "his early years": his early childhood.
        (
            ("premi", "early", "first"),
            # ("ses toutes premières années", "his very first years": the same, said more.)
            r"\b(?:ses|his)\s+(?:(?:toutes|tout|very)\s+)?(?:premi[èe]res|early|first)\s+(?:ann[ée]es|years)\b"
            # (Not of a post or a place: "his first years as a deputy", « à la tête du PS ».)
            r"(?!\s+(?:as|comme|en\s+tant|in|at|of|au|aux|[àa]|dans|de|d['’]|du|des|sur)\b)",
            "his early childhood",
        ),
        # "a vu le jour à …": was born.
        (("jour",), r"\b(?:a|avait)\s+vu\s+le\s+jour\b", "est né"),
        # "become a PS member", "devenu membre du PS": joined the party (a member of the National
        # Assembly is a deputy, elected).
        (
            ("member", "membre"),
            r"\b(?:bec[ao]me?|becoming)\s+an?\s+(?:(PS|Socialist(?:\s+Party)?|party)\s+member"
            r"|member\s+of\s+(the\s+(?:PS|Socialist\s+Party|party)))\b"
            r"|\b(?:est\s+)?devenu\s+(?:un\s+)?membre\s+(du\s+(?:PS|parti\s+socialiste|parti))\b",
            r"joined \1\2\3",
        ),
        # "his running mate": in a French legislative race, his substitute.
        (("running",), r"\brunning[\s-]+mate\b", "substitute"),
        (
            ("child", "boy", "kid"),
            r"\b(?:as\s+)?an?\s+(?:small|little|young)\s+(?:child|boy|kid)\b",
            "in his early childhood",
        ),
        # "the future PS leader", "le futur premier secrétaire": him, as he would become.
        (
            ("future", "later", "young", "futur", "jeune"),
            r"\b(?:the\s+(?:future|later|young)|le\s+(?:futur|jeune))\s+(?:PS\s+|Socialist\s+|socialiste\s+)?"
            r"(?:leader|first\s+secretary|politician|deputy|premier\s+secr[ée]taire|dirigeant|d[ée]put[ée])"
            r"(?:\s+(?:socialiste|du\s+PS))?\b",
            "he",
        ),
        # "Did he end up backing Macron?": whether he backed him ("ending" is no end asked of).
        (("up",), r"\b(?:end(?:ed|s)?|wound)\s+up\s+(\w+?)(?:([bdgmnprt])\2)?ing\b", r"\1\2"),
        # "a-t-il fini par soutenir": how it ended, not an end.
        (("up", "fini"), r"\b(?:end(?:ed|s)?|wound)\s+up\b|\bfini(?:r|t)?\s+par\b", "ultimately"),
        # His seat in France's parliament is in the National Assembly (the European Parliament is
        # another).
        (("parliament",), r"(?<!european )(?<!eu )\bparliament\b", "National Assembly"),
        (("parlement",), r"\bparlement\b(?!\s+europ)", "Assemblée nationale"),
        (("school",), r"\bhigh[-\s]school\b|\bsecondary\s+school\b", "lycée"),
        # "took out a Socialist Party card": joined it.
        (
            ("card",),
            r"\b(?:took|take[ns]?|taking)\s+out\s+(?:a|an|his)\s+((?:[\w-]+\s+){0,3}?)(?:membership\s+)?card\b",
            r"joined the \1",
        ),
        # "deputy chief of staff", "directeur de cabinet adjoint": the source's assistant cabinet director.
        (("staff",), r"\b(?:deputy|assistant)\s+chief\s+of\s+staff\b", "assistant cabinet director"),
        (("staff",), r"\bchief\s+of\s+staff\b", "cabinet director"),
        (("adjoint",), r"\bdirect(?:eur|rice)\s+(?:de\s+)?cabinet\s+adjointe?\b", "assistant cabinet director"),
        # "set up", "put in place": implemented.
        (("set", "place"), r"\b(?:set|sets|setting)\s+up\b|\bput\s+in\s+place\b|\bmis\s+en\s+place\b", "implemented"),
        # "What % did he get?", « quel % … ? »: what share.
        (("%",), r"\b(?i:what|which|quel|quelle)\s+%", "what percentage"),
        # "a confidence motion": the vote of confidence.
        (("confidence",), r"\bconfidence\s+motion\b|\bmotion\s+of\s+confidence\b", "vote of confidence"),
        # (« militait », « militer », « militante »: the same, in other forms; not « militaire ».)
        (("milit",), r"\bmilit(?:[ée]|ait|aient|er|ante?s?)\b", "activist"),
        # "s'est présenté sans succès", "en vain": he ran and lost (lexicon.QUESTION_SENSE).
        (("sans", "vain"), r"\bsans\s+succ[èe]s\b|\ben\s+vain\b", "unsuccessfully"),
        # "Who did he defeat": whom he beat (the store's sentences say "against").
        (("defeat",), r"(?<=\bdid he )defeat\b|(?<=\bdid faure )defeat\b", "beat"),
        # "What is the name of his wife?" asks who she is (the name of a party is no person).
        (
            ("name",),
            rf"\bwhat(?:'s|’s|\s+is|\s+was)\s+the\s+name\s+of\s+(?=(?:{_HIS_WORDS}|the)\s+{_RELATION_NOUNS}\b)",
            "who is ",
        ),
        # "What is his spouse's name?": who the spouse is.
        (
            ("name",),
            rf"\bwhat(?:'s|’s|\s+is|\s+was)\s+((?:{_HIS_WORDS})\s+{_RELATION_NOUNS})(?:'|’)s\s+name\b",
            r"who is \1",
        ),
        (
            ("nom", "appel"),
            r"(?:\bquel\s+(?:est|était|etait)\s+le\s+nom\s+(?:de\s+|d['’])|"
            r"\bcomment\s+(?:s['’]\s*|se\s+)(?:appel+e(?:nt|ait)?|nomm\w*)\s+)(?=(?:son|sa|l['’]|la|le)\s*"
            r"(?:[ée]pouse|femme|mari|compagne|compagnon|conjointe?|successeur|pr[ée]d[ée]cesseur|adversaire|rival|suppl[ée]ant|p[èe]re|m[èe]re)\b)",
            "qui est ",
        ),
        # "his partner", "sa compagne": his spouse (the spouse's kind is checked on its own).
        (
            ("partner",),
            r"\b(his|faure['’]s|olivier\s+faure['’]s)\s+(?:life\s+|long-?time\s+)?partner\b(?=[\s?.!]*$)",
            r"\1 spouse",
        ),
        (("compagne",), r"\b(sa|la)\s+compagne\b", r"\1 conjointe"),
    )
)
# Each word of each idiom, with the idiom's place in _IDIOMS.
_IDIOM_WORDS = tuple((word, n) for n, (words, _, _) in enumerate(_IDIOMS) for word in words)
# "pour la première fois", "for the first time", "first elected": the earliest of the records
# that fit ("first" before a verb only: "first secretary" is a title).
_FIRST_TIME = lazy(
    r"\s*\b(?:pour\s+la\s+premi[èe]re\s+fois|la\s+premi[èe]re\s+fois|(?:for\s+)?the\s+first\s+time|first\s+time"
    r"|first(?=\s+(?:elected|became|become|joined|won|entered|chosen|appointed|ran|stood)\b))\b",
    re.IGNORECASE,
)


_LEAVES = lazy(r"\b(?:leave|leaving|stop(?:ped)?\s+being|cease[ds]?\s+to\s+be|quitter)\b")
_ENDS = lazy(r"\b(?:end|ended|fin|left|leave|leaving|stop(?:ped)?|quitt[eé]r?|termin[eé]|until|jusqu)\b", re.IGNORECASE)


_FRENCH_WORDS = frozenset(
    "qui quel quelle quels quelles quand combien ou comment pourquoi sont est etait il elle sa son ses "
    "a-t-il a-t-elle est-il est-ce avec dans pour lors par en du des au aux".split()
)


def _in_other_words(analysis: Analysis, known_words: frozenset[str]) -> Analysis:
    """`analysis` with each word's group also holding the words the source may say it with
    (lexicon.QUESTION_SENSE), and a French word agreed in gender or number read as its plain
    form ("soutenue", "nuitées": "soutenu", "nuitée"). A capitalised word the source never
    uses but says otherwise ("la BD": the comic book) is no longer unknown."""
    from faurecli.lexicon import QUESTION_SENSE, SYNONYMS

    unknown = tuple(
        w for w in analysis.unknown
        if not any(o in known_words or stem(o) in known_words for o in QUESTION_SENSE.get(w, ()))
    )  # fmt: skip
    if unknown != analysis.unknown:
        analysis = replace(analysis, unknown=unknown)

    extra: dict[str, list[str]] = {}
    for word in split_words(analysis.text):
        more = list(QUESTION_SENSE.get(word, ()))
        if word not in SYNONYMS:
            plain = next((word[:-n] for n in (1, 2) if word[-n:] in ("e", "s", "es") and word[:-n] in SYNONYMS), "")
            more += [plain, *SYNONYMS.get(plain, ())] if plain else []
        if more:
            extra.setdefault(stem(word), []).extend(stem(w) for w in more)
    if not extra:
        return analysis
    groups = tuple(tuple(dict.fromkeys([*g, *extra.get(g[0], ())])) for g in analysis.concepts)
    return replace(analysis, concepts=groups, words=tuple(w for g in groups for w in g))


_YEARS_ON = lazy(r"\s+(?:(?:ans|years?|annees)\s+)?(?:apres|after|later)\b[^,;?]*$")


def _years_on(analysis: Analysis) -> Analysis:
    """`analysis` with a year a question counts from put forward by what it counts ("Cinq ans
    après son échec de 2007", "five years after his 2007 defeat": 2012, the year asked about)."""
    values = list(analysis.values)
    for n, count in enumerate(values):
        if (
            count.kind is not ValueKind.NUMBER
            or count.unit not in ("ans", "years", "year", "annees")
            or not count.number
        ):
            continue
        for m, year in enumerate(values):
            if (
                year.kind is ValueKind.DATE
                and year.year
                and not year.month
                and year.start > count.end
                and _YEARS_ON.match(fold(analysis.text[count.end : year.start]))
            ):
                values[m] = replace(year, year=year.year + int(count.number))
                del values[n]
                # (What the clause counts from, "son échec", is no word of what is asked.)
                clause = {stem(w) for w in split_words(analysis.text[count.start : year.end])}
                kept = tuple(g for g in analysis.concepts if g[0] not in clause) or analysis.concepts
                words = tuple(w for g in kept for w in g)
                return replace(analysis, values=tuple(values), concepts=kept, words=words)
    return analysis


def _without_decade_years(analysis: Analysis) -> Analysis:
    """`analysis` without the year that opens a decade it names ("au début des années 1990" is
    no question about 1990, as "in the early 1990s" is not): a decade is a period, no date."""
    if "annee" not in fold(analysis.text) or not analysis.values:
        return analysis
    from faurecli.dates import find_decades

    spans = [(d.start, d.end) for d in find_decades(analysis.text)]
    kept = tuple(
        v for v in analysis.values
        if not (v.kind is ValueKind.DATE and any(a <= v.start and v.end <= b for a, b in spans))
    )  # fmt: skip
    return replace(analysis, values=kept) if len(kept) != len(analysis.values) else analysis


def _yes(analysis: Analysis) -> str:
    """Yes, in the question's language."""
    return "oui" if _french(analysis) else "yes"


def _no(analysis: Analysis) -> str:
    """No, in the question's language."""
    return "non" if _french(analysis) else "no"


def _french(analysis: Analysis) -> bool:
    """Whether to answer in French: the question is ("Qui sont devenus porte-parole ?")."""
    return analysis.french or len(set(split_words(analysis.text)) & _FRENCH_WORDS) >= 2


def _french_text(text: str) -> bool:
    """_french, of a question not read yet."""
    words = split_words(text)
    return in_french(text, words) or len(set(words) & _FRENCH_WORDS) >= 2


def _with_particle_names(known: Knowledge, analysis: Analysis) -> Analysis:
    """`analysis` with the people it names by a surname with its particle ("Le Foll"), which
    the reading of names by their last word alone misses."""
    folded = fold(analysis.text)
    people = list(analysis.people)
    for key, name in known.built.people.items():
        parts = key.split()
        if name not in people and len(parts) >= 3 and parts[-2] in ("le", "la", "de", "du"):
            if find_word(folded, " ".join(parts[-2:])) >= 0:
                people.append(name)
    return replace(analysis, people=tuple(people)) if len(people) != len(analysis.people) else analysis


def _with_subject(known: Knowledge, analysis: Analysis) -> Analysis:
    """The one person a figure question is about ("what percentage did Le Foll get", "combien
    de voix a obtenues Guillaume Bachelay"), found also by a short surname with its particle;
    not someone he stood against ("against Guillaume Bachelay")."""
    analysis = _with_particle_names(known, analysis)
    folded = fold(analysis.text)
    people = list(analysis.people)
    if len(people) != 1 or (analysis.subject is not None and analysis.subject != people[0]):
        return analysis
    name = people[0]
    key = fold(name)
    spots = [folded.find(k) for k in (key, " ".join(key.split()[-2:]), key.split()[-1])]
    at = next((a for a in spots if a >= 0), 0)
    before = folded[max(0, at - 16) : at]
    if analysis.subject is not None and not re.search(r"(?:against|contre|face a|versus)\s*$", before):
        return analysis
    if re.search(
        r"(?:against|contre|face a|for|pour|versus|than|que|over|sur|beat|beating|defeated|defeating|battu|battant)"
        r"\s*$",
        before,
    ) and not re.search(r"\b(?:voix|votes?|suffrages)\s+(?:pour|for)\s*$", before):
        # (Not "combien de voix pour Bachelay": the votes for him are his.)
        return replace(analysis, people=tuple(people), subject=None)
    if _VERB_BEFORE.search(before):
        # "for the PS not to censure Bayrou", "en échange de ne pas censurer Bayrou", "censuring
        # Bayrou": the name is what a verb is done to, not who got the figure.
        return replace(analysis, people=tuple(people))
    if re.search(r"\b(?:the|a|an)\s+$", before) or _DEAL_WITH.search(before):
        # "the Bayrou budget", "a Hollande campaign": the name says whose thing, not who got a figure.
        # ("its budget deal with Bayrou": the other side of a deal.)
        return replace(analysis, people=tuple(people))
    owner = _OWNED_BY_NAME.search(folded[max(0, at - 40) : at])
    if owner and owner.group(1) not in _FIGURE_OWNERS:
        # "en échange de la non-censure de Bayrou", "the government of Bayrou": the name is what
        # a thing is of, not who got the figure ("la liste de Benoît Hamon", "les voix de Le Foll" are).
        return replace(analysis, people=tuple(people))
    return replace(analysis, people=tuple(people), subject=name)


# A verb the name is the object of: a gerund, an infinitive after "to", or a French one after
# its preposition or negation ("de censurer", "pas soutenir").
_VERB_BEFORE = lazy(r"(?:\b[a-z]{3,}ing|\bto\s+[a-z]{3,}|\b(?:de|d'|a|pour|sans|pas)\s*[a-z]{3,}(?:er|ir))\s*$")
# "<noun> de|of <name>": what the name is of; and the nouns that make it the one who got a figure.
_OWNED_BY_NAME = lazy(r"\b([a-z]+)\s+(?:of|de|d'|du)\s*$")
_FIGURE_OWNERS = frozenset(
    "list liste lists listes score scores share part voix votes vote result resultat resultats percentage "
    "pourcentage camp side candidature candidacy motion".split()
)


# Words that open a question without asking anything: "So, …", "Quick question: …", "Can you
# tell me …", "Dis-moi …".
_PREAMBLE = lazy(
    r"^\s*(?:(?:so|well|ok|okay|and|alors|bon|donc|et|hey|hi|salut|bonjour)\b[,\s]+)*"
    r"(?:(?:quick\s+question|question|remind\s+me|tell\s+me|(?:can|could)\s+you\s+(?:please\s+)?tell\s+me"
    r"|do\s+you\s+know|any\s+idea|i(?:'d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know"
    r"|i\s+wonder|dis(?:-moi|\s+moi)|tu\s+sais|sais-tu|savez-vous|je\s+(?:voudrais|veux|aimerais)\s+savoir"
    r"|pouvez-vous\s+me\s+dire|peux-tu\s+me\s+dire)\b\s*[:,]?\s*)?",
    re.IGNORECASE,
)


_EMBEDDED = lazy(
    r"^\s*(who|what|where|when|which\s+\w+)\s+((?:his|her|the|faure['’]s)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(is|was|are|were)"
    r"(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)


# A question written in haste, as notes (« SG des jeunes rocardiens : quelle année ? », « Législatives
# 2017 : son suppléant ? », "2017 election: his substitute?"): its abbreviations spelled out and its
# words in the order of the plain question, so that it is read as that question, no more. (« circo »,
# « IDF » and « Oct. 2007 » are read already, by the lexicon and dates.py, for ask and verify alike.)
_SHORT_FORMS = (
    (lazy(r"\bSG\b"), "secrétaire général"),
    (lazy(r"\b2(?:d|nd|e|ème|eme)\s+tour\b", re.IGNORECASE), "second tour"),
    (lazy(r"\b1(?:er|re)\s+tour\b", re.IGNORECASE), "premier tour"),
)
_SHORT_HINTS = ("SG", " tour")
# The question word of a note, put after its topic (« … : quand ? », "…: who?").
_TAIL_ASKED = (
    r"(?:quand|o[uù]|qui|combien(?:\s+de\s+\w+)?(?:\s+par\s+\w+(?:\s+et\s+par\s+\w+)?)?"
    r"|(?:en\s+|[àa]\s+|dans\s+)?(?:quel|quelle|quels|quelles)\s+[\w'’-]+"
    r"|when|where|who|whom|how\s+(?:much|many|old)(?:\s+\w+)?|(?:in\s+)?(?:what|which)\s+[\w'’-]+)"
)
_TOPIC_THEN_ASKED = lazy(r"^\s*([^:?]{3,120}?)\s*:\s*(" + _TAIL_ASKED + r")\s*([?.!]*)\s*$", re.IGNORECASE)
# « son suppléant », "his successor as …": the person the noun names is asked for.
_HIS_PERSON = lazy(
    r"^\s*(son|sa|ses|his|her)\s+(successeur|successeurs|pr[ée]d[ée]cesseur|suppl[ée]ant|suppl[ée]ante|[ée]pouse|femme"
    r"|mari|adversaire|adversaires|rival|rivaux|rivale|concurrent|concurrente|" + _RELATION_NOUNS[3:-1] + r")\b",
    re.IGNORECASE,
)
# « Faure, score au 2d tour … ? »: his name set as the topic, then what is asked of him.
_NAME_AS_TOPIC = lazy(r"^\s*(?:olivier\s+)?faure\s*[,:]\s*(?=[\w%])", re.IGNORECASE)
# « score au … ? », "score in the runoff?": a share of the vote, asked by its noun alone.
_SCORE_NOUN = lazy(r"^\s*(score|r[ée]sultat|pourcentage|result|percentage)\b", re.IGNORECASE)
# « Nom du candidat … ? », "Name of the candidate …?": which one.
_NAME_OF = lazy(r"^\s*(?:nom|name)\s+(?:(du)|(de\s+la)|de\s+l['’]|(des)|of\s+(?:the\s+)?)\s*", re.IGNORECASE)
# « Adhésion au PS à quel âge ? »: a deed named by its noun, then the question word: the verb.
_DEED_NOUNS = {
    "adhesion": "a-t-il adhéré", "investiture": "a-t-il été investi", "election": "a-t-il été élu",
    "nomination": "a-t-il été nommé", "demission": "a-t-il démissionné", "naissance": "est-il né",
}  # fmt: skip
# What may follow the noun in a note that is a noun phrase only (« son successeur comme … », "his
# substitute in 2017"), not a verb (« sa femme bosse où ? » asks something else of her).
_NOUN_PHRASE_ONLY = lazy(
    r"\s*(?:[?.!]*\s*$|(?:comme|de|du|des|d['’]|aux|au|[àa]|en|pour|lors|dans|as|in|at|for|of|during|to)\b)",
    re.IGNORECASE,
)
_ANY_WH = lazy(r"\b(?:ou|qui|quand|combien|quel\w*|comment|pourquoi|who|whom|what|where|when|how|which|why)\b")
# « TOPIC : % de ses votes … ? », « … : son score ? »: a share of the vote asked by its noun.
_TOPIC_THEN_SLOT = lazy(
    r"^\s*([^:?]{3,120}?)\s*:\s*((?:(?:son|sa|his|her)\s+)?(?:%|score|pourcentage|r[ée]sultat|share|percentage|result)"
    r"(?![\w-])[^?:]{0,80}?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The noun of a figure asked in a note (« … Faure score », "… his result"), and a verb that makes
# the note a sentence (folded): "his score was 48%?" asks something else.
_FIGURE_NOUN_IN_NOTE = lazy(
    r"(?<![\w'’-])(?:score|result|percentage|r[ée]sultat|pourcentage)(?![\w'’-])", re.IGNORECASE
)
_NOTE_VERB = lazy(
    r"\b(?:was|is|were|did|does|do|has|had|got|get|won|lost|est|etait|fut|a|avait|ont|se|s|vs|versus|and|et|or|ou)\b"
    r"|\b[a-z]{3,}ed\b"
)
_TWO_SLOTS = lazy(r"\s(?:et|and)\s|\+", re.IGNORECASE)
_DEED_FIRST = lazy(r"^\s*(adh[ée]sion|investiture|[ée]lection|nomination|d[ée]mission|naissance)\s+", re.IGNORECASE)
_DEED_THEN_ASKED = lazy(
    r"^\s*(adh[ée]sion|investiture|[ée]lection|nomination|d[ée]mission|naissance)\s+([^?:]{2,100}?)\s*,?\s*"
    r"((?:[àa]\s+quel\s+[âa]ge|quand|en\s+quelle\s+ann[ée]e|o[uù]|(?:[àa]\s+)?quelle\s+date))\s*([?.!]*)\s*$",
    re.IGNORECASE,
)


# A question written as a spreadsheet's facets joined by " - " or " / ": its topic (the subject,
# the event, the post), then the slot asked, a noun ("field", "successor", "2nd round share").
_FACETS = lazy(r"^\s*(?P<topic>[^?]{3,160}?)\s+[-/–]\s+(?P<slot>[^?/–]{2,60}?)\s*\?\s*$")
_FACET_JOINT = lazy(r"\s+[-/–]\s+")
_FACET_HIM = lazy(r"^(?:Olivier\s+)?Faure(?:['’]s)?\s+", re.IGNORECASE)
_FACET_NEIGHBOUR = lazy(r"^(predecessor|successor|substitute)$", re.IGNORECASE)
_FACET_TERM = lazy(r"^term\s+(end|start)$", re.IGNORECASE)
_FACET_SHARE = lazy(
    r"^(?:(?:Olivier\s+)?Faure(?:['’]s)?\s+)?(?:(?P<round>(?:first|second|final|1st|2nd)\s+round)\s+)?(?:vote\s+)?share$",
    re.IGNORECASE,
)
_FACET_RIVAL = lazy(r"^(?:[A-Z][A-Za-z]{1,6}\s+)?(?:opponent|rival|challenger)$")
# "E - date + share?", "Faure / E / share & opponent?": two slots of one topic.
_FACET_TWO_SLOTS = lazy(r"^(?P<a>[^+&]{2,40}?)\s*(?:\+|&|\band\b)\s*(?P<b>[^+&]{2,40})$")
_FACET_WHO_DID = lazy(r"^(?P<one>[\w-]+(?:\s+[\w.-]+){0,3})\s+who\s+(?P<did>[a-z]+)$")
_FACET_NOUN = lazy(r"^[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?$")


def _faceted(text: str) -> str | None:
    """The plain question a spreadsheet's facets stand for (`_FACETS`): "P - successor?" → "Who
    was Faure's successor as P?"; "P - term end?" → "When did Faure's term end as P?"; "Faure /
    E / 2nd round share?" → "What was Faure's share of the vote in E 2nd round?"; "T - field?" →
    "What was the field of T?". None for a slot asked by a question word (read as it stands), two
    slots ("date + share") or any other."""
    found = _FACETS.match(text)
    if found is not None and (who := _FACET_WHO_DID.match(found["slot"].strip())) is not None:
        # "E - EELV candidate who withdrew?": who it was, in the topic's event.
        return f"Who was the {who['one']} who {who['did']} in {_FACET_JOINT.sub(' ', found['topic']).strip()}?"
    if found is None or re.search(r"(?i)\b(?:who|which|what|when|where|how|why)\b|\+|&|\band\b", found["slot"]):
        return None
    topic = _FACET_JOINT.sub(" ", found["topic"]).strip()
    slot = found["slot"].strip()
    him = _FACET_HIM.match(topic)
    rest = topic[him.end() :] if him is not None else topic
    if not rest:
        return None
    if (neighbour := _FACET_NEIGHBOUR.match(slot)) is not None:
        link = "in" if him is not None else "as"
        return f"Who was Faure's {neighbour.group(1).lower()} {link} {rest}?"
    if (rival := _FACET_RIVAL.match(slot)) is not None:
        # "2012 runoff - UMP opponent?": who stood against him there (the party, if given, with it).
        return f"Who was Faure's {rival.group()} in the {rest}?"
    if (term := _FACET_TERM.match(slot)) is not None and him is None:
        return f"When did Faure's term {term.group(1).lower()} as {rest}?"
    if (share := _FACET_SHARE.match(slot)) is not None:
        return f"What was Faure's share of the vote in the {rest}{' ' + share['round'] if share['round'] else ''}?"
    if _FACET_NOUN.match(slot):
        return f"What was the {slot} of {topic}?"
    return None


def _two_facets(store: Store, text: str) -> Answer | None:
    """A spreadsheet's two slots of one topic ("E - 1st round date + share?"): each slot asked as
    its own facet, both answers joined, when both are answered from one sentence (or either's
    answer is named in the other's); None otherwise (read as it stands)."""
    found = _FACETS.match(text)
    two = _FACET_TWO_SLOTS.match(found["slot"].strip()) if found is not None else None
    if found is None or two is None:
        return None
    joint = text[found.end("topic") : found.start("slot")]
    slots = [two[slot].strip() for slot in ("a", "b")]
    rival = [n for n, slot in enumerate(slots) if _FACET_RIVAL.match(slot)]
    shared = [n for n, slot in enumerate(slots) if re.fullmatch(r"(?i)(?:vote\s+)?share|score|%", slot)]
    if rival and shared and _FACET_HIM.match(found["topic"]) is None:
        # "E - UMP opponent + share?": the share beside the opponent is hers, asked once she is
        # answered; (with him the topic, "Faure / E / share + opponent?", the share is his).
        whom = ask(store, f"{found['topic']}{joint}{slots[rival[0]]}?")
        if whom.answer is None or whom.type is not Intent.PERSON:
            return None
        topic = _FACET_JOINT.sub(" ", found["topic"]).strip()
        hers = ask(store, f"What share of the vote did {whom.answer} get in the {topic}?")
        one, other = (whom, hers) if rival[0] == 0 else (hers, whom)
    else:
        one, other = (ask(store, f"{found['topic']}{joint}{slot}?") for slot in slots)
    if one.answer is None or other.answer is None or one.answer == other.answer:
        return None
    if not set(one.sources) & set(other.sources) and not _one_names_the_other(one, other):
        return None
    refs = list(dict.fromkeys([*one.sources, *other.sources]))
    joined = f"{one.answer}; {other.answer}"
    return Answer(text, joined, one.type, joined, tuple(quote(store, r) for r in refs), tuple(refs), (), None, ())


def _telegraphic(text: str) -> str:
    """The question written as notes read as the plain question it stands for."""
    if any(hint in text for hint in _SHORT_HINTS):
        for pattern, plain in _SHORT_FORMS:
            text = pattern.sub(plain, text)
    if "," in text or ":" in text:
        text = _NAME_AS_TOPIC.sub("", text)
    if ":" in text:
        found = _TOPIC_THEN_ASKED.match(text)
        if found is not None:
            topic, asked = found.group(1), found.group(2)
            if re.match(r"(?i)combien$", asked) and re.search(
                r"(?i)\b(?:tour|round|runoff|[ée]lections?|l[ée]gislatives|municipales|europ[ée]ennes|vote|scrutin|congr[eè]s|primaire)\b",
                topic,
            ):
                # « 1er tour du 15 mars : combien ? »: the share of the vote.
                asked = "quel score"
            deed = _DEED_FIRST.match(topic)
            if deed is not None:
                # « Investiture PS dans la … : quand ? »: the deed's verb, as for one asked after it.
                topic = f"{_DEED_NOUNS[fold(deed.group(1)).lower()]} {topic[deed.end() :]}"
            text = f"{asked} {topic} {found.group(3) or '?'}"
        elif (slot := _TOPIC_THEN_SLOT.match(text)) is not None and not _TWO_SLOTS.search(slot.group(2)):
            # « Les Jours, avril 2018 : % de ses votes … ? », "2012 runoff: his score?": the share
            # asked by its noun (one only: « score et sièges » asks two things).
            english = bool(re.search(r"(?i)\b(?:his|her|share|percentage|result|of|in|with)\b", slot.group(2)))
            asked = re.sub(r"^%", "percentage" if english else "pourcentage", slot.group(2).strip())
            own = re.match(r"(?i)(?:son|sa|his|her)\b", asked)
            which = ("What was" if own else "What") if english else ("Quel est" if own else "Quel")
            text = f"{which} {asked} {slot.group(1)} ?"
        else:
            topic, _, rest = text.rpartition(":")
            his = _HIS_PERSON.match(rest)
            if his is not None and _NOUN_PHRASE_ONLY.match(rest, his.end()) and not re.search(r"[?:]", topic):
                who = "Who is" if his.group(1).lower() in ("his", "her") else "Qui est"
                text = f"{who} {rest.strip().rstrip('?.! ')} {topic.strip()} ?"
    if (noun := _FIGURE_NOUN_IN_NOTE.search(text)) is not None and noun.start() > 0:
        folded = fold(text)
        set_in = re.search(r"\b(?:19|20)\d\d\b|\b(?:round|runoff|tour|congress|congres|election)", folded)
        if set_in and not _ANY_WH.search(folded) and not _NOTE_VERB.search(folded) and "%" not in text:
            # "first round 15 March 2018 Faure score": a note naming the figure asked by its noun
            # after its topic, asked as « score … » is, the noun first.
            rest = f"{text[: noun.start()].strip()} {text[noun.end() :].strip()}".strip().rstrip("?.! ")
            text = f"{'Quel score' if in_french(text) else 'What score'} {rest} ?"
    person = _HIS_PERSON.match(text)
    if person is not None and _NOUN_PHRASE_ONLY.match(text, person.end()) and not _ANY_WH.search(fold(text)):
        text = ("Who is " if person.group(1).lower() in ("his", "her") else "Qui est ") + text.lstrip()
    elif (score := _SCORE_NOUN.match(text)) is not None:
        in_english = re.match(r"(?i)\s*(?:result|percentage|\w+\s+(?:in|at|of|for|on)\b)", text[score.start(1) :])
        text = ("What " if in_english else "Quel ") + text.lstrip()
    elif (named := _NAME_OF.match(text)) is not None:
        english = named.group().lower().startswith("name")
        which = "Which " if english else ("Quelle " if named.group(2) else "Quels " if named.group(3) else "Quel ")
        text = which + text[named.end() :]
    elif (deed := _DEED_THEN_ASKED.match(text)) is not None:
        text = f"{deed.group(3)} {_DEED_NOUNS[fold(deed.group(1)).lower()]} {deed.group(2)} {deed.group(4) or '?'}"
    elif not _ANY_WH.search(fold(text)):
        text = _name_then_slot(text)
    return text


# "Faure wife name?", "Faure 2017 election substitute (suppléant)?", "Faure role in the 2011
# primary?": a note of his name then the slot asked by its noun (a person's or a post's), what
# stands before the noun its setting; "age Faure joined the PS?", "party Faure was a member
# of?": the slot's noun first, then what he did.
_SLOT_PERSONS = (
    "wife|husband|spouse|partner|substitute|successor|predecessor|opponent|rival|challenger|flatmate|roommate|mentor"
)
_SLOT_THINGS = "role|post|position|job|title|function|degree|diploma|party"
_NAME_THEN_SLOT = lazy(
    r"^\s*(?:Olivier\s+)?Faure(?:['’]s)?\s+(?P<mods>(?:[\w.'’-]+\s+){0,4}?)"
    rf"(?P<noun>{_SLOT_PERSONS}|{_SLOT_THINGS})\b(?P<rest>[^?]*?)\s*\??\s*$",
    re.IGNORECASE,
)
_SLOT_THEN_NAME = lazy(
    r"^\s*(?P<noun>age|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:Olivier\s+)?Faure\s+"
    r"(?P<verb>was|were|is|[a-z]{3,}ed)\b(?P<rest>[^?]*?)\s*\??\s*$"
)
# A gloss in brackets ("substitute (suppléant)"), and a noun's "name" asked of a person.
_GLOSS = lazy(r"\s*\([^()]*\)")
_NOTE_DEED = lazy(
    r"\b(?:was|is|were|did|does|do|has|had|got|won|lost|est|etait|a|ont)\b|\b[a-z]{3,}ed\b", re.IGNORECASE
)


def _name_then_slot(text: str) -> str:
    """The plain question a note of his name and a slot's noun stands for (`_NAME_THEN_SLOT`,
    `_SLOT_THEN_NAME`); `text` itself for any other."""
    found = _NAME_THEN_SLOT.match(text)
    if found is not None:
        mods, noun, rest = found["mods"].strip(), found["noun"].lower(), _GLOSS.sub("", found["rest"]).strip()
        if _NOTE_DEED.search(f"{mods} {rest}") or not re.fullmatch(r"(?:(?:19|20)\d\d\b[\w. -]*)?", mods):
            return text  # ("Faure's wife worked at UNESCO?": a claim asked; "Faure Le Foll rival": not his)
        person = re.fullmatch(_SLOT_PERSONS, noun) is not None
        if person:
            rest = re.sub(r"(?i)^name\b\s*", "", rest)
        setting = f" in the {mods}" if mods else ""
        return f"{'Who' if person else 'What'} was Faure's {noun}{' ' + rest if rest else ''}{setting}?"
    after = _SLOT_THEN_NAME.match(text)
    if after is None or re.search(r"(?i)\b(?:faure|olivier)\b", after["noun"]):
        return text
    rest = _GLOSS.sub("", after["rest"]).strip()
    if after["noun"].lower() == "age":
        if after["verb"].lower() in ("was", "were", "is"):
            return text
        return f"How old was Faure when he {after['verb']}{' ' + rest if rest else ''}?"
    if after["verb"].lower() not in ("was", "were", "is"):
        return text
    return f"Which {after['noun']} {after['verb']} Faure{' ' + rest if rest else ''}?"


def _reword(text: str) -> tuple[str, bool]:
    """The question with idioms in plain words, and whether it asks for the first time."""
    opening = _PREAMBLE.match(text)
    if opening is not None and opening.end() and len(text) - opening.end() >= 8:
        text = text[opening.end() :]
        # "(Can you tell me) who his wife is?": the question's own order.
        text = _EMBEDDED.sub(r"\1 \3 \2", text)
    low = text.lower()
    earliest = ("first" in low or "premi" in low) and bool(_FIRST_TIME.search(text))
    if earliest or "first" in low or "premi" in low:
        text = _FIRST_TIME.sub("", text)
    if "fonction" in low and _PLACE_ASKED_FR.search(text):
        # « Où a-t-il pris ses fonctions de … ? »: where he took office is where he was
        # inaugurated (the term's start has no place; its ceremony has).
        text = _TOOK_OFFICE_FR.sub("été investi", text)
    # (The idioms whose words the question holds, in their order, found in one pass over all
    # their words: an `any` for each of the eighty was ~3% of a warm `ask`.)
    for n in dict.fromkeys(n for word, n in _IDIOM_WORDS if word in low):
        _, pattern, plain = _IDIOMS[n]
        text = pattern.sub(plain, text)
    if "0s" in low or "ann" in low:
        # "in the mid-90s", "au début des années 1990": a decade is a period, and how far into it
        # no word of the record.
        text = _INTO_DECADE.sub("", text)
    if ("leader" in low or "socialist" in low or " ps" in low) and "faure" not in low:
        text = _HIM_BY_TITLE.sub(_him_by_title, text)
    elif "faure" in low:
        text = _TITLE_BEFORE_HIM.sub("", text)
    return text, earliest


# A place asked in French (« où », « dans quelle ville »), and « pris ses fonctions » (took office).
_PLACE_ASKED_FR = lazy(
    r"^\s*(?:o[uù]|(?:dans|en|[àa])\s+quel(?:le)?s?\s+(?:ville|commune|lieu|endroit|congr[eè]s))\b", re.IGNORECASE
)
_TOOK_OFFICE_FR = lazy(r"\bpris\s+(?:ses|sa)\s+fonctions?\b", re.IGNORECASE)


# "the Socialist leader Olivier Faure", « le premier secrétaire du PS Olivier Faure »: a post of
# his set before his name says who he is, not what is asked (its words drew the sentences about
# the post: "Where was the Socialist leader Olivier Faure born?" answered "the National Assembly").
_TITLE_BEFORE_HIM = lazy(
    r"\b(?:(?:the\s+)?(?:French\s+)?(?:PS|Socialist(?:\s+Party)?|party)(?:['’]s)?\s+"
    r"(?:leader|boss|chief|head|first\s+secretary|politician|deputy|MP)"
    r"|(?:the\s+)?(?:French\s+)?(?:Socialist\s+)?politician"
    r"|(?:le|l['’])\s*(?:patron|chef|dirigeant|leader|premier\s+secr[ée]taire|num[ée]ro\s+un)\s+"
    r"(?:du\s+PS|du\s+parti\s+socialiste|des\s+socialistes)"
    r"|(?:le|l['’])\s*(?:socialiste|homme\s+politique(?:\s+fran[çc]ais)?|d[ée]put[ée]\s+(?:socialiste|PS))"
    r")\s*,?\s+(?=(?:Olivier\s+)?Faure\b)",
    re.IGNORECASE,
)


_INTO_DECADE = lazy(
    r"\b(?:early|mid|late)[\s-]*(?=(?:the\s+)?['’]?(?:19|20)?\d0['’]?s\b)"
    r"|(?<=\b(?:au|le|du)\s)(?:tout\s+)?(?:d[ée]but|milieu)\s+(?:des|de\s+la\s+d[ée]cennie)\s+(?=ann[ée]es\b)",
    re.IGNORECASE,
)


# "In which town was the Socialist leader born?", "Où est né le patron du PS ?": the question
# names him by the post he holds (at the source's date), as the subject of what it asks; not
# "Who was the PS leader in 2016?" (who held it then), nor "when did he become the PS leader"
# (the post itself).
_HIM_BY_TITLE = lazy(
    r"\b(was|is|did|does|has|had|est|a|était|etait|né|ne|grandi|vécu|vecu|étudié|etudie)\s+"
    r"(the\s+(?:PS|Socialist(?:\s+Party)?|party)(?:['’]s)?\s+(?:leader|boss|chief|head|first\s+secretary)"
    # ("How did the PS deputy vote …?": him, a PS deputy since 2012; not one named after it.)
    r"|the\s+(?:PS|Socialist)\s+deputy(?!\s+(?-i:[A-ZÀ-Ý]))"
    r"|(?:le|l['’])\s*(?:patron|chef|dirigeant|leader|premier\s+secr[ée]taire|num[ée]ro\s+un)\s+"
    r"(?:du\s+PS|du\s+parti\s+socialiste|des\s+socialistes))\b",
    re.IGNORECASE,
)
_ASKS_WHO_HELD = lazy(r"^\s*(?:who|whom|qui|lequel|which\s+(?:man|person|politician))\b", re.IGNORECASE)


def _him_by_title(found: re.Match[str]) -> str:
    """He (or il), for the party's head named as the question's subject; the words as they
    were in a question asking who held the post."""
    if _ASKS_WHO_HELD.match(found.string):
        # "Who was the PS leader in 2016?" asks who held the post; "Who did the Socialist leader
        # succeed?", "Who is the Socialist leader married to?" ask of him.
        rest = found.string[found.end() :]
        subject = found.group(1).lower() in ("did", "does", "has", "had", "a") or re.match(
            r"\s+(?:\w+ed|born|married|wed|\w+é|\w+ée)\b", rest
        )
        if not subject:
            return found.group()
    return found.group(1) + (" il" if found.group(2).lower().startswith(("le", "l'", "l’")) else " he")


_PERSON_TARGETS = frozenset(
    "minister ministre prime premier personnalites personalities people figures personnes leader politician "
    "figure personnalite "
    # "which chair of the law commission", "quel président de la commission": who held it.
    "chair chairman chairwoman president presidente "
    "mayor maire deputy "
    # « pour quel député », "which deputies": a member of the Assembly is a person, not the Assembly.
    "depute deputee deputes deputees deputies "
    # "avec quel ancien proche …", "which old friend": a person close to him.
    "proche proches ami amie amis friend friends ally allies allie alliee "
    # "avec quel élu", "which official": someone elected, or holding office.
    "elu elue elus official officials".split()
)
# "quel écologiste", "which socialist", "quel journaliste": a person by what he stands for or does.
_PERSON_SUFFIX = lazy(r"^(?!list)[a-z]{3,}(?:iste?s?|ists?)$")
_SCHOOL_KINDS = frozenset("university universities universite universites lycee college fac faculte".split())
_PLACE_TARGETS = frozenset(
    "city town ville commune village country pays region island ile department departement".split()
)
_ASKS_WHO = lazy(
    r"^\s*(?:(?:to|with|by|for|from|of|against)\s+whom|(?:in|to|for|of|from|by|with|under)\s+whose|(?:a|avec|de|par|pour|contre)\s+qui|whose|who|whom|qui)\b"
)


_CAUSATIVE = lazy(
    r"\b(get|got)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){1,6}?[\w-]+ed\b"
    r"|\b(?:a-t-il|a-t-elle|avait|a)?\s*(fait|faire|fit)\s+(?:adopter|voter|passer|approuver|elire|nommer)\b"
)


_TYPE_WORDS = frozenset(
    "city town ville commune village role position job fonction titre title name nom personnalites personalities "
    "figure personnalite "
    "people figures personnes responsable responsables dirigeant dirigeante politician "
    # "avec quel élu": a person who holds office, not the verb "élu" (elected) the record must say.
    "elu elue elus official officials".split()
)
# What a figure is called, not a word of the sentence that gives it.
_AMOUNT_WORDS = frozenset("amount montant figure chiffre sum somme size taille big large sizeable".split())
# What a text provides for ("quel montant prévoyait la taxe"): its content is the answer.
_PROVIDES = frozenset("prevoyait prevoit prevu prevue prevoir provided provide provides".split())
_LIGHT = frozenset(
    {"go", "went", "long", "longtemps", "depuis", "duree", "temps"}
    # "lorsqu'il a rejoint le PS": when, the clause's opening, no word of the record.
    | {"lorsqu", "lorsque"}
    # "dans quel lycée est-il allé": went, as "go" (the school says where).
    | {"alle", "allee", "aller", "allait"}
    | _AMOUNT_WORDS
    # "which polling firm", "quel institut de sondage": what kind of body the name is.
    | {"firm", "institute", "institut", "pollster", "agency"}
    # "after that man became …": the one asked about, not a word of the sentence.
    | {"man", "woman", "homme"}
    # "worked alongside", "aux côtés de": with someone.
    | {"alongside", "cotes"}
    # French prepositions and auxiliaries: "secrétaire général auprès de Jean-Marc Ayrault",
    # "a-t-il dit avoir accompagné".
    | {"aupres", "avoir", "etre", "sein"}
    # "secrétaire national chargé de la communication", "in charge of": of it.
    | {"charge", "chargee", "charged"}
    | _PROVIDES
    # How it was done, not what: "formally inaugurated", "finalement soutenu". ("Officially" is
    # taken out of the question instead, in _IDIOMS: its stem is that of "officials".)
    | {"formally", "finally", "ultimately", "eventually", "finalement", "formellement"}
    # "which two well-known Socialists", "well behind": how much, how known, not what.
    | {"well", "known", "well-known", "famous", "prominent", "celebre", "celebres", "connu", "connus", "connue"}
    # "né quand exactement", "on what date exactly": how precise, not what.
    | {"exactly", "exactement", "precisely", "precisement", "exact", "exacte", "juste"}
)


_WHAT_SHARE = lazy(r"\s*(?:(?:what|which)\s+(?:vote\s+|voting\s+)?(?:share|percentage)|how\s+much\s+of\s+the\s+vote)\b")
_WHICH_OPENING = lazy(
    r"^\s*(?:(?:a|au|aux|de|du|des|d'|dans|pour|par|avec|en|sur|chez|contre|lors\s+de|to|in|at|for|from|with|of|on|by)\s*)?"
    r"(?:quel|quelle|quels|quelles|lequel|laquelle|which|what)\b"
)
_PRESIDING = frozenset("chair chairman chairwoman president presidente".split())
_HELD_BY_HIM = lazy(
    r"\b(?:did|does|has|had|was|is)\s+(?:he|(?:olivier\s+)?faure)\s+(?:hold|held|occupy|have|get|take|win|become)\b"
    r"|\b(?:a-t-il|a-t-elle)\s+(?:occupe|obtenu|tenu|exerce|pris|gagne)|\b(?:est-il|etait-il)\s+devenu"
)
# "What did he score", "what did the list poll": the verb asks for a share of the vote.
# "How did the list do in the European elections", "how did he fare": its result, a share.
_WHAT_SCORED = lazy(
    r"^\s*(?:what\s+(?:did|does|has|had)\s+(?:[\w'’–-]+\s+){1,5}?(?:score|poll|get\s+in\s+the\s+vote"
    # "… in the 2012 runoff, and what did she get?": got in a vote is a share of it.
    r"|(?:get|receive|obtain)\b(?=.*\b(?:runoff|run-off|round|elections?|vote|ballot|congress|primary)\b))"
    r"|how\s+(?:well\s+|badly\s+)?(?:did|does|had)\s+(?:[\w'’–-]+\s+){1,5}?(?:do|fare|perform)\s+in\s+"
    r"(?:[\w'’–-]+\s+){0,5}?(?:elections?|vote|ballot|round|polls?|congress|primary))\b"
)


_SET_THEN_YES_NO = lazy(
    r"^\s*((?:after|before|when|during|following|once|in|at|apres|avant|lors|pendant|en)\b[^,?;]{2,80}),\s*"
    r"(?:did|does|was|is|has|had|were|would)\s+(?:he|(?:olivier\s+)?faure)\b"
)


# A statement asked by its question mark alone: "il a fini par soutenir macron ?", "he was
# born in La Tronche?".
_SAID_AS_ASKED = lazy(r"^\s*(?:il|elle|(?:olivier\s+)?faure|he|she)\s+[a-z][^?]*\?\s*$")
_EN_WH_WORDS = frozenset("what which who whom whose when where why how".split())
_WHEN_THEN_ASKED = lazy(
    r"^\s*(?:when|quand|lorsqu'?\w*)\b[^,?;]{2,100},\s*(how\s+many|how\s+much|combien|who|whom|qui"
    r"|what\s+(?:share|percentage)|quel\s+(?:pourcentage|score))\b"
)
_ASKED_AFTER_SETTING = {
    "how": Intent.NUMBER, "combien": Intent.NUMBER, "who": Intent.PERSON, "whom": Intent.PERSON,
    "qui": Intent.PERSON, "what": Intent.SHARE, "quel": Intent.SHARE,
}  # fmt: skip
_ASKED_LAST = lazy(r"\s(quand|jusqu'?\s*a\s+quand|depuis\s+quand|when|ou|where|combien|qui|who|whom)\s*[?.!]*\s*$")
_ASKED_LAST_INTENT = {
    "quand": Intent.DATE, "when": Intent.DATE, "ou": Intent.PLACE, "where": Intent.PLACE,
    "combien": Intent.NUMBER, "qui": Intent.PERSON, "who": Intent.PERSON, "whom": Intent.PERSON,
}  # fmt: skip


def _intent(analysis: Analysis) -> Intent:
    """The kind of answer wanted, read first from how the question opens ("Who did he beat when
    …" asks for a person, not a date) and from what it asks for ("which minister", "which city")."""
    folded = fold(analysis.text).replace("’", "'")
    words = split_words(analysis.text)
    if analysis.intent is Intent.YES_NO and _WHICH_OPENING.match(folded):
        # "À quel rassemblement a-t-il participé ?": which one, not whether.
        analysis = replace(analysis, intent=Intent.TEXT)
    if _ASKS_WHO.search(folded) and not re.match(r"\s*qui\s+(?:est|etait)\s+(?:le|la)\s+(?:date|jour)", folded):
        return Intent.PERSON
    if analysis.intent is Intent.TEXT and _SAID_AS_ASKED.match(folded) and not set(words) & (_WH_WORDS | _EN_WH_WORDS):
        # "il a fini par soutenir macron en 2017 ?": a statement asked, its question mark only.
        return Intent.YES_NO
    setting_then = _WHEN_THEN_ASKED.match(folded) if analysis.intent is Intent.DATE else None
    if setting_then is not None:
        # "When he was re-elected group president in June 2017, how many votes did Delphine
        # Batho get?": the clause sets the time; what is asked follows the comma.
        return _ASKED_AFTER_SETTING[setting_then.group(1).split()[0]]
    last = _ASKED_LAST.search(folded) if analysis.intent in (Intent.TEXT, Intent.YES_NO) else None
    if last is not None:
        # "Il a quitté la présidence du groupe quand ?", "he was born where?": the question word
        # said last.
        return _ASKED_LAST_INTENT[last.group(1).split()[-1]]
    if analysis.intent is Intent.TEXT and (
        (setting := _SET_THEN_YES_NO.match(folded))
        and not set(split_words(setting.group(1))[1:]) & (_WH_WORDS | {"which", "what", "who", "whom", "how", "why"})
    ):
        # "After meeting Macron in 2016, did Faure endorse him …?": a setting, then a yes or no.
        return Intent.YES_NO
    target = analysis.target
    if analysis.intent in (Intent.TEXT, Intent.PERSON) and target in _PLACE_TARGETS:
        return Intent.PLACE
    if analysis.intent is Intent.TEXT and target and target not in _PERSON_TARGETS and _PERSON_SUFFIX.match(target):
        return Intent.PERSON
    if analysis.intent is Intent.TEXT and _person_title(analysis) == "secretary" and not _HELD_BY_HIM.search(folded):
        # "For which first secretary did he work?": the one who held that title.
        return Intent.PERSON
    if analysis.intent is Intent.TEXT and target in _PERSON_TARGETS:
        # ("Which chair did he hold?", "quelle présidence a-t-il occupée": a post of his, no person.)
        held = target in _PRESIDING and _HELD_BY_HIM.search(folded)
        if not (target in ("premier", "prime") and "ministry" in words) and not held:
            return Intent.PERSON
    if analysis.intent is Intent.TEXT and _names_a_person(folded):
        return Intent.PERSON
    if analysis.intent is Intent.TEXT and _minister_asked(folded):
        # "Which Interior Minister did he fall out with?": a minister is a person (the word
        # before says of what), not "the Interior in the LREM majority government".
        return Intent.PERSON
    if "how" in words[:2] and "long" in words[:3]:
        return Intent.DURATION
    if analysis.intent in (Intent.TEXT, Intent.NUMBER) and _WHAT_SHARE.match(folded):
        return Intent.SHARE  # "What vote share did his opponent get?", "how much of the vote"
    if words[:2] == ["how", "much"] and analysis.intent is Intent.TEXT:
        return Intent.NUMBER  # "How much was the tax": a figure
    if analysis.intent is Intent.TEXT and (
        target in _AMOUNT_WORDS or words[:2] in (["how", "big"], ["how", "large"], ["how", "sizeable"])
    ):
        return Intent.NUMBER  # "Quel montant …", "How big a workforce …": a figure
    if analysis.intent is Intent.TEXT and target in ("part", "proportion", "taux", "resultat", "result"):
        return Intent.SHARE
    if analysis.intent is Intent.TEXT and _WHAT_SCORED.match(folded):
        return Intent.SHARE  # "What did Faure score in the first round": his share of the vote
    if analysis.intent is Intent.TEXT and re.search(
        r"\b(?:a|est|etait|avait)-t-(?:il|elle)\b|\b(?:est|etait|fut|sont|avait)-(?:il|elle|ils|elles)\b"
        r"|^\s*est[- ]ce qu"
        # Any verb inverted with a plural subject: "Les socialistes ont-ils soutenu … ?"
        r"|\b(?:ont|avaient|etaient|furent|sont)-(?:ils|elles)\b",
        folded,
    ):
        # "Faure a-t-il voté … ?": French inversion with no question word asks yes or no (« pour
        # que », « avant que »: a conjunction, no question word).
        if not set(split_words(_CONJUNCTION_QUE.sub(" ", folded))) & _WH_WORDS:
            return Intent.YES_NO
    return analysis.intent


_CONJUNCTION_QUE = lazy(
    r"\b(?:pour|avant|afin|sans|parce|bien|alors|tandis|apres|ainsi|pendant|depuis|des)\s+qu(?:e\b|')"
)


# "Which fellow Socialist did …", "which future presidential candidate did …": the noun asked
# for, before the auxiliary, is a person.
# (After a preposition too: "avec quel responsable socialiste Olivier Faure a-t-il …"; and before
# a verb in the past as well as an auxiliary: "which Green candidate stood aside".)
_WHICH_PHRASE = lazy(
    r"^\s*(?:(?:with|to|for|by|from|against|avec|a|pour|par|contre|de)\s+)?"
    r"(?:which|what|quel|quelle|quels|quelles)\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+"
    r"(?:(?:olivier\s+)?faure\s+)?"
    r"(?:did|does|do|was|were|is|are|has|had|a-t-il|a-t-elle|est-il|etait-il|avait-il|stood|ran|withdrew|[a-z]{3,}ed)\b"
)
_PERSON_NOUNS = frozenset(
    "candidate candidat candidats candidates fellow colleague collegue friend ami amie rival opponent adversaire "
    "socialist socialiste member membre activist militant militante journalist journaliste responsable "
    "dirigeant dirigeante politician".split()
    # A title someone holds: "which law committee chairman did he work with", "pour quel député".
    + "chairman chairwoman depute deputee senator senateur".split()
    # "which group leader", "quel chef de parti": who leads it.
    + "leader leaders boss chef chefs".split()
    # "avec quel homme politique", "quelle femme de gauche": a man or a woman is a person.
    + "homme hommes femme femmes".split()
)


_GENERIC_PERSONS = frozenset(
    "candidate candidat candidats candidates fellow colleague collegue friend ami amie rival opponent adversaire "
    "member membre responsable responsables dirigeant dirigeante politician".split()
    # What kind of answer, not how the person is described: "quelle figure socialiste".
    + "figure figures personnalite personnalites personality personalities person personne personnage".split()
    # "homme politique", "femme politique": a politician, how any of them is described.
    + "homme hommes femme femmes politique politiques".split()
    # When, not what: "which former close friend", "which one-time friend", "le futur …".
    + "former one time one-time future ex ancien ancienne futur late".split()
    # How known, the asker's word, not the source's: "which well-known Socialist", « quel célèbre ».
    + "well known well-known famous prominent notable celebre celebres connu connus connue".split()
)


def _described_as(folded: str) -> set[str]:
    """The words a "which … did" question describes the person asked with ("fellow Socialist":
    socialist), besides the generic ones."""
    phrase = _WHICH_PHRASE.match(folded)
    if phrase is None or not _names_a_person(folded):
        return set()
    words = phrase.group(1).split()
    # "which one-time friend of Faure": the description stops at what it is of.
    words = words[: next((n for n, w in enumerate(words) if w in ("of", "de", "du", "d'") and n), len(words))]
    if set(words) & _LATER:
        # "which future presidential candidate": what they were to become, which the sentence
        # of the time need not say; who it is, the rest of the question tells.
        return set()
    words = [w for w in words if w not in _GENERIC_PERSONS and w not in STOPWORDS]
    return {c for w in words for c in content_words(w)}


_LATER = frozenset({"future", "later", "eventual", "futur", "futurs", "futures"})


def _minister_asked(folded: str) -> set[str]:
    """The words of a "which … minister did" question's phrase ("which Interior Minister":
    interior, minister), or none when it asks no minister so."""
    phrase = _WHICH_PHRASE.match(folded)
    if phrase is None or phrase.group(1).split()[-1] not in ("minister", "ministre"):
        return set()
    if {"prime", "premier"} & set(phrase.group(1).split()):
        return set()  # (a Prime Minister is asked by the title: see _person_title)
    return {c for w in phrase.group(1).split() for c in content_words(w)}


def _holds_minister_asked(known: Knowledge, analysis: Analysis, unit: Unit) -> bool:
    """Whether the unit holds every word of the minister asked for ("Which Interior Minister did
    he serve under?" is not answered by Martine Aubry "in the Ministry of Labour")."""
    words = _minister_asked(fold(analysis.text))
    if not words:
        return True
    groups = tuple(g for g in analysis.concepts if set(g) & {stem(w) for w in words} or set(g) & words)
    return not groups or _unit_holds_question(known, replace(analysis, concepts=groups), unit)


_OWNED_NOUN = lazy(r"\b(?:the|a|la|le|l['’])\s*([a-z]{3,})\s+(?:of|de|du|d['’])\s*$")


def _owns_another(question: str, text: str, at: int, name: str) -> bool:
    """Whether the name at `at` owns a thing ("the list of Benoît Hamon") that the question
    names with qualifiers of its own none of which is the name's ("the PS-Place Publique list"):
    then it is another one of that kind."""
    owned = _OWNED_NOUN.search(text[max(0, at - 40) : at])
    if owned is None:
        return False
    noun = owned.group(1)
    qualified = re.search(rf"((?:[A-ZÀ-Ý][\w'’–-]*\s+)+){re.escape(noun)}\b", question)
    if qualified is None:
        qualified = re.search(
            rf"\b{re.escape(noun)}\s+(?:of\s+the\s+|de\s+la\s+|du\s+|des\s+)?((?:[A-ZÀ-Ý][\w'’–-]*\s*)+)", question
        )
    if qualified is None:
        return False
    # (Not the question's opening word: "Whose list won 3.3%?".)
    words = set(split_words(qualified.group(1))) - STOPWORDS - _WH_WORDS
    return bool(words) and not words & set(split_words(name))


_SET_OFF = lazy(r"\s*,\s+(?:the|an?|le|la|l['’]|un|une)\s*[^,;.()]{2,90}")


def _set_off_as(senses: list[tuple[str, ...]], text: str) -> bool:
    """Whether the words set off after a name ("…, the president of the commission of law in the
    National Assembly") say each thing asked of the person, in one of its senses."""
    found = _SET_OFF.match(text)
    if found is None:
        return False
    said = set(content_words(found.group()))
    return all(set(sense) & said for sense in senses)


def _of_phrase(text: str) -> str:
    """The words after a name that say what the person is of ("of the Union for a Popular
    Movement (UMP)"), else nothing."""
    found = re.match(r"\s*,?\s*(?:of|from|de|du|des)\s+[^,;.]{1,70}", text)
    return found.group() if found else ""


def _names_a_person(folded: str) -> bool:
    phrase = _WHICH_PHRASE.match(folded)
    if phrase is None:
        return False
    words = phrase.group(1).split()
    # "which one-time friend of Faure": the noun before what it is of.
    of = next((n for n, w in enumerate(words) if w in ("of", "de", "du", "d'") and n), len(words))
    heads = {words[of - 1], words[0]}
    # ("which two well-known Socialists": a plural is of the same kind.)
    heads |= {w[:-1] for w in heads if w.endswith("s")}
    return bool(heads & _PERSON_NOUNS) or "fellow" in words


# Words that make a question about him, whoever else it names.
_HIM = frozenset("faure olivier he his him il lui son sa ses".split())
_WH_WORDS = frozenset(
    "quel quelle quels quelles qui quoi quand ou combien comment pourquoi lequel laquelle lesquels que qu".split()
)


# (One name word: "le groupe Nouvelle Gauche" is the body's own name, not a noun it qualifies.)
_NOUN_THEN_NAME = lazy(
    r"\b(?:l['’]|le\s+|la\s+|son\s+|sa\s+)\s*([a-zàâçéèêëîïôûù]{4,})\s+([A-ZÀ-Ý][\w-]{2,})\b(?!\s+[A-ZÀ-Ý])"
)


_WORD_USED = lazy(r"\b(?:word|term|expression|mot|terme)\b.{0,40}\b(?:use|used|utilis\w*|employ\w*)\b")
_WORD_USED_LIGHT = frozenset(
    "word term expression mot terme use used utilise utilisee utilises employe employee".split()
)


# "before Aubervilliers", « après Villeurbanne »: a time set by a name (as written), which may be
# the town of a congress the source names by it ("the Aubervilliers Congress").
_TIME_BY_A_NAME = lazy(
    r"\b(?P<joint>before|after|since|until|avant|apr[eè]s|depuis)\s+(?P<town>[A-ZÀ-Ý][\w-]+)\b(?![\w-]|\s+[Cc]ongr)"
)
_CONGRESS_OF = lazy(r"\b([A-ZÀ-Ý][\w-]+)\s+Congress\b")


def _congress_by_its_town(store: Store, text: str) -> str:
    """`text` with a congress named by its town alone after a word of time named in full, as the
    source names it ("before Aubervilliers": "before the Aubervilliers Congress", « avant
    Aubervilliers » : « avant le congrès d'Aubervilliers »); `text` itself where it names none."""
    towns = {m.group(1) for s in store.sentences for m in _CONGRESS_OF.finditer(s.text)}

    def named(m: re.Match[str]) -> str:
        town, joint = m["town"], m["joint"]
        if town not in towns:
            return m.group()
        if fold(joint) in ("avant", "apres", "depuis"):
            of = "d'" if fold(town)[:1] in "aeiouy" else "de "
            return f"{joint} le congrès {of}{town}"
        return f"{joint} the {town} Congress"

    return _TIME_BY_A_NAME.sub(named, text)


def _ask(store: Store, question: str) -> Answer:
    text = check_text(question, "question")
    known = knowledge(store)
    read, earliest = _reword(text)
    # (Only the people whose surname's words the question holds: the same names as reading
    # every person of the store, at a fifth of the cost, as verify's claims are read.)
    analysis = _in_other_words(analyse(read, known.built.known, people_near(known, read)), known.built.known)
    analysis = _years_on(_without_decade_years(analysis))
    intent = _thing_over_when(analysis, _intent(analysis))
    if intent is not analysis.intent:
        analysis = replace(analysis, intent=intent)
    school = next((w for w in split_words(analysis.text) if w in _SCHOOL_KINDS), None)
    if analysis.intent is Intent.PLACE and school is not None and re.match(r"\s*(?:where|ou)\b", fold(read)):
        # "Where did he go to university?": which school, not the town it is in.
        analysis = replace(analysis, intent=Intent.TEXT, target=school)
    analysis = _with_particle_names(known, analysis)
    named_by = _NOUN_THEN_NAME.search(analysis.text) if analysis.intent is Intent.TEXT and analysis.target else None
    if (
        named_by is not None
        and fold(named_by.group(1)) == analysis.target
        and fold(named_by.group(2)) in known.built.known
    ):
        # « l'amendement Navigo », « la loi El Khomri »: French puts the name after the noun;
        # which one is asked by its name, as "the Navigo amendment" is.
        analysis = replace(analysis, target=named_by.group(2).lower())
    if analysis.intent in (Intent.NUMBER, Intent.SHARE):
        analysis = _with_subject(known, analysis)
    if not analysis.asks_end and _LEAVES.search(fold(read)):
        # "When did he leave the presidency of the New Left group?", "stop being spokesperson".
        analysis = replace(analysis, asks_end=True)
    if analysis.asks_end and not _ENDS.search(re.sub(r"\bLeft\b", "", read)):
        # "the New Left group": a name, not a question about when something ended.
        analysis = replace(analysis, asks_end=False)
    # "which city", "his role", "the title": what kind of answer is wanted, not a word the
    # sentence that holds it must have.
    light = {stem(w) for w in _LIGHT} | ({stem(analysis.target)} if analysis.target in _TYPE_WORDS else set())
    if analysis.intent is Intent.DATE:
        # "On what date", "en quel mois": the kind of date wanted, not a word of the record.
        light |= {stem(w) for w in _DATE_WORDS}
    causative = _CAUSATIVE.search(fold(read))
    if causative:
        # "get a resolution passed", "fait adopter une résolution": he had it done; the verb
        # that tells what was done is the other one.
        light.add(stem(causative.group(1) or causative.group(2)))
    if _WORD_USED.search(fold(read)):
        # "What word did they use to describe the proposal?": a word asked, said by a verb of
        # naming in the sentence ("denounced the proposal as a 'surrender'"), not "word" or "use".
        light |= {stem(w) for w in _WORD_USED_LIGHT}
    kept = tuple(g for g in analysis.concepts if g[0] not in light)
    if len(kept) != len(analysis.concepts) and kept:
        analysis = replace(analysis, concepts=kept, words=tuple(w for g in kept for w in g))
    late = past_the_source(store, analysis)
    if late is not None:
        return _declined(store, analysis, [], late[1])
    other = _spouse_of_other_kind(store, analysis.text)
    if other is not None:
        return _declined(store, analysis, [], other)
    lead = _who_is(store, analysis) or _parents(store, analysis) or _holder_of_his_post(store, analysis)
    if lead is not None:
        return lead
    if analysis.unknown:
        note = f"the source never mentions {', '.join(analysis.unknown)}"
        return _declined(store, analysis, rank(known, analysis, limit=3), note)
    first = _FIRST_OF_HIS.search(fold(analysis.text))
    if first and not any(re.search(rf"\bfirst\s+{first.group(1)[:4]}", fold(s.text)) for s in store.sentences):
        # "What was his first job in politics?": the source ranks none of his posts first (the
        # "First" of First Secretary is a title, not an order).
        return _declined(store, analysis, rank(known, analysis, limit=3), "the source does not say which was first")
    aged = _age_then(store, analysis)
    if aged is not None:
        return aged
    never = _post_never_his(store, analysis)
    if never is not None:
        return _declined(store, analysis, [], never)
    placed = _placed_him(known, analysis) if _ASKS_PLACE.search(fold(analysis.text)) else None
    if placed is not None:
        return placed
    if _WHICH_FIRST.match(fold(analysis.text)):
        return _which_first(known, analysis)
    if _ASKS_MARGIN.search(fold(analysis.text)):
        return _margin(known, analysis)
    more = _MORE_THAN.search(fold(analysis.text))
    if more is not None:
        # "How many more votes did Faure get than Bachelay?": a margin, when he is the one asked
        # to have more (he is the first of every pair the source sets against another); of
        # another ("… did Batho get than Faure?") the source's pairs do not say which way.
        if _HIM & set(split_words(more.group("who"))):
            return _margin(known, analysis)
        return _declined(store, analysis, rank(known, analysis, limit=3), "the source gives no such margin")
    if _ASKS_TALLY.search(fold(analysis.text)) and (tally := _tally(known, analysis)) is not None:
        return tally
    if _WHAT_WAS_THE_VOTE.search(fold(analysis.text)):
        tally = _tally(known, analysis)
        return tally or _declined(store, analysis, rank(known, analysis, limit=3), "the source gives no such vote")
    if analysis.intent is Intent.YES_NO:
        return _yes_no(store, analysis)
    if analysis.intent is Intent.DATE and analysis.asks_end:
        unended = _held_post_asked(store, analysis)
        if unended is not None:
            # "When did his term as first secretary end?": it had not, at the source's date.
            note = f"no end: he still held it at the source's date ({store.source.as_of.human()}): {unended.title}"
            return _declined(store, analysis, [], note)
    if analysis.intent is Intent.DATE:
        found = _date_answer(known, analysis, earliest=earliest)
        if found is not None and _ASKS_DAY.search(fold(analysis.text)) and not _DAY_VALUE.match(str(found.value)):
            # "On what day in January 2018 did he announce his candidacy?": the source gives the
            # month only; the month is no answer to the day asked.
            note = "the date found gives no day, only " + (found.answer or "")
            return _declined(store, analysis, [], note)
        if found is not None:
            return found
        return _declined(store, analysis, rank(known, analysis, limit=3), "the source does not say")
    if analysis.intent is Intent.PERSON and (became := _who_became_his_post(store, analysis)) is not None:
        return became
    field = _infobox_field(store, analysis) or _offices_held(store, analysis) or _doing_then(store, analysis)
    field = field or _deed_at(known, analysis)
    if field is not None:
        return field
    said = _why(known, analysis) or _said_by(known, analysis) or _who_said(known, analysis)
    said = said or _obtained(known, analysis)
    if said is not None:
        return said
    if _ASKS_WHY.match(fold(analysis.text)):
        # "Pourquoi a-t-il démissionné de son poste de conseiller spécial ?": a reason the
        # sentence does not give; the post it names is no answer to why.
        return _declined(store, analysis, rank(known, analysis, limit=3), "the source gives no reason")
    matches = rank(known, analysis)
    relevant = [m for m in matches if m.fits and m.score >= RELEVANT]
    quoted = _quoted_words(analysis.text)
    if quoted:
        # 'Who said "The NFP is reduced by one party"?': only a sentence that holds those words
        # says; one that merely shares a few of them (the motion of censure) is a guess.
        relevant = [m for m in relevant if quoted in _plain(m.unit.text)]
        if not relevant:
            return _declined(store, analysis, matches[:3], "the source does not hold those words")
    elif _ASKS_SPEAKER.match(fold(analysis.text)):
        # "Who said the NFP is reduced by one party?": who said something is named by a sentence
        # that reports words (a verb of saying, a quotation), not by one that only shares a few
        # of them (the motion of censure against Bayrou).
        relevant = [m for m in relevant if _REPORTS_WORDS.search(m.unit.text)]
        if not relevant:
            return _declined(store, analysis, matches[:3], "the source reports no one saying it")
    if analysis.intent is Intent.DURATION and (heads := _led_post(known, analysis)) is not None:
        # "How long has he led the PS?": the post that leads that body, not the group formed
        # around it.
        relevant = [Match(heads, RELEVANT, True, True)]
    elif analysis.intent is Intent.DURATION:
        posts = _posts_named(store, analysis)
        if posts:
            # "How long has he been a deputy?": the post that word names, not the group he
            # presided in the Assembly.
            relevant = [m for m in relevant if m.unit.office is None or m.unit.office.id in posts]
        offices = [m for m in relevant if m.unit.office is not None]
        if len(offices) > 1 and offices[1].score >= offices[0].score - 0.05:
            # "How long was he a deputy" read as two posts alike: which one, it cannot tell.
            if _duration(known, analysis, offices[0].unit) and _duration(known, analysis, offices[1].unit):
                return _declined(store, analysis, matches[:3], "the question fits more than one post")
    # "… on 29 March": the units dated to that day, before any cut to the best few.
    relevant = [m for m in relevant if not _other_day(analysis, m.unit)]
    if _PRESENT.search(fold(analysis.text)) and not any(v.kind is ValueKind.DATE for v in analysis.values):
        # "Which constituency does he represent": the post he holds, before older sentences.
        held = [m for m in relevant if m.unit.office is not None and m.unit.office.current]
        # A post he holds whose title names the thing asked ("Member … for Seine-et-Marne's 11th
        # constituency") answers before a sentence of a post he ran for in the past ("ran to
        # represent Seine-et-Marne's 8th constituency … but lost"), however many words it shares.
        # (Not when the question is about someone else: "which party does Cathy Bissonier belong to".)
        wanted = set(_canon(analysis.target or "")) if not analysis.people else set()
        held += [
            m for m in matches
            if m not in held and m.fits and m.unit.office is not None and m.unit.office.current
            and wanted & set(content_words(m.unit.office.title))
        ]  # fmt: skip
        # "Which party does he lead?": a post he holds whose title names the kind of thing asked
        # ("First Secretary of the Socialist Party"), ranked or not (the question's verb may not
        # be in it).
        ranked = {m.unit.id for m in held}
        held += [
            Match(u, RELEVANT, True, True) for u in known.built.units
            if wanted and _HOLDS_VERB.search(fold(analysis.text))
            and u.id not in ranked and u.office is not None and u.office.current
            and wanted & set(content_words(u.office.title))
        ]  # fmt: skip
        relevant = [*held, *(m for m in relevant[:4] if m not in held)]
    else:
        relevant = relevant[:4]
    fine = [v for v in analysis.values if v.kind is ValueKind.DATE and v.year and v.month]
    if fine and len(relevant) > 1:
        # "What did Faure become in October 2007?": of units alike, the one dated to that month
        # ("In October 2007, Faure joined …") before one dated to the year only ("At the
        # beginning of 2007, … Ségolène Royal's campaign to become the PS candidate").
        relevant.sort(key=lambda m: (-round(m.score, 3), _narrowest(m.unit, fine)))
    if relevant and analysis.intent is Intent.PERSON:
        # A name from a sentence far less about the question than the best one is a guess.
        relevant = [m for m in relevant if m.score >= relevant[0].score - 0.25]
    if analysis.intent is Intent.PERSON:
        title = _person_title(analysis)
        if title:
            # "Which Prime Minister…": a sentence that gives someone that title first.
            relevant.sort(key=lambda m: not _titled(known, m.unit.text, title))
            # Someone the source itself calls that comes first: "which Prime Minister did his
            # election hurt" is Manuel Valls ("a blow to Prime Minister Manuel Valls"), not
            # Bruno Le Roux, whom the sentence before names.
            near = [m for m in rank(known, analysis, limit=8) if m.fits and m.score >= RELEVANT - 0.1]
            if title == "secretary":
                # "Which first secretary did he succeed?": the title is said in many sentences
                # (his own post, Hollande's), so one that holds it must hold the rest too.
                near = [m for m in near if _unit_holds_question(known, analysis, m.unit)]
                if any(v.kind is ValueKind.DATE for v in analysis.values):
                    # "… in the 1990s": a sentence's dates may be of its other clause (his
                    # years with Aubry); a post's own term says when.
                    near = [m for m in near if m.unit.office is not None]
            answers = [
                (m.score, found) for m in near if _titled(known, m.unit.text, title)
                for found in [_extract(known, analysis, m.unit)] if found is not None
            ]  # fmt: skip
            if answers:
                rivals = {f.answer for score, f in answers if score >= answers[0][0] - 0.1}
                if len(rivals) > 1:
                    # Michel Rocard or Manuel Valls: two people so titled fit about as well.
                    return _declined(store, analysis, matches[:3], "the source does not say which")
                return answers[0][1]
    led = _led_post(known, analysis) or _post_succeeded_as(known, analysis)
    if led is not None:
        # "Qui a précédé Olivier Faure à la tête du PS ?": the post of the one who leads it.
        relevant = [Match(led, RELEVANT, True, True), *(m for m in relevant if m.unit.id != led.id)]
    units = _index(known).units
    if analysis.people and not set(split_words(analysis.text)) & _HIM:
        # "Where was Hamon born?", "What is Valls's nationality?": his card's lines are his.
        card = {r for refs in store.person.sources.values() for r in refs if r.startswith(INFOBOX_PREFIX)}
        relevant = [m for m in relevant if not set(m.unit.refs) & card]
    for match in relevant:
        # A line of his card must be about what is asked of it (from main's ask work): "at which
        # university did he teach" is not answered by where he studied.
        if (
            analysis.intent is Intent.TEXT
            and match.unit.id.startswith(INFOBOX_PREFIX)
            and not _unit_holds_question(known, analysis, match.unit)
        ):
            continue
        if (
            analysis.intent is Intent.PLACE
            and match.unit.id.startswith("s")
            and not _beyond_names(analysis, match.unit)
        ):
            # "Where did he meet Benoît Hamon?": a place in a sentence sharing only the name
            # ("in France", of the 2019 election Hamon ran in) is a guess.
            continue
        if (
            analysis.intent is Intent.PLACE
            and any("born" in g for g in analysis.concepts)
            and not _unit_holds_question(known, replace(analysis, concepts=(("born",),)), match.unit)
        ):
            # "Where was the Republican leader Faure born?": where he was born, only a record of
            # his birth says (not the group he headed in the National Assembly).
            continue
        if analysis.intent is Intent.PERSON and not _holds_post_taken(known, analysis, match.unit):
            continue
        if analysis.intent is Intent.PERSON and not _holds_minister_asked(known, analysis, match.unit):
            continue
        if match.unit.id.startswith("s") and _other_rank(analysis.text, match.unit.text):
            # "Which poll put him first?" from "placed him in second place": another rank.
            continue
        if _other_day(analysis, match.unit):
            # "What percentage did Le Foll get on 29 March?": not the first round of 15 March.
            continue
        if match.unit.id.startswith("s") and not _holds_when_clause(known, analysis, match.unit):
            # "How old was he when he married?": a sentence giving his age when he joined the
            # PS, with nothing of marrying, does not say.
            continue
        # "Who criticised the PS decision?": a sentence about the decision that criticises
        # nothing (Bayrou's motion) does not say who did (the one after it may).
        # "In which constituency was he elected?": not where he ran but lost (2007); "with what
        # share was he elected first secretary": not the first round he came first in.
        if _holds_verb(known, analysis, match.unit) and _tells_his_win(analysis, match.unit):
            found = _extract(known, analysis, match.unit)
            if found is not None and not _post_out_of_time(store, analysis, found) and _of_party_asked(analysis, found):
                return found
        # "…announced his candidacy… He was … supported by Martine Aubry": the sentence after
        # goes on about the same thing, and may hold the words the question asks about.
        number = units.get(match.unit.id, -1) + 1
        if match.unit.id.startswith("s") and 0 < number < len(known.built.units):
            following = known.built.units[number]
            dates = [v for v in analysis.values if v.kind is ValueKind.DATE]
            fits = date_fit(following, dates)[0]
            if (
                following.id.startswith("s")
                and fits
                and _adds_question_words(analysis, match.unit, following)
                # (A figure is that of its own time: one from a sentence opening another is not.)
                and not (
                    analysis.intent in (Intent.NUMBER, Intent.SHARE) and _tells_another_time(match.unit, following)
                )
            ):
                # What the first sentence holds of the question counts for the one that goes on
                # ("… the head of the SRC group. His election … against 120 for Guillaume
                # Bachelay": the SRC group is named only in the first).
                spelled = {
                    fold(a) for a in re.findall(r"\b[A-Z]{3,5}\b", analysis.text) if _spelled_out(a, match.unit.text)
                }
                carried = replace(following, words=following.words | match.unit.words | spelled)
                told = _holds_verb(known, analysis, carried) and _tells_his_win(analysis, following)
                found = _extract(known, analysis, carried) if told else None
                if found is not None and _of_party_asked(analysis, found):
                    refs = [*found.sources, *(r for r in match.unit.refs if r not in found.sources)]
                    return replace(found, evidence=tuple(quote(store, r) for r in refs), sources=tuple(refs))
    aged = _age_at_event(known, analysis)
    if aged is not None:
        return aged
    return _declined(store, analysis, matches[:3], "the source does not say")


# "When was he …", "when did Faure …", "quand a-t-il …": a question about a deed of his.
_ASKS_HIS_DEED = lazy(
    r"^\s*(?:when|in what year|in which year|what year|quand|en quelle annee|a quelle date|depuis quand)\s+"
    r"(?:(?:was|did|has|had|is)\s+(?:he|(?:olivier\s+)?faure)\b"
    r"|(?:(?:olivier\s+)?faure\s+)?(?:a|est)-t-il\b|(?:a|est)-il\b)"
)
_NAMES_HIM = lazy(r"\b(?:faure|he|his|him|il|olivier)\b")


# "His first job", "son premier poste": the earliest of his posts, asked.
_FIRST_OF_HIS = lazy(
    r"\b(?:his|son|sa)\s+(?:very\s+)?(?:first|premier|premiere)\s+"
    r"(?:political\s+|politique\s+)?(job|position|post|role|office|poste|emploi|fonction|mandat|travail|metier)\b"
)


def _post_out_of_time(store: Store, analysis: Analysis, found: Answer) -> bool:
    """Whether an answer to "what was his role in 2014" is a post of his he did not hold then
    (the opening sentence's "First Secretary of the Socialist Party", held since 2018)."""
    if found.type is not Intent.TEXT or not found.answer or not set(split_words(analysis.text)) & _ROLE_WORDS:
        return False
    dates = [d for v in analysis.values if v.kind is ValueKind.DATE for d in [v.date()] if d is not None]
    if len(dates) != 1:
        return False
    said = fold(found.answer)
    posts = [o for o in store.offices if fold(o.title) == said or fold(o.title).startswith(said + " ")]
    return bool(posts) and not any(o.held_during(dates[0], store.source.as_of) for o in posts)


def _other_day(analysis: Analysis, unit: Unit) -> bool:
    """Whether the question gives a day and month without a year ("on 29 March") and the unit
    is not dated to that day (the first round of 15 March 2018; the 2017 election, of no day)."""
    days = {(v.month, v.day) for v in analysis.values if v.kind is ValueKind.DATE and not v.year and v.day}
    if not days:
        return _other_dated_day(analysis, unit)
    return not days & {(start.month, start.day) for start, end in unit.spans if start == end}


def _other_dated_day(analysis: Analysis, unit: Unit) -> bool:
    """Whether a "who" question gives a whole day ("Who was elected on 17 June 2012?") and the
    sentence gives none of its own, or another: a sentence of that year only ("After Hollande won
    the primary") does not say who did it that day."""
    if analysis.intent is not Intent.PERSON or not unit.id.startswith("s"):
        return False
    days = {(v.month, v.day) for v in analysis.values if v.kind is ValueKind.DATE and v.year and v.day}
    return bool(days) and not days & {(start.month, start.day) for start, end in unit.spans if start == end}


def _narrowest(unit: Unit, dates: list[Value]) -> int:
    """The days of the narrowest period of the unit that holds the dates asked (a large number
    when none does)."""
    wanted = [period(v) for v in dates]
    spans = [
        (end - start).days for start, end in unit.spans
        if start.year > 1 and all(start <= last and first <= end for first, last in wanted)
    ]  # fmt: skip
    return min(spans, default=1 << 30)


# A rank, not a title or a round ("first secretary", "the first round", "for the first time").
_RANK = lazy(
    r"\b(first|1st|premier|premiere|second|seconde|2nd|deuxieme|third|3rd|troisieme)\b"
    r"(?!\s+(?:secretary|secretaire|round|rounds|tour|tours|time|fois|minister|ministre|vice|signatory|signataire|lady))"
)
_RANKS = {"first": 1, "1st": 1, "premier": 1, "premiere": 1, "second": 2, "seconde": 2, "2nd": 2, "deuxieme": 2}


def _ranks(text: str) -> set[int]:
    return {_RANKS.get(m.group(1), 3) for m in _RANK.finditer(fold(text))}


def _other_rank(question: str, text: str) -> bool:
    """Whether the sentence gives a rank and not the one the question asks ("put him first":
    "placed him in second place")."""
    asked = _ranks(question) if _RANK.search(fold(question)) else set()
    held = _ranks(text) if asked else set()
    return bool(asked and held and not asked & held)


_ASKS_DAY = lazy(r"\b(?:what|which)\s+(?:exact\s+)?(?:day|date)\b|\bquel\s+jour\b|\bquelle\s+date\b|\bexact\s+date\b")
_DAY_VALUE = lazy(r"\d{4}-\d{2}-\d{2}")


# What a post he holds says of him: he leads, heads, belongs to, represents what it names.
_HOLDS_VERB = lazy(
    r"\b(?:lead|leads|head|heads|run|runs|chair|chairs|belong|belongs|member|represent|represents"
    r"|dirige|preside|appartient|membre|represente)\b"
)


_WHO_IS = lazy(r"^\s*(?:who\s+is|who's|who\s+was|qui\s+est|qui\s+etait|c'est\s+qui)\s+(.+?)[\s?.!]*$")
_DESCRIBED = lazy(r"\b(?:is|was)\s+((?:an?|the)\s+\S.*?)\.?$")


# "Who is the First Secretary of the PS?", « Qui était président du groupe Nouvelle Gauche en
# 2017 ? »: who held a post, asked by its title and a time (a year, now, or none).
_HOLDER_ASKED = lazy(
    r"^\s*(?:who|qui|c'est\s+qui)(?:'s|\s+(?:is|est|was|etait|fut|a\s+ete))?\s+(?:currently\s+|actuellement\s+)?"
    r"(?:the\s+|le\s+|la\s+|l')?(?P<role>[a-z].*?)"
    r"(?:\s+(?:in|en)\s+(?P<year>\d{4})|\s+(?:now|today|currently|aujourd'hui|actuellement|maintenant))?[\s?.!]*$"
)
_HOLDER_LED = lazy(
    r"^\s*(?:who|qui)\s+(?P<verb>presided|chaired|led|headed|presidait|dirigeait|a\s+preside|a\s+dirige)"
    r"(?:\s+over)?\s+(?P<body>(?:the|le|la|l')\s*[a-z].*?)\s+(?:in|en)\s+(?P<year>\d{4})[\s?.!]*$"
)
# A post's holder asked at a time set by another's term or a deed: before or after him, until,
# since (folded).
_HOLDER_BY_ANOTHER_TIME = lazy(
    r"\b(?:before|after|prior\s+to|following|preceding|until|till|since|avant|apres|jusqu|depuis|precede|succede)"
)
# The verb of leading, by its first four letters, as the head's title it gives.
_LED_AS = {
    **dict.fromkeys(("pres", "chai", "a pr"), "president"),  # presided, chaired, « a présidé »
    **dict.fromkeys(("led", "head", "diri", "a di"), "head"),  # led, headed, « dirigeait », « a dirigé »
}
_RANKED_HOLDER = lazy(
    r"^(?:first|premier|premiere|1st|1er|last|dernier|derniere|next|prochain|previous|precedent|former|ancien"
    r"|interim|youngest|oldest|plus\s+jeune)\s+(?!secretary\b|secretaire\b)|^(?:first|premier)\s+(?:first|premier)\b"
)
# A post one person holds at a time: the head of a body, or a constituency's seat.
_ONE_HOLDER = lazy(r"^(?:first\s+secretary|president|secretary-general)\b|\bconstituency\b")


def _holder_of_his_post(store: Store, analysis: Analysis) -> Answer | None:
    """He, when the post asked about is one of his held by one person at a time and the source
    has him in it at the time asked: a year within his term (a first or last year with a note
    of when he began or left it), or, asked with no year, a term running at the source's date
    (said as of that date). Another time, or a post several hold at once (one of the
    spokespeople), is not answered here."""
    folded = fold(analysis.text).replace("’", "'")
    asked = _HOLDER_ASKED.match(folded)
    led = _HOLDER_LED.match(folded)
    if (asked is None and led is None) or analysis.people:
        return None
    # ("Who presided the group in 2017?", « Qui dirigeait le groupe … ? »: the post of heading it.)
    if led is not None:
        # (The Assembly where the group sits names no other post: "the Socialist group in the
        # Assembly" is its group.)
        body = re.sub(r"\s+(?:in\s+the|a\s+l')\s*(?:national\s+)?assembl\w*(?:\s+nationale)?$", "", led.group("body"))
        role, year_asked = f"{_LED_AS[led.group('verb')[:4]]} of {body}", led.group("year")
    elif asked is not None:
        role, year_asked = asked.group("role"), asked.group("year")
    if _RANKED_HOLDER.search(role):
        return None  # "the first First Secretary", "the last one": the source ranks no holders
    if _HOLDER_BY_ANOTHER_TIME.search(role):
        # "Who was First Secretary before him?", « … avant lui ? »: the one before or after a
        # holder (or a time), never the holder at the source's date.
        return None
    from faurecli.recall import _office_of

    office = _office_of(store, role)
    if office is None and led is not None and asked is not None:
        office = _office_of(store, asked.group("role"))  # (« dirigeait le groupe »: as asked)
    if office is None or not _ONE_HOLDER.search(fold(office.title)):
        return None
    year = year_asked
    if year is not None:
        note = _held_in_year(store, office, int(year))
        if note is None:
            return None
    elif office.current:
        # Asked in the present: at the source's date, said in the answer itself, as "Is he still
        # …?" is; asked of today, a date after the source, declined with what it said then.
        as_of = store.source.as_of.human()
        french = _french(analysis)
        held = f"{store.person.name}, {office.title}"
        if _ASKS_TODAY.search(fold(analysis.text)):
            said = (
                f"la source s'arrête en {as_of} et ne dit rien d'aujourd'hui ; à cette date : {held}"
                if french
                else f"the source stops in {as_of} and says nothing of today; as of then: {held}"
            )
            return _declined(store, analysis, [], said)
        dated = (
            f"{store.person.name} (à la date de la source : {as_of})"
            if french
            else f"{store.person.name} (as of {as_of})"
        )
        note = f"{office.title} since {office.start.human()}"
        return _answer(store, analysis, dated, store.person.name, _term_refs(office), note=note, intent=Intent.PERSON)
    else:
        return None
    name = store.person.name
    return _answer(store, analysis, name, name, _term_refs(office), note=note or None, intent=Intent.PERSON)


def _held_in_year(store: Store, office: Office, year: int) -> str | None:
    """ "" when he held `office` all of `year`; in his first or last year in it, when he began
    or left it (and who the source puts before or after him: another's name is no answer for
    the rest of the year); None when the source does not have him in it that year."""
    first, last = office.span(store.source.as_of)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if first <= start and end <= last:
        return ""
    began = office.start.year == year
    ended = office.end is not None and office.end.year == year
    if not began and not ended:
        return None  # before or after his term, or a term the source does not end
    during = f"from {office.start.human()}" if began else ""
    if ended and office.end is not None:
        during = f"{during} to {office.end.human()}" if during else f"until {office.end.human()}"
    if ended and office.successors:
        return f"{during}: the source names {' and '.join(office.successors)} as his successor"
    if began and office.predecessors:
        return f"{during}: the source names {' and '.join(office.predecessors)} before him, without their dates"
    return f"{during}: the source does not say who held it for the rest of {year}"


def _term_refs(office: Office) -> list[str]:
    """The infobox lines that name a post and date its term, else its first source."""
    term = [r for r in office.sources if re.match(rf"{INFOBOX_PREFIX}(?:Office|Term )", r)]
    return term or list(office.sources[:1])


def _who_is(store: Store, analysis: Analysis) -> Answer | None:
    """ "Who is Olivier Faure?", "Qui est Faure ?": who he is, as the article's lead sentence
    puts it (its words kept, 'has served … since' included: the note gives the source's date,
    nothing later is claimed). Only when nothing but his name is asked about."""
    found = _WHO_IS.match(fold(analysis.text).replace("’", "'"))
    if found is None:
        return None
    name = fold(store.person.name)
    asked = found.group(1).strip()
    if asked not in (name, name.split()[-1]):
        if not any(fold(p) == asked for p in analysis.people):
            return None
        # "Qui est Emmanuel Macron ?": someone else, said only by a description the article
        # puts beside their name ("Martine Aubry, the mayor of Lille"); a name from the same
        # sentence is not who they are.
        other = next(p for p in analysis.people if fold(p) == asked)
        for sentence in store.sentences:
            beside = re.search(rf"{re.escape(other)},\s+((?:the|a|an)\s+[^,.;()]+)", sentence.text)
            if beside is not None:
                answer = beside.group(1).strip()
                return _answer(store, analysis, answer, answer, [sentence.id], intent=Intent.TEXT)
            # "… with the new director-general of UNESCO, Audrey Azoulay.": the description set
            # before the name, closing the sentence or its clause.
            before = re.search(
                rf"(?:^|[,;.(])[^,;.()]*?\b((?:the|a|an)\s+[^,;.()]+),\s+{re.escape(other)}\s*(?:[.;,)]|$)",
                sentence.text,
            )
            if before is not None:
                answer = before.group(1).strip()
                return _answer(store, analysis, answer, answer, [sentence.id], intent=Intent.TEXT)
            # "Soria Blatmann, who was as a member of the presidential cabinet of Emmanuel Macron
            # … until February 2018": what the relative clause says she was, its time kept.
            relative = re.search(
                rf"{re.escape(other)},\s+who\s+(?:was|is|had\s+been|has\s+been)\s+(?:as\s+)?((?:the|a|an)\s+[^,;()]+?)\s*(?:[,;.)]|$)",
                sentence.text,
            )
            if relative is not None:
                answer = relative.group(1).strip()
                if other == store.person.spouse:
                    # (The tie the store records first: "the spouse of Olivier Faure".)
                    she = re.search(r"\b(?:she|her)\b", sentence.text) is not None
                    spouse = ("conjointe d'" if she else "conjoint d'") if _french(analysis) else "the spouse of "
                    answer = f"{spouse}{store.person.name}; {answer}"
                return _answer(store, analysis, answer, answer, [sentence.id], intent=Intent.TEXT)
        return _declined(store, analysis, [], "the source does not say who they are")
    surname = store.person.name.split()[-1]
    for sentence in store.sentences:
        if surname not in sentence.text:
            continue
        # The sentence without its asides ("(/fr/; born …)"), so the description is his.
        plain = re.sub(r"\s*\([^()]*\)", "", sentence.text)
        described = _DESCRIBED.search(plain)
        if described is None:
            continue
        as_of = store.source.as_of.human()
        note = (
            f"la première phrase de l'article ; la source s'arrête en {as_of}"
            if _french(analysis)
            else f"the article's opening sentence; the source covers events up to {as_of}"
        )
        answer = described.group(1)
        return _answer(store, analysis, answer, answer, [sentence.id], note=note, intent=Intent.TEXT)
    return None


_PARENT_STEMS = ("parent", "father", "mother", "père", "mère", "pere", "mere", "dad", "mum", "mom", "papa", "maman")
_PARENT_WORDS = frozenset({"parents", "parent"})
_ONE_PARENT = frozenset({"father", "mother", "pere", "mere", "dad", "mum", "mom", "papa", "maman"})
# What the source's words for them answer: who they were, what they did, where they came from.
_PARENTS_DESCRIBED = frozenset(
    "who qui what que quoi quel quelle quels quelles profession professions job jobs occupation occupations metier "
    "metiers work worked do did faisaient living origin origins nationality nationalities background from "
    "etaient sont were are".split()
)
# What they do not: their names, their birth, a date, a count.
_PARENTS_UNSAID = frozenset(
    "name names nom noms called appel appellent appelaient born nes when quand how combien many where ou live lived "
    "vivaient age".split()
)


_PARENT = r"(?:parents?|father|mother|pere|mere|dad|mum|mom|papa|maman)"
_HIS_PARENT = lazy(
    rf"\b(?:les|le|la|the)\s+(?:[\w-]+\s+)?{_PARENT}\s+(?:of|d'|de)\s*(?:olivier\s+)?faure\b"
    rf"|\b(?:his|ses|son|sa|faure's)\s+(?:[\w-]+\s+)?{_PARENT}\b"
)


# A parent asked by a word before it ("his Vietnamese parent", "the French parent of Faure"), and
# the French words for the nations the source's description of them names.
_QUALIFIED_PARENT = lazy(r"\b(?:his|the|son|sa|faure's)\s+(?!only\b|own\b)([a-z][\w-]*)\s+parent\b")
_NATION_FR = {
    **dict.fromkeys(("francais", "francaise"), "french"),
    **dict.fromkeys(("vietnamien", "vietnamienne"), "vietnamese"),
    **dict.fromkeys(("chinois", "chinoise"), "chinese"),
    **dict.fromkeys(("espagnol", "espagnole"), "spanish"),
}


def _parents(store: Store, analysis: Analysis) -> Answer | None:
    """A question about his parents, read from his card, never from his own lines ("Where were
    his parents from?" is not where he was born): what it says of them, as it says it ("a
    Vietnamese nurse of Chinese origin and a French tax agent of Spanish origin"), for who they
    were, what they did and where they came from; declined for anything else (their names), and
    for one parent: the source never says which is his father or his mother."""
    if analysis.intent is Intent.YES_NO:
        return None
    low = analysis.text.lower()
    if not any(w in low for w in _PARENT_STEMS):
        return None  # (a cheap test first)
    words = set(split_words(analysis.text))
    parents = store.person.parents
    if not parents or not words & (_PARENT_WORDS | _ONE_PARENT):
        return None
    if not _HIS_PARENT.search(fold(analysis.text).replace("’", "'")):
        return None  # "the parent company": not his
    shown = " and ".join(parents)
    refs = list(store.person.sources.get("parents", ()))
    if words & _ONE_PARENT:
        note = f"the source does not say which parent is which: he was born to {shown}"
        return _declined(store, analysis, [], note)
    # "the Vietnamese parent", « son parent français »: the one parent the source describes so
    # (which parent that is, father or mother, it never says; the description is all it gives).
    said_as = {_NATION_FR.get(w, w) for w in words}
    # (A parent "of Spanish origin" is asked by its origin, not as "his Spanish parent".)
    by_origin = bool(words & {"origin", "origine", "origins", "descent"})
    own = [
        p
        for p in parents
        if (set(split_words(p if by_origin else re.sub(r"\bof\s+\w+\s+origin\b", "", p))) - STOPWORDS - {"origin"})
        & said_as
    ]
    qualified = _QUALIFIED_PARENT.search(fold(analysis.text).replace("’", "'"))
    if "parents" not in words and len(own) == 1:
        shown = own[0]
    elif "parents" not in words and qualified is not None:
        # ("his Italian parent": a parent the source does not describe so, not both it does.)
        return _declined(store, analysis, [], f"the source says only that he was born to {shown}")
    asks_origin = "from" in words and ("where" in words or "ou" in words)
    if words & _PARENTS_UNSAID and not asks_origin:
        return _declined(store, analysis, [], f"the source says only that he was born to {shown}")
    if not words & _PARENTS_DESCRIBED:
        return None
    return _answer(store, analysis, shown, shown, refs, intent=Intent.TEXT)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def _quoted_words(question: str) -> str:
    """The words the question quotes (two or more), folded and without punctuation; or ''."""
    found = [_plain(q) for q in _QUOTED.findall(question)]
    return max((q for q in found if len(q.split()) >= 2), key=len, default="")


_PRESENT = lazy(r"\b(?:does|do|is|are|currently|now|today|actuellement|aujourd'hui|represente|siege|occupe)\b")


@record
class _Index(Record):
    built: Built
    units: dict[str, int]
    events: dict[str, Event]


_INDEX: dict[int, _Index] = {}


def _index(known: Knowledge) -> _Index:
    """Units by id and events by id, made once per built store (not per question: a stream asks
    thousands)."""
    found = _INDEX.get(id(known.built))
    if found is None or found.built is not known.built:
        units = {u.id: n for n, u in enumerate(known.built.units)}
        found = _INDEX[id(known.built)] = _Index(known.built, units, {e.id: e for e in known.store.events})
    return found


_PERSON_TITLES = {"prime": "minister", "premier": "minister", "minister": "minister", "ministre": "minister"}
# "Which chair of the law commission", "quel président de groupe": someone the sentence calls so.
_PERSON_TITLES |= dict.fromkeys(("president", "presidente", "chair", "chairman", "chairwoman"), "president")
# "quel premier secrétaire", "which first secretary": the party's leader, not a premier (a Prime
# Minister); the word after the rank says which.
_RANKED_TITLE = lazy(r"\b(?:premier|premiere|first)\s+secr[ée]taire?s?\b|\bfirst\s+secretar(?:y|ies)\b")


def _person_title(analysis: Analysis) -> str | None:
    """The title a "which …" question gives the person it asks for ("which Prime Minister":
    minister; "quel premier secrétaire": secretary), or None."""
    target = analysis.target or ""
    if target in ("premier", "premiere", "first") and _RANKED_TITLE.search(fold(analysis.text)):
        return "secretary"
    return _PERSON_TITLES.get(target)


def _titled(known: Knowledge, text: str, title: str) -> bool:
    """Whether `text` names someone with `title` just before or after the name."""
    folded = fold(text)
    if any(_bears(folded, at, name, title) for at, name in people_in(known, text)):
        return True
    # "the Prime Minister refused …": the title stands for someone the sentences name.
    pattern = rf"\b(?i:(?:the|le|la)\s+(?:prime\s+|premier\s+)?{title[:6]}\w*)\b(?!\s+[A-ZÀ-Ý])"
    return re.search(pattern, text) is not None


def _bears(folded: str, at: int, name: str, title: str) -> bool:
    """Whether the name at `at` of a folded text carries `title`: right before it ("Prime
    Minister Manuel Valls") or in apposition after it ("Manuel Valls, the Prime Minister"). A
    title a few words on belongs to someone else ("Bachelay was regarded as a blow to Prime
    Minister Manuel Valls")."""
    before = folded[max(0, at - 40) : at]
    after = folded[at + len(name) : at + len(name) + 40]
    return bool(
        re.search(rf"\b{title[:6]}\w*\s+$", before)
        or re.match(rf"\s*,\s*(?:the\s+|le\s+|la\s+|l')?(?:[\w-]+\s+){{0,2}}{title[:6]}", after)
    )


# A relative named: what is asked is theirs, not his card's ("the profession of Faure's father").
_KIN = lazy(rf"\b(?:{'|'.join(sorted(KIN))})\b")
# Everyday names of a field of his card: "his job" is his profession, not the "job cuts" of a
# sentence (which answered "France Travail").
_CARD_KEYS = {
    "job": ("profession",),
    "jobs": ("profession",),
    "occupation": ("profession",),
    "metier": ("profession",),
    "studies": ("alma mater",),
    "etudes": ("alma mater",),
    "university": ("alma mater",),
    "universite": ("alma mater",),
}


def _infobox_field(store: Store, analysis: Analysis) -> Answer | None:
    """The infobox line a "what is his …" question names by its key ("sa nationalité",
    "his profession", "son parti"): its value, before any sentence that merely shares a stem."""
    target = analysis.target
    if target in ("olivier", "faure"):
        # "What is Olivier Faure's profession?": the thing asked follows his name.
        owned = re.search(r"\bfaure(?:'|’)s\s+(\w+)", fold(analysis.text))
        target = owned.group(1) if owned else target
    if target in _NAME_WORDS:
        # "Quel est le nom de son parti ?": the name of his party is his party.
        owned = re.search(r"\b(?:of|de|du|d')\s*(?:his|son|sa|ses)\s+(\w+)", fold(analysis.text))
        target = owned.group(1) if owned else target
    if analysis.intent not in (Intent.TEXT, Intent.PLACE) or not target:
        return None
    if any(v.kind is ValueKind.DATE for v in analysis.values) and target in _CARD_KEYS:
        return None  # "his job in 1995": what he did then, not his card's undated profession
    if len(target) < 4 and target not in _CARD_KEYS:
        return None
    if analysis.people:
        return None  # "which party did Chantal Brunel belong to": not his card
    if target in _CARD_KEYS and len(analysis.concepts) > 1:
        return None  # "his job at France Travail" is not his profession
    kin = _KIN.search(fold(analysis.text))
    if kin and kin.group() != target:
        return None  # "the profession of Faure's father" is not his card's
    # "What party does Faure belong to": his, said by the verb.
    belongs = re.search(
        r"\b(?:does|did|is|was)\s+(?:he|(?:olivier\s+)?faure)\s+(?:belong|a\s+member)\b"
        r"|\b(?:est|etait)-il\s+(?:membre|adherent)\b|\bappartient-il\b",
        fold(analysis.text),
    )
    # Only what he has ("sa nationalité", "his party", "the party of Faure"), not "which party
    # withdrew its candidate".
    if not belongs and not re.search(
        rf"\b(?:his|son|sa|ses|faure's|faure’s)\s+(?:\w+\s+)?{re.escape(target)}|{re.escape(target)}\w*\s+(?:of|de|d')\s*(?:olivier\s+)?faure",
        fold(analysis.text),
    ):
        return None
    wanted = {target, *lexicon_synonyms(target), *_CARD_KEYS.get(target, ())}
    found = []
    for line in store.infobox:
        key = fold(re.sub(r"\d+$", "", line.key)).strip()
        if key in wanted or (len(key) >= 6 and _common_prefix(key, target) >= len(key) - 1):
            found.append(line)
    if len(found) != 1:
        return None  # "what office does he hold": the infobox has several, the offices say which
    return _answer(store, analysis, found[0].value, found[0].value, [found[0].ref])


_POSTS = frozenset(
    "office offices post posts poste postes fonction fonctions mandat mandats position positions".split()
)


def _offices_held(store: Store, analysis: Analysis) -> Answer | None:
    """ "What office does he hold?", "quels mandats occupe-t-il ?": every post held at the
    source's date, from the offices (the infobox lists several); "What position did he hold in
    2015?": every post the text says he held then."""
    then = _offices_then(store, analysis)
    if then is not None:
        return then
    if analysis.target not in _POSTS or not _PRESENT.search(fold(analysis.text)):
        return None
    if any(v.kind is ValueKind.DATE for v in analysis.values) or analysis.people:
        return None
    if _asks_more_than_posts(analysis):
        # "Quel poste a-t-il occupé auprès du Premier ministre Jean-Marc Ayrault ?": a post of
        # one kind, which the sentences say; not every post he holds.
        return None
    held = [o for o in store.offices if o.current]
    if not held:
        return None
    shown = "; ".join(o.title for o in held)
    refs = [r for o in held for r in o.sources if r.startswith(INFOBOX_PREFIX)]
    note = f"held at the source's date ({store.source.as_of.human()})"
    return _answer(store, analysis, shown, shown, refs, note=note)


_POST_QUESTION_STEMS = frozenset(
    stem(w)
    for w in (
        *_POSTS,
        *"role job hold holds held occupy occupies occupait occupe exercait exerce".split(),
        *"now currently current today presently still actuellement actuel actuelle aujourd hui toujours encore".split(),
    )
)


def _asks_more_than_posts(analysis: Analysis) -> bool:
    """Whether a question about his posts also says which ("his post with Ayrault", "his job at
    France Travail"): a content word beyond the post and holding words, a figure or a date aside."""
    return any(not set(g) & _POST_QUESTION_STEMS and not g[0].isdigit() for g in analysis.concepts)


def _offices_then(store: Store, analysis: Analysis) -> Answer | None:
    """The posts held within the one date a question asks about and nothing else ("What was his
    role in 2019?", "Quel poste occupait-il en 2015 ?"), as the offices give them: those the
    text says he held then, not those he perhaps held (an end it does not give)."""
    if analysis.intent is not Intent.TEXT or analysis.people:
        return None
    if not (analysis.target in _POSTS or analysis.target in _ROLE_WORDS or analysis.target in _CARD_KEYS):
        return None
    dates = [d for v in analysis.values if v.kind is ValueKind.DATE for d in [v.date()] if d is not None]
    if len(dates) != 1:
        return None
    skip = {stem(w) for w in (*_POSTS, *_ROLE_WORDS, *_CARD_KEYS, "hold", "held", "occupait", "occupe", "exercait")}
    if any(not set(g) & skip and not g[0].isdigit() for g in analysis.concepts):
        return None
    held = [o for o in store.offices if o.held_during(dates[0], store.source.as_of)]
    if not held:
        return None
    shown = "; ".join(o.title for o in held)
    refs = [r for o in held for r in o.sources if r.startswith(INFOBOX_PREFIX)] or [r for o in held for r in o.sources]
    return _answer(store, analysis, shown, shown, refs, note=f"held at some time in {dates[0].human()}")


_ASKS_DOING = lazy(
    r"^\s*(?:what\s+(?:did|was)\s+(?:he|(?:olivier\s+)?faure)\s+(?:do|doing)\b"
    r"|qu['’]?(?:a|est-ce qu['’]a)\s*(?:-t-il|(?:olivier\s+)?faure\s+a-t-il|fait)|que\s+faisait"
    # "What position did he hold from 2000 to 2007?", "Quel poste occupait-il de 2000 à 2007 ?"
    r"|what\s+(?:position|post|role|job|office)s?\s+did\s+(?:he|(?:olivier\s+)?faure)\s+(?:hold|have|occupy)\b"
    r"|quel(?:le)?s?\s+(?:poste|fonction|role|mandat)s?\s+(?:occupait|a-t-il\s+occupe|avait|exercait))"
)


def _doing_then(store: Store, analysis: Analysis) -> Answer | None:
    """ "What did Faure do from 1993 to 1997?": the posts whose term is exactly that period
    (its years as the question gives them); None when none or the question gives no period."""
    if not _ASKS_DOING.match(fold(analysis.text).replace("’", "'")):
        return None
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE and v.year]
    if len(dates) != 2:
        return None
    first, last = dates[0].year, dates[1].year
    held = [o for o in store.offices if o.start.year == first and o.end is not None and o.end.year == last]
    if not held:
        return None
    shown = "; ".join(o.title for o in held)
    return _answer(store, analysis, shown, shown, [r for o in held for r in o.sources])


# "What did he do in the July 2017 vote of confidence?", « Qu'a fait Faure lors du vote de
# confiance … ? »: his deed at an occasion the question names (after a preposition).
_ASKS_DEED_AT = lazy(
    r"^\s*(?:what\s+did\s+(?:he|(?:olivier\s+)?faure)\s+do"
    # (« Qu'a voté Faure lors de … », « Qu'a-t-il voté … »: his vote there, a deed as well.)
    r"|qu'a(?:-t-il|\s+(?:fait|vote)\s+(?:olivier\s+)?faure|\s+(?:olivier\s+)?faure\s+a-t-il)\s*(?:fait|vote)?"
    r"|qu'est-ce\s+qu(?:'|e\s+)(?:il|(?:olivier\s+)?faure)\s+a\s+fait)"
    r"\s+(?:(?:olivier\s+)?faure\s+)?(?:in|at|during|on|lors\s+d[eu']|pendant|au|a\s+la|dans|en)\b"
)
# A sentence telling his deed: his name, a verb in the past, then where or in what.
_HIS_DEED = lazy(
    r"^(?:Olivier\s+)?(?:Faure|He)\s+([a-z]{3,}ed)\s+((?:in|at|during|on)\s+[^,;]+?)"
    r"(?:\.$|,\s+where\s+he\s+([^;]+?)\.?$)"
)


def _deed_at(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "What did he do in the July 2017 vote of confidence?": the verb of the one sentence
    telling his deed there ("Faure abstained in a July 2017 vote of confidence …": abstained),
    or what it says he did there (", where he denounced …"); None when no sentence tells it so."""
    if not _ASKS_DEED_AT.match(fold(analysis.text).replace("’", "'")):
        return None
    asked = [g for g in analysis.concepts if not set(g) & {"fait", "do", "did"}]
    if len(asked) < 2:
        return None
    matches = [m for m in rank(known, replace(analysis, concepts=tuple(asked))) if m.fits]
    if not matches or matches[0].score < RELEVANT or not matches[0].unit.id.startswith("s"):
        return None
    if len(matches) > 1 and matches[1].score >= matches[0].score - 0.2:
        return None  # two sentences alike: which occasion, it cannot tell
    unit = matches[0].unit
    told = _HIS_DEED.match(unit.text)
    if told is None:
        return None
    verb, where, there = told.groups()
    # The occasion asked is the one the sentence puts the deed in, not another it names.
    held = {stem(w) for w in content_words(where)}
    if sum(1 for g in asked if any(any(h.startswith(w) or w.startswith(h) for h in held) for w in g)) < 2:
        return None
    shown = there.strip() if there else verb
    if _VOTE_ASKED_FR.search(fold(analysis.text).replace("’", "'")):
        # « Qu'a-t-il voté … ? »: a vote's stance only ("abstained"), not another deed told there;
        # said in French, as « Comment a-t-il voté ? » is answered.
        if there or verb not in _STANCE_FR:
            return None
        return _answer(known.store, analysis, _STANCE_FR[verb], verb, [unit.id])
    return _answer(known.store, analysis, shown, shown, [unit.id])


_VOTE_ASKED_FR = lazy(r"^\s*qu'a(?:-t-il)?\s+vote\b")


_ASKS_WHY = lazy(r"^\s*(?:why|pourquoi)\b")
# What a sentence gives as the reason or the occasion: "became opponents after the Prime Minister
# refused …" (kept with its word: "after" is when, not because).
_REASON = lazy(
    # ("who accused it of violating …": the reason its critics gave, as the source reports it.)
    r"\b(?:because(?:\s+of)?|due\s+to|after|as\s+a\s+result\s+of|in\s+exchange\s+for|in\s+return\s+for"
    r"|accus(?:ed|ing)\s+(?:it|him|them|her)\s+of"
    r"|parce\s+qu['’]?e?|car|en\s+raison\s+d|en\s+[ée]change\s+d)\b[^;.]+"
)


def _sentences_holding(known: Knowledge, analysis: Analysis, groups: tuple[tuple[str, ...], ...]) -> Iterator[Unit]:
    """The best-ranked sentences (of the first three hits) that hold every one of `groups`."""
    for match in rank(known, analysis, limit=3):
        if match.unit.id.startswith("s") and match.fits and _holds_all(groups, match.unit.text):
            yield match.unit


_STANCE_STEMS = frozenset(stem(w) for w in "vote voted voter support supported soutenu soutenir back backed".split())
_SUPPORT_OR_VOTE = lazy(r"\b(?:vot\w*|support\w*|back(?:ed|ing)?|endors\w*)\b", re.IGNORECASE)


_NOT_ASKED = lazy(r"\b(?:not|never|n't|didn|pas|jamais|refus\w*)\b")


def _why(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Why did Faure and Valls become opponents?": the reason or occasion the sentence that
    holds every word of the question gives after them ("after the Prime Minister refused …"),
    with its word; None when no sentence holds them all or gives none."""
    if not _ASKS_WHY.match(fold(analysis.text)):
        return None
    groups = _asked_words(analysis, {stem(w) for w in BECOME} | {stem("devenus"), stem("devenu")})
    # A person is named by their surname as well ("Manuel Valls": "Valls"): a sentence must name
    # them, not hold every word of their name.
    names = {stem(w) for n in analysis.people for w in split_words(fold(n))}
    groups = tuple(g for g in groups if not set(g) & names)
    if not groups:
        return None
    # A stance asked is held by a sentence telling one of that kind: "why did the PS not vote the
    # censure" is about "PS decided not to support another motion of censure".
    stance = tuple(g for g in groups if set(g) & _STANCE_STEMS)
    if stance:
        groups = tuple(g for g in groups if g not in stance)
    close = [m.unit for m in rank(known, analysis, limit=3) if m.unit.id.startswith("s") and m.fits]
    for unit in close:
        if not _holds_all(groups, unit.text) or (stance and not _SUPPORT_OR_VOTE.search(unit.text)):
            continue
        denied = _DENIED_STANCE.search(unit.text) is not None
        if stance and denied != (_NOT_ASKED.search(fold(analysis.text)) is not None):
            if denied:
                # "Why did the PS vote the censure?" where it decided not to support it: no reason
                # for a deed the source denies; what it says instead.
                note = "the question takes as given what the source contradicts: " + known.store.quote(unit.id)
                return _declined(known.store, analysis, [], note)
            continue  # ("why did it not …" of a stance the source tells asks no reason of it)
        named = {n for _, n in people_in(known, unit.text)}
        if not all(n in named for n in analysis.people):
            continue
        folded = fold(unit.text)
        # (A name may come again in the reason: "broke off relations after Castaner became …".)
        last = max(
            (
                m.end() for m in re.finditer(r"[^\W\d_]+", folded)
                if stem(m.group()) in analysis.words and stem(m.group()) not in names
            ),
            default=0,
        )  # fmt: skip
        reason = next((r for r in _REASON.finditer(unit.text) if r.start() >= last), None)
        if reason is not None:
            shown = reason.group().strip()
            return _answer(known.store, analysis, shown, shown, [unit.id])
    return None


# "What did the PS get from Bayrou?", « le PS a obtenu quoi », "in return for": what a body won
# in a deal; the party asked by name (he is not said to have obtained it).
_ASKS_OBTAINED = lazy(
    r"\b(?:obtain\w*|obten\w*|obtient|get|got|gain\w*|won|win|receive\w*|recu|arrach\w*|extract\w*|secur\w*)\b"
)
_ASKS_THING = lazy(r"^\s*(?:what|which|quoi|qu['’]|quel|quelle|quels|quelles)\b|\bquoi\b")
_BODY_NAMED = lazy(r"\b(?:ps|socialists?|socialistes?|socialist\s+party|parti\s+socialiste)\b")
_HIM_NAMED = lazy(r"\b(?:faure|he|his|him|il|olivier)\b")
_IN_EXCHANGE = lazy(r"\b(?:in\s+exchange|in\s+return)\s+for\s+([^.;]+?)\s*(?=[.;]|$)")


def _obtained(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "What did the PS obtain from Bayrou for not censuring him?": what the sentence holding the
    question's names gives the party "in exchange for" ("concessions in new budget"), with what
    the sentences after it say those included. None when no such sentence is the best."""
    folded = fold(analysis.text)
    body = _BODY_NAMED.search(folded)
    if body is None or not (_ASKS_OBTAINED.search(folded) and _ASKS_THING.search(folded)):
        return None
    him = _HIM_NAMED.search(folded)
    if him is not None and him.start() < body.start():
        return None  # asked of him first: the party's deal is not said to be his
    sentences = known.store.sentences
    for match in rank(known, analysis, limit=3):
        unit = match.unit
        if not match.fits or not unit.id.startswith("s") or match.score < RELEVANT:
            continue
        given = _IN_EXCHANGE.search(unit.text)
        if given is None or not _BODY_NAMED.search(fold(unit.text[: given.start()])):
            continue
        if any(find_word(fold(unit.text), fold(p).split()[-1]) < 0 for p in analysis.people):
            continue
        thing = given.group(1)
        shown, refs = thing, [unit.id]
        head = thing.split()[0]
        number = next((n for n, s in enumerate(sentences) if s.id == unit.id), len(sentences))
        for later in sentences[number + 1 : number + 4]:
            listed = re.match(rf"\s*{re.escape(head)}\s+(?:included|comprised|were)\s+(.+?)\.?\s*$", later.text, re.I)
            if listed is not None:
                shown, refs = f"{thing}: {listed.group(1)}", [unit.id, later.id]
                break
        return _answer(known.store, analysis, shown, shown, refs, intent=Intent.TEXT)
    return None


_ASKS_SAID = lazy(
    r"^\s*(?:what\s+did\b.*\b(?:say|said|write|wrote|react|declare)|qu['’]?a\s+(?:dit|ecrit|declare)"
    r"|qu['’]?a-t-(?:il|elle)\s+(?:dit|ecrit|declare))\b"
)


# "Who said …", "qui a déclaré …": who said something; and a sentence that reports words.
_SAYING = (
    r"(?:said|says|say|wrote|writes|declared|stated|claimed|reacted|exclaimed|dit|ecrit|declare|affirme|reagi"
    r"|proclame)"
)
_ASKS_SPEAKER = lazy(r"^\s*(?:who|qui)\s+(?:has\s+|had\s+|first\s+|a\s+)?" + _SAYING + r"\b")
_REPORTS_WORDS = lazy(
    r"[\"“«]|\b(?:said|says|wrote|writes|reacted|declared|stated|claimed|claims|denounced|announced|told"
    r"|according|reported|alleged|argued|insisted)\b"
)


def _said_by(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "What did Mélenchon say?": the words a sentence quotes after the one person the question
    names and a verb of saying ("Jean-Luc Mélenchon reacted: "The NFP is reduced by one party""),
    None when no sentence quotes them."""
    asked = _ASKS_SAID.match(fold(analysis.text))
    if not analysis.people or asked is None:
        return None
    # The speaker is the one named before the verb of saying ("What did Mélenchon say after the
    # PS refused to censure Bayrou?": not Bayrou, named in the time it was said).
    # (In French the speaker follows the verb: « Qu'a déclaré Jean-Luc Mélenchon après … ».)
    folded = fold(analysis.text)
    near = folded[: asked.end()] if asked.group().startswith("what") else folded[: asked.end() + 30]
    speakers = [p for p in analysis.people if find_word(near, fold(p).split()[-1]) >= 0]
    if len(speakers) != 1:
        return None
    name = speakers[0]
    surname = name.split()[-1]
    sentences = known.store.sentences
    for number, sentence in enumerate(sentences):
        quoted = re.search(
            rf"{re.escape(surname)}\s+(?:said|reacted|wrote|declared|stated|claimed)(?:\s+that)?[:,]?\s+[\"“«]([^\"”»]+)[\"”»]",
            sentence.text,
        )
        if quoted is None:
            continue
        refs = [sentence.id]
        if len(analysis.people) > 1 or len(analysis.concepts) > len(split_words(name)) + 1 or analysis.values:
            # When it was said, as the question sets it, the sentence or those it follows on from
            # must say ("This decision was sharply criticised …": the PS's, told just before).
            # (Every other person and year it names; most of its words, said otherwise too:
            # "refused to censure" is "decided not to support another motion of censure".)
            before = sentences[max(0, number - 3) : number]
            text = " ".join(s.text for s in [*before, sentence])
            own = {stem(w) for w in (*re.findall(r"[a-z]+", fold(name)), *_SAYING_WORDS)}
            setting = [g for g in _asked_words(analysis, own) if not set(g) & own]
            others = [fold(p).split()[-1] for p in analysis.people if p != name]
            dates = [v for v in analysis.values if v.kind is ValueKind.DATE and v.year]
            if any(find_word(fold(text), o) < 0 for o in others) or any(str(v.year) not in text for v in dates):
                continue
            if 2 * sum(_holds_all((g,), text) for g in setting) < len(setting):
                continue
            refs = [s.id for s in before if any(_holds_all((g,), s.text) for g in setting)] + [sentence.id]
        shown = f"“{quoted.group(1).strip()}”"
        return _answer(known.store, analysis, shown, quoted.group(1).strip(), refs)
    return None


_SAYING_WORDS = ("say", "said", "claim", "write", "wrote", "react", "declare", "dit", "ecrit", "reagi")


# "Who said the NFP is reduced by one party?": the words said, without quotation marks.
_ASKS_WHO_SAID = lazy(
    r"^\s*(?:who|qui)\s+(?:has\s+|had\s+|first\s+|a\s+)?" + _SAYING + r"\s+(?:that\s+|que\s+|qu')?(.{12,}?)[\s?.!]*$"
)
_SPEAKER_QUOTE = lazy(
    r"((?:[A-ZÀ-Ý][\w'’-]+\s+){0,3}[A-ZÀ-Ý][\w'’-]+)\s+(?:said|reacted|wrote|declared|stated|claimed)"
    r"(?:\s+that)?[:,]?\s+[\"“«]([^\"”»]+)[\"”»]"
)


def _who_said(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Who said the NFP is reduced by one party?": the one a sentence names before the verb
    of saying that opens a quotation holding those words; None when none does."""
    asked = _ASKS_WHO_SAID.match(fold(analysis.text))
    if asked is None:
        return None
    words = _plain(asked.group(1))
    for sentence in known.store.sentences:
        for found in _SPEAKER_QUOTE.finditer(sentence.text):
            if words and words in _plain(found.group(2)) and people_in(known, found.group(1)):
                name = people_in(known, found.group(1))[-1][1]
                return _answer(known.store, analysis, name, name, [sentence.id])
    return None


def lexicon_synonyms(word: str) -> tuple[str, ...]:
    from faurecli.lexicon import SYNONYMS

    return SYNONYMS.get(word, ())


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _tells_another_time(unit: Unit, following: Unit) -> bool:
    """Whether the sentence after `unit` opens a time of its own (a date `unit` does not give):
    another event, not more of the same ("A Harris Interactive poll … placed him in second
    place" is not continued by "Faure came first in the first round … on 15 March 2018")."""
    own = {v.iso() for v in following.figures if v.kind is ValueKind.DATE and v.year}
    return bool(own - {v.iso() for v in unit.figures if v.kind is ValueKind.DATE})


def _adds_question_words(analysis: Analysis, unit: Unit, following: Unit) -> bool:
    """Whether `following` holds a word of the question that `unit` lacks, other than a name."""
    # (A sentence's own words: its records may tell what the next sentence says.)
    held = set(content_words(unit.text)) if unit.id.startswith("s") else unit.words
    for group in analysis.concepts:
        if set(group) & following.words and not set(group) & held:
            if not any(fold(p).find(group[0]) >= 0 for p in analysis.people):
                return True
    return False


# Question words that need not be in the evidence: how it is asked, not what.
# The words for a body of people, which a question and the source use for one another.
_BODY_KINDS = frozenset(
    stem(w) for w in "party parti group groupe movement mouvement organisation organization formation".split()
)
_ASKING = frozenset(
    stem(w)
    for w in "name called do does did get got have has kind sort type role position exactly first time fois "
    "according infobox became become served received obtained took held made had ran run spent obtenu obtient "
    "recueilli recu went fait contest contested represent target targeted concern concerned make".split()
)


# "Which group did he lead as secretary-general?", « Quel groupe a-t-il dirigé comme secrétaire
# général ? »: leading said by the post he held in it, which the sentence must hold.
_LED_AS_POST = lazy(
    r"\b(?:lead|led|head|headed|dirige|dirigea|diriger|dirigeait)\s+(?:[\w'’-]+\s+){0,3}?(?:as|comme|en\s+tant\s+que)\s+"
    r"(?:(?:the|its|le|la|son|sa)\s+)?[\w'’-]{4,}"
)


# Posts that are leading it: "lead it as its president / head / chair", « comme président ».
_HEAD_OF_IT = lazy(r"(?:presiden|head|leader|chair|chef|dirige|patron)")


def _unit_holds_question(known: Knowledge, analysis: Analysis, unit: Unit) -> bool:
    """Whether every word of the question that says what happened or what is asked is in the
    unit, the sentences it cites or its records (a word's first five letters do)."""
    store = known.store
    held = set(unit.words)
    for ref in unit.refs:
        sentence = store.sentence(ref)
        if sentence is not None:
            held.update(held_words(sentence.text))  # "re-elected" is "reelected" too
    for event in unit.events:
        held |= known.built.record_words.get(event.id, frozenset())
    if unit.office is not None:
        held |= known.built.record_words.get(unit.office.id, frozenset())
    prefixes = {w[:5] for w in held if len(w) >= 5}
    # (Not with another person named: "which Rocard support group did he lead" may be answered by
    # the name beside Rocard's, not the body's.)
    led_as = "head" in analysis.words and not analysis.people and _LED_AS_POST.search(fold(analysis.text)) is not None
    for group in analysis.concepts:
        if group[0].isdigit() or group[0] in _DATE_WORDS or set(group) & _ASKING or set(group) & held:
            continue
        if led_as and "head" in group:
            continue  # "which group did he lead as secretary-general": the post says how he led it
        if set(group) & _BODY_KINDS and held & _BODY_KINDS:
            continue  # "de quel mouvement" from "the Young Rocardiens, a group …": a body either way
        if not {w[:5] for w in group} & prefixes:
            return False
    return True


def _beyond_names(analysis: Analysis, unit: Unit) -> bool:
    """Whether the unit holds a word of the question other than the names it gives."""
    named = {w for p in analysis.people for w in split_words(fold(p))}
    return any(
        set(g) & unit.words
        for g in analysis.concepts
        if not g[0].isdigit() and not any(n.startswith(w) for w in g for n in named)
    )


_NOTHING_DONE = frozenset(stem(w) for w in "do does did have has had get got make made go went".split())
_ASKED_VERB = lazy(
    r"^\s*(?:who|qui)\s+(?:has\s+|had\s+|a\s+|avait\s+)?(?!is\b|was\b|are\b|were\b|est\b|etait\b|did\b|does\b|do\b|sont\b)"
    r"([a-z]{4,})\b"
    # ("With whom did Faure live in his youth?": whom, after a preposition too.)
    r"|^\s*(?:(?:with|to|for|from|against|by)\s+)?(?:whom?|qui)\s+(?:did|does|has)\s+(?:he|she|they|(?:olivier\s+)?faure)"
    r"\s+([a-z]{4,})\b"
    r"|^\s*qui\s+(?:(?:olivier\s+)?faure\s+)?a-t-(?:il|elle)\s+([a-z]{4,})\b"
    # "Who was ousted by …", "Qui a été renversé par …": the deed done to the one asked.
    r"|^\s*who\s+(?:was|were|has\s+been|had\s+been)\s+([a-z]{2,}(?:ed|en))\b"
    r"|^\s*qui\s+(?:a\s+ete|fut|avait\s+ete)\s+([a-z]{3,}(?:e|es|ee|ees|u|us|i|is))\b"
    # "With which future presidential candidate did he live?": the one asked by a noun did it too.
    r"|^\s*(?:(?:with|to|for|by|from|against)\s+)?(?:which|what)\s+(?:[\w-]+\s+){1,4}?(?:did|does)\s+"
    r"(?:he|(?:olivier\s+)?faure)\s+([a-z]{4,})\b(?!\s+[a-z]+ing\b)"  # ("stop speaking to": speaking)
)


def _holds_verb(known: Knowledge, analysis: Analysis, unit: Unit) -> bool:
    """Whether the unit holds the verb of a "who did …" question (or a word standing for it):
    the person it names must have done what is asked. No such verb: True."""
    found = _ASKED_VERB.match(fold(analysis.text))
    if found is None or analysis.intent is not Intent.PERSON or not unit.id.startswith("s"):
        return True
    word = next(g for g in found.groups() if g)
    at = next(found.start(i) for i, g in enumerate(found.groups(), 1) if g)
    if 0 < at < len(analysis.text) and analysis.text[at].isupper():
        # « Qui Carole Delga a-t-elle soutenu ? »: a name where the verb was looked for is no verb.
        return True
    verb = stem(word)
    groups = [g for g in analysis.concepts if verb in g]
    # "Which Interior Minister did he serve under?": asked by its noun, the one asked is told by
    # the verb, however light elsewhere ("served as" a post); only a verb of nothing is passed.
    light = _ASKING if found.group(6) is None else _NOTHING_DONE
    if not groups or set(groups[0]) & light or set(groups[0]) & _GENERIC or _ASKS_REPORT.match(word):
        return True  # "who said": the quoted words say which sentence
    # The sentence's own words (a unit's words may run on into the next sentence), not its nouns
    # of action: "who won the 2017 presidential election" is not said by "the 2017 … election";
    # nor "the inner workings of Ségolène Royal's campaign" by anybody's work.
    passive = bool(found.group(4) or found.group(5))
    # ("Who was elected with 137 votes?": "His election by 137 votes", a deed done to him.)
    plain = unit.text if passive else _NOUN_AFTER_ARTICLE.sub(" ", unit.text)
    # Nor a word of a name: "Who left the PS?" is not said by "the New Left group" (a capital
    # within the sentence is a name's, never a verb's).
    plain = _WORD_OF_NAME.sub(" ", plain)
    # (Nor its nouns of agents: "a poll among PS supporters" says no one supported anybody.)
    ends = ("ers",) if passive else ("ion", "ions", "ers")
    held = {c for w in split_words(plain) if not w.endswith(ends) for c in content_words(w)}
    return bool(set(groups[0]) & held or {w[:5] for w in groups[0]} & {w[:5] for w in held if len(w) >= 5})


# A capitalised word inside a sentence (not its first, nor the first after a full stop).
_WORD_OF_NAME = lazy(r"(?<=[^\s.!?]\s)[A-ZÀ-Ý][\w'’-]*")


# "… as assistant cabinet director (from 2000 to 2007)?": the post he is asked to have held, up
# to the question's end or a time set after it (folded).
_AS_POST_ASKED = lazy(
    r"\bas\s+(?:an?\s+|the\s+|his\s+)?([a-z][a-z' -]{3,60}?)"
    r"(?=\s+(?:from|in|between|during|until|before|after)\b|\s*[?.!]*\s*$)"
)
# "Whose cabinet …": the thing whose owner is asked (folded).
_WHOSE_NOUN = lazy(r"\bwhose\s+([a-z]{4,})\b")
# The parts of a sentence joined by "and" before a new role, a semicolon or "while".
_NAME_PART = lazy(r"(?:[^;]+?)(?=\s+and\s+(?:an?\s+|the\s+)?[a-z]+\s+(?:\w+\s+){0,2}(?:to|of|for)\b|;|\s+while\s+|$)")
_FROM_TO = lazy(r"\bfrom\s+(\d{4})\s+(?:to|until)\s+(\d{4})\b")


def _covers(part: str, year: int) -> bool:
    """Whether a part of a sentence gives `year`, or a period ("from 2000 to 2007") holding it."""
    if re.search(rf"\b{year}\b", part):
        return True
    return any(int(m.group(1)) <= year <= int(m.group(2)) for m in _FROM_TO.finditer(part))


def _asked_years(analysis: Analysis) -> set[int]:
    """The years a question names, a decade's ten among them ("in the 1990s")."""
    years = {v.year for v in analysis.values if v.kind is ValueKind.DATE and v.year}
    if "0" in analysis.text or "ann" in analysis.text or "ties" in analysis.text:
        from faurecli.dates import find_decades

        for decade in find_decades(analysis.text):
            first = decade.parsed.year or 0
            years |= set(range(first, first + 10))
    return years


def _part_in_time(analysis: Analysis, text: str, at: int) -> bool:
    """Whether the part of a sentence holding `at` fits the years asked: a part that gives years
    ("… to François Hollande from 2000 to 2007") must give one of them; one that gives none, or a
    question that asks none, fits."""
    asked = _asked_years(analysis)
    if not asked:
        return True
    for part in _NAME_PART.finditer(text):
        if part.start() <= at < part.end():
            said = part.group()
            if not re.search(r"\b(?:19|20)\d\d\b", said):
                return True
            return any(_covers(said, year) for year in asked)
    return True


# A word ending in -ing or -ings after an article (and an adjective): a noun, not a doing.
_NOUN_AFTER_ARTICLE = lazy(r"(?i)\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?[a-z]+ings?\b")


_WHEN_CLAUSE = lazy(r"\b(?:when|quand|lorsqu|lorsque)\b\s*'?(.+)$")
_ASKS_AGE = lazy(r"\b(?:how old|quel age|a quel age|age)\b")


def _holds_when_clause(known: Knowledge, analysis: Analysis, unit: Unit) -> bool:
    """Whether the unit holds the words of an age question's event (its "when …" clause, or
    all it asks but the age): "how old was he when he married" is not answered by his age when
    he joined the PS, nor "at what age did he become a deputy" by it (the "National Union of
    Students" is no National Assembly: a word said in several, "deputy", needs them all but
    one). Any other question: True."""
    if analysis.intent is not Intent.NUMBER or not _ASKS_AGE.search(fold(analysis.text)):
        return True
    clause = _WHEN_CLAUSE.search(fold(analysis.text))
    if clause is None:
        groups = tuple(g for g in analysis.concepts if not set(g) & _AGE_WORDS)
    else:
        words = set(content_words(clause.group(1)))
        groups = tuple(g for g in analysis.concepts if set(g) & words)
    if not groups:
        return True
    if not _unit_holds_question(known, replace(analysis, concepts=groups), unit):
        return False
    held = set(content_words(unit.text))
    prefixes = {w[:5] for w in held if len(w) >= 5}
    for group in groups:
        if len(group) < 3 or group[0] in held or group[0][:5] in prefixes:
            continue
        if sum(w in held or w[:5] in prefixes for w in group[1:]) < 2:
            return False
    # "when he became first secretary": a rank before a post is its title ("first" is otherwise
    # how a question asks); "became the secretary-general" is another post.
    text = fold(unit.text)
    for asked_rank, post in _RANKED_POST.findall(fold(analysis.text)):
        if post[:5] in _POST_NOUNS and not any(
            p[:5] == post[:5] and _RANKS.get(r) == _RANKS.get(asked_rank) for r, p in _RANKED_POST.findall(text)
        ):
            return False
    return True


_RANKED_POST = lazy(r"\b(first|premier|premiere|second|deuxieme|third|troisieme)\s+([a-z][\w-]+)")


_AGE_WORDS = frozenset({"age", "old", "ans", "quel"})
# A sentence saying someone was elected, not only naming an election.
_ELECTED_SAID = lazy(r"\b(?:re-?)?elected\b|\b(?:re)?elue?s?\b")


def _age_at_event(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "At what age did he become a deputy?" when no sentence gives his age then: arithmetic on
    his birth date and the date the source gives the event (the date question's own answer),
    when that date fixes his age (a year alone may not); otherwise None."""
    if analysis.intent is not Intent.NUMBER or not _ASKS_AGE.search(fold(analysis.text)):
        return None
    groups = tuple(g for g in analysis.concepts if not set(g) & _AGE_WORDS)
    if not groups:
        return None
    asked = replace(analysis, intent=Intent.DATE, concepts=groups, words=tuple(w for g in groups for w in g))
    found = _date_answer(known, asked)
    if found is None or found.conflicts or not isinstance(found.value, str) or found.answer is None:
        return None
    if {"elect", "elu"} & set(asked.words) and not any(_ELECTED_SAID.search(fold(e.text)) for e in found.evidence):
        # "How old was he when he was elected to the European Parliament?": the date of an
        # election (the 2019 European Parliament election) is not one he won.
        return None
    try:
        when = PartialDate.parse(found.value)
    except ValueError:
        return None
    return _aged(known.store, analysis, when, found.answer, list(found.sources), either=True)


def _age_then(store: Store, analysis: Analysis) -> Answer | None:
    """ "How old is he?", "quel âge avait-il en juin 2012 ?": arithmetic on his birth date, at
    the source's date or the date asked (None when the question ties the age to an event, or
    his age changed within the date asked). A sentence's "at the age of 16" is his age then,
    never now."""
    if analysis.intent is not Intent.NUMBER or not _ASKS_AGE.search(fold(analysis.text)):
        return None
    if any(not set(g) & _AGE_WORDS and not g[0].isdigit() for g in analysis.concepts):
        return None
    dates = [d for v in analysis.values if v.kind is ValueKind.DATE for d in [v.date()] if d is not None]
    if len(dates) > 1:
        return None
    when = dates[0] if dates else store.source.as_of
    french = _french(analysis)
    at = ("en " if french else "in ") + when.human() if dates else ("au " if french else "as of ") + when.human()
    # None when his age changed within it: only a sentence that gives it says ("In 1991, at the age of 23").
    return _aged(store, analysis, when, at, [])


def _aged(
    store: Store, analysis: Analysis, when: PartialDate, at: str, refs: list[str], *, either: bool = False
) -> Answer | None:
    """His age during `when` from his birth date, shown with the date it is of (`at`), or None
    when his age changed within it; with `either`, both ages then ("22 or 23": an event the
    source dates to 1991 only, his birthday in August)."""
    person = store.person
    years = person.age_during(when)
    french = _french(analysis)
    said = "né le" if french else "born"
    refs = [*person.sources.get("birth_date", ()), *refs]
    if years is None:
        first, last = person.age_on(when.first_day()), person.age_on(when.last_day())
        if not either or first is None or last != first + 1:
            return None
        both = f"{first} {'ou' if french else 'or'} {last}"
        shown = f"{both} ans" if french else both
        note = (
            f"la source ne date l'événement qu'à {when.human()} : il a eu {last} ans le {person.birth_date.human()[:6]}"
            if french
            else f"the source dates it to {when.human()} only: he turned {last} on {person.birth_date.human()[:6]}"
        )
        answer = f"{shown} ({said} {person.birth_date.human()}; {at})"
        return _answer(store, analysis, answer, both, refs, note=note)
    shown = f"{years} ans" if french else str(years)
    return _answer(store, analysis, f"{shown} ({said} {person.birth_date.human()}; {at})", float(years), refs)


def _unanswered(answer: Answer, note: str, closest: tuple[Evidence, ...] = ()) -> Answer:
    """`answer` declined with its note: no answer, no evidence; `closest`, if any, shown as the
    closest facts, clearly not the answer."""
    return Answer(answer.question, None, answer.type, None, (), (), (), note, closest)


def _declined(store: Store, analysis: Analysis, close: list[Match], note: str) -> Answer:
    closest = tuple(quote(store, ref) for m in close[:3] for ref in m.unit.refs[:1])
    return Answer(analysis.text, None, analysis.intent, None, (), (), (), note, closest)


def _answer(
    store: Store,
    analysis: Analysis,
    answer: str,
    value: str | float | bool | None,
    refs: list[str],
    *,
    conflicts: tuple[str, ...] = (),
    note: str | None = None,
    intent: Intent | None = None,
) -> Answer:
    refs = list(dict.fromkeys(r for r in refs if store.sentence(r) or store.infobox_line(r)))
    evidence = tuple(quote(store, r) for r in refs)
    return Answer(analysis.text, answer, intent or analysis.intent, value, evidence, tuple(refs), conflicts, note)


# A role the question gives the one he stood against ("face à la candidate LREM", "against
# the UMP candidate"), and a sentence that names someone he stood against.
_FACED_ROLE = lazy(r"\b(?:against|versus|contre|face\s+a)\s+(?:(?:the|his|la|le|sa|son|l')\s*)?(\w+(?:\s+[\w-]+)?)")
_AGAINST_UNIT = lazy(r"\b(?:against|versus)\b")
# "Who did he run against", "contre qui s'est-il présenté": his opponent asked by the verb.
_RAN_AGAINST = lazy(
    r"\b(?:ran|run|runs|running|stood|stand|competed?|competing|faced?|facing)\s+(?:\w+\s+)?(?:against|versus)\b"
    r"|^\s*(?:contre|face\s+a)\s+qui\b|^\s*against\s+whom\b"
)
# A name the question says he stood against ("against Bachelay", "face à Hélène Geoffroy").
_FACED_NAME = r"\b(?:against|versus|vs|contre|face\s+a)\s+(?:[\w'-]+\s+){{0,2}}?{}\b"
_CONTRAST = lazy(r",?\s+(?:while|whereas)\s+")
_PROPER = lazy(r"(?<![\w'’])[A-ZÀ-Ý][\w'’]*")
_FACED_BEFORE = lazy(
    r"\b(?:against|versus|lost\s+to|defeated\s+by|beaten\s+by|behind)\b(?:[^;.]|\.(?=\d))*$", re.IGNORECASE
)
# The kinds of election a question may name, as stems.
# (Not "European": the 2019 list's result is told in the sentence after the one naming that
# election, and found through it.)
# ("group": the vote of his group in the Assembly for its president, not a legislative one.)
_ELECTION_KINDS = frozenset({"legisla", "municip", "primar", "primary", "congr", "congres", "secreta", "group"})


def _other_election(analysis: Analysis, unit: Unit) -> bool:
    """Whether the question names a kind of election (legislative, European, a congress …) the
    unit does not: its figures are another vote's."""
    kinds = [g for g in analysis.concepts if set(g) & _ELECTION_KINDS]
    if _GROUP_VOTE.search(fold(analysis.text)):
        # "the 2017 group election": the vote of his group in the Assembly, not the legislative one.
        kinds += [g for g in analysis.concepts if "group" in g or "groupe" in g]
    return any(not set(g) & unit.words for g in kinds)


_GROUP_VOTE = lazy(
    r"\bgroup\s+(?:election|vote|ballot|presidency|leadership)\b"
    r"|\b(?:election|vote|presidence|presidency|tete)\s+(?:du|of\s+the|de\s+son|of\s+his)\s+group"
)


_SCORED = lazy(r"\b(?:fait|obtenu|recueilli|score|scored|get|got|receive[ds]?|won|win|take|took)\b")


_ASKS_PARTY_POST = lazy(
    r"\b(?:party|ps)\s+(?:post|role|position|job|office|title)\b"
    r"|\b(?:poste|role|fonction|responsabilite)\s+(?:au\s+sein\s+)?(?:du|au)\s+(?:parti|ps)\b"
)
_NAMES_PARTY = lazy(r"\b(?:party|PS|[Pp]arti)\b")


_RIVAL_IN_RACE = lazy(
    r"\b(?:opponent|rival|challenger|adversaire|concurrente?|against|contre|face\s+a)\b.*"
    r"\b(?:elections?|legislatives?|presidentielle|race|runoff|vote|scrutin|primaire|primary|congres|congress|tour|round)\b"
)
_RESULT_TOLD = lazy(
    r"\b(?:won|lost|elected|re-elected|defeated|beat|beaten|came\s+first|withdrew)\b|\d+(?:\.\d+)?%|\b\d+\s+votes\b"
)


def _extract(known: Knowledge, analysis: Analysis, unit: Unit) -> Answer | None:
    intent = analysis.intent
    asked_rounds = _rounds_asked(analysis)
    if asked_rounds:
        # "his share in the first round of 2012" from "63.2% of the vote in the second round":
        # a sentence of another round of an election does not say it of the round asked.
        held = rounds(unit.text)
        if held and not asked_rounds & held:
            return None
    if unit.id.startswith("s") and not _round_set_near(known, analysis, unit):
        return None
    if intent is not Intent.PERSON:
        # "Which high school did his wife attend?": a sentence not about his wife does not say.
        roles = [w for w in split_words(analysis.text) if w in _ROLES and w != analysis.target]
        if roles and _AGAINST_UNIT.search(unit.text):
            # "son score face à la candidate LREM": the one he stood against, whom a sentence
            # telling what he got "against LREM's Amandine Rubinelli" names without the word.
            faced = {w for m in _FACED_ROLE.finditer(fold(analysis.text)) for w in m.group(1).split()}
            roles = [w for w in roles if w not in faced]
        if any(not set(_canon(w)) & unit.words for w in roles):
            return None
    if intent is Intent.TEXT and _ASKS_PARTY_POST.search(fold(analysis.text)) and not _NAMES_PARTY.search(unit.text):
        # "What party post did he take …": a post in a parliamentary group ("third vice-president
        # of the … SRC group of deputies") is not one in the party.
        return None
    if intent is Intent.PERSON:
        if (
            unit.id.startswith("s")
            and _RIVAL_IN_RACE.search(fold(analysis.text))
            and not _RESULT_TOLD.search(unit.text)
        ):
            # "Who was his opponent in the 2022 legislative election?": a rival in a race is
            # told with its result; "Carole Delga's proposals against cooperation" is none.
            return None
        if unit.id.startswith("s") and "against" in analysis.words and _other_election(analysis, unit):
            # "his opponent at the Aubervilliers Congress": not the 2012 runoff's. (Only a rival
            # asked for: "after the 2018 congress" may set the time of a sentence not naming it.)
            return None
        return _person(known, analysis, unit)
    if intent is Intent.PLACE:
        if _RANK_ASKED.search(fold(analysis.text)):
            # "Where did the poll place him?", « le sondage le mettait où ? »: a rank, not a
            # place (a country the sentence names is no answer).
            return None
        return _place(known, analysis, unit)
    if intent in (Intent.NUMBER, Intent.SHARE):
        if unit.id.startswith("s") and _other_election(analysis, unit):
            # "How many votes did he get in the 2017 legislative election?": not the 28 votes of
            # his group's presidency vote that June, a sentence holding nothing legislative.
            return None
        found = _figure(known, analysis, unit)
        if (
            found is None
            and intent is Intent.NUMBER
            and len(analysis.people) == 1
            and _SCORED.search(fold(analysis.text))
            # "combien de sièges", "how many votes": a count of something, which a share is not.
            and not re.search(r"\bcombien\s+d(?:e\s+|')\w|\bhow\s+many\s+\w", fold(analysis.text))
        ):
            # "Combien a fait la liste de Benoît Hamon ?": how much a named candidate's list got
            # is a share, the one said of that name.
            subject = analysis.people[0]
            found = _figure(known, replace(analysis, intent=Intent.SHARE, subject=subject), unit)
        return found
    if intent is Intent.DURATION:
        return _duration(known, analysis, unit)
    body = _body_agent(known, analysis, unit) or _called_it(analysis, unit) or _brand(known, analysis, unit)
    if body is not None:
        return _answer(known.store, analysis, body, body, list(unit.refs))
    return _text(known, analysis, unit)


# '… the expression "right of inspection," calling it "unfortunate"': a thing and what he called it.
_CALLING_IT = lazy(
    r"[\"“]([^\"”]{2,80}?)[,.]?[\"”],?\s+(?:[\w-]+\s+){0,3}?(?:calling|called|calls|call|describing|described)"
    r"\s+(?:it|them)\s+(?:as\s+)?[\"“]([^\"”]{2,40}?)[\"”]"
)
_CALLED_AS = lazy(
    r"\b(?:denounced|described|called|labell?ed|branded|termed|dismissed|qualified)\s+"
    r"((?:it|them)|(?:the|his|her|their|this|that|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"as\s+(?:an?\s+|the\s+)?[\"“]([^\"”]{2,40}?)[,.]?[\"”]"
)
_ASKS_WORD = lazy(
    r"\b(?:word|term|adjective|describe|described|call|called|how|mot|terme|adjectif|qualifi\w*|decri\w*)\b"
)


# He asked as the one who called it so: "What did Faure call …", "what word did he use".
_CALLER_HIM = lazy(
    r"\b(?:did|does|has|had)\s+(?:he|(?:olivier\s+)?faure)\s+(?:\w+\s+)?(?:call|use|describe|label|term|dub)\b"
    r"|\b(?:he|faure)\s+(?:called|described|labell?ed|termed|dubbed)\b"
)
_HIM_OPENS_CLAUSE = lazy(r"\b(?:Faure|He|he)\b")


def _called_it(analysis: Analysis, unit: Unit) -> str | None:
    """ "What did he call unfortunate?" → the thing he called so ("right of inspection"); "What
    word did he use to describe 'right of inspection'?" → what he called it ("unfortunate"):
    from a sentence that quotes both. The question must name the other one."""
    if '"' not in unit.text and "“" not in unit.text:
        return None
    said = _CALLING_IT.search(unit.text)
    if said is None:
        # "They denounced the proposal as a "surrender"": what the thing was called, asked by
        # the thing ("What did the executives call the proposal?").
        named = _CALLED_AS.search(unit.text)
        if named is None or not _ASKS_WORD.search(fold(analysis.text)):
            return None
        if _CALLER_HIM.search(fold(analysis.text)) and not _HIM_OPENS_CLAUSE.search(
            re.split(r"[.;]", unit.text[: named.start()])[-1]
        ):
            # "What did Faure call the proposal?" from "They denounced the proposal as a
            # 'surrender'" (the 1,000 executives): another's word is not his.
            return None
        object_words = {stem(w) for w in split_words(named.group(1))} - {stem(w) for w in STOPWORDS}
        if object_words and object_words <= set(analysis.words):
            return named.group(2)
        return None
    thing, word = said.group(1), said.group(2)
    asked = set(split_words(analysis.text))
    if set(split_words(word)) <= asked:
        return thing
    if set(content_words(thing)) <= {c for w in asked for c in content_words(w)} and _ASKS_WORD.search(
        fold(analysis.text)
    ):
        return word
    return None


# "Which party withdrew its candidate": a body asked for as the doer of the verb after it.
_WHICH_BODY_DID = lazy(
    r"^\s*(?:which|what|quel|quelle)\s+(?:party\s+(?=body\b|organ\b|bodies\b))?"  # "which party body"
    r"(?:party|group|movement|organi[sz]ation|formation|body|organ|instance|organe"
    r"|parti|groupe|mouvement)\s+(?:(?:of|du|de)\s+(?:the\s+|la\s+)?[\w-]+\s+)?(?:(?:a|ont|avait)\s+)?"
    r"(?!did\b|does\b|do\b|was\b|were\b|is\b|are\b|has\b|had\b|est\b|etait\b)([a-z]{3,})\b"
)
# The body a verb in the passive names: "adopted by the party's National Office".
_BY_BODY = lazy(
    r"\s+by\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?((?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:of|for|the)\s+)*)*[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+\([A-Z]{2,6}\))?)"
)
# The body a relative clause is about: "… with Europe Ecology – The Greens (EELV), who withdrew".
_BODY_BEFORE_WHO = lazy(
    r"((?:[A-ZÀ-Ý][\w'’-]*(?:\s+[–-]\s+|\s+(?:of|for|the|de|du|des|la|le)\s+|\s+))*[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+\([A-Z]{2,6}\))?),\s+(?:who|which)\s+(?:also\s+|then\s+|later\s+)?$"  # ("which also rejected")
)


def _body_agent(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """ "Which party withdrew its candidate?" from "… an electoral pact with Europe Ecology – The
    Greens (EELV), who withdrew their candidate …": the body the relative clause of that verb is
    about; "Which body adopted his position?" from "adopted by the party's National Office": the
    body after "by". None unless the sentence says it so."""
    found = _WHICH_BODY_DID.match(fold(analysis.text))
    if found is None or not unit.id.startswith("s"):
        return None
    verb = stem(found.group(1))
    for match in re.finditer(r"[^\W\d_]+", unit.text):
        if stem(fold(match.group())) == verb:
            body = _BODY_BEFORE_WHO.search(unit.text[: match.start()])
            if body is not None:
                return body.group(1)
            by = _BY_BODY.match(unit.text, match.end())
            if by is not None and not people_in(known, by.group(1)):
                return by.group(1)
    return None


# "Which polling firm …", "quel institut de sondage", "which newspaper": a body known by its
# brand, which the sentence puts before the thing it made ("A Harris Interactive poll").
_BRANDED = frozenset(
    "poll polls polling survey sondage sondages pollster newspaper paper journal magazine outlet channel "
    "radio station publisher firm company institute institut".split()
)
_WHICH_WORDS = lazy(r"^\s*(?:\w+\s+)?(?:which|what|quel|quelle)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_MADE = frozenset("poll survey sondage article report interview".split())


def _brand(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """The name before the thing a branded body made ("A Harris Interactive poll" for "which
    polling firm"), not a person's nor one the question names; None unless the question asks
    which such body."""
    asked = _WHICH_WORDS.match(fold(analysis.text))
    if asked is None or not unit.id.startswith("s"):
        return None
    kinds = set(asked.group(1).split()) & _BRANDED
    if not kinds:
        return None
    made = {stem(w) for w in kinds} | {stem(w) for w in _MADE}
    question = fold(analysis.text)
    for found in re.finditer(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-ZÀ-Ý][\w&'’-]*\s+){1,3})([a-z]+)\b", unit.text):
        name = found.group(1).strip()
        if stem(found.group(2)) in made and not people_in(known, name) and fold(name) not in question:
            return name
    return None


# --- Dates ---------------------------------------------------------------------------------


@record
class _Dated(Record):
    score: float
    date: PartialDate
    end: PartialDate | None
    refs: tuple[str, ...]
    record: str
    field: Field
    derived: bool


def _date_candidates(known: Knowledge, analysis: Analysis) -> list[_Dated]:
    """Every event and office term start/end that could answer a date question, scored by the
    share of the question's words it holds and whether its verb is the question's."""
    store = known.store
    generic = {stem(w) for w in (*BECOME, "term", "mandat")}
    groups = [g for g in analysis.concepts if not g[0].isdigit() and g[0] not in _DATE_WORDS and not set(g) & generic]
    # "the New Left group" names a group; it says nothing of leaving.
    wanted = actions(re.sub(r"(?<=\w) Left\b", "-Left", analysis.text))
    if analysis.asks_end:
        # "When did his term as spokesperson end?": the term asked about is ending, not starting.
        wanted = (wanted - {"inaugurate"}) | {"leave"}
        groups = [g for g in groups if not set(g) & _END_STEMS]
    weights = [concept_weight(known, g) for g in groups]
    total = sum(weights) or 1.0
    becomes = any(find_word(fold(analysis.text), w, end=False) >= 0 for w in BECOME)
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE]
    out: list[_Dated] = []

    def holds(group: tuple[str, ...], words: frozenset[str]) -> bool:
        if (
            len(group) >= 3
            and any(w[:5] in _POST_NOUNS for w in group[:-2])
            and not any(w[:5] in _POST_NOUNS for w in group[-2:])
            and not set(group[:-2]) & words
        ):
            # A post said as a phrase ("député": member of the National Assembly): the whole
            # phrase, not a word of it ("the party's national council").
            return set(group[-2:]) <= words
        return any(x in words for x in group)

    def score(words: frozenset[str], done: frozenset[str] | set[str], *, office: bool, others: bool = False) -> float:
        held = sum(w for g, w in zip(groups, weights, strict=True) if holds(g, words))
        share = held / total
        starts = {"become", "inaugurate", "choose", "elect"}
        if wanted and wanted & done:
            share += 0.3
        elif wanted == {"choose"} and done & {"become", "inaugurate"}:
            pass  # "When was he appointed national secretary?": named to a post is becoming it
        elif wanted and not (becomes and done & starts):
            share -= 0.4
        elif not wanted and becomes and not done & starts:
            share -= 0.3
        if becomes and office:
            share += 0.1
        if others:
            share -= 0.3
        return share

    for event in store.events:
        if analysis.asks_end and event.end is None:
            continue
        first, last = event.span()
        if dates and not date_fit_span((first, last), dates):
            continue
        words = known.built.record_words[event.id]
        done = {"leave"} if analysis.asks_end else known.built.record_actions[event.id]
        date = event.end if analysis.asks_end and event.end else event.date
        end = None if analysis.asks_end else event.end
        s = score(words, done, office=False)
        out.append(_Dated(s, date, end, event.sources, event.id, Field.START, event.derived))
    # "Quand a-t-il quitté le PS ?": leaving a body is not leaving a post held in it; only a
    # question naming a post asks when one ended.
    names_post = any(stem(w)[:5] in _POST_NOUNS for w in split_words(analysis.text))
    posts = _posts_named(store, analysis)
    # "Since when has he led the PS?", "Depuis quand dirige-t-il le PS ?": a post he still holds.
    still = _SINCE_WHEN.match(fold(analysis.text)) is not None
    for office in store.offices:
        if analysis.asks_end and (office.end is None or not names_post):
            continue
        if still and not office.current:
            continue
        if not _is_post_asked(analysis, office) or (posts and office.id not in posts):
            continue  # "his term as deputy": not the terms of posts held in the Assembly
        words = known.built.record_words[office.id]
        field = Field.END if analysis.asks_end else Field.START
        date = office.end if analysis.asks_end and office.end else office.start
        if dates and not date_fit_span((date.first_day(), date.last_day()), dates):
            continue
        done = {"leave"} if analysis.asks_end else {"inaugurate"}
        refs = tuple(r for r in office.sources if _office_ref_for(r, field)) or office.sources
        # "Assistant cabinet director to Socialist First Secretary François Hollande": the
        # title names someone else's office.
        others = any(name not in analysis.people for name in known.built.record_people[office.id])
        s = score(words, done, office=True, others=others)
        out.append(_Dated(s, date, None, refs, office.id, field, office.derived))
    # A date the source states before one derived from it, when they fit alike.
    out.sort(key=lambda c: (-c.score, c.derived))
    return out


_SINCE_WHEN = lazy(r"^\s*(?:since\s+when|depuis\s+quand)\b")
_END_STEMS = frozenset(
    stem(w) for w in ("end", "ended", "fin", "quitte", "quitter", "leave", "stop", "termine", "until", "jusqu")
)
_POST_NOUNS = frozenset(
    stem(w)[:5]
    for w in "president presidency presidence head tete chef leader leadership secretary secretaire spokesperson "
    "spokesman porte-parole parole deputy depute member membre adviser advisor conseiller director directeur "
    "rapporteur executive chief mandate mandat post poste seat siege office fonction role term job".split()
)
_DATE_WORDS = frozenset(
    {"when", "quand", "date", "year", "annee", "anne", "depuis", "day", "jour", "month", "mois"}
    # "During which years", « pendant quelle période »: the span asked, not a word of the record.
    | {"during", "pendant", "durant", "period"}
)


def date_fit_span(span: tuple[dt.date, dt.date], dates: list[Value]) -> bool:
    for value in dates:
        first, last = period(value)
        if value.year and not (span[0] <= last and first <= span[1]):
            return False
    return True


# "Who became First Secretary of the PS in 2018?", « qui est devenu président du groupe Nouvelle
# Gauche en 2016 ? »: who took a post of his in the time it began.
_WHO_BECAME = lazy(
    r"^\s*(?:who|qui)\s+(?:became|was\s+(?:elected|named|appointed|chosen|made)(?:\s+as)?|took\s+over\s+as"
    r"|est\s+devenue?|devint|a\s+ete\s+(?:elue?|nommee?|choisie?)(?:\s+comme)?|a\s+pris\s+la\s+tete\s+d[ue]s?)\s+(.+)$"
)
_HIS_POSTS_TITLED = {
    "first-secretary": lazy(r"\b(?:first\s+secretary|premier\s+secretaire)\b"),
    "new-left-president": lazy(
        r"\b(?:president|presidente|head|leader|chair\w*)\s+(?:of\s+the\s+|du\s+)?(?:groupe\s+)?"
        r"(?:new\s+left|nouvelle\s+gauche)\b|\bgroupe\s+nouvelle\s+gauche\b"
    ),
}


def _who_became_his_post(store: Store, analysis: Analysis) -> Answer | None:
    """ "Who became First Secretary of the PS in 2018?": he, where the post named is an infobox
    post of his with a single holder and the time asked holds the start of his term (not a
    sentence naming someone who replaced him elsewhere "after Faure was elected First
    Secretary"). Without a time, or another time, None: others held it before or after him."""
    asked = _WHO_BECAME.match(fold(analysis.text).replace("’", "'"))
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE and v.year]
    if asked is None or not dates:
        return None
    posts = [o for o in store.offices if o.id in _HIS_POSTS_TITLED and _HIS_POSTS_TITLED[o.id].search(asked.group(1))]
    if len(posts) != 1:
        return None
    office = posts[0]
    start = office.start
    if not all(period(v)[0] <= start.first_day() and start.last_day() <= period(v)[1] for v in dates):
        return None
    refs = [r for r in office.sources if _office_ref_for(r, Field.START)] or list(office.sources)
    return _answer(store, analysis, store.person.name, store.person.name, refs)


# "By how many votes did he beat Bachelay?", "his margin", "de combien de voix l'a-t-il devancé",
# "quel écart": a difference.
_ASKS_MARGIN = lazy(
    r"\bby\s+how\s+(?:many|much)\b|\b(?:beat|won|defeated|led)\b.*\bby\s+how\b|\bmargin\b|\bdifference\b"
    # "How many votes did he win by (in June 2017)?": the "by" stranded at the end of its clause.
    r"|\bhow\s+(?:many|much)\b[^?]*\b(?:win|won|beat|lead|led|defeat\w*)\b[^?]*\bby\s*(?:[?,.]|$|(?:in|on|at|during|over|against)\b)"
    # "How many points ahead of Le Foll was he", "how far ahead": a lead is a difference.
    r"|\bpoints?\s+(?:ahead|clear)\b|\bhow\s+far\s+ahead\b|\bpoints?\s+d['’]\s*avance\b"
    r"|\bpar\s+combien\b|\b(?:quelle|combien\s+d')\s*(?:avance|ecart)\b|\bd['’ ]?ecart\b"
    # "How many votes separated them", "quel écart séparait …": the difference.
    r"|\bsepar(?:ated|ate|ait|aient|e)\b"
    # "avec combien de voix d'avance": by how many votes ahead.
    r"|\bcombien\b[^?]*\bd['’]\s*avance\b"
    r"|\bde\s+combien\b[^?]*\b(?:devanc|battu|gagn|avance|depass|l['’]a\s+emport)"
    # "Il a battu Bachelay de combien de voix": the beating first.
    r"|\b(?:devanc|battu|gagn|depass|emport)\w*\b[^?]*\bde\s+combien\b"
)


def _margin(known: Knowledge, analysis: Analysis) -> Answer:
    """A margin asked: the difference of the two figures the best sentence sets against each
    other ("137 votes against 120": 17 votes), said to be derived; the source gives no margin
    itself, so without such a pair it does not say."""
    close = rank(known, analysis, limit=3)
    # (The best three sentences: a post's infobox lines, drawn by its title, hold no figures.)
    sentences = [m for m in rank(known, analysis, limit=8) if m.unit.id.startswith("s")][:3]
    for match in sentences:
        if not match.fits:
            continue
        found = margin(match.unit.text, rival_with=True)
        if found is None:
            continue
        difference, unit, said = found
        shown = f"{_num(difference)} {unit}"
        note = f"derived: the difference between the two figures the source gives ({said})"
        return _answer(known.store, analysis, shown, difference, list(match.unit.refs), note=note, intent=Intent.NUMBER)
    return _declined(known.store, analysis, close, "the source gives no margin")


# "In what place did the poll put him", « à quelle place était-il », "where did it rank him": a rank.
_ASKS_PLACE = lazy(
    # (Not "what position did he hold": a post; nor "which place was he born in".)
    r"\b(?:what|which)\s+(?:place|position|rank)\b(?![^?]*\b(?:born|hold|held|occup\w*|serve\w*)\b)"
    r"|\bwhere\s+did\b[^?]*\brank\b|\ba\s+quel(?:le)?\s+(?:place|position|rang)\b|\bquel\s+rang\b"
)
# "A … poll placed him in second place": the rank a sentence gives him.
_PLACED_HIM = lazy(
    r"\bplaced\s+(?:him|(?:olivier\s+)?faure)\s+(?:in\s+)?(first|second|third|fourth|fifth|last)\s+(?:place|position)\b"
)
_PLACE_FR = {"first": "premier", "third": "troisième", "fourth": "quatrième", "fifth": "cinquième", "last": "dernier"}


def _placed_him(known: Knowledge, analysis: Analysis) -> Answer | None:
    """His rank asked ("In what place did the Harris poll put Faure?"): the ordinal a sentence
    that holds the question says it placed him in; None (other readings go on) where the best
    sentence gives none, and never for a rank asked of someone else."""
    named = {name for _, name in people_in(known, analysis.text)} - {known.store.person.name}
    if named:
        return None  # (the source ranks no one else: "far behind Le Foll" is no place)
    for match in rank(known, analysis, limit=1):
        told = _PLACED_HIM.search(fold(match.unit.text))
        if not match.fits or not match.unit.id.startswith("s") or told is None:
            continue
        # ("second" is French as well.)
        shown = _PLACE_FR.get(told.group(1), told.group(1)) if _french(analysis) else told.group(1)
        return _answer(known.store, analysis, shown, told.group(1), list(match.unit.refs), intent=Intent.TEXT)
    return None


# "Which came first: working with Gouzes or advising Aubry?", « Qu'est-ce qui est venu en premier :
# … ou … ? »: an order between two deeds, each named with the person it was done with (`a`, `b`).
_WHICH_FIRST = lazy(
    r"\s*(?:which|what)\s+(?:came|happened|was|did\s+(?:he|faure)\s+do)\s+(?:first|earlier)\b[^:?]{0,40}?[:,]\s*"
    r"(?:was\s+it\s+)?(?P<a>[^:?]+?)\s+or\s+(?P<b>[^:?]+?)\s*[?.!]*\s*$"
    r"|\s*(?:qu['’]est-ce\s+qui|qu['’]a-t-il\s+fait)\s+(?:est\s+venu|s['’]est\s+passe|a\s+eu\s+lieu)?\s*"
    r"(?:en\s+premier|d['’]abord)\b[^:?]{0,40}?[:,]\s*(?P<fa>[^:?]+?)\s+ou\s+(?P<fb>[^:?]+?)\s*[?.!]*\s*$"
)
_YEARS_SAID = lazy(r"\b(?:from\s+|de\s+|en\s+|in\s+)?((?:19|20)\d\d)(?:\s*(?:to|–|-|a|à)\s*((?:19|20)\d\d))?")


def _deed_years(known: Knowledge, deed: str) -> tuple[int, str, str] | None:
    """(first year, years as said, sentence id) of a deed named with one person ("advising
    Martine Aubry"): the sentence naming that person and a word of the deed, and the year nearest
    the name with no other person between; None unless exactly one sentence says it so."""
    named = {name for _, name in people_in(known, deed)} - {known.store.person.name}
    # (content_words gives stems and synonyms; five letters meet "advising" and "advisor".)
    names = {stem(w)[:5] for n in named for w in split_words(fold(n))}
    words = {w[:5] for w in content_words(fold(deed))} - names
    if len(named) != 1 or not words:
        return None
    found: list[tuple[int, str, str]] = []
    for sentence in known.store.sentences:
        people = [(at, name) for at, name in people_in(known, sentence.text) if name in named]
        if not people or not words & {stem(w)[:5] for w in split_words(fold(sentence.text))}:
            continue
        at = people[0][0]
        others = [p for p, name in people_in(known, sentence.text) if name not in named]
        best: tuple[int, str, str] | None = None
        distance = 10**6
        for year in _YEARS_SAID.finditer(fold(sentence.text)):
            if any(min(at, year.start()) < p < max(at, year.start()) for p in others):
                continue  # (a year nearer another person is that person's)
            if abs(year.start() - at) < distance:
                distance = abs(year.start() - at)
                said = year.group(1) + (f"–{year.group(2)}" if year.group(2) else "")
                best = (int(year.group(1)), said, sentence.id)
        if best is not None:
            found.append(best)
    if len(found) != 1:
        return None
    # The person's earliest dated sentence must be the deed's: an earlier one may tell the same
    # deed in other words ("working for Hollande": 2000–2007 as his cabinet director, not only the
    # 2011 campaign), and the order would not hold.
    earliest = min(
        (
            int(y.group(1))
            for x in known.store.sentences
            if named & {n for _, n in people_in(known, x.text)}
            for y in _YEARS_SAID.finditer(fold(x.text))
        ),
        default=found[0][0],
    )
    return found[0] if earliest == found[0][0] else None


def _which_first(known: Knowledge, analysis: Analysis) -> Answer:
    """Which of two deeds came first: the one whose year the source gives earlier, each from the
    sentence that names its person and its deed; declined unless both are dated and differ."""
    asked = _WHICH_FIRST.match(fold(analysis.text))
    close = rank(known, analysis, limit=3)
    if asked is None:
        return _declined(known.store, analysis, close, "the source does not say which was first")
    folded_a = asked.group("a") or asked.group("fa")
    folded_b = asked.group("b") or asked.group("fb")
    # The deeds as the question writes them (the match is on the folded text, same length).
    start = len(analysis.text) - len(fold(analysis.text))
    a_text = analysis.text[asked.start("a" if asked.group("a") else "fa") + start :][: len(folded_a)]
    b_text = analysis.text[asked.start("b" if asked.group("b") else "fb") + start :][: len(folded_b)]
    one, two = _deed_years(known, a_text), _deed_years(known, b_text)
    if one is None or two is None or one[0] == two[0]:
        return _declined(known.store, analysis, close, "the source does not say which was first")
    (year, said, ref), (other_year, other_said, other_ref) = (one, two) if one[0] < two[0] else (two, one)
    first = a_text if one[0] < two[0] else b_text
    note = f"derived: the source dates one {said}, the other {other_said}"
    return _answer(known.store, analysis, f"{first} ({said})", first, [ref, other_ref], note=note, intent=Intent.TEXT)


# "How many more votes did Faure get than Bachelay?": a margin, of the one asked (group `who`).
_MORE_THAN = lazy(
    r"\bhow\s+(?:many|much)\s+more\b(?=.*\bthan\b).*?\b(?:did|does|had|has)\s+(?P<who>.+?)\s+"
    r"(?:get|got|win|won|receive|received|take|took|obtain|obtained|have|score|scored)\b"
)


# "By what tally", "the vote count", « le décompte des voix », « par quel vote »: both figures of
# a vote, as the sentence sets them against each other.
_ASKS_TALLY = lazy(
    r"\btall(?:y|ies)\b|\bvote\s+count\b|\bcount\s+of\s+(?:the\s+)?votes\b|\bresult\s+of\s+the\s+vote\b"
    r"|\bdecompte\b|\bresultat\s+du\s+vote\b|\b(?:by|with)\s+what\s+vote\b|\bpar\s+quel\s+vote\b"
)
# "What was the vote when he was re-elected?", « quel a été le vote ? »: the vote itself asked, its
# tally or nothing (not "the vote of confidence", a vote named by what it was on).
_WHAT_WAS_THE_VOTE = lazy(
    r"^\s*(?:and\s+)?what\s+(?:was|were)\s+the\s+(?:final\s+)?votes?\b(?!\s+(?:of|on|share)\b)"
    r"|^\s*(?:et\s+)?quel\s+(?:a\s+ete|etait|fut)\s+le\s+vote\b(?!\s+(?:de|sur)\b)"
)
# An election asked without "re-" ("when he was elected …"), and a sentence telling a re-election.
_ELECTED_NOT_AGAIN = lazy(r"\b(?:elected|elu|elue|election)\b")
_AGAIN_ELECTED = lazy(r"\b(?:re-?elected|reelu|reelue|re-?election|reelection)\b")
# The figures a sentence sets against each other, and whose the second is ("for Delphine Batho").
_TALLY_SAID = lazy(
    r"\d+(?:\.\d+)?\s*(?:%|votes?)?(?:\s+of\s+the\s+vote)?\s+against\s+\d+(?:\.\d+)?(?:\s*%|\s+votes?)?"
    r"(?:\s+for\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)?"
)


def _tally(known: Knowledge, analysis: Analysis) -> Answer | None:
    """A vote's tally asked: the two figures the sentence most about the question sets against
    each other ("28 votes against 3 votes for Delphine Batho"); None when that sentence gives no
    such pair (a single share answers as a share, elsewhere)."""
    close = [
        m for m in rank(known, analysis, limit=4)
        if m.fits and m.unit.id.startswith("s") and m.score >= RELEVANT and not _other_day(analysis, m.unit)
    ]  # fmt: skip
    close = [m for m in close if m.score >= close[0].score - 0.05] if close else []
    units = known.built.units
    told: dict[str, tuple[str, ...]] = {}
    asked = fold(analysis.text)
    first_time = _ELECTED_NOT_AGAIN.search(asked) is not None and _AGAIN_ELECTED.search(asked) is None
    for match in close:
        refs = match.unit.refs
        if first_time and _AGAIN_ELECTED.search(fold(match.unit.text)):
            continue  # ("when he was elected …": not the vote that re-elected him)
        if rounds(match.unit.text) == {1} and not rounds(analysis.text):
            continue  # (a first round's figures, not the vote that elected him, unless asked)
        said = _TALLY_SAID.search(match.unit.text)
        number = _index(known).units.get(match.unit.id, -1) + 1
        if said is None and 0 < number < len(units) and _GOES_ON_ELECTION.match(units[number].text):
            # "… to become the head of the SRC group. His election by 137 votes against 120 …"
            said, refs = _TALLY_SAID.search(units[number].text), (*refs, *units[number].refs)
        if said is not None:
            told.setdefault(said.group(0), refs)
    if len(told) != 1:
        return None  # none, or two votes' tallies fit alike
    [(shown, refs)] = told.items()
    return _answer(known.store, analysis, shown, shown, list(refs), intent=Intent.TEXT)


# A sentence that goes on about the election the one before it tells.
_GOES_ON_ELECTION = lazy(r"(?:His|Her|This|That|The)\s+(?:re-?)?election\b")


def _date_answer(known: Knowledge, analysis: Analysis, *, earliest: bool = False) -> Answer | None:
    """The date of the one record the question is about, or None when no record fits well
    enough or two records with different dates fit about as well (with `earliest`, "for the
    first time", the earliest of those)."""
    store = known.store
    # A record that lacks a word saying what happened is not about the question, however many
    # names it shares with it.
    # Asked when something ended: the end is the date asked for, not a word its record holds.
    held = tuple(g for g in analysis.concepts if not (analysis.asks_end and set(g) & _END_STEMS))
    seat = _seat_words(store, analysis)
    if seat:
        # "elected MP for Seine-et-Marne's 11th constituency": the seat the post he names is of,
        # the post's own title says; no word that happened.
        held = tuple(g for g in held if not set(g) <= seat) or held
    # "When did he become PS leader?": the post that leads the body, its own start (not the
    # group formed around the PS in the Assembly); an election to it is told by its events.
    heads = _led_post(known, analysis)
    if heads is not None and (
        any(set(g) & _ELECTION_VERBS for g in analysis.concepts) or not _TOOK_POST.search(fold(analysis.text))
    ):
        heads = None  # ("Quand a-t-il annoncé sa candidature à la direction du PS ?": another deed.)
    if heads is not None and heads.office is not None and _names_another_post(store, analysis, heads.office):
        # "When did he join the PS leadership as national secretary for communications?": the
        # post it names is another, in the leadership; not the one that leads the party.
        heads = None
    own: list[_Dated] = []
    if heads is not None and heads.office is not None:
        field = Field.END if analysis.asks_end else Field.START
        own = [c for c in _date_candidates(known, analysis) if c.record == heads.office.id and c.field is field]
        own = [replace(c, score=max(c.score, DATE_RELEVANT)) for c in own[:1]]
    ending = replace(analysis, concepts=held) if held else analysis
    candidates = own or [
        c
        for c in _date_candidates(known, analysis)
        if c.score >= DATE_RELEVANT - 0.05
        and _holds_record(known, ending, c)
        and _his_if_asked(known, analysis, c)
        and _event_says_verb(known, ending, c)
    ]
    if not candidates or candidates[0].score < DATE_RELEVANT:
        return _sentence_date(known, analysis)
    best = candidates[0]
    if earliest:
        close = [c for c in candidates if c.score >= best.score - 0.05]
        best = min(close, key=lambda c: c.date.first_day())
        candidates = [best, *(c for c in candidates if c is not best and c not in close)]
    rivals = [
        c for c in candidates[1:] if c.score >= best.score - 0.05 and str(c.date) != str(best.date)
        and not store.disputes(best.record, best.field)
    ]  # fmt: skip
    if rivals:
        # "When did he join the PS?": of "joined the Socialist Party (PS) at the age of 16" and
        # "joined the leader of the Socialist group", the one whose verb takes what is asked.
        close = [best, *rivals]
        direct = [c for c in close if _verb_takes_object(known, analysis, c)]
        if len(direct) != 1:
            return None
        best = direct[0]
    refs = list(best.refs)
    if best.field is Field.START and all(r.startswith(INFOBOX_PREFIX) for r in refs):
        # The sentence that gives the same day, beside the infobox line.
        refs += [r for r in _record_sources(store, best.record) if _says_date(store, r, best.date)]
    if _anothers_term(known, analysis, best):
        # The record that tells theirs, if one fits about as well ("Valérie Rabault replaced him").
        theirs = [c for c in candidates if c.score >= best.score - 0.15 and not _anothers_term(known, analysis, c)]
        if not theirs or any(o.id == theirs[0].record for o in store.offices):
            return None
        best = theirs[0]
        refs = list(best.refs)
    if _ASKS_SPAN.search(fold(analysis.text)) and not analysis.asks_end:
        return _span(known, analysis, best, [c for c in candidates if c.score >= best.score - 0.05])
    answer = _dated(store, analysis, best.date, refs, best.record, best.field)
    if best.end is not None and answer.conflicts == ():
        french = _french(analysis)
        if best.derived:
            # Bounds of a date the text only implies (an age): somewhere between them.
            shown = f"between {best.date.human()} and {best.end.human()}"
        else:
            # A period the text gives ("from 2000 to 2007"): the whole of it.
            shown = f"{'de' if french else 'from'} {best.date.human()} {'à' if french else 'to'} {best.end.human()}"
        note = "derived from what the text gives (an age, a period)" if best.derived else None
        return _answer(store, analysis, shown, str(best.date), list(best.refs), note=note)
    return answer


_SUCCESSION_ASKED = lazy(r"\b(?:succe\w*|replac\w*|remplac\w*|took\s+over|take\s+over|left|leave|quitt\w*|end\w*)\b")


def _anothers_term(known: Knowledge, analysis: Analysis, best: _Dated) -> bool:
    """Whether the date found is of his term while the question asks of someone who held the post
    before or after him ("When did Valérie Rabault head the New Left group?" is not when he
    began to; "When did Bruno Le Roux lead the group?" not when Faure succeeded him)."""
    if not analysis.people or set(split_words(analysis.text)) & _HIM:
        return False
    if _SUCCESSION_ASKED.search(re.sub(r"\bnew\s+left\b", "", fold(analysis.text))):
        return False  # "When was Le Roux succeeded?": his start is their end
    surnames = [fold(p).split()[-1] for p in analysis.people]
    office = next((o for o in known.store.offices if o.id == best.record), None)
    if office is not None:
        others = fold(" ".join((*office.predecessors, *office.successors)))
        return any(find_word(others, n) >= 0 for n in surnames)
    event = _index(known).events.get(best.record)
    text = fold(event.text) if event is not None else ""
    # (His deed done to them: "Succeeded Bruno Le Roux as head of the SRC group".)
    done_to = r"\b(?:succeeded|replaced|took\s+over\s+from)\s+(?:\w+\s+){0,2}"
    return any(re.search(done_to + rf"{n}\b", text) for n in surnames)


# "In which years", « pendant quelles années », "de quand à quand": a span asked, not one day.
_ASKS_SPAN = lazy(
    r"\b(?:which|what)\s+years\b|\bquelles\s+annees\b|\b(?:which|what|quelle)\s+periode?\b"
    r"|\bde\s+quand\s+(?:a|jusqu'?\s*a)\s+quand\b|\bfrom\s+when\s+(?:to|until|till)\s+when\b"
)


def _span(known: Knowledge, analysis: Analysis, best: _Dated, close: list[_Dated]) -> Answer:
    """A span asked ("In which years was he …"): a period the text gives, or a post's term from
    its start to its end (to the source's date when he still held it); a single date is less
    than asked, and is declined with it in the note."""
    store = known.store
    french = _french(analysis)
    if best.end is not None and not best.derived:
        shown = f"{'de' if french else 'from'} {best.date.human()} {'à' if french else 'to'} {best.end.human()}"
        return _answer(store, analysis, shown, str(best.date), list(best.refs))
    offices = {o.id: o for o in store.offices}
    posts = list(dict.fromkeys(c.record for c in close if c.record in offices and c.field is Field.START))
    # A term of his answers only of him: "In which years did Valérie Rabault preside the New Left
    # group?" is not his years at its head.
    his = not analysis.people or bool(set(split_words(analysis.text)) & _HIM)
    if len(posts) == 1 and not best.derived and his:
        office = offices[posts[0]]
        start = _dated(store, analysis, office.start, list(office.sources), office.id, Field.START)
        starts = " or ".join(dict.fromkeys(c.split(" (")[0] for c in (start.answer or "").split("; ")))
        if french:
            starts = starts.replace(" or ", " ou ")
        refs = [*start.sources, *office.sources]
        if office.end is not None and not office.end_derived:
            shown = f"{'de' if french else 'from'} {starts} {'à' if french else 'to'} {office.end.human()}"
        elif office.current:
            as_of = store.source.as_of.human()
            shown = (
                f"depuis {starts} (à la date de la source : {as_of})" if french else f"since {starts} (as of {as_of})"
            )
        else:
            shown = ""
        if shown:
            return _answer(store, analysis, shown, start.value, refs, conflicts=start.conflicts, note=start.note)
    if not his:
        return _declined(store, analysis, [], "the source does not say")
    found = _dated(store, analysis, best.date, list(best.refs), best.record, best.field)
    note = f"the source gives one date, not a span: {found.answer}"
    return _declined(store, analysis, [], note)


# Becoming, taking, holding or leaving a post: its own start or end.
_TOOK_POST = lazy(
    r"\b(?:bec[ao]me|becoming|devenu|devenue|devient|took|take[ns]?|pris|prend\w*|start\w*|began|begun|begin\w*"
    r"|led|lead\w*|head\w*|dirig\w*|stop\w*|left|leave|quitt\w*)\b"
)


def _seat_words(store: Store, analysis: Analysis) -> set[str]:
    """The words of where the one post a question names is held ("for Seine-et-Marne's 11th
    constituency" of his seat in the Assembly), when the question names it by a post's word;
    else none."""
    posts = _posts_named(store, analysis)
    if len(posts) != 1:
        return set()
    office = next(o for o in store.offices if o.id in posts)
    where = POST_PLACE.search(fold(office.title))
    if where is None:
        return set()
    words = set(content_words(where.group()))
    # ("11th": the ordinal's letters alone.)
    return words | {w for t in split_words(where.group()) for w in (re.sub(r"^\d+", "", t),) if w}


def _verb_takes_object(known: Knowledge, analysis: Analysis, candidate: _Dated) -> bool:
    """Whether the record's text has the question's verb, as a verb, with the rest of the
    question right after it (the next three words): "joined the Socialist Party" for "join the
    PS", "Elected deputy …" for "was he elected" (not "the … presidential election")."""
    found = _index(known).events.get(candidate.record)
    if found is None:
        return False
    said = split_words(found.text)
    words = [stem(w) for w in said]
    asked = [set(g) for g in analysis.concepts if not g[0].isdigit() and g[0] not in _DATE_WORDS]
    verbs = [g for g in asked if any(actions(w) - {"other"} for w in g)]
    if len(verbs) != 1:
        return False
    rest = [g for g in asked if g is not verbs[0]]
    for at, word in enumerate(words):
        if said[at].endswith(("ion", "ions")):
            continue  # a noun of the action ("the 2012 presidential election"), not its verb
        if word in verbs[0] or any(word[:5] == v[:5] for v in verbs[0] if len(v) >= 5):
            following = {c for w in words[at + 1 : at + 4] for c in (w, *_canon(w))}
            if all(g & following for g in rest):
                return True
    return False


def _his_if_asked(known: Knowledge, analysis: Analysis, candidate: _Dated) -> bool:
    """Whether a record can date a deed of his that the question asks about ("when was he
    elected to the European Parliament"): the sentences it comes from name him; a record from
    sentences that never do (polls on his party's list in that election) dates someone else's.
    Any other question, or a line of his card: True."""
    if not _ASKS_HIS_DEED.match(fold(analysis.text)):
        return True
    said = [known.store.sentence(r) for r in candidate.refs]
    if not said or any(s is None for s in said):
        return True
    return any(_NAMES_HIM.search(fold(s.text)) for s in said if s is not None)


_GENERIC = frozenset(
    stem(w)
    for w in (
        *BECOME, "term", "mandat", "happen", "arrive", "eu", "lieu", "take", "part", "place", "head", "tete", "made",
        # "When was he named national secretary …": made it, as the record's "became" says.
        "named", "appointed", "nomme",
        # "ses fonctions de porte-parole": the post, said by its name.
        "fonctions", "fonction", "duties", "poste", "make",
        *EVENT_HAPPENED,
    )
)  # fmt: skip


def _holds_question(known: Knowledge, analysis: Analysis, held: set[str]) -> bool:
    """Whether every word of the question that says what happened is in `held` (a record's
    words and those of the text it cites), or shares its first five letters with one."""
    prefixes = {w[:5] for w in held if len(w) >= 5}
    for group in analysis.concepts:
        if group[0].isdigit() or group[0] in _DATE_WORDS or set(group) & _GENERIC or set(group) & held:
            continue
        if not {w[:5] for w in group} & prefixes:
            return False
    return True


def _holds_record(known: Knowledge, analysis: Analysis, candidate: _Dated) -> bool:
    """Every word of the question that says what happened is in the record or the text it
    cites: "when did he meet Benoît Hamon" is not answered by the 2019 election Hamon ran in."""
    found = _index(known).events.get(candidate.record)
    events = [found] if found is not None else []
    texts = [e.text for e in events] + [s.text for s in map(known.store.sentence, candidate.refs) if s is not None]
    if events and events[0].derived:
        # A date derived from an age or an order of events dates the record's leading clause
        # only: "Joined the PS at the age of 16 and became an activist for the UNEF" does not
        # date joining the UNEF, nor "Appointed special adviser … after the election; resigned
        # soon after" the resignation.
        texts = [_DERIVED_CLAUSE.split(events[0].text, maxsplit=1)[0]]
    if not texts:
        return _holds_question(known, analysis, set(known.built.record_words[candidate.record]))
    # What he is ("to whom he is married") has no date; "Prime Minister Jean-Marc Ayrault"
    # is Ayrault's title, not something Faure became.
    # "Castaner claimed that he had accompanied Faure 'in his divorces'": the date is the claim's.
    if not _ASKS_REPORT.search(fold(analysis.text)):
        texts = [_QUOTED.sub(" ", t) if _REPORTED.search(t) else t for t in texts]
    others = _OTHERS_TITLE if not _ASKS_OTHERS_TITLE.search(fold(analysis.text)) else re.compile(r"(?!)")
    held = {w for t in texts for w in content_words(others.sub(" ", _STATE.sub(" ", t)))}
    held.update(w for e in events for tag in e.tags for w in content_words(tag))
    # "did he win": the record says "won"; a question's verb naming the record's own action
    # ("win" and "won" are both an election won) is held by it.
    done = known.built.record_actions.get(candidate.record, frozenset())
    held.update(w for g in analysis.concepts for w in g if done & actions(w) - {"other"})
    # "ministre" and "Ministry", "president" and "presidential" share a stem; a post asked for
    # by its title must be named by that title.
    stripped = " ".join(others.sub(" ", t) for t in texts)
    for word in split_words(analysis.text):
        title = _TITLES.get(word)
        if title and not re.search(rf"\b{title}\b", stripped, re.IGNORECASE):
            return False
    if _done_by_another(analysis, texts):
        return False
    return _holds_question(known, analysis, held)


# "the UMP candidate", « la candidate LREM »: a person asked by the party the question gives them.
_PARTY_ROLE = lazy(
    r"\b([A-Z]{2,5})(?:['’]s)?\s+(?:candidate|candidat|candidats|candidates|nominee|opponent|rival|challenger)\b"
    r"|\b(?:candidate?s?|candidats?|adversaire)\s+(?:de\s+l['’]\s*|du\s+|d['’]\s*|des\s+)?([A-Z]{2,5})\b"
)


def _of_party_asked(analysis: Analysis, found: Answer) -> bool:
    """Whether the person answered is the one the question's party qualifies: in the sentence
    that names them, that party stands just before the name ("against the UMP's Cathy
    Bissonier"); a party named in the sentence before (EELV, whose candidate withdrew) does not
    make her its candidate."""
    if found.answer is None or analysis.intent is not Intent.PERSON or not (asked := _PARTY_ROLE.search(analysis.text)):
        return True
    party = asked.group(1) or asked.group(2)
    if party in ("PS",):
        return True  # his own party's: the question is about him, not a rival
    for evidence in found.evidence:
        at = evidence.text.find(found.answer)
        if at < 0:
            continue
        before = evidence.text[max(0, at - 70) : at]
        if re.search(rf"\b{party}\b", before) or _spelled_out(party, before):
            return True
        # "lost to Chantal Brunel of the Union for a Popular Movement (UMP)": after the name.
        after = evidence.text[at + len(found.answer) : at + len(found.answer) + 70]
        if _OF_PARTY.match(after) and (re.search(rf"\b{party}\b", after) or _spelled_out(party, after)):
            return True
    return False


_OF_PARTY = lazy(r"\s*(?:\(|,?\s*(?:of|from|de|du)\b)")


# "When did he win …", "In which year did Faure win …": the verb he is asked to have done.
_HIS_VERB = lazy(r"\b(?:did|does|has|had)\s+(?:he|(?:olivier\s+)?faure)\s+([a-z]{3,})\b")
# Someone else doing it just before the verb: "After Hollande won", "the Socialist candidate won".
_ANOTHER_SUBJECT = lazy(r"(?:\b[A-Z][\w'’-]+|\bcandidate|\bparty)\s+(?:\w+ly\s+)?$")


def _done_by_another(analysis: Analysis, texts: list[str]) -> bool:
    """Whether every time the records' texts say the verb a question asks him to have done, it is
    said of someone else ("In which year did Faure win the presidential primary?" against "After
    Hollande won the primary, became his 'expert opinion'": he did not win it), or of what he only
    considered or refused ("When did Faure endorse Macron?": he considered endorsing him)."""
    asked = _HIS_VERB.search(fold(analysis.text))
    if asked is None:
        return False
    verb = asked.group(1)
    forms = {verb, _past(verb), verb + "ing", verb[:-1] + "ing"}
    seen = False
    for text in texts:
        for found in re.finditer(r"[A-Za-z]+", text):
            if found.group().lower() not in forms:
                continue
            seen = True
            # "considered endorsing Emmanuel Macron …, but ultimately refused to support him":
            # what he only thought of, or refused, he did not do.
            if _UNDONE.search(text[: found.start()]):
                continue
            before = _ANOTHER_SUBJECT.search(text[: found.start()])
            if before is None or re.match(r"(?:Faure|Olivier|He|His)\b", before.group()):
                return False
    return seen


_UNDONE = lazy(
    r"\b(?:considered|considering|contemplated|envisaged|planned|refused\s+to|declined\s+to|did\s+not|didn't"
    r"|not|never)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_DERIVED_CLAUSE = lazy(r";\s+|\s+and\s+(?:also\s+)?(?=(?:became|was|were|resigned|left|then|later)\b)")
_TITLES = {
    "minister": "minister", "ministre": "minister", "president": "president", "presidente": "president",
    "mayor": "mayor", "maire": "mayor", "secretary": "secretary", "secretaire": "secretary",
}  # fmt: skip


_ASKS_REPORT = lazy(
    r"\b(?:claim|said|say|says|wrote|write|affirm|declar|report|accus|quote|evoqu|mention|dit\b|parle\b|parlait|raconte|ecrit)"
)
_QUOTED = lazy(r"[\"“«][^\"”»]*[\"”»]")
_REPORTED = lazy(r"\b(?:claimed|claims|said|says|wrote|reported|alleged|according)\b")
# "adviser to the Prime Minister": the question itself names someone else's title.
_ASKS_OTHERS_TITLE = lazy(
    r"\b(?:to|of|for|under|with|du|de|des|au|aupres de)\s+(?:the\s+|la\s+|le\s+)?"
    r"(?:prime\s+minister|premier\s+ministre|minister|ministre|president|mayor|maire|first\s+secretary)"
)
_OTHERS_TITLE = lazy(
    r"\b(?:Prime\s+Minister|Minister|President|Mayor|First\s+Secretary)\s+(?=[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý])"
    # "Martine Aubry, the mayor of Lille": the title set beside someone else's name.
    r"|(?<=[a-zà-ÿ])(?<![Ff]aure),\s+the\s+(?:mayor|president|prime\s+minister|minister|leader|director-general)"
    r"\s+of\s+[^,.;]+"
)
_STATE = lazy(r"\b(?:is|are)\s+(?:\w+ly\s+)?\w+")


def _record_sources(store: Store, record: str) -> tuple[str, ...]:
    for office in store.offices:
        if office.id == record:
            return tuple(r for r in office.sources if not r.startswith(INFOBOX_PREFIX))
    return ()


def _says_date(store: Store, ref: str, date: PartialDate) -> bool:
    sentence = store.sentence(ref)
    if sentence is None or not date.day:
        return False
    return any(
        v.kind is ValueKind.DATE and (v.year, v.month, v.day) == (date.year, date.month, date.day)
        for v in _values(sentence.text)
    )


def _sentence_date(known: Knowledge, analysis: Analysis) -> Answer | None:
    """When no record is about the question, the one date of the sentence that holds every word
    of it ("In October 2007, Faure joined … to become the formation's secretary-general"), at
    the sentence's precision; None when the best sentence holds no date or more than one."""
    store = known.store
    matches = [m for m in rank(known, analysis, limit=3) if m.fits and m.unit.id.startswith("s")]
    if not matches or matches[0].score < 0.75:
        return None
    best = matches[0]
    if len(matches) > 1 and matches[1].score >= best.score - 0.05:
        return None
    dates = [v for v in best.unit.figures if v.kind is ValueKind.DATE and v.year]
    text = best.unit.text
    if _REPORTED.search(text) and not _ASKS_REPORT.search(fold(analysis.text)):
        text = _QUOTED.sub(" ", text)
    held = set(content_words(_STATE.sub(" ", text)))  # what he is has no date
    if len(dates) != 1 or not _holds_question(known, analysis, held):
        return None
    if not _holds_verb_as_verb(analysis, text):
        return None  # "When was he elected in 2007?": not "… campaign to become the PS candidate" (an election)
    if _ASKS_HIS_DEED.match(fold(analysis.text)) and not _NAMES_HIM.search(fold(best.unit.text)):
        return None  # a deed of his, dated by a sentence that never names him (see _his_if_asked)
    date = dates[0].date()
    if date is None:
        return None
    return _answer(store, analysis, date.human(), str(date), list(best.unit.refs))


def _event_says_verb(known: Knowledge, analysis: Analysis, candidate: _Dated) -> bool:
    """Whether an event's record or the sentences it cites say the question's action as a verb
    (see _holds_verb_as_verb); a post's record (an infobox line) says none and is not asked to."""
    event = _index(known).events.get(candidate.record)
    if event is None:
        return True
    texts = [event.text, *(s.text for s in map(known.store.sentence, candidate.refs) if s is not None)]
    return _holds_verb_as_verb(analysis, " ".join(texts))


def _holds_verb_as_verb(analysis: Analysis, text: str) -> bool:
    """Whether every word of the question that names an action (elected, won, joined …) is in
    `text` as a verb or an adjective, not only as a noun of that action ("election")."""
    # (A noun of the action in the question asks for none: "the date of the first round of the election".)
    nouns = {stem(w) for w in split_words(analysis.text) if w.endswith(("ion", "ions"))}
    verbs = [
        g for g in analysis.concepts
        if g[0] not in nouns and not set(g) & _GENERIC and any(actions(w) - {"other"} for w in g)
    ]  # fmt: skip
    if not verbs:
        return True
    said = [w for w in split_words(text) if not w.endswith(("ion", "ions"))]
    verbal = {stem(w) for w in said}
    prefixes = {w[:5] for w in verbal if len(w) >= 5}
    # What the text says was done, read only for a group neither its stems nor their starts
    # hold, and that names an action: the action of every word of the text was ~2M
    # instructions of a cold `ask` (callgrind), mostly spent where a verb's stem was there.
    done: set[str] | None = None

    def does(group: tuple[str, ...]) -> bool:
        nonlocal done
        asked = {a for w in group for a in actions(w)}
        if not asked:
            return False
        if done is None:
            done = {a for w in said for a in actions(w)} - {"other"}
        return bool(asked & done)

    return all(set(g) & verbal or {w[:5] for w in g if len(w) >= 5} & prefixes or does(g) for g in verbs)


def _office_ref_for(ref: str, field: Field) -> bool:
    key = ref.removeprefix(INFOBOX_PREFIX)
    if field is Field.END:
        return key.startswith(("Office", "Term End"))
    return key.startswith(("Office", "Term Start"))


def _dated(store: Store, analysis: Analysis, date: PartialDate, refs: list[str], record: str, field: Field) -> Answer:
    disputes = store.disputes(record, field)
    if disputes:
        claims = _by_fit(store, analysis, [c for d in disputes for c in d.claims])
        parts = [f"{c.says} ({', '.join(c.sources)})" for c in claims]
        refs = [*refs, *(s for c in claims for s in c.sources)]
        dates = [c.date for c in claims if c.date is not None]
        value = str(dates[0]) if dates else str(date)
        note = "the sources disagree: " + "; ".join(parts)
        answer = "; ".join(
            f"{c.date.human() if c.date is not None else c.says} ({', '.join(c.sources)})" for c in claims
        )
        if not answer:
            answer = date.human()
        return _answer(store, analysis, answer, value, refs, conflicts=tuple(d.id for d in disputes), note=note)
    return _answer(store, analysis, date.human(), str(date), refs)


def _by_fit(store: Store, analysis: Analysis, claims: list[Claim]) -> list[Claim]:
    """The claims of a dispute, the one whose sources alone hold words of the question first
    ("chosen as spokesperson at the national council": the sentence that says so, not the
    infobox's term start; "according to the infobox": its line); else as they are."""
    asked = fold(analysis.text)
    held: list[set[str]] = []
    for claim in claims:
        # What each claim says it is (its words, and whether the infobox says it).
        words = set(held_words(claim.says))
        if any(r.startswith(INFOBOX_PREFIX) for r in claim.sources):
            words.add("infobox")
        held.append(words)

    def fit(at: int) -> int:
        others = set().union(*(h for n, h in enumerate(held) if n != at))
        only = held[at] - others
        count = sum(1 for g in analysis.concepts if set(g) & only)
        return count + 2 * ("infobox" in only and find_word(asked, "infobox") >= 0)

    fits = [fit(n) for n in range(len(claims))]
    if len(set(fits)) < 2:
        return claims
    return [c for _, c in sorted(zip(fits, claims, strict=True), key=lambda p: -p[0])]


# --- People and places ------------------------------------------------------------------------


def _described_in_source(store: Store, name: str, described: set[str]) -> bool:
    """Whether a sentence gives `name` (his surname, "(interim)" aside) with every word of a
    description, just before it ("the UMP's Cathy Bissonier") or in what follows it."""
    surname = re.sub(r"\s*\(.*?\)", "", name).split()[-1]
    for sentence in store.sentences:
        at = sentence.text.find(surname)
        if at >= 0:
            near = set(content_words(sentence.text[max(0, at - 60) : at]))
            near |= set(content_words(_of_phrase(sentence.text[at + len(surname) :])))
            if described <= near:
                return True
    return False


def _modifies_a_noun(text: str, at: int) -> bool:
    """Whether the name at `at` stands between "the" and a common noun ("the Hollande
    presidency", "the Philippe government")."""
    written = re.match(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*", text[at:])
    end = at + (len(written.group()) if written else 0)
    return bool(re.search(r"\bthe\s+$", text[max(0, at - 5) : at])) and bool(re.match(r"\s+[a-z]{4,}\b", text[end:]))


def _person(known: Knowledge, analysis: Analysis, unit: Unit) -> Answer | None:
    store = known.store
    asked = fold(analysis.text)
    if unit.office is not None:
        office = unit.office
        if _names_another_post(store, analysis, office) or not _is_post_asked(analysis, office):
            return None  # "who succeeded him as spokesperson" is not about the group presidency
        if _names_another_party(analysis, office):
            return None  # "his successor as head of the Green group": a group of another party
        if analysis.people and not set(split_words(analysis.text)) & _HIM:
            return None  # "Who replaced Barnier?": someone else's successor, not his post's
        if _asks_successor(asked):
            names = office.successors
            key = "Successor"
            handover: PartialDate | None = office.end
        elif re.search(
            r"succe|predecess|preced|before (?:him|(?:olivier )?faure)|avant (?:lui|faure)|replace|remplac", asked
        ):
            names = office.predecessors
            key = "Predecessor"
            handover = office.start
        else:
            return None
        years = {v.year for v in analysis.values if v.kind is ValueKind.DATE and v.year}
        if years and (handover is None or handover.year not in years):
            # "Qui a remplacé Faure en 2016 ?": not who took over a post he left in 2018.
            return None
        if not names:
            return None
        # "Qui a remplacé Faure en 2016 ?": he is replaced when his term ends, and replaces
        # someone when it starts; a post whose term did not end (or start) then is not the one.
        # (Days may stand in a period when the year is not given: "in December 2016".)
        years = {v.year for v in analysis.values if v.kind is ValueKind.DATE and v.year}
        turn = office.end if key == "Successor" else office.start
        if years and (turn is None or turn.year not in years):
            return None
        described = _described_as(asked)
        if described and not any(_described_in_source(store, name, described) for name in names):
            # "Which EELV politician did he replace?": Bruno Le Roux, whom he replaced, the
            # source never calls one.
            return None
        refs = [r for r in office.sources if key in r or r.removeprefix(INFOBOX_PREFIX).startswith("Office")]
        refs += [r for r in office.sources if not r.startswith(INFOBOX_PREFIX) and _names_in(store, r, names)]
        answer = ", ".join(names)
        return _answer(store, analysis, answer, answer, refs)
    if _BEFORE_AFTER.search(asked):
        return None  # who came before or after him in a post: the office's record says, not a sentence
    if unit.id.startswith("s") and analysis.people:
        # "Who became Prime Minister after Barnier?": a sentence that does not name Barnier (the
        # Young Rocardiens' "Prime Minister Michel Rocard") says nothing of it.
        named_here = {n for _, n in people_in(known, unit.text)}
        if any(p not in named_here for p in analysis.people):
            return None
    # Who won over whom: "qui a battu Faure" needs a sentence where he lost; "who did he beat"
    # one where he won ("elected … against Cathy Bissonier" is not her beating him).
    if _BEAT_HIM.search(asked) and not _HE_LOST.search(fold(unit.text)):
        return None
    if _OTHER_BEATEN.match(asked):
        # "Who did Bachelay lose to?": the sentences tell Faure's wins ("137 votes against 120 for
        # Guillaume Bachelay"), whose other names (Manuel Valls) beat no one.
        return None
    if _HE_BEAT.search(asked) and not _HE_WON.search(fold(unit.text)):
        return None
    # "Who was the UMP candidate": a sentence that does not name the UMP does not say.
    for acronym in re.findall(r"\b[A-Z]{2,5}\b", analysis.text):
        if not set(_canon(fold(acronym))) & unit.words and not _spelled_out(acronym, unit.text):
            return None
    # "Who was the mayor of Orléans?": nor one that does not name the place ("the mayor of Lille").
    for place in _OF_PLACE.findall(analysis.text):
        if not {c for w in split_words(place) for c in _canon(fold(w))} & unit.words:
            return None
    # "his first wife": a sentence that does not say first does not say who.
    for qualifier, role in re.findall(
        r"\b(first|second|third|former|ex|late|premiere?|deuxieme|ancienne?)\s+(" + "|".join(_ROLES) + r")\b",
        fold(analysis.text),
    ):
        if qualifier.startswith("premier") and role == "ministre":
            continue  # "Premier ministre" is a title
        if not re.search(rf"\b{qualifier}", fold(unit.text)):
            return None
    # "which minister": what the answer is, not a word the sentence must hold.
    asked_type = analysis.target in _PERSON_TARGETS
    roles = [w for w in split_words(analysis.text) if w in _ROLES and not (asked_type and w in _PERSON_TARGETS)]
    phrase = _WHICH_PHRASE.match(asked)
    if phrase is not None and set(phrase.group(1).split()) & _LATER:
        # "which future presidential candidate": what they became later, not the sentence's role.
        roles = [w for w in roles if w not in phrase.group(1).split()]
    if _AGAINST_WHOM.match(asked):
        roles.append("opponent")  # "contre qui a-t-il été élu": his opponent
    if "against" in analysis.words:
        # "la candidate UMP battue par Faure": the candidate he beat or lost to stood against
        # him ("against the UMP's Cathy Bissonier"), whatever the sentence calls her.
        roles = ["opponent" if w in ("candidate", "candidat") else w for w in roles]
    # The sentence's own words, not those of the records it is the source of: "succeeded Bruno
    # Le Roux" does not name the opponent its event goes on to give ("against … Bachelay").
    own_words = set(content_words(unit.text)) if unit.id.startswith("s") else unit.words
    if any(not set(_canon(w)) & own_words and not (_OPPONENT.fullmatch(w) and "lost" in own_words) for w in roles):
        return None  # "his substitute": only a sentence that names one ("lost to" names his opponent)
    parents = _PARENTS_ASKED.search(fold(analysis.text)) and _BORN_TO.search(unit.text)
    if parents:
        # "Who are his parents?": whom he was born to, as the sentence describes them (which of
        # them is his father or mother, it does not say).
        shown = parents.group(1).strip()
        return _answer(store, analysis, shown, shown, list(unit.refs), intent=Intent.TEXT)
    if not _REFUSED_WORD.search(asked) and _only_refused(analysis, unit.text):
        return None
    if _only_reported(analysis, unit.text):
        return None
    owner = _figure_owner_asked(known, analysis, unit)
    if owner is not None:
        # "Who got 137 votes?", "qui a recueilli 48,37 % ?": whose figure it is, by the
        # sentence's grammar; not a name standing near it (Bachelay's "120 for …").
        return _answer(store, analysis, owner, owner, list(unit.refs)) if owner else None
    if _ASKS_ELECTED.match(asked):
        # "Qui a été élu au congrès de Villeurbanne ?": the one elected ("Faure was re-elected
        # … against 26.52% for Hélène Geoffroy"), not the one beside him.
        winner = _winner(known, unit.text)
        figures = [f.replace(",", ".") for f in _FIGURE.findall(asked)]
        if winner is None and figures and _HE_WAS_ELECTED.match(unit.text):
            if all(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", unit.text) for f in figures):
                winner = store.person.name
        return _answer(store, analysis, winner, winner, list(unit.refs)) if winner is not None else None
    patient = _patient(known, analysis, unit)
    if patient == "":
        return None
    if patient is not None:
        return _answer(store, analysis, patient, patient, list(unit.refs))
    if _ASKS_WINNER.match(asked):
        # "Who won the Villeurbanne Congress?": the one the sentence says won, came first or was
        # elected ("Faure was re-elected … against … Hélène Geoffroy"), or whom someone lost to;
        # not a name beside the election ("endorsing Emmanuel Macron in the 2017 … election").
        winner = _winner(known, unit.text)
        if winner is None:
            return None
        return _answer(store, analysis, winner, winner, list(unit.refs))
    done_by = _done_by_named(known, analysis, unit)
    if done_by is not None:
        return _answer(store, analysis, done_by, done_by, list(unit.refs))
    agent = _agent(known, analysis, unit)
    if agent == "":
        return None
    title = _person_title(analysis)
    if agent and title and agent in unit.text and not _bears(fold(unit.text), unit.text.find(agent), agent, title):
        agent = None  # "which Prime Minister …": who did it is no answer unless a Prime Minister
    if agent and title and agent in unit.text and not _part_in_time(analysis, unit.text, unit.text.find(agent)):
        return None  # "which first secretary did he work for in the 1990s": Hollande's part is 2000–2007
    if agent is not None:
        refs = list(unit.refs)
        number = _index(known).units.get(unit.id, 0)
        if agent not in unit.text and agent != store.person.name and number > 0:
            # "the Prime Minister, Manuel Valls" or "the latter": the sentence before names them.
            refs.append(known.built.units[number - 1].id)
        return _answer(store, analysis, agent, agent, refs)
    # "Who wrote the comic book?": a name owning another noun ("Ségolène Royal's campaign") did
    # nothing the question asks; "Who ousted Bayrou?": the one "ousted" is done to ("ousted
    # Prime Minister Michel Barnier") did not do it.
    doer = _ASKS_AGENT.match(fold(analysis.text).replace("’", "'")) is not None
    done_to = _done_to(analysis, unit) if doer else (0, 0)
    named_after = _NAMED_AFTER.search(asked) is None
    named = [
        (at, name) for at, name in people_in(known, unit.text)
        if name not in analysis.people and not _not_a_name(name)
        # "supported the adoption of the El Khomri law": the law he supported, not Myriam El Khomri.
        and not (named_after and _NAMES_A_THING.match(unit.text, at + len(name)))
        and not (doer and re.match(r"['’]s\b", unit.text[at + len(name) :]))
        and not done_to[0] <= at < done_to[1]
    ]  # fmt: skip
    # "Who headed the PS-Place Publique list?": not "the list of Benoît Hamon", another list.
    named = [(at, name) for at, name in named if not _owns_another(analysis.text, unit.text, at, name)]
    # "… under the Hollande presidency": a name set before a noun as its modifier is no one who
    # did or underwent anything in the sentence.
    # (Not asked whose thing or for whom: "Under whose presidency …", "Who did he work for …"
    # from "the François Hollande campaign".)
    if not re.search(r"\bwhose\b|\b(?:for|under|with|pour|sous|avec)\b", asked):
        named = [(at, name) for at, name in named if not _modifies_a_noun(unit.text, at)]
    described = _described_as(asked)
    if described:
        # "Which fellow Socialist …": a name the sentence describes so, just before it ("a member
        # of the PS that he met Benoît Hamon"); not "the UMP's Cathy Bissonier".
        # (Or just after it, by what they are of: "Chantal Brunel of the Union for a Popular
        # Movement (UMP)" for "which UMP candidate".)
        # (Or in the words set off after it, in the question's other words: "Gérard Gouzes, the
        # president of the commission of law in the National Assembly" for "which law committee
        # chairman", "quel député".)
        senses = [next((g for g in analysis.concepts if d in g), (d,)) for d in described]
        named = [
            (at, name) for at, name in named
            if described <= set(content_words(unit.text[max(0, at - 60) : at]))
            or described <= set(content_words(_of_phrase(unit.text[at + len(name) :])))
            or _set_off_as(senses, unit.text[at + len(name) :])
        ]  # fmt: skip
    asked_party = _party_of_person_asked(asked)
    if asked_party:
        # "Who was the PS candidate who withdrew?": not the one the sentence ties to another
        # party ("the Greens (EELV), who withdrew their candidate, Jean-Marc Brûlé").
        named = [(at, name) for at, name in named if not _of_another_party(unit.text, at, name, asked_party)]
    # "Who did he work for between 2000 and 2007?": the name in the part of the sentence that
    # gives those years ("… and assistant cabinet director to … François Hollande from 2000
    # to 2007"), not the one in the part before ("advisor to Martine Aubry … from 1997 to 2000").
    asked_years = {v.year for v in analysis.values if v.kind is ValueKind.DATE and v.year}
    if asked_years and len({n for _, n in named}) > 1:
        parts = [(m.start(), m.end()) for m in _NAME_PART.finditer(unit.text)]
        dated = [
            (a, n) for a, n in named for start, end in parts
            if start <= a < end and all(_covers(unit.text[start:end], y) for y in asked_years)
        ]  # fmt: skip
        named = dated or named
    as_post = _AS_POST_ASKED.search(asked) or _WHOSE_NOUN.search(asked)
    if as_post is not None and len({n for _, n in named}) > 1:
        # "Whose cabinet did he work in as assistant cabinet director?": the name in the part of
        # the sentence that gives him that post ("… and assistant cabinet director to … François
        # Hollande"), not the one in the part giving another ("advisor to Martine Aubry …").
        post = set(content_words(as_post.group(1)))
        parts = [(m.start(), m.end()) for m in _NAME_PART.finditer(unit.text)]
        holding = [(start, end) for start, end in parts if post and post <= set(content_words(unit.text[start:end]))]
        if len(holding) == 1:
            named = [(a, n) for a, n in named if holding[0][0] <= a < holding[0][1]]
    if _person_title(analysis) == "secretary":
        # "Which first secretary did he work for in the 1990s?": not the one of a part of the
        # sentence dated to other years (Hollande's "from 2000 to 2007").
        named = [(a, n) for a, n in named if _part_in_time(analysis, unit.text, a)]
    if named:
        whom = _done_by_him(analysis, unit)
        if whom is not None:
            # "Who did he support?" from "supported the adoption of the El Khomri law, …, which
            # was opposed by Manuel Valls": only a name in what the verb is done to answers.
            named = [(at, name) for at, name in named if whom[0] <= at < whom[1]]
    contrast = _CONTRAST.search(unit.text) if unit.id.startswith("s") else None
    if contrast is not None:
        # "… won 6.2% …, while the list of Benoît Hamon … won 3.3%": a name in the clause set
        # against the sentence's main one is another's, and answers only a question whose
        # proper names ("the PS-Place Publique list") that clause holds.
        proper = {fold(w) for w in _PROPER.findall(analysis.text[1:])} - {
            fold(w) for p in analysis.people for w in p.split()
        }
        clause = fold(_clause_after(unit.text[contrast.end() :]))
        if proper - {"faure", "olivier"} and not all(find_word(clause, w) >= 0 for w in proper - {"faure", "olivier"}):
            named = [(a, n) for a, n in named if not contrast.end() <= a < contrast.end() + len(clause)]
        # ("Whose list won six seats?": a figure the question gives, said before the contrast
        # and not in it, is the main clause's; no name of the contrast is whose it is.)
        given_figures = {v.number for v in analysis.values if v.kind in (ValueKind.PERCENT, ValueKind.NUMBER)}
        main = {v.number for v in _values(unit.text[: contrast.start()])}
        set_against = {v.number for v in _values(unit.text[contrast.end() :])}
        if given_figures and given_figures <= main and not given_figures & set_against:
            named = [(a, n) for a, n in named if a < contrast.start()]
    if (_OPPONENT.search(asked) or _RAN_AGAINST.search(asked)) and not _OPPONENT.search(fold(unit.text)):
        # "his opponent in 2022": one he stood against, whom the sentence names after "against"
        # or "lost to" in the same clause ("against the UMP's Cathy Bissonier"); not a name
        # before it ("rejected Carole Delga's proposals against cooperation").
        named = [(a, n) for a, n in named if _FACED_BEFORE.search(unit.text, max(0, a - 80), a)]
    if not named:
        return None
    spouse = store.person.spouse
    if spouse and not re.search(r"\b(?:who|qui)\s+(?:is|was|est|etait)\b", asked):
        # "whom did his wife go to work with": his wife is who the question starts from.
        if any(w in _SPOUSE_WORDS for w in split_words(analysis.text)):
            named = [(at, name) for at, name in named if fold(name) != fold(spouse)]
    # "Who withdrew their candidate?": the person the sentence calls their candidate is who it
    # was done to, not who did it (unless the question asks who he or she was).
    owned = re.findall(r"\b(?:his|her|their|its|son|sa|leur)\s+(\w+)", asked)
    if owned and not re.search(r"\b(?:who|qui)\s+(?:is|was|est|etait)\b", asked):
        folded = fold(unit.text)
        named = [(at, name) for at, name in named if not _called(folded[max(0, at - 30) : at], owned)]
    if title:
        folded_text = fold(unit.text)
        # When none carries it, the sentence may give it a few words on ("Valls had become
        # opponents after the Prime Minister refused").
        named = (
            [(a, n) for a, n in named if _bears(folded_text, a, n, title)]
            or [(a, n) for a, n in named if re.search(rf"\b{title[:6]}", folded_text[max(0, a - 40) : a + len(n) + 40])]
            # (A president or chair asked for is someone the sentence calls so, never any name.)
            or (named if title == "minister" else [])
        )
    if not named:
        return None
    # His wife, when asked about, is who the question starts from: her words are no anchor.
    start = {
        c for w in split_words(analysis.text) if w in _SPOUSE_WORDS for c in (stem(w), *_canon(w))
    } if not re.search(r"\b(?:who|qui)\s+(?:is|was|est|etait)\b", asked) else set()  # fmt: skip
    own = tuple(w for g in analysis.concepts if not set(g) & start for w in g)
    if len({n for _, n in named}) > 1 and not _anchors(replace(analysis, words=own), unit.text):
        # Several people and none of the question's words beside any: which one it asks about,
        # the sentence does not tell ("Avec qui sa femme est-elle allée travailler" is not
        # answered by the first name of a sentence holding none of its words).
        return None
    at, name = _nearest(replace(analysis, words=own) if own else analysis, unit.text, named, known)
    # "his opponent": the name after the word the role stands for ("against … Amandine
    # Rubinelli"), not the one nearest the election's words.
    asked_role = [analysis.target] if analysis.target in _ROLES else []
    role_stems = {c for w in [*roles, *asked_role] for c in _canon(w)} - start
    spans = [m.span() for m in re.finditer(r"[^\W\d_]+", fold(unit.text)) if stem(m.group()) in role_stems]

    def gap(candidate: tuple[int, str]) -> int:
        start, end = candidate[0], candidate[0] + len(candidate[1])
        return min(start - b if start >= b else a - end if a >= end else 0 for a, b in spans)

    if spans:
        at, name = min(named, key=lambda c: (gap(c), c[0]))
    listed = [name]
    first = at
    # "Boris Vallaud and Gabrielle Siry becoming the new spokespeople": the names before too.
    for earlier_at, earlier in sorted(named, reverse=True):
        if earlier_at < first and earlier not in listed:
            between = unit.text[earlier_at + len(earlier) : first]
            if re.fullmatch(r"(?:,\s+|\s+(?:and|et)\s+)", between):
                listed.insert(0, earlier)
                first = earlier_at
            else:
                break
    # "supported by Martine Aubry, the mayor of Lille, and Carole Delga": the whole list.
    for later_at, later in named:
        if later_at > at and later not in listed:
            between = unit.text[at + len(listed[-1]) : later_at]
            # "Martine Aubry, the mayor of Lille, and …": asked for the mayor, only the mayor.
            describes = {stem(w) for w in split_words(between)} & set(analysis.words)
            if describes:
                break
            if len(between) <= 60 and re.fullmatch(r"(?:,[^,.;]*)?,?\s+(?:and|as well as)\s+", between):
                listed.append(later)
                at = later_at
            else:
                break
    joined = (" et " if _french(analysis) else " and ").join(listed)
    return _answer(store, analysis, joined, joined, list(unit.refs))


# A place or body a role is of, by its capitalised name: "the mayor of Orléans", "maire de Lille".
_OF_PLACE = lazy(
    r"\b(?:mayor|maire|president|presidente|président|présidente|deputy|député)\s+(?:of|de|du|d')\s*(?:the\s+)?"
    r"([A-ZÀ-Ý][\w'’-]+)"
)
_ASKS_ELECTED = lazy(
    r"^\s*(?:who|qui)\s+(?:was|were|has\s+been|had\s+been|a\s+ete|fut|avait\s+ete)\s+"
    r"(?:re-?)?(?:elected|elu|elue|reelu|reelue)\b"
)
_ASKS_WINNER = lazy(r"^\s*(?:who|qui)\s+(?:has\s+|had\s+|a\s+)?(?:won|wins|gagne|remporte)\b")
_WON_AFTER = lazy(r"\s+(?:[\w-]+\s+){0,3}?(?:won|wins|came\s+first|was\s+(?:re-?)?elected|went\s+on\s+to\s+win)\b")
_LOST_TO = lazy(r"\b(?:lost|defeated|beaten)\s+(?:to|by)\s+(?:the\s+\w+(?:'s|’s)?\s+)?$")


# "His election by 137 votes …": he won, the article's subject.
_HIS_ELECTION = lazy(r"\s*His\s+(?:re-?)?election\b")
# "On 22 June 2017, he was re-elected …": he was, said of the figure the question gives.
_HE_WAS_ELECTED = lazy(r"(?:(?:In|On|At|During|After)\b[^,]{0,60},\s*)?[Hh]e\s+was\s+(?:re-?)?elected\b")


def _winner(known: Knowledge, text: str) -> str | None:
    """Who the sentence says won: the name a verb of winning follows ("Faure came first", "After
    Hollande won"), or whom someone lost to ("lost to Chantal Brunel"); None when no one."""
    if _HIS_ELECTION.match(text):
        # "His election by 137 votes against 120 for …": his, the article's subject.
        return known.store.person.name
    named = [*people_in(known, text), *((m.start(), known.store.person.name) for m in re.finditer(r"\bFaure\b", text))]
    for at, name in sorted(named):
        # The name as the sentence writes it ("Hollande" for François Hollande).
        written = re.match(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*", text[at:])
        end = at + (len(written.group()) if written else len(name))
        if _WON_AFTER.match(text, end) or _LOST_TO.search(text[:at]):
            return name
    return None


_PARENTS_ASKED = lazy(r"\b(?:parents|parent)\b")
_BORN_TO = lazy(r"\bborn\b[^.;]*?\bto\s+(an?\s+[^.;]+?)\s*(?:[.;]|$)")
_AGAINST_WHOM = lazy(r"^\s*(?:contre\s+qui|against\s+whom|face\s+a\s+qui)\b")
_ASKS_AGENT = lazy(
    r"^\s*(?:who|qui)\s+(?:has\s+|had\s+|a\s+|then\s+|s'est\s+|se\s+sont\s+)?"
    r"(?!is\b|was\b|are\b|were\b|est\b|etait\b|did\b|does\b|do\b|sont\b|has\b|had\b|olivier\b|faure\b|il\b|elle\b|le\b|la\b|les\b)([a-z]{3,})\b"
)
# The words a sentence may say a question's verb with ("who won the first round": "came first").
_SAID_AS = {"won": ("came first",), "win": ("came first",), "remporte": ("came first",), "gagne": ("came first",)}
# Where the clause that holds a verb starts: after a subordinating word, or a leading phrase of
# time or place ("In December 2024, NFP … ousted").
_CLAUSE_START = lazy(
    r"(?:^|[;:]\s+|,\s+(?=(?:who|which|where|when|while|whereas)\b)|\b(?i:after|before|when|while|whereas|because"
    r"|since|until|that|where|which|who|whom)\s+|^(?:In|On|During|After|At|From|Over|As|Under)\b[^,]*,\s+)",
)
_AUXILIARY = lazy(
    r"(?:\s+(?:then|also|notably|ultimately|successfully|later|soon|had|has|have|would|was|were|did|not|never))+\s*$"
)
_PASSIVE = lazy(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
# A clause of his up to "and", before another predicate of his: "He was the first signatory of
# the motion … and (was supported)", "He also opposed the … rebels and (supported)".
_HIS_FIRST_PREDICATE = lazy(r"(?:(?:Olivier\s+)?Faure|He|Il)\s+(?:\w+ly\s+)?[a-z]+\b[^;]*\s(?:and|et)$")
# A second predicate of a clause's subject: "… rebels and supported the adoption …", "… while".
_OTHER_PREDICATE = lazy(r"\s+and\s+(?:\w+ly\s+)?(?=[a-z]+ed\b)|\s+while\s+")
_TITLE_NAME = r"\s+((?:[A-ZÀ-Ý][\w'’-]+\s+)+[A-ZÀ-Ý][\w'’-]+)"


def _clause_after(text: str) -> str:
    """`text` up to the first semicolon, or comma outside quotes (where its clause ends)."""
    quoted = False
    for at, char in enumerate(text):
        if char in '"“”«»':
            quoted = not quoted
        elif char == ";" or char == "," and not quoted:
            return text[:at]
    return text


def _done_to(analysis: Analysis, unit: Unit) -> tuple[int, int]:
    """Where, in the sentence, the clause after the question's verb stands (what the verb is
    done to, when active): (0, 0) when the sentence does not hold the verb or it is passive."""
    found = _ASKS_AGENT.match(fold(analysis.text).replace("’", "'"))
    if found is None:
        return (0, 0)
    # (The verb itself, not the words it stands for: "defeated" is no "lost to".)
    verb = stem(found.group(1))
    folded = fold(unit.text)
    for match in re.finditer(r"[^\W\d_]+", folded):
        if stem(match.group()) == verb:
            rest = unit.text[match.end() :]
            if re.match(r"\s+by\b", rest) or _PASSIVE.search(folded[: match.start()]):
                return (0, 0)
            return (match.end(), match.end() + len(_clause_after(rest)))
    return (0, 0)


_ASKS_OBJECT_OF = lazy(
    r"^\s*(?:who|whom)\s+did\s+(?:he|(?:olivier\s+)?faure)\s+([a-z]{3,})\b"
    r"|^\s*qui\s+(?:(?:olivier\s+)?faure\s+)?a-t-il\s+([a-z]{3,})\b"
)


_RELATIVE_OBJECT = lazy(
    r",?\s*(?:\b(?:with|to|for|avec)\s+)?\b(?:whom|qui|lequel|laquelle)\s+(?:he|il|faure)\s+(?:\w+\s+)?$"
)


def _done_by_him(analysis: Analysis, unit: Unit) -> tuple[int, int] | None:
    """Where what the question's verb is done to stands in the sentence ("who did he support":
    the clause after "supported"), or None when the question asks no such thing or the
    sentence does not hold its verb in the active."""
    found = _ASKS_OBJECT_OF.match(fold(analysis.text).replace("’", "'"))
    if found is None:
        return None
    verb = found.group(1) or found.group(2)
    verbs = {stem(verb), *(stem(c) for c in _canon(verb))}
    folded = fold(unit.text)
    passive = False
    for match in re.finditer(r"[^\W\d_]+", folded):
        if stem(match.group()) in verbs:
            # "…he met Benoît Hamon, with whom he shared an apartment": whom he did it to is
            # the name the relative pronoun stands for, before it.
            relative = _RELATIVE_OBJECT.search(folded[: match.start()])
            if relative is not None:
                return (
                    max(folded.rfind(".", 0, relative.start()), folded.rfind(";", 0, relative.start())) + 1,
                    relative.start(),
                )
            rest = unit.text[match.end() :]
            if re.match(r"\s+by\b", rest) or re.search(
                r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", folded[: match.start()]
            ):
                passive = True
                continue
            return (match.end(), match.end() + len(_clause_after(rest)))
    # "He was … supported by Martine Aubry …": the verb only done to him; whom he did it to,
    # the sentence does not say.
    return (0, 0) if passive else None


_TIME_CLAUSE = lazy(r"\b(?:after|before|during|following|when|until|apres|avant|pendant|lors)\b")


# "Who was re-elected …", "qui a été élu …": whom the verb was done to, asked by its participle.
_ASKS_PATIENT = lazy(
    r"^\s*(?:who|qui)\s+(?:was|were|has\s+been|had\s+been|a\s+ete|avait\s+ete|fut)\s+"
    r"((?:re-?)?(?:[a-z]{2,}(?:ed|en)|[a-z]*(?:elue?|nommee?|choisie?|designee?)"
    # (A French participle: "renversé", "battue", "remplacé".)
    r"|(?<=ete\s)[a-z]{3,}(?:ee?s?|ie?s?|ue?s?)))\b"
)
# « Qui était placé deuxième ? »: the same, in the imperfect, by a participle's written "é" (not
# folded: « qui était ministre » asks a title).
_ASKS_PATIENT_WAS = lazy(
    r"^\s*qui\s+[ée]tait\s+(?!d[ée]put|d[ée]l[ée]gu|employ|alli|associ|salari|retrait)([a-zà-ÿ]{2,}ée?s?)(?![\w-])",
    re.IGNORECASE,
)
# "His election by 137 votes": the deed said as a noun, whose owner is its subject.
_HIS_NOUN = lazy(r"(?:^|[;:]\s+|,\s+)(?:his|her)\s+(?:re-?)?election\b", re.IGNORECASE)
# A figure after "against" in its clause is the other side's ("63.2% … against … Cathy
# Bissonier with 36.78%", "137 votes against 120 for Guillaume Bachelay").
_AGAINST_WORD = lazy(r"\b(?:against|contre|versus)\b", re.IGNORECASE)


_PARTICIPLE_IN_ENGLISH = {
    "elu": "elected", "elue": "elected", "nomme": "named", "nommee": "named",
    "choisi": "chosen", "choisie": "chosen", "designe": "designated", "designee": "designated",
}  # fmt: skip


def _patient(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """Whom a "who was X-ed" question asks about, read from a sentence that says "… was X-ed"
    (or "a été X"): the subject of its clause, when that is him or a name ("During the
    Villeurbanne Congress …, Faure was re-elected … against … Hélène Geoffroy": Faure, not the
    other name of the sentence). None otherwise; "" when the question gives a figure the sentence
    does not give the one the verb is said of (no name it holds is the answer)."""
    found = _ASKS_PATIENT.match(fold(analysis.text)) or _ASKS_PATIENT_WAS.match(analysis.text)
    if found is None or not unit.id.startswith("s"):
        return None
    verb = fold(found.group(1)).replace("-", "")
    text = unit.text
    # "re-elected", "réélu": said again ("re-elected", "reelected"), never only "elected".
    again = verb.startswith("ree")
    core = verb[2:] if again else verb
    core = _PARTICIPLE_IN_ENGLISH.get(core, core)  # the source is in English
    # ("Who was elected": being re-elected is being elected.)
    # « nommé »: said in the source with a word it stands for ("appointed").
    group = next((g for g in analysis.concepts if stem(verb) in g or stem(core) in g), ())
    heads = [core[:5], *(g[:5] for g in group if len(g) >= 5 and g[:5] != core[:5] and g.isascii())]
    said_as = ("re-?" if again else "(?:re-?)?") + "(?:" + "|".join(re.escape(h) for h in heads) + ")"
    said = re.search(r"\b(?:was|were|has been|had been|a été|avait été|fut)\s+(?:\w+ly\s+)?" + said_as, text)
    noun = _HIS_NOUN.search(text) if said is None and core.startswith("elect") and not again else None
    # "Who was elected with 120 votes?": a figure the question gives is that of the one the verb
    # is said of; when the sentence does not say so of it, no other name it gives is who was.
    unsaid = "" if any(v.kind in (ValueKind.PERCENT, ValueKind.NUMBER) for v in analysis.values) else None
    verb_at = said or noun
    if verb_at is None:
        return unsaid if unsaid is not None else _done_to_name(known, analysis, verb, text)
    if not _figures_of_subject(analysis, text, verb_at.end()):
        return unsaid  # the figure is the other side's ("against 120 for Guillaume Bachelay")
    if said is None:
        return known.store.person.name  # the article's "his" is his (as its "he" is)
    return _subject_before(known, text[: said.start()])


def _subject_before(known: Knowledge, before: str) -> str | None:
    """The subject of the clause that ends at a verb, when it is him or one name alone; None
    otherwise."""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    subject = before[max(starts, default=0) :].strip(" ,")
    # "…, and Faure was appointed": a new clause, with its own subject.
    subject = re.split(r",\s+(?:and|but)\s+", subject)[-1]
    # "He was the first signatory … and was notably supported by": the same subject's second
    # predicate.
    if _HIS_FIRST_PREDICATE.match(subject):
        return known.store.person.name
    plain = fold(subject)
    if plain in ("he", "il", "faure", "olivier faure"):
        return known.store.person.name
    named = people_in(known, subject)
    return named[0][1] if len(named) == 1 and named[0][1] == subject else None


# "Who became special adviser?" (so "was appointed" is reworded): the post, as the source says it.
# "Who did the poll place second?": who(m), the doer, the verb.
_ASKS_WHOM_DID = lazy(r"^\s*(?:who|whom)\s+did\s+([^?]+)")
_TAKEN_AS = lazy(r"\b(?:became|becomes|was\s+(?:\w+ly\s+)?(?:appointed|named|chosen))\s+(?:the\s+|an?\s+)?")


def _done_by_named(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """Whom a sentence says another did the question's verb to, when it says it in the passive
    ("He … was notably supported by Martine Aubry" for "Who did Martine Aubry support?"), or who
    took the post a "who became X" asks ("…, and Faure was appointed special adviser to Prime
    Minister Jean-Marc Ayrault": Faure, not whom the post served): the subject of that clause,
    when him or a name. None when the sentence does not say so."""
    if not unit.id.startswith("s"):
        return None
    asked = fold(analysis.text).replace("’", "'")
    text = unit.text
    folded = fold(text)
    taken = _ASKS_POST_TAKEN.match(asked)
    if taken is not None:
        post = [w for w in split_words(taken.group(1)) if w not in STOPWORDS]
        if not post:
            return None
        # (« conseiller spécial »: said "special adviser".)
        heads = {
            f[:5] for w in post for g in analysis.concepts if stem(w) in g or w[:5] in {c[:5] for c in g}
            for f in (*g, w) if f.isascii() and len(f) >= 4
        }  # fmt: skip
        for match in _TAKEN_AS.finditer(folded):
            if any(folded.startswith(h, match.end()) for h in heads):
                return _subject_before(known, text[: match.start()])
        return None
    him = _ASKS_WHOM_DID.match(asked)
    if him is not None and not _HIM & set(split_words(him.group(1))):
        # "Who did the Harris Interactive poll place second?" from "A Harris Interactive poll …
        # placed him in second place, far behind … Stéphane Le Foll": him.
        words = split_words(him.group(1))
        for match in re.finditer(r"[^\W\d_]+", folded):
            place = next((i for i, w in enumerate(words) if i and stem(w) == stem(match.group())), None)
            if place is None or text[match.start()].isupper():
                continue
            done = re.match(r"\s+(?:him|(?:olivier\s+)?faure)\b", folded[match.end() :])
            # (What else the question says of it must be said of him there: "in second place",
            # not "far ahead".)
            told = set(content_words(_clause_after(text[match.end() :])))
            rest = [w for w in words[place + 1 :] if w not in STOPWORDS]
            if done is not None and all(set(_canon(w)) & told or stem(w) in told for w in rest):
                return known.store.person.name
    doers, verb = [], ""
    for person in analysis.people:
        done = re.match(
            rf"^\s*(?:who|whom)\s+did\s+(?:[\w'-]+\s+){{0,3}}?{re.escape(fold(person).split()[-1])}\s+([a-z]{{3,}})\b",
            asked,
        )
        if done is not None:
            doers, verb = [person], done.group(1)
    if not doers:
        return None
    group = next((g for g in analysis.concepts if stem(verb) in g), (stem(verb),))
    for match in re.finditer(r"[^\W\d_]+", folded):
        if stem(match.group()) not in group:
            continue
        by = re.match(r"\s+by\s+([^;.]*)", text[match.end() :])
        said = re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", folded[: match.start()])
        if by is None or said is None or not any(fold(d) in fold(by.group(1)) for d in doers):
            continue
        return _subject_before(known, text[: said.start()])
    return None


def _done_to_name(known: Knowledge, analysis: Analysis, verb: str, text: str) -> str | None:
    """Whom a sentence says its verb was done to, in the active ("NFP … ousted Prime Minister
    Michel Barnier"), for "qui a été renversé …": the first name after the verb in its clause;
    "" when the sentence does not hold the verb (the question's, or a word it stands for), so no
    name it holds is who was; None when the clause after it names no one."""
    group = next((g for g in analysis.concepts if stem(verb) in g), (stem(verb),))
    folded = fold(text)
    for match in re.finditer(r"[^\W\d_]+", folded):
        word = match.group()
        if text[match.start()].isupper():
            continue  # "Place Publique": a name, not the verb "placed"
        if stem(word) in group or (len(word) >= 5 and word[:5] in {g[:5] for g in group if len(g) >= 5}):
            if _PASSIVE.search(folded[: match.start()]) or re.match(r"\s+by\b", folded[match.end() :]):
                return None  # "Corinne Narassiguin being duly chosen": said in the passive, not here
            clause = _clause_after(text[match.end() :])
            if re.match(r"\s*(?:him|(?:olivier\s+)?faure)\b", clause, re.IGNORECASE):
                # "A … poll … placed him in second place, far behind … Le Foll": him.
                return known.store.person.name
            named = people_in(known, clause)
            return named[0][1] if named else None
    return ""


# "Who got 137 votes?", "which candidate received 36.78%?", "qui a obtenu 120 voix ?": who
# got a figure.
_ASKS_WHO_GOT = lazy(
    r"^\s*(?:who|qui|(?:which|what|quel|quelle|whose)\s+[\w-]+)\s+(?:has\s+|had\s+|a\s+|then\s+)?"
    r"(?:got|gets|get|received|receives|won|wins|obtained|scored|took|garnered|collected|polled"
    r"|obtenu|recueilli|fait|eu|remporte|gagne|totalise|rassemble|reuni)\b"
)
# A figure's owner named after it ("120 for Guillaume Bachelay", "3 votes for Delphine Batho")
# or before it ("the UMP's Cathy Bissonier with 36.78%").
_FOR_ITS_OWNER = lazy(r"(?:\s+of\s+the\s+vote|\s+votes?|\s+voix)?\s+(?:for|pour)\s+$")
_WITH_FIGURE = lazy(r"\s+(?:with|avec)\s+$")
_OPENING_SETTING = lazy(r"(?:(?:In|On|During|After|At|From|Over|By)\b[^,]*,\s+)+")
_OWNED_OPENS = lazy(r"(?:the\s+|la\s+|le\s+)?(\w+)\s+(?:of|de|du)\s+", re.IGNORECASE)
_HIM_OPENS = lazy(r"(?:Olivier\s+)?Faure\b|[Hh]e\b|[Hh]is\b")


def _figure_owner(known: Knowledge, text: str, value: Value) -> str:
    """Whose a vote figure in a sentence is, by its grammar: the name after "for" that follows
    it, or before the "with" that leads to it; past an "against", the name after that word
    (the other side's); otherwise the subject of its clause when that is him or a name ("Faure
    … receiving 48.37% of the vote against …"). "" when the sentence does not say (a list's)."""
    named = people_in(known, text)
    for at, name in named:
        if at >= value.end and _FOR_ITS_OWNER.fullmatch(text, value.end, at):
            return name
        if at + len(name) <= value.start and _WITH_FIGURE.fullmatch(text, at + len(name), value.start):
            return name
    cuts = [m.end() for m in _CLAUSE.finditer(text, 0, value.start)]
    start = max(cuts, default=0)
    against = list(_AGAINST_WORD.finditer(text, start, value.start))
    if against:
        later = [(a, n) for a, n in named if against[-1].end() <= a < value.start]
        return later[0][1] if later else ""
    opening = _OPENING_SETTING.match(text, start)
    at = opening.end() if opening else start
    if _HIM_OPENS.match(text, at):
        return known.store.person.name
    # "the list of Benoît Hamon … won 3.3%": his list's figure (the nouns of _FIGURE_OWNERS).
    owned = _OWNED_OPENS.match(text, at)
    if owned is not None and fold(owned.group(1)) in _FIGURE_OWNERS:
        at = owned.end()
    return next((n for a, n in named if a == at), "")


def _figure_owner_asked(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """For "who got N votes / N%": the owner of that figure in the sentence ("" when it does
    not say whose); None when the question asks no such thing or the sentence lacks the figure."""
    asked = fold(analysis.text)
    # ("Whose list won 6.2%?": whose, of a figure got.)
    whose = re.match(r"\s*whose\b", asked) is not None and _ASKS_WHO_GOT.match(asked) is not None
    if not unit.id.startswith("s") or not (whose or re.match(r"\s*(?:who|qui|which|what|quel|quelle)\b", asked)):
        return None
    if _ASKS_PATIENT.match(asked):
        return None  # "Who was elected with 120 votes?": who the verb is said of (_patient), not the figure's owner
    if not _ASKS_WHO_GOT.match(asked) and (analysis.people or set(split_words(analysis.text)) & _HIM):
        return None  # "Who did Faure beat with 137 votes?": his figure, whom he beat is asked
    given = [
        v for v in analysis.values
        if v.kind is ValueKind.PERCENT or (v.kind is ValueKind.NUMBER and v.unit in ("votes", "vote", "voix"))
    ]  # fmt: skip
    if not given:
        return None
    held = [h for h in _values(unit.text) if any(h.kind is v.kind and h.number == v.number for v in given)]
    if not held:
        return ""  # a sentence without the figure does not say who got it
    owners = {_figure_owner(known, unit.text, h) for h in held}
    return owners.pop() if len(owners) == 1 else ""


def _figures_of_subject(analysis: Analysis, text: str, after: int) -> bool:
    """Whether every figure the question gives ("who was elected with 61.1%", "par 137 voix")
    stands in the sentence past `after` (the verb) and before any "against": the one the verb is
    said of got it. A figure after "against" is the other side's, one not there is not said."""
    given = [v for v in analysis.values if v.kind in (ValueKind.PERCENT, ValueKind.NUMBER)]
    if not given:
        return True
    against = _AGAINST_WORD.search(text, after)
    limit = against.start() if against is not None else len(text)
    held = [v for v in _values(text) if after <= v.start < limit]
    return all(any(h.kind is v.kind and h.number == v.number for h in held) for v in given)


def _agent(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """Who did what a "who did X" question asks, read from the clause of the sentence that holds
    its verb: the words before the verb ("after the Prime Minister refused to consider Faure's
    compromise amendment": not El Khomri, whose name the law bears), or after "by" when the verb
    is passive ("initiated by La France Insoumise"). "He" and "Faure" are him; "the latter" is the
    last person the sentence before names; a title ("the Prime Minister") is given with the name
    it is given beside nearby. None when the sentence does not hold the verb or its doer is not
    a name, a title or him."""
    found = _ASKS_AGENT.match(fold(analysis.text).replace("’", "'"))
    if found is None or not unit.id.startswith("s"):
        return None
    word = found.group(1)
    group = next((g for g in analysis.concepts if stem(word) in g), (stem(word),))
    # "Who appointed Faure special adviser?": done to him, by whom only the sentence's doer says
    # ("Faure was appointed special adviser to Prime Minister Jean-Marc Ayrault" names none).
    to_him = re.match(r"\s+(?:(?:olivier\s+)?faure|him)\b", fold(analysis.text)[found.end() :]) is not None
    if (set(group) & _ASKING or set(group) & _GENERIC) and not (to_him and set(group) & _GENERIC):
        return None  # "who became …", "who took part": the names of the sentence say who
    text = unit.text
    folded = fold(text)
    places = []
    for said in _SAID_AS.get(word, ()):
        at = find_word(folded, said)
        if at >= 0:
            places.append(at)
            break
    if not places:
        places = [
            match.start() for match in re.finditer(r"[^\W\d_]+", folded)
            if stem(match.group()) in group
            or (len(match.group()) >= 5 and match.group()[:5] in {g[:5] for g in group if len(g) >= 5})
        ]  # fmt: skip
    if not places:
        return None
    # "He also opposed the … rebels and supported … this compromise, which was opposed by
    # Manuel Valls": of the verb's places, the one done to what the question names.
    for at in places:
        doer = _agent_at(known, analysis, unit, found, at)
        if doer != _OTHER_DEED:
            return doer
    # The verb is said only of other things, by him or of what a relative stands for ("He also
    # opposed the … rebels", "this compromise, which was opposed by Manuel Valls" for "Who
    # opposed the El Khomri law?"): no name of the sentence did what is asked. (Unless the
    # question names him as someone else: "Who came ahead of Faure …" is not asked of him.)
    return None if _HIM & set(split_words(analysis.text)) else ""


# What `_agent_at` gives for a place of the verb he is said to do to something else than the
# question names.
_OTHER_DEED = "\0"
# "…, which was opposed by": what was done to is what the relative stands for, just before.
_WHICH_WAS = lazy(r",\s+which\s+(?:was|were)\s+(?:\w+ly\s+)?$")


def _his_clause(before: str) -> bool:
    """Whether the clause that ends at a verb is his: "He also", "Faure", "He … rebels and"."""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    subject = fold(_AUXILIARY.sub("", before[max(starts, default=0) :]).strip(" ,"))
    # ("from which position he resigned": he.)
    return (
        subject in ("he", "il", "faure", "olivier faure")
        or re.fullmatch(r"[a-z]+\s+he", subject) is not None
        or _HIS_FIRST_PREDICATE.match(subject) is not None
    )


def _agent_at(known: Knowledge, analysis: Analysis, unit: Unit, found: re.Match[str], at: int) -> str | None:
    """`_agent` at one place of the verb in the sentence."""
    text = unit.text
    folded = fold(text)
    before = text[:at]
    if re.search(r"\b(?:the|a|an|his|her|its|their)\s+$", before, re.IGNORECASE):
        # "Qui présidait la commission ?" from "Gérard Gouzes, the president of the commission":
        # the word is a noun there, whose holder the names of the sentence say, not a doer.
        return None
    # What the question says was done to ("who won the 2012 presidential election") must be
    # what the sentence's verb was done to: "After Hollande won the primary" is another win.
    # (Up to a clause of time: "withdrew from the race after the first round" asks who withdrew
    # from the race; when, the sentence before may tell.)
    object_words, *when = _TIME_CLAUSE.split(fold(analysis.text)[found.end() :], maxsplit=1)
    rest = {stem(w) for w in split_words(object_words)}
    if when:
        # The clause of time must still be said, here or in the sentence this one goes on from
        # ("after the first round": "Faure came first in the first round …. The latter then
        # withdrew"); not "after the second round" from a withdrawal before any round.
        number = _index(known).units.get(unit.id, 0)
        near = unit.text + (" " + known.built.units[number - 1].text if number > 0 else "")
        told = set(content_words(near))
        timed = {stem(w) for w in split_words(when[0])} - _DATE_WORDS
        if any(set(g) & timed and not set(g) & told for g in analysis.concepts if not g[0].isdigit()):
            return ""
    done_to = [g for g in analysis.concepts if set(g) & rest and not g[0].isdigit() and g[0] not in _DATE_WORDS]
    passive = bool(_PASSIVE.search(fold(before)) or re.match(r"\S+\s+by\s", text[at:]))
    # (The words after the verb itself: "won" stands for an election too.)
    # (Up to a second predicate of the same subject: "opposed the … rebels and supported the
    # adoption of the El Khomri law … on this compromise" did not oppose the law.)
    after = set(
        # (Passive, what it was done to stands just before: "… on this compromise, which was
        # opposed by Manuel Valls".)
        content_words(
            (text[max(0, at - 80) : at] if _WHICH_WAS.search(before) else text)
            if passive
            else _OTHER_PREDICATE.split(_clause_after(re.sub(r"^\S+", "", text[at:])))[0]
        )
    )
    relative = re.search(
        r"\b(?:with|to|for|from|by|of|against|in|at)\s+(?:whom|which(?:\s+[a-z]+)?)\s+\S+\s+(?:\w+ly\s+)?$", before
    )
    if relative is not None:
        # "he met Benoît Hamon, with whom he shared an apartment": "whom" is the one named just
        # before it, in the same sentence (as is "from which position he resigned").
        after |= set(content_words(re.split(r"[;:]", before[: relative.start()])[-1]))
    if re.match(r"(?:The\s+latter|Ce\s+dernier|Cette\s+derni[èe]re)\b", text):
        # "The latter then withdrew from the race": the race of the sentence before ("the
        # election for first secretary on 15 March 2018"), whose words tell what it was.
        number = _index(known).units.get(unit.id, 0)
        if number > 0 and known.built.units[number - 1].id.startswith("s"):
            after |= set(content_words(known.built.units[number - 1].text))
    if done_to and 2 * sum(bool(set(g) & after) for g in done_to) < len(done_to):
        # (Said of him, of another thing, a later place of the verb may be the one asked.)
        # (Or by another, of another thing, said just before: "this compromise, which was opposed".)
        known_other = _his_clause(before) if not passive else _WHICH_WAS.search(before) is not None
        return _OTHER_DEED if known_other else None
    if passive:
        if not re.match(r"\S+\s+by\s", text[at:]):
            return ""  # "Faure was elected …": who did it, the sentence does not say
        by = re.match(
            r"\S+\s+by\s+((?:the\s+)?[A-ZÀ-Ý][^,;.()]*?)(?=\s*[,;.(]|\s+(?:in|on|at|for|as|to|who|which)\s|$)",
            text[at:],
        )
        if by is None or people_in(known, by.group(1)):
            return None  # a person after "by": the names of the sentence say who (and who else)
        return by.group(1)
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    subject = _AUXILIARY.sub("", before[max(starts, default=0) :]).strip(" ,")
    # "Faure supported and successfully passed": the doer of both verbs.
    subject = re.sub(r"\s+\w+(?:ed|d)\s+and$", "", subject)
    if _HIS_FIRST_PREDICATE.match(subject):
        # "He also opposed the … rebels and supported …": his second predicate.
        return known.store.person.name
    if not subject or len(subject.split()) > 8:
        return None
    plain = fold(subject)
    if plain in ("he", "il", "faure", "olivier faure") or re.fullmatch(r"[a-z]+\s+he", plain):
        # ("from which position he resigned": he.)
        return known.store.person.name
    if plain == "the latter":
        number = _index(known).units.get(unit.id, 0)
        previous = known.built.units[number - 1] if number > 0 else None
        named = people_in(known, previous.text) if previous is not None and previous.id.startswith("s") else []
        return named[-1][1] if named else None
    title = re.fullmatch(r"the\s+((?:[A-Z][\w-]+\s+)*[A-Z][\w-]+)", subject)
    if title is not None:
        number = _index(known).units.get(unit.id, 0)
        nearby = [known.built.units[n].text for n in (number, number - 1) if 0 <= n < len(known.built.units)]
        for said in nearby:
            beside = re.search(re.escape(title.group(1)) + _TITLE_NAME, said)
            if beside is not None and fold(beside.group(1).split()[-1]) in folded:
                return f"{subject}, {beside.group(1)}"
        return subject
    if not re.search(r"[A-ZÀ-Ý]", subject) or re.match(r"(?:The|A|An|This|It|They)\b", subject):
        # "A Harris Interactive poll … placed him", "The party was well-positioned": no person
        # did it, whatever names the sentence gives beside.
        # (The question's own verb, or one done to him in both: "came ahead of" said as "placed
        # him … far behind" is another way round.)
        word_at = re.match(r"[^\W\d_]+", folded[at:])
        own = word_at is not None and stem(word_at.group()) == stem(found.group(1))
        him = r"\s+(?:him|(?:olivier\s+)?faure)\b"
        own = own or bool(re.match(him, fold(analysis.text)[found.end() :]) and re.match(r"\S+" + him, folded[at:]))
        return "" if own and re.match(r"(?:A|An)\s", subject) and not people_in(known, subject) else None
    return subject


_BEAT_HIM = lazy(
    r"\b(?:who|qui)\s+(?:has\s+|a\s+)?(?:beat|defeated|battu|vaincu|l'a\s+(?:battu|emporte))\b(?!\s+(?:the|le|la)\b)"
    r"|\b(?:whom?|qui)\s+did\s+(?:he|faure|olivier faure)\s+lose\b|\bqui\s+(?:a-t-il|faure a-t-il)\s+perdu\b"
    r"|\b(?:a|contre)\s+qui\s+(?:faure\s+)?a-t-il\s+perdu\b|\blost\s+to\b"
    # "Which candidate beat Faure", "quelle candidate a battu Faure": the one named did it.
    r"|\b(?:which|what|quel|quelle)\s+(?:(?!did\b|does\b|faure\b|he\b|il\b)[\w-]+\s+){1,3}?"
    r"(?:beat|defeated|a\s+battu|a\s+vaincu)\b(?!\s+(?:the|le|la)\b)"
)
# Who beat someone other than him: "who did Bachelay lose to", "who beat Delphine Batho".
_OTHER_BEATEN = lazy(
    r"^\s*(?:who|whom)\s+did\s+(?!he\b|(?:olivier\s+)?faure\b)[\w\s'’-]+?\s+lose\s+(?:to|against)\b"
    r"|^\s*(?:who|qui)\s+(?:beat|defeated|a\s+battu|a\s+vaincu)\s+(?!him\b|(?:olivier\s+)?faure\b|l['’])"
)
_HE_LOST = lazy(r"\b(?:lost|behind|defeated by|beaten by|second place|battu par)\b")
_HE_BEAT = lazy(
    r"\b(?:(?:whom?|qui)\s+|(?:which|what|quel|quelle)\s+(?:[\w-]+\s+){1,3}?)(?:did\s+)?"
    r"(?:he|faure|olivier faure|a-t-il|faure a-t-il|olivier faure a-t-il)\s+(?:beat|defeat|battue?|vaincue?)\b"
    r"|\bbattue?\s+par\s+(?:olivier\s+)?faure\b"
)
# A question about his being elected or winning ("when he was elected", "a-t-il été élu", "won").
_ASKS_HIS_WIN = lazy(
    r"\b(?:was|were|been|get|got)\s+(?:re-?)?elected\b|\b(?:he|faure)\s+(?:re-?)?elected\b"
    r"|\b(?:did|has)\s+(?:he|faure)\s+win\b|\b(?:a|est|ete)\s+(?:ete\s+)?(?:re)?elue?\b"
    # (Not the noun: "avec quel élu", "un élu local".)
    r"|(?<!quel )(?<!quelle )(?<!un )(?<!une )(?<!cet )(?<!l')(?<!les )(?<!des )\b(?:re)?elue?\s+(?!par\b)"
)
# A sentence that says he was elected or won: the verb, "his election", or his figure against
# another's; not "the election" he came first in the first round of.
# His figure against another's: "63.2% … against", "137 votes against 120".
_FIGURE_AGAINST = r"\d[\d.,]*\s*%?\s+(?:of the vote\s+|votes?\s+)?(?:against|contre)\b"
_WIN_SAID = lazy(r"\b(?:won|wins|elected|re-elected|reelected|his\s+(?:re-?)?election)\b|" + _FIGURE_AGAINST)


def _tells_his_win(analysis: Analysis, unit: Unit) -> bool:
    """Whether a sentence can answer a question about his being elected: it says someone was
    elected or won, and not that he lost. Any other question, or a line of his card: True."""
    asked = fold(analysis.text)
    if not unit.id.startswith("s") or not _ASKS_HIS_WIN.search(asked):
        return True
    text = fold(unit.text)
    if "first round" in text and "first round" not in asked and "premier tour" not in asked:
        return False  # coming first in a first round is no election
    return bool(_WIN_SAID.search(text)) and not _HE_LOST.search(text)


_HE_WON = lazy(r"\b(?:won|wins|defeated|beat|came first|elected|re-elected|election)\b|" + _FIGURE_AGAINST)


_LINKS = r"[,\s]+(?:(?:and|et|of|de|du|des|la|le|les|for|pour)\s+)?"


def _spelled_out(acronym: str, text: str) -> bool:
    """Whether `text` writes the acronym out: "the Socialist, Republican and Citizen group" is
    the SRC group."""
    if len(acronym) < 3:
        return False
    words = _LINKS.join(rf"{letter}[\w'’-]+" for letter in acronym)
    return re.search(rf"\b{words}\b", text) is not None


# A name that names a thing after someone ("the El Khomri law"): the thing, not the person.
_NAMES_A_THING = lazy(r"\s+(?:law|laws|bill|reform|loi)\b")
_NAMED_AFTER = lazy(r"\b(?:law|laws|bill|reform|lois?|whose|dont)\b")
# "refused to support him", "did not back": the verb the question asks, denied.
_REFUSED_WORD = lazy(r"\b(?:refus|declin|not|never|didn't)")
_REFUSED = lazy(
    r"\b(?:refused|refuses|declined|declines|did\s+not|didn't|does\s+not|never|not|refuse|refusé)\s+(?:to\s+|de\s+)?$"
)


_REPORT_CLAUSE = lazy(r"\b(?:claimed|claims|alleged|alleges|said|says|wrote|writes|reported)\s+(?:that\s+)?")


def _only_reported(analysis: Analysis, text: str) -> bool:
    """ "Qui l'a accompagné dans ses divorces ?" from "Castaner claimed that he had accompanied
    Faure 'in his divorces …'": every word of the question the sentence holds is in what
    someone claimed, which the source does not say itself (unless a claim is asked about)."""
    folded = fold(text)
    report = _REPORT_CLAUSE.search(folded)
    if report is None or _ASKS_REPORT.search(fold(analysis.text)):
        return False
    spots = [m.start() for m in re.finditer(r"[a-z]+", folded) if stem(m.group()) in analysis.words]
    return bool(spots) and min(spots) >= report.end()


def _only_refused(analysis: Analysis, text: str) -> bool:
    """ "Who did he support?" from "ultimately refused to support him": every word of the sentence
    that is a verb of the question stands denied, so whoever it names is not the answer."""
    folded = fold(text)
    if not _REFUSED_WORD.search(folded):
        return False
    spots: dict[str, list[int]] = {}
    for m in re.finditer(r"[a-z]+", folded):
        if stem(m.group()) in analysis.words:
            spots.setdefault(stem(m.group()), []).append(m.start())
    return any(all(_REFUSED.search(folded, max(0, at - 16), at) for at in starts) for starts in spots.values())


def _not_a_name(name: str) -> bool:
    """ "La République En (Marche)": a body the store's name finder took for a person."""
    words = split_words(name)
    return bool(words) and (words[0] in ("la", "le", "les", "l") or any(w in _BODY_WORDS for w in words))


_BODY_WORDS = frozenset(
    "republique marche insoumise publique nationale national party parti union movement mouvement".split()
)


def _called(before: str, owned: list[str]) -> bool:
    """Whether the text just before a name calls it one of `owned` ("their candidate, X")."""
    last = split_words(before)[-2:]
    return any(set(_canon(o)) & set(_canon(w)) for o in owned for w in last)


_BEFORE_AFTER = lazy(
    r"predecess|predecesseur|successor|successeur|\b(?:before|after) (?:him|(?:olivier )?faure)\b|replac|remplac|"
    r"\b(?:avant|apres) (?:lui|faure)\b|\bsucc[eé]d"
)
_SPOUSE_WORDS = frozenset({"wife", "epouse", "femme", "husband", "mari", "spouse", "conjoint", "conjointe"})
# A spouse asked for by a word that says which kind (lexicon.SPOUSE_KIND: "his husband", "son
# mari", "sa compagne"), against the pronouns the source gives the spouse ("… when she went").
_SPOUSE_STEMS = ("husband", "mari", "poux", "compagn", "boyfriend", "wife", "pouse", "femme", "girlfriend")
_PRONOUN_KIND = {"she": "she", "her": "she", "hers": "she", "herself": "she", "he": "he", "him": "he", "himself": "he"}


def _spouse_of_other_kind(store: Store, question: str) -> str | None:
    """Why a question asking for his spouse by a word of the other kind than the source gives
    ("Who is Faure's husband?" where "she went to work") is declined: its premise is not the
    source's; None when the question names no spouse so, or the source does not tell."""
    low = question.lower()
    if not any(w in low for w in _SPOUSE_STEMS):
        return None  # (a cheap test first: most questions name no spouse)
    asked = {SPOUSE_KIND[w] for w in split_words(question) if w in SPOUSE_KIND}
    spouse = store.person.spouse
    if len(asked) != 1 or not spouse:
        return None
    said = set()
    for ref in store.person.sources.get("spouse", ()):
        sentence = store.sentence(ref)
        text = sentence.text if sentence is not None else ""
        at = text.find(spouse)
        if at >= 0:
            # The pronouns after the name, up to the next sentence: they are hers (or his).
            said |= {_PRONOUN_KIND[w] for w in split_words(text[at + len(spouse) :]) if w in _PRONOUN_KIND}
    if len(said) != 1 or said == asked:
        return None
    word = "wife" if said == {"she"} else "husband"
    return f"the source names his {word}, {spouse}, not a {'husband' if word == 'wife' else 'wife'}"


def _post_words(text: str) -> set[str]:
    """The words of an office's title or name that tell posts apart (long enough to be more
    than "of", "the", "in"), in every spelling `canonical` knows."""
    found: set[str] = set()
    for word in split_words(text):
        if len(word) >= 5:
            found.update([word, *_canon(word)])
        else:
            # "à la tête du PS": a short name stands for the long words it is known by.
            found.update(w for w in _canon(word) if len(w) >= 5)
    # "Head", "chief", "leader" say what he was, not which post: "who headed the group before
    # him" is about the group, not the chief executive's post.
    return found - _LEADING


_LEADING = frozenset(
    {"head", "headed", "chief", "leader", "led", "lead", "tete", "chef", "dirigeait", "dirige", "diriger"}
)

_AS_POST = lazy(
    r"(?:\b(?:as|comme|en tant que)\s+|\b(?:mandat|fonctions?|poste)\s+(?:de\s+|d')"
    r"|\b(?:become|became|becomes|devenu|devenue|devient|devint)\s+)"
    r"(?:the\s+|an?\s+|le\s+|la\s+|l')?([^?.!,;]+)"
)
# (POST_PLACE, where the name of a post ends and where it is held begins, is evidence's: the
# heads of a store's posts are built with its evidence.)


_SUCCESSION = lazy(
    r"succe|preced|predecess|remplac|\b(?:before|after|avant|apres)\s+(?:him|lui|(?:olivier\s+)?faure)\b"
)
# The titles of whoever leads a body: "First Secretary of the Socialist Party", "President of …".
_LEADER_TITLE = r"(?:first\s+secretary|president|leader|head|chair(?:man|woman)?)\s+of\s+(?:the\s+)?(.+)$"


def _led_post(known: Knowledge, analysis: Analysis) -> Unit | None:
    """The one post of his that leads the body a predecessor or successor question names with
    "head of", "à la tête de", "leader of" ("First Secretary of the Socialist Party" for "à la
    tête du PS"): its title names that body, every word of it in the question."""
    succession = analysis.intent is Intent.PERSON and _SUCCESSION.search(fold(analysis.text))
    # ("How long has he led the PS?", "When did he become PS leader?": that post's term.)
    if not succession and analysis.intent not in (Intent.DURATION, Intent.DATE):
        return None
    asked = set(analysis.words)
    if not {stem(w) for w in _LEADING} & asked:
        return None
    found = []
    for unit in known.built.units:
        office = unit.office
        if office is None or unit.id != f"office:{office.id}":
            continue
        body = re.match(_LEADER_TITLE, POST_PLACE.sub("", office.title), re.IGNORECASE)
        words = set(content_words(body.group(1))) if body else set()
        if words and words <= asked:
            found.append(unit)
    return found[0] if len(found) == 1 else None


def _post_succeeded_as(known: Knowledge, analysis: Analysis) -> Unit | None:
    """The one post of his a predecessor or successor question names with "as", "comme" ("Qui
    Faure a-t-il remplacé comme premier secrétaire ?"): its record, whatever the sentences rank."""
    folded = fold(analysis.text)
    if analysis.intent is not Intent.PERSON or not _SUCCESSION.search(folded) or not _AS_POST.search(folded):
        return None
    post = _AS_POST.search(folded)
    said = {w for g in concepts(post.group(1)) for w in g} if post is not None else set()
    scored = []
    for unit in known.built.units:
        if unit.office is None or unit.id != f"office:{unit.office.id}" or not _is_post_asked(analysis, unit.office):
            continue
        heads = _post_heads(unit.office)
        # The post whose title the words after "as" cover best ("premier secrétaire": First
        # Secretary of the Socialist Party, not Hollande's assistant cabinet director).
        scored.append((len(heads & said) / max(len(heads), 1), unit))
    best = max((score for score, _ in scored), default=0.0)
    top = [unit for score, unit in scored if score == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _held_post_asked(store: Store, analysis: Analysis) -> Office | None:
    """The post a question about an end names, when it is one he still held at the source's
    date ("When did he leave the National Assembly?", "quand a-t-il quitté la tête du PS ?"):
    the office whose title the question's words cover best (two of them at least; a leader's
    post where it asks of "the head of"). None when the best is another post, or none."""
    asked = {w for g in analysis.concepts for w in g}
    leading = bool({stem(w) for w in _LEADING} & asked)
    named = _posts_named(store, analysis)
    scored: list[tuple[float, Office]] = []
    for office in store.offices:
        if leading and not re.match(_LEADER_TITLE, POST_PLACE.sub("", office.title), re.IGNORECASE):
            continue
        heads = _post_heads(office) - {stem(w) for w in (*_LEADING, "end", "work")}
        hit = heads & asked
        if heads and (len(hit) >= 2 or office.id in named):
            scored.append((len(hit) / len(heads), office))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [office for score, office in scored if score == best]
    return top[0] if len(top) == 1 and top[0].current and top[0].end is None else None


def _is_post_asked(analysis: Analysis, office: Office) -> bool:
    """Whether the post a question names with "as" or "become" ("his predecessor as deputy",
    "comme porte-parole", "when did he become a deputy") is this office, by the head of its
    title or another of its names (not the place it is held in): the group president's
    predecessor is not the deputy's. No such post: True."""
    found = _AS_POST.search(fold(analysis.text))
    if found is None:
        return True
    him = {stem(w) for w in ("faure", "olivier")}
    asked = [g for g in concepts(found.group(1)) if not set(g) & him]
    if not asked:
        return True
    heads = _post_heads(office)
    # A word, every word it stands for ("porte-parole": spokesperson), or two or more of them
    # ("deputy", "député", "MP": "member of the National Assembly"; "National secretary of
    # communications" is not one).
    return any(g[0] in heads or (len(g) > 1 and (set(g[1:]) <= heads or len(set(g[1:]) & heads) >= 2)) for g in asked)


def _post_heads(office: Office) -> set[str]:
    """The words of an office's title and other names, without where it is held."""
    return post_heads((office.title, *(n.text for n in office.names)))


def _posts_named(store: Store, analysis: Analysis) -> set[str]:
    """The offices a question names by a post's word said in several ("deputy": a member of the
    National Assembly; "quand est-il devenu député"), by the head of their title or every word of
    the phrase it stands for: not the New Left group's presidency, held in the Assembly, nor the
    national secretary's post. Empty when it names none so, or names every office."""
    found: set[str] = set()
    for group in analysis.concepts:
        if len(group) < 3 or not any(w[:5] in _POST_NOUNS for w in group):
            continue
        # The phrase a word stands for is the last of its group's words.
        found |= {o.id for o in store.offices if group[0] in (h := _post_heads(o)) or set(group[-2:]) <= h}
    return found if len(found) < len(store.offices) else set()


def _names_another_post(store: Store, analysis: Analysis, office: Office) -> bool:
    """Whether the question names a post by a word that another office's title has and this
    office's title and other names lack: then its predecessors and successors are not the answer."""
    asked = _post_words(analysis.text)

    def words(post: Office) -> set[str]:
        # A name's aside is not the post ("…, the parliamentary group formed around the PS").
        return _post_words(" ".join(POST_PLACE.sub("", fold(n)) for n in (post.title, *(n.text for n in post.names))))

    own = asked & words(office)
    others: set[str] = set()
    for other in store.offices:
        if other.id != office.id:
            theirs = asked & words(other)
            if len(theirs) >= len(own) and theirs - own:
                return True  # another post fits the question's words as well or better
            others |= theirs
    return not own and bool(others)


@lru_cache(maxsize=1)
def _party_stems() -> dict[str, frozenset[str]]:
    """Each party the lexicon knows and the stems of its one-word names ("ps", "sociali";
    "eelv", "green")."""
    from faurecli.lexicon import KINDS

    return {
        party: frozenset(c for a in aliases if " " not in a for c in _canon(a)) - {"party"}
        for party, aliases in KINDS["party"].items()
    }


def _parties_named(text: str) -> set[str]:
    """The parties `text` names by one of their one-word names, in any spelling `canonical` knows."""
    said = {c for w in split_words(fold(text)) for c in _canon(w)}
    return {party for party, stems in _party_stems().items() if stems & said}


# A party said of the person asked: "the PS candidate", "which Socialist deputy", « le candidat
# du PS », « la candidate socialiste » (folded).
_PERSON_OF_PARTY = lazy(
    r"\b([\w'-]+)\s+(?:candidates?|deput(?:y|ies)|politicians?|members?|mayors?|senators?|mps?|activists?)\b"
    r"|\b(?:candidate?s?|deputee?s?|elue?s?|maires?|militante?s?|senateurs?|senatrices?)\s+"
    r"(?:du\s+|de\s+la\s+|de\s+l'|d'|des\s+)?([\w'-]+)"
)


def _party_of_person_asked(folded: str) -> set[str]:
    """The parties a person question says the person asked is of ("the PS candidate": PS)."""
    return {p for m in _PERSON_OF_PARTY.finditer(folded) for p in _parties_named(m.group(1) or m.group(2))}


def _of_another_party(text: str, at: int, name: str, parties: set[str]) -> bool:
    """Whether the sentence ties the name at `at` to a party, just before it ("the UMP's",
    "(EELV), who withdrew their candidate,") or in what it is of just after, and to none of
    `parties`."""
    before = re.split(r"[.;]\s", text[max(0, at - 60) : at])[-1]
    near = _parties_named(before + " " + _of_phrase(text[at + len(name) :]))
    return bool(near) and not near & parties


def _names_another_party(analysis: Analysis, office: Office) -> bool:
    """Whether the question names a party that the office's title and other names do not (the
    Greens' group, the Republicans' leader): then the post asked is not this one of his."""
    asked = _parties_named(analysis.text)
    if not asked:
        return False
    return bool(asked - _parties_named(" ".join((office.title, *(n.text for n in office.names)))))


_ROLES = frozenset(
    "substitute suppleant suppleante wife epouse femme husband mari opponent adversaire rival minister ministre "
    "mayor maire candidate candidat father pere mother mere manager directeur".split()
)


_SUCCEEDED_BY_HIM = lazy(
    r"\b(?:who|qui)\s+(?:was|were|had\s+been|has\s+been|a\s+ete|avait\s+ete|fut)\s+"
    r"(?:succeeded|replaced|remplacee?|succede)\s+(?:\w+\s+){0,4}?(?:by|par)\s+(?:olivier\s+)?(?:faure|him|lui)\b"
)


def _asks_successor(asked: str) -> bool:
    """Whether a question asks who came after him ("who succeeded Faure", "qui lui a
    succédé", "his successor") rather than before ("whom did he succeed")."""
    # "Whom did he succeed", "qui Faure a-t-il remplacé": he is the one who came after.
    he_did = r"\b(?:whom?|qui)\s+(?:(?:olivier\s+)?faure\s+)?(?:did|a-t-il|has|had)\b"
    if re.search(he_did + r"|\ba qui\b|predecess|predecesseur|preced", asked):
        return False
    if _SUCCEEDED_BY_HIM.search(asked):
        # "Who was succeeded by Faure?", « qui a été remplacé par Faure ? »: the one before him.
        return False
    return bool(
        re.search(
            r"success|succeeded by|replaced by|remplace par|after him|apres lui|"
            r"\b(?:after|apres)\s+(?:olivier\s+)?faure\b|"
            r"\b(?:who|qui)\s+(?:then\s+)?(?:succeeded|replaced|took over|lui a succede|l'a remplace|a remplace"
            r"|a succede a (?:olivier\s+)?faure)"
            # "Quel président de groupe lui a succédé ?", "which deputy succeeded him": whoever asks.
            r"|\blui\s+a\s+succede\b|\bl'a\s+remplace\b|\b(?:succeeded|replaced)\s+(?:him|(?:olivier\s+)?faure)\b",
            asked,
        )
    )


def _names_in(store: Store, ref: str, names: tuple[str, ...]) -> bool:
    text = fold(store.quote(ref))
    return any(fold(re.sub(r"\s*\(.*\)", "", n)) in text for n in names)


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
)


_GATHERINGS = "rally|congress|meeting|conference|demonstration|summit|convention"


_CONSTITUENCY_OF = lazy(r"\b([A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)['’]s\s+\d+\w*\s+constituency\b")


def _place(known: Knowledge, analysis: Analysis, unit: Unit) -> Answer | None:
    store = known.store
    if unit.id.startswith(INFOBOX_PREFIX):
        if "place" in unit.id.lower() or "born" in analysis.words:
            value = unit.text.split(",")[0].strip()
            if find_word(fold(analysis.text), fold(value)) >= 0:
                return None  # "Where is La Tronche?": the place asked about is not where it is
            return _answer(store, analysis, value, value, list(unit.refs))
        return None
    # "Where was the police rally?": "a Paris rally", the place a gathering the question names
    # is called by.
    asked = set(split_words(analysis.text))
    asked_stems = {c for w in asked for c in _canon(w)}
    if {stem("constituency"), stem("circonscription")} & {stem(w) for w in asked}:
        # "Where is his constituency?": the place it is of ("Seine-et-Marne's 11th constituency"),
        # not the Assembly it elects to.
        of = _CONSTITUENCY_OF.search(unit.text)
        return _answer(store, analysis, of.group(1), of.group(1), list(unit.refs)) if of else None
    if _RAN.search(fold(analysis.text)):
        # "Where did he run in 2007?", "Il s'est présenté où ?": the seat he stood for ("ran to
        # represent Seine-et-Marne's 8th constituency in the National Assembly").
        seat = _SEAT.search(unit.text)
        if seat is not None:
            return _answer(store, analysis, seat.group(), seat.group(), list(unit.refs))
    # ("the upcoming Aubervilliers Congress", "the party's Aubervilliers Congress": a word between.)
    gathering = rf"\b(?:an?|the)\s+(?:[a-z][\w'’]*\s+)?(?:\d{{4}}\s+)?([A-ZÀ-Ý][\w'’-]+)\s+({_GATHERINGS})\b"
    gatherings = [
        (match.start(1), match.group(1), match.group())
        for match in re.finditer(gathering, unit.text, re.IGNORECASE)
        if set(_canon(fold(match.group(2)))) & asked_stems
        and match.group(1)[0].isupper()
        and not people_in(known, match.group(1))
        and fold(match.group(1)) not in asked
    ]
    if len({name for _, name, _ in gatherings}) > 1:
        # "the party's Aubervilliers Congress and re-elected in the 2021 Villeurbanne Congress":
        # two gatherings of the kind asked; the year the question gives says which, else the
        # question says which; without it the sentence does not say which (words such as
        # "elected" stand by both: "elected … and re-elected").
        years = {str(v.year) for v in analysis.values if v.kind is ValueKind.DATE and v.year}
        dated = [g for g in gatherings if years & set(re.findall(r"\d{4}", g[2]))]
        if len({name for _, name, _ in dated}) != 1:
            return None
        gatherings = dated
    if gatherings:
        return _answer(store, analysis, gatherings[0][1], gatherings[0][1], list(unit.refs))
    candidates = []
    for match in re.finditer(r"\b(?:in|at|to)\s+((?:the\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)", unit.text):
        place = match.group(1)
        if fold(place) in fold(analysis.text) or people_in(known, place):
            continue
        named = _named_in_other_words(analysis, place)
        if named is True:
            continue  # "… before growing up in mainland France": the setting, not what is asked
        if named is False:
            return None  # "Where did he grow up in mainland France?": the place itself is no answer
        if fold(place.split()[-1] if place.split()[0] == "the" else place.split()[0]) in _MONTH_NAMES:
            continue  # "in May 2021" is when, not where
        if analysis.target in _CITY_WORDS and set(split_words(place)) & _NOT_A_CITY:
            continue  # "Dans quelle ville …": "Metropolitan France" is no city
        candidates.append((match.start(1), place))
    if not candidates:
        return None
    _, place = _nearest(analysis, unit.text, candidates)
    return _answer(store, analysis, place, place, list(unit.refs))


_RAN = lazy(r"\b(?:run|ran|running|stand|stood|standing|present[ée]e?|candidat\w*|contest\w*)\b")
_SEAT = lazy(r"\b[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*['’]s\s+\d+\w*\s+constituency\b")


_CITY_WORDS = frozenset("city town ville commune village".split())
# Words that name a country, a region or a continent, not a city in it.
_NOT_A_CITY = frozenset(
    "france metropolitan reunion europe european china occitania ile-de-france seine-et-marne region country "
    "national assembly".split()
)
_CONTEXT_WORDS = frozenset("after before during following until while then apres avant pendant lors puis".split())


def _named_in_other_words(analysis: Analysis, place: str) -> bool | None:
    """Whether the question names `place` in other words ("mainland France" for "Metropolitan
    France"): True in a clause of time after what it asks ("where did he live as a child before
    growing up in mainland France": the setting), False elsewhere (the place asked about),
    None when it does not name it."""
    wanted = set(content_words(place))
    # ("en métropole" names Metropolitan France: the country's name goes without saying.)
    wanted = (wanted - set(content_words("France"))) or wanted
    if not wanted or not wanted <= set(analysis.words):
        return None
    words = split_words(analysis.text)
    context = next((n for n, w in enumerate(words) if w in _CONTEXT_WORDS), None)
    senses = {g[0]: set(g) for g in analysis.concepts}
    named = [n for n, w in enumerate(words) if senses.get(stem(w), {stem(w)}) & wanted]
    return context is not None and bool(named) and min(named) > context


def _anchors(analysis: Analysis, text: str) -> list[int]:
    """Where the question's own words (not the names it gives) stand in `text`."""
    return [
        m.start()
        for m in re.finditer(r"[^\W\d_]+", fold(text))
        if stem(m.group()) in analysis.words and not any(fold(p).find(m.group()) >= 0 for p in analysis.people)
    ]


def _nearest(
    analysis: Analysis, text: str, candidates: list[tuple[int, str]], known: Knowledge | None = None
) -> tuple[int, str]:
    """The candidate closest to where the question's own words stand in `text`; given the
    store's word weights, only its most telling words there count ("porte-parole", not "PS":
    "Corinne Narassiguin" stands by "the PS' national council", the spokespeople elsewhere)."""
    folded = fold(text)
    spots = [
        (m.start(), stem(m.group()))
        for m in re.finditer(r"[^\W\d_]+", folded)
        if stem(m.group()) in analysis.words and not any(fold(p).find(m.group()) >= 0 for p in analysis.people)
    ]
    taking = {w for g in analysis.concepts if set(g) & _TAKING_STEMS for w in g}
    if taking and any(w not in taking for _, w in spots):
        # "Who was named national secretary for coordination?": of names each given a post, the
        # post's words say which ("being duly chosen as the new national secretary …" and "…
        # becoming the new spokespeople" are both a naming).
        spots = [(at, w) for at, w in spots if w not in taking]
    if known is not None and spots:
        weight = {w: concept_weight(known, g) for g in analysis.concepts for w in g}
        best = max(weight.get(w, 0.0) for _, w in spots)
        spots = [(at, w) for at, w in spots if weight.get(w, 0.0) >= 0.75 * best]
    anchors = [at for at, _ in spots]
    if not anchors:
        return candidates[0]
    # A name in the same clause as the question's words before a nearer one in the next clause
    # ("Corinne Narassiguin being chosen as national secretary for coordination and means as
    # well as Boris Vallaud … becoming the new spokespeople").
    cuts = [m.start() for m in _CLAUSE.finditer(folded)]

    def clause(at: int) -> int:
        return sum(cut <= at for cut in cuts)

    held = {clause(a) for a in anchors}
    return min(candidates, key=lambda c: (clause(c[0]) not in held, min(abs(c[0] - a) for a in anchors), c[0]))


def _holds_post_taken(known: Knowledge, analysis: Analysis, unit: Unit) -> bool:
    """For "who was named (became) X": whether the unit holds all of X, the post (a naming or a
    becoming of another post is no answer: "Who were named PS spokespeople in 2016?" is not
    "succeeded Bruno Le Roux to become the head of the … group"). Any other question: True."""
    asked = _ASKS_POST_TAKEN.match(fold(analysis.text))
    if asked is None:
        return True
    post = {stem(w) for w in split_words(asked.group(1))}
    rest = tuple(g for g in analysis.concepts if g[0] in post and not set(g) & _TAKING_STEMS)
    return not rest or _unit_holds_question(known, replace(analysis, concepts=rest), unit)


# "Who was named X …", "qui est devenu X …": X, up to what sets its time or place.
_ASKS_POST_TAKEN = lazy(
    r"^\s*(?:who|qui)\s+(?:(?:was|were|has\s+been|had\s+been|a\s+ete|ont\s+ete|sont|est)\s+"
    r"(?:named|appointed|chosen|nommee?s?|choisie?s?|devenue?s?)|became|becomes)\s+(?:as\s+|comme\s+)?"
    r"(.+?)(?=\s+(?:when|after|before|during|in|on|at|en|lors|quand|lorsqu|apres|avant|pendant|le|du)\b|[,?.]|$)"
)


# Verbs of taking a post (stems): said of each name a sentence gives a post, they tell none apart.
_TAKING_STEMS = frozenset(stem(w) for w in "named chosen became becoming appointed nomme choisi devenu".split())


# Where one clause of a sentence ends and another, about something else, starts.
_CLAUSE = lazy(
    r"(?:,\s*|\s+)(?:as well as|while|whereas|alors que|tandis que|ainsi que)\s|;\s|,\s+(?:and|et|with|avec)\s"
)


# --- Figures -------------------------------------------------------------------------------


# "How many seats did the Greens win": who did what is counted, a name in capitals.
_COUNT_DOER = lazy(
    r"^\s*(?i:how\s+many|how\s+(?:big|large)(?:\s+an?)?|what\s+share\s+of|what\s+percentage\s+of)\s+(?:[a-z]+\s+){1,3}?(?i:did|does)\s+(?:the\s+)?"
    r"([A-ZÀ-Ý][\w'’–-]*(?:\s+[A-ZÀ-Ý][\w'’–-]*)*)"
)


def _figure(known: Knowledge, analysis: Analysis, unit: Unit) -> Answer | None:
    store = known.store
    if unit.office is not None:
        return None
    kind = ValueKind.PERCENT if analysis.intent is Intent.SHARE else ValueKind.NUMBER
    doer = _COUNT_DOER.match(analysis.text)
    if doer and fold(doer.group(1)) not in ("faure", "olivier faure", "he"):
        # "How many seats did Greens win?": a sentence that does not name them does not say.
        if not {c for w in split_words(doer.group(1)) for c in _canon(w)} & unit.words:
            if not _causer_of_deal(known, analysis, doer, unit):
                return None
    faced = [
        p for p in analysis.people if re.search(_FACED_NAME.format(re.escape(fold(p).split()[-1])), fold(analysis.text))
    ]
    if analysis.subject is None and any(find_word(fold(unit.text), fold(p).split()[-1]) < 0 for p in faced):
        # "What score did Faure get against Bachelay in 2018?": a sentence that does not name
        # the one he stood against (Le Foll's) gives no figure of him against that one.
        return None
    given = {v.number for v in analysis.values if v.kind is kind}
    # What polls predicted is asked of a sentence that tells a prediction ("several polls
    # projected … would receive less than 5%"), never of the result ("ultimately won 6.2%"); and
    # a result asked is never a prediction's figure.
    foretold = _FORETOLD.search(unit.text) is not None
    if (_ASKS_FORECAST.search(fold(analysis.text)) is not None) != foretold:
        return None
    # "less than 5%" is a bound (a projection), never the figure asked for (but for a projection).
    bounded = foretold or any(v.bound for v in analysis.values)
    held = _values(unit.text)
    if not _same_day(analysis, held):
        return None  # "What percentage did Le Foll get on 29 March?": not the 15 March round's
    quotes = [m.span() for m in _QUOTED.finditer(unit.text)] if '"' in unit.text or "“" in unit.text else []
    found = [
        v for v in held if v.kind is kind and v.number not in given and (bounded or not v.bound)
        # "the Paris 1 Panthéon-Sorbonne University": a numeral in a name counts nothing.
        and not (_NAME_BEFORE.search(unit.text, 0, v.start) and _NAME_AFTER.match(unit.text, v.end))
        # (A figure in someone's quoted words, only asked by what it measures.)
        and (not any(a < v.start < b for a, b in quotes) or _measures_asked(analysis, unit.text, v))
    ]  # fmt: skip
    if (
        kind is ValueKind.PERCENT
        and _SCORED.search(fold(analysis.text))
        and not _ASKS_REPORT.search(fold(analysis.text))
    ):
        # "What share did Faure get in 2018?": a share of a vote, not one of his votes in line
        # with En Marche that Les Jours wrote of ("with 27.2% of his votes in line with …").
        found = [v for v in found if not _SHARE_OF_HIS.match(unit.text, v.end)]
    # ("How much did Cathy Bissonier get": read as her share, the amount is of votes, not money.)
    how_much = kind is ValueKind.NUMBER and _HOW_MUCH.match(fold(analysis.text)) is not None
    if how_much:
        # "How much was the tax": an amount of money, from a sentence whose own words hold what
        # is asked ("the budget" is a tag of the tax's record, not in its sentence).
        if re.match(r"\s*how\s+much\b", fold(analysis.text)) and not _holds_all(
            _asked_words(analysis, set()), unit.text
        ):
            return None  # ("combien d'euros …" names what it counts: read as any count)
        found = [v for v in found if v.unit in _MONEY]
    if kind is ValueKind.NUMBER:
        # (With what the question's words stand for: "officials" counted as "executives".)
        unit_words = set(analysis.words) | {w for g in analysis.concepts for w in g}
        counted = []
        previous = ""
        for v in found:
            # "137 votes against 120 for…": the second figure counts what the first does.
            counts = v.unit if v.unit not in ("for", "against", "pour", "contre", "") else previous
            previous = counts
            # "1,000 local and national party executives": the thing counted a few words on.
            following = split_words(re.split(r"[,.;]", unit.text[v.end : v.end + 40])[0])[:5]
            near = {c for w in following for c in _canon(w)}
            # "How much was the tax": an amount of money ("two euros", "one billion euro").
            money = v.unit in _MONEY and how_much
            # "How big was the company he headed?": its size, the one figure it is given.
            sized = _ASKS_SIZE.match(fold(analysis.text)) is not None and v.unit not in ("", "for", "against")
            if (
                sized
                or set(_canon(counts)) & unit_words
                or _age(unit.text, v, analysis)
                or near & unit_words - {"party"}
                or money
            ):
                counted.append(v)
        found = counted
        part = _part_asked(analysis, unit.text, found)
        if part is not None:
            found = [part]
    if not found:
        return None
    if analysis.subject is None and _OPPONENT.search(fold(analysis.text)):
        # "What share did his UMP opponent get": the figure after "against" ("against the UMP's
        # Cathy Bissonier with 36.78%"), never his own; none there, the sentence does not say.
        against = re.search(r"\b(?:against|contre|face a)\b", fold(unit.text))
        theirs = [v for v in found if against is not None and v.start >= against.end()]
        if not theirs:
            return None
        chosen = theirs[0]
    elif analysis.subject is not None:
        from faurecli.lexicon import QUESTION_SENSE

        folded = fold(unit.text)
        last = fold(analysis.subject).split()[-1]
        # The subject as the question says it, or as the source may ("officials": executives).
        spots = [folded.find(w) for w in (last, *QUESTION_SENSE.get(last, ()))]
        at = min((a for a in spots if a >= 0), default=-1)
        if at < 0:
            return None
        # A figure of another clause ("won 6.2% of the vote and six seats …, while the list of
        # Benoît Hamon … won 3.3%") is not the named one's.
        cuts = [m.start() for m in _CLAUSE.finditer(folded)]
        own = sum(cut <= at for cut in cuts)
        before = [v for v in found if v.end <= at and sum(cut <= v.start for cut in cuts) == own]
        after = [v for v in found if v.start >= at]
        # "26.45% for Stéphane Le Foll": the figure before the name; "Cathy Bissonier with
        # 36.78%", "the list of Benoît Hamon … won 3.3%": the one after it.
        named_for = re.search(r"\b(?:for|pour)\s+(?:\S+\s+){0,2}$", folded[:at])
        if not named_for and re.search(r"\b(?:against|contre|face a)\s+(?:\S+\s+){0,6}$", folded[:at]):
            # "receiving 61.1% of the vote against … Amandine Rubinelli": the figure before the
            # name is the other side's; hers would follow it.
            before = []
        if named_for and before:
            chosen = before[-1]
        elif after:
            chosen = after[0]
        elif before:
            chosen = before[-1]
            # "137 votes against 120 for Guillaume Bachelay was regarded as a blow to … Manuel
            # Valls": a figure another name stands between is that one's, not the subject's.
            subject = fold(analysis.subject)
            if any(chosen.end <= a < at and fold(n) != subject for a, n in people_in(known, unit.text)):
                return None
        else:
            return None
    elif len(found) > 1 and not _named_beyond_government(analysis):
        # (A name the question gives is who he stood against: "face à Hélène Geoffroy".)
        # "How many job cuts at France Travail": the figure that stands by the question's most
        # telling words ("500 job cuts in France Travail"), not the first of the sentence
        # ("the 4000 job cuts in education").
        chosen = max(found, key=lambda v: _counts_asked(known, analysis, unit.text, v))
    else:
        chosen = found[0]
    number = chosen.number
    shown = f"{_num(number)}%" if kind is ValueKind.PERCENT else _num(number)
    if chosen.bound:
        # "less than 5%": the bound is part of what the source says; 5% alone says more.
        shown = f"{_BOUND_SAID[chosen.bound][_french(analysis)]} {shown}"
    told = rounds(unit.text) if not _rounds_asked(analysis) else set()
    if len(told) == 1:
        # "What share did he get in 2018?": 48.37% was the first round's (he won the second with
        # 86%); the round is part of what the figure is.
        shown += f" ({_ROUND_SAID[min(told)][_french(analysis)]})"
    amount = re.match(
        r"\s+(?:(?:billion|million|milliards?|millions?)\s+)?(?:euros?|dollars?)\b|\s+(?:billion|million)\b",
        unit.text[chosen.end :],
    )
    if kind is ValueKind.NUMBER and chosen.unit in _MONEY and amount is not None:
        shown = chosen.text + amount.group()  # "one billion euro": the amount as the source says it
        # "two euros per person per night": a rate, with what it is per (the amount alone says less).
        rate = _PER.match(unit.text, chosen.end + len(amount.group()))
        shown += rate.group() if rate else ""
        scale = {"billion": 1e9, "milliard": 1e9, "million": 1e6}
        number *= next((v for k, v in scale.items() if k in (chosen.unit, *amount.group().split())), 1)
    intent = Intent.SHARE if kind is ValueKind.PERCENT else Intent.NUMBER
    return _answer(store, analysis, shown, number, list(unit.refs), intent=intent)


_SHARE_OF_HIS = lazy(r"\s*(?:%\s*)?of\s+(?:his|her|their)\s+")
_PER = lazy(r"(?:\s+(?:per|a|an|each|par)\s+(?!the\b|cent\b)[a-z]+)+")
# What a figure counts, in words that say nothing of it: "27.2% of his votes".
_COUNT_WORDS = frozenset(stem(w) for w in "vote votes voix vote share part percentage score".split())


def _measures_asked(analysis: Analysis, text: str, value: Value) -> bool:
    """Whether the question names what a quoted figure measures ("with 27.2% of his votes in line
    with En Marche", Les Jours wrote): a figure in someone's quoted words is no score of his
    unless the question asks about what it is a share of ("in line with En Marche")."""
    phrase = re.split(r"[,;.\"”»]", text[value.end :], maxsplit=1)[0]
    measured = {stem(w) for w in content_words(phrase)} - _COUNT_WORDS - {"faure", "olivi"}
    return any(set(g) & measured for g in analysis.concepts)


def _same_day(analysis: Analysis, held: tuple[Value, ...]) -> bool:
    """Whether a sentence's figures may be of the day a question gives without a year ("on 29
    March"): a sentence that gives days of its own must give that one (a day and month fit any
    year, so its date alone does not tell)."""
    days = [(v.month, v.day) for v in analysis.values if v.kind is ValueKind.DATE and v.day and not v.year]
    if not days:
        return True
    own = {(v.month, v.day) for v in held if v.kind is ValueKind.DATE and v.day}
    return not own or all(d in own for d in days)


# A question about what was foretold ("what did the polls predict", "que prévoyaient les
# sondages"), and a sentence that tells a forecast.
_ASKS_FORECAST = lazy(
    r"\b(?:polls?|polling|surveys?|sondages?|predict\w*|forecast\w*|project(?:ed|ion|ions)|predi\w*|pronosti\w*)\b"
)
_FORETOLD = lazy(r"\b(?:polls?|surveys?|projected|predicted|forecast\w*|projections?)\b", re.IGNORECASE)
_ROUND_SAID = {1: {False: "first round", True: "premier tour"}, 2: {False: "second round", True: "second tour"}}


def _rounds_asked(analysis: Analysis) -> set[int]:
    """The rounds of an election a question asks about: those it names outside a clause of time
    ("after topping the first round, he won the final vote with what share?" asks the last), a
    final or last one read as the second."""
    text = fold(analysis.text)
    if not re.search(r"\b(?:rounds?|tours?|final|finale|last|dernier|derniere|decisive|decisif|run-?offs?)\b", text):
        return set()
    asked = _ROUND_TIME_CLAUSE.sub(" ", text)
    return rounds(asked) | ({2} if _LAST_ROUND.search(asked) else set())


# "after topping the first round,", "après être arrivé en tête au premier tour,": when, not what.
_ROUND_TIME_CLAUSE = lazy(r"\b(?:after|before|following|apres|avant)\b[^,?]*")
_LAST_ROUND = lazy(
    r"\b(?:final|last|decisive)\s+(?:round|vote|ballot)\b|\b(?:tour|vote|scrutin)\s+(?:final|decisif)\b"
    r"|\b(?:dernier|ultime)\s+(?:tour|vote|scrutin)\b|\brun-?offs?\b"
)


def _round_set_near(known: Knowledge, analysis: Analysis, unit: Unit) -> bool:
    """Whether the rounds a question's clause of time names ("after topping the first round")
    are told by the sentence or the two before it in its section: the figure asked is of that
    election, not of another's second round (2012's legislative runoff)."""
    text = fold(analysis.text)
    if "round" not in text and "tour" not in text:
        return True
    timed = set().union(*(rounds(m.group()) for m in _ROUND_TIME_CLAUSE.finditer(text)))
    if not timed:
        return True
    number = _index(known).units.get(unit.id, 0)
    units = known.built.units
    near = [units[n] for n in range(max(0, number - 2), number + 1) if units[n].id.startswith("s")]

    def section(ref: str) -> str | None:
        sentence = known.store.sentence(ref)
        return None if sentence is None else sentence.section

    return any(timed & rounds(u.text) for u in near if section(u.id) == section(unit.id))


_BOUND_SAID = {"less": {False: "less than", True: "moins de"}, "more": {False: "more than", True: "plus de"}}
# "How big was the company he headed?", "quelle taille faisait l'entreprise": a firm's size.
_ASKS_SIZE = lazy(
    r"^\s*(?:how\s+(?:big|large)|what\s+size|quelle\s+(?:taille|etait\s+la\s+taille))\b"
    r"(?=.*\b(?:company|business|firm|entreprise|societe)\b)"
)
_NAME_BEFORE = lazy(r"\b[A-ZÀ-Ý][\w'’-]*\s+$")
_NAME_AFTER = lazy(r"\s+[A-ZÀ-Ý]")
# "six seats, including three Socialists": the second figure counts a part of the first's.
_INCLUDING = lazy(r"\s+[\w-]+,?\s+(?:including|among\s+them|of\s+whom|dont|parmi\s+(?:eux|lesquels))\s+$")


def _part_asked(analysis: Analysis, text: str, found: list[Value]) -> Value | None:
    """The figure of a part ("three Socialists" of "six seats, including three Socialists") when
    the question names that part as it is counted, in the plural ("How many seats did Socialists
    win?", "combien de socialistes"); the whole is asked otherwise ("the PS–Place Publique list")."""
    asked = {fold(w) for w in re.findall(r"[^\W\d_]+", analysis.text)}
    for whole, part in itertools.pairwise(found):
        counted = fold(part.unit)
        if (
            counted.endswith(("s", "x"))
            and _INCLUDING.fullmatch(text, whole.end, part.start)
            and (counted in asked or counted.removesuffix("s") + "es" in asked)
        ):
            return part
    return None


_OPPONENT = lazy(r"\b(?:opponent|rival|challenger|adversaire|concurrent|concurrente)s?\b")
_MONEY = frozenset({"euros", "euro", "billion", "million", "milliard", "milliards", "dollars"})
_HOW_MUCH = lazy(
    r"^\s*(?:how\s+much|combien\s+(?:coutait|coute|valait|d'euros|a\s+coute)"
    r"|de\s+combien\s+(?:etait|est|etaient|sont|s'elevait|s'eleve))\b"
)


def _counts_asked(known: Knowledge, analysis: Analysis, text: str, value: Value) -> float:
    """How much of the question the phrase a figure heads holds (from the figure to the next
    comma, semicolon or "and"), by the weight of its words: "500 job cuts in France Travail"
    holds "France Travail", "the 4000 job cuts in education" does not."""
    phrase = re.split(r"[,;.]|\s(?:and|et)\s", text[value.end :], maxsplit=1)[0]
    held = {stem(w) for w in split_words(phrase)}
    return sum(concept_weight(known, g) for g in analysis.concepts if held & set(g))


def _age(text: str, value: Value, analysis: Analysis) -> bool:
    return "age" in analysis.words and bool(re.search(r"age of\s*$", text[: value.start]))


def _canon(word: str) -> list[str]:
    """A question's word and what it stands for, as stems (with the source's words for it:
    lexicon.QUESTION_SENSE, "carte" for "card")."""
    from faurecli.analysis import canonical
    from faurecli.lexicon import QUESTION_SENSE

    if not word:
        return []
    found = canonical(word)
    return found + [s for s in (stem(w) for w in QUESTION_SENSE.get(word, ())) if s not in found]


def _num(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


@lru_cache(maxsize=4096)
def _values(text: str) -> tuple[Value, ...]:
    """The values of `text` (analysis.values), kept: it is read on the store's sentences, the
    same few hundred for every question of a stream (~4% of an `ask` item, profiled)."""
    from faurecli.analysis import values

    return values(text)


def _duration(known: Knowledge, analysis: Analysis, unit: Unit) -> Answer | None:
    from faurecli.query import length_months

    store = known.store
    if unit.office is None:
        return None
    if any(name not in analysis.people for name in known.built.record_people[unit.office.id]):
        return None  # "assistant cabinet director to First Secretary François Hollande": his post, not Faure's
    length = length_months(unit.office, store.source.as_of)
    if length is None:
        return None
    months, exact = length
    years, rest = divmod(months, 12)
    french = _french(analysis)
    year_word, month_word = (
        ("an" if years == 1 else "ans", "mois")
        if french
        else ("year" if years == 1 else "years", "month" if rest == 1 else "months")
    )
    shown = (f"{years} {year_word} " if years else "") + (f"{rest} {month_word}" if rest else "")
    days = _days_over(unit.office, months)
    if days:
        # Both ends are days: the days past the whole months too ("1 year 3 months" would
        # understate 13 Dec 2016 – 11 Apr 2018).
        shown += f" {days} " + (("jour" if days == 1 else "jours") if french else ("day" if days == 1 else "days"))
    shown = shown.strip() or ("moins d'un mois" if french else "less than a month")
    if not exact:
        shown = ("environ " if french else "about ") + shown
    # "1 year 3 months 29 days" is what people call "about 16 months": the nearest whole month
    # too, counted in months under two years, else in years and months.
    rounded = months + (days >= 15)
    about = ""
    if days and rounded >= 1:
        ys, ms = divmod(rounded, 12)
        if rounded < 24:
            about = f"{rounded} " + ("mois" if french else "month" if rounded == 1 else "months")
        else:
            about = f"{ys} " + (
                ("ans" if french else "years")
                + (f" {ms} " + ("mois" if french else "month" if ms == 1 else "months") if ms else "")
            )
        about = ("environ " if french else "about ") + about + ", "
    office = unit.office
    if office.current:
        as_of = store.source.as_of.human()
        shown += (
            f" ({about}jusqu'à {as_of}, date de la source)"
            if french
            else f" ({about}to {as_of}, the source's date; still held then)"
        )
    elif office.end is not None:
        # The term it is counted from, at the source's precision: "about 7 years (2000–2007)".
        shown += f" ({about}{office.start.human()}–{office.end.human()})"
    disputes = [*store.disputes(office.id, Field.START), *store.disputes(office.id, Field.END)]
    if disputes:
        parts = [f"{c.says} ({', '.join(c.sources)})" for d in disputes for c in d.claims]
        note = "counted from the infobox's dates; the sources disagree: " + "; ".join(parts)
        return _answer(
            store, analysis, shown, months, list(office.sources), intent=Intent.DURATION,
            conflicts=tuple(d.id for d in disputes), note=note,
        )  # fmt: skip
    return _answer(store, analysis, shown, months, list(unit.office.sources), intent=Intent.DURATION)


# --- Words -----------------------------------------------------------------------------------

_STANCE_FR = {
    "abstained": "il s'est abstenu", "voted for": "il a voté pour", "voted against": "il a voté contre",
    "opposed": "il s'y est opposé", "supported": "il l'a soutenu", "denied": "il l'a démenti",
}  # fmt: skip
_STANCE = lazy(r"\b(abstained|voted (?:for|against)|refused to \w+|opposed|supported|denied)\b")


def _days_over(office: Office, months: int) -> int:
    """The days of an ended term past its whole `months`, when both its ends are days; else 0."""
    import calendar

    if office.end is None or not (office.start.day and office.end.day) or office.current:
        return 0
    first, last = office.start.first_day(), office.end.first_day()
    year, month = divmod(first.month - 1 + months, 12)
    year, month = first.year + year, month + 1
    on = dt.date(year, month, min(first.day, calendar.monthrange(year, month)[1]))
    return max((last - on).days, 0)


def _text(known: Knowledge, analysis: Analysis, unit: Unit) -> Answer | None:
    store = known.store
    target = analysis.target
    clauses = unit.clauses()
    if _asks_their_role(known, analysis):
        # "What was Gérard Gouzes's position?": his, from the words beside the name; never a
        # post of Faure's the sentence also gives ("special adviser to … Jean-Marc Ayrault").
        for ref in unit.refs if unit.office is not None else (unit.id,):
            sentence = store.sentence(ref)
            theirs = _their_role(analysis.people[0], sentence.text) if sentence is not None else None
            if theirs is not None:
                return _answer(store, analysis, theirs, theirs, [ref])
        return None
    if _only_reelection_told(analysis, unit.text):
        return None
    found = _phrase(analysis, unit)
    if found is not None:
        return _answer(store, analysis, found, found, list(unit.refs))
    titled = _titled_thing(analysis, unit.text)
    if titled is not None:
        return _answer(store, analysis, titled, titled, list(unit.refs))
    if unit.office is not None and set(split_words(analysis.text)) & _ROLE_WORDS:
        # "What was his role in the 2012 presidential election?": the post whose title holds
        # the rest of the question (Hollande's "expert opinion" in that election).
        rest = tuple(g for g in analysis.concepts if not set(g) & {stem(w) for w in _ROLE_WORDS})
        if rest and _holds_all(rest, unit.office.title):
            # The words a sentence it cites gives the role in first ("worked as the chief of
            # communications for …"), else its title.
            index = _index(known)
            for ref in unit.office.sources:
                number = index.units.get(ref)
                cited = known.built.units[number] if number is not None else None
                if cited is None or not ref.startswith("s") or not _holds_all(rest, cited.text):
                    continue  # (a sentence it cites about something else: the 2011 primary)
                phrase = _phrase(analysis, cited)
                if phrase is not None:
                    return _answer(store, analysis, phrase, phrase, [ref])
            return _answer(store, analysis, unit.office.title, unit.office.title, list(unit.refs))
    body = _body_of(known, analysis, unit)
    if body is not None:
        return _answer(store, analysis, body, body, list(unit.refs))
    if not _unit_holds_question(known, analysis, unit) and (
        unit.office is None or not _HOLDS_VERB.search(fold(analysis.text))
    ):
        # A name from a sentence not about what is asked of it is a guess; so is the name a
        # post holds for what it does not say of him ("which party does he oppose": not the
        # party he leads).
        return None
    if (
        target
        and not set(_canon(target)) & unit.words
        and not (stem(target) in _BODY_KINDS and _BODY_KINDS & unit.words)
    ):
        return None  # the unit is not about what the question asks for
    line = store.infobox_line(unit.id) if unit.id.startswith(INFOBOX_PREFIX) else None
    if line is not None and set(analysis.words) & set(content_words(line.key)):
        return _answer(store, analysis, line.value, line.value, list(unit.refs))
    if target and stem(target) in ("vote",) or split_words(analysis.text)[:1] in (["how"], ["comment"]):
        match = _STANCE.search(unit.text)
        if match:
            said = match.group(1)
            # "Comment a-t-il voté ?": said in French where the words are plain.
            shown = _STANCE_FR.get(said, said) if _french(analysis) else said
            return _answer(store, analysis, shown, said, list(unit.refs))
    numbered = (
        [
            (m.start(), m.group())
            for m in re.finditer(rf"\b{re.escape(stem(target))}\w*\s+\d+(?:\.\d+)?\b", unit.text, re.IGNORECASE)
        ]
        if target and len(stem(target)) >= 4
        else []
    )
    if numbered:
        # "Which article of the El Khomri law did his amendment concern?": the thing asked named
        # by its number ("Faure's compromise amendment to Article 2 of the El Khomri law").
        _, phrase = _nearest(analysis, unit.text, numbered, known)
        return _answer(store, analysis, phrase, phrase, list(unit.refs))
    if target:
        # "the Young Rocardiens, a group supporting…": the name the text gives the thing asked.
        kinds = re.escape(target) if stem(target) not in _BODY_KINDS else "(?:party|group|movement|organi[sz]ation)"
        # (The name in capitals, case and all: "Faure became the secretary-general of the Young
        # Rocardiens" is no name; the word asked for in any case.)
        appositive = re.search(
            rf"((?:[Tt]he\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*),\s+(?i:a|an|the)\s+(?i:{kinds})", unit.text
        )
        if appositive and appositive.group(1)[:1].isupper() or appositive and appositive.group(1).startswith("the "):
            name = re.sub(r"^the\s+", "", appositive.group(1))
            return _answer(store, analysis, name, name, list(unit.refs))
        wanted = {stem(target), *(stem(w) for w in _canon(target))}
        runs = []
        for start, end, run in _runs(unit.text):
            if (
                {stem(w) for w in split_words(run)} & wanted
                and fold(run) not in fold(analysis.text)
                # "the party's National Office" is something of a party, not a party.
                and not re.search(rf"\b{re.escape(target)}\w*['’]s\b", run, re.IGNORECASE)
            ):
                # "the National Union of Students of France (UNEF)": the short name too.
                acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", unit.text[end:])
                runs.append((start, f"{run} ({acronym.group(1)})" if acronym else run))
            else:
                # "the El Khomri law": a name with the word asked for after it.
                # ("which polling firm": "a Harris Interactive poll", by the word's stem.)
                after = re.match(
                    rf"\s+({re.escape(min(target, stem(target), key=len))}\w*)\b", unit.text[end:], re.IGNORECASE
                )
                if (
                    after
                    and fold(run) not in fold(analysis.text)
                    and not re.search(r"\b(?:Faure|Olivier)\b", run)
                    and not set(split_words(run)) <= STOPWORDS  # "The party was…": the sentence's capital
                ):
                    bare = re.sub(r"^(?:A|An|The)\s+", "", run)  # "A Harris Interactive poll"
                    if _ORDINAL_RUN.fullmatch(bare):
                        # "Which vice-president was he?": "Third vice-president …", the rank with the
                        # whole title (not "the Third vice").
                        title = re.match(r"\s+([\w-]+)", unit.text[end:])
                        runs.append((start, f"{bare.lower()} {title.group(1) if title else after.group(1)}"))
                        continue
                    runs.append((start, f"the {bare} {after.group(1)}"))
        if runs:
            # The most telling words of the question say which ("political science" stands by
            # Panthéon-Sorbonne, "graduated" by both universities).
            # (The word asked for stands in every candidate: it says nothing of which.)
            kept = tuple(g for g in analysis.concepts if not set(g) & wanted)
            telling = replace(analysis, concepts=kept, words=tuple(w for g in kept for w in g)) if kept else analysis
            years = {str(v.year) for v in analysis.values if v.kind is ValueKind.DATE and v.year}
            dated = [(at, r) for at, r in runs if any(y in unit.text[max(0, at - 12) : at + len(r)] for y in years)]
            if dated and len({r for _, r in dated}) < len({r for _, r in runs}):
                # "Which congress re-elected him in 2021?": "the 2021 Villeurbanne Congress", not
                # also the Aubervilliers one the sentence names first.
                runs = dated
            runs = _not_reelection(analysis, unit.text, runs)
            distinct = list(dict.fromkeys(r for _, r in runs))
            if len(distinct) > 1 and (_plural(analysis.target) or _owner(known, telling, unit.text, runs, tied=True)):
                # "Which universities did he attend?": all of them, not the first.
                # "Which university did he attend?" where the sentence gives two alike: both.
                listed = (" et " if _french(analysis) else " and ").join(distinct)
                return _answer(store, analysis, listed, listed, list(unit.refs))
            run = _owner(known, telling, unit.text, runs) or _nearest(telling, unit.text, runs, known)[1]
            return _answer(store, analysis, run, run, list(unit.refs))
        # "the collective and rail transport infrastructure budget": the words before the one asked.
        before = [
            (m.start(), m.group().strip())
            for m in re.finditer(rf"\bthe\s+(?:[a-z][\w-]*\s+){{1,6}}{re.escape(target)}\b", unit.text)
        ]
        if before and unit.office is None:
            _, phrase = _nearest(analysis, unit.text, before)
            return _answer(store, analysis, phrase, phrase, list(unit.refs))
        for clause in clauses:
            for word in wanted:
                # "the party's National Office" is something of a party, not a party.
                # (To a quotation: 'a tax of two euros per person per night stayed in the
                # Île-de-France "for financing …"' is the tax, then what it was for.)
                match = re.search(
                    rf"\b(?:an?|the)\s+{re.escape(word)}\w*\b(?!['’]s\b)[^,;.\"“«]*", clause, re.IGNORECASE
                )
                # A few words, not the sentence's subject and all that follows it.
                if match and 1 < len(match.group().split()) <= 14 and not unit.text.startswith(match.group()):
                    if _figure_told_apart(analysis, unit.text, unit.text.find(match.group())):
                        continue
                    phrase = match.group().strip()
                    return _answer(store, analysis, phrase, phrase, list(unit.refs))
        if unit.office is None:
            named = [(s, r) for s, _, r in _runs(unit.text) if fold(r) not in fold(analysis.text)]
            named = [
                (s, r) for s, r in named
                if not people_in(known, r) and len(r) > 3 and s > 0 and not re.search(r"\b(?:Faure|Olivier)\b", r)
            ]  # fmt: skip
            # Only a name standing by the word asked for ("the 2021 Villeurbanne Congress"):
            # any other capitalised word of the sentence ("a Paris rally" for "what expression
            # did he walk back") is a guess.
            folded = fold(unit.text)
            named = [
                (s, r) for s, r in named
                if any(_stands_by(folded, s, len(r), w) for w in wanted)
                # "the party's National Office": something of the thing asked for, not it.
                and not any(re.search(rf"\b{re.escape(w)}\w*['’]s\s*$", folded[:s]) for w in wanted)
            ]  # fmt: skip
            if named:
                _, run = _nearest(analysis, unit.text, _not_reelection(analysis, unit.text, named))
                run = _whole_name(known, unit.text, run)
                return _answer(store, analysis, run, run, list(unit.refs))
    return None


# Where a sentence turns to another thing and its own figures ("…won 6.2% …, while the list of
# Benoît Hamon … won 3.3%", « …, tandis que … »).
_TURN = lazy(r";|\b(?:while|whereas|but|tandis\s+que|alors\s+que|mais)\b")


def _figure_told_apart(analysis: Analysis, text: str, at: int) -> bool:
    """Whether the question gives a figure ("which list won 6.2%", « quelle liste a obtenu 3,3 % »)
    that the part of `text` holding position `at` does not hold: the thing named there got
    another figure (the other side of a "while"), so it is not the one asked for."""
    given = [v for v in analysis.values if v.kind is ValueKind.PERCENT]
    if not given or at < 0:
        return False
    cuts = [0, *(m.start() for m in _TURN.finditer(text)), len(text)]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c > at)
    held = [h for h in _values(text[start:end]) if h.kind is ValueKind.PERCENT]
    return not all(any(h.number == v.number for h in held) for v in given)


_LISTED_BEFORE = lazy(r"(?:[A-ZÀ-Ý][\w'’-]*,\s+)+[A-ZÀ-Ý][\w'’-]*\s+(?:and|et)\s+$")


def _whole_name(known: Knowledge, text: str, run: str) -> str:
    """A name whose last word is `run`, with the words listed before it and its acronym: "the
    Socialist, Republican and Citizen (SRC) group" is named "Socialist, Republican and Citizen
    (SRC)", never "Citizen"; `run` when no list of capitalised words ends with it."""
    at = text.find(run)
    listed = _LISTED_BEFORE.search(text[:at]) if at > 0 else None
    if listed is None or people_in(known, listed.group()):
        return run
    acronym = re.match(r"\s*\(([A-Z]{2,9})\)", text[at + len(run) :])
    return listed.group() + run + (f" ({acronym.group(1)})" if acronym else "")


_ORDINAL_RUN = lazy(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)")


def _not_reelection(analysis: Analysis, text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Of names found in `text`, those not told of a re-election when the question asks of an
    election only ("Lors de quel congrès a-t-il été élu ?": Aubervilliers, not the Villeurbanne
    Congress he was "re-elected in"); all of them when none is left or a re-election is asked."""
    if _RE_ELECTION_ASKED.search(fold(analysis.text)):
        return _only_reelection(text, runs)
    if not {"elect", "elected"} & set(analysis.words) and not _BECOMING_ASKED.search(fold(analysis.text)):
        return runs
    first = [(at, run) for at, run in runs if not _RE_ELECTED_BEFORE.search(text, max(0, at - 30), at)]
    return first or runs


def _only_reelection_told(analysis: Analysis, text: str) -> bool:
    """Whether `text` tells only a re-election ("During the Villeurbanne Congress …, Faure was
    re-elected as first secretary") where the question asks how he first took the post ("During
    which congress did he become first secretary?"): that sentence does not say the first one."""
    folded = fold(analysis.text)
    if not _BECOMING_ASKED.search(folded) or _RE_ELECTION_ASKED.search(folded):
        return False
    told = fold(text)
    return bool(_RE_ELECTION_ASKED.search(told)) and not re.search(r"(?<![-\w])(?:elected|elu)\b", told)


def _only_reelection(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Of names found in `text`, those told of a re-election, to a question that asks of one
    ("Which congress re-elected him?": the Villeurbanne Congress he was "re-elected in", not the
    Aubervilliers one he was first elected in); all of them when none is."""
    again = [(at, run) for at, run in runs if _RE_ELECTED_BEFORE.search(text, max(0, at - 30), at)]
    return again or runs


def _stands_by(folded: str, at: int, length: int, word: str) -> bool:
    """Whether `word` stands by the name at `at` as part of what it names ("the 2021 Villeurbanne
    Congress"), not across a preposition ("500 job cuts in France Travail": where the cuts
    were, not which)."""
    for found in re.finditer(rf"\b{re.escape(word)}", folded[max(0, at - 30) : at + length + 30]):
        spot = max(0, at - 30) + found.start()
        gap = folded[spot:at] if spot < at else folded[at + length : spot]
        if not re.search(r"\b(?:in|at|of|for|to|from|with|by|on|and|dans|a|en|pour|avec|par|sur|et)\b|[,;]", gap):
            return True
    return False


def _titled_thing(analysis: Analysis, text: str) -> str | None:
    """The title the sentence gives the kind of thing asked ("which book": "a comic book titled
    Ségo, François, papa et moi about …"), whole, commas and all."""
    target = analysis.target
    if not target:
        return None
    kinds = "|".join(re.escape(w[:5]) for w in dict.fromkeys([target, *_canon(target)]) if len(w) >= 3)
    found = re.search(
        rf"\b(?:{kinds})\w*(?:\s+[a-z]+)?\s+(?:titled|entitled|called|named)\s+(.{{3,80}}?)(?=\s+(?:about|on|in|which|that)\b|[.;]|$)",
        text,
        re.IGNORECASE,
    )
    return found.group(1) if found else None


_BODY_TARGETS = frozenset("party parti group groupe organisation organization movement formation".split())


def _asks_their_role(known: Knowledge, analysis: Analysis) -> bool:
    """Whether the question asks the role of one person other than him."""
    if len(analysis.people) != 1 or analysis.people[0] == known.store.person.name:
        return False
    # The role word must be the name's: "Gérard Gouzes's position", "la fonction de Gérard
    # Gouzes"; not "his role in Hollande's campaign", "Faure's role for Martine Aubry".
    name = re.escape(fold(analysis.people[0]).split()[-1])
    roles = "|".join(sorted(_ROLE_WORDS))
    folded = fold(analysis.text).replace("’", "'")
    return bool(
        re.search(rf"\b{name}'s?\s+(?:[a-z-]+\s+)?(?:{roles})\b", folded)
        or re.search(rf"\b(?:{roles})\s+(?:de|d')\s*(?:[a-z-]+\s+)*?{name}\b", folded)
    )


def _their_role(name: str, text: str) -> str | None:
    """The words a sentence puts beside a name as what they are: "Gérard Gouzes, the president
    of the commission of law …", "the leader of the Socialist group …, Jean-Marc Ayrault"."""
    after = re.search(rf"{re.escape(name)},\s+(?:the\s+|an?\s+)([a-z][^,;.()\"]{{3,90}}?)(?=\s*[,;.]|$)", text)
    if after is not None:
        return after.group(1)
    before = re.search(rf"\b(?:[Tt]he|[Aa]n?)\s+([a-z][^,;.()\"]{{3,90}}?),\s+{re.escape(name)}\b", text)
    return before.group(1) if before is not None else None


def _body_of(known: Knowledge, analysis: Analysis, unit: Unit) -> str | None:
    """ "Which party was Chantal Brunel in?": the body the sentence gives beside the one person
    the question names ("Chantal Brunel of the Union for a Popular Movement (UMP)", "the UMP's
    Cathy Bissonier", "EELV's Paulin Roy"); None when the question names no one or the
    sentence gives no body beside them."""
    if analysis.target not in _BODY_TARGETS or len(analysis.people) != 1 or not unit.id.startswith("s"):
        return None
    name = re.escape(analysis.people[0])
    after = re.search(
        rf"{name}\s+(?:of|from|du|de)\s+(?:the\s+|la\s+|le\s+)?((?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:for|of|a|an|the|de|du|des|la|le)\s+)*)*"
        rf"[A-ZÀ-Ý][\w'’-]*(?:\s+\([A-Z]{{2,6}}\))?)",
        unit.text,
    )
    if after is not None:
        return after.group(1)
    before = re.search(
        rf"(?:the\s+)?((?:[A-ZÀ-Ý][\w-]*\s+)*[A-ZÀ-Ý][\w-]*)['’]s\s+(?:\([A-Z]{{2,6}}\)\s+)?{name}", unit.text
    )
    return before.group(1) if before is not None else None


_ROLE_WORDS = frozenset("role position job fonction poste post capacity".split())
# "What did … implement?", "what has he introduced": the thing done, the verb last.
_ASKS_OBJECT = lazy(
    r"^\s*what\s+(?:did|does|do|has|have|had)\s+[^?]*?\b([a-z]{4,})"
    # "What did the amendment bring in?": a verb and its particle.
    r"(?:\s+(?:in|about|up|out|forward|through))?"
    # "What did he pass in January 2022?": the verb before when.
    r"(?:\s+(?:in|on|during|en)\s+(?:(?:early|late|mid)\s+)?(?:[a-z]+\s+)?\d{4})?"
    # "What did the amendment bring in for Paris-region commuters?": whom it was for.
    r"(?:\s+for\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?\s*\??\s*$"
)
# "Qu'a dénoncé Faure lors du rassemblement ?", "qu'a-t-il proposé en 2022 ?": the verb after
# "qu'a" (not "fait", which asks what he did: _ASKS_DOING).
_ASKS_OBJECT_FR = lazy(
    r"^\s*qu['’](?:a|avait)(?:-t-(?:il|elle))?\s+(?:(?:olivier\s+)?faure\s+)?(?!fait\b|faisait\b)([a-z]{4,})\b"
)
# "… for Paris-region commuters?", "… pour les usagers des transports franciliens ?": whom for.
_FOR_WHOM = lazy(r"\s(?:for|pour)\s+((?:[a-z][\w'-]*\s+){0,4}[a-z][\w'-]*)\s*\??\s*$")
_SHORT_SUBJECT = lazy(r"^\s*what\s+(?:did|does|has)\s+(?:he|(?:olivier\s+)?faure|the\s+\w+|his\s+\w+)\s+([a-z]{4,})\b")
_STUDY = lazy(r"\b(?:stud|etudi|degree|diplom|major|graduat|earn|obtain|obten|mas\b|master|dea\b|postgrad)")
_NAME_WORDS = frozenset("titre title name nom called intitule appelee appele".split())


# ", Republican and Citizen (SRC) group of deputies": the rest of a name with commas in it.
_NAME_LIST_REST = lazy(
    r"(?:,\s+[A-ZÀ-Ý][\w'’-]*)+,?\s+and\s+[A-ZÀ-Ý][\w'’-]*(?:\s+\([A-Z]{2,6}\))?(?:\s+[a-z]+(?:\s+of\s+[a-z]+)?)?"
)


def _name_list_rest(text: str, end: int) -> str:
    """The rest of a name a role's words were cut in ("third vice-president of the Socialist"
    + ", Republican and Citizen (SRC) group of deputies"), when they end on a capital."""
    if not re.search(r"\b[A-ZÀ-Ý][\w'’-]*$", text[:end]):
        return ""
    rest = _NAME_LIST_REST.match(text, end)
    return rest.group() if rest else ""


# "What did he do during the 2011 primary?", "qu'a-t-il fait lors de la primaire ?": his role in
# a named time or event.
_ASKS_DEED_THEN = lazy(
    r"^\s*(?:what\s+(?:did|was)\s+(?:he|(?:olivier\s+)?faure)\s+(?:do|doing)"
    r"|qu'(?:a-t-il|a\s+fait\s+(?:olivier\s+)?faure)(?:\s+fait)?|que\s+faisait(?:-il|\s+(?:olivier\s+)?faure))"
    r"\s+(?:during|in|at|for|pendant|lors|durant|dans|a|au|en)\b"
)
_SCHOOL = lazy(r"\b(?:University|Université|Universite|Lycée|Lycee|School|College|Institute)\b", re.IGNORECASE)
# A lower-case word right after a closing quotation mark: the quoted word is said of that noun.
# "did he become first secretary", « est-il devenu », "first elected": the first taking of a post,
# which a re-election ("re-elected in the 2021 Villeurbanne Congress") is not.
_BECOMING_ASKED = lazy(r"\b(?:becom\w*|became|devenu\w*|devenir|devint|devient|first\s+(?:elected|chosen|named))\b")
_RE_ELECTION_ASKED = lazy(r"\bre-?elect|\breelu|\breconduit|\breelection")
_RE_ELECTED_BEFORE = lazy(r"\bre-?elected\b[^,;.]*$", re.IGNORECASE)
_QUOTE_OF_NOUN = lazy(
    r"\s+(?!(?:and|or|et|ou|in|of|on|at|for|to|by|with|was|is|which|who|about|calling|from)\b)[a-z]{3,}\b"
)
# Someone else named just before "as" ("Corinne Narassiguin being duly chosen as the …").
_NAMED_BEFORE_AS = lazy(
    r"\b(?!Faure\b|He\b|Olivier\b)[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+\s+(?:[a-z]+\s+){0,3}"
    r"(?:as|became|named|appointed)\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+)?$"
)
_DEGREE_WORDS = frozenset("degree degrees diploma diplomas diplome diplomes qualification qualifications".split())


def _phrase(analysis: Analysis, unit: Unit) -> str | None:
    """The few words a "what" question asks for, where the sentence says them in a set form:
    his role ("worked as the chief of communications for…"), what he studied ("a MAS in economic
    law"), a title (the quoted words). The one nearest the question's own words."""
    words = set(split_words(analysis.text))
    text = unit.text
    found: list[tuple[int, str]] = []
    # "Qu'a-t-il étudié ?", not "dans quel lycée a-t-il étudié ?" (a place, asked by its noun).
    studied = (
        not words & _ROLE_WORDS
        and bool(_STUDY.search(fold(analysis.text)))
        and analysis.target
        in (
            None, "did", "does", "subject", "field", "discipline", "matiere", "specialite", "specialty", "postgraduate",
            *_DEGREE_WORDS,
        )
    )  # fmt: skip
    if words & _ROLE_WORDS or _ASKS_DEED_THEN.match(fold(analysis.text).replace("’", "'")):
        # ("What did he do during the 2011 primary?": the role he had in it.)
        stop = r"(?=\s+(?:for|in|at|to|from|during|under|with|of\s+the\s+(?![A-Z])|since)\b|[,.;(])"
        found = [
            (m.start(1), m.group(1) + _name_list_rest(text, m.end(1)))
            for m in re.finditer(
                # ("to become the formation's secretary-general": the post, whose body is named before.)
                rf"\b(?:as|became|become|named|appointed)\s+(?:the\s+(?:\w+['’]s\s+)?|an?\s+|its\s+|his\s+)?"
                rf"([^,.;\"]{{3,60}}?){stop}",
                text,
            )
        ]
        if words & _HIM and not analysis.people:
            # Asked his role, his: "… with Corinne Narassiguin being duly chosen as the new national
            # secretary" is hers.
            found = [(at, phrase) for at, phrase in found if not _NAMED_BEFORE_AS.search(text, max(0, at - 80), at)]
        if not words & _ROLE_WORDS:
            # Asked what he did, a role of his: "Faure worked as …", not "the party … as part of".
            found = [
                (at, phrase) for at, phrase in found
                if not re.match(r"part\b", phrase) and re.search(r"\b(?:Faure|He|he)\b[^,;.]{0,60}$", text[:at])
            ]  # fmt: skip
    elif studied:
        pattern = (
            r"\b(?:MAS|[Mm]aster[^,()]*?|degree|diploma|licence|doctorate)\s*(?:\([^)]*\)\s*)?"
            r"in\s+([a-z][a-z ]*?[a-z])(?=[,.;]|\s+(?:and|at|from)\b)"
        )
        # "Quel diplôme", "which degree": the degree with its subject ("a MAS in political
        # science"); what he studied, the subject alone.
        # ("What was his degree in?": the subject it was in.)
        whole = analysis.target in _DEGREE_WORDS and not re.search(r"\bin[\s?.!]*$", fold(analysis.text))
        found = [(m.start(), m.group()) if whole else (m.start(1), m.group(1)) for m in re.finditer(pattern, text)]
    elif analysis.target and re.search(rf"\b{re.escape(analysis.target)}\w*\s+[\"“«]", fold(text)):
        # "his use of the expression "right of inspection"": the words quoted after the thing asked.
        pattern = rf"\b{re.escape(analysis.target)}\w*\s+[\"“«]\s*([^\"”»]{{2,80}}?)\s*[,.]?[\"”»]"
        found = [(m.start(1), text[m.start(1) : m.end(1)]) for m in re.finditer(pattern, fold(text))]
    elif (
        analysis.target
        and len(analysis.target) > 3
        and re.search(rf"[\"“«]\s*{re.escape(analysis.target)}\b", fold(text))
    ):
        # "What right did he demand?": the quoted words that name one ('a "right of inspection"').
        pattern = rf"[\"“«]\s*({re.escape(analysis.target)}\b[^\"”»]{{0,60}}?)\s*[,.]?[\"”»]"
        found = [(m.start(1), text[m.start(1) : m.end(1)]) for m in re.finditer(pattern, fold(text))]
    elif words & _NAME_WORDS:
        # A quotation named by a word of the question just before it ('the motion "Socialists,
        # the path of the renaissance"'), not any quoted word ('the Socialist "frondeur" rebels'
        # for "the name of the parliamentary group he led").
        naming = {w for g in analysis.concepts if not set(g) & {stem(n) for n in _NAME_WORDS} for w in g}
        found = [
            (m.start(1), m.group(1)) for m in re.finditer(r"[\"“«]\s*([^\"”»]{3,80}?)\s*[\"”»]", text)
            if {stem(w) for w in split_words(text[max(0, m.start() - 30) : m.start()])} & naming
            # ('the Socialist "frondeur" rebels': a word said of another noun, no name.)
            and not _QUOTE_OF_NOUN.match(text, m.end())
        ]  # fmt: skip
        found += [(m.start(1), m.group(1)) for m in re.finditer(r"\btitled\s+(.{3,80}?)(?=\s+about\b|[.;]|$)", text)]
    elif (asked := _ASKS_OBJECT.match(fold(analysis.text)) or _ASKS_OBJECT_FR.match(fold(analysis.text))) is not None:
        # "What did his December 2014 amendment implement?": what follows that verb in the
        # sentence ("implementing a Navigo card with a single price"), a few words of it, whole
        # (a comma before a capital, "Ségo, François", does not end it).
        verb = stem(asked.group(1))
        short = _SHORT_SUBJECT.match(fold(analysis.text))
        if short is not None and re.search(rf"\b{re.escape(stem(short.group(1))[:5])}\w*ed\b", fold(text)):
            # "What did Faure demand for police?": the verb follows a short subject; the last
            # word ("police") is what it was for.
            verb = stem(short.group(1))
        if len(verb) >= 4:
            # The verb, or a word the source says it with ("bring in": "implementing").
            said = "|".join(
                dict.fromkeys(re.escape(v[:5]) for g in analysis.concepts if g[0] == verb for v in g[1:] if len(v) >= 4)
            )
            verbs = f"(?:{re.escape(verb[:5])}|{said})" if said else re.escape(verb[:5])
            pattern = (
                rf"\b{verbs}[a-z]*\s+((?:an?|the|two|three|\d[\d,.]*)\s+[^;.()\"]{{2,80}}?)"
                # (A comma before a capital goes on: "the Socialist, Republican and Citizen group".)
                r"(?=,\s+(?-i:[a-z])|[;.]|$)"
            )
            found = [(m.start(1), m.group(1)) for m in re.finditer(pattern, text, re.IGNORECASE)]
            if re.search(r"\b(?:did|does|has|had)\s+(?:he|(?:olivier\s+)?faure)\b", fold(analysis.text)):
                # "What did he become?": not what someone else did ("Ségolène Royal's campaign to
                # become the PS candidate", "Boris Vallaud and Gabrielle Siry becoming …").
                found = [(at, phrase) for at, phrase in found if not _others_verb(text, at)]
            # "demanded that they have a "right of inspection" on judicial decisions": what is
            # demanded, quotes and all.
            that = rf"\b{verbs}[a-z]*\s+(that\s+[^;.()]{{2,100}}?)(?=,\s+[a-z]|[;.]|$)"
            found += [(m.start(1), m.group(1)) for m in re.finditer(that, text, re.IGNORECASE)]
            # "a comic book titled Ségo, François, papa et moi": the title whole, its commas too.
            found = [(at, _whole_title(text, at, phrase)) for at, phrase in found]
            found = [(at, phrase) for at, phrase in found if len(phrase.split()) <= 14]
            sentence = set(content_words(text))
            # (Not the words of how it is asked: "got through" is "passed".)
            others = [g for g in analysis.concepts if verb not in g and not set(g) & _ASKING]
            whom = _FOR_WHOM.search(fold(analysis.text))
            if whom:
                # (Whom it was for, "Paris-region commuters", "les usagers des transports
                # franciliens", the sentence may not say.)
                # (Some of it the record must hold, its tags too: not "for teachers".)
                theirs = {stem(w) for w in split_words(whom.group(1))}
                if any(set(g) & theirs and set(g) & unit.words for g in others):
                    others = [g for g in others if not set(g) & theirs] or others
            if found and not all(set(g) & sentence for g in others):
                # "What did the concessions include?": not "including three Socialists" of a
                # sentence about the 2019 list, which holds nothing of concessions.
                found = []
            elif (
                not found
                and others
                and all(set(g) & sentence for g in others)
                and re.search(rf"\b{verbs}[a-z]*ed\b", text, re.IGNORECASE)
            ):
                # "Concessions included renegotiation of 2023 pension reform, …": what the thing
                # asked about is said to have, to the end of the sentence, the sentence being
                # about that thing.
                pattern = rf"\b{verbs}[a-z]*\s+([a-z][^;.]{{2,400}}?)\s*(?=[;.]\s|[;.]?$)"
                found = [(m.start(1), m.group(1)) for m in re.finditer(pattern, text, re.IGNORECASE)]
    if not found:
        return None
    # "What did he study at Panthéon-Sorbonne?": the names the question gives say which one.
    named = {
        stem(w) for _, _, run in _runs(analysis.text) for w in split_words(run) if len(w) >= 4 and w not in STOPWORDS
    }
    if studied:
        # A school named in lower case ("at the university of orleans"): a word of a school's
        # name in the sentence, other than the kind of school (both are universities).
        named |= {stem(w) for w in split_words(analysis.text)} & {
            stem(w)
            for _, _, run in _runs(text) if _SCHOOL.search(run)
            for w in split_words(run) if len(w) >= 4 and w not in STOPWORDS and not _SCHOOL.search(w)
        }  # fmt: skip
    if named:
        # What a place gave him follows its name ("the University of Orléans, where he graduated
        # with a MAS in economic law"): the candidate whose stretch of text names most of them.
        found.sort()
        best, held, start = found[0], 0, 0
        for at, phrase in found:
            # (What he studied is the last school's named before it: "the Lycée Pothier in
            # Orléans and then the University of Orléans, where he graduated with a MAS in
            # economic law" gave the lycée no degree.)
            school = [b for b, _, run in _runs(text[:at]) if studied and _SCHOOL.search(run)]
            stretch = {stem(w) for w in split_words(text[max([start, *school[-1:]]) : at])} & named
            if len(stretch) > held:
                best, held = (at, phrase), len(stretch)
            start = at + len(phrase)
        if held:
            return best[1]
        if studied and any(_SCHOOL.search(run) for _, _, run in _runs(analysis.text)):
            return None  # a school the question names gave none of them
    if studied and len(found) > 1:
        # "What did he study?": both degrees, neither is the answer alone.
        return (" et " if _french(analysis) else " and ").join(dict.fromkeys(p for _, p in sorted(found)))
    return _nearest(analysis, text, found)[1]


_TITLED = lazy(r"\btitled\s+.{3,80}?(?=\s+about\b|[.;]|$)")


def _whole_title(text: str, at: int, phrase: str) -> str:
    """`phrase` (found at `at` in `text`) run on to the end of the title it names, when it holds
    "titled" (a title's commas do not end it)."""
    if " titled " not in phrase:
        return phrase
    titled = _TITLED.search(text, at)
    return text[at : titled.end()] if titled is not None and titled.start() < at + len(phrase) else phrase


_OTHERS_BEFORE_VERB = lazy(r"(?:['’]s\s+[a-z]+\s+to|\b(?!Faure\b|He\b|Olivier\b)[A-ZÀ-Ý][\w'’-]+)\s+(?:\w+ly\s+)?$")


def _others_verb(text: str, at: int) -> bool:
    """Whether the verb before the object at `at` is someone else's: a name just before it, or
    "Royal's campaign to"."""
    verb = re.search(r"([A-Za-z]+)\s+$", text[:at])
    if verb is None:
        return False
    return _OTHERS_BEFORE_VERB.search(text[: verb.start(1)]) is not None


def _owner(
    known: Knowledge, analysis: Analysis, text: str, candidates: list[tuple[int, str]], *, tied: bool = False
) -> str | None:
    """The one candidate whose stretch of text (up to the next candidate) holds the question's
    words, by weight, more than any other: "the University of Orléans, where he graduated with a
    MAS in economic law, and the Paris 1 Panthéon-Sorbonne University, where he graduated with a
    MAS in political science" (what a name is said to have follows it). None when none does."""
    ordered = sorted(candidates)
    scores = []
    for number, (at, _name) in enumerate(ordered):
        end = ordered[number + 1][0] if number + 1 < len(ordered) else len(text)
        held = {stem(w) for w in split_words(text[at:end])}
        scores.append(sum(concept_weight(known, g) for g in analysis.concepts if held & set(g)))
    best = max(scores, default=0.0)
    if tied:
        # (Asked whether every candidate's stretch holds the question's words alike.)
        return ordered[0][1] if len(set(scores)) == 1 else None
    if best <= 0 or scores.count(best) > 1:
        return None
    return ordered[scores.index(best)][1]


def _plural(word: str | None) -> bool:
    """Whether a question's target is a plural noun ("universities", "partis"), asking for all."""
    return bool(word) and len(word or "") > 4 and (word or "").endswith(("ies", "s", "x")) and stem(word or "") != word


def _runs(text: str) -> list[tuple[int, int, str]]:
    pattern = (
        r"(?:[\w-]+(?:'s|’s)\s+\d+(?:st|nd|rd|th)\s+constituency)"
        r"|(?:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:of\s+|\d+\s+)?[A-ZÀ-Ý][\w'’-]*)*)"
    )
    return [(m.start(), m.end(), re.sub(r"(?:'s|’s)$", "", m.group())) for m in re.finditer(pattern, text)]


# What a question asks he did, and what a sentence may say he did instead (English, French).
_ASKED_STANCE = lazy(
    r"\b(?:vot(?:e|ed|er|ait|a)|support(?:ed)?|soutenu|soutenir|soutenait|endors(?:e[ds]?|ing)?|back(?:ed)?|approuve)\b"
)
# A stance denied: "decided not to support", "refused to support", "did not vote".
_DENIED_STANCE = lazy(
    r"\b(?:not|never|n't|refused|declined|decided\s+not)\s+(?:to\s+)?(?:\w+ly\s+)?"
    r"(?:vot\w*|support\w*|endors\w*|back\w*|approv\w*)",
    re.IGNORECASE,
)
_ASKED_OTHERWISE = lazy(r"\b(?:abstain|abstenu|abstention|refus|oppos|against|contre|deni|nie|dementi)")
_STANCES: tuple[tuple[str, str, str], ...] = (
    (r"\babstained\b", "no: he abstained", "non, il s'est abstenu"),
    (r"\bvoted against\b", "no: he voted against", "non, il a voté contre"),
    (r"\brefused to\b", "no: he refused", "non, il a refusé"),
    (r"\bopposed\b", "no: he opposed it", "non, il s'y est opposé"),
    (r"\bdenied\b", "no: he denied it", "non, il l'a démenti"),
)


_ANY_STANCE = lazy(
    r"\b(?:vot\w*|abstain\w*|support\w*|endors\w*|back\w*|oppos\w*|refus\w*|reject\w*|denied|denounc\w*)",
    re.IGNORECASE,
)


def _stance_against(analysis: Analysis, texts: list[str]) -> str | None:
    """What the evidence says he did when it is not what the question asks ("did he vote…"
    where he abstained), in the question's language; None when it does not say otherwise."""
    asked = fold(analysis.text)
    if not _ASKED_STANCE.search(asked) or _ASKED_OTHERWISE.search(asked):
        return None
    for text in texts:
        if re.search(r"\b(?:supported|voted for|endorsed|backed)\b", text):
            continue  # "opposed the frondeurs and supported the law": which one is asked, it cannot tell
        for pattern, english, french in _STANCES:
            match = re.search(pattern, text)
            # Only what he did: "Faure abstained", "he … refused", not the party's decision.
            if match and re.search(r"\b(?:Faure|[Hh]e)\b(?:\s+\S+){0,3}\s*$", text[: match.start()]):
                return french if _french(analysis) else english
    return None


_ASKS_IDENTITY = lazy(r"^\s*(?:was|is|were|etait|est)\s+(?:(?:olivier\s+)?faure|he|il)\s+(?:an?|un|une)\s+(\w+)")
_ASKS_IDENTITY_FR = lazy(r"^\s*(?:olivier\s+)?faure\s+(?:etait|est|a-t-il\s+ete)-?(?:il)?\s+(?:un\s+|une\s+)?(\w+)")
_ASKS_WIN = lazy(r"\b(?:win|won|gagne|gagner|remporte|remporter)\b")
_OPPOSED = lazy(r"\b(?:opposed|voted against|refused to support|rejected|broke off)\b")
_LOST = lazy(r"\b(?:but\s+)?lost\b")


def _asked_words(analysis: Analysis, skip: set[str], *, asking: bool = True) -> tuple[tuple[str, ...], ...]:
    """The question's content groups, without names of him, the words in `skip`, numbers and
    (with `asking`) the words that may only ask."""
    # (and the auxiliaries: "a-t-il nié avoir des ambitions", "did he deny having ambitions")
    him = {stem(w) for w in ("faure", "olivier", "avoir", "etre", "having", "being", "etaient", "avaient")}
    him |= _ASKING if asking else set()
    # "Why didn't the PS …": the contraction's auxiliary asks, it says nothing of what happened.
    him |= _CONTRACTED
    return tuple(
        g for g in analysis.concepts
        if not set(g) & (skip | him) and not g[0].isdigit() and g[0] not in _DATE_WORDS
    )  # fmt: skip


_ASKS_WORDS_SAID = lazy(
    r"\b(?:say|says|said|write|writes|wrote|written|claim\w*|call\w*|describ\w*|react\w*|declar\w*|according"
    r"|accus\w*|denounc\w*|quot\w*|word\w*|dit|dire|ecri\w*|selon|qualifi\w*|denonc\w*|declar\w*|affirm\w*)\b"
)


def _only_quoted(store: Store, groups: tuple[tuple[str, ...], ...], evidence: list[Evidence]) -> str | None:
    """The id of a sentence whose quoted words hold what `groups` asks that the evidence, its
    quotations taken out, does not; None when the evidence says it in its own words."""
    plain = " ".join(_QUOTED.sub(" ", e.text) for e in evidence)
    # (His posts are the store's own words too: "Was he elected deputy in 2012?" is answered by
    # his election's sentence and his seat's record, whatever Les Jours wrote of "deputies".)
    posts = " ".join(o.title for o in store.offices)
    missing = tuple(g for g in groups if not _holds_all((g,), plain) and not _holds_all((g,), posts))
    if not missing:
        return None
    for sentence in store.sentences:
        quoted = " ".join(_QUOTED.findall(sentence.text))
        if quoted and _holds_all(missing, quoted):
            return sentence.id
    return None


_CONTRACTED = frozenset(stem(w) for w in "didn doesn don wasn weren isn aren hasn haven hadn couldn wouldn".split())


def _holds_all(groups: tuple[tuple[str, ...], ...], text: str) -> bool:
    held = set(content_words(text))
    prefixes = {w[:5] for w in held if len(w) >= 5}
    return all(set(g) & held or {w[:5] for w in g if len(w) >= 5} & prefixes for g in groups)


_ATTITUDE = lazy(
    r"\b(?:consider\w*|envisag\w*|think\w*\s+(?:about|of)|thought\s+(?:about|of)|plan\w*\s+to|want\w*\s+to"
    r"|tempt\w*|hesitat\w*|weigh\w*|pens\w*\s+a|song\w*\s+a)\s*$"
)


def _opposite(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Was Faure a frondeur?" where the sentence about frondeurs says he opposed them; "Did he
    win the 2007 election?" where it says he lost it; "did he support X" where he opposed X: no,
    with the sentence. Only from a sentence that holds every other word of the question, and
    that says it of him (its subject is Faure or "he")."""
    asked = fold(analysis.text).replace("’", "'")
    identity = _ASKS_IDENTITY.match(asked) or _ASKS_IDENTITY_FR.match(asked)
    wins = _ASKS_WIN.search(asked)
    supports = None if _ASKED_OTHERWISE.search(asked) else _ASKED_STANCE.search(asked)
    verb = wins or supports
    if not (identity or verb) or analysis.negated:
        return None
    if verb is not None and _ATTITUDE.search(asked[: verb.start()]):
        # "Did Faure consider endorsing Macron?": whether he thought of it, which "considered
        # endorsing …, but ultimately refused" says he did; no "no" from the refusal.
        return None
    did = _DID.match(analysis.text) or _INVERTED_FR.match(analysis.text)
    if _BODY_ASKED.match(asked) or (did and fold(did.group(1)) not in ("he", "il", "faure", "olivier faure")):
        return None  # "Did the PS support his position?", « Brunel a-t-elle gagné ? »: asked of another
    act = {stem(w) for w in re.findall(r"[a-z]+", verb.group())} if verb is not None and not identity else set()
    act |= {c for w in act for c in _canon(w)}
    groups = _asked_words(analysis, act)
    if not groups:
        return None
    for unit in _sentences_holding(known, analysis, groups):
        said = _LOST if wins else _OPPOSED
        found = said.search(unit.text)
        if found is None:
            continue
        voting = supports is not None and verb is supports and supports.group().startswith("vot")
        if voting and not found.group().startswith("voted"):
            # "Did he vote for Macron in 2017?" where he "refused to support him": how he voted,
            # only a vote says.
            continue
        if not re.search(r"\b(?:Faure|He|he)\b[^,;.]{0,160}$", _same_subject(unit.text[: found.start()])):
            continue
        if identity:
            # The thing he is asked to be must stand after the verb of opposing: its object.
            if not _holds_all(groups, unit.text[found.end() :]):
                continue
        elif supports is not None:
            # "opposed the frondeur rebels and supported the adoption of the El Khomri law": what
            # he is asked to have supported is the object of the support that follows, not of
            # the opposing.
            after = unit.text[found.end() :]
            backed = _BACKED.search(after)
            if backed and _holds_all(groups, after[backed.end() :]) and not _holds_all(groups, after[: backed.start()]):
                continue
        text = known.store.quote(unit.id)
        note = ("la source : " if _french(analysis) else "the source says: ") + text
        return _answer(known.store, analysis, "non" if _french(analysis) else "no", False, [unit.id], note=note)
    return None


# ", but ultimately", ", and then": a clause that goes on with the subject before the comma.
_GOES_ON = lazy(r",\s+(?:but|and|yet|then|et|mais|puis)\s+(?:\w+ly\s+|then\s+)?$")


def _same_subject(before: str) -> str:
    """The text before a verb, with the commas of clauses that go on with the same subject
    ("Faure considered endorsing Macron in the 2017 election, but ultimately refused")
    taken out, so that the subject is read across them."""
    goes_on = _GOES_ON.search(before)
    return before[: goes_on.start()] + " " + before[goes_on.start() + 1 :] if goes_on else before


# "Le PS a-t-il soutenu …", "Les socialistes ont-ils soutenu …", "Did the PS support …": his party
# (not he) as the subject of a yes/no question on its stance.
_BODY_ASKED = lazy(
    r"^\s*(?:(?:le|la|les)\s+(?:deputes\s+)?(?:ps|parti\s+socialiste|socialistes)(?:\s+deputes)?"
    r"\s+(?:a|ont|avait|avaient)-(?:t-)?(?:il|ils|elle|elles)"
    # « Est-ce que le PS a voté … ? »: the same question, asked with « est-ce que ».
    r"|est-ce\s+(?:que|qu')\s*(?:le|la|les)\s+(?:deputes\s+)?(?:ps|parti\s+socialiste|socialistes)(?:\s+deputes)?"
    r"\s+(?:a|ont|avait|avaient)"
    r"|did\s+(?:the\s+)?(?:ps|socialist\s+party|socialists)(?:\s+deputies)?)\s"
)
_BODY_SUBJECT = lazy(r"\b(?:PS|Socialist\s+Party|Socialists|party)\s+(?:\w+\s+){0,2}$")
# Support asked, support denied (a vote asked is not answered by support denied: voting and
# supporting are not the same deed).
_SUPPORT_ASKED = lazy(
    r"\b(?:support\w*|soutenu|soutenir|soutenait|endors\w*|back(?:ed)?|approuve)\b"
    # Save a vote for a motion of censure (« voté la censure », "vote for the censure motion"):
    # only the votes for one are cast, so a party that did not support it did not vote it.
    r"|\bvot\w*(?=\s+(?:for\s+|pour\s+)?(?:the\s+|la\s+|une\s+|a\s+)?(?:lfi['’]?s?\s+)?"
    r"(?:censure|motion\s+(?:of|de)\s+censure|no[\s-]confidence))"
)
# Another stance asked ("a-t-il voté contre"); "the motion against Bayrou" is no stance.
_OTHER_STANCE_ASKED = lazy(
    r"\b(?:abstain|abstenu|abstention|refus|oppos|deni|nie|dementi)|\b(?:vot|support|soutenu)\w*\s+(?:against|contre)\b"
)
_SUPPORT_DENIED = lazy(r"\b(?:not|never|n't|refused|declined)\s+(?:to\s+)?(?:support|back|endorse)\b")


def _body_stance(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Les socialistes ont-ils soutenu la motion de censure contre Bayrou ?" where the sentence
    holding every other word of the question says the PS "decided not to support" it: no, with
    that sentence. Only support asked and support denied, with the party as the denial's subject."""
    asked = fold(analysis.text)
    body = _BODY_ASKED.match(asked)
    if body is None or analysis.negated or _OTHER_STANCE_ASKED.search(asked):
        return None
    stance = _SUPPORT_ASKED.search(asked, body.end())
    if stance is None:
        return None
    skip = {stem(w) for w in re.findall(r"[a-z]+", body.group() + " " + stance.group())}
    skip |= {c for w in list(skip) for c in _canon(w)} | {"ps", "party", "sociali"}
    groups = _asked_words(analysis, skip)
    if not groups:
        return None
    for match in rank(known, analysis, limit=3):
        unit = match.unit
        if not unit.id.startswith("s") or not match.fits:
            continue
        if not all(set(g) & unit.words or _holds_all((g,), unit.text) for g in groups):
            continue
        denied = _SUPPORT_DENIED.search(unit.text)
        if denied and _BODY_SUBJECT.search(unit.text, 0, denied.start()):
            text = known.store.quote(unit.id)
            note = ("la source : " if _french(analysis) else "the source says: ") + text
            return _answer(known.store, analysis, "non" if _french(analysis) else "no", False, [unit.id], note=note)
    return None


# A negation just before a word: "weren't needed", "was not re-elected", "did not take part".
_NEGATION_BEFORE = lazy(r"(?:\b(?:not|never)|n['’]t)\s+(?:(?:been|be|have|\w+ly)\s+)?$", re.IGNORECASE)


_NEGATED_CLAUSE = lazy(r"(?:\b(?:not|never|no)|n['’]t)(?:\s+[\w'’-]+){0,5}\s+$", re.IGNORECASE)


def _denied_near(analysis: Analysis, evidence: tuple[Evidence, ...]) -> bool:
    """Whether a sentence of the evidence denies a word the question asks, a few words before it
    in the same clause ("is not part of the deputies most hostile")."""
    groups = _asked_words(analysis, set())
    for item in evidence:
        if not item.id.startswith("s"):
            continue
        for match in re.finditer(r"[^\W\d_]+", item.text):
            word = stem(fold(match.group()))
            if len(word) >= 4 and any(word in g for g in groups):
                if _NEGATED_CLAUSE.search(item.text, max(0, match.start() - 60), match.start()):
                    return True
    return False


# "Did he stay close to Castaner …?", "Est-il resté proche de … ?", "are they still friends":
# ties kept, asked; "formerly close to …, with whom he broke off relations", "had become
# opponents": ties the source says ended.
_ASKS_TIES_KEPT = lazy(r"\b(?:remain(?:ed|s)?|stay(?:ed|s)?|rest(?:e|ee|es|ees|er)|demeur\w*|still|toujours|encore)\b")
_TIES = lazy(r"\b(?:close|proches?|friends?|amis?|amies?|allies?|allie(?:e|s|es)?|good\s+terms|bons\s+termes)\b")
_TIES_ENDED = lazy(
    r"\b(?:broke\s+(?:off|with)|fell\s+out|formerly\s+close|(?:had\s+)?bec(?:a|o)me\s+(?:\w+\s+)?(?:opponents|rivals|enemies))\b"
)


def _ties_broken(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Est-il resté proche de Christophe Castaner après que celui-ci est devenu ministre ?"
    where a sentence of him and that person says the ties ended ("with whom he broke off
    relations after Castaner became the Minister of the Interior"): no, with that sentence. Not
    of a time before it ("before"), and not when the question itself denies."""
    asked = fold(analysis.text).replace("’", "'")
    if analysis.negated or not analysis.people or not _ASKS_TIES_KEPT.search(asked) or not _TIES.search(asked):
        return None
    if re.search(r"\b(?:before|avant|until|jusqu)\b", asked):
        return None
    surnames = [fold(name).split()[-1] for name in analysis.people]
    for sentence in known.store.sentences:
        folded = fold(sentence.text)
        if not all(find_word(folded, n) >= 0 for n in surnames):
            continue
        ended = _TIES_ENDED.search(sentence.text)
        if ended is None or not re.match(r"\s*(?:Faure|He)\b", sentence.text):
            continue
        note = ("la source : " if _french(analysis) else "the source says: ") + known.store.quote(sentence.id)
        return _answer(known.store, analysis, _no(analysis), False, [sentence.id], note=note)
    return None


def _sentences_holding_with_before(
    known: Knowledge, analysis: Analysis, groups: tuple[tuple[str, ...], ...]
) -> Iterator[Unit]:
    """The best-ranked sentences that hold every one of `groups`, alone or with the sentence
    just before them when they go on about its subject ("PS decided not to support another
    motion of censure against Francois Bayrou … Votes of PS deputies weren't needed to escape
    the motion of censure": Bayrou is named only in the first); the later one holds most."""
    units = known.built.units
    for match in rank(known, analysis, limit=3):
        unit = match.unit
        if not unit.id.startswith("s") or not match.fits:
            continue
        if _holds_all(groups, unit.text):
            yield unit
            continue
        number = _index(known).units.get(unit.id, -1)
        if number <= 0 or not units[number - 1].id.startswith("s"):
            continue
        own = sum(_holds_all((g,), unit.text) for g in groups)
        if 2 * own > len(groups) and _holds_all(groups, units[number - 1].text + " " + unit.text):
            yield replace(unit, refs=(*units[number - 1].refs, *unit.refs))


def _said_not(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Were the votes of PS deputies needed to escape the censure motion?" where the sentence
    holding every word of the question says they "weren't needed": no, with that sentence. The
    negation must stand right before one of the question's own words (its predicate)."""
    if analysis.negated:
        return None
    groups = _asked_words(analysis, set())
    if len(groups) < 3:
        return None
    for unit in _sentences_holding_with_before(known, analysis, groups):
        for match in re.finditer(r"[^\W\d_]+", unit.text):
            word = stem(fold(match.group()))
            asked = any(word in g or (len(word) >= 5 and any(w[:5] == word[:5] for w in g)) for g in groups)
            if asked and _NEGATION_BEFORE.search(unit.text, 0, match.start()):
                note = ("la source : " if _french(analysis) else "the source says: ") + known.store.quote(unit.id)
                refs = [*(r for r in unit.refs if r != unit.id), unit.id]
                return _answer(known.store, analysis, _no(analysis), False, refs, note=note)
    return None


_BACKED = lazy(r"\b(?:supported|backed|endorsed|voted\s+for|approved|defended)\b")
_ASKS_STANCE_TAKEN = lazy(
    r"^\s*(?:did|has|had)\s+(?:(?:olivier\s+)?faure|he)\s+(deny|oppose|refuse|abstain|reject)\b"
    r"|^\s*(?:(?:olivier\s+)?faure\s+)?(?:a-t-il|s'est-il)\s+(nie|dementi|refuse|rejete|abstenu|oppose)\b"
)
_STANCE_TAKEN = {
    "deny": "denied", "oppose": "opposed", "refuse": "refused", "abstain": "abstained", "reject": "rejected",
    "nie": "denied", "dementi": "denied", "rejete": "rejected", "abstenu": "abstained",
}  # fmt: skip


def _stance_taken(known: Knowledge, analysis: Analysis) -> Answer | None:
    """ "Did he deny presidential ambitions?" where a sentence holding every other word of the
    question says he did ("speculated to harbour ambitions for the presidency …, which he
    denied"): yes, from that sentence. The stance words only: each says what he did of a thing."""
    asked = _ASKS_STANCE_TAKEN.match(fold(analysis.text))
    if asked is None or analysis.negated:
        return None
    verb = asked.group(1) or asked.group(2)
    done = _STANCE_TAKEN[verb]
    groups = _asked_words(analysis, {stem(verb), *_canon(verb)})
    if not groups:
        return None
    for unit in _sentences_holding(known, analysis, groups):
        said = re.search(rf"\b(?:Faure|[Hh]e)\s+(?:\w+\s+){{0,2}}{done}\b", unit.text)
        if said:
            # "He also opposed the Socialist 'frondeur' rebels and supported the adoption of the
            # El Khomri law": what he is asked to have opposed must be what he opposed, not the
            # object of another stance that follows.
            after = unit.text[said.end() :]
            other = _ANY_STANCE.search(after)
            if other and _holds_all(groups, after[other.end() :]) and not _holds_all(groups, after[: other.start()]):
                continue
            shown = "oui" if _french(analysis) else "yes"
            return _answer(known.store, analysis, shown, True, [unit.id])
    return None


_IS_A = lazy(
    r"^\s*(?:(?:was|is)\s+(?:(?:olivier\s+)?faure|he)\s+(?:ever\s+)?(?:an?|the)\s+"
    r"|(?:etait|est)-il\s+(?:une?\s+)?(?=(?:membre|adherent)\b))([a-z][\w-]*)"
)


def _said_of_him(analysis: Analysis, evidence: list[Evidence]) -> bool:
    """Whether what a "was Faure a X" question asks him to be is said of him: by a line of his
    card or his offices, or a sentence where X follows "Faure"/"he" and a verb of being or
    serving ("Faure served as the chief executive"), not one where X is someone else ("born
    … to a Vietnamese nurse", "the new director-general of UNESCO"). Other questions: True."""
    asked = _IS_A.match(fold(analysis.text))
    if asked is None:
        return True
    noun = asked.group(1)
    # "adviser", "advisor": one noun however spelt (its first letters, all but an ending).
    spelt = re.escape(noun[: max(5, len(noun) - 2)]) + r"\w*"
    for item in evidence:
        if item.id.startswith(INFOBOX_PREFIX) or item.id.startswith("office:"):
            if find_word(fold(item.text), noun, end=False) >= 0:
                return True
            if noun in _MEMBER and item.id == f"{INFOBOX_PREFIX}Party":
                return True  # "Is he a member of the Socialist Party?": his card's party is his
            continue
        folded = fold(item.text)
        if re.search(
            rf"\b(?:faure|he)\b[^.;]{{0,60}}?\b(?:is|was|served as|worked as|became|become|as|named|appointed)\s+"
            rf"(?:(?:an?|the|his|its|one of the)\s+)?(?:[\w-]+\s+){{0,3}}{spelt}",
            folded,
        ):
            return True
    return False


_MEMBER = frozenset({"member", "membre", "adherent"})


_INVERTED = lazy(r"^\s*(is|was|has|had)\s+((?:olivier\s+)?faure|he)\b\s*(.*?)[\s?]*$", re.IGNORECASE)
# "Was Amandine Rubinelli from EELV?": another named subject (its capitals, not a possessive),
# put as the claim "Amandine Rubinelli was from EELV" verify reads whose party it gives her.
_INVERTED_NAMED = lazy(
    r"^\s*(is|was|has|had)\s+((?-i:[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){0,3}))\s+(?![\'’])(.*?)[\s?]*$", re.IGNORECASE
)
# « A-t-il partagé … », « Avait-il rejoint … »: the compound past, by a participle after it.
_PERFECT_FR_BARE = lazy(
    r"^\s*(a|avait)-t?-?il\s+((?:[\w'’-]+\s+)?[\w'’-]*(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ait|int|ert)\b.*?)[\s?]*$",
    re.IGNORECASE,
)
_INVERTED_FR_BARE = lazy(r"^\s*(etait|était|est)-il\b\s*(.*?)[\s?]*$", re.IGNORECASE)
# (Any subject: « Hélène Geoffroy a-t-elle gagné … ? » asks whether she did, not whether he did.)
_INVERTED_FR = lazy(
    r"^\s*((?:olivier\s+)?faure|il|[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}|(?:le|la|les)\s+[\w'’-]+)"
    r"\s+(est|etait|était|a|avait|ont|sont)-(?:t-)?(?:il|elle|ils|elles)\b\s*(.*?)[\s?]*$",
    re.IGNORECASE,
)


# A post a question may suppose he held ("When did Faure become Prime Minister?").
_SUPPOSED_POST = lazy(
    r"\b(?:become|became|becoming|devenu|devenir|named|appointed|nomme|elected|elu"
    # "Which president named Faure minister?", "made him a minister": the post given him.
    r"|(?:named|appointed|made|nomme)\s+(?P<him>(?:olivier\s+)?faure|him)"
    # "start his term as Prime Minister", « pris ses fonctions de ministre »: a term of his in it.
    r"|(?:his|her|son|sa|ses)\s+(?:term|mandate|mandat|duties|fonctions?)\s+(?:as|de|d'|comme|en\s+tant\s+que)"
    r"|(?:take|takes|taken|took|taking|assume|assumed|assuming)\s+office\s+as)\s+"
    r"(?:the\s+|a\s+|an\s+|le\s+|la\s+|l')?"
    r"(prime\s+minister|premier\s+ministre|president\s+of\s+(?:the\s+)?(?:french\s+)?republic|"
    r"president\s+de\s+la\s+republique|minister|ministre|mayor|maire|senator|senateur)\b"
)


# "Which ministry did he head?", "Quel ministère a-t-il dirigé ?": a ministry of his own.
_SUPPOSED_LED = lazy(
    r"^\s*(?:in\s+)?(?:which|what|quel|quelle)\s+(ministry|ministere|city|ville|town|commune)\s+"
    # ("Quel ministère Faure a-t-il dirigé ?": the name before the French auxiliary.)
    r"(?:(?:olivier\s+)?faure\s+(?=a-t-il|avait-il))?"
    r"(?:did|does|has|had|a-t-il|avait-il)?\s*(?:he|(?:olivier\s+)?faure)?\s*"
    r"(?:lead|led|head|headed|run|ran|dirige\w*|a\s+dirige|administr\w*)\b"
)


def _post_never_his(store: Store, analysis: Analysis) -> str | None:
    """Why a question about his becoming a post none of his offices is (Prime Minister,
    minister, mayor …) is declined: it supposes what the source never says ("When did Faure
    become Prime Minister?" answered the date of another sentence)."""
    if analysis.people:
        return None  # about someone else
    folded = fold(analysis.text)
    if re.match(r"\s*(?:who|qui)\b", folded) and not set(split_words(analysis.text)) & _HIM:
        return None  # "Who became Minister of the Interior?": someone else, whoever it was
    supposed = _SUPPOSED_POST.search(folded) or _SUPPOSED_LED.search(folded)
    if supposed is None:
        return None
    given = "him" in supposed.re.groupindex and supposed.group("him") is not None
    # (The question word itself is no setting: "When did he become …".)
    before = re.sub(r"^\s*(?:when|quand)\b", "", folded[: supposed.start()])
    his_own = bool(
        re.search(
            r"\b(?:he|(?:olivier\s+)?faure|il|qu'il)\s+(?:had\s+|has\s+|was\s+|est\s+|a\s+ete\s+|etait\s+)?$",
            folded[: supposed.start()],
        )
    )
    # (Asked who, "he" may be the one asked: "With whom did Faure break off relations after he
    # became Minister of the Interior?".)
    his_own = his_own and analysis.intent is not Intent.PERSON
    his_own = his_own or given
    if re.search(r"\b(?:after|when|before|since|once|apres|quand|lorsqu|depuis)\b", before) and not his_own:
        # "… after Castaner became Minister of the Interior": a setting, maybe another's ("after
        # he became Prime Minister" supposes it of him all the same).
        return None
    if not given and (
        re.search(r"\w\s*,\s*$", before) or re.search(r"\b(?:which|what|quel\w*)\s+(?:[\w'-]+\s+){1,3}$", before)
    ):
        # "Avec quel ancien proche(,) devenu ministre de l'Intérieur …": said of the one asked.
        return None
    # (The post is the pattern's last group: after "him" in _SUPPOSED_POST.)
    named_post = supposed.group(supposed.re.groups)
    post = named_post.split()[-1][:6]
    for office in store.offices:
        head = re.split(r"\s+(?:of|to|for|de|du|auprès)\s+|,", fold(office.title), maxsplit=1)[0]
        if post in head or post[:5] in fold(" ".join(n.text for n in office.names)).split(" of ")[0]:
            return None
    if supposed.re.pattern == _SUPPOSED_LED.pattern:
        return f"the source never says he led a {named_post}"
    return f"the source never gives him the post of {named_post}"


# "Is he (still) first secretary?", "Est-il toujours député ?": a post, asked of now.
_ASKS_POST_NOW = lazy(
    r"^\s*(?:is\s+(?:(?:olivier\s+)?faure|he)|(?:(?:olivier\s+)?faure\s+)?est-il)\s+"
    r"(?:(?:still|currently|now|toujours|encore|actuellement)\s+)?(?:the\s+|an?\s+|le\s+|la\s+|l')?(.+?)[\s?]*$"
)
_NOW_WORDS = frozenset(stem(w) for w in "still currently now toujours encore actuellement today".split())
_TITLE_LEAD = lazy(r"^(.*?)(?:\s+(?:of|to|for|with|in)\s+|,|$)")


def _holds_post_now(store: Store, analysis: Analysis) -> Answer | None:
    """ "Is he still first secretary?", "Est-il député ?": whether the one post the question
    names (every word of it in the post's title or names, the title's head among them, or the
    phrase a word stands for: "député", a member of the National Assembly) is held at the
    source's date: yes, as of it; no, with the end the source gives. None when no post or
    several are named, and for a post whose end the source does not give (not "still held")."""
    asked = _ASKS_POST_NOW.match(fold(analysis.text).replace("’", "'"))
    if asked is None:
        return None
    him = {stem(w) for w in ("faure", "olivier")}
    groups = [g for g in concepts(asked.group(1)) if not set(g) & (_NOW_WORDS | him)]
    groups = [next((c for c in analysis.concepts if c[0] == g[0]), g) for g in groups]
    if not groups:
        return None

    def named(group: tuple[str, ...], words: set[str]) -> bool:
        return group[0] in words or (len(group) > 1 and set(group[-2:]) <= words)

    found = []
    for office in store.offices:
        heads = _post_heads(office)
        leads = {
            w for name in (office.title, *(n.text for n in office.names))
            for w in content_words(_TITLE_LEAD.match(fold(name)).group(1))  # type: ignore[union-attr]
        }  # fmt: skip
        if all(named(g, heads) or set(g) & heads for g in groups) and any(
            named(g, leads) or (len(g) > 2 and set(g[-2:]) <= heads) for g in groups
        ):
            found.append(office)
    if len(found) != 1:
        return None
    office = found[0]
    french = _french(analysis) or "est-il" in asked.group()
    refs = [r for r in office.sources if r.startswith(INFOBOX_PREFIX)] or list(office.sources)
    as_of = store.source.as_of.human()
    if office.current:
        note = f"à la date de la source ({as_of})" if french else f"as of the source's date ({as_of})"
        return _held_as_of(store, analysis, office.title, note, refs)
    if office.end is None:
        return None  # a term the text gives no end: not "still held", nor ended
    note = f"{office.title}: " + (f"jusqu'en {office.end.human()}" if french else f"until {office.end.human()}")
    return _answer(store, analysis, _no(analysis), False, refs, note=note)


# "Is he no longer …?", « n'est-il plus … ? », « ne préside-t-il plus … ? » (folded): whether
# something has ended, which a claim without the words reads as its opposite.
_NO_LONGER = lazy(r"\bno\s+longer\b|\bn(?:e\s+|')\s*[a-z]+(?:-t)?(?:-(?:il|elle|ils|elles|on))?\s+plus\b(?!\s+que\b)")
_NO_LONGER_WORDS = lazy(r"\bno\s+longer\b|\bplus\b|\bn'|\bne\b")
# "on its own", "by itself", "alone", « à lui seul », « tout seul » (folded): that no one else
# took part, which a sentence telling the deed alone does not say.
_ALONE = lazy(
    r"\bon\s+(?:its|his|her|their)\s+own\b|\bby\s+(?:itself|himself|herself|themselves)\b|\balone\b"
    r"|\bsingle-?handedly\b|\ba\s+(?:lui|elle|eux|elles)\s+seule?s?\b|\btout(?:e|es)?\s+seule?s?\b"
)


def _no_longer(store: Store, analysis: Analysis, found: re.Match[str]) -> Answer:
    """ "Is he no longer a deputy?", « Faure n'est-il plus premier secrétaire ? »: a post he
    holds at the source's date: no, as of it (the source says nothing after it); anything else
    is declined (an end the question reads into the source is not a yes)."""
    folded = fold(analysis.text).replace("’", "'")
    plain = folded[: found.start()] + _NO_LONGER_WORDS.sub("", found.group()) + folded[found.end() :]
    plain = re.sub(r"\s+", " ", plain)
    holds = _holds_post_now(store, replace(analysis, text=plain))
    if holds is not None and holds.value is True:
        as_of = store.source.as_of.human()
        french = _french(analysis)
        said = f"non (à la date de la source : {as_of})" if french else f"no (as of {as_of})"
        return _answer(store, analysis, said, False, list(holds.sources), note=holds.note)
    note = "la source ne dit pas que cela a pris fin" if _french(analysis) else "the source does not say it ended"
    return _declined(store, analysis, [], note)


def _as_claim(question: str) -> str:
    """A yes/no question put as the claim it asks about ("Was Faure Hollande's cabinet
    director?" → "Faure was Hollande's cabinet director"), so that verify reads whose title it
    gives him as it would in a claim."""
    stated = _STATED_THEN_ASKED.match(question)
    if stated:
        # "Faure weighed X. Did he?", « … L'a-t-il fait ? »: whether the deed told before was done,
        # the claim's own tail ("…, and he did"), which verify checks against the source's outcome.
        if stated["fr"]:
            return f"{stated['stmt']}, et {stated['fr'].lower()} l'a fait."
        return f"{stated['stmt']}, and {stated['who'].lower()} did."
    reflexive = _REFLEXIVE_FR.match(question)
    if reflexive:
        # « Faure s'est-il retiré de la course » → « Faure s'est retiré de la course ».
        who, verb, rest = reflexive.groups()
        return f"{who} s'{verb.lower()} {rest}"
    english = _INVERTED.match(question) or _INVERTED_NAMED.match(question)
    if english:
        verb, who, rest = english.groups()
        return f"{who} {verb.lower()} {rest}"
    french = _INVERTED_FR.match(question)
    if french:
        who, verb, rest = french.groups()
        return f"{who} {verb.lower()} {rest}"
    perfect = _PERFECT_FR_BARE.match(question)
    if perfect:
        # « A-t-il partagé un appartement avec Benoît Hamon ? » → « il a partagé … »: a deed in
        # the past (its participle), which verify read as said of Feb 2025 from « a-t-il ».
        verb, rest = perfect.groups()
        return f"il {verb.lower()} {rest}"
    bare = _INVERTED_FR_BARE.match(question)
    if bare:
        # "Était-il directeur de cabinet de François Hollande ?" → "il était directeur …": the
        # claim verify reads a title in, not the question (whose "Était-il" it reads as a word).
        # (In the past only: verify reads "il est …" as said of Feb 2025, and declines it.)
        verb, rest = bare.groups()
        return f"il {verb.lower()} {rest}"
    did = _DID.match(question) or _DID_TITLED.match(question)
    if did:
        # "Did the National Office reject his position?" → "the National Office rejected his
        # position": verify reads who did what from verbs in the past, as claims put them.
        who, verb, rest = did.groups()
        if verb in ("not", "never"):
            # "Why did the PS not support …": the negation stays with its verb ("did not support").
            return f"{who} did {verb} {rest}"
        if verb in ("more", "less") and rest.startswith("than ") and len(rest.split()) > 1:
            # "Did the PS more than double its seats?": the degree before its verb, in the past.
            following, _, after = rest[5:].partition(" ")
            return f"{who} {verb} than {_past(following)} {after}".rstrip()
        if (verb.endswith("ly") or verb in ("ever", "once", "also", "first", "almost")) and rest.strip():
            # "When did he finally win a seat?": the adverb before its verb, the verb in the past.
            following, _, after = rest.partition(" ")
            return f"{who} {verb} {_past(following)} {after}".rstrip()
        return f"{who} {_past(verb)} {rest}"
    return question


# A statement, then an elliptical question of whether its deed was done: "X considered doing Y.
# Did he?", "…; did he actually do it?", « … L'a-t-il fait ? ». Groups `stmt`, `who` / `fr`.
_STATED_THEN_ASKED = lazy(
    r"(?i)^\s*(?P<stmt>[^?]+?[^.?;,\s])\s*[.;,]\s*(?:(?:but|and|so|mais|et)\s+)?"
    r"(?:(?:did|does)\s+(?P<who>he|she|it|they)\b(?:\s+(?:actually|really|ultimately|finally|in\s+the\s+end|then|ever))?"
    r"(?:\s+(?:do|go\s+through\s+with)\s+(?:it|so|that|this))?"
    r"|l['’]\s*(?:a|avait)-t-(?P<fr>il|elle)\s+(?:vraiment\s+|finalement\s+|r[ée]ellement\s+)?fait)\s*\?\s*$"
)
_REFLEXIVE_FR = lazy(r"^\s*((?:olivier\s+)?faure|il)\s+s['’]\s*(est|etait|était)-il\b\s*(.*?)[\s?]*$", re.IGNORECASE)


# "Did <subject> <verb> …": a subject is he/she/they or a name (capitalised words, "the" before).
_DID = lazy(
    r"^\s*(?i:did)\s+((?i:he|she|they)|(?:the\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*"
    r"(?:\s+and\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*)?)"
    r"\s+([a-z]+)\b\s*(.*?)[\s?]*$"
)
_PAST = {
    "win": "won", "lose": "lost", "beat": "beat", "run": "ran", "leave": "left", "quit": "quit",
    "choose": "chose", "withdraw": "withdrew", "take": "took", "make": "made", "meet": "met",
    "lead": "led", "become": "became", "sell": "sold", "say": "said", "get": "got", "give": "gave",
    "hold": "held", "write": "wrote", "go": "went", "do": "did", "have": "had", "tell": "told",
    "find": "found", "put": "put", "set": "set", "stand": "stood", "keep": "kept", "know": "knew",
    "grow": "grew", "spend": "spent", "bring": "brought", "begin": "began", "speak": "spoke",
}  # fmt: skip


# "Did the first secretary withdraw …": a subject set by "the" and a title in lower case, before
# a verb known as one (the irregular ones, or a common regular one), so that the title is read
# as whoever the claim says did it.
_DID_TITLED = lazy(
    r"^\s*(?i:did)\s+(the\s+[a-z]+(?:\s+[a-z]+){0,3}?)\s+("
    + "|".join(_PAST)
    + r"|resign|support|endorse|vote|oppose|join|announce|refuse|propose|accept|reject|sign|abstain|defeat)"
    r"\b\s*(.*?)[\s?]*$"
)


def _past(verb: str) -> str:
    """The simple past of an English verb: the irregular ones by name, the others by rule."""
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if len(verb) <= 4 and re.search(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$", verb):
        # stop → stopped, ban → banned; not "visit", "open" (the stress falls elsewhere).
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _yes_no(store: Store, analysis: Analysis) -> Answer:
    from faurecli.verdicts import Verdict, verify

    known = knowledge(store)
    folded = fold(analysis.text).replace("’", "'")
    no_longer = _NO_LONGER.search(folded)
    if no_longer is not None:
        return _no_longer(store, analysis, no_longer)
    holds = _holds_post_now(store, analysis)
    if holds is not None:
        return holds
    opposite = (
        _opposite(known, analysis)
        or _stance_taken(known, analysis)
        or _body_stance(known, analysis)
        or _said_not(known, analysis)
        or _ties_broken(known, analysis)
    )
    if opposite is not None:
        return opposite
    result = verify(store, _as_claim(analysis.text))
    refs = [e.id for e in result.evidence]
    # (What the source only reports or supposes, verify does not support: "Is Faure divorced?" is
    # declined below with its reason, "the source reports it only as 'claimed'".)
    if result.verdict is Verdict.REFUTED and _another_years_election(analysis, result.correction):
        # "Was he re-elected in 2022?" against his re-election as first secretary in 2021: he
        # stood in many elections; another's year says nothing of that one.
        return _declined(
            store, analysis, [], f"the source does not say; of another election it gives {result.correction}"
        )
    if result.verdict is Verdict.REFUTED:
        ordered = _congress_order(store, analysis, result.correction)
        if ordered is not None:
            return ordered
    if result.verdict is Verdict.REFUTED:
        # A "no" from evidence that holds nothing of what is asked ("did he run for president in
        # 2022" against the New Left group's term start) is a guess.
        groups = _asked_words(analysis, set(), asking=False)
        texts = " ".join(e.text for e in result.evidence)
        if groups and not _holds_all(groups, texts) and _stance_against(analysis, [texts]) is None:
            return _declined(store, analysis, [], "the source does not say")
    if result.verdict is Verdict.SUPPORTED and _ASKED_STANCE.search(fold(analysis.text)):
        # "Did he vote for the 2023 pension reform?": evidence that names no vote, support or
        # stance at all does not answer what he did.
        if not any(_ANY_STANCE.search(e.text) for e in result.evidence):
            return _declined(store, analysis, [], "the source does not say what he did")
        # "Le PS a-t-il voté la censure contre Bayrou ?" from "PS decided not to support another
        # motion of censure": evidence whose every stance is denied says no such yes.
        if not analysis.negated and all(
            not _ANY_STANCE.search(_DENIED_STANCE.sub(" ", e.text)) for e in result.evidence
        ):
            said = "; ".join(store.quote(e.id) for e in result.evidence if e.id.startswith("s"))
            return _declined(store, analysis, [], f"the source says: {said}")
    if result.verdict is Verdict.SUPPORTED:
        # "Was he ever a minister?" and "special adviser to Prime Minister Jean-Marc Ayrault":
        # the title is Ayrault's.
        stripped = " ".join(_OTHERS_TITLE.sub(" ", e.text) for e in result.evidence)
        for word in split_words(analysis.text):
            title = _TITLES.get(word)
            if title and not re.search(rf"\b{title}\b", stripped, re.IGNORECASE):
                return _declined(store, analysis, [], "the source does not say")
    if result.verdict is Verdict.SUPPORTED and not analysis.negated and _denied_near(analysis, result.evidence):
        # "Did Les Jours write that Faure was hostile to the majority?" from "… Olivier Faure is
        # not part of the deputies most hostile …": a word asked, denied a few words before it.
        said = "; ".join(store.quote(e.id) for e in result.evidence if e.id.startswith("s"))
        return _declined(store, analysis, [], f"the source says: {said}")
    if result.verdict in (Verdict.SUPPORTED, Verdict.REFUTED) and not _ASKS_WORDS_SAID.search(fold(analysis.text)):
        # "Is the NFP reduced by one party?" (Mélenchon's words), "Is Faure one of the deputies
        # most hostile …?" (what Les Jours wrote): what the source gives only inside someone's
        # quoted words is theirs to say, not a fact to answer yes or no.
        quoted = _only_quoted(store, _asked_words(analysis, set(), asking=False), list(result.evidence))
        if quoted is not None:
            return _declined(store, analysis, [], f"the source gives it only as someone's words: {store.quote(quoted)}")
    alone = _ALONE.search(folded) if result.verdict is Verdict.SUPPORTED else None
    if alone is not None and not any(_ALONE.search(fold(e.text)) for e in result.evidence):
        # "Did National Rally oust Barnier on its own?" from "the NFP, together with far-right
        # National Rally": the deed is told, that no one shared it is not.
        return _declined(store, analysis, [], f"the source does not say '{alone.group()}'")
    if result.verdict is Verdict.SUPPORTED and not _said_of_him(analysis, list(result.evidence)):
        # "Was Faure a nurse?": "born … to a Vietnamese nurse" says it of his mother.
        return _declined(store, analysis, [], "the source does not say it of him")
    if result.verdict is Verdict.SUPPORTED:
        against = _stance_against(analysis, [e.text for e in result.evidence])
        if against is not None:
            # "Did he vote confidence in the government?" where he abstained: no, and what he did.
            return _answer(store, analysis, against, False, refs, conflicts=result.conflicts)
        return _answer(store, analysis, _yes(analysis), True, refs, conflicts=result.conflicts, note=result.note)
    if result.verdict is Verdict.REFUTED:
        # What he did instead, where the evidence says ("no: he abstained"), else a plain no.
        said = _stance_against(analysis, [e.text for e in result.evidence]) or _no(analysis)
        return _answer(store, analysis, said, False, refs, conflicts=result.conflicts, note=result.correction)
    qualified = _qualified_title(known, analysis, [e.id for e in result.evidence])
    if qualified is not None:
        # "Was he Hollande's cabinet director from 2000 to 2007?": no, his assistant cabinet
        # director; the title asked, with a qualifier the question lacks, is another post.
        ref, title = qualified
        said = ("non : " if _french(analysis) else "no: ") + title
        return _answer(store, analysis, said, False, [ref])
    # What the claim's check found missing says why best ("the source reports it only as 'claimed'").
    why = next((p.found for p in result.parts if p.agrees is None and (p.found or "").startswith("the source ")), None)
    return _declined(store, analysis, [], why or result.note or "the source does not say")


_ELECTION_VERBS = frozenset(
    stem(w)
    for w in "elected elect reelected reelect re-elected won win lost lose beat beaten defeated ran run elu reelu "
    "gagne perdu battu".split()
)


def _another_years_election(analysis: Analysis, correction: str | None) -> bool:
    """Whether a "no" rests only on the year of another election than the one asked of, which
    the question names by its verb alone ("Was he re-elected in 2022?", "Did he lose in 2012?")."""
    if not correction or not re.fullmatch(r"[\w ]*\d{4}, not [\w ]*\d{4}", correction):
        return False
    groups = _asked_words(analysis, set(), asking=False)
    groups = tuple(g for g in groups if g != ("re",))  # "re-elected" split
    # (A round is of every election: "Was he elected in the second round in 2017?" against the
    # 2012 runoff says nothing of 2017's rounds.)
    if any(set(g) & _ELECTION_ROUND_WORDS for g in groups):
        return all(set(g) & (_ELECTION_VERBS | _ELECTION_ROUND_WORDS | _ROUND_ORDINALS) for g in groups)
    return bool(groups) and all(set(g) & _ELECTION_VERBS for g in groups)


# The words of a round of an election ("first round", « second tour », "runoff").
_ELECTION_ROUND_WORDS = frozenset("round runoff tour".split())
# Which round, and meeting it ("face a second round").
_ROUND_ORDINALS = frozenset("first second premier prim face".split())


_QUALIFIED = lazy(
    r"\b((?:(?:first|second|third|fourth)\s+)?(?:assistant|deputy|vice|adjoint|adjointe|acting|interim))[\s-]+"
    r"([a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)


def _qualified_title(known: Knowledge, analysis: Analysis, refs: list[str]) -> tuple[str, str] | None:
    """The post a sentence gives him whose title is the one a yes/no asks, with a qualifier
    the question does not give ("assistant cabinet director" for "cabinet director"), in a
    sentence of the dates the question gives (it must give some): (sentence id, that title)."""
    if not _IS_A_POST.match(fold(analysis.text)):
        return None
    asked = fold(analysis.text)
    dates = [v for v in analysis.values if v.kind is ValueKind.DATE]
    index = _index(known).units
    for ref in refs:
        number = index.get(ref)
        if number is None or not ref.startswith("s"):
            continue
        unit = known.built.units[number]
        fits, dated = date_fit(unit, dates)
        if not dates or not fits or not dated:
            continue  # (without a date, another time he may have held the title itself)
        for found in _QUALIFIED.finditer(unit.text):
            qualifier, title = fold(found.group(1)), fold(found.group(2))
            words = title.split()
            while words and words[-1] in STOPWORDS:
                words.pop()  # "vice-president of …": the title is "president"
            # The whole title, as the question gives it ("cabinet director").
            if (
                words
                and re.search(rf"\b{' '.join(words)}\b", asked)
                and qualifier.split()[-1] not in asked
                and not re.search(rf"\b{qualifier.split()[-1]}[\s-]+{words[0]}", asked)
            ):
                return ref, unit.text[found.start() : found.start() + len(qualifier) + 1 + len(" ".join(words))]
    return None


# "Was Faure François Hollande's cabinet director …", "était-il directeur de cabinet …"
_IS_A_POST = lazy(
    r"^\s*(?:was|is|has\s+(?:he|faure)\s+been)\s+(?:(?:olivier\s+)?faure|he)\b|^\s*(?:(?:olivier\s+)?faure\s+)?(?:etait|a-t-il\s+ete|est)-?(?:il)?\b"
)


# Someone else's age: the source gives no birth date but his ("How old was Michel Rocard in
# 1991?", « Quel âge avait Hollande en 2000 ? »); the one asked about is what stands between the
# question's opening and its time ("in", "when", « en », « quand »).
_AGE_OF = lazy(
    r"^\s*(?:how\s+old\s+(?:is|was|were|will\s+be|would\s+be)|quel\s+age\s+(?:a\s+eu|avait|aurait|aura|a)"
    r"|what\s+(?:is|was)\s+the\s+age\s+of|quel\s+(?:est|etait)\s+l['’]\s*age\s+d(?:e|['’]))\s+(.+?)"
    r"(?:\s+(?:in|en|when|quand|lorsqu\w*|at|au|a|during|pendant|lors|on|le|after|apres|before|avant|then|alors)\b.*)?"
    r"[\s?.!]*$"
)
_AGE_OWNED = lazy(r"^\s*(?:what\s+(?:is|was)|quel\s+(?:est|etait))\s+(.+?)(?:'s|’s)\s+age\b")


def _others_named(store: Store, folded: str) -> list[str]:
    """The people other than him that folded `folded` names, by full name or surname."""
    named = []
    for key, name in knowledge(store).built.people.items():
        # (The surname with its particle too: "Le Foll".)
        surnames = {key.split()[-1], " ".join(key.split()[1:])}
        if name != store.person.name and (
            find_word(folded, key) >= 0 or any(len(n) > 4 and find_word(folded, n) >= 0 for n in surnames)
        ):
            named.append(name)
    return named


def _age_of_another(store: Store, question: str) -> str | None:
    """The name of someone other than him whose age is asked, or None."""
    folded = fold(question)
    if "age" not in folded and "old" not in folded:
        return None
    found = _AGE_OF.match(folded) or _AGE_OWNED.match(folded)
    if found is None:
        return None
    asked = set(split_words(found.group(1))) - {"mr", "mrs", "ms", "m", "mme"}
    if not asked:
        return None
    for key, name in knowledge(store).built.people.items():
        if name != store.person.name and asked <= set(split_words(key)):
            return name
    return None


# Who will hold a post, what will happen: the source tells the past up to its date, never what
# comes after ("Who will succeed Faure …", « Qui remplacera Faure … »).
_FUTURE_ASKED = lazy(
    r"^\s*(?:who|whom|what|which|when|where)\b(?:\s+[\w'’-]+){0,2}?\s+(?:will|shall|(?:is|are)\s+going\s+to)\s"
    r"|^\s*(?:qui|quel\w*|quand)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:va|vont|sera|seront|aura|auront|fera|feront|[\w-]{2,}(?:er|ir|dr|rr)(?:a|ont))(?:-t-(?:il|elle))?\b"
)


# His age now, asked yes or no (« A-t-il 56 ans ? », "Is Faure 57 years old?", "Has he turned
# 56?"): the source gives his birth date and stops at its own date, so the answer is his age at
# that date, as "how old is he" gives it; never a figure read elsewhere ("at the age of 16").
# (A time or an event after the figure is not his age now: « avait-il 16 ans quand … ».)
_AGE_NOW_ASKED = lazy(
    r"^\s*(?:(?:olivier\s+)?faure\s+|est-ce\s+qu['’]\s*il\s+|il\s+)?"
    r"(?:a(?:-t-|\s+t\s+|-t['’])il|a|est(?:-il|\s+il)?\s+age\s+de|est(?:-il|\s+il)\s+age\s+de)\s+"
    r"(?:deja\s+|bien\s+|vraiment\s+|aujourd['’]hui\s+)?(?P<fr>\d{1,3})\s+ans\s*(?:aujourd['’]hui\s*)?\??\s*$"
    r"|^\s*(?:is|has)\s+(?:he|faure|olivier\s+faure)\s+(?:already\s+|really\s+|now\s+)?(?:aged\s+|turned\s+)?"
    r"(?P<en>\d{1,3})(?:\s+years?(?:\s+old|\s+of\s+age)?)?(?:\s+(?:now|today|yet))?\s*\??\s*$"
)


# A post someone holds "now": the source names others in a post only at a past date, and ends
# in February 2025 ("Who is the current Prime Minister?", « Qui est le maire de Lille ? »).
_NOW_ASKED = lazy(
    r"\b(?:current|currently|now|today|nowadays|presently|at\s+present|actuel\w*|aujourd['’]\s*hui"
    r"|en\s+ce\s+moment|a\s+l['’]\s*heure\s+actuelle)\b"
)
_WHO_IS_THE = lazy(r"^\s*(?:who\s+is|who's|qui\s+est)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)(.+?)[\s?.!]*$")
_OFFICE_WORDS = frozenset(
    "minister ministre prime premier president presidente mayor maire director directrice directeur "
    "secretary secretaire spokesperson spokespeople spokesman spokeswoman porte-parole leader head chef "
    "chair chairman chairwoman director-general directeur-general directrice-generale".split()
)
_DATED_ASKED = lazy(r"\b(?:1[89]|20)\d\d\b")


def _holder_now(store: Store, question: str, answer: Answer) -> bool:
    """Whether `answer` names someone else as holding a post now, which the source cannot say."""
    if answer.type is not Intent.PERSON or not answer.answer or "faure" in fold(answer.answer):
        return False
    folded = fold(question)
    if _DATED_ASKED.search(folded) or not folded.lstrip().startswith(("who", "qui", "which", "quel")):
        return False
    if _NOW_ASKED.search(folded):
        return True
    post = _WHO_IS_THE.match(folded)
    if post is None or re.search(r"\b(?:faure|olivier|his|him|he|il|lui|son|sa|ses)\b", post.group(1)):
        return False
    if _STRANDED.search(post.group(1)):
        # "Who is the Socialist leader married to?": the post names the one asked about.
        return False
    return bool(set(split_words(post.group(1))) & _OFFICE_WORDS or "porte-parole" in post.group(1))


# "When did Manuel Valls become Prime Minister?": the source names others in a post at a date
# ("a blow to Prime Minister Manuel Valls", July 2016), which is no date of their taking it; only
# a sentence where they take it (became, replaced, was appointed …) says when.
_WHEN_TOOK = lazy(
    r"^\s*(?:when|in\s+what\s+year|what\s+year|in\s+which\s+year|quand|en\s+quelle\s+annee)\s+"
    r"(?:(?:did|was|has|had|were)\s+)?(.+?)\s+"
    r"(?:become|became|get|got|take|took|appointed|named|elected|start\w*|begin|began"
    r"|est-(?:il|elle)\s+devenue?|(?:a|a-t-(?:il|elle))\s+(?:ete\s+)?(?:nommee?|elue?|pris|devenue?)|devient|prend)\b"
)
_TAKES_POST = (
    r"(?:[\w'’-]+\s+){{0,2}}?(?:became|becomes|becoming|replaced|succeeded|took|won|was\s+(?:re-?)?(?:appointed|named|elected|chosen)"
    r"|being\s+(?:\w+\s+)?(?:appointed|named|elected|chosen)|est\s+devenue?|devient|a\s+ete\s+(?:nommee?|elue?)|remplace)\b"
)


def _taking_undated(store: Store, question: str, answer: Answer) -> str | None:
    """The name of someone else whose taking of a post is asked when no sentence of the answer's
    tells them taking one, or None."""
    if answer.type is not Intent.DATE or not answer.answer:
        return None
    took = _WHEN_TOOK.match(fold(question))
    if took is None:
        return None
    if re.search(r"\b(?:faure|he|il)\b", took.group(1)):
        return None
    named = _others_named(store, took.group(1))
    if not named:
        return None
    texts = [fold(s.text) for r in answer.sources for s in [store.sentence(r)] if s is not None]
    keys = {fold(named[0]), fold(named[0]).split()[-1]}
    if any(re.search(rf"\b{re.escape(key)}\s+" + _TAKES_POST.format(), text) for key in keys for text in texts):
        return None
    return named[0]


# "Who got more votes, Faure or Bachelay?", "Between Faure and Le Foll, who …": one of the two
# is the answer, never a third person the sentence names.
_EITHER = lazy(
    r",\s*((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:or|ou)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s*[?.!]*$"
    r"|^\s*(?:between|entre)\s+(.+?)\s+(?:and|et)\s+(.+?)\s*,"
    r"|^\s*(?:which|lequel|laquelle)\s+(?:of|de|d['’])\s*(.+?)\s+(?:and|et|or|ou)\s+(.+?)\s+(?:was|is|did|had|has|a|est|etait|avait)\b"
)


def _outside_either(question: str, answer: Answer) -> bool:
    """Whether `answer` names neither of the two the question offers."""
    if answer.type is not Intent.PERSON or not answer.answer:
        return False
    found = _EITHER.search(fold(question))
    if found is None:
        return False
    offered = [g for g in found.groups() if g]
    said = set(split_words(fold(answer.answer))) - STOPWORDS
    return not any(said & (set(split_words(one)) - STOPWORDS) for one in offered)


# "Who was the Socialist candidate in 2012?" from "The Socialist candidate went on to win …, and
# Faure was appointed special adviser to Prime Minister Jean-Marc Ayrault": the sentence names
# the one asked about by that description only (someone of a sentence before); the name it gives
# is another's. Nor is "Royal's campaign to become the PS candidate" her being it: an aim.
_WHO_WAS_THE = lazy(
    r"^\s*(?:who\s+(?:was|is|were)|qui\s+(?:etait|est|fut|a\s+ete))\s+(?:the|le|la|l['’])\s*(.+?)[\s?.!]*$"
)
_ROLE_END = lazy(r"\s+(?:in|at|of|for|during|on|en|au|a|de|du|des|lors|pour|dans)\b.*$")


def _role_unnamed(store: Store, question: str, answer: Answer) -> bool:
    """Whether the sentence of `answer` gives the role asked only as a description opening it,
    or as an aim ("to become the candidate"), never as the named one's."""
    if answer.type is not Intent.PERSON or not answer.answer:
        return False
    asked = _WHO_WAS_THE.match(fold(question))
    if asked is None:
        return False
    role = [w for w in split_words(_ROLE_END.sub("", asked.group(1))) if w not in STOPWORDS]
    if not role:
        return False
    head = re.escape(role[-1][:6])
    texts = [fold(s.text) for r in answer.sources for s in [store.sentence(r)] if s is not None]
    if not texts or len(texts) != len(answer.sources):
        return False
    opens = re.compile(rf"^(?:the|le|la)\s+(?:[\w'’-]+\s+){{0,3}}?{head}\w*\s+(?!of\b|de\b|[a-z-]+\s*,)")
    aim = re.compile(
        rf"\b(?:to\s+become|bid\s+to\s+be|pour\s+devenir)\s+(?:the\s+|le\s+|la\s+)?(?:[\w'’-]+\s+){{0,3}}?{head}"
    )
    anywhere = re.compile(rf"\b{head}")
    return all(
        opens.match(text) or (aim.search(text) and len(anywhere.findall(text)) == len(aim.findall(text)))
        for text in texts
    )


# "How many votes were cast in the 2017 group election?": the sentence gives each side's figure
# ("28 votes against 3 votes for Delphine Batho"), which is no total (blank ballots, abstentions).
_TOTAL_ASKED = lazy(
    r"\b(?:cast|total|in\s+all|altogether|overall|au\s+total|exprimes?|suffrages)\b"
    r"|^\s*(?:how\s+many|combien\s+de)\s+(?:[\w-]+\s+){0,2}?(?:voted|took\s+part|ont\s+vote)\s+(?!for\b|pour\b)"
)
_TWO_FIGURES = lazy(r"\d[\d.,]*\s*(?:%|votes?|voix)?[^.;]*?\b(?:against|contre)\s+(?:[\w'’]+\s+){0,3}?\d")


def _part_for_total(store: Store, question: str, answer: Answer) -> bool:
    """Whether a figure answers a total asked where the sentence gives each side's figure."""
    if answer.type is not Intent.NUMBER or answer.answer is None or not _TOTAL_ASKED.search(fold(question)):
        return False
    return any(_TWO_FIGURES.search(s.text) for r in answer.sources for s in [store.sentence(r)] if s is not None)


# "Who supported Faure at the Villeurbanne Congress?": a sentence of another year than the congress
# the question names (the 2018 support, told before the 2021 congress) does not say it of that one.
_EVENT_NAMED = lazy(
    r"\b([A-ZÀ-Ý][\w'’-]+)\s+(?:[Cc]ongress|[Pp]rimary)\b|\b[Cc]ongr[eè]s\s+(?:de\s+|d['’]\s*)([A-ZÀ-Ý][\w'’-]+)"
)
_YEAR_SAID = lazy(r"\b(?:19|20)\d\d\b")


def _years_told(store: Store, at: int) -> set[str]:
    """The years of sentence number `at`: its own, else those of the nearest sentence before it
    that gives one (a few back at most: the time the passage is in)."""
    for number in range(at, max(-1, at - 4), -1):
        years = set(_YEAR_SAID.findall(store.sentences[number].text))
        if years:
            return years
    return set()


def _event_elsewhere(store: Store, question: str, answer: Answer) -> str | None:
    """The event the question names by its place when the answer's sentences are of other years
    than every sentence that names it, or None."""
    named = _EVENT_NAMED.search(question)
    if named is None or not answer.sources or not all(r.startswith("s") for r in answer.sources):
        return None
    place = fold(named.group(1) or named.group(2))
    if place in STOPWORDS or place in _EN_WH_WORDS or place in ("the", "this", "that", "ce", "le", "quel"):
        return None
    numbers = {s.id: n for n, s in enumerate(store.sentences)}
    event = {
        y for n, s in enumerate(store.sentences) if find_word(fold(s.text), place) >= 0 for y in _years_told(store, n)
    }
    told = {y for r in answer.sources if r in numbers for y in _years_told(store, numbers[r])}
    if not event or not told or event & told:
        return None
    return named.group(0)


# "Who got more votes in 2016, Faure or Bachelay?": his figure and the other's, as one sentence
# of his race gives them ("137 votes against 120 for Guillaume Bachelay", "63.2% …, against the
# UMP's Cathy Bissonier with 36.78%"), or his loss to the other ("lost to Chantal Brunel").
_MORE_ASKED = lazy(
    r"\b(?:more|most|higher|highest|better|best|larger|bigger|ahead|won|win|wins|winner|beat|plus|mieux|devant"
    r"|gagn\w*|remport\w*)\b"
)
_LESS_ASKED = lazy(r"\b(?:fewer|fewest|less|least|lower|lowest|worse|behind|lost|lose|moins|derriere|perdu)\b")
_VOTE_ASKED = lazy(
    r"\b(?:votes?|voix|score\w*|percent\w*|share|won|win|wins|winner|beat|lost|lose|round|tour|ballot\w*"
    r"|gagn\w*|remport\w*|perdu|suffrages?)\b|%"
)
_POLL_ASKED = lazy(r"\b(?:poll\w*|sondage\w*|survey\w*|popular\w*|populaire)\b")
_WIN_ASKED = lazy(r"\b(?:won|win|wins|winner|beat|lost|lose|gagn\w*|remport\w*|perdu)\b")
_VOTE_FIGURE = r"(\d[\d.,]*)\s*(%|votes?|voix)?(?:\s+of\s+the\s+vote)?"
_HIS_THEN_OTHERS = lazy(
    rf"\b(?:Faure|[Hh]e|[Hh]is)\b[^.;]*?{_VOTE_FIGURE}[^.;\d]*?\bagainst\s+{_VOTE_FIGURE}\s+for\s+((?:[\w'’-]+\s+){{0,2}}[\w'’-]+)"
    rf"|\b(?:Faure|[Hh]e|[Hh]is)\b[^.;]*?{_VOTE_FIGURE}[^.;\d]*?\bagainst\s+(?:the\s+[\w]+(?:'s|’s)\s+)?((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+with\s+{_VOTE_FIGURE}"
)
_LOST_TO_OTHER = lazy(r"\b(?:Faure|[Hh]e)\b[^.;]*?\blost\s+to\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_ROUND_ASKED = lazy(r"\b(first|second|premier|second)\s+(?:round|tour)\b")


def _as_number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


# "Did he do better in 2012 or in 2017?", « meilleur score : 2012 ou 2017 ? »: two years of one
# kind of race offered, his share in each compared.
_TWO_YEARS_OFFERED = lazy(r"\b((?:19|20)\d\d)\s+(?:or|ou)\s+(?:(?:in|en|de|du|the|l['’]\s*)\s*)*((?:19|20)\d\d)\b")
_RACE_KINDS = (
    (r"\blegislati\w*", "legislative election"),
    (r"\b(?:european|europeenne\w*)", "European election"),
    (r"\b(?:congress|congres)\b", "congress"),
)
# His share in a race: one figure, of its deciding round if any.
_ONE_SHARE = lazy(r"^(\d+(?:\.\d+)?)%(?:\s+\((?:second|final)\s+round\))?$")


# "Did Faure get more than 85% of the vote when he won …?", « A-t-il obtenu plus de 70 % des voix
# en 2021 ? »: whether his share there passes a bound (read folded).
_SHARE_BOUND = lazy(
    r"^\s*(?:(?:did|has)\s+(?:olivier\s+)?(?:faure|he)\s+(?:get|win|receive|obtain|take|gain|got|won|received)"
    r"|(?:est-ce\s+qu['’]\s*)?(?:il|(?:olivier\s+)?faure)\s+a|a-t-il|(?:olivier\s+)?faure\s+a-t-il)\s+"
    r"(?:(?:obtenu|eu|recueilli|remporte|fait)\s+)?"
    r"(?P<bound>more\s+than|over|above|at\s+least|less\s+than|under|below|plus\s+de|moins\s+de|au\s+moins)\s+"
    r"(?P<n>\d+(?:[.,]\d+)?)\s*%(?:\s+(?:of\s+the\s+(?:vote|votes|ballots)|des\s+(?:voix|suffrages)))?"
    r"(?P<rest>[^?]*?)[\s?.!]*$"
)


def _share_within(store: Store, text: str, bound: re.Match[str]) -> Answer | None:
    """Yes or no, with his share, to whether his share in the race the question names passes the
    bound it gives; None when that share is not one figure the source gives (read as it stands)."""
    french = bool(re.match(r"(?:plus|moins|au)\b", bound["bound"]))
    rest = text[bound.start("rest") : bound.end("rest")].strip()
    if french:
        share = ask(store, f"Quel pourcentage des voix a-t-il obtenu {rest} ?")
    else:
        share = ask(store, f"What share of the vote did Faure get {rest}?")
    figure = _ONE_SHARE.match(share.answer or "")
    if share.type is not Intent.SHARE or figure is None:
        return None
    x, n = float(figure.group(1)), float(bound["n"].replace(",", "."))
    kind = bound["bound"].split()[0]
    holds = x > n if kind in ("more", "over", "above", "plus") else x >= n if kind in ("at", "au") else x < n
    word = ("oui" if holds else "non") if french else ("yes" if holds else "no")
    said = f"{figure.group(1).replace('.', ',')} %" if french else f"{figure.group(1)}%"
    refs = tuple(share.sources)
    evidence = tuple(quote(store, r) for r in refs)
    return Answer(text, f"{word} ({said})", Intent.YES_NO, holds, evidence, refs, (), None, ())


def _better_of_two_years(store: Store, question: str, years: re.Match[str]) -> Answer | None:
    """Which of two years the question offers gave him the higher (or lower) share in the one
    kind of race it names, from his share in each (one figure each, its sentence the evidence);
    None when it asks no comparison of a vote, names no race, or either share is not found."""
    folded = fold(question)
    more, less = bool(_MORE_ASKED.search(folded) or "meilleur" in folded), bool(_LESS_ASKED.search(folded))
    if more == less or not (_VOTE_ASKED.search(folded) or re.search(r"\b(?:score|meilleur|mieux|result)", folded)):
        return None
    kinds = [name for pattern, name in _RACE_KINDS if re.search(pattern, folded)]
    if len(kinds) != 1 or _POLL_ASKED.search(folded):
        return None
    found: list[tuple[str, float, Answer]] = []
    for year in years.groups():
        share = ask(store, f"What share of the vote did Faure get in the {year} {kinds[0]}?")
        figure = _ONE_SHARE.match(share.answer or "")
        if share.type is not Intent.SHARE or figure is None:
            return None
        found.append((year, float(figure.group(1)), share))
    (first, a, one), (second, b, other) = found
    if a == b or first == second:
        return None
    (won, x, _), (lost, y, _) = sorted(found, key=lambda f: f[1], reverse=more)
    french = in_french(question)
    if french:
        shown = f"{won} ({x:g} % contre {y:g} % en {lost})".replace(".", ",")
    else:
        shown = f"{won} ({x:g}% against {y:g}% in {lost})"
    refs = list(dict.fromkeys([*one.sources, *other.sources]))
    return Answer(question, shown, Intent.DATE, won, tuple(quote(store, r) for r in refs), tuple(refs), (), None, ())


def _more_of_two(store: Store, question: str) -> Answer | None:
    """Which of him and another the question offers did better (or worse), from one sentence of
    his race that gives both, of the year and round asked; None otherwise."""
    folded = fold(question)
    offered = _EITHER.search(folded)
    if offered is None:
        return None
    more, less = bool(_MORE_ASKED.search(folded)), bool(_LESS_ASKED.search(folded))
    if more == less or not _VOTE_ASKED.search(folded) or _POLL_ASKED.search(folded):
        # (Only a vote's figures compare them: "more popular in the Harris poll" is no vote.)
        return None
    sides = [g for g in offered.groups() if g]
    his = [s for s in sides if re.search(r"\b(?:faure|olivier|he|him|lui)\b", s)]
    others = [n for s in sides if s not in his for n in _others_named(store, s)]
    if len(his) != 1 or len(others) != 1:
        return None
    other = others[0]
    surname = fold(other).split()[-1]
    years = set(_YEAR_SAID.findall(folded))
    asked_round = _ROUND_ASKED.search(folded)
    for number, sentence in enumerate(store.sentences):
        if find_word(fold(sentence.text), surname) < 0:
            continue
        if years and not years & _years_told(store, number):
            continue
        if asked_round and asked_round.group(0) not in fold(sentence.text):
            continue
        better: bool | None = None
        found = _HIS_THEN_OTHERS.search(sentence.text)
        if found is not None:
            g = found.groups()
            mine, theirs, name = (g[0], g[2], g[4]) if g[0] else (g[5], g[8], g[7])
            if surname not in fold(name):
                continue
            a, b = _as_number(mine), _as_number(theirs)
            if a is None or b is None or a == b:
                continue
            better = a > b
        else:
            lost = _LOST_TO_OTHER.search(sentence.text)
            if lost is None or surname not in fold(lost.group(1)) or not _WIN_ASKED.search(folded):
                continue
            better = False
        winner = store.person.name if better == more else other
        analysis = analyse(question, frozenset(), {})
        return _answer(store, replace(analysis, intent=Intent.PERSON), winner, winner, [sentence.id])
    return None


def _refused(store: Store, question: str, intent: Intent, note: str) -> Answer:
    return Answer(question, None, intent, None, (), (), (), note, (), store.source.title)


def _beyond_what_is_named(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline when it names someone the question did not leave open: another
    holding a post now, a date of another taking a post no sentence tells, a third person for
    "A or B"."""
    if answer.answer is None:
        return answer
    text = question.strip()
    if _holder_now(store, text, answer):
        note = f"the source names {answer.answer} at a past date only; it ends in {store.source.as_of.human()}"
        return replace(_refused(store, text, answer.type, note), closest=answer.evidence)
    late = _taking_undated(store, text, answer)
    if late is not None:
        note = f"the source never says when {late} took the post (it names them in it at a date)"
        return replace(_refused(store, text, answer.type, note), closest=answer.evidence)
    if _role_unnamed(store, text, answer):
        note = "the sentence gives the role asked by a description, or as an aim, not as that person's"
        return replace(_refused(store, text, answer.type, note), closest=answer.evidence)
    if _part_for_total(store, text, answer):
        note = "the source gives each side's figure, not the total"
        return replace(_refused(store, text, answer.type, note), closest=answer.evidence)
    event = _event_elsewhere(store, text, answer)
    if event is not None:
        note = f"the sentence found does not say it of the {event}"
        return replace(_refused(store, text, answer.type, note), closest=answer.evidence)
    if _outside_either(text, answer):
        note = f"the answer found ({answer.answer}) is neither of the two asked about"
        return _refused(store, text, answer.type, note)
    if answer.type is Intent.PERSON and _FORMER_SPOUSE.search(fold(text)):
        if not any(_MARRIAGE_ENDED.search(fold(e.text)) for e in answer.evidence):
            # "Who is Faure's ex-wife?" from "Faure is married to Soria Blatmann": his wife.
            note = "the source names his wife, and no former one"
            return replace(_refused(store, text, answer.type, note), closest=answer.evidence)
    if answer.type is Intent.PERSON and fold(answer.answer).strip() in STOPWORDS:
        # "As" from "As president of the SRC group, Faure …": a word, not someone.
        return replace(_refused(store, text, answer.type, "the source does not say who"), closest=answer.evidence)
    other = (
        _other_numbered(text, answer)
        or _group_for_party(text, answer)
        or _title_of_another_body(text, answer)
        or _order_of_others(text, answer)
        or _first_holder_untold(text, answer)
        or _setting_not_in_evidence(store, text, answer)
        or _term_of_another(text, answer)
        or _named_unseen(store, text, answer)
    )
    if other is not None:
        return replace(_refused(store, text, answer.type, other), closest=answer.evidence)
    return answer


# A former spouse asked (folded), and a marriage the evidence ends.
_FORMER_SPOUSE = lazy(
    r"\b(?:ex-?(?:wife|husband|spouse|femme|epouse|mari)|former\s+(?:wife|husband|spouse)"
    r"|(?:ancienne|premiere|first)\s+(?:femme|epouse|wife)|ancien\s+mari)\b"
)
_MARRIAGE_ENDED = lazy(r"\b(?:divorc\w*|separat\w*|ex-?wife|ex-?femme|former\s+wife|previously\s+married)\b")
# Someone named after "before"/"after" (as written: a capitalised name).
_BEFORE_NAMED = lazy(r"\b(?:before|after|avant|apr[eè]s)\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)")
# A sentence telling who came before or after whom (folded).
_SUCCESSION_SAID = lazy(
    r"\b(?:succeed\w*|succeeded|preceded|precede\w*|replac\w*|remplac\w*|succed\w*|predecess\w*|successor\w*"
    r"|predecesseur\w*|successeur\w*|took\s+over\s+from|before\s+(?:him|her)|after\s+(?:him|her))\b"
)


def _order_of_others(question: str, answer: Answer) -> str | None:
    """The note of a decline when the question asks who came before or after someone other than
    him and the sentences found tell no succession: the name beside another's in a list ("Carole
    Delga" beside Martine Aubry) did not hold her post before her."""
    named = _BEFORE_NAMED.search(question)
    if named is None or answer.type is not Intent.PERSON or fold(named.group("name")).split()[-1] == "faure":
        return None
    said = [fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    himself = fold(named.group("name")).split()[-1] in fold(answer.answer or "").split()
    if not himself and (not said or any(_SUCCESSION_SAID.search(t) for t in said)):
        return None
    return f"the source tells no one before or after {named.group('name')} in this"


# The first holder of a post asked (folded): "the first president of …", « le premier porte-parole »,
# "who first led …" (not the title "First Secretary", nor a first round).
_FIRST_HOLDER = lazy(
    r"\b(?:(?:the|le|la)\s+(?:very\s+)?(?:first|premier|premiere)\s+(?:ever\s+)?"
    r"(?:president\w*|head|leader|chair\w*|spokes\w*|porte-parole|chef|dirigeant\w*|mayor|maire|director|directeur"
    r"|directrice|member|membre|deputy|depute\w*|secretary-general|secretaire\s+general\w*)"
    r"|first\s+(?:led|headed|chaired|presided|held|ran)|a\s+(?:dirige|preside)\s+en\s+premier)\b"
)
_FIRST_SAID = lazy(r"\b(?:first|premier|premiere|1st|1er|1re|founding|fondateur|fondatrice)\b")


def _first_holder_untold(question: str, answer: Answer) -> str | None:
    """The note of a decline when the question asks who first held a post and the sentences
    found rank no one first: who replaced him there was not its first head."""
    if answer.type is not Intent.PERSON or not _FIRST_HOLDER.search(fold(question)):
        return None
    for e in answer.evidence:
        # ("First Secretary" is a title, not a rank.)
        said = re.sub(r"\b(?:first\s+secretar\w*|premiere?\s+secretaire\w*)", " ", fold(e.text))
        if not e.id.startswith(INFOBOX_PREFIX) and _FIRST_SAID.search(said):
            return None
    return "the source does not say who was the first to hold it"


def _named_unseen(store: Store, question: str, answer: Answer) -> str | None:
    """The note of a decline when the question names someone other than him whom no sentence of
    the answer's evidence names: "What did he do during the vote of no confidence against
    Bayrou?" is not answered from his 2021 re-election."""
    if not answer.evidence:
        return None
    # (With the two sentences before each: "The latter then withdrew" names Le Foll through the
    # one before it; the concessions' list, Bayrou through the one telling the deal.)
    ids = {e.id for e in answer.evidence}
    at = [n for n, sentence in enumerate(store.sentences) if sentence.id in ids]
    near = [store.sentences[m].text for n in at for m in range(max(0, n - 2), n)]
    said = fold(" ".join([*(e.text for e in answer.evidence), *near]))
    for _, name in people_in(knowledge(store), question):
        surname = fold(name).split()[-1]
        if name != store.person.name and surname not in said and surname not in fold(answer.answer or ""):
            return f"the evidence found does not name {name}"
    return None


# A round of a vote asked, and one told (folded).
_ROUND_NAMED = lazy(
    r"\b(?:in|at|au|lors\s+du|du)\s+(?:the\s+|le\s+)?(?:first|second|1st|2nd|premier|1er|second|deuxieme|2e)"
    r"\s+(?:round|tour)\b|\b(?:in|at)\s+the\s+run-?off\b"
)
_ROUND_TOLD = lazy(r"\b(?:round|rounds|tour|tours|run-?off|ballot\w*)\b")
# A kind of election asked, against the legislative one the evidence tells instead (folded).
_KIND_ASKED = lazy(r"\b(presidential|presidentielles?|european|europeennes|municipal\w*|regional\w*|senatorial\w*)\b")
_LEGISLATIVE = lazy(r"\blegislative\w*|\bnational\s+assembly\b|\bconstituency\b|\bcirconscription\b")
# A congress named by its town in the store's sentences ("the Aubervilliers Congress").
_CONGRESS_NAMED = lazy(r"\b([A-ZÀ-Ý][\w'’-]+)\s+Congress\b")
_CONGRESS_TOWNS: dict[int, tuple[Store, frozenset[str]]] = {}


def _congress_towns(store: Store) -> frozenset[str]:
    """The towns the store's sentences name congresses by, folded."""
    return per_store(
        _CONGRESS_TOWNS,
        store,
        lambda s: frozenset(fold(m.group(1)) for x in s.sentences for m in _CONGRESS_NAMED.finditer(x.text)),
    )


# A figure of a vote asked (folded).
_SHARE_OR_VOTES_ASKED = lazy(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|pour\s*cent|percent)|(?<![\d.,])(\d{1,3})\s+(?:votes|voix)\b"
)


def _setting_not_in_evidence(store: Store, question: str, answer: Answer) -> str | None:
    """The note of a decline when the question sets its answer where the sentences found do not:
    a round they do not give (the 2021 congress's 73.49% has none), another kind of election
    (his legislative share is no presidential one), another congress, a figure they do not hold
    ("Against whom did he win 86%?" from the 63.2% race)."""
    folded = fold(question)
    said = " ".join(fold(e.text) for e in answer.evidence)
    if not said:
        return None
    if _ROUND_NAMED.search(folded) and not _ROUND_TOLD.search(said):
        return "the source gives this with no round"
    kind = _KIND_ASKED.search(folded)
    if kind is not None and kind.group(1)[:6] not in said and _LEGISLATIVE.search(said):
        return f"the evidence is about a legislative race, not the {kind.group(1)} election asked"
    known = _congress_towns(store)
    # (A town not in the question at all is not looked for as a word: that would compile a
    # pattern per town on the first question of a run.)
    towns = {t for t in known if t in folded and re.search(rf"\b{re.escape(t)}\b", folded)}
    if towns and not any(t in said for t in towns) and any(t in said for t in known):
        return f"the evidence is about another congress than {', '.join(sorted(towns))}"
    asked = {float((a or b).replace(",", ".")) for a, b in _SHARE_OR_VOTES_ASKED.findall(folded)}
    given = {float(n.replace(",", ".")) for n in re.findall(r"(?<![\d.,])\d+(?:[.,]\d+)?", said)}
    if asked and not asked <= given:
        return "the evidence does not give the figure asked"
    return None


# "When was Valls Prime Minister?": when someone else held a post (folded).
_WHEN_HELD = lazy(r"^\s*(?:when|quand|en\s+quelle\s+annee|depuis\s+quand|since\s+when)\b")
_POST_WORD = lazy(
    r"\b(?:prime\s+minister|minister|premier\s+ministre|ministre|in\s+(?:the\s+)?government|au\s+gouvernement"
    r"|mayor|maire|president\s+of\s+(?:the\s+)?(?:republic|france|region|occitani\w*)|interior|interieur)\b"
)
# (« il » of an inversion, « Le Foll a-t-il », is the one named before it, not him.)
_INVERTED_PRONOUN = lazy(r"-(?:t-)?(?:il|elle)s?\b")


def _term_of_another(question: str, answer: Answer) -> str | None:
    """The note of a decline when the question asks when someone else held a post: a sentence
    naming them in it at a date ("the Prime Minister refused … in July 2016", "former minister
    Stéphane Le Foll" in 2018) gives no term of theirs."""
    folded = fold(question)
    if answer.type is not Intent.DATE or not _WHEN_HELD.match(folded) or not _POST_WORD.search(folded):
        return None
    if _NAMES_HIM_IN.search(_INVERTED_PRONOUN.sub(" ", folded)):
        return None
    return "the source names them in this post at a date, and gives no term of theirs"


# A title of a body, asked ("vice-president of the National Assembly") or said ("vice-president
# of the Socialist, Republican and Citizen (SRC) group of deputies"), folded.
_TITLE_OF_ASKED = lazy(
    r"\b((?:vice[- ]?)?(?:president|chair\w*)|secretary[- ]general|spokes\w+|treasurer)\s+of\s+(?:the\s+)?([^?.;]+)"
)


def _title_of_another_body(question: str, answer: Answer) -> str | None:
    """The note of a decline when the question gives a title of one body and every sentence
    found that holds that title gives it of another: the third vice-president of his group in
    the Assembly is not a vice-president of the Assembly."""
    asked = _TITLE_OF_ASKED.search(fold(question))
    if asked is None or answer.type is Intent.PERSON:
        return None  # (who held a title is asked of another's, told as the question words it)
    title = asked.group(1).replace(" ", "-")
    # (The body's name stops where a clause of time or place goes on: "… before he entered …".)
    named = re.split(
        r"\s+(?:before|after|when|while|during|since|until|from|in|on|at|en|avant|apres|quand)\b", asked.group(2)
    )
    body = {w for w in split_words(named[0]) if content_words(w)} - {"faure", "olivier"}
    if not body:
        return None
    bodies = []
    for evidence in answer.evidence:
        if evidence.id.startswith(INFOBOX_PREFIX):
            continue
        for said in re.finditer(
            rf"\b{re.escape(title)}\s+(?:of|for)\s+(?:the\s+)?([^.;]{{1,80}})", fold(evidence.text)
        ):
            bodies.append(said.group(1))
    if not bodies:
        return None
    for their in bodies:
        held = {c for w in split_words(their) for c in (w, stem(w), *content_words(w), *_canon(w))}
        if all(held & {w, stem(w), *content_words(w), *_canon(w)} for w in body):
            return None
    return f"the source gives that title of another body: {bodies[0].strip()}"


# The party itself (folded), and its group in the Assembly.
_PARTY_ASKED = lazy(r"\b(?:ps|parti\s+socialiste|socialist\s+party|(?:the|du|le)\s+part(?:y|i))\b")
_GROUP_SAID = lazy(r"\bgroup(?:e|s)?\b")


def _group_for_party(question: str, answer: Answer) -> str | None:
    """The note of a decline when the question asks of the party, or of his seat in the Assembly,
    and the sentences found speak only of a parliamentary group (who led the Socialist group is
    not who led the PS; his re-election as its president, 28 votes to 3, is not his seat's); or
    when it asks of the group and they never name one ("the race for the group presidency" is not
    the 2012 legislative race EELV's candidate withdrew from)."""
    folded = fold(question)
    said = [fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    if not said:
        return None
    if _GROUP_SAID.search(folded):
        # (Who did it, asked of the group: a figure of his election there is told in a sentence
        # after the one naming the group, "His election by 137 votes …".)
        if answer.type is not Intent.PERSON:
            return None
        if all(not _GROUP_SAID.search(t) for t in said) and not any(
            e.id.startswith(INFOBOX_PREFIX) for e in answer.evidence
        ):
            return "the evidence is not about a parliamentary group"
        return None
    if _PARTY_ASKED.search(folded) and all(_GROUP_SAID.search(t) and not _PARTY_ASKED.search(t) for t in said):
        return "the evidence is about a parliamentary group, not the party"
    if _SEAT_ASKED.search(folded) and all(_GROUP_SAID.search(t) and not _SEAT_ASKED.search(t) for t in said):
        return "the evidence is about a parliamentary group, not his seat"
    return None


# His seat in the Assembly (folded).
_SEAT_ASKED = lazy(r"\b(?:assembl\w*|legislative\w*|constituency|circonscription|deputy|depute\w*|mp)\b")


# A numbered thing ("Seine-et-Marne's 11th constituency", « la 8e circonscription »), folded.
_NUMBERED = lazy(
    r"\b(\d{1,2})(?:st|nd|rd|th|e|eme|ere|er)\s+(?:[a-z'-]+\s+){0,3}?(constituenc\w*|circonscription\w*|circo)\b"
)


def _other_numbered(question: str, answer: Answer) -> str | None:
    """The note of a decline when the question numbers a constituency and the evidence numbers
    only another: who lost the 8th in 2007 is no answer for the 11th."""
    asked = {m.group(1) for m in _NUMBERED.finditer(fold(question))}
    if not asked:
        return None
    said = {m.group(1) for e in answer.evidence for m in _NUMBERED.finditer(fold(e.text))}
    if not said or asked & said:
        return None

    def nth(numbers: set[str]) -> str:
        return " or ".join(
            f"{n}{'th' if n[-2:-1] == '1' else {'1': 'st', '2': 'nd', '3': 'rd'}.get(n[-1], 'th')}"
            for n in sorted(numbers)
        )

    return f"the evidence is about the {nth(said)} constituency, not the {nth(asked)}"


__all__ = ["Answer", "BadQuestion", "Evidence", "ask", "check_text"]


# A question of where someone was placed or ranked (folded): it asks a rank, not a place. The
# verbs, not the noun "place" nor the name Place Publique: folded « placé » only after its
# auxiliary or an object pronoun.
_PLACING = (
    r"placed|placing|(?:place|places)\s+(?:him|her|them|faure)|ranked|ranks|finished|placait|placaient|"
    r"mettait|mettaient|classait|classaient|(?:ete|a|l'a|le|la|les)\s+placee?s?|(?:ete|a)\s+classee?s?"
)
_RANK_ASKED = lazy(rf"\b(?:where|ou)\b[^?]*\b(?:{_PLACING})\b|\b(?:{_PLACING})\b[^?]*\b(?:where|ou)\b")


# A result asked by how much, not a count asked for itself: « avec combien de voix a-t-il été
# réélu », « combien a-t-il obtenu », "with how many votes was he elected", "how much did he get".
# ("How many votes did he get …?" asks a count, which a share does not give.)
_VOTES_COUNTED = lazy(
    r"\b(?:avec|with)\s+combien\s+de\s+(?:voix|votes|suffrages)\b"
    r"|\bcombien(?=\s+(?:a-t-(?:il|elle)|il\s+a|elle\s+a|a)\s+(?:obtenu|recueilli|eu|r[ée]colt[ée]|fait)\b(?!\s+(?:de|d['’])))"
    # « Combien Faure a-t-il obtenu … ? », « combien la liste a-t-elle recueilli »: the doer named.
    r"|\bcombien(?=\s+(?:(?!de\b|des\b|d['’])[\w'’-]+\s+){1,3}?a-t-(?:il|elle)\s+(?:obtenu|recueilli|eu|r[ée]colt[ée]|fait)\b"
    r"(?!\s+(?:de|d['’])))"
    r"|\bwith\s+how\s+many\s+votes\b"
    r"|\bhow\s+much(?=\s+(?:did|had|does)\s+(?:[\w'’-]+\s+){1,3}?(?:get|receive|obtain|win|score)\b)",
    re.IGNORECASE,
)
_FRENCH_VOTES = lazy(r"\bcombien\b", re.IGNORECASE)


def _as_share(found: re.Match[str]) -> str:
    said = found.group().lower()
    if said.startswith("with"):
        return "with what percentage of the vote"
    if said.startswith("how"):
        return "what percentage of the vote"
    return "avec quel pourcentage" if said.startswith("avec") else "quel pourcentage"


# A question, then words after its question mark that ask nothing (no second question mark).
_ASKED_THEN_SAID = lazy(r"^([^?]{6,}\?)\s+([^?]{3,})$")
# « C'est vrai qu'il a été coloc avec Benoît Hamon ? », "Is it true that he …?": whether what
# follows is so, asked as that statement with a question mark.
_TRUE_THAT = lazy(
    r"^\s*(?:is\s+it\s+(?:really\s+)?(?:true|right|correct|the\s+case)|(?:c['’]\s*est|est-(?:il|ce)|c['’]\s*est-(?:il|ce))"
    r"\s+(?:vraiment\s+)?(?:vrai|exacte?|correcte?)|(?:il\s+)?para[iî]t|i\s+(?:heard|read)|j['’]\s*ai\s+(?:entendu(?:\s+dire)?|lu))"
    r"\s*,?\s+(?:that\s+|que\s+|qu['’]\s*)(?P<rest>(?:he|she|il|elle|(?:olivier\s+)?faure|[A-ZÀ-Ý])[^?]{4,}?)[\s?.!]*$",
    re.IGNORECASE,
)


# "In which election …?" → "French" (of "the 2017 French legislative elections"): a word just
# before the noun asked, within a few words.
_HOW_DID = lazy(r"^\s*how\s+(?:did|does|do|has|had)\s+((?:[\w'-]+\s+){1,4}?)[a-z]+\b")
_DEMONYM = lazy(r"[A-Z][a-z]+(?:ian|ese|ish|ch|an)")
_NOUN_ASKED = lazy(r"\b(?:which|what|quel|quelle|quels|quelles)\s+([a-z]{3,})\b")


def _fragment(question: str, answer: Answer) -> Answer:
    """A piece of a phrase given as the answer: a possessive cut from its noun ("Seine-et-Marne's"
    for « Où a-t-il été investi ? »), a bare verb ("supported" for "How did the PS gain control
    …?"), a word of the phrase that names the thing asked ("French" for "In which election …?",
    from "the 2017 French legislative elections"): declined, with its evidence as the closest."""
    said = answer.answer
    if said is None or answer.type not in (Intent.TEXT, Intent.PLACE):
        return answer
    if re.fullmatch(r"[^\s]+['’]s", said):
        return _unanswered(answer, "the source does not say", answer.evidence)
    how = _HOW_DID.match(fold(question))
    if how is not None and re.fullmatch(r"[a-z]+ed", said):
        # ("How did Faure vote …?" → "abstained" is his: "Faure abstained"; "supported" in
        # "Faure supported unions …" is not the PS's deed.)
        subject = set(split_words(how.group(1))) - {"the", "a", "an", "le", "la", "les"}
        subject |= {"he", "faure"} if subject & _HIM else set()
        if re.match(r"\s*how\s+\w+\s+the\s+(?:ps|socialist)\s+deputy\s", fold(question)):
            subject |= {"he", "faure"}  # (read as him, as _HIM_BY_TITLE reads it: not "the PS leader" of 2017)
        if not any(
            subject & set(split_words(fold(m.group(1))))
            for e in answer.evidence
            for m in re.finditer(r"((?:\S+\s+){1,3})" + re.escape(said) + r"\b", e.text)
        ):
            return _unanswered(answer, "the source does not say", answer.evidence)
    noun = _NOUN_ASKED.search(fold(question))
    if noun is not None and _DEMONYM.fullmatch(said):
        heads = {noun.group(1)[:5], *(c[:5] for c in _canon(noun.group(1)))}
        for evidence in answer.evidence:
            after = re.search(re.escape(said) + r"((?:\s+[\w-]+){1,3})", evidence.text)
            if after is not None and any(w[:5] in heads for w in split_words(fold(after.group(1)))):
                return _unanswered(answer, "the source does not say", answer.evidence)
    return answer


# "at Aubervilliers", « à Villeurbanne », "in the Villeurbanne Congress": a setting by its name.
_SETTING_NAMED = lazy(r"\b(?:at|in|a|à|au)\s+(?:the\s+|le\s+|la\s+|l['’])?([A-ZÀ-Ý][\w'’-]{3,})")
# Where a sentence's clauses part: the year of one is not the other's.
_CLAUSES = lazy(r";\s+|,\s+|\s+and\s+(?=(?:re-?)?[a-z]+ed\b|was\b|he\b)")


def _dated_at_another(store: Store, question: str, answer: Answer) -> Answer:
    """A date answered for a deed the question sets at a named place ("When was Faure re-elected
    at Aubervilliers?") whose year the evidence gives in a clause naming another place of the same
    kind ("re-elected in the 2021 Villeurbanne Congress", while he was elected "in the party's
    Aubervilliers Congress"): declined, the place being the question's own mistake."""
    if answer.answer is None or answer.type is not Intent.DATE:
        return answer
    years = re.findall(r"\b(?:19|20)\d\d\b", answer.answer)
    if not years:
        return answer
    for found in _SETTING_NAMED.finditer(question):
        place = found.group(1)
        if fold(place) in _MONTH_NAMES or fold(place) in _HIM:
            continue
        # The kind of place, as the source names it after the name ("Aubervilliers Congress").
        kinds = {k for u in store.sentences for k in re.findall(re.escape(place) + r"\s+([A-Z][a-z]{3,})", u.text)}
        if not kinds:
            continue
        clauses = [c for e in answer.evidence for c in _CLAUSES.split(e.text) if any(y in c for y in years)]
        if any(place in c for c in clauses):
            continue
        others = [c for c in clauses if re.search(r"\b[A-Z][\w'’-]+\s+(?:" + "|".join(kinds) + r")\b", c)]
        if others:
            note = f"the source gives that year to another {sorted(kinds)[0].lower()}: {others[0].strip()}"
            return _unanswered(answer, note, answer.evidence)
    return answer


def _place_of_another_noun(question: str, answer: Answer) -> Answer:
    """A place answered for where he did something, that the evidence gives only after a noun
    the question does not name ("passed a resolution condemning the Uyghur genocide in China":
    the genocide's place, not where he passed it), inside a participle's phrase: declined."""
    if (
        answer.answer is None
        or answer.type is not Intent.PLACE
        or not re.match(r"\s*(?:where|ou|où)\b", fold(question))
    ):
        return answer
    asked = {c for w in split_words(fold(question)) for c in (stem(w), *_canon(w))}
    places = []
    for evidence in answer.evidence:
        # (Inside a phrase of a participle: "condemning the Uyghur genocide in China".)
        # (Of a thing, "the …", not of his own time: "spending his early childhood in Réunion".)
        participle = r"\b[a-z]{3,}ing\s+the\s+(?:[\w'’-]+\s+){0,3}?"
        near = participle + r"([a-z]{4,})\s+(?:in|at)\s+(?:the\s+)?" + re.escape(answer.answer) + r"\b"
        places += [found.group(1) for found in re.finditer(near, evidence.text)]
    if places and all(
        stem(w) not in asked and not set(_canon(w)) & asked and not re.fullmatch(r"[a-z]+(?:ed|en|n|t)", w)
        for w in places
    ):
        return _unanswered(
            answer, f"the source gives that place to '{places[0]}', not to what is asked", answer.evidence
        )
    return answer


# "Where is the Lycée Pothier?", "Where was the Aubervilliers Congress held?", « Où se trouve
# l'université Panthéon-Sorbonne ? »: where a thing named (capitalised) is, or was held.
_WHERE_NAMED_THING = lazy(
    r"^\s*(?:where\s+(?:is|was|are|were)\s+(?P<en>.+?)(?:\s+(?:located|situated|based|held|found))?"
    r"|where\s+did\s+(?P<took>.+?)\s+take\s+place"
    # ("In which city was the Aubervilliers Congress (held)?", « Dans quelle ville s'est tenu … ».)
    r"|(?:in\s+)?(?:which|what)\s+(?:city|town|place|venue)\s+(?:(?:is|was|are|were)\s+(?P<city>.+?)"
    r"(?:\s+(?:located|situated|based|held|found|organi[sz]ed))?|did\s+(?P<city_took>.+?)\s+take\s+place)"
    r"|(?:dans|en)\s+quelle\s+(?:ville|commune|localit[ée])\s+(?:s['’]est\s+tenue?|a\s+eu\s+lieu"
    r"|(?:se\s+t(?:ien|en)\w*)|(?:est|etait|était)(?:\s+situ\w*)?)\s+(?P<city_fr>.+?)"
    r"|o[uù]\s+(?:se\s+trouv\w*|(?:est|etait|était)\s+situ\w*|s['’]est\s+tenue?|se\s+t(?:ien|en)\w*"
    r"|a\s+eu\s+lieu|(?:est|etait|était))\s+(?P<fr>.+?))\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ARTICLE_LEAD = lazy(r"^(?:(?:the|le|la|les|un|une|a|an)\s+|l['’]\s*)", re.IGNORECASE)


def _place_of_named_thing(store: Store, question: str, answer: Answer) -> Answer:
    """A place answered for where a named thing is (or was held) that no evidence gives as its
    place (the thing's name, then "in"/"at"/« à » the place, in one clause): "Where was the
    Aubervilliers Congress held?" is not the other congress of the sentence, "Where is
    Seine-et-Marne?" not the Assembly it elects to: declined."""
    if answer.answer is None or answer.type not in (Intent.PLACE, Intent.TEXT):
        return answer
    asked = _WHERE_NAMED_THING.match(question)
    if asked is None:
        return answer
    groups = ("en", "took", "fr", "city", "city_took", "city_fr")
    named = next((asked.group(g) for g in groups if asked.group(g)), "").strip()
    thing = _ARTICLE_LEAD.sub("", named).strip()
    if (
        not re.search(r"[A-ZÀ-Ý]", thing)
        or (thing == named and thing[:1].islower())  # « Où est né le patron du PS ? »: a verb, not a thing
        or re.search(r"['’]s\b|\b(?:he|she|his|her|il|elle|son|sa|ses)\b", thing, re.IGNORECASE)
        or people_in(knowledge(store), thing)
        or {fold(w) for w in split_words(store.person.name)} & set(split_words(fold(thing)))
        or re.search(r"\s[a-z]+(?:ed|en|rn|lt|nt)$", thing)
    ):
        # A person, his own thing, a thing of no name, or where something was done to it ("Where
        # was the PS founded?"): other readings decide.
        return answer
    name = r"\W+".join(re.escape(w) for w in split_words(fold(thing)) if w not in STOPWORDS)
    place = r"\W+".join(re.escape(w) for w in split_words(fold(answer.answer)) if w not in STOPWORDS)
    if name and place and not re.search(rf"\b{name}\b", fold(answer.answer)):
        told = rf"{name}\b[^.;:]{{0,40}}?\b(?:in|at|a|en|dans)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?{place}\b"
        if any(re.search(told, fold(e.text)) for e in answer.evidence):
            return answer
    return _unanswered(answer, "the source does not say where it is", answer.evidence)


# "Which high school in Paris?", « quel lycée d'Orléans »: a school asked by the town it is in.
_SCHOOL_WORD = lazy(r"(?i:school|coll|lyc|univ|facul|cole)")
_SCHOOL_IN_PLACE = lazy(
    r"\b(?i:(?:which|what|quel|quelle|quels|quelles)\s+(?:[\w-]+\s+)?"
    r"(?:high\s+school|school|college|university|lyc[ée]e|coll[èe]ge|universit[ée]|facult[ée]|[ée]cole)s?"
    r"\s+(?:in|at|de|d['’]|à)\s*)([A-ZÀ-Ý][\w'’-]+)"
)


def _two_events(store: Store, text: str) -> Answer | None:
    """Two dated events set against each other ("How many years after his 2007 defeat was he
    elected deputy?", « … avant ou après son élection comme député ? »): the order or the gap of
    the dates the store gives, at their precision, both dates quoted; declined when that
    precision cannot tell; None when the question is not of that kind (faurecli.chronology)."""
    if not TIME_RELATION_CUE.search(fold(text)):
        return None  # (the cheap gate: no word of time relation)
    from faurecli import chronology

    told = chronology.asked(store, text, french=_french_text(text))
    if told is None:
        return None
    intent = Intent.TEXT if chronology.ASKS_ORDER.search(fold(text)) else Intent.DURATION
    if told.answer is None:
        return Answer(text, None, intent, None, (), (), (), told.note)
    refs = tuple(dict.fromkeys(told.refs))
    evidence = tuple(quote(store, ref) for ref in refs)
    return Answer(text, told.answer, intent, told.value, evidence, refs, (), told.note)


# Asked whether: "Did he …?", "Was his share …?", « Est-ce que … ? », « Faure a-t-il … ? ».
_WHETHER = lazy(r"(?i)^(?:did|was|were|has|had|is|does|est-ce\s+qu)\b|\b\w+-(?:t-)?(?:il|elle)\b")


def _two_results(store: Store, text: str) -> Answer | None:
    """Whether he did better or worse in one dated contest than in another of its kind ("Did
    Faure do better in 2017 than in 2012?"): yes or no with both figures the source gives, at
    their precision; declined when too near to tell; None when not asked so (faurecli.contests)."""
    if not RESULT_COMPARED_CUE.search(text) or not _WHETHER.search(text):
        return None  # (the cheap gate: a word of more or less, asked whether)
    if len(set(re.findall(r"\b(?:19|20)\d\d\b", text))) != 2:
        return None
    from faurecli import contests

    said = contests.compared(store, text.rstrip(" ?"))
    if said is None or said.unexplained:
        return None
    refs = said.refs
    evidence = tuple(quote(store, ref) for ref in refs)
    if said.holds is None:
        return Answer(text, None, Intent.YES_NO, None, (), (), (), f"the source's figures ({said.found}) cannot tell")
    french = _french_text(text)
    word = ("oui" if french else "yes") if said.holds else ("non" if french else "no")
    found = said.found
    if french:
        # (the figures said as French says them: « 61,1 % en 2017 contre 63,2 % en 2012 : 2,1 points de moins »)
        found = re.sub(r"(\d)\.(\d)", r"\1,\2", found).replace("%", " %").replace(" against ", " contre ")
        found = re.sub(r" in ((?:19|20)\d\d)", r" en \1", found).replace(": ", " : ")
        found = found.replace(" more", " de plus").replace(" less", " de moins").replace(" votes", " voix")
    return Answer(text, f"{word} ({found})", Intent.YES_NO, said.holds, evidence, refs, (), None)


# "Which National Assembly law commission president did he work with?": a person asked by the
# title that heads a compound (its other nouns before it, then the verb or the end); the body
# the question itself names ("the National Assembly") given for it is no answer.
_WHICH_TITLED_ONE = lazy(
    r"(?i)\bwhich\s+(?:(?!(?:as|of|to|for|did|does|was|is|were|had|has|do)\b)[\w'’-]+\s+){1,5}?"
    r"(?:president|leader|chair(?:man|woman)?|director|minister|secretary)\s*(?:\?|(?:did|does|was|is|were|had|has|do)\b)"
)


# Who won a vote, or who of several had more of it (folded): "Which list won the 2019 European
# election?", "Which list got more votes, A or B?", « Quelle liste a remporté les européennes ? ».
_ASKS_WHO_WON = lazy(
    r"^\s*(?:which|what|who|quel\w*|qui|laquelle|lequel)\b.*(?:\b(?:won|win|wins|gagne\w*|remporte\w*)\s+"
    r"(?:the\s+|les\s+|la\s+|le\s+|l')?(?:[\w'-]+\s+){0,4}?(?:elections?|vote|race|ballot|scrutin|europeennes|"
    r"legislatives|municipales)\b|\b(?:more|most|le\s+plus\s+de|plus\s+de)\s+(?:votes|voix|seats|sieges)\b)"
)
# A share or count won: "won 6.2% of the vote and six seats", « a obtenu 3,3 % ».
_WON_A_SHARE = lazy(
    r"\b(?:won|gagne\w*|remporte\w*|received|obtained|obtenu|got|recueilli)\s+(?:\d|six|five|four|three|two|one|seven)"
)
# A sentence that tells who won or came first: an election won, against someone, a rank.
_WINNER_IN = lazy(
    r"\b(?:elected|re-elected|reelected|elue?|reelue?|against|contre|beat|beating|defeated|ahead|lost\s+to|"
    r"first|second|behind|most|majority|victory|victoire|(?:won|wins?|winning|gagne\w*|remporte\w*)"
    r"(?!\s+(?:\d|six|five|four|three|two|one|seven|les?\s+\d|la\s+\d)))\b"
)


def ask(store: Store, question: str) -> Answer:
    """Answer `question` from `store`; raise BadQuestion when it cannot be read."""
    answer = _negated_answered(store, question, _asked(store, question))
    if answer.answer is not None and "Congress" in answer.answer and _TOWN_ASKED.search(question):
        # "In which city did he take office?": "the Aubervilliers Congress" is a congress; the
        # town the source names it by is the city asked.
        if (by_town := _CONGRESS_ALONE.match(answer.answer)) is not None:
            note = "the congress the source names by its town"
            answer = replace(answer, answer=by_town.group(1), type=Intent.PLACE, value=by_town.group(1), note=note)
    answer = _share_of_another_side(store, question, answer)
    answer = _president_of_body_untold(store, question, answer)
    if (
        answer.answer is not None
        and answer.type in (Intent.PERSON, Intent.TEXT)
        and _ASKS_WHO_WON.search(fold(question))
    ):
        # "Which list won the 2019 European election?" from "… won 6.2% …, while the list of X
        # won 3.3%": shares won name no winner, nor which of two had more (the arithmetic is no
        # sentence's); answered only from a sentence that tells who won or came first.
        texts = [fold(e.text) for e in answer.evidence]
        if any(_WON_A_SHARE.search(t) for t in texts) and not any(_WINNER_IN.search(t) for t in texts):
            return _unanswered(answer, "the source gives shares of that vote, not who won it or came first")
    if answer.answer is not None and _RELATIVE_ASKED_CUE.search(question):
        if (kin := _relative_or_nation_asked(store, question, answer)) is not answer:
            return kin
    if answer.answer is not None and answer.type is Intent.TEXT and _WHICH_TITLED_ONE.search(question):
        # (Declined where the answer is only words of the question: the body its title is of.)
        said = re.sub(r"^the\s+", "", fold(answer.answer))
        if find_word(fold(shorthand_plain(question)), said) >= 0:
            return _unanswered(answer, "the source gives no one's name here for the person asked")
    if answer.answer is not None and (led := _LED_AS_POST.search(fold(question))) is not None:
        # "Which group did he lead as treasurer?": the post he is asked to have led it as must be
        # in the evidence ("secretary-general", s9), or be a head's ("president"); else declined.
        post = led.group().split()[-1]
        said = " ".join(fold(q.text) for q in answer.evidence)
        if not _HEAD_OF_IT.match(post) and post[:5] not in said:
            folded = fold(question)
            shown = question[led.start() : led.end()].split()[-1] if len(folded) == len(question) else post
            return _unanswered(answer, f"the source does not say he led it as {shown}")
    if answer.answer is None or not _SCHOOL_WORD.search(question):
        return answer  # (a cheap test first: a word of a school)
    place = _SCHOOL_IN_PLACE.search(question)
    if place is None:
        return answer
    # The school told must be the one the source sets in that town: "the Lycée Pothier in Orléans"
    # answers « quel lycée d'Orléans », not "which high school in Paris" (Paris is another school's).
    town = fold(place.group(1))
    said = fold(answer.answer)
    pattern = rf"{re.escape(said)}\W+(?:in|at|a|de|d)\W+{re.escape(town)}\b"
    if town in said or any(re.search(pattern, fold(q.text)) for q in answer.evidence):
        return answer
    return _unanswered(answer, f"the source does not set {answer.answer} in {place.group(1)}")


# A town asked ("In which city …", « Dans quelle ville … »), and an answer that is one congress
# named by its town ("the Aubervilliers Congress").
_TOWN_ASKED = lazy(
    r"\b(?:(?:which|what)\s+(?:city|town)|(?:quelle|laquelle\s+des)\s+(?:villes?|communes?))\b", re.IGNORECASE
)
_CONGRESS_ALONE = lazy(r"^(?:the\s+)?(?:\d{4}\s+)?([A-ZÀ-Ý][\w'’-]+)\s+Congress$")


# The cheap test for a question about someone by his relation to him (his son, his deputy, his
# parents, the nurse his mother was), or about a nationality or an origin.
_RELATIVE_ASKED_CUE = lazy(
    r"(?i)\b(?:sons?|child|children|kids?|daughters?|step\w*|\w+-in-law|brothers?|sisters?|siblings?|twin|nephews?|nieces?|cousins?|uncles?|aunts?|grand\w+|fils|filles?|enfants?|fr[eè]res?|s(?:oe|œ)urs?|neveux?|ni[eè]ces?|oncles?|tantes?|petit\w*-\w+|gendre|belle-\w+|beau-\w+|parents?|mother|father|m[eè]re|p[eè]re|nurse|agent|infirmi\w+|nationalit\w+|origin\w*|descent|ancestry)\b"
    # (A title word only as his relation, "Faure's deputy", « son adjoint », "the secretary of
    # Faure": not the post he held, "elected deputy", which every premise check would read.)
    r"|\b(?:(?:olivier\s+)?faure['’]s|his|her|their|son|sa|ses|leur)\s+(?:[\w-]+\s+)?(?:deputy|secretary|assistant|aides?|spokes\w+|chief\s+of\s+staff|advis[eo]r|bodyguard|driver|chauffeur|lawyer|friend|colleague|adjointe?|secr[eé]taire|collaborat\w+|conseill\w+|porte-parole|avocate?|amie?)\b"
    r"|\b(?:deputy|secretary|assistant|aides?|spokes\w+|chief\s+of\s+staff|advis[eo]r|bodyguard|driver|chauffeur|lawyer|friend|colleague|adjointe?|secr[eé]taire|collaborat\w+|conseill\w+|porte-parole|avocate?|amie?)\s+(?:of|de|d['’])\s*(?:olivier\s+)?faure\b"
)
# A deed asked of his parents ("What did his parents study?", « Où ses parents ont-ils vécu ? »):
# the source says only who they were, never what they did besides.
_PARENTS_DEED = lazy(
    r"\b(?:stud(?:y|ied|ies)|etudi\w*|attend\w*|graduat\w*|diplom\w*|join\w*|adher\w*|marri\w*|marry|epous\w*"
    r"|lived?|lives|living\s+in|vivai\w*|vecu|habit\w*|elect\w*|elu|elus|won|win|gagn\w*|lost|lose|perd\w*"
    r"|vot\w*|died|dies|die|meet|met|move[ds]?|demenag\w*|run|ran|stood|founded|led|lead)\b"
)


def _relative_or_nation_asked(store: Store, question: str, answer: Answer) -> Answer:
    """A question about someone by his relation to him ("Who is Faure's son married to?",
    « Où est né le fils de Faure ? "): declined where the source never names them, his facts
    being his; about his parents, only what the source says of them ("a Vietnamese nurse of
    Chinese origin and a French tax agent of Spanish origin"), each parent's nationality and
    origin their own; a nationality asked ("What nationality is Faure?"): his is the infobox's,
    anyone else's the source does not give. `answer` itself where none of these applies."""
    from faurecli import relatives

    if (word := relatives.unnamed_relative(question, subject_only=False)) is not None:
        return _unanswered(answer, f"the source says nothing of his {word}")
    folded = fold(question)
    asks_nation = re.search(r"\bnationalit", folded) is not None
    asks_origin = re.search(r"\b(?:origin\w*|descent|ancestry)\b", folded) is not None
    described = next(
        ((sentence, found) for sentence in store.sentences if (found := relatives.described_parents(sentence.text))),
        None,
    )
    trades = relatives.trades_named(question)
    parents = re.search(r"\b(?:parents?|mother|father|mere|pere)\b", folded) is not None
    if isinstance(answer.value, bool):
        return answer  # "Was the nurse of Spanish origin?": a yes or no, checked as a claim
    if described is not None and (asks_nation or asks_origin) and (trades or parents):
        sentence, told = described
        evidence = (quote(store, sentence.id),)
        said = relatives.nation_words(question)
        theirs = [p for p in told if p[0] in trades]
        if len(theirs) == 1:
            # "Of what origin was the tax agent?": Spanish; "What nationality was the nurse?".
            _, nation, origin = theirs[0]
            value = (origin if asks_origin else nation).title()
            return Answer(answer.question, value, answer.type, value, evidence, (sentence.id,), (), None)
        holders = [p for p in told if said & {p[1] if asks_nation else p[2]}]
        if re.search(r"\b(?:which|what|quel|quelle)\s+(?:parent|one)\b", folded) and len(holders) == 1:
            # "Which parent was of Spanish origin?": the French tax agent.
            trade, nation, _ = holders[0]
            value = f"the {nation.title()} {trade}"
            return Answer(answer.question, value, answer.type, value, evidence, (sentence.id,), (), None)
        if re.search(r"\b(?:mother|father|mere|pere)\b", folded):
            # "What nationality was his mother?": the source does not say which parent was which.
            return _unanswered(answer, "the source does not say which parent was his mother or his father")
        return answer
    if parents and not trades and (deed := _PARENTS_DEED.search(folded)) is not None:
        # "What did Faure's parents study?": the source says only who they were.
        return _unanswered(answer, f"the source says only who his parents were, not what they {deed.group()}")
    if asks_nation and not trades and not parents and re.search(r"\b(?:what|which|quelle)\b", folded):
        others = [
            w
            for w in re.findall(r"(?<![\w'’])[A-ZÀ-Ý][\w'’-]+", question[1:])
            if fold(w) not in ("faure", "olivier", "faure's", "faure’s", "quelle", "what", "which")
        ]
        if others:
            return _unanswered(answer, "the source gives no nationality but his")
        line = next((entry for entry in store.infobox if entry.key == "Nationality"), None)
        if line is not None and fold(answer.answer or "") != fold(line.value):
            evidence = (quote(store, line.ref),)
            return Answer(answer.question, line.value, answer.type, line.value, evidence, (line.ref,), (), None)
    return answer


# A negative yes/no question, « N'a-t-il pas été battu en 2007 ? », « Le Foll ne s'est-il pas
# retiré ? », "Didn't he lose in 2007?": asked of the positive, answered as it is ("yes", and in
# French « si » to a negative question whose positive holds; « non » / "no" where it does not):
# read as a claim, its negation was checked and « non » answered what held.
_NEGATIVE_ASKED_FR = lazy(
    r"^(?P<who>(?!(?:Qui|Que|Qu|Quand|Où|Pourquoi|Comment|Quel|Quelle|Quels|Quelles|Combien|Lequel|Laquelle)\b)"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3})?(?P<ne>[Nn]e\s+|[Nn]['’]\s*)(?P<obj>(?:lui|leur|se)\s+|[ls]['’]\s*)?"
    r"(?P<aux>[a-zàâéèêîôû]+)(?P<hy>-(?:t-)?)(?P<pro>il|elle|ils|elles|on)\s+pas\s+(?P<rest>[^?]+?)\s*\?\s*$"
)
_NEGATIVE_ASKED_EN = lazy(
    r"^(?P<aux>Didn['’]t|Wasn['’]t|Weren['’]t|Isn['’]t|Hasn['’]t|Hadn['’]t|Doesn['’]t)\s+(?P<rest>[^?]+?)\s*\?\s*$"
)


def _negative_asked(store: Store, text: str) -> Answer | None:
    """The answer to a negative yes/no question, from its positive's; None where it is none."""
    if (fr := _NEGATIVE_ASKED_FR.match(text)) is not None:
        head = f"{fr['who'] or ''}{fr['obj'] or ''}{fr['aux']}{fr['hy']}{fr['pro']}"
        positive = f"{head[:1].upper()}{head[1:]} {fr['rest']} ?"
        yes, no = "si", "non"
    elif (en := _NEGATIVE_ASKED_EN.match(text)) is not None:
        positive = f"{en['aux'][:-3]} {en['rest']}?"
        yes, no = "yes", "no"
    else:
        return None
    answer = ask(store, positive)
    if answer.answer is None or not isinstance(answer.value, bool):
        return replace(answer, question=text) if answer.answer is None else None
    said = re.sub(r"^(?:oui|yes|si|non|no)\b", yes if answer.value else no, answer.answer, flags=re.IGNORECASE)
    return replace(answer, question=text, answer=said)


# "How old was he at (the time of) his first election to the Assembly?", « Quel âge avait-il lors
# de sa première élection à l'Assemblée ? »: an age at an event named by its noun.
_ELECTION_NOUN_AGE = lazy(
    r"\b(?:at|during|upon|on|by)\s+(?:the\s+time\s+of\s+)?his\s+(?P<first>first\s+)?election\s+(?P<to>to|as)\s+"
    r"|\b(?:lors\s+de|au\s+moment\s+de|[àa]\s+l['’]\s*occasion\s+de)\s+s(?:a|on)\s+(?P<premiere>premi[èe]re\s+)?"
    r"[ée]lection\s+(?P<a>[àa]\s+la\s+t[êe]te|[àa]|au|aux|comme|en\s+tant\s+que)\s+",
    re.IGNORECASE,
)


def _age_event_clauses(text: str) -> tuple[str, ...]:
    """An age question whose event is a noun ("at his election as first secretary") with the
    event said by its verb, the election first ("when he was elected first secretary"), then the
    post taken ("when he became …", « quand il est devenu … »); none when it asks no age or names
    no such event."""
    if not _ASKS_AGE.search(fold(text)):
        return ()
    found = _ELECTION_NOUN_AGE.search(text)
    if found is None:
        return ()
    before, after = text[: found.start()], text[found.end() :]
    if found.group("to") is not None:
        first = "first " if found.group("first") else ""
        if found.group("to").lower() == "as":
            return (f"{before}when he was {first}elected {after}", f"{before}when he became {after}")
        return (f"{before}when he was {first}elected to {after}",)
    link = found.group("a").lower()
    if link.endswith(("tête", "tete")):
        # « à la tête du groupe »: the head taken, whether by a vote or by succeeding another.
        return (f"{before}quand il a pris la tête {after}",)
    first = "pour la première fois " if found.group("premiere") else ""
    if link in ("comme", "en tant que"):
        return (f"{before}quand il a été élu {first}{after}", f"{before}quand il est devenu {after}")
    return (f"{before}quand il a été élu {first}{link} {after}",)


def _quizzed(store: Store, text: str) -> Answer | None:
    """A quiz's item answered (faurecli.quiz): a cloze as the question its blank asks, a
    true-or-false item as its yes/no question, a multiple-choice question without its options,
    answered only with the one option its answer names (with its letter), else declined; None
    where the text is no such item."""
    from faurecli.quiz import chosen, cloze_question, options, true_or_false_question

    if (offered := options(text)) is not None:
        asked, choices = offered
        answer = ask(store, asked)
        if answer.answer is None:
            return replace(answer, question=text)
        picked = chosen(choices, answer.answer)
        if picked is None:
            letters = ", ".join(f"{letter}) {said}" for letter, said in choices)
            return _unanswered(
                replace(answer, question=text),
                f"the source's answer ({answer.answer}) is none of the options offered, or more than one: {letters}",
                answer.evidence,
            )
        letter, said = picked
        shown = f"{letter}) {said}"
        if not re.search(rf"(?<!\w){re.escape(fold(answer.answer).strip().lower())}(?!\w)", fold(said).lower()):
            shown = f"{shown} ({answer.answer})"  # what the source says, where it says more
        return replace(answer, question=text, answer=shown)
    plain = true_or_false_question(text)
    if plain is None:
        plain = cloze_question(text)
    if plain is None or plain == text:
        return None
    return replace(ask(store, plain), question=text)


def _asked(store: Store, question: str) -> Answer:
    text = check_text(question, "question").strip()
    if quiz_cued(text) and (quizzed := _quizzed(store, text)) is not None:
        # « Complète : il est né à … », « Vrai ou faux : … ? », « … ? A) 2016 B) 2017 C) 2018 »:
        # a quiz's item asked as the plain question it stands for.
        return quizzed
    if (said_plainly := question_plain(registers_plain(social_plain(text), question=True))) != text:
        # « M. Faure fut-il élu … ? », « Où vit-il le jour ? »: formal and literary French asked
        # as it is said plainly (« Faure a-t-il été élu … ? »); a trailing reason, the asker's
        # « notre », which ask nothing, left out.
        return replace(ask(store, said_plainly), question=text)
    if (" pas " in text or "n't" in text or "n’t" in text) and (negative := _negative_asked(store, text)) is not None:
        return negative
    timed = _two_events(store, text)
    if timed is not None:
        return timed
    results = _two_results(store, text)
    if results is not None:
        return results
    if (" - " in text or " / " in text) and ("+" in text or "&" in text or " and " in text):
        # "E - date + share?": two slots, each answered.
        if (facets := _two_facets(store, text)) is not None:
            return replace(facets, title=store.source.title)
    if (" - " in text or " / " in text) and (faceted := _faceted(text)) is not None:
        # "NG group pres. - successor?", "Faure / 2017 leg. / share?": a spreadsheet's facets,
        # topic then slot, asked as the one plain question they stand for.
        return replace(ask(store, faceted), question=text)
    noted = _telegraphic(text)
    if noted != text:
        # « Législatives 2017 : son suppléant ? »: a question written as notes, asked as the plain
        # question it stands for (every reading after this one sees its plain words).
        return replace(ask(store, noted), question=text)
    congress = _congress_by_its_town(store, text) if _TIME_BY_A_NAME.search(text) else text
    if congress != text:
        # "… before Aubervilliers?": before the congress the source names by that town.
        return replace(ask(store, congress), question=text)
    plain = _in_plain_shape(text)
    for _ in range(4 if plain is not None else 0):
        # "Which university was it that gave him his master's?": asked as its plain form is
        # (reshaped until no shape is left: "which university gave him" → "did he get … from").
        further = _in_plain_shape(plain) if plain is not None else None
        if further is None:
            return _not_the_doer(text, replace(ask(store, plain or text), question=text))
        plain = further
    true_that = _TRUE_THAT.match(text)
    if true_that is not None:
        return replace(ask(store, f"{true_that.group('rest')} ?"), question=text)
    asked = _ASKED_THEN_SAID.match(text)
    if asked is not None:
        # "When was Olivier Faure born? need the exact date for my slide": the question, and a
        # remark after it that asks nothing more.
        return replace(ask(store, asked.group(1)), question=text)
    clauses = _age_event_clauses(text)
    for clause in clauses:
        # "How old was he at his first election to the Assembly?": asked as "when he was first
        # elected to the Assembly", the event said by its verb.
        aged = ask(store, clause)
        if aged.answer is not None or clause == clauses[-1]:
            return replace(aged, question=text)
    age_now = _AGE_NOW_ASKED.match(fold(text))
    if age_now is not None:
        plain_age = "Quel âge a-t-il ?" if age_now.group("fr") else "How old is he?"
        return replace(ask(store, plain_age), question=text)
    other = _age_of_another(store, text)
    if other is not None:
        return _refused(store, text, Intent.NUMBER, f"the source gives no birth date but his, none for {other}")
    if _EITHER.search(fold(text)):
        better = _more_of_two(store, text)
        if better is not None:
            return replace(better, title=store.source.title, question=text)
    if "%" in text and (bound := _SHARE_BOUND.match(fold(text))) is not None:
        bounded = _share_within(store, text, bound)
        if bounded is not None:
            return replace(bounded, title=store.source.title, question=text)
    if (" or " in text or " ou " in text) and (years := _TWO_YEARS_OFFERED.search(fold(text))) is not None:
        better = _better_of_two_years(store, text, years)
        if better is not None:
            return replace(better, title=store.source.title, question=text)
    if _FUTURE_ASKED.match(fold(text)):
        note = f"the source tells nothing after its date ({store.source.as_of.human()})"
        return _refused(store, text, Intent.TEXT, note)
    # The source's title travels with the result, for the views' citation line; the question
    # is the one asked, not the plain words it was read in.
    each = _each_of_two(store, question)
    if each is not None:
        return replace(each, title=store.source.title, question=question.strip())
    both = _both_parts(store, question)
    if both is not None:
        return replace(both, title=store.source.title, question=question.strip())
    half = _first_part_only(store, question)
    if half is not None:
        return replace(half, title=store.source.title, question=question.strip())
    relative = _after_his_deed(store, question)
    if relative is not None:
        relative = _yes_beyond_source(store, question, relative)
        relative = _around_what_was_during(question, relative)
        return replace(relative, title=store.source.title, question=question.strip())
    between = _years_between(store, question)
    if between is not None:
        return replace(between, title=store.source.title, question=question.strip())
    entered = _entered_assembly(store, question) if _ENTERED_ASSEMBLY_HINT.search(question) else None
    if entered is not None:
        return replace(entered, title=store.source.title, question=question.strip())
    deed = _others_deed(store, question) if _OTHERS_DEED_HINT.match(question) else None
    if deed is not None:
        return replace(deed, title=store.source.title, question=question.strip())
    twice = _title_held_twice(store, question) if _TITLE_HINT.search(question) else None
    if twice is not None:
        return replace(twice, title=store.source.title, question=question.strip())
    answer = _ask(store, question)
    if answer.answer is None and answer.type is Intent.NUMBER and _VOTES_COUNTED.search(question):
        # « Avec combien de voix a-t-il été réélu … ? », "How many votes did he get at …?": where
        # the source gives no count, the share it gives is its answer, said as a share.
        share = _ask(store, _VOTES_COUNTED.sub(_as_share, question, count=1))
        # (One figure only: "48.37% (first round)" for a congress whose vote had two rounds is
        # not the count asked for, and not the share either.)
        if share.answer is not None and share.type is Intent.SHARE and re.fullmatch(r"\d[\d.,]*\s?%", share.answer):
            said = (
                "la source donne la part des voix, pas un nombre de voix"
                if _FRENCH_VOTES.search(question)
                else "the source gives the share of the vote, not a count of votes"
            )
            answer = replace(share, note=said if share.note is None else f"{share.note}; {said}")
    if answer.answer is None and answer.type is Intent.YES_NO and _STAYED_HINT.search(question):
        answer = _by_contrary(store, question) or answer
    if answer.answer is None and (partner := _partner_party(store, question)) is not None:
        answer = partner
    if answer.answer is None and (titled := _titled_doer(store, question)) is not None:
        return replace(titled, title=store.source.title, question=question.strip())
    if answer.answer is None and (related := _of_his_relation(store, question)) is not None:
        return replace(related, title=store.source.title, question=question.strip())
    if answer.answer is None:
        set_before = _setting_told_before(store, question)
        if set_before is not None:
            set_before = _yes_beyond_source(store, question, set_before)
            set_before = _around_what_was_during(question, set_before)
            return replace(set_before, title=store.source.title, question=question.strip())
        together = _HE_AND_ANOTHER.match(question.strip())
        if together is not None:
            # "Did Faure and Benoît Hamon ever share an apartment?": did he do it with the other.
            aux, other, rest = together.groups()
            answer = replace(ask(store, f"{aux} Faure {rest} with {other}?"), question=question.strip())
    if answer.answer == store.person.name and _DONE_TO_HIM.match(fold(question.strip())):
        # "Who accompanied Faure in his divorces?": whoever did it to him is not he.
        answer = _unanswered(answer, "the source does not say who")
    if answer.type is Intent.PERSON and answer.answer and _ASKS_ELECTED_WITH.match(fold(question.strip())):
        answer = _elected_with(store, question, answer)
    if (
        answer.type is Intent.PERSON
        and answer.answer
        and _all_named_in(answer.answer, fold(question))
        and not _WHO_IS.match(fold(question.strip()))
    ):
        # "Who supported Le Foll?": the one the question names is not who did it to them.
        answer = _unanswered(answer, "the source does not say who")
    if answer.type is Intent.PERSON:
        answer = _to_whom(store, question, answer)
        answer = _titled_doer_untitled(store, question, answer)
        answer = _doer_of_role(store, question, answer)
        answer = _possessor_of_thing(store, question, answer)
        answer = _poll_rank_untold(question, answer)
        answer = _title_at_year_undated(question, answer)
    if answer.answer is not None and _RANKED_ASKED_HINT.search(question):
        answer = _ranked_answer(store, question, answer)
    answer = _undone_asked(store, question, answer)
    answer = _yes_beyond_source(store, question, answer)
    answer = _several_for_the_one_by_order(question, answer)
    answer = _beyond_what_is_named(store, question, answer)
    answer = _outside_window(store, question, answer)
    answer = _anothers_figure(store, question, answer)
    answer = _figure_of_another_item(store, question, answer)
    answer = _one_of_contrasted_clauses(question, answer)
    answer = _at_another_age(question, answer)
    answer = _one_member_of_a_joint_list(store, question, answer)
    answer = _thing_without_its_deed(store, question, answer)
    answer = _title_unsaid(question, answer)
    answer = _month_untold(store, question, answer)
    answer = _fragment(question, answer)
    answer = _dated_at_another(store, question, answer)
    answer = _place_of_another_noun(question, answer)
    answer = _place_of_named_thing(store, question, answer)
    if answer.answer is not None and _POST_ASKED_UNDER.search(question):
        answer = _post_under(store, question, answer)
    premise = _PREMISED.match(question.strip()) if answer.answer is not None else None
    claim = _as_claim(premise.group(1)) if premise is not None else None
    if answer.answer is not None and premise is None and answer.type is Intent.PERSON:
        claim = _with_whom(question.strip(), answer.answer)
    claims = [claim] if claim is not None else []
    if answer.answer is not None:
        claims += _led_as_leader(question.strip(), claims)
        claims += _without_aspect(claims)
    if answer.answer is not None and premise is not None and answer.type is Intent.PLACE:
        # The place put in too: "Where did Faure grow up after leaving Metropolitan France?" +
        # Réunion → "Faure grew up in Réunion after leaving …" (he grew up in Metropolitan France).
        claims += _with_where(claims[0] if claims else "", answer.answer)
    for claim in claims:
        # "Why did Faure support Macron in 2017?": what the question takes as given, the source
        # contradicts ("ultimately refused to support him"); no answer takes it as true. Nor is
        # a person the answer the source contradicts once put in the question ("Who did Faure
        # succeed as First Secretary in 2021?": he succeeded Cambadélis in 2018).
        from faurecli.verdicts import Verdict, verify

        checked = verify(store, claim)
        stance = premise is None and _WHO_STANCE.match(question.strip()) is not None
        if checked.verdict is Verdict.REFUTED and (not stance or _deed_refuted(checked, figures=True)):
            note = f"the question takes as given what the source contradicts: {checked.correction}"
            answer = Answer(answer.question, None, answer.type, None, checked.evidence, (), (), note, ())
            break
        if premise is None and checked.verdict is Verdict.NOT_ENOUGH_INFO and _deed_unsaid(question, checked.note):
            # "Who won the Harris Interactive poll?" + Faure, "Who wrote the El Khomri law?" +
            # Valls: the person is named in the sentence, but no one does the deed asked there.
            answer = _unanswered(answer, "the source does not say who", answer.evidence)
            break
        if (
            premise is not None
            and checked.verdict is Verdict.NOT_ENOUGH_INFO
            and not checked.conflicts
            and _TITLE_PREMISE.match(fold(claim).strip())
        ):
            # "When was Faure Prime Minister?", « Quand Faure a-t-il été suppléant ? »: a title the
            # question gives him, which the source does not (his own it supports); the date found
            # is of whoever held it.
            note = "the question takes as given a title the source does not give him"
            answer = _unanswered(answer, note, answer.evidence)
            break
        where = _CLOSING_SETTING.search(question.strip()) if premise is None else None
        if where is not None and checked.verdict is Verdict.NOT_ENOUGH_INFO and checked.note:
            # "Who did Faure meet at university?" + Benoît Hamon: whom he met, but not where the
            # question asks (as a member of the PS); the place or setting it names is not told.
            unsaid = checked.note.removeprefix("the evidence does not say: ")
            setting = set(split_words(fold(where.group("what"))))
            # (Not an event: "at the Aubervilliers Congress" is told across its story's sentences.)
            if (
                unsaid != checked.note
                and not setting & _EVENT_WORDS
                and setting & {fold(w.strip()) for w in unsaid.split(",")}
            ):
                note = f"the source does not say so {where.group().strip(' ?')}"
                answer = _unanswered(answer, note, answer.evidence)
                break
        untold = _PREMISE_UNTOLD.match(checked.note or "")
        if premise is not None and checked.verdict is Verdict.NOT_ENOUGH_INFO and untold:
            # "When did Faure lose his seat?": a race lost, no seat held; « Quand le PS a-t-il
            # quitté le NFP ? »: the left wing, no leaving. What it takes as given is not told.
            note = f"the question takes as given what the source does not tell: {checked.note}"
            answer = _unanswered(answer, note, answer.evidence)
            break
        others = [
            p.found
            for p in checked.parts
            if p.agrees is None
            and p.found
            and (_DEED_OF_ANOTHER.match(p.found) or _said_of_another(store, p.found))
            # (A title given to another counts when it is the one the claim gives him, not a
            # title beside his: "adviser to the Prime Minister".)
            and (not p.found.startswith("the evidence gives this title") or _HIS_PREMISE.match(p.text))
        ]
        # (An answer read on his infobox is his own post's: verify's reading of who did it in
        # the sentence beside it does not undo it.)
        his_card = any(e.id.startswith(INFOBOX_PREFIX) for e in answer.evidence)
        mine = _HIS_PREMISE.match(claim) is not None and not his_card and answer.type is Intent.DATE
        if premise is not None and checked.verdict is Verdict.NOT_ENOUGH_INFO and others and mine:
            # "When did Faure become director-general of UNESCO?": the sentence dated is found,
            # but its deed is another's (his wife went to work with the one who did).
            note = f"the source does not say it of the one asked about: {others[0]}"
            answer = _unanswered(answer, note, answer.evidence)
            break
        his_post = [p.found for p in checked.parts if p.agrees is None and _HIS_POST_GIVEN.match(p.found or "")]
        if (
            premise is not None
            and checked.verdict is Verdict.NOT_ENOUGH_INFO
            and his_post
            and not _HIS_PREMISE.match(claim)
        ):
            # "When did Valérie Rabault become First Secretary?": a post of his the question gives
            # another (she replaced him at the head of the group); the date is his.
            note = f"the question gives another a post the source gives him: {his_post[0]}"
            answer = _unanswered(answer, note, answer.evidence)
            break
    answer = _slot_given_another(store, question, answer)
    answer = _date_given(question, answer)
    answer = _first_unranked(store, question, answer)
    answer = _election_kind_unmet(store, question, answer)
    answer = _aide_reversed(store, question, answer)
    answer = _winner_reversed(store, question, answer)
    answer = _count_of_another_deed(question, answer)
    answer = _state_title_never_his(store, question, answer)
    answer = _titled_one_untold(store, question, answer)
    answer = _leader_untold(question, answer)
    answer = _around_what_was_during(question, answer)
    answer = _when_untold(question, answer)
    answer = _other_side_of_contrast(question, answer)
    return replace(answer, title=store.source.title, question=question.strip())


# "Who did Faure work for before 1997?", « Pour qui travaillait-il après 2000 ? »: a window
# the question sets by a year alone, strictly before or after it (not "five years after", nor
# "after the 2007 defeat", nor "before 2012's election": a year that names an event).
_YEAR_WINDOW = lazy(
    r"(?<!\byears\s)(?<!\byear\s)(?<!\bans\s)(?<!\ban\s)\b(?P<side>before|after|prior\s+to|avant|apres)"
    r"\s+(?:l'an\s+|the\s+year\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*['’]|\s+[a-z])"
)
# "Who did his wife work for until February 2018?", « jusqu'en février 2018 »: what she did then
# began before it (a month may stand before the year).
_UNTIL_WINDOW = lazy(
    r"\b(?P<side>until|till|jusqu['’]\s*(?:en|a|au))\s+(?:[a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*['’]|\s+[a-z])"
)
# Where a sentence's years stand: a period, an end, a start, or a year alone.
_TIME_SAID = lazy(
    r"\b(?:from|de|entre|between)\s+(?P<first>(?:19|20)\d\d)\s+(?:to|until|a|à|and|et)\s+(?P<last>(?:19|20)\d\d)\b"
    r"|\b(?:until|till|up\s+to|jusqu'en|jusqu'a|jusqu'à)\s+(?:\w+\s+){0,2}?(?P<end>(?:19|20)\d\d)\b"
    r"|\b(?:since|depuis)\s+(?:\w+\s+){0,2}?(?P<start>(?:19|20)\d\d)\b"
    r"|\b(?P<year>(?:19|20)\d\d)\b"
)
# A tie the clause says is over ("formerly close to …"), by the time its sentence tells.
_FORMERLY = lazy(r"\b(?:formerly|previously|once|autrefois|anciennement|jadis)\b")
# A clause told at the time just before it ("until February 2018, when she went to work …").
_WHEN_AT = lazy(r",\s*(?:when|where|quand|lorsqu\w*|où|ou)\b")


def _time_said(text: str) -> tuple[float, float] | None:
    """The earliest and latest years `text` gives its deed (an open end as infinite); None
    when it gives none."""
    spans: list[tuple[float, float]] = []
    for found in _TIME_SAID.finditer(text):
        if found.group("first"):
            spans.append((int(found.group("first")), int(found.group("last"))))
        elif found.group("end"):
            spans.append((float("-inf"), int(found.group("end"))))
        elif found.group("start"):
            spans.append((int(found.group("start")), float("inf")))
        else:
            spans.append((int(found.group("year")), int(found.group("year"))))
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _answer_time(store: Store, answer: Answer) -> tuple[float, float] | None:
    """The years the answer's own part of its sentence gives it: the clause naming it (cut at
    ";", at a new role after "and", at ", when …", which takes the date just before it), else
    its sentence, else the events the store dates from that sentence. None when undated."""
    assert answer.answer is not None
    name = fold(answer.answer)
    for evidence in answer.evidence:
        if evidence.id.startswith(INFOBOX_PREFIX):
            continue
        text = fold(evidence.text)
        at = text.find(name)
        if at < 0:
            continue
        cuts = [0, *(m.start() for m in _WHEN_AT.finditer(text)), len(text)]
        start = max(c for c in cuts if c <= at)
        end = min(c for c in cuts if c > at)
        clause = text[start:end]
        for part in _NAME_PART.finditer(clause):
            if part.start() <= at - start < part.end():
                clause = part.group()
        said = _time_said(clause)
        if said is None and start > 0:
            # ", when she went to work with …": at the date the clause before it ends on.
            before = _time_said(text[:start])
            told = list(_TIME_SAID.finditer(text[:start]))
            if before is not None and told:
                last = _time_said(told[-1].group())
                said = None if last is None else (last[1], last[1])
        if said is None:
            said = _time_said(text)
        if said is None:
            years = [e.date.year for e in store.events if evidence.id in e.sources]
            if years:
                said = (min(years), max(years))
        if said is not None and _FORMERLY.search(clause):
            # "formerly close to Christophe Castaner": a tie ended by then, of no given start.
            said = (float("-inf"), said[1])
        return said
    return None


def _outside_window(store: Store, question: str, answer: Answer) -> Answer:
    """ "Who did Faure work for before 1997?" + Martine Aubry (1997 to 2000): the answer's own
    time must lie, at least in part, strictly inside the window the question sets by a year;
    else (or undated) the answer is declined."""
    if answer.answer is None or answer.type in (Intent.YES_NO, Intent.DATE, Intent.DURATION):
        return answer
    window = _YEAR_WINDOW.search(fold(question)) or _UNTIL_WINDOW.search(fold(question))
    if window is None or _ASKS_AGE.search(fold(question)):
        return answer
    year = int(window.group("year"))
    # ("until 2018", « jusqu'en février 2018 »: a time begun before it, as "before".)
    after = window.group("side") in ("after", "apres")
    said = _answer_time(store, answer)
    if said is not None and (said[1] > year if after else said[0] < year):
        return answer
    side = "after" if after else "until" if window.group("side").startswith(("until", "till", "jusqu")) else "before"
    note = f"the source does not date it {side} {year}"
    if said is not None:
        note = f"the source dates it otherwise than {side} {year}"
    return _unanswered(answer, note, answer.evidence)


# "What share did Faure win in 2019?", « Combien a-t-il obtenu ? »: a result asked as his own.
_HIS_RESULT = lazy(
    r"\b(?:did|does|has|had)\s+(?:olivier\s+)?(?:faure|he)\s+(?:get|win|receive|obtain|score|take|gain|earn|poll|secure)\b"
    # (Not "Faure's votes": the votes he cast in the Assembly.)
    r"|\b(?:olivier\s+)?faure['’]s\s+(?:score|share|result|percentage|tally)\b"
    r"|\bhis\s+(?:score|share|result|percentage|tally)\b|\bson\s+(?:score|resultat|pourcentage)\b"
    # (« Quel score Le Foll a-t-il obtenu ? » is another's: his name with the verb only.)
    r"|\bfaure\s+(?:a-t-il|a)\s+(?:obtenu|gagne|remporte|recueilli|fait)\b"
    r"|\ba\s+(?:obtenu|gagne|remporte|recueilli|fait)\s+(?:olivier\s+)?faure\b"
)


def _anothers_figure(store: Store, question: str, answer: Answer) -> Answer:
    """ "What share of the vote did Faure win in 2019?" + 6.2%: a figure asked as his own must
    be his in its sentence's grammar (that 6.2% is the alliance's joint list's, on which he did
    not stand); a figure the sentence gives another, or no one, is declined."""
    if answer.answer is None or answer.type not in (Intent.SHARE, Intent.NUMBER) or answer.value is None:
        return answer
    if not _HIS_RESULT.search(fold(question)):
        return answer
    known = knowledge(store)
    for evidence in answer.evidence:
        if evidence.id.startswith(INFOBOX_PREFIX):
            continue
        held = [v for v in _values(evidence.text) if v.number == answer.value]
        if not held:
            continue
        owners = {_figure_owner(known, evidence.text, v) for v in held}
        if store.person.name in owners:
            return answer
        note = "the source gives that figure as another's, not his"
        return _unanswered(answer, note, answer.evidence)
    return answer


# A list of three or more items ("…, abandonment of the 4000 job cuts in education, 500 job cuts
# in France Travail and …, one billion euro increase in healthcare spending"): its items.
_LIST_ITEM_SPLIT = lazy(r",\s+|;\s+|\s+and\s+|\s+et\s+")
# What an item's figure is of: "in education", "in healthcare spending", « dans l'éducation ».
_ITEM_DOMAIN = lazy(r"\b(?:in|for|dans|pour)\s+(?:the\s+|l['’]\s*|la\s+|le\s+)?((?:[\w-]+\s+){0,2}[\w-]+)\s*$")
_FIGURE_UNITS = frozenset("euro euros percent per cent million billion milliard milliards thousand".split())


def _covered(analysis: Analysis, word: str) -> bool:
    """Whether a word is one of the question's concepts (by stem, or one a prefix of the other)."""
    root = stem(word)
    return any(
        root == member or (min(len(root), len(member)) >= 4 and (root.startswith(member) or member.startswith(root)))
        for group in analysis.concepts
        for member in group
    )


# "… won 6.2% of the vote and six seats, …, while the list of Benoît Hamon … won 3.3%": two
# clauses set against each other, each with its own subject and figures.
_WHILE_CLAUSE = lazy(r",?\s+(?:while|whereas|alors\s+que|tandis\s+que)\s+", re.IGNORECASE)
_FIGURE_WORD = lazy(
    r"\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|sept"
    r"|huit|neuf|dix)\b"
)
_MOST_ASKED = lazy(r"\b(?:most|more|fewest|fewer|least|less|le\s+plus|le\s+moins|davantage)\b")


def _one_of_contrasted_clauses(question: str, answer: Answer) -> Answer:
    """ "Which list won six seats?" + "the list of Benoît Hamon": an answer taken from one of two
    clauses a sentence sets against each other ("…, while …"), where the figure the question
    gives is the other clause's, or the question asks which did most (the clauses' figures are
    not weighed here): declined, not the wrong clause's subject."""
    if answer.answer is None or answer.type not in (Intent.TEXT, Intent.PERSON):
        return answer
    said = [e for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX) and _WHILE_CLAUSE.search(e.text)]
    if len(said) != 1:
        return answer
    clauses = _WHILE_CLAUSE.split(said[0].text)
    own = [c for c in clauses if fold(answer.answer) in fold(c)]
    if len(own) != 1:
        return answer
    folded = fold(question)
    figures = {f.group() for f in _FIGURE_WORD.finditer(folded)} - set(re.findall(r"\b(?:19|20)\d\d\b", folded))
    others = [fold(c) for c in clauses if c is not own[0]]
    elsewhere = any(re.search(rf"\b{re.escape(f)}\b", c) for f in figures for c in others)
    if not elsewhere and not (_MOST_ASKED.search(folded) and len(clauses) > 1):
        return answer
    return _unanswered(answer, "the source says it of another clause's subject", answer.evidence)


# "Which party did he join at 18?", « à 18 ans »: an age the question sets the deed at; and the
# age a sentence gives ("at the age of 16", « à l'âge de 16 ans »).
_AT_AGE_ASKED = lazy(
    r"\b(?:at\s+(?:the\s+age\s+of\s+|age\s+)?|[àa]\s+(?:l['’]\s*[âa]ge\s+de\s+)?"
    r"|when\s+(?:he|faure)\s+was\s+|(?:quand|lorsqu['’]\s*)\s*il\s+avait\s+)"
    r"(\d{1,2})(?:\s+ans)?\b(?!\s*(?:%|votes?|voix|seats?|sieges|percent|years|months|days|jours|mois))"
)
_AGE_SAID = lazy(r"\bat\s+the\s+age\s+of\s+(\d{1,2})\b|\b[àa]\s+l['’]\s*[âa]ge\s+de\s+(\d{1,2})\b|\baged\s+(\d{1,2})\b")


def _at_another_age(question: str, answer: Answer) -> Answer:
    """ "Which party did he join at 18?" + the PS: the sentence that gives the deed gives it at
    another age ("at the age of 16"), or at none where the answer is a thing, a person or a place:
    declined (the premise is not the source's; a different slot's answer is no answer)."""
    if answer.answer is None or answer.type not in (Intent.TEXT, Intent.PERSON, Intent.PLACE):
        return answer
    asked = _AT_AGE_ASKED.search(fold(question))
    if asked is None or not 5 <= int(asked.group(1)) <= 99:
        return answer
    said = {int(g) for e in answer.evidence for m in _AGE_SAID.finditer(fold(e.text)) for g in m.groups() if g}
    if int(asked.group(1)) in said:
        return answer
    note = f"the source gives that at the age of {min(said)}" if said else "the source gives no age for it"
    return _unanswered(answer, note, answer.evidence)


# "the alliance between PS and Raphaël Glucksmann's Place Publique": a joint list's members; and
# the part of its figure one member's ("six seats, including three Socialists").
_ALLIANCE_OF = lazy(
    r"\balliance\s+between\s+(?P<a>[^,.;]+?)\s+and\s+(?P<b>[^,.;]+?)(?=\s+(?:would|was|were|won)\b|[,.;])"
)
_JOINT_ASKED = lazy(
    r"(?i:\b(?:list|lists|liste|listes|alliance|joint|commune|coalition|ensemble|together|and|et)\b)"
    r"|\w\s*[–/&]\s*\w|\b[A-Z][\w]*-[A-Z]"
)
_SOCIALISTS_AMONG = lazy(r"\bincluding\s+(\w+)\s+Socialists\b")
_SMALL_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _one_member_of_a_joint_list(store: Store, question: str, answer: Answer) -> Answer:
    """ "How many seats did the PS win in 2019?" + 6: a figure of a joint list asked of one of its
    members alone is not that member's: his party's part where the source counts it ("including
    three Socialists"), else declined."""
    if answer.answer is None or answer.type is not Intent.NUMBER:
        return answer  # (a share projected for the alliance is read as the party's by writers alike)
    folded = fold(question)
    if _JOINT_ASKED.search(question):
        return answer
    told = " ".join(e.text for e in answer.evidence)
    joint = _ALLIANCE_OF.search(told) or next(
        (m for s in store.sentences if (m := _ALLIANCE_OF.search(s.text)) is not None and s.id in answer.sources), None
    )
    if joint is None:
        return answer
    named = [
        side
        for side in ("a", "b")
        if (set(split_words(re.split(r"['’]s\b", fold(joint[side]))[-1])) - STOPWORDS) & set(split_words(folded))
        or (fold(joint[side]).strip() in HIS_PARTY_WORDS and set(split_words(folded)) & HIS_PARTY_WORDS)
    ]
    if len(named) != 1:
        return answer
    part = _SOCIALISTS_AMONG.search(told)
    ours = fold(joint[named[0]]).strip() in HIS_PARTY_WORDS
    # (Its part only where the question names the joint list's own election: « à l'Assemblée » asks
    # of another body, whose seats the source does not count.)
    race = re.search(r"\b(?:19|20)\d\d\b|europ", folded) is not None and "assembl" not in folded
    if ours and race and part is not None and part.group(1).lower() in _SMALL_COUNTS:
        count = _SMALL_COUNTS[part.group(1).lower()]
        value = type(answer.value)(count) if isinstance(answer.value, (int, float)) else answer.value
        return replace(answer, answer=str(count), value=value, note="his party's part of the joint list's")
    note = "the source gives that figure for the joint list, not for one of its parties"
    return _unanswered(answer, note, answer.evidence)


def _figure_of_another_item(store: Store, question: str, answer: Answer) -> Answer:
    """ "How many job cuts in healthcare were abandoned?" + 4000: a figure taken from a list of
    several (each "N <thing> in <domain>") is the answer only where the question names its own
    item's domain ("in education"); one named for another item, for none of the list, or not
    at all ("job cuts were abandoned": 4000 or 500) is declined as a figure from the wrong slot."""
    if answer.answer is None or answer.type not in (Intent.SHARE, Intent.NUMBER) or answer.value is None:
        return answer
    said = [e for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    if not said:
        return answer
    items: list[str] = []
    for evidence in said:
        parts = [p for p in _LIST_ITEM_SPLIT.split(evidence.text) if p.strip()]
        if len(parts) < 3:
            continue
        items = [p for p in parts if fold(answer.answer) in fold(p)]
        if items:
            break
    if len(items) != 1:
        return answer
    item = fold(items[0])
    after = item[item.index(fold(answer.answer)) + len(fold(answer.answer)) :]
    domain = _ITEM_DOMAIN.search(after)
    if domain is None:
        return answer
    words = [w for w in content_words(domain.group(1)) if w not in _FIGURE_UNITS]
    if not words:
        return answer
    known = knowledge(store)
    analysis = _in_other_words(analyse(question, known.built.known, known.built.people), known.built.known)
    if _covered(analysis, words[0]):
        # (The domain's own word, before a head a question may leave out or share: "healthcare
        # spending" is asked « pour la santé », and is not "education spending".)
        return answer
    note = f"the source gives that figure for another item of its list: {items[0].strip()}"
    return _unanswered(answer, note, answer.evidence)


# "Who was president of the Young Rocardiens?", « Qui était le président des jeunes rocardiens ? »:
# the holder of a title asked by that title.
_WHO_HELD_TITLE = lazy(
    r"^\s*(?:who|qui)\s+(?:was|is|has\s+been|were|etait|est|a\s+ete|fut)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?"
    r"(?P<title>president|presidente|chair(?:man|woman)?|mayor|maire|secretary[\s-]general|secretaire[\s-]generale?"
    r"|director[\s-]general|directeur\s+general|chief\s+executive|chief\s+of\s+staff|cabinet\s+director"
    r"|directeur\s+de\s+cabinet|leader|minister|ministre)"
    r"\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?(?P<of>[\w-]+)"
)
_ASKED_BODY_END = lazy(r"[?,;.]|\b(?:in|at|that|who|whom|which|from|during|en|dans|que|qui|pendant|(?:19|20)\d\d)\b")
# « Qui présidait l'Assemblée nationale ? », "Who chaired the …?": the title asked by its verb.
_WHO_PRESIDED = lazy(
    r"^\s*(?:who|qui)\s+(?:presided\s+over|presides\s+over|chaired|chairs|presidait|preside|presida|a\s+preside)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?(?P<of>[\w-]+)"
)
_TITLE_SAID = {
    "president": r"presid(?:ent|ente)s?\b|chair(?:man|woman)?\b",
    "presidente": r"presid(?:ent|ente)s?\b|chair(?:man|woman)?\b",
    "chair": r"presid(?:ent|ente)s?\b|chair(?:man|woman)?\b",
    "chairman": r"presid(?:ent|ente)s?\b|chair(?:man|woman)?\b",
    "chairwoman": r"presid(?:ent|ente)s?\b|chair(?:man|woman)?\b",
    "mayor": r"mayor\b|maire\b",
    "maire": r"mayor\b|maire\b",
    "director general": r"director[\s-]general\b|directeur\s+general\b",
    "directeur general": r"director[\s-]general\b|directeur\s+general\b",
    "chief executive": r"chief\s+executive\b",
    "chief of staff": r"chief\s+of\s+staff\b|cabinet\s+director\b",
    "cabinet director": r"chief\s+of\s+staff\b|cabinet\s+director\b",
    "directeur de cabinet": r"chief\s+of\s+staff\b|cabinet\s+director\b",
    "leader": r"leader\b|head\b",
    # ("an advisor to Martine Aubry in the Ministry of Labour": the ministry she headed.)
    "minister": r"minist(?:er|re|ry|ere)s?\b",
    "ministre": r"minist(?:er|re|ry|ere)s?\b",
    "prime minister": r"prime\s+minister\b|premier\s+ministre\b",
    "premier ministre": r"prime\s+minister\b|premier\s+ministre\b",
}
# A title asked bare, of nothing ("Who was President in 1991?", « Qui était maire en 2001 ? »).
_WHO_HELD_BARE_TITLE = lazy(
    r"^\s*(?:who|qui)\s+(?:was|is|has\s+been|were|etait|est|a\s+ete|fut)\s+(?:the\s+|le\s+|la\s+)?"
    r"(?P<title>president|presidente|chair(?:man|woman)?|mayor|maire|prime\s+minister|premier\s+ministre)\b"
    r"(?!\s*(?:of|de|du|des|d['’]))"
    r"(?:\s+(?:(?:in|en|during|pendant|from|de|when|quand|lorsque)\s+|lorsqu['’]\s*)[\w\s'’-]*)?\s*\??\s*$"
)


def _bare_title_qualified(question: str, answer: Answer) -> Answer:
    """ "Who was President in 1991?" + Gérard Gouzes ("the president of the commission of law"):
    a title asked of nothing is not the one the evidence gives, only of a named body; nor one
    the evidence does not give at all ("Who was President in 2016?" + Emmanuel Macron, from
    "Faure considered endorsing Emmanuel Macron"); declined."""
    asked = _WHO_HELD_BARE_TITLE.match(fold(question))
    if asked is None or answer.answer is None:
        return answer
    said = _TITLE_SAID.get(re.sub(r"\s+", " ", asked.group("title")), "")
    surname = re.escape(fold(answer.answer).split()[-1])
    if asked.group("title").startswith("presid") and any(
        re.search(rf"\bpresidency\s+of\s+(?:\w+\s+){{0,2}}{surname}\b|\b{surname}\s+presidency\b", fold(e.text))
        for e in answer.evidence
    ):
        return answer  # "under the presidency of François Hollande", "under the Hollande presidency"
    held = [fold(e.text)[m.end() :] for e in answer.evidence for m in re.finditer(rf"\b(?:{said})", fold(e.text))]
    if not held:
        return _unanswered(answer, f"the source does not give {answer.answer} that title", answer.evidence)
    if any(not re.match(r"\s+(?:of|de|du|des|d['’])\b", rest) for rest in held):
        return answer
    note = f"the source gives {answer.answer} that title only of a body it names, which the question does not"
    return _unanswered(answer, note, answer.evidence)


def _title_unsaid(question: str, answer: Answer) -> Answer:
    """ "Who was president of the Young Rocardiens?" + Olivier Faure (its secretary-general), "Who
    was president of the UMP?" + Chantal Brunel (of the UMP): a holder answered for a title is
    one whose evidence says that title at all; else declined."""
    if answer.answer is None or answer.type is not Intent.PERSON:
        return answer
    asked = _WHO_HELD_TITLE.match(fold(question)) or _WHO_PRESIDED.match(fold(question))
    if asked is None:
        return _bare_title_qualified(question, answer)
    title = re.sub(r"[\s-]+", " ", asked.groupdict().get("title") or "president")
    said = _TITLE_SAID.get(title, r"secr[ea]tar(?:y|ie)[\s-]general\w*\b|secretaire[\s-]general\w*\b")
    # The body the question names, whole ("the Assembly law commission", "the National Assembly");
    # an acronym asked, "the SRC group", the sentence may spell out.
    spelled = re.search(rf"\b{re.escape(asked.group('of'))}\b", question, re.IGNORECASE)
    phrase = _ASKED_BODY_END.split(fold(question)[asked.start("of") :], maxsplit=1)[0]
    acronym = spelled is not None and spelled.group().isupper()
    body = [] if acronym else [w for w in split_words(phrase) if w not in STOPWORDS]
    holder = fold(answer.answer).split()[-1]
    # (Asked by its verb, "chaired the Socialist group": a word of the body will do. The title given
    # them by their name, or in a sentence chosen for them: "to become the formation's
    # secretary-general".)
    named: Named = "one" if _WHO_HELD_TITLE.match(fold(question)) is None else "head"
    if any(said_to_lead(fold(e.text), h, body, said, named=named) for e in answer.evidence for h in (holder, None)):
        return answer
    note = f"the source does not give {answer.answer} that title"
    return _unanswered(answer, note, answer.evidence)


_MONTHS_BOTH_TONGUES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
# "Who did Faure beat in March 2017?", « en mars 2017 »: a month the question dates it to.
# ("Who did he work with from October 2007?", « à partir d'octobre 2007 », « depuis mars 2017 »:
# a start set by its month is as much the month asked.)
_MONTH_ASKED = lazy(
    r"\b(?:(?:in|en|during|pendant|from|since|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+of|depuis|des)\s+"
    r"|a\s+partir\s+(?:de\s+|d['’]\s*))"
    rf"(?:early\s+|late\s+|debut\s+|fin\s+)?({_MONTHS_BOTH_TONGUES})\s+((?:19|20)\d\d)\b"
)
_MONTH_SAID = lazy(rf"\b(?:{_MONTHS_BOTH_TONGUES})\b")
_MONTH_NUMBER = {name: at % 12 + 1 for at, name in enumerate(_MONTHS_BOTH_TONGUES.split("|"))}


def _month_untold(store: Store, question: str, answer: Answer) -> Answer:
    """ "Who did Faure beat in March 2017?" + Amandine Rubinelli: the source dates that race to
    its year only (a year is a year); an answer whose sentence names not the month asked, and
    whose events the store does not date to it, is declined."""
    if answer.answer is None or answer.type in (Intent.YES_NO, Intent.DATE, Intent.DURATION):
        return answer
    asked = _MONTH_ASKED.search(fold(question))
    if asked is None or _ASKS_AGE.search(fold(question)):
        return answer  # (an age "in June 2012" is arithmetic on his birth date and that month)
    year, month = int(asked.group(2)), _MONTH_NUMBER[asked.group(1)]
    said = [e for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    for evidence in said:
        if month in {_MONTH_NUMBER[m.group()] for m in _MONTH_SAID.finditer(fold(evidence.text))}:
            return answer
        if any(evidence.id in e.sources and (e.date.year, e.date.month) == (year, month) for e in store.events):
            return answer
    if not said:
        return answer
    note = f"the source does not date it to the month: {asked.group(1)} {year}"
    return _unanswered(answer, note, answer.evidence)


# "Il a été réélu avec combien de pourcents …, et contre qui ?", "Who was his opponent …, and
# what share did she get?": two things asked, the second after "and"/"et" with its own question
# word (before or after a short clause: "et elle a fait combien").
_TWO_ASKED = lazy(
    r"^(?P<first>.{8,}?)(?:\s*,\s*|\s+)(?:and|et)\s+"
    r"(?P<second>(?:(?:he|she|il|elle)\s+(?:\w+\s+){1,2}?)?"
    r"(?:against\s+whom|to\s+whom|with\s+what|by\s+how\s+(?:much|many)|contre\s+qui|face\s+[àa]\s+qui"
    # "…, and how old was he then?", « et quel âge avait-il ? »: his age at the first part's time.
    r"|how\s+old|(?:[àa]\s+)?quel\s+[âa]ge"
    r"|avec\s+(?:quel\w*|combien)|who|whom|what|which|how\s+(?:many|much|long)|when|where|qui|quel\w*"
    # "…, and in what city?", « et dans quelle ville ? »: a preposition before the question word.
    r"|(?:in|at|from|dans|en|[àa])\s+(?:what|which|quel\w*)"
    # « et lors de quel congrès ? », "and during which congress?", "and for how long?".
    r"|(?:during|lors\s+d[eu]|au\s+cours\s+d[eu])\s+(?:what|which|quel\w*)|for\s+how\s+long"
    r"|combien|quand|o[uù])\b[^,]*)$",
    re.IGNORECASE,
)
# The opening question word of a part, taken out where that part only gives the other its setting.
_PART_ASKS = lazy(
    # (« À quelle date », "on what day": the date asked, its preposition with it.)
    r"^\s*(?:(?:(?:[àa]|on|in|at)\s+)?(?:quel\w*|what|which)\s+(?:date|jour|day|year|ann[ée]e)"
    r"|(?:against|to|with|by|for)\s+(?:whom|what|which)|(?:contre|face\s+[àa]|avec|pour)\s+(?:qui|quel\w*)"
    r"|who|whom|what|which|qui|quel\w*|combien|when|where|quand|o[uù])\b\s*",
    re.IGNORECASE,
)
_SHE = lazy(r"\b(?:she|her|elle)\b", re.IGNORECASE)
# "he" in a part: "what did he score", « quel score a-t-il fait ».
_HE_IN_PART = lazy(r"\b(?:he|him|his|il|lui)\b", re.IGNORECASE)
# A setting before the first part's question word ("In the 2021 congress, who …").
_SETTING_THEN_ASKS = lazy(
    r"^(.{4,}?),\s*(?=(?:who|whom|what|which|qui|quel\w*|combien|when|where|quand|o[uù])\b)", re.IGNORECASE
)


# "…, and when did he leave that post?", « et quand a-t-il quitté ce poste ? »: the post the first
# part names, said again by a demonstrative; and that post as the first part says it ("as
# spokesperson of the Socialist Party", « comme porte-parole du PS »).
_THAT_POST = lazy(
    r"\b(?:(?:in|from|of)\s+)?(?:that|this|the\s+same)\s+(?:role|post|position|office|job|function)\b"
    r"|\b(?:[àa]\s+|de\s+)?(?:ce|cette)\s+(?:poste|fonction|r[ôo]le)\b",
    re.IGNORECASE,
)
_HIS_OWN = lazy(r"\b(?:his|her)\s+own\b|\b(?:son|sa|ses)\s+propres?\b", re.IGNORECASE)
_FIRST_PART_POST = lazy(
    r"\b(?:as|comme|en\s+tant\s+que)\s+[^,;?]{3,80}?(?=\s*(?:,|;|\?|$|\b(?:in|en)\s+(?:19|20)\d\d\b))", re.IGNORECASE
)
_AGE_PART = lazy(r"^(?:how\s+old|(?:[àa]\s+)?quel\s+[âa]ge)\b", re.IGNORECASE)
_THEN = lazy(r"\s+(?:then|at\s+the\s+time|back\s+then|alors|[àa]\s+l['’]\s*[ée]poque)\b", re.IGNORECASE)
# The settings that close a part: "in the Young Rocardiens in 1991", « en 1991 ».
_SETTING_TAIL = lazy(r"\b(?:in|at|on|during|en|dans|au|aux|lors\s+d\w*)\s+[^?]*$", re.IGNORECASE)


# "What did Faure and Le Foll each get in the first round?", « Qu'ont obtenu Faure et Le Foll
# respectivement ? »: one thing asked of two people, each to be answered.
_EACH_NAME = r"(?:(?:[A-ZÀ-Ý][\w'’-]*|de|du|le|la)\s+){0,3}[A-ZÀ-Ý][\w'’-]*"
_EACH_OF_TWO = lazy(
    rf"^(?P<pre>.*?)(?P<a>\b(?:{_EACH_NAME}|he|il))\s+(?:and|et)\s+(?P<b>{_EACH_NAME})\s+"
    r"(?:each|respectively|chacun|chacune|respectivement)\b(?P<rest>.*)$"
)


def _each_of_two(store: Store, question: str) -> Answer | None:
    """The answer to one thing asked of two people "each": both answers, each with its name, when
    both are answered and differ; a decline when only one is (half of "each" is no answer); None
    when the question is not so asked."""
    text = check_text(question, "question").strip()
    found = _EACH_OF_TWO.match(text)
    if found is None:
        return None
    pre, rest = found.group("pre"), found.group("rest")
    names = (found.group("a"), found.group("b"))
    parts = [ask(store, f"{pre}{name}{rest}") for name in names]
    if all(p.answer is not None for p in parts) and parts[0].answer != parts[1].answer:
        refs = list(dict.fromkeys([*parts[0].sources, *parts[1].sources]))
        shown = [store.person.name if fold(n) in ("he", "il") else n for n in names]
        joined = "; ".join(f"{name}: {p.answer}" for name, p in zip(shown, parts, strict=True))
        evidence = tuple(quote(store, r) for r in refs)
        return Answer(text, joined, parts[0].type, joined, evidence, tuple(refs), (), None, ())
    closest = tuple(e for p in parts for e in p.evidence)
    return _unanswered(parts[0], "the source does not give it for each of them", closest)


def _both_parts(store: Store, question: str) -> Answer | None:
    """The answer to a question asking two things, each answered on its own (the second read
    with the first's words for its setting, and "she" as the person the first answered), from
    the same sentence; None when the question asks one thing, or a part is not answered so."""
    text = check_text(question, "question").strip()
    two = _TWO_ASKED.match(text.rstrip(" ?!."))
    if two is None:
        return None
    first, second = two.group("first").strip(), two.group("second").strip()
    one = ask(store, first)
    if one.answer is None:
        return None
    # (« au cours de quel congrès » is asked as « lors de quel congrès », which ask reads.)
    second = re.sub(r"(?i)^au\s+cours\s+d(?=[eu]\s)", "lors d", second)
    if one.type is Intent.PERSON and _SHE.search(second):
        second = _SHE.sub(one.answer, second, count=1)
    opening = _SETTING_THEN_ASKS.match(first)
    # "In the 2021 Villeurbanne congress, who was his opponent": the setting alone, not the
    # opponent the first part asks of ("what did he score" is his score, not hers). ("Could you
    # tell me when he was born, and where?": the words that open the question ask nothing, and
    # are no setting of the second part.)
    lead = _PREAMBLE.match(first)
    bare = first[lead.end() :] if lead is not None and lead.end() and len(first) - lead.end() >= 8 else first
    setting = opening.group(1) if opening else _PART_ASKS.sub("", bare, count=1)
    post = _THAT_POST.search(second)
    named = _FIRST_PART_POST.search(first) if post is not None else None
    if one.type is Intent.PERSON and _HE_IN_PART.search(second) and not _HIS_OWN.search(second):
        named = None  # ("Who succeeded him as …, and when did he leave that post?": which "he"?)
    if post is not None and named is not None:
        # "Who succeeded him as spokesperson, and when did his own spell in that role end?": the
        # post the first part names, said in the second for "that role" (its setting then given).
        second, setting = f"{second[: post.start()]}{named.group()}{second[post.end() :]}", ""
    if opening is None and one.type is Intent.PERSON and _HE_IN_PART.search(second):
        # « Qui était l'adversaire de Faure à Villeurbanne et quel score a-t-il fait ? »: « il » in
        # the second part is the question's subject, he ("she" is the person answered), asked at
        # the first part's setting only (« à Villeurbanne »; with the rival's words it drew her
        # 26.52%).
        tail = _SETTING_TAIL.search(first)
        setting = tail.group(0) if tail else ""
    if _AGE_PART.match(second):
        # "What post did he take in the Young Rocardiens in 1991, and how old was he then?": his
        # age at the first part's time and place ("in the Young Rocardiens in 1991"), not at
        # its question ("post did Faure take …" read as a deed of its own).
        tail = _SETTING_TAIL.search(first)
        second = _THEN.sub("", second)
        setting = tail.group(0) if tail else setting
    other = ask(store, f"{second} {setting}".strip())
    if other.answer == one.answer and re.fullmatch(r"(?:where|o[uù])", second, re.IGNORECASE):
        # "Which high school did Faure attend, and where?": the place is the whole question's
        # (read with the setting alone, "where" asked the school again).
        other = _ask(store, text)
        said = " ".join(e.text for e in other.evidence)
        if other.answer is None or not re.search(
            rf"{re.escape(one.answer)}\s+(?:in|at)\s+(?:the\s+)?{re.escape(other.answer)}\b", said
        ):
            # (Only the place the sentence gives the thing answered: "the Lycée Pothier in
            # Orléans"; not a place beside another school.)
            return None
    if other.answer is None or other.answer == one.answer:
        return None
    if not set(one.sources) & set(other.sources) and not _one_names_the_other(one, other):
        return None
    refs = list(dict.fromkeys([*one.sources, *other.sources]))
    evidence = tuple(quote(store, r) for r in refs)
    joined = f"{one.answer}; {other.answer}"
    return Answer(text, joined, one.type, joined, evidence, tuple(refs), (), None, ())


def _one_names_the_other(one: Answer, other: Answer) -> bool:
    """Whether either part's answer is named in the other's sentence (one event told twice: "the
    2021 Villeurbanne Congress" of his re-election, "During the Villeurbanne Congress …, against
    26.52% for Hélène Geoffroy" of his rival), where the parts are answered from two sentences."""
    pairs = ((one.answer, other.evidence), (other.answer, one.evidence))
    return any(
        said is not None and re.search(rf"\b{re.escape(fold(said))}\b", fold(e.text)) is not None
        for said, evidence in pairs
        for e in evidence
        if not e.id.startswith(INFOBOX_PREFIX)
    )


def _first_part_only(store: Store, question: str) -> Answer | None:
    """For a question asking two things whose second part is not answered with the first: the
    first part's answer, its note saying the rest is not (the whole question read as one may
    give a place or a figure of the first part's sentence that answers neither: "Which university
    did he graduate from in political science, and where?" was answered "Orléans"). None when it
    asks one thing, or the first part is not answered either."""
    two = _TWO_ASKED.match(check_text(question, "question").strip().rstrip(" ?!."))
    if two is None:
        return None
    one = ask(store, two.group("first").strip())
    if one.answer is None:
        return None
    # (Asked in French when its parts are joined by « et ».)
    french = re.match(r"(?:\s*,\s*|\s+)et\s", two.string[two.end("first") :]) is not None
    rest = two.group("second").strip()
    note = (
        f"seule la première partie est répondue ; pas : « {rest} »"
        if french
        else f"answers the first part only, not: {rest}"
    )
    return replace(one, note=note if one.note is None else f"{one.note}; {note}")


# "How many years after his 2007 defeat did he win a seat?", "how many years passed between his
# 2007 defeat and his first election as deputy?": the years from a year the question gives to a
# deed of his whose date the source gives.
_YEARS_AFTER = lazy(
    r"^\s*how\s+many\s+years\s+after\s+(?P<since>[^?]*?\b(?P<year>(?:19|20)\d\d)\b[^?]*?)\s+"
    r"(?P<aux>did|was)\s+(?P<deed>(?:he|(?:olivier\s+)?faure)\s+[^?]+?)[\s?.!]*$",
    re.IGNORECASE,
)
_YEARS_BETWEEN = lazy(
    r"^\s*how\s+many\s+years\s+(?:passed\s+|elapsed\s+|went\s+by\s+)?between\s+"
    r"(?P<since>[^?]*?\b(?P<year>(?:19|20)\d\d)\b[^?]*?)\s+and\s+(?P<deed>(?:his|faure's)\s+[^?]+?)[\s?.!]*$",
    re.IGNORECASE,
)


def _years_between(store: Store, question: str) -> Answer | None:
    """The years from the year a question counts from to the date of the deed it asks about
    (the deed's own date and evidence, and a sentence of the year counted from that holds a word
    of what it names); None when the question is not so asked or either is not found."""
    text = check_text(question, "question").strip()
    found = _YEARS_AFTER.match(text) or _YEARS_BETWEEN.match(text)
    if found is None:
        return None
    groups = found.groupdict()
    deed = groups["deed"]
    elected = re.match(r"(?i)(?:his|faure's)\s+(first\s+)?election\s+(?:as|to)\s+(.+)", deed)
    if elected is not None:
        # "his first election as deputy": when he was first elected deputy.
        asked = f"When was he {elected.group(1) or ''}elected {elected.group(2)}?"
    else:
        asked = f"When {groups['aux']} {deed}?" if groups.get("aux") else f"When was {deed}?"
    when = ask(store, asked)
    iso = str(when.value) if when.answer is not None and when.type is Intent.DATE else ""
    start = int(found.group("year"))
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", iso) or int(iso[:4]) <= start:
        return None
    known = knowledge(store)
    read = _in_other_words(analyse(found.group("since"), known.built.known, known.built.people), known.built.known)
    since = {c for g in read.concepts for c in g} - {str(start)}
    told = [
        u for u in known.built.units
        if u.id.startswith("s") and str(start) in u.text and since & u.words
    ]  # fmt: skip
    if not told:
        return None
    years = int(iso[:4]) - start
    # (Counted in years, as the year counted from is given: no finer than that.)
    shown = f"{years} years ({start}–{iso[:4]})"
    refs = list(dict.fromkeys([told[0].id, *when.sources]))
    evidence = tuple(quote(store, r) for r in refs)
    return Answer(text, shown, Intent.DURATION, float(years), evidence, tuple(refs), (), None, ())


# "When did Faure enter the National Assembly?", « Quand est-il entré à l'Assemblée ? »: the
# Assembly itself the object of his entering (not "joined … the Socialist group in the National
# Assembly", its staff in October 2007): when he first sat in it, as a deputy.
_ENTERED_ASSEMBLY_HINT = lazy(r"(?i)assembl")
_HIM_ENTERING = frozenset("did does has he faure olivier first est il a t".split())
_ENTERED_ASSEMBLY = lazy(
    r"^\s*(?P<asked>when|quand|(?:in|en)\s+(?:what|which|quelle)\s+(?:year|ann[ée]e))\b(?P<gap>[^?]{0,40}?)\b"
    r"(?:enter(?:ed)?|join(?:ed)?|(?:est|a)[- ](?:t-)?(?:il\s+)?(?:entr[ée]e?|rejoint|int[ée]gr[ée]e?)"
    r"|entr[ée]e?|rejoint|int[ée]gr[ée]e?)\s+"
    r"(?:the\s+|[àa]\s+l['’]\s*|l['’]\s*)(?:french\s+|national\s+)?assembl(?:y|[ée]e)(?:\s+nationale)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _entered_assembly(store: Store, question: str) -> Answer | None:
    """The answer to when he entered the Assembly: the date of his first election as deputy, its
    note saying it is read so; None when the question is not so asked or that is not answered."""
    found = _ENTERED_ASSEMBLY.match(check_text(question, "question").strip())
    if found is None or not set(split_words(found.group("gap"))) <= _HIM_ENTERING:
        return None  # ("When did Le Foll enter the Assembly?": another's entry, not his)
    french = found.group("asked")[0].lower() in "qe"
    plain = (
        "Quand a-t-il été élu à l'Assemblée nationale pour la première fois ?"
        if french
        else "When was he first elected to the National Assembly?"
    )
    first = ask(store, plain)
    if first.answer is None:
        return None
    said = "lu comme sa première élection de député" if french else "read as his first election as deputy"
    return replace(first, question=question.strip(), note=said if first.note is None else f"{first.note}; {said}")


# "Which group was Faure secretary-general of?", « De quel groupe a-t-il été secrétaire général ? »,
# no time given: a title he held in several bodies at several times (the Young Rocardiens in
# 1991, the Socialist group in the Assembly from 2007) is answered with each, not the one found
# first. The title as the source writes it, by the words that ask it.
_TITLE_HINT = lazy(r"(?i)secr[ée]ta|spokes|porte")
_WHICH_BODY_TITLED = lazy(
    r"^\s*(?:(?:of|de)\s+)?(?:which|what|quel\w*)\s+(?:groups?|groupes?|organi[sz]ations?|bod(?:y|ies)|movements?"
    r"|mouvements?|associations?|organismes?|formations?)\b[^?\d]*?\b"
    r"(?P<title>secretary[\s-]general|secretaire[\s-]general|spokes(?:person|man|woman)|porte[\s-]parole)\b"
    r"[^?\d]*[?.!\s]*$"
)
_TITLE_SAID_AS = {"secretary": r"secretary[\s-]general", "secretaire": r"secretary[\s-]general"}


def _title_held_twice(store: Store, question: str) -> Answer | None:
    """The bodies he held a title of, each with the year of its sentence, where the question gives
    no time and the source gives him that title at two or more (each asked at its year: what
    holds at one is the reading's own answer). None when not so asked or one body only."""
    text = check_text(question, "question").strip()
    found = _WHICH_BODY_TITLED.match(fold(text))
    if found is None:
        return None
    title = found.group("title")
    said = _TITLE_SAID_AS.get(title.split()[0].split("-")[0], r"spokes\w*|porte[\s-]parole")
    years: list[str] = []
    for unit in knowledge(store).built.units:
        if unit.id.startswith("s") and re.search(rf"\b(?:{said})\b", fold(unit.text)):
            year = re.search(r"\b(?:19|20)\d\d\b", unit.text)
            if year is not None and year.group() not in years:
                years.append(year.group())
    if len(years) < 2:
        return None
    at = " en " if _french_text(text) else " in "
    found_at = [(y, ask(store, f"{text.rstrip(' ?!.')}{at}{y} ?")) for y in years]
    held = [(y, a) for y, a in found_at if a.answer is not None]
    if len({a.answer for _, a in held}) < 2:
        return None
    joined = "; ".join(f"{a.answer} ({y})" for y, a in held)
    refs = list(dict.fromkeys(r for _, a in held for r in a.sources))
    evidence = tuple(quote(store, r) for r in refs)
    return Answer(text, joined, held[0][1].type, joined, evidence, tuple(refs), (), None, ())


# "What position did he hold under François Hollande?", « Quel poste occupait-il auprès de
# Hollande ? »: the post the sentence gives "to" that person ("assistant cabinet director to …
# François Hollande"), not another post of the same sentence ("an advisor to Martine Aubry").
_POST_ASKED_UNDER = lazy(
    r"(?i)\b(?:position|post|role|job|poste|fonction|r[ôo]le)s?\b.*\b(?:under|to|for|with|aupr[èe]s|pour|sous)\b"
)


def _post_under(store: Store, question: str, answer: Answer) -> Answer:
    """`answer` where its sentence gives it "to" the person the question names (or to no one);
    else the post that sentence gives to that person, or a decline."""
    known = knowledge(store)
    asked = {n for _, n in people_in(known, question)} - {store.person.name}
    if len(asked) != 1 or answer.answer is None:
        return answer
    surname = re.escape(next(iter(asked)).split()[-1])
    for evidence in answer.evidence:
        at = evidence.text.lower().find(answer.answer.lower())
        if at < 0:
            continue
        after = re.match(
            r"\s+to\s+((?:[A-ZÀ-Ý][\w'’-]*\s+){0,5}[A-ZÀ-Ý][\w'’-]*)", evidence.text[at + len(answer.answer) :]
        )
        if after is None or {n for _, n in people_in(known, after.group(1))} <= asked:
            return answer
        post = re.search(
            r"(?:\band\s+|\bas\s+(?:an?\s+)?)(?P<post>[a-z][a-z\s-]{2,40}?)\s+to\s+"
            rf"(?:[A-ZÀ-Ý][\w'’-]*\s+){{0,5}}?(?:[\w'’-]+\s+)?{surname}\b",
            evidence.text,
        )
        if post is not None:
            shown = post.group("post")
            return replace(answer, answer=shown, value=shown)
        return _unanswered(answer, f"the source gives {answer.answer} to {after.group(1)}", answer.evidence)
    return answer


# "What did Stéphane Le Foll do after the first round?": another's deed, told by a past verb with
# him (his name, "The latter", "He") as its subject; answered only where asking who did that
# deed, at the question's time, answers him ("Who withdrew from the race after the first round?").
_OTHERS_DEED_HINT = lazy(r"(?i)^\s*what\s+did\s+")
_ASKS_OTHERS_DEED = lazy(
    r"^\s*what\s+did\s+(?P<who>(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}[A-ZÀ-Ý][\w'’-]*)\s+do\b(?P<rest>[^?]*?)[\s?.!]*$",
    re.IGNORECASE,
)
_PAST_DEED = lazy(
    r"(?:^|[.;]\s+|,\s+(?:and\s+)?)(?P<doer>The\s+latter|He|She|(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}[A-ZÀ-Ý][\w'’-]*)\s+"
    r"(?:then\s+|later\s+|also\s+)?(?P<deed>(?:[a-z]{3,}ed|withdrew|won|lost|ran|took|left|became|beat|made)"
    r"\b[^,;.()]{0,60})"
)


def _others_deed(store: Store, question: str) -> Answer | None:
    """The deed of a named person other than him, at the time the question gives; None when not
    so asked, or no deed told of that person is answered with them by asking who did it."""
    text = check_text(question, "question").strip()
    found = _ASKS_OTHERS_DEED.match(text)
    if found is None:
        return None
    known = knowledge(store)
    named = {n for _, n in people_in(known, found.group("who"))}
    if len(named) != 1 or store.person.name in named:
        return None
    person = next(iter(named))
    deeds: list[str] = []
    for unit in known.built.units:
        if not unit.id.startswith("s"):
            continue
        for told in _PAST_DEED.finditer(unit.text):
            doer = told.group("doer")
            if fold(doer) in ("the latter", "he", "she") or {n for _, n in people_in(known, doer)} == named:
                deeds.append(told.group("deed").strip())
    for deed in dict.fromkeys(deeds):
        who = ask(store, f"Who {deed}{found.group('rest')}?")
        if who.answer == person and who.type is Intent.PERSON:
            return Answer(text, deed, Intent.TEXT, deed, who.evidence, who.sources, (), None, ())
    return None


# "Did Le Foll stay in the race?": the source tells the contrary ("The latter then withdrew from
# the race"), by lexicon.CONTRARIES; only its row of staying in a race against withdrawing from
# it, which exclude each other in one race (one may win one election and lose another, back a
# man once and oppose him later: those rows answer nothing here).
_STAYED_HINT = lazy(r"(?i)\b(?:stay|remain|continu|go\s+on|withdr|drop|pull|bow)")
# (One way only: "did he withdraw" is not asked again as "did he stay", which would ask it back.)
_CONTRARY_BASE = {"withdraw": "withdraw from"}
_ASKED_DEED = r"^\s*(?:did|does|do|has|have|had)\s+(?P<subj>[^?]+?)\s+(?P<deed>{})\b(?P<rest>[^?]*?)[\s?.!]*$"


def _by_contrary(store: Store, question: str) -> Answer | None:
    """ "no" to a deed asked whose contrary the source tells ("Did Le Foll stay in the race?" →
    no: he withdrew), with that sentence; None when not so asked, the thing is any one of a kind
    ("a race": another may hold), or the contrary is not answered yes."""
    text = check_text(question, "question").strip()
    folded = fold(text)
    if len(folded) != len(text):
        return None  # (the subject is read back from the question as written: "Did faure …" asks else)
    for deed, contrary in CONTRARIES:
        for asked, told in ((deed, contrary), (contrary, deed)):
            base = next((b for verb, b in _CONTRARY_BASE.items() if re.fullmatch(told, verb)), None)
            found = re.match(_ASKED_DEED.format(asked), folded) if base is not None else None
            if found is None or re.match(r"\s*(?:in\s+|from\s+|of\s+)?(?:an?|any)\b", found.group("rest")):
                continue
            rest = re.sub(r"^\s*(?:in|on|from|with|out\s+of)\b", "", text[found.start("rest") : found.end("rest")])
            said = ask(store, f"Did {text[found.start('subj') : found.end('subj')]} {base}{rest}?")
            if said.answer is None or said.value is not True:
                continue
            told_in = [e.text for e in said.evidence if re.search(rf"\b(?:{told})\b", fold(e.text))]
            head = [w for w in split_words(rest) if w not in STOPWORDS][:1]
            if not told_in or not set(head) <= set(split_words(told_in[0])):
                continue  # ("Did Le Foll stay in the party?": he withdrew from the race, not the party)
            note = f"the source says the contrary: {told_in[0]}"
            return Answer(question.strip(), "no", Intent.YES_NO, False, said.evidence, said.sources, (), note, ())
    return None


# "the month after he first won his seat", "the year after he lost": a time told by a deed of his.
_AFTER_HIS_DEED = lazy(
    r"\b(?:in\s+|on\s+|during\s+)?the\s+(month|year)\s+after\s+"
    r"(?P<clause>(?:he|(?:olivier\s+)?faure)\s+[^,?;.]{3,80}?)(?=\s*[,?;.!]|\s*$)",
    re.IGNORECASE,
)
_MONTHS = "January February March April May June July August September October November December".split()


def _after_his_deed(store: Store, question: str) -> Answer | None:
    """The answer to a question set "the month (year) after he …": the date of that deed, as
    the source gives it at that precision at least, one month (year) on, put in its place
    ("in July 2012"); both dates' evidence. None when the question is not so set, the deed has
    no such date, or the question so read has no answer."""
    text = check_text(question, "question").strip()
    found = _AFTER_HIS_DEED.search(text)
    if found is None:
        return None
    unit, clause = found.group(1).lower(), found.group("clause")
    plain = re.match(r"(?i)(?:he|(?:olivier\s+)?faure)\s+(?:was|were|had|is|has)\b", clause)
    when = ask(store, f"When {clause}?" if plain else f"When did {clause}?")
    iso = str(when.value) if when.answer is not None else ""
    date = PartialDate.parse(iso) if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", iso) else None
    if date is None or (unit == "month" and not date.month):
        return None
    if unit == "month":
        year, month = (date.year + 1, 1) if date.month == 12 else (date.year, date.month + 1)
        then = f"in {_MONTHS[month - 1]} {year}"
    else:
        then = f"in {date.year + 1}"
    answer = ask(store, f"{text[: found.start()].rstrip()} {then} {text[found.end() :].lstrip()}".strip())
    if answer.answer is None:
        return None
    refs = list(dict.fromkeys([*answer.sources, *when.sources]))
    return replace(answer, evidence=tuple(quote(store, r) for r in refs), sources=tuple(refs))


# "… his 'right of inspection' remark after the police rally?": a setting of time the question
# gives, which the sentence that answers may leave to the sentences before it.
_SETTING = lazy(
    r"[,\s]*\b(?:after|before|following|during|apres|avant|lors\s+d[eu]|pendant)\s+"
    r"(?:the|his|her|a|an|le|la|les|l['’]|son|sa|ses|du|des)\s*[^,?;.]{2,60}?(?=\s*[,?;.!]|\s*$)",
    re.IGNORECASE,
)


def _setting_told_before(store: Store, question: str) -> Answer | None:
    """The answer to a question read without its setting of time ("after the police rally"),
    when the sentence that answers, or one of the three before it in its section, tells every
    word of that setting; None otherwise."""
    text = check_text(question, "question").strip()
    found = _SETTING.search(text)
    if found is None or _BEFORE_NAMED.match(found.group().strip()):
        return None  # (before or after someone is an order between people, not a time)
    setting = set(content_words(found.group())) - {stem(w) for w in _CONTEXT_WORDS}
    rest = (text[: found.start()] + text[found.end() :]).strip()
    if not setting or len(rest) < 8 or _SETTING.search(rest):
        return None
    answer = ask(store, rest)
    if answer.answer is None:
        return None
    cited = [store.sentence(r) for r in answer.sources]
    if not cited or any(c is None for c in cited):
        return None
    first = min((c for c in cited if c is not None), key=lambda c: c.index)
    told = [
        c for c in store.sentences
        if first.index - 3 <= c.index <= first.index and c.section == first.section
        and setting <= {s for w in split_words(c.text) for s in _canon(w)} | set(content_words(c.text))
    ]  # fmt: skip
    if not told:
        return None
    refs = list(dict.fromkeys([*answer.sources, told[0].id]))
    return replace(answer, evidence=tuple(quote(store, r) for r in refs), sources=tuple(refs))


# "Who was elected with 63.2% in 2012?", "Qui a été élu par 137 voix ?": whose the figure is.
_ASKS_ELECTED_WITH = lazy(
    r"^\s*(?:who|qui)\s+(?:was|got|a\s+ete|fut|won|a\s+gagne|a\s+remporte|a\s+obtenu|obtained|received)\b"
    r".*?\b\d+(?:[.,]\d+)?\s*(?:%|pour\s*cent|percent|votes?|voix)"
)
_FIGURE = lazy(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|pour\s*cent|percent|votes?|voix)")
_HIS_SENTENCE = lazy(r"(?:(?:In|On|At|During|After)\b[^,]{0,60},\s*)?(?:(?:Olivier\s+)?Faure|[Hh]e|[Hh]is)\b")


def _elected_with(store: Store, question: str, answer: Answer) -> Answer:
    """The answer to "who was elected with <figure>" or "who got <figure>": he, where the
    sentence that gives the figure is about him and the figure is not said for another ("137
    votes against 120 for Guillaume Bachelay"); the other, whose the figure is, to who got it;
    no one to who was elected or won with another's figure (who lost with it)."""
    folded = fold(question)
    # ("Who won 26.52%?" asks who got it, as "who got": "won" with a figure as its object.)
    won = re.match(r"\s*(?:who|qui)\s+(?:was|a\s+ete|fut|won|a\s+gagne|a\s+remporte)\b(?!\s+\d)", folded) is not None
    figures = [f.replace(",", ".") for f in _FIGURE.findall(folded)]
    for ref in answer.sources:
        sentence = store.sentence(ref) if ref.startswith("s") else None
        if sentence is None:
            continue
        for figure in figures:
            at = re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", sentence.text)
            if at is None:
                continue
            after = _FOR_NAME.match(sentence.text, at.end())
            before = _NAME_WITH.search(sentence.text[max(0, at.start() - 60) : at.start()])
            other = after.group(1) if after else before.group(1) if before else None
            # (A person the store knows: "on 17 June with 63.2%" names a month.)
            named = people_in(knowledge(store), other) if other is not None else []
            other = named[0][1] if named else None
            if other is not None and other != store.person.name:
                if won:
                    # "120 for Guillaume Bachelay", "Cathy Bissonier with 36.78%": another's, who lost.
                    note = "the figure is another's, who was not elected with it"
                    return _unanswered(answer, note)
                return replace(answer, answer=other, value=other, evidence=(quote(store, ref),), sources=(ref,))
            if _HIS_SENTENCE.match(sentence.text):
                name = store.person.name
                return replace(answer, answer=name, value=name, evidence=(quote(store, ref),), sources=(ref,))
    return answer


_NAME_RUN = r"((?:[A-ZÀ-Ý][\w'’-]+\s+){0,3}[A-ZÀ-Ý][\w'’-]+)"
# "… against 120 for Guillaume Bachelay", "3 votes for Delphine Batho": the figure is that name's.
_FOR_NAME = lazy(r"\s*(?:%|votes?)?\s*(?:of\s+the\s+vote\s+)?for\s+(?:the\s+[\w-]+['’]s\s+)?" + _NAME_RUN)
# "Cathy Bissonier with 36.78%": the name just before "with".
_NAME_WITH = lazy(_NAME_RUN + r"\s+with\s+$")


def _all_named_in(answer: str, folded_question: str) -> bool:
    """Whether every name of a person answer ("Martine Aubry and Carole Delga") is one the
    question itself names, by its surname at least ("Who supported Le Foll?")."""
    names = [fold(n).split() for n in re.split(r",\s+|\s+(?:and|et)\s+", answer) if n.strip()]
    # The surname, with its particle ("le foll").
    surnames = [" ".join(n[-2:] if n[-2:-1] in (["le"], ["la"], ["de"], ["du"]) else n[-1:]) for n in names]
    return bool(surnames) and all(re.search(rf"\b{re.escape(s)}\b", folded_question) for s in surnames)


def _with_where(claim: str, place: str) -> list[str]:
    """A premise with the place answered put in after its verb (and a particle: "grew up"),
    as "in <place>"."""
    verb = re.match(
        r"\s*((?:(?:olivier\s+)?\w+)\s+(?:(?:was|were|is|a|est|avait|etait|était)\s+)?\w+(?:\s+(?:up|out|down))?)(.*)",
        claim,
    )
    if verb is None:
        return []
    where = place if re.match(r"(?i)(?:in|at|to|à|en|au)\b", place) else f"in {place}"
    return [f"{verb.group(1)} {where}{verb.group(2)}"]


def _deed_unsaid(question: str, note: str | None) -> bool:
    """Whether verify's note on a "Who <did it> …?" question's claim says the asked verb itself is
    not in the evidence ("Who won the poll?" + Faure → "the evidence does not say: won")."""
    done = _WHO_DONE.match(question.strip()) or _WHO_STANCE.match(question.strip())
    unsaid = (note or "").removeprefix("the evidence does not say: ")
    if done is None or unsaid == (note or ""):
        return False
    # (The verb after its French auxiliary: « a soutenu », « s'est opposé ».)
    words = (done.group(1) or done.group(2)).lower().split()
    verb = next((w for w in words if w not in _AUXILIARIES_FR), words[0])
    # (Not a result, "won", "beat", "was … behind": the source tells it by its converse, "lost to
    # Brunel", "came first", which verify does not read as the asked verb.)
    return verb not in _RESULT_VERBS and verb in {w.strip() for w in unsaid.split(",")}


_RESULT_VERBS = frozenset(
    "won lost beat defeated trailed was gagné gagne perdu battu devancé devance était etait".split()
)
_AUXILIARIES_FR = frozenset("a avait ont avaient s'est s’est s'etait s'était".split())


def _with_whom(question: str, person: str) -> str | None:
    """A "who" question with its answer put in it as the claim it makes: "Who did Faure succeed
    as First Secretary in 2021?" + Jean-Christophe Cambadélis → "Faure succeeded Jean-Christophe
    Cambadélis as First Secretary in 2021"; "Who replaced him …?" → "<person> replaced him …";
    None for other questions."""
    first = re.split(r"\s*(?:\(|,|\band\b|\bet\b)", person, maxsplit=1)[0].strip()
    if not first:
        return None
    did = _WHO_DID.match(question)
    if did:
        who, verb, rest = did.groups()
        return f"{who} {_past(verb)} {first} {rest}"
    done = _WHO_DONE.match(question) or _WHO_STANCE.match(question)
    if done:
        # (The French form of the stance is the pattern's second group.)
        return f"{first} {done.group(1) or done.group(2)}"
    one = _WHO_WAS_ONE.match(question)
    if one:
        # "Who were the frondeurs?", "Who was a rebel?" + Faure → "Faure was one of the frondeurs"
        # (he opposed them): a member of a group is asked, not whoever is named beside it.
        group = one.group(1) or f"{one.group(2)}s"
        return f"{first} was one of the {group}"
    return None


_WHO_WAS_ONE = lazy(r"^\s*(?i:who)\s+(?:(?i:were\s+the)\s+([^?]+?)|(?i:was\s+an?)\s+([\w'’-]+))[\s?]*$")


# "Whose position did the National Office adopt?", « La position de qui … ? », « De qui le Bureau
# a-t-il adopté la position ? »: the thing asked, when the evidence gives it a possessor ("Faure's
# position … rejected Carole Delga's proposals"), is that possessor's, not another's the sentence names.
_WHOSE_THING = lazy(
    # (Up to its verb: "Whose position did …", "Whose position prevailed …".)
    r"^\s*(?i:(?:in|to|for|of|from|by|with|under)\s+)?(?i:whose)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
    r"(?:\s+(?i:did|does|do|was|were|is|are|had|has|have|will|would)\b|\s+[a-z]+ed\b"
    r"|\s+(?:won|lost|got|led|went|came|took|made|fell|ran|stood|drew|held|beat|set)\b|[\s?]*$)"
)
_THING_OF_QUI = lazy(r"^\s*(?i:l['’]\s*|le\s+|la\s+|les\s+)([\w-]+)\s+(?i:de\s+qui)\b")
_QUI_THE_THING = lazy(r"^\s*(?i:de\s+qui)\b.*\s(?i:l['’]\s*|le\s+|la\s+|les\s+)([\w-]+)[\s?]*$")
# French nouns of things one has, in the source's English.
_OWNED_IN_ENGLISH = {
    "stance": "position",  # (the source's word)
    "proposition": "proposal",
    "propositions": "proposals",
    "amendement": "amendment",
    "amendements": "amendments",
    "compromis": "compromise",
    "gouvernement": "government",
    "campagne": "campaign",
    "liste": "list",
    "candidat": "candidate",
    "candidate": "candidate",
    "loi": "law",
    "parti": "party",
    "mouvement": "movement",
}
_POSSESSOR = lazy(r"((?:[A-ZÀ-Ý][\w-]+\s+){0,2}[A-ZÀ-Ý][\w-]+)['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


# "Who was ahead in the 2019 polls?" + Raphaël Glucksmann ("several polls projected that the
# alliance … would receive less than 5%"): a rank in a poll asked is told by a word of rank.
_POLL_RANK_ASKED = lazy(
    r"\b(?:ahead|first|behind|second|devant|derriere|tete|premiere?)\b(?=.*\b(?:polls?|sondages?)\b)"
    r"|\b(?:polls?|sondages?)\b.*\b(?:ahead|first|behind|second|devant|derriere|tete|premiere?)\b"
)
_RANK_TOLD = lazy(
    r"\b(?:ahead|behind|first|second|third|place[ds]?(?!\s+publique)|lead|led|top|topped|devant|derriere|tete|premiere?|deuxieme)\b"
)


def _poll_rank_untold(question: str, answer: Answer) -> Answer:
    """A person answered to a rank in a poll ("Who came first in the polls?") from evidence with
    no word of rank (only a share projected): declined."""
    if answer.answer is None or answer.type is not Intent.PERSON or not _POLL_RANK_ASKED.search(fold(question)):
        return answer
    if any(_RANK_TOLD.search(fold(e.text)) for e in answer.evidence):
        return answer
    return _unanswered(answer, "the source does not say who was ahead", answer.evidence)


# "Who was Minister of the Interior in 2018?" + Castaner ("after Castaner became the Minister of
# the Interior", no date): a title asked at a year, which the evidence gives only as one taken at
# no date it tells, or as a "former" one, is not told of that year.
_TITLE_AT_YEAR = lazy(
    r"^\s*(?:who|qui)\s+(?:was|were|is|served\s+as|etait|a\s+ete|fut)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?"
    r"(?P<title>[a-z][\w\s'’-]*?)\s+(?:in|en|during|pendant)\s+(?:(?:early|late|debut|fin)\s+)?(?:[a-z]+\s+)?"
    r"(?:19|20)\d\d\s*\??\s*$"
)
_TAKEN_UNDATED = lazy(
    r"\b(?:became|become|becomes|becoming|appointed|named|devenu|devenue|devient|nommee?)\s+(?:as\s+)?"
    r"(?:the\s+|an?\s+|le\s+|la\s+|l['’]\s*)?(?:[\w-]+\s+){0,2}$"
)
_FORMER = lazy(r"\b(?:former|ex|ancien|ancienne)[\s-]+(?:[\w-]+\s+){0,1}$")


def _title_at_year_undated(question: str, answer: Answer) -> Answer:
    """A person answered to "Who was <title> in <year>?" whose every evidence naming the title
    gives it as taken at no date the sentence tells ("became the Minister of the Interior") or
    as a former one: declined (a year asked is to be told)."""
    if answer.answer is None or answer.type is not Intent.PERSON or not answer.evidence:
        return answer
    asked = _TITLE_AT_YEAR.match(fold(question))
    if asked is None:
        return answer
    words = [w for w in split_words(asked.group("title")) if w not in STOPWORDS and len(w) > 2]
    if not words:
        return answer
    head = re.compile(rf"\b{re.escape(words[0])}")
    told = False
    for item in answer.evidence:
        text = fold(item.text)
        for found in head.finditer(text):
            before = text[: found.start()]
            if _FORMER.search(before) or (_TAKEN_UNDATED.search(before) and not re.search(r"\b(?:19|20)\d\d\b", text)):
                continue
            told = True
    if told or not any(head.search(fold(e.text)) for e in answer.evidence):
        return answer
    return _unanswered(answer, f"the source does not date {answer.answer}'s title", answer.evidence)


def _possessor_of_thing(store: Store, question: str, answer: Answer) -> Answer:
    """A person answer to "Whose <thing> …?" checked against the possessor the evidence gives
    that thing ("Faure's position", "Carole Delga's proposals"): that possessor, when it is a
    person, else declined; unchanged when the evidence gives the thing no possessor."""
    if answer.answer is None or not answer.evidence:
        return answer
    asked = _WHOSE_THING.match(question) or _THING_OF_QUI.match(question) or _QUI_THE_THING.match(question)
    if asked is None:
        return answer
    words = [_OWNED_IN_ENGLISH.get(w, w) for w in split_words(fold(asked.group(1)))]
    things = {stem(w) for w in words if w not in STOPWORDS and len(w) > 2}
    if not things:
        return answer
    known = knowledge(store)
    found: dict[str, Evidence] = {}
    for item in answer.evidence:
        for owned in _POSSESSOR.finditer(item.text):
            if not things & {stem(w) for w in split_words(fold(owned.group(2)))}:
                continue
            owner = owned.group(1)
            people = people_in(known, owner)
            if fold(owner).split()[-1:] == fold(store.person.name).split()[-1:]:
                found.setdefault(store.person.name, item)
            elif people:
                found.setdefault(people[-1][1], item)
            else:
                found.setdefault(owner, item)
    if not found:
        # (The answer named only as the possessor of another common thing: "Whose novel was
        # published in 2007?" + Ségolène Royal, from "Ségolène Royal's campaign"; not of a thing
        # named, "Raphaël Glucksmann's Place Publique", which may be the party asked.)
        surname = fold(answer.answer).split()[-1]
        said = [
            m for e in answer.evidence for m in re.finditer(rf"\b{re.escape(surname)}\b(['’]s\s+[a-z])?", fold(e.text))
        ]
        if (
            said
            and all(m.group(1) for m in said)
            and all(
                not o.group(2)[:1].isupper()
                for e in answer.evidence
                for o in _POSSESSOR.finditer(e.text)
                if fold(o.group(1)).split()[-1:] == [surname]
            )
        ):
            return _unanswered(answer, "the source does not say whose", answer.evidence)
        return answer
    if answer.answer in found:
        return answer
    if len(found) == 1:
        (owner, item), *_ = found.items()
        if owner == store.person.name or people_in(known, owner):
            return Answer(answer.question, owner, answer.type, owner, (item,), (item.id,), (), None)
    return _unanswered(answer, "the source does not say whose", answer.evidence)


# A which/what/whose/how-many question whose slot he fills with a deed or title ("Which
# commission did Faure preside?", "Whose substitute was he?", « Quelle commission Faure
# présidait-il ? »): the answer put in the slot, as the claim the question makes of him.
_HIM_ASKED = r"(?i:olivier\s+)?(?i:faure)|(?i:he)"
_ADVERB_FIRST = frozenset("once ever also first later briefly then still formally officially".split())
_PARTICLES = frozenset("over up off out back down on".split())
_SERVED_AS = lazy(
    r"^\s*(?i:which|what|whose)\s+(?:[\w'’-]+\s+){1,3}?(?i:did|had)\s+(" + _HIM_ASKED + r")\s+"
    r"(?:serve|work\s+for|assist)\s+as\s+(?:an?\s+|the\s+|his\s+)?([a-z][\w -]*?)[\s?]*$"
)
_WHICH_DID = lazy(
    r"^\s*(?i:which|what)\s+(?:[\w'’-]+\s+){1,3}?((?i:did|does|has|had))\s+(" + _HIM_ASKED + r")\s+"
    r"([a-z]+)\b\s*(.*?)[\s?]*$"
)
_HOW_MANY_DID = lazy(
    r"^\s*(?i:how\s+many)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?i:did|does)\s+(" + _HIM_ASKED + r")\s+"
    r"([a-z]+)\b\s*(.*?)[\s?]*$"
)
# "What ministry was Faure minister of?": the preposition left at the end takes the answer.
_WHICH_WAS_OF = lazy(
    r"^\s*(?i:which|what)\s+(?:[\w'’-]+\s+){1,3}?(?i:was|is)\s+(" + _HIM_ASKED + r")\s+"
    r"((?:an?\s+|the\s+)?[a-z][\w -]*?\s+(?:of|for|in|at))[\s?]*$"
)
_WHOSE = lazy(
    r"^\s*(?i:whose)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:(?i:was|is)\s+(" + _HIM_ASKED + r")\b(.*?)"
    r"|(?i:did|does)\s+(" + _HIM_ASKED + r")\s+([a-z]+)\b(.*?))[\s?]*$"
)
_ROLE_IN = lazy(
    r"^\s*(?i:what)\s+(?i:was|is)\s+(?i:his|(?:olivier\s+)?faure['’]s)\s+(?i:role|job|position|post|function|title)"
    r"\s+((?i:in|at|within)\s+.+?)[\s?]*$"
)
_QUEL_FR = lazy(
    r"^\s*(?i:quel|quelle|quels|quelles)\s+(?:[\w'’-]+\s+){1,3}?((?i:olivier\s+)?(?i:faure))\s+"
    # (The verb inverted after his name: « présidait-il », « a-t-il servi ».)
    r"(?:(?i:a|avait)-t-il\s+(\w+)|(\w+?)(?:-t)?-il)\b\s*(.*?)[\s?]*$"
)
_FR_SETTING = r"(\s+(?:en|au|aux|à|a|dans|pendant|lors)\b.*?)?"
_DE_QUI_FR = lazy(
    r"^\s*(?i:de\s+qui)\s+((?i:olivier\s+)?(?i:faure))\s+(?i:était|etait|est|fut)-il\s+((?i:le|la|l['’]))\s*"
    r"([\w’'-]+(?:\s+(?!(?:en|au|aux|à|a|dans|pendant|lors)\b)[\w’'-]+){0,2})" + _FR_SETTING + r"[\s?]*$"
)
_DE_QUEL_FR = lazy(
    r"^\s*(?i:de|du)\s+(?i:quel|quelle|quels|quelles)\s+(?:[\w'’-]+\s+){1,3}?((?i:olivier\s+)?(?i:faure))\s+"
    r"(?i:était|etait|est|fut)-il\s+([\w’'-]+(?:\s+(?!(?:en|au|aux|à|a|dans|pendant|lors)\b)[\w’'-]+){0,2})"
    + _FR_SETTING
    + r"[\s?]*$"
)
_COMBIEN_FR = lazy(
    r"^\s*(?i:combien)\s+(?i:de|d['’])\s*([\w'’-]+)\s+((?i:olivier\s+)?(?i:faure))\s+(?i:a|avait)-t-il\s+"
    r"(?i:obtenu|obtenues|obtenus|recueilli|recueillies|eu|eues|remport[ée]e?s?)\b\s*(.*?)[\s?]*$"
)
_SCORE_OF = lazy(
    r"^\s*(?:(?i:what)\s+(?i:was|is)\s+(?i:his|(?:olivier\s+)?faure['’]s)\s+(?:vote\s+)?"
    r"(?i:score|share|result|percentage)\s+(.+?)"
    r"|(?i:quel|quelle)\s+(?i:score|part|pourcentage|r[ée]sultat)\s+(?i:avait|a\s+fait|a\s+obtenu|faisait|obtenait)\s+"
    r"(?i:olivier\s+)?(?i:faure)\s+(.+?))[\s?]*$"
)
_SERVED_AS_FR = lazy(r"^(\w+)\s+a\s+(?i:servi|aid[ée]|assist[ée])\s+(?:comme|en\s+tant\s+que)\s+(.+)$")
_ROLE_IN_FR = lazy(
    r"^\s*(?i:quel|quelle)\s+(?i:était|etait|est|fut)\s+(?i:le\s+rôle|le\s+role|le\s+poste|la\s+fonction|son\s+rôle|son\s+role)"
    r"(?:\s+(?i:de|d['’])\s*(?:olivier\s+)?(?i:faure))?\s+((?i:au|à|a|dans|en)\b.+?)[\s?]*$"
)


def _slot_claim(question: str, answer: str) -> str | None:
    """`_put_in_slot`'s claim, with him named as its subject: verify reads a word said of
    another against a name ("he was a minister of …" was not read as said of him)."""
    claim = _put_in_slot(question, answer)
    return None if claim is None else _HIM_FIRST.sub("Faure", claim, count=1)


_HIM_FIRST = lazy(r"^(?i:olivier\s+faure|he)\b")


def _put_in_slot(question: str, answer: str) -> str | None:
    """A which/what/whose/how-many question about him with `answer` put in its slot, as the
    claim it makes: "Which commission did Faure preside?" + the commission of law → "Faure
    presided the commission of law"; "Whose substitute was he in 2017?" + Paulin Roy → "he was
    Paulin Roy's substitute in 2017"; "Which Prime Minister did he serve as secretary-general?"
    → "he was secretary-general to <answer>"; None for other questions."""
    said = re.split(r"\s*[(;]", answer, maxsplit=1)[0].strip()
    text = question.strip()
    if not said:
        return None
    whose_fr = _DE_QUI_FR.match(text)
    if whose_fr:
        # « De qui Faure était-il le suppléant en 2017 ? » → « Faure était le suppléant de <answer> en 2017 ».
        him, article, title, setting = whose_fr.groups()
        space = "" if article.endswith(("’", "'")) else " "
        return f"{him} était {article}{space}{title} de {said}{setting or ''}"
    of_which_fr = _DE_QUEL_FR.match(text)
    if of_which_fr:
        # « De quelle commission Faure était-il président ? » → « Faure était président de <answer> ».
        him, title, setting = of_which_fr.groups()
        return f"{him} était {title} de {said}{setting or ''}"
    many_fr = _COMBIEN_FR.match(text)
    if many_fr:
        # « Combien de voix Faure a-t-il obtenues comme … ? » → « Faure a obtenu <answer> voix comme … ».
        noun, him, rest = many_fr.groups()
        return f"{him} a obtenu {said} {noun} {rest}".strip()
    score = _SCORE_OF.match(text)
    if score:
        # "What was Faure's score in the polls of 2019?" → "Faure got <answer> in the polls …".
        return f"Faure {'a obtenu' if score.group(1) is None else 'got'} {said} {score.group(1) or score.group(2)}"
    served = _SERVED_AS.match(text)
    if served:
        return f"{served.group(1)} was {served.group(2)} to {said}"
    role = _ROLE_IN.match(text)
    if role:
        return f"Faure was {said} {role.group(1)}"
    role_fr = _ROLE_IN_FR.match(text)
    if role_fr:
        return f"Faure était {said} {role_fr.group(1)}"
    stranded = _WHICH_WAS_OF.match(text)
    if stranded:
        return f"{stranded.group(1)} was {stranded.group(2)} {said}"
    whose = _WHOSE.match(text)
    if whose:
        noun = whose.group(1)
        if whose.group(2):
            return f"{whose.group(2)} was {said}'s {noun}{whose.group(3)}"
        return f"{whose.group(4)} {_past(whose.group(5))} {said}'s {noun}{whose.group(6)}"
    many = _HOW_MANY_DID.match(text)
    if many:
        noun, him, verb, rest = many.groups()
        counted = said if said.lower().endswith(noun.lower()) else f"{said} {noun}"
        return f"{him} {_past(verb)} {counted} {rest}".strip()
    did = _WHICH_DID.match(text)
    if did:
        aux, him, verb, rest = did.groups()
        done = (lambda v: f"{aux.lower()} {v}") if aux.lower() in ("has", "had") else _past
        if verb in _ADVERB_FIRST or verb.endswith("ly"):
            # "Which … did Faure once share a flat with?": the adverb, then its verb.
            following, _, rest = rest.partition(" ")
            verb = f"{verb} {done(following)}" if following else done(verb)
        else:
            verb = done(verb)
        particle, _, after = rest.partition(" ")
        if particle in _PARTICLES:
            # "Which region did Faure preside over?": the particle stays with its verb.
            return f"{him} {verb} {particle} {said} {after}".strip()
        return f"{him} {verb} {said} {rest}".strip()
    french = _QUEL_FR.match(text)
    if french:
        him, participle, verb, rest = french.groups()
        verb = f"a {participle}" if participle else verb
        serving = _SERVED_AS_FR.match(f"{him} {verb} {rest}".strip())
        if serving:
            # « Quel Premier ministre Faure a-t-il servi comme secrétaire général ? »
            return f"{serving.group(1)} was {serving.group(2)} to {said}"
        return f"{him} {verb} {said} {rest}".strip()
    other = _WHICH_DID_OTHER.match(text)
    if other:
        # "Which proposals did the National Office adopt?": another's deed, its object asked.
        who, verb, rest = other.groups()
        return f"{who} {_past(verb)} {said} {rest}".strip()
    doer = _WHICH_DONE.match(text)
    if doer:
        # "Which party initiated the motion against Barnier?": the one asked is the doer.
        return f"{said} {doer.group(1)} {doer.group(2)}".strip()
    return None


# "Which proposals did the National Office adopt?", "Which motion did LFI initiate?": another
# named (capitalised) as the doer, the thing asked as the object.
_WHICH_DID_OTHER = lazy(
    r"^\s*(?i:which|what)\s+(?:[\w'’-]+\s+){1,3}?(?i:did)\s+"
    r"((?:the\s+)?(?!(?i:olivier|faure|he)\b)[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3})\s+"
    r"(adopt|reject|initiate|support|oppose|back|propose|withdraw|oust|censure|criticise|criticize)\b\s*(.*?)[\s?]*$"
)
# "Which party initiated the motion against Barnier?": the doer asked, by a deed of stance.
_WHICH_DONE = lazy(
    r"^\s*(?i:which|what)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
    r"(adopted|rejected|initiated|supported|opposed|backed|proposed|withdrew|ousted|censured|critici[sz]ed)\b"
    r"\s*(.*?)[\s?]*$"
)


# What verify says of a claim's part held or done by another than the one it is put of: a word
# said of another named ("commiss: said of Gérard Gouzes"), a title another holds, a post of his
# given as another's, a role turned round.
# A figure from a sentence that never names him ("What share did Faure get in the 2019 European
# election?": the joint list's 6.2%): not his (a record of his posts names him by being his).
_NEVER_NAMES_HIM = "the evidence does not say he did it (it never names him)"
# verify's note on a claim's words no evidence holds ("the evidence does not say: led").
_WORDS_UNSAID = lazy(r"the evidence does not say: (.+)$")
_GIVEN_ANOTHER = lazy(
    r"[\w'’-]+: said of (?!him$|something\b)(?P<who>.+)$"
    r"|the evidence gives this title to someone else$"
    r"|the evidence does not give this post as .+['’]s$"
    r"|.+ was his [\w -]+, not the other way round$"
    # (A deed the evidence gives another: "Paulin Roy" as the one designated.)
    r"|the evidence (?:tells it of someone else|has (?!him\b|Faure\b)[A-ZÀ-Ý].* do it)$"
)


# "Which region did Faure preside over?": the kind of thing asked, for the question's own
# premise where the answer found is not of that kind ("the National Assembly").
_WHICH_NOUN = lazy(r"^\s*(?i:which|what)\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)\s+(?i:did|does|has|had|was|is)\b")
# "Who was Faure's opponent in 2017 from EELV?": a party the question gives the one asked for.
_WHO_OF_PARTY = lazy(
    r"^\s*(?i:who|whom)\s+(?i:was|is)\b.*?\b(?i:from|of)\s+(?:the\s+)?([A-Z]{2,}[\w-]*)\b(?!\s+[a-z])[^?]*\?*\s*$"
)
# "Whose substitute was Paulin Roy?": another's post asked by its holder's name.
_WHOSE_OTHER = lazy(
    r"^\s*(?i:whose)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?i:was|is)\s+"
    r"((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\b(.*?)[\s?]*$"
)


def _slot_claims(store: Store, question: str, answer: Answer) -> list[tuple[str, bool]]:
    """The claims a which/what/whose/who question makes with `answer` put in it, each with
    whether its refutation counts: the answer in its slot; where the answer is not of the kind
    asked, the kind itself ("Faure presided over a region"); a party it gives the one asked
    for ("<answer> was from EELV", the one whose refutation counts: a claim put together from
    a question's words, "Faure took national secretary of communications in July 2012", was
    refuted with another date); the holder it names of another's post ("Paulin Roy was
    <answer>'s substitute")."""
    said = answer.answer or ""
    claims: list[tuple[str, bool]] = []
    claim = _slot_claim(question, said)
    if claim is not None:
        claims.append((claim, False))
        # ("Which group did Faure lead in 2007?": the Socialist group, whose leader was Ayrault.)
        claims += [(led, True) for led in _led_as_leader("", [claim])]
        kind = _WHICH_NOUN.match(question.strip())
        if (
            kind is not None
            and answer.type in (Intent.TEXT, Intent.PLACE)
            and stem(fold(kind.group(1))) not in {stem(w) for w in split_words(fold(said))}
            # (A person answered, "Prime Minister Jean-Marc Ayrault" to "Which PM …": the kind
            # is theirs by the title, as it should be.)
            and not people_in(knowledge(store), said)
        ):
            premise = _slot_claim(question, f"a {kind.group(1)}")
            claims += [(premise, False)] if premise is not None else []
    person = re.split(r"\s*[(;,]", said, maxsplit=1)[0].strip()
    party = _WHO_OF_PARTY.match(question.strip())
    if party is not None and answer.type is Intent.PERSON and person:
        claims.append((f"{person} was from {party.group(1)}", True))
    whose = _WHOSE_OTHER.match(question.strip())
    if whose is not None and not _NAMES_HIM.search(fold(whose.group(2))) and person:
        claims.append((f"{whose.group(2)} was {person}'s {whose.group(1)}{whose.group(3)}", False))
    return claims


def _slot_given_another(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where a claim the question makes with it (`_slot_claims`) gives
    him what the source gives another, or is refuted: "Which commission did Faure preside?" is
    answered with the one Gérard Gouzes presided; "Whose substitute was Faure?" with the one
    who was his. "Whose substitute was Paulin Roy?" is answered with him where the source says
    so."""
    if answer.answer is None or answer.type not in (
        Intent.TEXT,
        Intent.PERSON,
        Intent.NUMBER,
        Intent.PLACE,
        Intent.SHARE,
    ):
        return answer
    claims = _slot_claims(store, question, answer)
    if not claims:
        return answer
    from faurecli.verdicts import Verdict, verify

    for claim, refutes in claims:
        checked = verify(store, claim)
        # (A slot claim's refutation counts where it is of a person the question names: "Which
        # post did Faure take over from Valérie Rabault?" — she succeeded him; not of a date its
        # words were put together with.)
        of_person = any(p.agrees is False and people_in(knowledge(store), p.text) for p in checked.parts)
        # (Nor where what is refuted is the deed itself, no date or figure in it: "Which law did
        # Faure oppose?" + the El Khomri law — he supported its adoption.)
        if checked.verdict is Verdict.REFUTED and (refutes or of_person or _deed_refuted(checked, figures=False)):
            note = f"the question takes as given what the source contradicts: {checked.correction}"
            return Answer(answer.question, None, answer.type, None, checked.evidence, (), (), note, ())
        if checked.verdict is not Verdict.NOT_ENOUGH_INFO:
            continue
        # (A word "said of" another counts, in a claim of his, on him or on a name not put as the
        # answer's owner: "Faure was François Hollande's assistant cabinet director" was read with
        # "assistant" said of Martine Aubry, on the part for Hollande; "Faure was advisor in the
        # Hollande government" is rightly so read.)
        his_claim = _HIM_FIRST.match(claim) is not None or claim.startswith("Faure ")
        said = [
            found
            for text, found in [
                *((p.text, p.found) for p in checked.parts if p.agrees is None and p.found),
                ("", checked.note or ""),
            ]
            if (given := _GIVEN_ANOTHER.match(found)) is not None
            and given.group("who") != store.person.name
            and (given.group("who") is None or not his_claim or f"{text}'s" not in claim)
            or (found == _NEVER_NAMES_HIM and answer.type in (Intent.SHARE, Intent.NUMBER))
        ]
        whose = _WHOSE_OTHER.match(question.strip())
        untold = _WORDS_UNSAID.match(checked.note or "")
        if not said and untold is not None and his_claim and _WHOSE.match(question.strip()):
            # "Whose campaign did Faure run in 2007?": the owner is named (Royal's campaign), but
            # not his deed to it (he wrote a comic book about it): the question's verb is unsaid.
            note = f"the source does not say he did this: {untold.group(1)}"
            return _unanswered(answer, note, answer.evidence)
        if not said:
            continue
        if whose is not None and not his_claim and claim.startswith(whose.group(2)):
            # "Whose substitute was Paulin Roy?": his, where the source says so.
            his = verify(store, f"{whose.group(2)} was {store.person.name}'s {whose.group(1)}{whose.group(3)}")
            if his.verdict is Verdict.SUPPORTED:
                refs = tuple(e.id for e in his.evidence)
                name = store.person.name
                return Answer(answer.question, name, Intent.PERSON, name, his.evidence, refs, (), None, ())
        note = f"the source gives what the question puts on him to someone else: {said[0]}"
        return _unanswered(answer, note, answer.evidence)
    return answer


# "What was the first office he won?", « la première élection gagnée par Faure », "Which
# election did Faure lose first?", « Quel poste a-t-il occupé en premier ? »: an order among
# his posts or races, by the kind ranked.
_FIRST_KINDS = r"(office|post|election|seat|job|position|role|mandate|poste|fonction|mandat|siege|emploi)s?"
_ASKS_FIRST_OF = lazy(rf"\b(?:first|premier|premiere)\s+(?:elected\s+|political\s+|politique\s+)?{_FIRST_KINDS}\b")
_ASKS_FIRST_LAST = lazy(
    rf"^\s*(?:which|what|quel|quelle)\s+{_FIRST_KINDS}\b[^?]*\b(?:first|en\s+premier)\s*(?:,[^?]*)?[?.!]*\s*$"
)


def _first_unranked(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question asks which of his posts or races came first
    and no sentence ranks one so: "What was the first office he won?" was answered First
    Secretary (the "First" of a title is no order), "Which election did Faure lose first?"
    with a word of the sentence."""
    if answer.answer is None:
        return answer
    folded = fold(question)
    asked = _ASKS_FIRST_OF.search(folded) or _ASKS_FIRST_LAST.match(folded)
    if asked is None:
        return answer
    kind = asked.group(1)[:4]
    if any(re.search(rf"\b(?:first|premiere?)\s+{kind}", fold(s.text)) for s in store.sentences):
        return answer
    note = "the source does not say which was first"
    return _unanswered(answer, note, answer.evidence)


_ISO_VALUE = lazy(r"\d{4}(?:-\d{2}){0,2}")


def _date_given(question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the date it gives is one the question already gives, at
    that precision or finer ("When was Faure re-elected deputy in 2017?" → 2017, « Quand … en
    2017 ? »): the question asked for more than it said."""
    value = answer.value
    if answer.answer is None or answer.type is not Intent.DATE or not isinstance(value, str):
        return answer
    if not _ISO_VALUE.fullmatch(value) or value[:4] not in question:
        return answer
    from faurecli.dates import find_dates

    found = PartialDate.parse(value)
    for span in find_dates(question, yearless=False):
        given = span.parsed
        if given.decade or given.year != found.year:
            continue
        if (not found.month or found.month == given.month) and (not found.day or found.day == given.day):
            note = f"the date found ({answer.answer}) is the one the question gives; the source says no more"
            return _unanswered(answer, note, answer.evidence)
    return answer


# "Faure led the Socialist group in the National Assembly in 2007" (a premise), "the Socialist
# group that Faure led in 2007" (a relative clause of the question): his leading a body, put
# as the title verify reads a holder of ("Faure was the leader of …": Ayrault was, in 2007).
_LED_PREMISE = lazy(
    r"^\s*((?:olivier\s+)?faure|he)\s+(?:led|headed|chaired|presided(?:\s+over)?"
    # (French verbs with the answer put in English: « Faure dirigeait the Socialist group en 2007 ».)
    r"|dirigeait|a\s+dirig[ée]|pr[ée]sidait|a\s+pr[ée]sid[ée])\s+(the\s+.+)$",
    re.IGNORECASE,
)
_LED_RELATIVE = lazy(
    r"\b(the\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+)\s+(?:that|which)\s+(?:olivier\s+)?faure\s+"
    r"(?:led|headed|chaired|presided(?:\s+over)?)\b\s*(.*?)[\s?]*$",
    re.IGNORECASE,
)


# "Faure started working with Audrey Azoulay", "began to serve …": the deed itself, whose start
# is asked (verify reads the deed's doer; "started" is in no sentence).
_ASPECT = lazy(
    r"^\s*((?:olivier\s+)?faure|he)\s+(?:started|began|begun|commenced|stopped|continued)\s+(?:to\s+([a-z]+)|([a-z]+?)ing)\b(.*)$",
    re.IGNORECASE,
)


def _without_aspect(claims: list[str]) -> list[str]:
    """Each premise claim that starts, stops or goes on doing a deed, as the deed: "Faure
    started working with X" → "Faure worked with X"."""
    found = []
    for claim in claims:
        aspect = _ASPECT.match(claim)
        if aspect is None:
            continue
        who, bare, stem_ing, rest = aspect.groups()
        verb = bare or stem_ing
        if not bare and len(verb) > 2 and verb[-1] == verb[-2]:
            verb = verb[:-1]  # "running" → "run"
        found.append(f"{who} {_past(verb)}{rest}")
    return found


_TITLE_OF = lazy(
    r"^the\s+(?:leader|head|president|chair(?:man|woman)?|secretary-general|spokes\w+)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _led_as_leader(question: str, claims: list[str]) -> list[str]:
    """The claims that he was the leader of a body a premise (or a relative clause of the
    question) says he led: "When did Faure lead the Socialist group … in 2007?", "Who was the
    leader of the Socialist group that Faure led in 2007?" (he was its secretary-general).
    Only a refutation of these counts (the loop in `ask`)."""
    found = [led.groups() for c in claims if (led := _LED_PREMISE.match(c)) is not None]
    relative = _LED_RELATIVE.search(question)
    if relative is not None:
        # (The body, not the title of the one asked for before it: "the leader of the Socialist
        # group that …" is the Socialist group.)
        body = _TITLE_OF.sub("the ", relative.group(1), count=1)
        found.append(("Faure", f"{body} {relative.group(2)}".strip()))
    return [f"{who} was the leader of {rest[4:]}" for who, rest in found]


# "Which party was Faure's substitute from?", "Which party did his 2017 opponent belong to?": a
# person of his named by how they relate to him, then asked about by name.
_PARTY_OF_HIS = lazy(
    rf"^\s*(?:which|what)\s+(?:party|group|movement)\s+(?:was|is|did|does)\s+"
    rf"((?:{_HIS_WORDS})\s+(?:\d{{4}}\s+)?(?:[a-z-]+\s+)?{_RELATION_NOUNS}(?:\s+in\s+\d{{4}})?)\s+"
    r"(?:from|belong\s+to|a\s+member\s+of)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _of_his_relation(store: Store, question: str) -> Answer | None:
    """The party of someone the question names by how they relate to him ("Faure's substitute"):
    who that is, asked on its own (Paulin Roy), then the party asked of that name (EELV), with
    the evidence of both; None for other questions or where either is not answered."""
    asked = _PARTY_OF_HIS.match(question.strip())
    if asked is None:
        return None
    who = ask(store, f"Who was {asked.group(1)}?")
    if who.answer is None or who.type is not Intent.PERSON or not people_in(knowledge(store), who.answer):
        return None
    named = ask(store, question.strip().replace(asked.group(1), who.answer, 1))
    if named.answer is None:
        return None
    refs = tuple(dict.fromkeys((*who.sources, *named.sources)))
    evidence = tuple({e.id: e for e in (*who.evidence, *named.evidence)}.values())
    return replace(named, evidence=evidence, sources=refs)


_HE_AND_ANOTHER = lazy(
    r"^\s*((?i:did|have|had))\s+(?i:(?:olivier\s+)?faure|he)\s+and\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\s+"
    r"(?:ever\s+)?([a-z][^?]*?)[\s?]*$"
)
_WHO_DID = lazy(r"^\s*(?i:who|whom)\s+(?i:did)\s+((?i:olivier\s+)?(?i:faure|he))\s+([a-z]+)\b\s*(.*?)[\s?]*$")
_WHO_DONE = lazy(r"^\s*(?i:who)\s+((?:succeeded|replaced|preceded|beat|defeated)\b.*?)[\s?]*$")
# "Who supported the frondeurs?" → Valls, "Who was far behind in the poll?" → Le Foll: a stance or
# result the source gives the other. Its claim counts as refuted only on its deed
# (`_deed_refuted`): "Martine Aubry backed Faure at the Aubervilliers Congress" is refuted on
# "Lille", the mayor's town read as the place.
_WHO_STANCE = lazy(
    r"^\s*(?i:who)\s+((?:supported|backed|endorsed|opposed|critici[sz]ed|won|lost|withdrew|wrote|adopted"
    r"|rejected|proposed|initiated|voted|abstained|trailed|was\s+(?:far\s+|well\s+)?behind)\b.*?)[\s?]*$"
    # The same in French, with its auxiliary: « Qui a soutenu les frondeurs ? », « Qui s'est
    # opposé à … ? » (the claim « Manuel Valls a soutenu les frondeurs » is the one checked).
    r"|^\s*(?i:qui)\s+((?i:(?:a|avait|ont|avaient)\s+(?:soutenu|appuy[eé]|approuv[eé]|critiqu[eé]|vot[eé]"
    r"|rejet[eé]|propos[eé]|initi[eé]|lanc[eé]|[eé]crit|r[eé]dig[eé]|adopt[eé]|gagn[eé]|perdu|battu|devanc[eé])"
    r"|s['’]\s*(?:est|etait|était)\s+(?:oppos[eé]|abstenu|retir[eé])e?s?"
    r"|(?:etait|était)\s+(?:loin\s+|bien\s+)?derri[eè]re)\b.*?)[\s?]*$"
)


def _deed_refuted(checked: Check, *, figures: bool) -> bool:
    """Whether what `checked` refutes is a deed alone: each part refuted is not a name or place
    (it ends on a word not capitalised) and holds no year ("opposed": "supported the adoption of";
    "Stéphane Le Foll behind": "Stéphane Le Foll ahead"); with `figures` false, no figure either
    (a which-question's claim is put together from its words, and its figures may be garbled)."""
    digits = r"\b(?:19|20)\d\d\b" if figures else r"\d"
    refuted = [p for p in checked.parts if p.agrees is False and p.text.split()]
    return bool(refuted) and all(
        not p.text.split()[-1][:1].isupper()
        and (figures or p.text[:1].islower())
        and not re.search(digits, p.text + (p.found or ""))
        for p in refuted
    )


# A question that asks why, when or where something happened, and the rest, which it takes as
# given ("did Faure support Macron in 2017", "Faure a-t-il soutenu Macron en 2017"); not "how",
# whose answer may be that it did not ("How did Faure vote …?": he abstained).
_PREMISED = lazy(
    # ("Until when did Faure work …?", « Jusqu'à quand … ? »: the deed whose end is asked, too.)
    r"(?:(?i:until|till|since|jusqu['’]\s*[àa]|depuis)\s+)?"
    r"(?i:why|when|where|pourquoi|quand|o[uù])\s+"
    r"((?i:did|was|were|had|has|is)\s+.+|(?:olivier\s+)?(?i:faure|il)\s+(?:a|avait|est|etait|était)-(?:t-)?il\b.*"
    # (A reflexive verb: « Quand Faure s'est-il retiré de la course ? ».)
    r"|(?i:olivier\s+)?(?i:faure)\s+s['’]\s*(?:est|etait|était)-il\b.*"
    # (Another subject, « Quand le PS a-t-il quitté … ? »: its premise too.)
    r"|(?:(?i:le|la|les)\s+[\w'’-]+|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+(?:a|avait|est|etait|était|ont|sont)"
    r"-(?:t-)?(?:il|elle|ils|elles)\b.*)"
)


# A premise that only gives him a title, with a copula: "Faure was Prime Minister", « Faure a été
# suppléant » (a title of a few words, no verb of its own: "was formally inaugurated as …" is a deed).
_EVENT_WORDS = frozenset(
    "congress congres election elections vote round tour primary primaire council conseil campaign campagne".split()
)
# A place or setting that closes a question ("… at university?", "… in Orléans?", « … à la fac ? »).
_CLOSING_SETTING = lazy(
    r"\s(?:at|in|à|a|au|aux|en|dans)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?P<what>[^\s?,]+(?:\s+[^\s?,]+){0,2})\s*\?*\s*$"
)
_TITLE_PREMISE = lazy(
    r"(?:olivier\s+)?(?:faure|he|il)\s+(?:was|is|a\s+ete|etait|est|fut)\s+(?:(?:a|an|the|un|une|le|la|l')\s+)?"
    r"(?!.*\b(?:[a-z]+ed|born|ne|nee|marie|elu|reelu|nomme|choisi|designe|devenu|battu|soutenu|investi|installe|inaugure"
    r"|intronise|remplace|first|once|again|still|toujours|encore|deja|already)\b)"
    r"(?!(?:candidat|present|able|in|at|on|en|au|a)\b)[a-z'-]+(?:\s+[a-z'-]+){0,2}\s*$"
)


# A premise whose doer is he alone ("Faure became …", « il a retiré … », not "Faure and Valls …").
_HIS_PREMISE = lazy(r"\s*(?:(?:olivier\s+)?faure|he|il)\b(?!\s+(?:and|et)\b)", re.IGNORECASE)
# What verify's second reading says when a claim's words are the evidence's in another sense.
_PREMISE_UNTOLD = lazy(
    r"the evidence (?:tells no leaving|tells a race lost, not a seat|gives the candidacy to another)"
)
# What verify says of a part done or held by someone else than the claim's doer.
_DEED_OF_ANOTHER = lazy(
    r"the evidence (?:tells it of someone else|does not say he did it|has it done to him|has .+ do it"
    r"|gives this title to)"
)


# What verify says of a word of the claim said of someone named ("member: said of Soria
# Blatmann"), and of a post of his the claim gives another.
_SAID_OF = lazy(r"[\w'’-]+: said of (.+)$")
_HIS_POST_GIVEN = lazy(r"the source gives this post to ")


def _said_of_another(store: Store, found: str) -> bool:
    """Whether verify's `found` says a word of the claim is said of a named other than him."""
    said = _SAID_OF.match(found)
    return (
        said is not None
        and said.group(1) not in ("him", store.person.name)
        and not said.group(1).startswith("something")
    )


_DONE_TO_HIM = lazy(
    r"\s*(?:who\s+(?!(?:did|does|do|is|was|were|has|had|will)\b)\w+\s+(?:(?:olivier\s+)?faure|him)\b"
    r"|qui\s+(?:l['’]|lui\s|(?:a|avait)\s+\w+\s+(?:olivier\s+)?faure\b))"
)


# "Who became …?", "Who was …?", "Qui a été …?": the one asked about is the doer, not one the
# question names as its object ("Who did Faure …?", "Whom …?", "Qui l'a battu ?").
_WHO_DOER = lazy(r"\s*(?:who|qui)\s+(?!(?:did|does|do|whom|l['’]|le|la|lui)\b)(?!.*\b(?:a|est|avait)-t-(?:il|elle)\b)")
_NAMES_HIM_IN = lazy(r"\b(?:olivier|faure|he|him|his|il|lui|son|sa|ses)\b")
# "Who is the Socialist leader married to?": the question's own subject, and "who" its object.
_STRANDED = lazy(r"\b(?:to|with|for|by|of|from|about|against|under)\s*[?.!]*\s*$")
_ROLE_TO = lazy(r"\b(?:to|for|with|aupres|pour|avec)\b")
_FIGURE_ASKED = lazy(r"\d\s*%|\d\s*(?:per\s*cent|pour\s*cent)|\bvotes?\b|\bvoix\b")
# Between his name and the deed: another clause's subject took over ("Soria Blatmann, who was …
# when she went to work …"), so the deed may be hers, not his.
_OTHER_CLAUSE = lazy(r",\s+(?:who|qui|whose|dont)\b|\b(?:she|her|elle|they|ils|elles)\b")
# The name as the other side of a converse verb: "lost to Chantal Brunel" (she won).
_CONVERSE_BEFORE = lazy(
    r"\b(?:lost\s+to|beaten\s+by|defeated\s+by|succeeded\s+by|battu\s+par|perdu\s+face\s+[àa])\s+(?:[\wÀ-ÿ'’-]+\s+){0,3}$"
)
# A question asking the other side of a race or a vote ("against", « face au »).
_AGAINST_ASKED = lazy(
    r"\b(?:against|versus|contre|face\s+a(?:ux?)?|opposed|opposing|rivals?|opponents?|adversaires?|challeng\w*)\b"
)


# "To whom was Faure's election a blow?", "Who was it a blow to?", « Pour qui … a-t-elle été un
# coup dur ? »: the one a noun of the question is "to" or "for" in its sentence.
_TO_WHOM = lazy(
    r"^\s*(?:(?:to|for)\s+whom|(?:[àa]|pour)\s+qui)\b|^\s*(?:who|whom)\b[^?]*\s(?:to|for)\s*[?.!]*\s*$", re.IGNORECASE
)


# "Which alliance did Faure leave?", "Which party left the NFP?", "Which alliance did LFI plan to
# leave?": a thing asked by its noun, and the deed done by it or to it.
_THING_DONE = lazy(
    r"^\s*(?:which|what)\s+[a-z]{3,}\s+(?P<done>left|won|lost|beat|led|ran|took|made|met|became|formed|[a-z]{3,}ed)\b"
    r"|^\s*(?:which|what)\s+[a-z]{3,}\s+did\s+(?:olivier\s+|the\s+)?[a-z]+\s+(?:plan\s+to\s+|want\s+to\s+|try\s+to\s+)?"
    r"(?P<do>[a-z]{3,})\b"
)


# Verbs of a relation or a post, not a deed a sentence must name ("belong to" a party, "hold" a
# post, "play" a role, "become" secretary-general, "serve" as …).
_RELATION_VERBS = frozenset(
    stem(w)
    for w in "belong belonged hold held play played become became serve served occupy occupied "
    "represent represented take took be use used".split()
)


def _thing_without_its_deed(store: Store, question: str, answer: Answer) -> Answer:
    """ "Which alliance did Faure leave?" + the NFP alliance (s57: the PS won seats "as part of"
    it; "leave" is LFI's plan for NATO, a sentence before): the sentence that names the thing
    answered must hold the deed asked of it (its word or one standing for it); else declined."""
    if answer.answer is None or answer.type is not Intent.TEXT:
        return answer
    asked = _THING_DONE.match(fold(question))
    if asked is None:
        return answer
    known = knowledge(store)
    analysis = _in_other_words(analyse(question, known.built.known, known.built.people), known.built.known)
    verb = stem(asked.group("done") or asked.group("do"))
    groups = [g for g in analysis.concepts if verb in g]
    if not groups or set(groups[0]) & (_NOTHING_DONE | _GENERIC | _ASKING | _RELATION_VERBS):
        return answer
    named = set(content_words(fold(answer.answer)))
    said = [e for e in answer.evidence if e.id.startswith("s") and named <= set(content_words(fold(e.text)))]
    if not said:
        return answer
    for evidence in said:
        # (A compound's part is no deed: "left-wing" says nothing "left".)
        plain = re.sub(r"\w+(?:-\w+)+", " ", fold(evidence.text))
        held = {c for w in split_words(plain) for c in content_words(w)}
        if set(groups[0]) & held or {w[:5] for w in groups[0]} & {w[:5] for w in held if len(w) >= 5}:
            return answer
    return _unanswered(answer, "the sentence naming it does not say that of it", answer.evidence)


# "Which minister claimed he had accompanied Faure …?", « Quel ministre a affirmé … ? »: who did
# it, asked by a title the source gives them elsewhere ("after Castaner became the Minister of the
# Interior"), not in the sentence of the deed.
_WHICH_TITLED_DID = lazy(
    r"^\s*(?:which|what)\s+(?:(?:former|then)\s+)?(?P<noun>minister|mayor|senator)\s+"
    r"(?P<rest>(?!did\b|was\b|is\b|does\b|were\b)[a-z]{3,}\b.*)$"
    r"|^\s*quel(?:le)?\s+(?:ancien(?:ne)?\s+)?(?P<nom>ministre|maire|senat\w*)\s+(?P<reste>a\s+.*)$"
)
_TITLE_WORDS = {
    "minister": r"minist(?:er|re|ry|ere)s?",  # ("to Martine Aubry in the Ministry of Labour")
    "ministre": r"minist(?:er|re|ry|ere)s?",
    "mayor": r"mayor|maire",
    "maire": r"mayor|maire",
    "senator": r"senat(?:or|eur)",
}
_TITLE_NEAR = 40  # characters between a title and the name it is set by


def _titled_doer(store: Store, question: str) -> Answer | None:
    """The answer to "Which <title> <did something>?" as "Who <did something>?", when the source
    calls the one answered by that title in some sentence, near their name; None otherwise."""
    asked = _WHICH_TITLED_DID.match(fold(question.strip()))
    if asked is None:
        return None
    noun = asked.group("noun") or asked.group("nom")
    rest = asked.group("rest") or asked.group("reste")
    who = ask(store, f"{'Qui' if asked.group('nom') else 'Who'} {rest}")
    if who.answer is None or who.type is not Intent.PERSON:
        return None
    called = _title_set_by(store, who.answer, noun)
    if called is None:
        return None
    refs = list(dict.fromkeys([*who.sources, called]))
    return replace(who, evidence=tuple(quote(store, r) for r in refs), sources=tuple(refs))


def _title_set_by(store: Store, name: str, noun: str) -> str | None:
    """The first sentence that sets the title `noun` by `name`'s surname, or None."""
    key = fold(name).split()[-1]
    title = _TITLE_WORDS.get(noun, r"senat(?:or|eur)")
    name_at, gap = rf"\b{re.escape(key)}\b", rf".{{0,{_TITLE_NEAR}}}"
    near = rf"\b(?:{title})\b{gap}{name_at}|{name_at}{gap}\b(?:{title})\b"
    return next((u.id for u in store.sentences if re.search(near, fold(u.text))), None)


def _titled_doer_untitled(store: Store, question: str, answer: Answer) -> Answer:
    """ "Which mayor claimed he had accompanied Faure …?" + Christophe Castaner: whoever did it,
    the source must call them by the title asked somewhere (he was Minister of the Interior)."""
    if answer.answer is None or answer.type is not Intent.PERSON:
        return answer
    asked = _WHICH_TITLED_DID.match(fold(question.strip()))
    if asked is None or _title_set_by(store, answer.answer, asked.group("noun") or asked.group("nom")) is not None:
        return answer
    return _unanswered(answer, "the source does not give that title to the one who did it", answer.evidence)


_FIRST_TIME_AFTER = lazy(r"\bfrom\s+\d{4}\s+(?:to|until)\s+\d{4}\b|\b(?:19|20)\d\d\b")


def _to_whom(store: Store, question: str, answer: Answer) -> Answer:
    """ "To whom was Faure's election a blow?" + Bruno Le Roux (whom he succeeded, a sentence
    before): the one the source's "<noun> to <name>" names, where a sentence holding the
    question's words says so ("a blow to Prime Minister Manuel Valls"), in its sentence; the
    answer as found when no sentence so says or two name different people."""
    if answer.type is not Intent.PERSON or not _TO_WHOM.search(fold(question)):
        return answer
    known = knowledge(store)
    analysis = _in_other_words(analyse(question, known.built.known, known.built.people), known.built.known)
    # (A word the source never uses, « coup » of « coup dur », no sentence can hold.)
    used = [g for g in analysis.concepts if any(w.startswith(m) for m in g for w in known.built.known)]
    years = {str(v.year) for v in analysis.values if v.kind is ValueKind.DATE and v.year}
    own = {stem(w) for w in split_words(fold(question))}
    found: dict[str, tuple[str, ...]] = {}
    elsewhen: set[str] = set()
    for at, sentence in enumerate(store.sentences):
        text = fold(sentence.text)
        # (Its year in it, or in the sentence it goes on from.)
        dated = not years or all(y in text or (at and y in store.sentences[at - 1].text) for y in years)
        for group in used:
            others = [g for g in used if g is not group]
            before = fold(store.sentences[at - 1].text) if at else ""
            if not all(any(re.search(rf"\b{re.escape(w)}", f"{before} {text}") for w in g) for g in others):
                continue  # (every other word of the question in that sentence or the one before)
            alone = all(any(re.search(rf"\b{re.escape(w)}", text) for w in g) for g in others)
            refs: tuple[str, ...] = (sentence.id,) if alone or not at else (store.sentences[at - 1].id, sentence.id)
            for member in (m for m in group if len(m) >= 4):
                # (The question's own noun, or a synonym's as a noun, after an article: « coup
                # dur » is "a blow to"; "wife" is no "married to".)
                article = "" if member in own else r"\b(?:a|an|the)\s+"
                pattern = re.compile(rf"{article}\b{re.escape(member)}\w*\s+(?:to|for)\s+([^,;.()]{{3,60}})")
                for slot in pattern.finditer(text):
                    names = [
                        (slot.group(1).find(key), name)
                        for key, name in known.built.people.items()
                        if find_word(slot.group(1), key) >= 0
                    ]
                    # (The slot's own time where it gives one: "advisor to Martine Aubry … from
                    # 1997 to 2000", not the next clause's 2000 to 2007.)
                    own_time = _FIRST_TIME_AFTER.search(text, slot.start())
                    if own_time is not None and years:
                        dated = all(_covers(own_time.group(), int(y)) for y in years)
                    if names and dated:
                        found.setdefault(min(names)[1], refs)
                    elif names:
                        elsewhen.add(sentence.id)
    if not found and elsewhen:
        # "To whom was his 2012 election a blow?": the source says to whom, of another time.
        return _unanswered(answer, "the source says it of another time", answer.evidence)
    if len(found) != 1:
        return answer
    ((name, refs),) = found.items()
    if answer.answer == name or name in analysis.people:
        return answer
    evidence = tuple(quote(store, r) for r in refs)
    return Answer(answer.question, name, Intent.PERSON, name, evidence, refs, (), None, ())


def _doer_of_role(store: Store, question: str, answer: Answer) -> Answer:
    """To "Who became secretary-general …?", "Who was the advisor to Martine Aubry?": the
    sentence's subject, he, not another it names only in the role's complement ("joined the
    leader …, Jean-Marc Ayrault, to become the formation's secretary-general", "advisor to
    Martine Aubry … and assistant cabinet director to … François Hollande", "supported by …").
    No answer where the deed is told in another person's clause ("Soria Blatmann, who … when
    she went to work"). The answer stays where the question's first word the sentence holds is
    in the name's own title or clause ("Who led the Socialist group?": "the leader of the
    Socialist group …, Jean-Marc Ayrault"), or the name did a verb or is the other side of one."""
    from faurecli.agents import HE_OPENS, NAME_THEN_DEED, clause_owner, name_regions

    folded_question = fold(question.strip())
    name = store.person.name
    if not answer.answer or answer.answer == name or not _WHO_DOER.match(folded_question):
        return answer
    if _NAMES_HIM_IN.search(folded_question) or _FIGURE_ASKED.search(folded_question):
        # (A figure's owner is another question: "Who won 26.45% of the vote?".)
        return answer
    if _AGAINST_ASKED.search(folded_question):
        # "Who ran against the PS leader?": the other side of a race, whoever the question
        # names it by (his post is he), never he.
        return answer
    if _STRANDED.search(folded_question) and not people_in(knowledge(store), question):
        # "Who is the Socialist leader married to?": he, in other words, is the subject; "who" is
        # the other ("Who is Soria Blatmann married to?" names the subject: the other is he).
        return answer
    refs = [r for r in answer.sources if r.startswith("s")]
    sentence = store.sentence(refs[0]) if len(refs) == 1 else None
    if sentence is None:
        return answer
    text = sentence.text
    opens = HE_OPENS.match(text)
    if opens is None:
        return answer
    known = knowledge(store)
    people = [(at, person) for at, person in people_in(known, text) if at >= opens.end() and person != name]
    answered = [p.strip() for p in re.split(r",\s+|\s+(?:and|et)\s+", answer.answer) if p.strip()]
    surnames = {p.split()[-1] for p in answered}
    mine = [(at, person) for at, person in people if person.split()[-1] in surnames]
    if not mine:
        return answer
    for surname in surnames:
        # Every time the sentence names them ("… Christophe Castaner, with whom … after Castaner
        # became the Minister of the Interior").
        for said in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if NAME_THEN_DEED.match(text, said.end()) or _CONVERSE_BEFORE.search(text[: said.start()]):
                return answer
    regions = name_regions(text, people)
    analysis = analyse(question, known.built.known, known.built.people)
    asked_names = {w for person in analysis.people for w in split_words(person)} | {
        w for _, person in people for w in split_words(person)
    }
    groups = [g for g in _asked_words(analysis, set()) if not {stem(w) for w in asked_names} & set(g)]

    def held(word: str, group: tuple[str, ...]) -> bool:
        return word in group or (len(word) >= 5 and any(len(g) >= 5 and g[:5] == word[:5] for g in group))

    tokens = [(m.start(), stem(fold(m.group()))) for m in re.finditer(r"[\wÀ-ÿ]+", text) if m.start() >= opens.end()]
    # The question's words after "to", "for", "with" say whom the role is to ("the deputy chief
    # of staff to the First Secretary"): found in the other's title, they make the other the one
    # the role is to, not its holder.
    relation = _ROLE_TO.search(folded_question)
    complement = {w[:5] for w in split_words(folded_question[relation.end() :])} if relation else set()
    only_whom = False
    for group in groups:
        places = [at for at, word in tokens if held(word, group)]
        if not places:
            continue
        to_whom = any(w[:5] in complement for w in group)
        owners = {person for at in places for person, start, end in regions if start <= at < end}
        his = [at for at in places if not any(start <= at < end for _, start, end in regions)]
        if owners & {person for _, person in mine} or not his:
            if to_whom:
                only_whom = True
                continue
            return answer
        before = text[opens.end() : his[0]]
        if _OTHER_CLAUSE.search(before):
            # The deed is told in another's clause: theirs where one person's relative clause
            # holds it ("Soria Blatmann, who was … until February 2018, when she went to work
            # with …"), else no one's the question can be sure of.
            owner = clause_owner(text, opens.end(), his[0], people)
            if owner is not None and owner.split()[-1] in surnames:
                return answer  # the clause is the answer's own ("Soria Blatmann, who was a member …")
            if owner is not None and owner not in surnames:
                return replace(answer, answer=owner, value=owner, evidence=(quote(store, refs[0]),), sources=(refs[0],))
            return _unanswered(answer, "the source does not say who")
        by = re.search(r"\b(\w+)\s+(?:notably\s+)?(?:by|par)\s+$", text[max(0, mine[0][0] - 40) : mine[0][0]])
        if by is not None and any(held(stem(fold(by.group(1))), g) for g in groups):
            # "Who supported the motion?" … "supported by Martine Aubry": the passive's agent.
            return answer
        return replace(answer, answer=name, value=name, evidence=(quote(store, refs[0]),), sources=(refs[0],))
    if only_whom:
        return _unanswered(answer, "the source does not say who")
    return answer


# A noun that undoes what follows it: "abandonment of the 4000 job cuts", "l'abandon des
# suppressions de postes", "the withdrawal of the reform".
_UNDOING = lazy(
    r"\b(?:abandonment|abandoning|withdrawal|cancell?ation|scrapping|dropping|repeal|abandon|renoncement|annulation"
    r"|retrait|abrogation)\s+(?:of|de|des|du|d['’]|aux?|à)\s*(?:the\s+|les?\s+|la\s+|l['’])?",
    re.IGNORECASE,
)
# A question that asks about the undoing itself ("How many job cuts were abandoned?").
_ASKS_UNDOING = lazy(
    r"\b(?:abandon\w*|withdr[ae]w\w*|cancel\w*|scrap\w*|dropp?\w*|repeal\w*|renon\w*|annul\w*|retir\w*|abrog\w*"
    r"|g[ai]ve\s+up|given\s+up)\b"
)
_ITEM_BREAK = lazy(r",\s+|\s+and\s+|\s+et\s+|[.;](?:\s|$)")
_ITEM_PREPOSITION = lazy(r"\s+(?:in|at|of|to|for|on|from|dans|au|aux|de|du|des|en|pour|sur)\s")


def _undone_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, head) of what a sentence says was undone: the item after "abandonment of"
    and the items of the same list that share its head noun ("abandonment of the 4000 job cuts
    in education, 500 job cuts in France Travail and overseas budget cuts, one billion euro
    increase …": the three cuts, not the increase)."""
    spans = []
    for undoing in _UNDOING.finditer(text):
        at = end = undoing.end()
        head = ""
        while True:
            brk = _ITEM_BREAK.search(text, at)
            stop = brk.start() if brk is not None else len(text)
            item = text[at:stop]
            if not head:
                core = _ITEM_PREPOSITION.split(f"{item} ", maxsplit=1)[0].split()
                if not core:
                    break
                head = fold(core[-1])[:5]
            elif not any(fold(w)[:5] == head for w in item.split()):
                break
            end = stop
            if brk is None or brk.group().strip() in (".", ";"):
                break
            at = brk.end()
        if head:
            spans.append((undoing.start(), end, head))
    return spans


def _undone_asked(store: Store, question: str, answer: Answer) -> Answer:
    """No count, and no yes, for what the source says was undone, to a question that does not
    ask about the undoing: "How many job cuts were made in education?", "Did the concessions
    include overseas budget cuts?" ("abandonment of the 4000 job cuts in education, …")."""
    if answer.answer is None:
        return answer
    yes = answer.value is True
    # (Cheap tests first: most answers are neither a count nor a yes from a sentence.)
    if not yes and answer.type not in (Intent.NUMBER, Intent.SHARE):
        return answer
    if not any(r.startswith("s") for r in answer.sources) or _ASKS_UNDOING.search(fold(question)):
        return answer
    asked = {fold(w)[:5] for w in split_words(question)}
    digits = re.sub(r"[\s,.\u202f\u00a0]", "", answer.answer) if not yes else ""
    for ref in answer.sources:
        sentence = store.sentence(ref) if ref.startswith("s") else None
        if sentence is None:
            continue
        for start, end, head in _undone_spans(sentence.text):
            span = sentence.text[start:end]
            if yes:
                # The question's thing is the undone item's ("cuts"), with a word of the item.
                words = {fold(w)[:5] for w in split_words(span)} - {head}
                hit = head in asked and bool((asked - _UNDONE_LIGHT) & words)
            else:
                hit = bool(re.search(r"\d", digits)) and digits in re.sub(r"(?<=\d)[\s,.\u202f\u00a0](?=\d)", "", span)
            if hit:
                note = f"the source says these were abandoned: {span.strip()}"
                return Answer(answer.question, None, answer.type, None, (quote(store, ref),), (), (), note, ())
    return answer


_UNDONE_LIGHT = frozenset(("the", "of", "in", "at", "to", "and", "a", "les", "des", "de", "la", "le", "dans"))


# The asker's own day, or a year, named in the question: a date, not a tense ("today",
# "aujourd'hui", "as of now", "en 2026").
_ASKS_TODAY = lazy(
    r"\b(?:today|nowadays|right\s+now|as\s+of\s+now|at\s+present|aujourd['’ ]\s*hui|a\s+ce\s+jour|en\s+ce\s+moment)\b"
)


_ASKS_STILL = lazy(r"\b(?:still|currently|now|presently|toujours|encore|actuellement|desormais)\b")


def _held_as_of(store: Store, analysis: Analysis, title: str, note: str, refs: list[str]) -> Answer:
    """A post held at the source's date: yes. Asked as still held ("Is he still first
    secretary?", "currently"), with the date in the answer itself ("yes (as of Feb 2025)"), as
    a current office reads "present (as of Feb 2025)", never a bare yes. Asked of the asker's
    own day ("… today?"), a date after the source: declined, as any date after it is, with what
    it said then."""
    as_of = store.source.as_of.human()
    french = note.startswith("à la date")
    folded = fold(analysis.text)
    if _ASKS_TODAY.search(folded):
        said = (
            f"la source s'arrête en {as_of} et ne dit rien d'aujourd'hui ; à cette date : {title}"
            if french
            else f"the source stops in {as_of} and says nothing of today; as of then: {title}"
        )
        return _declined(store, analysis, [], said)
    held = _yes(analysis)
    if _ASKS_STILL.search(folded):
        # "still", "currently": asked past the source's date, answered at it, in the answer.
        held = f"{held} (à la date de la source : {as_of})" if french else f"{held} (as of {as_of})"
    return _answer(store, analysis, held, True, refs, note=f"{title}: {note}")


# A field of law named by its adjective: "economic law", "droit économique" is law, not economics.
_LAW_FIELD = lazy(r"\b([\wÀ-ÿ]+)\s+law\b|\bdroit\s+([\wÀ-ÿ]+)")
_ASKS_LAW = lazy(r"\b(?:law|laws|legal|droit|juridique|juri\w*)\b")
# An ordinal before a title that opens on the same word: "the first First Secretary", "le
# premier premier secrétaire", "the PS's first ever First Secretary".
_ORDINAL_TITLE = lazy(
    r"\b(?:first|premier|premiere)\s+(?:ever\s+|of\s+all\s+|de\s+l['’]histoire\s+)?(?:first|premier|premiere)\s+(\w+)"
)
# "A before B", "A avant B": an order asked between two deeds (not before a date).
_ORDER_ASKED = lazy(r"\b(before|after|avant\s+(?:de|d['’])?|apres|après)\s+(?!\d|(?:the\s+)?(?:19|20)\d\d\b)")
# The words that tell an order in a sentence.
_ORDER_TOLD = lazy(
    r"\b(?:then|later|afterwards|subsequently|before|after|following|until|once|puis|ensuite|avant|apres|après"
    r"|plus\s+tard|first|initially|d['’]abord)\b",
    re.IGNORECASE,
)
# What may follow "the first First Secretary" and still name the title alone (folded); anything
# else qualifies it ("of Asian origin", « réélu »).
_TITLE_ALONE = lazy(
    r"\s*(?:(?:of\s+the\s+(?:ps|socialist\s+party|party)|du\s+(?:ps|parti(?:\s+socialiste)?)"
    r"|de\s+l['’]histoire|ever|in\s+history)\s*)?[\s?.!]*"
)
_THEN_TOLD = lazy(r"\b(?:(?:and\s+)?then|later|afterwards|subsequently|puis|ensuite|plus\s+tard)\b", re.IGNORECASE)


def _yes_beyond_source(store: Store, question: str, answer: Answer) -> Answer:
    """A yes that says more than its evidence, in three ways the source's words invite:
    a field of law for the discipline its adjective names ("Did he study economics?" from "a
    MAS in economic law"); an ordinal taken for the title that opens on it ("Was he the first
    First Secretary?": no, he had predecessors); an order between two deeds the sentence joins
    with no order ("joined the PS at 16 and also became an activist for UNEF"), or tells the
    other way round ("the Lycée Pothier … and then the University of Orléans")."""
    folded = fold(question)
    ordinal = _ORDINAL_TITLE.search(folded) if answer.type is Intent.YES_NO else None
    # (The ordinal is answered from his predecessors even where the yes was held back.)
    if answer.value is False or (ordinal is None and (answer.value is not True or answer.answer is None)):
        return answer
    texts = [e.text for e in answer.evidence]
    said = " ".join(texts)
    if ordinal is not None and not _TITLE_ALONE.fullmatch(folded[ordinal.end() :]):
        # "the first First Secretary of Asian origin", « … réélu »: first of those, which his
        # predecessors do not tell (the source says nothing of theirs).
        note = "the source does not say who was first among those"
        return _unanswered(answer, note, answer.evidence)
    if ordinal is not None and not _ORDINAL_TITLE.search(fold(said)):
        head = stem(ordinal.group(1))[:5]
        for office in store.offices:
            words = [stem(w)[:5] for w in split_words(office.title)]
            if words[:1] == ["first"] and head in words[1:2] and office.predecessors:
                refs = [r for r in office.sources if r.startswith(INFOBOX_PREFIX)] or list(office.sources)
                no = "non" if _FRENCH_ASKED.match(folded) else "no"
                note = f"{office.title}: preceded by {', '.join(office.predecessors)}"
                evidence = tuple(quote(store, r) for r in refs)
                return replace(answer, answer=no, value=False, evidence=evidence, sources=tuple(refs), note=note)
        if answer.answer is None:
            return answer
        return _unanswered(answer, "the source does not say")
    if not _ASKS_LAW.search(folded):
        asked = {w[:5] for w in split_words(question) if len(w) >= 5}
        adjectives = {fold(m.group(1) or m.group(2))[:5] for text in texts for m in _LAW_FIELD.finditer(text)}
        for word in asked & adjectives:
            # Said elsewhere than as the law's adjective, the word may still be the discipline.
            bare = _LAW_FIELD.sub(" ", said)
            if not any(fold(w)[:5] == word for w in split_words(bare)):
                fields = "; ".join(m.group() for text in texts for m in _LAW_FIELD.finditer(text))
                note = f"the source says: {fields}"
                return Answer(answer.question, None, answer.type, None, answer.evidence, (), (), note, ())
    order = _ORDER_ASKED.search(folded)
    if order is not None and len(texts) == 1:
        if not _ORDER_TOLD.search(said):
            note = "the source does not say in which order"
            return Answer(answer.question, None, answer.type, None, answer.evidence, (), (), note, ())
        then = _THEN_TOLD.search(said)
        if then is not None:
            # Told in order ("A and then B"): the deed asked first must come first in the text.
            him = {"faure", "olivier", "did", "does", "was", "were", "has", "had", "attend", "atten"}
            first = [w[:5] for w in split_words(folded[: order.start()]) if len(w) >= 5 and w[:5] not in him]
            second = [w[:5] for w in split_words(folded[order.end() :]) if len(w) >= 5 and w[:5] not in him]
            tokens = [fold(m.group())[:5] for m in re.finditer(r"[\wÀ-ÿ]+", said)]
            at_first = [i for i, w in enumerate(tokens) if w in first and w not in second]
            at_second = [i for i, w in enumerate(tokens) if w in second and w not in first]
            if at_first and at_second:
                earlier = min(at_first) < min(at_second)
                wanted = order.group(1).startswith(("before", "avant"))
                if earlier != wanted:
                    note = f"the source tells the other order: {then.group()}"
                    return Answer(answer.question, None, answer.type, None, answer.evidence, (), (), note, ())
    return answer


_FRENCH_ASKED = lazy(r".*(?:-t-(?:il|elle)|\best-(?:il|elle|ce)\b|\ba-t-il\b)")


# "Which university did he attend first?", "… en dernier ?": one of several asked by its order.
_ONE_BY_ORDER = lazy(r"\b(?:first|last|initially|earliest|latest|d['’]abord|en\s+premier|en\s+dernier)\s*[?.!]*\s*$")
_SEVERAL = lazy(r",\s+|\s+(?:and|et)\s+")


def _several_for_the_one_by_order(question: str, answer: Answer) -> Answer:
    """ "Which university did he attend first?" answered with two ("University of Orléans and
    Paris 1 Panthéon-Sorbonne University"): the one asked by its order is not said; declined."""
    if answer.answer is None or answer.type is not Intent.TEXT or not _ONE_BY_ORDER.search(fold(question)):
        return answer
    if not _SEVERAL.search(answer.answer):
        return answer
    note = "the source names several and does not say which came " + ("first" if "first" in fold(question) else "when")
    return Answer(answer.question, None, answer.type, None, answer.evidence, (), (), note, ())


# --- Questions in other shapes ------------------------------------------------------------
# A question asked in a shape the reading above does not know, said again in one it does: a
# cleft ("Which university was it that …", « C'est quelle université qui … »), the thing as the
# giver ("Which university gave him his master's …"), a passive with its doer ("What was
# implemented by the amendment …"), a causative ("… did the PS get the government to drop"), a
# reaction asked ("How did Mélenchon react …"), a bare noun ("score de la liste … ?"), a French
# dislocation ("C'était combien, la taxe … ?"). Only the shape changes: every word that says
# what is asked stays, so what the plain question would decline stays declined.

_WH = (
    r"(?:(?:in|at|from|with|for|to|by|on|against|under|of)\s+)?"
    r"(?:who|whom|whose|what|which|when|where|how\s+many|how\s+much|how\s+long)(?:\s+[\w'’-]+){0,4}?"
)
# "Which university was it that gave …", "Who was it who beat …": the one asked, then a clause.
_CLEFT = lazy(rf"^\s*({_WH})\s+(?:was|is)\s+it\s+(?:that|who|which)\s+(.+)$", re.IGNORECASE)
# Who does the clause's deed when it is not the one asked: "… that Faure beat", "… that the
# amendment implemented" (then the cleft is the object's: "Who did Faure beat?").
_CLAUSE_SUBJECT = lazy(
    r"^((?:he|she|they|(?:olivier\s+)?faure|(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}))\s+"
    r"(was|were|is|are|had|has|could|would|did|does|[a-z]+ed|[a-z]+en|won|beat|got|gave|took|made|met|left|led|lost"
    r"|held|ran|wrote|said|chose|became|came|went|put|set|sought|brought|told|saw|did)\b(.*)$",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset("was were is are had has could would did does".split())
# « C'est quelle université qui … », « C'est en quelle année qu'il … », « C'est où qu'il … ».
_CLEFT_FR = lazy(
    r"^\s*c['’]\s*(?:est|etait|était)\s+((?:(?:en|dans|à|a|de|avec|pour|contre|par|chez)\s+)?"
    r"(?:qui|quoi|quand|où|ou|combien|quel|quelle|quels|quelles)(?:\s+[\w'’-]+){0,3}?)\s+(qui|que|qu['’])\s*(.+)$",
    re.IGNORECASE,
)
# "The Navigo amendment: what did it implement?", "The amendment he passed in 2014, what did it
# implement?": the thing set first, then asked of by "it".
_TOPIC_THEN_IT = lazy(
    r"^\s*((?i:the|his|her|faure['’]s)\s+[^:,—–?]{2,80}?)\s*(?::|,|—|–|\s-\s)\s*"
    r"((?i:what|which|when|where|how|who|whom)\b[^?]*\bit\b[^?]*\??)\s*$"
)
# "At the Villeurbanne Congress, what did Hélène Geoffroy get?": a setting, then what is asked.
_SETTING_FIRST = lazy(
    r"^\s*((?i:in|at|during)\s+(?i:the\s+)?[^,?]{3,60}?),\s*"
    r"((?i:what\s+(?:did|does|was|were)|how\s+many|how\s+much)\b[^?]*?)\s*(\?*)\s*$"
)
# "Where did he study political science?", « Où a-t-il obtenu son DEA de droit économique ? »: a
# degree or a field named, the place asked is the school.
_STUDIED_WHERE = lazy(
    r"^\s*(?i:where)\s+((?i:did|has|had)\s+(?i:he|(?:olivier\s+)?faure)\s+"
    r"(?i:study|graduate|get|earn|obtain|receive|complete|take)\s+(?i:(?:his|a|an|the|in|with)\s+)?"
    r"(?i:master|master's|masters|MAS|degree|diploma|postgraduate|economic\s+law|political\s+science|law|politics)\b.*"
    # ("Where did he study history?": a field, any; not "study first", "study before university".)
    r"|(?i:did|has|had)\s+(?i:he|(?:olivier\s+)?faure)\s+(?i:study)\s+"
    r"(?!(?i:first|before|after|in|at|during|when|as|until|then|there|abroad)\b)[a-zA-ZÀ-ÿ].*)$"
    r"|^\s*(?i:o[uù])\s+((?i:a-t-il|(?:olivier\s+)?faure\s+a-t-il)\s+"
    r"(?i:étudié|etudie|obtenu|décroché|decroche|passé|passe|préparé|prepare)\s+(?i:(?:son|sa|ses|le|la|les|un|une|du|de\s+la)\s+)?"
    r"(?i:DEA|master|MAS|diplôme|diplome|droit|science|licence|maîtrise|maitrise)\b.*)$"
)
# "Which university gave (awarded) Faure his master's …": where he got it.
_GIVER = lazy(
    r"^\s*((?:which|what)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:gave|awarded|granted|conferred|issued|delivered)\s+"
    r"(?:on\s+|upon\s+)?(?:(him|(?:olivier\s+)?faure)\s+)?((?:his|a|an|the|faure['’]s)\s+[^?]+?)\s*([?.!]*)\s*$",
    re.IGNORECASE,
)
# « Quelle université lui a décerné son DEA … »: de quelle université il l'a obtenu.
_GIVER_FR = lazy(
    r"^\s*(quel(?:le)?s?\s+[\w'’-]+(?:\s+(?!lui\b)[\w'’-]+)?)\s+(?:lui\s+)?a\s+"
    r"(?:d[ée]cern[ée]|d[ée]livr[ée]|donn[ée]|accord[ée]|attribu[ée]|remis|octroy[ée])\s+"
    r"(?:(?:à|a)\s+(?:olivier\s+)?faure\s+)?((?:son|sa|ses|un|une|le|la|les)\s+[^?]+?)\s*([?.!]*)\s*$",
    re.IGNORECASE,
)
# "What was implemented by the amendment Faure passed in December 2014?": what the doer did.
_PASSIVE_DOER = lazy(
    r"^\s*((?:what|who|whom|which\s+[\w'’-]+(?:\s+[\w'’-]+)?))\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:(?:\w+ly)\s+)?([a-z]{1,}(?:ed|en|wn|ght|lt|ld|ost|et|un|on|ut|ade))\s+by\s+(.+?)"
    r"(\s+(?:in|on|at|during|when|after|before|between|from|since|until)\s+[^?]*?)?\s*([?.!]*)\s*$",
    re.IGNORECASE,
)
_NAMED_DOER = lazy(r"(?:Olivier\s+)?Faure|(?!The\b)[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}")
# "By whom was Faure beaten in 2007?", « Par qui Faure a-t-il été battu … ? ».
_BY_WHOM = lazy(
    r"^\s*(?i:by\s+whom)\s+(?i:was|were|has\s+been|had\s+been)\s+((?:Olivier\s+)?Faure|he|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|ght|lt|ld|ost|et|un|on|ut|ade))\b(.*)$"
)
_BY_WHOM_FR = lazy(
    r"^\s*(?i:par\s+qui)\s+((?:Olivier\s+)?Faure|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s+"
    r"(?i:a-t-il|a-t-elle)\s+(?i:été|ete)\s+([a-zéèêàç]+)\b(.*)$"
)
# "Who has replaced Faure as …?", "Who had beaten him in 2007?": a subject question in the
# perfect, the deed told in the past ("Who replaced Faure as …?"); not "Who has he met?", whose
# doer is named after the auxiliary, nor "Who has been …", a state.
_PERFECT_SUBJECT_ASKED = lazy(
    r"^\s*(?P<who>who)\s+(?:has|have|had)\s+(?:(?P<adverb>just|since|then|later|eventually|finally|also)\s+)?"
    r"(?P<verb>(?!been\b)[a-z]{3,}(?:ed|en)|won|led|met|held|beat)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Who took over the group after Faure became first secretary?": his name as the subject of a
# clause of time after the question's own, said as the pronoun the readings take for him ("after
# he became first secretary").
_HIS_NAME_IN_TIME_CLAUSE = lazy(
    r"(?<=\S)\s+(?P<joint>after|when|once|before|until|since|as\s+soon\s+as)\s+(?:Olivier\s+)?Faure\s+"
    r"(?=(?:was|were|had|has|is|became|won|lost|left|took|ran|got|came|went|gave|quit|[a-z]{3,}ed)\b)"
)
# The past of a participle that is not its own ("beaten": beat).
_PAST_FORMS = {
    "beaten": "beat",
    "chosen": "chose",
    "given": "gave",
    "taken": "took",
    "written": "wrote",
    "shown": "showed",
}
# The plain form of a participle the reading does not take for its verb ("beaten": beat).
_BASE_FORMS = {
    "beaten": "beat", "won": "win", "given": "give", "taken": "take", "chosen": "choose", "written": "write",
    "held": "hold", "led": "lead", "made": "make", "said": "say", "brought": "bring", "sought": "seek",
    "got": "get", "gotten": "get", "met": "meet", "left": "leave", "lost": "lose", "shown": "show",
    "known": "know", "run": "run", "put": "put", "set": "set", "built": "build", "told": "tell",
    "became": "become", "came": "come", "went": "go", "ran": "run", "wrote": "write", "chose": "choose",
    "gave": "give", "took": "take", "beat": "beat", "saw": "see",
}  # fmt: skip


def _not_the_doer(question: str, answer: Answer) -> Answer:
    """`answer`, declined when it names the doer a passive question gives ("What was adopted by
    the party's National Office?" is not "by the party's National Office, which …")."""
    passive = _PASSIVE_DOER.match(question) if answer.answer else None
    if passive is None or answer.answer is None:
        return answer
    doer = [w for w in content_words(passive.group(3)) if w not in ("faure", "olivier")]
    if not doer or not set(doer) <= set(content_words(answer.answer)):
        return answer
    note = "the answer found is the one the question names as the doer"
    return replace(
        answer, answer=None, value=None, evidence=(), sources=(), conflicts=(), note=note, closest=answer.evidence
    )


def _base_form(verb: str) -> str:
    """The plain form of a past tense or participle ("defeated": defeat, "dropped": drop,
    "introduced": introduce); the reading takes "did he defeated" for another verb."""
    low = verb.lower()
    if low in _BASE_FORMS:
        return _BASE_FORMS[low]
    if not low.endswith("ed") or len(low) < 5:
        return verb
    if low.endswith("ied"):
        return low[:-3] + "y"
    base = low[:-2]
    if re.search(r"([bdgmnprt])\1$", base):
        return base[:-1]  # "dropped": drop
    if base.endswith(("c", "v", "z", "u", "g")) or re.search(r"[^aeiou][aeiou]s$", base):
        return base + "e"  # "introduced", "proposed"
    return base


# "… did the PS get the Bayrou government to drop": what the one it got to do it did.
_CAUSATIVE_TO = lazy(
    r"\b(did|does|has|had|could)\s+(.+?)\s+(?:get|persuade|convince|force|push|pressure|press)\s+"
    r"((?:the|a|an|its|his|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+to\s+([a-z]+)\b",
    re.IGNORECASE,
)
# "… did the Socialists make Bayrou drop": the same, the infinitive bare, the one made a name.
_CAUSATIVE_MAKE = lazy(
    r"\b(did|does|has|had|could)\s+(.+?)\s+(?:make)\s+"
    r"((?:the\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?(?:\s+(?:government|cabinet))?)\s+([a-z]{3,})\b"
)
# "How did Mélenchon react to …", « Comment Mélenchon a-t-il réagi … », « Quelle a été la
# réaction de Mélenchon … »: what they said, the source's only reaction told in words.
_REACTION = lazy(
    r"^\s*(?i:how\s+did)\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\s+(?:react|respond)\b\s*(?:to\b)?(.*)$"
    r"|^\s*(?i:what\s+was)\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)['’]s\s+(?:reaction|response)\b\s*(?:to\b)?(.*)$"
    r"|^\s*(?i:what\s+did)\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\s+(?:reply|answer|respond|retort)\b\s*(?:to\b)?(.*)$",
)
_REACTED_TO_FR = lazy(r"^\s*(aux\b|au\b|[àa]\s+la\b|[àa]\s+l['’])\s*", re.IGNORECASE)
_ABOUT_FR = {"au": " à propos du ", "aux": " à propos des ", "a la": " à propos de la ", "a l'": " à propos de l'"}
_REACTION_FR = lazy(
    r"^\s*(?i:comment\s+a\s+r[ée]agi|qu['’]\s*a\s+r[ée]pondu)\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\b(.*)$"
    r"|^\s*(?i:comment)\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\s+a-t-(?:il|elle)\s+r[ée]agi\b(.*)$"
    r"|^\s*(?i:quelle\s+(?:a\s+[ée]t[ée]|fut|[ée]tait)\s+la\s+r[ée]action\s+de)\s+"
    r"((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\b(.*)$",
)
# « Combien a fait X ? »: how much X scored, said casually; in the spoken order too, his name
# before the verb (« combien Faure a fait au premier tour »).
_HOW_MUCH_MADE_FR = lazy(
    r"^\s*(combien)\s+(?:(?:olivier\s+)?faure\s+)?(?:a|avait)\s+fait\s+(?!de\b|d['’])", re.IGNORECASE
)
# « score de la liste … ? », "score of the list …?": a bare noun asks what it is.
_BARE_NOUN_FR = lazy(
    r"^\s*(?:(le|la|son|sa)\s+)?(score|r[ée]sultat|pourcentage|montant|nom|lieu|date)\s+"
    r"(?=(?:de|du|des|d['’]|au|aux|[àa]|en|lors|pour)\b)",
    re.IGNORECASE,
)
_BARE_NOUN_EN = lazy(
    r"^\s*(?:((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+['’]s|his|the)\s+)?"
    r"(score|result|share|percentage|amount|name|place|date)\s+(?=(?:of|in|at|for|on|during)\b)",
    re.IGNORECASE,
)
_FEMININE_FR = frozenset({"date"})
# « C'était combien, la taxe … ? », « La taxe …, c'était combien ? »: the thing asked about set
# apart from what is asked of it.
_DISLOCATED_FR = lazy(
    r"^\s*(?:c['’]\s*|il\s+|elle\s+)(?:est|etait|était)\s+(?:de\s+)?(combien|quand|qui|où|ou)\s*,\s*(.+?)\s*([?.!]*)\s*$"
    # (Spoken, its comma unsaid: « la taxe … c'était combien par nuit », the unit it is counted in after.)
    r"|^\s*(.+?)\s*(?:[,:]\s*(?:c['’]\s*|il\s+|elle\s+)|\s+c['’]\s*)(?:est|etait|était)\s+(?:de\s+)?"
    r"(combien|quand|qui|où|ou)(?:\s+par\s+[\w-]+)?\s*([?.!]*)\s*$",
    re.IGNORECASE,
)
# (His reaction is told in other words than his own: "a statement that provoked indignation from
# the first secretary" is no answer to what he said.)
_HIS_NAME = lazy(r"(?:Olivier\s+)?Faure$")
# "… react when the PS refused …": a time set, not a thing reacted to.
_TIME_OPENS = lazy(r"\s*(?:when|after|before|in|on|during|following|once)\b", re.IGNORECASE)
# Where what sets the time or place of a clause begins ("in 2025", "?").
_TAIL = lazy(r"\s+(?:in|on|at|during|when|after|before|between|from|since|until|for)\b|\s*[?.!]+\s*$", re.IGNORECASE)
_PARTICIPLES = {"cut": "cut", "give": "given", "take": "taken", "withdraw": "withdrawn", "put": "put", "set": "set"}


def _participle(verb: str) -> str:
    """The past participle of an English verb ("drop": dropped, "abandon": abandoned)."""
    low = verb.lower()
    if low in _PARTICIPLES:
        return _PARTICIPLES[low]
    if low.endswith("e"):
        return low + "d"
    if re.search(r"[^aeiou]y$", low):
        return low[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", low):
        return low + low[-1] + "ed"  # "drop": dropped, "scrap": scrapped
    return low + "ed"


_FR_INVERTED = lazy(r"^(il|elle|ils|elles)\s+(a|est|avait|etait|était|ont|sont)\s+(.+)$", re.IGNORECASE)


def _about_fr(found: re.Match[str]) -> str:
    """« à propos de … » for the « à » a reaction is had to."""
    return _ABOUT_FR[re.sub(r"\s+", " ", fold(found.group(1)).replace("’", "'"))]


def _in_plain_shape(text: str) -> str | None:
    """The question said in a plain shape (see above), or None when it is in one already."""
    low = text.lower()
    if " it " in low:
        cleft = _CLEFT.match(text)
        if cleft is not None:
            asked, rest = cleft.groups()
            clause = _CLAUSE_SUBJECT.match(rest)
            if clause is None:
                return f"{asked} {rest}"  # "Who was it that beat him": who beat him
            subject, verb, after = clause.groups()
            if asked.lower() in ("who", "whom") and not _NAMED_DOER.fullmatch(subject) and subject.lower() != "he":
                # "Who was it that the motion of censure ousted": who was ousted by it, the shape
                # whose sentence must say the deed of the one it names.
                return f"{asked} was {verb} by {subject}{after}" if verb.lower().endswith("ed") else None
            if verb.lower() in _AUXILIARIES:
                return f"{asked} {verb} {subject}{after}"  # "… that he was the leader of"
            return f"{asked} did {subject} {_base_form(verb)}{after}"
    if low.lstrip().startswith(("c'", "c’")):
        cleft_fr = _CLEFT_FR.match(text)
        if cleft_fr is not None:
            asked, joint, rest = cleft_fr.groups()
            if joint.lower() == "qui" and not asked.lower().startswith("qui"):
                return f"{asked[0].upper()}{asked[1:]} {rest}"  # « C'est quelle université qui … »
            if joint.lower() == "qui":
                return f"Qui {rest}"
            inverted = _FR_INVERTED.match(rest)
            if inverted is not None:
                pronoun, aux, after = inverted.groups()
                joined = "-t-" if aux.lower() in ("a",) else "-"
                return f"{asked[0].upper()}{asked[1:]} {aux}{joined}{pronoun} {after}"
            return f"{asked[0].upper()}{asked[1:]} est-ce que {rest}"
    if ("," in text or ":" in text or " c'" in low or " c’" in low) and (
        "c'" in low or "c’" in low or "tait" in low or " est " in low
    ):
        dislocated = _DISLOCATED_FR.match(text)
        if dislocated is not None:
            asked = fold(dislocated.group(1) or dislocated.group(5))
            thing = dislocated.group(2) or dislocated.group(4)
            end = dislocated.group(3) or dislocated.group(6) or "?"
            if asked not in ("combien", "ou"):
                # (« Quand était son élection … » reads the re-election, « Qui était son directeur
                # de cabinet » the one he was assistant to: left as written.)
                return None
            opening = {"combien": "De combien", "ou": "Où"}[asked]
            return f"{opening} était {thing[0].lower()}{thing[1:]} {end}"
    if low.lstrip().startswith(("where", "où", "ou ")):
        studied = _STUDIED_WHERE.match(text)
        if studied is not None:
            # "Where did he get his master's in political science?": at which school (the town
            # of the school he went to before is no answer).
            opening = "Dans quelle université" if studied.group(2) else "At which university"
            return f"{opening} {studied.group(1) or studied.group(2)}"
    topic = _TOPIC_THEN_IT.match(text)
    if topic is not None:
        # "The Navigo amendment: what did it implement?": what did the Navigo amendment implement.
        thing, asked = topic.groups()
        asked = re.sub(r"\bit\b", f"{thing[0].lower()}{thing[1:]}", asked, count=1)
        return f"{asked[0].upper()}{asked[1:]}"
    set_first = _SETTING_FIRST.match(text)
    if set_first is not None:
        # "At the Villeurbanne Congress, what did Hélène Geoffroy get?": the setting said last.
        setting, asked, end = set_first.groups()
        return f"{asked[0].upper()}{asked[1:]} {setting[0].lower()}{setting[1:]}{end or '?'}"
    given = _GIVER.match(text)
    if given is not None:
        asked, him, thing, end = given.groups()
        if him is None and not re.match(r"(?:his|faure['’]s)\s", thing, re.IGNORECASE):
            return None  # ("Which university awarded a degree …": to whom, not said)
        who = "he" if him is None or him.lower() == "him" else him
        thing = re.sub(r"^faure['’]s\s", "his ", thing, flags=re.IGNORECASE)
        return f"{asked} did {who} get {thing} from{end or '?'}"
    given_fr = _GIVER_FR.match(text)
    if given_fr is not None:
        asked, thing, end = given_fr.groups()
        return f"De {asked[0].lower()}{asked[1:]} a-t-il obtenu {thing} {end or '?'}"
    if low.lstrip().startswith(("by whom", "par qui")):
        by_whom = _BY_WHOM.match(text)
        if by_whom is not None:
            # "By whom was Faure beaten in 2007?": who beat him.
            done_to, verb, rest = by_whom.groups()
            return f"Who {_PAST_FORMS.get(verb.lower(), verb)} {done_to}{rest}"
        by_whom = _BY_WHOM_FR.match(text)
        if by_whom is not None:
            # « Par qui Faure a-t-il été battu en 2007 ? »: qui l'a battu.
            done_to, verb, rest = by_whom.groups()
            return f"Qui a {verb} {done_to}{rest}"
    if "faure " in low and (clause := _HIS_NAME_IN_TIME_CLAUSE.search(text)) is not None:
        # "… after Faure became first secretary?": "… after he became first secretary?".
        return f"{text[: clause.start()]} {clause['joint']} he {text[clause.end() :]}"
    if low.lstrip().startswith(("who has ", "who had ", "who have ")):
        perfect = _PERFECT_SUBJECT_ASKED.match(text)
        if perfect is not None:
            # "Who has succeeded Faure as spokesperson?": who succeeded him.
            verb = perfect["verb"]
            past = _PAST_FORMS.get(verb.lower(), verb)
            return f"{perfect['who']} {past}{perfect['rest']}"
    if " by " in low:
        passive = _PASSIVE_DOER.match(text)
        if passive is not None:
            asked, verb, doer, tail, end = passive.groups()
            # (Who was done to by a thing, "ousted by the motion of censure", is read as it is:
            # the sentence must say the deed of the one it names.)
            if not (asked.lower() in ("who", "whom") and not _NAMED_DOER.fullmatch(doer)):
                return f"{asked} did {doer} {_base_form(verb)}{tail or ''}{end or '?'}"
    if " to " in low or " make " in low:
        causative = _CAUSATIVE_TO.search(text) or _CAUSATIVE_MAKE.search(text)
        if causative is not None:
            # "… did the PS get the government to drop in 2025": "… did the PS get dropped by the
            # government in 2025", the shape the figures read (who had it done, who did it).
            aux, causer, made, verb = causative.groups()
            rest = text[causative.end() :]
            tail = _TAIL.search(rest)
            cut = tail.start() if tail is not None else len(rest)
            done = f"{aux} {causer} get {_participle(verb)}{rest[:cut]} by {made}{rest[cut:]}"
            return f"{text[: causative.start()]}{done}"
    for reacted, said in ((_REACTION, "What did {} say"), (_REACTION_FR, "Qu'a dit {}")):
        reaction = reacted.match(text)
        named = next((n for n in range(1, len(reaction.groups()), 2) if reaction.group(n)), 0) if reaction else 0
        if reaction is not None and named and not _HIS_NAME.match(reaction.group(named)):
            name, rest = reaction.group(named, named + 1)
            about = " about" if reacted is _REACTION and re.search(r"\w", rest) and not _TIME_OPENS.match(rest) else ""
            if reacted is _REACTION_FR:
                # « … la réaction de Mélenchon au refus du PS »: what he said of it.
                rest = _REACTED_TO_FR.sub(_about_fr, rest)
            return f"{said.format(name)}{about} {rest.strip()}".strip().replace(" ?", "?")
    made = _HOW_MUCH_MADE_FR.match(text)
    if made is not None:
        # « Combien a fait la liste PS–Place publique aux européennes ? »: its score (was 3, the
        # Socialists among its six seats).
        return f"Quel score {text[made.end(1) :].lstrip()}"
    bare = _BARE_NOUN_FR.match(text)
    if bare is not None:
        feminine = fold(bare.group(2)) in _FEMININE_FR
        article = bare.group(1) or ("la" if feminine else "le")
        quel = "Quelle" if feminine else "Quel"
        return f"{quel} était {article.lower()} {text[bare.start(2) :].lstrip()}"
    bare_en = _BARE_NOUN_EN.match(text)
    if bare_en is not None:
        whose = bare_en.group(1) or "the"
        return (
            f"What was {whose if whose[0].isupper() and whose != 'The' else whose.lower()} {text[bare_en.start(2) :]}"
        )
    return None


# "What did Mélenchon say when the PS refused …", « Qu'a dit Mélenchon quand … »: what someone
# said, asked first; the "when" after it sets its time, it asks no date.
# (Said by another: what he said is quoted nowhere, and another reading of the words is no answer.)
_THING_DONE_ASKED = lazy(
    r"^\s*(?:what\s+(?:did|does|has|had)\s+(?!he\b|faure\b|olivier\b)(?:[\w'’-]+\s+){1,3}?"
    r"(?:say|write|declare|reply|answer|respond|react)"
    r"|qu['’]\s*(?:a|avait)\s+(?:dit|declare|ecrit|repondu)\s+(?!faure\b|olivier\b)[a-z])"
    r"[^?]*?\b(?:when|quand|lorsqu)"
)


def _thing_over_when(analysis: Analysis, intent: Intent) -> Intent:
    """TEXT for a question asking what another said, a "when" clause setting its time; else `intent`."""
    if intent is Intent.DATE and _THING_DONE_ASKED.match(fold(analysis.text)):
        return Intent.TEXT
    return intent


# "How many job cuts did the PS get dropped?": the doer had it done (the figure is of what was
# done), and a deal is told over sentences: "PS decided … in exchange for concessions …" then
# "Concessions included … the 4000 job cuts …".
_HAD_DONE = lazy(r"\s+(?:get|got|have|had)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+(?:ed|en|wn)\b")
_SUBJECT_NOUN = lazy(r"^([A-Z][a-z]{3,}s)\s+(?:included|comprised|were|consisted)\b")


def _causer_of_deal(known: Knowledge, analysis: Analysis, doer: re.Match[str], unit: Unit) -> bool:
    """Whether the doer of "how many … did X get done" is the subject of a sentence shortly before
    `unit` that gets, in exchange, the thing `unit` opens by naming; and one item `unit` lists
    holds a figure and every word of what is counted ("overseas job cuts": "overseas budget
    cuts" has no figure). With a name in the question the first figure is taken: it must be that item's."""
    question = analysis.text
    if not _HAD_DONE.match(question, doer.end()) or not unit.id.startswith("s"):
        return False
    head = _SUBJECT_NOUN.match(unit.text)
    if head is None:
        return False
    asked = re.match(r"\s*how\s+many\s+(.+?)\s+(?:did|does)\b", question, re.IGNORECASE)
    counted = content_words(asked.group(1)) if asked is not None else []
    # (A year is no count: "renegotiation of 2023 pension reform".)
    items = [i for i in _LIST_ITEM.split(unit.text) if re.search(r"\b(?!(?:19|20)\d\d\b)\d", i)]
    holding = [n for n, item in enumerate(items) if counted and _holds_all(tuple((w,) for w in counted), item)]
    if len(holding) != 1 or (analysis.people and holding[0] != 0):
        return False
    sentences = known.store.sentences
    number = next((n for n, s in enumerate(sentences) if s.id == unit.id), 0)
    names = {c for w in split_words(doer.group(1)) for c in _canon(w)}
    for earlier in sentences[max(0, number - 3) : number]:
        given = _IN_EXCHANGE.search(earlier.text)
        opening = split_words(earlier.text)[:2]
        if (
            given is not None
            and re.search(rf"\b{re.escape(head.group(1).lower())}\b", given.group(1))
            and names & {c for w in opening for c in _canon(w)}
        ):
            return True
    return False


_LIST_ITEM = lazy(r",\s+(?:and\s+)?|\s+and\s+")


# "the Bayrou government", « le gouvernement Bayrou »: a name that says whose government, not
# whose figure (nor who he stood against).
_GOVERNMENT_OF = r"(?:the\s+{0}\s+(?:government|cabinet|administration)|(?:le\s+)?gouvernement\s+(?:de\s+)?{0})"


def _named_beyond_government(analysis: Analysis) -> bool:
    """Whether the question names someone other than as whose government it is, or as the other
    side of a deal ("in its budget deal with Bayrou")."""
    folded = fold(analysis.text)
    for person in analysis.people:
        last = re.escape(fold(person).split()[-1])
        named = len(re.findall(rf"\b{last}\b", folded))
        governments = len(re.findall(_GOVERNMENT_OF.format(rf"(?:[\w-]+\s+)?{last}"), folded))
        # (With a first name between: "deal with François Bayrou".)
        deals = sum(
            bool(
                _DEAL_WITH.search(re.sub(r"[\w-]+\s+$", "", folded[: m.start()]))
                or _DEAL_WITH.search(folded[: m.start()])
            )
            for m in re.finditer(rf"\b{last}\b", folded)
        )
        if named > governments + deals:
            return True
    return False


# "in its budget deal with Bayrou", « l'accord avec Bayrou »: the other side of an agreement.
_DEAL_WITH = lazy(
    r"\b(?:deal|agreement|pact|negotiations?|talks|alliance|accord|compromise|compromis|entente|arrangement)"
    r"\s+(?:with|avec)\s*$"
)


# A public election named by its kind ("the 2017 presidential election", « aux législatives de
# 2021 »); its word's kind is the lexicon's (a "parliamentary election" is legislative).
_ELECTION_KIND = lazy(
    r"\b(?P<en>presidential|legislative|parliamentary|european(?:\s+parliament)?|municipal|regional|senatorial)"
    r"\s+(?:elections?|races?|polls?)\b"
    r"|\b(?:les|aux|des|la|l['’]\s*election|election|elections)\s+"
    r"(?P<fr>presidentielles?|legislatives?|europeennes?|municipales?|regionales?|senatoriales?)\b"
)
# (A kind as a note names it: "European" is a proper adjective.)
_KIND_SHOWN = {"european": "European"}
# Its year, just before it ("2017 French presidential election") or just after it
# ("presidential election of 2017", « législatives de 2021 »).
_YEAR_BEFORE = lazy(r"\b((?:19|20)\d\d)\s+(?:french\s+|socialist\s+)?$")
_YEAR_AFTER = lazy(r"^\s+(?:of|in|de|en)\s+((?:19|20)\d\d)\b")
# A party's own vote, not a public election: a congress, a group's presidency, its leader's race.
_INTERNAL_VOTE = lazy(
    r"\b(?:congress|congres|group|groupe|first\s+secretary|premier\s+secretaire|national\s+council"
    r"|conseil\s+national|presidency\s+of\s+the\s+socialist)\b"
)
_NO_ANSWERS = frozenset({"no", "non"})


@lru_cache(maxsize=1024)
def _elections_named(text: str) -> tuple[tuple[str, str | None], ...]:
    """(kind letter, year or None) of each public election `text` names (folded). (Pure in its
    text, asked of every sentence of the store for each question that names an election.)"""
    found = []
    for m in _ELECTION_KIND.finditer(text):
        word = m.group("en") or m.group("fr")
        before = _YEAR_BEFORE.search(text[: m.start()])
        after = _YEAR_AFTER.match(text[m.end() :])
        year = before.group(1) if before else after.group(1) if after else None
        found.append((ELECTION_KINDS[word.split()[0]], year))
    return tuple(found)


def _election_kind_unmet(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question names a public election the answer's
    sentences are not about: "Who did Faure defeat in the 2017 presidential election?" was
    answered with his rival for the group's presidency; "With what share did Faure win the 2021
    presidential election?" with the congress's share. The source must tell an election of that
    kind and year, and the answer's sentences must not be about a party's own vote instead."""
    folded = fold(question)
    asked = _elections_named(folded) if answer.answer is not None else ()
    if not asked or fold(answer.answer or "") in _NO_ANSWERS:
        return answer
    told = {pair for s in store.sentences for pair in _elections_named(fold(s.text))}
    for kind, year in asked:
        shown = _KIND_SHOWN.get(kind, kind)
        name = f"{year} {shown}" if year else shown
        if year is not None and (kind, year) not in told:
            return _unanswered(answer, f"the source tells of no {name} election of his")
        texts = [fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
        kinds = {k for e in answer.evidence for k, _ in _election_told_in(store, e.id)}
        if texts and kind not in kinds:
            if any(_INTERNAL_VOTE.search(t) and not _elections_named(t) for t in texts):
                note = f"the source tells this of a party vote, not of the {name} election"
                return _unanswered(answer, note)
            if kinds:
                # ("Who was Faure's opponent in the 2012 presidential election?": the sentence's
                # story is of the legislative one, named a sentence or two before it.)
                told_of = ", ".join(sorted(_KIND_SHOWN.get(k, k) for k in kinds))
                return _unanswered(answer, f"the source tells this of the {told_of} election, not the {name}")
    return answer


def _election_told_in(store: Store, ref: str) -> list[tuple[str, str | None]]:
    """The public elections the sentence `ref` is about: those it names, or else those the
    nearest of the two sentences before it names (its story's)."""
    ids = [s.id for s in store.sentences]
    if ref not in ids:
        return []
    at = ids.index(ref)
    for back in range(3):
        if at - back < 0:
            break
        named = _elections_named(fold(store.sentences[at - back].text))
        if named:
            return list(named)
    return []


# "Who advised Faure …?", "Who was Faure's advisor …?", « Qui était le conseiller de Faure ? »:
# the one who served him in a role, asked.
_ASKS_HIS_AIDE = lazy(
    r"\b(?:(?:olivier\s+)?faure['’]s|his)\s+(?:[\w-]+\s+){0,2}?(?:advis[eo]rs?|assistants?|aides?|counsel+ors?"
    r"|cabinet\s+director|chief\s+of\s+staff)\b"
    r"|\b(?:advis[eo]rs?|assistants?|aides?|conseill(?:er|ere)s?|assistante?s?|counsel+ors?)\s+(?:to|of|de|du|a|aupres\s+de)"
    r"\s+(?:olivier\s+)?faure\b"
    r"|\bwho\s+(?:had\s+)?(?:advised|assisted|counsel+ed|mentored)\s+(?:olivier\s+)?(?:faure|him)\b"
    r"|\bqui\s+(?:a|avait)\s+(?:conseille|assiste|epaule)\s+(?:olivier\s+)?faure\b|\bqui\s+l['’]\s*a\s+(?:conseille|assiste)\b"
)
# The one a role serves in a sentence: "advisor to Martine Aubry", « conseiller de … ».
_SERVED_BY_ROLE = (
    r"\b(?:advis[eo]r|assistant|aide|director|conseill(?:er|ere)|directeur|secretary-general|chief\s+of\s+staff)"
    r"\s+(?:to|of|de|du|aupres\s+de)\s+(?:[\w'’.-]+\s+){{0,4}}?{0}\b"
)


def _aide_reversed(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question asks who served him in a role (his adviser)
    and the answer's sentence has him serving the one found ("advisor to Martine Aubry"):
    "Who advised Faure in the Ministry of Labour?" was answered with Martine Aubry."""
    if answer.type is not Intent.PERSON or not answer.answer or not _ASKS_HIS_AIDE.search(fold(question)):
        return answer
    surname = re.escape(fold(re.split(r"\s*[(;,]", answer.answer)[0]).split()[-1])
    for e in answer.evidence:
        if re.search(_SERVED_BY_ROLE.format(surname), fold(e.text)):
            return _unanswered(answer, f"the source has him serving {answer.answer}, not the other way round")
    return answer


# Who a question makes the winner ("By how many votes did Bachelay beat Faure?", "With what
# share did Le Foll win …?", "With how many votes was Bachelay elected?", « Bachelay a-t-il été
# élu ? ») or the loser ("How many votes did Faure lose by?", « Faure a-t-il perdu … »).
_WINNER_WAYS = (
    r"\b(?:did|does|has|had)\s+(?P<did>[a-z][\w'’ .-]{1,40}?)\s+"
    r"(?:beat|defeat|win|top|outpoll|outscore|edge|come\s+first)\b",
    r"\b(?:was|is)\s+(?P<was>[a-z][\w'’ .-]{1,40}?)\s+(?:elected|re-?elected|victorious|the\s+winner)\b",
    r"(?P<fr>[a-z][\w'’ .-]{1,40}?)\s+a-t-(?:il|elle)\s+"
    r"(?:battue?s?|gagnee?s?|remportee?s?|devancee?s?|ete\s+(?:re)?elue?)\b",
    r"\b(?P<won>(?:olivier\s+)?faure)\s+(?:won|beat|defeated|a\s+(?:battu|gagne|remporte)\w*)\b",
)
_LOSER_WAYS = (
    r"\b(?:did|does|has|had)\s+(?P<did>[a-z][\w'’ .-]{1,40}?)\s+lose\b",
    r"(?P<fr>[a-z][\w'’ .-]{1,40}?)\s+a-t-(?:il|elle)\s+perdu\b",
)
_WINNER_ASKED = lazy("|".join(_WINNER_WAYS))
_LOSER_ASKED = lazy("|".join(_LOSER_WAYS))
# The same without the French way (the "fr" group), for a question without « a-t- », where that
# way cannot match: unanchored, it was tried at every letter, up to 40 characters on, and was
# ~98 of ~100 µs of each search (the two were a third of the time `ask` spent in its module
# patterns over a stream of the sets' questions). The same match, span and groups but "fr".
_WINNER_ASKED_PLAIN = lazy("|".join(way for way in _WINNER_WAYS if "<fr>" not in way))
_LOSER_ASKED_PLAIN = lazy("|".join(way for way in _LOSER_WAYS if "<fr>" not in way))
# A loser as the source tells one: "… against 120 for Guillaume Bachelay".
_LOSER_TOLD = r"\bagainst\s+(?:[\w.,%]+\s+){{0,4}}?for\s+(?:the\s+[\w'’]+\s+)?(?:[\w'’.-]+\s+){{0,2}}?{0}\b"
_LOSS_TOLD = lazy(r"\blost\s+to\b|\bperdu\s+(?:face|contre)\b|\bbattu\s+par\b")
_WIN_TOLD = lazy(r"\b(?:won|elected|came\s+first|beat|defeated|victory|remporte|gagne|elu)\b")


def _winner_reversed(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question makes the winner the one the source has
    losing, or the loser the winner: "By how many votes did Bachelay beat Faure?" was answered
    with the margin by which Faure beat him; "Who was the UMP candidate Faure defeated in 2007?"
    with the one he lost to."""
    if answer.answer is None or fold(answer.answer) in _NO_ANSWERS:
        return answer
    folded = fold(question)
    french = "a-t-" in folded
    won = (_WINNER_ASKED if french else _WINNER_ASKED_PLAIN).search(folded)
    lost = (_LOSER_ASKED if french else _LOSER_ASKED_PLAIN).search(folded) if won is None else None
    if won is None and lost is None:
        return answer
    texts = [fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    who = next(g for g in (won or lost).groups() if g)  # type: ignore[union-attr]
    him = bool(re.search(r"\b(?:faure|he|il|him)\b", who))
    known = knowledge(store)
    others = [n for _, n in people_in(known, who) if n != store.person.name] if not him else []
    if won is not None and him and texts and all(_LOSS_TOLD.search(t) and not _WIN_TOLD.search(t) for t in texts):
        return _unanswered(answer, "the source has him losing that race, not winning it")
    for name in others if won is not None else []:
        surname = re.escape(fold(name).split()[-1])
        if any(re.search(_LOSER_TOLD.format(surname), t) for t in texts):
            return _unanswered(answer, f"the source has {name} losing, not winning")
    if lost is not None and him and any(re.search(_LOSER_TOLD.format(r"[a-z][\w'’.-]*"), t) for t in texts):
        if not any(_LOSS_TOLD.search(t) for t in texts):
            return _unanswered(answer, "the source has him winning that vote, not losing it")
    return answer


# "How many executives supported Faure?", « Combien de cadres ont quitté le PS ? »: a count of
# those who did a deed, the count's own subject (not "how many votes did he get", nor a passive).
_COUNT_OF_DOERS = lazy(
    r"^\s*how\s+many\s+(?P<who>(?:(?!(?:were|was|are|is|did|do|does|have|has|had)\b)[\w'’-]+\s+){1,3}?)"
    r"(?P<verb>[a-z]+ed|left|quit|won|lost|took|made|chose|ran|led|met|wrote|gave|held|fought|sought)\b"
    r"|^\s*combien\s+de\s+(?P<fr_who>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:ont|avaient)\s+(?!ete\b)(?P<fr_verb>[a-z]+[ei]e?s?|[a-z]+u)\b"
)

_UNITS_COUNTED = lazy(
    r"\b(?:votes?|points?|seats?|years?|months?|days?|weeks?|percent|voix|sieges?|ans|annees?|mois|jours?|semaines?)\b"
)


def _verb_told(verb: str, texts: list[str]) -> bool:
    """Whether `verb` (folded), or a word the lexicon gives for it, is in one of `texts`."""
    wanted = {verb, stem(verb), *lexicon_synonyms(verb), *lexicon_synonyms(stem(verb))}
    wanted = {stem(fold(w)) for w in wanted} | {fold(w) for w in wanted}
    said = {w for t in texts for w in split_words(t)} | {stem(w) for t in texts for w in split_words(t)}
    return any(_common_prefix(w, s) >= max(4, len(w) - 2) for w in wanted for s in said)


def _count_of_another_deed(question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question counts those who did a deed its evidence does
    not tell: "How many executives supported Faure in May 2022?" was answered with the 1,000
    who challenged him."""
    if answer.type is not Intent.NUMBER or answer.answer is None:
        return answer
    asked = _COUNT_OF_DOERS.match(fold(question))
    texts = [fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    if asked is None or not texts:
        return answer
    verb = asked.group("verb") or asked.group("fr_verb")
    # (A unit counted is no doer: "How many votes separated Faure and Bachelay?" asks a margin.)
    if _UNITS_COUNTED.search(asked.group("who") or asked.group("fr_who")) or _verb_told(verb, texts):
        return answer
    return _unanswered(answer, f"the source does not tell of those it counts this deed: {verb}")


# A title of the state the question gives him ("Under which Prime Minister was Faure Minister
# of Labour?", "In which government was Faure a minister?", « Dans quel ministère Faure a-t-il
# été ministre ? »): a premise to check before any answer found beside it.
_STATE_TITLE = (
    r"((?:prime\s+)?minister(?:\s+of(?:\s+the)?\s+[a-z]+)?|(?:premier\s+)?ministre(?:\s+de\s+l['’]?\s*[a-z]+)?"
    r"|president\s+of\s+(?:the\s+)?(?:republic|france)|president\s+de\s+la\s+republique|mayor|maire"
    r"|senator|senateur|mep|eurodepute|governor|ambassador|ambassadeur)\b"
)
_TITLE_GIVEN_HIM = lazy(
    r"\b(?:olivier\s+)?(?:faure|he)\s+(?:[\w-]+\s+){0,2}?(?:as|was|been|become|became)\s+(?:an?\s+|the\s+)?"
    + _STATE_TITLE
    + r"|\b(?:was|is|had)\s+(?:olivier\s+)?(?:faure|he)\s+(?:been\s+)?(?:an?\s+|the\s+)?"
    + _STATE_TITLE
    + r"|\b(?:olivier\s+)?(?:faure|il)\s+(?:a-t-il\s+ete|a\s+ete|etait(?:-il)?|est(?:-il)?\s+devenu|comme)\s+"
    r"(?:un\s+|le\s+|la\s+)?" + _STATE_TITLE
)


def _state_title_never_his(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question gives him a title of the state the source
    does not give him: "Under which Prime Minister was Faure Minister of Labour?" was answered
    with the Prime Minister of another sentence (he advised the Minister of Labour)."""
    if answer.answer is None or fold(answer.answer) in _NO_ANSWERS:
        return answer
    given = _TITLE_GIVEN_HIM.search(fold(question))
    if given is None:
        return answer
    from faurecli.verdicts import Verdict, verify

    title = next(g for g in given.groups() if g)
    if not re.search(r"\b(?:faure|il)\b", given.group()) and (
        "faure" in fold(question) or any(n != store.person.name for _, n in people_in(knowledge(store), question))
    ):
        # ("With whom did Faure break off relations after he became Minister of the Interior?":
        # a "he" beside his name, or another's, may be the other one, who did.)
        return answer
    if verify(store, f"Faure was {title}").verdict is Verdict.SUPPORTED:
        return answer
    return _unanswered(answer, f"the question takes as given a title the source does not give him: {title}")


# "Which Prime Minister supported Faure in 2018?", "Which mayor did the Young Rocardiens
# support?", « Quel Premier ministre a soutenu Faure ? »: one asked by a title and a deed.
_TITLE_ASKED = (
    r"(?:former\s+|ancien\s+)?(?P<title>prime\s+minister|premier\s+ministre|minister|ministre"
    r"|president\s+of\s+(?:the\s+)?republic|president\s+de\s+la\s+republique|mayor|maire|senator|senateur)"
)
_TITLED_DEED = lazy(
    rf"^\s*(?:which|what)\s+{_TITLE_ASKED}\s+(?P<verb>[a-z]+ed|backed|led)\s+(?P<rest>[^?]+?)[\s?.!]*$"
    rf"|^\s*(?:which|what)\s+{_TITLE_ASKED.replace('title', 'title_o')}\s+did\s+(?P<who>[^?]+?)\s+"
    r"(?P<verb_o>support|back|endorse|join|serve|advise|oppose|succeed|replace)\b(?P<rest_o>[^?]*?)[\s?.!]*$"
    rf"|^\s*quel(?:le)?\s+{_TITLE_ASKED.replace('title', 'title_fr')}\s+(?:a|avait)\s+(?P<verb_fr>[a-z]+)\s+"
    r"(?P<rest_fr>[^?]+?)[\s?.!]*$"
    # (« Quel président de la République les jeunes rocardiens soutenaient-ils ? »: its title only.)
    rf"|^\s*quel(?:le)?\s+{_TITLE_ASKED.replace('title', 'title_fr_o')}\s+(?:[\w'’-]+\s+){{1,4}}?"
    r"[a-z]+-(?:t-)?(?:il|elle|ils|elles)\b"
)
_STANCE_VERB = lazy(
    r"(?:supported|backed|endorsed|praised|welcomed|opposed|critici[sz]ed|soutenu|appuye|salue|critique|combattu)$"
)
_TITLE_IN_EN = {"premier ministre": "prime minister", "ministre": "minister", "maire": "mayor", "senateur": "senator"}


def _titled_one_untold(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the one asked by a title and a deed is not given that title
    by the source, or not that deed: "Which Prime Minister supported Faure in 2018?" was answered
    with his rival Le Foll (a former minister, who did not support him)."""
    if answer.type is not Intent.PERSON or not answer.answer:
        return answer
    asked = _TITLED_DEED.match(fold(question))
    if asked is None:
        return answer
    found = {k: v for k, v in asked.groupdict().items() if v is not None}
    title = next(found[k] for k in ("title", "title_o", "title_fr", "title_fr_o") if k in found)
    title = re.sub(r"\s+", " ", title)
    title = _TITLE_IN_EN.get(title, title).replace("president de la republique", "president of the republic")
    title = title.replace("president of republic", "president of the republic")
    name = re.split(r"\s*[(;,]", answer.answer)[0]
    surname = re.escape(fold(name).split()[-1])
    # (A minister by the ministry beside the name: "advisor to Martine Aubry in the Ministry of
    # Labour".)
    words = "minist(?:er|ry)" if title == "minister" else re.escape(title).replace(r"\ ", r"\s+")
    near = (
        rf"\b{words}\s+(?:[\w'’-]+\s+){{0,2}}{surname}\b"
        rf"|\b{surname}\b[^.;]{{0,30}}?,\s+(?:the\s+|a\s+)?(?:former\s+)?{words}\b"
        # ("after Castaner became the Minister of the Interior": the title his deed gave him.)
        rf"|\b{surname}\s+(?:became|was|had\s+been|est\s+devenu|etait)\s+(?:the\s+|a\s+|le\s+|la\s+)?{words}\b"
        + (rf"|\b{surname}\s+in\s+the\s+{words}\b" if title == "minister" else "")
    )
    if not any(re.search(near, fold(s.text)) for s in store.sentences):
        return _unanswered(answer, f"the source does not give {name} that title: {title}")
    from faurecli.verdicts import Verdict, verify

    # (The deed checked is a stance taken, by the one asked as its doer: a deed told in other
    # words, "suffered a blow" for "was regarded as a blow to", verify may not read as said.)
    if "verb" in found and _STANCE_VERB.match(found["verb"]):
        claim = f"{name} {found['verb']} {found['rest']}"
    elif "verb_fr" in found and _STANCE_VERB.match(found["verb_fr"]):
        claim = f"{name} a {found['verb_fr']} {found['rest_fr']}"
    else:
        return answer
    checked = verify(store, claim)
    untold = _WORDS_UNSAID.match(checked.note or "")
    if checked.verdict is Verdict.REFUTED or untold is not None:
        return _unanswered(answer, f"the source does not say so of {name}: {checked.correction or checked.note}")
    return answer


# "… after the 2011 primary?", « … après le congrès de Villeurbanne ? », "… before entering the
# National Assembly?": a deed the question sets before or after an event.
_SET_AROUND_EVENT = lazy(
    r"\b(?:after|before|prior\s+to|apres|avant|once)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*|d['’]\s*)?"
    # ("once the 2011 primary was over": after it.)
    r"(?P<event>[\w'’ -]{3,50}?)(?:\s+(?:was|were|had)\s+(?:over|done|finished|ended)|\s+(?:had\s+)?ended)?"
    r"\s*(?:[?,.!]|$)"
)
_AROUND_EVENT_WORDS = frozenset(
    "congress congres primary primaire session negotiations negociations entering entree".split()
)
# The source's word for a deed done during the event: "During the …", "Upon entering …",
# "re-elected in the 2021 Villeurbanne Congress", « lors du congrès ».
_DURING_EVENT = (
    r"\b(?:during|upon|while|in|at|lors\s+d[eu]|pendant|au\s+cours\s+d[eu]|au|a)\s+(?:[\w'’-]+\s+){{0,4}}?{0}\b"
)
_AROUND_SAID = r"\b(?:after|before|since|until|apres|avant|once)\b(?:\s+[\w'’-]+){{0,5}}?\s+{0}\b"


def _around_what_was_during(question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question sets the deed before or after an event whose
    evidence tells it during that event: "Did Faure serve as chief of communications for
    Hollande after the 2011 primary?" (during it) was answered yes; "When was Faure named third
    vice-president before entering the National Assembly?" (upon entering it) with its date."""
    if answer.answer is None or fold(answer.answer) in _NO_ANSWERS or (answer.note or "").startswith(_BY_ORDER):
        return answer  # (an order derived from both events' years is not the deed told during one)
    folded = fold(question)
    around = _SET_AROUND_EVENT.search(folded)
    if around is None:
        return answer
    words = [w for w in split_words(around.group("event")) if w not in STOPWORDS and not w.isdigit()]
    event = next((w for w in words if w in _AROUND_EVENT_WORDS), None)
    texts = [fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX)]
    if event is None or not texts:
        return answer
    for text in texts:
        if not all(re.search(rf"\b{re.escape(w)}", text) for w in words):
            continue
        key = re.escape(event)
        if re.search(_DURING_EVENT.format(key), text) and not re.search(_AROUND_SAID.format(key), text):
            note = f"the source tells it during the {' '.join(words)}, not {around.group().split()[0]} it"
            return _unanswered(answer, note)
    return answer


# "Who was Prime Minister when Faure was elected first secretary?", « Qui était Premier ministre
# quand il est devenu premier secrétaire ? »: a person asked at the time of a deed of his.
_WHO_WHEN = lazy(r"^\s*(?:who|whom|which|qui|quel\w*)\b.*?\s(?:when|quand|lorsqu['’]\s*|lorsque\s)\s*(?P<clause>[^?]+)")
# The words of such a clause that say no deed: the subject and the light verbs around the deed.
_CLAUSE_LIGHT = frozenset(
    "he his him was were is been being became become becomes did does had has got get took take "
    "olivier faure il son sa ses etait est ete a devenu devient devenait fut avait".split()
)


def _when_untold(question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the person is asked at the time of a deed ("when Faure was
    elected first secretary") that the evidence naming them does not tell: "Who was Prime Minister
    when Faure was elected first secretary?" was answered Manuel Valls, from the sentence on his
    2016 election at the head of the group (Valls was Prime Minister then, not in 2018)."""
    if answer.type is not Intent.PERSON or not answer.answer:
        return answer
    asked = _WHO_WHEN.match(fold(question))
    if asked is None:
        return answer
    words = {
        stem(w)[:5]
        for w in split_words(asked.group("clause"))
        if w not in STOPWORDS and w not in _CLAUSE_LIGHT and not w.isdigit() and len(w) > 1
    }
    said = " ".join(fold(e.text) for e in answer.evidence if not e.id.startswith(INFOBOX_PREFIX))
    if not words or not said:
        return answer
    held = {stem(w)[:5] for w in split_words(said)}
    # A deed like it told without the rest ("His election by 137 votes …" for "elected first
    # secretary") is another time; a clause of several words may say one of them otherwise, and
    # one with none of its words here may be told in other words ("took the party's lead").
    # (A rank before a post is its title: "first secretary" is not "the secretary-general".)
    missing = words - held
    if (not missing & words or missing == words or len(missing) <= (1 if len(words) >= 3 else 0)) and all(
        re.search(rf"\b{rank}\s+{post[:5]}", said) for rank, post in _RANKED_POST.findall(asked.group("clause"))
    ):
        return answer
    note = f"the source does not name {answer.answer} at that time: {asked.group('clause').strip()}"
    return _unanswered(answer, note, answer.evidence)


# "Was Faure elected first secretary before the Villeurbanne Congress?", « après le congrès de
# Villeurbanne ? »: a deed set before or after a congress, by its town.
_AROUND_CONGRESS = lazy(
    r"\b(?P<side>before|after|prior\s+to|avant|apres)\s+(?:the\s+|le\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:(?P<town>[\w'’-]+)\s+congress|congres\s+d['’]\s*(?P<town_v>[\w'’-]+)|congres\s+de\s+(?P<town_fr>[\w'’-]+))"
)
_OTHER_CONGRESS = lazy(r"^(?P<said>[\w'’-]+)\s+congress,\s+not\s+(?:the\s+)?(?P<asked>[\w'’-]+)\s+congress$")


_BY_ORDER = "derived: the source sets it at the"


def _congress_year(store: Store, town: str) -> int | None:
    """The year of the congress the store's events name by `town` (folded), the earliest told."""
    years = [e.date.year for e in store.events if re.search(rf"\b{re.escape(town)}\s+congress\b", fold(e.text))]
    return min(years) if years else None


def _congress_order(store: Store, analysis: Analysis, correction: str | None) -> Answer | None:
    """Yes or no by the two congresses' years, or a decline, where the question sets a deed before
    or after a congress and verify's "no" only says the deed was at another congress: "Was he
    elected first secretary before the Villeurbanne Congress?" was "no" (Aubervilliers Congress,
    not Villeurbanne), though Aubervilliers (2018) came before Villeurbanne (2021). None otherwise."""
    around = _AROUND_CONGRESS.search(fold(analysis.text))
    other = _OTHER_CONGRESS.match(fold(correction or "").strip(" ."))
    if around is None or other is None:
        return None
    town = around.group("town") or around.group("town_v") or around.group("town_fr")
    if town != other.group("asked"):
        return None
    said, asked = _congress_year(store, other.group("said")), _congress_year(store, town)
    if said is None or asked is None or said == asked:
        return _declined(store, analysis, [], f"the source sets it at the {other.group('said')} congress, in no order")
    first = said < asked
    yes = first if around.group("side") in ("before", "prior to", "avant") else not first
    # (Each congress's own sentence: the one naming the other town is what a reader checks.)
    refs = [
        next(
            ref
            for e in store.events
            if re.search(rf"\b{re.escape(place)}\s+congress\b", fold(e.text))
            for ref in e.sources
            if re.search(rf"\b{re.escape(place)}\b", fold(store.quote(ref)))
        )
        for place in (other.group("said"), town)
    ]
    note = f"{_BY_ORDER} {other.group('said').title()} Congress ({said}), the other in {asked}"
    return _answer(store, analysis, _yes(analysis) if yes else _no(analysis), yes, refs, note=note)


# "Who led the alliance list in 2019?", "the joint list", « la liste de l'alliance », « la liste
# commune »: a list (or group, campaign) the question tells apart by a word of its own.
_QUALIFIED_THING = lazy(
    r"\b(?:the|la|le|les|l['’])\s*(?P<before>(?:[\w'’-]+\s+){0,2}?)(?P<noun>lists?|listes?|campaigns?|campagnes?)\b"
    r"(?P<after>\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?[\w-]+|\s+(?!en\b|in\b)[a-z][\w-]+)?"
)
_NOT_A_QUALIFIER = frozenset("electoral election elections electorale european europeenne europeennes".split())


def _other_side_of_contrast(question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question names the thing by a word ("the alliance list")
    the evidence sets on the other side of a contrast from the one answered: "The alliance's
    joint electoral list won 6.2% …, while the list of Benoît Hamon … won 3.3%" does not make
    Hamon the head of the alliance's list (the source names none)."""
    if answer.type is not Intent.PERSON or not answer.answer:
        return answer
    asked = _QUALIFIED_THING.search(fold(question))
    if asked is None:
        return answer
    words = {
        stem(w)[:5]
        for w in split_words(f"{asked.group('before')} {asked.group('after') or ''}")
        if w not in STOPWORDS and w not in _NOT_A_QUALIFIER and not w.isdigit() and len(w) > 2
    }
    surname = fold(answer.answer).split()[-1]
    for evidence in answer.evidence:
        clauses = _TURN.split(fold(evidence.text))
        if not words or len(clauses) < 2:
            continue
        told = [{stem(w)[:5] for w in split_words(c)} for c in clauses]
        his = [i for i, c in enumerate(clauses) if re.search(rf"\b{re.escape(surname)}\b", c)]
        if his and not any(words & told[i] for i in his) and any(words & t for t in told):
            note = f"the source gives {answer.answer} another {asked.group('noun')} than the one asked"
            return _unanswered(answer, note, answer.evidence)
    return answer


# "Which party did Faure propose cooperating with for 2022?", "What party did the PS have an
# electoral pact with?", « Avec quel parti Faure a-t-il proposé de coopérer ? »: the party a tie
# (cooperation, a pact, an alliance) was with.
_PARTNER_ASKED = lazy(
    r"^\s*(?:(?:with\s+)?(?:which|what)\s+(?:political\s+)?(?:party|parties|movement|formation)"
    r"|avec\s+quel(?:le)?s?\s+(?:partis?|formations?|mouvements?))\b"
    r"(?=.*\b(?P<tie>cooperat\w*|coop[ée]r\w*|pacts?|pacte|alliances?|allied|ally|allier|allie|alli[ée]s?)\b)"
)
# The party a sentence ties to the other by that word: "cooperation between the PS and La France
# Insoumise (LFI)", "an electoral pact with Europe Ecology – The Greens (EELV)".
_PARTNER_SAID = (
    r"\b{tie}\w*\s+(?:(?:between|entre)\s+(?:the\s+|le\s+)?(?:PS|Socialist\s+Party|Socialists)\s+(?:and|et)"
    r"|with|avec)\s+(?:the\s+)?(?P<party>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|–|-|of|de|la|le))*"
    r"(?:\s+\([A-Z]{{2,6}}\))?)"
)
_PARTNER_ASKING = frozenset(
    "which what political party parties movement formation did does do had have has faure olivier he it "
    "avec quel quelle quels quelles parti partis mouvement a t il elle with".split()
)


def _partner_party(store: Store, question: str) -> Answer | None:
    """The party a tie the question names was with, from the one sentence holding every other
    word of the question and naming that party after the tie; None otherwise."""
    asked = _PARTNER_ASKED.match(fold(question.strip()))
    if asked is None:
        return None
    tie = asked.group("tie")
    # Each other word of the question, as itself or a word it stands for ("PS": "party").
    words = [
        {stem(w)[:5]} | {c[:5] for c in content_words(w)}
        for w in split_words(fold(question))
        if w not in STOPWORDS and w not in _PARTNER_ASKING and len(w) > 2 and not re.match(r"coop|pact|alli|ally", w)
    ]
    years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    his = re.search(r"\b(?:faure|olivier|he|his|him)\b", fold(question)) is not None
    stem_tie = {"coop": "cooperation", "pact": "pact", "alli": "alliance", "ally": "alliance"}[tie[:4]]
    found: list[tuple[str, str]] = []
    before = ""
    for sentence in store.sentences:
        said = re.search(_PARTNER_SAID.format(tie=stem_tie), sentence.text)
        # (A year may be told in the sentence before, which opens the story: "In January 2012 …".)
        told, before = f"{before} {sentence.text}", sentence.text
        if said is None or not all(re.search(rf"\b{y}\b", told) for y in years):
            continue
        held = {stem(w)[:5] for w in split_words(fold(sentence.text))}
        held |= {w[:5] for w in content_words(fold(sentence.text))}
        # (His tie needs him in the sentence: the PS's pact with EELV in 2012 is the party's.)
        if all(group & held for group in words) and (not his or _HIM_NAMED.search(fold(sentence.text))):
            found.append((said.group("party").strip(), sentence.id))
    if len({party for party, _ in found}) != 1:
        return None
    party, ref = found[0]
    named = {w for w in split_words(fold(party)) if len(w) > 2 and w not in STOPWORDS}
    if named & set(split_words(fold(question))):
        return None  # ("Which party did EELV have a pact with?": not EELV, the one it asks of)
    intent = Intent.TEXT
    return Answer(question.strip(), party, intent, party, (quote(store, ref),), (ref,), (), None, ())


# "Who led the UMP?", "Who was the head of the NFP?", « Qui dirigeait LFI ? », « Qui était à la
# tête du gouvernement en 2016 ? »: the one who leads a body, asked by its name.
_LEADER_ASKED = lazy(
    r"^\s*(?:who|qui)\s+(?:"
    r"(?:led|leads|headed|heads|chaired|presided(?:\s+over)?|was\s+(?:leading|heading)"
    # ("Who ran against him?" asks a rival.)
    r"|(?:ran|runs|was\s+running)(?!\s+(?:against|for|in|to|as|with|on|from)\b))"
    r"|(?:was|is|were)\s+(?:the\s+)?(?:leader|head|chief|boss|president|chair(?:man|woman)?|mayor)\s+of"
    r"|(?:was|is)\s+(?:at\s+the\s+head|in\s+charge)\s+of"
    r"|(?:dirigeait|dirige|a\s+dirige|presidait|preside|a\s+preside)"
    r"|(?:etait|est)\s+(?:a\s+la\s+tete|le\s+chef|le\s+patron|la\s+patronne|le\s+dirigeant|la\s+dirigeante"
    r"|le\s+president|la\s+presidente|le\s+maire|la\s+maire)"
    r")\s+(?P<body>[^?]+?)[\s?.!]*$"
)
# Where the body's name stops: a date, or a clause about someone else ("… that Faure worked with").
_BODY_END = lazy(
    r"\b(?:in|en|on|le\s+\d|during|pendant|when|quand|lorsque|that|which|who|whom|qui|que|with|avec|faure|he|il"
    r"|before|after|avant|apres|(?:19|20)\d\d)\b|,"
)


def _leader_untold(question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question asks who led a body and its evidence does not
    make the one answered its leader: "Who led the UMP?" was answered with Chantal Brunel (the
    UMP's candidate), "Who led the NFP?" with Michel Barnier (whom it ousted)."""
    if answer.type is not Intent.PERSON or not answer.answer or fold(answer.answer) in _NO_ANSWERS:
        return answer
    # (A post of the infobox is his own, with its holders before and after him.)
    if any(e.id.startswith(INFOBOX_PREFIX) for e in answer.evidence):
        return answer
    asked = _LEADER_ASKED.match(fold(question))
    if asked is None:
        return answer
    body = asked.group("body")
    end = _BODY_END.search(body)
    words = [w for w in split_words(body[: end.start()] if end else body) if w not in STOPWORDS and len(w) > 1]
    if not words:
        return answer
    texts = [fold(e.text) for e in answer.evidence]
    names = [n for n in re.split(r"\s*(?:,|;|\(|\band\b|\bet\b)\s*", answer.answer) if n.strip()]
    for name in names:
        surname = fold(name).split()[-1] if fold(name).split() else ""
        if not surname or not any(said_to_lead(text, surname, words) for text in texts):
            return _unanswered(answer, f"the source does not say who led it: {name.strip()} is not said to")
    return answer


# --- Who came first in a vote (vsafe38) ----------------------------------------------------------

_RANKED_ASKED_HINT = lazy(r"(?i)\b(?:most|fewest|least|lowest|highest|plus\s+de|moins\s+de)\b")
# "Who received the most votes at the Villeurbanne Congress?", "Which party won the most seats in
# 2024?", « Qui a obtenu le plus de voix … ? »: the predicate said of the answer.
_RANKED_ASKED = lazy(
    r"(?i)^\s*(?:who|qui|(?:which|what|quel(?:le)?)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+"
    r"(?P<pred>(?:received|got|obtained|won|had|gathered|took|a\s+re[çc]u|a\s+obtenu|a\s+recueilli|a\s+eu"
    r"|a\s+remport[ée])\s+(?:the\s+most|most\s+of|the\s+fewest|the\s+least|the\s+lowest|the\s+highest"
    r"|le\s+plus\s+de|le\s+moins\s+de)\b[^?]*?)\s*\??\s*$"
)


def _ranked_answer(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the question asks a vote's first or last ("Who received the most
    votes at …?") and the claim it makes ("Hélène Geoffroy received the most votes at …") is not
    SUPPORTED: the names the sentence gives are both sides of the vote, not its winner."""
    m = _RANKED_ASKED.match(question)
    if m is None:
        return answer
    from faurecli.verdicts import Verdict, loses_in, surname_of, verify, wins_in

    checked = verify(store, f"{answer.answer} {m['pred']}.")
    if checked.verdict is Verdict.SUPPORTED:
        return answer
    if checked.verdict is not Verdict.REFUTED:
        # (Unsaid in those words, "the fewest votes": the side the answer's sentences give it.)
        last = surname_of(answer.answer or "")
        texts = [fold(e.text) for e in answer.evidence]
        wins = any(wins_in(t, last) for t in texts)
        loses = any(loses_in(t, last) for t in texts)
        bottom = re.search(r"(?i)fewest|least|lowest|moins", m["pred"]) is not None
        if len(last) >= 3 and (loses and not wins if bottom else wins and not loses):
            return answer
    return _unanswered(answer, "the source does not say who came first or last there in those words")


# A wh-question whose own verb is negated: "Who did he not support?", "Which motion did the PS
# not back?", « Qui n'a pas été réélu ? », « Quel texte Faure n'a-t-il jamais voté ? ». The
# readers find the one who did the deed, not who did not: the answer stands only where the
# source denies the deed of it (the question without its negation, with the answer put in, is
# refuted: "he beat X" where he lost to X), or a sentence of the evidence denies the question's
# own word ("weren't needed"). Not a negation in a clause of its own ("wrote that he is not",
# "decided not to", « de ne pas censurer », "for not censuring"), nor "why" (read elsewhere).
_WH_OPENING = lazy(
    r"^\W*(?:(?:in|at|for|with|to|from|by|on|of|against|à|a|de|d['’]|avec|pour|contre|par|dans|en|sur|chez)\s*)?"
    r"(?:who|whom|whose|what|which|how\s+(?:many|much)|when|where|qui|quel|quelle|quels|quelles|combien|quand|où"
    r"|lequel|laquelle|lesquels|lesquelles|qu['’]|que)\b",
    re.IGNORECASE,
)
# Where a clause of its own begins: what is negated after it is not the question's verb.
_OWN_CLAUSE = lazy(
    r"\b(?:that|whether|if|because|since|after|before|while|when|in\s+exchange|que|qu['’]|si|parce"
    r"|apr[eè]s|avant|lorsqu\w*|quand)\b|[,(;:]",
    re.IGNORECASE,
)
_NEGATED_EN = lazy(r"\b(?:not|never)\b(?!\s+(?:to|only|just|\w+ing)\b)|\b\w+n['’]t\b", re.IGNORECASE)
_NEGATED_FR = lazy(r"\b(?:ne\s+|n['’]\s*)(?!pas\b|jamais\b)\S.*?\b(?:pas|jamais|plus)\b", re.IGNORECASE)
_CONTRACTED_AUX = {
    "didn": "did", "doesn": "does", "don": "do", "wasn": "was", "weren": "were", "isn": "is",
    "aren": "are", "hasn": "has", "hadn": "had", "haven": "have", "won": "will", "can": "can",
}  # fmt: skip
_WHY_OR_HOW = lazy(r"^\W*(?:why|how(?!\s+(?:many|much)\b)|pourquoi|comment)\b", re.IGNORECASE)


def _negation_of_wh(question: str) -> tuple[int, int] | None:
    """Where the negation of a wh-question's own verb stands; None where it has none."""
    text = question.strip()
    opening = _WH_OPENING.match(text)
    if opening is None or _WHY_OR_HOW.match(text):
        return None
    own = _OWN_CLAUSE.search(text, opening.end())
    head = text[: own.start()] if own is not None else text
    found = _NEGATED_EN.search(head, opening.end()) or _NEGATED_FR.search(head, opening.end())
    return None if found is None else found.span()


def _positive_of(question: str) -> str:
    """`question` without the negation of its verb (« n'a-t-il pas soutenu » → « a-t-il soutenu »,
    "did he not support" → "did he support", "didn't" → "did")."""
    text = question.strip()
    text = re.sub(
        r"\b(\w+)n['’]t\b", lambda m: _CONTRACTED_AUX.get(m[1].lower(), m[1]), text, count=1, flags=re.IGNORECASE
    )
    text = re.sub(r"\s+(?:not|never)\b(?!\s+to\b)", "", text, count=1, flags=re.IGNORECASE)
    if (fr := _NEGATED_FR.search(text)) is not None:
        said = re.sub(r"^(?:ne\s+|n['’]\s*)", "", fr.group(), flags=re.IGNORECASE)
        said = re.sub(r"\s*\b(?:pas|jamais|plus)$", "", said, flags=re.IGNORECASE)
        text = f"{text[: fr.start()]}{said}{text[fr.end() :]}"
    return re.sub(r"\s+", " ", text)


# "Who did he support …?" + X → "he supported X …"; "Who was re-elected …?" + X → "X was
# re-elected …"; « Qui Faure a-t-il battu … ? » + X → « Faure a battu X … »; « Qui a été élu … ? ».
_UNNEGATED_WHOM_DID = lazy(
    r"^\s*(?i:who|whom)\s+(?i:did|does)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:\w+ly\s+)?([a-z]+)\b\s*(.*?)[\s?]*$"
)
_UNNEGATED_WHO_DID = lazy(r"^\s*(?i:who)\s+(?i:did|does)\s+([a-z]+)\b\s*(.*?)[\s?]*$")
_UNNEGATED_WHO_DONE = lazy(r"^\s*(?i:who)\s+((?i:was|were|is|has|had)\s+)?([a-z][\w-]*)\b\s*(.*?)[\s?]*$")
_UNNEGATED_QUI = lazy(
    r"^\s*(?i:qui)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?i:a|avait)-t-(?:il|elle)\s+(?:\w+ment\s+)?(\w+)\b\s*(.*?)[\s?]*$"
)
_UNNEGATED_QUI_DONE = lazy(
    r"^\s*(?i:qui)\s+((?i:a|avait|est|était|etait)(?:\s+(?i:été|ete))?)\s+(\w+)\b\s*(.*?)[\s?]*$"
)


def _positive_claim(question: str, answer: str) -> str | None:
    """The claim the question without its negation makes with `answer` put in its slot."""
    said = re.split(r"\s*[(;]", answer, maxsplit=1)[0].strip()
    if (did_it := _UNNEGATED_WHO_DID.match(question)) is not None:
        verb, rest = did_it.groups()
        return f"{said} {_past(verb)} {rest}".strip()
    claim = _slot_claim(question, answer)
    if claim is not None:
        return claim
    if (did := _UNNEGATED_WHOM_DID.match(question)) is not None:
        doer, verb, rest = did.groups()
        return f"{doer} {_past(verb)} {said} {rest}".strip()
    if (done := _UNNEGATED_WHO_DONE.match(question)) is not None:
        aux, verb, rest = done.groups()
        return f"{said} {aux or ''}{verb} {rest}".strip()
    if (qui := _UNNEGATED_QUI.match(question)) is not None:
        doer, participle, rest = qui.groups()
        return f"{doer} a {participle} {said} {rest}".strip()
    if (qui_done := _UNNEGATED_QUI_DONE.match(question)) is not None:
        aux, participle, rest = qui_done.groups()
        return f"{said} {aux} {participle} {rest}".strip()
    return None


def _negated_answered(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where a wh-question's own verb is negated and the source does not
    deny the deed of the answer found (`_negation_of_wh`): "Who did Faure not work for?" is not
    answered with the one he worked with."""
    if answer.answer is None or _negation_of_wh(question) is None:
        return answer
    from faurecli.verdicts import Verdict, verify

    known = knowledge(store)
    analysis = _in_other_words(analyse(question, known.built.known, known.built.people), known.built.known)
    # (The sentence after one of the evidence may go on to deny it: "… Votes of PS deputies
    # weren't needed to escape the motion.")
    following = [f"s{int(e.id[1:]) + 1}" for e in answer.evidence if re.fullmatch(r"s\d+", e.id)]
    told = (*answer.evidence, *(quote(store, ref) for ref in following if store.sentence(ref) is not None))
    if _denied_near(analysis, told):
        return answer
    claim = _positive_claim(_positive_of(question), answer.answer)
    if claim is not None and verify(store, claim).verdict is Verdict.REFUTED:
        years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
        if all(any(y in e.text for e in answer.evidence) for y in years):
            return answer
    note = "the source does not say who or what it was not done by or to; the answer found is of the deed itself"
    return _unanswered(answer, note)


# A share or count asked of the other side of his vote: the vote that went against him, the
# one cast against a thing ("votes were against En Marche", "opposed"), the loser's or a rival's
# ("the runner-up", « son adversaire »), or another party's (« le candidat de l'UMP », "did LREM
# get"). His own figure is not its answer.
_AGAINST_SIDE = lazy(
    r"\b(?:went|go|goes|were|was|cast|voted|votes?|ballots?)\s+(?:\w+\s+)?against\b"
    r"|\bagainst\s+(?:him|(?:olivier\s+)?faure)\b|\bcontre\s+(?:lui|(?:olivier\s+)?faure)\b"
    r"|\b(?:s['’]\s*est|se\s+sont|a|ont)\s+(?:\w+\s+)?(?:porte\w*|vote\w*)\s+contre\b"
    r"|\bopposed\b|\bopposing\b|\bs['’]\s*opposai\w*|\bopposee?s?\s+a\b"
    r"|\brunners?[-\s]up\b|\blos(?:er|ers|ing)\b|\bdefeated\b|\bbeaten\b|\b(?:his|faure['’]s)\s+(?:opponents?|rivals?|challengers?)\b"
    r"|\b(?:the|an?|other)\s+(?:opponents?|rivals?|challengers?)\b"
    r"|\b(?:son|ses|l['’]|les)\s*(?:adversaires?|rivale?s?|concurrente?s?|opposante?s?)\b|\bperdant\w*\b"
    r"|\b(?:candidate?|candidats?|liste)\s+(?:battue?s?|malheureu\w*)\b"
)
# A party named as the one whose figure is asked: "did the UMP get", "LREM's candidate", « le
# candidat de l'UMP », « l'UMP a-t-elle obtenu ».
_PARTY_GETTER = lazy(
    r"\b(?:did|does|has|had)\s+(?:the\s+)?(?P<a>[A-Z]{2,}[A-Za-z-]*)(?:['’]s)?(?:\s+(?:candidate|list|nominee))?\s+"
    r"(?:get|receive|win|obtain|score|take|gain|poll)\b"
    r"|\b(?:the\s+)?(?P<b>[A-Z]{2,}[A-Za-z-]*)(?:['’]s)?\s+(?:candidate|list|nominee)\b"
    r"|\b(?:candidat|candidate|liste|score)\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|des\s+|de\s+)(?P<c>[A-Z]{2,}[A-Za-z-]*)\b"
    r"|\b(?:l['’]\s*|le\s+|la\s+)(?P<d>[A-Z]{2,}[A-Za-z-]*)\s+(?:a|a-t-(?:il|elle))\s+(?:\w+\s+)?obtenu\b"
)


_FACING_BEFORE = lazy(
    r"\b(?:against|over|versus|vs|beat|beating|defeated|face\s+[àa]|contre)\s+(?:the\s+|l['’]\s*|le\s+|la\s+)?\S*$",
    re.IGNORECASE,
)


def _his_party(store: Store, acronym: str) -> bool:
    """Whether `acronym` is his party's (its letters are the initials of the party his infobox
    gives, in any order: "PS" for the Socialist Party)."""
    for line in store.infobox:
        if line.key.rstrip("0123456789") == "Party":
            initials = sorted(w[0].upper() for w in re.findall(r"[A-Za-zÀ-ÿ]+", line.value) if w[0].isupper())
            if initials == sorted(acronym.upper()):
                return True
    return False


def _share_of_another_side(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where a share or count of votes is asked of the other side of his
    vote (`_AGAINST_SIDE`) or of another party (`_PARTY_GETTER`) and the figure found is his own:
    "What share of the vote went against him in 2012?" is not answered with the share he got."""
    if answer.answer is None or answer.type not in (Intent.SHARE, Intent.NUMBER) or answer.value is None:
        return answer
    folded = fold(question)
    other = _AGAINST_SIDE.search(folded)
    party = _PARTY_GETTER.search(question) if other is None else None
    acronym = next((g for g in party.groups() if g), "") if party is not None else ""
    if party is not None and _FACING_BEFORE.search(question, 0, party.start() + 1):
        acronym = ""  # ("What share did he get against the UMP candidate?": his, against theirs.)
    if other is None and (not acronym or _his_party(store, acronym)):
        return answer
    known = knowledge(store)
    for evidence in answer.evidence:
        held = [v for v in _values(evidence.text) if v.number == answer.value]
        if {_figure_owner(known, evidence.text, v) for v in held} - {store.person.name, ""}:
            return answer  # (the figure found is another's named: the one asked about)
    said = other.group() if other is not None else acronym
    note = f"the figure found is not of the side asked about ({said}); the source gives it as his or no one's"
    return _unanswered(answer, note)


# "Who became president of the National Assembly in 2016?", « Qui est devenu président de … ? »:
# a president asked by the body presided; the one found must be called its president by the
# source (a President of the Republic named in the sentence is not the Assembly's).
_PRESIDENT_OF_ASKED = lazy(
    r"^\s*(?:who|qui)\s+(?:became|was|is|had\s+been|est\s+devenue?|etait|a\s+ete|fut)\s+"
    r"(?:the\s+|le\s+|la\s+)?(?:president|presidente)\s+(?:of\s+|de\s+|du\s+|des\s+|d['’]\s*)(?P<body>[^?,]+?)"
    r"(?:\s+(?:in|en|from|de|since|depuis)\s+(?:\w+\s+)?(?:19|20)\d\d)?\s*\??\s*$"
)


def _president_of_body_untold(store: Store, question: str, answer: Answer) -> Answer:
    """`answer`, or a decline where the one found for a president asked by the body presided is
    not called that body's president by the source."""
    if answer.type is not Intent.PERSON or not answer.answer:
        return answer
    asked = _PRESIDENT_OF_ASKED.match(fold(question))
    if asked is None:
        return answer
    from faurecli.verdicts import verify

    name = re.split(r"\s*[(;,]", answer.answer)[0]
    checked = verify(store, f"{name} was president of {asked['body']}")
    if (checked.note or "").startswith("the source does not call"):
        return _unanswered(answer, checked.note or "")
    return answer
