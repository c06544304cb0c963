"""Unexpected errors: log them with a traceback, tell the user briefly, keep running."""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger(__name__)


def data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) if location else Path.home() / ".rugwijzer"


class CrashHandler:
    """Writes crash logs to the user's data folder and reports errors through ``notify``.

    ``notify(summary, log_path)`` is given by the user interface; when it is None (or fails)
    the error is only logged, which is what tablet mode wants.
    """

    def __init__(self, folder: Path, notify: Callable[[str, Path], None] | None = None) -> None:
        self.folder = folder
        self.notify = notify
        self._fault_file: IO[str] | None = None
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # faulthandler needs a file that stays open to report hard crashes in Qt code.
            self._fault_file = (self.folder / "fault.log").open("a", encoding="utf-8")
            faulthandler.enable(self._fault_file, all_threads=True)
        except OSError as exc:
            log.warning("cannot write crash logs to %s: %s", self.folder, exc)
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def write_log(self, exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> Path | None:
        from . import __version__

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.folder / f"crash-{stamp}.log"
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Rugwijzer {__version__}, Python {sys.version}\n\n{text}",
                            encoding="utf-8")
        except OSError as write_error:
            log.error("cannot write crash log %s: %s", path, write_error)
            return None
        return path

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        path = self.write_log(exc_type, exc, tb)
        if self.notify is not None and path is not None:
            try:
                self.notify(f"{exc_type.__name__}: {exc}", path)
            except Exception:  # the dialog itself failing must not recurse into this hook
                log.exception("cannot show the error dialog")
