"""One Rugwijzer per desktop: starting it again brings the running window forward.

The running program listens on a local socket (a Unix domain socket, or a named pipe on
Windows) that only the same user can reach; it never opens a network socket.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

TIMEOUT_MS = 1000
MAX_MESSAGE = 4096


def server_name(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """A name per user and desktop: two people logged in at once each have their own."""
    if platform.startswith("win"):
        user = environ.get("USERNAME", "")
        desktop = environ.get("SESSIONNAME", "")
    else:
        user = str(os.getuid()) if hasattr(os, "getuid") else environ.get("USER", "")
        desktop = environ.get("WAYLAND_DISPLAY") or environ.get("DISPLAY") or ""
    digest = hashlib.sha256(f"{user}\0{desktop}".encode()).hexdigest()[:16]
    return f"rugwijzer-{digest}"


def ask_running(name: str, topic: str | None) -> bool:
    """Tell a running Rugwijzer to come forward (and open ``topic``); False if none runs."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps({"open": topic}).encode("utf-8"))
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(TIMEOUT_MS)
    return True


class InstanceServer(QObject):
    """Listens for later starts; ``activationRequested(topic)`` asks the window forward."""

    activationRequested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # A socket left behind by a program that crashed: nobody answers on it.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("cannot listen for a second start on %s: %s", self.name,
                    self._server.errorString())
        return False

    def close(self) -> None:
        for socket in list(self._buffers):
            self._forget(socket)
            socket.abort()
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._finish)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._finish(socket)

    def _read(self, socket: QLocalSocket | None = None) -> None:
        socket = socket or self.sender()
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll()))
        if len(buffer) > MAX_MESSAGE:
            self._forget(socket)
            socket.abort()

    def _finish(self, socket: QLocalSocket | None = None) -> None:
        socket = socket or self.sender()
        if socket not in self._buffers:
            return
        try:
            self._read(socket)
            data = self._buffers.get(socket)
            if data is not None:
                self._received(bytes(data))
        except Exception:
            log.exception("a message from a second start could not be handled")
        finally:
            self._forget(socket)
            socket.deleteLater()

    def _forget(self, socket: QLocalSocket) -> None:
        """No more signals from ``socket``: a socket that is being destroyed still says it
        disconnects, and nothing may then reach into it."""
        if self._buffers.pop(socket, None) is None:
            return
        socket.readyRead.disconnect(self._read)
        socket.disconnected.disconnect(self._finish)

    def _received(self, data: bytes) -> None:
        try:
            message = json.loads(data.decode("utf-8")) if data else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("ignoring an unreadable message from a second start")
            return
        topic = message.get("open") if isinstance(message, dict) else None
        self.activationRequested.emit(topic if isinstance(topic, str) else "")
