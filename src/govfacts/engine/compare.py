"""`compare`: one indicator across a set of places, as a grid of one row per place.

The places are those typed, and those directly below the places given to `children`
(every province-level division of 中国, the 11 cities of 浙江省), each once, in that
order. The grid's columns are its *series*: the matching indicators told apart by name,
period, basis, status, measure and unit, so that a column holds like with like (a
target is never in a result's column). A cell holds every statement of that series in
that place; a place without any stays in the grid, its cells empty.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from govfacts.agreement import bounds, clusters
from govfacts.engine.facts import facts_in
from govfacts.engine.lookup import Lookup
from govfacts.engine.match import find_place
from govfacts.engine.results import SERIES_PARTS, Comparison, Place, Record, Series

# How a series is told apart: the fields of a record that make its key.
SERIES_KEY = ("name", "period", "basis", "status", "measure", "unit")


def compare(
    db: sqlite3.Connection,
    places: Sequence[str],
    metric: str,
    period: str | None = None,
    status: str | None = None,
    children: Sequence[str] = (),
    within: bool = False,
    by_value: bool = False,
) -> Comparison:
    """The indicators matching `metric` in each place (the place itself, not below it).

    `children` adds the places directly below each of those places; `by_value` orders the
    places by their value in the first series, largest first, places without one last.
    """
    lookup = Lookup(db)
    ids = [find_place(db, p) for p in places]
    for parent in children:
        ids.extend(c.id for c in lookup.places.children(find_place(db, parent)))
    ids = list(dict.fromkeys(ids))
    wanted = set(ids)
    matches = facts_in(db, metric, ("indicator",), None, period, "rank", lookup, within, status)  # matched once
    statements = [r for r in matches if r["region_id"] in wanted]
    series = series_of(statements)
    index = {s.key: n for n, s in enumerate(series)}
    cells: dict[tuple[str, int], list[Record]] = {}
    for r in statements:
        cells.setdefault((r["region_id"], index[key_of(r)]), []).append(r)
    order = [lookup.places[rid] for rid in ids]
    if by_value and series:
        first = {rid: value_of(cells.get((rid, 0), [])) for rid in ids}
        order.sort(key=lambda p: (first[p.id] is None, -(first[p.id] or 0)))
    return Comparison(order, statements, series, cells, [_grid_row(p, series, cells) for p in order])


def _grid_row(place: Place, series: Sequence[Series], cells: dict[tuple[str, int], list[Record]]) -> Record:
    """A place's record in the machine formats (see Comparison)."""
    record: Record = {"region": place.name, "region_id": place.id, "region_path": list(place.path)}
    for n, s in enumerate(series):
        statements = cells.get((place.id, n), [])
        record[s.label] = value_of(statements)
        text = " ≠ ".join(r["value_text"] for r in shown(statements)) or None
        sources = list(dict.fromkeys(r["source"] for r in statements))
        parts = (text, sources, [r["id"] for r in statements])
        record.update({f"{s.label} {part}": v for part, v in zip(SERIES_PARTS, parts, strict=True)})
    return record


def key_of(record: Record) -> tuple:
    return tuple(record.get(k) or ("actual" if k == "status" else None) for k in SERIES_KEY)


def series_of(statements: Sequence[Record]) -> list[Series]:
    """The series of these statements, each labelled so that no two share a label.

    Names come in the order they matched (an exact name first, then shorter names before
    longer ones); the series of one name, the one most places state first."""
    places: dict[tuple, set[str]] = {}
    names: dict[str, int] = {}
    for r in statements:
        places.setdefault(key_of(r), set()).add(r["region_id"])
        names.setdefault(r["name"], len(names))
    keys = sorted(places, key=lambda k: (names[k[0]], -len(places[k])))  # stable: ties keep match order
    labels = [_label(k, 0) for k in keys]
    for detail in (1, 2):
        labels = [_label(k, detail) if labels.count(label) > 1 else label for k, label in zip(keys, labels, strict=True)]
    return [Series(k, label, *k) for k, label in zip(keys, labels, strict=True)]


def _label(key: tuple, detail: int) -> str:
    """生产总值（2025，同比）; with `detail` 1 the unit too, with 2 the measure as well."""
    name, period, basis, status, measure, unit = key
    inside = [x for x in (period, basis, unit if detail else None, measure if detail > 1 else None) if x]
    if status == "target":
        inside.append("目标")
    return name + (f"（{'，'.join(inside)}）" if inside else "")


def shown(statements: Sequence[Record]) -> list[Record]:
    """Of a cell's statements, the one a reader is shown for each value they state: the most
    precise of those that agree (4211亿元 over 突破4000亿元), in the order stated."""
    stated = [bounds(s.get("value"), s.get("qualifier"), s.get("value_high")) for s in statements]
    return [statements[members[0]] for members in clusters(stated)]


def value_of(statements: Sequence[Record]) -> float | None:
    """The number a cell stands for: its one value, or None when it has none or its pages differ."""
    values = shown(statements)
    return values[0].get("value") if len(values) == 1 else None
