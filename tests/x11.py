"""Just enough of Xlib, through ctypes, to look at top-level windows and ask them to close
as a window manager does (WM_DELETE_WINDOW)."""

from __future__ import annotations

import ctypes
import ctypes.util

_path = ctypes.util.find_library("X11")
if _path is None:
    raise OSError("libX11 not found")
_x = ctypes.cdll.LoadLibrary(_path)

Window = ctypes.c_ulong
Atom = ctypes.c_ulong
CLIENT_MESSAGE = 33
IS_VIEWABLE = 2


class _Attributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("border_width", ctypes.c_int),
                ("depth", ctypes.c_int), ("visual", ctypes.c_void_p), ("root", Window),
                ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int),
                ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long),
                ("do_not_propagate_mask", ctypes.c_long), ("override_redirect", ctypes.c_int),
                ("screen", ctypes.c_void_p)]


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", Window), ("message_type", Atom), ("format", ctypes.c_int),
                ("l", ctypes.c_long * 5)]


class _Event(ctypes.Union):
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


_x.XOpenDisplay.restype = ctypes.c_void_p
_x.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x.XDefaultRootWindow.restype = Window
_x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x.XInternAtom.restype = Atom
_x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
_x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window),
                          ctypes.POINTER(Window), ctypes.POINTER(ctypes.POINTER(Window)),
                          ctypes.POINTER(ctypes.c_uint)]
_x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(_Attributes)]
_x.XGetWindowProperty.argtypes = [
    ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom,
    ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
_x.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long,
                          ctypes.POINTER(_Event)]
_x.XFree.argtypes = [ctypes.c_void_p]
_x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
_x.XCloseDisplay.argtypes = [ctypes.c_void_p]


class Display:
    def __init__(self, name: str) -> None:
        self._display = _x.XOpenDisplay(name.encode())
        if not self._display:
            raise OSError(f"cannot open display {name}")
        self._root = _x.XDefaultRootWindow(self._display)

    def close(self) -> None:
        _x.XCloseDisplay(self._display)

    def atom(self, name: str) -> int:
        return _x.XInternAtom(self._display, name.encode(), 0)

    def top_level_windows(self) -> list[int]:
        root, parent = Window(), Window()
        children = ctypes.POINTER(Window)()
        count = ctypes.c_uint()
        if not _x.XQueryTree(self._display, self._root, ctypes.byref(root), ctypes.byref(parent),
                             ctypes.byref(children), ctypes.byref(count)):
            return []
        found = [children[i] for i in range(count.value)]
        if children:
            _x.XFree(children)
        return found

    def _attributes(self, window: int) -> _Attributes:
        attributes = _Attributes()
        _x.XGetWindowAttributes(self._display, window, ctypes.byref(attributes))
        return attributes

    def is_mapped(self, window: int) -> bool:
        return self._attributes(window).map_state == IS_VIEWABLE

    def size(self, window: int) -> tuple[int, int]:
        attributes = self._attributes(window)
        return attributes.width, attributes.height

    def name(self, window: int) -> str:
        kind, fmt = Atom(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        for prop in ("_NET_WM_NAME", "WM_NAME"):
            status = _x.XGetWindowProperty(
                self._display, window, self.atom(prop), 0, 1024, 0, 0, ctypes.byref(kind),
                ctypes.byref(fmt), ctypes.byref(items), ctypes.byref(after), ctypes.byref(data))
            if status == 0 and data.value:
                text = ctypes.string_at(data.value, items.value).decode("utf-8", "replace")
                _x.XFree(data)
                if text:
                    return text
        return ""

    def request_close(self, window: int) -> None:
        """What a window manager sends when its close button is clicked."""
        event = _Event()
        event.client.type = CLIENT_MESSAGE
        event.client.window = window
        event.client.message_type = self.atom("WM_PROTOCOLS")
        event.client.format = 32
        event.client.l[0] = self.atom("WM_DELETE_WINDOW")
        _x.XSendEvent(self._display, window, 0, 0, ctypes.byref(event))
        _x.XSync(self._display, 0)
