"""The least a PySide6 program that shows Rugwijzer's start page could take, beside the bare
window and Rugwijzer itself.

    python benchmarks/floor.py [--runs 7]

The bare window of ``benchmarks/startup.py`` pays for PySide6 and a window with one word in
it. Any program that shows Rugwijzer's start page pays besides for what PySide6 does
whatever the program's own code: each Qt class Python touches for the first time is made
then, every enumeration of it (``Qt.AlignmentFlag``, ``QStyle.StateFlag``, ...) as a Python
``enum`` type, and a screenshot of a page full of text and pictures takes longer to encode
as PNG than one of a single word.

The **floor** process does only that: it makes the Qt classes that a real start of
``rugwijzer --screenshot`` had made by its first painted frame (for the first paint) or by
its saved screenshot (for the complete page), and shows a picture of that start page in a
label (for the first paint, an empty label), which it saves like the bare window. None of
Rugwijzer's code, content, layout or text runs in it. Its ratio to the bare window is a
lower bound for the ratios that ``benchmarks/startup.py`` measures for Rugwijzer.

A first run of the real command records the classes and the picture; then the bare window,
the floor and Rugwijzer start alternately, ``--runs`` times each, timed from outside as
``benchmarks/startup.py`` times them: the medians, and the fastest runs (on a busy
machine the steadier lower bound).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import BARE, SHOW_UNTIL_PAINTED, SIZE, WATCH_FIRST_PAINT, Runner  # noqa: E402

# The real command, recording which Qt classes exist at its first painted frame and at its
# end, and the start page it saved, as raw pixels.
RECORD = r"""
import sys
from pathlib import Path
from PySide6.QtGui import QImage

out = Path(sys.argv[1])
made = {}

def classes():
    found = []
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt") and module is not None:
            found += [f"{name} {attr}" for attr, value in list(vars(module).items())
                      if isinstance(value, type)]
    return sorted(found)

def on_first_paint():
    made["paint"] = classes()
""" + WATCH_FIRST_PAINT + r"""
from rugwijzer.__main__ import main
shot = out / "page.png"
code = main(["--screenshot", str(shot), "--size", sys.argv[2], "--lang", "nl"])
(out / "paint.txt").write_text("\n".join(made["paint"]) + "\n")
(out / "complete.txt").write_text("\n".join(classes()) + "\n")
image = QImage(str(shot)).convertToFormat(QImage.Format.Format_RGB32)
(out / "page.raw").write_bytes(bytes(image.constBits()))
print(image.width(), image.height(), image.bytesPerLine())
sys.exit(code)
"""

# The floor: PySide6, the same Qt classes as Rugwijzer, and the start page as a picture.
FLOOR = r"""
import sys
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
""" + SHOW_UNTIL_PAINTED + r"""
classes, picture, shot, mode, width, height, stride = sys.argv[1:8]
for line in open(classes):
    module, name = line.split()
    __import__(module)
    getattr(sys.modules[module], name)

app = QApplication(sys.argv[:1])
window = QLabel()
window.setContentsMargins(0, 0, 0, 0)
if mode != "paint":  # the first frame is counted without the cost of any picture
    pixels = open(picture, "rb").read()
    image = QImage(pixels, int(width), int(height), int(stride), QImage.Format.Format_RGB32)
    window.setPixmap(QPixmap.fromImage(image))
window.resize(int(width), int(height))
show_until_painted(app, window, shot, mode)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rugwijzer-floor-") as folder:
        home = Path(folder)
        runner = Runner(home, args.platform)
        record = home / "record"
        record.mkdir()
        done = subprocess.run([sys.executable, "-c", RECORD, str(record), SIZE],
                              env=runner.env, capture_output=True, text=True, timeout=300,
                              check=False)
        if done.returncode != 0:
            raise SystemExit(f"recording the start page failed:\n{done.stderr}")
        width, height, stride = done.stdout.split()[-3:]
        shot = str(home / "floor.png")

        def floor(mode: str) -> list[str]:
            classes = record / ("paint.txt" if mode == "paint" else "complete.txt")
            return [sys.executable, "-c", FLOOR, str(classes), str(record / "page.raw"),
                    shot, mode, width, height, stride]

        kinds = {
            "complete": {"bare": runner.command("bare"), "floor": floor("shot"),
                         "Rugwijzer": runner.command("app")},
            "paint": {"bare": runner.command("bare paint"), "floor": floor("paint"),
                      "Rugwijzer": runner.command("app paint")},
        }
        times: dict[str, dict[str, list[float]]] = {
            what: {who: [] for who in commands} for what, commands in kinds.items()}
        for commands in kinds.values():  # a first run of each warms the caches
            for command in commands.values():
                runner.time(command)
        for _ in range(args.runs):
            for what, commands in kinds.items():
                for who, command in commands.items():
                    times[what][who].append(runner.time(command)["ms"])

        bare_classes = classes_of_bare(runner)
        paint = (record / "paint.txt").read_text().split("\n")
        complete = (record / "complete.txt").read_text().split("\n")
        print(f"Qt platform {args.platform}, window {SIZE}; {args.runs} runs of each, "
              "alternating\n")
        print(f"{'':<34}{'bare':>8}{'floor':>8}{'ratio':>8}{'Rugwijzer':>11}{'ratio':>8}"
              f"{'goal':>8}")
        for what, label, goal in (("complete", "complete start page (ms)", "≤ 1.5"),
                                  ("paint", "first paint (ms)", "≤ 1.2")):
            for how, pick in (("median", statistics.median), ("fastest", min)):
                bare = pick(times[what]["bare"])
                least = pick(times[what]["floor"])
                real = pick(times[what]["Rugwijzer"])
                print(f"{label + ', ' + how:<34}{bare:>8.0f}{least:>8.0f}{least / bare:>8.2f}"
                      f"{real:>11.0f}{real / bare:>8.2f}{goal:>8}")
        print(f"\nQt classes made: the bare window {bare_classes}; Rugwijzer by its first "
              f"paint {len([c for c in paint if c])}, by its saved page "
              f"{len([c for c in complete if c])}")
        print(f"PNG of the start page: {Path(shot).stat().st_size / 1024:.0f} KiB; the floor "
              "lacks all of Rugwijzer's own code (imports, content, building and laying out "
              "the window, painting text)")
    return 0


def classes_of_bare(runner: Runner) -> int:
    """How many Qt classes the bare window has made once it has saved its screenshot."""
    script = BARE + (
        '\nprint(sum(isinstance(v, type) for n, m in list(sys.modules.items()) '
        'if n.startswith("PySide6.Qt") and m is not None for v in list(vars(m).values())))\n')
    done = subprocess.run([sys.executable, "-c", script, runner.shot, "shot"], env=runner.env,
                          capture_output=True, text=True, timeout=120, check=True)
    return int(done.stdout.split()[-1])


if __name__ == "__main__":
    raise SystemExit(main())
