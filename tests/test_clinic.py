"""The clinic profile: where it comes from, what may be wrong with it, what it changes."""

import hashlib
import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from rugwijzer import resources
from rugwijzer.content.clinic import (
    ClinicProfile,
    find_clinic,
    load_clinic,
    resolve_clinic_path,
    system_profile_path,
)
from rugwijzer.content.contrast import ratio

DEFAULT = resources.resource("clinic", "clinic.toml")


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_profile_names_the_clinic_and_invents_nothing():
    profile, problems = load_clinic(DEFAULT)
    assert problems == []
    assert profile.name == "ViaSana"
    assert not profile.has_contact
    assert profile.logo is None and profile.kiosk is False


def test_system_wide_location_per_platform(tmp_path):
    assert system_profile_path("linux", {}).as_posix() == "/etc/rugwijzer/clinic.toml"
    windows = system_profile_path("win32", {"PROGRAMDATA": str(tmp_path)})
    assert windows == tmp_path / "Rugwijzer" / "clinic.toml"


def test_candidates_in_order_of_precedence(tmp_path):
    cli = tmp_path / "cli.toml"
    assert resolve_clinic_path(cli, platform="linux", environ={}, default=DEFAULT) == [
        cli, Path("/etc/rugwijzer/clinic.toml"), DEFAULT]
    assert resolve_clinic_path(None, platform="darwin", environ={}, default=DEFAULT) == [
        Path("/etc/rugwijzer/clinic.toml"), DEFAULT]
    assert resolve_clinic_path(None, platform="win32", environ={"PROGRAMDATA": str(tmp_path)},
                               default=DEFAULT) == [
        tmp_path / "Rugwijzer" / "clinic.toml", DEFAULT]
    windows_default = resolve_clinic_path(None, platform="win32", environ={})[0]
    assert str(windows_default).replace("\\", "/") == "C:/ProgramData/Rugwijzer/clinic.toml"
    assert resolve_clinic_path(None, platform="linux", environ={})[-1] == DEFAULT, \
        "the shipped profile is the last resort"


def test_command_line_beats_system_wide_beats_shipped(tmp_path):
    environ = {"PROGRAMDATA": str(tmp_path)}
    system = write(tmp_path / "Rugwijzer" / "clinic.toml", 'name = "Systeemkliniek"\n')
    cli = write(tmp_path / "cli.toml", 'name = "Kliniek van de opdrachtregel"\n')
    assert find_clinic(cli, DEFAULT, platform="win32", environ=environ)[0].name == \
        "Kliniek van de opdrachtregel"
    assert find_clinic(None, DEFAULT, platform="win32", environ=environ)[0].path == system
    system.unlink()
    profile, problems = find_clinic(None, DEFAULT, platform="win32", environ=environ)
    assert profile.name == "ViaSana" and problems == []


def test_keys_left_out_come_from_the_shipped_profile(tmp_path):
    path = write(tmp_path / "c.toml", "# only comments, as installed\nkiosk = true\n")
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert problems == []
    assert profile.name == "ViaSana" and profile.kiosk


@pytest.mark.parametrize(("text", "line", "message"), [
    ('name = "A"\nwebsite = = "x"\n', 2, "invalid clinic profile"),
    ('name = "A"\naddress = """Straat 1\n', 2, "invalid clinic profile"),
    ('name = 3\n', 1, "'name' must be a text"),
    ('name = "A"\nphone = 612345678\n', 2, "'phone' must be a text"),
    ('name = "A"\nwebsite = "ftp://example.org"\n', 2, "'website' must be a web address"),
    ('name = "A"\n\ncolour = "red"\n', 3, "unknown key 'colour'"),
    ('name = "A"\nkiosk = "yes"\n', 2, "'kiosk' must be true or false"),
    ('name = "A"\nidle_reset_seconds = 2\n', 2, "'idle_reset_seconds' must be"),
    ('name = "A"\nwebsite = "www.example.org"\n', 2, "'website' must be a web address"),
    ('name = "A"\nemail = "not-an-address"\n', 2, "'email' must be an e-mail address"),
    ('name = "A"\naccent = "teal"\n', 2, "'accent' must be a colour"),
    ('name = "A"\nkiosk_pin_sha256 = "1234"\n', 2, "'kiosk_pin_sha256' must be the SHA-256"),
    ('name = "A"\nlogo = "ontbreekt.png"\n', 2, "logo 'ontbreekt.png' not found"),
    ('name = "A"\ndefault_language = "de"\n', 2, "'default_language' must be"),
    ('name = ""\n', 1, "'name' must not be empty"),
])
def test_each_fault_is_named_with_file_and_line_and_falls_back(tmp_path, text, line, message):
    path = write(tmp_path / "kliniek.toml", text)
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert profile.name == "ViaSana", "a broken profile falls back to the shipped one"
    assert any(str(p).startswith(f"{path}:{line}: ") and message in str(p) for p in problems), \
        [str(p) for p in problems]


def test_a_missing_profile_given_on_the_command_line_is_reported(tmp_path):
    profile, problems = find_clinic(tmp_path / "weg.toml", DEFAULT, platform="linux",
                                    environ={})
    assert profile.name == "ViaSana"
    assert [str(p) for p in problems] == [f"{tmp_path / 'weg.toml'}: clinic profile not found"]


def test_a_too_light_accent_is_darkened_with_a_warning(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\naccent = "#8FD3FF"\n')
    profile, problems = load_clinic(path)
    assert ratio("#8FD3FF", "#FFFFFF") < 4.5
    assert ratio(profile.accent, "#FFFFFF") >= 4.5
    assert [p.severity for p in problems] == ["warning"]
    assert f"{path}:2:" in str(problems[0]) and "#8FD3FF" in str(problems[0])


def test_the_accent_warning_names_both_ratios(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\n# huisstijl\naccent = "#FFFF00"\n')
    profile, problems = load_clinic(path)
    message = str(problems[0])
    assert message.startswith(f"{path}:3: warning: accent #FFFF00 has a contrast of 1.0:1")
    assert "1.0:1 as text on #FFFFFF and 1.0:1 behind #FFFFFF text" in message
    assert f"the darker {profile.accent} (4.5:1 and 4.5:1)" in message


def test_a_readable_accent_is_kept(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\naccent = "#1e6379"\n')
    profile, problems = load_clinic(path)
    assert problems == [] and profile.accent == "#1E6379"


def test_the_logo_path_is_resolved_next_to_the_profile(tmp_path):
    folder = tmp_path / "kliniek"
    logo = folder / "beeld" / "logo.png"
    logo.parent.mkdir(parents=True)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    image.save(str(logo))
    path = write(folder / "c.toml", 'name = "A"\nlogo = "beeld/logo.png"\n')
    profile, problems = load_clinic(path)
    assert problems == []
    assert profile.logo == logo.resolve() and profile.logo.is_absolute()


def test_what_the_qr_code_opens():
    assert ClinicProfile(name="A").qr_target is None
    assert ClinicProfile(name="A", website="https://www.example.org",
                         phone="020 123").qr_target == "https://www.example.org"
    assert ClinicProfile(name="A", phone="+31 (0)20 123 45 67").qr_target == \
        "tel:+31201234567", "the (0) of a national number is not dialled from abroad"
    assert ClinicProfile(name="A", phone="via de balie").qr_target is None


def test_the_window_shows_the_clinic_and_its_colour(make_window, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    image.save(str(logo))
    path = write(tmp_path / "c.toml", 'name = "Rugkliniek Oost"\nlogo = "logo.png"\n'
                                      'accent = "#7A2E8C"\n')
    from rugwijzer.app import build_window

    window = make_window(topic="hernia")
    args = Namespace(lang="nl", topic="hernia", content=None, screenshot=None, size=None,
                     clinic=path)
    clinic_window = build_window(args, settings=window.settings)
    try:
        assert "Rugkliniek Oost" in clinic_window.windowTitle()
        assert clinic_window.start_page.clinic_name.text() == "Rugkliniek Oost"
        assert not clinic_window.start_page.logo.pixmap().isNull()
        assert "#7A2E8C" in QApplication.instance().styleSheet()
        assert QApplication.palette().highlight().color().name().upper() == "#7A2E8C"
    finally:
        clinic_window.translations.uninstall()


def test_a_broken_profile_gives_a_visible_notice(make_window, tmp_path):
    from rugwijzer.app import build_window

    path = write(tmp_path / "c.toml", 'name = "A"\nkleur = "rood"\n')
    window = make_window()
    args = Namespace(lang="nl", topic=None, content=None, screenshot=None, size=None,
                     clinic=path)
    broken = build_window(args, settings=window.settings)
    try:
        assert any(f"{path}:2:" in message for message in broken.notice_bar.messages())
        assert "ViaSana" in broken.windowTitle()
    finally:
        broken.translations.uninstall()


def test_profile_can_start_tablet_mode_with_its_pin(make_window, tmp_path, qtbot):
    from rugwijzer.app import build_window

    digest = hashlib.sha256(b"8642").hexdigest()
    path = write(tmp_path / "c.toml", f'kiosk = true\nkiosk_pin_sha256 = "{digest}"\n'
                                      "idle_reset_seconds = 90\ndefault_language = \"en\"\n")
    window = make_window()
    args = Namespace(lang=None, topic=None, content=None, screenshot=None, size=None,
                     clinic=path)
    tablet = build_window(args, settings=window.settings)
    try:
        assert tablet.kiosk and tablet.idle.timeout == 90
        assert tablet.session.language == "en" and tablet.default_language == "en"
        for digit in "8642":
            tablet.pin_pad.press(digit)
        tablet.pin_pad.submit()
        assert not tablet.staff_panel.isHidden()
        tablet.staff_panel.leave_button.click()
        assert not tablet.kiosk
    finally:
        if tablet.idle is not None:
            tablet.idle.stop(QApplication.instance())
        tablet.translations.uninstall()


def _run(*args, stdin=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "rugwijzer", *args], capture_output=True,
                          text=True, input=stdin, timeout=120, env=env, check=False)


def test_check_content_checks_the_clinic_profile_too(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\nwebsite = "ftp://x"\n')
    done = _run("--check-content", "--clinic", str(path))
    assert done.returncode == 1
    assert f"{path}:2: 'website' must be a web address" in done.stdout


def test_hash_pin_prints_the_profile_line():
    done = _run("--hash-pin", stdin="2468\n")
    assert done.returncode == 0
    assert done.stdout.strip() == \
        f'kiosk_pin_sha256 = "{hashlib.sha256(b"2468").hexdigest()}"'
    assert _run("--hash-pin", stdin="12\n").returncode == 1
