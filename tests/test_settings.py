from PySide6.QtCore import QByteArray

from rugwijzer.settings import DEFAULT_TEXT_SIZE, Settings


def test_defaults_when_nothing_is_stored(tmp_path, qapp):
    settings = Settings(tmp_path / "s.ini")
    assert settings.value("language") == ""
    assert settings.value("last_topic") == "start"
    assert settings.value("text_size") == DEFAULT_TEXT_SIZE
    assert settings.value("window/geometry") == QByteArray()


def test_values_round_trip_through_the_file(tmp_path, qapp):
    path = tmp_path / "s.ini"
    settings = Settings(path)
    settings.set_value("language", "en")
    settings.set_value("text_size", 5)
    settings.sync()
    again = Settings(path)
    assert again.value("language") == "en"
    assert again.value("text_size") == 5


def test_invalid_values_read_as_defaults(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_text("[General]\nlanguage=fr\ntext_size=99\nlast_topic=\n", encoding="utf-8")
    settings = Settings(path)
    assert settings.value("language") == ""
    assert settings.value("text_size") == DEFAULT_TEXT_SIZE
    assert settings.value("last_topic") == "start"


def test_an_unreadable_settings_file_is_moved_aside_not_fatal(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_bytes(b"[General\nlanguage=en\n")
    settings = Settings(path)
    assert settings.problem is not None
    assert str(path) in settings.problem
    assert (tmp_path / "s.ini.broken").read_bytes() == b"[General\nlanguage=en\n"
    assert settings.value("language") == ""
    settings.set_value("language", "nl")
    settings.sync()
    assert Settings(path).value("language") == "nl"


def test_garbage_values_in_a_readable_file_are_ignored(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_bytes(b"[General]\nlanguage=@Invalid(\ntext_size=\xff\xfe\n")
    settings = Settings(path)
    assert settings.problem is None
    assert settings.value("language") == ""
    assert settings.value("text_size") == DEFAULT_TEXT_SIZE


def test_the_theme_is_one_of_the_choices_or_none_chosen(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_text("[General]\ntheme=sepia\n", encoding="utf-8")
    settings = Settings(path)
    assert settings.value("theme") == ""
    settings.set_value("theme", "high-contrast")
    settings.sync()
    assert Settings(path).value("theme") == "high-contrast"


def test_a_text_size_saved_before_the_larger_sizes_came_still_reads(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_text("[General]\ntext_size=6\n", encoding="utf-8")
    assert Settings(path).value("text_size") == 6
