"""The names beside the drawing: levels, parts and what each half of a comparison shows,
in the reader's language. A caption reads as a heading; a part's name points at the part
with a leader line, and is left out where it would leave the picture or cover the drawing.

Names keep their size on screen at every zoom, so they take more of the drawing the smaller
it is shown; where two would overlap, the one of lower rank gives way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen, QTransform

from ... import resources
from ...languages import SOURCE_LANGUAGE
from . import art
from .art.labels import spread
from .palette import SpinePalette

# An English name of a part → the name the reader reads.
Terms = Callable[[str], str]
HEADING_SCALE = 1.2
PLAIN, BOLD, HEADING = "plain", "bold", "heading"
WRAPPED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
              | Qt.TextFlag.TextWordWrap)
LEADER_GAP = 4.0  # pixels between a name and its leader line


def screen_terms(source: str) -> str:
    """A part's name in the interface's language."""
    return QCoreApplication.translate("SpineTerms", source)


_translators: dict[str, QTranslator] = {}


def terms_in(lang: str) -> Terms:
    """Parts' names in ``lang``, whatever language the interface speaks (for a handout)."""
    if lang == SOURCE_LANGUAGE:
        return lambda source: source
    if lang not in _translators:
        translator = QTranslator()
        translator.load(f"rugwijzer_{lang}", str(resources.translations_dir()))
        _translators[lang] = translator
    translator = _translators[lang]
    return lambda source: translator.translate("SpineTerms", source) or source


@dataclass(frozen=True, slots=True)
class Placed:
    """A name as painted: its label, its box in pixels and its text."""

    label: art.Label
    box: QRectF
    text: str
    style: str = "plain"  # PLAIN, or for a caption HEADING (BOLD where a heading is too big)


def label_font(text_font: QFont) -> QFont:
    """The names: a little smaller than the text around the picture."""
    font = QFont(text_font)
    font.setPixelSize(max(12, QFontInfo(text_font).pixelSize() - 2))
    return font


def heading_font(font: QFont) -> QFont:
    """A caption ("Healthy", "Herniated disc"): bold and a little larger, as a heading."""
    heading = QFont(font)
    heading.setPixelSize(round(QFontInfo(font).pixelSize() * HEADING_SCALE))
    heading.setBold(True)
    return heading


def styles(font: QFont) -> dict[str, QFont]:
    bold = QFont(font)
    bold.setBold(True)
    return {PLAIN: font, BOLD: bold, HEADING: heading_font(font)}


def text_of(label: art.Label, terms: Terms) -> str:
    if label.kind == art.LEVEL or label.term is None:
        return label.text
    return terms(art.TERMS[label.term])


def place(artwork: art.Artwork, transform: QTransform, font: QFont, *, names: bool = True,
          terms: Terms = screen_terms, canvas: QRectF | None = None,
          spread_columns: bool = False) -> list[Placed]:
    """Where the names go, in pixels, in order of rank. Parts' names only with ``names``;
    a name that would leave ``canvas`` is left out, and so is one of a part or a caption
    that would cover the drawing (a caption is first moved inside, made smaller or put on
    two lines). With
    ``spread_columns``, names in one column are first moved apart as far as their text
    needs (for a picture whose names are large for its size, as on paper)."""
    fonts = {style: QFontMetricsF(styled) for style, styled in styles(font).items()}
    shown = [(index, label) for index, label in enumerate(artwork.labels)
             if names or label.kind != art.TERM]
    texts = {index: text_of(label, terms) for index, label in shown}
    anchors = {index: transform.map(label.anchor) for index, label in shown}
    if spread_columns:
        anchors = _spread(shown, anchors, fonts)
    inverted, _ok = transform.inverted()
    kept: list[Placed] = []
    for index, label in sorted(shown, key=lambda item: (item[1].rank, item[0])):
        # A caption is a heading; where a heading does not fit, it is as large as the rest,
        # and where that does not fit either, it takes two lines in the room left of it.
        for style, wrap in ((HEADING, False), (BOLD, False), (BOLD, True)) \
                if label.kind == art.CAPTION else ((PLAIN, False),):
            room = anchors[index].x() - (canvas.left() if canvas is not None else -1e9)
            box = _box(fonts[style], texts[index], anchors[index], room if wrap else None)
            if label.kind != art.TERM and canvas is not None:
                # A heading over its half stays, moved into the picture if need be; so does
                # a level at its top or bottom edge.
                left = box.left() if label.kind == art.LEVEL else max(
                    canvas.left(), min(box.left(), canvas.right() - box.width()))
                box.moveTo(left, max(canvas.top(), min(box.top(),
                                                       canvas.bottom() - box.height())))
            if any(box.adjusted(-2, -1, 2, 1).intersects(other.box) for other in kept):
                continue
            if canvas is not None and not canvas.contains(box):
                continue
            if label.kind != art.LEVEL and canvas is not None \
                    and _covers(artwork, inverted.mapRect(box)):
                continue
            kept.append(Placed(label, box, texts[index], style))
            break
    return kept


def _box(metrics: QFontMetricsF, text: str, anchor: QPointF,
         wrap: float | None = None) -> QRectF:
    """The text's box ending at ``anchor``; wrapped to ``wrap`` pixels when given."""
    if wrap is not None and wrap > 0:
        size = metrics.boundingRect(QRectF(0, 0, wrap, 1e4), WRAPPED, text).size()
    else:
        # A pixel to spare, so that a line is never wrapped for a rounding.
        size = QSizeF(metrics.horizontalAdvance(text) + 1, metrics.height())
    return QRectF(anchor.x() - size.width(), anchor.y() - size.height() / 2, size.width(),
                  size.height())


def _spread(shown: Sequence[tuple[int, art.Label]], anchors: dict[int, QPointF],
            fonts: dict[str, QFontMetricsF]) -> dict[int, QPointF]:
    columns: dict[int, list[int]] = {}
    for index, _label in shown:
        columns.setdefault(round(anchors[index].x()), []).append(index)
    pitch = max(metrics.height() for metrics in fonts.values()) * 1.05
    moved = dict(anchors)
    for members in columns.values():
        members.sort(key=lambda index: anchors[index].y())
        for index, y in zip(members, spread([anchors[i].y() for i in members], pitch),
                            strict=True):
            moved[index] = QPointF(anchors[index].x(), y)
    return moved


def _covers(artwork: art.Artwork, rect: QRectF) -> bool:
    """``rect`` (in drawing units) lies on a drawn part (the body's faint outline aside)."""
    for part in artwork.parts:
        if part.backdrop or part.material == art.CURVE:
            continue
        if part.path.boundingRect().intersects(rect) and part.path.intersects(rect):
            return True
    return False


def paint(painter: QPainter, placed: Sequence[Placed], transform: QTransform,
          font: QFont, colours: SpinePalette) -> None:
    """The names, their leader lines with a dot on what they name, and the captions."""
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fonts = styles(font)
    line = max(1.0, QFontInfo(font).pixelSize() / 13)
    for item in placed:
        label, box = item.label, item.box
        if label.target is not None:
            target = transform.map(label.target)
            painter.setPen(QPen(QColor(colours.leader), line))
            painter.drawLine(QPointF(box.right() + LEADER_GAP * line, box.center().y()), target)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.leader))
            painter.drawEllipse(target, 1.8 * line, 1.8 * line)
        painter.setFont(fonts[item.style])
        painter.setPen(QColor(colours.caption if label.kind == art.CAPTION
                              else colours.label))
        painter.drawText(box, WRAPPED, item.text)


def fitted(artwork: art.Artwork, width: int, max_height: int, font: QFont, *,
           names: bool = True, terms: Terms = screen_terms) -> tuple[QTransform, int]:
    """A transform that shows the drawing with its names, at the font's size, in a picture
    ``width`` pixels wide, and the height that picture needs (at most ``max_height``)."""
    drawn = artwork.drawn_rect()
    margin = QFontInfo(font).pixelSize() * 0.8
    room = width - 2 * margin
    fonts = {style: QFontMetricsF(styled) for style, styled in styles(font).items()}
    scale = room / max(drawn.width(), 1.0)
    for label in artwork.labels:
        if label.kind == art.TERM and not names:
            continue
        style = HEADING if label.kind == art.CAPTION else PLAIN
        text = fonts[style].horizontalAdvance(text_of(label, terms))
        reach = drawn.right() - label.anchor.x()
        if reach > 0:
            scale = min(scale, (room - text - LEADER_GAP) / reach)
    scale = max(0.01, min(scale, (max_height - 2 * margin) / max(drawn.height(), 1.0)))
    for _ in range(4):
        transform = QTransform.fromScale(scale, scale)
        content = transform.mapRect(drawn)
        for item in place(artwork, transform, font, names=names, terms=terms,
                          spread_columns=True):
            content = content.united(item.box)
        if content.height() + 2 * margin <= max_height:
            break
        # Names above or below the drawing took room too: a little smaller, and again.
        scale *= (max_height - 2 * margin) / content.height()
    moved = transform * QTransform.fromTranslate(
        (width - content.width()) / 2 - content.left(), margin - content.top())
    return moved, min(max_height, round(content.height() + 2 * margin))
