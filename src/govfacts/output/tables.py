"""Tables for people: one layout per kind of result, Rich on a terminal, aligned text elsewhere."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import singledispatch
from typing import Any

from govfacts.engine.results import (
    BaseExport,
    Comparison,
    Counts,
    FactDetail,
    FactList,
    PageText,
    Profile,
    RegionTree,
    Result,
    SearchHits,
    SourceList,
    SourcePage,
    by_kind,
)
from govfacts.i18n import translate as tr
from govfacts.output import labels
from govfacts.output.env import Env, clean
from govfacts.output.labels import Column
from govfacts.output.rows import figure_rows, scaled
from govfacts.review_codes import reason
from govfacts.schema import FACT_KINDS


def _pinyin_of(names: dict[str, str], key: str) -> Callable[[dict[str, Any]], str]:
    """A column's text: the pinyin of the row's place in `key`."""
    return lambda row: names.get(row.get(key) or "", "")


def write_table(
    env: Env, rows: Sequence[dict[str, Any]], columns: Sequence[Column], title: str | None = None
) -> None:
    """A table without the columns empty in every row: Rich on a terminal, fitted to its width
    (output/fit.py); plain aligned columns elsewhere, nothing cut off and no colour."""
    from govfacts.output import fit

    cells = [[clean(c.text(r)) for c in columns] for r in rows]
    shown = fit.nonempty(cells, len(columns))
    columns, cells = [columns[i] for i in shown], [[row[i] for i in shown] for row in cells]
    if env.terminal:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        console = env.console()
        fits, headers = [c.fit for c in columns], [c.header for c in columns]
        shown = fit.kept(fits, [c.optional for c in columns], headers, cells, console.width)
        left_out = [c.header for i, c in enumerate(columns) if i not in shown]
        columns, cells = [columns[i] for i in shown], [[row[i] for i in shown] for row in cells]
        fits, headers = [c.fit for c in columns], [c.header for c in columns]
        widths = fit.widths(fits, headers, cells, console.width)
        lines = [[fit.lines_of(v, f, w) for v, f, w in zip(row, fits, widths, strict=True)] for row in cells]
        widths = fit.used(headers, lines)
        table = Table(
            title=Text(clean(title)) if title else None,
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            collapse_padding=True,
            header_style="bold",
        )
        for c, w in zip(columns, widths, strict=True):
            table.add_column(Text(c.header), justify="right" if c.numeric else "left", width=w, no_wrap=True)
        for row in lines:
            table.add_row(*(Text("\n".join(cell)) for cell in row))
        console.print(table)
        if left_out:
            env.note(labels.columns_left_out(left_out))
        return
    from rich.cells import cell_len

    if title:
        env.stdout.write(clean(title) + "\n")
    headers = [c.header for c in columns]
    widths = fit.widest(headers, cells)

    def line(values: Sequence[str]) -> str:
        parts = []
        for column, v, w in zip(columns, values, widths, strict=True):
            pad = " " * (w - cell_len(v))
            parts.append(pad + v if column.numeric else v + pad)
        return "  ".join(parts).rstrip()

    env.stdout.write(line(headers) + "\n")
    for values in cells:
        env.stdout.write(line(values) + "\n")


def rows_table(
    env: Env, rows: Iterable[dict[str, Any]], columns: Sequence[Column], cap: int | None, title: str | None = None
) -> None:
    """A table of at most `cap` rows (None: all), and a note counting the rows left out."""
    if env.quotes and labels.QUOTE not in columns:
        columns = [*columns, labels.QUOTE]
    shown: list[dict[str, Any]] = []
    total = 0
    for row in rows:  # keep only the rows shown; count the rest
        total += 1
        if cap is None or total <= cap:
            shown.append(row)
    if shown:
        write_table(env, shown, with_pinyin(env, shown, columns), title)
    if len(shown) < total:
        env.note(labels.more_rows(total - len(shown)))


def with_pinyin(env: Env, rows: list[dict[str, Any]], columns: Sequence[Column]) -> Sequence[Column]:
    """Under English, a pinyin column beside the place column (never inside its cells)."""
    for at, column in enumerate(columns):
        if column.place:
            key = column.place
            names = env.pinyin(r[key] for r in rows if r.get(key))
            if not names:
                return columns
            pinyin = Column(key, labels.PINYIN, _pinyin_of(names, key))
            return [*columns[: at + 1], pinyin, *columns[at + 1 :]]
    return columns


def marked_overlaps(rows: list[dict[str, Any]], fits: dict[str, int]) -> list[dict[str, Any]]:
    """Figure rows whose period only overlaps the one asked for, their period cell marked ≈."""
    from govfacts.engine.typed_periods import OVERLAP

    if not fits:
        return rows
    out = []
    for row in rows:
        if fits.get(row.get("figure") or row.get("id") or "") == OVERLAP:
            row = {**row, "period_label": f"{labels.OVERLAP} {labels.period_text(row)}".rstrip(), "period": None}
        out.append(row)
    return out


def overlap_note(env: Env, fits: dict[str, int], asked: str | None) -> None:
    """Under tables with marked rows: what the mark means."""
    from govfacts.engine.typed_periods import OVERLAP

    if asked and OVERLAP in fits.values():
        env.note(labels.overlap_legend(asked))


def kind_tables(
    env: Env, grouped: dict[str, list[dict[str, Any]]], cap: int | None, fits: dict[str, int] | None = None
) -> None:
    """One titled table per kind that has facts, a row per figure, each after a blank line; `cap` rows each."""
    for kind in FACT_KINDS:
        rows = marked_overlaps(figure_rows(grouped.get(kind) or [], env.scale), fits or {})
        if rows:
            env.stdout.write("\n")
            env.stdout.flush()
            rows_table(env, rows, labels.BY_KIND[kind], cap, labels.kind_title(kind, len(rows)))


@singledispatch
def table(result: Result, env: Env, cap: int | None) -> None:
    """Write `result` as tables for people, at most `cap` rows a table (None: all)."""
    raise TypeError(f"no table layout for {type(result).__name__}")


@table.register
def _(result: FactList, env: Env, cap: int | None) -> None:
    if result.kind is None:
        kind_tables(env, by_kind(result.records()), cap)
    else:
        rows_table(env, marked_overlaps(figure_rows(result.records(), env.scale), result.fits), labels.BY_KIND[result.kind], cap)
        overlap_note(env, result.fits, result.asked)


@table.register
def _(result: BaseExport, env: Env, cap: int | None) -> None:
    kind_tables(env, by_kind(result.records()), cap)


@table.register
def _(result: Profile, env: Env, cap: int | None) -> None:
    place = result.place
    names = env.pinyin([place["id"]])
    heading = [place["name"], names.get(place["id"], ""), place["level"], " › ".join(place["path"])]
    env.text("  ".join(filter(None, heading)), "bold")
    if place["aliases"]:
        env.text(f"{tr(labels.ALIASES)}: " + "、".join(place["aliases"]), whole=place["aliases"])
    if place["children"]:
        env.text(f"{tr(labels.CHILDREN)}: " + labels.children(place["children"], place["children_facts"]), whole=place["children"])
    kind_tables(env, by_kind(result.records()), cap, result.fits)
    overlap_note(env, result.fits, result.asked)
    if result.asked and result.records() and not [v for v in result.fits.values() if v < 2]:
        env.note(labels.nothing_within(place["name"], result.asked, result.below_within))


@table.register
def _(result: SourcePage, env: Env, cap: int | None) -> None:
    env.text(result.source["title"], "bold")
    for key, label in labels.SOURCE_DETAILS:
        if result.source.get(key):
            env.text(f"{tr(label)}: {result.source[key]}")
    kind_tables(env, by_kind(result.facts), cap)


@table.register
def _(result: Comparison, env: Env, cap: int | None) -> None:
    """One row per place, its full name first; one column per series (the first always shown,
    the others left out, rightmost first, where the terminal is too narrow); a place without
    a value in a column shows — ; the last column names the pages."""
    rows = []
    for place in result.places:
        row: dict[str, Any] = {"region": place.name, "region_id": place.id}
        sources: list[str] = []
        for n, _series in enumerate(result.series):
            merged = figure_rows(result.cell(place, n), env.scale)
            row[f"s{n}"] = "; ".join(r["value_text"] for r in merged) or labels.MISSING
            sources.extend(s for r in merged for s in [r["source"]] if s not in sources)
        row["source"] = "、".join(sources)
        rows.append(row)
    columns = [
        labels.REGION,
        *(Column(f"s{n}", s.label, fit="text", optional=n > 0) for n, s in enumerate(result.series)),
        labels.COMPARE_SOURCE,
    ]
    rows_table(env, rows, columns, cap)


def grid_chart(result: Comparison, env: Env, cap: int | None) -> None:
    """`compare --chart`: each column's places as bars; a cell of pages that differ shows its text."""
    from govfacts.output.chart import write_grid_chart

    places = result.places[:cap] if cap is not None else result.places
    columns = []
    for n, series in enumerate(result.series):
        cells = []
        for place in places:
            merged = figure_rows(result.cell(place, n), env.scale)
            cell = dict(merged[0]) if len(merged) == 1 else None
            if cell is not None and "≠" in cell["value_text"]:
                cell["value"] = None  # the pages differ: no one bar
            cells.append(cell)
        columns.append((series.label, cells))
    write_grid_chart(env, [p.name for p in places], columns)


@table.register
def _(result: SearchHits, env: Env, cap: int | None) -> None:
    rows_table(env, figure_rows(result.hits), labels.SEARCH, cap)


@table.register
def _(result: RegionTree, env: Env, cap: int | None) -> None:
    rows_table(env, result.rows, labels.REGIONS, cap)


@table.register
def _(result: SourceList, env: Env, cap: int | None) -> None:
    rows_table(env, result.rows, labels.SOURCES, cap)


@table.register
def _(result: Counts, env: Env, cap: int | None) -> None:
    env.text(labels.check_summary(result.counts))
    env.text(labels.gazetteer_line(result.gazetteer))
    if result.unverified:
        env.note(labels.unverified(result.unverified))
    if result.to_review:
        env.note(labels.to_review(result.to_review))


@table.register
def _(result: FactDetail, env: Env, cap: int | None) -> None:
    fact = scaled(result.fact) if env.scale else result.fact
    env.text(f"{fact['name']}  {fact['region']}  {fact.get('value_text') or ''}".rstrip(), "bold")
    for key, label in labels.FIELD_LABELS.items():
        value = fact.get(key)
        if key in fact and key != "source_title" and value not in (None, "", []):
            if isinstance(value, str) and value in labels.NAMES.get(key, {}):
                value = tr(labels.NAMES[key][value])
            if key == "review":  # (what each code asks the reviewer to look at)
                value = [reason(code) for code in value]
            env.text(f"{tr(label)}: {'、'.join(map(str, value)) if isinstance(value, list) else value}")
    page = result.source
    about = "，".join(str(x) for x in (page.get("date"), page.get("publisher"), page.get("speaker")) if x)
    env.text(f"{tr(labels.FIELD_LABELS['source_title'])}: {page['title']}" + (f"（{about}）" if about else ""))
    if result.paragraph is not None and result.span is not None:
        env.stdout.write("\n")
        env.text(tr(labels.PARAGRAPH) + ":", "bold")
        env.marked(result.paragraph, [result.span])
    if len(result.statements) > 1:
        env.stdout.write("\n")
        columns = [*labels.BY_KIND[fact["kind"]], labels.QUOTE]
        statements = [scaled(s) for s in result.statements] if env.scale else result.statements
        rows_table(env, statements, columns, cap, labels.statements(len(result.statements)))


@table.register
def _(result: PageText, env: Env, cap: int | None) -> None:
    env.text(result.source["title"], "bold")
    env.stdout.write("\n")
    text = result.text.lstrip("\n")
    lead = len(result.text) - len(text)
    env.marked(text.rstrip("\n"), [(q["start"] - lead, q["end"] - lead) for q in result.quotes])
