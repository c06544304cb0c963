"""Validation of content folders: everything a clinic editor can get wrong, with file and line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..languages import LANGUAGES
from .diagnostics import Diagnostic
from .loader import LoadResult, load_library
from .markup import links, segments
from .model import Topic
from .regions import is_region

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")


def check_topic(topic: Topic, known_ids: set[str], key_lines: dict[str, int]) -> list[Diagnostic]:
    """Cross-reference checks of one parsed topic against the whole library."""
    found: list[Diagnostic] = []

    def error(line: int | None, message: str, severity: str = "error") -> None:
        found.append(Diagnostic(topic.path, line, message, severity))

    for related in topic.related:
        if related not in known_ids:
            error(key_lines.get("related"), f"related topic '{related}' does not exist")
        elif related == topic.id:
            error(key_lines.get("related"), "a topic cannot be related to itself", "warning")
    for region_id in topic.regions:
        if not is_region(region_id):
            error(key_lines.get("regions"), f"unknown region '{region_id}'")

    for link in links(topic.body):
        line = topic.body_line + link.line
        target = link.target
        scheme = urlsplit(target).scheme.lower()
        if scheme == "topic":
            topic_id = target.partition(":")[2]
            if topic_id not in known_ids:
                error(line, f"link to unknown topic '{topic_id}'")
        elif scheme == "region":
            region_id = target.partition(":")[2]
            if not is_region(region_id):
                error(line, f"link to unknown region '{region_id}'")
        elif scheme in EXTERNAL_SCHEMES:
            if link.image:
                error(line, f"image '{target}' must be a file in the content folder, "
                            "not a web address (Rugwijzer works offline)")
        elif not target:
            error(line, "link without a target")
        elif scheme:
            error(line, f"link '{target}' has an unsupported kind '{scheme}:' "
                        "(use topic:, region:, https:, mailto: or tel:)")
        elif link.image:
            image = (topic.base_dir / unquote(target)).resolve()
            if not image.is_file():
                error(line, f"image '{target}' not found (looked for {image})")

    parts, problems = segments(topic.body)
    for problem in problems:
        error(topic.body_line + problem.line, problem.message)
    has_addition = any(part.addition for part in parts)
    if has_addition and not topic.addition:
        error(key_lines.get("id"), "the text has an addition block, so the front matter must "
                                   "say 'addition = true' for the clinic's review")
    elif topic.addition and not has_addition:
        error(key_lines.get("addition"), "'addition = true' but the text has no "
                                         "'::: addition' block", "warning")
    return found


def check_library(result: LoadResult) -> list[Diagnostic]:
    """Every problem of a loaded library: parse errors plus cross-references and translations."""
    found = list(result.diagnostics)
    library = result.library
    known = library.ids()
    for lang in LANGUAGES:
        for topic in library.topics.get(lang, {}).values():
            found.extend(check_topic(topic, known, result.key_lines.get(topic.path, {})))
    for topic_id in sorted(known):
        present = [lang for lang in LANGUAGES if topic_id in library.topics.get(lang, {})]
        for lang in LANGUAGES:
            if lang not in present:
                other = library.topics[present[0]][topic_id]
                found.append(Diagnostic(
                    other.path, result.key_lines.get(other.path, {}).get("id"),
                    f"topic '{topic_id}' has no '{lang}' version", "warning"))
    return found


def check_folders(folders: Iterable[Path]) -> list[Diagnostic]:
    return check_library(load_library(folders))
