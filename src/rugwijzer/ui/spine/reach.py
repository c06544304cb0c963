"""What a fingertip reaches on the picture, and how far to zoom in so that the parts it
covered can be told apart: pure functions of the outlines and the transform.

A part's size here is that of the piece of it near the tap: a close-up draws a part in
both halves of a comparison, and the two together are no larger a target than one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform

from .touch import TARGET_PX

Shapes = list[tuple[str, QPainterPath]]
# How many times larger than the whole picture a tap may show a part of it.
MAGNIFY_LIMIT = 6.0


@dataclass(frozen=True, slots=True)
class Near:
    region: str
    distance: float  # pixels from the tap to the part's outline; 0 on the part
    size: float  # pixels: the shorter side of the piece of the part nearest the tap


def scale_of(transform: QTransform) -> float:
    return math.hypot(transform.m11(), transform.m12())


def _square(centre: QPointF, half: float) -> QRectF:
    return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)


_pieces: dict[int, tuple[QPainterPath, list[QPolygonF]]] = {}


def pieces(shape: QPainterPath) -> list[QPolygonF]:
    """The separate pieces of an outline, flattened once per outline (the drawings are made
    once per process, and so are their outlines)."""
    kept = _pieces.get(id(shape))
    if kept is None or kept[0] is not shape:
        kept = (shape, list(shape.toFillPolygons()))
        _pieces[id(shape)] = kept
    return kept[1]


def piece_near(shape: QPainterPath, point: QPointF) -> QRectF:
    """The bounds of the piece of ``shape`` that holds ``point``, or else lies nearest it."""
    best, distance = shape.boundingRect(), math.inf
    for polygon in pieces(shape):
        rect = polygon.boundingRect()
        if polygon.containsPoint(point, Qt.FillRule.OddEvenFill):
            return rect
        dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
        dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
        if math.hypot(dx, dy) < distance:
            best, distance = rect, math.hypot(dx, dy)
    return best


def near(shapes: Shapes, transform: QTransform, point: QPointF, radius: float) -> list[Near]:
    """The parts within ``radius`` pixels of ``point``: the one under it first (the topmost
    where parts overlap), then the others by distance."""
    inverted, ok = transform.inverted()
    if not ok:
        return []
    local = inverted.map(point)
    scale = scale_of(transform)
    reach = radius / scale
    found: list[tuple[float, int, Near]] = []
    for index, (region, shape) in enumerate(shapes):
        if not shape.boundingRect().adjusted(-reach, -reach, reach, reach).contains(local):
            continue
        if shape.contains(local):
            distance = 0.0
        elif shape.intersects(_square(local, reach)):
            # The smallest square around the tap that touches the part: its half side is
            # the distance, to within a sixty-fourth of the reach.
            low, high = 0.0, reach
            for _ in range(6):
                middle = (low + high) / 2
                if shape.intersects(_square(local, middle)):
                    high = middle
                else:
                    low = middle
            distance = high
        else:
            continue
        piece = piece_near(shape, local)
        size = min(piece.width(), piece.height()) * scale
        found.append((distance, index, Near(region, distance * scale, size)))
    found.sort(key=lambda item: (item[0], item[1]))
    return [item[2] for item in found]


def decisive(found: list[Near]) -> bool:
    """A tap chooses at once when it covered one part only, or the part it landed on is
    large enough for a finger to have meant it."""
    return len(found) == 1 or found[0].size >= TARGET_PX


def magnified_zoom(found: list[Near], zoom: float, first: bool = True) -> float:
    """How large to show the spot a finger covered. The first time, so that the smallest
    part it covered is large enough for a finger, up to ``MAGNIFY_LIMIT`` (a segment of the
    spine, its neighbours in sight); after that, so that the part it landed on is, up to
    twice that. At least twice as large as now, the first time."""
    if first:
        size, limit = min(item.size for item in found), MAGNIFY_LIMIT
    else:
        size, limit = found[0].size, 2 * MAGNIFY_LIMIT
    wanted = zoom * TARGET_PX / max(1.0, size)
    return min(limit, max(zoom * 2.0, wanted) if first else wanted)


def inner_point(shape: QPainterPath, inside: Callable[[QPointF], bool],
                within: QRectF | None = None) -> QPointF | None:
    """A point deep inside ``shape`` (in its own coordinates) where ``inside`` holds: in
    the largest of its pieces that ``within`` shows, the grid point farthest from its
    outline (on a finer grid for a thin piece)."""
    candidates = sorted(pieces(shape), key=lambda p: -_area(p.boundingRect()))
    for grid in (12, 36):
        point = _inner_point(shape, candidates, inside, within, grid)
        if point is not None:
            return point
    return None


def _inner_point(shape: QPainterPath, candidates: list[QPolygonF],
                 inside: Callable[[QPointF], bool], within: QRectF | None,
                 grid: int) -> QPointF | None:
    for polygon in candidates:
        rect = polygon.boundingRect()
        if within is not None:
            rect = rect & within
            if rect.isEmpty():
                continue
        best, clearance = None, -1.0
        for row in range(grid):
            for column in range(grid):
                point = QPointF(rect.left() + rect.width() * (column + 0.5) / grid,
                                rect.top() + rect.height() * (row + 0.5) / grid)
                if not shape.contains(point):
                    continue
                room = _clearance(shape, point, max(rect.width(), rect.height()) / 2)
                if room > clearance and inside(point):
                    best, clearance = point, room
        if best is not None:
            return best
    return None


def _area(rect: QRectF) -> float:
    return rect.width() * rect.height()


def _clearance(shape: QPainterPath, point: QPointF, most: float) -> float:
    """How large a square around ``point`` stays inside ``shape``, roughly."""
    low, high = 0.0, most
    for _ in range(5):
        middle = (low + high) / 2
        if shape.contains(_square(point, middle)):
            low = middle
        else:
            high = middle
    return low
