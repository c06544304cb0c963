"""The reader's session: one announcement per change, and a reset that leaves nothing."""

import pytest

from rugwijzer.session import Session
from rugwijzer.settings import DEFAULT_TEXT_SIZE, TEXT_SIZES


def recorded(signal) -> list:
    seen = []
    signal.connect(seen.append)
    return seen


def test_a_change_of_language_or_text_size_is_announced_once():
    session = Session("nl")
    languages, sizes = recorded(session.languageChanged), recorded(session.textSizeChanged)
    session.set_language("en")
    session.set_language("en")
    session.set_text_size(99)
    session.set_text_size(len(TEXT_SIZES) - 1)
    assert languages == ["en"] and session.language == "en"
    assert sizes == [len(TEXT_SIZES) - 1] and session.text_size == len(TEXT_SIZES) - 1
    with pytest.raises(ValueError, match="xx"):
        session.set_language("xx")
    assert languages == ["en"]


def test_a_reset_forgets_the_reader():
    session = Session("en", text_size=5)
    session.history.visit("hernia")
    session.scroll_positions["hernia"] = 300
    session.experience_filter = "condition=hernia"
    session.consultation.marks.add("disc-L4-L5")
    languages, sizes = recorded(session.languageChanged), recorded(session.textSizeChanged)
    session.reset("nl")
    assert (languages, sizes) == (["nl"], [DEFAULT_TEXT_SIZE])
    assert session.history.entries() == [] and session.scroll_positions == {}
    assert session.experience_filter == "" and session.consultation.marks == set()


def test_a_change_of_theme_is_announced_once_and_a_reset_restores_the_readers_first():
    session = Session("nl", theme="system")
    themes = recorded(session.themeChanged)
    session.set_theme("dark")
    session.set_theme("dark")
    assert themes == ["dark"] and session.theme == "dark"
    with pytest.raises(ValueError, match="sepia"):
        session.set_theme("sepia")
    session.reset("nl", theme="high-contrast")
    assert themes == ["dark", "high-contrast"]
