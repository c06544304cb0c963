"""Colours, fonts and style sheets: a calm light theme, a dark one and one of high contrast.

Every text/background pair of a theme's palette and style sheets has a contrast ratio of
at least 4.5:1 (WCAG AA), in high contrast at least 7:1 (WCAG AAA), also with a clinic's
accent colour; tests/test_theme.py checks them by reading the generated style sheets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .. import resources
from ..appearance import DARK, HIGH_CONTRAST, LIGHT, THEMES
from ..content.contrast import fitted
from . import desktop

FONT_FAMILY = "Atkinson Hyperlegible"
FALLBACK_FAMILIES = ["Segoe UI", "Noto Sans", "DejaVu Sans", "sans-serif"]


@dataclass(frozen=True, slots=True)
class Colours:
    """One theme's colours; the defaults are the light theme's."""

    window: str = "#F3F5F4"
    paper: str = "#FFFFFF"
    text: str = "#1C2A33"
    muted: str = "#4D5D67"
    accent: str = "#1E6379"
    accent_text: str = "#FFFFFF"
    accent_soft: str = "#E3EEF1"
    sidebar: str = "#E9EEEF"
    border: str = "#CBD5DA"
    addition: str = "#F4F1E8"
    addition_text: str = "#5A4A1E"
    notice: str = "#FFF4D6"
    notice_text: str = "#4A3B00"
    key_points: str = "#EFF5F6"
    warning: str = "#FBF0E8"
    warning_text: str = "#8A3A12"
    warning_edge: str = "#B4541F"
    tile_hover: str = "#FBFDFD"
    notice_edge: str = "#E6D28F"
    notice_button_edge: str = "#C9B25C"
    soft_edge: str = "#E3EEF1"  # of a softly tinted button: no more than its tint
    # Around overlay cards and text fields, where their background alone does not set
    # them apart from the page: high contrast.
    edge: str | None = None
    # A chosen push button (a tool, a step) filled with the accent: the style's own sunken
    # look hardly shows on a dark page.
    fill_checked: bool = False
    disabled: str = "#8A969C"
    icon_disabled: str = "#9AA5AB"
    avatars: tuple[str, ...] = ("#2F6B5E", "#6A4C93", "#1E5A7A", "#8A4B2A", "#4B5A2A")
    avatar_text: str = "#FFFFFF"
    # Light, midlight, mid, dark and shadow, from which the style shades frames; None: the
    # style's own, which suit a light theme.
    bevels: tuple[str, str, str, str, str] | None = None

    def surfaces(self) -> tuple[str, ...]:
        """Every background that text in the theme's own colours is shown on."""
        return (self.window, self.paper, self.accent_soft, self.sidebar, self.addition,
                self.notice, self.tile_hover, self.key_points, self.warning)


PALETTES: dict[str, Colours] = {
    LIGHT: Colours(),
    DARK: Colours(
        window="#161D21", paper="#1E272C", text="#E9EEF0", muted="#B3BFC6",
        accent="#7CC3D6", accent_text="#0C1316", accent_soft="#25414B", sidebar="#1A2226",
        border="#3D4B53", addition="#2E2B22", addition_text="#E8D6A4", notice="#3B3216",
        notice_text="#F6E6A8", tile_hover="#243039", notice_edge="#6E5E2A",
        notice_button_edge="#8C7733", soft_edge="#25414B", fill_checked=True,
        disabled="#7D8A91", icon_disabled="#6E7B82", key_points="#1F3239",
        warning="#36231A", warning_text="#F5BFA0", warning_edge="#D9794A",
        bevels=("#4A5961", "#3D4B53", "#34424A", "#0E1316", "#080B0D")),
    # Black and white, yellow for what can be chosen, and an edge around every control.
    HIGH_CONTRAST: Colours(
        window="#000000", paper="#000000", text="#FFFFFF", muted="#E6E6E6",
        accent="#FFE94D", accent_text="#000000", accent_soft="#1F1F1F", sidebar="#000000",
        border="#FFFFFF", addition="#1A1708", addition_text="#FFE3A6", notice="#2B2300",
        notice_text="#FFFFFF", tile_hover="#1F1F1F", notice_edge="#FFE94D",
        notice_button_edge="#FFFFFF", soft_edge="#FFFFFF", edge="#FFFFFF", fill_checked=True,
        disabled="#A6A6A6", icon_disabled="#A6A6A6", key_points="#0D1A1F",
        warning="#1F0D00", warning_text="#FFC299", warning_edge="#FF9A4D",
        avatars=("#295D52", "#634789", "#1E5A7A", "#7F4527", "#4B5A2A"),
        bevels=("#FFFFFF", "#FFFFFF", "#A6A6A6", "#FFFFFF", "#FFFFFF")),
}
# The least contrast between text and its background, per theme.
MINIMUM = {LIGHT: 4.5, DARK: 4.5, HIGH_CONTRAST: 7.0}

COLOURS = PALETTES[LIGHT]
_theme = LIGHT
_clinic_accent: str | None = None


@cache
def colours_for(name: str, accent: str | None = None) -> Colours:
    """Theme ``name`` with a clinic's ``accent``, made lighter or darker as far as that
    theme needs for readable text. High contrast keeps its own yellow: a reader who asks
    for it needs it more than the clinic's colours. Kept, as the spine asks at each paint."""
    colours = PALETTES[name]
    # The shipped accent has a shade of its own in each theme, chosen by eye.
    if accent is None or accent.upper() == PALETTES[LIGHT].accent or name == HIGH_CONTRAST:
        return colours
    return replace(colours, accent=fitted(accent, colours.surfaces(), colours.accent_text,
                                          MINIMUM[name]))


def _update() -> None:
    global COLOURS
    COLOURS = colours_for(_theme, _clinic_accent)


def set_accent(accent: str | None) -> None:
    """Use a clinic's accent colour (already checked against white) in every theme; None
    for the theme's own."""
    global _clinic_accent
    _clinic_accent = accent
    _update()


def set_theme(name: str) -> None:
    """Show ``name``, one of appearance.THEMES, from the next ``apply`` and paint on."""
    global _theme
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}")
    _theme = name
    _update()


def current() -> str:
    """The theme shown: light, dark or high-contrast."""
    return _theme


def light_accent() -> str:
    """The accent as the light theme shows it, for what is drawn on light parts, such as
    the spine's, in any theme."""
    return colours_for(LIGHT, _clinic_accent).accent


def reduced_motion() -> bool:
    """True when the desktop asks for as little movement as possible: no flicking, no
    sliding, nothing that glides on by itself."""
    return desktop.prefers_reduced_motion()


def set_font_size(widget: QWidget, pixels: int, *, bold: bool | None = None) -> None:
    """Give ``widget`` its font at ``pixels`` pixels (and bold or not, when ``bold`` says)."""
    font = widget.font()
    font.setPixelSize(pixels)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


@cache
def load_fonts() -> str | None:
    """Register the bundled typeface, once per process; return its family, or None to use
    the system's."""
    family = None
    for path in resources.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def palette(c: Colours | None = None) -> QPalette:
    """The application palette of ``c`` (the current colours when not given)."""
    c = c or COLOURS
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.paper, QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.paper,
        QPalette.ColorRole.ButtonText: c.text, QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text, QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.LinkVisited: c.accent, QPalette.ColorRole.ToolTipBase: c.paper,
        QPalette.ColorRole.ToolTipText: c.text, QPalette.ColorRole.PlaceholderText: c.muted,
    }
    if c.bevels is not None:
        bevel_roles = (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight,
                       QPalette.ColorRole.Mid, QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow)
        roles.update(zip(bevel_roles, c.bevels, strict=True))
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                    QColor(c.disabled))
    return result


def apply(app: QApplication) -> None:
    """The current theme for the whole application: its palette and style sheet.

    Every widget is polished anew, which costs time in a full window, so only when they
    change; widgets with a style sheet of their own follow through ``keep_styled``, and
    painted parts read ``COLOURS`` when they paint."""
    colours = palette()
    if app.palette() != colours:
        app.setPalette(colours)
    sheet = application_style_sheet()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


class _Restyler(QObject):
    def __init__(self, widget: QWidget, sheet: Callable[[], str]) -> None:
        super().__init__(widget)
        self._sheet = sheet
        widget.setStyleSheet(sheet())
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The application's style sheet changes with the theme, and every widget then
        # hears of a new style: a sheet of its own follows once, as its text is the same
        # the second time.
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            sheet = self._sheet()
            if watched.styleSheet() != sheet:
                watched.setStyleSheet(sheet)
        return False


def keep_styled(widget: QWidget, sheet: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``sheet()`` now and again after each theme change."""
    _Restyler(widget, sheet)


def application_style_sheet() -> str:
    c = COLOURS
    sheet = f"""
QToolBar#mainToolbar, QToolBar#optionsToolbar {{ background: {c.paper}; border: none;
    border-bottom: 1px solid {c.border}; padding: 4px 8px; spacing: 4px; }}
QToolBar QToolButton {{ padding: 6px 10px; border-radius: 8px; color: {c.text}; }}
QToolBar QToolButton:hover {{ background: {c.accent_soft}; }}
QToolBar QToolButton:checked {{ background: {c.accent}; color: {c.accent_text}; }}
QToolBar QToolButton:focus {{ outline: none; border: 2px solid {c.accent}; }}
QListWidget#sidebar {{ background: {c.sidebar}; border: none; outline: 0;
    border-right: 1px solid {c.border}; padding: 8px 4px; }}
QListWidget#sidebar::item {{ padding: 5px 0px; border-radius: 8px; }}
QListWidget#sidebar::item:hover {{ background: {c.accent_soft}; }}
QListWidget#sidebar::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QTextBrowser#article {{ background: {c.paper}; border: none; }}
QScrollArea#startPage, QWidget#startContent {{ background: {c.window}; border: none; }}
QWidget#startSpinePlace {{ background: {c.paper}; border: 1px solid {c.border};
    border-radius: 14px; }}
QLabel#startHeading {{ color: {c.text}; font-weight: bold; }}
QLabel#clinicName {{ color: {c.accent}; }}
QLabel#startIntro {{ color: {c.text}; }}
QLabel#startNotices {{ color: {c.notice_text}; background: {c.notice}; border-radius: 12px;
    padding: 12px 18px; }}
QPushButton#tile {{ background: {c.paper}; border: 1px solid {c.border};
    border-radius: 14px; padding: 0px; text-align: left; }}
QPushButton#tile:hover {{ border: 1px solid {c.accent}; background: {c.tile_hover}; }}
QPushButton#tile:focus {{ border: 2px solid {c.accent}; }}
QPushButton#tile:pressed {{ background: {c.accent_soft}; }}
QLabel#tileTitle {{ color: {c.accent}; font-weight: bold; }}
QLabel#tileSummary {{ color: {c.muted}; }}
QFrame#noticeBar {{ background: {c.notice}; border-bottom: 1px solid {c.notice_edge}; }}
QFrame#noticeBar QLabel {{ color: {c.notice_text}; }}
QFrame#noticeBar QPushButton {{ color: {c.notice_text}; background: transparent;
    border: 1px solid {c.notice_button_edge}; border-radius: 6px; padding: 4px 10px; }}
QFrame#noticeBar QPushButton:focus {{ border: 2px solid {c.notice_text}; }}
QLineEdit#search {{ border: 1px solid {c.border}; border-radius: 8px; padding: 6px 10px;
    background: {c.paper}; color: {c.text}; }}
QLineEdit#search:focus {{ border: 2px solid {c.accent}; }}
QSplitter::handle {{ background: {c.border}; }}
QLabel#brand {{ color: {c.accent}; }}
QToolBar QToolButton#themeButton {{ padding-right: 24px; }}
QToolBar QToolButton#themeButton::menu-indicator {{ subcontrol-origin: padding;
    subcontrol-position: center right; right: 8px; }}
QScrollBar:vertical {{ background: transparent; width: 14px; margin: 0px; border: none; }}
QScrollBar:horizontal {{ background: transparent; height: 14px; margin: 0px; border: none; }}
QScrollBar::handle {{ background: {c.muted}; border-radius: 3px; }}
QScrollBar::handle:vertical {{ min-height: 40px; margin: 2px 3px; }}
QScrollBar::handle:horizontal {{ min-width: 40px; margin: 3px 2px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.text}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none;
    background: transparent; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""
    if c.fill_checked:
        sheet += f"QPushButton:checked {{ background: {c.accent}; color: {c.accent_text}; }}\n"
    if c.edge:
        sheet += (f"QLineEdit {{ border: 1px solid {c.edge}; border-radius: 4px;"
                  f" padding: 2px 4px; }}\n")
    return sheet


def start_spine_style_sheet() -> str:
    """For the start page's spine only: it is made after the first paint, and so is this."""
    c = COLOURS
    return f"""
QFrame#startSpine {{ background: {c.paper}; border: 1px solid {c.border};
    border-radius: 14px; }}
QLabel#startSpineTitle {{ color: {c.accent}; font-weight: bold; }}
QLabel#startSpineCaption {{ color: {c.text}; font-weight: bold; }}
QLabel#startSpineHint {{ color: {c.muted}; }}
QPushButton#startSpineTopic {{ background: {c.accent_soft}; border: 1px solid {c.soft_edge};
    border-radius: 10px; text-align: left; }}
QPushButton#startSpineTopic:hover {{ border: 1px solid {c.accent}; }}
QPushButton#startSpineTopic:focus {{ border: 2px solid {c.accent}; }}
QLabel#startSpineTopicTitle {{ color: {c.accent}; }}
"""


def overlay_card_style_sheet() -> str:
    """The card of a tablet-mode overlay (still there?, PIN, staff)."""
    c = COLOURS
    edge = f" border: 2px solid {c.edge};" if c.edge else ""
    return (f"QFrame#overlayCard {{ background: {c.paper}; border-radius: 18px;{edge} }}"
            f"QLabel {{ color: {c.text}; }}")


def overlay_button_style_sheet(primary: bool) -> str:
    """A large button on an overlay's card: the one to press in the accent colour."""
    c = COLOURS
    background, colour = (c.accent, c.accent_text) if primary else (c.accent_soft, c.text)
    # Pressed, the button turns to the text's colour and its name to the page's.
    edge = "none" if c.edge is None else f"1px solid {c.soft_edge}"
    return (f"QPushButton {{ background: {background}; color: {colour}; border: {edge};"
            f" border-radius: 12px; padding: 10px 22px; font-size: 22px; }}"
            f"QPushButton:focus {{ border: 3px solid {c.text}; }}"
            f"QPushButton:pressed {{ background: {c.text}; color: {c.paper}; }}")


def article_style_sheet(body_px: int) -> str:
    """Rich-text CSS for articles; Qt supports a subset of CSS, so this stays simple."""
    c = COLOURS
    h1 = round(body_px * 1.75)
    h2 = round(body_px * 1.3)
    small = max(13, round(body_px * 0.85))
    return f"""
body {{ font-size: {body_px}px; color: {c.text}; }}
h1 {{ font-size: {h1}px; color: {c.text}; font-weight: bold; margin-top: 8px;
    margin-bottom: {round(body_px * 0.8)}px; }}
h2 {{ font-size: {h2}px; color: {c.accent}; font-weight: bold; margin-top: {body_px}px;
    margin-bottom: {round(body_px * 0.4)}px; }}
h3 {{ font-size: {body_px}px; color: {c.text}; font-weight: bold; margin-top: {body_px}px; }}
p {{ line-height: 145%; margin-top: 0px; margin-bottom: {round(body_px * 0.8)}px; }}
li {{ line-height: 145%; margin-bottom: {round(body_px * 0.35)}px; }}
ul, ol {{ margin-top: 0px; margin-bottom: {round(body_px * 0.8)}px; }}
a {{ color: {c.accent}; text-decoration: underline; }}
p.lead {{ font-size: {round(body_px * 1.1)}px; color: {c.muted}; }}
table.addition {{ background-color: {c.addition}; margin-top: 4px;
    margin-bottom: {body_px}px; }}
td.addition {{ color: {c.text}; }}
p.addition-label {{ color: {c.addition_text}; font-size: {small}px; font-weight: bold;
    margin-bottom: 4px; }}
p.related-summary {{ color: {c.muted}; margin-bottom: {round(body_px * 0.6)}px; }}
table.card {{ background-color: {c.window}; margin-bottom: 10px; }}
p.card-name {{ font-weight: bold; font-size: {round(body_px * 1.1)}px; margin-bottom: 2px; }}
p.card-tags {{ color: {c.muted}; margin-bottom: 4px; }}
p.card-quote {{ font-style: italic; }}
p.filters {{ margin-bottom: {round(body_px * 0.5)}px; }}
table.advice {{ background-color: {c.accent_soft}; margin-top: {body_px}px;
    margin-bottom: {body_px}px; }}
p.advice-heading {{ font-size: {round(body_px * 1.3)}px; font-weight: bold; color: {c.text};
    margin-bottom: 6px; }}
p.advice-contact {{ line-height: 140%; }}
p.footer {{ color: {c.muted}; font-size: {small}px; line-height: 140%; margin-bottom: 2px; }}
table.key-points {{ background-color: {c.key_points}; margin-top: 4px;
    margin-bottom: {round(body_px * 1.2)}px; }}
td.key-points {{ border-left: 5px solid {c.accent}; }}
td.key-points li {{ line-height: 135%; margin-bottom: {round(body_px * 0.3)}px; }}
p.key-points-heading {{ color: {c.accent}; font-weight: bold; font-size: {round(body_px * 1.1)}px;
    margin-bottom: {round(body_px * 0.4)}px; }}
table.warning {{ background-color: {c.warning}; margin-top: {body_px}px;
    margin-bottom: {body_px}px; }}
td.warning {{ border-left: 6px solid {c.warning_edge}; }}
table.included {{ background-color: {c.window}; margin-top: {body_px}px;
    margin-bottom: {body_px}px; }}
td.included {{ border-left: 5px solid {c.border}; }}
p.included-heading {{ font-size: {h2}px; font-weight: bold; color: {c.accent};
    margin-bottom: {round(body_px * 0.5)}px; }}
td.warning p.included-heading {{ color: {c.warning_text}; }}
p.included-sources, p.term-sources, p.staff-note {{ color: {c.muted}; font-size: {small}px;
    line-height: 140%; }}
p.included-sources {{ margin-top: {round(body_px * 0.5)}px; margin-bottom: 0px; }}
span.chip {{ background-color: {c.window}; white-space: nowrap; }}
p.chips {{ line-height: 190%; }}
p.term-index {{ line-height: 175%; margin-bottom: {round(body_px * 1.2)}px; }}
h3.term {{ font-size: {round(body_px * 1.15)}px; margin-bottom: 4px; }}
p.term-definition {{ margin-bottom: 4px; }}
p.term-region {{ margin-bottom: 4px; }}
"""


def kiosk_style_sheet() -> str:
    """Tablet mode: every touch target at least 48 by 48 pixels, larger interface text.
    Sizes only: the colours are the application's, so a theme change needs nothing here."""
    return """
QToolBar#mainToolbar, QToolBar#optionsToolbar { padding: 6px 10px; spacing: 8px; }
QToolBar QToolButton { min-height: 52px; min-width: 52px; padding: 4px 16px;
    font-size: 20px; border-radius: 12px; }
QLabel#brand { font-size: 22px; font-weight: bold; padding: 0px 16px; min-height: 52px; }
QLineEdit#search { min-height: 44px; font-size: 20px; }
QListWidget#sidebar::item { min-height: 48px; padding: 8px 10px; }
QFrame#noticeBar QPushButton { min-height: 48px; min-width: 48px; font-size: 18px; }
QAbstractButton, QComboBox { min-height: 48px; min-width: 48px; }
QComboBox QAbstractItemView::item { min-height: 48px; }
QMenu { font-size: 20px; }
QMenu::item { min-height: 48px; padding: 4px 24px; }
QWidget#spinePanel QPushButton { padding: 4px 16px; }
QCheckBox { spacing: 10px; }
QCheckBox::indicator { width: 26px; height: 26px; }
QScrollBar:vertical { width: 16px; }
"""
