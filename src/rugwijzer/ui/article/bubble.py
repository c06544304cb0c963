"""A glossary term's explanation, shown in place next to the word that asked for it.

Not a dialog: a small frame inside the article that closes with Esc, its close button, a
tap anywhere else, scrolling or another page. It takes the keyboard focus when it opens, so
a screen reader reads the term and its explanation, and gives it back to the word when it
closes from the keyboard.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...content.glossary import Term
from .. import theme
from .glossary import sources_line

log = logging.getLogger(__name__)

MAX_WIDTH = 460
MARGIN = 12  # from the edges of the article
GAP = 6  # between the word and the bubble
TOUCH_TARGET = 48
TOUCH_TEXT_PX = 22


class TermBubble(QFrame):
    regionRequested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("termBubble")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.term: Term | None = None
        self._touch = False
        self._text_px = 18
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 14)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = self._label("termTitle")
        self.close_button = QPushButton("×", self)
        self.close_button.setObjectName("termClose")
        self.close_button.clicked.connect(lambda: self.close_bubble(True))
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.definition = self._label("termDefinition")
        layout.addWidget(self.definition)
        self.marker = self._label("termMarker")
        layout.addWidget(self.marker)
        self.spine_button = QPushButton(self)
        self.spine_button.setObjectName("termSpine")
        self.spine_button.clicked.connect(self._show_on_spine)
        layout.addWidget(self.spine_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Lifted off the text it covers.
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 70))
        self.setGraphicsEffect(shadow)
        self.hide()
        self._style()
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        # Terms and their explanations come from content files: text, never markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close the explanation"))
        self.close_button.setToolTip(self.close_button.accessibleName())
        self.spine_button.setText(self.tr("Show on the spine"))
        if self.term is not None:
            self._fill(self.term)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_text_size(self, body_px: int) -> None:
        self._text_px = body_px
        self._style()

    def set_touch(self, on: bool) -> None:
        """On a tablet: larger text and buttons a finger hits."""
        self._touch = on
        self._style()

    def _style(self) -> None:
        c = theme.COLOURS
        text_px = max(self._text_px, TOUCH_TEXT_PX) if self._touch else self._text_px
        small_px = max(13, round(text_px * 0.8))
        button = TOUCH_TARGET if self._touch else 32
        self.setStyleSheet(f"""
QFrame#termBubble {{ background: {c.paper}; border: 1px solid {c.accent};
    border-radius: 10px; }}
QFrame#termBubble:focus {{ border: 2px solid {c.accent}; }}
QLabel {{ color: {c.text}; font-size: {text_px}px; background: transparent; }}
QLabel#termTitle {{ font-weight: bold; font-size: {round(text_px * 1.1)}px; }}
QLabel#termMarker {{ color: {c.muted}; font-size: {small_px}px; }}
QPushButton#termClose {{ min-width: {button}px; max-width: {button}px;
    min-height: {button}px; max-height: {button}px; font-size: {round(button * 0.6)}px;
    border: none; border-radius: {button // 2}px; background: transparent; color: {c.text}; }}
QPushButton#termClose:hover, QPushButton#termClose:focus {{ background: {c.accent_soft}; }}
QPushButton#termSpine {{ min-height: {TOUCH_TARGET if self._touch else 0}px;
    font-size: {text_px}px; padding: 6px 14px; border: 1px solid {c.accent};
    border-radius: 8px; color: {c.accent}; background: {c.paper}; }}
QPushButton#termSpine:focus {{ border: 2px solid {c.accent}; }}
QPushButton#termSpine:hover {{ background: {c.accent_soft}; }}
""")

    def _fill(self, term: Term) -> None:
        self.title.setText(term.term)
        self.definition.setText(term.definition)
        self.marker.setText(sources_line(term))
        self.spine_button.setVisible(term.region is not None)
        self.setAccessibleName(term.term)
        self.setAccessibleDescription(f"{term.definition} {sources_line(term)}")

    def show_term(self, term: Term, word: QRect, area: QRect) -> None:
        """Explain ``term`` next to ``word``, both in the parent's coordinates, inside
        ``area`` (the visible text)."""
        self.term = term
        self._fill(term)
        width = max(1, min(MAX_WIDTH, area.width() - 2 * MARGIN))
        self.setFixedWidth(width)
        layout = self.layout()
        layout.activate()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        self.setFixedHeight(height)
        x = min(max(word.left(), area.left() + MARGIN), area.right() - MARGIN - width)
        below = word.bottom() + GAP
        above = word.top() - GAP - height
        if below + height <= area.bottom() - MARGIN:
            y = below
        elif above >= area.top() + MARGIN:
            y = above
        else:
            y = max(area.top() + MARGIN, area.bottom() - MARGIN - height)
        self.move(max(area.left(), x), y)
        self.show()
        self.raise_()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_bubble(self, return_focus: bool = False) -> None:
        """Close; with ``return_focus``, the focus goes back to the word's text, which still
        has the word as its current link."""
        if self.isHidden():
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        parent = self.parentWidget()
        if return_focus and parent is not None:
            parent.setFocus(Qt.FocusReason.OtherFocusReason)
        self.hide()

    def _show_on_spine(self) -> None:
        region = self.term.region if self.term is not None else None
        self.close_bubble(True)
        if region:
            self.regionRequested.emit(region)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bubble(True)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Taken here, so that a press on the explanation does not reach the article under it.
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab stays within the bubble, as in a dialog, until it closes. (Qt also asks a
        bubble that is being hidden to pass its focus on: then it goes the usual way.)"""
        stops = [widget for widget in (self, self.spine_button, self.close_button)
                 if widget.isVisible()]
        if not stops:
            return super().focusNextPrevChild(forward)
        current = QApplication.focusWidget()
        index = stops.index(current) if current in stops else 0
        stops[(index + (1 if forward else -1)) % len(stops)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A press anywhere outside the bubble closes it, and still does what it does."""
        try:
            pressed = event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
            if pressed and isinstance(watched, QWidget) and watched is not self \
                    and not self.isAncestorOf(watched):
                self.close_bubble(False)
        except Exception:
            log.exception("the explanation could not follow a press")
        return False
