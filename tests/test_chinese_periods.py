"""Period expressions resolved against a page's date, with the text's own words as the label."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govfacts.chinese.periods import find_periods, page_date, resolve


@pytest.mark.parametrize(
    ("text", "date", "period", "label"),
    [
        ("2025年,全年刑事、治安警情同比分别下降", "2026-01", "2025", "2025年"),
        ("2025年1至11月,全市交通事故起数", "2025-12", "2025-01/2025-11", "2025年1至11月"),
        ("1-9月份,全县共受理纠纷", "2014-10-08", "2014-01/2014-09", "1-9月份"),
        ("1月至5月,全市火灾起数", "2019-06-10", "2019-01/2019-05", "1月至5月"),
        ("截至2025年6月,全市共有", "2025-12", "2025", "截至2025年6月"),
        ("截至4月15日,全区共办结", "2020-04-20", "2020", "截至4月15日"),
        ("截至2025年底,衢州出台地方性法规", "2026-01", "2025", "截至2025年底"),
        ("今年以来,全县共调处纠纷", "2024-06-30", "2024", "今年以来"),
        ("仅今年从江西省流入的产业工人", "2025-11-25", "2025", "今年"),
        ("去年,特殊群体管理持续创新", "2026-01", "2025", "去年"),
        ("过去一年,柯城区以平安建设为主线", "2025", "2024", "过去一年"),
        ("五年来,衢州市政法系统聚焦", "2025-11-25", "2021/2025", "五年来"),
        ("“十四五”以来,累计创成", "2025-12", "2021/2025", "“十四五”以来"),
        ("十四五期间,全市新建", "2023", "2021/2025", "十四五期间"),
        ("“十三五”时期,全县", "2021", "2016/2020", "“十三五”时期"),
        ("近五年省际边界警情下降23.6%", "2025-11-25", "2021/2025", "近五年"),
        ("2020年以来,全市电诈案件追赃挽损数达8.36亿元", "2025-12", "2020/2025", "2020年以来"),
        ("今年3月,全县查处无证驾驶", "2019-04-02", "2019-03", "今年3月"),
        ("去年11月,该处房产成交", "2025-11-25", "2024-11", "去年11月"),
        ("2019年3月,全区开展", "2019-05", "2019-03", "2019年3月"),
        ("目前,全市共有人民调解委员会", "2024-03-15", "2024-03", "目前"),
        ("全区现有网格员", "2024-03-15", "2024-03", "现有"),
        ("2011年至2016年,全县群众安全感", "2017", "2011/2016", "2011年至2016年"),
        ("为期3年的专项斗争", "2020", "2018/2020", "为期3年"),
        ("3年来,全县共起诉", "2020", "2018/2020", "3年来"),
        ("2022年5月至今,全区盗窃警情持续下降", "2023-08-01", "2022-05/2023-08", "2022年5月至今"),
        ("去年至今,全县共化解积案", "2022-06", "2021/2022", "去年至今"),
        ("今年第一季度,全县刑事立案数", "2022-06", "2022-01/2022-03", "今年第一季度"),
        ("今年1月至10月,全县信访总量", "2025-12-03", "2025-01/2025-10", "今年1月至10月"),
        ("2025年1月至10月,全县信访总量", "2025-12-03", "2025-01/2025-10", "2025年1月至10月"),
    ],
)
def test_resolve(text: str, date: str, period: str, label: str) -> None:
    assert resolve(text, date) == (period, label)


@pytest.mark.parametrize(
    ("text", "date", "period", "label"),
    [
        ("“十五五”时期，全省将", "2026-01", "2026/2030", "“十五五”时期"),
        ("十五五期间，要", "2026-01", "2026/2030", "十五五期间"),
        ("第十五个五年规划时期，全省", "2026-01", "2026/2030", "第十五个五年规划时期"),
        ("“十五”时期，全国", "2006", "2001/2005", "“十五”时期"),
        ("五年来，全省经济总量", "2026-01-14", "2021/2025", "五年来"),
        ("过去五年，我们", "2026-02", "2021/2025", "过去五年"),
        ("近五年来，全省", "2026-01", "2021/2025", "近五年来"),
        ("2021年以来，全省累计", "2026-01", "2021/2025", "2021年以来"),
        ("“十四五”时期，全省", "2026-01", "2021/2025", "“十四五”时期"),
        ("今年全省生产总值增长", "2026-01", "2026", "今年"),
        ("2021至2025年，全省", "2026-01", "2021/2025", "2021至2025年"),
        ("2025年上半年，全省", "2025-08", "2025-01/2025-06", "2025年上半年"),
        ("2025年前三季度，全省", "2025-11", "2025-01/2025-09", "2025年前三季度"),
        ("2025年前11个月，全省", "2025-12", "2025-01/2025-11", "2025年前11个月"),
    ],
)
def test_plans_and_reviews(text: str, date: str, period: str, label: str) -> None:
    assert resolve(text, date) == (period, label)


@pytest.mark.parametrize(
    "text",
    ["第十五届全国运动会在我省成功举办", "十五运会和残特奥会", "建成十五个特色小镇", "全市二十五个乡镇", "第十五次全省党代会"],
)
def test_a_number_fifteen_is_no_plan(text: str) -> None:
    assert [p.period for p in find_periods(text, "2026-01") if p.period] == []


def test_streak_ends_in_the_stated_year() -> None:
    found = find_periods("2022年、2023年连续两年被评为全市平安建设先进单位", "2024")
    assert [(p.period, p.label, p.scope) for p in found] == [
        ("2022", "2022年", "year"), ("2023", "2023年", "year"), ("2022/2023", "连续两年", "streak"),
    ]


def test_streak_without_a_year_has_no_period() -> None:
    assert [(p.period, p.scope) for p in find_periods("全县连续11年获评平安县", "2019")] == [(None, "streak")]


def test_a_plan_compared_with_is_no_period() -> None:
    assert find_periods("生产安全事故起数较“十三五”同期下降72.96%", "2025") == []


def test_a_year_compared_with_is_no_period() -> None:
    assert find_periods("增速快于2024年1.8个百分点", "2026-01") == []
    assert find_periods("于2025年底建成", "2026-01")[0].period == "2025"


def test_a_plan_that_names_which_year_it_is_is_no_period() -> None:
    assert find_periods("刚刚过去的一年，是“十四五”收官之年", "2026-01") == []
    assert find_periods("今年是十五五开局之年", "2026-01")[0].period == "2026"
    assert [p.period for p in find_periods("“十四五”时期全省新增就业300万人", "2026-01")] == ["2021/2025"]


def test_a_plan_or_year_saying_when_things_were_approved_is_no_period() -> None:
    assert find_periods("推进“十四五”确定的12个重大水利工程", "2026-01") == []
    assert find_periods("建好2024年批复的3个国家级园区", "2026-01") == []
    assert [p.period for p in find_periods("“十四五”期间，全省新建学校", "2026-01")] == ["2021/2025"]


def test_a_duration_inside_a_clause_is_no_period() -> None:
    assert find_periods("一处闲置近5年的商业广场", "2025") == []


def test_spans_point_at_the_words() -> None:
    text = "据了解,2024年,全县刑事发案下降"
    (p,) = find_periods(text, "2025")
    assert text[p.start : p.end] == "2024年" and p.scope == "year"


def test_relative_words_need_a_date() -> None:
    assert resolve("今年以来,全县", None) == (None, "今年以来")


def test_page_date() -> None:
    assert page_date("2025-11-25") == (2025, 11)
    assert page_date("2025") == (2025, None)
    assert page_date(None) == (None, None)


@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=2, max_value=9))
def test_recent_years_end_in_the_page_year(year: int, n: int) -> None:
    digits = "零一二三四五六七八九"
    period, _ = resolve(f"近{digits[n]}年,全市", str(year))
    assert period == f"{year - n + 1}/{year}"


@given(st.integers(min_value=2000, max_value=2090), st.integers(min_value=1, max_value=12))
def test_this_year_month(year: int, month: int) -> None:
    assert resolve(f"今年{month}月,全省", f"{year}-12-31") == (f"{year}-{month:02d}", f"今年{month}月")


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("2025年1至11月", "2025-01/2025-11"),
        ("2021至2025", "2021/2025"),
        ("2021-2025", "2021/2025"),
        ("“十四五”时期", "2021/2025"),
        ("十四五", "2021/2025"),
        ("十五五", "2026/2030"),
        ("2025年3月", "2025-03"),
        ("2025年", "2025"),
    ],
)
def test_one_grammar_for_text_and_for_period_options(words: str, period: str) -> None:
    from govfacts.engine.typed_periods import normalize

    assert normalize(words) == period
    assert resolve(words + "，全省", "2026-01")[0] == period


def test_the_year_an_evaluation_was_of_is_no_period_of_the_page() -> None:
    found = find_periods("2024年，全区推进法治建设，2023年度法治建设考评位居全市第一。", "2025-03")
    assert [(p.period, p.label) for p in found] == [("2024", "2024年")]
    assert [p.period for p in find_periods("2023年度全市地区生产总值增长5%。", "2024-02")] == ["2023"]
