"""The registry of anatomical regions that texts and the spine illustration refer to.

One list is the source for the illustration, the content checker and the names shown to
users and assistive technology. Region ids are stable: content files link to them. The
names, per language, come from ``resources/regions.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from .. import resources
from .diagnostics import Diagnostic, toml_error
from .localized import Localized, localized_suffix

CERVICAL = [f"C{i}" for i in range(1, 8)]
THORACIC = [f"T{i}" for i in range(1, 13)]
LUMBAR = [f"L{i}" for i in range(1, 6)]
MOBILE_LEVELS = CERVICAL + THORACIC + LUMBAR
LUMBAR_PAIRS = [("L1", "L2"), ("L2", "L3"), ("L3", "L4"), ("L4", "L5"), ("L5", "S1")]

# Illustration views a topic can ask for with ``view = "..."`` in its front matter.
VIEWS = ("side", "back", "disc", "canal", "facet")

# Regions named one by one; the others are named from a pattern of their kind.
SINGLE = {"spinal-cord": "canal", "sacrum": "bone", "coccyx": "bone", "si-joint": "joint",
          "curve-cervical": "curve", "curve-thoracic": "curve", "curve-lumbar": "curve"}
SECTIONS = ("C", "T", "L")


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    kind: str
    names: Localized

    def name(self, lang: str) -> str:
        return self.names.text(lang) or self.id


@dataclass(frozen=True, slots=True)
class RegionNames:
    """What ``regions.toml`` holds: names per level section, per pattern, per region."""

    sections: dict[str, Localized]
    patterns: dict[str, Localized]
    regions: dict[str, Localized]


_PATTERN_FIELDS = {"vertebra": {"level", "section"}, "disc": {"upper", "lower"},
                   "facet": {"upper", "lower"}, "canal": {"level"}, "nerve-root": {"level"}}


def _line(lines: list[str], table: str, key: str | None = None) -> int | None:
    """The line of ``key`` in ``[table]``, or of the table's header."""
    header = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]")
    start = next((n for n, text in enumerate(lines) if header.match(text)), None)
    if start is None:
        return None
    if key is not None:
        assignment = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for n in range(start + 1, len(lines)):
            if lines[n].lstrip().startswith("["):
                break
            if assignment.match(lines[n]):
                return n + 1
    return start + 1


def load_names(path: Path) -> tuple[RegionNames, list[Diagnostic]]:
    """The names in ``path``; every fault is a problem with its line, never raised."""
    empty = RegionNames({}, {}, {})
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return empty, [Diagnostic(path, None, f"cannot be read: {exc}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = toml_error(exc, 1, len(text.splitlines()))
        return empty, [Diagnostic(path, line, f"invalid TOML: {message}")]
    lines = text.splitlines()
    problems: list[Diagnostic] = []
    wanted = {"sections": SECTIONS, "patterns": tuple(_PATTERN_FIELDS), "regions": tuple(SINGLE)}
    for group in data.keys() - wanted.keys():
        problems.append(Diagnostic(path, _line(lines, group), f"unknown table '{group}' "
                                   f"(known: {', '.join(wanted)})"))
    found: dict[str, dict[str, Localized]] = {}
    for group, ids in wanted.items():
        tables = data.get(group, {})
        found[group] = {}
        for name in sorted(tables.keys() - set(ids)):
            problems.append(Diagnostic(path, _line(lines, f"{group}.{name}"),
                                       f"unknown {group[:-1]} '{name}'"))
        for name in ids:
            table = f"{group}.{name}"
            entry = tables.get(name)
            if not isinstance(entry, dict):
                problems.append(Diagnostic(path, None, f"[{table}] with its names is missing"))
                continue
            names, faults = Localized.from_keys(entry, "name")
            faults += [(key, f"unknown key '{key}'") for key in entry
                       if localized_suffix(key, "name") is None]
            if group == "patterns":
                faults += _pattern_faults(names, _PATTERN_FIELDS[name])
            problems += [Diagnostic(path, _line(lines, table, key), message)
                         for key, message in faults]
            found[group][name] = names
    return RegionNames(found["sections"], found["patterns"], found["regions"]), problems


def _pattern_faults(names: Localized, fields: set[str]) -> list[tuple[str, str]]:
    faults = []
    for lang, pattern in names.items():
        used = set(re.findall(r"{(\w*)}", pattern))
        rest = re.sub(r"{\w+}", "", pattern)
        if used - fields or "{" in rest or "}" in rest:
            faults.append((f"name_{lang}", f"'name_{lang}' may only use "
                                           f"{', '.join('{' + f + '}' for f in sorted(fields))}"))
    return faults


def _named(names: RegionNames, kind: str, **fields: str) -> Localized:
    texts = {}
    for lang, pattern in names.patterns.get(kind, Localized()).items():
        section = names.sections.get(fields.get("level", "")[:1], Localized()).text(lang)
        try:
            texts[lang] = pattern.format(section=section, **fields)
        except (KeyError, IndexError, ValueError):
            continue  # a faulty pattern: load_names reports it
    return Localized(texts)


def build_regions(names: RegionNames) -> dict[str, Region]:
    regions: list[Region] = []
    for level in MOBILE_LEVELS:
        regions.append(Region(f"vertebra-{level}", "vertebra",
                              _named(names, "vertebra", level=level)))
    # C1 and C2 turn on each other without a disc, so discs start below C2.
    for upper, lower in pairwise([*MOBILE_LEVELS[1:], "S1"]):
        regions.append(Region(f"disc-{upper}-{lower}", "disc",
                              _named(names, "disc", upper=upper, lower=lower)))
    for upper, lower in LUMBAR_PAIRS:
        regions.append(Region(f"facet-{upper}-{lower}", "facet",
                              _named(names, "facet", upper=upper, lower=lower)))
    for level in LUMBAR:
        regions.append(Region(f"canal-{level}", "canal", _named(names, "canal", level=level)))
    for level in [*LUMBAR, "S1"]:
        regions.append(Region(f"nerve-root-{level}", "nerve-root",
                              _named(names, "nerve-root", level=level)))
    for region_id, kind in SINGLE.items():
        regions.append(Region(region_id, kind, names.regions.get(region_id, Localized())))
    return {region.id: region for region in regions}


_names, NAME_PROBLEMS = load_names(resources.resource("regions.toml"))
REGIONS: dict[str, Region] = build_regions(_names)


def is_region(region_id: str) -> bool:
    return region_id in REGIONS
