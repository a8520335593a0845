"""A report's structure: the frame each paragraph speaks in, from its headings and openings.

A government work report reviews the past year (过去一年, 2025年), reviews the finished
five-year plan (五年来, “十四五”时期), sets this year's targets (主要预期目标) and tasks
(2026年重点工作), and sets the next plan's goals (“十五五”时期, 到2030年). Each of these
frames gives the figures stated in it, that state no period of their own, a period and a
status: a result (actual) or a goal (target). A frame begins at a heading (一、…, （一）…)
or at a paragraph that opens with one of these phrases, and holds until the next one; a
heading that names none of them ends the frame before it.

In a five-year review a flow (新增, 累计, 改造…, or a change such as 年均增长) is over the
plan's years (2021/2025) and a level is the one reached at its end (2025); in the next
plan's goals a rate (年均) is over its years (2026/2030) and a level is the one aimed at
for its last year (2030).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from govfacts.chinese.lexicon import RATE_UNITS
from govfacts.chinese.periods import PeriodMention, review_end, streak_span
from govfacts.extract.page import BULLET_MARKS, is_dateline

# A part's heading (一、…); a sub-heading ((一)…) stays inside its part's frame.
_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")
# A line this short may be a news page's heading: its marks (▎, ■, 【】) left off.
_SHORT = 16
_MARKS = re.compile(rf"^[{BULLET_MARKS}\s【\[]+|[】\]！!:：。\s]+$")
_SUBHEADING = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
_PLAN_NAMES = {2021: "十四五", 2026: "十五五", 2031: "十六五", 2016: "十三五"}
# How a speaker turns to the hall before a new part: 各位代表！ (the frame is read after it).
_SALUTATION = re.compile(r"^(?:各位代表|同志们|代表们)[！!：:，,]")
# A lead-in dash or bullet before a paragraph's opening words (——这五年，…).
_OPENING_REACH = 80  # how far into a line a sentence may open its frame
_LEAD = re.compile(r"^(?:——|—|-|•|·)\s*")
_YEAR_REVIEW = re.compile(r"^(?:过去的?一年|刚刚过去的|一年来|去年)")
# This year's targets are announced (主要预期目标是：…); a review that beat them (增速高于预期目标)
# opens nothing.
_TARGETS = re.compile(r"主要预期目标|预期目标(?:是|为)")
_GOALS_AT = re.compile(r"主要目标|目标任务|发展目标|远景目标")
_REVIEWED_YEAR = re.compile(r"([12][0-9]{3})年?")
# What makes a figure a flow over the frame's years rather than a level at its end.
_FLOW = re.compile(
    r"新增|新建|新设|新开|新培育|新入选|新认定|累计|改造|开工|开挖|疏浚|植树|造林|治理|修复|筹集|净增|转移|"
    r"消除|获批|招引|引进|培育|实施|完成|组建|创建|化解|选派|帮扶|重组|开行|建成(?!区)|打造|办理|解决|发放|减免|认定|"
    r"兑现|吸引|接待|举办|签约|改善|改扩建|新开工|"
    r"(?:受理|审结|办结|执结|起诉|批捕|逮捕|提起公诉|抓获|破获|侦破|查处|判处|打掉|摧毁|捣毁|调解|调处)(?!率)"  # (cases handled)
)
# A later item of a list that gives the total the flows before it came to.
_TOTAL_AFTER = re.compile(r"、[^、]{0,6}(?:总量|总数|总计|增至|增加到)[^、]*$")
_COUNTED_UNITS = set("项部件个批次场")
_RATES = frozenset((*RATE_UNITS, "岁", "倍"))
_PLACE_BASIS = re.compile(r"全国|全省|全区|全市|平均")
_STOCK = re.compile(r"现有|拥有|保有|总数|总量|总计|达到|达|累计达|共有|居|规模|余额|覆盖|占|增至|增加到|超过|超")
# A level held through the plan's years (粮食产量稳定在800亿斤以上, 占比保持在75%以上): over them all.
_HELD = re.compile(r"稳定在|保持在|始终保持|持续保持|始终在|每年")
# A clause that says the years it sums (五年生产原煤65亿吨).
_OVER_THE_YEARS = re.compile(r"^(?:五年|5年)(?![来以,，])")  # (not 五年来, which opens the review)
# A clause that opens with building what it counts (建设高标准农田1739万亩).
_BUILT = re.compile(r"^(?:建设|新改建|改扩建|新建|改建|建成)")
_TARGET_WORDS = re.compile(r"预期目标|目标是|目标为|力争|确保|争取达到|努力实现|计划|规划|将达到|要达到")


@dataclass(frozen=True)
class Frame:
    """What the paragraphs of one part of a report speak of: its period for flows and for levels,
    and whether its figures are results or goals."""

    kind: str  # year_review, plan_review, targets, goals
    status: str  # actual or target
    flow: str | None
    level: str | None
    label: str

    def period(self, measure: str, basis: str | None, subject: str, unit: str = "") -> PeriodMention:
        """The period of a figure stated with no period of its own, from what it measures."""
        flow = self.is_flow(measure, basis, subject, unit)
        return PeriodMention(self.flow if flow else self.level, self.label, -1, -1, "span")

    def within(self, period: str | None) -> bool:
        """Whether a period stated in this year's targets is the plan the year opens (今年是“十五五”
        开局之年): the targets are still this year's."""
        if self.kind != "targets" or not period or "/" not in period or not self.level:
            return False
        first, last = period.split("/")
        return first[:4] <= self.level <= last[:4]

    def guessed(self, measure: str, basis: str | None, subject: str, unit: str = "") -> bool:
        """Whether a five-year review's figure is a level or a sum only by its unit, no word of its
        clause saying which (建成5G基站12万个: those standing, or those built over the years?)."""
        clause = re.split(r"[,;:，；：]", subject)[-1]
        if self.kind != "plan_review" or measure == "change" or basis == "年均" or unit in _RATES:
            return False  # (a rate is never a sum over the years)
        said = _FLOW.search(clause) or _HELD.search(clause) or _BUILT.match(clause) or _OVER_THE_YEARS.match(clause)
        return not said and not _STOCK.search(clause)

    def is_flow(self, measure: str, basis: str | None, subject: str, unit: str = "") -> bool:
        """Whether a figure counts what happened over the frame's years (新增, 年均增长…), not a level
        at its end; only the words of its own clause of `subject` count (the figure's words and
        its name: 新增A11个、B9个 and …等19家企业战略性重组 are flows)."""
        clause = re.split(r"[,;:，；：]", subject)[-1]
        if measure == "change" and basis and _PLACE_BASIS.search(basis) and "年均" not in subject:
            return False  # 高于全国平均水平18.3个百分点: a gap at the time (not of a rate over the years)
        if measure == "change" or basis == "年均":
            return True
        if _TOTAL_AFTER.search(clause):
            return False  # 新增上市公司48家、总量达122家: the total at the end, after the years' new ones
        if _FLOW.search(clause):
            return True
        summed = _OVER_THE_YEARS.match(clause) or _OVER_THE_YEARS.match(subject)  # (…，保供电煤20亿吨: still the five years')
        if self.kind == "plan_review" and (_HELD.search(clause) or _BUILT.match(clause) or summed):
            return True
        # a count of things done (出台法规16部, 承接试点任务67项) over the years, unless it is what stands
        # at their end (现有, 总数, 达到 …)
        return self.kind == "plan_review" and unit[-1:] in _COUNTED_UNITS and not _STOCK.search(clause)


class Frames:
    """The frame in force at each position of a prepared page (its compact text)."""

    def __init__(self, text: str, year: int | None, month: int | None) -> None:
        self.starts: list[int] = []
        self.frames: list[Frame | None] = []
        if year is None:
            return
        reviewed = review_end(year, month)
        plan = _plan_of(reviewed)
        if not plan.endswith(str(reviewed)):
            plan = f"{reviewed - 4}/{reviewed}"  # (a term's review, 过去五年 in a report of 2022: 2017 to 2021)
        coming = str(reviewed + 1)
        nxt = _plan_of(reviewed + 1)
        kinds = {
            "year_review": Frame("year_review", "actual", str(reviewed), str(reviewed), f"{reviewed}年"),
            "plan_review": Frame("plan_review", "actual", plan, str(reviewed), "五年来"),
            "targets": Frame("targets", "target", coming, coming, f"{coming}年"),
            "goals": Frame("goals", "target", nxt, nxt.split("/")[-1] if nxt else None, "“十五五”时期"),
        }
        words = _Words(reviewed, this_year_comes=reviewed < year)
        at = 0
        opened: list[tuple[int, str]] = []
        for line in text.split("\n"):
            kind = None if is_dateline(line) else words.kind_of(line)  # (2025年04月12日: the page's date, no part)
            if kind is not None:
                opened.append((at, kind))
            named = _REVIEWED_YEAR.search(line[:30]) if _HEADING.match(line) and kind == "year_review" else None
            if named and named.group(1) != str(reviewed):  # 一、2017年工作回顾: the year it names
                y = named.group(1)
                kinds["year_review"] = Frame("year_review", "actual", y, y, f"{y}年")
            at += len(line) + 1
        if not any(kind in ("plan_review", "goals", "targets") for _at, kind in opened):
            return  # no report's structure (a page, a review of one year only): no frames
        coming_work = False
        for at, kind in opened:
            if kind == "none" and coming_work:
                kind = "targets"  # 四、全面加强政府自身建设, after this year's work: still what is to be done
            coming_work = coming_work or kind == "targets"
            self.starts.append(at)
            self.frames.append(kinds[kind] if kind != "none" else None)

    def at(self, pos: int) -> Frame | None:
        """The frame in force at `pos`, or None outside any (a page that is no report has none)."""
        k = bisect_right(self.starts, pos) - 1
        return self.frames[k] if k >= 0 else None

    def starts_at(self, pos: int) -> bool:
        """Whether a frame begins at `pos`: carried context resets there (where a part that names
        no frame begins, the frame ends, but what was said before it still carries)."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and self.starts[k] == pos and self.frames[k] is not None


def rate_period(period: PeriodMention | None, frame: Frame | None) -> PeriodMention | None:
    """The period of a rate over years (年均) that was given one year only, carried from an
    earlier sentence or from the frame of this year's targets: the frame's years where they
    are several, else the five-year plan the year ends or opens (2025 → 2021/2025, 2026 →
    2026/2030); any other period as it is."""
    if period is None or period.period is None or "/" in period.period or period.scope == "streak":
        return period
    if frame is not None and frame.flow and "/" in frame.flow:
        return PeriodMention(frame.flow, frame.label, -1, -1, "span")
    year = int(period.period[:4])
    plan = _plan_of(year)
    first, last = (int(y) for y in plan.split("/"))
    if year not in (first, last):
        return period
    return PeriodMention(plan, f"“{_PLAN_NAMES.get(first, plan)}”时期", -1, -1, "span")


def _plan_of(year: int) -> str:
    """The five-year plan a year falls in: 2025 → 2021/2025, 2026 → 2026/2030."""
    first = 2021 + 5 * ((year - 2021) // 5)
    return f"{first}/{first + 4}"


class _Words:
    """The words that open each frame, for a report that reviews the year `reviewed`: 今年 is the
    coming year's in a report of the year's first months, the year reviewed in a later page."""

    def __init__(self, reviewed: int, this_year_comes: bool = True) -> None:
        first = 2021 + 5 * ((reviewed - 2021) // 5)
        done, coming = _PLAN_NAMES.get(first, "十四五"), _PLAN_NAMES.get(first + 5, "十五五")
        self.reviewed, self.coming = str(reviewed), str(reviewed + 1)
        self.coming_year = rf"(?:今年|{self.coming}年)" if this_year_comes else rf"{self.coming}年"
        this_reviewed = "" if this_year_comes else "今年|"
        self.done = re.compile(rf"“?{done}”?")
        self.next = re.compile(rf"“?{coming}”?")
        self.plan_review = re.compile(rf"^(?:过去的?五年|五年来|近五年|这五年|“?{done}”?(?:时期|期间|以来|这五年|的五年))")
        self.plans_goals = re.compile(rf"“?{coming}”?(?:时期|期间)?(?:(?!开局|起步|首年|第一年)[^。，,；;：:]){{0,16}}(?:主要预期目标|预期目标|主要目标)")
        self.goals = re.compile(rf"^(?:展望|到20[3-9][0-9]年|“?{coming}”?(?:时期|期间|发展|规划))")
        self.year_review = re.compile(rf"^(?:(?:{this_reviewed}{self.reviewed}年)(?:是|，|,|我们|全省|全市|全区)|刚刚过去的{self.reviewed}年)")
        # a sentence that only names what the year was: 2025年是“十四五”收官之年。
        self.intro = re.compile(rf"^{self.reviewed}年是[^。，,！!；;]{{0,30}}之年[。，,！!；;]")

    def kind_of(self, line: str) -> str | None:
        """The frame a line opens: a kind, "none" for a part's heading that names no frame, or None."""
        head = line[:40]
        if _HEADING.match(line):
            return self._heading(_HEADING.sub("", head, count=1))
        if _SUBHEADING.match(line):
            return None  # a sub-heading: its part's frame goes on
        if len(line) <= _SHORT and (short := self._short_heading(line)) is not None:
            return short
        line = _SALUTATION.sub("", _LEAD.sub("", line, count=1), count=1)
        intro = self.intro.match(line)
        if intro:  # 2025年是“十四五”收官之年。五年来，…: what follows the year's name says the frame
            after = self._opening(line[intro.end() :])
            if after is not None:
                return after
        own = self._opening(line)
        if own is not None:
            return own
        # 2025年目标任务顺利完成，标志着“十四五”圆满收官。五年来，…: a second sentence opens it
        # (only after words about the year or the plan's close: not an interview's question)
        for m in re.finditer(r"[。！!]", line[:_OPENING_REACH]):
            after = self._opening(line[m.end() :])
            if after in ("plan_review", "goals") and re.search(rf"{self.reviewed}年|收官", line[: m.end()]):
                return after
        return None

    def _short_heading(self, line: str) -> str | None:
        """The frame a news page's short heading names (▎2025年, ▎“十四五”时期, 这些目标,催人奋进!)."""
        body = _MARKS.sub("", line)
        if body.startswith(f"{self.reviewed}年"):
            return "year_review"
        if body.startswith(f"{self.coming}年"):
            return "targets"
        if self.done.match(body):
            return "plan_review"
        if self.next.search(body):
            return "goals"
        return "targets" if "目标" in body and not re.search(r"完成|实现|达成|超额", body) else None

    def _opening(self, line: str) -> str | None:
        if self.plans_goals.search(line[:80]):
            return "goals"  # “十五五”时期经济社会发展主要预期目标包括: the plan's own, not this year's
        if _TARGETS.search(line[:80]) or re.match(rf"{self.coming_year}(?:是|，|,|我们|全省|全市|全区|要|将)", line):
            return "targets"  # 预期目标: this year's, even in a line that names the plan it opens; 今年是…开局之年
        if self.goals.match(line) or (self.next.search(line[:20]) and _GOALS_AT.search(line[:40])):
            return "goals"
        if self.plan_review.match(line):
            return "plan_review"
        if _YEAR_REVIEW.match(line) or self.year_review.match(line):
            return "year_review"
        return None

    def _heading(self, body: str) -> str:
        coming = re.search(self.coming_year, body)
        opened = self.next.search(body)
        if coming and opened and opened.start() < coming.start():
            return "goals"  # 二、“十五五”时期目标任务和2026年工作: the plan's goals first; this year's open later
        if coming and not re.search(r"回顾|成就", body):
            return "targets"  # 三、2026年主要工作: this year's work, not the review of the last
        if re.search(r"回顾|成就|主要工作|工作总结", body):  # the review of the year, the plan, or both
            year = body.find(self.reviewed)
            plan = min((m.start() for m in (self.done.search(body), re.search("五年", body)) if m), default=-1)
            if plan >= 0 and (year < 0 or plan < year):
                return "plan_review"
            return "year_review"
        if self.next.search(body):
            return "goals"
        if re.search(self.coming_year, body):
            return "targets"
        return "none"


_GOALS_STATED = re.compile(r"预期目标(?:是|为|:)?|(?:发展|主要)目标(?:是|为)")  # (the page's ：is : by now)


def goals_stated(sentence: str) -> int | None:
    """Where a sentence outside any section of goals starts to state them (…提出,2026年主要预期目标是
    地区生产总值增长7%以上,…: a news report of a report's targets), or None."""
    m = _GOALS_STATED.search(sentence)
    return m.end() if m else None


def tells_the_past(frame: Frame | None, periods: list[PeriodMention], sentence: str) -> bool:
    """Whether a sentence in this year's targets reports the year before instead, by naming it
    and no goal (a news page that opens with the targets, then: 2025年上海GDP增长5.4%)."""
    if frame is None or frame.kind != "targets" or not frame.level or is_target_clause(sentence):
        return False
    return any(p.period == str(int(frame.level[:4]) - 1) and p.scope == "year" for p in periods)


_BASELINE = re.compile(r"(?:较|比|与)(?:“十三五”|十三五)(?:期)?末的?$|(?:较|比)(20\d\d)年末?的$")


def baseline(before: str) -> PeriodMention | None:
    """The period of a level said as what a change is from (较“十三五”末的9323.1亿元增加…: 2020),
    from the words right before it; None for other figures."""
    m = _BASELINE.search(before)
    if m is None:
        return None
    return PeriodMention(m.group(1), f"{m.group(1)}年", -1, -1, "year") if m.group(1) else PeriodMention("2020", "“十三五”末", -1, -1, "year")


def plan_after(basis: str) -> PeriodMention | None:
    """The five-year plan after the one a change is compared with (与“十三五”同期相比, 较“十三五”末:
    the change is over “十四五”), or None where the basis names no plan."""
    for first, name in _PLAN_NAMES.items():
        if name in basis and first + 5 in _PLAN_NAMES:
            return PeriodMention(f"{first + 5}/{first + 9}", f"“{_PLAN_NAMES[first + 5]}”时期", -1, -1, "span")
    return None


def is_target_clause(text: str) -> bool:
    """Whether a clause states a goal in so many words (力争, 预期目标, 确保 …); a plan that is
    the thing counted (普通高中招生计划3.6万个), or what a result is measured against (占年度计划的
    111.2%), states none."""
    return any(text[m.end() :] not in ("", "的") or m.group() not in ("计划", "规划") for m in _TARGET_WORDS.finditer(text))


def anchored(streak: PeriodMention, frame: Frame | None) -> PeriodMention:
    """A streak whose sentence names no year, in a review: the run of years up to the review's end."""
    if frame is None or frame.status == "target" or not frame.level:
        return streak
    span = streak_span(streak.label, int(frame.level[:4]))
    return PeriodMention(span, streak.label, streak.start, streak.end, streak.scope) if span else streak


_TO = re.compile(r"^[^,;。!?\d]{0,6}?(?:至|到|为)了?(?:\d{4}年(?:底|末)?的?)?$")  # (由51家整合为33家)
_FROM = re.compile(r"[由从](?:(\d{4})年(?:底|末)?的?|(上年|去年|上一年)(?:底|末)?的?)?(?:平均)?$")  # (由上年729万人…)


def from_to(text: str, first_start: int, first_end: int, second_start: int, a: int, frame: Frame) -> tuple[PeriodMention, PeriodMention] | None:
    """The periods of a from→to pair in a review (由A提升至B, A at text[first_start:first_end], B
    from second_start): A at the year before the review began (or the year it states), B at the
    review's end; None when the two are no such pair (`a`: where their sentence begins)."""
    opening = _paired(text, first_start, first_end, second_start, a)
    if opening is None or frame.level is None:
        return None
    if opening.group(1):
        start = opening.group(1)
    elif frame.kind == "plan_review" and frame.flow and not opening.group(2):
        start = str(int(frame.flow[:4]) - 1)
    else:
        start = str(int(frame.level[:4]) - 1)
    return PeriodMention(start, f"{start}年", -1, -1, "year"), PeriodMention(frame.level, frame.label, -1, -1, "year")


def from_to_over(text: str, first_start: int, first_end: int, second_start: int, a: int, span: str) -> tuple[PeriodMention, PeriodMention] | None:
    """The periods of a from→to pair said over a span of years (“十四五”期间，…占比从60.9%跃升至73%):
    A at the year before the span began (or the year it states), B at its end; None when the two
    are no such pair or the span is no run of years."""
    years = re.fullmatch(r"(\d{4})/(\d{4})", span)
    opening = _paired(text, first_start, first_end, second_start, a)
    if years is None or opening is None:
        return None
    start = opening.group(1) or str(int(years.group(1)) - 1)
    return PeriodMention(start, f"{start}年", -1, -1, "year"), PeriodMention(years.group(2), f"{years.group(2)}年", -1, -1, "year")


def _paired(text: str, first_start: int, first_end: int, second_start: int, a: int) -> re.Match[str] | None:
    """The 由/从 that opens a from→to pair (由A提升至B), where the words between A and B lead to B."""
    opening = _FROM.search(text[max(a, first_start - 12) : first_start])
    return opening if opening is not None and _TO.match(text[first_end:second_start]) else None
