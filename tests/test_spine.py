"""The spine illustration: regions, exact hit-testing, interaction and its place in the window."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from rugwijzer.content.regions import CERVICAL, LUMBAR, REGIONS, THORACIC
from rugwijzer.ui import spine_art
from rugwijzer.ui.spine_view import SpinePanel

LEVELS = CERVICAL + THORACIC + LUMBAR


@pytest.fixture
def panel(qtbot):
    offered = []

    def topics(region):
        offered.append(region)
        return [("hernia", "Hernia"), ("oefentherapie", "Oefentherapie")]

    widget = SpinePanel(topics)
    widget.resize(520, 900)
    # Not shown, so no layout runs: give the picture the size it would get on screen.
    widget.canvas.resize(480, 720)
    qtbot.addWidget(widget)
    widget.offered = offered
    return widget


def test_every_drawn_region_is_registered_with_both_names():
    for view, build in spine_art.VIEW_BUILDERS.items():
        for affected in (False, True):
            for region in build(affected).regions():
                assert region in REGIONS, (view, region)
                assert REGIONS[region].name_nl and REGIONS[region].name_en


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
    buttons = [b for b in panel.topics.findChildren(type(panel.reset_button))
               if b.objectName().startswith("spineTopic-")]
    assert sorted(b.text() for b in buttons) == ["Hernia", "Oefentherapie"]
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
    assert window.spine.current_view() == view
    assert region in window.spine.highlighted_regions()


def test_region_links_in_an_article_show_the_region(make_window):
    from PySide6.QtCore import QUrl

    window = make_window(topic="slijtage")
    window.article.anchorClicked.emit(QUrl("region:si-joint"))
    assert window.spine.selected_region() == "si-joint"
