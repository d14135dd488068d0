"""Command line: argument parsing and dispatch. The window itself starts in ``app``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from routine_app import __version__
from routine_app.core.journal import LegSide, Reach, RedFlag
from routine_app.core.triage import WARNING_SIGN_IDS
from routine_app.engine.datadir import DATA_DIR_ENV
from routine_app.i18n import N_, _, install

# Command modules are imported only when their command runs: terminal commands start
# fast and never load Qt (tests/cli/test_no_qt.py checks it). Each subcommand's block
# below names its handler with `handler=lazy(MODULE, FUNCTION)`.
Handler = Callable[[argparse.Namespace], int]


def lazy(module: str, function: str) -> Handler:
    """The handler FUNCTION(args) of MODULE, imported when the command runs."""

    def handler(args: argparse.Namespace) -> int:
        return int(getattr(importlib.import_module(module), function)(args))

    return handler


PAGES = ("library", "player", "journal", "progress", "editor")
RANGES = ("2w", "3m", "1y", "all")

DESCRIPTION = N_("""\
Sciatica Routines guides you through self-massage and stretch routines for
sciatica, step by step, and keeps a private journal of your pain.

With no command, the app window opens.""")

EPILOG = N_("""\
environment:
  {env}   where user data lives, unless --data-dir is given

examples:
  routine-app                               open the app
  routine-app --view journal                open on the pain journal
  routine-app log --back 3 --leg 5 --leg-side left --reaches thigh
  routine-app journal export --format csv -o pain.csv
  routine-app journal export --format csv --what sessions -o sessions.csv
  routine-app progress --json --range 3m    progress figures as JSON
  routine-app safety status                 is the emergency lock on? which week is it?
  routine-app safety clear --note "GP"      a doctor or nurse has checked you since
  routine-app validate my-routine.yaml      check a routine file you wrote
""")


def _data_dir_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help=_(
            "folder for your journal, backups and own routines (default: "
            "${env}, else the system's application data folder); "
            "created private (mode 0700)"
        ).format(env=DATA_DIR_ENV),
    )


def _pain(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a whole number from 0 to 10").format(text=text)
        ) from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(
            _("{value} is outside the scale: 0 is no pain, 10 the worst pain imaginable").format(
                value=value
            )
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="routine-app",
        description=_(DESCRIPTION),
        epilog=_(EPILOG).format(env=DATA_DIR_ENV),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _data_dir_option(parser, None)
    gui = parser.add_argument_group(_("window options"))
    gui.add_argument(
        "--view",
        choices=PAGES,
        default="library",
        metavar="PAGE",
        help=_("page to open on: {pages} (default: library)").format(pages=", ".join(PAGES)),
    )
    gui.add_argument(
        "--range",
        choices=RANGES,
        default="3m",
        help=_("period the progress page shows: 2w, 3m, 1y or all (default: 3m)"),
    )
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=_("save a picture of the main window once it is shown"),
    )
    gui.add_argument(
        "--smoke",
        action="store_true",
        help=_(
            "start the full window, process pending events, then exit 0 "
            "(non-zero with a message if startup fails); works offscreen"
        ),
    )
    gui.add_argument(
        "--autostart",
        action="store_true",
        help=_("start in the tray without showing the window (used at login)"),
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=_(
            "check what the app needs at run time (routines, pictures, sound, voice, "
            "fonts, the data folder) and exit non-zero if something essential is missing"
        ),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=_(
            "show every message from Qt and its sound and speech back-ends "
            "(by default, known-harmless ones are hidden)"
        ),
    )

    # Subcommands accept --data-dir too; SUPPRESS keeps a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    _data_dir_option(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    _add_validate(commands)
    _add_log(commands, common)
    _add_journal(commands, common)
    _add_play(commands, common)
    _add_report(commands, common)
    _add_routines(commands, common)
    _add_progress(commands, common)
    _add_safety(commands, common)
    _add_desktop(commands)
    return parser


def _add_desktop(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desktop = commands.add_parser(
        "desktop",
        help=_("add the app to (or remove it from) your desktop's menu"),
        description=_(
            "Install the launcher, its icon and the AppStream metainfo under "
            "~/.local/share (XDG_DATA_HOME), so the app appears in your desktop's menu; or "
            "remove them again. Nothing outside your home folder is touched."
        ),
    )
    desktop.set_defaults(handler=lazy("routine_app.cli.desktop_commands", "desktop"))
    actions = desktop.add_subparsers(dest="desktop_command", metavar="ACTION", required=True)
    install = actions.add_parser("install", help=_("add the launcher and icon"))
    install.add_argument(
        "--autostart",
        action="store_true",
        help=_("also start the app at login, in the tray (for reminders)"),
    )
    actions.add_parser("uninstall", help=_("remove the launcher, icon and autostart entry"))


def _add_routines(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    routines = commands.add_parser(
        "routines",
        help=_("list, import or export routines"),
        description=_(
            "List the routines, import routine files as your own, or export one "
            "to share it. Imported files are checked like 'validate' and stored in the data "
            "folder's routines folder; bundled routines stay read-only."
        ),
    )
    routines.set_defaults(handler=lazy("routine_app.cli.routine_commands", "routines"))
    actions = routines.add_subparsers(dest="routines_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=_("list every routine and where it lives")
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=_(
            "print a JSON array (id, title, kind, position, intensity, gentle_version, "
            "duration_seconds, steps, equipment, source) for scripts"
        ),
    )
    imp = actions.add_parser("import", parents=[common], help=_("add routine files as your own"))
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    clash = imp.add_mutually_exclusive_group()
    clash.add_argument(
        "--replace",
        action="store_true",
        help=_("if the id is taken by one of your routines, replace it"),
    )
    clash.add_argument(
        "--keep-both",
        action="store_true",
        help=_("if the id is taken, import under a new id (id-2, id-3, ...)"),
    )
    exp = actions.add_parser("export", parents=[common], help=_("save a routine to a YAML file"))
    exp.add_argument("id", metavar="ID")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date; use YYYY-MM-DD").format(text=text)
        ) from None


def _add_progress(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sub = commands.add_parser(
        "progress",
        parents=[common],
        help=_("print the progress figures (pain trend, routine verdicts, rates, streak)"),
        description=_(
            "Print the figures the progress page shows for a range ending on --to "
            "(default: today): the back and leg pain trend, each routine's verdict with its "
            "counts and median change, sessions per week, days covered and the current streak. "
            "The rules are in docs/statistics.md. Changes nothing."
        ),
    )
    sub.set_defaults(handler=lazy("routine_app.cli.progress_command", "main"))
    sub.add_argument(
        "--json", action="store_true", help=_("print JSON (fields: docs/statistics.md)")
    )
    sub.add_argument(
        "--range",
        dest="span",
        choices=RANGES,
        default="3m",
        help=_("the range: 2w, 3m, 1y or all (default: 3m)"),
    )
    sub.add_argument(
        "--to",
        dest="to",
        type=_day,
        metavar="DATE",
        help=_('"today" for every figure: the range\'s last day (YYYY-MM-DD; default: today)'),
    )


def _add_safety(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sub = commands.add_parser(
        "safety",
        help=_("the emergency lock and the episode clock"),
        description=_(
            "After an entry with an emergency sign, no routine starts until you "
            "confirm that a doctor or nurse has checked you since. 'status' shows whether "
            "routines are paused and which week of the episode you are in; 'clear' records "
            "the confirmation (with its time) and lifts the lock; 'episode' records when this "
            "episode of sciatica began."
        ),
    )
    sub.set_defaults(handler=lazy("routine_app.cli.safety_commands", "run"))
    actions = sub.add_subparsers(dest="safety_command", metavar="ACTION", required=True)
    actions.add_parser("status", parents=[common], help=_("is the lock on? which week is it?"))
    clear = actions.add_parser(
        "clear",
        parents=[common],
        help=_("confirm a doctor or nurse has checked you since the emergency sign"),
    )
    clear.add_argument("--note", default="", metavar="TEXT", help=_("e.g. who checked you"))
    episode = actions.add_parser("episode", parents=[common], help=_("when this episode began"))
    episode.add_argument("began", type=_day, metavar="DATE", help=_("first day (YYYY-MM-DD)"))


def _add_report(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sub = commands.add_parser(
        "report",
        parents=[common],
        help=_("write a PDF progress report for your clinician"),
        description=_(
            "Write a one- or two-page PDF for a clinician: period and episode "
            "length, back and leg pain with their trend, how far down the leg, days with "
            "numbness, tingling and weakness, medication, warning and emergency signs, routines "
            "done with each one's verdict, the weekly SBI and PEG scores, notes. "
            "The period defaults to the last 3 months."
        ),
    )
    sub.set_defaults(handler=lazy("routine_app.cli.journal_commands", "report"))
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    sub.add_argument(
        "--safety-card",
        nargs="?",
        const="a6",
        choices=("a6", "a5"),
        help=_(
            "instead of the report, write the one-page safety card to print and keep: "
            "the emergency signs, what to do, and blank lines for your own emergency number "
            "(A6 unless 'a5' is given)"
        ),
    )
    sub.add_argument(
        "--from",
        dest="first",
        type=_day,
        metavar="DATE",
        help=_("first day (YYYY-MM-DD; default: 3 months before --to)"),
    )
    sub.add_argument(
        "--to",
        dest="last",
        type=_day,
        metavar="DATE",
        help=_("last day (YYYY-MM-DD; default: today)"),
    )
    sub.add_argument(
        "--episode-start",
        dest="episode_start",
        type=_day,
        metavar="DATE",
        help=_("when this episode of sciatica began (YYYY-MM-DD; default: as recorded in the app)"),
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a number of seconds").format(text=text)
        ) from None
    if not 0 <= value <= 600:
        raise argparse.ArgumentTypeError(_("the lead-in must be between 0 and 600 seconds"))
    return value


def _add_play(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sub = commands.add_parser(
        "play",
        parents=[common],
        help=_("open straight into the player and start a routine"),
        description=_(
            "Open the app in the player and start ROUTINE: the 'get ready' lead-in "
            "lists its cautions, then the steps follow. ROUTINE is a routine id from the library "
            "(e.g. knee-to-chest) or the path of a routine file."
        ),
    )
    sub.add_argument("routine", metavar="ROUTINE")
    sub.add_argument(
        "--lead-in",
        type=_seconds,
        default=5.0,
        metavar="SECONDS",
        help=_(
            "'get ready' time before the first step (default: 5; at least 5 when the "
            "routine has cautions, so they can be read)"
        ),
    )
    sub.add_argument(
        "--quit-when-done",
        action="store_true",
        help=_("close the app when the routine finishes (after recording it)"),
    )
    sub.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub.add_argument("--screenshot", type=Path, metavar="FILE.png", help=argparse.SUPPRESS)


def _add_validate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser(
        "validate",
        help=_("check routine files and report problems like a linter"),
        description=_(
            "Check routine files. Prints one line per problem as "
            "FILE:LINE:COL: error: MESSAGE and exits 1 if any file is invalid, "
            "0 if all are valid. Routine ids must be unique across the files given."
        ),
    )
    sub.set_defaults(handler=lazy("routine_app.cli.validate", "command"))
    sub.add_argument("files", nargs="+", type=Path, metavar="FILE")


def _add_log(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    sub = commands.add_parser(
        "log",
        parents=[common],
        help=_("log pain without opening the window"),
        description=_(
            "Log a pain journal entry. Prints the new entry's id once it is safely "
            "on disk and exits 0; invalid values exit 2 and write nothing. Pain uses the 0-10 "
            "scale: 0 is no pain, 10 the worst pain imaginable."
        ),
    )
    sub.set_defaults(handler=lazy("routine_app.cli.journal_commands", "log"))
    sub.add_argument("--back", type=_pain, required=True, metavar="N", help=_("back pain, 0-10"))
    sub.add_argument("--leg", type=_pain, required=True, metavar="N", help=_("leg pain, 0-10"))
    sub.add_argument(
        "--leg-side",
        choices=[s.value for s in LegSide],
        default="none",
        help=_(
            "which leg hurts (default: none); 'both' is an emergency sign and records "
            "the both-legs red flag"
        ),
    )
    sub.add_argument(
        "--reaches",
        choices=[r.value for r in Reach],
        default="back",
        help=_("how far down the leg the pain reaches (default: back)"),
    )
    sub.add_argument("--numbness", action="store_true", help=_("numbness in the leg or foot"))
    sub.add_argument("--tingling", action="store_true", help=_("tingling or pins and needles"))
    sub.add_argument("--weakness", action="store_true", help=_("weakness in the leg or foot"))
    sub.add_argument(
        "--red-flag",
        action="append",
        default=[],
        metavar="FLAG",
        choices=[f.value for f in RedFlag],
        help=_("an emergency symptom (repeatable): ") + ", ".join(f.value for f in RedFlag),
    )
    sub.add_argument(
        "--warning-sign",
        action="append",
        default=[],
        metavar="SIGN",
        choices=WARNING_SIGN_IDS,
        help=_("a sign to get checked soon, new since last time (repeatable): ")
        + ", ".join(WARNING_SIGN_IDS),
    )
    sub.add_argument("--medication", default="", metavar="TEXT", help=_("medication taken"))
    sub.add_argument("--note", default="", metavar="TEXT", help=_("a note"))
    sub.add_argument(
        "--at",
        metavar="ISO-TIME",
        help=_("when (ISO 8601, e.g. 2026-11-21T20:30; default: now, local time)"),
    )


def _add_journal(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    journal = commands.add_parser(
        "journal",
        help=_("export, import or check the pain journal"),
        description=_("Export, import or check the pain journal."),
    )
    journal.set_defaults(handler=lazy("routine_app.cli.journal_commands", "journal"))
    actions = journal.add_subparsers(dest="journal_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        parents=[common],
        help=_("write the journal as JSON (lossless) or CSV"),
        description=_(
            "Write the whole journal to FILE, or to standard output without -o. "
            "JSON holds entries, sessions and weekly checks and can be imported again; CSV has "
            "one row per entry, or per session with --what sessions, for spreadsheets."
        ),
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", type=Path, metavar="FILE")
    export.add_argument(
        "--what",
        choices=("entries", "sessions"),
        help=_("for CSV: a row per pain entry (default) or per routine session"),
    )
    imp = actions.add_parser(
        "import",
        parents=[common],
        help=_("merge a JSON export into the journal"),
        description=_(
            "Merge a JSON export into the journal. Records already present are "
            "left alone, so importing the same file twice changes nothing. A file with any "
            "error is rejected whole, naming the line or record at fault."
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    check = actions.add_parser(
        "check",
        parents=[common],
        help=_("run the integrity check and print the result"),
        description=_(
            "Run SQLite's integrity check on the journal, and compare the per-day "
            "totals the progress screen reads with a fresh count of the entries and sessions, "
            "without changing anything. Exits 0 if it is healthy, 1 if not."
        ),
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help=_("recount per-day totals that disagree (entries and sessions are not touched)"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    install()  # the language of LANGUAGE / LC_ALL / LC_MESSAGES / LANG
    args = build_parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is not None:
        return handler(args)
    return _window(args)


def _window(args: argparse.Namespace) -> int:
    """The window (and `play`): Qt loads only here, once a display and Qt can be used."""
    from routine_app.cli import desktop_check
    from routine_app.cli.journal_commands import requested_data_dir

    offscreen_ok = args.smoke or bool(args.screenshot) or args.self_check
    problem = desktop_check.window_problem(offscreen_ok=offscreen_ok)
    if problem is not None:
        print(_("routine-app: error: {problem}").format(problem=problem), file=sys.stderr)
        return 1
    from routine_app.engine.qt_messages import quiet_known_noise

    quiet_known_noise(verbose=args.verbose)
    if args.self_check:
        from routine_app.cli.self_check import self_check

        return self_check(requested_data_dir(args.data_dir))
    if args.command == "play":
        from routine_app.cli.safety_commands import refuse_if_locked

        refused = refuse_if_locked(args.data_dir)
        if refused is not None:
            return refused
    from routine_app.app import GuiOptions, run_gui  # Qt widgets load only for the window

    playing = args.command == "play"
    options = GuiOptions(
        data_dir=requested_data_dir(args.data_dir),
        view="player" if playing else args.view,
        screenshot=args.screenshot,
        smoke=args.smoke,
        play=args.routine if playing else None,
        lead_in=args.lead_in if playing else None,
        quit_when_done=playing and args.quit_when_done,
        range=getattr(args, "range", "3m"),
        autostart=args.autostart,
    )
    return run_gui(options)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
