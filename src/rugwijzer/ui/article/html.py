"""A topic's text as the article shows it: title, lead, text, what belongs at its end,
related topics and the source."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...content.model import Library, Topic
from ...content.render import render_body
from ...i18n import format_date


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
