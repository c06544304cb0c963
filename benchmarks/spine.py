"""Spine illustration: hover hit-testing and repaint per mouse event, against a frame.

    python benchmarks/spine.py [--events 600] [--platform offscreen]

Moves the mouse across each view at 1366 × 768 and times, per event, finding the region
under the pointer and repainting the picture; prints median and worst against the 16 ms
of one frame at 60 Hz. Also times making a patient handout as PDF.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=600)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", args.platform)

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    from rugwijzer.app import create_application
    from rugwijzer.content.regions import VIEWS
    from rugwijzer.ui.spine.panel import SpinePanel

    app = create_application()
    panel = SpinePanel(lambda region: [])
    panel.resize(560, 768)
    panel.show()
    app.processEvents()
    canvas = panel.canvas
    print(f"{'view':<8}{'hit-test median':>17}{'worst':>8}{'repaint median':>16}{'worst':>8}  (ms)")
    for view in VIEWS:
        panel.show_topic([], view)
        canvas.repaint()
        hits, paints = [], []
        for index in range(args.events):
            x = (index * 37) % canvas.width()
            y = (index * 53) % canvas.height()
            point = QPointF(x, y)
            event = QMouseEvent(QEvent.Type.MouseMove, point, canvas.mapToGlobal(point),
                                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
            begin = time.perf_counter()
            canvas.mouseMoveEvent(event)
            hits.append((time.perf_counter() - begin) * 1000)
            begin = time.perf_counter()
            canvas.repaint()
            paints.append((time.perf_counter() - begin) * 1000)
        print(f"{view:<8}{statistics.median(hits):>17.2f}{max(hits):>8.2f}"
              f"{statistics.median(paints):>16.2f}{max(paints):>8.2f}")

    from rugwijzer.app import make_handout
    from rugwijzer.options import StartOptions

    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(5):
            out = Path(folder) / f"h{run}.pdf"
            handout = StartOptions(lang="nl", topics=("hernia", "oefentherapie"),
                                   marks=("disc-L4-L5",), step="injectie",
                                   note="Rustig opbouwen.", handout=out)
            begin = time.perf_counter()
            with open(os.devnull, "w") as quiet:
                stdout, sys.stdout = sys.stdout, quiet
                try:
                    make_handout(handout)
                finally:
                    sys.stdout = stdout
            timings.append((time.perf_counter() - begin) * 1000)
    print(f"\nhandout PDF (2 topics, marks, path, note): "
          f"median {statistics.median(timings):.0f} ms, worst {max(timings):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
