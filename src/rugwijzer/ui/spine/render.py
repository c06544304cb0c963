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
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from ...session import Consultation
from . import art, palette, strokes
from . import names as names_
from .drawings import Shapes, SpineState, drawing, views_for_handout
from .palette import SpinePalette

# The handout shows a picture some 7 cm wide (260 of its pixels): drawn three times as
# large for a sharp print, with names of about 9 points there, and at most half as tall
# again as it is wide.
HANDOUT_WIDTH = 780
HANDOUT_FONT_SHARE = 0.046
HANDOUT_MAX_HEIGHT = 1.5


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


def fit_scale(bounds: QRectF, rect: QRectF) -> float:
    """Pixels per drawing unit with the drawing fitted into ``rect``, unzoomed."""
    return min(rect.width() / max(bounds.width(), 1), rect.height() / max(bounds.height(), 1))


def pan_to_show(bounds: QRectF, rect: QRectF, zoom: float, point: QPointF) -> QPointF:
    """The pan that puts ``point`` (drawing coordinates) in the middle of ``rect`` at
    ``zoom``, as far as the drawing reaches: its edges never come inside the picture where
    it is larger than the picture."""
    scale = fit_scale(bounds, rect) * zoom
    pan = QPointF(-scale * (point.x() - bounds.center().x()),
                  -scale * (point.y() - bounds.center().y()))
    limits = []
    for offset, drawn, shown in ((pan.x(), bounds.width() * scale, rect.width()),
                                 (pan.y(), bounds.height() * scale, rect.height())):
        room = max(0.0, (drawn - shown) / 2)
        limits.append(max(-room, min(room, offset)))
    return QPointF(*limits)


def stroke_width(bounds: QRectF, rect: QRectF) -> float:
    """A drawn stroke's width in drawing units: seen from a metre away at the picture's own
    size, and thicker as it is zoomed."""
    return strokes.width_px(rect) / max(fit_scale(bounds, rect), 0.001)


def paint_drawing(painter: QPainter, artwork: art.Artwork, transform: QTransform,
                  font: QFont | None, *, names: bool = True,
                  terms: names_.Terms = names_.screen_terms,
                  canvas: QRectF | None = None, spread: bool = False,
                  colours: SpinePalette | None = None) -> None:
    """The drawing itself, lit from the upper left as in a textbook plate, and its names in
    ``font`` (none without a font): parts' names only with ``names``, and only those that
    stay inside ``canvas`` clear of the drawing; with ``spread``, moved apart as far as
    their text needs (see ``names.place``). In ``colours``, the theme's when not given."""
    colours = colours or palette.current()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    scale = transform.m11()
    hairline = 1.1 / max(scale, 0.01)
    inverted, _ok = transform.inverted()
    # A picture shown larger shows a part of the drawing: the rest is not painted at all.
    device = painter.device()
    seen = inverted.mapRect(QRectF(0, 0, device.width(), device.height())).adjusted(
        -2 * hairline, -2 * hairline, 2 * hairline, 2 * hairline)
    for part in artwork.parts:
        if not seen.intersects(part.path.boundingRect()):
            continue
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
        placed = names_.place(artwork, transform, font, names=names, terms=terms,
                              canvas=canvas, spread_columns=spread)
        names_.paint(painter, placed, transform, font, colours)


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


def paint_pulse(painter: QPainter, shapes: Shapes, transform: QTransform, region: str,
                phase: float, colours: SpinePalette | None = None) -> None:
    """A ring that swells from the chosen part's outline and fades (``phase`` from 0 to
    1): a finger covers what it chose, so the part answers around the finger."""
    colours = colours or palette.current()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform)
    scale = transform.m11()
    colour = QColor(colours.highlight)
    colour.setAlpha(round(190 * (1 - phase)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, (3 + 18 * phase) / scale, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    for candidate, shape in shapes:
        if candidate == region:
            painter.drawPath(shape)


def paint_consultation(painter: QPainter, shapes: Shapes, transform: QTransform,
                       marks: Iterable[str], drawn: Iterable[QPainterPath],
                       width: float, colours: SpinePalette | None = None) -> None:
    """The physician's marks and drawings, in drawing coordinates, so they grow and move
    with the zoom; strokes ``width`` drawing units wide, a line ending in an arrowhead."""
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
    pen = QPen(mark, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    for stroke in drawn:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(stroke)
        head = strokes.arrow_head(stroke, width)
        if head is not None:
            painter.setPen(QPen(mark, width / 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(mark)
            painter.drawPolygon(head)


def paint(painter: QPainter, artwork: art.Artwork, shapes: Shapes, rect: QRectF, *,
          highlighted: Iterable[str] = (), selected: str | None = None,
          hover: str | None = None, marks: Iterable[str] = (),
          drawn: Iterable[QPainterPath] = (), font: QFont | None = None,
          names: bool = True, terms: names_.Terms = names_.screen_terms,
          background: QColor | None = None, zoom: float = 1.0,
          pan: QPointF | None = None, fitted: tuple[QTransform, bool] | None = None,
          colours: SpinePalette | None = None) -> None:
    """The whole picture in ``rect``: background, drawing and names (in ``font``; none
    without it; parts' names only with ``names``), a topic's parts, the pointed part, the
    marks and drawings, in ``colours`` (the theme's when not given). The drawing is fitted
    into ``rect``, unless ``fitted`` gives the transform and whether the names are spread
    (as ``names.fitted`` places them)."""
    colours = colours or palette.current()
    transform, spread = fitted or (transform_for(artwork.bounds(), rect, zoom, pan), False)
    if background is not None:
        painter.fillRect(rect, background)
    paint_drawing(painter, artwork, transform, font, names=names, terms=terms, canvas=rect,
                  spread=spread, colours=colours)
    paint_highlights(painter, shapes, transform, highlighted, selected, colours)
    if hover is not None and hover != selected and hover not in set(highlighted):
        paint_hover(painter, shapes, transform, hover, colours)
    width = strokes.width_px(rect) / max(transform.m11() / zoom, 0.001)
    paint_consultation(painter, shapes, transform, marks, drawn, width, colours)


def render_image(size: QSize, artwork: art.Artwork, shapes: Shapes, **options) -> QImage:
    """The picture as an image of ``size`` on white, with ``paint``'s options."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint(painter, artwork, shapes, QRectF(0, 0, size.width(), size.height()), **options)
    finally:
        # An image still being painted must not be let go.
        painter.end()
    return image


def handout_font(width: int = HANDOUT_WIDTH) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(8, round(width * HANDOUT_FONT_SHARE)))
    return font


def handout_pictures(state: SpineState, consultation: Consultation | None, lang: str,
                     width: int = HANDOUT_WIDTH) -> list[tuple[str, QImage]]:
    """(view, picture) for the patient's handout, as ``views_for_handout`` chooses them,
    each with the topic's parts, the chosen part, the marks and what was drawn on it, and
    the names in the handout's language, as large on paper as the text beside them."""
    marks = consultation.marks if consultation is not None else set()
    font = handout_font(width)
    terms = names_.terms_in(lang)
    pictures = []
    for view, affected in views_for_handout(state, consultation):
        artwork, shapes = drawing(view, affected)
        transform, height = names_.fitted(artwork, width, round(width * HANDOUT_MAX_HEIGHT),
                                          font, names=state.names, terms=terms)
        drawn = consultation.strokes.get(view, []) if consultation is not None else []
        pictures.append((view, render_image(
            QSize(width, height), artwork, shapes, highlighted=state.highlighted,
            selected=state.selected, marks=marks, drawn=drawn, font=font,
            names=state.names, terms=terms, fitted=(transform, True),
            colours=palette.for_paper())))
    return pictures
