"""The glossary: plain explanations of the medical words in the texts.

One TOML file per language (``nl.toml``, ``en.toml``) of ``[[term]]`` tables, with the same
term ids in every language. Every definition is an addition to the clinic's page, so each
names the sources it rests on. A faulty term costs only that term: the others load, and every
fault is a diagnostic with file and line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..languages import LANGUAGES
from .diagnostics import Diagnostic
from .files import parse_toml, read_text, text_lines
from .limits import MAX_LIST_BYTES
from .regions import is_region

if TYPE_CHECKING:
    pass

TABLE = "term"
MAX_SENTENCES = 2

# key -> (accepted types, required, description for messages)
KEYS: dict[str, tuple[tuple[type, ...], bool, str]] = {
    "id": ((str,), True, "a text"),
    "term": ((str,), True, "a text"),
    "forms": ((list,), False, "a list of texts"),
    "definition": ((str,), True, "a text"),
    "region": ((str,), False, "a region id"),
    "sources": ((list,), True, "a list of texts"),
}

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HEADER = re.compile(rf"^\s*\[\[\s*{TABLE}\s*\]\]")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")

# Markdown that is not running text: a word there is not a "use" of a term.
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_BLOCK_FENCE = re.compile(r"^\s*:::")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:")
_LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*>")


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    term: str
    definition: str
    sources: tuple[str, ...]
    path: Path
    line: int | None
    forms: tuple[str, ...] = ()
    region: str | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """Every spelling that stands for this term, the headword first."""
        return (self.term, *self.forms)

    def is_named(self, text: str) -> bool:
        """Whether ``text`` is one of the term's spellings, as a page about it is titled."""
        return _normal(text) in {_normal(word) for word in self.words}


@dataclass(frozen=True, slots=True)
class TermUse:
    """The first use of a term in a text: ``body[start:end]`` is the word as written."""

    term_id: str
    start: int
    end: int


@dataclass(slots=True)
class _FileResult:
    terms: list[Term] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    ids: dict[str, int | None] = field(default_factory=dict)  # every id the file names
    read: bool = False  # False: the file as a whole could not be read, so it names no ids


def _normal(word: str) -> str:
    """How spellings are compared: case, runs of spaces and the kind of apostrophe ignored."""
    return " ".join(word.replace("’", "'").casefold().split())


def _line_of(lines: list[str], key: str, first: int) -> int | None:
    """The file line of ``key = ...`` (or of a ``[key]`` table) in ``lines``, which start on
    file line ``first``."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}\s*=|\[\[?\s*{re.escape(key)}\s*\]\]?)")
    for offset, text in enumerate(lines):
        if pattern.match(text):
            return first + offset
    return None


def _sentences(text: str) -> int:
    return len([part for part in _SENTENCE_BREAK.split(text.strip()) if part])


class _EntryLines:
    """File lines of the keys of the ``index``-th [[term]] table; its header line for a key
    it lacks."""

    def __init__(self, lines: list[str], headers: list[int | None], index: int) -> None:
        self.header = headers[index]
        following = headers[index + 1] if index + 1 < len(headers) else None
        end = following - 1 if following is not None else len(lines)
        self.lines = [] if self.header is None else lines[self.header:end]

    def __call__(self, key: str) -> int | None:
        if self.header is None:
            return None
        return _line_of(self.lines, key, self.header + 1) or self.header


def _check_entry(entry: dict, at: _EntryLines,
                 problem: Callable[[int | None, str], None]) -> None:
    for key, value in entry.items():
        if key not in KEYS:
            problem(at(key), f"unknown key '{key}' (known keys: {', '.join(KEYS)})")
            continue
        types, _required, description = KEYS[key]
        if not isinstance(value, types) or (
                isinstance(value, list) and not all(isinstance(v, str) for v in value)):
            problem(at(key), f"'{key}' must be {description}")
    for key, (_types, required, _description) in KEYS.items():
        if required and key not in entry:
            problem(at.header, f"the term has no '{key}'")
    term_id = entry.get("id")
    if isinstance(term_id, str) and not _ID.match(term_id):
        problem(at("id"), f"id '{term_id}' may only use lowercase letters, digits and "
                          "single hyphens")
    for key in ("term", "definition"):
        if isinstance(entry.get(key), str) and not entry[key].strip():
            problem(at(key), f"'{key}' is empty")
    forms = entry.get("forms", [])
    if isinstance(forms, list) and any(isinstance(f, str) and not f.strip() for f in forms):
        problem(at("forms"), "'forms' has an empty text")
    sources = entry.get("sources")
    if isinstance(sources, list) and not any(isinstance(s, str) and s.strip()
                                             for s in sources):
        problem(at("sources"), "'sources' must name at least one source the definition "
                               "rests on")
    region = entry.get("region")
    if isinstance(region, str) and not is_region(region):
        problem(at("region"), f"unknown region '{region}'")


def _read(path: Path) -> _FileResult:
    result = _FileResult()

    def problem(line: int | None, message: str, severity: str = "error") -> None:
        result.problems.append(Diagnostic(path, line, message, severity))

    text = read_text(path, MAX_LIST_BYTES)
    if isinstance(text, Diagnostic):
        result.problems.append(text)
        return result
    lines = text_lines(text)
    data = parse_toml(text, path, 1, "invalid glossary")
    if isinstance(data, Diagnostic):
        result.problems.append(data)
        return result

    for key in data:
        if key != TABLE:
            problem(_line_of(lines, key, 1),
                    f"unknown key '{key}' (a glossary holds only [[{TABLE}]] tables)")
    entries = data.get(TABLE, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        problem(_line_of(lines, TABLE, 1), f"'{TABLE}' must be a list of [[{TABLE}]] tables")
        return result
    result.read = True
    headers: list[int | None] = [number + 1 for number, text in enumerate(lines)
                                 if _HEADER.match(text)]
    if len(headers) != len(entries):
        headers = [None] * len(entries)  # written inline: positions are not known
    words: dict[str, tuple[str, int | None]] = {}
    for index, entry in enumerate(entries):
        before = len(result.problems)
        at = _EntryLines(lines, headers, index)
        _check_entry(entry, at, problem)
        term_id = entry.get("id")
        if isinstance(term_id, str) and _ID.match(term_id):
            if term_id in result.ids:
                problem(at("id"), f"duplicate id '{term_id}': also on line {result.ids[term_id]}")
            else:
                result.ids[term_id] = at("id")
        if any(p.is_error for p in result.problems[before:]):
            continue
        definition = entry["definition"].strip()
        if _sentences(definition) > MAX_SENTENCES:
            problem(at("definition"), f"the definition has {_sentences(definition)} sentences; "
                                      f"keep it to {MAX_SENTENCES}", "warning")
        kept: list[str] = []
        for position, word in enumerate([entry["term"], *entry.get("forms", [])]):
            owner = words.get(_normal(word))
            if owner is not None:
                problem(at("forms") if position else at("term"),
                        f"'{word.strip()}' already stands for term '{owner[0]}' "
                        f"(line {owner[1]})")
            elif _normal(word) not in {_normal(k) for k in kept}:
                kept.append(word.strip())
        if not kept or _normal(kept[0]) != _normal(entry["term"]):
            continue
        for word in kept:
            words[_normal(word)] = (term_id, at("id"))
        result.terms.append(Term(
            id=term_id, term=kept[0], definition=definition,
            sources=tuple(s.strip() for s in entry["sources"] if s.strip()), path=path,
            line=at("id"), forms=tuple(kept[1:]), region=entry.get("region")))
    return result


def load_glossary_file(path: Path) -> tuple[list[Term], list[Diagnostic]]:
    """The terms of one language's glossary file, and its faults."""
    result = _read(path)
    return result.terms, result.problems


def load_glossary(folder: Path, languages: tuple[str, ...] = LANGUAGES
                  ) -> tuple[dict[str, list[Term]], list[Diagnostic]]:
    """Every language's terms from ``folder``, and every fault, including a term that one
    language explains and another does not. A folder without glossary files is no fault."""
    terms: dict[str, list[Term]] = {lang: [] for lang in languages}
    problems: list[Diagnostic] = []
    paths = {lang: folder / f"{lang}.toml" for lang in languages}
    if not any(path.is_file() for path in paths.values()):
        return terms, problems
    read: dict[str, _FileResult] = {}
    for lang, path in paths.items():
        if not path.is_file():
            problems.append(Diagnostic(path, None, f"the glossary has no '{lang}' file: "
                                                   "every term needs each language"))
            continue
        read[lang] = _read(path)
        terms[lang] = read[lang].terms
        problems.extend(read[lang].problems)
    complete = {lang: result for lang, result in read.items() if result.read}
    for lang, result in complete.items():
        for other, other_result in complete.items():
            for term_id, line in result.ids.items():
                if term_id not in other_result.ids:
                    problems.append(Diagnostic(paths[lang], line,
                                               f"term '{term_id}' has no '{other}' version "
                                               f"in {paths[other].name}"))
    return terms, problems


def _running_text(body: str) -> str:
    """``body`` with headings, links, link targets and block fences blanked out, so that
    positions in it are positions in ``body``."""
    chars = list(body)

    def blank(start: int, end: int) -> None:
        chars[start:end] = [c if c in "\r\n" else " " for c in body[start:end]]

    lines = body.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for number, line in enumerate(lines):
        text = line.rstrip("\r\n")
        underline = (_SETEXT_UNDERLINE.match(text) and number > 0
                     and lines[number - 1].strip()
                     and not _ATX_HEADING.match(lines[number - 1]))
        if underline:
            blank(starts[number - 1], starts[number])
        if (underline or _ATX_HEADING.match(text) or _BLOCK_FENCE.match(text)
                or _REFERENCE_DEFINITION.match(text)):
            blank(starts[number], starts[number] + len(text))
    for pattern in (_LINK, _AUTOLINK):
        for match in pattern.finditer(body):
            blank(match.start(), match.end())
    return "".join(chars)


def _pattern(word: str) -> str:
    parts = [re.escape(part).replace("'", "['’]") for part in _normal(word).split()]
    return r"\s+".join(parts)


def first_uses(body: str, terms: Iterable[Term]) -> list[TermUse]:
    """Where each term is first used in a topic's Markdown ``body``, in order of position.

    Any of a term's spellings counts, as a whole word in any case; a word that is part of a
    longer word or of a hyphenated compound ("hernia-operatie" is not "hernia") does not,
    and neither does a word in a heading, a link's text or a link's target. Where spellings
    of two terms overlap, the longest wins.
    """
    owner: dict[str, str] = {}
    for term in terms:
        for word in term.words:
            owner.setdefault(_normal(word), term.id)
    if not owner:
        return []
    alternatives = "|".join(_pattern(word) for word in sorted(owner, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?<!\w-)(?:{alternatives})(?!\w)(?!-\w)", re.IGNORECASE)
    found: dict[str, TermUse] = {}
    for match in pattern.finditer(_running_text(body)):
        term_id = owner[_normal(match.group())]
        if term_id not in found:
            found[term_id] = TermUse(term_id, match.start(), match.end())
    return sorted(found.values(), key=lambda use: use.start)


def link_first_uses(body: str, terms: Iterable[Term], skip: Iterable[str] = ()
                    ) -> tuple[str, list[str]]:
    """``body`` with the first use of each term made a ``term:ID`` link, and the ids linked.

    Terms in ``skip`` (explained earlier on the same page) are left alone.
    """
    skipped = set(skip)
    uses = first_uses(body, [term for term in terms if term.id not in skipped])
    for use in reversed(uses):
        body = (f"{body[:use.start]}[{body[use.start:use.end]}](term:{use.term_id})"
                f"{body[use.end:]}")
    return body, [use.term_id for use in uses]


def alphabetical(terms: Iterable[Term]) -> list[Term]:
    """``terms`` in the order of a dictionary: "röntgenfoto" among the r's, case ignored."""
    def key(term: Term) -> str:
        letters = unicodedata.normalize("NFKD", term.term.casefold())
        return "".join(c for c in letters if not unicodedata.combining(c))

    return sorted(terms, key=key)
