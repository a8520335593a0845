"""Whether a figure is a change, its sign, and what it is compared with (同比, 年均, 较“十三五”)."""

from __future__ import annotations

import re

from govfacts.chinese.lexicon import CHANGE_WORDS, FALL_WORDS
from govfacts.extract.nouns import BASIS

DECREASE = (*FALL_WORDS, "减")
_CHANGE = re.compile("(" + CHANGE_WORDS + ")")
_AFTER_CHANGE = re.compile(r"^(?:了|分别|均|为|达到|达|约|近|超过|超|突破|:|:)*$")
_TO_LEVEL = re.compile(r"^(?:了)?(?:至|到|为)")
# The size of a change, named as a noun: 降幅为20% is a fall of 20%, where 下降为 says what it fell to.
_SIZES = frozenset(("降幅", "减幅", "增幅", "升幅"))

# A cut said before what was cut (减少办公用房租赁费1.19亿元, 平均减时间83%、减材料54%).
_CUT_BEFORE = re.compile(
    r"(?P<cut>减少|降低|压减|压降|压缩|精简|削减|缩短|缩减|(?<=[均、,])减(?=时间|材料|环节|跑动|费用|成本|时限))"
    r"[\u4e00-\u9fa5“”]{2,12}$"
)


def cut_before_noun(pre: str) -> str | None:
    """The verb of a cut said before the noun it cut, where the figure follows the noun."""
    m = _CUT_BEFORE.search(pre)
    return m.group("cut") if m and not _CHANGE.search(pre, m.end()) else None


def change_of(pre: str) -> tuple[str, int]:
    """('change', ±1) when a change word stands right before the figure, else ('level', 1)."""
    found = list(_CHANGE.finditer(pre))
    if not found:
        return "level", 1
    last = found[-1]
    rest = pre[last.end() :]
    if (_TO_LEVEL.match(rest) and not (last.group(1) in _SIZES and rest.startswith("为"))) or "由" in pre[: last.start()][-12:]:
        return "level", 1
    if not _AFTER_CHANGE.match(rest):
        return "level", 1
    return "change", (-1 if last.group(1) in DECREASE else 1)


def basis_of(sentence_pre: str, pre: str) -> str | None:
    """同比, 环比, 年均, or the text's own words (较“十三五”同期, 比2020年同期)."""
    m = list(BASIS.finditer(pre))
    if not m:
        lead = re.match(r"^(?:与上年同比|较去年同比|与去年同比|同比|(?:与|较|和)(?:上年|去年)同期(?:相比|比)?)[,]", sentence_pre)
        if lead:
            return "同比"
        said = BASIS.match(sentence_pre)  # (与2021年同期相比，分别下降…: the opening's comparison holds for the sentence)
        return said.group(1) if said and sentence_pre[said.end() : said.end() + 1] == "," else None
    word = m[-1].group(1)
    if "同比" in word:
        return "同比"
    return word
