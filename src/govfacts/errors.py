"""The exception family and the exit codes: every failure the CLI reports is one of these."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from govfacts.i18n import _, n_


class ExitCode(IntEnum):
    """The documented exit codes of every govfacts command (README, "Exit codes").

    0 success; 1 nothing matched; 2 usage error; 3 invalid or unreadable fact base (or
    an index that broke while being read); 70 an internal error (a bug); 130 interrupted.
    """

    OK = 0
    NO_MATCH = 1
    USAGE = 2
    BAD_DATA = 3
    INTERNAL = 70
    INTERRUPTED = 130


class GovfactsError(Exception):
    """Base class: a failure with a one-line message and an exit code."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(GovfactsError):
    """The command line asked for something that cannot be done."""

    exit_code = ExitCode.USAGE


class NoMatch(GovfactsError):
    """The query matched nothing (or no single place)."""

    exit_code = ExitCode.NO_MATCH


class DataError(GovfactsError):
    """The fact base is invalid or unreadable; carries every problem found."""

    exit_code = ExitCode.BAD_DATA

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = len(problems)
        head = problems[0] if problems else _("invalid fact base")
        more = (
            n_(" (and {n} more problem)", " (and {n} more problems)", count - 1).format(n=count - 1)
            if count > 1
            else ""
        )
        super().__init__(head + more)


class IndexDamaged(GovfactsError):
    """The index broke while a command was reading it; it has been removed for the next run."""

    exit_code = ExitCode.BAD_DATA


class AmbiguousPlace(NoMatch):
    """The text names more than one place equally well."""


class UnknownPlace(NoMatch):
    """The text names no place; `suggested` holds the places it likely means (maybe none)."""

    def __init__(self, message: str, suggested: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.suggested = list(suggested)


class Unreadable(GovfactsError):
    """A report file that cannot be read as a report: the message says why and what to do."""

    exit_code = ExitCode.BAD_DATA
