"""Start-up and memory of the installed (frozen) program against the source run.

    python benchmarks/frozen.py [--runs 7] [--frozen dist/rugwijzer/rugwijzer]

Runs, alternately and each in a fresh process, a bare PySide6 "hello" window, Rugwijzer
from source (``python -m rugwijzer``) and the frozen program that ``bash packaging/build.sh``
makes, each rendering its window once to a PNG (``--screenshot``) and exiting. Prints the
median wall time from process start to exit and the median peak resident memory, with
ratios. The bare window and the source run use this interpreter; ``PYTHONPATH=src`` is set
for the source run when the package is not installed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HELLO = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("Hello")
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall time in ms, peak resident memory in MiB) of one run of ``command``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - started) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    if not hasattr(os, "wait4"):
        print("benchmarks/frozen.py needs os.wait4 (Linux or macOS)", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "rugwijzer" / "rugwijzer")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    if not args.frozen.exists():
        print(f"{args.frozen} does not exist: run 'bash packaging/build.sh freeze' first",
              file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="rugwijzer-bench-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(home / "runtime"))
        (home / "runtime").mkdir(mode=0o700)
        source_env = dict(env, PYTHONPATH=str(ROOT / "src"))
        shot = str(home / "shot.png")
        app_args = ["--screenshot", shot, "--size", args.size, "--lang", "nl"]
        kinds = {
            "bare window": ([sys.executable, "-c", HELLO, shot], env),
            "source": ([sys.executable, "-m", "rugwijzer", *app_args], source_env),
            "frozen": ([str(args.frozen), *app_args], env),
        }
        for command, kind_env in kinds.values():  # warm the file cache once
            measure(command, kind_env)
        results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind, (command, kind_env) in kinds.items():
                results[kind].append(measure(command, kind_env))

    def median(kind: str, index: int) -> float:
        return statistics.median(run[index] for run in results[kind])

    print(f"{args.runs} runs each, window {args.size}, "
          f"platform {env['QT_QPA_PLATFORM']}; start to exit after painting once")
    print(f"{'':14}{'time (ms)':>12}{'peak memory (MiB)':>20}")
    for kind in kinds:
        print(f"{kind:14}{median(kind, 0):12.0f}{median(kind, 1):20.1f}")
    print()
    for a, b in (("frozen", "source"), ("source", "bare window"), ("frozen", "bare window")):
        print(f"{a} / {b}: time {median(a, 0) / median(b, 0):.2f}, "
              f"memory {median(a, 1) / median(b, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
