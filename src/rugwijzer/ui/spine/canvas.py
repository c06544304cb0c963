"""The interactive spine illustration: hover names a part, a click selects it, a topic
highlights its parts. Zoom and pan with wheel, pinch or keys; in consultation mode the
physician marks parts and draws on the picture.

Hit-testing uses the painted outlines themselves, in illustration coordinates, so it stays
exact at every zoom level.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QPinchGesture, QSizePolicy, QWidget

from ...languages import DEFAULT_LANGUAGE
from ...session import Consultation
from .. import theme
from . import art, render
from .access import attach as make_accessible
from .drawings import Shapes, region_shapes

MIN_ZOOM, MAX_ZOOM = 0.6, 6.0


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
        self.shapes: Shapes = []
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
                    shapes: Shapes | None = None) -> None:
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
        return render.transform_for(self._bounds, QRectF(self.rect()), self.zoom, self.pan)

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

    def label_font(self) -> QFont:
        return render.label_font(self.font())

    def label_boxes(self) -> list[tuple[art.Label, QRectF]]:
        """Where the level names go, in widget pixels."""
        return render.label_boxes(self.artwork, self.transform(), self.label_font())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._highlight_layer())
        transform = self.transform()
        hover = self.hover
        if hover is not None and hover != self.selected and hover not in self.highlighted:
            render.paint_hover(painter, self.shapes, transform, hover)
        if self.consultation is not None:
            strokes = [*self.consultation.strokes.get(self.view_name, []),
                       *([self._stroke] if self._stroke is not None else [])]
            render.paint_consultation(painter, self.shapes, transform,
                                      self.consultation.marks, strokes)

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
        render.paint_highlights(painter, self.shapes, self.transform(), self.highlighted,
                                self.selected)
        painter.end()
        if len(self._highlights) >= 6:
            self._highlights.pop(next(iter(self._highlights)))
        self._highlights[key] = pixmap
        return pixmap

    def _base_layer(self) -> QPixmap:
        """The drawing itself, kept as a picture: hover and highlight only paint on top."""
        ratio = self.devicePixelRatioF()
        key = (id(self.artwork), self.width(), self.height(), self.zoom, self.pan.x(),
               self.pan.y(), ratio, theme.COLOURS)
        if key in self._bases:
            return self._bases[key]
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(theme.COLOURS.paper))
        painter = QPainter(pixmap)
        render.paint_drawing(painter, self.artwork, self.transform(), self.label_font())
        painter.end()
        if len(self._bases) >= 6:
            self._bases.pop(next(iter(self._bases)))
        self._bases[key] = pixmap
        return pixmap

    def to_drawing(self, point: QPointF) -> QPointF:
        inverted, _ok = self.transform().inverted()
        return inverted.map(point)

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
