"""The sidebar: topics grouped as on the clinic's page.

A flat list with group headings rather than a tree: selecting a row through the
accessibility interface is reliable for lists, and a screen reader hears the same order.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...content.model import START, Library, Topic
from .. import icons, theme

TOPIC_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

# Sidebar groups in display order; topics of kind "page" follow, under a space of their own.
GROUP_KINDS = ("overview", "condition", "treatment", "aftercare")
MINIMUM_WIDTH = 200


def group_title(kind: str) -> str:
    titles = {
        "overview": QCoreApplication.translate("Sidebar", "Back problems"),
        "condition": QCoreApplication.translate("Sidebar", "Conditions"),
        "treatment": QCoreApplication.translate("Sidebar", "Treatments"),
        "aftercare": QCoreApplication.translate("Sidebar", "After treatment"),
    }
    return titles[kind]


class _RowDelegate(QStyledItemDelegate):
    """Measures a wrapped title against the list's width as it is now.

    QListView lays its rows out with sizes measured for whatever width the list had at the
    time, and keeps them when it grows wider: a title measured as two lines would keep an
    empty second line.

    A start may lay the list out more than once at the same width, and each time asks
    every row: the sizes at the current width are kept, by title and kind of row, until the
    width, the style or the font changes.
    """

    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        self._width = -1
        self._sizes: dict[tuple, QSize] = {}

    def forget(self) -> None:
        self._sizes.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view = self.parent()
        if not isinstance(view, Sidebar):
            return super().sizeHint(option, index)
        width = view.viewport().width()
        if width != self._width:
            self._width = width
            self._sizes.clear()
        # A topic's row or a heading's: their fonts differ. The icons take the same room
        # before they arrive (see Sidebar._topic_icon).
        key = (index.data(Qt.ItemDataRole.DisplayRole), index.data(TOPIC_ROLE) is None)
        kept = self._sizes.get(key)
        if kept is not None:
            return QSize(kept)
        option = QStyleOptionViewItem(option)
        rect = QRect(option.rect)
        rect.setWidth(width)
        option.rect = rect
        hint = super().sizeHint(option, index)
        # A style sheet's padding (tablet mode) comes on top: measured again without it,
        # the row is as wide as the list and its text wraps where it is painted.
        excess = hint.width() - rect.width()
        if excess > 0:
            rect.setWidth(rect.width() - excess)
            option.rect = rect
            hint = super().sizeHint(option, index)
        self._sizes[key] = QSize(hint)
        return hint


class Sidebar(QListWidget):
    topicChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        # Long titles wrap onto a second line instead of being cut off.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setIconSize(QSize(22, 22))
        self.setItemDelegate(_RowDelegate(self))
        self.setMinimumWidth(MINIMUM_WIDTH)
        # Selection, not clicks, is what opens a topic: mouse, keyboard and a screen reader's
        # selection through the accessibility interface all end up here.
        self.itemSelectionChanged.connect(self._selection_changed)
        self._items: dict[str, QListWidgetItem] = {}
        self._titles: dict[str, str] = {}
        self._word_widths: dict[str, dict[str, int]] = {}  # by font: each word's width
        self.groups: list[QListWidgetItem] = []
        self._icons_loaded = False
        self._blank: QIcon | None = None
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A list flowing top to bottom lays out again only when its height changes, but a
        # wrapped title needs fewer lines when the list grows wider.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("Sidebar", "Topics"))

    def fit_words(self) -> None:
        """At least as wide as the longest word of a title needs: a title wraps between
        its words, and a word cut off at the edge reads as another word.

        What a row leaves its text beside its icon and padding depends on the kind of row
        (a topic or a heading: its font, flags and whether it has an icon), not on its
        text, so it is measured once per kind, and each word once per font: thousands of
        topics take milliseconds."""
        probe = QStyleOptionViewItem()
        self.initViewItemOption(probe)
        probe.rect = QRect(0, 0, 1000, 100)
        widest = 0
        headings = [item for item in self.groups if item.text()]
        for rows, titles in ((list(self._items.values()), self._titles.values()),
                             (headings, [item.text() for item in headings])):
            if not rows:
                continue
            option = QStyleOptionViewItem(probe)
            self.itemDelegate().initStyleOption(option, self.indexFromItem(rows[0]))
            room = self.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText,
                                               option, self)
            beside = probe.rect.width() - room.width()
            metrics = QFontMetrics(option.fontMetrics)
            words = self._word_widths.setdefault(option.font.key(), {})
            for word in {word for title in titles for word in title.split()}:
                if word not in words:
                    words[word] = metrics.horizontalAdvance(word)
                widest = max(widest, words[word] + beside)
        # The border, the padding and a scroll bar, shown or not yet: from the style, so
        # that the width is right before the list is first laid out, and stays so.
        self.ensurePolished()
        margins, inner = self.contentsMargins(), self.viewportMargins()
        around = (margins.left() + margins.right() + inner.left() + inner.right()
                  + self.verticalScrollBar().sizeHint().width())
        self.setMinimumWidth(max(MINIMUM_WIDTH, widest + around + 1))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Larger text, or the roomier rows of tablet mode.
            self.itemDelegate().forget()
            self.fit_words()

    def populate(self, library: Library, lang: str, hide_unapproved: bool = False) -> None:
        """The topics in ``lang``; with ``hide_unapproved``, without those that are nothing
        but additions awaiting the physician's approval (the start page always stays)."""
        current = self.current_topic()
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        self._titles.clear()
        self.groups.clear()
        topics = [topic for topic in library.in_language(lang) if topic.id == START
                  or topic.shows_additions(hide_unapproved) or not topic.only_additions]
        for topic in topics:
            if topic.id == START:
                self._add(topic)
        for kind in GROUP_KINDS:
            members = [t for t in topics if t.kind == kind]
            if not members:
                continue
            self._add_group(kind)
            for topic in members:
                self._add(topic)
        pages = [t for t in topics if t.kind == "page" and t.id != START]
        if pages:
            self._add_group(None)
        for topic in pages:
            self._add(topic)
        self._scroll_bar_if_certain()
        self.fit_words()
        self.blockSignals(False)
        if current:
            self.select_topic(current)

    def _scroll_bar_if_certain(self) -> None:
        """A list whose rows, each at least a line of text high, are taller together than
        the screen scrolls at any size: its scroll bar is there from the start, rather than
        found to be needed after every row has been laid out, which then lays them all out
        again at the narrower width."""
        screen = self.screen()
        room = screen.availableGeometry().height() if screen is not None else 0
        certain = room > 0 and self.count() * self.fontMetrics().height() > room
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if certain
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _add_group(self, kind: str | None) -> None:
        """A heading row (or, without a kind, a spacer row) that cannot be chosen."""
        item = QListWidgetItem(group_title(kind) if kind else "", self)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled if kind else Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor(theme.COLOURS.muted))
        item.setData(KIND_ROLE, kind)
        item.setSizeHint(QSize(0, 14) if not kind else QSize())
        self.groups.append(item)

    def _add(self, topic: Topic) -> None:
        item = QListWidgetItem(topic.title, self)
        # An empty icon until the real ones come, or where one cannot be drawn: the rows,
        # their text and the list's width are as they stay from the first frame on.
        item.setIcon(self._topic_icon(topic.id, topic.kind))
        item.setData(TOPIC_ROLE, topic.id)
        item.setData(KIND_ROLE, topic.kind)
        # As rich text, so that a summary that looks like HTML still shows as what it says.
        item.setToolTip(f"<p>{html.escape(topic.summary or topic.title)}</p>")
        self._items[topic.id] = item
        self._titles[topic.id] = topic.title

    def group_titles(self) -> list[str]:
        return [item.text() for item in self.groups if item.text()]

    def _topic_icon(self, topic_id: str, kind: str) -> QIcon:
        icon = icons.topic_icon(topic_id, kind) if self._icons_loaded else QIcon()
        if icon.isNull():
            if self._blank is None:
                self._blank = icons.blank(self.iconSize())
            icon = self._blank
        return icon

    def load_icons(self) -> None:
        """The icons, into the places kept for them: nothing moves, so the list is only
        painted again, not laid out again row by row as a change of each row would have
        it."""
        self._icons_loaded = True
        model = self.model()
        model.blockSignals(True)
        try:
            for topic_id, item in self._items.items():
                item.setIcon(self._topic_icon(topic_id, item.data(KIND_ROLE)))
        finally:
            model.blockSignals(False)
        self.viewport().update()

    def topic_ids(self) -> list[str]:
        return list(self._items)

    def current_topic(self) -> str | None:
        selected = self.selectedItems()
        return selected[0].data(TOPIC_ROLE) if selected else None

    def select_topic(self, topic_id: str | None) -> None:
        """Show ``topic_id`` as the current topic without opening it again."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            item = self._items.get(topic_id or "")
            if item is not None:
                self.setCurrentItem(item)
                item.setSelected(True)
                # A hidden list is scrolled when shown: scrolling lays every row out, and
                # before the window has its size that is work done twice.
                if self.isVisible():
                    self.scrollToItem(item)
        finally:
            self.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentItem() is not None:
            self.scrollToItem(self.currentItem())

    def _selection_changed(self) -> None:
        topic_id = self.current_topic()
        if topic_id:
            self.topicChosen.emit(topic_id)

