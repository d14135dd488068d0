"""The editor on a routines folder that cannot be written (a real read-only mount): the
Save handler says why, the page no longer says "ready to save", nothing is written, and
copying a picture, deleting and undoing say so too. Skipped (with the reason) where
mounting a file system is not allowed; root ignores permission bits, so a chmod test
would prove nothing here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from routine_app.store.user_routines import load_all, user_folder
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.library.editor import EditorPage
from tests.store.dataloss import read_only, tmpfs
from tests.ui.test_editor_page import fill_new


def editor(qtbot: QtBot, data: Path, settings: QSettings) -> EditorPage:
    page = EditorPage(lambda: load_all(data), data, Preferences(settings))
    qtbot.addWidget(page)
    page.show()
    return page


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_save_on_a_read_only_folder_says_why_and_not_ready_to_save(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    picture = tmp_path / "pose.svg"
    picture.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    with tmpfs(tmp_path / "disk") as disk:
        data = disk / "data"
        user_folder(data).mkdir(parents=True)
        page = editor(qtbot, data, settings)
        fill_new(page)
        assert "ready to save" in page.problem_label.text()
        read_only(disk)
        try:
            page.save_button.click()  # the Save handler itself
            text = page.problem_label.text()
            assert "Not saved" in text and "Read-only file system" in text
            assert str(user_folder(data)) in text and "ready to save" not in text
            assert page.unsaved and files(user_folder(data)) == []
            page.step_image.setText("")
            assert page.use_image(picture) == ""
            text = page.problem_label.text()
            assert "Picture not copied" in text and "ready to save" not in text
            assert page.step_image.text() == "" and files(user_folder(data)) == []
        finally:
            read_only(disk, writable=True)
        page.save_button.click()
        assert not page.unsaved and "Saved to" in page.problem_label.text()
        assert files(user_folder(data)) == ["evening-stretch.yaml"]


def test_delete_and_undo_on_a_read_only_folder_leave_the_file_as_it_was(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk") as disk:
        data = disk / "data"
        page = editor(qtbot, data, settings)
        fill_new(page)
        assert page.save()
        path = user_folder(data) / "evening-stretch.yaml"
        saved = path.read_bytes()
        read_only(disk)
        try:
            assert not page.delete_routine()
            assert "Could not delete: Read-only file system" in page.problem_label.text()
            assert path.read_bytes() == saved
        finally:
            read_only(disk, writable=True)
        assert page.delete_routine() and not path.exists()
        read_only(disk)
        try:
            assert not page.undo_delete()
            assert "Could not restore: Read-only file system" in page.problem_label.text()
            assert page.undo_delete_button.isVisibleTo(page), "undo is still offered"
        finally:
            read_only(disk, writable=True)
        assert page.undo_delete() and path.read_bytes() == saved
