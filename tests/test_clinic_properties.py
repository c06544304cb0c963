"""The clinic-profile loader on any input at all: it answers with a profile and its own
diagnostics, never an exception, and a line ``kiosk = true`` always locks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugwijzer import resources
from rugwijzer.content.clinic import ClinicProfile, find_clinic
from rugwijzer.content.clinic_keys import KEYS
from rugwijzer.content.diagnostics import Diagnostic

DEFAULT = resources.resource("clinic", "clinic.toml")
EXAMPLES = settings(max_examples=2000, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("profiles")
    (path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    return path


def toml_string(text: str) -> str:
    escaped = "".join(ch if ch.isprintable() and ch not in '"\\' else f"\\u{ord(ch):04x}"
                      for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    return f'"{escaped}"'


scalars = st.one_of(
    st.text(max_size=300).map(toml_string),
    st.sampled_from(['"logo.png"', '"logo.svg"', '"../logo.png"', '"/etc/passwd"',
                     '"https://example.org"', '"ftp://x"', '"010 123"', '"#1E6379"',
                     '"#FFFF00"', '"nl"', '"de"', '"pbkdf2-sha256$1000$c2FsdHNhbHQ=$x"',
                     '"' + "0" * 64 + '"', '"""two\nlines"""', "'''raw'''"]),
    st.integers(min_value=-10**20, max_value=10**20).map(str),
    st.booleans().map(lambda b: str(b).lower()),
    st.floats(allow_nan=True, allow_infinity=True).map(
        lambda f: {float("inf"): "inf", float("-inf"): "-inf"}.get(f, repr(f))
        if f == f else "nan"),
    st.dates(min_value=dt.date(1, 1, 1)).map(str),
    st.just("[1, 2]"), st.just('{ a = 1 }'), st.just("[[x]]"),
)
key_names = st.one_of(st.sampled_from(sorted(KEYS)),
                      st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,12}", fullmatch=True))
assignments = st.builds(lambda k, v: f"{k} = {v}", key_names, scalars)
noise = st.text(max_size=80).filter(lambda t: "\n" not in t)
toml_like = st.lists(st.one_of(assignments, assignments, noise, st.just("[table]"),
                               st.just("# comment")), max_size=40).map("\n".join)
anything = st.one_of(st.binary(max_size=3000),
                     st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
                     toml_like.map(lambda t: t.encode("utf-8", "surrogatepass")))


def load(folder: Path, raw: bytes) -> tuple[ClinicProfile, list[Diagnostic]]:
    path = folder / "c.toml"
    path.write_bytes(raw)
    return find_clinic(path, DEFAULT, platform="linux", environ={})


@EXAMPLES
@given(raw=anything)
def test_any_file_gives_a_profile_and_diagnostics(folder, raw):
    profile, problems = load(folder, raw)
    assert isinstance(profile, ClinicProfile)
    assert all(isinstance(problem, Diagnostic) for problem in problems)
    lines = raw.count(b"\n") + 1
    assert all(p.line is None or 1 <= p.line <= lines for p in problems)
    assert isinstance(profile.name, str) and 0 < len(profile.name) <= 100
    assert isinstance(profile.kiosk, bool)
    for key in ("website", "phone", "email", "address", "opening_hours"):
        value = getattr(profile, key)
        assert value is None or isinstance(value, str)
    assert profile.logo is None or profile.logo.parent == folder.resolve()
    assert KEYS["idle_reset_seconds"].check(profile.idle_reset_seconds, folder)


kiosk_lines = st.builds(
    lambda before, key, after, true, comment: f"{before}{key}{after}={after}{true}{comment}",
    st.sampled_from(["", " ", "\t", "  "]), st.sampled_from(["kiosk", "KIOSK", '"kiosk"']),
    st.sampled_from(["", " ", "\t"]), st.sampled_from(["true", "True", "TRUE"]),
    st.sampled_from(["", "  # tablet", "#"]))


@EXAMPLES
@given(before=anything, line=kiosk_lines, after=anything)
def test_a_line_kiosk_true_locks_however_broken_the_rest(folder, before, line, after):
    profile, _problems = load(folder, before + b"\n" + line.encode() + b"\n" + after)
    assert profile.kiosk
