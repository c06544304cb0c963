"""The drawings the spine shows, each made once per process with the outline of every
part, and which of them a moment of the panel or a handout needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QPainterPath

from ... import cache as rugwijzer_cache
from ...content.regions import REGIONS, VIEWS
from ...session import Consultation
from . import art
from .art import stored

Shapes = stored.Shapes


@dataclass(frozen=True, slots=True)
class SpineState:
    """What the panel shows: a view, healthy or affected, a topic's parts and the chosen one,
    and whether the parts' names are shown."""

    view: str = "side"
    affected: bool = False
    highlighted: frozenset[str] = frozenset()
    selected: str | None = None
    names: bool = True

    @classmethod
    def for_topic(cls, regions: Iterable[str], view: str | None,
                  names: bool = True) -> SpineState:
        """A topic's view (the whole spine from the side if it names none), affected when
        the topic is about parts of it, with those parts highlighted."""
        regions = tuple(regions)
        view = view if view in VIEWS else "side"
        return cls(view, view != "side" and bool(regions),
                   frozenset(r for r in regions if r in REGIONS), names=names)


def region_shapes(artwork: art.Artwork) -> Shapes:
    """Each region's outline (the union of its parts), topmost first."""
    shapes: dict[str, QPainterPath] = {}
    rank: dict[str, int] = {}
    for part in artwork.parts:
        if part.region is None:
            continue
        shapes[part.region] = (shapes[part.region].united(part.path)
                               if part.region in shapes else QPainterPath(part.path))
        rank[part.region] = min(rank.get(part.region, 99), art.HIT_ORDER.index(part.material))
    return sorted(shapes.items(), key=lambda item: rank[item[0]])


_made: dict[tuple[str, bool], tuple[art.Artwork, Shapes]] = {}


def drawing(view: str, affected: bool) -> tuple[art.Artwork, Shapes]:
    """The drawing of ``view`` and its outlines, made on first use (on the interface's
    thread: outlines are made here, or read where a start before kept them; the drawing
    may come from the background builder)."""
    key = (view, bool(affected))
    if key not in _made:
        artwork = art.VIEW_BUILDERS[view](affected)
        stamp = _outlines_stamp()
        shapes = stored.load_shapes(view, bool(affected), stamp)
        if shapes is None:
            shapes = region_shapes(artwork)
            stored.keep_shapes(view, bool(affected), stamp, shapes)
        _made[key] = (artwork, shapes)
    return _made[key]


@cache
def _outlines_stamp() -> str:
    """The code that makes the outlines from a drawing (the drawing's own is the art's)."""
    return rugwijzer_cache.code_stamp([__file__])


def regions_in(view: str, affected: bool) -> set[str]:
    return {region for region, _shape in drawing(view, affected)[1]}


def view_showing(region: str) -> str | None:
    """The first view whose healthy drawing has ``region``."""
    return next((view for view in VIEWS if region in regions_in(view, False)), None)


def views_for_handout(state: SpineState, consultation: Consultation | None
                      ) -> list[tuple[str, bool]]:
    """The drawings for a patient's handout: the view on screen, each other view the
    physician drew on, and a view for every marked part that those do not show. Other
    views are shown as their topics show them: affected, except the whole spine."""
    strokes = consultation.strokes if consultation is not None else {}
    marks = consultation.marks if consultation is not None else set()

    def variant(view: str) -> tuple[str, bool]:
        return (view, state.affected if view == state.view else view != "side")

    views = [state.view, *(v for v in VIEWS if v != state.view and strokes.get(v))]
    shown = set().union(*(regions_in(*variant(view)) for view in views))
    for region in sorted(marks - shown):
        for view in VIEWS:
            regions = regions_in(*variant(view))
            if region in regions:
                views.append(view)
                shown |= regions
                break
    return [variant(view) for view in views]
