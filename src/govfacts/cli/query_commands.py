"""The commands that ask about facts: show, metric, programs, honours, search, compare."""

from __future__ import annotations

from typing import Annotated

import typer

from govfacts.cli import complete
from govfacts.cli.app import command, env, opened, require, say
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
from govfacts.errors import NoMatch, UsageError
from govfacts.i18n import _
from govfacts.output.labels import nothing_within
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
    from govfacts.engine import facts
    from govfacts.schema import FACT_KINDS

    fmt_s = format_of(fmt, json_flag, excel)
    kinds = tuple(k.value for k in kind) if kind else FACT_KINDS
    asked = " ".join(place)  # show Qu Zhou: the words of one place, typed apart
    with opened(data) as db:
        profile = facts.profile(db, asked, all_below, kinds, period, within=within, status=status.value if status else None)
        output(profile, fmt_s, limit, env(db), quotes=quotes, scale=scale)
    for note in profile.notes:
        say(_("note: {note}").format(note=note))
    if not profile.holds_facts:  # a known place: it is shown, and that the base holds nothing on it
        where = " › ".join(profile.place["path"])
        say(_("the base has no facts about {place} ({path})").format(place=profile.place["name"], path=where))
        return
    if not profile.records() and profile.asked and profile.below_within:
        raise NoMatch(nothing_within(profile.place["name"], profile.asked, profile.below_within))
    if not profile.records() and profile.below:
        raise NoMatch(
            _("no facts about {place} itself match; the places below it hold {count} (--all shows them)").format(
                place=profile.place["name"], count=profile.below
            )
        )
    require(profile.records(), _("no facts about {place} match").format(place=profile.place["name"]))


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
    from govfacts.engine import facts

    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as db:
        found = facts.facts_matching(
            db, text, "indicator", region, period, sort.value, within, status.value if status else None
        )
        output(found, fmt_s, limit, env(db), chart=chart, quotes=quotes, scale=scale)
        if not found.rows:
            facts.explain_nothing(db, text, "indicator", region, period)
            _elsewhere(db, _("no indicator matches {text!r}").format(text=text), text, "indicator", region, period)
    require(found.rows, _("no indicator matches {text!r}").format(text=text))


def _shell_word(word: str) -> str:
    """A word as a shell reads it back: as it is (连冠), or quoted where the shell would split or expand it."""
    import re
    import shlex

    return shlex.quote(word) if not word or re.search(r"[\s'\"\\$`!*?&|;<>()\[\]{}~#]", word) else word


# The command that lists each kind of fact.
COMMANDS = {"indicator": "metric", "program": "programs", "honour": "honours"}


def _elsewhere(db, nothing: str, text: str | None, kind: str, region: str | None, period: str | None) -> None:
    """When a listing of one kind found nothing for `text`: NoMatch saying which other kinds hold
    it, and the command that lists them (search, for several), or nothing."""
    from govfacts.engine import facts
    from govfacts.i18n import n_

    found = facts.other_kinds(db, text, kind, region, period) if text else {}
    if not found:
        return
    (other, count), *more = found.items()
    words = ["govfacts", "search" if more else COMMANDS[other], text]
    words += [*(("--region", region) if region else ()), *(("--period", period) if period else ())]
    command = " ".join(map(_shell_word, words))
    if more:
        total = sum(found.values())
        hint = n_("{count} fact of other kinds does ({command})", "{count} facts of other kinds do ({command})", total)
        count = total
    elif other == "indicator":
        hint = n_("{count} indicator does ({command})", "{count} indicators do ({command})", count)
    elif other == "program":
        hint = n_("{count} program does ({command})", "{count} programs do ({command})", count)
    else:
        hint = n_("{count} honour does ({command})", "{count} honours do ({command})", count)
    raise NoMatch(_("{nothing}; {hint}").format(nothing=nothing, hint=hint.format(count=count, command=command)))


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
    from govfacts.engine import facts

    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as db:
        found = facts.facts_matching(db, text, kind, region, period, within=within)
        if kind == "program":
            nothing = _("no program matches {text!r}").format(text=text) if text else _("no program matches")
        else:
            nothing = _("no honour matches {text!r}").format(text=text) if text else _("no honour matches")
        output(found, fmt_s, limit, env(db), quotes=quotes)
        if not found.rows:
            facts.explain_nothing(db, text, kind, region, period)
            _elsewhere(db, nothing, text, kind, region, period)
    require(found.rows, nothing)


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
    from govfacts.engine import search as engine

    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as db:
        hits = engine.search(db, " ".join(words), status.value if status else None)
        output(hits, fmt_s, limit, env(db), quotes=quotes)
    asked = " ".join(words)
    if hits.hint:
        require(hits.hits, _("no match for {text!r}; {hint}").format(text=asked, hint=hits.hint))
    require(hits.hits, _("no match for {text!r}").format(text=asked))


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
    from govfacts.engine.compare import compare as comparing

    fmt_s = format_of(fmt, json_flag, excel)
    if not metric_text.strip():
        raise UsageError(_("name the indicator to compare: --metric TEXT"))
    if not places and not children:
        raise UsageError(_("name the places to compare, or --children PLACE for the places below one"))
    with opened(data) as db:
        comparison = comparing(
            db, places or [], metric_text, period, status.value if status else None, children or [], within,
            sort == CompareSort.value,
        )
        output(comparison, fmt_s, limit, env(db), chart=chart, scale=scale)
    require(comparison.rows, _("no indicator matches {text!r} in these places").format(text=metric_text))
    lacking = comparison.lacking
    if lacking:
        names = "、".join(p.name for p in lacking)
        note = _("{count} of {total} places have no indicator matching {text!r}: {places}").format(
            text=metric_text, count=len(lacking), total=len(comparison.places), places=names
        )
        say(_("note: {note}").format(note=note))


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
    from govfacts.engine import describe

    fmt_s = format_of(fmt, json_flag, excel)
    with opened(data) as db:
        output(describe.describe(db, ident), fmt_s, limit, env(db), scale=scale)
