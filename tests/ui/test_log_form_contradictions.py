"""The log form cannot produce contradicting answers: a leg pain of 0 resets the leg and
extent carried over from the last entry, and a contradiction chosen by hand keeps Save
off with core's message in the hint."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, LegSide, Reach, RedFlag, new_id, now
from routine_app.ui.journal.log_dialog import LogPainDialog


def _form(
    qtbot: QtBot, previous: Entry | None = None, existing: Entry | None = None
) -> tuple[LogPainDialog, list[Entry]]:
    saved: list[Entry] = []
    dialog = LogPainDialog(
        save=lambda entry: saved.append(entry) is None, previous=previous, existing=existing
    )
    qtbot.addWidget(dialog)
    return dialog, saved


def _checked(dialog: LogPainDialog) -> tuple[str, str]:
    side, reach = dialog.side_group.checkedButton(), dialog.reach_group.checkedButton()
    return side.property("value"), reach.property("value")


def test_leg_pain_0_resets_the_leg_and_extent_of_the_last_entry(qtbot: QtBot) -> None:
    previous = Entry(new_id(), now(), 4, 6, LegSide.RIGHT, Reach.BELOW_KNEE)
    dialog, saved = _form(qtbot, previous=previous)
    assert _checked(dialog) == ("right", "below-knee")
    dialog.back.set_value(2)
    dialog.leg.set_value(0)
    assert _checked(dialog) == ("none", "back")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    dialog.accept()
    assert [(e.leg_pain, e.leg_side, e.reaches) for e in saved] == [(0, LegSide.NONE, Reach.BACK)]


def test_leg_pain_0_keeps_both_legs_and_the_buttock(qtbot: QtBot) -> None:
    dialog, saved = _form(qtbot)
    dialog.back.set_value(2)
    dialog.choose(dialog.reach_group, "buttock")
    dialog.red_flags[RedFlag.BOTH_LEGS].setChecked(True)  # chooses both legs
    dialog.leg.set_value(0)
    assert _checked(dialog) == ("both", "buttock")
    dialog.accept()
    assert saved and RedFlag.BOTH_LEGS in saved[0].red_flags


def test_a_contradiction_chosen_by_hand_keeps_save_off_and_says_why(qtbot: QtBot) -> None:
    dialog, saved = _form(qtbot)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.back.set_value(2)
    dialog.leg.set_value(5)
    assert save.isEnabled()
    dialog.choose(dialog.reach_group, "foot")  # with "No leg" still chosen
    assert not save.isEnabled()
    assert "the leg that hurts is given as “No leg”" in dialog.hint.text()
    dialog.accept()
    assert saved == []
    dialog.choose(dialog.side_group, "left")
    assert save.isEnabled() and dialog.hint.text() == "Ctrl+Enter saves."
    dialog.leg.set_value(0)  # resets the left leg and the foot
    dialog.choose(dialog.reach_group, "thigh")
    assert not save.isEnabled() and "Leg pain is 0" in dialog.hint.text()
    dialog.choose(dialog.reach_group, "buttock")
    dialog.accept()
    assert [(e.leg_pain, e.leg_side, e.reaches) for e in saved] == [
        (0, LegSide.NONE, Reach.BUTTOCK)
    ]


def test_an_old_contradicting_entry_opens_for_editing_and_says_what_to_change(
    qtbot: QtBot,
) -> None:
    old = Entry(new_id(), now(), 2, 0, LegSide.LEFT, Reach.FOOT)
    dialog, saved = _form(qtbot, existing=old)
    assert _checked(dialog) == ("left", "foot")  # shown as stored, not changed silently
    assert "Leg pain is 0" in dialog.hint.text()
    dialog.accept()
    assert saved == []
    dialog.leg.set_value(3)
    dialog.accept()
    assert [(e.id, e.leg_pain, e.reaches) for e in saved] == [(old.id, 3, Reach.FOOT)]
