"""Text contrast (WCAG 2): a clinic's accent colour may not make text hard to read."""

from __future__ import annotations

import re

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
MINIMUM = 4.5


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _darken(colour: str, factor: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def readable_accent(colour: str, background: str = "#FFFFFF") -> str:
    """``colour``, darkened as little as needed (same hue) to reach 4.5:1 on ``background``.

    The accent is used both as text on white and as the background of white text, so one
    ratio against white covers both.
    """
    factor = 1.0
    adjusted = colour.upper()
    while ratio(adjusted, background) < MINIMUM and factor > 0:
        factor = round(factor - 0.02, 2)
        adjusted = _darken(colour, factor)
    return adjusted
