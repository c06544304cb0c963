"""The experience cards and the advice panel as widgets: complete, honest, and readable."""

import shutil
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import Qt, QTranslator, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QVBoxLayout, QWidget

from qr_reader import decode, modules_from_image, read_qr
from rugwijzer import resources
from rugwijzer.content.clinic import ClinicProfile
from rugwijzer.content.contrast import MINIMUM, ratio
from rugwijzer.content.experiences import load_experiences
from rugwijzer.content.loader import load_library
from rugwijzer.ui import theme
from rugwijzer.ui.advice import AdvicePanel
from rugwijzer.ui.experiences import (
    AVATAR_COLOURS,
    ExperienceCard,
    ExperiencesPanel,
    MatchingExperiences,
    avatar_colours,
)

FIXTURES = Path(__file__).parent / "fixtures" / "experiences"
NAMES = ["Tessa Tiller", "Corné van Overveld", "Erwin Hokke", "Paula Scheffer", "Jorg Remi"]
PHOTO_COLOUR = "#AA8866"
WEBSITE = "https://www.example.org/rug"
FULL = ClinicProfile(name="Rugkliniek Test", website=WEBSITE, phone="+31 20 000 00 00",
                     email="info@example.org", address="Teststraat 1\n1234 AB Teststad",
                     opening_hours="ma–vr 8:30–17:00")


@pytest.fixture(scope="module")
def library():
    return load_library([resources.content_dir()]).library


@pytest.fixture
def title_for(library):
    language = {"lang": "nl"}

    def title(topic_id):
        return library.get(topic_id, language["lang"]).title

    title.language = language
    return title


@pytest.fixture
def shipped():
    experiences, problems = load_experiences(resources.resource("experiences"))
    assert problems == []
    return experiences


@pytest.fixture
def with_extras(tmp_path):
    """The fixture patients, with the photo that one of them refers to drawn here."""
    folder = tmp_path / "experiences"
    shutil.copytree(FIXTURES, folder)
    photo = QImage(90, 120, QImage.Format.Format_RGB32)
    photo.fill(QColor(PHOTO_COLOUR))
    assert photo.save(str(folder / "anna-de-wit.png"))
    experiences, problems = load_experiences(folder)
    assert problems == []
    return experiences


@pytest.fixture
def on_screen(qtbot):
    """Show a widget inside a window, as the main window holds it.

    The window's minimum size is its own, as the main window's is: otherwise every change of
    the layout would be passed on to the offscreen platform, which warns that it cannot.
    """
    hosts = []

    def show(widget: QWidget, width: int, height: int, natural_height: bool = False) -> QWidget:
        host = QWidget()
        host.setMinimumSize(200, 200)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        if natural_height:
            layout.addStretch(1)
        qtbot.addWidget(host)
        hosts.append(host)
        host.resize(width, height)
        host.show()
        qtbot.waitExposed(host)
        return host

    return show


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def interactive(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget)
            if isinstance(w, QPushButton | QComboBox) and shown(w)]


def assert_named(widget: QWidget) -> None:
    found = interactive(widget)
    assert found
    for child in found:
        assert child.objectName() and child.accessibleName(), child


# ----- experience cards ------------------------------------------------------------------


def test_the_five_shipped_cards_are_complete_with_name_tag_and_initials(qtbot, on_screen, shipped,
                                                                         title_for):
    panel = ExperiencesPanel(shipped, title_for)
    on_screen(panel, 1100, 800)
    cards = panel.visible_cards()
    assert [c.experience.name for c in cards] == NAMES
    for card in cards:
        assert shown(card.name_label) and card.name_label.text() == card.experience.name
        assert [t.text() for t in card.tag_labels] == ["Hernia"]
        assert not card.avatar.shows_photo
        for optional in (card.quote_label, card.outcome_label, card.consent_label):
            assert not shown(optional), "nothing is shown that the clinic did not give"
        assert card.accessibleName() and card.experience.name in card.accessibleName()
    assert [c.avatar.experience.initials for c in cards] == ["TT", "CO", "EH", "PS", "JR"]
    assert len({c.height() for c in cards}) == 1, "five equal, tidy cards"
    # The avatar is drawn: its colour at the rim, the initials' colour somewhere inside.
    picture = cards[1].avatar.grab().toImage()
    background, foreground = avatar_colours("Corné van Overveld")
    centre = picture.width() // 2
    assert picture.pixelColor(centre, 4).name().upper() == background
    inks = {picture.pixelColor(x, y).name().upper() for x in range(picture.width())
            for y in range(picture.height())}
    assert foreground in inks
    assert "Every person is different" in panel.note.text()


def test_a_card_shows_quote_photo_outcome_and_consent_when_given(qtbot, on_screen, with_extras,
                                                                  title_for):
    anna = with_extras[0]
    card = ExperienceCard(anna, title_for, "nl")
    on_screen(card, 420, 300)
    assert card.quote_label.text() == "“Testcitaat in het Nederlands.”"
    assert card.outcome_label.text() == "Testuitkomst."
    assert "1 oktober 2026" in card.consent_label.text()
    assert [t.text() for t in card.tag_labels] == ["Hernia", "Oefentherapie"]
    assert card.avatar.shows_photo
    picture = card.avatar.grab().toImage()
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert middle.name().upper() == PHOTO_COLOUR, "the photo replaces the initials"
    assert "Anna" in card.avatar.accessibleName()

    title_for.language["lang"] = "en"
    card.set_language("en")
    assert card.quote_label.text() == "“Test quote in English.”"
    assert not shown(card.outcome_label), "no Dutch outcome on an English page"
    assert "1 October 2026" in card.consent_label.text()
    assert [t.text() for t in card.tag_labels] == ["Herniated disc", "Exercise therapy"]


def test_cards_without_extras_look_complete_too(qtbot, on_screen, with_extras, title_for):
    bert = ExperienceCard(with_extras[1], title_for, "nl")
    on_screen(bert, 420, 200)
    assert not bert.avatar.shows_photo
    assert not any(shown(label) for label in
                   (bert.quote_label, bert.outcome_label, bert.consent_label))
    assert bert.minimumSizeHint().height() < 200


def test_filters_narrow_the_cards_and_say_so(qtbot, on_screen, shipped, with_extras, title_for):
    panel = ExperiencesPanel(shipped + with_extras, title_for)
    on_screen(panel, 900, 700)
    combo = panel.condition_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All conditions", "Hernia", "Scoliose"]
    assert [panel.treatment_filter.itemText(i) for i in range(panel.treatment_filter.count())] \
        == ["All treatments", "Oefentherapie"]

    with qtbot.waitSignal(panel.filterChanged) as changed:
        combo.setCurrentIndex(combo.findData("scoliose"))
        combo.activated.emit(combo.currentIndex())
    assert changed.args == ["scoliose", None]
    assert [c.experience.name for c in panel.visible_cards()] == ["Bert Bos"]

    panel.set_filter(None, "oefentherapie")
    assert [c.experience.name for c in panel.visible_cards()] == ["Anna de Wit", "Bert Bos"]
    panel.set_filter("hernia", "oefentherapie")
    assert [c.experience.name for c in panel.visible_cards()] == ["Anna de Wit"]

    panel.set_filter("scoliose", "epidurale-injectie")
    assert panel.visible_cards() == [] and shown(panel.empty) and shown(panel.show_all)
    qtbot.mouseClick(panel.show_all, Qt.MouseButton.LeftButton)
    assert len(panel.visible_cards()) == 7 and not shown(panel.empty)
    assert (panel.condition, panel.treatment) == (None, None)
    assert panel.condition_filter.currentIndex() == 0
    assert_named(panel)


def test_a_filter_without_choices_is_not_offered(qtbot, on_screen, shipped, title_for):
    panel = ExperiencesPanel(shipped, title_for)
    on_screen(panel, 900, 700)
    assert shown(panel.condition_filter)
    assert not shown(panel.treatment_filter), "the shipped patients name no treatment"


@pytest.mark.parametrize(("width", "columns"), [(1200, 3), (760, 2), (420, 1)])
def test_the_grid_follows_the_width(qtbot, on_screen, shipped, title_for, width, columns):
    panel = ExperiencesPanel(shipped, title_for)
    on_screen(panel, width, 800)
    rows = -(-5 // columns)
    qtbot.waitUntil(lambda: len({card.y() for card in panel.visible_cards()}) == rows)
    assert panel.grid.columns == columns
    viewport = panel.scroll.viewport().width()
    assert all(card.geometry().right() < viewport for card in panel.visible_cards()), \
        "nothing sticks out sideways"


def test_matching_experiences_for_the_end_of_a_topic_page(qtbot, on_screen, shipped, with_extras,
                                                          title_for):
    strip = MatchingExperiences(shipped + with_extras, title_for)
    strip.set_topic("hernia")
    on_screen(strip, 900, 600)
    assert [c.experience.name for c in strip.cards] == [*NAMES, "Anna de Wit"]
    assert all(c.compact for c in strip.cards)
    strip.set_topic("oefentherapie")
    assert [c.experience.name for c in strip.cards] == ["Anna de Wit", "Bert Bos"]
    with qtbot.waitSignal(strip.allExperiencesRequested):
        qtbot.mouseClick(strip.all_button, Qt.MouseButton.LeftButton)
    assert_named(strip)
    strip.set_topic("spinaalstenose")
    assert strip.cards == [] and strip.isHidden(), "no heading above nothing"


def test_avatar_colours_are_calm_and_readable():
    for background, foreground in AVATAR_COLOURS:
        assert ratio(foreground, background) >= MINIMUM
    assert avatar_colours("Jorg Remi") == avatar_colours("Jorg Remi")


# ----- advice ----------------------------------------------------------------------------


def show_panel(on_screen, clinic, width=900, **options):
    panel = AdvicePanel(clinic, **options)
    on_screen(panel, width, 700, natural_height=True)
    return panel


def test_the_call_to_action_with_contact_details(qtbot, on_screen):
    panel = show_panel(on_screen, FULL)
    assert panel.heading.text() == "Recognise these complaints?"
    assert panel.invitation.text() == \
        "Let us advise you, without obligation, based on your personal situation."
    assert panel.name_label.text() == "Rugkliniek Test"
    assert panel.phone_label.text() == "Phone: +31 20 000 00 00"
    assert panel.email_button.text() == "info@example.org"
    assert panel.website_button.text() == "www.example.org/rug"
    assert panel.address_label.text() == "Teststraat 1\n1234 AB Teststad"
    assert "ma–vr 8:30–17:00" in panel.hours_label.text()
    assert not shown(panel.reception_label)
    assert_named(panel)


def test_the_qr_code_on_screen_opens_the_clinic_website(qtbot, on_screen):
    panel = show_panel(on_screen, FULL)
    assert panel.has_qr and shown(panel.qr_label)
    pixmap = panel.qr_label.pixmap()
    assert pixmap.deviceIndependentSize().width() >= 160, "scannable from a tablet"
    image = pixmap.toImage()
    modules, _, quiet = modules_from_image(image)
    assert quiet >= 4
    # The picture holds exactly segno's code for the website, and that code says it.
    expected = [[bool(m) for m in row] for row in segno.make_qr(WEBSITE, error="m").matrix]
    assert modules == expected
    assert decode(expected) == WEBSITE
    assert read_qr(image) == WEBSITE
    assert "website" in panel.qr_caption.text()


def test_without_a_website_the_qr_code_calls_the_clinic(qtbot, on_screen):
    panel = show_panel(on_screen, ClinicProfile(name="K", phone="+31 (0)20 123 45 67"),
                       compact=True)
    assert read_qr(panel.qr_label.pixmap().toImage()) == "tel:+31201234567"
    assert panel.qr_label.pixmap().deviceIndependentSize().width() >= 160
    assert "call" in panel.qr_caption.text()


def test_without_contact_details_the_reception_desk_and_no_qr(qtbot, on_screen):
    panel = show_panel(on_screen, ClinicProfile(name="ViaSana"))
    assert not panel.has_qr
    assert not shown(panel.qr_label) and not shown(panel.qr_box)
    assert panel.qr_label.pixmap().isNull()
    assert shown(panel.reception_label) and "reception desk" in panel.reception_label.text()
    for detail in (panel.name_label, panel.phone_label, panel.email_button,
                   panel.website_button, panel.address_label, panel.hours_label):
        assert not shown(detail)
    assert interactive(panel) == [], "nothing to click that leads nowhere"


def test_links_are_requested_not_opened(qtbot, on_screen):
    panel = show_panel(on_screen, FULL)
    with qtbot.waitSignal(panel.externalLinkRequested) as website:
        qtbot.mouseClick(panel.website_button, Qt.MouseButton.LeftButton)
    assert website.args == [QUrl(WEBSITE)]
    with qtbot.waitSignal(panel.externalLinkRequested) as mail:
        qtbot.mouseClick(panel.email_button, Qt.MouseButton.LeftButton)
    assert mail.args == [QUrl("mailto:info@example.org")]
    panel.set_links_enabled(False)
    assert not shown(panel.website_button) and not shown(panel.email_button)
    assert panel.website_text.text() == "www.example.org/rug" and shown(panel.website_text)


def test_compact_and_narrow_layouts(qtbot, on_screen):
    compact = show_panel(on_screen, FULL, compact=True)
    assert not shown(compact.address_label) and not shown(compact.hours_label)
    assert shown(compact.website_button) and shown(compact.phone_label)
    assert compact.height() < show_panel(on_screen, FULL).height()
    narrow = show_panel(on_screen, FULL, width=420)
    qtbot.waitUntil(lambda: narrow.qr_box.y() > narrow.invitation.geometry().bottom())
    assert narrow.qr_box.geometry().right() <= narrow.width()


def test_link_colour_reads_on_the_tinted_panel(qtbot, on_screen):
    panel = show_panel(on_screen, FULL)
    link = panel.website_button.palette().buttonText().color().name()
    background = panel.palette().window().color().name()
    assert background.upper() == theme.COLOURS.accent_soft
    assert ratio(link, background) >= MINIMUM


DUTCH = {"Recognise these complaints?": "Herkenbare klachten?",
         "All conditions": "Alle aandoeningen"}


class Dutch(QTranslator):
    """Just enough Dutch to see the widgets follow a language switch."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return DUTCH.get(source, "")

    def isEmpty(self):
        return False


def test_widgets_follow_a_language_switch(qtbot, on_screen, shipped, title_for):
    advice = show_panel(on_screen, FULL)
    panel = ExperiencesPanel(shipped, title_for)
    qtbot.addWidget(panel)
    translator = Dutch()
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: advice.heading.text() == "Herkenbare klachten?")
        qtbot.waitUntil(lambda: panel.condition_filter.itemText(0) == "Alle aandoeningen")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: advice.heading.text() == "Recognise these complaints?")
    qtbot.waitUntil(lambda: panel.condition_filter.itemText(0) == "All conditions")
