"""The safety net through the real widgets: both legs, the lock, warning signs, the
stop-rule question after a routine."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, LegSide, PainMoved, RedFlag, new_id, now
from routine_app.core.safety import (
    LOCKED_MESSAGE,
    RED_FLAG_MESSAGE,
    SPREAD_LAST_TIME,
    SPREAD_TWICE,
    STOP_RULE_ADVICE,
)
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.core.triage import Level
from routine_app.engine.clock import FakeClock
from routine_app.engine.reminders import Reminders
from routine_app.report import Printer
from routine_app.store import safety
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all
from routine_app.ui.journal.log_dialog import LogPainDialog
from routine_app.ui.journal.red_flag import alert_title, note_title
from routine_app.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.test_player_page import SHORT, run


def log(window: MainWindow, back: int = 2, leg: int = 5) -> LogPainDialog:
    dialog = window.open_log_dialog()
    dialog.back.set_value(back)
    dialog.leg.set_value(leg)
    return dialog


def emergency(journal: Journal, when: datetime | None = None) -> Entry:
    flags = frozenset({RedFlag.SADDLE_NUMBNESS})
    return journal.add_entry(Entry(new_id(), when or now(), 5, 8, red_flags=flags))


def test_both_legs_from_the_form_is_an_emergency(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    dialog = log(window)
    assert not dialog.red_flags[RedFlag.BOTH_LEGS].isChecked()
    dialog.choose(dialog.side_group, LegSide.BOTH.value)
    assert dialog.red_flags[RedFlag.BOTH_LEGS].isChecked(), "ticked where it can be seen"
    dialog.accept()
    alert = window.red_flag_alert
    assert alert.isVisible() and alert.windowTitle() == alert_title()
    assert "both legs" in alert.text()
    (entry,) = journal.entries()
    assert entry.leg_side == LegSide.BOTH and entry.red_flags == {RedFlag.BOTH_LEGS}
    assert window.lock_banner.isVisible()
    alert.accept()


def test_both_legs_sign_with_no_leg_chooses_both_legs(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    dialog = log(window)
    dialog.choose(dialog.side_group, LegSide.NONE.value)
    dialog.red_flags[RedFlag.BOTH_LEGS].setChecked(True)
    assert dialog.side_group.checkedButton().property("value") == LegSide.BOTH.value
    dialog.accept()
    window.red_flag_alert.accept()
    assert next(journal.entries()).leg_side == LegSide.BOTH


def test_the_lock_refuses_every_start_and_survives_a_later_entry_and_a_restart(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    settings.setValue("gentle/knee-to-chest", "piriformis-stretch")
    emergency(journal, now() - timedelta(hours=2))
    journal.add_entry(Entry(new_id(), now() - timedelta(hours=1), 1, 1))  # ordinary, later
    window = make_window()
    banner = window.lock_banner
    assert banner.isVisible() and LOCKED_MESSAGE in banner.text.text()
    assert not any(
        b.text().lower().startswith(("close", "dismiss"))
        for b in banner.findChildren(type(banner.confirm_button))
    )
    # library Start
    window.library_page.select("knee-to-chest")
    window.library_page.start_button.click()
    assert window.current_page_name() == "library"
    assert LOCKED_MESSAGE in window.locked_box.text()
    assert window.start_routine("knee-to-chest") is False
    # no gentle version is suggested for the high pain of the emergency entry
    knee = window.library.get("knee-to-chest")
    assert knee is not None and window.gentle_suggestion(knee) is None
    # the player's own Start refuses too (a routine loaded before the lock)
    page = window.player_page
    page.load(SHORT, 0)
    page.start_button.click()
    assert page.session is None and page.stack.currentWidget() is page.ready
    assert LOCKED_MESSAGE in page.locked_box.text()
    # reminders carry the urgent message
    reminders = Reminders(window.preferences, refusal=window.locked_message, parent=window)
    received: list[str] = []
    reminders.due.connect(lambda _kind, message: received.append(message))
    settings.setValue("reminders/routine/enabled", True)
    settings.setValue("reminders/routine/days", "0,1,2,3,4,5,6")
    settings.setValue("reminders/routine/time", "00:00")
    settings.setValue("reminders/routine/last_seen", "2000-01-01T00:00:00")
    reminders.check()
    assert received and all(m == LOCKED_MESSAGE for m in received)
    window.show_reminder("Time for your routine")
    assert LOCKED_MESSAGE in window.reminder_banner.text()
    # logging pain stays possible, and does not lift the lock
    dialog = log(window, 1, 1)
    dialog.accept()
    assert not dialog.isVisible() and journal.counts() == (3, 0)
    assert banner.isVisible()
    # a restart: the same journal file opened again
    window.close()
    journal.close()
    reopened, _ = Journal.open(tmp_path)
    with reopened:
        again = MainWindow(
            load_all(tmp_path), reopened, tmp_path, settings, window.cues, printouts=Printer()
        )
        qtbot.addWidget(again)
        again.show()
        assert again.lock_banner.isVisible()
        assert again.start_routine("knee-to-chest") is False


def test_only_the_confirmation_lifts_the_lock(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    emergency(journal)
    window = make_window()
    banner = window.lock_banner
    box = banner.ask()
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert banner.isVisible() and safety.clearances(journal) == []
    box = banner.confirm_button.click() or banner.question
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not banner.isVisible()
    (clearance,) = safety.clearances(journal)
    assert clearance.confirmed_at <= now()
    assert window.start_routine("knee-to-chest") is True
    assert window.current_page_name() == "player"


def test_warning_signs_are_stored_and_give_see_soon_advice_without_a_lock(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    dialog = log(window)
    dialog.warning_signs["night-pain"].setChecked(True)
    dialog.warning_signs["balance-walking"].setChecked(True)
    dialog.accept()
    note = window.warning_note
    assert note.isVisible() and note.windowTitle() == note_title()
    assert Level.SEE_SOON.advice in note.text() and RED_FLAG_MESSAGE not in note.text()
    (entry,) = journal.entries()
    assert entry.warning_signs == {"night-pain", "balance-walking"} and not entry.red_flags
    assert not window.lock_banner.isVisible()
    edit = window.open_log_dialog(entry)
    assert edit.warning_signs["night-pain"].isChecked()
    edit.reject()
    note.accept()


def test_episode_start_from_the_log_form(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    dialog = log(window)
    dialog.episode_known.setChecked(True)
    dialog.episode_began.setDate(dialog.episode_began.date().addDays(-20))
    dialog.accept()
    episode = safety.current_episode(journal)
    assert episode is not None and (now().date() - episode.began_on).days == 20
    again = log(window)
    assert again.episode_date() == episode.began_on, "the form shows the episode's start"
    again.accept()
    assert len(safety.episodes(journal)) == 1, "an unchanged date is not recorded again"


def finish(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(SHORT, lead_in=0)
    window.player_page.begin()
    run(window, clock, 30)
    assert window.player_page.stack.currentWidget() is window.player_page.finished_panel


def test_stop_rule_answer_is_stored_advised_and_cautioned_next_time(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    page = window.player_page
    finish(window, clock)
    assert not page.pain_moved.advice.isVisible()
    page.pain_moved.choose(PainMoved.FURTHER_DOWN)
    assert page.pain_moved.advice.isVisible()
    assert STOP_RULE_ADVICE in page.pain_moved.advice.text()
    assert SPREAD_TWICE not in page.pain_moved.advice.text()
    (session,) = journal.sessions()
    assert session.pain_moved is PainMoved.FURTHER_DOWN
    # next time: a caution on the get-ready screen
    window.start_routine(SHORT, lead_in=0)
    assert SPREAD_LAST_TIME in page.ready_cautions.text()
    page.begin()
    run(window, clock, 30)
    page.pain_moved.choose(PainMoved.FURTHER_DOWN)
    assert SPREAD_TWICE in page.pain_moved.advice.text()
    window.start_routine(SHORT, lead_in=0)
    assert SPREAD_TWICE in page.ready_cautions.text()
    # a better answer lifts the caution
    page.begin()
    run(window, clock, 30)
    page.pain_moved.choose(PainMoved.TOWARDS_BACK)
    assert not page.pain_moved.advice.isVisible()
    window.start_routine(SHORT, lead_in=0)
    text = page.ready_cautions.text()
    assert SPREAD_LAST_TIME not in text and SPREAD_TWICE not in text
    counts = safety.pain_moved_counts(journal)
    assert [(c.routine_id, c.towards_back, c.further_down, c.neither) for c in counts] == [
        ("short", 1, 2, 0)
    ]


def test_episode_from_first_run_and_settings_and_week_shown_on_pages(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    window = make_window()
    window.start_routine("knee-to-chest")
    first_run = window.safety_dialog
    assert first_run is not None
    first_run.episode.set_date(now().date() - timedelta(days=15))
    first_run.understand.click()
    episode = safety.current_episode(journal)
    assert episode is not None and (now().date() - episode.began_on).days == 15
    window.player_page.stop_if_running()
    window.show_page("journal")
    assert "Week 3 of this episode" in window.journal_page.safety_summary.text()
    dialog = window.open_settings()
    assert dialog.episode.chosen() == episode.began_on
    dialog.episode.set_date(now().date() - timedelta(days=2))
    dialog.accept()
    assert "Week 1 of this episode" in window.journal_page.safety_summary.text()
    window.show_page("progress")
    window.progress_page.refresh()
    assert "Week 1 of this episode" in window.progress_page.safety_summary.text()


def test_stop_rule_counts_are_shown_on_the_journal_page(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    from routine_app.core.journal import Session

    for moved in ("towards-back", "towards-back", "further-down", "neither"):
        started = now() - timedelta(hours=1)
        journal.start_session(
            Session(new_id(), "foam-roller", started, now(), "completed", 5, 5, 6, 4, moved)  # type: ignore[arg-type]
        )
    window = make_window()
    text = window.journal_page.safety_summary.text()
    assert "Foam roller release: towards the back (centralised) twice" in text
    assert "further down the leg (peripheralised) once" in text and "neither once" in text
    from routine_app.ui.common.delegates import ROW_ROLE

    subtitles = [window.journal_page.model.index(i).data(ROW_ROLE).subtitle for i in range(4)]
    assert sum("pain moved: back towards the back" in s for s in subtitles) == 2
    assert sum("pain moved: further down the leg" in s for s in subtitles) == 1


def leg_pain_days(journal: Journal, began_days_ago: int, first: int, recent: int) -> None:
    today = now()
    safety.add_episode(
        journal,
        safety.Episode(new_id(), today.date() - timedelta(days=began_days_ago), today),
    )
    for day in range(began_days_ago, began_days_ago - 7, -1):
        journal.add_entry(Entry(new_id(), today - timedelta(days=day), 2, first))
    for day in range(7):
        journal.add_entry(Entry(new_id(), today - timedelta(days=day), 2, recent))


def test_review_advice_from_week_6_when_leg_pain_is_not_clearly_better(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    leg_pain_days(journal, 40, first=6, recent=5)  # week 6, only 1 point better
    window = make_window()
    banner = window.review_banner
    assert banner.isVisible() and "5 weeks ago" in banner.text.text()
    banner.dismiss_button.click()
    assert not banner.isVisible()
    window.refresh_safety()
    assert not banner.isVisible(), "dismissed for a week"
    settings.setValue("safety/review_dismissed_on", (now().date() - timedelta(days=8)).isoformat())
    window.refresh_safety()
    assert banner.isVisible(), "back a week later"


def test_no_review_advice_when_leg_pain_is_clearly_better_or_before_week_6(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    leg_pain_days(journal, 40, first=7, recent=4)  # 3 points better
    assert not make_window().review_banner.isVisible()
    early, _ = Journal.open(tmp_path / "early")
    with early:
        leg_pain_days(early, 30, first=6, recent=6)  # week 5
        assert safety.episode_clock(early, now().date()).review_advised is False  # type: ignore[union-attr]


def test_safety_card_button_and_save(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    from tests.test_safety_card import pdf

    window = make_window()
    window.show_page("journal")
    window.journal_page.card_button.click()
    dialog = window.card_dialog
    assert dialog.isVisible()
    target = tmp_path / "mine.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    assert pdf(target)[0] == 1
    assert "Safety card saved" in window.statusBar().currentMessage()
    assert not window.save_safety_card(tmp_path / "missing" / "card.pdf")


def test_get_ready_screen_lists_the_triage_stop_signs_and_asks_before_rolling(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    from routine_app.core.triage import sign

    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window()
    window.start_routine("foam-roller")
    text = window.player_page.ready_cautions.text()
    assert "further down the leg" in text and "Ask a clinician before rolling" in text
    assert "DVT" in text
    window.start_routine("knee-to-chest")
    text = window.player_page.ready_cautions.text()
    assert "Ask a clinician before rolling" not in text
    assert sign("sharp-pain").text.lower() in text.lower()


def test_sign_texts_wrap_and_clicking_the_words_ticks_the_box(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window = make_window()
    dialog = log(window)
    assert dialog.width() <= 800
    box = dialog.red_flags[RedFlag.SADDLE_NUMBNESS]
    label = next(w for w in box.parentWidget().findChildren(QLabel) if "toilet paper" in w.text())
    assert label.wordWrap() and box.accessibleName() == label.text()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    dialog.reject()


def test_get_ready_box_says_the_stop_rule_once(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    """Piriformis stretch's file says "Stop if pain spreads further down your leg."; the
    app's "Stop if: pain spreads further down the leg …" says it with the other signs."""
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window()
    window.start_routine("piriformis-stretch")
    text = window.player_page.ready_cautions.text()
    assert text.count("Stop if") == 1 and "Stop if: pain spreads further down the leg" in text
    assert "do not bounce" in text and "seated on a sturdy chair" in text  # the rest stays


def test_library_start_button_says_routines_are_paused_and_explains(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    """Under the lock the library's Start button looked ready (fresh-eyes review)."""
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window()
    start = window.library_page.start_button
    assert start.text() == "Start routine"
    dialog = log(window)
    dialog.red_flags[RedFlag.SADDLE_NUMBNESS].setChecked(True)
    dialog.accept()
    assert start.text() == "Routines paused: why?" and start.isEnabled()
    start.click()
    assert LOCKED_MESSAGE in window.locked_box.text()
    assert window.current_page_name() == "library"
    box = window.lock_banner.ask()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert start.text() == "Start routine"
