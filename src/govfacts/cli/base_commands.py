"""The commands about the base itself: regions, sources, source, check, export."""


from pathlib import Path
from typing import Annotated

import typer

from govfacts.cli.app import command, env, opened, run_env, say
from govfacts.cli.options import (
    DataOpt,
    ExcelOpt,
    ExportFormat,
    Format,
    FormatOpt,
    JsonOpt,
    LimitOpt,
    QuotesOpt,
    ScaleOpt,
    StatusOpt,
    format_of,
)
from govfacts.errors import UsageError
from govfacts.i18n import _
from govfacts.output.output import output

TABLE = Format("table")


@command("regions")
def regions(
    everything: Annotated[
        bool, typer.Option("--all", "-a", help="Every place of the gazetteer too, not only those with facts.")
    ] = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """The base's places as a tree, and every place that holds facts, with how many each holds.

    Example: govfacts regions --all --limit 0
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        output(base.regions(everything=everything), fmt_s, limit, env(base))


@command("sources")
def sources(data: DataOpt = None, fmt: FormatOpt = TABLE, json_flag: JsonOpt = False, excel: ExcelOpt = False, limit: LimitOpt = None) -> None:
    """The source pages, with how many facts cite each.

    Example: govfacts sources
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        output(base.sources(), fmt_s, limit, env(base))


@command("source")
def source(
    ident: Annotated[str, typer.Argument(metavar="ID", help="A source id (see: govfacts sources).", show_default=False)],
    text: Annotated[
        bool, typer.Option("--text", "-t", help="Print the page itself, every quoted passage marked.")
    ] = False,
    quotes: QuotesOpt = False,
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """One source page and every fact it gives; with --text, the page itself.

    Example: govfacts source quzhou-city-of-li --text
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        output(base.source(ident, text=text), fmt_s, limit, env(base), quotes=quotes, scale=scale)


@command("check")
def check(
    data: DataOpt = None, fmt: FormatOpt = TABLE, json_flag: JsonOpt = False, excel: ExcelOpt = False
) -> None:
    """Validate the fact base and count what it holds.

    Every problem is reported, one per line, as path:line:column: message.

    Example: govfacts check --data my-reports/
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        output(base.check(), fmt_s, 0, env(base))


@command("export")
def export(
    data: DataOpt = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat("jsonl"),
    excel: ExcelOpt = False,
    status: StatusOpt = None,
    target: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.")
    ] = None,
) -> None:
    """Write every indicator, program and honour as a flat record (schema: docs/schema.md).

    --format sqlite writes a database for datasette, with FILE.metadata.json beside it
    (datasette FILE -m FILE.metadata.json).

    Example: govfacts export --format csv -o facts.csv
    """
    from govfacts.api import Library
    from govfacts.output.output import export_format

    base = Library(*(data or ()), progress=run_env().build_progress)
    refusal = _("refusing to overwrite {path}: it is part of the fact base being exported")
    if target is not None and base.holds(target, pages=False):  # a TOML file: refused before the base is even read
        raise UsageError(refusal.format(path=target))
    chosen = export_format(fmt.value, excel)
    with opened(base) as library:
        if target is not None and library.holds(target):  # a page one of its sources names
            raise UsageError(refusal.format(path=target))
        output(library.export(status=status.value if status else None), chosen, None, env(library), target=target)


@command("init")
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="The new base's folder.", show_default=False)],
) -> None:
    """Make a new fact base to layer over the shipped one: sources/ for page texts, a README
    on adding a report, and a commented template.

    Example: govfacts init my-base && govfacts check --data shipped --data my-base
    """
    from govfacts.starter import init as make

    for path in make(folder):
        env().line(f"{path}{'/' if path.is_dir() else ''}")
    say(_("next: {command}").format(command=f"govfacts check --data shipped --data {folder}"))
