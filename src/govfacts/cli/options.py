"""The options every command shares, declared once: --data, --format/--json, --limit, --region, --period."""

from __future__ import annotations

import os
from enum import Enum
from typing import Annotated

import typer

from govfacts.cli import complete
from govfacts.output.output import EXPORT_FORMATS, FORMATS

# --format's choices are the output function's formats.
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


ExportFormat = Enum("ExportFormat", {name: name for name in EXPORT_FORMATS}, type=str)  # type: ignore[misc]


class Kind(str, Enum):
    indicator = "indicator"
    program = "program"
    honour = "honour"


class Status(str, Enum):
    target = "target"
    actual = "actual"


class Sort(str, Enum):
    rank = "rank"
    value = "value"
    region = "region"
    period = "period"


class CompareSort(str, Enum):
    place = "place"
    value = "value"


DataOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--data",
        help="A fact base: a TOML file or a folder of them; give it again to layer bases "
        "(--data shipped --data my-base). The word shipped names the shipped base "
        "(./shipped, a folder). Default: GOVFACTS_DATA (paths separated by "
        f"'{os.pathsep}'), else the shipped base.",
        show_default=False,
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
ExcelOpt = Annotated[
    bool, typer.Option("--excel", help="CSV that Excel opens as UTF-8 (with a byte-order mark); implies --format csv.")
]
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        min=0,
        help="At most this many rows, in every format (0: all). Default: 50 in a table, all in "
        "the machine formats. In show and source, per kind of fact.",
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
    typer.Option(
        "--period",
        "-p",
        help="Only facts whose period overlaps this one: 2025, 2025年, 2025年1至11月, 2021-2025, 十四五 …",
    ),
]


StatusOpt = Annotated[
    Status | None,
    typer.Option(
        "--status",
        help="Only indicators of this status: target (goals: 预期目标, 力争, 到2030年…) or actual "
        "(reported results). Leaves programs, honours and places out.",
        show_default=False,
    ),
]
WithinOpt = Annotated[
    bool, typer.Option("--within", help="With --period: only facts whose period lies inside it, not those that overlap it.")
]
ScaleOpt = Annotated[
    bool,
    typer.Option(
        "--scale",
        help="Write values in tables in 万 and 亿 (1.47万余件), not as the page prints them (14700余件).",
    ),
]
QuotesOpt = Annotated[
    bool, typer.Option("--quotes", "-q", help="Add each row's quote, the page's own words, to the table.")
]


def format_of(fmt: Enum, json_flag: bool, excel: bool = False) -> str:
    """The one format asked for by --format, --json and --excel (output.chosen_format decides)."""
    from govfacts.output.output import chosen_format

    return chosen_format(fmt.value, json_flag, excel)
