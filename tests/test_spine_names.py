"""The names on the close-ups: in the reader's language, switched on and off, captions as
headings, left out where they would not fit, and on the handout in the patient's language
and large enough to read on paper."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontInfo

from conftest import show
from rugwijzer.session import Consultation
from rugwijzer.ui.spine import art, names, render
from rugwijzer.ui.spine.canvas import SpineCanvas
from rugwijzer.ui.spine.drawings import SpineState, drawing


def texts(canvas, kind=None):
    return {item.text for item in canvas.label_boxes() if kind is None or item.label.kind == kind}


@pytest.fixture
def hernia(make_window, qtbot):
    window = make_window(topic="hernia")
    window.resize(1920, 1080)
    show(window, qtbot)
    return window


def test_the_names_of_parts_are_painted_in_the_interface_language(hernia):
    canvas = hernia.article_page.spine.canvas
    assert {"Kern", "Ring", "Zenuwwortel"} <= texts(canvas, art.TERM)
    assert texts(canvas, art.CAPTION) == {"Gezond", "Hernia"}
    dutch = canvas.grab().toImage()
    hernia.session.set_language("en")
    assert {"Nucleus", "Annulus", "Nerve root"} <= texts(canvas, art.TERM)
    assert texts(canvas, art.CAPTION) == {"Healthy", "Herniated disc"}
    # Painted anew, not taken from what was kept of the Dutch picture.
    assert canvas.grab().toImage() != dutch


def test_the_names_can_be_switched_off_for_the_rest_of_the_session(hernia):
    spine = hernia.article_page.spine
    canvas = spine.canvas
    switch = spine.names_switch
    assert switch.isVisible() and switch.isChecked() and switch.text() == "Namen"
    assert switch.accessibleName() == "De namen van de delen tonen"
    switch.setChecked(False)
    assert texts(canvas, art.TERM) == set()
    assert texts(canvas, art.CAPTION) == {"Gezond", "Hernia"}  # what each half shows stays
    assert not spine.state().names
    # Another condition, another close-up: still without names.
    hernia.open_topic("spinaalstenose")
    assert spine.current_view() == "canal" and not switch.isChecked()
    assert texts(canvas, art.TERM) == set()
    # The whole spine names no parts: nothing to switch there.
    hernia.open_topic("oorzaak")
    assert not switch.isVisible()
    hernia.open_topic("hernia")
    assert not switch.isChecked()
    # The next reader starts with the names.
    hernia.reset_session()
    hernia.open_topic("hernia")
    assert switch.isChecked() and texts(canvas, art.TERM)


def test_captions_are_headings_over_their_halves(hernia):
    canvas = hernia.article_page.spine.canvas
    font = canvas.label_font()
    captions = [item for item in canvas.label_boxes() if item.label.kind == art.CAPTION]
    assert captions and all(item.style == names.HEADING for item in captions)
    heading = names.heading_font(font)
    assert heading.bold() and QFontInfo(heading).pixelSize() > QFontInfo(font).pixelSize()
    # Each above the half it names.
    tops = sorted(item.box.top() for item in captions)
    drawn = canvas.transform().mapRect(canvas.artwork.drawn_rect())
    assert tops[0] < drawn.top() + 10 and tops[1] > drawn.center().y() - 20


@pytest.mark.parametrize("view", ["disc", "canal", "facet"])
def test_a_part_name_that_would_not_fit_is_left_out_rather_than_cover_the_drawing(qapp, view):
    canvas = SpineCanvas()
    canvas.set_artwork(*drawing(view, True))
    canvas.resize(880, 1000)
    terms = [label for label in canvas.artwork.labels if label.kind == art.TERM]
    assert len(texts(canvas, art.TERM)) == len({label.text for label in terms})
    canvas.resize(200, 260)
    small = canvas.label_boxes()
    assert len([item for item in small if item.label.kind == art.TERM]) < len(terms)
    transform = canvas.transform()
    drawn = [transform.map(part.path) for part in canvas.artwork.parts
             if part.material != art.CURVE and not part.backdrop]
    for item in small:
        assert QRectF(canvas.rect()).contains(item.box), item.text
        if item.label.kind != art.LEVEL:
            assert not any(path.intersects(item.box) for path in drawn), item.text
    # Each half still says what it shows, on two lines where one is too wide.
    assert len([item for item in small if item.label.kind == art.CAPTION]) == 2


def test_handout_pictures_name_the_parts_in_the_patients_language(qapp, monkeypatch):
    painted = []
    monkeypatch.setattr(names, "paint", lambda painter, placed, transform, font, colours:
                        painted.append([item.text for item in placed]))
    state = SpineState.for_topic(["disc-L4-L5", "nerve-root-L5"], "disc")
    render.handout_pictures(state, Consultation(), "nl")
    render.handout_pictures(state, Consultation(), "en")
    dutch, english = painted
    assert {"Gezond", "Hernia", "Kern", "Ring", "Zenuwwortel", "Wervellichaam"} <= set(dutch)
    assert {"Healthy", "Herniated disc", "Nucleus", "Annulus", "Vertebral body"} <= set(english)
    assert names.terms_in("nl")("Facet joint") == "Facetgewrichtje"
    assert names.terms_in("en")("Facet joint") == "Facet joint"


@pytest.mark.parametrize(("view", "affected"), [("disc", True), ("canal", True),
                                                ("facet", True), ("side", False)])
def test_handout_names_are_as_large_on_paper_as_small_print_and_all_there(qapp, view,
                                                                          affected):
    artwork, _shapes = drawing(view, affected)
    font = render.handout_font()
    # The handout shows a picture 260 of its pixels wide (about 7 cm): 12 of them are 9 pt.
    on_paper = QFontInfo(font).pixelSize() * 260 / render.HANDOUT_WIDTH
    assert on_paper >= 12
    transform, height = names.fitted(artwork, render.HANDOUT_WIDTH,
                                     round(render.HANDOUT_WIDTH * render.HANDOUT_MAX_HEIGHT),
                                     font, terms=names.terms_in("nl"))
    picture = QRectF(0, 0, render.HANDOUT_WIDTH, height)
    placed = names.place(artwork, transform, font, terms=names.terms_in("nl"), canvas=picture,
                         spread_columns=True)
    if view != "side":
        # Every part keeps its name, and each half its heading.
        assert len(placed) == len(artwork.labels)
        assert all(item.style == names.HEADING for item in placed
                   if item.label.kind == art.CAPTION)
    for item in placed:
        assert picture.contains(item.box), item.text
    # The drawing fills the picture in its height or width.
    drawn = transform.mapRect(artwork.drawn_rect())
    assert picture.contains(drawn)
    assert max(drawn.width() / picture.width(), drawn.height() / picture.height()) > 0.75
