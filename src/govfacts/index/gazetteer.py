"""The gazetteer as every base's bottom layer: China's places as index rows, and the declared
regions that are gazetteer places.

Every index holds 中国 (id `cn`) and the gazetteer's divisions (id `cn-` + the six-digit
code: `cn-370200` is 青岛市). A base declares only the places the gazetteer lacks. A
declared region whose name and chain of parents match a gazetteer place (衢州市 under
浙江省) *is* that place: it keeps its own id, takes the code, and the gazetteer's id
becomes another name for it (`region_alias`), so it is never listed twice. Facts and
regions that name a place by its gazetteer id are pointed at the declared region.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from typing import Any

from govfacts.index.ddl import REGION, dump
from govfacts.index.grouping import fold_name, group_of
from govfacts.index.inputs import GAZETTEER as FILE

ROOT = ("cn", "中国", "国家")


@functools.lru_cache(maxsize=1)
def rows() -> list[tuple[Any, ...]]:
    """The region rows of 中国 and of every division, as compile.insert takes them."""
    from govfacts.gazetteer.divisions import divisions

    out: list[tuple[Any, ...]] = [(ROOT[0], ROOT[1], ROOT[2], None, dump({"id": ROOT[0], "name": ROOT[1], "level": ROOT[2]}), FILE, 0, 0, "cn")]
    for pos, d in enumerate(divisions(), start=1):
        ident, parent = f"cn-{d.code}", f"cn-{d.parent}" if d.parent else ROOT[0]
        data = {"id": ident, "name": d.name, "level": d.level, "parent": parent, "code": d.code}
        out.append((ident, d.name, d.level, parent, dump(data), FILE, pos, pos, d.code))
    return out


KEYS_FILE = "keys.tsv"  # beside divisions.tsv: every place's lookup keys (pinyin too), made once
CHARMAP_FILE = "charmap.tsv"  # and the traditional forms of the characters of their names


@functools.lru_cache(maxsize=4)
def _shipped(name: str) -> list[list[str]]:
    from importlib.resources import files

    text = files("govfacts.gazetteer").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line]


def shipped_keys() -> list[tuple[str, str, int]]:
    """(key, region id, rank) of every gazetteer place, as names.place_keys gives them."""
    return [(key, "cn" if code == "cn" else f"cn-{code}", int(rank)) for code, key, rank in _shipped(KEYS_FILE)]


def shipped_charmap() -> list[tuple[str, str]]:
    """(traditional, simplified) for the characters of the gazetteer's names."""
    return [(trad, simp) for trad, simp in _shipped(CHARMAP_FILE)]


def computed_keys() -> tuple[str, str]:
    """The text of keys.tsv and charmap.tsv, worked out afresh (pypinyin, OpenCC): tools/make_gazetteer_keys.py."""
    from govfacts.gazetteer.divisions import divisions
    from govfacts.index.names import place_keys, traditional_map

    lines, chars = ["code\tkey\trank"], set(ROOT[1])
    lines += [f"cn\t{key}\t{rank}" for key, rank in place_keys(ROOT[1], [])]
    for d in divisions():
        lines += [f"{d.code}\t{key}\t{rank}" for key, rank in place_keys(d.name, [])]
        chars.update(d.name)
    trad = sorted(traditional_map(sorted(chars)).items())
    return "\n".join(lines) + "\n", "\n".join(["trad\tsimp", *(f"{t}\t{s}" for t, s in trad)]) + "\n"


def unify(db: sqlite3.Connection) -> set[int]:
    """Lay the gazetteer under the declared regions again; return the fact groups that moved.

    The gazetteer's rows are put back whole, then each declared region that matches a
    gazetteer place (same name, under the same place) takes its code and stands in for it.
    """
    db.execute("DELETE FROM region WHERE file = ?", (FILE,))
    db.execute("DELETE FROM region_alias")
    db.execute("UPDATE region SET code = NULL")
    db.executemany(
        "INSERT INTO region(id, name, level, parent, data, file, pos, nth, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    children: dict[str, dict[str, str]] = {}
    for code, name, parent in db.execute("SELECT code, name, parent FROM region WHERE file = ?", (FILE,)):
        children.setdefault(parent or "", {})[name] = code
    declared = db.execute("SELECT id, name, parent FROM region WHERE file <> ? ORDER BY file, pos", (FILE,)).fetchall()
    codes: dict[str, str] = {}  # declared id → code
    for _ in range(8):  # parents first: a chain of declared places is matched from the top down
        for ident, name, parent in declared:
            if ident in codes:
                continue
            if parent is None:
                above = "cn"
            elif parent in codes:
                above = f"cn-{codes[parent]}" if codes[parent] != "cn" else "cn"
            elif parent.startswith("cn"):
                above = parent
            else:
                continue
            found = children.get(above, {}).get(name) if name != ROOT[1] else ("cn" if parent is None else None)
            if found:
                codes[ident] = found
    for ident, code in codes.items():
        gid = "cn" if code == "cn" else f"cn-{code}"
        db.execute("DELETE FROM region WHERE id = ? AND file = ?", (gid, FILE))
        db.execute("UPDATE region SET code = ? WHERE id = ? AND file <> ?", (code, ident, FILE))
        db.execute("INSERT OR IGNORE INTO region_alias VALUES (?, ?)", (gid, ident))
        db.execute("UPDATE region SET parent = ? WHERE parent = ?", (ident, gid))
    return point_facts(db, everywhere=True)


def point_facts(db: sqlite3.Connection, everywhere: bool) -> set[int]:
    """Point facts at the region their written id stands for now; return the groups they left and joined.

    Facts written with a gazetteer id that a declared region stands for are found through
    the index on fact.region; with `everywhere`, so are facts pointed elsewhere earlier
    whose region has since changed (a scan, needed only when the regions changed).
    """
    moved: set[int] = set()
    where = "f.region IN (SELECT alias FROM region_alias)"
    if everywhere:
        where += f" OR f.region <> json_extract(f.data, '{REGION}')"
    rows_ = db.execute(
        f"SELECT f.seq, f.kind, f.region, f.grp, f.shape, f.data, coalesce(a.region, json_extract(f.data, '{REGION}')) "
        f"FROM fact f LEFT JOIN region_alias a ON a.alias = json_extract(f.data, '{REGION}') WHERE {where}"
    ).fetchall()
    updates = []
    for seq, kind, region, grp, shape, data, target in rows_:
        if target == region:
            continue
        new = group_of(kind, target, fold_name(json.loads(data)[2]), shape)  # [quote, region, name, …]
        moved.update((grp, new))
        updates.append((target, new, seq))
    db.executemany("UPDATE fact SET region = ?, grp = ? WHERE seq = ?", updates)
    return moved
