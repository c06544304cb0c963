"""The spine panel: the illustration with its view choice, healthy/affected switch, the
switch for the parts' names, caption, the topics about the chosen part and, in consultation
mode, the physician's tools.

A consultation names the chosen part without listing its topics; how the panel shares its
room is in ``arrangement``.

What it shows is published with signals and ``state()``; other parts of the window use its
methods and never its child widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
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
    enable_kinetic_scrolling,
)
from . import drawings, render, touch
from .arrangement import MARGINS, PRESENTING_MARGINS, Arrangement
from .canvas import SpineCanvas
from .drawings import SpineState
from .overlays import PictureOverlays
from .tools import ToolRow
from .topics import TopicList

CLOSE_UPS = ("disc", "canal", "facet")

LARGEST_TEXT_PX = 22


class SpinePanel(Arrangement):
    """The illustration with its view choice, healthy/affected switch, caption and topics."""

    viewChanged = Signal(str, bool)  # view, affected (and on a change of the names shown)
    regionActivated = Signal(str)
    marksChanged = Signal()
    topicRequested = Signal(str)
    enlargeRequested = Signal(bool)
    presentRequested = Signal()  # the picture on the whole window, for explaining
    leaveRequested = Signal()  # presenting: back to the window as it was

    def __init__(self, topics_for_region: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spinePanel")
        self._topics_for_region = topics_for_region
        self.lang = DEFAULT_LANGUAGE
        self.view = "side"
        self.affected = False
        self.controls_shown = True
        self.presenting = False
        self.tablet = False
        self.by_touch = False  # the reader's last input was a finger
        self._watcher: touch.InputKind | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(8)
        self._build_controls(layout)
        self.tools = ToolRow(self)
        self.tools.toolChosen.connect(self.set_tool)
        self.tools.undoRequested.connect(self.undo)
        self.tools.clearRequested.connect(self.clear_marks)
        self.tools.presentRequested.connect(self.presentRequested)
        self.tools.hide()
        layout.addWidget(self.tools)
        self._build_picture(layout)
        self._build_overlays()
        self.retranslate()
        self._rebuild()

    def _build_controls(self, layout: QVBoxLayout) -> None:
        """The view choice and its switches side by side, or the switches under it when the
        panel is too narrow for all their names."""
        self.controls = controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.view_choice = ElidingComboBox(self)
        self.view_choice.setObjectName("spineViewChoice")
        self.view_choice.currentIndexChanged.connect(self._view_chosen)
        self.affected_switch = QCheckBox(self)
        self.affected_switch.setObjectName("spineAffected")
        self.affected_switch.toggled.connect(self._affected_toggled)
        self.names_switch = QCheckBox(self)
        self.names_switch.setObjectName("spineNames")
        self.names_switch.setChecked(True)
        self.names_switch.toggled.connect(self._names_toggled)
        self.leave_button = QPushButton(self)
        self.leave_button.setObjectName("spineLeave")
        self.leave_button.clicked.connect(self.leaveRequested)
        self.leave_button.hide()
        self.switches = QHBoxLayout()
        self.switches.addWidget(self.affected_switch)
        self.switches.addWidget(self.names_switch)
        self.switches.addStretch(1)
        controls.addWidget(self.view_choice, 1)
        controls.addLayout(self.switches)
        controls.addWidget(self.leave_button)
        layout.addLayout(controls)

    def _build_picture(self, layout: QVBoxLayout) -> None:
        """The picture and, under or beside it, its caption, the topics about the chosen
        part and the list of parts for those who do not point."""
        self.canvas = SpineCanvas(self)
        self.canvas.hovered.connect(self._hovered)
        self.canvas.activated.connect(self._activated)
        self.canvas.marksChanged.connect(self.marksChanged)
        self.canvas.magnifiedChanged.connect(self._magnified)
        self.details = QWidget(self)
        self.details.setObjectName("spineDetails")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(8)
        self.caption = QLabel(self.details)
        self.caption.setObjectName("spineCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.caption)
        # The topics scroll where they would take the picture's room.
        self.topics_area = TopicList(self.details)
        self.topics_area.topicRequested.connect(self.topicRequested)
        self.topics = self.topics_area.widget()
        self.topics_layout = self.topics.layout()
        self.topics_area.hide()
        details.addWidget(self.topics_area)
        details.addStretch(1)
        self.region_choice = ElidingComboBox(self.details)
        self.region_choice.setObjectName("spineRegionChoice")
        self.region_choice.activated.connect(self._region_chosen)
        details.addWidget(self.region_choice)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(12)
        self.body.addWidget(self.canvas, 1)
        self.body.addWidget(self.details)
        layout.addLayout(self.body, 1)

    def _build_overlays(self) -> None:
        self.overlays = PictureOverlays(self, self.canvas)
        self.enlarge_button = self.overlays.enlarge_button
        self.enlarge_button.toggled.connect(lambda _on: self._name_enlarge_button())
        self.enlarge_button.toggled.connect(self.enlargeRequested)
        self.whole_button = self.overlays.whole_button
        self.whole_button.clicked.connect(self.canvas.show_whole)
        self.name_tag = self.overlays.name_tag

    # ----- public interface ---------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language of the parts' names (the interface's texts follow the translator)."""
        self.lang = lang
        self.canvas.set_language(lang)
        self._fill_regions()
        self._show_selection()

    def show_topic(self, regions: Sequence[str], view: str | None) -> None:
        self._show(SpineState.for_topic(regions, view, self.canvas.names))

    def show_region(self, region_id: str) -> None:
        if region_id not in REGIONS:
            return
        if region_id not in self.canvas.region_ids():
            self.view = drawings.view_showing(region_id) or self.view
            self._rebuild()
        self.canvas.select(region_id)

    def state(self) -> SpineState:
        return SpineState(self.view, self.affected, self.canvas.highlighted, self.canvas.selected,
                          self.canvas.names)

    def mirror(self, state: SpineState) -> None:
        """Show what another panel shows: its view, highlights, chosen part and names."""
        self._show(state)

    def reset(self) -> None:
        """As for a new reader: the whole spine, nothing chosen, the parts' names shown."""
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
        return self.topics_area.buttons()

    def hide_controls(self) -> None:
        """Only the picture and its caption, for the patient's view: the physician's window
        has the controls."""
        self.controls_shown = False
        for control in (self.view_choice, self.affected_switch, self.names_switch,
                        self.region_choice, self.enlarge_button, self.tools):
            control.hide()

    def set_text_size(self, body_px: int) -> None:
        """Controls, caption and the picture's labels grow with the article's text, up to
        the size where they still fit beside it; Enlarge shows the picture larger."""
        font = self.font()
        font.setPixelSize(max(13, min(LARGEST_TEXT_PX, body_px - 3)))
        # Set on each control: a font set on the panel alone does not reach the styled ones.
        for widget in (self, *self.findChildren(QWidget)):
            widget.setFont(font)
        self._arrange()

    def set_touch(self, on: bool) -> None:
        """Tablet mode: a finger is the only pointer, and every tap reaches at least 24
        pixels."""
        self.tablet = on
        self.canvas.tablet = on
        (enable_kinetic_scrolling if on else disable_kinetic_scrolling)(
            self.topics_area.viewport())
        self._show_selection()
        self._fit_caption()

    def set_consultation(self, consultation: Consultation | None) -> None:
        """Consultation mode: the physician marks parts and draws on the picture."""
        self.canvas.consultation = consultation
        shown = consultation is not None and self.controls_shown
        if shown:
            self.tools.load_icons()
        self.tools.setVisible(shown)
        self.set_tool("point")
        self._show_selection()
        self._fit_caption()
        self._arrange()
        self.canvas.update()

    def set_tool(self, tool: str) -> None:
        self.canvas.tool = tool
        self.tools.set_tool(tool)
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

    def set_presenting(self, on: bool) -> None:
        """The picture fills the panel under one slim row of controls, the chosen part's
        name over it: for explaining on the whole window."""
        if on == self.presenting:
            return
        self.presenting = on
        self.overlays.presenting = on
        if on:
            self.controls.insertWidget(self.controls.indexOf(self.leave_button), self.tools)
        else:
            self.layout().insertWidget(1, self.tools)
        self.tools.setVisible(self.canvas.consultation is not None)
        self.tools.buttons["present"].setVisible(not on)
        self.leave_button.setVisible(on)
        self.details.setVisible(not on)
        self.enlarge_button.setVisible(not on and self.controls_shown)
        self.layout().setContentsMargins(*(PRESENTING_MARGINS if on else MARGINS))
        # In the row the view's whole name shows, and no more; beside the text it takes
        # the width its switches leave.
        self.controls.setStretchFactor(self.view_choice, 0 if on else 1)
        self._show_selection()
        self._arrange()

    def handout_pictures(self, consultation: Consultation | None, lang: str,
                         width: int = render.HANDOUT_WIDTH) -> list[tuple[str, QImage]]:
        """(view, picture) for the patient's handout, from what the panel shows now."""
        return render.handout_pictures(self.state(), consultation, lang, width)

    # ----- layout -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._watcher is None:
            self._watcher = touch.follow_input(self, self._input_changed)

    # ----- texts --------------------------------------------------------------------------

    def _view_names(self) -> dict[str, str]:
        return {"side": self.tr("Whole spine from the side"),
                "back": self.tr("Whole spine from behind"),
                "disc": self.tr("Disc from above"),
                "canal": self.tr("Spinal canal from above"),
                "facet": self.tr("Facet joints from the side")}

    def touch_instructions(self) -> bool:
        return self.tablet or self.by_touch

    def _instruction(self) -> str:
        if self.canvas.consultation is not None:
            # The physician knows how: the caption only names what is chosen.
            return ""
        if self.canvas.magnified:
            return self.tr("Tap the part you mean.")
        if self.touch_instructions():
            return self.tr("Tap a part of the spine to see its name and what it is about.")
        return self.tr("Point at a part of the spine to see its name; choose it to see what "
                       "it is about.")

    def retranslate(self) -> None:
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
        self.names_switch.setText(self.tr("Names"))
        self.names_switch.setAccessibleName(self.tr("Show the names of the parts"))
        self.leave_button.setText(self.tr("Back (Esc)"))
        self.leave_button.setAccessibleName(self.tr("Back to the window with the text"))
        self._name_whole_button()
        self._name_enlarge_button()
        self.region_choice.setAccessibleName(self.tr("Choose a part of the spine"))
        self.canvas.setAccessibleName(self.tr("Illustration of the spine"))
        self.setAccessibleName(self.tr("Spine"))
        self._arrange()

    def _name_whole_button(self) -> None:
        self.overlays.name_whole(self.tr("Back to the whole picture") if self.view in CLOSE_UPS
                                 else self.tr("Back to the whole spine"))

    def _name_enlarge_button(self) -> None:
        if self.enlarge_button.isChecked():
            self.overlays.name_enlarge(True, self.tr("Back to the text"),
                                       self.tr("Show the text beside the picture"))
        else:
            self.overlays.name_enlarge(False, self.tr("Enlarge"),
                                       self.tr("Show the picture large"))

    def _name_affected_switch(self) -> None:
        affected_names = {"back": self.tr("Scoliosis"), "disc": self.tr("Herniated disc"),
                          "canal": self.tr("Narrowed"), "facet": self.tr("Worn")}
        self.affected_switch.setText(affected_names.get(self.view, self.tr("Affected")))
        self._fit_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_regions()
            self._show_selection()
        super().changeEvent(event)

    # ----- internals ----------------------------------------------------------------------

    def _show(self, state: SpineState) -> None:
        self.view, self.affected = state.view, state.affected
        self.canvas.highlighted = state.highlighted
        self.canvas.selected = state.selected
        self.names_switch.setChecked(state.names)
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
        # Only the close-ups name their parts.
        self.names_switch.setVisible(self.view in CLOSE_UPS and self.controls_shown)
        self._name_affected_switch()
        self._name_whole_button()
        self._fill_regions()
        self._show_selection()
        self._arrange()
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

    def _names_toggled(self, on: bool) -> None:
        if on != self.canvas.names:
            self.canvas.set_names(on)
            self.viewChanged.emit(self.view, self.affected)

    def _region_chosen(self, index: int) -> None:
        region = self.region_choice.itemData(index)
        if region:
            self.canvas.select(region)

    def _input_changed(self, by_touch: bool) -> None:
        if by_touch != self.by_touch:
            self.by_touch = by_touch
            self._fit_caption()
            self._show_selection()

    def _magnified(self, on: bool) -> None:
        self.whole_button.setVisible(on)
        self.overlays.place()
        self._show_selection()

    def _hovered(self, region: str) -> None:
        if region:
            self._say(REGIONS[region].name(self.lang))
        else:
            self._show_selection()

    def _activated(self, region: str) -> None:
        self.regionActivated.emit(region)
        self._show_selection()

    def _say(self, text: str) -> None:
        """The caption under the picture, or presenting, the name over it."""
        self.caption.setText(text)
        self.overlays.say(text)

    def _show_selection(self) -> None:
        self._list_topics()
        self._fit_body()
        self.topics_area.fit()

    def _list_topics(self) -> None:
        """The chosen part's name and the buttons to its topics; else the instruction."""
        region = self.canvas.selected
        if not region:
            self.topics_area.show_topics([], self.font())
            # Without controls (the patient's view) the caption says what the picture shows.
            if self.presenting:
                self._say("")
            else:
                self._say(self._instruction() if self.controls_shown
                          else self._view_names()[self.view])
            return
        self._say(REGIONS[region].name(self.lang))
        # Explaining, the picture keeps its height: the topics are in the list.
        explaining = self.presenting or self.canvas.consultation is not None
        self.topics_area.show_topics([] if explaining else self._topics_for_region(region),
                                     self.font())
