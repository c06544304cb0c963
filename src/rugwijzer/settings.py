"""User settings, declared once with their types and defaults, stored with QSettings.

A value that is missing, of the wrong type or out of range reads as its default; a settings
file that cannot be parsed is moved aside and started afresh, never fatal.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from .appearance import CHOICES as THEME_CHOICES
from .languages import LANGUAGES

log = logging.getLogger(__name__)

# Body text in pixels; index 2 is the default, and the largest is twice it (WCAG 1.4.4).
TEXT_SIZES = (15, 16, 18, 20, 22, 25, 28, 32, 36)
DEFAULT_TEXT_SIZE = 2


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    default: Any
    valid: Callable[[Any], bool]


OPTIONS: dict[str, Option] = {
    option.key: option for option in (
        Option("window/geometry", QByteArray(), lambda v: isinstance(v, QByteArray)),
        Option("window/splitter", QByteArray(), lambda v: isinstance(v, QByteArray)),
        Option("language", "", lambda v: v == "" or v in LANGUAGES),
        Option("last_topic", "start", lambda v: isinstance(v, str) and 0 < len(v) < 100),
        Option("text_size", DEFAULT_TEXT_SIZE,
               lambda v: isinstance(v, int) and 0 <= v < len(TEXT_SIZES)),
        # The theme the reader chose in the program; empty: the clinic's or the system's.
        Option("theme", "", lambda v: v == "" or v in THEME_CHOICES),
    )
}


def _coerce(value: Any, default: Any) -> Any:
    """INI files store everything as text; convert back to the default's type where we can."""
    if isinstance(default, bool) or not isinstance(value, str):
        return value
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            return value
    return value


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        "Rugwijzer", "Rugwijzer")
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.problem: str | None = None
        if self._qsettings.status() != QSettings.Status.NoError:
            self._recover()

    @property
    def path(self) -> Path:
        return Path(self._qsettings.fileName())

    def _recover(self) -> None:
        path = self.path
        broken = path.with_name(path.name + ".broken")
        try:
            path.replace(broken)
        except OSError as exc:
            log.warning("cannot move unreadable settings file %s aside: %s", path, exc)
        self.problem = f"{path}: the settings file could not be read; it was saved as " \
                       f"{broken.name} and the default settings are used"
        log.warning(self.problem)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: str) -> Any:
        option = OPTIONS[key]
        raw = self._qsettings.value(key, option.default)
        value = _coerce(raw, option.default)
        if not option.valid(value):
            log.warning("settings %s: ignoring invalid value %r for %s", self.path, raw, key)
            return option.default
        return value

    def set_value(self, key: str, value: Any) -> None:
        if not OPTIONS[key].valid(value):
            raise ValueError(f"invalid value {value!r} for setting {key}")
        self._qsettings.setValue(key, value)

    def unwritable_reason(self) -> str | None:
        """Why changed settings could not be saved, or None when they can be."""
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            return exc.strerror or str(exc)
        return None

    def sync(self) -> bool:
        """Write the settings to disk; False (and a line in the log) when that failed."""
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            log.warning("settings could not be saved to %s", self.path)
            return False
        return True
