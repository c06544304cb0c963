"""Start-up, memory and topic-switch benchmark: Rugwijzer against a bare PySide6 window.

    python benchmarks/startup.py [--runs 7] [--platform offscreen]

Starts a bare "hello" window and Rugwijzer alternately, each in a fresh process, and prints
medians and ratios for the time from process start to the first painted frame and the
resident memory once start-up has finished; then, in one Rugwijzer process, the memory
once the spine's views have been drawn in the background and the time to open every
topic in both languages (median and worst). Numbers depend on the machine;
the ratios are what to compare across machines.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = r"""
import json, os, sys, time
from pathlib import Path

def rss_mib():
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import psutil  # only on systems without /proc
    return psutil.Process().memory_info().rss / 2**20

kind, spawned = sys.argv[1], float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

result = {}

class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint
        self.done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.UpdateRequest:
            self.done = True
            # Let the update request paint first, then read the clock.
            QTimer.singleShot(0, self.on_paint)
        return False

def finish():
    result["rss_mib"] = rss_mib()
    print(json.dumps(result), flush=True)
    QApplication.instance().quit()

if kind == "bare":
    app = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.resize(1280, 800)
    def painted():
        result["first_paint_ms"] = (time.time() - spawned) * 1000
        QTimer.singleShot(300, finish)
    watcher = FirstPaint(painted)
    window.installEventFilter(watcher)
    window.show()
    app.exec()
else:
    from rugwijzer.app import build_window, create_application
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings
    app = create_application()
    settings = Settings(Path(sys.argv[3]))
    window = build_window(StartOptions(lang="nl", topics=("start",)), settings=settings)
    window.resize(1280, 800)
    def painted():
        result["first_paint_ms"] = (time.time() - spawned) * 1000
    def started():
        QTimer.singleShot(300, drawings_ready if kind == "topics" else finish)
    def drawings_ready():
        # As for a reader who looks at the start page for a moment: the spine's views are
        # drawn in the background a little after start-up.
        from rugwijzer.ui.spine import art as spine_art
        thread = spine_art._background
        if thread is None or thread.is_alive():
            QTimer.singleShot(50, drawings_ready)
            return
        result["rss_drawn_mib"] = rss_mib()
        measure_topics()
    def measure_topics():
        timings = {}
        for lang in ("nl", "en"):
            window.set_language(lang)
            ids = window.sidebar.topic_ids()
            for _ in range(5):
                for topic_id in ids:
                    window.open_topic("start" if topic_id != "start" else "hernia")
                    app.processEvents()
                    begin = time.perf_counter()
                    window.open_topic(topic_id)
                    window.repaint()
                    app.processEvents()
                    timings.setdefault(f"{lang}:{topic_id}", []).append(
                        (time.perf_counter() - begin) * 1000)
        result["topics"] = timings
        finish()
    watcher = FirstPaint(painted)
    window.installEventFilter(watcher)
    window.startupFinished.connect(started)
    window.show()
    app.exec()
"""


def probe(kind: str, platform: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    with tempfile.TemporaryDirectory() as folder:
        settings = str(Path(folder) / "settings.ini")
        spawned = time.time()
        done = subprocess.run([sys.executable, "-c", PROBE, kind, repr(spawned), settings],
                              env=env, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} probe failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()

    # An installed package has its bytecode compiled by pip; give a source checkout the same.
    import rugwijzer

    compileall.compile_dir(Path(rugwijzer.__file__).parent, quiet=1)
    probe("bare", args.platform)  # warm the file cache so the first real run is not penalised
    probe("app", args.platform)
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(probe("bare", args.platform))
        app.append(probe("app", args.platform))

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    print(f"Qt platform: {args.platform}; {args.runs} runs each, alternating\n")
    print(f"{'measure':<28}{'bare window':>14}{'Rugwijzer':>14}{'ratio':>9}{'goal':>9}")
    for key, label, goal in (("first_paint_ms", "first paint (ms)", 1.5),
                             ("rss_mib", "memory after start (MiB)", 1.6)):
        b, a = med(bare, key), med(app, key)
        print(f"{label:<28}{b:>14.1f}{a:>14.1f}{a / b:>9.2f}{'≤ ' + str(goal):>9}")

    measured = probe("topics", args.platform)
    topics = measured["topics"]
    print(f"{'memory, all views drawn':<28}{med(bare, 'rss_mib'):>14.1f}"
          f"{measured['rss_drawn_mib']:>14.1f}"
          f"{measured['rss_drawn_mib'] / med(bare, 'rss_mib'):>9.2f}{'≤ 1.6':>9}")
    all_times = [t for times in topics.values() for t in times]
    print(f"\nopening a topic (ms), {len(topics)} topic/language pairs × "
          f"{len(next(iter(topics.values())))} times, goal < 16")
    print(f"  median {statistics.median(all_times):.1f}   worst {max(all_times):.1f}")
    slowest = sorted(topics.items(), key=lambda item: -max(item[1]))[:5]
    for name, times in slowest:
        print(f"  {name:<36} median {statistics.median(times):5.1f}   worst {max(times):5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
