"""The spine panel: the illustration with its view choice, healthy/affected switch, caption,
the topics about the chosen part and, in consultation mode, the physician's tools.

What it shows is published with signals and ``state()``; other parts of the window use its
methods and never its child widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...content.regions import REGIONS, VIEWS
from ...languages import DEFAULT_LANGUAGE
from ...session import Consultation
from ..widgets import (
    ElidingComboBox,
    WrappingButton,
    disable_kinetic_scrolling,
    discard_widgets,
    enable_kinetic_scrolling,
    layout_widgets,
)
from . import drawings, render
from .canvas import SpineCanvas
from .drawings import SpineState

LARGEST_TEXT_PX = 22


class SpinePanel(QWidget):
    """The illustration with its view choice, healthy/affected switch, caption and topics."""

    viewChanged = Signal(str, bool)  # view, affected
    regionActivated = Signal(str)
    marksChanged = Signal()
    topicRequested = Signal(str)
    enlargeRequested = Signal(bool)

    def __init__(self, topics_for_region: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spinePanel")
        self._topics_for_region = topics_for_region
        self.lang = DEFAULT_LANGUAGE
        self.view = "side"
        self.affected = False
        self.controls_shown = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self._build_controls(layout)
        self._build_tools(layout)
        self._build_picture(layout)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.reset_button)
        self.buttons.addWidget(self.enlarge_button)
        layout.addLayout(self.buttons)
        self.buttons_on_top = False
        self.retranslate()
        self._rebuild()

    def _build_controls(self, layout: QVBoxLayout) -> None:
        """The view choice and the switch side by side, or one above the other when the
        panel is too narrow for both names; zoom and enlarge go with them or below."""
        self.controls = controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.view_choice = ElidingComboBox(self)
        self.view_choice.setObjectName("spineViewChoice")
        self.view_choice.currentIndexChanged.connect(self._view_chosen)
        self.affected_switch = QCheckBox(self)
        self.affected_switch.setObjectName("spineAffected")
        self.affected_switch.toggled.connect(self._affected_toggled)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("spineReset")
        self.reset_button.clicked.connect(self._reset_zoom)
        self.enlarge_button = QPushButton(self)
        self.enlarge_button.setObjectName("spineEnlarge")
        self.enlarge_button.setCheckable(True)
        self.enlarge_button.toggled.connect(lambda _on: self._name_enlarge_button())
        self.enlarge_button.toggled.connect(self.enlargeRequested)
        controls.addWidget(self.view_choice, 1)
        controls.addWidget(self.affected_switch)
        layout.addLayout(controls)

    def _build_tools(self, layout: QVBoxLayout) -> None:
        """The physician's tools, shown in consultation mode."""
        self.tools = QWidget(self)
        self.tools.setObjectName("spineTools")
        tools = QGridLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.tool_buttons: dict[str, QPushButton] = {}
        for column, tool in enumerate(("point", "mark", "draw")):
            button = QPushButton(self.tools)
            button.setObjectName(f"spineTool-{tool}")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _=False, t=tool: self.set_tool(t))
            tools.addWidget(button, 0, column)
            self.tool_buttons[tool] = button
        self.undo_button = QPushButton(self.tools)
        self.undo_button.setObjectName("spineUndo")
        self.undo_button.clicked.connect(self.undo)
        self.clear_button = QPushButton(self.tools)
        self.clear_button.setObjectName("spineClear")
        self.clear_button.clicked.connect(self.clear_marks)
        # Undo and clear on a row of their own, so no label is cut off in a narrow panel.
        tools.addWidget(self.undo_button, 1, 0, 1, 2)
        tools.addWidget(self.clear_button, 1, 2)
        self.tools.hide()
        layout.addWidget(self.tools)

    def _build_picture(self, layout: QVBoxLayout) -> None:
        """The picture, its caption, the topics about the chosen part, and the list of
        parts for those who do not point."""
        self.canvas = SpineCanvas(self)
        self.canvas.hovered.connect(self._hovered)
        self.canvas.activated.connect(self._activated)
        self.canvas.marksChanged.connect(self.marksChanged)
        layout.addWidget(self.canvas, 1)
        self.caption = QLabel(self)
        self.caption.setObjectName("spineCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption)
        self.topics = QWidget(self)
        self.topics.setObjectName("spineTopics")
        self.topics_layout = QVBoxLayout(self.topics)
        self.topics_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topics)
        self.region_choice = ElidingComboBox(self)
        self.region_choice.setObjectName("spineRegionChoice")
        self.region_choice.activated.connect(self._region_chosen)
        layout.addWidget(self.region_choice)

    # ----- public interface ---------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language of the parts' names (the interface's texts follow the translator)."""
        self.lang = lang
        self.canvas.set_language(lang)
        self._fill_regions()
        self._show_selection()

    def show_topic(self, regions: Sequence[str], view: str | None) -> None:
        self._show(SpineState.for_topic(regions, view))

    def show_region(self, region_id: str) -> None:
        if region_id not in REGIONS:
            return
        if region_id not in self.canvas.region_ids():
            self.view = drawings.view_showing(region_id) or self.view
            self._rebuild()
        self.canvas.select(region_id)

    def state(self) -> SpineState:
        return SpineState(self.view, self.affected, self.canvas.highlighted, self.canvas.selected)

    def mirror(self, state: SpineState) -> None:
        """Show what another panel shows: its view, highlights and chosen part."""
        self._show(state)

    def reset(self) -> None:
        self._show(SpineState())
        self.canvas.reset_view()
        self.enlarge_button.setChecked(False)

    def selected_region(self) -> str | None:
        return self.canvas.selected

    def highlighted_regions(self) -> frozenset[str]:
        return self.canvas.highlighted

    def current_view(self) -> str:
        return self.view

    def topic_buttons(self) -> list[WrappingButton]:
        """The buttons to the topics about the chosen part, in order."""
        return layout_widgets(self.topics_layout)

    def hide_controls(self) -> None:
        """Only the picture and its caption, for the patient's view: the physician's window
        has the controls."""
        self.controls_shown = False
        for control in (self.view_choice, self.affected_switch, self.region_choice,
                        self.reset_button, self.enlarge_button, self.tools):
            control.hide()

    def set_text_size(self, body_px: int) -> None:
        """Controls, caption and the picture's labels grow with the article's text, up to
        the size where they still fit beside it; Enlarge shows the picture larger."""
        font = self.font()
        font.setPixelSize(max(13, min(LARGEST_TEXT_PX, body_px - 3)))
        # Set on each control: a font set on the panel alone does not reach the styled ones.
        for widget in (self, *self.findChildren(QWidget)):
            widget.setFont(font)
        self._fit_caption()
        self._fit_controls()

    def set_touch(self, on: bool) -> None:
        """Tablet mode: a finger flicks the picture as it does a page."""
        (enable_kinetic_scrolling if on else disable_kinetic_scrolling)(self.canvas)

    def set_consultation(self, consultation: Consultation | None) -> None:
        """Consultation mode: the physician marks parts and draws on the picture."""
        self.canvas.consultation = consultation
        self.tools.setVisible(consultation is not None and self.controls_shown)
        self.set_tool("point")
        self.canvas.update()

    def set_tool(self, tool: str) -> None:
        self.canvas.tool = tool
        self.tool_buttons[tool].setChecked(True)
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if tool == "draw"
                              else Qt.CursorShape.ArrowCursor)

    def undo(self) -> None:
        consultation = self.canvas.consultation
        if consultation is None or not consultation.undo:
            return
        kind, what = consultation.undo.pop()
        if kind == "mark":
            consultation.marks.symmetric_difference_update({what})
        elif consultation.strokes.get(what):
            consultation.strokes[what].pop()
        self.canvas.marksChanged.emit()
        self.canvas.update()

    def clear_marks(self) -> None:
        consultation = self.canvas.consultation
        if consultation is not None:
            consultation.marks.clear()
            consultation.strokes.clear()
            consultation.undo.clear()
            self.canvas.marksChanged.emit()
            self.canvas.update()

    def handout_pictures(self, consultation: Consultation | None,
                         size: QSize = render.HANDOUT_PICTURE_SIZE) -> list[tuple[str, QImage]]:
        """(view, picture) for the patient's handout, from what the panel shows now."""
        return render.handout_pictures(self.state(), consultation, size)

    # ----- layout -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_controls()
        self._fit_caption()

    def view_choice_width(self) -> int:
        """The width the view choice needs for the name it shows (its size hint is for the
        longest name of all)."""
        choice = self.view_choice
        metrics = choice.fontMetrics()
        longest = max((metrics.horizontalAdvance(choice.itemText(i))
                       for i in range(choice.count())), default=0)
        current = metrics.horizontalAdvance(choice.currentText())
        return choice.sizeHint().width() - longest + current

    def _fit_controls(self) -> None:
        """A panel wider than tall (under the text) has every control in one row at the
        top, leaving the height to the picture; else zoom and enlarge go under it, and the
        view choice and its switch stack when they do not fit side by side."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = max(self.controls.spacing(), 6)
        pair = (self.view_choice_width() + spacing
                + self.affected_switch.sizeHint().width())
        buttons = (self.reset_button.sizeHint().width() + spacing
                   + self.enlarge_button.sizeHint().width())
        on_top = self.width() > self.height() and pair + 2 * spacing + buttons <= room
        if on_top != self.buttons_on_top:
            self.buttons_on_top = on_top
            for button in (self.reset_button, self.enlarge_button):
                (self.buttons if on_top else self.controls).removeWidget(button)
                (self.controls if on_top else self.buttons).addWidget(button)
        self.controls.setDirection(QBoxLayout.Direction.LeftToRight if on_top or pair <= room
                                   else QBoxLayout.Direction.TopToBottom)

    def _fit_caption(self) -> None:
        """Room for two lines, or for the instruction if it needs more at this width and
        text size: the same height whatever the caption says, so the picture never jumps."""
        metrics = self.caption.fontMetrics()
        margins = self.layout().contentsMargins()
        width = max(1, self.caption.width() if self.caption.isVisible() else
                    self.width() - margins.left() - margins.right())
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                      self._instruction()).height()
        self.caption.setFixedHeight(max(metrics.lineSpacing() * 2, needed) + 4)

    # ----- texts --------------------------------------------------------------------------

    def _view_names(self) -> dict[str, str]:
        return {"side": self.tr("Whole spine from the side"),
                "back": self.tr("Whole spine from behind"),
                "disc": self.tr("Disc from above"),
                "canal": self.tr("Spinal canal from above"),
                "facet": self.tr("Facet joints from the side")}

    def _instruction(self) -> str:
        return self.tr("Point at a part of the spine to see its name; choose it to see what "
                       "it is about.")

    def retranslate(self) -> None:
        self._fit_caption()
        names = self._view_names()
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        for view in VIEWS:
            self.view_choice.addItem(names[view], view)
        self.view_choice.setCurrentIndex(VIEWS.index(self.view))
        self.view_choice.blockSignals(False)
        self.view_choice.setAccessibleName(self.tr("View of the spine"))
        self._name_affected_switch()
        self.affected_switch.setAccessibleName(self.tr("Show the affected situation"))
        for tool, (text, tip) in {
                "point": (self.tr("Point"), self.tr("Point at parts to name them")),
                "mark": (self.tr("Mark"), self.tr("Mark or unmark a part for the patient")),
                "draw": (self.tr("Draw"), self.tr("Draw on the picture"))}.items():
            self.tool_buttons[tool].setText(text)
            self.tool_buttons[tool].setAccessibleName(tip)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last mark or drawing"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Remove all marks and drawings"))
        self.reset_button.setText(self.tr("Reset zoom"))
        self.reset_button.setAccessibleName(self.tr("Reset zoom"))
        self._name_enlarge_button()
        self.region_choice.setAccessibleName(self.tr("Choose a part of the spine"))
        self.canvas.setAccessibleName(self.tr("Illustration of the spine"))
        self.setAccessibleName(self.tr("Spine"))

    def _name_enlarge_button(self) -> None:
        if self.enlarge_button.isChecked():
            self.enlarge_button.setText(self.tr("Back to the text"))
            self.enlarge_button.setAccessibleName(self.tr("Show the text beside the picture"))
        else:
            self.enlarge_button.setText(self.tr("Enlarge"))
            self.enlarge_button.setAccessibleName(self.tr("Show the picture large"))
        self._fit_controls()

    def _name_affected_switch(self) -> None:
        affected_names = {"back": self.tr("Scoliosis"), "disc": self.tr("Herniated disc"),
                          "canal": self.tr("Narrowed"), "facet": self.tr("Worn")}
        self.affected_switch.setText(affected_names.get(self.view, self.tr("Affected")))
        self._fit_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_regions()
        super().changeEvent(event)

    # ----- internals ----------------------------------------------------------------------

    def _show(self, state: SpineState) -> None:
        self.view, self.affected = state.view, state.affected
        self.canvas.highlighted = state.highlighted
        self.canvas.selected = state.selected
        self._rebuild()
        self.canvas.update()

    def _rebuild(self) -> None:
        artwork, shapes = drawings.drawing(self.view, self.affected)
        if self.canvas.artwork is artwork:
            # The same drawing: only the highlights change, which the caller sets.
            self._show_selection()
            return
        self.canvas.view_name = self.view
        self.canvas.set_artwork(artwork, shapes)
        self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(VIEWS.index(self.view))
        self.view_choice.blockSignals(False)
        self.affected_switch.blockSignals(True)
        self.affected_switch.setChecked(self.affected)
        self.affected_switch.setVisible(self.view != "side" and self.controls_shown)
        self.affected_switch.blockSignals(False)
        self._name_affected_switch()
        self._fill_regions()
        self._show_selection()
        self.viewChanged.emit(self.view, self.affected)

    def _fill_regions(self) -> None:
        self.region_choice.blockSignals(True)
        self.region_choice.clear()
        self.region_choice.addItem(self.tr("Choose a part of the spine…"), "")
        for region in self.canvas.region_ids():
            self.region_choice.addItem(REGIONS[region].name(self.lang), region)
        self.region_choice.blockSignals(False)

    def _view_chosen(self, index: int) -> None:
        self.view = self.view_choice.itemData(index) or "side"
        self.affected = False
        self._rebuild()

    def _affected_toggled(self, on: bool) -> None:
        self.affected = on
        self._rebuild()

    def _reset_zoom(self) -> None:
        self.canvas.reset_view()

    def _region_chosen(self, index: int) -> None:
        region = self.region_choice.itemData(index)
        if region:
            self.canvas.select(region)

    def _hovered(self, region: str) -> None:
        if region:
            self.caption.setText(REGIONS[region].name(self.lang))
        else:
            self._show_selection()

    def _activated(self, region: str) -> None:
        self.regionActivated.emit(region)
        self._show_selection()

    def _show_selection(self) -> None:
        discard_widgets(self.topics_layout)
        region = self.canvas.selected
        if not region:
            # Without controls (the patient's view) the caption says what the picture shows.
            self.caption.setText(self._instruction() if self.controls_shown
                                 else self._view_names()[self.view])
            return
        self.caption.setText(REGIONS[region].name(self.lang))
        for topic_id, title in self._topics_for_region(region):
            # A long title wraps rather than be cut off in a narrow panel.
            button = WrappingButton(title, self.topics)
            # Set on both: a style sheet in tablet mode keeps the button's font from its label.
            for widget in (button, button.label):
                widget.setFont(self.font())
            button.setObjectName(f"spineTopic-{topic_id}")
            button.label.setObjectName("spineTopicTitle")
            button.setAccessibleName(title)
            button.clicked.connect(lambda _=False, t=topic_id: self.topicRequested.emit(t))
            self.topics_layout.addWidget(button)
