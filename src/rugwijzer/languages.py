"""The languages Rugwijzer speaks, as ``resources/languages.toml`` lists them.

Read once, when first imported; everything that offers, checks or loops over languages
asks here. No Qt: the content layer uses it too.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import resources

_CODE = re.compile(r"^[a-z]{2,3}$")
_LOCALE = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str  # in the language itself
    locale: str  # Qt's language_COUNTRY
    lowercase_titles: bool = False  # a title inside a sentence is written in lower case
    windows_language: int = 0  # Windows' primary language id, for its voices


class LanguagesError(ValueError):
    """``languages.toml`` cannot be used; the message names the file and the fault."""


def load_languages(path: Path) -> tuple[Language, ...]:
    """The languages in ``path``, in order; anything wrong raises LanguagesError."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LanguagesError(f"{path}: {exc}") from exc
    entries = data.get("language")
    if not isinstance(entries, list) or not entries:
        raise LanguagesError(f"{path}: no [[language]] entries")
    found: list[Language] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: language {number}"
        if not isinstance(entry, dict):
            raise LanguagesError(f"{where} is not a table")
        unknown = entry.keys() - Language.__dataclass_fields__.keys()
        if unknown:
            raise LanguagesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        code, name, locale = entry.get("code"), entry.get("name"), entry.get("locale")
        if not isinstance(code, str) or not _CODE.match(code):
            raise LanguagesError(f"{where}: 'code' must be two or three lowercase letters")
        if not isinstance(name, str) or not name.strip():
            raise LanguagesError(f"{where}: 'name' must be the language's name")
        if not isinstance(locale, str) or not _LOCALE.match(locale):
            raise LanguagesError(f"{where}: 'locale' must be like nl_NL")
        if not isinstance(entry.get("lowercase_titles", False), bool):
            raise LanguagesError(f"{where}: 'lowercase_titles' must be true or false")
        windows = entry.get("windows_language", 0)
        if type(windows) is not int or not 0 <= windows <= 0x3FF:
            raise LanguagesError(f"{where}: 'windows_language' must be 0 to 0x3FF")
        if code in (language.code for language in found):
            raise LanguagesError(f"{where}: '{code}' is listed twice")
        found.append(Language(**entry))
    return tuple(found)


_LANGUAGES = {language.code: language
              for language in load_languages(resources.resource("languages.toml"))}

LANGUAGES: tuple[str, ...] = tuple(_LANGUAGES)
DEFAULT_LANGUAGE = LANGUAGES[0]
# The interface's texts are written in English in the code: it needs no translation file.
SOURCE_LANGUAGE = "en"


def language(code: str) -> Language:
    """The language with ``code``; KeyError for one Rugwijzer does not speak."""
    return _LANGUAGES[code]
