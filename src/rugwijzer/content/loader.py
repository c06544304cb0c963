"""Reading topic files: Markdown with TOML front matter between ``+++`` fences.

A broken file never stops the others: it yields diagnostics instead of a topic.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..languages import LANGUAGES
from .diagnostics import Diagnostic, toml_error
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
    "reviewed": ((dt.date,), True, "a date like 2026-11-24"),
    "summary": (_STR, False, "a text"),
    "regions": (_LIST, False, "a list of region ids"),
    "related": (_LIST, False, "a list of topic ids"),
    "view": (_STR, False, "a text"),
    "addition": ((bool,), False, "true or false"),
}

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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


def parse_topic(path: Path, lang: str) -> ParsedFile:
    """Parse one topic file; every problem becomes a diagnostic with file and line."""
    diagnostics: list[Diagnostic] = []

    def error(line: int | None, message: str) -> None:
        diagnostics.append(Diagnostic(path, line, message))

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        error(None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return ParsedFile(None, diagnostics, {})
    except OSError as exc:
        error(None, f"cannot be read: {exc.strerror or exc}")
        return ParsedFile(None, diagnostics, {})

    lines = text.splitlines()
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
    try:
        meta = tomllib.loads("\n".join(front_lines))
    except tomllib.TOMLDecodeError as exc:
        line, message = toml_error(exc, first_front_line, closing)
        error(line, f"invalid front matter: {message}")
        return ParsedFile(None, diagnostics, {})

    key_lines = {key: key_line(front_lines, key, first_front_line) for key in meta}
    for key in meta:
        if key not in FIELDS:
            known = ", ".join(FIELDS)
            error(key_lines[key], f"unknown field '{key}' (known fields: {known})")
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
            error(key_lines[key], f"field '{key}' must be {description}")
        elif types == _LIST and not all(isinstance(item, str) for item in value):
            error(key_lines[key], f"field '{key}' must be a list of texts")

    topic_id = meta.get("id")
    if isinstance(topic_id, str) and not _ID.match(topic_id):
        error(key_lines["id"],
              f"id '{topic_id}' may only use lowercase letters, digits and single hyphens")
    kind = meta.get("kind")
    if isinstance(kind, str) and kind not in KINDS:
        error(key_lines["kind"], f"unknown kind '{kind}' (use one of: {', '.join(KINDS)})")
    view = meta.get("view")
    if isinstance(view, str) and view not in VIEWS:
        error(key_lines["view"], f"unknown view '{view}' (use one of: {', '.join(VIEWS)})")

    body = "\n".join(lines[closing + 1:])
    body_line = closing + 2
    if not body.strip():
        error(closing + 1, "the text after the front matter is empty")

    if diagnostics:
        return ParsedFile(None, diagnostics, key_lines)
    topic = Topic(
        id=meta["id"], lang=lang, kind=meta["kind"], title=meta["title"].strip(),
        order=meta["order"], body=body, path=path, body_line=body_line,
        source=meta["source"], reviewed=meta["reviewed"], summary=meta.get("summary", ""),
        regions=tuple(meta.get("regions", ())), related=tuple(meta.get("related", ())),
        view=meta.get("view"), addition=meta.get("addition", False),
    )
    return ParsedFile(topic, diagnostics, key_lines)


def topic_files(folder: Path, lang: str) -> list[Path]:
    lang_dir = folder / lang
    if not lang_dir.is_dir():
        return []
    return sorted(p for p in lang_dir.glob("*.md") if p.is_file())


@dataclass(slots=True)
class LoadResult:
    library: Library
    diagnostics: list[Diagnostic]
    key_lines: dict[Path, dict[str, int]]


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
        for lang in LANGUAGES:
            seen: dict[str, Path] = {}
            for path in topic_files(folder, lang):
                parsed = parse_topic(path, lang)
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
    return LoadResult(library, diagnostics, key_lines)
