"""What floats over the spine picture: the way back to the whole picture when it is zoomed
(at its upper left), enlarging it (at its upper right) and, when presenting, the chosen
part's name (at its lower left). They follow the picture wherever its panel puts it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from .. import icons, theme

MARGIN = 8


def _veil() -> str:
    """The page's colour, a little see-through, so the picture shows it is under."""
    paper = QColor(theme.COLOURS.paper)
    return f"rgba({paper.red()}, {paper.green()}, {paper.blue()}, 235)"


def _name_tag_sheet() -> str:
    colours = theme.COLOURS
    return (f"QLabel {{ background: {_veil()}; color: {colours.text}; font-weight: bold; "
            f"border: 1px solid {colours.border}; border-radius: 10px; padding: 6px 12px; }}")


def _button_sheet(padding: str) -> str:
    colours = theme.COLOURS
    return (f"QPushButton {{ background: {_veil()}; color: {colours.text}; "
            f"border: 1px solid {colours.border}; border-radius: 8px; padding: {padding}; }}"
            f"QPushButton:hover {{ border: 1px solid {colours.accent}; }}"
            f"QPushButton:focus {{ border: 2px solid {colours.accent}; }}")


class PictureOverlays(QObject):
    def __init__(self, panel: QWidget, picture: QWidget) -> None:
        super().__init__(panel)
        self._picture = picture
        self.enlarge_button = QPushButton(panel)
        self.enlarge_button.setObjectName("spineEnlarge")
        self.enlarge_button.setCheckable(True)
        self.whole_button = QPushButton(panel)
        self.whole_button.setObjectName("spineWhole")
        self.whole_button.hide()
        self.name_tag = QLabel(panel)
        self.name_tag.setObjectName("spineNameTag")
        self.name_tag.hide()
        self.presenting = False
        theme.keep_styled(self.name_tag, _name_tag_sheet)
        # Light on the picture, and no wider than their contents (also in tablet mode,
        # whose buttons are padded for long names).
        theme.keep_styled(self.enlarge_button, lambda: _button_sheet("4px"))
        theme.keep_styled(self.whole_button, lambda: _button_sheet("6px 12px"))
        picture.installEventFilter(self)

    def name_enlarge(self, large: bool, tip: str, name: str) -> None:
        """By its icon only, so that it covers little of the picture; its name is its
        tooltip."""
        self.enlarge_button.setIcon(icons.icon("fullscreen-exit" if large else "fullscreen",
                                               "text"))
        self.enlarge_button.setToolTip(tip)
        self.enlarge_button.setAccessibleName(name)
        self.place()

    def name_whole(self, text: str) -> None:
        self.whole_button.setText(text)
        self.whole_button.setAccessibleName(text)
        self.place()

    def say(self, text: str) -> None:
        """The chosen part's name over the picture, when presenting."""
        self.name_tag.setText(text)
        self.name_tag.setVisible(self.presenting and bool(text))
        self.place()

    def place(self) -> None:
        area = self._picture.geometry()
        self.whole_button.adjustSize()
        self.whole_button.move(area.left() + MARGIN, area.top() + MARGIN)
        self.enlarge_button.adjustSize()
        self.enlarge_button.move(area.right() - MARGIN - self.enlarge_button.width(),
                                 area.top() + MARGIN)
        self.name_tag.adjustSize()
        self.name_tag.move(area.left() + MARGIN, area.bottom() - MARGIN - self.name_tag.height())
        for widget in (self.whole_button, self.enlarge_button, self.name_tag):
            widget.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._picture and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.place()
        return False
