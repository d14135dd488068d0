"""``routine-app log`` and ``routine-app journal export|import|check``."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from routine_app.cli.write_errors import cannot_write
from routine_app.core.figures import plural
from routine_app.core.journal import (
    FIRST_YEAR,
    Entry,
    JournalValueError,
    LegSide,
    Reach,
    RedFlag,
    local_time,
    new_id,
    now,
    validate_new_entry,
    with_leg_side_flag,
)
from routine_app.core.safety import RED_FLAG_MESSAGE
from routine_app.core.triage import Level, sign
from routine_app.engine.datadir import NoDataDirError, default_data_dir, requested_data_dir
from routine_app.i18n import N_, _, current_language
from routine_app.store.connection import stored_version
from routine_app.store.errors import explain
from routine_app.store.exchange import Exported, ImportFileError, export_text, import_json
from routine_app.store.files import DataDirError, ensure_private_dir, write_private
from routine_app.store.journal import JOURNAL_FILE, Journal, JournalError
from routine_app.store.recovery import Backups, check_file
from routine_app.store.schema import SCHEMA_VERSION, missing_totals

EXIT_INVALID = 2
#: How far ahead of this computer's clock ``log --at`` may be (another device's clock).
CLOCK_SKEW = timedelta(minutes=5)


def data_dir(arg: Path | None) -> Path:
    requested = requested_data_dir(arg)
    if requested is None:
        try:
            requested = default_data_dir()
        except NoDataDirError as exc:
            raise DataDirError(str(exc)) from None
    return ensure_private_dir(requested)


def open_journal(folder: Path) -> Journal:
    """The journal in FOLDER, opened; what opening it had to say goes to standard error."""
    journal, report = Journal.open(folder)
    for notice in report.notices:
        print(_("routine-app: {notice}").format(notice=notice), file=sys.stderr)
    return journal


def fail(message: str, code: int = 1) -> int:
    print(_("routine-app: error: {message}").format(message=message), file=sys.stderr)
    return code


def _local_time(text: str | None) -> datetime:
    if text is None:
        return now()
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise JournalValueError(
            _("--at {text!r} is not a time; use ISO 8601 such as 2026-11-21T20:30").format(
                text=text
            )
        ) from None
    _not_future_nor_ancient(text, moment)
    if moment.tzinfo is not None:
        return moment
    return local_time(moment)


def _not_future_nor_ancient(text: str, moment: datetime) -> None:
    """Refuse an --at later than now (the window's form cannot go past now either; a few
    minutes are allowed for clocks that differ) or before the year FIRST_YEAR."""
    current = now()
    latest = current + CLOCK_SKEW if moment.tzinfo else current.replace(tzinfo=None) + CLOCK_SKEW
    if moment > latest:
        raise JournalValueError(
            _("--at {text!r} is later than now ({now}); give a time from {first} up to now").format(
                text=text, now=f"{current:%Y-%m-%d %H:%M}", first=FIRST_YEAR
            )
        )
    if moment.year < FIRST_YEAR:
        raise JournalValueError(
            _(
                "--at {text!r} is before the year {first}; give a time from {first} up to now"
            ).format(text=text, first=FIRST_YEAR)
        )


def log(args: argparse.Namespace) -> int:
    try:
        entry = Entry(
            id=new_id(),
            recorded_at=_local_time(args.at),
            back_pain=args.back,
            leg_pain=args.leg,
            leg_side=LegSide(args.leg_side),
            reaches=Reach(args.reaches),
            numbness=args.numbness,
            tingling=args.tingling,
            weakness=args.weakness,
            red_flags=frozenset(RedFlag(f) for f in args.red_flag),
            medication=args.medication,
            notes=args.note,
            warning_signs=frozenset(args.warning_sign),
        )
        entry = validate_new_entry(with_leg_side_flag(entry))
        journal = open_journal(data_dir(args.data_dir))
    except JournalValueError as exc:
        return fail(str(exc), EXIT_INVALID)
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    with journal:
        try:
            saved = journal.add_entry(entry)
        except JournalValueError as exc:
            return fail(str(exc), EXIT_INVALID)
        except JournalError as exc:
            return fail(str(exc))
    print(saved.id)
    if saved.red_flags:
        signs = "".join(f"\n  - {sign(f.value).text}" for f in sorted(saved.red_flags))
        print(
            _("\n*** {message} ***\nYou reported:{signs}\n").format(
                message=RED_FLAG_MESSAGE, signs=signs
            ),
            file=sys.stderr,
        )
    elif saved.warning_signs:
        signs = "".join(f"\n  - {sign(s).text}" for s in sorted(saved.warning_signs))
        print(
            _("\n{advice}\nYou reported:{signs}\n").format(
                advice=Level.SEE_SOON.advice, signs=signs
            ),
            file=sys.stderr,
        )
    return 0


def journal(args: argparse.Namespace) -> int:
    try:
        folder = data_dir(args.data_dir)
        if args.journal_command == "check":
            return _check(folder, repair=args.repair)
        opened = open_journal(folder)
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    with opened:
        if args.journal_command == "export":
            return _export(opened, args.format, args.output, args.what)
        return _import(opened, args.file)


def _export(journal: Journal, kind: str, output: Path | None, what: str | None = None) -> int:
    if kind == "json" and what not in (None, "all"):
        return fail(_("--what applies to CSV; JSON always holds everything"), EXIT_INVALID)
    done = Exported()
    try:
        text = export_text(journal, kind, done, what=what or "entries")
    except JournalError as exc:
        return fail(str(exc))
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            write_private(output, text.encode("utf-8"))
        except OSError as exc:
            return fail(
                _("{problem}. Nothing was exported.").format(problem=cannot_write(output, exc))
            )
    print(done.summary(str(output or _("standard output"))), file=sys.stderr)
    for problem in done.skipped:
        print(_("routine-app: skipped {text}").format(text=problem.describe()), file=sys.stderr)
    return 0


def _import(journal: Journal, path: Path) -> int:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return fail(_("cannot read {path}: {value}").format(path=path, value=exc.strerror or exc))
    try:
        result = import_json(journal, data)
    except (ImportFileError, JournalValueError) as exc:
        return fail(_("{path}: {exc}. Nothing was imported.").format(path=path, exc=exc))
    except JournalError as exc:
        return fail(str(exc))
    print(result.summary())
    return 0


def _check(folder: Path, *, repair: bool) -> int:
    path = folder / JOURNAL_FILE
    if not path.exists():
        print(_("{path}: no journal yet (nothing logged)").format(path=path))
        return 0
    try:
        problem = check_file(path)
    except JournalError as exc:
        return fail(str(exc))
    if problem is not None:
        print(_("{path}: DAMAGED: {problem}").format(path=path, problem=problem))
        print(_("Start the app to keep it aside and restore the newest good backup."))
        return 1
    try:
        version = stored_version(path)
        if version < SCHEMA_VERSION:
            print(
                _("{path}: ok (schema {version}; upgraded to {newest} when next opened)").format(
                    path=path, version=version, newest=SCHEMA_VERSION
                )
            )
            return 0
        with Journal.open_read_only(folder) as reader:
            disagreements = _totals_problems(reader)
            bad = reader.unreadable_rows()
            held = reader.quarantined()
    except (JournalError, sqlite3.Error) as exc:
        message = str(exc) if isinstance(exc, JournalError) else explain(exc, N_("check"))
        return fail(message)
    for row in bad:
        print(_("{path}: cannot read {text}").format(path=path, text=row.describe()))
    if (disagreements or bad) and not repair:
        if disagreements:
            print(
                _("{path}: the per-day totals disagree with the entries ({text}).").format(
                    path=path, text="; ".join(disagreements)
                )
            )
        print(
            _(
                "Run 'routine-app journal check --repair' to recount the totals and move "
                "unreadable records to the quarantine table (nothing is deleted)."
            )
        )
        return 1
    if disagreements or bad:
        code = _repair(folder, path)
        if code:
            return code
    if held:
        print(
            _(
                "{path}: {held} record(s) kept in the quarantine table (see docs/journal-format.md)"
            ).format(path=path, held=held)
        )
    backups = Backups(folder).daily()
    latest = backups[0].name if backups else _("none yet")
    print(_("{path}: ok (latest daily backup: {latest})").format(path=path, latest=latest))
    return 0


def _totals_problems(journal: Journal) -> list[str]:
    """The per-day totals compared with a recount, read-only (works on a read-only disk)."""
    missing = missing_totals(journal.connection)
    if missing:
        names = ", ".join(name for _, name in sorted(missing))
        return [f"missing {names} (rebuilt when the journal is next opened)"]
    return journal.totals.disagreements()


def _repair(folder: Path, path: Path) -> int:
    try:
        with Journal.open(folder)[0] as opened:
            if opened.read_only:
                return fail(
                    _("cannot repair {path}: it can only be read just now").format(path=path)
                )
            moved = opened.quarantine_unreadable()
            opened.recount_totals()
    except JournalError as exc:
        return fail(str(exc))
    if moved:
        print(
            _("{path}: {count} unreadable record(s) moved to the quarantine table").format(
                path=path, count=len(moved)
            )
        )
    print(_("{path}: per-day totals recounted from the entries and sessions").format(path=path))
    return 0


def report(args: argparse.Namespace) -> int:
    if getattr(args, "safety_card", None):
        return safety_card(args.output, args.safety_card)
    last = args.last or date.today()
    first = args.first or last - timedelta(days=90)
    if first > last:
        return fail(_("--from must not be after --to"), EXIT_INVALID)
    try:
        folder = data_dir(args.data_dir)
        journal_ = open_journal(folder)
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # fonts and PDF need Qt, only here

    from routine_app.engine.qt_messages import quiet_known_noise
    from routine_app.engine.translators import install_translators
    from routine_app.report.pdf import write_report
    from routine_app.store.user_routines import load_all

    quiet_known_noise(verbose=getattr(args, "verbose", False))
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translators(app, current_language())  # the pain chart's legend and title
    library = load_all(folder)

    def title(routine_id: str) -> str:
        routine = library.get(routine_id)
        return routine.title if routine else routine_id

    with journal_:
        try:
            pages = write_report(
                journal_, args.output, first, last, title, episode_began=args.episode_start
            )
        except OSError as exc:
            return fail(cannot_write(args.output, exc))
    print(
        _("Report for {first} to {last} written to {output} ({pages})").format(
            first=first, last=last, output=args.output, pages=plural(pages, "page")
        )
    )
    return 0


def safety_card(output: Path, size: str) -> int:
    """``report --safety-card``: the one-page card with the emergency signs (no journal)."""
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPageSize

    from routine_app.report.safety_card import write_safety_card

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    page = QPageSize.PageSizeId.A5 if size == "a5" else QPageSize.PageSizeId.A6
    try:
        write_safety_card(output, page)
    except OSError as exc:
        return fail(cannot_write(output, exc))
    print(
        _("Safety card ({text}, one page) written to {output}").format(
            text=size.upper(), output=output
        )
    )
    return 0
