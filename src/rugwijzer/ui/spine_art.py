"""The spine artwork, drawn as vector paths: the same paths paint and hit-test each region.

Coordinates are in a 1000 × 1000 space per view; the whole-spine views use about 12 units
to a centimetre, so sizes and curves follow an adult spine. The side view is a section
through the middle of the body with the front on the left, as in most patient leaflets:
the cut vertebral bodies, discs and spinous processes, and through the canal its far wall
with pedicles, foramina and facet joints. The back view looks at the patient's back; the
close-ups show the lower back, from above (front at the top) and from the side.

Parts are painted in list order. Where parts of two regions overlap, the one painted later
is made of a material that the view tries first (see ``spine_view._HIT_ORDER``), so a
hit names what is seen; parts without a region are drawn detail.
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

from ..content.regions import CERVICAL, LUMBAR, THORACIC


def _built_once(builder: Callable[[bool], Artwork]) -> Callable[[bool], Artwork]:
    """Keep the drawing a builder made for each variant. A caller that asks while another
    thread is building it waits for that drawing instead of building a second one."""
    made: dict[bool, Artwork] = {}
    lock = threading.Lock()

    @functools.wraps(builder)
    def build(variant: bool = False) -> Artwork:
        variant = bool(variant)
        with lock:
            if variant not in made:
                made[variant] = builder(variant)
            return made[variant]

    build.made = made  # type: ignore[attr-defined]
    return build


# What each part is made of decides how it is painted and which region a hit finds.
BONE, SPONGY, DISC, NUCLEUS, CORD, NERVE, CANAL, CURVE, JOINT, LIGAMENT, INFLAMED = (
    "bone", "spongy", "disc", "nucleus", "cord", "nerve", "canal", "curve", "joint",
    "ligament", "inflamed")
# Bone further away, in the shade: the far wall of the canal, processes behind others.
FAR = "far"
# The dural sac: the sheath of the nerves in the canal, filled with clear fluid.
SAC = "sac"
# The fine nerve fibres of the cauda equina, drawn as strands without an outline.
ROOTLET = "rootlet"
# Fine lines without a fill (fibres of the annulus, ridges on bone, the dural sac): detail
# only, never a region, since an open line has no inside to hit.
FIBRE, RIDGE, DURA = "fibre", "ridge", "dura"
LINES = (FIBRE, RIDGE, DURA)

# Where parts of regions overlap, a hit finds the region made of the material that comes
# first here (nerves before the bone they lie on); among equals, the region drawn first.
HIT_ORDER = (INFLAMED, NERVE, ROOTLET, JOINT, NUCLEUS, DISC, CORD, BONE, SPONGY, FAR, LIGAMENT,
             SAC, CANAL, CURVE)

LABEL_ROOM = 60  # drawing units left of a label's anchor kept free for its text


@dataclass(slots=True)
class Part:
    material: str
    path: QPainterPath
    region: str | None = None


@dataclass(slots=True)
class Label:
    """A level's name beside the drawing. The text ends at ``anchor`` (it runs to the left);
    a thin leader line may point from there to ``target``. Where labels would overlap on a
    small screen, those of lower ``rank`` are kept."""

    text: str
    anchor: QPointF
    target: QPointF | None = None
    rank: int = 1


@dataclass(slots=True)
class Artwork:
    parts: list[Part] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)

    def add(self, material: str, path: QPainterPath, region: str | None = None) -> None:
        if path.isEmpty():
            return
        # A region's outline is filled as drawn, even where a curve crosses itself, so
        # that hit-testing and painting agree.
        self.parts.append(Part(material, path.simplified() if region else path, region))

    def bounds(self) -> QRectF:
        """The drawn area with its labels, with a small margin: what the view fits."""
        rect = QRectF()
        for part in self.parts:
            rect = rect.united(part.path.boundingRect())
        for label in self.labels:
            rect = rect.united(QRectF(label.anchor.x() - LABEL_ROOM, label.anchor.y() - 10,
                                      LABEL_ROOM, 20))
        return rect.adjusted(-16, -16, 16, 16)

    def settle(self) -> None:
        """Make hit-testing find what is seen: where a part is covered by a later one of
        another region that a hit would not find first, the covered piece, which cannot be
        seen anyway, is taken out of it."""
        rank: dict[str, tuple[int, int]] = {}
        for index, part in enumerate(self.parts):
            if part.region:
                best = HIT_ORDER.index(part.material)
                old = rank.get(part.region, (best, index))
                rank[part.region] = (min(old[0], best), old[1])
        for i, lower in enumerate(self.parts):
            if not lower.region or lower.material == CURVE:
                continue
            for upper in self.parts[i + 1:]:
                if (upper.region and upper.region != lower.region
                        and upper.material not in (CURVE, *LINES)
                        and rank[lower.region] < rank[upper.region]
                        and lower.path.boundingRect().intersects(upper.path.boundingRect())
                        and lower.path.intersects(upper.path)):
                    lower.path = lower.path.subtracted(upper.path)

    def regions(self) -> list[str]:
        seen: list[str] = []
        for part in self.parts:
            if part.region and part.region not in seen:
                seen.append(part.region)
        return seen


LEVELS = CERVICAL + THORACIC + LUMBAR


def _level_rank(level: str) -> int:
    """Which level names stay when there is no room for all: where each section begins,
    then where it ends and every other level, then the rest."""
    if level in ("C1", "T1", "L1", "S1"):
        return 0
    if level in ("C7", "T12", "L5") or int(level[1:]) % 2 == 0:
        return 1
    return 2


# ----- drawing helpers ---------------------------------------------------------------------

Point = tuple[float, float] | tuple[float, float, int]


def _smooth(points: Sequence[Point], closed: bool = True) -> QPainterPath:
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


def _mirrored(half: Sequence[Point], axis: float = 500) -> list[Point]:
    """A symmetric outline from its right half, given top to bottom; points on the axis
    are not repeated."""
    left = [(2 * axis - p[0], *p[1:]) for p in reversed(half) if abs(p[0] - axis) > 1e-6]
    return [*half, *left]


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(path).simplified()


def _inset(path: QPainterPath, width: float) -> QPainterPath:
    """The outline moved ``width`` inwards: the cancellous inside of a cut bone."""
    return path.subtracted(_stroke(path, 2 * width))


def _tapered(points: Sequence[QPointF], start: float, end: float) -> QPainterPath:
    """A nerve: a smooth band along ``points``, ``start`` wide at the first and ``end`` wide
    at the last, with rounded ends."""
    centre = _smooth([(p.x(), p.y()) for p in points], closed=False)
    samples = [centre.pointAtPercent(i / 40) for i in range(41)]
    left, right = [], []
    for i, point in enumerate(samples):
        a = samples[max(i - 1, 0)]
        b = samples[min(i + 1, 40)]
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1
        half = (start + (end - start) * i / 40) / 2
        left.append((point.x() - dy / length * half, point.y() + dx / length * half))
        right.append((point.x() + dy / length * half, point.y() - dx / length * half))
    band = _smooth([*left, *reversed(right)])
    for point, width in ((samples[0], start), (samples[-1], end)):
        band = band.united(_ellipse(point.x(), point.y(), width / 2, width / 2))
    return band.simplified()


class _Frame:
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
        return self.transform.map(_smooth(points))


def _hermite(knots: Sequence[tuple[float, float]], s: float) -> float:
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


# ----- the whole spine from the side -------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Size:
    height: float  # of the body
    disc: float  # below it
    depth: float  # of the body, front to back
    canal: float  # front to back


def _sizes() -> dict[str, _Size]:
    """Adult proportions: bodies grow from the neck down, neck and chest discs are thin."""
    sizes = {"C1": _Size(12, 4, 15, 19), "C2": _Size(21, 5.5, 17, 18)}
    for i, level in enumerate(CERVICAL[2:]):
        sizes[level] = _Size(15 + 0.6 * i, 5.5 + 0.3 * i, 18 + 0.8 * i, 17)
    for i, level in enumerate(THORACIC):
        t = i / 11
        sizes[level] = _Size(19 + 11 * t, 4.5 + 3.5 * t, 22.5 + 14 * t, 16 + 1.5 * t)
    for level, height, disc, depth in zip(LUMBAR, (31, 32, 33, 33, 31), (11, 12, 13, 14, 13),
                                          (40, 42, 43, 45, 45), strict=True):
        sizes[level] = _Size(height, disc, depth, 20)
    # The fused sacral segments and the coccyx: "disc" is the seam between them.
    for level, height, seam, depth in (("S1", 27, 2.5, 44), ("S2", 21, 2.5, 35),
                                        ("S3", 16, 2, 27), ("S4", 13, 2, 21),
                                        ("S5", 10, 2.5, 16), ("Co1", 8, 1.6, 12),
                                        ("Co2", 7, 1.4, 10), ("Co3", 6, 1.2, 8), ("Co4", 5, 0, 6)):
        sizes[level] = _Size(height, seam, depth, 0)
    return sizes


SIZES = _sizes()
SACRAL = ["S1", "S2", "S3", "S4", "S5"]
COCCYGEAL = ["Co1", "Co2", "Co3", "Co4"]
# The lean of the spine (degrees, positive: going down it leans towards the back) at some
# levels: neck lordosis, chest kyphosis, lumbar lordosis and the sacral slope.
_LEAN = [("C1", -26), ("C2", -20), ("C4", -3), ("C6", 12), ("T1", 21), ("T3", 16),
         ("T7", 0), ("T10", -12), ("T12", -19), ("L1", -21), ("L3", -6), ("L4", 5),
         ("L5", 18), ("S1", 41), ("S3", 24), ("S5", 2), ("Co2", -30), ("Co4", -48)]


class _SideSpine:
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
            angle = _hermite(knots, i * step)
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

    def frame(self, s: float) -> _Frame:
        return _Frame(self.point(s), _hermite(self._lean, s))

    def size_at(self, s: float) -> _Size:
        """Body depth and canal depth between levels, for the canal and the cord."""
        keys = [self.centre[level] for level in self.order]
        i = min(max(bisect_right(keys, s) - 1, 0), len(keys) - 2)
        a, b = SIZES[self.order[i]], SIZES[self.order[i + 1]]
        t = min(max((s - keys[i]) / (keys[i + 1] - keys[i]), 0), 1)
        return _Size(0, 0, a.depth + (b.depth - a.depth) * t, a.canal + (b.canal - a.canal) * t)

    def below(self, level: str) -> str:
        return self.order[self.order.index(level) + 1]

    def disc_s(self, level: str) -> float:
        """Arc length of the middle of the disc below ``level``."""
        size = SIZES[level]
        return self.centre[level] + size.height / 2 + size.disc / 2


def _body_outline(depth: float, height: float, front_waist: float = 0.045,
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
_FACET_SLOPE = {"C": 0.9, "T": 0.35, "L": 0.05, "S": 0.05}
# Spinous processes: (degrees below the horizontal, length, thickness, tip) per level.
_SPINOUS = {"C2": (10, 24, 11, 13), "C3": (14, 13, 6, 7), "C4": (14, 13, 6, 7),
            "C5": (15, 14, 6, 7), "C6": (18, 17, 6.5, 8), "C7": (20, 25, 7, 9),
            "T1": (28, 28, 7, 9), "T2": (38, 30, 7, 9), "T3": (48, 32, 7, 9),
            "T4": (56, 34, 7, 9), "T5": (58, 35, 7, 9), "T6": (60, 35, 7, 9),
            "T7": (60, 35, 7.5, 9), "T8": (58, 35, 7.5, 9.5), "T9": (52, 34, 8, 10),
            "T10": (42, 33, 8.5, 10.5), "T11": (30, 31, 10, 12), "T12": (14, 29, 13, 15),
            "L1": (4, 30, 15, 17), "L2": (3, 31, 16, 18), "L3": (3, 31, 17, 18.5),
            "L4": (5, 30, 16, 17.5), "L5": (9, 25, 14, 15)}


def _far_wall(level: str, above: str, below: str) -> list[Point]:
    """Pedicle, articular processes and pars of the far side, seen through the canal: the
    outline around the foramina. Local coordinates of the vertebra; a joint leans as the
    lower vertebra's joints do, so both sides of it match."""
    size, up_size, low_size = SIZES[level], SIZES[above], SIZES[below]
    x0, k, h = size.depth / 2, size.canal, size.height
    up_slope = _FACET_SLOPE[level[0]]
    down_slope = _FACET_SLOPE[below[0]]
    joint = x0 + 0.86 * k
    gap = 2.4 if level[0] == "C" else 2.0
    up_tip = -h / 2 - up_size.disc - 0.12 * up_size.height
    if level == "C2":
        up_tip = -h / 2 - 1.5  # C1 sits on flat facets of C2
    down_tip = h / 2 + size.disc + 0.12 * low_size.height
    up_c = -h / 2 - up_size.disc / 2
    down_c = h / 2 + size.disc / 2

    def up(x: float, y: float, *corner: int) -> Point:
        return (x + (y - up_c) * up_slope, y, *corner)

    def down(x: float, y: float, *corner: int) -> Point:
        return (x + (y - down_c) * down_slope, y, *corner)

    return [
        (x0 - 2, -0.41 * h, 0),
        (x0 + 0.25 * k, -0.39 * h),
        up(x0 + 0.42 * k, -0.5 * h),
        up(x0 + 0.5 * k, (up_tip - 0.5 * h) / 2),
        up(joint - 0.16 * k, up_tip),
        up(joint - gap / 2, up_tip + 2.5, 0),
        up(joint - gap / 2, -0.3 * h, 0),
        (x0 + 1.05 * k, -0.2 * h),
        (x0 + 1.32 * k, -0.02 * h),
        down(x0 + 1.3 * k, 0.45 * h),
        down(joint + gap / 2 + 0.2 * k, down_tip),
        down(joint + gap / 2, down_tip - 2.5, 0),
        down(joint + gap / 2, 0.3 * h, 0),
        (x0 + 0.55 * k, 0.2 * h),
        (x0 + 0.25 * k, 0.0),
        (x0 - 2, 0.02 * h, 0),
    ]


def _spinous(level: str, size: _Size) -> list[Point]:
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


def _transverse(level: str, size: _Size) -> QPainterPath | None:
    """The transverse process, seen end-on where pedicle and arch meet."""
    x0, k, h = size.depth / 2, size.canal, size.height
    if level[0] == "L":
        return _ellipse(x0 + 0.62 * k, -0.22 * h, 0.26 * k, 0.17 * h)
    if level[0] == "T":
        return _ellipse(x0 + 0.95 * k, -0.3 * h, 0.28 * k, 0.2 * h)
    return None


@_built_once
def side_view(affected: bool = False) -> Artwork:
    """The whole spine from the side, cut through the middle, with its natural curves."""
    art = Artwork()
    spine = _SideSpine()
    _side_sacrum(art, spine)
    _side_sacral_detail(art, spine)
    _side_canal(art, spine)
    _side_far_walls(art, spine)
    _side_cord(art, spine)
    _side_bodies(art, spine)
    _side_arches(art, spine)
    _side_joints(art, spine)
    if affected:
        frame = spine.frame(spine.disc_s("L4"))
        size = SIZES["L4"]
        bulge = _smooth([(size.depth / 2 - 8, -3.5), (size.depth / 2 + 3, -5),
                         (size.depth / 2 + 7.5, 0), (size.depth / 2 + 3, 5.5),
                         (size.depth / 2 - 8, 4)])
        art.add(NUCLEUS, frame.path(bulge), "disc-L4-L5")
    _side_roots(art, spine)
    c2 = SIZES["C2"]
    for level in [*LEVELS, "S1"]:
        frame, size = spine.frames[level], SIZES[level]
        anchor = frame.map(-size.depth / 2 - 13, 0)
        if level == "S1":
            # Clear of the disc above, which bulges forwards at the sacrum.
            anchor = frame.map(-size.depth / 2 - 18, 3)
        if level == "C1":
            anchor = spine.frames["C2"].map(-c2.depth / 2 - 22, -c2.height / 2 - 10)
        art.labels.append(Label(level, anchor, rank=_level_rank(level)))
    art.settle()
    return art


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()


def _sacral_canal_depth(spine: _SideSpine, s: float) -> float:
    """The sacral canal narrows down to its opening at S4–S5."""
    return max(15 * (1 - (s - spine.centre["S1"]) / 62), 2.5)


def _side_sacrum(art: Artwork, spine: _SideSpine) -> None:
    """Sacrum and coccyx outlines first: the sacral canal and nerves lie on top of them."""
    front: list[Point] = []
    back: list[Point] = []
    for index, level in enumerate(SACRAL):
        frame, size = spine.frames[level], SIZES[level]
        w, h = size.depth / 2, size.height / 2
        if index == 0:
            front.append((*_xy(frame.map(-w + 2, -h)), 0))
        else:
            front.append(_xy(frame.map(-w - 1.4, -h - 1)))
        front.append(_xy(frame.map(-w + 1.2, 0)))
        crest = w + _sacral_canal_depth(spine, spine.centre[level]) + 11 - 1.6 * index
        # The median crest: the fused spinous processes, a row of low bumps.
        back += [_xy(frame.map(crest + 0.5, -h * 0.6)), _xy(frame.map(crest + 2.5, -h * 0.1)),
                 _xy(frame.map(crest + 0.5, h * 0.5))]
    last = spine.frames["S5"]
    tip = SIZES["S5"]
    front += [_xy(last.map(-tip.depth / 2 + 1, tip.height / 2)),
              _xy(last.map(0, tip.height / 2 + 1.5)),
              _xy(last.map(tip.depth / 2 + 4, tip.height / 2 - 1))]
    s1, l5 = spine.frames["S1"], spine.frames["L5"]
    top = SIZES["S1"]
    w, h = top.depth / 2, top.height / 2
    # The superior articular process of S1 follows the inferior process of L5 above it.
    face = SIZES["L5"].depth / 2 + 0.86 * SIZES["L5"].canal - 1.0
    head: list[Point] = [
        (*_xy(s1.map(w - 2, -h)), 0),
        _xy(s1.map(w + 4, -h - 3)),
        _xy(l5.map(face - 8.5, 24)),
        _xy(l5.map(face - 3.5, 17)),
        (*_xy(l5.map(face, 19.5)), 0),
        (*_xy(l5.map(face, 31)), 0),
        _xy(s1.map(w + 19 + 6, -h + 1)),
    ]
    art.add(BONE, _smooth([*front, *reversed(back), *head]), "sacrum")
    spine.sacrum = art.parts[-1].path
    coccyx = QPainterPath()
    for level in COCCYGEAL:
        frame, size = spine.frames[level], SIZES[level]
        coccyx = coccyx.united(frame.path(_body_outline(size.depth, size.height + 1, 0.12)))
    art.add(BONE, coccyx, "coccyx")


def _canal_edges(spine: _SideSpine, start: float, end: float,
                 front: float = -2, back: float = 1, steps: int = 12) -> QPainterPath:
    """The canal between arc lengths ``start`` and ``end``, ``front``/``back`` units beyond
    its walls."""
    ahead, behind = [], []
    for i in range(steps + 1):
        s = start + (end - start) * i / steps
        frame, size = spine.frame(s), spine.size_at(s)
        depth = size.canal if s < spine.centre["S1"] else _sacral_canal_depth(spine, s)
        ahead.append(frame.map(size.depth / 2 + front, 0))
        behind.append(frame.map(size.depth / 2 + depth + back, 0))
    path = QPainterPath(ahead[0])
    for point in [*ahead[1:], *reversed(behind)]:
        path.lineTo(point)
    path.closeSubpath()
    return path


def _side_canal(art: Artwork, spine: _SideSpine) -> None:
    top = spine.centre["C1"] - 14
    art.add(CANAL, _canal_edges(spine, top, spine.disc_s("T12"), steps=60))
    for level in LUMBAR:
        start = spine.disc_s(LEVELS[LEVELS.index(level) - 1])
        canal = _canal_edges(spine, start, spine.disc_s(level))
        if level == "L5":
            canal = canal.subtracted(spine.sacrum)
        art.add(CANAL, canal, f"canal-{level}")
    art.add(CANAL, _canal_edges(spine, spine.disc_s("L5"), spine.centre["S4"] + 6, 1.5, -1.5))


def _side_far_walls(art: Artwork, spine: _SideSpine) -> None:
    # Neck and chest nerve roots, seen only where they leave through the foramina.
    for level in [*CERVICAL[1:], *THORACIC]:
        frame, size = spine.frames[level], SIZES[level]
        x0, k, h = size.depth / 2, size.canal, size.height
        start = frame.map(x0 + 0.45 * k, 0.1 * h)
        mid = frame.map(x0 + 0.2 * k, 0.32 * h)
        out = frame.map(x0 - 0.2 * size.depth, h / 2 + size.disc * 0.7)
        art.add(NERVE, _tapered([start, mid, out], 2.4, 3.2))
    c2, frame = SIZES["C2"], spine.frames["C2"]
    top, back_x = -c2.height / 2, c2.depth / 2 + c2.canal + 1
    # The lateral mass of C1 on the far side, sitting on C2.
    art.add(FAR, frame.outline([(3, top - 3, 0), (4, top - 14), (10, top - 17),
                                (back_x - 2, top - 15), (back_x - 1, top - 8),
                                (back_x - 6, top - 3, 0)]), "vertebra-C1")
    for index, level in enumerate(LEVELS):
        if level == "C1":
            continue
        frame, size = spine.frames[level], SIZES[level]
        transverse = _transverse(level, size)
        if transverse is not None:
            art.add(FAR, frame.path(transverse), f"vertebra-{level}")
        wall = _far_wall(level, LEVELS[index - 1], spine.below(level))
        art.add(FAR, frame.outline(wall), f"vertebra-{level}")


def _side_cord(art: Artwork, spine: _SideSpine) -> None:
    """The cord down to its cone at L1–L2, the nerve fibres below it, the dural sac."""
    top = spine.centre["C1"] - 14
    conus = spine.disc_s("L1") - 2
    left: list[Point] = []
    right: list[Point] = []
    steps = 90
    for i in range(steps + 1):
        s = top + (conus - top) * i / steps
        frame, size = spine.frame(s), spine.size_at(s)
        centre = size.depth / 2 + size.canal * 0.46
        width = size.canal * 0.5
        # Wider where the nerves of the arms and legs leave; narrowing to the cone.
        width *= 1 + 0.12 * math.exp(-((s - spine.centre["C6"]) / 30) ** 2)
        width *= 1 + 0.1 * math.exp(-((s - spine.centre["T12"]) / 25) ** 2)
        taper = (conus - s) / (conus - spine.centre["T12"])
        if taper < 1:
            width *= max(taper, 0.05) ** 0.6
        left.append(_xy(frame.map(centre - width / 2, 0)))
        right.append(_xy(frame.map(centre + width / 2, 0)))
    # Cut off at the top: the cord goes on into the brain stem.
    left[0] = (*left[0], 0)
    right[0] = (*right[0], 0)
    art.add(CORD, _smooth([*left, *reversed(right)]), "spinal-cord")
    # The fibres of the lower sacral and coccygeal nerves run on into the sacrum.
    s2 = spine.centre["S2"]
    for lane in (0.66, 0.72, 0.78):
        points = []
        begin = spine.centre["T12"] + 8
        for i in range(13):
            s = begin + (s2 + 4 - begin) * i / 12
            frame, size = spine.frame(s), spine.size_at(s)
            canal = size.canal if s < spine.centre["S1"] else _sacral_canal_depth(spine, s)
            x = size.depth / 2 + canal * (0.46 + (lane - 0.46) * min(i / 3, 1))
            points.append(frame.map(x, 0))
        art.add(ROOTLET, _tapered(points, 1.3, 1.1))
    sac = []
    for side in (0.1, 0.8):
        line = []
        for i in range(60):
            s = top + (s2 + 6 - top) * i / 59
            frame, size = spine.frame(s), spine.size_at(s)
            canal = size.canal if s < spine.centre["S1"] else _sacral_canal_depth(spine, s)
            line.append(_xy(frame.map(size.depth / 2 + canal * side, 0)))
        sac.append(line)
    end = spine.frame(s2 + 10)
    size = spine.size_at(s2)
    art.add(DURA, _smooth([*sac[0], _xy(end.map(size.depth / 2 + 6, 0)), *reversed(sac[1])],
                          closed=False))


def _side_bodies(art: Artwork, spine: _SideSpine) -> None:
    for level in LEVELS:
        frame, size = spine.frames[level], SIZES[level]
        if level == "C1":
            continue
        lip = 1.6 if level in CERVICAL[2:] else 0.0
        body = _body_outline(size.depth, size.height, lip=lip)
        inner = _body_outline(size.depth - 2.8, size.height - 4, lip=lip * 0.6)
        if level == "C2":
            top = -size.height / 2
            dens = _smooth([(-7, top + 3), (-7.5, top - 8), (-5, top - 15), (-1, top - 15.5),
                            (1.5, top - 9), (1.5, top + 3)])
            body = body.united(dens)
            inner = inner.united(_inset(dens, 1.4))
        art.add(BONE, frame.path(body), f"vertebra-{level}")
        art.add(SPONGY, frame.path(inner))
    _atlas(art, spine.frames["C2"])
    for level in LEVELS[1:]:
        _side_disc(art, spine, level, spine.below(level))


def _atlas(art: Artwork, c2_frame: _Frame) -> None:
    """C1, a ring without a body, drawn where it sits on C2: its front arch before the peg
    of C2, its lateral mass on the far side, its back arch behind the canal."""
    c2 = SIZES["C2"]
    top = -c2.height / 2
    front = _ellipse(-12.6, top - 10, 4, 6)
    back_x = c2.depth / 2 + c2.canal + 1
    back = _smooth([(back_x, top - 12), (back_x + 10, top - 15), (back_x + 16, top - 11.5),
                    (back_x + 12, top - 6), (back_x, top - 5)])
    art.add(BONE, c2_frame.path(front.united(back)), "vertebra-C1")
    art.add(SPONGY, c2_frame.path(_ellipse(-12.6, top - 10, 2.5, 4.4)))
    art.add(SPONGY, _inset(c2_frame.path(back), 1.3))


def _disc_outline(spine: _SideSpine, upper: str, lower: str) -> QPainterPath:
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
    return _smooth([(*_xy(top_front), 0), _xy(top_mid), (*_xy(top_back), 0),
                    _xy(bulge_back), (*_xy(low_back), 0), _xy(low_mid),
                    (*_xy(low_front), 0), _xy(bulge_front)])


def _side_disc(art: Artwork, spine: _SideSpine, upper: str, lower: str) -> None:
    """A disc cut through the middle: the soft nucleus inside the rings of the annulus."""
    sa, sb = SIZES[upper], SIZES[lower]
    mid = spine.frame(spine.disc_s(upper))
    art.add(DISC, _disc_outline(spine, upper, lower), f"disc-{upper}-{lower}")
    depth = (sa.depth + sb.depth) / 2
    high = sa.disc
    nucleus = _smooth([(-depth * 0.14, -high * 0.12), (0, -high * 0.3), (depth * 0.2, -high * 0.26),
                       (depth * 0.27, 0), (depth * 0.2, high * 0.28), (0, high * 0.3),
                       (-depth * 0.14, high * 0.12)])
    art.add(NUCLEUS, mid.path(nucleus))
    if high >= 7:
        for side in (-1, 1):
            for step in (0.3, 0.39):
                x = side * depth * step + depth * 0.03
                line = _smooth([(x - side * 0.8, -high * 0.42), (x, 0),
                                (x - side * 0.8, high * 0.42)], closed=False)
                art.add(FIBRE, mid.path(line))


def _side_arches(art: Artwork, spine: _SideSpine) -> None:
    """Laminae and spinous processes, with the yellow ligament between the laminae."""
    for level in LEVELS[1:]:
        frame, size = spine.frames[level], SIZES[level]
        outline = frame.outline(_spinous(level, size))
        art.add(BONE, outline, f"vertebra-{level}")
        art.add(SPONGY, _inset(outline, 1.3))
    for upper, lower in pairwise(LEVELS[1:]):
        a, b = spine.frames[upper], spine.frames[lower]
        sa, sb = SIZES[upper], SIZES[lower]
        bottom = {"C": 0.35, "T": 0.5, "L": 0.42}[upper[0]] * sa.height
        top = -{"C": 0.3, "T": 0.25, "L": 0.25}[lower[0]] * sb.height
        front_a, front_b = sa.depth / 2 + sa.canal, sb.depth / 2 + sb.canal
        thick = 1.6 if upper[0] != "L" else 2.6
        art.add(LIGAMENT, _smooth([
            (*_xy(a.map(front_a - thick, bottom - 2)), 0), (*_xy(a.map(front_a + 2, bottom)), 0),
            (*_xy(b.map(front_b + 2, top)), 0), (*_xy(b.map(front_b - thick, top + 2)), 0)]))


def _side_sacral_detail(art: Artwork, spine: _SideSpine) -> None:
    """The cut sacrum: five fused segments, the seams of their former discs between them."""
    for index, level in enumerate(SACRAL):
        frame, size = spine.frames[level], SIZES[level]
        art.add(SPONGY, frame.path(_body_outline(size.depth - 3, size.height - 1.6, 0.02)))
        if index:
            w, h = size.depth / 2, size.height / 2
            art.add(RIDGE, frame.path(_smooth([(-w + 1, -h - 1.2), (0, -h - 0.8),
                                               (w - 1, -h - 1.2)], closed=False)))
    for level in COCCYGEAL:
        frame, size = spine.frames[level], SIZES[level]
        art.add(SPONGY, frame.path(_body_outline(size.depth - 2, size.height - 1, 0.1)))


def _capsule(upper: str, lower: str, swell: float = 0.0) -> tuple[QPainterPath, QPainterPath]:
    """A lumbar facet joint from the side, in the frame of the upper vertebra: the capsule
    over the joint, and the line of the joint space."""
    size, below = SIZES[upper], SIZES[lower]
    x0, k, h = size.depth / 2, size.canal, size.height
    joint = x0 + 0.86 * k
    y0 = h / 2 + size.disc * 0.05 - 2
    y1 = h / 2 + size.disc + 0.12 * below.height
    run = (y1 - y0) * _FACET_SLOPE["L"]
    wide = 2 + swell
    capsule = _smooth([(joint - wide + 0.2, y0 + 2.5), (joint, y0 - 1 - swell),
                       (joint + wide, y0 + 2.5), (joint + wide + 0.4 + run / 2, (y0 + y1) / 2),
                       (joint + wide + run, y1 - 2.5), (joint + run, y1 + 1 + swell),
                       (joint - wide + 0.2 + run, y1 - 2.5),
                       (joint - wide - 0.2 + run / 2, (y0 + y1) / 2)])
    cleft = _smooth([(joint, y0 + 1.5), (joint + run, y1 - 1.5)], closed=False)
    return capsule, cleft


def _side_joints(art: Artwork, spine: _SideSpine) -> None:
    """The lumbar facet joints and the SI joint, before the nerves that pass them."""
    for upper, lower in pairwise([*LUMBAR, "S1"]):
        frame = spine.frames[upper]
        capsule, cleft = _capsule(upper, lower)
        art.add(JOINT, frame.path(capsule), f"facet-{upper}-{lower}")
        art.add(FIBRE, frame.path(cleft))
    s1 = spine.frames["S1"]
    x = SIZES["S1"].depth / 2
    # The ear-shaped joint surface on the side of the sacrum.
    ear = _smooth([(x + 19, -3), (x + 25, -6), (x + 29, -2), (x + 27, 8), (x + 25, 19),
                   (x + 21, 28), (x + 17, 26), (x + 20, 17), (x + 22, 7), (x + 19, 3)])
    art.add(JOINT, s1.path(ear), "si-joint")


def _side_roots(art: Artwork, spine: _SideSpine) -> None:
    """The lumbar and first sacral nerve roots: down from the cone among the fibres of the
    cauda equina, out through their foramen below the pedicle of their own vertebra."""
    lanes = {"L1": 0.18, "L2": 0.26, "L3": 0.34, "L4": 0.42, "L5": 0.5, "S1": 0.58}
    for index, level in enumerate([*LUMBAR, "S1"]):
        frame, size = spine.frames[level], SIZES[level]
        x0, h = size.depth / 2, size.height
        k = size.canal or 15
        # Each root arises from the cone and keeps its own lane among the others.
        begin = spine.centre["T12"] + 2 + 4 * index
        lane = lanes[level]
        exit_s = spine.centre[level] + (2 if level == "S1" else -0.15 * h)
        points = []
        for s in [*(begin + 6 * i for i in range(int((exit_s - begin) / 6))), exit_s]:
            f, sz = spine.frame(s), spine.size_at(s)
            canal = sz.canal if s < spine.centre["S1"] - 10 else 15
            points.append(f.map(sz.depth / 2 + canal * lane, 0))
        # The fibre among the others is drawing; the root as a region is where it leaves.
        art.add(ROOTLET, _tapered(points, 1.2, 1.2))
        if level == "S1":
            way = [frame.map(x0 + 0.3 * k, 0.05 * h), frame.map(x0 - 3, 0.3 * h),
                   frame.map(x0 - 0.2 * size.depth, 0.62 * h)]
            ganglion = way[0]
        else:
            below = SIZES[spine.below(level)]
            way = [frame.map(x0 + lane * k, 0.1 * h), frame.map(x0 + 0.24 * k, 0.32 * h),
                   frame.map(x0 - 0.04 * size.depth, h / 2 + size.disc * 0.55),
                   frame.map(x0 - 0.14 * size.depth, h / 2 + size.disc + 0.12 * below.height)]
            ganglion = way[1]
        root = _tapered([points[-2], points[-1], *way], 1.2, 3.2)
        gang = _ellipse(ganglion.x(), ganglion.y(), 3.4, 3.8)
        art.add(NERVE, root.united(gang).simplified(), f"nerve-root-{level}")


# ----- the whole spine from behind ---------------------------------------------------------

# Seen from behind: (body width, width across the articular processes, span of the
# transverse processes), in drawing units.
def _back_widths(level: str) -> tuple[float, float, float]:
    index = int(level[1:])
    if level[0] == "C":
        return 19 + 1.2 * index, 44 + 1.5 * index, 54 + 3 * index + (10 if level == "C7" else 0)
    if level[0] == "T":
        t = (index - 1) / 11
        return 27 + 13 * t, 34 - 4 * t, 82 - 30 * t
    return (46, 47, 49, 51, 52)[index - 1], (40, 41, 42, 44, 46)[index - 1], \
        (72, 84, 96, 92, 92)[index - 1]


# Sideways shift of the scoliotic spine (units; positive towards the viewer's right): a
# right thoracic and a left lumbar curve, the usual double major pattern, with the head
# and the pelvis in balance.
_SCOLIOSIS = [("C5", 0), ("T1", 3), ("T4", 30), ("T8", 62), ("T11", 30), ("L1", -14),
              ("L2", -32), ("L3", -36), ("L4", -24), ("L5", -8), ("S1", 0)]


class _BackSpine:
    def __init__(self, scoliotic: bool) -> None:
        self.centre: dict[str, float] = {}
        y = 40.0
        for level in [*LEVELS, "S1"]:
            self.centre[level] = y + SIZES[level].height / 2
            y += SIZES[level].height + SIZES[level].disc
        knots = [(self.centre[level], shift) for level, shift in _SCOLIOSIS]
        self._shift = knots if scoliotic else [(0, 0), (1, 0)]
        self.frames = {}
        for level, y in self.centre.items():
            slope = (self.shift(y + 3) - self.shift(y - 3)) / 6
            self.frames[level] = _Frame(QPointF(500 + self.shift(y), y), math.atan(slope))
        # How far each vertebra is turned about the long axis: most at the apex of a curve.
        self.turn = {level: self.shift(y) / 62 for level, y in self.centre.items()}

    def shift(self, y: float) -> float:
        return _hermite(self._shift, y)


def _back_arch(level: str, below: str | None) -> tuple[list[Point], QPainterPath]:
    """A vertebra from behind: laminae with the articular processes, as a right half from
    the top of the midline, and the transverse processes. The inferior articular process
    hangs down into a notch of the vertebra below, beside its superior one."""
    size = SIZES[level]
    h, d = size.height, size.disc
    _body, joints, span = _back_widths(level)
    low = SIZES[below].height if below else h
    a = joints / 2
    tip = h / 2 + d + 0.2 * low  # how far the inferior process reaches down
    if level[0] == "L":
        half: list[Point] = [
            (0, -0.24 * h), (0.2 * a, -0.22 * h), (0.85 * a, -0.17 * h, 0),
            (0.9 * a, -h / 2 - 0.12 * h), (0.98 * a, -h / 2 - 0.3 * h),
            (1.12 * a, -h / 2 - 0.28 * h), (1.22 * a, -h / 2 - 0.12 * h),
            (1.2 * a, -0.3 * h), (0.97 * a, 0.08 * h), (0.86 * a, 0.42 * h),
            (0.82 * a, tip - 4), (0.72 * a, tip), (0.56 * a, tip - 2.5),
            (0.5 * a, h / 2 + 0.2 * d), (0.3 * a, 0.48 * h), (0, 0.52 * h)]
        lift = -0.04 * span if level == "L5" else 0
        transverse = _smooth(_mirrored([
            (1.1 * a, -0.36 * h), (span / 2 - 4, -0.3 * h + lift), (span / 2, -0.2 * h + lift),
            (span / 2 - 3, -0.08 * h + lift), (1.1 * a, -0.02 * h)], 0))
        return half, transverse
    if level[0] == "T":
        half = [
            (0, -0.3 * h), (0.3 * a, -0.3 * h), (0.36 * a, -0.16 * h, 0), (0.88 * a, -0.16 * h),
            (a, -0.36 * h), (1.08 * a, -0.1 * h), (a, 0.35 * h), (0.92 * a, h / 2 + 0.5 * d),
            (0.85 * a, tip - 1.5), (0.7 * a, tip), (0.5 * a, tip - 2), (0.42 * a, h / 2),
            (0.25 * a, 0.5 * h), (0, 0.56 * h)]
        transverse = _smooth(_mirrored([
            (0.95 * a, -0.42 * h), (span / 2 - 5, -0.5 * h), (span / 2, -0.36 * h),
            (span / 2 - 2, -0.1 * h), (span / 2 - 7, -0.06 * h), (0.95 * a, 0.08 * h)], 0))
        return half, transverse
    # The neck: broad articular pillars, one on the other, and thin laminae between them.
    half = [(0, -0.25 * h), (0.45 * a, -0.28 * h), (0.68 * a, -0.4 * h),
            (0.72 * a, -h / 2 - d * 0.45), (a, -h / 2 - d * 0.5), (1.04 * a, -0.05 * h),
            (a, h / 2 + d * 0.35), (0.72 * a, h / 2 + d * 0.4), (0.66 * a, 0.45 * h),
            (0.45 * a, 0.38 * h), (0, 0.42 * h)]
    transverse = _smooth(_mirrored([
        (0.98 * a, -0.3 * h), (span / 2 - 2, -0.32 * h), (span / 2, -0.08 * h),
        (span / 2 - 3, 0.16 * h), (0.98 * a, 0.12 * h)], 0))
    return half, transverse


def _back_spinous(level: str, below: str | None) -> QPainterPath:
    """The spinous process from behind: long and pointing down in the chest, a short broad
    plate in the lower back, two small knobs in the neck."""
    size = SIZES[level]
    h, d = size.height, size.disc
    low = SIZES[below].height if below else h
    if level[0] == "L":
        return _smooth(_mirrored([(0, -0.22 * h), (4.5, -0.2 * h), (6, 0.15 * h),
                                  (5.5, 0.55 * h), (2.5, 0.66 * h)], 0))
    if level[0] == "T":
        reach = h / 2 + d + {"T1": 0.05, "T2": 0.15, "T11": -0.2, "T12": -0.3}.get(
            level, 0.3) * low
        return _smooth(_mirrored([(0, -0.28 * h), (4.5, -0.24 * h), (4, 0.3 * h),
                                  (2.8, reach - 3), (0.5, reach)], 0))
    if level in ("C7", "C2"):
        return _smooth(_mirrored([(0, -0.3 * h), (5, -0.2 * h), (5.5, 0.35 * h),
                                  (4.5, h * 0.62), (0.5, h * 0.68)], 0))
    return _smooth(_mirrored([(0, -0.25 * h), (3.5, -0.15 * h), (4.5, 0.3 * h), (4.5, 0.55 * h),
                              (2.5, 0.62 * h), (0.6, 0.48 * h)], 0))


@_built_once
def back_view(scoliotic: bool = False) -> Artwork:
    """The spine seen from behind: straight, or with a scoliotic S-curve whose vertebrae
    tilt along the curve and turn about the long axis."""
    art = Artwork()
    spine = _BackSpine(scoliotic)
    # The two curves as bands along the spine, meeting at the disc between T12 and L1.
    for region, y0, y1 in (
            ("curve-thoracic", spine.centre["T2"] - 14, spine.centre["T12"] + 19),
            ("curve-lumbar", spine.centre["T12"] + 19, spine.centre["L5"] + 16)):
        left, right = [], []
        for i in range(25):
            y = y0 + (y1 - y0) * i / 24
            x = 500 + spine.shift(y)
            left.append((x - 59, y))
            right.append((x + 59, y))
        # Rounded at the outer ends, square where the two bands meet.
        if region == "curve-thoracic":
            left[-1], right[-1] = (*left[-1], 0), (*right[-1], 0)
            end = (500 + spine.shift(y0 - 30), y0 - 30)
            band = [end, *left, *reversed(right)]
        else:
            left[0], right[0] = (*left[0], 0), (*right[0], 0)
            end = (500 + spine.shift(y1 + 30), y1 + 30)
            band = [*left, end, *reversed(right)]
        art.add(CURVE, _smooth(band), region)
    _back_pelvis(art, spine)
    levels = [*LEVELS]
    bodies: dict[str, QPainterPath] = {}
    arches: dict[str, QPainterPath] = {}
    spines: dict[str, QPainterPath] = {}
    for index, level in enumerate(levels[1:], start=1):
        below = levels[index + 1] if index + 1 < len(levels) else None
        frame, size = spine.frames[level], SIZES[level]
        body_width = _back_widths(level)[0]
        bodies[level] = frame.path(_back_body(body_width, size.height))
        half, transverse = _back_arch(level, below)
        # Turned about the long axis: the arch and spinous process move towards the
        # concave side of the curve.
        move = QTransform.fromTranslate(-spine.turn[level] * 0.14 * body_width, 0)
        arches[level] = frame.path(move.map(_smooth(_mirrored(half, 0)).united(transverse)))
        spines[level] = frame.path(move.map(_back_spinous(level, below)))
    # A chest spinous process lies over the lamina of the vertebra below: that one gives
    # way, so that each point of the picture belongs to one vertebra.
    for upper, lower in pairwise(levels[1:]):
        arches[lower] = arches[lower].subtracted(_stroke(spines[upper], 2.4).united(
            spines[upper])).simplified()
    flavum = _back_flavum(spine)
    for upper, lower in pairwise(levels[1:]):
        if upper[0] == "C":
            continue  # hidden behind the broad pillars of the neck
        covered = arches[upper].united(arches[lower]).united(spines[upper]).united(flavum)
        # Seen from behind, only slivers of the discs show beside the arches: drawing.
        art.add(DISC, _back_disc(spine, upper, lower).subtracted(covered))
    for level in levels[1:]:
        art.add(BONE, bodies[level].subtracted(flavum), f"vertebra-{level}")
    art.add(LIGAMENT, flavum)
    for level in levels[1:]:
        art.add(BONE, arches[level], f"vertebra-{level}")
        art.add(BONE, spines[level], f"vertebra-{level}")
    _atlas_from_behind(art, spine)
    _back_sacrum(art, spine)
    for level in LEVELS:
        frame = spine.frames[level]
        art.labels.append(Label(level, QPointF(0, frame.origin.y()), frame.origin,
                                 _level_rank(level)))
    art.labels.append(Label("S1", QPointF(0, spine.frames["S1"].origin.y()),
                            spine.frames["S1"].origin, 0))
    _place_label_column(art)
    art.settle()
    return art


def _back_flavum(spine: _BackSpine) -> QPainterPath:
    """The yellow ligaments, seen in the gaps between the laminae."""
    left, right = [], []
    for level in [*LEVELS[1:], "S1"]:
        frame = spine.frames[level]
        a = _back_widths(level if level != "S1" else "L5")[1] / 2 * (
            0.7 if level[0] == "C" else 0.9)
        h = SIZES[level].height
        for y in ((-h / 2, h / 2) if level != "S1" else (-h / 2,)):
            left.append(_xy(frame.map(-a, y)))
            right.append(_xy(frame.map(a, y)))
    return _smooth([*left, *reversed(right)])


def _back_body(width: float, height: float) -> QPainterPath:
    w, h = width / 2, height / 2
    return _smooth([(-w + 2, -h, 0), (w - 2, -h, 0), (w, -h + 2), (w - 1.5, 0), (w, h - 2),
                    (w - 2, h, 0), (-w + 2, h, 0), (-w, h - 2), (-w + 1.5, 0), (-w, -h + 2)])


def _back_disc(spine: _BackSpine, upper: str, lower: str) -> QPainterPath:
    a, b = spine.frames[upper], spine.frames[lower]
    wa, wb = _back_widths(upper)[0] / 2, _back_widths(lower)[0] / 2
    ha, hb = SIZES[upper].height / 2, SIZES[lower].height / 2
    mid = (a.map(0, ha) + b.map(0, -hb)) * 0.5
    bulge = (wa + wb) / 2 + 1.5
    frame = _Frame(mid, (a.angle + b.angle) / 2)
    return _smooth([(*_xy(a.map(-wa + 1, ha - 1)), 0), (*_xy(a.map(wa - 1, ha - 1)), 0),
                    _xy(frame.map(bulge, 0)), (*_xy(b.map(wb - 1, -hb + 1)), 0),
                    (*_xy(b.map(-wb + 1, -hb + 1)), 0), _xy(frame.map(-bulge, 0))])


def _atlas_from_behind(art: Artwork, spine: _BackSpine) -> None:
    frame = spine.frames["C1"]
    h = SIZES["C1"].height
    ring = _smooth(_mirrored([(0, -0.1 * h), (8, -0.25 * h), (20, -0.6 * h), (27, -0.7 * h),
                              (36, -0.4 * h), (38, 0.2 * h), (30, 0.5 * h), (22, 0.55 * h),
                              (10, 0.35 * h), (0, 0.45 * h)], 0))
    art.add(BONE, frame.path(ring), "vertebra-C1")


def _back_sacrum(art: Artwork, spine: _BackSpine) -> None:
    """The sacrum from behind between the hip bones, with its SI joints and the coccyx."""
    frame = spine.frames["S1"]
    top = -SIZES["S1"].height / 2
    half: list[Point] = [(0, top + 6), (12, top + 4), (17, top - 8), (22, top - 13),
                         (28, top - 6), (44, top - 2), (60, top + 2), (66, top + 10),
                         (62, top + 30), (56, top + 55), (40, top + 80), (22, top + 104),
                         (12, top + 118), (0, top + 121)]
    art.add(BONE, frame.outline(_mirrored(half, 0)), "sacrum")
    for i in range(4):
        y = top + 24 + i * 24
        x = 21 - 2.5 * i
        for side in (-1, 1):
            art.add(FAR, frame.path(_ellipse(side * x, y, 4.5 - 0.4 * i, 5.5 - 0.4 * i)))
        art.add(BONE, frame.path(_ellipse(0, y - 8, 3.2 - 0.3 * i, 6 - 0.5 * i)), "sacrum")
    # The opening at the lower end of the sacral canal.
    art.add(FAR, frame.outline([(-6, top + 113, 0), (-5, top + 104), (0, top + 100),
                                (5, top + 104), (6, top + 113, 0)]))
    for side in (-1, 1):
        joint = [(side * 61, top + 4), (side * 68, top + 8), (side * 66, top + 32),
                 (side * 59, top + 58), (side * 54, top + 56), (side * 60, top + 30),
                 (side * 61, top + 10)]
        art.add(JOINT, frame.outline(joint), "si-joint")
    tip = frame.map(0, top + 121)
    coccyx = QPainterPath()
    y = tip.y() + 2
    for width, height in ((22, 10), (15, 8), (10, 7), (6, 6)):
        coccyx = coccyx.united(_Frame(QPointF(tip.x(), y + height / 2), 0).path(
            _back_body(width, height)))
        y += height + 1.2
    art.add(BONE, coccyx, "coccyx")


def _back_pelvis(art: Artwork, spine: _BackSpine) -> None:
    """A hint of the hip bones beside the sacrum, up to the iliac crests."""
    frame = spine.frames["S1"]
    top = -SIZES["S1"].height / 2
    for side in (-1, 1):
        wing = [(62, top + 4), (70, top - 4), (73, top - 14), (82, top - 36), (98, top - 54),
                (122, top - 64), (148, top - 63), (167, top - 52), (177, top - 32),
                (174, top - 6), (162, top + 22), (146, top + 46), (128, top + 54),
                (110, top + 48), (94, top + 58), (78, top + 74), (64, top + 68),
                (60, top + 56), (64, top + 30)]
        outline = frame.outline([(side * x, y) for x, y in wing])
        art.add(SPONGY, outline)
        art.add(RIDGE, outline)


def _place_label_column(art: Artwork) -> None:
    """Put the level names in one column left of the drawing; leader lines point to the
    left edge of each vertebra."""
    bones = [part for part in art.parts if part.material not in (CURVE, *LINES)]
    left = min(part.path.boundingRect().left() for part in bones)
    column = left - 14
    for label in art.labels:
        region = "sacrum" if label.text == "S1" else f"vertebra-{label.text}"
        y = label.anchor.y()
        row = QPainterPath()
        row.addRect(QRectF(0, y - 0.5, 1000, 1))
        edge = None
        for part in art.parts:
            if part.region == region:
                hit = part.path.intersected(row).boundingRect()
                if not hit.isEmpty():
                    edge = hit.left() if edge is None else min(edge, hit.left())
        label.anchor = QPointF(column, y)
        label.target = QPointF(edge - 3, y) if edge is not None else None


# ----- the lower back from above ---------------------------------------------------------

# Looking down on the disc between L4 and L5 (front of the body at the top, about 7 units
# to a millimetre): the disc on the body of L5, behind it the canal with the dural sac and
# the nerve roots; the pedicles, superior articular and transverse processes of L5; the
# inferior articular processes, laminae and spinous process of L4, cut; between them the
# facet joints.
_MIRROR = QTransform(-1, 0, 0, 1, 1000, 0)


def _both(path: QPainterPath) -> QPainterPath:
    """A right-hand part and its mirror image on the left."""
    return path.united(_MIRROR.map(path))


def _between(healthy: Sequence[Point], affected: Sequence[Point], t: float) -> list[Point]:
    """The outline ``t`` of the way from its healthy to its affected shape."""
    return [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, *a[2:])
            for a, b in zip(healthy, affected, strict=True)]


# Right halves (x ≥ 500), healthy and narrowed (stenosis).
_DISC = ([(500, 250), (586, 255), (646, 280), (680, 330), (683, 395), (664, 448), (626, 480),
          (580, 488), (540, 476), (500, 468)],
         [(500, 250), (586, 255), (646, 280), (680, 330), (683, 395), (666, 450), (628, 484),
          (584, 500), (544, 497), (500, 495)])
_SAC = ([(500, 474), (552, 480), (578, 504), (574, 540), (544, 568), (500, 580)],
        [(500, 502), (528, 502), (546, 514), (536, 534), (516, 548), (500, 552)])
_FLAVUM = ([(602, 544), (586, 578), (549, 601), (500, 611), (500, 592), (540, 584),
            (570, 565), (590, 538)],
           [(602, 544), (586, 578), (549, 601), (500, 611), (500, 570), (526, 562),
            (552, 544), (572, 516)])
_SAP = ([(604, 500), (648, 492), (688, 512), (706, 556), (692, 604), (664, 616), (648, 598),
         (632, 570), (616, 536)],
        [(592, 494), (650, 482), (698, 504), (722, 556), (706, 618), (670, 634), (644, 608),
         (620, 574), (600, 534)])
_JOINT = ([(611, 522), (623, 546), (639, 573), (656, 600), (671, 619), (663, 627), (645, 605),
           (628, 578), (613, 552), (603, 530)],
          [(597, 516), (611, 544), (629, 576), (651, 608), (673, 633), (663, 643), (640, 615),
           (620, 585), (604, 557), (590, 530)])
# Cut arch of L4: lamina front at the midline, its inferior articular process, lamina back,
# spinous process.
_ARCH = ([(500, 610, 0), (548, 602), (580, 582), (597, 556), (604, 548), (617, 572),
          (635, 600), (654, 624), (662, 640), (646, 653), (622, 641), (598, 624), (574, 614),
          (550, 632), (531, 652), (524, 700), (521, 782), (516, 818), (500, 832, 0)],
         [(500, 610, 0), (548, 602), (580, 582), (590, 550), (594, 540), (606, 566),
          (626, 600), (650, 632), (666, 654), (646, 670), (616, 656), (592, 636),
          (570, 626), (548, 640), (531, 656), (524, 704), (521, 782), (516, 818),
          (500, 832, 0)])


def _axial(art: Artwork, herniated: bool = False, narrowed: bool = False,
           rings: bool = True) -> None:
    t = 1.0 if narrowed else 0.0
    disc = _smooth(_mirrored(_between(*_DISC, t)))
    flavum = _both(_smooth(_between(*_FLAVUM, t)))
    pedicle = _smooth([(598, 456), (642, 450), (672, 480), (680, 520), (646, 512), (606, 504)])
    transverse = _smooth([(684, 514), (756, 508), (808, 520), (815, 546), (784, 562),
                          (700, 568)])
    l5 = _both(pedicle.united(transverse).united(_smooth(_between(*_SAP, t))))
    arch = _smooth(_mirrored(_between(*_ARCH, t), 500))
    joints = _both(_smooth(_between(*_JOINT, t)))
    # The canal is the space the bones, the disc and the ligaments leave free.
    canal = _smooth(_mirrored([(500, 440, 0), (592, 448, 0), (602, 486), (604, 522),
                               (592, 556), (556, 590), (500, 602)]))
    for wall in (flavum, disc, l5, arch, joints):
        canal = canal.subtracted(wall)
    art.add(CANAL, canal, "canal-L4")
    sac_right = _between(*_SAC, t)
    if herniated:
        # Pushed in from the right by the herniation.
        sac_right = [(500, 474), (536, 478), (552, 496), (560, 530), (540, 566), (500, 580)]
    sac_left = [(1000 - p[0], p[1]) for p in _between(*_SAC, t)]
    art.add(SAC, _smooth([*sac_right, *reversed(sac_left[1:-1])]))
    dots = ([(0, 568), (22, 565), (42, 556), (56, 542), (11, 549), (32, 544), (48, 528),
             (0, 534), (22, 528)] if not narrowed else
            [(0, 540), (11, 538), (22, 532), (30, 522), (5, 529), (16, 524), (0, 518),
             (10, 511), (22, 512)])
    radius = 6.5 if not narrowed else 4.8
    for dx, y in dots:
        for x in {500 + dx, 500 - dx}:
            if herniated and x > 540 and y < 540:
                continue
            art.add(NERVE, _ellipse(x, y, radius, radius))
    s1 = (548, 494, 9) if not narrowed else (526, 508, 6)
    right_s1 = (536, 500, 8) if herniated else s1
    art.add(NERVE, _ellipse(*right_s1[:2], right_s1[2], right_s1[2]).united(
        _MIRROR.map(_ellipse(*s1[:2], s1[2], s1[2]))), "nerve-root-S1")
    # The bones of L5, seen from above beyond the disc: the contour of each superior
    # articular process stands out against its pedicle and transverse process.
    art.add(FAR, l5, "vertebra-L5")
    art.add(RIDGE, _both(_smooth(_between(*_SAP, t))))
    art.add(DISC, disc, "disc-L4-L5")
    _disc_inside(art, herniated, rings)
    art.add(BONE, arch, "vertebra-L4")
    art.add(SPONGY, _inset(arch, 5))
    art.add(LIGAMENT, flavum)
    art.add(JOINT, joints, "facet-L4-L5")
    if narrowed:
        # Bony spurs at the worn joints reach into the side pockets of the canal.
        for (x, y, dx, dy), region in (((598, 500, -26, 10), "vertebra-L5"),
                                       ((590, 542, -22, -2), "vertebra-L4"),
                                       ((664, 652, 18, 18), "vertebra-L4")):
            spur = _both(_smooth([(x, y - 8), (x + dx, y + dy), (x, y + 8)]))
            art.add(BONE, spur, region)
    _axial_roots(art, herniated, narrowed)
    art.labels.append(Label("L4–L5", QPointF(300, 300), rank=0))


def _disc_inside(art: Artwork, herniated: bool, rings: bool) -> None:
    """The rings of the annulus around the soft nucleus; a herniation pushes the nucleus
    backwards through a tear in the rings."""
    centre = QPointF(500, 372)
    outline = [QPointF(x, y) for x, y in _mirrored(_DISC[0])]
    tear = (math.radians(40), math.radians(66))  # back and to the right, seen from above

    def torn(point: QPointF) -> bool:
        angle = math.atan2(point.y() - centre.y(), point.x() - centre.x())
        return herniated and tear[0] < angle < tear[1]

    if rings:
        for scale in (0.88, 0.77, 0.66, 0.56):
            ring = [centre + (p - centre) * scale for p in outline]
            # Points along the ring, dense enough to leave a clean gap at a tear.
            dense = _smooth([(p.x(), p.y()) for p in ring])
            samples = [dense.pointAtPercent(i / 160) for i in range(161)]
            runs: list[list[QPointF]] = [[]]
            for point in samples:
                if torn(point):
                    if runs[-1]:
                        runs.append([])
                else:
                    runs[-1].append(point)
            if herniated and len(runs) > 1 and runs[0] and runs[-1]:
                runs[0] = runs[-1] + runs[0]
                runs.pop()
            for run in runs:
                if len(run) > 1:
                    art.add(FIBRE, _smooth([(p.x(), p.y()) for p in [*run[::4], run[-1]]],
                                           closed=False))
    nucleus = _smooth(_mirrored([(500, 330), (548, 336), (576, 362), (570, 400), (532, 420),
                                 (500, 422)]))
    if herniated:
        tongue = _smooth([(522, 404), (556, 414), (584, 444), (602, 478), (622, 500),
                          (628, 526), (606, 536), (582, 524), (566, 496), (544, 460),
                          (516, 428)])
        art.add(NUCLEUS, nucleus.united(tongue).simplified(), "disc-L4-L5")
    else:
        art.add(NUCLEUS, nucleus)


def _axial_roots(art: Artwork, herniated: bool, narrowed: bool) -> None:
    """L5 in the side pockets of the canal, L4 in the foramina with its ganglion."""
    ganglion = QTransform().translate(702, 478).rotate(-22)
    exiting = ganglion.map(_smooth([(-28, 0), (-12, -16), (14, -16), (30, -7), (76, -7),
                                    (78, 6), (30, 8), (14, 17), (-12, 17)]))
    art.add(NERVE, _both(exiting), "nerve-root-L4")
    left = _MIRROR.map(_ellipse(584, 502, 15, 15))
    if narrowed:
        art.add(INFLAMED, _both(_ellipse(566, 512, 12, 8)), "nerve-root-L5")
    elif herniated:
        art.add(NERVE, left, "nerve-root-L5")
        pressed = QTransform().translate(626, 505).rotate(60).map(_ellipse(0, 0, 15, 9))
        art.add(INFLAMED, pressed, "nerve-root-L5")
    else:
        art.add(NERVE, _both(_ellipse(584, 502, 15, 15)), "nerve-root-L5")


@_built_once
def disc_view(herniated: bool = False) -> Artwork:
    """The L4–L5 disc from above: rings of the annulus around the nucleus; beside it the
    same disc from the side, cut through the middle."""
    art = Artwork()
    _axial(art, herniated=herniated)
    _from_the_side(art, herniated=herniated)
    art.settle()
    return art


def _from_the_side(art: Artwork, herniated: bool = False, narrowed: bool = False) -> None:
    """L4 and L5 cut through the middle, front on the left, in a frame beside the arch: the
    nucleus inside the disc, or pushed backwards through the annulus against the nerves;
    or the canal narrowed between a bulging disc and a thick yellow ligament."""
    spine = _SideSpine()
    disc = spine.frame(spine.disc_s("L4"))
    zoom = 2.0
    centre = QPointF(642, 790)
    world = QTransform().translate(centre.x(), centre.y()).scale(zoom, zoom).rotate(
        math.degrees(disc.angle)).translate(-disc.origin.x(), -disc.origin.y())
    frames = {level: _Frame(world.map(spine.frames[level].origin),
                            spine.frames[level].angle - disc.angle) for level in ("L4", "L5")}
    enlarge = QTransform.fromScale(zoom, zoom)

    def place(level: str, path: QPainterPath) -> QPainterPath:
        return frames[level].path(enlarge.map(path))

    box = QPainterPath()
    box.addRoundedRect(QRectF(578, 690, 246, 200), 14, 14)
    art.add(RIDGE, box)
    size = SIZES["L4"]
    x0 = centre.x() + zoom * size.depth / 2  # the back of the bodies
    back = x0 + zoom * size.canal  # the front of the laminae
    top = frames["L4"].map(0, -zoom * size.height / 2 - 6).y()
    bottom = frames["L5"].map(0, zoom * SIZES["L5"].height / 2 + 6).y()
    y = centre.y()
    # The yellow ligament between the laminae: thin, or thick and buckled into the canal.
    upper = frames["L4"].map(zoom * (size.depth / 2 + size.canal), zoom * 0.42 * size.height).y()
    lower = frames["L5"].map(zoom * (size.depth / 2 + size.canal),
                             -zoom * 0.25 * SIZES["L5"].height).y()
    reach = 18 if narrowed else 4
    flavum = _smooth([(back + 3, upper - 3, 0), (back - 4, upper), (back - reach, y),
                      (back - 4, lower), (back + 3, lower + 3, 0)])
    canal = QPainterPath()
    canal.addRect(QRectF(x0 - 4, top, back - x0 + 6, bottom - top))
    walls = [flavum, world.map(_disc_outline(spine, "L4", "L5"))]
    for level in ("L4", "L5"):
        sz = SIZES[level]
        walls += [place(level, _body_outline(sz.depth, sz.height)),
                  place(level, _smooth(_spinous(level, sz)))]
    for wall in walls:
        canal = canal.subtracted(wall)
    art.add(CANAL, canal, "canal-L4")
    front_in, back_in = (14, 21) if narrowed else (4, 30)
    art.add(SAC, _smooth([(x0 + 4, top, 0), (x0 + 4, y - 28), (x0 + front_in, y),
                          (x0 + 4, y + 28), (x0 + 4, bottom, 0), (x0 + 30, bottom, 0),
                          (x0 + 30, y + 26), (x0 + back_in, y), (x0 + 30, y - 26),
                          (x0 + 30, top, 0)]))
    lanes = ((10, 15.5), (17, 17.5), (24, 19.5)) if narrowed else ((10, 10), (17, 17), (24, 24))
    for lane, squeezed in lanes:
        art.add(ROOTLET, _stroke(_smooth([(x0 + lane, top + 2), (x0 + lane, y - 30),
                                          (x0 + squeezed, y), (x0 + lane, y + 30),
                                          (x0 + lane, bottom - 2)], closed=False), 3.2))
    for level in ("L4", "L5"):
        sz = SIZES[level]
        art.add(BONE, place(level, _body_outline(sz.depth, sz.height)), f"vertebra-{level}")
        art.add(SPONGY, place(level, _body_outline(sz.depth - 2.8, sz.height - 4)))
        arch = place(level, _smooth(_spinous(level, sz)))
        art.add(BONE, arch, f"vertebra-{level}")
        art.add(SPONGY, _inset(arch, 2.6))
    art.add(LIGAMENT, flavum)
    outline = world.map(_disc_outline(spine, "L4", "L5"))
    if narrowed:
        # A worn disc bulges backwards all along its width.
        outline = outline.united(_smooth([(x0 - 6, y - 11), (x0 + 6, y - 7), (x0 + 11, y),
                                          (x0 + 6, y + 7), (x0 - 6, y + 11)]))
    art.add(DISC, outline, "disc-L4-L5")
    depth, high = size.depth, size.disc
    nucleus = [(-depth * 0.14, -high * 0.12), (0, -high * 0.3), (depth * 0.2, -high * 0.26),
               (depth * 0.27, 0), (depth * 0.2, high * 0.28), (0, high * 0.3),
               (-depth * 0.14, high * 0.12)]
    if herniated:
        nucleus[2:5] = [(depth * 0.22, -high * 0.24), (depth * 0.44, -high * 0.16),
                        (depth * 0.58, -high * 0.36), (depth * 0.66, 0),
                        (depth * 0.58, high * 0.38), (depth * 0.44, high * 0.16),
                        (depth * 0.2, high * 0.26)]
        art.add(NUCLEUS, world.map(disc.path(_smooth(nucleus))), "disc-L4-L5")
        root = _smooth([(depth * 0.71, -high * 0.95), (depth * 0.77, -high * 0.2),
                        (depth * 0.75, high * 0.85), (depth * 0.69, high * 0.85),
                        (depth * 0.7, -high * 0.2), (depth * 0.66, -high * 0.95)])
        # The nerves pressed against the back of the canal, seen side-on among the others.
        art.add(INFLAMED, world.map(disc.path(root)))
    else:
        art.add(NUCLEUS, world.map(disc.path(_smooth(nucleus))))


@_built_once
def canal_view(narrowed: bool = False) -> Artwork:
    """The spinal canal at L4–L5 from above and from the side: roomy, or narrowed by a
    bulging disc, worn facet joints and a thickened yellow ligament (stenosis)."""
    art = Artwork()
    _axial(art, narrowed=narrowed, rings=False)
    _from_the_side(art, narrowed=narrowed)
    art.settle()
    return art


# ----- the lower back from the side, enlarged ---------------------------------------------

def _lateral_arch(level: str, below: str) -> list[Point]:
    """A lumbar vertebra's pedicle and articular processes seen from the outside, in its
    own coordinates: the pedicle roofs the foramen, the superior process rises in front of
    the joint, the inferior process hangs down behind it."""
    size, low = SIZES[level], SIZES[below]
    x0, h, d = size.depth / 2, size.height, size.disc
    joint = x0 + 0.86 * size.canal  # line of the joint below, as in the side view
    up = -h / 2 - 0.55 * SIZES["L4"].disc
    tip = h / 2 + d + 0.12 * low.height
    return [
        (x0 - 1.5, -0.47 * h, 0), (x0 + 5, -0.46 * h), (x0 + 8.5, -0.5 * h),
        (x0 + 10, up + 4), (x0 + 13, up), (joint - 2.5, up + 0.5), (joint - 1, up + 4, 0),
        (joint - 1, -0.44 * h, 0), (joint + 2.5, -0.47 * h), (joint + 3.5, -0.3 * h),
        (joint + 2.8, 0.05 * h), (joint + 5, 0.5 * h), (joint + 5.2, tip - 5),
        (joint + 3, tip), (joint + 1, tip - 3, 0), (joint + 1, 0.5 * h, 0),
        (joint - 2.5, 0.2 * h), (x0 + 12, -0.04 * h), (x0 + 7, -0.09 * h),
        (x0 - 1.5, -0.06 * h, 0)]


@_built_once
def facet_view(worn: bool = False) -> Artwork:
    """L4, L5 and the top of the sacrum from the outside, five times the size of the whole
    spine: the facet joints behind the foramina where the nerve roots leave. Worn joints
    are swollen, with a narrow joint space and bony spurs."""
    art = Artwork()
    spine = _SideSpine()
    centre = (spine.frames["L4"].origin * 0.6 + spine.frames["S1"].origin * 0.4)
    # Turned so that L4–L5 stands upright, as on a textbook plate.
    upright = (spine.frames["L4"].angle + spine.frames["L5"].angle) / 2
    zoom = QTransform().translate(500, 500).scale(5, 5).rotate(math.degrees(upright)).translate(
        -centre.x(), -centre.y())
    frames = {level: _Frame(zoom.map(spine.frames[level].origin),
                            spine.frames[level].angle - upright)
              for level in ("L4", "L5", "S1")}
    five = QTransform.fromScale(5, 5)

    def place(level: str, path: QPainterPath) -> QPainterPath:
        return frames[level].path(five.map(path))

    levels = ("L4", "L5")
    # Through the foramina one sees the dural sac inside the canal.
    behind = []
    for level, y0, y1 in (("L4", -0.44, 0.5), ("L5", -0.5, 0.5), ("S1", -0.5, -0.3)):
        size = SIZES[level]
        for y in (y0 * size.height, y1 * size.height):
            behind.append((level, size.depth / 2 - 2, y))
    front = [_xy(place(level, _ellipse(x, y, 0.01, 0.01)).boundingRect().center())
             for level, x, y in behind]
    back = [_xy(place(level, _ellipse(x + 21, y, 0.01, 0.01)).boundingRect().center())
            for level, x, y in behind]
    art.add(SAC, _smooth([(*front[0], 0), *front[1:-1], (*front[-1], 0), (*back[-1], 0),
                          *reversed(back[1:-1]), (*back[0], 0)]))
    for level in levels:
        art.add(BONE, place(level, _smooth(_spinous(level, SIZES[level]))), f"vertebra-{level}")
    _facet_sacrum(art, frames["S1"], five)
    discs = {upper: zoom.map(_disc_outline(spine, upper, lower))
             for upper, lower in (("L4", "L5"), ("L5", "S1"))}
    for level in levels:
        size = SIZES[level]
        body = place(level, _body_outline(size.depth, size.height))
        if worn:
            # Spurs grow from the front rims of the bodies, beside the worn discs.
            w, h = size.depth / 2, size.height / 2
            for side in (1, -1):
                spur = _smooth([(-w + 1.5, side * (h - 5)), (-w - 3.2, side * (h + 0.4)),
                                (-w - 1.6, side * (h + 2.2)), (-w + 2.5, side * (h - 1))])
                body = body.united(place(level, spur))
            for disc in discs.values():
                body = body.subtracted(disc)
        art.add(BONE, body, f"vertebra-{level}")
    for upper, lower in (("L4", "L5"), ("L5", "S1")):
        art.add(DISC, discs[upper], f"disc-{upper}-{lower}")
        _annulus_fibres(art, spine, zoom, upper, lower)
    spurs: dict[str, QPainterPath] = {}
    if worn:
        # Spurs at the margins of the worn facet joints.
        for upper, lower in (("L4", "L5"), ("L5", "S1")):
            size = SIZES[upper]
            joint = size.depth / 2 + 0.86 * size.canal + 0.65
            top, bottom = size.height / 2 - 3, size.height / 2 + size.disc + 4.5
            for x, y, dx, dy, owner in ((joint - 2, top + 1, -4.2, -1.8, upper),
                                        (joint + 2.5, bottom - 1.5, 4.4, 2, upper),
                                        (joint - 2, bottom - 3, -4.4, 1.6, lower)):
                spur = place(upper, _smooth([(x + 1, y - 1.6), (x + dx, y + dy),
                                             (x + 1, y + 1.6)]))
                spurs[owner] = spurs.get(owner, QPainterPath()).united(spur)
    for index, level in enumerate(levels):
        below = ("L5", "S1")[index]
        arch = place(level, _smooth(_lateral_arch(level, below)))
        if level in spurs:
            arch = arch.united(spurs[level])
        art.add(BONE, arch, f"vertebra-{level}")
    if "S1" in spurs:
        art.add(BONE, spurs["S1"], "sacrum")
    for upper, lower in (("L4", "L5"), ("L5", "S1")):
        capsule, cleft = _capsule(upper, lower, 1.0 if worn else 0.0)
        art.add(INFLAMED if worn else JOINT, place(upper, capsule), f"facet-{upper}-{lower}")
        art.add(FIBRE, place(upper, cleft))
    for level in levels:
        size, below = SIZES[level], SIZES[spine.below(level)]
        x0, k, h = size.depth / 2, size.canal, size.height
        # Out under the pedicle, then steeply down and forwards along the side of the disc.
        way = [(x0 + 0.62 * k, -0.02 * h), (x0 + 0.38 * k, 0.15 * h), (x0 + 0.05 * k, 0.4 * h),
               (x0 - 0.14 * size.depth, h / 2 + size.disc * 0.8),
               (x0 - 0.3 * size.depth, h / 2 + size.disc + 0.55 * below.height)]
        points = [frames[level].map(5 * x, 5 * y) for x, y in way]
        root = _tapered(points, 20, 15)
        ganglion = frames[level].map(5 * (x0 + 0.3 * k), 5 * 0.24 * h)
        root = root.united(frames[level].path(QTransform().rotate(-35).map(
            _ellipse(0, 0, 24, 15))).translated(ganglion - frames[level].origin)).simplified()
        art.add(NERVE, root, f"nerve-root-{level}")
    for level in (*levels, "S1"):
        size = SIZES[level]
        anchor = frames[level].map(5 * (-size.depth / 2 - 6), 0)
        art.labels.append(Label(level, anchor, rank=0))
    art.settle()
    return art


def _annulus_fibres(art: Artwork, spine: _SideSpine, zoom: QTransform, upper: str,
                    lower: str) -> None:
    """The outer fibres of the annulus, running at a slant from one vertebra to the next."""
    a, b = spine.frames[upper], spine.frames[lower]
    sa, sb = SIZES[upper], SIZES[lower]
    for i in range(1, 10):
        u = i / 10
        top = a.map(-sa.depth / 2 + sa.depth * (u - 0.04), sa.height / 2 + 0.3)
        low = b.map(-sb.depth / 2 + sb.depth * (u + 0.04), -sb.height / 2 - 0.3)
        if lower == "S1" and u < 0.2:
            continue
        art.add(FIBRE, zoom.map(_smooth([_xy(top), _xy(low)], closed=False)))


def _facet_sacrum(art: Artwork, frame: _Frame, five: QTransform) -> None:
    """The top of the sacrum from the side: the body of S1 and its superior articular
    process, broken off below."""
    size = SIZES["S1"]
    w, h = size.depth / 2, size.height / 2
    l5 = SIZES["L5"]
    joint = w + 0.86 * 19 - 0.5
    tip_y = -h - 0.55 * l5.disc
    break_line = [(w + 22, -3), (w + 12, 1), (w, -1), (-w + 12, 5), (-w + 1, 4)]
    outline = _smooth([(-w + 2, -h, 0), (w - 2, -h, 0), (w + 4, -h - 2), (w + 8, tip_y + 3),
                       (w + 11.5, tip_y), (joint - 0.5, tip_y + 0.5), (joint + 1, tip_y + 4, 0),
                       (joint + 1, -h + 2, 0), (joint + 5, -h + 3), (w + 21, -h + 5),
                       (*break_line[0], 0), *break_line[1:-1], (*break_line[-1], 0),
                       (-w + 0.5, -h + 3)])
    art.add(BONE, frame.path(five.map(outline)), "sacrum")


# Each view is built once (the builders keep what they made) and then only read.
VIEW_BUILDERS = {"side": side_view, "back": back_view, "disc": disc_view,
                 "canal": canal_view, "facet": facet_view}


def build_topic_views() -> None:
    """Build the drawings that topics open, so that no topic waits for its picture: the
    whole spine from the side, healthy, and each other view as its condition shows it.
    The healthy close-ups are built when the switch first asks for them.

    Only Qt's value types (paths, points, transforms) are made here, so it may run in a
    thread of its own while the window is in use.
    """
    for view, builder in VIEW_BUILDERS.items():
        builder(view != "side")


_background: threading.Thread | None = None


def build_in_background() -> threading.Thread:
    """Start :func:`build_topic_views` in a thread, once per process. Should a drawing fail there,
    the failure is logged and the view is built (and fails visibly) when it is shown."""
    global _background
    if _background is None:
        def run() -> None:
            try:
                build_topic_views()
            except Exception:
                logging.getLogger(__name__).exception("building the spine drawings failed")

        _background = threading.Thread(target=run, name="spine-drawings")
        _background.start()
    return _background
