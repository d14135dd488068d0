"""Options and subcommands as data, built into argparse parsers.

An :class:`Arg` is one ``add_argument`` call and a :class:`Command` one subcommand
(with its options, its handler and any actions of its own), so the command line reads
as a table (``cli/command_table.py``) and the argparse calls live here once. Help
texts in the tables are marked with ``N_`` and translated when the parser is built,
after :func:`routine_app.i18n.install`; a help text that needs values filled in is
a function that returns the finished text.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from routine_app.i18n import _

Handler = Callable[[argparse.Namespace], int]
#: A help text marked with ``N_``, or a function returning the translated, filled-in text.
Help = str | Callable[[], str]


def lazy(module: str, function: str) -> Handler:
    """The handler FUNCTION(args) of MODULE, imported when the command runs.

    Command modules load only when their command runs: terminal commands start fast
    and never load Qt (tests/cli/test_no_qt.py checks it).
    """

    def handler(args: argparse.Namespace) -> int:
        return int(getattr(importlib.import_module(module), function)(args))

    return handler


def shown(text: Help) -> str:
    """TEXT as the user reads it: translated now, or filled in by its function."""
    if callable(text):
        return text()
    return text if text == argparse.SUPPRESS else _(text)


@dataclass(frozen=True)
class Arg:
    """One option or positional argument: ``add_argument(*flags, help=..., **options)``."""

    flags: tuple[str, ...]
    options: Mapping[str, Any]
    help: Help | None = None


def arg(*flags: str, help: Help | None = None, **options: Any) -> Arg:
    return Arg(flags, options, help)


def switch(flag: str, help: Help) -> Arg:
    """An option that takes no value: True when given, else False."""
    return arg(flag, action="store_true", help=help)


@dataclass(frozen=True)
class OneOf:
    """Options of which at most one may be given (a mutually exclusive group)."""

    args: tuple[Arg, ...]


@dataclass(frozen=True)
class Command:
    """A subcommand. ``run`` names its handler (module, function), imported when it runs;
    ``data_dir`` gives it the --data-dir option; ``actions`` are its own subcommands,
    one of which is required (the chosen one in ``args.<name>_command``). A command
    with actions takes --data-dir on each action, not on itself."""

    name: str
    help: str
    description: str | None = None
    run: tuple[str, str] | None = None
    data_dir: bool = True
    args: tuple[Arg | OneOf, ...] = ()
    actions: tuple[Command, ...] = ()


def add_arguments(parser: argparse._ActionsContainer, args: Sequence[Arg | OneOf]) -> None:
    for item in args:
        if isinstance(item, OneOf):
            add_arguments(parser.add_mutually_exclusive_group(), item.args)
            continue
        options = dict(item.options)
        if item.help is not None:
            options["help"] = shown(item.help)
        parser.add_argument(*item.flags, **options)


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    table: Sequence[Command],
    common: argparse.ArgumentParser,
) -> None:
    """Add each command of TABLE; COMMON is the parent parser holding --data-dir."""
    for command in table:
        sub = commands.add_parser(
            command.name,
            parents=[common] if command.data_dir and not command.actions else [],
            help=shown(command.help),
            description=None if command.description is None else shown(command.description),
        )
        if command.run is not None:
            sub.set_defaults(handler=lazy(*command.run))
        add_arguments(sub, command.args)
        if command.actions:
            actions = sub.add_subparsers(
                dest=f"{command.name}_command", metavar="ACTION", required=True
            )
            add_commands(actions, command.actions, common)
