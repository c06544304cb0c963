"""The passage of a document that shows why it was found, with the found words marked."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from re import compile as regex

from .text import WORD

Piece = tuple[str, bool]  # a stretch of text, and whether it is a found word

SNIPPET_WORDS = 25
_SENTENCE = regex(r"\S[^\n]*?(?:[.!?](?=\s)|(?=\n)|$)")
_LEAD_IN = 4  # words shown before the first found word of a long sentence


def _sentences(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _SENTENCE.finditer(text)]


def _hits(folded: str, terms: Mapping[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, clause) of each found word in ``folded``."""
    return [(m.start(), m.end(), terms[m.group()])
            for m in WORD.finditer(folded) if m.group() in terms]


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
    merged: list[Piece] = []
    for piece in pieces:
        if merged and not piece[1] and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + piece[0], False)
        else:
            merged.append(piece)
    return tuple(merged)


def snippet(fields: list[tuple[str, str]], terms: Mapping[str, int]) -> tuple[Piece, ...]:
    """The best sentence of ``fields`` ((text, folded) pairs, the summary first): the one
    with words of the most parts of the query (``terms`` maps each found word to its part),
    then of the most different words; without any, the first sentence."""
    best: tuple[tuple[int, int], str, str, tuple[int, int], list] | None = None
    first: tuple[str, str, tuple[int, int]] | None = None
    for text, folded in fields:
        sentences = _sentences(folded)
        if not sentences:
            continue
        if first is None:
            first = (text, folded, sentences[0])
        hits = _hits(folded, terms)
        if not hits:
            continue
        starts = [s for s, _ in sentences]
        per_sentence: dict[int, list[tuple[int, int, int]]] = {}
        for hit in hits:
            per_sentence.setdefault(bisect_right(starts, hit[0]) - 1, []).append(hit)
        for number, found in per_sentence.items():
            folded_words = {folded[s:e] for s, e, _ in found}
            rank = (len({clause for _, _, clause in found}), len(folded_words))
            if best is None or rank > best[0]:
                best = (rank, text, folded, sentences[number], found)
    if best is not None:
        _, text, folded, span, found = best
        return _marked(text, span, found, folded)
    if first is None:
        return ()
    text, folded, span = first
    return _marked(text, span, [], folded)
