"""Run-time language switching: Rugwijzer's own and Qt's translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import resources

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def system_language() -> str:
    """The system's language when Rugwijzer speaks it, Dutch otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


class Translations:
    """Installs the translators for one language at a time.

    Installing a translator makes Qt send every widget a LanguageChange event, which is how
    the whole interface follows a switch without a restart.
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
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl"
                                   else QLocale.Language.English,
                                   QLocale.Country.Netherlands if lang == "nl"
                                   else QLocale.Country.UnitedKingdom))

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
                if lang != "en":
                    # English is the source language of the interface: it needs no file.
                    log.warning("translation %s not found in %s", name, folder)
        self._loaded[lang] = translators
        return translators

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""
