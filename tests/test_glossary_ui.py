"""The glossary where readers meet it: the first use of a term in an article explains itself
in place, by mouse, keyboard, touch and screen reader; the glossary page lists every term;
search can find the terms."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import show
from rugwijzer import resources
from rugwijzer.content.clinic import ClinicProfile
from rugwijzer.content.glossary import Term, alphabetical, link_first_uses, load_glossary
from rugwijzer.content.loader import load_library
from rugwijzer.content.search import SearchEngine, search
from rugwijzer.content.search.glossary import glossary_documents
from rugwijzer.ui.article.html import ArticleTexts
from test_kiosk import MIN_TARGET, tablet  # noqa: F401  (the fixture)

NL_TERMS = load_glossary(resources.resource("glossary"))[0]


def term(term_id, word, *forms, region=None):
    return Term(term_id, word, f"Uitleg van {word}.", ("Bron",), resources.resource("x"), 1,
                forms=forms, region=region)


def test_the_first_use_of_each_term_becomes_a_link_and_no_other():
    body = ("Een discus ligt tussen twee wervels. De discus vangt schokken op.\n\n"
            "## Wervels\n\nLees over de [wervel](region:vertebra-L4) en de wervels.\n")
    terms = [term("discus", "discus"), term("wervel", "wervel", "wervels")]
    linked, ids = link_first_uses(body, terms)
    assert ids == ["discus", "wervel"]
    assert linked.count("](term:") == 2
    assert linked.startswith("Een [discus](term:discus) ligt tussen twee [wervels](term:wervel).")
    assert "## Wervels" in linked and "[wervel](region:vertebra-L4)" in linked
    again, ids = link_first_uses(body, terms, skip=["discus"])
    assert ids == ["wervel"] and "(term:discus)" not in again


def test_terms_are_listed_as_in_a_dictionary():
    words = [t.term for t in alphabetical(NL_TERMS["nl"])]
    assert words.index("röntgenfoto") < words.index("ruggenmerg") < words.index("scoliose")
    assert words.index("MRI-scan") < words.index("niveau")


def test_an_article_links_each_term_once_and_not_its_own_subject():
    library = load_library([resources.content_dir()]).library
    texts = ArticleTexts(library, [], ClinicProfile(), NL_TERMS)
    page = texts.html("hernia", "nl")
    assert page.count('href="term:discus"') == 1
    assert 'href="term:hernia"' not in page, "the Hernia page does not explain 'hernia'"
    # The warning signs after the text explain what the text did not.
    warnings = page[page.index('class="warning"'):]
    assert 'href="term:discus"' not in warnings
    assert 'href="term:stenose"' in warnings
    hidden = ArticleTexts(library, [], ClinicProfile(additions="hide"), NL_TERMS)
    assert "term:" not in hidden.html("hernia", "nl"), "explanations await approval"


def _link_point(view, href):
    rect = view._link_rect(href)
    view.verticalScrollBar().setValue(max(0, view.verticalScrollBar().value() + rect.top()
                                          - view.viewport().height() // 2))
    QApplication.processEvents()
    return view.viewport().mapFrom(view, view._link_rect(href).center())


def _accessible(widget, text):
    return QAccessible.queryAccessibleInterface(widget).text(text)


def test_a_click_on_a_term_explains_it_beside_the_word(make_window, qtbot):
    window = make_window(topic="hernia")
    window.resize(1366, 768)
    show(window, qtbot)
    view = window.article
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_link_point(
        view, "term:discus"))
    bubble = view.bubble
    assert bubble.isVisible() and bubble.parent() is view and not bubble.isWindow()
    assert bubble.title.text() == "discus"
    assert bubble.definition.text().startswith("De discus (tussenwervelschijf) is")
    assert bubble.marker.text().startswith("Extra uitleg, gebaseerd op: Ommelander")
    word = view._link_rect("term:discus")
    assert bubble.geometry().top() >= word.bottom() or bubble.geometry().bottom() <= word.top()
    assert view.viewport().geometry().contains(bubble.geometry())
    # A click outside closes it; so does another page.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert not bubble.isVisible()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_link_point(
        view, "term:discus"))
    assert bubble.isVisible()
    window.open_topic("scoliose")
    assert not bubble.isVisible()


def test_the_keyboard_opens_a_term_and_a_screen_reader_hears_it(make_window, qtbot):
    window = make_window(topic="hernia")
    window.resize(1366, 768)
    show(window, qtbot)
    view = window.article
    view.setFocus()
    for _ in range(10):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref() == "term:discus":
            break
    assert view.textCursor().charFormat().anchorHref() == "term:discus"
    QTest.keyClick(view, Qt.Key.Key_Return)
    bubble = view.bubble
    assert bubble.isVisible()
    assert QApplication.focusWidget() is bubble, "the focus moves into the explanation"
    assert _accessible(bubble, QAccessible.Text.Name) == "discus"
    description = _accessible(bubble, QAccessible.Text.Description)
    assert description.startswith("De discus (tussenwervelschijf) is het soepele kussentje")
    assert "Extra uitleg, gebaseerd op:" in description
    assert _accessible(bubble.close_button, QAccessible.Text.Name) == "Uitleg sluiten"
    # Tab stays inside until the explanation closes.
    QTest.keyClick(bubble, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bubble.spine_button
    QTest.keyClick(bubble.spine_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bubble.close_button
    QTest.keyClick(bubble.close_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bubble
    # Esc closes it and gives the focus back to the word.
    QTest.keyClick(bubble, Qt.Key.Key_Escape)
    assert not bubble.isVisible()
    assert QApplication.focusWidget() is view
    assert view.textCursor().charFormat().anchorHref() == "term:discus"


def test_show_on_the_spine_shows_the_terms_part(make_window, qtbot):
    window = make_window(topic="hoe-ontstaan-rugklachten")
    window.resize(1366, 768)
    show(window, qtbot)
    view = window.article
    view.explain("discus")
    bubble = view.bubble
    assert bubble.spine_button.isVisible()
    with qtbot.waitSignal(view.regionLinkActivated) as shown:
        QTest.mouseClick(bubble.spine_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["disc-L4-L5"]
    assert window.article_page.spine_state().selected == "disc-L4-L5"
    assert not bubble.isVisible()
    window.open_topic("oorzaak")
    view.explain("mri")
    assert bubble.isVisible()
    assert not bubble.spine_button.isVisible(), "a scan is not a part of the spine"


def test_in_tablet_mode_a_tap_opens_a_large_explanation(tablet):  # noqa: F811
    window = tablet(size=(1280, 800))
    window.open_topic("hernia")
    QApplication.processEvents()
    view = window.article
    point = view.viewport().mapTo(window, _link_point(view, "term:discus"))
    touch = QTest.createTouchDevice()
    QTest.touchEvent(window.windowHandle(), touch).press(0, point, window.windowHandle())
    QTest.touchEvent(window.windowHandle(), touch).release(0, point, window.windowHandle())
    QApplication.processEvents()
    bubble = view.bubble
    assert bubble is not None and bubble.isVisible()
    for button in (bubble.close_button, bubble.spine_button):
        assert button.height() >= MIN_TARGET and button.width() >= MIN_TARGET
    assert bubble.definition.fontInfo().pixelSize() >= 22
    QTest.mouseClick(bubble.close_button, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible()
    view.explain("discus")
    outside = view.viewport().mapTo(window, QPoint(4, 4))
    QTest.touchEvent(window.windowHandle(), touch).press(0, outside, window.windowHandle())
    QTest.touchEvent(window.windowHandle(), touch).release(0, outside, window.windowHandle())
    QApplication.processEvents()
    assert not bubble.isVisible(), "a tap anywhere else closes it"
    view.explain("discus")
    window.reset_session()
    assert not bubble.isVisible()


def test_the_glossary_page_lists_every_term_with_a_place_to_find_it(make_window, qtbot):
    window = make_window(topic="begrippen")
    window.resize(1366, 768)
    show(window, qtbot)
    text = window.article.toPlainText()
    ordered = alphabetical(NL_TERMS["nl"])
    positions = [text.index(f"\n{t.term}\n", text.index("zenuwwortel")) for t in ordered]
    assert positions == sorted(positions)
    assert text.count("Toon op de wervelkolom") == sum(1 for t in ordered if t.region)
    assert text.count("Extra uitleg, gebaseerd op:") == len(ordered)
    assert window.sidebar.current_topic() == "begrippen"
    # A term link on the glossary page, or from elsewhere, goes to the term's place.
    assert window.article.verticalScrollBar().value() == 0
    window.article.anchorClicked.emit("term:zenuwwortel")
    assert window.article.verticalScrollBar().value() > 0
    assert window.article.bubble is None or not window.article.bubble.isVisible()
    window.open_topic("hernia")
    assert window.open_term("wervelkolom")
    assert window.current_topic == "begrippen"
    assert window.article.verticalScrollBar().value() > 0


def test_the_glossary_page_opens_by_name_and_is_found_by_search():
    library = load_library([resources.content_dir()]).library
    assert [hit.topic.id for hit in search(library, "nl", "begrippen")][:1] == ["begrippen"]
    assert [hit.topic.id for hit in search(library, "en", "glossary")][:1] == ["begrippen"]


@pytest.mark.parametrize(("lang", "query", "found"), [
    ("nl", "tussenwervelschijf", "discus"), ("en", "vertebrae", "wervel")])
def test_glossary_terms_are_documents_search_can_find(lang, query, found):
    library = load_library([resources.content_dir()]).library
    engine = SearchEngine(library, extra=lambda language: glossary_documents(
        NL_TERMS[language]))
    results = [r for r in engine.search(lang, query) if r.kind == "glossary"]
    assert found in [r.id for r in results]
    document = next(d for d in glossary_documents(NL_TERMS[lang]) if d.id == found)
    assert document.kind == "glossary" and document.regions


def test_the_glossary_is_read_when_a_text_needs_it_and_its_faults_named(make_window, qtbot,
                                                                         tmp_path, monkeypatch):
    """The start page needs no terms: the glossary is read after its first look, and its
    faults are named then; a start on an article reads it at once, for the term links."""
    from rugwijzer import app

    folder = tmp_path / "glossary"
    folder.mkdir()
    shipped = resources.resource("glossary")
    (folder / "nl.toml").write_text((shipped / "nl.toml").read_text(encoding="utf-8")
                                    + '\n[[term]]\nid = "Fout id"\n', encoding="utf-8")
    (folder / "en.toml").write_text((shipped / "en.toml").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    resource = resources.resource
    monkeypatch.setattr(resources, "resource",
                        lambda *parts: folder if parts == ("glossary",) else resource(*parts))
    reads = []
    load = app.load_glossary
    monkeypatch.setattr(app, "load_glossary", lambda place: reads.append(place) or load(place))

    def named(window) -> bool:
        return any(str(folder / "nl.toml") in message for message in window.notice_bar.messages())

    window = make_window(topic="start")
    assert reads == [] and not named(window)
    show(window, qtbot)
    qtbot.waitUntil(lambda: named(window), timeout=5000)
    assert reads == [folder]
    assert window.texts.term("hernia", "nl") is not None

    reads.clear()
    article = make_window(topic="hernia")
    assert reads == [folder] and named(article)
    assert "term:" in article.texts.html("hernia", "nl")
