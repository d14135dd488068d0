"""``routine-app log`` and ``routine-app journal export|import|check``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from routine_app.core.journal import (
    Entry,
    JournalValueError,
    LegSide,
    Reach,
    RedFlag,
    new_id,
    now,
)
from routine_app.core.safety import RED_FLAG_MESSAGE
from routine_app.store.exchange import ImportFileError, export_text, import_json
from routine_app.store.files import DataDirError, ensure_private_dir, write_private
from routine_app.store.journal import JOURNAL_FILE, Journal, JournalError
from routine_app.store.recovery import Backups, check_file
from routine_app.store.totals import check_totals

DATA_DIR_ENV = "ROUTINE_APP_DATA_DIR"
EXIT_INVALID = 2


def requested_data_dir(arg: Path | None) -> Path | None:
    """The data folder asked for by ``--data-dir`` or the environment, if any."""
    if arg is not None:
        return arg
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env) if env else None


def data_dir(arg: Path | None) -> Path:
    requested = requested_data_dir(arg)
    if requested is None:
        from routine_app.datadir import NoDataDirError, default_data_dir

        try:
            requested = default_data_dir()
        except NoDataDirError as exc:
            raise DataDirError(str(exc)) from None
    return ensure_private_dir(requested)


def fail(message: str, code: int = 1) -> int:
    print(f"routine-app: error: {message}", file=sys.stderr)
    return code


def _local_time(text: str | None) -> datetime:
    if text is None:
        return now()
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise JournalValueError(
            f"--at {text!r} is not a time; use ISO 8601 such as 2026-11-21T20:30"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


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
        )
        folder = data_dir(args.data_dir)
        journal, report = Journal.open(folder)
    except JournalValueError as exc:
        return fail(str(exc), EXIT_INVALID)
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    with journal:
        for notice in report.notices:
            print(f"routine-app: {notice}", file=sys.stderr)
        try:
            saved = journal.add_entry(entry)
        except JournalValueError as exc:
            return fail(str(exc), EXIT_INVALID)
        except JournalError as exc:
            return fail(str(exc))
    print(saved.id)
    if saved.red_flags:
        print(f"\n*** {RED_FLAG_MESSAGE} ***\n", file=sys.stderr)
    return 0


def journal(args: argparse.Namespace) -> int:
    try:
        folder = data_dir(args.data_dir)
        if args.journal_command == "check":
            return _check(folder, repair=args.repair)
        opened, report = Journal.open(folder)
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    with opened:
        for notice in report.notices:
            print(f"routine-app: {notice}", file=sys.stderr)
        if args.journal_command == "export":
            return _export(opened, args.format, args.output)
        return _import(opened, args.file)


def _export(journal: Journal, kind: str, output: Path | None) -> int:
    text = export_text(journal, kind)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_private(output, text.encode("utf-8"))
    except OSError as exc:
        return fail(f"cannot write {output}: {exc.strerror or exc}")
    entries, sessions = journal.counts()
    print(f"Exported {entries} entries and {sessions} sessions to {output}", file=sys.stderr)
    return 0


def _import(journal: Journal, path: Path) -> int:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return fail(f"cannot read {path}: {exc.strerror or exc}")
    try:
        result = import_json(journal, data)
    except (ImportFileError, JournalValueError) as exc:
        return fail(f"{path}: {exc}. Nothing was imported.")
    except JournalError as exc:
        return fail(str(exc))
    print(result.summary())
    return 0


def _check(folder: Path, *, repair: bool) -> int:
    path = folder / JOURNAL_FILE
    if not path.exists():
        print(f"{path}: no journal yet (nothing logged)")
        return 0
    problem = check_file(path)
    if problem is not None:
        print(f"{path}: DAMAGED: {problem}")
        print("Start the app to move it aside and restore the latest backup.")
        return 1
    disagreements = check_totals(path)
    if disagreements and not repair:
        print(f"{path}: the per-day totals disagree with the entries ({'; '.join(disagreements)}).")
        print("Your entries are intact. Run 'routine-app journal check --repair' to recount.")
        return 1
    if disagreements:
        try:
            with Journal.open(folder)[0] as opened:
                opened.recount_totals()
        except JournalError as exc:
            return fail(str(exc))
        print(f"{path}: per-day totals recounted from the entries and sessions")
    backups = Backups(folder).daily()
    latest = backups[0].name if backups else "none yet"
    print(f"{path}: ok (latest daily backup: {latest})")
    return 0


def report(args: argparse.Namespace) -> int:
    last = args.last or date.today()
    first = args.first or last - timedelta(days=90)
    if first > last:
        return fail("--from must not be after --to", EXIT_INVALID)
    try:
        folder = data_dir(args.data_dir)
        journal_, notices = Journal.open(folder)
    except (DataDirError, JournalError) as exc:
        return fail(str(exc))
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # fonts and PDF need Qt, only here

    from routine_app.engine.qt_messages import quiet_known_noise
    from routine_app.report import write_report
    from routine_app.store.user_routines import load_all

    quiet_known_noise(verbose=getattr(args, "verbose", False))
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    library = load_all(folder)

    def title(routine_id: str) -> str:
        routine = library.get(routine_id)
        return routine.title if routine else routine_id

    with journal_:
        for notice in notices.notices:
            print(f"routine-app: {notice}", file=sys.stderr)
        try:
            pages = write_report(journal_, args.output, first, last, title)
        except OSError as exc:
            return fail(str(exc))
    print(
        f"Report for {first} to {last} written to {args.output} ({pages} "
        f"page{'s' if pages != 1 else ''})"
    )
    return 0
