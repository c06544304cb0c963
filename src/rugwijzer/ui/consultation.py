"""Consultation mode: the treatment path, a note, and the patient's handout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..content.treatment_path import Step
from ..session import Consultation


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
        self.lang = "nl"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.path_label = QLabel(self)
        layout.addWidget(self.path_label)
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
            layout.addWidget(button)
        self.note = QLineEdit(self)
        self.note.setObjectName("consultationNote")
        self.note.textChanged.connect(self._note_changed)
        layout.addWidget(self.note, 1)
        self.language = QComboBox(self)
        self.language.setObjectName("handoutLanguage")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        layout.addWidget(self.language)
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
        for button in (self.present_button, self.print_button, self.pdf_button,
                       self.new_button):
            layout.addWidget(button)
        self.retranslate()

    def patient_language(self) -> str:
        return self.language.currentData()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.language.setCurrentIndex(0 if lang == "nl" else 1)
        self.retranslate()

    def refresh(self) -> None:
        """Show the consultation's state, e.g. after it was cleared."""
        for step_id, button in self.step_buttons.items():
            button.blockSignals(True)
            button.setChecked(step_id == self.consultation.step)
            button.blockSignals(False)
        if self.note.text() != self.consultation.note:
            self.note.setText(self.consultation.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Consultation"))
        self.path_label.setText(self.tr("Treatment path:"))
        for step in self.steps:
            button = self.step_buttons[step.id]
            here = self.tr("you are here") if step.id == self.consultation.step else ""
            title = step.title(self.lang)
            button.setText(f"{button.property('number')}. {title}" + (f" ◀ {here}" if here else ""))
            button.setAccessibleName(self.tr("Patient is at: {step}").format(step=title))
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
