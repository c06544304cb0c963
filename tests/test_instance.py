"""One Rugwijzer per desktop, reached through a local socket only."""

import socket
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from rugwijzer.instance import InstanceServer, ask_running, server_name


@pytest.fixture
def name():
    return f"rugwijzer-test-{uuid.uuid4().hex[:12]}"


def test_a_second_start_reaches_the_first_and_passes_its_topic(qtbot, name):
    server = InstanceServer(name)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.activationRequested, timeout=3000) as caught:
            assert ask_running(name, "hernia")
        assert caught.args == ["hernia"]
    finally:
        server.close()


def test_without_a_running_program_nobody_answers(name):
    assert not ask_running(name, None)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix domain sockets only")
def test_a_socket_left_by_a_crashed_program_is_taken_over(qtbot, name):
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()
    assert path.exists()
    assert not ask_running(name, None)
    server = InstanceServer(name)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.activationRequested, timeout=3000):
            assert ask_running(name, None)
    finally:
        server.close()


def test_garbage_on_the_socket_is_ignored(qtbot, name):
    server = InstanceServer(name)
    assert server.listen()
    try:
        received = []
        server.activationRequested.connect(received.append)
        client = QLocalSocket()
        client.connectToServer(name)
        assert client.waitForConnected(1000)
        client.write(b"\xff\xfe not json")
        client.waitForBytesWritten(1000)
        client.disconnectFromServer()
        qtbot.wait(200)
        assert received == []
        with qtbot.waitSignal(server.activationRequested, timeout=3000):
            assert ask_running(name, None)
    finally:
        server.close()


def test_each_user_and_desktop_has_its_own_name():
    first = server_name({"DISPLAY": ":0"}, "linux")
    assert first == server_name({"DISPLAY": ":0"}, "linux")
    assert first != server_name({"DISPLAY": ":1"}, "linux")
    assert server_name({"USERNAME": "a", "SESSIONNAME": "Console"}, "win32") != \
        server_name({"USERNAME": "b", "SESSIONNAME": "Console"}, "win32")
