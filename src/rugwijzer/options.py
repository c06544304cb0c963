"""How Rugwijzer was asked to start, typed: what the command line chose, or a test."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class StartOptions:
    lang: str | None = None  # None: the clinic's, the last reader's or the system's
    topics: tuple[str, ...] = ()  # the first opens; a handout holds them all
    content: Path | None = None  # a clinic's content folder on top of the shipped one
    clinic: Path | None = None  # a clinic profile instead of the system-wide one
    kiosk: bool = False
    idle_reset: int | None = None  # seconds; None: the clinic profile's
    screenshot: Path | None = None
    size: tuple[int, int] | None = None  # of the window for a screenshot
    handout: Path | None = None
    marks: tuple[str, ...] = ()
    step: str | None = None
    note: str = ""
    review_sheet: Path | None = None
    theme: str | None = None  # None: the reader's choice, the clinic's or the system's

    @property
    def topic(self) -> str | None:
        """The topic to open, if one was named."""
        return self.topics[0] if self.topics else None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> StartOptions:
        return cls(lang=args.lang, topics=tuple(args.topics or ()), content=args.content,
                   clinic=args.clinic, kiosk=args.kiosk, idle_reset=args.idle_reset,
                   screenshot=args.screenshot, size=args.size, handout=args.handout,
                   marks=tuple(args.mark), step=args.step, note=args.note,
                   review_sheet=args.review_sheet, theme=args.theme)
