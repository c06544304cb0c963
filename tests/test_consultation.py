"""Consultation mode: marks and drawings, the treatment path, the handout, a clean slate."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor

from conftest import show
from rugwijzer.content.regions import REGIONS
from rugwijzer.ui.spine.palette import for_paper

MARK = QColor(for_paper().mark)  # the handout's pictures are for paper


def consulting(make_window, qtbot, topic="hernia"):
    window = make_window(topic=topic)
    window.resize(1366, 768)
    show(window, qtbot)
    window.consultation_mode.set_active(True)
    return window


def point_on(canvas, region):
    """A point well inside ``region`` on the canvas. A close-up draws its parts twice,
    healthy above affected, so the middle of a part's outline may lie between the two."""
    shape = dict(canvas.shapes)[region]
    rect = shape.boundingRect()
    for row in range(1, 60):
        for column in range(1, 60):
            point = canvas.transform().map(QPointF(rect.left() + rect.width() * column / 60,
                                                   rect.top() + rect.height() * row / 60))
            if all(canvas.region_at(point + QPointF(dx, dy)) == region
                   for dx, dy in ((0, 0), (2, 0), (-2, 0), (0, 2), (0, -2))):
                return QPointF(round(point.x()), round(point.y()))
    raise AssertionError(f"{region} is not to be pointed at")


def drag(qtbot, widget, points):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=points[0].toPoint())
    for point in points[1:]:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        move = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, move)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=points[-1].toPoint())


def test_marks_and_drawings_reach_the_handout(make_window, qtbot, tmp_path):
    window = consulting(make_window, qtbot)
    spine = window.article_page.spine
    spine.set_tool("mark")
    canvas = spine.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=canvas.centre_of("disc-L4-L5").toPoint())
    assert window.session.consultation.marks == {"disc-L4-L5"}
    spine.set_tool("draw")
    start = point_on(canvas, "nerve-root-L5")
    drag(qtbot, canvas, [start, start + QPointF(40, 10), start + QPointF(60, 40)])
    assert len(window.session.consultation.strokes["disc"]) == 1
    window.consultation_mode.bar.step_buttons["injectie"].click()
    window.consultation_mode.bar.note.setText("Over drie weken terugkomen.")
    assert window.session.consultation.step == "injectie"
    assert window.current_topic == "epidurale-injectie", "a step shows its topic"
    window.open_topic("hernia")

    image = spine.handout_pictures(window.session.consultation, canvas.size())[0][1]
    marked = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
                 if _near(image.pixelColor(x, y), MARK))
    assert marked > 20, "marks and the drawing are in the picture for the handout"

    out = tmp_path / "samenvatting.pdf"
    window.consultation_mode.save_handout(out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    for phrase in ("Hernia", "Tussenwervelschijf L4–L5", "U bent hier", "Injectietherapie",
                   "Over drie weken terugkomen."):
        assert phrase in text
    # The consultation, a page for each of its two topics, one to keep at hand.
    assert 1 <= len(PdfReader(str(out)).pages) <= 4


def _near(colour: QColor, target: QColor) -> bool:
    return abs(colour.red() - target.red()) < 40 and abs(colour.green() - target.green()) < 40 \
        and abs(colour.blue() - target.blue()) < 40


def test_handout_language_is_chosen_apart_from_the_screen(make_window, qtbot, tmp_path):
    window = consulting(make_window, qtbot)
    window.consultation_mode.bar.language.setCurrentIndex(1)
    out = tmp_path / "summary.pdf"
    window.consultation_mode.save_handout(out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "Your summary" in text and "Herniated disc" in text
    assert window.session.language == "nl"


def test_undo_takes_back_the_last_mark(make_window, qtbot):
    window = consulting(make_window, qtbot)
    window.article_page.spine.set_tool("mark")
    canvas = window.article_page.spine.canvas
    for region in ("disc-L4-L5", "nerve-root-L5"):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                         pos=point_on(canvas, region).toPoint())
    window.article_page.spine.undo()
    assert window.session.consultation.marks == {"disc-L4-L5"}


def test_new_consultation_forgets_everything(make_window, qtbot):
    window = consulting(make_window, qtbot)
    consultation = window.session.consultation
    window.article_page.spine.set_tool("mark")
    canvas = window.article_page.spine.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=canvas.centre_of("disc-L4-L5").toPoint())
    window.article_page.spine.set_tool("draw")
    start = point_on(canvas, "nerve-root-L5")
    drag(qtbot, canvas, [start, start + QPointF(30, 30)])
    window.consultation_mode.bar.step_buttons["operatie"].click()
    window.consultation_mode.bar.note.setText("Notitie")
    window.open_topic("scoliose")
    assert consultation.topics == ["hernia", "hernia-operatie", "scoliose"]

    qtbot.mouseClick(window.consultation_mode.bar.new_button, Qt.MouseButton.LeftButton)
    assert consultation.marks == set()
    assert consultation.strokes == {}
    assert consultation.undo == []
    assert consultation.step is None
    assert consultation.note == "" and window.consultation_mode.bar.note.text() == ""
    assert consultation.topics == []
    assert not any(b.isChecked() for b in window.consultation_mode.bar.step_buttons.values())
    assert window.current_topic == "start" and not window.toolbar.back_action.isEnabled()
    assert window.article_page.spine.selected_region() is None


def test_consultation_is_not_offered_in_tablet_mode(make_window):
    from rugwijzer.ui.kiosk.mode import KioskConfig

    window = make_window()
    window.kiosk_mode.enter(KioskConfig())
    assert not window.toolbar.consult_action.isVisible()


# The offscreen test platform cannot pass a new window's size limits to a window system
# and says so; that is the test platform's limit, not Rugwijzer's.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_the_patient_view_follows_the_physician(make_window, qtbot):
    window = consulting(make_window, qtbot)
    window.consultation_mode.bar.present_button.click()
    presenter = window.consultation_mode.presenter
    assert presenter is not None and presenter.isVisible()
    assert presenter.article.toPlainText().startswith("Hernia")
    assert presenter.spine.current_view() == "disc"
    window.open_topic("scoliose")
    assert presenter.article.toPlainText().startswith("Scoliose")
    assert presenter.spine.current_view() == "back"
    # Its caption says what the picture shows, not how to use it.
    assert presenter.spine.caption.text() == "Hele wervelkolom van achteren"
    window.article_page.spine.set_tool("mark")
    canvas = window.article_page.spine.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=canvas.centre_of("curve-lumbar").toPoint())
    assert presenter.spine.canvas.consultation.marks == {"curve-lumbar"}
    # The patient sees the picture and its caption, none of the physician's controls.
    spine = presenter.spine
    for control in (spine.view_choice, spine.affected_switch, spine.tools, spine.region_choice,
                    spine.reset_button, spine.enlarge_button):
        assert not control.isVisibleTo(presenter), control.objectName()
    assert spine.canvas.isVisibleTo(presenter) and spine.caption.isVisibleTo(presenter)
    window.article_page.spine.set_tool("point")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=canvas.centre_of("curve-thoracic").toPoint())
    assert spine.canvas.selected == "curve-thoracic"
    assert spine.caption.text() == REGIONS["curve-thoracic"].name("nl")
    window.consultation_mode.bar.present_button.click()
    assert window.consultation_mode.presenter is None


def test_handout_qr_code_decodes_to_the_clinic_website(make_window, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from conftest import read_qr
    from rugwijzer.content.clinic import ClinicProfile

    window = consulting(make_window, qtbot)
    window.consultation_mode.clinic = ClinicProfile(name="Rugkliniek", website="https://www.example.org/rug")
    _request, document = window.consultation_mode.handout_document()
    image = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl("qr"))
    assert read_qr(image) == "https://www.example.org/rug"
    assert "Rugkliniek" in document.toPlainText()


def test_the_handout_shows_every_view_the_physician_drew_on(make_window, qtbot):
    window = consulting(make_window, qtbot)
    spine = window.article_page.spine
    canvas = spine.canvas
    assert spine.current_view() == "disc"
    spine.set_tool("draw")
    start = point_on(canvas, "nerve-root-L5")
    drag(qtbot, canvas, [start, start + QPointF(40, 10), start + QPointF(60, 40)])
    assert len(window.session.consultation.strokes["disc"]) == 1
    spine.view_choice.setCurrentIndex(spine.view_choice.findData("back"))
    assert spine.current_view() == "back"
    selected_before = canvas.selected

    pictures = spine.handout_pictures(window.session.consultation, QSize(600, 800))
    assert [view for view, _image in pictures] == ["back", "disc"]
    disc = pictures[1][1]
    drawn = sum(1 for x in range(disc.width()) for y in range(disc.height())
                if _near(disc.pixelColor(x, y), MARK))
    assert drawn > 10, "the drawing made on the disc close-up is in its picture"
    assert spine.current_view() == "back" and canvas.view_name == "back"
    assert canvas.selected == selected_before

    # A marked part that neither view shows brings the view that does.
    window.session.consultation.marks.add("disc-C5-C6")
    views = [view for view, _image in spine.handout_pictures(window.session.consultation,
                                                             canvas.size())]
    assert views == ["back", "disc", "side"]


@pytest.mark.parametrize(("lang", "width", "step", "rows"), [
    ("nl", 1366, None, 1), ("en", 1366, None, 1), ("nl", 1366, "injectie", 2),
    ("en", 1024, "injectie", 2), ("nl", 1024, None, 2), ("en", 720, "operatie", 3),
])
def test_the_bar_wraps_rather_than_cut_a_label(make_window, qtbot, lang, width, step, rows):
    from PySide6.QtWidgets import QApplication, QPushButton

    from rugwijzer.ui.consultation.bar import NOTE_MIN_WIDTH

    window = make_window(lang=lang, topic="hernia")
    window.resize(width, 700)
    show(window, qtbot)
    window.consultation_mode.set_active(True)
    bar = window.consultation_mode.bar
    if step:
        bar.step_buttons[step].click()  # "◀ you are here" makes its button wider
    QApplication.processEvents()
    assert bar.rows == rows
    buttons = bar.findChildren(QPushButton)
    for widget in [*buttons, bar.language, bar.path_label]:
        assert widget.isVisible()
        assert widget.width() >= widget.sizeHint().width(), widget.objectName()
    assert bar.note.width() >= NOTE_MIN_WIDTH
    boxes = [w.geometry() for w in [*buttons, bar.language, bar.note, bar.path_label]]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert all(box.right() < bar.width() for box in boxes)


def test_tab_goes_through_the_bar_as_it_reads(make_window, qtbot):
    window = consulting(make_window, qtbot)
    bar = window.consultation_mode.bar
    expected = [*bar.step_buttons.values(), bar.note, bar.language, bar.present_button,
                bar.print_button, bar.pdf_button, bar.new_button]
    order, widget = [], expected[0]
    for _ in expected:
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in expected and widget is not expected[0]:
            widget = widget.nextInFocusChain()
    assert order == expected


def test_printing_renders_the_handout_and_lets_the_preview_go(make_window, qtbot, tmp_path,
                                                              monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    window = consulting(make_window, qtbot)
    out = tmp_path / "printed.pdf"
    shown = []

    def run_preview(dialog):
        # What the preview does when it is shown: ask for the pages, here into a PDF file.
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        shown.append(dialog.objectName())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", run_preview)
    for _ in range(2):
        window.consultation_mode.print_handout()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shown == ["handoutPreview", "handoutPreview"]
    assert window.findChildren(QPrintPreviewDialog) == []
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    assert "Uw samenvatting" in text and "Hernia" in text
