"""QR codes as plain module grids, made offline with segno (pure Python).

segno is imported with the first code made: its writers bring in the standard library's
web and mail modules, which start-up has no use for.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

# Medium error correction survives a smudged tablet screen or a creased handout and keeps
# a web address at a size that phones read from arm's length.
ERROR_LEVEL = "m"


class QrError(ValueError):
    """A text that no QR code can hold (too long, or otherwise refused by segno)."""


@lru_cache(maxsize=16)
def _modules(text: str) -> tuple[tuple[bool, ...], ...]:
    import segno

    try:
        code = segno.make_qr(text, error=ERROR_LEVEL)
        return tuple(tuple(bool(module) for module in row) for row in code.matrix)
    except Exception as exc:  # segno's errors have no common base; none may stop the program
        shown = text if len(text) <= 60 else text[:60] + "…"
        raise QrError(f"no QR code can be made for '{shown}' ({len(text):,} characters): "
                      f"{exc}") from exc


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code for ``text``, row by row; True is dark. No quiet zone.

    Always a full QR code: segno would pick a Micro QR code for short texts such as a
    phone number, and the cameras of most phones cannot read those. Raises QrError when
    no QR code can hold ``text``.
    """
    if not text:
        raise QrError("a QR code needs a text to encode")
    return [list(row) for row in _modules(text)]


def can_encode(text: str) -> bool:
    """Whether a QR code can hold ``text``; if not, the log says why."""
    try:
        qr_matrix(text)
    except QrError as exc:
        log.warning("%s; it is left out", exc)
        return False
    return True
