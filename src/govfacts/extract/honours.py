"""Honours: titles, awards, designations and pilot status conferred on a place, one record per
title and place.

A title is read from a verb that confers it and the words that follow (荣获“国际湿地城市”,
获批建设国家医学中心, 入选首批国家级零碳园区), or from the words before a verb that grants it
(郑州全国要素市场化配置综合改革试点获批). What stands before the verb names who holds it:
each place named there (杭州、温州双获…), else the report's own place. A title is taken only
when it reads as one: its last words are a title's head (试点, 示范区, 中心, 奖, 名单 …) or a
word that only titles hold (示范, 先进, 连冠 …); verbs that also speak of plain events (获,
纳入, 成为, 获批) take a title only when it names the body that confers it (国家, 全国 …).
"""

from __future__ import annotations

import re
from typing import Any

from govfacts.extract import around
from govfacts.extract.page import Page
from govfacts.extract.region import subject_at

# Verbs that say a title was won: a title word anywhere in what follows is enough.
_WON = (
    "荣获", "获评为", "获评", "被授予", "授予", "被评为", "被表彰为", "被命名为", "命名为", "受命名为", "受命名", "成功创建", "成功创成",
    "创成", "成功夺得", "夺得", "夺取", "勇夺", "摘得", "荣膺", "入选了", "入选", "入围", "双获", "被评定为", "评定为",
    "评为", "获颁", "获授", "荣登", "当选为", "当选",
)
# Verbs that also tell of events: the title must end in a head and name the conferring body.
_GRANTED = (
    "获批建设", "获批设立", "获批创建", "获批", "被认定为", "认定为", "被确定为", "被明确为", "被列为", "被纳入",
    "纳入", "被列入", "列入", "进入", "跻身", "成功争创", "上榜", "晋升为", "成为", "获得", "获",
)
# Verbs of building that make a title only of a designation (建成全国唯一医养结合示范省).
_BUILT = ("建成", "成功建设")
_DESIGNATION = ("示范省", "示范区", "示范市", "示范县", "示范城市", "先行区", "先导区")
_VERB = re.compile(
    "|".join(sorted((re.escape(v) for v in (*_WON, *_GRANTED, *_BUILT)), key=len, reverse=True))
    + r"|[两三四五六七八九十]夺|实现(?=[^,;。]*连冠)"
)
_ORDINALS = re.compile(
    r"^(?:[\u4e00-\u9fa5]{0,5}?(?:第[\d一二三四五六七八九十]+个|首个|首家|唯一)、?)+(?:获批的?|入选的?)?"
)
_OPENING_VERB = re.compile("^(?:" + _VERB.pattern + ")")
_GRANTED_AFTER = re.compile(
    r"(?:成功)?(?:获批(?:建设|设立)?|获(?P<by>国家|国务院|[^,;。]{1,20}?(?:部委|部|委))(?:批复|批准(?:建设|设立)?)|挂牌成立|挂牌)$"
)  # (…中心获国家发展改革委、科技部等部委批准建设)
_PILOT = ("试点", "示范区", "先行区", "先导区", "试验区")  # what a State Council reply (获国务院批复) approves
_HEADS = (
    "试点城市", "试点", "示范区", "示范市", "示范县", "示范省", "示范城市", "示范", "先行区", "先导区", "中心", "基地",
    "园区", "平台", "名单", "奖", "遗产", "公园", "城市", "工厂", "冠军", "亚军", "强", "布局", "称号", "模范城", "单位",
    "集体", "案例", "标杆", "样板", "连冠", "城", "县", "区", "市", "省", "名品", "表扬", "表彰", "榜单", "榜", "名录",
    "品牌", "景区", "企业", "村", "镇", "社区", "街道", "湿地", "省份",
)
_TITLE_WORDS = (
    "十大", "百强", "示范", "先进", "试点", "金鼎", "铜鼎", "银鼎", "星级", "连冠", "模范", "标兵", "优秀", "称号", "奖", "最佳",
    "案例", "合格", "工作法", "课题", "鼎",
)
# 新增 confers a title only on places: what it adds is a place that now holds one.
_ADDED = re.compile(r"新增")
_PLACE_TITLES = ("城市", "县", "市", "区", "镇", "村", "乡", "湿地", "领跑县", "示范县", "示范市", "示范区")
# A statistic rather than a title (首个经济总量超过3万亿元的城市).
_NOT_A_TITLE = re.compile(
    r"\d[\d.]*[万亿]*(?:元|吨|人|户|个|家|平方米|公里)|超过|(?<!十大)突破|总量|数量|人数|位居|居全国|前列|保持全国|^[一二三四五六七八九十\d]+连冠$"
    r"|该|此次|这一"  # (举办该赛事的城市: a title names no thing the sentence pointed at)
)
# A list's later part that tells of the holders rather than naming a title (…250强、数量居全国第2).
# A band of levels (省级以上荣誉, 市级以上表彰): how high what was won ranks, never its name.
_A_BAND = re.compile(r"(?:国家|省|自治区|市|县|部|厅)级(?:及)?以上")
_WINNERS_COUNTED = re.compile(r"[\d一二两三四五六七八九十百]+[个名位](?:集体|个人|单位)")
_TOLD_OF_THEM = re.compile(r"(?:数量|总数|总量|个数|家数)?(?:居|位居|位列|排名|列|稳居|保持)")
_ONLY_A_KIND = ("试点", "示范", "荣誉", "", "大奖", "优秀", "奖项", "奖")  # 国家试点, 国际大奖: a kind, no title
_CONFERRER = re.compile(r"全国|国家|中国|全球|世界|国际|联合国|中央|国务院|部|全省|省级")
_HOPED = re.compile(r"或将|有望|力争|争取|目标")  # a hope said anywhere in the words before
_PLANNED = re.compile(r"或将|有望|力争|争取|目标|申报|争创|推动|推进|支持|加快|积极|确保|计划|拟|将$|要$")
_LEADING = re.compile(
    r"^(?:了|为|被)?(?:新一轮|新一批)?(?:(?:我省|我市|全省|全国|省内)?(?:第[一二三四五六七八九十\d]+个|首个|首家|唯一))?"
    r"(?:(?:全国|国家)?(?:第[一二三四五六七八九十\d]+批|首批)|\d{4}年度?)?(?:[\d一二两三四五六七八九十]+[个家处项名座所])?"
)
_COUNT_AFTER = re.compile(r"[\d.]+[个家处项名座所人件部位支篇]$")  # (典型案例14件: how many won it)
_TRAILING = re.compile(
    r"(?:荣誉称号|称号|荣誉)$|" + _COUNT_AFTER.pattern + r"|等(?:[\d一二三四五六七八九十]+[项个]?[\u4e00-\u9fa5]{0,3})?$|之一$"
)
_SPLIT = re.compile(r"、(?![^(]*\))|和(?=[“国全省中]|\d)")
_A_LEVEL = re.compile(r"(?:国家|全国|省|市|县|世界|国际)级?")
_TITLE_START = re.compile(r"国家级|全国|国家|[345]A级|世界|国际|省级")  # where a title begins after its holder's name
_CUT = re.compile(r"[,:;]|——")
# The holder's words end in a count of things (3个历史经典产业, 8家企业, 13部作品).
_A_COUNT = r"[\d一二两三四五六七八九十百]+(?:个|家|部|项|所|座|名|位|处|批|件|户|支|种|只)"
_COUNTED = re.compile(_A_COUNT + r"[\u4e00-\u9fa5]{0,8}$")
# ... unless what is counted is places (潜江、松滋等10个县市获批…): then they are the holders.
_COUNTED_PLACES = re.compile(r"[个座](?:县市|县区|市县|区县|城市|设区市|县|市|区|地区|县（市、区）|县\(市、区\))$")
_ITEMS_HONOURED = re.compile(r"[\d一二两三四五六七八九十]+(?:件|篇|个|项|份)(?:案件|案例|案|作品|成果|经验|做法|检察建议|建议|文书|裁判文书|论文|课题)$")
_YEAR = re.compile(r"(\d{4})年")
_LEVEL_WORDS = (
    (re.compile(r"全球|世界|国际(?!化)|联合国"), "国际级"),  # (国际湿地城市, 世界地质公园; 国际化…试点 is no body's)
    (re.compile(r"全国|国家|中国|公安部|中央|国务院"), "国家级"),
    (re.compile(r"省(?!份|域)|自治区"), "省级"),  # (省域…试点: a pilot for provinces, not the province's)
    (re.compile(r"市级|市委|市政府|全市|(?<![城都强])市(?![场民区县])"), "市级"),  # (城市更新…示范城市 is no 市级)
    (re.compile(r"县级|县委|县政府|全县|(?<![郡强])县(?![域城])"), "县级"),  # (百强县: what is ranked)
)


def level_of(text: str, within: int | None = None) -> str | None:
    """The level of the body that confers a title: the first level word of its name (全省争创全国… is 省级),
    one that begins in its first `within` characters where that is given."""
    found = [(m.start(), level) for pattern, level in _LEVEL_WORDS if (m := pattern.search(text))]
    found = [f for f in found if within is None or f[0] < within]
    return min(found)[1] if found else None


def title_name(words: str) -> str:
    """The title as the report states it, without quotation marks, batch, rank or count:
    首批国家级零碳园区 → 国家级零碳园区, 12个国家区域医疗中心 → 国家区域医疗中心."""
    quoted = words.strip().startswith(("“", "《", "\""))  # (“五个一工程”奖: a count inside a name stays)
    name = re.sub(r"[“”‘’《》\"]", "", words).strip()
    name = _OPENING_VERB.sub("", name, count=1)  # (荣获A、两夺B: the verb of the list's later part)
    name = _ORDINALS.sub("", name, count=1)  # (成为全国第11个、东北首个获批的创新型省份)
    name = re.sub(r"^(国家|全国)(?:第[一二三四五六七八九十\d]+批|首批)(?![\d一二两三四五六七八九十]+[个家处项名座所])(?=.{3})", r"\1", name)  # (国家首批…目的地: the body stays)
    for _ in range(2):
        name = name if quoted else _LEADING.sub("", name, count=1)
        name = _TRAILING.sub("", name).strip()
    return name


def _bare(name: str) -> str:
    """The name without a closing parenthesis (国家医学中心(中医类) → 国家医学中心)."""
    return re.sub(r"\([^)]*\)$", "", name)


def _headed(name: str) -> bool:
    """Whether the name ends in a title's head, before any closing parenthesis."""
    return _bare(name).endswith(_HEADS)


def reads_as_title(name: str, granted: bool) -> bool:
    """Whether these words are a title: a head at the end (before a closing parenthesis), or a
    title word anywhere; one granted by a verb of events must also name its conferring body."""
    bare = _bare(name)
    if len(bare) < 3 or len(bare) > 30 or _NOT_A_TITLE.search(bare) or _A_BAND.match(bare):
        return False
    if re.sub(r"级|、|和|及", "", _CONFERRER.sub("", bare)) in _ONLY_A_KIND:
        return False  # 国家试点, 国家级, 国家、国际大奖, 国家级和国际大奖: no title, only its kind
    if granted:  # (an award is one by its name: 获文华奖, 获白玉兰评委会奖)
        return bare.endswith(_HEADS) and bool(_CONFERRER.search(bare)) or bare.endswith(("奖", "奖项"))
    # a verb that only confers (获评, 入选 …): a head, a title word, or the body that confers it
    return bare.endswith(_HEADS) or any(w in bare for w in _TITLE_WORDS) or bool(_CONFERRER.match(bare))


def _titled(name: str) -> bool:
    """A title by its own words: a head at its end, or a word only titles hold."""
    bare = _bare(name)
    if _A_BAND.match(bare) or _WINNERS_COUNTED.search(bare):
        return False  # (省级以上荣誉; 优秀案件27个集体: the next part's winners, run in where a mark was lost)
    return len(bare) >= 3 and (bare.endswith(_HEADS) or any(w in bare for w in _TITLE_WORDS))


def titles_in(words: str, granted: bool) -> list[str]:
    """The titles a run of words names: one, or one per part of a list when each part is one
    (先进县、示范县), never the parts of a title that lists its grades (国家领航级、卓越级智能工厂).
    The conferring body may be said once for the whole list (中欧班列集结中心、…国家试点)."""
    pieces = _SPLIT.split(words)
    told = next((k for k, p in enumerate(pieces) if k and _TOLD_OF_THEM.match(p)), None)
    if told is not None:  # 上榜全球国际承包商250强、数量居全国第2: the list goes on with what is told of them
        words = words[: sum(len(p) + 1 for p in pieces[:told]) - 1]
        pieces = pieces[:told]
    whole = title_name(words)
    parts = [title_name(p) for p in pieces]
    headed = all(reads_as_title(p, False) and _headed(p) for p in parts)
    if len(parts) > 1 and headed and (not granted or _CONFERRER.search(whole)):
        return parts
    paired = [title_name(p) for p in re.split(r"和", words)] if len(parts) == 1 else []
    if len(paired) == 2 and all(reads_as_title(p, False) and _headed(p) and len(_bare(p)) >= 4 for p in paired):
        return paired  # 两山实践创新基地和美丽乡村先行区: two titles, each with its head
    joined = [title_name(p) for p in words.split("和")]
    if len(joined) == 2 and _A_LEVEL.fullmatch(joined[0]) and (second := _A_LEVEL.match(joined[1])) and _headed(joined[1]):
        both = [joined[0] + joined[1][second.end() :], joined[1]]  # 国家级和省级文明城市: the head said once
        return both if all(reads_as_title(t, False) for t in both) else []
    starts = [_TITLE_START.search(p) for p in joined]
    if len(joined) == 2 and all(_headed(p) for p in joined) and all(starts):
        joined = [p[m.start() :] if m else p for p, m in zip(joined, starts, strict=True)]
        if all(reads_as_title(p, False) for p in joined):
            return joined  # 阿尔山国家级旅游度假区和…大峡谷5A级景区获批: two titles, each after its holder
    counted = all(_COUNT_AFTER.search(p) for p in pieces)
    if len(parts) > 1 and not granted and (counted or re.search(r"称号$", words.strip())):
        # 获评“时代楷模”、全国道德模范、全国最美人物称号: 称号 says each part is a title;
        # 获评何梁何利奖2人、国家卓越工程师2人: so do counts of those who won each
        parts = [around.at_level(p, parts[0]) or p for p in parts]
        return [p for p in parts if 3 <= len(_bare(p)) <= 30 and not _NOT_A_TITLE.search(p) and not _A_BAND.match(p)]
    if len(parts) > 1 and _titled(parts[0]) and not granted:
        # 获评A、B: a level or a body said once holds for the rest (全省禁毒工作先进县、法治宣传示范县),
        # and a part that is a level alone is the first title at that level (全国…示范村24个、省级587个)
        parts = [around.at_level(p, parts[0]) or p for p in parts]
        return [p for p in parts if _titled(p)]
    if granted:  # the body may stand before a rank the name leaves out (全国唯一医养结合示范省)
        body = _CONFERRER.search(words) or _bare(whole).endswith(("奖", "奖项", *_PILOT))  # (a pilot is one by its name)
        return [whole] if reads_as_title(whole, False) and _headed(whole) and body else []
    return [whole] if reads_as_title(whole, False) else []


def sentence_honours(
    page: Page, region: Any, a: int, b: int, seen: set[tuple[str, str, str | None]], carried: Any | None = None
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """The honours of text[a:b] (one sentence), and the spans (within the sentence) their words take;
    `carried` is the place earlier sentences spoke of, for a title whose sentence names none."""
    sentence = page.text[a:b]
    out: list[dict[str, Any]] = []
    spans: list[tuple[int, int]] = []
    marks = list(_CUT.finditer(sentence))  # each clause from one mark's end to the next one's start
    cuts = list(zip([0] + [m.end() for m in marks], [m.start() for m in marks] + [len(sentence)], strict=True))
    years_in = list(_YEAR.finditer(sentence))
    subject = region.opening(subject_at(sentence, a), b)  # 2024年,衢江区夺取…,获评…: the sentence's subject
    flags = ["region-carried"] if subject is None and carried is not None else []
    subject = subject or carried
    for c0, clause_end in cuts:
        clause = sentence[c0:clause_end].rstrip("。!?;\n ■□●◆")
        for holder_end, title_start, title_end, granted in _readings(clause):
            before = clause[:holder_end]
            if _PLANNED.search(before[-8:]) or _HOPED.search(sentence[: c0 + holder_end][-20:]):
                continue
            words = clause[title_start:title_end]
            names = titles_in(words, granted)
            if not names:
                continue
            spans.append((c0 + title_start, c0 + title_end))
            years = [y.group(1) for y in years_in if y.end() <= c0 + title_end]
            # the words just before the verb, without the holder (我省成为…, 横州市入选…): a level there is the body's
            said_by = re.sub(r"[我全本][省市区县]", "", region.unnamed(a + max(0, c0 + holder_end - 4), a + c0 + holder_end))
            level = level_of(said_by) or level_of(words)
            holders = _holders(region, page, a + c0, a + c0 + holder_end, subject)
            each = _distributed(words, len(holders)) if "分别" in before[-4:] and len(holders) > 1 else None
            for k, their in enumerate(holders):
                for name in [each[k]] if each else names:
                    holder = _own_holder(region, page, a + c0 + title_start, words, name, subject) or their
                    key = ("honour", name, holder["region"])
                    if key in seen:
                        continue
                    seen.add(key)
                    end = a + c0 + max(title_end, holder_end)
                    out.append({
                        "kind": "honour", "name": name, **holder,
                        "level": (level := level_of(name, 4) or level),  # said once, it holds for the rest
                        "year": int(years[-1]) if years else None,
                        "quote": page.quote(a + c0, end), "span": page.span(a + c0, end),
                        "review": ([*flags] if flags and holder["region"] != region.main_name else [])
                        + ([REVIEW_HELD_WITHIN] if _held_within(region, a + c0, a + c0 + holder_end) else []) or None,
                    })
    return out, spans


_SOME_COUNTED = re.compile(_A_COUNT)
REVIEW_HELD_WITHIN = "held-within"  # the title went to something in the place (a site, a team), not the place
# Words before a title's verb that name no holder of their own.
_NO_HOLDER = re.compile(
    r"\d{4}年|连续[\d一二两三四五六七八九十]+[届年次]|[全我本该][省市区县州]|(?:这一?|该|此)[\u4e00-\u9fa5]{0,4}|[,，、和及与]|成功|先后|相继|再次|首次|还|也|被|已|均|共|双|等|新|又|并|都|一举|正式"
)


def _held_within(region: Any, start: int, end: int) -> bool:
    """Whether a title's holder words (the page's text[start:end], before its verb) name something in a place
    rather than the place (龙湖金融岛入选…, 李玉院士团队荣获…): the title is the place's only by way
    of it, which a reviewer should know."""
    said = region.unnamed(start, end)
    if _ITEMS_HONOURED.search(said):
        return True  # (13件案件获评典型案例: cases the place handled won it)
    if _SOME_COUNTED.search(said) or re.search(r"[、,，和及]", said):
        return False  # (8所职业院校入选…, 大同经开区、阳泉高新区入选…: the place's share, as keyers count it)
    return len(re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", _NO_HOLDER.sub("", said))) >= 2


def _distributed(words: str, count: int) -> list[str] | None:
    """宝鸡、咸阳分别成为国家制造业新型技术改造、中小企业数字化转型试点城市: one title for each
    holder, in order, the head and the conferring body said once for all; None where the parts
    do not match the holders."""
    parts = [title_name(p) for p in _SPLIT.split(words)]
    if len(parts) != count:
        return None
    head = max((h for h in _HEADS if parts[-1].endswith(h)), key=len, default="")
    body = _CONFERRER.match(parts[0])
    if not head:
        return None
    named = [p if p.endswith(head) else p + head for p in parts]
    if body is not None:
        named = [p if _CONFERRER.match(p) else body.group(0) + p for p in named]
    return named


def _readings(clause: str) -> list[tuple[int, int, int, bool]]:
    """Where a clause names a title: (end of the holder's words, the title's start and end,
    whether a verb of events granted it); a verb before the title, or one after it."""
    found = []
    after = _GRANTED_AFTER.search(clause)
    if after is not None:
        words = clause[: after.start()]
        body = _CONFERRER.search(words)  # the title opens with the body that grants it
        if body is not None and body.start() < len(words) - 2:
            found.append((body.start(), body.start(), after.start(), True))
        elif words.endswith(_PILOT) and (after.group("by") or _title_opens(words)):
            # 苏南…综合改革试点获国务院批复: the body is the verb's; 新一轮服务业扩大开放综合试点获批: a pilot by its name
            found.append((0, 0, after.start(), False))
    added = _ADDED.search(clause)
    if added is not None and not found:  # 新增黄石、咸宁等全国文明城市12个: the places named hold it
        first = _CONFERRER.search(clause, added.end())
        title_start = first.start() if first else -1
        if title_start > 0 and title_name(clause[title_start:]).endswith(_PLACE_TITLES):
            holders_end = title_start - 1 if clause[title_start - 1 : title_start] == "等" else title_start
            return [(holders_end, title_start, len(clause), True)]
    for m in _VERB.finditer(clause):
        verb = m.group(0)
        if verb in _BUILT:
            title = title_name(clause[m.end() :])
            if not (title.endswith(_DESIGNATION) and _CONFERRER.search(clause[m.end() :])):
                continue  # built, not designated: 建成…水库
        granted = verb in _GRANTED or verb in _BUILT
        found.append((m.start(), m.end(), len(clause), granted))
        break  # the first verb that confers: what follows it is the title
    return found


def _title_opens(words: str) -> bool:
    """Whether a clause's words before 获批 are a pilot's name alone: no verb of doing before it
    (推动…试点获批 tells of work towards one), short enough to be a name."""
    return 4 <= len(title_name(words)) <= 24 and not re.search(r"推动|推进|争取|申报|支持|加快|开展|实施|启动", words)


def _own_holder(region: Any, page: Page, start: int, words: str, name: str, subject: Any | None) -> dict[str, Any] | None:
    """The holder a title after 和 names for itself (阿尔山国家级旅游度假区和莫尔格勒河、老牛湾
    黄河大峡谷5A级景区: the sites, not 阿尔山), or None where the title has none of its own."""
    at = words.find(name)
    joined = words.rfind("和", 0, at) if at > 0 else -1
    if joined < 0 or at - joined < 3:
        return None
    return _holders(region, page, start + joined + 1, start + at, subject)[0]


def _holders(region: Any, page: Page, start: int, end: int, subject: Any | None = None) -> list[dict[str, Any]]:
    """The places that hold a title: each one named before its verb in its clause (杭州、温州双获…),
    else the one the words say (全省), else the place the sentence opened with, else the page's own."""
    words = page.text[start:end]
    named = [d for _a, _b, d in region.at(start, end)] if start < end else []
    if len(named) > 1 and _COUNTED.search(words) and not _COUNTED_PLACES.search(words):
        # 绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围…: things named after places, counted: the page's place
        return [region.fields(region.word(words))]
    if len(named) > 1 and re.search(r"[、和]", words):
        fields = [region.fields(d) for d in named]
        unique = {f["region"]: f for f in fields}
        return list(unique.values())
    d = region.named(start, end, page.text) if start < end else None
    return [region.fields(d or region.word(page.text[start:end]) or subject)]

