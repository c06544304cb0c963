"""What is read aloud of an article: its text up to the footer, as sentences, each with
its place in the document so that it can be highlighted while it is read."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument, QTextFormat

from ...speech import split_sentences

_PICTURE = "\ufffc"  # where an image stands in a block's text


@dataclass(frozen=True, slots=True)
class Spoken:
    """A sentence to read, and where it stands in the document: [start, end)."""

    text: str
    start: int
    end: int


def _is_rule(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    """The blocks before the footer: the footer starts at the last horizontal rule."""
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    rules = [number for number, found in enumerate(blocks) if _is_rule(found)]
    return blocks[:rules[-1]] if rules else blocks


def passage(document: QTextDocument) -> list[Spoken]:
    """The sentences of ``document`` as they are read aloud: the title and the text with
    its additions and boxes, in reading order; the footer (source, dates) is left out."""
    starts: list[int] = []  # where each block's text starts in ``text``
    places: list[int] = []  # and in the document
    parts: list[str] = []
    length = 0
    for block in _blocks(document):
        starts.append(length)
        places.append(block.position())
        text = block.text().replace(_PICTURE, " ")
        parts.append(text + "\n")
        length += len(text) + 1
    text = "".join(parts)
    spoken = []
    for sentence in split_sentences(text):
        number = bisect_right(starts, sentence.start) - 1
        offset = places[number] - starts[number]
        spoken.append(Spoken(sentence.text, sentence.start + offset, sentence.end + offset))
    return spoken
