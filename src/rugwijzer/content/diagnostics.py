"""Problems found in files a clinic edits, each tied to a file and, where known, a line."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

_TOML_POSITION = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: Path
    line: int | None
    message: str
    # "error", "warning", or "note": something to know that is not a fault, such as an
    # addition that still awaits the clinic's physician.
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        prefix = "" if self.is_error else f"{self.severity}: "
        return f"{location}: {prefix}{self.message}"


def toml_error(exc: tomllib.TOMLDecodeError, first_line: int, last_line: int) -> tuple[int, str]:
    """The file line and the message of a TOML syntax error in text that starts on
    ``first_line`` of its file; "at end of document" (a value cut off) is ``last_line``."""
    match = _TOML_POSITION.search(str(exc))
    line = first_line + int(match.group(1)) - 1 if match and match.group(1) else last_line
    return max(line, 1), _TOML_POSITION.sub("", str(exc)).strip()
