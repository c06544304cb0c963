"""The window's look: the theme the reader chose or the desktop's colour scheme, the text
size, and the pages shown again after either changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ...appearance import SYSTEM
from ...content.model import START
from ...session import Session
from ...settings import TEXT_SIZES, Settings
from .. import desktop, theme
from ..kiosk.mode import KioskMode
from ..start.page import StartPage
from .article_page import ArticlePage
from .sidebar import Sidebar
from .toolbar import Toolbar

if TYPE_CHECKING:
    from ..search.mode import SearchMode


class LookWindow(Protocol):
    """The parts of the window (a QMainWindow) whose look changes."""

    session: Session
    settings: Settings
    toolbar: Toolbar
    sidebar: Sidebar
    start_page: StartPage
    article_page: ArticlePage
    search: SearchMode
    kiosk_mode: KioskMode
    current_topic: str | None

    def open_topic(self, topic_id: str, record: bool = True) -> bool: ...

    def populate(self) -> None: ...

    def show_welcome(self) -> None: ...

    def isVisible(self) -> bool: ...


class Look(QObject):
    """Follows the session's theme and text size (and the desktop's colour scheme when the
    reader chose the system's) and shows the window's pages again in them."""

    def __init__(self, window: LookWindow) -> None:
        super().__init__(window)
        self._window = window

    @property
    def body_px(self) -> int:
        return TEXT_SIZES[self._window.session.text_size]

    def choose_theme(self, choice: str) -> None:
        """The reader's choice of theme; a desktop remembers it, a tablet does not."""
        self._window.session.set_theme(choice)
        if not self._window.kiosk_mode.active:
            self._window.settings.set_value("theme", choice)

    def desktop_changed(self, *_wish) -> None:
        # A closed window leaves the application's theme to the one that is open.
        if self._window.session.theme == SYSTEM and self._window.isVisible():
            self.theme_changed(SYSTEM)

    def theme_changed(self, choice: str) -> None:
        self._window.toolbar.set_theme(choice)
        shown = desktop.resolve(choice)
        if shown == theme.current():
            return
        theme.set_theme(shown)
        theme.apply(QApplication.instance())
        # The article's text and the lists carry their colours: they are made again.
        self.apply_text_size()
        self.show_anew()

    def text_size_changed(self, _index: int) -> None:
        window = self._window
        searching = window.search.active
        self.apply_text_size()
        if window.current_topic and window.current_topic != START:
            window.open_topic(window.current_topic, record=False)
        if searching:
            window.search.bring_back()

    def apply_text_size(self) -> None:
        window, body_px = self._window, self.body_px
        window.article_page.set_text_size(body_px)
        window.start_page.set_text_size(body_px)
        window.search.set_text_size(body_px)
        theme.set_font_size(window.sidebar, max(15, body_px - 2))
        window.toolbar.set_text_size(window.session.text_size, len(TEXT_SIZES))

    def show_anew(self) -> None:
        """The lists, tiles and current page made again, in the language and colours now."""
        window = self._window
        searching = window.search.active
        window.populate()
        if window.current_topic:
            window.open_topic(window.current_topic, record=False)
        window.show_welcome()
        if searching:
            window.search.bring_back()
