"""Windows voices through SAPI 5, driven with comtypes' late binding (no generated code).

Each sentence is spoken asynchronously (``Speak`` with SVSFlagsAsync returns at once) and a
timer asks ``WaitUntilDone(0)`` whether it has ended, so the interface never waits. Voices
come from SAPI's own list and then from the OneCore list that Windows 10 and 11 fill when a
voice is added in Settings > Time & language > Speech: SAPI can enumerate that list through
a token category set to its registry key, and its voices speak through SAPI unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from math import log
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..languages import LANGUAGES, language
from .engine import SpeechBackend, language_name

SVSF_ASYNC = 1
SVSF_PURGE_BEFORE_SPEAK = 2
SVSF_IS_NOT_XML = 16
ONECORE_VOICES = r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech_OneCore\Voices"
POLL_MS = 50


def _create_object(prog_id: str) -> Any:
    import comtypes.client

    return comtypes.client.CreateObject(prog_id, dynamic=True)


def sapi_rate(rate: float) -> int:
    """SAPI's Rate runs from -10 to 10; each step of ten triples or thirds the speed."""
    return max(-10, min(10, round(10 * log(rate) / log(3))))


def speaks(token: Any, lang: str) -> bool:
    # A voice's "Language" attribute holds LCIDs in hexadecimal, e.g. "413" for nl-NL and
    # "813" for nl-BE, whose low ten bits are the language's primary id in Windows.
    primary = language(lang).windows_language if lang in LANGUAGES else 0
    if not primary:
        return False
    try:
        attribute = str(token.GetAttribute("Language") or "")
    except Exception:  # a broken voice entry speaks no language
        return False
    for code in attribute.replace(",", ";").split(";"):
        try:
            if int(code.strip(), 16) & 0x3FF == primary:
                return True
        except ValueError:
            continue
    return False


class SapiBackend(SpeechBackend):
    """Speaks with the voices of Windows. ``create(prog_id)`` makes the COM objects; tests
    give one that returns stand-ins."""

    def __init__(self, create: Callable[[str], Any] = _create_object,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self._voice: Any = None
        self._tokens: dict[str, Any] = {}
        self._pending_error: str | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_done)

    def has_voice(self, lang: str) -> bool:
        return self._token(lang) is not None

    def missing_voice(self, lang: str) -> str:
        return QCoreApplication.translate(
            "Speech", "There is no voice for reading aloud in this language: {language}. Add "
            "one in Settings > Time & language > Speech > Add voices.").format(
            language=language_name(lang))

    def say(self, text: str, lang: str, rate: float) -> None:
        self._poll.stop()
        self._pending_error = None
        token = self._token(lang)
        try:
            voice = self._sp_voice()
            if token is not None:
                voice.Voice = token
            voice.Rate = sapi_rate(rate)
            voice.Speak(text, SVSF_ASYNC | SVSF_PURGE_BEFORE_SPEAK | SVSF_IS_NOT_XML)
        except Exception as exc:  # comtypes reports COM failures as COMError or OSError
            self._pending_error = self._stopped(exc)
            QTimer.singleShot(0, self, self._report_pending_error)
            return
        self._poll.start()

    def cancel(self) -> None:
        self._poll.stop()
        self._pending_error = None
        if self._voice is None:
            return
        try:
            self._voice.Speak("", SVSF_ASYNC | SVSF_PURGE_BEFORE_SPEAK)
        except Exception:  # a voice that cannot be silenced has nothing left to stop
            self._voice = None

    def _report_pending_error(self) -> None:
        message, self._pending_error = self._pending_error, None
        if message is not None:
            self.error.emit(message)

    def _check_done(self) -> None:
        try:
            finished = bool(self._voice.WaitUntilDone(0))
        except Exception as exc:
            self._poll.stop()
            self.error.emit(self._stopped(exc))
            return
        if finished:
            self._poll.stop()
            self.done.emit()

    def _sp_voice(self) -> Any:
        if self._voice is None:
            self._voice = self._create("SAPI.SpVoice")
        return self._voice

    def _token(self, lang: str) -> Any:
        if lang not in self._tokens:
            self._tokens[lang] = next(
                (token for token in self._voice_tokens() if speaks(token, lang)), None)
        return self._tokens[lang]

    def _voice_tokens(self) -> Iterator[Any]:
        try:
            yield from _items(self._sp_voice().GetVoices())
        except Exception:  # no SAPI at all: there is no voice
            return
        try:
            category = self._create("SAPI.SpObjectTokenCategory")
            category.SetId(ONECORE_VOICES, False)
            yield from _items(category.EnumerateTokens())
        except Exception:  # no OneCore voices (older Windows, or none added)
            return

    def _stopped(self, exc: BaseException) -> str:
        return QCoreApplication.translate(
            "Speech", "Reading aloud stopped: Windows speech reported “{detail}”.").format(
                detail=str(exc) or type(exc).__name__)


def _items(tokens: Any) -> Iterator[Any]:
    for index in range(int(tokens.Count)):
        yield tokens.Item(index)
