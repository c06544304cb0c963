"""A text in every language: the value of each field that a TOML file gives per language.

In the files such a field is a key per language, ``title_nl``, ``title_en``, … (flat keys
stay easy to write by hand). Read into a ``Localized``, a missing language is a problem the
loader reports; at run time the default language stands in for it rather than nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..languages import DEFAULT_LANGUAGE, LANGUAGES


class Localized(Mapping[str, str]):
    """An immutable mapping from language code to text."""

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str] | None = None) -> None:
        self._texts = dict(texts or {})

    def __getitem__(self, lang: str) -> str:
        return self._texts[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __hash__(self) -> int:
        return hash(frozenset(self._texts.items()))

    def __repr__(self) -> str:
        return f"Localized({self._texts!r})"

    def text(self, lang: str) -> str:
        """The text in ``lang``, else in the default language, else empty."""
        if lang in self._texts:
            return self._texts[lang]
        return self._texts.get(DEFAULT_LANGUAGE, "")

    # Called with a language, as the per-language methods it replaces were:
    # ``step.title(lang)``, ``region.name(lang)``.
    __call__ = text

    @classmethod
    def from_keys(cls, data: Mapping[str, Any], name: str, *, required: bool = True
                  ) -> tuple[Localized, list[tuple[str, str]]]:
        """The texts of ``name_<lang>`` in ``data`` and the problems with them, each as
        (key, message). A language without its key is a problem, unless the field is
        optional and no language has it; so is a key for a language Rugwijzer does not
        speak, and a value that is not a text."""
        problems: list[tuple[str, str]] = []
        texts: dict[str, str] = {}
        for key in data:
            suffix = localized_suffix(key, name)
            if suffix is not None and suffix not in LANGUAGES:
                problems.append((key, f"'{key}' is for a language Rugwijzer does not speak "
                                      f"('{suffix}'; languages: {', '.join(LANGUAGES)})"))
        for lang in LANGUAGES:
            key = f"{name}_{lang}"
            if key not in data:
                continue
            value = data[key]
            if isinstance(value, str):
                texts[lang] = value
            else:
                problems.append((key, f"'{key}' must be a text"))
        present = [lang for lang in LANGUAGES if f"{name}_{lang}" in data]
        if required or present:
            for lang in LANGUAGES:
                if lang not in present:
                    key = f"{name}_{lang}"
                    where = present[0] if present else None
                    problems.append((f"{name}_{where}" if where else name,
                                     f"'{key}' is missing: '{name}' needs a text in every "
                                     f"language ({', '.join(LANGUAGES)})"))
        return cls(texts), problems


def localized_suffix(key: str, name: str) -> str | None:
    """The language part of ``key`` when it is ``name_<something>``, else None."""
    match = re.fullmatch(rf"{re.escape(name)}_([a-z]{{2,3}})", key)
    return match.group(1) if match else None


def localized_keys(name: str) -> set[str]:
    """``name_<lang>`` for every language."""
    return {f"{name}_{lang}" for lang in LANGUAGES}
