"""Questions about facts: by name, by place, across places, and every fact for export.

Pure functions of an open index: they take the SQLite connection and plain values and
return typed results (results.py). Errors are the exceptions of errors.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence

from govfacts.engine.lookup import FACT_COLUMNS, Lookup, whole_figures
from govfacts.engine.match import as_json, find_place, has_facts, match_labels, prepare
from govfacts.engine.place_tree import place_summary, region_tree
from govfacts.engine.results import BaseExport, Counts, FactList, Profile, Record, by_kind
from govfacts.engine.typed_periods import OVERLAP, normalize, rank_by_fit
from govfacts.errors import NoMatch, UsageError
from govfacts.index.ddl import path_of_field
from govfacts.index.inputs import GAZETTEER
from govfacts.schema import FACT_KINDS, STATUSES, period_bounds


def _period_filter(period: str | None) -> tuple[str, list[str | None]]:
    if period is None:
        return "", []
    start, end = period_bounds(normalize(period))
    return " AND f.pstart <= ? AND f.pend >= ?", [end, start]


def filters(
    kinds: Sequence[str], scope: str | None, below: bool, period: str | None, status: str | None = None
) -> tuple[str, list]:
    """The WHERE clauses (each starting with AND) for kinds, a place (and those below it), a period
    and a status (target or actual: only indicators have one, so a status keeps indicators alone)."""
    if status is not None:
        kinds = [k for k in kinds if k == "indicator"]
    where = f" AND f.kind IN ({','.join('?' * len(kinds))})"
    args: list = list(kinds)
    if status is not None:
        where += status_clause(status)
    if scope is not None:
        if below:
            where += " AND f.region IN (SELECT region FROM region_tree WHERE ancestor = ?)"
        else:
            where += " AND f.region = ?"
        args.append(scope)
    clause, more = _period_filter(period)
    return where + clause, args + more


_STATUS = path_of_field("indicator", "status")


def status_clause(status: str) -> str:
    """The WHERE clause (starting with AND) for indicators of one status; UsageError for another word.

    The index stores a target's status and leaves a result's unset (actual is the default)."""
    if status not in STATUSES:
        from govfacts.i18n import _

        raise UsageError(_("--status {status!r}: expected one of: {choices}").format(status=status, choices=", ".join(STATUSES)))
    return f" AND json_extract(f.data, '{_STATUS}') IS " + ("'target'" if status == "target" else "NULL")


def _sort(records: list[Record], sort: str, lookup: Lookup) -> list[Record]:
    if sort == "value":  # largest first within each unit and measure; units in the order they come
        units = {k: n for n, k in enumerate(dict.fromkeys((r.get("unit"), r.get("measure")) for r in records))}
        return sorted(records, key=lambda r: (units[(r.get("unit"), r.get("measure"))], -(r.get("value") or 0)))
    if sort == "region":
        return sorted(records, key=lambda r: lookup.places[r["region_id"]].order)
    if sort == "period":
        return sorted(records, key=lambda r: (r.get("period") is None, r.get("period") or ""))
    return records


def facts_matching(
    db: sqlite3.Connection,
    text: str | None,
    kind: str,
    region: str | None = None,
    period: str | None = None,
    sort: str = "rank",
    within: bool = False,
    status: str | None = None,
) -> FactList:
    """Facts of one kind whose name or tags match `text` (all of them when None), best first.

    `region` is a place as typed; it means that place and every place below it. With a
    `period`, facts whose period fits it exactly come first, then those inside it, then
    those that only overlap it; `within` keeps only the first two. A `status` (target, actual)
    keeps the indicators of that status.
    """
    scope = find_place(db, region) if region else None
    found = facts_in(db, text, (kind,), scope, period, sort, Lookup(db), within, status)
    asked = normalize(period) if period is not None else None
    fits = rank_by_fit(found, asked)[1] if asked else {}
    return FactList(found, kind, fits, asked)


def facts_in(
    db: sqlite3.Connection,
    text: str | None,
    kinds: Sequence[str],
    scope: str | None,
    period: str | None,
    sort: str,
    lookup: Lookup,
    within: bool = False,
    status: str | None = None,
) -> list[Record]:
    """Records of the facts matching `text`, with the place already resolved to an id (or None);
    with a period, ranked by how tightly they fit it (see facts_matching)."""
    where, args = filters(kinds, scope, True, period, status)
    if status is not None:
        kinds = [k for k in kinds if k == "indicator"]
        if not kinds:
            return []
    if text is None:
        rows = db.execute(
            f"SELECT {FACT_COLUMNS} FROM fact f WHERE 1 {where} ORDER BY f.file, f.pos", args
        ).fetchall()
    else:
        found = match_labels(db, prepare(db, text), kinds)
        if not found:
            return []
        # the place is looked for while matching, through the (label, region) index, so that
        # a name stated 70,000 times across a base costs only its statements in that place
        inside, near = ("", []) if scope is None else (" AND f.region IN (SELECT region FROM region_tree WHERE ancestor = ?)", [scope])
        rows = db.execute(
            f"""
            WITH hit(label, rank) AS (
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)),
            matched(seq, rank) AS (
                SELECT f.seq, 2 * h.rank FROM hit h JOIN fact f ON f.label = h.label WHERE 1 {inside}
                UNION ALL
                SELECT t.fact, 2 * h.rank + 1 FROM hit h JOIN fact_tag t ON t.label = h.label
                JOIN fact f ON f.seq = t.fact WHERE 1 {inside})
            SELECT {FACT_COLUMNS} FROM matched m JOIN fact f ON f.seq = m.seq
            WHERE 1 {where}
            GROUP BY f.seq
            ORDER BY min(m.rank), (SELECT length(norm) FROM label WHERE id = f.label),
                     (SELECT file || char(0) || printf('%09d', pos) FROM region WHERE id = f.region),
                     f.file, f.pos
            """,
            [as_json(found), *near, *near, *args],
        ).fetchall()
    records = lookup.records(whole_figures(db, rows))
    if period is not None:
        records = rank_by_fit(records, normalize(period), within)[0]
    return _sort(records, sort, lookup)


def profile(
    db: sqlite3.Connection,
    place: str,
    below: bool = False,
    kinds: Sequence[str] = FACT_KINDS,
    period: str | None = None,
    region_id: str | None = None,
    within: bool = False,
    status: str | None = None,
) -> Profile:
    """A place's facts of the kinds asked for, optionally with those of every place below it.

    `place` is as typed; `region_id`, when given, is the place already resolved. A `status`
    keeps only the indicators of that status (programs and honours have none).
    """
    if status is not None:
        kinds = [k for k in kinds if k == "indicator"]
    lookup = Lookup(db)
    notes: list[str] = []
    region_id = region_id or find_place(db, place, notes)
    where, args = filters(kinds, region_id, below, period, status)
    order = "ORDER BY f.file, f.pos"
    if below:
        order = (
            "ORDER BY (SELECT r.file || char(0) || printf('%09d', r.pos) FROM region r WHERE r.id = f.region), "
            "f.file, f.pos"
        )
    rows = db.execute(f"SELECT {FACT_COLUMNS} FROM fact f WHERE 1 {where} {order}", args).fetchall()
    found = by_kind(lookup.records(whole_figures(db, rows)))
    fits: dict[str, int] = {}
    if period is not None:
        for kind in list(found):
            found[kind], kind_fits = rank_by_fit(found[kind], normalize(period), within)
            fits.update(kind_fits)
    below_count = 0
    if not rows and not below:  # nothing of its own: do the places below it hold some?
        where, args = filters(kinds, region_id, True, period, status)
        below_count = db.execute(f"SELECT count(*) FROM fact f WHERE 1 {where}", args).fetchone()[0]
    asked = normalize(period) if period is not None else None
    below_within = 0
    if asked and not below and all(v == OVERLAP for v in fits.values()):  # nothing of its own fits
        start, end = period_bounds(asked)
        where, args = filters(kinds, region_id, True, None, status)
        below_within = db.execute(
            f"SELECT count(*) FROM fact f WHERE f.region <> ? AND f.pstart >= ? AND f.pend <= ? {where}",
            [region_id, start, end, *args],
        ).fetchone()[0]
    summary = place_summary(lookup, region_id)
    return Profile(
        summary, found, tuple(kinds), has_facts(db, region_id), notes, below_count, fits, asked, below_within
    )


def export(
    db: sqlite3.Connection,
    batch: int = 2000,
    status: str | None = None,
    reopen: Callable[[], sqlite3.Connection] | None = None,
) -> BaseExport:
    """Every fact as an export record, indicators first, in file order, read in batches as it is
    written; with the region tree and the source list that a database export holds too. A
    `status` exports only the indicators of that status. Each reading of the records streams
    them again, from the index `reopen` gives (the library's, open again after a close)."""
    from govfacts.engine.sources import source_list

    kinds = FACT_KINDS if status is None else ("indicator",)
    where = status_clause(status) if status is not None else ""
    connect = reopen or (lambda: db)
    return BaseExport(lambda: _stream(connect(), batch, kinds, where), region_tree(db), source_list(db))


def _stream(db: sqlite3.Connection, batch: int, kinds: Sequence[str], where: str) -> Iterator[Record]:
    lookup = Lookup(db)
    for kind in kinds:
        last = ("", -1)
        while True:
            rows = db.execute(
                f"SELECT {FACT_COLUMNS}, f.file, f.pos FROM fact f WHERE (f.file, f.pos) > (?, ?) AND f.kind = ? "
                f"{where} ORDER BY f.file, f.pos LIMIT ?",
                (*last, kind, batch),
            ).fetchall()
            if not rows:
                break
            last = rows[-1][7:]
            yield from lookup.records([r[:7] for r in rows])


def counts(db: sqlite3.Connection) -> Counts:
    """How many entries of each kind the base holds."""

    def count(sql: str, *args: str) -> int:
        return db.execute(sql, args).fetchone()[0]

    own_regions = count("SELECT count(*) FROM region WHERE file <> ?", GAZETTEER)
    found = {"source": count("SELECT count(*) FROM source"), "region": own_regions}
    found.update({k: count("SELECT count(*) FROM fact WHERE kind = ?", k) for k in FACT_KINDS})
    found["term"] = count("SELECT count(DISTINCT name) FROM term")
    unverified = count("SELECT count(*) FROM fact f JOIN source s ON s.id = f.source WHERE s.page IS NULL")
    places = count("SELECT count(*) FROM region WHERE file = ?", GAZETTEER) + count("SELECT count(*) FROM region_alias")
    flagged = " OR ".join(
        f"(kind = '{k}' AND json_array_length(data, '{path_of_field(k, 'review')}') > 0)" for k in FACT_KINDS
    )
    to_review = count(f"SELECT count(*) FROM fact WHERE {flagged}")
    return Counts(found, unverified, places, to_review)


def explain_nothing(
    db: sqlite3.Connection, text: str | None, kind: str, region: str | None, period: str | None
) -> None:
    """When a filtered listing found nothing, NoMatch saying which filter removed what (else nothing)."""
    from govfacts.i18n import _

    if region is None and period is None:
        return
    noun = {"indicator": _("indicator"), "program": _("program"), "honour": _("honour")}.get(kind, kind)
    what = _("{kind} matching {text!r}").format(kind=noun, text=text) if text else noun
    everywhere = list(facts_matching(db, text, kind).rows)
    if not everywhere:
        return
    place = Lookup(db).places[find_place(db, region)].name if region else None
    in_place = list(facts_matching(db, text, kind, region).rows) if region and period else []
    if region and period and in_place:
        raise NoMatch(
            _("no {what} in {place} for {period}; {count} for other periods (leave out --period)").format(
                what=what, place=place, period=period, count=len(in_place)
            )
        )
    if region:
        raise NoMatch(
            _("no {what} in {place}; there are {count} elsewhere (leave out --region)").format(
                what=what, place=place, count=len(everywhere)
            )
        )
    raise NoMatch(
        _("no {what} for {period}; there are {count} for other periods (leave out --period)").format(
            what=what, period=period, count=len(everywhere)
        )
    )


def other_kinds(
    db: sqlite3.Connection, text: str, kind: str, region: str | None = None, period: str | None = None
) -> dict[str, int]:
    """For a listing of one kind that found nothing: how many figures of each other kind match
    `text` under the same place and period (`honours 连冠` finds no honour, but indicators)."""
    found = {}
    for other in FACT_KINDS:
        if other != kind:
            rows = facts_matching(db, text, other, region, period).rows
            figures = len({r["figure"] for r in rows})
            if figures:
                found[other] = figures
    return found
