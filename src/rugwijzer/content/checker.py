"""Validation of content folders: everything a clinic editor can get wrong, with file and line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ..languages import LANGUAGES
from .diagnostics import Diagnostic
from .loader import LoadResult, load_library
from .markup import links, raw_markup, scheme, segments
from .model import Topic
from .regions import is_region
from .render import RefusedImage, refused_images

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
# "In het kort": a few short points that open a condition or treatment page.
KEY_POINT_KINDS = ("condition", "treatment")
KEY_POINTS = (2, 4)
KEY_POINT_CHARACTERS = 140
UNAPPROVED = "addition not yet approved by the clinic's physician"


def check_topic(topic: Topic, known_ids: set[str], key_lines: dict[str, int],
                today: dt.date | None = None) -> list[Diagnostic]:
    """Cross-reference checks of one parsed topic against the whole library."""
    found: list[Diagnostic] = []

    def error(line: int | None, message: str, severity: str = "error") -> None:
        found.append(Diagnostic(topic.path, line, message, severity))

    for included in topic.include:
        if included == topic.id:
            error(key_lines.get("include"), "a topic cannot include itself")
        elif included not in known_ids:
            error(key_lines.get("include"), f"included topic '{included}' does not exist")
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
    # An addition block's opening line is the one before its text.
    addition_lines = [topic.body_line + part.line - 1 for part in parts if part.addition]
    if addition_lines and not topic.sources:
        error(key_lines.get("sources", addition_lines[0]),
              "the text has an addition block, so the front matter must name the published "
              "sources it rests on: sources = [\"Publisher — Page title\"]")
    if any(not entry.strip() for entry in topic.sources):
        error(key_lines.get("sources"), "every entry of 'sources' must name a source")
    found.extend(_approval(topic, key_lines, today or dt.date.today()))
    if addition_lines and not topic.is_approved(today):
        found.extend(Diagnostic(topic.path, line, UNAPPROVED, "note") for line in addition_lines)
    found.extend(_key_points(topic, key_lines))
    return found


def _approval(topic: Topic, key_lines: dict[str, int], today: dt.date) -> list[Diagnostic]:
    """The approval keys: both or neither, a name, and a date the text still matches."""
    by, on = topic.approved_by, topic.approved_on
    if by is None and on is None:
        return []
    if by is None or on is None:
        missing, present = ("approved_by", "approved_on") if by is None else (
            "approved_on", "approved_by")
        return [Diagnostic(topic.path, key_lines.get(present),
                           f"'{present}' needs '{missing}' as well: the clinic's physician "
                           "sets both when approving the text")]
    if not by.strip():
        return [Diagnostic(topic.path, key_lines.get("approved_by"),
                           "'approved_by' must name the physician who approved the text")]
    if on > today:
        return [Diagnostic(topic.path, key_lines.get("approved_on"),
                           f"'approved_on' is {on.isoformat()}, a day still to come: an "
                           "approval is dated the day it was given")]
    if on < topic.updated:
        return [Diagnostic(topic.path, key_lines.get("approved_on"),
                           f"the text changed after it was approved ('updated' "
                           f"{topic.updated.isoformat()}, 'approved_on' {on.isoformat()}); "
                           "the approval no longer applies", "warning")]
    return []


def _key_points(topic: Topic, key_lines: dict[str, int]) -> list[Diagnostic]:
    line = key_lines.get("key_points")
    points = topic.key_points
    if not points:
        if topic.kind in KEY_POINT_KINDS:
            return [Diagnostic(topic.path, key_lines.get("kind"),
                               f"a {topic.kind} page opens with 'key_points': "
                               f"{KEY_POINTS[0]} to {KEY_POINTS[1]} short points taken from "
                               "its own text", "warning")]
        return []
    found = []
    if not KEY_POINTS[0] <= len(points) <= KEY_POINTS[1]:
        found.append(Diagnostic(topic.path, line, f"'key_points' has {len(points)} points; "
                                                  f"give {KEY_POINTS[0]} to {KEY_POINTS[1]}"))
    for number, point in enumerate(points, start=1):
        if not point.strip() or "\n" in point:
            found.append(Diagnostic(topic.path, line, f"key point {number} must be one line "
                                                      "of text"))
        elif len(point) > KEY_POINT_CHARACTERS:
            found.append(Diagnostic(topic.path, line, f"key point {number} is {len(point)} "
                                                      f"characters; at most "
                                                      f"{KEY_POINT_CHARACTERS} keep it short"))
        for problem in raw_markup(point):
            found.append(Diagnostic(topic.path, line, f"key point {number}: {problem.message}"))
    return found


def _include_cycles(result: LoadResult) -> list[Diagnostic]:
    """Topics that include themselves through others, each circle named once on the file
    where it was entered; found in one pass, however the topics include each other."""
    found = []
    for lang, topics in result.library.topics.items():
        done: set[str] = set()
        for start in sorted(topics):
            if start in done:
                continue
            path: list[str] = [start]
            on_path = {start}
            # Each frame: a topic on the path and the includes of it still to follow.
            stack = [iter(topics[start].include)]
            while stack:
                next_id = next(stack[-1], None)
                if next_id is None:
                    stack.pop()
                    done.add(path[-1])
                    on_path.discard(path.pop())
                    continue
                if next_id == path[-1] or next_id in done or next_id not in topics:
                    continue  # including itself and unknown ids are named per topic
                if next_id in on_path:
                    circle = path[path.index(next_id):]
                    entry = topics[circle[0]]
                    found.append(Diagnostic(
                        entry.path, result.key_lines.get(entry.path, {}).get("include"),
                        f"topics include each other in a circle ({lang}): "
                        + " → ".join([*circle, next_id])))
                    continue
                path.append(next_id)
                on_path.add(next_id)
                stack.append(iter(topics[next_id].include))
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
    found.extend(_include_cycles(result))
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
