"""What only the whole base can judge: ids used twice, references to missing entries, region cycles.

The checks run as SQL over the index's rows; the line and column of an offending entry
are found (by reading its file again) only when there is a problem to report.
"""

from __future__ import annotations

import sqlite3

from govfacts.i18n import _
from govfacts.index.ddl import path_of_field
from govfacts.index.load import EntryLocations
from govfacts.index.regions import cycle_problems
from govfacts.index.validate import message, suggest
from govfacts.schema import FIELD_MAP
from govfacts.sql import select_in

ALL_ENTRIES = (
    "SELECT id, 'source' AS kind, file, pos, nth FROM source UNION ALL "
    "SELECT id, 'region', file, pos, nth FROM region UNION ALL "
    "SELECT id, kind, file, pos, nth FROM fact"
)


def problems(db: sqlite3.Connection, where: EntryLocations, only: list[str] | None, cycles: bool) -> list[str]:
    """Every link problem of the base; with `only` (file keys), ids and references in those files alone."""
    found = cycle_problems(db, where, where.path) if cycles else []
    return found + duplicates(db, where, only) + references(db, where, only)


def _in_files(only: list[str] | None, column: str = "file") -> tuple[str, list[str]]:
    """A WHERE clause limiting rows to some files, or nothing."""
    if only is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(only))})", list(only)


def duplicates(db: sqlite3.Connection, where: EntryLocations, only: list[str] | None = None) -> list[str]:
    """An id used twice, anywhere in the base: each later use is a problem."""
    if only is None:  # the whole base: one pass over the id index
        sql, args = "SELECT id FROM fact GROUP BY id HAVING count(*) > 1", list[str]()
    else:
        clause, args = _in_files(only, "f.file")
        sql = f"SELECT f.id FROM fact f WHERE (SELECT count(*) FROM fact g WHERE g.id = f.id) > 1 {clause}"
    doubled = {i for (i,) in db.execute(sql, args)}
    doubled.update(
        i
        for (i,) in db.execute(
            "SELECT id FROM (SELECT id FROM source UNION ALL SELECT id FROM region) GROUP BY id "
            "HAVING count(*) > 1 OR id IN (SELECT id FROM fact)"
        )
    )
    found = []
    for ident in sorted(doubled):
        uses = db.execute(
            f"SELECT kind, file, nth FROM ({ALL_ENTRIES}) WHERE id = ? ORDER BY file, pos", (ident,)
        ).fetchall()
        first_kind, first_file, first_nth = uses[0]
        first = where(first_file, first_kind, first_nth, "id")
        first_at = f"{where.path(first_file)}:{first[0]}" if first else where.path(first_file)
        for kind, file, nth in uses[1:]:
            found.append(
                message(
                    where.path(file),
                    where(file, kind, nth, "id"),
                    f"{kind} {ident!r}: ",
                    "id: "
                    + _("duplicate id, first used by a {kind} at {place}").format(
                        kind=first_kind, place=first_at
                    ),
                )
            )
    return found


HOLDER = path_of_field("honour", "holder")
# Each reference: the field, the distinct targets used (limited to some files where the
# query allows it), the ids that exist, and the entries that use a given target.
REFERENCES = (
    (
        "region",
        "SELECT DISTINCT region FROM fact WHERE 1",
        "SELECT DISTINCT id FROM region UNION SELECT alias FROM region_alias",
        "SELECT kind, id, file, nth FROM fact WHERE region = ? ORDER BY file, pos",
    ),
    (
        "source",
        "SELECT DISTINCT source FROM fact WHERE 1",
        "SELECT DISTINCT id FROM source",
        "SELECT kind, id, file, nth FROM fact WHERE source = ? ORDER BY file, pos",
    ),
    (
        "parent",
        None,
        "SELECT DISTINCT id FROM region UNION SELECT alias FROM region_alias",
        "SELECT 'region', id, file, nth FROM region WHERE parent = ? ORDER BY file, pos",
    ),
    (
        "holder",
        f"SELECT DISTINCT json_extract(data, '{HOLDER}') FROM fact WHERE kind = 'honour' "
        f"AND json_extract(data, '{HOLDER}') IS NOT NULL",
        None,
        f"SELECT kind, id, file, nth FROM fact WHERE kind = 'honour' AND json_extract(data, '{HOLDER}') = ? "
        "ORDER BY file, pos",
    ),
)


def _targets(db: sqlite3.Connection, field: str, distinct: str | None, only: list[str] | None) -> list[str]:
    if distinct is None:  # a region's parent: every region is checked, the tree spans files
        return [t for (t,) in db.execute("SELECT DISTINCT parent FROM region WHERE parent IS NOT NULL")]
    clause, args = _in_files(only)
    return [t for (t,) in db.execute(distinct + clause, args)]


def references(db: sqlite3.Connection, where: EntryLocations, only: list[str] | None = None) -> list[str]:
    """Each reference to a region, source, parent region or program that does not exist."""
    found = []
    for field, distinct, existing, offenders in REFERENCES:
        targets = _targets(db, field, distinct, only)
        if existing is not None:
            known = [k for (k,) in db.execute(existing)]
            suggestions = known
        else:  # a holder must be a program: look up only the targets
            sql = "SELECT id FROM fact WHERE kind = 'program' AND id IN ({marks})"
            known = [i for (i,) in select_in(db, sql, targets)]
            suggestions = []
        have = set(known)
        for target in sorted(t for t in targets if t not in have):
            for kind, ident, file, nth in db.execute(offenders, (target,)):
                ref_kind = FIELD_MAP[kind][field].ref
                found.append(
                    message(
                        where.path(file),
                        where(file, kind, nth, field),
                        f"{kind} {ident!r}: ",
                        f"{field}: "
                        + _("no {kind} with id {id}").format(kind=ref_kind, id=repr(target))
                        + suggest(target, suggestions),
                    )
                )
    return found
