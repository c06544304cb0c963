"""Consultation mode as a controller: the physician's bar, the picture on the whole window,
the patient's screen and the handout, around the consultation kept in the session."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ... import APP_NAME, resources
from ...content.clinic import ClinicProfile
from ...content.handout import HandoutRequest
from ...content.model import START, Library
from ...content.treatment_path import Step, load_treatment_path
from ...session import Session
from ...settings import TEXT_SIZES
from ..article.html import ArticleTexts
from ..spine.drawings import SpineState
from ..spine.render import handout_pictures

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from ..window.article_page import ArticlePage
    from .bar import ConsultationBar
    from .presentation import Presentation
    from .presenter import PresenterWindow

log = logging.getLogger(__name__)


class ConsultationMode(QObject):
    """Tools for explaining: mark and draw on the spine, the path, the handout.

    The bar is made the first time the mode is switched on, at the bottom of ``place``.
    """

    activeChanged = Signal(bool)
    topicRequested = Signal(str)  # a step of the path shows its topic
    cleared = Signal()  # a new consultation: the window starts afresh for the next patient

    def __init__(self, window: QMainWindow, place: QWidget, session: Session,
                 library: Library, texts: ArticleTexts, article_page: ArticlePage,
                 clinic: ClinicProfile) -> None:
        super().__init__(window)
        self._window = window
        self._place = place
        self.session = session
        self.library = library
        self.texts = texts
        self.article_page = article_page
        self.clinic = clinic
        self.bar: ConsultationBar | None = None
        self.presenter: PresenterWindow | None = None
        self.presentation: Presentation | None = None
        self._present_wired = False
        self._active = False
        self._available = True
        self._topic: str | None = None
        self._steps: list[Step] | None = None

    @property
    def active(self) -> bool:
        return self._active

    @property
    def steps(self) -> list[Step]:
        """The treatment path, read once."""
        if self._steps is None:
            self._steps, _problems = load_treatment_path(
                resources.resource("consultation", "treatment-path.toml"))
        return self._steps

    def set_active(self, on: bool) -> None:
        on = on and self._available
        self._active = on
        if on and self.bar is None:
            self._make_bar()
        if self.bar is not None:
            self.bar.setVisible(on)
        if not on:
            self.toggle_presenter(False)
            self.set_presenting(False)
        consultation = self.session.consultation
        self.article_page.set_consultation(consultation if on else None)
        spine = self.article_page.spine
        if on and spine is not None and not self._present_wired:
            # The picture's own "present" button puts it on the whole window.
            spine.presentRequested.connect(lambda: self.set_presenting(True))
            self._present_wired = True
        if on:
            self._note_topic()
        self.activeChanged.emit(on)

    def set_available(self, available: bool) -> None:
        """Not in tablet mode: a patient must not find the physician's tools."""
        self._available = available
        if not available and self._active:
            self.set_active(False)

    def _make_bar(self) -> None:
        from .bar import ConsultationBar

        self.bar = ConsultationBar(self.steps, self.session.consultation, self._place)
        self.bar.set_language(self.session.language)
        self.bar.printRequested.connect(self.print_handout)
        self.bar.pdfRequested.connect(self.choose_pdf)
        self.bar.newRequested.connect(self.new_consultation)
        self.bar.presentToggled.connect(self.toggle_presenter)
        self.bar.stepTopicRequested.connect(self._show_step)
        self._place.layout().addWidget(self.bar)

    def _show_step(self, topic_id: str) -> None:
        """A step of the path opens its text; the picture stays that of the patient's
        condition, with its view, its marks and what was chosen on it."""
        state = self.article_page.spine_state() if self.article_page.spine is not None \
            else None
        self.topicRequested.emit(topic_id)
        if state is not None:
            self.article_page.ensure_spine().mirror(state)

    def topic_opened(self, topic_id: str) -> None:
        self._topic = topic_id
        if self._active:
            self._note_topic()
        self.sync_presenter()

    def _note_topic(self) -> None:
        """Every topic shown during a consultation goes into the handout."""
        topics = self.session.consultation.topics
        if self._topic not in (None, START) and self._topic not in topics:
            topics.append(self._topic)

    def set_language(self, lang: str) -> None:
        if self.bar is not None:
            self.bar.set_language(lang)
        if self.presentation is not None:
            self.presentation.spine.set_language(lang)
        self.sync_presenter()

    def new_consultation(self) -> None:
        """Forget everything about the previous patient: marks, drawings, note, step."""
        consultation = self.session.consultation
        consultation.clear()
        if self.bar is not None:
            self.bar.refresh()
        self.set_presenting(False)
        if self.article_page.spine is not None:
            self.article_page.reset_spine()
            self.article_page.set_consultation(consultation if self._active else None)
        self.cleared.emit()

    # ----- the picture on the whole window ------------------------------------------------

    @property
    def presenting(self) -> bool:
        return self.presentation is not None and self.presentation.isVisible()

    def set_presenting(self, on: bool) -> None:
        """The picture fills the window, the tools over it; off, the window is as it was,
        its picture showing what was shown and drawn meanwhile."""
        on = on and self._active
        if on and not self.presenting:
            if self.presentation is None:
                self._make_presentation()
            self.presentation.open(self.article_page.spine_state(), self.session.language,
                                   TEXT_SIZES[self.session.text_size])
        elif not on and self.presenting:
            self.presentation.leave()

    def _make_presentation(self) -> None:
        from .presentation import Presentation

        self.presentation = Presentation(self._window, self.session.consultation)
        self.presentation.left.connect(self._presentation_left)
        spine = self.presentation.spine
        spine.marksChanged.connect(self.sync_presenter)
        spine.regionActivated.connect(lambda _region: self.sync_presenter())
        spine.viewChanged.connect(lambda _view, _affected: self.sync_presenter())

    def _presentation_left(self) -> None:
        spine = self.article_page.ensure_spine()
        spine.mirror(self.presentation.spine.state())
        spine.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _spine_state(self) -> SpineState:
        """What the physician shows now: on the whole window or beside the text."""
        if self.presenting:
            return self.presentation.spine.state()
        return self.article_page.spine_state()

    # ----- the patient's screen -----------------------------------------------------------

    def toggle_presenter(self, shown: bool) -> None:
        """The patient's view, on a second screen when there is one."""
        from .presenter import PresenterWindow

        if shown and self.presenter is None:
            self.presenter = PresenterWindow()
            self.presenter.article.set_glossary(self.texts.term)
            self.presenter.spine.set_consultation(self.session.consultation)
            self.presenter.destroyed.connect(lambda: setattr(self, "presenter", None))
            self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.presenter.present(self._window.screen())
            self.sync_presenter()
        elif not shown and self.presenter is not None:
            self.presenter.close()
            self.presenter = None

    def sync_presenter(self) -> None:
        if self.presenter is None:
            return
        lang = self.session.language
        topic = self.library.get(self._topic or START, lang)
        self.presenter.spine.set_language(lang)
        if topic is not None and topic.id != START:
            self.presenter.article.show_topic(
                topic, self.texts.html(topic.id, lang, self.session.experience_filter))
        else:
            self.presenter.article.clear()
        if self.article_page.spine is not None or self.presenting:
            self.presenter.spine.mirror(self._spine_state())

    # ----- the handout --------------------------------------------------------------------

    def handout_document(self) -> tuple[HandoutRequest, QTextDocument]:
        from .handout import build_document

        consultation = self.session.consultation
        topics = consultation.topics or ([self._topic] if self._topic not in (None, START)
                                         else [])
        lang = self.bar.patient_language() if self.bar is not None else self.session.language
        request = HandoutRequest(topics=tuple(topics), lang=lang,
                                 marks=tuple(sorted(consultation.marks)),
                                 step=consultation.step, note=consultation.note)
        pictures = handout_pictures(self._spine_state(), consultation, lang)
        return request, build_document(request, self.library, self.steps, self.clinic,
                                       pictures)

    def save_handout(self, path: Path) -> bool:
        """Save the handout as a PDF; a failure is explained and nothing is claimed."""
        from .handout import write_pdf

        request, document = self.handout_document()
        titles = [self.library.get(t, request.lang).title for t in request.topics]
        try:
            write_pdf(document, path, " · ".join(titles) or APP_NAME)
        except OSError as exc:
            log.warning("cannot save the handout as %s: %s", path, exc)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The handout was not saved"),
                              self.tr("The handout could not be saved as\n{path}\n\n{reason}\n\n"
                                      "Choose another folder, or free some space, and try "
                                      "again.").format(path=path, reason=exc.strerror or exc),
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("handoutNotSaved")
            box.open()
            return False
        self._window.statusBar().showMessage(
            self.tr("The handout was saved as {path}.").format(path=path), 8000)
        return True

    def choose_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self._available:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Save the handout"), self.tr("summary.pdf"),
            self.tr("PDF (*.pdf)"))
        if path:
            self.save_handout(Path(path))

    def print_handout(self) -> None:
        if not self._available:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        _request, document = self.handout_document()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setObjectName("handoutPreview")
        preview.paintRequested.connect(document.print_)
        preview.exec()
        # The preview holds rendered pages: let it go rather than keep one per handout.
        preview.deleteLater()
