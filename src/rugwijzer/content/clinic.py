"""The clinic profile: who the clinic is, how to reach it, and how its tablets behave.

Read from the most specific place that has one: ``--clinic FILE``, then the system-wide
file that clinic IT places, then the profile shipped with Rugwijzer. A mistake costs only
the key (or the line) it is in: every other key still applies, and a key left out or
faulty keeps the shipped profile's value. A profile that asks for tablet mode starts
locked, however broken the rest of it is.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import resources
from ..pin import PinHash
from .clinic_keys import KEYS, Invalid, type_matches
from .diagnostics import Diagnostic, toml_error

MAX_PROFILE_BYTES = 64 * 1024
# Each line that TOML cannot read is left out and the rest read again; a file with more
# such lines than this is not a profile.
MAX_BAD_LINES = 50
# Tablet mode as the file's text shows it, without parsing it: an IT admin's intent that
# a typing error elsewhere in the file must not undo.
_SAYS_KIOSK = re.compile(r"""^\s*["']?kiosk["']?\s*=\s*true\s*(?:#.*)?$""", re.IGNORECASE)
_MULTILINE_QUOTES = ('"""', "'''")


@dataclass(frozen=True, slots=True)
class ClinicProfile:
    name: str = field(default=KEYS["name"].default)
    path: Path | None = None
    website: str | None = field(default=KEYS["website"].default)
    phone: str | None = field(default=KEYS["phone"].default)
    email: str | None = field(default=KEYS["email"].default)
    address: str | None = field(default=KEYS["address"].default)
    opening_hours: str | None = field(default=KEYS["opening_hours"].default)
    logo: Path | None = field(default=KEYS["logo"].default)
    accent: str | None = field(default=KEYS["accent"].default)
    theme: str | None = field(default=KEYS["theme"].default)
    kiosk: bool = field(default=KEYS["kiosk"].default)
    kiosk_pin: PinHash | None = field(default=KEYS["kiosk_pin"].default)
    kiosk_pin_sha256: PinHash | None = field(default=KEYS["kiosk_pin_sha256"].default)
    idle_reset_seconds: int = field(default=KEYS["idle_reset_seconds"].default)
    default_language: str | None = field(default=KEYS["default_language"].default)
    additions: str = field(default=KEYS["additions"].default)
    read_aloud: bool = field(default=KEYS["read_aloud"].default)

    @property
    def pin(self) -> PinHash | None:
        return self.kiosk_pin or self.kiosk_pin_sha256

    @property
    def hides_unapproved(self) -> bool:
        """Additions that the clinic's physician has not approved stay off patients' screens."""
        return self.additions == "hide"

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


@dataclass(frozen=True, slots=True)
class ProfileFile:
    """What one profile file says: the keys that can be used, and what is wrong."""

    values: dict[str, Any]
    problems: list[Diagnostic]
    says_kiosk: bool  # the file asks for tablet mode, however broken it is
    kiosk_line: int | None = None


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


def says_kiosk(lines: list[str]) -> bool:
    return any(_SAYS_KIOSK.match(line) for line in lines)


def _decode(path: Path, raw: bytes) -> tuple[list[str], list[Diagnostic]]:
    """The file's lines as TOML counts them; a line that is not UTF-8 becomes empty."""
    lines, problems = [], []
    for number, line in enumerate(raw.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            problems.append(Diagnostic(path, number, "this line is not UTF-8 text and is "
                                                     "ignored; save the file as UTF-8"))
            lines.append("")
    return lines, problems


def _bad_line(lines: list[str], reported: int) -> int | None:
    """The line to leave out for a TOML error reported on line ``reported``.

    Usually that line. An error at the end of the file comes from something left open
    further up: a multi-line text, else the last line with anything on it.
    """
    if reported <= len(lines) and lines[reported - 1] != "":
        return reported
    if reported >= len(lines):
        opened = next((n for n in range(len(lines), 0, -1)
                       if any(quotes in lines[n - 1] for quotes in _MULTILINE_QUOTES)), None)
        if opened is not None:
            return opened
    return next((n for n in range(min(reported, len(lines)), 0, -1) if lines[n - 1] != ""),
                None)


def _parse(path: Path, lines: list[str]) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The TOML in ``lines``, leaving out each line that TOML cannot read."""
    lines = list(lines)
    problems: list[Diagnostic] = []
    for _attempt in range(MAX_BAD_LINES + 1):
        try:
            return tomllib.loads("\n".join(lines)), problems
        except tomllib.TOMLDecodeError as exc:
            reported, message = toml_error(exc, 1, len(lines))
            line = _bad_line(lines, reported)
            if line is None:
                break
            problems.append(Diagnostic(path, line, f"invalid clinic profile: {message}; "
                                                   "this line is ignored"))
            lines[line - 1] = ""
    problems.append(Diagnostic(path, None, "this is not a clinic profile (too many lines "
                                           "that are not TOML); it is ignored"))
    return {}, problems


def _key_line(lines: list[str], key: str) -> int | None:
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
    return next((n for n, text in enumerate(lines, start=1) if pattern.match(text)), None)


def read_profile(path: Path) -> ProfileFile:
    """The usable keys of one profile file, each checked on its own."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_PROFILE_BYTES + 1)
    except FileNotFoundError:
        return ProfileFile({}, [Diagnostic(path, None, "clinic profile not found")], False)
    except OSError as exc:
        return ProfileFile({}, [Diagnostic(path, None, f"clinic profile cannot be read: "
                                                       f"{exc.strerror or exc}")], False)
    # Read leniently: a stray byte that is not UTF-8 must not hide tablet mode.
    kiosk = says_kiosk(raw.decode("utf-8", "replace").split("\n"))
    if len(raw) > MAX_PROFILE_BYTES:
        return ProfileFile({}, [Diagnostic(path, None, f"a clinic profile is at most "
                                                       f"{MAX_PROFILE_BYTES // 1024} KiB; "
                                                       "this file is ignored")], kiosk)
    lines, problems = _decode(path, raw)
    data, found = _parse(path, lines)
    problems.extend(found)

    values: dict[str, Any] = {}
    for name, value in data.items():
        where = _key_line(lines, name)
        key = KEYS.get(name)
        if key is None:
            problems.append(Diagnostic(path, where, f"unknown key '{name}' is ignored (known "
                                                    f"keys: {', '.join(KEYS)})", "warning"))
            continue
        try:
            if not type_matches(key, value):
                raise Invalid
            checked, warning = key.check(value.strip() if isinstance(value, str) else value,
                                         path.parent)
        except Invalid as exc:
            detail = f": {exc}" if str(exc) else ""
            consequence = (f"; {name} = {str(key.fail_closed).lower()} is used, to be safe"
                           if key.fail_closed is not None else "")
            problems.append(Diagnostic(path, where,
                                       f"'{name}' must be {key.rule}{detail}{consequence}"))
            if key.fail_closed is not None:
                values[name] = key.fail_closed
            continue
        if warning is not None:
            problems.append(Diagnostic(path, where, warning, "warning"))
        values[name] = checked
    return ProfileFile(values, problems, kiosk, _key_line(lines, "kiosk"))


def load_clinic(path: Path, base: ClinicProfile | None = None
                ) -> tuple[ClinicProfile, list[Diagnostic]]:
    """A profile from ``path``; keys it leaves out, or gets wrong, come from ``base``."""
    read = read_profile(path)
    merged = {key: getattr(base or ClinicProfile(), key) for key in KEYS}
    merged.update(read.values)
    if read.says_kiosk:
        merged["kiosk"] = True
    profile = ClinicProfile(path=path, **merged)
    problems = list(read.problems)
    if profile.kiosk and profile.pin is None:
        problems.append(Diagnostic(
            path, read.kiosk_line, "tablet mode is on, but no PIN is set: it cannot be left "
            "from within Rugwijzer; add the kiosk_pin line that rugwijzer --hash-pin prints",
            "warning"))
    return profile, problems


def _present(path: Path) -> bool:
    """Whether a profile is there; one that cannot even be looked at counts, so that it is
    reported instead of silently passed over."""
    try:
        return path.is_file()
    except OSError:
        return True


def find_clinic(cli_path: Path | None, default_path: Path, *, platform: str = sys.platform,
                environ: Mapping[str, str] = os.environ
                ) -> tuple[ClinicProfile, list[Diagnostic]]:
    """The profile to use and the problems met on the way to it.

    A profile named with ``--clinic`` is used even when missing, so that its absence is
    reported; otherwise the first candidate that exists. Only that one profile counts, on
    top of the shipped one.
    """
    default, problems = load_clinic(default_path)
    candidates = resolve_clinic_path(cli_path, platform=platform, environ=environ,
                                     default=default_path)
    chosen = cli_path if cli_path is not None else next(p for p in candidates if _present(p)
                                                         or p == default_path)
    if chosen == default_path:
        return default, problems
    profile, found = load_clinic(chosen, default)
    return profile, problems + found
