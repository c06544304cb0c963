"""The PIN that lets clinic staff leave tablet mode.

The clinic profile can be read by every user of the computer, so it holds the PIN only as
a salted, deliberately slow hash: ``pbkdf2-sha256$ITERATIONS$SALT$HASH``, with the salt and
the hash in base64. Checking one PIN then takes a noticeable fraction of a second, and
trying all million six-digit PINs takes days instead of a second. Wrong PINs on the keypad
make each next try wait longer, also after a restart.

The hashing modules, which load OpenSSL, are imported only when a PIN is checked or made:
every start reads this module, few check a PIN.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PIN_DIGITS = (4, 12)
PIN_RULE = f"{PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits"
SCHEME = "pbkdf2-sha256"
ITERATIONS = 600_000
# More would let a typing error in the profile freeze the keypad for minutes.
MAX_ITERATIONS = 10_000_000
SALT_BYTES = 16
SHA256_BYTES = 32
MIN_SALT_BYTES = 8
HASH_FORMAT = f"{SCHEME}$ITERATIONS$SALT$HASH"

FREE_ATTEMPTS = 3
FIRST_DELAY = 5.0
MAX_DELAY = 300.0


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a PIN, or None."""
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        return f"a PIN is {PIN_RULE}"
    return None


@dataclass(frozen=True, slots=True)
class PinHash:
    """A stored PIN: PBKDF2-HMAC-SHA256, or the unsalted SHA-256 of older profiles."""

    iterations: int
    salt: bytes
    digest: bytes

    @property
    def legacy(self) -> bool:
        return self.iterations == 0

    def matches(self, pin: str) -> bool:
        import hashlib
        import hmac

        data = pin.encode("utf-8")
        if self.legacy:
            candidate = hashlib.sha256(data).digest()
        else:
            candidate = hashlib.pbkdf2_hmac("sha256", data, self.salt, self.iterations)
        return hmac.compare_digest(candidate, self.digest)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_pin_hash(pin: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The ``kiosk_pin`` value for ``pin``, with a fresh random salt."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${_b64(salt)}${_b64(digest)}"


def parse_pin_hash(value: str) -> PinHash:
    """A ``kiosk_pin`` value; ValueError says what is wrong with it."""
    parts = value.split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        raise ValueError(f"not of the form {HASH_FORMAT}")
    count, salt_text, digest_text = parts[1:]
    if not (count.isascii() and count.isdigit()) or not 1 <= int(count) <= MAX_ITERATIONS:
        raise ValueError(f"the number of iterations must be 1 to {MAX_ITERATIONS:,}")
    try:
        salt = base64.b64decode(salt_text, validate=True)
        digest = base64.b64decode(digest_text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the salt and the hash must be base64") from None
    if len(salt) < MIN_SALT_BYTES:
        raise ValueError(f"the salt must be at least {MIN_SALT_BYTES} bytes")
    if len(digest) != SHA256_BYTES:
        raise ValueError("the hash must be 32 bytes")
    return PinHash(int(count), salt, digest)


def parse_legacy_hash(value: str) -> PinHash:
    """A ``kiosk_pin_sha256`` value: 64 hexadecimal characters."""
    if len(value) != 64:
        raise ValueError("not 64 hexadecimal characters")
    try:
        digest = bytes.fromhex(value)
    except ValueError:
        raise ValueError("not 64 hexadecimal characters") from None
    return PinHash(0, b"", digest)


def attempts_file() -> Path:
    """Where wrong PINs are counted between runs: the user's data folder."""
    from .crash import data_dir

    return data_dir() / "pin-attempts.json"


class PinGuard:
    """Checks PINs; after a few wrong ones each next attempt must wait twice as long.

    With a ``state`` file the count of wrong PINs and the end of the wait outlast the
    program, so that restarting the tablet does not buy new tries. A missing file means no
    wrong PINs; a file that cannot be read counts as a wait of ``FIRST_DELAY``.

    While running, waits are measured on ``clock`` (monotonic), so that setting the system
    clock changes nothing; between runs they are stored as ``wall`` time, and a stored wait
    is never taken as longer than ``MAX_DELAY``, so a clock set back cannot stretch it and
    a restart cannot shorten it.
    """

    def __init__(self, pin: PinHash | None, state: Path | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time) -> None:
        self.pin = pin
        self._state = state
        self._clock = clock
        self._wall = wall
        self._lock = threading.Lock()
        self._failures = 0
        self._locked_until = 0.0
        if state is not None:
            self._load(state)

    @property
    def has_pin(self) -> bool:
        return self.pin is not None

    @property
    def failures(self) -> int:
        return self._failures

    def seconds_to_wait(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str) -> bool:
        """True for the right PIN; a wrong one, or any attempt while waiting, is False.

        Slow by design (see the module); the keypad calls it off the interface's thread.
        """
        if self.pin is None or self.seconds_to_wait() > 0:
            return False
        right = self.pin.matches(pin)
        with self._lock:
            if right:
                self._failures = 0
                self._locked_until = 0.0
            else:
                self._failures += 1
                if self._failures >= FREE_ATTEMPTS:
                    delay = FIRST_DELAY * 2 ** min(self._failures - FREE_ATTEMPTS, 16)
                    self._locked_until = self._clock() + min(MAX_DELAY, delay)
            self._save()
        return right

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            failures, until = data["failures"], data["locked_until"]
            if not (type(failures) is int and failures >= 0
                    and type(until) in (int, float) and until == until):
                raise ValueError("unexpected values")
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("cannot read the count of wrong PINs in %s (%s); the keypad waits "
                        "%d seconds before the first try", path, exc, FIRST_DELAY)
            self._failures = FREE_ATTEMPTS
            self._locked_until = self._clock() + FIRST_DELAY
            return
        remaining = min(max(0.0, until - self._wall()), MAX_DELAY)
        self._failures = failures
        self._locked_until = self._clock() + remaining

    def _save(self) -> None:
        if self._state is None:
            return
        path = self._state
        try:
            if self._failures == 0:
                path.unlink(missing_ok=True)
                return
            remaining = self.seconds_to_wait()
            text = json.dumps({"failures": self._failures,
                               "locked_until": self._wall() + remaining})
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".new")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
        except OSError as exc:
            log.warning("cannot store the count of wrong PINs in %s: %s", path, exc)
