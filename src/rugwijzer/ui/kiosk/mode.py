"""Tablet mode as a controller: it locks the window, watches for a quiet period, and holds
the overlays a patient or staff member meets."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSplitter, QWidget

from ...content.clinic_keys import IDLE_DEFAULT
from ...idle import IdleMonitor
from ...pin import PinGuard
from ...session import Session
from .. import theme
from ..widgets import disable_kinetic_scrolling, enable_kinetic_scrolling
from ..window.notice_bar import NoticeBar
from ..window.toolbar import Toolbar
from .overlays import (
    ContextMenuBlocker,
    LongPress,
    PinPad,
    StaffPanel,
    StillThereOverlay,
    close_popups,
)

log = logging.getLogger(__name__)

TEXT_SIZE = 3  # 20 px: large enough to read at arm's length on a tablet
SIDEBAR_WIDTH = 330


@dataclass(frozen=True, slots=True)
class KioskConfig:
    guard: PinGuard | None = None  # None: no PIN, tablet mode cannot be left
    idle_seconds: float = IDLE_DEFAULT
    clock: Callable[[], float] = time.monotonic


class TabletWindow(Protocol):
    """The parts of the window (a QMainWindow) that tablet mode changes."""

    toolbar: Toolbar
    sidebar: QAbstractScrollArea
    start_page: QAbstractScrollArea
    pages: QWidget
    splitter: QSplitter
    notice_bar: NoticeBar
    session: Session


class KioskMode(QObject):
    """Locked, touch-first tablet mode that forgets each reader after a quiet period.

    The overlays and the idle monitor are made when tablet mode starts: a desktop never
    loads them. ``activeChanged`` tells the other parts of the window to change with it.
    """

    activeChanged = Signal(bool)
    resetRequested = Signal()  # the quiet period is over: the next reader starts afresh
    quitRequested = Signal()  # staff chose to quit from tablet mode

    def __init__(self, window: TabletWindow) -> None:
        super().__init__(window)
        self._window = window
        self._active = False
        self.portrait = False
        self.idle: IdleMonitor | None = None
        self.still_there: StillThereOverlay | None = None
        self.pin_pad: PinPad | None = None
        self.staff_panel: StaffPanel | None = None
        self._long_press: LongPress | None = None
        self._context_blocker = ContextMenuBlocker(self)
        self._fitted_screen: QScreen | None = None

    @property
    def active(self) -> bool:
        return self._active

    def enter(self, config: KioskConfig) -> None:
        window = self._window
        app = QApplication.instance()
        self._active = True
        window.setStyleSheet(theme.kiosk_style_sheet())
        app.installEventFilter(self._context_blocker)
        for area in (window.start_page, window.sidebar):
            enable_kinetic_scrolling(area.viewport())
        self._make_overlays(config.guard or PinGuard(None))
        self._long_press = LongPress(window.toolbar.brand)
        self._long_press.triggered.connect(self.pin_pad.open)
        self.idle = IdleMonitor(config.idle_seconds, config.clock, self)
        self.idle.warn.connect(self._idle_warning)
        self.idle.activity.connect(self.still_there.hide)
        self.idle.expired.connect(self.resetRequested)
        self.idle.start(app)
        self.activeChanged.emit(True)
        window.session.set_text_size(TEXT_SIZE)
        self.lay_out()
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.update_orientation()

    def leave(self) -> None:
        window = self._window
        app = QApplication.instance()
        self._active = False
        window.setStyleSheet("")
        app.removeEventFilter(self._context_blocker)
        window.splitter.handle(1).setEnabled(True)
        for area in (window.start_page, window.sidebar):
            disable_kinetic_scrolling(area.viewport())
        if self.idle is not None:
            self.idle.stop(app)
            self.idle.deleteLater()
            self.idle = None
        self.still_there.hide()
        self.staff_panel.hide()
        self._long_press.deleteLater()
        self._long_press = None
        self.activeChanged.emit(False)
        was_visible = window.isVisible()
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        if was_visible:
            window.showNormal()
        self.update_orientation()

    def _make_overlays(self, guard: PinGuard) -> None:
        if self.pin_pad is not None:
            self.pin_pad.guard = guard
            return
        place = self._window.centralWidget()
        self.still_there = StillThereOverlay(place)
        self.still_there.confirmed.connect(self._still_there_confirmed)
        self.pin_pad = PinPad(guard, place)
        self.staff_panel = StaffPanel(place)
        self.staff_panel.leaveRequested.connect(self.leave)
        self.staff_panel.quitRequested.connect(self.quitRequested)
        # Technical notices are for staff: the staff panel shows them after the PIN.
        self.pin_pad.accepted.connect(
            lambda: self.staff_panel.open_with(self._window.notice_bar.messages()))

    def close_overlays(self) -> None:
        """Nothing of the previous reader stays open: menus, dialogs, the keypad."""
        close_popups()
        if self.still_there is not None:
            self.still_there.hide()
        if self.pin_pad is not None:
            self.pin_pad.close_pad()
        if self.staff_panel is not None:
            self.staff_panel.hide()
        self.show_topics(False)

    def lay_out(self) -> None:
        """Room for the larger topic titles; the splitter cannot be dragged by a patient."""
        if not self._active:
            return
        splitter = self._window.splitter
        splitter.setSizes([SIDEBAR_WIDTH, max(1, self._window.width() - SIDEBAR_WIDTH)])
        splitter.handle(1).setEnabled(False)

    def _idle_warning(self, seconds: int) -> None:
        self.still_there.set_seconds(seconds)
        if not self.still_there.isVisible():
            self.still_there.open()

    def _still_there_confirmed(self) -> None:
        self.still_there.hide()
        if self.idle is not None:
            self.idle.touch()

    # ----- portrait -----------------------------------------------------------------------

    def toggle_topics(self) -> None:
        self.show_topics(self._window.pages.isVisible())

    def show_topics(self, shown: bool) -> None:
        """In portrait the topic list takes the whole width instead of squeezing the text."""
        window = self._window
        if not self.portrait:
            window.sidebar.show()
            window.pages.show()
            return
        window.sidebar.setVisible(shown)
        window.pages.setVisible(not shown)
        window.toolbar.topics_action.setChecked(shown)

    def topic_opened(self) -> None:
        if self.portrait:
            self.show_topics(False)

    def update_orientation(self) -> None:
        portrait = self._active and self._window.height() > self._window.width()
        if portrait == self.portrait:
            return
        self.portrait = portrait
        self._window.toolbar.set_portrait(portrait)
        if portrait:
            self.show_topics(False)
        else:
            self._window.sidebar.show()
            self._window.pages.show()

    # ----- the screen ---------------------------------------------------------------------

    def show_full_screen(self) -> None:
        """Fill the screen the window is on, also where no window manager would do it: a
        kiosk session often runs X without one, and the request for full screen goes
        unanswered there."""
        window = self._window
        screen = window.screen() or QGuiApplication.primaryScreen()
        if self._fitted_screen is not screen:
            if self._fitted_screen is not None:
                self._fitted_screen.geometryChanged.disconnect(self._screen_resized)
            screen.geometryChanged.connect(self._screen_resized)
            self._fitted_screen = screen
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        window.setGeometry(screen.geometry())

    def _screen_resized(self) -> None:
        if self._active and self._window.isVisible():
            self.show_full_screen()

    def window_state_changed(self) -> None:
        if self._active and self._window.windowState() & Qt.WindowState.WindowMinimized:
            # Nothing may hide the tablet's page: a minimised window comes straight back.
            QTimer.singleShot(0, self.show_full_screen)
