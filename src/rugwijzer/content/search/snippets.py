"""The passage of a document that shows why it was found, with the found words marked.

Found words are looked up with ``str.find`` and only the sentences around them are cut
out, so a long text costs little more than a short one.
"""

from __future__ import annotations

from collections.abc import Mapping

from .text import WORD

Piece = tuple[str, bool]  # a stretch of text, and whether it is a found word

SNIPPET_WORDS = 25
_LEAD_IN = 4  # words shown before the first found word of a long sentence
_ENDS = (". ", "! ", "? ", ".\t", "!\t", "?\t", ".\n", "!\n", "?\n")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _hits(folded: str, terms: Mapping[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, part of the query) of each found word in ``folded``, in order."""
    found = []
    for term, clause in terms.items():
        at = folded.find(term)
        while at != -1:
            end = at + len(term)
            if (at == 0 or not _word_char(folded[at - 1])) and \
                    (end == len(folded) or not _word_char(folded[end])):
                found.append((at, end, clause))
            at = folded.find(term, end)
    found.sort()
    return found


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence (or line) around position ``at``."""
    start = text.rfind("\n", 0, at) + 1
    for mark in _ENDS:
        found = text.rfind(mark, start, at)
        if found != -1:
            start = found + 2
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    for mark in _ENDS:
        found = text.find(mark, at, end)
        if found != -1:
            end = found + 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _window(inside: list[tuple[int, int]], hits: list[tuple[int, int, int]], folded: str
            ) -> int:
    """The first word of the stretch of a long sentence that shows the most different
    found words, beginning a few words before one of them."""
    numbers = {start: n for n, (start, _) in enumerate(inside)}
    found = [(numbers[start], folded[start:end]) for start, end, _ in hits if start in numbers]
    best, best_rank = 0, (-1, -1)
    for number, _ in found:
        first = max(0, min(number - _LEAD_IN, len(inside) - SNIPPET_WORDS))
        shown = [word for n, word in found if first <= n < first + SNIPPET_WORDS]
        rank = (len(set(shown)), len(shown))
        if rank > best_rank:
            best, best_rank = first, rank
    return best


def _marked(text: str, span: tuple[int, int], hits: list[tuple[int, int, int]],
            folded: str) -> tuple[Piece, ...]:
    start, end = span
    inside = [m.span() for m in WORD.finditer(folded, start, end)]
    if len(inside) > SNIPPET_WORDS:
        first_word = _window(inside, hits, folded)
        last_word = first_word + SNIPPET_WORDS - 1
        if first_word > 0:
            start = inside[first_word][0]
        if last_word < len(inside) - 1:
            end = inside[last_word][1]
    pieces: list[Piece] = []
    if span[0] < start:
        pieces.append(("…", False))
    at = start
    for hit_start, hit_end, _clause in hits:
        if hit_start < start or hit_end > end:
            continue
        if hit_start > at:
            pieces.append((text[at:hit_start], False))
        pieces.append((text[hit_start:hit_end], True))
        at = hit_end
    if at < end:
        pieces.append((text[at:end], False))
    if end < span[1]:
        pieces.append(("…", False))
    return tuple(pieces)


def snippet(fields: list[tuple[str, str]], terms: Mapping[str, int]) -> tuple[Piece, ...]:
    """The best sentence of ``fields`` ((text, folded) pairs, the summary first): the one
    with words of the most parts of the query (``terms`` maps each found word to its part),
    then of the most different words; without any, the first sentence."""
    best: tuple[tuple[int, int], str, str, tuple[int, int], list] | None = None
    for text, folded in fields:
        hits = _hits(folded, terms)
        span: tuple[int, int] | None = None
        found: list[tuple[int, int, int]] = []
        for hit in [*hits, None]:
            if hit is not None and span is not None and hit[0] < span[1]:
                found.append(hit)
                continue
            if span is not None:
                rank = (len({clause for _, _, clause in found}),
                        len({folded[s:e] for s, e, _ in found}))
                if best is None or rank > best[0]:
                    best = (rank, text, folded, span, found)
            if hit is not None:
                span, found = _sentence(folded, hit[0]), [hit]
    if best is not None:
        _, text, folded, span, found = best
        return _marked(text, span, found, folded)
    for text, folded in fields:
        first = len(folded) - len(folded.lstrip())
        if first < len(folded):
            return _marked(text, _sentence(folded, first), [], folded)
    return ()
