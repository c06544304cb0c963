"""The spine on the start page: point to where it hurts, see and open the topics about it."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from conftest import show
from rugwijzer.content.model import START
from rugwijzer.content.regions import REGIONS
from rugwijzer.settings import TEXT_SIZES
from rugwijzer.ui.spine import art as spine_art
from rugwijzer.ui.start.page import TILE_MIN_WIDTH


@pytest.fixture
def start(make_window, qtbot):
    def make(lang="nl", size=(1366, 768)):
        window = make_window(lang=lang, topic=START)
        window.resize(*size)
        show(window, qtbot)
        QApplication.processEvents()
        return window

    return make


def on_page(widget, page):
    """``widget``'s rectangle in the start page's content."""
    return QRect(widget.mapTo(page.widget(), widget.rect().topLeft()), widget.size())


def test_the_spine_arrives_after_the_first_paint(make_window, qtbot):
    window = make_window(topic=START)
    assert window.start_page.spine is None  # nothing of it before the first paint
    place = window.start_page.spine_place
    show(window, qtbot)
    spine = window.start_page.spine
    assert spine is not None and spine.isVisible()
    assert spine.parent() is place
    assert spine.title.text() == "Wijs aan waar u klachten heeft"
    assert spine.accessibleName() == "Wijs aan waar u klachten heeft"
    assert spine.canvas.accessibleName() == "Afbeelding van de wervelkolom"
    assert spine.canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert spine.selected_region() is None and spine.topic_buttons() == []


@pytest.mark.parametrize(("size", "mode"), [
    ((1366, 768), "beside"), ((1920, 1080), "beside"), ((1280, 800), "beside"),
    ((1024, 600), "beside"), ((1100, 1400), "grid"), ((800, 1280), "below")])
def test_beside_the_tiles_in_their_column_or_below(start, size, mode):
    window = start(size=size)
    page = window.start_page
    assert page._spine_mode == mode
    place = on_page(page.spine_place, page)
    tiles = [on_page(tile, page) for tile in page.tiles]
    assert all(tile.width() >= TILE_MIN_WIDTH for tile in tiles)
    assert not any(tile.intersects(place) for tile in tiles)
    assert place.height() >= 380
    canvas = page.spine.canvas
    if mode == "beside":
        # The tall centrepiece: from the top of the page, beside the heading and the tiles,
        # its picture at least 60% of the window's height.
        assert place.left() > max(tile.right() for tile in tiles)
        assert place.left() > page.heading.geometry().right()
        assert place.top() == page.heading.geometry().top() - page.heading.y() + 32
        assert canvas.height() >= 0.6 * window.height()
        assert size[0] < 1366 or len({tile.left() for tile in tiles}) >= 2
    elif mode == "grid":
        # The tiles' second column: as wide as a tile, with the first tiles beside it.
        assert place.top() == min(tile.top() for tile in tiles)
        assert abs(place.width() - tiles[0].width()) <= 1
        beside = [tile for tile in tiles if tile.top() < place.bottom()]
        assert len(beside) >= 3 and all(tile.right() < place.left() for tile in beside)
        # Every tile is still there, below the spine two to a row.
        below = [tile for tile in tiles if tile.top() > place.bottom()]
        assert len(beside) + len(below) == len(tiles)
        assert place.height() >= 0.5 * page.viewport().height() - 72
    else:
        assert place.top() > max(tile.bottom() for tile in tiles)
        assert place.width() >= max(tile.right() for tile in tiles) - tiles[0].left()
    # The whole spine is drawn, at a size to point at, no wider than it needs.
    assert canvas.height() >= 300
    drawn = canvas.transform().mapRect(canvas.artwork.drawn_rect())
    assert drawn.height() >= canvas.height() - 40
    assert drawn.width() >= canvas.width() - 40


def test_the_card_reserves_room_for_the_spine_it_gets(start):
    from rugwijzer.ui.start.page import SPINE_ASPECT

    window = start()
    bounds = window.start_page.spine.canvas.artwork.bounds()
    assert abs(SPINE_ASPECT - bounds.width() / bounds.height()) < 0.005


def test_hovering_names_a_part_and_clicking_offers_its_topics(start, qtbot):
    window = start()
    spine = window.start_page.spine
    canvas = spine.canvas
    point = canvas.centre_of("disc-L4-L5")
    move = QMouseEvent(QEvent.Type.MouseMove, point, canvas.mapToGlobal(point),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, move)
    assert spine.caption.text() == "Tussenwervelschijf L4–L5"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert spine.selected_region() == "disc-L4-L5"
    expected = [(t.id, t.title) for t in window.library.topics_for_region("disc-L4-L5", "nl")]
    assert [(b.topic_id, b.accessibleName()) for b in spine.topic_buttons()] == expected
    assert "hernia" in [b.topic_id for b in spine.topic_buttons()]
    hernia = next(b for b in spine.topic_buttons() if b.topic_id == "hernia")
    qtbot.waitUntil(hernia.isVisible)
    assert hernia.objectName() and hernia.label.text() == "Hernia"
    qtbot.mouseClick(hernia, Qt.MouseButton.LeftButton)
    assert window.current_topic == "hernia"
    window.navigator.go_start()
    assert spine.selected_region() == "disc-L4-L5"  # still there when the reader comes back


def test_a_part_without_a_topic_of_its_own_says_so(start):
    window = start()
    spine = window.start_page.spine
    spine.canvas.select("vertebra-T8")
    assert spine.caption.text() == "Wervel T8 (borstwervel)"
    assert spine.topic_buttons() == []
    assert spine.hint.isVisible() and "geen apart onderwerp" in spine.hint.text()


def test_keyboard_and_screen_reader_reach_every_part(start, qtbot):
    window = start()
    spine = window.start_page.spine
    canvas = spine.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert spine.selected_region() == canvas.region_ids()[2]
    tree = QAccessible.queryAccessibleInterface(canvas)
    assert tree.childCount() == len(canvas.region_ids())
    disc = tree.child(canvas.region_ids().index("disc-L5-S1"))
    assert disc.text(QAccessible.Text.Name) == REGIONS["disc-L5-S1"].name("nl")
    disc.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert spine.selected_region() == "disc-L5-S1"
    assert [b.topic_id for b in spine.topic_buttons()] == [
        t.id for t in window.library.topics_for_region("disc-L5-S1", "nl")]


def test_the_wheel_scrolls_the_page_instead_of_zooming(start, qtbot):
    window = start(size=(1024, 600))
    spine = window.start_page.spine
    canvas = spine.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == 1.0
    centre = QPointF(canvas.rect().center())
    wheel = QWheelEvent(centre, QPointF(canvas.mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, wheel)
    assert canvas.zoom == 1.0
    # Left unaccepted, a real wheel turn goes on to the page, which scrolls.
    assert not wheel.isAccepted()


def test_the_language_switch_renames_everything(start):
    window = start()
    spine = window.start_page.spine
    spine.canvas.select("nerve-root-L5")
    window.session.set_language("en")
    assert spine.title.text() == "Point to where it hurts"
    assert spine.caption.text() == "Nerve root L5"
    titles = [b.label.text() for b in spine.topic_buttons()]
    assert titles == [t.title for t in window.library.topics_for_region("nerve-root-L5", "en")]
    tree = QAccessible.queryAccessibleInterface(spine.canvas)
    assert tree.child(0).text(QAccessible.Text.Name) == REGIONS[
        spine.canvas.region_ids()[0]].name("en")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_text_size_keeps_the_tiles_readable(start, size):
    window = start(size=size)
    page = window.start_page
    for index in range(len(TEXT_SIZES)):
        window.session.set_text_size(index)
        QApplication.processEvents()
        place = on_page(page.spine_place, page)
        for tile in page.tiles:
            assert tile.width() >= round(TILE_MIN_WIDTH * window.look.body_px / 18)
            assert not on_page(tile, page).intersects(place)


def test_the_article_spine_keeps_its_level_names(start):
    window = start()
    assert window.start_page.spine.canvas.label_boxes() == []  # too small for them
    # The drawings are made once and shared; the start page's smaller one leaves them whole.
    assert spine_art.side_view().labels and spine_art.side_view(False).labels
    window.open_topic("oorzaak")  # a topic shown on the whole spine from the side
    assert window.article_page.spine.current_view() == "side"
    labels = [item.text for item in window.article_page.spine.canvas.label_boxes()]
    assert {"C1", "T1", "L1", "S1"} <= set(labels)


def test_a_new_set_of_tiles_replaces_the_old_one_at_once(start):
    window = start(size=(1100, 1400))
    page = window.start_page
    library = window.library

    class WithoutAdvice:
        def get(self, topic_id, lang):
            return None if topic_id == "advies" else library.get(topic_id, lang)

    old = list(page.tiles)
    page.populate(WithoutAdvice(), "nl")
    QApplication.processEvents()
    assert [tile.topic_id for tile in page.tiles] == [t.topic_id for t in old[:-1]]
    in_grid = [page._grid.itemAt(i).widget() for i in range(page._grid.count())]
    assert not any(tile in in_grid for tile in old) and not any(t.isVisible() for t in old)
    assert page.spine_place in in_grid  # still in the tiles' second column
    boxes = [on_page(tile, page) for tile in page.tiles] + [on_page(page.spine_place, page)]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
