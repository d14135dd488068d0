"""The settings declared once: each reads what a settings file holds, typed, and falls
back to its default on anything it cannot read or does not allow (no Qt here)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from routine_app.core import settings
from routine_app.core.reminders import DEFAULTS, ReminderKind
from routine_app.core.settings import (
    AFFECTED_SIDE,
    GENTLE_GROUP,
    LEAD_IN,
    REMINDERS,
    REVIEW_DISMISSED_ON,
    SOUND,
    THEME,
    VOLUME,
    WINDOW_GEOMETRY,
    Option,
    Scheme,
    bounds,
    gentle_version,
)


def declared() -> list[Option[object]]:
    found = [value for value in vars(settings).values() if isinstance(value, Option)]
    for options in REMINDERS.values():
        found += [options.enabled, options.days, options.at, options.last_seen]
    return found


def test_every_key_is_declared_once_with_a_title() -> None:
    options = declared()
    keys = [option.key for option in options]
    assert len(options) > 20 and len(keys) == len(set(keys))
    assert all(option.title.strip() for option in options)
    assert not [key for key in keys if key.startswith(GENTLE_GROUP)], "a group, not a key"


def test_every_default_is_allowed_and_survives_a_round_trip() -> None:
    for option in declared():
        assert option.allows(option.default), option.key
        stored = option.encode(option.default)
        assert option.decode(stored) == option.default, option.key


@pytest.mark.parametrize(
    ("option", "raw", "value"),
    [
        (SOUND, "false", False),  # as read back from the file
        (SOUND, "true", True),
        (SOUND, False, False),  # as set earlier in this run
        (VOLUME, "35", 35),
        (VOLUME, 35, 35),
        (THEME, "high-contrast", Scheme.HIGH_CONTRAST),
        (AFFECTED_SIDE, "left", "left"),
        (REVIEW_DISMISSED_ON, "2026-11-18", date(2026, 11, 18)),
        (REVIEW_DISMISSED_ON, "", None),
        (REMINDERS[ReminderKind.ROUTINE].days, "0,2,4", frozenset({0, 2, 4})),
        (REMINDERS[ReminderKind.ROUTINE].days, ["1", " 3"], frozenset({1, 3})),  # unquoted
        (REMINDERS[ReminderKind.ROUTINE].days, "", frozenset()),  # every day unticked
        (REMINDERS[ReminderKind.ROUTINE].days, "0,x,9,6", frozenset({0, 6})),
        (REMINDERS[ReminderKind.ROUTINE].at, "07:05", time(7, 5)),
        (
            REMINDERS[ReminderKind.LOG_PAIN].last_seen,
            "2026-11-20T20:31:00",
            datetime(2026, 11, 20, 20, 31),
        ),
        (WINDOW_GEOMETRY, ["40", "30", "1000", "700"], (40, 30, 1000, 700)),
    ],
)
def test_stored_values_read_as_typed_values(
    option: Option[object], raw: object, value: object
) -> None:
    assert option.decode(raw) == value


@pytest.mark.parametrize(
    ("option", "raw"),
    [
        (SOUND, "perhaps"),
        (SOUND, None),  # missing
        (VOLUME, "101"),  # out of range
        (VOLUME, "loud"),
        (VOLUME, True),
        (LEAD_IN, "-1"),
        (THEME, "purple"),
        (THEME, ["dark", "light"]),
        (AFFECTED_SIDE, "middle"),
        (REVIEW_DISMISSED_ON, "last week"),
        (REMINDERS[ReminderKind.ROUTINE].at, "7 pm"),
        (WINDOW_GEOMETRY, ["1", "2", "3"]),
        (WINDOW_GEOMETRY, ["1", "2", "0", "4"]),  # no width
    ],
)
def test_unreadable_or_not_allowed_values_read_as_the_default(
    option: Option[object], raw: object
) -> None:
    assert option.decode(raw) == option.default


def test_values_are_stored_as_earlier_versions_wrote_them() -> None:
    """An older app reading the file finds what it always wrote there."""
    routine = REMINDERS[ReminderKind.ROUTINE]
    assert routine.days.encode(frozenset({4, 0, 2})) == "0,2,4"
    assert routine.at.encode(time(7, 5)) == "07:05"
    assert routine.last_seen.encode(datetime(2026, 11, 20, 20, 31, 5, 123)) == (
        "2026-11-20T20:31:05"
    )
    assert THEME.encode(Scheme.DARK) == "dark" and THEME.encode("dark") == "dark"
    assert WINDOW_GEOMETRY.encode((1, 2, 3, 4)) == [1, 2, 3, 4]
    assert REVIEW_DISMISSED_ON.encode(None) is None  # None: the key is removed
    assert gentle_version("knee-to-chest").encode("") is None


def test_a_value_not_allowed_is_refused_when_stored() -> None:
    with pytest.raises(ValueError, match="player/volume"):
        VOLUME.encode(101)
    with pytest.raises(ValueError, match="routines/affected_side"):
        AFFECTED_SIDE.encode("middle")


def test_number_settings_give_their_range_and_reminders_their_defaults() -> None:
    assert bounds(VOLUME) == (0, 100) and bounds(LEAD_IN) == (0, 60)
    for kind, options in REMINDERS.items():
        assert kind.value in options.enabled.key
        assert (options.enabled.default, options.days.default, options.at.default) == (
            DEFAULTS[kind].enabled,
            DEFAULTS[kind].days,
            DEFAULTS[kind].at,
        )


def test_shown_titles_are_translated() -> None:
    from routine_app import i18n

    i18n.install(["de"])
    try:
        assert THEME.label != THEME.title and LEAD_IN.label != LEAD_IN.title
    finally:
        i18n.install(["en"])
    assert THEME.label == "Theme"
