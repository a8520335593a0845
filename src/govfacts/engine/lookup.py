"""Turning the index's fact rows into export records: the places and titles they name, read once."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from govfacts.agreement import Bounds, agree, bounds
from govfacts.engine.records import compose
from govfacts.engine.results import Place, Record, figure_name
from govfacts.index.ddl import NAME, path_of_field, unpack
from govfacts.sql import select_in

# The columns of a fact row that records() reads, in its order.
FACT_COLUMNS = "f.seq, f.kind, f.region, f.source, f.data, f.figure, f.id"


class RegionCache:
    """Regions by id, each read from the index when first asked for (a base has thousands).

    A gazetteer id that a declared region stands for (cn-330800 for 衢州市) finds that region.
    """

    COLUMNS = "id, name, level, parent, depth, path, data, file, pos"

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._found: dict[str, Place | None] = {}

    def _make(self, row: tuple) -> Place:
        rid, name, level, parent, depth, path, data, file, pos = row
        return Place(
            id=rid,
            name=name,
            level=level,
            parent_id=parent,
            depth=depth,
            path=tuple(json.loads(path)),
            aliases=tuple(json.loads(data).get("aliases", [])),
            order=(file, pos),
        )

    def get(self, rid: str | None, default: Place | None = None) -> Place | None:
        if rid is None:
            return default
        if rid not in self._found:
            row = self.db.execute(f"SELECT {self.COLUMNS} FROM region WHERE id = ?", (rid,)).fetchone()
            if row is None:
                row = self.db.execute(
                    f"SELECT {self.COLUMNS} FROM region WHERE id = (SELECT region FROM region_alias WHERE alias = ?)",
                    (rid,),
                ).fetchone()
            self._found[rid] = self._make(row) if row else None
        return self._found[rid] or default

    def __getitem__(self, rid: str) -> Place:
        place = self.get(rid)
        if place is None:
            raise KeyError(rid)
        return place

    def __contains__(self, rid: object) -> bool:
        return isinstance(rid, str) and self.get(rid) is not None

    def children(self, rid: str) -> list[Place]:
        """The places directly below one: gazetteer places in the order of their codes, then the
        base's own places, in file order."""
        rows = self.db.execute(
            f"SELECT {self.COLUMNS} FROM region WHERE {PARENT} = ? ORDER BY code IS NULL, code, file, pos", (rid,)
        )
        return [self._make(r) for r in rows]

    def every(self) -> list[Place]:
        """Every place, in file order (the base's own first, then the gazetteer's)."""
        rows = self.db.execute(f"SELECT {self.COLUMNS} FROM region ORDER BY file = 'gazetteer', file, pos")
        return [self._make(r) for r in rows]


# A region's parent in the tree: its own, or 中国 for a gazetteer place the base declares at its top
PARENT = "coalesce(parent, CASE WHEN code IS NOT NULL AND id <> 'cn' THEN 'cn' END)"


# Where an indicator's qualifier and upper end are stored (only indicators have a value).
_QUALIFIER = path_of_field("indicator", "qualifier")
_HIGH = path_of_field("indicator", "value_high")


class Lookup:
    """Places and source titles of one index, read once per process."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.places = RegionCache(db)
        self._titles: dict[str, str] | None = None

    @property
    def titles(self) -> dict[str, str]:
        """Every source's title by id."""
        if self._titles is None:
            self._titles = dict(self.db.execute("SELECT id, title FROM source"))
        return self._titles

    def records(self, rows: Sequence[tuple]) -> list[Record]:
        """Export records of fact rows (FACT_COLUMNS), each with its figure and the figure's others."""
        members = self.members({r[5] for r in rows})
        holders: dict[str, str | None] = {}
        out = []
        for _, kind, region, source, data, figure, ident in rows:
            fields = {"id": ident, **unpack(kind, data), "source": source}
            others = [m for m in members.get(figure, ()) if m[0] != fields["id"]]
            extra: dict[str, Any] = {"figure": figure_name(figure)}
            if kind == "indicator":
                own = bounds(fields.get("value"), fields.get("qualifier"), fields.get("value_high"))
                extra["agrees_with"] = sorted(i for i, b in others if agree(own, b))
                extra["conflicts_with"] = sorted(i for i, b in others if not agree(own, b))
            else:
                extra["agrees_with"] = sorted(i for i, _ in others)
            if kind == "honour" and fields.get("holder"):
                holder = fields["holder"]
                if holder not in holders:
                    found = self.db.execute(
                        f"SELECT json_extract(data, '{NAME}') FROM fact WHERE id = ?", (holder,)
                    ).fetchone()
                    holders[holder] = found[0] if found else None
                extra["holder_name"] = holders[holder]
            out.append(compose(kind, fields, self.places[region], self.titles[source], extra))
        return out

    def members(self, figures: Iterable[int]) -> dict[int, list[tuple[str, Bounds | None]]]:
        """The id of every statement of these figures, and the numbers its value allows."""
        found: dict[int, list[tuple[str, Bounds | None]]] = {}
        sql = (
            f"SELECT figure, id, value, json_extract(data, '{_QUALIFIER}'), json_extract(data, '{_HIGH}') "
            "FROM fact WHERE figure IN ({marks})"
        )
        for figure, ident, value, qualifier, high in select_in(self.db, sql, sorted(figures)):
            found.setdefault(figure, []).append((ident, bounds(value, qualifier, high)))
        return found


def whole_figures(db: sqlite3.Connection, rows: Sequence[tuple]) -> list[tuple]:
    """Fact rows (FACT_COLUMNS) widened to every statement of their figures.

    Figures keep the order in which they first appear; a figure's statements follow one
    another, in file order. This is how `--period 2025` finds an honour stated on three
    pages of which one gives the year: a figure that matches is returned whole.
    """
    order = list(dict.fromkeys(r[5] for r in rows))
    by_figure: dict[int, list[tuple]] = {}
    sql = f"SELECT {FACT_COLUMNS} FROM fact f WHERE f.figure IN ({{marks}}) ORDER BY f.file, f.pos"
    for row in select_in(db, sql, order):
        by_figure.setdefault(row[5], []).append(row)
    return [row for figure in order for row in by_figure.get(figure, [])]
