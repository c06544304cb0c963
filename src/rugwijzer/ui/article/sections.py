"""Boxes that both the article and the handout show: a page's key points at its top, and
the topics it includes (the warning signs, the three questions) after its text.

The words come from the caller, in the reader's language: the article speaks the language
of the screen, the handout the patient's.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ...content.model import Topic

WARNING_SIGNS = "waarschuwingssignalen"
SHARED_DECISION = "samen-beslissen"


def joined(sources: Sequence[str]) -> str:
    """Sources as one list, for a sentence that ends with a full stop of its own."""
    return "; ".join(sources).rstrip(".")


def key_points_html(points: Sequence[str], heading: str) -> str:
    """"In het kort": the page's main facts in a calm box under its title."""
    if not points:
        return ""
    items = "".join(f"<li>{html.escape(point)}</li>" for point in points)
    return ('<table class="key-points" width="100%" cellspacing="0" cellpadding="16"><tr>'
            f'<td class="key-points"><p class="key-points-heading">{html.escape(heading)}</p>'
            f"<ul>{items}</ul></td></tr></table>")


def included_html(topic: Topic, body: str, marker: str) -> str:
    """An included topic as a box of its own: its title, its text (``body``, as HTML) and,
    in small print, ``marker``: that it is extra explanation and what it rests on.

    The warning signs have a style of their own, distinct from the rest but not alarming.
    """
    style = "warning" if topic.id == WARNING_SIGNS else "included"
    small = f'<p class="included-sources">{html.escape(marker)}</p>' if marker else ""
    return (f'<table class="{style}" width="100%" cellspacing="0" cellpadding="18"><tr>'
            f'<td class="{style}"><p class="included-heading">{html.escape(topic.title)}</p>'
            f"{body}{small}</td></tr></table>")


def addition_marker(topic: Topic, shown: bool, label: str, based_on: str) -> str:
    """The small print under an included topic whose additions are shown: ``label``
    ("Extra explanation.") or ``based_on`` with its sources filled in."""
    if not (shown and topic.has_additions):
        return ""
    if not topic.sources:
        return label
    return based_on.format(sources=joined(topic.sources))
