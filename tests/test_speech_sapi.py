"""The Windows voice: SAPI through comtypes, here with stand-ins for its COM objects."""

from __future__ import annotations

import pytest

from rugwijzer.speech import ReadAloud, State
from rugwijzer.speech.sapi import (
    ONECORE_VOICES,
    SVSF_ASYNC,
    SVSF_IS_NOT_XML,
    SVSF_PURGE_BEFORE_SPEAK,
    SapiBackend,
    sapi_rate,
    speaks,
)


class Token:
    def __init__(self, name: str, language: str) -> None:
        self.name = name
        self.language = language

    def GetAttribute(self, name: str) -> str:
        assert name == "Language"
        return self.language


class Tokens:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.Count = len(tokens)

    def Item(self, index: int) -> Token:
        return self.tokens[index]


class Voice:
    """SAPI.SpVoice: Speak returns at once; the test says when speaking is over."""

    def __init__(self, voices: list[Token]) -> None:
        self.voices = voices
        self.Voice: Token | None = None
        self.Rate = 0
        self.calls: list[tuple[str, int, str | None, int]] = []
        self.speaking = False
        self.broken = False

    def GetVoices(self) -> Tokens:
        return Tokens(self.voices)

    def Speak(self, text: str, flags: int) -> int:
        if self.broken:
            raise OSError("-2147200966, 'Class not registered'")
        self.calls.append((text, flags, self.Voice and self.Voice.name, self.Rate))
        self.speaking = bool(text)
        return 1

    def WaitUntilDone(self, timeout: int) -> bool:
        assert timeout == 0, "polling must not wait"
        if self.broken:
            raise OSError("the voice went away")
        return not self.speaking


class Category:
    def __init__(self, voices: list[Token]) -> None:
        self.voices = voices
        self.id = ""

    def SetId(self, category: str, create: bool) -> None:
        self.id = category

    def EnumerateTokens(self) -> Tokens:
        assert self.id == ONECORE_VOICES
        return Tokens(self.voices)


class Windows:
    """What ``CreateObject`` gives: a voice with SAPI voices and a OneCore category."""

    def __init__(self, sapi: list[Token], onecore: list[Token] | None = None) -> None:
        self.voice = Voice(sapi)
        self.onecore = onecore
        self.created: list[str] = []

    def __call__(self, prog_id: str):
        self.created.append(prog_id)
        if prog_id == "SAPI.SpVoice":
            return self.voice
        if prog_id == "SAPI.SpObjectTokenCategory" and self.onecore is not None:
            return Category(self.onecore)
        raise OSError(f"no such class: {prog_id}")


def no_sapi(prog_id: str):
    raise OSError("Class not registered")


ZIRA = Token("Zira", "409")
HAZEL = Token("Hazel", "809")
FRANK = Token("Frank", "413")
FLEMISH = Token("Bart", "813;413")


def test_the_speed_maps_to_sapis_rate():
    assert sapi_rate(1.0) == 0
    assert sapi_rate(2.0) == 6
    assert sapi_rate(0.5) == -6
    assert sapi_rate(3.0) == 10
    assert sapi_rate(100.0) == 10


@pytest.mark.parametrize(("language", "lang", "expected"), [
    ("413", "nl", True), ("813", "nl", True), ("409;9", "en", True), ("809", "nl", False),
    ("", "nl", False), ("nonsense", "en", False),
])
def test_a_voice_speaks_the_languages_its_attribute_names(language, lang, expected):
    assert speaks(Token("x", language), lang) is expected


def test_a_voice_is_found_among_sapi_and_then_onecore_voices(qapp):
    windows = Windows(sapi=[ZIRA, HAZEL], onecore=[FRANK])
    backend = SapiBackend(create=windows)
    assert backend.has_voice("en") and backend.has_voice("nl")
    assert not backend.has_voice("de")
    assert windows.created.count("SAPI.SpVoice") == 1


def test_without_onecore_or_sapi_there_is_no_voice_and_a_hint_where_to_add_one(qapp):
    assert not SapiBackend(create=Windows(sapi=[ZIRA], onecore=None)).has_voice("nl")
    nothing = SapiBackend(create=no_sapi)
    assert not nothing.has_voice("en")
    hint = nothing.missing_voice("nl")
    assert "Nederlands" in hint and "Settings > Time & language > Speech" in hint


def test_sentences_are_spoken_in_order_with_the_voice_and_rate(qtbot):
    windows = Windows(sapi=[ZIRA], onecore=[FLEMISH, FRANK])
    engine = ReadAloud(SapiBackend(create=windows))
    started: list[int] = []
    engine.sentenceStarted.connect(started.append)
    engine.set_rate(2.0)
    engine.speak(["Hernia.", "Dit doet pijn."], "nl")
    voice = windows.voice
    assert voice.calls == [
        ("Hernia.", SVSF_ASYNC | SVSF_PURGE_BEFORE_SPEAK | SVSF_IS_NOT_XML, "Bart", 6)]
    voice.speaking = False
    qtbot.waitUntil(lambda: len(voice.calls) == 2, timeout=2000)
    assert voice.calls[1][0] == "Dit doet pijn."
    with qtbot.waitSignal(engine.finished, timeout=2000):
        voice.speaking = False
    assert started == [0, 1]


def test_pause_purges_the_voice_and_resume_says_the_sentence_again(qtbot):
    windows = Windows(sapi=[ZIRA])
    engine = ReadAloud(SapiBackend(create=windows))
    engine.speak(["One.", "Two."], "en")
    engine.pause()
    assert windows.voice.calls[-1] == ("", SVSF_ASYNC | SVSF_PURGE_BEFORE_SPEAK, "Zira", 0)
    with qtbot.assertNotEmitted(engine.backend.done, wait=200):
        pass
    assert engine.state is State.PAUSED
    engine.resume()
    assert [call[0] for call in windows.voice.calls] == ["One.", "", "One."]


def test_a_voice_that_breaks_stops_reading_with_a_message(qtbot):
    windows = Windows(sapi=[ZIRA])
    engine = ReadAloud(SapiBackend(create=windows))
    engine.speak(["One.", "Two."], "en")
    with qtbot.waitSignal(engine.failed, timeout=2000) as failed:
        windows.voice.broken = True
    assert failed.args == ["Reading aloud stopped: Windows speech reported “the voice went away”."]
    assert engine.state is State.IDLE


def test_a_voice_that_cannot_speak_reports_it_after_say_returns(qtbot):
    windows = Windows(sapi=[ZIRA])
    backend = SapiBackend(create=windows)
    windows.voice.broken = True
    errors: list[str] = []
    backend.error.connect(errors.append)
    backend.say("One.", "en", 1.0)
    assert errors == []
    qtbot.waitUntil(lambda: errors != [], timeout=2000)
    assert "Class not registered" in errors[0]


def test_cancel_right_after_a_failed_say_reports_nothing(qtbot):
    windows = Windows(sapi=[ZIRA])
    backend = SapiBackend(create=windows)
    windows.voice.broken = True
    with qtbot.assertNotEmitted(backend.error, wait=200):
        backend.say("One.", "en", 1.0)
        backend.cancel()
