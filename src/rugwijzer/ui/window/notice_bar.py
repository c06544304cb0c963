"""A non-blocking bar above the content that tells about problems without stopping anyone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 12, 8)
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("noticeSummary")
        self.summary.setWordWrap(True)
        # Notices quote file names and profile values: shown as written, never as markup.
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("noticeDetails")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("noticeClose")
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.summary, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        self.details = QLabel(self)
        self.details.setObjectName("noticeText")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        outer.addLayout(row)
        outer.addWidget(self.details)
        self._messages: list[Callable[[], str]] = []
        self._content_problems: list[str] = []
        # In tablet mode the notices are for staff only: kept, never shown to the patient.
        self.private = False
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Notices"))
        self.details_button.setText(self.tr("Hide details") if
                                    self.details_button.isChecked() else self.tr("Details"))
        self.details_button.setAccessibleName(self.tr("Show the details of the notices"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the notices"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_content_problems(self, problems: list[str]) -> None:
        self._content_problems = list(problems)
        self._refresh()
        if problems:
            self._reveal()

    def add_message(self, message: Callable[[], str]) -> None:
        """Add a message; ``message`` is called again after a language switch."""
        self._messages.append(message)
        self._refresh()
        self._reveal()

    def set_private(self, private: bool) -> None:
        """Private: keep the notices for a staff view, out of the patient's sight."""
        self.private = private
        if private:
            self.hide()
        elif self.messages():
            self.show()

    def _reveal(self) -> None:
        if not self.private:
            self.show()

    def messages(self) -> list[str]:
        return [message() for message in self._messages] + self._content_problems

    def clear(self) -> None:
        self._messages.clear()
        self._content_problems.clear()
        self._refresh()
        self.hide()

    def _refresh(self) -> None:
        lines = [message() for message in self._messages]
        if self._content_problems:
            lines.append(self.tr("Some content could not be read; everything else "
                                         "works. The details name each file and line."))
        self.summary.setText("\n".join(lines))
        self.details.setText("\n".join(self._content_problems))
        self.details_button.setVisible(bool(self._content_problems))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslate()
