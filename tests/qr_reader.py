"""Read a rendered QR code back, the way a phone does, without the library that made it.

``modules_from_image`` finds the quiet zone and module size from the top-left finder
pattern and samples the centre of every module; ``decode`` reads format information,
removes the mask, walks the codewords in the standard's zigzag order, de-interleaves the
blocks and parses the segments. Enough of ISO/IEC 18004 for versions 1 to 10 without
damage: error correction is not needed on a clean rendering, so it is not attempted.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

# version -> error level -> ((blocks, data codewords per block), ...), from ISO/IEC 18004.
BLOCKS = {
    1: {"L": ((1, 19),), "M": ((1, 16),), "Q": ((1, 13),), "H": ((1, 9),)},
    2: {"L": ((1, 34),), "M": ((1, 28),), "Q": ((1, 22),), "H": ((1, 16),)},
    3: {"L": ((1, 55),), "M": ((1, 44),), "Q": ((2, 17),), "H": ((2, 13),)},
    4: {"L": ((1, 80),), "M": ((2, 32),), "Q": ((2, 24),), "H": ((4, 9),)},
    5: {"L": ((1, 108),), "M": ((2, 43),), "Q": ((2, 15), (2, 16)), "H": ((2, 11), (2, 12))},
    6: {"L": ((2, 68),), "M": ((4, 27),), "Q": ((4, 19),), "H": ((4, 15),)},
    7: {"L": ((2, 78),), "M": ((4, 31),), "Q": ((2, 14), (4, 15)), "H": ((4, 13), (1, 14))},
    8: {"L": ((2, 97),), "M": ((2, 38), (2, 39)), "Q": ((4, 18), (2, 19)),
        "H": ((4, 14), (2, 15))},
    9: {"L": ((2, 116),), "M": ((3, 36), (2, 37)), "Q": ((4, 16), (4, 17)),
        "H": ((4, 12), (4, 13))},
    10: {"L": ((2, 68), (2, 69)), "M": ((4, 43), (1, 44)), "Q": ((6, 19), (2, 20)),
         "H": ((6, 15), (2, 16))},
}
LEVEL_BITS = {1: "L", 0: "M", 3: "Q", 2: "H"}
MASKS = (
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
)
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


class QrReadError(AssertionError):
    """The picture is not a QR code this reader can read."""


def _dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def modules_from_image(image: QImage) -> tuple[list[list[bool]], int, int]:
    """The module grid, the module size in pixels and the quiet zone in modules."""
    if image.isNull() or image.width() != image.height():
        raise QrReadError("expected a square picture")
    size = image.width()
    start = next((i for i in range(size) if _dark(image, i, i)), None)
    if start is None:
        raise QrReadError("no dark module at all")
    # The finder pattern's top edge is a run of seven dark modules.
    run = next((i for i in range(start, size) if not _dark(image, i, start)), size) - start
    if run % 7:
        raise QrReadError(f"the finder pattern is {run} px wide, not 7 whole modules")
    module = run // 7
    if start % module:
        raise QrReadError("the quiet zone is not a whole number of modules")
    quiet = start // module
    count = size // module - 2 * quiet
    if size % module or (count - 17) % 4 or not 21 <= count <= 57:
        raise QrReadError(f"{count} modules across is not a QR code of version 1 to 10")
    grid = [[_dark(image, (quiet + c) * module + module // 2, (quiet + r) * module + module // 2)
             for c in range(count)] for r in range(count)]
    return grid, module, quiet


def _format(grid: list[list[bool]]) -> tuple[str, int]:
    """Error level and mask from the format bits beside the top-left finder."""
    positions = [(8, c) for c in (0, 1, 2, 3, 4, 5, 7, 8)] + [(7, 8)] + \
        [(r, 8) for r in (5, 4, 3, 2, 1, 0)]
    read = sum(grid[r][c] << (14 - i) for i, (r, c) in enumerate(positions))
    best = None
    for data in range(32):
        remainder = data
        for _ in range(10):
            remainder = (remainder << 1) ^ (0x537 if remainder >> 9 else 0)
        word = ((data << 10) | remainder) ^ 0x5412
        distance = bin(word ^ read).count("1")
        if best is None or distance < best[0]:
            best = (distance, data)
    if best[0] > 3:
        raise QrReadError("unreadable format information")
    return LEVEL_BITS[best[1] >> 3], best[1] & 7


def _function_modules(version: int) -> list[list[bool]]:
    n = 17 + 4 * version
    used = [[False] * n for _ in range(n)]

    def mark(r0: int, c0: int, rows: int, cols: int) -> None:
        for r in range(max(r0, 0), min(r0 + rows, n)):
            for c in range(max(c0, 0), min(c0 + cols, n)):
                used[r][c] = True

    for r0, c0 in ((0, 0), (0, n - 8), (n - 8, 0)):
        mark(r0, c0, 8, 8)  # finder with its separator
    mark(6, 0, 1, n)
    mark(0, 6, n, 1)
    mark(8, 0, 1, 9)
    mark(0, 8, 9, 1)
    mark(8, n - 8, 1, 8)
    mark(n - 8, 8, 8, 1)  # includes the always-dark module
    if version >= 2:
        count = version // 7 + 2
        step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
        centres = [6, *sorted(n - 7 - i * step for i in range(count - 1))]
        for r in centres:
            for c in centres:
                if not ((r == 6 and c in (6, n - 7)) or (r == n - 7 and c == 6)):
                    mark(r - 2, c - 2, 5, 5)
    if version >= 7:
        mark(0, n - 11, 6, 3)
        mark(n - 11, 0, 3, 6)
    return used


def _codewords(grid: list[list[bool]], version: int, mask: int) -> list[int]:
    n = len(grid)
    used = _function_modules(version)
    bits = []
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5  # the vertical timing pattern is not part of a column pair
        upward = ((right + 1) & 2) == 0
        for step in range(n):
            r = n - 1 - step if upward else step
            for c in (right, right - 1):
                if not used[r][c]:
                    bits.append(grid[r][c] ^ MASKS[mask](r, c))
        right -= 2
    return [int("".join("1" if b else "0" for b in bits[i:i + 8]), 2)
            for i in range(0, len(bits) - 7, 8)]


def _data(codewords: list[int], version: int, level: str) -> list[int]:
    """The data codewords in order, undoing the interleaving of the blocks."""
    sizes = [data for count, data in BLOCKS[version][level] for _ in range(count)]
    blocks: list[list[int]] = [[] for _ in sizes]
    position = 0
    for i in range(max(sizes)):
        for block, size in zip(blocks, sizes, strict=True):
            if i < size:
                block.append(codewords[position])
                position += 1
    return [codeword for block in blocks for codeword in block]


def decode(grid: list[list[bool]]) -> str:
    n = len(grid)
    version = (n - 17) // 4
    if version not in BLOCKS:
        raise QrReadError(f"version {version} is beyond this reader")
    level, mask = _format(grid)
    data = _data(_codewords(grid, version, mask), version, level)
    bits = "".join(f"{byte:08b}" for byte in data)
    position = 0

    def take(count: int) -> int:
        nonlocal position
        value = int(bits[position:position + count] or "0", 2)
        position += count
        return value

    text = []
    while position + 4 <= len(bits):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0100:
            length = take(8 if version < 10 else 16)
            raw = bytes(take(8) for _ in range(length))
            # ISO-8859-1 is the standard's default; phones try UTF-8 first, as here.
            try:
                text.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                text.append(raw.decode("iso-8859-1"))
        elif mode == 0b0010:
            length = take(9 if version < 10 else 11)
            chars = []
            for _ in range(length // 2):
                pair = take(11)
                chars += [ALPHANUMERIC[pair // 45], ALPHANUMERIC[pair % 45]]
            if length % 2:
                chars.append(ALPHANUMERIC[take(6)])
            text.append("".join(chars))
        elif mode == 0b0001:
            length = take(10 if version < 10 else 12)
            digits = ""
            while len(digits) < length:
                width = min(3, length - len(digits))
                digits += str(take({3: 10, 2: 7, 1: 4}[width])).zfill(width)
            text.append(digits)
        else:
            raise QrReadError(f"segment mode {mode:04b} is beyond this reader")
    return "".join(text)


def read_qr(image: QImage) -> str:
    """The text a phone would read from ``image``."""
    grid, _, _ = modules_from_image(image)
    return decode(grid)
