"""The interactive spine illustration: hover names a part, a click selects it, a topic
highlights its parts. Zoom and pan with wheel, pinch or keys; in consultation mode the
physician marks parts and draws on the picture.

A finger is no mouse: a tap chooses the part under it or the nearest within reach of a
fingertip, and a tap on a spot where several small parts lie together first shows that
spot larger, so that the next tap can tell them apart.

Hit-testing uses the painted outlines themselves, in illustration coordinates, so it stays
exact at every zoom level.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
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
from ..kept import keep
from . import art, names, palette, pictures, reach, render, touch
from .access import attach as make_accessible
from .drawings import Shapes, region_shapes

MIN_ZOOM, MAX_ZOOM = 0.6, 6.0
MAGNIFY_MS, PULSE_MS = 280, 650
CLICK_SLOP, TAP_SLOP = 6, 14  # pixels a press may move and still be a click, or a tap
KEPT_PICTURES = 6  # of the drawing and of its highlights: views, sizes and zoom steps


class SpineCanvas(QWidget):
    hovered = Signal(str)
    activated = Signal(str)
    marksChanged = Signal()
    regionsChanged = Signal()  # other parts are shown, or their names in another language
    # The picture is shown larger (by a tap, the wheel, a pinch or a key), or whole again.
    magnifiedChanged = Signal(bool)

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
        self.user_zoom = True  # wheel, pinch and keys zoom (on the start page they do not)
        self.names = True  # the parts' names beside a close-up
        self.tablet = False
        self.magnified = False
        self._anchor = QPointF()  # what a magnified picture keeps in its middle
        self._drag: QPointF | None = None
        self._press: QPointF | None = None
        self._bases: dict[tuple, QPixmap] = {}
        self._first_picture = True  # kept between runs (see pictures)
        self._highlights: dict[tuple, QPixmap] = {}
        self.consultation: Consultation | None = None
        self.view_name = "side"
        self.tool = "point"  # "point", "mark" or "draw" (the last two in consultation mode)
        self._stroke: QPainterPath | None = None
        self._pulse: float | None = None
        self._moving = False
        self._motion = QVariantAnimation(self)
        self._motion.setDuration(MAGNIFY_MS)
        self._motion.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._motion.setStartValue(0.0)
        self._motion.setEndValue(1.0)
        self._motion.valueChanged.connect(self._moved)
        self._motion.finished.connect(self._arrived)
        self._from: tuple[float, QPointF] = (1.0, QPointF())
        self._still: tuple[QPixmap, QTransform] | None = None
        self._to_zoom = 1.0
        self._pulser = QVariantAnimation(self)
        self._pulser.setDuration(PULSE_MS)
        self._pulser.setStartValue(0.0)
        self._pulser.setEndValue(1.0)
        self._pulser.valueChanged.connect(self._pulsed)
        self._pulser.finished.connect(self._pulsed)
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
        if self.magnified:
            # The spot shown larger belongs to the drawing that was.
            self.reset_view()
        self.update()
        self.regionsChanged.emit()

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.regionsChanged.emit()

    def set_names(self, shown: bool) -> None:
        self.names = shown
        self.update()

    def region_ids(self) -> list[str]:
        return [region for region, _shape in self.shapes]

    def reset_view(self) -> None:
        self._motion.stop()
        self._moving = False
        self._still = None
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self._set_magnified(False)
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
        """A point well inside the region, in widget pixels (for tests and the benchmark):
        deep inside its largest piece in view (or out of view, when none is in it), so also
        for a part that a comparison draws in both halves."""
        transform = self.transform()
        inverted, _ok = transform.inverted()
        shown = inverted.mapRect(QRectF(self.rect()).adjusted(2, 2, -2, -2))

        def inside(point: QPointF) -> bool:
            centre = transform.map(point)
            return all(self.region_at(centre + QPointF(dx, dy)) == region
                       for dx, dy in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)))

        for candidate, shape in self.shapes:
            if candidate == region:
                point = reach.inner_point(shape, inside, shown) or reach.inner_point(
                    shape, inside)
                if point is not None:
                    centre = transform.map(point)
                    return QPointF(round(centre.x()), round(centre.y()))
        return QPointF(-1, -1)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._anchor = self.to_drawing(QPointF(self.rect().center()))
        self._set_magnified(self.zoom != 1.0)
        self.update()

    # ----- fingers ------------------------------------------------------------------------

    def finger_radius(self) -> float:
        return touch.finger_radius(self.screen(), self.tablet)

    def tap(self, point: QPointF) -> None:
        """A finger's tap at ``point``: the part it covered is chosen when there is no
        doubt which one it is; where it covered small ones, the spot is shown larger first
        (and once more, for a part still too small to tell from its neighbours)."""
        found = reach.near(self.shapes, self.transform(), point, self.finger_radius())
        if not found:
            return
        zoom = reach.magnified_zoom(found, self.zoom, first=not self.magnified)
        if reach.decisive(found) or zoom < self.zoom * 1.25:
            self.select(found[0].region, pulse=True)
        else:
            inverted, _ok = self.transform().inverted()
            self.magnify(inverted.map(point), zoom)

    def magnify(self, point: QPointF, zoom: float) -> None:
        """Show the picture ``zoom`` times larger around ``point`` (drawing coordinates)."""
        self._anchor = QPointF(point)
        self._set_magnified(True)
        self._move_to(zoom)

    def show_whole(self) -> None:
        """Back from a spot shown larger to the whole picture."""
        if not self.magnified and self.zoom == 1.0:
            return
        self._set_magnified(False)
        self._anchor = QPointF(self._bounds.center())
        self._move_to(1.0)

    def _set_magnified(self, on: bool) -> None:
        if on != self.magnified:
            self.magnified = on
            self.magnifiedChanged.emit(on)

    def _move_to(self, zoom: float) -> None:
        self._motion.stop()
        self._from = (self.zoom, QPointF(self.pan))
        self._to_zoom = zoom
        if touch.motion_reduced() or not self.isVisible():
            self._moved(1.0)
            self._arrived()
            return
        # The frames between show the picture as it was, moved and scaled: quick enough
        # for every frame, and sharp again once it has arrived.
        self._still = (self._highlight_layer(), self.transform())
        self._moving = True
        self._motion.start()

    def _target_pan(self, zoom: float) -> QPointF:
        if zoom == 1.0 and not self.magnified:
            return QPointF(0, 0)
        return render.pan_to_show(self._bounds, QRectF(self.rect()), zoom, self._anchor)

    def _moved(self, value: float) -> None:
        # Zoom in equal ratios per frame, so that the picture seems to come nearer evenly.
        start_zoom, start_pan = self._from
        self.zoom = start_zoom * (self._to_zoom / start_zoom) ** value
        end = self._target_pan(self._to_zoom)
        self.pan = start_pan * (1 - value) + end * value
        self.update()

    def _arrived(self) -> None:
        self._moving = False
        self._still = None
        self.zoom = self._to_zoom
        self.pan = self._target_pan(self.zoom)
        self.update()

    def _pulsed(self, value: float | None = None) -> None:
        self._pulse = value if self._pulser.state() == QVariantAnimation.State.Running \
            else None
        self.update()

    # ----- painting -----------------------------------------------------------------------

    def label_font(self) -> QFont:
        return names.label_font(self.font())

    def label_boxes(self) -> list[names.Placed]:
        """Where the names go, in widget pixels."""
        return names.place(self.artwork, self.transform(), self.label_font(), names=self.names,
                           canvas=QRectF(self.rect()))

    def stroke_width(self) -> float:
        return render.stroke_width(self._bounds, QRectF(self.rect()))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        transform = self.transform()
        if self._still is not None:
            still, then = self._still
            painter.fillRect(self.rect(), QColor(theme.COLOURS.paper))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setTransform(then.inverted()[0] * transform)
            painter.drawPixmap(0, 0, still)
            painter.resetTransform()
        else:
            painter.drawPixmap(0, 0, self._highlight_layer())
        hover = self.hover
        if hover is not None and hover != self.selected and hover not in self.highlighted:
            render.paint_hover(painter, self.shapes, transform, hover)
        if self.consultation is not None:
            drawn = [*self.consultation.strokes.get(self.view_name, []),
                     *([self._stroke] if self._stroke is not None else [])]
            render.paint_consultation(painter, self.shapes, transform,
                                      self.consultation.marks, drawn, self.stroke_width())
        if self._pulse is not None and self.selected is not None:
            render.paint_pulse(painter, self.shapes, transform, self.selected, self._pulse)

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
        return keep(self._highlights, key, pixmap, KEPT_PICTURES)

    def _base_layer(self) -> QPixmap:
        """The drawing itself, kept as a picture: hover and highlight only paint on top."""
        ratio = self.devicePixelRatioF()
        key = (id(self.artwork), self.width(), self.height(), self.zoom, self.pan.x(),
               self.pan.y(), ratio, self.names, theme.COLOURS)
        if key in self._bases:
            return self._bases[key]
        size = QSize(round(self.width() * ratio), round(self.height() * ratio))
        # The first picture a canvas paints is usually the one it painted at the last start.
        entry = self._picture_entry(size, ratio) if self._first_picture else None
        self._first_picture = False
        pixmap = pictures.read(entry) if entry is not None else None
        if pixmap is None or pixmap.size() != size:
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(theme.COLOURS.paper))
            painter = QPainter(pixmap)
            render.paint_drawing(painter, self.artwork, self.transform(), self.label_font(),
                                 names=self.names, canvas=QRectF(self.rect()))
            painter.end()
            if entry is not None:
                pictures.keep(entry, pixmap)
        pixmap.setDevicePixelRatio(ratio)
        return keep(self._bases, key, pixmap, KEPT_PICTURES)

    def _picture_entry(self, size: QSize, ratio: float) -> str | None:
        """The name under which the picture at ``size`` is kept between runs: by what it
        shows and how (see pictures), or None for a drawing not of the program's own."""
        if self.artwork.source is None:
            return None
        transform = self.transform()
        texts = "\n".join(names.text_of(label, names.screen_terms)
                           for label in self.artwork.labels)
        return pictures.name(
            self.artwork.source, f"{size.width()}x{size.height()}@{ratio}",
            f"{transform.m11()} {transform.m22()} {transform.dx()} {transform.dy()}",
            f"names={self.names}", repr(theme.COLOURS), repr(palette.current()),
            self.label_font().key(), texts)

    def to_drawing(self, point: QPointF) -> QPointF:
        inverted, _ok = self.transform().inverted()
        return inverted.map(point)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The parts' names are painted in the interface's language.
            self._bases.clear()
            self._highlights.clear()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.magnified and not self._moving:
            self.pan = self._target_pan(self.zoom)
        elif self._moving:
            # Given more room on the way (the start page gives a spot shown larger the
            # whole page): the frames go on from the picture at this size.
            self._still = (self._highlight_layer(), self.transform())

    # ----- input --------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None:
            self._stroke.lineTo(self.to_drawing(event.position()))
            self.update()
            return
        if self._drag is not None:
            self.pan += event.position() - self._drag
            self._drag = event.position()
            self._anchor = self.to_drawing(QPointF(self.rect().center()))
            self.update()
            return
        if touch.by_finger(event):
            # A finger has no hover: what it touches is named when it lets go.
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
        press = self._press if self._press is not None else event.position()
        moved = (event.position() - press).manhattanLength()
        self._drag = None
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if touch.by_finger(event):
            if moved < TAP_SLOP:
                self.tap(event.position())
        elif moved < CLICK_SLOP:
            region = self.region_at(event.position())
            if region:
                self.select(region, pulse=True)

    def leaveEvent(self, event) -> None:
        if self.hover:
            self.hover = None
            self.hovered.emit("")
            self.update()

    def select(self, region: str | None, pulse: bool = False) -> None:
        """Choose ``region``; with ``pulse``, the part answers with a ring that swells and
        fades, where the system allows motion."""
        if region and self.tool == "mark" and self.consultation is not None:
            marks = self.consultation.marks
            marks.symmetric_difference_update({region})
            self.consultation.undo.append(("mark", region))
            self.marksChanged.emit()
        self.selected = region
        if pulse and region and not touch.motion_reduced():
            self._pulser.stop()
            self._pulser.start()
            self._pulse = 0.0
        self.update()
        if region:
            self.activated.emit(region)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.user_zoom:
            event.ignore()  # left to the page around the picture, which scrolls
            return
        steps = event.angleDelta().y() / 120
        self.set_zoom(self.zoom * (1.15 ** steps))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and self.user_zoom:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.set_zoom(self.zoom * pinch.scaleFactor())
                event.accept()
                return True
        if event.type() == QEvent.Type.ShortcutOverride and self.magnified \
                and event.key() == Qt.Key.Key_Escape:
            # Escape first takes a picture shown larger back to the whole.
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
        if key == Qt.Key.Key_Escape and self.magnified:
            self.show_whole()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and self.user_zoom:
            self.set_zoom(self.zoom * 1.25)
        elif key == Qt.Key.Key_Minus and self.user_zoom:
            self.set_zoom(self.zoom / 1.25)
        elif key == Qt.Key.Key_0 and self.user_zoom:
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
