"""Free-text search: a place, a year and words in any order, answered with places and facts."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from govfacts.engine.facts import facts_in, filters
from govfacts.engine.lookup import FACT_COLUMNS, Lookup
from govfacts.engine.match import checked, either, find_place
from govfacts.engine.results import SEARCH_FIELDS, Place, Record, SearchHits
from govfacts.errors import NoMatch, UnknownPlace
from govfacts.index.ddl import QUOTE
from govfacts.schema import FACT_KINDS
from govfacts.text import fold

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
            place = find_place(db, word, strict=True)
        except NoMatch:
            continue
        words = words[:i] + words[i + 1 :]
        break
    else:
        # 衢州电诈: the longest leading run of characters that names a place
        joined = "".join(words)
        for cut in range(min(len(joined) - 1, 8), 1, -1):
            try:
                place = find_place(db, joined[:cut], strict=True)
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
    quote: str | None = None,
    review: list[str] | None = None,
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
        "quote": quote,
        "review": review,
    }


def search(db: sqlite3.Connection, raw: str, status: str | None = None) -> SearchHits:
    """Everything that matches, best first: an id; a place; facts by name or by figure (19.1%,
    1725个, 十九连冠); source pages by title, speaker or publisher; then facts by quote alone.
    A `status` (target, actual) keeps only the indicators of that status: no places, pages,
    programs or honours."""
    from govfacts.engine.describe import kind_of

    text = checked(raw, "search")
    lookup = Lookup(db)
    hits: list[Record] = []
    if kind_of(db, text):
        found = _id_hits(db, text, lookup)
        if status is not None:
            found = [h for h in found if h["kind"] == "indicator" and _status_of(db, h["id"]) == status]
        return SearchHits(found)
    parsed = split_search(db, text)
    if parsed.text and not parsed.place and status is None:
        try:
            rid = find_place(db, parsed.text, strict=True)
        except NoMatch:
            rid = None
        if rid:
            p = lookup.places[rid]
            hits.append(_hit(1, "region", rid, p.name, p, detail=p.level))
    records = facts_in(db, parsed.text, FACT_KINDS, parsed.place, parsed.period, "rank", lookup, status=status)
    if parsed.text:
        seen = {r["id"] for r in records}
        records += [r for r in by_figure(db, parsed, lookup, status) if r["id"] not in seen]
    hits += [_fact_hit(len(hits) + n, rec, lookup) for n, rec in enumerate(records, start=1)]
    if parsed.text:
        if status is None:
            hits += [_source_hit(len(hits) + n, s) for n, s in enumerate(sources_saying(db, parsed.text), start=1)]
        seen = {r["id"] for r in records}
        quoted = [r for r in by_quote(db, parsed, lookup, status) if r["id"] not in seen]
        hits += [_fact_hit(len(hits) + n, rec, lookup) for n, rec in enumerate(quoted, start=1)]
    return SearchHits(_numbered(hits), _typo_hint(db, text) if not hits else "")


def _numbered(hits: list[Record]) -> list[Record]:
    """The hits ranked as a table shows them: the statements of one figure are one row and
    share its number, and the rows are numbered 1, 2, 3 … with no gaps."""
    rows: dict[object, int] = {}
    for hit in hits:
        hit["rank"] = rows.setdefault(hit["figure"] or (hit["kind"], hit["id"]), len(rows) + 1)
    return hits


def _typo_hint(db: sqlite3.Connection, text: str) -> str:
    """For a search that found nothing: the did-you-mean that `show` gives a word that looks like a place."""
    from govfacts.i18n import _

    for word in text.split():
        try:
            find_place(db, word)
        except UnknownPlace as e:
            if e.suggested:
                return _("{word!r}: did you mean {names}?").format(word=word, names=either(e.suggested))
        except NoMatch:
            continue
    return ""


def _fact_hit(rank: int, rec: Record, lookup: Lookup) -> Record:
    return _hit(
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
        quote=rec["quote"],
        review=rec.get("review") or None,
    )


def _source_hit(rank: int, page: Record) -> Record:
    about = "，".join(str(x) for x in (page.get("date"), page.get("speaker") or page.get("publisher")) if x)
    return {
        **dict.fromkeys(SEARCH_FIELDS),
        "rank": rank,
        "kind": "source",
        "id": page["id"],
        "name": page["title"],
        "detail": about or None,
        "source": page["id"],
        "source_title": page["title"],
    }


def _id_hits(db: sqlite3.Connection, ident: str, lookup: Lookup) -> list[Record]:
    """The one thing an id names: a fact (or every statement of a figure), a source, a place."""
    from govfacts.engine.describe import describe
    from govfacts.engine.results import FactDetail, Profile, SourcePage

    found = describe(db, ident)
    if isinstance(found, FactDetail):
        wanted = found.statements if ident.startswith("fig-") else [found.fact]
        return [_fact_hit(n, rec, lookup) for n, rec in enumerate(wanted, start=1)]
    if isinstance(found, SourcePage):
        return [_source_hit(1, found.source)]
    if isinstance(found, Profile):
        p = lookup.places[found.place["id"]]
        return [_hit(1, "region", p.id, p.name, p, detail=p.level)]
    return []


def _status_of(db: sqlite3.Connection, ident: str) -> str:
    """An indicator's status, by its id."""
    where, args = filters(("indicator",), None, False, None, "target")
    return "target" if db.execute(f"SELECT 1 FROM fact f WHERE f.id = ? {where}", [ident, *args]).fetchone() else "actual"


def by_figure(db: sqlite3.Connection, parsed: Parsed, lookup: Lookup, status: str | None = None) -> list[Record]:
    """Indicators whose value is the one figure the text is (19.1%, 1725, 1725个, 十九连冠)."""
    from govfacts.chinese.numbers import mentions

    text = parsed.text or ""
    found = mentions(text)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        return []
    m = found[0]
    where, args = filters(("indicator",), parsed.place, True, parsed.period, status)
    if m.unit:  # (十九连冠 is stored as 19 年, or 19 届 where the titles are won in editions)
        units = [m.unit, "年", "届"] if m.unit == "连冠" else [m.unit]
        where += f" AND substr(f.shape, 1, instr(f.shape, char(31)) - 1) IN ({', '.join('?' * len(units))})"
        args.extend(units)
    value = float(m.value)
    rows = db.execute(
        f"SELECT {FACT_COLUMNS} FROM fact f WHERE f.value IN (?, ?) {where} "
        "ORDER BY f.file, f.pos",
        [value, -value, *args],
    ).fetchall()
    return lookup.records(rows)


def by_quote(db: sqlite3.Connection, parsed: Parsed, lookup: Lookup, status: str | None = None) -> list[Record]:
    """Facts whose quote holds the text, white space aside."""
    where, args = filters(FACT_KINDS, parsed.place, True, parsed.period, status)
    rows = db.execute(
        f"SELECT {FACT_COLUMNS} FROM fact f WHERE instr(json_extract(f.data, '{QUOTE}'), ?) > 0 {where} "
        "ORDER BY f.file, f.pos",
        [parsed.text, *args],
    ).fetchall()
    return lookup.records(rows)


def sources_saying(db: sqlite3.Connection, text: str) -> list[Record]:
    """Source pages whose title, speaker, publisher or section holds the text."""
    from govfacts.engine.sources import source_list

    wanted = fold(text)
    fields = ("title", "speaker", "publisher", "section")
    return [s for s in source_list(db).rows if any(wanted in fold(s.get(f) or "") for f in fields)]
