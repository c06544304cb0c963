"""Tablet mode: the overlays a patient or staff member meets, and the controller behind them."""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...pin import PIN_DIGITS, PinGuard
from .. import theme

log = logging.getLogger(__name__)

LONG_PRESS_MS = 2000
BACKDROP = QColor(20, 32, 40, 150)


class Overlay(QFrame):
    """A dimmed layer over the whole window with a card in the middle."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame(self)
        self.card.setObjectName("overlayCard")
        theme.keep_styled(self.card, theme.overlay_card_style_sheet)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(36, 32, 36, 32)
        self.card_layout.setSpacing(18)
        parent.installEventFilter(self)
        self.hide()

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), BACKDROP)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def open(self) -> None:
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.card.adjustSize()
        width = min(max(self.card.sizeHint().width(), 420), self.width() - 32)
        height = min(self.card.heightForWidth(width) if self.card.hasHeightForWidth()
                     else self.card.sizeHint().height(), self.height() - 32)
        self.card.setGeometry((self.width() - width) // 2, (self.height() - height) // 2,
                              width, height)


def _big_button(text: str, name: str, parent: QWidget, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setMinimumSize(64, 64)
    theme.keep_styled(button, lambda: theme.overlay_button_style_sheet(primary))
    return button


class StillThereOverlay(Overlay):
    """"Are you still there?" with a countdown; any touch keeps the page."""

    confirmed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.question = QLabel(self.card)
        self.question.setObjectName("stillThereQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font_size(self.question, 30, bold=True)
        self.countdown = QLabel(self.card)
        self.countdown.setObjectName("stillThereCountdown")
        self.countdown.setWordWrap(True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font_size(self.countdown, 22)
        self.button = _big_button("", "stillThereButton", self.card, primary=True)
        self.button.clicked.connect(self.confirmed)
        self.card_layout.addWidget(self.question)
        self.card_layout.addWidget(self.countdown)
        self.card_layout.addWidget(self.button)
        self._seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.button.setText(self.tr("Yes, keep reading"))
        self.button.setAccessibleName(self.button.text())
        self.setAccessibleName(self.question.text())
        self.set_seconds(self._seconds)

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(self.tr(
            "In %n second(s) Rugwijzer goes back to the start page for the next person.",
            "", seconds))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.confirmed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PinPad(Overlay):
    """An on-screen keypad for the staff PIN that ends tablet mode.

    A PIN is checked against a deliberately slow hash, so the check runs off the
    interface's thread while the keypad says it is checking.
    """

    accepted = Signal()
    checked = Signal(bool)

    def __init__(self, guard: PinGuard, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.guard = guard
        self._entered = ""
        self.checking = False
        self.title = QLabel(self.card)
        self.title.setObjectName("pinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font_size(self.title, 26, bold=True)
        self.display = QLabel(self.card)
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font_size(self.display, 34)
        self.display.setMinimumHeight(48)
        self.status = QLabel(self.card)
        self.status.setObjectName("pinStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keys = QGridLayout()
        keys.setSpacing(10)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            button = _big_button(digit, f"pinKey{digit}", self.card)
            button.clicked.connect(lambda _=False, d=digit: self.press(d))
            keys.addWidget(button, index // 3, index % 3)
            self.digit_buttons[digit] = button
        self.clear_button = _big_button("", "pinClear", self.card)
        self.clear_button.clicked.connect(self.clear)
        zero = _big_button("0", "pinKey0", self.card)
        zero.clicked.connect(lambda: self.press("0"))
        self.digit_buttons["0"] = zero
        self.ok_button = _big_button("", "pinOk", self.card, primary=True)
        self.ok_button.clicked.connect(self.submit)
        keys.addWidget(self.clear_button, 3, 0)
        keys.addWidget(zero, 3, 1)
        keys.addWidget(self.ok_button, 3, 2)
        self.cancel_button = _big_button("", "pinCancel", self.card)
        self.cancel_button.clicked.connect(self.close_pad)
        for widget in (self.title, self.display, self.status):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(keys)
        self.card_layout.addWidget(self.cancel_button)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._update_status)
        self.checked.connect(self._checked)
        self._message = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.setAccessibleName(self.title.text())
        self.clear_button.setText(self.tr("Clear"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        for digit, button in self.digit_buttons.items():
            button.setAccessibleName(digit)
        for button in (self.clear_button, self.ok_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.display.setAccessibleName(self.tr("Digits entered"))
        self._update_status()

    def open(self) -> None:
        self.clear()
        self._message = ""
        self._update_status()
        super().open()
        self._wait_timer.start()

    def close_pad(self) -> None:
        self.clear()
        self._wait_timer.stop()
        self.hide()

    def press(self, digit: str) -> None:
        if len(self._entered) < PIN_DIGITS[1]:
            self._entered += digit
        self._show_entered()

    def clear(self) -> None:
        self._entered = ""
        self._show_entered()

    def _show_entered(self) -> None:
        self.display.setText("●" * len(self._entered) or " ")

    def submit(self) -> None:
        pin, self._entered = self._entered, ""
        self._show_entered()
        if self.checking or not self.guard.has_pin or self.guard.seconds_to_wait() > 0:
            self._update_status()
            return
        self.checking = True
        self._update_status()
        threading.Thread(target=self._check, args=(pin,), name="pin-check",
                         daemon=True).start()

    def _check(self, pin: str) -> None:
        """On the worker thread: the slow comparison, then back to the keypad's thread."""
        try:
            right = self.guard.attempt(pin)
        except Exception:
            log.exception("the PIN could not be checked")
            right = False
        # The keypad may have gone with its window while the PIN was being checked.
        with contextlib.suppress(RuntimeError):
            self.checked.emit(right)

    def _checked(self, right: bool) -> None:
        self.checking = False
        if right:
            self.close_pad()
            self.accepted.emit()
            return
        self._message = "wrong"
        self._update_status()

    def _update_status(self) -> None:
        wait = int(self.guard.seconds_to_wait() + 0.999)
        usable = self.guard.has_pin and wait == 0 and not self.checking
        for button in (*self.digit_buttons.values(), self.ok_button):
            button.setEnabled(usable)
        if not self.guard.has_pin:
            text = self.tr("No PIN has been set for this tablet, so tablet mode cannot be "
                           "left here. Clinic IT must set a PIN (kiosk_pin) in the clinic "
                           "profile.")
        elif self.checking:
            text = self.tr("Checking…")
        elif wait > 0:
            text = self.tr("Wrong PIN. Try again in %n second(s).", "", wait)
        elif self._message == "wrong":
            text = self.tr("Wrong PIN. Try again.")
        else:
            text = self.tr("Enter the PIN to leave tablet mode.")
        self.status.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StaffPanel(Overlay):
    """What staff see after the PIN: the notices kept from the patients, and the ways out."""

    leaveRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffPanel")
        self.title = QLabel(self.card)
        self.title.setObjectName("staffTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font_size(self.title, 26, bold=True)
        self.notices_heading = QLabel(self.card)
        self.notices_heading.setObjectName("staffNoticesHeading")
        theme.set_font_size(self.notices_heading, 18, bold=True)
        self.notices = QLabel(self.card)
        self.notices.setObjectName("staffNotices")
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setWordWrap(True)
        self.notices.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        theme.set_font_size(self.notices, 16)
        self.notices_area = QScrollArea(self.card)
        self.notices_area.setObjectName("staffNoticesArea")
        self.notices_area.setWidgetResizable(True)
        self.notices_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notices_area.setMinimumSize(520, 140)
        self.notices_area.setWidget(self.notices)
        self.leave_button = _big_button("", "staffLeave", self.card, primary=True)
        self.leave_button.clicked.connect(self._leave)
        self.quit_button = _big_button("", "staffQuit", self.card)
        self.quit_button.clicked.connect(self._quit)
        self.back_button = _big_button("", "staffBack", self.card)
        self.back_button.clicked.connect(self.hide)
        for widget in (self.title, self.notices_heading, self.notices_area, self.leave_button,
                       self.quit_button, self.back_button):
            self.card_layout.addWidget(widget)
        self._messages: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff"))
        self.setAccessibleName(self.title.text())
        self.notices_heading.setText(self.tr("Notices"))
        self.leave_button.setText(self.tr("Leave tablet mode"))
        self.quit_button.setText(self.tr("Quit Rugwijzer"))
        self.back_button.setText(self.tr("Back to the tablet"))
        for button in (self.leave_button, self.quit_button, self.back_button):
            button.setAccessibleName(button.text())
        self.notices_area.setAccessibleName(self.notices_heading.text())
        self._show_messages()

    def open_with(self, messages: list[str]) -> None:
        self._messages = list(messages)
        self._show_messages()
        self.open()

    def _show_messages(self) -> None:
        self.notices.setText("\n\n".join(self._messages) if self._messages else
                             self.tr("There are no notices: every file was read without "
                                     "problems."))
        self.notices.setAccessibleName(self.notices.text())

    def _leave(self) -> None:
        self.hide()
        self.leaveRequested.emit()

    def _quit(self) -> None:
        self.hide()
        self.quitRequested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LongPress(QObject):
    """Emits ``triggered`` when the watched widget is held down for a while: a deliberate
    gesture that a patient will not make by accident."""

    triggered = Signal()

    def __init__(self, widget: QWidget, duration_ms: int = LONG_PRESS_MS) -> None:
        super().__init__(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(duration_ms)
        self._timer.timeout.connect(self.triggered)
        self._origin = QPoint()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._timer.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                      QEvent.Type.TouchCancel, QEvent.Type.Leave):
            self._timer.stop()
        return False


class ContextMenuBlocker(QObject):
    """No right-click or press-and-hold menus anywhere: they lead to actions like "Copy link"."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.ContextMenu


def close_popups() -> None:
    """Close every menu, completer list and dialog that might still be open."""
    app = QApplication.instance()
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
        app.processEvents()
        if QApplication.activePopupWidget() is popup:
            popup.hide()
            break
    while (modal := QApplication.activeModalWidget()) is not None:
        modal.close()
        if QApplication.activeModalWidget() is modal:
            modal.hide()
            break

