"""The clinic's stepped care: exercise therapy, then injections, then an operation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic
from .files import parse_toml, read_text, text_lines
from .limits import MAX_FILE_BYTES
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
    text = read_text(path, MAX_FILE_BYTES)
    if isinstance(text, Diagnostic):
        return [], [text]
    data = parse_toml(text, path, 1, "invalid TOML")
    if isinstance(data, Diagnostic):
        return [], [data]
    lines = text_lines(text)
    entries = data.get("step", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return [], [Diagnostic(path, key_line(lines, "step", 1),
                               "'step' must be a list of [[step]] tables")]
    problems: list[Diagnostic] = []
    steps: list[Step] = []
    for entry in entries:
        missing = _KEYS - entry.keys()
        unknown = entry.keys() - _KEYS
        if missing or unknown or not all(isinstance(entry[k], str) for k in _KEYS & entry.keys()):
            step_id = entry.get("id", "")
            line = key_line(lines, "id", 1) if not step_id else next(
                (n + 1 for n, t in enumerate(lines) if f'"{step_id}"' in t), None)
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
