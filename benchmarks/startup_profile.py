"""What one start does, counted under cProfile: enum types, regular expressions, Markdown, the
spine's paths and shiboken's signature modules, for the bare window,
an earlier version and this one.

    python benchmarks/startup_profile.py [--runs 3] [--before OLD_CHECKOUT/src]

Each run is a fresh ``rugwijzer --screenshot FILE --size 1280x800 --lang nl`` under cProfile
(and the bare window of ``benchmarks/startup.py`` the same way), with a home and cache folder
of its own, warmed by a first start. Counts are exact; times are cProfile's, which slows
Python code down about twice, so they rank the items rather than add up to the clock.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import BARE  # noqa: E402

PROFILED = r"""
import cProfile, json, pstats, sys

kind, shot = sys.argv[1], sys.argv[2]
profile = cProfile.Profile()
profile.enable()
if kind == "bare":
    sys.argv = ["bare", shot, "shot"]
    exec(BARE_SOURCE)
else:
    from rugwijzer.__main__ import main
    main(["--screenshot", shot, "--size", "1280x800", "--lang", "nl"])
profile.disable()
stats = pstats.Stats(profile).stats

def total(file_part, names):
    rows = [v for k, v in stats.items() if file_part in k[0].replace("\\", "/")
            and (names is None or k[2] in names)]
    return sum(v[1] for v in rows), sum(v[3] for v in rows) * 1000

def item(file_part, names=None):
    calls, ms = total(file_part, names)
    return {"calls": calls, "ms": ms}

print(json.dumps({
    "enum types created": item("/enum.py", {"_create_"}),
    "regular expressions compiled": item("re/_compiler.py", {"compile"}),
    "Markdown converters built": item("markdown/core.py", {"__init__"}),
    "Markdown conversions": item("markdown/core.py", {"convert"}),
    "side view paths built (side_view)": item("spine/art/side.py", {"side_view"}),
    "spine drawings read from the cache": item("spine/art/stored.py", {"load"}),
    "shiboken signature loader imported": item("signature/loader.py", {"<module>"}),
    "pyi_generator imported": item("signature/lib/pyi_generator.py", {"<module>"}),
    "PySide's __feature__ source reads": item("shibokensupport/feature.py",
                                              {"_mod_uses_pyside"}),
    "modules imported": {"calls": len(sys.modules), "ms": 0.0},
    "whole process (profiled)": {"calls": 1, "ms": max(v[3] for v in stats.values()) * 1000},
}))
"""


def run(kind: str, src: Path | None, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(home / "runtime"))
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))
    for name in ("config", "data", "cache", "runtime"):
        (home / name).mkdir(mode=0o700, parents=True, exist_ok=True)
    script = f"BARE_SOURCE = {BARE!r}\n{PROFILED}"
    done = subprocess.run([sys.executable, "-c", script, kind, str(home / "shot.png")],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, metavar="SRC",
                        help="the src folder of an earlier version")
    args = parser.parse_args()
    kinds = [("bare", "bare", None)]
    if args.before is not None:
        kinds.append(("before", "app", args.before.resolve()))
    kinds.append(("now", "app", ROOT / "src"))
    results: dict[str, list[dict]] = {label: [] for label, _kind, _src in kinds}
    with tempfile.TemporaryDirectory(prefix="rugwijzer-profile-") as temporary:
        for label, kind, src in kinds:
            run(kind, src, Path(temporary) / label)  # warms the caches, as a second start
        for _ in range(args.runs):
            for label, kind, src in kinds:
                results[label].append(run(kind, src, Path(temporary) / label))
    labels = [label for label, _kind, _src in kinds]
    print(f"cProfile of a start to the saved start page; medians of {args.runs} runs "
          "(count, profiled ms)\n")
    print(f"{'':<38}" + "".join(f"{label:>20}" for label in labels))
    for name in results["now"][0]:
        cells = []
        for label in labels:
            calls = statistics.median(r[name]["calls"] for r in results[label])
            ms = statistics.median(r[name]["ms"] for r in results[label])
            cells.append(f"{calls:>8.0f} {ms:>8.1f} ms" if ms else f"{calls:>8.0f}" + " " * 12)
        print(f"{name:<38}" + "".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
