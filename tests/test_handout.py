"""The patient's handout, made through the real command as a script would."""

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from rugwijzer import resources
from rugwijzer.content.handout import HandoutRequest, problems
from rugwijzer.content.loader import load_library
from rugwijzer.content.treatment_path import STEP_IDS, load_treatment_path


def rugwijzer(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "rugwijzer", *args], capture_output=True,
                          text=True, timeout=120, env=env, check=False)


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def embedded_fonts(path) -> list[tuple[str, bool]]:
    fonts = {}
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    return sorted(fonts.items())


ARGS = ["--open", "hernia", "--open", "oefentherapie", "--mark", "disc-L4-L5",
        "--mark", "nerve-root-L5", "--step", "injectie"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["Uw samenvatting", "Hernia", "Oefentherapie", "Tussenwervelschijf L4–L5",
            "Zenuwwortel L5", "U bent hier", "2. Injectietherapie", "Notitie van uw arts",
            "Rustig opbouwen met wandelen.", "Stel ze bij de balie"]),
    ("en", ["Your summary", "Herniated disc", "Exercise therapy", "Disc between L4 and L5",
            "Nerve root L5", "You are here", "2. Injection therapy",
            "Note from your physician", "Rustig opbouwen met wandelen.",
            "Ask at the reception desk"]),
])
def test_handout_pdf_holds_the_consultation_in_the_patients_language(tmp_path, lang, expected):
    out = tmp_path / f"samenvatting-{lang}.pdf"
    done = rugwijzer("--handout", str(out), *ARGS, "--note", "Rustig opbouwen met wandelen.",
                     "--lang", lang)
    assert done.returncode == 0, done.stderr
    # A page for the consultation, one for each topic, one to keep at hand.
    assert 1 <= len(PdfReader(str(out)).pages) <= 4
    text = pdf_text(out)
    for phrase in expected:
        assert phrase in text, phrase
    fonts = embedded_fonts(out)
    assert ("/AtkinsonHyperlegible-Regular", True) in fonts
    assert all(embedded for _name, embedded in fonts)
    # What the physician showed and wrote is on the first page, before the texts to read.
    first = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    for phrase in expected[3:8]:
        assert phrase in first, phrase
    assert text.index(expected[7]) < text.index(expected[1])


def test_handout_shows_the_clinic_and_a_qr_code_to_its_website(tmp_path):
    profile = tmp_path / "kliniek.toml"
    profile.write_text('name = "Rugkliniek Oost"\nwebsite = "https://www.example.org"\n'
                       'phone = "+31 20 000 0000"\n', encoding="utf-8")
    out = tmp_path / "h.pdf"
    done = rugwijzer("--handout", str(out), "--open", "scoliose", "--clinic", str(profile),
                     "--lang", "nl")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Rugkliniek Oost" in text and "https://www.example.org" in text
    assert "Scan voor de website" in text
    xobjects = [obj.get_object() for page in PdfReader(str(out)).pages
                for obj in page["/Resources"].get("/XObject", {}).values()]
    assert any(obj["/Subtype"] == "/Image" for obj in xobjects), "the QR code is an image"


@pytest.mark.parametrize(("args", "message"), [
    (["--open", "bestaat-niet"], "unknown topic 'bestaat-niet'"),
    (["--open", "hernia", "--mark", "disc-L9-L10"], "unknown region 'disc-L9-L10'"),
    (["--open", "hernia", "--step", "later"], "unknown step 'later'"),
    ([], "choose at least one topic"),
])
def test_bad_handout_arguments_fail_cleanly_without_a_file(tmp_path, args, message):
    out = tmp_path / "h.pdf"
    done = rugwijzer("--handout", str(out), *args)
    assert done.returncode == 1
    assert message in done.stderr
    assert "no handout was written" in done.stderr
    assert not out.exists()


def test_mark_without_handout_is_a_usage_error():
    done = rugwijzer("--mark", "disc-L4-L5")
    assert done.returncode == 2
    assert "only used with --handout" in done.stderr


def test_request_checks_are_pure_logic():
    library = load_library([resources.content_dir()]).library
    good = HandoutRequest(topics=("hernia",), lang="nl", marks=("disc-L4-L5",),
                          step="operatie", note="Tot ziens.")
    assert problems(good, library) == []
    long_note = HandoutRequest(topics=("hernia",), lang="nl", note="x" * 5000)
    assert "at most" in problems(long_note, library)[0]


def test_treatment_path_uses_the_source_facts():
    steps, found = load_treatment_path(resources.resource("consultation", "treatment-path.toml"))
    assert found == []
    assert tuple(step.id for step in steps) == STEP_IDS
    assert "zes tot acht weken" in steps[0].text("nl")
    assert "binnen drie weken" in steps[1].text("nl")
    assert "direct kwijt" in steps[2].text("nl")


def pdf_pictures(path) -> int:
    return sum(len(page.images) for page in PdfReader(str(path)).pages)


def test_handout_from_the_command_line_shows_the_spine_with_every_mark(tmp_path):
    out = tmp_path / "samenvatting.pdf"
    done = rugwijzer("--handout", str(out), "--open", "hernia", "--mark", "disc-L4-L5")
    assert done.returncode == 0, done.stderr
    assert pdf_pictures(out) == 1, "the disc close-up that the Hernia page shows"
    assert "Tussenwervelschijf in de lage rug, van boven" in pdf_text(out)

    # C5 is not in the disc close-up: the whole spine from the side is added for it.
    done = rugwijzer("--handout", str(out), "--open", "hernia", "--mark", "disc-L4-L5",
                     "--mark", "vertebra-C5", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert pdf_pictures(out) == 2
    text = pdf_text(out)
    assert "Disc in the lower back, from above" in text
    assert "The whole spine from the side" in text
