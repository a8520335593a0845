"""The places of a page for drafting: its main place, the places each clause names, 全市 and 全省."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from govfacts.extract.gazetteer_match import CHINA, DATELINE, PlaceFinder, tier
from govfacts.extract.page import Page

ROUTE_JOINS = ("至", "到", "—", "-", "~")
FROM = ("从", "自", "向", "赴", "往", "来自", "与", "和", "至", "到", "视察", "考察", "居", "排")  # (视察广东: where a visit went; 稳居南宁市县域第一: a rank's scope)
TITLE_CONTEXT = re.compile(
    r"(?:全国|全省|全市|全区|全县|省级|市级)(?=“?(?:模范|先进|优秀|文明|示范|民主|十佳|百佳|法治|首批|首个|首家|第|率先|唯一|前列|领先|推广|最佳|金牌|银牌))"
)
# 全国 that does not name the place a figure is about: a comparison (高于全国, 居全国前列, 全国平均),
# or a national title a place won or holds (新增全国…县, 国际级和全国赛事).
NATIONAL_ASIDE = re.compile(
    r"(?:高于|低于|快于|慢于|超过|超出|领先|优于|好于|居|位居|位列|跻身|排名|占|比|较|与|同|新增|建成|创建|创成|纳入|"
    r"成为|入选|获批|获评|获|和|及|、)全国|全国(?:平均|第|前|首|领先|同期|水平|增速|均值|总量|比重|份额|唯一|率先|一流|最|重点|文明|百强|十强|重要|优秀|先进|模范|示范)"
    r"|全国(?=[^,;。、]{1,8}?最[大高多长低快优好早])"  # 全国电源规模最大的…基地: a superlative, of the place's thing
)
# 全国 as the place a clause speaks of opens the clause (全国居民消费价格上涨0.3%).
_NATION_OPENS = re.compile(r"(?:^|[,;:，；：。“])(?:其中|在|据|截至目前|同期)?全国")
_OPENERS = re.compile(r"^(?:本报讯|本报[^\s,]{0,6}讯|近日|日前|据了解|记者了解到|据悉|同时|此外|另外)[,]?")
_LOCAL_SUFFIX = re.compile(r"(?:街道|镇|乡)(?![镇村长政里间党干(（])")
_HAN = re.compile(r"[\u4e00-\u9fa5]+")
# Words that make a 镇 or 乡 a kind of town, not a town's name (中心镇, 培育镇, 特色小镇, 示范乡), and
# verbs or quantities said before towns (整合街道综治…, 辖区乡镇)
_LOCAL_STOP = re.compile(r"[各该本全每个等城乡村集重小市县区省和与及在的下进]|街道|乡镇|培育|中心|特色|示范|试点|建制|美丽|产业|专业|强|年度|"
    r"整合|组织|推动|指导|联合|带领|协调|覆盖|深入|走进|部分|相关|所有|辖区|基层|多个|属地|联系|包联|下沉|赋予|下放|授予")  # (2024年度镇、街道…培训班: a year, not a town)


# A place named in a title conferred (获评第十三届安徽省文明单位, 荣获浙江省平安县): the title's, not whom it was given.
_CONFERRED = re.compile(r"(?:获评|荣获|被评为|评为|被授予|授予|被命名为|命名为|入选|获得|获)(?:第[^\s,;。、]{1,5}?[届批]|首批|新一轮)?$")


# The rest of an example listed before a count of things (银川、石嘴山等5个城市; …先进材料等3个平台).
_AN_EXAMPLE = re.compile(r"[^,;。]{0,12}?等[\d一二两三四五六七八九十]+[个家所项座条处]")


@dataclass(frozen=True)
class Local:
    """A town or street the gazetteer does not list: its name, level and county."""

    name: str
    level: str
    parent: Any | None


_SUFFIX_ANYWHERE = re.compile(r"街道|镇|乡")
_SUFFIX_BLOCKED = set("镇村长政里间党干(（")  # _LOCAL_SUFFIX's lookahead


def _towns(text: str) -> list[tuple[int, int, str, bool, tuple[int, ...]]]:
    """Every 街道, 镇 or 乡 of the text that a town's name can end with: (start, end, suffix,
    whether the next character makes it another word, the lengths of the names it can end)."""
    out = []
    for m in _SUFFIX_ANYWHERE.finditer(text):
        at = m.start()
        sizes = tuple(
            size for size in (3, 2)
            if at >= size and _HAN.fullmatch(stem := text[at - size : at]) and not _LOCAL_STOP.search(stem)
        )
        if sizes:
            out.append((at, m.end(), m.group(0), text[m.end() : m.end() + 1] in _SUFFIX_BLOCKED, sizes))
    return out


# A page that speaks of its own city, province or county without naming it (市人民检察院, 在市十六届
# 人大五次会议上, 全市): its place is unknown, not the nation its 全国 names.
_OWN_BODY = re.compile(
    r"全市|我市|本市|全省|我省|本省|全县|我县|本县|"
    r"(?<![各省])[市省县](?:委|政府|人大|人民检察院|人民法院|中级人民法院|公安局|政法委|[一二三四五六七八九十]{1,3}届)"
)


class Region:
    """The main place and the rules for 全市, 全省, 全国 and places named in a clause."""

    def __init__(self, page: Page, places: PlaceFinder | None, place: str | None) -> None:
        self.places = places
        self.main: Any | None = None
        self.main_name = place
        if places is not None:
            self.main = places.lookup(place) if place else places.guess_main(page.text)
            if self.main is not None:
                self.main_name = self.main.name
        if self.main is None and not place and re.search(r"全国", page.text[:300]) and not _OWN_BODY.search(page.text):
            self.main_name = CHINA  # a national release: 全国检察机关… (not a city's page that names no city)
        self.mentions = places.find(page.text, self.main) if places is not None else []
        # A county a page dates from before it became a city (澄江县, now 澄江市) keeps the page's name.
        self.as_written = {
            d.code: page.text[a:b] + "县" for a, b, d in self.mentions
            if getattr(d, "name", "").endswith("市") and page.text[b : b + 1] == "县" and page.text[a:b] + "市" == d.name
        }
        if self.main is not None:
            self.main_name = self.full_name(self.main, self.as_written.get(self.main.code, self.main.name))
        # Found once for the page, looked up by binary search: no call scans the whole page.
        self.text = text = page.text
        self.starts = [a for a, _b, _d in self.mentions]
        # a place after 从, 向, 至 … is where something goes, and one before 至 where a route begins
        self._free = [  # (and not a dateline's, 本报北京1月8日电: where the news was filed)
            (a, b, d) for a, b, d in self.mentions
            if not text[max(0, a - 2) : a].endswith(FROM) and text[b : b + 1] not in ROUTE_JOINS and not DATELINE.match(text, b)
            and not _CONFERRED.search(text, max(0, a - 10), a) and not page.in_quotes(a, b)  # (创建“云南省无毒示范县”: a title's)
        ]
        self._free_ends = [b for _a, b, _d in self._free]
        towns = _towns(text)
        self._open = [t[:3] + t[4:] for t in towns if not t[3]]
        self._open_ends = [t[1] for t in self._open]
        self._blocked = {t[1]: t[:3] + t[4:] for t in towns if t[3]}

    def at(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        """The place names that begin in text[start:end], in order."""
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def opening(self, offset: int, end: int) -> Any | None:
        """The place named first at `offset`, where a sentence's subject begins (the last of names
        written together: 湖州市吴兴区), or None."""
        k = bisect_left(self.starts, offset)
        if k >= len(self.mentions) or self.mentions[k][0] >= min(offset + 3, end):
            return None
        _x, y, d = self.mentions[k]
        while k + 1 < len(self.mentions) and self.mentions[k + 1][0] == y:
            k += 1
            _x, y, d = self.mentions[k]
        if DATELINE.match(self.text, y):
            return None  # (本报北京1月8日电: where the news was filed, no subject)
        return None if _AN_EXAMPLE.match(self.text, y) else d  # (石嘴山先进材料等3个平台…: no subject)

    def named(self, start: int, end: int, text: str) -> Any | None:
        """The last place named in text[start:end], unless it follows 从, 向, 与 … (from, to, with)."""
        if text is not self.text:
            best = None
            for a, b, d in self.mentions:
                if a >= start and b <= end and not text[max(0, a - 2) : a].endswith(FROM) and text[b : b + 1] not in ROUTE_JOINS:
                    best = None if _AN_EXAMPLE.match(text, b) else d
            return best
        k = bisect_right(self._free_ends, end) - 1  # names do not overlap: the last to end in time
        if k < 0 or self._free[k][0] < start or _AN_EXAMPLE.match(text, self._free[k][1]):
            return None  # (石嘴山先进材料等3个平台: a place in an example of the things counted)
        return self._free[k][2]

    def local(self, start: int, end: int, text: str, above: Any | None) -> Local | None:
        """A town or street (樟潭街道, 球川镇) named in text[start:end], below the county in charge;
        none in a province's report, whose towns are too far down to be a figure's subject (and
        whose words the suffix would misread: 实施闽台乡建乡创… is no 施闽台乡)."""
        if self.main is not None and not isinstance(self.main, str) and tier(self.main.code) == 0:
            return None
        best = None
        if text is not self.text:
            for m in _LOCAL_SUFFIX.finditer(text, start, end):
                for size in (3, 2):
                    stem = text[m.start() - size : m.start()]
                    if m.start() - size >= start and len(stem) == size and _HAN.fullmatch(stem) and not _LOCAL_STOP.search(stem):
                        best = (m.start() - size, stem + m.group(0), m.group(0))
                        break
        else:
            best = self._last_town(start, end)
        if best is None:
            return None
        parent = self.named(start, best[0], text) or above or self.main
        return Local(best[1], best[2], parent if not isinstance(parent, (str, Local)) else None)

    def _last_town(self, start: int, end: int) -> tuple[int, str, str] | None:
        """local()'s reading of text[start:end], from the page's towns: the last one whose name fits in it.

        A suffix that the next character makes another word (乡村) still ends a name at the
        very end of the span, as _LOCAL_SUFFIX reads a span cut there.
        """
        k = bisect_right(self._open_ends, end) - 1
        candidates = [self._blocked[end]] if end in self._blocked else []
        while True:
            for at, _stop, suffix, sizes in candidates:
                for size in sizes:
                    if at - size >= start:
                        return at - size, self.text[at - size : at] + suffix, suffix
            if k < 0 or self._open[k][0] < start:
                return None
            candidates = [self._open[k]]  # only names cut off by `start` are passed over: three at most
            k -= 1

    def word(self, segment: str) -> Any | str | None:
        """全国 → 中国; 全省/我省 → the province; 全市/我市 → the city; 全县/全区 → the county."""
        segment = NATIONAL_ASIDE.sub("", TITLE_CONTEXT.sub("", segment))
        if _NATION_OPENS.search(segment):  # (办理全国人大代表建议, 第四次全国文物普查: a name's word)
            return CHINA
        if self.main is None or self.places is None:
            return None
        if re.search(r"全省|我省|全自治区", segment):
            return self.places.province(self.main)
        if re.search(r"全市|我市", segment) and tier(self.main.code) == 2 and not self.main.name.endswith("市"):
            return self.places.parent(self.main) or self.main  # (a county's 全市 is its city's; a county-level city's, its own)
        if re.search(r"全县|全区|我县|我区", segment):
            return self.main
        return None

    def unnamed(self, start: int, end: int) -> str:
        """text[start:end] with the place names that begin in it left out (横州市入选 → 入选)."""
        chars = list(self.text[start:end])
        for x, y, _d in self.at(start, end):
            chars[x - start : min(y, end) - start] = [""] * (min(y, end) - x)
        return "".join(chars)

    def elsewhere(self, d: Any | str | None) -> bool:
        """Whether a figure's place lies outside the page's own (公安县 on a 宜昌 page, 广东省 in a
        广州 report): a place the page's words named, which a reviewer should confirm."""
        if self.main is None or self.places is None or isinstance(self.main, str) or d is None or isinstance(d, (str, Local)):
            return False
        return d.code != self.main.code and not self.places.contains(self.main, d)

    def codes_of(self, d: Any | str | None) -> tuple[str | None, str | None]:
        """(the division's code, None), or (None, the county's code) for a town the gazetteer lacks."""
        if d is None:
            d = self.main
        if isinstance(d, Local):
            return None, getattr(d.parent, "code", None)
        if d is None or isinstance(d, str):
            return None, None
        return d.code, None

    def fields(self, d: Any | str | None) -> dict[str, Any]:
        """region, region_path, region_code and region_parent_code of a record."""
        name, path = self.name_of(d)
        code, parent = self.codes_of(d)
        return {"region": name, "region_path": path, "region_code": code, "region_parent_code": parent}

    def name_of(self, d: Any | str | None) -> tuple[str | None, list[str]]:
        if isinstance(d, Local):
            above = self.name_of(d.parent)[1] if d.parent is not None else []
            return d.name, above + [d.name]
        if d is None:
            return self.name_of(self.main) if self.main is not None else (self.main_name, [self.main_name] if self.main_name else [])
        if isinstance(d, str):
            return d, [d]
        assert self.places is not None
        path = self.places.path(d)
        written = self.as_written.get(d.code)
        if written and path:
            path = [*path[:-1], written]
        return self.full_name(d, written or d.name), path

    def full_name(self, d: Any, name: str) -> str:
        """A place's name as official documents give it: a city's district carries the city's name
        (武汉市汉阳区, 重庆市长寿区), as district names repeat (白云区 in 广州 and in 贵阳)."""
        above = self.places.parent(d) if self.places is not None and d.level == "区" else None
        return above.name + name if above is not None and above.level in _CITY_LEVELS else name


_CITY_LEVELS = ("地级市", "副省级市", "直辖市")  # (a 区 of a 地区 or 林区 is named alone)


def subject_at(sentence: str, a: int) -> int:
    """Where a sentence's subject begins: after a date (2025年,) and an opener (近日,)."""
    body = _OPENERS.sub("", re.sub(r"^[^,]{0,14}(?:年|月|日|以来|来)[,]", "", sentence))
    return a + len(sentence) - len(body)


def subject_opening(opening: str) -> str:
    """The first words of an opening clause, after its date: 1-9月份,全县共受理… → 全县共."""
    body = re.sub(r"^[^,]{0,14}(?:年|月|日|份|以来|来)[,]", "", opening)
    head = TITLE_CONTEXT.sub("", body[:6])[:3]
    return "" if head.startswith("全国") and NATIONAL_ASIDE.match(body[:20]) else head  # (全国…最大的…: a superlative)
