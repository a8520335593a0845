"""Turning the index's fact rows into export records: the places and titles they name, read once."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from govfacts.engine.records import compose
from govfacts.engine.results import Place, Record, figure_name
from govfacts.sql import select_in

# The columns of a fact row that records() reads, in its order.
FACT_COLUMNS = "f.seq, f.kind, f.region, f.source, f.data, f.figure"


class Lookup:
    """Places and source titles of one index, read once per process."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._places: dict[str, Place] | None = None
        self._titles: dict[str, str] | None = None

    @property
    def places(self) -> dict[str, Place]:
        """Every place by id, in file order."""
        if self._places is None:
            rows = self.db.execute(
                "SELECT id, name, level, parent, depth, path, data FROM region ORDER BY file, pos"
            )
            self._places = {
                rid: Place(
                    id=rid,
                    name=name,
                    level=level,
                    parent_id=parent,
                    depth=depth,
                    path=tuple(json.loads(path)),
                    aliases=tuple(json.loads(data).get("aliases", [])),
                    order=n,
                )
                for n, (rid, name, level, parent, depth, path, data) in enumerate(rows)
            }
        return self._places

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
        for _, kind, region, source, data, figure in rows:
            fields = json.loads(data)
            others = [m for m in members.get(figure, ()) if m[0] != fields["id"]]
            extra: dict[str, Any] = {"figure": figure_name(figure)}
            if kind == "indicator":
                extra["agrees_with"] = sorted(i for i, v in others if v == fields["value"])
                extra["conflicts_with"] = sorted(i for i, v in others if v != fields["value"])
            else:
                extra["agrees_with"] = sorted(i for i, _ in others)
            if kind == "honour" and fields.get("holder"):
                holder = fields["holder"]
                if holder not in holders:
                    found = self.db.execute(
                        "SELECT json_extract(data, '$.name') FROM fact WHERE id = ?", (holder,)
                    ).fetchone()
                    holders[holder] = found[0] if found else None
                extra["holder_name"] = holders[holder]
            out.append(compose(kind, fields, self.places[region], self.titles[source], extra))
        return out

    def members(self, figures: Iterable[int]) -> dict[int, list[tuple[str, float | None]]]:
        """The (id, value) of every statement of these figures."""
        found: dict[int, list[tuple[str, float | None]]] = {}
        sql = "SELECT figure, id, value FROM fact WHERE figure IN ({marks})"
        for figure, ident, value in select_in(self.db, sql, sorted(figures)):
            found.setdefault(figure, []).append((ident, value))
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
