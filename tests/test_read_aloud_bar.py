"""Reading an article aloud in the window: what is read, the highlighted sentence, the
buttons, when reading stops, a missing voice, tablet mode, and a real voice."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from conftest import show
from rugwijzer.content.contrast import ratio
from rugwijzer.speech import ReadAloud
from rugwijzer.speech.fake import FakeBackend
from rugwijzer.ui import theme
from rugwijzer.ui.kiosk.mode import KioskConfig
from rugwijzer.ui.speech.passage import passage

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def voice(monkeypatch, qapp):
    """The window's voice: a stand-in that speaks nothing and is told when a sentence ends."""
    backend = FakeBackend()
    monkeypatch.setattr("rugwijzer.speech.create_engine",
                        lambda parent=None: ReadAloud(backend, parent))
    return backend


def reading_window(make_window, qtbot, topic="hernia", lang="nl", size=(1100, 700)):
    window = make_window(lang=lang, topic=topic)
    window.resize(*size)
    show(window, qtbot)
    return window


def highlighted(window) -> str:
    selections = window.article.extraSelections()
    assert len(selections) <= 1
    return selections[0].cursor.selectedText() if selections else ""


def document_text(document: QTextDocument, start: int, end: int) -> str:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


# ----- what is read ---------------------------------------------------------------------

def test_the_passage_is_everything_before_the_footer_in_sentences(qapp):
    document = QTextDocument()
    document.setHtml("<h1>Hernia</h1><p class='lead'>De kern komt naar buiten.</p>"
                     "<p>Eerste zin. Tweede zin<br/>op een nieuwe regel.</p>"
                     "<ul><li>de locatie</li></ul>"
                     "<table><tr><td><p>Extra uitleg</p><p>Een toevoeging. <img src='x'/>"
                     "Met plaatje.</p></td></tr></table>"
                     "<hr/><p>Bron: ViaSana. Bijgewerkt op 2 december.</p>")
    spoken = passage(document)
    assert [s.text for s in spoken] == [
        "Hernia", "De kern komt naar buiten.", "Eerste zin.", "Tweede zin",
        "op een nieuwe regel.", "de locatie", "Extra uitleg", "Een toevoeging.", "Met plaatje."]
    for sentence in spoken:
        assert document_text(document, sentence.start, sentence.end).replace(
            "\ufffc", " ").strip() == sentence.text


def test_a_text_without_a_rule_is_read_whole(qapp):
    document = QTextDocument()
    document.setHtml("<p>Een. Twee.</p>")
    assert [s.text for s in passage(document)] == ["Een.", "Twee."]


def test_the_hernia_page_is_read_from_its_title_through_its_text_not_its_footer(
        make_window, qtbot, voice):
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    texts = [s.text for s in bar.sentences]
    assert voice.spoken[0].text == "Hernia" and voice.spoken[0].lang == "nl"
    assert texts[1] == "De kern van de tussenwervelschijf komt door een scheur in de ring naar " \
                       "buiten."
    assert "Dan kan de pijn uitstralen naar het been." in texts  # the addition
    assert not any(t.startswith(("Bron:", "Source:")) for t in texts)
    document = window.article.document()
    for sentence in bar.sentences:
        assert document_text(document, sentence.start, sentence.end).replace(
            "\ufffc", " ").strip() == sentence.text


def test_a_window_that_starts_in_english_reads_in_english(make_window, qtbot, voice):
    window = reading_window(make_window, qtbot, lang="en")
    window.article_page.read_aloud.play_button.click()
    assert voice.spoken[0].text == "Herniated disc" and voice.spoken[0].lang == "en"


# ----- highlighting ---------------------------------------------------------------------

def test_the_sentence_being_read_is_highlighted_and_scrolled_into_view(make_window, qtbot,
                                                                       voice):
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    scroll = window.article.verticalScrollBar()
    bar.play_button.click()
    assert highlighted(window) == "Hernia" and scroll.value() == 0
    voice.finish()
    assert bar.current == 1
    assert highlighted(window) == bar.sentences[1].text
    viewport = window.article.viewport().rect()
    while scroll.value() == 0:
        voice.finish()
        assert bar.state == "speaking", "some sentence lies below the first screen"
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(bar.sentences[bar.current].start)
    assert viewport.contains(window.article.cursorRect(cursor))
    assert highlighted(window) == bar.sentences[bar.current].text
    while bar.state == "speaking":
        voice.finish()
    assert highlighted(window) == "" and bar.current == -1


def test_the_highlight_keeps_every_colour_of_the_text_readable(make_window, qtbot, voice):
    window = reading_window(make_window, qtbot)
    window.article_page.read_aloud.play_button.click()
    selection = window.article.extraSelections()[0]
    background = selection.format.background().color().name()
    c = theme.COLOURS
    assert background.upper() == c.notice.upper()
    for colour in (c.text, c.accent, c.muted, c.addition_text):
        assert ratio(colour, background) >= 4.5, colour


def test_pause_resume_stop_and_the_speed(make_window, qtbot, voice):
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    assert bar.play_button.text() == "Voorlezen" and not bar.stop_button.isEnabled()
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert bar.play_button.text() == "Pauze" and bar.stop_button.isEnabled()
    assert bar.play_button.accessibleName() == "Voorlezen pauzeren"
    voice.finish()
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert bar.state == "paused" and bar.play_button.text() == "Verder"
    assert highlighted(window) == bar.sentences[1].text, "the place is kept while paused"
    bar.speed.setCurrentIndex(bar.speed.findText("Snelheid 1,5×"))
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert bar.state == "speaking"
    assert voice.spoken[-1].text == bar.sentences[1].text and voice.spoken[-1].rate == 1.5
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert bar.state == "idle" and highlighted(window) == ""
    assert bar.play_button.text() == "Voorlezen" and not bar.stop_button.isEnabled()


def test_the_bar_is_reached_with_the_keyboard_and_named(make_window, qtbot, voice):
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    for widget in (bar.play_button, bar.stop_button, bar.speed):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert widget.accessibleName()
    bar.play_button.setFocus()
    qtbot.keyClick(bar.play_button, Qt.Key.Key_Space)
    assert bar.state == "speaking"
    assert [bar.speed.itemText(i) for i in range(bar.speed.count())] == [
        "Snelheid 0,75×", "Snelheid 1×", "Snelheid 1,25×", "Snelheid 1,5×"]


# ----- when reading stops ---------------------------------------------------------------

@pytest.mark.parametrize("change", ["topic", "start", "search", "language", "close"])
def test_reading_stops_when_the_page_changes(make_window, qtbot, voice, change):
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    bar.play_button.click()
    voice.finish()
    cancels = voice.cancels
    if change == "topic":
        window.open_topic("scoliose")
    elif change == "start":
        window.navigator.go_start()
    elif change == "search":
        qtbot.keyClicks(window.toolbar.search_field, "rug")
    elif change == "language":
        window.session.set_language("en")
    else:
        window.close()
    assert bar.state == "idle" and voice.cancels > cancels
    assert highlighted(window) == ""
    if change == "language":
        bar.play_button.click()
        assert voice.spoken[-1].text == "Herniated disc" and voice.spoken[-1].lang == "en"


def test_an_idle_reset_stops_reading_and_forgets_the_speed(make_window, qtbot, voice):
    window = make_window(topic="hernia")
    window.clinic = dataclasses.replace(window.clinic, read_aloud=True)
    window.kiosk_mode.enter(KioskConfig())
    show(window, qtbot)
    bar = window.article_page.read_aloud
    assert bar.isVisibleTo(window)
    bar.speed.setCurrentIndex(0)
    bar.play_button.click()
    window.reset_session()
    assert bar.state == "idle" and voice.speaking is None
    assert bar.speed.currentText() == "Snelheid 1×"
    window.open_topic("hernia")
    bar.play_button.click()
    assert voice.spoken[-1].rate == 1.0
    window.kiosk_mode.idle.stop(QApplication.instance())
    window.hide()


def test_a_tablet_reads_aloud_only_when_the_clinic_says_so(make_window, qtbot, voice):
    desktop = make_window(topic="hernia")
    assert not desktop.article_page.read_aloud.isHidden()
    window = make_window(topic="hernia")
    window.kiosk_mode.enter(KioskConfig())
    show(window, qtbot)
    assert window.article_page.read_aloud.isHidden()
    window.kiosk_mode.idle.stop(QApplication.instance())
    window.hide()


def test_in_tablet_mode_the_buttons_are_large_enough_for_a_finger(make_window, qtbot, voice):
    window = make_window(topic="hernia")
    window.clinic = dataclasses.replace(window.clinic, read_aloud=True)
    window.kiosk_mode.enter(KioskConfig())
    window.resize(1280, 800)
    show(window, qtbot)
    bar = window.article_page.read_aloud
    for widget in (bar.play_button, bar.stop_button, bar.speed):
        assert widget.height() >= 48 and widget.width() >= 48, widget.objectName()
    window.kiosk_mode.idle.stop(QApplication.instance())
    window.hide()


# ----- no voice -------------------------------------------------------------------------

def test_without_a_voice_the_button_says_what_to_install_and_the_program_carries_on(
        make_window, qtbot, monkeypatch):
    mute = FakeBackend(languages=())
    monkeypatch.setattr("rugwijzer.speech.create_engine",
                        lambda parent=None: ReadAloud(mute, parent))
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    qtbot.waitUntil(lambda: bar.voice is False, timeout=5000)
    button = bar.play_button
    assert button.isEnabled() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.property("unavailable") is True
    assert button.toolTip() == "no voice for nl" == button.accessibleDescription()
    assert bar.status.text() == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "no voice for nl" and bar.status.isVisibleTo(window)
    assert mute.spoken == [] and bar.state == "idle"
    window.open_topic("scoliose")
    assert window.current_topic == "scoliose"


def test_a_voice_that_breaks_down_is_reported_in_the_bar(make_window, qtbot, voice):
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    bar.play_button.click()
    voice.fail("Reading aloud stopped: espeak-ng reported “no audio device”.")
    assert bar.state == "idle" and highlighted(window) == ""
    assert "no audio device" in bar.status.text()


# ----- loading ----------------------------------------------------------------------------

def test_the_speech_engine_is_loaded_only_after_the_window_has_appeared(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from rugwijzer.app import build_window\n"
        "from rugwijzer.options import StartOptions\n"
        "from rugwijzer.settings import Settings\n"
        f"window = build_window(StartOptions(lang='nl', topics=('hernia',)), "
        f"settings=Settings({str(tmp_path / 's.ini')!r}))\n"
        "window.show()\n"
        "while not window.ready:\n"
        "    QCoreApplication.processEvents()\n"
        "print('rugwijzer.speech' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"),
                                                     "QT_QPA_PLATFORM": "offscreen",
                                                     "HOME": str(tmp_path)})
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr


# ----- a real voice -----------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_the_hernia_page_is_read_with_espeak_one_sound_file_a_sentence(make_window, qtbot,
                                                                      monkeypatch, tmp_path):
    from rugwijzer.speech.espeak import EspeakBackend

    backend = EspeakBackend(wav_folder=tmp_path)
    monkeypatch.setattr("rugwijzer.speech.create_engine",
                        lambda parent=None: ReadAloud(backend, parent))
    window = reading_window(make_window, qtbot)
    bar = window.article_page.read_aloud
    heard = []
    bar.check_voice()
    bar.engine.sentenceStarted.connect(heard.append)
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.state == "idle", timeout=120_000)
    assert bar.status.text() == ""
    assert len(backend.written) == len(bar.sentences) > 20
    assert heard == list(range(len(bar.sentences)))
    for path in backend.written:
        with wave.open(str(path)) as sound:
            assert sound.getnframes() / sound.getframerate() > 0.2, path.name
