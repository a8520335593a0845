"""Programs (named mechanisms, platforms, brands) and honours (titles won) in a page."""

from __future__ import annotations

import re
from typing import Any

from govfacts.chinese.periods import PeriodMention
from govfacts.extract.page import Page

CATEGORIES = (
    "工作法", "工作机制", "机制", "平台", "应用", "中心", "行动", "品牌", "模式", "改革", "体系", "工程", "系统",
    "场景", "团队", "服务", "工作室", "法庭", "项目", "专项行动", "活动",
)
ACTIONS = ("打造", "推出", "建立", "上线", "构建", "开发", "建成", "形成", "推行", "实施", "开展", "探索", "创新", "组建", "启动", "深化", "整合", "依托", "推广")
_PROGRAM = re.compile(r"“([^“”\n]{2,16})”")
_HONOUR = re.compile(r"(荣获|获评|入选|被授予|授予|被评为|被表彰为|被命名为|成功创成|创成|夺得|夺取|获得|荣膺|实现)(?P<title>[^,,。;;!?\n]{2,40})")
_TITLE_WORDS = ("示范", "先进", "试点", "金鼎", "铜鼎", "银鼎", "星级", "连冠", "模范", "标兵", "优秀", "称号", "奖", "最佳", "案例", "合格")
_SKIP_CONTENT = re.compile(r"^[\d.%]+$|^[一二两三四五六七八九十]+[个大]?$")


def _level(text: str) -> str | None:
    if re.search(r"全国|国家|中国|公安部|中央", text):
        return "国家级"
    if re.search(r"省|自治区|全省", text):
        return "省级"
    if re.search(r"全市|市级|市", text):
        return "市级"
    if re.search(r"全县|县级|县", text):
        return "县级"
    return None


def programs_and_honours(page: Page, region: Any, periods: list[PeriodMention], year: int | None) -> list[dict[str, Any]]:
    """Program and honour records of the page, one per name and place."""
    text = page.text
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str | None]] = set()
    for a, b in page.sentences:
        sentence = text[a:b]
        honour_spans: list[tuple[int, int]] = []
        for m in _HONOUR.finditer(sentence):
            title = m.group("title")
            if not any(w in title for w in _TITLE_WORDS):
                continue
            if re.search(r"或将|有望|力争|争取|目标", sentence[: m.start()][-20:]):
                continue
            title = re.split(r"、(?![^((]*[))])|和(?=[“全省国])", title)[0]
            name = re.sub(r"^(?:第[一二三四五六七八九十\d]+批|首批|\d{4}年度?)", "", title)
            name = re.sub(r"(?:荣誉)?称号$|荣誉$", "", name.replace("“", "").replace("”", "")).strip()
            name = re.sub(r"^(?:了|为)", "", name)
            if len(name) < 3:
                continue
            where = _place(region, page, a, a + m.start())
            key = ("honour", name, where["region"])
            honour_spans.append((m.start(), m.end()))
            if key in seen:
                continue
            seen.add(key)
            years = re.findall(r"(\d{4})年", sentence[: m.end()])
            rec = {
                "kind": "honour", "name": name, **where,
                "level": _level(sentence[max(0, m.start() - 6) : m.end()]),
                "year": int(years[-1]) if years else None,
                "quote": page.quote(a + _clause_start(sentence, m.start()), a + m.end()),
            }
            rec["span"] = page.span(a + _clause_start(sentence, m.start()), a + m.end())
            out.append(rec)
        for m in _PROGRAM.finditer(sentence):
            content = m.group(1)
            if _SKIP_CONTENT.match(content) or any(x <= m.start() < y for x, y in honour_spans):
                continue
            after = sentence[m.end() : m.end() + 6]
            before = sentence[max(0, m.start() - 8) : m.start()]
            placed = [(after.find(c), -len(c), c) for c in CATEGORIES if c in after[:6] and "," not in after[: after.find(c)]]
            category = min(placed)[2] if placed else None
            if category is None and not any(v in before for v in ACTIONS):
                continue
            if category is None and not re.match(r"^(?:[^,,。;]{0,4})?(?:工作|机制|平台|应用|品牌|模式|改革)", after) and len(content) < 4:
                continue
            name = content.strip()
            where = _place(region, page, a, a + m.start())
            key = ("program", name, where["region"])
            if key in seen:
                continue
            seen.add(key)
            cs = _clause_start(sentence, m.start())
            end = m.end() + (len(category) if category and after.startswith(category) else 0)
            out.append({
                "kind": "program", "name": name, **where, "category": category,
                "quote": page.quote(a + cs, a + end), "span": page.span(a + cs, a + end),
            })
    return out


def _clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(c, 0, pos) for c in ",,::")
    return cut + 1


def _place(region: Any, page: Page, a: int, pos: int) -> dict[str, Any]:
    d = region.named(a, pos, page.text) or region.word(page.text[a:pos])
    return region.fields(d)
