"""Pain journal entries and routine sessions: types, validation and time handling.

Everything here is plain Python. The store layer persists these objects; the
UI builds them from its form; both rely on :func:`validate_entry` and
:func:`validate_session` so invalid values never reach the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from routine_app.core.labelled import Labelled
from routine_app.core.triage import WARNING_SIGN_IDS, sign
from routine_app.i18n import N_, _

PAIN_MIN = 0
PAIN_MAX = 10
MAX_NOTE = 10_000
MAX_MEDICATION = 1_000
#: Times outside these years are refused (they cannot be a pain entry, and years 1 and
#: 9999 overflow when turned into UTC).
FIRST_YEAR = 1900
LAST_YEAR = 2999
#: More segments than any routine could have; keeps counts within SQLite's integers.
MAX_SEGMENTS = 100_000

E = TypeVar("E", bound=StrEnum)


class JournalValueError(ValueError):
    """A value that must not be stored; the message says which and why, for people."""


class LegSide(Labelled):
    LEFT = "left", N_("Left leg")
    RIGHT = "right", N_("Right leg")
    BOTH = "both", N_("Both legs")
    NONE = "none", N_("No leg")


class Reach(Labelled):
    """How far down the leg the pain reaches, from the back towards the foot."""

    BACK = "back", N_("Back only")
    BUTTOCK = "buttock", N_("Buttock")
    THIGH = "thigh", N_("Thigh")
    BELOW_KNEE = "below-knee", N_("Below the knee")
    FOOT = "foot", N_("Foot or toes")

    @property
    def level(self) -> int:
        """0 (back only) to 4 (foot or toes): higher means further down the leg."""
        return list(Reach).index(self)


class RedFlag(StrEnum):
    """Symptoms that call for emergency care now (possible cauda equina syndrome)."""

    BLADDER_BOWEL = "bladder-bowel"
    SADDLE_NUMBNESS = "saddle-numbness"
    WORSENING_WEAKNESS = "worsening-weakness"
    BOTH_LEGS = "both-legs"

    @property
    def question(self) -> str:
        """The triage's one wording of this sign (core/triage.py)."""
        return sign(self.value).text


class PainMoved(Labelled):
    """The stop rule, asked after a routine: where did the pain move since starting?"""

    FURTHER_DOWN = "further-down", N_("Further down the leg")
    TOWARDS_BACK = "towards-back", N_("Back towards the back")
    NEITHER = "neither", N_("Neither")


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"
    ABANDONED = "abandoned"


def now() -> datetime:
    """The current local time, timezone-aware, at millisecond precision."""
    current = datetime.now().astimezone()
    return current.replace(microsecond=current.microsecond // 1000 * 1000)


def new_id() -> str:
    import uuid  # here, not at the top: the window's start needs no UUID (uuid ~2 ms)

    return str(uuid.uuid4())


def format_time(moment: datetime) -> str:
    """ISO 8601 with milliseconds and the UTC offset: ``2026-11-22T08:15:00.000+01:00``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise JournalValueError("a time must include its UTC offset")
    return moment.isoformat(timespec="milliseconds")


def parse_time(text: object) -> datetime:
    """Parse an ISO 8601 time that includes a UTC offset (``Z`` is accepted)."""
    if not isinstance(text, str) or not text.strip():
        raise JournalValueError(
            f"{text!r} is not a time; use ISO 8601 such as 2026-11-22T08:15:00+01:00"
        )
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise JournalValueError(
            f"{text!r} is not a time; use ISO 8601 such as 2026-11-22T08:15:00+01:00"
        ) from exc
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise JournalValueError(f"{text!r} has no UTC offset; add one, such as +01:00 or Z")
    return _in_range(moment.replace(microsecond=moment.microsecond // 1000 * 1000), "the time")


def _in_range(moment: datetime, what: str) -> datetime:
    """*moment* if its year is plausible (and it converts to UTC), else a clear error."""
    try:
        year = moment.astimezone(UTC).year
    except (OverflowError, ValueError):
        year = moment.year
        if FIRST_YEAR <= year <= LAST_YEAR:
            raise JournalValueError(f"{what} cannot be converted to UTC") from None
    if not FIRST_YEAR <= year <= LAST_YEAR or not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise JournalValueError(
            f"{what} must be between the years {FIRST_YEAR} and {LAST_YEAR}, not {moment.year}"
        )
    return moment


def local_time(wall: datetime) -> datetime:
    """A wall-clock time without offset, as a time in the local time zone.

    Refuses (with :class:`JournalValueError`) a time the clocks skipped when they were
    put forward (a daylight-saving gap), naming the last minute before the gap and
    the first one after it, rather than silently storing another time.
    """
    _in_range(wall.replace(tzinfo=UTC), "the time")
    if _exists(wall):
        return wall.astimezone()
    minute = wall.replace(second=0, microsecond=0)
    before = _nearest_existing(minute, -1)
    after = _nearest_existing(minute, +1)
    raise JournalValueError(
        f"{wall:%Y-%m-%d %H:%M} does not exist in your time zone: the clocks were put "
        f"forward then. Times up to {before:%H:%M} and from {after:%H:%M} exist."
    )


def _exists(wall: datetime) -> bool:
    """Whether the local wall-clock time *wall* happened (is not in a DST gap)."""
    return wall.astimezone().astimezone().replace(tzinfo=None) == wall


def _nearest_existing(minute: datetime, step: int) -> datetime:
    probe = minute
    for _minute in range(24 * 60):
        probe += timedelta(minutes=step)
        if _exists(probe):
            return probe
    return probe


def utc_millis(moment: datetime) -> int:
    """Milliseconds since the epoch: the sort key the store keeps beside the ISO text."""
    return int(moment.astimezone(UTC).timestamp() * 1000 + 0.5) if moment.tzinfo else 0


@dataclass(frozen=True, slots=True)
class Entry:
    """One pain journal entry. Build it through :func:`make_entry` to validate it."""

    id: str
    recorded_at: datetime
    back_pain: int
    leg_pain: int
    leg_side: LegSide = LegSide.NONE
    reaches: Reach = Reach.BACK
    numbness: bool = False
    tingling: bool = False
    weakness: bool = False
    red_flags: frozenset[RedFlag] = field(default_factory=frozenset)
    medication: str = ""
    notes: str = ""
    #: See-soon signs reported as new since last time (ids from core.triage).
    warning_signs: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Session:
    """One run of a routine. ``ended_at`` is None while it runs or if it was abandoned."""

    id: str
    routine_id: str
    started_at: datetime
    ended_at: datetime | None = None
    outcome: Outcome = Outcome.ABANDONED
    segments_done: int = 0
    segments_total: int = 0
    pain_before: int | None = None
    pain_after: int | None = None
    #: The stop-rule answer after the routine; None when not (yet) answered.
    pain_moved: PainMoved | None = None


def with_leg_side_flag(entry: Entry) -> Entry:
    """Make the leg side and the both-legs emergency flag agree, wherever an entry is
    entered: "both legs" as the leg that hurts records the both-legs red flag, and the
    both-legs red flag with no leg chosen records both legs."""
    if entry.leg_side == LegSide.BOTH and RedFlag.BOTH_LEGS not in entry.red_flags:
        return replace(entry, red_flags=frozenset(entry.red_flags) | {RedFlag.BOTH_LEGS})
    if RedFlag.BOTH_LEGS in entry.red_flags and entry.leg_side == LegSide.NONE:
        return replace(entry, leg_side=LegSide.BOTH)
    return entry


def check_pain(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise JournalValueError(
            f"{what} must be a whole number from 0 (no pain) to 10 "
            f"(worst pain imaginable), not {value!r}"
        )
    return value


def _enum(kind: type[E], value: object, what: str) -> E:
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    allowed = ", ".join(member.value for member in kind)
    raise JournalValueError(f"{what} must be one of {allowed}, not {value!r}")


def _text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise JournalValueError(f"{what} must be text, not {value!r}")
    if len(value) > limit:
        raise JournalValueError(f"{what} is too long ({len(value)} characters; limit {limit})")
    if "\x00" in value:
        raise JournalValueError(f"{what} must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise JournalValueError(
            f"{what} contains a character that is not valid text (position {exc.start + 1})"
        ) from None
    return value.strip()


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise JournalValueError(f"{what} must be true or false, not {value!r}")
    return value


def _moment(value: object, what: str) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise JournalValueError(f"{what} must include its UTC offset")
        return _in_range(value.replace(microsecond=value.microsecond // 1000 * 1000), what)
    return parse_time(value)


#: A UUID as the journal stores it (what ``str(uuid.UUID(...))`` gives back unchanged).
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: object, what: str) -> str:
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value  # every stored id: the uuid module (~2 ms to load) is not needed
    import uuid

    try:
        return str(uuid.UUID(str(value))) if isinstance(value, str) else _bad_uuid(value, what)
    except ValueError:
        return _bad_uuid(value, what)


def _bad_uuid(value: object, what: str) -> str:
    raise JournalValueError(f"{what} must be a UUID, not {value!r}")


def validate_entry(entry: Entry) -> Entry:
    """Return *entry* with its values checked and normalised, or raise JournalValueError."""
    flags = entry.red_flags
    if not isinstance(flags, frozenset | set | list | tuple):
        raise JournalValueError(f"red_flags must be a list, not {flags!r}")
    signs = entry.warning_signs
    if not isinstance(signs, frozenset | set | list | tuple):
        raise JournalValueError(f"warning_signs must be a list, not {signs!r}")
    for one in signs:
        if one not in WARNING_SIGN_IDS:
            allowed = ", ".join(WARNING_SIGN_IDS)
            raise JournalValueError(f"warning sign must be one of {allowed}, not {one!r}")
    return Entry(
        id=_uuid(entry.id, "id"),
        recorded_at=_moment(entry.recorded_at, "time"),
        back_pain=check_pain(entry.back_pain, "back pain"),
        leg_pain=check_pain(entry.leg_pain, "leg pain"),
        leg_side=_enum(LegSide, entry.leg_side, "leg side"),
        reaches=_enum(Reach, entry.reaches, "how far the pain reaches"),
        numbness=_flag(entry.numbness, "numbness"),
        tingling=_flag(entry.tingling, "tingling"),
        weakness=_flag(entry.weakness, "weakness"),
        red_flags=frozenset(_enum(RedFlag, f, "red flag") for f in flags),
        medication=_text(entry.medication, "medication", MAX_MEDICATION),
        notes=_text(entry.notes, "notes", MAX_NOTE),
        warning_signs=frozenset(signs),
    )


def contradiction(leg_pain: int, leg_side: LegSide, reaches: Reach) -> str | None:
    """Why these answers cannot all be true, naming both that disagree; None if they agree.

    Pain that reaches the thigh or further is leg pain in a leg: it contradicts a leg pain
    of 0 and "No leg". A leg pain of 0 contradicts the left or the right leg hurting;
    both legs stay allowed with 0, since the both-legs emergency sign also covers
    numbness or tingling, and an emergency sign is never refused.
    """
    in_leg = reaches.level >= Reach.THIGH.level
    if leg_pain == 0 and in_leg:
        return _(
            "Leg pain is 0, but the pain reaches “{reach}”. Give a leg pain above 0, or say "
            "the pain reaches no further than the buttock."
        ).format(reach=reaches.label)
    if leg_pain == 0 and leg_side in (LegSide.LEFT, LegSide.RIGHT):
        return _(
            "Leg pain is 0, but the leg that hurts is given as “{side}”. Give a leg pain "
            "above 0, or choose “{none}”."
        ).format(side=leg_side.label, none=LegSide.NONE.label)
    if in_leg and leg_side == LegSide.NONE:
        return _(
            "The pain reaches “{reach}”, but the leg that hurts is given as “{none}”. Choose "
            "which leg hurts."
        ).format(reach=reaches.label, none=LegSide.NONE.label)
    return None


def validate_new_entry(entry: Entry) -> Entry:
    """:func:`validate_entry`, and refuse answers that contradict each other.

    Only for what a person enters now (the log form, ``routine-app log``): stored rows,
    imports and undo are read and written with :func:`validate_entry` alone, so an
    older entry is never lost for disagreeing with a rule added later.
    """
    checked = validate_entry(entry)
    problem = contradiction(checked.leg_pain, checked.leg_side, checked.reaches)
    if problem is not None:
        raise JournalValueError(problem)
    return checked


def validate_session(session: Session) -> Session:
    """Return *session* with its values checked, or raise JournalValueError."""
    started = _moment(session.started_at, "start time")
    ended = None if session.ended_at is None else _moment(session.ended_at, "end time")
    if ended is not None and ended < started:
        raise JournalValueError("a session cannot end before it starts")
    if not isinstance(session.routine_id, str) or not session.routine_id.strip():
        raise JournalValueError("a session needs the id of its routine")
    done, total = session.segments_done, session.segments_total
    for value, what in ((done, "segments done"), (total, "segments in total")):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise JournalValueError(f"{what} must be a whole number of at least 0, not {value!r}")
        if value > MAX_SEGMENTS:
            raise JournalValueError(f"{what} must be at most {MAX_SEGMENTS:,}, not {value:,}")
    if done > total:
        raise JournalValueError("a session cannot have done more segments than it has")
    return Session(
        id=_uuid(session.id, "id"),
        routine_id=_text(session.routine_id, "routine id", 200),
        started_at=started,
        ended_at=ended,
        outcome=_enum(Outcome, session.outcome, "outcome"),
        segments_done=done,
        segments_total=total,
        pain_before=None
        if session.pain_before is None
        else check_pain(session.pain_before, "pain before"),
        pain_after=None
        if session.pain_after is None
        else check_pain(session.pain_after, "pain after"),
        pain_moved=None
        if session.pain_moved is None
        else _enum(PainMoved, session.pain_moved, "where the pain moved"),
    )
