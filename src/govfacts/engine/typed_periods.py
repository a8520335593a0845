"""Periods as people type them (2025, 2025年1至11月, 2021-2025, “十四五”时期, 十五五), and how a fact's period fits one."""

from __future__ import annotations

import re
import unicodedata

from govfacts.errors import UsageError
from govfacts.schema import PERIOD_RE

FORMS = "2025, 2025年, 2025-03, 2025年3月, 2025年1至11月, 2021/2025, 2021-2025, 2021至2025, 十四五, 十五五"


def normalize(typed: str) -> str:
    """The period in the fact base's form (YYYY, YYYY-MM, YYYY/YYYY, YYYY-MM/YYYY-MM); UsageError if
    none, or if it ends before it starts (2025/2024).

    What is typed is read by the grammar that reads report text (chinese.periods), as one
    whole expression with no page date: 2025年1至11月, 2021至2025, “十四五”时期, 十五五.
    """
    period = _read(typed)
    start, end = period.partition("/")[::2]
    if end and end < start:
        from govfacts.i18n import _

        raise UsageError(_("--period {typed!r} ends before it starts; write the earlier end first").format(typed=typed))
    return period


def _read(typed: str) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", typed)).strip("\"'「」")
    if PERIOD_RE.match(text):
        return text
    from govfacts.chinese.periods import find_periods

    found = find_periods(text)
    if len(found) == 1 and found[0].period and (found[0].start, found[0].end) == (0, len(text)):
        return found[0].period
    from govfacts.i18n import _

    raise UsageError(_("--period {typed!r} is not a period; write it as one of: {forms}").format(typed=typed, forms=FORMS))


EXACT, INSIDE, OVERLAP = 0, 1, 2  # how a fact's period fits the one asked for


def fit(stated: str | None, asked: str) -> int:
    """How tightly a fact's period (or an honour's year) fits the period asked for (normalized)."""
    from govfacts.schema import period_bounds

    start, end = period_bounds(stated)
    a_start, a_end = period_bounds(asked)
    if start is None or end is None or a_start is None or a_end is None:
        return OVERLAP
    if (start, end) == (a_start, a_end):
        return EXACT
    if a_start <= start and end <= a_end:
        return INSIDE
    return OVERLAP


def stated_period(record: dict) -> str | None:
    """A record's own period: its period, or an honour's year."""
    if record.get("period"):
        return record["period"]
    return str(record["year"]) if record.get("year") else None


def rank_by_fit(records: list[dict], asked: str, within: bool = False) -> tuple[list[dict], dict[str, int]]:
    """Records in order of how tightly their figure fits `asked` (exact, inside, overlapping), the
    order otherwise kept; with `within`, only figures that fit inside it. Also each figure's fit."""
    best: dict[str, int] = {}
    for r in records:
        key = r.get("figure") or r["id"]
        best[key] = min(best.get(key, OVERLAP), fit(stated_period(r), asked))
    kept = [r for r in records if not within or best[r.get("figure") or r["id"]] <= INSIDE]
    shown = {k: v for k, v in best.items() if not within or v <= INSIDE}
    return sorted(kept, key=lambda r: best[r.get("figure") or r["id"]]), shown
