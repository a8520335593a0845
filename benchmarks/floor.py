"""The speed floor: a Typer app shaped like govfacts that does no work.

`metric` and `show` take the same arguments and options as govfacts' commands of the
same names (same types, enums and defaults), and the app has govfacts' other commands
too, with their parameters, doing nothing: Typer builds every command of an app when it
starts, so starting Python, importing Typer and parsing the command line cost what they
cost govfacts. `metric` prints a fixed
one-record JSON list; `show` prints a 40-row Rich table, roughly the size of
`govfacts show 衢州`'s first table. benchmarks/run.py divides govfacts' times by these.

    python benchmarks/floor.py metric 电诈 --json
    FORCE_COLOR=1 COLUMNS=200 python benchmarks/floor.py show 衢州
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="floor",
    help="A govfacts-shaped app that does no work.",
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
    list[str] | None,
    typer.Option("--data", help="Fact bases (repeatable).", show_default=False),
]
QuotesOpt = Annotated[bool, typer.Option("--quotes", "-q", help="Add the quotes.")]
ScaleOpt = Annotated[bool, typer.Option("--scale", help="Values in 万 and 亿.")]
WithinOpt = Annotated[bool, typer.Option("--within", help="Only inside the period.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
ExcelOpt = Annotated[bool, typer.Option("--excel", help="CSV with a byte-order mark.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most this many rows.")]
RegionOpt = Annotated[str | None, typer.Option("--region", "-r", help="Only this place.")]
PeriodOpt = Annotated[str | None, typer.Option("--period", "-p", help="Only this period.")]

RECORD = {
    "id": "p003-quzhou-telecom-fraud-cases-2025",
    "kind": "indicator",
    "region": "衢州市",
    "region_id": "quzhou",
    "region_path": ["浙江省", "衢州市"],
    "name": "电信网络诈骗发案数",
    "value": -15.9,
    "unit": "%",
    "measure": "change",
    "value_text": "↓15.9%",
    "qualifier": None,
    "basis": "同比",
    "period": "2025",
    "period_label": "2025年",
    "conflicts_with": [],
    "tags": ["反诈"],
    "note": None,
    "source": "quzhou-city-of-li",
    "source_title": "衢州市:一座“有礼之城”的平安坚守",
    "quote": "电信网络诈骗发案数同比下降15.9%",
}
ROWS = 40


@app.callback()
def _root() -> None:
    """A govfacts-shaped app that does no work."""


@app.command("metric")
def metric(
    text: Annotated[str, typer.Argument(help="An indicator.", show_default=False)],
    region: RegionOpt = None,
    period: PeriodOpt = None,
    within: WithinOpt = False,
    sort: Annotated[Sort, typer.Option("--sort", "-s", help="Order of the rows.")] = Sort.rank,
    chart: Annotated[bool, typer.Option("--chart", help="Draw bars.")] = False,
    quotes: QuotesOpt = False,
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False, excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Print one fixed record as JSON, whatever was asked."""
    json.dump([RECORD], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@app.command("show")
def show(
    place: Annotated[str, typer.Argument(help="A place.", show_default=False)],
    all_below: Annotated[bool, typer.Option("--all", "-a", help="Add the places below.")] = False,
    kind: Annotated[list[Kind] | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    period: PeriodOpt = None,
    within: WithinOpt = False,
    quotes: QuotesOpt = False,
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
    json_flag: JsonOpt = False, excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Print a 40-row Rich table of fixed rows (or the fixed record as JSON)."""
    if json_flag or fmt is not Format.table:
        json.dump({"indicators": [RECORD]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{place} 指标 ({ROWS})", title_justify="left")
    for header, right in (("地区", False), ("指标", False), ("数值", True), ("基准", False), ("时期", False)):
        table.add_column(header, justify="right" if right else "left")
    table.add_column("来源")
    for i in range(ROWS):
        table.add_row("衢州市", f"刑事警情{i}", f"↓{i + 0.5}%", "同比", "2025年 (2025)", "quzhou-city-of-li")
    Console(highlight=False, emoji=False, markup=False, soft_wrap=False).print(table)


# govfacts' other commands, with their parameters, doing nothing (Typer builds them all).
TextArg = Annotated[str | None, typer.Argument(help="Words.", show_default=False)]
IdArg = Annotated[str, typer.Argument(metavar="ID", help="An id.", show_default=False)]
PathArg = Annotated[Path, typer.Argument(help="A path.", show_default=False)]
AllOpt = Annotated[bool, typer.Option("--all", "-a", help="All.")]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="A file.")]
WordOpt = Annotated[str | None, typer.Option("--word", help="A word.")]


@app.command("programs")
def programs(text: TextArg = None, region: RegionOpt = None, quotes: QuotesOpt = False, data: DataOpt = None,
             fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, excel: ExcelOpt = False, limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("honours")
def honours(text: TextArg = None, region: RegionOpt = None, period: PeriodOpt = None, within: WithinOpt = False,
            quotes: QuotesOpt = False,
            data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, excel: ExcelOpt = False,
            limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("search")
def search(words: Annotated[list[str], typer.Argument(help="Words.")], quotes: QuotesOpt = False,
           data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, excel: ExcelOpt = False,
           limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("compare")
def compare(places: Annotated[list[str], typer.Argument(help="Places.")], metric_text: WordOpt = None,
            period: PeriodOpt = None, scale: ScaleOpt = False, data: DataOpt = None, fmt: FormatOpt = Format.table,
            json_flag: JsonOpt = False, excel: ExcelOpt = False, limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("fact")
def fact(ident: IdArg, scale: ScaleOpt = False, data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, excel: ExcelOpt = False,
         limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("regions")
def regions(everything: AllOpt = False, data: DataOpt = None, fmt: FormatOpt = Format.table,
            json_flag: JsonOpt = False, excel: ExcelOpt = False, limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("sources")
def sources(data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, excel: ExcelOpt = False,
            limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("source")
def source(ident: IdArg, text: AllOpt = False, quotes: QuotesOpt = False, scale: ScaleOpt = False, data: DataOpt = None,
           fmt: FormatOpt = Format.table, json_flag: JsonOpt = False, excel: ExcelOpt = False, limit: LimitOpt = None) -> None:
    """Nothing."""


@app.command("check")
def check(data: DataOpt = None, fmt: FormatOpt = Format.table, json_flag: JsonOpt = False) -> None:
    """Nothing."""


@app.command("export")
def export(data: DataOpt = None, fmt: FormatOpt = Format.table, target: OutOpt = None) -> None:
    """Nothing."""


@app.command("init")
def init(folder: PathArg) -> None:
    """Nothing."""


@app.command("extract")
def extract(page: PathArg, date: WordOpt = None, source_id: WordOpt = None, title: WordOpt = None,
            place: WordOpt = None, fmt: FormatOpt = Format.table, target: OutOpt = None,
            data: DataOpt = None, force: AllOpt = False) -> None:
    """Nothing."""


def main() -> None:
    """Entry point: like govfacts, output is UTF-8 whatever the locale says."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")
    app(prog_name="floor")


if __name__ == "__main__":
    main()
