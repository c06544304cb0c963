"""The lower back from the side, enlarged: the facet joints behind the foramina, and worn
ones below the healthy ones to compare."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QTransform

from .geometry import Frame, Point, ellipse, smooth, tapered, xy
from .labels import column
from .model import (
    BONE,
    DISC,
    FIBRE,
    INFLAMED,
    JOINT,
    NERVE,
    SAC,
    Artwork,
    Label,
    built_once,
)
from .skeleton import (
    FACET_SLOPE,
    SIZES,
    SideSpine,
    body_outline,
    disc_outline,
    facet_capsule,
    side_spine,
    spinous_outline,
)
from .terms import term_label

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


# The worn drawing lies this far below the healthy one.
_ROW = 680
# Room kept between two labels: a line of text where the comparison is some 400 pixels wide.
_PITCH = 48


@built_once
def facet_view(worn: bool = False) -> Artwork:
    """L4, L5 and the top of the sacrum from the outside, five times the size of the whole
    spine: the facet joints behind the foramina where the nerve roots leave. Worn, below
    the healthy ones: the joints swollen and inflamed, with bony spurs at their margins
    and at the rims of the vertebral bodies."""
    drawing, at = _facet_drawing(worn=False)
    x = drawing.drawn_rect().left() - 14
    if worn:
        sick, sick_at = _facet_drawing(worn=True)
        x = min(x, sick.drawn_rect().left() - 14)
    healthy = _named(drawing, at, "healthy" if worn else None,
                     [("body", "body"), ("nerve-root", "root"), ("facet", "facet")], x)
    if not worn:
        healthy.settle()
        return healthy
    affected = _named(sick, sick_at, "worn",
                      [("facet", "facet"), ("spur", "joint spur"), ("spur", "rim spur")], x)
    art = Artwork()
    art.include(healthy, QTransform())
    art.include(affected, QTransform.fromTranslate(0, _ROW))
    art.settle()
    return art


def _named(art: Artwork, at: dict[str, QPointF], caption: str | None,
           terms: list[tuple[str, str]], x: float) -> Artwork:
    """The labels of one drawing in a column at its left: what it shows, the levels at
    their bodies and the names of the parts."""
    labels = [Label(level, at[level], at[level], rank=0) for level in ("L4", "L5", "S1")]
    if caption is not None:
        labels.append(term_label(caption, QPointF(0, art.drawn_rect().top()), rank=0))
    labels += [term_label(term, at[place]) for term, place in terms]
    column(art, labels, _PITCH, x=x)
    return art


def _facet_drawing(worn: bool) -> tuple[Artwork, dict[str, QPointF]]:
    """The drawing, and points on the parts its labels name."""
    art = Artwork()
    spine = side_spine()
    centre = (spine.frames["L4"].origin * 0.6 + spine.frames["S1"].origin * 0.4)
    # Turned so that L4–L5 stands upright, as on a textbook plate.
    upright = (spine.frames["L4"].angle + spine.frames["L5"].angle) / 2
    zoom = QTransform().translate(500, 500).scale(5, 5).rotate(math.degrees(upright)).translate(
        -centre.x(), -centre.y())
    frames = {level: Frame(zoom.map(spine.frames[level].origin),
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
    front = [xy(place(level, ellipse(x, y, 0.01, 0.01)).boundingRect().center())
             for level, x, y in behind]
    back = [xy(place(level, ellipse(x + 21, y, 0.01, 0.01)).boundingRect().center())
            for level, x, y in behind]
    art.add(SAC, smooth([(*front[0], 0), *front[1:-1], (*front[-1], 0), (*back[-1], 0),
                          *reversed(back[1:-1]), (*back[0], 0)]))
    for level in levels:
        outline = smooth(spinous_outline(level, SIZES[level]))
        art.add(BONE, place(level, outline), f"vertebra-{level}")
    _facet_sacrum(art, frames["S1"], five)
    discs = {upper: zoom.map(disc_outline(spine, upper, lower))
             for upper, lower in (("L4", "L5"), ("L5", "S1"))}
    for level in levels:
        size = SIZES[level]
        body = place(level, body_outline(size.depth, size.height))
        if worn:
            # Spurs grow from the front rims of the bodies and bend towards the worn disc.
            w, h = size.depth / 2, size.height / 2
            for side in (1, -1):
                body = body.united(place(level, _beak(
                    (-w + 2.5, side * (h - 7)), (-w - 3.2, side * (h - 4)),
                    (-w - 5, side * (h + 2.6)), (-w - 2.2, side * (h + 1)),
                    (-w + 1, side * (h - 0.5)))))
            for disc in discs.values():
                body = body.subtracted(disc)
        art.add(BONE, body, f"vertebra-{level}")
    for upper, lower in (("L4", "L5"), ("L5", "S1")):
        art.add(DISC, discs[upper], f"disc-{upper}-{lower}")
        _annulus_fibres(art, spine, zoom, upper, lower)
    arches = {}
    for index, level in enumerate(levels):
        arches[level] = place(level, smooth(_lateral_arch(level, ("L5", "S1")[index])))
        art.add(BONE, arches[level], f"vertebra-{level}")
    for upper, lower in (("L4", "L5"), ("L5", "S1")):
        capsule, cleft = facet_capsule(upper, lower, 0.6 if worn else 0.0)
        art.add(INFLAMED if worn else JOINT, place(upper, capsule), f"facet-{upper}-{lower}")
        art.add(FIBRE, place(upper, cleft))
    if worn:
        # The spurs lie over the margins of the joint; where they join their own bone,
        # their outline is the bone's.
        for upper, lower in (("L4", "L5"), ("L5", "S1")):
            for owner, spur in _facet_spurs(upper, lower):
                grown = place(upper, spur)
                if owner in arches:
                    grown = grown.subtracted(arches[owner])
                art.add(BONE, grown, "sacrum" if owner == "S1" else f"vertebra-{owner}")
    for level in levels:
        size, below = SIZES[level], SIZES[spine.below(level)]
        x0, k, h = size.depth / 2, size.canal, size.height
        # Out under the pedicle, then steeply down and forwards along the side of the disc.
        way = [(x0 + 0.62 * k, -0.02 * h), (x0 + 0.38 * k, 0.15 * h), (x0 + 0.05 * k, 0.4 * h),
               (x0 - 0.14 * size.depth, h / 2 + size.disc * 0.8),
               (x0 - 0.3 * size.depth, h / 2 + size.disc + 0.55 * below.height)]
        points = [frames[level].map(5 * x, 5 * y) for x, y in way]
        root = tapered(points, 20, 15)
        ganglion = frames[level].map(5 * (x0 + 0.3 * k), 5 * 0.24 * h)
        root = root.united(frames[level].path(QTransform().rotate(-35).map(
            ellipse(0, 0, 24, 15))).translated(ganglion - frames[level].origin)).simplified()
        art.add(NERVE, root, f"nerve-root-{level}")
    at = {level: frames[level].map(5 * (-SIZES[level].depth / 2 + 2), 0)
          for level in (*levels, "S1")}
    l4 = SIZES["L4"]
    at["body"] = frames["L4"].map(5 * (-l4.depth / 2 + 6), -5 * 0.28 * l4.height)
    # Where the L4 root runs down the side of the body below.
    at["root"] = frames["L4"].map(5 * (l4.depth / 2 - 0.25 * l4.depth), 5 * (
        l4.height / 2 + l4.disc + 0.33 * SIZES["L5"].height))
    joint = l4.depth / 2 + 0.86 * l4.canal
    y0, y1 = l4.height / 2, l4.height / 2 + l4.disc
    at["facet"] = frames["L4"].map(5 * joint, 5 * (y0 + y1) / 2)
    at["joint spur"] = frames["L4"].map(5 * (joint - 4.5), 5 * (y0 - 6))
    at["rim spur"] = frames["L4"].map(5 * (-l4.depth / 2 - 3.5), 5 * (y0 + 0.5))
    return art, at


def _beak(base: Point, bulge: Point, tip: Point, inner: Point, end: Point) -> QPainterPath:
    """A bony spur: from ``base`` on the bone out to a point at ``tip`` and back to ``end``,
    bellied through ``bulge`` and ``inner``."""
    return smooth([base, bulge, (*tip[:2], 0), inner, end])


def _facet_spurs(upper: str, lower: str) -> list[tuple[str, QPainterPath]]:
    """Spurs at the margins of a worn facet joint, in the frame of the upper vertebra, with
    the vertebra each grows from: up and forwards from the tip of the lower one's process
    in front of the joint, into the foramen; down and back from the tip of the upper one's
    behind it; and out from the joint's other margins."""
    size, below = SIZES[upper], SIZES[lower]
    joint = size.depth / 2 + 0.86 * size.canal + 0.65
    y0 = size.height / 2 + size.disc * 0.05 - 2
    y1 = size.height / 2 + size.disc + 0.12 * below.height
    run = (y1 - y0) * FACET_SLOPE["L"]
    back = joint + run
    return [
        (lower, _beak((joint + 0.6, y0 + 1.5), (joint - 1.6, y0 - 4.2), (joint - 6, y0 - 7.5),
                      (joint - 5.6, y0 - 1.5), (joint - 4, y0 + 3.5))),
        (upper, _beak((joint + 3.4, y0 + 4), (joint + 5.4, y0 + 0.4), (joint + 8.2, y0 - 3.4),
                      (joint + 3.4, y0 - 2.4), (joint - 0.4, y0 + 0.5))),
        (upper, _beak((back - 0.6, y1 - 1.5), (back + 2, y1 + 4.6), (back + 6.8, y1 + 6.8),
                      (back + 5.8, y1 + 1.2), (back + 4.2, y1 - 3.5))),
        (lower, _beak((back - 3.8, y1 - 4.5), (back - 6, y1 - 3.2), (back - 8.4, y1 + 0.8),
                      (back - 3.6, y1 + 1.6), (back + 0.4, y1 - 0.5))),
    ]


def _annulus_fibres(art: Artwork, spine: SideSpine, zoom: QTransform, upper: str,
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
        art.add(FIBRE, zoom.map(smooth([xy(top), xy(low)], closed=False)))


def _facet_sacrum(art: Artwork, frame: Frame, five: QTransform) -> None:
    """The top of the sacrum from the side: the body of S1 and its superior articular
    process, broken off below."""
    size = SIZES["S1"]
    w, h = size.depth / 2, size.height / 2
    l5 = SIZES["L5"]
    joint = w + 0.86 * 19 - 0.5
    tip_y = -h - 0.55 * l5.disc
    break_line = [(w + 22, -3), (w + 12, 1), (w, -1), (-w + 12, 5), (-w + 1, 4)]
    outline = smooth([(-w + 2, -h, 0), (w - 2, -h, 0), (w + 4, -h - 2), (w + 8, tip_y + 3),
                       (w + 11.5, tip_y), (joint - 0.5, tip_y + 0.5), (joint + 1, tip_y + 4, 0),
                       (joint + 1, -h + 2, 0), (joint + 5, -h + 3), (w + 21, -h + 5),
                       (*break_line[0], 0), *break_line[1:-1], (*break_line[-1], 0),
                       (-w + 0.5, -h + 3)])
    art.add(BONE, frame.path(five.map(outline)), "sacrum")
