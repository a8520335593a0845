"""Bringing an index up to date with the files of a fact base.

Every row remembers the file it came from (`file`, its key: the path below the base's
folder), its place among the file's entries (`pos`) and among the entries of its kind
(`nth`, which finds its line again when a problem is reported). So an update reads again
only the files that were added or changed, drops the rows of those that changed or went
away, and then works out again what spans files: the region tree, search keys,
conflicting figures and link problems.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from govfacts.i18n import _, language
from govfacts.index import ddl, gazetteer, grouping, links, pages
from govfacts.index.ddl import dump
from govfacts.index.inputs import GAZETTEER, Files
from govfacts.index.load import EntryLocations
from govfacts.index.parse import Progress, parse_all
from govfacts.sql import select_in

# A fresh load of this many files or more drops the fact indexes and builds them after the rows.
BULK_FILES = 50


@dataclass
class Plan:
    """What an update does: the files whose rows go, the files read again, and what that touches."""

    gone: list[str]
    fresh: list[str]
    # ids that other entries may refer to and that left with the gone files' rows
    referable: list[tuple[str, str]] = field(default_factory=list)
    # whether the base had no base-wide problem before: then only the new rows need link checks
    sound: bool = False


def plan(db: sqlite3.Connection, files: Files) -> Plan:
    """Compare the files with the ones the index was built from."""
    known = dict(db.execute("SELECT path, stamp FROM file"))
    gone = [k for k in known if files.stamps.get(k) != known[k]]
    fresh = [k for k in sorted(files.stamps) if known.get(k) != files.stamps[k]]
    sound = bool(known) and not any(db.execute("SELECT 1 FROM problem WHERE file IS NULL"))
    referable: list[tuple[str, str]] = []
    if sound and gone:
        marks = ",".join("?" * len(gone))
        referable = db.execute(
            f"SELECT 'source', id FROM source WHERE file IN ({marks}) UNION ALL "
            f"SELECT 'region', id FROM region WHERE file IN ({marks}) UNION ALL "
            f"SELECT 'fact', id FROM fact WHERE kind = 'program' AND file IN ({marks})",
            gone * 3,
        ).fetchall()
    return Plan(gone, fresh, referable, sound)


def update(db: sqlite3.Connection, files: Files, progress: Progress | None = None) -> None:
    """Bring an index (new and empty, or older) up to date with `files`; the caller commits."""
    todo = plan(db, files)
    regions_went = _has_regions(db, todo.gone)
    touched, counted = drop(db, todo.gone)
    bulk = len(todo.fresh) >= BULK_FILES and not any(db.execute("SELECT 1 FROM fact LIMIT 1"))
    if bulk:
        ddl.drop_bulk_indexes(db)
    chars: set[str] = set()
    changed_pages = pages.changed(db)
    for key, rows, problems, keys in parse_all([files.paths[k] for k in todo.fresh], todo.fresh, progress):
        db.executemany("INSERT INTO problem(file, message) VALUES (?, ?)", [(key, m) for m in problems])
        groups, gained = insert(db, rows, keys)
        touched |= groups
        counted |= gained
        for folded, *_keys in keys.values():
            chars.update(folded)
    if bulk:
        ddl.make_bulk_indexes(db)
    db.execute("DELETE FROM file")
    db.executemany("INSERT INTO file VALUES (?, ?)", sorted(files.stamps.items()))
    db.execute("INSERT OR REPLACE INTO meta VALUES ('layers', ?)", (dump(files.labels),))
    # the problems are stored in the language of this run: factbase builds again for another
    db.execute("INSERT OR REPLACE INTO meta VALUES ('language', ?)", (language(),))
    regions_changed = (
        regions_went
        or _has_regions(db, todo.fresh)
        or not any(db.execute("SELECT 1 FROM region WHERE file = ? LIMIT 1", (gazetteer.FILE,)))
    )
    if regions_changed:
        from govfacts.index.regions import compute_tree

        moved = gazetteer.unify(db)
        compute_tree(db)
    else:
        moved = gazetteer.point_facts(db, everywhere=False)
    touched |= moved
    # links need checking only in the new rows when the base was sound and all it referred to is back
    back = todo.sound and all(
        any(db.execute(f"SELECT 1 FROM {table} WHERE id = ? LIMIT 1", (ident,))) for table, ident in todo.referable
    )
    found = [_("no fact-base files (*.toml) found")] if not files.stamps else []
    where = EntryLocations(files.roots)
    found += links.problems(db, where, todo.fresh if back else None, cycles=True)
    db.execute("DELETE FROM problem WHERE file IS NULL")
    db.executemany("INSERT INTO problem(file, message) VALUES (NULL, ?)", [(p,) for p in found])
    _check_pages(db, where, todo.fresh, changed_pages)
    _charmap(db, chars)
    # a fresh load counts every figure in one scan: its new facts came with their figures
    grouping.regroup(db, moved, counted, every=True) if bulk else grouping.regroup(db, touched, counted)


def _has_regions(db: sqlite3.Connection, keys: list[str]) -> bool:
    """Whether any of these files declares a region."""
    return any(any(db.execute("SELECT 1 FROM region WHERE file = ? LIMIT 1", (k,))) for k in keys)


def drop(db: sqlite3.Connection, keys: Iterable[str]) -> tuple[set[int], set[int]]:
    """Remove every row that came from these files; return the groups and the figures of their facts."""
    touched: set[int] = set()
    left: set[int] = set()
    for key in keys:
        touched |= grouping.groups_of(db, key)
        left |= grouping.figures_of(db, key)
        db.execute("DELETE FROM page_problem WHERE fact IN (SELECT seq FROM fact WHERE file = ?)", (key,))
        db.execute("DELETE FROM page_problem WHERE source IN (SELECT id FROM source WHERE file = ?)", (key,))
        db.execute("DELETE FROM fact_tag WHERE fact IN (SELECT seq FROM fact WHERE file = ?)", (key,))
        for table in ("fact", "source", "region", "term", "problem"):
            db.execute(f"DELETE FROM {table} WHERE file = ?", (key,))
    return touched, left


def _labels(db: sqlite3.Connection, keys: dict[str, tuple[str, str, str]]) -> dict[str, int]:
    """Ids of fact names and tags, adding (with their pinyin) the ones not seen before."""
    texts = sorted(keys)
    sql = "SELECT text, id FROM label WHERE text IN ({marks})"
    found = dict(select_in(db, sql, texts))
    new = [t for t in texts if t not in found]
    if new:
        db.executemany(
            "INSERT INTO label(text, norm, pinyin, initials) VALUES (?, ?, ?, ?)", [(t, *keys[t]) for t in new]
        )
        found.update(select_in(db, sql, new))
    return found


def insert(db: sqlite3.Connection, rows: dict[str, list], keys: dict) -> tuple[set[int], set[int]]:
    """Insert one file's rows (from parse_one); return the groups and the figures of facts they add to."""
    if not rows:
        return set(), set()
    labels = _labels(db, keys) if keys else {}
    db.executemany(
        "INSERT INTO source(id, title, date, data, file, pos, nth, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows["source"],
    )
    db.executemany(
        "INSERT INTO region(id, name, level, parent, data, file, pos, nth) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows["region"],
    )
    db.executemany("INSERT INTO term VALUES (?, ?, ?)", rows["term"])
    facts = rows["fact"]
    if not facts:
        return set(), set()
    (first,) = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM fact").fetchone()
    db.executemany(
        "INSERT INTO fact(seq, id, kind, region, label, source, pstart, pend, value, shape, basis, data, "
        "file, pos, nth, grp, figure_problem, figure, pspan) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(first + i, r[0], r[1], r[2], labels[r[3]], *r[4:17], r[18]) for i, r in enumerate(facts)],
    )
    db.executemany(
        "INSERT OR IGNORE INTO fact_tag VALUES (?, ?)",
        [(labels[t], first + i) for i, r in enumerate(facts) for t in r[17]],
    )
    # which kinds of fact each name and tag is used by (a superset once files go: harmless)
    db.executemany(
        "INSERT OR IGNORE INTO label_kind VALUES (?, ?)",
        {(r[1], labels[t]) for r in facts for t in (r[3], *r[17])},
    )
    return {r[14] for r in facts}, {r[16] for r in facts}


def _check_pages(db: sqlite3.Connection, where: EntryLocations, fresh: list[str], changed: set[str]) -> None:
    """Check again the quotes and figures that the files read again or the changed pages touch."""
    if not any(db.execute("SELECT 1 FROM source WHERE page IS NOT NULL UNION ALL SELECT 1 FROM page_problem LIMIT 1")):
        pages.remember(db)  # no page to check a quote against, and no problem of one to clear
        return
    found = pages.check(db, where, fresh, changed)
    sources, facts = pages.rechecked(db)
    if any(db.execute("SELECT 1 FROM page_problem LIMIT 1")):
        db.execute(f"DELETE FROM page_problem WHERE fact IS NOT NULL AND fact IN (SELECT seq FROM fact WHERE {facts})")
    db.executemany("DELETE FROM page_problem WHERE source = ?", [(s,) for s in sources])
    db.executemany("INSERT INTO page_problem(fact, source, message) VALUES (?, ?, ?)", found)
    pages.remember(db)


def _charmap(db: sqlite3.Connection, chars: set[str]) -> None:
    """Traditional forms of the characters of new names and of every place and term, mapped back."""
    from govfacts.index.gazetteer import shipped_charmap
    from govfacts.index.names import traditional_map

    if not any(db.execute("SELECT 1 FROM charmap LIMIT 1")):  # a new index: the gazetteer's, made once
        shipped = shipped_charmap()
        db.executemany("INSERT OR IGNORE INTO charmap VALUES (?, ?)", shipped)
        db.executemany("INSERT OR IGNORE INTO char_seen VALUES (?)", [(s,) for _, s in shipped])
        db.executemany("INSERT OR IGNORE INTO char_seen VALUES (?)", [(t,) for t, _ in shipped])
    for (text,) in db.execute(
        "SELECT key FROM place_key WHERE region IN (SELECT id FROM region WHERE file <> ?) "
        "UNION SELECT name FROM term UNION SELECT alias FROM term",
        (GAZETTEER,),
    ):
        chars.update(text)
    seen = {c for (c,) in db.execute("SELECT ch FROM char_seen")}
    new = sorted(c for c in chars if c not in seen and not c.isascii())
    if new:
        db.executemany("INSERT OR IGNORE INTO charmap VALUES (?, ?)", sorted(traditional_map(new).items()))
        db.executemany("INSERT OR IGNORE INTO char_seen VALUES (?)", [(c,) for c in new])
