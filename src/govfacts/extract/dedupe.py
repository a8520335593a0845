"""One figure stated twice on a page (a headline and its body, a sidebar) drafted once, where it is
stated most fully."""

from __future__ import annotations

import heapq
from bisect import insort
from collections import Counter
from typing import Any

from govfacts.extract.page import Page


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


def similar(a: str, b: str) -> bool:
    """Two names for one measure: most of the shorter one's character pairs are in the other."""
    if not a or not b:
        return True
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / min(len(x), len(y)) >= 0.5


def _fullness(page: Page, r: dict[str, Any]) -> tuple[int, int, int, int, int]:
    pos = r["_pos"]
    line_start = page.line_start(pos)
    bullet = page.text[line_start : line_start + 1] in "-•·*"
    title = pos < page.first_line_end and page.first_line_end - page.line_start(0) <= 80  # (a long first line is the story's)
    return (1 if r["name"] else 0, 0 if title else 1, 0 if bullet else 1, 1 if r["basis"] else 0, len(r["name"]))


def dedupe(page: Page, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A figure stated twice (a headline, a sidebar) is kept once, where it is stated most fully.

    A twin is looked for only among the records kept of the same value, unit, place, period,
    status and range, in the other paragraphs (within one, two statements are a breakdown, not
    a restatement; a 2026 target of 5%—5.5% is no twin of the plan's 5% a year).
    """
    kept: list[dict[str, Any]] = []
    same: dict[tuple[Any, ...], dict[int, list[int]]] = {}  # key → paragraph → places in kept, in order
    for r in records:
        lines = same.setdefault((r["value"], r["unit"], r["region"], r["period"], r["status"], r.get("value_high")), {})
        line = page.line_of(r["_pos"])
        twin = None
        for i in heapq.merge(*(held for at, held in lines.items() if at != line)):
            k = kept[i]
            if not similar(k["name"], r["name"]):
                continue
            if k["span"][0] <= r["span"][0] < k["span"][1] and k["name"] != r["name"]:
                continue  # one clause stating two measures of one value (均达98.7%)
            twin = i
            break
        if twin is None:
            lines.setdefault(line, []).append(len(kept))
            kept.append(r)
        elif _fullness(page, r) > _fullness(page, kept[twin]):
            lines[page.line_of(kept[twin]["_pos"])].remove(twin)
            insort(lines.setdefault(line, []), twin)
            kept[twin] = r
    magnitudes = {(abs(r["value"]), r["unit"]) for r in kept if r["name"]}
    stated = Counter((abs(r["value"]), r["unit"]) for r in kept)
    out = []
    for r in kept:
        if not r["name"] and stated[(abs(r["value"]), r["unit"])] > 1:
            continue
        if not r["name"] and (abs(r["value"]), r["unit"]) in magnitudes:
            continue
        out.append(r)
    for r in out:
        r.pop("_pos", None)
    return out
