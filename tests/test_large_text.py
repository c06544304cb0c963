"""At the largest text size, twice the default, every page shows every text whole and
nothing lies over anything else: desktop, consultation, tablet in landscape and portrait,
and the tablet's overlays. The checks are those of the pseudo-language test."""

import pytest
from PySide6.QtWidgets import QApplication

from pseudo_language import clipped, overlays, settle, walk
from rugwijzer.settings import DEFAULT_TEXT_SIZE, TEXT_SIZES
from rugwijzer.ui.kiosk.mode import KioskConfig

LARGEST = len(TEXT_SIZES) - 1


def test_the_largest_text_is_twice_the_default():
    assert TEXT_SIZES[LARGEST] == 2 * TEXT_SIZES[DEFAULT_TEXT_SIZE]
    assert list(TEXT_SIZES) == sorted(set(TEXT_SIZES))


# The offscreen test platform cannot pass a frameless window's size limits on and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
def test_every_page_shows_every_text_whole_at_twice_the_size(make_window, size):
    # In Dutch, whose words are the longest of the languages shipped.
    lang = "nl"
    width, height = size
    window = make_window(lang=lang)
    window.resize(width, height)
    window.show()
    window.finish_startup()
    window.session.set_text_size(LARGEST)
    settle()
    assert window.look.body_px == TEXT_SIZES[LARGEST]
    topics = window.sidebar.topic_ids()
    state = f"{lang} {width}x{height}"
    found = walk(window, state, topics, lang)
    window.consultation_mode.set_active(True)
    found += walk(window, f"{state} consultation", topics, lang)
    window.consultation_mode.set_active(False)
    window.kiosk_mode.enter(KioskConfig())
    window.show()
    window.session.set_text_size(LARGEST)
    for tablet in (size, (height, width)):
        window.resize(*tablet)
        settle()
        where = f"{lang} tablet {tablet[0]}x{tablet[1]}"
        found += walk(window, where, topics, lang) + overlays(window, where)
    window.kiosk_mode.idle.stop(QApplication.instance())
    window.hide()
    assert found == []


def test_the_check_finds_a_title_cut_off_at_the_edge_of_the_topic_list(make_window):
    window = make_window()
    window.resize(1366, 768)
    window.show()
    window.session.set_text_size(LARGEST)
    settle()
    assert [row for row in clipped(window, "wide enough") if row["class"] == "row"] == []
    # A list held narrower than its longest word, as it was before it made room for it.
    window.sidebar.setMinimumWidth(0)
    window.sidebar.setMaximumWidth(200)
    settle()
    cut = {row["text"] for row in clipped(window, "too narrow") if row["class"] == "row"}
    assert "Slijtage van ruggenwervels" in cut
