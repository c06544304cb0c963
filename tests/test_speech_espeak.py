"""The Linux voice: espeak-ng, one process a sentence."""

from __future__ import annotations

import shutil
import time
import wave
from pathlib import Path

import pytest

from rugwijzer.speech import ReadAloud
from rugwijzer.speech.espeak import EspeakBackend, child_environment, words_per_minute

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed")


def fake_program(folder: Path, body: str) -> str:
    """A stand-in for espeak-ng: a shell script that records its arguments and input."""
    path = folder / "espeak-ng"
    path.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{folder}/arguments"\n'
                    f'cat > "{folder}/input"\n{body}\n', encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def duration(path: Path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def test_the_speed_maps_to_words_per_minute_within_espeaks_limits():
    assert words_per_minute(1.0) == 175
    assert words_per_minute(0.5) == 88
    assert words_per_minute(2.0) == 350
    assert words_per_minute(0.1) == 80
    assert words_per_minute(5.0) == 450


def test_a_frozen_build_gives_system_programs_the_systems_libraries():
    frozen = {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/opt/rugwijzer/_internal",
              "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    assert child_environment(frozen, frozen=True) == {
        "PATH": "/usr/bin", "LD_LIBRARY_PATH": "/usr/local/lib"}
    assert child_environment({"LD_LIBRARY_PATH": "/opt/rugwijzer/_internal"},
                             frozen=True) == {}
    assert child_environment(frozen, frozen=False) == frozen


def test_the_sentence_goes_in_through_standard_input_with_voice_and_speed(qtbot, tmp_path):
    backend = EspeakBackend(program=fake_program(tmp_path, "exit 0"))
    with qtbot.waitSignal(backend.done, timeout=5000):
        backend.say("-v is geen optie; “Dit” wel.", "nl", 1.5)
    assert (tmp_path / "arguments").read_text().split() == [
        "-v", "nl", "-s", "262", "-b", "1", "--stdin"]
    assert (tmp_path / "input").read_text(encoding="utf-8") == "-v is geen optie; “Dit” wel."


@pytest.mark.parametrize(("body", "detail"), [
    ("echo 'Error: The specified espeak-ng voice does not exist.' >&2; exit 1",
     "Error: The specified espeak-ng voice does not exist."),
    # espeak-ng exits with 0 when it cannot open the sound device
    ("echo 'ALSA lib pcm.c: Unknown PCM default' >&2; "
     "echo 'error: No such file or directory' >&2; exit 0",
     "error: No such file or directory"),
    ("exit 3", "exit status 3"),
])
def test_a_failing_espeak_is_reported_with_what_it_said(qtbot, tmp_path, body, detail):
    backend = EspeakBackend(program=fake_program(tmp_path, body))
    with qtbot.assertNotEmitted(backend.done), \
            qtbot.waitSignal(backend.error, timeout=5000) as error:
        backend.say("Test.", "nl", 1.0)
    assert error.args == [f"Reading aloud stopped: espeak-ng reported “{detail}”."]


def test_a_crashing_espeak_is_reported(qtbot, tmp_path):
    backend = EspeakBackend(program=fake_program(tmp_path, "kill -SEGV $$"))
    with qtbot.waitSignal(backend.error, timeout=5000) as error:
        backend.say("Test.", "nl", 1.0)
    assert "stopped unexpectedly" in error.args[0]


def test_a_missing_program_is_reported_with_what_to_install(qtbot, tmp_path):
    backend = EspeakBackend(program=str(tmp_path / "espeak-ng"))
    assert not backend.has_voice("nl")
    assert "espeak-ng" in backend.missing_voice("nl")
    assert "Nederlands" in backend.missing_voice("nl")
    with qtbot.waitSignal(backend.error, timeout=5000) as error:
        backend.say("Test.", "nl", 1.0)
    assert "install the package espeak-ng" in error.args[0]


def test_cancel_ends_the_sentence_at_once_and_nothing_is_reported(qtbot, tmp_path):
    backend = EspeakBackend(program=fake_program(tmp_path, "exec sleep 30"))
    backend.say("Een lange zin.", "nl", 1.0)
    qtbot.waitUntil(lambda: (tmp_path / "input").exists(), timeout=5000)
    started = time.monotonic()
    with qtbot.assertNotEmitted(backend.done, wait=200), \
            qtbot.assertNotEmitted(backend.error, wait=200):
        backend.cancel()
    assert time.monotonic() - started < 2
    backend.cancel()


@needs_espeak
def test_espeak_has_dutch_and_english_voices_and_no_klingon(qapp):
    backend = EspeakBackend()
    assert backend.has_voice("nl")
    assert backend.has_voice("en")
    assert not backend.has_voice("tlh")


@needs_espeak
def test_dutch_sentences_are_really_synthesized_one_file_each(qtbot, tmp_path):
    engine = ReadAloud(EspeakBackend(wav_folder=tmp_path))
    started: list[int] = []
    engine.sentenceStarted.connect(started.append)
    with qtbot.waitSignal(engine.finished, timeout=20000):
        engine.speak(["Wanneer de ringen in de discus scheuren, kan de kern naar buiten komen.",
                      "Dit kan veel pijn geven."], "nl")
    assert started == [0, 1]
    first, second = tmp_path / "sentence-1.wav", tmp_path / "sentence-2.wav"
    assert first.read_bytes()[:4] == b"RIFF" and first.read_bytes()[8:12] == b"WAVE"
    assert duration(first) > 2.0
    assert 0.5 < duration(second) < duration(first)


@needs_espeak
def test_a_faster_rate_gives_shorter_speech(qtbot, tmp_path):
    engine = ReadAloud(EspeakBackend(wav_folder=tmp_path))
    sentence = "Oefentherapie helpt vaak bij rugklachten."
    for rate in (0.5, 2.0):
        engine.set_rate(rate)
        with qtbot.waitSignal(engine.finished, timeout=20000):
            engine.speak([sentence], "nl")
    slow, fast = duration(tmp_path / "sentence-1.wav"), duration(tmp_path / "sentence-2.wav")
    assert fast < slow / 2.5
