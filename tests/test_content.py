"""Loader and checker, on the shipped content and on a file for each kind of fault."""

from pathlib import Path

import pytest

from conftest import topic_text, write_topic
from rugwijzer import resources
from rugwijzer.content.checker import check_folders
from rugwijzer.content.experiences import load_experiences
from rugwijzer.content.loader import load_library
from rugwijzer.content.markup import segments
from rugwijzer.content.render import markdown_to_html, render_body
from rugwijzer.languages import LANGUAGES

REQUIRED_TOPICS = {
    "start", "hoe-ontstaan-rugklachten", "oorzaak", "slijtage", "spinaalstenose", "scoliose",
    "hernia", "oefentherapie", "epidurale-injectie", "hernia-operatie", "kwaliteit-van-leven",
    "ervaringen", "advies",
}


def test_shipped_content_has_no_problems_and_claims_no_approval():
    problems = check_folders([resources.content_dir()])
    assert [str(p) for p in problems if p.severity != "note"] == []
    library = load_library([resources.content_dir()]).library
    topics = [t for lang in LANGUAGES for t in library.topics[lang].values()]
    # Nobody has approved anything yet: each addition block is listed as still waiting.
    assert not any(t.approved_by or t.approved_on for t in topics)
    blocks = sum(1 for t in topics for part in segments(t.body)[0] if part.addition)
    notes = [p for p in problems if p.severity == "note"]
    assert len(notes) == blocks > 20
    assert all(str(p).endswith(": note: addition not yet approved by the clinic's physician")
               for p in notes)


def test_shipped_content_has_every_topic_in_both_languages():
    library = load_library([resources.content_dir()]).library
    for lang in LANGUAGES:
        assert set(library.topics[lang]) >= REQUIRED_TOPICS, lang
    assert set(library.topics["nl"]) == set(library.topics["en"])


def test_the_five_patients_are_named_without_invented_words():
    experiences, problems = load_experiences(resources.resource("experiences"))
    assert problems == []
    assert [e.name for e in experiences] == ["Tessa Tiller", "Corné van Overveld",
                                             "Erwin Hokke", "Paula Scheffer", "Jorg Remi"]
    for experience in experiences:
        assert experience.conditions == ("hernia",) and experience.treatments == ()
        assert not (experience.quote or experience.outcome or experience.photo
                    or experience.consent_date)


def test_additions_are_marked_in_front_matter_and_rendered_apart():
    library = load_library([resources.content_dir()]).library
    injection = library.topics["nl"]["epidurale-injectie"]
    assert injection.addition
    html = render_body(injection, "Aanvullende uitleg")
    assert 'class="addition"' in html and "Aanvullende uitleg" in html


def _problems(folder: Path) -> list[str]:
    return [str(p) for p in check_folders([folder])]


def _pair(folder: Path, name: str, text: str) -> Path:
    """Write the same file in both languages so no translation warning gets in the way."""
    write_topic(folder, "en", name, text)
    return write_topic(folder, "nl", name, text)


@pytest.mark.parametrize(("text", "line", "message"), [
    ("+++\nid = \"a\"\ntitle = = 3\n+++\nx\n", 3, "invalid front matter"),
    (topic_text("a").replace('kind = "page"\n', ""), 7, "missing required field 'kind'"),
    (topic_text("a", colour='"red"'), 8, "unknown field 'colour'"),
    (topic_text("a", kind='"recipe"'), 3, "unknown kind 'recipe'"),
    (topic_text("a", order='"first"'), 5, "field 'order' must be a whole number"),
    (topic_text("a", updated='"yesterday"'), 7, "field 'updated' must be a date"),
    (topic_text("a", view='"top"'), 8, "unknown view 'top'"),
    (topic_text("a", related='["nowhere"]'), 8, "related topic 'nowhere' does not exist"),
    (topic_text("a", regions='["disc-L9-L10"]'), 8, "unknown region 'disc-L9-L10'"),
    (topic_text("a", body="Eerste regel.\n\nZie [dit](topic:nergens).\n"), 11,
     "link to unknown topic 'nergens'"),
    (topic_text("a", body="Hier: [L9](region:vertebra-L9).\n"), 9,
     "link to unknown region 'vertebra-L9'"),
    (topic_text("a", body="Tekst.\n\n![Rug](images/rug.png)\n"), 11,
     "image 'images/rug.png' not found"),
    (topic_text("a", body="\n   \n"), 8, "the text after the front matter is empty"),
    ("Geen front matter\n", 1, "must start with a front matter block"),
    ("+++\nid = \"a\"\n", 1, "never closed"),
    (topic_text("a", body="::: addition\nUitleg.\n:::\n"), 2, "must say 'addition = true'"),
    (topic_text("a", addition="true", body="::: addition\nUitleg.\n"), 10,
     "addition block is never closed"),
    (topic_text("a", body="Zie [site](ftp://example.org).\n"), 9, "unsupported kind 'ftp:'"),
])
def test_each_fault_is_reported_with_file_and_line(tmp_path, text, line, message):
    path = _pair(tmp_path, "a", text)
    problems = [p for p in _problems(tmp_path) if p.startswith(f"{path}:")]
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in problems), problems


def test_duplicate_ids_are_reported_on_the_second_file(tmp_path):
    _pair(tmp_path, "eerste", topic_text("zelfde"))
    second = _pair(tmp_path, "tweede", topic_text("zelfde"))
    problems = _problems(tmp_path)
    assert any(p.startswith(f"{second}:2: ") and "duplicate id 'zelfde'" in p for p in problems)


def test_a_topic_missing_in_one_language_is_a_warning_not_an_error(tmp_path):
    path = write_topic(tmp_path, "nl", "alleen", topic_text("alleen"))
    problems = check_folders([tmp_path])
    assert [str(p) for p in problems] == [
        f"{path}:2: warning: topic 'alleen' has no 'en' version"]
    assert not problems[0].is_error


def test_an_existing_image_is_accepted_and_rendered_as_a_file_url(tmp_path):
    (tmp_path / "nl" / "images").mkdir(parents=True)
    (tmp_path / "nl" / "images" / "rug.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = _pair(tmp_path, "a", topic_text("a", body="![Rug](images/rug.png)\n"))
    (tmp_path / "en" / "images").mkdir()
    (tmp_path / "en" / "images" / "rug.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert _problems(tmp_path) == []
    topic = load_library([tmp_path]).library.topics["nl"]["a"]
    assert (path.parent / "images" / "rug.png").as_uri() in render_body(topic, "")


def test_a_broken_file_does_not_stop_the_others_from_loading(tmp_path):
    _pair(tmp_path, "goed", topic_text("goed"))
    _pair(tmp_path, "kapot", "+++\nid = \n+++\n")
    result = load_library([tmp_path])
    assert set(result.library.topics["nl"]) == {"goed"}
    assert any("kapot.md:2:" in str(d) for d in result.diagnostics)


def test_a_clinic_folder_overrides_and_adds_topics(tmp_path):
    _pair(tmp_path, "hernia", topic_text("hernia", kind='"condition"', title='"Onze hernia"'))
    _pair(tmp_path, "nieuw", topic_text("nieuw", related='["hernia", "oorzaak"]'))
    result = load_library([resources.content_dir(), tmp_path])
    assert result.library.topics["nl"]["hernia"].title == "Onze hernia"
    assert "nieuw" in result.library.ids()
    assert "oorzaak" in result.library.ids()
    # links from the clinic's topic into the shipped ones are valid
    assert [p for p in check_folders([resources.content_dir(), tmp_path]) if p.is_error] == []


def test_an_untranslated_topic_falls_back_to_the_other_language(tmp_path):
    write_topic(tmp_path, "nl", "alleen", topic_text("alleen", title='"Alleen NL"'))
    library = load_library([tmp_path]).library
    assert library.get("alleen", "en").title == "Alleen NL"
    assert library.get("bestaat-niet", "en") is None


def test_dutch_elisions_get_an_apostrophe_and_quotes_stay_quotes():
    out = markdown_to_html("Alleen 's nachts, 't is 'n korset. Zij zei 'ja'; 's Morgens niet.")
    assert "&rsquo;s nachts" in out and "&rsquo;t is" in out and "&rsquo;n korset" in out
    assert "&rsquo;s Morgens" in out
    assert "&lsquo;ja&rsquo;" in out
