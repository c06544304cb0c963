"""The first frame is the start page as it stays: what arrives after it (icons, the spine)
goes into places kept for it, and nothing already shown moves."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from conftest import show
from rugwijzer.ui import theme


class FirstFrame(QObject):
    """Where the start page's parts are when the window paints for the first time."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.seen: dict | None = None

    def eventFilter(self, watched, event) -> bool:
        if self.seen is None and event.type() == QEvent.Type.UpdateRequest:
            self.seen = places(self.window)
            self.card = self.window.start_page.spine_place.grab().toImage()
            self.topics = self.window.sidebar.viewport().grab().toImage()
        return False


def places(window) -> dict:
    page = window.start_page
    sidebar = window.sidebar
    return {"welcome": (page.intro.geometry(), page.intro.text()),
            "tiles": [tile.geometry() for tile in page.tiles],
            "spine": page.spine_place.geometry(),
            # The topic list keeps its width, and its rows their height and text's place,
            # when the icons arrive.
            "sidebar": sidebar.geometry(),
            "rows": [sidebar.visualItemRect(sidebar.item(row)) for row in range(sidebar.count())],
            "scroll bar": sidebar.verticalScrollBar().isVisible()}


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
    # The spine's place is drawn as its card from the first frame on: the picture and its
    # texts come into a card already there.
    card = first.card
    middle = card.pixelColor(card.width() // 2, card.height() // 2).name()
    edge = card.pixelColor(card.width() // 2, 0).name()
    assert middle == QColor(theme.COLOURS.paper).name()
    assert edge == QColor(theme.COLOURS.border).name() != middle
    # The topics' icons are painted into the places kept for them.
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text()
               and not sidebar.item(r).isSelected() and sidebar.item(r) not in sidebar.groups)
    place = sidebar.visualItemRect(sidebar.item(row))
    place.setWidth(sidebar.iconSize().width() + 2)

    def colours(image) -> int:
        return len({image.pixel(x, y) for x in range(place.left(), place.right())
                    for y in range(place.top(), place.bottom())})

    assert colours(first.topics) == 1
    assert colours(sidebar.viewport().grab().toImage()) > 10


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
