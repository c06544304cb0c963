"""Which pictures a text may show: files inside the content folder it came from, not too large.

The check is made on the resolved path, so neither ``..`` nor a symbolic link leads out.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from .limits import MAX_IMAGE_BYTES, size_text
from .markup import scheme

_DRIVE = re.compile(r"^[A-Za-z]:")


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


def locate_image(src: str, base_dir: Path | None, root: Path | None) -> Path | str:
    """The file of the image ``src`` of a text in ``base_dir``, or why it cannot be shown.

    ``root`` is the content folder the text came from; without one, no image shows.
    """
    if base_dir is None or root is None:
        return "is not shown: only topics show pictures"
    if not src.strip():
        return "has no file name"
    kind = "" if _DRIVE.match(src) else scheme(src)
    if kind in ("http", "https"):
        return ("must be a file in the content folder, not a web address "
                "(Rugwijzer works offline)")
    if kind:
        return f"must be a file in the content folder, named relative to the text, not '{kind}:'"
    name = unquote(src)
    if _DRIVE.match(name) or name.startswith(("/", "\\")):
        return "must be named relative to the text, not from the top of a disk"
    path = resolved(base_dir / name)
    if path is None:
        return f"cannot be found (looked for {base_dir / name})"
    if not inside(path, [root]):
        return f"is outside the content folder {root}"
    return file_problem(path) or path
