"""A topic's text as the article shows it: title, key points, text, the topics it includes,
what belongs at its end, related topics and the source."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ...content.clinic import ClinicProfile
from ...content.experiences import Experience
from ...content.glossary import Term, link_first_uses
from ...content.model import Library, Topic
from ...content.render import render_body
from ...i18n import format_date
from . import glossary, panels, sections

EXPERIENCES = "ervaringen"
ADVICE = "advies"
GLOSSARY = "begrippen"

translate = QCoreApplication.translate

Glossary = Mapping[str, Sequence[Term]]  # each language's terms


def article_html(topic: Topic, library: Library, lang: str, extras: str = "",
                 hide_unapproved: bool = False, terms: Sequence[Term] = (),
                 extras_first: bool = False) -> str:
    """The complete HTML of an article, in the language of the installed translator.

    ``extras`` (experiences, the call to action) comes after the included topics, or with
    ``extras_first`` before them; then "read more". The first use of each of ``terms`` is
    a ``term:`` link. With ``hide_unapproved`` (the clinic's ``additions = "hide"``),
    additions that the clinic's physician has not approved are left out, and so are
    included topics that await approval.
    """
    shown = topic.shows_additions(hide_unapproved)
    withheld = topic.only_additions and not shown
    # A page does not explain its own subject.
    explained = {term.id for term in terms if term.is_named(topic.title)}
    text = _text(topic, shown, terms, explained)
    included = [] if withheld else library.included(topic, lang, unapproved=not hide_unapproved)
    boxes = [_included(other, terms, explained) for other in included]
    middle = [extras, *boxes] if extras_first else [*boxes, extras]
    awaiting = any(other.awaits_approval for other in included)
    return "\n".join([*_title(topic), _key_points(topic), *text, *middle,
                      *_related(topic, library, lang),
                      *_footer(topic, lang, shown, awaiting)])


def _title(topic: Topic) -> list[str]:
    parts = [f"<h1>{html.escape(topic.title)}</h1>"]
    if topic.summary:
        parts.append(f'<p class="lead">{html.escape(topic.summary)}</p>')
    return parts


def _key_points(topic: Topic) -> str:
    return sections.key_points_html(topic.key_points, translate("Article", "Key points"))


def _explained(topic: Topic, terms: Sequence[Term], explained: set[str]) -> Topic:
    """``topic`` with the first use of each term not explained above it made a link."""
    if not terms:
        return topic
    body, linked = link_first_uses(topic.body, terms, explained)
    explained.update(linked)
    return replace(topic, body=body) if linked else topic


def _text(topic: Topic, additions_shown: bool, terms: Sequence[Term],
          explained: set[str]) -> list[str]:
    if additions_shown or not topic.only_additions:
        label = translate("Article", "Extra explanation")
        return [render_body(_explained(topic, terms, explained), label,
                            additions=additions_shown)]
    return ["<p>" + html.escape(translate(
        "Article", "This page is shown once the clinic's physician has approved it.")) + "</p>"]


def _included(topic: Topic, terms: Sequence[Term], explained: set[str]) -> str:
    """An included topic, boxed: a topic that is all extra explanation is marked as such
    once, under its text, rather than block by block."""
    label = translate("Article", "Extra explanation")
    body = render_body(_explained(topic, terms, explained), label,
                       set_apart=not topic.only_additions)
    marker = sections.addition_marker(
        topic, True, translate("Article", "Extra explanation."),
        translate("Article", "Extra explanation, based on: {sources}."))
    return sections.included_html(topic, body, marker)


def _related(topic: Topic, library: Library, lang: str) -> list[str]:
    """"Read more": the related topics, each with its summary."""
    related = [found for topic_id in topic.related
               if (found := library.get(topic_id, lang)) is not None]
    if not related:
        return []
    heading = translate("Article", "Read more")
    parts = [f'<h2 class="related">{html.escape(heading)}</h2>']
    for item in related:
        parts.append(f'<p style="margin-bottom: 2px;"><a href="topic:{item.id}">'
                     f"{html.escape(item.title)}</a></p>")
        if item.summary:
            parts.append(f'<p class="related-summary">{html.escape(item.summary)}</p>')
    return parts


def _footer(topic: Topic, lang: str, additions_shown: bool, included_await: bool) -> list[str]:
    return ["<hr/>", *(f'<p class="footer">{html.escape(line)}</p>'
                       for line in footer_lines(topic, lang, additions_shown, included_await))]


def footer_lines(topic: Topic, lang: str, additions_shown: bool = True,
                 included_await: bool = False) -> list[str]:
    """Where the text comes from, when it last changed, what its extra explanation rests on,
    and whether the clinic's physician approved it: an approval only when the physician
    recorded one for this very text. ``included_await``: a topic shown with it has extra
    explanation that awaits approval."""
    lines = [translate("Article", "Source: {source}. Updated on {date}.")
             .format(source=topic.source, date=format_date(topic.updated, lang))]
    if topic.has_additions and additions_shown and topic.sources:
        lines.append(translate("Article", "The extra explanation is based on: {sources}.")
                     .format(sources=sections.joined(topic.sources)))
    if topic.approved:
        lines.append(translate("Article", "Approved by {name} on {date}.")
                     .format(name=topic.approved_by, date=format_date(topic.approved_on, lang)))
    if (topic.awaits_approval and additions_shown) or included_await:
        lines.append(translate(
            "Article", "This page has extra explanation that the clinic's physician has not "
                       "yet approved."))
    return lines


class ArticleTexts:
    """The HTML of each article, with what belongs at its end, kept per topic, language
    and choice of experiences.

    The glossary's explanations are additions without an approval of their own: a clinic
    that hides unapproved additions shows neither the term links nor the glossary.

    The glossary is given as its terms, or as a function that reads them, asked the first
    time a text needs them.
    """

    def __init__(self, library: Library, experiences: list[Experience],
                 clinic: ClinicProfile,
                 glossary: Glossary | Callable[[], Glossary] | None = None) -> None:
        self.library = library
        self.experiences = experiences
        self.clinic = clinic
        self._glossary = glossary
        self._made: dict[tuple[str, str, str], str] = {}

    @property
    def glossary(self) -> Glossary:
        self.read_glossary()
        return self._glossary or {}

    def read_glossary(self) -> None:
        """Read the glossary now if it is given as a function and not read yet."""
        if callable(self._glossary):
            self._glossary = self._glossary()

    def terms(self, lang: str) -> Sequence[Term]:
        """The glossary's terms in ``lang`` as readers see them: none when hidden."""
        return () if self.clinic.hides_unapproved else self.glossary.get(lang, ())

    def term(self, term_id: str, lang: str) -> Term | None:
        return next((term for term in self.terms(lang) if term.id == term_id), None)

    def html(self, topic_id: str, lang: str, experience_filter: str = "") -> str:
        key = (topic_id, lang, experience_filter)
        if key not in self._made:
            topic = self.library.get(topic_id, lang)
            terms = () if topic.id == GLOSSARY else self.terms(topic.lang)
            self._made[key] = article_html(topic, self.library, lang,
                                           self._extras(topic, lang, experience_filter),
                                           self.clinic.hides_unapproved, terms,
                                           extras_first=topic.id == ADVICE)
        return self._made[key]

    def clear(self) -> None:
        self._made.clear()

    def _extras(self, topic: Topic, lang: str, experience_filter: str) -> str:
        """Experiences, the call to action or the glossary that belong after ``topic``."""
        if topic.id == EXPERIENCES:
            condition, treatment = panels.parse_filter(experience_filter)
            return panels.experiences_html(self.experiences, self.library, lang, condition,
                                           treatment, filters=True)
        if topic.id == ADVICE:
            # The page's own text invites; the panel adds how to reach the clinic.
            return panels.advice_html(self.clinic, lang, compact=False, invitation=False)
        if topic.id == GLOSSARY:
            return glossary.glossary_html(self.terms(topic.lang))
        parts = []
        if topic.kind == "condition":
            parts.append(panels.experiences_html(self.experiences, self.library, lang,
                                                 condition=topic.id))
            parts.append(panels.advice_html(self.clinic, lang, compact=True))
        elif topic.kind == "treatment":
            parts.append(panels.experiences_html(self.experiences, self.library, lang,
                                                 treatment=topic.id))
        return "\n".join(parts)
