"""Run-time language switching: Rugwijzer's own and Qt's translations, and dates."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from . import resources
from .languages import DEFAULT_LANGUAGE, LANGUAGES, SOURCE_LANGUAGE, language

log = logging.getLogger(__name__)


def system_language() -> str:
    """The system's language when Rugwijzer speaks it, the default language otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def qlocale(lang: str) -> QLocale:
    return QLocale(language(lang).locale)


def format_date(date: dt.date, lang: str) -> str:
    """A date written out as readers of ``lang`` write it: "24 november 2026"."""
    return qlocale(lang).toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")


class DocumentLanguage:
    """The texts of a printed document in the document's own language, whatever language
    the screen is showing: ``say(key, **values)`` translates ``texts[key]`` in ``context``
    and fills in ``values``."""

    def __init__(self, lang: str, context: str, texts: Mapping[str, str]) -> None:
        self.lang = lang
        self._context = context
        self._texts = texts
        self._translator = QTranslator()
        self._loaded = self._translator.load(f"rugwijzer_{lang}",
                                             str(resources.translations_dir()))

    def __call__(self, key: str, **values: str) -> str:
        source = self._texts[key]
        text = (self._translator.translate(self._context, source) or source
                if self._loaded else source)
        return text.format(**values) if values else text


class Translations:
    """Installs the translators for one language at a time.

    Installing a translator makes Qt send every widget a LanguageChange event, which is how
    the whole interface follows a switch without a restart: each widget retranslates itself
    then, and only then.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}
        self.language = ""

    def switch(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        if lang == self.language:
            return
        self.uninstall()
        for translator in self._translators(lang):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        self.language = lang
        QLocale.setDefault(qlocale(lang))
        # Qt posts the event to each window; delivered now, the switch is done on return,
        # and every widget gets it once however many translators changed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _translators(self, lang: str) -> list[QTranslator]:
        """Loaded once per language: a tablet switches back and forth all day long."""
        if lang in self._loaded:
            return self._loaded[lang]
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translators = []
        for name, folder in ((f"qtbase_{lang}", qt_dir),
                             (f"rugwijzer_{lang}", str(resources.translations_dir()))):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                translators.append(translator)
            else:
                translator.deleteLater()
                if lang != SOURCE_LANGUAGE:
                    # The interface is written in the source language: it needs no file.
                    log.warning("translation %s not found in %s", name, folder)
        self._loaded[lang] = translators
        return translators

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""
