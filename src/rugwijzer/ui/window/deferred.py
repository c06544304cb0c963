"""Work the window's first look does not need, started once the window has settled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import desktop

if TYPE_CHECKING:
    from ..search.mode import SearchMode
    from ..speech.bar import ReadAloudBar

DRAWINGS_DELAY_MS = 1500
# Asking the desktop whether it wants less motion may take a call to its settings tool:
# after the complete first look has been painted, before anyone opens a menu.
MOTION_DELAY_MS = 200
# The search index and the question whether there is a voice wait until the window has
# settled, but not until someone types or presses.
SEARCH_DELAY_MS = 500
VOICE_DELAY_MS = 1000


class DeferredWork(QObject):
    """The desktop's wish for less motion, the other views of the spine, Python-Markdown,
    the search index and the question whether there is a voice; the last two again for
    each language the reader switches to."""

    def __init__(self, parent: QObject, search: SearchMode, read_aloud: ReadAloudBar) -> None:
        super().__init__(parent)
        self._search = search
        self._read_aloud = read_aloud

    def start(self) -> None:
        QTimer.singleShot(MOTION_DELAY_MS, self._apply_motion)
        # The other views of the spine are drawn in the background, so that the first
        # opening of a condition does not wait for its picture.
        QTimer.singleShot(DRAWINGS_DELAY_MS, self._build_drawings)
        # As is Python-Markdown, for the first text whose HTML is not in the cache yet.
        QTimer.singleShot(DRAWINGS_DELAY_MS, self._prepare_markdown)
        self.language_changed()

    def language_changed(self) -> None:
        QTimer.singleShot(SEARCH_DELAY_MS, self._prepare_search)
        QTimer.singleShot(VOICE_DELAY_MS, self._check_voice)

    @staticmethod
    def _apply_motion() -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            desktop.apply_motion(app)

    @staticmethod
    def _build_drawings() -> None:
        from ..spine import art

        art.build_in_background()

    @staticmethod
    def _prepare_markdown() -> None:
        from ...content import render

        render.prepare_in_background()

    def _prepare_search(self) -> None:
        self._search.prepare()

    def _check_voice(self) -> None:
        if not self._read_aloud.isHidden():
            self._read_aloud.check_voice()
