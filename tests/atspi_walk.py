"""Drive a program over AT-SPI as a screen reader or inspector does, and report what it saw.

Run by test_atspi.py in the system Python (which has pyatspi), inside a private D-Bus session
on an X display:

    atspi_walk.py STEP... -- COMMAND...

Starts the accessibility bus and COMMAND, then carries out the steps in order:

    walk                   read the whole tree once: every object's role, name, states,
                           extents and actions, asking each node for each child by index
    await:PANEL/PART       walk again and again until a spine shown in the panel named
                           PANEL has a part named PART
    until:NAME             walk again and again until an object named NAME is shown
    press:NAME             press the shown object named NAME
    press:PANEL/NAME       the same, looking only inside the panel named PANEL

and prints one JSON object: each walk's spines (the shown pictures and their parts) and
whether the program was alive after every step. A spine is an image whose children are
buttons; an object's panel is its nearest named ancestor of role panel or filler. Exits 1
when the program died or a step could not be done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import Gio, GLib

TIMEOUT = float(os.environ.get("ATSPI_WALK_TIMEOUT", "20"))


def start_bus() -> subprocess.Popen:
    # Its registry daemon writes to standard output, which carries the report. Asked
    # without auto-start until it answers, so D-Bus does not start a second one meanwhile.
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                stdout=subprocess.DEVNULL)
    session = Gio.bus_get_sync(Gio.BusType.SESSION)
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                              None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NO_AUTO_START,
                              2000, None)
            return launcher
        except GLib.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def find_application(program: subprocess.Popen):
    deadline = time.monotonic() + TIMEOUT
    while program.poll() is None and time.monotonic() < deadline:
        for candidate in pyatspi.Registry.getDesktop(0):
            try:
                if candidate.get_process_id() == program.pid and candidate.childCount:
                    return candidate
            except Exception:
                pass
        time.sleep(0.05)
    return None


def children(node):
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield child


def describe(node, panel: str) -> dict:
    states = node.getState()
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        actions = []
    return {
        "role": node.getRoleName(),
        "name": node.name,
        "panel": panel,
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "selected": states.contains(pyatspi.STATE_SELECTED),
        "box": [box.x, box.y, box.width, box.height],
        "actions": actions,
    }


def walk(application) -> tuple[list[tuple[object, dict]], list[str]]:
    """Every object below the application with what a reader asks of it, and the errors.

    Each object's ``parent`` is the index of its parent in the list (-1 for a window).
    """
    found: list[tuple[object, dict]] = []
    errors: list[str] = []

    def visit(node, parent: int, panel: str) -> None:
        try:
            info = describe(node, panel)
        except Exception as exc:
            errors.append(f"unreadable object under {panel!r}: {exc!r}")
            return
        info["parent"] = parent
        found.append((node, info))
        here = len(found) - 1
        inner = info["name"] if info["role"] in ("panel", "filler") and info["name"] else panel
        try:
            kids = list(children(node))
        except Exception as exc:
            errors.append(f"children of {info['role']} {info['name']!r}: {exc}")
            return
        for child in kids:
            visit(child, here, inner)

    for window in children(application):
        visit(window, -1, "")
    return found, errors


def spines(found: list[tuple[object, dict]]) -> list[dict]:
    """The shown pictures whose children are buttons, each with its parts and, for each
    part, the name of the object the picture says is at the middle of the part's box."""
    shown = []
    for index, (node, info) in enumerate(found):
        if info["role"] != "image" or not info["showing"]:
            continue
        parts = [dict(part) for _node, part in found
                 if part["parent"] == index and part["role"] == "push button"]
        if not parts:
            continue
        component = node.queryComponent()
        for part in parts:
            x, y, width, height = part["box"]
            there = component.getAccessibleAtPoint(x + width // 2, y + height // 2,
                                                   pyatspi.DESKTOP_COORDS)
            part["at_middle"] = there.name if there is not None else None
        shown.append({**info, "parts": parts})
    return shown


def main() -> int:
    split = sys.argv.index("--")
    steps, command = sys.argv[1:split], sys.argv[split + 1:]
    launcher = start_bus()
    report: dict = {"walks": [], "steps": [], "objects": 0}
    with tempfile.TemporaryFile() as log:
        program = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            run_steps(steps, program, report)
        finally:
            report["alive"] = program.poll() is None
            if report["alive"]:
                program.terminate()
            try:
                program.wait(timeout=10)
            except subprocess.TimeoutExpired:
                program.kill()
                program.wait()
            report["exit"] = program.returncode
            log.seek(0)
            report["output"] = log.read().decode(errors="replace")[-2000:]
            launcher.terminate()
            launcher.wait()
    print(json.dumps(report, ensure_ascii=False))
    ok = report["steps"] and all(step["ok"] and step["alive"] for step in report["steps"])
    return 0 if ok else 1


def run_steps(steps: list[str], program: subprocess.Popen, report: dict) -> None:
    application = find_application(program)
    if application is None:
        report["failure"] = "no accessible application appeared"
        return
    for step in steps:
        try:
            ok, detail = do_step(step, application, report)
        except Exception as exc:
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        alive = program.poll() is None
        report["steps"].append({"step": step, "ok": ok, "detail": detail, "alive": alive})
        if not ok or not alive:
            return


def do_step(step: str, application, report: dict) -> tuple[bool, str]:
    kind, _, argument = step.partition(":")
    if kind == "walk":
        found, errors = walk(application)
        record(report, step, found, errors)
        return not errors, said(found, errors)
    if kind == "await":
        panel, _, part = argument.rpartition("/")
        deadline = time.monotonic() + TIMEOUT
        while True:
            found, errors = walk(application)
            shown = spines(found)
            if any(spine["panel"] == panel and any(p["name"] == part for p in spine["parts"])
                   for spine in shown):
                record(report, step, found, errors, shown)
                return not errors, said(found, errors)
            if time.monotonic() > deadline:
                record(report, step, found, errors, shown)
                return False, f"no spine in {panel!r} with {part!r}"
            report["objects"] += len(found)
            time.sleep(0.1)
    if kind == "until":
        deadline = time.monotonic() + TIMEOUT
        while True:
            found, errors = walk(application)
            if any(info["name"] == argument and info["showing"] for _node, info in found):
                record(report, step, found, errors)
                return not errors, said(found, errors)
            if time.monotonic() > deadline:
                record(report, step, found, errors)
                return False, f"nothing named {argument!r} shown"
            report["objects"] += len(found)
            time.sleep(0.1)
    if kind == "press":
        panel, _, name = argument.rpartition("/")
        found, _errors = walk(application)
        report["objects"] += len(found)
        for node, info in found:
            if info["name"] == name and info["showing"] and (not panel or info["panel"] == panel):
                action = node.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                action.doAction(names.index("Press") if "Press" in names else 0)
                return True, f"pressed {info['role']} {name!r}"
        return False, f"nothing shown named {name!r} in {panel!r}"
    return False, f"unknown step {step!r}"


def said(found, errors: list[str]) -> str:
    return f"{len(found)} objects" + (f", {len(errors)} errors: {errors[:3]}" if errors else "")


def record(report: dict, step: str, found, errors: list[str],
           shown: list[dict] | None = None) -> None:
    report["objects"] += len(found)
    buttons = [info["name"] for _node, info in found
               if info["role"] == "push button" and info["showing"]]
    report["walks"].append({"step": step, "objects": len(found), "errors": errors,
                            "spines": spines(found) if shown is None else shown,
                            "buttons": buttons})


if __name__ == "__main__":
    sys.exit(main())
