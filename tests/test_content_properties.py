"""Whatever a content file holds, loading, checking and showing it ends in a problem report
at worst: random bytes, random TOML-like front matter and random Markdown-like text are fed to
the topic, notice and experience loaders, to the checker and to the renderer."""

import json
import re
import tomllib

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

from rugwijzer.content import limits
from rugwijzer.content.checker import check_library
from rugwijzer.content.experiences import load_experiences
from rugwijzer.content.loader import load_library
from rugwijzer.content.notices import load_notices
from rugwijzer.content.render import markdown_to_html, render_body

EXAMPLES = settings(max_examples=2000, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

TOML_PIECES = ["[", "]", "[[", "]]", "{", "}", '"', "'", '"""', "'''", "=", " = ", ".", ",",
               "#", "\n", " ", "\t", "\\", "\\u", "a", "id", "title", "order", "1", "-1",
               "1_000", "0x1f", "1e5", "2026-01-01", "2026-13-40", "07:30:00", "true", "+++",
               "é", "\u2028", "\x00", "\r", "\x7f", "\ufeff", '"hernia"', "[1, 2]", "{a = 1}",
               "a.b.c", "9" * 40]
MARKDOWN_PIECES = ["- ", "* ", "+ ", "1. ", "2) ", "> ", "    ", "\t", "# ", "## ", "[", "]",
                   "(", ")", "![", "<", ">", "`", "``", "*", "**", "_", "{:", "{#a}", "}",
                   ":::", "::: addition", "\n", "\n\n", "|", "| a | b |\n|---|---|\n", "---",
                   "===", "&", "&amp;", "&nbsp;", ";", "\\", '"', "'", "woord", " ", "é",
                   "https://example.org", "x.png", '<img src="/etc/x.png">',
                   '{: style="color:red"}', "<div>", "</div>", "<https://example.org>",
                   "[a]: /etc/x.png", "[a][]", "\u2028", "\x00", "\r", "\x0c", "\ufeff", "'s ",
                   "...", "--"]


def text_of(pieces: list[str], size: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


def utf8(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return text.map(str.encode)


# TOML values as text: mostly well formed, nested now and then past the limit, sometimes not
# TOML at all.
SCALAR = st.one_of(
    st.text(max_size=20).map(json.dumps), st.integers().map(str), st.dates().map(str),
    st.sampled_from(["true", "false", '"page"', '"hernia"', '"side"', '["disc-L4-L5"]']),
    text_of(TOML_PIECES, 4))
VALUE = st.one_of(
    st.recursive(SCALAR, lambda inner: st.one_of(
        st.lists(inner, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
        st.dictionaries(st.sampled_from(["a", "b", "c.d"]), inner, max_size=3).map(
            lambda table: "{" + ", ".join(f"{k} = {v}" for k, v in table.items()) + "}")),
        max_leaves=8),
    st.integers(1, 12).map(lambda depth: "[" * depth + "1" + "]" * depth))


def now_and_then(strategy: st.SearchStrategy, otherwise) -> st.SearchStrategy:
    """``strategy`` one time in sixteen, ``otherwise`` the other times."""
    return st.integers(0, 15).flatmap(lambda n: strategy if n == 0 else st.just(otherwise))


def front_matter(fields: dict[str, str | None]) -> st.SearchStrategy[str]:
    """Front matter with each of ``fields`` right, or now and then wrong or missing, and now
    and then more: about half of them pass."""
    chosen = st.fixed_dictionaries({key: now_and_then(st.one_of(VALUE, st.none()), good)
                                    for key, good in fields.items()})
    extra = now_and_then(st.dictionaries(st.sampled_from(["x", "a.b", '"q"', "colour"]), VALUE,
                                         min_size=1, max_size=2), {})
    junk = now_and_then(text_of(TOML_PIECES, 12).map(lambda text: text + "\n"), "")
    return st.builds(
        lambda chosen, extra, junk: "".join(f"{key} = {value}\n" for key, value in
                                            {**chosen, **extra}.items() if value is not None)
        + junk, chosen, extra, junk)


# Random pieces, random text, and lists, quotes and paragraphs up to past the limits.
TARGETS = ["topic:hernia", "topic:", "region:disc-L4-L5", "https://example.org", "mailto:a@b",
           "x.png", "../x.png", "../../x.png", "/etc/x.png", "C:/x.png", "\\\\server\\x.png",
           "file:///etc/x.png", "data:,x", "avatar:AB", "qr:x", "http://[::1", "//[x", "%2e%2e/x",
           "x%00.png", "<x y.png>", "x.png 'titel'", ""]
LINK = st.builds("{}[{}]({})".format, st.sampled_from(["", "!"]), st.text(max_size=5),
                 st.one_of(st.sampled_from(TARGETS), st.text(max_size=15)))
MARKDOWN = st.one_of(
    st.lists(st.one_of(st.sampled_from(MARKDOWN_PIECES), LINK), max_size=150).map("".join),
    st.text(max_size=300),
    st.builds(lambda depth, piece, rest: piece * depth + rest, st.integers(0, 20),
              st.sampled_from(["- ", "> ", "    ", "1. ", "* ", "> - "]),
              text_of(MARKDOWN_PIECES, 10)),
    st.builds(lambda count, piece: piece * count, st.integers(0, 1200),
              st.sampled_from(["woord ", "[a](topic:a) ", "*_", "x\n"])),
).map("x{}".format)


def framed(front: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Files of random bytes, of a random header, or of a good header with a random text."""
    return st.one_of(
        st.binary(max_size=600),
        st.builds(lambda front, body: b"+++\n" + front + b"\n+++\n" + body,
                  st.binary(max_size=200), st.binary(max_size=400)),
        utf8(st.builds("+++\n{}+++\n{}".format, front, MARKDOWN)),
        utf8(st.builds("+++\n{}+++\n{}".format, front, MARKDOWN)),
    )


TOPIC_FILE = framed(front_matter({
    "id": '"a"', "kind": '"page"', "title": '"A"', "order": "1", "source": '"S"',
    "updated": "2026-01-01", "summary": '"Kort."', "regions": '["disc-L4-L5"]',
    "related": '["a"]', "view": '"side"', "addition": "true", "approved_by": '"Dr. A"',
    "approved_on": "2026-01-02", "sources": '["Bron"]', "key_points": '["Een.", "Twee."]',
    "include": '["a"]'}))


def show_and_check(folder):
    """Load ``folder`` as Rugwijzer does, then check and show every topic that loaded."""
    loaded = load_library([folder])
    check_library(loaded)
    for topics in loaded.library.topics.values():
        for topic in topics.values():
            topic.approval_state()
            loaded.library.included(topic, topic.lang, unapproved=False)
            render_body(topic, "Aanvulling", additions=topic.shows_additions(True))
            html = render_body(topic, "Aanvulling")
            for src in re.findall(r'<img[^>]*\bsrc="([^"]*)"', html):
                assert src.startswith(folder.resolve().as_uri() + "/"), src


@EXAMPLES
@given(data=TOPIC_FILE)
def test_any_topic_file_loads_checks_and_shows_or_is_reported(tmp_path_factory, data):
    folder = tmp_path_factory.getbasetemp() / "topics"
    (folder / "nl").mkdir(parents=True, exist_ok=True)
    (folder / "nl" / "a.md").write_bytes(data)
    show_and_check(folder)


NOTICE_FILE = framed(front_matter({
    "title": '"T"', "valid_from": "2026-01-01", "valid_until": "2026-12-31"}))


@EXAMPLES
@given(data=NOTICE_FILE)
def test_any_notice_file_loads_and_shows_or_is_reported(tmp_path_factory, data):
    folder = tmp_path_factory.getbasetemp() / "notices"
    (folder / "nl").mkdir(parents=True, exist_ok=True)
    (folder / "nl" / "a.md").write_bytes(data)
    notices, _problems = load_notices(folder, "nl")
    for notice in notices:
        assert "<img" not in markdown_to_html(notice.body)


EXPERIENCE_FILE = st.one_of(
    st.binary(max_size=600),
    utf8(text_of(TOML_PIECES, 60)),
    utf8(front_matter({
        "name": '"Corné van Overveld"', "conditions": '["hernia"]', "treatments": "[]",
        "order": "1", "quote_nl": json.dumps("Het ging goed."), "outcome_en": '"Better."',
        "photo": None, "consent_date": "2026-01-31"})),
)


@EXAMPLES
@given(data=EXPERIENCE_FILE)
def test_any_experience_file_loads_or_is_reported(tmp_path_factory, data):
    folder = tmp_path_factory.getbasetemp() / "experiences"
    folder.mkdir(exist_ok=True)
    (folder / "a.toml").write_bytes(data)
    experiences, problems = load_experiences(folder)
    assert len(experiences) + bool(problems) >= 1


def nested(depth: int, openers: str) -> str:
    """A value ``depth`` levels deep, of arrays and inline tables taken in turn from ``openers``."""
    inner = "1"
    for level in range(depth):
        inner = f"[{inner}]" if openers[level % len(openers)] == "[" else f"{{a = {inner}}}"
    return f"x = {inner}\n"


BRACKETS_IN_DISGUISE = ['s = "[[{"\n', "t = '{{['\n", "# [[[[{{\n", "\n", 'u = """\n]]}"""\n',
                        "v = ']]]'\n", "[[w]]\n"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(depth=st.integers(1, 40), openers=st.sampled_from(["[", "{", "[{", "{[["]),
       padding=st.lists(st.sampled_from(BRACKETS_IN_DISGUISE), unique=True).map("".join))
def test_nesting_is_measured_as_the_parser_nests(depth, openers, padding):
    """The cheap scan counts brackets in strings and comments for nothing, and every other
    one: a value is refused exactly when it is nested deeper than the limit."""
    text = nested(depth, openers) + padding
    found = limits.toml_nesting(text)
    assert (found is not None) == (depth > limits.MAX_TOML_DEPTH)
    if found is None:
        tomllib.loads(text)


@EXAMPLES
@given(st.text(alphabet=st.sampled_from(["a", "b", "\n", "\r", " ", "é"]), max_size=40),
       st.integers(min_value=1, max_value=45))
def test_a_cached_topic_s_body_is_its_text_from_the_body_line_on(text, first):
    """A topic read from the cache cuts its body out of the text as the parser counted
    the lines."""
    from rugwijzer.content.files import text_lines
    from rugwijzer.content.loader import _lines_from

    assert _lines_from(text, first) == "\n".join(text_lines(text)[first - 1:])
