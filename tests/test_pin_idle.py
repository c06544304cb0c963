"""Pure logic of tablet mode: the staff PIN and the idle clock."""

import base64
import hashlib
import json
import logging

import pytest

from rugwijzer.idle import IdleMonitor
from rugwijzer.pin import (
    FIRST_DELAY,
    FREE_ATTEMPTS,
    ITERATIONS,
    MAX_DELAY,
    PinGuard,
    make_pin_hash,
    parse_legacy_hash,
    parse_pin_hash,
    pin_problem,
)


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def quick(pin: str):
    return parse_pin_hash(make_pin_hash(pin, iterations=1000))


def test_right_pin_opens_wrong_pin_does_not():
    guard = PinGuard(quick("2468"), clock=Clock(), wall=Clock())
    assert not guard.attempt("1234")
    assert guard.attempt("2468")


def test_the_stored_pin_is_a_salted_slow_hash_that_describes_itself():
    value = make_pin_hash("246810")
    scheme, iterations, salt, digest = value.split("$")
    assert scheme == "pbkdf2-sha256" and int(iterations) == ITERATIONS >= 600_000
    salt = base64.b64decode(salt)
    assert len(salt) >= 16
    assert base64.b64decode(digest) == hashlib.pbkdf2_hmac("sha256", b"246810", salt,
                                                           ITERATIONS)
    assert make_pin_hash("246810") != value, "a fresh salt each time"
    stored = parse_pin_hash(value)
    assert stored.matches("246810") and not stored.matches("246811")


def test_an_old_unsalted_hash_still_opens():
    stored = parse_legacy_hash(hashlib.sha256(b"8642").hexdigest())
    assert stored.legacy
    assert stored.matches("8642") and not stored.matches("2468")


@pytest.mark.parametrize(("value", "message"), [
    ("", "not of the form"),
    ("sha256$1000$c2FsdHNhbHQ=$" + "A" * 43 + "=", "not of the form"),
    ("pbkdf2-sha256$0$c2FsdHNhbHQ=$" + "A" * 43 + "=", "iterations must be 1 to"),
    ("pbkdf2-sha256$99999999999$c2FsdHNhbHQ=$" + "A" * 43 + "=", "iterations must be 1 to"),
    ("pbkdf2-sha256$١٠٠٠$c2FsdHNhbHQ=$" + "A" * 43 + "=", "iterations must be 1 to"),
    ("pbkdf2-sha256$1000$not base64!$" + "A" * 43 + "=", "must be base64"),
    ("pbkdf2-sha256$1000$c2FsdA==$" + "A" * 43 + "=", "salt must be at least 8 bytes"),
    ("pbkdf2-sha256$1000$c2FsdHNhbHQ=$AAAA", "hash must be 32 bytes"),
    ("pbkdf2-sha256$1000$c2FsdHNhbHQ=$AAAA$AAAA", "not of the form"),
])
def test_a_malformed_pin_hash_is_refused_with_a_reason(value, message):
    with pytest.raises(ValueError, match=message):
        parse_pin_hash(value)


@pytest.mark.parametrize("value", ["1234", "g" * 64, "0" * 63, "0" * 65])
def test_a_malformed_old_hash_is_refused(value):
    with pytest.raises(ValueError):
        parse_legacy_hash(value)


@pytest.mark.parametrize(("pin", "good"), [
    ("1234", True), ("123456789012", True), ("123", False), ("1234567890123", False),
    ("12a4", False), ("", False), ("١٢٣٤", False), ("12 34", False)])
def test_a_pin_is_four_to_twelve_digits(pin, good):
    assert (pin_problem(pin) is None) is good


def test_wrong_pins_are_slowed_down_more_and_more():
    clock = Clock()
    guard = PinGuard(quick("2468"), clock=clock, wall=clock)
    for _ in range(FREE_ATTEMPTS):
        assert not guard.attempt("0000")
    assert guard.seconds_to_wait() == FIRST_DELAY
    assert not guard.attempt("2468"), "even the right PIN waits while locked"
    clock.now += FIRST_DELAY
    assert not guard.attempt("0000")
    assert guard.seconds_to_wait() == FIRST_DELAY * 2
    clock.now += FIRST_DELAY * 2
    assert guard.attempt("2468")
    assert guard.seconds_to_wait() == 0


def test_without_a_configured_pin_nothing_opens():
    guard = PinGuard(None)
    assert not guard.has_pin
    assert not guard.attempt("")
    assert not guard.attempt("1234")


def test_the_wait_outlasts_a_restart(tmp_path):
    state = tmp_path / "data" / "pin-attempts.json"
    clock, wall = Clock(), Clock()
    guard = PinGuard(quick("2468"), state=state, clock=clock, wall=wall)
    for _ in range(FREE_ATTEMPTS + 1):
        clock.now += guard.seconds_to_wait()
        wall.now = clock.now
        assert not guard.attempt("0000")
    assert guard.seconds_to_wait() == FIRST_DELAY * 2
    clock.now += 3
    wall.now += 3

    # The program starts again: a new monotonic clock, the same wall clock.
    restarted = PinGuard(quick("2468"), state=state, clock=Clock(), wall=wall)
    assert restarted.failures == FREE_ATTEMPTS + 1
    assert restarted.seconds_to_wait() == pytest.approx(FIRST_DELAY * 2 - 3)
    assert not restarted.attempt("2468")


def test_the_right_pin_forgets_the_wrong_ones(tmp_path):
    state = tmp_path / "pin-attempts.json"
    clock = Clock()
    guard = PinGuard(quick("2468"), state=state, clock=clock, wall=clock)
    assert not guard.attempt("0000")
    assert state.is_file()
    assert guard.attempt("2468")
    assert not state.exists(), "a missing file means no wrong PINs"
    assert PinGuard(quick("2468"), state=state).seconds_to_wait() == 0


@pytest.mark.parametrize("content", [
    "{", "[]", '{"failures": 1}', '{"failures": "3", "locked_until": 0}',
    '{"failures": -1, "locked_until": 0}', '{"failures": 1, "locked_until": NaN}',
    '{"failures": true, "locked_until": 0}', "\udcff"])
def test_a_damaged_count_fails_closed_and_is_logged(tmp_path, caplog, content):
    state = tmp_path / "pin-attempts.json"
    state.write_text(content, encoding="utf-8", errors="surrogateescape")
    clock = Clock()
    with caplog.at_level(logging.WARNING, logger="rugwijzer.pin"):
        guard = PinGuard(quick("2468"), state=state, clock=clock, wall=clock)
    assert guard.seconds_to_wait() == FIRST_DELAY
    assert not guard.attempt("2468")
    assert str(state) in caplog.text
    clock.now += FIRST_DELAY
    assert guard.attempt("2468")


def test_an_unreadable_count_fails_closed(tmp_path, caplog):
    state = tmp_path / "pin-attempts.json"
    state.mkdir()
    with caplog.at_level(logging.WARNING, logger="rugwijzer.pin"):
        guard = PinGuard(quick("2468"), state=state, clock=Clock(), wall=Clock())
    assert guard.seconds_to_wait() == FIRST_DELAY
    assert "cannot read" in caplog.text


def test_a_clock_set_back_does_not_stretch_nor_end_the_wait(tmp_path):
    state = tmp_path / "pin-attempts.json"
    wall = Clock()
    state.write_text(json.dumps({"failures": 9, "locked_until": wall.now + 10 ** 9}))
    guard = PinGuard(quick("2468"), state=state, clock=Clock(), wall=wall)
    assert guard.seconds_to_wait() == MAX_DELAY


def test_the_system_clock_changes_nothing_while_running(tmp_path):
    state = tmp_path / "pin-attempts.json"
    clock, wall = Clock(), Clock()
    guard = PinGuard(quick("2468"), state=state, clock=clock, wall=wall)
    for _ in range(FREE_ATTEMPTS):
        guard.attempt("0000")
    wall.now += 10 ** 6
    assert guard.seconds_to_wait() == FIRST_DELAY


def test_a_count_that_cannot_be_stored_is_logged_and_kept_in_memory(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("")
    clock = Clock()
    with caplog.at_level(logging.WARNING, logger="rugwijzer.pin"):
        guard = PinGuard(quick("2468"), state=blocker / "pin-attempts.json", clock=clock,
                         wall=clock)
        clock.now += guard.seconds_to_wait()
        assert not guard.attempt("0000")
    assert "cannot read" in caplog.text and "cannot store" in caplog.text
    assert guard.seconds_to_wait() == FIRST_DELAY * 2


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
