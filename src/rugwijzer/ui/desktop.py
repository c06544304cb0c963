"""What the desktop asks of Rugwijzer's look: a dark colour scheme, high contrast, less motion.

The colour scheme and the wish for high contrast come from Qt's style hints, which read
them on Windows (dark app mode; High contrast / Contrast themes), on macOS (Appearance;
Increase contrast) and on Linux desktops through the XDG settings portal (GNOME and KDE
dark style and high contrast). Qt (6.11) has no hint for reduced motion, so it is read
here: on Windows from "Show animations in Windows" (SPI_GETCLIENTAREAANIMATION), on GNOME
from the setting ``org.gnome.desktop.interface enable-animations``, on KDE from an
animation speed of zero in kdeglobals; elsewhere motion is left as it is.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import appearance

log = logging.getLogger(__name__)

GSETTINGS_TIMEOUT = 1.0  # seconds; a desktop that does not answer by then keeps its motion
SPI_GETCLIENTAREAANIMATION = 0x1042


def prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark


def prefers_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):  # Qt before 6.10
        return False
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def resolve(choice: str) -> str:
    """The theme ``choice`` (one of appearance.CHOICES) shows on this desktop now."""
    return appearance.resolve(choice, dark=prefers_dark(),
                              high_contrast=prefers_high_contrast())


def watch(changed: Callable[..., None]) -> None:
    """Call ``changed`` (a method of a QObject, so that the connection ends with it)
    whenever the desktop's colour scheme or contrast changes."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(changed)
    if hasattr(hints, "accessibility"):
        hints.accessibility().contrastPreferenceChanged.connect(changed)


def windows_animations_off() -> bool:
    import ctypes

    enabled = ctypes.c_int(1)
    if not ctypes.windll.user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0,
                                                      ctypes.byref(enabled), 0):
        return False
    return not enabled.value


def gnome_animations_off(run: Callable[..., Any] | None = None) -> bool:
    """GNOME's "Animations" switch, asked of ``gsettings`` (by ``run``, subprocess.run if
    not given); after the first paint, so its modules are imported only then."""
    import shutil
    import subprocess

    run = run or subprocess.run
    program = shutil.which("gsettings")
    if program is None:
        return False
    try:
        done = run([program, "get", "org.gnome.desktop.interface", "enable-animations"],
                   capture_output=True, text=True, timeout=GSETTINGS_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("cannot ask the desktop about animations: %s", exc)
        return False
    return done.returncode == 0 and done.stdout.strip() == "false"


def kde_animations_off(config_home: Path) -> bool:
    """KDE's "Animation speed" slider at "Instant" writes an AnimationDurationFactor of 0."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(config_home / "kdeglobals", encoding="utf-8")
        return parser.getfloat("KDE", "AnimationDurationFactor", fallback=1.0) == 0
    except (configparser.Error, ValueError, UnicodeDecodeError):
        return False


@cache
def prefers_reduced_motion() -> bool:
    """Asked once per run: the answer may take a call to the desktop's settings tool."""
    if sys.platform == "win32":
        return windows_animations_off()
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return kde_animations_off(config_home) or gnome_animations_off()


def apply_motion(app: QApplication) -> None:
    """No sliding or fading menus, lists and tooltips when the desktop asks for less
    motion; kinetic scrolling asks ``prefers_reduced_motion`` itself."""
    if prefers_reduced_motion():
        app.setEffectEnabled(Qt.UIEffect.UI_General, False)
