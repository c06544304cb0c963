"""The parts of the topic Markdown that Rugwijzer gives meaning to: links and addition blocks,
and the HTML and attribute lists that it shows as plain text.

Shared by the renderer and the checker so that both read a file the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

ADDITION_OPEN = re.compile(r"^\s*:::\s*addition\s*$")
BLOCK_CLOSE = re.compile(r"^\s*:::\s*$")
BLOCK_ANY = re.compile(r"^\s*:::(.*)$")

_INLINE_LINK = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$")

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# A tag, a comment or a declaration; not an address between angle brackets like <https://...>.
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^<>]*>?|<!--|<![A-Za-z\[]|<\?")
# Python-Markdown's attr_list syntax: {: ...}, {#id}, {.class} or {key=value}.
_ATTRIBUTES = re.compile(
    r"\{:[^{}\n]*\}|\{[ \t]*(?:[#.][A-Za-z_]|[A-Za-z_][\w:-]*[ \t]*=)[^{}\n]*\}")


@dataclass(frozen=True, slots=True)
class Link:
    target: str
    line: int  # 0-based line within the body
    image: bool


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    addition: bool
    line: int  # 0-based line of the segment's first line within the body


@dataclass(frozen=True, slots=True)
class MarkupProblem:
    line: int
    message: str


def scheme(target: str) -> str:
    """The kind of a link's target ("topic", "https"...) in lowercase, or "" for a path.

    Read as a URL parser reads it, but without its refusal of a malformed address such as
    ``http://[::1``: here that is a fault of the text to report, not a reason to stop.
    """
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else ""


def links(body: str) -> Iterator[Link]:
    for number, text in enumerate(body.split("\n")):
        if "[" not in text:
            continue  # neither kind of link can be on this line
        for match in _INLINE_LINK.finditer(text):
            yield Link(match.group(2), number, match.group(1) == "!")
        reference = _REFERENCE.match(text)
        if reference:
            yield Link(reference.group(1), number, False)


def raw_markup(body: str) -> list[MarkupProblem]:
    """HTML and attribute lists in ``body``: Rugwijzer shows them as the text they are."""
    found: list[MarkupProblem] = []
    for number, text in enumerate(body.split("\n")):
        if "<" not in text and "{" not in text:
            continue
        if tag := _HTML.search(text):
            found.append(MarkupProblem(number, f"HTML '{_clip(tag.group(0))}' shows as text: "
                                               "texts are Markdown only"))
        if attributes := _ATTRIBUTES.search(text):
            found.append(MarkupProblem(number, f"attribute list '{_clip(attributes.group(0))}' "
                                               "shows as text: texts take no styles or "
                                               "attributes"))
    return found


def _clip(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


def segments(body: str) -> tuple[list[Segment], list[MarkupProblem]]:
    """Split ``body`` into plain text and ``::: addition`` blocks.

    Malformed fences are reported and treated as plain text, so a page still shows.
    """
    result: list[Segment] = []
    problems: list[MarkupProblem] = []
    current: list[str] = []
    start = 0
    opened_at: int | None = None

    def flush(addition: bool, next_start: int) -> None:
        nonlocal current, start
        if current:
            result.append(Segment("\n".join(current), addition, start))
        current = []
        start = next_start

    for number, text in enumerate(body.split("\n")):
        if ":::" not in text:
            current.append(text)
        elif ADDITION_OPEN.match(text):
            if opened_at is not None:
                problems.append(MarkupProblem(
                    number, f"'::: addition' inside another addition block opened on body "
                            f"line {opened_at + 1}"))
                continue
            flush(False, number + 1)
            opened_at = number
        elif BLOCK_CLOSE.match(text):
            if opened_at is None:
                problems.append(MarkupProblem(number, "':::' closes a block that was never opened"))
                continue
            flush(True, number + 1)
            opened_at = None
        elif (other := BLOCK_ANY.match(text)) is not None:
            problems.append(MarkupProblem(
                number, f"unknown block '::: {other.group(1).strip()}' (only '::: addition')"))
            current.append(text)
        else:
            current.append(text)
    if opened_at is not None:
        problems.append(MarkupProblem(opened_at, "addition block is never closed with ':::'"))
        flush(True, 0)
    else:
        flush(False, 0)
    return result, problems


def has_addition(body: str) -> bool:
    return any(segment.addition for segment in segments(body)[0])
