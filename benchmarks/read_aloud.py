"""Reading a page aloud as the window does it, with espeak-ng writing each sentence to a WAV
file instead of playing it: how many sentences, how long the speech lasts, and how long
each sentence took to make.

    python benchmarks/read_aloud.py [--open hernia] [--lang nl] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", default="hernia", dest="topic")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--keep", type=Path, help="write the WAV files here and keep them")
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication

    from rugwijzer import speech
    from rugwijzer.app import build_window
    from rugwijzer.options import StartOptions
    from rugwijzer.settings import Settings
    from rugwijzer.speech.espeak import EspeakBackend

    folder = args.keep or Path(tempfile.mkdtemp(prefix="rugwijzer-read-aloud-"))
    folder.mkdir(parents=True, exist_ok=True)
    backend = EspeakBackend(wav_folder=folder)
    speech.create_engine = lambda parent=None: speech.ReadAloud(backend, parent)
    window = build_window(StartOptions(lang=args.lang, topics=(args.topic,)),
                          settings=Settings(folder / "settings.ini"))
    window.show()
    bar = window.article_page.read_aloud
    made: list[float] = []
    bar.check_voice()
    started = [0.0]

    def sentence_started(_index: int) -> None:
        now = time.perf_counter()
        if started[0]:
            made.append(now - started[0])
        started[0] = now

    bar.engine.sentenceStarted.connect(sentence_started)
    bar.engine.finished.connect(lambda: sentence_started(-1))
    bar.play_button.click()
    while bar.state != "idle":
        QCoreApplication.processEvents()
    if bar.status.text():
        print(bar.status.text(), file=sys.stderr)
        return 1
    seconds = []
    for path in backend.written:
        with wave.open(str(path)) as sound:
            seconds.append(sound.getnframes() / sound.getframerate())
    print(f"{args.topic} ({args.lang}): {len(bar.sentences)} sentences, "
          f"{len(backend.written)} WAV files in {folder}")
    print(f"speech: {sum(seconds):.1f} s in all; per sentence median "
          f"{statistics.median(seconds):.2f} s, shortest {min(seconds):.2f} s "
          f"('{bar.sentences[seconds.index(min(seconds))].text}'), longest {max(seconds):.2f} s")
    print(f"making a sentence: median {statistics.median(made) * 1000:.0f} ms, "
          f"longest {max(made) * 1000:.0f} ms")
    if args.keep is None:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
