"""The registry of anatomical regions that texts and the spine illustration refer to.

One list is the source for the illustration, the content checker and the names shown to
users and assistive technology. Region ids are stable: content files link to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

CERVICAL = [f"C{i}" for i in range(1, 8)]
THORACIC = [f"T{i}" for i in range(1, 13)]
LUMBAR = [f"L{i}" for i in range(1, 6)]
MOBILE_LEVELS = CERVICAL + THORACIC + LUMBAR
LUMBAR_PAIRS = [("L1", "L2"), ("L2", "L3"), ("L3", "L4"), ("L4", "L5"), ("L5", "S1")]

# Illustration views a topic can ask for with ``view = "..."`` in its front matter.
VIEWS = ("side", "back", "disc", "canal", "facet")


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    kind: str
    name_nl: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_nl if lang == "nl" else self.name_en


def _section_nl(level: str) -> str:
    return {"C": "halswervel", "T": "borstwervel", "L": "lendenwervel"}[level[0]]


def _section_en(level: str) -> str:
    return {"C": "neck", "T": "chest", "L": "lower back"}[level[0]]


def _build() -> dict[str, Region]:
    regions: list[Region] = []
    for level in MOBILE_LEVELS:
        regions.append(Region(f"vertebra-{level}", "vertebra",
                              f"Wervel {level} ({_section_nl(level)})",
                              f"Vertebra {level} ({_section_en(level)})"))
    # C1 and C2 turn on each other without a disc, so discs start below C2.
    for upper, lower in pairwise([*MOBILE_LEVELS[1:], "S1"]):
        regions.append(Region(f"disc-{upper}-{lower}", "disc",
                              f"Tussenwervelschijf {upper}–{lower}",
                              f"Disc between {upper} and {lower}"))
    for upper, lower in LUMBAR_PAIRS:
        regions.append(Region(f"facet-{upper}-{lower}", "facet",
                              f"Facetgewrichtjes {upper}–{lower}",
                              f"Facet joints between {upper} and {lower}"))
    for level in LUMBAR:
        regions.append(Region(f"canal-{level}", "canal",
                              f"Wervelkanaal ter hoogte van {level}",
                              f"Spinal canal at {level}"))
    for level in [*LUMBAR, "S1"]:
        regions.append(Region(f"nerve-root-{level}", "nerve-root",
                              f"Zenuwwortel {level}",
                              f"Nerve root {level}"))
    regions += [
        Region("spinal-cord", "canal", "Ruggenmerg", "Spinal cord"),
        Region("sacrum", "bone", "Heiligbeen", "Sacrum"),
        Region("coccyx", "bone", "Stuitje", "Tailbone (coccyx)"),
        Region("si-joint", "joint", "SI-gewricht (tussen heiligbeen en bekken)",
               "SI joint (between sacrum and pelvis)"),
        Region("curve-cervical", "curve", "Kromming van de nek", "Curve of the neck"),
        Region("curve-thoracic", "curve", "Kromming van de borstwervels",
               "Curve of the upper back"),
        Region("curve-lumbar", "curve", "Kromming van de lage rug", "Curve of the lower back"),
    ]
    return {region.id: region for region in regions}


REGIONS: dict[str, Region] = _build()


def region(region_id: str) -> Region:
    """Return the region with this id; raises KeyError for an unknown id."""
    return REGIONS[region_id]


def is_region(region_id: str) -> bool:
    return region_id in REGIONS
