"""How long the largest and the most awkward topics that the limits let through take to show.

    python benchmarks/content_limits.py [--runs 3] [--platform offscreen] [--only NAME ...]

For each kind of text, plain and pathological (the Markdown constructs that Python-Markdown
handles in time that grows faster than the text), a topic file is filled as far as every
limit in ``rugwijzer.content.limits`` allows. The loader must accept it; then the time to
load it, to turn it into HTML and to lay it out in the article view is measured, each in a
fresh process so that no cache helps, and the median of the runs is printed. The limits are
right when the slowest stays well under a second.
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

# name -> the piece of Markdown repeated to fill the topic
PATTERNS = {
    "prose": "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ",
    "wrapped prose": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do.\n",
    "list": "- Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n",
    "short lines": "a\n",
    "paragraphs": "a\n\n",
    "nested lists": "- - - - - - - - a\n",
    "nested quotes": "> > > > > > > > a\n",
    "setext headings": "a\n=\n",
    "headings": "# a\n",
    "table": "| a | b |\n|---|---|\n",
    "open brackets": "[",
    "links with quotes": '[a](x"y)',
    "open links": "[a](",
    "emphasis soup": "*_",
    "strong soup": "***a",
    "backticks": "``a`",
    "spaced backticks": "` ",
    "quotes": "'\"",
    "backslashes": "\\",
    "hard breaks": "a  \n",
    "angle brackets": "<a ",
    "autolinks": "<http://a",
    "entities": "&nbsp;",
}

FRONT = ('+++\nid = "maat"\nkind = "page"\ntitle = "Maat"\norder = 1\nsource = "Test"\n'
         "updated = 2026-01-01\n+++\n")

MEASURE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from rugwijzer.content.loader import load_library
from rugwijzer.content.model import Library
from rugwijzer.content.render import markdown_to_html
from rugwijzer.ui.article import ArticleView, article_html
markdown_to_html("warm up")
view = ArticleView()
view.resize(1280, 800)
started = time.perf_counter()
loaded = load_library([Path(sys.argv[1])])
topic = loaded.library.get("maat", "nl")
if topic is None:
    print(json.dumps({"refused": [str(d) for d in loaded.diagnostics]}))
    sys.exit()
read = time.perf_counter()
html = article_html(topic, Library(), "nl")
rendered = time.perf_counter()
view.show_topic(topic, html)
view.document().documentLayout().documentSize()
shown = time.perf_counter()
print(json.dumps({"load": read - started, "render": rendered - read, "layout": shown - rendered}))
"""


def fill(unit: str) -> str:
    """As much of ``unit`` as the limits allow, in paragraphs as long as they may be."""
    from rugwijzer.content.limits import (
        MAX_BRACKETS,
        MAX_FILE_BYTES,
        MAX_PARAGRAPH_CHARS,
        MAX_TEXT_LINES,
        markdown_problem,
    )

    stream = unit * (MAX_FILE_BYTES // len(unit) + 1)
    cut = stream.replace("[", "\0", MAX_BRACKETS).replace("[", "a").replace("\0", "[")
    budget = MAX_FILE_BYTES - len(FRONT.encode()) - 1
    out: list[str] = []
    size = paragraph = 0
    for line in cut.split("\n"):
        step = MAX_PARAGRAPH_CHARS - 2
        for piece in [line[i:i + step] for i in range(0, len(line), step)] or [""]:
            if paragraph + len(piece) + 1 > MAX_PARAGRAPH_CHARS:
                out.append("")
                paragraph = 0
            out.append(piece)
            paragraph = paragraph + len(piece) + 1 if piece.strip() else 0
            size += len(piece.encode()) + 1
            if size > budget or len(out) >= MAX_TEXT_LINES:
                text = "\n".join(out[:-1])
                assert markdown_problem(text) is None, markdown_problem(text)
                return text
    raise AssertionError("the limits were not reached")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform,
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    print(f"{'text':20s} {'bytes':>6s} {'load':>7s} {'render':>7s} {'layout':>7s} {'total':>7s}")
    slowest = 0.0
    for name, unit in PATTERNS.items():
        if args.only and name not in args.only:
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "nl" / "maat.md"
            path.parent.mkdir()
            path.write_text(FRONT + fill(unit) + "\n", encoding="utf-8")
            results = [json.loads(subprocess.run(
                [sys.executable, "-c", MEASURE, folder], env=env, capture_output=True,
                text=True, check=True).stdout) for _run in range(args.runs)]
            if "refused" in results[0]:
                print(f"{name:20s} refused: {results[0]['refused']}")
                continue
            result = {key: statistics.median(r[key] for r in results) for key in results[0]}
            total = result["load"] + result["render"] + result["layout"]
            slowest = max(slowest, total)
            print(f"{name:20s} {path.stat().st_size:6d} {result['load']:7.3f} "
                  f"{result['render']:7.3f} {result['layout']:7.3f} {total:7.3f}")
    print(f"slowest: {slowest:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
