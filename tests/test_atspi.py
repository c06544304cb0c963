"""The real program on an X display, explored over AT-SPI as screen readers and inspectors
(Orca, Accerciser, dogtail) do: every object asked for every child, again and again, while
pages, views and the language change in between.

Needs Debian's xvfb, dbus, at-spi2-core and python3-pyatspi (the walker runs in the system
Python, which has pyatspi); skipped where they are missing.
"""

import dataclasses
import json
import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect

from rugwijzer.content.regions import REGIONS
from rugwijzer.ui.spine import art as spine_art
from rugwijzer.ui.spine.drawings import region_shapes
from rugwijzer.ui.start.spine_card import CompactSpineCanvas

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
START_NL, START_EN = "Wijs aan waar u klachten heeft", "Point to where it hurts"
PANEL_NL, PANEL_EN = "Wervelkolom", "Spine"

# An article beside its spine, the start page (whose spine was made hidden, after the first
# paint), a part chosen there, an article in another view, the language switched, the
# picture enlarged, and the start page again.
OPEN = "hernia"
STEPS = [
    "walk",
    f"await:{PANEL_NL}/Zenuwwortel S1",
    "press:Naar de startpagina",
    f"await:{START_NL}/Facetgewrichtjes L4–L5",
    f"press:{START_NL}/Facetgewrichtjes L4–L5",
    "walk",
    "press:Slijtage van ruggenwervels",
    f"await:{PANEL_NL}/Facetgewrichtjes L4–L5",
    "press:English",
    f"await:{PANEL_EN}/Facet joints between L4 and L5",
    f"press:{PANEL_EN}/Show the picture large",
    "until:Show the text beside the picture",
    "press:Go to the start page",
    f"await:{START_EN}/Disc between L4 and L5",
    "walk",
]


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    if not os.access(BUS_LAUNCHER, os.X_OK):
        return BUS_LAUNCHER
    if not os.access(SYSTEM_PYTHON, os.X_OK) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False,
            timeout=60).returncode:
        return f"pyatspi for {SYSTEM_PYTHON}"
    return None


@pytest.fixture(scope="module")
def display():
    missing = _missing()
    if missing:
        pytest.skip(f"{missing} is not installed (apt-get install xvfb dbus at-spi2-core "
                    "python3-pyatspi)")
    read, write = os.pipe()
    # Xvfb writes the number of a free display when it is ready for clients.
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        number = os.read(read, 16).decode().strip() if ready else ""
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def explored(display, tmp_path_factory):
    home = tmp_path_factory.mktemp("atspi")
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("QT_", "PYTHON", "DBUS_", "AT_SPI"))}
    environment.update(DISPLAY=display, QT_QPA_PLATFORM="xcb",
                       QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    # The program gets this process's import path; the walker keeps the system Python's own.
    program = ["env", f"PYTHONPATH={os.pathsep.join(sys.path)}", sys.executable, "-m",
               "rugwijzer", "--open", OPEN]
    done = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), *STEPS, "--",
                           *program], capture_output=True, text=True, timeout=180,
                          env=environment, check=False, cwd=home)
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr[-3000:]
    report = json.loads(lines[-1])
    report["stderr"] = done.stderr[-3000:]
    return report


def _walk(report, step: str, occurrence: int = 0) -> dict:
    walks = [walk for walk in report["walks"] if walk["step"] == step]
    if len(walks) <= occurrence:
        pytest.fail(f"the walker never got to {step!r}: {report['steps'][-1:]}, program exit "
                    f"{report['exit']}")
    return walks[occurrence]


def _spine(walk: dict, panel: str) -> dict:
    spines = [spine for spine in walk["spines"] if spine["panel"] == panel]
    assert len(spines) == 1, [spine["panel"] for spine in walk["spines"]]
    return spines[0]


def _names(drawing: spine_art.Artwork, lang: str) -> set[str]:
    return {REGIONS[region].name(lang) for region, _shape in region_shapes(drawing)}


def _inside(box: list[int], outer: list[int]) -> bool:
    x, y, width, height = box
    ox, oy, owidth, oheight = outer
    return (width > 0 and height > 0 and ox <= x and oy <= y
            and x + width <= ox + owidth and y + height <= oy + oheight)


def test_the_program_survives_walks_with_views_switched_between(explored):
    steps = explored["steps"]
    said = (steps[-1:], f"exit {explored['exit']}", explored["output"])
    assert [step["step"] for step in steps] == STEPS, said
    assert all(step["ok"] and step["alive"] for step in steps), said
    assert explored["alive"], said
    assert len(explored["walks"]) >= 8
    for walk in explored["walks"]:
        assert walk["errors"] == [], walk["step"]
        assert walk["objects"] > 100


@pytest.mark.parametrize(("step", "occurrence", "panel", "view", "lang"), [
    (f"await:{PANEL_NL}/Zenuwwortel S1", 0, PANEL_NL, "disc", "nl"),
    (f"await:{START_NL}/Facetgewrichtjes L4–L5", 0, START_NL, "side", "nl"),
    (f"await:{PANEL_NL}/Facetgewrichtjes L4–L5", 0, PANEL_NL, "facet", "nl"),
    (f"await:{PANEL_EN}/Facet joints between L4 and L5", 0, PANEL_EN, "facet", "en"),
    ("until:Show the text beside the picture", 0, PANEL_EN, "facet", "en"),
    (f"await:{START_EN}/Disc between L4 and L5", 0, START_EN, "side", "en"),
    ("walk", 2, START_EN, "side", "en"),
])
def test_each_part_shown_is_a_named_button_to_press_placed_in_the_picture(
        explored, step, occurrence, panel, view, lang):
    spine = _spine(_walk(explored, step, occurrence), panel)
    assert spine["name"] == ("Afbeelding van de wervelkolom" if lang == "nl"
                             else "Illustration of the spine")
    parts = spine["parts"]
    assert {part["name"] for part in parts} == _names(spine_art.VIEW_BUILDERS[view](), lang)
    for part in parts:
        assert "Press" in part["actions"] and part["focusable"], part
        assert _inside(part["box"], spine["box"]), (part, spine["box"])
        assert part["at_middle"] in {p["name"] for p in parts} | {None}, part


def test_pressing_a_part_chooses_it_and_offers_its_topics(explored):
    before = _walk(explored, f"await:{START_NL}/Facetgewrichtjes L4–L5")
    chosen = _walk(explored, "walk", 1)
    parts = {part["name"]: part for part in _spine(chosen, START_NL)["parts"]}
    assert parts["Facetgewrichtjes L4–L5"]["selected"]
    assert not parts["Heiligbeen"]["selected"]
    assert "Slijtage van ruggenwervels" in chosen["buttons"]
    assert "Slijtage van ruggenwervels" not in before["buttons"]


def test_the_start_page_parts_are_where_they_are_drawn(explored, qtbot):
    spine = _spine(_walk(explored, f"await:{START_NL}/Facetgewrichtjes L4–L5"), START_NL)
    x, y, width, height = spine["box"]
    # The same picture at the same size, measured here.
    canvas = CompactSpineCanvas()
    qtbot.addWidget(canvas)
    canvas.setFixedSize(width, height)
    drawing = dataclasses.replace(spine_art.side_view(False), labels=[])
    canvas.set_artwork(drawing, region_shapes(drawing))
    parts = {part["name"]: part for part in spine["parts"]}
    for region, shape in canvas.shapes:
        drawn = canvas.transform().mapRect(shape.boundingRect()).toAlignedRect() & canvas.rect()
        box = parts[REGIONS[region].name("nl")]["box"]
        assert abs(box[0] - x - drawn.x()) <= 1 and abs(box[1] - y - drawn.y()) <= 1, region
        assert abs(box[2] - drawn.width()) <= 1 and abs(box[3] - drawn.height()) <= 1, region
    # Asked what is at a point, the picture names the part whose outline is there.
    for part in spine["parts"]:
        px, py, pwidth, pheight = part["box"]
        middle = QPoint(px + pwidth // 2 - x, py + pheight // 2 - y)
        region = canvas.region_at(QPointF(middle))
        expected = REGIONS[region].name("nl") if region else None
        if QRect(0, 0, width, height).contains(middle):
            assert part["at_middle"] == expected, part["name"]


def test_the_parts_follow_the_picture_when_it_is_enlarged(explored):
    before = _spine(_walk(explored, f"await:{PANEL_EN}/Facet joints between L4 and L5"),
                    PANEL_EN)
    after = _spine(_walk(explored, "until:Show the text beside the picture"), PANEL_EN)
    assert after["box"][2] * after["box"][3] > before["box"][2] * before["box"][3]
    sizes = {part["name"]: part["box"][2] * part["box"][3] for part in before["parts"]}
    for part in after["parts"]:
        assert part["box"][2] * part["box"][3] > sizes[part["name"]], part["name"]
