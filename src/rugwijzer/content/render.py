"""Markdown to the HTML subset that Qt's rich-text engine shows well.

Python-Markdown is imported on first use, so it costs nothing before the first article opens.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .markup import segments
from .model import Topic

_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")')
_markdown: Any = None


def _converter() -> Any:
    global _markdown
    if _markdown is None:
        import markdown

        _markdown = markdown.Markdown(
            extensions=["extra", "sane_lists", "smarty"],
            extension_configs={"smarty": {"smart_angled_quotes": False}},
            output_format="html",
        )
    return _markdown


# Typographic quotes take a quote before a word for an opening one; in Dutch 's, 't and 'n
# (as in "'s nachts") are short for a word and take an apostrophe.
_ELISION = re.compile(r"&lsquo;([stn])(?=[\s,.;:!?)]|$)", re.IGNORECASE)


def markdown_to_html(text: str) -> str:
    converter = _converter()
    converter.reset()
    return _ELISION.sub(r"&rsquo;\1", converter.convert(text))


def _resolve_images(fragment: str, base_dir: Path) -> str:
    """Point relative image paths at the content folder; a missing image becomes its alt text."""

    def replace(match: re.Match[str]) -> str:
        src = html.unescape(match.group(2))
        if ":" in src.split("/")[0]:
            return match.group(0)
        path = (base_dir / unquote(src)).resolve()
        if not path.is_file():
            return f'{match.group(1)}missing:{html.escape(src)}{match.group(3)}'
        return f"{match.group(1)}{html.escape(path.as_uri())}{match.group(3)}"

    return _IMG_SRC.sub(replace, fragment)


def render_body(topic: Topic, addition_label: str, set_apart: bool = True) -> str:
    """The topic's text as HTML; addition blocks are set apart and labelled for the reader.

    With ``set_apart`` False they flow with the rest: for pages that are an addition as a
    whole, such as the welcome on the start page, whose footer says so once.
    """
    parts, _problems = segments(topic.body)
    out: list[str] = []
    for part in parts:
        fragment = _resolve_images(markdown_to_html(part.text), topic.base_dir)
        if part.addition and set_apart:
            label = (f'<p class="addition-label">{html.escape(addition_label)}</p>'
                     if addition_label else "")
            out.append(
                '<table class="addition" width="100%" cellspacing="0" cellpadding="14">'
                f'<tr><td class="addition">{label}{fragment}</td></tr></table>'
            )
        else:
            out.append(fragment)
    return "\n".join(out)
