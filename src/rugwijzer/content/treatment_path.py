"""The clinic's stepped care: exercise therapy, then injections, then an operation."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, toml_error
from .loader import key_line
from .localized import Localized, localized_keys

STEP_IDS = ("oefentherapie", "injectie", "operatie")
_KEYS = {"id", "topic", *localized_keys("title"), *localized_keys("text")}


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    topic: str
    title: Localized
    text: Localized


def load_treatment_path(path: Path) -> tuple[list[Step], list[Diagnostic]]:
    """The steps in order; problems are reported with file and line, never raised."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return [], [Diagnostic(path, None, f"cannot be read: {exc.strerror or exc}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = toml_error(exc, 1, len(text.splitlines()))
        return [], [Diagnostic(path, line, f"invalid TOML: {message}")]
    lines = text.splitlines()
    problems: list[Diagnostic] = []
    steps: list[Step] = []
    for entry in data.get("step", []):
        step_id = entry.get("id", "")
        line = key_line(lines, "id", 1) if not step_id else next(
            (n + 1 for n, t in enumerate(lines) if f'"{step_id}"' in t), None)
        missing = _KEYS - entry.keys()
        unknown = entry.keys() - _KEYS
        if missing or unknown or not all(isinstance(entry[k], str) for k in _KEYS & entry.keys()):
            problems.append(Diagnostic(path, line, "step needs exactly the texts "
                                       f"{', '.join(sorted(_KEYS))}"))
            continue
        steps.append(Step(entry["id"], entry["topic"], Localized.from_keys(entry, "title")[0],
                          Localized.from_keys(entry, "text")[0]))
    found = tuple(step.id for step in steps)
    if found != STEP_IDS and not problems:
        problems.append(Diagnostic(path, None, f"steps must be {', '.join(STEP_IDS)} in this "
                                               f"order, found {', '.join(found) or 'none'}"))
    return steps, problems
