"""Completing what a user is typing: place names and indicator names that begin with it.

Each is one prefix query over an index that is already fresh in the usual case, so that a
shell's Tab stays quick.
"""

from __future__ import annotations

import sqlite3

from govfacts.text import fold, is_latin, latin_key, like_escape

LIMIT = 50


def place_names(db: sqlite3.Connection, incomplete: str, limit: int = LIMIT) -> list[str]:
    """Full names of the places whose name, short form, alias or pinyin starts with the text typed:
    those the base declares or holds facts about, or, when none of those fits, any place of China."""
    key = latin_key(incomplete) if is_latin(incomplete) else fold(incomplete)
    rows = db.execute(
        "SELECT r.name, r.file <> 'gazetteer' OR EXISTS (SELECT 1 FROM region_tree t JOIN fact f "
        "ON f.region = t.region WHERE t.ancestor = r.id) FROM place_key k JOIN region r ON r.id = k.region "
        "WHERE k.key LIKE ? ESCAPE '\\' GROUP BY r.id ORDER BY min(k.rank), r.depth, r.file, r.pos",
        (like_escape(key) + "%",),
    ).fetchall()
    known = [name for name, ours in rows if ours]
    return (known or [name for name, _ in rows])[:limit]


def indicator_names(db: sqlite3.Connection, incomplete: str, limit: int = LIMIT) -> list[str]:
    """Indicator names that start with (or else contain) the text typed."""
    text = fold(incomplete)
    rows = db.execute(
        "SELECT l.text FROM label l WHERE l.id IN (SELECT label FROM fact WHERE kind = 'indicator') "
        "AND (instr(l.norm, ?1) > 0 OR instr(l.pinyin, ?2) = 1) "
        "ORDER BY instr(l.norm, ?1) <> 1, length(l.text), l.text LIMIT ?3",
        (text, latin_key(incomplete) or "\x00", limit),
    )
    return [name for (name,) in rows]


def ids_in_use(db: sqlite3.Connection) -> set[str]:
    """Every id the base gives a fact, a source or a place: ids a new draft must avoid."""
    return {row[0] for row in db.execute("SELECT id FROM fact UNION SELECT id FROM source UNION SELECT id FROM region")}


def region_rows(db: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """Every place of the base as (id, name, parent id): what a draft's places are matched to."""
    return [(i, n, p) for i, n, p in db.execute("SELECT id, name, parent FROM region")]
