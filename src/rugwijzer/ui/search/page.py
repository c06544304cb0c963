"""The search results page: what was searched and how much was found, the results as a
list, and searches to tap when there is nothing (yet) to show."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...content.search import Result
from .. import icons, theme
from ..widgets import disable_kinetic_scrolling, enable_kinetic_scrolling
from .chips import ChipRow
from .delegate import ResultDelegate
from .results import RESULT_ROLE, ResultModel

log = logging.getLogger(__name__)

COLUMN = 820  # the widest the list gets: longer lines are hard to follow
TABLET_ROW = 64


class ResultList(QListView):
    """The results, one list item each. Enter or a click chooses one; Up on the first row
    and Escape hand the keyboard back to the search field."""

    chosen = Signal(QModelIndex)
    upFromTop = Signal()
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.clicked.connect(self.chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
        elif key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.upFromTop.emit()
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, ResultDelegate):
            delegate.forget()
        super().resizeEvent(event)


class SearchPage(QWidget):
    """Shows what the window hands it; ``resultChosen``, ``searchChosen`` (a search tapped)
    and ``closeRequested`` tell the window what the reader wants."""

    resultChosen = Signal(object)  # Result
    searchChosen = Signal(str)
    closeRequested = Signal()
    fieldRequested = Signal()  # back to the search field, from the top of the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.query = ""
        self.results: list[Result] = []
        self._tablet = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 0)
        column = QWidget(self)
        column.setMaximumWidth(COLUMN)
        outer.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.heading = QLabel(column)
        self.heading.setObjectName("searchHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.close_button = QPushButton(column)
        self.close_button.setObjectName("searchClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.closeRequested)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.hint = QLabel(column)
        self.hint.setObjectName("searchHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.chips_label = QLabel(column)
        self.chips_label.setObjectName("searchChipsLabel")
        layout.addWidget(self.chips_label)
        self.chips = ChipRow(column)
        self.chips.chosen.connect(self.searchChosen)
        layout.addWidget(self.chips)

        self.model = ResultModel(self)
        self.list = ResultList(column)
        self.delegate = ResultDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setModel(self.model)
        self.list.chosen.connect(self._chosen)
        self.list.upFromTop.connect(self.fieldRequested)
        self.list.escaped.connect(self.closeRequested)
        layout.addWidget(self.list, 1)
        # Without results the texts above keep together at the top.
        layout.addStretch(0)
        self.setStyleSheet(self._style())
        self.retranslate()
        self._update()

    @staticmethod
    def _style() -> str:
        c = theme.COLOURS
        return f"""
QWidget#searchPage {{ background: {c.paper}; }}
QLabel#searchHeading {{ color: {c.text}; font-weight: bold; }}
QLabel#searchHint, QLabel#searchChipsLabel {{ color: {c.muted}; }}
QListView#searchResults {{ background: {c.paper}; border: none; outline: 0; }}
QPushButton#searchChip {{ background: {c.accent_soft}; color: {c.accent};
    border: 1px solid {c.accent_soft}; border-radius: 16px; padding: 6px 16px; }}
QPushButton#searchChip:hover {{ border: 1px solid {c.accent}; }}
QPushButton#searchChip:focus {{ border: 2px solid {c.accent}; }}
QPushButton#searchClose {{ background: transparent; color: {c.text};
    border: 1px solid {c.border}; border-radius: 8px; padding: 6px 12px; }}
QPushButton#searchClose:focus {{ border: 2px solid {c.accent}; }}
"""

    # ----- what the window hands it -------------------------------------------------------

    def show_results(self, query: str, results: Sequence[Result], lang: str,
                     definitions: dict[str, str] | None = None) -> None:
        """``query`` as typed and what it found; an empty query shows the searches to tap."""
        self.query = query.strip()
        self.results = list(results) if self.query else []
        self.delegate.forget()
        self.model.set_results(self.results, lang, definitions)
        if self.results:
            self.list.setCurrentIndex(self.model.index(0))
        self._update()

    def set_popular(self, terms: Sequence[str]) -> None:
        self.chips.set_terms(terms)
        self._update()

    def set_text_size(self, body_px: int) -> None:
        small = max(15, body_px - 2)
        for widget in (self.hint, self.chips_label, self.close_button):
            theme.set_font_size(widget, small)
        self.chips.set_text_size(body_px)
        theme.set_font_size(self.heading, round(body_px * 1.3), bold=True)
        theme.set_font_size(self.list, body_px)
        self.delegate.forget()
        self.list.doItemsLayout()

    def set_tablet(self, on: bool) -> None:
        """Tablet mode: rows a finger hits easily, flick scrolling, and the searches to tap
        stay in view above the results."""
        self._tablet = on
        self.delegate.min_height = TABLET_ROW if on else 48
        (enable_kinetic_scrolling if on else disable_kinetic_scrolling)(self.list.viewport())
        self.close_button.setMinimumHeight(48 if on else 0)
        self.delegate.forget()
        self.list.doItemsLayout()
        self._update()

    def focus_results(self) -> None:
        """The keyboard into the list, on the first result (or on a search to tap)."""
        if self.results:
            self.list.setCurrentIndex(self.model.index(0))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.chips.buttons and self.chips.isVisible():
            self.chips.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_result(self) -> Result | None:
        """The result Enter opens: the one chosen in the list, else the first."""
        row = self.list.currentIndex().row()
        return self.model.result(row) or self.model.result(0)

    def _chosen(self, index: QModelIndex) -> None:
        result = index.data(RESULT_ROLE)
        if result is not None:
            self.resultChosen.emit(result)

    # ----- texts --------------------------------------------------------------------------

    def _update(self) -> None:
        found = bool(self.results)
        if not self.query:
            self.heading.setText(self.tr("Search"))
            self.hint.setText(self.tr("Type what you are looking for, in your own words."))
        elif found:
            self.heading.setText(self.tr("%n result(s) for “{query}”", "", len(self.results))
                                 .format(query=self.query))
            self.hint.setText("")
        else:
            self.heading.setText(self.tr("Nothing found for “{query}”").format(query=self.query))
            self.hint.setText(self.tr("Check the spelling, try another word, or choose one "
                                      "of these searches."))
        self.hint.setVisible(bool(self.hint.text()))
        chips = bool(self.chips.buttons) and (not found or self._tablet)
        self.chips_label.setVisible(chips)
        self.chips.setVisible(chips)
        self.list.setVisible(found)
        self.list.setAccessibleDescription(self.heading.text())

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.close_button.setIcon(icons.icon("close", "text"))
        self.close_button.setToolTip(self.tr("Close the search (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the search"))
        self.chips_label.setText(self.tr("Often searched"))
        self.chips.setAccessibleName(self.tr("Often searched"))
        self.list.setAccessibleName(self.tr("Search results"))
        self.setAccessibleName(self.tr("Search results"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
