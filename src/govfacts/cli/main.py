"""The `govfacts` command: the app with every command registered, and the entry point."""

from __future__ import annotations

import copy
import sys

import typer

from govfacts.cli.app import app, fail_usage, undecodable
from govfacts.i18n import _
from govfacts.output.env import flush_stdout, utf8_streams

# Importing the command modules registers their commands; --help lists them in this order.
# isort: off
from govfacts.cli import query_commands  # noqa: F401, E402
from govfacts.cli import base_commands  # noqa: F401, E402
from govfacts.cli import extract_command  # noqa: F401, E402
# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `govfacts` command."""
    utf8_streams()
    bad = undecodable(sys.argv[1:])
    if bad is not None:
        fail_usage(_("an argument is not UTF-8 text: {argument}").format(argument=bad))
    try:
        for_argv(app, sys.argv[1:])(prog_name="govfacts")
    finally:
        flush_stdout()


def for_argv(full: typer.Typer, argv: list[str]) -> typer.Typer:
    """The app a run needs: when its first word names a command, an app with that command only,
    since Typer builds the parameters of every registered command before it runs one (a third of
    a quick query's time). Anything else (--help, --version, a typo that wants suggestions, shell
    completion) gets the whole app."""
    if not argv:  # also shell completion, which runs the command with no words (they are in its environment)
        return full
    named = [c for c in full.registered_commands if _name(c) == argv[0]]
    if len(named) != 1:
        return full
    narrow = copy.copy(full)
    narrow.registered_commands = named
    return narrow


def _name(info: typer.models.CommandInfo) -> str:
    """The name a command is typed by: its given name, else its function's, as Typer spells it."""
    if info.name:
        return info.name
    return getattr(info.callback, "__name__", "").lower().replace("_", "-")
