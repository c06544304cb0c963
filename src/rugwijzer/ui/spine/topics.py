"""The topics about the chosen part of the spine, as buttons under or beside the picture."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..widgets import WrappingButton


class TopicList(QScrollArea):
    """Each button as tall as its title needs at this width; where they are taller together
    than the room, they scroll."""

    topicRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spineTopicsArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        topics = QWidget(self)
        topics.setObjectName("spineTopics")
        layout = QVBoxLayout(topics)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        self.setWidget(topics)
        self._heights: dict[tuple[int, str], int] = {}

    def buttons(self) -> list[WrappingButton]:
        layout = self.widget().layout()
        return [item.widget() for item in (layout.itemAt(i) for i in range(layout.count()))
                if item.widget() is not None]

    def show_topics(self, topics: list[tuple[str, str]], font: QFont) -> None:
        """A button for each (id, title), in ``font``; none for an empty list."""
        layout = self.widget().layout()
        for button in self.buttons():
            # Let go at once: deleted only when the event loop runs, it would otherwise
            # stay in the layout until then.
            layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        for topic_id, title in topics:
            # A long title wraps rather than be cut off in a narrow panel.
            button = WrappingButton(title, self.widget())
            # Set on both: a style sheet in tablet mode keeps the button's font from its label.
            for widget in (button, button.label):
                widget.setFont(font)
            button.setObjectName(f"spineTopic-{topic_id}")
            button.label.setObjectName("spineTopicTitle")
            # Never squeezed: where there is too little room, the topics scroll.
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            button.setAccessibleName(title)
            button.clicked.connect(lambda _=False, t=topic_id: self.topicRequested.emit(t))
            layout.insertWidget(layout.count() - 1, button)
            # Shown now, not a turn of the event loop later, so they are measured now.
            button.setVisible(self.isVisibleTo(self.parentWidget()))
        self.fit()
        # Once laid out, the buttons know their width, and so their height.
        QTimer.singleShot(0, self, self.fit)

    def line_height(self, font: QFont, style: str) -> int:
        """The height of a button with one line of title, and the room between two: measured
        on a button styled with ``style``, once per text size and style."""
        key = (font.pixelSize(), style)
        if key not in self._heights:
            probe = WrappingButton("Ag")
            probe.setStyleSheet(style)
            for widget in (probe, probe.label):
                widget.setFont(font)
            self._heights[key] = probe.sizeHint().height() + self.widget().layout().spacing()
        return self._heights[key]

    def needed(self, width: int) -> int:
        """The height of the topics at ``width``: nothing without them."""
        layout = self.widget().layout()
        if not layout.hasHeightForWidth():
            return 0
        return max(0, layout.totalHeightForWidth(width))

    def fit(self) -> None:
        width = self.viewport().width()
        self.widget().setFixedSize(width, max(self.needed(width), self.viewport().height()))

    def viewportEvent(self, event: QEvent) -> bool:
        # Also when a scroll bar comes or goes, and the titles wrap anew.
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)
