import sys

from rugwijzer.crash import CrashHandler


def _raise():
    raise RuntimeError("kapot")


def test_unexpected_error_writes_a_log_and_notifies(tmp_path):
    seen = []
    handler = CrashHandler(tmp_path, notify=lambda summary, path: seen.append((summary, path)))
    handler.install()
    try:
        try:
            _raise()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        handler.uninstall()
    logs = list(tmp_path.glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "RuntimeError: kapot" in text and "_raise" in text
    assert seen == [("RuntimeError: kapot", logs[0])]
    assert (tmp_path / "fault.log").exists()
    assert sys.excepthook is not handler.handle


def test_a_failing_dialog_does_not_raise_again(tmp_path):
    def broken_notify(summary, path):
        raise ValueError("dialog broke")

    handler = CrashHandler(tmp_path, notify=broken_notify)
    try:
        _raise()
    except RuntimeError:
        handler.handle(*sys.exc_info())
    assert len(list(tmp_path.glob("crash-*.log"))) == 1


def test_an_exception_in_a_qt_slot_reaches_the_handler(tmp_path, qtbot):
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    seen = []
    handler = CrashHandler(tmp_path, notify=lambda summary, path: seen.append(summary))
    handler.install()
    try:
        emitter = Emitter()
        emitter.fired.connect(_raise)
        emitter.fired.emit()
    finally:
        handler.uninstall()
    assert seen == ["RuntimeError: kapot"]
