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
    when it is painted, so that icons follow a change of theme."""

    def __init__(self, family: str, glyph: str, role: str) -> None:
        super().__init__()
        self.family, self.glyph, self.role = family, glyph, role

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Qt calls this while painting a button: an error here must not escape into Qt.
        try:
            self._paint(painter, rect, mode)
        except Exception:
            log.exception("cannot paint the icon %r", self.glyph)

    def _paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode) -> None:
        role = {QIcon.Mode.Selected: "accent_text",
                QIcon.Mode.Disabled: "icon_disabled"}.get(mode, self.role)
        colour = getattr(theme.COLOURS, role)
        font = QFont(self.family)
        font.setPixelSize(max(1, min(rect.width(), rect.height())))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
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


def topic_icon(topic_id: str, kind: str) -> QIcon:
    return icon(TOPIC_ICONS.get(topic_id) or KIND_ICONS.get(kind, KIND_ICONS["page"]))


def action_icon(action: str) -> QIcon:
    return icon(ACTION_ICONS[action], "text")
