"""The Qt application: fonts, theme, translations, crash handling and the main window."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, QTimer
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication

from . import APP_NAME, ORGANIZATION, __version__, cache, pin, resources
from .appearance import SYSTEM
from .content.clinic import find_clinic
from .content.diagnostics import Diagnostic
from .content.experiences import load_experiences
from .content.glossary import load_glossary
from .content.loader import LoadResult, load_library
from .content.model import START
from .content.notices import load_notice_folders
from .content.regions import NAME_PROBLEMS
from .crash import CrashHandler, data_dir
from .i18n import Translations, system_language
from .languages import DEFAULT_LANGUAGE
from .options import StartOptions
from .settings import Settings
from .ui import desktop, theme
from .ui.article.html import Glossary
from .ui.kiosk.mode import KioskConfig
from .ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)


def create_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("nl.rugwijzer.Rugwijzer")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    cache.use(Path(location) if location else None)
    app.setStyle("Fusion")
    family = theme.load_fonts()
    font = QFont(family or "")
    font.setFamilies([family, *theme.FALLBACK_FAMILIES] if family else theme.FALLBACK_FAMILIES)
    font.setPixelSize(15)
    app.setFont(font)
    theme.apply(app)
    return app


CHECK_DELAY_MS = 200


def load_content(extra: Path | None) -> LoadResult:
    folders = [resources.content_dir()]
    if extra is not None:
        folders.append(extra)
    return load_library(folders)


def _checked(loaded: LoadResult) -> list[Diagnostic]:
    from .content.checker import check_library

    problems = check_library(loaded)
    for problem in problems:
        if problem.is_error:
            log.warning("%s", problem)
    return problems


def build_window(options: StartOptions, settings: Settings | None = None) -> MainWindow:
    """Everything ``run`` does short of the event loop; tests use it too."""
    app = create_application()
    clinic, clinic_problems = find_clinic(options.clinic,
                                          resources.resource("clinic", "clinic.toml"))
    # A profile that asks for tablet mode gets it even when other parts of it are broken
    # (ClinicProfile.kiosk is then already true): a tablet never opens up by mistake.
    kiosk = options.kiosk or clinic.kiosk
    settings = settings or Settings()
    # As with the language: a tablet starts every reader with the clinic's theme.
    default_theme = options.theme or clinic.theme or SYSTEM
    theme_choice = default_theme if kiosk else (
        options.theme or settings.value("theme") or default_theme)
    theme.set_accent(clinic.accent)
    theme.set_theme(desktop.resolve(theme_choice))
    theme.apply(app)
    default_language = options.lang or clinic.default_language or system_language()
    # A tablet starts every reader in the clinic's language, not the last reader's.
    language = default_language if kiosk else (
        options.lang or settings.value("language") or default_language)
    translations = Translations(QCoreApplication.instance())
    translations.switch(language)
    loaded = load_content(options.content)
    library = loaded.library
    experiences, experience_problems = load_experiences(resources.resource("experiences"))
    notices, notice_problems = load_notice_folders(resources.notice_folders(options.content))
    window: MainWindow | None = None

    def read_glossary() -> Glossary:
        """The glossary, read when a text first needs its terms (the start page does not),
        and after the first look at the latest (below)."""
        glossary, glossary_problems = load_glossary(resources.resource("glossary"))
        for problem in glossary_problems:
            if problem.is_error:
                log.warning("%s", problem)
                if window is not None:
                    window.add_notice(lambda text=str(problem): text)
        return glossary

    window = MainWindow(library, settings, translations, default_language=default_language,
                        clinic=clinic, experiences=experiences, notices=notices,
                        glossary=read_glossary, default_theme=default_theme,
                        theme_choice=theme_choice)
    # The clinic's own lay terms and searches to tap apply too.
    window.search.set_content_folder(options.content)
    clinic_problems = clinic_problems + experience_problems + notice_problems + NAME_PROBLEMS
    for problem in clinic_problems:
        log.warning("%s", problem)
        text = str(problem)
        window.add_notice(lambda text=text: text)
    # Files that cannot be read are reported at once; the cross-references between topics
    # are checked once the spine and the icons have been painted, where the check (tens of
    # milliseconds with a thousand topics) costs the reader nothing. So is the glossary
    # read, where no text has asked for it before.
    window.show_problems(loaded.diagnostics)

    def after_first_look(shown: MainWindow = window) -> None:
        shown.texts.read_glossary()
        shown.show_problems(_checked(loaded))

    window.startupFinished.connect(lambda: QTimer.singleShot(
        CHECK_DELAY_MS, window, after_first_look))
    if settings.problem:
        message = settings.problem
        window.add_notice(lambda: message)
    if not kiosk and (reason := settings.unwritable_reason()) is not None:
        folder = settings.path.parent
        log.warning("settings cannot be saved in %s: %s", folder, reason)
        window.add_notice(lambda: QCoreApplication.translate(
            "MainWindow", "Settings cannot be saved in {folder} ({reason}): the language, "
                          "text size and window size last only until Rugwijzer closes."
        ).format(folder=folder, reason=reason))

    wanted = options.topic or settings.value("last_topic")
    if not window.open_topic(wanted):
        if options.topic:
            print(f"rugwijzer: unknown topic '{options.topic}'; opening the start page. "
                  f"Known topics: {', '.join(sorted(library.ids()))}", file=sys.stderr)
            topic = options.topic
            window.add_notice(lambda: QCoreApplication.translate(
                "MainWindow", "There is no topic “{topic}”; the start page is shown instead."
            ).format(topic=topic))
        window.open_topic(START)
    if kiosk:
        idle_seconds = options.idle_reset or clinic.idle_reset_seconds
        guard = pin.PinGuard(clinic.pin, state=pin.attempts_file())
        window.kiosk_mode.enter(KioskConfig(guard=guard, idle_seconds=idle_seconds))
    return window


def _notify_crash(window: MainWindow):
    def notify(summary: str, log_path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("Crash", "Something went wrong")
        text = QCoreApplication.translate(
            "Crash", "Rugwijzer ran into an unexpected problem and tried to carry on. If "
                     "something does not look right, restart the program.\n\n"
                     "A report was saved in:\n{path}").format(path=log_path)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, window)
        box.setDetailedText(summary)
        box.setObjectName("crashDialog")
        box.open()

    return notify


def wait_until_ready(window: MainWindow, timeout_ms: int = 5000) -> None:
    """Run the event loop until the shown window has done what it left for after its
    first paint (icons, the spine), or ``timeout_ms`` has passed."""
    if not window.ready:
        loop = QEventLoop()
        window.startupFinished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()


def take_screenshot(window: MainWindow, path: Path, size: tuple[int, int] | None) -> int:
    width, height = size or DEFAULT_SIZE
    window.resize(width, height)
    window.show()
    wait_until_ready(window)
    QCoreApplication.processEvents()
    image = window.grab()
    if not image.save(str(path), "PNG"):
        print(f"rugwijzer: cannot write screenshot to {path}", file=sys.stderr)
        return 1
    print(path)
    return 0


def _single_instance(options: StartOptions):
    """The server that brings this window forward on a later start, or None when another
    Rugwijzer already runs on this desktop and was asked to come forward instead."""
    from .instance import InstanceServer, ask_running, server_name

    name = server_name()
    if ask_running(name, options.topic):
        return None
    server = InstanceServer(name, QCoreApplication.instance())
    server.listen()
    return server


def run(options: StartOptions) -> int:
    logging.basicConfig(level=logging.WARNING, format="rugwijzer: %(message)s")
    app = create_application()
    server = None
    if not options.screenshot:
        server = _single_instance(options)
        if server is None:
            print("rugwijzer: Rugwijzer is already running on this desktop; its window was "
                  "brought forward", file=sys.stderr)
            return 0
    crash = CrashHandler(data_dir())
    crash.install()
    window = build_window(options)
    if server is not None:
        server.activationRequested.connect(window.come_forward)
    # Also when quitting from tablet mode, where the window is never closed.
    app.aboutToQuit.connect(window.article_page.read_aloud.stop)
    if options.screenshot:
        try:
            return take_screenshot(window, options.screenshot, options.size)
        finally:
            crash.uninstall()
    if window.kiosk_mode.active:
        # Patients never see a crash dialog: the error is logged and the tablet starts over.
        crash.notify = lambda _summary, _path: window.reset_session()
        window.kiosk_mode.quitRequested.connect(app.quit)
        window.kiosk_mode.show_full_screen()
    else:
        crash.notify = _notify_crash(window)
        window.restore_state()
        window.show()
    try:
        return app.exec()
    finally:
        crash.uninstall()


def _handout_pictures(request, library) -> list:
    """The spine as the first topic shows it, with the marks, as in a consultation."""
    from .session import Consultation
    from .ui.spine.drawings import SpineState
    from .ui.spine.render import handout_pictures

    first = library.get(request.topics[0], request.lang) if request.topics else None
    state = SpineState.for_topic(first.regions if first else (), first.view if first else None)
    return handout_pictures(state, Consultation(marks=set(request.marks)), request.lang)


def make_handout(options: StartOptions) -> int:
    """``--handout``: the patient's PDF summary, written only when every argument is right."""
    from .content.handout import HandoutRequest, problems
    from .content.treatment_path import load_treatment_path
    from .ui.consultation.handout import build_document

    create_application()
    clinic, clinic_problems = find_clinic(options.clinic, resources.resource("clinic",
                                                                             "clinic.toml"))
    for problem in clinic_problems:
        print(f"rugwijzer: {problem}", file=sys.stderr)
    loaded = load_content(options.content)
    lang = options.lang or clinic.default_language or system_language()
    request = HandoutRequest(topics=options.topics, lang=lang, marks=options.marks,
                             step=options.step, note=options.note)
    wrong = problems(request, loaded.library)
    steps, step_problems = load_treatment_path(resources.resource("consultation",
                                                                  "treatment-path.toml"))
    wrong += [str(p) for p in step_problems]
    if wrong:
        for message in wrong:
            print(f"rugwijzer: {message}", file=sys.stderr)
        print("rugwijzer: no handout was written", file=sys.stderr)
        return 1
    document = build_document(request, loaded.library, steps, clinic,
                              _handout_pictures(request, loaded.library))
    titles = [loaded.library.get(t, lang).title for t in request.topics]
    return _save_pdf(document, options.handout, " · ".join(titles), "handout")


def _save_pdf(document: QTextDocument, path: Path, title: str, what: str) -> int:
    """Write ``document`` as the PDF ``path`` and print where it went, or say why not."""
    from .ui.consultation.handout import write_pdf

    try:
        write_pdf(document, path, title)
    except OSError as exc:
        print(f"rugwijzer: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        print(f"rugwijzer: no {what} was written", file=sys.stderr)
        return 1
    print(path)
    return 0


def make_review_sheet(options: StartOptions) -> int:
    """``--review-sheet``: what the clinic's physician checks and signs, as a PDF."""
    from .content.review import load_review_notes
    from .ui.review_sheet import SheetRequest, build_document

    create_application()
    clinic, clinic_problems = find_clinic(options.clinic, resources.resource("clinic",
                                                                          "clinic.toml"))
    loaded = load_content(options.content)
    notes, note_problems = load_review_notes(resources.resource("review", "sheet.toml"))
    # A file that cannot be read is missing from the sheet: say which.
    for problem in [*clinic_problems, *loaded.diagnostics, *note_problems]:
        if problem.is_error:
            print(f"rugwijzer: {problem}", file=sys.stderr)
    folders = [resources.content_dir(), *([options.content] if options.content else [])]
    request = SheetRequest(loaded.library, notes, clinic, options.lang or DEFAULT_LANGUAGE,
                           dt.date.today(), folders)
    document, title = build_document(request)
    return _save_pdf(document, options.review_sheet, title, "review sheet")
