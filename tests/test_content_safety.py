"""Nothing outside the content folder reaches the screen: a text shows only pictures from its
own content folder, and HTML, styles and attributes in a text show as the text they are."""

import logging
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextDocument

from conftest import topic_text, write_topic
from rugwijzer import resources
from rugwijzer.content import limits
from rugwijzer.content.checker import check_folders
from rugwijzer.content.loader import load_library
from rugwijzer.content.notices import load_notices
from rugwijzer.content.render import markdown_to_html, render_body
from rugwijzer.ui.article.view import ArticleView

IMAGE = QTextDocument.ResourceType.ImageResource.value
NOTICE = '+++\ntitle = "T"\nvalid_from = 2026-12-01\nvalid_until = 2026-12-31\n+++\n'


def picture(path: Path, size: int = 40) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#C0392B"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def places(tmp_path):
    """A clinic folder with a picture inside, and a picture beside it that is not content."""
    content = tmp_path / "clinic"
    inside = picture(content / "images" / "rug.png")
    outside = picture(tmp_path / "privé.png")
    (content / "nl").mkdir(parents=True)
    (content / "nl" / "link.png").symlink_to(outside)
    (content / "images" / "groot.png").write_bytes(b"\x89PNG" + b"\0" * limits.MAX_IMAGE_BYTES)
    return content, inside, outside


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """The elements of ``html`` and their attributes, as Qt's text engine reads them."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Collect().feed(html)
    return found


def width_of(resource) -> int:
    if isinstance(resource, QPixmap):
        return resource.width()
    return resource.width() if isinstance(resource, QImage) else QImage.fromData(resource).width()


def topic_with(content: Path, body: str):
    path = write_topic(content, "nl", "a", topic_text("a", body=body))
    return load_library([content]).library.topics["nl"]["a"], path


OUTSIDE_IMAGES = {
    "absolute path": ("{outside}", "must be named relative to the text"),
    "up and out": ("../../privé.png", "is outside the content folder"),
    "encoded up and out": ("%2E%2E/%2E%2E/priv%C3%A9.png", "is outside the content folder"),
    "symbolic link": ("link.png", "is outside the content folder"),
    "file URL": ("file://{outside}", "not 'file:'"),
    "web address": ("https://example.org/rug.png", "not a web address"),
    "data URL": ("data:image/png;base64,iVBORw0KGgo=", "not 'data:'"),
    "drawn by the program": ("avatar:AB", "not 'avatar:'"),
    "drive letter": ("C:/Users/rug.png", "must be named relative to the text"),
    "too large": ("../images/groot.png", "an image may be at most 4.0 MiB"),
    "missing": ("../images/weg.png", "not found"),
    "malformed web address": ("http://[::1", "not a web address"),
    "malformed network path": ("//[x", "must be named relative to the text"),
}


@pytest.mark.parametrize("case", OUTSIDE_IMAGES)
def test_an_image_from_outside_shows_its_description_and_is_reported(places, case):
    content, _inside, outside = places
    src, message = OUTSIDE_IMAGES[case]
    src = src.format(outside=outside)
    topic, path = topic_with(content, f"Tekst.\n\n![Beschrijving]({src})\n")
    html = render_body(topic, "")
    assert "<img" not in html and "Beschrijving" in html
    problems = [str(p) for p in check_folders([content])]
    assert any(p.startswith(f"{path}:11: image '{src}' ") and message in p
               for p in problems), problems


def test_reference_images_and_titles_follow_the_same_rule(places):
    content, _inside, outside = places
    topic, path = topic_with(content, f"![Een][weg] en ![Twee]({outside} 'titel')\n\n"
                                      f"[weg]: {outside}\n")
    assert "<img" not in render_body(topic, "")
    problems = [str(p) for p in check_folders([content]) if "image" in p.message]
    assert problems == [
        f"{path}:9: image '{outside}' must be named relative to the text, not from the top of "
        "a disk"] * 2


def test_a_malformed_address_in_a_link_is_no_reason_to_stop(tmp_path):
    path = write_topic(tmp_path, "nl", "a", topic_text("a", body="[a](http://[::1) [b](x://[)"))
    write_topic(tmp_path, "en", "a", topic_text("a"))
    assert [str(p) for p in check_folders([tmp_path])] == [
        f"{path}:9: link 'x://[' has an unsupported kind 'x:' (use topic:, region:, https:, "
        "mailto: or tel:)"]


def test_an_image_in_the_content_folder_shows(places):
    content, inside, _outside = places
    topic, _path = topic_with(content, "![Rug](../images/rug.png)\n")
    assert f'<img alt="Rug" src="{inside.as_uri()}"' in render_body(topic, "")
    assert [p for p in check_folders([content]) if p.is_error] == []


RAW_MARKUP = {
    "an HTML image": '<img src="file:///etc/passwd">',
    "a block with a background": '<div style="background-image:url(file:///x.png)">x</div>',
    "Markdown inside HTML": '<div markdown="1">*x*</div>',
    "inline HTML": 'Tekst met <span style="color:red">rood</span>.',
    "a comment": "<!-- verborgen -->",
    "an attribute list": 'Tekst.\n{: style="background-image:url(file:///x.png)"}',
    "a heading's attributes": '# Kop {: style="background-image:url(file:///x.png)"}',
}


@pytest.mark.parametrize("case", RAW_MARKUP)
def test_html_and_attribute_lists_show_as_text_and_are_reported(tmp_path, case):
    markup = RAW_MARKUP[case]
    topic, path = topic_with(tmp_path, f"Eerst.\n\n{markup}\n")
    html = render_body(topic, "")
    shown = tags(html)
    assert {tag for tag, _attributes in shown} <= {"p", "h1", "em"}, shown
    assert all(attributes == {} for _tag, attributes in shown), shown
    assert "&lt;" in html or "{:" in html
    line = 11 + markup.count("\n")
    problems = [str(p) for p in check_folders([tmp_path])]
    assert any(p.startswith(f"{path}:{line}: ") and "shows as text" in p for p in problems), \
        problems


def test_html_in_a_title_is_reported(tmp_path):
    path = write_topic(tmp_path, "nl", "a", topic_text("a", title='"<b>Vet</b>"'))
    problems = [str(p) for p in check_folders([tmp_path])]
    assert f"{path}:4: 'title': HTML '<b>' shows as text: texts are Markdown only" in problems


def test_addresses_between_angle_brackets_are_links_not_html(tmp_path):
    topic, _path = topic_with(tmp_path, "Zie <https://example.org> of <info@example.org>.\n")
    assert '<a href="https://example.org">' in render_body(topic, "")
    assert [p for p in check_folders([tmp_path]) if "shows as text" in p.message] == []


def test_a_notice_shows_text_only_and_says_so(tmp_path, places):
    _content, _inside, outside = places
    path = tmp_path / "nl" / "a.md"
    path.parent.mkdir()
    path.write_text(NOTICE + f"Open.\n\n![Foto]({outside})\n\n<b>Let op</b>\n", encoding="utf-8")
    notices, problems = load_notices(tmp_path, "nl")
    assert [n.title for n in notices] == ["T"], "a fault that shows as text keeps the notice"
    assert [str(p) for p in problems] == [
        f"{path}:8: image '{outside}' is not shown: notices show text only",
        f"{path}:10: HTML '<b>' shows as text: texts are Markdown only"]
    html = markdown_to_html(notices[0].body)
    assert "<img" not in html and "Foto" in html and "&lt;b&gt;" in html


def test_the_shipped_content_has_no_html_to_escape():
    for lang, topics in load_library([resources.content_dir()]).library.topics.items():
        for topic in topics.values():
            assert "&lt;" not in render_body(topic, ""), (lang, topic.id)


# The article view: the last word on what is read, whatever HTML it is given.

@pytest.fixture
def view(qtbot, places):
    content, _inside, _outside = places
    topic, _path = topic_with(content, "Tekst.\n")
    article = ArticleView()
    qtbot.addWidget(article)
    article.resize(600, 400)
    article.show_topic(topic, "<p>Tekst.</p>")
    return article


def test_the_view_reads_no_file_outside_the_content_folders(view, places, caplog):
    _content, inside, outside = places
    for path in (outside, inside.parent / "groot.png"):
        with caplog.at_level(logging.WARNING):
            image = view.loadResource(IMAGE, QUrl.fromLocalFile(str(path)))
        assert isinstance(image, QImage) and image.size().width() == 1, path
        assert f"not shown: {path}" in caplog.text


def test_the_view_gives_qt_no_chance_to_read_the_file_itself(view, places):
    """Given no picture, Qt's text engine would load the file by its own means."""
    _content, inside, outside = places
    view.setHtml(f'<p><img src="{outside.as_uri()}"/><img src="{inside.as_uri()}"/></p>')
    view.document().documentLayout().documentSize()
    assert width_of(view.document().resource(IMAGE, QUrl(outside.as_uri()))) == 1
    assert width_of(view.document().resource(IMAGE, QUrl(inside.as_uri()))) == 40


def test_a_picture_of_the_topics_content_folder_is_read(view, places):
    _content, inside, _outside = places
    assert width_of(view.loadResource(IMAGE, QUrl.fromLocalFile(str(inside)))) == 40


def test_a_fault_while_drawing_a_picture_shows_no_picture(view, caplog):
    """A text far too long for a QR code makes the QR library raise."""
    with caplog.at_level(logging.ERROR):
        image = view.loadResource(IMAGE, QUrl("qr:" + "x" * 10_000))
    assert isinstance(image, QImage) and image.width() == 1
    assert "cannot show qr:" in caplog.text


# Titles and reports are text, even when they look like HTML.

def test_a_title_that_looks_like_html_shows_as_text(make_window, tmp_path, places):
    _content, _inside, outside = places
    big = picture(tmp_path / "groot-buiten.png", 300)
    title = f'"<img src=\\"{big}\\">"'
    for lang in ("nl", "en"):
        for topic_id in ("start", "oorzaak"):
            write_topic(tmp_path / "clinic", lang, topic_id,
                        topic_text(topic_id, title=title, summary=title,
                                   regions='["disc-L4-L5"]'))
    window = make_window(content=tmp_path / "clinic")
    page = window.start_page
    tile = next(tile for tile in page.tiles if tile.topic_id == "oorzaak")
    for label in (page.heading, tile.title_label, tile.summary_label):
        assert label.text() == f'<img src="{big}">'
        assert label.sizeHint().height() < 150, "the 300 pixel picture is not shown"
    tooltip = window.sidebar._items["oorzaak"].toolTip()
    assert tooltip == f"<p>&lt;img src=&quot;{big}&quot;&gt;</p>"
    window.notice_bar.add_message(lambda: f'<img src="{outside}">')
    window.notice_bar.summary.adjustSize()
    assert window.notice_bar.summary.sizeHint().height() < 150
