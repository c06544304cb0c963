"""The patient's take-home summary: an A4 document in the patient's language.

The document is rich text laid out by Qt, so the PDF holds real, selectable text with the
bundled typeface embedded, and a printer gets the same pages as the PDF.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ... import __version__
from ...content.clinic import ClinicProfile
from ...content.handout import HandoutRequest
from ...content.model import Library, Topic
from ...content.qr import QrError
from ...content.regions import REGIONS
from ...content.render import render_body
from ...content.treatment_path import Step
from ...files import write_atomically
from ...i18n import DocumentLanguage, format_date
from ..article.panels import QR_MODULE_PX
from ..article.sections import (
    SHARED_DECISION,
    WARNING_SIGNS,
    addition_marker,
    included_html,
)
from ..qr import qr_image
from ..theme import FALLBACK_FAMILIES, FONT_FAMILY

log = logging.getLogger(__name__)

_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.DOTALL)

TEXTS = {
    "summary": QT_TRANSLATE_NOOP("Handout", "Your summary"),
    "date": QT_TRANSLATE_NOOP("Handout", "Date: {date}"),
    "spine": QT_TRANSLATE_NOOP("Handout", "Where it is"),
    "marked": QT_TRANSLATE_NOOP("Handout", "Marked by your physician:"),
    "path": QT_TRANSLATE_NOOP("Handout", "Your treatment path"),
    "here": QT_TRANSLATE_NOOP("Handout", "You are here"),
    "note": QT_TRANSLATE_NOOP("Handout", "Note from your physician"),
    "contact": QT_TRANSLATE_NOOP("Handout", "Questions? Contact us"),
    "reception": QT_TRANSLATE_NOOP("Handout", "Questions? Ask at the reception desk."),
    "addition": QT_TRANSLATE_NOOP("Handout", "Extra explanation"),
    "addition-only": QT_TRANSLATE_NOOP("Handout", "Extra explanation."),
    "based-on": QT_TRANSLATE_NOOP("Handout", "Extra explanation, based on: {sources}."),
    "key-points": QT_TRANSLATE_NOOP("Handout", "Key points"),
    "unapproved": QT_TRANSLATE_NOOP("Handout", "Passages marked “Extra explanation” have not "
                                               "yet been approved by the clinic's physician."),
    "scan": QT_TRANSLATE_NOOP("Handout", "Scan for the website"),
    "source": QT_TRANSLATE_NOOP("Handout", "Source: {source}. Made with Rugwijzer {version}."),
    "view-side": QT_TRANSLATE_NOOP("Handout", "The whole spine from the side"),
    "view-back": QT_TRANSLATE_NOOP("Handout", "The whole spine from behind"),
    "view-disc": QT_TRANSLATE_NOOP("Handout", "Disc in the lower back, from above"),
    "view-canal": QT_TRANSLATE_NOOP("Handout", "Spinal canal in the lower back, from above"),
    "view-facet": QT_TRANSLATE_NOOP("Handout", "Facet joints in the lower back, from the side"),
}
PICTURES_PER_ROW = 3


class PatientLanguage(DocumentLanguage):
    """Translations in the patient's language, whatever language the screen is showing."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang, "Handout", TEXTS)


# Qt's rich text takes margins and padding in pixels only; font sizes also in points.
STYLE = """
body { font-size: 11pt; color: #111111; }
h1 { font-size: 20pt; margin-bottom: 3px; }
h2 { font-size: 14pt; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
p { line-height: 130%; margin-top: 0px; margin-bottom: 7px; }
li { line-height: 125%; margin-bottom: 2px; }
p.lead { font-size: 12pt; color: #333333; }
p.small { font-size: 9pt; color: #333333; }
td.step { border: 1px solid #888888; padding: 8px; }
td.here { border: 2px solid #000000; padding: 8px; }
p.here { font-weight: bold; font-size: 10pt; }
table.note td { border: 1px solid #444444; padding: 10px; }
table.addition td { border-left: 2px solid #777777; padding-left: 10px; }
p.addition-label { font-size: 9pt; font-weight: bold; color: #333333; }
p.key-points-heading { font-size: 12pt; font-weight: bold; margin-top: 4px; margin-bottom: 4px; }
ul.key-points { margin-bottom: 12px; }
table.warning, table.included { margin-top: 10px; margin-bottom: 4px; }
td.warning p, td.included p, td.warning li, td.included li { line-height: 125%; }
td.warning { border: 1px solid #333333; border-left: 6px solid #333333; padding: 12px; }
td.included { border: 1px solid #999999; padding: 12px; }
p.included-heading { font-size: 13pt; font-weight: bold; margin-bottom: 6px; }
p.included-sources { font-size: 8.5pt; color: #333333; margin-top: 6px; margin-bottom: 0px; }
"""


def handout_html(request: HandoutRequest, library: Library, steps: list[Step],
                 clinic: ClinicProfile, say: PatientLanguage, views: Sequence[str],
                 qr: bool) -> str:
    """The handout: what the physician showed and wrote comes first, on the first page;
    the texts to read at home follow, each from the top of a page, so that no title is left
    alone at the foot of one; then a page to keep at hand with the warning signs, the
    questions to ask and how to reach the clinic."""
    shown = [*_spine(request, say, views), *_path(request, steps, say), *_note(request, say)]
    return "\n".join([
        *_letterhead(request, clinic, say), *shown,
        *_topics(request, library, clinic, say, new_page=bool(shown)),
        *_included(request, library, clinic, say), *_contact(clinic, say, qr),
        *_sources(request, library, clinic, say)])


def _letterhead(request: HandoutRequest, clinic: ClinicProfile,
                say: PatientLanguage) -> list[str]:
    parts = ['<table width="100%" cellspacing="0" cellpadding="0"><tr><td>']
    if clinic.logo is not None:
        parts.append('<img src="logo" height="48"/><br/>')
    date = say("date").format(date=format_date(request.date, request.lang))
    parts += [f"<h3>{html.escape(clinic.name)}</h3>", '</td><td align="right" valign="top">',
              f'<p class="small">{html.escape(date)}</p>', "</td></tr></table>",
              f"<h1>{html.escape(say('summary'))}</h1>"]
    return parts


def _spine(request: HandoutRequest, say: PatientLanguage, views: Sequence[str]) -> list[str]:
    """The pictures of the spine, and the parts the physician marked."""
    marked = ""
    if request.marks:
        marked = (f"<p>{html.escape(say('marked'))}</p><ul>"
                  + "".join(f"<li>{html.escape(REGIONS[r].name(request.lang))}</li>"
                            for r in request.marks) + "</ul>")
    heading = f"<h2>{html.escape(say('spine'))}</h2>"
    if len(views) == 1:
        # One picture: the marked parts beside it.
        return [heading, '<table width="100%"><tr>',
                f'<td width="45%"><img src="spine-{views[0]}" width="260"/>'
                f'<p class="small">{html.escape(say("view-" + views[0]))}</p></td>',
                f"<td valign='top'>{marked}</td></tr></table>"]
    if not (views or marked):
        return []
    parts = [heading]
    if views:
        width = 200 if len(views) >= PICTURES_PER_ROW else 250
        parts.append('<table width="100%" cellspacing="4"><tr>')
        for number, view in enumerate(views):
            if number and number % PICTURES_PER_ROW == 0:
                parts.append("</tr><tr>")
            parts.append(f'<td valign="top"><img src="spine-{view}" width="{width}"/>'
                         f'<p class="small">{html.escape(say("view-" + view))}</p></td>')
        parts.append("</tr></table>")
    parts.append(marked)
    return parts


def _path(request: HandoutRequest, steps: list[Step], say: PatientLanguage) -> list[str]:
    """The treatment path, with the step the patient is at."""
    if not steps:
        return []
    parts = [f"<h2>{html.escape(say('path'))}</h2>",
             '<table width="100%" cellspacing="6" cellpadding="8"><tr>']
    for number, step in enumerate(steps, start=1):
        here = step.id == request.step
        marker = f'<p class="here">▶ {html.escape(say("here"))}</p>' if here else ""
        parts.append(f'<td class="{"here" if here else "step"}" width="33%" valign="top">'
                     f"{marker}<p><b>{number}. {html.escape(step.title(request.lang))}</b></p>"
                     f"<p>{html.escape(step.text(request.lang))}</p></td>")
    parts.append("</tr></table>")
    return parts


def _note(request: HandoutRequest, say: PatientLanguage) -> list[str]:
    if not request.note.strip():
        return []
    note = "<br/>".join(html.escape(line) for line in request.note.strip().splitlines())
    return [f"<h2>{html.escape(say('note'))}</h2>",
            '<table class="note" width="100%" cellspacing="0" cellpadding="10">'
            f"<tr><td><p>{note}</p></td></tr></table>"]


def _shown_topics(request: HandoutRequest, library: Library,
                  clinic: ClinicProfile) -> list[tuple[Topic, bool]]:
    """The topics to read at home and whether their additions are shown: a clinic that hides
    unapproved additions leaves out a topic that is nothing else."""
    shown = []
    for topic_id in request.topics:
        topic = library.get(topic_id, request.lang)
        if topic is None:
            continue
        additions = topic.shows_additions(clinic.hides_unapproved)
        if additions or not topic.only_additions:
            shown.append((topic, additions))
    return shown


def _topics(request: HandoutRequest, library: Library, clinic: ClinicProfile,
            say: PatientLanguage, new_page: bool) -> list[str]:
    """The texts to read at home, without links: they mean nothing on paper. Each starts a
    page; the first only when ``new_page`` (something is on the first page before it)."""
    parts = []
    for number, (topic, additions) in enumerate(_shown_topics(request, library, clinic)):
        style = (' style="page-break-before: always; margin-top: 0px;"' if number or new_page
                 else "")
        parts.append(f"<h2{style}>{html.escape(topic.title)}</h2>")
        if topic.summary:
            parts.append(f'<p class="lead">{html.escape(topic.summary)}</p>')
        parts += _key_points(topic, say)
        parts.append(_plain_links(render_body(topic, say("addition"), additions=additions)))
    return parts


def _key_points(topic: Topic, say: PatientLanguage) -> list[str]:
    """"In het kort" as a heading and a list: on paper a box may be split over two pages,
    and Qt then paints its colour into the margin."""
    if not topic.key_points:
        return []
    return [f'<p class="key-points-heading">{html.escape(say("key-points"))}</p>',
            '<ul class="key-points">'
            + "".join(f"<li>{html.escape(point)}</li>" for point in topic.key_points)
            + "</ul>"]


def _included_topics(request: HandoutRequest, library: Library,
                     clinic: ClinicProfile) -> list[Topic]:
    """What the topics include, then the warning signs and the three questions, which every
    handout has: each once, and none that is already a topic of the handout. A clinic that
    hides unapproved additions leaves out those that await approval."""
    unapproved = not clinic.hides_unapproved
    found = [other for topic, _additions in _shown_topics(request, library, clinic)
             for other in library.included(topic, request.lang, unapproved)]
    for topic_id in (WARNING_SIGNS, SHARED_DECISION):
        topic = library.get(topic_id, request.lang)
        if topic is not None and (unapproved or not topic.awaits_approval):
            found.append(topic)
    seen = set(request.topics)
    kept = []
    for topic in found:
        if topic.id not in seen:
            seen.add(topic.id)
            kept.append(topic)
    return kept


def _included(request: HandoutRequest, library: Library, clinic: ClinicProfile,
              say: PatientLanguage) -> list[str]:
    """The included topics, on a page of their own that the contact details end."""
    parts = ['<p style="page-break-before: always; margin: 0px;"></p>']
    for topic in _included_topics(request, library, clinic):
        body = _plain_links(render_body(topic, say("addition"),
                                        set_apart=not topic.only_additions))
        marker = addition_marker(topic, True, say("addition-only"), say("based-on"))
        parts.append(included_html(topic, body, marker))
    return parts


def _contact(clinic: ClinicProfile, say: PatientLanguage, qr: bool) -> list[str]:
    parts = ['<table width="100%" cellspacing="0"><tr><td valign="top">']
    lines = [value for value in (clinic.phone, clinic.email, clinic.website) if value]
    lines += (clinic.address or "").splitlines()
    if clinic.opening_hours:
        lines.append(clinic.opening_hours)
    if lines:
        parts += [f"<h3>{html.escape(say('contact'))}</h3><p>",
                  "<br/>".join(html.escape(line) for line in lines), "</p>"]
    else:
        parts.append(f"<p>{html.escape(say('reception'))}</p>")
    parts.append("</td>")
    if qr:
        parts.append('<td align="right" width="30%"><img src="qr" width="110"/>'
                     f'<p class="small">{html.escape(say("scan"))}</p></td>')
    parts.append("</tr></table>")
    return parts


def _sources(request: HandoutRequest, library: Library, clinic: ClinicProfile,
             say: PatientLanguage) -> list[str]:
    """Where the texts come from, and honestly whether their extra explanation is approved."""
    sources = sorted({t.source for t in (library.get(i, request.lang) for i in request.topics)
                      if t})
    lines = [say("source").format(source="; ".join(sources), version=__version__)]
    if any(additions and topic.awaits_approval
           for topic, additions in _shown_topics(request, library, clinic)) or any(
            topic.awaits_approval for topic in _included_topics(request, library, clinic)):
        lines.append(say("unapproved"))
    return ['<p class="small">' + "<br/>".join(html.escape(line) for line in lines) + "</p>"]


def _plain_links(fragment: str) -> str:
    """Links mean nothing on paper: keep their words, drop the link."""
    return _LINK.sub(r"\1", fragment)


def build_document(request: HandoutRequest, library: Library, steps: list[Step],
                   clinic: ClinicProfile, pictures: Sequence[tuple[str, QImage]] = ()
                   ) -> QTextDocument:
    """The handout; ``pictures`` are (view, image) pairs of the spine with the marks."""
    say = PatientLanguage(request.lang)
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    for view, image in pictures:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"spine-{view}"),
                             image)
    qr = None
    if clinic.qr_target is not None:
        try:
            qr = qr_image(clinic.qr_target, QR_MODULE_PX)
        except QrError as exc:
            log.warning("%s; the handout is made without it", exc)
    if qr is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr"), qr)
    if clinic.logo is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("logo"),
                             QImage(str(clinic.logo)))
    document.setHtml(handout_html(request, library, steps, clinic, say,
                                  [view for view, _image in pictures], qr is not None))
    return document


# QTextDocument.print_ puts 2 cm around the text of a document it lays out on pages itself;
# these margins come on top at the sides only, so that lines stay about 75 characters long.
A4_MARGINS_MM = QMarginsF(18, 0, 18, 0)


class HandoutError(OSError):
    """The handout could not be made or saved; the message says why."""


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    """The document as a PDF, made in memory so that nothing is written before it is whole."""
    buffer = QBuffer()
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise HandoutError("no memory for the PDF")
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"Rugwijzer {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, A4_MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    data = bytes(buffer.data())
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise HandoutError("the PDF could not be made")
    return data


def write_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Save the handout as ``path``; an existing file is only ever replaced by a whole one.

    Raises ``OSError`` (``HandoutError`` among them) with the reason when it fails.
    """
    write_atomically(path, pdf_bytes(document, title))

