"""Consultation mode: the treatment path, a note, and the patient's handout."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...content.treatment_path import Step
from ...languages import DEFAULT_LANGUAGE, LANGUAGES, language
from ...session import Consultation

NOTE_MIN_WIDTH = 220


class ConsultationBar(QFrame):
    """A strip under the text: where the patient is on the path, the note, the handout."""

    printRequested = Signal()
    pdfRequested = Signal()
    newRequested = Signal()
    presentToggled = Signal(bool)
    stepTopicRequested = Signal(str)

    def __init__(self, steps: list[Step], consultation: Consultation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultationBar")
        self.consultation = consultation
        self.steps = steps
        self.lang = DEFAULT_LANGUAGE
        self.path_label = QLabel(self)
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(False)
        self.step_buttons: dict[str, QPushButton] = {}
        for number, step in enumerate(steps, start=1):
            button = QPushButton(self)
            button.setObjectName(f"step-{step.id}")
            button.setCheckable(True)
            button.setProperty("number", number)
            button.toggled.connect(lambda on, s=step.id: self._step_toggled(s, on))
            self.step_group.addButton(button)
            self.step_buttons[step.id] = button
        self.note = QLineEdit(self)
        self.note.setObjectName("consultationNote")
        self.note.setMinimumWidth(NOTE_MIN_WIDTH)
        self.note.textChanged.connect(self._note_changed)
        self.language = QComboBox(self)
        self.language.setObjectName("handoutLanguage")
        for code in LANGUAGES:
            # Each language names itself, so the patient recognises their own.
            self.language.addItem(language(code).name, code)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printHandout")
        self.print_button.clicked.connect(self.printRequested)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("pdfHandout")
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("showPatient")
        self.present_button.setCheckable(True)
        self.present_button.toggled.connect(self.presentToggled)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newConsultation")
        self.new_button.clicked.connect(self.newRequested)
        self.actions = [self.language, self.present_button, self.print_button, self.pdf_button,
                        self.new_button]
        # Tab goes through the bar as it reads, left to right.
        for before, after in pairwise([*self.step_buttons.values(), self.note, *self.actions]):
            QWidget.setTabOrder(before, after)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(12, 8, 12, 8)
        self._outer.setSpacing(6)
        self.rows = 0
        self.retranslate()

    # ----- layout: one row when everything fits, else path and note above the actions -----

    def _widths(self) -> tuple[int, int]:
        spacing = self.style().layoutSpacing(QSizePolicy.ControlType.PushButton,
                                             QSizePolicy.ControlType.PushButton,
                                             Qt.Orientation.Horizontal)
        spacing = max(spacing, 6)
        path = [self.path_label, *self.step_buttons.values()]
        path_width = sum(w.sizeHint().width() for w in path) + spacing * len(path)
        actions_width = (sum(w.sizeHint().width() for w in self.actions)
                         + spacing * (len(self.actions) - 1))
        return path_width, actions_width

    def _arrange(self) -> None:
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        path_width, actions_width = self._widths()
        if path_width + NOTE_MIN_WIDTH + actions_width + 12 <= room:
            rows = 1
        elif path_width + NOTE_MIN_WIDTH <= room:
            rows = 2
        else:
            rows = 3
        if rows == self.rows:
            return
        self.rows = rows
        while self._outer.count():
            row = self._outer.takeAt(0).layout()
            while row is not None and row.count():
                row.takeAt(0)
            if row is not None:
                row.deleteLater()
        lines = [QHBoxLayout() for _ in range(rows)]
        path_line, action_line = lines[0], lines[-1]
        path_line.addWidget(self.path_label)
        for button in self.step_buttons.values():
            path_line.addWidget(button)
        if rows == 3:
            path_line.addStretch(1)
            lines[1].addWidget(self.note, 1)
        else:
            path_line.addWidget(self.note, 1)
        if rows > 1:
            action_line.addStretch(1)
        for widget in self.actions:
            action_line.addWidget(widget)
        for line in lines:
            self._outer.addLayout(line)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def patient_language(self) -> str:
        return self.language.currentData()

    def set_language(self, lang: str) -> None:
        """The language of the steps' names, and the handout's, until one is chosen."""
        self.lang = lang
        self.language.setCurrentIndex(self.language.findData(lang))
        self._name_steps()

    def refresh(self) -> None:
        """Show the consultation's state, e.g. after it was cleared."""
        for step_id, button in self.step_buttons.items():
            button.blockSignals(True)
            button.setChecked(step_id == self.consultation.step)
            button.blockSignals(False)
        if self.note.text() != self.consultation.note:
            self.note.setText(self.consultation.note)
        self._name_steps()

    def _name_steps(self) -> None:
        for step in self.steps:
            button = self.step_buttons[step.id]
            here = self.tr("you are here") if step.id == self.consultation.step else ""
            title = step.title(self.lang)
            button.setText(f"{button.property('number')}. {title}" + (f" ◀ {here}" if here else ""))
            button.setAccessibleName(self.tr("Patient is at: {step}").format(step=title))
        # Texts of another length may need another arrangement.
        self.rows = 0
        self._arrange()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Consultation"))
        self.path_label.setText(self.tr("Treatment path:"))
        self.note.setPlaceholderText(self.tr("Short note for the patient"))
        self.note.setAccessibleName(self.tr("Note for the patient"))
        self.language.setAccessibleName(self.tr("Language of the handout"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the handout"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the handout as PDF"))
        self.present_button.setText(self.tr("Show patient"))
        self.present_button.setAccessibleName(
            self.tr("Show the text and the picture to the patient, on a second screen if there "
                    "is one"))
        self.new_button.setText(self.tr("New consultation"))
        self.new_button.setAccessibleName(self.tr("Forget everything about this patient"))
        self._name_steps()

    def _step_toggled(self, step_id: str, on: bool) -> None:
        self.consultation.step = step_id if on else None
        self.refresh()
        if on:
            # Setting where the patient is also shows what that step is about.
            topic = next(step.topic for step in self.steps if step.id == step_id)
            self.stepTopicRequested.emit(topic)

    def _note_changed(self, text: str) -> None:
        self.consultation.note = text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
