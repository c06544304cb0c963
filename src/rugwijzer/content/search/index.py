"""An inverted index of one language's documents: which words occur where, and how much.

Each word's weight in a document adds up its fields (a word in the title counts most),
with the saturation of BM25: the tenth "hernia" in a text adds little, and a word in a
short title weighs more than in a long one. Besides the words themselves the index knows
their stems, their beginnings (for a word still being typed) and which longer words they
end Dutch compounds of ("pijn" in "rugpijn", "been" in "bovenbeen").
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Library
from .documents import Document, topic_document
from .fuzzy import FuzzyVocabulary
from .text import WORD, fold, is_stop_word, stem

FIELD_WEIGHTS = {"title": 6.0, "summary": 2.5, "text": 1.0}
_K1 = 1.2
_B = 0.75
# A word is found at the end of a compound from this length ("been" in "bovenbeen"), at
# its start from this length ("wervel" in "wervelkanaal"), or shorter when the rest is a
# word too ("rug" in "rugpijn"); other short words would find too much ("ring" in
# "vernauwing", "ver" in "verkrampen").
_SUFFIX_PART = 4
_PREFIX_PART = 5
_SHORT_PREFIX_PART = 3


def field_terms(folded: str, lang: str) -> list[str]:
    """The words of a folded field that the index keeps: no single letters, no stop words."""
    return [w for w in WORD.findall(folded) if len(w) > 1 and not is_stop_word(w, lang)]


@dataclass(frozen=True, slots=True)
class DocumentText:
    """A document's fields folded for matching; positions match the original text."""

    title: str
    summary: str
    text: str


class Index:
    def __init__(self, lang: str, documents: Iterable[Document]) -> None:
        self.lang = lang
        self.documents: list[Document] = list(documents)
        self.folded: list[DocumentText] = []
        self.position: dict[str, int] = {}
        fields: list[dict[str, Counter[str]]] = []
        lengths: dict[str, list[int]] = {name: [] for name in FIELD_WEIGHTS}
        for number, document in enumerate(self.documents):
            self.position.setdefault(document.id, number)
            folded = DocumentText(fold(document.title), fold(document.summary),
                                  fold(document.text))
            self.folded.append(folded)
            counts: dict[str, Counter[str]] = {}
            for name in FIELD_WEIGHTS:
                terms = field_terms(getattr(folded, name), lang)
                counts[name] = Counter(terms)
                lengths[name].append(len(terms))
            fields.append(counts)

        averages = {name: max(1.0, sum(values) / max(1, len(values)))
                    for name, values in lengths.items()}
        self.postings: dict[str, dict[int, float]] = {}
        for number, counts in enumerate(fields):
            weights: dict[str, float] = {}
            for name, weight in FIELD_WEIGHTS.items():
                norm = _K1 * (1 - _B + _B * lengths[name][number] / averages[name])
                for term, tf in counts[name].items():
                    weights[term] = weights.get(term, 0.0) + weight * tf * (_K1 + 1) / (tf + norm)
            for term, weight in weights.items():
                self.postings.setdefault(term, {})[number] = weight

        total = len(self.documents)
        self.idf = {term: math.log(1 + (total - len(found) + 0.5) / (len(found) + 0.5))
                    for term, found in self.postings.items()}
        self.vocabulary = sorted(self.postings)
        self.stems: dict[str, str] = {}
        by_stem: dict[str, list[str]] = {}
        for term in self.vocabulary:
            root = stem(term, lang)
            self.stems[term] = root
            by_stem.setdefault(root, []).append(term)
        self.by_stem = {root: tuple(terms) for root, terms in by_stem.items()}
        self.compounds = self._compounds()
        self.fuzzy = FuzzyVocabulary(self.vocabulary)

    def _compounds(self) -> dict[str, tuple[str, ...]]:
        known = self.postings
        found: dict[str, list[str]] = {}
        for term in self.vocabulary:
            for cut in range(_SHORT_PREFIX_PART, len(term) - _SUFFIX_PART + 1):
                if term[cut:] in known:
                    found.setdefault(term[cut:], []).append(term)
                if term[:cut] in known and (cut >= _PREFIX_PART or term[cut:] in known):
                    found.setdefault(term[:cut], []).append(term)
        return {part: tuple(dict.fromkeys(terms)) for part, terms in found.items()}

    def __len__(self) -> int:
        return len(self.documents)

    def same_stem(self, word: str) -> tuple[str, ...]:
        return self.by_stem.get(stem(word, self.lang), ())

    def completions(self, start: str, limit: int) -> list[str]:
        """Up to ``limit`` words that begin with ``start`` (longer than it), the most
        widespread first."""
        first = bisect_left(self.vocabulary, start)
        last = bisect_left(self.vocabulary, start + "\U0010ffff", first)
        found = [t for t in self.vocabulary[first:last] if t != start]
        if len(found) > limit:
            found.sort(key=lambda term: -len(self.postings[term]))
            found = found[:limit]
        return found

    def knows(self, word: str) -> bool:
        """Whether ``word``, a word of its stem or a compound it ends or starts is indexed."""
        return word in self.postings or bool(self.same_stem(word)) or word in self.compounds


class Vocabulary:
    """The words an index of ``documents`` would hold, for asking :meth:`Index.knows` of a
    few words without building the index: the stems of its words, the slow part, are
    worked out only when a word asked for is not one of them. (A compound part is known
    only as a word of its own, so it needs no table here.)"""

    def __init__(self, lang: str, documents: Iterable[Document]) -> None:
        self.lang = lang
        self.words = {term for document in documents
                      for text in (document.title, document.summary, document.text)
                      for term in field_terms(fold(text), lang)}
        self._stems: set[str] | None = None

    def knows(self, word: str) -> bool:
        if word in self.words:
            return True
        if self._stems is None:
            self._stems = {stem(term, self.lang) for term in self.words}
        return stem(word, self.lang) in self._stems


def topic_index(library: Library, lang: str, extra: Iterable[Document] = ()) -> Index:
    """The index of every topic of ``library`` in ``lang``, and of ``extra`` documents."""
    return Index(lang, [*(topic_document(t) for t in library.in_language(lang)), *extra])
