"""The spine on the start page: point to (or tap) where it hurts and see the topics about
that part.

Made after the first paint, in the place the start page keeps free for it, so start-up
does not wait for the illustration. A finger's tap on a spot where small parts lie close
together shows that spot larger first; the start page then gives the picture its whole
width until the reader goes back to the whole spine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
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
from ..spine import drawings, touch
from ..spine.canvas import SpineCanvas
from ..widgets import WrappingButton, discard_widgets, layout_widgets

MARGIN = 18
QWIDGETSIZE_MAX = 16777215


class CompactSpineCanvas(SpineCanvas):
    """The whole spine at one size: on the start page the wheel scrolls the page, and only
    a finger's tap shows a spot larger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_zoom = False


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
    """The whole spine from the side, as tall as the card; beside it what the reader chose
    and the topics about it."""

    topicRequested = Signal(str)
    magnifiedChanged = Signal(bool)  # the picture asks for the page's whole width, or no more

    def __init__(self, topics_for_region: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startSpine")
        theme.keep_styled(self, theme.start_spine_style_sheet)
        self._topics_for_region = topics_for_region
        self.lang = DEFAULT_LANGUAGE
        self._body_px = 18
        self.tablet = False
        self.by_touch = False  # the reader's last input was a finger
        self._watcher: touch.InputKind | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(MARGIN, 16, MARGIN, 16)
        row.setSpacing(14)
        self.canvas = CompactSpineCanvas(self)
        self.canvas.setObjectName("startSpineCanvas")
        # The article's drawing, shared; level names would crowd a picture this narrow,
        # and the caption names each part instead.
        artwork, shapes = drawings.drawing("side", False)
        drawing = dataclasses.replace(artwork, labels=[])
        self.canvas.set_artwork(drawing, shapes)
        bounds = drawing.bounds()
        self.aspect = bounds.width() / bounds.height()
        self.canvas.hovered.connect(self._hovered)
        self.canvas.activated.connect(lambda _region: self._show_selection())
        self.canvas.magnifiedChanged.connect(self._magnified)
        row.addWidget(self.canvas)
        self.texts = QWidget(self)
        self.texts.setObjectName("startSpineTexts")
        texts = QVBoxLayout(self.texts)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(10)
        self.title = QLabel(self.texts)
        self.title.setObjectName("startSpineTitle")
        self.title.setWordWrap(True)
        texts.addWidget(self.title)
        self.caption = QLabel(self.texts)
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
        self.hint = QLabel(self.texts)
        self.hint.setObjectName("startSpineHint")
        self.hint.setWordWrap(True)
        texts.addWidget(self.hint)
        self.topics = QWidget(self.texts)
        self.topics.setObjectName("startSpineTopics")
        self.topics_layout = QVBoxLayout(self.topics)
        self.topics_layout.setContentsMargins(0, 0, 0, 0)
        self.topics_layout.setSpacing(8)
        texts.addWidget(self.topics)
        texts.addStretch(1)
        self.whole_button = WrappingButton("", self.texts)
        self.whole_button.setObjectName("startSpineWhole")
        self.whole_button.clicked.connect(self.canvas.show_whole)
        self.whole_button.hide()
        texts.addWidget(self.whole_button)
        row.addWidget(self.texts, 1)
        self.set_text_size(self._body_px)
        self.retranslate()
        self._show_selection()

    # ----- public interface ---------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language of the parts' names and of the topics offered."""
        self.lang = lang
        self.canvas.set_language(lang)
        self._show_selection()

    def set_tablet(self, on: bool) -> None:
        """Tablet mode: a finger is the only pointer, and every tap reaches at least 24
        pixels."""
        self.tablet = on
        self.canvas.tablet = on
        self.retranslate()

    def reset(self) -> None:
        """Nothing chosen or pointed at, the whole spine in view, as for a new reader."""
        self.canvas.selected = None
        self.canvas.hover = None
        self.canvas.reset_view()
        self._show_selection()

    def selected_region(self) -> str | None:
        return self.canvas.selected

    def topic_buttons(self) -> list[TopicButton]:
        return layout_widgets(self.topics_layout)

    def text_width(self) -> int:
        """The room kept beside the picture for its texts at the present text size."""
        return round(180 * self._body_px / 18)

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        theme.set_font_size(self.title, round(body_px * 1.15), bold=True)
        for label in (self.caption, self.hint):
            theme.set_font_size(label, body_px - 1)
        theme.set_font_size(self.whole_button.label, body_px - 1)
        for button in self.topic_buttons():
            button.set_text_size(body_px - 1)
        self._fit_canvas()

    def touch_instructions(self) -> bool:
        return self.tablet or self.by_touch

    def retranslate(self) -> None:
        if self.touch_instructions():
            self.title.setText(self.tr("Tap where it hurts"))
        else:
            self.title.setText(self.tr("Point to where it hurts"))
        self.setAccessibleName(self.title.text())
        self.canvas.setAccessibleName(self.tr("Illustration of the spine"))
        self.canvas.setAccessibleDescription(self.tr(
            "Choose a part to see the topics about it. Go from part to part with Tab or the "
            "arrow keys; Enter chooses the part."))
        self.whole_button.label.setText(self.tr("Back to the whole spine"))
        self.whole_button.setAccessibleName(self.whole_button.label.text())
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._watcher is None:
            self._watcher = touch.follow_input(self, self._input_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_canvas()

    # ----- internals ----------------------------------------------------------------------

    def _fit_canvas(self) -> None:
        """The whole spine as tall as the card and no wider than it needs; a spot shown
        larger takes all the width the texts leave."""
        if self.canvas.magnified:
            self.canvas.setMinimumWidth(160)
            self.canvas.setMaximumWidth(QWIDGETSIZE_MAX)
            self.texts.setFixedWidth(self.text_width())
        else:
            height = self.height() - self.layout().contentsMargins().top() \
                - self.layout().contentsMargins().bottom()
            self.canvas.setFixedWidth(max(60, round(height * self.aspect)))
            self.texts.setMinimumWidth(0)
            self.texts.setMaximumWidth(QWIDGETSIZE_MAX)

    def _input_changed(self, by_touch: bool) -> None:
        if by_touch != self.by_touch:
            self.by_touch = by_touch
            self.retranslate()

    def _magnified(self, on: bool) -> None:
        self.whole_button.setVisible(on)
        self._fit_canvas()
        self._show_hint()
        self.magnifiedChanged.emit(on)

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
        touch_first = self.touch_instructions()
        if self.canvas.magnified and not self.canvas.selected:
            hint = self.tr("Tap the part you mean.")
        elif not self.canvas.selected:
            hint = (self.tr("Tap a part of the spine to see which topics are about it.")
                    if touch_first else
                    self.tr("Choose a part of the spine to see which topics are about it."))
        elif not self.topics_layout.count():
            hint = self.tr("There is no separate topic about this part. The tiles on this "
                           "page lead to all topics.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
