"""The Dutch texts keep every sentence of the clinic's page, word for word, and add nothing.

``fixtures/source/rugklachten-page.txt`` is the clinic's page, verbatim. Each of its sentences
must stand in the topic of its section, outside addition blocks, with the same words in the
same order. Punctuation and capitals may change, so a long sentence may be split into shorter
ones, and a sentence split into a list may drop the "en" before a list item. The page's
spelling and grammar mistakes are corrected in ``CORRECTIONS`` and nowhere else.

The other way round, outside addition blocks the Dutch texts hold only sentences of the page,
headings, and "Lees ..." sentences that link to other topics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import FIXTURES
from rugwijzer import resources
from rugwijzer.content.loader import load_library
from rugwijzer.content.markup import segments

SOURCE = FIXTURES / "source" / "rugklachten-page.txt"

# The page's headings in order, with the topic that holds the text under each. None: page
# furniture (navigation, the patients' names and tags, links to news), not medical text.
# True: the heading line is itself a sentence of that topic.
SECTIONS: list[tuple[str, str | None, bool]] = [
    ("terug", None, False),
    ("Hoe ontstaan rugklachten?", "hoe-ontstaan-rugklachten", False),
    ("Oorzaak", "oorzaak", False),
    ("Slijtage van ruggenwervel", "slijtage", False),
    ("Spinaalstenose", "spinaalstenose", False),
    ("Scoliose", "scoliose", False),
    ("Hernia", "hernia", False),
    ("Behandelingen", "behandelingen", False),
    ("Oefentherapie", "oefentherapie", False),
    ("Kwaliteit van leven na behandeling", "kwaliteit-van-leven", False),
    ("Ervaringen van patiënten met rug- en nekklachten", "ervaringen", True),
    ("Tessa Tiller", None, False),
    ("Herkenbare klachten? Laat ons u vrijblijvend adviseren op basis van uw persoonlijke "
     "situatie", "advies", True),
    ("Corona maatregelen", None, False),
]

# Mistakes on the page and what the texts say instead; only words count, so a correction
# that changes only punctuation or hyphens ("MRI-foto", "buik- en") needs no entry.
CORRECTIONS = {
    "optreed.": "optreedt.",
    "uitzichzelf": "uit zichzelf",
    "Gebeurd dit niet": "Gebeurt dit niet",
    "lichaamshouding verbeterd": "lichaamshouding verbetert",
    "en zijn rugspieren": "en zijn of haar rugspieren",
    "veel voorkomende": "veelvoorkomende",
    "ter grondslag": "ten grondslag",
    "de beste behandelingen voor u mogelijk is": "de beste behandeling voor u mogelijk is",
    "over worden gegaan op": "worden overgegaan op",
    "zal erover worden gegaan tot": "zal worden overgegaan tot",
    "naar SI-gewricht, bil en/of bovenbeen": "naar het SI-gewricht, de bil en/of het bovenbeen",
    "de locatie, grootte": "de locatie, de grootte",
}

# A word a split may drop where a new sentence or list item begins.
DROPPABLE_AT_BREAK = {"en"}

# Words a "Lees ..." sentence may use besides the titles it links.
NAVIGATION_WORDS = {"lees", "ook", "meer", "over", "de", "het", "en", "hoe", "verder", "gaat"}

_WORD = re.compile(r"[^\W_]+")
_LINK = re.compile(r"!?\[((?:[^\]\\]|\\.)*)\]\([^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CLAUSE_END = re.compile(r"[.!?:;]")
_SENTENCE_END = re.compile(r"[.!?]")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    clause_start: bool  # first word of a line, or after . ! ? : or ;
    sentence_start: bool  # first word of a line, or after . ! or ?
    in_link: bool


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def source_sentences(path: Path = SOURCE) -> list[tuple[str, str]]:
    """(topic id, sentence) for every sentence of the page's medical text, corrected."""
    text = path.read_text(encoding="utf-8")
    for wrong in CORRECTIONS:
        assert wrong in text, f"correction for '{wrong}', which the page does not contain"
    for wrong, right in CORRECTIONS.items():
        text = text.replace(wrong, right)
    headings = list(SECTIONS)
    found: list[tuple[str, str]] = []
    topic: str | None = None
    for line in (raw.strip() for raw in text.splitlines()):
        if headings and line == headings[0][0]:
            _, topic, is_text = headings.pop(0)
            if not is_text:
                continue
        if topic is None or not line:
            continue
        line = line.lstrip("•").strip()
        found += [(topic, sentence) for sentence in re.split(r"(?<=[.!?])\s+", line)]
    assert not headings, f"headings not found on the page, in this order: {headings}"
    return found


def dutch_words(body: str) -> list[Word]:
    """The words of a topic's text outside addition blocks and headings, in order."""
    result: list[Word] = []
    parts, _problems = segments(body)
    for part in parts:
        if part.addition:
            continue
        for line in part.text.splitlines():
            if _HEADING.match(line):
                continue
            line = _LIST_MARK.sub("", line)
            shown, link_mask, position = "", [], 0
            for link in _LINK.finditer(line):
                shown += line[position:link.start()]
                link_mask += [False] * (link.start() - position)
                shown += link.group(1)
                link_mask += [True] * len(link.group(1))
                position = link.end()
            shown += line[position:]
            link_mask += [False] * (len(line) - position)
            previous_end = None
            for match in _WORD.finditer(shown):
                gap = shown[previous_end:match.start()] if previous_end is not None else ""
                first = previous_end is None
                result.append(Word(match.group().casefold(),
                                   first or bool(_CLAUSE_END.search(gap)),
                                   first or bool(_SENTENCE_END.search(gap)),
                                   link_mask[match.start()]))
                previous_end = match.end()
    return result


def _match_at(sentence: list[str], text: list[Word], start: int) -> int | None:
    """Where ``sentence`` ends if it stands in ``text`` from ``start``, else None."""
    at = start
    for index, word in enumerate(sentence):
        if at < len(text) and text[at].text == word:
            at += 1
        elif not (index and word in DROPPABLE_AT_BREAK and at < len(text)
                  and text[at].clause_start):
            return None
    if at < len(text) and not text[at].clause_start:
        return None
    return at


def occurrences(sentence: str, text: list[Word]) -> list[range]:
    wanted = words(sentence)
    found = []
    for start, word in enumerate(text):
        if word.clause_start:
            end = _match_at(wanted, text, start)
            if end is not None:
                found.append(range(start, end))
    return found


def missing_sentences(bodies: dict[str, str]) -> list[str]:
    """The page's sentences that are not in their topic, word for word."""
    text = {topic: dutch_words(body) for topic, body in bodies.items()}
    return [f"{topic}: {sentence}" for topic, sentence in source_sentences()
            if not occurrences(sentence, text.get(topic, []))]


def unsourced_passages(bodies: dict[str, str]) -> list[str]:
    """Sentences outside addition blocks that are not the page's and not a link to read on."""
    sentences = [sentence for _topic, sentence in source_sentences()]
    problems = []
    for topic, body in bodies.items():
        text = dutch_words(body)
        covered: set[int] = set()
        for sentence in sentences:
            for found in occurrences(sentence, text):
                covered.update(found)
        starts = [i for i, word in enumerate(text) if word.sentence_start] + [len(text)]
        for begin, end in pairwise(starts):
            unit = text[begin:end]
            if all(i in covered for i in range(begin, end)):
                continue
            navigation = (unit[0].text == "lees" and any(w.in_link for w in unit)
                          and all(w.in_link or w.text in NAVIGATION_WORDS for w in unit))
            if not navigation:
                problems.append(f"{topic}: {' '.join(w.text for w in unit)}")
    return problems


def _shipped_bodies() -> dict[str, str]:
    library = load_library([resources.content_dir()]).library
    return {topic_id: topic.body for topic_id, topic in library.topics["nl"].items()}


def test_every_sentence_of_the_page_is_in_its_dutch_topic():
    assert len(source_sentences()) > 60
    assert missing_sentences(_shipped_bodies()) == []


def test_outside_additions_the_dutch_texts_say_only_what_the_page_says():
    assert unsourced_passages(_shipped_bodies()) == []


def _edited(topic: str, old: str, new: str) -> dict[str, str]:
    bodies = _shipped_bodies()
    assert old in bodies[topic]
    bodies[topic] = bodies[topic].replace(old, new, 1)
    return bodies


@pytest.mark.parametrize(("topic", "old", "new", "sentence"), [
    ("hernia", "één op de vijf mensen", "één op de zes mensen",
     "Zo heeft ongeveer één op de vijf mensen"),
    ("oorzaak", "heeft lang niet alle rugpijn", "heeft lang alle rugpijn",
     "Echter heeft lang niet alle rugpijn"),
    ("oefentherapie", "overgegaan op injectietherapie.",
     "overgegaan op injectietherapie, zoals een epidurale injectie.",
     "Gebeurt dit niet dan kan worden overgegaan op injectietherapie."),
    ("hernia", "- de grootte\n- of er", "- de grootte of er", "Dit hangt samen met"),
    ("slijtage", "Dit is echter een laatste oplossing.", "Dit is een laatste oplossing.",
     "Helpt dit niet dan kunnen wervels eventueel worden vastgezet"),
    ("scoliose", "Maar bij een ernstige scoliose moet het korset de hele dag aan.", "",
     "Maar bij een ernstige scoliose"),
])
def test_a_changed_dropped_or_added_word_is_caught(topic, old, new, sentence):
    missing = missing_sentences(_edited(topic, old, new))
    assert [m for m in missing if m.startswith(f"{topic}: {sentence}")], missing


def test_a_sentence_in_the_wrong_topic_is_missing_from_its_own():
    bodies = _shipped_bodies()
    moved = "Soms is het genoeg om het korset alleen 's nachts te dragen."
    bodies["scoliose"] = bodies["scoliose"].replace(moved, "")
    bodies["hernia"] += "\n" + moved + "\n"
    assert missing_sentences(bodies) == [f"scoliose: {moved}"]


def test_a_sentence_may_be_split_or_joined_but_not_lose_en_mid_sentence():
    joined = _edited("hernia", "een hernia. Maar slechts", "een hernia, maar slechts")
    assert missing_sentences(joined) == []
    split = _edited("slijtage", "Wanneer slijtage optreedt ter hoogte van deze gewrichtjes, ",
                    "Wanneer slijtage optreedt ter hoogte van deze gewrichtjes? Dan ")
    assert [m for m in missing_sentences(split) if m.startswith("slijtage: Wanneer")]
    dropped = _edited("scoliose", "verbetert en zijn of haar", "verbetert zijn of haar")
    assert [m for m in missing_sentences(dropped) if m.startswith("scoliose: Bij een ernstigere")]


@pytest.mark.parametrize(("topic", "old", "new"), [
    ("oefentherapie", "overgegaan op injectietherapie.",
     "overgegaan op injectietherapie, zoals een epidurale injectie."),
    ("oorzaak", "Er kunnen veel andere oorzaken aan ten grondslag liggen.",
     "Er kunnen veel andere oorzaken aan ten grondslag liggen. Vier komen veel voor."),
    ("hernia", "Lees ook over", "Lees ook meteen over"),
])
def test_words_that_are_not_from_the_page_are_caught_outside_additions(topic, old, new):
    assert unsourced_passages(_edited(topic, old, new))
    assert unsourced_passages(_shipped_bodies()) == []


# A key point may use a form of a page's word ("versterkt" for "versterken"): a word counts
# as the page's when they share all but its last three letters, and at least four.
def _grounded(word: str, page: set[str]) -> bool:
    needed = max(4, len(word) - 3)
    return any(len(other) >= needed and other[:needed] == word[:needed] for other in page)


def invented_words(topic) -> list[str]:
    """The words of ``topic``'s key points (of five letters or more: short words carry the
    grammar) that its own text, outside additions, does not use."""
    page = {word for part in segments(topic.body)[0] if not part.addition
            for word in words(_LINK.sub(r"\1", part.text))}
    return [word for point in topic.key_points for word in words(point)
            if len(word) >= 5 and not _grounded(word, page)]


def test_key_points_say_only_what_their_own_page_says():
    library = load_library([resources.content_dir()]).library
    checked = 0
    for lang in ("nl", "en"):
        for topic in library.topics[lang].values():
            assert invented_words(topic) == [], topic.path
            checked += bool(topic.key_points)
    assert checked == 16


def test_an_invented_key_point_is_caught():
    library = load_library([resources.content_dir()]).library
    hernia = library.topics["nl"]["hernia"]
    invented = replace(hernia, key_points=(*hernia.key_points[:3],
                                           "Een operatie geeft altijd direct resultaat."))
    assert invented_words(invented) == ["altijd", "direct", "resultaat"]
    from_addition = replace(hernia, key_points=("De pijn kan uitstralen naar het been.",))
    assert invented_words(from_addition) == ["uitstralen"]
