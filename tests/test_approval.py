"""Nothing claims a review that did not happen: when a text changed, who approved it and on
what published sources its additions rest, checked with file and line; additions that the
clinic's physician has not approved are labelled, or left out when the clinic asks."""

import datetime as dt
import html
import re

import pytest

from conftest import topic_text, write_topic
from rugwijzer import resources
from rugwijzer.content.checker import check_folders
from rugwijzer.content.clinic import ClinicProfile
from rugwijzer.content.handout import HandoutRequest
from rugwijzer.content.loader import load_library
from rugwijzer.content.render import render_body
from rugwijzer.ui.article.html import article_html, footer_lines
from rugwijzer.ui.consultation.handout import PatientLanguage, handout_html

ADDITION = "::: addition\nUitleg die de bron niet geeft.\n:::\n"
SOURCES = '["Uitgever — Titel"]'
TODAY = dt.date.today()


def _pair(folder, name, text):
    """The same file in both languages, so no translation warning gets in the way."""
    write_topic(folder, "en", name, text)
    return write_topic(folder, "nl", name, text)


def problems_of(folder, path) -> list[str]:
    return [str(p) for p in check_folders([folder]) if str(p).startswith(f"{path}:")]


def assert_reported(problems, path, line, message):
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in problems), problems


def addition_topic(**fields) -> str:
    return topic_text("a", body="Tekst van de kliniek.\n\n" + ADDITION, addition="true",
                      sources=SOURCES, **fields)


# Each case: the file, the line named, and a part of the message. The fields of topic_text
# are on lines 2-7 (updated on 7), further fields from line 8 in the order given.
@pytest.mark.parametrize(("text", "line", "message"), [
    (addition_topic(approved_by='"Dr. Jansen"'), 10,
     "'approved_by' needs 'approved_on' as well"),
    (addition_topic(approved_on="2026-11-30"), 10, "'approved_on' needs 'approved_by' as well"),
    (addition_topic(approved_by='"  "', approved_on="2026-11-30"), 10,
     "'approved_by' must name the physician"),
    (addition_topic(approved_by='"Dr. Jansen"', approved_on="2999-01-01"), 11,
     "'approved_on' is 2999-01-01, a day still to come"),
    (addition_topic(approved_by='"Dr. Jansen"', approved_on='"gisteren"'), 11,
     "field 'approved_on' must be a date"),
    (topic_text("a", body=ADDITION, addition="true"), 10,
     "the front matter must name the published sources"),
    (topic_text("a", body=ADDITION, addition="true", sources="[]"), 9,
     "the front matter must name the published sources"),
    (topic_text("a", body=ADDITION, addition="true", sources='["NHG", " "]'), 9,
     "every entry of 'sources' must name a source"),
    (topic_text("a", sources='"NHG"'), 8, "field 'sources' must be a list of texts"),
    (topic_text("a", kind='"condition"', key_points='["Eén punt."]'), 8,
     "'key_points' has 1 points; give 2 to 4"),
    (topic_text("a", key_points='["1.", "2.", "3.", "4.", "5."]'), 8, "has 5 points"),
    (topic_text("a", key_points=f'["Kort.", "{"lang " * 30}"]'), 8,
     "key point 2 is 150 characters; at most 140"),
    (topic_text("a", key_points='["Kort.", "<b>Vet</b>"]'), 8, "key point 2: HTML '<b>'"),
    (topic_text("a", key_points='["Kort.", "Twee\\nregels."]'), 8, "must be one line"),
    (topic_text("a", include='["nergens"]'), 8, "included topic 'nergens' does not exist"),
    (topic_text("a", include='["a"]'), 8, "a topic cannot include itself"),
])
def test_each_rule_is_reported_with_file_and_line(tmp_path, text, line, message):
    path = _pair(tmp_path, "a", text)
    assert_reported(problems_of(tmp_path, path), path, line, message)


def test_a_text_changed_after_its_approval_is_no_longer_approved(tmp_path):
    path = _pair(tmp_path, "a", addition_topic(updated="2026-12-01", approved_by='"Dr. Jansen"',
                                               approved_on="2026-11-30"))
    problems = problems_of(tmp_path, path)
    assert_reported(problems, path, 11, "warning: the text changed after it was approved "
                                        "('updated' 2026-12-01, 'approved_on' 2026-11-30); "
                                        "the approval no longer applies")
    assert_reported(problems, path, 15, "note: addition not yet approved")
    topic = load_library([tmp_path]).library.topics["nl"]["a"]
    assert not topic.approved and topic.awaits_approval
    assert topic.approval_state() == "outdated"


def test_an_approved_text_has_no_notes_and_says_who_approved_it(tmp_path):
    path = _pair(tmp_path, "a", addition_topic(updated="2026-11-30", approved_by='"Dr. Jansen"',
                                               approved_on="2026-11-30"))
    assert problems_of(tmp_path, path) == []
    topic = load_library([tmp_path]).library.topics["nl"]["a"]
    assert topic.approved and not topic.awaits_approval
    assert topic.approval_state() == "approved"
    assert footer_lines(topic, "en") == ["Source: Test. Updated on 30 November 2026.",
                                         "The extra explanation is based on: Uitgever — Titel.",
                                         "Approved by Dr. Jansen on 30 November 2026."]


def test_an_approval_dated_in_the_future_counts_for_nothing(tmp_path):
    _pair(tmp_path, "a", addition_topic(approved_by='"Dr. Jansen"', approved_on="2999-01-01"))
    topic = load_library([tmp_path]).library.topics["nl"]["a"]
    assert not topic.approved and topic.approval_state() == "invalid"
    assert topic.is_approved(today=dt.date(2999, 1, 2))


def test_every_unapproved_addition_block_is_a_note_that_fails_nothing(tmp_path):
    body = "Tekst.\n\n" + ADDITION + "\nMeer tekst.\n\n" + ADDITION
    path = _pair(tmp_path, "a", topic_text("a", body=body, addition="true", sources=SOURCES))
    found = [p for p in check_folders([tmp_path]) if p.path == path]
    assert [(p.line, p.severity) for p in found] == [(13, "note"), (19, "note")]
    assert not any(p.is_error for p in found)
    assert str(found[0]) == (f"{path}:13: note: addition not yet approved by the clinic's "
                             "physician")


def test_an_old_file_with_reviewed_still_loads_with_a_warning(tmp_path):
    text = topic_text("a", updated=None, reviewed="2026-11-24")
    path = _pair(tmp_path, "a", text)
    loaded = load_library([tmp_path])
    topic = loaded.library.topics["nl"]["a"]
    assert topic.updated == dt.date(2026, 11, 24)
    messages = [str(p) for p in loaded.diagnostics if p.path == path]
    assert messages == [f"{path}:7: warning: 'reviewed' claimed a review; rename it to "
                        "'updated' (the date the text last changed)"]


def test_reviewed_next_to_updated_is_ignored_with_a_warning(tmp_path):
    path = _pair(tmp_path, "a", topic_text("a", reviewed="2020-01-01"))
    loaded = load_library([tmp_path])
    assert loaded.library.topics["nl"]["a"].updated == dt.date(2026, 11, 24)
    assert [str(p) for p in loaded.diagnostics if p.path == path] == [
        f"{path}:8: warning: 'reviewed' is ignored: 'updated' is there; remove 'reviewed'"]


def test_a_reviewed_date_that_is_no_date_is_named_as_written(tmp_path):
    path = _pair(tmp_path, "a", topic_text("a", updated=None, reviewed='"gisteren"'))
    assert_reported(problems_of(tmp_path, path), path, 7, "field 'reviewed' must be a date")


def test_condition_and_treatment_pages_are_expected_to_open_with_key_points(tmp_path):
    condition = _pair(tmp_path, "a", topic_text("a", kind='"condition"'))
    page = _pair(tmp_path, "b", topic_text("b"))
    assert_reported(problems_of(tmp_path, condition), condition, 3,
                    "warning: a condition page opens with 'key_points'")
    assert problems_of(tmp_path, page) == []


def test_topics_that_include_each_other_are_named_once(tmp_path):
    a = _pair(tmp_path, "a", topic_text("a", include='["b"]'))
    _pair(tmp_path, "b", topic_text("b", include='["c"]'))
    _pair(tmp_path, "c", topic_text("c", include='["a"]'))
    _pair(tmp_path, "d", topic_text("d", include='["a", "b"]'))
    circles = [str(p) for p in check_folders([tmp_path]) if "in a circle" in str(p)]
    english = a.parent.parent / "en" / "a.md"
    assert sorted(circles) == sorted([
        f"{a}:8: topics include each other in a circle (nl): a → b → c → a",
        f"{english}:8: topics include each other in a circle (en): a → b → c → a"])


def test_many_topics_including_each_other_are_checked_at_once(tmp_path):
    ids = [f"t{n}" for n in range(60)]
    for topic_id in ids:
        others = ", ".join(f'"{other}"' for other in ids if other != topic_id)
        write_topic(tmp_path, "nl", topic_id, topic_text(topic_id, include=f"[{others}]"))
    circles = [p for p in check_folders([tmp_path]) if "in a circle" in p.message]
    assert circles and all(p.is_error for p in circles)


def test_included_topics_follow_in_order_each_once_and_unapproved_ones_can_be_left_out(
        tmp_path):
    _pair(tmp_path, "a", topic_text("a", include='["b", "c", "nergens"]'))
    _pair(tmp_path, "b", topic_text("b", include='["c", "a"]'))
    _pair(tmp_path, "c", topic_text("c", body=ADDITION, addition="true", sources=SOURCES))
    library = load_library([tmp_path]).library
    a = library.get("a", "nl")
    assert [t.id for t in library.included(a, "nl")] == ["b", "c"]
    assert [t.id for t in library.included(a, "nl", unapproved=False)] == ["b"]


def _shipped(topic_id, lang="nl"):
    library = load_library([resources.content_dir()]).library
    return library, library.get(topic_id, lang)


def test_the_shipped_texts_name_sources_and_include_the_new_pages():
    library, _ = _shipped("hernia")
    for condition in ("slijtage", "spinaalstenose", "scoliose", "hernia"):
        assert library.get(condition, "nl").include == ("waarschuwingssignalen",)
    assert library.get("advies", "en").include == ("samen-beslissen",)
    for lang in ("nl", "en"):
        for topic in library.topics[lang].values():
            assert not topic.has_additions or topic.sources, topic.path
    questions = library.get("samen-beslissen", "nl").body
    for question in ("Wat zijn mijn mogelijkheden?",
                     "Wat zijn de voor- en nadelen van die mogelijkheden?",
                     "Wat betekent dat in mijn situatie?",
                     "Patiëntenfederatie Nederland en de Federatie Medisch Specialisten"):
        assert question in questions


def test_hidden_additions_leave_out_every_unapproved_block_and_keep_the_text():
    _library, hernia = _shipped("hernia")
    shown = render_body(hernia, "Extra uitleg")
    hidden = render_body(hernia, "Extra uitleg", additions=hernia.shows_additions(True))
    assert 'class="addition"' in shown and "Wat betekent dit?" in shown
    assert 'class="addition"' not in hidden and "Wat betekent dit?" not in hidden
    assert "spreekt men van een hernia" in hidden


def test_the_article_labels_unapproved_additions_calmly_and_says_so_in_the_footer():
    library, hernia = _shipped("hernia", "en")
    page = html.unescape(article_html(hernia, library, "en"))
    assert "Extra explanation" in page
    assert "Updated on 2 December 2026." in page
    assert "This page has extra explanation that the clinic's physician has not yet " \
           "approved." in page
    assert not re.search(r"review|to be checked|approved by", page, re.IGNORECASE)


def test_with_additions_hidden_the_article_shows_only_the_clinics_text():
    library, hernia = _shipped("hernia", "en")
    page = html.unescape(article_html(hernia, library, "en", hide_unapproved=True))
    assert 'class="addition"' not in page and "Extra explanation" not in page
    assert "has not yet approved" not in page
    assert "the core comes out through the tear" in page
    _library, warnings = _shipped("waarschuwingssignalen", "en")
    page = html.unescape(article_html(warnings, library, "en", hide_unapproved=True))
    assert "pee" not in page
    assert "This page is shown once the clinic's physician has approved it." in page


def test_an_approved_addition_stays_when_additions_are_hidden(tmp_path):
    _pair(tmp_path, "a", addition_topic(updated="2026-11-30", approved_by='"Dr. Jansen"',
                                        approved_on="2026-11-30"))
    library = load_library([tmp_path]).library
    page = article_html(library.get("a", "nl"), library, "nl", hide_unapproved=True)
    assert "Uitleg die de bron niet geeft." in page
    assert "Approved by Dr. Jansen on 30 november 2026." in page


@pytest.mark.parametrize("additions", ["show", "hide"])
def test_the_handout_follows_the_clinics_choice(additions):
    library = load_library([resources.content_dir()]).library
    request = HandoutRequest(topics=("hernia", "waarschuwingssignalen"), lang="en")
    clinic = ClinicProfile(additions=additions)
    page = html.unescape(handout_html(request, library, [], clinic, PatientLanguage("en"), (),
                                      False))
    assert ("What does this mean?" in page) == (additions == "show")
    assert ("When to seek help at once" in page) == (additions == "show")
    assert ("have not yet been approved by the clinic's physician" in page) == \
        (additions == "show")
    assert "the core comes out through the tear" in page
