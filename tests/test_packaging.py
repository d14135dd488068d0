"""Packaging files stay valid and in step with the app: the Flatpak manifest's structure,
its pinned requirements, the changelog against the AppStream releases, the bundle spec."""

from __future__ import annotations

import re
import shlex
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / "io.github.sciatica_routines.RoutineApp.yml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
APP_ID = "io.github.sciatica_routines.RoutineApp"

FINISH_ARG = re.compile(
    r"--(share=(ipc|network)|socket=(wayland|fallback-x11|x11|pulseaudio|session-bus)"
    r"|device=(dri|all)|filesystem=[\w/.:~-]+(:ro|:rw|:create)?|(talk|own)-name=[\w.]+"
    r"|env=\w+=.*)"
)
SOURCE_FIELDS = {"dir": {"path"}, "git": {"url"}, "archive": {"url", "sha256"}, "file": {"path"}}


def manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def check_module(module: Any) -> list[str]:
    """Problems with one module entry, by the flatpak-builder manifest format."""
    if isinstance(module, str):
        return [] if module.endswith(".json") else [f"module file {module!r} is not JSON"]
    problems = []
    if not isinstance(module.get("name"), str):
        problems.append("a module has no name")
    if module.get("buildsystem") not in {"simple", "meson", "cmake", "cmake-ninja", "autotools"}:
        problems.append(f"{module.get('name')}: unknown buildsystem")
    commands = module.get("build-commands", [])
    if not all(isinstance(c, str) and c.strip() for c in commands):
        problems.append(f"{module.get('name')}: build-commands must be non-empty strings")
    for source in module.get("sources", []):
        kind = source.get("type")
        if kind not in SOURCE_FIELDS:
            problems.append(f"{module.get('name')}: unknown source type {kind!r}")
        elif missing := SOURCE_FIELDS[kind] - source.keys():
            problems.append(f"{module.get('name')}: {kind} source lacks {sorted(missing)}")
    return problems


def test_manifest_structure() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    for key in ("runtime", "sdk", "base"):
        assert isinstance(data[key], str) and data[key].count(".") >= 2, key
    for key in ("runtime-version", "base-version"):
        assert isinstance(data[key], str), f"{key} must be a string (quote it in YAML)"
    assert data["command"] in PYPROJECT["project"]["gui-scripts"]
    bad = [arg for arg in data["finish-args"] if not FINISH_ARG.fullmatch(arg)]
    assert bad == []
    assert "--socket=pulseaudio" in data["finish-args"], "cue sounds need the sound server"
    assert "--talk-name=org.freedesktop.Notifications" in data["finish-args"]
    problems = [p for module in data["modules"] for p in check_module(module)]
    assert problems == []
    unknown = set(data) - {
        "id", "runtime", "runtime-version", "sdk", "base", "base-version", "command",
        "finish-args", "cleanup-commands", "modules",
    }  # fmt: skip
    assert unknown == set()


def test_structure_check_catches_mistakes() -> None:
    assert check_module({"name": "x", "buildsystem": "make"}) == ["x: unknown buildsystem"]
    assert check_module({"name": "x", "buildsystem": "simple", "sources": [{"type": "git"}]})
    assert check_module("deps.yaml")
    assert not FINISH_ARG.fullmatch("--socket=pulse")


def test_manifest_installs_files_that_exist() -> None:
    (app,) = [m for m in manifest()["modules"] if isinstance(m, dict)]
    (source,) = app["sources"]
    checkout = (FLATPAK / source["path"]).resolve()
    assert checkout == ROOT
    for command in app["build-commands"]:
        for word in shlex.split(command):
            if word.startswith("assets/") and "*" not in word:
                assert (checkout / word).is_file(), word
    assert list((ROOT / "assets" / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))


def pins(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        requirement = line.split("#")[0].split(";")[0].strip()
        if "==" in requirement:
            name, version = requirement.split("==")
            found[name.strip().lower().replace("_", "-")] = version.strip()
    return found


def test_flatpak_requirements_match_the_app() -> None:
    runtime = {
        name: version
        for name, version in pins(PYPROJECT["project"]["dependencies"]).items()
        if not name.startswith("pyside6")  # from the base app
    }
    listed = pins((FLATPAK / "requirements.txt").read_text().splitlines())
    backend = pins(PYPROJECT["build-system"]["requires"])
    assert listed == runtime | backend


def test_changelog_and_metainfo_name_the_same_releases() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    in_changelog = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d)$", changelog, re.M)
    tree = ET.parse(ROOT / "assets" / f"{APP_ID}.metainfo.xml")
    in_metainfo = [(r.get("version"), r.get("date")) for r in tree.iter("release")]
    assert in_changelog and in_changelog == in_metainfo


def test_bundle_spec_is_python() -> None:
    spec = ROOT / "packaging" / "routine-app.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
