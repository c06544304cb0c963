"""Words as search compares them: folded case and accents, stems per language, stop words.

Folding keeps every character in its place ("Röntgen" becomes "rontgen", one letter for
one letter), so a position found in the folded text is the same position in the original,
which is what lets a snippet mark the words a reader typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"\w+")

# Words too common to tell topics apart. A query of only these finds nothing by them.
_STOP_WORDS = {
    "nl": """
        aan al als bij ben dan dat de deze die dit door een en er ergens haar heb hebben heeft
        het hier hij hoe hun ik in is je jij kan kun kunnen maar me met mijn na naar niet nog
        nu of om onder ook op over te tegen toch tot u uit uw van veel voor was wat we
        welke wie wij wordt worden zal ze zich zij zijn zo zoals zou
        """,
    "en": """
        a about after all also am an and any are as at be been being but by can could did do
        does down for from had has have he her his how i if in into is it its just me more
        most my no not of on or our out she so some than that the their them then there these
        they this those to too up very was we were what when where which who why will with
        would you your
        """,
}
STOP_WORDS = {lang: frozenset(text.split()) for lang, text in _STOP_WORDS.items()}

_STEMMER_NAMES = {"nl": "dutch", "en": "english"}


class _FoldTable(dict):
    """``str.translate`` table that works out each character's folded form once."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c)).casefold()
        if len(base) != 1:
            # Folding would change the length ("ß" to "ss"); lower case keeps it.
            lower = char.lower()
            base = lower if len(lower) == 1 else char
        self[code] = base
        return base


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` in lower case without accents, one character for each of ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def prepare(text: str) -> str:
    """Accents written as separate marks joined to their letters, so folding finds them."""
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return WORD.findall(fold(prepare(text)))


def is_stop_word(word: str, lang: str) -> bool:
    return word in STOP_WORDS.get(lang, frozenset())


@lru_cache(maxsize=4)
def _stemmer(lang: str):
    name = _STEMMER_NAMES.get(lang)
    if name is None:
        return None
    import snowballstemmer

    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The stem of a folded word ("zenuwen" and "zenuw" share one), or the word itself."""
    stemmer = _stemmer(lang)
    return stemmer.stemWord(word) if stemmer is not None else word
