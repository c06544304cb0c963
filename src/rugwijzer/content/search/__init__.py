"""Search that understands patients: their own words, typing slips and half-typed words.

``SearchEngine(library, synonyms).search(lang, query, limit)`` gives ranked ``Result``s
with a marked snippet; ``search()`` keeps the older one-call form for a library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Diagnostic
from ..glossary import Term
from ..model import Library, Topic
from .documents import Document
from .engine import Result, SearchEngine
from .snippets import Piece
from .synonyms import Synonyms, check_synonyms, load_synonyms
from .text import fold

__all__ = ["Document", "Hit", "Piece", "Result", "SearchEngine", "Synonyms", "check_synonyms",
           "fold", "load_engine", "load_synonyms", "search"]


def load_engine(library: Library, content: Path | None = None,
                terms: Callable[[str], Iterable[Term]] | None = None
                ) -> tuple[SearchEngine, list[Diagnostic]]:
    """An engine for ``library`` with the shipped synonyms and those of a clinic's content
    folder, and the glossary's ``terms`` in a language if given; and the problems found in
    the synonym files."""
    from ... import resources

    synonyms, problems = load_synonyms(resources.synonym_folders(content))
    if terms is None:
        return SearchEngine(library, synonyms), problems
    from .glossary import glossary_documents

    return (SearchEngine(library, synonyms, extra=lambda lang: glossary_documents(terms(lang))),
            problems)


@dataclass(frozen=True, slots=True)
class Hit:
    topic: Topic
    score: float


_last: list[tuple[Library, SearchEngine]] = []


def search(library: Library, lang: str, query: str, limit: int = 10) -> list[Hit]:
    """Topics that match every part of ``query``, best first, with the shipped synonyms."""
    if not _last or _last[0][0] is not library:
        _last[:] = [(library, load_engine(library)[0])]
    engine = _last[0][1]
    hits = []
    for result in engine.search(lang, query, limit):
        topic = library.get(result.id, lang)
        if topic is not None:
            hits.append(Hit(topic, result.score))
    return hits
