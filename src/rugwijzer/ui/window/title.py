"""The window's title: the topic being read, then whose program it is."""

from __future__ import annotations

from ... import APP_NAME


def window_title(clinic_name: str, topic_title: str | None) -> str:
    """``topic — clinic · Rugwijzer``; without a topic (the start page) only the owner, and a
    clinic without a name of its own is not named twice."""
    owner = f"{clinic_name} · {APP_NAME}" if clinic_name != APP_NAME else APP_NAME
    return owner if topic_title is None else f"{topic_title} — {owner}"
