"""The SQLite export: a self-contained database that datasette serves with facets and search."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import subprocess
import sys

import pytest

from conftest import run


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sqlite")
    target = folder / "facts.db"
    r = run("export", "--format", "sqlite", "-o", str(target))
    assert r.code == 0, r.err
    return target


def test_tables_rows_and_foreign_keys(exported):
    db = sqlite3.connect(exported)
    expected = run("export", "--format", "json").json()
    assert db.execute("SELECT count(*) FROM facts").fetchone()[0] == len(expected)
    assert db.execute("SELECT count(*) FROM regions").fetchone()[0] == len(run("regions", "--json").json())
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
    keys = {(row[3], row[2], row[4]) for row in db.execute("PRAGMA foreign_key_list(facts)")}
    assert keys == {("region_id", "regions", "id"), ("source", "sources", "id")}
    db.execute("PRAGMA foreign_keys = ON")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rows_are_the_export_records(exported):
    db = sqlite3.connect(exported)
    db.row_factory = sqlite3.Row
    first = run("export", "--format", "json").json()[0]
    row = dict(db.execute("SELECT * FROM facts WHERE id = ?", (first["id"],)).fetchone())
    for key, value in first.items():
        stored = json.loads(row[key]) if isinstance(value, list) else row[key]
        assert stored == value, key


def test_two_character_chinese_search(exported):
    db = sqlite3.connect(exported)
    hits = db.execute(
        "SELECT f.name FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid WHERE facts_fts MATCH ?",
        ('"电诈"',),
    ).fetchall()
    assert hits
    names = {name for (name,) in hits}
    assert "电信网络诈骗发案数" in names  # 电诈 is in its tags and its page's words
    assert db.execute("SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?", ('"枫桥"',)).fetchone()[0] > 0


def test_metadata_beside_it(exported):
    meta = json.loads(exported.with_name("facts.metadata.json").read_text(encoding="utf-8"))
    table = meta["databases"]["facts"]["tables"]["facts"]
    assert table["facets"] == ["region", "kind", "status", "period"]
    assert table["fts_table"] == "facts_fts"
    assert meta["title"] == "govfacts"


def test_sqlite_needs_an_output_file():
    r = run("export", "--format", "sqlite")
    assert r.code == 2
    assert "-o FILE" in r.err


@pytest.mark.skipif(importlib.util.find_spec("datasette") is None, reason="datasette is not installed")
def test_datasette_serves_it_with_facets_and_search(exported):
    meta = exported.with_name("facts.metadata.json")

    def get(path: str) -> dict:
        proc = subprocess.run(
            [sys.executable, "-m", "datasette", str(exported), "-m", str(meta), "--get", path],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    found = get("/facts/facts.json?_search=电诈&_shape=objects")
    assert found["rows"] and all("id" in row for row in found["rows"])
    facets = get("/facts/facts.json?_size=1")["facet_results"]
    facet_names = set(facets.get("results", facets))
    assert {"region", "kind", "period"} <= facet_names
