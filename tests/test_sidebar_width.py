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
    return max(MINIMUM_WIDTH, widest + around(sidebar) + 1)


def around(sidebar) -> int:
    """The list's border, padding and scroll bar: what its rows do not get of its width."""
    margins, inner = sidebar.contentsMargins(), sidebar.viewportMargins()
    return (margins.left() + margins.right() + inner.left() + inner.right()
            + sidebar.verticalScrollBar().sizeHint().width())


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
        if sidebar.isVisible() and sidebar.verticalScrollBar().isVisible():
            # What the style says the list keeps for itself is what it keeps when shown.
            assert sidebar.width() - sidebar.viewport().width() == around(sidebar), state
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


def test_hundreds_of_topics_are_measured_once_at_the_lists_width(make_window, tmp_path,
                                                                 qtbot, monkeypatch):
    """A start lays the list out more than once at its width (it is shown, the icons
    arrive): each row is measured once at that width, not once for each layout; and the
    scroll bar such a list certainly needs is there from the start, so the rows are not
    measured again at the narrower width it leaves them."""
    from collections import Counter

    from PySide6.QtCore import Qt

    from conftest import show

    clinic = tmp_path / "kliniek"
    for number in range(300):
        write_topic(clinic, "nl", f"eigen-{number}",
                    topic_text(f"eigen-{number}", title=f'"Onderwerp nummer {number}"'))
    measured = []
    size_hint = QStyledItemDelegate.sizeHint

    def counted(delegate, option, index):
        measured.append((index.row(), delegate.parent().viewport().width()))
        return size_hint(delegate, option, index)

    monkeypatch.setattr(QStyledItemDelegate, "sizeHint", counted)
    window = make_window(topic="start", content=clinic)
    window.resize(1280, 800)
    show(window, qtbot)
    QApplication.processEvents()
    sidebar = window.sidebar
    assert sidebar.count() > 300
    assert sidebar.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    width = sidebar.viewport().width()
    at_width = Counter(row for row, seen in measured if seen == width)
    # Once each, but for the rows in sight, which a first paint may measure before a
    # last change of style.
    assert len(at_width) == sidebar.count(), at_width
    assert sum(at_width.values()) <= sidebar.count() * 1.2, at_width
    # And what was kept is what the style measures now.
    for row in (1, sidebar.count() // 2, sidebar.count() - 1):
        option = QStyleOptionViewItem()
        sidebar.initViewItemOption(option)
        option.rect = QRect(0, 0, width, 100)
        index = sidebar.model().index(row, 0)
        assert sidebar.visualRect(index).height() == size_hint(sidebar.itemDelegate(), option,
                                                                index).height()
