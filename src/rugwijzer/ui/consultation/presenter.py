"""The patient's view during a consultation: the article and the spine, large and clean,
following what the physician shows. On a second screen it fills that screen; with one
screen it is a window of its own that the physician can show full screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..article.view import ArticleView
from ..spine.panel import SpinePanel

PRESENTER_TEXT_PX = 24


class PresenterWindow(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.article = ArticleView(self)
        self.article.set_body_size(PRESENTER_TEXT_PX)
        self.spine = SpinePanel(lambda _region: [], self)
        # The patient looks; the physician's window has the controls.
        self.spine.hide_controls()
        self.spine.set_text_size(PRESENTER_TEXT_PX)
        layout.addWidget(self.article, 3)
        layout.addWidget(self.spine, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rugwijzer — for the patient"))
        self.setAccessibleName(self.windowTitle())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def present(self, main_screen) -> None:
        """Full screen on a screen other than the physician's, else a large window."""
        others = [s for s in QGuiApplication.screens() if s is not main_screen]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()
