"""The search results page: results while typing, keyboard, touch and screen reader, the
searches to tap, medical terms, tablet mode in both orientations, and a new reader."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QToolButton

from conftest import show, topic_text, write_topic
from rugwijzer import resources
from rugwijzer.content.glossary import load_glossary
from rugwijzer.content.loader import load_library
from rugwijzer.content.model import START
from rugwijzer.content.search import SearchEngine, load_engine
from rugwijzer.content.search.glossary import glossary_documents
from rugwijzer.content.search.popular import check_popular, load_popular
from rugwijzer.ui.kiosk.mode import KioskConfig
from rugwijzer.ui.search.controller import LIMIT
from rugwijzer.ui.search.results import marked_again, marked_html, spoken_text

NAME = QAccessible.Text.Name


def results_window(make_window, qtbot, topic="hernia", lang="nl", size=(1366, 768)):
    window = make_window(lang=lang, topic=topic)
    window.resize(*size)
    show(window, qtbot)
    return window


def type_search(window, qtbot, text):
    field = window.toolbar.search_field
    field.setFocus()
    qtbot.keyClicks(field, text)


def shown_ids(window):
    page = window.search.page
    return [page.model.result(row).id for row in range(page.model.rowCount())]


def wait_for(window, qtbot, query):
    qtbot.waitUntil(lambda: window.search.page is not None
                    and window.search.page.query == query, timeout=3000)


# ----- pieces ---------------------------------------------------------------------------

def test_found_words_are_marked_and_text_is_never_markup():
    pieces = (("Een <b>", False), ("hernia", True), (" & meer", False))
    assert marked_html(pieces, "x") == 'Een &lt;b&gt;<b style="x">hernia</b> &amp; meer'


def test_a_definition_is_marked_as_its_snippet_is():
    snippet = (("Een ", False), ("zenuwwortel", True), (" is het begin.", False))
    marked = marked_again("Een zenuwwortel is het begin. Hij komt uit de Zenuwwortel.", snippet)
    assert [text for text, found in marked if found] == ["zenuwwortel", "Zenuwwortel"]
    assert "".join(text for text, _found in marked) == \
        "Een zenuwwortel is het begin. Hij komt uit de Zenuwwortel."


def test_glossary_terms_are_found_by_every_spelling():
    library = load_library([resources.content_dir()]).library
    terms, problems = load_glossary(resources.resource("glossary"))
    assert problems == []
    documents = glossary_documents(terms["nl"])
    engine = SearchEngine(library, extra=lambda lang: documents if lang == "nl" else [])
    found = [(r.id, r.kind) for r in engine.search("nl", "tussenwervelschijven", 30)]
    assert ("discus", "glossary") in found
    discus = next(d for d in documents if d.id == "discus")
    assert discus.title == "Discus" and discus.regions == ("disc-L4-L5",)


def test_every_shipped_search_to_tap_finds_something():
    library = load_library([resources.content_dir()]).library
    engine, _problems = load_engine(library)
    assert check_popular([resources.resource("search")], engine) == []
    popular, _problems = load_popular([resources.resource("search")])
    assert popular["nl"][:2] == ("ischias", "rugpijn") and len(popular["en"]) >= 4


def test_a_clinic_replaces_the_searches_to_tap_and_each_fault_names_its_line(tmp_path):
    (tmp_path / "popular-nl.toml").write_text(
        'terms = [\n  "spit",\n  "",\n  3,\n  "spit",\n  "' + "x" * 41 + '",\n]\nextra = 1\n',
        encoding="utf-8")
    popular, problems = load_popular([resources.resource("search"), tmp_path])
    assert popular["nl"] == ("spit",)
    assert popular["en"][0] == "sciatica", "the shipped list stays for the other language"
    messages = sorted(str(p) for p in problems)
    path = tmp_path / "popular-nl.toml"
    assert any(m.startswith(f"{path}:3: ") and "empty" in m for m in messages), messages
    assert any(m.startswith(f"{path}:1: ") and "3 is not a text" in m for m in messages)
    assert any(m.startswith(f"{path}:2: warning: ") and "twice" in m for m in messages)
    assert any(m.startswith(f"{path}:6: ") and "too long" in m for m in messages)
    assert any(m.startswith(f"{path}:8: ") and "unknown key 'extra'" in m for m in messages)


def test_a_search_to_tap_that_finds_nothing_is_a_warning(tmp_path):
    library = load_library([resources.content_dir()]).library
    engine, _problems = load_engine(library)
    (tmp_path / "popular-en.toml").write_text('terms = ["xyzzy"]\n', encoding="utf-8")
    problems = check_popular([resources.resource("search"), tmp_path], engine)
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'popular-en.toml'}:1: warning: 'xyzzy' finds no topic in 'en'"]


# ----- results while typing -------------------------------------------------------------

def test_the_list_follows_each_keystroke(make_window, qtbot):
    window = results_window(make_window, qtbot, topic=START)
    engine = window.search.controller._ensure_engine()
    window.toolbar.search_field.setFocus()
    for typed in ("s", "sc", "sco", "scol"):
        qtbot.keyClick(window.toolbar.search_field, typed[-1])
        wait_for(window, qtbot, typed)
        assert window.pages.currentWidget() is window.search.page
        assert shown_ids(window) == [r.id for r in engine.search("nl", typed, LIMIT)]
    assert shown_ids(window)[0] == "scoliose"
    assert window.search.page.heading.text() == f"{len(shown_ids(window))} resultaten voor “scol”"


def test_a_row_shows_title_marked_snippet_and_the_part_of_the_spine(make_window, qtbot):
    window = results_window(make_window, qtbot)
    type_search(window, qtbot, "ischias")
    wait_for(window, qtbot, "ischias")
    page = window.search.page
    first = page.model.index(0)
    result = page.model.result(0)
    assert result.id == "hernia"
    assert any(found for _text, found in result.snippet)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == spoken_text(result, result.snippet)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Hernia, ")
    assert "Zenuwwortel L5" in first.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert page.list.visualRect(first).height() >= 48


def test_rows_are_list_items_named_for_a_screen_reader(make_window, qtbot):
    window = results_window(make_window, qtbot)
    type_search(window, qtbot, "scoliose")
    wait_for(window, qtbot, "scoliose")
    tree = QAccessible.queryAccessibleInterface(window.search.page.list)
    assert tree.role() == QAccessible.Role.List
    assert tree.text(NAME) == "Zoekresultaten"
    rows = [tree.child(i) for i in range(tree.childCount())]
    assert rows and all(row.role() == QAccessible.Role.ListItem for row in rows)
    assert rows[0].text(NAME).startswith("Scoliose, ")


def test_enter_opens_the_first_result_and_down_leads_into_the_list(make_window, qtbot):
    window = results_window(make_window, qtbot, topic=START)
    type_search(window, qtbot, "scoliose")
    qtbot.keyClick(window.toolbar.search_field, Qt.Key.Key_Return)
    assert window.current_topic == "scoliose"
    assert window.pages.currentWidget() is window.article_page

    window.toolbar.search_field.clear()
    type_search(window, qtbot, "operatie")
    wait_for(window, qtbot, "operatie")
    model = window.search.page.model
    row = next(r for r in range(1, model.rowCount()) if model.result(r).kind != "glossary")
    qtbot.keyClick(window.toolbar.search_field, Qt.Key.Key_Down)
    page_list = window.search.page.list
    assert page_list.hasFocus() and page_list.currentIndex().row() == 0
    for _ in range(row):
        qtbot.keyClick(page_list, Qt.Key.Key_Down)
    qtbot.keyClick(page_list, Qt.Key.Key_Return)
    assert window.current_topic == model.result(row).id != "scoliose"
    assert window.article.hasFocus()


def test_up_from_the_first_row_returns_to_the_field_and_escape_closes(make_window, qtbot):
    window = results_window(make_window, qtbot)
    type_search(window, qtbot, "hernia")
    wait_for(window, qtbot, "hernia")
    qtbot.keyClick(window.toolbar.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.page.list, Qt.Key.Key_Up)
    assert window.toolbar.search_field.hasFocus()
    assert window.toolbar.search_field.text() == "hernia"
    qtbot.keyClick(window.toolbar.search_field, Qt.Key.Key_Escape)
    assert window.toolbar.search_field.text() == ""
    assert window.pages.currentWidget() is window.article_page
    assert window.current_topic == "hernia"
    assert window.search.controller.query == "" and window.search.page.model.rowCount() == 0


def test_a_click_opens_a_result_and_shows_the_part_the_lay_term_points_at(make_window, qtbot):
    window = results_window(make_window, qtbot, topic=START)
    type_search(window, qtbot, "ischias")
    wait_for(window, qtbot, "ischias")
    page_list = window.search.page.list
    rect = page_list.visualRect(window.search.page.model.index(0))
    qtbot.mouseClick(page_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_topic == "hernia"
    assert window.article_page.spine.selected_region() == "nerve-root-L5"


def test_nothing_found_offers_the_searches_to_tap_and_no_status_message(make_window, qtbot):
    window = results_window(make_window, qtbot)
    type_search(window, qtbot, "xyzzyq")
    qtbot.keyClick(window.toolbar.search_field, Qt.Key.Key_Return)
    page = window.search.page
    assert window.pages.currentWidget() is page and window.current_topic == "hernia"
    assert page.heading.text() == "Niets gevonden voor “xyzzyq”"
    assert not page.list.isVisible() and page.chips.isVisible()
    assert window.statusBar().currentMessage() == ""
    chip = next(b for b in page.chips.buttons if b.text() == "rugpijn")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.toolbar.search_field.text() == "rugpijn"
    assert page.query == "rugpijn" and "oorzaak" in shown_ids(window)


def test_a_click_in_the_empty_field_shows_the_searches_to_tap(make_window, qtbot):
    window = results_window(make_window, qtbot)
    qtbot.mouseClick(window.toolbar.search_field, Qt.MouseButton.LeftButton)
    page = window.search.page
    assert window.pages.currentWidget() is page
    assert page.heading.text() == "Zoeken" and page.chips.isVisible()
    assert [b.text() for b in page.chips.buttons][:3] == ["ischias", "rugpijn", "hernia"]
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.article_page


def test_tabbing_into_the_field_changes_no_page(make_window, qtbot):
    window = results_window(make_window, qtbot)
    window.toolbar.search_field.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.pages.currentWidget() is window.article_page


def test_back_closes_the_results_and_keeps_the_topic(make_window, qtbot):
    window = results_window(make_window, qtbot, topic="oorzaak")
    window.open_topic("hernia")
    type_search(window, qtbot, "scoliose")
    wait_for(window, qtbot, "scoliose")
    window.toolbar.back_action.trigger()
    assert window.current_topic == "hernia"
    assert window.pages.currentWidget() is window.article_page


def test_the_results_follow_the_language_and_the_text_size(make_window, qtbot):
    window = results_window(make_window, qtbot)
    type_search(window, qtbot, "hernia")
    wait_for(window, qtbot, "hernia")
    window.session.set_language("en")
    qtbot.waitUntil(lambda: window.search.page.model.result(0).title == "Herniated disc")
    page = window.search.page
    assert window.pages.currentWidget() is page
    assert page.heading.text().endswith("results for “hernia”")
    assert page.chips_label.text() == "Often searched"
    assert page.chips.buttons[0].text() == "sciatica"
    before = page.list.visualRect(page.model.index(0)).height()
    window.session.set_text_size(window.session.text_size + 2)
    assert window.pages.currentWidget() is page
    assert page.list.visualRect(page.model.index(0)).height() > before


def test_medical_terms_are_found_with_their_definition(make_window, qtbot):
    window = results_window(make_window, qtbot)
    type_search(window, qtbot, "zenuwwortel")
    wait_for(window, qtbot, "zenuwwortel")
    page = window.search.page
    rows = {page.model.result(r).id: r for r in range(page.model.rowCount())
            if page.model.result(r).kind == "glossary"}
    assert "zenuwwortel" in rows
    index = page.model.index(rows["zenuwwortel"])
    assert "Begrip" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    terms, _problems = load_glossary(resources.resource("glossary"))
    definition = next(t.definition for t in terms["nl"] if t.id == "zenuwwortel")
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"Zenuwwortel, {definition}"
    page.list.chosen.emit(index)
    assert window.current_topic == "begrippen", "the shipped glossary page opens at the term"


def test_a_medical_term_opens_the_glossary_page_where_there_is_one(make_window, qtbot,
                                                                   tmp_path):
    for lang in ("nl", "en"):
        write_topic(tmp_path, lang, "begrippen",
                    topic_text("begrippen", "Een zenuwwortel is het begin van een zenuw.\n",
                               title='"Begrippen"'))
    window = make_window(topic="hernia", content=tmp_path)
    show(window, qtbot)
    type_search(window, qtbot, "zenuwwortel")
    wait_for(window, qtbot, "zenuwwortel")
    page = window.search.page
    row = next(r for r in range(page.model.rowCount()) if page.model.result(r).kind == "glossary")
    page.list.chosen.emit(page.model.index(row))
    assert window.current_topic == "begrippen"


def test_the_index_is_built_ahead_of_time_off_the_interfaces_thread(make_window, qtbot,
                                                                   monkeypatch):
    built_on = []
    original = SearchEngine.index

    def index(self, lang):
        if lang not in self._indexes:
            built_on.append(threading.current_thread())
        return original(self, lang)

    monkeypatch.setattr(SearchEngine, "index", index)
    window = results_window(make_window, qtbot)
    qtbot.waitUntil(lambda: "nl" in window.search.controller._ready, timeout=5000)
    assert built_on and threading.main_thread() not in built_on
    type_search(window, qtbot, "rug")
    wait_for(window, qtbot, "rug")
    assert threading.main_thread() not in built_on


def test_a_search_that_breaks_is_logged_and_the_window_carries_on(make_window, qtbot,
                                                                  monkeypatch, caplog):
    window = results_window(make_window, qtbot)

    def broken(*_args):
        raise RuntimeError("broken index")

    monkeypatch.setattr(SearchEngine, "search", broken)
    type_search(window, qtbot, "hernia")
    wait_for(window, qtbot, "hernia")
    assert window.search.page.model.rowCount() == 0
    assert "could not be searched" in caplog.text
    window.open_topic("scoliose")
    assert window.current_topic == "scoliose"


def test_a_clinics_synonyms_and_searches_to_tap_apply(make_window, qtbot, tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "synonyms-nl.toml").write_text(
        '"kromme kwast" = ["topic:scoliose", "scoliose"]\n', encoding="utf-8")
    (tmp_path / "search" / "popular-nl.toml").write_text('terms = ["kromme kwast"]\n',
                                                         encoding="utf-8")
    window = make_window(topic="hernia", content=tmp_path)
    show(window, qtbot)
    qtbot.mouseClick(window.toolbar.search_field, Qt.MouseButton.LeftButton)
    assert [b.text() for b in window.search.page.chips.buttons] == ["kromme kwast"]
    qtbot.mouseClick(window.search.page.chips.buttons[0], Qt.MouseButton.LeftButton)
    assert shown_ids(window)[0] == "scoliose"


# ----- tablet mode ----------------------------------------------------------------------

@pytest.fixture
def tablet(make_window, qtbot):
    made = []

    def make(size):
        window = make_window(topic="hernia")
        window.kiosk_mode.enter(KioskConfig())
        window.resize(*size)
        show(window, qtbot)
        QApplication.processEvents()
        made.append(window)
        return window

    yield make
    for window in made:
        window.kiosk_mode.idle.stop(QApplication.instance())
        window.hide()


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280), (720, 1280)])
def test_a_tablet_searches_in_both_orientations_by_touch(tablet, qtbot, size):
    window = tablet(size)
    field = window.toolbar.search_field
    assert field.isVisible() and field.width() >= 240, field.width()
    for toolbar in (window.toolbar.main, window.toolbar.options, window.toolbar.search_row):
        overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible(), toolbar.objectName()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    page = window.search.page
    assert page.isVisible() and page.chips.isVisible()
    qtbot.mouseClick(next(b for b in page.chips.buttons if b.text() == "hernia"),
                     Qt.MouseButton.LeftButton)
    assert page.list.isVisible() and page.chips.isVisible(), "more searches stay at hand"
    for row in range(page.model.rowCount()):
        assert page.list.visualRect(page.model.index(row)).height() >= 48
    for button in [*page.chips.buttons, page.close_button]:
        assert button.height() >= 48 and button.width() >= 48


def test_in_portrait_the_field_has_a_row_of_its_own_and_no_button_is_hidden(tablet):
    window = tablet((720, 1280))
    toolbar = window.toolbar
    for size in ((720, 1280), (800, 1280), (1080, 1920)):
        window.resize(*size)
        QApplication.processEvents()
        assert toolbar.search_field.parent() is toolbar.search_row
        assert toolbar.search_row.isVisible()
        assert toolbar.search_field.width() >= min(600, size[0] - 100)
        for row in (toolbar.main, toolbar.options, toolbar.search_row):
            arrow = row.findChild(QToolButton, "qt_toolbar_ext_button")
            assert arrow is None or not arrow.isVisible(), row.objectName()
    window.resize(1280, 800)
    QApplication.processEvents()
    assert toolbar.search_field.parent() is toolbar.main
    assert not toolbar.search_row.isVisible()


def test_the_field_keeps_its_text_and_focus_when_the_tablet_turns(tablet, qtbot):
    window = tablet((1280, 800))
    toolbar = window.toolbar
    type_search(window, qtbot, "rug")
    for size, holder in (((800, 1280), toolbar.search_row), ((1280, 800), toolbar.main),
                         ((800, 1280), toolbar.search_row)):
        window.resize(*size)
        QApplication.processEvents()
        assert toolbar.search_field.parent() is holder
        assert toolbar.search_field.isVisible() and toolbar.search_field.hasFocus()
        assert toolbar.search_field.text() == "rug"


def test_in_portrait_the_results_cover_the_topic_list(tablet, qtbot):
    window = tablet((800, 1280))
    window.kiosk_mode.show_topics(True)
    assert window.sidebar.isVisible()
    qtbot.mouseClick(window.toolbar.search_field, Qt.MouseButton.LeftButton)
    assert window.search.page.isVisible() and not window.sidebar.isVisible()


def test_an_idle_reset_leaves_nothing_of_the_previous_search(tablet, qtbot):
    window = tablet((1280, 800))
    type_search(window, qtbot, "ischias")
    wait_for(window, qtbot, "ischias")
    qtbot.keyClick(window.toolbar.search_field, Qt.Key.Key_Down)
    window.reset_session()
    page = window.search.page
    assert window.toolbar.search_field.text() == ""
    assert window.pages.currentWidget() is window.start_page
    assert window.search.controller.query == "" and window.search.controller.results == []
    assert page.query == "" and page.model.rowCount() == 0 and page.results == []
    assert "ischias" not in page.heading.text()
    # Nothing comes back when the next reader opens the search.
    qtbot.mouseClick(window.toolbar.search_field, Qt.MouseButton.LeftButton)
    assert page.heading.text() == "Zoeken" and page.model.rowCount() == 0
    assert window.toolbar.search_field.isUndoAvailable() is False


def test_a_clinic_that_hides_unapproved_additions_hides_the_glossary_from_search(
        make_window, tmp_path, qtbot):
    from rugwijzer.content.clinic import ClinicProfile
    from rugwijzer.content.search import load_engine

    window = make_window()
    engine, _problems = load_engine(window.library, None, window.texts.terms)
    assert any(r.kind == "glossary" for r in engine.search("nl", "tussenwervelschijf"))
    window.texts.clinic = ClinicProfile(name="K", additions="hide")
    engine, _problems = load_engine(window.library, None, window.texts.terms)
    assert not any(r.kind == "glossary" for r in engine.search("nl", "tussenwervelschijf"))
