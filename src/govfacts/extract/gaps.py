"""Gaps: a rate's distance from what it is compared with (高于全国1.7个百分点), said after the
rate's own figure or with the rate's name; the figure becomes that rate's change against the
comparison, its basis, signed by the word (高于 +, 低于 −)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Protocol

from govfacts.chinese.lexicon import GAP_ABOVE, GAP_BELOW, alternation


class Gapped(Protocol):
    """What a gap reads and rewrites of a drafted figure (extract.figures.Figure)."""

    start: int
    end: int
    value: Decimal
    unit: str
    measure: str
    name: str
    basis: str | None


# (高于全国1.7个百分点, 快于经济增速1个百分点: what it is compared with is the basis)
_GAP = re.compile(
    r"^[,、]?(?:比|较)?(" + alternation(*GAP_ABOVE, *GAP_BELOW, "超过", "超出", "领先") + r")([\u4e00-\u9fa5]{2,10}?|\d{4}年)(平均水平|平均)?$"
)
_OWN_GAP = re.compile(r"^(.{2,}?)(?:分别)?" + _GAP.pattern[len("^[,、]?") :])
_OWN_GAP_AFTER = re.compile(r"^(.{2,}?)(?:分别)?(?:比|较)([\u4e00-\u9fa5]{2,10}?|\d{4}年)(平均水平|平均)?(?:分别)?(高|低|快|慢)(?:出)?$")


def own_gap(fig: Gapped) -> bool:
    """A gap said with its own rate's name (投资增速快于全国3.4个百分点, 失业率比上年低0.2个百分点):
    the name is the rate, what it is compared with the basis, and the gap a change signed by its
    word. Whether the figure was one (and renamed)."""
    if fig.unit != "个百分点" or not fig.name:
        return False
    m = _OWN_GAP.match(fig.name)
    if m is not None:
        name, word, basis, average = m.groups()
    elif (m := _OWN_GAP_AFTER.match(fig.name)) is not None:
        name, basis, average, word = m.groups()
    else:
        return False
    fig.name, fig.basis, fig.measure = name, basis + ("平均" if average else ""), "change"
    fig.value = -abs(fig.value) if word[0] in "低慢" else abs(fig.value)
    return True


def as_gap(text: str, earlier: Gapped, fig: Gapped) -> bool:
    """A gap to the nation stated right after a change (增长7.6%,高于全国1.7个百分点): the figure
    becomes the gap in that growth rate (规上工业增加值增速, basis 全国), signed by its word."""
    m = _GAP.match(text[earlier.end : fig.start])
    rate = earlier.measure == "change" or earlier.unit == "%"  # a growth rate, or a level in % (达到95%)
    if m is None or fig.unit != "个百分点" or not rate or not earlier.name:
        return False
    grew = earlier.measure == "change" and not earlier.name.endswith(("增速", "增幅", "率"))
    fig.name = earlier.name + ("增速" if grew else "")
    fig.basis = m.group(2) + ("平均" if m.group(3) else "")
    fig.measure = "change"
    fig.value = -abs(fig.value) if m.group(1) in GAP_BELOW else abs(fig.value)
    return True
