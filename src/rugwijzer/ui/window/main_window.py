"""The main window: toolbar, sidebar, start page and article view."""

from __future__ import annotations

import datetime as dt
import html
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCompleter,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, resources
from ...content.clinic import ClinicProfile
from ...content.diagnostics import Diagnostic
from ...content.experiences import Experience
from ...content.model import Library, Topic
from ...content.notices import Notice, active_notices
from ...content.render import markdown_to_html, render_body
from ...content.search import search
from ...i18n import Translations
from ...languages import LANGUAGES, language
from ...session import Session
from ...settings import TEXT_SIZES, Settings
from .. import icons, theme
from ..article.html import article_html
from ..article.view import ArticleView
from ..start.page import StartPage
from ..widgets import disable_kinetic_scrolling, enable_kinetic_scrolling
from .notice_bar import NoticeBar
from .sidebar import Sidebar

if TYPE_CHECKING:
    from ...idle import IdleMonitor
    from ...pin import PinGuard
    from ..consultation.bar import ConsultationBar
    from ..kiosk.overlays import PinPad, StaffPanel, StillThereOverlay
    from ..spine.panel import SpinePanel

log = logging.getLogger(__name__)

START = "start"
EXPERIENCES = "ervaringen"
ADVICE = "advies"
KIOSK_TEXT_SIZE = 3  # 20 px: large enough to read at arm's length on a tablet
DEFAULT_IDLE_SECONDS = 120
KIOSK_SIDEBAR_WIDTH = 330
DRAWINGS_DELAY_MS = 1500


@dataclass(frozen=True, slots=True)
class KioskConfig:
    guard: PinGuard | None = None  # None: no PIN, tablet mode cannot be left
    idle_seconds: float = DEFAULT_IDLE_SECONDS
    clock: Callable[[], float] = time.monotonic


class MainWindow(QMainWindow):
    topicOpened = Signal(str)
    startupFinished = Signal()
    sessionReset = Signal()
    quitRequested = Signal()  # staff chose to quit from tablet mode

    def __init__(self, library: Library, settings: Settings, translations: Translations,
                 default_language: str, clinic: ClinicProfile | None = None,
                 experiences: list[Experience] | None = None,
                 notices: dict[str, list[Notice]] | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.clinic = clinic or ClinicProfile(name=APP_NAME)
        self.library = library
        self.experiences = experiences or []
        self.notices = notices or {}
        self.today = today
        self.settings = settings
        self.translations = translations
        self.default_language = default_language
        self.session = Session(language=translations.language or default_language)
        self.current_topic: str | None = None
        self.startup_finished = False  # the first paint has happened
        self.ready = False  # and what was left for after it has been done
        self.external_links_allowed = True
        self.kiosk = False
        self.portrait = False
        # Tablet-mode parts are made when tablet mode starts: a desktop never loads them.
        self.idle: IdleMonitor | None = None
        self.still_there: StillThereOverlay | None = None
        self.pin_pad: PinPad | None = None
        self.staff_panel: StaffPanel | None = None
        self._context_blocker: QObject | None = None
        self._html_cache: dict[tuple[str, str], str] = {}
        self._fitted_screen = None

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self.setMinimumSize(QSize(720, 480))
        self._apply_text_size()
        self._populate()
        self.retranslate()
        self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- construction -------------------------------------------------------------------

    def _action(self, name: str, slot: Callable[[], None],
                shortcuts: list[QKeySequence]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        # Not the platform's full Back binding: it includes Backspace, which would leave a
        # page whenever someone meant to correct a search.
        self.back_action = self._action("backAction", self.go_back,
                                        [key("Alt+Left"), key(Qt.Key.Key_Back)])
        self.forward_action = self._action("forwardAction", self.go_forward,
                                           [key("Alt+Right"), key(Qt.Key.Key_Forward)])
        self.start_action = self._action("startAction", self.go_start, [key("Alt+Home")])
        self.smaller_action = self._action(
            "smallerAction", lambda: self.set_text_size(self.session.text_size - 1),
            [key(key.StandardKey.ZoomOut), key("Ctrl+-")])
        self.larger_action = self._action(
            "largerAction", lambda: self.set_text_size(self.session.text_size + 1),
            [key(key.StandardKey.ZoomIn), key("Ctrl++"), key("Ctrl+=")])
        self.search_action = self._action(
            "searchAction", self._focus_search, [key(key.StandardKey.Find)])
        self.consult_action = self._action("consultAction", self._consult_toggled, [])
        self.consult_action.setCheckable(True)
        self.topics_action = self._action("topicsAction", self.toggle_topics, [])
        self.topics_action.setCheckable(True)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(lang.upper(), self.language_group)
            action.setObjectName(f"language{lang.upper()}Action")
            action.setCheckable(True)
            # Each language names itself, so a reader who does not understand the current
            # one still recognises their own.
            action.setToolTip(language(lang).name)
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            self.language_actions[lang] = action

    def _new_toolbar(self, name: str) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName(name)
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(22, 22))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _build_toolbar(self) -> None:
        # Two toolbars share one row; in portrait the second moves to a row of its own, so
        # nothing is hidden behind an overflow arrow on a narrow tablet.
        self.toolbar = self._new_toolbar("mainToolbar")
        self.options_toolbar = self._new_toolbar("optionsToolbar")
        self.brand = QLabel(self.clinic.name, self.toolbar)
        self.brand.setTextFormat(Qt.TextFormat.PlainText)
        self.brand.setObjectName("brand")
        self.brand_action = self.toolbar.addWidget(self.brand)
        self.brand_action.setVisible(False)
        self.toolbar.addAction(self.topics_action)
        self.topics_action.setVisible(False)
        for action in (self.back_action, self.forward_action, self.start_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.search_field = QLineEdit(self.toolbar)
        self.search_field.setObjectName("search")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.search_field.returnPressed.connect(self._search_entered)
        self.search_field.textEdited.connect(self._search_edited)
        self._titles = QStringListModel(self)
        completer = QCompleter(self._titles, self.search_field)
        completer.setObjectName("searchCompleter")
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completion_chosen)
        self.search_field.setCompleter(completer)
        self.search_widget_action = self.toolbar.addWidget(self.search_field)
        spacer = QWidget(self.options_toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.options_toolbar.addWidget(spacer)
        self.options_toolbar.addAction(self.consult_action)
        self.options_toolbar.addSeparator()
        for action in self.language_actions.values():
            self.options_toolbar.addAction(action)
        self.options_toolbar.addSeparator()
        self.options_toolbar.addAction(self.smaller_action)
        self.options_toolbar.addAction(self.larger_action)
        self._buttons: dict[QAction, QToolButton] = {}
        for toolbar in (self.toolbar, self.options_toolbar):
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setObjectName(action.objectName().replace("Action", "Button"))
                    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                    self._buttons[action] = button
        for action in (self.smaller_action, self.larger_action, self.consult_action,
                       *self.language_actions.values()):
            self.button_for(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def button_for(self, action: QAction) -> QToolButton | None:
        """The toolbar button that shows ``action``."""
        return self._buttons.get(action)

    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice_bar = NoticeBar(central)
        layout.addWidget(self.notice_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.sidebar = Sidebar(self.splitter)
        self.sidebar.setMinimumWidth(200)
        self.sidebar.topicChosen.connect(self.open_topic)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("pages")
        self.start_page = StartPage(self.pages)
        self.start_page.set_clinic(self.clinic.name, self.clinic.logo)
        self.start_page.topicChosen.connect(self.open_topic)
        self.article_page = QWidget(self.pages)
        self.article_page.setObjectName("articlePage")
        self.article_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.article_page)
        self.article_layout.setContentsMargins(0, 0, 0, 0)
        self.article_layout.setSpacing(0)
        article_layout = self.article_layout
        self.spine: SpinePanel | None = None
        self.spine_enlarged = False
        self.article_page.installEventFilter(self)
        self.article = ArticleView(self.article_page)
        self.article.topicLinkActivated.connect(self.open_topic)
        self.article.externalLinkActivated.connect(self.open_external_link)
        self.article.regionLinkActivated.connect(self.show_region)
        self.article.filterActivated.connect(self.filter_experiences)
        article_layout.addWidget(self.article, 1)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.article_page)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 900])
        layout.addWidget(self.splitter, 1)
        self.consultation_bar: ConsultationBar | None = None
        self.presenter = None
        self.setCentralWidget(central)

    # ----- start-up -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self.startup_finished:
            # The first paint has been flushed: now load what the first look did not need.
            self.startup_finished = True
            QTimer.singleShot(0, self.finish_startup)
        return handled

    def finish_startup(self) -> None:
        self.startup_finished = True
        self.sidebar.load_icons()
        self.start_page.load_icons()
        self.start_page.load_spine(self._topics_for_region)
        # Once the window has settled, the other views of the spine are drawn in the
        # background, so that the first opening of a condition does not wait for its picture.
        QTimer.singleShot(DRAWINGS_DELAY_MS, self._build_drawings)
        for name, action in (("back", self.back_action), ("forward", self.forward_action),
                             ("start", self.start_action), ("topics", self.topics_action)):
            action.setIcon(icons.action_icon(name))
        self._render_start_intro()
        self.ready = True
        # With icons loaded, narrow windows can show the navigation buttons as icons only.
        self.resizeEvent(QResizeEvent(self.size(), self.size()))
        self.startupFinished.emit()

    @staticmethod
    def _build_drawings() -> None:
        from ..spine import art

        art.build_in_background()

    def show_problems(self, problems: list[Diagnostic]) -> None:
        self.notice_bar.set_content_problems([str(p) for p in problems if p.is_error])

    def add_notice(self, message: Callable[[], str]) -> None:
        self.notice_bar.add_message(message)

    # ----- navigation ---------------------------------------------------------------------

    def open_topic(self, topic_id: str, record: bool = True) -> bool:
        """Open a topic; an unknown id leaves the window as it is and returns False."""
        lang = self.session.language
        topic = self.library.get(topic_id, lang)
        if topic is None:
            return False
        self._remember_scroll()
        if topic_id == START:
            self.pages.setCurrentWidget(self.start_page)
        else:
            self.article.show_topic(topic, self._html(topic_id, lang))
            self.pages.setCurrentWidget(self.article_page)
            self.ensure_spine().show_topic(topic.regions, topic.view)
        self.current_topic = topic_id
        if self.consult_action.isChecked() and topic_id != START \
                and topic_id not in self.session.consultation.topics:
            self.session.consultation.topics.append(topic_id)
        if record:
            self.session.history.visit(topic_id)
        else:
            self._restore_scroll(topic_id)
        self.sidebar.select_topic(topic_id)
        if self.portrait:
            self.show_topics(False)
        self._update_title()
        self._update_history_actions()
        self._sync_presenter()
        self.topicOpened.emit(topic_id)
        return True

    def ensure_spine(self) -> SpinePanel:
        """The illustration is made when the first article opens, not before the first paint."""
        if self.spine is None:
            from ..spine.panel import SpinePanel

            self.spine = SpinePanel(self._topics_for_region, self.article_page)
            self.spine.set_language(self.session.language)
            self.spine.set_text_size(self.body_px)
            self.spine.topicRequested.connect(self.open_topic)
            self.spine.marksChanged.connect(self._sync_presenter)
            self.spine.regionActivated.connect(lambda _region: self._sync_presenter())
            self.spine.viewChanged.connect(lambda _view, _affected: self._sync_presenter())
            self.spine.enlargeRequested.connect(self._enlarge_spine)
            self.article_layout.addWidget(self.spine, 2)
            self._arrange_article()
            self.spine.set_touch(self.kiosk)
        return self.spine

    # ----- consultation ---------------------------------------------------------------

    def _consult_toggled(self) -> None:
        self.set_consultation_mode(self.consult_action.isChecked())

    def set_consultation_mode(self, on: bool) -> None:
        """Tools for explaining: mark and draw on the spine, the path, the handout."""
        self.consult_action.setChecked(on)
        if on and self.consultation_bar is None:
            from ...content.treatment_path import load_treatment_path
            from ..consultation.bar import ConsultationBar

            steps, _problems = load_treatment_path(resources.resource("consultation",
                                                                      "treatment-path.toml"))
            self.consultation_bar = ConsultationBar(steps, self.session.consultation,
                                                    self.centralWidget())
            self.consultation_bar.set_language(self.session.language)
            self.consultation_bar.printRequested.connect(self.print_handout)
            self.consultation_bar.pdfRequested.connect(self._choose_pdf)
            self.consultation_bar.newRequested.connect(self.new_consultation)
            self.consultation_bar.presentToggled.connect(self.toggle_presenter)
            self.consultation_bar.stepTopicRequested.connect(self.open_topic)
            self.centralWidget().layout().addWidget(self.consultation_bar)
        if self.consultation_bar is not None:
            self.consultation_bar.setVisible(on)
        if not on:
            self.toggle_presenter(False)
        self.ensure_spine().set_consultation(self.session.consultation if on else None)
        if on and self.current_topic not in (None, START) \
                and self.current_topic not in self.session.consultation.topics:
            self.session.consultation.topics.append(self.current_topic)

    def toggle_presenter(self, shown: bool) -> None:
        """The patient's view, on a second screen when there is one."""
        from ..consultation.presenter import PresenterWindow

        if shown and self.presenter is None:
            self.presenter = PresenterWindow()
            self.presenter.spine.set_consultation(self.session.consultation)
            self.presenter.destroyed.connect(lambda: setattr(self, "presenter", None))
            self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.presenter.present(self.screen())
            self._sync_presenter()
        elif not shown and self.presenter is not None:
            self.presenter.close()
            self.presenter = None

    def _sync_presenter(self) -> None:
        if self.presenter is None:
            return
        lang = self.session.language
        topic = self.library.get(self.current_topic or START, lang)
        presenter = self.presenter
        presenter.spine.set_language(lang)
        if topic is not None and topic.id != START:
            presenter.article.show_topic(topic, self._html(topic.id, lang))
        else:
            presenter.article.clear()
        if self.spine is not None:
            presenter.spine.mirror(self.spine.state())

    def new_consultation(self) -> None:
        """Forget everything about the previous patient: marks, drawings, note, step."""
        self.session.consultation.clear()
        if self.consultation_bar is not None:
            self.consultation_bar.refresh()
        if self.spine is not None:
            self.spine.reset()
            self.spine.set_consultation(self.session.consultation
                                        if self.consult_action.isChecked() else None)
        self.go_start()
        self.session.history.clear()
        self.session.history.visit(START)
        self._update_history_actions()

    def handout_document(self):
        from ...content.handout import HandoutRequest
        from ...content.treatment_path import load_treatment_path
        from ..consultation.handout import build_document

        consultation = self.session.consultation
        topics = consultation.topics or ([self.current_topic]
                                         if self.current_topic not in (None, START) else [])
        lang = (self.consultation_bar.patient_language() if self.consultation_bar is not None
                else self.session.language)
        request = HandoutRequest(topics=tuple(topics), lang=lang,
                                 marks=tuple(sorted(consultation.marks)),
                                 step=consultation.step, note=consultation.note)
        steps, _problems = load_treatment_path(resources.resource("consultation",
                                                                  "treatment-path.toml"))
        pictures = self.ensure_spine().handout_pictures(consultation)
        return request, build_document(request, self.library, steps, self.clinic, pictures)

    def save_handout(self, path: Path) -> bool:
        """Save the handout as a PDF; a failure is explained and nothing is claimed."""
        from ..consultation.handout import write_pdf

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
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("handoutNotSaved")
            box.open()
            return False
        self.statusBar().showMessage(self.tr("The handout was saved as {path}.").format(
            path=path), 8000)
        return True

    def _choose_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.kiosk:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the handout"), self.tr("summary.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.save_handout(Path(path))

    def print_handout(self) -> None:
        if self.kiosk:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        _request, document = self.handout_document()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("handoutPreview")
        preview.paintRequested.connect(document.print_)
        preview.exec()
        # The preview holds rendered pages: let it go rather than keep one per handout.
        preview.deleteLater()

    def _topics_for_region(self, region_id: str) -> list[tuple[str, str]]:
        lang = self.session.language
        return [(t.id, t.title) for t in self.library.topics_for_region(region_id, lang)]

    def show_region(self, region_id: str) -> None:
        self.ensure_spine().show_region(region_id)

    def _enlarge_spine(self, large: bool) -> None:
        self.spine_enlarged = large
        self.article.setVisible(not large)
        self._arrange_article()

    def _arrange_article(self) -> None:
        """The picture beside the text on wide windows, under it on narrow ones."""
        if self.spine is None:
            return
        page = self.article_page.size()
        wide = page.width() >= 700 and page.height() * 1.0 <= page.width() * 1.2
        self.article_layout.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                         else QBoxLayout.Direction.TopToBottom)
        # A fixed share of the page: what the panel shows never moves the text around.
        if self.spine_enlarged:
            self.spine.setFixedSize(max(1, page.width()), max(1, page.height()))
        elif wide:
            self.spine.setFixedSize(min(560, round(page.width() * 0.38)), max(1, page.height()))
        else:
            self.spine.setFixedSize(max(1, page.width()), max(360, round(page.height() * 0.45)))

    def go_back(self) -> None:
        if self.session.history.can_go_back:
            self.open_topic(self.session.history.back() or START, record=False)

    def go_forward(self) -> None:
        if self.session.history.can_go_forward:
            self.open_topic(self.session.history.forward() or START, record=False)

    def go_start(self) -> None:
        self.open_topic(START)

    def _remember_scroll(self) -> None:
        if self.current_topic and self.current_topic != START:
            self.session.scroll_positions[self.current_topic] = \
                self.article.verticalScrollBar().value()

    def _restore_scroll(self, topic_id: str) -> None:
        position = self.session.scroll_positions.get(topic_id)
        if position is not None and topic_id != START:
            self.article.verticalScrollBar().setValue(position)

    def _html(self, topic_id: str, lang: str) -> str:
        key = (topic_id, lang, self.session.experience_filter)
        if key not in self._html_cache:
            topic = self.library.get(topic_id, lang)
            self._html_cache[key] = article_html(topic, self.library, lang,
                                                 self._extras(topic, lang))
        return self._html_cache[key]

    def _extras(self, topic: Topic, lang: str) -> str:
        """Experiences and the call to action that belong at the end of ``topic``."""
        from ..article import panels

        if topic.id == EXPERIENCES:
            condition, treatment = panels.parse_filter(self.session.experience_filter)
            return panels.experiences_html(self.experiences, self.library, lang, condition,
                                           treatment, filters=True)
        if topic.id == ADVICE:
            return panels.advice_html(self.clinic, lang, compact=False)
        parts = []
        if topic.kind == "condition":
            parts.append(panels.experiences_html(self.experiences, self.library, lang,
                                                 condition=topic.id))
            parts.append(panels.advice_html(self.clinic, lang, compact=True))
        elif topic.kind == "treatment":
            parts.append(panels.experiences_html(self.experiences, self.library, lang,
                                                 treatment=topic.id))
        return "\n".join(parts)

    def filter_experiences(self, target: str) -> None:
        self.session.experience_filter = target
        if self.current_topic == EXPERIENCES:
            self.open_topic(EXPERIENCES, record=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.session.history.can_go_back)
        self.forward_action.setEnabled(self.session.history.can_go_forward)

    def _update_title(self) -> None:
        topic = self.library.get(self.current_topic or START, self.session.language)
        owner = f"{self.clinic.name} · {APP_NAME}" if self.clinic.name != APP_NAME else APP_NAME
        if topic is None or topic.id == START:
            self.setWindowTitle(owner)
        else:
            self.setWindowTitle(f"{topic.title} — {owner}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.article_page and event.type() == QEvent.Type.Resize:
            self._arrange_article()
        return super().eventFilter(watched, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # The mouse's back and forward buttons work anywhere in the window, as in a browser:
        # widgets that do not use these buttons pass the event on to the window.
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mouseReleaseEvent(event)

    # ----- search -------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_edited(self, text: str) -> None:
        self.session.search_text = text

    def _completion_chosen(self, title: str) -> None:
        for topic in self.library.in_language(self.session.language):
            if topic.title == title:
                self.open_topic(topic.id)
                return

    def _search_entered(self) -> None:
        query = self.search_field.text()
        hits = search(self.library, self.session.language, query, limit=1)
        if hits:
            self.open_topic(hits[0].topic.id)
        elif query.strip():
            self.statusBar().showMessage(
                self.tr("No topic found for “{query}”.").format(query=query.strip()), 6000)

    # ----- language and text size ---------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.translations.switch(lang)
        self.session.language = lang
        if self.spine is not None:
            self.spine.set_language(lang)
        if self.consultation_bar is not None:
            self.consultation_bar.set_language(lang)
        self._populate()
        if self.current_topic:
            self.open_topic(self.current_topic, record=False)
        self._render_start_intro()
        self.retranslate()

    def set_text_size(self, index: int) -> None:
        index = max(0, min(len(TEXT_SIZES) - 1, index))
        self.session.text_size = index
        self._apply_text_size()
        if self.current_topic and self.current_topic != START:
            self.open_topic(self.current_topic, record=False)

    @property
    def body_px(self) -> int:
        return TEXT_SIZES[self.session.text_size]

    def _apply_text_size(self) -> None:
        body_px = self.body_px
        self.article.set_body_size(body_px)
        self.start_page.set_text_size(body_px)
        if self.spine is not None:
            self.spine.set_text_size(body_px)
        theme.set_font_size(self.sidebar, max(15, body_px - 2))
        self.smaller_action.setEnabled(self.session.text_size > 0)
        self.larger_action.setEnabled(self.session.text_size < len(TEXT_SIZES) - 1)

    def _populate(self) -> None:
        lang = self.session.language
        self.sidebar.populate(self.library, lang)
        self.start_page.populate(self.library, lang)
        self._titles.setStringList([t.title for t in self.library.in_language(lang)])
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)

    def _render_start_intro(self) -> None:
        if not self.startup_finished:
            return
        start = self.library.get(START, self.session.language)
        self.start_page.set_intro_html(
            render_body(start, "", set_apart=False) if start is not None else "")
        # Notices disappear by themselves once their last day has passed.
        shown = active_notices(self.notices.get(self.session.language, []), self.today())
        self.start_page.set_notices_html("".join(
            f"<p><b>{html.escape(n.title)}</b></p>{markdown_to_html(n.body)}" for n in shown))

    # ----- external links -----------------------------------------------------------------

    def open_external_link(self, url: QUrl) -> None:
        """Web and mail links leave Rugwijzer, so they open only after the user agrees."""
        if not self.external_links_allowed:
            return
        answer = QMessageBox.question(
            self, self.tr("Open outside Rugwijzer?"),
            self.tr("This link opens in another program:\n{url}\n\nDo you want to open it?").format(
                url=url.toDisplayString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)

    # ----- translation --------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            self.back_action: (self.tr("Back"),
                               self.tr("Go back to the previous topic (Alt+Left)")),
            self.forward_action: (self.tr("Forward"), self.tr("Go forward again (Alt+Right)")),
            self.start_action: (self.tr("Start"), self.tr("Go to the start page")),
            self.smaller_action: (self.tr("A−"), self.tr("Smaller text")),
            self.larger_action: (self.tr("A+"), self.tr("Larger text")),
            self.search_action: (self.tr("Search"), self.tr("Search the topics")),
            self.topics_action: (self.tr("Topics"), self.tr("Show all topics")),
            self.consult_action: (self.tr("Consultation"),
                                  self.tr("Tools to mark the spine and make a handout")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            button = self.button_for(action)
            if button is not None:
                button.setAccessibleName(tip)
        for code, action in self.language_actions.items():
            # On a tablet the languages are written out: a short code is easy to miss.
            action.setText(action.toolTip() if self.kiosk else code.upper())
            button = self.button_for(action)
            button.setAccessibleName(action.toolTip())
            button.setAccessibleDescription(self.tr("Show Rugwijzer in this language"))
        self.brand.setAccessibleName(self.tr("Rugwijzer"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.toolbar.setAccessibleName(self.tr("Navigation"))
        self.options_toolbar.setWindowTitle(self.tr("Language and text size"))
        self.options_toolbar.setAccessibleName(self.tr("Language and text size"))
        self.search_field.setPlaceholderText(self.tr("Search, e.g. hernia"))
        self.search_field.setAccessibleName(self.tr("Search the topics"))
        self.sidebar.retranslate()
        self.start_page.retranslate()
        self.article.retranslate()
        self.notice_bar.retranslate()
        self.splitter.setAccessibleName(self.tr("Topics and text"))
        self._update_title()

    # ----- tablet mode --------------------------------------------------------------------

    def enter_kiosk(self, config: KioskConfig) -> None:
        """Locked, touch-first tablet mode that forgets each reader after a quiet period."""
        from ...idle import IdleMonitor
        from ...pin import PinGuard
        from ..kiosk import overlays as kiosk

        app = QApplication.instance()
        self.kiosk = True
        self.external_links_allowed = False
        self.setStyleSheet(theme.kiosk_style_sheet())
        self.brand_action.setVisible(True)
        self.forward_action.setVisible(False)
        if self.consultation_bar is not None:
            self.set_consultation_mode(False)
        self.consult_action.setVisible(False)
        self._context_blocker = kiosk.ContextMenuBlocker(self)
        app.installEventFilter(self._context_blocker)
        self.article.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        for area in (self.article, self.start_page, self.sidebar):
            enable_kinetic_scrolling(area.viewport())
        self.still_there = kiosk.StillThereOverlay(self.centralWidget())
        self.still_there.confirmed.connect(self._still_there_confirmed)
        self.pin_pad = kiosk.PinPad(config.guard or PinGuard(None), self.centralWidget())
        self.staff_panel = kiosk.StaffPanel(self.centralWidget())
        self.staff_panel.leaveRequested.connect(self.leave_kiosk)
        self.staff_panel.quitRequested.connect(self.quitRequested)
        self.pin_pad.accepted.connect(
            lambda: self.staff_panel.open_with(self.notice_bar.messages()))
        # Technical notices are for staff: the staff panel shows them after the PIN.
        self.notice_bar.set_private(True)
        self._long_press = kiosk.LongPress(self.brand)
        self._long_press.triggered.connect(self.pin_pad.open)
        self.idle = IdleMonitor(config.idle_seconds, config.clock, self)
        self.idle.warn.connect(self._idle_warning)
        self.idle.activity.connect(self.still_there.hide)
        self.idle.expired.connect(self.reset_session)
        self.idle.start(app)
        self.set_text_size(KIOSK_TEXT_SIZE)
        self._kiosk_layout()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.retranslate()
        self._update_orientation()

    def leave_kiosk(self) -> None:

        app = QApplication.instance()
        self.kiosk = False
        self.external_links_allowed = True
        self.setStyleSheet("")
        self.brand_action.setVisible(False)
        self.forward_action.setVisible(True)
        self.consult_action.setVisible(True)
        app.removeEventFilter(self._context_blocker)
        self.article.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.splitter.handle(1).setEnabled(True)
        for area in (self.article, self.start_page, self.sidebar):
            disable_kinetic_scrolling(area.viewport())
        if self.idle is not None:
            self.idle.stop(app)
            self.idle.deleteLater()
            self.idle = None
        self.still_there.hide()
        self.staff_panel.hide()
        self._long_press.deleteLater()
        self.notice_bar.set_private(False)
        was_visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        if was_visible:
            self.showNormal()
        self.retranslate()
        self._update_orientation()

    def reset_session(self) -> None:
        """Back to a fresh start for the next reader: nothing of the previous one remains."""
        from ..kiosk.overlays import close_popups

        close_popups()
        if self.still_there is not None:
            self.still_there.hide()
        if self.pin_pad is not None:
            self.pin_pad.close_pad()
        if self.staff_panel is not None:
            self.staff_panel.hide()
        self.show_topics(False)
        self.search_field.clear()
        self.statusBar().clearMessage()
        # Forget the current topic first, so nothing of it is re-shown or remembered below.
        self.current_topic = None
        self.session.reset(self.default_language)
        if self.translations.language != self.default_language:
            self.translations.switch(self.default_language)
        self._populate()
        self.set_text_size(KIOSK_TEXT_SIZE if self.kiosk else self.settings.value("text_size"))
        if self.kiosk:
            self._kiosk_layout()
        self._html_cache.clear()
        if self.spine is not None:
            self.spine.set_language(self.session.language)
            self.spine.reset()
        self.start_page.reset_spine()
        self.article.show()
        self.open_topic(START)
        self._render_start_intro()
        for area in (self.article, self.start_page, self.sidebar):
            area.verticalScrollBar().setValue(0)
        self.retranslate()
        self.sessionReset.emit()

    def _kiosk_layout(self) -> None:
        """Room for the larger topic titles; the splitter cannot be dragged by a patient."""
        self.splitter.setSizes([KIOSK_SIDEBAR_WIDTH, max(1, self.width() - KIOSK_SIDEBAR_WIDTH)])
        self.splitter.handle(1).setEnabled(False)

    def _idle_warning(self, seconds: int) -> None:
        self.still_there.set_seconds(seconds)
        if not self.still_there.isVisible():
            self.still_there.open()

    def _still_there_confirmed(self) -> None:
        self.still_there.hide()
        if self.idle is not None:
            self.idle.touch()

    def toggle_topics(self) -> None:
        self.show_topics(self.pages.isVisible())

    def show_topics(self, shown: bool) -> None:
        """In portrait the topic list takes the whole width instead of squeezing the text."""
        if not self.portrait:
            self.sidebar.show()
            self.pages.show()
            return
        self.sidebar.setVisible(shown)
        self.pages.setVisible(not shown)
        self.topics_action.setChecked(shown)

    def _update_orientation(self) -> None:
        portrait = self.kiosk and self.height() > self.width()
        if portrait == self.portrait:
            return
        self.portrait = portrait
        self.topics_action.setVisible(portrait)
        # In portrait the topic list does what search does, and the row has no room for both.
        self.search_widget_action.setVisible(not portrait)
        if portrait:
            self.insertToolBarBreak(self.options_toolbar)
        else:
            self.removeToolBarBreak(self.options_toolbar)
        if portrait:
            self.show_topics(False)
        else:
            self.topics_action.setChecked(False)
            self.sidebar.show()
            self.pages.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The search field gives way first, so the toolbar never hides buttons behind an
        # overflow arrow, down to the smallest window.
        compact = self.width() < 1000 and not self.kiosk
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if compact and self.ready
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.forward_action, self.start_action):
            self.button_for(action).setToolButtonStyle(style)
        self.search_field.setFixedWidth(max(120, min(320, self.width() - (560 if compact
                                                                           else 700))))
        self._update_orientation()

    # ----- closing ------------------------------------------------------------------------

    def save_state(self) -> None:
        if self.kiosk:
            # A tablet remembers nothing of its readers.
            return
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_value("language", self.session.language)
        self.settings.set_value("last_topic", self.current_topic or START)
        self.settings.set_value("text_size", self.session.text_size)
        self.settings.sync()

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.set_text_size(self.settings.value("text_size"))

    def come_forward(self, topic: str = "") -> None:
        """Rugwijzer was started again on this desktop: show this window (and ``topic``)."""
        if self.kiosk:
            # The tablet keeps its reader's page; it only makes sure it is in front.
            self.show_full_screen()
            self.raise_()
            return
        if topic:
            self.open_topic(topic)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_full_screen(self) -> None:
        """Fill the screen the window is on, also where no window manager would do it: a
        kiosk session often runs X without one, and the request for full screen goes
        unanswered there."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if self._fitted_screen is not screen:
            if self._fitted_screen is not None:
                self._fitted_screen.geometryChanged.disconnect(self._screen_resized)
            screen.geometryChanged.connect(self._screen_resized)
            self._fitted_screen = screen
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.setGeometry(screen.geometry())

    def _screen_resized(self) -> None:
        if self.kiosk and self.isVisible():
            self.show_full_screen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange and self.kiosk \
                and self.windowState() & Qt.WindowState.WindowMinimized:
            # Nothing may hide the tablet's page: a minimised window comes straight back.
            QTimer.singleShot(0, self.show_full_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk:
            # Alt+F4, the window manager's close or a close() call would leave the patient
            # on the desktop: only staff who left tablet mode with the PIN can quit.
            log.info("a request to close the tablet window was refused")
            event.ignore()
            return
        self.save_state()
        self.toggle_presenter(False)
        super().closeEvent(event)
