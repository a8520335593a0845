"""Compiling a validated fact base into the SQLite index the queries read.

The TOML files are read here (through load.py and validate.py) and nowhere else;
the result is a database with one row per entry and the search keys precomputed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from govfacts import __version__
from govfacts.index import FORMAT
from govfacts.load import read_file
from govfacts.schema import FACT_KINDS, period_bounds
from govfacts.text import fold

TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE file(path TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE problem(seq INTEGER PRIMARY KEY, message TEXT NOT NULL);
CREATE TABLE source(seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
                    date TEXT, data TEXT NOT NULL);
CREATE TABLE region(seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
                    level TEXT NOT NULL, parent TEXT, depth INT NOT NULL, path TEXT NOT NULL,
                    data TEXT NOT NULL);
CREATE TABLE region_tree(ancestor TEXT NOT NULL, region TEXT NOT NULL,
                         PRIMARY KEY(ancestor, region)) WITHOUT ROWID;
CREATE TABLE place_key(key TEXT NOT NULL, region TEXT NOT NULL, rank INT NOT NULL,
                       PRIMARY KEY(key, region)) WITHOUT ROWID;
CREATE TABLE label(id INTEGER PRIMARY KEY, text TEXT UNIQUE NOT NULL, norm TEXT NOT NULL,
                   pinyin TEXT NOT NULL, initials TEXT NOT NULL);
CREATE TABLE fact(seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
                  region TEXT NOT NULL, label INT NOT NULL, source TEXT NOT NULL,
                  pstart TEXT, pend TEXT, value REAL, data TEXT NOT NULL);
CREATE INDEX fact_region ON fact(region, kind);
CREATE INDEX fact_label ON fact(label, region);
CREATE INDEX fact_source ON fact(source);
CREATE TABLE fact_tag(label INT NOT NULL, fact INT NOT NULL, PRIMARY KEY(label, fact)) WITHOUT ROWID;
CREATE TABLE term(name TEXT NOT NULL, alias TEXT NOT NULL);
CREATE TABLE charmap(trad TEXT PRIMARY KEY, simp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE conflict(fact INT NOT NULL, other TEXT NOT NULL, PRIMARY KEY(fact, other)) WITHOUT ROWID;
"""

# Two indicators conflict when two entries give different values for what reads as the same
# figure: same place, name, unit and measure; bases that agree (or one is unstated); and
# periods that agree, end together ("截至2025年底" against 2021/2025), or are unstated.
# Both stay; each is marked with the other's id.
CONFLICTS = """
INSERT INTO conflict
SELECT a.seq, b.id FROM fact a JOIN fact b
  ON a.label = b.label AND a.region = b.region AND a.seq <> b.seq
WHERE a.kind = 'indicator' AND b.kind = 'indicator' AND a.value <> b.value
  AND (a.pend IS NULL OR b.pend IS NULL OR a.pend = b.pend)
  AND json_extract(a.data, '$.measure') = json_extract(b.data, '$.measure')
  AND json_extract(a.data, '$.unit') = json_extract(b.data, '$.unit')
  AND (json_extract(a.data, '$.basis') IS NULL OR json_extract(b.data, '$.basis') IS NULL
       OR json_extract(a.data, '$.basis') = json_extract(b.data, '$.basis'))
"""

Progress = Callable[[int, int], None]


def read_base(files: Sequence[Path], progress: Progress | None = None):
    """Read and validate every file; return (entries, problems)."""
    from govfacts.validate import check_file, check_links

    entries, problems = [], []
    for done, path in enumerate(files, start=1):
        try:
            parsed = read_file(path)
        except ValueError as e:
            problems.append(str(e))
        else:
            good, bad = check_file(parsed)
            entries.extend(good)
            problems.extend(bad)
        if progress:
            progress(done, len(files))
    if not files:
        problems.append("no fact-base files (*.toml) found")
    problems.extend(check_links(entries))
    return entries, problems


def compile_into(
    db: sqlite3.Connection,
    files: Sequence[Path],
    stamps: dict[str, str],
    progress: Progress | None = None,
) -> None:
    """Fill an empty database with the index of the given files."""
    db.executescript(TABLES)
    db.execute(f"PRAGMA user_version = {FORMAT}")
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", __version__)])
    db.executemany("INSERT INTO file VALUES (?, ?)", sorted(stamps.items()))
    entries, problems = read_base(files, progress)
    if problems:
        db.executemany("INSERT INTO problem(message) VALUES (?)", [(p,) for p in problems])
        db.commit()
        return
    by_kind: dict[str, list[dict]] = {k: [] for k in ("source", "region", "term", *FACT_KINDS)}
    for e in entries:
        by_kind[e.kind].append(e.data)
    _sources(db, by_kind["source"])
    _regions(db, by_kind["region"])
    _terms(db, by_kind["term"])
    _facts(db, [row for k in FACT_KINDS for row in by_kind[k]], entries)
    _charmap(db)
    db.execute(CONFLICTS)
    db.commit()


def _dump(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def _sources(db: sqlite3.Connection, rows: list[dict]) -> None:
    db.executemany(
        "INSERT INTO source(id, title, date, data) VALUES (?, ?, ?, ?)",
        [(r["id"], r["title"], r.get("date"), _dump(r)) for r in rows],
    )


def _regions(db: sqlite3.Connection, rows: list[dict]) -> None:
    from govfacts.names import place_keys

    by_id = {r["id"]: r for r in rows}

    def chain(rid: str) -> list[dict]:
        out = []
        node: str | None = rid
        while node is not None:
            out.append(by_id[node])
            node = by_id[node].get("parent")
        return out[::-1]

    region_rows, tree, keys = [], [], []
    for r in rows:
        ancestors = chain(r["id"])
        path = [a["name"] for a in ancestors]
        region_rows.append(
            (r["id"], r["name"], r["level"], r.get("parent"), len(path) - 1, _dump(path), _dump(r))
        )
        tree.extend((a["id"], r["id"]) for a in ancestors)
        keys.extend((key, r["id"], rank) for key, rank in place_keys(r["name"], r.get("aliases", [])))
    db.executemany(
        "INSERT INTO region(id, name, level, parent, depth, path, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
        region_rows,
    )
    db.executemany("INSERT INTO region_tree VALUES (?, ?)", tree)
    db.executemany("INSERT OR IGNORE INTO place_key VALUES (?, ?, ?)", keys)


def _terms(db: sqlite3.Connection, rows: list[dict]) -> None:
    pairs = {(fold(r["name"]), fold(a)) for r in rows for a in r["aliases"]}
    db.executemany("INSERT INTO term VALUES (?, ?)", sorted(pairs))


def _facts(db: sqlite3.Connection, rows: list[dict], entries: list) -> None:
    from govfacts.names import pinyin_keys

    kinds = {id(e.data): e.kind for e in entries}
    labels: dict[str, int] = {}

    def label(text: str) -> int:
        found = labels.get(text)
        if found is None:
            found = labels[text] = len(labels) + 1
        return found

    fact_rows, tag_rows = [], []
    for seq, r in enumerate(rows, start=1):
        start, end = period_bounds(r.get("period"))
        value = r.get("value")
        fact_rows.append(
            (
                seq,
                r["id"],
                kinds[id(r)],
                r["region"],
                label(r["name"]),
                r["source"],
                start,
                end,
                value,
                _dump(r),
            )
        )
        tag_rows.extend((label(t), seq) for t in set(r.get("tags", [])))
    label_rows = []
    for text, lid in labels.items():
        full, initials = pinyin_keys(text)
        label_rows.append((lid, text, fold(text), full, initials))
    db.executemany("INSERT INTO label VALUES (?, ?, ?, ?, ?)", label_rows)
    db.executemany("INSERT INTO fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fact_rows)
    db.executemany("INSERT OR IGNORE INTO fact_tag VALUES (?, ?)", tag_rows)


def _charmap(db: sqlite3.Connection) -> None:
    from govfacts.names import traditional_map

    chars: set[str] = set()
    for (text,) in db.execute(
        "SELECT norm FROM label UNION SELECT key FROM place_key UNION SELECT name FROM term "
        "UNION SELECT alias FROM term"
    ):
        chars.update(text)
    db.executemany(
        "INSERT OR IGNORE INTO charmap VALUES (?, ?)", sorted(traditional_map(sorted(chars)).items())
    )
