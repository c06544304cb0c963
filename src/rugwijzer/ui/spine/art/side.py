"""The whole spine from the side, cut through the middle, with its natural curves: the cut
vertebral bodies, discs and spinous processes, and through the canal its far wall with
pedicles, foramina and facet joints."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtGui import QPainterPath

from ....content.regions import CERVICAL, LUMBAR, THORACIC
from .geometry import Frame, Point, ellipse, inset, smooth, tapered, xy
from .labels import beside
from .model import (
    BONE,
    CANAL,
    CORD,
    DISC,
    FAR,
    FIBRE,
    JOINT,
    LIGAMENT,
    NERVE,
    NUCLEUS,
    RIDGE,
    ROOTLET,
    SAC,
    SPONGY,
    Artwork,
    Label,
    built_once,
)
from .skeleton import (
    COCCYGEAL,
    FACET_SLOPE,
    LEVELS,
    SACRAL,
    SIZES,
    SideSpine,
    Size,
    body_outline,
    disc_outline,
    facet_capsule,
    level_rank,
    spinous_outline,
)


def _far_wall(level: str, above: str, below: str) -> list[Point]:
    """Pedicle, articular processes and pars of the far side, seen through the canal: the
    outline around the foramina. Local coordinates of the vertebra; a joint leans as the
    lower vertebra's joints do, so both sides of it match."""
    size, up_size, low_size = SIZES[level], SIZES[above], SIZES[below]
    x0, k, h = size.depth / 2, size.canal, size.height
    up_slope = FACET_SLOPE[level[0]]
    down_slope = FACET_SLOPE[below[0]]
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


def _transverse(level: str, size: Size) -> QPainterPath | None:
    """The transverse process, seen end-on where pedicle and arch meet."""
    x0, k, h = size.depth / 2, size.canal, size.height
    if level[0] == "L":
        return ellipse(x0 + 0.62 * k, -0.22 * h, 0.26 * k, 0.17 * h)
    if level[0] == "T":
        return ellipse(x0 + 0.95 * k, -0.3 * h, 0.28 * k, 0.2 * h)
    return None


# Room kept between two level names: a line of text where the spine is shown some 540
# pixels high.
_PITCH = 30


@built_once
def side_view(affected: bool = False) -> Artwork:
    """The whole spine from the side, cut through the middle, with its natural curves."""
    art = Artwork()
    spine = SideSpine()
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
        bulge = smooth([(size.depth / 2 - 8, -3.5), (size.depth / 2 + 3, -5),
                         (size.depth / 2 + 7.5, 0), (size.depth / 2 + 3, 5.5),
                         (size.depth / 2 - 8, 4)])
        art.add(NUCLEUS, frame.path(bulge), "disc-L4-L5")
    _side_roots(art, spine)
    _body(art)
    c2 = SIZES["C2"]
    labels = []
    for level in [*LEVELS, "S1"]:
        frame, size = spine.frames[level], SIZES[level]
        target = frame.map(-size.depth / 2 + 1, 0)
        if level == "C1":
            target = spine.frames["C2"].map(-16, -c2.height / 2 - 10)
        labels.append(Label(level, target, target, level_rank(level)))
    beside(art, labels, _PITCH, gap=8, reach=26)
    art.settle()
    return art


def _body(art: Artwork) -> None:
    """A faint outline of the body around the spine, under everything, so that front and
    back are plain: face, neck, chest and belly in front; the back of the head, the back
    and the buttocks behind. It reaches beyond the picture's edges."""
    front = [(246, -260), (214, -170), (204, -110), (208, -96), (186, -66), (200, -50),
             (198, -36), (202, -26), (199, -16), (205, -4), (200, 12), (216, 38), (246, 58),
             (242, 90), (238, 120), (240, 170), (230, 205), (214, 245), (204, 300),
             (200, 370), (205, 440), (202, 500), (190, 570), (184, 640), (186, 700),
             (196, 760), (200, 820), (198, 900), (202, 1100)]
    back = [(436, 1100), (432, 960), (446, 890), (440, 810), (408, 745), (378, 700),
            (368, 640), (376, 575), (394, 520), (412, 440), (420, 350), (412, 260),
            (390, 180), (374, 140), (374, 90), (380, 40), (402, 0), (412, -60), (406, -140),
            (380, -210), (320, -260)]
    art.add_backdrop(CANAL, smooth([*front, *back]))


def _sacral_canal_depth(spine: SideSpine, s: float) -> float:
    """The sacral canal narrows down to its opening at S4–S5."""
    return max(15 * (1 - (s - spine.centre["S1"]) / 62), 2.5)


def _side_sacrum(art: Artwork, spine: SideSpine) -> None:
    """Sacrum and coccyx outlines first: the sacral canal and nerves lie on top of them."""
    front: list[Point] = []
    back: list[Point] = []
    for index, level in enumerate(SACRAL):
        frame, size = spine.frames[level], SIZES[level]
        w, h = size.depth / 2, size.height / 2
        if index == 0:
            front.append((*xy(frame.map(-w + 2, -h)), 0))
        else:
            front.append(xy(frame.map(-w - 1.4, -h - 1)))
        front.append(xy(frame.map(-w + 1.2, 0)))
        crest = w + _sacral_canal_depth(spine, spine.centre[level]) + 11 - 1.6 * index
        # The median crest: the fused spinous processes, a row of low bumps.
        back += [xy(frame.map(crest + 0.5, -h * 0.6)), xy(frame.map(crest + 2.5, -h * 0.1)),
                 xy(frame.map(crest + 0.5, h * 0.5))]
    last = spine.frames["S5"]
    tip = SIZES["S5"]
    front += [xy(last.map(-tip.depth / 2 + 1, tip.height / 2)),
              xy(last.map(0, tip.height / 2 + 1.5)),
              xy(last.map(tip.depth / 2 + 4, tip.height / 2 - 1))]
    s1, l5 = spine.frames["S1"], spine.frames["L5"]
    top = SIZES["S1"]
    w, h = top.depth / 2, top.height / 2
    # The superior articular process of S1 follows the inferior process of L5 above it.
    face = SIZES["L5"].depth / 2 + 0.86 * SIZES["L5"].canal - 1.0
    head: list[Point] = [
        (*xy(s1.map(w - 2, -h)), 0),
        xy(s1.map(w + 4, -h - 3)),
        xy(l5.map(face - 8.5, 24)),
        xy(l5.map(face - 3.5, 17)),
        (*xy(l5.map(face, 19.5)), 0),
        (*xy(l5.map(face, 31)), 0),
        xy(s1.map(w + 19 + 6, -h + 1)),
    ]
    art.add(BONE, smooth([*front, *reversed(back), *head]), "sacrum")
    spine.sacrum = art.parts[-1].path
    coccyx = QPainterPath()
    for level in COCCYGEAL:
        frame, size = spine.frames[level], SIZES[level]
        coccyx = coccyx.united(frame.path(body_outline(size.depth, size.height + 1, 0.12)))
    art.add(BONE, coccyx, "coccyx")


def _canal_edges(spine: SideSpine, start: float, end: float,
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


def _side_canal(art: Artwork, spine: SideSpine) -> None:
    top = spine.centre["C1"] - 14
    art.add(CANAL, _canal_edges(spine, top, spine.disc_s("T12"), steps=60))
    for level in LUMBAR:
        start = spine.disc_s(LEVELS[LEVELS.index(level) - 1])
        canal = _canal_edges(spine, start, spine.disc_s(level))
        if level == "L5":
            canal = canal.subtracted(spine.sacrum)
        art.add(CANAL, canal, f"canal-{level}")
    art.add(CANAL, _canal_edges(spine, spine.disc_s("L5"), spine.centre["S4"] + 6, 1.5, -1.5))


def _side_far_walls(art: Artwork, spine: SideSpine) -> None:
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


def _side_cord(art: Artwork, spine: SideSpine) -> None:
    """The dural sac along the canal; in it the cord down to its cone at L1–L2 and the nerve
    fibres below it. The roots of the neck and chest leave the sac for their foramina."""
    top = spine.centre["C1"] - 14
    s2 = spine.centre["S2"]
    walls = []
    for side in (0.1, 0.8):
        line: list[Point] = []
        for i in range(60):
            s = top + (s2 + 6 - top) * i / 59
            frame, size = spine.frame(s), spine.size_at(s)
            canal = size.canal if s < spine.centre["S1"] else _sacral_canal_depth(spine, s)
            line.append(xy(frame.map(size.depth / 2 + canal * side, 0)))
        # Cut off at the top, where the sac goes on around the brain stem.
        line[0] = (*line[0], 0)
        walls.append(line)
    end = spine.frame(s2 + 10)
    size = spine.size_at(s2)
    art.add(SAC, smooth([*walls[0], xy(end.map(size.depth / 2 + 6, 0)), *reversed(walls[1])]))
    for level in [*CERVICAL[1:], *THORACIC]:
        frame, size = spine.frames[level], SIZES[level]
        x0, k, h = size.depth / 2, size.canal, size.height
        start = frame.map(x0 + 0.45 * k, 0.1 * h)
        mid = frame.map(x0 + 0.2 * k, 0.32 * h)
        out = frame.map(x0 - 0.2 * size.depth, h / 2 + size.disc * 0.7)
        art.add(NERVE, tapered([start, mid, out], 2.4, 3.2))
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
        left.append(xy(frame.map(centre - width / 2, 0)))
        right.append(xy(frame.map(centre + width / 2, 0)))
    # Cut off at the top: the cord goes on into the brain stem.
    left[0] = (*left[0], 0)
    right[0] = (*right[0], 0)
    art.add(CORD, smooth([*left, *reversed(right)]), "spinal-cord")
    # The fibres of the lower sacral and coccygeal nerves run on into the sacrum.
    for lane in (0.66, 0.72, 0.78):
        points = []
        begin = spine.centre["T12"] + 8
        for i in range(13):
            s = begin + (s2 + 4 - begin) * i / 12
            frame, size = spine.frame(s), spine.size_at(s)
            canal = size.canal if s < spine.centre["S1"] else _sacral_canal_depth(spine, s)
            x = size.depth / 2 + canal * (0.46 + (lane - 0.46) * min(i / 3, 1))
            points.append(frame.map(x, 0))
        art.add(ROOTLET, tapered(points, 1.3, 1.1))


def _side_bodies(art: Artwork, spine: SideSpine) -> None:
    for level in LEVELS:
        frame, size = spine.frames[level], SIZES[level]
        if level == "C1":
            continue
        lip = 1.6 if level in CERVICAL[2:] else 0.0
        body = body_outline(size.depth, size.height, lip=lip)
        inner = body_outline(size.depth - 2.8, size.height - 4, lip=lip * 0.6)
        if level == "C2":
            top = -size.height / 2
            dens = smooth([(-7, top + 3), (-7.5, top - 8), (-5, top - 15), (-1, top - 15.5),
                            (1.5, top - 9), (1.5, top + 3)])
            body = body.united(dens)
            inner = inner.united(inset(dens, 1.4))
        art.add(BONE, frame.path(body), f"vertebra-{level}")
        art.add(SPONGY, frame.path(inner))
    _atlas(art, spine.frames["C2"])
    for level in LEVELS[1:]:
        _side_disc(art, spine, level, spine.below(level))


def _atlas(art: Artwork, c2_frame: Frame) -> None:
    """C1, a ring without a body, drawn where it sits on C2: its front arch before the peg
    of C2, its lateral mass on the far side, its back arch behind the canal."""
    c2 = SIZES["C2"]
    top = -c2.height / 2
    front = ellipse(-12.6, top - 10, 4, 6)
    back_x = c2.depth / 2 + c2.canal + 1
    back = smooth([(back_x, top - 12), (back_x + 10, top - 15), (back_x + 16, top - 11.5),
                    (back_x + 12, top - 6), (back_x, top - 5)])
    art.add(BONE, c2_frame.path(front.united(back)), "vertebra-C1")
    art.add(SPONGY, c2_frame.path(ellipse(-12.6, top - 10, 2.5, 4.4)))
    art.add(SPONGY, inset(c2_frame.path(back), 1.3))


def _side_disc(art: Artwork, spine: SideSpine, upper: str, lower: str) -> None:
    """A disc cut through the middle: the soft nucleus inside the rings of the annulus."""
    sa, sb = SIZES[upper], SIZES[lower]
    mid = spine.frame(spine.disc_s(upper))
    art.add(DISC, disc_outline(spine, upper, lower), f"disc-{upper}-{lower}")
    depth = (sa.depth + sb.depth) / 2
    high = sa.disc
    nucleus = smooth([(-depth * 0.14, -high * 0.12), (0, -high * 0.3), (depth * 0.2, -high * 0.26),
                       (depth * 0.27, 0), (depth * 0.2, high * 0.28), (0, high * 0.3),
                       (-depth * 0.14, high * 0.12)])
    art.add(NUCLEUS, mid.path(nucleus))
    if high >= 7:
        for side in (-1, 1):
            for step in (0.3, 0.39):
                x = side * depth * step + depth * 0.03
                line = smooth([(x - side * 0.8, -high * 0.42), (x, 0),
                                (x - side * 0.8, high * 0.42)], closed=False)
                art.add(FIBRE, mid.path(line))


def _side_arches(art: Artwork, spine: SideSpine) -> None:
    """Laminae and spinous processes, with the yellow ligament between the laminae."""
    for level in LEVELS[1:]:
        frame, size = spine.frames[level], SIZES[level]
        outline = frame.outline(spinous_outline(level, size))
        art.add(BONE, outline, f"vertebra-{level}")
        art.add(SPONGY, inset(outline, 1.3))
    for upper, lower in pairwise(LEVELS[1:]):
        a, b = spine.frames[upper], spine.frames[lower]
        sa, sb = SIZES[upper], SIZES[lower]
        bottom = {"C": 0.35, "T": 0.5, "L": 0.42}[upper[0]] * sa.height
        top = -{"C": 0.3, "T": 0.25, "L": 0.25}[lower[0]] * sb.height
        front_a, front_b = sa.depth / 2 + sa.canal, sb.depth / 2 + sb.canal
        thick = 1.6 if upper[0] != "L" else 2.6
        art.add(LIGAMENT, smooth([
            (*xy(a.map(front_a - thick, bottom - 2)), 0), (*xy(a.map(front_a + 2, bottom)), 0),
            (*xy(b.map(front_b + 2, top)), 0), (*xy(b.map(front_b - thick, top + 2)), 0)]))


def _side_sacral_detail(art: Artwork, spine: SideSpine) -> None:
    """The cut sacrum: five fused segments, the seams of their former discs between them."""
    for index, level in enumerate(SACRAL):
        frame, size = spine.frames[level], SIZES[level]
        art.add(SPONGY, frame.path(body_outline(size.depth - 3, size.height - 1.6, 0.02)))
        if index:
            w, h = size.depth / 2, size.height / 2
            art.add(RIDGE, frame.path(smooth([(-w + 1, -h - 1.2), (0, -h - 0.8),
                                               (w - 1, -h - 1.2)], closed=False)))
    for level in COCCYGEAL:
        frame, size = spine.frames[level], SIZES[level]
        art.add(SPONGY, frame.path(body_outline(size.depth - 2, size.height - 1, 0.1)))


def _side_joints(art: Artwork, spine: SideSpine) -> None:
    """The lumbar facet joints and the SI joint, before the nerves that pass them."""
    for upper, lower in pairwise([*LUMBAR, "S1"]):
        frame = spine.frames[upper]
        capsule, cleft = facet_capsule(upper, lower)
        art.add(JOINT, frame.path(capsule), f"facet-{upper}-{lower}")
        art.add(FIBRE, frame.path(cleft))
    s1 = spine.frames["S1"]
    x = SIZES["S1"].depth / 2
    # The ear-shaped joint surface on the side of the sacrum.
    ear = smooth([(x + 19, -3), (x + 25, -6), (x + 29, -2), (x + 27, 8), (x + 25, 19),
                   (x + 21, 28), (x + 17, 26), (x + 20, 17), (x + 22, 7), (x + 19, 3)])
    art.add(JOINT, s1.path(ear), "si-joint")


def _side_roots(art: Artwork, spine: SideSpine) -> None:
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
        art.add(ROOTLET, tapered(points, 1.2, 1.2))
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
        root = tapered([points[-2], points[-1], *way], 1.2, 3.2)
        gang = ellipse(ganglion.x(), ganglion.y(), 3.4, 3.8)
        art.add(NERVE, root.united(gang).simplified(), f"nerve-root-{level}")
