"""The region tree: each place's chain of parents, its depth and path, its lookup keys, and cycles."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from govfacts.index.ddl import dump


def ancestry(parents: Mapping[str, str | None], start: str) -> tuple[list[str], str | None]:
    """Follow parents up from `start`: the chain walked (`start` first) and where it looped, if it did.

    The walk stops at the top (no parent), at a parent that is not a known region, or at a
    region already on the chain; in that last case that region is returned as the loop.
    """
    chain: list[str] = []
    seen: set[str] = set()
    node: str | None = start
    while node is not None and node in parents:
        if node in seen:
            return chain, node
        seen.add(node)
        chain.append(node)
        node = parents[node]
    return chain, None


def loops(parents: Mapping[str, str | None]) -> Iterator[list[str]]:
    """Each cycle of regions once, as its members in parent order."""
    reported: set[str] = set()
    for start in parents:
        chain, looped = ancestry(parents, start)
        if looped is not None:
            loop = chain[chain.index(looped) :]
            if reported.isdisjoint(loop):
                reported.update(loop)
                yield loop


Where = Callable[[str, str, int, str], "tuple[int, int] | None"]


def cycle_problems(db: sqlite3.Connection, where: Where, path_of: Callable[[str], str]) -> list[str]:
    """A problem for each cycle in the region tree, at the `parent` of its first member."""
    from govfacts.i18n import _
    from govfacts.index.validate import message

    rows = db.execute("SELECT id, parent, file, nth FROM region ORDER BY file, pos").fetchall()
    parents = {rid: parent for rid, parent, _file, _nth in rows}
    place = {rid: (file, nth) for rid, _parent, file, nth in rows}
    problems = []
    for loop in loops(parents):
        file, nth = place[loop[0]]
        chain = " → ".join([*loop, loop[0]])
        at = where(file, "region", nth, "parent")
        text = "parent: " + _("regions form a cycle: {chain}").format(chain=chain)
        problems.append(message(path_of(file), at, f"region {loop[0]!r}: ", text))
    return problems


def compute_tree(db: sqlite3.Connection) -> None:
    """Depth, path, ancestors and lookup keys of every region, worked out again from the region rows.

    A declared place that is a gazetteer place hangs under 中国 (`cn`) in the tree, so that
    中国 holds every fact; paths and depths leave 中国 out ("浙江省 › 衢州市", depth 1).
    """
    from govfacts.index.gazetteer import shipped_keys
    from govfacts.index.inputs import GAZETTEER
    from govfacts.index.names import place_keys

    rows = db.execute("SELECT id, name, parent, data, code, file FROM region ORDER BY file, pos").fetchall()
    parents = {rid: parent or ("cn" if code and rid != "cn" else None) for rid, _, parent, _, code, _ in rows}
    names = {rid: name for rid, name, _, _, _, _ in rows}
    db.execute("DELETE FROM region_tree")
    db.execute("DELETE FROM place_key")
    updates: list[tuple[Any, ...]] = []
    tree: list[tuple[Any, ...]] = []
    keys: list[tuple[Any, ...]] = []
    for rid, name, _, data, _, file in rows:
        chain, _ = ancestry(parents, rid)
        chain.reverse()
        shown = chain[1:] if len(chain) > 1 and chain[0] == "cn" else chain
        updates.append((len(shown) - 1, dump([names[a] for a in shown]), rid))
        tree.extend((a, rid) for a in chain)
        if file != GAZETTEER:  # the gazetteer's keys are shipped, made once
            keys.extend((key, rid, rank) for key, rank in place_keys(name, json.loads(data).get("aliases", [])))
    present = {rid for rid, _, _, _, _, file in rows if file == GAZETTEER}
    keys.extend(k for k in shipped_keys() if k[1] in present)
    db.executemany("UPDATE region SET depth = ?, path = ? WHERE id = ?", updates)
    db.executemany("INSERT OR IGNORE INTO region_tree VALUES (?, ?)", tree)
    db.executemany("INSERT OR IGNORE INTO place_key VALUES (?, ?, ?)", keys)
