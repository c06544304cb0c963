"""The read-aloud bar above an article: read, pause and resume, stop, and the speed; the
sentence being read is highlighted in the text, which scrolls to follow it.

The speech engine is loaded on first use, never before the window has appeared: most
readers never press the button.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QWidget,
)

from .. import icons, theme

if TYPE_CHECKING:
    from ...speech import ReadAloud, State
    from .passage import Spoken

log = logging.getLogger(__name__)

RATES = (0.75, 1.0, 1.25, 1.5)
NORMAL_RATE = 1
FOLLOW_AT = 0.25  # a sentence scrolled into view stands this far down the text


class ReadAloudBar(QFrame):
    """Reads the text of ``view`` aloud in the language given with ``set_language``.
    ``stateChanged`` follows the reading ("idle", "speaking", "paused")."""

    stateChanged = Signal(str)

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudBar")
        self.view = view
        self.engine: ReadAloud | None = None
        self.lang = ""
        self.sentences: list[Spoken] = []
        self.current = -1  # the sentence highlighted, or -1
        self.voice: bool | None = None  # None: not asked yet for this language
        self._missing = ""
        self._state = "idle"
        self._icons = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(8)
        self.play_button = QPushButton(self)
        self.play_button.setObjectName("readAloudPlay")
        self.play_button.clicked.connect(self._play_pressed)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("readAloudStop")
        self.stop_button.clicked.connect(self.stop)
        self.speed = QComboBox(self)
        self.speed.setObjectName("readAloudSpeed")
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self.status = QLabel(self)
        self.status.setObjectName("readAloudStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        for widget in (self.play_button, self.stop_button, self.speed):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(widget)
        layout.addWidget(self.status, 1)
        view.textChanged.connect(self.stop)
        self.setStyleSheet(self._style())
        self.retranslate()

    @staticmethod
    def _style() -> str:
        c = theme.COLOURS
        return f"""
QFrame#readAloudBar {{ background: {c.paper}; border: none;
    border-bottom: 1px solid {c.border}; }}
QFrame#readAloudBar QPushButton {{ background: {c.paper}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 8px; padding: 5px 12px; }}
QFrame#readAloudBar QPushButton:hover {{ background: {c.accent_soft}; }}
QFrame#readAloudBar QPushButton:focus {{ border: 2px solid {c.accent}; }}
QFrame#readAloudBar QPushButton:disabled {{ color: #8A969C; }}
QPushButton#readAloudPlay[unavailable="true"] {{ color: {c.muted}; border-style: dashed; }}
QLabel#readAloudStatus {{ color: {c.muted}; }}
"""

    def set_text_size(self, pixels: int) -> None:
        for widget in (self.play_button, self.stop_button, self.speed, self.status):
            theme.set_font_size(widget, pixels)

    def load_icons(self) -> None:
        """Icons, once the first paint is done."""
        self._icons = True
        self.stop_button.setIcon(icons.icon("stop", "text"))
        self._show_state()

    # ----- the engine ---------------------------------------------------------------------

    def _engine(self) -> ReadAloud:
        if self.engine is None:
            from ... import speech

            self.engine = speech.create_engine(self)
            self.engine.set_rate(RATES[self.speed.currentIndex()])
            self.engine.sentenceStarted.connect(self._sentence_started)
            self.engine.finished.connect(self._finished)
            self.engine.failed.connect(self._failed)
            self.engine.stateChanged.connect(self._engine_state)
        return self.engine

    def check_voice(self) -> None:
        """Ask the system whether it has a voice for the language, and show the answer on
        the button before anyone presses it."""
        if self.voice is None and self.lang:
            engine = self._engine()
            self.voice = engine.available(self.lang)
            self._missing = "" if self.voice else engine.missing_voice_message(self.lang)
            self._show_state()

    # ----- what the window asks -----------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.stop()
        self.lang = lang
        self.voice = None
        self._missing = ""
        self.status.clear()
        self._name_speeds()
        self._show_state()

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()
        self._highlight(-1)

    def reset(self) -> None:
        """For the next reader: silent, at the normal speed."""
        self.stop()
        self.speed.setCurrentIndex(NORMAL_RATE)
        self.status.clear()

    @property
    def state(self) -> str:
        return self._state

    # ----- reading ------------------------------------------------------------------------

    def _play_pressed(self) -> None:
        from ...speech import State

        engine = self._engine()
        if engine.state is State.SPEAKING:
            engine.pause()
        elif engine.state is State.PAUSED:
            engine.resume()
        else:
            self.read()

    def read(self) -> None:
        """Read the text from its first sentence."""
        from .passage import passage

        self.check_voice()
        if not self.voice:
            self.status.setText(self._missing)
            return
        self.status.clear()
        self.sentences = passage(self.view.document())
        self._engine().speak([s.text for s in self.sentences], self.lang)

    def _sentence_started(self, index: int) -> None:
        self._highlight(index)

    def _finished(self) -> None:
        self._highlight(-1)

    def _failed(self, message: str) -> None:
        self._highlight(-1)
        self.status.setText(message)

    def _engine_state(self, state: State) -> None:
        self._state = state.value
        self._show_state()
        self.stateChanged.emit(self._state)

    def _speed_chosen(self, index: int) -> None:
        if self.engine is not None and 0 <= index < len(RATES):
            self.engine.set_rate(RATES[index])

    # ----- the text -----------------------------------------------------------------------

    def _highlight(self, index: int) -> None:
        """Mark sentence ``index`` in the text and bring it into view; -1 clears."""
        self.current = index if 0 <= index < len(self.sentences) else -1
        if self.current < 0:
            self.view.setExtraSelections([])
            return
        sentence = self.sentences[self.current]
        document = self.view.document()
        end = min(sentence.end, document.characterCount() - 1)
        cursor = QTextCursor(document)
        cursor.setPosition(min(sentence.start, end))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        # A highlighter's soft yellow: calm, and unlike any other colour of the text.
        selection.format.setBackground(QColor(theme.COLOURS.notice))
        self.view.setExtraSelections([selection])
        self._follow(cursor)

    def _follow(self, cursor: QTextCursor) -> None:
        """Scroll the sentence into view at once when it is not wholly in view: never an
        animation, which would move the page under a reader who prefers it still."""
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        top = self.view.cursorRect(start).top()
        bottom = self.view.cursorRect(end).bottom()
        height = self.view.viewport().height()
        if top >= 0 and bottom <= height:
            return
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + top - round(height * FOLLOW_AT))

    # ----- texts --------------------------------------------------------------------------

    def _show_state(self) -> None:
        button = self.play_button
        if self._state == "speaking":
            text, name, icon = (self.tr("Pause"), self.tr("Pause reading aloud"), "pause")
        elif self._state == "paused":
            text, name, icon = (self.tr("Resume"), self.tr("Resume reading aloud"), "play")
        else:
            text, name, icon = (self.tr("Read aloud"), self.tr("Read this page aloud"),
                                "volume-high")
        button.setText(text)
        button.setAccessibleName(name)
        if self._icons:
            button.setIcon(icons.icon(icon, "text"))
        unavailable = self.voice is False
        if button.property("unavailable") != unavailable:
            button.setProperty("unavailable", unavailable)
            button.style().unpolish(button)
            button.style().polish(button)
        tip = self._missing or self.tr("Reads the title and the text aloud, and highlights "
                                       "the sentence being read")
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        self.stop_button.setEnabled(self._state != "idle")

    def _name_speeds(self) -> None:
        locale = QLocale(self.lang) if self.lang else QLocale()
        chosen = self.speed.currentIndex()
        self.speed.blockSignals(True)
        self.speed.clear()
        for rate in RATES:
            self.speed.addItem(self.tr("Speed {rate}×").format(rate=locale.toString(rate, "g", 3)))
        self.speed.setCurrentIndex(chosen if chosen >= 0 else NORMAL_RATE)
        self.speed.blockSignals(False)

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop reading aloud"))
        self._name_speeds()
        self.speed.setAccessibleName(self.tr("Reading speed"))
        self.speed.setToolTip(self.tr("Reading speed"))
        self.setAccessibleName(self.tr("Read aloud"))
        if self.voice is False and self.engine is not None:
            self._missing = self.engine.missing_voice_message(self.lang)
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
