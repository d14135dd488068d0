from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, new_id, now
from routine_app.core.routine import Side
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all, user_folder
from tests.conftest import VALID_ROUTINE
from tests.ui.conftest import MakeWindow


def fill_new(page: object) -> None:
    p = page  # type: ignore[assignment]
    p.new_routine()
    p.id_edit.setText("evening-stretch")
    p.title_edit.setText("Evening stretch")
    p.summary_edit.setPlainText("Two gentle stretches before bed.")
    p.cautions.setPlainText("Stop if pain spreads down the leg.\n\nGo gently.")
    p.step_name.setText("Knee hug")
    p.step_instructions.setPlainText("Hug one knee to your chest.")
    p.step_duration.setText("30s")
    p.step_sides.setCurrentIndex(p.step_sides.findData("left, right"))
    p.step_reps.setValue(2)
    p.step_rest.setText("10s")


def test_create_save_reload_equals(make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    page = window.editor_page
    fill_new(page)
    assert page.problems == [] and page.save_button.isEnabled()
    assert page.total.text() == "Total time: 2 min 30 s"
    assert page.save()
    saved = load_all(tmp_path).get("evening-stretch")
    assert saved is not None and saved == page.routine
    assert saved.cautions == ("Stop if pain spreads down the leg.", "Go gently.")
    assert saved.steps[0].sides == (Side.LEFT, Side.RIGHT)
    assert window.library.get("evening-stretch") is not None, "the library shows it at once"
    page.edit(saved)  # open again: the same values come back
    assert page.title_edit.text() == "Evening stretch" and page.step_rest.text() == "10s"
    page.title_edit.setText("Evening stretch, longer")
    page.add_step()
    page.step_name.setText("Rest on your back")
    page.step_instructions.setPlainText("Lie still and breathe.")
    page.step_duration.setText("1m")
    page.move_step(-1)
    assert page.save()
    again = load_all(tmp_path).get("evening-stretch")
    assert again is not None
    assert [s.name for s in again.steps] == ["Rest on your back", "Knee hug"]


def test_invalid_edits_block_saving_and_keep_the_text(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    page = make_window().editor_page
    fill_new(page)
    page.step_duration.setText("2 weeks")
    page.id_edit.setText("Evening Stretch")
    assert not page.save_button.isEnabled() and not page.save()
    assert any(
        p.startswith("Step 1, duration: duration: '2 weeks' is not a duration")
        for p in page.problems
    )
    assert any(
        p.startswith("Id: id 'Evening Stretch' must use only lowercase") for p in page.problems
    )
    assert "border" in page.step_duration.styleSheet()
    assert page.step_duration.toolTip().startswith("duration:")
    assert page.step_duration.text() == "2 weeks", "nothing typed is lost"
    assert not user_folder(tmp_path).exists() or not list(user_folder(tmp_path).iterdir())
    page.id_edit.setText("foam-roller")
    page.step_duration.setText("30s")
    assert any("already used by 'Foam roller release'" in p for p in page.problems)


def test_bundled_routine_is_edited_as_a_copy(make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    page = window.editor_page
    page.edit(window.library.get("knee-to-chest"))  # type: ignore[arg-type]
    assert page.id_edit.text() == "knee-to-chest-mine"
    assert page.title_edit.text() == "Knee-to-chest stretch (my copy)"
    assert page.problems == [], page.problems  # pictures from the bundled assets still resolve
    assert page.save()
    bundled = window.library.get("knee-to-chest")
    assert bundled is not None and bundled.bundled
    copy = window.library.get("knee-to-chest-mine")
    assert copy is not None and not copy.bundled and copy.steps == bundled.steps


def test_renaming_the_id_moves_the_file(make_window: MakeWindow, tmp_path: Path) -> None:
    page = make_window().editor_page
    fill_new(page)
    page.save()
    page.id_edit.setText("night-stretch")
    assert page.save()
    assert sorted(p.name for p in user_folder(tmp_path).glob("*.yaml")) == ["night-stretch.yaml"]


def test_try_it_runs_the_unsaved_routine_in_the_player(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window()
    fill_new(window.editor_page)
    window.editor_page.try_button.click()
    assert window.current_page_name() == "player"
    assert window.player_page.routine is not None
    assert window.player_page.routine.id == "evening-stretch"


def test_chosen_picture_is_copied_into_the_data_folder(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    page = make_window().editor_page
    fill_new(page)
    picture = tmp_path / "outside" / "pose.svg"
    picture.parent.mkdir()
    picture.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert page.use_image(picture) == "images/pose.svg"
    assert (user_folder(tmp_path) / "images" / "pose.svg").is_file()
    assert page.problems == [] and page.save()


def test_keyboard_reorders_steps(qtbot: QtBot, make_window: MakeWindow) -> None:
    page = make_window().editor_page
    fill_new(page)
    page.add_step()
    page.step_name.setText("Second")
    page.steps.setFocus()
    qtbot.keyClick(page.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.name for s in page.draft.steps] == ["Second", "Knee hug"]


def test_import_with_clash_asks_and_keeps_both(make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    page = window.editor_page
    source = tmp_path / "shared.yaml"
    source.write_text(VALID_ROUTINE)
    assert page.import_file(source) is not None
    assert window.library.get("test-routine") is not None
    assert page.import_file(source) is None
    box = page.clash_question
    assert isinstance(box, QMessageBox) and "already exists" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep both")
    keep.click()
    assert window.library.get("test-routine-2") is not None


def test_gentle_version_is_offered_when_the_last_pain_is_high(
    make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    window = make_window()
    page = window.editor_page
    fill_new(page)
    page.refresh_chooser()
    page.gentle_of.setCurrentIndex(page.gentle_of.findData("knee-to-chest"))
    assert page.save()
    library = window.library_page
    library.select("knee-to-chest")
    assert not library.gentle_hint.isVisible(), "no pain logged yet"
    window.journal_actions.add(Entry(new_id(), now(), 3, 8))
    library.select("foam-roller")
    library.select("knee-to-chest")
    assert library.gentle_hint.isVisible()
    assert "last logged pain was 8 of 10" in library.gentle_hint.text()
    library.gentle_button.click()
    assert library.selected_routine().id == "evening-stretch"  # type: ignore[union-attr]
    settings.setValue("routines/gentle_threshold", 9)
    library.select("knee-to-chest")
    assert not library.gentle_hint.isVisible(), "below the threshold in settings"


def test_drag_and_drop_reorders_steps_even_with_equal_names(make_window: MakeWindow) -> None:
    page = make_window().editor_page
    fill_new(page)
    page.add_step()
    page.step_name.setText("Knee hug")  # the same name as the first step
    page.step_instructions.setPlainText("The other one.")
    page.step_duration.setText("bad")  # a faulty step is marked in the list
    moved = page.steps.takeItem(1)
    page.steps.insertItem(0, moved)  # what a drop does to the list
    page._steps_reordered()
    assert [s.instructions for s in page.draft.steps] == [
        "The other one.",
        "Hug one knee to your chest.",
    ]


def test_a_new_routine_lists_what_is_missing_without_red_until_edited(
    make_window: MakeWindow,
) -> None:
    page = make_window().editor_page
    page.new_routine()
    assert not page.save_button.isEnabled()
    assert "still missing" in page.problem_label.text()
    assert page.id_edit.styleSheet() == ""
    page.title_edit.setText("Mine")
    assert "Fix these to save" in page.problem_label.text()
    assert "border" in page.id_edit.styleSheet()
