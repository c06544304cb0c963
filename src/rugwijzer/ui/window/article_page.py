"""The article page: a topic's text, with the read-aloud bar above it, and the spine beside
it on a wide window and under it on a narrow one; the spine can take the whole page for a
while."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QVBoxLayout, QWidget

from ...content.model import Topic
from ...languages import DEFAULT_LANGUAGE
from ...session import Consultation
from ..article.view import ArticleView
from ..speech.bar import ReadAloudBar
from ..spine.drawings import SpineState
from ..widgets import disable_kinetic_scrolling, enable_kinetic_scrolling

if TYPE_CHECKING:
    from ..spine.panel import SpinePanel

DEFAULT_BODY_PX = 18


class ArticlePage(QWidget):
    """Owns the article view and the spine panel, which it makes when the first topic
    opens (not before the first paint), and passes on what the panel asks for."""

    spineTopicRequested = Signal(str)
    spineChanged = Signal()  # another view, chosen part or mark: what a copy must follow

    def __init__(self, topics_for_region: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePage")
        self._topics_for_region = topics_for_region
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.text_column = QWidget(self)
        column = QVBoxLayout(self.text_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.article = ArticleView(self.text_column)
        self.read_aloud = ReadAloudBar(self.article, self.text_column)
        column.addWidget(self.read_aloud)
        column.addWidget(self.article, 1)
        self._layout.addWidget(self.text_column, 1)
        self.spine: SpinePanel | None = None
        self.spine_enlarged = False
        self._lang = DEFAULT_LANGUAGE
        self._body_px = DEFAULT_BODY_PX
        self._tablet = False

    def ensure_spine(self) -> SpinePanel:
        if self.spine is None:
            from ..spine.panel import SpinePanel

            self.spine = SpinePanel(self._topics_for_region, self)
            self.spine.set_language(self._lang)
            self.spine.set_text_size(self._body_px)
            self.spine.set_touch(self._tablet)
            self.spine.topicRequested.connect(self.spineTopicRequested)
            self.spine.marksChanged.connect(self.spineChanged)
            self.spine.regionActivated.connect(lambda _region: self.spineChanged.emit())
            # What the panel needs changes with the topics it offers and its text size.
            self.spine.installEventFilter(self)
            self.spine.viewChanged.connect(lambda _view, _affected: self.spineChanged.emit())
            self.spine.enlargeRequested.connect(self._enlarge_spine)
            self._layout.addWidget(self.spine, 2)
            self._arrange()
        return self.spine

    def show_topic(self, topic: Topic, html_text: str) -> None:
        self.article.show_topic(topic, html_text)
        self.ensure_spine().show_topic(topic.regions, topic.view)

    def show_region(self, region_id: str) -> None:
        self.ensure_spine().show_region(region_id)

    @property
    def external_links_allowed(self) -> bool:
        # A tablet's reader must not leave Rugwijzer for another program.
        return not self._tablet

    def open_external_link(self, url: QUrl) -> None:
        """Web and mail links leave Rugwijzer, so they open only after the user agrees."""
        if not self.external_links_allowed:
            return
        answer = QMessageBox.question(
            self, self.tr("Open outside Rugwijzer?"),
            self.tr("This link opens in another program:\n{url}\n\nDo you want to open it?").format(
                url=url.toDisplayString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)

    def spine_state(self) -> SpineState:
        return self.spine.state() if self.spine is not None else SpineState()

    def set_consultation(self, consultation: Consultation | None) -> None:
        self.ensure_spine().set_consultation(consultation)

    def reset_spine(self) -> None:
        if self.spine is not None:
            self.spine.reset()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.read_aloud.set_language(lang)
        if self.spine is not None:
            self.spine.set_language(lang)

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        self.article.set_body_size(body_px)
        self.read_aloud.set_text_size(max(15, body_px - 2))
        if self.spine is not None:
            self.spine.set_text_size(body_px)

    def set_tablet(self, on: bool) -> None:
        """Tablet mode: links are followed but no text is selected, and a finger flicks
        the text and the picture."""
        self._tablet = on
        self.article.set_touch(on)
        self.article.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard if on
            else Qt.TextInteractionFlag.TextBrowserInteraction)
        (enable_kinetic_scrolling if on else disable_kinetic_scrolling)(self.article.viewport())
        if self.spine is not None:
            self.spine.set_touch(on)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.spine and event.type() == QEvent.Type.LayoutRequest:
            self._arrange()
        return False

    def _enlarge_spine(self, large: bool) -> None:
        self.spine_enlarged = large
        self.text_column.setVisible(not large)
        self._arrange()

    def _arrange(self) -> None:
        """The picture beside the text on wide windows, under it on narrow ones."""
        if self.spine is None:
            return
        page = self.size()
        wide = page.width() >= 700 and page.height() * 1.0 <= page.width() * 1.2
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)
        # A fixed share of the page: what the panel shows never moves the text around.
        if self.spine_enlarged:
            self.spine.setFixedSize(max(1, page.width()), max(1, page.height()))
        elif wide:
            self.spine.setFixedSize(min(560, round(page.width() * 0.38)), max(1, page.height()))
        else:
            # Under the text the panel is as wide as the page, and never lower than its
            # controls, caption and topics need at that width, which would else overlap.
            width = max(1, page.width())
            least = self.spine.layout().totalMinimumHeightForWidth(width)
            self.spine.setFixedSize(width, max(360, round(page.height() * 0.45), least))
