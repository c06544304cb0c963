"""The quick scans of a text answer as the careful ones did: the reading of TOML's nesting
that skips from one significant character to the next, the lines that cannot hold what a
pattern looks for, and the images that Markdown can make only from "![" ."""

import re
from pathlib import Path

from hypothesis import given, settings

from rugwijzer.content import limits, markup, render
from test_content_properties import MARKDOWN_PIECES, TOML_PIECES, text_of

EXAMPLES = settings(max_examples=3000, deadline=None, derandomize=True, database=None)


def careful_toml_nesting(text: str):
    """The reading of TOML's nesting one character at a time."""
    stack: list[str] = []
    in_key, key_parts, line, index, end = True, 1, 1, 0, len(text)
    while index < end:
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
            index, line = careful_skip_string(text, index, line)
            continue
        elif char in "[{":
            stack.append(char)
            if len(stack) > limits.MAX_TOML_DEPTH:
                return line, f"values are nested more than {limits.MAX_TOML_DEPTH} levels deep"
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
            if key_parts > limits.MAX_TOML_DEPTH:
                return line, f"a key has more than {limits.MAX_TOML_DEPTH} dotted parts"
        index += 1
    return None


def careful_skip_string(text: str, start: int, line: int) -> tuple[int, int]:
    quote = text[start]
    if text.startswith(quote * 3, start):
        close = text.find(quote * 3, start + 3)
        stop = len(text) if close < 0 else close + 3
        return stop, line + text.count("\n", start, stop)
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == quote:
            return index + 1, line
        if char == "\n":
            return index, line
        escaped = char == "\\" and quote == '"' and text[index + 1:index + 2] != "\n"
        index += 2 if escaped else 1
    return index, line


TOML_TEXT = text_of([*TOML_PIECES, "\\", '\\"', "\\\n", "a.b", "[a.b.c.d.e.f.g.h.i]",
                     "a.b.c.d.e.f.g.h.i = 1"], 60)


@EXAMPLES
@given(TOML_TEXT)
def test_the_nesting_of_toml_is_read_as_one_character_at_a_time(text):
    assert limits.toml_nesting(text) == careful_toml_nesting(text)


def test_the_nesting_of_toml_still_finds_what_is_too_deep():
    assert limits.toml_nesting("a = " + "[" * 9 + "]" * 9)[0] == 1
    assert limits.toml_nesting('x = "[[[[[[[[["\n' + ".".join("abcdefghi") + " = 1")[0] == 2
    assert limits.toml_nesting('x = "a\\"[[[[[[[[[["') is None
    assert limits.toml_nesting("x = 'a\\'[[[[[[[[[[") is not None


def careful_links(body: str):
    for number, text in enumerate(body.split("\n")):
        for match in markup._INLINE_LINK.finditer(text):
            yield markup.Link(match.group(2), number, match.group(1) == "!")
        reference = markup._REFERENCE.match(text)
        if reference:
            yield markup.Link(reference.group(1), number, False)


MARKDOWN_TEXT = text_of([*MARKDOWN_PIECES, "[a](topic:hernia)", "  [a]: x", ":::x", "{.a}",
                         "<b>", "\u00a0:::"], 50)


@EXAMPLES
@given(MARKDOWN_TEXT)
def test_links_markup_and_blocks_are_found_on_the_lines_that_can_hold_them(text):
    assert list(markup.links(text)) == list(careful_links(text))
    careful_markup = []
    for number, line in enumerate(text.split("\n")):
        if tag := markup._HTML.search(line):
            careful_markup.append((number, "HTML", tag.group(0)))
        if attributes := markup._ATTRIBUTES.search(line):
            careful_markup.append((number, "attributes", attributes.group(0)))
    found = markup.raw_markup(text)
    assert [problem.line for problem in found] == [line for line, *_ in careful_markup]
    blocks = [number for number, line in enumerate(text.split("\n"))
              if markup.BLOCK_ANY.match(line)]
    assert all(":::" in text.split("\n")[number] for number in blocks)
    parts, problems = markup.segments(text)
    assert "\n".join(part.text for part in parts if not part.addition).count(":::") <= \
        text.count(":::")
    assert {problem.line for problem in problems} <= set(blocks) | {0}


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(MARKDOWN_TEXT.filter(lambda text: "![" not in text))
def test_markdown_makes_no_image_without_an_exclamation_mark_before_a_bracket(text):
    folder = Path(__file__).parent / "fixtures"
    html, refused = render._convert(text, folder, folder)
    assert refused == []
    assert not re.search(r"<img\b", html)


def test_the_checks_vocabulary_knows_the_words_the_index_knows():
    from rugwijzer import resources
    from rugwijzer.content.loader import load_library
    from rugwijzer.content.search.documents import topic_document
    from rugwijzer.content.search.engine import topic_index
    from rugwijzer.content.search.index import Vocabulary
    from rugwijzer.content.search.text import words

    library = load_library([resources.content_dir()]).library
    for lang in ("nl", "en"):
        index = topic_index(library, lang)
        vocabulary = Vocabulary(lang, [topic_document(t) for t in library.in_language(lang)])
        asked = sorted({*index.vocabulary[::7], *(w[:-1] for w in index.vocabulary[::5]),
                        *(w + "en" for w in index.vocabulary[::11]), *(w[3:] for w in
                        index.vocabulary[::3]), *words("rugpijn zenuwen behandelingen xyz"),
                        "pijn", "been", "wervels", "a", ""})
        assert [w for w in asked if vocabulary.knows(w)] == [w for w in asked if index.knows(w)]
        assert any(not index.knows(w) for w in asked) and any(
            index.knows(w) and w not in index.postings for w in asked)
