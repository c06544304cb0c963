"""What search looks through: documents with a title, a summary and plain text.

Topics become documents here; other things a reader may look up (a glossary's terms) can
be handed to the engine as documents of their own kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..markup import BLOCK_ANY
from ..model import Topic
from .text import prepare

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_LINK = re.compile(r"!?\[((?:[^\]\\]|\\.)*)\]\([^)]*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")
_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    kind: str  # a topic's kind ("condition", "treatment", ...) or "glossary"
    title: str
    text: str  # plain text, one paragraph, heading or list item per line
    summary: str = ""
    regions: tuple[str, ...] = ()  # parts of the spine, most relevant first
    order: int = 0


def plain_text(body: str) -> str:
    """Markdown as the reader sees it: link labels kept, markers and block fences gone."""
    lines = []
    for line in body.splitlines():
        if BLOCK_ANY.match(line) or _REFERENCE.match(line):
            continue
        line = _LINK.sub(r"\1", _LIST_ITEM.sub("", _HEADING.sub("", line)))
        line = _ESCAPE.sub(r"\1", _EMPHASIS.sub("", line)).strip()
        if line:
            lines.append(line)
    return prepare("\n".join(lines))


def topic_document(topic: Topic) -> Document:
    return Document(id=topic.id, kind=topic.kind, title=prepare(topic.title),
                    text=plain_text(topic.body), summary=prepare(topic.summary),
                    regions=topic.regions, order=topic.order)
