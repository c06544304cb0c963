"""Where the labels go: in a column beside the drawing, each as near what it names as the
room between them allows, with a leader line to it.

A label's text has the same size on screen at every zoom, so it takes more drawing units
the smaller the picture is shown. ``pitch`` is the room kept between two labels, in drawing
units: enough for a line of text at the sizes the view is usually shown at. Where the
picture is smaller still, labels of lower rank give way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from .model import CURVE, LINES, Artwork, Label


def spread(wanted: Sequence[float], pitch: float, low: float = -1e9,
           high: float = 1e9) -> list[float]:
    """Positions in the order of ``wanted``, at least ``pitch`` apart, between ``low`` and
    ``high`` and as near to ``wanted`` as they can be (least squares).

    Taking ``i * pitch`` off the i-th position turns this into fitting a rising sequence,
    which pooling neighbours that are out of order solves exactly."""
    pools: list[list[float]] = []  # [sum, count] of shifted positions moved together
    for index, value in enumerate(wanted):
        pools.append([value - index * pitch, 1])
        while len(pools) > 1 and pools[-2][0] * pools[-1][1] > pools[-1][0] * pools[-2][1]:
            total, count = pools.pop()
            pools[-1][0] += total
            pools[-1][1] += count
    last = high - (len(wanted) - 1) * pitch
    shifted = [min(max(total / count, low), last) for total, count in pools
               for _ in range(int(count))]
    return [value + index * pitch for index, value in enumerate(shifted)]


def drawn_edge(art: Artwork, top: float, bottom: float) -> float | None:
    """The leftmost point of the drawing between heights ``top`` and ``bottom``."""
    band = QPainterPath()
    band.addRect(QRectF(-1e5, top, 2e5, bottom - top))
    edge = None
    for part in art.parts:
        if part.backdrop or part.material == CURVE:
            continue
        rect = part.path.boundingRect()
        if rect.bottom() < top or rect.top() > bottom or (edge is not None
                                                          and rect.left() >= edge):
            continue
        if part.material in LINES:
            left = rect.left()  # an open line is tested by its extent
        else:
            hit = part.path.intersected(band).boundingRect()
            if hit.isEmpty():
                continue
            left = hit.left()
        edge = left if edge is None else min(edge, left)
    return edge


def column(art: Artwork, labels: Sequence[Label], pitch: float, gap: float = 14,
           x: float | None = None, low: float = -1e9, high: float = 1e9) -> None:
    """Put ``labels`` in one column left of the drawing (or ending at ``x``), in the order
    of the heights their anchors ask for, and add them to ``art``. Their leader lines run
    from the column to their targets, so they never cross a label."""
    if x is None:
        x = art.drawn_rect().left() - gap
    ordered = sorted(labels, key=lambda label: label.anchor.y())
    for label, y in zip(ordered, spread([label.anchor.y() for label in ordered], pitch,
                                        low, high), strict=True):
        label.anchor = QPointF(x, y)
    art.labels += ordered


def beside(art: Artwork, labels: Sequence[Label], pitch: float, gap: float,
           reach: float) -> None:
    """Put ``labels`` just left of the drawing, each at the height the room between them
    allows and clear of the drawing for ``reach`` above and below, and add them to
    ``art``: a column that follows the outline, as along the curves of the spine."""
    ordered = sorted(labels, key=lambda label: label.anchor.y())
    for label, y in zip(ordered, spread([label.anchor.y() for label in ordered], pitch),
                        strict=True):
        edge = drawn_edge(art, y - reach, y + reach)
        label.anchor = QPointF((edge if edge is not None else label.anchor.x()) - gap, y)
    art.labels += ordered

