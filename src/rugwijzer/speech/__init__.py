"""Reading articles aloud with the operating system's own voices, fully offline.

``split_sentences`` cuts the text, ``create_engine`` gives the ``ReadAloud`` engine with the
voices of this system: SAPI (and the OneCore voices of Settings) on Windows, espeak-ng
elsewhere.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from .engine import ReadAloud, SpeechBackend, State
from .sentences import Sentence, split_sentences

__all__ = ["ReadAloud", "Sentence", "SpeechBackend", "State", "create_engine",
           "split_sentences"]


def create_engine(parent: QObject | None = None) -> ReadAloud:
    backend: SpeechBackend
    if sys.platform == "win32":
        from .sapi import SapiBackend

        backend = SapiBackend()
    else:
        from .espeak import EspeakBackend

        backend = EspeakBackend()
    return ReadAloud(backend, parent)
