"""Patient experiences: one TOML file per patient, with only what the patient agreed to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import LANGUAGES
from .diagnostics import Diagnostic
from .files import listed, parse_toml, read_text, text_lines
from .images import file_problem, inside, resolved
from .limits import MAX_FILE_BYTES
from .loader import TOPIC_ID, assignment_lines
from .localized import Localized, localized_suffix

PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "op", "in"}
# Texts in every language the patient's story is told in, or in none.
LOCALIZED = ("quote", "outcome")

KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "name": ((str,), "a text"),
    "conditions": ((list,), "a list of topic ids"),
    "treatments": ((list,), "a list of topic ids"),
    "order": ((int,), "a whole number"),
    **{f"{name}_{lang}": ((str,), "a text") for name in LOCALIZED for lang in LANGUAGES},
    "photo": ((str,), "a file name, relative to this file"),
    "consent_date": ((dt.date,), "a date like 2026-01-31"),
}


@dataclass(frozen=True, slots=True)
class Experience:
    name: str
    path: Path
    conditions: tuple[str, ...] = ()
    treatments: tuple[str, ...] = ()
    order: int = 0
    quote: Localized = field(default_factory=Localized)
    outcome: Localized = field(default_factory=Localized)
    photo: Path | None = None
    consent_date: dt.date | None = None

    @property
    def initials(self) -> str:
        """Initials as the Dutch write them: "Corné van Overveld" is CO, not CVO."""
        words = [w for w in self.name.split() if w.lower() not in PARTICLES] or self.name.split()
        if len(words) == 1:
            return words[0][:1].upper()
        return (words[0][:1] + words[-1][:1]).upper()

    @property
    def tags(self) -> tuple[str, ...]:
        return self.conditions + self.treatments


def load_experience(path: Path) -> tuple[Experience | None, list[Diagnostic]]:
    """One patient's file; any fault keeps the experience off the screen."""
    text = read_text(path, MAX_FILE_BYTES)
    if isinstance(text, Diagnostic):
        return None, [text]
    data = parse_toml(text, path, 1, "invalid experience")
    if isinstance(data, Diagnostic):
        return None, [data]
    line_of = assignment_lines(text_lines(text), data, 1)
    found = []
    for key, value in data.items():
        if any(localized_suffix(key, name) for name in LOCALIZED):
            continue  # checked below, together with its other languages
        if key not in KEYS:
            found.append(Diagnostic(path, line_of[key], f"unknown key '{key}' "
                                                        f"(known keys: {', '.join(KEYS)})"))
        elif not isinstance(value, KEYS[key][0]) or isinstance(value, bool) or (
                isinstance(value, list) and not all(isinstance(v, str) for v in value)):
            found.append(Diagnostic(path, line_of[key], f"'{key}' must be {KEYS[key][1]}"))
        elif key in ("conditions", "treatments"):
            found.extend(Diagnostic(path, line_of[key], f"'{tag}' in '{key}' is not a topic id")
                         for tag in value if not TOPIC_ID.fullmatch(tag))
    if not str(data.get("name", "")).strip():
        found.append(Diagnostic(path, None, "an experience needs the patient's 'name'"))
    values = {k: v for k, v in data.items() if k in KEYS}
    for name in LOCALIZED:
        for lang in LANGUAGES:
            values.pop(f"{name}_{lang}", None)
        values[name], faults = Localized.from_keys(data, name, required=False)
        found.extend(Diagnostic(path, line_of.get(key), message) for key, message in faults)
    if isinstance(values.get("photo"), str):
        named = path.parent / values["photo"]
        photo = resolved(named)
        if photo is None:
            problem = f"not found (looked for {named})"
        elif not inside(photo, [path.parent]):
            problem = f"is outside the experiences folder {path.parent}"
        else:
            problem = file_problem(photo)
        if problem:
            found.append(Diagnostic(path, line_of["photo"],
                                    f"photo '{values['photo']}' {problem}"))
        values["photo"] = photo
    if found:
        return None, found
    for key in ("conditions", "treatments"):
        values[key] = tuple(values.get(key, ()))
    return Experience(path=path, **values), []


def load_experiences(folder: Path) -> tuple[list[Experience], list[Diagnostic]]:
    if not folder.is_dir():
        return [], []
    paths, problems = listed(folder, "*.toml")
    experiences: list[Experience] = []
    for path in paths:
        experience, found = load_experience(path)
        problems.extend(found)
        if experience is not None:
            experiences.append(experience)
    experiences.sort(key=lambda e: (e.order, e.name))
    return experiences, problems


def check_experiences(experiences: list[Experience], topic_ids: set[str]) -> list[Diagnostic]:
    """Tags must name topics that exist, so filters and topic pages can find them."""
    problems = []
    for experience in experiences:
        text = read_text(experience.path, MAX_FILE_BYTES)
        lines = text_lines(text) if isinstance(text, str) else []
        line_of = assignment_lines(lines, ("conditions", "treatments"), 1)
        for key in ("conditions", "treatments"):
            for topic_id in getattr(experience, key):
                if topic_id not in topic_ids:
                    problems.append(Diagnostic(experience.path, line_of[key],
                                               f"unknown topic '{topic_id}' in '{key}'"))
    return problems


def matching(experiences: list[Experience], condition: str | None = None,
             treatment: str | None = None) -> list[Experience]:
    return [e for e in experiences
            if (condition is None or condition in e.conditions)
            and (treatment is None or treatment in e.treatments)]
