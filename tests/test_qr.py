"""QR codes: made offline, drawn sharp, and readable back to exactly the text they carry."""

import io
import logging
import os
import subprocess
import sys

import pytest
import segno
from PySide6.QtGui import QImage

from conftest import read_qr
from rugwijzer.content.qr import QrError, can_encode, qr_matrix
from rugwijzer.ui.qr import QUIET_ZONE, module_px_for, qr_image, qr_pixmap

TEXTS = ["https://www.example.org", "tel:+31201234567", "https://a.nl",
         "https://www.example.org/rugklachten/advies?taal=nl&bron=rugwijzer"]


def segno_png(text: str) -> QImage:
    """segno's own PNG writer: a rendering the reader did not grow up with."""
    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=3, border=4)
    return QImage.fromData(buffer.getvalue())


@pytest.mark.parametrize("text", [*TEXTS, "HELLO WORLD 42", "0123456789", "Corné ü"])
def test_the_reader_reads_segnos_own_rendering(text):
    assert read_qr(segno_png(text)) == text


def test_the_reader_is_not_fooled(qapp):
    other = qr_image("https://www.example.org/b", 4)
    assert read_qr(other) != "https://www.example.org/a"
    blank = QImage(100, 100, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    with pytest.raises(AssertionError):
        read_qr(blank)


def drawn(matrix: list[list[bool]], module_px: int = 4) -> QImage:
    """The modules as black and white squares, with a quiet zone: no code of ours."""
    side = (len(matrix) + 8) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            for dy in range(module_px):
                for dx in range(module_px):
                    if dark:
                        image.setPixel((x + 4) * module_px + dx, (y + 4) * module_px + dy,
                                       0xFF000000)
    return image


def modules_of(image: QImage, module_px: int) -> list[list[bool]]:
    """The module grid of a drawn code, from the centre of each module."""
    size = image.width() // module_px - 2 * QUIET_ZONE
    return [[image.pixelColor((x + QUIET_ZONE) * module_px + module_px // 2,
                              (y + QUIET_ZONE) * module_px + module_px // 2).lightness() < 128
             for x in range(size)] for y in range(size)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_matrix_is_segnos_and_encodes_the_text(qapp, text):
    matrix = qr_matrix(text)
    assert matrix == [[bool(m) for m in row] for row in segno.make_qr(text, error="m").matrix]
    assert read_qr(drawn(matrix)) == text


def test_short_texts_still_get_a_full_qr_code(qapp):
    # segno.make() would choose a Micro QR code here, which phone cameras do not read.
    assert segno.make("tel:+3120123", error="m").is_micro
    matrix = qr_matrix("tel:+3120123")
    assert len(matrix) == 21 and all(len(row) == 21 for row in matrix)
    assert read_qr(drawn(matrix)) == "tel:+3120123"


def test_an_empty_text_has_no_qr_code():
    with pytest.raises(ValueError):
        qr_matrix("")


@pytest.mark.parametrize(("text", "module_px"), [(TEXTS[0], 5), (TEXTS[1], 3), (TEXTS[3], 6)])
def test_the_drawn_code_reads_back_module_for_module(qapp, text, module_px):
    image = qr_image(text, module_px)
    assert image.width() == (len(qr_matrix(text)) + 2 * QUIET_ZONE) * module_px
    assert modules_of(image, module_px) == qr_matrix(text)
    assert read_qr(image) == text


@pytest.mark.parametrize("text", TEXTS)
def test_the_code_reads_from_a_blurred_tilted_picture_of_it(qapp, text):
    """As a phone's camera sees a tablet's screen or a handout: not square to it, not
    sharp, smaller, on grey."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QTransform

    smooth, free = Qt.TransformationMode.SmoothTransformation, Qt.AspectRatioMode.IgnoreAspectRatio
    tilted = qr_image(text, 4).transformed(QTransform().rotate(8), smooth)
    small = tilted.scaled(round(tilted.width() * 0.45), round(tilted.height() * 0.45), free,
                          smooth)
    blurred = small.scaled(round(tilted.width() * 0.8), round(tilted.height() * 0.8), free,
                           smooth)
    photo = QImage(blurred.width() + 80, blurred.height() + 60, QImage.Format.Format_RGB32)
    photo.fill(QColor("#D8D4CC"))
    painter = QPainter(photo)
    painter.setOpacity(0.85)
    painter.drawImage(40, 30, blurred)
    painter.end()
    assert read_qr(photo) == text


def test_the_quiet_zone_is_white_and_the_modules_are_pure(qapp):
    image = qr_image(TEXTS[0], 4)
    margin = QUIET_ZONE * 4
    for i in range(image.width()):
        for x, y in ((i, 0), (i, margin - 1), (0, i), (margin - 1, i)):
            assert image.pixelColor(x, y).name() == "#ffffff"
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert colours == {"#000000", "#ffffff"}, "no grey edges to confuse a scanner"


def test_a_pixmap_for_a_dense_screen_stays_sharp(qapp):
    normal = qr_pixmap(TEXTS[0], 5)
    dense = qr_pixmap(TEXTS[0], 5, device_pixel_ratio=2.0)
    assert dense.deviceIndependentSize() == normal.deviceIndependentSize()
    assert dense.width() == 2 * normal.width()
    assert read_qr(dense.toImage()) == read_qr(normal.toImage()) == TEXTS[0]
    assert modules_of(dense.toImage(), 10) == qr_matrix(TEXTS[0])


def test_module_size_for_a_wanted_width():
    for wanted in (120, 160, 200, 233):
        module = module_px_for(TEXTS[0], wanted)
        width = (len(qr_matrix(TEXTS[0])) + 2 * QUIET_ZONE) * module
        assert width >= wanted
        assert width - (len(qr_matrix(TEXTS[0])) + 2 * QUIET_ZONE) < wanted, "the smallest"


TOO_LONG = "https://www.example.org/" + "a" * 3000


def test_a_text_no_qr_code_can_hold_is_a_project_error_not_segnos():
    with pytest.raises(QrError, match="3,024 characters"):
        qr_matrix(TOO_LONG)
    with pytest.raises(QrError):
        qr_image(TOO_LONG, 4)
    assert issubclass(QrError, ValueError)


def test_whether_a_code_can_be_made_is_answered_and_logged(caplog):
    assert can_encode("https://www.example.org")
    with caplog.at_level(logging.WARNING, logger="rugwijzer.content.qr"):
        assert not can_encode(TOO_LONG)
    assert "no QR code can be made" in caplog.text


def test_the_advice_panel_leaves_out_a_qr_code_that_cannot_be_made(caplog):
    from rugwijzer.content.clinic import ClinicProfile
    from rugwijzer.ui.article import panels

    clinic = ClinicProfile(name="K", website=TOO_LONG, phone="010 123")
    with caplog.at_level(logging.WARNING, logger="rugwijzer.content.qr"):
        html = panels.advice_html(clinic, "nl", compact=False)
    assert "qr:" not in html and "<img" not in html
    assert "010 123" in html, "the contact details stay"
    assert "no QR code can be made" in caplog.text


def test_the_advice_page_opens_without_a_qr_code_that_cannot_be_made(make_window, qtbot):
    from rugwijzer.content.clinic import ClinicProfile

    window = make_window()
    window.texts.clinic = ClinicProfile(name="K", website=TOO_LONG)
    window.texts.clear()
    assert window.open_topic("advies")
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.article.viewport().grab()
    assert "K" in window.article.toPlainText()


def test_the_handout_leaves_out_a_qr_code_that_cannot_be_made(qapp, caplog):
    from rugwijzer import resources
    from rugwijzer.content.clinic import ClinicProfile
    from rugwijzer.content.handout import HandoutRequest
    from rugwijzer.content.loader import load_library
    from rugwijzer.ui.consultation.handout import build_document

    library = load_library([resources.content_dir()]).library
    clinic = ClinicProfile(name="K", website=TOO_LONG)
    request = HandoutRequest(topics=("hernia",), lang="nl", marks=(), step=None, note="")
    with caplog.at_level(logging.WARNING):
        document = build_document(request, library, [], clinic)
    assert 'src="qr"' not in document.toHtml()
    assert "Scan" not in document.toPlainText()
    assert "no QR code can be made" in caplog.text


def test_handout_with_a_website_too_long_for_a_qr_code_is_written(tmp_path):
    profile = tmp_path / "q.toml"
    profile.write_text(f'name = "Q"\nwebsite = "{TOO_LONG}"\n', encoding="utf-8")
    out = tmp_path / "h.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "rugwijzer", "--handout", str(out), "--open",
                           "hernia", "--clinic", str(profile)], capture_output=True,
                          text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{profile}:2: 'website' must be a web address" in done.stderr
    assert out.stat().st_size > 0


def test_the_code_on_the_advice_page_reads_from_the_screen(make_window, qtbot):
    from conftest import show
    from rugwijzer.content.clinic import ClinicProfile

    window = make_window()
    window.texts.clinic = ClinicProfile(name="K", website="https://www.example.org/rug")
    window.texts.clear()
    window.resize(1366, 768)
    show(window, qtbot)
    window.open_topic("advies")
    assert read_qr(window.article.viewport().grab().toImage()) == "https://www.example.org/rug"
