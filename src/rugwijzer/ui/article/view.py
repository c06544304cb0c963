"""The article view: shows a topic's text and hands its links to the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QHideEvent,
    QImage,
    QKeyEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from ... import resources
from ...content.glossary import Term
from ...content.images import file_problem, inside
from ...content.model import Topic
from ..theme import article_style_sheet
from .glossary import anchor

if TYPE_CHECKING:
    from .bubble import TermBubble

log = logging.getLogger(__name__)

# Widest comfortable text column, in average characters of body text.
MEASURE_CHARS = 68
MIN_SIDE_MARGIN = 28
TOP_MARGIN = 28


def root_frame(document: QTextDocument) -> QTextFrame:
    """The document's root frame, found from a cursor.

    ``QTextDocument.rootFrame()`` ties each frame it returns to the document's Python object,
    and every ``setHtml()`` makes a new root frame, so a long-running window would collect
    the stale ones for as long as it lives.
    """
    frame = QTextCursor(document).currentFrame()
    while (parent := frame.parentFrame()) is not None:
        frame = parent
    return frame


class ArticleView(QTextBrowser):
    """Shows one topic; topic and region links are handed to the window as signals, and a
    glossary term's link shows its explanation in place."""

    topicLinkActivated = Signal(str)
    regionLinkActivated = Signal(str)
    filterActivated = Signal(str)
    externalLinkActivated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._follow)
        self.document().setDocumentMargin(0)
        self.document().setUndoRedoEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topic_id: str | None = None
        self._lang = ""
        self._content_root: Path | None = None
        self._body_px = 18
        self._touch = False
        self._glossary: Callable[[str, str], Term | None] = lambda _term, _lang: None
        self.bubble: TermBubble | None = None
        self.verticalScrollBar().valueChanged.connect(self.close_explanation)
        self.set_body_size(self._body_px)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("Article", "Article"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_body_size(self, body_px: int) -> None:
        self._body_px = body_px
        self.document().setDefaultStyleSheet(article_style_sheet(body_px))
        font = self.font()
        font.setPixelSize(body_px)
        self.document().setDefaultFont(font)
        self._update_measure()
        if self.bubble is not None:
            self.bubble.set_text_size(body_px)

    def set_touch(self, on: bool) -> None:
        """On a tablet the explanations of terms are larger, with buttons a finger hits."""
        self._touch = on
        if self.bubble is not None:
            self.bubble.set_touch(on)

    def set_glossary(self, term: Callable[[str, str], Term | None]) -> None:
        """Where the explanations come from: ``term(term_id, lang)``."""
        self._glossary = term

    def show_topic(self, topic: Topic, html_text: str) -> None:
        self.close_explanation()
        self.topic_id = topic.id
        self._lang = topic.lang
        self._content_root = topic.root
        self.setAccessibleDescription(topic.title)
        self.setHtml(html_text)
        self._mark_terms()
        self._update_measure()
        self.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "topic":
            self.topicLinkActivated.emit(url.path())
        elif scheme == "region":
            self.regionLinkActivated.emit(url.path())
        elif scheme == "term":
            try:
                self.explain(url.path())
            except Exception:
                log.exception("cannot explain %s", url.toString())
        elif scheme == "filter":
            self.filterActivated.emit(url.toString().partition(":")[2])
        elif scheme in ("http", "https", "mailto", "tel"):
            self.externalLinkActivated.emit(url)

    # ----- glossary terms -----------------------------------------------------------------

    def explain(self, term_id: str) -> None:
        """Show what ``term_id`` means: at its place in the glossary when this page is the
        glossary, else in a bubble beside its word."""
        if self.scroll_to_term(term_id):
            return
        term = self._glossary(term_id, self._lang)
        word = self._link_rect(f"term:{term_id}")
        if term is None or word is None:
            log.warning("no explanation of '%s' to show", term_id)
            return
        bubble = self._ensure_bubble()
        bubble.show_term(term, word, self.viewport().geometry())

    def _mark_terms(self) -> None:
        """A word with an explanation is underlined with dots, unlike a link that leaves
        the page: Qt's HTML has no way to say so."""
        found = [(fragment.position(), fragment.length()) for fragment in self._fragments()
                 if fragment.charFormat().anchorHref().startswith("term:")]
        if not found:
            return
        dotted = QTextCharFormat()
        dotted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        cursor = QTextCursor(self.document())
        for position, length in found:
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(dotted)

    def scroll_to_term(self, term_id: str) -> bool:
        """Scroll to ``term_id``'s entry when this page lists it."""
        name = anchor(term_id)
        if name not in self._anchor_names():
            return False
        self.scrollToAnchor(name)
        return True

    def close_explanation(self) -> None:
        if self.bubble is not None:
            self.bubble.close_bubble(False)

    def _ensure_bubble(self) -> TermBubble:
        if self.bubble is None:
            from .bubble import TermBubble

            self.bubble = TermBubble(self)
            self.bubble.set_text_size(self._body_px)
            self.bubble.set_touch(self._touch)
            self.bubble.regionRequested.connect(self.regionLinkActivated)
        return self.bubble

    def _fragments(self):
        block = self.document().begin()
        while block.isValid():
            part = block.begin()
            while not part.atEnd():
                yield part.fragment()
                part += 1
            block = block.next()

    def _anchor_names(self) -> set[str]:
        return {name for fragment in self._fragments()
                for name in fragment.charFormat().anchorNames()}

    def _link_rect(self, href: str) -> QRect | None:
        """Where the link to ``href`` is, in this widget's coordinates: its first line."""
        for fragment in self._fragments():
            if fragment.charFormat().anchorHref() != href:
                continue
            start = QTextCursor(self.document())
            start.setPosition(fragment.position())
            end = QTextCursor(self.document())
            end.setPosition(fragment.position() + fragment.length())
            first, last = self.cursorRect(start), self.cursorRect(end)
            rect = first.united(last) if last.top() == first.top() else first
            return rect.translated(self.viewport().pos())
        return None

    def loadResource(self, kind: int, url: QUrl):
        """Avatars and QR codes are drawn when the text asks for them; pictures are read only
        from Rugwijzer's own files and the content folder of the topic shown.

        The text was made safe when it was rendered; this is the last word on what is read,
        so a fault anywhere shows as a missing picture, never as a stopped program.
        """
        try:
            found = self._resource(kind, url)
        except Exception:
            log.exception("cannot show %s", url.toString())
            found = None
        if found is None and kind == QTextDocument.ResourceType.ImageResource.value:
            # Given no picture, Qt would read the file itself, past every check made here.
            found = QImage(1, 1, QImage.Format.Format_ARGB32)
            found.fill(Qt.GlobalColor.transparent)
        return found

    def _resource(self, kind: int, url: QUrl):
        scheme = url.scheme()
        if scheme in ("avatar", "qr"):
            from .. import qr
            from . import panels

            value = unquote(url.toString().partition(":")[2])
            return (panels.avatar_image(value) if scheme == "avatar"
                    else qr.qr_image(value, panels.QR_MODULE_PX))
        if not url.isLocalFile():
            log.warning("not shown: %s is not a file of the content", url.toString())
            return None
        path = Path(url.toLocalFile())
        roots = [resources.resources_dir()]
        if self._content_root is not None:
            roots.append(self._content_root)
        problem = (file_problem(path) if inside(path, roots)
                   else "outside Rugwijzer's files and the topic's content folder")
        if problem is not None:
            log.warning("not shown: %s %s", path, problem)
            return None
        return super().loadResource(kind, url)

    def event(self, event: QEvent) -> bool:
        # QTextBrowser claims Alt+Left/Right for a history of its own, which Rugwijzer does
        # not use: let the window's Back and Forward shortcuts have them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            event.ignore()
            return False
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.close_explanation()
        self._update_measure()

    def hideEvent(self, event: QHideEvent) -> None:
        self.close_explanation()
        super().hideEvent(event)

    def _update_measure(self) -> None:
        """Keep lines about 60-75 characters long by centring a column of limited width."""
        font = self.document().defaultFont()
        measure = QFontMetricsF(font).averageCharWidth() * MEASURE_CHARS
        width = self.viewport().width()
        side = max(MIN_SIDE_MARGIN, (width - measure) / 2)
        root = root_frame(self.document())
        frame_format = root.frameFormat()
        if abs(frame_format.leftMargin() - side) < 1:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(TOP_MARGIN)
        frame_format.setBottomMargin(TOP_MARGIN * 1.5)
        root.setFrameFormat(frame_format)
