"""Noticing that nobody has touched the tablet for a while."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TabletPress, QEvent.Type.Gesture,
}


class IdleMonitor(QObject):
    """Emits ``warn(seconds_left)`` near the end of an idle period and ``expired`` at its end.

    The whole period is ``timeout`` seconds, warning included, so clinic IT configures one
    number. Any input anywhere in the application starts a new period.
    """

    warn = Signal(int)
    activity = Signal()
    expired = Signal()

    def __init__(self, timeout: float, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.warning = min(30.0, timeout / 4)
        self._clock = clock
        self._last = clock()
        self._warned = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def start(self, app: QObject) -> None:
        app.installEventFilter(self)
        self.touch()
        self._timer.start()

    def stop(self, app: QObject) -> None:
        app.removeEventFilter(self)
        self._timer.stop()

    @property
    def warning_shown(self) -> bool:
        return self._warned

    def touch(self) -> None:
        self._last = self._clock()
        if self._warned:
            self._warned = False
            self.activity.emit()

    def check(self) -> None:
        idle = self._clock() - self._last
        if idle >= self.timeout:
            self._warned = False
            self._last = self._clock()
            self.expired.emit()
        elif idle >= self.timeout - self.warning:
            self._warned = True
            self.warn.emit(int(self.timeout - idle + 0.999))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A mouse move without buttons is not a person: touch screens and jittery mice
        # report those, and they must not keep the previous patient's page open.
        if event.type() in INPUT_EVENTS and (
                event.type() != QEvent.Type.MouseMove or event.buttons()):
            self.touch()
        return False
