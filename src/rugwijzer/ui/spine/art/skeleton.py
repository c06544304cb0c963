"""The lumbar, thoracic and cervical vertebrae as an adult spine has them: sizes, the curve
of the spine seen from the side, and the outlines that several views share.

The side view is a section through the middle of the body with the front on the left, as
in most patient leaflets.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from ....content.regions import CERVICAL, LUMBAR, THORACIC
from .geometry import Frame, Point, hermite, smooth, xy

LEVELS = CERVICAL + THORACIC + LUMBAR


def level_rank(level: str) -> int:
    """Which level names stay when there is no room for all: where each section begins,
    then where it ends and every other level, then the rest."""
    if level in ("C1", "T1", "L1", "S1"):
        return 0
    if level in ("C7", "T12", "L5") or int(level[1:]) % 2 == 0:
        return 1
    return 2


# ----- the whole spine from the side -------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Size:
    height: float  # of the body
    disc: float  # below it
    depth: float  # of the body, front to back
    canal: float  # front to back


def _sizes() -> dict[str, Size]:
    """Adult proportions: bodies grow from the neck down, neck and chest discs are thin."""
    sizes = {"C1": Size(12, 4, 15, 19), "C2": Size(21, 5.5, 17, 18)}
    for i, level in enumerate(CERVICAL[2:]):
        sizes[level] = Size(15 + 0.6 * i, 5.5 + 0.3 * i, 18 + 0.8 * i, 17)
    for i, level in enumerate(THORACIC):
        t = i / 11
        sizes[level] = Size(19 + 11 * t, 4.5 + 3.5 * t, 22.5 + 14 * t, 16 + 1.5 * t)
    for level, height, disc, depth in zip(LUMBAR, (31, 32, 33, 33, 31), (11, 12, 13, 14, 13),
                                          (40, 42, 43, 45, 45), strict=True):
        sizes[level] = Size(height, disc, depth, 20)
    # The fused sacral segments and the coccyx: "disc" is the seam between them.
    for level, height, seam, depth in (("S1", 27, 2.5, 44), ("S2", 21, 2.5, 35),
                                        ("S3", 16, 2, 27), ("S4", 13, 2, 21),
                                        ("S5", 10, 2.5, 16), ("Co1", 8, 1.6, 12),
                                        ("Co2", 7, 1.4, 10), ("Co3", 6, 1.2, 8), ("Co4", 5, 0, 6)):
        sizes[level] = Size(height, seam, depth, 0)
    return sizes


SIZES = _sizes()
SACRAL = ["S1", "S2", "S3", "S4", "S5"]
COCCYGEAL = ["Co1", "Co2", "Co3", "Co4"]
# The lean of the spine (degrees, positive: going down it leans towards the back) at some
# levels: neck lordosis, chest kyphosis, lumbar lordosis and the sacral slope.
_LEAN = [("C1", -26), ("C2", -20), ("C4", -3), ("C6", 12), ("T1", 21), ("T3", 16),
         ("T7", 0), ("T10", -12), ("T12", -19), ("L1", -21), ("L3", -6), ("L4", 5),
         ("L5", 18), ("S1", 41), ("S3", 24), ("S5", 2), ("Co2", -30), ("Co4", -48)]


class SideSpine:
    """Where each vertebra lies in the side view, found by walking down a smooth curve."""

    def __init__(self) -> None:
        order = [*LEVELS, *SACRAL, *COCCYGEAL]
        self.centre: dict[str, float] = {}
        s = 0.0
        for level in order:
            self.centre[level] = s + SIZES[level].height / 2
            s += SIZES[level].height + SIZES[level].disc
        self.length = s
        knots = [(self.centre[level], math.radians(lean)) for level, lean in _LEAN]
        self._lean = knots
        self._points = [QPointF(300, 30)]
        step = 0.5
        for i in range(int(s / step) + 2):
            angle = hermite(knots, i * step)
            last = self._points[-1]
            self._points.append(QPointF(last.x() + math.sin(angle) * step,
                                        last.y() + math.cos(angle) * step))
        self._step = step
        self.frames = {level: self.frame(self.centre[level]) for level in order}
        self.order = order
        self.sacrum = QPainterPath()

    def point(self, s: float) -> QPointF:
        i = min(max(int(s / self._step), 0), len(self._points) - 2)
        t = s / self._step - i
        a, b = self._points[i], self._points[i + 1]
        return a + (b - a) * t

    def frame(self, s: float) -> Frame:
        return Frame(self.point(s), hermite(self._lean, s))

    def size_at(self, s: float) -> Size:
        """Body depth and canal depth between levels, for the canal and the cord."""
        keys = [self.centre[level] for level in self.order]
        i = min(max(bisect_right(keys, s) - 1, 0), len(keys) - 2)
        a, b = SIZES[self.order[i]], SIZES[self.order[i + 1]]
        t = min(max((s - keys[i]) / (keys[i + 1] - keys[i]), 0), 1)
        return Size(0, 0, a.depth + (b.depth - a.depth) * t, a.canal + (b.canal - a.canal) * t)

    def below(self, level: str) -> str:
        return self.order[self.order.index(level) + 1]

    def disc_s(self, level: str) -> float:
        """Arc length of the middle of the disc below ``level``."""
        size = SIZES[level]
        return self.centre[level] + size.height / 2 + size.disc / 2


@functools.cache
def side_spine() -> SideSpine:
    """One spine from the side for the close-ups, which only read where its levels lie."""
    return SideSpine()


def body_outline(depth: float, height: float, front_waist: float = 0.045,
                  lip: float = 0.0) -> QPainterPath:
    """A vertebral body from the side: waisted front, slightly hollow end plates, rounded
    rims. ``lip`` lets the lower front rim hang down, as on neck vertebrae."""
    w, h = depth / 2, height / 2
    r = min(depth, height) * 0.16
    dip = height * 0.03
    waist = depth * front_waist
    path = QPainterPath(QPointF(-w + r, -h))
    path.cubicTo(QPointF(-w * 0.3, -h + dip), QPointF(w * 0.3, -h + dip), QPointF(w - r, -h))
    path.quadTo(QPointF(w, -h), QPointF(w, -h + r))
    path.cubicTo(QPointF(w - depth * 0.02, -h * 0.3), QPointF(w - depth * 0.02, h * 0.3),
                 QPointF(w, h - r))
    path.quadTo(QPointF(w, h), QPointF(w - r, h))
    path.cubicTo(QPointF(w * 0.3, h - dip), QPointF(-w * 0.3, h - dip),
                 QPointF(-w + r, h + lip))
    path.quadTo(QPointF(-w, h + lip), QPointF(-w, h - r))
    path.cubicTo(QPointF(-w + waist, h * 0.3), QPointF(-w + waist, -h * 0.3),
                 QPointF(-w, -h + r))
    path.quadTo(QPointF(-w, -h), QPointF(-w + r, -h))
    path.closeSubpath()
    return path



# Facet joints lean forward going up: steeply in the lower back, like roof tiles in the neck.
FACET_SLOPE = {"C": 0.9, "T": 0.35, "L": 0.05, "S": 0.05}
# Spinous processes: (degrees below the horizontal, length, thickness, tip) per level.
_SPINOUS = {"C2": (10, 24, 11, 13), "C3": (14, 13, 6, 7), "C4": (14, 13, 6, 7),
            "C5": (15, 14, 6, 7), "C6": (18, 17, 6.5, 8), "C7": (20, 25, 7, 9),
            "T1": (28, 28, 7, 9), "T2": (38, 30, 7, 9), "T3": (48, 32, 7, 9),
            "T4": (56, 34, 7, 9), "T5": (58, 35, 7, 9), "T6": (60, 35, 7, 9),
            "T7": (60, 35, 7.5, 9), "T8": (58, 35, 7.5, 9.5), "T9": (52, 34, 8, 10),
            "T10": (42, 33, 8.5, 10.5), "T11": (30, 31, 10, 12), "T12": (14, 29, 13, 15),
            "L1": (4, 30, 15, 17), "L2": (3, 31, 16, 18), "L3": (3, 31, 17, 18.5),
            "L4": (5, 30, 16, 17.5), "L5": (9, 25, 14, 15)}


def spinous_outline(level: str, size: Size) -> list[Point]:
    """The back of the arch, cut in the middle: lamina and spinous process."""
    x0, k, h = size.depth / 2, size.canal, size.height
    angle, length, thick, tip = _SPINOUS[level]
    a = math.radians(angle)
    ux, uy = math.cos(a), math.sin(a)
    vx, vy = -uy, ux
    front = x0 + k
    top, bottom = {"C": (-0.3 * h, 0.35 * h), "T": (-0.25 * h, 0.5 * h),
                   "L": (-0.25 * h, 0.42 * h)}[level[0]]
    base = QPointF(front + 3, (top + bottom) / 2)
    end = base + QPointF(ux, uy) * length

    def at(along: float, side: float) -> Point:
        point = base + QPointF(ux, uy) * along + QPointF(vx, vy) * side
        return (point.x(), point.y())

    points: list[Point] = [(front, top, 0), (front + 3, top - 0.5)]
    points.append(at(length * 0.45, -thick / 2))
    if level[0] == "C" and level != "C7":
        # Neck spinous processes end in two small knobs.
        points += [at(length - tip * 0.2, -tip / 2), at(length + tip * 0.22, -tip * 0.22),
                   at(length + tip * 0.12, 0), at(length + tip * 0.22, tip * 0.25),
                   at(length - tip * 0.2, tip / 2)]
    else:
        points += [at(length - tip * 0.15, -tip / 2), (end.x() + ux * tip * 0.45,
                                                       end.y() + uy * tip * 0.45),
                   at(length - tip * 0.15, tip / 2)]
    points += [at(length * 0.4, thick / 2), (front + 3, bottom + 0.5), (front, bottom, 0)]
    return points


def disc_outline(spine: SideSpine, upper: str, lower: str) -> QPainterPath:
    """A disc from the side, between the end plates of its vertebrae, bulging a little."""
    a, b = spine.frames[upper], spine.frames[lower]
    sa, sb = SIZES[upper], SIZES[lower]
    mid = spine.frame(spine.disc_s(upper))
    top_front = a.map(-sa.depth / 2 + 0.6, sa.height / 2 - 1.2)
    top_back = a.map(sa.depth / 2 - 0.6, sa.height / 2 - 1.2)
    low_front = b.map(-sb.depth / 2 + (2.5 if lower == "S1" else 0.6), -sb.height / 2 + 1.2)
    low_back = b.map(sb.depth / 2 - 0.6, -sb.height / 2 + 1.2)
    thick = sa.disc + 2.4
    bulge_front = mid.map(-(sa.depth + sb.depth) / 4 - 0.12 * thick - 0.6, 0)
    bulge_back = mid.map((sa.depth + sb.depth) / 4 + 0.08 * thick, 0)
    top_mid = a.map(0, sa.height / 2 - 1.2 - sa.height * 0.03)
    low_mid = b.map(0, -sb.height / 2 + 1.2 + sb.height * 0.03)
    return smooth([(*xy(top_front), 0), xy(top_mid), (*xy(top_back), 0),
                    xy(bulge_back), (*xy(low_back), 0), xy(low_mid),
                    (*xy(low_front), 0), xy(bulge_front)])


def facet_capsule(upper: str, lower: str, swell: float = 0.0) -> tuple[QPainterPath, QPainterPath]:
    """A lumbar facet joint from the side, in the frame of the upper vertebra: the capsule
    over the joint, and the line of the joint space."""
    size, below = SIZES[upper], SIZES[lower]
    x0, k, h = size.depth / 2, size.canal, size.height
    joint = x0 + 0.86 * k
    y0 = h / 2 + size.disc * 0.05 - 2
    y1 = h / 2 + size.disc + 0.12 * below.height
    run = (y1 - y0) * FACET_SLOPE["L"]
    wide = 2 + swell
    capsule = smooth([(joint - wide + 0.2, y0 + 2.5), (joint, y0 - 1 - swell),
                       (joint + wide, y0 + 2.5), (joint + wide + 0.4 + run / 2, (y0 + y1) / 2),
                       (joint + wide + run, y1 - 2.5), (joint + run, y1 + 1 + swell),
                       (joint - wide + 0.2 + run, y1 - 2.5),
                       (joint - wide - 0.2 + run / 2, (y0 + y1) / 2)])
    cleft = smooth([(joint, y0 + 1.5), (joint + run, y1 - 1.5)], closed=False)
    return capsule, cleft
