"""Programs (named mechanisms, platforms, brands) and honours (titles won) in a page."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from govfacts.chinese.periods import PeriodMention
from govfacts.extract.gazetteer_match import tier
from govfacts.extract.honours import sentence_honours
from govfacts.extract.page import Page
from govfacts.extract.structure import Frames
from govfacts.extract.years_said import REVIEW_PERIOD_CARRIED, REVIEW_PERIOD_DATE

CATEGORIES = (
    "工作法", "品牌", "应用", "工作机制", "机制", "专项行动", "行动", "平台", "中心", "模式", "改革", "体系", "工程",
    "系统", "场景", "团队", "工作室", "法庭", "项目", "活动", "措施", "举措", "原则", "专班", "课题", "调解室",
    "法治村", "工作站", "小程序", "专区", "格局", "经验", "模型", "网格", "服务", "志愿者", "队", "团",
)
ACTIONS = (
    "打造", "推出", "建立", "上线", "构建", "开发", "建成", "形成", "推行", "实施", "开展", "探索", "创新", "组建", "启动",
    "深化", "整合", "依托", "推广", "建强", "成立", "迭代", "完善", "执行", "落实", "推进", "创设", "首创",
)
_PROGRAM = re.compile(r"[“‘]([^“”‘’\n]{2,24})[”’]")
_CUT = re.compile(r"[,:]")
_SKIP_CONTENT = re.compile(r"^[\d.%]+$|^[一二两三四五六七八九十]+[个大]?$")
# Not a place's own initiative: the nation's watchwords and campaigns every report repeats, a
# watchword of the N个… kind (四个全面, 两个毫不动摇), a measure (“得补率”) or a word in scare
# quotes before what it describes (“僵尸”应用, “两高”项目).
NATIONAL = frozenset((
    "五位一体", "四个全面", "四个意识", "四个自信", "两个确立", "两个维护", "两个毫不动摇", "两个结合", "三新一高",
    "一带一路", "放管服", "双碳", "三农", "六稳", "六保", "两重", "两新", "人工智能+", "数据要素×", "高效办成一件事",
    "揭榜挂帅", "绿水青山就是金山银山", "两山", "枫桥经验", "新时代枫桥经验", "千万工程", "十四五", "十五五", "第一议题",
    "接诉即办", "互联网+", "双减", "三个务必", "国之大者", "一件事", "三权分置",
))
# The body that runs a campaign named right before it, when it is above the page's place.
_HIGHER_BODY = re.compile(r"(?:中央|国务院|国家|最高法|最高检|最高人民(?:法院|检察院)|公安部|司法部|上级)[\u4e00-\u9fa5]{0,4}$")
_PROVINCE_S = re.compile(r"(?:省|自治区)(?:委|政府|高院|高级人民法院|人民检察院|检察院|公安厅|司法厅)?[\u4e00-\u9fa5]{0,2}$")
_CARRIED_OUT = re.compile(r"贯彻(?:落实)?(?:好)?$|传统的?$|改变|摒弃|告别|打破")  # (a plan handed down; the old way given up: 传统“单兵作战”模式)
_NAMING = ("工作法", "品牌", "工作机制", "机制", "专项行动", "行动", "模式", "改革", "体系", "工程")
_WATCHWORD = re.compile(r"^[两三四五六七八九十]个[\u4e00-\u9fa5]{1,6}$|[率比数]$")
_NUMBERED = re.compile(r"^[一二两三四五六七八九十]+大[\u4e00-\u9fa5]{2,4}$")  # 三大高地, 五大战略: with no kind said


def programs_and_honours(
    page: Page, region: Any, periods: list[PeriodMention], year: int | None, frames: Frames | None = None,
    carried: dict[int, Any] | None = None, closing: int | None = None,
) -> list[dict[str, Any]]:
    """Program and honour records of the page, one per name and place; no honour where the
    report states goals (a title is conferred, never planned). `carried`: the place an earlier
    sentence made the subject, by the start of each sentence it still holds for; `closing`: the
    year the page's date looks back on, the year of a title no words or section date on a page
    that has no sections (flagged period-from-date)."""
    text = page.text
    provincial = region.main is not None and not isinstance(region.main, str) and tier(region.main.code) == 0
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str | None]] = set()
    for a, b in page.sentences:
        sentence = text[a:b]
        frame = frames.at(a) if frames is not None else None
        honours, honour_spans = sentence_honours(page, region, a, b, seen, (carried or {}).get(a))
        reviewed = frame.level if frame is not None and frame.kind == "year_review" else None
        for h in honours:
            h["year"] = h["year"] or (int(reviewed[:4]) if reviewed else None)  # (a title won in the year the part reviews)
            said = [p.period for p in periods if p.end <= a and p.scope == "year" and p.period and p.period.isdigit()]
            if h["year"] is None and frame is None and said and int(said[-1]) != closing:
                h["year"] = int(said[-1])  # (2024年，…。…获评…: the year the page spoke of last)
                h["review"] = (h["review"] or []) + [REVIEW_PERIOD_CARRIED]
            elif h["year"] is None and frame is None and closing:
                h["year"] = closing  # (a page of no sections dated after the year: that year's news)
                h["review"] = (h["review"] or []) + [REVIEW_PERIOD_DATE]
        out.extend(honours if frame is None or frame.status != "target" else [])
        cuts = [m.end() for m in _CUT.finditer(sentence)]  # where the sentence's clauses begin
        for run in _runs(list(_PROGRAM.finditer(sentence))):
            first, last = run[0], run[-1]
            if any(x <= first.start() < y for x, y in honour_spans):
                continue
            tail = re.split(r"[,。;!?]", sentence[last.end() : last.end() + 14])[0]
            before = sentence[max(0, first.start() - 8) : first.start()]
            placed = [c for c in CATEGORIES if c in tail]
            category = placed[0] if placed else None  # CATEGORIES runs from the most telling word down
            # “南孔”有礼解纷等一批特色治理品牌: the quote opens a longer name that runs up to 等
            cont = re.match(r"^([\u4e00-\u9fa5]{1,6})等", tail) if len(run) == 1 else None
            if category is not None and tail.find(category) > 0 and not re.match(r"^(?:等|和)", tail) and len(run) > 1:
                category = None
            if category is not None and tail.find(category) > 8 and not (cont or tail.startswith("等")):
                category = None
            if category is None and not any(v in before for v in ACTIONS):
                continue
            if category is None and (_A_STANCE.match(tail) or "作为" in before):
                continue  # (坚持“示范引领…”的原则; 将…作为“定盘星”“压舱石”: a principle, a figure of speech)
            if _HIGHER_BODY.search(before) or (not provincial and _PROVINCE_S.search(before)) or _CARRIED_OUT.search(before):
                continue  # (以自治区高院“规范、精简、提速”促进年活动, 贯彻落实“一规划两纲要”: a higher body's, not the place's own)
            cs = _clause_start(cuts, first.start())
            where = _place(region, page, a, a + first.start())
            for m in run:
                name = m.group(1).strip() + (cont.group(1) if cont else "")
                if not _a_program(name, category):
                    continue
                key = ("program", name, where["region"])
                if key in seen:
                    continue
                seen.add(key)
                end = last.end() + (tail.find(category) + len(category) if category else 0)
                out.append({
                    "kind": "program", "name": name, **where, "category": category,
                    "quote": page.quote(a + cs, a + end), "span": page.span(a + cs, a + end),
                })
    return out


_A_STANCE = re.compile(r"的?(?:理念|方针|精神|要求|思路|思想|定位|导向|总基调)")  # (原则 is a kind of program: a category)


def _a_program(name: str, category: str | None) -> bool:
    """Whether quoted words, said with this kind of program (or none), name a place's own program."""
    if _SKIP_CONTENT.match(name) or len(name) < 2 or name in NATIONAL or _WATCHWORD.search(name):
        return False
    if len(name) == 2 and category not in _NAMING:  # (“六联”工作机制, but “僵尸”应用, “两高”项目)
        return False
    return not (category is None and _NUMBERED.match(name) and not name.endswith(CATEGORIES))  # (“五大工程” stays)


def _runs(found: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Quoted names written one after another (“三衢大姐”“三衢义警”等…品牌) belong together."""
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and re.fullmatch(r"[、和与及]?", m.string[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _clause_start(cuts: list[int], pos: int) -> int:
    """Where the clause of sentence[pos] begins: after the last comma or colon before pos (cuts: after each)."""
    k = bisect_right(cuts, pos) - 1
    return cuts[k] if k >= 0 else 0


def _place(region: Any, page: Page, a: int, pos: int) -> dict[str, Any]:
    d = region.named(a, pos, page.text) or region.word(page.text[a:pos])
    return region.fields(d)
