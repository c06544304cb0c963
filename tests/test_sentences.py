"""Cutting article text into the sentences that are read aloud and highlighted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugwijzer.speech.sentences import split_sentences


def texts(source: str) -> list[str]:
    return [s.text for s in split_sentences(source)]


@pytest.mark.parametrize(("source", "expected"), [
    ("Dit kan veel pijn geven. Ook kan een hernia geen klachten geven.",
     ["Dit kan veel pijn geven.", "Ook kan een hernia geen klachten geven."]),
    ("Doet het pijn? Bel ons! Wij helpen u.", ["Doet het pijn?", "Bel ons!", "Wij helpen u."]),
    ("Echt?! Ja.", ["Echt?!", "Ja."]),
    ("This can hurt. It may also cause no complaints.",
     ["This can hurt.", "It may also cause no complaints."]),
    ("Geen punt aan het eind", ["Geen punt aan het eind"]),
])
def test_sentences_end_at_full_stops_questions_and_exclamations(source, expected):
    assert texts(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    # Dutch abbreviations, also before a capital
    ("Andere vormen, bijv. Fysiotherapie, helpen. Daarna beter.",
     ["Andere vormen, bijv. Fysiotherapie, helpen.", "Daarna beter."]),
    ("Dit geldt o.a. voor de rug. Dat is zo.", ["Dit geldt o.a. voor de rug.", "Dat is zo."]),
    ("De kern, d.w.z. het binnenste deel, puilt uit. Dat doet pijn.",
     ["De kern, d.w.z. het binnenste deel, puilt uit.", "Dat doet pijn."]),
    ("Vraag het dr. Jansen of mevr. De Vries. Zij weten het.",
     ["Vraag het dr. Jansen of mevr. De Vries.", "Zij weten het."]),
    ("Bel ca. 10 minuten voor de afspraak. Dank u.",
     ["Bel ca. 10 minuten voor de afspraak.", "Dank u."]),
    ("Mevr. J. de Vries vertelt. Zij is blij.", ["Mevr. J. de Vries vertelt.", "Zij is blij."]),
    # English abbreviations
    ("Some treatments (e.g. Injections) help. Others do not.",
     ["Some treatments (e.g. Injections) help.", "Others do not."]),
    ("The core, i.e. The inner part, bulges. That hurts.",
     ["The core, i.e. The inner part, bulges.", "That hurts."]),
    ("Ask Dr. Smith or Mrs. Jones. They know.", ["Ask Dr. Smith or Mrs. Jones.", "They know."]),
    ("See Fig. 3 for the spine. It shows L4.", ["See Fig. 3 for the spine.", "It shows L4."]),
])
def test_abbreviations_and_initials_do_not_end_a_sentence(source, expected):
    assert texts(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("Knees, hips, etc. are joints. Backs too.", ["Knees, hips, etc. are joints.", "Backs too."]),
    ("We treat knees, hips, etc. The back comes first.",
     ["We treat knees, hips, etc.", "The back comes first."]),
    ("Knieën, heupen, enz. Ook de rug.", ["Knieën, heupen, enz.", "Ook de rug."]),
])
def test_etc_ends_a_sentence_only_before_a_new_one(source, expected):
    assert texts(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("Ongeveer 2.5 cm of 1,5 cm. Dat is klein.", ["Ongeveer 2.5 cm of 1,5 cm.", "Dat is klein."]),
    ("Om 10.30 uur begint het. Kom op tijd.", ["Om 10.30 uur begint het.", "Kom op tijd."]),
    ("Meer dan 1.000 mensen. Elk jaar.", ["Meer dan 1.000 mensen.", "Elk jaar."]),
    ("Kijk op www.viasana.nl of mail info@viasana.nl. Wij antwoorden snel.",
     ["Kijk op www.viasana.nl of mail info@viasana.nl.", "Wij antwoorden snel."]),
    ("Versie 2.0. Nieuw.", ["Versie 2.0.", "Nieuw."]),
])
def test_numbers_and_addresses_keep_their_full_stops(source, expected):
    assert texts(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("Ik dacht... misschien niet.", ["Ik dacht... misschien niet."]),
    ("Ik dacht… misschien niet.", ["Ik dacht… misschien niet."]),
    ("Het werd erger... Toen ging ik naar de dokter.",
     ["Het werd erger...", "Toen ging ik naar de dokter."]),
    ("It got worse… Then I saw a doctor.", ["It got worse…", "Then I saw a doctor."]),
])
def test_an_ellipsis_ends_a_sentence_only_before_a_new_one(source, expected):
    assert texts(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("“Ik voel me beter.” Zo zei hij het.", ["“Ik voel me beter.”", "Zo zei hij het."]),
    ("“Hoe gaat het?” vroeg de arts. Goed.", ["“Hoe gaat het?” vroeg de arts.", "Goed."]),
    ("(Dit is een aanvulling.) De rest volgt.", ["(Dit is een aanvulling.)", "De rest volgt."]),
    ("'s Morgens is de rug stijf. 's Avonds minder.",
     ["'s Morgens is de rug stijf.", "'s Avonds minder."]),
])
def test_quotes_and_brackets_stay_with_their_sentence(source, expected):
    assert texts(source) == expected


def test_headings_and_list_items_are_sentences_of_their_own():
    source = ("Hernia\n"
              "Wat betekent dit?\n"
              "Klachten zijn:\n"
              "- pijn in de rug\n"
              "• pijn in het been, bijv. tot de knie\n"
              "1. Oefentherapie\n"
              "2. Injectie. Soms helpt dat.\n")
    assert texts(source) == [
        "Hernia", "Wat betekent dit?", "Klachten zijn:", "pijn in de rug",
        "pijn in het been, bijv. tot de knie", "1. Oefentherapie", "2. Injectie.",
        "Soms helpt dat."]


def test_empty_lines_and_lines_without_words_are_skipped():
    source = "\n\n  Eerste.  \n\t\n***\n—\n...\nTweede.\n"
    assert texts(source) == ["Eerste.", "Tweede."]
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def test_every_kind_of_line_break_ends_a_sentence():
    source = "Een\r\nTwee\rDrie\u2029Vier\u2028Vijf"
    assert texts(source) == ["Een", "Twee", "Drie", "Vier", "Vijf"]


def test_offsets_point_at_the_sentence_in_the_source():
    source = "Titel\n\n  Eerste zin.   Tweede zin?\n- Punt één\n"
    sentences = split_sentences(source)
    assert [(s.start, s.end) for s in sentences] == [(0, 5), (9, 20), (23, 34), (37, 45)]
    for sentence in sentences:
        assert source[sentence.start:sentence.end] == sentence.text


@given(st.text(alphabet=st.sampled_from(list("ab AB.?!…\n\t-•1,'”(")), max_size=80))
def test_sentences_are_trimmed_ordered_and_cover_every_word(source):
    sentences = split_sentences(source)
    previous_end = 0
    for sentence in sentences:
        assert source[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert "\n" not in sentence.text
        assert any(ch.isalnum() for ch in sentence.text)
        assert sentence.start >= previous_end
        previous_end = sentence.end
    covered = {i for s in sentences for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(source) if ch.isalnum())


def test_shipped_articles_are_cut_into_plain_sentences(qapp):
    from PySide6.QtGui import QTextDocument

    from rugwijzer.content.loader import load_library
    from rugwijzer.content.render import render_body
    from rugwijzer.resources import content_dir

    library = load_library([content_dir()]).library
    count = 0
    for lang in ("nl", "en"):
        for topic in library.in_language(lang):
            document = QTextDocument()
            document.setHtml(render_body(topic, "Aanvulling"))
            plain = document.toPlainText()
            for sentence in split_sentences(plain):
                count += 1
                # A list item may start in lower case ("zoals: - de locatie"); a sentence
                # cut in the middle is what this looks for.
                on_new_line = plain[:sentence.start].rstrip(" ")[-1:] in ("", "\n")
                assert on_new_line or not sentence.text[0].islower(), (topic.id, sentence.text)
                assert len(sentence.text) < 300, (topic.id, sentence.text)
    assert count > 100
