"""Cutting a text into the sentences that are read aloud one at a time, with their places.

Each sentence keeps its character offsets in the text it came from, so that the sentence
being read can be highlighted there. Dutch and English are cut by the same rules:

- a line break always ends a sentence, so headings and list items stand alone;
- ``.``, ``!``, ``?``, ``…`` and ``...`` (with any closing quotes or brackets) end a sentence
  when white space follows and the next word does not start in lower case: an ellipsis
  inside a sentence and "etc." before more of the same sentence do not cut it;
- a full stop in a number or an address (``2.5``, ``www.viasana.nl``) is not followed by white
  space and cuts nothing;
- abbreviations (``bijv.``, ``dr.``, ``o.a.``, ``d.w.z.``, ``e.g.``, ``i.e.``) and initials
  (``J. de Vries``) never end a sentence, even before a capital;
- a bullet at the start of a line is not read; a number that starts a line ("1. Oefentherapie")
  belongs to its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that are followed by more of the same sentence, often by a name or another
# capital, so a capital after them is no sign of a new sentence. Words that often end a
# sentence ("etc.", "enz.") are left out: the lower-case rule keeps them inside when needed.
ABBREVIATIONS = frozenset({
    # Dutch
    "bijv.", "bv.", "ca.", "dhr.", "mevr.", "mw.", "dr.", "drs.", "ir.", "ing.", "mr.",
    "prof.", "nr.", "blz.", "evt.", "incl.", "excl.", "resp.", "vgl.", "zgn.", "ong.",
    "tel.", "st.",
    # English
    "mrs.", "ms.", "vs.", "approx.", "fig.", "cf.", "dept.", "jr.", "sr.", "no.",
})

_LINE = re.compile(r"[^\r\n\u2028\u2029]+")
_BULLET = re.compile(r"[ \t]*[-–—•*·▪◦‣►][ \t]+")
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,3}|[a-zA-Z])[.)][ \t]+")
_END = re.compile(r"(?:[.!?…]+)[\"'”’»)\]]*")
_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")
_INITIAL = re.compile(r"[^\W\d_]\.")
_OPENING = "([\"'“‘«"


@dataclass(frozen=True, slots=True)
class Sentence:
    """``text`` is exactly ``source[start:end]``: the sentence without surrounding space."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in reading order; lines without words are skipped."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        bullet = _BULLET.match(text, start, end)
        if bullet:
            start = bullet.end()
        numbered = _NUMBERED.match(text, start, end)
        scan_from = numbered.end() if numbered else start
        for first, last in _cut_line(text, start, scan_from, end):
            sentences.append(Sentence(text[first:last], first, last))
    return sentences


def _cut_line(text: str, start: int, scan_from: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = start
    for mark in _END.finditer(text, scan_from, end):
        if _ends_sentence(text, mark, end):
            pieces.append((begin, mark.end()))
            begin = mark.end()
    pieces.append((begin, end))
    return [span for span in (_trimmed(text, *piece) for piece in pieces) if span]


def _ends_sentence(text: str, mark: re.Match[str], line_end: int) -> bool:
    after = mark.end()
    if after < line_end and not text[after].isspace():
        return False
    following = text[after:line_end].lstrip()
    if following and following[0].islower():
        return False
    return not (mark.group().startswith(".") and not mark.group().startswith("..")
                and _abbreviation(text, mark.start()))


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the word that ends with the full stop at ``dot`` is an abbreviation."""
    begin = dot
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:dot + 1].lstrip(_OPENING)
    return (word.lower() in ABBREVIATIONS or bool(_DOTTED.fullmatch(word))
            or (bool(_INITIAL.fullmatch(word)) and word[0].isupper()))


def _trimmed(text: str, begin: int, end: int) -> tuple[int, int] | None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[begin:end]):
        return None
    return begin, end
