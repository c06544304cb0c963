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
    for option in ("--lang", "--open", "--content", "--check-content", "--screenshot", "--size",
                   "--theme"):
        assert option in done.stdout


def test_check_content_passes_on_the_shipped_content():
    done = rugwijzer("--check-content")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s), 0 warning(s), 24 note(s)" in done.stdout


def test_unapproved_additions_are_notes_that_leave_the_exit_status_alone(tmp_path):
    text = topic_text("uitleg", addition="true", sources='["NHG-Standaard"]',
                      body="Tekst.\n\n::: addition\nUitleg.\n:::\n")
    path = write_topic(tmp_path, "nl", "uitleg", text)
    write_topic(tmp_path, "en", "uitleg", text)
    done = rugwijzer("--check-content", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{path}:13: note: addition not yet approved by the clinic's physician" \
        in done.stdout
    assert "0 error(s), 0 warning(s), 26 note(s)" in done.stdout


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


def test_a_screenshot_shows_the_theme_asked_for(tmp_path):
    from rugwijzer.ui.theme import PALETTES

    shot = tmp_path / "shot.png"
    done = rugwijzer("--screenshot", str(shot), "--size", "800x500", "--theme", "dark",
                     env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    # The toolbar's corner, in the dark theme's paper.
    assert QImage(str(shot)).pixelColor(2, 2).name().upper() == PALETTES["dark"].paper


def test_an_unknown_theme_is_a_usage_error():
    done = rugwijzer("--theme", "sepia")
    assert done.returncode == 2
    assert "invalid choice: 'sepia'" in done.stderr
    assert "high-contrast" in done.stderr


def test_bad_size_is_a_clear_usage_error(tmp_path):
    done = rugwijzer("--screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert done.returncode == 2
    assert "'huge' is not a size like 1366x768" in done.stderr


def test_check_content_names_each_unreadable_file_without_a_traceback(tmp_path):
    """Files that once stopped the check with a traceback are each named with file and line."""
    def write(relative, data):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    latin = write("notices/nl/a.md", b'+++\ntitle="\xff"\n+++\nx\n')
    folders = [tmp_path / name for name in ("notices/nl/x.md", "nl/x.md", "en/y.md")]
    for folder in folders:
        folder.mkdir(parents=True)
    deep = write("nl/diep.md", topic_text("diep", a="[" * 500 + "]" * 500).encode())
    table = write("nl/tabel.md", topic_text("tabel", a="{b=" * 500 + "1" + "}" * 500).encode())
    nested = write("nl/lijst.md", topic_text("lijst", body="- " * 1000 + "x\n").encode())
    huge = write("nl/groot.md", topic_text("groot", body="woord " * 1_750_000).encode())
    for lang in ("nl", "en"):
        write(f"{lang}/bom.md", b"\xef\xbb\xbf" + topic_text("bom").encode())
    done = rugwijzer("--check-content", str(tmp_path))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    reported = done.stdout.splitlines()
    for location in [f"{latin}:2: not UTF-8 text", f"{deep}:8: invalid front matter",
                     f"{table}:8: invalid front matter", f"{nested}:9: lists, quotes",
                     f"{huge}:9: the file is 10.0 MiB",
                     *(f"{folder}: is a folder" for folder in folders)]:
        assert any(line.startswith(location) for line in reported), (location, reported)
    assert not any("bom.md" in line for line in reported)
    assert "8 error(s)" in done.stderr


def test_the_command_line_becomes_typed_start_options():
    from pathlib import Path

    from rugwijzer.__main__ import build_parser
    from rugwijzer.options import StartOptions

    args = build_parser().parse_args(["--lang", "en", "--open", "hernia", "--open", "scoliose",
                                      "--kiosk", "--idle-reset", "60", "--size", "800x600",
                                      "--mark", "disc-L4-L5", "--note", "Tot ziens",
                                      "--theme", "high-contrast"])
    options = StartOptions.from_args(args)
    assert options == StartOptions(lang="en", topics=("hernia", "scoliose"), kiosk=True,
                                   idle_reset=60, size=(800, 600), marks=("disc-L4-L5",),
                                   note="Tot ziens", theme="high-contrast")
    assert options.topic == "hernia" and StartOptions().topic is None
    defaults = StartOptions.from_args(build_parser().parse_args(["--clinic", "k.toml"]))
    assert defaults == StartOptions(clinic=Path("k.toml"))
