"""Clinic notices ("Corona maatregelen", "laatste nieuws") shown on the start page while valid.

Markdown files in ``notices/<lang>/`` with TOML front matter: title, valid_from and
valid_until (dates, both days included).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..languages import LANGUAGES
from .diagnostics import Diagnostic, toml_error
from .loader import FENCE, key_line


@dataclass(frozen=True, slots=True)
class Notice:
    title: str
    body: str
    valid_from: dt.date
    valid_until: dt.date
    path: Path

    def active(self, today: dt.date) -> bool:
        return self.valid_from <= today <= self.valid_until


def _date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def load_notices(folder: Path, lang: str) -> tuple[list[Notice], list[Diagnostic]]:
    notices: list[Notice] = []
    problems: list[Diagnostic] = []
    lang_dir = folder / lang
    for path in sorted(lang_dir.glob("*.md")) if lang_dir.is_dir() else []:
        if path.name.lower() == "readme.md":
            continue  # explains the format to the clinic; it is not a notice
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0].strip() != FENCE or FENCE not in (t.strip() for t in lines[1:]):
            problems.append(Diagnostic(path, 1, f"a notice starts with a front matter block "
                                                f"between '{FENCE}' lines"))
            continue
        closing = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
        front = lines[1:closing]
        try:
            meta = tomllib.loads("\n".join(front))
        except tomllib.TOMLDecodeError as exc:
            line, message = toml_error(exc, 2, closing)
            problems.append(Diagnostic(path, line, f"invalid front matter: {message}"))
            continue
        found = []
        for key in meta:
            if key not in ("title", "valid_from", "valid_until"):
                found.append(Diagnostic(path, key_line(front, key, 2), f"unknown field '{key}'"))
        if not isinstance(meta.get("title"), str) or not meta["title"].strip():
            found.append(Diagnostic(path, key_line(front, "title", 2), "a notice needs a title"))
        for key in ("valid_from", "valid_until"):
            if not _date(meta.get(key)):
                found.append(Diagnostic(path, key_line(front, key, 2),
                                        f"'{key}' must be a date like 2026-12-01"))
        if not found and meta["valid_until"] < meta["valid_from"]:
            found.append(Diagnostic(path, key_line(front, "valid_until", 2),
                                    "'valid_until' is before 'valid_from'"))
        body = "\n".join(lines[closing + 1:]).strip()
        if not body:
            found.append(Diagnostic(path, closing + 1, "the notice has no text"))
        problems.extend(found)
        if not found:
            notices.append(Notice(meta["title"].strip(), body, meta["valid_from"],
                                  meta["valid_until"], path))
    return notices, problems


def active_notices(notices: list[Notice], today: dt.date) -> list[Notice]:
    return sorted((n for n in notices if n.active(today)), key=lambda n: n.valid_from,
                  reverse=True)


def load_notice_folders(folders: list[Path], languages: tuple[str, ...] = LANGUAGES
                        ) -> tuple[dict[str, list[Notice]], list[Diagnostic]]:
    """Notices from every folder (the shipped one, then a clinic's), per language."""
    notices: dict[str, list[Notice]] = {lang: [] for lang in languages}
    problems: list[Diagnostic] = []
    for folder in folders:
        for lang, found in notices.items():
            loaded, trouble = load_notices(folder, lang)
            found.extend(loaded)
            problems.extend(trouble)
    return notices, problems
