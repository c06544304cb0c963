"""Words within a few typing slips of a word: "hernai" finds "hernia", "scolioze" "scoliose".

The distance is optimal string alignment (Damerau–Levenshtein where no letter is edited
twice): a wrong, missing or extra letter, or two neighbours swapped, each count one.
Letter pairs narrow the vocabulary down before any distance is worked out: k slips can
spoil at most 3·k of a word's letter pairs (a swap spoils three), so a word that shares
fewer pairs cannot be near, and the nearest words share the most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

# Only the words sharing the most letter pairs are compared letter by letter: a word a
# slip or two away shares nearly all of them, and comparing costs about 20 µs a word.
CANDIDATES = 150


def allowed_slips(word: str) -> int:
    """Typing slips forgiven in a word of this length: none below 4 letters, then 1, from
    7 letters 2."""
    return 0 if len(word) < 4 else 1 if len(word) <= 6 else 2


def distance(a: str, b: str, limit: int, prefix: bool = False) -> int:
    """Optimal string alignment distance from ``a`` to ``b`` (to the nearest beginning of
    ``b`` with ``prefix``), or ``limit + 1`` once it is certain to exceed ``limit``."""
    la = len(a)
    if prefix:
        b = b[:la + limit]
    lb = len(b)
    if (lb < la - limit) if prefix else abs(la - lb) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(lb + 1))
    for i in range(1, la + 1):
        char = a[i - 1]
        current = [i] * (lb + 1)
        best = i
        for j in range(1, lb + 1):
            value = min(previous[j] + 1, current[j - 1] + 1,
                        previous[j - 1] + (char != b[j - 1]))
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        before, previous = previous, current
    found = min(previous[max(0, la - limit):]) if prefix else previous[lb]
    return min(found, limit + 1)


def _pairs(word: str, ending: bool = True) -> set[str]:
    padded = f"^{word}$" if ending else f"^{word}"
    return {padded[i:i + 2] for i in range(len(padded) - 1)}


class FuzzyVocabulary:
    """A vocabulary that answers which of its words are near a given word."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.words = sorted(set(vocabulary))
        self._by_pair: dict[str, list[int]] = {}
        for number, word in enumerate(self.words):
            for pair in _pairs(word):
                self._by_pair.setdefault(pair, []).append(number)

    def near(self, word: str, limit: int, prefix: bool = False) -> list[tuple[str, int]]:
        """The words within ``limit`` slips of ``word`` (or, with ``prefix``, that begin
        within ``limit`` slips of it), nearest first; only the nearest distance is kept."""
        if limit <= 0 or not word:
            return []
        pairs = _pairs(word, ending=not prefix)
        shared = Counter(chain.from_iterable(self._by_pair.get(p, ()) for p in pairs))
        found: list[tuple[str, int]] = []
        best = limit
        for number, count in shared.most_common(CANDIDATES):
            if count < len(pairs) - 3 * best:
                break
            candidate = self.words[number]
            slips = distance(word, candidate, best, prefix)
            if slips > best or candidate == word:
                continue
            if slips < best:
                best, found = slips, []
            found.append((candidate, slips))
        return found
