"""The command line: parse arguments, call the query engine, hand the result to a renderer.

Every command goes through `command()`, which turns the project's exceptions into a
one-line message on stderr and a documented exit code.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from govfacts import __version__, complete
from govfacts.errors import ExitCode, GovfactsError, NoMatch, UsageError

EXIT_CODES = """Exit codes: 0 success; 1 nothing matched; 2 usage error; 3 invalid or
unreadable fact base; 130 interrupted."""

app = typer.Typer(
    name="govfacts",
    help="Look up the facts that government reports state, each with its source.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    sqlite = "sqlite"


class Kind(str, Enum):
    indicator = "indicator"
    program = "program"
    honour = "honour"


class Sort(str, Enum):
    rank = "rank"
    value = "value"
    region = "region"
    period = "period"


DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="GOVFACTS_DATA",
        help="Fact base: a TOML file or a folder of them (default: the shipped one).",
        show_default=False,
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        min=0,
        help="At most this many rows (tables: 50 by default; 0: all).",
        show_default=False,
    ),
]
RegionOpt = Annotated[
    str | None,
    typer.Option(
        "--region", "-r", help="Only this place and the places below it.", autocompletion=complete.places
    ),
]
PeriodOpt = Annotated[
    str | None,
    typer.Option("--period", "-p", help="Only facts whose period overlaps this one (2025, 2021/2025)."),
]


def _env():
    from govfacts.render import Env

    return Env()


def _fail(message: str, code: int) -> None:
    sys.stderr.write(f"govfacts: {message}\n")
    raise typer.Exit(code)


def command(*names: str, **kwargs: Any) -> Callable:
    """Register a command whose errors end as a message on stderr and a documented exit code."""

    def register(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def run(*args: Any, **kw: Any) -> Any:
            import sqlite3

            from govfacts.errors import DataError

            try:
                try:
                    return fn(*args, **kw)
                except sqlite3.DatabaseError:
                    # the cached index is damaged beyond what opening it showed: drop it, ask again
                    _discard_index(kw.get("data"))
                    return fn(*args, **kw)
            except DataError as e:
                for problem in e.problems:
                    sys.stderr.write(problem + "\n")
                count = len(e.problems)
                _fail(
                    f"the fact base is invalid ({count} problem{'s' if count > 1 else ''})", ExitCode.BAD_DATA
                )
            except GovfactsError as e:
                _fail(e.message, e.exit_code)
            except BrokenPipeError:
                _quiet_pipe()
            except (typer.Exit, typer.Abort, KeyboardInterrupt):
                raise
            except Exception as e:  # a bug: still one line, never a traceback
                _fail(f"internal error: {type(e).__name__}: {e}", 70)

        return app.command(*names, **kwargs)(run)

    return register


def _discard_index(data: Path | None) -> None:
    from govfacts.index import index_path
    from govfacts.paths import data_path

    with contextlib.suppress(OSError):
        index_path(data_path(data)).unlink()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that nothing more is written to a closed pipe."""
    import os

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _quiet_pipe() -> None:
    """The reader went away (`| head -1`): stop quietly, as a pipeline expects."""
    _silence_stdout()
    raise typer.Exit(ExitCode.OK)


def _fmt(fmt: Format, json_flag: bool) -> str:
    if json_flag:
        if fmt not in (Format.table, Format.json):
            raise UsageError(f"--json and --format {fmt.value} disagree; give one")
        return "json"
    return fmt.value


def _index(data: Path | None):
    from govfacts.index import open_index
    from govfacts.paths import data_path
    from govfacts.progress import build_progress

    with build_progress() as progress:
        return open_index(data_path(data), progress)


def _require(count: int, what: str) -> None:
    if count == 0:
        raise NoMatch(f"no {what}")


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


@command("check")
def check(data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False) -> None:
    """Validate the fact base and count what it holds.

    Every problem is reported, one per line, as path:line:column: message.

    Example: govfacts check --data my-reports/
    """
    from govfacts import query, render

    fmt_s = _fmt(fmt, json_flag)
    db = _index(data)
    counts = query.counts(db)
    env = _env()
    if fmt_s == "table":
        summary = ", ".join(f"{n} {k}{'' if n == 1 else 's'}" for k, n in counts.items())
        render.write_text(env, f"ok: {summary}")
    else:
        rows = [{"kind": k, "count": n} for k, n in counts.items()]
        from govfacts.views import CHECK

        render.emit(env, rows, fmt_s, CHECK, ("kind", "count"))


@command("export")
def export(
    data: DataOpt = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.")
    ] = None,
) -> None:
    """Write every indicator, program and honour as a flat record (schema: docs/schema.md).

    --format sqlite writes a database for datasette, with FILE.metadata.json beside it
    (datasette FILE -m FILE.metadata.json).

    Example: govfacts export --format csv -o facts.csv
    """
    from govfacts.export import export_to
    from govfacts.paths import data_path

    export_to(_index(data), fmt.value, output, data_path(data), _env())


@command("show")
def show(
    place: Annotated[
        str,
        typer.Argument(
            help="A place: 衢州, 衢州市, quzhou, 三衢 …", show_default=False, autocompletion=complete.places
        ),
    ],
    all_below: Annotated[
        bool, typer.Option("--all", "-a", help="Add the facts of the places below it.")
    ] = False,
    kind: Annotated[
        list[Kind] | None, typer.Option("--kind", "-k", help="Only facts of this kind (repeatable).")
    ] = None,
    period: PeriodOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Everything about a place: the place itself, then its indicators, programs and honours.

    Example: govfacts show 衢州 --all --kind indicator
    """
    from govfacts import query, render

    fmt_s = _fmt(fmt, json_flag)
    kinds = [k.value for k in kind] if kind else list(query.FACT_KINDS)
    profile = query.profile(_index(data), place, all_below, kinds, period)
    render.emit_profile(_env(), profile, fmt_s, kinds, limit)
    _require(profile.count(), f"facts about {profile.region['name']} match")


@command("metric")
def metric(
    text: Annotated[
        str,
        typer.Argument(
            help="An indicator: 电诈, 刑事警情, 执结率 …",
            show_default=False,
            autocompletion=complete.indicators,
        ),
    ],
    region: RegionOpt = None,
    period: PeriodOpt = None,
    sort: Annotated[Sort, typer.Option("--sort", "-s", help="Order of the rows.")] = Sort.rank,
    chart: Annotated[bool, typer.Option("--chart", help="Draw the values as horizontal bars.")] = False,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Every indicator matching TEXT, across places, best match first.

    Example: govfacts metric 电诈 --region 衢州 --period 2025
    """
    from govfacts import query, render, views

    fmt_s = _fmt(fmt, json_flag)
    rows = query.facts_matching(_index(data), text, ("indicator",), region, period, sort.value)
    env = _env()
    if chart and fmt_s == "table":
        render.write_chart(env, rows[: limit or None], ("region", "name", "period"))
        count = len(rows)
    else:
        from govfacts.records import FIELDS

        count = render.emit(env, rows, fmt_s, views.INDICATOR, FIELDS["indicator"], limit)
    _require(count, f"indicator matches {text!r}")


def _fact_list(
    kind: str,
    text: str | None,
    region: str | None,
    period: str | None,
    data: Path | None,
    fmt: Format,
    json_flag: bool,
    limit: int | None,
) -> None:
    from govfacts import query, render, views
    from govfacts.records import FIELDS

    fmt_s = _fmt(fmt, json_flag)
    rows = query.facts_matching(_index(data), text, (kind,), region, period)
    count = render.emit(_env(), rows, fmt_s, views.BY_KIND[kind], FIELDS[kind], limit)
    _require(count, f"{kind} matches" + (f" {text!r}" if text else ""))


@command("programs")
def programs(
    text: Annotated[
        str | None, typer.Argument(help="Words in the program's name or tags.", show_default=False)
    ] = None,
    region: RegionOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Programs (mechanisms, apps, platforms, brands, campaigns …), optionally matching TEXT.

    Example: govfacts programs 解纷 --region 衢州
    """
    _fact_list("program", text, region, None, data, fmt, json_flag, limit)


@command("honours")
def honours(
    text: Annotated[
        str | None, typer.Argument(help="Words in the honour's title or tags.", show_default=False)
    ] = None,
    region: RegionOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Honours (titles, awards, pilot status), optionally matching TEXT.

    Example: govfacts honours 示范 --region 衢州
    """
    _fact_list("honour", text, region, None, data, fmt, json_flag, limit)


@command("search")
def search(
    words: Annotated[
        list[str],
        typer.Argument(help="Free text: a place, a year and words, in any order.", show_default=False),
    ],
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Everything that matches: places, indicators, programs and honours, best first.

    Example: govfacts search 衢州 2025 电诈
    """
    from govfacts import query, render, views

    fmt_s = _fmt(fmt, json_flag)
    hits = query.search(_index(data), " ".join(words))
    count = render.emit(_env(), hits, fmt_s, views.SEARCH, query.SEARCH_FIELDS, limit)
    _require(count, f"match for {' '.join(words)!r}")


@command("compare")
def compare(
    places: Annotated[
        list[str],
        typer.Argument(help="Two or more places.", show_default=False, autocompletion=complete.places),
    ],
    metric_text: Annotated[
        str,
        typer.Option(
            "--metric",
            "-m",
            help="The indicator to compare.",
            show_default=False,
            autocompletion=complete.indicators,
        ),
    ],
    period: PeriodOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """The indicators matching --metric side by side, one column per place.

    Example: govfacts compare 衢州 金华 --metric 电诈
    """
    from govfacts import query, render
    from govfacts.records import FIELDS

    fmt_s = _fmt(fmt, json_flag)
    regions, rows = query.compare(_index(data), places, metric_text, period)
    env = _env()
    if fmt_s == "table":
        count = render.emit_comparison(env, regions, rows, limit)
    else:
        count = render.emit(env, rows, fmt_s, (), FIELDS["indicator"], limit)
    _require(count, f"indicator matches {metric_text!r} in these places")


@command("regions")
def regions(
    data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, limit: LimitOpt = None
) -> None:
    """Every place as a tree, with how many facts each holds.

    Example: govfacts regions
    """
    from govfacts import query, render, views

    rows = query.region_tree(_index(data))
    render.emit(_env(), rows, _fmt(fmt, json_flag), views.REGIONS, query.REGION_FIELDS, limit or 0)


@command("sources")
def sources(
    data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, limit: LimitOpt = None
) -> None:
    """The source pages, with how many facts cite each.

    Example: govfacts sources
    """
    from govfacts import query, render, views

    rows = query.sources(_index(data))
    render.emit(_env(), rows, _fmt(fmt, json_flag), views.SOURCES, query.SOURCE_FIELDS, limit)


@command("source")
def source(
    ident: Annotated[
        str, typer.Argument(metavar="ID", help="A source id (see: govfacts sources).", show_default=False)
    ],
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False,
    limit: LimitOpt = None,
) -> None:
    """One source page and every fact it gives.

    Example: govfacts source quzhou-city-of-li
    """
    from govfacts import query, render

    page, facts = query.source(_index(data), ident)
    render.emit_source(_env(), page, facts, _fmt(fmt, json_flag), limit)


def main() -> None:
    """Entry point of the `govfacts` command."""
    for stream in (sys.stdout, sys.stderr):
        # output is UTF-8 whatever the locale says (LC_ALL=C included)
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        app(prog_name="govfacts")
    finally:
        try:
            sys.stdout.flush()
        except (BrokenPipeError, ValueError):
            _silence_stdout()
