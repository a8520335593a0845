"""Compiling fact-base files into the SQLite index the queries read.

The TOML files are read here (through load.py and validate.py) and nowhere else. Every
row remembers the file it came from (`file`, its path below the base's folder), its place
among the file's entries (`pos`) and among the entries of its kind (`nth`, which finds its
line again when a problem is reported), so an update reads again only the files that were
added or changed and drops the rows of those that changed or went away; what spans
files (ids, references, the region tree, search keys, conflicting figures) is then
worked out again from the tables.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from govfacts import __version__
from govfacts.index import FORMAT, file_key
from govfacts.load import read_file
from govfacts.schema import period_bounds
from govfacts.text import fold

TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE file(path TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE problem(seq INTEGER PRIMARY KEY, file TEXT, message TEXT NOT NULL);
CREATE TABLE source(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
                    data TEXT NOT NULL, file TEXT NOT NULL, pos INT NOT NULL, nth INT NOT NULL);
CREATE INDEX source_id ON source(id);
CREATE INDEX source_file ON source(file);
CREATE TABLE region(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
                    parent TEXT, depth INT, path TEXT, data TEXT NOT NULL,
                    file TEXT NOT NULL, pos INT NOT NULL, nth INT NOT NULL);
CREATE INDEX region_id ON region(id);
CREATE INDEX region_file ON region(file);
CREATE TABLE region_tree(ancestor TEXT NOT NULL, region TEXT NOT NULL,
                         PRIMARY KEY(ancestor, region)) WITHOUT ROWID;
CREATE TABLE place_key(key TEXT NOT NULL, region TEXT NOT NULL, rank INT NOT NULL,
                       PRIMARY KEY(key, region)) WITHOUT ROWID;
CREATE TABLE label(id INTEGER PRIMARY KEY, text TEXT UNIQUE NOT NULL, norm TEXT NOT NULL,
                   pinyin TEXT NOT NULL, initials TEXT NOT NULL);
CREATE TABLE fact(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,
                  region TEXT NOT NULL, label INT NOT NULL, source TEXT NOT NULL,
                  pstart TEXT, pend TEXT, value REAL, shape TEXT, basis TEXT, data TEXT NOT NULL,
                  file TEXT NOT NULL, pos INT NOT NULL, nth INT NOT NULL);
CREATE INDEX fact_id ON fact(id);
CREATE INDEX fact_file ON fact(file, pos);
CREATE INDEX fact_region ON fact(region, kind);
CREATE INDEX fact_label ON fact(label, region, pend);
CREATE INDEX fact_source ON fact(source);
CREATE TABLE fact_tag(label INT NOT NULL, fact INT NOT NULL, PRIMARY KEY(label, fact)) WITHOUT ROWID;
CREATE INDEX fact_tag_fact ON fact_tag(fact);
CREATE TABLE term(name TEXT NOT NULL, alias TEXT NOT NULL, file TEXT NOT NULL);
CREATE TABLE charmap(trad TEXT PRIMARY KEY, simp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE char_seen(ch TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE conflict(fact INT NOT NULL, other TEXT NOT NULL, PRIMARY KEY(fact, other)) WITHOUT ROWID;
"""

# Two indicators conflict when two entries give different values for what reads as the same
# figure: same place, name, unit and measure; bases that agree (or one is unstated); and
# periods that agree, end together ("截至2025年底" against 2021/2025), or are unstated.
# Both stay; each is marked with the other's id. Only the groups in `touched` are compared.
CONFLICTS = [
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
]

Progress = Callable[[int, int], None]
# A fresh load of this many files or more drops these indexes and builds them after the rows.
BULK_FILES = 50
BULK_INDEXES = (
    "fact_id",
    "fact_file",
    "fact_region",
    "fact_label",
    "fact_source",
    "fact_tag_fact",
)
# Below this much TOML, reading in one process is faster than starting others.
PARALLEL_BYTES = 8 * 1024 * 1024


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def parse_one(path: Path, key: str | None = None):
    """Read and validate one file, and shape its rows for the index. Runs in a worker process too.

    Returns (key, rows by table, problems, search keys of the fact names and tags); `key` names
    the file in the index (its path below the base's folder). Fact rows carry their name and
    tags as text, for the main process to turn into label ids.
    """
    from govfacts.validate import check_file

    try:
        parsed = read_file(path)
    except ValueError as e:
        return key or str(path), {}, [str(e)], {}
    good, bad = check_file(parsed)
    name = key or str(path)
    rows: dict[str, list] = {"source": [], "region": [], "term": [], "fact": []}
    texts: set[str] = set()
    for pos, e in enumerate(good):
        d, kind = e.data, e.kind
        if kind == "source":
            rows["source"].append((d["id"], d["title"], d.get("date"), _dump(d), name, pos, e.index))
        elif kind == "region":
            rows["region"].append(
                (d["id"], d["name"], d["level"], d.get("parent"), _dump(d), name, pos, e.index)
            )
        elif kind == "term":
            rows["term"].extend((fold(d["name"]), fold(a), name) for a in d["aliases"])
        else:
            # an honour's year counts as its period, so --period finds the honours of a year too
            year = str(d["year"]) if kind == "honour" and d.get("year") else None
            start, end = period_bounds(d.get("period") or year)
            tags = list(dict.fromkeys(d.get("tags", [])))
            texts.add(d["name"])
            texts.update(tags)
            shape = f"{d['unit']}\x1f{d['measure']}" if kind == "indicator" else None
            rows["fact"].append(
                (
                    d["id"],
                    kind,
                    d["region"],
                    d["name"],
                    d["source"],
                    start,
                    end,
                    d.get("value"),
                    shape,
                    d.get("basis"),
                    _dump(d),
                    name,
                    pos,
                    e.index,
                    tags,
                )
            )
    return name, rows, bad, {t: _label_keys(t) for t in texts}


@functools.lru_cache(maxsize=65536)
def _label_keys(text: str) -> tuple[str, str, str]:
    """The folded form, pinyin and initials of a fact name or tag (worked out in the reading process)."""
    from govfacts.names import pinyin_keys

    return (fold(text), *pinyin_keys(text))


def _parse_all(files: Sequence[Path], keys: Sequence[str], progress: Progress | None):
    """Parse files, in several processes when there is enough to read; results in file order."""
    size = 0
    for p in files:
        with contextlib.suppress(OSError):
            size += p.stat().st_size
    workers = min(os.cpu_count() or 1, 4)
    if size < PARALLEL_BYTES or workers < 2 or len(files) < 2:
        for done, (path, key) in enumerate(zip(files, keys, strict=True), start=1):
            yield parse_one(path, key)
            if progress:
                progress(done, len(files))
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        for done, result in enumerate(pool.map(parse_one, files, keys, chunksize=4), start=1):
            yield result
            if progress:
                progress(done, len(files))


def create(db: sqlite3.Connection) -> None:
    """Make the tables of an empty index."""
    db.executescript(TABLES)
    db.execute(f"PRAGMA user_version = {FORMAT}")
    db.execute("INSERT INTO meta VALUES ('version', ?)", (__version__,))


def update(
    db: sqlite3.Connection,
    stamps: dict[str, str],
    progress: Progress | None = None,
    root: str = "",
) -> None:
    """Bring an index (new and empty, or older) up to date with the files in `stamps`.

    `stamps` maps each file's path to its stamp; rows name their file by its path below
    `root` (the base's folder), which keeps the index small.
    """
    full = {file_key(p, root): p for p in stamps}
    keyed = {file_key(p, root): s for p, s in stamps.items()}
    known = dict(db.execute("SELECT path, stamp FROM file"))
    gone = [k for k in known if k not in keyed or known[k] != keyed[k]]
    fresh = [k for k in sorted(keyed) if known.get(k) != keyed[k]]
    # Links need checking only in the new rows when the base was sound and everything that
    # others refer to (a source, region or program) and went with the dropped rows is back.
    sound = bool(known) and not any(db.execute("SELECT 1 FROM problem WHERE file IS NULL"))
    marks = ",".join("?" * len(gone))
    referable = (
        db.execute(
            f"SELECT 'source', id FROM source WHERE file IN ({marks}) UNION ALL "
            f"SELECT 'region', id FROM region WHERE file IN ({marks}) UNION ALL "
            f"SELECT 'fact', id FROM fact WHERE kind = 'program' AND file IN ({marks})",
            gone * 3,
        ).fetchall()
        if sound and gone
        else []
    )
    touched = _drop(db, gone)
    regions_before = db.execute("SELECT count(*) FROM region").fetchone()[0]
    bulk = len(fresh) >= BULK_FILES and not any(db.execute("SELECT 1 FROM fact LIMIT 1"))
    if bulk:  # loading a large base afresh: build the indexes once, at the end
        for name in BULK_INDEXES:
            db.execute(f"DROP INDEX {name}")
    chars: set[str] = set()
    for path, rows, problems, keys in _parse_all([Path(full[k]) for k in fresh], fresh, progress):
        db.executemany("INSERT INTO problem(file, message) VALUES (?, ?)", [(path, m) for m in problems])
        touched |= _insert(db, rows, keys)
        for folded, _, _ in keys.values():
            chars.update(folded)
    if bulk:
        for statement in TABLES.split(";"):
            if any(f"INDEX {name} " in statement for name in BULK_INDEXES):
                db.execute(statement)
    db.execute("DELETE FROM file")
    db.executemany("INSERT INTO file VALUES (?, ?)", sorted(keyed.items()))
    regions_changed = bool(
        regions_before != db.execute("SELECT count(*) FROM region").fetchone()[0]
        or any(db.execute("SELECT 1 FROM region WHERE depth IS NULL LIMIT 1"))
        or gone
    )
    local = sound and all(
        any(db.execute(f"SELECT 1 FROM {t} WHERE id = ? LIMIT 1", (i,))) for t, i in referable
    )
    _finish(db, touched, chars, regions_changed, not stamps, root, fresh if local else None)
    db.commit()


def _drop(db: sqlite3.Connection, paths: Iterable[str]) -> set[tuple[int, str]]:
    """Remove every row that came from these files; return the (label, region) groups touched."""
    touched: set[tuple[int, str]] = set()
    for path in paths:
        touched.update(
            db.execute("SELECT label, region FROM fact WHERE file = ? AND kind = 'indicator'", (path,))
        )
        db.execute("DELETE FROM conflict WHERE fact IN (SELECT seq FROM fact WHERE file = ?)", (path,))
        db.execute("DELETE FROM fact_tag WHERE fact IN (SELECT seq FROM fact WHERE file = ?)", (path,))
        for table in ("fact", "source", "region", "term", "problem"):
            db.execute(f"DELETE FROM {table} WHERE file = ?", (path,))
    return touched


def _labels(db: sqlite3.Connection, keys: dict[str, tuple[str, str, str]]) -> dict[str, int]:
    """Ids of fact names and tags, adding (with their pinyin) the ones not seen before."""
    found: dict[str, int] = {}
    texts_list = sorted(keys)
    for start in range(0, len(texts_list), 500):
        chunk = texts_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT text, id FROM label WHERE text IN ({marks})", chunk))
    new = [t for t in texts_list if t not in found]
    if new:
        rows = [(t, *keys[t]) for t in new]
        db.executemany("INSERT INTO label(text, norm, pinyin, initials) VALUES (?, ?, ?, ?)", rows)
        for start in range(0, len(new), 500):
            chunk = new[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(db.execute(f"SELECT text, id FROM label WHERE text IN ({marks})", chunk))
    return found


def _insert(db: sqlite3.Connection, rows: dict[str, list], keys: dict) -> set[tuple[int, str]]:
    """Insert one file's rows (from parse_one); return the (label, region) groups of its indicators."""
    if not rows:
        return set()
    labels = _labels(db, keys) if keys else {}
    db.executemany(
        "INSERT INTO source(id, title, date, data, file, pos, nth) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows["source"],
    )
    db.executemany(
        "INSERT INTO region(id, name, level, parent, data, file, pos, nth) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows["region"],
    )
    db.executemany("INSERT INTO term VALUES (?, ?, ?)", rows["term"])
    facts = rows["fact"]
    touched: set[tuple[int, str]] = set()
    if facts:
        (first,) = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM fact").fetchone()
        db.executemany(
            "INSERT INTO fact(seq, id, kind, region, label, source, pstart, pend, value, shape, basis, data, "
            "file, pos, nth) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + i, r[0], r[1], r[2], labels[r[3]], *r[4:14]) for i, r in enumerate(facts)],
        )
        db.executemany(
            "INSERT OR IGNORE INTO fact_tag VALUES (?, ?)",
            [(labels[t], first + i) for i, r in enumerate(facts) for t in r[14]],
        )
        touched = {(labels[r[3]], r[2]) for r in facts if r[1] == "indicator"}
    return touched


def _finish(
    db: sqlite3.Connection,
    touched: set[tuple[int, str]],
    chars: set[str],
    regions_changed: bool,
    empty: bool,
    root: str = "",
    only: list[str] | None = None,
) -> None:
    """Work out again what spans files: the region tree, search keys, conflicts and link problems.

    With `only` (file keys), ids and references are checked in those files' rows alone.
    """
    db.execute("DELETE FROM problem WHERE file IS NULL")
    problems: list[str] = []
    if empty:
        problems.append("no fact-base files (*.toml) found")
    if regions_changed or not any(db.execute("SELECT 1 FROM place_key LIMIT 1")):
        problems.extend(_regions(db, root))
    else:
        problems.extend(_region_cycles(db, root))
    problems.extend(_duplicates(db, root, only))
    problems.extend(_references(db, root, only))
    db.executemany("INSERT INTO problem(file, message) VALUES (NULL, ?)", [(p,) for p in problems])
    _charmap(db, chars)
    _conflicts(db, touched)


class _Places:
    """Where entries stand in their files, looked up (by reading the file again) only for a problem.

    Called with a file's key in the index, it answers the path to show and the line and column.
    """

    def __init__(self, root: str) -> None:
        self.root = root
        self._parsed: dict[str, object] = {}

    def path(self, key: str) -> str:
        return os.path.join(self.root, key) if self.root else key

    def __call__(self, file_key: str, kind: str, index: int, key: str):
        path = self.path(file_key)
        if path not in self._parsed:
            try:
                self._parsed[path] = read_file(Path(path)).locator
            except ValueError:
                self._parsed[path] = None
        locator = self._parsed[path]
        return locator.entry(kind, index, key) if locator is not None else None


def _region_cycles(db: sqlite3.Connection, root: str = "") -> list[str]:
    from govfacts.validate import cycle_problems

    rows = db.execute("SELECT id, parent, file, nth FROM region ORDER BY file, pos").fetchall()
    if not _has_cycle({rid: parent for rid, parent, _, _ in rows}):
        return []
    where = _Places(root)
    return list(
        cycle_problems(
            [(rid, par, where.path(key), where(key, "region", k, "parent")) for rid, par, key, k in rows]
        )
    )


def _has_cycle(parents: dict[str, str | None]) -> bool:
    """Whether following parents from some region comes back to it."""
    done: set[str] = set()
    for start in parents:
        seen: set[str] = set()
        node: str | None = start
        while node is not None and node in parents and node not in done:
            if node in seen:
                return True
            seen.add(node)
            node = parents[node]
        done.update(seen)
    return False


def _regions(db: sqlite3.Connection, root: str = "") -> list[str]:
    """Depth, path, ancestors and lookup keys of every region; cycle problems."""
    from govfacts.names import place_keys

    cycles = _region_cycles(db, root)
    rows = db.execute("SELECT id, name, parent, data FROM region ORDER BY file, pos").fetchall()
    by_id = {rid: (name, parent) for rid, name, parent, _ in rows}
    db.execute("DELETE FROM region_tree")
    db.execute("DELETE FROM place_key")
    updates, tree, keys = [], [], []
    for rid, name, _, data in rows:
        chain, node, seen = [], rid, set()
        while node is not None and node in by_id and node not in seen:
            seen.add(node)
            chain.append(node)
            node = by_id[node][1]
        chain.reverse()
        updates.append((len(chain) - 1, _dump([by_id[a][0] for a in chain]), rid))
        tree.extend((a, rid) for a in chain)
        keys.extend((key, rid, rank) for key, rank in place_keys(name, json.loads(data).get("aliases", [])))
    db.executemany("UPDATE region SET depth = ?, path = ? WHERE id = ?", updates)
    db.executemany("INSERT OR IGNORE INTO region_tree VALUES (?, ?)", tree)
    db.executemany("INSERT OR IGNORE INTO place_key VALUES (?, ?, ?)", keys)
    return cycles


def _in_files(only: list[str] | None, column: str = "file") -> tuple[str, list[str]]:
    """A WHERE clause limiting rows to some files, or nothing."""
    if only is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(only))})", list(only)


def _duplicates(db: sqlite3.Connection, root: str = "", only: list[str] | None = None) -> list[str]:
    """An id used twice, anywhere in the base: the later use is the problem."""
    from govfacts.validate import duplicate_problem

    union = (
        "SELECT id, 'source' AS kind, file, pos, nth FROM source UNION ALL "
        "SELECT id, 'region', file, pos, nth FROM region UNION ALL "
        "SELECT id, kind, file, pos, nth FROM fact"
    )
    if only is None:
        doubled = [i for (i,) in db.execute("SELECT id FROM fact GROUP BY id HAVING count(*) > 1")]
    else:
        clause, args = _in_files(only, "f.file")
        doubled = [
            i
            for (i,) in db.execute(
                f"SELECT f.id FROM fact f WHERE (SELECT count(*) FROM fact g WHERE g.id = f.id) > 1 {clause}",
                args,
            )
        ]
    doubled += [
        i
        for (i,) in db.execute(
            "SELECT id FROM (SELECT id FROM source UNION ALL SELECT id FROM region) GROUP BY id "
            "HAVING count(*) > 1 OR id IN (SELECT id FROM fact)"
        )
    ]
    problems = []
    where = _Places(root)
    for ident in sorted(set(doubled)):
        uses = db.execute(
            f"SELECT kind, file, nth FROM ({union}) WHERE id = ? ORDER BY file, pos", (ident,)
        ).fetchall()
        first_kind, first_file, first_k = uses[0]
        first = where(first_file, first_kind, first_k, "id")
        first_at = f"{where.path(first_file)}:{first[0]}" if first else where.path(first_file)
        for kind, file, k in uses[1:]:
            problems.append(
                duplicate_problem(
                    where.path(file), where(file, kind, k, "id"), kind, ident, first_kind, first_at
                )
            )
    return problems


def _references(db: sqlite3.Connection, root: str = "", only: list[str] | None = None) -> list[str]:
    """Each reference to a region, source or program that does not exist."""
    from govfacts.validate import missing_problem

    regions = [r for (r,) in db.execute("SELECT DISTINCT id FROM region")]
    sources = [s for (s,) in db.execute("SELECT DISTINCT id FROM source")]
    clause, args = _in_files(only)
    checks = [
        (
            "SELECT DISTINCT region FROM fact WHERE 1" + clause,
            "region",
            regions,
            "SELECT kind, id, file, nth FROM fact WHERE region = ? ORDER BY file, pos",
        ),
        (
            "SELECT DISTINCT source FROM fact WHERE 1" + clause,
            "source",
            sources,
            "SELECT kind, id, file, nth FROM fact WHERE source = ? ORDER BY file, pos",
        ),
        (
            "SELECT DISTINCT parent FROM region WHERE parent IS NOT NULL",
            "parent",
            regions,
            "SELECT 'region', id, file, nth FROM region WHERE parent = ? ORDER BY file, pos",
        ),
        (
            "SELECT DISTINCT json_extract(data, '$.holder') FROM fact WHERE kind = 'honour' "
            "AND json_extract(data, '$.holder') IS NOT NULL" + clause,
            "holder",
            None,
            "SELECT kind, id, file, nth FROM fact WHERE kind = 'honour' AND json_extract(data, '$.holder') = ? "
            "ORDER BY file, pos",
        ),
    ]
    problems = []
    where = _Places(root)
    for distinct, field, known, offenders in checks:
        targets = [t for (t,) in db.execute(distinct, args if "?" in distinct else [])]
        if known is None:
            programs: set[str] = set()
            for start in range(0, len(targets), 500):
                chunk = targets[start : start + 500]
                marks = ",".join("?" * len(chunk))
                programs.update(
                    i
                    for (i,) in db.execute(
                        f"SELECT id FROM fact WHERE kind = 'program' AND id IN ({marks})", chunk
                    )
                )
            missing = [t for t in targets if t not in programs]
        else:
            have = set(known)
            missing = [t for t in targets if t not in have]
        for target in sorted(missing):
            for kind, ident, file, k in db.execute(offenders, (target,)):
                problems.append(
                    missing_problem(
                        where.path(file), where(file, kind, k, field), kind, ident, field, target, known or []
                    )
                )
    return problems


def _charmap(db: sqlite3.Connection, chars: set[str]) -> None:
    """Traditional forms of the characters of new names and of every place and term, mapped back."""
    from govfacts.names import traditional_map

    for (text,) in db.execute(
        "SELECT key FROM place_key UNION SELECT name FROM term UNION SELECT alias FROM term"
    ):
        chars.update(text)
    seen = {c for (c,) in db.execute("SELECT ch FROM char_seen")}
    new = sorted(c for c in chars if c not in seen and not c.isascii())
    if new:
        db.executemany("INSERT OR IGNORE INTO charmap VALUES (?, ?)", sorted(traditional_map(new).items()))
        db.executemany("INSERT OR IGNORE INTO char_seen VALUES (?)", [(c,) for c in new])


def _conflicts(db: sqlite3.Connection, touched: set[tuple[int, str]]) -> None:
    """Mark differing figures again, only within the (name, place) groups an update touched."""
    if not touched:
        return
    db.execute("CREATE TEMP TABLE IF NOT EXISTS touched(label INT, region TEXT, PRIMARY KEY(label, region))")
    db.execute("DELETE FROM touched")
    db.executemany("INSERT OR IGNORE INTO touched VALUES (?, ?)", touched)
    db.execute(
        "DELETE FROM conflict WHERE fact IN (SELECT f.seq FROM touched t CROSS JOIN fact f "
        "ON f.label = t.label AND f.region = t.region)"
    )
    for statement in CONFLICTS:
        db.execute(statement)
    db.execute("DROP TABLE touched")
