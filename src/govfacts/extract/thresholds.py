"""Thresholds inside names: an amount that only says which things a later figure counts."""

from __future__ import annotations

import re

from govfacts.chinese.lexicon import CLASSIFIERS
from govfacts.chinese.numbers import Mention
from govfacts.extract.nouns import SIZE_PASSED

# A figure that only says which things a later figure counts: 超10亿元重大项目14个, 经济总量超500亿元的
# 县域增至12个, 经营性收入50万元以上的行政村占比: a threshold inside the name, not a fact of its own.
_OVER = re.compile(r"(?:超过|超|突破|达到|达|在|过)$")  # (过千亿元区县6个)
_THRESHOLD_TAIL = re.compile(
    r"(?:以上|以下|及以上)?的?(?P<noun>[\u4e00-\u9fa5“”()]{1,16}?)(?:数量|数)?(?:占比|比重|比例)?(?:增至|增加到|达到|达|有|共|为)?$"
)
_PASSED = re.compile(r"[\u4e00-\u9fa5]{2,6}?" + SIZE_PASSED)
_NOT_THRESHOLD_NOUN = re.compile(r"带动|拉动|吸纳|实现|完成|新增|增加|增长|提高|下降|减少|惠及|占(?!比)|同比|其中|年均|累计|分别")


def without_thresholds(found: list[Mention], sentence: str) -> list[Mention]:
    """The figures of a sentence without those that are a threshold in a later figure's name, or
    the size the things an earlier count counts pass (8个产业规模超千亿元)."""
    out: list[Mention] = []
    for k, m in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        amount = m.unit and m.unit not in ("%", "个百分点") and m.unit[-1] not in CLASSIFIERS  # (100多个国家的200多个港口)
        before = found[k - 1] if k > 0 else None
        if amount and before is not None and before.unit[-1:] in CLASSIFIERS:
            said = re.match(r"(?:超过|超|突破)?", sentence[m.start :])  # (the mention may begin with its 超)
            if _PASSED.fullmatch(sentence[before.end : m.start] + (said.group(0) if said else "")):
                continue
        if nxt is not None and amount and m.kind not in ("streak", "zero", "times"):
            between = sentence[m.end : nxt.start]
            tail = _THRESHOLD_TAIL.fullmatch(between)
            counted = (
                nxt.unit[-1:] in CLASSIFIERS
                or (nxt.unit == "%" and re.search(r"占比|比重|比例$", between))
                or (nxt.unit in ("天", "次", "年") and re.search(r"[天次年]数", between))  # (超1亿千瓦天数达25天)
            )
            marked = (
                sentence.startswith(("超", "以上", "以下"), m.start) or re.match(r"以上|以下", sentence[m.end - 2 : m.end])
                or _OVER.search(sentence[max(0, m.start - 2) : m.start])
                or re.match(r"(?:以上|以下|及以上)?的", between)
            )
            if tail and counted and marked and not _NOT_THRESHOLD_NOUN.search(tail.group("noun")):
                continue
        out.append(m)
    return out
