"""The spine illustration for screen readers: every part of the picture is a button.

The canvas paints its parts itself, so Qt on its own sees one picture. Here the canvas gets
an accessible interface whose children are the parts of the current view: buttons named
after the part in the interface language, placed where the part is on screen (so exploring
by touch or mouse finds them), that can be pressed — which chooses the part exactly as a
click does — or focused, as Tab and the arrow keys do.

Interfaces made in Python are owned by Python, while Qt's cache keeps only a pointer to
them and deletes what it still holds when the application ends. So this module holds every
part interface itself — not in the canvas's Python object, which PySide may tear down
before the widget is destroyed — and takes each out of Qt's cache before it lets go of it:
when the view changes, when the canvas is destroyed, and when Python exits, before PySide
drops the canvas interfaces its factory made, which Qt would otherwise delete again.
"""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QPointF, QRect, SignalInstance
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QPainterPath,
    QTransform,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget

from ...content.regions import REGIONS
from ...session import Consultation


class SpineCanvas(Protocol):
    """What is read here of the canvas, a QWidget that paints the parts itself (widget
    methods such as ``rect`` and ``mapToGlobal`` are used too)."""

    shapes: list[tuple[str, QPainterPath]]
    highlighted: frozenset[str]
    selected: str | None
    hover: str | None
    language: str
    consultation: Consultation | None
    hovered: SignalInstance
    activated: SignalInstance
    regionsChanged: SignalInstance

    def region_ids(self) -> list[str]: ...

    def region_at(self, point: QPointF) -> str | None: ...

    def transform(self) -> QTransform: ...

    def select(self, region: str | None) -> None: ...

_registries: set[AccessibleParts] = set()
_factory_installed = False
_closing = False


def attach(canvas: SpineCanvas) -> AccessibleParts:
    """Make ``canvas`` explorable part by part; the result must live as long as the canvas."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        # Registered after PySide's own clean-up, so it runs before it.
        atexit.register(_release_all)
        _factory_installed = True
    parts = AccessibleParts(canvas)
    _registries.add(parts)
    return parts


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    parts = getattr(obj, "accessible_parts", None)
    if isinstance(parts, AccessibleParts) and not _closing:
        parts.interface = SpineAccessible(obj)
        return parts.interface
    return None


def _release_all() -> None:
    global _closing
    _closing = True
    for parts in list(_registries):
        parts.release()
        # The canvas outlives Python here: Qt's cache must forget its interface too.
        interface, parts.interface = parts.interface, None
        if interface is not None and shiboken6.isValid(interface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def _notify(event_for: Callable[[], QAccessibleEvent]) -> None:
    # Events are made only when an assistive technology listens: making one creates the
    # interfaces it names.
    if QAccessible.isActive() and not _closing:
        QAccessible.updateAccessibility(event_for())


def _alive(ref: weakref.ref) -> SpineCanvas | None:
    canvas = ref()
    return canvas if canvas is not None and shiboken6.isValid(canvas) else None


def region_rect(canvas: SpineCanvas, region: str) -> QRect:
    """Where the part is on screen: its outline's bounds, cut to the visible picture.

    A part wholly out of sight (zoomed or panned away, or on a hidden picture) keeps its
    whole bounds: Qt offers AT-SPI clients the component interface (extents, the object at
    a point) only of objects with a size, and a part must not lose it while out of sight.
    Its state says it is off screen.
    """
    bounds = _bounds(canvas, region)
    seen = bounds & canvas.rect()
    local = seen if canvas.isVisible() and not seen.isEmpty() else bounds
    return QRect(canvas.mapToGlobal(local.topLeft()), local.size())


def in_sight(canvas: SpineCanvas, region: str) -> bool:
    return canvas.isVisible() and not (_bounds(canvas, region) & canvas.rect()).isEmpty()


def _bounds(canvas: SpineCanvas, region: str) -> QRect:
    for candidate, shape in canvas.shapes:
        if candidate == region:
            return canvas.transform().mapRect(shape.boundingRect()).toAlignedRect()
    return QRect()


class AccessibleParts:
    """The part interfaces of one canvas, and the events that tell about changes in them."""

    def __init__(self, canvas: SpineCanvas) -> None:
        self._canvas = weakref.ref(canvas)
        self._parts: dict[str, tuple[RegionAccessible, int]] = {}
        self.interface: SpineAccessible | None = None  # the canvas's own, once Qt asked
        self._regions = frozenset(canvas.region_ids())
        self._language = canvas.language
        self._selected = canvas.selected
        canvas.hovered.connect(self._hovered)
        canvas.activated.connect(self._activated)
        canvas.regionsChanged.connect(self._regions_changed)
        canvas.destroyed.connect(self.release)

    def part(self, region: str) -> RegionAccessible:
        if region not in self._parts:
            _registries.add(self)
            part = RegionAccessible(self._canvas, region)
            self._parts[region] = (part, QAccessible.registerAccessibleInterface(part))
        return self._parts[region][0]

    def release(self) -> None:
        """Out of Qt's cache, then out of memory: never the other way round."""
        _registries.discard(self)
        parts, self._parts = self._parts, {}
        for _part, unique_id in parts.values():
            QAccessible.deleteAccessibleInterface(unique_id)

    def _regions_changed(self) -> None:
        canvas = _alive(self._canvas)
        if canvas is None:
            return
        regions = frozenset(canvas.region_ids())
        for region in [r for r in self._parts if r not in regions]:
            _part, unique_id = self._parts.pop(region)
            QAccessible.deleteAccessibleInterface(unique_id)
        if canvas.language != self._language:
            self._language = canvas.language
            for region in list(self._parts):
                _notify(lambda r=region: QAccessibleEvent(self.part(r),
                                                          QAccessible.Event.NameChanged))
        if regions != self._regions:
            self._regions = regions
            _notify(lambda: QAccessibleEvent(canvas, QAccessible.Event.ObjectReorder))

    def _hovered(self, region: str) -> None:
        # The part under the keyboard is the one Enter chooses: to a screen reader, the
        # focused part.
        canvas = _alive(self._canvas)
        if canvas is not None and region and canvas.hasFocus():
            _notify(lambda: QAccessibleEvent(self.part(region), QAccessible.Event.Focus))

    def _activated(self, region: str) -> None:
        previous, self._selected = self._selected, region
        if previous and previous != region and previous in self._parts:
            _notify(lambda: QAccessibleEvent(self.part(previous),
                                             QAccessible.Event.SelectionRemove))
        _notify(lambda: QAccessibleEvent(self.part(region), QAccessible.Event.Selection))


class SpineAccessible(QAccessibleWidget):
    """The picture as a whole; its children are the parts of the current view."""

    def __init__(self, canvas: SpineCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.Graphic)

    def _canvas(self) -> SpineCanvas:
        return self.widget()

    @property
    def _parts(self) -> AccessibleParts:
        return self.widget().accessible_parts

    def childCount(self) -> int:
        return len(self._canvas().region_ids())

    def child(self, index: int) -> QAccessibleInterface | None:
        regions = self._canvas().region_ids()
        return self._parts.part(regions[index]) if 0 <= index < len(regions) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        regions = self._canvas().region_ids()
        if isinstance(child, RegionAccessible) and child.region in regions:
            return regions.index(child.region)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        canvas = self._canvas()
        region = canvas.region_at(QPointF(canvas.mapFromGlobal(QPoint(x, y))))
        return self._parts.part(region) if region else None

    def focusChild(self) -> QAccessibleInterface | None:
        canvas = self._canvas()
        if canvas.hasFocus() and canvas.hover in canvas.region_ids():
            return self._parts.part(canvas.hover)
        return super().focusChild()

    def text(self, t: QAccessible.Text) -> str:
        own = super().text(t)
        if own:
            return own
        if t == QAccessible.Text.Name:
            return QCoreApplication.translate("SpineAccess", "Spine")
        if t == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "SpineAccess", "Go from part to part with Tab or the arrow keys; Enter chooses "
                               "the part and shows the topics about it.")
        return own


class _PartActions(QAccessibleActionInterface):
    """Press chooses the part as a click does; set focus moves the keyboard to it."""

    def __init__(self, canvas: weakref.ref, region: str) -> None:
        super().__init__()
        self._canvas = canvas
        self._region = region

    def actionNames(self) -> list[str]:
        return [self.pressAction(), self.setFocusAction()]

    def doAction(self, name: str) -> None:
        canvas = _alive(self._canvas)
        if canvas is None or self._region not in canvas.region_ids():
            return
        if name == self.pressAction():
            canvas.select(self._region)
        elif name == self.setFocusAction():
            canvas.setFocus()
            canvas.hover = self._region
            canvas.hovered.emit(self._region)
            canvas.update()

    def keyBindingsForAction(self, name: str) -> list[str]:
        return ["Return"] if name == self.pressAction() else []


class RegionAccessible(QAccessibleInterface):
    """One part of the picture, as a button named after it."""

    def __init__(self, canvas: weakref.ref, region: str) -> None:
        super().__init__()
        self._canvas = canvas
        self.region = region
        self._actions = _PartActions(canvas, region)

    def _shown_on(self) -> SpineCanvas | None:
        canvas = _alive(self._canvas)
        return canvas if canvas is not None and self.region in canvas.region_ids() else None

    def isValid(self) -> bool:
        return self._shown_on() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        canvas = _alive(self._canvas)
        return canvas.window().windowHandle() if canvas is not None else None

    def parent(self) -> QAccessibleInterface | None:
        canvas = _alive(self._canvas)
        return QAccessible.queryAccessibleInterface(canvas) if canvas is not None else None

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def text(self, t: QAccessible.Text) -> str:
        canvas = self._shown_on()
        if canvas is None:
            return ""
        if t == QAccessible.Text.Name:
            region = REGIONS.get(self.region)
            return region.name(canvas.language) if region is not None else self.region
        if t == QAccessible.Text.Description:
            notes = []
            if self.region in canvas.highlighted:
                notes.append(QCoreApplication.translate("SpineAccess",
                                                        "Belongs to the open topic."))
            if canvas.consultation is not None and self.region in canvas.consultation.marks:
                notes.append(QCoreApplication.translate("SpineAccess", "Marked."))
            return " ".join(notes)
        return ""

    def setText(self, _t: QAccessible.Text, _text: str) -> None:
        pass

    def rect(self) -> QRect:
        canvas = self._shown_on()
        return region_rect(canvas, self.region) if canvas is not None else QRect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Button

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        canvas = self._shown_on()
        if canvas is None:
            state.invalid = True
            return state
        state.focusable = True
        state.selectable = True
        state.focused = canvas.hasFocus() and canvas.hover == self.region
        state.hotTracked = canvas.hover == self.region
        state.selected = canvas.selected == self.region
        state.invisible = not canvas.isVisible()
        state.offscreen = not in_sight(canvas, self.region)
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        # Qt asks for the action interface by address, as C++ does with a cast. Every other
        # kind is a null address: None, which the base class gives here, is no address to
        # PySide, and reporting that crashes it (AT-SPI asks each object for every kind).
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._actions)[0])
        return shiboken6.VoidPtr(0)
