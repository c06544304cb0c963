"""The first picture of the spine a canvas paints is kept between runs: the next start shows
it without painting the drawing again, and a picture is never shown for anything but what
it was painted for."""

import os

import pytest
from PySide6.QtGui import QImage

from rugwijzer import cache
from rugwijzer.ui import theme
from rugwijzer.ui.spine import drawings, pictures, render
from rugwijzer.ui.spine.canvas import SpineCanvas


def kept_pictures(folder) -> list:
    return sorted(p for p in folder.glob(f"{pictures.KIND}-*/*") if not p.name.startswith("."))


@pytest.fixture
def painted(monkeypatch):
    """How often the drawing itself is painted."""
    calls = []
    paint = render.paint_drawing

    def counting(*args, **kwargs):
        calls.append(1)
        return paint(*args, **kwargs)

    monkeypatch.setattr(render, "paint_drawing", counting)
    return calls


def picture(qtbot, size=(300, 600), view="side") -> QImage:
    """A new canvas's first picture of ``view``, as a start shows it."""
    canvas = SpineCanvas()
    qtbot.addWidget(canvas)
    canvas.set_artwork(*drawings.drawing(view, False))
    canvas.resize(*size)
    return canvas.grab().toImage()


def test_the_next_start_shows_the_kept_picture_as_it_was_painted(qapp, qtbot, kept, painted):
    first = picture(qtbot)
    assert len(painted) == 1 and len(kept_pictures(kept)) == 1
    again = picture(qtbot)
    assert len(painted) == 1, "painted again"
    assert again == first


@pytest.mark.parametrize("change", ["size", "theme", "language", "view"])
def test_a_picture_is_not_shown_for_anything_else(qapp, qtbot, kept, painted, change):
    from rugwijzer.i18n import Translations

    # The close-up of a disc names its parts in the interface's language.
    size, view = (300, 600), "disc" if change == "language" else "side"
    first = picture(qtbot, size, view)
    translations = Translations(qapp)
    if change == "size":
        size = (320, 600)
    elif change == "theme":
        theme.set_theme(theme.DARK)
    elif change == "language":
        translations.switch("nl")
    else:
        view = "back"
    try:
        other = picture(qtbot, size, view)
    finally:
        theme.set_theme(theme.LIGHT)
        translations.uninstall()
    assert len(painted) == 2, "the kept picture was shown for another"
    assert other != first
    assert len(kept_pictures(kept)) == 2


@pytest.mark.parametrize("damage", ["empty", "flipped", "cut", "not a picture"])
def test_a_damaged_picture_is_painted_anew(qapp, qtbot, kept, painted, damage):
    from rugwijzer.cache import sealed

    first = picture(qtbot)
    (entry,) = kept_pictures(kept)
    data = entry.read_bytes()
    entry.write_bytes({"empty": b"", "flipped": data[:-20] + bytes([data[-20] ^ 1]) + data[-19:],
                       "cut": data[: len(data) // 2],
                       "not a picture": sealed(b"\x89PNG but not one")}[damage])
    assert picture(qtbot) == first
    assert len(painted) == 2


def test_only_a_canvas_s_first_picture_is_kept(qapp, qtbot, kept, painted):
    canvas = SpineCanvas()
    qtbot.addWidget(canvas)
    canvas.set_artwork(*drawings.drawing("side", False))
    for width in (300, 310, 320, 330):
        canvas.resize(width, 600)
        canvas.grab()
    assert len(painted) == 4
    assert len(kept_pictures(kept)) == 1


def test_a_drawing_not_of_the_program_s_own_is_not_kept(qapp, qtbot, kept):
    from rugwijzer.ui.spine import art

    artwork, shapes = drawings.drawing("side", False)
    canvas = SpineCanvas()
    qtbot.addWidget(canvas)
    canvas.set_artwork(art.Artwork(list(artwork.parts), list(artwork.labels)), shapes)
    canvas.resize(300, 600)
    canvas.grab()
    assert kept_pictures(kept) == []


def test_without_a_cache_folder_nothing_is_kept(qapp, qtbot, tmp_path, painted):
    cache.use(None)
    picture(qtbot)
    picture(qtbot)
    assert len(painted) == 2
    assert list(tmp_path.iterdir()) == []


def test_only_the_last_few_pictures_are_kept(qapp, qtbot, kept):
    for width in range(300, 300 + 10 * (pictures.KEPT + 2), 10):
        picture(qtbot, (width, 600))
    kept_now = kept_pictures(kept)
    assert len(kept_now) == pictures.KEPT


def test_trimming_keeps_the_entries_written_last(kept):
    for number in range(5):
        cache.write("things", "stamp", f"{number}.bin", b"x")
        path = next(kept.glob("things-*")) / f"{number}.bin"
        os.utime(path, ns=(number * 10**9, number * 10**9))
    cache.trim("things", "stamp", 2)
    assert sorted(p.name for p in next(kept.glob("things-*")).iterdir()) == ["3.bin", "4.bin"]
