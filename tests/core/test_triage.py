"""The one triage: every sign worded once at one level, and the rules that read it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from routine_app.core import safety
from routine_app.core.journal import Entry, LegSide, RedFlag, new_id, with_leg_side_flag
from routine_app.core.library import RoutineFolder, load_library
from routine_app.core.safety_records import (
    Clearance,
    clearly_better,
    episode_week,
    lock_state,
    review_due,
)
from routine_app.core.triage import (
    NAMED_ROUTINES,
    SHORT_NAMES,
    SIGNS,
    WARNING_SIGN_IDS,
    Level,
    format_warning_signs,
    parse_warning_signs,
    short_name,
    sign,
    signs_at,
)
from routine_app.resources import assets_dir, routines_dir

T0 = datetime(2026, 1, 1, 9, tzinfo=UTC)


def test_every_sign_has_one_id_one_level_and_one_wording() -> None:
    ids = [s.id for s in SIGNS]
    assert len(ids) == len(set(ids))
    texts = [s.text for s in SIGNS]
    assert len(texts) == len(set(texts))
    for level in Level:
        assert signs_at(level), f"no sign at {level}"


def test_red_flags_are_the_emergency_signs_and_ask_in_plain_words() -> None:
    assert {f.value for f in RedFlag} == {s.id for s in signs_at(Level.EMERGENCY)}
    for flag in RedFlag:
        assert flag.question == sign(flag.value).text
    assert "toilet paper when you wipe" in RedFlag.SADDLE_NUMBNESS.question


def test_weakness_is_decided_once() -> None:
    """Both legs, severe or worsening: emergency. A dropping foot: see a doctor soon."""
    assert sign("worsening-weakness").level is Level.EMERGENCY
    assert "both legs" in sign("worsening-weakness").text
    assert sign("foot-drop").level is Level.SEE_SOON
    weakness_texts = [s for s in SIGNS if "weakness" in s.text.lower()]
    assert {s.id for s in weakness_texts} == {"worsening-weakness", "foot-drop", "nerve-symptoms"}


def test_the_first_run_screen_is_built_from_the_triage() -> None:
    shown = [item for items in safety.BEFORE_FIRST_ROUTINE.values() for item in items]
    for one in SIGNS:
        assert one.text in shown
    assert Level.EMERGENCY.advice == safety.RED_FLAG_MESSAGE


def named_routine_ids() -> set[str]:
    """Every routine id a safety text names: listed in NAMED_ROUTINES and found by
    looking for lower-case-with-hyphens words in brackets in every text."""
    texts = [s.text for s in SIGNS] + [level.advice for level in Level]
    texts += [v for v in vars(safety).values() if isinstance(v, str)]
    found = {m for text in texts for m in re.findall(r"\(([a-z]+(?:-[a-z]+)+)\)", text)}
    return found | set(NAMED_ROUTINES)


def test_safety_texts_name_routines_by_title_and_signs_never_by_id() -> None:
    """Raw ids ("(seated-stretches)", "saddle-numbness") are not words for people."""
    library = load_library([RoutineFolder(routines_dir(), True)], [assets_dir()])
    texts = [s.text for s in SIGNS] + [level.advice for level in Level]
    texts += [v for v in vars(safety).values() if isinstance(v, str)]
    for routine_id in NAMED_ROUTINES:
        routine = library.get(routine_id)
        assert routine is not None
        assert any(routine.title in text for text in texts), routine.title
    ids = [s.id for s in SIGNS if "-" in s.id] + list(NAMED_ROUTINES)
    for text in texts:
        assert not [i for i in ids if i in text], text
    for one in SIGNS:
        assert one.id in SHORT_NAMES and "-" not in short_name(one.id)


def test_every_routine_named_in_safety_texts_exists_in_the_bundled_library() -> None:
    library = load_library([RoutineFolder(routines_dir(), True)], [assets_dir()])
    assert not library.problems
    names = named_routine_ids()
    assert "seated-stretches" in names
    missing = sorted(n for n in names if library.get(n) is None)
    assert missing == []


@given(st.sets(st.sampled_from(WARNING_SIGN_IDS)))
def test_warning_signs_round_trip_through_their_stored_form(ids: set[str]) -> None:
    stored = format_warning_signs(frozenset(ids))
    assert parse_warning_signs(stored) == ids
    assert stored == ",".join(sorted(ids))


@given(st.text())
def test_parsing_stored_signs_accepts_known_ids_or_raises(text: str) -> None:
    try:
        parsed = parse_warning_signs(text)
    except ValueError as exc:
        assert "unknown warning sign" in str(exc)
    else:
        assert parsed <= set(WARNING_SIGN_IDS)


def test_both_legs_as_leg_side_records_the_flag_and_the_flag_chooses_both_legs() -> None:
    entry = with_leg_side_flag(Entry(new_id(), T0, 2, 5, LegSide.BOTH))
    assert entry.red_flags == {RedFlag.BOTH_LEGS}
    entry = with_leg_side_flag(Entry(new_id(), T0, 2, 5, red_flags=frozenset({RedFlag.BOTH_LEGS})))
    assert entry.leg_side is LegSide.BOTH
    left = Entry(new_id(), T0, 2, 5, LegSide.LEFT)
    assert with_leg_side_flag(left) == left


@given(
    st.lists(st.integers(0, 1000), max_size=5),
    st.lists(st.integers(0, 1000), max_size=5),
)
def test_the_lock_holds_exactly_while_no_clearance_follows_the_newest_emergency(
    emergencies: list[int], clearances: list[int]
) -> None:
    newest = max(emergencies, default=None)
    cleared = max(clearances, default=None)
    entry = None if newest is None else Entry(new_id(), T0 + timedelta(minutes=newest), 1, 1)
    clearance = None if cleared is None else Clearance(new_id(), T0 + timedelta(minutes=cleared))
    held = lock_state(entry, clearance)
    expected = newest is not None and (cleared is None or cleared <= newest)
    assert (held is not None) == expected


def test_episode_weeks_and_review_rule() -> None:
    day = T0.date()
    assert episode_week(day, day) == 1
    assert episode_week(day, day + timedelta(days=6)) == 1
    assert episode_week(day, day + timedelta(days=35)) == 6
    assert clearly_better(6, 4) is True  # 2 points
    assert clearly_better(3, 2) is True  # 33 %
    assert clearly_better(6, 5) is False
    assert clearly_better(None, 5) is None
    assert review_due(6, False) and review_due(6, None) and not review_due(6, True)
    assert not review_due(5, False)


def test_every_command_named_in_safety_texts_exists() -> None:
    from routine_app.cli import build_parser

    texts = list(safety._TEXTS.values())  # the texts by name, before translation
    commands = {m for t in texts for m in re.findall(r"'routine-app ([a-z -]+)'", t)}
    assert commands == {"safety clear"}
    for command in commands:
        args = build_parser().parse_args(command.split())
        assert args.command == command.split()[0]
