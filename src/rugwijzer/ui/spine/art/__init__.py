"""The spine artwork: one module per view, drawn as vector paths in code."""

from __future__ import annotations

import logging
import threading

from .axial import canal_view, disc_view
from .back import back_view
from .lateral import facet_view
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
from .side import side_view
from .terms import TERMS

__all__ = [
    "BONE", "CANAL", "CAPTION", "CORD", "CURVE", "DISC", "DURA", "FAR", "FIBRE", "HIT_ORDER",
    "INFLAMED", "JOINT", "LEVEL", "LIGAMENT", "LINES", "NERVE", "NUCLEUS", "RIDGE", "ROOTLET",
    "SAC", "SPONGY", "TERM", "TERMS", "VIEW_BUILDERS", "Artwork", "Label", "Part",
    "back_view", "build_in_background", "build_topic_views", "built_once", "canal_view",
    "disc_view", "facet_view", "side_view",
]

# Each view is built once (the builders keep what they made) and then only read.
VIEW_BUILDERS = {"side": side_view, "back": back_view, "disc": disc_view,
                 "canal": canal_view, "facet": facet_view}


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
