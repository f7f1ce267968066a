"""Speech-to-text French read as written French: a dictation has no punctuation and few accents,
its apostrophes are spaces (« c est », « d origine », « qu il »), and its numbers are words
(« deux mille douze », « soixante-huit », the Belgian and Swiss « septante », « huitante »,
« nonante », « soixante et un virgule un pour cent », « septante trois et des poussières »).

`spoken_plain` gives the text as it would be written (« c'est », « 2012 », « 61,1 % », « un peu
plus de 73 % »), so that every reading of ask and verify sees figures and dates it knows. Pure
functions; imported only behind analysis.SPOKEN_CUE (a dictation's marks), never at start-up."""

from __future__ import annotations

import re

from faurecli.patterns import lazy

# Number words (folded), France, Belgian and Swiss forms.
_UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9,
}  # fmt: skip
_TEENS = {
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
}  # fmt: skip
_TENS = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
_TEENS_AND_TENS = {**_TEENS, **_TENS}
_HUNDRED = frozenset({"cent", "cents"})
_THOUSAND = frozenset({"mille", "mil"})
_WORDS = frozenset([*_UNITS, *_TEENS, *_TENS, *_HUNDRED, *_THOUSAND])

# A word (letters, with its accents) or any other single character, hyphen included.
_TOKEN = lazy(r"[^\W\d_]+|\d+|\s+|.", re.UNICODE)


def _fold(word: str) -> str:
    from faurecli.analysis import fold

    return fold(word)


def _may_follow(previous: str, word: str) -> bool:
    """Whether `word` goes on the number `previous` began (« soixante » then « huit »: yes;
    « deux » then « trois »: two numbers, « premier deuxième »: none)."""
    if previous in _THOUSAND:
        return word not in _THOUSAND
    if previous in _HUNDRED:
        return word not in _HUNDRED
    if previous in _UNITS:
        return word in _HUNDRED or word in _THOUSAND or (previous == "quatre" and word in ("vingt", "vingts"))
    if previous in _TEENS:
        return word in _THOUSAND or (previous == "dix" and word in ("sept", "huit", "neuf"))
    # a ten: its unit, its teen (« soixante-dix », « quatre-vingt-douze »), « mille »
    return word in _UNITS or word in _THOUSAND or (word in _TEENS and previous in ("soixante", "vingt", "vingts"))


def _value(words: list[str]) -> int:
    from faurecli.analysis import words_value

    return words_value(words, _UNITS, _TEENS_AND_TENS)


def numbers_in_figures(text: str) -> str:
    """`text` with its numbers in French words as figures (« deux mille dix-huit » → « 2018 »,
    « nonante sept » → « 97 », « cent cinquante » → « 150 »). A unit word alone (« un », « deux »)
    is left as it is (an article, or a count other readings take with its bound), but for one
    before « pour cent » or « virgule »."""
    tokens = _TOKEN.findall(text)
    folded = [_fold(t) for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if folded[i] not in _WORDS:
            out.append(tokens[i])
            i += 1
            continue
        words, last, j = [folded[i]], i, i + 1
        while j < len(tokens):
            # a joint: a space or a hyphen, or « et » before « un »/« onze » (« vingt et un »)
            k = j
            if tokens[k].isspace() or tokens[k] == "-":
                k += 1
            if k < len(tokens) and folded[k] == "et" and words[-1] in _TENS:
                k += 1
                if k < len(tokens) and (tokens[k].isspace() or tokens[k] == "-"):
                    k += 1
                if k >= len(tokens) or folded[k] not in ("un", "une", "onze"):
                    break
            if k == j or k >= len(tokens) or folded[k] not in _WORDS or not _may_follow(words[-1], folded[k]):
                break
            words.append(folded[k])
            last, j = k, k + 1
        after = "".join(folded[last + 1 : last + 4]).lstrip()
        lone_unit = len(words) == 1 and words[0] in _UNITS
        before = "".join(folded[max(0, i - 2) : i]).strip()
        if (lone_unit and not after.startswith(("pour", "virgule"))) or (words[0] in _HUNDRED and before == "pour"):
            out.append(tokens[i])  # (« un appart », « deux fois »; « pour cent » itself)
            i += 1
            continue
        out.append(str(_value(words)))
        i = last + 1
    return "".join(out)


# « 61 virgule 1 » → « 61,1 »; « 73 et des poussières » (a little over it) → « un peu plus de 73 »;
# « 5 pour cent » → « 5 % ».
_DECIMAL = lazy(r"\b(\d+)\s+virgule\s+(\d+)\b", re.IGNORECASE)
_AND_CHANGE = lazy(r"\b(\d+(?:,\d+)?)\s+et\s+des\s+pou(?:ss|c)i[eè]res?\b", re.IGNORECASE)
_PER_CENT = lazy(r"\b(\d+(?:,\d+)?)\s+pour\s*cents?\b", re.IGNORECASE)
# A year said in two digits (« en soixante-huit », « de nonante trois à nonante sept », « entre
# nonante sept et 2000 »): the century the speaker means, the twentieth for 30 and over.
_YEAR_AFTER_EN = lazy(r"\b(?P<lead>en|depuis)\s+(?P<y>\d\d)\b(?!\s*(?:%|,\d))")
_YEARS_SPAN = lazy(
    r"\b(?P<lead>de|d'|entre)\s*(?P<a>\d\d|\d{4})\s+(?P<joint>a|à|et)\s+(?P<b>\d\d|\d{4})\b(?!\s*(?:%|,\d))"
)
_BARE_AFTER = frozenset("ans an voix euros euro salaries deputes sieges fois jours mois".split())


def _century(two: str) -> str:
    return f"19{two}" if int(two) >= 30 else f"20{two}"


def _span(m: re.Match[str]) -> str:
    a, b = m["a"], m["b"]
    following = m.string[m.end() :].split(maxsplit=1)
    if following and following[0].lower() in _BARE_AFTER:
        return m.group()  # (« de 20 à 30 salariés »: a count)
    if len(a) == len(b) == 4 or (len(a) == len(b) == 2 and (int(a) < 30 or int(b) < 30)):
        return m.group()
    return f"{m['lead']}{'' if m['lead'] == chr(39) else ' '}{_century(a) if len(a) == 2 else a} {m['joint']} " + (
        _century(b) if len(b) == 2 else b
    )


def _en_year(m: re.Match[str]) -> str:
    following = m.string[m.end() :].split(maxsplit=1)
    if following and following[0].lower() in _BARE_AFTER:
        return m.group()
    return f"{m['lead']} {_century(m['y'])}"


def years_in_full(text: str) -> str:
    """`text` with its two-digit years in their century where a span or « en » makes them years
    (« de 97 à 2000 » → « de 1997 à 2000 », « entre 93 et 97 », « en 68 »), a count left as it is
    (« de 20 à 30 salariés », « en 12 ans »)."""
    return _YEAR_AFTER_EN.sub(_en_year, _YEARS_SPAN.sub(_span, text))


# Elisions said as a space (« c est », « d origine », « l a », « qu il », « s est »), and « a t il ».
_ELISION = lazy(r"\b(?P<word>[cdjlmns]|qu|jusqu|lorsqu|puisqu|presqu)\s(?=[aeiouyhàâéèêëîïôûù])", re.IGNORECASE)
_EUPHONIC_T = lazy(r"\b(?P<verb>a|va|y\s+a)\s+t\s+(?P<who>il|elle|on)\b", re.IGNORECASE)
# Accents a dictation drops, on the few words whose readings are written with them.
_UNACCENTED = {
    "ete": "été", "etait": "était", "etaient": "étaient", "elu": "élu", "elue": "élue", "elus": "élus",
    "reelu": "réélu", "reelue": "réélue", "annees": "années", "annee": "année", "premiere": "première",
    "deuxieme": "deuxième", "troisieme": "troisième", "secretaire": "secrétaire", "general": "général",
    "assemblee": "assemblée", "legislatives": "législatives", "election": "élection", "decembre": "décembre",
    "fevrier": "février", "aout": "août", "depute": "député", "deputee": "députée", "president": "président",
    "presidente": "présidente", "retire": "retiré", "remplace": "remplacé", "gagne": "gagné", "perdu": "perdu",
    "propose": "proposé", "proposee": "proposée", "vote": "voté", "etudie": "étudié", "habite": "habité",
    "ca": "ça", "ou": "ou", "mere": "mère", "pere": "père", "congres": "congrès", "cree": "créé",
    "creee": "créée", "nomme": "nommé", "designe": "désigné", "succede": "succédé", "dirige": "dirigé",
    "abstenu": "abstenu", "battu": "battu", "soutenu": "soutenu", "salaries": "salariés",
    "europeennes": "européennes", "decheance": "déchéance", "resolution": "résolution", "genocide": "génocide",
    "primaire": "primaire", "equipe": "équipe", "metier": "métier", "partage": "partagé",
}  # fmt: skip
_UNACCENTED_WORD = lazy(r"\b(?:" + "|".join(sorted(_UNACCENTED, key=len, reverse=True)) + r")\b")
# « il est ne a » (born): « né » after the verb being, never the « ne » of a negation.
_BORN = lazy(r"\b(?P<be>est|etait|était)\s+(?P<ne>nee?)\b(?!\s+(?:pas|plus|jamais|que|rien|personne)\b)")


# « a » said for « à » where it can be no verb: opening the text, after a past participle (« il
# est ne a », « il a ete a la manif », « reelu a »), in a fixed phrase (« face a », « grace a »).
_AT_OPENING = lazy(r"^a(?=\s+[^\W\d_])", re.IGNORECASE)
_AT_AFTER_PARTICIPLE = lazy(
    r"\b(?P<head>(?:est|sont|a|ont|ete|été|etait|était|avait)\s+[^\W\d_]*(?:e|é|ee|ée|es|és|u|ue|us|i|is|it))\s+a(?=\s)(?!\s+(?:ete|été|eu|fait|dit|pris)\b)",
    re.IGNORECASE,
)
_AT_IN_PHRASE = lazy(r"\b(?P<head>face|grace|grâce|quant|jusqu')\s*a(?=\s)", re.IGNORECASE)


def _cities() -> frozenset[str]:
    from faurecli import lexicon

    return frozenset(lexicon.KINDS["city"])


# A city the lexicon knows, said in lower case (« a villeurbanne », « ne a orleans »): its capital.
_CITY_WORD = lazy(r"\b[a-z][a-z-]+\b")


def spoken_plain(text: str) -> str:
    """`text`, a dictation's French, as it is written: its apostrophes put back (« c est » →
    « c'est », « a t il » → « a-t-il »), a few accents (« ete » → « été », « est ne » → « est né »),
    its numbers in figures (« deux mille douze » → « 2012 », « nonante sept » → « 97 »), a
    two-digit year in its century (« en soixante-huit » → « en 1968 »), « virgule » as the decimal
    comma, « pour cent » as « % », and « N et des poussières » as « un peu plus de N »."""
    plain = numbers_in_figures(text)
    plain = _DECIMAL.sub(r"\1,\2", plain)
    plain = _AND_CHANGE.sub(r"un peu plus de \1", plain)
    plain = _PER_CENT.sub(r"\1 %", plain)
    plain = years_in_full(plain)
    plain = _EUPHONIC_T.sub(lambda m: f"{m['verb']}-t-{m['who']}", plain)
    plain = _ELISION.sub(lambda m: f"{m['word']}'", plain)
    plain = _BORN.sub(lambda m: f"{m['be']} {'née' if m['ne'].endswith('ee') else 'né'}", plain)
    plain = _UNACCENTED_WORD.sub(lambda m: _UNACCENTED[m.group()], plain)
    plain = _AT_OPENING.sub("à", plain)
    plain = _AT_AFTER_PARTICIPLE.sub(lambda m: f"{m['head']} à", plain)
    plain = _AT_IN_PHRASE.sub(lambda m: f"{m['head']}{'' if m['head'].endswith(chr(39)) else ' '}à", plain)
    cities = _cities()
    return _CITY_WORD.sub(lambda m: m.group().title() if m.group() in cities else m.group(), plain)
