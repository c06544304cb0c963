"""Build steps that pyproject.toml cannot declare: bundle resources and compile translations.

The wheel (and so every install, the .deb and the frozen build) carries ``resources/`` inside
the package, plus the ``.qm`` files that Qt Linguist's ``lrelease`` compiles from
``translations/*.ts``. Compiled translations are never kept in the repository.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease_command() -> list[str]:
    """Qt's lrelease as shipped with PySide6 (a build requirement), or one on the PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        folder = Path(PySide6.__file__).resolve().parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise RuntimeError("Qt's lrelease was not found: install PySide6-Essentials")


def compile_translations(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts_file in sorted((ROOT / "translations").glob("*.ts")):
        qm_file = target / (ts_file.stem + ".qm")
        subprocess.run([*lrelease_command(), "-silent", str(ts_file), "-qm", str(qm_file)],
                       check=True)
        built.append(qm_file)
    return built


class BuildTranslations(Command):
    """``python setup.py build_translations``: compile into build/translations for a checkout."""

    description = "compile Qt Linguist translations"
    user_options: list = []

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        for path in compile_translations(ROOT / "build" / "translations"):
            print(path, file=sys.stderr)


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        package_dir = Path(self.build_lib) / "rugwijzer"
        resources = package_dir / "resources"
        if resources.exists():
            shutil.rmtree(resources)
        shutil.copytree(ROOT / "resources", resources,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        compile_translations(resources / "translations")


setup(cmdclass={"build_py": BuildPyWithResources, "build_translations": BuildTranslations})
