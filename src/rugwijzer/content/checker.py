"""Validation of content folders: everything a clinic editor can get wrong, with file and line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .diagnostics import Diagnostic
from .loader import LoadResult, load_library
from .markup import links, raw_markup, scheme, segments
from .model import LANGUAGES, Topic
from .regions import is_region
from .render import RefusedImage, refused_images

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
    for key, value in (("title", topic.title), ("summary", topic.summary)):
        for problem in raw_markup(value):
            error(key_lines.get(key), f"'{key}': {problem.message}")

    for link in links(topic.body):
        if link.image:
            continue  # images are checked as they are shown, below
        line = topic.body_line + link.line
        target = link.target
        kind = scheme(target)
        if kind == "topic":
            topic_id = target.partition(":")[2]
            if topic_id not in known_ids:
                error(line, f"link to unknown topic '{topic_id}'")
        elif kind == "region":
            region_id = target.partition(":")[2]
            if not is_region(region_id):
                error(line, f"link to unknown region '{region_id}'")
        elif not target:
            error(line, "link without a target")
        elif kind and kind not in EXTERNAL_SCHEMES:
            error(line, f"link '{target}' has an unsupported kind '{kind}:' "
                        "(use topic:, region:, https:, mailto: or tel:)")
    for image, line in _image_lines(topic, refused_images(topic)):
        error(line, f"image '{image.src}' {image.reason}")

    parts, problems = segments(topic.body)
    for problem in [*problems, *raw_markup(topic.body)]:
        error(topic.body_line + problem.line, problem.message)
    has_addition = any(part.addition for part in parts)
    if has_addition and not topic.addition:
        error(key_lines.get("id"), "the text has an addition block, so the front matter must "
                                   "say 'addition = true' for the clinic's review")
    elif topic.addition and not has_addition:
        error(key_lines.get("addition"), "'addition = true' but the text has no "
                                         "'::: addition' block", "warning")
    return found


def _image_lines(topic: Topic, images: list[RefusedImage]
                 ) -> list[tuple[RefusedImage, int]]:
    """Each image with the file line it is written on: the next line, from the previous
    image on, that names it; the first line of the text when Markdown spelt it otherwise."""
    lines = topic.body.split("\n")
    found = []
    start = 0
    for image in images:
        number = next((n for n in [*range(start, len(lines)), *range(start)]
                       if image.src and image.src in lines[n]), None)
        if number is not None:
            start = number
        found.append((image, topic.body_line + (number or 0)))
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
