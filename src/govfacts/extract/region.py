"""The places of a page for drafting: its main place, the places each clause names, 全市 and 全省."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from govfacts.extract.page import Page
from govfacts.extract.places import CHINA, Places, tier

FROM = ("从", "自", "向", "赴", "往", "来自", "与", "和")
TITLE_CONTEXT = re.compile(
    r"(?:全国|全省|全市|全区|全县|省级|市级)(?=“?(?:模范|先进|优秀|文明|示范|民主|十佳|百佳|法治|首批|首个|首家|第|率先|唯一|前列|领先|推广|最佳|金牌|银牌))"
)
_LOCAL_SUFFIX = re.compile(r"(?:街道|镇|乡)(?![镇村长政里间党干(（])")
_HAN = re.compile(r"[\u4e00-\u9fa5]+")
_LOCAL_STOP = re.compile(r"[各该本全每个等城乡村集重小市县区省和与及在的]|街道|乡镇")


@dataclass(frozen=True)
class Local:
    """A town or street the gazetteer does not list: its name, level and county."""

    name: str
    level: str
    parent: Any | None


class Region:
    """The main place and the rules for 全市, 全省, 全国 and places named in a clause."""

    def __init__(self, page: Page, places: Places | None, place: str | None) -> None:
        self.places = places
        self.main: Any | None = None
        self.main_name = place
        if places is not None:
            self.main = places.lookup(place) if place else places.guess_main(page.text)
            if self.main is not None:
                self.main_name = self.main.name
        if self.main is None and not place and re.search(r"全国", page.text[:300]):
            self.main_name = CHINA  # a national release: 全国检察机关…
        self.mentions = places.find(page.text, self.main) if places is not None else []

    def named(self, start: int, end: int, text: str) -> Any | None:
        best = None
        for a, b, d in self.mentions:
            if a >= start and b <= end and not text[max(0, a - 2) : a].endswith(FROM):
                best = d
        return best

    def local(self, start: int, end: int, text: str, above: Any | None) -> Local | None:
        """A town or street (樟潭街道, 球川镇) named in text[start:end], below the county in charge."""
        best = None
        for m in _LOCAL_SUFFIX.finditer(text, start, end):
            for size in (3, 2):
                stem = text[m.start() - size : m.start()]
                if m.start() - size >= start and len(stem) == size and _HAN.fullmatch(stem) and not _LOCAL_STOP.search(stem):
                    best = (m.start() - size, stem + m.group(0), m.group(0))
                    break
        if best is None:
            return None
        parent = self.named(start, best[0], text) or above or self.main
        return Local(best[1], best[2], parent if not isinstance(parent, (str, Local)) else None)

    def word(self, segment: str) -> Any | str | None:
        """全国 → 中国; 全省/我省 → the province; 全市/我市 → the city; 全县/全区 → the county."""
        segment = TITLE_CONTEXT.sub("", segment)
        if re.search(r"全国", segment):
            return CHINA
        if self.main is None or self.places is None:
            return None
        if re.search(r"全省|我省|全自治区", segment):
            return self.places.province(self.main)
        if re.search(r"全市|我市", segment) and tier(self.main.code) == 2:
            return self.places.parent(self.main) or self.main
        if re.search(r"全县|全区|我县|我区", segment):
            return self.main
        return None

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
        return d.name, self.places.path(d)
