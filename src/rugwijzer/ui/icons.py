"""Icons drawn from the Material Design icon font that qtawesome ships.

The font is loaded after the first paint, on the first icon asked for. Icons follow the
item state (normal, selected, disabled) and stay sharp at every size and screen scale.
"""

from __future__ import annotations

import json
import logging
from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

from .. import resources
from . import theme
from .kept import keep

log = logging.getLogger(__name__)

TOPIC_ICONS = {
    "start": "home-outline",
    "hoe-ontstaan-rugklachten": "help-circle-outline",
    "oorzaak": "magnify",
    "slijtage": "bone",
    "spinaalstenose": "arrow-collapse-horizontal",
    "scoliose": "vector-curve",
    "hernia": "circle-slice-3",
    "behandelingen": "medical-bag",
    "oefentherapie": "run",
    "epidurale-injectie": "needle",
    "hernia-operatie": "microscope",
    "kwaliteit-van-leven": "heart-outline",
    "ervaringen": "account-group-outline",
    "advies": "chat-question-outline",
    "waarschuwingssignalen": "phone-alert-outline",
    "samen-beslissen": "forum-outline",
    "begrippen": "book-alphabet",
}
KIND_ICONS = {
    "overview": "book-open-variant",
    "condition": "alert-circle-outline",
    "treatment": "medical-bag",
    "aftercare": "heart-outline",
    "page": "file-document-outline",
}
ACTION_ICONS = {
    "back": "arrow-left",
    "forward": "arrow-right",
    "start": "home-outline",
    "topics": "format-list-bulleted",
    "smaller": "format-font-size-decrease",
    "larger": "format-font-size-increase",
    "close": "close",
    "search": "magnify",
    "theme": "theme-light-dark",
}


class GlyphIconEngine(QIconEngine):
    """A glyph in one of the theme's colours (``role``, a field of theme.Colours), read
    when it is painted, so that icons follow a change of theme.

    Each size, state, colour and screen scale is drawn once and kept as a picture: a
    window repaints its toolbar's and topic list's icons whenever a topic opens."""

    KEPT = 8  # pictures per icon: its sizes in the toolbar and list, by state and scale

    def __init__(self, family: str, glyph: str, role: str) -> None:
        super().__init__()
        self.family, self.glyph, self.role = family, glyph, role
        self._pictures: dict[tuple, QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Qt calls this while painting a button: an error here must not escape into Qt.
        try:
            device = painter.device()
            ratio = device.devicePixelRatioF() if device is not None else 1.0
            painter.drawPixmap(rect, self._picture(rect.size(), mode, ratio))
        except Exception:
            log.exception("cannot paint the icon %r", self.glyph)

    def _colour(self, mode: QIcon.Mode) -> str:
        role = {QIcon.Mode.Selected: "accent_text",
                QIcon.Mode.Disabled: "icon_disabled"}.get(mode, self.role)
        return getattr(theme.COLOURS, role)

    def _picture(self, size: QSize, mode: QIcon.Mode, ratio: float) -> QPixmap:
        colour = self._colour(mode)
        key = (size.width(), size.height(), mode, colour, ratio)
        picture = self._pictures.get(key)
        if picture is None:
            picture = QPixmap(max(1, round(size.width() * ratio)),
                              max(1, round(size.height() * ratio)))
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            try:
                self._draw(painter, QRect(0, 0, picture.width(), picture.height()), colour)
            finally:
                painter.end()
            picture.setDevicePixelRatio(ratio)
            keep(self._pictures, key, picture, self.KEPT)
        return picture

    def _draw(self, painter: QPainter, rect: QRect, colour: str) -> None:
        font = QFont(self.family)
        font.setPixelSize(max(1, min(rect.width(), rect.height())))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.glyph)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        try:
            return QPixmap(self._picture(size, mode, 1.0))
        except Exception:
            log.exception("cannot paint the icon %r", self.glyph)
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.family, self.glyph, self.role)


@cache
def _font() -> tuple[str, dict[str, str]] | None:
    found = resources.icon_font()
    if found is None:
        log.warning("icon font not found: icons are left out")
        return None
    ttf, charmap = found
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("cannot load icon font %s", ttf)
        return None
    codes = json.loads(charmap.read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


@cache
def icon(name: str, role: str = "accent") -> QIcon:
    """The glyph ``name`` in the theme's colour ``role`` (a field of theme.Colours, such as
    "text"), following the theme as it changes."""
    if not isinstance(getattr(theme.COLOURS, role, None), str):
        raise ValueError(f"{role!r} is not a colour of the theme")
    font = _font()
    if font is None or name not in font[1]:
        return QIcon()
    family, glyphs = font
    return QIcon(GlyphIconEngine(family, glyphs[name], role))


def blank(size: QSize) -> QIcon:
    """An empty icon of ``size``: it keeps an icon's place, so that nothing moves when the
    real one comes after the first paint, or where a glyph cannot be drawn."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def topic_icon(topic_id: str, kind: str) -> QIcon:
    return icon(TOPIC_ICONS.get(topic_id) or KIND_ICONS.get(kind, KIND_ICONS["page"]))


def action_icon(action: str) -> QIcon:
    return icon(ACTION_ICONS[action], "text")
