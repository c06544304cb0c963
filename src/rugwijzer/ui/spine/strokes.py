"""The physician's drawn strokes: thick enough to see from a metre away, and a line drawn
toward something ends in an arrowhead, while a loop drawn around something stays a loop."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

# Of the picture's shorter side, and at least this many pixels, at the picture's own size.
WIDTH_SHARE, MIN_WIDTH_PX = 0.008, 4.0
# A stroke whose ends lie closer than this share of its size is a loop (a circle drawn
# around a part), not an arrow.
LOOP_GAP = 0.3
HEAD_LENGTH, HEAD_HALF_WIDTH = 4.0, 2.4  # in stroke widths


def width_px(picture: QRectF) -> float:
    """The width of a stroke on a picture of this size, unzoomed."""
    return max(MIN_WIDTH_PX, WIDTH_SHARE * min(picture.width(), picture.height()))


def is_loop(stroke: QPainterPath) -> bool:
    start, end = stroke.pointAtPercent(0.0), stroke.pointAtPercent(1.0)
    rect = stroke.boundingRect()
    size = max(rect.width(), rect.height())
    return size > 0 and QLineF(start, end).length() < LOOP_GAP * size


def arrow_head(stroke: QPainterPath, width: float) -> QPolygonF | None:
    """The head at the end of a stroke drawn as a line, pointing the way it was drawn: a
    triangle whose tip covers the line's round end. None for a loop or a dot."""
    length = stroke.length()
    if length < 3 * width or is_loop(stroke):
        return None
    end = stroke.pointAtPercent(1.0)
    # The direction over the last stretch, not the last jitter of the hand.
    back = stroke.pointAtPercent(stroke.percentAtLength(max(0.0, length - 3 * width)))
    dx, dy = end.x() - back.x(), end.y() - back.y()
    norm = math.hypot(dx, dy)
    if norm == 0:
        return None
    ux, uy = dx / norm, dy / norm
    tip = QPointF(end.x() + ux * width / 2, end.y() + uy * width / 2)
    base = QPointF(tip.x() - ux * HEAD_LENGTH * width, tip.y() - uy * HEAD_LENGTH * width)
    half = HEAD_HALF_WIDTH * width
    return QPolygonF([tip, QPointF(base.x() - uy * half, base.y() + ux * half),
                      QPointF(base.x() + uy * half, base.y() - ux * half)])
