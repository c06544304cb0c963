"""The themes a reader, the clinic or the command line can choose, by name.

Plain names without Qt, so that the command line, the settings and the clinic profile can
check a choice before any window exists.
"""

from __future__ import annotations

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
SYSTEM = "system"  # whatever the desktop asks for, followed while Rugwijzer runs
THEMES = (LIGHT, DARK, HIGH_CONTRAST)
CHOICES = (SYSTEM, *THEMES)


def resolve(choice: str, *, dark: bool, high_contrast: bool) -> str:
    """The theme to show for ``choice``, given what the desktop asks for: high contrast
    before dark, and light when it asks for neither."""
    if choice in THEMES:
        return choice
    if choice != SYSTEM:
        raise ValueError(f"unknown theme {choice!r}; choose one of {', '.join(CHOICES)}")
    if high_contrast:
        return HIGH_CONTRAST
    return DARK if dark else LIGHT
