"""Patient experiences: one TOML file per patient, with only what the patient agreed to."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import LANGUAGES
from .diagnostics import Diagnostic, toml_error
from .loader import key_line
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


def load_experiences(folder: Path) -> tuple[list[Experience], list[Diagnostic]]:
    experiences: list[Experience] = []
    problems: list[Diagnostic] = []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line, message = toml_error(exc, 1, len(text.splitlines()))
            problems.append(Diagnostic(path, line, f"invalid experience: {message}"))
            continue
        lines = text.splitlines()
        found = []
        for key, value in data.items():
            line = key_line(lines, key, 1)
            if any(localized_suffix(key, name) for name in LOCALIZED):
                continue  # checked below, together with its other languages
            if key not in KEYS:
                found.append(Diagnostic(path, line, f"unknown key '{key}' "
                                                    f"(known keys: {', '.join(KEYS)})"))
            elif not isinstance(value, KEYS[key][0]) or isinstance(value, bool) or (
                    isinstance(value, list) and not all(isinstance(v, str) for v in value)):
                found.append(Diagnostic(path, line, f"'{key}' must be {KEYS[key][1]}"))
        if not str(data.get("name", "")).strip():
            found.append(Diagnostic(path, None, "an experience needs the patient's 'name'"))
        values = {k: v for k, v in data.items() if k in KEYS}
        for name in LOCALIZED:
            for lang in LANGUAGES:
                values.pop(f"{name}_{lang}", None)
            values[name], faults = Localized.from_keys(data, name, required=False)
            found.extend(Diagnostic(path, key_line(lines, key, 1), message)
                         for key, message in faults)
        if isinstance(values.get("photo"), str):
            photo = (path.parent / values["photo"]).resolve()
            if not photo.is_file():
                found.append(Diagnostic(path, key_line(lines, "photo", 1),
                                        f"photo '{values['photo']}' not found "
                                        f"(looked for {photo})"))
            values["photo"] = photo
        problems.extend(found)
        if found:
            continue
        for key in ("conditions", "treatments"):
            values[key] = tuple(values.get(key, ()))
        experiences.append(Experience(path=path, **values))
    experiences.sort(key=lambda e: (e.order, e.name))
    return experiences, problems


def check_experiences(experiences: list[Experience], topic_ids: set[str]) -> list[Diagnostic]:
    """Tags must name topics that exist, so filters and topic pages can find them."""
    problems = []
    for experience in experiences:
        lines = experience.path.read_text(encoding="utf-8").splitlines()
        for key in ("conditions", "treatments"):
            for topic_id in getattr(experience, key):
                if topic_id not in topic_ids:
                    problems.append(Diagnostic(experience.path, key_line(lines, key, 1),
                                               f"unknown topic '{topic_id}' in '{key}'"))
    return problems


def matching(experiences: list[Experience], condition: str | None = None,
             treatment: str | None = None) -> list[Experience]:
    return [e for e in experiences
            if (condition is None or condition in e.conditions)
            and (treatment is None or treatment in e.treatments)]
