"""The index's tables: their layout, its format number, and making an empty index."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from govfacts import __version__
from govfacts.schema import FACT_KINDS, FIELDS

# The layout of the tables below; an index of another format (or govfacts version) is rebuilt.
FORMAT = 25

TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE file(path TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE problem(seq INTEGER PRIMARY KEY, file TEXT, message TEXT NOT NULL);
CREATE TABLE page(path TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE page_problem(seq INTEGER PRIMARY KEY, fact INT, source TEXT, message TEXT NOT NULL);
CREATE INDEX page_problem_fact ON page_problem(fact);
CREATE INDEX page_problem_source ON page_problem(source);
CREATE TABLE source(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
                    data TEXT NOT NULL, file TEXT NOT NULL, pos INT NOT NULL, nth INT NOT NULL, page TEXT);
CREATE INDEX source_id ON source(id);
CREATE INDEX source_file ON source(file);
CREATE TABLE region(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
                    parent TEXT, depth INT, path TEXT, data TEXT NOT NULL,
                    file TEXT NOT NULL, pos INT NOT NULL, nth INT NOT NULL, code TEXT);
CREATE TABLE region_alias(alias TEXT PRIMARY KEY, region TEXT NOT NULL) WITHOUT ROWID;
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
                  file TEXT NOT NULL, pos INT NOT NULL, nth INT NOT NULL,
                  grp INT NOT NULL, figure INT, figure_problem TEXT, pspan TEXT);
CREATE INDEX fact_id ON fact(id);
CREATE INDEX fact_file ON fact(file, pos);
CREATE INDEX fact_region ON fact(region, kind);
CREATE INDEX fact_label ON fact(label, region);
CREATE INDEX fact_source ON fact(source);
CREATE INDEX fact_grp ON fact(grp, pend, pspan, basis, figure);
CREATE INDEX fact_figure ON fact(figure);
CREATE TABLE fact_tag(label INT NOT NULL, fact INT NOT NULL, PRIMARY KEY(label, fact)) WITHOUT ROWID;
CREATE TABLE label_kind(kind TEXT NOT NULL, label INT NOT NULL, PRIMARY KEY(kind, label)) WITHOUT ROWID;
CREATE INDEX fact_tag_fact ON fact_tag(fact);
CREATE TABLE term(name TEXT NOT NULL, alias TEXT NOT NULL, file TEXT NOT NULL);
CREATE TABLE charmap(trad TEXT PRIMARY KEY, simp TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE char_seen(ch TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE figure(id INTEGER PRIMARY KEY, grp INT NOT NULL, members INT NOT NULL, pages INT NOT NULL,
                    differs INT NOT NULL);
CREATE INDEX figure_grp ON figure(grp);
"""

# The fact indexes a bulk load drops first and builds once, after the rows are in.
BULK_INDEXES = (
    "fact_id", "fact_file", "fact_region", "fact_label", "fact_source", "fact_grp", "fact_figure", "fact_tag_fact",
)  # fmt: skip


def create(db: sqlite3.Connection) -> None:
    """Make the tables of an empty index."""
    db.executescript(TABLES)
    db.execute(f"PRAGMA user_version = {FORMAT}")
    db.execute("INSERT INTO meta VALUES ('version', ?)", (__version__,))


def drop_bulk_indexes(db: sqlite3.Connection) -> None:
    """Drop the fact indexes before a bulk load."""
    for name in BULK_INDEXES:
        db.execute(f"DROP INDEX {name}")


def make_bulk_indexes(db: sqlite3.Connection) -> None:
    """Build the fact indexes again after a bulk load."""
    for statement in TABLES.split(";"):
        if any(f"INDEX {name} " in statement for name in BULK_INDEXES):
            db.execute(statement)


# One encoder for every row: json.dumps with options makes a new one on each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dump(value: object) -> str:
    """Compact JSON, as the index stores an entry's fields."""
    return _ENCODER.encode(value)


# A fact's fields as the index stores them (fact.data): a JSON array in this order, without
# the id and source (columns of their own) and without the key names, which would make up
# a tenth of the index. quote, region and name come first for every kind, so that SQL
# reads them at the same place whatever the kind: json_extract(data, '$[0]') is the quote.
# An indicator stores one field more, after those: its figure as the quote prints it
# (14700余件). The optional fields come last (a target's status, a range's upper end and a
# review list last of all), where those left unset take no room.
_FIRST = ("quote", "region", "name")
STORED: dict[str, tuple[str, ...]] = {
    kind: _FIRST
    + (("printed",) if kind == "indicator" else ())
    + tuple(f.name for f in FIELDS[kind] if f.name not in (*_FIRST, "id", "source"))
    for kind in FACT_KINDS
}
QUOTE, REGION, NAME = "$[0]", "$[1]", "$[2]"


def pack(kind: str, fields: dict[str, Any]) -> str:
    """A fact's fields, stored: values in STORED order, trailing unset ones left off."""
    values = [fields.get(f) for f in STORED[kind]]
    while values and values[-1] is None:
        values.pop()
    return dump(values)


def unpack(kind: str, stored: str) -> dict[str, Any]:
    """A fact's fields from what pack() stored (without id and source); trailing unset ones are absent."""
    return {f: v for f, v in zip(STORED[kind], json.loads(stored), strict=False) if v is not None}


def path_of_field(kind: str, field: str) -> str:
    """The JSON path of one field in a stored fact, for json_extract()."""
    return f"$[{STORED[kind].index(field)}]"
