"""The installers' sources agree with the program; built packages, when present, are sound.

Building the installers takes minutes (``bash packaging/build.sh``), so the normal test run
does not build them. The tests of built artefacts run when ``dist/`` holds them and are
skipped otherwise; the CI workflows run them right after a build.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import rugwijzer
from rugwijzer.content.clinic import read_profile
from rugwijzer.content.clinic_keys import KEYS

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
APP_ID = "nl.rugwijzer.Rugwijzer"


def load_build_script():
    spec = importlib.util.spec_from_file_location("rugwijzer_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_script()


def test_every_artefact_takes_its_version_from_the_package():
    assert build.project_version() == rugwijzer.__version__
    spec = (PACKAGING / "rugwijzer.spec").read_text(encoding="utf-8")
    assert "VERSION = rugwijzer.__version__" in spec
    assert "@VERSION@" in (PACKAGING / "windows" / "version_info.txt.in").read_text("utf-8")
    assert "@VERSION@" in (PACKAGING / "linux" / "control").read_text("utf-8")


@pytest.mark.parametrize(("version", "debian", "windows"), [
    ("0.1.0", "0.1.0", "0.1.0.0"),
    ("1.2.0rc1", "1.2.0~rc1", "1.2.0.0"),
    ("1.2.0.dev3", "1.2.0~dev3", "1.2.0.0"),
    ("2.0", "2.0", "2.0.0.0"),
])
def test_versions_are_translated_for_debian_and_windows(version, debian, windows):
    assert build.deb_version(version) == debian
    assert build.version_quad(version) == windows


def test_pre_releases_sort_before_the_release_in_debian():
    if not shutil.which("dpkg"):
        pytest.skip("dpkg is not installed")
    pre, final = build.deb_version("1.2.0rc1"), build.deb_version("1.2.0")
    assert subprocess.run(["dpkg", "--compare-versions", pre, "lt", final]).returncode == 0


def template_keys(text: str) -> set[str]:
    return set(re.findall(r"^# ([a-z0-9_]+) = ", text, flags=re.MULTILINE))


def load_template_script():
    spec = importlib.util.spec_from_file_location("clinic_template",
                                                  PACKAGING / "clinic_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_commented_clinic_profile_is_valid_as_installed(tmp_path):
    read = read_profile(PACKAGING / "linux" / "clinic.toml")
    assert read.problems == []
    assert read.values == {} and not read.says_kiosk


def test_the_commented_clinic_profile_is_made_from_the_table_of_keys():
    text = (PACKAGING / "linux" / "clinic.toml").read_text(encoding="utf-8")
    assert text == load_template_script().render(), \
        "out of date: run python packaging/clinic_template.py"
    assert template_keys(text) == set(KEYS)
    for key in KEYS.values():
        assert " ".join(key.rule.split()) in " ".join(text.replace("# ", "").split())


def test_every_example_in_the_commented_profile_is_a_valid_value(tmp_path):
    text = (PACKAGING / "linux" / "clinic.toml").read_text(encoding="utf-8")
    examples = {name: value for name, value in re.findall(r"^# ([a-z_]+) = (.*)$", text,
                                                          flags=re.MULTILINE)}
    for name, key in KEYS.items():
        if "..." in key.example:
            continue
        value = tomllib.loads(f"v = {key.example}")["v"]
        assert examples[name] == key.example.split("\n")[0]
        if name == "logo":
            (tmp_path / value).write_bytes(b"\x89PNG\r\n\x1a\n")
        assert key.check(value, tmp_path)[0] is not None, name


def test_the_it_guide_lists_every_profile_key_with_its_description():
    guide = (ROOT / "docs" / "clinic-it.md").read_text(encoding="utf-8")
    rows = {}
    for line in guide.splitlines():
        match = re.match(r"^\| `([a-z_0-9]+)` \| (.*?) \| (.*?) \|$", line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    assert set(rows) == set(KEYS)
    for name, key in KEYS.items():
        assert rows[name] == (key.description, key.rule.replace("|", "\\|")), name


def test_nsis_script_gets_every_value_it_requires():
    script = (PACKAGING / "windows" / "rugwijzer.nsi").read_text(encoding="utf-8")
    required = set(re.findall(r"^!insertmacro Required (\w+)$", script, flags=re.MULTILINE))
    passed = set(re.findall(r'f"-D(\w+)=', (PACKAGING / "build.py").read_text("utf-8")))
    assert required
    assert required == passed


def test_nsis_script_speaks_dutch_and_english_everywhere():
    script = (PACKAGING / "windows" / "rugwijzer.nsi").read_text(encoding="utf-8")
    languages: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", script,
                                      flags=re.MULTILINE):
        languages.setdefault(name, set()).add(language)
    assert languages
    assert all(found == {"DUTCH", "ENGLISH"} for found in languages.values()), languages
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used <= set(languages), used - set(languages)


def test_desktop_entry_and_metainfo_name_the_same_program():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "rugwijzer"
    assert desktop["Icon"] == APP_ID
    assert desktop["Name[nl]" if "Name[nl]" in desktop else "Name"] == "Rugwijzer"

    tree = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml")
    assert tree.findtext("id") == APP_ID
    assert tree.findtext("launchable") == f"{APP_ID}.desktop"
    assert tree.findtext("provides/binary") == "rugwijzer"


def test_the_package_depends_on_one_package_per_line():
    groups = build.read_depends()
    names = [name for group in groups for name in group]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", name) for name in names)


def test_the_package_recommends_the_program_that_reads_aloud():
    from rugwijzer.speech.espeak import PROGRAM

    control = (PACKAGING / "linux" / "control").read_text(encoding="utf-8")
    assert f"\nRecommends: {PROGRAM}\n" in control


# --- built artefacts ----------------------------------------------------------------------

def offscreen_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def check_program(executable: Path, tmp_path: Path) -> None:
    env = offscreen_env(tmp_path)
    done = subprocess.run([executable, "--version"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == f"rugwijzer {rugwijzer.__version__}"
    done = subprocess.run([executable, "--check-content"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    shot = tmp_path / "window.png"
    done = subprocess.run([executable, "--screenshot", shot, "--open", "scoliose",
                           "--lang", "en"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    done = subprocess.run([executable, "--open", "no-such-topic", "--screenshot", shot],
                          env=env, capture_output=True, text=True, timeout=120)
    assert "no-such-topic" in done.stderr
    check_normal_start(executable, env)


def check_normal_start(executable: Path, env: dict[str, str]) -> None:
    """Started as a reader starts it, the program stays up, and a second start hands its
    topic to the first one (the single-instance check, over a local socket)."""
    first = subprocess.Popen([executable], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(5)
        assert first.poll() is None, first.stderr.read()
        second = subprocess.run([executable, "--open", "hernia"], env=env, capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 0 and "already running" in second.stderr, second.stderr
    finally:
        first.terminate()
        first.wait(timeout=30)


FROZEN = DIST / "rugwijzer" / ("rugwijzer.exe" if sys.platform == "win32" else "rugwijzer")


@pytest.mark.skipif(not FROZEN.exists(), reason="no frozen build in dist/")
def test_the_frozen_program_runs(tmp_path):
    check_program(FROZEN, tmp_path)


def built_deb() -> Path | None:
    found = sorted(DIST.glob("rugwijzer_*_amd64.deb"))
    return found[-1] if found else None


needs_deb = pytest.mark.skipif(built_deb() is None or not shutil.which("dpkg-deb"),
                               reason="no .deb in dist/ (or no dpkg-deb)")


@needs_deb
def test_the_deb_carries_the_version_and_the_expected_files():
    deb = built_deb()
    field = subprocess.run(["dpkg-deb", "--field", deb, "Package", "Version", "Depends",
                            "Recommends"], capture_output=True, text=True, check=True).stdout
    assert "Package: rugwijzer" in field
    assert f"Version: {build.deb_version(rugwijzer.__version__)}" in field
    assert "libxcb-cursor0" in field and "libc6 (>= " in field
    assert "Recommends: espeak-ng" in field
    listing = subprocess.run(["dpkg-deb", "--contents", deb], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./opt/rugwijzer/rugwijzer", "./usr/bin/rugwijzer -> /opt/rugwijzer/rugwijzer",
                 f"./usr/share/applications/{APP_ID}.desktop",
                 f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
                 f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 "./usr/share/man/man1/rugwijzer.1.gz", "./usr/share/doc/rugwijzer/copyright",
                 "./etc/rugwijzer/clinic.toml"):
        assert path in listing, path
    assert "/tests/" not in listing and "PyInstaller" not in listing
    conffiles = subprocess.run(["dpkg-deb", "--info", deb, "conffiles"], capture_output=True,
                               text=True, check=True).stdout
    assert conffiles.split() == ["/etc/rugwijzer/clinic.toml"]
    assert deb.stat().st_size <= build.DEB_BUDGET


@needs_deb
def test_the_program_from_the_deb_runs(tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "--extract", built_deb(), root], check=True)
    check_program(root / "opt" / "rugwijzer" / "rugwijzer", tmp_path)


@pytest.mark.skipif(sys.platform != "linux", reason="the build script runs on Debian and Ubuntu")
def test_the_build_script_parses():
    done = subprocess.run(["bash", "-n", PACKAGING / "build.sh"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
