"""Turning the index's fact rows into export records: the places and titles they name, read once."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from govfacts.engine.records import compose
from govfacts.engine.results import Place, Record
from govfacts.sql import select_in

# The columns of a fact row that records() reads, in its order.
FACT_COLUMNS = "f.seq, f.kind, f.region, f.source, f.data"


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
        """Export records of fact rows (FACT_COLUMNS)."""
        conflicts = self._conflicts([r[0] for r in rows])
        holders: dict[str, str | None] = {}
        out = []
        for seq, kind, region, source, data in rows:
            fields = json.loads(data)
            extra: dict[str, Any] = {}
            if kind == "indicator":
                extra["conflicts_with"] = conflicts.get(seq, [])
            elif kind == "honour" and fields.get("holder"):
                holder = fields["holder"]
                if holder not in holders:
                    found = self.db.execute(
                        "SELECT json_extract(data, '$.name') FROM fact WHERE id = ?", (holder,)
                    ).fetchone()
                    holders[holder] = found[0] if found else None
                extra["holder_name"] = holders[holder]
            out.append(compose(kind, fields, self.places[region], self.titles[source], extra))
        return out

    def _conflicts(self, seqs: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        sql = "SELECT fact, other FROM conflict WHERE fact IN ({marks}) ORDER BY other"
        for seq, other in select_in(self.db, sql, seqs):
            found.setdefault(seq, []).append(other)
        return found
