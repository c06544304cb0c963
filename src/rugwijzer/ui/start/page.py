"""The start page: "How can we help you?" with large tiles into the main subjects and the
spine, where a reader can point to where it hurts.

On a landscape window the spine stands beside the heading and the tiles, as tall as the
window allows; on a narrow one it takes the tiles' second column, or goes under them. When
a finger's tap shows a spot of it larger, the picture has the whole page until the reader
goes back to the whole spine.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
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
TILE_SPACING = 16
QWIDGETSIZE_MAX = 16777215
SPINE_MIN_HEIGHT = 380
SPINE_BELOW_HEIGHT = 470
# In two columns of tiles the spine takes the second column of this many rows, and at
# least this share of the page's height.
SPINE_ROWS = 4
SPINE_GRID_SHARE = 0.5
# The whole spine from the side is about a fifth as wide as it is tall; its card adds its
# margins (18 + 18), the gap to the texts (14) and the texts' column (at 18 px text).
SPINE_ASPECT = 0.206
SPINE_CHROME, SPINE_TEXTS = 50, 180


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
        self._grid.setSpacing(TILE_SPACING)
        # The heading, the texts and the tiles on the left; the spine beside them, in the
        # tiles' second column, or under them.
        self._left = QVBoxLayout()
        self._left.setSpacing(18)
        self._left.addLayout(clinic_row)
        self._left.addWidget(self.heading)
        self._left.addWidget(self.intro)
        self._left.addWidget(self.notices)
        self._left.addLayout(self._grid)
        self._left.addStretch(1)
        self._columns_layout = QHBoxLayout()
        self._columns_layout.setSpacing(24)
        self._columns_layout.addLayout(self._left, 1)
        # Kept free from the first paint on, so the tiles do not move when the spine arrives,
        # and drawn as its card: only the picture and its texts come after the first paint.
        self.spine_place = QWidget(content)
        self.spine_place.setObjectName("startSpinePlace")
        self.spine_place.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        place_layout = QVBoxLayout(self.spine_place)
        place_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.addWidget(self.spine_place, 0, Qt.AlignmentFlag.AlignTop)
        self.spine: StartSpine | None = None
        self._outer.addLayout(self._columns_layout)
        self._outer.addStretch(1)
        self.setWidget(content)
        self.tiles: list[TileButton] = []
        self._columns = 0
        self._spine_mode: str | None = None
        self._magnified = False
        self._has_logo = False
        self._icons_loaded = False
        self._body_px = 18
        self._lang = DEFAULT_LANGUAGE
        self._tablet = False
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
            self._show_page()
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
        self._has_logo = not pixmap.isNull()
        self._show_page()

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
        self._show_page()
        self.notices.setAccessibleName(self.notices.text())

    def set_intro_html(self, html_text: str) -> None:
        self.intro.setText(html_text)
        self._show_page()

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
        self.spine.set_tablet(self._tablet)
        self.spine.topicRequested.connect(self.topicChosen)
        self.spine.magnifiedChanged.connect(self._spine_magnified)
        self.spine_place.layout().addWidget(self.spine)
        # Shown now, with the rest of the finished start-up, not one turn of the event loop
        # later as a widget added to a visible layout would be.
        self.spine.show()

    def reset_spine(self) -> None:
        if self.spine is not None:
            self.spine.reset()

    def set_tablet(self, on: bool) -> None:
        """Tablet mode: the spine speaks of tapping, and a tap reaches further."""
        self._tablet = on
        if self.spine is not None:
            self.spine.set_tablet(on)

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

    def _spine_magnified(self, on: bool) -> None:
        self._magnified = on
        self._spine_mode = None
        self._show_page()
        self._relayout()
        if on:
            self.verticalScrollBar().setValue(0)
        else:
            # Back on the page, the whole spine is where the reader looks: once the page
            # is laid out again, it is scrolled into view (under the tiles on a narrow one).
            QTimer.singleShot(0, self, self._show_spine)

    def _show_spine(self) -> None:
        if self.spine is not None and not self._magnified:
            self.ensureWidgetVisible(self.spine_place, 0, 0)

    def _show_page(self) -> None:
        """The page's own texts and tiles, except while a spot of the spine is shown large."""
        shown = not self._magnified
        self.logo.setVisible(shown and self._has_logo)
        self.clinic_name.setVisible(shown)
        self.heading.setVisible(shown)
        self.intro.setVisible(shown and bool(self.intro.text()))
        self.notices.setVisible(shown and bool(self.notices.text()))
        for tile in self.tiles:
            tile.setVisible(shown)

    def spine_width(self, height: int) -> int:
        """How wide the spine's card is at ``height``: the whole spine as tall as the card
        allows, and its texts beside it."""
        scale = self._body_px / 18
        return round((height - 32) * SPINE_ASPECT + SPINE_CHROME + SPINE_TEXTS * scale)

    def _relayout(self) -> None:
        """Where the spine goes: beside the texts and tiles, as tall as the page, on a
        landscape page where a column of tiles fits beside it; else in the tiles' second
        column beside the first tiles; with room for one column of tiles only, under them.
        A spot shown large has the whole page."""
        margins = self._outer.contentsMargins()
        viewport = self.viewport().size()
        available = viewport.width() - margins.left() - margins.right()
        height = max(1, viewport.height() - margins.top() - margins.bottom())
        scale = self._body_px / 18
        min_width = round(TILE_MIN_WIDTH * scale)
        tall = max(round(SPINE_MIN_HEIGHT * scale), height)
        beside_room = available - self.spine_width(tall) - self._columns_layout.spacing()
        if self._magnified:
            mode, room = "whole", available
        elif viewport.width() >= viewport.height() and beside_room >= min_width:
            mode, room = "beside", beside_room
        else:
            room = available
            mode = "grid" if room + TILE_SPACING >= 2 * (min_width + TILE_SPACING) else "below"
        columns = max(1, min(3, (room + TILE_SPACING) // (min_width + TILE_SPACING)))
        if mode == self._spine_mode and columns == self._columns:
            self._size_place(mode, QSize(available, height), tall, scale)
            return
        self._spine_mode = mode
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        self._grid.removeWidget(self.spine_place)
        self._columns_layout.removeWidget(self.spine_place)
        self._left.removeWidget(self.spine_place)
        if mode != "whole":
            for index, (row, column) in enumerate(self._tile_cells(mode, columns)):
                if index < len(self.tiles):
                    self._grid.addWidget(self.tiles[index], row, column)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._place_spine(mode, QSize(available, height), tall, scale)

    def _tile_cells(self, mode: str, columns: int) -> list[tuple[int, int]]:
        """(row, column) of each tile; in "grid" mode the spine has the second column of the
        first rows."""
        if mode != "grid":
            return [(index // columns, index % columns) for index in range(len(self.tiles))]
        beside = min(SPINE_ROWS, len(self.tiles))
        rest = range(len(self.tiles) - beside)
        return ([(row, 0) for row in range(beside)]
                + [(beside + index // 2, index % 2) for index in rest])

    def _place_spine(self, mode: str, room: QSize, tall: int, scale: float) -> None:
        """Beside the tiles and as tall as the page; in their second column; under them,
        across the page; or, for a spot shown large, the whole page."""
        place = self.spine_place
        self._columns_layout.setSpacing(0 if mode == "whole" else 24)
        if mode == "grid":
            self._grid.addWidget(place, 0, 1, min(SPINE_ROWS, len(self.tiles)) or 1, 1)
        elif mode == "below":
            self._left.insertWidget(self._left.count() - 1, place)
        else:
            self._columns_layout.addWidget(place, 0, Qt.AlignmentFlag.AlignTop)
        self._size_place(mode, room, tall, scale)

    def _size_place(self, mode: str, room: QSize, tall: int, scale: float) -> None:
        place = self.spine_place
        if mode == "grid":
            place.setMinimumSize(0, max(round(SPINE_MIN_HEIGHT * scale),
                                        round(room.height() * SPINE_GRID_SHARE)))
            place.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        elif mode == "below":
            place.setMinimumSize(0, round(SPINE_BELOW_HEIGHT * scale))
            place.setMaximumSize(QWIDGETSIZE_MAX, round(SPINE_BELOW_HEIGHT * scale))
        elif mode == "whole":
            place.setFixedSize(room)
        else:
            place.setFixedSize(self.spine_width(tall), tall)
