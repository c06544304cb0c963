"""The names the close-ups give their parts, and the captions of their two halves.

The English names are the source texts for translation (context ``SpineTerms``); whoever
paints a label shows ``QCoreApplication.translate("SpineTerms", TERMS[label.term])``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF

from .model import CAPTION, TERM, Label

TERMS: dict[str, str] = {
    # Parts, named on the close-ups.
    "nucleus": QT_TRANSLATE_NOOP("SpineTerms", "Nucleus"),
    "annulus": QT_TRANSLATE_NOOP("SpineTerms", "Annulus"),
    "nerve-root": QT_TRANSLATE_NOOP("SpineTerms", "Nerve root"),
    "canal": QT_TRANSLATE_NOOP("SpineTerms", "Spinal canal"),
    "body": QT_TRANSLATE_NOOP("SpineTerms", "Vertebral body"),
    "facet": QT_TRANSLATE_NOOP("SpineTerms", "Facet joint"),
    "ligament": QT_TRANSLATE_NOOP("SpineTerms", "Yellow ligament"),
    "spur": QT_TRANSLATE_NOOP("SpineTerms", "Bone spur"),
    # What each half of a comparison shows.
    "healthy": QT_TRANSLATE_NOOP("SpineTerms", "Healthy"),
    "herniated": QT_TRANSLATE_NOOP("SpineTerms", "Herniated disc"),
    "narrowed": QT_TRANSLATE_NOOP("SpineTerms", "Narrowed"),
    "worn": QT_TRANSLATE_NOOP("SpineTerms", "Worn"),
}
CAPTIONS = ("healthy", "herniated", "narrowed", "worn")


def term_label(term: str, at: QPointF, rank: int = 2) -> Label:
    """The label naming ``term``: a part's name with its leader line to ``at``, or a
    caption at the height of ``at``. Its anchor is placed with the others of its drawing
    (see ``labels.py``)."""
    if term in CAPTIONS:
        return Label(TERMS[term], QPointF(at), None, rank, term, CAPTION)
    return Label(TERMS[term], QPointF(at), QPointF(at), rank, term, TERM)
