"""The first picture of the spine a canvas paints, kept in the cache folder (see
:mod:`rugwijzer.cache`), so that the next start shows the start page's spine without
painting its few hundred shaded parts again (about 20 ms of the start).

An entry is named by everything the picture follows from: the drawing and the code that
draws it, Qt's version and platform, the size in pixels and the part of the drawing shown,
the theme's and the drawing's colours, the font, and the names in the interface's language.
It carries a checksum; one that does not match, or that Qt cannot read, is painted anew.
Only the last few pictures are kept.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qVersion
from PySide6.QtGui import QGuiApplication, QImage, QPixmap

from ... import cache

log = logging.getLogger(__name__)

KIND = "spine-pictures"
KEPT = 8
_stamp: str | None = None


def _code_stamp() -> str:
    global _stamp
    if _stamp is None:
        here = Path(__file__).parent
        files = sorted(str(p) for p in (*here.glob("*.py"), *here.glob("art/*.py")))
        _stamp = cache.code_stamp(files) + f"\nQt {qVersion()}"
    return _stamp


def name(*facts: str) -> str | None:
    """The entry of the picture that ``facts`` describe, or None where nothing is kept."""
    if cache.folder() is None:
        return None
    return cache.key(_code_stamp(), QGuiApplication.platformName(), *facts) + ".png"


def read(entry: str) -> QPixmap | None:
    """The kept picture ``entry``, or None."""
    data = cache.read(KIND, _code_stamp(), entry)
    payload = cache.unsealed(data) if data is not None else None
    if payload is None:
        return None
    image = QImage()
    if not image.loadFromData(payload, "PNG"):
        return None
    return QPixmap.fromImage(image)


def keep(entry: str, picture: QPixmap) -> None:
    """Keep ``picture`` as ``entry``; where it cannot be kept, it is not."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.toImage().save(buffer, "PNG"):
        log.info("cannot encode the spine's picture %s", entry)
        return
    buffer.close()
    cache.write(KIND, _code_stamp(), entry, cache.sealed(data.data()))
    cache.trim(KIND, _code_stamp(), KEPT)
