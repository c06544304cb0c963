"""Search in the window: what the search field's keys do, the results page over the page
the reader came from, and opening what the reader chose."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ...content.diagnostics import Diagnostic
from ...content.glossary import Term
from ...content.model import START, Library
from ...settings import DEFAULT_TEXT_SIZE, TEXT_SIZES
from .controller import SearchController

if TYPE_CHECKING:
    from ...content.search import Result
    from ..window.article_page import ArticlePage
    from ..window.toolbar import Toolbar
    from .page import SearchPage

log = logging.getLogger(__name__)

GLOSSARY_PAGE = "begrippen"


class SearchWindow(Protocol):
    """The parts of the window (a QMainWindow) that search uses."""

    toolbar: Toolbar
    pages: QStackedWidget
    start_page: QWidget
    article_page: ArticlePage
    library: Library
    current_topic: str | None

    def open_topic(self, topic_id: str, record: bool = True) -> bool: ...

    def open_term(self, term_id: str) -> None: ...

    def add_notice(self, message: Callable[[], str]) -> None: ...


class SearchMode(QObject):
    """Holds the search controller and the results page, which is made when first shown;
    ``active`` says whether the results are in front, ``shown`` that they came there."""

    shown = Signal()

    def __init__(self, window: SearchWindow, library: Library,
                 terms: Callable[[str], Iterable[Term]] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.controller = SearchController(library, terms, self)
        self.page: SearchPage | None = None
        self.lang = self.controller.lang
        self._tablet = False
        self._body_px = TEXT_SIZES[DEFAULT_TEXT_SIZE]
        self.controller.resultsReady.connect(self._show_results)
        self.controller.problemsFound.connect(self._report_problems)

    @property
    def active(self) -> bool:
        return self.page is not None and self._window.pages.currentWidget() is self.page

    def ensure_page(self) -> SearchPage:
        if self.page is None:
            from .page import SearchPage

            page = SearchPage(self._window.pages)
            page.set_text_size(self._body_px)
            page.set_tablet(self._tablet)
            page.set_popular(self.controller.popular())
            page.resultChosen.connect(self.open_result)
            page.searchChosen.connect(self.search_for)
            page.closeRequested.connect(self._close_to_field)
            page.fieldRequested.connect(lambda: self._window.toolbar.focus_search(select=False))
            self._window.pages.addWidget(page)
            self.page = page
        return self.page

    # ----- showing and closing ------------------------------------------------------------

    def show(self) -> None:
        """The results page, over the page the reader was on."""
        page = self.ensure_page()
        self._show_results(self.controller.results_for, self.controller.results)
        self._window.pages.setCurrentWidget(page)
        self.shown.emit()

    def close(self) -> None:
        """No query and no results, and back to the page the reader came from."""
        self.controller.reset()
        self._window.toolbar.clear_search()
        if self.active:
            window = self._window
            window.pages.setCurrentWidget(window.start_page if window.current_topic in (None, START)
                                          else window.article_page)

    def bring_back(self) -> None:
        """In front again, after the window showed the page beneath anew."""
        if self.page is not None:
            self._window.pages.setCurrentWidget(self.page)

    def _close_to_field(self) -> None:
        self.close()
        self._window.toolbar.focus_search()

    # ----- the search field ---------------------------------------------------------------

    def edited(self, text: str) -> None:
        # The first keystroke shows results at once; while typing goes on, after a pause.
        self.controller.set_query(text, at_once=not self.active)
        if text.strip():
            self.show()

    def entered(self, text: str) -> None:
        results = self.controller.search_now(text) if text.strip() else []
        if results:
            self.open_result(results[0])
        else:
            self.show()

    def down(self) -> None:
        if not self.active:
            self.show()
        self.page.focus_results()

    def escaped(self) -> None:
        if self.active or self._window.toolbar.search_field.text():
            self.close()

    def search_for(self, text: str) -> None:
        """A search tapped: as if it had been typed."""
        self._window.toolbar.set_search_text(text)
        self.controller.search_now(text)
        self.show()

    # ----- results ------------------------------------------------------------------------

    def open_result(self, result: Result) -> None:
        from ...content.search.glossary import KIND as GLOSSARY

        window = self._window
        if result.kind == GLOSSARY:
            self._open_term(result)
            return
        if not window.open_topic(result.id):
            return
        topic = window.library.get(result.id, self.lang)
        if result.region and topic.regions and result.region != topic.regions[0]:
            # Found through a lay term about another part, such as the nerve root.
            window.article_page.show_region(result.region)
        (window.article_page.article if result.id != START else window.start_page).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _open_term(self, result: Result) -> None:
        """A medical term opens the glossary page at it, where there is one; otherwise its
        row already shows the whole definition."""
        window = self._window
        if window.library.get(GLOSSARY_PAGE, self.lang) is None:
            return
        window.open_term(result.id)
        window.article_page.article.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_results(self, query: str, results: list) -> None:
        if self.page is not None:
            self.page.show_results(query, results, self.lang, self.controller.definitions())

    def _report_problems(self, problems: list[Diagnostic]) -> None:
        for problem in problems:
            if problem.is_error:
                log.warning("%s", problem)
                text = str(problem)
                self._window.add_notice(lambda text=text: text)

    # ----- what the window changes --------------------------------------------------------

    def set_content_folder(self, content: Path | None) -> None:
        """A clinic's content folder, whose lay terms and searches to tap apply too; before
        the first search."""
        self.controller.content = content

    def prepare(self) -> None:
        """Build the index of the current language in the background."""
        self.controller.prepare(self.lang)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.controller.set_language(lang)
        if self.page is not None:
            self.page.set_popular(self.controller.popular())

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        if self.page is not None:
            self.page.set_text_size(body_px)

    def set_tablet(self, on: bool) -> None:
        self._tablet = on
        if self.page is not None:
            self.page.set_tablet(on)
