"""Patient experiences, the call to action with its QR code, and clinic notices."""

import datetime as dt

import pytest
import segno
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from conftest import read_qr, show
from rugwijzer.content.clinic import ClinicProfile
from rugwijzer.content.experiences import check_experiences, load_experiences, matching
from rugwijzer.content.notices import active_notices, load_notices
from rugwijzer.ui.article import panels
from rugwijzer.ui.qr import QUIET_ZONE

NAMES = ["Tessa Tiller", "Corné van Overveld", "Erwin Hokke", "Paula Scheffer", "Jorg Remi"]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_initials_skip_dutch_name_particles(tmp_path):
    write(tmp_path / "a.toml", 'name = "Corné van Overveld"\nconditions = ["hernia"]\n')
    write(tmp_path / "b.toml", 'name = "Jan ter Horst"\n')
    write(tmp_path / "c.toml", 'name = "Cher"\n')
    initials = {e.name: e.initials for e in load_experiences(tmp_path)[0]}
    assert initials == {"Corné van Overveld": "CO", "Jan ter Horst": "JH", "Cher": "C"}


@pytest.mark.parametrize(("text", "line", "message"), [
    ('name = "A"\nconditions = "hernia"\n', 2, "'conditions' must be a list of topic ids"),
    ('name = "A"\n\nleeftijd = 40\n', 3, "unknown key 'leeftijd'"),
    ('name = "A"\nphoto = "weg.jpg"\n', 2, "photo 'weg.jpg' not found"),
    ('name = "A"\nconsent_date = "gisteren"\n', 2, "'consent_date' must be a date"),
    ('name = = "A"\n', 1, "invalid experience"),
])
def test_faulty_experience_files_are_named_with_line(tmp_path, text, line, message):
    path = write(tmp_path / "x.toml", text)
    experiences, problems = load_experiences(tmp_path)
    assert experiences == []
    assert any(str(p).startswith(f"{path}:{line}: ") and message in str(p) for p in problems), \
        [str(p) for p in problems]


def test_tags_must_name_existing_topics(tmp_path):
    path = write(tmp_path / "x.toml", 'name = "A"\nconditions = ["hernia"]\n'
                                      'treatments = ["acupunctuur"]\n')
    experiences, _ = load_experiences(tmp_path)
    problems = check_experiences(experiences, {"hernia"})
    assert [str(p) for p in problems] == [
        f"{path}:3: unknown topic 'acupunctuur' in 'treatments'"]


@pytest.fixture
def clinic_experiences(tmp_path):
    photo = tmp_path / "anna.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#aa8866"))
    image.save(str(photo))
    write(tmp_path / "anna.toml", 'name = "Anna de Wit"\nconditions = ["hernia"]\n'
          'treatments = ["oefentherapie"]\nquote_nl = "Ik kan weer fietsen."\n'
          'quote_en = "I can cycle again."\nphoto = "anna.png"\n'
          "consent_date = 2026-10-01\norder = 1\n")
    write(tmp_path / "bert.toml", 'name = "Bert Bos"\nconditions = ["scoliose"]\norder = 2\n')
    experiences, problems = load_experiences(tmp_path)
    assert problems == []
    return experiences


def test_filters_by_condition_and_treatment(clinic_experiences):
    names = lambda items: [e.name for e in items]  # noqa: E731
    assert names(matching(clinic_experiences)) == ["Anna de Wit", "Bert Bos"]
    assert names(matching(clinic_experiences, condition="scoliose")) == ["Bert Bos"]
    assert names(matching(clinic_experiences, treatment="oefentherapie")) == ["Anna de Wit"]
    assert matching(clinic_experiences, "scoliose", "oefentherapie") == []


def test_cards_show_quote_photo_and_consent_only_when_given(make_window, clinic_experiences):
    window = make_window()
    card_html = panels.experiences_html(clinic_experiences, window.library, "nl", filters=True)
    assert "Ik kan weer fietsen." in card_html
    assert clinic_experiences[0].photo.as_uri() in card_html
    assert "Gedeeld met toestemming, 1 oktober 2026" in card_html
    assert card_html.count("“") == 1, "no quote appears for a patient without one"
    assert card_html.count('class="card"') == 1, "only a patient with a story has a card"
    assert '<span class="chip">&nbsp;Bert&nbsp;Bos&nbsp;</span>' in card_html
    assert "avatar:BB" not in card_html
    assert "Iedereen is anders" in card_html, "a story comes with its caution"
    assert "Voor medewerkers" not in card_html, "the clinic has added a story"
    avatar = panels.avatar_image("BB")
    assert not avatar.isNull() and avatar.pixelColor(32, 32).alpha() == 255


def test_a_condition_page_names_patients_without_a_story_on_one_line(make_window,
                                                                     clinic_experiences):
    window = make_window()
    with_story = panels.experiences_html(clinic_experiences, window.library, "nl",
                                         condition="hernia")
    assert with_story.count('class="card"') == 1 and 'class="chip"' not in with_story
    without = panels.experiences_html(clinic_experiences, window.library, "nl",
                                      condition="scoliose")
    assert 'class="card"' not in without and "Iedereen is anders" not in without
    assert '<p class="chips"><span class="chip">&nbsp;Bert&nbsp;Bos&nbsp;</span>' in without
    assert '<a href="topic:ervaringen">Alle ervaringen van patiënten</a>' in without


def test_the_shipped_experiences_page_names_five_patients_and_how_stories_are_added(
        make_window):
    window = make_window(topic="ervaringen")
    text = window.article.toPlainText()
    for name in NAMES:
        assert name in text
    assert 'class="card"' not in window.texts.html("ervaringen", "nl")
    assert "alleen neer met schriftelijke toestemming van die patiënt" in text
    assert "Voor medewerkers van de kliniek: wilt u een verhaal toevoegen?" in text
    assert "Iedereen is anders" not in text, "no story, no caution about stories"
    for experience in window.texts.experiences:
        image = window.article.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl(f"avatar:{experience.initials}"))
        assert isinstance(image, QImage) and not image.isNull()


def test_experience_filter_links_narrow_the_cards(make_window, clinic_experiences):
    window = make_window(topic="ervaringen")
    window.texts.experiences = clinic_experiences
    window.texts.clear()
    window.open_topic("ervaringen", record=False)
    window.article.anchorClicked.emit(QUrl("filter:condition=scoliose"))
    text = window.article.toPlainText()
    assert "Bert Bos" in text and "Anna de Wit" not in text
    window.article.anchorClicked.emit(QUrl("filter:treatment=oefentherapie"))
    text = window.article.toPlainText()
    assert "Anna de Wit" in text and "Bert Bos" not in text


def test_the_hernia_page_ends_with_matching_experiences_and_advice(make_window, qtbot):
    window = make_window(topic="hernia")
    window.resize(1366, 768)
    show(window, qtbot)
    text = window.article.toPlainText()
    assert "Ervaringen van patiënten met hernia" in text
    for name in NAMES:
        assert name in text
    assert "Herkenbare klachten?" in text
    assert "Laat ons u vrijblijvend adviseren op basis van uw persoonlijke situatie." in text
    # Five names without a story take a line or two, not a screenful of empty cards.
    document = window.article.document()
    layout = document.documentLayout()
    top = layout.blockBoundingRect(document.find("Ervaringen van patiënten met hernia")
                                   .block()).top()
    bottom = layout.blockBoundingRect(document.find("Herkenbare klachten?").block()).top()
    assert 0 < bottom - top < 200
    scoliosis = make_window(topic="scoliose").article.toPlainText()
    assert "Tessa Tiller" not in scoliosis


def sampled_modules(image: QImage, module_px: int, quiet: int) -> list[list[bool]]:
    """Read a rendered QR code back into its module grid, from the centre of each module."""
    size = image.width() // module_px - 2 * quiet
    return [[image.pixelColor((x + quiet) * module_px + module_px // 2,
                              (y + quiet) * module_px + module_px // 2).lightness() < 128
             for x in range(size)] for y in range(size)]


def test_the_qr_code_encodes_the_clinic_website(make_window):
    clinic = ClinicProfile(name="Kliniek", website="https://www.example.org/rug",
                           phone="+31 20 000 00 00")
    html = panels.advice_html(clinic, "nl", compact=False)
    assert "qr:https%3A//www.example.org/rug" in html
    window = make_window()
    image = window.article.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("qr:https%3A//www.example.org/rug"))
    modules = sampled_modules(image, panels.QR_MODULE_PX, QUIET_ZONE)
    expected = segno.make_qr("https://www.example.org/rug", error="m")
    assert modules == [[bool(m) for m in row] for row in expected.matrix]
    assert read_qr(image) == "https://www.example.org/rug"
    assert image.width() >= 160, "large enough to scan from a tablet"
    assert ClinicProfile(name="K", phone="+31 (0)20 123").qr_target == "tel:+3120123"


def test_without_contact_details_the_reception_desk_and_no_qr(make_window):
    html = panels.advice_html(ClinicProfile(name="ViaSana"), "nl", compact=True)
    assert "qr:" not in html and "<img" not in html
    window = make_window(topic="advies")
    assert "Vraag het bij de balie" in window.article.toPlainText()


def test_notices_appear_while_valid_and_expire_by_themselves(make_window, tmp_path):
    notices_dir = tmp_path / "content" / "notices"
    write(notices_dir / "nl" / "corona.md", '+++\ntitle = "Corona maatregelen"\n'
          "valid_from = 2026-12-01\nvalid_until = 2026-12-31\n+++\nDraag een mondkapje.\n")
    write(notices_dir / "nl" / "oud.md", '+++\ntitle = "Oud nieuws"\n'
          "valid_from = 2025-01-01\nvalid_until = 2025-01-31\n+++\nVerlopen.\n")
    notices, problems = load_notices(notices_dir, "nl")
    assert problems == []
    assert [n.title for n in active_notices(notices, dt.date(2026, 12, 15))] == [
        "Corona maatregelen"]
    assert active_notices(notices, dt.date(2027, 1, 1)) == []

    from rugwijzer.app import build_window
    from rugwijzer.options import StartOptions

    base = make_window()
    window = build_window(StartOptions(lang="nl", topics=("start",), content=tmp_path / "content"),
                          settings=base.settings)
    try:
        window.today = lambda: dt.date(2026, 12, 15)
        window.finish_startup()
        assert "Corona maatregelen" in window.start_page.notices.text()
        assert "Oud nieuws" not in window.start_page.notices.text()
        window.today = lambda: dt.date(2027, 1, 1)
        window.reset_session()
        window.finish_startup()
        assert window.start_page.notices.isHidden()
    finally:
        window.translations.uninstall()


def test_faulty_notices_are_reported(tmp_path):
    path = write(tmp_path / "nl" / "x.md", '+++\ntitle = "X"\nvalid_from = 2026-12-31\n'
                                           "valid_until = 2026-12-01\n+++\nTekst\n")
    notices, problems = load_notices(tmp_path, "nl")
    assert notices == []
    assert [str(p) for p in problems] == [f"{path}:4: 'valid_until' is before 'valid_from'"]
