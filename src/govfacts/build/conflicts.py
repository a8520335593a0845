"""Differing figures: indicators that give different values for what reads as the same figure.

Two indicators conflict when they share place, name, unit and measure; their bases agree
(or one is unstated); and their periods agree, end together ("截至2025年底" against
2021/2025), or one is unstated. Both stay; each is marked with the other's id. Only the
(name, place) groups an update touched are compared again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

STATEMENTS = (
    # same end of period: the pairs are found through the (label, region, pend) index; CROSS JOIN
    # keeps SQLite's planner from scanning every fact instead of starting from the touched groups
    """INSERT OR IGNORE INTO conflict
    SELECT a.seq, b.id FROM touched t
      CROSS JOIN fact a ON a.label = t.label AND a.region = t.region
      CROSS JOIN fact b ON b.label = t.label AND b.region = t.region AND b.pend = a.pend AND a.seq <> b.seq
    WHERE a.kind = 'indicator' AND b.kind = 'indicator' AND a.value <> b.value
      AND a.shape = b.shape AND (a.basis IS NULL OR b.basis IS NULL OR a.basis = b.basis)""",
    # one of the two states no period
    """INSERT OR IGNORE INTO conflict
    SELECT a.seq, b.id FROM touched t
      CROSS JOIN fact a ON a.label = t.label AND a.region = t.region
      CROSS JOIN fact b ON b.label = t.label AND b.region = t.region AND a.seq <> b.seq
    WHERE (a.pend IS NULL OR b.pend IS NULL)
      AND a.kind = 'indicator' AND b.kind = 'indicator' AND a.value <> b.value
      AND a.shape = b.shape AND (a.basis IS NULL OR b.basis IS NULL OR a.basis = b.basis)
      AND EXISTS (SELECT 1 FROM fact n WHERE n.label = t.label AND n.region = t.region AND n.pend IS NULL)""",
)


def mark(db: sqlite3.Connection, touched: Iterable[tuple[int, str]]) -> None:
    """Mark differing figures again, only within the (label, region) groups given."""
    groups = set(touched)
    if not groups:
        return
    db.execute("CREATE TEMP TABLE IF NOT EXISTS touched(label INT, region TEXT, PRIMARY KEY(label, region))")
    db.execute("DELETE FROM touched")
    db.executemany("INSERT OR IGNORE INTO touched VALUES (?, ?)", groups)
    db.execute(
        "DELETE FROM conflict WHERE fact IN (SELECT f.seq FROM touched t CROSS JOIN fact f "
        "ON f.label = t.label AND f.region = t.region)"
    )
    for statement in STATEMENTS:
        db.execute(statement)
    db.execute("DROP TABLE touched")


def groups_of(db: sqlite3.Connection, file: str) -> set[tuple[int, str]]:
    """The (label, region) groups of one file's indicators."""
    return set(db.execute("SELECT label, region FROM fact WHERE file = ? AND kind = 'indicator'", (file,)))
