"""The words of change, one list for the number reader, the drafter and the checks.

A fall or a rise is said with a verb right before the figure (下降15.9%, 增长5.5%); a report
also says a fall as what was cut (压缩65%, 精简26.8%). Single characters (减, 降, 增, 升) end
longer words too, so each reader says where it takes them.
"""

from __future__ import annotations

import re

FALL_WORDS = (
    "下降", "减少", "降低", "下滑", "降幅", "减幅", "压降", "压减", "压缩", "精简", "削减", "缩短", "缩减", "回落",
    "下跌", "微降", "略降",
)
# The measure words that count things (个, 家, 所 …), not amounts of them.
CLASSIFIERS = frozenset("个名人项所家条部批座支处户种位张辆台套艘")
# Characters said as a pair, one for each half of a list (存、贷款余额; 进、出口总额; 收、支).
PAIRED = frozenset(("存贷", "贷存", "进出", "出进", "收支", "支收", "内外", "外内", "上下", "下上", "海陆", "水陆"))
RISE_WORDS = ("上升", "增长", "增加", "提升", "提高", "增幅", "升幅", "上涨", "攀升", "微增", "略增", "微涨", "上扬")


def alternation(*words: str) -> str:
    """A regular-expression alternation of these words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
