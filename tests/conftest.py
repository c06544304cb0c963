import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


def write_topic(folder: Path, lang: str, name: str, text: str) -> Path:
    path = folder / lang / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def topic_text(topic_id: str, body: str = "Tekst.\n", **fields: str) -> str:
    """A valid topic file; ``fields`` replace or add raw TOML lines."""
    values = {
        "id": f'"{topic_id}"', "kind": '"page"', "title": f'"{topic_id.title()}"',
        "order": "5", "source": '"Test"', "updated": "2026-11-24",
    }
    values.update(fields)
    front = "\n".join(f"{key} = {value}" for key, value in values.items() if value is not None)
    return f"+++\n{front}\n+++\n{body}"


class OfferedTopics:
    """Stands in for the library: offers two topics for any part and records the asks."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, region: str) -> list[tuple[str, str]]:
        self.asked.append(region)
        return [("hernia", "Hernia"), ("oefentherapie", "Oefentherapie")]


def read_qr(image) -> str:
    """The text of the one QR code in ``image`` (a QImage), read as a phone's camera app
    reads it, by zxing-cpp: a library that did not make the code."""
    import zxingcpp
    from PySide6.QtGui import QImage

    # zxing-cpp takes a QImage as it is in memory: grey, one byte a pixel, suits it whatever
    # the picture was made as (a PNG may load as a palette of two colours).
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, f"{len(found)} QR codes found"
    return found[0].text


def quick_pin_hash(pin: str) -> str:
    """A kiosk_pin value with few iterations, so that tests stay fast."""
    from rugwijzer.pin import make_pin_hash

    return make_pin_hash(pin, iterations=1000)


def show(window, qtbot) -> None:
    """Show ``window`` and wait until it is really on screen and active, as for a user."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: window.ready)


def hide_first(window) -> None:
    """A tablet window refuses to close: hidden first, it is deleted quietly after a test."""
    window.hide()


@pytest.fixture
def kept(tmp_path):
    """A cache folder of its own for one test."""
    from rugwijzer import cache

    folder = tmp_path / "cache"
    cache.use(folder)
    yield folder
    cache.use(None)


@pytest.fixture
def settings(tmp_path, qapp):
    from rugwijzer.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, qapp, settings, tmp_path, monkeypatch):
    """Build the real main window, as ``rugwijzer`` does, without entering the event loop."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    # A clinic profile installed on the test machine must not change what the tests see.
    monkeypatch.setattr("rugwijzer.content.clinic.system_profile_path",
                        lambda *args, **kwargs: tmp_path / "no-system-profile.toml")
    # Wrong PINs are counted across runs: each test starts with none.
    monkeypatch.setattr("rugwijzer.pin.attempts_file", lambda: tmp_path / "pin-attempts.json")
    monkeypatch.setattr(sys, "argv", ["rugwijzer"])
    windows = []

    def make(lang="nl", topic=None, content=None, **more):
        from rugwijzer.app import build_window
        from rugwijzer.options import StartOptions

        options = StartOptions(lang=lang, topics=(topic,) if topic else (), content=content,
                               **more)
        window = build_window(options, settings=settings)
        qtbot.addWidget(window, before_close_func=hide_first)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.kiosk_mode.idle is not None:
            window.kiosk_mode.idle.stop(qapp)
        # Translators, the theme and the accent are global to the application: leave them
        # as found.
        window.translations.uninstall()
    from rugwijzer.ui import theme

    theme.set_accent(None)
    theme.set_theme(theme.LIGHT)
    theme.apply(qapp)
