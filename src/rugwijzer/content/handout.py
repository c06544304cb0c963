"""What goes into a patient's take-home summary, and checking a request for one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..languages import LANGUAGES
from .model import Library
from .regions import is_region
from .treatment_path import STEP_IDS


@dataclass(frozen=True, slots=True)
class HandoutRequest:
    topics: tuple[str, ...]
    lang: str
    marks: tuple[str, ...] = ()
    step: str | None = None
    note: str = ""
    date: dt.date = field(default_factory=dt.date.today)


MAX_NOTE = 1200


def problems(request: HandoutRequest, library: Library) -> list[str]:
    """Everything wrong with a request, in words a physician or a script can act on."""
    found = []
    known = library.ids()
    if not request.topics:
        found.append("choose at least one topic for the handout (--open TOPIC)")
    for topic_id in request.topics:
        if topic_id not in known:
            found.append(f"unknown topic '{topic_id}' (known: {', '.join(sorted(known))})")
    for region_id in request.marks:
        if not is_region(region_id):
            found.append(f"unknown region '{region_id}'")
    if request.step is not None and request.step not in STEP_IDS:
        found.append(f"unknown step '{request.step}' (use one of: {', '.join(STEP_IDS)})")
    if request.lang not in LANGUAGES:
        found.append(f"unknown language '{request.lang}' (use {' or '.join(LANGUAGES)})")
    if len(request.note) > MAX_NOTE:
        found.append(f"the note is {len(request.note)} characters; at most {MAX_NOTE} fit")
    return found
