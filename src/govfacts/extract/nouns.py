"""The measured noun of a figure: the words before it without time, place, basis and verbs, or the noun it counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from govfacts.chinese.lexicon import CHANGE_WORDS
from govfacts.extract.doubts import BARE_MEASURE, GENERIC_KIND, LEVELS_JOINED, MEASURES_ALONE, PASSIVE_HONOURS

BASIS = re.compile(
    r"(与上年同比|较去年同比|与去年同比|同比|环比|年均(?!浓度|气温|降水|降雨量|值)|"
    r"(?:较|比|与)(?:“[^”]{1,10}”|\d{4}年|去年|上年|上一年|[^,。;、的]{1,8}?)同期(?:相比|比较)?|与[^,。;、]{2,16}?相比|"
    r"为(?:“[^”]{1,10}”(?:时期|期间)?|\d{4}年|去年|上年)的(?=[\d.一二两三四五六七八九十]+倍|$)|"  # (为“十三五”的1.5倍)
    r"(?:较|(?<![占的])比(?![重例率值]))(?:“[^”]{1,10}”(?:时期|期间|末)?|\d{4}年|去年|上年|上一年|[^,。;、的“”]{1,6}?(?=分别|" + CHANGE_WORDS + ")))"
)
_COMMON = r"(?<!公)(?<!总)共(?![同享建治富护识产青济体计])"  # (累计 stays in a name: 中欧班列累计开行)
# What a name that opens with 全国 is when 全国 is part of it: a kind of title (全国重点实验室, 全国文明城市).
_TITLED = r"重点实验室|重点学科|文明|示范|先进|百强|十强|优秀|模范|双拥|民族团结|乡村治理|劳动模范|五一|道德模范|最美"
_LEAD = re.compile(
    r"^(?:[((][^))]*[))]|[\u4e00-\u9fa5]{0,10}?(?:网讯|报讯|日电|日讯|电(?=[((]))(?:[((][^))]*[))])?|\d{1,2}[.．、](?!\d)|其中|同时|认真|切实|着力|大力|全力|并且|并|且|还|另外|此外|而且|以及|预计|全年|当年|目前|现有|当前|如今|其间|共计|总计|合计|五年|这五年|"
    r"均|仅|就(?![业读医诊近地])|[一二三四五六七八九十]{1,3}是|全市|全县|全区|全省|全国(?!" + _TITLED + ")|全州|我省|我市|我区|我县|我州|我院|该院|本院|辖区|"
    r"实现|实施|推动|推进|完成(?!率)|建成(?!率)|先后|依法|有效|在(?![建校园岗线编册职库营])|对(?!外)|将|把|有(?![机色限线序组意])(?![^的,，]{1,8}的)|即|又|也|再次|再|和|及(?!时)|以来|以后|、|“(?=[^”]*$)|”|[-•·*■□●◆↓↑→]|"
    r"(?:会同|联合|协同)[\u4e00-\u9fa5]{0,8}?(?:部门|单位|机关)|出台了?|打造形成|打造了?|建立了?|组建了?|发布了?|利用(?!率|外资|内资)|深挖|制定并落实|突破性实现|助力|常态化开展|"
    r"谋划推进|固化形成|累计创成|取得了|创新推出|推出了|已(?![婚故知])|成功(?!率)|成为|[\u4e00-\u9fa5]{0,10}?(?:主要预期目标|主要目标|(?<!的)预期目标)(?:是|为)?|时隔\d+年|夺取|(?:全国|中西部地区|[东中西南北]部地区|北方|南方|西部|东部|中部|全省)?(?:首个|第[一二三四五六七八九十]{1,2}个)(?=[^、]{2})|夺得|勇夺|赢得|力争|确保|努力|由|的)"
)
_TRAIL = re.compile(
    r"(?:的?(?:预期)?目标(?:为|是)|分别为|分别是|分别|均为|均达到|均达|(?<!平)均|总量为|共计|总计|合计|(?<![行作认成称])为|是|达到了|达到|已达|高达|达|已经|保持在|保持|"
    r"稳定在|在|约|近|超过|超|突破|跨过|跨越|跨上|迈上|跃上|登上|了|的|首次|再次|首度|历史性|实际|名义|终于|最终|以|实现|力争|争取|确保|双双|控制在|控制|" + CHANGE_WORDS + "|同比|环比|等|有|至|到|"
    r":|:|“|\"|共|年均|较|就|减幅|降幅|增幅|升幅|明显|大幅|持续|预计|稳步|逆势|翻番|翻一番|翻两番|再|进一步|不断|逐步|踊跃|积极|纷纷|主动|跃升至|跃升到|跃居|提升至|提高至|提高到|提升到|下降至|下降到|上升至|上升到|减少至|减少到|增加至|增加到|降低至|减至|降至|增至|升至|减|降|(?<!服)从|(?<![自理])由(?:上年|去年|上一年|平均|原来|原)?的?|连续|[↓↑→■□●◆-])$"
)
# 和, 及, 与 joining two things (not the 及 of 惠及 or the 与 of 参与).
JOINER = r"(?:以及|和|(?<![惠涉普波顾危遍触])及|(?<![参给赋])与)"
_NEXT_STOP = re.compile(r"[,。;、((\n]|" + JOINER + r"(?=\d)|\d")  # (乡村及820个…: the next count)
_SPEC = r"\d+(?:千伏|万千瓦级|万吨级|千吨级|吨级|米级|G(?![\d.]))"
_SPEC_LEAD = re.compile(_SPEC + r"(?:(?:和|及|、)" + _SPEC + ")*")  # (750千伏和330千伏电网工程)
def _next_stop(text: str, start: int, limit: int) -> re.Match[str] | None:
    """Where the words after a count stop (_NEXT_STOP), going past levels joined by 、 and what a
    quotation holds (“放飞希望,法护未来”)."""
    m = _NEXT_STOP.search(text, start, limit)
    while m is not None:
        if m.group() == "、" and any((j := LEVELS_JOINED.match(text, p)) and j.end() == m.end() for p in range(max(start, m.start() - 3), m.start())):
            m = _NEXT_STOP.search(text, m.end(), limit)
        elif text.count("“", start, m.start()) > text.count("”", start, m.start()) and (shut := text.find("”", m.start(), limit)) > 0:
            m = _NEXT_STOP.search(text, shut, limit)
        else:
            break
    return m


_NOT_NOUN_START = set(",。;、:的和及与以\n)")
_POST_STOP = re.compile(r"获评|入选|荣获|被评|实现|参与|开展|接受|达到|达")
_EARLIER_FIGURE = re.compile(r"\d[\d.]*(?:[万亿千百]*[\u4e00-\u9fa5%‰]{0,3})?[、,]")


def strip(name: str, lead_words: tuple[str, ...] = ()) -> str:
    prev = None
    name = re.sub(r"^[、,:;—]+|[、,:;。….]+$", "", name)  # (——城镇新增就业: a list's dash; a cut page's dots)
    while prev != name:
        prev = name
        name = _LEAD.sub("", name)
        name = _TRAIL.sub("", name)
        for w in lead_words:
            if name.startswith(w):
                name = name[len(w) :]
    name = re.sub(r"(?<=[\u4e00-\u9fa5])的(比重|比例)$", r"\1", name)  # (占规上工业的比重: 占规上工业比重)
    if len(name) > 10 and name.count("的") > 1:  # (查处的由境外组织的网络赌博案件: a modifier's modifier goes;
        head, tail = name.rsplit("的", 1)  # one relative clause stays, 有进出口实绩的企业数量)
        if len(tail) >= 3 and not re.search(r"\d", head):  # (50万元以上的行政村: a threshold says which)
            name = tail
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")
    return re.sub(r"^[、,:]+|[、,:]+$", "", name)


# A milestone passed (连续迈上4个万亿元台阶): no part of what is measured.
_MILESTONE = re.compile(
    r"(?:连续|连)?(?:迈上|跨上|跨过|跨越|跃上|登上|跨)?(?:[\d一二两三四五六七八九十]+个)[^、,，。]{0,4}(?:台阶|大关)[、,，]?|^[万亿千百]*元?(?:大关|台阶)[、,，]?"
)


def clean_name(pre: str, removals: list[tuple[int, int]], lead_words: tuple[str, ...] = ()) -> str:
    """The measured noun of a clause: the text before the figure without time, place, basis and verbs."""
    chars = list(pre)
    for a, b in removals:
        for k in range(max(0, a), min(len(chars), b)):
            chars[k] = ""
    text = "".join(chars)
    text = _MILESTONE.sub("", BASIS.sub("", text))
    # 额度3150亿元、支持…项目: a figure stated before the noun belongs to the noun before it
    earlier = list(_EARLIER_FIGURE.finditer(text))
    if earlier and strip(text[earlier[-1].end() :], lead_words):
        text = text[earlier[-1].end() :]
    parts = re.split(_COMMON, text)
    if len(parts) > 1 and strip(parts[-1], lead_words):
        text = parts[-1]
    name = _DONE_OF_A_SUM.sub(r"\1\2", strip(text, lead_words))  # (固定资产投资完成853亿元: 完成 only introduces)
    name = _DATE_LEFT.sub("", name)  # (火灾起数自2022年起…, 吸毒人员截至2025年底: the date's own words)
    means = _BY_MEANS.match(name)  # (通过预警劝阻、技术拦截推动电诈案件损失数…: how, not what)
    if means and len(name) - means.end() >= 4:
        name = strip(name[means.end() :], lead_words)
    said_after = _SAID_AFTER.search(name)  # 各项贷款新增1.91万亿元: 新增各项贷款
    if said_after and said_after.start() > 1:
        over = re.search("累计(?:" + CHANGE_WORDS + ")", text)  # (能耗累计下降14%: the change's adverb)
        cut = said_after.start()
        name = name[:cut] if over and said_after.group() == "累计" else name[cut:] + name[:cut]
    return name


_BY_MEANS = re.compile(r"(?:通过|依托|借助|利用)[^,;]{2,24}?(?:推动|促进|促使|使得|使|助推|带动)")
_DATE_LEFT = re.compile(r"(?<=[\u4e00-\u9fa5]{2})(?:自起?|截至底|截至末|截至|底|末)$")
_DONE_OF_A_SUM = re.compile(r"(投资|收入|营收|总额|总值|产值|增加值|零售额)(累计)?完成$")
# What is new or summed of a thing, said after it (融资平台新退出53家: 新退出融资平台) or before it.
_NEW_OR_SUMMED = "新增|净增|累计|新退出|新开工|新竣工|新投产"
_SAID_AFTER = re.compile(f"(?:{_NEW_OR_SUMMED})$")
_SAID_BEFORE = re.compile(f"^(?:{_NEW_OR_SUMMED})")


def post_noun(text: str, end: int, limit: int, whole: bool = False) -> str:
    """The noun after a counted figure: 1725个公共法律服务站点 → 公共法律服务站点."""
    if end >= limit or text[end] in _NOT_NOUN_START:
        if end < limit and text[end] == "的":
            end += 1
        else:
            return ""
    spec = _SPEC_LEAD.match(text, end, limit)  # (14个750千伏电网工程: a grade, not the next count)
    m = _NEXT_STOP.search(text, spec.end() if spec else end, limit)
    stop = m.start() if m else limit
    noun = text[end:stop]
    verb = None if whole else _POST_STOP.search(noun, 2)
    return noun[: verb.start()] if verb else noun


# A name that says only which aspect of the measure before it a figure gives (总量首次突破1900亿元,
# 5年提升10.6个百分点, 同口径增长5.6%): the figure is about the noun of the figure before it.
_ASPECT_LEAD = re.compile(r"^(?:\d+年|[一二三四五六七八九十两]+年|20\d\d年|当年|全年|同口径|同期|五年)+")
ASPECTS = frozenset(("", "总量", "总额", "规模", "总规模", "增量", "增速", "增幅", "总数", "占比", "比重", "总投资", "总产能", "标的额", "涉案金额"))
# What a figure says of the noun before it: a rank (稳居全国前十强) or whom it reached (惠及, 覆盖).
_RANK = re.compile(r"^(?:稳居|位居|居|位列|跃居|跻身|保持)(?:全国|全省|西部|中部|东北|全球)?(?:第|前|首)")
_BECAME = frozenset(("整合", "合并", "调整", "优化", "精简", "压减", "缩减", "归并", "撤并", "优化整合"))
_REACHED = frozenset(("惠及", "覆盖", "带动", "受益", "惠及群众", "惠及企业", "服务", "吸纳"))


def of_noun_before(name: str, before: str) -> str | None:
    """The name of a figure that says only an aspect of the noun of the figure before it (增长4.6%，
    总量首次突破1900亿元 → 一般公共预算收入总量; 5年提升10.6个百分点; 占比由31%提升至54%), a rank
    (稳居全国前十强、增长4.8%) or whom it reached (改造老旧小区870个、惠及10万余户); None otherwise."""
    return _said_of(name, before) if name and before else None


def speaks_of_noun_before(name: str) -> bool:
    """Whether a name says only something of another noun (总量, 占全国, 惠及): of_noun_before's kind."""
    return bool(name) and _said_of(name, "") is not None


def _said_of(name: str, before: str) -> str | None:
    aspect = strip(_ASPECT_LEAD.sub("", name))
    if aspect in ASPECTS:
        return before if aspect in ("", "增速", "增幅") or before.endswith(aspect) else before + aspect
    if _RANK.match(name):
        return before
    if re.fullmatch(r"[\u4e00-\u9fa5]{2,4}率", name) and before.endswith(name[:-1]) and before != name[:-1]:
        return before + "率"  # 调解成功6217件，成功率达97.6%: the rate of what the figure before counted
    if name in _REACHED:
        return before + name
    share = re.fullmatch(r"(占(?:全国|全省|全球|全[\u4e00-\u9fa5])[\u4e00-\u9fa5]{0,4}?)的?(?:比重)?", name)
    if share:  # 原煤产量…、占全国近三成; 新能源装机…、占全疆装机64%
        return before + share.group(1) + ("" if share.group(1).endswith(("份额", "比例")) else "比重")
    planned = re.fullmatch(r"(占(?:年度|全年)?(?:计划|目标任务|任务))的?(?:比例)?", name)
    if planned:  # 完成投资1271.7亿元，占年度计划的111.2%: how much of the plan it is
        return before + planned.group(1) + "比例"
    if name in _BECAME:  # 市属重点国企由51家整合为33家: what it became
        return before
    if name == "累计":  # 新增…企业212家、累计1357家: the running total of the same things
        return "累计" + re.sub(r"^(?:新增|新培育|新认定|新建)", "", before)
    return None


def without_examples(name: str) -> str:
    """A name that lists examples before what it counts (先进装备、电子信息等7大产业集群对工业贡献率,
    新增黄石、咸宁等全国文明城市) without them; a leading verb (新增, 累计, 审结) stays, without its manner
    (从快惩处盗窃、诈骗等轻罪案件 → 惩处轻罪案件)."""
    m = re.search(r"(?:[^、,“”]{1,12}、)+[^、,“”]{1,12}等(?P<head>[^、,]{4,})$", name)
    if m is None:
        return name
    lead = _EXAMPLES_LEAD.match(name[m.start() :])
    head = re.sub(r"^(?:领域|方面|行业)(?=[^的]{3,})", "", m.group("head"))  # (…等领域行专调委会: the examples' kind)
    if re.fullmatch(GENERIC_KIND, head):
        return name  # (审结杀人、抢劫等犯罪案件: the examples are all that says which crimes)
    return name[: m.start()] + (lead.group("verb") if lead else "") + head


_EXAMPLES_LEAD = re.compile(
    r"(?:依法|从快|从严|从重|严厉|坚决|快速|妥善)*(?P<verb>新增|累计|建成|培育|创建|引进|打造|推动|实施|"
    r"审结|办结|执结|受理|审理|办理|起诉|批捕|惩处|惩治|查处|破获|侦破|抓获|化解|调处)"
)


def joined_reach(name: str) -> str:
    """提高城乡低保标准、覆盖 → 提高城乡低保标准覆盖: a list whose last item is whom a measure reached."""
    head, _sep, last = name.rpartition("、")
    return head + last if head and last in _REACHED and "、" not in head else name


_PREDICATE_STOP = re.compile(r"\([^()]{1,10}\)(?=[\u4e00-\u9fa5])|[,。;、()\n]")  # (a short aside inside the words is part of them)


def streak_predicate(text: str, end: int, limit: int) -> str:
    """What a streak says held (连续8年全国第一 → 全国第一; 连续9年稳定在1300亿斤以上), up to the
    clause's end; "" where the clause ends at the streak."""
    m = _PREDICATE_STOP.search(text, end, limit)
    while m is not None and m.end() - m.start() > 1:  # 获全国平安建设(综治工作)考评优秀省: the aside is passed over
        m = _PREDICATE_STOP.search(text, m.end(), limit)
    said = text[end : m.start() if m else limit]
    said = re.sub(r"^(?:以来|来|均|都|始终|一直)", "", said)
    said = re.sub(r"(?<=[\d%‰])的.*$|的基础上.*$", "", said)  # 保持100%的唯一省份: what held ends at its figure (…下降的基础上再降)
    said = re.sub(r"[….]+$", "", said)  # (…居全省首 ...: a cut page's dots)
    bare = re.sub(r"\([^()]*\)", "", said)
    return said if 2 <= len(bare) <= 16 and not said.startswith(("的", "和", "及")) else ""


# What the things counted before their noun did (15条高速公路建成通车, 35家村镇银行完成改革任务,
# 61%的污水处理厂完成提标改造): the figure counts those that did it.
_MANNER = "踊跃|积极|主动|加快|有序|深入|持续|同步|分别"  # how a thing was done: said before the predicate, no part of it
PREDICATE = re.compile(
    r"(?:全面|稳定|有效|如期|成功|率先|全部|扎实|顺利|圆满|陆续|相继|已经|已|均|因地制宜|正式|就近|" + _MANNER + ")?"
    r"(?:被(?:" + PASSIVE_HONOURS + r")|取得突破|建成|投入|开诊|开工|竣工|完工|投产|落地|完成|纳入|入选|入围|填补|喝上|用上|吃上|住上|得到|获得|获批|"
    r"获评|荣获|纳管|化解|消除|实现|达标|达到|上线|挂牌|签约|通过|装车|享受|接入|进入|迈入|搬迁|退出|整改|采取|"
    r"扎实推进|稳步推进|有序推进|加快推进|落户|参与|参加|启用|铺开|重组入列|入列|实施|开展|推广|受到|施行|就业|开业|开通|上市|建立|降至|升至|就读|提请|规模化应用|获)"
)


_LISTED_COUNTS = re.compile(
    r"(?:(?:、|和|及)?[\d.]+[万亿]?[个家所项座条名张][\u4e00-\u9fa5“”]{1,10}?)+(?=" + PREDICATE.pattern + "(?!率))"
)


# Kinds of place counted (6个县(市、区)、103个乡镇(街道)…): the places are what the clause says of them.
_PLACE_KIND = r"(?:县\(市、区\)|乡镇\(街道\)|村\(社区\)|县市区|县市|县区|乡镇|街道|设区市|地市|城市|国家|县|村|社区)"
_COUNTED_PLACE = re.compile(r"[\d.]+个" + _PLACE_KIND)
_CHAIN_BEFORE = re.compile(r"个" + _PLACE_KIND + r"[、和及与][\d.]+个$")
_PLACE_TAIL = re.compile(r"^(?:都已|均已|都|均|已|先后|相继)?(?P<tail>[^,。;、:\d]{2,16})$")
_DOING = re.compile(r"^[\u4e00-\u9fa5]{0,3}?(?:建立|设立|建成|开展|推行|实行|实现|完成|落实|获评|入选|荣获|获得|获|纳入|开通|覆盖|组建|创建|成为)")


def counted_places(text: str, end: int, limit: int) -> str | None:
    """Places counted by kind, named by what the clause says of them: 10个国家、17个城市建立海外远程
    服务 → 建立海外远程服务的国家; 6个县(市、区)、103个乡镇(街道)综治中心实质化运行 →
    县(市、区)综治中心实质化运行. None where the count is of no kind of place."""
    if text[end - 1 : end] != "个":
        return None
    kind = re.match(_PLACE_KIND + r"(?=[、和及与]|$)", text[end:limit])
    if kind is None:  # the last of the places (…、103个乡镇综治中心), or a kind that says it is one (县(市、区))
        kind = re.match(_PLACE_KIND, text[end:limit])
        if kind is not None and "(" not in kind.group(0) and not _CHAIN_BEFORE.search(text, max(0, end - 30), end):
            kind = None
    if kind is None:
        return None
    after = end + kind.end()
    for later in _COUNTED_PLACE.finditer(text, after, limit):
        after = later.end()  # the tail follows the last place counted
    said = _PLACE_TAIL.match(text[after:limit].rstrip("。;,:\n"))
    if said is None or after == end + kind.end() and text[after:after + 1] in ("和", "及", "与"):
        return None
    tail = said.group("tail")
    return f"{tail}的{kind.group(0)}" if _DOING.match(tail) else kind.group(0) + tail


LEVEL = r"(?:国家级|省级|自治区级|市级|县级)"
_LEVELS_LISTED = re.compile(rf"({LEVEL})(?:、|和|及)[\d.]+[万]?[个家所项座条处]{LEVEL}([\u4e00-\u9fa5]{{2,12}}?)(?=[,。;、]|$)")


# A size counted things pass (8个产业规模超千亿元: those of that size; the 千亿元 is no figure).
SIZE_PASSED = r"(?:经济总量|总量|规模|产值|营收|营业收入|收入|产量|交易额)(?:超过|超|突破|达到|达|过)"
_SIZED = re.compile(r"(?P<things>[\u4e00-\u9fa5]{2,6}?)(?P<size>" + SIZE_PASSED + r"[一二三四五六七八九十百千万亿]+元?)")


_BROKE_THROUGH = re.compile(r"(?:获得|取得|实现)(?:重大|新的|关键性)?突破$")  # (突破 ends no name but this one)
_MODIFIED_HEAD = re.compile(r"项目|企业|工程|园区|基地|单位|学校|医院|线路|机组")


def counted_name(text: str, end: int, limit: int, share: bool = False) -> str:
    """The noun counted by a figure said before it, 1725个公共法律服务站点 → 公共法律服务站点; where
    a predicate follows the noun, those that did it: 15条高速公路建成通车 → 建成通车的高速公路
    (and their share for a percentage: 61%的污水处理厂完成提标改造 → 完成提标改造的污水处理厂占比)."""
    by_count = text[end - 1 : end] == "个"  # (places are counted by 个; 艘, %, 家 count other things)
    if end < limit and text[end] == "的":
        end += 1
    if not share and (places := counted_places(text, end, limit)):
        return places
    if levels := _LEVELS_LISTED.match(text, end, limit):  # 建成8个国家级、13个省级区域医疗中心
        return levels.group(1) + levels.group(2)
    stop = _next_stop(text, end, limit)
    said = text[end : stop.start() if stop else limit]
    verb = PREDICATE.search(said, 2)  # (not one that begins a rate, 达标率: a noun)
    while verb is not None and (_MODIFIED_HEAD.match(said, verb.end()) or said[verb.end() : verb.end() + 1] in ("率", "类")):  # 285个计划新开工项目全部开工: 开工 of 开工项目 modifies
        verb = PREDICATE.search(said, verb.end())
    if verb is None and stop is not None and text[stop.start()] in "、和及0123456789" and len(strip(said)) >= 2:
        listed = _LISTED_COUNTS.match(text, stop.start())
        if listed is not None:  # 16所高校、48个学科入选“双一流”建设名单: counts listed before one predicate
            rest = _NEXT_STOP.search(text, listed.end(), limit)
            return f"{_TRAIL.sub('', text[listed.end() : rest.start() if rest else limit])}的{strip(said)}"
    if verb is None or end >= limit or text[end] in _NOT_NOUN_START:
        noun = strip(post_noun(text, end, limit))
        sized = _SIZED.fullmatch(noun)  # 8个产业规模超千亿元: those of that size
        return f"{sized.group('size')}的{sized.group('things')}" if sized else noun
    did = said[verb.start() :]
    noun, did = strip(re.sub("并$", "", said[: verb.start()])), did if _BROKE_THROUGH.search(did) else _TRAIL.sub("", did)  # (its verb stays)
    did = re.sub("^(?:" + _MANNER + ")", "", did)  # (踊跃参与平安建设: how eagerly is no part of what was done)
    if (by := re.search(r"被[\u4e00-\u9fa5]{0,6}$", noun)) and by.start() >= 2:
        noun, did = noun[: by.start()], noun[by.start() :] + did  # (15项工作被上级推广: 被上级推广的工作)
    if len(noun) < 2 or len(did) < 2 or len(noun) + len(did) > 24:
        return strip(post_noun(text, end, limit))
    if by_count and (kind := _PLACES_COUNTED.match(noun)) and len(noun) - kind.end() >= 2:
        return f"{noun[kind.end():]}{did}的{kind.group(0)}"  # 12个盟市空气质量全部达标: 空气质量全部达标的盟市
    return f"{did}的{noun}" + ("占比" if share else "")


_PLACES_COUNTED = re.compile(r"^(?:设区市|县市区|县区|市县|盟市|地市|城市|省份|乡镇|县(?![域级城]))")


_VERB_BETWEEN = re.compile(
    r"[、,，]?(?:年均|同比|比上年|较上年)?(?:" + CHANGE_WORDS + r"|达到|达|增至|降至|升至|减至|突破|超过|为|保持在|保持|稳定在)?(?:了)?(?:到|至)?"
)


def only_a_verb_between(text: str) -> bool:
    """Whether only a joining mark and a verb stand between two figures (、增长, ，达到, 提升至):
    the second is said of the same noun as the first."""
    return _VERB_BETWEEN.fullmatch(text) is not None


_REACHES_PEOPLE = re.compile(r"(?:惠及|覆盖|带动|吸纳|帮扶|救助|资助)$")


_HONOURED = re.compile(r"^(?:获评|荣获|入选|被评为|被授予|获得)(?=.{2})")


def people_reached(name: str, unit: str) -> str:
    """A count of people or households a deed reached, named by the deed alone (育儿补贴惠及 in 人),
    or of those honoured (3人获评“某某之星”): their number (育儿补贴惠及人数); other names as they are."""
    counted = {"人": "人数", "名": "人数", "户": "户数", "人次": "人次", "家": "家数"}.get(unit)
    if counted == "人数" and _HONOURED.match(name) and "的" not in name:
        return name + counted
    return name + counted if counted and len(name) >= 4 and _REACHES_PEOPLE.search(name) else name


def of_the_list_s_subject(name: str, before: str) -> str | None:
    """A later item of an 、 list that is a measure alone (新能源投资增长70%、装机规模增长38%、利用率
    94.5%): the same measure of what the first item measured (新能源装机规模, 新能源利用率); None
    where the name says more, or the item before names no subject apart from its measure."""
    if name in ASPECTS or BARE_MEASURE.sub("", name, count=1) not in MEASURES_ALONE and name not in _MORE_MEASURES:
        return None  # (an aspect, 占比 or 总量, is of the whole noun before: of_noun_before)
    subject = _SUBJECT_TAIL.sub("", before)
    return subject + name if 2 <= len(subject) < len(before) and not subject.endswith(name) else None


_MORE_MEASURES = frozenset(("装机规模", "装机容量", "装机", "利用率", "税收", "出口额", "进口额"))
_SUBJECT_TAIL = re.compile(r"(?:总产量|总产值|总额|投资|产值|收入|营收|营业收入|增加值|产量|销售额|规模|总量|装机规模|装机容量|装机|利用率)$")


# The end of a frame a figure stands in (在…的情况下, 在…的基础上).
FRAME_END = re.compile(r"(?:情况下|背景下|形势下|前提下|基础上)")


def outside_frame(
    name: str, text: str, start: int, fig_start: int, fig_end: int, end: int,
    removals: Sequence[tuple[int, int]] = (), place_words: tuple[str, ...] = (),
) -> str | None:
    """The name of a figure said around a frame (外贸进出口在对美贸易下降超3成的情况下增长12%): the
    subject before 在 for the figure after the frame (without the time and place words at
    `removals`, spans of text), what the frame speaks of for one inside it; None where the
    figure stands in no such frame."""
    if (framed := FRAME_END.search(name)) is not None and framed.end() == len(name):  # (…大幅下降的基础上再降17%)
        at = text.rfind("在", start, fig_start)
        cut = [(x - start, y - start) for x, y in removals if start <= x < at]  # (2025年全省…在2024年…的基础上)
        return clean_name(text[start:at], cut, place_words) or None if at > start else None
    if "在" in name and FRAME_END.search(text, fig_end, end):
        return name.rsplit("在", 1)[1] or None  # (对美贸易 keeps its 对)
    return None


def only_a_verb(words: str) -> bool:
    """Whether words are only what was done, with no noun (整合, 惠及, 建成通车)."""
    return words in _BECAME or words in _REACHED or PREDICATE.fullmatch(words) is not None


_DONE_AT_END = re.compile(PREDICATE.pattern + "$")


def done_to_noun_before(name: str, before: str) -> str | None:
    """A name that is only a predicate (竣工) after a figure said of a noun (重大项目开工390个、
    竣工437个) speaks of that noun: 重大项目竣工. None where the name is more than a predicate."""
    new = _SAID_AFTER.fullmatch(name)  # (项目新开工43个、新竣工38个: 新竣工项目)
    if not before or (PREDICATE.fullmatch(name) is None and new is None):
        return None
    noun = _DONE_AT_END.sub("", _SAID_BEFORE.sub("", before))
    if len(noun) < 2 or only_a_verb(noun):
        return None
    return name + noun if new else noun + name
