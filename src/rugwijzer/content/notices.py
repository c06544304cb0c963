"""Clinic notices ("Corona maatregelen", "laatste nieuws") shown on the start page while valid.

Markdown files in ``notices/<lang>/`` with TOML front matter: title, valid_from and
valid_until (dates, both days included). A notice shows text only, no pictures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..languages import LANGUAGES
from .diagnostics import Diagnostic
from .files import listed, parse_toml, read_text, text_lines
from .limits import MAX_FILE_BYTES, markdown_problem
from .loader import FENCE, assignment_lines
from .markup import links, raw_markup

FIELDS = ("title", "valid_from", "valid_until")


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


def load_notice(path: Path) -> tuple[Notice | None, list[Diagnostic]]:
    """One notice file; a fault in its text is reported, and only a fault that would stop it
    from showing as meant keeps it off the screen."""
    text = read_text(path, MAX_FILE_BYTES)
    if isinstance(text, Diagnostic):
        return None, [text]
    lines = text_lines(text)
    if lines[0].strip() != FENCE or FENCE not in (t.strip() for t in lines[1:]):
        return None, [Diagnostic(path, 1, f"a notice starts with a front matter block "
                                          f"between '{FENCE}' lines")]
    closing = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    front = lines[1:closing]
    meta = parse_toml("\n".join(front), path, 2, "invalid front matter")
    if isinstance(meta, Diagnostic):
        return None, [meta]
    line_of = assignment_lines(front, [*meta, *FIELDS], 2)
    found = [Diagnostic(path, line_of[key], f"unknown field '{key}'")
             for key in meta if key not in FIELDS]
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        found.append(Diagnostic(path, line_of["title"], "a notice needs a title"))
    for key in ("valid_from", "valid_until"):
        if not _date(meta.get(key)):
            found.append(Diagnostic(path, line_of[key],
                                    f"'{key}' must be a date like 2026-12-01"))
    if not found and meta["valid_until"] < meta["valid_from"]:
        found.append(Diagnostic(path, line_of["valid_until"],
                                "'valid_until' is before 'valid_from'"))
    body_lines = lines[closing + 1:]
    blank = next((i for i, t in enumerate(body_lines) if t.strip()), len(body_lines))
    body_line = closing + 2 + blank
    body = "\n".join(body_lines).strip()
    if not body:
        found.append(Diagnostic(path, closing + 1, "the notice has no text"))
    elif (too_much := markdown_problem(body)) is not None:
        found.append(Diagnostic(path, body_line + too_much[0], too_much[1]))
    if found:
        return None, found
    # Shown with the fault made visible, as text: reported, but no reason to hide the notice.
    shown_as_text = [Diagnostic(path, body_line + link.line,
                                f"image '{link.target}' is not shown: notices show text only")
                     for link in links(body) if link.image]
    shown_as_text += [Diagnostic(path, body_line + problem.line, problem.message)
                      for problem in raw_markup(body)]
    notice = Notice(meta["title"].strip(), body, meta["valid_from"], meta["valid_until"], path)
    return notice, shown_as_text


def load_notices(folder: Path, lang: str) -> tuple[list[Notice], list[Diagnostic]]:
    lang_dir = folder / lang
    if not lang_dir.is_dir():
        return [], []
    paths, problems = listed(lang_dir, "*.md")
    notices: list[Notice] = []
    for path in paths:
        if path.name.lower() == "readme.md":
            continue  # explains the format to the clinic; it is not a notice
        notice, found = load_notice(path)
        problems.extend(found)
        if notice is not None:
            notices.append(notice)
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
