"""The glossary page's list: every term in alphabetical order, each where a ``term:`` link
can find it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...content.glossary import Term, alphabetical
from .sections import joined

translate = QCoreApplication.translate


def anchor(term_id: str) -> str:
    """The name of the place on the glossary page where ``term_id`` is explained."""
    return f"term-{term_id}"


def sources_line(term: Term) -> str:
    """That the explanation is an addition, and what it rests on."""
    return translate("Article", "Extra explanation, based on: {sources}.").format(
        sources=joined(term.sources))


def glossary_html(terms: Sequence[Term]) -> str:
    """An index of the terms, then each term with its explanation, its sources and, where
    it has one, a link that shows it on the spine."""
    if not terms:
        return ""
    ordered = alphabetical(terms)
    # A term of two words stays on one line.
    index = " · ".join(f'<a href="term:{term.id}">'
                       f'{html.escape(term.term).replace(" ", "&nbsp;")}</a>'
                       for term in ordered)
    parts = [f'<p class="term-index">{index}</p>']
    show = html.escape(translate("Article", "Show on the spine"))
    for term in ordered:
        parts.append(f'<h3 class="term"><a name="{anchor(term.id)}"></a>'
                     f"{html.escape(term.term)}</h3>")
        parts.append(f'<p class="term-definition">{html.escape(term.definition)}</p>')
        if term.region:
            parts.append(f'<p class="term-region"><a href="region:{term.region}">{show}</a></p>')
        parts.append(f'<p class="term-sources">{html.escape(sources_line(term))}</p>')
    return "\n".join(parts)
