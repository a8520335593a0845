"""Writing results: one function per format, shared by every command.

JSON, JSON Lines, CSV and TSV are written with the standard library, raw UTF-8,
streamed where the format allows. Tables go through Rich on a terminal and as plain
aligned text elsewhere. Text from the data is always passed as plain text, never as
markup, and control characters are shown escaped, never sent to the terminal.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govfacts.views import Column

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Text made safe for a terminal: control and bidi characters become visible escapes."""
    text = text.replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


class Env:
    """Where output goes and what it is: the one place that asks about the terminal."""

    def __init__(
        self, stdout: IO[str] | None = None, stderr: IO[str] | None = None, terminal: bool | None = None
    ) -> None:
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.terminal = terminal
        if self.terminal is None:
            forced = os.environ.get("FORCE_COLOR") not in (None, "")
            try:
                self.terminal = forced or self.stdout.isatty()
            except (AttributeError, ValueError):
                self.terminal = False

    def console(self):
        from rich.console import Console

        return Console(
            file=self.stdout,
            force_terminal=self.terminal or None,
            no_color=os.environ.get("NO_COLOR") not in (None, "") or None,
            highlight=False,
            emoji=False,
            markup=False,
            soft_wrap=False,
        )


def _json_default(value: Any) -> Any:
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_json(env: Env, data: Any) -> None:
    """One JSON document, indented, raw UTF-8."""
    json.dump(data, env.stdout, ensure_ascii=False, indent=2, default=_json_default)
    env.stdout.write("\n")


def write_json_array(env: Env, rows: Iterable[dict[str, Any]]) -> int:
    """A JSON array written one element at a time, so a large result is never held whole."""
    out = env.stdout
    n = 0
    for row in rows:
        body = json.dumps(row, ensure_ascii=False, indent=2, default=_json_default)
        out.write(("[\n" if n == 0 else ",\n") + "  " + body.replace("\n", "\n  "))
        n += 1
    out.write("[]\n" if n == 0 else "\n]\n")
    return n


def write_jsonl(env: Env, rows: Iterable[dict[str, Any]]) -> int:
    """One JSON object per line, written as the rows arrive."""
    n = 0
    for row in rows:
        env.stdout.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        n += 1
    return n


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if value is None:
        return ""
    return value


def write_delimited(env: Env, rows: Iterable[dict[str, Any]], fields: Sequence[str], fmt: str) -> int:
    """CSV (RFC 4180) or TSV; list fields as JSON arrays, missing values empty."""
    out = env.stdout
    n = 0
    if fmt == "csv":
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        for row in rows:
            writer.writerow([_flat(row.get(f)) for f in fields])
            n += 1
        return n
    out.write("\t".join(fields) + "\n")
    for row in rows:
        cells = (str(_flat(row.get(f))) for f in fields)
        out.write(
            "\t".join(
                c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                for c in cells
            )
            + "\n"
        )
        n += 1
    return n


def write_table(
    env: Env, rows: Sequence[dict[str, Any]], columns: Sequence[Column], title: str | None = None
) -> None:
    """A table for people: Rich on a terminal, plain aligned columns otherwise."""
    cells = [[clean(c.text(r)) for c in columns] for r in rows]
    headers = [c.header for c in columns]
    if env.terminal:
        from rich.table import Table
        from rich.text import Text

        table = Table(
            title=Text(clean(title)) if title else None,
            title_justify="left",
            show_lines=False,
            header_style="bold",
        )
        for c in columns:
            table.add_column(Text(c.header), justify="right" if c.numeric else "left", overflow="fold")
        for row in cells:
            table.add_row(*(Text(v) for v in row))
        env.console().print(table)
        return
    from rich.cells import cell_len

    if title:
        env.stdout.write(clean(title) + "\n")
    widths = [max([cell_len(h)] + [cell_len(row[i]) for row in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, (v, w) in enumerate(zip(values, widths, strict=False)):
            pad = " " * (w - cell_len(v))
            parts.append(pad + v if columns[i].numeric else v + pad)
        return "  ".join(parts).rstrip()

    env.stdout.write(line(headers) + "\n")
    for row in cells:
        env.stdout.write(line(row) + "\n")


def write_text(env: Env, text: str, style: str | None = None) -> None:
    """A line of prose for people (bold on a terminal when a style is given)."""
    text = clean(text)
    if env.terminal and style:
        from rich.text import Text

        env.console().print(Text(text, style=style))
    else:
        env.stdout.write(text + "\n")


def write_chart(env: Env, rows: Sequence[dict[str, Any]], label_keys: Sequence[str]) -> None:
    """Horizontal bars, one per indicator, scaled within each unit so like is compared with like."""
    from rich.cells import cell_len

    width = 40
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["unit"], r["measure"]), []).append(r)
    for (unit, measure), members in groups.items():
        top = max(abs(r["value"]) for r in members) or 1
        labels = [clean(" ".join(str(r.get(k) or "") for k in label_keys)) for r in members]
        pad = max(cell_len(lbl) for lbl in labels)
        heading = f"[{unit}{'，变化' if measure == 'change' else ''}]"
        write_text(env, heading, "bold")
        for r, lbl in zip(members, labels, strict=False):
            eighths = round(abs(r["value"]) / top * width * 8)
            bar = "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]
            text = f"{lbl}{' ' * (pad - cell_len(lbl))}  {bar or '▏'} {clean(r['value_text'])}"
            if env.terminal:
                from rich.text import Text

                t = Text(text)
                start = pad + 2
                t.stylize(
                    "red" if r["value"] < 0 else "green" if measure == "change" else "cyan",
                    start,
                    start + len(bar or "▏"),
                )
                env.console().print(t)
            else:
                env.stdout.write(text + "\n")


TABLE_LIMIT = 50


def emit(
    env: Env,
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[Column],
    fields: Sequence[str],
    limit: int | None = None,
    title: str | None = None,
) -> int:
    """Write rows in any format; return how many rows there were before any limit.

    `limit` None means 50 rows in a table and all rows in the machine formats; 0 means all.
    """
    if fmt in ("jsonl", "csv", "tsv"):
        stream = islice(rows, limit) if limit else rows
        if fmt == "jsonl":
            return write_jsonl(env, stream)
        return write_delimited(env, stream, fields, fmt)
    if fmt == "json":
        return write_json_array(env, islice(rows, limit) if limit else rows)
    cap = TABLE_LIMIT if limit is None else limit
    shown: list[dict[str, Any]] = []
    total = 0
    for row in rows:  # keep only the rows shown; count the rest
        total += 1
        if not cap or total <= cap:
            shown.append(row)
    if shown:
        write_table(env, shown, columns, title)
    if len(shown) < total:
        more = total - len(shown)
        note = f"… {more} more row{'s' if more > 1 else ''} not shown (--limit 0 shows all)"
        if env.terminal:
            write_text(env, note, "dim")
        else:
            env.stdout.flush()
            env.stderr.write(note + "\n")
    return total


def emit_profile(env: Env, profile, fmt: str, kinds: Sequence[str], limit: int | None) -> None:
    """`show`: the place, then one table per kind; in JSON one object, in the flat formats the facts."""
    from govfacts.records import ALL_FIELDS

    data = profile.as_dict()
    if fmt == "json":
        write_json(env, data)
        return
    facts = [r for k in kinds for r in profile.facts[k]]
    if fmt != "table":
        emit(env, facts, fmt, (), ALL_FIELDS, limit)
        return
    region = data["region"]
    line = f"{region['name']}  {region['level']}  {' › '.join(region['path'])}"
    write_text(env, line, "bold")
    if region["aliases"]:
        write_text(env, "别名: " + "、".join(region["aliases"]))
    if region["children"]:
        write_text(env, "下辖: " + "、".join(region["children"]))
    _kind_tables(env, profile.facts, kinds, limit)


def _kind_tables(
    env: Env, by_kind: dict[str, Sequence[dict[str, Any]]], kinds: Sequence[str], limit: int | None
) -> None:
    """One titled table per kind that has rows, each after a blank line."""
    from govfacts.views import BY_KIND, KIND_TITLES

    for kind in kinds:
        rows = by_kind.get(kind) or []
        if rows:
            env.stdout.write("\n")
            env.stdout.flush()
            emit(env, rows, "table", BY_KIND[kind], (), limit, f"{KIND_TITLES[kind]} ({len(rows)})")


def emit_comparison(
    env: Env, regions: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]], limit: int | None
) -> int:
    """`compare` as a table: one row per indicator and period, one column per place."""
    from govfacts.views import Column

    lines: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        key = (r["name"], r.get("period"), r["measure"], r.get("basis"))
        line = lines.setdefault(
            key,
            {
                "name": r["name"],
                "period": r.get("period_label") or r.get("period") or "",
                "basis": r.get("basis") or "",
            },
        )
        cell = r["value_text"] + f" [{r['source']}]"
        line[r["region_id"]] = line[r["region_id"]] + "; " + cell if r["region_id"] in line else cell
    columns = [Column("name", "指标"), Column("period", "时期"), Column("basis", "基准")]
    columns += [Column(g["id"], g["name"]) for g in regions]
    emit(env, list(lines.values()), "table", columns, (), limit)
    return len(rows)


def emit_source(
    env: Env, page: dict[str, Any], facts: Sequence[dict[str, Any]], fmt: str, limit: int | None
) -> None:
    """`source ID`: the page's details, then its facts by kind."""
    from govfacts.records import ALL_FIELDS

    if fmt == "json":
        write_json(env, {"source": page, "facts": list(facts)})
        return
    if fmt != "table":
        emit(env, facts, fmt, (), ALL_FIELDS, limit)
        return
    write_text(env, f"{page['title']}", "bold")
    for key, label in (
        ("id", "id"),
        ("date", "日期"),
        ("date_note", "日期说明"),
        ("speaker", "受访者"),
        ("publisher", "出版"),
        ("section", "版面"),
        ("pages", "版次"),
        ("file", "文件"),
        ("url", "网址"),
    ):
        if page.get(key):
            write_text(env, f"{label}: {page[key]}")
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for r in facts:
        by_kind.setdefault(r["kind"], []).append(r)
    _kind_tables(env, by_kind, ("indicator", "program", "honour"), limit)
