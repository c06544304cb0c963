"""The spine illustration as screen readers meet it: one pressable button per part."""

import gc
import os
import subprocess
import sys

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QWidget

from conftest import OfferedTopics, show
from rugwijzer.content.regions import REGIONS
from rugwijzer.ui.spine import access as spine_access
from rugwijzer.ui.spine.canvas import SpineCanvas
from rugwijzer.ui.spine.panel import SpinePanel

NAME = QAccessible.Text.Name


@pytest.fixture
def panel(qtbot):
    topics = OfferedTopics()
    # A window without a layout of its own, so showing it changes no size hints.
    window = QWidget()
    window.resize(520, 900)
    qtbot.addWidget(window)
    widget = SpinePanel(topics, window)
    widget.setGeometry(0, 0, 520, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    widget.offered = topics.asked
    yield widget


def parts_of(canvas):
    tree = QAccessible.queryAccessibleInterface(canvas)
    return tree, [tree.child(index) for index in range(tree.childCount())]


def test_every_part_in_view_is_a_named_button(panel):
    tree, parts = parts_of(panel.canvas)
    assert isinstance(tree, spine_access.SpineAccessible)
    assert tree.role() == QAccessible.Role.Graphic
    assert tree.text(NAME) == panel.canvas.accessibleName() != ""
    assert tree.text(QAccessible.Text.Description)
    assert len(parts) == len(panel.canvas.region_ids()) > 20
    for region, part in zip(panel.canvas.region_ids(), parts, strict=True):
        assert part.isValid()
        assert part.role() == QAccessible.Role.Button
        assert part.text(NAME) == REGIONS[region].name("nl")
        assert part.parent().text(NAME) == tree.text(NAME)
        assert tree.indexOfChild(part) == panel.canvas.region_ids().index(region)
        assert part.state().focusable and not part.state().invisible
    # Asking again gives the same objects, as screen readers expect.
    assert tree.child(0) is parts[0]


def test_names_follow_the_interface_language(panel):
    _tree, parts = parts_of(panel.canvas)
    disc = parts[panel.canvas.region_ids().index("disc-L4-L5")]
    assert disc.text(NAME) == "Tussenwervelschijf L4–L5"
    panel.set_language("en")
    assert disc.text(NAME) == "Disc between L4 and L5"
    assert {part.text(NAME) for part in parts_of(panel.canvas)[1]} == {
        REGIONS[region].name("en") for region in panel.canvas.region_ids()}


def test_pressing_a_part_chooses_it_as_a_click_does(panel, qtbot):
    tree, _parts = parts_of(panel.canvas)
    part = tree.child(panel.canvas.region_ids().index("vertebra-L3"))
    actions = part.actionInterface()
    assert actions is not None
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    with qtbot.waitSignal(panel.regionActivated) as signal:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert signal.args == ["vertebra-L3"]
    assert panel.selected_region() == "vertebra-L3"
    assert panel.offered[-1] == "vertebra-L3"
    assert panel.caption.text() == REGIONS["vertebra-L3"].name("nl")
    assert panel.topics.findChild(type(panel.enlarge_button), "spineTopic-hernia") is not None
    assert part.state().selected


@pytest.mark.parametrize("region", ["vertebra-L4", "disc-L4-L5", "sacrum", "nerve-root-L5"])
def test_the_part_at_a_point_is_the_one_drawn_there(panel, region):
    canvas = panel.canvas
    tree, _parts = parts_of(canvas)
    centre = canvas.mapToGlobal(canvas.centre_of(region).toPoint())
    found = tree.childAt(centre.x(), centre.y())
    assert found is not None and found.text(NAME) == REGIONS[region].name("nl")
    assert found.rect().contains(centre)
    assert canvas.rect().contains(canvas.mapFromGlobal(found.rect().center()))
    corner = canvas.mapToGlobal(QPoint(2, 2))
    assert tree.childAt(corner.x(), corner.y()) is None


def test_a_part_out_of_sight_keeps_its_size_and_says_it_is_off_screen(panel):
    # Without a size Qt would stop offering screen readers its extents and hit-testing.
    canvas = panel.canvas
    tree, _parts = parts_of(canvas)
    part = tree.child(canvas.region_ids().index("vertebra-C2"))
    on_screen = part.rect()
    assert canvas.rect().contains(canvas.mapFromGlobal(on_screen.center()))
    assert not part.state().offscreen
    canvas.set_zoom(4.0)
    canvas.pan = QPointF(0, -4000)
    assert not canvas.rect().intersects(QRect(canvas.mapFromGlobal(part.rect().topLeft()),
                                              part.rect().size()))
    assert part.rect().width() > on_screen.width() and part.state().offscreen
    canvas.reset_view()
    panel.hide()
    assert not part.rect().isEmpty()
    assert part.state().invisible and part.state().offscreen


def test_keyboard_focus_moves_from_part_to_part(panel, qtbot, monkeypatch):
    sent = []
    monkeypatch.setattr(spine_access, "_notify", lambda make: sent.append(make()))
    canvas = panel.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    tree, _parts = parts_of(canvas)
    focused = tree.focusChild()
    assert focused is not None and focused.state().focused
    assert focused.text(NAME) == REGIONS[canvas.hover].name("nl")
    focus_events = [e for e in sent if e.type() == QAccessible.Event.Focus]
    assert [e.accessibleInterface().text(NAME) for e in focus_events][-1] == focused.text(NAME)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert any(e.type() == QAccessible.Event.Selection for e in sent)
    focused.actionInterface().doAction(QAccessibleActionInterface.setFocusAction())
    assert canvas.hover == focused.region


def test_changing_the_view_replaces_the_parts_without_warnings(panel, monkeypatch):
    sent = []
    monkeypatch.setattr(spine_access, "_notify", lambda make: sent.append(make()))
    _tree, parts = parts_of(panel.canvas)
    vertebra = parts[panel.canvas.region_ids().index("vertebra-T8")]
    panel.show_topic(["disc-L4-L5"], "disc")
    assert "vertebra-T8" not in panel.canvas.region_ids()
    assert not shiboken6.isValid(vertebra)  # taken out of Qt's cache and deleted
    assert any(e.type() == QAccessible.Event.ObjectReorder for e in sent)
    _tree, parts = parts_of(panel.canvas)
    assert {p.text(NAME) for p in parts} == {
        REGIONS[r].name("nl") for r in panel.canvas.region_ids()}
    disc = parts[panel.canvas.region_ids().index("disc-L4-L5")]
    assert "open topic" in disc.text(QAccessible.Text.Description)
    for view in ("back", "canal", "facet", "side", "disc"):
        panel.show_topic([], view)
        _tree, parts = parts_of(panel.canvas)
        assert all(p.isValid() for p in parts)
    panel.affected_switch.setChecked(True)
    assert len(parts_of(panel.canvas)[1]) == len(panel.canvas.region_ids())


def test_destroying_the_canvas_takes_its_parts_along(qtbot):
    for _round in range(20):
        canvas = SpineCanvas()
        canvas.resize(300, 500)
        canvas.set_artwork(*_side())
        tree = QAccessible.queryAccessibleInterface(canvas)
        panel_parts = [tree.child(i) for i in range(tree.childCount())]
        ids = [QAccessible.uniqueId(part) for part in panel_parts]
        shiboken6.delete(canvas)
        del canvas, tree
        gc.collect()
        assert all(QAccessible.accessibleInterface(i) is None for i in ids)
        assert not any(shiboken6.isValid(part) for part in panel_parts)


def _side():
    from rugwijzer.ui.spine import art as spine_art
    from rugwijzer.ui.spine.drawings import region_shapes

    drawing = spine_art.side_view()
    return drawing, region_shapes(drawing)


def test_the_window_spine_is_explorable_after_opening_a_topic(make_window, qtbot):
    window = make_window(topic="hernia")
    show(window, qtbot)
    tree, parts = parts_of(window.article_page.spine.canvas)
    assert tree.text(NAME) == "Afbeelding van de wervelkolom"
    disc = parts[window.article_page.spine.canvas.region_ids().index("disc-L4-L5")]
    disc.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert window.article_page.spine.selected_region() == "disc-L4-L5"
    window.session.set_language("en")
    assert disc.text(NAME) == "Disc between L4 and L5"


EVERY_INTERFACE = """
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
from rugwijzer.ui.spine.panel import SpinePanel

window = QWidget()
panel = SpinePanel(lambda region: [], window)
window.show()
app.processEvents()
tree = QAccessible.queryAccessibleInterface(panel.canvas)
for index in range(tree.childCount()):
    part = tree.child(index)
    assert part.actionInterface() is not None
    assert part.textInterface() is None and part.editableTextInterface() is None
    assert part.valueInterface() is None and part.selectionInterface() is None
    assert part.tableCellInterface() is None and part.attributesInterface() is None
print("asked", tree.childCount())
"""


def test_a_part_answers_every_kind_of_interface_a_screen_reader_asks_for(tmp_path):
    # Over AT-SPI each object is asked for every kind (text, value, selection...); a part
    # offers only actions, and saying so must not crash the program.
    done = _run_python(EVERY_INTERFACE, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("asked ")


def _run_python(code: str, folder) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", code],
                          capture_output=True, text=True, timeout=120, env=environment,
                          check=False, cwd=folder)


LISTENING_SESSION = """
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
QAccessible.setActive(True)  # as when a screen reader runs
from rugwijzer.ui.spine.panel import SpinePanel

def explore(panel):
    tree = QAccessible.queryAccessibleInterface(panel.canvas)
    for index in range(tree.childCount()):
        part = tree.child(index)
        part.text(QAccessible.Text.Name), part.rect(), part.state(), part.parent()
    tree.child(3).actionInterface().doAction(QAccessibleActionInterface.pressAction())

windows = []
for _ in range(3):
    window = QWidget()
    panel = SpinePanel(lambda region: [], window)
    window.show()
    app.processEvents()
    explore(panel)
    for view in ("disc", "back", "side"):
        panel.show_topic([], view)
        explore(panel)
    windows.append(window)
shiboken6.delete(windows.pop(0))
windows[0].close()
windows[0].deleteLater()
app.processEvents()
print("explored")
"""


def test_a_listening_screen_reader_leaves_no_crash_at_exit(tmp_path):
    # Qt deletes the interfaces it still holds when the application ends; a part interface
    # that Python freed first would crash there, after the last test has passed.
    done = _run_python(LISTENING_SESSION, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "explored"
