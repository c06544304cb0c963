"""The waiting-room tablet cannot be closed, minimised or escaped by a patient."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import quick_pin_hash, show, write_topic
from rugwijzer.content.model import START
from rugwijzer.pin import PinGuard, parse_pin_hash
from rugwijzer.ui.kiosk.mode import KioskConfig


@pytest.fixture
def tablet(make_window, qtbot):
    def make(content=None):
        window = make_window(lang="nl", topic=START, content=content)
        guard = PinGuard(parse_pin_hash(quick_pin_hash("2468")))
        window.kiosk_mode.enter(KioskConfig(guard=guard))
        window.resize(1280, 800)
        show(window, qtbot)
        return window

    return make


def unlock(window, qtbot, pin="2468"):
    window.kiosk_mode.pin_pad.open()
    for digit in pin:
        qtbot.mouseClick(window.kiosk_mode.pin_pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.kiosk_mode.pin_pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.kiosk_mode.pin_pad.checking)


def test_every_kind_of_close_request_is_refused_in_tablet_mode(tablet):
    window = tablet()
    assert not window.close()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    # What a window manager's close (WM_DELETE_WINDOW) turns into inside Qt.
    assert not window.windowHandle().close()
    QApplication.processEvents()
    assert window.isVisible()
    assert window.kiosk_mode.active


def test_staff_who_left_tablet_mode_can_close_the_window(tablet, qtbot):
    window = tablet()
    unlock(window, qtbot)
    qtbot.mouseClick(window.kiosk_mode.staff_panel.leave_button, Qt.MouseButton.LeftButton)
    assert window.close()


def test_staff_can_quit_from_the_staff_panel(tablet, qtbot):
    window = tablet()
    unlock(window, qtbot)
    with qtbot.waitSignal(window.kiosk_mode.quitRequested, timeout=1000):
        qtbot.mouseClick(window.kiosk_mode.staff_panel.quit_button, Qt.MouseButton.LeftButton)


def test_back_to_the_tablet_keeps_it_locked(tablet, qtbot):
    window = tablet()
    unlock(window, qtbot)
    qtbot.mouseClick(window.kiosk_mode.staff_panel.back_button, Qt.MouseButton.LeftButton)
    assert not window.kiosk_mode.staff_panel.isVisible()
    assert window.kiosk_mode.active
    assert not window.close()


def test_a_minimised_tablet_comes_straight_back(tablet, qtbot):
    window = tablet()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowMinimized,
                    timeout=2000)
    assert window.windowState() & Qt.WindowState.WindowFullScreen


def test_technical_notices_are_for_staff_not_for_the_patient(tablet, qtbot, tmp_path):
    write_topic(tmp_path, "nl", "kapot", "+++\nid = \n+++\nx\n")
    window = tablet(content=tmp_path)
    assert any("kapot.md" in message for message in window.notice_bar.messages())
    assert not window.notice_bar.isVisible()
    unlock(window, qtbot)
    assert window.kiosk_mode.staff_panel.isVisible()
    assert "kapot.md" in window.kiosk_mode.staff_panel.notices.text()
    qtbot.mouseClick(window.kiosk_mode.staff_panel.leave_button, Qt.MouseButton.LeftButton)
    # Out of tablet mode, staff see the notices where the desktop program shows them.
    assert window.notice_bar.isVisible()


def test_without_notices_the_staff_panel_says_all_is_well(tablet, qtbot):
    window = tablet()
    unlock(window, qtbot)
    assert window.kiosk_mode.staff_panel.notices.text()
    assert "kapot" not in window.kiosk_mode.staff_panel.notices.text()


def test_a_reader_reset_closes_the_staff_panel(tablet, qtbot):
    window = tablet()
    unlock(window, qtbot)
    window.reset_session()
    assert not window.kiosk_mode.staff_panel.isVisible()
    assert window.kiosk_mode.active


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_start_brings_the_window_forward_with_its_topic(make_window):
    window = make_window()
    window.come_forward("hernia")
    assert window.current_topic == "hernia"
    assert window.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_start_leaves_the_tablet_readers_page_alone(tablet, qtbot):
    window = tablet()
    window.open_topic("scoliose")
    window.come_forward("hernia")
    assert window.current_topic == "scoliose"
    assert window.kiosk_mode.active


# ----- a real X server without a window manager ---------------------------------------------

def _x_tools_missing() -> str | None:
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed"
    try:
        from x11 import Display  # noqa: F401
    except OSError as exc:
        return f"libX11 is not available: {exc}"
    return None


@pytest.fixture
def x_server(tmp_path):
    missing = _x_tools_missing()
    if missing:
        pytest.skip(missing)
    display = f":{400 + os.getpid() % 300}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from x11 import Display

    deadline = time.monotonic() + 10
    connection = None
    while connection is None and time.monotonic() < deadline:
        try:
            connection = Display(display)
        except OSError:
            time.sleep(0.1)
    if connection is None:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield display, connection
    connection.close()
    server.kill()
    server.wait()


def _start(display: str, tmp_path: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", TMPDIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.Popen([sys.executable, "-m", "rugwijzer", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_window(connection, program: subprocess.Popen, size=None, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert program.poll() is None, program.communicate()
        for window in connection.top_level_windows():
            if "Rugwijzer" in connection.name(window) and connection.is_mapped(window) \
                    and (size is None or connection.size(window) == size):
                return window
        time.sleep(0.1)
    raise AssertionError("no Rugwijzer window of the expected size appeared")


def test_the_tablet_fills_the_screen_and_refuses_wm_delete_without_a_window_manager(
        x_server, tmp_path):
    display, connection = x_server
    program = _start(display, tmp_path, "--kiosk")
    try:
        window = _wait_for_window(connection, program, size=(1280, 800))
        connection.request_close(window)
        time.sleep(1.5)
        assert program.poll() is None, "the tablet quit on a close request"
        assert connection.is_mapped(window)
    finally:
        program.kill()
        program.communicate()


def test_outside_tablet_mode_wm_delete_closes_the_window(x_server, tmp_path):
    display, connection = x_server
    program = _start(display, tmp_path)
    try:
        window = _wait_for_window(connection, program)
        connection.request_close(window)
        assert program.wait(timeout=15) == 0
    finally:
        if program.poll() is None:
            program.kill()
        program.communicate()


def test_a_second_start_exits_and_leaves_the_first_in_front(x_server, tmp_path):
    display, connection = x_server
    first = _start(display, tmp_path, "--kiosk")
    try:
        _wait_for_window(connection, first, size=(1280, 800))
        second = _start(display, tmp_path, "--kiosk")
        _out, err = second.communicate(timeout=20)
        assert second.returncode == 0
        assert "already running" in err
        assert first.poll() is None
        windows = [w for w in connection.top_level_windows()
                   if "Rugwijzer" in connection.name(w) and connection.is_mapped(w)]
        assert len(windows) == 1
    finally:
        first.kill()
        first.communicate()


def test_the_tablet_ignores_a_stray_click_storm(tablet):
    window = tablet()
    for _ in range(20):
        QTest.mouseClick(window.toolbar.brand, Qt.MouseButton.LeftButton)
    assert window.kiosk_mode.active
    assert not window.kiosk_mode.pin_pad.isVisible()


def test_notices_show_values_as_written_never_as_markup(make_window):
    window = make_window()
    window.add_notice(lambda: '<img src="/etc/passwd"><b>kliniek.toml</b>')
    assert window.notice_bar.summary.textFormat() == Qt.TextFormat.PlainText
    assert "<b>" in window.notice_bar.summary.text()
