"""The start page: "How can we help you?" with large tiles into the main subjects and the
spine, where a reader can point to where it hurts."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...content.model import START, Library, Topic
from ...content.notices import Notice
from ...content.render import markdown_to_html, render_body
from ...languages import DEFAULT_LANGUAGE
from .. import icons, theme
from ..widgets import LabelledButton, WrappedLabel

if TYPE_CHECKING:
    from .spine_card import StartSpine

# The subjects offered as tiles, in order, as on the clinic's page.
TILE_TOPICS = ("hoe-ontstaan-rugklachten", "oorzaak", "behandelingen",
               "kwaliteit-van-leven", "ervaringen", "advies")
TILE_MIN_WIDTH = 300
QWIDGETSIZE_MAX = 16777215
# The spine beside the tiles while two columns of tiles still fit next to it.
SPINE_WIDTH = 360
SPINE_MIN_HEIGHT = 380
SPINE_BELOW_HEIGHT = 470
# In two columns of tiles the spine takes the second column of this many rows.
SPINE_ROWS = 4


class TileButton(LabelledButton):
    """A large button with an icon, a title and a one-line explanation that wraps."""

    def __init__(self, topic_id: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.topic_id = topic_id
        self.kind = kind
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(16)
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(40, 40)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("tileTitle")
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("tileSummary")
        self.summary_label.setWordWrap(True)
        for label in (self.title_label, self.summary_label):
            # A title is text even when it looks like HTML, which could show a file's picture.
            label.setTextFormat(Qt.TextFormat.PlainText)
        texts.addWidget(self.title_label)
        texts.addWidget(self.summary_label)
        texts.addStretch(1)
        layout.addLayout(texts, 1)
        for label in (self.icon_label, self.title_label, self.summary_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_texts(self, title: str, summary: str) -> None:
        self.title_label.setText(title)
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.updateGeometry()

    def load_icon(self) -> None:
        self.icon_label.setPixmap(icons.topic_icon(self.topic_id, self.kind).pixmap(QSize(40, 40)))

    def set_text_size(self, body_px: int) -> None:
        theme.set_font_size(self.title_label, round(body_px * 1.15), bold=True)
        theme.set_font_size(self.summary_label, body_px - 1)
        self.updateGeometry()


class StartPage(QScrollArea):
    topicChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self)
        content.setObjectName("startContent")
        self._outer = QVBoxLayout(content)
        self._outer.setContentsMargins(40, 32, 40, 40)
        self._outer.setSpacing(18)
        clinic_row = QHBoxLayout()
        clinic_row.setSpacing(14)
        self.logo = QLabel(content)
        self.logo.setObjectName("clinicLogo")
        self.logo.hide()
        self.clinic_name = QLabel(content)
        self.clinic_name.setObjectName("clinicName")
        # The name comes from the clinic profile: shown as written, never as markup.
        self.clinic_name.setTextFormat(Qt.TextFormat.PlainText)
        clinic_row.addWidget(self.logo)
        clinic_row.addWidget(self.clinic_name, 1)
        self.heading = QLabel(content)
        self.heading.setObjectName("startHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = WrappedLabel(content)
        self.intro.setObjectName("startIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setMaximumWidth(900)
        self.notices = WrappedLabel(content)
        self.notices.setObjectName("startNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        self.notices.setMaximumWidth(900)
        self.notices.hide()
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(24)
        self._body.addLayout(self._grid, 1)
        # Kept free from the first paint on, so the tiles do not move when the spine arrives.
        self.spine_place = QWidget(content)
        self.spine_place.setObjectName("startSpinePlace")
        place_layout = QVBoxLayout(self.spine_place)
        place_layout.setContentsMargins(0, 0, 0, 0)
        self._body.addWidget(self.spine_place)
        self.spine: StartSpine | None = None
        self._outer.addLayout(clinic_row)
        self._outer.addWidget(self.heading)
        self._outer.addWidget(self.intro)
        self._outer.addWidget(self.notices)
        self._outer.addLayout(self._body)
        self._outer.addStretch(1)
        self.setWidget(content)
        self.tiles: list[TileButton] = []
        self._columns = 0
        self._spine_mode: str | None = None
        self._icons_loaded = False
        self._body_px = 18
        self._lang = DEFAULT_LANGUAGE
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StartPage", "Start page"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def populate(self, library: Library, lang: str) -> None:
        self._lang = lang
        if self.spine is not None:
            self.spine.set_language(lang)
        start = library.get(START, lang)
        self.heading.setText(start.title if start else QCoreApplication.translate(
            "StartPage", "How can we help you?"))
        self.heading.setAccessibleName(self.heading.text())
        wanted = [topic for topic_id in TILE_TOPICS
                  if (topic := library.get(topic_id, lang)) is not None]
        if len(self.tiles) != len(wanted) or any(
                tile.topic_id != topic.id for tile, topic in zip(self.tiles, wanted, strict=True)):
            for tile in self.tiles:
                self._grid.removeWidget(tile)
                tile.hide()
                tile.deleteLater()
            self.tiles = []
            for topic in wanted:
                tile = TileButton(topic.id, topic.kind, self.widget())
                tile.clicked.connect(lambda _=False, t=topic.id: self.topicChosen.emit(t))
                tile.set_text_size(self._body_px)
                if self._icons_loaded:
                    tile.load_icon()
                self.tiles.append(tile)
            self._columns = 0
            self._relayout()
        for tile, topic in zip(self.tiles, wanted, strict=True):
            tile.set_texts(topic.title, topic.summary)

    def set_clinic(self, name: str, logo: Path | None) -> None:
        self.clinic_name.setText(name)
        self.clinic_name.setAccessibleName(name)
        pixmap = QPixmap(str(logo)) if logo is not None else QPixmap()
        if not pixmap.isNull():
            self.logo.setPixmap(pixmap.scaledToHeight(
                56, Qt.TransformationMode.SmoothTransformation))
            self.logo.setAccessibleName(name)
        self.logo.setVisible(not pixmap.isNull())

    def show_welcome(self, start: Topic | None, notices: list[Notice],
                     hide_unapproved: bool = False) -> None:
        """The start page's own text, and the clinic's notices that are valid today; with
        ``hide_unapproved``, additions the clinic's physician has not approved stay out."""
        self.set_intro_html(render_body(start, "", set_apart=False,
                                        additions=start.shows_additions(hide_unapproved))
                            if start is not None else "")
        self.set_notices_html("".join(
            f"<p><b>{html.escape(n.title)}</b></p>{markdown_to_html(n.body)}" for n in notices))

    def set_notices_html(self, html_text: str) -> None:
        self.notices.setText(html_text)
        self.notices.setVisible(bool(html_text))
        self.notices.setAccessibleName(self.notices.text())

    def set_intro_html(self, html_text: str) -> None:
        self.intro.setText(html_text)
        self.intro.setVisible(bool(html_text))

    def load_icons(self) -> None:
        self._icons_loaded = True
        for tile in self.tiles:
            tile.load_icon()

    def load_spine(self, topics_for_region: Callable[[str], list[tuple[str, str]]]) -> None:
        """The spine goes into its place after the first paint: start-up does not wait."""
        from .spine_card import StartSpine

        self.spine = StartSpine(topics_for_region, self.spine_place)
        self.spine.set_text_size(self._body_px)
        self.spine.set_language(self._lang)
        self.spine.topicRequested.connect(self.topicChosen)
        self.spine_place.layout().addWidget(self.spine)
        # Shown now, with the rest of the finished start-up, not one turn of the event loop
        # later as a widget added to a visible layout would be.
        self.spine.show()

    def reset_spine(self) -> None:
        if self.spine is not None:
            self.spine.reset()

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        theme.set_font_size(self.clinic_name, round(body_px * 1.1), bold=True)
        theme.set_font_size(self.heading, round(body_px * 1.9), bold=True)
        theme.set_font_size(self.intro, body_px + 1)
        for tile in self.tiles:
            tile.set_text_size(body_px)
        if self.spine is not None:
            self.spine.set_text_size(body_px)
        self._columns = 0
        self._spine_mode = None
        self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown again after the window changed its shape behind another page (a tablet
        # turned on its side): the tiles' heights were measured for their old width.
        self.widget().layout().invalidate()

    def _relayout(self) -> None:
        """Where the spine goes: in a column of its own beside the tiles when two columns of
        tiles still fit next to it; else in the tiles' second column, beside the first
        tiles; with room for one column of tiles only, under them."""
        margins = self._outer.contentsMargins()
        available = self.viewport().width() - margins.left() - margins.right()
        scale = self._body_px / 18
        min_width = round(TILE_MIN_WIDTH * scale)
        spine_width = round(SPINE_WIDTH * scale)
        beside_room = available - spine_width - self._body.spacing()
        if beside_room + self._grid.spacing() >= 2 * (min_width + 16):
            mode = "beside"
            room = beside_room
        else:
            room = available
            mode = "grid" if room + self._grid.spacing() >= 2 * (min_width + 16) else "below"
        columns = max(1, min(3, (room + self._grid.spacing()) // (min_width + 16)))
        if mode == self._spine_mode and columns == self._columns:
            return
        self._spine_mode = mode
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        self._grid.removeWidget(self.spine_place)
        self._body.removeWidget(self.spine_place)
        for index, (row, column) in enumerate(self._tile_cells(mode, columns)):
            if index < len(self.tiles):
                self._grid.addWidget(self.tiles[index], row, column)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._place_spine(mode, spine_width, scale)

    def _tile_cells(self, mode: str, columns: int) -> list[tuple[int, int]]:
        """(row, column) of each tile; in "grid" mode the spine has the second column of the
        first rows."""
        if mode != "grid":
            return [(index // columns, index % columns) for index in range(len(self.tiles))]
        beside = min(SPINE_ROWS, len(self.tiles))
        rest = range(len(self.tiles) - beside)
        return ([(row, 0) for row in range(beside)]
                + [(beside + index // 2, index % 2) for index in rest])

    def _place_spine(self, mode: str, width: int, scale: float) -> None:
        """Beside the tiles, as tall as they are; in their second column; or under them,
        across the page."""
        place = self.spine_place
        if mode == "grid":
            self._grid.addWidget(place, 0, 1, min(SPINE_ROWS, len(self.tiles)) or 1, 1)
            place.setMinimumSize(0, round(SPINE_MIN_HEIGHT * scale))
            place.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
            return
        self._body.addWidget(place)
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if mode == "beside"
                                else QBoxLayout.Direction.TopToBottom)
        if mode == "beside":
            place.setMinimumSize(width, round(SPINE_MIN_HEIGHT * scale))
            place.setMaximumSize(width, QWIDGETSIZE_MAX)
        else:
            place.setMinimumSize(0, round(SPINE_BELOW_HEIGHT * scale))
            place.setMaximumSize(QWIDGETSIZE_MAX, round(SPINE_BELOW_HEIGHT * scale))
