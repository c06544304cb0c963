"""The first frame is the start page as it stays: what arrives after it (icons, the spine)
goes into places kept for it, and nothing already shown moves."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from conftest import show


class FirstFrame(QObject):
    """Where the start page's parts are when the window paints for the first time."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.seen: dict | None = None

    def eventFilter(self, watched, event) -> bool:
        if self.seen is None and event.type() == QEvent.Type.UpdateRequest:
            self.seen = places(self.window)
        return False


def places(window) -> dict:
    page = window.start_page
    return {"welcome": (page.intro.geometry(), page.intro.text()),
            "tiles": [tile.geometry() for tile in page.tiles],
            "spine": page.spine_place.geometry()}


def test_nothing_on_the_start_page_moves_after_the_first_frame(make_window, qtbot):
    window = make_window(topic="start")
    window.resize(1280, 800)
    first = FirstFrame(window)
    window.installEventFilter(first)
    show(window, qtbot)
    QApplication.processEvents()
    assert first.seen is not None
    assert first.seen["welcome"][0].height() > 30 and "Welkom" in first.seen["welcome"][1]
    assert places(window) == first.seen
    assert window.start_page.spine is not None


def test_the_content_check_waits_until_the_complete_start_page_is_painted(
        make_window, qtbot, tmp_path):
    """Checking a thousand topics' links takes tens of milliseconds: not before the spine
    shows."""
    from conftest import topic_text, write_topic

    clinic = tmp_path / "kliniek"
    write_topic(clinic, "nl", "eigen", topic_text("eigen", body="Zie [dit](topic:bestaat-niet).\n"))
    window = make_window(topic="start", content=clinic)
    checked = []
    window.startupFinished.connect(lambda: checked.append(window.notice_bar.messages()))
    show(window, qtbot)
    assert checked and not any("bestaat-niet" in m for m in checked[0])
    qtbot.waitUntil(lambda: any("bestaat-niet" in m for m in window.notice_bar.messages()))
