from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from routine_app.core.library import RoutineFolder, load_library
from routine_app.resources import assets_dir, routines_dir
from tests.conftest import VALID_ROUTINE


def test_broken_file_is_skipped_and_the_rest_load(
    write_routine: Callable[..., Path], tmp_path: Path
) -> None:
    write_routine(VALID_ROUTINE, "good.yaml")
    write_routine("format: 1\nid: [\n", "broken.yaml")
    write_routine(b"\xff\xff", "binary.yml")
    (tmp_path / "notes.txt").write_text("not a routine")
    library = load_library([RoutineFolder(tmp_path, bundled=False)])
    assert [r.id for r in library.routines] == ["test-routine"]
    assert {p.name for p in library.broken_files} == {"broken.yaml", "binary.yml"}


def test_duplicate_id_keeps_the_first_and_points_at_the_second(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    user = tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "a.yaml").write_text(VALID_ROUTINE)
    (user / "b.yaml").write_text(VALID_ROUTINE.replace("Test routine", "Impostor"))
    library = load_library([RoutineFolder(bundled, True), RoutineFolder(user, False)])
    assert [r.title for r in library.routines] == ["Test routine"]
    assert library.routines[0].bundled
    (problem,) = library.problems
    assert problem.path == user / "b.yaml"
    assert (problem.line, problem.column) == (2, 5)
    assert "already used" in problem.message


def test_missing_folder_is_simply_empty(tmp_path: Path) -> None:
    library = load_library([RoutineFolder(tmp_path / "nope", False)])
    assert library.routines == () and library.problems == ()


def test_bundled_library_is_sorted_by_title() -> None:
    library = load_library([RoutineFolder(routines_dir(), True)], asset_dirs=[assets_dir()])
    titles = [r.title for r in library.routines]
    assert titles == sorted(titles, key=str.casefold)
    assert len(titles) == 12  # the four, their gentle versions, seated, hand, daily, standing
    assert library.get("foam-roller") is not None
    assert library.get("nope") is None
