"""The PIN that lets clinic staff leave tablet mode: checked against a hash, slowed when wrong."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable

HASH_PATTERN = re.compile(r"^[0-9a-f]{64}$")
FREE_ATTEMPTS = 3
FIRST_DELAY = 5.0
MAX_DELAY = 300.0


def hash_pin(pin: str) -> str:
    """The value to put in the clinic profile as ``kiosk_pin_sha256``."""
    return hashlib.sha256(pin.strip().encode("utf-8")).hexdigest()


class PinGuard:
    """Checks PINs; after a few wrong ones each next attempt must wait twice as long."""

    def __init__(self, pin_sha256: str | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._hash = pin_sha256.lower() if pin_sha256 else None
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        return self._hash is not None

    def seconds_to_wait(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str) -> bool:
        """True for the right PIN; a wrong one, or any attempt while locked, is False."""
        if self._hash is None or self.seconds_to_wait() > 0:
            return False
        if hmac.compare_digest(hash_pin(pin), self._hash):
            self._failures = 0
            return True
        self._failures += 1
        if self._failures >= FREE_ATTEMPTS:
            delay = FIRST_DELAY * 2 ** (self._failures - FREE_ATTEMPTS)
            self._locked_until = self._clock() + min(MAX_DELAY, delay)
        return False
