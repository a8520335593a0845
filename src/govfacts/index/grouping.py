"""Figures: the statements of several pages (or one) that state the same fact, grouped.

A fact's *group* is its kind, place, folded name and, for an indicator, its unit and
measure (`grp`, a hash computed when the file is read). Programs and honours of a group
are one figure. Indicators of a group are split by what they say of their period and
their basis: each distinct (period, basis) that no other refines is a figure; a
statement that leaves one of them unstated joins the one figure it fits, and stands
alone when it fits several. Two different stated bases never share a figure, nor two
different stated periods.

A period is told by its end, and by its start only where it runs over more than one
calendar year (`pspan`): 2025年 and 截至2025年底 (2025-12) state the same year's figure,
五年来 (2021/2025) another. So a five-year average never joins the 2025 growth.

Each figure that more than one statement makes stores how many statements and pages
state it, and whether their values differ (the figure table); every statement names its
figure (fact.figure, indexed), and the others are listed only when a result is shown.

A statement's figure mostly follows from the statement alone (first_figure): a program's
or honour's is its group's, an indicator's that states its period and its basis is
that key's. Only an indicator that leaves one unstated waits for its group: it is written
PENDING and its group worked out. An update works out the groups it touched reading only
the index on (grp, pend, pspan, basis, figure): a statement's figure follows from its group's
distinct keys, so only the statements whose figure changes are written, and only the
figures that gained or lost a statement are counted again. Editing one file of a base
whose groups hold hundreds of statements each costs what that file holds, not what its
groups hold; a fresh build counts every figure in one scan.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence

from govfacts.agreement import all_agree, bounds
from govfacts.index.ddl import path_of_field
from govfacts.sql import select_in
from govfacts.text import fold

Key = tuple[str | None, str | None]  # (period, basis): the period as period_key() gives it

# Quotation marks around a name do not make it another program: “南孔有礼解纷” is 南孔有礼解纷.
_QUOTES = str.maketrans("", "", "“”‘’「」『』\"'《》")

# The figure a new fact row is written with until its group is worked out: wider than any
# figure number (48 bits), so that setting the real one never makes the row longer, which
# would split the table's pages and leave them half empty.
PENDING = 1 << 62


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


def span_start(pstart: str | None, pend: str | None) -> str | None:
    """What the fact table stores of a period's start (`pspan`): the start of a period that
    runs over more than one calendar year, else None (its end says it all)."""
    if pstart is None or pend is None or pstart[:4] == pend[:4]:
        return None
    return pstart


def stored_key(pend: str | None, pspan: str | None) -> str | None:
    """A period as figures tell it apart, from the fact table's pend and pspan."""
    return pend if pspan is None else f"{pspan}/{pend}"


def period_key(pstart: str | None, pend: str | None) -> str | None:
    """A period as figures tell it apart: its end ('2025-12'), or its start and end where it runs
    over more than one calendar year ('2021-01/2025-12'); None when unstated."""
    return stored_key(pend, span_start(pstart, pend))


def _refines(a: Key, b: Key) -> bool:
    """Whether key `a` says all that `b` says (and maybe more)."""
    return all(y is None or x == y for x, y in zip(a, b, strict=True))


def fitting(keys: Collection[Key]) -> dict[Key, Key | None]:
    """For each distinct key of a group, the one figure's key it fits, or None when it fits several.

    The figures' keys are those no other key refines (`_refines`). A key that states both
    its period and its basis is one of them; one that leaves either unstated fits the
    figures' keys that agree with what it states. Linear in the number of keys.
    """
    full = {k for k in keys if k[0] is not None and k[1] is not None}
    stated_ends = {p for p, _ in full}
    stated_bases = {b for _, b in full}
    tops = [
        k
        for k in keys
        if k in full
        or (k[0] is not None and k[0] not in stated_ends)
        or (k[1] is not None and k[1] not in stated_bases)
        or (k == (None, None) and len(keys) == 1)
    ]
    by_end: dict[str, list[Key]] = {}
    by_basis: dict[str, list[Key]] = {}
    for top in tops:
        if top[0] is not None:
            by_end.setdefault(top[0], []).append(top)
        if top[1] is not None:
            by_basis.setdefault(top[1], []).append(top)
    found: dict[Key, Key | None] = {}
    for key in keys:
        end, basis = key
        if end is not None and basis is not None:
            fits = [key]
        elif end is not None:
            fits = by_end[end]
        elif basis is not None:
            fits = by_basis[basis]
        else:
            fits = tops
        found[key] = fits[0] if len(fits) == 1 else None
    return found


def _figure(group: int, fit: Key | None, ident: str) -> int:
    """An indicator's figure, from the key it fits (None: it stands alone)."""
    return figure_id(group, *fit) if fit is not None else figure_id(group, "alone", ident)


def assign(group: int, statements: Sequence[tuple[int, str, str | None, str | None]]) -> Iterator[tuple[int, int]]:
    """(figure, seq) for indicator statements (seq, id, period key, basis) of one group."""
    fits = fitting({(pend, basis) for _, _, pend, basis in statements})
    numbers = {fit: figure_id(group, *fit) for fit in fits.values() if fit is not None}
    for seq, ident, pend, basis in statements:
        fit = fits[(pend, basis)]
        yield (numbers[fit] if fit is not None else figure_id(group, "alone", ident)), seq


def first_figure(group: int, kind: str, period: str | None, basis: str | None) -> int:
    """The figure a statement has whatever else its group holds, or PENDING when that decides it.

    Programs and honours are one figure per group. An indicator that states both its
    period (period_key) and its basis is the figure of that key: no other key refines it.
    Only an indicator that leaves one of them unstated waits for its group (regroup).
    """
    if kind != "indicator":
        return figure_id(group)
    if period is not None and basis is not None:
        return figure_id(group, period, basis)
    return PENDING


def regroup(db: sqlite3.Connection, groups: Iterable[int], counted: Iterable[int] = (), every: bool = False) -> None:
    """Work out the figures of these groups again (and of any group with a pending statement),
    then count again the figures that changed, or with `every` all of them in one scan.

    New statements come with their first_figure(). `counted` are the figures that gained or
    lost statements since: those of the new statements and of the removed ones.
    """
    db.create_aggregate("differ", 3, _Differ)  # type: ignore[arg-type]  # typeshed wants finalize() -> a value, not Optional
    pending = {g for (g,) in db.execute("SELECT DISTINCT grp FROM fact WHERE figure = ?", (PENDING,))}
    affected = _assign(db, sorted(pending.union(groups)))
    if every:
        db.execute("DELETE FROM figure")
        db.execute(f"INSERT INTO figure {_COUNTS.format(table='fact NOT INDEXED', where='')}")
    else:
        affected |= set(counted)
        _count(db, sorted(f for f in affected if f is not None and f != PENDING))


class _Differ:
    """SQL aggregate differ(value, qualifier, value_high): 1 when no one number fits every
    statement of a figure (突破4000亿元 and 4211亿元 agree), else 0."""

    def __init__(self) -> None:
        self.stated: list = []

    def step(self, value: float | None, qualifier: str | None, high: float | None) -> None:
        self.stated.append(bounds(value, qualifier, high))

    def finalize(self) -> int:
        return int(not all_agree(self.stated))


_QUALIFIER = f"json_extract(data, '{path_of_field('indicator', 'qualifier')}')"
_HIGH = f"json_extract(data, '{path_of_field('indicator', 'value_high')}')"
# How many statements and pages each figure has, and whether its values differ: the shared ones.
_COUNTS = (
    "SELECT figure, min(grp), count(*), count(DISTINCT source), "
    f"CASE WHEN min(kind) = 'indicator' THEN differ(value, {_QUALIFIER}, {_HIGH}) ELSE 0 END "
    "FROM {table} {where} GROUP BY figure HAVING count(*) > 1"
)
# The statements of a group that have one key and one figure (the first from the index alone).
_SAME = "SELECT seq FROM fact WHERE grp = ? AND pend IS ? AND pspan IS ? AND basis IS ? AND figure IS ?"
_ALONE = "SELECT seq, id FROM fact WHERE grp = ? AND pend IS ? AND pspan IS ? AND basis IS ? AND figure IS ?"


def _assign(db: sqlite3.Connection, groups: Sequence[int]) -> set[int | None]:
    """Give the statements of these groups whose figure changed the new one; return the figures
    they left and joined. Reads the index on (grp, pend, pspan, basis, figure), and a statement's row
    only when it changes or stands alone."""
    changed: list[tuple[int, int]] = []  # (figure, seq)
    affected: set[int | None] = set()
    kinds = _kinds(db, groups)
    combos: dict[int, list[tuple[str | None, str | None, str | None, int | None]]] = {}
    sql = (
        "SELECT grp, pend, pspan, basis, figure FROM fact WHERE grp IN ({marks}) "
        "GROUP BY grp, pend, pspan, basis, figure"
    )
    for grp, pend, pspan, basis, figure in select_in(db, sql, groups):
        combos.setdefault(grp, []).append((pend, pspan, basis, figure))
    for grp, found in combos.items():
        indicator = kinds.get(grp) == "indicator"
        fits = fitting({(stored_key(pend, pspan), basis) for pend, pspan, basis, _ in found}) if indicator else {}
        for pend, pspan, basis, figure in found:
            fit = fits.get((stored_key(pend, pspan), basis)) if indicator else None
            if indicator and fit is None:  # stands alone: a figure of its own id
                for seq, ident in db.execute(_ALONE, (grp, pend, pspan, basis, figure)).fetchall():
                    new = figure_id(grp, "alone", ident)
                    if new != figure:
                        changed.append((new, seq))
                        affected.update((figure, new))
                continue
            new = figure_id(grp, *fit) if fit is not None else figure_id(grp)
            if new != figure:
                rows = db.execute(_SAME, (grp, pend, pspan, basis, figure)).fetchall()
                changed.extend((new, seq) for (seq,) in rows)
                affected.update((figure, new))
    db.executemany("UPDATE fact SET figure = ? WHERE seq = ?", changed)
    return affected


def _kinds(db: sqlite3.Connection, groups: Sequence[int]) -> dict[int, str]:
    """The kind of fact of each group that still has statements."""
    found = {}
    for grp in groups:
        row = db.execute("SELECT kind FROM fact WHERE grp = ? LIMIT 1", (grp,)).fetchone()
        if row:
            found[grp] = row[0]
    return found


def _count(db: sqlite3.Connection, figures: Sequence[int]) -> None:
    """Count again the statements and pages of these figures; the figure table keeps the shared ones."""
    shared = list(select_in(db, _COUNTS.format(table="fact", where="WHERE figure IN ({marks})"), figures))
    for start in range(0, len(figures), CHUNK):
        part = figures[start : start + CHUNK]
        db.execute(f"DELETE FROM figure WHERE id IN ({','.join('?' * len(part))})", part)
    db.executemany("INSERT INTO figure VALUES (?, ?, ?, ?, ?)", shared)


# Values looked up at once in an IN list.
CHUNK = 500


def groups_of(db: sqlite3.Connection, file: str) -> set[int]:
    """The groups of one file's facts."""
    return {g for (g,) in db.execute("SELECT DISTINCT grp FROM fact WHERE file = ?", (file,))}


def figures_of(db: sqlite3.Connection, file: str) -> set[int]:
    """The figures of one file's facts."""
    return {f for (f,) in db.execute("SELECT DISTINCT figure FROM fact WHERE file = ?", (file,))}
