"""The whole spine from behind: straight, or with a scoliotic S-curve."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

from .geometry import Frame, Point, ellipse, hermite, mirrored, smooth, stroke, xy
from .labels import column
from .model import (
    BONE,
    CURVE,
    DISC,
    FAR,
    JOINT,
    LIGAMENT,
    LINES,
    RIDGE,
    SPONGY,
    Artwork,
    Label,
    built_once,
)
from .skeleton import LEVELS, SIZES, level_rank

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


# Room kept between two level names: a line of text where the spine is shown some 540
# pixels high.
_PITCH = 31
# How far the vertebra at the apex of a curve is turned about its long axis, and how far
# behind the arch the spinous process reaches, in the chest, neck and lower back.
_MOST_TURN = math.radians(18)
_SPINOUS_REACH = {"C": 12, "T": 22, "L": 16}


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
            self.frames[level] = Frame(QPointF(500 + self.shift(y), y), math.atan(slope))
        # How far each vertebra is turned about the long axis: most at the apex of a curve.
        self.turn = {level: self.shift(y) / 62 for level, y in self.centre.items()}

    def shift(self, y: float) -> float:
        return hermite(self._shift, y)


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
        transverse = smooth(mirrored([
            (1.1 * a, -0.36 * h), (span / 2 - 4, -0.3 * h + lift), (span / 2, -0.2 * h + lift),
            (span / 2 - 3, -0.08 * h + lift), (1.1 * a, -0.02 * h)], 0))
        return half, transverse
    if level[0] == "T":
        half = [
            (0, -0.3 * h), (0.3 * a, -0.3 * h), (0.36 * a, -0.16 * h, 0), (0.88 * a, -0.16 * h),
            (a, -0.36 * h), (1.08 * a, -0.1 * h), (a, 0.35 * h), (0.92 * a, h / 2 + 0.5 * d),
            (0.85 * a, tip - 1.5), (0.7 * a, tip), (0.5 * a, tip - 2), (0.42 * a, h / 2),
            (0.25 * a, 0.5 * h), (0, 0.56 * h)]
        transverse = smooth(mirrored([
            (0.95 * a, -0.42 * h), (span / 2 - 5, -0.5 * h), (span / 2, -0.36 * h),
            (span / 2 - 2, -0.1 * h), (span / 2 - 7, -0.06 * h), (0.95 * a, 0.08 * h)], 0))
        return half, transverse
    # The neck: broad articular pillars, one on the other, and thin laminae between them.
    half = [(0, -0.25 * h), (0.45 * a, -0.28 * h), (0.68 * a, -0.4 * h),
            (0.72 * a, -h / 2 - d * 0.45), (a, -h / 2 - d * 0.5), (1.04 * a, -0.05 * h),
            (a, h / 2 + d * 0.35), (0.72 * a, h / 2 + d * 0.4), (0.66 * a, 0.45 * h),
            (0.45 * a, 0.38 * h), (0, 0.42 * h)]
    transverse = smooth(mirrored([
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
        return smooth(mirrored([(0, -0.22 * h), (4.5, -0.2 * h), (6, 0.15 * h),
                                  (5.5, 0.55 * h), (2.5, 0.66 * h)], 0))
    if level[0] == "T":
        reach = h / 2 + d + {"T1": 0.05, "T2": 0.15, "T11": -0.2, "T12": -0.3}.get(
            level, 0.3) * low
        return smooth(mirrored([(0, -0.28 * h), (4.5, -0.24 * h), (4, 0.3 * h),
                                  (2.8, reach - 3), (0.5, reach)], 0))
    if level in ("C7", "C2"):
        return smooth(mirrored([(0, -0.3 * h), (5, -0.2 * h), (5.5, 0.35 * h),
                                  (4.5, h * 0.62), (0.5, h * 0.68)], 0))
    return smooth(mirrored([(0, -0.25 * h), (3.5, -0.15 * h), (4.5, 0.3 * h), (4.5, 0.55 * h),
                              (2.5, 0.62 * h), (0.6, 0.48 * h)], 0))


@built_once
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
        art.add(CURVE, smooth(band), region)
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
        # Turned about the long axis through the body, towards the convex side of the
        # curve: seen from behind, the arch swings to the concave side, the spinous process
        # further out behind it the most.
        turn = spine.turn[level] * _MOST_TURN
        arch_depth = size.depth / 2 + size.canal
        turned = QTransform(math.cos(turn), 0, 0, 1, -arch_depth * math.sin(turn), 0)
        arches[level] = frame.path(turned.map(smooth(mirrored(half, 0)).united(transverse)))
        spinous = QTransform(math.cos(turn), 0, 0, 1,
                             -(arch_depth + _SPINOUS_REACH[level[0]]) * math.sin(turn), 0)
        spines[level] = frame.path(spinous.map(_back_spinous(level, below)))
    # A chest spinous process lies over the lamina of the vertebra below: that one gives
    # way, so that each point of the picture belongs to one vertebra.
    for upper, lower in pairwise(levels[1:]):
        arches[lower] = arches[lower].subtracted(stroke(spines[upper], 2.4).united(
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
                                 level_rank(level)))
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
            left.append(xy(frame.map(-a, y)))
            right.append(xy(frame.map(a, y)))
    return smooth([*left, *reversed(right)])


def _back_body(width: float, height: float) -> QPainterPath:
    w, h = width / 2, height / 2
    return smooth([(-w + 2, -h, 0), (w - 2, -h, 0), (w, -h + 2), (w - 1.5, 0), (w, h - 2),
                    (w - 2, h, 0), (-w + 2, h, 0), (-w, h - 2), (-w + 1.5, 0), (-w, -h + 2)])


def _back_disc(spine: _BackSpine, upper: str, lower: str) -> QPainterPath:
    a, b = spine.frames[upper], spine.frames[lower]
    wa, wb = _back_widths(upper)[0] / 2, _back_widths(lower)[0] / 2
    ha, hb = SIZES[upper].height / 2, SIZES[lower].height / 2
    mid = (a.map(0, ha) + b.map(0, -hb)) * 0.5
    bulge = (wa + wb) / 2 + 1.5
    frame = Frame(mid, (a.angle + b.angle) / 2)
    return smooth([(*xy(a.map(-wa + 1, ha - 1)), 0), (*xy(a.map(wa - 1, ha - 1)), 0),
                    xy(frame.map(bulge, 0)), (*xy(b.map(wb - 1, -hb + 1)), 0),
                    (*xy(b.map(-wb + 1, -hb + 1)), 0), xy(frame.map(-bulge, 0))])


def _atlas_from_behind(art: Artwork, spine: _BackSpine) -> None:
    frame = spine.frames["C1"]
    h = SIZES["C1"].height
    ring = smooth(mirrored([(0, -0.1 * h), (8, -0.25 * h), (20, -0.6 * h), (27, -0.7 * h),
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
    art.add(BONE, frame.outline(mirrored(half, 0)), "sacrum")
    for i in range(4):
        y = top + 24 + i * 24
        x = 21 - 2.5 * i
        for side in (-1, 1):
            art.add(FAR, frame.path(ellipse(side * x, y, 4.5 - 0.4 * i, 5.5 - 0.4 * i)))
        art.add(BONE, frame.path(ellipse(0, y - 8, 3.2 - 0.3 * i, 6 - 0.5 * i)), "sacrum")
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
        coccyx = coccyx.united(Frame(QPointF(tip.x(), y + height / 2), 0).path(
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
    """Put the level names in one column left of the drawing, spread apart where the
    vertebrae lie close (in the neck) so that each keeps its name; leader lines point to
    the left edge of each vertebra."""
    bones = [part for part in art.parts if part.material not in (CURVE, *LINES)]
    left = min(part.path.boundingRect().left() for part in bones)
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
        label.target = QPointF(edge - 3, y) if edge is not None else None
    labels, art.labels = art.labels, []
    drawn = art.drawn_rect()
    column(art, labels, _PITCH, x=left - 14, low=drawn.top() + 8, high=drawn.bottom() - 8)
