"""The spine illustration: regions, exact hit-testing, interaction and its place in the window."""

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from conftest import OfferedTopics, show
from rugwijzer.content.contrast import MINIMUM, ratio
from rugwijzer.content.regions import CERVICAL, LUMBAR, REGIONS, THORACIC
from rugwijzer.languages import LANGUAGES
from rugwijzer.settings import TEXT_SIZES
from rugwijzer.ui import theme
from rugwijzer.ui.spine import art as spine_art
from rugwijzer.ui.spine.canvas import SpineCanvas
from rugwijzer.ui.spine.drawings import region_shapes
from rugwijzer.ui.spine.panel import SpinePanel

LEVELS = CERVICAL + THORACIC + LUMBAR


@pytest.fixture
def panel(qtbot):
    topics = OfferedTopics()
    widget = SpinePanel(topics)
    widget.resize(520, 900)
    # Not shown, so no layout runs: give the picture the size it would get on screen.
    widget.canvas.resize(480, 720)
    qtbot.addWidget(widget)
    widget.offered = topics.asked
    return widget


def test_every_drawn_region_is_registered_with_both_names():
    for view, build in spine_art.VIEW_BUILDERS.items():
        for affected in (False, True):
            for region in build(affected).regions():
                assert region in REGIONS, (view, region)
                assert all(REGIONS[region].names.get(lang) for lang in LANGUAGES)


def test_the_views_draw_every_part_the_texts_talk_about():
    side = set(spine_art.side_view().regions())
    expected = {f"vertebra-{level}" for level in LEVELS[1:]}
    expected |= {r for r in REGIONS if r.startswith("disc-")}
    expected |= {f"facet-{a}-{b}" for a, b in zip(LUMBAR, [*LUMBAR[1:], "S1"], strict=True)}
    expected |= {f"canal-{level}" for level in LUMBAR}
    expected |= {f"nerve-root-{level}" for level in LUMBAR}
    expected |= {"sacrum", "coccyx", "si-joint", "spinal-cord"}
    assert expected <= side, expected - side
    assert {"curve-thoracic", "curve-lumbar", "si-joint"} <= set(
        spine_art.back_view(True).regions())
    assert "nerve-root-L5" in spine_art.disc_view(True).regions()


VARIANTS = [(view, affected) for view in spine_art.VIEW_BUILDERS for affected in (False, True)]


@pytest.mark.parametrize(("view", "affected"), VARIANTS)
def test_a_hit_names_the_part_that_is_painted_on_top(view, affected):
    artwork = spine_art.VIEW_BUILDERS[view](affected)
    shapes = region_shapes(artwork)
    # Topmost first; the unpainted curve bands lie under everything.
    painted = [(part.path.boundingRect(), part) for part in reversed(artwork.parts)
               if part.region and part.material != spine_art.CURVE]
    curves = [part for part in artwork.parts if part.material == spine_art.CURVE]
    bounds = artwork.bounds()
    wrong = []
    y = bounds.top() + 0.37
    while y < bounds.bottom():
        x = bounds.left() + 0.61
        while x < bounds.right():
            point = QPointF(x, y)
            seen = next((part.region for rect, part in painted
                         if rect.contains(point) and part.path.contains(point)), None)
            if seen is None:
                seen = next((part.region for part in curves if part.path.contains(point)), None)
            hit = next((region for region, shape in shapes if shape.contains(point)), None)
            if hit != seen:
                wrong.append((round(x), round(y), seen, hit))
            x += 5
        y += 5
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(("view", "affected"), VARIANTS)
def test_every_part_can_be_pointed_at(qapp, view, affected):
    canvas = SpineCanvas()
    canvas.set_artwork(spine_art.VIEW_BUILDERS[view](affected))
    canvas.resize(480, 720)
    for region, shape in canvas.shapes:
        rect = canvas.transform().mapRect(shape.boundingRect())
        points = (QPointF(rect.left() + dx, rect.top() + dy)
                  for dy in range(0, int(rect.height()) + 1)
                  for dx in range(0, int(rect.width()) + 1))
        assert any(canvas.region_at(point) == region for point in points), region


@pytest.mark.parametrize(("view", "affected"), VARIANTS)
@pytest.mark.parametrize("size", [(392, 538), (505, 365), (480, 720), (240, 300)])
def test_labels_stay_clear_of_the_drawing_and_of_each_other(qapp, view, affected, size):
    canvas = SpineCanvas()
    canvas.set_artwork(spine_art.VIEW_BUILDERS[view](affected))
    canvas.resize(*size)
    transform = canvas.transform()
    # Labels may lie on the faint outline of the body behind the spine.
    drawn = [transform.map(part.path) for part in canvas.artwork.parts
             if part.material != spine_art.CURVE and not part.backdrop]
    placed = canvas.label_boxes()
    # The levels are named, or on a squat comparison each half by what it shows.
    assert any(item.label.kind in (spine_art.LEVEL, spine_art.CAPTION) for item in placed)
    # The names of parts stay only where they fit: on the smallest pictures none do.
    for index, item in enumerate(placed):
        assert QRectF(0, 0, *size).contains(item.box), item.text
        assert not any(path.intersects(item.box) for path in drawn), item.text
        assert not any(item.box.intersects(other.box) for other in placed[index + 1:]), item.text
    assert ratio(theme.COLOURS.muted, theme.COLOURS.paper) >= MINIMUM


def test_small_screens_keep_every_other_level_name_rather_than_overlap(qapp):
    canvas = SpineCanvas()
    canvas.set_artwork(spine_art.back_view(True))
    canvas.resize(505, 365)
    shown = [item.text for item in canvas.label_boxes()]
    assert {"C1", "T1", "L1", "S1"} <= set(shown)
    assert 8 <= len(shown) < len(canvas.artwork.labels)
    canvas.resize(700, 1400)
    assert len(canvas.label_boxes()) == len(canvas.artwork.labels)


def test_the_side_view_follows_the_anatomy():
    shapes = dict(region_shapes(spine_art.side_view()))
    top = {region: shape.boundingRect() for region, shape in shapes.items()}
    # The cord ends at L1–L2; below it only the nerve roots go on.
    assert top["disc-T12-L1"].top() < top["spinal-cord"].bottom() < top["disc-L2-L3"].top()
    # Vertebral bodies grow from the neck down (the discs between them show their depth).
    depths = [top[f"disc-{a}-{b}"].width() for a, b in (("C3", "C4"), ("T6", "T7"),
                                                         ("L3", "L4"))]
    assert depths == sorted(depths)
    # The neck and the lower back curve forwards (to the left), the chest backwards.
    front = {level: top[f"disc-{level}"].left() for level in ("C4-C5", "T7-T8", "L3-L4")}
    assert front["T7-T8"] > front["C4-C5"] and front["T7-T8"] > front["L3-L4"]


@pytest.mark.parametrize("zoom", [1.0, 2.0, 4.0])
@pytest.mark.parametrize("region", ["vertebra-L4", "disc-L4-L5", "vertebra-T8", "sacrum"])
def test_hit_testing_follows_the_outline_at_every_zoom(panel, zoom, region):
    canvas = panel.canvas
    canvas.set_zoom(zoom)
    centre = canvas.centre_of(region)
    assert canvas.region_at(centre) == region
    shape = dict(canvas.shapes)[region]
    # Just outside the drawn outline, to the front of the body, is not that region.
    rect = shape.boundingRect()
    outside = canvas.transform().map(QPointF(rect.left() - 1.5, rect.center().y()))
    assert canvas.region_at(outside) != region


def test_clicking_a_region_selects_it_and_offers_its_topics(panel, qtbot):
    canvas = panel.canvas
    point = canvas.centre_of("vertebra-L3").toPoint()
    with qtbot.waitSignal(panel.regionActivated) as signal:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["vertebra-L3"]
    assert panel.selected_region() == "vertebra-L3"
    assert panel.offered[-1] == "vertebra-L3"
    assert panel.caption.text() == REGIONS["vertebra-L3"].name("nl")
    buttons = panel.topic_buttons()
    assert [b.label.text() for b in buttons] == ["Hernia", "Oefentherapie"]
    with qtbot.waitSignal(panel.topicRequested) as chosen:
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert chosen.args[0] in ("hernia", "oefentherapie")


def test_hovering_names_the_region(panel, qtbot):
    point = panel.canvas.centre_of("disc-L4-L5")
    move = QMouseEvent(QEvent.Type.MouseMove, point, panel.canvas.mapToGlobal(point),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.canvas, move)
    assert panel.caption.text() == "Tussenwervelschijf L4–L5"
    assert panel.canvas.hover == "disc-L4-L5"


@pytest.mark.parametrize(("view", "regions"), [
    ("back", ["curve-thoracic", "curve-lumbar"]),
    ("disc", ["disc-L4-L5", "nerve-root-L5"]),
    ("canal", ["canal-L4", "nerve-root-L5"]),
    ("facet", ["facet-L4-L5"]),
])
def test_a_topic_chooses_its_view_and_highlights_its_regions(panel, view, regions):
    panel.show_topic([*regions, "not-a-region"], view)
    assert panel.current_view() == view
    assert panel.highlighted_regions() == frozenset(regions)
    assert set(regions) <= set(panel.canvas.region_ids())


def test_keyboard_reaches_every_region_and_enter_selects(panel, qtbot):
    canvas = panel.canvas
    canvas.setFocus()
    seen = set()
    for _ in range(len(canvas.region_ids())):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
        seen.add(canvas.hover)
    assert seen == set(canvas.region_ids())
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert panel.selected_region() == canvas.hover


def test_region_list_is_named_in_the_interface_language(panel):
    names = [panel.region_choice.itemText(i) for i in range(1, panel.region_choice.count())]
    assert "Tussenwervelschijf L4–L5" in names
    panel.set_language("en")
    names = [panel.region_choice.itemText(i) for i in range(1, panel.region_choice.count())]
    assert "Disc between L4 and L5" in names
    panel.region_choice.activated.emit(names.index("Disc between L4 and L5") + 1)
    assert panel.selected_region() == "disc-L4-L5"


def test_zoom_keys_and_reset(panel, qtbot):
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Plus)
    assert panel.canvas.zoom > 1
    panel.show_region("curve-lumbar")
    assert panel.current_view() == "back" and panel.selected_region() == "curve-lumbar"
    panel.reset()
    assert (panel.current_view(), panel.canvas.zoom, panel.selected_region()) == ("side", 1.0,
                                                                                  None)
    assert panel.highlighted_regions() == frozenset()


@pytest.mark.parametrize(("topic", "view", "region"), [
    ("hernia", "disc", "disc-L4-L5"), ("scoliose", "back", "curve-lumbar"),
    ("spinaalstenose", "canal", "canal-L4"), ("slijtage", "facet", "facet-L4-L5"),
])
def test_opening_each_condition_shows_its_view(make_window, topic, view, region):
    window = make_window(topic=topic)
    assert window.article_page.spine.current_view() == view
    assert region in window.article_page.spine.highlighted_regions()


def test_region_links_in_an_article_show_the_region(make_window):
    from PySide6.QtCore import QUrl

    window = make_window(topic="slijtage")
    window.article.anchorClicked.emit(QUrl("region:si-joint"))
    assert window.article_page.spine.selected_region() == "si-joint"


def test_the_panel_grows_with_the_text_size(make_window):
    from PySide6.QtGui import QFontInfo

    from rugwijzer.content.model import START
    from rugwijzer.ui.spine.panel import LARGEST_TEXT_PX

    window = make_window(topic="hernia")
    spine = window.article_page.spine
    spine.canvas.select("disc-L4-L5")

    def sizes():
        widgets = [spine.view_choice, spine.affected_switch, spine.names_switch, spine.caption,
                   spine.region_choice, *spine.topic_buttons()]
        return {QFontInfo(widget.font()).pixelSize() for widget in widgets}

    assert len(sizes()) == 1
    small = sizes().pop()
    label = spine.canvas.label_font().pixelSize()
    window.session.set_text_size(len(TEXT_SIZES) - 1)
    spine.canvas.select("disc-L4-L5")  # the topic buttons are made anew
    # Up to the size where the panel still fits beside the text.
    largest = min(LARGEST_TEXT_PX, TEXT_SIZES[-1] - 3)
    assert sizes() == {largest} and largest > small
    assert spine.canvas.label_font().pixelSize() > label
    # A panel made after the text size was chosen starts at that size.
    other = make_window(topic=START)
    other.session.set_text_size(0)
    assert other.article_page.spine is None
    other.open_topic("hernia")
    assert other.article_page.spine.view_choice.font().pixelSize() == max(13, TEXT_SIZES[0] - 3)


def test_a_drawing_asked_for_by_two_threads_at_once_is_built_once():
    import threading
    import time

    calls = []

    def slow(variant):
        calls.append(variant)
        time.sleep(0.05)
        return spine_art.Artwork()

    build = spine_art.built_once(slow)
    results = []
    threads = [threading.Thread(target=lambda: results.append(build(True))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [True]
    assert results[0] is results[1] is results[2]
    assert build() is not results[0] and build(False) is build()  # one drawing per variant


def test_the_views_topics_open_are_drawn_after_start_up(make_window, qtbot, monkeypatch):
    from rugwijzer.ui.window import deferred

    monkeypatch.setattr(deferred, "DRAWINGS_DELAY_MS", 0)
    # Whatever an earlier window started, this one must start the work itself.
    monkeypatch.setattr(spine_art, "_background", None)
    show(make_window(topic="start"), qtbot)
    qtbot.waitUntil(lambda: spine_art._background is not None, timeout=5000)
    assert spine_art._background.name == "spine-drawings"
    spine_art._background.join(timeout=30)
    for view, builder in spine_art.VIEW_BUILDERS.items():
        assert (view != "side") in builder.made


@pytest.mark.parametrize(("lang", "size", "beside"), [
    ("en", (1024, 700), False), ("nl", (1024, 700), False), ("en", (1920, 1080), True),
    ("en", (1366, 768), True),
])
def test_the_view_choice_shows_its_whole_name(make_window, qtbot, lang, size, beside):
    window = make_window(lang=lang, topic="hernia")
    window.resize(*size)
    show(window, qtbot)
    spine = window.article_page.spine
    choice, switch = spine.view_choice, spine.affected_switch
    QApplication.processEvents()
    assert choice.width() >= spine.view_choice_width()
    # Neither switch is squeezed below its whole name.
    for shown in (switch, spine.names_switch):
        assert shown.width() >= shown.sizeHint().width(), shown.objectName()
    assert (switch.x() > choice.geometry().right()) is beside
    assert not choice.geometry().intersects(switch.geometry())


@pytest.mark.parametrize(("lang", "topic", "size", "beside"), [
    ("en", "scoliose", (1000, 1400), True), ("en", "hernia", (900, 1000), True),
    ("en", "scoliose", (1366, 768), False), ("nl", "hernia", (1366, 768), False),
    ("nl", "hernia", (1280, 800), False),
])
def test_the_picture_keeps_the_room_with_the_texts_under_or_beside_it(make_window, qtbot, lang,
                                                                      topic, size, beside):
    window = make_window(lang=lang, topic=topic)
    window.resize(*size)
    show(window, qtbot)
    spine = window.article_page.spine
    spine.canvas.select(window.library.get(topic, lang).regions[0])
    QApplication.processEvents()
    assert spine.topic_buttons(), "the chosen part offers its topics"
    controls = [spine.view_choice, spine.affected_switch, spine.names_switch]
    boxes = [control.geometry() for control in controls if control.isVisible()]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    for control in controls[1:]:
        assert control.width() >= control.sizeHint().width(), control.objectName()
    canvas, details = spine.canvas.geometry(), spine.details.geometry()
    assert not canvas.intersects(details)
    if beside:
        # A panel wider than tall (under the text) has the caption and topics beside the
        # picture, which keeps the panel's height.
        assert details.left() > canvas.right()
        assert canvas.height() >= spine.height() - 100
    else:
        assert details.top() > canvas.bottom()
        assert canvas.height() >= spine.height() / 2 - 1
    # Each topic is there to be scrolled to, at its full height.
    for button in spine.topic_buttons():
        assert button.height() >= button.heightForWidth(button.width())


def test_choosing_part_after_part_keeps_only_the_last_parts_topics(panel):
    # No event loop runs here, so nothing let go of is deleted yet: the list must not grow.
    for region in ("vertebra-L3", "disc-L4-L5", "vertebra-L3", "sacrum"):
        panel.canvas.select(region)
    assert [b.label.text() for b in panel.topic_buttons()] == ["Hernia", "Oefentherapie"]
    assert panel.topics_layout.count() == 3  # and the room under them


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_caption_has_room_for_its_whole_text_at_every_size(make_window, qtbot, lang):
    from PySide6.QtCore import QRect

    window = make_window(lang=lang, topic="spinaalstenose")
    window.resize(1366, 768)
    show(window, qtbot)
    caption = window.article_page.spine.caption
    for index in range(len(TEXT_SIZES)):
        window.session.set_text_size(index)
        QApplication.processEvents()
        needed = caption.fontMetrics().boundingRect(
            QRect(0, 0, caption.width(), 10_000), Qt.TextFlag.TextWordWrap, caption.text())
        assert caption.height() >= needed.height(), (index, caption.text())


def test_a_name_too_long_for_its_box_ends_with_an_ellipsis(qtbot):
    from rugwijzer.ui.widgets import ElidingComboBox

    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItem("Kies een deel van de wervelkolom…")
    box.resize(box.sizeHint())
    assert box.shown_text() == "Kies een deel van de wervelkolom…"
    box.resize(box.sizeHint().width() // 2, box.sizeHint().height())
    shown = box.shown_text()
    assert shown.endswith("…") and len(shown) < len(box.currentText())
    assert box.currentText().startswith(shown[:-1].rstrip())
    box.grab()  # paints without warnings


def test_enlarge_gives_the_picture_the_whole_page_and_back(make_window, qtbot):
    window = make_window(topic="slijtage")
    window.resize(1366, 768)
    show(window, qtbot)
    spine, page = window.article_page.spine, window.article_page
    share = spine.width()
    assert share < page.width() * 0.5

    def drawn():
        canvas = spine.canvas
        return canvas.transform().mapRect(canvas.artwork.drawn_rect())

    small = drawn()
    # Over the picture's corner, by its icon, with its name for screen readers and tooltip.
    corner = spine.enlarge_button.geometry()
    assert spine.canvas.geometry().contains(corner)
    assert corner.right() > spine.canvas.geometry().center().x()
    assert spine.enlarge_button.accessibleName() == "De afbeelding groot tonen"
    assert spine.enlarge_button.toolTip() == "Vergroten"
    qtbot.mouseClick(spine.enlarge_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not window.article.isVisible()
    assert spine.size() == page.size()
    # Every view is taller than wide: the picture gains what the page's height allows.
    assert drawn().height() > 1.1 * small.height()
    assert spine.canvas.width() > 1.5 * share
    assert spine.enlarge_button.toolTip() == "Terug naar de tekst"
    qtbot.mouseClick(spine.enlarge_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.article.isVisible() and spine.width() == share
    assert spine.enlarge_button.toolTip() == "Vergroten"


def test_the_canvas_shows_exactly_what_the_render_function_paints(qtbot):
    from rugwijzer.session import Consultation
    from rugwijzer.ui.spine import render
    from rugwijzer.ui.spine.drawings import drawing

    canvas = SpineCanvas()
    qtbot.addWidget(canvas)
    artwork, shapes = drawing("disc", True)
    canvas.set_artwork(artwork, shapes)
    canvas.resize(480, 720)
    canvas.highlighted = frozenset({"disc-L4-L5"})
    canvas.consultation = Consultation(marks={"nerve-root-L5"})
    canvas.select("vertebra-L4")
    shown = canvas.grab().toImage()
    painted = render.render_image(
        canvas.size(), artwork, shapes, highlighted=canvas.highlighted, selected="vertebra-L4",
        marks=canvas.consultation.marks, font=canvas.label_font())
    assert shown.convertToFormat(painted.format()) == painted


def test_handout_pictures_are_painted_without_any_widget(qapp):
    from rugwijzer.session import Consultation
    from rugwijzer.ui.spine.drawings import SpineState
    from rugwijzer.ui.spine.palette import for_paper
    from rugwijzer.ui.spine.render import handout_pictures

    widgets = set(QApplication.allWidgets())
    state = SpineState.for_topic(["disc-L4-L5", "nerve-root-L5"], "disc")
    pictures = handout_pictures(state, Consultation(marks={"vertebra-C5"}), "nl", 300)
    assert set(QApplication.allWidgets()) == widgets
    assert [view for view, _image in pictures] == ["disc", "side"]
    side = pictures[1][1]
    assert side.width() == 300 and 300 <= side.height() <= 450
    mark = QColor(for_paper().mark)
    marked = [side.pixelColor(x, y) for x in range(0, 300, 2)
              for y in range(0, side.height(), 2)]
    assert sum(1 for colour in marked if abs(colour.hue() - mark.hue()) < 12
               and colour.saturation() > 60) > 5, "vertebra C5 is marked on the whole spine"


@pytest.mark.parametrize("topic", ["slijtage", "hernia"])
def test_choosing_a_part_with_the_mouse_leaves_the_picture_where_it_is(make_window, qtbot,
                                                                       topic):
    """The topics' room under the picture is kept whether or not a part is chosen and
    however many topics it has: the part clicked stays under the pointer, and the picture,
    kept as a picture at its size, is not drawn anew."""
    window = make_window(topic=topic)
    window.resize(1280, 800)
    show(window, qtbot)
    spine = window.article_page.spine
    canvas = spine.canvas
    assert not spine.touch_instructions()
    before = canvas.geometry()
    offered = set()
    for region in canvas.region_ids():
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                         pos=canvas.centre_of(region).toPoint())
        QApplication.processEvents()
        if spine.selected_region() != region:
            continue  # covered where its centre is drawn: reached by its neighbour's click
        offered.add(len(spine.topic_buttons()))
        assert canvas.geometry() == before, region
    # Parts with no, one and more topics: the room under the picture changed nothing.
    assert len(offered) >= 2, offered
