"""One figure drafted from a sentence (Figure), and two figures that are the ends of a range
(5%—5.5%, 2%至3%, 新建2—3家…) made one."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from govfacts.chinese.lexicon import CLASSIFIERS, COUNTING_VERBS
from govfacts.chinese.numbers import RANGE_JOINS
from govfacts.extract.doubts import REVIEW_LONG_NAME, REVIEW_NAME_EARLIER, unclear


@dataclass
class Figure:
    """One drafted figure, positions in the page's compact text."""

    start: int
    end: int
    value: Decimal
    unit: str
    measure: str
    qualifier: str | None
    name: str
    basis: str | None
    quote_start: int
    quote_end: int
    subject_start: int
    year: int | None = None
    kind: str = "number"
    notes: list[str] = field(default_factory=list)
    high: Decimal | None = None  # a range's upper end (5%—5.5%), `value` then its lower
    span: int | None = None  # the years a change or sum is over, said in its name (五年提高)


def joined_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Two figures joined as the ends of a range (5%—5.5%, 2%至3%) made one, with `high`."""
    out: list[Figure] = []
    for f in figures:
        last = out[-1] if out else None
        if (
            last is not None
            and last.high is None
            and last.unit == f.unit
            and (text[last.end : f.start] in RANGE_JOINS or text[last.end : f.start] == "一" and text[f.start : f.start + 1].isdigit())
            and abs(last.value) != abs(f.value)  # (5%一5.5%: a dash typed as 一)
        ):  # the upper end says the lower one's measure and direction: 下降2%—3% is -3 to -2
            other = -abs(f.value) if last.measure == "change" and last.value < 0 else abs(f.value)
            low, high = sorted((last.value, other))
            last.value, last.high = low, high
            if f.unit[-1:] in CLASSIFIERS and f.name and REVIEW_NAME_EARLIER not in f.notes and f.name != last.name:
                # 新建2—3家省级制造业创新中心: the things counted follow the upper end
                verb = last.name if last.name in COUNTING_VERBS else ""
                last.name = verb + f.name
                last.notes = [n for n in last.notes if n != REVIEW_LONG_NAME] + ([REVIEW_LONG_NAME] if unclear(last.name, last.unit) else [])
            last.quote_end = max(last.quote_end, f.quote_end)
            last.qualifier = last.qualifier or f.qualifier
            continue
        out.append(f)
    return out
