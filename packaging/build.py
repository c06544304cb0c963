"""Build Rugwijzer's installers: the frozen program, the .deb and the Windows installer.

    python packaging/build.py freeze     # dist/rugwijzer/ (PyInstaller one-folder), smoke-tested
    python packaging/build.py deb        # dist/rugwijzer_<version>_amd64.deb from dist/rugwijzer/
    python packaging/build.py nsis       # the NSIS installer from dist/rugwijzer/ (makensis)
    python packaging/build.py smoke EXE  # smoke-test an installed program (--version, ...)
    python packaging/build.py version    # print the version that every artefact carries

On Linux ``bash packaging/build.sh`` installs the system tools first and runs these. The
build venv (build/venv) is kept between runs and refreshed when its requirements change;
Rugwijzer itself is reinstalled every time from a fresh copy of this working tree.
Standard library only: it runs with any Python 3.11+ and drives the build venv.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
WINDOWS = sys.platform.startswith("win")
APP_ID = "nl.rugwijzer.Rugwijzer"
FROZEN = DIST / "rugwijzer"
EXECUTABLE = FROZEN / ("rugwijzer.exe" if WINDOWS else "rugwijzer")
MAINTAINER = os.environ.get("RUGWIJZER_MAINTAINER", "Rugwijzer <dev@rugwijzer.invalid>")
MIB = 1024 * 1024
FROZEN_BUDGET = 140 * MIB
DEB_BUDGET = 45 * MIB
# What a build needs from the working tree: setup.py bundles resources/ and compiles
# translations/ into the package.
SOURCE_ITEMS = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "src", "resources",
                "translations")
SOURCE_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.qm")


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(command: Sequence[str | Path], **kwargs) -> subprocess.CompletedProcess:
    print("    $ " + " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def project_version() -> str:
    """``rugwijzer.__version__``, read without importing the package (no Qt needed)."""
    source = (ROOT / "src" / "rugwijzer" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], "id", None) == "__version__"):
            return ast.literal_eval(node.value)
    raise SystemExit("src/rugwijzer/__init__.py defines no __version__")


def deb_version(version: str) -> str:
    """PEP 440 to Debian ordering: 1.2.0rc1 and 1.2.0.dev3 sort before 1.2.0 (``~``)."""
    return re.sub(r"\.?(a|b|rc|dev)(\d+)", r"~\1\2", version)


def version_quad(version: str) -> str:
    """Four numbers for Windows version fields: 1.2.0rc1 -> 1.2.0.0."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def release_time() -> int:
    """When this version was made: SOURCE_DATE_EPOCH, else the last commit, else now.

    Used for the changelog and AppStream release date, so that rebuilding the same commit
    gives the same package contents.
    """
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    if (ROOT / ".git").exists() and shutil.which("git"):
        done = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                              capture_output=True, text=True, check=False)
        if done.returncode == 0 and done.stdout.strip().isdigit():
            return int(done.stdout.strip())
    return int(time.time())


# --- build venv ---------------------------------------------------------------------------

def venv_python() -> Path:
    venv = BUILD / "venv"
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def ensure_venv() -> Path:
    """The build venv with PyInstaller and Rugwijzer's dependencies, pinned by constraints."""
    python = venv_python()
    constraints = PACKAGING / "constraints.txt"
    requirements = PACKAGING / "requirements-build.txt"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dependencies = project["dependencies"]
    stamp_text = "\n".join([sys.version, constraints.read_text(encoding="utf-8"),
                            requirements.read_text(encoding="utf-8"), *dependencies])
    stamp = BUILD / "venv" / "rugwijzer-build.stamp"
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == stamp_text:
        say(f"build venv is up to date ({python.parent.parent})")
        return python
    if not python.exists():
        say(f"creating the build venv in {python.parent.parent}")
        run([sys.executable, "-m", "venv", BUILD / "venv"])
    say("installing PyInstaller and Rugwijzer's dependencies into the build venv")
    pip = [python, "-m", "pip", "--disable-pip-version-check", "install", "-c", constraints]
    run([*pip, "-r", requirements, *dependencies])
    stamp.write_text(stamp_text, encoding="utf-8")
    return python


def export_source() -> Path:
    """A clean copy of the working tree's sources: no build leftovers of earlier runs."""
    target = BUILD / "source"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for item in SOURCE_ITEMS:
        path = ROOT / item
        if path.is_dir():
            shutil.copytree(path, target / item, ignore=SOURCE_IGNORE)
        else:
            shutil.copy2(path, target / item)
    return target


def install_app(python: Path) -> None:
    say("installing Rugwijzer from this working tree into the build venv")
    source = export_source()
    run([python, "-m", "pip", "--disable-pip-version-check", "install", "--no-deps",
         "--no-build-isolation", "--force-reinstall", "--quiet", source])
    installed = subprocess.run([python, "-c", "import rugwijzer; print(rugwijzer.__version__)"],
                               capture_output=True, text=True, check=True).stdout.strip()
    if installed != project_version():
        raise SystemExit(f"the build venv has rugwijzer {installed}, "
                         f"the source says {project_version()}")


# --- freeze -------------------------------------------------------------------------------

def smoke_environment(home: Path) -> dict[str, str]:
    """Offscreen, and a throw-away home so that a smoke test leaves no settings behind."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(home / "runtime"))
    if WINDOWS:
        env.update(APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"))
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def smoke_test(executable: Path) -> None:
    """The program starts, finds its content, and paints its window."""
    version = project_version()
    with tempfile.TemporaryDirectory(prefix="rugwijzer-smoke-") as tmp:
        env = smoke_environment(Path(tmp))
        say(f"smoke test: {executable} --version")
        out = run([executable, "--version"], env=env, capture_output=True, text=True).stdout
        if out.strip() != f"rugwijzer {version}":
            raise SystemExit(f"--version printed {out.strip()!r}, expected 'rugwijzer {version}'")
        say(f"smoke test: {executable} --check-content")
        run([executable, "--check-content"], env=env)
        shot = Path(tmp) / "screenshot.png"
        say(f"smoke test: {executable} --screenshot")
        run([executable, "--screenshot", shot, "--open", "hernia"], env=env, timeout=120)
        if not shot.is_file() or shot.stat().st_size < 10_000:
            raise SystemExit("--screenshot wrote no picture of the window")
        say(f"smoke test: {executable}, started as a reader starts it")
        started = subprocess.Popen([executable], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
        try:
            time.sleep(5)
            if started.poll() is not None:
                raise SystemExit(f"the program stopped at once:\n{started.stderr.read()}")
        finally:
            started.terminate()
            started.wait(timeout=30)
        BUILD.mkdir(exist_ok=True)
        shutil.copy2(shot, BUILD / "frozen-screenshot.png")


def freeze() -> None:
    python = ensure_venv()
    install_app(python)
    say("rendering the icons")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run([python, PACKAGING / "icons.py", BUILD / "icons"], env=env)
    say("freezing with PyInstaller")
    run([python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller", PACKAGING / "rugwijzer.spec"])
    if not WINDOWS:
        clean_runpaths(FROZEN)
    smoke_test(EXECUTABLE)
    size = folder_size(FROZEN)
    report = size_report(FROZEN)
    (BUILD / "size-report.txt").write_text(report, encoding="utf-8")
    print(report)
    say(f"frozen program: {FROZEN} ({size / MIB:.1f} MiB, budget {FROZEN_BUDGET // MIB} MiB)")
    if size > FROZEN_BUDGET:
        raise SystemExit(f"the frozen program is {size / MIB:.1f} MiB, over its budget")


def clean_runpaths(folder: Path) -> None:
    """Drop library search paths that point outside the bundle.

    A Python built into a private prefix (pyenv, a CI runner's tool cache) gives its
    libpython and extension modules a RUNPATH to that prefix; on a clinic PC the path means
    nothing, or worse, finds a different Python. Paths relative to the bundle ($ORIGIN) stay.
    """
    changed = 0
    for binary in elf_files(folder):
        output = subprocess.run(["readelf", "-d", "-W", str(binary)], capture_output=True,
                                text=True, check=True).stdout
        match = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]", output)
        if not match:
            continue
        entries = match.group(1).split(":")
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if kept == entries:
            continue
        if kept:
            command = ["patchelf", "--set-rpath", ":".join(kept), str(binary)]
        else:
            command = ["patchelf", "--remove-rpath", str(binary)]
        subprocess.run(command, check=True)
        changed += 1
    if changed:
        say(f"removed search paths outside the bundle from {changed} libraries")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def size_group(relative: str) -> str:
    """What a bundled file is, for the size report."""
    name = relative.rsplit("/", 1)[-1].lower()
    if "/plugins/" in relative:
        return "Qt plugins"
    if name.startswith("libicu") or name.startswith("icu"):
        return "ICU (Unicode data for QtCore)"
    if "qt6" in name and (".so" in name or name.endswith(".dll")):
        return "Qt libraries"
    if "pyside6" in name or "shiboken6" in name or name.endswith(".abi3.so") or (
            relative.startswith(("_internal/PySide6", "_internal/shiboken6"))
            and name.endswith((".pyd", ".so"))):
        return "PySide6 bindings"
    if "/translations/" in relative and name.endswith(".qm") and name.startswith("qt"):
        return "Qt translations"
    if "/rugwijzer/resources/" in relative:
        return "Rugwijzer content and translations"
    if "/fontpkg_atkinson_hyperlegible/" in relative or "/qtawesome/" in relative:
        return "fonts"
    if name.startswith(("libpython", "python3")) or "lib-dynload" in relative or \
            name == "base_library.zip" or relative.startswith("rugwijzer"):
        return "Python runtime and code (executable with the bytecode archive)"
    if "/licenses/" in relative:
        return "licence texts"
    return "other libraries and files"


def human_size(size: int) -> str:
    return f"{size / MIB:7.1f} MiB" if size >= MIB else f"{size / 1024:7.0f} KiB"


def size_report(folder: Path) -> str:
    groups: dict[str, int] = {}
    files: list[tuple[int, str]] = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(folder).as_posix()
            size = path.stat().st_size
            groups[size_group(relative)] = groups.get(size_group(relative), 0) + size
            files.append((size, relative))
    total = sum(groups.values())
    lines = [f"{folder}: {total / MIB:.1f} MiB in {len(files)} files", "", "by kind:"]
    lines += [f"  {human_size(size)}  {group}"
              for group, size in sorted(groups.items(), key=lambda item: -item[1])]
    lines += ["", "largest files:"]
    lines += [f"  {human_size(size)}  {name}" for size, name in sorted(files, reverse=True)[:15]]
    return "\n".join(lines) + "\n"


# --- .deb ---------------------------------------------------------------------------------

def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(binary: Path) -> list[str]:
    output = subprocess.run(["readelf", "-d", "-W", str(binary)], capture_output=True,
                            text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def symbol_versions(binaries: Iterable[Path], prefix: str) -> list[tuple[int, ...]]:
    """The versions of e.g. GLIBC_ symbols that the binaries require."""
    versions: set[tuple[int, ...]] = set()
    for binary in binaries:
        output = subprocess.run(["readelf", "-V", "-W", str(binary)], capture_output=True,
                                text=True, check=True).stdout
        for match in re.findall(rf"Name: {prefix}_([\d.]+)\b", output):
            versions.add(tuple(int(n) for n in match.split(".")))
    return sorted(versions)


def system_library_paths() -> dict[str, str]:
    """soname -> path of the libraries the dynamic linker knows (x86-64 only)."""
    output = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                            check=True).stdout
    paths: dict[str, str] = {}
    for line in output.splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and "x86-64" in match.group(2):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_package(path: str) -> str | None:
    """The Debian package that installed a library file (merged-/usr aware)."""
    candidates = [path, os.path.realpath(path)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr"):])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        done = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True,
                              check=False)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def read_depends() -> list[list[str]]:
    """packaging/linux/depends.txt: one dependency a line, alternatives with ``|``."""
    groups = []
    for line in (PACKAGING / "linux" / "depends.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            groups.append([alternative.strip() for alternative in line.split("|")])
    return groups


# Oldest libstdc++6 that provides a GLIBCXX_3.4.N symbol version (from GCC's ABI history).
GLIBCXX_PACKAGE = {28: "9", 29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14", 34: "15"}


def system_depends(folder: Path) -> str:
    """The Depends field, checked against what the bundled binaries really load.

    Every shared library that a bundled binary needs and the bundle does not carry must come
    from a package named in depends.txt; the minimum versions of glibc and libstdc++ follow
    from the symbol versions the binaries use.
    """
    binaries = elf_files(folder)
    bundled = {path.name for path in folder.rglob("*")}
    system = system_library_paths()
    needed_by: dict[str, set[str]] = {}
    for binary in binaries:
        for soname in needed_libraries(binary):
            if soname not in bundled:
                needed_by.setdefault(soname, set()).add(binary.relative_to(folder).as_posix())
    groups = read_depends()
    listed = {name.split()[0] for group in groups for name in group}
    problems, used = [], set()
    for soname, users in sorted(needed_by.items()):
        path = system.get(soname)
        package = owning_package(path) if path else None
        if package is None:
            problems.append(f"{soname} (needed by {', '.join(sorted(users)[:3])}) is not "
                            "installed here: install it and name its package in depends.txt")
        elif package not in listed:
            problems.append(f"{soname} comes from {package}, which depends.txt does not name "
                            f"(needed by {', '.join(sorted(users)[:3])})")
        else:
            used.add(package)
    if problems:
        raise SystemExit("packaging/linux/depends.txt is incomplete:\n  " + "\n  ".join(problems))
    for group in groups:
        if not used & {name.split()[0] for name in group}:
            print(f"    note: depends.txt names {' | '.join(group)}, which no bundled binary "
                  "links to", flush=True)
    glibc = symbol_versions(binaries, "GLIBC")[-1]
    glibcxx = [v for v in symbol_versions(binaries, "GLIBCXX") if v[:2] == (3, 4)][-1]
    if glibcxx[2] not in GLIBCXX_PACKAGE:
        raise SystemExit(f"GLIBCXX_{'.'.join(map(str, glibcxx))} is not in GLIBCXX_PACKAGE")
    minimum = {"libc6": ".".join(map(str, glibc)),
               "libstdc++6": GLIBCXX_PACKAGE[glibcxx[2]]}

    def with_version(name: str) -> str:
        return f"{name} (>= {minimum[name]})" if name in minimum else name

    return ", ".join(" | ".join(with_version(name) for name in group) for group in groups)


def gzip_bytes(data: bytes) -> bytes:
    # mtime 0 and no file name: the same input gives the same bytes (gzip -9n).
    return gzip.compress(data, compresslevel=9, mtime=0)


def man_page(python: Path, version: str, date: str) -> str:
    """rugwijzer(1) from the program's own argparse definition, so the two never differ."""
    script = r"""
import sys
from rugwijzer.__main__ import build_parser

def esc(text):
    return text.replace("\\", "\\e").replace("-", "\\-")

parser = build_parser()
out = [".SH OPTIONS"]
for group in parser._action_groups:
    actions = [a for a in group._group_actions if a.help and a.option_strings]
    if not actions:
        continue
    if group.title not in ("options", "optional arguments"):
        out.append(".SS " + esc(group.title.capitalize()))
    for action in actions:
        names = ", ".join("\\fB" + esc(o) + "\\fR" for o in action.option_strings)
        if action.metavar or action.nargs != 0:
            names += " \\fI" + esc(str(action.metavar or action.dest.upper())) + "\\fR"
        out += [".TP", names, esc(action.help.replace("%(default)s", str(action.default)))]
print(esc(parser.description))
print("\n".join(out))
"""
    done = subprocess.run([python, "-c", script], capture_output=True, text=True, check=True)
    description, options = done.stdout.split("\n", 1)
    return f""".TH RUGWIJZER 1 "{date}" "Rugwijzer {version}" "User Commands"
.SH NAME
rugwijzer \\- patient education about back problems, fully offline
.SH SYNOPSIS
.B rugwijzer
[\\fIOPTION\\fR]...
.SH DESCRIPTION
{description}
{options}.SH FILES
.TP
.I /etc/rugwijzer/clinic.toml
The clinic's profile for every user of this computer: name, contact details, logo, accent
colour and tablet-mode settings. Every key is described in the file.
.TP
.I ~/.config/Rugwijzer/Rugwijzer.ini
Each user's window size, language, text size and last topic.
.TP
.I ~/.local/share/Rugwijzer/Rugwijzer/
Crash reports (crash\\-*.log, fault.log), written only when something goes wrong.
.SH NOTES
Rugwijzer never opens a network connection and sends nothing anywhere.
.SH SEE ALSO
/usr/share/doc/rugwijzer/copyright
"""


def stage_deb(stage: Path, version: str, python: Path) -> None:
    linux = PACKAGING / "linux"
    released = release_time()
    date_822 = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(released))
    date_iso = time.strftime("%Y-%m-%d", time.gmtime(released))

    shutil.copytree(FROZEN, stage / "opt" / "rugwijzer", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    # Across top-level directories Debian wants absolute links.
    (stage / "usr" / "bin" / "rugwijzer").symlink_to("/opt/rugwijzer/rugwijzer")

    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", date_iso)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    shutil.copytree(BUILD / "icons" / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(PACKAGING / "icons" / "rugwijzer.svg", scalable / f"{APP_ID}.svg")

    (share / "man" / "man1").mkdir(parents=True)
    man = man_page(python, version, date_iso)
    (share / "man" / "man1" / "rugwijzer.1.gz").write_bytes(gzip_bytes(man.encode()))
    doc = share / "doc" / "rugwijzer"
    doc.mkdir(parents=True)
    shutil.copy2(linux / "copyright", doc / "copyright")
    changelog = (f"rugwijzer ({deb_version(version)}) unstable; urgency=medium\n\n"
                 f"  * Rugwijzer {version}.\n\n -- {MAINTAINER}  {date_822}\n")
    (doc / "changelog.gz").write_bytes(gzip_bytes(changelog.encode()))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(linux / "lintian-overrides", overrides / "rugwijzer")

    (stage / "etc" / "rugwijzer").mkdir(parents=True)
    shutil.copy2(linux / "clinic.toml", stage / "etc" / "rugwijzer" / "clinic.toml")

    normalise_permissions(stage)
    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    conffiles = ["/etc/rugwijzer/clinic.toml"]
    (control_dir / "conffiles").write_text("\n".join(conffiles) + "\n", encoding="utf-8")
    shutil.copy2(linux / "postrm", control_dir / "postrm")
    (control_dir / "postrm").chmod(0o755)
    (control_dir / "md5sums").write_text(md5sums(stage, conffiles), encoding="utf-8")
    installed_kib = (folder_size(stage) - folder_size(control_dir) + 1023) // 1024
    control = (linux / "control").read_text(encoding="utf-8")
    control = (control.replace("@VERSION@", deb_version(version))
               .replace("@MAINTAINER@", MAINTAINER)
               .replace("@INSTALLED_SIZE@", str(installed_kib))
               .replace("@DEPENDS@", system_depends(FROZEN)))
    (control_dir / "control").write_text(control, encoding="utf-8")
    for path in control_dir.iterdir():
        if path.name != "postrm":
            path.chmod(0o644)


def normalise_permissions(stage: Path) -> None:
    """Directories and programs 0755, everything else (shared libraries too) 0644."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        executable = False
        if path.stat().st_mode & stat.S_IXUSR:
            with path.open("rb") as handle:
                head = handle.read(64)
            # ET_EXEC or a position-independent executable (ET_DYN with an interpreter) is a
            # program; shared libraries have no reason to be executable.
            executable = head.startswith(b"#!") or (
                head.startswith(b"\x7fELF") and ".so" not in path.name)
        path.chmod(0o755 if executable else 0o644)


def md5sums(stage: Path, conffiles: Iterable[str]) -> str:
    lines = []
    for path in sorted(stage.rglob("*")):
        relative = path.relative_to(stage).as_posix()
        if (path.is_file() and not path.is_symlink() and not relative.startswith("DEBIAN/")
                and "/" + relative not in conffiles):
            lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative}")
    return "\n".join(lines) + "\n"


def deb() -> Path:
    if not EXECUTABLE.exists():
        raise SystemExit(f"{EXECUTABLE} is missing: run 'build.py freeze' first")
    version = project_version()
    python = venv_python()
    stage = BUILD / "deb" / "root"
    if stage.parent.exists():
        shutil.rmtree(stage.parent)
    stage.mkdir(parents=True)
    say("staging the .deb")
    stage_deb(stage, version, python)
    target = DIST / f"rugwijzer_{deb_version(version)}_amd64.deb"
    target.unlink(missing_ok=True)
    say("building the .deb")
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", stage, target])
    check_deb(target, stage)
    size = target.stat().st_size
    say(f"{target.name}: {size / MIB:.1f} MiB (budget {DEB_BUDGET // MIB} MiB)")
    if size > DEB_BUDGET:
        raise SystemExit(f"the .deb is {size / MIB:.1f} MiB, over its budget")
    return target


def check_deb(target: Path, stage: Path) -> None:
    share = stage / "usr" / "share"
    say("desktop-file-validate")
    run(["desktop-file-validate", share / "applications" / f"{APP_ID}.desktop"])
    say("appstreamcli validate")
    run(["appstreamcli", "validate", "--no-net", "--explain",
         share / "metainfo" / f"{APP_ID}.metainfo.xml"])
    say("lintian")
    run(["lintian", "--fail-on", "error,warning", "--display-info", "--no-tag-display-limit",
         target])


# --- Windows installer --------------------------------------------------------------------

def makensis() -> Path:
    found = shutil.which("makensis")
    if not found and WINDOWS:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
                found = str(Path(base) / "NSIS" / "makensis.exe")
    if not found:
        raise SystemExit("makensis was not found: install NSIS (Debian: apt-get install nsis)")
    return Path(found)


def nsis() -> Path:
    if not FROZEN.is_dir():
        raise SystemExit(f"{FROZEN} is missing: run 'build.py freeze' first")
    version = project_version()
    if WINDOWS:
        target = DIST / f"Rugwijzer-{version}-setup.exe"
    else:
        # A compile check only: the installer would carry the Linux build.
        target = BUILD / "nsis" / f"Rugwijzer-{version}-setup-compile-check.exe"
    target.parent.mkdir(parents=True, exist_ok=True)
    icon = BUILD / "icons" / "rugwijzer.ico"
    if not icon.is_file():
        raise SystemExit(f"{icon} is missing: run 'build.py freeze' first")
    say(f"compiling the Windows installer with {makensis()}")
    run([makensis(), "-V2", "-WX", "-INPUTCHARSET", "UTF8",
         f"-DVERSION={version}", f"-DVERSION_QUAD={version_quad(version)}",
         f"-DSOURCE_DIR={FROZEN}", f"-DICON={icon}", f"-DOUTFILE={target}",
         f"-DINSTALLED_SIZE_KB={folder_size(FROZEN) // 1024}",
         PACKAGING / "windows" / "rugwijzer.nsi"])
    say(f"{target}: {target.stat().st_size / MIB:.1f} MiB")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("freeze", "deb", "nsis", "smoke", "version"))
    parser.add_argument("executable", nargs="?", type=Path,
                        help="the program to smoke-test (smoke only)")
    args = parser.parse_args(argv)
    if (args.step == "smoke") != (args.executable is not None):
        parser.error("an executable is given with 'smoke' and only with it")
    if args.step == "version":
        print(project_version())
    elif args.step == "smoke":
        smoke_test(args.executable)
    elif args.step == "freeze":
        freeze()
    elif args.step == "deb":
        deb()
    else:
        nsis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
