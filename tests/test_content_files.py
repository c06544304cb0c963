"""No content file can stop Rugwijzer: whatever is in it, or whatever it is, it is named with
file and line and skipped, and everything else loads."""

import os
from pathlib import Path

import pytest

from conftest import topic_text, write_topic
from rugwijzer.content import limits
from rugwijzer.content.diagnostics import Diagnostic
from rugwijzer.content.experiences import load_experiences
from rugwijzer.content.files import read_text
from rugwijzer.content.loader import load_library
from rugwijzer.content.notices import load_notices
from rugwijzer.content.treatment_path import load_treatment_path

ROOT = Path(__file__).resolve().parents[1]
NOTICE = '+++\ntitle = "T"\nvalid_from = 2026-12-01\nvalid_until = 2026-12-31\n+++\n'
DEEP_ARRAY = "[" * 500 + "]" * 500
DEEP_TABLE = "{b = " * 500 + "1" + "}" * 500
TREATMENT_PATH = ROOT / "resources" / "consultation" / "treatment-path.toml"


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


def assert_named(problems, path: Path, line: int | None, message: str) -> None:
    location = f"{path}:{line}: " if line is not None else f"{path}: "
    assert any(str(p).startswith(location) and message in str(p) for p in problems), \
        messages(problems)


def write_bytes(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# Each case: the file's bytes, the line named and a part of the message.
TOPIC_FAULTS = {
    "not UTF-8": (topic_text("a", title='"\xff"').encode("latin-1"), 4, "not UTF-8 text"),
    "deep array": (topic_text("a", a=DEEP_ARRAY).encode(), 8, "nested more than 8 levels"),
    "deep inline table": (topic_text("a", a=DEEP_TABLE).encode(), 8,
                          "nested more than 8 levels"),
    "long dotted key": (topic_text("a", **{"a" + ".a" * 5000: "1"}).encode(), 8,
                        "more than 8 dotted parts"),
    "number too long": (topic_text("a", order="1" * 5000).encode(), 5, "too many digits"),
    "id ending in a line break": (topic_text("a", id='"a\\n"').encode(), 2,
                                  "may only use lowercase letters"),
    "nested list": (topic_text("a", body="- " * 1000 + "x\n").encode(), 9,
                    "nested 1000 levels deep"),
    "nested quote": (topic_text("a", body="Eerst.\n\n" + ">" * 1000 + " x\n").encode(), 11,
                     "nested 1000 levels deep"),
    "indented list": (topic_text("a", body="".join(" " * 4 * n + "- x\n" for n in range(12)))
                      .encode(), 17, "nested 9 levels deep"),
    "10 MB paragraph": (topic_text("a", body="woord " * 1_750_000).encode(), 9,
                        "more than the 32 KiB"),
    "long paragraph": (topic_text("a", body="woord " * 1000).encode(), 9,
                       "longer than 3000 characters"),
    "many lines": (topic_text("a", body="x\n" * 700).encode(), 609, "more than 600 lines"),
    # the 201st link is on body line 400
    "many links": (topic_text("a", body="[a](topic:a)\n\n" * 250).encode(), 409,
                   "more than 200 links"),
}


@pytest.mark.parametrize("case", TOPIC_FAULTS)
def test_a_faulty_topic_is_named_and_skipped_and_the_others_load(tmp_path, case):
    data, line, message = TOPIC_FAULTS[case]
    path = write_bytes(tmp_path / "nl" / "a.md", data)
    write_topic(tmp_path, "nl", "goed", topic_text("goed"))
    loaded = load_library([tmp_path])
    assert set(loaded.library.topics["nl"]) == {"goed"}
    assert_named(loaded.diagnostics, path, line, message)


@pytest.mark.parametrize("pattern", ["nl/x.md", "en/x.md"])
def test_a_folder_named_like_a_topic_is_named_and_skipped(tmp_path, pattern):
    (tmp_path / pattern).mkdir(parents=True)
    write_topic(tmp_path, "nl", "goed", topic_text("goed"))
    loaded = load_library([tmp_path])
    assert set(loaded.library.topics["nl"]) == {"goed"}
    assert_named(loaded.diagnostics, tmp_path / pattern, None, "is a folder")


def test_a_named_pipe_or_a_broken_link_is_named_instead_of_opened(tmp_path):
    (tmp_path / "nl").mkdir()
    os.mkfifo(tmp_path / "nl" / "pijp.md")  # opening it would wait for ever
    (tmp_path / "nl" / "weg.md").symlink_to(tmp_path / "nergens.md")
    write_topic(tmp_path, "nl", "goed", topic_text("goed"))
    loaded = load_library([tmp_path])
    assert set(loaded.library.topics["nl"]) == {"goed"}
    assert_named(loaded.diagnostics, tmp_path / "nl" / "pijp.md", None, "not an ordinary file")
    assert_named(loaded.diagnostics, tmp_path / "nl" / "weg.md", None, "cannot be read")


def test_a_file_that_cannot_be_read_is_named(tmp_path, monkeypatch):
    path = write_topic(tmp_path, "nl", "a", topic_text("a"))
    real_open = os.open

    def refuse(name, *args, **kwargs):
        if Path(name) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    loaded = load_library([tmp_path])
    assert_named(loaded.diagnostics, path, None, "cannot be read: Permission denied")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_byte_order_mark_is_accepted(tmp_path, newline):
    text = topic_text("bom").replace("\n", newline)
    write_bytes(tmp_path / "nl" / "bom.md", b"\xef\xbb\xbf" + text.encode())
    loaded = load_library([tmp_path])
    assert loaded.diagnostics == []
    assert loaded.library.topics["nl"]["bom"].title == "Bom"


def test_a_file_at_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    at_limit = write_bytes(tmp_path / "a.md", b"x" * limits.MAX_FILE_BYTES)
    over = write_bytes(tmp_path / "b.md", b"x\n" * (limits.MAX_FILE_BYTES // 2) + b"x")
    assert read_text(at_limit, limits.MAX_FILE_BYTES) == "x" * limits.MAX_FILE_BYTES
    problem = read_text(over, limits.MAX_FILE_BYTES)
    assert str(problem).startswith(f"{over}:{limits.MAX_FILE_BYTES // 2 + 1}: the file is 32 KiB")


def test_lines_are_counted_as_an_editor_counts_them(tmp_path):
    """Only a line feed ends a line, for TOML too: a line separator is a character of a text."""
    path = write_bytes(tmp_path / "nl" / "a.md",
                       topic_text("a", title='"Een\u2028titel"', colour="1").encode())
    loaded = load_library([tmp_path])
    assert messages(loaded.diagnostics) == [f"{path}:8: unknown field 'colour' (known fields: "
                                            "id, kind, title, order, source, updated, summary, "
                                            "regions, related, view, addition, approved_by, "
                                            "approved_on, sources, key_points, include)"]


NOTICE_FAULTS = {
    "not UTF-8": (NOTICE.replace('"T"', '"\xff"').encode("latin-1"), 2, "not UTF-8 text"),
    "deep array": (NOTICE.replace("+++\n", f"+++\na = {DEEP_ARRAY}\n", 1).encode(), 2,
                   "nested more than 8 levels"),
    "nested list": ((NOTICE + "- " * 1000 + "x\n").encode(), 6, "nested 1000 levels deep"),
    "10 MB paragraph": ((NOTICE + "woord " * 1_750_000).encode(), 6, "more than the 32 KiB"),
}


@pytest.mark.parametrize("case", NOTICE_FAULTS)
def test_a_faulty_notice_is_named_and_skipped_and_the_others_load(tmp_path, case):
    data, line, message = NOTICE_FAULTS[case]
    path = write_bytes(tmp_path / "nl" / "a.md", data)
    write_bytes(tmp_path / "nl" / "goed.md", (NOTICE + "Tekst.\n").encode())
    notices, problems = load_notices(tmp_path, "nl")
    assert [n.path.name for n in notices] == ["goed.md"]
    assert_named(problems, path, line, message)


def test_a_folder_named_like_a_notice_is_named_and_skipped(tmp_path):
    (tmp_path / "nl" / "x.md").mkdir(parents=True)
    write_bytes(tmp_path / "nl" / "goed.md", (NOTICE + "Tekst.\n").encode())
    notices, problems = load_notices(tmp_path, "nl")
    assert [n.path.name for n in notices] == ["goed.md"]
    assert messages(problems) == [f"{tmp_path / 'nl' / 'x.md'}: is a folder, not a text file; "
                                  "it is skipped"]


def test_a_notice_with_a_byte_order_mark_loads(tmp_path):
    write_bytes(tmp_path / "nl" / "bom.md", b"\xef\xbb\xbf" + (NOTICE + "Tekst.\n").encode())
    notices, problems = load_notices(tmp_path, "nl")
    assert problems == [] and [n.title for n in notices] == ["T"]


EXPERIENCE_FAULTS = {
    "not UTF-8": ('name = "A"\nquote_nl = "\xff"\n'.encode("latin-1"), 2, "not UTF-8 text"),
    "deep array": (f'name = "A"\nconditions = {DEEP_ARRAY}\n'.encode(), 2,
                   "nested more than 8 levels"),
    "deep inline table": (f'name = "A"\nx = {DEEP_TABLE}\n'.encode(), 2,
                          "nested more than 8 levels"),
    "too large": (b'name = "A"\n' + b"# x\n" * 10_000, 8191, "more than the 32 KiB"),
    "number too long": (b'name = "A"\norder = ' + b"9" * 5000 + b"\n", 2, "too many digits"),
    "tag that is no topic id": (b'name = "A"\nconditions = ["<b>x</b>"]\n', 2,
                                "'<b>x</b>' in 'conditions' is not a topic id"),
}


@pytest.mark.parametrize("case", EXPERIENCE_FAULTS)
def test_a_faulty_experience_is_named_and_skipped_and_the_others_load(tmp_path, case):
    data, line, message = EXPERIENCE_FAULTS[case]
    path = write_bytes(tmp_path / "a.toml", data)
    write_bytes(tmp_path / "goed.toml", b'name = "Goed"\n')
    experiences, problems = load_experiences(tmp_path)
    assert [e.name for e in experiences] == ["Goed"]
    assert_named(problems, path, line, message)


def test_a_folder_named_like_an_experience_is_named_and_skipped(tmp_path):
    (tmp_path / "x.toml").mkdir()
    write_bytes(tmp_path / "goed.toml", b'name = "Goed"\n')
    experiences, problems = load_experiences(tmp_path)
    assert [e.name for e in experiences] == ["Goed"]
    assert_named(problems, tmp_path / "x.toml", None, "is a folder")


def test_an_experience_with_a_byte_order_mark_loads(tmp_path):
    write_bytes(tmp_path / "a.toml", b'\xef\xbb\xbfname = "A"\n')
    experiences, problems = load_experiences(tmp_path)
    assert problems == [] and [e.name for e in experiences] == ["A"]


def test_a_photo_outside_the_experiences_folder_is_refused(tmp_path):
    outside = write_bytes(tmp_path / "foto.png", b"\x89PNG\r\n\x1a\n")
    folder = tmp_path / "experiences"
    path = write_bytes(folder / "a.toml", b'name = "A"\nphoto = "../foto.png"\n')
    (folder / "link.png").symlink_to(outside)
    linked = write_bytes(folder / "b.toml", b'name = "B"\nphoto = "link.png"\n')
    experiences, problems = load_experiences(folder)
    assert experiences == []
    assert_named(problems, path, 2, "photo '../foto.png' is outside the experiences folder")
    assert_named(problems, linked, 2, "photo 'link.png' is outside the experiences folder")


TREATMENT_FAULTS = {
    "not UTF-8": (TREATMENT_PATH.read_bytes().replace(b"Exercise", b"\xff", 1), 9,
                  "not UTF-8 text"),
    "deep array": (TREATMENT_PATH.read_bytes() + f"x = {DEEP_ARRAY}\n".encode(),
                   TREATMENT_PATH.read_bytes().count(b"\n") + 1,
                   "nested more than 8 levels"),
    "too large": (TREATMENT_PATH.read_bytes() + b"# x\n" * 10_000,
                  (TREATMENT_PATH.read_bytes() + b"# x\n" * 10_000)[:limits.MAX_FILE_BYTES]
                  .count(b"\n") + 1, "more than the 32 KiB"),
    "steps that are no tables": (b'step = ["a", "b"]\n', 1, "'step' must be a list of [[step]]"),
}


@pytest.mark.parametrize("case", TREATMENT_FAULTS)
def test_a_faulty_treatment_path_is_named(tmp_path, case):
    data, line, message = TREATMENT_FAULTS[case]
    path = write_bytes(tmp_path / "treatment-path.toml", data)
    steps, problems = load_treatment_path(path)
    assert steps == []
    assert_named(problems, path, line, message)


def test_a_treatment_path_that_is_a_folder_is_named(tmp_path):
    steps, problems = load_treatment_path(tmp_path)
    assert steps == [] and messages(problems) == [
        f"{tmp_path}: is a folder, not a text file; it is skipped"]


def test_at_run_time_each_bad_file_is_named_and_everything_else_works(make_window, tmp_path):
    clinic = tmp_path / "clinic"
    latin = write_bytes(clinic / "notices" / "nl" / "a.md", NOTICE_FAULTS["not UTF-8"][0])
    deep = write_bytes(clinic / "nl" / "diep.md", TOPIC_FAULTS["deep array"][0])
    folder = clinic / "nl" / "x.md"
    folder.mkdir()
    write_topic(clinic, "nl", "goed", topic_text("goed", title='"Goed"'))
    window = make_window(content=clinic)
    shown = window.notice_bar.messages()
    for start in (f"{latin}:2: not UTF-8", f"{deep}:8: invalid front matter",
                  f"{folder}: is a folder"):
        assert any(message.startswith(start) for message in shown), (start, shown)
    assert window.open_topic("goed") and window.article.topic_id == "goed"
    assert window.open_topic("hernia") and window.article.topic_id == "hernia"


def test_a_named_pipe_read_as_a_file_is_named_not_waited_on(tmp_path):
    pipe = tmp_path / "clinic.toml"
    os.mkfifo(pipe)
    problem = read_text(pipe, limits.MAX_FILE_BYTES)
    assert isinstance(problem, Diagnostic) and "not an ordinary file" in problem.message
    assert "is a folder" in read_text(tmp_path, limits.MAX_FILE_BYTES).message
