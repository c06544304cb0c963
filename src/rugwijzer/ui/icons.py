"""Icons from qtawesome, loaded on first use because importing it costs start-up time."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from .theme import COLOURS

TOPIC_ICONS = {
    "start": "mdi6.home-outline",
    "hoe-ontstaan-rugklachten": "mdi6.help-circle-outline",
    "oorzaak": "mdi6.magnify",
    "slijtage": "mdi6.bone",
    "spinaalstenose": "mdi6.arrow-collapse-horizontal",
    "scoliose": "mdi6.vector-curve",
    "hernia": "mdi6.circle-slice-3",
    "behandelingen": "mdi6.medical-bag",
    "oefentherapie": "mdi6.run",
    "epidurale-injectie": "mdi6.needle",
    "hernia-operatie": "mdi6.microscope",
    "kwaliteit-van-leven": "mdi6.heart-outline",
    "ervaringen": "mdi6.account-group-outline",
    "advies": "mdi6.chat-question-outline",
}
KIND_ICONS = {
    "overview": "mdi6.book-open-variant",
    "condition": "mdi6.alert-circle-outline",
    "treatment": "mdi6.medical-bag",
    "aftercare": "mdi6.heart-outline",
    "page": "mdi6.file-document-outline",
}
ACTION_ICONS = {
    "back": "mdi6.arrow-left",
    "forward": "mdi6.arrow-right",
    "start": "mdi6.home-outline",
    "smaller": "mdi6.format-font-size-decrease",
    "larger": "mdi6.format-font-size-increase",
    "language": "mdi6.translate",
    "close": "mdi6.close",
    "warning": "mdi6.alert-outline",
    "search": "mdi6.magnify",
}


@cache
def icon(name: str, colour: str = COLOURS.accent) -> QIcon:
    import qtawesome

    return qtawesome.icon(name, color=colour, color_active=colour,
                          color_selected=COLOURS.accent_text)


def topic_icon(topic_id: str, kind: str) -> QIcon:
    return icon(TOPIC_ICONS.get(topic_id) or KIND_ICONS.get(kind, KIND_ICONS["page"]))


def action_icon(action: str) -> QIcon:
    return icon(ACTION_ICONS[action], COLOURS.text)
