"""The clinic profile: who the clinic is, how to reach it, and how its tablets behave.

Read from the most specific place that has one: ``--clinic FILE``, then the system-wide
file that clinic IT places, then the profile shipped with Rugwijzer. A broken file never
stops the program: Rugwijzer falls back to the shipped profile and says why.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import resources
from .contrast import HEX, usable_accent
from .diagnostics import Diagnostic, toml_error
from .loader import key_line

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")

# key -> (type, description)
KEYS: dict[str, tuple[type, str]] = {
    "name": (str, "a text"),
    "website": (str, "a web address starting with https:// or http://"),
    "phone": (str, "a text"),
    "email": (str, "an e-mail address"),
    "address": (str, "a text"),
    "opening_hours": (str, "a text"),
    "logo": (str, "a file name, relative to this file"),
    "accent": (str, "a colour like \"#1E6379\""),
    "kiosk": (bool, "true or false"),
    "kiosk_pin_sha256": (str, "the SHA-256 hash of the PIN (64 hexadecimal characters)"),
    "idle_reset_seconds": (int, "a whole number of seconds from 10 to 86400"),
    "default_language": (str, "\"nl\" or \"en\""),
}


@dataclass(frozen=True, slots=True)
class ClinicProfile:
    name: str
    path: Path | None = None
    website: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    opening_hours: str | None = None
    logo: Path | None = None
    accent: str | None = None
    kiosk: bool = False
    kiosk_pin_sha256: str | None = None
    idle_reset_seconds: int | None = None
    default_language: str | None = None

    @property
    def has_contact(self) -> bool:
        return any((self.website, self.phone, self.email, self.address))

    @property
    def qr_target(self) -> str | None:
        """What a QR code on screen or paper opens: the website, else a call to the phone."""
        if self.website:
            return self.website
        if self.phone:
            # A tel: address carries only digits and the international "+"; the "(0)" in
            # "+31 (0)20 ..." is dialled only within the country.
            local = self.phone.replace("(0)", "") if "+" in self.phone else self.phone
            number = "".join(ch for ch in local if ch.isdigit() or ch == "+")
            return f"tel:{number}" if any(ch.isdigit() for ch in number) else None
        return None


def system_profile_path(platform: str = sys.platform,
                        environ: Mapping[str, str] = os.environ) -> Path:
    if platform.startswith("win"):
        return Path(environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Rugwijzer" / "clinic.toml"
    return Path("/etc/rugwijzer/clinic.toml")


def resolve_clinic_path(cli_path: Path | None, *, platform: str = sys.platform,
                        environ: Mapping[str, str] = os.environ,
                        default: Path | None = None) -> list[Path]:
    """Where a profile may be, most specific first: ``--clinic``, system-wide, shipped."""
    shipped = default if default is not None else resources.resource("clinic", "clinic.toml")
    candidates = [cli_path] if cli_path is not None else []
    return [*candidates, system_profile_path(platform, environ), shipped]


def read_profile(path: Path) -> tuple[dict[str, object] | None, list[Diagnostic]]:
    """The checked values of one profile file; None when it cannot be used."""
    problems: list[Diagnostic] = []
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Diagnostic(path, None, "clinic profile not found")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Diagnostic(path, None, f"clinic profile cannot be read: {exc}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = toml_error(exc, 1, len(text.splitlines()))
        return None, [Diagnostic(path, line, f"invalid clinic profile: {message}")]
    lines = text.splitlines()

    def where(key: str) -> int | None:
        line = key_line(lines, key, 1)
        return line if line >= 1 else None

    def error(key: str, message: str, severity: str = "error") -> None:
        problems.append(Diagnostic(path, where(key), message, severity))

    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in KEYS:
            error(key, f"unknown key '{key}' (known keys: {', '.join(KEYS)})")
            continue
        kind, description = KEYS[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            error(key, f"'{key}' must be {description}")
            continue
        values[key] = value.strip() if isinstance(value, str) else value
    if "name" in values and not values["name"]:
        error("name", "'name' must not be empty")

    checks = {
        "website": lambda v: _URL.match(v),
        "email": lambda v: _EMAIL.match(v),
        "accent": lambda v: HEX.match(v),
        "kiosk_pin_sha256": lambda v: _SHA256.match(v),
        "idle_reset_seconds": lambda v: 10 <= v <= 86400,
        "default_language": lambda v: v in ("nl", "en"),
    }
    for key, valid in checks.items():
        if key in values and not valid(values[key]):
            error(key, f"'{key}' must be {KEYS[key][1]}")
            del values[key]
    if "logo" in values:
        logo = (path.parent / str(values["logo"])).resolve()
        if not logo.is_file():
            error("logo", f"logo '{values['logo']}' not found (looked for {logo})")
            del values["logo"]
        else:
            values["logo"] = logo
    if "accent" in values:
        # The interface shows the accent as text on white and behind white text.
        accent, adjustment = usable_accent(str(values["accent"]))
        if adjustment is not None:
            error("accent", adjustment, "warning")
        values["accent"] = accent

    if any(p.is_error for p in problems):
        return None, problems
    return values, problems


def load_clinic(path: Path, base: ClinicProfile | None = None
                ) -> tuple[ClinicProfile | None, list[Diagnostic]]:
    """A profile from ``path``; keys it leaves out come from ``base`` (the shipped profile)."""
    values, problems = read_profile(path)
    if values is None:
        return None, problems
    merged = {key: getattr(base, key) for key in KEYS} if base is not None else {}
    merged.update(values)
    if not merged.get("name"):
        return None, [*problems, Diagnostic(path, None, "the clinic profile needs a 'name'")]
    return ClinicProfile(path=path, **merged), problems


def find_clinic(cli_path: Path | None, default_path: Path, *, platform: str = sys.platform,
                environ: Mapping[str, str] = os.environ
                ) -> tuple[ClinicProfile, list[Diagnostic]]:
    """The profile to use and the problems met on the way to it.

    A profile named with ``--clinic`` is used even when missing, so that its absence is
    reported; otherwise the first candidate that exists. Only that one profile counts: if
    it is broken, the shipped profile is used and the problems say why.
    """
    problems: list[Diagnostic] = []
    default, found = load_clinic(default_path)
    problems.extend(found)
    default = default or ClinicProfile(name="Rugwijzer")
    candidates = resolve_clinic_path(cli_path, platform=platform, environ=environ,
                                     default=default_path)
    chosen = cli_path if cli_path is not None else next(p for p in candidates if p.is_file()
                                                         or p == default_path)
    if chosen == default_path:
        return default, problems
    profile, found = load_clinic(chosen, default)
    problems.extend(found)
    return profile or default, problems
