"""Every key of the clinic profile, declared once: type, default, rule, meaning and check.

The loader, ``--check-content``, the commented profile that the Linux package installs and
the key list in docs/clinic-it.md all follow this table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..appearance import CHOICES as THEME_CHOICES
from ..languages import DEFAULT_LANGUAGE, LANGUAGES
from ..pin import (
    HASH_FORMAT,
    ITERATIONS,
    PIN_RULE,
    parse_legacy_hash,
    parse_pin_hash,
)
from .contrast import HEX, usable_accent

IDLE_SECONDS = (10, 86400)
IDLE_DEFAULT = 120
LOGO_MAX_BYTES = 2 * 1024 * 1024
ADDITIONS = ("show", "hide")

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9 +\-()./]*[0-9][0-9 +\-()./]*$")
# Tabs and line breaks are allowed where a text may have several lines; no other control
# characters, which would show as boxes or upset a window title.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PNG = b"\x89PNG\r\n\x1a\n"


class Invalid(Exception):
    """A value that cannot be used; the message, if any, says how it misses the rule."""


# (value to use, warning or None)
Checked = tuple[Any, str | None]


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    type: type
    default: Any
    rule: str  # what a valid value is: "'website' must be RULE"
    description: str  # what the key does
    example: str  # a TOML value for the commented profile
    check: Callable[[Any, Path], Checked]
    fail_closed: Any = None  # used instead of the default when the value is invalid


def _text(limit: int, lines: bool = False) -> Callable[[Any, Path], Checked]:
    def check(value: str, _folder: Path) -> Checked:
        if len(value) > limit:
            raise Invalid(f"it is {len(value):,} characters long")
        if _CONTROL.search(value) or (not lines and ("\n" in value or "\t" in value)):
            raise Invalid("it contains a line break or another control character"
                          if not lines else "it contains a control character")
        return value, None
    return check


def _matching(pattern: re.Pattern[str], limit: int) -> Callable[[Any, Path], Checked]:
    length = _text(limit)

    def check(value: str, folder: Path) -> Checked:
        length(value, folder)
        if not pattern.match(value):
            raise Invalid
        return value, None
    return check


def _name(value: str, folder: Path) -> Checked:
    if not value:
        raise Invalid("it is empty")
    return _text(100)(value, folder)


def _logo(value: str, folder: Path) -> Checked:
    """A PNG or SVG file in the profile's own folder (a link out of it does not count)."""
    import xml.etree.ElementTree as ET  # only a profile with a logo needs it

    _text(255)(value, folder)
    try:
        home = folder.resolve()
        path = (home / value).resolve()
        if not path.is_relative_to(home):
            raise Invalid(f"'{value}' leads to {path}, outside {home}")
        if not path.is_file():
            raise Invalid(f"'{value}' not found (looked for {path})")
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise Invalid(f"'{value}' is {size / 2**20:.1f} MB")
        with path.open("rb") as file:
            if file.read(len(_PNG)) == _PNG:
                return path, None
            file.seek(0)
            _, root = next(ET.iterparse(file, events=("start",)), (None, None))
    except ET.ParseError:
        root = None
    except (OSError, RuntimeError, ValueError) as exc:
        raise Invalid(f"'{value}' cannot be read ({exc})") from None
    if root is None or root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise Invalid(f"'{value}' is neither a PNG nor an SVG picture")
    return path, None


def _accent(value: str, _folder: Path) -> Checked:
    if not HEX.match(value):
        raise Invalid
    return usable_accent(value)


def _kiosk_pin(value: str, _folder: Path) -> Checked:
    try:
        pin = parse_pin_hash(value)
    except ValueError as exc:
        raise Invalid(str(exc)) from None
    if pin.iterations < ITERATIONS:
        return pin, (f"'kiosk_pin' uses {pin.iterations:,} iterations, fewer than "
                     f"{ITERATIONS:,}: a stolen profile gives the PIN away faster; make a "
                     "new line with rugwijzer --hash-pin")
    return pin, None


def _legacy_pin(value: str, _folder: Path) -> Checked:
    try:
        pin = parse_legacy_hash(value)
    except ValueError:
        raise Invalid from None
    return pin, ("'kiosk_pin_sha256' is an unsalted hash from which the PIN is found in a "
                 "second; it still works, but replace it with the kiosk_pin line that "
                 "rugwijzer --hash-pin prints")


def _idle(value: int, _folder: Path) -> Checked:
    if not IDLE_SECONDS[0] <= value <= IDLE_SECONDS[1]:
        raise Invalid
    return value, None


def _language(value: str, _folder: Path) -> Checked:
    if value not in LANGUAGES:
        raise Invalid
    return value, None


def _theme(value: str, _folder: Path) -> Checked:
    if value not in THEME_CHOICES:
        raise Invalid
    return value, None


def _additions(value: str, _folder: Path) -> Checked:
    if value not in ADDITIONS:
        raise Invalid
    return value, None


def _as_is(value: Any, _folder: Path) -> Checked:
    return value, None


KEYS: dict[str, Key] = {key.name: key for key in (
    Key("name", str, "Rugwijzer", "a text of 1 to 100 characters on one line",
        "The clinic's name: window title, start page, patient handout.",
        '"Rugkliniek Voorbeeld"', _name),
    Key("website", str, None,
        "a web address starting with https:// or http://, at most 200 characters",
        "The clinic's website, shown with a QR code on the advice page and the handout.",
        '"https://www.example.org"', _matching(_URL, 200)),
    Key("phone", str, None,
        "a phone number of at most 40 characters: digits, spaces and + - ( ) . /",
        "The phone number; without a website the QR code calls it.",
        '"010 123 45 67"', _matching(_PHONE, 40)),
    Key("email", str, None, "an e-mail address of at most 200 characters",
        "The e-mail address.", '"info@example.org"', _matching(_EMAIL, 200)),
    Key("address", str, None, "a text of at most 500 characters, on one or more lines",
        "The postal address.", '"""Voorbeeldstraat 1\n1234 AB Voorbeeld"""', _text(500, True)),
    Key("opening_hours", str, None, "a text of at most 500 characters, on one or more lines",
        "When the clinic can be reached.", '"ma–vr 8.00–17.00"', _text(500, True)),
    Key("logo", str, None,
        f"a PNG or SVG file of at most {LOGO_MAX_BYTES // 2**20} MB in the profile's folder, "
        "named relative to the profile",
        "The clinic's logo, on the start page and the handout.", '"logo.png"', _logo),
    Key("accent", str, None, 'a colour like "#1E6379"',
        "Accent colour of the interface; a colour too light for readable text (contrast "
        "below 4.5:1 against white) is darkened, with a warning. The dark theme uses a "
        "lighter shade of it; high contrast keeps its own colours.", '"#1E6379"', _accent),
    Key("theme", str, None, " or ".join(f'"{choice}"' for choice in THEME_CHOICES),
        "The colours each reader starts with: light, dark, high contrast, or system to "
        "follow the computer's own setting (also when not set). A reader's own choice in "
        "Rugwijzer wins on a desktop PC; a tablet starts every reader with this one.",
        '"high-contrast"', _theme),
    Key("kiosk", bool, False, "true or false",
        "Start in tablet mode. An invalid value also starts in tablet mode, to be safe.",
        "true", _as_is, fail_closed=True),
    Key("kiosk_pin", str, None, f'"{HASH_FORMAT}", as rugwijzer --hash-pin prints it',
        f"The staff PIN ({PIN_RULE}) that leaves tablet mode, stored as a slow salted hash. "
        "Without it tablet mode cannot be left from within Rugwijzer.",
        '"pbkdf2-sha256$600000$...$..."', _kiosk_pin),
    Key("kiosk_pin_sha256", str, None, "64 hexadecimal characters",
        "The PIN as an unsalted SHA-256 hash, from older versions: still accepted, with a "
        "warning; kiosk_pin is used when both are present.", '"..."', _legacy_pin),
    Key("idle_reset_seconds", int, IDLE_DEFAULT,
        f"a whole number of seconds from {IDLE_SECONDS[0]} to {IDLE_SECONDS[1]}",
        "In tablet mode, quiet time (the warning included) before everything goes back to "
        f"the start; {IDLE_DEFAULT} when not set.", str(IDLE_DEFAULT), _idle),
    Key("default_language", str, None, " or ".join(f'"{code}"' for code in LANGUAGES),
        "The language each new reader starts in (otherwise the system's language).",
        f'"{DEFAULT_LANGUAGE}"', _language),
    Key("additions", str, "show", '"show" or "hide"',
        "Explanations added to the clinic's texts that the clinic's physician has not yet "
        'approved: "show" shows them, labelled as extra explanation, with a note that they '
        'are not yet approved; "hide" leaves them out of the texts and handouts until they '
        "are approved.",
        '"hide"', _additions),
    Key("read_aloud", bool, False, "true or false",
        "In tablet mode, a Read aloud button on every article (for waiting rooms with "
        "headphones); on a desktop it is always there.", "true", _as_is),
)}


def type_matches(key: Key, value: Any) -> bool:
    # TOML's true and false are Python bools, which are also ints.
    return isinstance(value, key.type) and (key.type is bool or not isinstance(value, bool))

