"""What one reader has done in this session: the state a reset must be able to wipe."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from .appearance import CHOICES as THEME_CHOICES
from .appearance import SYSTEM
from .languages import LANGUAGES
from .navigation import History
from .settings import DEFAULT_TEXT_SIZE, TEXT_SIZES


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


class Session(QObject):
    """The reader's language, text size, theme, history and choices. A change of language,
    text size or theme is announced once, by the session, to every part that shows it."""

    languageChanged = Signal(str)
    textSizeChanged = Signal(int)
    themeChanged = Signal(str)

    def __init__(self, language: str, text_size: int = DEFAULT_TEXT_SIZE,
                 theme: str = SYSTEM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._text_size = text_size
        self._theme = theme
        self.history = History()
        self.scroll_positions: dict[str, int] = {}
        self.experience_filter = ""
        self.consultation = Consultation()

    @property
    def language(self) -> str:
        return self._language

    @property
    def text_size(self) -> int:
        """An index into settings.TEXT_SIZES."""
        return self._text_size

    @property
    def theme(self) -> str:
        """One of appearance.CHOICES: a theme, or the system's."""
        return self._theme

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        if lang != self._language:
            self._language = lang
            self.languageChanged.emit(lang)

    def set_text_size(self, index: int) -> None:
        index = max(0, min(len(TEXT_SIZES) - 1, index))
        if index != self._text_size:
            self._text_size = index
            self.textSizeChanged.emit(index)

    def set_theme(self, choice: str) -> None:
        if choice not in THEME_CHOICES:
            raise ValueError(f"unknown theme {choice!r}")
        if choice != self._theme:
            self._theme = choice
            self.themeChanged.emit(choice)

    def reset(self, language: str, text_size: int = DEFAULT_TEXT_SIZE,
              theme: str = SYSTEM) -> None:
        """Nothing of the previous reader: history, places, choices and consultation go,
        and the language, text size and theme are the ones a new reader starts with."""
        self.history.clear()
        self.scroll_positions.clear()
        self.experience_filter = ""
        self.consultation.clear()
        self.set_language(language)
        self.set_text_size(text_size)
        self.set_theme(theme)
