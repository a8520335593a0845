"""Shell completion of values from the index: place names and indicator names.

Typer calls these while the user presses Tab, so they stay small: they open the index
(already fresh in the usual case) and run one prefix query. Any failure completes nothing.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from govfacts.text import fold, is_latin, latin_key, like_escape

LIMIT = 50


def _db(ctx: Any) -> sqlite3.Connection | None:
    from govfacts.factbase import FactBase

    data = getattr(ctx, "params", {}).get("data") if ctx is not None else None
    try:
        return FactBase.choose(list(data) if data else None).open()
    except Exception:  # completion must never print an error into the user's prompt
        return None


def places(ctx: Any, incomplete: str) -> list[str]:
    """Full names of the places whose name, short form, alias or pinyin starts with the text typed:
    those the base declares or holds facts about, or, when none of those fits, any place of China."""
    db = _db(ctx)
    if db is None:
        return []
    key = latin_key(incomplete) if is_latin(incomplete) else fold(incomplete)
    rows = db.execute(
        "SELECT r.name, r.file <> 'gazetteer' OR EXISTS (SELECT 1 FROM region_tree t JOIN fact f "
        "ON f.region = t.region WHERE t.ancestor = r.id) FROM place_key k JOIN region r ON r.id = k.region "
        "WHERE k.key LIKE ? ESCAPE '\\' GROUP BY r.id ORDER BY min(k.rank), r.depth, r.file, r.pos",
        (like_escape(key) + "%",),
    ).fetchall()
    known = [name for name, ours in rows if ours]
    return (known or [name for name, _ in rows])[:LIMIT]


def indicators(ctx: Any, incomplete: str) -> list[str]:
    """Indicator names that start with (or else contain) the text typed."""
    db = _db(ctx)
    if db is None:
        return []
    text = fold(incomplete)
    rows = db.execute(
        "SELECT l.text FROM label l WHERE l.id IN (SELECT label FROM fact WHERE kind = 'indicator') "
        "AND (instr(l.norm, ?1) > 0 OR instr(l.pinyin, ?2) = 1) "
        "ORDER BY instr(l.norm, ?1) <> 1, length(l.text), l.text LIMIT ?3",
        (text, latin_key(incomplete) or "\x00", LIMIT),
    )
    return [name for (name,) in rows]
