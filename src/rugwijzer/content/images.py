"""Which picture files may be shown: files inside a given folder, not too large.

The check is made on the resolved path, so neither ``..`` nor a symbolic link leads out.
"""

from __future__ import annotations

from pathlib import Path

from .limits import MAX_IMAGE_BYTES, size_text


def resolved(path: Path) -> Path | None:
    """``path`` with every link and ``..`` followed, or None when that cannot be done."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL byte in the name
        return None


def inside(path: Path, roots: list[Path]) -> bool:
    """Whether ``path`` lies, after following links, inside one of ``roots``."""
    found = resolved(path)
    return found is not None and any(
        (root_path := resolved(root)) is not None and found.is_relative_to(root_path)
        for root in roots)


def file_problem(path: Path) -> str | None:
    """Why the image file ``path`` cannot be shown, or None."""
    try:
        size = path.stat().st_size
        is_file = path.is_file()
    except (OSError, ValueError):
        return f"not found (looked for {path})"
    if not is_file:
        return f"not found (looked for {path})"
    if size > MAX_IMAGE_BYTES:
        return f"is {size_text(size)}; an image may be at most {size_text(MAX_IMAGE_BYTES)}"
    return None
