"""The spine artwork, drawn as vector paths: the same paths paint and hit-test each region.

Coordinates are in a 1000 × 1000 space per view; the whole-spine views use about 12 units
to a centimetre, so sizes and curves follow an adult spine. Parts are painted in list
order. Where parts of two regions overlap, the one painted later is made of a material
that the view tries first (``HIT_ORDER``), so a hit names what is seen; parts without a
region are drawn detail.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform


def built_once(builder: Callable[[bool], Artwork]) -> Callable[[bool], Artwork]:
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

# What a label names: a level ("L4"), a part ("nucleus"), or what one half of a
# comparison shows ("healthy").
LEVEL, TERM, CAPTION = "level", "term", "caption"
# Drawing units kept free for a label's text, by kind: left of its anchor, and above and
# below it.
LABEL_ROOM = {LEVEL: (60, 10), TERM: (230, 16), CAPTION: (230, 16)}


@dataclass(slots=True)
class Part:
    """A piece of the drawing. A ``backdrop`` (the outline of the body around the spine) lies
    under everything, may run beyond what the view fits, and labels may lie on it."""

    material: str
    path: QPainterPath
    region: str | None = None
    backdrop: bool = False


@dataclass(slots=True)
class Label:
    """A name beside the drawing. The text ends at ``anchor`` (it runs to the left); a thin
    leader line may point from there to ``target`` on what it names. Where labels would
    overlap on a small screen, those of lower ``rank`` are kept.

    A LEVEL label shows ``text`` ("L4"). TERM and CAPTION labels name what they show by
    ``term``, a key of ``TERMS``, to be shown in the reader's language; ``text`` holds its
    English name. TERM labels name parts and may be switched off; CAPTION labels say what
    a half of a comparison shows and stay."""

    text: str
    anchor: QPointF
    target: QPointF | None = None
    rank: int = 1
    term: str | None = None
    kind: str = LEVEL

    def mapped(self, transform: QTransform) -> Label:
        target = transform.map(self.target) if self.target is not None else None
        return Label(self.text, transform.map(self.anchor), target, self.rank, self.term,
                     self.kind)


@dataclass(slots=True)
class Artwork:
    parts: list[Part] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    # Which drawing this is ("side-0": the view and its variant), where it is one of the
    # program's own: a picture of it may then be kept between runs.
    source: str | None = field(default=None, compare=False)

    def add(self, material: str, path: QPainterPath, region: str | None = None) -> None:
        if path.isEmpty():
            return
        # A region's outline is filled as drawn, even where a curve crosses itself, so
        # that hit-testing and painting agree.
        self.parts.append(Part(material, path.simplified() if region else path, region))

    def add_backdrop(self, material: str, path: QPainterPath) -> None:
        """A part without a region under everything drawn so far."""
        self.parts.insert(0, Part(material, path, None, backdrop=True))

    def include(self, other: Artwork, move: QTransform) -> None:
        """Another drawing's parts and labels, moved (or mirrored) by ``move``: one half of
        a comparison. The whole is settled once it is complete."""
        for part in other.parts:
            self.parts.append(Part(part.material, move.map(part.path), part.region,
                                   part.backdrop))
        self.labels += [label.mapped(move) for label in other.labels]

    def drawn_rect(self) -> QRectF:
        """Where the parts are, the backdrop left out."""
        rect = QRectF()
        for part in self.parts:
            if not part.backdrop:
                rect = rect.united(part.path.boundingRect())
        return rect

    def bounds(self) -> QRectF:
        """The drawn area with its labels, with a small margin: what the view fits."""
        rect = self.drawn_rect()
        for label in self.labels:
            width, half = LABEL_ROOM[label.kind]
            rect = rect.united(QRectF(label.anchor.x() - width, label.anchor.y() - half, width,
                                      2 * half))
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
