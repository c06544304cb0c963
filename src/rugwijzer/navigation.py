"""Back/forward history of opened topics, like a browser's."""

from __future__ import annotations


class History:
    def __init__(self, limit: int = 200) -> None:
        self._entries: list[str] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._entries[self._index] if self._index >= 0 else None

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._entries) - 1

    def visit(self, topic_id: str) -> None:
        """Record a newly opened topic; reopening the current one changes nothing."""
        if topic_id == self.current:
            return
        del self._entries[self._index + 1:]
        self._entries.append(topic_id)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def back(self) -> str | None:
        if self.can_go_back:
            self._index -= 1
        return self.current

    def forward(self) -> str | None:
        if self.can_go_forward:
            self._index += 1
        return self.current

    def clear(self) -> None:
        self._entries.clear()
        self._index = -1

    def entries(self) -> list[str]:
        return list(self._entries)
