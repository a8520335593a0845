"""Questions about places: one place's summary, and the tree of every place with its fact counts."""

from __future__ import annotations

import sqlite3

from govfacts.engine.lookup import Lookup
from govfacts.engine.results import Record, RegionTree


def place_summary(lookup: Lookup, region_id: str) -> Record:
    """A place as `show --json` writes it: its names, level, parent and the places directly below it."""
    p = lookup.places[region_id]
    parent = lookup.places.get(p.parent_id) if p.parent_id else None
    children = [c for c in lookup.places.values() if c.parent_id == region_id]
    return {
        "id": p.id,
        "name": p.name,
        "level": p.level,
        "parent": parent.name if parent else None,
        "parent_id": parent.id if parent else None,
        "path": list(p.path),
        "aliases": list(p.aliases),
        "children": [c.name for c in children],
        "children_ids": [c.id for c in children],
    }


def region_tree(db: sqlite3.Connection) -> RegionTree:
    """Every place in tree order, with its depth and fact counts (its own, and with those below)."""
    own = dict(db.execute("SELECT region, count(*) FROM fact GROUP BY region"))
    total = dict(
        db.execute(
            "SELECT t.ancestor, count(*) FROM region_tree t JOIN fact f ON f.region = t.region "
            "GROUP BY t.ancestor"
        )
    )
    places = Lookup(db).places
    children: dict[str | None, list[str]] = {}
    for rid, p in places.items():
        children.setdefault(p.parent_id if p.parent_id in places else None, []).append(rid)
    rows: list[Record] = []

    def walk(parent: str | None, depth: int) -> None:
        for rid in children.get(parent, []):
            p = places[rid]
            rows.append(
                {
                    "id": rid,
                    "name": p.name,
                    "level": p.level,
                    "parent_id": p.parent_id,
                    "depth": depth,
                    "path": list(p.path),
                    "aliases": list(p.aliases),
                    "facts": own.get(rid, 0),
                    "facts_total": total.get(rid, 0),
                }
            )
            walk(rid, depth + 1)

    walk(None, 0)
    return RegionTree(rows)
