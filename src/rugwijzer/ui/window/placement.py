"""Where the window opens: where it was, or on a first start with nothing saved, most of the
free screen, centred."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# This share of the screen, and no less than this where the screen has the room.
FIRST_SHARE, FIRST_MIN = 0.8, QSize(1024, 640)


def first_geometry(available: QRect) -> QRect:
    width = min(available.width(), max(round(available.width() * FIRST_SHARE),
                                       FIRST_MIN.width()))
    height = min(available.height(), max(round(available.height() * FIRST_SHARE),
                                         FIRST_MIN.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def place(window: QWidget, saved: QByteArray) -> None:
    """``window`` where ``saved`` says, or where a first start opens it."""
    if not saved.isEmpty():
        window.restoreGeometry(saved)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(first_geometry(screen.availableGeometry()))
