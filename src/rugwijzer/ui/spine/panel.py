"""The interactive spine illustration: hover names a part, a click selects it and offers
the topics about it, a topic highlights its parts. Zoom and pan with wheel, pinch or keys.

Hit-testing uses the painted outlines themselves, in illustration coordinates, so it stays
exact at every zoom level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPinchGesture,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...content.regions import REGIONS, VIEWS
from ...languages import DEFAULT_LANGUAGE
from ...session import Consultation
from .. import theme
from ..widgets import ElidingComboBox, discard_widgets, layout_widgets
from . import art
from .access import attach as make_accessible

# material: (light fill, dark fill, outline); lines have only an outline, and a part
# without fill or outline is found by hit-testing but not painted.
MATERIALS = {
    art.BONE: ("#F8F1E1", "#DCC9A2", "#86724D"),
    art.SPONGY: ("#FBF4E3", "#F0E1BF", None),
    art.FAR: ("#E6D8B8", "#C9B38A", "#86724D"),
    art.DISC: ("#D5E1E8", "#9DB4C2", "#5C7888"),
    art.NUCLEUS: ("#F4F8FA", "#CFDFE8", "#8CA7B6"),
    art.CORD: ("#F8E7AE", "#E9C766", "#A8852C"),
    art.NERVE: ("#F6D986", "#E2B244", "#98741A"),
    art.ROOTLET: ("#F2D27A", "#E0B04A", None),
    art.CANAL: ("#F7F3EA", "#F7F3EA", None),
    art.SAC: ("#F1F3F9", "#DDE3EF", "#8E9DB8"),
    art.CURVE: (None, None, None),
    # Joint surfaces are a little see-through, like cartilage over bone.
    art.JOINT: ("#D9EEF2F7", "#D9C3CEDD", "#5E708C"),
    art.LIGAMENT: ("#EADDBF", "#D3BF92", "#8E7B54"),
    art.INFLAMED: ("#F3AD98", "#D8664C", "#A23C26"),
    art.FIBRE: (None, None, "#7F9AAA"),
    art.RIDGE: (None, None, "#A48F66"),
    art.DURA: (None, None, "#A9B9C9"),
}
LABEL_LEADER = QColor("#A7B1B7")
HIGHLIGHT = QColor("#D9480F")
MARK = QColor("#6A1B9A")  # the physician's marks: a colour no topic highlight uses
HOVER = QColor("#1E6379")
MIN_ZOOM, MAX_ZOOM = 0.6, 6.0
HANDOUT_PICTURE_SIZE = QSize(600, 800)  # drawn at this size, shown smaller on paper
STROKE_WIDTH = 3.5  # in drawing units, so a drawn arrow thickens as the picture is zoomed
# Regions that lie on top of others are tried first, so a nerve wins over its vertebra.
_HIT_ORDER = art.HIT_ORDER


def region_shapes(artwork: art.Artwork) -> list[tuple[str, QPainterPath]]:
    """Each region's outline (the union of its parts), topmost first."""
    shapes: dict[str, QPainterPath] = {}
    rank: dict[str, int] = {}
    for part in artwork.parts:
        if part.region is None:
            continue
        shapes[part.region] = (shapes[part.region].united(part.path)
                               if part.region in shapes else QPainterPath(part.path))
        rank[part.region] = min(rank.get(part.region, 99), _HIT_ORDER.index(part.material))
    return sorted(shapes.items(), key=lambda item: rank[item[0]])


class SpineCanvas(QWidget):
    hovered = Signal(str)
    activated = Signal(str)
    marksChanged = Signal()
    regionsChanged = Signal()  # other parts are shown, or their names in another language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spineCanvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 140))
        self.artwork = art.Artwork()
        self._bounds = QRectF(0, 0, 1000, 1000)
        self.shapes: list[tuple[str, QPainterPath]] = []
        self.highlighted: frozenset[str] = frozenset()
        self.selected: str | None = None
        self.hover: str | None = None
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self._drag: QPointF | None = None
        self._bases: dict[tuple, QPixmap] = {}
        self._highlights: dict[tuple, QPixmap] = {}
        self.consultation: Consultation | None = None
        self.view_name = "side"
        self.tool = "point"  # "point", "mark" or "draw" (the last two in consultation mode)
        self._stroke: QPainterPath | None = None
        self.language = DEFAULT_LANGUAGE  # of the parts' names, for screen readers
        self.accessible_parts = make_accessible(self)

    def set_artwork(self, artwork: art.Artwork,
                    shapes: list[tuple[str, QPainterPath]] | None = None) -> None:
        self.artwork = artwork
        self._bounds = artwork.bounds()
        self.shapes = shapes if shapes is not None else region_shapes(artwork)
        self.hover = None
        if self.selected not in self.region_ids():
            self.selected = None
        self.update()
        self.regionsChanged.emit()

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.regionsChanged.emit()

    def region_ids(self) -> list[str]:
        return [region for region, _shape in self.shapes]

    def reset_view(self) -> None:
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self.update()

    def transform(self) -> QTransform:
        """Illustration coordinates to widget pixels: the drawing fitted, then zoomed."""
        bounds = self._bounds
        scale = min(self.width() / max(bounds.width(), 1), self.height() / max(bounds.height(), 1))
        transform = QTransform()
        transform.translate(self.width() / 2 + self.pan.x(), self.height() / 2 + self.pan.y())
        transform.scale(scale * self.zoom, scale * self.zoom)
        transform.translate(-bounds.center().x(), -bounds.center().y())
        return transform

    def region_at(self, point: QPointF) -> str | None:
        inverted, ok = self.transform().inverted()
        if not ok:
            return None
        local = inverted.map(point)
        for region, shape in self.shapes:
            if shape.contains(local):
                return region
        return None

    def centre_of(self, region: str) -> QPointF:
        """A point well inside the region, in widget pixels (for tests and the keyboard)."""
        def inside(point: QPointF) -> bool:
            return all(self.region_at(point + QPointF(dx, dy)) == region
                       for dx, dy in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)))

        for candidate, shape in self.shapes:
            if candidate != region:
                continue
            rect = shape.boundingRect()
            for step in range(0, 40):
                for dx, dy in ((step, 0), (-step, 0), (0, step), (0, -step)):
                    point = self.transform().map(rect.center() + QPointF(
                        dx * rect.width() / 80, dy * rect.height() / 80))
                    if inside(point):
                        return QPointF(round(point.x()), round(point.y()))
        return QPointF(-1, -1)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.update()

    # ----- painting -----------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._highlight_layer())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self.transform())
        scale = self.transform().m11()
        hover = self.hover
        if hover is not None and hover != self.selected and hover not in self.highlighted:
            for region, shape in self.shapes:
                if region == hover:
                    self._mark(painter, region, shape, scale)
        self._paint_consultation(painter, scale)

    def _highlight_layer(self) -> QPixmap:
        """The drawing with the topic's highlights and the selection, kept as a picture:
        their soft outlines are the slowest thing to paint, and a hover changes neither."""
        base = self._base_layer()
        if not self.highlighted and self.selected is None:
            return base
        key = (base.cacheKey(), self.highlighted, self.selected)
        if key in self._highlights:
            return self._highlights[key]
        pixmap = QPixmap(base)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self.transform())
        scale = self.transform().m11()
        for region, shape in self.shapes:
            if region == self.selected or region in self.highlighted:
                self._mark(painter, region, shape, scale)
        painter.end()
        if len(self._highlights) >= 6:
            self._highlights.pop(next(iter(self._highlights)))
        self._highlights[key] = pixmap
        return pixmap

    def _paint_consultation(self, painter: QPainter, scale: float) -> None:
        """Marks and drawings in drawing coordinates, so they grow and move with the zoom."""
        if self.consultation is None:
            return
        fill = QColor(MARK)
        # Light enough that the drawing reads through; the outline says "marked", also on
        # a black-and-white print.
        fill.setAlpha(60)
        for region, shape in self.shapes:
            if region in self.consultation.marks:
                painter.setBrush(fill)
                painter.setPen(QPen(MARK, 3.0 / scale))
                painter.drawPath(shape)
        pen = QPen(MARK, STROKE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in [*self.consultation.strokes.get(self.view_name, []),
                       *([self._stroke] if self._stroke is not None else [])]:
            painter.drawPath(stroke)

    def to_drawing(self, point: QPointF) -> QPointF:
        inverted, _ok = self.transform().inverted()
        return inverted.map(point)

    def render_image(self, size: QSize) -> QImage:
        """The current view with highlights, marks and drawings, for the handout."""
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        saved = (self.zoom, QPointF(self.pan))
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        old_size = self.size()
        self.resize(size)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._base_layer())
        painter.setTransform(self.transform())
        scale = self.transform().m11()
        for region, shape in self.shapes:
            self._mark(painter, region, shape, scale)
        self._paint_consultation(painter, scale)
        painter.end()
        self.resize(old_size)
        self.zoom, self.pan = saved
        return image

    def _base_layer(self) -> QPixmap:
        """The drawing itself, kept as a picture: hover and highlight only paint on top."""
        ratio = self.devicePixelRatioF()
        key = (id(self.artwork), self.width(), self.height(), self.zoom, self.pan.x(),
               self.pan.y(), ratio)
        if key in self._bases:
            return self._bases[key]
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(theme.COLOURS.paper))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self.transform())
        scale = self.transform().m11()
        hairline = 1.1 / max(scale, 0.01)
        for part in self.artwork.parts:
            light, dark, outline = MATERIALS[part.material]
            if light is None:
                if outline is not None:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(QColor(outline), 0.9 / max(scale, 0.01),
                                        Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                    painter.drawPath(part.path)
                continue
            bounds = part.path.boundingRect()
            # Light from the upper left, as in a textbook plate.
            gradient = QLinearGradient(bounds.topLeft(), bounds.bottomRight())
            gradient.setColorAt(0, QColor(light))
            gradient.setColorAt(1, QColor(dark))
            painter.setBrush(QBrush(gradient))
            painter.setPen(QPen(QColor(outline), hairline) if outline else Qt.PenStyle.NoPen)
            painter.drawPath(part.path)
        self._paint_labels(painter)
        painter.end()
        if len(self._bases) >= 6:
            self._bases.pop(next(iter(self._bases)))
        self._bases[key] = pixmap
        return pixmap

    def label_boxes(self) -> list[tuple[art.Label, QRectF]]:
        """Where the level names go, in widget pixels: they stay the same size at every
        zoom, and where two would overlap the one of lower rank is left out (every other
        level on a small screen)."""
        transform = self.transform()
        metrics = QFontMetricsF(self._label_font())
        height = metrics.height()
        kept: list[tuple[art.Label, QRectF]] = []
        order = sorted(range(len(self.artwork.labels)),
                       key=lambda i: (self.artwork.labels[i].rank, i))
        for index in order:
            label = self.artwork.labels[index]
            anchor = transform.map(label.anchor)
            width = metrics.horizontalAdvance(label.text)
            box = QRectF(anchor.x() - width, anchor.y() - height / 2, width, height)
            if not any(box.adjusted(-2, -1, 2, 1).intersects(other) for _label, other in kept):
                kept.append((label, box))
        return kept

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, QFontInfo(self.font()).pixelSize() - 2))
        return font

    def _paint_labels(self, painter: QPainter) -> None:
        transform = self.transform()
        painter.resetTransform()
        painter.setFont(self._label_font())
        for label, box in self.label_boxes():
            if label.target is not None:
                painter.setPen(QPen(LABEL_LEADER, 1.0))
                painter.drawLine(QPointF(box.right() + 4, box.center().y()),
                                 transform.map(label.target))
            painter.setPen(QColor(theme.COLOURS.muted))
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label.text)

    def _mark(self, painter: QPainter, region: str, shape: QPainterPath, scale: float) -> None:
        if region == self.selected or region in self.highlighted:
            selected = region == self.selected
            # A soft halo along the outline and a light wash inside, so the colours of
            # the drawing (a disc, a nerve) still read through a highlight.
            halo = QColor(HIGHLIGHT)
            halo.setAlpha(70)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(halo, 6.0 / scale, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(shape)
            colour = QColor(HIGHLIGHT)
            colour.setAlpha(80 if selected else 14)
            painter.setBrush(colour)
            painter.setPen(QPen(HIGHLIGHT, (3.0 if selected else 2.0) / scale))
            painter.drawPath(shape)
        elif region == self.hover:
            colour = QColor(HOVER)
            colour.setAlpha(60)
            painter.setBrush(colour)
            painter.setPen(QPen(HOVER, 1.6 / scale))
            painter.drawPath(shape)

    # ----- input --------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None:
            self._stroke.lineTo(self.to_drawing(event.position()))
            self.update()
            return
        if self._drag is not None:
            self.pan += event.position() - self._drag
            self._drag = event.position()
            self.update()
            return
        region = self.region_at(event.position())
        if region != self.hover:
            self.hover = region
            self.hovered.emit(region or "")
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.tool == "draw" \
                and self.consultation is not None:
            self._stroke = QPainterPath(self.to_drawing(event.position()))
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._drag = event.position() if self.zoom > 1.0 else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None:
            self._stroke.lineTo(self.to_drawing(event.position()))
            self.consultation.strokes.setdefault(self.view_name, []).append(self._stroke)
            self.consultation.undo.append(("draw", self.view_name))
            self._stroke = None
            self.marksChanged.emit()
            self.update()
            return
        moved = (event.position() - getattr(self, "_press", event.position())).manhattanLength()
        self._drag = None
        if event.button() == Qt.MouseButton.LeftButton and moved < 6:
            region = self.region_at(event.position())
            if region:
                self.select(region)

    def leaveEvent(self, event) -> None:
        if self.hover:
            self.hover = None
            self.hovered.emit("")
            self.update()

    def select(self, region: str | None) -> None:
        if region and self.tool == "mark" and self.consultation is not None:
            marks = self.consultation.marks
            marks.symmetric_difference_update({region})
            self.consultation.undo.append(("mark", region))
            self.marksChanged.emit()
        self.selected = region
        self.update()
        if region:
            self.activated.emit(region)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        self.set_zoom(self.zoom * (1.15 ** steps))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.set_zoom(self.zoom * pinch.scaleFactor())
                event.accept()
                return True
        return super().event(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab walks through the parts of the picture before it leaves the picture.
        regions = self.region_ids()
        if not regions:
            return super().focusNextPrevChild(forward)
        index = regions.index(self.hover) if self.hover in regions else -1
        index += 1 if forward else -1
        if 0 <= index < len(regions):
            self.hover = regions[index]
            self.hovered.emit(self.hover)
            self.update()
            return True
        self.hover = None
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        regions = self.region_ids()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.25)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) \
                and regions:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            index = regions.index(self.hover) if self.hover in regions else -step
            self.hover = regions[(index + step) % len(regions)]
            self.hovered.emit(self.hover)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.hover:
            self.select(self.hover)
        else:
            super().keyPressEvent(event)


class SpinePanel(QWidget):
    """The illustration with its view choice, healthy/affected switch, caption and topics."""

    regionActivated = Signal(str)
    topicRequested = Signal(str)
    enlargeRequested = Signal(bool)

    def __init__(self, topics_for_region: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spinePanel")
        self._topics_for_region = topics_for_region
        self.lang = DEFAULT_LANGUAGE
        self.view = "side"
        self.affected = False
        self.controls_shown = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        # The view choice and the switch side by side, or one above the other when the panel
        # is too narrow for both names.
        self.controls = controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.view_choice = ElidingComboBox(self)
        self.view_choice.setObjectName("spineViewChoice")
        self.view_choice.currentIndexChanged.connect(self._view_chosen)
        self.affected_switch = QCheckBox(self)
        self.affected_switch.setObjectName("spineAffected")
        self.affected_switch.toggled.connect(self._affected_toggled)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("spineReset")
        self.reset_button.clicked.connect(self._reset_zoom)
        self.enlarge_button = QPushButton(self)
        self.enlarge_button.setObjectName("spineEnlarge")
        self.enlarge_button.setCheckable(True)
        self.enlarge_button.toggled.connect(lambda _on: self._name_enlarge_button())
        self.enlarge_button.toggled.connect(self.enlargeRequested)
        controls.addWidget(self.view_choice, 1)
        controls.addWidget(self.affected_switch)
        layout.addLayout(controls)
        self.tools = QWidget(self)
        self.tools.setObjectName("spineTools")
        tools = QGridLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.tool_buttons: dict[str, QPushButton] = {}
        for column, tool in enumerate(("point", "mark", "draw")):
            button = QPushButton(self.tools)
            button.setObjectName(f"spineTool-{tool}")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _=False, t=tool: self.set_tool(t))
            tools.addWidget(button, 0, column)
            self.tool_buttons[tool] = button
        self.undo_button = QPushButton(self.tools)
        self.undo_button.setObjectName("spineUndo")
        self.undo_button.clicked.connect(self.undo)
        self.clear_button = QPushButton(self.tools)
        self.clear_button.setObjectName("spineClear")
        self.clear_button.clicked.connect(self.clear_marks)
        # Undo and clear on a row of their own, so no label is cut off in a narrow panel.
        tools.addWidget(self.undo_button, 1, 0, 1, 2)
        tools.addWidget(self.clear_button, 1, 2)
        self.tools.hide()
        layout.addWidget(self.tools)
        self.canvas = SpineCanvas(self)
        self.canvas.hovered.connect(self._hovered)
        self.canvas.activated.connect(self._activated)
        layout.addWidget(self.canvas, 1)
        self.caption = QLabel(self)
        self.caption.setObjectName("spineCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption)
        self.topics = QWidget(self)
        self.topics.setObjectName("spineTopics")
        self.topics_layout = QVBoxLayout(self.topics)
        self.topics_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topics)
        self.region_choice = ElidingComboBox(self)
        self.region_choice.setObjectName("spineRegionChoice")
        self.region_choice.activated.connect(self._region_chosen)
        layout.addWidget(self.region_choice)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.reset_button)
        self.buttons.addWidget(self.enlarge_button)
        layout.addLayout(self.buttons)
        self.buttons_on_top = False
        self._drawings: dict[tuple[str, bool], tuple[art.Artwork, list]] = {}
        self.retranslate()
        self._rebuild()

    # ----- public interface ---------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.canvas.set_language(lang)
        self.retranslate()
        self._fill_regions()
        self._show_selection()

    def show_topic(self, regions: Sequence[str], view: str | None) -> None:
        self.view = view if view in VIEWS else "side"
        self.affected = self.view != "side" and bool(regions)
        self._rebuild()
        known = frozenset(r for r in regions if r in REGIONS)
        self.canvas.highlighted = known
        self.canvas.selected = None
        self._show_selection()
        self.canvas.update()

    def show_region(self, region_id: str) -> None:
        if region_id not in REGIONS:
            return
        if region_id not in self.canvas.region_ids():
            for view in VIEWS:
                if region_id in art.VIEW_BUILDERS[view]().regions():
                    self.view = view
                    break
            self._rebuild()
        self.canvas.select(region_id)

    def reset(self) -> None:
        self.view, self.affected = "side", False
        self.canvas.highlighted = frozenset()
        self.canvas.selected = None
        self.canvas.reset_view()
        self.enlarge_button.setChecked(False)
        self._rebuild()

    def selected_region(self) -> str | None:
        return self.canvas.selected

    def topic_buttons(self) -> list[QPushButton]:
        """The buttons to the topics about the chosen part, in order."""
        return layout_widgets(self.topics_layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_controls()
        self._fit_caption()

    def view_choice_width(self) -> int:
        """The width the view choice needs for the name it shows (its size hint is for the
        longest name of all)."""
        choice = self.view_choice
        metrics = choice.fontMetrics()
        longest = max((metrics.horizontalAdvance(choice.itemText(i))
                       for i in range(choice.count())), default=0)
        current = metrics.horizontalAdvance(choice.currentText())
        return choice.sizeHint().width() - longest + current

    def _fit_controls(self) -> None:
        """A panel wider than tall (under the text) has every control in one row at the
        top, leaving the height to the picture; else zoom and enlarge go under it, and the
        view choice and its switch stack when they do not fit side by side."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = max(self.controls.spacing(), 6)
        pair = (self.view_choice_width() + spacing
                + self.affected_switch.sizeHint().width())
        buttons = (self.reset_button.sizeHint().width() + spacing
                   + self.enlarge_button.sizeHint().width())
        on_top = self.width() > self.height() and pair + 2 * spacing + buttons <= room
        if on_top != self.buttons_on_top:
            self.buttons_on_top = on_top
            for button in (self.reset_button, self.enlarge_button):
                (self.buttons if on_top else self.controls).removeWidget(button)
                (self.controls if on_top else self.buttons).addWidget(button)
        self.controls.setDirection(QBoxLayout.Direction.LeftToRight if on_top or pair <= room
                                   else QBoxLayout.Direction.TopToBottom)

    def mirror(self, other: SpinePanel) -> None:
        """Show what ``other`` shows: its view, highlights and chosen part."""
        self.view, self.affected = other.view, other.affected
        self._rebuild()
        self.canvas.highlighted = other.canvas.highlighted
        self.canvas.selected = other.canvas.selected
        self._show_selection()
        self.canvas.update()

    def hide_controls(self) -> None:
        """Only the picture and its caption, for the patient's view: the physician's window
        has the controls."""
        self.controls_shown = False
        for control in (self.view_choice, self.affected_switch, self.region_choice,
                        self.reset_button, self.enlarge_button, self.tools):
            control.hide()

    def set_text_size(self, body_px: int) -> None:
        """Controls, caption and the picture's labels grow with the article's text."""
        font = self.font()
        font.setPixelSize(max(13, body_px - 3))
        # Set on each control: a font set on the panel alone does not reach the styled ones.
        for widget in (self, *self.findChildren(QWidget)):
            widget.setFont(font)
        self._fit_caption()
        self._fit_controls()

    def set_consultation(self, consultation: Consultation | None) -> None:
        """Consultation mode: the physician marks parts and draws on the picture."""
        self.canvas.consultation = consultation
        self.tools.setVisible(consultation is not None and self.controls_shown)
        self.set_tool("point")
        self.canvas.update()

    def set_tool(self, tool: str) -> None:
        self.canvas.tool = tool
        self.tool_buttons[tool].setChecked(True)
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if tool == "draw"
                              else Qt.CursorShape.ArrowCursor)

    def undo(self) -> None:
        consultation = self.canvas.consultation
        if consultation is None or not consultation.undo:
            return
        kind, what = consultation.undo.pop()
        if kind == "mark":
            consultation.marks.symmetric_difference_update({what})
        elif consultation.strokes.get(what):
            consultation.strokes[what].pop()
        self.canvas.marksChanged.emit()
        self.canvas.update()

    def clear_marks(self) -> None:
        consultation = self.canvas.consultation
        if consultation is not None:
            consultation.marks.clear()
            consultation.strokes.clear()
            consultation.undo.clear()
            self.canvas.marksChanged.emit()
            self.canvas.update()

    def highlighted_regions(self) -> frozenset[str]:
        return self.canvas.highlighted

    def current_view(self) -> str:
        return self.view

    def handout_pictures(self, size: QSize = HANDOUT_PICTURE_SIZE) -> list[tuple[str, QImage]]:
        """(view, picture) for the patient's handout: the view on screen, each other view
        the physician drew on, and a view for every marked part that those do not show."""
        consultation = self.canvas.consultation
        strokes = consultation.strokes if consultation is not None else {}
        marks = set(consultation.marks) if consultation is not None else set()

        def variant(view: str) -> tuple[str, bool]:
            return (view, self.affected if view == self.view else view != "side")

        views = [self.view, *(v for v in VIEWS if v != self.view and strokes.get(v))]
        shown = {region for view in views
                 for region, _shape in self._drawing(*variant(view))[1]}
        for region in sorted(marks - shown):
            for view in VIEWS:
                regions = {r for r, _shape in self._drawing(*variant(view))[1]}
                if region in regions:
                    views.append(view)
                    shown |= regions
                    break
        pictures = []
        canvas = self.canvas
        saved = (canvas.artwork, canvas._bounds, canvas.shapes, canvas.view_name)
        try:
            for view in views:
                drawing, shapes = self._drawing(*variant(view))
                canvas.artwork, canvas._bounds = drawing, drawing.bounds()
                canvas.shapes, canvas.view_name = shapes, view
                pictures.append((view, canvas.render_image(size)))
        finally:
            canvas.artwork, canvas._bounds, canvas.shapes, canvas.view_name = saved
        return pictures

    # ----- internals ----------------------------------------------------------------------

    def _view_names(self) -> dict[str, str]:
        return {"side": self.tr("Whole spine from the side"),
                "back": self.tr("Whole spine from behind"),
                "disc": self.tr("Disc from above"),
                "canal": self.tr("Spinal canal from above"),
                "facet": self.tr("Facet joints from the side")}

    def _instruction(self) -> str:
        return self.tr("Point at a part of the spine to see its name; choose it to see what "
                       "it is about.")

    def _fit_caption(self) -> None:
        """Room for two lines, or for the instruction if it needs more at this width and
        text size: the same height whatever the caption says, so the picture never jumps."""
        metrics = self.caption.fontMetrics()
        margins = self.layout().contentsMargins()
        width = max(1, self.caption.width() if self.caption.isVisible() else
                    self.width() - margins.left() - margins.right())
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                      self._instruction()).height()
        self.caption.setFixedHeight(max(metrics.lineSpacing() * 2, needed) + 4)

    def retranslate(self) -> None:
        self._fit_caption()
        names = self._view_names()
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        for view in VIEWS:
            self.view_choice.addItem(names[view], view)
        self.view_choice.setCurrentIndex(VIEWS.index(self.view))
        self.view_choice.blockSignals(False)
        self.view_choice.setAccessibleName(self.tr("View of the spine"))
        self._name_affected_switch()
        self.affected_switch.setAccessibleName(self.tr("Show the affected situation"))
        for tool, (text, tip) in {
                "point": (self.tr("Point"), self.tr("Point at parts to name them")),
                "mark": (self.tr("Mark"), self.tr("Mark or unmark a part for the patient")),
                "draw": (self.tr("Draw"), self.tr("Draw on the picture"))}.items():
            self.tool_buttons[tool].setText(text)
            self.tool_buttons[tool].setAccessibleName(tip)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last mark or drawing"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Remove all marks and drawings"))
        self.reset_button.setText(self.tr("Reset zoom"))
        self.reset_button.setAccessibleName(self.tr("Reset zoom"))
        self._name_enlarge_button()
        self.region_choice.setAccessibleName(self.tr("Choose a part of the spine"))
        self.canvas.setAccessibleName(self.tr("Illustration of the spine"))
        self.setAccessibleName(self.tr("Spine"))

    def _name_enlarge_button(self) -> None:
        if self.enlarge_button.isChecked():
            self.enlarge_button.setText(self.tr("Back to the text"))
            self.enlarge_button.setAccessibleName(self.tr("Show the text beside the picture"))
        else:
            self.enlarge_button.setText(self.tr("Enlarge"))
            self.enlarge_button.setAccessibleName(self.tr("Show the picture large"))
        self._fit_controls()

    def _name_affected_switch(self) -> None:
        affected_names = {"back": self.tr("Scoliosis"), "disc": self.tr("Herniated disc"),
                          "canal": self.tr("Narrowed"), "facet": self.tr("Worn")}
        self.affected_switch.setText(affected_names.get(self.view, self.tr("Affected")))
        self._fit_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_regions()
        super().changeEvent(event)

    def _drawing(self, view: str, affected: bool):
        key = (view, affected)
        if key not in self._drawings:
            drawing = art.VIEW_BUILDERS[view](affected)
            self._drawings[key] = (drawing, region_shapes(drawing))
        return self._drawings[key]

    def _rebuild(self) -> None:
        key = (self.view, self.affected)
        self._drawing(*key)
        if self.canvas.artwork is self._drawings[key][0]:
            # The same drawing: only the highlights change, which the caller sets.
            self._show_selection()
            return
        self.canvas.view_name = self.view
        self.canvas.set_artwork(*self._drawings[key])
        self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(VIEWS.index(self.view))
        self.view_choice.blockSignals(False)
        self.affected_switch.blockSignals(True)
        self.affected_switch.setChecked(self.affected)
        self.affected_switch.setVisible(self.view != "side" and self.controls_shown)
        self.affected_switch.blockSignals(False)
        self._name_affected_switch()
        self._fill_regions()
        self._show_selection()

    def _fill_regions(self) -> None:
        self.region_choice.blockSignals(True)
        self.region_choice.clear()
        self.region_choice.addItem(self.tr("Choose a part of the spine…"), "")
        for region in self.canvas.region_ids():
            self.region_choice.addItem(REGIONS[region].name(self.lang), region)
        self.region_choice.blockSignals(False)

    def _view_chosen(self, index: int) -> None:
        self.view = self.view_choice.itemData(index) or "side"
        self.affected = False
        self._rebuild()

    def _affected_toggled(self, on: bool) -> None:
        self.affected = on
        self._rebuild()

    def _reset_zoom(self) -> None:
        self.canvas.reset_view()

    def _region_chosen(self, index: int) -> None:
        region = self.region_choice.itemData(index)
        if region:
            self.canvas.select(region)

    def _hovered(self, region: str) -> None:
        if region:
            self.caption.setText(REGIONS[region].name(self.lang))
        else:
            self._show_selection()

    def _activated(self, region: str) -> None:
        self.regionActivated.emit(region)
        self._show_selection()

    def _show_selection(self) -> None:
        discard_widgets(self.topics_layout)
        region = self.canvas.selected
        if not region:
            # Without controls (the patient's view) the caption says what the picture shows.
            self.caption.setText(self._instruction() if self.controls_shown
                                 else self._view_names()[self.view])
            return
        self.caption.setText(REGIONS[region].name(self.lang))
        for topic_id, title in self._topics_for_region(region):
            button = QPushButton(title, self.topics)
            button.setFont(self.font())
            button.setObjectName(f"spineTopic-{topic_id}")
            button.setAccessibleName(title)
            button.clicked.connect(lambda _=False, t=topic_id: self.topicRequested.emit(t))
            self.topics_layout.addWidget(button)
