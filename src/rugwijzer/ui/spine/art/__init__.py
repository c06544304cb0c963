"""The spine artwork: one module per view, drawn as vector paths in code.

A view's module is imported only when its drawing is not in the cache folder: a start that
finds the start page's spine there builds nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from . import stored
from .model import (
    BONE,
    CANAL,
    CAPTION,
    CORD,
    CURVE,
    DISC,
    DURA,
    FAR,
    FIBRE,
    HIT_ORDER,
    INFLAMED,
    JOINT,
    LEVEL,
    LIGAMENT,
    LINES,
    NERVE,
    NUCLEUS,
    RIDGE,
    ROOTLET,
    SAC,
    SPONGY,
    TERM,
    Artwork,
    Label,
    Part,
    built_once,
)
from .terms import TERMS

__all__ = [
    "BONE", "CANAL", "CAPTION", "CORD", "CURVE", "DISC", "DURA", "FAR", "FIBRE", "HIT_ORDER",
    "INFLAMED", "JOINT", "LEVEL", "LIGAMENT", "LINES", "NERVE", "NUCLEUS", "RIDGE", "ROOTLET",
    "SAC", "SPONGY", "TERM", "TERMS", "VIEW_BUILDERS", "Artwork", "Label", "Part",
    "back_view", "build_in_background", "build_topic_views", "built_once", "canal_view",
    "disc_view", "facet_view", "side_view",
]

# The name of each view's builder. Each builder keeps what it made.
_BUILDERS = {"side": "side_view", "back": "back_view", "disc": "disc_view",
             "canal": "canal_view", "facet": "facet_view"}


def _builder(view: str) -> Callable[[bool], Artwork]:
    """The builder of ``view``, its module imported when first asked for (by import
    statements, so that a freezing tool finds the modules)."""
    if view == "side":
        from .side import side_view

        return side_view
    if view == "back":
        from .back import back_view

        return back_view
    if view == "facet":
        from .lateral import facet_view

        return facet_view
    from .axial import canal_view, disc_view

    return {"disc": disc_view, "canal": canal_view}[view]


def __getattr__(name: str) -> Any:
    """``side_view``, ``back_view``...: the builders themselves, imported when asked for."""
    for view, builder in _BUILDERS.items():
        if builder == name:
            return _builder(view)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _View:
    """A view's drawing per variant: made once per process, from the cache folder where it
    is kept there, else by the view's builder (and then kept). A caller that asks while
    another thread makes it waits for that drawing instead of making a second one."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.made: dict[bool, Artwork] = {}
        self._lock = threading.Lock()

    def __call__(self, variant: bool = False) -> Artwork:
        variant = bool(variant)
        with self._lock:
            if variant not in self.made:
                artwork = stored.load(self.view, variant)
                if artwork is None:
                    artwork = _builder(self.view)(variant)
                    stored.keep(self.view, variant, artwork)
                artwork.source = f"{self.view}-{int(variant)}"
                self.made[variant] = artwork
            return self.made[variant]


VIEW_BUILDERS = {view: _View(view) for view in _BUILDERS}


def build_topic_views() -> None:
    """Build the drawings that topics open, so that no topic waits for its picture: the
    whole spine from the side, healthy, and each other view as its condition shows it
    (a close-up with the healthy one above the affected one). The healthy close-ups alone
    are built when the switch first asks for them.

    Only Qt's value types (paths, points, transforms) are made here, so it may run in a
    thread of its own while the window is in use.
    """
    for view, builder in VIEW_BUILDERS.items():
        builder(view != "side")


_background: threading.Thread | None = None


def build_in_background() -> threading.Thread:
    """Start :func:`build_topic_views` in a thread, once per process. Should a drawing fail there,
    the failure is logged and the view is built (and fails visibly) when it is shown."""
    global _background
    if _background is None:
        def run() -> None:
            try:
                build_topic_views()
            except Exception:
                logging.getLogger(__name__).exception("building the spine drawings failed")

        _background = threading.Thread(target=run, name="spine-drawings")
        _background.start()
    return _background
