"""The search results as a list model: each row a result, with what a screen reader says
of it and the marked text the list draws."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from ...content.regions import REGIONS
from ...content.search import Piece, Result
from ...content.search.glossary import KIND as GLOSSARY

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # (text, found) pieces to draw
REGION_ROLE = Qt.ItemDataRole.UserRole + 3  # the region's name, or ""

_WORD = re.compile(r"\w+")


def plain(pieces: Sequence[Piece]) -> str:
    return "".join(text for text, _found in pieces)


def marked_html(pieces: Sequence[Piece], mark_style: str) -> str:
    """The pieces as HTML, each found word in a ``<b>`` with ``mark_style``."""
    return "".join(f'<b style="{mark_style}">{html.escape(text)}</b>' if found
                   else html.escape(text) for text, found in pieces)


def marked_again(text: str, pieces: Sequence[Piece]) -> tuple[Piece, ...]:
    """``text`` with the words marked that are marked in ``pieces``: a glossary term's whole
    definition, marked as its snippet is."""
    found = {text.casefold() for text, marked in pieces if marked}
    if not found:
        return ((text, False),) if text else ()
    out: list[Piece] = []
    at = 0
    for word in _WORD.finditer(text):
        if word.group().casefold() in found:
            if word.start() > at:
                out.append((text[at:word.start()], False))
            out.append((word.group(), True))
            at = word.end()
    if at < len(text):
        out.append((text[at:], False))
    return tuple(out)


def region_name(result: Result, lang: str) -> str:
    region = REGIONS.get(result.region) if result.region else None
    return region.name(lang) if region is not None else ""


def kind_label(kind: str) -> str:
    """The badge of a result that is not a topic."""
    if kind == GLOSSARY:
        return QCoreApplication.translate("Search", "Medical term")
    return ""


def spoken_text(result: Result, snippet: Sequence[Piece]) -> str:
    """What a screen reader says of a row: its title, then the passage that was found."""
    passage = " ".join(plain(snippet).split())
    return f"{result.title}, {passage}" if passage else result.title


class ResultModel(QAbstractListModel):
    """The rows of the results list, in the order the engine ranked them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[Result] = []
        self._snippets: list[tuple[Piece, ...]] = []
        self._lang = ""

    def set_results(self, results: Sequence[Result], lang: str,
                    definitions: dict[str, str] | None = None) -> None:
        """``definitions`` gives a glossary term's whole definition, shown instead of its
        snippet: a definition is two sentences at most and says what the reader came for."""
        self.beginResetModel()
        self._results = list(results)
        self._lang = lang
        definitions = definitions or {}
        self._snippets = [
            marked_again(definitions[r.id], r.snippet)
            if r.kind == GLOSSARY and r.id in definitions else r.snippet
            for r in self._results]
        self.endResetModel()

    def result(self, row: int) -> Result | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        result = self.result(index.row()) if index.isValid() else None
        if result is None:
            return None
        snippet = self._snippets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_text(result, snippet)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            parts = [kind_label(result.kind), region_name(result, self._lang)]
            return ", ".join(part for part in parts if part)
        if role == RESULT_ROLE:
            return result
        if role == SNIPPET_ROLE:
            return snippet
        if role == REGION_ROLE:
            return region_name(result, self._lang)
        return None
