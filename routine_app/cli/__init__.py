"""Command line: argument parsing and dispatch. The window itself starts in ``app``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from routine_app import __version__
from routine_app.cli.arguments import Arg, Handler, add_arguments, add_commands, arg, switch
from routine_app.cli.command_table import COMMANDS, RANGES
from routine_app.engine.datadir import DATA_DIR_ENV
from routine_app.i18n import N_, _, install

PAGES = ("library", "player", "journal", "progress", "editor")

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


def _folder(text: str) -> Path:
    """A --data-dir value: refused when empty (that would be the current folder) or when
    it starts with "-" (an option given by mistake, as in ``--data-dir=--help``)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            _("the data folder must not be empty; give a folder such as ~/pain-journal")
        )
    if text.startswith("-"):
        raise argparse.ArgumentTypeError(
            _(
                "{text!r} looks like an option, not a folder; to use a folder whose name "
                "starts with '-', write ./{text}"
            ).format(text=text)
        )
    return Path(text)


def _data_dir(default: object) -> Arg:
    return arg(
        "--data-dir",
        type=_folder,
        metavar="DIR",
        default=default,
        help=lambda: _(
            "folder for your journal, backups and own routines (default: "
            "${env}, else the system's application data folder); "
            "created private (mode 0700)"
        ).format(env=DATA_DIR_ENV),
    )


WINDOW_OPTIONS = (
    arg(
        "--view",
        choices=PAGES,
        default="library",
        metavar="PAGE",
        help=lambda: _("page to open on: {pages} (default: library)").format(
            pages=", ".join(PAGES)
        ),
    ),
    arg(
        "--range",
        choices=RANGES,
        default="3m",
        help=N_("period the progress page shows: 2w, 3m, 1y or all (default: 3m)"),
    ),
    arg(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=N_("save a picture of the main window once it is shown"),
    ),
    switch(
        "--smoke",
        N_(
            "start the full window, process pending events, then exit 0 "
            "(non-zero with a message if startup fails); works offscreen"
        ),
    ),
    switch(
        "--autostart",
        N_("start in the tray without showing the window (used at login)"),
    ),
)

CHECK_OPTIONS = (
    switch(
        "--self-check",
        N_(
            "check what the app needs at run time (routines, pictures, sound, voice, "
            "fonts, the data folder) and exit non-zero if something essential is missing"
        ),
    ),
    switch(
        "--verbose",
        N_(
            "show every message from Qt and its sound and speech back-ends "
            "(by default, known-harmless ones are hidden)"
        ),
    ),
)


#: What the window alone takes; a command line of only these needs no command parsers.
WINDOW_FLAGS = frozenset({"--smoke", "--autostart", "--self-check", "--verbose"})
WINDOW_VALUED = frozenset({"--data-dir", "--view", "--range", "--screenshot"})


def window_only(argv: Sequence[str]) -> bool:
    """True when *argv* holds window options only (``--smoke --data-dir DIR``, or
    nothing): then the parser is built without the commands, which take longer to
    describe than the window takes to parse. Anything else (a command, --help, an
    abbreviated option) gets the full parser and its usual messages."""
    tokens = iter(argv)
    for token in tokens:
        name, equals, _value = token.partition("=")
        if name in WINDOW_VALUED:
            if not equals and next(tokens, None) is None:
                return False  # the full parser says the value is missing
        elif token not in WINDOW_FLAGS:
            return False
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without *commands*, only the window's options (see
    :func:`window_only`)."""
    parser = argparse.ArgumentParser(
        prog="routine-app",
        description=_(DESCRIPTION),
        epilog=_(EPILOG).format(env=DATA_DIR_ENV),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_arguments(parser, [_data_dir(None)])
    add_arguments(parser.add_argument_group(_("window options")), WINDOW_OPTIONS)
    add_arguments(parser, CHECK_OPTIONS)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    # Subcommands accept --data-dir too; SUPPRESS keeps a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    add_arguments(common, [_data_dir(argparse.SUPPRESS)])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    add_commands(sub, COMMANDS, common)
    return parser


#: The exit status of a command whose reader went away (128 + SIGPIPE, as the shell
#: reports a program the signal ended): ``routine-app progress --json | head -1``.
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    install()  # the language of LANGUAGE / LC_ALL / LC_MESSAGES / LANG
    try:
        code = _run(argv)
        sys.stdout.flush()  # what is still buffered, while a closed pipe can be caught
    except SystemExit:  # --help, --version, a usage error: argparse has printed and exits
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _drop_stdout()
        raise
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_BROKEN_PIPE
    return code


def _drop_stdout() -> None:
    """As the Python documentation advises (signal module, "Note on SIGPIPE"): what is
    left goes nowhere, so the flush at exit raises no second error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run(argv: Sequence[str] | None) -> int:
    tokens = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(commands=not window_only(tokens)).parse_args(tokens)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is not None:
        return handler(args)
    return _window(args)


def _window(args: argparse.Namespace) -> int:
    """The window (and `play`): Qt loads only here, once a display and Qt can be used."""
    from routine_app.cli import desktop_check
    from routine_app.engine.datadir import requested_data_dir  # not journal_commands: ~20 ms

    if args.command == "play":
        from routine_app.cli.routine_commands import unknown_routine

        unknown = unknown_routine(args.data_dir, args.routine)
        if unknown is not None:
            return unknown
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
