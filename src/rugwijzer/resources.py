"""The one place that knows where Rugwijzer's bundled files live.

Installed (wheel or .deb) and frozen builds carry them inside the package as
``rugwijzer/resources``; a source checkout keeps them in the repository's ``resources/``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parents[1] / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "rugwijzer" / "resources")
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError(
        "Rugwijzer's resources were not found; looked in: "
        + ", ".join(str(c) for c in candidates))


def content_dir() -> Path:
    return resources_dir() / "content"


def translations_dir() -> Path:
    """Compiled ``.qm`` files: built into the package, or into ``build/`` for a checkout."""
    bundled = resources_dir() / "translations"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parents[1] / "build" / "translations"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def font_files() -> list[Path]:
    """The bundled Atkinson Hyperlegible font files, from its PyPI package."""
    try:
        import fontpkg_atkinson_hyperlegible as fonts
    except ImportError:
        return []
    folder = Path(fonts.__file__).resolve().parent / "files"
    return sorted(folder.glob("*.ttf"))
