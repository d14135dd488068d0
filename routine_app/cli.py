"""Command line: argument parsing and the subcommands. The GUI itself starts in ``app``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from routine_app import __version__
from routine_app.core.library import load_files
from routine_app.resources import assets_dir

DATA_DIR_ENV = "ROUTINE_APP_DATA_DIR"
PAGES = ("library",)

DESCRIPTION = """\
Sciatica Routines guides you through self-massage and stretch routines for
sciatica, step by step, and keeps a private journal of your pain.

With no command, the app window opens."""

EPILOG = f"""\
environment:
  {DATA_DIR_ENV}   where user data lives, unless --data-dir is given

examples:
  routine-app                          open the app
  routine-app --view library           open on the routine library
  routine-app validate my-routine.yaml check a routine file you wrote
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="routine-app",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=f"folder for your journal, backups and own routines (default: ${DATA_DIR_ENV}, "
        "else the system's application data folder); created private (mode 0700)",
    )
    gui = parser.add_argument_group("window options")
    gui.add_argument(
        "--view",
        choices=PAGES,
        default="library",
        metavar="PAGE",
        help=f"page to open on: {', '.join(PAGES)} (default: library)",
    )
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save a picture of the main window once it is shown",
    )
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="start the full window, process pending events, then exit 0 "
        "(non-zero with a message if startup fails); works offscreen",
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    validate = commands.add_parser(
        "validate",
        help="check routine files and report problems like a linter",
        description="Check routine files. Prints one line per problem as "
        "FILE:LINE:COL: error: MESSAGE and exits 1 if any file is invalid, "
        "0 if all are valid. Routine ids must be unique across the files given.",
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    return parser


def resolve_data_dir(arg: Path | None) -> Path | None:
    """The data folder asked for by ``--data-dir`` or the environment, if any."""
    if arg is not None:
        return arg
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env) if env else None


def run_validate(files: Sequence[Path]) -> int:
    library = load_files(((path, False) for path in files), asset_dirs=[assets_dir()])
    for problem in library.problems:
        print(problem.format())
    if library.problems:
        bad = len(library.broken_files)
        print(
            f"{bad} of {len(files)} routine file{'s' if len(files) != 1 else ''} invalid",
            file=sys.stderr,
        )
        return 1
    print(f"{len(files)} routine file{'s' if len(files) != 1 else ''} OK")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        return run_validate(args.files)
    from routine_app.app import GuiOptions, run_gui  # Qt loads only when a window is needed

    options = GuiOptions(
        data_dir=resolve_data_dir(args.data_dir),
        view=args.view,
        screenshot=args.screenshot,
        smoke=args.smoke,
    )
    return run_gui(options)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
