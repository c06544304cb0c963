"""Reading a list of sentences aloud, one at a time, with pause, stop and speed.

``ReadAloud`` is what the user interface talks to. It hands one sentence at a time to a
``SpeechBackend`` (the operating system's voices) and tells through its signals which
sentence is being read, so the interface can highlight it. Nothing here waits: every step
follows a signal from the backend, so the interface never freezes while text is read.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from ..languages import LANGUAGES, language
from .sentences import Sentence

MIN_RATE = 0.5
MAX_RATE = 2.0


class State(enum.Enum):
    IDLE = "idle"
    SPEAKING = "speaking"
    PAUSED = "paused"


def language_name(lang: str) -> str:
    """The language's name in itself, as its readers look for it."""
    return language(lang).name if lang in LANGUAGES else lang


class SpeechBackend(QObject):
    """Speaks one sentence at a time with the system's voice for a language.

    A backend speaks the sentence given to ``say`` and then emits ``done``; if it cannot, it
    emits ``error`` with a message for the user. Both come later from the event loop, never
    from inside ``say``. After ``cancel`` neither comes for the cancelled sentence. No
    method raises: a backend that breaks reports it through ``error``.
    """

    done = Signal()
    error = Signal(str)

    def has_voice(self, lang: str) -> bool:
        raise NotImplementedError

    def missing_voice(self, lang: str) -> str:
        """What to install so that ``has_voice(lang)`` becomes true, translated."""
        raise NotImplementedError

    def say(self, text: str, lang: str, rate: float) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


class ReadAloud(QObject):
    """Reads sentences aloud in order and reports where it is.

    ``sentenceStarted(index)`` comes as each sentence starts, ``finished`` after the last
    one, ``failed(message)`` when the voice breaks down (reading then stops; the message is
    translated and says what is wrong). ``stateChanged(State)`` follows every change of
    ``state``. ``stop`` ends reading without ``finished``.
    """

    sentenceStarted = Signal(int)
    finished = Signal()
    failed = Signal(str)
    stateChanged = Signal(object)

    def __init__(self, backend: SpeechBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        backend.setParent(self)
        backend.done.connect(self._sentence_done)
        backend.error.connect(self._backend_failed)
        self._sentences: list[str] = []
        self._lang = ""
        self._index = -1
        self._rate = 1.0
        self._state = State.IDLE

    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        """The sentence being read or paused in; -1 when idle."""
        return self._index

    @property
    def rate(self) -> float:
        return self._rate

    def available(self, lang: str) -> bool:
        return self.backend.has_voice(lang)

    def missing_voice_message(self, lang: str) -> str:
        return self.backend.missing_voice(lang)

    def speak(self, sentences: Sequence[Sentence | str], lang: str) -> None:
        """Read ``sentences`` from the first, ending whatever was being read."""
        self.stop()
        texts = [s.text if isinstance(s, Sentence) else s for s in sentences]
        if not self.available(lang):
            self.failed.emit(self.missing_voice_message(lang))
            return
        if not texts:
            self.finished.emit()
            return
        self._sentences, self._lang, self._index = texts, lang, 0
        self._set_state(State.SPEAKING)
        self._say_current()

    def pause(self) -> None:
        """Stop the sentence being read; ``resume`` reads it again from its start."""
        if self._state is State.SPEAKING:
            self.backend.cancel()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self._state is State.PAUSED:
            self._set_state(State.SPEAKING)
            self._say_current()

    def stop(self) -> None:
        if self._state is not State.IDLE:
            self.backend.cancel()
            self._reset()

    def set_rate(self, rate: float) -> None:
        """Speed relative to the voice's normal speed, 0.5 to 2.0; it applies from the next
        sentence, so that changing it does not cut a sentence off."""
        self._rate = min(MAX_RATE, max(MIN_RATE, float(rate)))

    def _say_current(self) -> None:
        self.sentenceStarted.emit(self._index)
        self.backend.say(self._sentences[self._index], self._lang, self._rate)

    def _sentence_done(self) -> None:
        if self._state is not State.SPEAKING:
            return
        if self._index + 1 < len(self._sentences):
            self._index += 1
            self._say_current()
        else:
            self._reset()
            self.finished.emit()

    def _backend_failed(self, message: str) -> None:
        if self._state is not State.SPEAKING:
            return
        self._reset()
        self.failed.emit(message)

    def _reset(self) -> None:
        self._sentences, self._lang, self._index = [], "", -1
        self._set_state(State.IDLE)

    def _set_state(self, state: State) -> None:
        if state is not self._state:
            self._state = state
            self.stateChanged.emit(state)
