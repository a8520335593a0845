"""Which numbers of a sentence are figures: not dates, ranks, labels, hotlines, sizes inside
names, a plan's outline or (outside a report's goals) forecasts."""

from __future__ import annotations

import re

from govfacts.chinese.lexicon import CLASSIFIERS
from govfacts.chinese.numbers import Mention
from govfacts.extract.page import Page

# (稳预期, 提振预期: expectations held; 预期寿命: a measure; neither is a forecast)
_EXPECTED = r"(?<![稳振善定好])预期(?!寿命)"
_FORECAST = re.compile(r"或将|有望|预计|" + _EXPECTED + r"|计划于|将达到|将超过|将突破|拟于")
_OUTLINE = re.compile(r"方面|(?:预期性|约束性|主要)指标|关键字|关键词|维度|句话")  # (and an article's own parts: 8个关键字, 30句话)
# (in a review of results, 预计 is the year's estimate as it closes, 预计地区生产总值增长6%, unless it
# names a year or this one: 预计今年…)
_FORECAST_IN_REVIEW = re.compile(r"或将|有望|预计(?=\d{4}年|今年|明年)|" + _EXPECTED + r"|计划于|将达到|将超过|将突破|拟于")
_ADMISSIBLE = ("number", "percent", "points", "streak", "zero", "times")
_DURATION_LEAD = re.compile(r"(?:为期|闲置近?|持续|长达|历时|用时|超过)$")

# What a size names when a noun follows it straight on: a facility or project (…生产基地, …工程).
_NAMES_A_THING = re.compile(r"[\u4e00-\u9fa5]{1,10}?(?:基地|地块|工程|项目|园区|通道|航道|廊道|产业带|经济带|生态圈)(?=[\u4e00-\u9fa5]{0,4}[,;。、)])")


_A_PROJECT_S_OUTPUT = re.compile(r"[^,;。]{1,30}?(?:项目|生产线|工厂)")


# What a time names when it opens a noun: a policy or a service reached within it.
_NAMED_BY_TIME = re.compile(r"(?:过境免签|免签|便民|生活圈|服务圈|就业圈|通勤圈|交通圈|经济圈|健身圈|医疗圈|养老服务圈|政务服务圈|急救圈)")


_DAY_OF_MONTH = re.compile(r"上午|下午|晚|电|讯|召开|开幕|闭幕|举行|起|至|到|在")
_STEPS = re.compile(r"[^,;。、]{0,5}(?:台阶|大关)")  # 迈上4个万亿元台阶: how many milestones, not a fact of its own


def admissible(
    page: Page, m: Mention, sentence: str, rel: int, goals: bool = False, review: bool = False, closing: int | None = None
) -> bool:
    """Whether a number is a figure: not a date, rank, label, hotline, threshold or (unless the
    text states `goals`, as a report's targets do) a forecast; in a `review` of results 争取
    says what was secured (争取中央资金237亿元), not what is sought; 预计 the year the page's date
    looks back on (`closing`: 预计2025年… in December 2025 or January 2026) is that year's estimate."""
    if m.kind not in _ADMISSIBLE or not m.unit or m.unit == "周年":
        return False
    before = sentence[max(0, rel - 4) : rel]
    after = sentence[rel + (m.end - m.start) : rel + (m.end - m.start) + 1]
    if m.chinese and abs(m.value) < 10 and m.kind not in ("streak", "zero", "times"):
        return False
    if before.endswith(("前", "排名", "排名第", "第")) and m.unit in ("名", "位", "%", "‰"):
        return False  # (排名前10位, ESI前1%: a rank)
    sized = m.unit not in ("%", "‰", "元", "美元") and m.unit[-1] not in CLASSIFIERS  # (money is spent on a thing)
    if sized and _NAMES_A_THING.match(sentence, rel + (m.end - m.start)):
        return False  # 1公里化工腾退地块, 千亿立方米天然气生产基地: a size inside a name
    if before.endswith("年产") and _A_PROJECT_S_OUTPUT.match(sentence, rel + (m.end - m.start)):
        return False  # 年产4万吨锂盐和2万吨碳酸锂项目投产: the output a project is built for, part of its name
    if before.endswith("每") and re.match(r"[\d.]+[千万]?人口", page.text[m.start : m.start + 12]):
        return False  # 每10万人口高等教育在校生: per how many people, part of the measure
    if before[-1:] in ("+", "+") or after in ("+", "+") or (before[-1:].isascii() and before[-1:].isalpha()):
        return False
    if after == "级" and m.unit[-1:] in ("吨", "米", "瓦", "伏"):
        return False  # 10万吨级泊位, 百米级高楼: a grade inside a name
    if m.unit in ("分钟", "小时") and _NAMED_BY_TIME.match(sentence, rel + (m.end - m.start)):
        return False  # 240小时过境免签, 15分钟便民生活圈: a time inside a policy's or a service's name
    if m.unit == "年" and m.kind == "number" and not _DURATION_LEAD.search(sentence[max(0, rel - 4) : rel]):
        return False
    if m.unit in ("个月", "月") and sentence[max(0, rel - 3) : rel].endswith(("前", "今年前", "近")):
        return False  # 今年前5个月追回的…: the months a figure is of, no figure
    if m.unit == "日" and re.fullmatch(r"(?:19|20)\d{4,6}", page.text[m.start : m.end - 1]):
        return False  # 2025820日: a date whose 年 and 月 the page lost
    if m.unit == "日" and abs(m.value) <= 31 and _DAY_OF_MONTH.match(sentence, rel + (m.end - m.start)):
        return False  # 3日上午开幕, 25日电: a day of the month, not a count of days (平均办结时间3日 is one)
    if m.unit == "年" and after in ("来", "以", "间"):
        return False
    if m.unit == "次" and (before.endswith("届") or _A_MEETING.match(sentence, rel + (m.end - m.start))):
        return False  # 市委十二届十次全会: which meeting it was, not how many
    if m.kind == "number" and m.unit in ("年",) and after == "连":
        return False
    quoted = page.in_quotes(m.start, m.end)
    if quoted and m.kind != "zero" and not (quoted[0] + 1 == m.start and quoted[1] - 1 == m.end) and not _quoted_fact(page, m, quoted):
        return False
    if m.unit == "日" and after == "均":
        return False  # 110日均接警9.3万起: a daily average follows, and 110 is the hotline
    if m.unit in ("小时", "分钟", "天", "日") and page.text[m.start : m.end].endswith("内") and before.endswith("在"):
        return False  # 97.8%的命案在24小时内告破: the time the share is of, part of its name
    steps = m.unit == "个" and _STEPS.match(sentence, rel + (m.end - m.start))
    if _OUTLINE.match(sentence, rel + (m.end - m.start)) or steps:
        return False  # 15个方面的重点任务, 20个预期性指标: how a plan is laid out, not a fact
    mention_text = page.text[m.start : m.end]
    if mention_text.endswith(("以上", "以下")) and after and after not in ",。;、)):\n的(" :
        return False
    forecast = _FORECAST_IN_REVIEW if review else _FORECAST
    said = sentence[max(0, rel - 30) : rel]
    if closing is not None:
        said = said.replace(f"预计{closing}年", "")  # (预计2025年，全县地区生产总值完成87.4亿元: an estimate)
    return goals or not forecast.search(said)


def _quoted_fact(page: Page, m: Mention, quoted: tuple[int, int]) -> bool:
    """Whether a figure ends one of a list of quoted clauses that state figures (“排查整改执法突出问题
    2330个”“清理…证件5426个”……): facts the page quotes, not a number in a quoted name (“双11”,
    “民营经济32条”, “济青1.5小时”)."""
    listed = page.text[quoted[1] : quoted[1] + 1] in ("“", "…", "、", "等")
    return listed and quoted[1] - 1 == m.end and bool(m.unit) and not m.chinese and m.start - quoted[0] - 1 >= 4


_A_MEETING = re.compile(r"(?:全会|全体会议|会议|党代会|代表大会)")
