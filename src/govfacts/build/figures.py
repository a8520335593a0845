"""Figures: the statements of several pages (or one) that state the same fact, grouped.

A fact's *group* is its kind, place, folded name and, for an indicator, its unit and
measure (`grp`, a hash computed when the file is read). Programs and honours of a group
are one figure. Indicators of a group are split by what they say of their period's end
and their basis: each distinct (period end, basis) that no other refines is a figure; a
statement that leaves one of them unstated joins the one figure it fits, and stands
alone when it fits several. Two different stated bases never share a figure.

Only the groups an update touched are worked out again: one pass over their members.
Each figure stores how many statements and pages state it, and whether their values
differ; the statements are listed only when a result is shown (fact.figure is indexed).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from govfacts.sql import select_in
from govfacts.text import fold

Key = tuple[str | None, str | None]  # (period end, basis)

# Quotation marks around a name do not make it another program: “南孔有礼解纷” is 南孔有礼解纷.
_QUOTES = str.maketrans("", "", "“”‘’「」『』\"'《》")


def fold_name(name: str) -> str:
    """A fact's name as its group knows it: folded, without quotation marks."""
    return fold(name).translate(_QUOTES)


def group_of(kind: str, region: str, folded_name: str, shape: str | None) -> int:
    """The group a fact belongs to, as a signed 64-bit integer (stable across builds)."""
    text = "\x1f".join((kind, region, folded_name, shape or ""))
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def figure_id(group: int, *parts: str | None) -> int:
    """A figure's number: 48 bits of a hash of its group and what sets it apart."""
    text = "\x1f".join([str(group), *(p or "" for p in parts)])
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=6).digest(), "big")


def _refines(a: Key, b: Key) -> bool:
    """Whether key `a` says all that `b` says (and maybe more)."""
    return all(y is None or x == y for x, y in zip(a, b, strict=True))


def assign(group: int, statements: Sequence[tuple[int, str, str | None, str | None]]) -> Iterator[tuple[int, int]]:
    """(figure, seq) for indicator statements (seq, id, period end, basis) of one group."""
    keys = {(pend, basis) for _, _, pend, basis in statements}
    tops = [k for k in keys if not any(o != k and _refines(o, k) for o in keys)]
    for seq, ident, pend, basis in statements:
        fits = [t for t in tops if _refines(t, (pend, basis))]
        if len(fits) == 1:
            yield figure_id(group, *fits[0]), seq
        else:  # fits several figures: it stands alone
            yield figure_id(group, "alone", ident), seq


def regroup(db: sqlite3.Connection, groups: Iterable[int] | None = None) -> None:
    """Work out the figures of these groups again (None: of every group).

    Groups are read a chunk at a time, each chunk whole before its figures are written,
    so no statement is updated under a scan of its own table.
    """
    if groups is None:
        db.execute("DELETE FROM figure")
        chosen = [g for (g,) in db.execute("SELECT DISTINCT grp FROM fact")]
    else:
        chosen = sorted(set(groups))
        for part in _chunks(chosen, CHUNK):
            db.execute(f"DELETE FROM figure WHERE grp IN ({','.join('?' * len(part))})", part)
    sql = "SELECT grp, seq, id, kind, pend, basis, value, source FROM fact WHERE grp IN ({marks}) ORDER BY grp"
    for part in _chunks(chosen, CHUNK):
        updates: list[tuple[int, int]] = []
        figures: list[tuple[int, int, int, int, int]] = []
        rows = list(select_in(db, sql, part))
        start = 0
        for end in range(1, len(rows) + 1):
            if end == len(rows) or rows[end][0] != rows[start][0]:
                _one_group(rows[start:end], updates, figures)
                start = end
        db.executemany("UPDATE fact SET figure = ? WHERE seq = ?", updates)
        db.executemany("INSERT OR REPLACE INTO figure VALUES (?, ?, ?, ?, ?)", figures)


# Groups read at once: bounded by SQLite's parameter limit, and by memory at a million facts.
CHUNK = 500


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _one_group(rows: list[tuple], updates: list, figures: list) -> None:
    group, kind = rows[0][0], rows[0][3]
    if kind == "indicator":
        assigned = dict((seq, fig) for fig, seq in assign(group, [(r[1], r[2], r[4], r[5]) for r in rows]))
    else:
        one = figure_id(group)
        assigned = {r[1]: one for r in rows}
    members: dict[int, list[tuple]] = {}
    for r in rows:
        members.setdefault(assigned[r[1]], []).append(r)
    for fig, rs in members.items():
        differs = len({r[6] for r in rs}) > 1 if kind == "indicator" else False
        figures.append((fig, group, len(rs), len({r[7] for r in rs}), int(differs)))
    updates.extend((fig, seq) for seq, fig in assigned.items())


def groups_of(db: sqlite3.Connection, file: str) -> set[int]:
    """The groups of one file's facts."""
    return {g for (g,) in db.execute("SELECT DISTINCT grp FROM fact WHERE file = ?", (file,))}
