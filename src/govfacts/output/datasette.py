"""`govfacts export --format sqlite`: a self-contained SQLite file that datasette serves well.

It holds `facts` (one row per fact, the export record's columns, lists as JSON arrays),
`regions` and `sources` with foreign keys from `facts`, and `facts_fts`, a full-text
index whose `grams` column lists the text's two- to four-character runs as words, so
that a two-character Chinese query (电诈) finds what it is part of. A metadata file
beside it names the title, the sources and the facets to suggest.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from govfacts.engine.results import ALL_FIELDS, LIST_FIELDS, SOURCE_FIELDS
from govfacts.files import replacing

REFERENCES = {"region_id": "regions(id)", "source": "sources(id)"}
SEARCHED = ("name", "region", "tags", "category", "summary", "quote")


def grams(text: str) -> str:
    """Every run of two to four characters of the text's Chinese (and other) words, as words."""
    words: list[str] = []
    for part in "".join(ch if ch.isalnum() else " " for ch in text).split():
        if part.isascii():
            words.append(part.lower())
            continue
        for n in (2, 3, 4):
            words.extend(part[i : i + n] for i in range(len(part) - n + 1))
        if len(part) < 2:
            words.append(part)
    return " ".join(dict.fromkeys(words))


# The facts table's columns that hold numbers; every other one holds text.
NUMERIC = {"value": "NUMERIC", "value_high": "NUMERIC", "since": "INTEGER", "year": "INTEGER"}


def _cell(field: str, value: Any) -> Any:
    if field in LIST_FIELDS:
        return json.dumps(value or [], ensure_ascii=False)
    return value


def write(
    path: Path,
    records: Iterable[dict[str, Any]],
    regions: list[dict[str, Any]],
    sources: list[dict[str, Any]],
) -> int:
    """Write the database to `path` (a new file) and return how many facts it holds."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute(
            "CREATE TABLE regions(id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, "
            "parent_id TEXT REFERENCES regions(id), path TEXT NOT NULL, aliases TEXT NOT NULL, "
            "facts INTEGER NOT NULL, facts_total INTEGER NOT NULL, layer TEXT NOT NULL)"
        )
        db.execute(
            "CREATE TABLE sources(id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, date_note TEXT, "
            "publisher TEXT, section TEXT, pages TEXT, speaker TEXT, file TEXT, url TEXT, facts INTEGER NOT NULL, "
            "layer TEXT NOT NULL)"
        )
        columns = ", ".join(
            f"{f} TEXT" + (f" REFERENCES {REFERENCES[f]}" if f in REFERENCES else "")
            if f not in NUMERIC
            else f"{f} {NUMERIC[f]}"
            for f in ALL_FIELDS
            if f != "id"
        )
        db.execute(f"CREATE TABLE facts(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, {columns})")
        db.executemany(
            "INSERT INTO regions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r["id"],
                    r["name"],
                    r["level"],
                    r["parent_id"],
                    json.dumps(r["path"], ensure_ascii=False),
                    json.dumps(r["aliases"], ensure_ascii=False),
                    r["facts"],
                    r["facts_total"],
                    r["layer"],
                )
                for r in regions
            ],
        )
        db.executemany(
            f"INSERT INTO sources VALUES ({', '.join('?' * len(SOURCE_FIELDS))})",
            [tuple(s[k] for k in SOURCE_FIELDS) for s in sources],
        )
        db.execute(
            "CREATE VIRTUAL TABLE facts_fts USING fts5(name, region, tags, category, summary, quote, grams, "
            "tokenize = 'unicode61')"
        )
        marks = ", ".join("?" * (len(ALL_FIELDS) + 1))
        count = 0
        batch: list[tuple] = []
        search: list[tuple] = []
        for count, rec in enumerate(records, start=1):
            batch.append((count, *(_cell(f, rec.get(f)) for f in ALL_FIELDS)))
            texts = [" ".join(rec.get(f) or []) if f == "tags" else rec.get(f) or "" for f in SEARCHED]
            search.append((count, *texts, grams(" ".join(texts))))
            if len(batch) >= 2000:
                _flush(db, marks, batch, search)
        _flush(db, marks, batch, search)
        for column in ("kind", "region_id", "period", "source", "name"):
            db.execute(f"CREATE INDEX facts_{column} ON facts({column})")
        db.commit()
        return count
    finally:
        db.close()


def _flush(db: sqlite3.Connection, marks: str, batch: list[tuple], search: list[tuple]) -> None:
    db.executemany(f"INSERT INTO facts(rowid, {', '.join(ALL_FIELDS)}) VALUES ({marks})", batch)
    db.executemany(
        "INSERT INTO facts_fts(rowid, name, region, tags, category, summary, quote, grams) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        search,
    )
    batch.clear()
    search.clear()


def metadata(db_path: Path, sources: list[dict[str, Any]]) -> dict[str, Any]:
    """What `datasette FILE -m FILE.metadata.json` reads: title, description, facets, search."""
    pages = "; ".join(f"{s['title']} ({s['date'] or 'undated'})" for s in sources)
    return {
        "title": "govfacts",
        "description": "Indicators, programs and honours stated by government reports, each with its "
        "source page and the page's own words.",
        "source": f"{len(sources)} source pages: {pages}"
        if len(pages) < 2000
        else f"{len(sources)} source pages",
        "databases": {
            db_path.stem: {
                "tables": {
                    "facts": {
                        "label_column": "name",
                        "facets": ["region", "kind", "status", "period"],
                        "fts_table": "facts_fts",
                        "fts_pk": "rowid",
                        "sortable_columns": ["region", "name", "value", "period", "kind"],
                    },
                    "regions": {"label_column": "name"},
                    "sources": {"label_column": "title"},
                }
            }
        },
    }


def export_sqlite(
    path: Path,
    output: Path,
    records: Iterable[dict[str, Any]],
    regions: list[dict[str, Any]],
    sources: list[dict[str, Any]],
) -> int:
    """Write the database to `path` (a temporary file that becomes `output`), and `<stem>.metadata.json`
    beside `output` through a temporary file renamed into place."""
    count = write(path, records, regions, sources)
    meta_path = output.with_name(output.stem + ".metadata.json")
    with replacing(meta_path) as meta_tmp, open(meta_tmp, "w", encoding="utf-8") as f:
        json.dump(metadata(output, sources), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return count
