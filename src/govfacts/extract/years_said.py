"""The years a sentence says before a figure (2025年, 2021年至2025年): one for each figure of a
list said with one year each (2023、2024、2025年分别…); the spans of years a change is said
over (五年提高3.89个百分点, …，3年增长58.6%); which years date only one event or bound a time
(并于2024年…, 2000年以前建成的, 自2022年起); a sentence's periods, and the one a page speaks of
most."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from govfacts.chinese.lexicon import CHANGE_WORDS
from govfacts.chinese.numerals import chinese_to_int
from govfacts.chinese.periods import PeriodMention
from govfacts.extract.nouns import BASIS, FRAME_END
from govfacts.extract.structure import Frame, anchored

REVIEW_PERIOD_DATE = "period-from-date"  # no word says the period: the year the page's date looks back on
REVIEW_PERIOD_CARRIED = "period-carried"  # the period was stated in an earlier paragraph

_YEAR = re.compile(r"(\d{4})年")
_YEAR_RANGE = re.compile(r"(\d{4})年?(?:至|到|-|—)(\d{4})年")


class YearsSaid:
    """years_said() of text[a:cut] for the cuts of one sentence, from the sentence's year words read once.

    A match in the whole sentence that ends by the cut is a match in the text before it; only
    where a year word runs across the cut (never at a figure's start, in practice) is the text
    before the cut read again.
    """

    def __init__(self, text: str, a: int, b: int) -> None:
        self.text, self.a = text, a
        self.spans = list(_YEAR_RANGE.finditer(text, a, b))
        self.singles = list(_YEAR.finditer(text, a, b))
        self.span_ends = [m.end() for m in self.spans]
        self.single_ends = [m.end() for m in self.singles]

    def years(self, cut: int) -> list[str]:
        k, j = bisect_right(self.span_ends, cut), bisect_right(self.single_ends, cut)
        across = self.spans[k : k + 1] + self.singles[j : j + 1]  # the first of each not ended by the cut
        if any(m.start() < cut for m in across):
            return years_said(self.text[self.a : cut])
        r = self.spans[0] if k else None
        if r and int(r.group(2)) > int(r.group(1)) and int(r.group(2)) - int(r.group(1)) < 30:
            return [str(y) for y in range(int(r.group(1)), int(r.group(2)) + 1)]
        return [m.group(1) for m in self.singles[:j]]


def years_said(pre: str) -> list[str]:
    """The years said in `pre`: each year of a range (2021年至2025年), or each single year."""
    r = _YEAR_RANGE.search(pre)
    if r and int(r.group(2)) > int(r.group(1)) and int(r.group(2)) - int(r.group(1)) < 30:
        return [str(y) for y in range(int(r.group(1)), int(r.group(2)) + 1)]
    return _YEAR.findall(pre)


_YEARS = r"([两二三四五六七八九十]|[2-9]|1[0-9])年(?:来|间)?"  # (五年, 3年来: how many years)
_YEARS_SPANNED = re.compile(r"(?<=[\u4e00-\u9fa5])" + _YEARS + "$")
_SPAN_SAID = re.compile(r"(?:^|[,;，；])(?:近|这)?" + _YEARS + "(?:累计)?(?:" + CHANGE_WORDS + ")?$")


def _how_many(n: str) -> int:
    return int(n) if n.isdigit() else chinese_to_int(n)


def years_spanned(name: str) -> tuple[str, int | None]:
    """A name ending in the years a change is over (常住人口城镇化率五年提高3.89个百分点, 财政收入3年
    增长58.6%): the name without them, and how many years."""
    m = _YEARS_SPANNED.search(name)
    if m is None or len(name) - len(m.group(0)) < 2:
        return name, None
    return name[: m.start()], _how_many(m.group(1))


def only_years(name: str) -> bool:
    """Whether a name is only a span of years (两年间, 3年来): no noun of its own."""
    return re.fullmatch(r"(?:近|这)?" + _YEARS, name) is not None


def span_said_before(pre: str) -> int | None:
    """The years a change is over, said on their own before it (…达到1350亿元，3年增长58.6%)."""
    m = _SPAN_SAID.search(pre)
    return _how_many(m.group(1)) if m else None


# A year said as the time of one event (并于2024年突破1万亿元) or in its name (举行2026年…新闻发布会):
# what follows it in later sentences is not of that year.
_EVENT_BEFORE = re.compile(r"(?:(?<![关对由至等属])于|举行|召开|举办|发布|印发|出台|启动|开幕)$")
_EVENT_NAMED = re.compile(r"\d{4}年[^，。；：,;:\n]{0,16}?(?:新闻发布会|发布会|工作会议|会议|大会|论坛|博览会|运动会)")


def of_one_event(text: str, start: int) -> bool:
    """Whether the year at `start` dates one event of its sentence, or bounds a time (2000年以前建成的
    小区, 自2022年起), not what the text goes on about."""
    return (
        _EVENT_BEFORE.search(text, max(0, start - 2), start) is not None
        or _EVENT_NAMED.match(text, start) is not None
        or _BOUND.match(text, start) is not None
        or _GROUND_OF.match(text, start) is not None
        or text[start - 1 : start] == "自"
    )


_BOUND = re.compile(r"\d{4}年(?:以前|之前|以后|之后)")
# A year of the ground a figure stands on (在2024年下降30.56%的基础上再降22.32%): that clause's own.
_GROUND_OF = re.compile(r"\d{4}年(?:(?!\d{4}年)[^，。；,;:]){0,24}?的?" + FRAME_END.pattern)  # (not one before it: 2025年…在2024年…的基础上)


def the_news_day(said: str, period: str, year: int | None, month: int | None) -> bool:
    """Whether a day said (1月9日) is in the page's own month: the day of the news (its dateline,
    the press conference), not the time of what later sentences report."""
    return bool(year and month) and period == f"{year}-{month:02d}" and said.endswith(("日", "号"))


class SentencePeriods:
    """A sentence's periods, for what stands before each of its figures, found without a scan of them all."""

    def __init__(self, own: list[PeriodMention], frame: Frame | None = None) -> None:
        self.dated = [p for p in own if p.scope not in ("none", "streak")]
        self.dated_starts = [p.start for p in self.dated]
        # a streak whose sentence names no year ends with the review it stands in
        runs = [anchored(p, frame) if p.period is None else p for p in own if p.scope == "streak"]
        self.runs = [p for p in runs if p.period]
        self.run_starts = [p.start for p in self.runs]
        self.longest = max((p.end - p.start for p in own), default=0)

    def last_before(self, pos: int) -> PeriodMention | None:
        """The last dated period (in order) that ends at or before pos."""
        k = bisect_left(self.dated_starts, pos) - 1
        while k >= 0 and self.dated[k].start > pos - self.longest:  # only these may still be open at pos
            if self.dated[k].end <= pos:
                return self.dated[k]
            k -= 1
        return self.dated[k] if k >= 0 else None

    def streaks(self, pos: int, subject: int | None) -> list[PeriodMention]:
        """Runs of years (连续两年) holding pos, and with `subject` those between it and pos, in order."""
        low = pos - self.longest if subject is None else min(subject, pos - self.longest)
        window = self.runs[bisect_left(self.run_starts, low) : bisect_right(self.run_starts, pos)]
        return [p for p in window if p.start <= pos < p.end or (subject is not None and subject <= p.start and p.end <= pos)]


_FAR = 5


def dominant(periods: list[PeriodMention], text: str, around: int | None = None) -> PeriodMention | None:
    """The period a page talks about most, for figures stated before any period word (not
    counting the years that date one event, of_one_event, that a change is compared with, or
    that end after the year `around` its date looks back on, or more than five years before:
    what is said before any period word is no goal, nor long past)."""
    counts: dict[str, int] = {}
    first: dict[str, PeriodMention] = {}
    bases = [(m.start(), m.end()) for m in BASIS.finditer(text)]  # (较“十三五”末, 为“十三五”的1.5倍: what is compared with)
    for p in periods:
        if any(x <= p.start < y for x, y in bases):
            continue
        if p.period and p.scope in ("year", "span") and not (p.scope == "year" and of_one_event(text, p.start)) and (
            not around or 0 <= around - int(p.period.split("/")[-1][:4]) <= _FAR
        ):
            counts[p.period] = counts.get(p.period, 0) + 1
            first.setdefault(p.period, p)
    if not counts:
        return None
    return first[max(counts, key=lambda k: counts[k])]


def since_year(text: str, p: PeriodMention) -> int | None:
    """The base year of a change said since it (自2022年起年均下降31.9%), or None."""
    said = _SINCE.match(text, max(0, p.start - 1))
    return int(said.group(1)) if said and p.scope == "year" else None


_SINCE = re.compile(r"自(\d{4})年(?:起|以来)")


def against_what(period: PeriodMention, basis: str | None, said: str) -> PeriodMention:
    """A change's period, from what it is measured against: against a year said in the words
    before it (`said`: 较2020年底下降63%, 比2020年增加36天), the years after that one to the
    period's year (2021/2025); year on year (同比, 比上年) over a span, the span's last year."""
    found = list(_COMPARED.finditer(said)) if basis != "年均" else []
    if found and period.period and re.fullmatch(r"\d{4}", period.period) and int(found[-1].group(1)) + 1 < int(period.period):
        return PeriodMention(f"{int(found[-1].group(1)) + 1}/{period.period}", period.label, period.start, period.end, "span")
    span = re.fullmatch(r"\d{4}/(\d{4})", period.period or "")
    if basis in _ON_LAST_YEAR and span:
        return PeriodMention(span.group(1), f"{span.group(1)}年", -1, -1, "year")
    return period


_COMPARED = re.compile(r"(?:较|比|与|同)(\d{4})年(?:底|末)?(?:相比|同期相比|同期)?")
_ON_LAST_YEAR = ("同比", "与上年同比", "较去年同比", "与去年同比", "比上年", "较上年", "比去年", "较去年")



_SAME_TIME_LAST_YEAR = re.compile(r"(?:较|比|与)?(?:上年|去年|上一年)同期(?:的|为|是)?$")


def the_year_before(period: PeriodMention | None, text: str, start: int) -> PeriodMention | None:
    """A level said as the year before's (较上年同期2378起): of that year; any other period as it is."""
    if period is None or not period.period or not period.period.isdigit() or not _SAME_TIME_LAST_YEAR.search(text, max(0, start - 8), start):
        return period
    year = str(int(period.period) - 1)
    return PeriodMention(year, f"{year}年", -1, -1, "year")
