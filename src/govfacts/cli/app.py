"""The Typer app and what every command shares: opening the base, and turning errors into exit codes.

Every command is registered through `command()`, which turns the project's exceptions
into a one-line message on stderr and a documented exit code (errors.ExitCode), and
never shows a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from govfacts import __version__
from govfacts.errors import DataError, ExitCode, GovfactsError, NoMatch
from govfacts.i18n import _, n_

if TYPE_CHECKING:
    from govfacts.api import Library
    from govfacts.engine.results import Result
    from govfacts.output.env import Env

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


_RUN: list[Env] = []  # the run's environment: made once when a command starts (tests run many in one process)


def run_env() -> Env:
    """The environment of this run: its streams and settings, the one writer of every message."""
    from govfacts.output.env import Env

    if not _RUN:
        _RUN.append(Env())
    return _RUN[-1]


def start_run() -> Env:
    """A fresh environment for the run that begins now (a command, or --version before any):
    the streams as they are now, the settings the environment variables give now."""
    from govfacts.output.env import Env

    _RUN[:] = [Env()]
    return _RUN[-1]


def say(message: str, prefix: str = "govfacts: ") -> None:
    """One line on stderr, control characters shown escaped (Env.say)."""
    run_env().say(message, prefix)


def _fail(message: str, code: int) -> None:
    """The message on stderr, then the exit code."""
    say(message)
    raise typer.Exit(code)


def command(*names: str, **kwargs: Any) -> Callable:
    """Register a command whose errors end as a message on stderr and a documented exit code."""

    def register(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def run(*args: Any, **kw: Any) -> Any:
            from govfacts.settings import using

            settings = start_run().settings  # this run's streams and settings, as the command starts
            try:
                with using(settings):
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
                if run_env().settings.debug:
                    raise  # GOVFACTS_DEBUG=1: the traceback, to see where
                _fail(_("internal error: {error}").format(error=f"{type(e).__name__}: {e}"), ExitCode.INTERNAL)

        if fn.__doc__ and "help" not in kwargs:
            return app.command(*names, help=_paragraphs(fn.__doc__), **kwargs)(run)
        return app.command(*names, **kwargs)(run)

    return register


def _paragraphs(doc: str) -> str:
    """A docstring as help: each paragraph one line, for the terminal to wrap at its own width
    (the source's line breaks would break lines mid-sentence)."""
    return "\n\n".join(" ".join(p.split("\n")) for p in inspect.cleandoc(doc).split("\n\n"))


@contextlib.contextmanager
def opened(data: list[str] | Library | None) -> Iterator[Library]:
    """The fact base --data names (else GOVFACTS_DATA, else the shipped one), open for one
    command, with a progress bar while its index is built (see FactBase.reading)."""
    from govfacts.api import Library
    library = data if isinstance(data, Library) else Library(*(data or ()), progress=run_env().build_progress)
    for note in library.notes:
        say(note)
    with library:
        yield library


def env(library: Library | None = None) -> Env:
    """Where this command writes: stdout and stderr, whether stdout is a terminal, and (with a
    base open) how to write its places in pinyin, for tables in English."""
    import copy

    view = copy.copy(run_env())  # the run's streams and settings; the base's pinyin for this output only
    view.romanize = library.pinyin if library is not None else None
    return view


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
    start_run().say(message)
    sys.exit(ExitCode.USAGE)


def require(found: Result) -> None:
    """After the output: the result's remarks on stderr, and exit 1 with its `nothing` when it found nothing."""
    for remark in found.remarks:
        say(remark)
    if found.nothing is not None:
        raise NoMatch(found.nothing)


def _quiet_pipe() -> None:
    """The reader went away (`| head -1`): stop quietly, as a pipeline expects."""
    from govfacts.output.env import silence_stdout

    silence_stdout()
    raise typer.Exit(ExitCode.OK)


def _version(value: bool) -> None:
    if value:
        start_run().line(f"govfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Look up the facts that government reports state, each with its source."""
