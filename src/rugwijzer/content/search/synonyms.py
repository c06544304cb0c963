"""The words patients use, and the words of the texts that mean the same to them.

One TOML file per language, ``synonyms-nl.toml`` and ``synonyms-en.toml``: each line a lay
term and a list of what it stands for, e.g. ``ischias = ["topic:hernia", "zenuwwortel"]``.
A target is a word or phrase of the texts, ``topic:ID`` (that topic comes first) or
``region:ID`` (the part of the spine a result shows). The shipped files come first; a
clinic's content folder may add ``search/synonyms-<lang>.toml``, whose lay terms add to
or replace the shipped ones. A faulty entry costs only that entry.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...languages import LANGUAGES
from ..diagnostics import Diagnostic
from ..files import parse_toml, read_text, text_lines
from ..limits import MAX_LIST_BYTES
from ..model import Library
from ..regions import is_region
from .documents import topic_document
from .fuzzy import FuzzyVocabulary, allowed_slips
from .index import Index, Vocabulary
from .text import is_stop_word, stem, words

_KEY = re.compile(r"""^\s*\[?\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*[=\]]""")


@dataclass(frozen=True, slots=True)
class LayTerm:
    phrase: str  # as the file spells it
    words: tuple[str, ...]  # folded, without stop words
    key: tuple[str, ...]  # the stems of ``words``: "pijn in het been" is "pijn been"
    targets: tuple[tuple[str, ...], ...]  # each target phrase as folded words
    topics: tuple[str, ...]
    regions: tuple[str, ...]
    path: Path
    line: int | None


def synonym_file(folder: Path, lang: str) -> Path:
    return folder / f"synonyms-{lang}.toml"


def _key_lines(lines: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        match = _KEY.match(text)
        if match is None:
            continue
        raw = match.group(1)
        try:
            key = tomllib.loads(f"k = {raw}")["k"] if raw.startswith(("'", '"')) else raw
        except tomllib.TOMLDecodeError:
            continue
        found.setdefault(key, number)
    return found


def _significant(text: str, lang: str) -> tuple[str, ...]:
    """The words search looks for: not stop words, nor single letters (as in "X-ray")."""
    return tuple(w for w in words(text) if len(w) > 1 and not is_stop_word(w, lang))


def read_synonym_file(path: Path, lang: str) -> tuple[list[LayTerm], list[Diagnostic]]:
    """The lay terms of one file, and what is wrong in it with FILE:LINE."""
    problems: list[Diagnostic] = []

    def problem(line: int | None, message: str, severity: str = "error") -> None:
        problems.append(Diagnostic(path, line, message, severity))

    text = read_text(path, MAX_LIST_BYTES)
    if isinstance(text, Diagnostic):
        return [], [text]
    lines = text_lines(text)
    table = parse_toml(text, path, 1, "invalid TOML")
    if isinstance(table, Diagnostic):
        return [], [table]

    key_lines = _key_lines(lines)
    terms: list[LayTerm] = []
    seen: dict[tuple[str, ...], LayTerm] = {}
    for phrase, value in table.items():
        line = key_lines.get(phrase)
        lay_words = _significant(phrase, lang)
        if not lay_words:
            problem(line, f"lay term '{phrase}' has no words to search for")
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problem(line, f"'{phrase}' must be a list of texts, like "
                          f'{phrase.split()[0]} = ["word", "topic:hernia"]')
            continue
        if not value:
            problem(line, f"'{phrase}' has no targets: say which words or topics it means")
            continue
        targets: list[tuple[str, ...]] = []
        topics: list[str] = []
        regions: list[str] = []
        faulty = False
        for item in value:
            kind, _, name = item.partition(":")
            if kind in ("topic", "region") and name:
                chosen = topics if kind == "topic" else regions
                if kind == "region" and not is_region(name.strip()):
                    problem(line, f"'{phrase}': unknown region '{name.strip()}'")
                    faulty = True
                elif name.strip() in chosen:
                    problem(line, f"'{phrase}': '{item}' is listed twice", "warning")
                else:
                    chosen.append(name.strip())
                continue
            target = _significant(item, lang)
            if not target:
                problem(line, f"'{phrase}': target '{item}' has no words to search for")
                faulty = True
            elif target in targets:
                problem(line, f"'{phrase}': '{item}' is listed twice", "warning")
            else:
                targets.append(target)
        if faulty:
            continue
        key = tuple(stem(w, lang) for w in lay_words)
        if key in seen:
            earlier = seen[key]
            problem(line, f"lay term '{phrase}' is the same as '{earlier.phrase}' on line "
                          f"{earlier.line}")
            continue
        term = LayTerm(phrase, lay_words, key, tuple(targets), tuple(topics), tuple(regions),
                       path, line)
        seen[key] = term
        terms.append(term)
    return terms, problems


class SynonymTable:
    """One language's lay terms, ready to be found in a query."""

    def __init__(self, lang: str, terms: Iterable[LayTerm] = ()) -> None:
        self.lang = lang
        self.terms = list(terms)
        self._by_stem: dict[str, set[str]] = {}
        for term in self.terms:
            for word, root in zip(term.words, term.key, strict=True):
                self._by_stem.setdefault(root, set()).add(word)
        self._fuzzy = FuzzyVocabulary({w for t in self.terms for w in t.words})

    def accepted(self, word: str, known: bool, partial: bool) -> set[str]:
        """The lay-term words that query word ``word`` may stand for: the same stem or, for
        a word the texts do not know, a beginning while it is typed or a typing slip."""
        found = set(self._by_stem.get(stem(word, self.lang), ()))
        if known:
            return found
        if partial:
            found.update(w for w in self._fuzzy.words if w.startswith(word))
        if not found:
            found.update(w for w, _ in self._fuzzy.near(word, allowed_slips(word)))
        return found

    def find(self, query: list[str], known: list[bool], partial: bool
             ) -> list[tuple[int, int, tuple[LayTerm, ...]]]:
        """Lay terms in the query's words (stop words left out), longest first, as
        (first word, end, terms). The query may end inside a lay term when its words there
        mean nothing to the texts on their own ("slipped", on the way to "slipped disc")."""
        accepted = [self.accepted(w, k, partial and n == len(query) - 1)
                    for n, (w, k) in enumerate(zip(query, known, strict=True))]
        found = []
        start = 0
        while start < len(query):
            best, chosen = 0, []
            for term in self.terms:
                length = self._length(term, query, accepted, known, start, partial)
                if length > best:
                    best, chosen = length, [term]
                elif length and length == best:
                    chosen.append(term)
            if best:
                found.append((start, start + best, tuple(chosen)))
                start += best
            else:
                start += 1
        return found

    @staticmethod
    def _length(term: LayTerm, query: list[str], accepted: list[set[str]], known: list[bool],
                start: int, partial: bool) -> int:
        for offset, word in enumerate(term.words):
            at = start + offset
            if at == len(query):
                unknown = not any(known[start:])
                return offset if unknown and offset > 0 else 0
            if word not in accepted[at]:
                return 0
            if partial and at == len(query) - 1 and offset == 0 and len(term.words) == 1 \
                    and len(query[at]) < 3 and word != query[at]:
                return 0
        return len(term.words)


@dataclass(slots=True)
class Synonyms:
    tables: dict[str, SynonymTable] = field(default_factory=dict)

    def table(self, lang: str) -> SynonymTable:
        if lang not in self.tables:
            self.tables[lang] = SynonymTable(lang)
        return self.tables[lang]


def load_synonyms(folders: Iterable[Path]) -> tuple[Synonyms, list[Diagnostic]]:
    """The synonym files of ``folders`` in order; a later folder's lay term replaces an
    earlier one spelled alike. Folders without such files are skipped."""
    problems: list[Diagnostic] = []
    per_language: dict[str, dict[tuple[str, ...], LayTerm]] = {lang: {} for lang in LANGUAGES}
    for folder in folders:
        for lang in LANGUAGES:
            path = synonym_file(folder, lang)
            if not path.is_file():
                continue
            terms, found = read_synonym_file(path, lang)
            problems.extend(found)
            for term in terms:
                per_language[lang][term.key] = term
    tables = {lang: SynonymTable(lang, list(terms.values()))
              for lang, terms in per_language.items()}
    return Synonyms(tables), problems


def check_synonyms(folders: Iterable[Path], library: Library,
                   words: Callable[[str], Vocabulary | Index] | None = None
                   ) -> list[Diagnostic]:
    """Everything wrong in the synonym files of ``folders``, also against ``library``:
    unknown topics (errors) and target words no topic of that language uses (warnings).
    ``words(lang)`` gives what the topics of a language hold, when it is at hand (a search
    engine's index); otherwise only their words are collected."""
    problems: list[Diagnostic] = []
    known_ids = library.ids()
    for lang in LANGUAGES:
        paths = [synonym_file(folder, lang) for folder in folders]
        paths = [path for path in paths if path.is_file()]
        index = None if not paths else words(lang) if words is not None else \
            Vocabulary(lang, (topic_document(t) for t in library.in_language(lang)))
        for path in paths:
            terms, found = read_synonym_file(path, lang)
            for term in terms:
                found.extend(
                    Diagnostic(path, term.line,
                               f"'{term.phrase}': topic '{topic_id}' does not exist")
                    for topic_id in term.topics if topic_id not in known_ids)
                for target in term.targets:
                    missing = [w for w in target if not index.knows(w)]
                    if missing:
                        found.append(Diagnostic(
                            path, term.line,
                            f"'{term.phrase}': no {lang} topic uses "
                            f"{', '.join(repr(w) for w in missing)}, so it finds nothing",
                            "warning"))
            problems.extend(sorted(found, key=lambda p: p.line or 0))
    return problems
