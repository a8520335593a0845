"""Every header and label people read: table columns, their headers, and the notes.

Headers and labels are written in English and marked with N_(); they are translated
(i18n._) when shown, in the language of the run. Machine formats (JSON, JSON Lines, CSV,
TSV) write whole records with their keys, whatever the language; a table picks these
columns from them, so every field a table shows is in the JSON too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from govfacts.i18n import N_, _, n_, translate


@dataclass(frozen=True)
class Column:
    """One table column: the record key it shows, its title (translated when shown), how a value
    reads, and how its cells may break on a narrow terminal (`fit`: key, label, text or long;
    see output/fit.py)."""

    key: str
    title: str
    cell: Callable[[dict[str, Any]], str] | None = None
    numeric: bool = False
    fit: str = "key"
    optional: bool = False  # left out on a terminal too narrow for the others
    place: str | None = None  # a column naming places: the record key of their region id

    @property
    def header(self) -> str:
        return translate(self.title)

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
    if period and label and label not in (period, f"{period}年"):  # (2025年 says its period: no 2025年 (2025))
        return f"{label} ({period})"
    return label or period or ""


def pages(count: int) -> str:
    """The source cell of a figure that several pages state."""
    return n_("{count} page", "{count} pages", count).format(count=count)


REGION = Column("region", N_("Region"), place="region_id")
SOURCE = Column("source", N_("Source"), fit="label")
INDICATOR = (
    REGION,
    Column("name", N_("Indicator"), fit="text"),
    Column("value_text", N_("Value"), numeric=True),
    Column("basis", N_("Basis"), fit="text"),
    Column("period", N_("Period"), period_text),
    SOURCE,
)
PROGRAM = (
    REGION,
    Column("name", N_("Name"), fit="text"),
    Column("category", N_("Category"), fit="text", optional=True),
    Column("summary", N_("Summary"), fit="long"),
    SOURCE,
)
HONOUR = (
    REGION,
    Column("name", N_("Honour"), fit="text"),
    Column("level", N_("Level")),
    Column("batch", N_("Batch"), fit="text", optional=True),
    Column("year", N_("Year")),
    Column("holder_name", N_("Holder"), fit="text", optional=True),
    SOURCE,
)
BY_KIND = {"indicator": INDICATOR, "program": PROGRAM, "honour": HONOUR}
KIND_TITLES = {"indicator": N_("Indicators"), "program": N_("Programs"), "honour": N_("Honours")}
KIND_NAMES = {
    "indicator": N_("indicator"), "program": N_("program"), "honour": N_("honour"), "region": N_("place"),
    "source": N_("source"),
}
SEARCH = (
    Column("rank", "#", numeric=True, optional=True),
    Column("kind", N_("Kind"), lambda r: translate(KIND_NAMES.get(r["kind"], r["kind"])), optional=True),
    Column("region", N_("Region"), place="region_id"),
    Column("name", N_("Name"), fit="text"),
    Column("detail", N_("Detail"), fit="long"),
    # a figure's row of several statements has the periods they give in period_label
    Column("period", N_("Period"), lambda r: r.get("period") or r.get("period_label") or ""),
    SOURCE,
)
REGIONS = (
    Column("name", N_("Region"), lambda r: "  " * r["depth"] + r["name"], place="id"),
    Column("level", N_("Level")),
    Column("id", "id"),
    Column("facts", N_("Own facts"), numeric=True),
    Column("facts_total", N_("With below"), numeric=True),
    Column("layer", N_("Layer"), optional=True),
)
SOURCES = (
    Column("id", "id"),
    Column("title", N_("Title"), fit="long"),
    Column("date", N_("Date"), optional=True),
    Column("speaker", N_("Speaker"), fit="long", optional=True),
    Column("file", N_("File"), fit="label", optional=True),
    Column("facts", N_("Facts"), numeric=True),
    Column("layer", N_("Layer"), optional=True),
)

# The lines above `show`'s tables and `source`'s.
ALIASES = N_("Aliases")
CHILDREN = N_("Below it")
SOURCE_DETAILS = (
    ("id", "id"),
    ("date", N_("Date")),
    ("date_note", N_("About the date")),
    ("speaker", N_("Speaker")),
    ("publisher", N_("Publisher")),
    ("section", N_("Section")),
    ("pages", N_("Pages")),
    ("file", N_("File")),
    ("url", N_("URL")),
)
# `compare`: a cell for a place with no figure on that row.
MISSING = "—"
# `compare`: the column after one column per series.
COMPARE_SOURCE = Column("source", N_("Source"), fit="long", optional=True)
# Under English, beside the place: its name in pinyin.
PINYIN = N_("Pinyin")



# The word that marks a target (a goal, not a result) in tables and charts, in every language:
# the reports' own word, which a reader of them knows.
TARGET = "目标"


def children(names: list[str], facts: list[int]) -> str:
    """The places below one, those holding facts with how many: 杭州市、衢州市（299）、丽水市."""
    return "、".join(f"{name}（{count}）" if count else name for name, count in zip(names, facts, strict=True))


def chart_heading(unit: str, measure: str, basis: str, status: str = "actual") -> str:
    """`metric --chart`: the heading of a group of bars: [%，变化，同比], [%，变化，目标]."""
    parts = [unit] + ([_("change")] if measure == "change" else []) + ([basis] if basis else [])
    parts += [TARGET] if status == "target" else []
    return "[" + _(", ").join(parts) + "]"


def kind_title(kind: str, count: int) -> str:
    """The title above one kind's table: 指标 (67)."""
    return f"{translate(KIND_TITLES[kind])} ({count})"


# The columns a note under a too-wide table names; of more, it names these and counts the rest.
NAMED_COLUMNS = 4


def columns_left_out(headers: list[str]) -> str:
    """The note under a table too wide for the terminal."""
    named = _(", ").join(headers[:NAMED_COLUMNS])
    if len(headers) > NAMED_COLUMNS:
        named = _("{columns} and {count} more").format(columns=named, count=len(headers) - NAMED_COLUMNS)
    return _("columns left out at this width: {columns} (a wider terminal or --format tsv shows them)").format(
        columns=named
    )


def more_rows(count: int) -> str:
    """The note under a table cut at --limit."""
    more = n_("{count} more row not shown (--limit 0 shows all)", "{count} more rows not shown (--limit 0 shows all)", count)
    return "… " + more.format(count=count)


def check_summary(counts: dict[str, int]) -> str:
    """`check`'s one line for a valid base."""
    return _("ok: {counts}").format(counts=_(", ").join(_count(kind, n) for kind, n in counts.items()))


def _count(kind: str, n: int) -> str:
    counted = {
        "source": n_("{n} source", "{n} sources", n),
        "region": n_("{n} region", "{n} regions", n),
        "indicator": n_("{n} indicator", "{n} indicators", n),
        "program": n_("{n} program", "{n} programs", n),
        "honour": n_("{n} honour", "{n} honours", n),
        "term": n_("{n} term", "{n} terms", n),
    }
    return counted.get(kind, f"{{n}} {kind}").format(n=n)


def to_review(count: int) -> str:
    """`check`'s note on the entries a draft flagged for review that are still flagged."""
    return n_(
        "note: 1 entry is still flagged for review (its review field); delete the field to accept it",
        "note: {count} entries are still flagged for review (their review field); delete the field to accept one",
        count,
    ).format(count=count)


def review_mark() -> str:
    """What follows the name of a row still flagged for review."""
    return _(" (to review)")


def unverified(count: int) -> str:
    """`check`'s note on the facts whose source has no page text."""
    return n_(
        "note: 1 fact cites a source with no page text (file); its quote and figure were not checked",
        "note: {count} facts cite a source with no page text (file); their quotes and figures were not checked",
        count,
    ).format(count=count)


# `fact ID`: each field of a record, named for people, in the order they are listed.
FIELD_LABELS = {
    "id": "id", "kind": N_("Kind"), "region": N_("Region"), "region_path": N_("Division"), "name": N_("Name"),
    "value": N_("Value"), "unit": N_("Unit"), "measure": N_("Measure"), "value_text": N_("Reads"),
    "qualifier": N_("Qualifier"), "basis": N_("Basis"), "period": N_("Period"), "period_label": N_("Period as written"),
    "category": N_("Category"), "summary": N_("Summary"), "since": N_("Since"), "level": N_("Level"),
    "batch": N_("Batch"), "year": N_("Year"), "holder": N_("Holder id"), "holder_name": N_("Holder"),
    "figure": N_("Figure"), "agrees_with": N_("Same figure"), "conflicts_with": N_("Differing figure"),
    "tags": N_("Tags"), "note": N_("Note"), "source": N_("Source"), "source_title": N_("Source title"),
    "quote": N_("Quote"), "review": N_("To review"),
}
# How a few coded values read to people.
NAMES = {
    "kind": KIND_NAMES,
    "measure": {"level": N_("level"), "change": N_("change")},
    "qualifier": {
        "at_least": N_("at least"), "more_than": N_("more than"), "at_most": N_("at most"),
        "less_than": N_("less than"), "about": N_("about"),
    },
}
PARAGRAPH = N_("On the page")
STATEMENTS = N_("Every statement of this figure")
QUOTE = Column("quote", N_("Quote"), fit="text")
# Around a quote in text written to a pipe or a file; on a terminal the quote is shown reversed.
MARK = ("【", "】")


def statements(count: int) -> str:
    """The title above the statements of a figure."""
    return f"{translate(STATEMENTS)} ({count})"


def gazetteer_line(count: int) -> str:
    """`check`'s line on the gazetteer under every base."""
    import re

    from govfacts.gazetteer.divisions import SOURCE

    year = re.search(r"divisions of (\d{4})", SOURCE)
    return _("gazetteer: {count:,} places of China (divisions of {year}; CC BY 4.0)").format(
        count=count, year=year.group(1) if year else "?"
    )


# --period: the mark of a row whose period only overlaps the one asked for.
OVERLAP = "≈"


def overlap_legend(asked: str) -> str:
    """The note under a table with rows marked ≈."""
    return _("{mark}: the period only overlaps {asked}; the rows above them fit it (--within keeps only those)").format(
        mark=OVERLAP, asked=asked
    )


def nothing_within(place: str, asked: str, below: int) -> str:
    """The note for a place none of whose facts is dated within the period asked for."""
    if below:
        return _(
            "none of {place}'s own facts is dated within {asked}; the places below it hold {below} that are "
            "(--all shows them)"
        ).format(place=place, asked=asked, below=below)
    return _("none of {place}'s own facts is dated within {asked}").format(place=place, asked=asked)
