"""`output()`: the one place that decides how a result is written, in any format.

--limit means the same in every format. Without it, a table shows 50 rows and the
machine formats write everything (so `jq` pipelines see every record); an explicit
`-n N` applies to every format, and 0 means all. It counts rows of the output: records
in JSON, rows in a table; for `show` and `source` it applies to each kind of fact.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from govfacts.engine.results import BaseExport, Comparison, FactList, Record, Result
from govfacts.errors import UsageError
from govfacts.i18n import _
from govfacts.output import formats
from govfacts.output.env import Env

TABLE_LIMIT = 50
FORMATS = ("table", "json", "jsonl", "csv", "tsv")
# `export` writes these too: the text formats of records, and an SQLite database for datasette.
EXPORT_FORMATS = ("jsonl", "json", "csv", "tsv", "sqlite")
# --excel: CSV with a byte-order mark, which Excel needs to read UTF-8 (not a --format choice).
EXCEL = "excel"


def chosen_format(fmt: str, json_flag: bool = False, excel: bool = False) -> str:
    """The one format asked for by --format, --json (json) and --excel (CSV with a byte-order mark)."""
    if excel:
        if json_flag or fmt not in ("table", "csv"):
            raise UsageError(
                _("--excel writes CSV; it does not go with --format {format}").format(format="json" if json_flag else fmt)
            )
        return EXCEL
    if json_flag:
        if fmt not in ("table", "json"):
            raise UsageError(_("--json and --format {format} disagree; give one").format(format=fmt))
        return "json"
    return fmt


def export_format(fmt: str, excel: bool = False) -> str:
    """`export`'s format: --format (jsonl by default), or with --excel CSV with a byte-order mark."""
    if not excel:
        return fmt
    if fmt not in ("jsonl", "csv"):  # jsonl: the default, when --excel alone is given
        raise UsageError(_("--excel writes CSV; it does not go with --format {format}").format(format=fmt))
    return EXCEL


def row_cap(fmt: str, limit: int | None) -> int | None:
    """How many rows a format shows: `limit` as given (0: all), else 50 in a table and all elsewhere."""
    if limit is None:
        return TABLE_LIMIT if fmt == "table" else None
    # no result holds more rows than this; a larger cap (which islice refuses) is every row
    return limit if 0 < limit < sys.maxsize else None


def capped(result: Result, cap: int | None) -> Iterator[Record]:
    """The result's records, at most `cap` in all or, for a per-kind result, `cap` of each kind."""
    records: Iterable[Record] = result.records()
    if cap is None:
        return iter(records)
    if not result.per_kind:
        return islice(records, cap)
    seen: dict[str, int] = {}

    def keep(r: Record) -> bool:
        seen[r["kind"]] = seen.get(r["kind"], 0) + 1
        return seen[r["kind"]] <= cap

    return filter(keep, records)


def output(
    result: Result,
    fmt: str,
    limit: int | None,
    env: Env,
    chart: bool = False,
    target: Path | None = None,
    quotes: bool = False,
    scale: bool = False,
) -> None:
    """Write `result` as a table (or, with `chart`, as bars) or in a machine format.

    With `target`, the output goes to that file instead of stdout, through a temporary file
    renamed into place; the `sqlite` format (an export only) writes a database there.
    `quotes` adds each row's quote to a table (the machine formats always carry it); `scale`
    writes a table's values in 万 and 亿 (the machine formats keep the page's form and the number).
    """
    env = env.styled(quotes, scale)
    if fmt == "sqlite":
        if target is None or not isinstance(result, BaseExport):
            raise UsageError(_("--format sqlite writes a database file: name it with -o FILE"))
        from govfacts.output.datasette import export_sqlite

        _to_file(target, lambda tmp: export_sqlite(tmp, target, result.records(), result.regions.rows, result.sources.rows))
        return
    if target is not None:

        def write(path: Path) -> None:
            with open(path, "w", encoding="utf-8", newline="") as f:
                output(result, fmt, limit, Env(stdout=f, stderr=env.stderr, terminal=False, settings=env.settings), chart)

        _to_file(target, write)
        return
    cap = row_cap(fmt, limit)
    if fmt == "table":
        if chart and isinstance(result, Comparison):
            from govfacts.output.tables import grid_chart

            grid_chart(result, env, cap)
        elif chart and isinstance(result, FactList):
            from govfacts.output.chart import write_chart
            from govfacts.output.rows import figure_rows

            write_chart(env, figure_rows(result.records(), scale), cap)
        else:
            from govfacts.output.tables import table

            table(result, env, cap)
    elif fmt == "json":
        records = capped(result, cap)
        if result.writes_object:
            formats.write_json(env.stdout, result.document(list(records)))
        else:
            formats.write_json_array(env.stdout, records)
    elif fmt == "jsonl":
        formats.write_jsonl(env.stdout, capped(result, cap))
    elif fmt in ("csv", EXCEL):
        if fmt == EXCEL:
            env.stdout.write("\ufeff")
        formats.write_csv(env.stdout, capped(result, cap), result.fields)
    elif fmt == "tsv":
        formats.write_tsv(env.stdout, capped(result, cap), result.fields)
    else:
        raise UsageError(_("unknown format {format!r}; expected one of: {formats}").format(format=fmt, formats=", ".join(FORMATS)))


def _to_file(target: Path, write: Callable[[Path], object]) -> None:
    """Run `write` on a temporary file beside `target`, then rename it over `target`."""
    from govfacts.files import replacing

    if target.is_dir():
        raise UsageError(_("{path} is a folder; name a file to write").format(path=target))
    try:
        with replacing(target) as tmp:
            write(tmp)
    except OSError as e:
        raise UsageError(_("cannot write {path}: {reason}").format(path=target, reason=e.strerror or e)) from None
