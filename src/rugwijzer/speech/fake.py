"""A backend that speaks nothing: it records what it was asked, and its caller decides when
each sentence ends. Tests use it to drive ``ReadAloud`` step by step, without a sound card."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from ..languages import LANGUAGES
from .engine import SpeechBackend


@dataclass(frozen=True, slots=True)
class Utterance:
    text: str
    lang: str
    rate: float


class FakeBackend(SpeechBackend):
    """Has voices for ``languages``; ``spoken`` lists every ``say`` and ``cancels`` counts
    the cancels. ``finish()`` ends the sentence being spoken, ``fail(message)`` breaks it."""

    def __init__(self, languages: tuple[str, ...] = LANGUAGES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.spoken: list[Utterance] = []
        self.cancels = 0
        self.speaking: Utterance | None = None

    def has_voice(self, lang: str) -> bool:
        return lang in self.languages

    def missing_voice(self, lang: str) -> str:
        return f"no voice for {lang}"

    def say(self, text: str, lang: str, rate: float) -> None:
        self.speaking = Utterance(text, lang, rate)
        self.spoken.append(self.speaking)

    def cancel(self) -> None:
        self.cancels += 1
        self.speaking = None

    def finish(self) -> None:
        if self.speaking is None:
            raise AssertionError("finish() while nothing is being spoken")
        self.speaking = None
        self.done.emit()

    def fail(self, message: str) -> None:
        self.speaking = None
        self.error.emit(message)
