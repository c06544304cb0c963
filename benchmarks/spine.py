"""Spine illustration: hover hit-testing and repaint per mouse event, a finger's tap, the
zoom to a spot, and the sizes a reader gets, against a frame.

    python benchmarks/spine.py [--events 600] [--taps 40] [--platform offscreen]

Moves the mouse across each view beside the text at 1366 × 768, across the start page's
spine and across the picture presenting on the whole window, and times, per event, finding
the region under the pointer and repainting the picture; prints median and worst against
the 16 ms of one frame at 60 Hz. Then times a finger's tap on a tablet (1280 × 800) from
touch to chosen part, painting included, and a frame of the zoom to a spot; prints the
start page's spine at each window size with its smallest part, as drawn and as shown
after a tap; and times making a patient handout as PDF.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

WINDOW_SIZES = [(1280, 800), (800, 1280), (1366, 768), (1920, 1080)]


def _row(name: str, hits: list[float], paints: list[float]) -> str:
    return (f"{name:<22}{statistics.median(hits):>9.2f}{max(hits):>8.2f}"
            f"{statistics.median(paints):>10.2f}{max(paints):>8.2f}")


def _pointer(canvas, events: int) -> tuple[list[float], list[float]]:
    """Hit-test and repaint times (ms) of ``events`` mouse moves across ``canvas``."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    canvas.repaint()
    hits, paints = [], []
    for index in range(events):
        point = QPointF((index * 37) % canvas.width(), (index * 53) % canvas.height())
        event = QMouseEvent(QEvent.Type.MouseMove, point, canvas.mapToGlobal(point),
                            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
        begin = time.perf_counter()
        canvas.mouseMoveEvent(event)
        hits.append((time.perf_counter() - begin) * 1000)
        begin = time.perf_counter()
        canvas.repaint()
        paints.append((time.perf_counter() - begin) * 1000)
    return hits, paints


def _window(size: tuple[int, int], kiosk: bool = False, topic: str = "start"):
    from PySide6.QtCore import QCoreApplication

    from rugwijzer.app import build_window, wait_until_ready
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings
    from rugwijzer.ui.kiosk.mode import KioskConfig

    folder = tempfile.mkdtemp()
    window = build_window(StartOptions(lang="nl", topics=(topic,)),
                          settings=Settings(Path(folder) / "settings.ini"))
    if kiosk:
        window.kiosk_mode.enter(KioskConfig())
    window.resize(*size)
    window.show()
    wait_until_ready(window)
    for _ in range(5):
        QCoreApplication.processEvents()
    return window


def _close(window) -> None:
    from PySide6.QtWidgets import QApplication

    if window.kiosk_mode.idle is not None:
        window.kiosk_mode.idle.stop(QApplication.instance())
    window.hide()
    window.deleteLater()


def _settle(canvas) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    before = None
    for _ in range(20):
        QApplication.processEvents()
        now = (canvas.mapToGlobal(QPoint(0, 0)), canvas.size())
        if now == before:
            return
        before = now


def _tap(window, canvas, point) -> float:
    """A finger's tap through the window: ms from touch to the part chosen and painted."""
    from PySide6.QtTest import QTest

    handle = window.windowHandle()
    at = canvas.mapTo(window, point.toPoint())
    device = getattr(_tap, "device", None) or QTest.createTouchDevice()
    _tap.device = device
    begin = time.perf_counter()
    QTest.touchEvent(handle, device).press(0, at, handle)
    QTest.touchEvent(handle, device).release(0, at, handle)
    canvas.repaint()
    elapsed = (time.perf_counter() - begin) * 1000
    _settle(canvas)
    return elapsed


def _smallest(canvas, regions=None) -> tuple[float, str]:
    """The shorter side (px) of the smallest part of ``regions`` shown on ``canvas``."""
    transform = canvas.transform()
    sizes = [(min(rect.width(), rect.height()), region) for region, shape in canvas.shapes
             if regions is None or region in regions
             for rect in [transform.mapRect(shape.boundingRect())]]
    return min(sizes)


def _aim(canvas, region: str):
    """Where a finger lands for ``region``: inside it, or on a part too thin for that, in
    the middle of its largest piece."""
    from rugwijzer.ui.spine import reach

    point = canvas.centre_of(region)
    if point.x() >= 0:
        return point
    largest = max(reach.pieces(dict(canvas.shapes)[region]),
                  key=lambda piece: piece.boundingRect().width() * piece.boundingRect().height())
    return canvas.transform().map(largest.boundingRect().center())


def _short_side(canvas, region: str) -> float:
    """The shorter side (px) of the piece of ``region`` shown in the middle of the view."""
    from PySide6.QtCore import QRectF

    from rugwijzer.ui.spine import reach

    transform = canvas.transform()
    centre = transform.inverted()[0].map(QRectF(canvas.rect()).center())
    piece = transform.mapRect(reach.piece_near(dict(canvas.shapes)[region], centre))
    return min(piece.width(), piece.height())


def sizes_report() -> None:
    """The start page's spine at each window size: the picture, the spine drawn in it, and
    the size of its smallest parts as drawn, and when the taps of a finger aiming at them
    (the first ones showing their spot larger) chose them."""
    from rugwijzer.ui.spine import touch

    touch.motion_reduced = lambda: True
    print("\nstart page spine (* tablet mode); parts' shorter sides in px: on the whole "
          "spine / when a tap chose it (taps)")
    print(f"{'window':<12}{'picture':>10}{'spine':>7}{'of h':>6}{'disc L4-L5':>18}"
          f"{'root L5':>18}{'facet L4-L5':>18}{'reach':>7}")
    for size in WINDOW_SIZES:
        for kiosk in (False, True):
            window = _window(size, kiosk)
            spine = window.start_page.spine
            window.start_page.ensureWidgetVisible(spine)
            canvas = spine.canvas
            _settle(canvas)
            picture = f"{canvas.width()}x{canvas.height()}"
            drawn = canvas.transform().mapRect(canvas.artwork.drawn_rect()).height()
            parts = []
            for region in ("disc-L4-L5", "nerve-root-L5", "facet-L4-L5"):
                spine.reset()
                _settle(canvas)
                window.start_page.ensureWidgetVisible(spine)
                _settle(canvas)
                whole = _smallest(canvas, {region})[0]
                taps = 0
                while canvas.selected != region and taps < 3:
                    chosen_at = _short_side(canvas, region)
                    _tap(window, canvas, _aim(canvas, region))
                    taps += 1
                parts.append(f"{whole:>5.1f} /{chosen_at:>5.1f} ({taps})")
            spine.reset()
            name = f"{size[0]}x{size[1]}{'*' if kiosk else ''}"
            print(f"{name:<12}{picture:>10}{drawn:>7.0f}{drawn / window.height():>6.0%}"
                  f"{parts[0]:>18}{parts[1]:>18}{parts[2]:>18}"
                  f"{canvas.finger_radius():>7.1f}")
            _close(window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=600)
    parser.add_argument("--taps", type=int, default=40)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", args.platform)

    from PySide6.QtWidgets import QApplication

    from rugwijzer.app import create_application
    from rugwijzer.content.regions import VIEWS
    from rugwijzer.ui.spine import touch
    from rugwijzer.ui.spine.drawings import SpineState
    from rugwijzer.ui.spine.panel import SpinePanel

    app = create_application()
    print(f"{'picture':<22}{'hit-test':>9}{'worst':>8}{'repaint':>10}{'worst':>8}  "
          "(median, ms)")
    panel = SpinePanel(lambda region: [])
    panel.resize(560, 768)
    panel.show()
    app.processEvents()
    for view in VIEWS:
        panel.mirror(SpineState(view, view != "side"))
        print(_row(f"{view} beside the text", *_pointer(panel.canvas, args.events)))
    panel.hide()

    window = _window((1920, 1080))
    print(_row("start page 1920x1080", *_pointer(window.start_page.spine.canvas, args.events)))
    _close(window)
    window = _window((1366, 768), topic="hernia")
    window.consultation_mode.set_active(True)
    window.consultation_mode.set_presenting(True)
    QApplication.processEvents()
    canvas = window.consultation_mode.presentation.spine.canvas
    print(_row("presenting 1366x768", *_pointer(canvas, args.events)))
    # A zoom step: the frames move a picture; the first frame at a new zoom paints anew.
    frames, anew = [], []
    for step in range(args.taps):
        canvas._still = (canvas._highlight_layer(), canvas.transform())
        canvas.set_zoom(1.0 + (step % 10) * 0.4)
        begin = time.perf_counter()
        canvas.repaint()
        frames.append((time.perf_counter() - begin) * 1000)
        canvas._still = None
        begin = time.perf_counter()
        canvas.repaint()
        anew.append((time.perf_counter() - begin) * 1000)
    print(f"{'zoom frame, moved':<22}{'':>17}{statistics.median(frames):>10.2f}"
          f"{max(frames):>8.2f}")
    print(f"{'zoom, painted anew':<22}{'':>17}{statistics.median(anew):>10.2f}"
          f"{max(anew):>8.2f}")
    _close(window)

    # A finger on a tablet: from touch to chosen part, painted (no motion, to time the work).
    touch.motion_reduced = lambda: True
    window = _window((1280, 800), kiosk=True, topic="hernia")
    canvas = window.article_page.spine.canvas
    _settle(canvas)
    regions = canvas.region_ids()
    taps = [_tap(window, canvas, canvas.centre_of(regions[index % len(regions)]))
            for index in range(args.taps)]
    print(f"\ntap to chosen part, disc close-up beside the text (tablet): median "
          f"{statistics.median(taps):.1f} ms, worst {max(taps):.1f} ms")
    _close(window)
    window = _window((1280, 800), kiosk=True)
    spine = window.start_page.spine
    canvas = spine.canvas
    _settle(canvas)
    first, second = [], []
    for index in range(args.taps):
        region = ("disc-L4-L5", "vertebra-L3", "nerve-root-L5", "facet-L4-L5")[index % 4]
        spine.reset()
        _settle(canvas)
        first.append(_tap(window, canvas, canvas.centre_of(region)))
        second.append(_tap(window, canvas, canvas.centre_of(region)))
    print(f"start page (tablet): a tap shows the spot larger in median "
          f"{statistics.median(first):.1f} ms (worst {max(first):.1f}), the next chooses in "
          f"{statistics.median(second):.1f} ms (worst {max(second):.1f})")
    _close(window)

    sizes_report()

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
