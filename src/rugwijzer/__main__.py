"""Command line and start-up.

Only the standard library is imported before the arguments are understood, so ``--version``,
``--help`` and ``--check-content`` answer at once; Qt comes next, the icons after the window
has been painted, and Python-Markdown only for a text whose HTML is not in the start-up
cache yet.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .content.model import Library

EXIT_OK = 0
EXIT_PROBLEMS = 1


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1366x768")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"size {width}x{height} is outside 200..10000 pixels")
    return width, height


def _seconds(text: str) -> int:
    from .content.clinic_keys import IDLE_SECONDS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of seconds") from None
    low, high = IDLE_SECONDS
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{value} seconds is outside {low}..{high}")
    return value


def build_parser() -> argparse.ArgumentParser:
    from .appearance import CHOICES
    from .languages import DEFAULT_LANGUAGE, LANGUAGES, language

    spoken = ", ".join(f"{code} ({language(code).name})" for code in LANGUAGES)
    parser = argparse.ArgumentParser(
        prog="rugwijzer",
        description="Rugwijzer explains back problems, their causes and treatments. "
                    "It works fully offline.",
    )
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=f"language of the interface and texts: {spoken} (default: the "
                             "system's language if Rugwijzer speaks it, otherwise "
                             f"{DEFAULT_LANGUAGE})")
    parser.add_argument("--open", metavar="TOPIC", dest="topics", action="append",
                        help="open this topic, e.g. hernia (default: where you left off); "
                             "with --handout, repeat it for each topic of the handout")
    parser.add_argument("--content", metavar="DIR", type=Path,
                        help="a clinic's content folder (with nl/ and en/) that overrides or "
                             "adds topics")
    parser.add_argument("--clinic", metavar="FILE", type=Path,
                        help="clinic profile (TOML) to use instead of the system-wide one")
    parser.add_argument("--hash-pin", action="store_true",
                        help="read a tablet-mode PIN and print the kiosk_pin line (a slow, "
                             "salted hash) for the clinic profile")
    parser.add_argument("--kiosk", action="store_true",
                        help="tablet mode: full screen, touch-first, locked, and back to the "
                             "start page after a quiet period")
    parser.add_argument("--idle-reset", metavar="SECONDS", type=_seconds,
                        help="in tablet mode, seconds without input before everything goes "
                             "back to the start (default 120, including the warning)")
    parser.add_argument("--check-content", metavar="DIR", nargs="?", const="", default=None,
                        help="check the shipped content, or DIR on top of it, print every "
                             "problem as FILE:LINE: message and exit (1 if any error)")
    parser.add_argument("--theme", choices=CHOICES,
                        help="colours of the window: light, dark, high-contrast, or system "
                             "to follow the desktop (default: the one last chosen in "
                             "Rugwijzer, else the clinic profile's, else system)")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="render the window to a PNG file and exit (works without a display)")
    parser.add_argument("--size", metavar="WxH", type=_size,
                        help="window size for --screenshot, e.g. 1366x768")
    handout = parser.add_argument_group("patient handout (PDF)")
    handout.add_argument("--handout", metavar="OUT.pdf", type=Path,
                         help="write an A4 summary for the patient of the --open topics and exit")
    handout.add_argument("--mark", metavar="REGION", action="append", default=[],
                         help="a marked part of the spine, e.g. disc-L4-L5 (repeatable)")
    handout.add_argument("--step", metavar="STEP",
                         help="where the patient is on the treatment path: oefentherapie, "
                              "injectie or operatie")
    handout.add_argument("--note", metavar="TEXT", default="",
                         help="the physician's short note for the patient")
    parser.add_argument("--review-sheet", metavar="OUT.pdf", type=Path,
                        help="write the sheet with which the clinic's physician checks and "
                             "approves the explanations added to the clinic's texts (in the "
                             "--lang language, Dutch by default) and exit")
    parser.add_argument("--version", action="version", version=f"rugwijzer {__version__}")
    return parser


def check_content(extra: Path | None, clinic: Path | None) -> int:
    from . import resources
    from .content.checker import check_library
    from .content.clinic import find_clinic
    from .content.loader import load_library

    folders = [resources.content_dir()]
    if extra is not None:
        folders.append(extra)
    loaded = load_library(folders)
    problems = check_library(loaded)
    profile, clinic_problems = find_clinic(clinic, resources.resource("clinic", "clinic.toml"))
    problems.extend(clinic_problems)
    problems.extend(check_extras(folders, extra, loaded.library))
    for problem in problems:
        print(problem)
    count = {severity: sum(1 for p in problems if p.severity == severity)
             for severity in ("error", "warning", "note")}
    errors = count["error"]
    checked = " and ".join([*(str(f) for f in folders), str(profile.path)])
    print(f"{checked}: {errors} error(s), {count['warning']} warning(s), "
          f"{count['note']} note(s)", file=sys.stderr if errors else sys.stdout)
    return EXIT_PROBLEMS if errors else EXIT_OK


def check_extras(folders: list[Path], extra: Path | None, library: Library) -> list:
    """Experiences, notices, the names of the spine's parts, the treatment path, search
    synonyms, the searches to tap, the glossary and the review sheet's notes: their own
    faults, and their links to ``library``, the topics of ``folders``."""
    from . import resources
    from .content.experiences import check_experiences, load_experiences
    from .content.glossary import load_glossary
    from .content.notices import load_notice_folders
    from .content.regions import NAME_PROBLEMS
    from .content.review import check_review_notes, load_review_notes
    from .content.search import SearchEngine, check_synonyms, load_synonyms
    from .content.search.popular import check_popular
    from .content.treatment_path import load_treatment_path

    experiences, problems = load_experiences(resources.resource("experiences"))
    problems.extend(check_experiences(experiences, library.ids()))
    problems.extend(load_notice_folders(resources.notice_folders(extra))[1])
    synonyms, _problems = load_synonyms(resources.synonym_folders(extra))
    # One index per language for both checks: stemming every word of the topics is most
    # of their time.
    engine = SearchEngine(library, synonyms)
    problems.extend(check_synonyms(resources.synonym_folders(extra), library, engine.index))
    problems.extend(check_popular(resources.synonym_folders(extra), engine))
    problems.extend(load_treatment_path(resources.resource("consultation",
                                                           "treatment-path.toml"))[1])
    notes, note_problems = load_review_notes(resources.resource("review", "sheet.toml"))
    problems.extend(note_problems)
    problems.extend(check_review_notes(notes, library))
    problems.extend(NAME_PROBLEMS)
    problems.extend(load_glossary(resources.resource("glossary"))[1])
    return problems


def hash_pin() -> int:
    import getpass

    from .pin import make_pin_hash, pin_problem

    if sys.stdin.isatty():
        pin = getpass.getpass("PIN (digits only): ").strip()
        again = getpass.getpass("The same PIN again: ").strip()
    else:
        pin = again = sys.stdin.readline().strip()
    problem = pin_problem(pin) or (None if again == pin else "the two PINs differ")
    if problem is not None:
        print(f"rugwijzer: {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f'kiosk_pin = "{make_pin_hash(pin)}"')
    return EXIT_OK


def attach_console() -> None:
    """Let the Windows build answer on the console it was started from.

    The installed rugwijzer.exe is a GUI program without a console of its own, so Python
    gives it no standard output; ``rugwijzer --version`` or ``--check-content`` typed in a
    Command Prompt would print nothing. Output that a caller redirects is left alone.
    """
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        return
    if sys.stdout is None:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    attach_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.check_content is not None:
        return check_content(Path(args.check_content) if args.check_content else None,
                             args.clinic)
    if args.hash_pin:
        return hash_pin()
    if args.size and not args.screenshot:
        parser.error("--size is only used with --screenshot")
    if args.idle_reset and not args.kiosk:
        parser.error("--idle-reset is only used with --kiosk")
    if (args.screenshot or args.handout or args.review_sheet) \
            and "QT_QPA_PLATFORM" not in os.environ:
        # A screenshot, handout or review sheet needs no screen: render offscreen, also on
        # servers and CI.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from .options import StartOptions

    options = StartOptions.from_args(args)
    if options.review_sheet:
        if args.handout or args.screenshot or args.topics or args.mark or args.step or args.note:
            parser.error("--review-sheet is used alone, with --content, --clinic and --lang")
        from .app import make_review_sheet

        return make_review_sheet(options)
    if options.handout:
        from .app import make_handout

        return make_handout(options)
    if options.marks or options.step or options.note:
        parser.error("--mark, --step and --note are only used with --handout")
    from .app import run

    return run(options)


if __name__ == "__main__":
    sys.exit(main())
