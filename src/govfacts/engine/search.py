"""Free-text search: a place, a year and words in any order, answered with places and facts."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from govfacts.engine.facts import facts_in
from govfacts.engine.lookup import Lookup
from govfacts.engine.match import checked, find_place
from govfacts.engine.results import Place, Record, SearchHits
from govfacts.errors import NoMatch
from govfacts.schema import FACT_KINDS

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年)?(?!\d)")


@dataclass(frozen=True)
class Parsed:
    """A free-form search split into its parts: a place id, a period and the remaining words."""

    place: str | None
    period: str | None
    text: str | None


def split_search(db: sqlite3.Connection, raw: str) -> Parsed:
    """Pull a year and a place out of free text: '衢州 2025 电诈' → (衢州市, 2025, 电诈)."""
    text = checked(raw, "search")
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
    return Parsed(place, period, " ".join(words).strip() or None)


def _hit(
    rank: int,
    kind: str,
    ident: str,
    name: str,
    place: Place,
    *,
    detail: object = None,
    period: str | None = None,
    figure: str | None = None,
    source: str | None = None,
    source_title: str | None = None,
) -> Record:
    """One search hit, its keys in the order of SEARCH_FIELDS."""
    return {
        "rank": rank,
        "kind": kind,
        "id": ident,
        "name": name,
        "region": place.name,
        "region_id": place.id,
        "detail": detail,
        "period": period,
        "figure": figure,
        "source": source,
        "source_title": source_title,
    }


def search(db: sqlite3.Connection, raw: str) -> SearchHits:
    """Everything that matches: places and facts, best first."""
    parsed = split_search(db, raw)
    lookup = Lookup(db)
    hits: list[Record] = []
    if parsed.text and not parsed.place:
        try:
            rid = find_place(db, parsed.text)
        except NoMatch:
            rid = None
        if rid:
            p = lookup.places[rid]
            hits.append(_hit(1, "region", rid, p.name, p, detail=p.level))
    records = facts_in(db, parsed.text, FACT_KINDS, parsed.place, parsed.period, "rank", lookup)
    for rank, rec in enumerate(records, start=len(hits) + 1):
        hits.append(
            _hit(
                rank,
                rec["kind"],
                rec["id"],
                rec["name"],
                lookup.places[rec["region_id"]],
                detail=rec.get("value_text") or rec.get("category") or rec.get("level"),
                period=rec.get("period"),
                figure=rec["figure"],
                source=rec["source"],
                source_title=rec["source_title"],
            )
        )
    return SearchHits(hits)
