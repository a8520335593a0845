"""One table row per figure: the statements of a figure merged into what a row shows.

JSON keeps one record per statement; a table shows each figure once. Values that agree
within their qualifiers show as the most precise of them (突破4000亿元 and 4211亿元 read
4211亿元); values that differ are listed apart (十九连冠 ≠ 十八连冠, each with its own basis
and period when those differ too); its year, batch, level and category are the union of what the pages
say; its source is the one page, or how many pages state it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from govfacts.agreement import bounds, clusters
from govfacts.output import labels

Row = dict[str, Any]

# Fields whose row shows every distinct value a figure's statements give.
UNION = ("basis", "level", "batch", "year", "category", "holder_name")


def _distinct(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v not in (None, "", [])))


def _merge(statements: list[Row]) -> Row:
    first = statements[0]
    if len(statements) == 1:
        return first
    row = dict(first)
    for field in UNION:
        if field in first:
            found = _distinct(s.get(field) for s in statements)
            row[field] = "、".join(str(v) for v in found) if found else None
    row["period_label"], row["period"] = _periods(statements), None
    quotes = _distinct(s.get("quote") for s in statements)
    row["quote"] = " / ".join(quotes) if quotes else None
    sources = _distinct(s.get("source") for s in statements)
    row["source"] = sources[0] if len(sources) == 1 else labels.pages(len(sources))
    if "value_text" in first:
        row["value_text"] = _values(statements)
    elif "detail" in first and first.get("kind") == "indicator":
        row["detail"] = " ≠ ".join(_distinct(s.get("detail") for s in statements))
    return row


def _periods(statements: list[Row]) -> str | None:
    """The periods the statements give: 五年来、数说五年 (2021/2025) when they share one period."""
    spans = _distinct(s.get("period") for s in statements)
    if len(spans) <= 1:
        words = _distinct(s.get("period_label") for s in statements)
        text = labels.period_text({"period": spans[0] if spans else None, "period_label": "、".join(words)})
        return text or None
    return "、".join(_distinct(labels.period_text(s) for s in statements))


def _values(statements: list[Row]) -> str:
    """The figure's values: of statements that agree (突破4000亿元, 4211亿元) the most precise
    one; where they differ, each, with its own basis and period if those differ too."""
    stated = [bounds(s.get("value"), s.get("qualifier"), s.get("value_high")) for s in statements]
    by_value: dict[str, Row] = {}
    for members in clusters(stated):
        s = statements[members[0]]
        by_value.setdefault(s["value_text"], s)
    if len(by_value) == 1:
        return next(iter(by_value))
    tell = len({(s.get("basis"), labels.period_text(s)) for s in by_value.values()}) > 1
    parts = []
    for text, s in by_value.items():
        context = "，".join(x for x in (s.get("basis"), s.get("period_label") or s.get("period")) if x)
        parts.append(f"{text}（{context}）" if tell and context else text)
    return " ≠ ".join(parts)


def scaled(record: Row) -> Row:
    """An indicator record whose value reads in 万 and 亿 (--scale); other records as they are."""
    if "measure" not in record or record.get("value") is None:
        return record
    from govfacts.engine.wording import value_text

    text = value_text(
        record["value"], record["unit"], record["measure"], record.get("qualifier"), scale=True,
        high=record.get("value_high"),
    )
    return {**record, "value_text": text}


def figure_rows(records: Iterable[Row], scale: bool = False) -> list[Row]:
    """The records merged into one row per figure, in the order figures first appear (`scale`: see scaled())."""
    groups: dict[Any, list[Row]] = {}
    for n, r in enumerate(map(scaled, records) if scale else records):
        groups.setdefault(r.get("figure") or ("row", n), []).append(r)
    return [_marked(_merge(statements), any(s.get("review") for s in statements)) for statements in groups.values()]


def _marked(row: Row, flagged: bool = False) -> Row:
    """A target's row says so where its value stands (目标 5%—5.5%; the JSON says `status`), and
    a row any of whose statements is still flagged for review says so after its name (the JSON
    lists each statement's `review`)."""
    if row.get("status") == "target" and row.get("value_text"):
        row = {**row, "value_text": f"{labels.TARGET} {row['value_text']}"}
    if (flagged or row.get("review")) and row.get("name"):
        row = {**row, "name": f"{row['name']}{labels.review_mark()}"}
    return row
