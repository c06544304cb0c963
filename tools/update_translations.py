"""Refresh translations/*.ts from the source code with Qt Linguist's lupdate.

Run after changing user-visible strings: ``python tools/update_translations.py``, then
translate the new entries with Qt Linguist (``pyside6-linguist translations/rugwijzer_nl.ts``).
The build compiles the .ts files into .qm files; those are never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = [language["code"] for language in tomllib.loads(
    (ROOT / "resources" / "languages.toml").read_text("utf-8"))["language"]]


def lupdate() -> str:
    for name in ("pyside6-lupdate", "lupdate"):
        found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
        if found:
            return found
    raise SystemExit("lupdate not found: install PySide6-Essentials")


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))
    for lang in LANGUAGES:
        target = ROOT / "translations" / f"rugwijzer_{lang}.ts"
        subprocess.run([lupdate(), "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources, "-ts", str(target)],
                       check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
