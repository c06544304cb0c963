"""A topic's text as the article shows it: title, lead, text, what belongs at its end,
related topics and the source."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...content.clinic import ClinicProfile
from ...content.experiences import Experience
from ...content.model import Library, Topic
from ...content.render import render_body
from ...i18n import format_date
from . import panels

EXPERIENCES = "ervaringen"
ADVICE = "advies"


def article_html(topic: Topic, library: Library, lang: str, extras: str = "",
                 hide_unapproved: bool = False) -> str:
    """The complete HTML of an article, in the language of the installed translator.

    ``extras`` (experiences, the call to action) comes after the text, before "read more".
    With ``hide_unapproved`` (the clinic's ``additions = "hide"``), additions that the
    clinic's physician has not approved are left out.
    """
    shown = topic.shows_additions(hide_unapproved)
    return "\n".join([*_title(topic), *_text(topic, shown), extras,
                      *_related(topic, library, lang), *_footer(topic, lang, shown)])


def _title(topic: Topic) -> list[str]:
    parts = [f"<h1>{html.escape(topic.title)}</h1>"]
    if topic.summary:
        parts.append(f'<p class="lead">{html.escape(topic.summary)}</p>')
    return parts


def _text(topic: Topic, additions_shown: bool) -> list[str]:
    if additions_shown or not topic.only_additions:
        label = QCoreApplication.translate("Article", "Extra explanation")
        return [render_body(topic, label, additions=additions_shown)]
    return ["<p>" + html.escape(QCoreApplication.translate(
        "Article", "This page is shown once the clinic's physician has approved it.")) + "</p>"]


def _related(topic: Topic, library: Library, lang: str) -> list[str]:
    """"Read more": the related topics, each with its summary."""
    related = [found for topic_id in topic.related
               if (found := library.get(topic_id, lang)) is not None]
    if not related:
        return []
    heading = QCoreApplication.translate("Article", "Read more")
    parts = [f'<h2 class="related">{html.escape(heading)}</h2>']
    for item in related:
        parts.append(f'<p style="margin-bottom: 2px;"><a href="topic:{item.id}">'
                     f"{html.escape(item.title)}</a></p>")
        if item.summary:
            parts.append(f'<p class="related-summary">{html.escape(item.summary)}</p>')
    return parts


def _footer(topic: Topic, lang: str, additions_shown: bool) -> list[str]:
    return ["<hr/>", *(f'<p class="footer">{html.escape(line)}</p>'
                       for line in footer_lines(topic, lang, additions_shown))]


def footer_lines(topic: Topic, lang: str, additions_shown: bool = True) -> list[str]:
    """Where the text comes from, when it last changed, and whether the clinic's physician
    approved it: an approval only when the physician recorded one for this very text."""
    lines = [QCoreApplication.translate("Article", "Source: {source}. Updated on {date}.")
             .format(source=topic.source, date=format_date(topic.updated, lang))]
    if topic.approved:
        lines.append(QCoreApplication.translate("Article", "Approved by {name} on {date}.")
                     .format(name=topic.approved_by, date=format_date(topic.approved_on, lang)))
    elif topic.has_additions and additions_shown:
        lines.append(QCoreApplication.translate(
            "Article", "This page has extra explanation that the clinic's physician has not "
                       "yet approved."))
    return lines


class ArticleTexts:
    """The HTML of each article, with what belongs at its end, kept per topic, language
    and choice of experiences."""

    def __init__(self, library: Library, experiences: list[Experience],
                 clinic: ClinicProfile) -> None:
        self.library = library
        self.experiences = experiences
        self.clinic = clinic
        self._made: dict[tuple[str, str, str], str] = {}

    def html(self, topic_id: str, lang: str, experience_filter: str = "") -> str:
        key = (topic_id, lang, experience_filter)
        if key not in self._made:
            topic = self.library.get(topic_id, lang)
            self._made[key] = article_html(topic, self.library, lang,
                                           self._extras(topic, lang, experience_filter),
                                           self.clinic.hides_unapproved)
        return self._made[key]

    def clear(self) -> None:
        self._made.clear()

    def _extras(self, topic: Topic, lang: str, experience_filter: str) -> str:
        """Experiences and the call to action that belong at the end of ``topic``."""
        if topic.id == EXPERIENCES:
            condition, treatment = panels.parse_filter(experience_filter)
            return panels.experiences_html(self.experiences, self.library, lang, condition,
                                           treatment, filters=True)
        if topic.id == ADVICE:
            return panels.advice_html(self.clinic, lang, compact=False)
        parts = []
        if topic.kind == "condition":
            parts.append(panels.experiences_html(self.experiences, self.library, lang,
                                                 condition=topic.id))
            parts.append(panels.advice_html(self.clinic, lang, compact=True))
        elif topic.kind == "treatment":
            parts.append(panels.experiences_html(self.experiences, self.library, lang,
                                                 treatment=topic.id))
        return "\n".join(parts)
