"""One language model: the languages file, texts per language, and the data that uses them."""

import pytest

from rugwijzer import resources
from rugwijzer.content.experiences import load_experiences
from rugwijzer.content.localized import Localized
from rugwijzer.content.regions import REGIONS, build_regions, load_names
from rugwijzer.content.treatment_path import load_treatment_path
from rugwijzer.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    LanguagesError,
    language,
    load_languages,
)


def test_the_shipped_languages_each_name_themselves():
    assert LANGUAGES == ("nl", "en") and DEFAULT_LANGUAGE == "nl"
    assert language("nl").name == "Nederlands" and language("en").name == "English"
    assert language("nl").locale == "nl_NL" and language("nl").lowercase_titles
    with pytest.raises(KeyError):
        language("xx")


@pytest.mark.parametrize(("text", "message"), [
    ("", "no [[language]] entries"),
    ('[[language]]\ncode = "NL"\nname = "N"\nlocale = "nl_NL"\n', "'code' must be"),
    ('[[language]]\ncode = "nl"\nname = "N"\nlocale = "Dutch"\n', "'locale' must be"),
    ('[[language]]\ncode = "nl"\nname = ""\nlocale = "nl_NL"\n', "'name' must be"),
    ('[[language]]\ncode = "nl"\nname = "N"\nlocale = "nl_NL"\ncolour = 1\n', "unknown key"),
    ('[[language]]\ncode = "nl"\nname = "N"\nlocale = "nl_NL"\n' * 2, "listed twice"),
    ("[[language]\n", "language"),
])
def test_a_faulty_languages_file_is_refused_with_its_name(tmp_path, text, message):
    path = tmp_path / "languages.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LanguagesError) as error:
        load_languages(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)


def test_a_text_falls_back_to_the_default_language_only_when_it_must():
    texts = Localized({"nl": "Rug", "en": "Back"})
    assert texts.text("en") == "Back" and texts("nl") == "Rug"
    assert Localized({"nl": "Rug"}).text("en") == "Rug"
    assert Localized().text("en") == ""
    assert texts == Localized({"en": "Back", "nl": "Rug"}) and hash(texts)


def test_every_language_is_required_and_no_other():
    texts, problems = Localized.from_keys({"title_nl": "Rug", "title_en": "Back"}, "title")
    assert problems == [] and dict(texts) == {"nl": "Rug", "en": "Back"}

    _texts, problems = Localized.from_keys({"title_nl": "Rug"}, "title")
    assert problems == [("title_nl", "'title_en' is missing: 'title' needs a text in every "
                                     "language (nl, en)")]
    _texts, problems = Localized.from_keys(
        {"title_nl": "Rug", "title_en": "Back", "title_de": "Rücken"}, "title")
    assert problems == [("title_de", "'title_de' is for a language Rugwijzer does not speak "
                                     "('de'; languages: nl, en)")]
    _texts, problems = Localized.from_keys({"title_nl": 3, "title_en": "Back"}, "title")
    assert problems == [("title_nl", "'title_nl' must be a text")]


def test_an_optional_text_is_in_every_language_or_in_none():
    texts, problems = Localized.from_keys({"name": "x"}, "quote", required=False)
    assert problems == [] and not texts
    _texts, problems = Localized.from_keys({"quote_en": "Fine"}, "quote", required=False)
    assert [key for key, _message in problems] == ["quote_en"]
    assert "'quote_nl' is missing" in problems[0][1]


def test_the_shipped_region_names_are_complete_and_as_before():
    _names, problems = load_names(resources.resource("regions.toml"))
    assert problems == []
    assert REGIONS["vertebra-C5"].name("nl") == "Wervel C5 (halswervel)"
    assert REGIONS["vertebra-L3"].name("en") == "Vertebra L3 (lower back)"
    assert REGIONS["disc-L4-L5"].name("nl") == "Tussenwervelschijf L4–L5"
    assert REGIONS["facet-L5-S1"].name("en") == "Facet joints between L5 and S1"
    assert REGIONS["nerve-root-S1"].name("nl") == "Zenuwwortel S1"
    assert REGIONS["coccyx"].name("en") == "Tailbone (coccyx)"


def test_a_region_name_missing_a_language_is_reported_with_its_line(tmp_path):
    shipped = resources.resource("regions.toml").read_text(encoding="utf-8")
    broken = shipped.replace('name_en = "Nerve root {level}"\n', "").replace(
        'name_en = "Spinal canal at {level}"', 'name_en = "Spinal canal at {levels}"')
    broken += '\n[regions.brain]\nname_nl = "Brein"\nname_en = "Brain"\n'
    path = tmp_path / "regions.toml"
    path.write_text(broken, encoding="utf-8")
    names, problems = load_names(path)
    lines = broken.splitlines()
    messages = {str(problem) for problem in problems}
    nerve = lines.index('name_nl = "Zenuwwortel {level}"') + 1
    canal = lines.index('name_en = "Spinal canal at {levels}"') + 1
    brain = lines.index("[regions.brain]") + 1
    assert messages == {
        f"{path}:{nerve}: 'name_en' is missing: 'name' needs a text in every language (nl, en)",
        f"{path}:{canal}: 'name_en' may only use {{level}}",
        f"{path}:{brain}: unknown region 'brain'",
    }
    regions = build_regions(names)
    # At run time a missing name is the default language's, never nothing.
    assert regions["nerve-root-L5"].name("en") == "Zenuwwortel L5"
    assert regions["canal-L4"].name("en") == "Wervelkanaal ter hoogte van L4"


def test_an_experience_tells_its_story_in_every_language_or_in_none(tmp_path):
    path = tmp_path / "bert.toml"
    path.write_text('name = "Bert Bos"\nconditions = []\ntreatments = []\n'
                    'quote_nl = "Ik kan weer fietsen."\n', encoding="utf-8")
    experiences, problems = load_experiences(tmp_path)
    assert experiences == []
    assert [str(p) for p in problems] == [
        f"{path}:4: 'quote_en' is missing: 'quote' needs a text in every language (nl, en)"]
    path.write_text(path.read_text(encoding="utf-8") + 'quote_en = "I cycle again."\n',
                    encoding="utf-8")
    experiences, problems = load_experiences(tmp_path)
    assert problems == []
    assert experiences[0].quote("en") == "I cycle again."


def test_a_step_of_the_treatment_path_needs_every_language(tmp_path):
    shipped = resources.resource("consultation", "treatment-path.toml")
    text = shipped.read_text(encoding="utf-8").replace('title_en = "Operation"\n', "")
    path = tmp_path / "treatment-path.toml"
    path.write_text(text, encoding="utf-8")
    steps, problems = load_treatment_path(path)
    assert len(steps) == 2 and len(problems) == 1
    assert "step needs exactly the texts" in str(problems[0]) and "title_en" in str(problems[0])
    steps, problems = load_treatment_path(shipped)
    assert problems == [] and steps[2].title("en") == "Operation"
