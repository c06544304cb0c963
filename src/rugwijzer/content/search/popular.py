"""The searches a reader can tap without typing ("Veelgezocht" / "Often searched").

One TOML file per language, ``popular-nl.toml`` and ``popular-en.toml``, with one key:
``terms = ["ischias", "rugpijn", ...]``. The shipped files come first; a clinic's content
folder may hold ``search/popular-<lang>.toml``, whose list replaces the shipped one for
that language. A faulty term costs only that term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ...languages import LANGUAGES
from ..diagnostics import Diagnostic
from ..files import parse_toml, read_text, text_lines
from ..limits import MAX_LIST_BYTES
from .engine import SearchEngine

KEY = "terms"
MAX_TERMS = 8  # one or two rows of buttons on a tablet
MAX_LENGTH = 40

Popular = dict[str, tuple[str, ...]]


def popular_file(folder: Path, lang: str) -> Path:
    return folder / f"popular-{lang}.toml"


def _line_of(lines: list[str], pattern: str) -> int | None:
    found = re.compile(pattern)
    for number, text in enumerate(lines, start=1):
        if found.search(text):
            return number
    return None


def read_popular_file(path: Path) -> tuple[tuple[str, ...] | None, list[Diagnostic]]:
    """The terms of one file (None when the file says nothing usable), and its faults."""
    problems: list[Diagnostic] = []
    text = read_text(path, MAX_LIST_BYTES)
    if isinstance(text, Diagnostic):
        return None, [text]
    lines = text_lines(text)
    table = parse_toml(text, path, 1, "invalid TOML")
    if isinstance(table, Diagnostic):
        return None, [table]
    key_line = _line_of(lines, rf"^\s*{KEY}\s*=")
    for key in table:
        if key != KEY:
            problems.append(Diagnostic(path, _line_of(lines, rf"^\s*\[?\s*{re.escape(key)}\b"),
                                       f"unknown key '{key}' (the file holds only '{KEY}')"))
    value = table.get(KEY)
    if value is None:
        problems.append(Diagnostic(path, None, f"no '{KEY}': list the searches to offer, "
                                               f'like {KEY} = ["ischias", "rugpijn"]'))
        return None, problems
    if not isinstance(value, list):
        problems.append(Diagnostic(path, key_line, f"'{KEY}' must be a list of texts"))
        return None, problems
    terms: list[str] = []
    for item in value:
        line = (_line_of(lines, re.escape(f'"{item}"')) if isinstance(item, str) else None) \
            or key_line
        if not isinstance(item, str):
            problems.append(Diagnostic(path, key_line, f"'{KEY}' must be a list of texts; "
                                                       f"{item!r} is not a text"))
        elif not item.strip():
            problems.append(Diagnostic(path, line, f"'{KEY}' has an empty text"))
        elif len(item.strip()) > MAX_LENGTH or "\n" in item:
            problems.append(Diagnostic(path, line, f"'{item.strip()[:MAX_LENGTH]}…' is too long "
                                                   f"for a button: at most {MAX_LENGTH} "
                                                   "characters on one line"))
        elif item.strip().casefold() in (t.casefold() for t in terms):
            problems.append(Diagnostic(path, line, f"'{item.strip()}' is listed twice",
                                       "warning"))
        elif len(terms) == MAX_TERMS:
            problems.append(Diagnostic(path, line, f"more than {MAX_TERMS} terms: "
                                                   f"'{item.strip()}' and those after it are "
                                                   "left out", "warning"))
            break
        else:
            terms.append(item.strip())
    return tuple(terms), problems


def load_popular(folders: Iterable[Path], languages: tuple[str, ...] = LANGUAGES
                 ) -> tuple[Popular, list[Diagnostic]]:
    """Each language's searches to offer, the last folder's file winning, and every fault.
    A folder without these files is no fault."""
    popular: Popular = {lang: () for lang in languages}
    problems: list[Diagnostic] = []
    for folder in folders:
        for lang in languages:
            path = popular_file(folder, lang)
            if not path.exists():
                continue
            terms, found = read_popular_file(path)
            problems.extend(found)
            if terms is not None:
                popular[lang] = terms
    return popular, problems


def check_popular(folders: Iterable[Path], engine: SearchEngine,
                  languages: tuple[str, ...] = LANGUAGES) -> list[Diagnostic]:
    """The files' faults, and a warning for each offered search that finds nothing."""
    folders = list(folders)
    popular, problems = load_popular(folders, languages)
    for lang, terms in popular.items():
        missing = [term for term in terms if not engine.search(lang, term, 1)]
        if not missing:
            continue
        path = [popular_file(f, lang) for f in folders if popular_file(f, lang).exists()][-1]
        text = read_text(path, MAX_LIST_BYTES)
        lines = text_lines(text) if isinstance(text, str) else []
        for term in missing:
            problems.append(Diagnostic(path, _line_of(lines, re.escape(term)),
                                       f"'{term}' finds no topic in '{lang}'", "warning"))
    return problems
