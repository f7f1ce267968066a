"""Fuzzy search over the store: accent- and case-insensitive, typo-tolerant, words in any order,
English or French, with dates and figures read as values.

The query is analysed first (`analyse`): Unicode normalised (NFC), elisions split, question and
function words set aside (they name the intent, not the fact), dates read as dates, and words or
phrases of the vocabulary's lexicon ("député", "motion de censure", "mouthpiece") also looked for
as their equivalents. Each remaining word or phrase is a slot; each slot is matched to its
closest words in a record (exact, prefix, then edit-distance similarity), and the record's score
is the mean of those matches weighted by how rare each slot is in the store. Whole-string scorers
such as WRatio rank a short query against a long sentence too low; matching word by word does
not.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import field
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from faurecli.model import Kind, Listing, PartialDate, Record, Store, record

if TYPE_CHECKING:
    from faurecli.dates import DateSpan, ParsedDate
    from faurecli.vocabulary import Vocabulary

THRESHOLD = 55.0
# When no record reaches THRESHOLD, a query of three words or more still gets the records that
# match at least half its words closely (STRONG or better) and score at least this; only those
# within RELAXED_MARGIN points of the best of them.
RELAXED_THRESHOLD = 40.0
RELAXED_MARGIN = 8.0
STRONG = 85.0
# More words than any real question has; bounds the work a pasted paragraph can cause.
MAX_QUERY_WORDS = 32
# Below this similarity two different words are not taken for one another.
WORD_CUTOFF = 75.0
# A word found only in the sentences an event cites (often cited just to date it) counts for less
# than a word of the event itself.
CONTEXT_WEIGHT = 0.92
# A match through an equivalent word of the lexicon counts a little less than the user's own word.
LEXICON_WEIGHT = 0.96
# At most this many points go to the record whose own title (or name) the query covers best, so
# a record named by the words beats one that mentions them in passing.
FOCUS_BONUS = 4.0
# A question about a field ("de quelle nationalité", "what party") is answered by the record with
# that field before any that only mentions the word, even in its own name: twice the focus.
FIELD_FOCUS = 2.0
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")


# On equal scores: an event before the office it opens, both before the bare sentence.
_KIND_RANK = {Kind.EVENT: 0, Kind.OFFICE: 1, Kind.PERSON: 2, Kind.SENTENCE: 3}


class Intent(Enum):
    """What a question asks for, from its question words."""

    WHO = "who"
    WHEN = "when"
    WHERE = "where"
    HOW_MANY = "how many"
    WHICH = "which"
    WHY = "why"
    HOW = "how"


class Order(Enum):
    """Which of several dated answers a question wants."""

    FIRST = "first"
    LAST = "last"


# Words that ask for the earliest or the latest of several records, when they are not part of a
# phrase of the lexicon ("first secretary", "premier tour").
_ORDER = {
    "first": Order.FIRST,
    "earliest": Order.FIRST,
    "initially": Order.FIRST,
    "premier": Order.FIRST,
    "premiere": Order.FIRST,
    "premierement": Order.FIRST,
    "last": Order.LAST,
    "latest": Order.LAST,
    "recent": Order.LAST,
    "dernier": Order.LAST,
    "derniere": Order.LAST,
}
# "after X", "before X": of the records that answer, those dated after (before) the record X names.
_RELATION = {
    "after": Order.FIRST,
    "apres": Order.FIRST,
    "following": Order.FIRST,
    "before": Order.LAST,
    "avant": Order.LAST,
}
# Words for him after "after" or "before" ("the one after him"): his successor or predecessor.
# Not "he" or "il": "after he took over" dates what follows by what he did.
_HIM = frozenset({"him", "lui"})
# After his name, words that end the "after Faure" ("after Faure as spokesperson"); a verb
# instead ("after Faure took over") makes it a clause.
_AFTER_NAME = frozenset({"as", "at", "in", "on", "for", "a", "au", "comme", "de", "du", "pour", "en"})
# Records this many points below the best still compete on date for "first" and "last".
ORDER_MARGIN = 6.0
# "né", "née", "nés": folded, the French for "born" would be the negation "ne".
_BORN = re.compile(r"(?<!\w)[nN][éÉ][eE]?[sS]?(?!\w)")

# Question words (English and French, folded) and the intent they name.
_QUESTION = {
    "who": Intent.WHO,
    "whom": Intent.WHO,
    "whose": Intent.WHO,
    "qui": Intent.WHO,
    "when": Intent.WHEN,
    "quand": Intent.WHEN,
    "where": Intent.WHERE,
    "ou": Intent.WHERE,
    "which": Intent.WHICH,
    "what": Intent.WHICH,
    "quel": Intent.WHICH,
    "quelle": Intent.WHICH,
    "quels": Intent.WHICH,
    "quelles": Intent.WHICH,
    "lequel": Intent.WHICH,
    "laquelle": Intent.WHICH,
    "why": Intent.WHY,
    "pourquoi": Intent.WHY,
    "how": Intent.HOW,
    "comment": Intent.HOW,
    "combien": Intent.HOW_MANY,
}
# Function words: they carry no fact, so a record is not judged on them. Elided forms (d', l',
# qu', j', n', s', c', t') come out of the tokeniser as the single letters.
STOPWORDS = frozenset(
    """
    a an the of in on at to for from with by and or as that this these those it its is are was were be been being
    am do does did done has have had having he him his she her hers they them their i me my we our you your
    about after before during into onto than then there here what which who whom whose when where why how
    many much did any some all also just very not no yes if so such can could would should will shall may
    might must get got become became becomes ever first-time tell me please know find show give
    percent per cent pct
    le la les l un une des de du d et a au aux en dans par pour sur avec sans que qu qui quoi quand ou
    comment combien quel quelle quels quelles est sont etait ete etre a ai as avait ont il elle ils elles
    on son sa ses leur leurs se s ce c cet cette ces ne n pas plus j je t y lui me m mon ma mes nous vous
    fait faire fut depuis quelle lequel laquelle lesquels
    aupres occupait occupe occupee occuper exerce exercait devenu devenue devenir devient held hold holds holding
    etaient avaient eu sera serait obtenu obtient obtenir
    belong belongs percentage share stance view views treatment years year's
    opinion opinions think thinks thought feel feels avis pense pensait
    man woman someone somebody person guy homme personne happen happened happens
    name names named called nom appelle appelait
    """.split()
)
# The man every record is about: his name tells no record from another, unless it is all there is.
SUBJECT = frozenset({"olivier", "faure", "faures"})
# Words for a post: every office is one.
OFFICE_WORDS = frozenset({"job", "post", "position", "role", "office", "poste", "fonction", "mandat"})
# Questions a field of a record answers by its name ("what party", "who succeeded him"); "when"
# and "how many" are answered by dates and figures, not by a field's name.
_FIELD_INTENTS = frozenset({Intent.WHO, Intent.WHICH, Intent.WHERE})
# Words a question uses for the intent, not the fact ("how old", "what year", "how many").
_INTENT_WORDS = {"old": Intent.WHEN, "year": Intent.WHEN, "date": Intent.WHEN, "annee": Intent.WHEN}


def fold(text: str) -> str:
    """Lower-case and strip accents: "Cambadélis" -> "cambadelis"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _normal(token: str) -> str:
    word = fold(token)
    if _THOUSANDS.match(word):
        return word.replace(",", "")
    # A French decimal comma: "63,2" is 63.2.
    return word.replace(",", ".") if _DECIMAL_COMMA.match(word) else word


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) for every word and number in `text`. Words are read from its
    NFC form, so that a decomposed accent ("e" + U+0301, as macOS and some keyboards type it)
    stays inside its word; the offsets are into `text` as given."""
    if unicodedata.is_normalized("NFC", text):
        for match in _TOKEN.finditer(text):
            yield match.start(), match.end(), _normal(match.group())
        return
    normal = unicodedata.normalize("NFC", text)
    # lengths[j]: how long the NFC form of text[:j] is; an offset in `normal` maps back through it.
    lengths = [len(unicodedata.normalize("NFC", text[:j])) for j in range(len(text) + 1)]
    for match in _TOKEN.finditer(normal):
        start = bisect.bisect_left(lengths, match.start())
        end = bisect.bisect_right(lengths, match.end()) - 1
        yield start, max(start, end), _normal(match.group())


_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


def words(text: str) -> list[str]:
    found = [w for _, _, w in tokens(text)]
    # "re-elected" is also "reelected", "Seine-et-Marne" also "seineetmarne".
    for compound in _COMPOUND.findall(unicodedata.normalize("NFC", text)):
        found.append(fold(compound.replace("-", "")))
    return found


def _key(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A lexicon key: "diplomas" and "diploma" are one."""
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in phrase)


def _content(text: str) -> tuple[str, ...]:
    """The folded words of a phrase that are not function words."""
    return tuple(w for _, _, w in tokens(unicodedata.normalize("NFC", text)) if w not in STOPWORDS)


class Field(NamedTuple):
    """A part of a record the search looks in: its name ("title", "predecessor", "alias",
    "sentence"…), text, language (for a vocabulary name) and sentence id (for a sentence).
    A named tuple: the index holds hundreds, and they load faster than dataclasses."""

    name: str
    text: str
    lang: str | None = None
    sentence: str | None = None
    own: bool = True


@record
class Document(Record):
    """A record as the index sees it: its kind, id, text and date."""

    kind: Kind
    id: str
    text: str
    date: PartialDate | None
    sentences: tuple[str, ...]
    order: int
    size: int
    end: PartialDate | None = None
    fields: tuple[Field, ...] = ()
    # (year or 0, month, day) of every date the record's own text mentions.
    mentions: frozenset[tuple[int, int, int]] = frozenset()
    # The content words of each title-like field, for the focus bonus.
    titles: tuple[frozenset[str], ...] = ()


@record
class _Source(Record):
    """A record to index: its own words, and words it only cites (an event's sentences)."""

    document: Document
    own: frozenset[str]
    context: frozenset[str] = frozenset()


@record
class Match(Record):
    """Why a hit matched: the field, its text, and where the matched words stand in it."""

    field: str
    text: str
    spans: tuple[tuple[int, int], ...]
    lang: str | None = None
    sentence: str | None = None


@record
class Hit(Record):
    """A search result: a record, its score and the query words it matched."""

    kind: Kind
    id: str
    text: str
    score: float
    date: PartialDate | None
    sentences: tuple[str, ...]
    matched: frozenset[str] = field(default_factory=frozenset)
    why: Match | None = None


@record
class Slot(Record):
    """One thing the query looks for: the words the user wrote (folded), and the equivalent
    phrasings from the lexicon (each a tuple of words; the user's own first)."""

    text: str
    terms: tuple[tuple[str, ...], ...]


@record
class AnalysedQuery(Record):
    """A query as the search reads it: what it asks (intent), what it looks for (slots and
    dates), and what it set aside (question and function words)."""

    text: str
    intent: Intent | None
    slots: tuple[Slot, ...]
    dates: tuple[ParsedDate, ...]
    # The dates as written that were read day-first (03/04/2014: 3 April).
    day_first: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    # "first"/"earliest" (Order.FIRST) or "last"/"latest" (Order.LAST): of several records that
    # answer, the earliest or the latest.
    order: Order | None = None
    # "after X" (Order.FIRST: the next record after X) or "before X" (Order.LAST), and the slots
    # that name X.
    relation: Order | None = None
    anchor: tuple[Slot, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.slots and not self.dates


@record
class Index(Record):
    """Postings from word to documents, built once per store and cached."""

    documents: tuple[Document, ...]
    # word -> numbers of the documents that hold it, in their own words or only in what they cite
    postings: dict[str, tuple[int, ...]]
    context: dict[str, tuple[int, ...]]
    vocabulary: tuple[str, ...]
    cited: frozenset[str]
    # Lexicon: content words of a phrase -> the group of equivalent phrases it belongs to.
    phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    longest: int = 1
    # Words "did you mean" may offer: the store's and the vocabulary's.
    known: tuple[str, ...] = ()
    # Everyday words (folded) weighed as common whatever their rarity in the store.
    light: frozenset[str] = frozenset()

    def has(self, word: str) -> bool:
        return word in self.postings or word in self.context

    def starting(self, prefix: str) -> Iterator[str]:
        """Vocabulary words that start with `prefix`, in order."""
        for word in self.vocabulary[bisect.bisect_left(self.vocabulary, prefix) :]:
            if not word.startswith(prefix):
                return
            yield word

    def idf(self, word: str) -> float:
        df = len(self.postings.get(word, ())) + len(self.context.get(word, ()))
        return math.log(1 + len(self.documents) / (1 + df))


def _mentions(texts: Iterable[str]) -> frozenset[tuple[int, int, int]]:
    from faurecli.dates import find_dates

    found = set()
    for text in texts:
        for span in find_dates(text):
            parsed = span.parsed
            found.add((parsed.year or 0, parsed.month, parsed.day))
    return frozenset(found)


def _document(
    kind: Kind,
    id_: str,
    text: str,
    date: PartialDate | None,
    sentences: tuple[str, ...],
    order: int,
    fields: list[Field],
    *,
    end: PartialDate | None = None,
) -> _Source:
    own = frozenset(w for f in fields if f.own for w in words(f.text))
    context = frozenset(w for f in fields if not f.own for w in words(f.text)) - own
    titles = tuple(
        frozenset(_content(f.text)) for f in fields if f.name in ("title", "name", "alias", "text", "predecessor")
    )
    document = Document(
        kind,
        id_,
        text,
        date,
        sentences,
        order,
        len(own | context),
        end,
        tuple(fields),
        _mentions(f.text for f in fields if f.own and f.name in ("sentence", "text")),
        titles,
    )
    return _Source(document, own, context)


def _sources(store: Store, vocabulary: Vocabulary | None) -> Iterator[_Source]:
    aliases: dict[str, list[Field]] = defaultdict(list)
    for name in vocabulary.names if vocabulary else ():
        aliases[name.record].append(Field("alias", name.text, name.lang))
    person = store.person
    facts = [
        person.name,
        f"born {person.birth_date.human()}",
        person.birth_place,
        person.nationality,
        person.party,
        person.profession,
        *person.alma_mater,
    ]
    fields = [
        Field("name", person.name),
        Field("born", person.birth_date.human()),
        Field("birth place", person.birth_place),
    ]
    fields += [Field(label, value) for label, value in (("nationality", person.nationality), ("party", person.party))]
    fields += [Field("profession", person.profession), *(Field("alma mater", a) for a in person.alma_mater)]
    fields += [Field("spouse", person.spouse)] if person.spouse else []
    fields += [Field("parent", p) for p in person.parents]
    fields += [Field("early life", person.early_life)] if person.early_life else []
    fields += [Field("education", " ".join(filter(None, [s.school, s.degree]))) for s in person.education]
    fields += [Field("personal", p.text) for p in person.personal]
    # The names of his fields ("what is his profession", "his nationality", "his party"): a
    # question about a field is a question about him.
    fields += [Field("field", f.name) for f in dict.fromkeys(fields) if f.name not in ("name", "personal")]
    fields += aliases.get("person", [])
    yield _document(Kind.PERSON, "person", " · ".join(facts), person.birth_date, (), 0, fields)
    for order, office in enumerate(store.offices):
        # The field names let "Cambadélis predecessor" find the office he preceded Faure in.
        # The other names the text gives the post find it too (one post, one record).
        fields = [Field("title", office.title)]
        fields += [Field("predecessor", p) for p in office.predecessors]
        fields += [Field("successor", p) for p in office.successors]
        fields += [Field("field", "predecessor")] * bool(office.predecessors)
        fields += [Field("field", "successor")] * bool(office.successors)
        fields += [Field("name", name.text) for name in office.names]
        fields += aliases.get(office.id, [])
        cited = tuple(s.id for s in store.source_sentences(office.sources))
        yield _document(Kind.OFFICE, office.id, office.title, office.start, cited, order, fields, end=office.end)
    for order, event in enumerate(store.events):
        sentences = list(store.source_sentences(event.sources))
        # An event and its source sentences are one hit: search them together.
        fields = [Field("text", event.text), *(Field("tag", t) for t in event.tags)]
        fields += [Field("sentence", s.text, sentence=s.id, own=False) for s in sentences]
        fields += aliases.get(event.id, [])
        ids = tuple(s.id for s in sentences)
        yield _document(Kind.EVENT, event.id, event.text, event.date, ids, order, fields, end=event.end)
    for sentence in store.sentences:
        fields = [Field("sentence", sentence.text, sentence=sentence.id)]
        yield _document(Kind.SENTENCE, sentence.id, sentence.text, None, (sentence.id,), sentence.index, fields)


def build_index(store: Store, vocabulary: Vocabulary | None = None) -> Index:
    """Tokenise every record of the store once, with the vocabulary's names and lexicon (the
    one shipped with faure unless given)."""
    if vocabulary is None:
        from faurecli.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
    documents = []
    postings: dict[str, list[int]] = defaultdict(list)
    context: dict[str, list[int]] = defaultdict(list)
    ids = {"person"} | {o.id for o in store.offices} | {e.id for e in store.events}
    vocabulary = type(vocabulary)(
        tuple(n for n in vocabulary.names if n.record in ids), vocabulary.lexicon, vocabulary.light
    )
    for number, source in enumerate(_sources(store, vocabulary)):
        documents.append(source.document)
        for word in source.own:
            postings[word].append(number)
        for word in source.context:
            context[word].append(number)
    cited = frozenset(s for d in documents if d.kind is Kind.EVENT for s in d.sentences)
    phrases: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    lexicon_words: set[str] = set()
    for group in vocabulary.lexicon:
        # A phrase left with one short word once its function words are set aside ("give up":
        # "up") no longer says what the phrase says.
        content = ((_content(text), text) for _, text in group)
        terms = list(dict.fromkeys(t for t, text in content if t and (len(t) > 1 or len(t[0]) > 2 or " " not in text)))
        for term in terms:
            entry = phrases.setdefault(_key(term), [])
            entry += [t for t in terms if t not in entry]
            lexicon_words.update(term)
    all_words = postings.keys() | context.keys()
    return Index(
        tuple(documents),
        {w: tuple(p) for w, p in postings.items()},
        {w: tuple(p) for w, p in context.items()},
        tuple(sorted(all_words)),
        cited,
        {k: tuple(v) for k, v in phrases.items()},
        max((len(k) for k in phrases), default=1),
        tuple(sorted(all_words | lexicon_words)),
        frozenset(fold(w) for w in vocabulary.light),
    )


# Endings of English and French inflection: (ending, what replaces it). "universities" ->
# "university", "running" -> "run", "elus" -> "elu", "published" -> "publish".
_ENDINGS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("es", "e"),
    ("s", ""),
    ("x", ""),
    ("ee", "e"),
    ("e", ""),
)


def variants(word: str) -> list[str]:
    """Base forms `word` may be an inflection of (plural, feminine, past, gerund), longest
    first; a doubled consonant before "ing"/"ed" counts once ("running" -> "run")."""
    found = []
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.isdigit():
            base = word[: -len(ending)] + replacement
            found.append(base)
            if ending in ("ing", "ed") and not replacement and len(base) > 3 and base[-1] == base[-2]:
                found.append(base[:-1])
    return list(dict.fromkeys(w for w in found if w != word))


# What English and French add to a stem ("endors-ement", "endors-ing", "nation-alité"); two words
# sharing a beginning are one word only when what follows it in each is one of these (or a
# letter of the stem: "endorse"/"endorsing" share "endors" and end "e", "ing"). "France" and
# "François" share "franc" but "ois" is no ending.
_SUFFIXES = frozenset(
    """
    a e s es ed d ing ment ments ement ements er ers eur eurs euse euses ion ions ation ations
    ive ives ist iste ists istes ance ence ant ante ent ente y ies ied ee ees
    """.split()
)


def _endings(first: str, second: str) -> bool:
    """Whether both leftovers after a shared beginning are endings (or one letter of the stem
    before one)."""
    return all(not rest or rest in _SUFFIXES or rest[1:] in _SUFFIXES for rest in (first, second))


def _similar(index: Index, query_word: str, *, fuzzy: bool = True) -> dict[str, float]:
    """Vocabulary words close to `query_word`, with a 0-100 similarity; never a function word
    of the store ("père" is not "per", "their" not "the")."""
    found = _similar_words(index, query_word, fuzzy=fuzzy)
    return {w: s for w, s in found.items() if w == query_word or w not in STOPWORDS}


def _similar_words(index: Index, query_word: str, *, fuzzy: bool) -> dict[str, float]:
    found: dict[str, float] = {}
    if index.has(query_word):
        found[query_word] = 100.0
    else:
        # Another inflection of a word of the store is that word: its base ("wins": "win").
        for base in variants(query_word):
            if index.has(base):
                found[base] = 96.0
    for base in variants(query_word):
        # Or another ending on that base ("joined": "joining"), whether or not the store also
        # holds the word as written.
        if len(base) >= 4:
            for word in index.starting(base):
                if word != query_word and word[len(base) :] in _SUFFIXES:
                    found[word] = max(found.get(word, 0.0), 94.0)
    numeric = query_word[0].isdigit()
    if len(query_word) >= 3 or numeric:
        for word in index.starting(query_word):
            if word != query_word:
                found[word] = max(found.get(word, 0.0), 88.0 + 10.0 * len(query_word) / len(word))
    if numeric or len(query_word) < 4:
        return found
    if len(query_word) >= 6:
        # A light stemmer: "endorsement" and "endorsing" share "endors".
        for word in index.starting(query_word[:5]):
            shared = len(os.path.commonprefix([query_word, word]))
            if shared >= 0.6 * min(len(query_word), len(word)) and _endings(query_word[shared:], word[shared:]):
                found[word] = max(found.get(word, 0.0), 75.0 + 20.0 * shared / max(len(query_word), len(word)))
    if not fuzzy:
        return found
    from rapidfuzz import fuzz, process

    cutoff = WORD_CUTOFF if len(query_word) > 4 else 80.0
    for word, score, _ in process.extract(
        query_word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
    ):
        if not word[0].isdigit():
            found[word] = max(found.get(word, 0.0), 0.97 * score)
    if len(query_word) <= 5:
        from rapidfuzz.distance import Levenshtein

        # A short name with one wrong letter ("rous" for "roux", "bato" for "batho").
        for word, _, _ in process.extract(
            query_word, index.vocabulary, scorer=Levenshtein.distance, score_cutoff=1, limit=None
        ):
            if word[0] == query_word[0] and not word[0].isdigit() and len(word) >= 4:
                found[word] = max(found.get(word, 0.0), 80.0)
    return found


def analyse(index: Index, query: str) -> AnalysedQuery:
    """Read a query: its intent, the dates it names, and what else it looks for."""
    given = unicodedata.normalize("NFC", query)[:2000]
    # "the 90s", "the '90s": a decade the date reader knows as "the 1990s" (a two-digit decade
    # from 30 is of the 1900s, below it of the 2000s: the source spans 1968 to 2025).
    text = _short_decades(given) if "0s" in given else given
    dates = []
    day_first = []
    blanked = list(text)
    # Every date form has digits: a query without any needs no date parser.
    spans = []
    if any(c.isdigit() for c in text) or "ties" in text.casefold():
        from faurecli.dates import find_dates, find_decades

        # A decade first: "the 1990s" is not the year 1990.
        spans = find_decades(text)
        spans += [d for d in find_dates(text) if not any(d.start < s.end and s.start < d.end for s in spans)]
    for span in spans:
        dates.append(span.parsed)
        if span.parsed.day_first:
            day_first.append(text[span.start : span.end])
        blanked[span.start : span.end] = " " * (span.end - span.start)
    raw = [w for _, _, w in tokens(_BORN.sub("born", "".join(blanked)))][: MAX_QUERY_WORDS * 2]
    intent = None
    for word in raw:
        if word in _QUESTION:
            intent = _QUESTION[word]
            if word in ("how", "combien") and intent is Intent.HOW:
                break
    if "how" in raw and {"many", "much"} & set(raw) or "combien" in raw:
        intent = Intent.HOW_MANY
    elif intent is Intent.HOW and "old" in raw:
        intent = Intent.WHEN
    elif intent is None and any(w in _INTENT_WORDS and w != "old" for w in raw):
        # "année de naissance", "the year of his election": a question without its question word.
        intent = Intent.WHEN
    # "for the first time", "pour la première fois": the time is the order's.
    raw = [w for at, w in enumerate(raw) if not (w in ("time", "fois") and at and raw[at - 1] in _ORDER)]
    content = [w for w in raw if w not in STOPWORDS]
    dropped = [w for w in raw if w in STOPWORDS]
    if intent is not None:
        content = [w for w in content if w not in _INTENT_WORDS]
    # His name misspelt ("faur", "olivie") is still his name, when no word of the store is meant.
    content = [_subject(index, w) for w in content]
    # Only the man's name: that is what to look for. Otherwise it tells no record apart.
    if any(w not in SUBJECT for w in content) or dates:
        dropped += [w for w in content if w in SUBJECT]
        content = [w for w in content if w not in SUBJECT]
    slots = _slots(index, content)
    anchor: list[Slot] = []
    relation = None
    marker = next((at for at, w in enumerate(raw) if w in _RELATION), None)
    if marker is not None and _him(index, raw[marker + 1 : marker + 3]):
        # "who came after him", "qui est venu après Faure": after him is his successor, before
        # him his predecessor, not the records dated after or before his.
        slots = _slots(index, [w for w in content if w != raw[marker]])
        slots += _slots(index, ["successor" if _RELATION[raw[marker]] is Order.FIRST else "predecessor"])
    elif marker is not None:
        after = set(raw[marker + 1 :])
        anchor_words = [w for w in content if w in after and w not in set(raw[:marker])]
        if anchor_words and len(anchor_words) < len(content):
            # "his first job after the Rocard youth group": the job, dated after the group.
            relation = _RELATION[raw[marker]]
            anchor = _slots(index, anchor_words)
            slots = _slots(index, [w for w in content if w not in anchor_words]) + anchor
    if intent is Intent.WHO:
        slots = _direction(index, raw, slots)
    # The same word twice counts once.
    unique = list({s.text: s for s in slots}.values())
    order = None
    if (any(s.text not in _ORDER for s in unique) or dates) and not _ordinal_phrase(index, content):
        order = next((_ORDER[s.text] for s in unique if s.text in _ORDER), None)
        dropped += [s.text for s in unique if s.text in _ORDER]
        unique = [s for s in unique if s.text not in _ORDER]
    anchor = [a for a in anchor if a.text not in _ORDER]
    return AnalysedQuery(
        given, intent, tuple(unique), tuple(dates), tuple(day_first), tuple(dropped), order, relation, tuple(anchor)
    )


def _direction(index: Index, raw: list[str], slots: list[Slot]) -> list[Slot]:
    """The slots, with a verb of succession that he is the subject of ("who did he replace",
    "qui Faure a-t-il remplacé": he stands before the verb) looking for his predecessor; "who
    replaced him", "qui lui a succédé" stay his successor, as the lexicon reads them."""
    out = []
    for slot in slots:
        words = slot.text.split()
        if ("successor",) in slot.terms and words[0] in raw and words[0] not in ("successor", "successeur"):
            before = raw[: raw.index(words[0])]
            if any(_subject(index, w) in SUBJECT or w in ("he", "il") for w in before):
                predecessor = _slots(index, ["predecessor"])[0]
                slot = Slot(slot.text, (slot.terms[0], *predecessor.terms))
        out.append(slot)
    return out


def _him(index: Index, following: list[str]) -> bool:
    """Whether the words after "after" or "before" name him alone: "him", "lui", or his name
    at the end or before a preposition."""
    if not following:
        return False
    if following[0] in _HIM:
        return True
    return _subject(index, following[0]) in SUBJECT and (len(following) == 1 or following[1] in _AFTER_NAME)


def _short_decades(text: str) -> str:
    """`text` with each two-digit decade ("90s", "'90s") written in full ("1990s")."""
    # Compiled here, not at import: few queries hold one.
    short = re.compile(r"(?<![\w'’])['’]?([0-9])0s\b")
    return short.sub(lambda m: ("19" if m.group(1) >= "3" else "20") + m.group(1) + "0s", text)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one letter changed, added or removed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    at = len(os.path.commonprefix([a, b]))
    return a[at + (len(a) == len(b)) :] == b[at + 1 :]


def _subject(index: Index, word: str) -> str:
    """`word`, or the word of his name it misspells when it is no word of the store."""
    if word in SUBJECT or len(word) < 4 or index.has(word):
        return word
    known = index.known
    at = bisect.bisect_left(known, word)
    if at < len(known) and known[at] == word:
        return word
    return next((name for name in SUBJECT if _one_edit(word, name)), word)


def _slots(index: Index, content: list[str]) -> list[Slot]:
    """The query's words as slots: the longest phrases of the lexicon first, each with its
    equivalents, then single words."""
    slots: list[Slot] = []
    at = 0
    while at < len(content) and len(slots) < MAX_QUERY_WORDS:
        for size in range(min(index.longest, len(content) - at), 0, -1):
            phrase = tuple(content[at : at + size])
            key = _key(phrase)
            if size == 1 and phrase[0] in index.light and key not in index.phrases:
                # An everyday word is not read as another form of a word of the lexicon (French
                # "passé" is not "passed"); a phrase of the lexicon it stands for ("went to":
                # attended) it still is.
                slots.append(Slot(phrase[0], (phrase,)))
                at += 1
                break
            if key not in index.phrases and size == 1:
                # "wins", "élues", "running": the lexicon holds another form of the word.
                key = _lexicon_form(index, phrase[0]) or key
            elif key not in index.phrases:
                # "bringing down", "stepping aside": a phrase of the lexicon with one word in
                # another form.
                key = next((k for k in _phrase_forms(phrase) if k in index.phrases), key)
            if key in index.phrases:
                terms = (phrase, *(t for t in index.phrases[key] if t != phrase))
                slots.append(Slot(" ".join(phrase), terms))
                at += size
                break
        else:
            slots.append(Slot(content[at], ((content[at],),)))
            at += 1
    return slots


# Endings that make an inflected form of a base ("replace" + "d", "succeed" + "ed").
_INFLECTIONS = ("d", "ed", "s", "es", "e")


def _lexicon_form(index: Index, word: str) -> tuple[str, ...] | None:
    """The one-word key of the lexicon that is another form of `word`: a base it inflects
    ("wins" -> "win") or an inflection of it or of its base ("replace" -> "replaced",
    "replacing" -> "replaced")."""
    bases = variants(word)
    # The word inflected first: "succeed" is "succeeded", not "succès" less its "s".
    forms = [word + e for e in _INFLECTIONS] + bases + [b + e for b in bases for e in _INFLECTIONS]
    return next(((f,) for f in forms if (f,) in index.phrases), None)


def _phrase_forms(phrase: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Lexicon keys `phrase` may be with one of its words at a base form."""
    for at, word in enumerate(phrase):
        for base in variants(word):
            yield _key((*phrase[:at], base, *phrase[at + 1 :]))


def _ordinal_phrase(index: Index, content: list[str]) -> bool:
    """Whether an order word ("first", "premier") starts a phrase of the lexicon written with a
    typo ("first secretry"): then it names the phrase, not the earliest record."""
    for at, word in enumerate(content[:-1]):
        if word in _ORDER:
            following = {k[1] for k in index.phrases if len(k) > 1 and k[0] == word}
            if following:
                from rapidfuzz import fuzz, process

                if process.extractOne(content[at + 1], following, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF):
                    return True
    return False


def _query_words(query: str) -> list[str]:
    """The query's distinct folded words, in order, at most MAX_QUERY_WORDS of them."""
    return list(dict.fromkeys(w for _, _, w in tokens(query)))[:MAX_QUERY_WORDS]


def _words(analysed: AnalysedQuery) -> int:
    """How many words and dates the query looks for."""
    return sum(len(s.text.split()) for s in analysed.slots) + len(analysed.dates)


def _decade_score(document: Document, first: int) -> float:
    """How well a record answers a decade starting in `first`: dated in it, running through it,
    or mentioning a year of it."""
    last = first + 9
    if document.date is not None:
        if first <= document.date.year <= last:
            return 100.0
        if document.end is not None and document.date.year <= last and document.end.year >= first:
            return 90.0
    if any(first <= year <= last for year, _, _ in document.mentions):
        return 88.0
    return 0.0


def _date_score(document: Document, wanted: ParsedDate) -> float:
    """How well a record's date answers a date of the query: its own date (or end) within the
    query's period first, then a coarser date holding it, then a mention in its text."""
    best = 0.0
    if wanted.decade and wanted.year is not None:
        return _decade_score(document, wanted.year)
    for own in (document.date, document.end):
        if own is None:
            continue
        if wanted.matches(own):
            best = max(best, 100.0 if own is document.date else 96.0)
        elif wanted.year == own.year and (not own.month or (own.month == wanted.month and not own.day)):
            best = max(best, 82.0)
    if document.date is not None and document.end is not None and wanted.year is not None:
        probe = PartialDate(wanted.year, wanted.month, wanted.day)
        if document.date <= probe <= document.end:
            best = max(best, 78.0)
    for year, month, day in document.mentions:
        if (wanted.year in (None, year) or not year) and (not wanted.month or wanted.month == month):
            if (not wanted.day or wanted.day == day) and (year or wanted.year is None):
                best = max(best, 88.0)
    return best


# (id of an index) -> (that index, (word, fuzzy) -> _per_word's answer): over a stream of queries
# (`faure search -`) the same words come back; the answers are only read, never changed.
_PER_WORD: dict[int, tuple[Index, dict[tuple[str, bool], tuple[dict[int, tuple[float, str]], float | None]]]] = {}


def _per_word(index: Index, word: str, *, fuzzy: bool) -> tuple[dict[int, tuple[float, str]], float | None]:
    """Documents holding `word` or a close word, with the similarity and the word; and the
    word's rarity (None when nothing close is in the store). Kept per index and word."""
    kept = _PER_WORD.get(id(index))
    if kept is None or kept[0] is not index:
        kept = _PER_WORD[id(index)] = (index, {})
    answer = kept[1].get((word, fuzzy))
    if answer is None:
        answer = kept[1][(word, fuzzy)] = _per_word_uncached(index, word, fuzzy=fuzzy)
    return answer


def _per_word_uncached(index: Index, word: str, *, fuzzy: bool) -> tuple[dict[int, tuple[float, str]], float | None]:
    similar = _similar(index, word, fuzzy=fuzzy)
    best_in: dict[int, tuple[float, str]] = {}
    for found, similarity in similar.items():
        for postings, weight in ((index.postings, 1.0), (index.context, CONTEXT_WEIGHT)):
            for number in postings.get(found, ()):
                if similarity * weight > best_in.get(number, (0.0, ""))[0]:
                    best_in[number] = (similarity * weight, found)
    idf = max((index.idf(w) for w, s in similar.items() if s >= 90), default=None)
    return best_in, idf


def search(
    index: Index, query: str | AnalysedQuery, *, kinds: Iterable[Kind] | None = None, limit: int = 10
) -> list[Hit]:
    """Rank the store's records against `query`, best first, keeping those above THRESHOLD."""
    analysed = query if isinstance(query, AnalysedQuery) else analyse(index, query)
    if analysed.empty:
        return []
    if analysed.relation is not None and analysed.anchor:
        return _related(index, analysed, kinds=kinds, limit=limit)
    wanted = set(kinds) if kinds else set(Kind)
    rarest = math.log(1 + len(index.documents))
    typical = rarest / 2
    weights: list[float] = []
    per_slot: list[dict[int, tuple[float, frozenset[str]]]] = []
    for slot in analysed.slots:
        best_in: dict[int, tuple[float, frozenset[str]]] = {}
        weight: float | None = None
        alternative_idfs = []
        for number_of_term, term in enumerate(slot.terms):
            own_term = number_of_term == 0
            found = [_per_word(index, w, fuzzy=own_term) for w in term]
            idfs = [idf for _, idf in found if idf is not None]
            if own_term and len(idfs) == len(term):
                weight = sum(idfs) / len(idfs) * len(term) ** 0.5
            elif idfs and len(idfs) == len(term):
                alternative_idfs.append(sum(idfs) / len(idfs) * len(slot.terms[0]) ** 0.5)
            factor = 1.0 if own_term else LEXICON_WEIGHT
            numbers = set().union(*(b for b, _ in found))
            for number in numbers:
                parts = [b.get(number) for b, _ in found]
                score = factor * sum(p[0] for p in parts if p) / len(term)
                if score > best_in.get(number, (0.0, frozenset()))[0]:
                    best_in[number] = (score, frozenset(p[1] for p in parts if p))
        if slot.text in OFFICE_WORDS:
            # "his job at Matignon": a word for a post is answered by every office.
            for number, document in enumerate(index.documents):
                if document.kind is Kind.OFFICE and best_in.get(number, (0.0,))[0] < 90.0:
                    best_in[number] = (90.0, frozenset())
        if alternative_idfs:
            # A word with everyday equivalents ("job": post, role) weighs what they weigh.
            mean = sum(alternative_idfs) / len(alternative_idfs)
            weight = mean if weight is None else min(weight, mean)
        elif weight is None:
            # The user's own word is not in the store: a word found nowhere counts as rare, so
            # that it pulls every score down; in a longer question, where some words are only
            # its wording, as a word of middling rarity.
            size = _words(analysed)
            weight = rarest if size < 3 and analysed.intent is None else typical * min(1.0, 3 / size)
        if slot.text in index.light:
            # "came", "put": rare in the store, but a word of anyone's wording.
            weight = min(weight, typical / 2)
        per_slot.append(best_in)
        weights.append(weight)
    for date in analysed.dates:
        best_date: dict[int, tuple[float, frozenset[str]]] = {}
        for number, document in enumerate(index.documents):
            score = _date_score(document, date)
            if score:
                best_date[number] = (score, frozenset({"@date"}))
        per_slot.append(best_date)
        weights.append(rarest)
    total = sum(weights)
    candidates = set().union(*per_slot)
    scored = []
    # A question of several words that no record answers whole still has an answer when a
    # record holds most of what it looks for ("his first try for parliament ended in defeat":
    # "try" and "ended" are the writer's wording): the best of those, below the threshold.
    relaxed: list[tuple[Document, float, frozenset[str]]] = []
    needed = max(2, math.ceil(len(per_slot) / 2))
    for number in candidates:
        document = index.documents[number]
        if document.kind not in wanted:
            continue
        matches = [best.get(number) for best in per_slot]
        score = sum(w * m[0] for w, m in zip(weights, matches, strict=True) if m) / total
        if score < THRESHOLD:
            if len(per_slot) >= 3 and score >= RELAXED_THRESHOLD:
                if sum(1 for m in matches if m and m[0] >= STRONG) >= needed:
                    relaxed.append((document, score, frozenset(w for m in matches if m for w in m[1])))
            continue
        matched = frozenset(w for m in matches if m for w in m[1])
        focus = max((len(t & matched) / len(t) for t in document.titles if t), default=0.0)
        if analysed.intent in _FIELD_INTENTS and any(f.name == "field" and f.text in matched for f in document.fields):
            # "What party…", "who succeeded him…": the record with a field of that name answers.
            focus = FIELD_FOCUS
        scored.append((document, score + FOCUS_BONUS * focus, matched))
    if not scored and relaxed:
        best_relaxed = max(score for _, score, _ in relaxed)
        scored = [r for r in relaxed if r[1] >= best_relaxed - RELAXED_MARGIN]
    # A question about a date, or a date in the query, prefers dated records, and an event (what
    # happened then) before the office it opens.
    when = analysed.intent is Intent.WHEN or bool(analysed.dates)
    # On equal scores the most focused record (fewest words) wins, then the kind order (a
    # "when" question prefers dated records).
    scored.sort(
        key=lambda item: (
            -round(item[1], 1),
            when and item[0].date is None,
            _KIND_RANK[item[0].kind] if when else 0,
            item[0].size,
            _KIND_RANK[item[0].kind],
            item[0].order,
        )
    )
    if analysed.order is not None and scored:
        # "When did he first…": of the records that answer about as well, the earliest first.
        best = scored[0][1]
        close = [s for s in scored if s[1] >= best - ORDER_MARGIN and s[0].date is not None]
        close.sort(key=lambda s: s[0].date or PartialDate(1), reverse=analysed.order is Order.LAST)
        scored = close + [s for s in scored if not any(s is c for c in close)]
    if Kind.EVENT in wanted:
        # A sentence that an event already stands for is that event's hit, not a second one.
        scored = [s for s in scored if not (s[0].kind is Kind.SENTENCE and s[0].id in index.cited)]
    hits = []
    for document, score, matched in scored[:limit]:
        why = explain(document, matched, analysed.dates)
        words_ = frozenset(w for w in matched if w != "@date")
        hits.append(
            Hit(
                document.kind,
                document.id,
                document.text,
                round(min(100.0, score), 1),
                document.date,
                document.sentences,
                words_,
                why,
            )
        )
    return hits


def _coarse(date: PartialDate, other: PartialDate) -> tuple[int, int, int]:
    """`date` at the precision both dates share: March 2018 is not before 15 March 2018."""
    month = date.month if date.month and other.month else 0
    day = date.day if month and date.day and other.day else 0
    return (date.year, month, day)


def _related(index: Index, analysed: AnalysedQuery, *, kinds: Iterable[Kind] | None, limit: int) -> list[Hit]:
    """Hits for "… after X" ("… before X"): the records that answer the rest of the query and
    are dated after (before) the record X names come first, the nearest in time first; then the
    hits for the whole query. "After" takes the same year (or month) as X: the next thing may
    have followed within it; "before" takes only earlier dates."""
    whole = AnalysedQuery(analysed.text, analysed.intent, analysed.slots, analysed.dates, order=analysed.order)
    hits = search(index, whole, kinds=kinds, limit=limit)
    anchors = search(index, AnalysedQuery(analysed.text, None, analysed.anchor, ()), limit=3)
    rest = tuple(s for s in analysed.slots if all(s is not a for a in analysed.anchor))
    if not anchors or anchors[0].date is None or not (rest or analysed.dates):
        if hits or not rest:
            return hits
        # "his first job after university": X has no date to be after, and nothing answers the
        # whole; the rest of the question ("his first job") still does.
        alone = AnalysedQuery(analysed.text, analysed.intent, rest, analysed.dates, order=analysed.order)
        return search(index, alone, kinds=kinds, limit=limit)
    at = anchors[0].date
    # The record X names, and any that name it as well (an event and the office it opens).
    named = {h.id for h in anchors if h.score >= anchors[0].score - 2.0}
    if any(h.date is None or h.date.year != at.year for h in anchors if h.id in named):
        # X names records of several years ("the second round"): no one date to be after.
        return hits
    after = analysed.relation is Order.FIRST
    main = search(index, AnalysedQuery(analysed.text, analysed.intent, rest, analysed.dates), kinds=kinds, limit=50)
    found = [
        h
        for h in main
        if h.date is not None
        and h.id not in named
        and (_coarse(h.date, at) >= _coarse(at, h.date) if after else _coarse(h.date, at) < _coarse(at, h.date))
    ]
    if not found:
        return hits
    best = found[0].score
    close = [h for h in found if h.score >= best - ORDER_MARGIN]
    close.sort(key=lambda h: h.date or at, reverse=not after)
    ids = {h.id for h in close}
    return (close + [h for h in hits if h.id not in ids])[:limit]


_FIELD_ORDER = ("title", "text", "name", "predecessor", "successor", "alias", "sentence")


@lru_cache(maxsize=4096)
def _field_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    # A record's fields are explained hit after hit over a stream (`faure search -`): tokenise
    # each once per process.
    return tuple(tokens(text))


@lru_cache(maxsize=4096)
def _field_dates(text: str) -> tuple[DateSpan, ...]:
    from faurecli.dates import find_dates

    return tuple(find_dates(text))


def _field_spans(f: Field, matched: frozenset[str], dates: tuple[ParsedDate, ...]) -> list[tuple[int, int]]:
    spans = [(a, b) for a, b, w in _field_tokens(f.text) if w in matched]
    for compound in _COMPOUND.finditer(f.text):
        if fold(compound.group().replace("-", "")) in matched:
            spans.append(compound.span())
    if dates:
        for span in _field_dates(f.text):
            p = span.parsed
            if any(
                (d.year in (None, p.year) or p.year is None)
                and d.month in (0, p.month)
                and d.day in (0, p.day)
                or d.decade
                and p.year is not None
                and d.matches(p.date)
                for d in dates
            ):
                spans.append((span.start, span.end))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def explain(document: Document, matched: frozenset[str], dates: tuple[ParsedDate, ...] = ()) -> Match | None:
    """The field of a record that holds most of the matched words, with where they stand."""
    best: tuple[tuple[int, int], Field, list[tuple[int, int]]] | None = None
    for f in document.fields:
        if f.name in ("field", "tag"):
            continue
        spans = _field_spans(f, matched, dates)
        if not spans:
            continue
        found = {fold(f.text[a:b]) for a, b in spans}
        rank = _FIELD_ORDER.index(f.name) if f.name in _FIELD_ORDER else 2
        key = (len(found), -rank)
        if best is None or key > best[0]:
            best = (key, f, spans)
    if best is None:
        # Matched by a field's name ("his profession"): that field, its value unmarked.
        for label in (f.text for f in document.fields if f.name == "field" and f.text in matched):
            named = next((f for f in document.fields if f.name == label), None)
            if named is not None:
                return Match(named.name, named.text, (), named.lang, named.sentence)
        if "@date" in matched and document.date is not None:
            text = document.date.human()
            return Match("date", text, ((0, len(text)),))
        return None
    _, f, spans = best
    return Match(f.name, f.text, tuple(spans), f.lang, f.sentence)


def suggest(index: Index, query: str, *, limit: int = 3) -> list[str]:
    """Close words from the store's and the vocabulary's words (English and French), for "did
    you mean"."""
    from rapidfuzz import fuzz, process

    known = index.known or index.vocabulary
    suggestions: list[str] = []
    for query_word in _query_words(query):
        if index.has(query_word) or query_word in STOPWORDS:
            continue
        for word, _, _ in process.extract(query_word, known, scorer=fuzz.ratio, limit=limit, score_cutoff=60):
            if word not in suggestions and not word.isdigit():
                suggestions.append(word)
    return suggestions[:limit]


def highlight_spans(text: str, matched: frozenset[str]) -> list[tuple[int, int]]:
    """Where the matched (folded) words stand in `text`, for the table to emphasise."""
    return [(start, end) for start, end, word in tokens(text) if word in matched]


def marked(text: str, spans: Iterable[tuple[int, int]], *, width: int = 0, left: str = "«", right: str = "»") -> str:
    """`text` with each span between marks; cut to about `width` characters around the first
    span (with "…") when `width` is given and the text is longer."""
    spans = sorted(spans)
    start, end = 0, len(text)
    if width and len(text) > width and spans:
        start = max(0, min(spans[0][0] - width // 4, len(text) - width))
        end = min(len(text), start + width)
        spans = [(a, b) for a, b in spans if a >= start and b <= end]
    out = ["…" if start else ""]
    at = start
    for a, b in spans:
        out += [text[at:a], left, text[a:b], right]
        at = b
    out += [text[at:end], "…" if end < len(text) else ""]
    return "".join(out)


# A query longer than this is a mistake (a pasted file?), not a question.
MAX_QUERY = 1000


def readable(query: str) -> None:
    """BadInput when `query` cannot be a query: longer than MAX_QUERY characters, or without a
    word or number to look for."""
    from faurecli.model import BadInput

    if len(query) > MAX_QUERY:
        raise BadInput(f"the query is {len(query):,} characters long; at most {MAX_QUERY:,}")
    if not any(tokens(query)):
        raise BadInput("the query has no word or number to look for")


@record
class Hits(Listing):
    """What `search` answers: the query as read, the hits best first, and when none matched,
    words of the store close to the query's ("did you mean")."""

    store: Store = field(repr=False, compare=False)
    analysed: AnalysedQuery
    items: tuple[Hit, ...]
    suggestions: tuple[str, ...] = ()


def find(store: Store, index: Index, query: str, *, kinds: Iterable[Kind] | None = None, limit: int = 10) -> Hits:
    """Search `index` (built from `store`) for `query`: BadInput when it cannot be a query."""
    readable(query)
    analysed = analyse(index, query)
    items = tuple(search(index, analysed, kinds=kinds, limit=limit))
    suggestions = tuple(suggest(index, query)) if not items and not analysed.empty else ()
    return Hits(store, analysed, items, suggestions)
