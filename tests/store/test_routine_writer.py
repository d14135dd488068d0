"""store.user_routines as the one writer of the user's routines folder: drafts saved
atomically, pictures copied, one's own routine deleted and put back, and a folder that
cannot be written refused with its reason (a real read-only mount, a file in the way)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from routine_app.core.loader import load_routine_file
from routine_app.resources import routines_dir
from routine_app.store.files import is_temp_name
from routine_app.store.user_routines import (
    RoutineFolderError,
    copy_picture,
    delete_routine,
    is_own,
    put_back,
    save_routine,
    user_folder,
)
from tests.conftest import VALID_ROUTINE
from tests.store.dataloss import read_only, tmpfs

DATA = VALID_ROUTINE.encode("utf-8")


def names(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_draft_is_saved_privately_and_a_renamed_one_leaves_its_old_file(
    tmp_path: Path,
) -> None:
    first = save_routine(tmp_path, "test-routine", DATA)
    assert first == user_folder(tmp_path).resolve() / "test-routine.yaml"
    assert first.read_bytes() == DATA and stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(user_folder(tmp_path).stat().st_mode) == 0o700
    assert load_routine_file(first).id == "test-routine"
    renamed = DATA.replace(b"id: test-routine", b"id: renamed")
    second = save_routine(tmp_path, "renamed", renamed, replaces=first)
    assert names(user_folder(tmp_path)) == ["renamed.yaml"]
    assert second.read_bytes() == renamed


def test_saving_a_copy_never_removes_a_bundled_routine(tmp_path: Path) -> None:
    bundled = routines_dir() / "piriformis-stretch.yaml"
    before = bundled.read_bytes()
    assert not is_own(tmp_path, bundled)
    save_routine(tmp_path, "my-copy", DATA, replaces=bundled)
    assert bundled.read_bytes() == before
    with pytest.raises(ValueError, match="not one of your own"):
        delete_routine(tmp_path, bundled)
    assert bundled.read_bytes() == before


def test_a_picture_is_copied_into_images(tmp_path: Path) -> None:
    picture = tmp_path / "outside" / "pose.svg"
    picture.parent.mkdir()
    picture.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert copy_picture(tmp_path / "data", picture) == "images/pose.svg"
    copied = user_folder(tmp_path / "data") / "images" / "pose.svg"
    assert copied.read_bytes() == picture.read_bytes()
    assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    with pytest.raises(FileNotFoundError):
        copy_picture(tmp_path / "data", tmp_path / "missing.svg")


def test_delete_returns_the_file_and_put_back_restores_it(tmp_path: Path) -> None:
    path = save_routine(tmp_path, "test-routine", DATA)
    assert delete_routine(tmp_path, path) == DATA and not path.exists()
    put_back(tmp_path, path, DATA)
    assert path.read_bytes() == DATA


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    """Works without root: nothing can be written into a file."""
    user_folder(tmp_path).write_text("not a folder")
    with pytest.raises(RoutineFolderError, match="a file is in the way") as caught:
        save_routine(tmp_path, "test-routine", DATA)
    assert caught.value.folder == user_folder(tmp_path)
    assert user_folder(tmp_path).read_text() == "not a folder"


def test_a_read_only_folder_refuses_every_write_and_changes_nothing(tmp_path: Path) -> None:
    picture = tmp_path / "pose.svg"
    picture.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    with tmpfs(tmp_path / "disk") as disk:
        data = disk / "data"
        path = save_routine(data, "test-routine", DATA)
        before = names(disk)
        read_only(disk)
        try:
            for write in (
                lambda: save_routine(data, "other", DATA),
                lambda: save_routine(data, "test-routine", b"changed"),
                lambda: copy_picture(data, picture),
                lambda: delete_routine(data, path),
                lambda: put_back(data, path, b"changed"),
            ):
                with pytest.raises(RoutineFolderError) as caught:
                    write()
                assert caught.value.reason == "Read-only file system"
            assert names(disk) == before and path.read_bytes() == DATA
            assert not any(is_temp_name(name) for name in names(disk))
        finally:
            read_only(disk, writable=True)
        assert copy_picture(data, picture) == "images/pose.svg", "writable again"
