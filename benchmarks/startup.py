"""Start-up, memory, topic switching and a library of thousands of topics, against a bare
PySide6 window.

    python benchmarks/startup.py [--runs 7] [--topics 1000] [--big 5000] [--no-scale]
                                 [--cold] [--before OLD_CHECKOUT/src]

Every figure comes from fresh processes, timed from outside, in one run that alternates the
kinds of process so that a busy moment of the machine hits all of them alike:

- **Complete start page**: the real ``rugwijzer --screenshot FILE --size 1280x800``, from
  the moment the process is started until it has saved the start page, spine, icons and
  welcome text included, and says so on its standard output; against a bare PySide6
  window that waits for its first paint and saves a screenshot the same way.
- **First paint**: the same two, from process start to the first painted frame (a small
  wrapper watches the window's first update request; the command is otherwise the same).
- **Peak memory**: the most resident memory each screenshot process ever used (the
  kernel's ``ru_maxrss`` of the child). The CPU time each used is printed too: on a
  machine busy with other work it is steadier than the time on the clock.
- **Topic switch**: in one Rugwijzer process, once the spine's views are drawn and the
  language's search index is built, opening every topic in both languages five times, each
  from another page, including the repaint of the whole window (and the CPU time of the
  window's thread for it, steadier on a busy machine); and, as the reader sees it, the
  time until the window has painted what changed.
- **Scale**: a synthetic pack of ``--topics`` topics per language (``benchmarks/synthetic.py``)
  is given with ``--content``; its complete start against the shipped content's, the extra
  peak memory, opening topics from it, ``--check-content`` on it, and a start with ``--big``
  topics per language.

Each process has a home, settings and cache folder of its own, shared by the runs of the
benchmark: a first run of each kind warms the file system and Rugwijzer's caches, as the
second start on a PC does; ``--cold`` adds starts with an empty cache folder. ``--before``
starts an earlier version's source alternately with this one, for before and after in one
run. Numbers depend on the machine; the ratios are what to compare across machines.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = "1280x800"

# Shows ``window`` until its first frame has been painted, then says so (mode "paint") or
# saves a screenshot of it to ``shot`` and names it, and quits ``app``. A bare window and
# the floor of ``benchmarks/floor.py`` end alike.
SHOW_UNTIL_PAINTED = r"""
from PySide6.QtCore import QEvent, QObject, QTimer

class Painted(QObject):
    def __init__(self, done):
        super().__init__()
        self.done = done

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, self.done)  # after the update request has painted
        return False

def show_until_painted(app, window, shot, mode):
    def done():
        if mode == "paint":
            print("painted", flush=True)
        else:
            window.grab().save(shot, "PNG")
            print(shot, flush=True)
        app.quit()

    watcher = Painted(done)
    window.installEventFilter(watcher)
    window.show()
    app.exec()
"""

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
""" + SHOW_UNTIL_PAINTED + r"""
app = QApplication(sys.argv[:1])
window = QLabel("Hello")
window.resize(1280, 800)
show_until_painted(app, window, sys.argv[1], sys.argv[2])
"""

# Around the real command's window, a watcher that calls ``on_first_paint()`` (defined by
# the script it is part of) once the first frame has been painted.
WATCH_FIRST_PAINT = r"""
import rugwijzer.app
from PySide6.QtCore import QEvent, QObject, QTimer

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, on_first_paint)  # after the update request has painted
        return False

watcher = Painted()
screenshot = rugwijzer.app.take_screenshot

def watched(window, *args, **kwargs):
    window.installEventFilter(watcher)
    return screenshot(window, *args, **kwargs)

rugwijzer.app.take_screenshot = watched
"""

# The real command line, saying when its first frame has been painted.
FIRST_PAINT = r"""
import sys

def on_first_paint():
    print("painted", flush=True)
""" + WATCH_FIRST_PAINT + r"""
from rugwijzer.__main__ import main
sys.exit(main(sys.argv[1:]))
"""

TOPICS = r"""
import json, random, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from rugwijzer.app import build_window, create_application
from rugwijzer.options import StartOptions
from rugwijzer.settings import Settings
from pathlib import Path

content = Path(sys.argv[2]) if sys.argv[2] else None
sample = int(sys.argv[3])
app = create_application()
window = build_window(StartOptions(lang="nl", topics=("start",), content=content),
                      settings=Settings(Path(sys.argv[1])))
window.resize(1280, 800)
timings = {}
cpu = []
painted = []

class Painted(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest:
            self.seen = True
        return False

watcher = Painted()
window.installEventFilter(watcher)

def drawings_ready():
    # As for a reader who looks at the start page for a moment: the spine's views are
    # drawn, and the search index built, in the background a little after start-up.
    from rugwijzer.ui.spine import art as spine_art
    thread = spine_art._background
    if thread is None or thread.is_alive():
        QTimer.singleShot(50, drawings_ready)
        return
    rng = random.Random(5)
    for lang in ("nl", "en"):
        window.session.set_language(lang)
        # The language's search index is built in a thread of its own once the window is
        # idle; a topic opened meanwhile shares Python with it. Timed here is the window
        # after that, as the drawings above.
        search = getattr(getattr(window, "search", None), "controller", None)
        deadline = time.perf_counter() + 60
        while (search is not None and lang not in search._ready
               and time.perf_counter() < deadline):
            app.processEvents()
            time.sleep(0.01)
        ids = window.sidebar.topic_ids()
        if sample:
            ids = rng.sample(ids, min(sample, len(ids)))
        for _ in range(5 if not sample else 2):
            for topic_id in ids:
                away = "start" if topic_id != "start" else "hernia"
                # As the reader sees it: until the window has painted what changed.
                window.open_topic(away)
                app.processEvents()
                watcher.seen = False
                begin = time.perf_counter()
                window.open_topic(topic_id)
                while not watcher.seen and time.perf_counter() - begin < 5:
                    app.processEvents()
                painted.append((time.perf_counter() - begin) * 1000)
                # And with the whole window repainted besides, as this benchmark always did.
                window.open_topic(away)
                app.processEvents()
                begin, begin_cpu = time.perf_counter(), time.thread_time()
                window.open_topic(topic_id)
                window.repaint()
                app.processEvents()
                timings.setdefault(f"{lang}:{topic_id}", []).append(
                    (time.perf_counter() - begin) * 1000)
                cpu.append((time.thread_time() - begin_cpu) * 1000)
    print(json.dumps({"clock": timings, "cpu": cpu, "painted": painted}), flush=True)
    app.quit()

def started():
    QTimer.singleShot(300, drawings_ready)

if window.ready:
    started()
else:
    window.startupFinished.connect(started)
window.show()
app.exec()
"""


class Runner:
    """Starts the processes of the benchmark, each with the same private home folders."""

    def __init__(self, home: Path, platform: str) -> None:
        self.home = home
        self.shot = str(home / "shot.png")
        for name in ("config", "data", "cache", "runtime"):
            (home / name).mkdir(mode=0o700, exist_ok=True)
        self.env = dict(
            os.environ, QT_QPA_PLATFORM=platform, HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                     os.environ.get("PYTHONPATH")])),
            PYTHONUNBUFFERED="1")
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def command(self, kind: str, content: Path | None = None) -> list[str]:
        app = ["--screenshot", self.shot, "--size", SIZE, "--lang", "nl"]
        if content is not None:
            app += ["--content", str(content)]
        return {
            "bare": [sys.executable, "-c", BARE, self.shot, "shot"],
            "bare paint": [sys.executable, "-c", BARE, self.shot, "paint"],
            "app": [sys.executable, "-m", "rugwijzer", *app],
            "app paint": [sys.executable, "-c", FIRST_PAINT, *app],
        }[kind]

    def time(self, command: list[str], env: dict[str, str] | None = None) -> dict:
        """Milliseconds from start to the first line on standard output and to the exit,
        and the peak resident memory in MiB."""
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env or self.env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        line = process.stdout.readline()
        answered = time.perf_counter()
        rest = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)
        ended = time.perf_counter()
        errors = process.stderr.read().decode(errors="replace")
        process.stdout.close()
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0 or not line.strip():
            raise SystemExit(f"{' '.join(command[:4])} ... failed:\n{line!r}{rest!r}\n{errors}")
        return {"ms": (answered - started) * 1000, "exit_ms": (ended - started) * 1000,
                "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
                "mib": usage.ru_maxrss / 1024}  # ru_maxrss is in KiB on Linux

    def run(self, kind: str, content: Path | None = None, src: Path | None = None) -> dict:
        """One run of ``kind``; with ``src``, Rugwijzer from that source folder."""
        env = None
        if src is not None:
            env = dict(self.env, PYTHONPATH=os.pathsep.join(
                filter(None, [str(src), os.environ.get("PYTHONPATH")])))
        return self.time(self.command(kind, content), env)

    def output(self, script: str, *args: str) -> dict:
        done = subprocess.run([sys.executable, "-c", script, *args], env=self.env,
                              capture_output=True, text=True, timeout=900, check=False)
        if done.returncode != 0:
            raise SystemExit(f"probe failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def med(runs: list[dict], key: str = "ms") -> float:
    return statistics.median(run[key] for run in runs)


def row(label: str, bare: float, app: float, goal: str) -> None:
    print(f"{label:<34}{bare:>12.0f}{app:>12.0f}{app / bare:>8.2f}{goal:>8}")


def switch_summary(label: str, measured: dict, goal: str) -> None:
    topics: dict[str, list[float]] = measured["clock"]
    every = [t for times in topics.values() for t in times]
    print(f"{label}: {len(topics)} topic/language pairs, {len(every)} openings; "
          f"median {statistics.median(every):.1f} ms, worst {max(every):.1f} ms ({goal}); "
          f"CPU time of the window's thread: median {statistics.median(measured['cpu']):.1f} "
          f"ms, worst {max(measured['cpu']):.1f} ms")
    painted = measured["painted"]
    print(f"  to the painted topic, without repainting the rest of the window: median "
          f"{statistics.median(painted):.1f} ms, worst {max(painted):.1f} ms")
    slowest = sorted(topics.items(), key=lambda item: -max(item[1]))[:3]
    for name, times in slowest:
        print(f"  {name:<40} median {statistics.median(times):5.1f}   worst {max(times):5.1f}")


def main() -> int:
    if not hasattr(os, "wait4"):
        print("benchmarks/startup.py needs os.wait4 (Linux or macOS)", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--topics", type=int, default=1000)
    parser.add_argument("--big", type=int, default=5000)
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument("--cold", action="store_true",
                        help="also start with an empty cache folder")
    parser.add_argument("--before", type=Path, metavar="SRC",
                        help="the src folder of an earlier version, started alternately with "
                             "this one, for before and after in one run")
    args = parser.parse_args()
    if args.before is not None:
        compileall.compile_dir(args.before / "rugwijzer", quiet=1)

    # An installed package has its bytecode compiled by pip; give a source checkout the same.
    compileall.compile_dir(ROOT / "src" / "rugwijzer", quiet=1)
    with tempfile.TemporaryDirectory(prefix="rugwijzer-bench-") as tmp:
        runner = Runner(Path(tmp), args.platform)
        kinds = ["bare", "app", "bare paint", "app paint"]
        if args.before is not None:
            kinds += ["before", "before paint"]

        def run(kind: str, content: Path | None = None) -> dict:
            if kind.startswith("before"):
                return runner.run(kind.replace("before", "app"), content, args.before)
            return runner.run(kind, content)

        for kind in kinds:  # warm the file cache and Rugwijzer's caches
            run(kind)
        runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind in kinds:
                runs[kind].append(run(kind))

        print(f"Qt platform {args.platform}, window {SIZE}; {args.runs} runs of each, "
              "alternating; medians\n")
        print(f"{'':<34}{'bare':>12}{'Rugwijzer':>12}{'ratio':>8}{'goal':>8}")
        row("complete start page (ms)", med(runs["bare"]), med(runs["app"]), "≤ 1.5")
        row("first paint (ms)", med(runs["bare paint"]), med(runs["app paint"]), "≤ 1.2")
        row("peak memory (MiB)", med(runs["bare"], "mib"), med(runs["app"], "mib"), "≤ 1.5")
        row("to the end of the process (ms)", med(runs["bare"], "exit_ms"),
            med(runs["app"], "exit_ms"), "")
        row("CPU time of the process (ms)", med(runs["bare"], "cpu_ms"),
            med(runs["app"], "cpu_ms"), "")
        if args.before is not None:
            print(f"\nthe earlier version, {args.before}:")
            row("complete start page (ms)", med(runs["bare"]), med(runs["before"]), "")
            row("first paint (ms)", med(runs["bare paint"]), med(runs["before paint"]), "")
            row("peak memory (MiB)", med(runs["bare"], "mib"), med(runs["before"], "mib"), "")
            row("CPU time of the process (ms)", med(runs["bare"], "cpu_ms"),
                med(runs["before"], "cpu_ms"), "")
        spread = sorted(one["ms"] for one in runs["app"])
        print(f"  (complete start page, Rugwijzer: fastest {spread[0]:.0f}, slowest "
              f"{spread[-1]:.0f} ms)")

        if args.cold:
            cold = []
            for _ in range(max(3, args.runs // 2)):
                shutil.rmtree(runner.home / "cache")
                (runner.home / "cache").mkdir()
                cold.append(runner.run("app"))
            print(f"{'complete start page, no cache (ms)':<34}{'':>12}{med(cold):>12.0f}"
                  f"{med(cold) / med(runs['bare']):>8.2f}")

        print()
        switch_summary("Opening a topic", runner.output(TOPICS, str(runner.home / "s.ini"),
                                                        "", "0"), "goal: median < 16")
        if args.no_scale:
            return 0

        print(f"\nA library of {args.topics} synthetic topics per language beside the "
              "shipped ones")
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from synthetic import write_pack

        pack = write_pack(runner.home / f"pack-{args.topics}", args.topics)
        run("app", pack)
        shipped, scaled, scaled_before = [], [], []
        for _ in range(args.runs):
            shipped.append(run("app"))
            scaled.append(run("app", pack))
            if args.before is not None:
                scaled_before.append(run("before", pack))
        print(f"{'':<34}{'shipped':>12}{'+ pack':>12}{'ratio':>8}{'goal':>8}")
        row("complete start page (ms)", med(shipped), med(scaled), "≤ 1.3")
        if scaled_before:
            row("  the earlier version (ms)", med(runs["before"]), med(scaled_before), "")
        row("CPU time of the process (ms)", med(shipped, "cpu_ms"), med(scaled, "cpu_ms"), "")
        extra = med(scaled, "mib") - med(shipped, "mib")
        print(f"{'peak memory (MiB)':<34}{med(shipped, 'mib'):>12.1f}{med(scaled, 'mib'):>12.1f}"
              f"{'+' + format(extra, '.1f'):>8}{'≤ +30':>8}")
        check = [runner.time([sys.executable, "-m", "rugwijzer", "--check-content", str(pack)])
                 for _ in range(3)]
        print(f"--check-content on the pack: {med(check, 'exit_ms') / 1000:.2f} s (goal < 2 s)")
        switch_summary("Opening a topic of the pack",
                       runner.output(TOPICS, str(runner.home / "s.ini"), str(pack), "60"),
                       "goal: median < 16, worst < 50")
        if args.big:
            big = write_pack(runner.home / f"pack-{args.big}", args.big)
            first = runner.run("app", big)
            again = [runner.run("app", big) for _ in range(3)]
            print(f"\n{args.big} synthetic topics per language: complete start page "
                  f"{med(again):.0f} ms ({med(again) / med(shipped):.2f} × the shipped "
                  f"content's; the first start, which reads every file anew, "
                  f"{first['ms']:.0f} ms), peak memory {med(again, 'mib'):.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
