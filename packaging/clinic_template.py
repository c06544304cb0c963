"""Write packaging/linux/clinic.toml, the commented clinic profile of the Linux package,
from the table of profile keys, so that it documents every key as the program checks it.

    python packaging/clinic_template.py           # rewrite the file
    python packaging/clinic_template.py --check   # exit 1 if it is out of date
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "linux" / "clinic.toml"
sys.path.insert(0, str(HERE.parent / "src"))

from rugwijzer.content.clinic_keys import KEYS  # noqa: E402

HEADER = """\
# Rugwijzer clinic profile for every user of this computer.
#
# Remove the "# " in front of a line to use it, and fill in the clinic's own details.
# Keys that stay commented out come from the profile shipped with Rugwijzer.
# Rugwijzer reads the first profile that exists:
#   1. the file given with: rugwijzer --clinic FILE
#   2. this file, /etc/rugwijzer/clinic.toml
#   3. the profile shipped with Rugwijzer
# Check this file after editing it:  rugwijzer --check-content --clinic /etc/rugwijzer/clinic.toml
# Mistakes are named with line numbers. A mistake costs only its own key (or line): that
# key keeps the shipped value and every other key still applies. An unknown key is a
# warning. With kiosk = true Rugwijzer starts in tablet mode even if the rest of the file
# is broken.
#
# This file is made from Rugwijzer's table of keys by packaging/clinic_template.py."""


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, width=88, initial_indent="# ", subsequent_indent="# ",
                         break_on_hyphens=False)


def render() -> str:
    out = [HEADER]
    for key in KEYS.values():
        out.append("")
        out.extend(_comment(key.description))
        out.extend(_comment(f"Must be {key.rule}."))
        example = key.example.replace("\n", "\n# ")
        out.append(f"# {key.name} = {example}")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TEMPLATE.read_text(encoding="utf-8")
        if current != text:
            print(f"{TEMPLATE} is out of date: run python packaging/clinic_template.py",
                  file=sys.stderr)
            return 1
        return 0
    TEMPLATE.write_text(text, encoding="utf-8")
    print(TEMPLATE)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
