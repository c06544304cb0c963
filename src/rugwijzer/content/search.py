"""Finding topics by words, forgiving about case and accents ("scoliose" finds "Scoliose")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .markup import links
from .model import Library, Topic

_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Hit:
    topic: Topic
    score: int


def _plain(body: str) -> str:
    text = body
    for link in links(body):
        text = text.replace(link.target, " ")
    return text


def search(library: Library, lang: str, query: str, limit: int = 10) -> list[Hit]:
    """Topics whose title, summary or text contain every word of ``query``, best first."""
    words = _WORD.findall(normalise(query))
    if not words:
        return []
    hits = []
    for topic in library.in_language(lang):
        title = normalise(topic.title)
        summary = normalise(topic.summary)
        body = normalise(_plain(topic.body))
        score = 0
        for word in words:
            if word in title:
                score += 10 if title.startswith(word) else 6
            elif word in summary:
                score += 3
            elif word in body:
                score += 1
            else:
                score = 0
                break
        if score:
            hits.append(Hit(topic, score))
    hits.sort(key=lambda hit: (-hit.score, hit.topic.order))
    return hits[:limit]
