"""Linux voices: one espeak-ng process a sentence, started with QProcess.

A process per sentence tells exactly when each sentence ends, starts sound in about ten
milliseconds, and can be stopped by ending our own process without touching any other
program's speech (a screen reader's, for instance). espeak-ng plays through PulseAudio,
PipeWire or ALSA and opens no network connection.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment

from ..languages import LANGUAGES
from .engine import SpeechBackend, language_name

PROGRAM = "espeak-ng"
NORMAL_WORDS_PER_MINUTE = 175
# espeak-ng's own limits for -s.
SLOWEST, FASTEST = 80, 450


def words_per_minute(rate: float) -> int:
    return max(SLOWEST, min(FASTEST, round(NORMAL_WORDS_PER_MINUTE * rate)))


def child_environment(environ: Mapping[str, str] = os.environ,
                      frozen: bool | None = None) -> dict[str, str]:
    """The environment for a system program started from here.

    A frozen build points LD_LIBRARY_PATH at its own libraries; a system program must load
    the system's, so the value from before the start is restored (PyInstaller keeps it in
    LD_LIBRARY_PATH_ORIG).
    """
    environment = dict(environ)
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        original = environment.pop("LD_LIBRARY_PATH_ORIG", None)
        environment.pop("LD_LIBRARY_PATH", None)
        if original is not None:
            environment["LD_LIBRARY_PATH"] = original
    return environment


def _process_environment() -> QProcessEnvironment:
    environment = QProcessEnvironment()
    for name, value in child_environment().items():
        environment.insert(name, value)
    return environment


class EspeakBackend(SpeechBackend):
    """Speaks with espeak-ng. ``wav_folder`` makes it write each sentence to a numbered WAV
    file there instead of playing it (for tests and for checking a voice without sound)."""

    def __init__(self, program: str = PROGRAM, wav_folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.wav_folder = wav_folder
        self.written: list[Path] = []
        self._voices: dict[str, bool] = {}
        self._process: QProcess | None = None

    def has_voice(self, lang: str) -> bool:
        # Asked once a language: listing the voices takes espeak-ng about 20 ms.
        if lang not in self._voices:
            self._voices[lang] = self._lists_voice(lang)
        return self._voices[lang]

    def _lists_voice(self, lang: str) -> bool:
        # espeak-ng names its voices after the language's code.
        voice = lang if lang in LANGUAGES else None
        found = shutil.which(self.program)
        if voice is None or found is None:
            return False
        try:
            listing = subprocess.run([found, f"--voices={voice}"], capture_output=True,
                                     text=True, timeout=5, check=False,
                                     env=child_environment())
        except (OSError, subprocess.SubprocessError):
            return False
        for line in listing.stdout.splitlines()[1:]:
            fields = line.split()
            if len(fields) > 1 and (fields[1] == voice or fields[1].startswith(voice + "-")):
                return True
        return False

    def missing_voice(self, lang: str) -> str:
        return QCoreApplication.translate(
            "Speech", "There is no voice for reading aloud in this language: {language}. On "
            "Debian or Ubuntu, install the package espeak-ng.").format(
            language=language_name(lang))

    def say(self, text: str, lang: str, rate: float) -> None:
        self.cancel()
        arguments = ["-v", lang, "-s", str(words_per_minute(rate)), "-b", "1"]
        if self.wav_folder is not None:
            target = self.wav_folder / f"sentence-{len(self.written) + 1}.wav"
            self.written.append(target)
            arguments += ["-w", str(target)]
        process = QProcess(self)
        process.setProgram(self.program)
        process.setArguments([*arguments, "--stdin"])
        process.setProcessEnvironment(_process_environment())
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error_occurred)
        self._process = process
        process.start()
        if self._process is process:
            # Text through standard input cannot be mistaken for an option or cut by an
            # argument length limit; espeak-ng reads it to the end and then speaks.
            process.write(text.encode("utf-8"))
            process.closeWriteChannel()

    def cancel(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        # Whatever the killed process still reports must not pass for the next sentence's.
        process.blockSignals(True)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            # A killed process is gone within a millisecond or two; waiting for it keeps
            # Qt from warning about a QProcess destroyed while its program still runs.
            process.waitForFinished(1000)
        process.deleteLater()

    def _finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        # espeak-ng exits with 0 even when it cannot open the sound device; it then says
        # "error: ..." on standard error.
        reported = [line.strip() for line in errors.splitlines()
                    if line.strip().lower().startswith("error:")]
        if exit_status == QProcess.ExitStatus.CrashExit:
            self.error.emit(self._stopped(QCoreApplication.translate(
                "Speech", "the program stopped unexpectedly")))
        elif exit_code != 0 or reported:
            detail = (reported or [line for line in errors.splitlines() if line.strip()]
                      or [f"exit status {exit_code}"])[-1]
            self.error.emit(self._stopped(detail.strip()))
        else:
            self.done.emit()

    def _error_occurred(self, error: QProcess.ProcessError) -> None:
        # Only a failed start comes without a "finished" afterwards.
        if error != QProcess.ProcessError.FailedToStart or self._process is None:
            return
        process, self._process = self._process, None
        process.deleteLater()
        self.error.emit(QCoreApplication.translate(
            "Speech", "Reading aloud is not available: espeak-ng could not be started. "
            "On Debian or Ubuntu, install the package espeak-ng."))

    def _stopped(self, detail: str) -> str:
        return QCoreApplication.translate(
            "Speech", "Reading aloud stopped: espeak-ng reported “{detail}”.").format(
                detail=detail)
