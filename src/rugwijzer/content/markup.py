"""The parts of the topic Markdown that Rugwijzer gives meaning to: links and addition blocks.

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
class BlockProblem:
    line: int
    message: str


def links(body: str) -> Iterator[Link]:
    for number, text in enumerate(body.split("\n")):
        for match in _INLINE_LINK.finditer(text):
            yield Link(match.group(2), number, match.group(1) == "!")
        reference = _REFERENCE.match(text)
        if reference:
            yield Link(reference.group(1), number, False)


def segments(body: str) -> tuple[list[Segment], list[BlockProblem]]:
    """Split ``body`` into plain text and ``::: addition`` blocks.

    Malformed fences are reported and treated as plain text, so a page still shows.
    """
    result: list[Segment] = []
    problems: list[BlockProblem] = []
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
        if ADDITION_OPEN.match(text):
            if opened_at is not None:
                problems.append(BlockProblem(
                    number, f"'::: addition' inside another addition block opened on body "
                            f"line {opened_at + 1}"))
                continue
            flush(False, number + 1)
            opened_at = number
        elif BLOCK_CLOSE.match(text):
            if opened_at is None:
                problems.append(BlockProblem(number, "':::' closes a block that was never opened"))
                continue
            flush(True, number + 1)
            opened_at = None
        elif (other := BLOCK_ANY.match(text)) is not None:
            problems.append(BlockProblem(
                number, f"unknown block '::: {other.group(1).strip()}' (only '::: addition')"))
            current.append(text)
        else:
            current.append(text)
    if opened_at is not None:
        problems.append(BlockProblem(opened_at, "addition block is never closed with ':::'"))
        flush(True, 0)
    else:
        flush(False, 0)
    return result, problems


def has_addition(body: str) -> bool:
    return any(segment.addition for segment in segments(body)[0])
