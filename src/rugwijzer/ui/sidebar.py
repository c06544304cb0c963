"""The sidebar: topics grouped as on the clinic's page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..content.model import Library, Topic
from . import icons

TOPIC_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

# Sidebar groups in display order; topics of kind "page" stand on their own.
GROUP_KINDS = ("overview", "condition", "treatment", "aftercare")


def group_title(kind: str) -> str:
    titles = {
        "overview": QCoreApplication.translate("Sidebar", "Back complaints"),
        "condition": QCoreApplication.translate("Sidebar", "Conditions"),
        "treatment": QCoreApplication.translate("Sidebar", "Treatments"),
        "aftercare": QCoreApplication.translate("Sidebar", "After treatment"),
    }
    return titles[kind]


class Sidebar(QTreeWidget):
    topicChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(True)
        self.setIconSize(QSize(22, 22))
        # Selection, not clicks, is what opens a topic: mouse, keyboard and a screen reader's
        # selection through the accessibility interface all end up here.
        self.itemSelectionChanged.connect(self._selection_changed)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._icons_loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("Sidebar", "Topics"))

    def populate(self, library: Library, lang: str) -> None:
        current = self.current_topic()
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        topics = library.in_language(lang)
        for topic in topics:
            if topic.kind == "page" and topic.id == "start":
                self._add(topic, None)
        for kind in GROUP_KINDS:
            members = [t for t in topics if t.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem(self, [group_title(kind)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, KIND_ROLE, kind)
            for topic in members:
                self._add(topic, group)
            group.setExpanded(True)
        for topic in topics:
            if topic.kind == "page" and topic.id != "start":
                self._add(topic, None)
        if self._icons_loaded:
            self.load_icons()
        self.blockSignals(False)
        if current:
            self.select_topic(current)

    def _add(self, topic: Topic, parent: QTreeWidgetItem | None) -> None:
        item = QTreeWidgetItem([topic.title]) if parent is None else QTreeWidgetItem(
            parent, [topic.title])
        if parent is None:
            self.addTopLevelItem(item)
        item.setData(0, TOPIC_ROLE, topic.id)
        item.setData(0, KIND_ROLE, topic.kind)
        item.setToolTip(0, topic.summary or topic.title)
        self._items[topic.id] = item

    def load_icons(self) -> None:
        self._icons_loaded = True
        for topic_id, item in self._items.items():
            item.setIcon(0, icons.topic_icon(topic_id, item.data(0, KIND_ROLE)))

    def topic_ids(self) -> list[str]:
        return list(self._items)

    def current_topic(self) -> str | None:
        selected = self.selectedItems()
        return selected[0].data(0, TOPIC_ROLE) if selected else None

    def select_topic(self, topic_id: str | None) -> None:
        """Show ``topic_id`` as the current topic without opening it again."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            item = self._items.get(topic_id or "")
            if item is not None:
                item.setSelected(True)
                self.setCurrentItem(item)
                self.scrollToItem(item)
        finally:
            self.blockSignals(False)

    def _selection_changed(self) -> None:
        topic_id = self.current_topic()
        if topic_id:
            self.topicChosen.emit(topic_id)
