"""QR codes as plain module grids, made offline with segno (pure Python)."""

from __future__ import annotations

import segno

# Medium error correction survives a smudged tablet screen or a creased handout and keeps
# a web address at a size that phones read from arm's length.
ERROR_LEVEL = "m"


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code for ``text``, row by row; True is dark. No quiet zone.

    Always a full QR code: segno would pick a Micro QR code for short texts such as a
    phone number, and the cameras of most phones cannot read those.
    """
    if not text:
        raise ValueError("a QR code needs a text to encode")
    code = segno.make_qr(text, error=ERROR_LEVEL)
    return [[bool(module) for module in row] for row in code.matrix]
