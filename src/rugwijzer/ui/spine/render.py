"""Painting the spine: pure functions of a painter and a rectangle.

The canvas on screen paints through these (keeping layers as pictures between paints), and
the handout's pictures are painted with them straight into images, for the window and for
``rugwijzer --handout`` alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from ...session import Consultation
from . import art, palette
from .drawings import Shapes, SpineState, drawing, views_for_handout
from .palette import SpinePalette

HANDOUT_PICTURE_SIZE = QSize(600, 800)  # drawn at this size, shown smaller on paper
HANDOUT_FONT_PX = 15  # the panel's text at the default text size: its labels on paper
STROKE_WIDTH = 3.5  # in drawing units, so a drawn arrow thickens as the picture is zoomed


def transform_for(bounds: QRectF, rect: QRectF, zoom: float = 1.0,
                  pan: QPointF | None = None) -> QTransform:
    """Drawing coordinates to pixels: the drawing fitted into ``rect``, then zoomed and
    moved by ``pan``."""
    pan = pan if pan is not None else QPointF(0, 0)
    scale = min(rect.width() / max(bounds.width(), 1), rect.height() / max(bounds.height(), 1))
    transform = QTransform()
    transform.translate(rect.center().x() + pan.x(), rect.center().y() + pan.y())
    transform.scale(scale * zoom, scale * zoom)
    transform.translate(-bounds.center().x(), -bounds.center().y())
    return transform


def label_font(text_font: QFont) -> QFont:
    """The level names: a little smaller than the text around the picture."""
    font = QFont(text_font)
    font.setPixelSize(max(12, QFontInfo(text_font).pixelSize() - 2))
    return font


def label_boxes(artwork: art.Artwork, transform: QTransform, font: QFont
                ) -> list[tuple[art.Label, QRectF]]:
    """Where the level names go, in pixels: they stay the same size at every zoom, and
    where two would overlap the one of lower rank is left out (every other level on a
    small screen)."""
    metrics = QFontMetricsF(font)
    height = metrics.height()
    kept: list[tuple[art.Label, QRectF]] = []
    order = sorted(range(len(artwork.labels)), key=lambda i: (artwork.labels[i].rank, i))
    for index in order:
        label = artwork.labels[index]
        anchor = transform.map(label.anchor)
        width = metrics.horizontalAdvance(label.text)
        box = QRectF(anchor.x() - width, anchor.y() - height / 2, width, height)
        if not any(box.adjusted(-2, -1, 2, 1).intersects(other) for _label, other in kept):
            kept.append((label, box))
    return kept


def paint_drawing(painter: QPainter, artwork: art.Artwork, transform: QTransform,
                  font: QFont | None, colours: SpinePalette | None = None) -> None:
    """The drawing itself, lit from the upper left as in a textbook plate, and its level
    names in ``font`` (none without a font), in ``colours`` (the theme's when not given)."""
    colours = colours or palette.current()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    scale = transform.m11()
    hairline = 1.1 / max(scale, 0.01)
    for part in artwork.parts:
        light, dark, outline = colours.materials[part.material]
        if light is None:
            if outline is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(outline), 0.9 / max(scale, 0.01),
                                    Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPath(part.path)
            continue
        bounds = part.path.boundingRect()
        gradient = QLinearGradient(bounds.topLeft(), bounds.bottomRight())
        gradient.setColorAt(0, QColor(light))
        gradient.setColorAt(1, QColor(dark))
        painter.setBrush(QBrush(gradient))
        painter.setPen(QPen(QColor(outline), hairline) if outline else Qt.PenStyle.NoPen)
        painter.drawPath(part.path)
    if font is not None:
        _paint_labels(painter, artwork, transform, font, colours)


def _paint_labels(painter: QPainter, artwork: art.Artwork, transform: QTransform,
                  font: QFont, colours: SpinePalette) -> None:
    painter.resetTransform()
    painter.setFont(font)
    for label, box in label_boxes(artwork, transform, font):
        if label.target is not None:
            painter.setPen(QPen(QColor(colours.leader), 1.0))
            painter.drawLine(QPointF(box.right() + 4, box.center().y()),
                             transform.map(label.target))
        painter.setPen(QColor(colours.label))
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         label.text)


def _fill(colour: str, alpha: int, pattern: Qt.BrushStyle, colours: SpinePalette) -> QBrush:
    """A light wash of ``colour``, or in a palette with patterns, a hatching in it."""
    if colours.patterns:
        return QBrush(QColor(colour), pattern)
    wash = QColor(colour)
    wash.setAlpha(alpha)
    return QBrush(wash)


def paint_highlights(painter: QPainter, shapes: Shapes, transform: QTransform,
                     highlighted: Iterable[str], selected: str | None,
                     colours: SpinePalette | None = None) -> None:
    """A topic's parts and the chosen one: a soft halo along the outline and a light wash
    inside, so the colours of the drawing (a disc, a nerve) still read through."""
    colours = colours or palette.current()
    highlighted = set(highlighted)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    scale = transform.m11()
    for region, shape in shapes:
        if region != selected and region not in highlighted:
            continue
        halo = QColor(colours.highlight)
        halo.setAlpha(70)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(halo, 6.0 / scale, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(shape)
        chosen = region == selected
        painter.setBrush(_fill(colours.highlight, 80 if chosen else 14,
                               Qt.BrushStyle.DiagCrossPattern if chosen
                               else Qt.BrushStyle.BDiagPattern, colours))
        painter.setPen(QPen(QColor(colours.highlight), (3.0 if chosen else 2.0) / scale))
        painter.drawPath(shape)


def paint_hover(painter: QPainter, shapes: Shapes, transform: QTransform, hover: str,
                colours: SpinePalette | None = None) -> None:
    """The part under the pointer or the keyboard."""
    colours = colours or palette.current()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    scale = transform.m11()
    for region, shape in shapes:
        if region == hover:
            colour = QColor(colours.hover)
            colour.setAlpha(60)
            painter.setBrush(Qt.BrushStyle.NoBrush if colours.patterns else colour)
            line = Qt.PenStyle.DotLine if colours.patterns else Qt.PenStyle.SolidLine
            painter.setPen(QPen(QColor(colours.hover), (3.0 if colours.patterns else 1.6) / scale,
                                line))
            painter.drawPath(shape)


def paint_consultation(painter: QPainter, shapes: Shapes, transform: QTransform,
                       marks: Iterable[str], strokes: Iterable[QPainterPath],
                       colours: SpinePalette | None = None) -> None:
    """The physician's marks and drawings, in drawing coordinates, so they grow and move
    with the zoom."""
    colours = colours or palette.current()
    marks = set(marks)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    scale = transform.m11()
    mark = QColor(colours.mark)
    # Light enough that the drawing reads through; the outline says "marked", also on a
    # black-and-white print.
    fill = _fill(colours.mark, 60, Qt.BrushStyle.FDiagPattern, colours)
    line = Qt.PenStyle.DashLine if colours.patterns else Qt.PenStyle.SolidLine
    for region, shape in shapes:
        if region in marks:
            painter.setBrush(fill)
            painter.setPen(QPen(mark, 3.0 / scale, line))
            painter.drawPath(shape)
    painter.setPen(QPen(mark, STROKE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        painter.drawPath(stroke)


def paint(painter: QPainter, artwork: art.Artwork, shapes: Shapes, rect: QRectF, *,
          highlighted: Iterable[str] = (), selected: str | None = None,
          hover: str | None = None, marks: Iterable[str] = (),
          strokes: Iterable[QPainterPath] = (), font: QFont | None = None,
          background: QColor | None = None, zoom: float = 1.0,
          pan: QPointF | None = None, colours: SpinePalette | None = None) -> None:
    """The whole picture in ``rect``: background, drawing and labels (in ``font``; none
    without it), a topic's parts, the pointed part, the marks and drawings, in ``colours``
    (the theme's when not given)."""
    colours = colours or palette.current()
    transform = transform_for(artwork.bounds(), rect, zoom, pan)
    if background is not None:
        painter.fillRect(rect, background)
    paint_drawing(painter, artwork, transform, font, colours)
    paint_highlights(painter, shapes, transform, highlighted, selected, colours)
    if hover is not None and hover != selected and hover not in set(highlighted):
        paint_hover(painter, shapes, transform, hover, colours)
    paint_consultation(painter, shapes, transform, marks, strokes, colours)


def render_image(size: QSize, artwork: art.Artwork, shapes: Shapes, **options) -> QImage:
    """The picture as an image of ``size`` on white, with ``paint``'s options."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    paint(painter, artwork, shapes, QRectF(0, 0, size.width(), size.height()), **options)
    painter.end()
    return image


def handout_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(HANDOUT_FONT_PX)
    return label_font(font)


def handout_pictures(state: SpineState, consultation: Consultation | None,
                     size: QSize = HANDOUT_PICTURE_SIZE) -> list[tuple[str, QImage]]:
    """(view, picture) for the patient's handout, as ``views_for_handout`` chooses them,
    each with the topic's parts, the chosen part, the marks and what was drawn on it."""
    marks = consultation.marks if consultation is not None else set()
    pictures = []
    for view, affected in views_for_handout(state, consultation):
        artwork, shapes = drawing(view, affected)
        strokes = consultation.strokes.get(view, []) if consultation is not None else []
        pictures.append((view, render_image(
            size, artwork, shapes, highlighted=state.highlighted, selected=state.selected,
            marks=marks, strokes=strokes, font=handout_font(), colours=palette.for_paper())))
    return pictures
