"""The Python face of govfacts: open a fact base, ask it what the commands ask, get typed results.

    import govfacts

    with govfacts.open() as base:                  # the shipped base (or GOVFACTS_DATA)
        found = base.metric("电诈", region="衢州")
        rows = found.to_records()                  # plain dicts, the JSON output's shape

Every command of the CLI is written on this class: the same query gives the same records,
the same `nothing` (why it found nothing) and the same `remarks`. Failures raise the
exceptions of `govfacts.errors` (UsageError for a bad argument, NoMatch for an unknown
place or id, DataError for an invalid base), each with a one-line `message`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager as ContextManager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from govfacts.errors import UsageError
from govfacts.factbase import FactBase, Progress
from govfacts.i18n import _

if TYPE_CHECKING:
    from govfacts.batch.run import ReportRecords
    from govfacts.engine.results import (
        BaseExport,
        Comparison,
        Counts,
        FactList,
        PageText,
        Profile,
        RegionTree,
        Result,
        SearchHits,
        SourceList,
        SourcePage,
    )

KINDS = ("indicator", "program", "honour")
STATUSES = ("target", "actual")
SORTS = ("rank", "value", "region", "period")
COMPARE_SORTS = ("place", "value")


def _names(value: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None) -> list[str]:
    """Names given one or several at a time: a name alone is a list of one (never its
    characters), and lists and tuples inside are opened (open(["shipped", "mine"]))."""
    if value is None:
        return []
    if isinstance(value, (str, os.PathLike)):
        return [os.fspath(value)]
    names: list[str] = []
    for item in value:
        if isinstance(item, (str, os.PathLike)):
            names.append(os.fspath(item))
        elif isinstance(item, (list, tuple)):
            names.extend(_names(item))
        else:
            raise UsageError(_("a name must be text or a path, not {value!r}").format(value=item))
    return names


def _choice(value: str | None, allowed: Sequence[str], what: str) -> str | None:
    if value is not None and value not in allowed:
        text = _("{what} must be one of {choices}, not {value!r}")
        raise UsageError(text.format(what=what, choices=", ".join(allowed), value=value))
    return value


class Library:
    """An open fact base: its layers (TOML files or folders, `shipped` for the shipped one),
    indexed on first use and kept open until `close()` or the end of a `with` block."""

    def __init__(
        self,
        *data: str | os.PathLike[str],
        progress: Callable[[], ContextManager[Progress | None]] | None = None,
    ) -> None:
        """`data`: the layers, lowest first; none means GOVFACTS_DATA, else the shipped base.
        `progress` makes the context of a progress callback for an index build (the CLI's bar)."""
        self.base = FactBase.choose(_names(data) or None)
        self._progress = progress
        self._stack: contextlib.ExitStack | None = None
        self._db: sqlite3.Connection | None = None

    @property
    def notes(self) -> list[str]:
        """Remarks on how the layers were read (a path named twice …)."""
        return self.base.notes

    @property
    def layers(self) -> list[str]:
        """The layers as named: `shipped`, or a path."""
        return [layer.label for layer in self.base.layers]

    def __repr__(self) -> str:
        return f"govfacts.Library({', '.join(map(repr, self.layers))})"

    def __enter__(self) -> Library:
        self._index()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        stack, self._stack, self._db = self._stack, None, None
        if stack is not None:
            stack.__exit__(kind, error, trace)  # an index that broke meanwhile is removed (IndexDamaged)

    def close(self) -> None:
        """Close the index (a later query opens it again)."""
        self.__exit__(None, None, None)

    def _index(self) -> sqlite3.Connection:
        if self._db is None:
            stack = contextlib.ExitStack()
            self._db = stack.enter_context(self.base.reading(self._progress))
            self._stack = stack
        return self._db

    # -- what the commands ask ---------------------------------------------------------------

    def show(
        self,
        place: str,
        *,
        below: bool = False,
        kinds: str | Iterable[str] | None = None,
        period: str | None = None,
        within: bool = False,
        status: str | None = None,
    ) -> Profile:
        """Everything about a place (衢州, quzhou, cn-330800 …); `below` adds the places below it."""
        from govfacts.engine import facts, outcome

        chosen = tuple(_choice(k, KINDS, "kind") or k for k in _names(kinds)) if kinds else KINDS
        found = facts.profile(
            self._index(), place, below, chosen, period, within=within, status=_choice(status, STATUSES, "status")
        )
        return outcome.profile(found)

    def metric(
        self,
        text: str,
        *,
        region: str | None = None,
        period: str | None = None,
        within: bool = False,
        status: str | None = None,
        sort: str = "rank",
    ) -> FactList:
        """Every indicator matching `text`, across places, best match first."""
        from govfacts.engine import facts, outcome

        db = self._index()
        _choice(sort, SORTS, "sort")
        found = facts.facts_matching(db, text, "indicator", region, period, sort, within, _choice(status, STATUSES, "status"))
        return outcome.listing(db, found, text, region, period)

    def programs(self, text: str | None = None, *, region: str | None = None) -> FactList:
        """Programs (mechanisms, platforms, campaigns …), optionally matching `text`."""
        return self._listing("program", text, region, None, False)

    def honours(
        self, text: str | None = None, *, region: str | None = None, period: str | None = None, within: bool = False
    ) -> FactList:
        """Honours (titles, awards, pilot status), optionally matching `text`."""
        return self._listing("honour", text, region, period, within)

    def _listing(self, kind: str, text: str | None, region: str | None, period: str | None, within: bool) -> FactList:
        from govfacts.engine import facts, outcome

        db = self._index()
        return outcome.listing(db, facts.facts_matching(db, text, kind, region, period, within=within), text, region, period)

    def search(self, text: str, *, status: str | None = None) -> SearchHits:
        """Places, indicators, programs, honours and pages matching free text, best first."""
        from govfacts.engine import outcome
        from govfacts.engine.search import search

        return outcome.search(search(self._index(), text, _choice(status, STATUSES, "status")), text)

    def compare(
        self,
        places: str | Iterable[str] = (),
        *,
        metric: str,
        children: str | Iterable[str] = (),
        period: str | None = None,
        within: bool = False,
        status: str | None = None,
        sort: str = "place",
    ) -> Comparison:
        """One row per place (those named, and those directly below each of `children`), one
        column per series of the indicators matching `metric`."""
        from govfacts.engine import outcome
        from govfacts.engine.compare import compare

        places, children = _names(places), _names(children)
        if not metric.strip():
            raise UsageError(_("name the indicator to compare: --metric TEXT"))
        if not places and not children:
            raise UsageError(_("name the places to compare, or --children PLACE for the places below one"))
        by_value = _choice(sort, COMPARE_SORTS, "sort") == "value"
        found = compare(
            self._index(), places, metric, period, _choice(status, STATUSES, "status"), children, within, by_value
        )
        return outcome.comparison(found, metric)

    def fact(self, ident: str) -> Result:
        """Any id govfacts prints: a fact or figure in full, a source page, a place's profile."""
        from govfacts.engine.describe import describe

        return describe(self._index(), ident)

    def sources(self) -> SourceList:
        """The source pages, with how many facts cite each."""
        from govfacts.engine.sources import source_list

        return source_list(self._index())

    def source(self, ident: str, *, text: bool = False) -> SourcePage | PageText:
        """One source page and the facts it gives; with `text`, the page itself, quotes marked."""
        from govfacts.engine.describe import page_text
        from govfacts.engine.sources import source_page

        return page_text(self._index(), ident) if text else source_page(self._index(), ident)

    def regions(self, *, everything: bool = False) -> RegionTree:
        """The base's places as a tree (`everything`: every place of the gazetteer too)."""
        from govfacts.engine.place_tree import region_tree

        return region_tree(self._index(), everything)

    def check(self) -> Counts:
        """Validate the base (DataError listing every problem) and count what it holds."""
        from govfacts.engine.facts import counts

        return counts(self._index())

    def export(self, *, status: str | None = None) -> BaseExport:
        """Every indicator, program and honour as a flat record, streamed."""
        from govfacts.engine.facts import export

        return export(self._index(), status=_choice(status, STATUSES, "status"), reopen=self._index)

    def extract(
        self,
        report: str | os.PathLike[str],
        *,
        date: str | None = None,
        place: str | None = None,
        title: str | None = None,
        source_id: str | None = None,
    ) -> ReportRecords:
        """Draft the facts of a report file (text, web page, PDF, Word) for review: the drafted
        records, and as `.toml` a draft file whose ids avoid this base's."""
        from govfacts.batch.plan import Job
        from govfacts.batch.run import Options, ReportRecords, draft_one
        from govfacts.extract.gazetteer_match import PlaceFinder

        path = Path(report)
        opts = Options(PlaceFinder.from_gazetteer(), date, place, title, source_id)
        opts.used, opts.known_regions = self.ids_in_use(), self.region_rows()
        out = draft_one(Job(path, str(path), path.stem, None), opts)
        for record in out.drafted.records:
            record["report"] = str(path)  # as `govfacts extract --json` writes it
        drafted = ReportRecords(out.drafted.records)
        drafted.toml = out.toml or ""
        drafted.remarks = list(out.warnings)
        return drafted

    # -- what the commands need besides --------------------------------------------------------

    def holds(self, path: str | os.PathLike[str], *, pages: bool = True) -> bool:
        """Whether writing to `path` would overwrite a file of the base: one of its TOML files, or
        (`pages`, which opens the index) a page one of its sources names."""
        return self.base.holds(Path(path), self._index() if pages else None)

    def ids_in_use(self) -> set[str]:
        """Every id of a fact, source or place in the base."""
        from govfacts.engine.completion import ids_in_use

        return ids_in_use(self._index())

    def region_rows(self) -> list[tuple[str, str, str | None]]:
        """Every place of the base as (id, name, parent id)."""
        from govfacts.engine.completion import region_rows

        return region_rows(self._index())

    def pinyin(self, region_ids: Iterable[str]) -> dict[str, str]:
        """The pinyin of these places, capitalised ({"quzhou": "Quzhou"})."""
        from govfacts.engine.romanize import pinyin_names

        return pinyin_names(self._index(), region_ids)

    def complete_place(self, typed: str) -> list[str]:
        """Names of the places that begin with what is typed (for a shell's Tab)."""
        from govfacts.engine.completion import place_names

        return place_names(self._index(), typed)

    def complete_indicator(self, typed: str) -> list[str]:
        """Names of the indicators that begin with (or contain) what is typed."""
        from govfacts.engine.completion import indicator_names

        return indicator_names(self._index(), typed)


def open(  # noqa: A001 - govfacts.open(), as sqlite3.connect or shelve.open
    *data: str | os.PathLike[str],
    progress: Callable[[], ContextManager[Progress | None]] | None = None,
) -> Library:
    """Open a fact base: `govfacts.open()` (GOVFACTS_DATA, else the shipped base),
    `govfacts.open("shipped", "my-base")` (layered), `govfacts.open("facts.toml")`."""
    return Library(*data, progress=progress)
