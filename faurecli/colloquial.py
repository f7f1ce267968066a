"""Informal French read as written French: Québec's spoken register as it is typed in a chat or a
researcher's notes, and the casual French of France where it says the same.

A subject said « y » (« y'a perdu », « y'est né », « de 91 a 93 y travaillait »: il), the
question particle « -tu » (« y'a-tu voté », « c'tu vrai que »: a-t-il voté, est-ce vrai que),
« c'tait » (c'était), « pis » (et), « X c'est qui ? » (qui est X ?), the register's words
(« sa blonde »: sa compagne, « son chum »: son ami, « le boss »: le chef, « la circo », « dir de
cab », « appuyer »: soutenir) and accents a keyboard left out (« a la tete », « ou » at the
question's end). `colloquial_plain` gives the text as it is written in plain French, so that
the readers of ask and verify see the words they read. Pure functions; imported only behind
analysis.COLLOQUIAL_CUE (the register's marks), never at start-up.

Each rule keeps the pronoun « y » of written French (« il y a », « j'y vais », « s'y est
présenté », « y compris ») and « pis » of « tant pis », « qui pis est »."""

from __future__ import annotations

import re

from faurecli.patterns import lazy
from faurecli.spoken import years_in_full

# --- the subject « y » and the particle « -tu » --------------------------------------------------

# The forms of a verb in the third person a « -tu » follows (« a-tu », « est-tu », « avait-tu »,
# « faisait-tu »); the second person's own forms (« as-tu », « es-tu », « avais-tu ») are not these.
_THIRD = r"(?:a|est|ont|sont|va|vont|peut|doit|fait|veut|(?:[^\W\d_]+ait))"
# « c'tu », « c'est-tu », « c'tait-tu »: est-ce, était-ce.
_IT_IS_TU = lazy(r"\bc['’](?:est[- ]|t[- ]?)?tu\b", re.IGNORECASE)
_IT_WAS_TU = lazy(r"\bc['’](?:t|ét|et)ait[- ]tu\b", re.IGNORECASE)
# « y'a-tu », « il a-tu », « y est-tu »: a-t-il, est-il.
_HE_TU = lazy(rf"\b(?:y['’]\s*|y\s+|il\s+)(?P<verb>{_THIRD})[- ]tu\b", re.IGNORECASE)
# « Faure a-tu », « le PS a-tu »: the particle after a named subject, a hyphen joining it.
_NAMED_TU = lazy(rf"\b(?P<verb>{_THIRD})-tu\b", re.IGNORECASE)
# « c'tait » (c'était)
_IT_WAS = lazy(r"\bc['’]t(?=ai(?:t|ent)\b)", re.IGNORECASE)

# « y'a » before what asks or denies a thing's being there (« y'a combien de sièges », « y'a pas
# de preuve »): il y a; before anything else, what he has or did (« y'a perdu », « y'a un
# diplôme »): il a.
_THERE_IS = lazy(
    r"\by['’]\s*(?P<verb>a|avait|aura|aurait)\s+(?=combien\b|pas\s+(?:de|d['’])|plus\s+(?:de|d['’])|aucune?\b"
    r"|personne\b|rien\b|quelqu|eu\s+(?:une?|des)\b)",
    re.IGNORECASE,
)
# « il y'a », « n'y'a »: the pronoun « y » of written French, its apostrophe a slip.
_Y_PRONOUN = lazy(r"(?P<pre>\b(?:il|elle|on|ils|elles)\s+|\b[nsj]')y'\s*", re.IGNORECASE)
# « yé », « y'é » (il est: « yé né où »), « qu'y' » (qu'il: « c'est quand qu'y'a gagné »).
_HE_IS = lazy(r"\by['’]?é(?=\s)", re.IGNORECASE)
_THAT_HE = lazy(r"\bqu['’]y['’]\s*(?=[^\W\d_])", re.IGNORECASE)
# « y' » before a verb (« y'est », « y'était », « y'arrivait », « y'l'a »): il.
_HE_APOSTROPHE = lazy(r"\by['’]\s*(?=[^\W\d_])", re.IGNORECASE)
# A bare « y » then a verb or a pronoun before a verb (« y travaillait », « y devient », « y l'a »,
# « y s'est abstenu »), where no subject or pronoun is before it (« il y a », « n'y », « j'y »).
_BARE_HE = lazy(
    r"(?P<before>(?:^|[,;:?!.(«»\"]|\b(?:pis|et|mais|puis|quand|que|qu['’]|si|où|ou|parce\s+que|genre|"
    r"\d{2,4}|[A-ZÀ-Þ][\w-]+|janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|"
    r"novembre|decembre|décembre|jan|fev|fév|avr|juil|sept|oct|nov|dec|déc))\s*)"
    r"\by\s+(?!a-t-)(?=(?:l['’]|s['’]|n['’]|le\b|la\b|les\b|lui\b|leur\b|se\b|en\b|ne\b|me\b|[^\W\d_]+(?:ait|aient|ra|"
    r"rait|t|ent|a|e)\b"
    # (« y a perdu », « y est parti »: a participle after, never « y a eu », « y a aussi »: il y a)
    r"|(?:a|est)\s+(?!eu\b|aussi\b|ici\b|parmi\b|lui\b)[^\W\d_]+(?:é|ée|és|ées|u|ue|us|i|is|it|ert|erte)\b))"
    r"(?!compris\b)",
)
# Words no bare « y » subject goes before though they end as a verb does: « y compris », an
# infinitive (« y aller », « y faire »), a place (« y est » written « il y est »)...
_NOT_A_VERB_AFTER_Y = frozenset({"compris", "aller", "faire", "etre", "être", "avoir", "voir"})

# --- a missing « ne », the names of a claim in its subject's place -------------------------------

# « y l'a pas fait », « il a pas voté », « le PS a pas suivi »: the negation's « ne » put back
# after a pronoun subject (a name's negation is left as it is written).
_NO_NE = lazy(
    r"\b(?P<who>il|elle|on|ils|elles)\s+(?P<obj>(?:l['’]|les\s+|lui\s+|leur\s+|en\s+|y\s+)?)"
    r"(?P<verb>a|est|avait|était|etait|ont|sont|va|veut|peut|fait|[^\W\d_]+ait)\s+(?=(?:pas|jamais|rien)\b)(?!pas\s+mal\b)",
    re.IGNORECASE,
)

# --- « pis » --------------------------------------------------------------------------------------

# « pis » for « et », « puis »; never in « tant pis », « qui pis est », « au pis », « de mal en pis »,
# « le pis » (the worst).
_AND_PIS = lazy(r"(?<!\btant\s)(?<!\bqui\s)(?<!\bau\s)(?<!\ben\s)(?<!\ble\s)(?<!\bdu\s)\bpis\b(?!\s+(?:est|aller)\b)")

# --- the register's words, in the words of written French ----------------------------------------

_WORDS = (
    # a partner, a friend: « sa blonde » (his girlfriend, partner), « son chum » (friend)
    (r"\b(?P<own>sa|ta|ma|la)\s+blonde\b", r"\g<own> compagne"),
    (r"\b(?P<own>son|ton|mon|le|un|ancien)\s+chum\b", r"\g<own> ami"),
    (r"\b(?P<own>ses|tes|mes|les|des)\s+chums\b", r"\g<own> amis"),
    # the head of a party, a group: « le boss du PS » (after a French word only: the English
    # "boss" is no claim of this register)
    (r"\b(?P<the>le|la|son|sa|mon|ma|ton|ta|du|au|un|une|ancien|ancienne)\s+boss\b", r"\g<the> chef"),
    # clipped words: « la circo », « un dir de cab », « la com », « une manif », « un coloc »
    (r"\bcircos?\b", "circonscription"),
    (r"\bdir\.?\s+de\s+cab(?:inet)?\.?(?=\W|$)", "directeur de cabinet"),
    (r"\b(?P<lead>(?:à|a)\s+la|de\s+la|chef\s+de\s+la|chef\s+de|chargé\s+de\s+la)\s+com\b", r"\g<lead> communication"),
    (r"\bmanifs?\b", "manifestation"),
    (r"\bcolocs\b", "colocataires"),
    (r"\bcoloc\b", "colocataire"),
    (r"\bscience\s+po\b(?!\w)", "science politique"),
    (r"\bhigh\s+school\b", "lycée"),
    # anglicisms: a job, a business, a meeting, a deal, to check
    (r"\b(?P<as>comme|de)\s+job\b", r"\g<as> métier"),
    (r"\bune?\s+business\b", "une entreprise"),
    (r"\bla\s+business\b", "l'entreprise"),
    (r"\b(?P<the>le|un|du|au)\s+meeting\b", r"\g<the> réunion"),
    (r"\ble\s+deal\b", "l'accord"),
    (r"\bdu\s+deal\b", "de l'accord"),
    (r"\bau\s+deal\b", "à l'accord"),
    (r"\bce\s+deal\b", "cet accord"),
    (r"\bun\s+deal\b", "un accord"),
    (r"\bchecker\b", "vérifier"),
    # Québec verbs: « appuyer » a candidate (to support: its forms below), « rentrer en poste »
    # (take up a post), « jongler avec l'idée » (to consider)
    (r"\b(?:rentr|entr)(?P<end>é|ée)\s+en\s+poste\b", r"entr\g<end> en fonction"),
    (r"\bjongl(?:é|e)\s+avec\s+l['’]\s*id[ée]e\s+(?=d)", "envisagé "),
    # « pantoute » (not at all), « astheure » (now)
    (r"\bpas\s+pantoute\b", "pas du tout"),
    (r"\bpantoute\b", "pas du tout"),
    (r"\bastheure\b", "maintenant"),
    # « des coupures de postes » (Québec): job cuts, « des suppressions de postes »
    (r"\bcoupures?\s+(?=de\s+postes|d['’]emplois)", "suppressions "),
)
# (« appuyer » and its forms: the past participle and the other forms of « soutenir ».)
_SUPPORT_FORMS = {
    "er": "soutenir", "é": "soutenu", "ée": "soutenue", "és": "soutenus", "ées": "soutenues", "e": "soutient",
    "ait": "soutenait", "aient": "soutenaient", "ent": "soutiennent", "ant": "soutenant",
}  # fmt: skip
_WORD_RULES = tuple((lazy(pattern, re.IGNORECASE), said) for pattern, said in _WORDS)
_SUPPORT = lazy(r"\b(?P<el>[dlj]['’]\s*)?appuy(?P<end>er|é|ée|és|ées|e|ait|aient|ent|ant)\b", re.IGNORECASE)
# Fillers that ask nothing: « genre », « tsé », « au juste », « là » at a question's end.
_FILLER = lazy(r"(?:(?<=[\s?,])genre\s+(?=c['’]|qui|quoi|comme|\w+\s+(?:qui|quoi))|\btsé\b,?\s*|\s+au\s+juste\b)", re.I)

# --- accents a keyboard left out -----------------------------------------------------------------

# Words written without their accents, each with only one written form in French (never « a »,
# « ou », « ete » alone, whose other form is another word: read below by their place).
_UNACCENTED = {
    "age": "âge", "tete": "tête", "deja": "déjà", "meme": "même", "apres": "après", "debut": "début",
    "presidentielle": "présidentielle", "presidentielles": "présidentielles", "presidence": "présidence",
    "president": "président", "presidente": "présidente", "ministere": "ministère", "sieges": "sièges",
    "siege": "siège", "diplome": "diplôme", "diplomes": "diplômes", "depute": "député", "deputes": "députés",
    "deputee": "députée", "secretaire": "secrétaire", "general": "général", "generale": "générale",
    "europeennes": "européennes", "legislatives": "législatives", "election": "élection",
    "elections": "élections", "elu": "élu", "elue": "élue", "reelu": "réélu", "reelue": "réélue",
    "etait": "était", "etaient": "étaient", "etudes": "études", "mere": "mère", "pere": "père",
    "congres": "congrès", "resolution": "résolution", "genocide": "génocide", "decheance": "déchéance",
    "equipe": "équipe", "annee": "année", "annees": "années", "premiere": "première", "deuxieme": "deuxième",
    "troisieme": "troisième", "fevrier": "février", "decembre": "décembre", "aout": "août",
    "assemblee": "Assemblée", "ecologistes": "écologistes", "economique": "économique",
    "universite": "université", "lycee": "lycée", "interieur": "Intérieur", "reforme": "réforme",
    "senateur": "sénateur", "societe": "société",
    "regle": "règle", "prefere": "préféré", "specialiste": "spécialiste", "negociations": "négociations",
    "succede": "succédé", "ecole": "école", "grace": "grâce",
}  # fmt: skip
_UNACCENTED_WORD = lazy(r"\b(?:" + "|".join(sorted(_UNACCENTED, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# « ete » after an auxiliary (« a ete élu », « avait ete »): « été ».
_BEEN = lazy(r"\b(?P<aux>a|ont|avait|avaient|aurait|a-t-il|avait-il)\s+ete\b", re.IGNORECASE)
# « ne » after « est », « était » before no negation's second word: born (« y'est ne a »).
_BORN = lazy(r"\b(?P<be>est|était|etait)\s+(?P<ne>nee?)\b(?!\s+(?:pas|plus|jamais|que|rien|personne)\b)")

# « ou » where it asks where: a question's last word (« y'est né ou? »), before « ça » (« ou ça
# exactement »), after « d' » (« d'ou »), or after a noun of place and before a subject (« la manif
# ou il est allé »: the rally where he went).
_WHERE_END = lazy(r"\bou(?=\s*(?:\?|$|,\s*(?:[A-ZÀ-Þ]|dans|quel)))", re.IGNORECASE)
_WHERE_THAT = lazy(r"\b(?P<d>d['’])?ou(?=\s+ça\b|\s+ca\b)", re.IGNORECASE)
_WHERE_FROM = lazy(r"\bd['’]ou\b", re.IGNORECASE)
_WHERE_RELATIVE = lazy(
    r"\b(?P<noun>manif\w*|ville|rassemblement|congr[eè]s|endroit|lieu|r[ée]union|lyc[ée]e|universit[ée]|pays)"
    r"(?P<mid>(?:\s+[\w'’-]+){0,5}?)\s+ou\s+(?=(?:il|elle|on|ils|elles)\b)",
    re.IGNORECASE,
)

# « a » where it is « à »: between two figures (« de 97 a 2000 », « 137 a 120 »), opening the text
# before a name or a word (« a Villeurbanne », « a quel âge »), in a fixed phrase (« a cause de »,
# « a partir de », « a peu près »), or after a verb its clause already has (« né a La Tronche »,
# « y'a pris sa carte a 16 ans », « c'était qui la candidate a la présidentielle »).
_AT_BETWEEN_FIGURES = lazy(r"(?<=\d)(?P<pct>\s*%)?\s+a\s+(?=\d)")
_AT_OPENING = lazy(r"^(?P<a>[Aa])(?=\s+[^\W\d_])")
_AT_PHRASE = lazy(r"\ba\s+(?=(?:cause|partir|peu\s+pr[eè]s|propos|prix|nouveau|l['’]unanimit[ée]|cot[ée])\b)", re.I)
_AT_IN_PHRASE = lazy(r"\b(?P<head>face|grace|grâce|quant|jusqu['’])\s*a(?=\s)", re.IGNORECASE)
# « a » before a town the lexicon knows (« son diplôme a Orléans »), no subject just before it.
_AT_PLACE = lazy(r"(?<![\w'’-])a\s+(?=(?P<place>[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+)?))")
# A clause's bounds, for what verb is already in it.
# (« que » opens one of its own: « y'a dit que Valls a tort »)
_CLAUSE_BOUND = lazy(r"([,;:?!.]|\b(?=(?:que|qu['’]|et|mais|si|quand)\b))")
_A_WORD = lazy(r"(?<![\w'’-])a(?![\w'’-])")
# A verb in the clause before « a »: an auxiliary or a copula, a finite form in -ait, a past
# participle after one (« a été élu a »), and the few verbs of the present the register uses.
_VERB_BEFORE = lazy(
    r"(?i)(?:\b(?:est|était|etait|sont|ont|avait|avaient|été|ete|c['’]est|c['’]était|va|vont|devient|fait|"
    r"arrive|vient|part|[^\W\d_]+(?:ait|aient))\b|\b(?:a|est|était|avait)-t?-?(?:il|elle)\b"
    r"|(?<![\w-])a\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:é|ée|és|ées|u|ue|us|i|is|it|ert|erte)\b)"
)
# What makes « a » the verb however the clause goes: its subject just before it (« il a », « qui
# a », « ça a »), or a participle or « eu », « été » just after it (« le PS a gagné »).
_SUBJECT_BEFORE_A = lazy(r"(?i)(?:\b(?:il|elle|on|qui|ça|ca|cela|y|ce|tout|rien|personne)|['’])\s*$")
_AUXILIARY_A = lazy(
    r"(?i)^\s+(?:pas\s+|jamais\s+|d[ée]j[aà]\s+|aussi\s+|encore\s+|bien\s+|vraiment\s+|finalement\s+)*"
    r"(?:été|ete|eu|fait|dit|pris|mis|[^\W\d_]+(?:é|ée|és|ées|u|ue|us|i|is|it|ert|erte))\b"
)


def _at_in_clause(clause: str) -> str:
    """The clause with each « a » that follows a verb of its own as « à » (never one its subject
    or a participle after it make the verb)."""
    out, last = [], 0
    for m in _A_WORD.finditer(clause):
        before, after = clause[: m.start()], clause[m.end() :]
        if _SUBJECT_BEFORE_A.search(before) or _AUXILIARY_A.match(after) or not _VERB_BEFORE.search(before):
            continue
        out.append(clause[last : m.start()] + "à")
        last = m.end()
    return "".join(out) + clause[last:]


def _at_place(m: re.Match[str]) -> str:
    from faurecli import lexicon
    from faurecli.analysis import fold

    towns = lexicon.KINDS["city"]
    place = fold(m["place"])
    before = m.string[: m.start()]
    # (a name just before may be its subject: « Faure a Paris en tête » is left as written)
    named_before = re.search(r"[A-ZÀ-Þ][\w-]*\s*$", before)
    if (place not in towns and place.split()[0] not in towns) or _SUBJECT_BEFORE_A.search(before) or named_before:
        return m.group()
    return "à "


def _third_inverted(verb: str, who: str) -> str:
    """« a » and « il » as « a-t-il », « est » and « ce » as « est-ce »."""
    if verb.lower().endswith(("a", "e")) and who != "ce":
        return f"{verb}-t-{who}"
    return f"{verb}-{who}"


def _fronted_who(text: str) -> str:
    """« sa femme c'est qui ? », « son suppléant c'était qui » → « qui est sa femme ? », « qui
    était son suppléant ? »: the question word fronted as written French asks it."""
    m = re.match(
        r"^(?P<np>(?:son|sa|ses|le|la|les|l['’])\s*[^,?]+?),?\s+c['’](?P<be>est|était|etait)\s+qui\s*\?(?P<rest>.*)$",
        text,
        re.IGNORECASE | re.DOTALL,
    )
    if m is None:
        return text
    be = "est" if m["be"].lower() == "est" else "était"
    np = m["np"].strip()
    return f"Qui {be} {np[:1].lower()}{np[1:]} ?{m['rest']}"


def _said_of_him(text: str) -> str:
    """« Sa mère c'était une infirmière », « son suppléant, c'est X »: a subject taken up by
    « c'est » said as written French says it (« Sa mère était une infirmière »)."""
    m = re.match(
        r"^(?P<np>(?:son|sa|ses|le|la|les)\s+[^,?!]+?),?\s+c['’](?P<be>est|était|etait)\s+(?!qui\b|quoi\b|quand\b|où\b)",
        text,
        re.IGNORECASE,
    )
    if m is None:
        return text
    be = "est" if m["be"].lower() == "est" else "était"
    return f"{m['np'].strip()} {be} {text[m.end() :]}"


def colloquial_plain(text: str) -> str:
    """`text`, informal or Québec French, as written French says it: « y » the subject as « il »,
    the particle « -tu » as the inversion (« y'a-tu voté » → « a-t-il voté », « c'tu vrai » →
    « est-ce vrai »), « c'tait » as « c'était », « pis » as « et », the negation's « ne » put back,
    the register's words in written French's (« sa blonde » → « sa compagne », « la circo » → « la
    circonscription »), « a » and « ou » that are « à » and « où », and a few accents."""
    plain = _Y_PRONOUN.sub(lambda m: f"{m['pre']}y ", text.replace("’", "'"))
    plain = _IT_WAS.sub("c'ét", plain)
    plain = _IT_IS_TU.sub(lambda m: "est-ce" if m.group()[0].islower() else "Est-ce", plain)
    plain = _IT_WAS_TU.sub(lambda m: "était-ce" if m.group()[0].islower() else "Était-ce", plain)
    plain = _HE_TU.sub(lambda m: _third_inverted(m["verb"], "il"), plain)
    plain = _NAMED_TU.sub(lambda m: _third_inverted(m["verb"], "il"), plain)
    plain = _HE_IS.sub(lambda m: "Il est" if m.group()[0].isupper() else "il est", plain)
    plain = _THAT_HE.sub("qu'il ", plain)
    plain = _THERE_IS.sub(lambda m: f"il y {m['verb']} ", plain)
    plain = _HE_APOSTROPHE.sub("il ", plain)
    plain = _BARE_HE.sub(_bare_he, plain)
    plain = _NO_NE.sub(_with_ne, plain)
    plain = _AND_PIS.sub("et", plain)
    plain = _FILLER.sub("", plain)
    plain = _SUPPORT.sub(_support, plain)
    for rule, said in _WORD_RULES:
        plain = rule.sub(said, plain)
    plain = _BEEN.sub(lambda m: f"{m['aux']} été", plain)
    plain = _UNACCENTED_WORD.sub(_accented, plain)
    plain = _BORN.sub(lambda m: f"{m['be']} {'née' if m['ne'].endswith('ee') else 'né'}", plain)
    plain = _WHERE_THAT.sub(lambda m: f"{m['d'] or ''}où", plain)
    plain = _WHERE_FROM.sub("d'où", plain)
    plain = _WHERE_RELATIVE.sub(lambda m: f"{m['noun']}{m['mid']} où ", plain)
    plain = _WHERE_END.sub("où", plain)
    plain = _AT_BETWEEN_FIGURES.sub(lambda m: f"{m['pct'] or ''} à ", plain)
    plain = years_in_full(plain)
    plain = _AT_OPENING.sub(lambda m: "À" if m["a"] == "A" else "à", plain)
    plain = _AT_PHRASE.sub("à ", plain)
    plain = _AT_IN_PHRASE.sub(lambda m: f"{m['head']}{'' if m['head'].endswith(chr(39)) else ' '}à", plain)
    plain = "".join(_at_in_clause(part) for part in _CLAUSE_BOUND.split(plain))
    plain = _AT_PLACE.sub(_at_place, plain)
    plain = _fronted_who(plain)
    plain = _said_of_him(plain)
    return re.sub(r"[ \t]{2,}", " ", plain).strip()


def _bare_he(m: re.Match[str]) -> str:
    following = m.string[m.end() :].split(maxsplit=1)
    if following and following[0].lower().strip(",.?!") in _NOT_A_VERB_AFTER_Y:
        return m.group()
    return f"{m['before']}il "


def _with_ne(m: re.Match[str]) -> str:
    obj = m["obj"] or ""
    verb = m["verb"]
    if obj:
        # (« n'y », « n'en » before a vowel; « ne l'a », « ne les »)
        return f"{m['who']} n'{obj}{verb} " if obj[:1].lower() in "aeiouy" else f"{m['who']} ne {obj}{verb} "
    return f"{m['who']} n'{verb} " if verb[:1].lower() in "aeéiouy" else f"{m['who']} ne {verb} "


def _support(m: re.Match[str]) -> str:
    said = _SUPPORT_FORMS[m["end"].lower()]
    # (« d'appuyer » → « de soutenir »: no elision before a consonant)
    return f"{m['el'][0]}e {said}" if m["el"] else said


def _accented(m: re.Match[str]) -> str:
    word = m.group()
    said = _UNACCENTED[word.lower()]
    return said[:1].upper() + said[1:] if word[:1].isupper() else said


# A question's last part asked without its mark (« … au PS? c'était qui »): it asks, as its words say.
_ASKS = lazy(r"(?i)\b(?:qui|quoi|où|quand|combien|quel|quelle|quels|quelles|comment|pourquoi)\b")


def question_marked(text: str) -> str:
    """A question of several parts whose last part asks (« …? c'était qui ») with its question mark,
    as each part before it has one; `text` itself otherwise."""
    head, mark, last = text.rstrip().rpartition("?")
    if not mark or not last.strip() or not _ASKS.search(last) or not head.strip():
        return text
    return f"{text.rstrip()} ?"
