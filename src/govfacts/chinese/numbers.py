"""Numbers as Chinese reports write them: Arabic and Chinese numerals, magnitudes, units, qualifiers, streaks."""

from __future__ import annotations

# mentions(text) lists every numeric mention with its span; readable(quote, value, unit, measure) says
# whether a figure can be read in a quote. All arithmetic is Decimal: 8.36亿 is exactly 836000000.
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from govfacts.chinese.forms import simplify
from govfacts.chinese.lexicon import FALL_WORDS, GAP_ABOVE, GAP_BELOW, RISE_WORDS, alternation
from govfacts.chinese.numerals import SMALL_UNITS, chinese_to_int

MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100)}

# Measure words a report puts after a number, longest first so that 件次 wins over 件.
UNITS = (
    "个百分点", "百分点", "微克/立方米", "克/千克", "吨标准煤", "厘米", "千瓦时", "千瓦", "标准箱", "标箱", "立方米", "平方公里", "平方米",
    "公顷", "美元", "港元", "欧元", "亩", "斤", "岁", "列", "个季度", "个月", "周年", "件次", "人次", "批次", "场次", "户次", "车次", "辆次", "艘次", "航次", "班次",
    "架次", "台次", "部门", "千克", "公斤", "分钟", "小时", "公里", "连冠", "个", "件", "起", "人", "名", "次", "份", "条",
    "克", "吨", "项", "部", "所", "户", "家", "场", "座", "支", "批", "宗", "元", "年", "天", "日", "米", "辆", "台",
    "套", "张", "处", "间", "位", "篇", "期", "笔", "种", "村", "册", "本", "块", "艘", "只", "头", "盏", "颗", "枚", "轮", "倍", "成", "箱", "发",
    "%", "‰",
)
# 列 counts trains (开行3005列) but begins 列入 and 列为; 项 counts items but begins 项目 (24个百亿
# 项目: projects of that size, counted by 个; 5项目标 is still five goals); 斤 never begins a word;
# 发 counts rounds (子弹75发) only where nothing follows it: it begins 发生, 发放, 发案 ….
_NOT_BEGUN = {"人": "(?!口)", "列": "(?![入为出席])", "项": "(?!目(?!标))", "发": r"(?:(?![\u4e00-\u9fa5])|(?=以上|以下|以内|左右|内|余|多))", "箱": "(?![包体式])"}
_UNIT_ALTERNATIVES = "|".join(re.escape(u) + _NOT_BEGUN.get(u, "") for u in UNITS)
QUALIFIER_WORDS = {
    "余": "more_than", "多": "more_than", "超": "more_than", "超过": "more_than", "突破": "more_than",
    "以上": "at_least", "以内": "at_most", "内": "at_most", "以下": "at_most",
    "不足": "less_than", "不到": "less_than", "逼近": "about", "将近": "about", "接近": "about", "近": "about", "约": "about", "左右": "about", "上": "about",
    "不少于": "at_least", "不低于": "at_least", "不超过": "at_most", "不高于": "at_most", "不多于": "at_most",
}
# The qualifiers said before a number, longest first (逼近 before 近, so no 逼 is left in a name).
_BEFORE = "不少于|不低于|不超过|不高于|不多于|超过|突破|不足|不到|超|逼近|将近|接近|近|约"
_CN = "零〇一二两三四五六七八九十百千万亿"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
# 成 is a unit (三成 = 30%) except where it starts a word: 成功, 成效, 成员 …
_CHENG_WORDS = set("功效员果立为本绩交都型熟长品案")

# A minus directly before a number makes it negative (气温-5℃, 增速为负2%), except where the
# dash joins two numbers (3-5个, 5%-5.5%, 2021-2025年) or 负 ends a word (减负1000亿元, 抱负).
_SIGN = rf"(?:(?<![0-9A-Za-z.%‰{_CN}])[-−－]|(?<![减抱胜担肩欺辜自正重不])负)"
_SIGN_RE = re.compile(_SIGN)
_SIGN_CHAR = re.compile(r"[-−－负]")
_NUMBER_RE = re.compile(
    r"(?<![A-Za-z_])(?<![A-Za-z_][0-9.])(?<![A-Za-z_][0-9][0-9.])"  # PM2.5, C919, 5G are names, not figures
    rf"(?P<pre>{_BEFORE}|上(?=[百千万]))?"
    rf"(?P<sign>{_SIGN})?"
    rf"(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|[{_CN}]+)"  # (8,500亿元)
    r"(?P<q1>余|多)?"
    r"(?P<mag>万亿|亿|万|千(?!克|瓦))?"
    r"(?P<q2>余|多)?"
    r"(?P<unit>" + _UNIT_ALTERNATIVES + r")?"
    r"(?P<post>以上|以下|以内|左右|内(?![容部外地涵])|(?<=倍)多|(?<=倍)余)?"  # (增长1倍多)
)
_STREAK_RE = re.compile(rf"连续(?P<num>[0-9]+|[{_CN}]+)(?P<unit>年|个月|届|次|天)")
# 三夺, 两获, 二度获评: times won; 度 only before the winning (一度十分绝望, 房价一度上涨: at one time).
_TIMES_RE = re.compile(
    r"(?P<num>[一二两三四五六七八九十])(?P<verb>夺|获|(?<!一)度(?=获|夺|荣获|入选|当选|被评|被授|被命名|蝉联|问鼎|摘得|登上|成为))"
)  # (一度被…所困扰: at one time, no count)
_ZERO_RE = re.compile(r"(?:零|“0”|\"0\"|0)(?=发生|事故|伤亡|死亡)")
# What joins the two ends of a range: 5%—5.5%, 5—5.5%, 5%～5.5%, 5%至5.5%, 5-5.5%.
RANGE_JOINS = ("——", "—", "–", "－", "-", "～", "~", "〜", "至", "到")
_RANGE_JOIN = "|".join(re.escape(j) for j in RANGE_JOINS)
# The lower end of a range that leaves its magnitude and unit to the upper end (5—5.5%, 1.2至1.5万亿元).
_BARE_LOW_RE = re.compile(
    rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?:{_RANGE_JOIN})(?=\d+(?:\.\d+)?(?P<mag>万亿|亿|万|千)?"
    r"(?P<unit>" + _UNIT_ALTERNATIVES + r"))"
)

# An item of a list that leaves its magnitude and unit to the last (分别提高30.8、16.5个百分点;
# 分别达到3.8、6.5万元): a share or points always, other units only after 分别.
_BARE_ITEM_RE = re.compile(
    r"(?<![\d.第])(?P<num>\d+(?:\.\d+)?)(?=(?:、\d+(?:\.\d+)?)*、\d+(?:\.\d+)?(?P<mag>万亿|亿|万|千)?"
    r"(?P<unit>" + _UNIT_ALTERNATIVES + r"))"
)


def _shares_unit(text: str, m: re.Match[str]) -> bool:
    unit = m.group("unit")
    if unit == "年" and "." not in m.group("num") and len(m.group("num")) == 4 or unit in ("月", "日"):
        return False  # 2023、2024年, 3、4月: dates
    return unit in ("%", "‰", "个百分点", "百分点") or "分别" in text[max(0, m.start() - 12) : m.start()]


def _unit_from_after(m: re.Match[str]) -> Mention:
    """The number of a range's lower end or a list's item, in the magnitude and unit said after it."""
    unit, mag = m.group("unit"), m.group("mag")
    value = Decimal(m.group("num")) * (MAGNITUDES[mag] if mag else 1)
    if unit == "成":
        value, unit = value * 10, "%"
    unit = {"百分点": "个百分点", "万元": "元", "亿元": "元"}.get(unit, unit)
    kind = "percent" if unit == "%" else "points" if unit == "个百分点" else "number"
    return Mention(_plain(value), unit, None, m.start(), m.end("num"), kind)


@dataclass(frozen=True)
class Mention:
    """One number in a text: its value in plain units, its unit, qualifier and span."""

    value: Decimal
    unit: str
    qualifier: str | None
    start: int
    end: int
    kind: str = "number"  # number | percent | points | streak | times | date | ordinal | zero
    chinese: bool = False

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


def normalize_digits(text: str) -> str:
    """Full-width digits, point and per cent to ASCII, one character for one (spans stay valid)."""
    return text.translate(_FULLWIDTH)


def to_decimal(num: str) -> Decimal:
    """An Arabic or Chinese numeral as a Decimal."""
    if num[0].isdigit():
        return Decimal(num.replace(",", ""))
    return Decimal(chinese_to_int(num))


def _plain(d: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent notation (239877000, not 2.39877E+8)."""
    d = d.normalize()
    if d != d.to_integral_value():
        return d
    try:
        return d.quantize(Decimal(1))
    except InvalidOperation:  # (more digits than a Decimal context holds: a long code, not a figure to print)
        return d


def _qualifier(m: re.Match[str]) -> str | None:
    for group in ("q1", "q2", "post", "pre"):
        word = m.group(group)
        if word:
            return QUALIFIER_WORDS.get(word)
    return None


def _is_year(num: str) -> bool:
    """Whether a numeral before 年 can be a year: four digits, 1900 to 2100 (2025, not 10.5 or 800)."""
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100


def _classify(text: str, m: re.Match[str], unit: str) -> str:
    start, end = m.start("num"), m.end()
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if before == "第":
        return "ordinal"
    if unit == "年" and _is_year(m.group("num")) and not any(m.group(g) for g in ("pre", "q1", "mag", "q2")):
        return "date"  # 2025年; 近2000年 and 2000余年 are spans of years
    if not unit and after in ("月", "日", "号", "时", "点", "年") and not m.group("mag"):
        return "date"
    if unit == "日" and text[max(0, start - 1) : start] == "月":
        return "date"
    if unit in ("%", "成"):
        return "percent"
    if unit in ("个百分点", "百分点"):
        return "points"
    if unit == "连冠":
        return "streak"
    return "number"


def mentions(text: str) -> list[Mention]:
    """Every numeric mention in `text`, in order, with value, unit, qualifier and span.

    Dates, ordinals (第3) and unit-less numbers are listed too, told apart by `kind`
    and `unit`, so that a caller decides what counts as a figure. Chinese numerals are
    listed only where a unit, a magnitude or a qualifier shows they are a quantity.
    """
    text = normalize_digits(text)
    out: list[Mention] = []
    taken: set[int] = set()  # the positions of streaks, times and zeros, which numbers there are not
    for m in _STREAK_RE.finditer(text):
        value = to_decimal(m.group("num"))
        out.append(Mention(value, m.group("unit"), None, m.start(), m.end(), "streak", not m.group("num")[0].isdigit()))
        taken.update(range(m.start(), m.end()))
    for m in _TIMES_RE.finditer(text):
        if m.start() in taken:
            continue
        out.append(Mention(to_decimal(m.group("num")), "次", None, m.start(), m.start() + 1, "times", True))
        taken.add(m.start())
    for m in _BARE_LOW_RE.finditer(text):
        if m.group("unit") == "年" and "." not in m.group("num") and len(m.group("num")) == 4:
            continue  # 2021-2025年: years, not a range of durations
        out.append(_unit_from_after(m))
        taken.update(range(m.start(), m.end("num")))
    for m in _BARE_ITEM_RE.finditer(text):
        if m.start() in taken or not _shares_unit(text, m):
            continue
        out.append(_unit_from_after(m))
        taken.update(range(m.start(), m.end("num")))
    for m in _ZERO_RE.finditer(text):
        out.append(Mention(Decimal(0), "起", None, m.start(), m.end(), "zero", m.group(0) == "零"))
        taken.update(range(m.start(), m.end()))
    for m in _NUMBER_RE.finditer(text):
        if m.start("num") in taken:
            continue
        num = m.group("num")
        chinese = not num[0].isdigit()
        unit = m.group("unit") or ""
        end = m.end()
        if unit == "成" and text[end : end + 1] in _CHENG_WORDS:
            unit = ""
        spaced_percent = not unit and not m.group("mag") and re.match(r"[ \u00a0]%", text[m.end("num") : m.end("num") + 2])
        if spaced_percent:
            unit = "%"
        if chinese:
            if not (unit or m.group("mag") or m.group("q1") or m.group("pre")):
                continue
            if len(num) == 1 and num in "万亿" and not (m.group("pre") and unit):
                continue  # (突破万列, 超万人: a magnitude said with its qualifier and unit is a number)
            if num in ("千", "百", "万") and not (m.group("q1") or m.group("pre")):
                continue
            if 2 <= len(num) <= 3 and all(c in "一二两三四五六七八九" for c in num):
                continue  # (三四个, 两三年: a guess of a count; 六三种业: a name; a count says 十 or 百)
        try:
            value = to_decimal(num)
            if chinese and value == 0 and re.fullmatch(r"[十百千万亿]+", num):  # 超万亿元: the magnitudes alone
                if m.group("pre") is None or m.group("pre") == "上" and not _stepped(text, m):
                    continue  # (2个万亿元大关: only what the milestones are; 迈上万亿元台阶 is the level)
                value = Decimal(1)
                for c in num:
                    value *= MAGNITUDES.get(c) or SMALL_UNITS[c]
        except (ValueError, ArithmeticError):
            continue
        mag = m.group("mag")
        if mag:
            value *= MAGNITUDES[mag]
        if m.group("pre") == "上":
            value = MAGNITUDES.get(num, value) if len(num) == 1 else value
        if unit == "成":
            value, unit = value * 10, "%"
        if unit in ("万元", "亿元"):
            unit = "元"
        if unit == "百分点":
            unit = "个百分点"
        kind = "percent" if spaced_percent else _classify(text, m, unit)
        signed = bool(m.group("sign")) and kind not in ("date", "ordinal")
        if signed:
            value = -value if value else value  # -0℃ is 0
        stepped = _stepped(text, m)  # (迈上万亿元台阶: the 上 is the verb's, not the figure's)
        start = m.start("pre") if m.group("pre") and not stepped else m.start("sign") if signed else m.start("num")
        if spaced_percent:
            end, post = m.end("num") + 2, None
        elif not unit:
            end = m.end("q2") if m.group("q2") else m.end("mag") if mag else m.end("q1") if m.group("q1") else m.end("num")
            post = None
        else:
            post = m.group("post")
        qualifier = _qualifier(m) if (unit or post or m.group("q1") or m.group("q2") or m.group("pre")) else None
        qualifier = None if stepped else qualifier
        out.append(Mention(_plain(value), unit, qualifier, start, end, kind, chinese))
    out.sort(key=lambda x: x.start)
    return out


def _stepped(text: str, m: re.Match[str]) -> bool:
    return m.group("pre") == "上" and text[m.start("pre") - 1 : m.start("pre")] in ("迈", "跨", "登", "跃")


_FALLING = (*FALL_WORDS, *GAP_BELOW, "减", "降")  # (低于全国0.3个百分点 is read as −0.3, as extract drafts it)
_CHANGE_WORD = re.compile(alternation(*FALL_WORDS, *RISE_WORDS, *GAP_ABOVE, *GAP_BELOW) + "|减|降|增|升")


def readable(quote: str, value: float | int | str | Decimal, unit: str, measure: str = "level") -> bool:
    """Whether the figure (value, unit, measure) can be read in `quote`.

    19.1% reads as 19.1 %; 下降15.9% as -15.9 (a change); 1.47万件 and 14700余件 as 14700 件;
    8.36亿元 as 836000000 元; 十九连冠 as 19 连冠; 三成 as 30 %; 连续两年 as 2 年.
    """
    return stated(quote, value, unit, measure) is not None


def stated(quote: str, value: float | int | str | Decimal, unit: str, measure: str = "level") -> str | None:
    """The figure as its quote prints it (14700余件, 4282个, 十九连冠, 约三成), or None if unreadable.

    "" means readable but not printable as a figure (零发生, 三夺).
    The words of a change (下降, 提升) are left out: the figure is the number and its unit.
    The plain form (24.4%, 30项), which most quotes use, is found without reading every
    number of the quote; anything else is read in full. Both give the same answer.
    A level's sign is the quote's: -5℃ reads as -5 and is printed with its minus, never as 5.
    A change's sign is its words' (下降, 增长), as before.
    """
    found = _stated(quote, value, unit, measure)
    if found is None and (plain := simplify(quote)) != quote:
        found = _stated(plain, value, unit, measure)  # (地區生產總值5.2萬億元: read in simplified characters)
    return found


def _stated(quote: str, value: float | int | str | Decimal, unit: str, measure: str) -> str | None:
    target = Decimal(str(value))
    flat = normalize_digits(re.sub(r"\s+", "", quote))
    if unit and unit not in _NOT_PLAIN:
        plain = format(_plain(abs(target)), "f")
        at = flat.find(plain + unit)
        after = flat[at + len(plain) + len(unit) : at + len(plain) + len(unit) + 1]
        if (
            at >= 0
            and (at == 0 or not (flat[at - 1].isdigit() or flat[at - 1] in ".．第"))
            and flat.find(plain + unit, at + 1) < 0
            and not (after and (after in _UNIT_TAILS))
        ):
            begin = at
            if measure == "change":
                said = _CHANGE_WORD.findall(flat[:at]) if target != 0 else None
                fits = said is None or (target < 0) == (bool(said) and said[-1] in _FALLING)
            else:
                minus = at > 0 and _SIGN_RE.match(flat, at - 1) is not None
                fits = minus == (target < 0) or target == 0  # -0℃ is 0℃
                begin = at - 1 if minus else at
            if fits:
                end = at + len(plain) + len(unit)
                pre, post = _PRE.search(flat, 0, begin), _POST.match(flat, end)
                return flat[pre.start() if pre else begin : post.end() if post else end]
    return _stated_by_mentions(flat, target, unit, measure)


def points_shared(found: list[Mention], text: str) -> list[Mention]:
    """快于全国3.4个、1个百分点: 百分点 written once after the last figure of a list joined by 、
    holds for the earlier ones, which read alone as counts of 个."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        m, after = out[k], out[k + 1]
        if m.unit == "个" and after.unit == "个百分点" and text[m.end : after.start] == "、":
            out[k] = Mention(m.value, after.unit, m.qualifier, m.start, m.end, after.kind, m.chinese)
    return out


# Units whose plain form may be a date or an ordinal, or whose reading needs more than a number.
_NOT_PLAIN = frozenset({"年", "月", "日", "天", "元", "成", "连冠", "个百分点", "百分点"})
# The qualifiers around a plain figure, as _NUMBER_RE reads them: 超过30项, 30项以上.
_PRE = re.compile(rf"(?:{_BEFORE})$")
_POST = re.compile(r"以上|以下|以内|左右|内(?![容部外地涵])")
# What may follow a unit and make it another one (件 of 件次, 人 of 人次, 个 of 个月 …).
_UNIT_TAILS = frozenset("次月点")


def _stated_by_mentions(flat: str, target: Decimal, unit: str, measure: str) -> str | None:
    """stated(), by reading every number of the (flattened) quote."""
    change = measure == "change"
    for m in points_shared(mentions(flat), flat):
        if (abs(m.value) != abs(target) if change else m.value != target) or m.kind in ("date", "ordinal"):
            continue
        if not _unit_fits(m.unit, unit):
            continue
        if change and target != 0:
            said = _CHANGE_WORD.findall(flat[: m.start])
            falling = bool(said) and said[-1] in _FALLING
            if (target < 0) != falling:
                continue  # 下降15.9% is -15.9, never +15.9; 提升11.53% is +11.53
        text = flat[m.start : m.end]
        if change and m.value < 0:
            text = _SIGN_CHAR.sub("", text, count=1)  # a change's sign is its words', as in the plain form
        if m.kind in ("zero", "times"):  # 零发生, 三夺: read, but not a figure to print
            return ""
        return text if m.unit else text + unit  # a counter may be left unsaid: 4282 (个)
    return None


_COUNTERS = {"个", "项", "人", "部", "件", "条", "家", "所", "户", "名", "次", "起"}


def _unit_fits(said: str, wanted: str) -> bool:
    if said == wanted:
        return True
    if said == "部门" and wanted == "个":
        return True
    if said == "连冠" and wanted in ("连冠", "年", "届", "次"):
        return True
    return not said and wanted in _COUNTERS


def stated_range(
    quote: str, low: float | int | str | Decimal, high: float | int | str | Decimal, unit: str, measure: str = "level"
) -> str | None:
    """A range as its quote prints it (5%—5.5%, 5—5.5%, 2%至3%), or None when the quote does
    not state these two ends joined as a range. A fall's ends are signed (下降2%—3%: -3, -2)."""
    flat = normalize_digits(re.sub(r"\s+", "", quote))
    ends = {abs(Decimal(str(low))), abs(Decimal(str(high)))}
    found = [m for m in mentions(flat) if m.kind not in ("date", "ordinal") and _unit_fits(m.unit, unit)]
    for a, b in zip(found, found[1:], strict=False):
        if {a.value, b.value} == ends and a.value != b.value and flat[a.end : b.start] in RANGE_JOINS:
            if measure == "change" and not readable(flat, low, unit, measure):
                continue  # the quote says the change the other way
            end = b.end
            post = _POST.match(flat, end)
            return flat[a.start : post.end() if post else end]
    return None
