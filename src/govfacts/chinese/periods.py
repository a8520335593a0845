"""Period expressions, resolved against the page's date to YYYY, YYYY-MM, YYYY/YYYY or YYYY-MM/YYYY-MM.

The one period grammar: extraction reads report text with it, and `--period` reads what a
user types with it (engine.periods), so that 2025年1至11月, 2021至2025, “十四五”时期 and
十五五 mean the same everywhere.
"""

from __future__ import annotations

# find_periods(text, date) lists every expression with its span, period and label; resolve(expr, date)
# reads one. Flows counted up to a day or month within a year get the year (截至4月15日 → 2020,
# 1-9月份 → 2014); stocks said to be current (目前, 现有) get the page's month.
import re
from dataclasses import dataclass

from govfacts.chinese.numbers import normalize_digits
from govfacts.chinese.numerals import chinese_to_int

_CN = "〇零一二两三四五六七八九十"
_Y = r"(?P<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:度)?"
_M = rf"(?:[0-9]{{1,2}}|[{_CN}]{{1,3}})"


@dataclass(frozen=True)
class PeriodMention:
    """A period expression: what it resolves to, its own words and where it stands.

    scope: "year" and "span" carry on to later sentences; "month" and "stock" hold for
    their own sentence; "streak" is a run of years (连续两年); "none" names a time
    without a period that can be known (近年来, 建馆以来).
    """

    period: str | None
    label: str
    start: int
    end: int
    scope: str


def page_date(date: str | None) -> tuple[int | None, int | None]:
    """'2025-11-25' → (2025, 11); '2025' → (2025, None); None → (None, None)."""
    if not date:
        return None, None
    m = re.match(r"([0-9]{4})(?:-([0-9]{1,2}))?", date)
    if not m:
        return None, None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None)


def _num(s: str) -> int:
    return int(s) if s[0].isdigit() else chinese_to_int(s)


def _year(s: str) -> int:
    return int(s) if s[0].isdigit() else int("".join(str(chinese_to_int(c)) for c in s))


def _span(first: int, last: int) -> str:
    return str(last) if first == last else f"{first}/{last}"


def streak_span(label: str, last: int) -> str | None:
    """The years of a streak (连续9年) that ends in `last`: 2017/2025; None for no streak."""
    m = re.search(rf"连续([{_CN}]{{1,3}}|[0-9]{{1,2}})年", label)
    if m is None:
        return None
    n = _num(m.group(1))
    return _span(last - n + 1, last) if 1 <= n <= 50 else None


def review_end(year: int, month: int | None) -> int:
    """The last year a look back ends in: a report of January to March reviews the years
    that have ended (五年来 in January 2026 is 2021–2025); later in a year, it counts the
    year it is in (五年来 in November 2025 is 2021–2025 as well)."""
    return year - 1 if month is not None and month <= 3 else year


_QUARTERS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12), "上": (1, 6), "下": (7, 12), "前": (1, 6)}
_WITHIN = re.compile(
    rf"前(?P<n>{_M})个?月|(?P<a>{_M})月?(?:至|到|-|—|~|－)(?P<b>{_M})月份?|第?(?P<q>[一二三四])季度|(?P<h>[上下前])半年"
)


def _within_year(y: int | None, words: str) -> str | None:
    """The months of year `y` that words such as 1至11月, 前三季度, 上半年 name: 2025-01/2025-11;
    None for months that do not exist."""
    if y is None:
        return None
    m = _WITHIN.search(words)
    if not m:
        return str(y)
    g = m.groupdict()
    if g["n"]:
        first, last = 1, _num(g["n"])
    elif g["a"]:
        first, last = _num(g["a"]), _num(g["b"])
    elif g["q"]:
        first, last = _QUARTERS[g["q"]]
        if words[m.start() - 1 : m.start()] == "前":  # 前三季度: January to September
            first = 1
    else:
        first, last = _QUARTERS[g["h"]]
    if not 1 <= first <= last <= 12:
        return None  # no such months (13月, 11至1月): no period to know
    return f"{y}-{first:02d}/{y}-{last:02d}" if (first, last) != (1, 12) else str(y)


def _fyp(ordinal: str) -> tuple[int, int]:
    """The years of the n-th Five-Year Plan: 十三 → 2016-2020, 十四 → 2021-2025."""
    n = chinese_to_int(ordinal)
    start = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)
    return start, start + 4


# Each rule: a pattern and a function (match, year, month) → (period, scope). Order matters:
# the first rule that matches at a position wins, and longer forms come first.
_RULES: list[tuple[re.Pattern[str], str]] = [
    # the plans by their short names, 十一五 … 十五五; the tenth plan only where it is plainly one
    # (“十五”, 十五计划), never in 第十五届, 十五运会 or 十五个
    (re.compile(r"(?<![较比与于第0-9〇零一二两三四五六七八九十])[“\"]?(?P<fyp>十[一二三四五六七八九])五[”\"]?(?P<tail>时期|期间|以来|规划期|规划|期)?"), "fyp"),
    (re.compile(r"(?<![较比与于第])(?:[“\"](?P<fyp>十)五[”\"](?P<tail>时期|期间|以来|计划|规划)?|(?P<fyp2>十)五(?:时期|期间|计划))"), "fyp"),
    (re.compile(rf"第(?P<plan>[{_CN}]{{1,3}})个五年(?:规划|计划)(?P<tail>时期|期间)?"), "plan"),
    (re.compile(r"(?<![0-9.])(?P<y>[0-9]{4})(?:至|到|-|—|~|－|/)(?P<y2>[0-9]{4})(?:年)?(?![0-9.%])"), "years"),
    (re.compile(r"数说(?P<n>[一二两三四五六七八九十]|[0-9]{1,2})年"), "recent"),
    (re.compile(r"(?:截至|截止到?)(?:目前|当前|现在)"), "stock"),
    (re.compile(rf"(?:截至|截止到?)(?:{_Y})?(?:{_M}月)?(?:{_M}[日号])?(?:底|末)?"), "upto"),
    (re.compile(rf"{_Y}(?:{_M})?(?:至|到|-|—|~|－)(?P<y2>[0-9]{{4}})年"), "years"),
    (re.compile(rf"{_Y}(?:前{_M}[个]?月|{_M}月?(?:至|到|-|—|~|－){_M}月份?|[一二三四上下前]{{1,2}}(?:季度|半年))"), "year"),
    (re.compile(rf"{_Y}(?P<sm>{_M})月(?:份)?(?:以来|至今)"), "since_month"),
    (re.compile(rf"{_Y}(?:以来|来|至今)"), "since"),
    (re.compile(r"(?:去年|上年)(?:以来|至今)"), "since_last"),
    (re.compile(rf"{_Y}(?P<m>{_M})月(?:份)?(?:{_M}[日号])?"), "ymonth"),
    (re.compile(rf"{_Y}(?:底|末)?"), "year"),
    (re.compile(rf"(?:今年|本年)(?:以来|来|至今|第?[一二三四]季度|前{_M}[个]?月|{_M}月?(?:至|到|-|—|~|－){_M}月份?|[一二三四上下前]{{1,2}}(?:季度|半年))"), "this"),
    (re.compile(rf"(?:今年|本年)(?P<m>{_M})月(?:份)?"), "thismonth"),
    (re.compile(r"今年|本年度|新年伊始|开年以来|年初以来"), "this"),
    (re.compile(rf"(?:去年|上年)(?P<m>{_M})月(?:份)?"), "lastmonth"),
    (re.compile(r"去年|上年度|上一年"), "last"),
    (re.compile(r"前年"), "before_last"),
    (re.compile(r"过去一年"), "past_year"),
    (re.compile(rf"为期(?P<n>[{_CN}]{{1,3}}|[0-9]{{1,2}})年"), "recent"),
    (re.compile(rf"连续(?P<n>[{_CN}]{{1,3}}|[0-9]{{1,2}})年"), "streak"),
    (re.compile(rf"(?:(?:近|过去)(?P<n>[{_CN}]{{1,3}}|[0-9]{{1,2}})年(?:来|以来|间|中)?|(?P<n2>[{_CN}]{{1,3}}|[0-9]{{1,2}})年(?:来|以来))"), "recent"),
    (re.compile(r"目前|现有|当前|现已|如今|(?<![昨明])今天|今日"), "stock"),
    (re.compile(rf"(?P<m1>{_M})月?(?:至|到|-|—|~|－)(?P<m2>{_M})月份?"), "monthrange"),
    (re.compile(rf"(?<![0-9{_CN}])(?P<m>{_M})月(?:份)?(?:(?P<d>{_M})[日号])?(?!份额)"), "month"),
    (re.compile(r"近年来|近年|建馆以来|自开通以来|开通以来|成立以来|建成以来|全年|一年来"), "none"),
]

_YEAR_WORD = re.compile(r"([0-9]{4})年")


def _resolve(kind: str, m: re.Match[str], text: str, year: int | None, month: int | None) -> tuple[str | None, str]:
    g = m.groupdict()
    if kind in ("fyp", "plan"):
        first, last = _fyp(g.get("plan") or g.get("fyp") or g.get("fyp2") or "")
        return f"{first}/{last}", "span"
    if kind == "upto":
        y = _year(g["y"]) if g.get("y") else year
        return (str(y) if y else None), "year"
    if kind == "years":
        return _span(_year(g["y"]), int(g["y2"])), "span"
    if kind == "year":
        return _within_year(_year(g["y"]), m.group(0)), "year"
    if kind == "since":
        first = _year(g["y"])
        end = review_end(year, month) if year else None
        return (_span(first, end) if end and end >= first else str(first)), "span"
    if kind == "since_month":
        first, mm = _year(g["y"]), _num(g["sm"])
        if year and month and (year, month) >= (first, mm) and 1 <= mm <= 12:
            return f"{first}-{mm:02d}/{year}-{month:02d}", "span"
        return (_span(first, year) if year and year >= first else str(first)), "span"
    if kind == "since_last":
        return (f"{year - 1}/{year}" if year else None), "span"
    if kind == "ymonth":
        mm = _num(g["m"])
        return (f"{_year(g['y'])}-{mm:02d}" if 1 <= mm <= 12 else None), "month"
    if kind == "this":
        return _within_year(year, m.group(0)), "year"
    if kind in ("thismonth", "lastmonth"):
        mm = _num(g["m"])
        y = year if kind == "thismonth" else (year - 1 if year else None)
        return (f"{y}-{mm:02d}" if y and 1 <= mm <= 12 else None), "month"
    if kind == "last":
        return (str(year - 1) if year else None), "year"
    if kind == "before_last":
        return (str(year - 2) if year else None), "year"
    if kind == "past_year":  # (过去一年 in a December report is the year now closing; in January, the one just closed)
        return (str(review_end(year, month) if month else year - 1) if year else None), "year"
    if kind == "recent":
        n = _num(g.get("n") or g.get("n2") or "0")
        if n == 1 and m.group(0).endswith("来"):
            return None, "none"  # 一年来: the year the text is about, not one to resolve here
        if not year or not 1 <= n <= 30:
            return None, "none"
        last = review_end(year, month)
        return _span(last - n + 1, last), "span"
    if kind == "streak":
        n = _num(g["n"])
        window = re.split(r"[。;!?\n]", text[max(0, m.start() - 60) : m.start()])[-1]
        stated = [y.group(1) for y in _YEAR_WORD.finditer(window) if not window.startswith(("以来", "起"), y.end())]  # (2022年以来: a start)
        if stated and 1 <= n <= 50:
            last = int(stated[-1])
            return _span(last - n + 1, last), "streak"
        return None, "streak"
    if kind == "stock":
        if not year:
            return None, "stock"
        return (f"{year}-{month:02d}" if month else str(year)), "stock"
    if kind == "monthrange":
        return _within_year(year, m.group(0)), "year"
    if kind == "month":
        mm = _num(g["m"])
        if not year or not 1 <= mm <= 12:
            return None, "none"
        y = year - 1 if month is not None and mm > month else year  # (7月 on a page of March: last July)
        return f"{y}-{mm:02d}", "month"
    return None, "none"


def find_periods(text: str, date: str | None = None) -> list[PeriodMention]:
    """Every period expression in `text` (simplified characters), left to right, none overlapping."""
    text = normalize_digits(text)
    year, month = page_date(date)
    found: list[PeriodMention] = []
    taken = [False] * (len(text) + 1)
    for pattern, kind in _RULES:
        for m in pattern.finditer(text):
            if m.end() == m.start() or any(taken[m.start() : m.end()]):
                continue
            if kind == "recent" and m.group(0).startswith("近") and not _clause_start(text, m.start()):
                continue
            if kind == "fyp" and (_is_basis(text, m.start()) or _names_a_year(text, m.end())):
                continue
            if kind in ("fyp", "year") and _MODIFIER.match(text, m.end()):
                continue  # “十四五”批复的6个大基地: when the things were approved, not the figure's period
            if kind == "year" and _COMPARED.search(text, max(0, m.start() - 3), m.start()):
                continue  # 快于2024年1.8个百分点: the year compared with, not the period
            if kind == "year" and m.group(0).endswith("年度") and _EVALUATED.match(text, m.end()):
                continue  # 2023年度法治建设考评位居第一: the year an evaluation was of, not the page's
            period, scope = _resolve(kind, m, text, year, month)
            found.append(PeriodMention(period, m.group(0), m.start(), m.end(), scope))
            for i in range(m.start(), m.end()):
                taken[i] = True
    found.sort(key=lambda p: p.start)
    return found


_MODIFIER = re.compile(r"[”\"]?(?:期间|时期|内)?(?:批复|规划|确定|部署|布局|谋划|核准|下达|批准|认定)的")
_EVALUATED = re.compile(r"[\u4e00-\u9fa5“”]{0,12}?(?:考评|考核|评估|评价|测评|排名|评比)")
_COMPARED = re.compile(r"(?:快于|慢于|高于|低于|好于|优于|较|比)$")
_YEAR_OF_PLAN = re.compile(r"[”\"]?(?:的)?[\u4e00-\u9fa5]{0,4}之年")


def _names_a_year(text: str, i: int) -> bool:
    """“十四五”收官之年, 十五五开局之年: the plan names which year it is, not a period."""
    return _YEAR_OF_PLAN.match(text, i) is not None


def _is_basis(text: str, i: int) -> bool:
    """较“十三五”, 比十三五: the plan is what a change is compared with, not the period."""
    before = text[max(0, i - 2) : i].rstrip("“\"")
    return before.endswith(("较", "比", "与", "于"))


def _clause_start(text: str, i: int) -> bool:
    """近5年 opens a clause when it means 'the last five years'; 闲置近5年 is a duration."""
    return i == 0 or text[i - 1] in ",。;: \n“\"、(（"


def resolve(expr: str, date: str | None = None) -> tuple[str | None, str]:
    """The period of the first expression in `expr` and its own words: ('2021/2025', '十四五期间')."""
    found = find_periods(expr, date)
    if not found:
        return None, ""
    return found[0].period, found[0].label
