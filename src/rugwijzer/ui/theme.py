"""Colours, fonts and style sheets: one calm, restrained palette for the whole application.

Every text/background pair used here has a contrast ratio of at least 4.5:1 (WCAG AA);
tests/test_theme.py checks them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .. import resources

FONT_FAMILY = "Atkinson Hyperlegible"
FALLBACK_FAMILIES = ["Segoe UI", "Noto Sans", "DejaVu Sans", "sans-serif"]


@dataclass(frozen=True, slots=True)
class Colours:
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


COLOURS = Colours()


def set_accent(accent: str) -> None:
    """Use a clinic's accent colour (already checked for contrast) for the whole interface."""
    global COLOURS
    COLOURS = replace(COLOURS, accent=accent)

# Pairs (foreground, background) that must stay readable; checked by the tests.
CONTRAST_PAIRS = [
    (COLOURS.text, COLOURS.paper), (COLOURS.text, COLOURS.window),
    (COLOURS.text, COLOURS.sidebar), (COLOURS.muted, COLOURS.paper),
    (COLOURS.muted, COLOURS.window), (COLOURS.accent, COLOURS.paper),
    (COLOURS.accent, COLOURS.accent_soft), (COLOURS.accent_text, COLOURS.accent),
    (COLOURS.addition_text, COLOURS.addition), (COLOURS.text, COLOURS.addition),
    (COLOURS.notice_text, COLOURS.notice), (COLOURS.muted, COLOURS.sidebar),
]


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


def apply_palette(app: QApplication) -> None:
    c = COLOURS
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.paper, QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.paper,
        QPalette.ColorRole.ButtonText: c.text, QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text, QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.LinkVisited: c.accent, QPalette.ColorRole.ToolTipBase: c.paper,
        QPalette.ColorRole.ToolTipText: c.text, QPalette.ColorRole.PlaceholderText: c.muted,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#8A969C"))
    app.setPalette(palette)


def application_style_sheet() -> str:
    c = COLOURS
    return f"""
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
QLabel#startHeading {{ color: {c.text}; font-weight: bold; }}
QLabel#clinicName {{ color: {c.accent}; }}
QLabel#startIntro {{ color: {c.text}; }}
QLabel#startNotices {{ color: {c.notice_text}; background: {c.notice}; border-radius: 12px;
    padding: 12px 18px; }}
QPushButton#tile {{ background: {c.paper}; border: 1px solid {c.border};
    border-radius: 14px; padding: 0px; text-align: left; }}
QPushButton#tile:hover {{ border: 1px solid {c.accent}; background: #FBFDFD; }}
QPushButton#tile:focus {{ border: 2px solid {c.accent}; }}
QPushButton#tile:pressed {{ background: {c.accent_soft}; }}
QLabel#tileTitle {{ color: {c.accent}; font-weight: bold; }}
QLabel#tileSummary {{ color: {c.muted}; }}
QFrame#noticeBar {{ background: {c.notice}; border-bottom: 1px solid #E6D28F; }}
QFrame#noticeBar QLabel {{ color: {c.notice_text}; }}
QFrame#noticeBar QPushButton {{ color: {c.notice_text}; background: transparent;
    border: 1px solid #C9B25C; border-radius: 6px; padding: 4px 10px; }}
QFrame#noticeBar QPushButton:focus {{ border: 2px solid {c.notice_text}; }}
QLineEdit#search {{ border: 1px solid {c.border}; border-radius: 8px; padding: 6px 10px;
    background: {c.paper}; color: {c.text}; }}
QLineEdit#search:focus {{ border: 2px solid {c.accent}; }}
QSplitter::handle {{ background: {c.border}; }}
"""


def start_spine_style_sheet() -> str:
    """For the start page's spine only: it is made after the first paint, and so is this."""
    c = COLOURS
    return f"""
QFrame#startSpine {{ background: {c.paper}; border: 1px solid {c.border};
    border-radius: 14px; }}
QLabel#startSpineTitle {{ color: {c.accent}; font-weight: bold; }}
QLabel#startSpineCaption {{ color: {c.text}; font-weight: bold; }}
QLabel#startSpineHint {{ color: {c.muted}; }}
QPushButton#startSpineTopic {{ background: {c.accent_soft}; border: 1px solid {c.accent_soft};
    border-radius: 10px; text-align: left; }}
QPushButton#startSpineTopic:hover {{ border: 1px solid {c.accent}; }}
QPushButton#startSpineTopic:focus {{ border: 2px solid {c.accent}; }}
QLabel#startSpineTopicTitle {{ color: {c.accent}; }}
"""


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
"""


def kiosk_style_sheet() -> str:
    """Tablet mode: every touch target at least 48 by 48 pixels, larger interface text."""
    c = COLOURS
    return f"""
QToolBar#mainToolbar, QToolBar#optionsToolbar {{ padding: 6px 10px; spacing: 8px; }}
QToolBar QToolButton {{ min-height: 52px; min-width: 52px; padding: 4px 16px;
    font-size: 20px; border-radius: 12px; }}
QLabel#brand {{ font-size: 22px; font-weight: bold; color: {c.accent}; padding: 0px 16px;
    min-height: 52px; }}
QLineEdit#search {{ min-height: 44px; font-size: 20px; }}
QListWidget#sidebar::item {{ min-height: 48px; padding: 8px 10px; }}
QFrame#noticeBar QPushButton {{ min-height: 48px; min-width: 48px; font-size: 18px; }}
QAbstractButton, QComboBox {{ min-height: 48px; min-width: 48px; }}
QComboBox QAbstractItemView::item {{ min-height: 48px; }}
QWidget#spinePanel QPushButton {{ padding: 4px 16px; }}
QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; }}
QScrollBar:vertical {{ width: 16px; }}
"""
