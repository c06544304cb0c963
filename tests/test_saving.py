"""Saving never claims what did not happen and never destroys what was there."""

import errno
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from conftest import show
from rugwijzer.files import write_atomically


def rugwijzer(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "rugwijzer", *args], capture_output=True,
                          text=True, timeout=120, env=env, check=False)


def test_a_handout_to_a_device_is_refused_not_reported_as_saved():
    done = rugwijzer("--handout", "/dev/full", "--open", "hernia")
    assert done.returncode == 1
    assert "/dev/full" in done.stderr and "no handout was written" in done.stderr
    assert "/dev/full" not in done.stdout


def test_a_handout_into_a_missing_folder_fails_cleanly(tmp_path):
    out = tmp_path / "no-such-folder" / "h.pdf"
    done = rugwijzer("--handout", str(out), "--open", "hernia")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "no handout was written" in done.stderr
    assert not out.parent.exists()


def test_a_full_disk_leaves_the_existing_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "samenvatting.pdf"
    target.write_bytes(b"the earlier handout")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"the earlier handout"
    assert [p.name for p in tmp_path.iterdir()] == ["samenvatting.pdf"]


def test_a_written_file_replaces_the_old_one_whole(tmp_path):
    target = tmp_path / "samenvatting.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


# The offscreen platform cannot pass a dialog's size constraints on; real screens can.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_saving_in_the_program_reports_a_failure_in_a_dialog(make_window, qtbot, tmp_path,
                                                             monkeypatch):
    window = make_window(topic="hernia")
    show(window, qtbot)
    target = tmp_path / "samenvatting.pdf"
    target.write_bytes(b"the earlier handout")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert not window.consultation_mode.save_handout(target)
    box = window.findChild(QMessageBox, "handoutNotSaved")
    assert box is not None and box.isVisible()
    assert "No space left" in box.text() and str(target) in box.text()
    assert target.read_bytes() == b"the earlier handout"
    assert "saved" not in window.statusBar().currentMessage()
    box.close()


def test_saving_in_the_program_says_where_the_file_went(make_window, tmp_path):
    window = make_window(topic="hernia")
    target = tmp_path / "samenvatting.pdf"
    assert window.consultation_mode.save_handout(target)
    assert len(PdfReader(str(target)).pages) >= 1
    assert str(target) in window.statusBar().currentMessage()


def test_an_unwritable_settings_folder_gets_a_notice(qtbot, qapp, tmp_path, monkeypatch):
    from conftest import hide_first
    from rugwijzer.app import build_window
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    monkeypatch.setattr("rugwijzer.content.clinic.system_profile_path",
                        lambda *args, **kwargs: tmp_path / "no-system-profile.toml")
    settings = Settings(blocker / "settings.ini")
    window = build_window(StartOptions(lang="nl"), settings=settings)
    qtbot.addWidget(window, before_close_func=hide_first)
    try:
        assert any(str(blocker) in message for message in window.notice_bar.messages())
        settings.set_value("language", "en")
        assert not settings.sync()
    finally:
        window.translations.uninstall()
