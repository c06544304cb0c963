"""Choosing a theme: in the program, on the command line, in the clinic profile or by the
desktop; it shows at once everywhere, the spine included, and is remembered where it
should be."""

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QApplication

from conftest import hide_first, show
from rugwijzer.appearance import DARK, HIGH_CONTRAST, LIGHT, SYSTEM
from rugwijzer.options import StartOptions
from rugwijzer.ui import desktop, theme
from rugwijzer.ui.spine import palette, render

PAPERS = {name: theme.PALETTES[name].paper for name in (LIGHT, DARK, HIGH_CONTRAST)}


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name().upper()


def test_the_readers_choice_shows_at_once_and_is_remembered(make_window, qtbot, settings):
    window = make_window(topic="start")
    show(window, qtbot)
    assert window.toolbar.theme_actions[SYSTEM].isChecked()
    window.toolbar.theme_actions[DARK].trigger()
    assert theme.current() == DARK and window_colour() == theme.PALETTES[DARK].window
    assert window.toolbar.theme_actions[DARK].isChecked()
    assert settings.value("theme") == DARK
    # What carries colours of its own follows: the start page's spine, the sidebar's
    # group headings, the canvas's picture.
    card = window.start_page.spine
    assert theme.PALETTES[DARK].paper in card.styleSheet()
    heading = window.sidebar.groups[0]
    assert heading.foreground().color().name().upper() == theme.PALETTES[DARK].muted
    canvas = card.canvas
    # The upper right corner: the side view's faint body outline reaches the left edge.
    corner = canvas.grab().toImage().pixelColor(canvas.width() - 2, 1).name().upper()
    assert corner == PAPERS[DARK]
    window.toolbar.theme_actions[HIGH_CONTRAST].trigger()
    corner = canvas.grab().toImage().pixelColor(canvas.width() - 2, 1).name().upper()
    assert corner == PAPERS[HIGH_CONTRAST]

    again = make_window(topic="start")
    assert again.session.theme == HIGH_CONTRAST and theme.current() == HIGH_CONTRAST


def test_the_command_line_chooses_for_this_run(make_window, settings):
    settings.set_value("theme", DARK)
    window = make_window(theme=HIGH_CONTRAST)
    assert window.session.theme == HIGH_CONTRAST and theme.current() == HIGH_CONTRAST
    assert window_colour() == theme.PALETTES[HIGH_CONTRAST].window


def test_a_tablet_starts_each_reader_with_the_clinics_theme(make_window, qtbot, tmp_path,
                                                            settings):
    from rugwijzer.app import build_window

    make_window()
    profile = tmp_path / "clinic.toml"
    profile.write_text('name = "Kliniek"\ntheme = "dark"\n', encoding="utf-8")
    window = build_window(StartOptions(lang="nl", clinic=profile, kiosk=True),
                          settings=settings)
    qtbot.addWidget(window, before_close_func=hide_first)
    try:
        assert theme.current() == DARK
        assert not window.toolbar.button_for(window.toolbar.theme_action).isVisible()
        window.look.choose_theme(HIGH_CONTRAST)
        assert theme.current() == HIGH_CONTRAST
        window.reset_session()
        assert window.session.theme == DARK and theme.current() == DARK
        assert settings.value("theme") == "", "a tablet remembers nothing of its readers"
    finally:
        window.kiosk_mode.idle.stop(QApplication.instance())
        window.translations.uninstall()


def test_the_system_choice_follows_the_desktop_while_it_runs(make_window, qtbot, monkeypatch):
    wishes = {"dark": False, "high_contrast": False}
    monkeypatch.setattr(desktop, "prefers_dark", lambda: wishes["dark"])
    monkeypatch.setattr(desktop, "prefers_high_contrast", lambda: wishes["high_contrast"])
    window = make_window()
    show(window, qtbot)
    assert theme.current() == LIGHT
    wishes["dark"] = True
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == DARK and window_colour() == theme.PALETTES[DARK].window
    wishes["high_contrast"] = True
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == HIGH_CONTRAST
    window.look.choose_theme(LIGHT)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == LIGHT, "a theme chosen by the reader stays"


def hover_picture(size: int = 60) -> QImage:
    """A white square part, pointed at, painted in the current palette."""
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    path = QPainterPath()
    path.addRect(QRectF(10, 10, 40, 40))
    painter = QPainter(image)
    render.paint_hover(painter, [("disc-L4-L5", path)], render.QTransform(), "disc-L4-L5")
    painter.end()
    return image


@pytest.mark.parametrize("name", [LIGHT, DARK])
def test_the_clinics_accent_reaches_the_part_pointed_at(qapp, name):
    theme.set_theme(name)
    theme.set_accent("#7A2E8C")
    try:
        assert palette.current().hover == "#7A2E8C"
        inside = hover_picture().pixelColor(30, 30)
        assert inside != QColor("#FFFFFF")
        assert abs(inside.hue() - QColor("#7A2E8C").hue()) <= 4
    finally:
        theme.set_theme(LIGHT)
        theme.set_accent(None)


def test_the_handout_is_light_whatever_the_screen_shows(qapp):
    from rugwijzer.session import Consultation
    from rugwijzer.ui.spine.drawings import SpineState

    state = SpineState.for_topic(["disc-L4-L5"], "disc")
    light = render.handout_pictures(state, Consultation(), "nl", 150)[0][1]
    theme.set_theme(DARK)
    try:
        dark = render.handout_pictures(state, Consultation(), "nl", 150)[0][1]
    finally:
        theme.set_theme(LIGHT)
    assert dark == light


def grey(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def states_painted(colours: palette.SpinePalette) -> dict[str, QImage]:
    """One part painted as a topic's part, as the chosen part, pointed at and marked."""
    path = QPainterPath()
    path.addEllipse(QRectF(15, 15, 70, 70))
    shapes = [("disc-L4-L5", path)]
    transform = render.QTransform()
    painted = {}
    for state in ("highlighted", "selected", "hover", "mark"):
        image = QImage(100, 100, QImage.Format.Format_RGB32)
        image.fill(QColor(colours.materials["disc"][0]))
        painter = QPainter(image)
        if state == "highlighted":
            render.paint_highlights(painter, shapes, transform, {"disc-L4-L5"}, None, colours)
        elif state == "selected":
            render.paint_highlights(painter, shapes, transform, (), "disc-L4-L5", colours)
        elif state == "hover":
            render.paint_hover(painter, shapes, transform, "disc-L4-L5", colours)
        else:
            render.paint_consultation(painter, shapes, transform, {"disc-L4-L5"}, [], 3.0,
                                      colours)
        painter.end()
        painted[state] = grey(image)
    return painted


@pytest.mark.parametrize("name", [LIGHT, DARK, HIGH_CONTRAST])
def test_the_highlights_differ_in_more_than_colour(qapp, name):
    painted = states_painted(palette.PALETTES[name])
    states = list(painted)
    for number, first in enumerate(states):
        for second in states[number + 1:]:
            # In grey, as a reader who does not see the colours apart: the pictures
            # differ in many pixels.
            a, b = painted[first], painted[second]
            differ = sum(1 for x in range(0, 100, 2) for y in range(0, 100, 2)
                         if abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) > 24)
            assert differ > 40, (first, second, differ)


def test_high_contrast_highlights_stand_out_against_every_part():
    from rugwijzer.content.contrast import ratio

    colours = palette.PALETTES[HIGH_CONTRAST]
    fills = {"#" + colour[-6:] for material in colours.materials.values()
             for colour in material[:2] if colour is not None}
    fills.add(theme.PALETTES[HIGH_CONTRAST].paper)
    for line in (colours.highlight, colours.mark, theme.PALETTES[HIGH_CONTRAST].accent):
        assert min(ratio(line, fill) for fill in fills) >= 3.0, line
    assert colours.patterns and not palette.PALETTES[LIGHT].patterns


def test_a_pattern_is_painted_only_in_high_contrast(qapp):
    light = states_painted(palette.PALETTES[LIGHT])["highlighted"]
    high = states_painted(palette.PALETTES[HIGH_CONTRAST])["highlighted"]
    # Along a row through the middle: a wash is even, a hatching alternates.
    changes = [sum(1 for x in range(25, 75)
                   if abs(image.pixelColor(x, 50).value()
                          - image.pixelColor(x + 1, 50).value()) > 40)
               for image in (light, high)]
    assert changes[0] == 0 and changes[1] >= 6, changes


def test_reduced_motion_lets_a_flicked_page_stop_with_the_finger(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel, QScrollArea, QScroller

    from rugwijzer.ui.widgets import enable_kinetic_scrolling

    def flicked(reduced: bool) -> QScroller.State:
        monkeypatch.setattr(theme, "reduced_motion", lambda: reduced)
        area = QScrollArea()
        qtbot.addWidget(area)
        area.setWidget(QLabel("regel\n" * 400))
        area.resize(300, 300)
        enable_kinetic_scrolling(area.viewport())
        scroller = QScroller.scroller(area.viewport())
        scroller.handleInput(QScroller.Input.InputPress, QPointF(150, 250), 1000)
        for step in range(1, 10):
            scroller.handleInput(QScroller.Input.InputMove, QPointF(150, 250 - step * 20),
                                 1000 + step * 10)
        scroller.handleInput(QScroller.Input.InputRelease, QPointF(150, 50), 1100)
        return scroller.state()

    assert flicked(False) == QScroller.State.Scrolling, "a flick glides on"
    assert flicked(True) == QScroller.State.Inactive, "unless the desktop asks for less motion"


def test_the_desktops_wish_for_less_motion_is_read_where_it_is_kept(tmp_path, monkeypatch):
    import shutil
    import subprocess

    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n", encoding="utf-8")
    assert desktop.kde_animations_off(tmp_path)
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0.5\n",
                                         encoding="utf-8")
    assert not desktop.kde_animations_off(tmp_path)
    (tmp_path / "kdeglobals").write_bytes(b"\xff\xfe not a config file")
    assert not desktop.kde_animations_off(tmp_path)
    assert not desktop.kde_animations_off(tmp_path / "nowhere")

    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/gsettings")

    def answers(text, code=0):
        return lambda *args, **kwargs: subprocess.CompletedProcess(args, code, text, "")

    assert desktop.gnome_animations_off(answers("false\n"))
    assert not desktop.gnome_animations_off(answers("true\n"))
    assert not desktop.gnome_animations_off(answers("", code=1))

    def hangs(*args, **kwargs):
        raise subprocess.TimeoutExpired(args, desktop.GSETTINGS_TIMEOUT)

    assert not desktop.gnome_animations_off(hangs)


def test_the_desktop_is_asked_about_motion_once_the_complete_first_look_is_painted(
        make_window, qtbot, monkeypatch):
    """The question may take a call to the desktop's settings tool: the start page's icons
    and spine are painted first."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        after_ready = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.UpdateRequest and window.ready:
                self.after_ready += 1
            return False

    asked = []
    monkeypatch.setattr(desktop, "apply_motion",
                        lambda app: asked.append((app, paints.after_ready)))
    window = make_window(topic="start")
    paints = Paints()
    window.installEventFilter(paints)
    window.startupFinished.connect(lambda: asked.append("ready"))
    show(window, qtbot)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked[0] == "ready"
    app, painted = asked[1]
    assert app is QApplication.instance()
    assert painted >= 1, "asked before the icons and the spine were painted"
    qtbot.wait(300)
    assert len(asked) == 2, "asked once"


@pytest.mark.parametrize("name", [LIGHT, DARK, HIGH_CONTRAST])
def test_scroll_bars_are_drawn_in_the_themes_colours_and_stand_out(make_window, qtbot, name):
    """A flat handle in the theme's muted colour, at least 3:1 against every surface a
    scroll bar sits on, with no arrow buttons."""
    from rugwijzer.content.contrast import ratio

    c = theme.PALETTES[name]
    for surface in (c.window, c.paper, c.sidebar):
        assert ratio(c.muted, surface) >= 3, (name, surface)
    window = make_window(topic="hernia", theme=name)
    window.resize(1024, 640)
    show(window, qtbot)
    bar = window.article.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    picture = bar.grab().toImage()
    middle = picture.width() // 2
    column = {picture.pixelColor(middle, y).name().upper() for y in range(picture.height())}
    assert c.muted in column, (name, column)
    # No arrows: the handle reaches the ends of the bar.
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    picture = bar.grab().toImage()
    assert picture.pixelColor(middle, picture.height() - 4).name().upper() == c.muted
