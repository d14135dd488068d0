"""The subcommands of ``routine-app``, as data (built by ``cli/arguments.py``).

Each command names its handler as (module, function); the module is imported only
when the command runs. Help texts are marked with ``N_`` and translated when the
parser is built.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from routine_app.cli.arguments import Arg, Command, OneOf, arg, switch
from routine_app.core.journal import LegSide, Reach, RedFlag
from routine_app.core.triage import WARNING_SIGN_IDS
from routine_app.i18n import N_, _

RANGES = ("2w", "3m", "1y", "all")
JOURNAL = "routine_app.cli.journal_commands"
T = TypeVar("T")


def _read(parse: Callable[[str], T], text: str, problem: str) -> T:
    """PARSE(TEXT), or argparse's error saying PROBLEM when TEXT cannot be read."""
    try:
        return parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None


def _pain(text: str) -> int:
    value = _read(int, text, _("{text!r} is not a whole number from 0 to 10").format(text=text))
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(
            _("{value} is outside the scale: 0 is no pain, 10 the worst pain imaginable").format(
                value=value
            )
        )
    return value


def _day(text: str) -> date:
    return _read(
        date.fromisoformat, text, _("{text!r} is not a date; use YYYY-MM-DD").format(text=text)
    )


def _seconds(text: str) -> float:
    value = _read(float, text, _("{text!r} is not a number of seconds").format(text=text))
    if not 0 <= value <= 600:
        raise argparse.ArgumentTypeError(_("the lead-in must be between 0 and 600 seconds"))
    return value


def _listed(intro: str, values: Sequence[str]) -> str:
    """The translated INTRO followed by VALUES, comma-separated."""
    return _(intro) + ", ".join(values)


def _date(*flags: str, dest: str, help: str) -> Arg:
    """An optional YYYY-MM-DD option, stored in DEST as a date."""
    return arg(*flags, dest=dest, type=_day, metavar="DATE", help=help)


VALIDATE = Command(
    "validate",
    N_("check routine files and report problems like a linter"),
    N_(
        "Check routine files. Prints one line per problem as "
        "FILE:LINE:COL: error: MESSAGE and exits 1 if any file is invalid, "
        "0 if all are valid. Routine ids must be unique across the files given."
    ),
    run=("routine_app.cli.validate", "command"),
    data_dir=False,
    args=(arg("files", nargs="+", type=Path, metavar="FILE"),),
)

LOG = Command(
    "log",
    N_("log pain without opening the window"),
    N_(
        "Log a pain journal entry. Prints the new entry's id once it is safely "
        "on disk and exits 0; invalid values exit 2 and write nothing. Pain uses the 0-10 "
        "scale: 0 is no pain, 10 the worst pain imaginable."
    ),
    run=(JOURNAL, "log"),
    args=(
        arg("--back", type=_pain, required=True, metavar="N", help=N_("back pain, 0-10")),
        arg("--leg", type=_pain, required=True, metavar="N", help=N_("leg pain, 0-10")),
        arg(
            "--leg-side",
            choices=[s.value for s in LegSide],
            default="none",
            help=N_(
                "which leg hurts (default: none); 'both' is an emergency sign and records "
                "the both-legs red flag"
            ),
        ),
        arg(
            "--reaches",
            choices=[r.value for r in Reach],
            default="back",
            help=N_("how far down the leg the pain reaches (default: back)"),
        ),
        switch("--numbness", N_("numbness in the leg or foot")),
        switch("--tingling", N_("tingling or pins and needles")),
        switch("--weakness", N_("weakness in the leg or foot")),
        arg(
            "--red-flag",
            action="append",
            default=[],
            metavar="FLAG",
            choices=[f.value for f in RedFlag],
            help=lambda: _listed(
                N_("an emergency symptom (repeatable): "), [f.value for f in RedFlag]
            ),
        ),
        arg(
            "--warning-sign",
            action="append",
            default=[],
            metavar="SIGN",
            choices=WARNING_SIGN_IDS,
            help=lambda: _listed(
                N_("a sign to get checked soon, new since last time (repeatable): "),
                WARNING_SIGN_IDS,
            ),
        ),
        arg("--medication", default="", metavar="TEXT", help=N_("medication taken")),
        arg("--note", default="", metavar="TEXT", help=N_("a note")),
        arg(
            "--at",
            metavar="ISO-TIME",
            help=N_("when, up to now (ISO 8601, e.g. 2026-11-21T20:30; default: now, local time)"),
        ),
    ),
)

JOURNAL_COMMAND = Command(
    "journal",
    N_("export, import or check the pain journal"),
    N_("Export, import or check the pain journal."),
    run=(JOURNAL, "journal"),
    actions=(
        Command(
            "export",
            N_("write the journal as JSON (lossless) or CSV"),
            N_(
                "Write the whole journal to FILE, or to standard output without -o. "
                "JSON holds entries, sessions and weekly checks and can be imported again; "
                "CSV has one row per entry, or per session with --what sessions, for "
                "spreadsheets."
            ),
            args=(
                arg("--format", choices=("json", "csv"), default="json"),
                arg("-o", "--output", type=Path, metavar="FILE"),
                arg(
                    "--what",
                    choices=("entries", "sessions"),
                    help=N_("for CSV: a row per pain entry (default) or per routine session"),
                ),
            ),
        ),
        Command(
            "import",
            N_("merge a JSON export into the journal"),
            N_(
                "Merge a JSON export into the journal. Records already present are "
                "left alone, so importing the same file twice changes nothing. A file with "
                "any error is rejected whole, naming the line or record at fault."
            ),
            args=(arg("file", type=Path, metavar="FILE"),),
        ),
        Command(
            "check",
            N_("run the integrity check and print the result"),
            N_(
                "Run SQLite's integrity check on the journal, and compare the per-day "
                "totals the progress screen reads with a fresh count of the entries and "
                "sessions, without changing anything. Exits 0 if it is healthy, 1 if not."
            ),
            args=(
                switch(
                    "--repair",
                    N_(
                        "recount per-day totals that disagree (entries and sessions are "
                        "not touched)"
                    ),
                ),
            ),
        ),
    ),
)

PLAY = Command(
    "play",
    N_("open straight into the player and start a routine"),
    N_(
        "Open the app in the player and start ROUTINE: the 'get ready' lead-in "
        "lists its cautions, then the steps follow. ROUTINE is a routine id from the library "
        "(e.g. knee-to-chest) or the path of a routine file."
    ),
    args=(
        arg("routine", metavar="ROUTINE"),
        arg(
            "--lead-in",
            type=_seconds,
            default=5.0,
            metavar="SECONDS",
            help=N_(
                "'get ready' time before the first step (default: 5; at least 5 when the "
                "routine has cautions, so they can be read)"
            ),
        ),
        switch(
            "--quit-when-done",
            N_("close the app when the routine finishes (after recording it)"),
        ),
        switch("--smoke", argparse.SUPPRESS),
        arg("--screenshot", type=Path, metavar="FILE.png", help=argparse.SUPPRESS),
    ),
)

REPORT = Command(
    "report",
    N_("write a PDF progress report for your clinician"),
    N_(
        "Write a one- or two-page PDF for a clinician: period and episode "
        "length, back and leg pain with their trend, how far down the leg, days with "
        "numbness, tingling and weakness, medication, warning and emergency signs, routines "
        "done with each one's verdict, the weekly SBI and PEG scores, notes. "
        "The period defaults to the last 3 months."
    ),
    run=(JOURNAL, "report"),
    args=(
        arg("-o", "--output", type=Path, required=True, metavar="FILE.pdf"),
        arg(
            "--safety-card",
            nargs="?",
            const="a6",
            choices=("a6", "a5"),
            help=N_(
                "instead of the report, write the one-page safety card to print and keep: "
                "the emergency signs, what to do, and blank lines for your own emergency "
                "number (A6 unless 'a5' is given)"
            ),
        ),
        _date(
            "--from", dest="first", help=N_("first day (YYYY-MM-DD; default: 3 months before --to)")
        ),
        _date("--to", dest="last", help=N_("last day (YYYY-MM-DD; default: today)")),
        _date(
            "--episode-start",
            dest="episode_start",
            help=N_(
                "when this episode of sciatica began (YYYY-MM-DD; default: as recorded in the app)"
            ),
        ),
    ),
)

ROUTINES = Command(
    "routines",
    N_("list, import or export routines"),
    N_(
        "List the routines, import routine files as your own, or export one "
        "to share it. Imported files are checked like 'validate' and stored in the data "
        "folder's routines folder; bundled routines stay read-only."
    ),
    run=("routine_app.cli.routine_commands", "routines"),
    actions=(
        Command(
            "list",
            N_("list every routine and where it lives"),
            args=(
                switch(
                    "--json",
                    N_(
                        "print a JSON array (id, title, kind, position, intensity, "
                        "gentle_version, duration_seconds, steps, equipment, source) for scripts"
                    ),
                ),
            ),
        ),
        Command(
            "import",
            N_("add routine files as your own"),
            args=(
                arg("files", nargs="+", type=Path, metavar="FILE"),
                OneOf(
                    (
                        switch(
                            "--replace",
                            N_("if the id is taken by one of your routines, replace it"),
                        ),
                        switch(
                            "--keep-both",
                            N_("if the id is taken, import under a new id (id-2, id-3, ...)"),
                        ),
                    )
                ),
            ),
        ),
        Command(
            "export",
            N_("save a routine to a YAML file"),
            args=(
                arg("id", metavar="ID"),
                arg("-o", "--output", type=Path, required=True, metavar="FILE"),
            ),
        ),
    ),
)

PROGRESS = Command(
    "progress",
    N_("print the progress figures (pain trend, routine verdicts, rates, streak)"),
    N_(
        "Print the figures the progress page shows for a range ending on --to "
        "(default: today): the back and leg pain trend, each routine's verdict with its "
        "counts and median change, sessions per week, days covered and the current streak. "
        "The rules are in docs/statistics.md. Changes nothing."
    ),
    run=("routine_app.cli.progress_command", "main"),
    args=(
        switch("--json", N_("print JSON (fields: docs/statistics.md)")),
        arg(
            "--range",
            dest="span",
            choices=RANGES,
            default="3m",
            help=N_("the range: 2w, 3m, 1y or all (default: 3m)"),
        ),
        _date(
            "--to",
            dest="to",
            help=N_('"today" for every figure: the range\'s last day (YYYY-MM-DD; default: today)'),
        ),
    ),
)

SAFETY = Command(
    "safety",
    N_("the emergency lock and the episode clock"),
    N_(
        "After an entry with an emergency sign, no routine starts until you "
        "confirm that a doctor or nurse has checked you since. 'status' shows whether "
        "routines are paused and which week of the episode you are in; 'clear' records "
        "the confirmation (with its time) and lifts the lock; 'episode' records when this "
        "episode of sciatica began."
    ),
    run=("routine_app.cli.safety_commands", "run"),
    actions=(
        Command("status", N_("is the lock on? which week is it?")),
        Command(
            "clear",
            N_("confirm a doctor or nurse has checked you since the emergency sign"),
            args=(arg("--note", default="", metavar="TEXT", help=N_("e.g. who checked you")),),
        ),
        Command(
            "episode",
            N_("when this episode began"),
            args=(arg("began", type=_day, metavar="DATE", help=N_("first day (YYYY-MM-DD)")),),
        ),
    ),
)

DESKTOP = Command(
    "desktop",
    N_("add the app to (or remove it from) your desktop's menu"),
    N_(
        "Install the launcher, its icon and the AppStream metainfo under "
        "~/.local/share (XDG_DATA_HOME), so the app appears in your desktop's menu; or "
        "remove them again. Nothing outside your home folder is touched."
    ),
    run=("routine_app.cli.desktop_commands", "desktop"),
    actions=(
        Command(
            "install",
            N_("add the launcher and icon"),
            data_dir=False,
            args=(
                switch(
                    "--autostart",
                    N_("also start the app at login, in the tray (for reminders)"),
                ),
            ),
        ),
        Command("uninstall", N_("remove the launcher, icon and autostart entry"), data_dir=False),
    ),
)

#: In the order ``routine-app --help`` lists them.
COMMANDS = (VALIDATE, LOG, JOURNAL_COMMAND, PLAY, REPORT, ROUTINES, PROGRESS, SAFETY, DESKTOP)
