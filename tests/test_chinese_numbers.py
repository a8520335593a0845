"""Numbers as reports write them: values, units, qualifiers, spans, and whether a figure reads in a quote."""

from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govfacts.chinese.numbers import UNITS, mentions, readable, stated
from govfacts.chinese.numerals import chinese_to_int, int_to_chinese

DATA = Path(__file__).resolve().parent.parent / "data" / "facts.toml"


def one(text: str) -> tuple[str, str, str | None, str]:
    """The only figure-like mention of a text: (value, unit, qualifier, its own words)."""
    found = [m for m in mentions(text) if m.kind not in ("date", "ordinal")]
    assert len(found) == 1, found
    m = found[0]
    return str(m.value), m.unit, m.qualifier, text[m.start : m.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刑事警情同比下降19.1%", ("19.1", "%", None, "19.1%")),
        ("累计提供各类法律服务19万余次", ("190000", "次", "more_than", "19万余次")),
        ("全市电诈案件追赃挽损数达8.36亿元", ("836000000", "元", None, "8.36亿元")),
        ("成功摸排重点领域矛盾纠纷1.47万件", ("14700", "件", None, "1.47万件")),
        ("标的总额31456.20万元", ("314562000", "元", None, "31456.20万元")),
        ("案件数下降三成", ("30", "%", None, "三成")),
        ("结案率提高5.2个百分点", ("5.2", "个百分点", None, "5.2个百分点")),
        ("平安衢州建设实现“十九连冠”", ("19", "连冠", None, "十九连冠")),
        ("连续两年荣获省“安全发展铜鼎”", ("2", "年", None, "连续两年")),
        ("常住人口二十三万人", ("230000", "人", None, "二十三万人")),
        ("查封涉案资产4500多万元", ("45000000", "元", "more_than", "4500多万元")),
        ("千余名居民到场", ("1000", "名", "more_than", "千余名")),
        ("组建超2700余人的团队", ("2700", "人", "more_than", "超2700余人")),
        ("市场主体突破200万户", ("2000000", "户", "more_than", "突破200万户")),
        ("矛盾纠纷就地化解率保持在97%以上", ("97", "%", "at_least", "97%以上")),
        ("平均办结时间缩短至3日以内", ("3", "日", "at_most", "3日以内")),
        ("收缴子弹120发、", ("120", "发", None, "120发")),
        ("收缴烟花爆竹38箱", ("38", "箱", None, "38箱")),
        ("出动巡逻车1800余台次", ("1800", "台次", "more_than", "1800余台次")),
        ("不足5人的小组", ("5", "人", "less_than", "不足5人")),
        ("不到200家", ("200", "家", "less_than", "不到200家")),
        ("闲置近5年", ("5", "年", "about", "近5年")),
        ("每周收到上百个求助", ("100", "个", "about", "上百个")),
        ("约120名志愿者", ("120", "名", "about", "约120名")),
        ("处置时间30分钟左右", ("30", "分钟", "about", "30分钟左右")),
        ("来访12件次", ("12", "件次", None, "12件次")),
        ("盗窃案件下降了12.4 %", ("12.4", "%", None, "12.4 %")),
        ("网格员３２０名", ("320", "名", None, "３２０名")),
        ("免费筛查不少于5万名", ("50000", "名", "at_least", "不少于5万名")),
        ("优良天数比例不低于90%", ("90", "%", "at_least", "不低于90%")),
        ("居民消费价格涨幅不超过3%", ("3", "%", "at_most", "不超过3%")),
        ("外贸进出口增长1倍多", ("1", "倍", "more_than", "1倍多")),
        ("旅游收入超万亿元", ("1000000000000", "元", "more_than", "超万亿元")),
        ("中欧班列开行突破万列", ("10000", "列", "more_than", "突破万列")),
        ("民生支出超百亿元", ("10000000000", "元", "more_than", "超百亿元")),
        ("海洋生产总值迈上万亿元台阶", ("1000000000000", "元", None, "万亿元")),  # (上 is 迈上's)
        ("市场主体总量接近560万户", ("5600000", "户", "about", "接近560万户")),
        ("产业集群规模逼近1.1万亿元", ("1100000000000", "元", "about", "逼近1.1万亿元")),  # (no 逼 left behind)
        ("将近300家企业完成改造", ("300", "家", "about", "将近300家")),
    ],
)
def test_mentions(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert one(text) == expected


def test_fa_counts_rounds_only_where_no_word_goes_on_from_it() -> None:
    assert one("全年3发生火灾")[1] == ""
    assert one("2025年共36发案")[1] == ""


def test_a_run_of_chinese_digits_without_ten_or_hundred_is_no_count() -> None:
    assert mentions("六三种业获评国家级企业") == []  # (a firm's name)
    assert mentions("三四个乡镇") == [] and mentions("两三年内") == []  # (a guess, not a figure)
    assert [(str(m.value), m.unit) for m in mentions("新建十二个站点，二〇二五年")] == [("12", "个"), ("2025", "年")]


def test_a_size_before_projects_is_no_count_of_items() -> None:
    assert [(str(m.value), m.unit) for m in mentions("实施24个百亿项目")] == [("24", "个")]
    assert [(str(m.value), m.unit) for m in mentions("完成5项目标任务，新增12项")] == [("5", "项"), ("12", "项")]


def test_points_are_kept_apart_from_per_cent() -> None:
    found = mentions("办结率下降了1.37个百分点,收案上升8.06%")
    assert [(str(m.value), m.unit, m.kind) for m in found] == [("1.37", "个百分点", "points"), ("8.06", "%", "percent")]


def test_every_mention_of_a_list_with_spans() -> None:
    text = "2025年,全年刑事、治安警情同比分别下降19.1%、3.3%"
    found = mentions(text)
    assert [(text[m.start : m.end], m.kind) for m in found] == [("2025年", "date"), ("19.1%", "percent"), ("3.3%", "percent")]


def test_four_characters_of_years_with_a_point_are_a_duration_not_a_date() -> None:
    """11.7年 (years of schooling) is four characters like a year, but no year: it stopped the
    drafter with an internal error on a real report."""
    (m,) = mentions("平均受教育年限提高到11.7年")
    assert (str(m.value), m.unit, m.kind) == ("11.7", "年", "number")


def test_dates_and_ordinals_are_marked() -> None:
    kinds = {"6月26日": "date", "第34个国际禁毒日": "ordinal", "2013年": "date", "全省第1位": "ordinal"}
    for text, kind in kinds.items():
        assert any(m.kind == kind for m in mentions(text)), text


def test_words_with_numerals_are_not_numbers() -> None:
    assert mentions("统一标准,一体推进,三衢大地") == []
    assert mentions("受害人一度十分绝望,房价一度上涨") == []  # (一度: at one time)
    assert [(str(m.value), m.kind) for m in mentions("二度获评全国文明城市")] == [("2", "times")]
    assert [m.unit for m in mentions("调解成功率达99.98%")] == ["%"]


def test_zero_and_times() -> None:
    assert [(str(m.value), m.kind) for m in mentions("生产安全事故零发生")] == [("0", "zero")]
    assert [(str(m.value), m.unit, m.kind) for m in mentions("两夺省“安全发展鼎”")] == [("2", "次", "times")]


@pytest.mark.parametrize(
    ("quote", "value", "unit", "measure"),
    [
        ("全年刑事、治安警情同比分别下降19.1%、3.3%", -19.1, "%", "change"),
        ("电诈发案数、损失数同比分别下降15.9%、34.6%", -15.9, "%", "change"),
        ("成功摸排重点领域矛盾纠纷14700余件", 14700, "件", "level"),
        ("成功摸排重点领域矛盾纠纷1.47万件", 14700, "件", "level"),
        ("全市电诈案件追赃挽损数达8.36亿元", 836000000, "元", "level"),
        ("平安衢州建设实现“十九连冠”", 19, "连冠", "level"),
        ("案件数下降三成", -30, "%", "change"),
        ("连续两年荣获省“安全发展铜鼎”", 2, "年", "level"),
        ("标的总额31456.20万元", Decimal("314562000"), "元", "level"),
        ("增加值增长4.1%，低于全国0.6个百分点", -0.6, "个百分点", "change"),  # a gap's sign is its word's
        ("收入下降2%，快于全国1.2个百分点", 1.2, "个百分点", "change"),
    ],
)
def test_readable(quote: str, value: float, unit: str, measure: str) -> None:
    assert readable(quote, value, unit, measure)


@pytest.mark.parametrize(
    ("quote", "value", "unit", "measure"),
    [
        ("同比下降19.1%", 19.2, "%", "change"),
        ("同比上升19.1%", -19.1, "%", "change"),
        ("同比下降19.1%", 19.1, "%", "change"),
        ("执结率分别提升11.53%、6.47%", -11.53, "%", "change"),
        ("办结率下降了1.37个百分点", -1.37, "%", "change"),
        ("成功摸排重点领域矛盾纠纷1.47万件", 1470, "件", "level"),
        ("2025年,全市", 2025, "年", "level"),
        ("8.36亿元", 836000000.0000001, "元", "level"),
        ("增加值增长4.1%，低于全国0.6个百分点", 0.6, "个百分点", "change"),
    ],
)
def test_not_readable(quote: str, value: float, unit: str, measure: str) -> None:
    assert not readable(quote, value, unit, measure)


def test_every_shipped_figure_reads_in_its_quote() -> None:
    base = tomllib.loads(DATA.read_text(encoding="utf-8"))
    unread = [i["id"] for i in base["indicator"] if not readable(i["quote"], i["value"], i["unit"], i["measure"])]
    assert unread == []


@pytest.mark.parametrize(("text", "n"), [("十九", 19), ("二十三", 23), ("两千", 2000), ("一百零五", 105), ("一万二千", 12000), ("二〇一七", 2017)])
def test_chinese_to_int(text: str, n: int) -> None:
    assert chinese_to_int(text) == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert chinese_to_int(int_to_chinese(n)) == n


def test_our_reading_agrees_with_cn2an() -> None:
    cn2an = pytest.importorskip("cn2an")  # imported once, before any example runs

    @given(st.integers(min_value=1, max_value=99_999_999))
    def agrees(n: int) -> None:
        assert chinese_to_int(cn2an.an2cn(n)) == n

    agrees()


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2))
def test_magnitudes_are_exact(d: Decimal) -> None:
    text = f"金额{d}万元"
    (m,) = mentions(text)
    assert m.value == d * 10000 and m.unit == "元"
    assert readable(text, d * 10000, "元")


@given(
    st.sampled_from(["全市", "2024年,全县", "今年以来,", "较去年", ""]),
    st.sampled_from(["刑事警情", "受理案件", "群众安全感", "调解纠纷"]),
    st.sampled_from(["", "同比", "同比下降", "同比上升", "下降了", "增长", "达"]),
    st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False),
    st.sampled_from(["%", "件", "起", "人", "个", "项", "件次", "人次"]),
    st.sampled_from(["", "。", ",其中", "以上", "余", "次"]),
    st.sampled_from([-1, 1]),
    st.sampled_from(["level", "change"]),
)
def test_the_plain_form_shortcut_agrees_with_reading_every_number(head, noun, word, value, unit, tail, sign, measure):
    from govfacts.chinese.numbers import _stated_by_mentions, stated

    text = f"{head}{noun}{word}{format(value.normalize(), 'f')}{unit}{tail}"
    figure = value * sign
    shortcut = stated(text, figure, unit, measure)
    assert shortcut == _stated_by_mentions(text, figure, unit, measure), text


# Every way a report writes one figure: a qualifier in one of its places, a sign, digits with or
# without decimals, a magnitude, a unit. The reader must never fail and must read the value back.
_QUALIFIED = [  # (before the sign, after the digits, after the magnitude, after the unit, qualifier)
    ("", "", "", "", None), ("超过", "", "", "", "more_than"), ("突破", "", "", "", "more_than"),
    ("超", "", "", "", "more_than"), ("不足", "", "", "", "less_than"), ("不到", "", "", "", "less_than"),
    ("近", "", "", "", "about"), ("约", "", "", "", "about"), ("", "余", "", "", "more_than"),
    ("", "多", "", "", "more_than"), ("", "", "余", "", "more_than"), ("", "", "多", "", "more_than"),
    ("", "", "", "以上", "at_least"), ("", "", "", "以下", "at_most"), ("", "", "", "以内", "at_most"),
    ("", "", "", "左右", "about"), ("", "", "", "内", "at_most"),
]


@settings(deadline=None, max_examples=300)
@given(
    st.sampled_from(["", "全年", "指标为", "其中", "比例达", "数量是"]),
    st.sampled_from(_QUALIFIED),
    st.sampled_from(["", "-", "−", "负"]),
    st.integers(min_value=0, max_value=10**9),
    st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,4}", fullmatch=True)),
    st.sampled_from(["", "万", "亿"]),
    st.sampled_from(UNITS),
    st.sampled_from(["", "。", ",其余另计", ";"]),
)
@example("指标为", _QUALIFIED[0], "", 10, ".5", "", "年", "")  # 10.5年 was read as a year and crashed
@example("全年", _QUALIFIED[0], "-", 5, "", "", "个", "")  # -5个 was read as 5
@example("其中", _QUALIFIED[0], "", 3, "", "", "千克", "")  # 3千克 was read as 3000 克
@example("", _QUALIFIED[-1], "", 0, "", "", "发", "")  # 发 (rounds) takes the qualifiers after a unit: 0发内
@example("", _QUALIFIED[12], "", 50, "", "", "发", "")  # 50发以上
def test_every_unit_reads_back_exactly(head, qualified, sign, whole, fraction, magnitude, unit, tail):
    pre, q1, q2, post, qualifier = qualified
    if q2 and not magnitude:
        q1, q2 = q2, ""  # 余 after a magnitude that is not there is 余 after the digits
    digits = f"{whole}{fraction}"
    figure = f"{pre}{sign}{digits}{q1}{magnitude}{q2}{unit}{post}"
    text = f"{head}{figure}{tail}"
    found = [m for m in mentions(text) if m.kind not in ("zero", "times")]
    assert len(found) == 1, (text, found)
    (m,) = found
    if unit == "年" and not (pre or q1 or q2 or magnitude) and 1900 <= whole <= 2100 and len(digits) == 4:
        assert m.kind == "date" and m.value == whole  # 2025年 is a year, whatever stands before it
        return
    value = Decimal(digits) * {"": 1, "万": 10**4, "亿": 10**8}[magnitude] * (10 if unit == "成" else 1)
    if sign and value:
        value = -value
    said = {"成": "%", "百分点": "个百分点"}.get(unit, unit)
    assert (m.value, m.unit, m.qualifier, text[m.start : m.end]) == (value, said, qualifier, figure), text
    assert stated(text, value, said) == figure, text
    assert readable(text, value, said) and not (value and readable(text, -value, said)), text


def test_the_measure_words_of_whole_reports():
    """Areas, grain, power, containers, trains, currencies and concentrations are figures too."""
    from govfacts.chinese.numbers import mentions

    said = {
        "新建高标准农田120万亩": (1200000, "亩"), "粮食产量700亿斤": (70000000000, "斤"),
        "新增装机3000万千瓦": (30000000, "千瓦"), "用电量4.2万亿千瓦时": (4200000000000, "千瓦时"),
        "吞吐量4387万标箱": (43870000, "标箱"), "开行班列3005列": (3005, "列"),
        "实际使用外资115.6亿美元": (11560000000, "美元"), "用能1302万吨标准煤": (13020000, "吨标准煤"),
        "浓度降至25微克/立方米": (25, "微克/立方米"), "人均预期寿命80岁": (80, "岁"),
    }
    for text, (value, unit) in said.items():
        assert [(m.value, m.unit) for m in mentions(text) if m.unit] == [(value, unit)], text
    assert [m.unit for m in mentions("5个项目列入省重点")] == ["个"]  # 列入 is a verb
    assert [(m.value, m.unit) for m in mentions("PM2.5浓度为25微克/立方米")] == [(25, "微克/立方米")]  # PM2.5 is a name


def test_points_written_once_after_a_list_hold_for_each_figure_of_it() -> None:
    from govfacts.chinese.numbers import readable

    quote = "工业、服务业增速分别快于全国2.6个、0.8个百分点"
    assert readable(quote, 2.6, "个百分点", "change") and readable(quote, 0.8, "个百分点", "change")
    assert readable("新建学校3个、医院2个", 3, "个")  # (a list of counts stays counts)


def test_a_quote_in_traditional_characters_is_read_as_the_drafter_reads_it() -> None:
    from govfacts.chinese.numbers import readable

    assert readable("全市地區生產總值5.2萬億元、增長5.4%", 5200000000000, "元")
    assert readable("高於全國0.4個百分點", 0.4, "个百分点", "change")
    assert readable("核心區平房申請式退租2006戶", 2006, "户")
    assert not readable("全市地區生產總值5.2萬億元", 5300000000000, "元")


def test_thousands_separated_by_commas_are_one_number() -> None:
    assert [(str(m.value), m.unit) for m in mentions("地方一般公共预算收入达8,500亿元，年增1.5%")] == [("850000000000", "元"), ("1.5", "%")]
    assert [(str(m.value), m.unit) for m in mentions("达到3,100.5万元")] == [("31005000", "元")]
    # (a comma that ends a clause before a number of other than three digits is a clause's comma)
    assert [(str(m.value), m.unit) for m in mentions("增长5%,120个项目开工")] == [("5", "%"), ("120", "个")]
    assert readable("地方一般公共預算收入達8,500億元", 850000000000, "元")


def test_a_number_longer_than_a_decimal_holds_is_read_without_error():
    from govfacts.chinese.numbers import mentions

    found = mentions("编号100000000000000000000000000001号，受理案件300件")
    assert [str(m.value) for m in found][-1] == "300"


def test_a_list_item_without_a_unit_takes_the_last_item_s() -> None:
    found = [(str(m.value), m.unit) for m in mentions("比率分别上升4.2、1.5个百分点")]
    assert found == [("4.2", "个百分点"), ("1.5", "个百分点")]
    found = [(str(m.value), m.unit) for m in mentions("人均收入分别达到3.8、6.5万元")]
    assert found == [("38000", "元"), ("65000", "元")]
    # other units are shared only after 分别; dates and years never
    assert [m.unit for m in mentions("编号7、8个") if m.kind not in ("date", "ordinal")] == ["", "个"]
    assert all(m.unit != "年" or m.kind == "date" for m in mentions("2023、2024年"))
    assert [m.unit for m in mentions("3、4月份") if m.unit == "月"] == []
