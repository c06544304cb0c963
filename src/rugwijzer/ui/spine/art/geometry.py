"""Drawing helpers shared by every view: smooth outlines, bands, ellipses and frames."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

Point = tuple[float, float] | tuple[float, float, int]


def smooth(points: Sequence[Point], closed: bool = True) -> QPainterPath:
    """A smooth outline through ``points`` (Catmull-Rom curves). A point with a third value
    is a corner, where the outline may turn sharply."""
    pts = [QPointF(p[0], p[1]) for p in points]
    corner = [len(p) > 2 for p in points]
    n = len(pts)
    path = QPainterPath(pts[0])
    for i in range(n if closed else n - 1):
        j = (i + 1) % n
        before = pts[i - 1] if closed or i > 0 else pts[i]
        after = pts[(i + 2) % n] if closed or i + 2 < n else pts[j]
        c1 = pts[i] if corner[i] else pts[i] + (pts[j] - before) * (1 / 6)
        c2 = pts[j] if corner[j] else pts[j] - (after - pts[i]) * (1 / 6)
        path.cubicTo(c1, c2, pts[j])
    if closed:
        path.closeSubpath()
    return path


def mirrored(half: Sequence[Point], axis: float = 500) -> list[Point]:
    """A symmetric outline from its right half, given top to bottom; points on the axis
    are not repeated."""
    left = [(2 * axis - p[0], *p[1:]) for p in reversed(half) if abs(p[0] - axis) > 1e-6]
    return [*half, *left]


def ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(path).simplified()


def inset(path: QPainterPath, width: float) -> QPainterPath:
    """The outline moved ``width`` inwards: the cancellous inside of a cut bone."""
    return path.subtracted(stroke(path, 2 * width))


def along(path: QPainterPath, count: int) -> list[QPointF]:
    """``count`` + 1 points evenly spaced along ``path`` by length, both ends included.
    (``pointAtPercent`` spaces points by curve segment, and measures the path anew for
    each one.)"""
    fine = 8.0  # flattened at this magnification, so that short curves stay round
    line = path.toSubpathPolygons(QTransform.fromScale(fine, fine))[0]
    points = [QPointF(point.x() / fine, point.y() / fine) for point in line]
    lengths = [0.0]
    for a, b in pairwise(points):
        lengths.append(lengths[-1] + math.hypot(b.x() - a.x(), b.y() - a.y()))
    made = []
    j = 0
    for i in range(count + 1):
        wanted = lengths[-1] * i / count
        while j < len(points) - 2 and lengths[j + 1] < wanted:
            j += 1
        t = (wanted - lengths[j]) / ((lengths[j + 1] - lengths[j]) or 1)
        made.append(points[j] + (points[j + 1] - points[j]) * min(max(t, 0), 1))
    return made


def tapered(points: Sequence[QPointF], start: float, end: float) -> QPainterPath:
    """A nerve: a smooth band along ``points``, ``start`` wide at the first and ``end`` wide
    at the last, with rounded ends."""
    centre = smooth([(p.x(), p.y()) for p in points], closed=False)
    samples = along(centre, 40)
    left, right = [], []
    for i, point in enumerate(samples):
        a = samples[max(i - 1, 0)]
        b = samples[min(i + 1, 40)]
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1
        half = (start + (end - start) * i / 40) / 2
        left.append((point.x() - dy / length * half, point.y() + dx / length * half))
        right.append((point.x() + dy / length * half, point.y() - dx / length * half))
    # Sharp where the sides meet the ends, which the round caps cover: a smooth turn there
    # would overshoot the caps.
    for side in (left, right):
        side[0], side[-1] = (*side[0], 0), (*side[-1], 0)
    band = smooth([*left, *reversed(right)])
    for point, width in ((samples[0], start), (samples[-1], end)):
        band = band.united(ellipse(point.x(), point.y(), width / 2, width / 2))
    return band.simplified()


class Frame:
    """A vertebra's own coordinates: x towards the back, y down along the spine."""

    __slots__ = ("angle", "origin", "transform")

    def __init__(self, origin: QPointF, angle: float) -> None:
        self.origin, self.angle = origin, angle
        sin, cos = math.sin(angle), math.cos(angle)
        self.transform = QTransform(cos, -sin, sin, cos, origin.x(), origin.y())

    def map(self, x: float, y: float) -> QPointF:
        return self.transform.map(QPointF(x, y))

    def path(self, path: QPainterPath) -> QPainterPath:
        return self.transform.map(path)

    def outline(self, points: Sequence[Point]) -> QPainterPath:
        return self.transform.map(smooth(points))


def hermite(knots: Sequence[tuple[float, float]], s: float) -> float:
    """A smooth curve through ``knots`` (s, value), flat beyond the ends."""
    keys = [k[0] for k in knots]
    if s <= keys[0]:
        return knots[0][1]
    if s >= keys[-1]:
        return knots[-1][1]
    i = bisect_right(keys, s) - 1

    def slope(k: int) -> float:
        lo, hi = max(k - 1, 0), min(k + 1, len(knots) - 1)
        return (knots[hi][1] - knots[lo][1]) / (knots[hi][0] - knots[lo][0])

    (s0, v0), (s1, v1) = knots[i], knots[i + 1]
    h = s1 - s0
    t = (s - s0) / h
    return ((2 * t ** 3 - 3 * t ** 2 + 1) * v0 + (t ** 3 - 2 * t ** 2 + t) * h * slope(i)
            + (-2 * t ** 3 + 3 * t ** 2) * v1 + (t ** 3 - t ** 2) * h * slope(i + 1))


def xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()
