"""Figures: the statements of several pages (or one) that state the same fact, grouped.

A fact's *group* is its kind, place, folded name and, for an indicator, its unit and
measure (`grp`, a hash computed when the file is read). Programs and honours of a group
are one figure. Indicators of a group are split by what they say of their period's end
and their basis: each distinct (period end, basis) that no other refines is a figure; a
statement that leaves one of them unstated joins the one figure it fits, and stands
alone when it fits several. Two different stated bases never share a figure.

Only the groups an update touched are worked out again: one pass over their members.
Each figure that more than one statement makes stores how many statements and pages
state it, and whether their values differ (the figure table); every statement names its
figure (fact.figure, indexed), and the others are listed only when a result is shown.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

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
    """Work out the figures of these groups again (None: of every group, in one scan).

    The figure of each statement is first written to a temporary table and set on the
    facts in one UPDATE at the end, so no statement is written under a scan of its table.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS new_figure(seq INTEGER PRIMARY KEY, figure INT)")
    db.execute("DELETE FROM new_figure")
    sql = "SELECT grp, seq, id, kind, pend, basis, value, source FROM fact"
    if groups is None:
        db.execute("DELETE FROM figure")
        _store(db, db.execute(sql + " ORDER BY grp"))
    else:
        chosen = sorted(set(groups))
        for part in _chunks(chosen, CHUNK):
            marks = ",".join("?" * len(part))
            db.execute(f"DELETE FROM figure WHERE grp IN ({marks})", part)
            _store(db, db.execute(f"{sql} WHERE grp IN ({marks}) ORDER BY grp", part).fetchall())
    db.execute(
        "UPDATE fact SET figure = (SELECT n.figure FROM new_figure n WHERE n.seq = fact.seq) "
        "WHERE seq IN (SELECT seq FROM new_figure)"
    )
    db.execute("DELETE FROM new_figure")


# Groups looked up at once when only some are worked out again.
CHUNK = 500


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _store(db: sqlite3.Connection, rows: Iterable[tuple]) -> None:
    """Assign figures to rows sorted by group; write them to new_figure and the figure table in batches."""
    assigned: list[tuple[int, int]] = []
    figures: list[tuple[int, int, int, int, int]] = []
    current: list[tuple] = []
    for row in rows:
        if current and row[0] != current[0][0]:
            _one_group(current, assigned, figures)
            current = []
            if len(assigned) >= 20_000:
                _flush(db, assigned, figures)
        current.append(row)
    if current:
        _one_group(current, assigned, figures)
    _flush(db, assigned, figures)


def _flush(db: sqlite3.Connection, assigned: list, figures: list) -> None:
    db.executemany("INSERT OR REPLACE INTO new_figure VALUES (?, ?)", assigned)
    db.executemany("INSERT OR REPLACE INTO figure VALUES (?, ?, ?, ?, ?)", figures)
    assigned.clear()
    figures.clear()


def _one_group(rows: list[tuple], assigned: list, figures: list) -> None:
    group, kind = rows[0][0], rows[0][3]
    if len(rows) == 1:  # most groups: one statement, its own figure (the figure table lists only shared ones)
        _, seq, _, _, pend, basis, _, _ = rows[0]
        assigned.append((seq, figure_id(group, pend, basis) if kind == "indicator" else figure_id(group)))
        return
    if kind == "indicator":
        by_seq = {seq: fig for fig, seq in assign(group, [(r[1], r[2], r[4], r[5]) for r in rows])}
    else:
        one = figure_id(group)
        by_seq = {r[1]: one for r in rows}
    members: dict[int, list[tuple]] = {}
    for r in rows:
        members.setdefault(by_seq[r[1]], []).append(r)
    for fig, rs in members.items():
        if len(rs) > 1:
            differs = len({r[6] for r in rs}) > 1 if kind == "indicator" else False
            figures.append((fig, group, len(rs), len({r[7] for r in rs}), int(differs)))
    assigned.extend(by_seq.items())


def groups_of(db: sqlite3.Connection, file: str) -> set[int]:
    """The groups of one file's facts."""
    return {g for (g,) in db.execute("SELECT DISTINCT grp FROM fact WHERE file = ?", (file,))}
