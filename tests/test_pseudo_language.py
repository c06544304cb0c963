"""A third language is data: with a pseudo-language added as content, keys in the data
files and a translation file, every page shows every text whole."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

import pseudo_language
from pseudo_language import clipped, pseudo


def test_pseudo_texts_are_bracketed_a_third_longer_and_keep_what_must_stay():
    assert pseudo("Back") == "[Bacck]"
    text = "There is no topic “{topic}”; see [the disc](region:disc-L4-L5) &amp; %n more."
    made = pseudo(text)
    assert made.startswith("[") and made.endswith("]")
    for kept in ("{topic}", "](region:disc-L4-L5)", "&amp;", "%n"):
        assert kept in made
    plain = "Choose a part of the spine to see which topics are about it."
    assert len(pseudo(plain)) >= len(plain) * 1.3


# The offscreen test platform cannot pass a window's size limits to a window system and
# says so; that is the test platform's limit, not Rugwijzer's.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_the_check_finds_a_text_that_does_not_fit(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    button = QPushButton("A name much too long for its button")
    button.setFixedWidth(60)
    label = QLabel("A label with a long text that must wrap onto lines")
    label.setWordWrap(True)
    label.setFixedSize(80, 20)
    layout.addWidget(button)
    layout.addWidget(label)
    window.show()
    qtbot.waitExposed(window)
    found = {(item["class"], item["text"]) for item in clipped(window, "test")}
    assert found == {("QPushButton", button.text()), ("QLabel", label.text())}


@pytest.fixture(scope="module")
def pseudo_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pseudo")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run([sys.executable, pseudo_language.__file__, str(folder)],
                          capture_output=True, text=True, timeout=600, env=environment,
                          check=False)
    assert done.returncode == 0, done.stderr
    return folder, json.loads(done.stdout)


def test_a_pseudo_language_needs_no_code_and_passes_the_content_check(pseudo_run):
    folder, result = pseudo_run
    assert (folder / "resources" / "content" / "xx" / "hernia.md").is_file()
    assert result["checked"]["failed"] == 0
    assert ": 0 error(s), 0 warning(s)" in result["checked"]["problems"][-1]
    assert result["shown"]["back"] == "[Bacck]", "the interface speaks the new language"
    assert result["shown"]["title"].startswith("[Gloossaaryy]"), "and so does the content"
    assert result["shown"]["topics"] >= 14


def test_every_page_in_the_pseudo_language_shows_every_text_whole(pseudo_run):
    _folder, result = pseudo_run
    seen = set(result["inspected"])
    # The walk went through the desktop, consultation and tablet pages and overlays.
    assert {"tileTitle", "startSpineTopicTitle", "spineCaption", "spineTopicTitle",
            "step-injectie", "printHandout", "brand", "topicsButton", "pinOk",
            "staffLeave", "stillThereButton", "searchHeading", "searchClose",
            "readAloudPlay"} <= seen, seen
    assert result["clipped"] == []


def test_the_pseudo_language_is_made_in_a_copy(pseudo_run):
    from rugwijzer import resources

    assert not (resources.content_dir() / "xx").exists()
    assert Path(pseudo_run[0], "resources", "translations", "rugwijzer_xx.qm").is_file()
