from __future__ import annotations

import stat
from pathlib import Path

import pytest

from routine_app.core.library import Library, RoutineFolder, load_library
from routine_app.core.problems import RoutineError
from routine_app.resources import assets_dir, routines_dir
from routine_app.store.user_routines import (
    Clash,
    ImportRefusedError,
    export_routine,
    import_routine,
    user_folder,
)
from tests.conftest import VALID_ROUTINE


def library(data: Path) -> Library:
    return load_library(
        [RoutineFolder(routines_dir(), True), RoutineFolder(user_folder(data), False)],
        [assets_dir()],
    )


def test_import_validates_copies_with_pictures_and_is_private(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "pics").mkdir(parents=True)
    (source / "pics" / "pose.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    text = VALID_ROUTINE.replace(
        "    duration: 10s\n", "    duration: 10s\n    image: pics/pose.svg\n"
    )
    (source / "mine.yaml").write_text(text)
    data = tmp_path / "data"
    saved = import_routine(source / "mine.yaml", data, library(data), [assets_dir()])
    assert saved.source == user_folder(data) / "test-routine.yaml"
    assert stat.S_IMODE(saved.source.stat().st_mode) == 0o600
    (source / "pics" / "pose.svg").unlink()  # the copy does not depend on the original
    reloaded = library(data).get("test-routine")
    assert reloaded is not None and not reloaded.bundled
    assert reloaded.steps[0].image == (user_folder(data) / "pics" / "pose.svg").resolve()


def test_invalid_file_is_refused_with_its_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID_ROUTINE.replace("reps: 2", "reps: 0"))
    with pytest.raises(RoutineError):
        import_routine(bad, tmp_path / "data", library(tmp_path / "data"), [assets_dir()])
    assert not user_folder(tmp_path / "data").exists()


def test_id_clash_asks_replaces_or_keeps_both(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "mine.yaml"
    source.write_text(VALID_ROUTINE)
    import_routine(source, data, library(data), [assets_dir()])
    source.write_text(VALID_ROUTINE.replace("Test routine", "Changed"))
    with pytest.raises(ImportRefusedError, match="choose to replace it or keep both"):
        import_routine(source, data, library(data), [assets_dir()])
    import_routine(source, data, library(data), [assets_dir()], Clash.REPLACE)
    assert library(data).get("test-routine").title == "Changed"  # type: ignore[union-attr]
    kept = import_routine(source, data, library(data), [assets_dir()], Clash.KEEP_BOTH)
    assert kept.id == "test-routine-2"
    assert {r.id for r in library(data).routines} >= {"test-routine", "test-routine-2"}


def test_bundled_routines_cannot_be_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "k.yaml"
    source.write_text(VALID_ROUTINE.replace("id: test-routine", "id: knee-to-chest"))
    with pytest.raises(ImportRefusedError, match="bundled"):
        import_routine(source, data, library(data), [assets_dir()], Clash.REPLACE)
    kept = import_routine(source, data, library(data), [assets_dir()], Clash.KEEP_BOTH)
    assert kept.id == "knee-to-chest-2"


def test_export_writes_the_file_as_it_is(tmp_path: Path) -> None:
    routine = library(tmp_path).get("foam-roller")
    assert routine is not None and routine.source is not None
    export_routine(routine, tmp_path / "out.yaml")
    assert (tmp_path / "out.yaml").read_bytes() == routine.source.read_bytes()


def test_import_copies_the_mirrored_right_side_picture_too(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "pics").mkdir(parents=True)
    for name in ("pose.svg", "pose-right.svg"):
        (source / "pics" / name).write_text(f"<svg><title>{name}</title></svg>")
    text = VALID_ROUTINE.replace("    rest: 5s\n", "    rest: 5s\n    image: pics/pose.svg\n")
    (source / "mine.yaml").write_text(text)
    data = tmp_path / "data"
    import_routine(source / "mine.yaml", data, library(data), [assets_dir()])
    for name in ("pose.svg", "pose-right.svg"):
        (source / "pics" / name).unlink()
    reloaded = library(data).get("test-routine")
    assert reloaded is not None
    step = reloaded.steps[1]
    assert step.image_right == (user_folder(data) / "pics" / "pose-right.svg").resolve()
    assert "pose-right.svg" in step.image_right.read_text()
