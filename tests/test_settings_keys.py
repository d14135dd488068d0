"""Settings keys are named in one place: ``core/settings.py``.

Anywhere else in routine_app, a text that looks like a settings key (a declared group
and a slash: "player/voice", f"reminders/{kind}/time") or a QSettings call with a
literal key fails this test; so does a QSettings read or write outside the adapter
(``ui/common/preferences.py``), which is the only code that talks to QSettings.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import routine_app
from routine_app.core import settings

PACKAGE = Path(routine_app.__file__).parent
DECLARATIONS = PACKAGE / "core" / "settings.py"
ADAPTER = PACKAGE / "ui" / "common" / "preferences.py"
#: QSettings methods that take or list keys.
KEYED = {"value", "setValue", "remove", "contains", "beginGroup", "allKeys", "childKeys"}


def declared_groups() -> set[str]:
    keys = [v.key for v in vars(settings).values() if isinstance(v, settings.Option)]
    keys += [o.days.key for o in settings.REMINDERS.values()] + [settings.GENTLE_GROUP]
    return {key.split("/")[0] + "/" for key in keys}


def _texts(node: ast.AST) -> Iterator[str]:
    """The literal text a node starts with: a string, or an f-string's first part."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr) and node.values:
        yield from _texts(node.values[0])


def offences(source: str, groups: set[str], adapter: bool = False) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        for text in _texts(node):
            if text.startswith(tuple(groups)):
                found.append(f"line {node.lineno}: key {text!r}")  # type: ignore[attr-defined]
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in KEYED:
            continue
        if node.args and any(True for _ in _texts(node.args[0])):
            found.append(f"line {node.lineno}: .{node.func.attr}() with a literal key")
        receiver = ast.unparse(node.func.value)
        if "settings" in receiver.lower() and not adapter:
            found.append(f"line {node.lineno}: {receiver}.{node.func.attr}() bypasses the adapter")
    return found


def test_no_settings_key_or_qsettings_call_outside_the_declarations() -> None:
    groups = declared_groups()
    assert {"player/", "reminders/", "gentle/", "window/"} <= groups
    problems = {
        str(path.relative_to(PACKAGE)): found
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != DECLARATIONS
        if (found := offences(path.read_text(encoding="utf-8"), groups, path == ADAPTER))
    }
    assert problems == {}


def test_the_check_finds_keys_and_direct_calls() -> None:
    groups = declared_groups()
    source = (
        'ACKNOWLEDGED_KEY = "safety/acknowledged"\n'
        "def f(settings, kind, spin):\n"
        '    settings.setValue(f"reminders/{kind}/time", "07:00")\n'
        "    self._settings.value(ACKNOWLEDGED_KEY, False, type=bool)\n"
        '    store.value("colour")\n'
        "    spin.setValue(3)\n"  # a widget's value: fine
        '    return "routines/affected_side"\n'
    )
    found = offences(source, groups)
    assert sorted({line.split(":")[0] for line in found}) == [
        "line 1",
        "line 3",
        "line 4",
        "line 5",
        "line 7",
    ], found
    assert "line 4: self._settings.value() bypasses the adapter" in found
    assert "line 5: .value() with a literal key" in found
    assert offences("preferences.get(SOUND)\nself.settings.value(option.key)\n", groups, True) == []
