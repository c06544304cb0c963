"""The window's title, without a window."""

from rugwijzer import APP_NAME
from rugwijzer.ui.window.title import window_title


def test_a_topic_comes_first_then_the_clinic_and_the_program():
    assert window_title("Rugkliniek Oost", "Hernia") == f"Hernia — Rugkliniek Oost · {APP_NAME}"


def test_the_start_page_names_only_the_owner():
    assert window_title("Rugkliniek Oost", None) == f"Rugkliniek Oost · {APP_NAME}"


def test_a_clinic_without_a_name_of_its_own_is_not_named_twice():
    assert window_title(APP_NAME, None) == APP_NAME
    assert window_title(APP_NAME, "Hernia") == f"Hernia — {APP_NAME}"
