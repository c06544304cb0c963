"""Search: the reader's own words, typing slips and half-typed words find the right topic."""

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugwijzer import resources
from rugwijzer.content.loader import load_library
from rugwijzer.content.search import Document, SearchEngine, fold, load_engine, search
from rugwijzer.content.search.documents import plain_text
from rugwijzer.content.search.fuzzy import FuzzyVocabulary, allowed_slips, distance


@cache
def library():
    return load_library([resources.content_dir()]).library


@cache
def engine():
    found, problems = load_engine(library())
    assert problems == []
    return found


def ids(lang, query, limit=10):
    return [result.id for result in engine().search(lang, query, limit)]


def test_accents_and_case_do_not_matter():
    assert fold("Corné SCOLIOSE") == "corne scoliose"
    assert len(fold("Straße İris")) == len("Straße İris")


def test_title_matches_rank_first():
    hits = search(library(), "nl", "hernia")
    assert hits[0].topic.id == "hernia"
    assert {hit.topic.id for hit in hits} >= {"hernia", "hernia-operatie"}


def test_every_word_must_match_and_english_searches_english():
    assert search(library(), "nl", "korset")[0].topic.id == "scoliose"
    assert search(library(), "en", "brace")[0].topic.id == "scoliose"
    assert search(library(), "nl", "korset xyzzy") == []
    assert search(library(), "nl", "  ") == []


@pytest.mark.parametrize(("query", "first"), [
    ("ischias", "hernia"), ("Ischias ", "hernia"), ("rughernia", "hernia"), ("HNP", "hernia"),
    ("kromme rug", "scoliose"), ("scheve wervelkolom", "scoliose"), ("spit", "oorzaak"),
    ("lumbago", "oorzaak"), ("lage rugpijn", "oorzaak"), ("versleten rug", "slijtage"),
    ("stenose", "spinaalstenose"), ("vernauwd wervelkanaal", "spinaalstenose"),
    ("rontgen", "oorzaak"), ("hernai", "hernia"), ("scolioze", "scoliose"),
    ("ischais", "hernia"), ("fysio", "oefentherapie"), ("brace", "scoliose"),
])
def test_dutch_lay_terms_and_slips_find_the_topic(query, first):
    assert ids("nl", query)[0] == first


@pytest.mark.parametrize(("query", "first"), [
    ("slipped disc", "hernia"), ("sciatica", "hernia"), ("Slipped Disk", "hernia"),
    ("herniated disk", "hernia"), ("hernia", "hernia"), ("prolapsed disc", "hernia"),
    ("curved spine", "scoliose"), ("curvature of the spine", "scoliose"),
    ("lumbago", "oorzaak"), ("wear and tear", "slijtage"), ("narrow spinal canal",
                                                            "spinaalstenose"),
    ("microdiscectomy", "hernia-operatie"), ("xray", "oorzaak"), ("hernai", "hernia"),
    ("scolioze", "scoliose"), ("scoliosys", "scoliose"), ("physio", "oefentherapie"),
])
def test_english_lay_terms_and_slips_find_the_topic(query, first):
    assert ids("en", query)[0] == first


def test_nerve_pain_finds_what_concerns_nerves():
    found = ids("nl", "zenuwpijn")
    assert {"hernia", "spinaalstenose"} == set(found[:2])
    assert "epidurale-injectie" in found[:5]
    assert {"hernia", "spinaalstenose"} <= set(ids("en", "pinched nerve")[:3])


def test_pain_spreading_to_the_leg_finds_the_three_conditions_that_speak_of_it():
    found = ids("nl", "uitstraling been")
    # The warning signs (a leg that gets weaker, unbearable pain in the leg) speak of it too.
    assert {"hernia", "slijtage"} <= set(found[:4])
    assert "spinaalstenose" in found
    assert "scoliose" not in found
    english = ids("en", "leg pain")
    assert {"hernia", "slijtage", "spinaalstenose"} <= set(english)


def test_results_update_while_a_word_is_typed():
    for typed in ("isch", "ischi", "ischia", "ischias"):
        assert ids("nl", typed)[0] == "hernia", typed
    for typed in ("slipped", "slipped d", "slipped di", "slipped disc"):
        assert ids("en", typed)[0] == "hernia", typed
    assert ids("nl", "oefenth")[0] == "oefentherapie"
    assert ids("en", "scoli")[0] == "scoliose"
    assert ids("nl", "kromme r")[0] == "scoliose"


def test_stems_and_dutch_compounds_match():
    assert "oorzaak" in ids("nl", "rug pijn")
    assert "slijtage" in ids("nl", "bovenbenen")
    assert "hernia" in ids("nl", "zenuwwortels")
    assert "hoe-ontstaan-rugklachten" in ids("nl", "tussenwervelschijf")
    assert "oorzaak" in ids("nl", "onderrug pijn")


def test_stop_words_count_for_nothing():
    assert ids("nl", "de het een ") == []
    assert ids("nl", "pijn in de ") == ids("nl", "pijn ")
    assert ids("en", "the slipped disc") == ids("en", "slipped disc")


def test_the_snippet_marks_the_found_words_in_the_text_as_written():
    result = engine().search("nl", "rontgen", 1)[0]
    marked = [text for text, found in result.snippet if found]
    assert marked and all(fold(text).startswith("rontgen") for text in marked)
    assert any(text.startswith("röntgen") for text in marked)
    shown = "".join(text for text, _ in result.snippet).strip("…")
    topic = library().get(result.id, "nl")
    assert shown in plain_text(topic.body) + topic.summary


def test_the_snippet_marks_synonym_targets_and_stays_short():
    results = engine().search("en", "sciatica", 5)
    for result in results:
        text = "".join(piece for piece, _ in result.snippet)
        assert len(text.replace("…", " ").split()) <= 25
        assert any(found for _, found in result.snippet)
    marked = {fold(text) for text, found in results[0].snippet if found}
    assert {"nerve", "root"} <= marked


def test_a_long_sentence_is_cut_around_its_found_words():
    result = engine().search("en", "slipped disc", 1)[0]
    marked = [fold(text) for text, found in result.snippet if found]
    assert "herniated" in marked
    assert result.snippet[0] == ("…", False) or result.snippet[-1] == ("…", False)


def test_the_region_is_the_one_the_lay_term_points_at_or_else_the_topics_first():
    assert engine().search("nl", "ischias", 1)[0].region == "nerve-root-L5"
    assert engine().search("nl", "hernia", 1)[0].region == "disc-L4-L5"
    assert engine().search("en", "curved spine", 1)[0].region == "curve-thoracic"
    assert engine().search("nl", "spit", 1)[0].region is None


def test_other_documents_such_as_glossary_terms_are_searched_too():
    glossary = Document(id="discus", kind="glossary", title="Discus",
                        text="De tussenwervelschijf: het kussentje tussen twee wervels.",
                        regions=("disc-L4-L5",))
    found = SearchEngine(library(), extra=lambda lang: [glossary] if lang == "nl" else [])
    result = found.search("nl", "kussentje", 3)[0]
    assert (result.id, result.kind, result.region) == ("discus", "glossary", "disc-L4-L5")
    assert found.search("en", "kussentje") == []


def test_results_are_limited_and_ordered_by_score():
    results = engine().search("nl", "rug", 3)
    assert len(results) == 3
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    assert engine().search("nl", "rug", 0) == []


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(max_size=60), lang=st.sampled_from(["nl", "en", "fr"]),
       limit=st.integers(min_value=-1, max_value=20))
def test_any_query_gives_results_and_never_raises(query, lang, limit):
    results = engine().search(lang, query, limit)
    assert len(results) <= max(0, limit)
    for result in results:
        assert all(isinstance(text, str) and text for text, _ in result.snippet)


@settings(max_examples=200, deadline=None)
@given(typed=st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëö -", max_size=30))
def test_half_typed_words_never_raise(typed):
    engine().search("nl", typed, 10)
    engine().search("en", typed, 10)


def reference_distance(a, b):
    """Optimal string alignment distance, the textbook full table."""
    table = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[len(a)][len(b)]


@settings(max_examples=500, deadline=None)
@given(a=st.text(alphabet="abcde", max_size=9), b=st.text(alphabet="abcde", max_size=9),
       limit=st.integers(min_value=0, max_value=3))
def test_the_bounded_distance_agrees_with_the_full_table(a, b, limit):
    assert distance(a, b, limit) == min(reference_distance(a, b), limit + 1)
    nearest_start = min(reference_distance(a, b[:n]) for n in range(len(b) + 1))
    assert distance(a, b, limit, prefix=True) == min(nearest_start, limit + 1)


def test_slips_are_forgiven_by_word_length():
    assert [allowed_slips(w) for w in ("her", "hern", "hernia", "scolioz")] == [0, 1, 1, 2]
    vocabulary = FuzzyVocabulary(["hernia", "hernias", "herniated", "scoliose", "sciatica"])
    assert vocabulary.near("hernai", 1) == [("hernia", 1)]
    assert vocabulary.near("scolioze", 2) == [("scoliose", 1)]
    assert vocabulary.near("herniat", 1, prefix=True) == [("herniated", 0)]
    assert vocabulary.near("hernaite", 2, prefix=True) == [("herniated", 1)]
    assert vocabulary.near("xyzzy", 1) == []


def test_the_fast_stemmer_stems_every_word_of_the_texts_as_the_snowball_rules_do():
    """PyStemmer (Snowball's C library, which snowballstemmer uses when it is installed)
    and the pure-Python stemmers give the same stems for every word the texts hold, so
    the index is the same whichever a machine has."""
    import re

    import snowballstemmer
    from snowballstemmer import dutch_stemmer, english_stemmer

    stemmer = pytest.importorskip("Stemmer")
    words = set()
    for path in resources.content_dir().rglob("*.md"):
        words |= set(re.findall(r"\w+", path.read_text(encoding="utf-8").lower()))
    assert len(words) > 1000
    for name, python in (("dutch", dutch_stemmer.DutchStemmer()),
                         ("english", english_stemmer.EnglishStemmer())):
        assert isinstance(snowballstemmer.stemmer(name), stemmer.Stemmer)
        fast = stemmer.Stemmer(name)
        assert [fast.stemWord(w) for w in sorted(words)] == \
            [python.stemWord(w) for w in sorted(words)], name
