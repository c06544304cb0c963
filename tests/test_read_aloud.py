"""The read-aloud engine: sentence by sentence, with pause, stop, speed and a missing voice."""

from __future__ import annotations

import pytest

from rugwijzer.speech import ReadAloud, State, split_sentences
from rugwijzer.speech.fake import FakeBackend, Utterance

SENTENCES = ["Hernia.", "Dit kan veel pijn geven.", "Bel ons."]


class Events:
    """Every signal of the engine, in the order they came."""

    def __init__(self, engine: ReadAloud) -> None:
        self.seen: list[tuple] = []
        engine.sentenceStarted.connect(lambda i: self.seen.append(("sentence", i)))
        engine.finished.connect(lambda: self.seen.append(("finished",)))
        engine.failed.connect(lambda message: self.seen.append(("failed", message)))
        engine.stateChanged.connect(lambda state: self.seen.append(("state", state)))

    def take(self) -> list[tuple]:
        seen, self.seen = self.seen, []
        return seen


@pytest.fixture
def backend(qapp):
    return FakeBackend()


@pytest.fixture
def engine(backend):
    engine = ReadAloud(backend)
    yield engine
    engine.deleteLater()


def test_sentences_are_read_one_after_another(engine, backend):
    events = Events(engine)
    engine.speak(SENTENCES, "nl")
    assert events.take() == [("state", State.SPEAKING), ("sentence", 0)]
    assert backend.spoken == [Utterance("Hernia.", "nl", 1.0)]

    backend.finish()
    assert events.take() == [("sentence", 1)]
    backend.finish()
    assert events.take() == [("sentence", 2)]
    assert engine.index == 2
    backend.finish()
    assert events.take() == [("state", State.IDLE), ("finished",)]
    assert [u.text for u in backend.spoken] == SENTENCES
    assert engine.state is State.IDLE and engine.index == -1


def test_sentences_from_the_splitter_are_read_by_their_text(engine, backend):
    engine.speak(split_sentences("Title\nOne. Two."), "en")
    backend.finish()
    backend.finish()
    assert [(u.text, u.lang) for u in backend.spoken] == [
        ("Title", "en"), ("One.", "en"), ("Two.", "en")]


def test_pause_stops_the_sentence_and_resume_reads_it_again_from_its_start(engine, backend):
    events = Events(engine)
    engine.speak(SENTENCES, "nl")
    backend.finish()
    events.take()

    engine.pause()
    assert backend.cancels == 1 and backend.speaking is None
    assert engine.state is State.PAUSED and engine.index == 1
    assert events.take() == [("state", State.PAUSED)]

    engine.resume()
    assert events.take() == [("state", State.SPEAKING), ("sentence", 1)]
    assert [u.text for u in backend.spoken] == [
        "Hernia.", "Dit kan veel pijn geven.", "Dit kan veel pijn geven."]
    backend.finish()
    backend.finish()
    assert events.take() == [("sentence", 2), ("state", State.IDLE), ("finished",)]


def test_pause_and_resume_do_nothing_when_they_do_not_apply(engine, backend):
    events = Events(engine)
    engine.pause()
    engine.resume()
    engine.stop()
    assert events.take() == [] and backend.cancels == 0
    engine.speak(SENTENCES, "nl")
    engine.resume()
    engine.pause()
    engine.pause()
    assert backend.cancels == 1 and len(backend.spoken) == 1


def test_stop_clears_everything_without_finishing(engine, backend):
    events = Events(engine)
    engine.speak(SENTENCES, "nl")
    events.take()
    engine.stop()
    assert events.take() == [("state", State.IDLE)]
    assert backend.cancels == 1 and engine.index == -1
    engine.resume()
    assert len(backend.spoken) == 1


def test_stop_while_paused_forgets_the_place(engine, backend):
    engine.speak(SENTENCES, "nl")
    backend.finish()
    engine.pause()
    engine.stop()
    engine.resume()
    assert engine.state is State.IDLE and len(backend.spoken) == 2


def test_speaking_again_starts_over_with_the_new_text(engine, backend):
    events = Events(engine)
    engine.speak(SENTENCES, "nl")
    engine.speak(["Back pain."], "en")
    assert events.take() == [("state", State.SPEAKING), ("sentence", 0),
                             ("state", State.IDLE), ("state", State.SPEAKING), ("sentence", 0)]
    assert backend.cancels == 1
    backend.finish()
    assert events.take() == [("state", State.IDLE), ("finished",)]


def test_the_rate_goes_to_the_next_sentence_within_its_limits(engine, backend):
    engine.set_rate(1.5)
    engine.speak(SENTENCES, "nl")
    engine.set_rate(3.0)
    assert engine.rate == 2.0
    backend.finish()
    engine.set_rate(0.1)
    assert engine.rate == 0.5
    backend.finish()
    assert [u.rate for u in backend.spoken] == [1.5, 2.0, 0.5]


def test_nothing_to_read_finishes_at_once(engine, backend):
    events = Events(engine)
    engine.speak([], "nl")
    assert events.take() == [("finished",)]
    assert backend.spoken == []


def test_without_a_voice_the_engine_says_what_to_install_and_reads_nothing(qapp):
    backend = FakeBackend(languages=("en",))
    engine = ReadAloud(backend)
    events = Events(engine)
    assert engine.available("en") and not engine.available("nl")
    assert engine.missing_voice_message("nl") == "no voice for nl"
    engine.speak(SENTENCES, "nl")
    assert events.take() == [("failed", "no voice for nl")]
    assert backend.spoken == [] and engine.state is State.IDLE


def test_a_backend_that_breaks_stops_reading_with_its_message(engine, backend):
    events = Events(engine)
    engine.speak(SENTENCES, "nl")
    events.take()
    backend.fail("espeak-ng stopped")
    assert events.take() == [("state", State.IDLE), ("failed", "espeak-ng stopped")]
    backend.done.emit()
    assert events.take() == []
    engine.speak(["Opnieuw."], "nl")
    assert engine.state is State.SPEAKING


def test_a_late_report_from_a_cancelled_sentence_is_ignored(engine, backend):
    events = Events(engine)
    engine.speak(SENTENCES, "nl")
    engine.pause()
    events.take()
    backend.done.emit()
    backend.error.emit("late")
    assert events.take() == []
    assert engine.state is State.PAUSED and engine.index == 0
