"""Work kept between runs so that a start need not repeat it: what a file was read as, a
text's HTML, the spine's drawings, their parts' outlines and the first pictures of them.

Each entry is named by a hash of everything its content follows from: the bytes it was
made from, this program's version and the files of the code that made it (a source
checkout changes without a new version number). An entry that is missing, unreadable or
damaged is made again; a folder that cannot be written (a read-only home folder, a locked
tablet account) only means nothing is kept. No entry is ever trusted beyond its key.

Nothing is kept until :func:`use` names a folder: tests and tools that read content
without the program's window leave no files behind.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import __version__

try:  # without hashlib, which loads OpenSSL for hashes this module does not use
    from _blake2 import blake2b
except ImportError:
    from hashlib import blake2b

log = logging.getLogger(__name__)

VERSIONS_KEPT = 3
_folder: Path | None = None
_cleaned: set[Path] = set()


def use(folder: Path | None) -> None:
    """Keep entries in ``folder`` from now on; None keeps nothing."""
    global _folder
    _folder = folder
    _cleaned.clear()


def folder() -> Path | None:
    return _folder


def code_stamp(files: Iterable[str | None]) -> str:
    """What identifies the code in ``files`` (module ``__file__`` values): its size and
    time of change where the file exists, as Python's own bytecode cache compares them.
    A frozen program's modules have no files of their own; its version identifies them."""
    parts = [__version__, sys.version]
    for name in files:
        if not name:
            continue
        try:
            info = os.stat(name)
        except OSError:
            continue
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


_stamped: dict[str, Any] = {}  # per stamp, a hash fed with it, copied for each key


def key(stamp: str, *data: bytes | str) -> str:
    """The name of the entry made from ``data`` by the code identified by ``stamp``."""
    start = _stamped.get(stamp)
    if start is None:
        start = _stamped[stamp] = blake2b(stamp.encode(), digest_size=20)
    digest = start.copy()
    for part in data:
        raw = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "little"))
        digest.update(raw)
    return digest.hexdigest()


_SEAL = b"rugwijzer-cache\n"
_DIGEST = 20


def sealed(payload: bytes) -> bytes:
    """``payload`` with a checksum, for :func:`unsealed` to find it as it was written."""
    return _SEAL + blake2b(payload, digest_size=_DIGEST).digest() + payload


def unsealed(data: bytes) -> bytes | None:
    """The payload :func:`sealed` wrapped, or None when ``data`` is not whole or not as it
    was written: binary forms (Qt's, Python's ``marshal``) are read only once it is."""
    head = len(_SEAL) + _DIGEST
    payload = data[head:]
    if not data.startswith(_SEAL) or \
            blake2b(payload, digest_size=_DIGEST).digest() != data[len(_SEAL):head]:
        return None
    return payload


def _kind_folder(kind: str, stamp: str) -> Path | None:
    """The folder of one kind of entry made by the code of ``stamp``."""
    if _folder is None:
        return None
    return _folder / f"{kind}-{key(stamp)[:16]}"


def read(kind: str, stamp: str, name: str) -> bytes | None:
    """The entry ``name`` of ``kind``, or None."""
    place = _kind_folder(kind, stamp)
    if place is None:
        return None
    try:
        return (place / name).read_bytes()
    except (OSError, ValueError):
        return None


def write(kind: str, stamp: str, name: str, data: bytes) -> None:
    """Keep ``data`` as the entry ``name`` of ``kind``; where it cannot be kept, it is not.

    The entry is written under a temporary name and renamed, so a reader finds it whole
    or not at all. The first entry written by a version of the code removes what other
    versions left of this kind, but for the last few.
    """
    place = _kind_folder(kind, stamp)
    if place is None:
        return
    temporary = place / f".{name}.{os.getpid()}.part"
    try:
        place.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, place / name)
    except (OSError, ValueError) as exc:
        log.info("cannot keep %s in %s: %s", name, place, exc)
        with contextlib.suppress(OSError, ValueError):
            temporary.unlink()
        return
    if place not in _cleaned:
        _cleaned.add(place)
        _remove_others(kind, place)


def trim(kind: str, stamp: str, kept: int) -> None:
    """Remove all but the ``kept`` entries of ``kind`` written to last: for entries that
    follow from things that vary between runs (a window's size), not only from files."""
    place = _kind_folder(kind, stamp)
    if place is None:
        return
    for entry in _beyond_newest(lambda: (p for p in place.iterdir()
                                         if not p.name.startswith(".")), kept):
        with contextlib.suppress(OSError):
            entry.unlink()


def _remove_others(kind: str, keep: Path) -> None:
    """Remove the entries of ``kind`` made by other versions of the code, all but the
    :data:`VERSIONS_KEPT` written to last: two programs that share the folder (an installed
    one and a source checkout) keep theirs."""
    others = _beyond_newest(lambda: (p for p in keep.parent.glob(f"{kind}-*")
                                     if p != keep and p.is_dir()), VERSIONS_KEPT - 1)
    for other in others:
        with contextlib.suppress(OSError):
            for entry in other.iterdir():
                entry.unlink()
            other.rmdir()


def _beyond_newest(paths: Callable[[], Iterable[Path]], kept: int) -> list[Path]:
    """Those of ``paths`` that are not among the ``kept`` changed last; none where the
    folder cannot be listed."""
    try:
        return sorted(paths(), key=lambda p: p.stat().st_mtime_ns, reverse=True)[kept:]
    except OSError:
        return []
