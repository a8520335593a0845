"""SQLite helpers shared by the index build and the queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

# SQLite allows at most 999 parameters in old builds; chunks stay well below that.
CHUNK = 500


def select_in(db: sqlite3.Connection, sql: str, values: Sequence[Any], chunk: int = CHUNK) -> Iterator[tuple]:
    """Rows of `sql`, whose `{marks}` stands for an IN list, over `values` taken `chunk` at a time."""
    for start in range(0, len(values), chunk):
        part = list(values[start : start + chunk])
        yield from db.execute(sql.format(marks=",".join("?" * len(part))), part)
