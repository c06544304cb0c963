"""The glossary: the shipped terms, every fault with file and line, and finding first uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from rugwijzer import resources
from rugwijzer.content.glossary import Term, first_uses, load_glossary, load_glossary_file
from rugwijzer.content.loader import load_library

REQUIRED = {
    "discus", "wervel", "wervelkanaal", "zenuwwortel", "facetgewricht", "si-gewricht", "mri",
    "rontgenfoto", "epidurale-injectie", "facetinjectie", "fysiotherapie", "manuele-therapie",
    "oefentherapie", "korset", "trauma", "standsverandering", "niveau", "ontsteking",
    "stenose", "scoliose", "hernia", "microscopische-operatie", "uitstraling",
}

VALID = '''[[term]]
id = "discus"
term = "discus"
forms = ["tussenwervelschijf"]
definition = "Het kussentje tussen twee wervels."
region = "disc-L4-L5"
sources = ["Een bron"]
'''


def term_text(**changes: str | None) -> str:
    """One valid [[term]] table; ``changes`` replace, add (raw TOML) or, with None, drop keys."""
    lines = VALID.splitlines()
    keys = {line.split(" = ")[0]: line for line in lines[1:]}
    for key, value in changes.items():
        if value is None:
            keys.pop(key)
        else:
            keys[key] = f"{key} = {value}"
    return "\n".join([lines[0], *keys.values()]) + "\n"


def write(folder: Path, nl: str | bytes, en: str | bytes | None = None) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / "nl.toml", folder / "en.toml"
    for path, text in zip(paths, (nl, nl if en is None else en), strict=True):
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return paths


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in load_glossary(folder)[1]]


def test_the_shipped_glossary_loads_without_problems_in_both_languages():
    terms, problems = load_glossary(resources.resource("glossary"))
    assert [str(p) for p in problems] == []
    nl = {term.id: term for term in terms["nl"]}
    en = {term.id: term for term in terms["en"]}
    assert len(nl) >= 25 and set(nl) == set(en) >= REQUIRED
    for term in [*nl.values(), *en.values()]:
        assert term.sources and term.definition


def test_every_term_is_used_in_the_texts_of_its_language():
    """A term that no text uses, for instance because of a misspelt form, explains nothing."""
    terms, _ = load_glossary(resources.resource("glossary"))
    library = load_library([resources.content_dir()]).library
    for lang, found in terms.items():
        used = {use.term_id for topic in library.topics[lang].values()
                for use in first_uses(topic.body, found)}
        assert used == {term.id for term in found}, lang


@pytest.mark.parametrize(("text", "line", "message"), [
    ('[[term]]\nid = "a"\nterm = = "x"\n', 3, "invalid glossary"),
    ('[[term]]\nid = "a"\nterm = "x', 3, "invalid glossary"),
    ("woorden = 3\n" + VALID, 1, "unknown key 'woorden'"),
    (term_text(kleur='"rood"'), 8, "unknown key 'kleur'"),
    (term_text(definition=None), 1, "the term has no 'definition'"),
    (term_text(sources=None), 1, "the term has no 'sources'"),
    (term_text(sources="[]"), 7, "must name at least one source"),
    (term_text(definition='"  "'), 5, "'definition' is empty"),
    (term_text(forms='"tussenwervelschijf"'), 4, "'forms' must be a list of texts"),
    (term_text(forms='["", "schijf"]'), 4, "'forms' has an empty text"),
    (term_text(region='"disc-L9-L10"'), 6, "unknown region 'disc-L9-L10'"),
    (term_text(id='"Discus"'), 2, "may only use lowercase letters"),
    (VALID + "\n" + VALID, 10, "duplicate id 'discus': also on line 2"),
    (VALID + "\n" + term_text(id='"schijf"', term='"schijf"', forms='["Tussenwervelschijf"]'),
     12, "'Tussenwervelschijf' already stands for term 'discus' (line 2)"),
    (VALID + "\n" + term_text(id='"schijf"', term='"Discus"', forms="[]"),
     11, "'Discus' already stands for term 'discus'"),
])
def test_each_fault_is_reported_with_file_and_line(tmp_path, text, line, message):
    nl, _en = write(tmp_path, text)
    found = [p for p in problems_of(tmp_path) if p.startswith(f"{nl}:")]
    assert any(p.startswith(f"{nl}:{line}: ") and message in p for p in found), found


def test_a_file_that_is_not_utf8_names_the_line(tmp_path):
    nl, _en = write(tmp_path, VALID.encode().replace(b"kussentje", b"kussen\xe9"), VALID)
    found = problems_of(tmp_path)
    assert len(found) == 1 and found[0].startswith(f"{nl}:5: not UTF-8 text")


def test_a_long_definition_is_a_warning_and_the_term_still_loads(tmp_path):
    write(tmp_path, term_text(definition='"Een. Twee. Drie."'))
    terms, problems = load_glossary(tmp_path)
    assert [p.severity for p in problems] == ["warning", "warning"]
    assert "has 3 sentences; keep it to 2" in str(problems[0])
    assert [t.id for t in terms["nl"]] == ["discus"]


def test_a_term_in_one_language_only_is_an_error_on_its_id(tmp_path):
    nl, _en = write(tmp_path, VALID + "\n" + term_text(id='"wervel"', term='"wervel"',
                                                       forms="[]"), VALID)
    problems = load_glossary(tmp_path)[1]
    assert [str(p) for p in problems] == [f"{nl}:10: term 'wervel' has no 'en' version in en.toml"]
    assert problems[0].is_error


def test_a_broken_term_is_not_also_reported_as_missing_in_the_other_language(tmp_path):
    write(tmp_path, term_text(region='"nergens"'), VALID)
    assert [p.split(": ", 1)[1] for p in problems_of(tmp_path)] == ["unknown region 'nergens'"]


def test_a_missing_language_file_is_one_error_and_no_glossary_is_none(tmp_path):
    (tmp_path / "nl.toml").write_text(VALID, encoding="utf-8")
    assert problems_of(tmp_path) == [
        f"{tmp_path / 'en.toml'}: the glossary has no 'en' file: every term needs each language"]
    assert load_glossary(tmp_path / "leeg") == ({"nl": [], "en": []}, [])


def test_a_faulty_term_costs_only_that_term(tmp_path):
    nl, _ = write(tmp_path, term_text(region='"nergens"') + "\n"
                  + term_text(id='"wervel"', term='"wervel"', forms='["wervels"]'))
    terms, problems = load_glossary_file(nl)
    assert [t.id for t in terms] == ["wervel"] and len(problems) == 1
    assert terms[0].words == ("wervel", "wervels") and terms[0].line == 10


def term(term_id: str, *words: str) -> Term:
    return Term(term_id, words[0], "Uitleg.", ("Bron",), Path("nl.toml"), 1, words[1:])


TERMS = [
    term("hernia", "hernia", "hernia's"),
    term("operatie", "microscopische hernia-operatie", "hernia-operatie"),
    term("discus", "discus", "tussenwervelschijf", "tussenwervelschijven"),
    term("rontgen", "röntgenfoto", "röntgenfoto's", "röntgen"),
    term("mri", "MRI-scan", "MRI", "MRI-foto"),
    term("facet", "facetgewricht"),
    term("facetinjectie", "facet joint injection"),
    term("facetjoint", "facet joint"),
]


def uses(body: str) -> list[tuple[str, str]]:
    return [(use.term_id, body[use.start:use.end]) for use in first_uses(body, TERMS)]


def test_the_first_use_of_each_term_in_any_form_and_case():
    body = "De Tussenwervelschijf scheurt. Een hernia, daarna weer hernia en discus."
    assert uses(body) == [("discus", "Tussenwervelschijf"), ("hernia", "hernia")]
    assert first_uses(body, TERMS)[1].start == body.index("hernia")


def test_only_whole_words_count_not_parts_of_words_or_compounds():
    assert uses("Discussen, herniaatje, de hernia-operatie.") == [
        ("operatie", "hernia-operatie")]
    assert uses("Een hernia-patiënt, een rug-hernia, een discus_x.") == []
    assert uses("Een röntgen- of een MRI-foto, en een röntgenfoto's.") == [
        ("rontgen", "röntgen"), ("mri", "MRI-foto")]


def test_words_in_headings_links_and_link_targets_do_not_count():
    body = ("## Hernia\n\nZie [hernia](topic:hernia) en [schijf](region:discus), "
            "<https://example.org/hernia> en ![discus](discus.png).\n\n"
            "Discus\n------\n\n[hernia]: https://example.org/hernia\n\n"
            "::: addition\nDan toch: een hernia.\n:::\n")
    assert uses(body) == [("hernia", "hernia")]
    assert first_uses(body, TERMS)[0].start == body.index("een hernia.") + 4


def test_the_longest_spelling_wins_and_spellings_may_break_across_lines():
    assert uses("Een microscopische\nhernia-operatie bij een hernia.") == [
        ("operatie", "microscopische\nhernia-operatie"), ("hernia", "hernia")]
    assert uses("A facet joint injection into a facet joint.") == [
        ("facetinjectie", "facet joint injection"), ("facetjoint", "facet joint")]
    assert uses("Een paar röntgenfoto’s.") == [("rontgen", "röntgenfoto’s")]


def test_no_terms_and_no_text_find_nothing():
    assert first_uses("Een hernia.", []) == []
    assert first_uses("", TERMS) == []


def test_a_glossary_nested_too_deep_or_too_large_is_named_not_parsed(tmp_path):
    from rugwijzer.content.glossary import load_glossary

    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "nl.toml").write_text("[[term]]\nid = " + "[" * 600 + "]" * 600 + "\n")
    (folder / "en.toml").write_text('[[term]]\nid = "a"\n' * 20000)
    _terms, problems = load_glossary(folder)
    text = [str(p) for p in problems]
    assert any("nl.toml:2:" in t and "nested more than" in t for t in text), text
    assert any("en.toml:" in t and "more than the" in t for t in text), text


def test_the_content_check_reports_the_glossary(tmp_path, monkeypatch):
    from rugwijzer import __main__ as cli
    from rugwijzer import resources
    from rugwijzer.content.loader import load_library

    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "nl.toml").write_text("[[term]]\nid = \n", encoding="utf-8")
    shipped = resources.resource
    monkeypatch.setattr(resources, "resource",
                        lambda *parts: folder if parts == ("glossary",) else shipped(*parts))
    folders = [resources.content_dir()]
    problems = cli.check_extras(folders, None, load_library(folders).library)
    assert any(str(p).startswith(f"{folder / 'nl.toml'}:2:") for p in problems)
