"""The physician's tools over the spine, in one row so that the picture keeps its height:
point, mark, draw, undo, clear and present, by name where they fit and else by icon (each
keeps its name for screen readers and as its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .. import icons

# By their icons from the Material Design font.
ICONS = {"point": "cursor-default-click-outline", "mark": "marker", "draw": "draw",
         "undo": "undo", "clear": "delete-outline", "present": "fullscreen"}
TOOLS = ("point", "mark", "draw")
# Named before the others give up their names.
FIRST_NAMED = set(TOOLS)
BUTTON_PADDING = 34  # a push button's frame and padding around its icon and name


class ToolRow(QWidget):
    toolChosen = Signal(str)
    undoRequested = Signal()
    clearRequested = Signal()
    presentRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spineTools")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for name in ICONS:
            button = QPushButton(self)
            button.setObjectName(f"spineTool-{name}")
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        for tool in TOOLS:
            self.buttons[tool].setCheckable(True)
            self.buttons[tool].setAutoExclusive(True)
            self.buttons[tool].clicked.connect(lambda _=False, t=tool: self.toolChosen.emit(t))
        self.buttons["undo"].clicked.connect(self.undoRequested)
        self.buttons["clear"].clicked.connect(self.clearRequested)
        self.buttons["present"].clicked.connect(self.presentRequested)
        self.names: dict[str, str] = {}
        self.fit = "names"  # "names", "short" (the tools named, the rest by icon) or "icons"
        self._icons_loaded = False
        self.retranslate()

    def set_tool(self, tool: str) -> None:
        self.buttons[tool].setChecked(True)

    def load_icons(self) -> None:
        """The icons, once the icon font is wanted (not before the first paint)."""
        if not self._icons_loaded:
            self._icons_loaded = True
            for name, button in self.buttons.items():
                button.setIcon(icons.icon(ICONS[name], "text"))

    def fit_width(self, room: int) -> None:
        """Names on every button that fits ``room`` pixels, first those of the tools."""
        shown = [name for name, button in self.buttons.items() if not button.isHidden()]
        spacing = self.layout().spacing()
        self.fit = "icons"
        for fit in ("names", "short"):
            needed = sum(self._width(name, fit == "names" or name in FIRST_NAMED) + spacing
                         for name in shown)
            if needed <= room:
                self.fit = fit
                break
        for name, button in self.buttons.items():
            named = self.fit == "names" or (self.fit == "short" and name in FIRST_NAMED)
            button.setText(self.names[name] if named else "")

    def _width(self, name: str, named: bool) -> int:
        button = self.buttons[name]
        text = button.fontMetrics().horizontalAdvance(self.names[name]) + 8 if named else 0
        return button.iconSize().width() + text + BUTTON_PADDING

    def retranslate(self) -> None:
        texts = {
            "point": (self.tr("Point"), self.tr("Point at parts to name them")),
            "mark": (self.tr("Mark"), self.tr("Mark or unmark a part for the patient")),
            "draw": (self.tr("Draw"), self.tr("Draw on the picture")),
            "undo": (self.tr("Undo"), self.tr("Undo the last mark or drawing")),
            "clear": (self.tr("Clear"), self.tr("Remove all marks and drawings")),
            "present": (self.tr("Present"),
                        self.tr("Show the picture on the whole window; Esc goes back"))}
        for name, (text, description) in texts.items():
            self.names[name] = text
            button = self.buttons[name]
            button.setAccessibleName(description)
            button.setToolTip(description)
            if button.text():
                button.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
