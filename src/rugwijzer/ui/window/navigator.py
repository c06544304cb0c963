"""History navigation: back, forward and start, the state of the history buttons, and where
the reader was in each topic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from ...content.model import START
from ...session import Session
from ..article.view import ArticleView
from .toolbar import Toolbar

if TYPE_CHECKING:
    from ..search.mode import SearchMode


class NavigatorWindow(Protocol):
    """The parts of the window (a QMainWindow) that navigation uses."""

    session: Session
    toolbar: Toolbar
    article: ArticleView
    search: SearchMode
    current_topic: str | None

    def open_topic(self, topic_id: str, record: bool = True) -> bool: ...


class Navigator(QObject):
    """Moves through the session's history of topics. The window opens the topics and tells
    the navigator when it leaves one and when it has opened the next."""

    def __init__(self, window: NavigatorWindow) -> None:
        super().__init__(window)
        self._window = window

    def go_back(self) -> None:
        window = self._window
        if window.search.active:
            # The results lie over the page the reader came from: Back returns to it.
            window.search.close()
        elif window.session.history.can_go_back:
            window.open_topic(window.session.history.back() or START, record=False)

    def go_forward(self) -> None:
        history = self._window.session.history
        if history.can_go_forward:
            self._window.open_topic(history.forward() or START, record=False)

    def go_start(self) -> None:
        self._window.open_topic(START)

    def start_afresh(self) -> None:
        """The start page with no history, as for a new patient."""
        self.go_start()
        history = self._window.session.history
        history.clear()
        history.visit(START)
        self._update_actions()

    def leaving(self, topic_id: str | None) -> None:
        """Remembers how far the reader had scrolled in the topic about to be left."""
        if topic_id and topic_id != START:
            self._window.session.scroll_positions[topic_id] = \
                self._window.article.verticalScrollBar().value()

    def arrived(self, topic_id: str, record: bool) -> None:
        """A new visit goes into the history; a topic reached through the history opens
        where the reader left it."""
        session = self._window.session
        if record:
            session.history.visit(topic_id)
        else:
            position = session.scroll_positions.get(topic_id)
            if position is not None and topic_id != START:
                self._window.article.verticalScrollBar().setValue(position)
        self._update_actions()

    def _update_actions(self) -> None:
        history = self._window.session.history
        self._window.toolbar.set_history(history.can_go_back, history.can_go_forward)
