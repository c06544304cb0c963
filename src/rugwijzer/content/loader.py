"""Reading topic files: Markdown with TOML front matter between ``+++`` fences.

A broken file never stops the others: it yields diagnostics instead of a topic.

What a file was read as is kept in the cache folder (see :mod:`rugwijzer.cache`) under the
hash of its text, so that a later start reads each unchanged file but parses none of it.
"""

from __future__ import annotations

import datetime as dt
import marshal
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import cache
from ..languages import LANGUAGES
from . import diagnostics as _diagnostics
from . import files as _files
from . import limits as _limits
from . import model as _model
from . import regions as _regions
from .diagnostics import Diagnostic
from .files import listed, parse_toml, read_text, text_lines
from .limits import MAX_FILE_BYTES, markdown_problem
from .model import KINDS, Library, Topic
from .regions import VIEWS

FENCE = "+++"

_STR = (str,)
_LIST = (list,)

# field name -> (accepted Python types, required, description for messages)
FIELDS: dict[str, tuple[tuple[type, ...], bool, str]] = {
    "id": (_STR, True, "a text"),
    "kind": (_STR, True, "a text"),
    "title": (_STR, True, "a text"),
    "order": ((int,), True, "a whole number"),
    "source": (_STR, True, "a text"),
    "updated": ((dt.date,), True, "a date like 2026-12-02"),
    "summary": (_STR, False, "a text"),
    "regions": (_LIST, False, "a list of region ids"),
    "related": (_LIST, False, "a list of topic ids"),
    "view": (_STR, False, "a text"),
    "addition": ((bool,), False, "true or false"),
    "approved_by": (_STR, False, "a text"),
    "approved_on": ((dt.date,), False, "a date like 2026-12-02"),
    "sources": (_LIST, False, "a list of texts"),
    "key_points": (_LIST, False, "a list of texts"),
    "include": (_LIST, False, "a list of topic ids"),
}
# Keys of older versions, read as the key that replaced them, with a warning.
RENAMED = {
    "reviewed": ("updated", "'reviewed' claimed a review; rename it to 'updated' (the date "
                            "the text last changed)"),
}

TOPIC_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class ParsedFile:
    topic: Topic | None
    diagnostics: list[Diagnostic]
    key_lines: dict[str, int]


def key_line(front_lines: list[str], key: str, first_line: int) -> int:
    """The file line on which ``key`` is assigned in the front matter, or the fence line."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for offset, text in enumerate(front_lines):
        if pattern.match(text):
            return first_line + offset
    return first_line - 1


_ASSIGNMENT = re.compile(r"^\s*([^\s=]+)\s*=")


def assignment_lines(lines: list[str], keys: Iterable[str], first_line: int) -> dict[str, int]:
    """:func:`key_line` of each of ``keys``, read in one pass however many keys there are."""
    assigned: dict[str, int] = {}
    for offset, text in enumerate(lines):
        match = _ASSIGNMENT.match(text)
        if match:
            assigned.setdefault(match.group(1), first_line + offset)
    return {key: assigned.get(key, first_line - 1) for key in keys}


def parse_topic(path: Path, lang: str) -> ParsedFile:
    """Parse one topic file; every problem becomes a diagnostic with file and line."""
    text = read_text(path, MAX_FILE_BYTES)
    if isinstance(text, Diagnostic):
        return ParsedFile(None, [text], {})
    return parse_topic_text(text, path, lang)


def parse_topic_text(text: str, path: Path, lang: str) -> ParsedFile:
    """Parse the text of the topic file ``path``, as :func:`read_text` gives it."""
    diagnostics: list[Diagnostic] = []

    def error(line: int | None, message: str) -> None:
        diagnostics.append(Diagnostic(path, line, message))

    def warning(line: int | None, message: str) -> None:
        diagnostics.append(Diagnostic(path, line, message, "warning"))

    lines = text_lines(text)
    if not lines or lines[0].strip() != FENCE:
        error(1, f"the file must start with a front matter block opened by a '{FENCE}' line")
        return ParsedFile(None, diagnostics, {})
    try:
        closing = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        error(1, f"the front matter opened here is never closed with a '{FENCE}' line")
        return ParsedFile(None, diagnostics, {})

    front_lines = lines[1:closing]
    first_front_line = 2
    meta = parse_toml("\n".join(front_lines), path, first_front_line, "invalid front matter")
    if isinstance(meta, Diagnostic):
        return ParsedFile(None, [meta], {})

    lines_of = assignment_lines(front_lines, meta, first_front_line)
    spelled = {key: key for key in FIELDS}
    for old, (new, message) in RENAMED.items():
        if old not in meta:
            continue
        value = meta.pop(old)
        if new in meta:
            warning(lines_of[old], f"'{old}' is ignored: '{new}' is there; remove '{old}'")
            continue
        warning(lines_of[old], message)
        meta[new], lines_of[new], spelled[new] = value, lines_of[old], old
    for key in meta:
        if key not in FIELDS:
            known = ", ".join(FIELDS)
            error(lines_of[key], f"unknown field '{key}' (known fields: {known})")
    for key, (types, required, description) in FIELDS.items():
        if key not in meta:
            if required:
                error(closing + 1, f"missing required field '{key}'")
            continue
        value = meta[key]
        # bool is an int subclass; a date is not a datetime, so reject datetimes explicitly.
        wrong = (not isinstance(value, types)
                 or (types == (int,) and isinstance(value, bool))
                 or (types == (dt.date,) and isinstance(value, dt.datetime)))
        if wrong:
            error(lines_of[key], f"field '{spelled[key]}' must be {description}")
        elif types == _LIST and not all(isinstance(item, str) for item in value):
            error(lines_of[key], f"field '{key}' must be a list of texts")

    topic_id = meta.get("id")
    if isinstance(topic_id, str) and not TOPIC_ID.fullmatch(topic_id):
        error(lines_of["id"],
              f"id '{topic_id}' may only use lowercase letters, digits and single hyphens")
    kind = meta.get("kind")
    if isinstance(kind, str) and kind not in KINDS:
        error(lines_of["kind"], f"unknown kind '{kind}' (use one of: {', '.join(KINDS)})")
    view = meta.get("view")
    if isinstance(view, str) and view not in VIEWS:
        error(lines_of["view"], f"unknown view '{view}' (use one of: {', '.join(VIEWS)})")

    body = "\n".join(lines[closing + 1:])
    body_line = closing + 2
    if not body.strip():
        error(closing + 1, "the text after the front matter is empty")
    elif (too_much := markdown_problem(body)) is not None:
        error(body_line + too_much[0], too_much[1])

    if any(problem.is_error for problem in diagnostics):
        return ParsedFile(None, diagnostics, lines_of)
    topic = Topic(
        id=meta["id"], lang=lang, kind=meta["kind"], title=meta["title"].strip(),
        order=meta["order"], body=body, path=path, body_line=body_line,
        source=meta["source"], updated=meta["updated"], summary=meta.get("summary", ""),
        regions=tuple(meta.get("regions", ())), related=tuple(meta.get("related", ())),
        view=meta.get("view"), addition=meta.get("addition", False),
        approved_by=meta.get("approved_by"), approved_on=meta.get("approved_on"),
        sources=tuple(meta.get("sources", ())), key_points=tuple(meta.get("key_points", ())),
        include=tuple(meta.get("include", ())),
    )
    return ParsedFile(topic, diagnostics, lines_of)


def topic_files(folder: Path, lang: str) -> tuple[list[Path], list[Diagnostic]]:
    """The topic files of ``lang`` in ``folder``, and a problem for anything else so named."""
    lang_dir = folder / lang
    if not lang_dir.is_dir():
        return [], []
    return listed(lang_dir, "*.md")


@dataclass(slots=True)
class LoadResult:
    library: Library
    diagnostics: list[Diagnostic]
    key_lines: dict[Path, dict[str, int]]


# What a topic file's text was read as, by the hash of the text, in Python's ``marshal``
# form (read many times faster than JSON) under a checksum. Only files that make a topic
# are kept; a file with an error is read anew each time, so its report stays whole.
_DATES = ("updated", "approved_on")
_TUPLES = ("regions", "related", "sources", "key_points", "include")
_KEPT = ("id", "kind", "title", "order", "source", "updated", "summary", "regions", "related",
         "view", "addition", "approved_by", "approved_on", "sources", "key_points", "include")
_stamp: str | None = None


def _code_stamp() -> str:
    global _stamp
    if _stamp is None:
        _stamp = cache.code_stamp([__file__, *(module.__file__ for module in (
            _diagnostics, _files, _limits, _model, _regions))])
    return _stamp


def _entry(parsed: ParsedFile) -> dict[str, Any]:
    topic = parsed.topic
    assert topic is not None
    fields = {name: getattr(topic, name) for name in _KEPT}
    for name in _DATES:
        if fields[name] is not None:
            fields[name] = fields[name].isoformat()
    return {"fields": fields, "body_line": topic.body_line, "key_lines": parsed.key_lines,
            "notes": [(d.line, d.message, d.severity) for d in parsed.diagnostics]}


def _from_entry(entry: Any, text: str, path: Path, lang: str) -> ParsedFile | None:
    """The topic ``entry`` keeps for ``text``, or None when the entry is not whole."""
    try:
        fields = dict(entry["fields"])
        for name in _DATES:
            if fields[name] is not None:
                fields[name] = dt.date.fromisoformat(fields[name])
        for name in _TUPLES:
            fields[name] = tuple(fields[name])
        body_line = entry["body_line"]
        body = _lines_from(text, body_line)
        topic = Topic(lang=lang, body=body, path=path, body_line=body_line, **fields)
        notes = [Diagnostic(path, line, str(message), str(severity))
                 for line, message, severity in entry["notes"]]
        key_lines = {str(key): int(line) for key, line in entry["key_lines"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if len(fields) != len(_KEPT) or not isinstance(body_line, int) or not _has_types(fields):
        return None
    return ParsedFile(topic, notes, key_lines)


def _lines_from(text: str, first: int) -> str:
    """``text`` from its line ``first`` on, as ``text_lines`` counts lines: without splitting
    the lines before it, nor any after."""
    parts = text.split("\n", first - 1) if first > 1 else [text]
    if len(parts) < first:
        return ""
    rest = parts[first - 1]
    # The line break that ends the last line starts no line of its own.
    return rest[:-1] if rest.endswith("\n") else rest


# Per kept field: the types the front matter allows, whether it is required, whether it is a
# list of texts, and whether a bool (an int to isinstance) is refused.
_KINDS = tuple((name, FIELDS[name][0], FIELDS[name][1], FIELDS[name][0] == _LIST,
                FIELDS[name][0] == (int,)) for name in _KEPT)


def _has_types(fields: dict[str, Any]) -> bool:
    """Whether each kept field's value is of a type the front matter allows for it. In one
    loop without calls: a start with thousands of topics checks every field of each."""
    for name, types, required, is_list, whole_number in _KINDS:
        value = fields.get(name, _KINDS)
        if value is _KINDS:
            return False
        if value is None:
            if required:
                return False
        elif is_list:
            if not isinstance(value, tuple):
                return False
            for item in value:
                if not isinstance(item, str):
                    return False
        elif not isinstance(value, types) or (whole_number and isinstance(value, bool)):
            return False
    return True


class _Index:
    """The topic files of one content folder read before, kept in the cache folder as one
    file per content folder."""

    def __init__(self, folder: Path) -> None:
        self.name = f"{cache.key('', str(folder.resolve()))}.index"
        self.entries: dict[str, Any] = {}
        if cache.folder() is not None:
            data = cache.read("index", _code_stamp(), self.name)
            payload = cache.unsealed(data) if data is not None else None
            try:
                loaded = marshal.loads(payload) if payload is not None else {}
            except (ValueError, EOFError, TypeError):
                loaded = {}
            if isinstance(loaded, dict):
                self.entries = loaded
        self.used: dict[str, Any] = {}
        self.added = False

    def parse(self, path: Path, lang: str) -> ParsedFile:
        text = read_text(path, MAX_FILE_BYTES)
        if isinstance(text, Diagnostic):
            return ParsedFile(None, [text], {})
        if cache.folder() is None:
            return parse_topic_text(text, path, lang)
        name = cache.key(_code_stamp(), text)
        kept = self.entries.get(name)
        parsed = _from_entry(kept, text, path, lang) if kept is not None else None
        if parsed is None:
            parsed = parse_topic_text(text, path, lang)
            if parsed.topic is None:
                return parsed
            kept = _entry(parsed)
            self.added = True
        self.used[name] = kept
        return parsed

    def save(self) -> None:
        """Keep what was read, and forget files that were not read when they outnumber
        those that were."""
        stale = len(self.entries.keys() - self.used.keys())
        if not self.added and stale <= len(self.used):
            return
        keep = self.used if stale > len(self.used) else {**self.entries, **self.used}
        cache.write("index", _code_stamp(), self.name, cache.sealed(marshal.dumps(keep)))


def load_library(folders: Iterable[Path]) -> LoadResult:
    """Load topics from ``folders`` in order; a later folder overrides topics of an earlier one.

    Each folder holds one subfolder per language (``nl/``, ``en/``) of ``*.md`` files.
    """
    library = Library()
    diagnostics: list[Diagnostic] = []
    key_lines: dict[Path, dict[str, int]] = {}
    for folder in folders:
        if not folder.is_dir():
            diagnostics.append(Diagnostic(folder, None, "content folder does not exist"))
            continue
        if not any((folder / lang).is_dir() for lang in LANGUAGES):
            diagnostics.append(Diagnostic(
                folder, None, f"content folder has no "
                f"{' or '.join(repr(lang) for lang in LANGUAGES)} subfolder with topics"))
        index = _Index(folder)
        for lang in LANGUAGES:
            seen: dict[str, Path] = {}
            paths, unusable = topic_files(folder, lang)
            diagnostics.extend(unusable)
            for path in paths:
                parsed = index.parse(path, lang)
                diagnostics.extend(parsed.diagnostics)
                key_lines[path] = parsed.key_lines
                topic = parsed.topic
                if topic is None:
                    continue
                if topic.id in seen:
                    diagnostics.append(Diagnostic(
                        path, parsed.key_lines.get("id"),
                        f"duplicate id '{topic.id}': also used by {seen[topic.id]}"))
                    continue
                seen[topic.id] = path
                library.add(topic)
        index.save()
    return LoadResult(library, diagnostics, key_lines)
