"""Patient experiences and the call to action, as rich text for the end of an article.

Being part of the article's text, they scroll, read aloud and print with it; the avatars
and QR codes are images that the article view draws on request.
"""

from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from ...content.clinic import ClinicProfile
from ...content.experiences import Experience, matching
from ...content.model import Library, Topic
from ...content.qr import can_encode
from ...i18n import format_date
from ...languages import language
from .. import theme

translate = QCoreApplication.translate

AVATAR_PX = 64
QR_MODULE_PX = 6


def avatar_image(initials: str, size: int = AVATAR_PX) -> QImage:
    """A calm coloured circle with the initials: dignified when there is no photo."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colours = theme.COLOURS.avatars
    painter.setBrush(QColor(colours[sum(map(ord, initials)) % len(colours)]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(round(size * 0.38))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(theme.COLOURS.avatar_text))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return image


def _card(experience: Experience, library: Library, lang: str) -> str:
    """One patient: the photo or initials beside the name, what it is about, the story."""
    image = (experience.photo.as_uri() if experience.photo is not None
             else f"avatar:{quote(experience.initials)}")
    return ('<table class="card" width="100%" cellspacing="0" cellpadding="12"><tr>'
            f'<td width="{AVATAR_PX + 16}" valign="top"><img src="{image}" '
            f'width="{AVATAR_PX}" height="{AVATAR_PX}"/></td><td valign="top">'
            + "".join(_story(experience, library, lang)) + "</td></tr></table>")


def _story(experience: Experience, library: Library, lang: str) -> list[str]:
    tags = " · ".join(html.escape(topic.title) for topic_id in experience.tags
                      if (topic := library.get(topic_id, lang)) is not None)
    parts = [f'<p class="card-name">{html.escape(experience.name)}</p>',
             f'<p class="card-tags">{tags}</p>']
    if experience.quote(lang):
        parts.append(f'<p class="card-quote">“{html.escape(experience.quote(lang))}”</p>')
    if experience.outcome(lang):
        parts.append(f"<p>{html.escape(experience.outcome(lang))}</p>")
    if experience.consent_date is not None:
        consent = translate("Panels", "Shared with consent, {date}").format(
            date=format_date(experience.consent_date, lang))
        parts.append(f'<p class="card-tags">{html.escape(consent)}</p>')
    return parts


def has_story(experience: Experience, lang: str) -> bool:
    """Whether the patient's own words or outcome are there to read in ``lang``."""
    return bool(experience.quote(lang) or experience.outcome(lang))


def experiences_html(experiences: list[Experience], library: Library, lang: str,
                     condition: str | None = None, treatment: str | None = None,
                     filters: bool = False) -> str:
    """The experiences that match: a card for each patient whose story is there to read,
    the names of the others on one line. With ``filters``, links to narrow them down and,
    while no story has been added, how the clinic adds one; without, a link to the
    experiences page."""
    shown = matching(experiences, condition, treatment)
    if filters:
        heading = _filter_links(experiences, library, lang, condition, treatment)
    elif shown:
        heading = _experiences_heading(library.get(condition or treatment or "", lang), lang)
    else:
        return ""
    told = [e for e in shown if has_story(e, lang)]
    out = [heading, *(_card(e, library, lang) for e in told)]
    untold = [e for e in shown if not has_story(e, lang)]
    if untold or not filters:
        out.append(_names(untold, link=not filters))
    if filters and not shown:
        none = translate("Panels", "No experiences match this choice.")
        out.append(f"<p>{html.escape(none)}</p>")
    if told:
        caution = translate(
            "Panels", "Every person is different: what one patient experienced may go "
                      "differently for you. Your physician can tell you what to expect.")
        out.append(f'<p class="related-summary">{html.escape(caution)}</p>')
    if filters and not any(has_story(e, lang) for e in experiences):
        out += _how_stories_are_added()
    return "\n".join(out)


def _names(experiences: list[Experience], link: bool) -> str:
    """The patients as a line of names that wraps between names only; with ``link``,
    followed by a link to the experiences page."""
    chips = ['<span class="chip">&nbsp;' + html.escape(e.name).replace(" ", "&nbsp;")
             + "&nbsp;</span>" for e in experiences]
    if link:
        everyone = html.escape(translate("Panels", "All patient experiences"))
        chips.append(f'<a href="topic:ervaringen">{everyone}</a>')
    return f'<p class="chips">{" &nbsp; ".join(chips)}</p>'


def _how_stories_are_added() -> list[str]:
    """For readers, what they will find here; for the clinic's staff, what a story needs."""
    readers = translate(
        "Panels", "The clinic adds a patient's own story here only with the patient's "
                  "written consent. No stories have been added yet.")
    staff = translate(
        "Panels", "For clinic staff: to add a story, first ask the patient for written "
                  "consent. Then give whoever looks after Rugwijzer the patient's own words "
                  "in each of Rugwijzer's languages, what the treatment brought the patient, "
                  "a photo if the patient wants one, and the date of the consent. The story "
                  "then appears here and on the pages about the patient's condition and "
                  "treatment.")
    return [f"<p>{html.escape(readers)}</p>", f'<p class="staff-note">{html.escape(staff)}</p>']


def _experiences_heading(topic: Topic | None, lang: str) -> str:
    title = topic.title if topic else ""
    heading = translate("Panels", "Experiences of patients with {topic}").format(
        topic=title.lower() if language(lang).lowercase_titles else title)
    return f'<h2 class="related">{html.escape(heading)}</h2>'


def _filter_links(experiences: list[Experience], library: Library, lang: str,
                  condition: str | None, treatment: str | None) -> str:
    def link(label: str, target: str, current: bool) -> str:
        text = html.escape(label)
        return f"<b>{text}</b>" if current else f'<a href="filter:{target}">{text}</a>'

    rows = []
    labels = (translate("Panels", "Condition:"), translate("Panels", "Treatment:"))
    for key, current, label in (("condition", condition, labels[0]),
                                ("treatment", treatment, labels[1])):
        ids = sorted({t for e in experiences for t in getattr(e, key + "s")})
        if not ids:
            continue
        other = f"&amp;treatment={treatment}" if key == "condition" and treatment else (
            f"&amp;condition={condition}" if key == "treatment" and condition else "")
        everything = translate("Panels", "all")
        choices = [link(everything, f"{key}=" + other, current is None)]
        choices += [link(library.get(i, lang).title if library.get(i, lang) else i,
                         f"{key}={i}{other}", current == i) for i in ids]
        rows.append(f'<p class="filters">{html.escape(label)} ' + " · ".join(choices) + "</p>")
    return "\n".join(rows)


def parse_filter(target: str) -> tuple[str | None, str | None]:
    """``condition=hernia&treatment=x`` (the part after ``filter:``) as a pair."""
    values = dict(part.partition("=")[::2] for part in unquote(target).split("&") if part)
    return values.get("condition") or None, values.get("treatment") or None


def advice_html(clinic: ClinicProfile, lang: str, compact: bool,
                invitation: bool = True) -> str:
    """The call to action: how to reach the clinic, with a QR code to scan. Without
    ``invitation`` (on a page whose text already invites), only the clinic's name,
    contact details and code."""
    target = clinic.qr_target
    if target is not None and not can_encode(target):
        target = None
    qr = _qr_cell(target, 160 if compact else 200) if target else ""
    if invitation:
        heading = translate("Panels", "Do you recognise these symptoms?")
        text = translate("Panels", "Let us advise you, without obligation, based on your "
                                   "personal situation.")
        opening = (f'<p class="advice-heading">{html.escape(heading)}</p>'
                   f"<p>{html.escape(text)}</p>"
                   f'<p class="advice-contact"><b>{html.escape(clinic.name)}</b><br/>')
    else:
        opening = (f'<p class="advice-heading">{html.escape(clinic.name)}</p>'
                   '<p class="advice-contact">')
    return (f'<table class="advice" width="100%" cellspacing="0" cellpadding="18"><tr>'
            f'<td valign="top">{opening}' + "<br/>".join(_contact_rows(clinic))
            + f"</p></td>{qr}</tr></table>")


def _contact_rows(clinic: ClinicProfile) -> list[str]:
    rows = []
    if clinic.phone:
        phone = translate("Panels", "Phone: {phone}").format(phone=clinic.phone)
        rows.append(html.escape(phone))
    if clinic.email:
        rows.append(f'<a href="mailto:{html.escape(clinic.email)}">'
                    f"{html.escape(clinic.email)}</a>")
    if clinic.website:
        rows.append(f'<a href="{html.escape(clinic.website)}">'
                    f"{html.escape(clinic.website)}</a>")
    if clinic.address:
        rows.append("<br/>".join(html.escape(line) for line in clinic.address.splitlines()))
    if clinic.opening_hours:
        rows.append(html.escape(clinic.opening_hours))
    if not rows:
        ask = translate("Panels", "Ask at the reception desk: we are happy to help.")
        rows.append(html.escape(ask))
    return rows


def _qr_cell(target: str, size: int) -> str:
    scan = translate("Panels", "Scan with your phone")
    return (f'<td width="{size + 16}" valign="top" align="center"><img src="qr:{quote(target)}" '
            f'width="{size}" height="{size}"/><p class="related-summary">'
            f"{html.escape(scan)}</p></td>")
