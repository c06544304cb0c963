"""The drawings as built, and the outlines of their parts, kept in the cache folder (see
:mod:`rugwijzer.cache`) in Qt's own binary form of paths and points, so that a later start
reads in a few milliseconds what takes tens of milliseconds of boolean path operations to
build.

An entry is named by the view, its variant and a stamp of the drawing code and of Qt; it
carries a checksum of its contents, and one that does not match is built anew.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, qVersion
from PySide6.QtGui import QPainterPath

from .... import cache
from .model import Artwork, Label, Part

Shapes = list[tuple[str, QPainterPath]]  # each region's outline
Read = TypeVar("Read")
_stamp: str | None = None


def _code_stamp() -> str:
    global _stamp
    if _stamp is None:
        here = Path(__file__).parent
        _stamp = cache.code_stamp(sorted(str(p) for p in here.glob("*.py"))) + f"\nQt {qVersion()}"
    return _stamp


def _name(view: str, variant: bool) -> str:
    return f"{view}-{int(variant)}.bin"


def _stream(data: QByteArray, mode: QIODevice.OpenModeFlag) -> QDataStream:
    stream = QDataStream(data, mode)
    stream.setVersion(QDataStream.Version.Qt_6_0)
    return stream


def _optional(stream: QDataStream, text: str | None) -> None:
    stream.writeBool(text is not None)
    stream.writeQString(text or "")


def _read_optional(stream: QDataStream) -> str | None:
    present = stream.readBool()
    text = stream.readQString()
    return text if present else None


def _encoded(write: Callable[[QDataStream], None]) -> bytes:
    """What ``write`` puts in a stream, under a checksum."""
    data = QByteArray()
    write(_stream(data, QIODevice.OpenModeFlag.WriteOnly))
    return cache.sealed(data.data())


def _decoded(data: bytes, read: Callable[[QDataStream], Read]) -> Read | None:
    """What ``read`` takes from the stream ``data`` holds, or None unless ``data`` is whole
    and as it was written, and ``read`` took all of it and no more."""
    payload = cache.unsealed(data)
    if payload is None:
        return None
    buffer = QByteArray(payload)  # the stream reads it in place: it must outlive the stream
    stream = _stream(buffer, QIODevice.OpenModeFlag.ReadOnly)
    found = read(stream)
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        return None
    return found


def to_bytes(artwork: Artwork) -> bytes:
    def write(stream: QDataStream) -> None:
        stream.writeUInt32(len(artwork.parts))
        for part in artwork.parts:
            stream.writeQString(part.material)
            _optional(stream, part.region)
            stream.writeBool(part.backdrop)
            stream << part.path
        stream.writeUInt32(len(artwork.labels))
        for label in artwork.labels:
            stream.writeQString(label.text)
            stream << label.anchor
            stream.writeBool(label.target is not None)
            stream << (label.target if label.target is not None else QPointF())
            stream.writeInt32(label.rank)
            _optional(stream, label.term)
            stream.writeQString(label.kind)

    return _encoded(write)


def _read_artwork(stream: QDataStream) -> Artwork:
    artwork = Artwork()
    for _ in range(stream.readUInt32()):
        material = stream.readQString()
        region = _read_optional(stream)
        backdrop = stream.readBool()
        path = QPainterPath()
        stream >> path
        artwork.parts.append(Part(material, path, region, backdrop))
    for _ in range(stream.readUInt32()):
        text = stream.readQString()
        anchor, target = QPointF(), QPointF()
        stream >> anchor
        has_target = stream.readBool()
        stream >> target
        rank = stream.readInt32()
        term = _read_optional(stream)
        kind = stream.readQString()
        artwork.labels.append(Label(text, anchor, target if has_target else None, rank, term,
                                    kind))
    return artwork


def from_bytes(data: bytes) -> Artwork | None:
    """The drawing ``data`` holds, or None unless it is whole and as it was written."""
    return _decoded(data, _read_artwork)


def shapes_to_bytes(shapes: Shapes) -> bytes:
    def write(stream: QDataStream) -> None:
        stream.writeUInt32(len(shapes))
        for region, path in shapes:
            stream.writeQString(region)
            stream << path

    return _encoded(write)


def _read_shapes(stream: QDataStream) -> Shapes:
    shapes = []
    for _ in range(stream.readUInt32()):
        region = stream.readQString()
        path = QPainterPath()
        stream >> path
        shapes.append((region, path))
    return shapes


def shapes_from_bytes(data: bytes) -> Shapes | None:
    """The outlines ``data`` holds, or None unless it is whole and as it was written."""
    return _decoded(data, _read_shapes)


def load(view: str, variant: bool) -> Artwork | None:
    """The kept drawing of ``view``, or None."""
    data = cache.read("spine", _code_stamp(), _name(view, variant))
    return from_bytes(data) if data is not None else None


def keep(view: str, variant: bool, artwork: Artwork) -> None:
    if cache.folder() is not None:
        cache.write("spine", _code_stamp(), _name(view, variant), to_bytes(artwork))


def load_shapes(view: str, variant: bool, stamp: str) -> Shapes | None:
    """The kept outlines of the parts of ``view``, made by the code of ``stamp``, or None."""
    data = cache.read("spine-outlines", _code_stamp() + stamp, _name(view, variant))
    return shapes_from_bytes(data) if data is not None else None


def keep_shapes(view: str, variant: bool, stamp: str, shapes: Shapes) -> None:
    if cache.folder() is not None:
        cache.write("spine-outlines", _code_stamp() + stamp, _name(view, variant),
                    shapes_to_bytes(shapes))
