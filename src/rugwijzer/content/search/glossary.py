"""The glossary's terms as search documents, so that a reader who looks up a medical word
finds its plain explanation beside the topics that use it."""

from __future__ import annotations

from collections.abc import Iterable

from ..glossary import Term
from .documents import Document
from .text import prepare

KIND = "glossary"
# After the topics when the scores are equal: a topic explains more than a definition.
FIRST_ORDER = 10_000


def glossary_documents(terms: Iterable[Term]) -> list[Document]:
    """One document a term: its headword as the title, its definition as the text, and
    its other spellings on a line of their own so that each of them finds it."""
    documents = []
    for number, term in enumerate(terms):
        lines = [term.definition, ", ".join(term.forms)] if term.forms else [term.definition]
        documents.append(Document(
            id=term.id, kind=KIND, title=prepare(term.term[:1].upper() + term.term[1:]),
            text=prepare("\n".join(lines)), regions=(term.region,) if term.region else (),
            order=FIRST_ORDER + number))
    return documents
