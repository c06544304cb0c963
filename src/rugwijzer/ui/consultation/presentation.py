"""Presentation mode: the spine fills the physician's window for explaining, with the
tools as a slim row over it; Esc (or its button) goes back to the window as it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...session import Consultation
from .. import theme
from ..spine.drawings import SpineState
from ..spine.panel import SpinePanel

# The picture is looked at from the patient's chair: its names a little larger.
EXTRA_TEXT_PX = 4


class Presentation(QWidget):
    """Laid over the whole window it is made in, and kept to its size."""

    left = Signal()

    def __init__(self, window: QWidget, consultation: Consultation) -> None:
        super().__init__(window)
        self.setObjectName("presentation")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spine = SpinePanel(lambda _region: [], self)
        self.spine.set_presenting(True)
        self.spine.set_consultation(consultation)
        self.spine.leaveRequested.connect(self.leave)
        layout.addWidget(self.spine)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.leave)
        window.installEventFilter(self)
        self.hide()

    def open(self, state: SpineState, lang: str, body_px: int) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.COLOURS.paper))
        self.setPalette(palette)
        self.spine.set_language(lang)
        self.spine.set_text_size(body_px + EXTRA_TEXT_PX)
        self.spine.mirror(state)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.spine.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        if self.isVisible():
            self.hide()
            self.left.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
