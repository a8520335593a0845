"""Place lookup for drafting: full and short names of divisions, their parents and provinces, found in text."""

from __future__ import annotations

# Works on any objects with code, name, level and parent (the parent's 6-digit code, None at province
# level), such as the gazetteer's Division.
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from govfacts.text import short_forms

CHINA = "中国"
# A 市 followed by one of these begins a word (市场, 市民, 市值, 市容), not ends a city's name.
_CITY_WORDS = set("场民值容")


# Short forms of counties and districts that report prose uses as words (新建 is 新建区's, 中原
# 中原区's): only their full names name those places in running text.
WORD_LIKE_SHORT_FORMS = frozenset(
    ["新建", "中原", "城关", "市中", "新城", "新华", "和平", "平安", "江南", "城中", "城东", "城西", "城南", "城北", "东方", "长安", "大方", "同心", "青山", "永安", "新兴", "富民", "安宁", "兴业", "永新", "泰和", "东乡", "普陀", "西湖", "江北", "河东", "河西", "开发", "高新", "公安", "和政", "全州", "资源", "共和", "友好", "光明", "复兴"]
)
# Set phrases a short form opens (长治久安: lasting order, no 长治市; 安康乐业).
_SET_PHRASES = ("长治久安", "安康乐业")
# What follows a place's short form when the words name a lake, mountain, port, school or road after it.
NAMED_AFTER = (
    "湖", "山", "港", "江", "河", "海", "岛", "湾", "峡", "岭", "峰", "寺", "大学", "学院", "实验室", "机场", "路", "桥",
    "国际机场", "学校", "中学", "小学", "日报", "晚报", "商报", "新闻网", "电视台", "客户端", "融媒体",  # (香港商报, 新湖南客户端: a paper)
)
_OWN_NAME_THEN_PORT = re.compile(r"[\u4e00-\u9fa5]{2}(?:国际机场|机场|国际空港|空港|港区|火车站|高铁站|综合保税区)")
_NOT_NAMED_AFTER = ("港口", "海关", "山区", "河道", "湖区")  # (宁波港口货物吞吐量: the city's ports)
_INSTITUTION = re.compile(r"法院|检察|公安局|警方|县|区|市|人民|政府|司法|讯|籍|境内")


class DivisionLike(Protocol):
    code: str
    name: str
    level: str
    parent: str | None


@dataclass(frozen=True)
class PlainDivision:
    """A stand-in with the gazetteer's shape, for tests and when the gazetteer is missing."""

    code: str
    name: str
    level: str
    parent: str | None


def tier(code: str) -> int:
    """0 for a province, 1 for a prefecture, 2 for a county, from the code's shape."""
    if code.endswith("0000"):
        return 0
    if code.endswith("00"):
        return 1
    return 2


class PlaceFinder:
    """Divisions by name and short name, with their parents, found in running text."""

    def __init__(self, divisions: Iterable[Any]) -> None:
        self.by_code: dict[str, Any] = {}
        self.by_name: dict[str, list[Any]] = {}
        self.by_short: dict[str, list[Any]] = {}
        for d in divisions:
            self.by_code[d.code] = d
            self.by_name.setdefault(d.name, []).append(d)
            for s in short_forms(d.name):
                self.by_short.setdefault(s, []).append(d)
        self.longest = max((len(n) for n in list(self.by_name) + list(self.by_short)), default=0)
        # the lengths of the names that begin with each pair of characters, longest first: find()
        # tries only those at a position, and moves on at once where no name begins
        sizes: dict[str, set[int]] = {}
        for n in list(self.by_name) + list(self.by_short):
            if len(n) >= 2:
                sizes.setdefault(n[:2], set()).add(len(n))
        self._sizes = {k: sorted(v, reverse=True) for k, v in sizes.items()}

    @classmethod
    def from_gazetteer(cls) -> PlaceFinder | None:
        """The full list from govfacts.gazetteer, or None where that module is not installed."""
        try:
            from govfacts.gazetteer import divisions as gz
        except ImportError:
            return None
        return cls(gz.divisions())

    def parent(self, d: Any) -> Any | None:
        return self.by_code.get(d.parent) if d.parent else None

    def province(self, d: Any) -> Any:
        while d.parent and d.parent in self.by_code:
            d = self.by_code[d.parent]
        return d

    def path(self, d: Any) -> list[str]:
        """Names from the province down: [浙江省, 衢州市, 柯城区]."""
        chain = [d.name]
        while d.parent and d.parent in self.by_code:
            d = self.by_code[d.parent]
            chain.append(d.name)
        return chain[::-1]

    def contains(self, outer: Any, inner: Any) -> bool:
        d = inner
        while d is not None:
            if d.code == outer.code:
                return True
            d = self.parent(d)
        return False

    def lookup(self, name: str, near: Any | None = None) -> Any | None:
        """A division by full or short name; among namesakes the one nearest `near`."""
        cands = self.by_name.get(name) or self.by_short.get(name) or []
        if not cands:
            cands = self._inside_one_named(name)
        if not cands:
            # a renamed place (澄江县, now 澄江市) is still found by its short form
            cands = [c for s in short_forms(name) for c in self.by_short.get(s, [])]
        if not cands:
            return None
        return self._nearest(cands, near)

    def _inside_one_named(self, name: str) -> list[Any]:
        """The places a name qualified by an enclosing one means (广州市白云区, 贵阳白云区)."""
        for cut in range(2, len(name) - 1):
            outer = self.by_name.get(name[:cut]) or self.by_short.get(name[:cut]) or []
            inner = self.by_name.get(name[cut:]) or self.by_short.get(name[cut:]) or []
            found = [d for d in inner if any(self.contains(o, d) for o in outer)]
            if found:
                return found
        return []

    def _nearest(self, cands: list[Any], near: Any | None) -> Any:
        if len(cands) == 1:
            return cands[0]
        if near is None:
            return min(cands, key=lambda d: tier(d.code))  # 海南: the province before 乌海's 海南区

        def distance(d: Any) -> int:
            anc = near
            steps = 0
            while anc is not None:
                if self.contains(anc, d):
                    return steps
                anc = self.parent(anc)
                steps += 1
            return 99

        return min(cands, key=distance)

    def find(self, text: str, near: Any | None = None, vouch: bool = True) -> list[tuple[int, int, Any]]:
        """Place names in `text`, longest match first at each position, as (start, end, division).

        Short forms count only inside the province of `near` (so 江山 in 江山如画 on a
        Hubei page is not a place); full names count anywhere.
        """
        out: list[tuple[int, int, Any]] = []
        home = self.province(near) if near is not None else None
        vouched: dict[str, bool] = {}
        i, n = 0, len(text)
        while i < n:
            hit, skip = None, i + 1
            for size in self._sizes.get(text[i : i + 2], ()):
                if size > n - i:
                    continue
                word = text[i : i + size]
                if word[-1] == "市" and text[i + size : i + size + 1] in _CITY_WORDS:
                    continue  # 金华市场主体 is 金华 + 市场主体: the 市 begins the next word
                if word in self.by_name:
                    d = self._nearest(self.by_name[word], near)
                    inside = i > 0 and "\u4e00" <= text[i - 1] <= "\u9fa5" and text[i - 1] not in "、和及与在省州"
                    if size == 2 and inside and not self._after_its_parent(text, i, d):
                        continue  # 示范县 is no 范县, 容易县城 no 易县: a two-character name inside a word
                    hit = (i, i + size, d)
                    break
                if word in self.by_short:
                    if word in WORD_LIKE_SHORT_FORMS or text.startswith(_SET_PHRASES, i):
                        continue  # 新建高标准农田, 长治久安: a word
                    if i > 0 and text[i - 1] != "“" and text.rfind("“", max(0, i - 12), i) > text.rfind("”", max(0, i - 12), i):
                        continue  # “金芙蓉”, “我的韶山行”: inside a quoted name, not at its start
                    if self._named_after(text, i + size):
                        skip = max(skip, i + size)  # 环鄱阳湖, 舟山港, 长白山, 宁波舟山港: a name, no place inside it
                        continue
                    cands = [d for d in self.by_short[word] if home is None or self.contains(home, d)]
                    if home is None and not _INSTITUTION.match(text, i + size):
                        cands = [d for d in cands if tier(d.code) < 2]  # 公安厅 is no 公安县, 市中级 no 市中区
                    if cands:
                        hit = (i, i + size, self._nearest(cands, near))
                        break
            far = hit is not None and tier(hit[2].code) == 2 and (home is None or not self.contains(home, hit[2]))
            lead = home is None and hit is not None and hit[0] < 200  # a page's own county, named in its title
            if far and hit is not None and not lead and vouch and not self._vouched(hit[2], text, vouched):
                hit = None  # 平安区 in 平安区创建 on a Zhejiang page: a phrase, not Qinghai's district
            if hit:
                out.append(self._branch_of(text, hit))
                i = hit[1]
            else:
                i = skip
        return out

    def _after_its_parent(self, text: str, i: int, d: Any) -> bool:
        """Whether text[:i] ends with the name of the city or province above `d` (濮阳市范县)."""
        above = self.parent(d)
        while above is not None:
            if any(text.endswith(form, 0, i) for form in (above.name, *short_forms(above.name))):
                return True
            above = self.parent(above)
        return False

    def _branch_of(self, text: str, hit: tuple[int, int, Any]) -> tuple[int, int, Any]:
        """A city named as its bureau's branch (海口市公安局琼山分局): the branch's county, its words all
        the place's."""
        branch = _BRANCH.match(text, hit[1]) if tier(hit[2].code) == 1 else None
        county = self.lookup(branch["county"], near=hit[2]) if branch else None
        return (hit[0], branch.end(), county) if branch and county is not None and self.contains(hit[2], county) else hit

    def _named_after(self, text: str, j: int) -> bool:
        """Whether text[j:] goes on to make a lake, mountain, port or school named after the place
        before it: a NAMED_AFTER word, or another place's short form and one (宁波舟山港)."""
        if text.startswith(NAMED_AFTER, j):
            return not text.startswith(_NOT_NAMED_AFTER, j)
        if _OWN_NAME_THEN_PORT.match(text, j):  # 昆明长水国际机场, 广州南沙港: a name of its own, then the port
            return True
        return any(
            text[j : j + size] in self.by_short and text.startswith(NAMED_AFTER, j + size)
            for size in self._sizes.get(text[j : j + 2], ())
        )

    def _vouched(self, d: Any, text: str, seen: dict[str, bool]) -> bool:
        """A place far from home counts when the page also names its city or province.

        `seen` holds what is known of the page's ancestors, so each is looked for in it once.
        """
        anc = self.parent(d)
        while anc is not None:
            if anc.code not in seen:
                seen[anc.code] = any(form in text for form in [anc.name, *short_forms(anc.name)])
            if seen[anc.code]:
                return True
            anc = self.parent(anc)
        return False

    def _counties_said(self, text: str) -> list[tuple[int, Any]]:
        """(times said, county) for each county whose short form the text says, where that form
        is its alone and no word of prose."""
        return [
            (text.count(short), ds[0]) for short, ds in self.by_short.items()
            if len(ds) == 1 and tier(ds[0].code) == 2 and short not in WORD_LIKE_SHORT_FORMS and short in text
        ]

    def _named_unvouched(self, text: str, said: list[tuple[int, Any]]) -> Any | None:
        """For a page no place is found on: the one county it names in full (县司法局… 定安县新竹镇), or
        the prefecture of the counties whose names its words hold (州人民政府… 瑞丽柠檬, 陇川安琪酵母)."""
        named = {d.code: d for _a, _b, d in self.find(text, vouch=False) if tier(d.code) == 2}
        if len(named) == 1:
            return next(iter(named.values()))
        if named or not _A_CITY_S_PAGE.search(text[:_HEADER]):
            return None
        parents = {d.parent for _n, d in said}
        return self.by_code.get(parents.pop()) if len(said) >= 2 and len(parents) == 1 else None

    def _own_city(self, text: str, said: list[tuple[int, Any]]) -> Any | None:
        """For a city's page (全市, 市委) no place is found on: the one city its own paper is named for
        (在鄂尔多斯日报开设专栏), else the one county-level city it says (平安延吉建设)."""
        if not _A_CITY_S_PAGE.search(text[:_HEADER]):
            return None
        words = [m["place"][k:] for m in _OWN_MEDIA.finditer(text) for k in range(len(m["place"]) - 1)]  # (在鄂尔多斯日报)
        papers = {d.code: d for w in words for d in self.by_short.get(w, []) + self.by_name.get(w, []) if tier(d.code) == 1}
        if len(papers) == 1:
            return next(iter(papers.values()))
        cities = {d.code: d for _n, d in said if d.level == "县级市"}
        return next(iter(cities.values())) if len(cities) == 1 and not papers else None

    def _county_within(self, said: list[tuple[int, Any]], around: list[Any]) -> Any | None:
        """The one county said that lies in a place the text names, the nearest place first."""
        for place in sorted(around, key=lambda d: -tier(d.code)):  # (in the city before the province)
            inside = [d for _n, d in said if self.contains(place, d)]
            if inside:
                return inside[0] if len(inside) == 1 else None
        return None

    @staticmethod
    def _county_said(said: list[tuple[int, Any]]) -> Any | None:
        """The one county whose short form a page says at least three times (仙游 on 仙游县's page)."""
        often = sorted(((n, d) for n, d in said if n >= 3), key=lambda x: -x[0])
        if not often or len(often) > 1 and often[1][0] == often[0][0]:
            return None  # (none, or two said as often: no telling)
        return often[0][1]

    def guess_main(self, text: str) -> Any | None:
        """The place a page is about: the one whose congress hears the report in its header
        (——2026年1月14日在合肥市瑶海区第五届人民代表大会…上) or whose report its title names
        (2026年横州市政府工作报告), else the most named one, the opening lines counting double."""
        scores: dict[str, float] = {}
        found = list(self.find(text))
        address = 0.0  # (what the places of an address before the last would have scored: the last's)
        for k, (start, end, d) in enumerate(found):
            if start < _HEADER and _CONGRESS.match(text, end):
                return d  # (of names written together, 合肥市瑶海区, the last is the one whose congress it is)
            if DATELINE.match(text, end):
                continue  # (本报北京1月8日电: where the news was filed, not what it is about)
            weight = 2 if start < 200 else 1
            if k + 1 < len(found) and found[k + 1][0] == end and self.contains(d, found[k + 1][2]) and found[k + 1][2] is not d:
                address += weight  # (山东省潍坊市高密市: an address; the last place named is the one spoken of)
                continue
            scores[d.code] = scores.get(d.code, 0) + weight + address
            address = 0.0
        header = text[:_HEADER]
        as_county, as_city = _A_COUNTY_S_PAGE.search(header) is not None, _A_CITY_S_PAGE.search(header) is not None
        said = cache(lambda: self._counties_said(text))  # (a scan of every short form: only where asked)
        county = self._county_said(said()) if as_county or as_city else None
        if county is not None and county.level != "县级市" and not as_county:
            county = None  # (a city's page: only a county-level city names itself so, 济源 on 济源's)
        if county is not None and scores.get(county.code, 0) < 3:
            return county  # (我县, 县十八届人大: a county's page that names itself only by its short form)
        if not scores:
            return self._branch_s_county(text, None) or self._named_unvouched(text, said()) or self._own_city(text, said())
        # a county's mentions also speak for the city above it, a little
        for code in list(scores):
            d = self.by_code[code]
            p = self.parent(d)
            if p is not None and p.code in scores:
                scores[p.code] += 0.1 * scores[code]
        # a page that speaks as a county, a city or a province (我县, 全市, 全省) is about one of that
        # level: not the province a city's page names, nor the capital a province's page names
        own = 2 if as_county else 1 if as_city else 0 if _A_PROVINCE_S_PAGE.search(header) else None
        candidates = [c for c in scores if own is None or (tier(c) >= own if own else tier(c) == 0)]
        if not candidates and own == 2 and (county := self._county_within(said(), [self.by_code[c] for c in scores])) is not None:
            return county  # (县委… 贡献正定力量 on a page naming 河北 and 石家庄: the county named once, in them)
        if not candidates and own == 1:
            return None  # (a prefecture's page, 自治州人大…, naming only its province: which one is not said)
        candidates = candidates or list(scores)
        best = self.by_code[max(candidates, key=lambda c: (scores[c], tier(c)))] if scores else None
        for_city = own == 1 and best is not None and tier(best.code) == 2 and not _A_DISTRICT_S_PAGE.search(header)
        city = self.parent(best) if for_city and best is not None and scores[best.code] <= 1 else None
        if city is not None and tier(city.code) == 1:
            return city  # (a city court's report naming one county's court once, 万年法院创新…: the city's)
        return self._branch_s_county(text, best) or best

    def _branch_s_county(self, text: str, city: Any | None) -> Any | None:
        """The county of a city bureau's branch the header names (南昌市公安局东湖分局 → 东湖区), within
        the city guessed (or any, where the page names none: 市公安局铜官分局); None where there is none."""
        branch = _BRANCH.search(text[:_HEADER])
        d = self.lookup(branch["county"], near=city) if branch else None
        if d is None or tier(d.code) != 2 or (city is not None and not self.contains(city, d)):
            return None
        return d


_HEADER = 300
# A paper or station named for its city (鄂尔多斯日报, 延边电视台): the city's own media.
_OWN_MEDIA = re.compile(r"(?P<place>[\u4e00-\u9fa5]{2,6})(?:日报|晚报|广播电视台|电视台|融媒体中心)")
# A city bureau's branch named for its county (南昌市公安局东湖分局, 市公安局铜官分局).
_BRANCH = re.compile(r"公安局(?P<county>[\u4e00-\u9fa5]{2,4}?)(?:区|县)?分局")


def _speaking_as(level: str) -> str:
    """How a page of one level speaks of itself (我市, 全市, 市委, 市政府, 市人大, 市十六届人大)."""
    return rf"我{level}|全{level}|{level}委|{level}政府|{level}人大|{level}[一二三四五六七八九十]{{1,3}}届人大"


_A_CITY_S_PAGE = re.compile(_speaking_as("市") + "|我州|全州|州委|州政府|自治州(?:人大|人民|政府|中级|党委|[一二三四五六七八九十]{1,3}届)")
_A_PROVINCE_S_PAGE = re.compile(_speaking_as("省"))
_A_COUNTY_S_PAGE = re.compile(_speaking_as("县"))
_A_DISTRICT_S_PAGE = re.compile(_speaking_as("区"))
DATELINE = re.compile(r"\s*[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯)")
_CONGRESS = re.compile(r"\s*(?:第[一二三四五六七八九十]{1,3}届人民代表大会|(?:人民)?政府工作报告)")  # (2026年横州市政府工作报告)
