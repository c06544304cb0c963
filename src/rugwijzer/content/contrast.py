"""Text contrast (WCAG 2): a clinic's accent colour may not make text hard to read."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
MINIMUM = 4.5
# Darkening in steps of 1 % keeps an adjusted accent as close to the clinic's own as 8-bit
# channels allow, for at most a hundred contrast computations.
_STEPS = 100


def _rgb(colour: str) -> tuple[int, int, int]:
    if not HEX.match(colour):
        raise ValueError(f"not a colour like #1E6379: {colour!r}")
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return r, g, b


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``: 0 for black, 1 for white."""
    r, g, b = _rgb(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (none) to 21 (black and white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def shown(value: float) -> str:
    """A ratio as people write it, rounded down: 4.47 must not read as reaching 4.5."""
    return f"{math.floor(value * 10) / 10:.1f}:1"


def _darken(colour: str, factor: float) -> str:
    # Scaling the three channels by one factor keeps hue and saturation.
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in _rgb(colour)))


def _lighten(colour: str, amount: float) -> str:
    # Mixing with white by one amount for all three channels keeps the hue.
    return "#{:02X}{:02X}{:02X}".format(*(round(c + (255 - c) * amount) for c in _rgb(colour)))


def fitted(colour: str, backgrounds: Sequence[str], text_on_colour: str,
           minimum: float = MINIMUM) -> str:
    """The shade of ``colour`` nearest to it that reads at ``minimum`` as text on each of
    ``backgrounds`` and behind ``text_on_colour`` text.

    Behind light text the shade gets darker, behind dark text (a dark theme) lighter, in
    steps of 1 %; when no shade reaches ``minimum``, the one that comes closest.
    """
    original = colour.upper()

    def weakest(shade: str) -> float:
        return min([ratio(text_on_colour, shade), *(ratio(shade, b) for b in backgrounds)])

    if weakest(original) >= minimum:
        return original
    lighter = luminance(text_on_colour) < 0.5
    shades = [_lighten(original, step / _STEPS) if lighter
              else _darken(original, 1 - step / _STEPS) for step in range(1, _STEPS + 1)]
    return next((shade for shade in shades if weakest(shade) >= minimum),
                max([original, *shades], key=weakest))


def usable_accent(color: str, background: str = "#FFFFFF",
                  text_on_accent: str = "#FFFFFF") -> tuple[str, str | None]:
    """An accent readable as text on ``background`` and behind ``text_on_accent`` text.

    Returns ``color`` and None when both reach 4.5:1. Otherwise the lightest darker shade
    of the same hue that does, with a sentence naming both ratios before and after; when
    no shade can (a dark background), the one that comes closest.
    """
    original = color.upper()

    def weakest(shade: str) -> float:
        return min(ratio(shade, background), ratio(text_on_accent, shade))

    if weakest(original) >= MINIMUM:
        return original, None
    problem = (f"accent {original} has a contrast of {shown(ratio(original, background))} "
               f"as text on {background.upper()} and "
               f"{shown(ratio(text_on_accent, original))} behind {text_on_accent.upper()} "
               f"text, below {MINIMUM}:1")
    shades = [_darken(original, 1 - step / _STEPS) for step in range(1, _STEPS + 1)]
    chosen = next((shade for shade in shades if weakest(shade) >= MINIMUM), None)
    if chosen is None:
        chosen = max([original, *shades], key=weakest)
        if chosen == original:
            return original, f"{problem}; no darker shade does better, so it is kept"
        outcome = f"comes closest to {MINIMUM}:1 and is used"
    else:
        outcome = "is used instead"
    return chosen, (f"{problem}; the darker {chosen} ({shown(ratio(chosen, background))} "
                    f"and {shown(ratio(text_on_accent, chosen))}) {outcome}")
