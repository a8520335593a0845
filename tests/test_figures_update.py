"""Figures after updates: whatever files change, the index holds what a fresh build would.

An update works out only the groups it touched and writes only the statements whose
figure changed (build/grouping.py); these tests hold it to the fresh build's answer, for
the two ways a fresh build goes (a bulk load counts every figure in one scan).
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from govfacts.index import compile, ddl, grouping
from govfacts.index.grouping import Key, _refines, fitting
from govfacts.index.inputs import Files

HEAD = """\
[[source]]
id = "p1"
title = "测试页面一"

[[source]]
id = "p2"
title = "测试页面二"

[[region]]
id = "zj"
name = "浙江省"
level = "省"

[[region]]
id = "qz"
name = "衢州市"
level = "地级市"
parent = "zj"
"""

statement = st.tuples(
    st.sampled_from(["indicator", "indicator", "indicator", "program", "honour"]),
    st.sampled_from(["qz", "zj"]),
    st.sampled_from(["刑事警情", "治安警情"]),
    st.sampled_from([None, "2024", "2025"]),
    st.sampled_from([None, "同比", "环比"]),
    st.sampled_from([-3, -4.5]),
    st.sampled_from(["p1", "p2"]),
)
file_contents = st.lists(statement, max_size=4)


def toml(statements: list[tuple], tag: str) -> str:
    """A fact file of these statements; ids are unique to the file's version (`tag`)."""
    out = []
    for n, (kind, region, name, period, basis, value, source) in enumerate(statements):
        head = f'[[{kind}]]\nid = "{tag}-{n}"\nregion = "{region}"\nname = "{name}"\nsource = "{source}"\n'
        if kind == "indicator":
            out.append(
                head + f'value = {value}\nunit = "%"\nmeasure = "change"\nquote = "{name}下降{-value}%"\n'
                + (f'period = "{period}"\n' if period else "")
                + (f'basis = "{basis}"\n' if basis else "")
            )
        elif kind == "program":
            out.append(head + f'category = "机制"\nsummary = "一项机制"\nquote = "{name}"\n')
        else:
            out.append(head + f'level = "省级"\nquote = "{name}"\n' + (f"year = {period}\n" if period else ""))
    return "\n".join(out)


def files_of(folder: Path) -> Files:
    """The folder's TOML files, stamped by their content (so that a rewrite is always seen)."""
    paths = {f"0:{p.name}": p for p in sorted(folder.glob("*.toml"))}
    stamps = {k: hashlib.sha256(p.read_bytes()).hexdigest() for k, p in paths.items()}
    return Files(paths, stamps)


@functools.lru_cache(maxsize=1)
def _head_only() -> sqlite3.Connection:
    """An index of HEAD alone, with the gazetteer: built once, copied for every fresh build."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "000-head.toml").write_text(HEAD, encoding="utf-8")
        db = sqlite3.connect(":memory:")
        ddl.create(db)
        compile.update(db, files_of(Path(tmp)))
        db.commit()
    return db


def build(folder: Path, db: sqlite3.Connection | None = None, bulk: bool = False) -> sqlite3.Connection:
    """Update `db` (a new index of HEAD if None) from the folder's files; `bulk` forces a bulk load."""
    if db is None:
        db = sqlite3.connect(":memory:")
        _head_only().backup(db)
    with mock.patch.object(compile, "BULK_FILES", 1 if bulk else 10**6):
        compile.update(db, files_of(folder))
    return db


def state(db: sqlite3.Connection) -> tuple[dict, list]:
    """What figures the index holds: each fact's figure, and the figure table."""
    facts = dict(db.execute("SELECT id, figure FROM fact"))
    assert grouping.PENDING not in facts.values()
    return facts, sorted(db.execute("SELECT * FROM figure"))


def by_definition(db: sqlite3.Connection) -> tuple[dict, list]:
    """The figures the module's docstring defines, worked out from the index's facts by brute force."""
    groups: dict[int, list[tuple]] = {}
    for row in db.execute("SELECT grp, id, kind, pend, basis, value, source FROM fact"):
        groups.setdefault(row[0], []).append(row)
    facts, members = {}, {}
    for grp, rows in groups.items():
        keys = {(r[3], r[4]) for r in rows}
        tops = [k for k in keys if not any(o != k and _refines(o, k) for o in keys)]
        for _, ident, kind, pend, basis, value, source in rows:
            fits = [t for t in tops if _refines(t, (pend, basis))]
            if kind != "indicator":
                fig = grouping.figure_id(grp)
            elif len(fits) == 1:
                fig = grouping.figure_id(grp, *fits[0])
            else:
                fig = grouping.figure_id(grp, "alone", ident)
            facts[ident] = fig
            members.setdefault(fig, []).append((grp, kind, value, source))
    table = [
        (fig, ms[0][0], len(ms), len({m[3] for m in ms}), int(ms[0][1] == "indicator" and len({m[2] for m in ms}) > 1))
        for fig, ms in members.items()
        if len(ms) > 1
    ]
    return facts, sorted(table)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(file_contents, min_size=1, max_size=3),
    st.lists(st.tuples(st.integers(0, 3), st.one_of(st.none(), file_contents)), min_size=1, max_size=3),
)
def test_an_updated_index_holds_the_figures_of_a_fresh_build(first, edits):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "000-head.toml").write_text(HEAD, encoding="utf-8")
        for n, statements in enumerate(first):
            (folder / f"f{n}.toml").write_text(toml(statements, f"a{n}"), encoding="utf-8")
        db = build(folder)
        for step, (n, statements) in enumerate(edits):
            path = folder / f"f{n}.toml"
            if statements is None:
                path.unlink(missing_ok=True)
            else:
                path.write_text(toml(statements, f"e{step}-{n}"), encoding="utf-8")
            build(folder, db)
        updated = state(db)
        assert updated == by_definition(db)
        assert updated == state(build(folder))
        assert updated == state(build(folder, bulk=True))


keys = st.sets(st.tuples(st.sampled_from([None, "2024-12", "2025-12"]), st.sampled_from([None, "同比", "环比"])), min_size=1)


@settings(max_examples=200, deadline=None)
@given(keys)
def test_fitting_follows_the_definition(found: set[Key]):
    """fitting() is linear; the definition it follows compares every pair of keys."""
    tops = [k for k in found if not any(o != k and _refines(o, k) for o in found)]
    expected = {}
    for key in found:
        fits = [t for t in tops if _refines(t, key)]
        expected[key] = fits[0] if len(fits) == 1 else None
    assert fitting(found) == expected


def test_editing_one_file_writes_only_its_own_statements_figures(tmp_path):
    """The other statements of a group keep their rows untouched: an update costs what the file holds."""
    (tmp_path / "000-head.toml").write_text(HEAD, encoding="utf-8")
    many = [("indicator", "qz", "刑事警情", "2025", "同比", -3, "p1")] * 30
    (tmp_path / "f0.toml").write_text(toml(many, "a"), encoding="utf-8")
    (tmp_path / "f1.toml").write_text(toml(many[:1], "b"), encoding="utf-8")
    db = build(tmp_path)
    (tmp_path / "f1.toml").write_text(toml([("indicator", "qz", "刑事警情", "2025", "同比", -4.5, "p2")], "c"), "utf-8")
    writes = []
    db.set_trace_callback(writes.append)
    build(tmp_path, db)
    db.set_trace_callback(None)
    assert [w for w in writes if w.startswith("UPDATE fact SET figure")] == []  # its figure came with the row
    assert db.execute("SELECT members, pages, differs FROM figure").fetchall() == [(31, 2, 1)]
