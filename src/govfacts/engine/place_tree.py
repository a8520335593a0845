"""Questions about places: one place's summary, and the tree of every place with its fact counts."""

from __future__ import annotations

import json
import sqlite3

from govfacts.engine.lookup import PARENT, Lookup
from govfacts.engine.results import Record, RegionTree
from govfacts.index.inputs import GAZETTEER


def place_summary(lookup: Lookup, region_id: str) -> Record:
    """A place as `show --json` writes it: its names, level, parent and the places directly below it.

    The places below are every division the gazetteer has there and every place the base
    declares there, in the gazetteer's order (its codes), the base's own after them; with
    each, how many facts it and the places below it hold (`children_facts`).
    """
    p = lookup.places[region_id]
    parent = lookup.places.get(p.parent_id) if p.parent_id else None
    children = lookup.places.children(region_id)
    holding = dict(
        lookup.db.execute(
            "SELECT t.ancestor, count(*) FROM region_tree t JOIN fact f ON f.region = t.region "
            "WHERE t.ancestor IN (SELECT value FROM json_each(?)) GROUP BY t.ancestor",
            (json.dumps([c.id for c in children]),),
        )
    )
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
        "children_facts": [holding.get(c.id, 0) for c in children],
    }


def region_tree(db: sqlite3.Connection, everything: bool = False) -> RegionTree:
    """Places in tree order, with their depth, fact counts (their own, and with those below) and layer.

    By default: the base's own regions and every place that holds facts, with its ancestors;
    `everything` adds every place of the gazetteer, under 中国.
    """
    own = dict(db.execute("SELECT region, count(*) FROM fact GROUP BY region"))
    total = dict(
        db.execute(
            "SELECT t.ancestor, count(*) FROM region_tree t JOIN fact f ON f.region = t.region "
            "GROUP BY t.ancestor"
        )
    )
    labels = layer_labels(db)
    rows = db.execute(
        "SELECT id, name, level, parent, path, data, file, "
        f"{PARENT} "
        "FROM region ORDER BY file = ?, file, pos",
        (GAZETTEER,),
    ).fetchall()
    wanted = {
        r[0]
        for r in rows
        if everything or (r[6] != GAZETTEER and r[0] != "cn") or (total.get(r[0]) and r[0] != "cn") or own.get(r[0])
    }
    children: dict[str | None, list[tuple]] = {}
    for r in rows:
        if r[0] in wanted:
            children.setdefault(r[7] if r[7] in wanted else None, []).append(r)
    out: list[Record] = []

    def walk(parent: str | None, depth: int) -> None:
        for rid, name, level, parent_id, path, data, file, _ in children.get(parent, []):
            out.append(
                {
                    "id": rid,
                    "name": name,
                    "level": level,
                    "parent_id": parent_id,
                    "depth": depth,
                    "path": json.loads(path),
                    "aliases": json.loads(data).get("aliases", []),
                    "facts": own.get(rid, 0),
                    "facts_total": total.get(rid, 0),
                    "layer": layer_of(file, labels),
                }
            )
            walk(rid, depth + 1)

    walk(None, 0)
    return RegionTree(out)


def layer_labels(db: sqlite3.Connection) -> list[str]:
    """The layers of the base, as the user named them (shipped, my-base …), in order."""
    found = db.execute("SELECT value FROM meta WHERE key = 'layers'").fetchone()
    return json.loads(found[0]) if found else []


def layer_of(file: str, labels: list[str]) -> str:
    """The layer an entry comes from, from its file key (`n:path`), or 'gazetteer'."""
    if file == GAZETTEER:
        return GAZETTEER
    n = file.partition(":")[0]
    return labels[int(n)] if n.isdigit() and int(n) < len(labels) else file
