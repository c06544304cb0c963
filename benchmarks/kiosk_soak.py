"""Tablet-mode soak test: simulated readers for hours of use, watching memory.

    python benchmarks/kiosk_soak.py [--readers 600] [--platform offscreen]

Each simulated reader may point at the start page's spine and open a topic from there,
opens a few topics, chooses parts of the spine, switches language and text size, scrolls,
and then walks away so that the idle reset runs (with a simulated clock, so the run takes
minutes instead of hours). Resident memory is sampled after every 50 readers; a steady
state shows as a flat line after the first samples have warmed the caches.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=600)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", args.platform)

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from rugwijzer.app import build_window
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings
    from rugwijzer.ui.kiosk.mode import KioskConfig

    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder) / "settings.ini")
        window = build_window(StartOptions(lang="nl", topics=("start",)), settings=settings)
        window.kiosk_mode.enter(KioskConfig(idle_seconds=120, clock=clock))
        window.resize(1280, 800)
        window.show()
        app = QApplication.instance()
        app.processEvents()
        rng = random.Random(7)
        topics = window.sidebar.topic_ids()
        samples = []
        started = time.perf_counter()
        for reader in range(1, args.readers + 1):
            start_spine = window.start_page.spine
            if start_spine is not None and rng.random() < 0.5:
                # The reader points at the spine on the start page and opens a topic there.
                start_spine.canvas.select(rng.choice(start_spine.canvas.region_ids()))
                app.processEvents()
                buttons = start_spine.topic_buttons()
                if buttons:
                    rng.choice(buttons).click()
            for _ in range(rng.randint(2, 8)):
                window.open_topic(rng.choice(topics))
                bar = window.article.verticalScrollBar()
                bar.setValue(rng.randint(0, max(0, bar.maximum())))
                if window.article_page.spine is not None and rng.random() < 0.3:
                    window.article_page.spine.canvas.select(rng.choice(window.article_page.spine.canvas.region_ids()))
                app.processEvents()
            if rng.random() < 0.3:
                window.session.set_language("en")
            if rng.random() < 0.3:
                window.session.set_text_size(rng.randint(0, 6))
            if rng.random() < 0.2:
                window.navigator.go_back()
            clock.now += 200  # the reader walks away; the idle period passes
            window.kiosk_mode.idle.check()
            app.processEvents()
            # What the running event loop does between two readers: delete the widgets
            # that were let go of with deleteLater().
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if reader % 50 == 0:
                samples.append((reader, rss_mib()))
        elapsed = time.perf_counter() - started
    hours = args.readers * 5 / 60
    print(f"{args.readers} simulated readers (about {hours:.0f} hours of tablet use at five "
          f"minutes each) in {elapsed:.0f} s")
    print(f"{'readers':>8}{'RSS (MiB)':>12}")
    for reader, rss in samples:
        print(f"{reader:>8}{rss:>12.1f}")
    if len(samples) >= 4:
        settled = samples[len(samples) // 4:]
        growth = settled[-1][1] - settled[0][1]
        print(f"growth after warm-up: {growth:+.1f} MiB over {settled[-1][0] - settled[0][0]} "
              f"readers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
