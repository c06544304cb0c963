"""The one place that knows where Rugwijzer's bundled files live.

Installed (wheel or .deb) and frozen builds carry them inside the package as
``rugwijzer/resources``; a source checkout keeps them in the repository's ``resources/``.
"""

from __future__ import annotations

import importlib.util
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


def icon_font() -> tuple[Path, Path] | None:
    """The Material Design icon font and its name-to-codepoint map, as shipped by qtawesome.

    Located without importing qtawesome: its import goes through qtpy, which copies every
    Qt binding attribute into its own modules and costs more start-up time and memory than
    all of Rugwijzer's own code.
    """
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    for ttf in sorted(fonts.glob("materialdesignicons6-webfont-*.ttf"), reverse=True):
        version = ttf.stem.rsplit("-", 1)[-1]
        charmap = fonts / f"materialdesignicons6-webfont-charmap-{version}.json"
        if charmap.is_file():
            return ttf, charmap
    return None


def notice_folders(content: Path | None) -> list[Path]:
    """The shipped notices and those in a clinic's content folder (``DIR/notices``)."""
    folders = [resource("notices")]
    if content is not None:
        folders.append(content / "notices")
    return folders


def synonym_folders(content: Path | None) -> list[Path]:
    """The shipped search synonyms and those in a clinic's content folder (``DIR/search``)."""
    folders = [resource("search")]
    if content is not None:
        folders.append(content / "search")
    return folders
