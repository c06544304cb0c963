"""The spine made for fingers: every part can be chosen by a tap on a tablet, a tap on a
crowded spot shows it larger first, a tap answers visibly, and the instructions speak of
tapping to a finger and of pointing to a mouse."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainterPath, QTransform
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import show
from rugwijzer.content.model import START
from rugwijzer.content.regions import VIEWS
from rugwijzer.ui.kiosk.mode import KioskConfig
from rugwijzer.ui.spine import reach, touch
from rugwijzer.ui.spine.drawings import SpineState

TABLET_SIZES = [(1280, 800), (800, 1280)]
VARIANTS = [(view, affected) for view in VIEWS for affected in (False, True)]


@pytest.fixture
def tablet(make_window, qtbot, monkeypatch):
    """A tablet at ``size`` on the start page, whose zooms jump (as with reduced motion), so
    that hundreds of taps take seconds."""
    monkeypatch.setattr(touch, "motion_reduced", lambda: True)

    def make(size, topic=START):
        window = make_window(topic=topic)
        window.kiosk_mode.enter(KioskConfig())
        window.resize(*size)
        show(window, qtbot)
        QApplication.processEvents()
        return window

    return make


FINGER = None


def settle(canvas) -> None:
    """Let the page lay itself out, as it has done long before a finger comes down: the
    tiles coming back measure their texts anew, which takes a few passes."""
    before = None
    for _ in range(20):
        QApplication.processEvents()
        now = (canvas.mapToGlobal(QPoint(0, 0)), canvas.size())
        if now == before:
            return
        before = now


def tap(window, canvas, point: QPointF) -> None:
    """A finger's tap at ``point`` on ``canvas``, through the window as a touch screen
    delivers it."""
    global FINGER
    if FINGER is None:
        FINGER = QTest.createTouchDevice()
    handle = window.windowHandle()
    at = canvas.mapTo(window, point.toPoint())
    QTest.touchEvent(handle, FINGER).press(0, at, handle)
    QTest.touchEvent(handle, FINGER).release(0, at, handle)
    settle(canvas)


def aim(window, canvas, region: str) -> QPointF:
    """Where a finger aims for ``region``: deep inside the part, where it is in sight and
    no button lies over it; else the middle of the part (on a picture too small to show
    it, a finger lands there and the spot is shown larger)."""
    transform = canvas.transform()
    inverted, _ok = transform.inverted()
    shown = inverted.mapRect(QRectF(canvas.rect()).adjusted(2, 2, -2, -2))

    def free(point):
        at = transform.map(point)
        return (window.childAt(canvas.mapTo(window, at.toPoint())) is canvas
                and all(canvas.region_at(at + QPointF(dx, dy)) == region
                        for dx, dy in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1))))

    shape = dict(canvas.shapes)[region]
    point = reach.inner_point(shape, free, shown)
    if point is None:
        largest = max(reach.pieces(shape), key=lambda p: p.boundingRect().height()
                      * p.boundingRect().width())
        point = largest.boundingRect().center()
    at = transform.map(point)
    return QPointF(round(at.x()), round(at.y()))


def choose(window, canvas, region: str) -> int:
    """Tap the middle of ``region`` as a finger would, and again where a tap showed it
    larger; the number of taps it took (0: it could not be chosen). A part in sight in a
    picture already shown larger is tapped there, as a reader would. When chosen, the part
    is large enough for a finger, or shown as large as a tap makes anything."""
    if canvas.magnified and not QRectF(canvas.rect()).contains(aim(window, canvas, region)):
        canvas.show_whole()
        settle(canvas)
    for taps in (1, 2, 3):
        point = aim(window, canvas, region)
        assert QRectF(canvas.rect()).contains(point), (region, point)
        found = reach.near(canvas.shapes, canvas.transform(), point, canvas.finger_radius())
        tap(window, canvas, point)
        if canvas.selected == region:
            assert (len(found) == 1 or found[0].size >= 0.75 * touch.TARGET_PX
                    or canvas.zoom >= reach.MAGNIFY_LIMIT), (region, found[0], canvas.zoom)
            return taps
    return 0


def choose_every_part(window, canvas) -> dict[str, int]:
    """Every part of the picture chosen by touch, one after the other: how many taps each
    took."""
    taps = {}
    for region in canvas.region_ids():
        canvas.selected = None
        taps[region] = choose(window, canvas, region)
    canvas.show_whole()
    return taps


def test_every_part_of_the_start_page_spine_can_be_chosen_by_touch(tablet):
    for size in TABLET_SIZES:
        window = tablet(size)
        spine = window.start_page.spine
        window.start_page.ensureWidgetVisible(spine)
        settle(spine.canvas)
        taps = choose_every_part(window, spine.canvas)
        assert all(taps.values()), (size, [region for region, count in taps.items()
                                           if not count])
        # The whole spine is too small for a finger: a part is chosen once a tap has shown
        # its spot larger (a facet joint, once more); parts in sight there take one tap.
        assert max(taps.values()) <= 3
        assert len([count for count in taps.values() if count > 1]) >= 8, size


def test_every_part_of_every_view_beside_the_article_can_be_chosen_by_touch(tablet):
    for size in TABLET_SIZES:
        window = tablet(size, topic="hernia")
        spine = window.article_page.spine
        failed = []
        for view, affected in VARIANTS:
            spine.mirror(SpineState(view, affected))
            settle(spine.canvas)
            taps = choose_every_part(window, spine.canvas)
            failed += [(view, affected, region) for region, count in taps.items() if not count]
        assert not failed, (size, failed)


def test_a_crowded_spot_is_shown_larger_and_its_parts_are_then_large(tablet, qtbot):
    window = tablet((1280, 800))
    spine = window.start_page.spine
    canvas = spine.canvas
    before = canvas.transform().mapRect(dict(canvas.shapes)["disc-L4-L5"].boundingRect())
    assert min(before.width(), before.height()) < touch.TARGET_PX
    tap(window, canvas, canvas.centre_of("disc-L4-L5"))
    assert canvas.magnified and spine.selected_region() is None
    assert spine.hint.text() == "Tik op het deel dat u bedoelt."
    assert spine.whole_button.isVisible()
    assert spine.whole_button.accessibleName() == "Terug naar de hele wervelkolom"
    # The page gives the picture its width; the tiles wait.
    assert not any(tile.isVisible() for tile in window.start_page.tiles)
    assert canvas.width() > 3 * spine.text_width() // 2
    after = canvas.transform().mapRect(dict(canvas.shapes)["disc-L4-L5"].boundingRect())
    assert min(after.width(), after.height()) >= touch.TARGET_PX
    tap(window, canvas, canvas.centre_of("disc-L4-L5"))
    assert spine.selected_region() == "disc-L4-L5"
    assert "hernia" in [button.topic_id for button in spine.topic_buttons()]
    qtbot.mouseClick(spine.whole_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not canvas.magnified and canvas.zoom == 1.0
    assert all(tile.isVisible() for tile in window.start_page.tiles)
    assert spine.selected_region() == "disc-L4-L5"  # what was chosen stays chosen


def test_zooming_in_moves_smoothly_unless_the_system_asks_for_less_motion(
        make_window, qtbot, monkeypatch):
    window = make_window(topic=START)
    window.resize(1280, 800)
    show(window, qtbot)
    canvas = window.start_page.spine.canvas
    zooms = []
    canvas._motion.valueChanged.connect(lambda _value: zooms.append(canvas.zoom))
    tap(window, canvas, canvas.centre_of("vertebra-L3"))
    assert canvas.magnified and canvas._moving
    qtbot.waitUntil(lambda: not canvas._moving, timeout=2000)
    assert len(zooms) >= 3 and zooms == sorted(zooms)
    assert canvas.zoom == pytest.approx(zooms[-1])
    canvas.show_whole()
    qtbot.waitUntil(lambda: canvas.zoom == 1.0, timeout=2000)
    monkeypatch.setattr(touch, "motion_reduced", lambda: True)
    zooms.clear()
    tap(window, canvas, canvas.centre_of("vertebra-L3"))
    assert canvas.magnified and not canvas._moving and zooms == [] and canvas.zoom > 2


def test_a_tap_answers_with_a_ring_around_the_part(make_window, qtbot, monkeypatch):
    window = make_window(topic="hernia")
    window.resize(1280, 800)
    show(window, qtbot)
    canvas = window.article_page.spine.canvas
    region = "disc-L4-L5"  # large enough on the close-up: chosen at the first tap
    tap(window, canvas, canvas.centre_of(region))
    assert canvas.selected == region and not canvas.magnified
    assert canvas._pulse is not None
    ringed = canvas.grab().toImage()
    qtbot.waitUntil(lambda: canvas._pulse is None, timeout=2000)
    assert canvas.grab().toImage() != ringed
    monkeypatch.setattr(touch, "motion_reduced", lambda: True)
    canvas.select(None)
    tap(window, canvas, canvas.centre_of(region))
    assert canvas.selected == region and canvas._pulse is None


def test_instructions_speak_of_tapping_after_a_touch_and_of_pointing_after_a_mouse(
        make_window, qtbot):
    window = make_window(topic=START)
    window.resize(1366, 768)
    show(window, qtbot)
    spine = window.start_page.spine
    assert spine.title.text() == "Wijs aan waar u klachten heeft"
    # A finger anywhere in the window, here on a tile.
    tile = window.start_page.tiles[0]
    tap(window, tile, QPointF(5, 5))
    assert spine.title.text() == "Tik op de plek waar u klachten heeft"
    assert spine.accessibleName() == spine.title.text()
    assert "Tik op een deel" in spine.hint.text()
    window.open_topic("hernia")
    panel = window.article_page.spine
    assert panel.caption.text().startswith("Tik op een deel van de wervelkolom")
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(40, 40), QPointF(40, 40),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.windowHandle(), move)
    assert panel.caption.text().startswith("Wijs een deel van de wervelkolom aan")
    window.navigator.go_start()
    assert spine.title.text() == "Wijs aan waar u klachten heeft"


def test_tablet_mode_speaks_of_tapping_from_the_start(tablet):
    window = tablet((1280, 800))
    assert window.start_page.spine.title.text() == "Tik op de plek waar u klachten heeft"
    window.open_topic("hernia")
    assert window.article_page.spine.caption.text().startswith("Tik op een deel")


def test_a_finger_reaches_about_five_millimetres_and_at_least_24_pixels_on_a_tablet(qapp):
    class Screen:
        def __init__(self, dpi, ratio=1.0):
            self.dpi, self.ratio = dpi, ratio

        def physicalDotsPerInch(self):
            return self.dpi

        def devicePixelRatio(self):
            return self.ratio

    assert touch.finger_radius(Screen(96)) == pytest.approx(18.9, abs=0.1)
    assert touch.finger_radius(Screen(160)) == pytest.approx(31.5, abs=0.1)
    assert touch.finger_radius(Screen(320, 2.0)) == pytest.approx(31.5, abs=0.1)
    # A screen that reports no sensible size is taken for 96 dpi.
    assert touch.finger_radius(Screen(0)) == touch.finger_radius(None)
    assert touch.finger_radius(Screen(96), tablet=True) == touch.TABLET_MIN_PX
    assert touch.finger_radius(Screen(160), tablet=True) == pytest.approx(31.5, abs=0.1)


def square(x, y, side):
    path = QPainterPath()
    path.addRect(QRectF(x, y, side, side))
    return path


def test_a_tap_finds_the_part_under_it_first_then_the_nearest():
    shapes = [("small", square(0, 0, 10)), ("large", square(14, 0, 60))]
    scale = QTransform.fromScale(2, 2)  # two pixels to a unit
    between = reach.near(shapes, scale, QPointF(22, 10), 24)
    assert [item.region for item in between] == ["small", "large"]
    assert between[0].distance == pytest.approx(2, abs=0.5)
    assert between[1].distance == pytest.approx(6, abs=0.5)
    assert [item.size for item in between] == [20, 120]
    on_large = reach.near(shapes, scale, QPointF(32, 10), 24)
    assert [item.region for item in on_large] == ["large", "small"]
    assert on_large[0].distance == 0
    assert on_large[1].distance == pytest.approx(12, abs=0.5)
    assert reach.near(shapes, scale, QPointF(300, 300), 24) == []
    # Landing on a small part beside another is a crowd; on a large one, it is not.
    assert not reach.decisive(between) and reach.decisive(on_large)
    assert reach.decisive(on_large[1:])  # one part only
    # The first look from nearer makes the smallest part covered large enough, at least
    # twice as large, up to a segment's worth; a second one the part landed on.
    assert reach.magnified_zoom(between, 1.0) == pytest.approx(48 / 20)
    assert reach.magnified_zoom([reach.Near("a", 0, 30), reach.Near("b", 3, 40)], 1.0) == 2.0
    assert reach.magnified_zoom(between, 4.0) == reach.MAGNIFY_LIMIT
    assert reach.magnified_zoom(between, 4.0, first=False) == pytest.approx(4 * 48 / 20)
    assert reach.magnified_zoom(between, 8.0, first=False) == 2 * reach.MAGNIFY_LIMIT


def test_a_part_drawn_in_both_halves_of_a_comparison_is_found_in_one_of_them(qapp):
    from rugwijzer.ui.spine.canvas import SpineCanvas
    from rugwijzer.ui.spine.drawings import drawing

    canvas = SpineCanvas()
    canvas.set_artwork(*drawing("disc", True))
    canvas.resize(480, 720)
    for region in canvas.region_ids():
        point = canvas.centre_of(region)
        assert canvas.region_at(point) == region, region
        for dx, dy in ((2, 0), (-2, 0), (0, 2), (0, -2)):
            assert canvas.region_at(point + QPoint(dx, dy)) == region, region
    # The disc is drawn healthy above and herniated below: its middle is in neither.
    disc = dict(canvas.shapes)["disc-L4-L5"].boundingRect()
    middle = canvas.transform().map(disc.center())
    assert canvas.region_at(middle) != "disc-L4-L5"
