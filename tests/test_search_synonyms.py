"""The synonym lists clinics edit: shipped ones are sound, faults name FILE:LINE."""

from functools import cache

from rugwijzer import resources
from rugwijzer.content.loader import load_library
from rugwijzer.content.search import SearchEngine, check_synonyms, load_synonyms
from rugwijzer.content.search.synonyms import read_synonym_file
from test_cli import rugwijzer

SHIPPED = resources.resource("search")


@cache
def library():
    return load_library([resources.content_dir()]).library


def write(folder, lang, text, encoding="utf-8"):
    path = folder / f"synonyms-{lang}.toml"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_the_shipped_lists_are_sound_and_hold_at_least_forty_lay_terms_each():
    assert check_synonyms([SHIPPED], library()) == []
    synonyms, problems = load_synonyms([SHIPPED])
    assert problems == []
    for lang, asked in [
        ("nl", ["ischias", "zenuwpijn", "uitstralende pijn", "hnp", "rughernia", "spit",
                "lage rugpijn", "verzakte wervel", "kromme rug"]),
        ("en", ["slipped disc", "sciatica", "pinched nerve", "lumbago", "curved spine"]),
    ]:
        phrases = {term.phrase.casefold() for term in synonyms.table(lang).terms}
        assert len(phrases) >= 40
        assert set(asked) <= phrases


def test_every_fault_is_named_with_file_and_line(tmp_path):
    path = write(tmp_path, "nl", "\n".join([
        "# comment",
        'ischias = "hernia"',
        "spit = []",
        '"pijn in de rug" = ["topic:bestaat-niet", "rugpijn"]',
        'kromming = ["region:nergens"]',
        'zenuwpijn = ["zenuw", "xyzzywoord"]',
        '"de het" = ["hernia"]',
        'Rughernia = ["hernia"]',
        'rughernia = ["hernia", "hernia"]',
        'brace = ["korset", "de"]',
        'korset = [1, 2]',
    ]))
    problems = [str(p) for p in check_synonyms([tmp_path], library())]
    expected = [
        f"{path}:2: 'ischias' must be a list of texts",
        f"{path}:3: 'spit' has no targets",
        f"{path}:4: 'pijn in de rug': topic 'bestaat-niet' does not exist",
        f"{path}:5: 'kromming': unknown region 'nergens'",
        f"{path}:6: warning: 'zenuwpijn': no nl topic uses 'xyzzywoord'",
        f"{path}:7: lay term 'de het' has no words to search for",
        f"{path}:9: warning: 'rughernia': 'hernia' is listed twice",
        f"{path}:9: lay term 'rughernia' is the same as 'Rughernia' on line 8",
        f"{path}:10: 'brace': target 'de' has no words to search for",
        f"{path}:11: 'korset' must be a list of texts",
    ]
    assert len(problems) == len(expected), problems
    for start, problem in zip(expected, problems, strict=True):
        assert problem.startswith(start), (start, problems)


def test_a_repeated_target_is_a_warning(tmp_path):
    path = write(tmp_path, "en", 'backache = ["back pain", "Back  pain", "topic:oorzaak", '
                                 '"topic:oorzaak"]\n')
    problems = check_synonyms([tmp_path], library())
    assert [(p.line, p.severity) for p in problems] == [(1, "warning"), (1, "warning")]
    assert all(p.path == path for p in problems)


def test_broken_files_are_named_and_cost_only_themselves(tmp_path):
    bad_toml = write(tmp_path / "a", "nl", 'ischias = ["hernia"]\nspit = ["rug"\n')
    latin = write(tmp_path / "b", "en", 'café = ["back pain"]\n', encoding="latin-1")
    synonyms, problems = load_synonyms([resources.resource("search"), tmp_path / "a",
                                        tmp_path / "b"])
    text = [str(p) for p in problems]
    assert any(t.startswith(f"{bad_toml}:2: invalid TOML") for t in text), text
    assert any(t.startswith(f"{latin}:1: not UTF-8") for t in text), text
    assert len(synonyms.table("nl").terms) >= 40


def test_a_faulty_entry_costs_only_that_entry(tmp_path):
    path = write(tmp_path, "nl", 'spit = []\nhexenschuss = ["topic:oorzaak", "lage rugpijn"]\n')
    terms, problems = read_synonym_file(path, "nl")
    assert [t.phrase for t in terms] == ["hexenschuss"]
    assert [p.line for p in problems] == [1]


def test_a_clinic_adds_and_replaces_lay_terms(tmp_path):
    write(tmp_path / "search", "nl", 'hexenschuss = ["topic:oorzaak", "lage rugpijn"]\n'
                                     'ischias = ["topic:spinaalstenose", "zenuw"]\n')
    synonyms, problems = load_synonyms(resources.synonym_folders(tmp_path))
    assert problems == []
    engine = SearchEngine(library(), synonyms)
    assert engine.search("nl", "hexenschuss")[0].id == "oorzaak"
    assert engine.search("nl", "ischias")[0].id == "spinaalstenose"
    assert engine.search("nl", "spit")[0].id == "oorzaak"


def test_check_content_reports_a_clinics_synonyms(tmp_path):
    path = write(tmp_path / "search", "en", 'sciatica = ["topic:nowhere"]\n')
    (tmp_path / "nl").mkdir()
    done = rugwijzer("--check-content", str(tmp_path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{path}:1: 'sciatica': topic 'nowhere' does not exist" in done.stdout


def test_a_synonym_file_nested_too_deep_or_too_large_is_named_not_parsed(tmp_path):
    deep = write(tmp_path / "a", "nl", "spit = " + "[" * 600 + "]" * 600 + "\n")
    large = write(tmp_path / "b", "nl", 'spit = ["rug"]\n' * 20000)
    for path, message in ((deep, "nested more than"), (large, "more than the")):
        terms, problems = read_synonym_file(path, "nl")
        assert terms == []
        assert message in str(problems[0]) and str(problems[0]).startswith(f"{path}:")


def test_the_targets_are_looked_up_in_the_words_given(tmp_path):
    write(tmp_path, "nl", 'ischias = ["hernia", "zenuw"]\n')
    assert check_synonyms([tmp_path], library()) == []

    class Knows:
        def knows(self, word):
            return word == "hernia"

    problems = [str(p) for p in check_synonyms([tmp_path], library(), lambda lang: Knows())]
    assert len(problems) == 1 and "no nl topic uses 'zenuw'" in problems[0], problems


def test_the_content_check_stems_the_topics_words_once_for_synonyms_and_searches(monkeypatch):
    """Its search index serves the synonyms' check too: no second word list is made."""
    from rugwijzer import __main__ as cli
    from rugwijzer.content.search import synonyms

    def refused(*args):
        raise AssertionError("a second list of the topics' words")

    monkeypatch.setattr(synonyms, "Vocabulary", refused)
    folders = [resources.content_dir()]
    problems = cli.check_extras(folders, None, load_library(folders).library)
    assert not [p for p in problems if p.is_error]
