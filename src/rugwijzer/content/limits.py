"""How large and how deeply nested a content file may be, checked before any parser reads it.

The parsers Rugwijzer uses recurse once per nesting level and take time that grows faster
than the text: a file past these limits is reported and skipped instead of stalling or
stopping the program. Each limit is far above what a patient text needs.
"""

from __future__ import annotations

import re

MAX_FILE_BYTES = 32 * 1024
"""A topic, notice, patient experience or the treatment path."""

MAX_LIST_BYTES = 256 * 1024
"""A glossary or a list of search synonyms for one language: many short entries."""

MAX_TEXT_LINES = 600
"""Lines of Markdown in one topic or notice."""

MAX_IMAGE_BYTES = 4 * 1024 * 1024
"""An image shown in a text."""

MAX_TOML_DEPTH = 8
"""Arrays and inline tables inside each other, and the parts of one dotted key (``a.b.c``)."""

MAX_MARKDOWN_DEPTH = 8
"""Lists, quotes and indents inside each other on one line of Markdown."""

MAX_PARAGRAPH_CHARS = 3000
"""Characters in one paragraph: the text between two blank lines."""

MAX_BRACKETS = 200
"""Opening square brackets (links, images) in one text."""


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    return f"{size / 1024:.0f} KiB" if size >= 1024 else f"{size} bytes"


# What the reading of TOML's nesting stops at; everything between is passed over at once.
_TOML_SIGNIFICANT = re.compile(r"[\n#\"'\[\]{}=,.]")
# The rest of a one-line string after its opening quote, up to its closing quote, the end of
# the line or the end of the text. In a basic string a backslash takes the next character
# with it, unless that is the line's end.
_BASIC_STRING_REST = re.compile(r'(?:[^"\\\n]|\\[^\n]|\\(?=\n|\Z))*')
_LITERAL_STRING_REST = re.compile(r"[^'\n]*")


def toml_nesting(text: str) -> tuple[int, str] | None:
    """The first line of ``text`` that nests deeper than :data:`MAX_TOML_DEPTH`, with why.

    A cheap reading of the TOML's brackets, braces and dots outside strings and comments.
    Where it is unsure where a string ends it ends it early, so it counts more, never less.
    """
    stack: list[str] = []
    in_key = True
    key_parts = 1
    line = 1
    index = 0
    end = len(text)
    while (found := _TOML_SIGNIFICANT.search(text, index)) is not None:
        index = found.start()
        char = text[index]
        if char == "\n":
            line += 1
            if not stack:
                in_key, key_parts = True, 1
        elif char == "#":
            newline = text.find("\n", index)
            index = end if newline < 0 else newline
            continue
        elif char in "\"'":
            index, line = _skip_string(text, index, line)
            continue
        elif char in "[{":
            stack.append(char)
            if len(stack) > MAX_TOML_DEPTH:
                return line, f"values are nested more than {MAX_TOML_DEPTH} levels deep"
            if char == "{":
                in_key, key_parts = True, 1
        elif char in "]}":
            if stack:
                stack.pop()
            if char == "}":
                in_key = False
        elif char == "=":
            in_key = False
        elif char == "," and stack and stack[-1] == "{":
            in_key, key_parts = True, 1
        elif char == "." and in_key:
            key_parts += 1
            if key_parts > MAX_TOML_DEPTH:
                return line, f"a key has more than {MAX_TOML_DEPTH} dotted parts"
        index += 1
    return None


def _skip_string(text: str, start: int, line: int) -> tuple[int, int]:
    """The index just past the string that starts at ``start``, and the line it ends on."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        close = text.find(quote * 3, start + 3)
        stop = len(text) if close < 0 else close + 3
        return stop, line + text.count("\n", start, stop)
    rest = _BASIC_STRING_REST if quote == '"' else _LITERAL_STRING_REST
    index = rest.match(text, start + 1).end()
    if index < len(text) and text[index] == quote:
        return index + 1, line
    return index, line


# One container on a line of Markdown: an indent of four columns, a quote mark or a list
# marker; Python-Markdown reads each with one more level of recursion.
_INDENT = re.compile(r"(?: {4}| {0,3}\t)")
_QUOTE = re.compile(r" {0,3}> ?")
_LIST_MARKER = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_RULE = re.compile(r" {0,3}(?:(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,}) *$")
_BRACKET = re.compile(r"(?<!\\)\[")


def markdown_depth(text: str) -> int:
    """How many lists, quotes and indents one line of Markdown opens, one inside the other."""
    depth = 0
    position = 0
    while True:
        if _RULE.fullmatch(text, position):
            return depth
        found = (_INDENT.match(text, position) or _QUOTE.match(text, position)
                 or _LIST_MARKER.match(text, position))
        if found is None:
            return depth
        depth += 1
        position = found.end()


def markdown_problem(body: str) -> tuple[int, str] | None:
    """The first limit that the Markdown ``body`` goes past, as (0-based line, message)."""
    paragraph_start = 0
    paragraph_chars = 0
    brackets = 0
    for number, text in enumerate(body.split("\n")):
        if number >= MAX_TEXT_LINES:
            return number, f"the text has more than {MAX_TEXT_LINES} lines"
        if not text.strip():
            paragraph_chars = 0
            paragraph_start = number + 1
            continue
        depth = markdown_depth(text)
        if depth > MAX_MARKDOWN_DEPTH:
            return number, (f"lists, quotes and indents are nested {depth} levels deep; "
                            f"at most {MAX_MARKDOWN_DEPTH} are allowed")
        paragraph_chars += len(text) + 1
        if paragraph_chars > MAX_PARAGRAPH_CHARS:
            return paragraph_start, (f"the paragraph that starts here is longer than "
                                     f"{MAX_PARAGRAPH_CHARS} characters; put blank lines "
                                     "between its parts")
        brackets += len(_BRACKET.findall(text))
        if brackets > MAX_BRACKETS:
            return number, (f"the text has more than {MAX_BRACKETS} links and images "
                            "(counted by their '[')")
    return None
