"""Every header and label people read: table columns, their Chinese headers, and the notes.

Machine formats (JSON, JSON Lines, CSV, TSV) write whole records; a table picks
these columns from them, so every field a table shows is in the JSON too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    """One table column: the record key it shows, its header, how a value reads, and how
    its cells may break on a narrow terminal (`fit`: key, label, text or long; see output/fit.py)."""

    key: str
    header: str
    cell: Callable[[dict[str, Any]], str] | None = None
    numeric: bool = False
    fit: str = "key"
    optional: bool = False  # left out on a terminal too narrow for the others

    def text(self, record: dict[str, Any]) -> str:
        if self.cell:
            return self.cell(record)
        value = record.get(self.key)
        if value is None:
            return ""
        if isinstance(value, list):
            return "、".join(str(v) for v in value)
        return str(value)


def period_text(r: dict[str, Any]) -> str:
    """A period as people read it: the page's words, then the period (十四五 (2021/2025))."""
    period, label = r.get("period"), r.get("period_label")
    if period and label and label != period:
        return f"{label} ({period})"
    return label or period or ""


def pages(count: int) -> str:
    """The source cell of a figure that several pages state."""
    return f"{count} 页"


REGION = Column("region", "地区")
SOURCE = Column("source", "来源", fit="label")
INDICATOR = (
    REGION,
    Column("name", "指标", fit="text"),
    Column("value_text", "数值", numeric=True),
    Column("basis", "基准", fit="text"),
    Column("period", "时期", period_text),
    SOURCE,
)
PROGRAM = (
    REGION,
    Column("name", "名称", fit="text"),
    Column("category", "类别", fit="text", optional=True),
    Column("summary", "简介", fit="long"),
    SOURCE,
)
HONOUR = (
    REGION,
    Column("name", "荣誉", fit="text"),
    Column("level", "级别"),
    Column("batch", "批次", fit="text", optional=True),
    Column("year", "年份"),
    Column("holder_name", "获得者", fit="text", optional=True),
    SOURCE,
)
BY_KIND = {"indicator": INDICATOR, "program": PROGRAM, "honour": HONOUR}
KIND_TITLES = {"indicator": "指标", "program": "项目", "honour": "荣誉"}
KIND_NAMES = {"indicator": "指标", "program": "项目", "honour": "荣誉", "region": "地区", "source": "来源"}
SEARCH = (
    Column("rank", "#", numeric=True, optional=True),
    Column("kind", "类型", lambda r: KIND_NAMES.get(r["kind"], r["kind"]), optional=True),
    Column("region", "地区"),
    Column("name", "名称", fit="text"),
    Column("detail", "内容", fit="long"),
    Column("period", "时期"),
    SOURCE,
)
REGIONS = (
    Column("name", "地区", lambda r: "  " * r["depth"] + r["name"]),
    Column("level", "级别"),
    Column("id", "id"),
    Column("facts", "本级事实", numeric=True),
    Column("facts_total", "含下级", numeric=True),
    Column("layer", "层", optional=True),
)
SOURCES = (
    Column("id", "id"),
    Column("title", "标题", fit="long"),
    Column("date", "日期", optional=True),
    Column("speaker", "受访者", fit="long", optional=True),
    Column("file", "文件", fit="label", optional=True),
    Column("facts", "事实数", numeric=True),
    Column("layer", "层", optional=True),
)

# The lines above `show`'s tables and `source`'s.
ALIASES = "别名"
CHILDREN = "下辖"
SOURCE_DETAILS = (
    ("id", "id"),
    ("date", "日期"),
    ("date_note", "日期说明"),
    ("speaker", "受访者"),
    ("publisher", "出版"),
    ("section", "版面"),
    ("pages", "版次"),
    ("file", "文件"),
    ("url", "网址"),
)
# `compare`: a cell for a place with no figure on that row.
MISSING = "—"
# `compare`: the columns before one column per place.
COMPARE = (Column("name", "指标", fit="text"), Column("period", "时期"), Column("basis", "基准", fit="text"))
def chart_heading(unit: str, measure: str, basis: str) -> str:
    """`metric --chart`: the heading of a group of bars: [%，变化，同比]."""
    parts = [unit] + (["变化"] if measure == "change" else []) + ([basis] if basis else [])
    return "[" + "，".join(parts) + "]"


def kind_title(kind: str, count: int) -> str:
    """The title above one kind's table: 指标 (67)."""
    return f"{KIND_TITLES[kind]} ({count})"


def columns_left_out(headers: list[str]) -> str:
    """The note under a table too wide for the terminal."""
    return f"columns left out at this width: {'、'.join(headers)} (a wider terminal or --format tsv shows them)"


def more_rows(count: int) -> str:
    """The note under a table cut at --limit."""
    return f"… {count} more row{'s' if count > 1 else ''} not shown (--limit 0 shows all)"


def check_summary(counts: dict[str, int]) -> str:
    """`check`'s one line for a valid base."""
    return "ok: " + ", ".join(f"{n} {k}{'' if n == 1 else 's'}" for k, n in counts.items())


def unverified(count: int) -> str:
    """`check`'s note on the facts whose source has no page text."""
    facts = "1 fact cites" if count == 1 else f"{count} facts cite"
    its = "its quote and figure were" if count == 1 else "their quotes and figures were"
    return f"note: {facts} a source with no page text (file); {its} not checked"


# `fact ID`: each field of a record, named for people, in the order they are listed.
FIELD_LABELS = {
    "id": "id", "kind": "类型", "region": "地区", "region_path": "区划", "name": "名称", "value": "数值",
    "unit": "单位", "measure": "计量", "value_text": "读作", "qualifier": "限定", "basis": "基准",
    "period": "时期", "period_label": "原文时期", "category": "类别", "summary": "简介", "since": "始于",
    "level": "级别", "batch": "批次", "year": "年份", "holder": "获得者 id", "holder_name": "获得者",
    "figure": "数据", "agrees_with": "相同表述", "conflicts_with": "不同表述", "tags": "标签", "note": "备注",
    "source": "来源", "source_title": "来源标题", "quote": "引文",
}
# How a few coded values read to people.
NAMES = {
    "kind": KIND_NAMES,
    "measure": {"level": "水平", "change": "变化"},
    "qualifier": {"at_least": "以上", "more_than": "余/超", "at_most": "以内", "less_than": "不足", "about": "约"},
}
PARAGRAPH = "原文"
STATEMENTS = "同一数据的各处表述"
QUOTE = Column("quote", "原文", fit="text")
# Around a quote in text written to a pipe or a file; on a terminal the quote is shown reversed.
MARK = ("【", "】")


def statements(count: int) -> str:
    """The title above the statements of a figure."""
    return f"{STATEMENTS} ({count})"


def gazetteer_line(count: int) -> str:
    """`check`'s line on the gazetteer under every base."""
    import re

    from govfacts.gazetteer.divisions import SOURCE

    year = re.search(r"divisions of (\d{4})", SOURCE)
    return f"gazetteer: {count:,} places of China (divisions of {year.group(1) if year else '?'}; CC BY 4.0)"


# --period: the mark of a row whose period only overlaps the one asked for.
OVERLAP = "≈"


def overlap_legend(asked: str) -> str:
    """The note under a table with rows marked ≈."""
    return f"{OVERLAP}: the period only overlaps {asked}; the rows above them fit it (--within keeps only those)"


def nothing_within(place: str, asked: str, below: int) -> str:
    """The note for a place none of whose facts is dated within the period asked for."""
    more = f"; the places below it hold {below} that are (--all shows them)" if below else ""
    return f"none of {place}'s own facts is dated within {asked}{more}"
