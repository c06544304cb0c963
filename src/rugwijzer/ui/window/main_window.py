"""The main window: it composes the toolbar, the topic list, the pages, the modes, the
navigator and the look, wires them together in one place, and opens topics."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...appearance import SYSTEM
from ...content.clinic import ClinicProfile
from ...content.diagnostics import Diagnostic
from ...content.experiences import Experience
from ...content.model import START, Library
from ...content.notices import Notice, active_notices
from ...i18n import Translations
from ...session import Session
from ...settings import Settings
from .. import desktop
from ..article.html import EXPERIENCES, GLOSSARY, ArticleTexts, Glossary
from ..consultation.mode import ConsultationMode
from ..kiosk.mode import TEXT_SIZE as KIOSK_TEXT_SIZE
from ..kiosk.mode import KioskMode
from ..search.mode import SearchMode
from ..start.page import StartPage
from . import placement
from .article_page import ArticlePage
from .deferred import DeferredWork
from .look import Look
from .navigator import Navigator
from .notice_bar import NoticeBar
from .sidebar import Sidebar
from .title import window_title
from .toolbar import Toolbar

log = logging.getLogger(__name__)

LAYOUT_ROUNDS = 3


class MainWindow(QMainWindow):
    topicOpened = Signal(str)
    startupFinished = Signal()
    sessionReset = Signal()

    def __init__(self, library: Library, settings: Settings, translations: Translations,
                 default_language: str, clinic: ClinicProfile | None = None,
                 experiences: list[Experience] | None = None,
                 notices: dict[str, list[Notice]] | None = None,
                 glossary: Glossary | Callable[[], Glossary] | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 default_theme: str = SYSTEM, theme_choice: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.clinic = clinic or ClinicProfile(name=APP_NAME)
        self.library = library
        self.notices = notices or {}
        self.today = today
        self.settings = settings
        self.translations = translations
        self.default_language = default_language
        self.default_theme = default_theme
        self.session = Session(language=translations.language or default_language,
                               theme=theme_choice or default_theme)
        self.texts = ArticleTexts(library, experiences or [], self.clinic, glossary)
        self.current_topic: str | None = None
        self.startup_finished = False  # the first paint has happened
        self.ready = False  # and what was left for after it has been done

        self.toolbar = Toolbar(self, self.clinic.name)
        self.search = SearchMode(self, library, self.texts.terms)
        self.search.set_language(self.session.language)
        self._build_central()
        self.article_page.set_language(self.session.language)
        self.kiosk_mode = KioskMode(self)
        self.consultation_mode = ConsultationMode(
            self, self.centralWidget(), self.session, library, self.texts, self.article_page,
            self.clinic)
        self.navigator = Navigator(self)
        self.look = Look(self)
        self.deferred = DeferredWork(self, self.search, self.article_page.read_aloud)
        self._connect_signals()
        self.toolbar.set_theme(self.session.theme)
        self.setMinimumSize(QSize(720, 480))
        self.look.apply_text_size()
        self.populate()
        # In the first frame already, so the tiles below it never move; its HTML usually
        # comes from the cache, without Python-Markdown.
        self.show_welcome()
        self.retranslate()
        self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("pages")
        self.start_page = StartPage(self.pages)
        self.start_page.set_clinic(self.clinic.name, self.clinic.logo)
        self.article_page = ArticlePage(self._topics_for_region, self.pages)
        self.article = self.article_page.article
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.article_page)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 900])
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _connect_signals(self) -> None:
        """Every connection between the window's parts, in one place."""
        toolbar, kiosk, consultation = self.toolbar, self.kiosk_mode, self.consultation_mode
        session, navigator, look = self.session, self.navigator, self.look
        # The translator first: what the others show next is in the new language.
        session.languageChanged.connect(self.translations.switch)
        session.languageChanged.connect(self.article_page.set_language)
        session.languageChanged.connect(consultation.set_language)
        session.languageChanged.connect(self._language_changed)
        session.textSizeChanged.connect(look.text_size_changed)
        session.themeChanged.connect(look.theme_changed)
        desktop.watch(look.desktop_changed)

        toolbar.back_action.triggered.connect(navigator.go_back)
        toolbar.forward_action.triggered.connect(navigator.go_forward)
        toolbar.start_action.triggered.connect(navigator.go_start)
        toolbar.smaller_action.triggered.connect(
            lambda: session.set_text_size(session.text_size - 1))
        toolbar.larger_action.triggered.connect(
            lambda: session.set_text_size(session.text_size + 1))
        toolbar.topics_action.triggered.connect(kiosk.toggle_topics)
        toolbar.consult_action.triggered.connect(consultation.set_active)
        toolbar.languageChosen.connect(session.set_language)
        toolbar.themeChosen.connect(look.choose_theme)
        toolbar.searchEdited.connect(self.search.edited)
        toolbar.searchEntered.connect(self.search.entered)
        toolbar.search_field.downPressed.connect(self.search.down)
        toolbar.search_field.escapePressed.connect(self.search.escaped)
        toolbar.search_field.pressed.connect(self.search.show)
        # In portrait the results cover the topic list, as a topic does.
        self.search.shown.connect(lambda: kiosk.show_topics(False))
        self.pages.currentChanged.connect(self._page_changed)

        self.sidebar.topicChosen.connect(self.open_topic)
        self.start_page.topicChosen.connect(self.open_topic)
        self.article.topicLinkActivated.connect(self.open_topic)
        self.article.externalLinkActivated.connect(self.article_page.open_external_link)
        self.article.regionLinkActivated.connect(self.article_page.show_region)
        self.article.set_glossary(self.texts.term)
        self.article.filterActivated.connect(self.filter_experiences)
        self.article_page.spineTopicRequested.connect(self.open_topic)
        self.article_page.spineChanged.connect(consultation.sync_presenter)
        self.topicOpened.connect(consultation.topic_opened)
        self.topicOpened.connect(kiosk.topic_opened)

        consultation.activeChanged.connect(toolbar.consult_action.setChecked)
        consultation.topicRequested.connect(self.open_topic)
        consultation.cleared.connect(navigator.start_afresh)

        kiosk.activeChanged.connect(toolbar.set_tablet)
        kiosk.activeChanged.connect(self._tablet_changed)
        kiosk.activeChanged.connect(self.article_page.set_tablet)
        kiosk.activeChanged.connect(self.start_page.set_tablet)
        kiosk.activeChanged.connect(self.notice_bar.set_private)
        kiosk.activeChanged.connect(lambda on: consultation.set_available(not on))
        kiosk.resetRequested.connect(self.reset_session)

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
        self.deferred.start()
        self.toolbar.load_icons()
        self.article_page.read_aloud.load_icons()
        self.ready = True
        # With icons loaded, narrow windows can show the navigation buttons as icons only;
        # the toolbars share their row anew before the page is painted with the icons.
        self.toolbar.fit(self.width())
        self._settle()
        self.startupFinished.emit()

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
        self.navigator.leaving(self.current_topic)
        if topic_id == START:
            self.pages.setCurrentWidget(self.start_page)
        else:
            self.article.show_topic(topic, self.texts.html(topic_id, lang,
                                                           self.session.experience_filter))
            self.pages.setCurrentWidget(self.article_page)
            self.article_page.ensure_spine().show_topic(topic.regions, topic.view)
        self.current_topic = topic_id
        self.navigator.arrived(topic_id, record)
        self.sidebar.select_topic(topic_id)
        self._update_title()
        self.topicOpened.emit(topic_id)
        self._settle()
        return True

    @staticmethod
    def _settle() -> None:
        """Lay out now what the new page changed, so that its first paint is at the sizes it
        keeps: the spine's column changes height with the topic's buttons, and a picture
        painted at the height it had a moment ago would be drawn anew at once. And mark
        now what the widgets shown again asked to have painted later, so that the window
        paints the new page once, not a second time for them right after."""
        # A layout that changes size asks its parent's to lay out again, on the next turn:
        # a few rounds reach the window.
        for _round in range(LAYOUT_ROUNDS):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)

    def open_term(self, term_id: str) -> bool:
        """Open the glossary at ``term_id``'s explanation."""
        if not self.open_topic(GLOSSARY):
            return False
        return self.article.scroll_to_term(term_id)

    def _topics_for_region(self, region_id: str) -> list[tuple[str, str]]:
        lang = self.session.language
        return [(t.id, t.title) for t in self.library.topics_for_region(region_id, lang)]

    def filter_experiences(self, target: str) -> None:
        self.session.experience_filter = target
        if self.current_topic == EXPERIENCES:
            self.open_topic(self.current_topic, record=False)

    def _update_title(self) -> None:
        topic = self.library.get(self.current_topic or START, self.session.language)
        self.setWindowTitle(window_title(
            self.clinic.name, None if topic is None or topic.id == START else topic.title))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # The mouse's back and forward buttons work anywhere in the window, as in a browser:
        # widgets that do not use these buttons pass the event on to the window.
        if event.button() == Qt.MouseButton.BackButton:
            self.navigator.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.navigator.go_forward()
        else:
            super().mouseReleaseEvent(event)

    def _page_changed(self) -> None:
        if self.pages.currentWidget() is not self.article_page:
            self.article_page.read_aloud.stop()

    # ----- language -----------------------------------------------------------------------

    def _language_changed(self, lang: str) -> None:
        self.search.set_language(lang)
        self.look.show_anew()
        if self.ready:
            self.deferred.language_changed()

    def populate(self) -> None:
        lang = self.session.language
        self.sidebar.populate(self.library, lang, self.clinic.hides_unapproved)
        self.start_page.populate(self.library, lang)
        self.toolbar.set_language(lang)

    def show_welcome(self) -> None:
        lang = self.session.language
        # Notices disappear by themselves once their last day has passed.
        self.start_page.show_welcome(self.library.get(START, lang),
                                     active_notices(self.notices.get(lang, []), self.today()),
                                     self.clinic.hides_unapproved)

    def retranslate(self) -> None:
        """The window's own texts and its toolbar's; every widget in it does its own."""
        self.toolbar.retranslate()
        self.splitter.setAccessibleName(self.tr("Topics and text"))
        self._update_title()

    # ----- a new reader -------------------------------------------------------------------

    def reset_session(self) -> None:
        """Back to a fresh start for the next reader: nothing of the previous one remains."""
        self.kiosk_mode.close_overlays()
        self.article_page.read_aloud.reset()
        self.search.close()
        self.statusBar().clearMessage()
        # Forget the current topic first, so nothing of it is re-shown or remembered below.
        self.current_topic = None
        self.texts.clear()
        kiosk = self.kiosk_mode.active
        self.session.reset(self.default_language,
                           KIOSK_TEXT_SIZE if kiosk else self.settings.value("text_size"),
                           self.default_theme if kiosk
                           else self.settings.value("theme") or self.default_theme)
        self.populate()
        self.kiosk_mode.lay_out()
        self.article_page.reset_spine()
        self.start_page.reset_spine()
        self.article.show()
        self.open_topic(START)
        # Also the notices: a tablet may run from one day into the next.
        self.show_welcome()
        for area in (self.article, self.start_page, self.sidebar):
            area.verticalScrollBar().setValue(0)
        self.sessionReset.emit()

    def _tablet_changed(self, on: bool) -> None:
        self.search.set_tablet(on)
        # A tablet reads aloud only where the clinic says its readers have headphones.
        allowed = not on or self.clinic.read_aloud
        self.article_page.read_aloud.setVisible(allowed)
        if not allowed:
            self.article_page.read_aloud.stop()

    # ----- window -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.toolbar.fit(self.width())
        self.kiosk_mode.update_orientation()

    def save_state(self) -> None:
        if self.kiosk_mode.active:
            # A tablet remembers nothing of its readers.
            return
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_value("language", self.session.language)
        self.settings.set_value("last_topic", self.current_topic or START)
        self.settings.set_value("text_size", self.session.text_size)
        self.settings.sync()

    def restore_state(self) -> None:
        placement.place(self, self.settings.value("window/geometry"))
        splitter = self.settings.value("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.session.set_text_size(self.settings.value("text_size"))

    def come_forward(self, topic: str = "") -> None:
        """Rugwijzer was started again on this desktop: show this window (and ``topic``)."""
        if self.kiosk_mode.active:
            # The tablet keeps its reader's page; it only makes sure it is in front.
            self.kiosk_mode.show_full_screen()
            self.raise_()
            return
        if topic:
            self.open_topic(topic)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange:
            self.kiosk_mode.window_state_changed()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode.active:
            # Alt+F4, the window manager's close or a close() call would leave the patient
            # on the desktop: only staff who left tablet mode with the PIN can quit.
            log.info("a request to close the tablet window was refused")
            event.ignore()
            return
        self.save_state()
        self.article_page.read_aloud.stop()
        self.consultation_mode.toggle_presenter(False)
        super().closeEvent(event)
