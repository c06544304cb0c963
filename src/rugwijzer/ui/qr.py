"""QR codes drawn for the screen and for paper: dark modules on white, with a quiet zone."""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from ..content.qr import qr_matrix

# Scanners need four light modules around the code to find it (ISO/IEC 18004).
QUIET_ZONE = 4


def module_px_for(text: str, min_px: int, quiet_zone: int = QUIET_ZONE) -> int:
    """The smallest whole module size that makes the code at least ``min_px`` wide.

    Whole pixels per module keep every edge sharp; a scaled code blurs and scans badly.
    """
    modules = len(qr_matrix(text)) + 2 * quiet_zone
    return max(1, math.ceil(min_px / modules))


def qr_image(text: str, module_px: int, *, quiet_zone: int = QUIET_ZONE,
             dark: str = "#000000", light: str = "#FFFFFF") -> QImage:
    """``text`` as a QR code, ``module_px`` pixels per module."""
    if module_px < 1:
        raise ValueError("a module needs at least one pixel")
    matrix = qr_matrix(text)
    size = (len(matrix) + 2 * quiet_zone) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(light))
    colour = QColor(dark)
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, is_dark in enumerate(row):
            if is_dark:
                painter.fillRect((x + quiet_zone) * module_px, (y + quiet_zone) * module_px,
                                 module_px, module_px, colour)
    painter.end()
    return image


def qr_pixmap(text: str, module_px: int, *, quiet_zone: int = QUIET_ZONE,
              dark: str = "#000000", light: str = "#FFFFFF",
              device_pixel_ratio: float = 1.0) -> QPixmap:
    """``text`` as a QR code for a widget; ``module_px`` is in device-independent pixels.

    On a high-density screen the modules are drawn at the screen's own resolution, so the
    code stays sharp instead of being scaled up.
    """
    physical = max(1, round(module_px * device_pixel_ratio))
    pixmap = QPixmap.fromImage(qr_image(text, physical, quiet_zone=quiet_zone, dark=dark,
                                        light=light))
    pixmap.setDevicePixelRatio(physical / module_px)
    return pixmap
