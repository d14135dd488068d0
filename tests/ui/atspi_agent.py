"""An assistive-technology client for the tests: drives the app through AT-SPI alone.

Run with Debian's /usr/bin/python3 (which has pyatspi) inside the app's session bus:
    dbus-run-session -- /usr/bin/python3 atspi_agent.py SCENARIO -- APP_COMMAND...
It starts the app, waits for it to register on the accessibility bus, runs SCENARIO
("walk" or "drive") and prints one JSON object on stdout. It never imports the app:
what it knows comes from the bus, as it would for Orca.

walk:  every page (through the Go menu) and every dialog (Settings, Log pain, the
       safety screen, Keyboard shortcuts, About, the stop question), the player ready,
       running and done; for each, the showing accessible objects (role, name, states).
drive: starts the first routine, rates pain before, runs it to the end reading the
       countdown, rates pain after, logs a pain entry, and reads it back in the journal.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

CLOCK = re.compile(r"^\d+:\d\d$")


def wait_for(find, timeout=15.0, what="object"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = find()
        except Exception:  # objects come and go while windows change
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise TimeoutError(f"timed out waiting for {what}")


def app_root():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        child = desktop.getChildAtIndex(index)
        if child is not None and child.name == "routine-app":
            return child
    return None


def states(node):
    found = node.getState()
    return {
        name: found.contains(state)
        for name, state in (
            ("showing", pyatspi.STATE_SHOWING),
            ("focusable", pyatspi.STATE_FOCUSABLE),
            ("checked", pyatspi.STATE_CHECKED),
            ("enabled", pyatspi.STATE_ENABLED),
        )
    }


def walk(node, path="", out=None, depth=0):
    """Every showing object below *node* (menus' hidden items are skipped)."""
    out = [] if out is None else out
    if depth > 40:
        return out
    try:
        role, name = node.getRoleName(), node.name or ""
        description = node.description or ""
        flags = states(node)
        count = node.childCount
    except Exception:
        return out
    if not flags["showing"] and depth > 1:
        return out
    here = f"{path}/{role}"
    out.append({"role": role, "name": name, "description": description, "path": here, **flags})
    if role == "table" and count > 40:  # a long list: its first rows are enough
        count = 40
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(child, here, out, depth + 1)
    return out


def find(root, role=None, name=None, pattern=None, showing=True):
    """The first object with *role* and *name* (or a name matching *pattern*)."""
    for node in iterate(root):
        try:
            if role and node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if pattern is not None and not re.search(pattern, node.name or ""):
                continue
            if showing and not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            return node
        except Exception:
            continue
    return None


def iterate(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(min(count, 200)):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from iterate(child, depth + 1)


def act(node, names=("press", "click", "toggle", "activate", "showmenu")):
    action = node.queryAction()
    available = [action.getName(i).lower() for i in range(action.nActions)]
    for wanted in names:
        if wanted in available:
            action.doAction(available.index(wanted))
            return wanted
    raise RuntimeError(f"{node.getRoleName()} {node.name!r} has no action in {available}")


def press(root, role, name=None, pattern=None, timeout=15.0):
    """Press a control once it is there and enabled."""

    def ready():
        node = find(root, role, name, pattern)
        return node if node is not None and states(node)["enabled"] else None

    node = wait_for(ready, timeout, f"{role} {name or pattern!r}")
    act(node)
    return node


def menu(root, *path):
    """Trigger a menu command (menu items are reachable even while the menu is shut)."""
    node = root
    for step in path:
        node = wait_for(
            lambda n=node, s=step: find(n, "menu item", s, showing=False), 10, f"menu {step!r}"
        )
    act(node, ("press", "click", "activate", "toggle"))


def window(app, role_names=("dialog", "frame", "alert"), name=None, pattern=None):
    """A top-level window of the app, by name."""
    for index in range(app.childCount):
        child = app.getChildAtIndex(index)
        if child is None or child.getRoleName() not in role_names:
            continue
        title = child.name or ""
        if name is not None and title != name and not title.startswith(f"{name} — "):
            continue  # the desktop adds " — Sciatica Routines" to a dialog's title
        if pattern is not None and not re.search(pattern, child.name or ""):
            continue
        if child.getState().contains(pyatspi.STATE_SHOWING):
            return child
    return None


def dialog(app, name=None, pattern=None, timeout=15.0):
    try:
        return wait_for(lambda: window(app, name=name, pattern=pattern), timeout, "window")
    except TimeoutError:
        there = [(c.getRoleName(), c.name) for c in app if c is not None]
        raise TimeoutError(f"no window {name or pattern!r}; windows: {there}") from None


def main_frame(app):
    return dialog(app, name="Sciatica Routines")


def gone(app, name):
    wait_for(lambda: window(app, name=name) is None, 10, f"{name} to close")


def scenario_walk(app):
    seen = {}
    frame = main_frame(app)
    for page in ("Routines", "Progress", "Editor", "Journal"):
        menu(frame, "Go", page)
        time.sleep(0.4)
        seen[f"page {page}"] = walk(frame)
    menu(frame, "Go", "Progress")
    press(frame, "push button", "Weekly check…")
    weekly = dialog(app, "Weekly check")
    time.sleep(0.3)
    seen["Weekly check"] = walk(weekly)
    press(weekly, "push button", "Not now")
    gone(app, "Weekly check")
    menu(frame, "Go", "Routines")
    press(frame, "push button", "Start routine")
    safety = dialog(app, pattern="^Before")
    seen["safety screen"] = walk(safety)
    press(safety, "push button", pattern="^I understand|^Continue|^OK|^I have read")
    wait_for(lambda: find(frame, "push button", "Start routine (Space)"), 10, "ready")
    seen["player ready"] = walk(frame)
    press(frame, "push button", "Start routine (Space)")
    wait_for(lambda: find(frame, "label", pattern=CLOCK.pattern), 10, "countdown")
    press(frame, "push button", "Next ▶")  # the first step, with its picture
    wait_for(lambda: find(frame, "label", pattern="^Get ready$") is None, 10, "a step")
    time.sleep(0.3)
    seen["player running"] = walk(frame)
    press(frame, "push button", pattern="^Stop$")
    question = dialog(app, "Stop the routine?")
    seen["stop question"] = walk(question)
    press(question, "push button", "Yes")
    wait_for(lambda: find(frame, "label", "Routine stopped."), 10, "done")
    seen["player done"] = walk(frame)
    for path, title, close in (
        (("App", "Settings…"), "Settings", "Cancel"),
        (("Journal", "Log pain…"), "Log pain", "Cancel"),
        (("Help", "Keyboard shortcuts"), "Keyboard shortcuts", "Close"),
        (("Help", "About Sciatica Routines"), "About Sciatica Routines", "Close"),
    ):
        menu(frame, *path)
        opened = dialog(app, title)
        time.sleep(0.3)
        seen[title] = walk(opened)
        press(opened, "push button", close)
        gone(app, title)
    return {"views": seen}


def scenario_drive(app):
    frame = main_frame(app)
    press(frame, "push button", "Start routine")
    safety = dialog(app, pattern="^Before")
    press(safety, "push button", pattern="^I understand|^Continue|^OK|^I have read")
    before = press(frame, "radio button", pattern=r"right now\?: 3 of 10$")
    ready_checked = states(before)["checked"]
    press(frame, "push button", "Start routine (Space)")
    readings = []
    end = time.monotonic() + 40
    while time.monotonic() < end:
        done = find(frame, "label", "Routine complete. Well done.")
        if done is not None:
            break
        clock = find(frame, "label", pattern=CLOCK.pattern)
        if clock is not None:
            readings.append(
                {"name": clock.name, "description": clock.description, "at": time.monotonic()}
            )
        time.sleep(0.2)
    else:
        raise TimeoutError("the routine did not finish")
    after = press(frame, "radio button", pattern=r"pain now\?: 2 of 10$")
    after_checked = states(after)["checked"]
    press(frame, "push button", "Log pain…")
    log = dialog(app, "Log pain")
    press(log, "radio button", "Back pain: 5 of 10")
    press(log, "radio button", "Leg pain: 3 of 10")
    press(log, "push button", "Save")
    gone(app, "Log pain")
    menu(frame, "Go", "Journal")
    time.sleep(0.5)
    rows = [
        n.name
        for n in iterate(frame)
        if n.getRoleName() in ("list item", "table cell")
        and n.name
        and n.getState().contains(pyatspi.STATE_SHOWING)
    ]
    return {
        "countdown": readings,
        "pain_before_checked": ready_checked,
        "pain_after_checked": after_checked,
        "journal_rows": rows[:20],
    }


def main() -> int:
    scenario = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1 :]
    app_process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        app = wait_for(app_root, 30, "the app on the accessibility bus")
        result = {"walk": scenario_walk, "drive": scenario_drive}[scenario](app)
        print(json.dumps(result))
        return 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    sys.exit(main())
