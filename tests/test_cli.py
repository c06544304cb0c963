"""The real command, started as a separate process like a script or clinic IT would."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from conftest import topic_text, write_topic
from rugwijzer import __version__


def rugwijzer(*args, env=None):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "rugwijzer", *args], capture_output=True,
                          text=True, timeout=120, env=environment, check=False)


def test_version():
    done = rugwijzer("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"rugwijzer {__version__}"


def test_help_lists_the_options():
    done = rugwijzer("--help")
    assert done.returncode == 0
    for option in ("--lang", "--open", "--content", "--check-content", "--screenshot", "--size"):
        assert option in done.stdout


def test_check_content_passes_on_the_shipped_content():
    done = rugwijzer("--check-content")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout


def test_check_content_names_file_and_line_and_fails(tmp_path):
    broken = write_topic(tmp_path, "nl", "kapot",
                         topic_text("kapot", body="Zie [x](topic:bestaat-niet).\n"))
    write_topic(tmp_path, "en", "kapot", topic_text("kapot"))
    done = rugwijzer("--check-content", str(tmp_path))
    assert done.returncode == 1
    assert f"{broken}:9: link to unknown topic 'bestaat-niet'" in done.stdout
    assert "1 error(s)" in done.stderr


def test_unknown_language_is_a_usage_error():
    done = rugwijzer("--lang", "fr")
    assert done.returncode == 2
    assert "invalid choice: 'fr'" in done.stderr


def test_screenshot_has_the_asked_size(tmp_path):
    shot = tmp_path / "shot.png"
    done = rugwijzer("--screenshot", str(shot), "--size", "1024x600", "--open", "hernia",
                     "--lang", "en", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 600)
    assert image.pixelColor(5, 5).isValid()


def test_screenshot_of_an_unknown_topic_says_so_and_shows_start(tmp_path):
    shot = tmp_path / "shot.png"
    done = rugwijzer("--screenshot", str(shot), "--open", "bestaat-niet",
                     env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0
    assert "unknown topic 'bestaat-niet'" in done.stderr
    assert shot.exists()


def test_bad_size_is_a_clear_usage_error(tmp_path):
    done = rugwijzer("--screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert done.returncode == 2
    assert "'huge' is not a size like 1366x768" in done.stderr


def test_the_command_line_becomes_typed_start_options():
    from pathlib import Path

    from rugwijzer.__main__ import build_parser
    from rugwijzer.options import StartOptions

    args = build_parser().parse_args(["--lang", "en", "--open", "hernia", "--open", "scoliose",
                                      "--kiosk", "--idle-reset", "60", "--size", "800x600",
                                      "--mark", "disc-L4-L5", "--note", "Tot ziens"])
    options = StartOptions.from_args(args)
    assert options == StartOptions(lang="en", topics=("hernia", "scoliose"), kiosk=True,
                                   idle_reset=60, size=(800, 600), marks=("disc-L4-L5",),
                                   note="Tot ziens")
    assert options.topic == "hernia" and StartOptions().topic is None
    defaults = StartOptions.from_args(build_parser().parse_args(["--clinic", "k.toml"]))
    assert defaults == StartOptions(clinic=Path("k.toml"))
