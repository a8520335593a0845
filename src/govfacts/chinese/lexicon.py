"""The words of change, one list for the number reader, the drafter and the checks.

A fall or a rise is said with a verb right before the figure (下降15.9%, 增长5.5%); a report
also says a fall as what was cut (压缩65%, 精简26.8%). Single characters (减, 降, 增, 升) end
longer words too, so each reader says where it takes them.
"""

from __future__ import annotations

import re

FALL_WORDS = (
    "下降", "减少", "降低", "下滑", "降幅", "减幅", "压降", "压减", "压缩", "精简", "削减", "缩短", "缩减", "回落",
    "下跌", "微降", "略降", "缩小", "锐减", "降",
)
# The measure words that count things (个, 家, 所 …), not amounts of them.
CLASSIFIERS = frozenset("个名人项所家条部批座支处户种位张辆台套艘件轮场起")
# Characters said as a pair, one for each half of a list (存、贷款余额; 进、出口总额; 收、支).
PAIRED = frozenset(("存贷", "贷存", "进出", "出进", "收支", "支收", "内外", "外内", "上下", "下上", "海陆", "水陆"))
# Words that name two or three things at once, one per figure of a list said with 分别
# (城乡居民人均可支配收入分别增长4%、6%; 牛羊出栏分别增长; 财政收支分别为).
COMPOUNDS = {
    "城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "存贷款": ("存款", "贷款"), "收支": ("收入", "支出"),
    "产销": ("产量", "销量"), "猪牛羊": ("猪", "牛", "羊"), "牛羊": ("牛", "羊"), "中小学": ("中学", "小学"),
    "一二三产业": ("第一产业", "第二产业", "第三产业"), "二三产业": ("第二产业", "第三产业"), "男女": ("男性", "女性"),
}
# Verbs that say which of a noun's things are counted, so the name keeps them (新建30所学校 → 新建学校;
# 建成, 完成, 实现 only say a figure was reached, and go).
COUNTING_VERBS = frozenset((
    "新建", "改建", "扩建", "改扩建", "改造", "引进", "招引", "接待", "选派", "培育", "培训", "培养", "吸引", "覆盖", "帮扶",
    "救助", "资助", "安置", "转移", "招聘", "认定", "减免", "化解", "查处", "破获", "抓获", "追回", "挽回", "关闭",
    "淘汰", "整治", "清理", "新开", "开通", "开行", "服务", "惠及", "带动", "吸纳", "招录", "受理", "办理", "审结",
    "办结", "执结", "审理", "调处", "调解", "纠正", "监督纠正", "排查", "打掉", "摧毁", "捣毁", "侦破", "查获", "缴获", "收缴",
    "起诉", "批捕", "抓捕", "制定", "修订", "修改", "废止",
))
# The units of a rate or a share: no count of things, never what a verb added.
RATE_UNITS = ("%", "‰", "个百分点")
# The words of a gap to what a rate is compared with (高于全国1.7个百分点), above it or below it.
GAP_ABOVE = ("高于", "高出", "快于")
GAP_BELOW = ("低于", "慢于")
RISE_WORDS = ("上升", "增长", "增加", "提升", "提高", "增幅", "升幅", "上涨", "攀升", "微增", "略增", "微涨", "上扬", "扩大", "激增", "猛增", "大增", "升")


def alternation(*words: str) -> str:
    """A regular-expression alternation of these words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Any word of a change, rise or fall, as a regular-expression alternation (no group).
CHANGE_WORDS = alternation(*FALL_WORDS, *RISE_WORDS)
