"""What the queries return: one typed result per kind of answer.

Each result carries its records (flat dicts, in the documented export shape) and the
field list that forms its JSON contract (docs/schema.md). `records()` lists what the
machine formats write; `document()` is the one JSON object a result writes instead of
an array, for the results that write one (`show`, `source`). A result whose `per_kind` is true is
limited per kind of fact: `--limit 5` means five indicators, five programs, five honours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from govfacts.schema import FACT_KINDS

Record = dict[str, Any]
# Results are made once per command and never compared or printed: their dataclasses make no
# __eq__ or __repr__, which halves what importing this module costs on every query.

# The export record of each kind of fact: the same keys, in this order, in every record.
HEAD = ("id", "kind", "region", "region_id", "region_path", "name")
TAIL = ("source", "source_title", "quote")
OWN: dict[str, tuple[str, ...]] = {
    "indicator": (
        "value",
        "value_high",
        "unit",
        "measure",
        "value_text",
        "qualifier",
        "status",
        "basis",
        "period",
        "period_label",
        "figure",
        "agrees_with",
        "conflicts_with",
        "tags",
        "note",
        "review",
    ),
    "program": ("category", "summary", "since", "figure", "agrees_with", "tags", "note", "review"),
    "honour": ("level", "batch", "year", "holder", "holder_name", "figure", "agrees_with", "tags", "note", "review"),
}
FIELDS: dict[str, tuple[str, ...]] = {kind: HEAD + own + TAIL for kind, own in OWN.items()}
# Every column any kind has, in a stable order: the header of a mixed CSV export.
ALL_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(f for kind in OWN for f in FIELDS[kind]))
LIST_FIELDS = frozenset({"region_path", "tags", "agrees_with", "conflicts_with", "review"})

REGION_FIELDS = ("id", "name", "level", "parent_id", "depth", "path", "aliases", "facts", "facts_total", "layer")
SOURCE_FIELDS = (
    "id", "title", "date", "date_note", "publisher", "section", "pages", "speaker", "file", "url", "facts", "layer",
)
SEARCH_FIELDS = (
    "rank", "kind", "id", "name", "region", "region_id", "detail", "period", "figure", "source", "source_title",
    "quote", "review",
)
COUNT_FIELDS = ("kind", "count")


def figure_name(number: int) -> str:
    """How a figure is named in output (the `figure` field): fig-0123456789ab."""
    return f"fig-{number:012x}"


@dataclass(frozen=True, repr=False, eq=False)
class Place:
    """A region of the base: its names, level, parent, and where it stands in the tree."""

    id: str
    name: str
    level: str
    parent_id: str | None
    depth: int
    path: tuple[str, ...]
    aliases: tuple[str, ...]
    order: tuple[str, int]  # where it stands in the files (file, position): regions are listed so


def by_kind(records: Iterable[Record], kinds: Sequence[str] = FACT_KINDS) -> dict[str, list[Record]]:
    """Fact records grouped by kind, every kind present (perhaps empty), order kept within each."""
    grouped: dict[str, list[Record]] = {k: [] for k in kinds}
    for r in records:
        grouped.setdefault(r["kind"], []).append(r)
    return grouped


class Result:
    """A query's answer. Subclasses set `fields` and give their records."""

    fields: tuple[str, ...] = ()
    per_kind = False  # --limit counts each kind of fact apart
    writes_object = False  # JSON is document(), one object, rather than an array of the records
    nothing: str | None = None  # when it holds nothing: why (engine.outcome), the message of exit 1
    remarks: Sequence[str] = ()  # lines said after the output (a place without facts, places lacking a value)

    def records(self) -> Iterable[Record]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records())

    def __len__(self) -> int:
        """How many records (an export streams them all to count)."""
        return sum(1 for _ in self.records())

    def __repr__(self) -> str:
        if self.nothing is not None:
            return f"<{type(self).__name__}: nothing ({self.nothing})>"
        return f"<{type(self).__name__}: {len(self)} records>"

    def to_records(self) -> list[Record]:
        """The records as plain dicts and lists, the shape the JSON output writes (docs/schema.md)."""
        return [{k: list(v) if isinstance(v, tuple) else v for k, v in r.items()} for r in self.records()]

    def to_pandas(self) -> Any:
        """The records as a pandas DataFrame, one column per field (pandas is imported only here)."""
        try:
            import pandas
        except ImportError:
            from govfacts.errors import UsageError
            from govfacts.i18n import _

            raise UsageError(_("to_pandas() needs pandas: pip install pandas")) from None
        records = self.to_records()
        columns = list(self.fields) if self.fields else None
        return pandas.DataFrame.from_records(records, columns=columns)

    def document(self, shown: list[Record]) -> Any:
        """The JSON object to write, given the records shown (only where `writes_object`)."""
        raise NotImplementedError


@dataclass(repr=False, eq=False)
class FactList(Result):
    """Facts, best match first: `metric`, `programs`, `honours` (one kind) or `export` (every kind)."""

    rows: Iterable[Record]
    kind: str | None = None
    fits: dict[str, int] = field(default_factory=dict)  # with --period: each figure's fit (engine.periods)
    asked: str | None = None  # the period asked for, as the fact base writes periods

    @property
    def fields(self) -> tuple[str, ...]:  # type: ignore[override]
        return FIELDS[self.kind] if self.kind else ALL_FIELDS

    def records(self) -> Iterable[Record]:
        return self.rows


@dataclass(repr=False, eq=False)
class BaseExport(Result):
    """`export`: every fact, indicators first, streamed (each reading starts the stream again);
    and the places and pages, for a database."""

    stream: Callable[[], Iterable[Record]]
    regions: RegionTree
    sources: SourceList
    fields = ALL_FIELDS

    def records(self) -> Iterable[Record]:
        return self.stream()


@dataclass(repr=False, eq=False)
class Profile(Result):
    """`show`: a place, and its facts of the kinds asked for."""

    place: Record
    facts: dict[str, list[Record]]
    kinds: tuple[str, ...] = FACT_KINDS
    holds_facts: bool = True  # whether the base has any fact about the place (or below it)
    notes: list[str] = field(default_factory=list)  # how the place was chosen, when that needs saying
    below: int = 0  # with no facts of its own that match: how many the places below it hold
    fits: dict[str, int] = field(default_factory=dict)  # with --period: each figure's fit (engine.periods)
    asked: str | None = None  # the period asked for, as the fact base writes periods
    below_within: int = 0  # with a period none of its own facts fits: how many below it fit it
    fields = ALL_FIELDS
    per_kind = True
    writes_object = True

    def records(self) -> list[Record]:
        return [r for k in self.kinds for r in self.facts.get(k, [])]

    def document(self, shown: list[Record]) -> Record:
        grouped = by_kind(shown)
        return {
            "region": self.place,
            "indicators": grouped["indicator"],
            "programs": grouped["program"],
            "honours": grouped["honour"],
        }


@dataclass(repr=False, eq=False)
class SourcePage(Result):
    """`source ID`: one page's details and every fact it gives, in page order."""

    source: Record
    facts: list[Record]
    fields = ALL_FIELDS
    per_kind = True
    writes_object = True

    def records(self) -> list[Record]:
        return self.facts

    def document(self, shown: list[Record]) -> Record:
        return {"source": self.source, "facts": shown}


@dataclass(repr=False, eq=False)
class FactDetail(Result):
    """`fact ID`: one statement in full, its page's paragraph around the quote, and its figure."""

    fact: Record
    source: Record
    paragraph: str | None  # the paragraph of the page that holds the quote, None without a page
    span: tuple[int, int] | None  # where the quote stands in the paragraph
    statements: list[Record]  # every statement of the fact's figure, this one included
    fields = ALL_FIELDS
    writes_object = True

    def records(self) -> list[Record]:
        return self.statements

    def document(self, shown: list[Record]) -> Record:
        where = None
        if self.paragraph is not None and self.span is not None:
            where = {"text": self.paragraph, "quote_start": self.span[0], "quote_end": self.span[1]}
        return {"fact": self.fact, "source": self.source, "paragraph": where, "statements": shown}


@dataclass(repr=False, eq=False)
class PageText(Result):
    """`source ID --text`: a page as it stands, with where each fact's quote is on it."""

    source: Record
    text: str
    quotes: list[Record]  # {"id", "start", "end"}, in page order
    fields = ("id", "start", "end")
    writes_object = True

    def records(self) -> list[Record]:
        return self.quotes

    def document(self, shown: list[Record]) -> Record:
        return {"source": self.source, "text": self.text, "quotes": shown}


@dataclass(frozen=True, repr=False, eq=False)
class Series:
    """A column of `compare`: the indicators of one name, period, basis, status, measure and unit."""

    key: tuple
    label: str  # 生产总值（2025，同比）: the column's title, and its key in the machine formats
    name: str
    period: str | None
    basis: str | None
    status: str
    measure: str
    unit: str


# What the machine formats write of each series, after its label: the number, then these.
SERIES_PARTS = ("text", "sources", "ids")


@dataclass(repr=False, eq=False)
class Comparison(Result):
    """`compare`: a grid of one row per place and one column per series (engine/compare.py).

    The machine formats write the grid: a record per place with `region`, `region_id` and
    `region_path`, then for each series its label (the number, null where the place has
    none or its pages differ) and `<label> text`, `<label> sources`, `<label> ids`.
    """

    places: list[Place]
    rows: list[Record]  # the statements, in match order
    series: list[Series] = field(default_factory=list)
    cells: dict[tuple[str, int], list[Record]] = field(default_factory=dict)
    grid: list[Record] = field(default_factory=list)  # what the machine formats write, place by place

    @property
    def fields(self) -> tuple[str, ...]:  # type: ignore[override]
        parts = [(s.label, *(f"{s.label} {part}" for part in SERIES_PARTS)) for s in self.series]
        return ("region", "region_id", "region_path", *(f for group in parts for f in group))

    @property
    def lacking(self) -> list[Place]:
        """The places with no matching indicator at all."""
        found = {r["region_id"] for r in self.rows}
        return [p for p in self.places if p.id not in found]

    def cell(self, place: Place, n: int) -> list[Record]:
        """The statements of series `n` in a place."""
        return self.cells.get((place.id, n), [])

    def records(self) -> list[Record]:
        return self.grid


@dataclass(repr=False, eq=False)
class SearchHits(Result):
    """`search`: places and facts that match free text, best first."""

    hits: list[Record]
    hint: str = ""  # for a search that found nothing: a did-you-mean for a mistyped place
    fields = SEARCH_FIELDS

    def records(self) -> list[Record]:
        return self.hits


@dataclass(repr=False, eq=False)
class RegionTree(Result):
    """`regions`: every place in tree order, with its depth and fact counts."""

    rows: list[Record]
    fields = REGION_FIELDS

    def records(self) -> list[Record]:
        return self.rows


@dataclass(repr=False, eq=False)
class SourceList(Result):
    """`sources`: every page, with how many facts cite it."""

    rows: list[Record]
    fields = SOURCE_FIELDS

    def records(self) -> list[Record]:
        return self.rows


@dataclass(repr=False, eq=False)
class Counts(Result):
    """`check`: how many entries of each kind a valid base holds."""

    counts: dict[str, int] = field(default_factory=dict)
    unverified: int = 0  # facts whose source has no page text: their quotes could not be checked
    gazetteer: int = 0  # the places of China every base lies on (中国 included)
    to_review: int = 0  # facts still flagged for review (a draft's `review` not yet deleted)
    fields = COUNT_FIELDS

    def records(self) -> list[Record]:
        return [{"kind": k, "count": n} for k, n in self.counts.items()] + [
            {"kind": "unverified", "count": self.unverified},
            {"kind": "gazetteer", "count": self.gazetteer},
            {"kind": "to_review", "count": self.to_review},
        ]
