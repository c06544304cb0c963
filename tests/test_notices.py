"""Clinic notices: shown from their first through their last day, then gone by themselves."""

import datetime as dt
from pathlib import Path

import pytest

from rugwijzer import resources
from rugwijzer.content.notices import active_notices, load_notices

FIXTURES = Path(__file__).parent / "fixtures" / "notices"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def titles(notices, day):
    return [n.title for n in active_notices(notices, day)]


def test_fixture_notices_load_without_problems_and_readmes_are_ignored():
    dutch, problems = load_notices(FIXTURES, "nl")
    assert problems == []
    assert sorted(n.path.name for n in dutch) == ["maatregelen.md", "nieuws.md"]
    notice = next(n for n in dutch if n.path.name == "maatregelen.md")
    assert notice.body == "Tekst van de **testmededeling**."
    english, problems = load_notices(FIXTURES, "en")
    assert problems == [] and [n.title for n in english] == ["Test notice December"]


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2026, 11, 30), []),
    (dt.date(2026, 12, 1), ["Testmededeling december"]),
    (dt.date(2026, 12, 20), ["Testnieuws", "Testmededeling december"]),
    (dt.date(2026, 12, 31), ["Testnieuws", "Testmededeling december"]),
    (dt.date(2027, 1, 1), ["Testnieuws"]),
    (dt.date(2027, 1, 15), ["Testnieuws"]),
    (dt.date(2027, 1, 16), []),
])
def test_notices_appear_and_expire_with_the_injected_date(day, expected):
    notices, _ = load_notices(FIXTURES, "nl")
    assert titles(notices, day) == expected, "both days included, newest first"


def test_each_language_has_its_own_notices():
    english, _ = load_notices(FIXTURES, "en")
    assert titles(english, dt.date(2026, 12, 24)) == ["Test notice December"]


def test_rugwijzer_ships_no_notices():
    folder = resources.resource("notices")
    assert (folder / "README.md").is_file(), "the format is explained to the clinic"
    for lang in ("nl", "en"):
        assert load_notices(folder, lang) == ([], [])


GOOD = '+++\ntitle = "T"\nvalid_from = 2026-12-01\nvalid_until = 2026-12-31\n+++\nTekst\n'


@pytest.mark.parametrize(("text", "line", "message"), [
    (GOOD.replace('title = "T"', 'title = = "T"'), 2, "invalid front matter"),
    (GOOD.replace("valid_until = 2026-12-31", "valid_until = "), 4, "invalid front matter"),
    (GOOD.replace('title = "T"\n', 'title = "T"\nkleur = "rood"\n'), 3, "unknown field 'kleur'"),
    (GOOD.replace('title = "T"\n', ""), 1, "a notice needs a title"),
    (GOOD.replace("2026-12-01", '"1 december"'), 3, "'valid_from' must be a date"),
    (GOOD.replace("2026-12-31", "2026-12-31T18:00:00"), 4, "'valid_until' must be a date"),
    (GOOD.replace("2026-12-31", "2026-11-30"), 4, "'valid_until' is before 'valid_from'"),
    (GOOD.replace("Tekst\n", ""), 5, "the notice has no text"),
    ("Tekst zonder voorwerk\n", 1, "a notice starts with a front matter block"),
    ('+++\ntitle = "T"\n', 1, "a notice starts with a front matter block"),
])
def test_each_fault_is_named_with_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path / "nl" / "fout.md", text)
    notices, problems = load_notices(tmp_path, "nl")
    assert notices == []
    assert any(str(p).startswith(f"{path}:{line}: ") and message in str(p) for p in problems), \
        [str(p) for p in problems]


def test_a_broken_notice_does_not_hide_the_others(tmp_path):
    write(tmp_path / "nl" / "a-fout.md", GOOD.replace("2026-12-31", "2026-11-30"))
    write(tmp_path / "nl" / "b-goed.md", GOOD)
    notices, problems = load_notices(tmp_path, "nl")
    assert [n.path.name for n in notices] == ["b-goed.md"] and len(problems) == 1
