"""Icons are glyphs in the theme's colours; a fault in one never reaches Qt's painting."""

from collections import Counter

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from rugwijzer.ui import icons


def test_an_icon_is_asked_for_by_the_name_of_a_theme_colour(qapp):
    assert not icons.icon("close", "text").isNull()
    with pytest.raises(ValueError, match="not a colour of the theme"):
        icons.icon("close", "#1C2A33")


def test_a_glyph_that_cannot_be_painted_is_logged_not_raised_into_qt(qapp, caplog):
    family, glyphs = icons._font()
    engine = icons.GlyphIconEngine(family, glyphs["close"], "no-such-colour")
    icon = QIcon(engine.clone())
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
        assert icon.pixmap(QSize(22, 22), 2.0, mode).size() == QSize(44, 44)
    assert "cannot paint the icon" in caplog.text


def test_an_icon_is_drawn_once_per_size_and_colour_and_follows_the_theme(qapp, monkeypatch):
    from PySide6.QtGui import QColor, QImage, QPainter

    from rugwijzer.ui import theme

    family, glyphs = icons._font()
    engine = icons.GlyphIconEngine(family, glyphs["close"], "text")
    drawn = []
    draw = engine._draw
    monkeypatch.setattr(engine, "_draw", lambda *args: (drawn.append(args[-1]), draw(*args)))
    icon = QIcon(engine)

    def painted() -> str:
        """The glyph's colour: that of most of its solid pixels."""
        image = QImage(24, 24, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        icon.paint(painter, 0, 0, 24, 24)
        painter.end()
        pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        solid = Counter(pixel.name() for pixel in pixels if pixel.alpha() == 255)
        return solid.most_common(1)[0][0]

    first = painted()
    assert painted() == first == QColor(theme.COLOURS.text).name()
    assert drawn == [theme.COLOURS.text]
    monkeypatch.setattr(theme, "COLOURS", theme.PALETTES[theme.DARK])
    assert painted() == QColor(theme.COLOURS.text).name() != first
    assert len(drawn) == 2


def test_kept_pictures_let_the_oldest_go_first():
    from rugwijzer.ui.kept import keep

    store: dict[str, int] = {}
    for number, key in enumerate("abcd"):
        assert keep(store, key, number, 3) == number
    assert store == {"b": 1, "c": 2, "d": 3}
