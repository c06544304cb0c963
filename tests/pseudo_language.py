"""Add a pseudo-language to a copy of Rugwijzer's resources, open every page in it, and
print as JSON each text that does not fit where it is shown.

    python tests/pseudo_language.py FOLDER

The language "xx" is English with every text in brackets and a third longer: its
languages.toml entry, content folder, ``*_xx`` keys in the data files and translation
file are made in FOLDER. Nothing of Rugwijzer's code is changed, which is the point: a
new language is data. Run in a process of its own, since the languages are read once.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree

CODE = "xx"
INSPECTED: set[str] = set()  # the names of the widgets looked at, to show what was seen
# Placeholders, Markdown link targets, HTML entities and markup stay as they are.
_KEEP = re.compile(r"(\{\w*\}|%n|\]\([^)]*\)|&\w+;|<[^>]*>|\\n|\n|:::\s*\w*|\*\*)")


def longer(word: str) -> str:
    """A third longer, and every word at least a letter: every third letter twice."""
    extra = max(1, round(len(word) / 3))
    doubled = {min(len(word) - 1, 3 * number + 2) for number in range(extra)}
    return "".join(ch * 2 if index in doubled else ch for index, ch in enumerate(word))


def pseudo(text: str) -> str:
    """``text`` in brackets, its words a third longer, what must stay unchanged kept."""
    if not text.strip():
        return text
    pieces = _KEEP.split(text)
    for index in range(0, len(pieces), 2):
        pieces[index] = re.sub(r"[^\W\d_]+", lambda m: longer(m.group(0)), pieces[index])
    return f"[{''.join(pieces)}]"


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def add_language(resources: Path) -> None:
    with (resources / "languages.toml").open("a", encoding="utf-8") as file:
        file.write(f'\n[[language]]\ncode = "{CODE}"\nname = {toml_string(pseudo("Pseudo"))}\n'
                   'locale = "en_GB"\n')


def add_content(resources: Path) -> None:
    source, target = resources / "content" / "en", resources / "content" / CODE
    target.mkdir()
    for path in source.glob("*.md"):
        _front, front, body = path.read_text(encoding="utf-8").split("+++\n", 2)
        lines = []
        for line in front.splitlines():
            key, _, value = line.partition(" = ")
            if key in ("title", "summary"):
                value = toml_string(pseudo(json.loads(value)))
            lines.append(f"{key} = {value}" if _ else line)
        text = "\n".join(_pseudo_line(line) for line in body.splitlines())
        (target / path.name).write_text("+++\n" + "\n".join(lines) + "\n+++\n" + text + "\n",
                                        encoding="utf-8")


def _pseudo_line(line: str) -> str:
    """A line of Markdown: its heading or list mark stays in front of the brackets."""
    if not line.strip() or line.startswith(":::"):
        return line
    mark = re.match(r"\s*(?:#+|[-*+]|\d+\.|>)\s+", line)
    start = mark.end() if mark else 0
    return line[:start] + pseudo(line[start:])


def add_keys(path: Path, tables: list[dict], names: tuple[str, ...]) -> None:
    """Give every table of ``path`` that has ``name_en`` a ``name_xx`` after it."""
    text = path.read_text(encoding="utf-8")
    for table in tables:
        for name in names:
            english = table.get(f"{name}_en")
            if english is None:
                continue
            line = f"{name}_en = {toml_string(english)}"
            assert line in text, (path, line)
            text = text.replace(line, f"{line}\n{name}_{CODE} = {toml_string(pseudo(english))}",
                                1)
    path.write_text(text, encoding="utf-8")


def add_data(resources: Path) -> None:
    path = resources / "consultation" / "treatment-path.toml"
    add_keys(path, tomllib.loads(path.read_text(encoding="utf-8"))["step"], ("title", "text"))
    path = resources / "regions.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    add_keys(path, [table for group in data.values() for table in group.values()], ("name",))
    for path in (resources / "experiences").glob("*.toml"):
        add_keys(path, [tomllib.loads(path.read_text(encoding="utf-8"))], ("quote", "outcome"))
    add_glossary(resources / "glossary")


def add_glossary(folder: Path) -> None:
    """The English glossary with its explanations in the pseudo-language; the words stay,
    as no text of the pseudo-language uses them, so its articles link none."""
    entries = []
    for term in tomllib.loads((folder / "en.toml").read_text(encoding="utf-8"))["term"]:
        term["definition"] = pseudo(term["definition"])
        entries.append("[[term]]\n" + "".join(
            f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in term.items()))
    (folder / f"{CODE}.toml").write_text("\n".join(entries), encoding="utf-8")


def add_translations(resources: Path, sources: Path) -> None:
    """Every language's translation compiled anew, the pseudo-language's made from the
    English source texts: a checkout has not always built them."""
    folder = resources / "translations"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    tree = ElementTree.parse(sources / "rugwijzer_en.ts")
    root = tree.getroot()
    root.set("language", "en")  # English plural rules for the numerus forms
    for message in root.iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(form.text or message.find("source").text)
        else:
            translation.text = pseudo(message.find("source").text)
    tree.write(folder / f"rugwijzer_{CODE}.ts", encoding="utf-8", xml_declaration=True)
    for ts_file in [*sources.glob("*.ts"), folder / f"rugwijzer_{CODE}.ts"]:
        subprocess.run([lrelease(), "-silent", str(ts_file), "-qm",
                        str(folder / f"{ts_file.stem}.qm")], check=True)


def lrelease() -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def make_resources(folder: Path) -> Path:
    from rugwijzer import resources

    copy = folder / "resources"
    shutil.copytree(resources.resources_dir(), copy)
    add_language(copy)
    add_content(copy)
    add_data(copy)
    add_translations(copy, Path(__file__).resolve().parents[1] / "translations")
    return copy


# ----- what does not fit -------------------------------------------------------------------


def clipped(window, state: str) -> list[dict]:
    """Every visible label, button and list row of ``window`` whose text does not fit it,
    and every widget that a crowded layout squeezed or laid over another."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QListWidget,
        QToolBar,
        QToolButton,
        QWidget,
    )

    from rugwijzer.ui.widgets import LabelledButton

    found = []

    def seen(widget: QWidget) -> None:
        INSPECTED.add(widget.objectName() or type(widget).__name__)

    def report(widget: QWidget, text: str, has: int, needs: int) -> None:
        found.append({"state": state, "widget": widget.objectName() or type(widget).__name__,
                      "class": type(widget).__name__, "text": text, "has": has,
                      "needs": needs})

    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or isinstance(label.parent(), QComboBox):
            continue
        seen(label)
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                report(label, label.text(), label.height(), needed)
        elif label.textFormat() != Qt.TextFormat.RichText:
            metrics = label.fontMetrics()
            needed = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            if label.contentsRect().width() < needed:
                report(label, label.text(), label.contentsRect().width(), needed)
    for button in window.findChildren(QAbstractButton):
        if (not button.isVisible() or not button.text() or isinstance(button, LabelledButton)
                or button.objectName() == "qt_toolbar_ext_button"):
            continue
        if isinstance(button, QToolButton) and \
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue
        seen(button)
        if button.width() < button.sizeHint().width():
            report(button, button.text(), button.width(), button.sizeHint().width())
    for toolbar in window.findChildren(QToolBar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if toolbar.isVisible() and extension is not None and extension.isVisible():
            report(toolbar, "buttons hidden behind an overflow arrow", 0, 0)
    for view in window.findChildren(QListWidget):
        if view.isVisible():
            seen(view)
            found += [dict(entry, state=state) for entry in _cut_items(view)]
    for parent in [window, *window.findChildren(QWidget)]:
        if parent.isVisible() and parent.layout() is not None:
            found += [dict(entry, state=state) for entry in _crowded(parent.layout())]
    return found


def _cut_items(view) -> list[dict]:
    """The rows of a list whose text is wider than the list or taller than its row."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    found = []
    for row in range(view.count()):
        item = view.item(row)
        if not item.text():
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualItemRect(item)
        view.itemDelegate().initStyleOption(option, view.indexFromItem(item))
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        metrics = option.fontMetrics
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000),
                                      Qt.TextFlag.TextWordWrap, item.text())
        if (room.left() + needed.width() > view.viewport().width()
                or needed.width() > room.width() or needed.height() > room.height()):
            found.append({"widget": view.objectName(), "class": "row", "text": item.text(),
                          "has": min(room.width(), view.viewport().width() - room.left()),
                          "needs": needed.width()})
    return found


def _crowded(layout) -> list[dict]:
    """Widgets of one layout that lie over each other, or are smaller than they asked to
    be: what a layout does when its widget has too little room for them."""
    widgets = []

    def collect(inner) -> None:
        for index in range(inner.count()):
            item = inner.itemAt(index)
            if item.widget() is not None and item.widget().isVisible():
                widgets.append(item.widget())
            elif item.layout() is not None:
                collect(item.layout())

    collect(layout)
    found = []
    for number, widget in enumerate(widgets):
        name = widget.objectName() or type(widget).__name__
        least = widget.minimumSize()
        if widget.width() < least.width() or widget.height() < least.height():
            found.append({"widget": name, "class": "squeezed", "text": "",
                          "has": widget.height(), "needs": least.height()})
        for other in widgets[number + 1:]:
            if widget.geometry().intersects(other.geometry()):
                found.append({"widget": name, "class": "overlap",
                              "text": other.objectName() or type(other).__name__,
                              "has": 0, "needs": 0})
    return found


def settle() -> None:
    """Let every layout that a change asked for happen, as a reader's screen would."""
    from PySide6.QtWidgets import QApplication

    for _ in range(10):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def walk(window, state: str, topics: list[str], lang: str = CODE) -> list[dict]:
    """Every topic, and on it the topics offered for one of its parts of the spine."""
    found = []
    for topic in topics:
        window.open_topic(topic)
        settle()
        found += clipped(window, f"{state} {topic}")
        regions = window.library.get(topic, lang).regions
        spine = (window.start_page.spine if topic == "start"
                 else window.article_page.spine)
        if regions or topic == "start":
            spine.canvas.select(regions[0] if regions else "disc-L4-L5")
            settle()
            found += clipped(window, f"{state} {topic} with a part chosen")
    return found


def search(window, state: str) -> list[dict]:
    """The results page: with results, with none, and before anything is typed."""
    found = []
    for text in (longer("hernia"), "xyzzy", ""):
        window.search.search_for(text)
        settle()
        found += clipped(window, f"{state} search '{text}'")
    window.search.close()
    return found


def overlays(window, state: str) -> list[dict]:
    """What a patient and staff meet in tablet mode."""
    kiosk = window.kiosk_mode
    found = []
    kiosk.still_there.set_seconds(30)
    for name, show, hide in (
            ("still there", kiosk.still_there.open, kiosk.still_there.hide),
            ("PIN", kiosk.pin_pad.open, kiosk.pin_pad.close_pad),
            ("staff", lambda: kiosk.staff_panel.open_with(["clinic.toml:3: " + pseudo(
                "the colour is too light and was darkened")]), kiosk.staff_panel.hide)):
        show()
        settle()
        found += clipped(window, f"{state} {name}")
        hide()
    return found


def main() -> int:
    folder = Path(sys.argv[1])
    resources_copy = make_resources(folder)

    from rugwijzer import resources

    resources.resources_dir.cache_clear()
    resources.resources_dir = lambda: resources_copy
    import rugwijzer.content.clinic as clinic

    clinic.system_profile_path = lambda *args, **kwargs: folder / "no-system-profile.toml"
    from rugwijzer.languages import LANGUAGES

    assert CODE in LANGUAGES, LANGUAGES
    import contextlib
    import io

    from rugwijzer.__main__ import check_content

    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        failed = check_content(None, None)
    checked = {"failed": failed, "problems": report.getvalue().splitlines()}

    from PySide6.QtWidgets import QApplication

    from rugwijzer.app import build_window
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings
    from rugwijzer.ui.kiosk.mode import KioskConfig

    found: list[dict] = []
    for width, height in ((1366, 768), (1280, 800)):
        settings = Settings(folder / f"settings-{width}.ini")
        window = build_window(StartOptions(lang=CODE), settings=settings)
        window.resize(width, height)
        window.show()
        window.finish_startup()
        settle()
        topics = window.sidebar.topic_ids()
        state = f"{width}x{height}"
        found += walk(window, state, topics) + search(window, state)
        window.consultation_mode.set_active(True)
        found += walk(window, f"{state} consultation", topics)
        window.consultation_mode.set_active(False)
        window.kiosk_mode.enter(KioskConfig())
        window.show()  # a frameless window is shown anew, as the program does full screen
        for size in ((width, height), (height, width)):
            window.resize(*size)
            settle()
            state = f"tablet {size[0]}x{size[1]}"
            found += walk(window, state, topics) + overlays(window, state) + search(window, state)
        window.kiosk_mode.idle.stop(QApplication.instance())
        shown = {"title": window.windowTitle(), "topics": len(topics),
                 "back": window.toolbar.back_action.text()}
        window.hide()
    print(json.dumps({"checked": checked, "shown": shown, "clipped": found,
                      "inspected": sorted(INSPECTED)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
