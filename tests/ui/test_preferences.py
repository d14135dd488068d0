"""The QSettings adapter on real INI files: a user's existing file keeps every value,
renames of a newer format are applied once, and what it writes an older app still reads."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from routine_app.core.reminders import ReminderKind, Schedule
from routine_app.core.settings import (
    AFFECTED_SIDE,
    GENTLE_THRESHOLD,
    KEEP_IN_TRAY,
    LEAD_IN,
    REMINDERS,
    REVIEW_DISMISSED_ON,
    SAFETY_ACKNOWLEDGED,
    SETTINGS_VERSION,
    SOUND,
    THEME,
    TRAY_NOTICE_SHOWN,
    VERSION,
    VOICE,
    VOICE_ASKED,
    VOLUME,
    WEEKLY_CHECK_PUT_OFF_ON,
    WINDOW_GEOMETRY,
    WINDOW_MAXIMIZED,
    Option,
    Scheme,
    load_schedule,
    save_schedule,
)
from routine_app.ui.common.preferences import Preferences

#: A settings file as the versions before the declarations wrote it (no version key).
USERS_FILE = """\
[appearance]
theme=dark

[gentle]
knee-to-chest=piriformis-stretch

[player]
lead_in=10
sound=false
voice=true
voice_asked=true
volume=35

[reminders]
keep_in_tray=false
log-pain\\days="0,2,4"
log-pain\\enabled=true
log-pain\\last_seen=2026-11-20T20:31:00
log-pain\\time=21:15
routine\\days=
routine\\enabled=false
routine\\time=07:05
tray_notice_shown=true

[routines]
affected_side=left
gentle_threshold=4

[safety]
acknowledged=true
review_dismissed_on=2026-11-18

[weekly_check]
put_off_on=2026-11-19

[window]
geometry=40, 30, 1000, 700
maximized=true
"""

LOG_PAIN = REMINDERS[ReminderKind.LOG_PAIN]
ROUTINE = REMINDERS[ReminderKind.ROUTINE]
USERS_VALUES: dict[Option[object], object] = {
    THEME: Scheme.DARK,
    LEAD_IN: 10,
    SOUND: False,
    VOICE: True,
    VOICE_ASKED: True,
    VOLUME: 35,
    KEEP_IN_TRAY: False,
    TRAY_NOTICE_SHOWN: True,
    LOG_PAIN.enabled: True,
    LOG_PAIN.days: frozenset({0, 2, 4}),
    LOG_PAIN.at: time(21, 15),
    LOG_PAIN.last_seen: datetime(2026, 11, 20, 20, 31),
    ROUTINE.enabled: False,
    ROUTINE.days: frozenset(),
    ROUTINE.at: time(7, 5),
    ROUTINE.last_seen: None,
    AFFECTED_SIDE: "left",
    GENTLE_THRESHOLD: 4,
    SAFETY_ACKNOWLEDGED: True,
    REVIEW_DISMISSED_ON: date(2026, 11, 18),
    WEEKLY_CHECK_PUT_OFF_ON: date(2026, 11, 19),
    WINDOW_GEOMETRY: (40, 30, 1000, 700),
    WINDOW_MAXIMIZED: True,
}


def users_file(tmp_path: Path, text: str = USERS_FILE) -> Path:
    path = tmp_path / "routine-app.conf"
    path.write_text(text, encoding="utf-8")
    return path


def opened(path: Path) -> Preferences:
    return Preferences(QSettings(str(path), QSettings.Format.IniFormat))


def read_in_a_new_process(path: Path, key: str) -> str:
    """What a later start of the app reads (QSettings caches files within a process)."""
    code = (
        "import sys; from PySide6.QtCore import QSettings; "
        "print(repr(QSettings(sys.argv[1], QSettings.Format.IniFormat).value(sys.argv[2])))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), key], capture_output=True)
    return done.stdout.decode().strip()


def test_a_users_existing_file_keeps_every_value_through_the_upgrade(tmp_path: Path) -> None:
    path = users_file(tmp_path)
    preferences = opened(path)
    assert {option: preferences.get(option) for option in USERS_VALUES} == USERS_VALUES
    assert preferences.gentle_version("knee-to-chest") == "piriformis-stretch"
    assert preferences.get(SETTINGS_VERSION) == 0  # no version: the first format
    preferences.upgrade()
    assert preferences.get(SETTINGS_VERSION) == VERSION
    assert {option: preferences.get(option) for option in USERS_VALUES} == USERS_VALUES
    assert read_in_a_new_process(path, VOLUME.key) == "'35'"
    assert read_in_a_new_process(path, SETTINGS_VERSION.key) == f"'{VERSION}'"
    assert read_in_a_new_process(path, "gentle/knee-to-chest") == "'piriformis-stretch'"


def test_renames_are_applied_once_and_keep_the_values(tmp_path: Path) -> None:
    path = users_file(tmp_path)
    preferences = opened(path)
    renames = {
        2: {"player/volume": "sound/volume", "gentle/": "gentle_versions/"},
        3: {"sound/volume": "audio/volume", "routines/lead_in": "player/lead_in"},
        9: {"player/sound": "later/sound"},  # beyond the version asked for: not applied
    }
    preferences.upgrade(3, renames)
    settings = preferences.settings
    assert settings.value("audio/volume") == "35"
    assert not settings.contains("player/volume") and not settings.contains("sound/volume")
    assert settings.value("gentle_versions/knee-to-chest") == "piriformis-stretch"
    assert not settings.contains("gentle/knee-to-chest")
    assert settings.value("player/lead_in") == "10"  # nothing to move from routines/
    assert settings.value("player/sound") == "false"
    assert preferences.get(SETTINGS_VERSION) == 3
    # Once: a key an older app writes again later is not moved a second time.
    settings.setValue("player/volume", 60)
    preferences.upgrade(3, renames)
    assert settings.value("player/volume") == 60 and settings.value("audio/volume") == "35"
    assert read_in_a_new_process(path, "audio/volume") == "'35'"


def test_a_value_already_under_the_new_key_wins(tmp_path: Path) -> None:
    preferences = opened(users_file(tmp_path, USERS_FILE + "\n[sound]\nvolume=90\n"))
    preferences.upgrade(2, {2: {"player/volume": "sound/volume"}})
    assert preferences.settings.value("sound/volume") == "90"
    assert not preferences.settings.contains("player/volume")


def test_a_file_from_a_newer_app_is_left_alone(tmp_path: Path) -> None:
    path = users_file(tmp_path, USERS_FILE + "\n[settings]\nversion=7\n")
    preferences = opened(path)
    preferences.upgrade(2, {2: {"player/volume": "sound/volume"}})
    assert preferences.get(SETTINGS_VERSION) == 7 and preferences.get(VOLUME) == 35


def test_what_it_writes_reads_back_in_a_new_process_as_before(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    preferences = opened(path)
    preferences.set(THEME, Scheme.HIGH_CONTRAST)
    preferences.set(WINDOW_GEOMETRY, (5, 6, 700, 500))
    preferences.set(REVIEW_DISMISSED_ON, date(2026, 12, 1))
    preferences.set_gentle_version("knee-to-chest", "piriformis-stretch")
    schedule = Schedule(ReminderKind.ROUTINE, True, frozenset({1, 3}), time(7, 15))
    save_schedule(preferences, schedule)
    text = path.read_text(encoding="utf-8")
    assert 'routine\\days="1,3"' in text and "routine\\time=07:15" in text
    assert "geometry=5, 6, 700, 500" in text and "theme=high-contrast" in text
    copy = tmp_path / "copy.ini"  # a file this process has not read: read from disk
    copy.write_text(text, encoding="utf-8")
    later = opened(copy)
    assert load_schedule(later, ReminderKind.ROUTINE) == schedule
    assert later.get(WINDOW_GEOMETRY) == (5, 6, 700, 500)
    assert later.get(REVIEW_DISMISSED_ON) == date(2026, 12, 1)
    assert later.gentle_version("knee-to-chest") == "piriformis-stretch"
    assert read_in_a_new_process(path, THEME.key) == "'high-contrast'"


def test_gentle_marks_one_routine_at_most(tmp_path: Path) -> None:
    preferences = opened(users_file(tmp_path))
    preferences.set_gentle_version("cat-cow", "piriformis-stretch")
    assert preferences.gentle_of("piriformis-stretch") == "cat-cow"
    assert preferences.gentle_version("knee-to-chest") == ""  # moved, not duplicated
    preferences.set_gentle_version("cat-cow", "")
    assert preferences.gentle_of("piriformis-stretch") == ""
    assert not [k for k in preferences.settings.allKeys() if k.startswith("gentle/")]


def test_a_value_not_allowed_is_not_stored(tmp_path: Path) -> None:
    preferences = opened(users_file(tmp_path))
    with pytest.raises(ValueError):
        preferences.set(VOLUME, 250)
    assert preferences.get(VOLUME) == 35
