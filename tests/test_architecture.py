"""core and store never import Qt: checked on the source and on what actually loads.
And every part of the package sits in a layer of the import-linter contract."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import routine_app

PACKAGE = Path(routine_app.__file__).parent
QT_FREE = ("core", "store")
FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "pyqtgraph",
    "routine_app.ui",
    "routine_app.engine",
    "routine_app.app",
)


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_free_layers_import_no_qt_in_source() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer in QT_FREE
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in imported_names(path)
        if name.startswith(FORBIDDEN)
    ]
    assert not offenders


def test_loading_every_qt_free_module_loads_no_qt() -> None:
    modules = [
        "routine_app." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for layer in QT_FREE
        for p in sorted((PACKAGE / layer).rglob("*.py"))
    ]
    modules += ["routine_app.cli", "routine_app.resources", "routine_app.i18n"]
    modules += ["routine_app.engine.datadir", "routine_app.cli.argparse_texts"]
    # The terminal commands' modules (tests/cli/test_no_qt.py runs the commands too).
    terminal = ("journal_commands", "routine_commands", "validate", "desktop_commands")
    modules += [f"routine_app.cli.{name}" for name in (*terminal, "desktop_check")]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_module_of_the_package_sits_in_a_layer() -> None:
    """A module beside the layers could import anything: none is left outside."""
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [
        c["layers"]
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"] == "layers point down"
    ]
    named = {name for layer in layers for name in re.split(r"\s*[|:]\s*", layer)}
    top = {
        f"routine_app.{path.stem}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").is_file()
    }
    assert top - named == set()
    assert named - top == set()
