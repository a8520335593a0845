"""Names for the figures of a list: a list of heads split over the figures (刑事、治安警情 →
刑事警情, 治安警情), the measure written once after the last shared by each, and the verb and
level the first opens with shared by the later ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from govfacts.chinese.lexicon import COMPOUNDS, COUNTING_VERBS, PAIRED, alternation
from govfacts.extract.doubts import MEASURES_ALONE
from govfacts.extract.nouns import LEVEL, strip

REVIEW_ENDING = "list-ending-shared"  # the last item's ending may belong to the items before it too

_MEASURE_TAILS = (
    "发生起数", "案件数", "发案数", "警情数", "发生数", "起数", "人数", "件数", "案件", "数量", "总量", "数", "率", "量", "额",
)
_SPLIT_AND = re.compile(r"以及|和|及|与")
# A first item's measure, after what it is of: a later bare measure is of the same (旅游人次、花费).
_MEASURE_OF = re.compile(r"(?:营业收入|收入|营收|人次|人数|发案数|发案|产量|产值|增加值|销售额|规模|总量)$")
_SHARED_TAILS = (
    "余额", "总额", "规模以上工业增加值", "规上工业增加值", "增加值", "产业产值", "产值", "营业收入", "零售额", "出口额", "投资", "产量", "规模",
    "案件数", "立案数", "发案数", "警情数", "案件", "警情",
)


def split_names(name: str, count: int) -> list[str]:
    """刑事、治安警情 → [刑事警情, 治安警情]; 电诈发案数、损失数 → [电诈发案数, 电诈损失数]."""
    items = _split_outside_quotes(name, "、")
    partner = list(range(len(items)))  # the item whose ending an item shares: its own, or its 和-pair's last
    if len(items) != count:
        finer: list[str] = []
        partner = []
        for it in items:
            pair = [p for p in _SPLIT_AND.split(it) if p]
            partner.extend([len(finer) + len(pair) - 1] * len(pair))
            finer.extend(pair)
        items = finer
    if len(items) == 1 and count > 1:
        return _compound_parts(name, count)
    if len(items) != count:
        return []
    items = [strip(i) or i for i in items]
    etc = re.search(r"等([\u4e00-\u9fa5]{1,4})$", items[-1])
    if etc:  # 盗窃、诈骗、寻衅滋事等案件 → 盗窃案件, 诈骗案件, 寻衅滋事案件
        head = etc.group(1)
        items[-1] = items[-1][: etc.start()]
        return [re.sub(r"^“[^”]*”", "", it) + head if not it.endswith(head) else it for it in items]
    last = items[-1]
    first = items[0]
    if len(items) == 2 and first[-1:] + last[:1] in PAIRED and len(last) >= 2:
        # 金融机构本外币存、贷款余额: one character each, the words before and after said once for both
        return [first + last[1:], first[:-1] + last]
    tail = next((t for t in _SHARED_TAILS if last.endswith(t) and len(last) > len(t) + 1), None)
    if tail and len(items) > 1 and all(len(it) >= 2 and not it.endswith((*_SHARED_TAILS, *_MEASURE_TAILS)) for it in items[:-1]):
        return [it + tail for it in items[:-1]] + [last]  # 人民币存款、贷款余额 → 人民币存款余额, 贷款余额
    out = []
    for k, it in enumerate(items):
        if partner[k] != k:
            # 毛入园率、高中阶段和高等教育毛入学率: a pair joined by 和 inside the list shares its own ending
            mate = items[partner[k]]
            if 2 <= len(it) < len(mate) - 1 and not it.endswith(_MEASURE_TAILS):
                out.append(it + mate[len(it) :])
                continue
        parallel = last[: len(it)]  # 城镇居民、农村居民人均可支配收入: heads of one length and ending
        if k < len(items) - 1 and 3 <= len(it) <= 6 < len(last) - 1 and parallel[-1] == it[-1] and parallel != it:
            it = it + last[len(it) :]
        elif k < len(items) - 1 and len(it) <= 2 < len(last):
            quoted = re.match(r"^“[^”]*”(.+)$", last)
            bare = re.sub(r"“[^”]*”", "", last)
            head = bare[len(it) :] if len(bare) > len(it) else (quoted.group(1) if quoted else "")
            it = it + head
        elif k > 0 and len(it) <= 4 and len(first) > len(it):
            for tail in _MEASURE_TAILS:
                if first.endswith(tail) and len(first) > len(tail):
                    it = first[: -len(tail)] + it
                    break
            else:
                subject = _MEASURE_OF.sub("", first) if len(it) <= 3 else first
                if 2 <= len(subject) < len(first):  # 省属企业营业收入、利润 → 省属企业利润
                    it = subject + it
        out.append(it)
    return out


def _compound_parts(name: str, count: int) -> list[str]:
    """城乡居民人均可支配收入 over two figures → [城镇居民…, 农村居民…]: the word that names
    `count` things at once, one in each name; [] where the name has none."""
    for word in sorted(COMPOUNDS, key=len, reverse=True):
        if word in name and len(COMPOUNDS[word]) == count:
            return [name.replace(word, part, 1) for part in COMPOUNDS[word]]
    return []


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "“(《(":
            depth += 1
        elif ch in "”)》)":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [o for o in out if o]


def compound_split(name: str, k: int) -> list[str]:
    """收结案 read over pairs of figures → [收案, 结案]."""
    if k == 2 and len(name) == 3:
        return [name[0] + name[2], name[1] + name[2]]
    if k == 2 and len(name) >= 4 and name.endswith("结案") and name[-3] == "收":
        return [name[:-3] + "收案", name[:-3] + "结案"]
    return [name] * k


class Listed(Protocol):
    """A drafted figure as a list sees it: its name, its quote's span and its review codes."""

    name: str
    unit: str
    quote_start: int
    quote_end: int
    notes: list[str]


# What a list's items did, said once after the last (…、新增工业用地支持民间投资项目比重分别为): where it begins.
_SHARED_PREDICATE = re.compile(r"(?<=..)(?:支持|用于|带动|拉动|实现|贡献)")
# A deed done to every item, said once after the last (…火电机组、395台燃煤锅炉超低排放改造).
_DEEDS = r"改造|治理|整治|修复|升级|替代|提标|搬迁"
_SHARED_DEED = re.compile(rf"(?:{_DEEDS})$")
# A share or rate said once after the last item (地表水、近岸海域水质优良比例分别达…).
_RATES = r"比例|比重|占比|率"
_SHARED_MEASURE = re.compile(rf"(?:{_RATES})$")
# An item that ends in a measure or deed of its own lends or borrows none.
_OWN_ENDING = re.compile(r"(?:" + "|".join(_MEASURE_TAILS + _SHARED_TAILS) + rf"|{_RATES}|{_DEEDS})$")


def share_endings(figures: Sequence[Listed]) -> None:
    """The items of one list (one quote) whose names stop where the last item's ending begins:
    the ending given to each where a verb says where it begins (…、新增用地支持制造业项目比重),
    and the items flagged where no word does (…燃煤锅炉超低排放改造, …近岸海域水质优良比例)."""
    k = 0
    while k < len(figures):
        j = k
        while j + 1 < len(figures) and (figures[j + 1].quote_start, figures[j + 1].quote_end) == (figures[k].quote_start, figures[k].quote_end):
            j += 1
        _share_ending(figures[k : j + 1])
        k = j + 1


def _rate_after_the_same_head(earlier: Sequence[str], last: str) -> str | None:
    """The rate the last item ends with after the head the earlier items end with (治安案件和刑事案件
    发案率: 发案率, of 治安案件 too), or None."""
    head = earlier[0][-2:]
    at = last.rfind(head)
    ending = last[at + 2 :] if at > 0 else ""
    if not ending or not _SHARED_MEASURE.search(ending) or len(ending) > 4 or any(n[-2:] != head or len(n) < 3 or last.startswith(n) for n in earlier):
        return None
    return ending


def _share_ending(group: Sequence[Listed]) -> None:
    names = list(dict.fromkeys(f.name for f in group))
    if len(names) < 2:
        return
    *earlier, last = names
    rates = all(f.unit in ("%", "个百分点") for f in group)  # (12条…项目占比达84.4%: the count is no rate)
    if rates and (ending := _rate_after_the_same_head(earlier, last)) is not None:
        for f in group:
            f.name += ending if f.name != last else ""
        return
    longest = max(len(n) for n in earlier)
    if any(not 2 <= len(n) <= 6 or _OWN_ENDING.search(n) or "、" in n or last.startswith(n) for n in earlier) or len(last) < longest + 3:
        return
    said = _SHARED_PREDICATE.search(last)
    if not said and not (_SHARED_DEED.search(last) or _SHARED_MEASURE.search(last)):
        return
    for f in group:
        if f.name == last:
            continue
        if said:
            f.name += last[said.start() :]
        else:  # (where the ending begins only a reader can tell: 超低排放改造, 提质升级, 水质优良比例)
            f.notes.append(REVIEW_ENDING)


# What police, procurators and courts do to what a list counts (打掉涉黑组织3个、涉恶团伙17个).
_POLICE_DEEDS = ("打掉", "摧毁", "捣毁", "破获", "侦破", "抓获", "查处", "查获", "缴获", "收缴", "起诉", "批捕", "化解", "排查", "出动")
# Verbs that say what is counted (README: they stay in names) and that a list of counts shares.
_LEAD_VERB = re.compile(
    r"^(?:有序|全面|持续|加快|稳步|依法|共)?(?P<verb>(?:累计)?新增|(?:累计|新)?(?:创建|培育|认定|新建|改造|引进|选派|修改废止和宣布失效|修改|废止|制定|"
    r"修订|出台)|" + alternation(*_POLICE_DEEDS) + r")(?=[\u4e00-\u9fa5“0-9A-Za-z])"
)
# A later item that opens with a deed of its own (新增企业5家、引进项目3个) borrows none.
_OWN_DEED = re.compile("^(?:" + alternation(*COUNTING_VERBS, *_POLICE_DEEDS, "新增", "创建", "刑拘", "判处") + ")")


_LEVEL = re.compile(LEVEL + "(?:以上)?")


def shared_lead(name: str, clause: str) -> tuple[str, str]:
    """What a list's first name opens with that its later items share: the verb defining what is
    counted, and the level of the things counted (累计创建国家级绿色工厂 → 累计创建, 国家级); no
    level where the clause says one again (省级A7个、省级B5个、C8个: C's is not said)."""
    m = _LEAD_VERB.match(name)
    level = _LEVEL.match(name, m.end() if m else 0)
    said_once = level is not None and len(_LEVEL.findall(clause)) == 1
    return (m.group("verb") if m else ""), (level.group() if level and said_once else "")


# A name of things of their own scope or level (县域医共体, 5A级景区, 国家创新型产业集群), or of a
# measure of them (人形机器人产量): a list's level is not theirs.
_OWN_SCOPE = re.compile(r"级|国家|省|自治区|县域|市域|区域|(?:" + alternation(*MEASURES_ALONE) + ")$")


def led(name: str, verb: str, level: str, counted: bool) -> str:
    """A later item of a list named with what the first opens with (零碳园区 after 累计创建国家级绿色
    工厂 → 累计创建国家级零碳园区); the level only for things counted whose name says none."""
    name = name if name.startswith(verb) or _OWN_DEED.match(name) else verb + name
    if level and counted and not _OWN_SCOPE.search(name):
        name = verb + level + name[len(verb) :]
    return name


_BARE_RATE = re.compile(r"[\u4e00-\u9fa5]{1,4}(?:率|比例|比重|占比)")


def rates_of_the_items(name: str, items: Sequence[str]) -> list[str] | None:
    """A bare rate said once for as many figures as the items counted just before it (侦破刑事案件
    1493起、行政案件1338起，破结案率分别提高30.8、16.5个百分点): each item's rate, its deed
    left out; None where the name is more than a rate or the items repeat."""
    if not _BARE_RATE.fullmatch(name) or len(set(items)) != len(items):
        return None
    own = [n[m.end("verb") :] if (m := _LEAD_VERB.match(n)) else n for n in items]
    return [n + name for n in own] if all(2 <= len(n) <= 12 and "、" not in n for n in own) else None

