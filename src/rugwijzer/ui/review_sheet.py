"""The review sheet: what the clinic's physician needs to check and sign before the
explanations added to the clinic's texts count as approved.

Per topic: its files, sources, every addition quoted in full, the key points (which restate
the page in other words), the questions the sources left open, and a place to sign. Then the
claims of the clinic's own page that deserve a second look and the long sentences that could
be split only by reordering words. An A4 document in the sheet's language, laid out by Qt
like the patient's handout.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QTextDocument

from .. import __version__, resources
from ..content.clinic import ClinicProfile
from ..content.model import LANGUAGES, Library, Topic
from ..content.render import addition_blocks
from ..content.review import LongSentence, ReviewNotes, places
from ..i18n import DocumentLanguage, format_date
from .theme import FALLBACK_FAMILIES, FONT_FAMILY

_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.DOTALL)

TEXTS = {
    "title": QT_TRANSLATE_NOOP("ReviewSheet", "Review sheet for the clinic's physician"),
    "made": QT_TRANSLATE_NOOP("ReviewSheet", "Made on {date} with Rugwijzer {version}."),
    "folders": QT_TRANSLATE_NOOP("ReviewSheet", "Texts from: {folders}"),
    "how": QT_TRANSLATE_NOOP("ReviewSheet", "How to approve"),
    "how-1": QT_TRANSLATE_NOOP(
        "ReviewSheet", "Rugwijzer shows the clinic's page word for word in Dutch, and "
                       "translated in English. Where a page needed "
                       "more explanation, Rugwijzer adds it as extra explanation, resting on "
                       "the published sources named with it. Until you approve a text, "
                       "patients see its extra explanation with a note that the clinic's "
                       "physician has not yet approved it; with additions = \"hide\" in the "
                       "clinic profile they do not see it at all."),
    "how-2": QT_TRANSLATE_NOOP(
        "ReviewSheet", "Check each topic below: the extra explanation, the key points and "
                       "the sources, and answer its questions. Then sign, and add these two "
                       "lines to the front matter (between the +++ lines) of each file you "
                       "approved:"),
    "how-3": QT_TRANSLATE_NOOP(
        "ReviewSheet", "When a text changes later, its 'updated' date changes and the "
                       "approval no longer applies until it is given again. rugwijzer "
                       "--check-content lists every addition that still awaits approval."),
    "name-example": QT_TRANSLATE_NOOP("ReviewSheet", "Name of the physician"),
    "overview": QT_TRANSLATE_NOOP("ReviewSheet", "Overview"),
    "col-topic": QT_TRANSLATE_NOOP("ReviewSheet", "Topic"),
    "col-file": QT_TRANSLATE_NOOP("ReviewSheet", "File"),
    "col-updated": QT_TRANSLATE_NOOP("ReviewSheet", "Updated"),
    "col-state": QT_TRANSLATE_NOOP("ReviewSheet", "Approval"),
    "state-approved": QT_TRANSLATE_NOOP("ReviewSheet", "Approved by {name} on {date}."),
    "state-none": QT_TRANSLATE_NOOP("ReviewSheet", "Not yet approved."),
    "state-outdated": QT_TRANSLATE_NOOP(
        "ReviewSheet", "The approval by {name} on {date} no longer applies: the text changed "
                       "after it."),
    "state-invalid": QT_TRANSLATE_NOOP(
        "ReviewSheet", "Not approved: the approval keys are incomplete or dated in the "
                       "future."),
    "language-nl": QT_TRANSLATE_NOOP("ReviewSheet", "Dutch text"),
    "language-en": QT_TRANSLATE_NOOP("ReviewSheet", "English text"),
    "file": QT_TRANSLATE_NOOP("ReviewSheet", "File: {file}, updated on {date}."),
    "sources": QT_TRANSLATE_NOOP("ReviewSheet", "Published sources of the extra explanation:"),
    "no-sources": QT_TRANSLATE_NOOP("ReviewSheet", "No sources named."),
    "addition": QT_TRANSLATE_NOOP("ReviewSheet", "Extra explanation (line {line}):"),
    "key-points": QT_TRANSLATE_NOOP(
        "ReviewSheet", "Key points (the page's own facts in other words; check that they say "
                       "nothing the page does not):"),
    "questions": QT_TRANSLATE_NOOP("ReviewSheet", "Questions for you"),
    "answer": QT_TRANSLATE_NOOP("ReviewSheet", "Answer:"),
    "sign-topic": QT_TRANSLATE_NOOP("ReviewSheet", "Topic checked and approved"),
    "sign-all": QT_TRANSLATE_NOOP("ReviewSheet", "Whole sheet checked"),
    "sign-name": QT_TRANSLATE_NOOP("ReviewSheet", "Name:"),
    "sign-date": QT_TRANSLATE_NOOP("ReviewSheet", "Date:"),
    "sign-signature": QT_TRANSLATE_NOOP("ReviewSheet", "Signature:"),
    "claims": QT_TRANSLATE_NOOP("ReviewSheet", "Claims of the clinic's page to look at again"),
    "claims-intro": QT_TRANSLATE_NOOP(
        "ReviewSheet", "These sentences are the clinic's own, shown word for word. Each "
                       "deserves a second look, for the reason given."),
    "where": QT_TRANSLATE_NOOP("ReviewSheet", "Where: {places}"),
    "nowhere": QT_TRANSLATE_NOOP("ReviewSheet", "No longer in the texts."),
    "decision": QT_TRANSLATE_NOOP("ReviewSheet", "Decision (keep, change, leave out):"),
    "long": QT_TRANSLATE_NOOP("ReviewSheet", "Long sentences"),
    "long-intro": QT_TRANSLATE_NOOP(
        "ReviewSheet", "These sentences of the clinic's page are too long for easy reading. "
                       "They can be split only by putting their words in another order, "
                       "which changes the clinic's text: you decide."),
    "long-words": QT_TRANSLATE_NOOP("ReviewSheet", "{words} words. Proposed split:"),
    "agree": QT_TRANSLATE_NOOP("ReviewSheet", "Split as proposed (yes / no / otherwise):"),
    "other-questions": QT_TRANSLATE_NOOP("ReviewSheet", "Other open questions"),
}
SIGN_LINE = "_" * 22

STYLE = """
body { font-size: 10.5pt; color: #111111; }
h1 { font-size: 18pt; margin-bottom: 3px; }
h2 { font-size: 14pt; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 4px; }
p { line-height: 130%; margin-top: 0px; margin-bottom: 6px; }
li { line-height: 125%; margin-bottom: 2px; }
p.small { font-size: 9pt; color: #333333; }
p.state { font-weight: bold; }
pre { font-size: 10pt; background-color: #f2f2f2; }
table.quote td { border-left: 2px solid #555555; padding-left: 10px; }
table.overview td, table.overview th { border: 1px solid #999999; padding: 4px; }
"""


class SheetLanguage(DocumentLanguage):
    """The sheet's texts in its language, whatever language the screen is showing."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang, "ReviewSheet", TEXTS)


@dataclass(frozen=True, slots=True)
class SheetRequest:
    library: Library
    notes: ReviewNotes
    clinic: ClinicProfile
    lang: str
    today: dt.date
    folders: Sequence[Path] = ()


def _e(text: str) -> str:
    return html.escape(text)


def _p(text: str, css: str = "") -> str:
    css_class = f' class="{css}"' if css else ""
    return f"<p{css_class}>{_e(text)}</p>"


def _file_name(topic: Topic) -> str:
    """The file as the clinic finds it: relative to the shipped texts, else in full."""
    if topic.root == resources.content_dir():
        return topic.path.relative_to(topic.root).as_posix()
    return str(topic.path)


def _state(topic: Topic, request: SheetRequest, say: SheetLanguage) -> str:
    state = topic.approval_state(request.today)
    if state in ("approved", "outdated"):
        return say(f"state-{state}", name=topic.approved_by or "",
                   date=format_date(topic.approved_on, request.lang))
    return say(f"state-{state}")


def _sign(say: SheetLanguage, heading: str) -> str:
    """A place to sign: one short row, so that it is not split over two pages."""
    cells = "".join(f'<td width="33%"><p>{_e(say(key))}</p><p>{SIGN_LINE}</p></td>'
                    for key in ("sign-name", "sign-date", "sign-signature"))
    return (f'<table width="100%" cellspacing="0" cellpadding="4">'
            f'<tr><td colspan="3"><p class="state">{_e(heading)}</p></td></tr>'
            f"<tr>{cells}</tr></table>")


def _to_review(request: SheetRequest) -> list[list[Topic]]:
    """Per topic, in reading order, its files that hold additions or key points."""
    found = []
    for first in request.library.in_language(request.lang):
        files = [topic for lang in LANGUAGES
                 if (topic := request.library.topics.get(lang, {}).get(first.id)) is not None
                 and (topic.has_additions or topic.key_points)]
        if files:
            found.append(files)
    return found


def header_html(request: SheetRequest, say: SheetLanguage) -> str:
    out = [f"<h3>{_e(request.clinic.name)}</h3>", f"<h1>{_e(say('title'))}</h1>",
           _p(say("made", date=format_date(request.today, request.lang),
                  version=__version__), "small")]
    if request.folders:
        out.append(_p(say("folders", folders="; ".join(str(f) for f in request.folders)),
                      "small"))
    return "\n".join(out)


def how_to_approve_html(request: SheetRequest, say: SheetLanguage) -> str:
    example = (f'approved_by = "{say("name-example")}"\n'
               f"approved_on = {request.today.isoformat()}")
    return "\n".join([f"<h2>{_e(say('how'))}</h2>", _p(say("how-1")), _p(say("how-2")),
                      f"<pre>{_e(example)}</pre>", _p(say("how-3"))])


def overview_html(request: SheetRequest, topics: list[list[Topic]], say: SheetLanguage) -> str:
    head = "".join(f"<th align='left' width='{width}'>{_e(say(key))}</th>"
                   for key, width in (("col-topic", "30%"), ("col-file", "28%"),
                                      ("col-updated", "17%"), ("col-state", "25%")))
    rows = [f"<tr>{head}</tr>"]
    for files in topics:
        for topic in files:
            rows.append(f"<tr><td>{_e(topic.title)}</td><td>{_e(_file_name(topic))}</td>"
                        f"<td>{_e(format_date(topic.updated, request.lang))}</td>"
                        f"<td>{_e(_state(topic, request, say))}</td></tr>")
    return (f"<h2>{_e(say('overview'))}</h2>"
            '<table class="overview" width="100%" cellspacing="0" cellpadding="4">'
            + "".join(rows) + "</table>")


def _quote(fragment: str) -> str:
    return ('<table class="quote" width="100%" cellspacing="0" cellpadding="4">'
            f"<tr><td>{fragment}</td></tr></table>")


def file_html(topic: Topic, request: SheetRequest, say: SheetLanguage) -> str:
    """One language file of a topic: where it is, its state, sources, additions, key points."""
    out = [f"<h3>{_e(say('language-' + topic.lang))}</h3>",
           _p(say("file", file=_file_name(topic),
                  date=format_date(topic.updated, request.lang))),
           _p(_state(topic, request, say), "state")]
    blocks = addition_blocks(topic)
    if blocks:
        if topic.sources:
            out.append(_p(say("sources")))
            out.append("<ul>" + "".join(f"<li>{_e(s)}</li>" for s in topic.sources) + "</ul>")
        else:
            out.append(_p(say("no-sources")))
        for line, fragment in blocks:
            out.append(_p(say("addition", line=str(line))))
            out.append(_quote(_LINK.sub(r"\1", fragment)))
    if topic.key_points:
        out.append(_p(say("key-points")))
        out.append("<ul>" + "".join(f"<li>{_e(p)}</li>" for p in topic.key_points) + "</ul>")
    return "\n".join(out)


def questions_html(questions: Sequence, request: SheetRequest, say: SheetLanguage,
                   heading: str) -> str:
    if not questions:
        return ""
    out = [f"<h3>{_e(heading)}</h3>", "<ol>"]
    for question in questions:
        out.append(f"<li>{_e(question.question(request.lang))}<br/>"
                   f"{_e(say('answer'))} {SIGN_LINE}{SIGN_LINE}</li>")
    out.append("</ol>")
    return "\n".join(out)


def topic_html(files: list[Topic], request: SheetRequest, say: SheetLanguage) -> str:
    first = next((t for t in files if t.lang == request.lang), files[0])
    questions = [q for q in request.notes.questions if q.topics[0] == first.id]
    return "\n".join([f"<h2>{_e(first.title)}</h2>",
                      *(file_html(topic, request, say) for topic in files),
                      questions_html(questions, request, say, say("questions")),
                      _sign(say, say("sign-topic"))])


def _passage(number: int, quote: str, topic_ids: tuple[str, ...], request: SheetRequest,
             say: SheetLanguage) -> str:
    """A numbered passage of the clinic's page, quoted, with where it stands."""
    found = places(quote, topic_ids, request.library)
    titles = ", ".join(topic.title for topic, _line in found)
    where = (say("where", places=", ".join(f"{_file_name(topic)}:{line}"
                                           for topic, line in found))
             if found else say("nowhere"))
    return "\n".join([f"<h3>{number}. {_e(titles)}</h3>", _quote(_p(quote)),
                      _p(where, "small")])


def claims_html(request: SheetRequest, say: SheetLanguage) -> str:
    if not request.notes.claims:
        return ""
    out = [f"<h2>{_e(say('claims'))}</h2>", _p(say("claims-intro"))]
    for number, claim in enumerate(request.notes.claims, start=1):
        out.append(_passage(number, claim.quote, claim.topics, request, say))
        out.append(_p(claim.why(request.lang)))
        out.append(_p(f"{say('decision')} {SIGN_LINE}{SIGN_LINE}"))
    return "\n".join(out)


def _long_sentence(number: int, sentence: LongSentence, request: SheetRequest,
                   say: SheetLanguage) -> str:
    return "\n".join([_passage(number, sentence.sentence, sentence.topics, request, say),
                      _p(say("long-words", words=str(sentence.words))),
                      _quote(_p(sentence.proposal)),
                      _p(f"{say('agree')} {SIGN_LINE}")])


def long_sentences_html(request: SheetRequest, say: SheetLanguage) -> str:
    if not request.notes.long_sentences:
        return ""
    return "\n".join([f"<h2>{_e(say('long'))}</h2>", _p(say("long-intro")),
                      *(_long_sentence(number, sentence, request, say) for number, sentence
                        in enumerate(request.notes.long_sentences, start=1))])


def sheet_html(request: SheetRequest, say: SheetLanguage) -> str:
    topics = _to_review(request)
    sections = {files[0].id for files in topics}
    # A question is asked in the section of its first topic; one without a section last.
    elsewhere = [q for q in request.notes.questions if q.topics[0] not in sections]
    return "\n".join([header_html(request, say), how_to_approve_html(request, say),
                      overview_html(request, topics, say),
                      *(topic_html(files, request, say) for files in topics),
                      claims_html(request, say), long_sentences_html(request, say),
                      questions_html(elsewhere, request, say, say("other-questions")),
                      _sign(say, say("sign-all"))])


def build_document(request: SheetRequest) -> tuple[QTextDocument, str]:
    """The sheet, and its title for the PDF's properties."""
    say = SheetLanguage(request.lang)
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(sheet_html(request, say))
    return document, say("title")
