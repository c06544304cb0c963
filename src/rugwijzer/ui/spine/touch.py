"""Fingers on the picture: how far from a part a tap may land and still choose it, whether
the reader uses a finger or a mouse (the instructions say "tap" or "point"), and whether the
system asks for less motion."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputDevice, QPointerEvent, QScreen, QWindow
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

FINGER_MM = 5.0  # a fingertip lands within about this of where its owner aims
FALLBACK_DPI = 96.0
TABLET_MIN_PX = 24.0
# A part at least this large on its shorter side is hit reliably by a finger.
TARGET_PX = 48.0


def finger_radius(screen: QScreen | None, tablet: bool = False) -> float:
    """How far, in pixels, a tap may land from a part and still choose it: about 5 mm on
    this screen, and never less than 24 pixels on a tablet."""
    dpi = FALLBACK_DPI
    if screen is not None:
        physical = screen.physicalDotsPerInch() / max(screen.devicePixelRatio(), 1.0)
        # A screen that reports no size, or a projector's, says nothing about fingers.
        if 50.0 <= physical <= 600.0:
            dpi = physical
    radius = FINGER_MM / 25.4 * dpi
    return max(radius, TABLET_MIN_PX) if tablet else radius


def by_finger(event: QPointerEvent) -> bool:
    """The event comes from a touch screen (also a mouse event Qt made from a touch)."""
    device = event.pointingDevice()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


def motion_reduced() -> bool:
    """The system asks for less motion. Windows and macOS pass their "show animations"
    setting to Qt as its UI effects; elsewhere Qt learns no such setting, and the short
    animations stay."""
    if QGuiApplication.platformName() not in ("windows", "cocoa"):
        return False
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class InputKind(QObject):
    """Whether the reader last used a finger or a mouse, watched on one window: the input
    to a window passes its QWindow first, so one filter sees it all."""

    changed = Signal(bool)  # True: a finger

    def __init__(self, window: QWindow) -> None:
        super().__init__(window)
        self.setObjectName("inputKind")
        self.touch = False
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        try:
            kind = event.type()
            if kind == QEvent.Type.TouchBegin:
                self._set(True)
            elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove):
                self._set(by_finger(event))
        except Exception:
            log.exception("watching the input failed")
        return False

    def _set(self, touch: bool) -> None:
        if touch != self.touch:
            self.touch = touch
            self.changed.emit(touch)


def input_kind(widget: QWidget) -> InputKind | None:
    """The watcher of the window ``widget`` is in, made on first use; None while the
    widget has no window on screen."""
    handle = widget.window().windowHandle()
    if handle is None:
        return None
    return handle.findChild(InputKind, "inputKind") or InputKind(handle)


def follow_input(widget: QWidget, changed: Callable[[bool], None]) -> InputKind | None:
    """Call ``changed(touch)`` now and whenever the reader switches between finger and
    mouse in ``widget``'s window; the watcher, or None while there is no window on screen
    yet (ask again once it is shown)."""
    watcher = input_kind(widget)
    if watcher is not None:
        watcher.changed.connect(changed)
        changed(watcher.touch)
    return watcher
