"""Whether a drafted name is doubtful: a fragment of a clause, a measure with nothing to say what
it measures, a verb whose object is elsewhere, a list, or too long or short to be the measured noun."""

from __future__ import annotations

import re

# Why a drafted figure needs a reviewer's look (its `review` field): stable codes, explained in the draft.
REVIEW_NAME_EARLIER = "name-from-earlier-clause"  # the name was taken from a clause before the figure's own
REVIEW_LIST = "list-not-split"  # a list of figures shares one name: 分别 read without splitting its heads
REVIEW_NO_NAME = "no-name"
REVIEW_LONG_NAME = "name-unclear"  # long, a list (、, 等), or a measure alone (投资): not the measured noun

# What a thing counted was passively made or named (被评为…的派出所): a predicate, not a fragment.
PASSIVE_HONOURS = "评为|评选为|命名为|授予|认定为|确定为|列为|表彰为"

# A name that opens with a preposition or a pronoun, or ends with one or a clause's frame
# (在对美贸易…的情况下): a fragment of a clause rather than what is measured; not the words those
# characters begin (对外贸易, 在建项目, 其他, 并购, 和美乡村).
_FRAGMENT = re.compile(
    r"^(?:至|到|由|从|与|和(?!美|谐)|及(?!时)|对(?!外|口|标|台|接|话)|在(?!建|校|园|岗|线|编|册|职|库|营)|将|我们|我市|我省|我区|"
    r"其(?!他)|该|此|这|所|范围内|区域内|被(?!" + PASSIVE_HONOURS + r"|[^的]{1,8}的.)|把|向|于|并(?!购|网|联)|但|而|或|则|就|也|还|又)"
    r"|(?:情况下|的同时|之际|期间|以来|之中|当中|时|后|的|了|着|过|并|和|与|或|在|对|为|将|把|被|(?:国家|世界|区域|千亿|百亿|万亿|亿|省|市|县|区|镇|乡)级|在全?[国省市县区镇乡])$"
)
# A figure at a name's end (输出345亿度, 跨越3个) or a share inside it: the name ran over into another figure.
_FIGURE_INSIDE = re.compile(r"\d(?:%|个百分点)|\d(?:万|亿)?[度元吨人个家件起项]$")


def _figure_inside(name: str) -> bool:
    """(A streak names what it held, 破案率保持100%: that figure is its own.)"""
    return _FIGURE_INSIDE.search(name) is not None and re.search(r"(?:保持|稳定|实现|达到?)在?\d", name) is None


def unclear(name: str, unit: str = "") -> bool:
    """Whether a name (of a figure in `unit`) likely holds more or less than the measured noun: long (a share's whole,
    …占地区生产总值比重, and asides in parentheses not counted), two characters or fewer, a
    list (、 outside a quoted title, 等), a verb whose object is elsewhere (每年安排), a clause's
    predicate (…持续领跑, …顺利组建, …实现下降), or a fragment (looks_like_a_fragment)."""
    bare = EXAMPLES_OF_A_KIND.sub("", re.sub(r"\([^()]*\)", "", name))  # (审结杀人、抢劫等犯罪案件: no list)
    measured = re.sub(r"(?<=.{2})占[^、]+(?:比重|比例)$", "", bare).rsplit("的", 1)[-1]
    listed = _a_list(LEVELS_JOINED.sub("", re.sub(r"“[^“”]*”", "", bare)), unit)  # (not a quoted title's: “企业认定、政府认账”; nor 获市、县表彰)
    wants = _WANTS_OBJECT.search(name) is not None  # (每年安排, 省政府承诺: what was arranged or promised is elsewhere)
    said = _PREDICATE.search(name) is not None
    scope = _SCOPE_ELSEWHERE.search(name) is not None  # (审结相关案件, 其他领域: of what was said before)
    clause = len(bare) > 24 or _CLAUSE_INSIDE.search(bare) is not None  # (…学生在沉浸式体验中认清…的伪装套路)
    return len(measured) > 16 or len(name) <= 2 or clause or listed or name.endswith("等") or wants or said or scope or looks_like_a_fragment(name) or _figure_inside(name)


def _a_list(name: str, unit: str) -> bool:
    """Items joined by 、 that may each be a figure's: not the short kinds one count is made of
    (刑事、民事、行政案件 1200件, 止付、冻结帐户), two or three of them; a share or change of
    several (城乡、区域差距缩小3%) is each one's."""
    *items, last = name.split("、")
    if not items:
        return False
    longest = max(len(i) for i in items)  # (the last carries the head they share: 新建、重组 has none)
    one_noun = len(items) <= 2 and min(len(i) for i in items) >= 2 and longest <= 4 and len(last) >= longest + 2
    return unit in ("%", "‰", "个百分点", "倍") or not one_noun


# Examples before a kind that says nothing without them (故意杀人、抢劫等犯罪案件, 民间借贷等纠纷案件).
GENERIC_KIND = r"(?:犯罪|违法犯罪|纠纷|矛盾纠纷)?(?:案件)?(?<=..)"
EXAMPLES_OF_A_KIND = re.compile(r"(?:[^、,“”]{1,12}、)+[^、,“”]{1,12}等(?=" + GENERIC_KIND + "$)")


# A name whose scope was said before it (审结相关案件, 上述项目), or that names a field or a means
# rather than what was counted in it (环境和资源保护领域 10件, 通过…机制 22件).
# A count of cases said bare (立案数, 损失数) is of cases said elsewhere too.
_SCOPE_ELSEWHERE = re.compile(r"相关|上述|此类|该类|(?:领域|方面|机制)$|^(?:发案|损失|案损|立案|受案|涉案)(?:数|金额|数量)?$")


# Levels joined by 、 inside one predicate (入选全国、全省典型案例, 获市、县表彰, 纳入省、市调度): no list.
LEVELS_JOINED = re.compile(
    r"(?:(?<=[获入纳在被经由受])(?:省|市|县)|全国|全省|全市|国家级?|省级|市级|县级)、(?=(?:全省|全市|全县|省级?|市级?|县级?|区级?)[\u4e00-\u9fa5“])"
)


# A name that ends with what its subject did or how it went (集群持续领跑, 中队顺利组建, 标准提高,
# 数据实现下降): the clause's predicate came along; the measured noun is what the figure counts.
# (An adverb opening the name is a modifier, 全面完成的民生实事; one before 的 too.)
_PREDICATE = re.compile(
    r"..(?:持续|不断|全面|稳步|顺利|成功|率先|首次|有效|又|已)[^的]{1,4}$"
    r"|(?:下降|增长|提升|提高|减少|降低|增加|领跑|领先|完成|组建|建成|投用|实现|突破|起势|释放|举办|开展|启动|成型)$"
)
_CLAUSE_INSIDE = re.compile(r"进行了|足迹|遍及|认清|依法将|[\u4e00-\u9fa5]在[\u4e00-\u9fa5]{2,10}中|给$")
_WANTS_OBJECT = re.compile(r"(?:安排|承诺|提供|通达|推动|支持|吸引|拉动|撬动|促成|汇聚|赋能|发现|输出|覆盖|惠及)$")


def looks_like_a_fragment(name: str) -> bool:
    """Whether a name reads as a piece of a clause (情况下, 至武汉段, 我们将接续办好), or as a measure
    with nothing to say what it measures (投资, 产值, 新增里程): what it is of was said elsewhere."""
    alone = BARE_MEASURE.sub("", name, count=1)
    return _FRAGMENT.search(name) is not None or alone in MEASURES_ALONE or _HANDLED.sub("", alone, count=1) in MEASURES_ALONE


# What was done with a sum, said before it (落实资金, 累计投入资金): still nothing says what it was for.
_HANDLED = re.compile(r"^(?:落实|安排|争取|下达|拨付|筹集|投入|完成|实现|带动|撬动|吸引)")


BARE_MEASURE = re.compile(r"^(?:新增|累计|年度|全年|当年|年|总)")
MEASURES_ALONE = frozenset((
    "投资", "产值", "收入", "规模", "总量", "保有量", "满意率", "占比", "比重", "增加值", "营业收入", "营收", "销售额", "交易额",
    "利润", "余额", "人数", "里程", "全长", "外资", "面积", "产量", "金额", "资金", "基金规模", "贷款余额", "存款余额", "死亡人数",
    "起数", "业务量", "货值", "增速", "增幅", "总额", "数量", "个数", "户数", "人次", "完成率", "投资完成率", "市值", "总市值",
    "标的额", "办结率", "平均时限", "时限", "满意度", "知晓率", "覆盖率",
))
