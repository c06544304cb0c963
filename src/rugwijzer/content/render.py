"""Markdown to the HTML subset that Qt's rich-text engine shows well.

Only Markdown is taken: raw HTML and attribute lists show as the text they are, so a text
cannot style itself or reach past the content folder. Images come only from the content
folder the text came from; any other becomes its description.

Python-Markdown is imported on first use, and each text's HTML is kept in the cache
folder (see :mod:`rugwijzer.cache`) under the hash of the text: a start that finds the
start page's text there does not import Python-Markdown at all. What the HTML says about
its images is checked again each time it is taken from there.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import cache
from . import images, markup
from .images import locate_image
from .markup import segments
from .model import Topic

if TYPE_CHECKING:
    import xml.etree.ElementTree as etree

# Not "extra": its md_in_html and attr_list would let a text bring its own HTML and styles.
EXTENSIONS = ("tables", "sane_lists", "smarty")
log = logging.getLogger(__name__)

_markdown: Any = None
_markdown_lock = threading.Lock()
_stamp: str | None = None


@dataclass(frozen=True, slots=True)
class RefusedImage:
    src: str
    reason: str


@dataclass(slots=True)
class _Place:
    """Where the text being converted came from, and where each of its images led: to a
    file's address, or (refused) to why not."""

    base_dir: Path | None = None
    root: Path | None = None
    refused: list[RefusedImage] = field(default_factory=list)
    found: list[tuple[str, str, bool]] = field(default_factory=list)  # src, uri or why, shown


def _place_images(tree: etree.Element, place: _Place) -> None:
    """Point each image at its file, or put its description in its place."""
    images = [(element, child) for element in tree.iter() for child in element
              if child.tag == "img"]
    for parent, image in images:
        src = image.get("src", "")
        found = locate_image(src, place.base_dir, place.root)
        if isinstance(found, Path):
            image.set("src", found.as_uri())
            place.found.append((src, found.as_uri(), True))
            continue
        place.refused.append(RefusedImage(src, found))
        place.found.append((src, found, False))
        text = image.get("alt", "") + (image.tail or "")
        index = list(parent).index(image)
        if index == 0:
            parent.text = (parent.text or "") + text
        else:
            parent[index - 1].tail = (parent[index - 1].tail or "") + text
        parent.remove(image)


def _converter() -> Any:
    global _markdown
    # Made once, by whichever thread asks first (see ``prepare_in_background``); texts are
    # converted on the window's thread only.
    with _markdown_lock:
        if _markdown is None:
            _markdown = _make_converter()
        return _markdown


def _make_converter() -> Any:
    import markdown
    from markdown.treeprocessors import Treeprocessor

    class ImagePlacer(Treeprocessor):
        def __init__(self, md: markdown.Markdown) -> None:
            super().__init__(md)
            self.place = _Place()

        def run(self, root: etree.Element) -> None:
            _place_images(root, self.place)

    class MarkdownOnly(markdown.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            # After every other step, so each image's address and description are final.
            md.treeprocessors.register(ImagePlacer(md), "images", -10)

    return markdown.Markdown(
        extensions=[*EXTENSIONS, MarkdownOnly()],
        extension_configs={"smarty": {"smart_angled_quotes": False}},
        output_format="html",
    )


def prepare_in_background() -> threading.Thread | None:
    """Import Python-Markdown and make its converter in a thread of its own, so that the
    first text whose HTML is not in the cache yet (a clinic's new texts) opens without
    waiting a tenth of a second for them; None when it is made already."""
    if _markdown is not None:
        return None
    thread = threading.Thread(target=_prepare, name="markdown", daemon=True)
    thread.start()
    return thread


def _prepare() -> None:
    try:
        _converter()
    except Exception:
        # The window's thread meets the same fault when it needs the converter, and says so.
        log.exception("cannot prepare Python-Markdown")


# Typographic quotes take a quote before a word for an opening one; in Dutch 's, 't and 'n
# (as in "'s nachts") are short for a word and take an apostrophe.
_ELISION = re.compile(r"&lsquo;([stn])(?=[\s,.;:!?)]|$)", re.IGNORECASE)


def _code_stamp() -> str:
    """What the HTML of a text follows from besides the text: this code and the version of
    Python-Markdown, found without importing it."""
    global _stamp
    if _stamp is None:
        from importlib.util import find_spec

        spec = find_spec("markdown")
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        _stamp = cache.code_stamp([
            __file__, images.__file__, markup.__file__,
            str(origin) if origin else None,
            str(origin.with_name("__meta__.py")) if origin else None])
    return _stamp


def _leads_where_it_led(src: str, where: str, shown: bool, base_dir: Path | None,
                        root: Path | None) -> bool:
    now = locate_image(src, base_dir, root)
    if shown:
        return isinstance(now, Path) and now.as_uri() == where
    return now == where


def _cached(name: str, base_dir: Path | None, root: Path | None
            ) -> tuple[str, list[RefusedImage]] | None:
    """The kept HTML named ``name``, if each of its images still leads where it led."""
    data = cache.read("html", _code_stamp(), name)
    if data is None:
        return None
    try:
        entry = json.loads(data)
        made, found = entry["html"], [tuple(image) for image in entry["images"]]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(made, str) or not all(
            len(image) == 3 and isinstance(image[0], str) and isinstance(image[1], str)
            and isinstance(image[2], bool) for image in found):
        return None
    if not all(_leads_where_it_led(*image, base_dir, root) for image in found):
        return None
    return made, [RefusedImage(src, why) for src, why, shown in found if not shown]


def _convert(text: str, base_dir: Path | None, root: Path | None
             ) -> tuple[str, list[RefusedImage]]:
    name = cache.key(_code_stamp(), text)
    kept = _cached(name, base_dir, root) if cache.folder() is not None else None
    if kept is not None:
        return kept
    converter = _converter()
    converter.reset()
    place = converter.treeprocessors["images"].place = _Place(base_dir, root)
    made = _ELISION.sub(r"&rsquo;\1", converter.convert(text))
    if cache.folder() is not None:
        cache.write("html", _code_stamp(), name,
                    json.dumps({"html": made, "images": place.found}).encode())
    return made, place.refused


def markdown_to_html(text: str) -> str:
    """``text``, which belongs to no content folder, as HTML: its images show as their
    descriptions."""
    return _convert(text, None, None)[0]


def _parts(topic: Topic) -> list[tuple[bool, str, list[RefusedImage]]]:
    return [(part.addition, *_convert(part.text, topic.base_dir, topic.root))
            for part in segments(topic.body)[0]]


def refused_images(topic: Topic) -> list[RefusedImage]:
    """The images of ``topic`` that show as their description, and why."""
    if "![" not in topic.body:
        return []  # raw HTML is refused, so Markdown makes an image only from "!["
    return [image for _addition, _fragment, refused in _parts(topic) for image in refused]


def addition_blocks(topic: Topic) -> list[tuple[int, str]]:
    """Each addition block of ``topic`` as HTML, with the file line that opens it."""
    return [(topic.body_line + part.line - 1, _convert(part.text, topic.base_dir, topic.root)[0])
            for part in segments(topic.body)[0] if part.addition]


def render_body(topic: Topic, addition_label: str, set_apart: bool = True,
                additions: bool = True) -> str:
    """The topic's text as HTML; addition blocks are set apart and labelled for the reader.

    With ``set_apart`` False they flow with the rest: for pages that are an addition as a
    whole, such as the welcome on the start page, whose footer says so once. With
    ``additions`` False they are left out.
    """
    out: list[str] = []
    for addition, fragment, _refused in _parts(topic):
        if addition and not additions:
            continue
        if addition and set_apart:
            label = (f'<p class="addition-label">{html.escape(addition_label)}</p>'
                     if addition_label else "")
            out.append(
                '<table class="addition" width="100%" cellspacing="0" cellpadding="14">'
                f'<tr><td class="addition">{label}{fragment}</td></tr></table>'
            )
        else:
            out.append(fragment)
    return "\n".join(out)

