"""``routine-app safety status|clear|episode`` and the emergency lock for ``play``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from routine_app.core.journal import JournalValueError, new_id, now
from routine_app.core.safety import LOCKED_MESSAGE
from routine_app.core.safety_records import Clearance, Episode
from routine_app.core.triage import sign
from routine_app.i18n import _, format_datetime
from routine_app.store import safety
from routine_app.store.files import DataDirError
from routine_app.store.journal import Journal, JournalError

from .journal_commands import EXIT_INVALID, data_dir, fail, open_journal

#: `play` exits with this code while the emergency lock holds.
EXIT_LOCKED = 3


def run(args: argparse.Namespace) -> int:
    try:
        opened = open_journal(data_dir(args.data_dir))
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    with opened:
        try:
            if args.safety_command == "clear":
                return _clear(opened, args.note)
            if args.safety_command == "episode":
                return _episode(opened, args.began)
        except JournalValueError as exc:
            return fail(str(exc), EXIT_INVALID)
        except JournalError as exc:
            return fail(str(exc))
        return _status(opened)


def _status(journal: Journal) -> int:
    held = safety.lock(journal)
    if held is None:
        print(_("Routines: available (no emergency sign waiting for a doctor's check)."))
    else:
        signs = "; ".join(sign(f.value).text for f in sorted(held.entry.red_flags))
        print(
            _("Routines: PAUSED since {since} ({signs}).").format(
                since=format_datetime(held.since, "numeric"), signs=signs
            )
        )
        print(LOCKED_MESSAGE)
    clock = safety.episode_clock(journal, date.today())
    if clock is None:
        print(_("Episode: start not recorded (routine-app safety episode YYYY-MM-DD)."))
    else:
        print(
            _("Episode: began {began_on}, week {week}.").format(
                began_on=clock.began_on, week=clock.week
            )
        )
        if clock.review_advised:
            print(_("Leg pain is not clearly better: consider a review with your GP or physio."))
    return 0


def _clear(journal: Journal, note: str) -> int:
    was = safety.lock(journal)
    saved = safety.add_clearance(journal, Clearance(new_id(), now(), note))
    print(
        _("Recorded at {confirmed_at}: a doctor or nurse has checked you.").format(
            confirmed_at=format_datetime(saved.confirmed_at, "numeric")
        )
    )
    print(_("Routines are available again.") if was else _("(Routines were not paused.)"))
    return 0


def _episode(journal: Journal, began: date) -> int:
    saved = safety.add_episode(journal, Episode(new_id(), began, now()))
    print(_("This episode began on {began_on}.").format(began_on=saved.began_on))
    return 0


def refuse_if_locked(folder_arg: object) -> int | None:
    """For ``play``: print the urgent message and return EXIT_LOCKED while the lock holds."""
    try:
        opened, _report = Journal.open(data_dir(folder_arg))  # type: ignore[arg-type]
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    with opened:
        held = safety.lock(opened)
    if held is None:
        return None
    print(f"\n*** {LOCKED_MESSAGE} ***\n", file=sys.stderr)
    return EXIT_LOCKED
