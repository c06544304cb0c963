"""The review sheet: everything the clinic's physician signs off, through the real command."""

import html
import os
import re
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from conftest import topic_text, write_topic
from rugwijzer import resources
from rugwijzer.content.loader import load_library
from rugwijzer.content.render import addition_blocks
from rugwijzer.content.review import check_review_notes, load_review_notes

NOTES = resources.resource("review", "sheet.toml")
_BLOCK = re.compile(r"<(?:p|li|h\d)\b[^>]*>(.*?)</(?:p|li|h\d)>", re.DOTALL)


def rugwijzer(*args, env=None):
    environment = dict(os.environ, **(env or {}))
    environment.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen itself
    return subprocess.run([sys.executable, "-m", "rugwijzer", *args], capture_output=True,
                          text=True, timeout=120, env=environment, check=False)


def words(text: str) -> str:
    """Text as a row of words: what a PDF keeps of it, whatever the layout did."""
    text = unicodedata.normalize("NFKC", html.unescape(re.sub(r"<[^>]+>", " ", text)))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def visible_text(page) -> str:
    """The text drawn on the page itself. Qt paints a line that ends near a page break on
    both pages and lets the page's edge hide it on one: that copy lies outside the page."""
    height = float(page.mediabox.height)
    parts = []

    def visit(text, cm, tm, _font, _size):
        if 0 <= cm[5] + tm[5] * cm[3] <= height:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return re.sub(r"\s*\d+\s*$", "", " ".join(parts))  # without the page number


def pdf_words(path) -> str:
    return words(" ".join(visible_text(page) for page in PdfReader(str(path)).pages))


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    out = tmp_path_factory.mktemp("sheet") / "controleblad.pdf"
    done = rugwijzer("--review-sheet", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    return pdf_words(out)


def test_the_sheet_quotes_every_addition_of_every_shipped_topic_in_full(sheet):
    library = load_library([resources.content_dir()]).library
    quoted = 0
    for lang in ("nl", "en"):
        for topic in library.topics[lang].values():
            for _line, fragment in addition_blocks(topic):
                # Each paragraph and list item whole: the layout only adds list numbers.
                for block in _BLOCK.findall(fragment):
                    assert words(block) in sheet, (topic.path, block)
                quoted += 1
    assert quoted >= 20


def test_the_sheet_names_sources_key_points_and_the_state_of_each_text(sheet):
    library = load_library([resources.content_dir()]).library
    hernia = library.topics["nl"]["hernia"]
    for text in [*hernia.sources, *hernia.key_points, "nl/hernia.md", "en/hernia.md",
                 "Nog niet goedgekeurd", "Controleblad voor de arts van de kliniek",
                 'approved_by = "Naam van de arts"']:
        assert words(text) in sheet, text
    assert sheet.count(words("Onderwerp gecontroleerd en goedgekeurd")) >= 10
    assert words("Hele controleblad gecontroleerd Naam") in sheet


def test_the_sheet_puts_the_pages_doubtful_claims_long_sentences_and_questions_to_the_clinic(
        sheet):
    notes, problems = load_review_notes(NOTES)
    assert problems == []
    assert len(notes.claims) == 3 and len(notes.long_sentences) == 5
    for claim in notes.claims:
        assert words(claim.quote) in sheet and words(claim.why_nl) in sheet
    for sentence in notes.long_sentences:
        assert words(sentence.sentence) in sheet and words(sentence.proposal) in sheet
    for question in notes.questions:
        assert words(question.question_nl) in sheet
    for place in ("nl/epidurale-injectie.md", "nl/hernia-operatie.md",
                  "nl/kwaliteit-van-leven.md", "nl/spinaalstenose.md", "27 woorden"):
        assert words(place) in sheet
    assert words("huisartsenpost") in sheet


def test_the_notes_quote_the_texts_as_they_stand():
    notes, _problems = load_review_notes(NOTES)
    library = load_library([resources.content_dir()]).library
    assert check_review_notes(notes, library) == []
    assert sorted(s.words for s in notes.long_sentences) == [21, 22, 22, 23, 27]


def test_a_quote_the_clinic_rewrote_is_a_warning(tmp_path):
    folder = tmp_path / "content" / "nl"
    folder.mkdir(parents=True)
    shipped = (resources.content_dir() / "nl" / "spinaalstenose.md").read_text("utf-8")
    (folder / "spinaalstenose.md").write_text(
        shipped.replace("omdat de zenuw uit zichzelf een andere weg zoekt", "vaak"), "utf-8")
    notes, _problems = load_review_notes(NOTES)
    library = load_library([resources.content_dir(), tmp_path / "content"]).library
    found = [str(p) for p in check_review_notes(notes, library)]
    assert len(found) == 1
    assert "warning: 'omdat de zenuw uit zichzelf een andere weg zoekt' is no longer in " \
           "the text of 'spinaalstenose' (nl)" in found[0]


@pytest.mark.parametrize(("text", "line", "message"), [
    ('[[claim]]\nquote = "x"\ntopics = ["hernia"]\nwhy_nl = "w"\n', 1,
     "[[claim]]: needs exactly the keys quote, topics, why_nl, why_en"),
    ('[[question]]\ntopics = []\nquestion_nl = "v"\nquestion_en = "q"\n', 1,
     "'topics' must be a list of one or more topic ids"),
    ('\n[[long_sentence]]\nsentence = ""\ntopics = ["hernia"]\nproposal = "p"\n', 2,
     "'sentence' must be a text"),
    ('claim = 3\n', 1, "'claim' must be a list of [[claim]] tables"),
    ('[[note]]\ntext = "x"\n', 1, "unknown table 'note'"),
    ('[[claim\n', 1, "invalid TOML"),
])
def test_a_faulty_note_is_named_with_its_line(tmp_path, text, line, message):
    path = tmp_path / "sheet.toml"
    path.write_text(text, encoding="utf-8")
    _notes, problems = load_review_notes(path)
    assert any(str(p).startswith(f"{path}:{line}: ") and message in str(p)
               for p in problems), [str(p) for p in problems]


def test_the_sheet_is_made_in_english_on_request(tmp_path):
    out = tmp_path / "review.pdf"
    done = rugwijzer("--review-sheet", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = pdf_words(out)
    assert words("Review sheet for the clinic's physician") in text
    assert words("Not yet approved") in text


def test_the_sheet_covers_a_clinics_own_texts_and_their_approval(tmp_path):
    content = tmp_path / "content"
    for lang, state in (("nl", 'approved_by = "Dr. Jansen"\napproved_on = 2026-11-30\n'),
                        ("en", "")):
        text = topic_text("eigen", updated="2026-11-30", addition="true",
                          sources='["Kliniek — eigen folder"]',
                          body=f"Tekst.\n\n::: addition\nEigen uitleg in {lang}.\n:::\n")
        write_topic(content, lang, "eigen", text.replace("+++\nTekst", state + "+++\nTekst"))
    out = tmp_path / "sheet.pdf"
    done = rugwijzer("--review-sheet", str(out), "--content", str(content))
    assert done.returncode == 0, done.stderr
    text = pdf_words(out)
    for expected in ("Eigen uitleg in nl.", "Eigen uitleg in en.", "Kliniek — eigen folder",
                     str(content / "nl" / "eigen.md"),
                     "Goedgekeurd door Dr. Jansen op 30 november 2026"):
        assert words(expected) in text, expected


@pytest.mark.parametrize("target", ["missing-folder/sheet.pdf", "a-folder"])
def test_a_sheet_that_cannot_be_written_is_said_so_and_no_file_is_left(tmp_path, target):
    (tmp_path / "a-folder").mkdir()
    out = tmp_path / target
    done = rugwijzer("--review-sheet", str(out))
    assert done.returncode == 1
    assert f"cannot write {out}" in done.stderr
    assert "no review sheet was written" in done.stderr
    assert not out.is_file()
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == []


def test_review_sheet_with_handout_options_is_a_usage_error(tmp_path):
    done = rugwijzer("--review-sheet", str(tmp_path / "s.pdf"), "--open", "hernia")
    assert done.returncode == 2
    assert "--review-sheet is used alone" in done.stderr
