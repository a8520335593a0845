"""Places in pinyin, for people who read English: 衢州市 → Quzhou.

The index already holds every place's pinyin as a search key (index/names.place_keys):
the short name's (quzhou, rank 4; enshi, rank 7, for 恩施土家族苗族自治州), else the full
name's (rank 3). No pinyin library is loaded to answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from govfacts.sql import select_in


def pinyin_names(db: sqlite3.Connection, region_ids: Iterable[str]) -> dict[str, str]:
    """The pinyin of each region id that has one, capitalised: {"quzhou": "Quzhou"}.

    The short name's pinyin is the longest rank-4 or rank-7 key that begins the full name's
    (quzhou of quzhoushi; an alias's pinyin, sanqu, does not); without one, the full name's.
    """
    full: dict[str, str] = {}
    short: dict[str, list[str]] = {}
    sql = "SELECT region, rank, key FROM place_key WHERE rank IN (3, 4, 7) AND region IN ({marks})"
    for region, rank, key in select_in(db, sql, sorted(set(region_ids))):
        if rank == 3:
            full[region] = key
        else:
            short.setdefault(region, []).append(key)
    names = {}
    for region, key in full.items():
        starts = [k for k in short.get(region, []) if key.startswith(k)]
        names[region] = max(starts, key=len, default=key).capitalize()
    return names
