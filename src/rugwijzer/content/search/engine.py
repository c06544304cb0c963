"""From what a reader types to ranked results, each with a snippet and a part of the spine.

Every part of a query must be found in a result: a word (by itself, its stem, a compound
it is part of, a word it begins while being typed, or within a typing slip or two), or a
lay term from the synonym list (by its own words, the words it stands for, or the topics
it points at). Stop words count for nothing.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Library
from .documents import Document
from .fuzzy import allowed_slips
from .index import Index, topic_index
from .snippets import Piece, snippet
from .synonyms import LayTerm, Synonyms
from .text import WORD, fold, is_stop_word, prepare

# How much a match counts against the word itself.
SAME_STEM = 0.9
COMPLETION = 0.8
COMPOUND_PART = 0.5
QUERY_COMPOUND = 0.6
ONE_SLIP = 0.7
TWO_SLIPS = 0.5
SYNONYM = 0.9
# A topic a lay term points at comes first among that term's results by this much.
POINTED_AT = 1.0
# Words a half-typed word may become, by its length ("p" could be anything), the most
# widespread first, until they have been seen in this many places together: a keystroke
# then costs about the same in a library of 14 topics or of thousands.
COMPLETIONS = (0, 10, 20, 40)
COMPLETION_PLACES = 3000

Expansion = dict[str, float]  # an indexed word and how much it counts


@dataclass(frozen=True, slots=True)
class Result:
    id: str  # the topic's id (or a glossary term's, when kind is "glossary")
    kind: str
    title: str
    snippet: tuple[Piece, ...]  # (text, found) pieces: found words are to be highlighted
    score: float
    region: str | None  # the part of the spine to show beside the result, if any


@dataclass(slots=True)
class _Word:
    text: str
    partial: bool  # still being typed: may be the beginning of a longer word
    known: bool  # the texts use it, or a word of its stem


@dataclass(slots=True)
class _Clause:
    """One part of the query; a document must match one of its alternatives."""

    alternatives: list[tuple[float, list[Expansion]]] = field(default_factory=list)
    topics: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


class SearchEngine:
    """Searches one library; each language's index is built on its first search."""

    def __init__(self, library: Library, synonyms: Synonyms | None = None,
                 extra: Callable[[str], Iterable[Document]] | None = None) -> None:
        self.library = library
        self.synonyms = synonyms if synonyms is not None else Synonyms()
        self._extra = extra
        self._indexes: dict[str, Index] = {}

    def index(self, lang: str) -> Index:
        if lang not in self._indexes:
            extra = self._extra(lang) if self._extra is not None else ()
            self._indexes[lang] = topic_index(self.library, lang, extra)
        return self._indexes[lang]

    def search(self, lang: str, query: str, limit: int = 10) -> list[Result]:
        """The documents that match every part of ``query``, best first."""
        index = self.index(lang)
        clauses = self._clauses(index, query)
        if not clauses or limit <= 0:
            return []
        total: dict[int, float] | None = None
        per_clause = []
        for clause in clauses:
            scores = _clause_scores(index, clause)
            per_clause.append(scores)
            total = dict(scores) if total is None else {
                doc: value + scores[doc] for doc, value in total.items() if doc in scores}
            if not total:
                return []
        chosen = total
        if len(total) > limit:
            lowest = heapq.nlargest(limit, total.values())[-1]
            chosen = {doc: value for doc, value in total.items() if value >= lowest}
        ranked = sorted(chosen, key=lambda d: (-total[d], index.documents[d].order,
                                               index.documents[d].title.casefold()))
        return [self._result(index, doc, total[doc], clauses, per_clause)
                for doc in ranked[:limit]]

    # ----- the query -----------------------------------------------------------------

    def _clauses(self, index: Index, query: str) -> list[_Clause]:
        lang = index.lang
        folded = fold(prepare(query))
        found = list(WORD.finditer(folded))
        typing = bool(found) and found[-1].end() == len(folded)
        query_words: list[_Word] = []
        for number, match in enumerate(found):
            text = match.group()
            partial = typing and number == len(found) - 1
            if (len(text) < 2 or is_stop_word(text, lang)) and not (partial and len(found) == 1):
                continue
            query_words.append(_Word(text, partial, text in index.postings
                                     or bool(index.same_stem(text))))
        table = self.synonyms.table(lang)
        spans = table.find([w.text for w in query_words], [w.known for w in query_words],
                           bool(query_words) and query_words[-1].partial)
        starts = {start: (end, terms) for start, end, terms in spans}
        clauses: list[_Clause] = []
        position = 0
        while position < len(query_words):
            if position in starts:
                end, terms = starts[position]
                clauses.append(self._synonym_clause(index, query_words[position:end], terms))
                position = end
                continue
            word = query_words[position]
            joined = None
            if position + 1 < len(query_words) and position + 1 not in starts:
                joined = _joined(index, word, query_words[position + 1])
            if joined is not None:
                clauses.append(joined)
                position += 2
            else:
                clauses.append(_Clause(_word_alternatives(index, word)))
                position += 1
        return clauses

    @staticmethod
    def _synonym_clause(index: Index, own: list[_Word], terms: tuple[LayTerm, ...]) -> _Clause:
        clause = _Clause()
        own_groups = [_expand(index, word, slips=False) for word in own]
        if all(own_groups):
            clause.alternatives.append((1.0, own_groups))
        for term in terms:
            for target in term.targets:
                groups = [_expand(index, _Word(w, False, True), slips=False) for w in target]
                if all(groups):
                    clause.alternatives.append((SYNONYM, groups))
        clause.topics = tuple(t for term in terms for t in term.topics)
        clause.regions = tuple(r for term in terms for r in term.regions)
        return clause

    # ----- results -------------------------------------------------------------------

    def _result(self, index: Index, doc: int, score: float, clauses: list[_Clause],
                per_clause: list[dict[int, float]]) -> Result:
        document = index.documents[doc]
        terms: dict[str, int] = {}
        for number, clause in enumerate(clauses):
            for _factor, groups in clause.alternatives:
                for expansion in groups:
                    for term in expansion:
                        if doc in index.postings[term]:
                            terms.setdefault(term, number)
        folded = index.folded[doc]
        pieces = snippet([(document.summary, folded.summary), (document.text, folded.text)],
                         terms)
        region = document.regions[0] if document.regions else None
        for clause, scores in zip(clauses, per_clause, strict=True):
            pointed = [r for r in clause.regions if r in document.regions]
            if pointed and doc in scores:
                region = pointed[0]
                break
        return Result(document.id, document.kind, document.title, pieces, round(score, 4),
                      region)


def _expand(index: Index, word: _Word, slips: bool = True) -> Expansion:
    """The indexed words that ``word`` finds, each with how much it counts."""
    found: Expansion = {}
    if word.text in index.postings:
        found[word.text] = 1.0
    for term in index.same_stem(word.text):
        found.setdefault(term, SAME_STEM)
    for term in list(found):
        for host in index.compounds.get(term, ()):
            found.setdefault(host, COMPOUND_PART)
    if word.partial:
        limit = COMPLETIONS[min(len(word.text), len(COMPLETIONS) - 1)]
        places = 0
        for term in index.completions(word.text, limit):
            places += len(index.postings[term])
            if places > COMPLETION_PLACES and found:
                break
            found.setdefault(term, COMPLETION * (0.5 + 0.5 * len(word.text) / len(term)))
    if not found and slips:
        for term, distance in index.fuzzy.near(word.text, allowed_slips(word.text),
                                               prefix=word.partial):
            found[term] = ONE_SLIP if distance <= 1 else TWO_SLIPS
    return found


def _word_alternatives(index: Index, word: _Word) -> list[tuple[float, list[Expansion]]]:
    expansion = _expand(index, word)
    if expansion:
        return [(1.0, [expansion])]
    return [(QUERY_COMPOUND, groups) for groups in _split(index, word)]


def _joined(index: Index, first: _Word, second: _Word) -> _Clause | None:
    """Two words the texts write as one ("rug pijn" as "rugpijn"), found either way."""
    together = _Word(first.text + second.text, second.partial, True)
    if not (together.text in index.postings or index.same_stem(together.text)
            or (together.partial and index.completions(together.text, 1))):
        return None
    apart = [_expand(index, first), _expand(index, second)]
    clause = _Clause([(1.0, [_expand(index, together, slips=False)])])
    if all(apart):
        clause.alternatives.append((1.0, apart))
    return clause


def _split(index: Index, word: _Word) -> list[list[Expansion]]:
    """A compound the texts do not use, by its parts: "onderrug" as "rug", "rugpijnen" as
    "rug" and "pijnen"."""
    text = word.text
    for cut in range(len(text) - 2, 1, -1):
        left, right = _Word(text[:cut], False, True), _Word(text[cut:], word.partial, True)
        right_found = _expand(index, right, slips=False)
        if not right_found:
            continue
        if is_stop_word(left.text, index.lang):
            return [[right_found]]
        left_found = _expand(index, left, slips=False)
        if left_found:
            return [[left_found, right_found]]
    return []


def _clause_scores(index: Index, clause: _Clause) -> dict[int, float]:
    scores: dict[int, float] = {}
    for factor, groups in clause.alternatives:
        for doc, value in _group_scores(index, groups).items():
            value *= factor
            if value > scores.get(doc, 0.0):
                scores[doc] = value
    if clause.topics:
        top = max(scores.values(), default=1.0)
        for topic_id in clause.topics:
            doc = index.position.get(topic_id)
            if doc is not None:
                scores[doc] = max(scores.get(doc, 0.0), top) + POINTED_AT
    return scores


def _group_scores(index: Index, groups: list[Expansion]) -> dict[int, float]:
    """Documents with a word of every group, scored by the best word of each."""
    total: dict[int, float] | None = None
    for expansion in groups:
        scores: dict[int, float] = {}
        for term, factor in expansion.items():
            weight = factor * index.idf[term]
            for doc, value in index.postings[term].items():
                value *= weight
                if value > scores.get(doc, 0.0):
                    scores[doc] = value
        total = scores if total is None else {
            doc: value + scores[doc] for doc, value in total.items() if doc in scores}
        if not total:
            return {}
    return total or {}

