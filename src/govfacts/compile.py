"""Compiling fact-base files into the SQLite index the queries read.

The TOML files are read here (through load.py and validate.py) and nowhere else. Every
row remembers the file it came from, so an update reads again only the files that were
added or changed and drops the rows of those that changed or went away; what spans
files (ids, references, the region tree, search keys, conflicting figures) is then
worked out again from the tables.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from govfacts import __version__
from govfacts.index import FORMAT
from govfacts.load import read_file
from govfacts.schema import FACT_KINDS, period_bounds
from govfacts.text import fold

TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE file(path TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE problem(seq INTEGER PRIMARY KEY, file TEXT, message TEXT NOT NULL);
CREATE TABLE source(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
                    data TEXT NOT NULL, file TEXT NOT NULL, pos INT NOT NULL, loc TEXT NOT NULL);
CREATE INDEX source_id ON source(id);
CREATE INDEX source_file ON source(file);
CREATE TABLE region(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
                    parent TEXT, depth INT, path TEXT, data TEXT NOT NULL,
                    file TEXT NOT NULL, pos INT NOT NULL, loc TEXT NOT NULL);
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
                  pstart TEXT, pend TEXT, value REAL, data TEXT NOT NULL,
                  file TEXT NOT NULL, pos INT NOT NULL, loc TEXT NOT NULL);
CREATE INDEX fact_id ON fact(id);
CREATE INDEX fact_order ON fact(kind, file, pos);
CREATE INDEX fact_file ON fact(file, pos);
CREATE INDEX fact_region ON fact(region, kind);
CREATE INDEX fact_label ON fact(label, region, pend);
CREATE INDEX fact_source ON fact(source);
CREATE TABLE fact_tag(label INT NOT NULL, fact INT NOT NULL, PRIMARY KEY(label, fact)) WITHOUT ROWID;
CREATE INDEX fact_tag_fact ON fact_tag(fact);
CREATE TABLE term(name TEXT NOT NULL, alias TEXT NOT NULL, file TEXT NOT NULL);
CREATE TABLE charmap(trad TEXT PRIMARY KEY, simp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE conflict(fact INT NOT NULL, other TEXT NOT NULL, PRIMARY KEY(fact, other)) WITHOUT ROWID;
"""

# Two indicators conflict when two entries give different values for what reads as the same
# figure: same place, name, unit and measure; bases that agree (or one is unstated); and
# periods that agree, end together ("截至2025年底" against 2021/2025), or are unstated.
# Both stay; each is marked with the other's id. {scope} limits the work to changed groups.
CONFLICTS = """
INSERT OR IGNORE INTO conflict
SELECT a.seq, b.id FROM fact a JOIN fact b
  ON a.label = b.label AND a.region = b.region AND a.seq <> b.seq
     AND (a.pend = b.pend OR a.pend IS NULL OR b.pend IS NULL)
WHERE a.kind = 'indicator' AND b.kind = 'indicator' AND a.value <> b.value {scope}
  AND json_extract(a.data, '$.measure') = json_extract(b.data, '$.measure')
  AND json_extract(a.data, '$.unit') = json_extract(b.data, '$.unit')
  AND (json_extract(a.data, '$.basis') IS NULL OR json_extract(b.data, '$.basis') IS NULL
       OR json_extract(a.data, '$.basis') = json_extract(b.data, '$.basis'))
"""

Progress = Callable[[int, int], None]
# Below this much TOML, reading in one process is faster than starting others.
PARALLEL_BYTES = 8 * 1024 * 1024


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def parse_one(path: Path):
    """Read and validate one file: (path, good entries, problems). Runs in a worker process too."""
    from govfacts.validate import check_file

    try:
        parsed = read_file(path)
    except ValueError as e:
        return str(path), [], [str(e)]
    good, bad = check_file(parsed)
    return str(path), [(e.kind, e.data, e.refs) for e in good], bad


def _parse_all(files: Sequence[Path], progress: Progress | None):
    """Parse files, in several processes when there is enough to read; results in file order."""
    size = 0
    for p in files:
        with contextlib.suppress(OSError):
            size += p.stat().st_size
    workers = min(os.cpu_count() or 1, 4)
    if size < PARALLEL_BYTES or workers < 2 or len(files) < 2:
        for done, path in enumerate(files, start=1):
            yield parse_one(path)
            if progress:
                progress(done, len(files))
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        for done, result in enumerate(pool.map(parse_one, files, chunksize=4), start=1):
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
) -> None:
    """Bring an index (new and empty, or older) up to date with the files in `stamps`."""
    known = dict(db.execute("SELECT path, stamp FROM file"))
    gone = [p for p in known if p not in stamps or known[p] != stamps[p]]
    fresh = [Path(p) for p in sorted(stamps) if known.get(p) != stamps[p]]
    touched = _drop(db, gone)
    regions_before = db.execute("SELECT count(*) FROM region").fetchone()[0]
    for path, entries, problems in _parse_all(fresh, progress):
        db.executemany("INSERT INTO problem(file, message) VALUES (?, ?)", [(path, m) for m in problems])
        touched |= _insert(db, path, entries)
    db.execute("DELETE FROM file")
    db.executemany("INSERT INTO file VALUES (?, ?)", sorted(stamps.items()))
    regions_changed = bool(
        regions_before != db.execute("SELECT count(*) FROM region").fetchone()[0]
        or any(db.execute("SELECT 1 FROM region WHERE depth IS NULL LIMIT 1"))
        or gone
    )
    _finish(db, touched, regions_changed, not stamps)
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


def _labels(db: sqlite3.Connection, texts: set[str]) -> dict[str, int]:
    """Ids of fact names and tags, adding (with their pinyin) the ones not seen before."""
    found: dict[str, int] = {}
    texts_list = sorted(texts)
    for start in range(0, len(texts_list), 500):
        chunk = texts_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT text, id FROM label WHERE text IN ({marks})", chunk))
    new = [t for t in texts_list if t not in found]
    if new:
        from govfacts.names import pinyin_keys

        rows = [(t, fold(t), *pinyin_keys(t)) for t in new]
        db.executemany("INSERT INTO label(text, norm, pinyin, initials) VALUES (?, ?, ?, ?)", rows)
        for start in range(0, len(new), 500):
            chunk = new[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(db.execute(f"SELECT text, id FROM label WHERE text IN ({marks})", chunk))
    return found


def _insert(db: sqlite3.Connection, path: str, entries: list) -> set[tuple[int, str]]:
    """Insert one file's entries; return the (label, region) groups of its indicators."""
    texts = {d["name"] for k, d, _ in entries if k in FACT_KINDS}
    texts.update(t for k, d, _ in entries if k in FACT_KINDS for t in d.get("tags", []))
    labels = _labels(db, texts) if texts else {}
    sources, regions, terms, facts, tags = [], [], [], [], []
    touched: set[tuple[int, str]] = set()
    for pos, (kind, d, refs) in enumerate(entries):
        loc = _dump({k: v for k, v in refs.items() if v})
        if kind == "source":
            sources.append((d["id"], d["title"], d.get("date"), _dump(d), path, pos, loc))
        elif kind == "region":
            regions.append((d["id"], d["name"], d["level"], d.get("parent"), _dump(d), path, pos, loc))
        elif kind == "term":
            terms.extend((fold(d["name"]), fold(a), path) for a in d["aliases"])
        else:
            start, end = period_bounds(d.get("period"))
            label = labels[d["name"]]
            facts.append(
                (
                    d["id"],
                    kind,
                    d["region"],
                    label,
                    d["source"],
                    start,
                    end,
                    d.get("value"),
                    _dump(d),
                    path,
                    pos,
                    loc,
                )
            )
            tags.append([labels[t] for t in dict.fromkeys(d.get("tags", []))])
            if kind == "indicator":
                touched.add((label, d["region"]))
    db.executemany(
        "INSERT INTO source(id, title, date, data, file, pos, loc) VALUES (?, ?, ?, ?, ?, ?, ?)", sources
    )
    db.executemany(
        "INSERT INTO region(id, name, level, parent, data, file, pos, loc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        regions,
    )
    db.executemany("INSERT INTO term VALUES (?, ?, ?)", terms)
    if facts:
        (first,) = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM fact").fetchone()
        db.executemany(
            "INSERT INTO fact(seq, id, kind, region, label, source, pstart, pend, value, data, file, pos, loc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + i, *row) for i, row in enumerate(facts)],
        )
        db.executemany(
            "INSERT OR IGNORE INTO fact_tag VALUES (?, ?)",
            [(lid, first + i) for i, lids in enumerate(tags) for lid in lids],
        )
    return touched


def _finish(
    db: sqlite3.Connection, touched: set[tuple[int, str]], regions_changed: bool, empty: bool
) -> None:
    """Work out again what spans files: the region tree, search keys, conflicts and link problems."""
    db.execute("DELETE FROM problem WHERE file IS NULL")
    problems: list[str] = []
    if empty:
        problems.append("no fact-base files (*.toml) found")
    if regions_changed or not any(db.execute("SELECT 1 FROM place_key LIMIT 1")):
        problems.extend(_regions(db))
    else:
        problems.extend(_region_cycles(db))
    problems.extend(_duplicates(db))
    problems.extend(_references(db))
    db.executemany("INSERT INTO problem(file, message) VALUES (NULL, ?)", [(p,) for p in problems])
    _charmap(db)
    _conflicts(db, touched)


def _where(loc: str, key: str):
    found = json.loads(loc).get(key)
    return tuple(found) if found else None


def _region_cycles(db: sqlite3.Connection) -> list[str]:
    from govfacts.validate import cycle_problems

    rows = [
        (rid, parent, path, _where(loc, "parent"))
        for rid, parent, path, loc in db.execute(
            "SELECT id, parent, file, loc FROM region ORDER BY file, pos"
        )
    ]
    return list(cycle_problems(rows))


def _regions(db: sqlite3.Connection) -> list[str]:
    """Depth, path, ancestors and lookup keys of every region; cycle problems."""
    from govfacts.names import place_keys

    cycles = _region_cycles(db)
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


def _duplicates(db: sqlite3.Connection) -> list[str]:
    """An id used twice, anywhere in the base: the later use is the problem."""
    from govfacts.validate import duplicate_problem

    union = (
        "SELECT id, 'source' AS kind, file, pos, loc FROM source UNION ALL "
        "SELECT id, 'region', file, pos, loc FROM region UNION ALL "
        "SELECT id, kind, file, pos, loc FROM fact"
    )
    doubled = [i for (i,) in db.execute("SELECT id FROM fact GROUP BY id HAVING count(*) > 1")]
    doubled += [
        i
        for (i,) in db.execute(
            "SELECT id FROM (SELECT id FROM source UNION ALL SELECT id FROM region) GROUP BY id "
            "HAVING count(*) > 1 OR id IN (SELECT id FROM fact)"
        )
    ]
    problems = []
    for ident in sorted(set(doubled)):
        uses = db.execute(
            f"SELECT kind, file, loc FROM ({union}) WHERE id = ? ORDER BY file, pos", (ident,)
        ).fetchall()
        first_kind, first_file, first_loc = uses[0]
        where = _where(first_loc, "id")
        first_at = f"{first_file}:{where[0]}" if where else first_file
        for kind, file, loc in uses[1:]:
            problems.append(duplicate_problem(file, _where(loc, "id"), kind, ident, first_kind, first_at))
    return problems


def _references(db: sqlite3.Connection) -> list[str]:
    """Each reference to a region, source or program that does not exist."""
    from govfacts.validate import missing_problem

    regions = [r for (r,) in db.execute("SELECT DISTINCT id FROM region")]
    sources = [s for (s,) in db.execute("SELECT DISTINCT id FROM source")]
    checks = [
        (
            "SELECT DISTINCT region FROM fact",
            "region",
            regions,
            "SELECT kind, id, file, loc FROM fact WHERE region = ? ORDER BY file, pos",
        ),
        (
            "SELECT DISTINCT source FROM fact",
            "source",
            sources,
            "SELECT kind, id, file, loc FROM fact WHERE source = ? ORDER BY file, pos",
        ),
        (
            "SELECT DISTINCT parent FROM region WHERE parent IS NOT NULL",
            "parent",
            regions,
            "SELECT 'region', id, file, loc FROM region WHERE parent = ? ORDER BY file, pos",
        ),
        (
            "SELECT DISTINCT json_extract(data, '$.holder') FROM fact WHERE kind = 'honour' "
            "AND json_extract(data, '$.holder') IS NOT NULL",
            "holder",
            None,
            "SELECT kind, id, file, loc FROM fact WHERE kind = 'honour' AND json_extract(data, '$.holder') = ? "
            "ORDER BY file, pos",
        ),
    ]
    problems = []
    for distinct, field, known, offenders in checks:
        targets = [t for (t,) in db.execute(distinct)]
        if known is None:
            programs = (
                {
                    i
                    for (i,) in db.execute(
                        f"SELECT id FROM fact WHERE kind = 'program' AND id IN ({','.join('?' * len(targets))})",
                        targets,
                    )
                }
                if targets
                else set()
            )
            missing = [t for t in targets if t not in programs]
        else:
            have = set(known)
            missing = [t for t in targets if t not in have]
        for target in sorted(missing):
            for kind, ident, file, loc in db.execute(offenders, (target,)):
                problems.append(
                    missing_problem(file, _where(loc, field), kind, ident, field, target, known or [])
                )
    return problems


def _charmap(db: sqlite3.Connection) -> None:
    """Traditional forms of every character in names and keys, mapped to the simplified one."""
    from govfacts.names import traditional_map

    chars: set[str] = set()
    for (text,) in db.execute(
        "SELECT norm FROM label UNION SELECT key FROM place_key UNION SELECT name FROM term UNION SELECT alias FROM term"
    ):
        chars.update(text)
    seen = {t for (t,) in db.execute("SELECT simp FROM charmap")}
    new = sorted(c for c in chars if c not in seen and not c.isascii())
    if new:
        db.executemany("INSERT OR IGNORE INTO charmap VALUES (?, ?)", sorted(traditional_map(new).items()))


def _conflicts(db: sqlite3.Connection, touched: set[tuple[int, str]]) -> None:
    """Mark differing figures again, only within the (name, place) groups an update touched."""
    if not touched:
        return
    db.execute("CREATE TEMP TABLE IF NOT EXISTS touched(label INT, region TEXT, PRIMARY KEY(label, region))")
    db.execute("DELETE FROM touched")
    db.executemany("INSERT OR IGNORE INTO touched VALUES (?, ?)", touched)
    db.execute(
        "DELETE FROM conflict WHERE fact IN (SELECT f.seq FROM fact f JOIN touched t "
        "ON f.label = t.label AND f.region = t.region)"
    )
    db.execute(CONFLICTS.format(scope="AND (a.label, a.region) IN (SELECT label, region FROM touched)"))
    db.execute("DROP TABLE touched")
