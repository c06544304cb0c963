"""The spine on the start page: point to where it hurts and see the topics about that part.

Made after the first paint, in the place the start page keeps free for it, so start-up
does not wait for the illustration.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...content.regions import REGIONS
from ...languages import DEFAULT_LANGUAGE
from .. import theme
from ..spine import drawings
from ..spine.canvas import SpineCanvas
from ..widgets import WrappingButton, discard_widgets, layout_widgets

CANVAS_WIDTH = 120  # at 18 px text; the whole spine is about four and a half times as tall


class CompactSpineCanvas(SpineCanvas):
    """The whole spine at one size: on the start page the wheel scrolls the page."""

    def set_zoom(self, zoom: float) -> None:
        pass

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class TopicButton(WrappingButton):
    """A topic to open; a long title wraps instead of being cut off in a narrow column."""

    def __init__(self, topic_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, margins=(12, 8, 12, 8),
                         alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName("startSpineTopic")
        self.topic_id = topic_id
        self.setAccessibleName(title)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setObjectName("startSpineTopicTitle")

    def set_text_size(self, pixels: int) -> None:
        theme.set_font_size(self.label, pixels)
        self.updateGeometry()


class StartSpine(QFrame):
    """The whole spine from the side; hovering names a part, choosing it offers its topics."""

    topicRequested = Signal(str)

    def __init__(self, topics_for_region: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startSpine")
        theme.keep_styled(self, theme.start_spine_style_sheet)
        self._topics_for_region = topics_for_region
        self.lang = DEFAULT_LANGUAGE
        self._body_px = 18
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("startSpineTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(14)
        self.canvas = CompactSpineCanvas(self)
        self.canvas.setObjectName("startSpineCanvas")
        # The article's drawing, shared; level labels would crowd a picture this small, and
        # the caption names each part instead.
        artwork, shapes = drawings.drawing("side", False)
        self.canvas.set_artwork(dataclasses.replace(artwork, labels=[]), shapes)
        self.canvas.hovered.connect(self._hovered)
        self.canvas.activated.connect(lambda _region: self._show_selection())
        row.addWidget(self.canvas)
        texts = QVBoxLayout()
        texts.setSpacing(8)
        self.caption = QLabel(self)
        self.caption.setObjectName("startSpineCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A name shown or gone must not move the picture under the reader's finger: the
        # caption takes the column's width, never asks for more.
        policy = self.caption.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setRetainSizeWhenHidden(True)
        self.caption.setSizePolicy(policy)
        texts.addWidget(self.caption)
        self.hint = QLabel(self)
        self.hint.setObjectName("startSpineHint")
        self.hint.setWordWrap(True)
        texts.addWidget(self.hint)
        self.topics = QWidget(self)
        self.topics.setObjectName("startSpineTopics")
        self.topics_layout = QVBoxLayout(self.topics)
        self.topics_layout.setContentsMargins(0, 0, 0, 0)
        self.topics_layout.setSpacing(8)
        texts.addWidget(self.topics)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        layout.addLayout(row, 1)
        self.set_text_size(self._body_px)
        self.retranslate()
        self._show_selection()

    # ----- public interface ---------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language of the parts' names and of the topics offered."""
        self.lang = lang
        self.canvas.set_language(lang)
        self._show_selection()

    def reset(self) -> None:
        """Nothing chosen or pointed at, as for a new reader."""
        self.canvas.selected = None
        self.canvas.hover = None
        self.canvas.update()
        self._show_selection()

    def selected_region(self) -> str | None:
        return self.canvas.selected

    def topic_buttons(self) -> list[TopicButton]:
        return layout_widgets(self.topics_layout)

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        theme.set_font_size(self.title, round(body_px * 1.15), bold=True)
        for label in (self.caption, self.hint):
            theme.set_font_size(label, body_px - 1)
        for button in self.topic_buttons():
            button.set_text_size(body_px - 1)
        self.canvas.setFixedWidth(round(CANVAS_WIDTH * body_px / 18))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Point to where it hurts"))
        self.setAccessibleName(self.title.text())
        self.canvas.setAccessibleName(self.tr("Illustration of the spine"))
        self.canvas.setAccessibleDescription(self.tr(
            "Choose a part to see the topics about it. Go from part to part with Tab or the "
            "arrow keys; Enter chooses the part."))
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- internals ----------------------------------------------------------------------

    def _hovered(self, region: str) -> None:
        self._show_name(region or self.canvas.selected)

    def _show_name(self, region: str | None) -> None:
        self.caption.setText(REGIONS[region].name(self.lang) if region else "")
        self.caption.setVisible(bool(region))

    def _show_selection(self) -> None:
        discard_widgets(self.topics_layout)
        region = self.canvas.selected
        self._show_name(region)
        topics = self._topics_for_region(region) if region else []
        for topic_id, title in topics:
            button = TopicButton(topic_id, title, self.topics)
            button.set_text_size(self._body_px - 1)
            button.clicked.connect(lambda _=False, t=topic_id: self.topicRequested.emit(t))
            self.topics_layout.addWidget(button)
        self._show_hint()

    def _show_hint(self) -> None:
        if not self.canvas.selected:
            hint = self.tr("Choose a part of the spine to see which topics are about it.")
        elif not self.topics_layout.count():
            hint = self.tr("There is no separate topic about this part. The tiles on this "
                           "page lead to all topics.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
