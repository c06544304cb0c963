"""The content model: topics in one or more languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import LANGUAGES

KINDS = ("overview", "condition", "treatment", "aftercare", "page")
START = "start"  # the topic of the start page


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    lang: str
    kind: str
    title: str
    order: int
    body: str
    path: Path
    body_line: int  # line number of the body's first line in the file
    source: str
    reviewed: dt.date
    summary: str = ""
    regions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    view: str | None = None
    addition: bool = False

    @property
    def base_dir(self) -> Path:
        return self.path.parent


@dataclass(slots=True)
class Library:
    """All topics, per language, after clinic folders have overridden the shipped ones."""

    topics: dict[str, dict[str, Topic]] = field(default_factory=dict)

    def add(self, topic: Topic) -> None:
        self.topics.setdefault(topic.lang, {})[topic.id] = topic

    def get(self, topic_id: str, lang: str) -> Topic | None:
        """The topic in ``lang``, or in another language when it has not been translated."""
        found = self.topics.get(lang, {}).get(topic_id)
        if found is not None:
            return found
        for other in LANGUAGES:
            found = self.topics.get(other, {}).get(topic_id)
            if found is not None:
                return found
        return None

    def ids(self) -> set[str]:
        return {topic_id for per_lang in self.topics.values() for topic_id in per_lang}

    def in_language(self, lang: str) -> list[Topic]:
        """Every topic, in ``lang`` where available, sorted by order and title."""
        result = [topic for topic_id in self.ids() if (topic := self.get(topic_id, lang))]
        return sorted(result, key=lambda t: (t.order, t.title.casefold()))

    def topics_for_region(self, region_id: str, lang: str) -> list[Topic]:
        return [t for t in self.in_language(lang) if region_id in t.regions]
