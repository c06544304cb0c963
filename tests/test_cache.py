"""What a start keeps for the next one: a text's HTML, what each topic file was read as and
the spine's drawings. A kept entry never shows anything but what the file says now, and a
damaged entry or a folder that cannot be written costs only time."""

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import show, topic_text, write_topic
from rugwijzer import cache, resources
from rugwijzer.content import loader, render
from rugwijzer.content.loader import load_library
from rugwijzer.content.render import markdown_to_html, refused_images, render_body

SRC = Path(__file__).resolve().parents[1] / "src"


def entries(folder: Path, kind: str) -> list[Path]:
    return sorted(p for p in folder.glob(f"{kind}-*/*") if not p.name.startswith("."))


def test_nothing_is_kept_until_a_folder_is_named(tmp_path):
    cache.use(None)
    assert markdown_to_html("*a*") == "<p><em>a</em></p>"
    load_library([resources.content_dir()])
    assert list(tmp_path.iterdir()) == []


def test_html_is_kept_and_taken_from_the_cache(kept, monkeypatch):
    made = markdown_to_html("Een *korte* tekst.")
    assert len(entries(kept, "html")) == 1
    # Taken from the cache, the converter is not asked again.
    monkeypatch.setattr(render, "_converter", lambda: pytest.fail("converted again"))
    assert markdown_to_html("Een *korte* tekst.") == made


def test_an_other_text_is_never_answered_from_the_cache(kept):
    assert markdown_to_html("Eerste.") != markdown_to_html("Tweede.")
    assert markdown_to_html("Tweede.") == "<p>Tweede.</p>"


@pytest.mark.parametrize("damage", [b"", b"\x00\xff", b"[1, 2]", b'{"html": 3, "images": []}',
                                    b'{"html": "<p>Oud</p>", "images": [["a", 1]]}', b"{"])
def test_a_damaged_entry_is_made_again(kept, damage):
    made = markdown_to_html("Nieuw.")
    (entry,) = entries(kept, "html")
    entry.write_bytes(damage)
    assert markdown_to_html("Nieuw.") == made
    assert json.loads(entry.read_bytes())["html"] == made


def test_an_image_that_appears_or_goes_is_shown_as_it_is_now(kept, tmp_path):
    content = tmp_path / "content"
    path = write_topic(content, "nl", "foto", topic_text("foto", "![Een foto](foto.png)\n"))
    topic = load_library([content]).library.get("foto", "nl")
    assert "<img" not in render_body(topic, "")
    assert [image.src for image in refused_images(topic)] == ["foto.png"]

    picture = path.with_name("foto.png")
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert f'src="{picture.as_uri()}"' in render_body(topic, "")
    assert refused_images(topic) == []

    picture.unlink()
    assert "<img" not in render_body(topic, "")
    assert len(refused_images(topic)) == 1


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    cache.use(blocked / "cache")
    try:
        assert markdown_to_html("*a*") == "<p><em>a</em></p>"
        loaded = load_library([resources.content_dir()])
        assert loaded.library.get("hernia", "nl") is not None
    finally:
        cache.use(None)


def test_topics_read_from_the_cache_are_those_read_from_the_files(kept, tmp_path):
    content = tmp_path / "content"
    write_topic(content, "nl", "eigen", topic_text("eigen", "Tekst.\n\nMeer tekst.\n",
                                                   reviewed="2026-01-02", regions='["sacrum"]'))
    folders = [resources.content_dir(), content]
    fresh = load_library(folders)
    assert len(entries(kept, "index")) == 2  # one for each content folder
    again = load_library(folders)
    assert again.library.topics == fresh.library.topics
    assert again.key_lines == fresh.key_lines
    assert [str(d) for d in again.diagnostics] == [str(d) for d in fresh.diagnostics]
    assert any("'reviewed'" in str(d) for d in again.diagnostics)


def test_starts_with_and_without_a_clinic_folder_both_find_their_files_read(
        kept, tmp_path, monkeypatch):
    for number in range(40):
        write_topic(tmp_path, "nl", f"t{number}", topic_text(f"t{number}"))
    load_library([resources.content_dir(), tmp_path])
    load_library([resources.content_dir()])
    monkeypatch.setattr(loader, "parse_topic_text", lambda *args: pytest.fail("parsed again"))
    load_library([resources.content_dir(), tmp_path])
    load_library([resources.content_dir()])


def test_a_changed_file_is_read_anew(kept, tmp_path):
    write_topic(tmp_path, "nl", "eigen", topic_text("eigen", title='"Oud"'))
    assert load_library([tmp_path]).library.get("eigen", "nl").title == "Oud"
    write_topic(tmp_path, "nl", "eigen", topic_text("eigen", title='"Nieuw"'))
    assert load_library([tmp_path]).library.get("eigen", "nl").title == "Nieuw"
    write_topic(tmp_path, "nl", "eigen", topic_text("eigen", title="= kapot"))
    loaded = load_library([tmp_path])
    assert loaded.library.get("eigen", "nl") is None
    assert [d.line for d in loaded.diagnostics] == [4]


def test_a_sealed_entry_is_opened_only_as_it_was_written():
    payload = bytes(range(256)) * 4
    data = cache.sealed(payload)
    assert cache.unsealed(data) == payload
    for position in (0, 20, 40, len(data) // 2, len(data) - 1):
        changed = bytearray(data)
        changed[position] ^= 0x01
        assert cache.unsealed(bytes(changed)) is None, position
    for cut in (0, 10, len(data) - 1):
        assert cache.unsealed(data[:cut]) is None
    assert cache.unsealed(data + b"x") is None


def read_index(path: Path) -> dict:
    return marshal.loads(cache.unsealed(path.read_bytes()))


def write_index(path: Path, entries: object) -> None:
    path.write_bytes(cache.sealed(marshal.dumps(entries)))


@pytest.mark.parametrize("damage", ["empty", "flipped", "cut", "a list", "not whole", "not a dict"])
def test_a_damaged_index_is_read_past(kept, tmp_path, damage):
    write_topic(tmp_path, "nl", "eigen", topic_text("eigen", title='"Eigen"'))
    load_library([tmp_path])
    (index,) = entries(kept, "index")
    data = index.read_bytes()
    name = next(iter(read_index(index)))
    if damage == "empty":
        index.write_bytes(b"")
    elif damage == "flipped":
        index.write_bytes(data[:-5] + bytes([data[-5] ^ 0x10]) + data[-4:])
    elif damage == "cut":
        index.write_bytes(data[:len(data) // 2])
    elif damage == "a list":
        write_index(index, [1, 2])
    elif damage == "not whole":
        # An entry under the very name of the file's text, but not whole.
        write_index(index, {name: {"fields": {"id": "ander"}}})
    else:
        write_index(index, {name: 1})
    assert load_library([tmp_path]).library.get("eigen", "nl").title == "Eigen"


@pytest.mark.parametrize(("field", "value"), [("title", 5), ("regions", [1]), ("order", True),
                                              ("updated", "gisteren"), ("view", 3)])
def test_an_index_entry_of_the_wrong_kind_is_read_past(kept, tmp_path, field, value):
    write_topic(tmp_path, "nl", "eigen", topic_text("eigen", title='"Eigen"'))
    load_library([tmp_path])
    (index,) = entries(kept, "index")
    stored = read_index(index)
    for entry in stored.values():
        entry["fields"][field] = value
    write_index(index, stored)
    topic = load_library([tmp_path]).library.get("eigen", "nl")
    assert (topic.title, topic.regions, topic.order) == ("Eigen", (), 5)


def test_the_index_holds_at_most_twice_the_files_a_start_reads(kept, tmp_path):
    for edit in range(6):
        for number in range(3):
            write_topic(tmp_path, "nl", f"t{number}",
                        topic_text(f"t{number}", title=f'"T{number}, {edit}"'))
        load_library([tmp_path])
        (index,) = entries(kept, "index")
        assert len(read_index(index)) <= 6


def test_the_code_that_read_a_file_is_part_of_its_name(kept, tmp_path, monkeypatch):
    write_topic(tmp_path, "nl", "eigen", topic_text("eigen"))
    folders = []
    for version in range(5):
        monkeypatch.setattr(loader, "_stamp", f"code {version}")
        load_library([tmp_path])
        folders.append(cache._kind_folder("index", f"code {version}"))
        assert (folders[-1] / next(iter(folders[-1].iterdir())).name).is_file()
        # Written in turn, as two programs sharing the folder would.
        os.utime(folders[-1], ns=(version * 10**9, version * 10**9))
    assert len(set(folders)) == 5
    left = {path.parent for path in entries(kept, "index")}
    assert left == set(folders[-cache.VERSIONS_KEPT:])


def test_a_code_stamp_follows_the_code_files(tmp_path):
    code = tmp_path / "module.py"
    code.write_text("a = 1\n")
    before = cache.code_stamp([str(code)])
    code.write_text("a = 22\n")
    assert cache.code_stamp([str(code)]) != before
    assert cache.code_stamp([str(tmp_path / "frozen.pyc")]) == cache.code_stamp([])


def test_the_spine_drawings_come_back_as_they_were_drawn(qapp):
    from rugwijzer.ui.spine import art
    from rugwijzer.ui.spine.art import stored

    for view in art.VIEW_BUILDERS:
        for variant in (False, True):
            drawn = getattr(art, art._BUILDERS[view])(variant)
            back = stored.from_bytes(stored.to_bytes(drawn))
            assert back == drawn, (view, variant)


def test_a_damaged_spine_drawing_is_drawn_anew(qapp):
    from rugwijzer.ui.spine import art
    from rugwijzer.ui.spine.art import stored

    data = stored.to_bytes(art.side_view(False))
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x40
    for damaged in (b"", data[:-9], bytes(flipped), data[:40], b"x" * len(data), data + b"x"):
        assert stored.from_bytes(damaged) is None


def test_the_outlines_of_the_parts_come_back_as_they_were_made(qapp):
    from rugwijzer.ui.spine import art, drawings
    from rugwijzer.ui.spine.art import stored

    for view in art.VIEW_BUILDERS:
        for variant in (False, True):
            made = drawings.region_shapes(getattr(art, art._BUILDERS[view])(variant))
            back = stored.shapes_from_bytes(stored.shapes_to_bytes(made))
            assert [region for region, _ in back] == [region for region, _ in made]
            assert all(a == b for (_, a), (_, b) in zip(back, made, strict=True)), view


def test_damaged_outlines_are_made_anew(qapp, kept, monkeypatch):
    from rugwijzer.ui.spine import drawings
    from rugwijzer.ui.spine.art import stored

    data = stored.shapes_to_bytes(drawings.region_shapes(drawings.art.side_view(False)))
    for damaged in (b"", data[:-9], data[:40], data + b"x"):
        assert stored.shapes_from_bytes(damaged) is None
    # In a start: kept, then taken from the cache, and made anew once damaged.
    made = []
    outlines = drawings.region_shapes
    monkeypatch.setattr(drawings, "region_shapes", lambda a: made.append(1) or outlines(a))

    def fresh():
        monkeypatch.setattr(drawings, "_made", {})
        return drawings.drawing("side", False)[1]

    first = fresh()
    assert made == [1]
    assert [r for r, _ in fresh()] == [r for r, _ in first] and made == [1]
    (entry,) = entries(kept, "spine-outlines")
    entry.write_bytes(entry.read_bytes()[:-5])
    assert [r for r, _ in fresh()] == [r for r, _ in first] and made == [1, 1]


WARM_START = r"""
import json, sys
from PySide6.QtCore import QTimer
from rugwijzer.app import build_window, create_application
from rugwijzer.options import StartOptions
from rugwijzer.settings import Settings
from pathlib import Path

from rugwijzer.ui.spine import drawings, render

painted, outlined = [], []
paint_drawing, region_shapes = render.paint_drawing, drawings.region_shapes
render.paint_drawing = lambda *args, **kwargs: (painted.append(1),
                                                paint_drawing(*args, **kwargs))[1]
drawings.region_shapes = lambda artwork: (outlined.append(1), region_shapes(artwork))[1]
app = create_application()
window = build_window(StartOptions(lang="nl", topics=("start",)),
                      settings=Settings(Path(sys.argv[1])))
window.resize(1280, 800)

def ready():
    window.grab().save(sys.argv[2])
    found = {name: name in sys.modules for name in (
        "markdown", "segno", "rugwijzer.ui.spine.art.side", "rugwijzer.ui.spine.art.axial",
        "hashlib", "xml.etree.ElementTree", "rugwijzer.content.search.engine")}
    print(json.dumps({**found, "the spine's drawing painted": bool(painted),
                      "its parts' outlines made": bool(outlined)}))
    app.quit()

window.startupFinished.connect(lambda: QTimer.singleShot(0, ready))
window.show()
app.exec()
"""


def test_a_start_with_a_warm_cache_imports_neither_markdown_nor_the_drawing_code(tmp_path):
    """Nor what only some starts need: OpenSSL's hashes, XML, QR codes, search; and it
    shows the spine's picture kept by the start before, without painting the drawing or
    making the outlines of its parts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(SRC))

    def start(shot: str) -> dict:
        done = subprocess.run([sys.executable, "-c", WARM_START, str(tmp_path / "s.ini"),
                               str(tmp_path / shot)], env=env, capture_output=True, text=True,
                              timeout=120, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])

    cold = start("cold.png")
    assert cold["markdown"] and cold["rugwijzer.ui.spine.art.side"]
    assert cold["the spine's drawing painted"] and cold["its parts' outlines made"]
    warm = start("warm.png")
    assert not any(warm.values()), warm
    assert (tmp_path / "cold.png").read_bytes() == (tmp_path / "warm.png").read_bytes()


def test_markdown_is_prepared_in_a_thread_of_its_own(monkeypatch):
    """So that the first text not yet in the cache does not wait for Python-Markdown to
    load; the window's thread then uses the converter made there."""
    import threading

    monkeypatch.setattr(render, "_markdown", None)
    made_in = []
    make = render._make_converter
    monkeypatch.setattr(render, "_make_converter",
                        lambda: (made_in.append(threading.current_thread().name), make())[1])
    thread = render.prepare_in_background()
    assert thread is not None
    thread.join(30)
    assert made_in == ["markdown"]
    converter = render._markdown
    assert converter is not None
    assert markdown_to_html("*a*") == "<p><em>a</em></p>"
    assert render._markdown is converter and made_in == ["markdown"]
    assert render.prepare_in_background() is None


def test_the_window_prepares_markdown_after_its_first_look(make_window, qtbot, monkeypatch):
    from rugwijzer.ui.window import deferred

    monkeypatch.setattr(deferred, "DRAWINGS_DELAY_MS", 0)
    asked = []
    monkeypatch.setattr(render, "prepare_in_background", lambda: asked.append(True))
    window = make_window()
    show(window, qtbot)
    assert window.ready
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)
