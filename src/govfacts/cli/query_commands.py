"""The commands that ask about facts: show, metric, programs, honours, search, compare."""


from typing import Annotated

import typer

from govfacts.cli import complete
from govfacts.cli.app import command, env, opened, require
from govfacts.cli.options import (
    CompareSort,
    DataOpt,
    ExcelOpt,
    Format,
    FormatOpt,
    JsonOpt,
    Kind,
    LimitOpt,
    PeriodOpt,
    QuotesOpt,
    RegionOpt,
    ScaleOpt,
    Sort,
    StatusOpt,
    WithinOpt,
    format_of,
)
from govfacts.output.output import output

TABLE = Format("table")


@command("show")
def show(
    place: Annotated[
        list[str],
        typer.Argument(
            help="A place: 衢州, 衢州市, quzhou, Qu Zhou (several words are one place), 三衢, cn-330800 …",
            show_default=False,
            autocompletion=complete.places,
        ),
    ],
    all_below: Annotated[bool, typer.Option("--all", "-a", help="Add the facts of the places below it.")] = False,
    kind: Annotated[
        list[Kind] | None, typer.Option("--kind", "-k", help="Only facts of this kind (repeatable).")
    ] = None,
    period: PeriodOpt = None,
    within: WithinOpt = False,
    status: StatusOpt = None,
    quotes: QuotesOpt = False,
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Everything about a place: the place itself, then its indicators, programs and honours.

    Example: govfacts show 衢州 --all --kind indicator
    """
    fmt_s = format_of(fmt, json_flag, excel)
    asked = " ".join(place)  # show Qu Zhou: the words of one place, typed apart
    with opened(data) as base:
        profile = base.show(
            asked, below=all_below, kinds=[k.value for k in kind] if kind else None, period=period, within=within,
            status=status.value if status else None,
        )
        output(profile, fmt_s, limit, env(base), quotes=quotes, scale=scale)
    require(profile)


@command("metric")
def metric(
    text: Annotated[
        str,
        typer.Argument(
            help="An indicator: 电诈, 刑事警情, 执结率 …", show_default=False, autocompletion=complete.indicators
        ),
    ],
    region: RegionOpt = None,
    period: PeriodOpt = None,
    within: WithinOpt = False,
    status: StatusOpt = None,
    sort: Annotated[Sort, typer.Option("--sort", "-s", help="Order of the rows.")] = Sort.rank,
    chart: Annotated[bool, typer.Option("--chart", help="Draw the values as horizontal bars.")] = False,
    quotes: QuotesOpt = False,
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Every indicator matching TEXT, across places, best match first.

    Example: govfacts metric 电诈 --region 衢州 --period 2025
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        found = base.metric(
            text, region=region, period=period, within=within, status=status.value if status else None, sort=sort.value
        )
        output(found, fmt_s, limit, env(base), chart=chart, quotes=quotes, scale=scale)
    require(found)


def _listing(
    kind: str,
    text: str | None,
    region: str | None,
    period: str | None,
    within: bool,
    quotes: bool,
    data,
    fmt,
    json_flag: bool,
    excel: bool,
    limit,
) -> None:
    """`programs` and `honours`: the facts of one kind, optionally matching words."""
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        found = base.programs(text, region=region) if kind == "program" else base.honours(
            text, region=region, period=period, within=within
        )
        output(found, fmt_s, limit, env(base), quotes=quotes)
    require(found)


@command("programs")
def programs(
    text: Annotated[
        str | None, typer.Argument(help="Words in the program's name or tags.", show_default=False)
    ] = None,
    region: RegionOpt = None,
    quotes: QuotesOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Programs (mechanisms, apps, platforms, brands, campaigns …), optionally matching TEXT.

    Example: govfacts programs 解纷 --region 衢州
    """
    _listing("program", text, region, None, False, quotes, data, fmt, json_flag, excel, limit)


@command("honours")
def honours(
    text: Annotated[
        str | None, typer.Argument(help="Words in the honour's title or tags.", show_default=False)
    ] = None,
    region: RegionOpt = None,
    period: Annotated[
        str | None,
        typer.Option("--period", "-p", help="Only honours of this period: 2025, 2025年, 2021-2025, 十四五 …"),
    ] = None,
    within: WithinOpt = False,
    quotes: QuotesOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Honours (titles, awards, pilot status), optionally matching TEXT.

    An honour stated on several pages counts for a year when any of them gives it.

    Example: govfacts honours 示范 --region 衢州 --period 2025
    """
    _listing("honour", text, region, period, within, quotes, data, fmt, json_flag, excel, limit)


@command("search")
def search(
    words: Annotated[
        list[str],
        typer.Argument(help="Free text: a place, a year, words, a figure (19.1%) or an id, in any order.", show_default=False),
    ],
    status: StatusOpt = None,
    quotes: QuotesOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """Everything that matches: places, indicators, programs and honours, best first.

    Example: govfacts search 衢州 2025 电诈
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        hits = base.search(" ".join(words), status=status.value if status else None)
        output(hits, fmt_s, limit, env(base), quotes=quotes)
    require(hits)


@command("compare")
def compare(
    places: Annotated[
        list[str] | None,
        typer.Argument(help="Places to compare, as many as you like.", show_default=False, autocompletion=complete.places),
    ] = None,
    metric_text: Annotated[
        str,
        typer.Option(
            "--metric",
            "-m",
            help="The indicator to compare.",
            show_default=False,
            autocompletion=complete.indicators,
        ),
    ] = "",
    children: Annotated[
        list[str] | None,
        typer.Option(
            "--children",
            "-c",
            help="Compare the places directly below this one too (中国: every province-level division).",
            show_default=False,
            autocompletion=complete.places,
        ),
    ] = None,
    period: PeriodOpt = None,
    within: WithinOpt = False,
    status: StatusOpt = None,
    sort: Annotated[
        CompareSort, typer.Option("--sort", "-s", help="Order of the places: as given, or by value, largest first.")
    ] = CompareSort.place,
    chart: Annotated[bool, typer.Option("--chart", help="Draw each column's values as horizontal bars.")] = False,
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """The indicators matching --metric, one row per place and one column for each name,
    period, basis and status (a target is never in a result's column); — where a place has
    no value. The machine formats write the same grid.

    Example: govfacts compare --metric 生产总值 --children 中国 --sort value
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        comparison = base.compare(
            places or [], metric=metric_text, children=children or [], period=period, within=within,
            status=status.value if status else None, sort=sort.value,
        )
        output(comparison, fmt_s, limit, env(base), chart=chart, scale=scale)
    require(comparison)


@command("fact")
def fact(
    ident: Annotated[
        str,
        typer.Argument(metavar="ID", help="Any id govfacts prints: a fact, figure, source or place.", show_default=False),
    ],
    scale: ScaleOpt = False,
    data: DataOpt = None,
    fmt: FormatOpt = TABLE,
    json_flag: JsonOpt = False,
    excel: ExcelOpt = False,
    limit: LimitOpt = None,
) -> None:
    """One fact in full: every field, its source, the page's paragraph with the quote marked,
    and the other statements of the same figure. A source id shows the page, a place id the
    place, a figure id all of its statements.

    Example: govfacts fact p003-quzhou-criminal-calls-2025
    """
    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as base:
        output(base.fact(ident), fmt_s, limit, env(base), scale=scale)
