"""The topic list is as wide as its longest word needs, however many topics it holds."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from conftest import topic_text, write_topic
from rugwijzer.ui.kiosk.mode import KioskConfig
from rugwijzer.ui.window.sidebar import MINIMUM_WIDTH, _RowDelegate


def measured_row_by_row(sidebar) -> int:
    """The minimum width found by laying out every row's text as the style does."""
    probe = QStyleOptionViewItem()
    sidebar.initViewItemOption(probe)
    probe.rect = QRect(0, 0, 1000, 100)
    widest = 0
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        if not item.text():
            continue
        option = QStyleOptionViewItem(probe)
        sidebar.itemDelegate().initStyleOption(option, sidebar.indexFromItem(item))
        room = sidebar.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                              sidebar)
        word = max(option.fontMetrics.horizontalAdvance(w) for w in item.text().split())
        widest = max(widest, word + probe.rect.width() - room.width())
    around = sidebar.width() - sidebar.viewport().width()
    if not sidebar.verticalScrollBar().isVisible():
        around += sidebar.verticalScrollBar().sizeHint().width()
    return max(MINIMUM_WIDTH, widest + around + 1)


def test_the_width_is_what_measuring_every_row_gives(make_window, tmp_path):
    clinic = tmp_path / "kliniek"
    for number, title in enumerate(["Rugpijn", "Wervelkanaalvernauwingsbehandelingstraject",
                                    "Ruggenmergzenuwwortelbeknelling bij ouderen", "Kort"]):
        write_topic(clinic, "nl", f"eigen-{number}",
                    topic_text(f"eigen-{number}", title=f'"{title}"', kind='"condition"'))
    # A heading's bold word the widest of all: the kind of row counts, not only the word.
    window = make_window(topic="start", content=clinic)
    window.resize(1280, 800)
    window.show()
    sidebar = window.sidebar
    checked = []
    for state in ("without icons", "with icons", "larger text", "tablet"):
        if state == "with icons":
            window.finish_startup()
        elif state == "larger text":
            window.session.set_text_size(window.session.text_size + 2)
        elif state == "tablet":
            window.kiosk_mode.enter(KioskConfig())
        QApplication.processEvents()
        expected = measured_row_by_row(sidebar)
        sidebar.fit_words()
        assert sidebar.minimumWidth() == expected, state
        checked.append(expected)
    assert len(set(checked)) > 1, checked


def test_hundreds_of_topics_are_measured_by_their_kinds_of_row_not_row_by_row(
        make_window, tmp_path, monkeypatch):
    clinic = tmp_path / "kliniek"
    for number in range(300):
        write_topic(clinic, "nl", f"eigen-{number}",
                    topic_text(f"eigen-{number}", title=f'"Onderwerp nummer {number}"'))
    window = make_window(topic="start", content=clinic)
    window.finish_startup()
    sidebar = window.sidebar
    asked = []

    def counted(delegate, option, index):
        asked.append(index.row())
        QStyledItemDelegate.initStyleOption(delegate, option, index)

    monkeypatch.setattr(_RowDelegate, "initStyleOption", counted)
    sidebar.fit_words()
    assert sidebar.count() > 300 and 0 < len(asked) <= 3, len(asked)
