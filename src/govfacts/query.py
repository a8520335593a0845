"""The questions govfacts answers, as pure functions of an open index.

No terminal, no files: each function takes the SQLite connection and plain values,
and returns records in the export shape (records.py) or small dicts documented in
docs/schema.md. Errors are the exceptions of errors.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from govfacts.errors import NoMatch, UsageError
from govfacts.match import MAX_QUERY, as_json, find_place, match_labels, prepare
from govfacts.records import compose
from govfacts.schema import FACT_KINDS, PERIOD_RE, period_bounds

SORTS = ("rank", "value", "region", "period")


class Lookup:
    """Regions and source titles of one index, read once per process."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._regions: dict[str, dict[str, Any]] | None = None
        self._titles: dict[str, str] | None = None

    @property
    def regions(self) -> dict[str, dict[str, Any]]:
        if self._regions is None:
            rows = self.db.execute(
                "SELECT id, name, level, parent, depth, path, seq, data FROM region ORDER BY file, pos"
            )
            self._regions = {
                r[0]: {
                    "aliases": json.loads(r[7]).get("aliases", []),
                    "id": r[0],
                    "name": r[1],
                    "level": r[2],
                    "parent": r[3],
                    "depth": r[4],
                    "path": json.loads(r[5]),
                    "order": n,
                }
                for n, r in enumerate(rows)
            }
        return self._regions

    @property
    def titles(self) -> dict[str, str]:
        if self._titles is None:
            self._titles = dict(self.db.execute("SELECT id, title FROM source"))
        return self._titles

    def records(self, rows: Sequence[tuple]) -> list[dict[str, Any]]:
        """Export records of fact rows (seq, kind, region, source, data)."""
        seqs = [r[0] for r in rows]
        conflicts = self._conflicts(seqs)
        holders = {}
        out = []
        for seq, kind, region, source, data in rows:
            fields = json.loads(data)
            extra: dict[str, Any] = {}
            if kind == "indicator":
                extra["conflicts_with"] = conflicts.get(seq, [])
            elif kind == "honour" and fields.get("holder"):
                holder = fields["holder"]
                if holder not in holders:
                    found = self.db.execute(
                        "SELECT json_extract(data, '$.name') FROM fact WHERE id = ?", (holder,)
                    ).fetchone()
                    holders[holder] = found[0] if found else None
                extra["holder_name"] = holders[holder]
            out.append(compose(kind, fields, self.regions[region], self.titles[source], extra))
        return out

    def _conflicts(self, seqs: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for start in range(0, len(seqs), 500):
            chunk = seqs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for seq, other in self.db.execute(
                f"SELECT fact, other FROM conflict WHERE fact IN ({marks}) ORDER BY other", chunk
            ):
                found.setdefault(seq, []).append(other)
        return found


FACT_COLUMNS = "f.seq, f.kind, f.region, f.source, f.data"


def _period_filter(period: str | None) -> tuple[str, list[str]]:
    if not period:
        return "", []
    if not PERIOD_RE.match(period):
        raise UsageError(f"--period {period!r} is not a period (YYYY, YYYY-MM, YYYY/YYYY or YYYY-MM/YYYY-MM)")
    start, end = period_bounds(period)
    return " AND f.pstart <= ? AND f.pend >= ?", [end, start]


def _kinds_filter(kinds: Sequence[str]) -> tuple[str, list[str]]:
    return f" AND f.kind IN ({','.join('?' * len(kinds))})", list(kinds)


def _scope_filter(region: str | None, below: bool) -> tuple[str, list[str]]:
    if region is None:
        return "", []
    if below:
        return " AND f.region IN (SELECT region FROM region_tree WHERE ancestor = ?)", [region]
    return " AND f.region = ?", [region]


def _sort(records: list[dict[str, Any]], sort: str, lookup: Lookup) -> list[dict[str, Any]]:
    if sort == "value":
        return sorted(records, key=lambda r: -(r.get("value") or 0))
    if sort == "region":
        return sorted(records, key=lambda r: lookup.regions[r["region_id"]]["order"])
    if sort == "period":
        return sorted(records, key=lambda r: (r.get("period") is None, r.get("period") or ""), reverse=False)
    return records


def facts_matching(
    db: sqlite3.Connection,
    text: str | None,
    kinds: Sequence[str] = FACT_KINDS,
    region: str | None = None,
    period: str | None = None,
    sort: str = "rank",
    lookup: Lookup | None = None,
) -> list[dict[str, Any]]:
    """Facts of the given kinds whose name or tags match `text` (all of them when None), best first.

    `region` is a place as typed; it means that place and every place below it.
    """
    scope = find_place(db, region) if region else None
    return _facts_in(db, text, kinds, scope, period, sort, lookup or Lookup(db))


def _facts_in(
    db: sqlite3.Connection,
    text: str | None,
    kinds: Sequence[str],
    scope: str | None,
    period: str | None,
    sort: str,
    lookup: Lookup,
) -> list[dict[str, Any]]:
    """facts_matching() with the place already resolved to a region id (or None for everywhere)."""
    where, args = _kinds_filter(kinds)
    for clause, more in (_scope_filter(scope, True), _period_filter(period)):
        where += clause
        args += more
    if text is None:
        rows = db.execute(
            f"SELECT {FACT_COLUMNS} FROM fact f WHERE 1 {where} ORDER BY f.file, f.pos", args
        ).fetchall()
    else:
        found = match_labels(db, prepare(db, text))
        if not found:
            return []
        rows = db.execute(
            f"""
            WITH hit(label, rank) AS (
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)),
            matched(seq, rank) AS (
                SELECT f.seq, 2 * h.rank FROM hit h JOIN fact f ON f.label = h.label
                UNION ALL
                SELECT t.fact, 2 * h.rank + 1 FROM hit h JOIN fact_tag t ON t.label = h.label)
            SELECT {FACT_COLUMNS} FROM matched m JOIN fact f ON f.seq = m.seq
            WHERE 1 {where}
            GROUP BY f.seq
            ORDER BY min(m.rank), (SELECT length(norm) FROM label WHERE id = f.label),
                     (SELECT file || char(0) || printf('%09d', pos) FROM region WHERE id = f.region),
                     f.file, f.pos
            """,
            [as_json(found), *args],
        ).fetchall()
    return _sort(lookup.records(rows), sort, lookup)


# ---------------------------------------------------------------- places


def region_summary(lookup: Lookup, region_id: str) -> dict[str, Any]:
    """A place: its names, level, parent and the places directly below it."""
    r = lookup.regions[region_id]
    parent = lookup.regions.get(r["parent"]) if r["parent"] else None
    children = [c for c in lookup.regions.values() if c["parent"] == region_id]
    aliases = r["aliases"]
    return {
        "id": r["id"],
        "name": r["name"],
        "level": r["level"],
        "parent": parent["name"] if parent else None,
        "parent_id": parent["id"] if parent else None,
        "path": r["path"],
        "aliases": aliases,
        "children": [c["name"] for c in children],
        "children_ids": [c["id"] for c in children],
    }


class Profile:
    """What `show` answers: a place and its facts, by kind."""

    __slots__ = ("region", "facts")

    def __init__(self, region: dict[str, Any], facts: dict[str, list[dict[str, Any]]]) -> None:
        self.region, self.facts = region, facts

    def as_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "indicators": self.facts["indicator"],
            "programs": self.facts["program"],
            "honours": self.facts["honour"],
        }

    def count(self) -> int:
        return sum(len(v) for v in self.facts.values())


def profile(
    db: sqlite3.Connection,
    place: str,
    below: bool = False,
    kinds: Sequence[str] = FACT_KINDS,
    period: str | None = None,
) -> Profile:
    """A place's facts, optionally with those of every place below it."""
    lookup = Lookup(db)
    region_id = find_place(db, place)
    where, args = _kinds_filter(kinds)
    for clause, more in (_scope_filter(region_id, below), _period_filter(period)):
        where += clause
        args += more
    order = "ORDER BY f.file, f.pos"
    if below:
        order = (
            "ORDER BY (SELECT r.file || char(0) || printf('%09d', r.pos) FROM region r WHERE r.id = f.region), "
            "f.file, f.pos"
        )
    rows = db.execute(f"SELECT {FACT_COLUMNS} FROM fact f WHERE 1 {where} {order}", args).fetchall()
    by_kind: dict[str, list[dict[str, Any]]] = {k: [] for k in FACT_KINDS}
    for rec in lookup.records(rows):
        by_kind[rec["kind"]].append(rec)
    return Profile(region_summary(lookup, region_id), by_kind)


def compare(
    db: sqlite3.Connection, places: Sequence[str], metric: str, period: str | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The indicators matching `metric` in each place (the place itself, not below it).

    Returns the places (as region summaries) and the matching records, place by place.
    """
    lookup = Lookup(db)
    ids = list(dict.fromkeys(find_place(db, p) for p in places))
    matches = facts_matching(db, metric, ("indicator",), None, period, lookup=lookup)  # matched once
    records = [r for rid in ids for r in matches if r["region_id"] == rid]
    return [region_summary(lookup, rid) for rid in ids], records


def region_tree(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every place in tree order, with its depth and fact counts (its own, and with those below)."""
    own = dict(db.execute("SELECT region, count(*) FROM fact GROUP BY region"))
    total = dict(
        db.execute(
            "SELECT t.ancestor, count(*) FROM region_tree t JOIN fact f ON f.region = t.region "
            "GROUP BY t.ancestor"
        )
    )
    lookup = Lookup(db)
    regions = lookup.regions
    children: dict[str | None, list[str]] = {}
    for rid, r in regions.items():
        parent = r["parent"] if r["parent"] in regions else None
        children.setdefault(parent, []).append(rid)
    out: list[dict[str, Any]] = []

    def walk(parent: str | None, depth: int) -> None:
        for rid in children.get(parent, []):
            r = regions[rid]
            out.append(
                {
                    "id": rid,
                    "name": r["name"],
                    "level": r["level"],
                    "parent_id": r["parent"],
                    "depth": depth,
                    "path": r["path"],
                    "aliases": r["aliases"],
                    "facts": own.get(rid, 0),
                    "facts_total": total.get(rid, 0),
                }
            )
            walk(rid, depth + 1)

    walk(None, 0)
    return out


# ---------------------------------------------------------------- sources


SOURCE_FIELDS = (
    "id",
    "title",
    "date",
    "date_note",
    "publisher",
    "section",
    "pages",
    "speaker",
    "file",
    "url",
    "facts",
)
REGION_FIELDS = ("id", "name", "level", "parent_id", "depth", "path", "aliases", "facts", "facts_total")


def sources(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every source page, with how many facts cite it."""
    counts = dict(db.execute("SELECT source, count(*) FROM fact GROUP BY source"))
    out = []
    for sid, data in db.execute("SELECT id, data FROM source ORDER BY file, pos"):
        d = json.loads(data)
        out.append(
            {
                "id": sid,
                "title": d["title"],
                "date": d.get("date"),
                "date_note": d.get("date_note"),
                "publisher": d.get("publisher"),
                "section": d.get("section"),
                "pages": d.get("pages"),
                "speaker": d.get("speaker"),
                "file": d.get("file"),
                "url": d.get("url"),
                "facts": counts.get(sid, 0),
            }
        )
    return out


def source(db: sqlite3.Connection, ident: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One source page and every fact that cites it."""
    found = [s for s in sources(db) if s["id"] == ident]
    if not found:
        import difflib

        ids = [s["id"] for s in sources(db)]
        close = difflib.get_close_matches(ident, ids, n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(close)}?" if close else "; see 'govfacts sources'"
        raise NoMatch(f"no source with id {ident!r}{hint}")
    rows = db.execute(
        f"SELECT {FACT_COLUMNS} FROM fact f WHERE f.source = ? ORDER BY f.file, f.pos", (ident,)
    ).fetchall()
    return found[0], Lookup(db).records(rows)


# ---------------------------------------------------------------- search

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年)?(?!\d)")


class Parsed:
    """A free-form search split into its parts: a place id, a period and the remaining words."""

    __slots__ = ("place", "period", "text")

    def __init__(self, place: str | None, period: str | None, text: str | None) -> None:
        self.place, self.period, self.text = place, period, text


def split_search(db: sqlite3.Connection, raw: str) -> Parsed:
    """Pull a year and a place out of free text: '衢州 2025 电诈' → (衢州市, 2025, 电诈)."""
    text = raw.strip()
    if not text:
        raise UsageError("the search text is empty")
    if len(text) > MAX_QUERY:
        raise UsageError(f"the query text is too long ({len(text):,} characters; at most {MAX_QUERY})")
    period = None
    m = YEAR.search(text)
    if m:
        period = m.group(1)
        text = (text[: m.start()] + " " + text[m.end() :]).strip()
    place = None
    words = text.split()
    for i, word in enumerate(words):
        try:
            place = find_place(db, word)
        except NoMatch:
            continue
        words = words[:i] + words[i + 1 :]
        break
    else:
        # 衢州电诈: the longest leading run of characters that names a place
        joined = "".join(words)
        for cut in range(min(len(joined) - 1, 8), 1, -1):
            try:
                place = find_place(db, joined[:cut])
            except NoMatch:
                continue
            words = [joined[cut:]]
            break
    rest = " ".join(words).strip() or None
    return Parsed(place, period, rest)


def search(db: sqlite3.Connection, raw: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Everything that matches: places and facts, best first, as search hits."""
    parsed = split_search(db, raw)
    lookup = Lookup(db)
    hits: list[dict[str, Any]] = []
    if parsed.text:
        try:
            rid = find_place(db, parsed.text) if not parsed.place else None
        except NoMatch:
            rid = None
        if rid:
            r = lookup.regions[rid]
            hits.append(_hit(0, "region", rid, r["name"], r, r["level"], None, None, None))
    records = _facts_in(db, parsed.text, FACT_KINDS, parsed.place, parsed.period, "rank", lookup)
    for rank, rec in enumerate(records, start=len(hits)):
        detail = rec.get("value_text") or rec.get("category") or rec.get("level")
        hits.append(
            _hit(
                rank,
                rec["kind"],
                rec["id"],
                rec["name"],
                lookup.regions[rec["region_id"]],
                detail,
                rec.get("period"),
                rec["source"],
                rec["source_title"],
            )
        )
    return hits[:limit] if limit else hits


SEARCH_FIELDS = (
    "rank",
    "kind",
    "id",
    "name",
    "region",
    "region_id",
    "detail",
    "period",
    "source",
    "source_title",
)


def _hit(
    rank: int,
    kind: str,
    ident: str,
    name: str,
    region: dict[str, Any],
    detail: Any,
    period: str | None,
    source_id: str | None,
    title: str | None,
) -> dict[str, Any]:
    return dict(
        zip(
            SEARCH_FIELDS,
            (rank + 1, kind, ident, name, region["name"], region["id"], detail, period, source_id, title),
            strict=False,
        )
    )


def export(db: sqlite3.Connection, batch: int = 2000) -> Iterator[dict[str, Any]]:
    """Every fact as an export record, indicators first, in file order; streamed in batches."""
    lookup = Lookup(db)
    for kind in FACT_KINDS:
        last = ("", -1)
        while True:
            rows = db.execute(
                f"SELECT {FACT_COLUMNS}, f.file, f.pos FROM fact f WHERE (f.file, f.pos) > (?, ?) AND f.kind = ? "
                "ORDER BY f.file, f.pos LIMIT ?",
                (*last, kind, batch),
            ).fetchall()
            if not rows:
                break
            last = rows[-1][5:]
            yield from lookup.records([r[:5] for r in rows])


def counts(db: sqlite3.Connection) -> dict[str, int]:
    """How many entries of each kind the base holds."""
    return {
        "source": db.execute("SELECT count(*) FROM source").fetchone()[0],
        "region": db.execute("SELECT count(*) FROM region").fetchone()[0],
        **{k: db.execute("SELECT count(*) FROM fact WHERE kind = ?", (k,)).fetchone()[0] for k in FACT_KINDS},
        "term": db.execute("SELECT count(DISTINCT name) FROM term").fetchone()[0],
    }
