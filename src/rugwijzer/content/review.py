"""What the review sheet asks the clinic's physician besides the additions: claims of the
clinic's own page that deserve a second look, long sentences that could be split only by
reordering words, and questions that the published sources left open.

Read from ``resources/review/sheet.toml``; the quotes are found in the Dutch texts, the
source language, so that the sheet can say where each one stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic
from .files import parse_toml, read_text, text_lines
from .limits import MAX_FILE_BYTES
from .markup import segments
from .model import Library, Topic

SOURCE_LANGUAGE = "nl"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Claim:
    """A passage of the clinic's page that deserves a second look, and why."""

    quote: str
    topics: tuple[str, ...]
    why_nl: str
    why_en: str
    line: int | None = None  # of its table in the file

    def why(self, lang: str) -> str:
        return self.why_nl if lang == "nl" else self.why_en


@dataclass(frozen=True, slots=True)
class LongSentence:
    """A sentence of the page too long for easy reading that can be split only by putting
    its words in another order: the clinic decides."""

    sentence: str
    topics: tuple[str, ...]
    proposal: str  # in Dutch, as the sentence is
    line: int | None = None

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.sentence))


@dataclass(frozen=True, slots=True)
class Question:
    """Something the published sources leave for the clinic to decide."""

    topics: tuple[str, ...]
    question_nl: str
    question_en: str
    line: int | None = None

    def question(self, lang: str) -> str:
        return self.question_nl if lang == "nl" else self.question_en


@dataclass(frozen=True, slots=True)
class ReviewNotes:
    claims: tuple[Claim, ...] = ()
    long_sentences: tuple[LongSentence, ...] = ()
    questions: tuple[Question, ...] = ()
    path: Path | None = field(default=None, compare=False)


# table name -> (its class, its keys, the keys that hold a list of topic ids)
_TABLES = {
    "claim": (Claim, ("quote", "topics", "why_nl", "why_en")),
    "long_sentence": (LongSentence, ("sentence", "topics", "proposal")),
    "question": (Question, ("topics", "question_nl", "question_en")),
}


def load_review_notes(path: Path) -> tuple[ReviewNotes, list[Diagnostic]]:
    """The notes in ``path``; a faulty entry is named with its line and left out."""
    text = read_text(path, MAX_FILE_BYTES)
    if isinstance(text, Diagnostic):
        return ReviewNotes(path=path), [text]
    data = parse_toml(text, path, 1, "invalid TOML")
    if isinstance(data, Diagnostic):
        return ReviewNotes(path=path), [data]
    lines = text_lines(text)
    problems: list[Diagnostic] = []
    for name in sorted(data.keys() - _TABLES.keys()):
        problems.append(Diagnostic(path, _line_of(lines, name),
                                   f"unknown table '{name}' (known: {', '.join(_TABLES)})"))
    found: dict[str, list] = {}
    for name, (kind, keys) in _TABLES.items():
        entries = data.get(name, [])
        headers = _header_lines(lines, name)
        found[name] = []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            problems.append(Diagnostic(path, _line_of(lines, name),
                                       f"'{name}' must be a list of [[{name}]] tables"))
            continue
        for number, entry in enumerate(entries):
            line = headers[number] if number < len(headers) else None
            wrong = _entry_problem(entry, keys)
            if wrong is not None:
                problems.append(Diagnostic(path, line, f"[[{name}]]: {wrong}"))
                continue
            values = {key: tuple(entry[key]) if key == "topics" else entry[key].strip()
                      for key in keys}
            found[name].append(kind(**values, line=line))
    notes = ReviewNotes(tuple(found["claim"]), tuple(found["long_sentence"]),
                        tuple(found["question"]), path)
    return notes, problems


def _line_of(lines: list[str], name: str) -> int | None:
    """The first line that opens a table ``name`` or gives it a value."""
    pattern = re.compile(rf"^\s*(?:\[+\s*{re.escape(name)}\s*\]+|{re.escape(name)}\s*=)")
    return next((n for n, text in enumerate(lines, start=1) if pattern.match(text)), None)


def _header_lines(lines: list[str], name: str) -> list[int]:
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
    return [number for number, text in enumerate(lines, start=1) if pattern.match(text)]


def _entry_problem(entry: dict, keys: tuple[str, ...]) -> str | None:
    missing = [key for key in keys if key not in entry]
    unknown = sorted(entry.keys() - set(keys))
    if missing or unknown:
        return f"needs exactly the keys {', '.join(keys)}"
    for key in keys:
        value = entry[key]
        if key == "topics":
            if not (isinstance(value, list) and value
                    and all(isinstance(item, str) for item in value)):
                return "'topics' must be a list of one or more topic ids"
        elif not isinstance(value, str) or not value.strip():
            return f"'{key}' must be a text"
    return None


def words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def find_line(quote: str, topic: Topic) -> int | None:
    """The file line on which ``quote`` stands in ``topic``'s own text (not an addition),
    word for word; punctuation and capitals do not count."""
    wanted = words(quote)
    if not wanted:
        return None
    parts, _problems = segments(topic.body)
    for part in parts:
        if part.addition:
            continue
        for offset, text in enumerate(part.text.split("\n")):
            have = words(text)
            if any(have[i:i + len(wanted)] == wanted for i in range(len(have))):
                return topic.body_line + part.line + offset
    return None


def places(quote: str, topic_ids: tuple[str, ...], library: Library
           ) -> list[tuple[Topic, int]]:
    """Each Dutch topic of ``topic_ids`` that says ``quote``, with the line it is on."""
    found = []
    for topic_id in topic_ids:
        topic = library.topics.get(SOURCE_LANGUAGE, {}).get(topic_id)
        line = find_line(quote, topic) if topic is not None else None
        if topic is not None and line is not None:
            found.append((topic, line))
    return found


def check_review_notes(notes: ReviewNotes, library: Library) -> list[Diagnostic]:
    """Topics that do not exist are errors; a quote that a topic no longer says (because
    the clinic changed the text) is a warning: the sheet then leaves that place out."""
    problems = []
    known = library.ids()
    entries = [*((c.quote, c) for c in notes.claims),
               *((s.sentence, s) for s in notes.long_sentences),
               *((None, q) for q in notes.questions)]
    for quote, entry in entries:
        for topic_id in entry.topics:
            if topic_id not in known:
                problems.append(Diagnostic(notes.path, entry.line,
                                           f"topic '{topic_id}' does not exist"))
                continue
            topic = library.topics.get(SOURCE_LANGUAGE, {}).get(topic_id)
            if quote is not None and (topic is None or find_line(quote, topic) is None):
                problems.append(Diagnostic(
                    notes.path, entry.line, f"'{_clip(quote)}' is no longer in the text of "
                                            f"'{topic_id}' ({SOURCE_LANGUAGE})", "warning"))
    return problems


def _clip(text: str, length: int = 50) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"
