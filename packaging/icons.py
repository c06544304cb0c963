"""Render the application icon from packaging/icons/rugwijzer.svg: PNGs and a Windows .ico.

Qt's own SVG renderer draws it, so the build needs nothing beyond PySide6, and the result
looks the same as the running program draws SVGs.

    python packaging/icons.py OUT_DIR

writes ``OUT_DIR/hicolor/<N>x<N>/apps/nl.rugwijzer.Rugwijzer.png`` for the hicolor theme,
``OUT_DIR/rugwijzer-<N>.png`` and ``OUT_DIR/rugwijzer.ico``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "rugwijzer.svg"
APP_ID = "nl.rugwijzer.Rugwijzer"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Windows draws the small sizes from uncompressed bitmaps in every context (some shell
# views and older tools do not decode PNG entries); big ones stay PNG to keep the file small.
ICO_PNG_FROM = 64


def render(size: int) -> bytes:
    """The icon as PNG bytes of size x size pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bitmap_entry(png: bytes) -> bytes:
    """An ICO image entry as a 32-bit DIB: BGRA rows bottom-up, then a 1-bit AND mask."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())
    # Format_ARGB32 is stored as B, G, R, A bytes on little-endian machines: the DIB order.
    rows = b"".join(bits[y * stride:y * stride + width * 4] for y in reversed(range(height)))
    # The alpha channel carries the transparency; the AND mask stays all zero (opaque).
    mask_stride = ((width + 31) // 32) * 4
    return header + rows + bytes(mask_stride * height)


def ico(pngs: dict[int, bytes]) -> bytes:
    entries = [(size, png if size >= ICO_PNG_FROM else bitmap_entry(png))
               for size, png in sorted(pngs.items())]
    offset = 6 + 16 * len(entries)
    directory, images = [], []
    for size, data in entries:
        byte_size = size if size < 256 else 0  # 0 means 256 in an ICO directory
        directory.append(struct.pack("<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32,
                                     len(data), offset))
        images.append(data)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + b"".join(directory) + b"".join(images)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed by QPainter
    pngs = {size: render(size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES})}
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        (out / f"rugwijzer-{size}.png").write_bytes(pngs[size])
    (out / "rugwijzer.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    print(f"icons: {len(HICOLOR_SIZES)} PNG sizes and rugwijzer.ico in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
