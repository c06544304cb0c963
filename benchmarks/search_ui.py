"""Search in the real window: from a keystroke in the search field to the results list
painted anew, on the shipped texts and on a library with 1,000 synthetic topics more.

    python benchmarks/search_ui.py [--topics 0 1000] [--rounds 2]

Types each query of benchmarks/search.py one key at a time with a reader's pace (a key
every 250 ms, so that each keystroke is searched) and times, per keystroke, the wall time
from the key press to the end of the list's next paint (the pause after a keystroke
included) and the work in it: the search, the new rows and their layout and paint.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PACE_MS = 250


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, nargs="+", default=[0, 1000])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import random

    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtTest import QTest
    from search import QUERIES, synthetic_pack

    from rugwijzer.app import build_window
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings
    from rugwijzer.ui.search import controller

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at = 0.0

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.at = time.perf_counter()
            return False

    def wait(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents()

    for count in args.topics:
        for lang, queries in QUERIES.items():
            window = build_window(StartOptions(lang=lang, topics=("hernia",)),
                                  settings=Settings(Path(tempfile.mkdtemp()) / "s.ini"))
            if count:
                for topic in synthetic_pack(window.library, lang, count, random.Random(17)):
                    window.library.add(topic)
            window.resize(1366, 768)
            window.show()
            while not window.ready:
                QCoreApplication.processEvents()
            started = time.perf_counter()
            window.search.controller.prepare(lang)
            while lang not in window.search.controller._ready:
                QCoreApplication.processEvents()
            built = time.perf_counter() - started
            field = window.toolbar.search_field
            field.setFocus()
            window.search.show()
            painted = Painted()
            window.search.page.list.viewport().installEventFilter(painted)
            work: list[float] = []
            original = controller.SearchController._search

            viewport = window.search.page.list.viewport()

            def timed(self, original=original, viewport=viewport, work=work):
                begun = time.perf_counter()
                original(self)
                viewport.repaint()
                work.append((time.perf_counter() - begun) * 1000)

            controller.SearchController._search = timed
            walls: list[float] = []
            for _ in range(args.rounds):
                for query in queries:
                    for char in query:
                        pressed = time.perf_counter()
                        painted.at = 0.0
                        QTest.keyClick(field, char)
                        wait(PACE_MS)
                        if painted.at > pressed:
                            walls.append((painted.at - pressed) * 1000)
                    field.selectAll()
                    QTest.keyClick(field, "a")  # replaced at once by the next query
                    field.clear()
            controller.SearchController._search = original
            shown = window.search.page.model.rowCount()
            print(f"[{lang}] {len(window.library.in_language(lang))} topics: index built in "
                  f"{built * 1000:.0f} ms off the interface's thread; {len(walls)} keystrokes: "
                  f"key to painted list median {statistics.median(walls):.0f} ms, "
                  f"p95 {percentile(walls, 0.95):.0f} ms, worst {max(walls):.0f} ms; "
                  f"the work in it median {statistics.median(work):.1f} ms, "
                  f"p95 {percentile(work, 0.95):.1f} ms, worst {max(work):.1f} ms "
                  f"({shown} rows at the end)")
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
