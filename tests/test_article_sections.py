"""What an article and a handout show besides the topic's own text: its key points at the top,
the topics it includes (the warning signs, the three questions) after it, and the call to
action only once; with the clinic's additions hidden, none of what awaits approval."""

import html
import re

import pytest
from pypdf import PdfReader

from conftest import topic_text, write_topic
from rugwijzer import resources
from rugwijzer.content.clinic import ClinicProfile
from rugwijzer.content.handout import HandoutRequest
from rugwijzer.content.loader import load_library
from rugwijzer.ui.article.html import ArticleTexts, article_html
from rugwijzer.ui.consultation.handout import PatientLanguage, handout_html
from rugwijzer.ui.window.sidebar import Sidebar
from test_handout import pdf_text, rugwijzer

CONDITIONS = ("slijtage", "spinaalstenose", "scoliose", "hernia")
WARNING_HEADING = {"nl": "Wanneer direct contact opnemen", "en": "When to seek help at once"}
FIRST_QUESTION = {"nl": "Wat zijn mijn mogelijkheden?", "en": "What are my options?"}
ATTRIBUTION = "Patiëntenfederatie Nederland"


@pytest.fixture(scope="module")
def library():
    return load_library([resources.content_dir()]).library


def plain(page: str) -> str:
    """The words of an article's HTML, as a reader sees them."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def topics_of_kind(library, lang, *kinds):
    return [t for t in library.in_language(lang) if t.kind in kinds]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_condition_and_treatment_page_opens_with_its_key_points(library, lang):
    texts = ArticleTexts(library, [], ClinicProfile())
    pages = topics_of_kind(library, lang, "condition", "treatment")
    assert len(pages) == 8
    for topic in pages:
        page = texts.html(topic.id, lang)
        box = page.rindex("<table", 0, page.index('class="key-points"'))
        # Under the title and the lead, before the text.
        assert plain(page[:box]) == f"{topic.title} {topic.summary}", topic.id
        words = plain(page)
        for point in topic.key_points:
            assert point in words, (topic.id, point)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_warning_signs_follow_the_text_of_every_condition_page(library, lang):
    read_more = "Read more"  # no translator here: the interface speaks its source language
    texts = ArticleTexts(library, [], ClinicProfile())
    for condition in CONDITIONS:
        page = texts.html(condition, lang)
        assert page.count('<table class="warning"') == 1, condition
        words = plain(page)
        heading = words.index(WARNING_HEADING[lang])
        last_point = library.get(condition, lang).key_points[-1]
        assert words.index(last_point) < heading < words.index(read_more), condition
        assert "NHG-Standaard Lumbosacraal radiculair syndroom" in words[heading:]
    assert WARNING_HEADING[lang] not in plain(texts.html("oefentherapie", lang))


def test_an_included_topic_is_boxed_with_its_sources_and_the_footer_is_honest(library):
    hernia = library.get("hernia", "en")
    words = plain(article_html(hernia, library, "en"))
    assert "Extra explanation, based on: NHG-Standaard Lumbosacraal radiculair syndroom " \
           "(2015, in Dutch); NHG-Standaard Aspecifieke lagerugpijn" in words
    assert "The extra explanation is based on: NICE — IPG555, information for the public;" \
        in words
    assert words.endswith("This page has extra explanation that the clinic's physician has "
                          "not yet approved.")


def test_the_advice_page_invites_once_and_asks_the_three_questions_once(library):
    texts = ArticleTexts(library, [], ClinicProfile(name="ViaSana", phone="010 123 45 67"))
    for lang, invitation in (("nl", "Laat ons u vrijblijvend adviseren"),
                             ("en", "Let us advise you, without obligation")):
        words = plain(texts.html("advies", lang))
        assert words.count(invitation) == 1, lang
        assert words.count(FIRST_QUESTION[lang]) == 1
        assert ATTRIBUTION in words
        # The clinic's name and how to reach it, then the questions to ask.
        assert words.index(invitation) < words.index("ViaSana") < words.index("010 123") \
            < words.index(FIRST_QUESTION[lang])


def test_a_condition_page_still_invites_with_the_call_to_action(library):
    words = plain(ArticleTexts(library, [], ClinicProfile()).html("hernia", "en"))
    assert "Do you recognise these symptoms?" in words
    assert "Recognise these complaints?" not in words


def test_with_additions_hidden_unapproved_included_topics_are_left_out(library):
    hidden = ArticleTexts(library, [], ClinicProfile(additions="hide"))
    shown = ArticleTexts(library, [], ClinicProfile())
    for condition in CONDITIONS:
        assert WARNING_HEADING["en"] in plain(shown.html(condition, "en"))
        assert WARNING_HEADING["en"] not in plain(hidden.html(condition, "en"))
        assert "has not yet approved" not in plain(hidden.html(condition, "en"))
    assert FIRST_QUESTION["nl"] not in plain(hidden.html("advies", "nl"))
    assert "Laat ons u vrijblijvend adviseren" in plain(hidden.html("advies", "nl"))


def test_an_approved_included_topic_stays_when_additions_are_hidden(tmp_path):
    for lang in ("nl", "en"):
        write_topic(tmp_path, lang, "a", topic_text("a", include='["b", "c"]'))
        write_topic(tmp_path, lang, "b", topic_text(
            "b", body="::: addition\nGoedgekeurde uitleg.\n:::\n", addition="true",
            sources='["Uitgever — Titel"]', updated="2026-11-30", approved_by='"Dr. Jansen"',
            approved_on="2026-11-30"))
        write_topic(tmp_path, lang, "c", topic_text(
            "c", body="::: addition\nNog niet goedgekeurd.\n:::\n", addition="true",
            sources='["Uitgever — Titel"]'))
    library = load_library([tmp_path]).library
    a = library.get("a", "nl")
    hidden = plain(article_html(a, library, "nl", hide_unapproved=True))
    assert "Goedgekeurde uitleg." in hidden and "Nog niet goedgekeurd." not in hidden
    shown = plain(article_html(a, library, "nl"))
    assert "Goedgekeurde uitleg." in shown and "Nog niet goedgekeurd." in shown
    assert "This page has extra explanation that the clinic's physician has not yet " \
           "approved." in shown


def test_with_additions_hidden_the_sidebar_leaves_out_pages_that_are_only_additions(
        library, qapp):
    sidebar = Sidebar()
    sidebar.populate(library, "nl")
    everything = sidebar.topic_ids()
    assert {"waarschuwingssignalen", "samen-beslissen", "begrippen"} <= set(everything)
    sidebar.populate(library, "nl", hide_unapproved=True)
    assert sidebar.topic_ids() == [t for t in everything
                                   if t not in ("waarschuwingssignalen", "samen-beslissen",
                                                "begrippen")]
    assert "hernia" in sidebar.topic_ids(), "a page with the clinic's own text stays"
    sidebar.deleteLater()


@pytest.mark.parametrize("additions", ["show", "hide"])
def test_every_handout_has_the_warning_signs_and_the_three_questions(library, additions):
    request = HandoutRequest(topics=("oefentherapie",), lang="nl")
    page = plain(handout_html(request, library, [], ClinicProfile(additions=additions),
                              PatientLanguage("nl"), (), False))
    shown = additions == "show"
    assert (WARNING_HEADING["nl"] in page) == shown
    assert (FIRST_QUESTION["nl"] in page) == shown
    assert (ATTRIBUTION in page) == shown
    assert "Oefentherapie is spierversterkende fysiotherapie" in page, "its key points"


def test_a_handout_shows_an_included_topic_once(library):
    request = HandoutRequest(topics=("hernia", "waarschuwingssignalen", "spinaalstenose"),
                             lang="en")
    page = plain(handout_html(request, library, [], ClinicProfile(), PatientLanguage("en"),
                              (), False))
    assert page.count("When to seek help at once") == 1
    assert page.count(FIRST_QUESTION["en"]) == 1


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["In het kort", "Oefentherapie is spierversterkende fysiotherapie",
            WARNING_HEADING["nl"], "Neem direct contact op met uw huisarts als:",
            "Samen beslissen: 3 goede vragen", FIRST_QUESTION["nl"],
            "De 3 goede vragen zijn ontwikkeld door Patiëntenfederatie Nederland"]),
    ("en", ["Key points", "Exercise therapy is physiotherapy",
            WARNING_HEADING["en"], "Contact your GP (huisarts) at once if:",
            "Deciding together: 3 good questions", FIRST_QUESTION["en"],
            "developed by Patiëntenfederatie Nederland"]),
])
def test_the_handout_pdf_keeps_the_warning_signs_and_questions_on_a_page_to_keep(
        tmp_path, lang, expected):
    out = tmp_path / f"samenvatting-{lang}.pdf"
    done = rugwijzer("--handout", str(out), "--open", "oefentherapie", "--lang", lang)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    positions = [text.index(phrase) for phrase in expected]
    assert positions == sorted(positions)
    last = " ".join(PdfReader(str(out)).pages[-1].extract_text().split())
    for phrase in expected[2:]:
        assert phrase in last, phrase
