"""Icons are glyphs in the theme's colours; a fault in one never reaches Qt's painting."""

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
