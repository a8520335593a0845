"""A report's own header: its title, the date and place of its delivery, where it was published.

A 政府工作报告 opens with lines like these, under whatever the site put above them
(下载, 打印, 【字号：…】, 来源：…, 时间：…):

    2026年浙江省政府工作报告
    ——2026年1月14日在浙江省第十四届人民代表大会第四次会议上
    浙江省省长 刘捷

The reader looks only at the header: the lines before the body (the first line longer than
BODY_LINE characters, or the one addressing the deputies, 各位代表), at most HEADER_LINES.
What it finds says which line it was read from, for the draft to say so.

- **Date**: the line of delivery (…年…月…日在…会…上, in Arabic or Chinese numerals:
  二〇二六年一月二十七日; one wrapped before its 会议上 is read over both lines); else a
  publication date (时间：2026-02-12, or a date alone on a line; else one inside a line of the
  site's, labelled, 发布日期:2025-12-28, or stamped with its time, 2023-07-27 17:35); else the
  year of the title (2026年…报告).
- **Place**: the place of the assembly (在浙江省第十四届人民代表大会…); else the office of the
  speaker (浙江省省长 刘捷); else the title's (2026年浙江省政府工作报告). A name counts only
  when `known` (the gazetteer's lookup) knows it.
- **Title**: a line ending in 报告 that names its place or year, else the plain title
  (政府工作报告) followed by the line of delivery, else the file's own title, else the first
  line that is not the site's furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from govfacts.chinese.numerals import chinese_to_int

HEADER_LINES = 30
BODY_LINE = 100
_CN_DIGIT = "〇零一二三四五六七八九十"
_NUM = rf"\d{{1,4}}|[{_CN_DIGIT}]{{1,4}}"
DELIVERY = re.compile(
    rf"(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日\s*在(?P<at>[^。！？]{{2,60}}?会[^。！？]{{0,30}}?)上"
)
_AT_MEETING = re.compile(r"在(?P<at>[^。！？]{2,60}?会[^。！？]{0,30}?)上")
_DAY_ALONE = re.compile(rf"^[（(]\s*(\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*({_NUM})\s*月\s*({_NUM})\s*日\s*[）)]$")
_ASSEMBLY = re.compile(r"^(?P<place>[\u4e00-\u9fa5]{2,12}?)(?:第[\d〇零一二三四五六七八九十]+届)?人民代表大会")
_OFFICE = re.compile(
    r"^(?P<place>[\u4e00-\u9fa5]{2,12}?)(?:人民政府)?(?P<office>省长|市长|区长|县长|州长|主席|盟长|旗长)[\s\u3000]*"
    r"(?P<name>[\u4e00-\u9fa5](?:[\s\u3000]?[\u4e00-\u9fa5]){1,3})$"
)
_TITLE = re.compile(r"^[^。！？，,>›»|：:]{0,56}报告(?:[（(][^）)]{1,8}[）)])?$")
_TITLE_PLACE = re.compile(r"(?:\d{4}年)?(?P<place>[\u4e00-\u9fa5]{2,12}?)(?:\d{4}年)?(?:人民)?政府工作报告")
_CAPTION = re.compile(r"(?<!工)作(?:政府)?(?:工作)?报告")  # a caption: 省长…作政府工作报告
_PUBLISHED = re.compile(
    r"^(?:(?:发布|发表|更新|来源)?(?:时间|日期)[:：]?\s*)?(?P<y>\d{4})(?:[-/.年]|\s+(?=\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}))(?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A publication date inside a line of the site's furniture: labelled (发布日期:2025-12-28 | 作者…), or
# stamped with its time (央广网 2023-07-27 17:35:02; 【 2026-01-21 21:06:06 】; 2026年01月10日 08:38 中国长安网).
def _day(k: str) -> str:
    return rf"(?P<y{k}>\d{{4}})\s*[-/.年]\s*(?P<m{k}>\d{{1,2}})\s*[-/.月]\s*(?P<d{k}>\d{{1,2}})\s*日?"


_PUBLISHED_IN = re.compile(
    rf"(?:发布|发表|更新|出版)?(?:时间|日期)\s*[:：]\s*{_day('1')}(?![-/.年月日\d])|{_day('2')}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:])"
)
_SOURCE = re.compile(r"^(?:来源|稿源|文章来源)[:：]\s*(?P<name>.*)$")
_YEAR = re.compile(r"(?P<y>\d{4})年")
_FURNITURE = re.compile(
    r"^(?:下载|打印|全屏|收藏|分享[:：]?|关闭|返回|顶部|加大|还原|减小|默认|[【】\[\]<>»>|]|"
    r"【?(?:字号|字体)[:：].*|[大中小]|当前位置[:：]?.*|首页|"
    r"(?:来源|稿源|时间|日期|发布时间|发表时间|发布日期|阅读量|访问量|浏览次数|点击数|作者|编辑|责任编辑)[:：]?.*|"
    r"星期[一二三四五六日天]|当前报纸名称[:：].*|[\d\s:：\-/.]+)$"
)


@dataclass(frozen=True)
class Found:
    """A value read from the header, and the line (1-based, in the text) it was read from."""

    value: str
    line: int
    text: str


@dataclass
class Header:
    title: Found | None = None
    date: Found | None = None
    date_from: str | None = None  # "delivery", "published" or "title"
    place: Found | None = None
    publisher: Found | None = None


def _int(s: str) -> int:
    return int(s) if s.isdigit() else chinese_to_int(s)


def _date(y: str, m: str, d: str) -> str | None:
    try:
        year, month, day = int(y) if y.isdigit() else int("".join(str(_int(c)) for c in y)), _int(m), _int(d)
    except (ValueError, KeyError):
        return None
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def header_lines(text: str) -> list[tuple[int, str]]:
    """The header's lines with their 1-based numbers: those before the body begins."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if len(line) > BODY_LINE or line.startswith(("各位代表", "同志们")) or len(out) >= HEADER_LINES:
            break
        out.append((n, line))
    return out


def is_header_line(line: str) -> bool:
    """A line that belongs to a report's header proper (its title, the line of its delivery, the
    speaker's office), not to the site around it: a web page's lines before its article are kept
    in the text only when they are these."""
    line = line.strip()
    return bool(DELIVERY.search(line) or _OFFICE.match(line) or (_TITLE.match(line) and not _CAPTION.search(line)))


def is_furniture(line: str) -> bool:
    return len(line.strip()) <= 1 or bool(_FURNITURE.match(line.strip()))


def _place_in(candidate: str, known: Callable[[str], bool]) -> str | None:
    """The place a header's words name: the words themselves, or, for names written together
    (上海市嘉定区, 深圳市盐田区), the last of them that is a place."""
    candidate = candidate.strip()
    if candidate and known(candidate):
        return candidate
    for m in _WITHIN.finditer(candidate):
        rest = candidate[m.end() :]
        if len(rest) >= 2 and known(rest):
            return rest
    return None


_WITHIN = re.compile(r"(?<=.)(?:省|自治区|市|州|盟)(?=..)")


def read_header(text: str, known: Callable[[str], bool], own_title: str | None = None) -> Header:
    """What the header of `text` says; `known(name)` tells a place name the gazetteer knows;
    `own_title` is the title the file itself declares (a web page's, a PDF's), if any."""
    lines = header_lines(text)
    h = Header()
    delivery = next(((n, line, m) for n, line in lines if (m := DELIVERY.search(line))), None)
    if delivery is None:  # (a line of delivery wrapped before its 会议上: …人民代表大会 / 第四次会议上)
        delivery = next(
            ((n, line, m) for (n, line), (_n, nxt) in zip(lines, lines[1:], strict=False) if "日在" in line and (m := DELIVERY.search(line + nxt))),
            None,
        )
    if delivery is not None:
        n, line, m = delivery
        value = _date(m["y"], m["m"], m["d"])
        if value:
            h.date, h.date_from = Found(value, n, line), "delivery"
    else:  # (——在尉犁县第十八届人民代表大会第五次会议上 … (2025年1月6日): the day on a line of its own)
        at = next(((n, line) for n, line in lines if _AT_MEETING.search(line)), None)
        dated = next(((n, line, m) for n, line in lines if (m := _DAY_ALONE.match(line))), None)
        if at is not None and dated is not None and abs(at[0] - dated[0]) <= 3 and (value := _date(*dated[2].groups())):
            h.date, h.date_from = Found(value, dated[0], dated[1]), "delivery"
    for n, line in [delivery[:2]] if delivery is not None else lines:
        meeting = delivery[2] if delivery is not None else _AT_MEETING.search(line)  # (…院长李文锋在咸宁市…会议上作工作报告)
        assembly = _ASSEMBLY.match(meeting["at"]) if meeting else None
        if assembly and (place := _place_in(assembly["place"], known)):
            h.place = Found(place, n, line)
            break
    titles = [(n, line) for n, line in lines if _TITLE.match(line) and not _CAPTION.search(line)]
    specific = [(n, line) for n, line in titles if _YEAR.search(line) or _title_place(line, known)]
    if specific:
        n, line = specific[0]
        h.title = Found(line, n, line)
    elif titles:
        n, line = titles[0]
        if delivery is not None and delivery[0] > n:
            sub = delivery[1]
            joined = line + (sub if sub.startswith(("—", "―", "-", "－")) else "——" + sub)
            h.title = Found(joined, n, line)
        else:
            h.title = Found(line, n, line)
    if h.place is None:
        for n, line in lines:
            m = _OFFICE.match(line)
            if m and (place := _place_in(m["place"], known)):
                h.place = Found(place, n, line)
                break
    if h.place is None and h.title is not None and (place := _title_place(h.title.text, known)):
        h.place = Found(place, h.title.line, h.title.text)
    if h.date is None:
        for n, line in lines:
            m = _PUBLISHED.match(line)
            if m and (value := _date(m["y"], m["m"], m["d"])):
                h.date, h.date_from = Found(value, n, line), "published"
                break
    if h.date is None:
        for n, line in lines:
            found = _PUBLISHED_IN.search(line)
            if found is not None:
                which = "1" if found["y1"] else "2"
                if value := _date(found["y" + which], found["m" + which], found["d" + which]):
                    h.date, h.date_from = Found(value, n, line), "published"
                    break
    if h.date is None and h.title is not None and (m := _YEAR.search(h.title.text)):
        h.date, h.date_from = Found(m["y"], h.title.line, h.title.text), "title"
    for k, (n, line) in enumerate(lines):
        m = _SOURCE.match(line)
        if m:
            name = m["name"].strip() or (lines[k + 1][1] if k + 1 < len(lines) else "")
            if name and not is_furniture(name) and len(name) <= 30:
                h.publisher = Found(name, n, line)
            break
    if h.title is None and own_title:
        h.title = Found(_site_less(own_title), 0, own_title)
    if h.title is None:
        first = next(((n, line) for n, line in lines if not is_furniture(line) and not _BYLINE.match(line)), None)
        if first is not None:
            h.title = Found(_first_sentence(" ".join(first[1].split())), first[0], first[1])
    return h


# A line that only says who wrote or speaks (封面新闻记者 钟晓璐, 市中级人民法院院长 陈 健): no title.
# (Several of them on one line: 特约通讯员 白菲斐 通讯员 黄芳芳 马艳.)
_BYLINE = re.compile(
    r"^\s*\S{0,14}(?:记者|通讯员|编辑|作者|院长|检察长|市长|县长|区长|州长|局长|主任|书记)\s*(?:\S\s?){2,4}\s*$"
    r"|^\s*(?:\S{0,8}?(?:记者|通讯员|编辑|作者)\s*(?:[\u4e00-\u9fa5·]{2,4}(?:\s+|$)){1,4})+$"
)


def _first_sentence(line: str) -> str:
    """A title made of a page's first line: its first sentence, at most 60 characters (…)."""
    head = re.split(r"(?<=[。！？!?])", line, maxsplit=1)[0].rstrip("。")
    return head if len(head) <= 60 else head[:59] + "…"


def _title_place(title: str, known: Callable[[str], bool]) -> str | None:
    m = _TITLE_PLACE.search(title)
    return _place_in(m["place"], known) if m else None


def _site_less(title: str) -> str:
    """A web page's title without the site's name after it (…报告_某某省人民政府门户网站)."""
    head = re.split(r"\s*(?:_|\s-\s|\s\|\s|｜|——\s*\S*网)\s*", title.strip(), maxsplit=1)[0]
    return head or title.strip()
