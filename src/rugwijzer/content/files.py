"""Reading the files a clinic edits: every fault becomes a Diagnostic, never an exception."""

from __future__ import annotations

import fnmatch
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, toml_error
from .limits import size_text, toml_nesting

_BOM = b"\xef\xbb\xbf"
_NO_WAIT = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
# Python refuses to turn a decimal number of more than about 4300 digits into an int.
_HUGE_NUMBER = re.compile(r"[0-9][0-9_]{4000,}")


def listed(folder: Path, pattern: str) -> tuple[list[Path], list[Diagnostic]]:
    """The files in ``folder`` matching ``pattern``, and a problem for anything else so named.

    A folder or a device called ``x.md`` is reported rather than opened: opening a named
    pipe would wait for ever.
    """
    files: list[Path] = []
    problems: list[Diagnostic] = []
    try:
        with os.scandir(folder) as entries:
            # In the order of the paths, by their names: comparing whole paths is slow.
            found = sorted((entry for entry in entries if fnmatch.fnmatch(entry.name, pattern)),
                           key=lambda entry: os.path.normcase(entry.name))
    except OSError as exc:
        return [], [Diagnostic(folder, None, f"cannot be read: {exc.strerror or exc}")]
    for entry in found:
        path = folder / entry.name
        try:
            # The directory's own word for an ordinary file; anything else is looked at.
            regular = entry.is_file()
            mode = stat.S_IFREG if regular else path.stat().st_mode
        except OSError as exc:  # a link to nowhere, or in a circle
            problems.append(Diagnostic(path, None, f"cannot be read: {exc.strerror or exc}"))
            continue
        if stat.S_ISREG(mode):
            files.append(path)
        else:
            problems.append(_not_a_file(path, mode))
    return files, problems


def _not_a_file(path: Path, mode: int) -> Diagnostic:
    kind = "a folder" if stat.S_ISDIR(mode) else "not an ordinary file"
    return Diagnostic(path, None, f"is {kind}, not a text file; it is skipped")


def _read_bytes(path: Path, max_bytes: int) -> tuple[bytes, int] | Diagnostic:
    """At most ``max_bytes + 1`` bytes of ``path`` and its size, with the operating system's
    own calls: thousands of topic files are read at every start. Opened without waiting,
    so that a named pipe is found to be one rather than waited on."""
    try:
        handle = os.open(path, os.O_RDONLY | _NO_WAIT)
    except OSError as exc:
        try:
            mode = os.stat(path).st_mode
        except OSError:
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode):  # a folder cannot be opened on Windows
            return _not_a_file(path, mode)
        return Diagnostic(path, None, f"cannot be read: {exc.strerror or exc}")
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            return _not_a_file(path, info.st_mode)
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(handle, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        return Diagnostic(path, None, f"cannot be read: {exc.strerror or exc}")
    finally:
        os.close(handle)
    return b"".join(chunks), info.st_size


def read_text(path: Path, max_bytes: int) -> str | Diagnostic:
    """The UTF-8 text of ``path``, or why it cannot be used.

    A byte order mark is dropped and every line ends in "\\n", as the line numbers in
    messages count them. At most ``max_bytes`` are read: a larger file is reported.
    """
    read = _read_bytes(path, max_bytes)
    if isinstance(read, Diagnostic):
        return read
    data, size = read
    if len(data) > max_bytes:
        return Diagnostic(path, data[:max_bytes].count(b"\n") + 1,
                          f"the file is {size_text(max(size, len(data)))}, more than the "
                          f"{size_text(max_bytes)} a file of this kind may be; the limit "
                          "falls on this line")
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Diagnostic(path, data[:exc.start].count(b"\n") + 1,
                          f"not UTF-8 text ({exc.reason}: byte 0x{data[exc.start]:02x}); "
                          "save the file as UTF-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def text_lines(text: str) -> list[str]:
    """The lines of ``text`` from :func:`read_text`: split at "\\n" only, where a TOML parser
    and an editor count lines too, and with no empty line after the last line break."""
    lines = text.split("\n")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def parse_toml(text: str, path: Path, first_line: int, what: str) -> dict[str, Any] | Diagnostic:
    """The TOML ``text`` that starts on ``first_line`` of ``path``, or its first fault.

    ``what`` names the text in messages, such as "invalid front matter".
    """
    deep = toml_nesting(text)
    if deep is not None:
        return Diagnostic(path, first_line + deep[0] - 1, f"{what}: {deep[1]}")
    last_line = first_line + text.rstrip("\n").count("\n")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = toml_error(exc, first_line, last_line)
        return Diagnostic(path, line, f"{what}: {message}")
    except ValueError:
        huge = _HUGE_NUMBER.search(text)
        offset = text.count("\n", 0, huge.start()) if huge else 0
        return Diagnostic(path, first_line + offset, f"{what}: a number has too many digits")
