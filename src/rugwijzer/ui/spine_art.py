"""The spine artwork, drawn as vector paths: the same paths paint and hit-test each region.

Coordinates are in a 1000 × 1000 space per view. The side view has the front of the body
on the left, as in most patient leaflets; the back view looks at the patient's back.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

from ..content.regions import CERVICAL, LUMBAR, THORACIC

# What each part is made of decides how it is painted.
BONE, DISC, NUCLEUS, CORD, NERVE, CANAL, CURVE, JOINT, LIGAMENT, INFLAMED = (
    "bone", "disc", "nucleus", "cord", "nerve", "canal", "curve", "joint", "ligament",
    "inflamed")


@dataclass(slots=True)
class Part:
    material: str
    path: QPainterPath
    region: str | None = None


@dataclass(slots=True)
class Artwork:
    parts: list[Part] = field(default_factory=list)
    labels: list[tuple[str, QPointF]] = field(default_factory=list)

    def add(self, material: str, path: QPainterPath, region: str | None = None) -> None:
        self.parts.append(Part(material, path, region))

    def bounds(self) -> QRectF:
        """The drawn area with its labels, with a small margin: what the view fits."""
        rect = QRectF()
        for part in self.parts:
            rect = rect.united(part.path.boundingRect())
        for _text, point in self.labels:
            rect = rect.united(QRectF(point.x(), point.y() - 12, 28, 16))
        return rect.adjusted(-16, -16, 16, 16)

    def regions(self) -> list[str]:
        seen: list[str] = []
        for part in self.parts:
            if part.region and part.region not in seen:
                seen.append(part.region)
        return seen


LEVELS = CERVICAL + THORACIC + LUMBAR
# (body height, disc height below, body depth) per level: larger going down, thin neck discs.
_SIZES = {**{level: (20, 6, 34) for level in CERVICAL},
          **{level: (24 + i, 7, 40 + i) for i, level in enumerate(THORACIC)},
          **{level: (38 + 2 * i, 12, 58 + 2 * i) for i, level in enumerate(LUMBAR)}}
# The side view's centre line: (y, x) knots of the natural curves.
_CURVE = [(40, 320), (150, 300), (235, 318), (330, 360), (450, 378), (575, 352),
          (690, 312), (770, 322), (820, 350)]


def _centre_x(y: float) -> float:
    """Smooth interpolation of the curve knots (cosine easing between them)."""
    for (y0, x0), (y1, x1) in itertools.pairwise(_CURVE):
        if y0 <= y <= y1:
            t = (y - y0) / (y1 - y0)
            return x0 + (x1 - x0) * (1 - math.cos(math.pi * t)) / 2
    return _CURVE[0][1] if y < _CURVE[0][0] else _CURVE[-1][1]


def _angle(y: float) -> float:
    """Tilt of the spine at ``y`` in degrees, from the slope of the centre line."""
    dy = 4.0
    return math.degrees(math.atan2(_centre_x(y + dy) - _centre_x(y - dy), 2 * dy))


def _placed(path: QPainterPath, x: float, y: float, angle: float) -> QPainterPath:
    transform = QTransform()
    transform.translate(x, y)
    transform.rotate(-angle)
    return transform.map(path)


def _vertebral_body(depth: float, height: float) -> QPainterPath:
    """A body seen from the side: slightly waisted, with rounded end plates."""
    w, h = depth / 2, height / 2
    path = QPainterPath(QPointF(-w, -h + 3))
    path.quadTo(QPointF(-w, -h), QPointF(-w + 4, -h))
    path.lineTo(QPointF(w - 4, -h))
    path.quadTo(QPointF(w, -h), QPointF(w, -h + 3))
    path.quadTo(QPointF(w - 3, 0), QPointF(w, h - 3))
    path.quadTo(QPointF(w, h), QPointF(w - 4, h))
    path.lineTo(QPointF(-w + 4, h))
    path.quadTo(QPointF(-w, h), QPointF(-w, h - 3))
    path.quadTo(QPointF(-w + 4, 0), QPointF(-w, -h + 3))
    path.closeSubpath()
    return path


def _posterior_arch(depth: float, height: float, level: str) -> QPainterPath:
    """Pedicle, lamina and spinous process, behind the canal, pointing back and down."""
    w, h = depth / 2, height / 2
    canal = depth * 0.42
    reach = {"C": 0.75, "T": 1.05, "L": 0.8}[level[0]] * depth
    droop = {"C": 0.25, "T": 0.9, "L": 0.3}[level[0]] * height
    path = QPainterPath(QPointF(w, -h * 0.55))
    path.lineTo(QPointF(w + canal, -h * 0.75))
    tip = w + canal + reach
    path.quadTo(QPointF(w + canal + reach * 0.5, -h * 0.6), QPointF(tip, droop - h * 0.1))
    path.quadTo(QPointF(tip + 4, droop + h * 0.35), QPointF(tip - 8, droop + h * 0.3))
    path.quadTo(QPointF(w + canal + reach * 0.45, h * 0.55), QPointF(w + canal, h * 0.45))
    path.lineTo(QPointF(w, h * 0.1))
    path.closeSubpath()
    return path


def _facet(depth: float, height: float) -> QPainterPath:
    w, h = depth / 2, height / 2
    canal = depth * 0.42
    path = QPainterPath()
    path.addEllipse(QRectF(w + canal * 0.55, h * 0.15, canal * 0.6, h * 1.1))
    return path


def _disc(depth: float, height: float) -> tuple[QPainterPath, QPainterPath]:
    w, h = depth / 2 + 1, height / 2
    annulus = QPainterPath()
    annulus.addRoundedRect(QRectF(-w, -h, 2 * w, 2 * h), h * 0.9, h * 0.9)
    nucleus = QPainterPath()
    nucleus.addEllipse(QRectF(-w * 0.35, -h * 0.55, w * 0.7, h * 1.1))
    return annulus, nucleus


def side_view(affected: bool = False) -> Artwork:
    """The whole spine from the side, with its natural curves."""
    art = Artwork()
    y = 40.0
    placements: dict[str, tuple[float, float, float, tuple[int, int, int]]] = {}
    for level in LEVELS:
        body, disc, depth = _SIZES[level]
        centre = y + body / 2
        placements[level] = (_centre_x(centre), centre, _angle(centre), (body, disc, depth))
        y += body + disc
    sacrum_top = y

    # The canal and the cord run behind the bodies, so they are painted first.
    canal = QPainterPath()
    cord = QPainterPath()
    top = placements["C1"]
    canal.moveTo(top[0] + top[3][2] / 2 + 2, top[1] - 20)
    cord.moveTo(top[0] + top[3][2] / 2 + top[3][2] * 0.21, top[1] - 20)
    for level in LEVELS:
        x, cy, _a, (body, _d, depth) = placements[level]
        canal.lineTo(x + depth / 2 + 2, cy)
        if level in CERVICAL or level in THORACIC:
            cord.lineTo(x + depth / 2 + depth * 0.21, cy)
    for level in reversed(LEVELS):
        x, cy, _a, (body, _d, depth) = placements[level]
        canal.lineTo(x + depth / 2 + depth * 0.42, cy)
    canal.closeSubpath()
    art.add(CANAL, canal)
    cord_path = QPainterPath()
    cord_path.addPath(_stroke(cord, 9))
    art.add(CORD, cord_path, "spinal-cord")

    for index, level in enumerate(LEVELS):
        x, cy, angle, (body, disc, depth) = placements[level]
        arch = _placed(_posterior_arch(depth, body, level), x, cy, angle)
        art.add(BONE, arch, f"vertebra-{level}")
        art.add(BONE, _placed(_vertebral_body(depth, body), x, cy, angle), f"vertebra-{level}")
        if level in LUMBAR:
            lower = LEVELS[index + 1] if index + 1 < len(LEVELS) else "S1"
            art.add(JOINT, _placed(_facet(depth, body), x, cy, angle), f"facet-{level}-{lower}")
            canal_part = QPainterPath()
            canal_part.addRect(QRectF(depth / 2 + 1, -body / 2, depth * 0.42, body))
            # The canal lies behind the bones: painted first, found where bone is not.
            art.parts.insert(0, Part(CANAL, _placed(canal_part, x, cy, angle), f"canal-{level}"))
            root = QPainterPath(QPointF(depth / 2 + depth * 0.2, body / 2 - 2))
            root.cubicTo(QPointF(depth / 2 + 8, body / 2 + disc + 6),
                         QPointF(depth / 2 - 6, body / 2 + disc + 18),
                         QPointF(depth / 2 - 16, body / 2 + disc + 34))
            art.add(NERVE, _placed(_stroke(root, 6), x, cy, angle), f"nerve-root-{level}")
        if level != "C1":
            art.labels.append((level, QPointF(x - depth / 2 - 34, cy + 5)))
        if level not in ("C1",):
            below = LEVELS[index + 1] if index + 1 < len(LEVELS) else "S1"
            dy = body / 2 + disc / 2
            dx = _centre_x(cy + dy) - x
            annulus, nucleus = _disc(depth, disc)
            region = f"disc-{level}-{below}"
            art.add(DISC, _placed(annulus, x + dx, cy + dy, _angle(cy + dy)), region)
            art.add(NUCLEUS, _placed(nucleus, x + dx, cy + dy, _angle(cy + dy)), region)

    _sacrum_and_coccyx(art, sacrum_top)
    if affected:
        _herniation(art, placements["L4"])
    return art


def _stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(path).simplified()


def _sacrum_and_coccyx(art: Artwork, top: float) -> None:
    x = _centre_x(top)
    sacrum = QPainterPath(QPointF(x - 36, top))
    sacrum.lineTo(QPointF(x + 48, top - 4))
    sacrum.quadTo(QPointF(x + 70, top + 50), QPointF(x + 62, top + 110))
    sacrum.quadTo(QPointF(x + 50, top + 150), QPointF(x + 22, top + 168))
    sacrum.lineTo(QPointF(x + 8, top + 160))
    sacrum.quadTo(QPointF(x + 6, top + 90), QPointF(x - 36, top))
    sacrum.closeSubpath()
    art.add(BONE, sacrum, "sacrum")
    joint = QPainterPath()
    joint.addEllipse(QRectF(x + 14, top + 24, 34, 60))
    art.add(JOINT, joint, "si-joint")
    coccyx = QPainterPath()
    cx, cy = x + 18, top + 170
    for size in (12, 10, 8):
        coccyx.addEllipse(QRectF(cx - size, cy, size * 1.6, size * 1.1))
        cx -= size * 0.7
        cy += size * 1.05
    art.add(BONE, coccyx.simplified(), "coccyx")
    art.labels.append(("S1", QPointF(x - 70, top + 30)))


def _herniation(art: Artwork, l4: tuple) -> None:
    """The L4–L5 nucleus pushed backwards through a torn annulus, against the nerve root."""
    _x, cy, _angle_l4, (body, disc, depth) = l4
    dy = body / 2 + disc / 2
    cx, cy2 = _centre_x(cy + dy), cy + dy
    bulge = QPainterPath()
    bulge.addEllipse(QRectF(depth / 2 - 10, -disc * 0.55, 26, disc * 1.5))
    art.add(NUCLEUS, _placed(bulge, cx, cy2, _angle(cy2)), "disc-L4-L5")
    art.add(INFLAMED, _placed(bulge, cx, cy2, _angle(cy2)), "nerve-root-L5")


def back_view(scoliotic: bool = False) -> Artwork:
    """The spine seen from behind: straight, or with a scoliotic S-curve."""
    art = Artwork()
    y = 40.0
    centres: list[tuple[str, float, float, float]] = []
    for level in LEVELS:
        body, disc, _depth = _SIZES[level]
        cy = y + body / 2
        shift = 0.0
        if scoliotic:
            # A right thoracic and a left lumbar curve, the usual double major pattern.
            shift = 70 * math.sin(math.pi * (cy - 250) / 420) if 250 < cy < 670 else 0.0
            shift += -45 * math.sin(math.pi * (cy - 600) / 260) if 600 < cy < 860 else 0.0
        centres.append((level, 500 + shift, cy, body))
        y += body + disc
    for index, (level, x, cy, body) in enumerate(centres):
        width = _SIZES[level][2] * 1.1
        tilt = 0.0
        if index + 1 < len(centres):
            tilt = math.degrees(math.atan2(centres[index + 1][1] - x, centres[index + 1][2] - cy))
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(-width / 2, -body / 2, width, body), 6, 6)
        transverse = QPainterPath()
        transverse.addRoundedRect(QRectF(-width * 1.05, -body * 0.2, width * 2.1, body * 0.35),
                                  5, 5)
        spinous = QPainterPath()
        spinous.addEllipse(QRectF(-7, -body * 0.45, 14, body * 0.9))
        vertebra = shape.united(transverse)
        art.add(BONE, _placed(vertebra, x, cy, tilt), f"vertebra-{level}")
        art.add(LIGAMENT, _placed(spinous, x, cy, tilt), f"vertebra-{level}")
        if level != "C1":
            art.labels.append((level, QPointF(x - width * 1.05 - 40, cy + 5)))
    sx = centres[-1][1]
    sacrum = QPainterPath(QPointF(sx - 70, y))
    sacrum.lineTo(QPointF(sx + 70, y))
    sacrum.quadTo(QPointF(sx + 56, y + 90), QPointF(sx + 12, y + 150))
    sacrum.lineTo(QPointF(sx - 12, y + 150))
    sacrum.quadTo(QPointF(sx - 56, y + 90), QPointF(sx - 70, y))
    sacrum.closeSubpath()
    art.add(BONE, sacrum, "sacrum")
    for side in (-1, 1):
        joint = QPainterPath()
        joint.addEllipse(QRectF(sx + side * 64 - 10, y + 14, 20, 70))
        art.add(JOINT, joint, "si-joint")
    coccyx = QPainterPath()
    coccyx.addEllipse(QRectF(sx - 10, y + 150, 20, 34))
    art.add(BONE, coccyx, "coccyx")
    art.labels.append(("S1", QPointF(sx - 130, y + 30)))
    for region, first, last in (("curve-thoracic", "T2", "T12"), ("curve-lumbar", "L1", "L5")):
        points = [(x, cy) for level, x, cy, _b in centres
                  if LEVELS.index(first) <= LEVELS.index(level) <= LEVELS.index(last)]
        line = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            line.lineTo(QPointF(*point))
        art.add(CURVE, _stroke(line, 150), region)
    return art


def _ring(outer: QRectF, inner: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(outer)
    hole = QPainterPath()
    hole.addEllipse(inner)
    return path.subtracted(hole)


def _axial_vertebra(canal_narrowed: bool) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """A lumbar vertebra from above: body, arch with processes, and the canal inside."""
    body = QPainterPath()
    body.moveTo(300, 520)
    body.cubicTo(280, 300, 720, 300, 700, 520)
    body.cubicTo(690, 560, 600, 575, 500, 560)
    body.cubicTo(400, 575, 310, 560, 300, 520)
    arch = QPainterPath()
    arch.moveTo(400, 560)
    arch.lineTo(385, 640)
    arch.lineTo(250, 660)
    arch.lineTo(250, 690)
    arch.lineTo(400, 690)
    arch.lineTo(470, 760)
    arch.lineTo(485, 900)
    arch.lineTo(515, 900)
    arch.lineTo(530, 760)
    arch.lineTo(600, 690)
    arch.lineTo(750, 690)
    arch.lineTo(750, 660)
    arch.lineTo(615, 640)
    arch.lineTo(600, 560)
    arch.closeSubpath()
    canal = QPainterPath()
    if canal_narrowed:
        canal.moveTo(455, 585)
        canal.lineTo(545, 585)
        canal.lineTo(515, 690)
        canal.lineTo(485, 690)
    else:
        canal.moveTo(425, 580)
        canal.lineTo(575, 580)
        canal.lineTo(560, 650)
        canal.lineTo(500, 720)
        canal.lineTo(440, 650)
    canal.closeSubpath()
    return body, arch.subtracted(canal), canal


def disc_view(herniated: bool = False) -> Artwork:
    """The L4–L5 disc from above: rings of the annulus around the nucleus."""
    art = Artwork()
    _body, arch, canal = _axial_vertebra(False)
    art.add(BONE, arch, "vertebra-L4")
    art.add(CANAL, canal, "canal-L4")
    annulus = QPainterPath()
    annulus.moveTo(290, 520)
    annulus.cubicTo(270, 280, 730, 280, 710, 520)
    annulus.cubicTo(700, 570, 600, 585, 500, 570)
    annulus.cubicTo(400, 585, 300, 570, 290, 520)
    art.add(DISC, annulus, "disc-L4-L5")
    for inset in (40, 80):
        ring = QPainterPath()
        ring.addEllipse(QRectF(290 + inset, 330 + inset * 0.8, 420 - 2 * inset,
                               230 - 1.6 * inset))
        art.add(LIGAMENT, _stroke(ring, 3), "disc-L4-L5")
    nucleus = QPainterPath()
    nucleus.addEllipse(QRectF(430, 390, 140, 100))
    if herniated:
        tongue = QPainterPath(QPointF(520, 470))
        tongue.cubicTo(QPointF(560, 540), QPointF(540, 600), QPointF(575, 620))
        tongue.cubicTo(QPointF(600, 640), QPointF(620, 600), QPointF(600, 560))
        tongue.cubicTo(QPointF(590, 520), QPointF(570, 480), QPointF(520, 470))
        nucleus = nucleus.united(tongue)
        tear = QPainterPath(QPointF(530, 500))
        tear.lineTo(QPointF(560, 530))
        tear.lineTo(QPointF(548, 548))
        tear.lineTo(QPointF(585, 575))
        art.add(INFLAMED, _stroke(tear, 5), "disc-L4-L5")
    art.add(NUCLEUS, nucleus, "disc-L4-L5")
    for side, region in ((-1, "nerve-root-L5"), (1, "nerve-root-L5")):
        root = QPainterPath()
        root.addEllipse(QRectF(500 + side * 80 - 22, 600, 44, 44))
        art.add(INFLAMED if herniated and side == 1 else NERVE, root, region)
    cord = QPainterPath()
    cord.addEllipse(QRectF(470, 605, 60, 50))
    art.add(NERVE, cord, "canal-L4")
    return art


def canal_view(narrowed: bool = False) -> Artwork:
    """A lumbar vertebra from above with the spinal canal and its nerves."""
    art = Artwork()
    body, arch, canal = _axial_vertebra(narrowed)
    art.add(BONE, body, "vertebra-L4")
    art.add(BONE, arch, "vertebra-L4")
    art.add(CANAL, canal, "canal-L4")
    if narrowed:
        for side in (-1, 1):
            ligament = QPainterPath()
            ligament.addEllipse(QRectF(500 + side * 75 - 35, 600, 70, 90))
            art.add(LIGAMENT, ligament, "facet-L4-L5")
    nerves = QPainterPath()
    size = 50 if narrowed else 80
    nerves.addEllipse(QRectF(500 - size / 2, 612, size, size * 0.75))
    art.add(INFLAMED if narrowed else NERVE, nerves, "canal-L4")
    for side in (-1, 1):
        root = QPainterPath()
        root.addEllipse(QRectF(500 + side * 115 - 18, 585, 36, 36))
        art.add(NERVE, root, "nerve-root-L5")
    return art


def facet_view(worn: bool = False) -> Artwork:
    """Two lumbar vertebrae from the side, enlarged, with the facet joint between them."""
    art = Artwork()
    for level, cy in (("L4", 380.0), ("L5", 620.0)):
        body = _vertebral_body(260, 190)
        arch = _posterior_arch(260, 190, level)
        transform = QTransform()
        transform.translate(360, cy)
        art.add(BONE, transform.map(arch), f"vertebra-{level}")
        art.add(BONE, transform.map(body), f"vertebra-{level}")
    annulus, nucleus = _disc(260, 50)
    move = QTransform()
    move.translate(360, 500)
    art.add(DISC, move.map(annulus), "disc-L4-L5")
    art.add(NUCLEUS, move.map(nucleus), "disc-L4-L5")
    joint = QPainterPath()
    joint.addEllipse(QRectF(560, 440, 90, 120))
    art.add(INFLAMED if worn else JOINT, joint, "facet-L4-L5")
    if worn:
        for dx, dy in ((548, 448), (640, 540), (600, 430)):
            spur = QPainterPath(QPointF(dx, dy))
            spur.lineTo(QPointF(dx + 22, dy - 10))
            spur.lineTo(QPointF(dx + 10, dy + 16))
            spur.closeSubpath()
            art.add(BONE, spur, "facet-L4-L5")
    root = QPainterPath(QPointF(520, 470))
    root.cubicTo(QPointF(520, 560), QPointF(470, 640), QPointF(420, 760))
    art.add(NERVE, _stroke(root, 16), "nerve-root-L4")
    art.labels += [("L4", QPointF(150, 385)), ("L5", QPointF(150, 625))]
    return art


VIEW_BUILDERS = {"side": side_view, "back": back_view, "disc": disc_view,
                 "canal": canal_view, "facet": facet_view}
