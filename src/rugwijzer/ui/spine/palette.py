"""The colours of the spine illustration, one palette per theme: what each part is made of,
and what is painted over the drawing to show a topic's parts, the one pointed at and the
physician's marks.

Painting asks ``current()`` every time, so a change of theme or the clinic's accent shows
at once. The highlights differ in more than colour: a topic's parts have a halo, the marks
a heavier outline, the pointed part a thin one; in high contrast they are also hatched
and dashed differently, so they stay apart for readers who cannot tell the colours apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...appearance import DARK, HIGH_CONTRAST, LIGHT
from .. import theme
from . import art

# light fill, dark fill, outline; lines have only an outline, and a part without fill or
# outline is found by hit-testing but not painted.
Material = tuple[str | None, str | None, str | None]


@dataclass(frozen=True, slots=True)
class SpinePalette:
    materials: dict[str, Material]
    label: str  # the level names
    leader: str  # the line from a name to its part
    highlight: str  # a topic's parts and the chosen one
    mark: str  # the physician's marks: a colour no topic highlight uses
    hover: str  # the part pointed at
    patterns: bool = False  # hatched fills and dashed outlines besides the colours


LIGHT_MATERIALS: dict[str, Material] = {
    art.BONE: ("#F8F1E1", "#DCC9A2", "#86724D"),
    art.SPONGY: ("#FBF4E3", "#F0E1BF", None),
    art.FAR: ("#E6D8B8", "#C9B38A", "#86724D"),
    art.DISC: ("#D5E1E8", "#9DB4C2", "#5C7888"),
    art.NUCLEUS: ("#F4F8FA", "#CFDFE8", "#8CA7B6"),
    art.CORD: ("#F8E7AE", "#E9C766", "#A8852C"),
    art.NERVE: ("#F6D986", "#E2B244", "#98741A"),
    art.ROOTLET: ("#F2D27A", "#E0B04A", None),
    art.CANAL: ("#F7F3EA", "#F7F3EA", None),
    art.SAC: ("#F1F3F9", "#DDE3EF", "#8E9DB8"),
    art.CURVE: (None, None, None),
    # Joint surfaces are a little see-through, like cartilage over bone.
    art.JOINT: ("#D9EEF2F7", "#D9C3CEDD", "#5E708C"),
    art.LIGAMENT: ("#EADDBF", "#D3BF92", "#8E7B54"),
    art.INFLAMED: ("#F3AD98", "#D8664C", "#A23C26"),
    art.FIBRE: (None, None, "#7F9AAA"),
    art.RIDGE: (None, None, "#A48F66"),
    art.DURA: (None, None, "#A9B9C9"),
}


def _dimmed(colour: str | None, factor: float) -> str | None:
    """``colour`` (#RRGGBB or #AARRGGBB) with its red, green and blue scaled by ``factor``."""
    if colour is None:
        return None
    alpha, rgb = colour[1:-6], colour[-6:]
    channels = (round(int(rgb[i:i + 2], 16) * factor) for i in (0, 2, 4))
    return "#" + alpha + "".join(f"{c:02X}" for c in channels)


# On a dark page the same materials, a little dimmer, so that the drawing does not glare;
# the canal, the space behind the vertebrae, is as empty as the page around it.
DARK_MATERIALS: dict[str, Material] = {
    **{name: tuple(_dimmed(colour, 0.9) for colour in material)  # type: ignore[misc]
       for name, material in LIGHT_MATERIALS.items()},
    art.CANAL: ("#222C32", "#222C32", None),
}

# Dark fills with light outlines: the shapes read by their edges, and the highlights, in
# bright colours, stand out against every part.
HIGH_CONTRAST_MATERIALS: dict[str, Material] = {
    art.BONE: ("#404040", "#2A2A2A", "#FFFFFF"),
    art.SPONGY: ("#383838", "#2E2E2E", None),
    art.FAR: ("#303030", "#202020", "#FFFFFF"),
    art.DISC: ("#203848", "#162834", "#FFFFFF"),
    art.NUCLEUS: ("#2C4A5C", "#203A4A", "#D9D9D9"),
    art.CORD: ("#4C4010", "#3A3108", "#FFFFFF"),
    art.NERVE: ("#5C4C08", "#463A06", "#FFFFFF"),
    art.ROOTLET: ("#5C4C08", "#463A06", None),
    art.CANAL: ("#000000", "#000000", None),
    art.SAC: ("#262B36", "#1D212A", "#D9D9D9"),
    art.CURVE: (None, None, None),
    art.JOINT: ("#D9304050", "#D9202C38", "#FFFFFF"),
    art.LIGAMENT: ("#3A3426", "#2C271B", "#D9D9D9"),
    art.INFLAMED: ("#7A2414", "#5C1A0E", "#FF9A80"),
    art.FIBRE: (None, None, "#9FB3BF"),
    art.RIDGE: (None, None, "#BFBFBF"),
    art.DURA: (None, None, "#BFBFBF"),
}

PALETTES: dict[str, SpinePalette] = {
    LIGHT: SpinePalette(LIGHT_MATERIALS, label="#4D5D67", leader="#A7B1B7",
                        highlight="#D9480F", mark="#6A1B9A", hover="#1E6379"),
    # The parts stay light, so the highlights keep the light theme's depth of colour; the
    # marks are lighter, for a drawing that goes beyond the parts onto the dark page.
    DARK: SpinePalette(DARK_MATERIALS, label="#B3BFC6", leader="#5F6E77",
                       highlight="#B83E0E", mark="#B05CE0", hover="#1E6379"),
    HIGH_CONTRAST: SpinePalette(HIGH_CONTRAST_MATERIALS, label="#E6E6E6", leader="#BFBFBF",
                                highlight="#33E0FF", mark="#FF73FF", hover="#FFE94D",
                                patterns=True),
}


def current() -> SpinePalette:
    """The palette of the theme shown, with the accent (the clinic's, where it has one) for
    the part pointed at, in the shade that reads on the parts, and the interface's colour
    for the level names."""
    colours = PALETTES[theme.current()]
    hover = theme.COLOURS.accent if colours.patterns else theme.light_accent()
    return replace(colours, hover=hover, label=theme.COLOURS.muted)


def for_paper() -> SpinePalette:
    """For pictures on paper (the handout): the light palette whatever the screen shows."""
    return PALETTES[LIGHT]
