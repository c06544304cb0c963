"""Search as the reader types: a short pause after a keystroke, then the results.

The engine and each language's index are made ahead of time, after the window has
appeared, the index in a thread of its own so that a large library never holds up the
window. The thread touches no Qt object: the controller looks every few milliseconds
whether it has finished. A language is searched only once its index is complete; until
then a search waits for it, and only Enter (which must open a result) waits on the spot.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...content.glossary import Term
from ...content.model import Library
from ...languages import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from ...content.search import Result, SearchEngine
    from ...content.search.popular import Popular

log = logging.getLogger(__name__)

PAUSE_MS = 100  # after the last keystroke: a fast typist's word is searched once
POLL_MS = 15  # how often a building index is looked at
LIMIT = 20  # more than a reader scans; each row is laid out as its text needs

class SearchController(QObject):
    """Holds the query as typed and the latest results, with the query they are for;
    ``resultsReady(query, results)`` follows each search, ``problemsFound`` the faults in
    the synonym, glossary and search files."""

    resultsReady = Signal(str, list)
    problemsFound = Signal(list)

    def __init__(self, library: Library,
                 terms: Callable[[str], Iterable[Term]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._terms = terms  # the glossary as readers see it, per language
        self.content: Path | None = None  # a clinic's content folder, with its synonyms
        self._engine: SearchEngine | None = None
        self._ready: set[str] = set()
        self._building: dict[str, threading.Thread] = {}
        self._definitions: dict[str, dict[str, str]] = {}
        self._popular: Popular | None = None
        self.lang = DEFAULT_LANGUAGE
        self.query = ""  # as typed
        self.results_for = ""  # the query that found ``results``
        self.results: list[Result] = []
        self._waiting = False  # a search waits for its language's index
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._search)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look_at_builds)

    # ----- ahead of time ------------------------------------------------------------------

    def _ensure_engine(self) -> SearchEngine:
        if self._engine is None:
            # The engine's modules load here, after the first frame, not with the window.
            from ...content.search import SearchEngine, load_engine

            try:
                self._engine, problems = load_engine(self._library, self.content, self._terms)
            except Exception:
                log.exception("search: the synonyms and glossary could not be loaded")
                self._engine, problems = SearchEngine(self._library), []
            if problems:
                self.problemsFound.emit(problems)
        return self._engine

    def prepare(self, lang: str | None = None) -> None:
        """Build ``lang``'s index (the current language's by default) in the background."""
        lang = lang or self.lang
        if lang in self._ready or lang in self._building:
            return
        engine = self._ensure_engine()
        thread = threading.Thread(target=self._build, args=(engine, lang),
                                  name=f"search-index-{lang}", daemon=True)
        self._building[lang] = thread
        thread.start()
        self._poll.start()

    @staticmethod
    def _build(engine: SearchEngine, lang: str) -> None:
        """On the worker thread."""
        try:
            engine.index(lang)
        except Exception:
            log.exception("search: the %s index could not be built", lang)

    def _look_at_builds(self) -> None:
        for lang, thread in list(self._building.items()):
            if not thread.is_alive():
                del self._building[lang]
                self._ready.add(lang)
                if lang == self.lang and self._waiting:
                    self._search()
        if not self._building:
            self._poll.stop()

    def _wait_for_index(self) -> None:
        lang = self.lang
        thread = self._building.pop(lang, None)
        if thread is not None:
            thread.join()
        self._ready.add(lang)

    # ----- searching ----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        if self.query:
            self._search()

    def set_query(self, text: str, at_once: bool = False) -> None:
        """The field's text changed: search after a short pause (``at_once``: now, if the
        index is ready), or clear at once."""
        self.query = text
        if not text.strip():
            self._clear()
        elif at_once:
            self._timer.stop()
            self._search()
        else:
            self._timer.start()

    def search_now(self, text: str) -> list[Result]:
        """Enter: the results of ``text`` at once, waiting for the index if need be."""
        self._timer.stop()
        self.query = text
        if text.strip() and self.lang not in self._ready:
            self._ensure_engine()
            self._wait_for_index()
        self._search()
        return self.results

    def _search(self) -> None:
        if not self.query.strip():
            return
        if self.lang not in self._ready:
            self._waiting = True
            self.prepare(self.lang)
            return
        self._waiting = False
        try:
            self.results = self._ensure_engine().search(self.lang, self.query, LIMIT)
        except Exception:
            # An index that could not be built is tried anew here; a fault must not stop
            # the window, which called this from a timer.
            log.exception("search: '%s' could not be searched", self.query)
            self.results = []
        self.results_for = self.query
        self.resultsReady.emit(self.query, self.results)

    def popular(self) -> tuple[str, ...]:
        """The searches to tap in the current language."""
        if self._popular is None:
            from ... import resources
            from ...content.search.popular import load_popular

            self._popular, problems = load_popular(resources.synonym_folders(self.content))
            if problems:
                self.problemsFound.emit(problems)
        return self._popular.get(self.lang, ())

    def definitions(self) -> dict[str, str]:
        """The glossary's definitions in the current language, by term id."""
        from ...content.search.glossary import KIND as GLOSSARY

        lang = self.lang
        if lang not in self._definitions and lang in self._ready:
            try:
                documents = self._ensure_engine().index(lang).documents
            except Exception:
                log.exception("search: the %s index could not be built", lang)
                return {}
            self._definitions[lang] = {
                d.id: d.text.split("\n", 1)[0] for d in documents if d.kind == GLOSSARY}
        return self._definitions.get(lang, {})

    def reset(self) -> None:
        """For the next reader: no query and no results."""
        self.query = ""
        self._clear()

    def _clear(self) -> None:
        self._timer.stop()
        self._waiting = False
        self.results_for = ""
        self.results = []
        self.resultsReady.emit("", [])
