"""A first start, with nothing saved: the window takes most of the screen, centred."""

import pytest
from PySide6.QtCore import QRect

from rugwijzer.ui.window.placement import first_geometry


@pytest.mark.parametrize(("screen", "expected"), [
    (QRect(0, 0, 1920, 1040), QRect(192, 104, 1536, 832)),  # 80%, centred
    (QRect(0, 0, 1366, 728), QRect(136, 44, 1093, 640)),  # never lower than 640
    (QRect(0, 0, 1024, 600), QRect(0, 0, 1024, 600)),  # where the screen allows
    (QRect(1920, 0, 2560, 1400), QRect(2176, 140, 2048, 1120)),  # on a second screen
])
def test_most_of_the_screen_centred_and_never_too_small(screen, expected):
    assert first_geometry(screen) == expected


def test_without_saved_settings_the_window_opens_at_most_of_the_screen(make_window):
    window = make_window()
    assert window.settings.value("window/geometry").isEmpty()
    window.restore_state()
    available = window.screen().availableGeometry()
    assert window.geometry() == first_geometry(available)
    assert window.width() >= min(1024, available.width())
    assert window.height() >= min(640, available.height())
