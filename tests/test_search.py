from rugwijzer import resources
from rugwijzer.content.loader import load_library
from rugwijzer.content.search import normalise, search


def library():
    return load_library([resources.content_dir()]).library


def test_accents_and_case_do_not_matter():
    assert normalise("Corné SCOLIOSE") == "corne scoliose"


def test_title_matches_rank_first():
    hits = search(library(), "nl", "hernia")
    assert hits[0].topic.id == "hernia"
    assert {hit.topic.id for hit in hits} >= {"hernia", "hernia-operatie"}


def test_every_word_must_match_and_english_searches_english():
    assert search(library(), "nl", "korset")[0].topic.id == "scoliose"
    assert search(library(), "en", "brace")[0].topic.id == "scoliose"
    assert search(library(), "nl", "korset xyzzy") == []
    assert search(library(), "nl", "  ") == []
