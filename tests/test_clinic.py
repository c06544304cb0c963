"""The clinic profile: where it comes from, what may be wrong with it, what it changes."""

import dataclasses
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from conftest import hide_first
from rugwijzer import resources
from rugwijzer.content.clinic import (
    ClinicProfile,
    find_clinic,
    load_clinic,
    resolve_clinic_path,
    system_profile_path,
)
from rugwijzer.content.clinic_keys import KEYS
from rugwijzer.content.contrast import ratio
from rugwijzer.options import StartOptions
from rugwijzer.pin import FREE_ATTEMPTS, make_pin_hash, parse_pin_hash

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
    path = write(tmp_path / "c.toml", '# only comments, as installed\ndefault_language = "en"\n')
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert problems == []
    assert profile.name == "ViaSana" and profile.default_language == "en"


LONG = "x" * 2400


@pytest.mark.parametrize(("text", "line", "message", "key"), [
    ('name = "A"\nwebsite = = "x"\n', 2, "invalid clinic profile", "website"),
    ('name = "A"\naddress = """Straat 1\n', 2, "invalid clinic profile", "address"),
    ('name = "A"\nphone = 612345678\n', 2, "'phone' must be a phone number", "phone"),
    ('name = "A"\nwebsite = "ftp://example.org"\n', 2, "'website' must be a web address",
     "website"),
    ('name = "A"\nidle_reset_seconds = 2\n', 2, "'idle_reset_seconds' must be",
     "idle_reset_seconds"),
    ('name = "A"\nwebsite = "www.example.org"\n', 2, "'website' must be a web address",
     "website"),
    (f'name = "A"\nwebsite = "https://example.org/{LONG}"\n', 2, "2,420 characters long",
     "website"),
    ('name = "A"\nwebsite = "javascript:alert(1)"\n', 2, "'website' must be", "website"),
    ('name = "A"\nemail = "not-an-address"\n', 2, "'email' must be an e-mail address",
     "email"),
    (f'name = "A"\nemail = "a@{LONG}.nl"\n', 2, "'email' must be", "email"),
    ('name = "A"\nphone = "bel de balie"\n', 2, "'phone' must be a phone number", "phone"),
    (f'name = "A"\nphone = "{"0" * 41}"\n', 2, "41 characters long", "phone"),
    (f'name = "A"\naddress = "{LONG}"\n', 2, "'address' must be a text of at most 500",
     "address"),
    (f'name = "A"\nopening_hours = "{LONG}"\n', 2, "'opening_hours' must be", "opening_hours"),
    ('name = "A"\naccent = "teal"\n', 2, "'accent' must be a colour", "accent"),
    ('name = "A"\nkiosk_pin = "1234"\n', 2, "'kiosk_pin' must be \"pbkdf2-sha256$",
     "kiosk_pin"),
    ('name = "A"\nkiosk_pin_sha256 = "1234"\n', 2, "'kiosk_pin_sha256' must be 64", "pin"),
    ('name = "A"\nlogo = "ontbreekt.png"\n', 2, "'ontbreekt.png' not found", "logo"),
    ('name = "A"\ndefault_language = "de"\n', 2, "'default_language' must be",
     "default_language"),
    ('name = "A"\nadditions = "verbergen"\n', 2, "'additions' must be \"show\" or \"hide\"",
     "additions"),
    ('name = "A"\ntheme = "roze"\n', 2, "'theme' must be \"system\" or \"light\"", "theme"),
    ('name = "A"\nread_aloud = "ja"\n', 2, "'read_aloud' must be true or false", "read_aloud"),
])
def test_a_fault_costs_only_its_own_key(tmp_path, text, line, message, key):
    path = write(tmp_path / "kliniek.toml", text)
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert any(str(p).startswith(f"{path}:{line}: ") and message in str(p) for p in problems), \
        [str(p) for p in problems]
    assert profile.name == "A", "every other key still applies"
    shipped, _problems = load_clinic(DEFAULT)
    assert getattr(profile, key) == getattr(shipped, key), "the faulty key keeps the shipped value"


@pytest.mark.parametrize(("text", "line", "message"), [
    ("name = 3\n", 1, "'name' must be a text"),
    ('name = ""\n', 1, "it is empty"),
    ('name = "   "\n', 1, "it is empty"),
    (f'name = "{"n" * 101}"\n', 1, "101 characters long"),
    ('name = "Twee\\nregels"\n', 1, "line break"),
])
def test_a_faulty_name_keeps_the_shipped_one(tmp_path, text, line, message):
    path = write(tmp_path / "kliniek.toml", text)
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert profile.name == "ViaSana"
    assert [str(p).startswith(f"{path}:{line}: ") and message in str(p)
            for p in problems] == [True], [str(p) for p in problems]


def test_a_clinic_can_keep_unapproved_additions_off_patients_screens(tmp_path):
    shipped, _problems = load_clinic(DEFAULT)
    assert shipped.additions == "show" and not shipped.hides_unapproved
    path = write(tmp_path / "kliniek.toml", 'additions = "hide"\n')
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert problems == [] and profile.hides_unapproved


def test_a_clinic_can_let_tablets_read_aloud(tmp_path):
    shipped, _problems = load_clinic(DEFAULT)
    assert not shipped.read_aloud
    path = write(tmp_path / "kliniek.toml", "read_aloud = true\n")
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert problems == [] and profile.read_aloud


def test_an_unknown_key_is_a_warning_and_changes_nothing_else(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\n\ncolour = "red"\nphone = "010 1"\n')
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert profile.name == "A" and profile.phone == "010 1"
    assert [(p.line, p.severity) for p in problems] == [(3, "warning")]
    assert "unknown key 'colour'" in str(problems[0])


def test_each_line_that_is_not_toml_is_left_out_and_the_rest_applies(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\nwebsite = = "x"\nphone = "010 1"\n'
                                      'email = "info@example.org\naccent = "#1E6379"\n')
    profile, problems = load_clinic(path)
    assert (profile.name, profile.phone, profile.accent) == ("A", "010 1", "#1E6379")
    assert profile.website is None and profile.email is None
    assert [p.line for p in problems] == [2, 4]
    assert all(p.is_error and "this line is ignored" in p.message for p in problems)


def test_a_line_that_is_not_utf8_is_left_out(tmp_path):
    path = tmp_path / "c.toml"
    path.write_bytes(b'name = "A"\nphone = "\xff010"\naddress = "Straat 1"\n')
    profile, problems = load_clinic(path)
    assert profile.name == "A" and profile.address == "Straat 1" and profile.phone is None
    assert [(p.line, "UTF-8" in p.message) for p in problems] == [(2, True)]


def test_a_byte_order_mark_is_no_mistake(tmp_path):
    path = tmp_path / "c.toml"
    path.write_bytes('\ufeffname = "A"\r\nkiosk = true\r\n'.encode())
    profile, problems = load_clinic(path)
    assert profile.name == "A" and profile.kiosk
    assert [p.severity for p in problems] == ["warning"], "only: no PIN"


def test_the_reported_tablet_profile_starts_locked_and_keeps_its_name(tmp_path):
    path = write(tmp_path / "k.toml", f'name="K"\nkiosk=true\nkiosk_pin_sha256="{"0" * 64}"\n'
                                      'logo="missing.png"\n')
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert profile.kiosk and profile.name == "K" and profile.pin is not None
    assert profile.logo is None
    assert [(p.line, p.severity) for p in problems] == [(3, "warning"), (4, "error")]


@pytest.mark.parametrize("value", ['"yes"', "1", '"true"', "[true]", "{ on = true }"])
def test_an_invalid_kiosk_value_starts_locked(tmp_path, value):
    path = write(tmp_path / "c.toml", f'name = "A"\nkiosk = {value}\n')
    profile, problems = load_clinic(path)
    assert profile.kiosk
    assert any(p.line == 2 and p.is_error and "to be safe" in p.message for p in problems)


@pytest.mark.parametrize("text", [
    "kiosk = true\nname = = broken\n",
    'name = "A"\n  KIOSK = True   # tablet\n',
    "kiosk = true\n" + "garbage line\n" * 80,
    '"kiosk" = true\n[[[\n',
    "kiosk = true\nkiosk = false\n",
])
def test_a_profile_that_asks_for_tablet_mode_starts_locked_however_broken(tmp_path, text):
    path = write(tmp_path / "c.toml", text)
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert profile.kiosk
    assert any(p.is_error for p in problems)


def test_a_profile_too_large_to_read_with_tablet_mode_starts_locked(tmp_path):
    path = tmp_path / "c.toml"
    path.write_bytes(b"\xff\xfe\nkiosk = true  # caf\xe9\n" + b"x" * (70 * 1024))
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert profile.kiosk and profile.name == "ViaSana"
    assert any("at most 64 KiB" in str(p) for p in problems)


@pytest.mark.parametrize("text", [
    "# kiosk = true\nname = = broken\n", "kiosk = false\n[[[\n", "kiosk = truex\n",
    'address = "kiosk = true"\n[[[\n', b"\xff\xfe\x00k\x00i\x00o\x00s\x00k\x00"])
def test_a_broken_profile_without_tablet_mode_starts_normally(tmp_path, text):
    path = tmp_path / "c.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    profile, problems = find_clinic(path, DEFAULT, platform="linux", environ={})
    assert not profile.kiosk
    assert any(p.is_error for p in problems)


def test_a_profile_that_cannot_be_opened_is_reported(tmp_path):
    folder = tmp_path / "c.toml"
    folder.mkdir()
    profile, problems = find_clinic(folder, DEFAULT, platform="linux", environ={})
    assert profile.name == "ViaSana" and not profile.kiosk
    assert [str(p) for p in problems] == [f"{folder}: clinic profile cannot be read: "
                                          "Is a directory"]


def test_tablet_mode_without_a_pin_is_a_warning(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\n\nkiosk = true\n')
    profile, problems = load_clinic(path)
    assert profile.kiosk and profile.pin is None
    assert [(p.line, p.severity) for p in problems] == [(3, "warning")]
    assert "no PIN is set" in problems[0].message


def test_a_pin_with_few_iterations_and_an_old_hash_are_warnings(tmp_path):
    weak = make_pin_hash("2468", iterations=1000)
    path = write(tmp_path / "c.toml", f'kiosk_pin = "{weak}"\n'
                                      f'kiosk_pin_sha256 = "{hashlib.sha256(b"1").hexdigest()}"\n')
    profile, problems = load_clinic(path)
    assert profile.pin == profile.kiosk_pin and profile.pin.matches("2468"), \
        "kiosk_pin wins over the old hash"
    assert [(p.line, p.severity) for p in problems] == [(1, "warning"), (2, "warning")]
    assert "fewer than 600,000" in problems[0].message
    assert "--hash-pin" in problems[1].message


def png(path, width=8, height=8):
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(path), "PNG")
    return path


SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'


def test_an_svg_logo_is_used(tmp_path):
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    path = write(tmp_path / "c.toml", 'logo = "logo.svg"\n')
    profile, problems = load_clinic(path)
    assert problems == [] and profile.logo == (tmp_path / "logo.svg").resolve()


@pytest.mark.parametrize(("name", "message"), [
    ("../../../../../../etc/passwd", "outside"),
    ("/etc/passwd", "outside"),
    ("buiten.png", "outside"),
    ("nep.png", "neither a PNG nor an SVG"),
    ("html.svg", "neither a PNG nor an SVG"),
    ("kapot.svg", "neither a PNG nor an SVG"),
    ("leeg.svg", "neither a PNG nor an SVG"),
    ("groot.png", "3.0 MB"),
    ("map", "not found"),
    ("a\\u0000b.png", "control character"),
])
def test_a_logo_that_is_not_a_picture_in_the_profiles_folder_is_refused(tmp_path, name,
                                                                        message):
    folder = tmp_path / "kliniek"
    folder.mkdir()
    outside = png(tmp_path / "elders" / "logo.png")
    (folder / "buiten.png").symlink_to(outside)
    (folder / "nep.png").write_text("no picture", encoding="utf-8")
    (folder / "html.svg").write_text("<html><body/></html>", encoding="utf-8")
    (folder / "kapot.svg").write_text("<svg", encoding="utf-8")
    (folder / "leeg.svg").write_text("", encoding="utf-8")
    with (folder / "groot.png").open("wb") as big:
        big.write(b"\x89PNG\r\n\x1a\n")
        big.truncate(3 * 1024 * 1024)
    (folder / "map").mkdir()
    path = write(folder / "c.toml", f'name = "A"\nlogo = "{name}"\n')
    profile, problems = load_clinic(path)
    assert profile.logo is None and profile.name == "A"
    assert len(problems) == 1 and problems[0].line == 2 and problems[0].is_error
    assert message in problems[0].message, problems[0].message


def test_the_profile_matches_the_table_of_keys():
    fields = {f.name: f.default for f in dataclasses.fields(ClinicProfile)}
    assert set(fields) == {*KEYS, "path"}
    assert all(fields[name] == key.default for name, key in KEYS.items())


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
    options = StartOptions(lang="nl", topics=("hernia",), clinic=path)
    clinic_window = build_window(options, settings=window.settings)
    try:
        assert "Rugkliniek Oost" in clinic_window.windowTitle()
        assert clinic_window.start_page.clinic_name.text() == "Rugkliniek Oost"
        assert not clinic_window.start_page.logo.pixmap().isNull()
        assert "#7A2E8C" in QApplication.instance().styleSheet()
        assert QApplication.palette().highlight().color().name().upper() == "#7A2E8C"
    finally:
        clinic_window.translations.uninstall()


def open_profile(make_window, path, lang="nl"):
    from rugwijzer.app import build_window

    window = make_window()
    opened = build_window(StartOptions(lang=lang, clinic=path), settings=window.settings)
    opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return opened


@pytest.fixture
def profile_window(make_window, qtbot):
    windows = []

    def make(path, lang="nl"):
        window = open_profile(make_window, path, lang)
        qtbot.addWidget(window, before_close_func=hide_first)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.kiosk_mode.idle is not None:
            window.kiosk_mode.idle.stop(QApplication.instance())
        window.translations.uninstall()


def enter_pin(qtbot, window, pin):
    window.kiosk_mode.pin_pad.open()
    for digit in pin:
        window.kiosk_mode.pin_pad.press(digit)
    window.kiosk_mode.pin_pad.submit()
    qtbot.waitUntil(lambda: not window.kiosk_mode.pin_pad.checking)


def test_a_broken_key_gives_a_visible_notice_and_the_rest_applies(profile_window, tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\nlogo = "weg.png"\n')
    window = profile_window(path)
    assert any(f"{path}:2:" in message for message in window.notice_bar.messages())
    assert window.windowTitle().startswith("A ·")


def test_the_reported_tablet_profile_starts_the_window_locked(profile_window, tmp_path):
    path = write(tmp_path / "k.toml", f'name="K"\nkiosk=true\nkiosk_pin_sha256="{"0" * 64}"\n'
                                      'logo="missing.png"\n')
    window = profile_window(path)
    assert window.kiosk_mode.active and not window.article_page.external_links_allowed
    assert not window.toolbar.consult_action.isVisible()
    assert window.toolbar.brand.text() == "K"


def test_a_garbled_tablet_profile_starts_locked_and_says_a_pin_is_needed(profile_window,
                                                                         tmp_path, qtbot):
    path = tmp_path / "c.toml"
    path.write_bytes(b"kiosk = true\n\xff = = [\n" + b"garbage\n" * 80)
    window = profile_window(path)
    assert window.kiosk_mode.active
    enter_pin(qtbot, window, "0000")
    assert window.kiosk_mode.active
    assert "kiosk_pin" in window.kiosk_mode.pin_pad.status.text()
    assert not window.kiosk_mode.pin_pad.ok_button.isEnabled()


def test_a_garbled_profile_without_tablet_mode_starts_normally_with_a_notice(profile_window,
                                                                             tmp_path):
    path = write(tmp_path / "c.toml", "[[[ not toml\n")
    window = profile_window(path)
    assert not window.kiosk_mode.active
    assert any(f"{path}:1:" in message for message in window.notice_bar.messages())


@pytest.mark.parametrize("kind", ["kiosk_pin", "kiosk_pin_sha256"])
def test_profile_can_start_tablet_mode_with_its_pin(profile_window, tmp_path, qtbot, kind):
    value = (hashlib.sha256(b"8642").hexdigest() if kind == "kiosk_pin_sha256"
             else make_pin_hash("8642", iterations=1000))
    path = write(tmp_path / "c.toml", f'kiosk = true\n{kind} = "{value}"\n'
                                      "idle_reset_seconds = 90\ndefault_language = \"en\"\n")
    tablet = profile_window(path, lang=None)
    assert tablet.kiosk_mode.active and tablet.kiosk_mode.idle.timeout == 90
    assert tablet.session.language == "en" and tablet.default_language == "en"
    enter_pin(qtbot, tablet, "1111")
    assert tablet.kiosk_mode.active
    enter_pin(qtbot, tablet, "8642")
    assert not tablet.kiosk_mode.staff_panel.isHidden()
    tablet.kiosk_mode.staff_panel.leave_button.click()
    assert not tablet.kiosk_mode.active


def test_wrong_pins_still_count_after_a_restart(profile_window, tmp_path, qtbot):
    value = make_pin_hash("8642", iterations=1000)
    path = write(tmp_path / "c.toml", f'kiosk = true\nkiosk_pin = "{value}"\n')
    tablet = profile_window(path)
    for _ in range(FREE_ATTEMPTS):
        enter_pin(qtbot, tablet, "1111")
    assert tablet.kiosk_mode.pin_pad.guard.seconds_to_wait() > 0
    assert (tmp_path / "pin-attempts.json").is_file()
    restarted = profile_window(path)
    assert restarted.kiosk_mode.pin_pad.guard.failures == FREE_ATTEMPTS


def test_the_clinic_name_is_shown_as_written_never_as_markup(profile_window, tmp_path):
    name = '<img src="/etc/passwd"><b>Kliniek</b>'
    path = write(tmp_path / "c.toml", f"name = '{name}'\nkiosk = true\n")
    window = profile_window(path)
    for label in (window.start_page.clinic_name, window.toolbar.brand):
        assert label.text() == name
        assert label.textFormat() == Qt.TextFormat.PlainText


def _run(*args, stdin=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "rugwijzer", *args], capture_output=True,
                          text=True, input=stdin, timeout=120, env=env, check=False)


def test_check_content_checks_the_clinic_profile_too(tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\nwebsite = "ftp://x"\n')
    done = _run("--check-content", "--clinic", str(path))
    assert done.returncode == 1
    assert f"{path}:2: 'website' must be a web address" in done.stdout


def test_check_content_passes_a_profile_with_only_warnings(tmp_path):
    digest = hashlib.sha256(b"2468").hexdigest()
    path = write(tmp_path / "c.toml", f'kiosk = true\nkiosk_pin_sha256 = "{digest}"\n'
                                      'nieuw_in_versie_9 = 1\n')
    done = _run("--check-content", "--clinic", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{path}:2: warning: 'kiosk_pin_sha256' is an unsalted hash" in done.stdout
    assert f"{path}:3: warning: unknown key 'nieuw_in_versie_9'" in done.stdout


def test_hash_pin_prints_the_profile_line():
    done = _run("--hash-pin", stdin="2468\n")
    assert done.returncode == 0, done.stderr
    key, _, value = done.stdout.strip().partition(" = ")
    assert key == "kiosk_pin"
    stored = parse_pin_hash(value.strip('"'))
    assert stored.iterations >= 600_000 and stored.matches("2468")
    for wrong in ("12\n", "12345678901234\n", "12a4\n", "\n"):
        done = _run("--hash-pin", stdin=wrong)
        assert done.returncode == 1 and "a PIN is 4 to 12 digits" in done.stderr


def test_a_profile_that_hides_unapproved_additions_keeps_them_off_the_screen(profile_window,
                                                                              tmp_path):
    path = write(tmp_path / "c.toml", 'name = "A"\nadditions = "hide"\n')
    window = profile_window(path)
    window.open_topic("hernia")
    text = window.article.toPlainText()
    assert "spreekt men van een hernia" in text
    assert "Extra uitleg" not in text and "Wat betekent dit?" not in text
    assert "nog niet heeft goedgekeurd" not in text
    window.open_topic("waarschuwingssignalen")
    assert "Deze pagina verschijnt zodra de arts van de kliniek haar heeft goedgekeurd." \
        in window.article.toPlainText()
