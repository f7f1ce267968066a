"""Fuzzy search over the store: accent- and case-insensitive, typo-tolerant, words in any order.

Each query word is matched to its closest word in a record (exact, prefix, then edit-distance
similarity), and the record's score is the mean of those matches weighted by how rare each
query word is in the store. Whole-string scorers such as WRatio rank a short query against a
long sentence too low; matching word by word does not.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from faurecli.model import Kind, PartialDate, Record, Store

THRESHOLD = 55.0
# More words than any real question has; bounds the work a pasted paragraph can cause.
MAX_QUERY_WORDS = 32
# Below this similarity two different words are not taken for one another.
WORD_CUTOFF = 75.0
# A word found only in the sentences an event cites (often cited just to date it) counts for less
# than a word of the event itself.
CONTEXT_WEIGHT = 0.92
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


# On equal scores: an event before the office it opens, both before the bare sentence.
_KIND_RANK = {Kind.EVENT: 0, Kind.OFFICE: 1, Kind.PERSON: 2, Kind.SENTENCE: 3}


def fold(text: str) -> str:
    """Lower-case and strip accents: "Cambadélis" -> "cambadelis"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _normal(token: str) -> str:
    word = fold(token)
    return word.replace(",", "") if _THOUSANDS.match(word) else word


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


def words(text: str) -> list[str]:
    found = [w for _, _, w in tokens(text)]
    # "re-elected" is also "reelected", "Seine-et-Marne" also "seineetmarne".
    for compound in re.findall(r"[^\W_]+(?:-[^\W_]+)+", unicodedata.normalize("NFC", text)):
        found.append(fold(compound.replace("-", "")))
    return found


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Document(Record):
    """A record as the index sees it: its kind, id, text and date."""

    kind: Kind
    id: str
    text: str
    date: PartialDate | None
    sentences: tuple[str, ...]
    order: int
    size: int


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class _Source(Record):
    """A record to index: its own words, and words it only cites (an event's sentences)."""

    document: Document
    own: frozenset[str]
    context: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Hit(Record):
    """A search result: a record, its score and the query words it matched."""

    kind: Kind
    id: str
    text: str
    score: float
    date: PartialDate | None
    sentences: tuple[str, ...]
    matched: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Index(Record):
    """Postings from word to documents, built once per store and cached."""

    documents: tuple[Document, ...]
    # word -> numbers of the documents that hold it, in their own words or only in what they cite
    postings: dict[str, tuple[int, ...]]
    context: dict[str, tuple[int, ...]]
    vocabulary: tuple[str, ...]
    cited: frozenset[str]

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


def _sources(store: Store) -> Iterator[_Source]:
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
    own = frozenset(words(" ".join(facts)))
    yield _Source(Document(Kind.PERSON, "person", " · ".join(facts), person.birth_date, (), 0, len(own)), own)
    for order, office in enumerate(store.offices):
        # The field names let "Cambadélis predecessor" find the office he preceded Faure in.
        text = " ".join(
            [office.title, "predecessor" * bool(office.predecessors), *office.predecessors]
            + ["successor" * bool(office.successors), *office.successors]
        )
        own = frozenset(words(text))
        cited = tuple(s.id for s in store.source_sentences(office.sources))
        yield _Source(Document(Kind.OFFICE, office.id, office.title, office.start, cited, order, len(own)), own)
    for order, event in enumerate(store.events):
        sentences = list(store.source_sentences(event.sources))
        # An event and its source sentences are one hit: search them together.
        own = frozenset(words(" ".join([event.text, *event.tags])))
        context = frozenset(words(" ".join(s.text for s in sentences))) - own
        document = Document(
            Kind.EVENT, event.id, event.text, event.date, tuple(s.id for s in sentences), order, len(own | context)
        )
        yield _Source(document, own, context)
    for sentence in store.sentences:
        own = frozenset(words(sentence.text))
        document = Document(Kind.SENTENCE, sentence.id, sentence.text, None, (sentence.id,), sentence.index, len(own))
        yield _Source(document, own)


def build_index(store: Store) -> Index:
    """Tokenise every record of the store once."""
    documents = []
    postings: dict[str, list[int]] = defaultdict(list)
    context: dict[str, list[int]] = defaultdict(list)
    for number, source in enumerate(_sources(store)):
        documents.append(source.document)
        for word in source.own:
            postings[word].append(number)
        for word in source.context:
            context[word].append(number)
    cited = frozenset(s for d in documents if d.kind is Kind.EVENT for s in d.sentences)
    return Index(
        tuple(documents),
        {w: tuple(p) for w, p in postings.items()},
        {w: tuple(p) for w, p in context.items()},
        tuple(sorted(postings.keys() | context.keys())),
        cited,
    )


def _similar(index: Index, query_word: str) -> dict[str, float]:
    """Vocabulary words close to `query_word`, with a 0-100 similarity."""
    from rapidfuzz import fuzz, process

    found: dict[str, float] = {}
    if index.has(query_word):
        found[query_word] = 100.0
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
            if shared >= 0.6 * min(len(query_word), len(word)):
                found[word] = max(found.get(word, 0.0), 75.0 + 20.0 * shared / max(len(query_word), len(word)))
    cutoff = WORD_CUTOFF if len(query_word) > 4 else 80.0
    for word, score, _ in process.extract(
        query_word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
    ):
        if not word[0].isdigit():
            found[word] = max(found.get(word, 0.0), 0.97 * score)
    return found


def _query_words(query: str) -> list[str]:
    """The query's distinct folded words, in order, at most MAX_QUERY_WORDS of them."""
    return list(dict.fromkeys(w for _, _, w in tokens(query)))[:MAX_QUERY_WORDS]


def search(index: Index, query: str, *, kinds: Iterable[Kind] | None = None, limit: int = 10) -> list[Hit]:
    """Rank the store's records against `query`, best first, keeping those above THRESHOLD."""
    query_words = _query_words(query)
    if not query_words:
        return []
    wanted = set(kinds) if kinds else set(Kind)
    weights: list[float] = []
    per_word: list[dict[int, tuple[float, str]]] = []
    rarest = math.log(1 + len(index.documents))
    for query_word in query_words:
        similar = _similar(index, query_word)
        best_in: dict[int, tuple[float, str]] = {}
        for word, similarity in similar.items():
            for postings, weight in ((index.postings, 1.0), (index.context, CONTEXT_WEIGHT)):
                for number in postings.get(word, ()):
                    if similarity * weight > best_in.get(number, (0.0, ""))[0]:
                        best_in[number] = (similarity * weight, word)
        per_word.append(best_in)
        # A word found nowhere counts as rare: it should pull every score down.
        weights.append(max((index.idf(w) for w, s in similar.items() if s >= 90), default=rarest))
    total = sum(weights)
    candidates = set().union(*per_word)
    scored = []
    for number in candidates:
        document = index.documents[number]
        if document.kind not in wanted:
            continue
        matches = [best.get(number) for best in per_word]
        score = sum(w * m[0] for w, m in zip(weights, matches, strict=True) if m) / total
        if score < THRESHOLD:
            continue
        matched = frozenset(m[1] for m in matches if m)
        hit = Hit(
            document.kind, document.id, document.text, round(score, 1), document.date, document.sentences, matched
        )
        scored.append((hit, document.size, document.order))
    # On equal scores the most focused record (fewest words) wins, then the kind order.
    scored.sort(key=lambda item: (-item[0].score, item[1], _KIND_RANK[item[0].kind], item[2]))
    hits = [hit for hit, _, _ in scored]
    if Kind.EVENT in wanted:
        # A sentence that an event already stands for is that event's hit, not a second one.
        hits = [h for h in hits if not (h.kind is Kind.SENTENCE and h.id in index.cited)]
    return hits[:limit]


def suggest(index: Index, query: str, *, limit: int = 3) -> list[str]:
    """Close words from the store's vocabulary for the query words, for "did you mean"."""
    from rapidfuzz import fuzz, process

    suggestions: list[str] = []
    for query_word in _query_words(query):
        if index.has(query_word):
            continue
        for word, _, _ in process.extract(
            query_word, index.vocabulary, scorer=fuzz.ratio, limit=limit, score_cutoff=60
        ):
            if word not in suggestions and not word.isdigit():
                suggestions.append(word)
    return suggestions[:limit]


def highlight_spans(text: str, matched: frozenset[str]) -> list[tuple[int, int]]:
    """Where the matched (folded) words stand in `text`, for the table to emphasise."""
    return [(start, end) for start, end, word in tokens(text) if word in matched]
