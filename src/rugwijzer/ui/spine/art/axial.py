"""The lower back from above: the disc and the canal at L4–L5, each with the same level cut
through the middle beside it, and the names of their parts. Herniated or narrowed, the
drawing shows the healthy one above the affected one, to compare."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

from .geometry import Frame, Point, along, ellipse, inset, mirrored, smooth, stroke, tapered
from .labels import column
from .model import (
    BONE,
    CANAL,
    DISC,
    FAR,
    FIBRE,
    INFLAMED,
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
from .skeleton import SIZES, body_outline, disc_outline, side_spine, spinous_outline
from .terms import term_label

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
    disc = smooth(mirrored(_between(*_DISC, t)))
    flavum = _both(smooth(_between(*_FLAVUM, t)))
    pedicle = smooth([(598, 456), (642, 450), (672, 480), (680, 520), (646, 512), (606, 504)])
    transverse = smooth([(684, 514), (756, 508), (808, 520), (815, 546), (784, 562),
                          (700, 568)])
    l5 = _both(pedicle.united(transverse).united(smooth(_between(*_SAP, t))))
    arch = smooth(mirrored(_between(*_ARCH, t), 500))
    joints = _both(smooth(_between(*_JOINT, t)))
    # The canal is the space the bones, the disc and the ligaments leave free.
    canal = smooth(mirrored([(500, 440, 0), (592, 448, 0), (602, 486), (604, 522),
                               (592, 556), (556, 590), (500, 602)]))
    for wall in (flavum, disc, l5, arch, joints):
        canal = canal.subtracted(wall)
    art.add(CANAL, canal, "canal-L4")
    sac_right = _between(*_SAC, t)
    if herniated:
        # Pushed in from the right by the herniation.
        sac_right = [(500, 474), (536, 478), (552, 496), (560, 530), (540, 566), (500, 580)]
    sac_left = [(1000 - p[0], p[1]) for p in _between(*_SAC, t)]
    roots = _sleeves(herniated, narrowed)
    sac = smooth([*sac_right, *reversed(sac_left[1:-1])])
    for _root, sheath in roots:
        sac = sac.united(sheath)
    art.add(SAC, sac)
    dots = ([(0, 568), (22, 565), (42, 556), (56, 542), (11, 549), (32, 544), (48, 528),
             (0, 534), (22, 528)] if not narrowed else
            [(0, 540), (11, 538), (22, 532), (30, 522), (5, 529), (16, 524), (0, 518),
             (10, 511), (22, 512)])
    radius = 6.5 if not narrowed else 4.8
    for dx, y in dots:
        for x in {500 + dx, 500 - dx}:
            if herniated and x > 540 and y < 540:
                continue
            art.add(NERVE, ellipse(x, y, radius, radius))
    s1 = (528, 496, 8) if not narrowed else (518, 510, 5.5)
    right_s1 = (524, 500, 7) if herniated else s1
    art.add(NERVE, ellipse(*right_s1[:2], right_s1[2], right_s1[2]).united(
        _MIRROR.map(ellipse(*s1[:2], s1[2], s1[2]))), "nerve-root-S1")
    for (root, _sheath), pressed in zip(roots, (herniated or narrowed, narrowed),
                                        strict=True):
        art.add(INFLAMED if pressed else NERVE, root, "nerve-root-L5")
    # The bones of L5, seen from above beyond the disc: the contour of each superior
    # articular process stands out against its pedicle and transverse process.
    art.add(FAR, l5, "vertebra-L5")
    art.add(RIDGE, _both(smooth(_between(*_SAP, t))))
    art.add(DISC, disc, "disc-L4-L5")
    _disc_inside(art, herniated, rings)
    art.add(BONE, arch, "vertebra-L4")
    art.add(SPONGY, inset(arch, 5))
    art.add(LIGAMENT, flavum)
    art.add(JOINT, joints, "facet-L4-L5")
    if narrowed:
        # Bony spurs at the worn joints reach into the side pockets of the canal.
        for (x, y, dx, dy), region in (((598, 500, -26, 10), "vertebra-L5"),
                                       ((590, 542, -22, -2), "vertebra-L4"),
                                       ((664, 652, 18, 18), "vertebra-L4")):
            spur = _both(smooth([(x, y - 8), (x + dx, y + dy), (x, y + 8)]))
            art.add(BONE, spur, region)
    _exiting_roots(art)


def _sleeves(herniated: bool, narrowed: bool) -> list[tuple[QPainterPath, QPainterPath]]:
    """The L5 roots leaving the dural sac, right and left, each in a sleeve of the sac: on
    its way down through the side pocket of the canal, cut where it passes the disc. A
    herniation pushes the right one back against the joint; a narrowed canal squeezes
    both."""
    if narrowed:
        right = [QPointF(530, 509), QPointF(544, 507), QPointF(556, 507)]
        widths = (10, 13)
    else:
        right = [QPointF(548, 500), QPointF(570, 502), QPointF(588, 506)]
        widths = (15, 25)
    sides = [right, [_MIRROR.map(point) for point in right]]
    if herniated:
        sides[0] = [QPointF(550, 514), QPointF(566, 528), QPointF(578, 546)]
    made = []
    for index, points in enumerate(sides):
        start, end = widths
        if herniated and index == 0:
            start, end = 13, 15  # flattened between the herniation and the joint
        made.append((tapered(points, start, end),
                     tapered(points, start + 8, end + 8)))
    return made


def _exiting_roots(art: Artwork) -> None:
    """The L4 roots, which left the sac above the disc, in the foramina with their
    ganglia, on their way out as spinal nerves."""
    ganglion = QTransform().translate(702, 478).rotate(-22)
    exiting = ganglion.map(smooth([(-40, -2), (-30, -9), (-12, -16), (14, -16), (30, -7),
                                    (76, -7), (78, 6), (30, 8), (14, 17), (-12, 17),
                                    (-30, 9)]))
    art.add(NERVE, _both(exiting), "nerve-root-L4")


def _disc_inside(art: Artwork, herniated: bool, rings: bool) -> None:
    """The rings of the annulus around the soft nucleus; a herniation pushes the nucleus
    backwards through a tear in the rings."""
    centre = QPointF(500, 372)
    outline = [QPointF(x, y) for x, y in mirrored(_DISC[0])]
    tear = (math.radians(40), math.radians(66))  # back and to the right, seen from above

    def torn(point: QPointF) -> bool:
        angle = math.atan2(point.y() - centre.y(), point.x() - centre.x())
        return herniated and tear[0] < angle < tear[1]

    if rings:
        for scale in (0.88, 0.77, 0.66, 0.56):
            ring = [centre + (p - centre) * scale for p in outline]
            # Points along the ring, dense enough to leave a clean gap at a tear.
            dense = smooth([(p.x(), p.y()) for p in ring])
            samples = along(dense, 160)
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
                    art.add(FIBRE, smooth([(p.x(), p.y()) for p in [*run[::4], run[-1]]],
                                           closed=False))
    nucleus = smooth(mirrored([(500, 330), (548, 336), (576, 362), (570, 400), (532, 420),
                                 (500, 422)]))
    if herniated:
        tongue = smooth([(522, 404), (556, 414), (584, 444), (602, 478), (622, 500),
                          (628, 526), (606, 536), (582, 524), (566, 496), (544, 460),
                          (516, 428)])
        art.add(NUCLEUS, nucleus.united(tongue).simplified(), "disc-L4-L5")
    else:
        art.add(NUCLEUS, nucleus)


# The close-ups as a comparison: the healthy drawing, and below it the affected one.
_ROW = 700
# The labels end left of the drawing, this far apart at least: a line of text where the
# comparison is shown some 400 pixels wide.
_COLUMN, _PITCH = 160, 48


def _close_up(herniated: bool = False, narrowed: bool = False,
              rings: bool = True) -> tuple[Artwork, dict[str, QPointF]]:
    """L4–L5 from above, and cut through the middle in a frame at its lower left; with
    where the cut shows the parts the labels name."""
    art = Artwork()
    above = Artwork()
    _axial(above, herniated, narrowed, rings)
    # A herniation on the left of the picture lies nearest the names of its parts.
    art.include(above, _MIRROR if herniated else QTransform())
    return art, _from_the_side(art, herniated, narrowed)


def _named(art: Artwork, caption: str | None,
           terms: Sequence[tuple[str, QPointF]]) -> Artwork:
    """The labels of one drawing in a column at its left: what it shows, the level and
    the names of its parts, each by the height of what it names."""
    labels = [Label("L4–L5", QPointF(0, 262), rank=0)]
    if caption is not None:
        labels.append(term_label(caption, QPointF(0, 212), rank=0))
    labels += [term_label(term, target) for term, target in terms]
    column(art, labels, _PITCH, x=_COLUMN)
    return art


def _compared(healthy: Artwork, affected: Artwork) -> Artwork:
    art = Artwork()
    art.include(healthy, QTransform())
    art.include(affected, QTransform.fromTranslate(0, _ROW))
    art.settle()
    return art


@built_once
def disc_view(herniated: bool = False) -> Artwork:
    """The L4–L5 disc from above: rings of the annulus around the nucleus; beside it the
    same disc from the side, cut through the middle. Herniated, below the healthy one:
    the nucleus pushed through a tear in the rings against a nerve root."""
    drawing, cut = _close_up()
    healthy = _named(drawing, "healthy" if herniated else None, [
        ("annulus", QPointF(352, 318)), ("nucleus", QPointF(445, 372)),
        ("nerve-root", QPointF(416, 506)), ("canal", QPointF(470, 548)),
        ("ligament", QPointF(440, 590)), ("facet", QPointF(357, 590)),
        ("body", cut["body"])])
    if not herniated:
        healthy.settle()
        return healthy
    drawing, cut = _close_up(herniated=True)
    return _compared(healthy, _named(drawing, "herniated", [
        ("nucleus", QPointF(398, 488)), ("nerve-root", QPointF(432, 528)),
        ("nucleus", cut["nucleus"])]))


def _from_the_side(art: Artwork, herniated: bool = False,
                   narrowed: bool = False) -> dict[str, QPointF]:
    """L4 and L5 cut through the middle, front on the left, in a frame beside the arch: the
    nucleus inside the disc, or pushed backwards through the annulus against the nerves;
    or the canal narrowed between a bulging disc and a thick yellow ligament. Returns
    points on the parts that labels name."""
    spine = side_spine()
    disc = spine.frame(spine.disc_s("L4"))
    zoom = 2.0
    centre = QPointF(240, 790)
    world = QTransform().translate(centre.x(), centre.y()).scale(zoom, zoom).rotate(
        math.degrees(disc.angle)).translate(-disc.origin.x(), -disc.origin.y())
    frames = {level: Frame(world.map(spine.frames[level].origin),
                            spine.frames[level].angle - disc.angle) for level in ("L4", "L5")}
    enlarge = QTransform.fromScale(zoom, zoom)

    def place(level: str, path: QPainterPath) -> QPainterPath:
        return frames[level].path(enlarge.map(path))

    box = QPainterPath()
    box.addRoundedRect(QRectF(centre.x() - 64, 690, 246, 200), 14, 14)
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
    flavum = smooth([(back + 3, upper - 3, 0), (back - 4, upper), (back - reach, y),
                      (back - 4, lower), (back + 3, lower + 3, 0)])
    canal = QPainterPath()
    canal.addRect(QRectF(x0 - 4, top, back - x0 + 6, bottom - top))
    walls = [flavum, world.map(disc_outline(spine, "L4", "L5"))]
    for level in ("L4", "L5"):
        sz = SIZES[level]
        walls += [place(level, body_outline(sz.depth, sz.height)),
                  place(level, smooth(spinous_outline(level, sz)))]
    for wall in walls:
        canal = canal.subtracted(wall)
    art.add(CANAL, canal, "canal-L4")
    front_in, back_in = (14, 21) if narrowed else (4, 30)
    art.add(SAC, smooth([(x0 + 4, top, 0), (x0 + 4, y - 28), (x0 + front_in, y),
                          (x0 + 4, y + 28), (x0 + 4, bottom, 0), (x0 + 30, bottom, 0),
                          (x0 + 30, y + 26), (x0 + back_in, y), (x0 + 30, y - 26),
                          (x0 + 30, top, 0)]))
    lanes = ((10, 15.5), (17, 17.5), (24, 19.5)) if narrowed else ((10, 10), (17, 17), (24, 24))
    for lane, squeezed in lanes:
        art.add(ROOTLET, stroke(smooth([(x0 + lane, top + 2), (x0 + lane, y - 30),
                                          (x0 + squeezed, y), (x0 + lane, y + 30),
                                          (x0 + lane, bottom - 2)], closed=False), 3.2))
    for level in ("L4", "L5"):
        sz = SIZES[level]
        art.add(BONE, place(level, body_outline(sz.depth, sz.height)), f"vertebra-{level}")
        art.add(SPONGY, place(level, body_outline(sz.depth - 2.8, sz.height - 4)))
        arch = place(level, smooth(spinous_outline(level, sz)))
        art.add(BONE, arch, f"vertebra-{level}")
        art.add(SPONGY, inset(arch, 2.6))
    art.add(LIGAMENT, flavum)
    outline = world.map(disc_outline(spine, "L4", "L5"))
    if narrowed:
        # A worn disc bulges backwards all along its width.
        outline = outline.united(smooth([(x0 - 6, y - 11), (x0 + 6, y - 7), (x0 + 11, y),
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
        art.add(NUCLEUS, world.map(disc.path(smooth(nucleus))), "disc-L4-L5")
        root = smooth([(depth * 0.71, -high * 0.95), (depth * 0.77, -high * 0.2),
                        (depth * 0.75, high * 0.85), (depth * 0.69, high * 0.85),
                        (depth * 0.7, -high * 0.2), (depth * 0.66, -high * 0.95)])
        # The nerves pressed against the back of the canal, seen side-on among the others.
        art.add(INFLAMED, world.map(disc.path(root)))
    else:
        art.add(NUCLEUS, world.map(disc.path(smooth(nucleus))))
    return {"body": frames["L4"].map(-zoom * size.depth / 2 + 12, -6),
            "nucleus": world.map(disc.map(depth * 0.5, 0)),
            "ligament": QPointF(back - reach + 3, y)}


@built_once
def canal_view(narrowed: bool = False) -> Artwork:
    """The spinal canal at L4–L5 from above and from the side. Narrowed (stenosis), below
    the roomy one: by a bulging disc, worn facet joints with bony spurs and a thickened
    yellow ligament, squeezing the nerves."""
    drawing, cut = _close_up(rings=False)
    healthy = _named(drawing, "healthy" if narrowed else None, [
        ("nerve-root", QPointF(416, 506)), ("canal", QPointF(470, 548)),
        ("ligament", QPointF(440, 590)), ("facet", QPointF(357, 590)),
        ("body", cut["body"])])
    if not narrowed:
        healthy.settle()
        return healthy
    drawing, cut = _close_up(narrowed=True, rings=False)
    return _compared(healthy, _named(drawing, "narrowed", [
        ("spur", QPointF(416, 503)), ("nerve-root", QPointF(448, 507)),
        ("canal", QPointF(482, 528)), ("ligament", QPointF(446, 566)),
        ("ligament", cut["ligament"])]))
