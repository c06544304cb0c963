"""What one reader has done in this session: the state a reset must be able to wipe."""

from __future__ import annotations

from dataclasses import dataclass, field

from .navigation import History
from .settings import DEFAULT_TEXT_SIZE


@dataclass(slots=True)
class Consultation:
    """What a physician marked, drew and chose for one patient; never written to disk
    except in a handout the physician makes."""

    marks: set[str] = field(default_factory=set)
    strokes: dict[str, list] = field(default_factory=dict)  # view -> drawn QPainterPaths
    undo: list[tuple[str, str]] = field(default_factory=list)  # ("mark", region) / ("draw", view)
    step: str | None = None
    note: str = ""
    topics: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.marks.clear()
        self.strokes.clear()
        self.undo.clear()
        self.step = None
        self.note = ""
        self.topics.clear()

    def is_empty(self) -> bool:
        return not (self.marks or any(self.strokes.values()) or self.step or self.note.strip()
                    or self.topics)


@dataclass(slots=True)
class Session:
    language: str
    text_size: int = DEFAULT_TEXT_SIZE
    history: History = field(default_factory=History)
    scroll_positions: dict[str, int] = field(default_factory=dict)
    search_text: str = ""
    experience_filter: str = ""
    consultation: Consultation = field(default_factory=Consultation)

    def reset(self, language: str) -> None:
        self.language = language
        self.text_size = DEFAULT_TEXT_SIZE
        self.history.clear()
        self.scroll_positions.clear()
        self.search_text = ""
        self.experience_filter = ""
        self.consultation.clear()
