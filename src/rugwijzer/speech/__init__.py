"""Reading articles aloud with the operating system's own voices, fully offline."""

from __future__ import annotations

from .sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]
