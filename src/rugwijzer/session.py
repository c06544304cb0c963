"""What one reader has done in this session: the state a reset must be able to wipe."""

from __future__ import annotations

from dataclasses import dataclass, field

from .navigation import History
from .settings import DEFAULT_TEXT_SIZE


@dataclass(slots=True)
class Session:
    language: str
    text_size: int = DEFAULT_TEXT_SIZE
    history: History = field(default_factory=History)
    scroll_positions: dict[str, int] = field(default_factory=dict)
    search_text: str = ""
    experience_filter: str = ""

    def reset(self, language: str) -> None:
        self.language = language
        self.text_size = DEFAULT_TEXT_SIZE
        self.history.clear()
        self.scroll_positions.clear()
        self.search_text = ""
        self.experience_filter = ""
