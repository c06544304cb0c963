"""Problems found in files a clinic edits, each tied to a file and, where known, a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: Path
    line: int | None
    message: str
    severity: str = "error"  # "error" or "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{location}: {prefix}{self.message}"
