"""The lower back from the side, enlarged: the facet joints behind the foramina."""

from __future__ import annotations

import math

from PySide6.QtGui import QPainterPath, QTransform

from .geometry import Frame, Point, ellipse, smooth, tapered, xy
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
from .skeleton import SIZES, SideSpine, body_outline, disc_outline, facet_capsule, spinous_outline

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


@built_once
def facet_view(worn: bool = False) -> Artwork:
    """L4, L5 and the top of the sacrum from the outside, five times the size of the whole
    spine: the facet joints behind the foramina where the nerve roots leave. Worn joints
    are swollen, with a narrow joint space and bony spurs."""
    art = Artwork()
    spine = SideSpine()
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
            # Spurs grow from the front rims of the bodies, beside the worn discs.
            w, h = size.depth / 2, size.height / 2
            for side in (1, -1):
                spur = smooth([(-w + 1.5, side * (h - 5)), (-w - 3.2, side * (h + 0.4)),
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
                spur = place(upper, smooth([(x + 1, y - 1.6), (x + dx, y + dy),
                                             (x + 1, y + 1.6)]))
                spurs[owner] = spurs.get(owner, QPainterPath()).united(spur)
    for index, level in enumerate(levels):
        below = ("L5", "S1")[index]
        arch = place(level, smooth(_lateral_arch(level, below)))
        if level in spurs:
            arch = arch.united(spurs[level])
        art.add(BONE, arch, f"vertebra-{level}")
    if "S1" in spurs:
        art.add(BONE, spurs["S1"], "sacrum")
    for upper, lower in (("L4", "L5"), ("L5", "S1")):
        capsule, cleft = facet_capsule(upper, lower, 1.0 if worn else 0.0)
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
        root = tapered(points, 20, 15)
        ganglion = frames[level].map(5 * (x0 + 0.3 * k), 5 * 0.24 * h)
        root = root.united(frames[level].path(QTransform().rotate(-35).map(
            ellipse(0, 0, 24, 15))).translated(ganglion - frames[level].origin)).simplified()
        art.add(NERVE, root, f"nerve-root-{level}")
    for level in (*levels, "S1"):
        size = SIZES[level]
        anchor = frames[level].map(5 * (-size.depth / 2 - 6), 0)
        art.labels.append(Label(level, anchor, rank=0))
    art.settle()
    return art


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
