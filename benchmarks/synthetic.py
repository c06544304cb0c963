"""A synthetic pack of topics made from the shipped texts, for the benchmarks.

    python benchmarks/synthetic.py OUT_DIR [--topics 1000]

``synthetic_pack`` makes ``Topic`` objects (for benchmarks that need no files);
``write_pack`` writes them as a content folder (``OUT_DIR/nl``, ``OUT_DIR/en``) that
``rugwijzer --content OUT_DIR`` reads as a clinic's own topics, next to the shipped ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def synthetic_pack(library, lang: str, count: int, rng: random.Random) -> list:
    """``count`` topics built from the shipped texts of ``lang``: their sentences with a
    third of the words swapped, and made-up compounds so that the vocabulary is as large as
    a real pack's."""
    from rugwijzer.content.model import KINDS, Topic
    from rugwijzer.content.regions import REGIONS
    from rugwijzer.content.search.documents import plain_text
    from rugwijzer.content.search.text import WORD

    shipped = library.in_language(lang)
    sentences = [s.strip() for t in shipped
                 for line in plain_text(t.body).splitlines()
                 for s in line.split(". ") if len(s.split()) > 3]
    words = sorted({w for t in shipped for w in WORD.findall(plain_text(t.body)) if len(w) > 2})
    made = {(a + b.lower()) if lang == "nl" else f"{a}{b.lower()}ing"
            for a, b in (rng.sample(words, 2) for _ in range(12000))}
    vocabulary = words + sorted(made)

    def sentence(chance: random.Random = rng) -> str:
        parts = chance.choice(sentences).split()
        for n in range(len(parts)):
            if chance.random() < 0.3:
                parts[n] = chance.choice(vocabulary)
        return " ".join(parts).rstrip(".") + "."

    def short(text: str) -> str:
        """A key point: at most 120 characters, cut at a word."""
        return text if len(text) <= 120 else text[:120].rsplit(" ", 1)[0] + "."

    region_ids = sorted(REGIONS)
    topics = []
    for number in range(count):
        title = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 4))).capitalize()
        paragraphs = []
        for _ in range(rng.randint(4, 8)):
            if rng.random() < 0.3:
                paragraphs.append("## " + rng.choice(vocabulary).capitalize())
            paragraphs.append(" ".join(sentence() for _ in range(rng.randint(2, 4))))
        kind = rng.choice(KINDS)
        # From a chance of their own, so the texts stay those of the search benchmark.
        points = random.Random(number)
        key_points = (tuple(short(sentence(points)) for _ in range(2))
                      if kind in ("condition", "treatment") else ())
        topics.append(Topic(
            id=f"synthetisch-{number}", lang=lang, kind=kind, title=title,
            order=200 + number, body="\n\n".join(paragraphs), path=Path(f"{number}.md"),
            body_line=1, source="benchmark", updated=dt.date(2026, 1, 1),
            summary=sentence(), regions=tuple(rng.sample(region_ids, rng.randint(0, 3))),
            key_points=key_points))
    return topics


def _toml(value) -> str:
    """A TOML value: JSON's strings and lists of strings are TOML's too."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def topic_file(topic) -> str:
    fields = {"id": topic.id, "kind": topic.kind, "title": topic.title, "order": topic.order,
              "summary": topic.summary, "source": topic.source, "updated": topic.updated}
    if topic.regions:
        fields["regions"] = list(topic.regions)
    if topic.key_points:
        fields["key_points"] = list(topic.key_points)
    front = "\n".join(f"{key} = {_toml(value)}" for key, value in fields.items())
    return f"+++\n{front}\n+++\n{topic.body}\n"


def write_pack(folder: Path, count: int, seed: int = 17) -> Path:
    """``count`` synthetic topics per language as a content folder in ``folder``."""
    sys.path.insert(0, str(ROOT / "src"))
    from rugwijzer import resources
    from rugwijzer.content.loader import load_library
    from rugwijzer.languages import LANGUAGES

    rng = random.Random(seed)
    library = load_library([resources.content_dir()]).library
    for lang in LANGUAGES:
        (folder / lang).mkdir(parents=True, exist_ok=True)
        for topic in synthetic_pack(library, lang, count, rng):
            (folder / lang / f"{topic.id}.md").write_text(topic_file(topic), encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--topics", type=int, default=1000)
    args = parser.parse_args()
    write_pack(args.folder, args.topics)
    print(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
