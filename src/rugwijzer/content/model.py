"""The content model: topics in one or more languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import LANGUAGES
from .markup import has_addition, segments

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
    updated: dt.date  # when the text last changed
    summary: str = ""
    regions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    view: str | None = None
    addition: bool = False
    # Set only by the clinic's physician, who approves the text as it reads on ``updated``.
    approved_by: str | None = None
    approved_on: dt.date | None = None
    sources: tuple[str, ...] = ()  # the published sources the additions rest on
    key_points: tuple[str, ...] = ()  # "In het kort": the page's own facts, in short
    include: tuple[str, ...] = ()  # topics shown as sections after this one's text

    @property
    def has_additions(self) -> bool:
        """Whether the text has ``::: addition`` blocks, whatever the front matter says."""
        return has_addition(self.body)

    def is_approved(self, today: dt.date | None = None) -> bool:
        """Whether the clinic's physician approved the text as it reads now.

        An approval dated before the text last changed, or in the future, does not count.
        """
        if not (self.approved_by and self.approved_by.strip()) or self.approved_on is None:
            return False
        today = today or dt.date.today()
        return self.updated <= self.approved_on <= today

    @property
    def approved(self) -> bool:
        return self.is_approved()

    def approval_state(self, today: dt.date | None = None) -> str:
        """"approved"; "none" (no approval keys); "outdated" (the text changed after the
        approval); or "invalid" (a key missing or empty, or a date still to come)."""
        if self.approved_by is None and self.approved_on is None:
            return "none"
        if self.is_approved(today):
            return "approved"
        on = self.approved_on
        if (self.approved_by or "").strip() and on is not None \
                and on < self.updated and on <= (today or dt.date.today()):
            return "outdated"
        return "invalid"

    @property
    def awaits_approval(self) -> bool:
        """The text has additions that the clinic's physician has not (yet) approved."""
        return self.has_additions and not self.approved

    def shows_additions(self, hide_unapproved: bool) -> bool:
        """Whether readers see the additions: always, unless the clinic keeps them off
        patients' screens until its physician has approved them."""
        return not (hide_unapproved and self.awaits_approval)

    @property
    def only_additions(self) -> bool:
        """Everything the text says is addition: without its additions the page is empty."""
        return self.has_additions and not any(
            part.text.strip() for part in segments(self.body)[0] if not part.addition)

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    @property
    def root(self) -> Path:
        """The content folder the topic came from (``root/<lang>/<file>``): its images are
        in there."""
        return self.path.parent.parent


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

    def included(self, topic: Topic, lang: str, unapproved: bool = True) -> list[Topic]:
        """The topics shown as sections after ``topic``'s text, in order, each once.

        An included topic's own includes follow it. Missing ids and cycles are skipped here
        (the checker reports them). Without ``unapproved``, topics whose additions await the
        physician's approval are left out with everything they include.
        """
        found: list[Topic] = []
        seen = {topic.id}

        def walk(ids: tuple[str, ...]) -> None:
            for topic_id in ids:
                if topic_id in seen:
                    continue
                seen.add(topic_id)
                other = self.get(topic_id, lang)
                if other is None or (not unapproved and other.awaits_approval):
                    continue
                found.append(other)
                walk(other.include)

        walk(topic.include)
        return found
