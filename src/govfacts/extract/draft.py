"""The drafting entry point: a page's plain text in, indicator, program and honour records out."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from govfacts.chinese.periods import PeriodMention, find_periods, page_date, review_end, streak_span
from govfacts.extract import structure
from govfacts.extract.dedupe import dedupe
from govfacts.extract.doubts import REVIEW_NAME_EARLIER
from govfacts.extract.figures import BASIS, Figure, sentence_figures
from govfacts.extract.gaps import as_gap
from govfacts.extract.gazetteer_match import PlaceFinder, tier
from govfacts.extract.nouns import FRAME_END
from govfacts.extract.page import Page, on_a_dateline, prepare
from govfacts.extract.region import Region, subject_at, subject_opening
from govfacts.extract.structure import Frame, Frames, from_to, from_to_over, is_target_clause, rate_period
from govfacts.extract.years_said import (
    REVIEW_PERIOD_CARRIED,
    REVIEW_PERIOD_DATE,
    SentencePeriods,
    against_what,
    dominant,
    of_one_event,
    since_year,
    the_news_day,
    the_year_before,
)

RECORD_KEYS = (
    "kind", "name", "region", "region_path", "value", "value_high", "unit", "measure", "basis",
    "period", "period_label", "qualifier", "status", "quote", "review",
)
REVIEW_REGION_CARRIED = "region-carried"  # the place was named in an earlier sentence, not this one
REVIEW_REGION_ELSEWHERE = "region-elsewhere"  # the place named lies outside the page's own
REVIEW_REGION_UNKNOWN = "region-unknown"  # neither the figure's words nor the page name a place
REVIEW_ONE_CASE = "one-case"  # the sentence tells of one case (蔡某某, 某置业公司): its figures may be the case's
# Someone a page keeps nameless, as a story of one case does (蔡某某, 王某, 某置业公司, 某村).
_ONE_CASE = re.compile(r"[\u4e00-\u9fa5]某某|(?:(?<![\u4e00-\u9fa5])|(?<=[镇村乡县市区街组]))[\u4e00-\u9fa5]某(?=[,，。、:：说向因将与和在的])|^如\d{1,2}月|某(?:公司|企业|置业|集团|银行|小区|村|男|女)")
_NAMED_CASE = re.compile(r"”(?:系列|专)?案(?![件例])|”(?:犯罪)?(?:团伙|集团)")  # (破获“4.01”特大诈骗案，抓获…: the counts after it)
REVIEW_PERIOD_SECTION = "period-from-section"  # a five-year review's level or sum, told apart by its unit only
_SPAN_OPENS = 4  # how far into its sentence a span of years (近3年, “十四五”期间) may be to govern the next


@dataclass
class Draft:
    """What a page states, drafted for review."""

    records: list[dict[str, Any]] = field(default_factory=list)
    place: str | None = None

    @property
    def indicators(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r["kind"] == "indicator"]

    @property
    def programs(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r["kind"] == "program"]

    @property
    def honours(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r["kind"] == "honour"]


def _inside_clause(text: str, p: PeriodMention, a: int) -> bool:
    """Whether a span of years stands inside its clause (水质20年来首次…), not opening it (，近五年…)."""
    return p.scope == "span" and p.start - a > _SPAN_OPENS and text[p.start - 1] not in ",;:，；：“"


def _frames_own(period: PeriodMention | None, frame: Frame) -> bool:
    """Whether a carried period is the frame's own years (五年来 in a five-year review, “十五五”时期
    among the next plan's goals)."""
    return period is not None and frame.kind in ("plan_review", "goals") and period.period == frame.flow


def draft(text: str, date: str | None = None, place: str | None = None, places: PlaceFinder | None = None) -> Draft:
    """Draft the facts a report page states: indicators (and programs and honours) with verbatim quotes.

    `date` is the page's date (YYYY, YYYY-MM or YYYY-MM-DD) for relative periods; `place`
    the page's main place (guessed from the text when None); `places` the divisions to
    look places up in (the gazetteer's when None and installed).
    """
    from govfacts.extract import named

    page = prepare(text)
    if places is None:
        places = PlaceFinder.from_gazetteer()
    region = Region(page, places, place)
    to_the_day = re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", date or "") is not None
    date = as_reviewed(date, page.text)
    periods = [p for p in find_periods(page.text, date) if not on_a_dateline(page.text, p.start)]
    year, month = page_date(date)
    # A page dated by its year only that first names the year before, in its opening (2024年，全市法院…,
    # 一、2024年工作回顾 on a page of 2025): the year it reviews, carried to later paragraphs without doubt.
    first = periods[0] if periods else None
    own_year = first.period if year and month is None and first and first.scope == "year" and first.start <= 300 else None
    own_year = own_year if year and own_year == str(year - 1) else None
    frames = Frames(page.text, year, month)
    looked_back = review_end(year, month) if year else None
    dated = PeriodMention(str(looked_back), f"{looked_back}年", -1, -1, "date") if looked_back else None
    provincial = region.main is not None and not isinstance(region.main, str) and tier(region.main.code) == 0
    carried_at = -1  # where the carried period was stated
    goals_go_on = False  # a statement of goals goes on past a semicolon
    figures: list[tuple[Figure, Any, PeriodMention | None, str | None, str]] = []
    carried_place: Any | None = None
    held: dict[int, Any] = {}  # the carried place at each sentence's start, for its honours
    carried_period: PeriodMention | None = dominant(periods, page.text, looked_back)
    last_event: PeriodMention | None = None
    last_stock: PeriodMention | None = None
    starts = [p.start for p in periods]
    for a, b in page.sentences:
        sentence = page.text[a:b]
        if frames.starts_at(a):  # a heading or a paragraph that opens a frame: nothing carries past it
            carried_period, carried_place, last_event, last_stock = None, None, None, None
        held[a] = carried_place
        if on_a_dateline(page.text, a):
            continue  # (某某日报/2025 年/1 月/17 日/第 002 版: the page's date, no figure)
        frame = frames.at(a)
        paragraph = page.text.rfind("\n", 0, a) + 1
        basis_spans = [(a + m.start(), a + m.end()) for m in BASIS.finditer(sentence)]
        basis_starts = [x for x, _y in basis_spans]
        compared = [(y, plan) for x, y in basis_spans if (plan := structure.plan_after(page.text[x:y])) is not None]
        plan_ends, plans = [y for y, _p in compared], [p for _y, p in compared]
        own = [p for p in periods[bisect_left(starts, a) : bisect_left(starts, b)] if not _inside(p.start, basis_spans, basis_starts)]
        removals = [(p.start, p.end) for p in own]
        place_words = tuple(sorted({page.text[x:y] for x, y, _d in region.at(a, b)}, key=len, reverse=True))
        timed = SentencePeriods(own, frame)
        event = "此次" in sentence or "本次" in sentence
        opening_end = a + _opening(sentence)
        goals = frame is not None and frame.status == "target" and not structure.tells_the_past(frame, own, sentence)
        stated = structure.goals_stated(sentence) if frame is None else None  # (a news page's 预期目标是…)
        if stated is None and frame is None and goals_go_on:
            stated = 0  # (预期目标是：地区生产总值增长5%以上；一般公共预算收入增长3%；…: each part a goal)
        goals_go_on = stated is not None and sentence.rstrip().endswith(";")
        # (a page of January to March with no parts of its own reports the year just closed)
        review = frame.status == "actual" if frame is not None else stated is None and month is not None and month <= 3
        subject = subject_at(sentence, a)  # (in a province's report only a place there speaks for the sentence)
        one_case = _ONE_CASE.search(sentence) is not None  # (蔡某某另支付22000元: a story of one party)
        case_named = a + said.end() if (said := _NAMED_CASE.search(sentence)) else b
        for fig in sentence_figures(page, a, b, removals, place_words, goals or stated is not None, review, looked_back):
            if figures and figures[-1][0].start >= a:
                as_gap(page.text, figures[-1][0], fig)
            before = timed.last_before(fig.start)
            if before is not None and (
                (_inside_clause(page.text, before, a) or of_one_event(page.text, before.start)) and before.start < fig.subject_start
                or of_one_event(page.text, before.start) and FRAME_END.search(page.text, before.end, fig.start)
            ):  # 水质20年来首次达到Ⅲ类，建成幸福河湖320个 (并于2024年突破…，占比…; 在2024年下降…的基础上再降…)
                before = None  # the span or year was its own clause's
            streak = timed.streaks(fig.start, fig.subject_start if fig.basis == "年均" else None)
            if fig.kind == "streak":
                streak = [p for p in streak if p.start <= fig.start < p.end]
            period: PeriodMention | None
            if fig.kind == "streak" and streak:
                period = streak[0]
            elif fig.kind == "streak" and not before:
                period = carried_period
            elif fig.basis == "年均" and streak:
                period = streak[-1]  # 连续5年年均下降8.4%: the run of years is the period
            elif before and frame is not None and before.period in (frame.flow, frame.level):
                # 五年来 or 到2030年, the frame's own years: a flow is over them, a level at their end
                period = _frame_period(frame, fig, page.text[a : fig.end] + fig.name)
            elif before and fig.measure == "change" and looked_back and (since := since_year(page.text, before)):
                period = PeriodMention(f"{since + 1}/{looked_back}", before.label, before.start, before.end, "span")
            elif before:  # (火灾起数自2022年起年均下降31.9%: the years after the base, to the review's end)
                period = before
            elif event:
                period = last_event or carried_period
            elif sentence.startswith("其中") and last_stock is not None:
                period = last_stock  # 至目前,全县共建成工作站96个。其中乡镇工作站18个
            elif frame is not None and (carried_at < paragraph or _frames_own(carried_period, frame)):
                # no period of its own here: the frame's (also where the paragraph opened with the
                # frame's own years, 五年来，…: a level in its later sentences is the one at their end)
                period = _frame_period(frame, fig, page.text[a : fig.end] + fig.name)
            else:
                period = carried_period
                if (period is not None and carried_at < paragraph and not (dated and period.period == dated.period)
                        and not (own_year is not None and period.period == own_year)):
                    fig.notes.append(REVIEW_PERIOD_CARRIED)  # (not where the page's date says the same year)
            if period is None and dated is not None and not fig.year:
                period = dated  # (a page that never says its year: 1月12日 news of last year's results)
                fig.notes.append(REVIEW_PERIOD_DATE)
            if fig.kind != "streak" and fig.basis != "年均" and (run := _streak_before(timed, fig, page.text)) is not None:
                period = run  # 连续9年稳定在1300亿斤以上: the level held over the run of years
            if fig.span and (end := (frame.level if frame is not None else None) or (period and period.period)):
                last = int(end.split("/")[-1][:4])  # 五年提高3.89个百分点: over the years it names, to the end
                period = PeriodMention(f"{last - fig.span + 1}/{last}", f"{fig.span}年", -1, -1, "span")
            if fig.kind == "streak" and fig.unit == "年" and period and period.period and (years := streak_span(f"连续{int(fig.value)}年", int(period.period.split("/")[-1][:4]))):
                period = PeriodMention(years, page.text[fig.start : fig.end], period.start, period.end, "streak")  # 十九连冠 in 2024: 2006/2024
            if fig.measure == "level" and (base := structure.baseline(page.text[max(a, fig.start - 12) : fig.start])):
                period = base  # 较“十三五”末的9323.1亿元: the level the change is from
            if frame is not None and period is not None and frame.within(period.period):
                period = frame.period(fig.measure, fig.basis, "")  # this year's targets, in the plan's first year
            if fig.measure == "change" and period is not None:  # (较2020年下降25%; 同比下降38.9% in a five-year review)
                period = against_what(period, fig.basis, page.text[fig.subject_start : fig.start])
            elif fig.measure == "level":
                period = the_year_before(period, page.text, fig.start)
            if fig.basis == "年均" and not (fig.kind == "streak" or streak):
                period = rate_period(period, frame)  # a rate over years is never over one year
            k = bisect_right(plan_ends, fig.start) - 1  # (a comparison with the last plan said before it in its sentence)
            if fig.measure == "change" and k >= 0 and (period is None or period.period != plans[k].period):
                period = plans[k]  # 与“十三五”同期相比，…下降28.8%: over the plan after the one compared with
                fig.notes = [n for n in fig.notes if n not in (REVIEW_PERIOD_DATE, REVIEW_PERIOD_CARRIED)]
            goal = goals or is_target_clause(page.text[fig.subject_start : fig.start]) or stated is not None and fig.start >= a + stated
            if not goal and looked_back and period and period.period and re.fullmatch(r"\d{4}(?:/\d{4})?", period.period):
                goal = int(period.period[:4]) > looked_back and not _ELAPSED.search(period.label or "")  # (a year still to come has no results: 今年…将启动5个项目; 今年以来 has)
            status = "target" if goal else "actual"
            if status == "actual" and to_the_day:  # (a dated news item's results are of the year it looks back on)
                fig.notes = [n for n in fig.notes if n != REVIEW_PERIOD_DATE]
            if goal and year and period is dated and dated is not None:
                period = PeriodMention(str(year), f"{year}年", -1, -1, "year")  # (a goal no word dates: the date's own year)
            label_period = (str(fig.year), f"{fig.year}年") if fig.year else None
            opening = page.text[a : min(fig.start, opening_end)]
            place_here = (
                region.local(fig.subject_start, fig.start, page.text, carried_place)
                or region.named(fig.subject_start, fig.start, page.text)
                or region.word(page.text[fig.subject_start : fig.start])
                or region.local(a, fig.start, page.text, carried_place)
                or (region.named(a, fig.start, page.text) if not provincial or _led(region, page, subject, fig, opening_end) else None)
                or region.word(subject_opening(opening))
            )
            if region.elsewhere(place_here):
                fig.notes.append(REVIEW_REGION_ELSEWHERE)
            if place_here is None and carried_place is not None:
                place_here = carried_place
                if region.fields(carried_place)["region"] != region.main_name:  # not the page's own place
                    fig.notes.append(REVIEW_REGION_CARRIED)
            if one_case or fig.start >= case_named:
                fig.notes.append(REVIEW_ONE_CASE)
            if place_here is None and region.main is None:
                fig.notes.append(REVIEW_REGION_UNKNOWN)  # (a page that says only 我市: give its place with --place)
            if figures and figures[-1][0].start >= a:
                pair = _pair_periods(page.text, figures[-1][0], figures[-1][2], fig, period, a, frame)
                if pair is not None:  # 由7.34万元提升至10.26万元: the first at the start, the second at the end
                    first, period = pair
                    for f in (figures[-1][0], fig):  # the pair's words say which is which
                        f.notes = [n for n in f.notes if n != REVIEW_PERIOD_SECTION]
                    figures[-1] = (figures[-1][0], figures[-1][1], first, *figures[-1][3:])
            figures.append((fig, place_here, period, label_period[0] if label_period else None, status))
        stocks = [p for p in own if p.scope == "stock" and p.period]
        last_stock = stocks[-1] if stocks else (last_stock if sentence.startswith("其中") else None)
        # (a bullet speaks for itself: its year and its place carry to no later item)
        bullet = (a > 0 and page.text[a - 1] in "■□●◆") or sentence.startswith(("-", "•", "·"))
        bullet = bullet or _CAPTION.fullmatch(sentence.strip()) is not None  # (a photo's caption, likewise)
        asked = sentence.rstrip().endswith("?")  # (2025年取得了哪些成绩? names what the page goes on to answer)
        for p in [] if bullet or asked else own:
            if page.text[max(0, p.start - 1) : p.start] in ("由", "从", "比", "较"):
                continue  # the start of a from→to pair or a comparison's base year: said for one figure
            if p.scope == "year" and frame is not None and frame.kind == "plan_review":
                continue  # (2025年… in the five-year review: its sentence's; later ones speak of the five years)
            if p.scope == "year" and p.period and not of_one_event(page.text, p.start) or p.scope == "span" and p.period and p.start - a <= _SPAN_OPENS:
                carried_period, carried_at = p, p.start  # (a span inside a sentence, 30年来首次…, is its own)
            elif p.scope == "month" and p.period:
                last_event = p
                if not the_news_day(page.text[p.start : p.end], p.period, year, month):
                    carried_period, carried_at = PeriodMention(p.period[:4], f"{p.period[:4]}年", p.start, p.end, "year"), p.start
        carried_place = carried_place if bullet else _carry(region, page, a, b, sentence, carried_place)
    records = [_record(page, region, f, d, p, y, st) for f, d, p, y, st in figures]
    records = dedupe(page, records)
    records.extend(named.programs_and_honours(page, region, periods, year, frames, held, looked_back))
    return Draft(records, region.main_name)


_ELAPSED = re.compile(r"以来|至今|伊始")  # time gone by: what was done in it is done


def _pair_periods(
    text: str, first: Figure, first_period: PeriodMention | None, fig: Figure, period: PeriodMention | None, a: int, frame: Frame | None
) -> tuple[PeriodMention, PeriodMention] | None:
    """The periods of a from→to pair (由A提升至B) in a review (its start and end), or over a span of
    years both figures are said over (“十四五”期间，…从A跃升至B); None where the two are no pair."""
    if frame is not None and frame.status != "target" and frame.level:
        return from_to(text, first.start, first.end, fig.start, a, frame)
    if period is not None and period.period and first_period is period and fig.measure == "level":
        return from_to_over(text, first.start, first.end, fig.start, a, period.period)
    return None


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether pos lies in one of `spans` (sorted, none overlapping; `starts` their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def _frame_period(frame: Frame, fig: Figure, subject: str) -> PeriodMention:
    """The frame's period for a figure, flagged where only its unit told a level from a sum."""
    if frame.guessed(fig.measure, fig.basis, subject, fig.unit):
        fig.notes.append(REVIEW_PERIOD_SECTION)
    return frame.period(fig.measure, fig.basis, subject, fig.unit)


def _streak_before(timed: SentencePeriods, fig: Figure, text: str) -> PeriodMention | None:
    """The streak stated in a figure's own words before it (连续9年稳定在…), unless it is of the
    ground the figure stands on (在连续5年下降的基础上再降17%: this year's fall)."""
    runs = [
        p for p in timed.streaks(fig.start, fig.subject_start)
        if fig.subject_start <= p.start and p.end <= fig.start and not FRAME_END.search(text, p.end, fig.start)
    ]
    if not runs:
        return None
    return runs[-1]


_BARE_SUBJECT = re.compile(r"(?:市|州|县|区)?(?:获批|获评|荣获|入选|成功|成为|被|率先|全面|实现|建成|新增|累计|全年|已|在|先后|相继)")


def _led(region: Region, page: Page, subject: int, fig: Figure, opening_end: int) -> bool:
    """In a province's report, whether the place its sentence opens with speaks for a figure: one
    in the opening clause, or one that took its name from there (青岛…，增长6%), or any where the
    place itself is the subject (九江获批…，港口吞吐量2.1亿吨); not where it only begins a name
    (福州地铁…建成通车，基础设施投资增长5.6%)."""
    opened = region.at(subject, subject + 1)
    if not opened:
        return False
    bare = _BARE_SUBJECT.match(page.text, opened[0][1]) is not None
    return bare or fig.subject_start <= opening_end or REVIEW_NAME_EARLIER in fig.notes


# A photo's caption: a line wholly in parentheses ((乐至县检察院检察官到现场踏勘)).
_CAPTION = re.compile(r"[(（][^()（）\n]{4,80}[)）]")
# A session of the people's congress, or a work report delivered at one (听取“两院”工作报告).
_SESSION = re.compile(r"工作报告|人民代表大会|人大[\d一二三四五六七八九十]*次会议|人大会议|两会")


def as_reviewed(date: str | None, text: str) -> str | None:
    """The date a page reviews from: a page of April to June that tells of a work report, or of
    the session it was delivered at (in its opening), reviews the year just closed, as a report
    of the first quarter does, so its month is taken as March; any other date is its own."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", date or "")
    if m is None or not 4 <= int(m.group(2)) <= 6 or not _SESSION.search(text[:300]):
        return date
    return f"{m.group(1)}-03"


def _opening(sentence: str) -> int:
    """The length of a sentence's opening clause (1-9月份,全县…: up to the second comma when the first holds a date)."""
    cuts = [k for k, ch in enumerate(sentence) if ch in ","]
    if not cuts:
        return len(sentence)
    if len(cuts) > 1 and re.search(r"年|月|日|以来|来", sentence[: cuts[0]]):
        return cuts[1]
    return cuts[0]


def _carry(region: Region, page: Page, a: int, b: int, sentence: str, carried: Any | None) -> Any | None:
    """A sentence that opens with a place (after a date or 近日,) makes it the subject of what follows,
    on a city's or a county's page; a province's report names a city for one sentence only (青岛获批…。
    the next speaks of the province again)."""
    if region.main is not None and not isinstance(region.main, str) and tier(region.main.code) == 0:
        return None
    offset = subject_at(sentence, a)
    body = page.text[offset:b]
    if re.match(r"全市|我市|全省|我省|全县|全区", body):
        return None
    if (d := region.opening(offset, b)) is not None:
        return d
    local = region.local(offset, min(b, offset + 6), page.text, carried)
    if local is not None and page.text.startswith(local.name, offset):
        return local
    return carried


def _number(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


def _record(
    page: Page, region: Region, fig: Figure, place: Any, period: PeriodMention | None, year: str | None, status: str
) -> dict[str, Any]:
    per: str | None
    label: str | None
    if year:
        per, label = year, f"{year}年"
    elif period is not None:
        per, label = period.period, period.label
    else:
        per, label = None, None
    start, end = page.span(fig.quote_start, fig.quote_end)
    return {
        "kind": "indicator",
        "name": fig.name,
        **region.fields(place),
        "value": _number(fig.value),
        "value_high": _number(fig.high) if fig.high is not None else None,
        "unit": fig.unit,
        "measure": fig.measure,
        "basis": fig.basis,
        "period": per,
        "period_label": label,
        "qualifier": fig.qualifier,
        "status": status,
        "quote": page.quote(fig.quote_start, fig.quote_end),
        "review": list(dict.fromkeys(fig.notes)) or None,
        "span": (start, end),
        "_pos": fig.start,
    }
