"""Pure logic of tablet mode: the staff PIN and the idle clock."""

from rugwijzer.idle import IdleMonitor
from rugwijzer.pin import FIRST_DELAY, FREE_ATTEMPTS, PinGuard, hash_pin


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_right_pin_opens_wrong_pin_does_not():
    guard = PinGuard(hash_pin("2468"), Clock())
    assert not guard.check("1234")
    assert guard.check("2468")


def test_wrong_pins_are_slowed_down_more_and_more():
    clock = Clock()
    guard = PinGuard(hash_pin("2468"), clock)
    for _ in range(FREE_ATTEMPTS):
        assert not guard.check("0000")
    assert guard.seconds_to_wait() == FIRST_DELAY
    assert not guard.check("2468"), "even the right PIN waits while locked"
    clock.now += FIRST_DELAY
    assert not guard.check("0000")
    assert guard.seconds_to_wait() == FIRST_DELAY * 2
    clock.now += FIRST_DELAY * 2
    assert guard.check("2468")
    assert guard.seconds_to_wait() == 0


def test_without_a_configured_pin_nothing_opens():
    guard = PinGuard(None)
    assert not guard.has_pin
    assert not guard.check("")
    assert not guard.check("1234")


def test_idle_monitor_warns_then_expires(qapp):
    clock = Clock()
    monitor = IdleMonitor(120, clock)
    warnings, expired = [], []
    monitor.warn.connect(warnings.append)
    monitor.expired.connect(lambda: expired.append(True))
    monitor.touch()
    clock.now += 80
    monitor.check()
    assert warnings == [] and expired == []
    clock.now += 10  # 30 seconds left: the warning period
    monitor.check()
    assert warnings == [30] and monitor.warning_shown
    clock.now += 30
    monitor.check()
    assert expired == [True]
    assert not monitor.warning_shown


def test_activity_cancels_the_warning(qapp):
    clock = Clock()
    monitor = IdleMonitor(60, clock)
    cancelled = []
    monitor.activity.connect(lambda: cancelled.append(True))
    clock.now += 50
    monitor.check()
    assert monitor.warning_shown
    monitor.touch()
    assert cancelled == [True] and not monitor.warning_shown
    clock.now += 40
    monitor.check()
    assert not monitor.warning_shown
