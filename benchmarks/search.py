"""Search: one keystroke to an updated list of results, on a library of 1,000 topics.

    python benchmarks/search.py [--topics 1000] [--rounds 3] [--limit 20]

Makes a synthetic pack of topics per language from the shipped texts (their sentences,
with words swapped for other words and Dutch-style compounds of the texts' words), adds
the shipped topics, builds the index, then types lay terms, typing slips and phrases one
character at a time and times each search from the text to the ranked results with
their snippets. Prints median, 95th percentile and worst against the 10 ms goal, the
index's build time and memory, and how long looking up typing slips takes with and
without the letter-pair filter.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import tracemalloc

from synthetic import synthetic_pack

GOAL_MS = 10.0

QUERIES = {
    "nl": ["ischias", "zenuwpijn", "uitstraling been", "hernai", "scolioze", "rontgen",
           "kromme rug", "pijn in het been", "slijtage van de wervels", "tussenwervelschijf",
           "oefentherapie na de operatie", "lage rugpijn", "spinaalstenose", "epidurale injectie",
           "verzakte wervel", "rug pijn"],
    "en": ["slipped disc", "sciatica", "pinched nerve", "herniated disk", "scoliosys",
           "curved spine", "epidural injection", "exercise therapy after surgery", "lumbago",
           "pain in the leg", "wear and tear", "x-ray", "hernai", "narrow spinal canal",
           "physio", "back pain"],
}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()

    from rugwijzer import resources
    from rugwijzer.content.loader import load_library
    from rugwijzer.content.search import load_engine
    from rugwijzer.content.search.fuzzy import allowed_slips, distance
    from rugwijzer.content.search.index import Index
    from rugwijzer.content.search.text import words

    rng = random.Random(17)
    library = load_library([resources.content_dir()]).library
    for lang in QUERIES:
        for topic in synthetic_pack(library, lang, args.topics, rng):
            library.add(topic)
    engine, problems = load_engine(library)
    if problems:
        print(*problems, sep="\n", file=sys.stderr)
        return 1

    print(f"{len(library.ids())} topics per language, {args.rounds} rounds of typing, "
          f"{args.limit} results per keystroke")
    failed = False
    for lang, queries in QUERIES.items():
        started = time.perf_counter()
        index = engine.index(lang)
        built = time.perf_counter() - started
        tracemalloc.start()
        measured = Index(lang, index.documents)
        memory = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del measured

        times: list[tuple[float, str]] = []
        for _ in range(args.rounds):
            for query in queries:
                for end in range(1, len(query) + 1):
                    typed = query[:end]
                    started = time.perf_counter()
                    engine.search(lang, typed, args.limit)
                    times.append(((time.perf_counter() - started) * 1000, typed))
        values = [ms for ms, _ in times]
        worst, worst_query = max(times)
        p95 = percentile(values, 0.95)
        failed |= p95 >= GOAL_MS
        print(f"\n[{lang}] index of {len(index)} documents, {len(index.vocabulary)} words: "
              f"built in {built * 1000:.0f} ms, {memory / 2**20:.1f} MiB")
        print(f"[{lang}] {len(values)} keystrokes: median {statistics.median(values):.2f} ms, "
              f"p95 {p95:.2f} ms, worst {worst:.2f} ms ('{worst_query}'), goal p95 < "
              f"{GOAL_MS:.0f} ms")

        slips = [w for q in queries for w in words(q) if w not in index.postings
                 and allowed_slips(w)]
        filtered, scanned = [], []
        for word in slips:
            started = time.perf_counter()
            index.fuzzy.near(word, allowed_slips(word))
            filtered.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            limit = allowed_slips(word)
            [t for t in index.vocabulary if distance(word, t, limit) <= limit]
            scanned.append((time.perf_counter() - started) * 1000)
        print(f"[{lang}] typing-slip look-up of {len(slips)} words: letter-pair filter "
              f"median {statistics.median(filtered):.2f} ms (worst {max(filtered):.2f}), "
              f"whole-vocabulary scan median {statistics.median(scanned):.1f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
