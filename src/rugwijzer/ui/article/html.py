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


def article_html(topic: Topic, library: Library, lang: str, extras: str = "") -> str:
    """The complete HTML of an article, in the language of the installed translator.

    ``extras`` (experiences, the call to action) comes after the text, before "read more".
    """
    parts = [f"<h1>{html.escape(topic.title)}</h1>"]
    if topic.summary:
        parts.append(f'<p class="lead">{html.escape(topic.summary)}</p>')
    label = QCoreApplication.translate(
        "Article", "Additional explanation, to be reviewed by the clinic's physician")
    parts.append(render_body(topic, label))
    parts.append(extras)
    related = [found for topic_id in topic.related
               if (found := library.get(topic_id, lang)) is not None]
    if related:
        heading = QCoreApplication.translate("Article", "Read more")
        parts.append(f'<h2 class="related">{html.escape(heading)}</h2>')
        for item in related:
            parts.append(f'<p style="margin-bottom: 2px;"><a href="topic:{item.id}">'
                         f"{html.escape(item.title)}</a></p>")
            if item.summary:
                parts.append(f'<p class="related-summary">{html.escape(item.summary)}</p>')
    parts.append("<hr/>")
    source = QCoreApplication.translate(
        "Article", "Source: {source}. Last reviewed on {date}.").format(
        source=html.escape(topic.source), date=format_date(topic.reviewed, lang))
    parts.append(f'<p class="footer">{source}</p>')
    if topic.addition:
        parts.append('<p class="footer">' + html.escape(QCoreApplication.translate("Article",
            "Passages marked as additional explanation do not come from the clinic's page; "
            "the clinic's physician reviews them.")) + "</p>")
    return "\n".join(parts)


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
                                           self._extras(topic, lang, experience_filter))
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
