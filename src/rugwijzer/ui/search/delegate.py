"""How one result row is drawn: a badge for a medical term, the title, the passage with
the found words marked, and the part of the spine with a small spine beside its name."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .. import theme
from .results import REGION_ROLE, RESULT_ROLE, SNIPPET_ROLE, kind_label, marked_html

log = logging.getLogger(__name__)

PADDING = 12
GAP = 4
ICON = 14  # the spine icon's height beside the region's name
MIN_ROW = 48


def paint_spine_icon(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """Three vertebrae with discs between them, in ``box``: says "a part of the spine"."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    height = box.height() / 3.6
    width = box.width()
    for number in range(3):
        top = box.top() + number * height * 1.3
        inset = width * (0.12 * (2 - number))
        painter.drawRoundedRect(QRectF(box.left() + inset / 2, top, width - inset, height),
                                height * 0.35, height * 0.35)
    painter.restore()


class ResultDelegate(QStyledItemDelegate):
    """Draws a row from its model data; the text is laid out by a QTextDocument at the
    list's width, kept per row until the results or the width change."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[int, tuple[int, QTextDocument]] = {}
        self.min_height = MIN_ROW

    def forget(self) -> None:
        self._documents.clear()

    def _width(self) -> int:
        return max(120, self._view.viewport().width() - 2 * PADDING)

    def _document(self, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        width = self._width()
        kept = self._documents.get(index.row())
        if kept is not None and kept[0] == width:
            return kept[1]
        c = theme.COLOURS
        result = index.data(RESULT_ROLE)
        font = QFont(self._view.font())
        body = font.pixelSize() if font.pixelSize() > 0 else 16
        badge = kind_label(result.kind)
        badge_html = (f'<span style="background-color: {c.accent_soft}; color: {c.accent}; '
                      f'font-size: {max(12, body - 3)}px;">&nbsp;{html.escape(badge)}&nbsp;</span>'
                      "&nbsp; " if badge else "")
        mark = f"background-color: {c.accent_soft}; color: {c.text};"
        snippet = marked_html(index.data(SNIPPET_ROLE) or (), mark)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        document.setHtml(
            f'<p style="margin: 0px;">{badge_html}<span style="font-size: {body + 2}px; '
            f'font-weight: bold; color: {c.accent};">{html.escape(result.title)}</span></p>'
            f'<p style="margin-top: {GAP}px; margin-bottom: 0px; color: {c.text};">'
            f"{snippet}</p>")
        document.setTextWidth(width)
        self._documents[index.row()] = (width, document)
        return document

    def _region_height(self, index: QModelIndex | QPersistentModelIndex) -> int:
        if not index.data(REGION_ROLE):
            return 0
        return GAP + self._view.fontMetrics().height()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        try:
            height = (self._document(index).size().height() + self._region_height(index)
                      + 2 * PADDING)
            return QSize(self._width() + 2 * PADDING, max(self.min_height, round(height)))
        except Exception:
            log.exception("cannot measure a search result")
            return QSize(self._width(), self.min_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        try:
            self._paint(painter, option, index)
        except Exception:
            log.exception("cannot draw a search result")

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem,
               index: QModelIndex | QPersistentModelIndex) -> None:
        c = theme.COLOURS
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = rect.adjusted(2, 2, -2, -2)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent_soft if selected else c.window))
            painter.drawRoundedRect(card, 10, 10)
        if focused:
            painter.setPen(QPen(QColor(c.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 10, 10)
        else:
            painter.setPen(QPen(QColor(c.border), 1))
            painter.drawLine(QPointF(card.left() + PADDING, rect.bottom()),
                             QPointF(card.right() - PADDING, rect.bottom()))
        document = self._document(index)
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        document.drawContents(painter)
        region = index.data(REGION_ROLE)
        if region:
            metrics = self._view.fontMetrics()
            top = document.size().height() + GAP
            icon = QRectF(0, top + (metrics.height() - ICON) / 2, ICON * 0.8, ICON)
            paint_spine_icon(painter, icon, QColor(c.accent))
            painter.setFont(self._view.font())
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(icon.right() + 8, top, self._width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(region, Qt.TextElideMode.ElideRight,
                                                self._width() - ICON - 8))
        painter.restore()
