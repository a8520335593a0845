"""The Typer app and what every command shares: opening the base, and turning errors into exit codes.

Every command is registered through `command()`, which turns the project's exceptions
into a one-line message on stderr and a documented exit code (errors.ExitCode), and
never shows a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sized
from typing import TYPE_CHECKING, Annotated, Any

import typer

from govfacts import __version__
from govfacts.errors import DataError, ExitCode, GovfactsError, NoMatch
from govfacts.i18n import _, n_

if TYPE_CHECKING:
    from govfacts.factbase import FactBase

EXIT_CODES = """Exit codes: 0 success; 1 nothing matched; 2 usage error; 3 invalid or
unreadable fact base; 70 internal error; 130 interrupted."""

app = typer.Typer(
    name="govfacts",
    help="Look up the facts that government reports state, each with its source.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def say(message: str, prefix: str = "govfacts: ") -> None:
    """One line on stderr, control characters shown escaped: every message the CLI writes
    goes through here (data, file names and input are never terminal codes)."""
    from govfacts.output.env import clean

    sys.stderr.write(prefix + clean(message) + "\n")


def _fail(message: str, code: int) -> None:
    """The message on stderr, then the exit code."""
    say(message)
    raise typer.Exit(code)


def command(*names: str, **kwargs: Any) -> Callable:
    """Register a command whose errors end as a message on stderr and a documented exit code."""

    def register(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def run(*args: Any, **kw: Any) -> Any:
            try:
                return fn(*args, **kw)
            except DataError as e:
                for problem in e.problems:
                    say(problem, prefix="")
                count = len(e.problems)
                message = n_("the fact base is invalid ({count} problem)", "the fact base is invalid ({count} problems)", count)
                _fail(message.format(count=count), ExitCode.BAD_DATA)
            except GovfactsError as e:
                _fail(e.message, e.exit_code)
            except BrokenPipeError:
                _quiet_pipe()
            except KeyboardInterrupt:
                raise typer.Exit(ExitCode.INTERRUPTED) from None
            except (typer.Exit, typer.Abort):
                raise
            except Exception as e:  # a bug: still one line, never a traceback
                if os.environ.get("GOVFACTS_DEBUG", "") not in ("", "0"):
                    raise  # GOVFACTS_DEBUG=1: the traceback, to see where
                _fail(_("internal error: {error}").format(error=f"{type(e).__name__}: {e}"), ExitCode.INTERNAL)

        return app.command(*names, **kwargs)(run)

    return register


@contextlib.contextmanager
def opened(data: list[str] | FactBase | None) -> Iterator[sqlite3.Connection]:
    """The index of a fact base (or of the one --data chooses), for one command (see FactBase.reading)."""
    from govfacts.cli.progress import build_progress
    from govfacts.factbase import FactBase

    base = data if isinstance(data, FactBase) else FactBase.choose(data)
    for note in base.notes:
        say(note)
    with base.reading(build_progress) as db:
        yield db


def env(db: sqlite3.Connection | None = None):
    """Where this command writes: stdout and stderr, whether stdout is a terminal, and (with the
    index open) how to write its places in pinyin, for tables in English."""
    from govfacts.output.env import Env

    if db is None:
        return Env()
    from functools import partial

    from govfacts.engine.romanize import pinyin_names

    return Env(romanize=partial(pinyin_names, db))


def undecodable(argv: list[str]) -> str | None:
    """The first argument that is not UTF-8 text, its bytes shown escaped (b'\\xff' → \\xff), or None.

    Python hands such bytes over as lone surrogates, which nothing can print or write;
    refusing them here, before any command runs, leaves nothing half made.
    """
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            try:
                raw = os.fsencode(arg)
            except UnicodeError:
                raw = arg.encode("utf-8", "backslashreplace")
            return raw.decode("utf-8", "backslashreplace")
    return None


def fail_usage(message: str) -> None:
    """Before the app runs: the message on stderr and exit 2 (a usage error)."""
    say(message)
    sys.exit(ExitCode.USAGE)


def require(found: Sized, message: str) -> None:
    """Exit 1 with `message` (after the output, which says so in its own format) when a query found nothing."""
    if len(found) == 0:
        raise NoMatch(message)


def silence_stdout() -> None:
    """Point stdout at /dev/null so that nothing more is written to a closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _quiet_pipe() -> None:
    """The reader went away (`| head -1`): stop quietly, as a pipeline expects."""
    silence_stdout()
    raise typer.Exit(ExitCode.OK)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"govfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Look up the facts that government reports state, each with its source."""
