"""The `govfacts` command: the app with every command registered, and the entry point."""

from __future__ import annotations

import sys

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
        app(prog_name="govfacts")
    finally:
        flush_stdout()
