"""Figures read as the page prints them (issue 15): 14700余件, 4282个, 4000万余元; --scale asks for 万 and 亿."""

from __future__ import annotations

import pytest

from conftest import run, run_zh
from govfacts.chinese.numbers import stated
from govfacts.engine.wording import value_text


def test_a_figure_is_printed_as_its_quote_states_it():
    r = run("metric", "重点领域矛盾纠纷摸排数")
    assert r.code == 0
    assert "14700余件" in r.out and "1.47万" not in r.out


def test_scale_writes_it_in_wan():
    r = run("metric", "重点领域矛盾纠纷摸排数", "--scale")
    assert "1.47万余件" in r.out and "14700" not in r.out


def test_scale_leaves_the_machine_formats_as_the_page_prints_them():
    [record] = run("metric", "重点领域矛盾纠纷摸排数", "--scale", "--json").json()
    assert (record["value"], record["value_text"]) == (14700, "14700余件")


@pytest.mark.parametrize(("words", "printed"), [("4282", "4282个"), ("4000万", "4000万余元")])
def test_no_thousands_separator_and_no_rescaling(words, printed):
    r = run_zh("search", words)
    assert r.out.splitlines()[1].split()[4] == printed


@pytest.mark.parametrize(
    ("quote", "value", "unit", "measure", "printed"),
    [
        ("共化解重点领域矛盾纠纷14700余件", 14700, "件", "level", "14700余件"),
        ("全市社会组织4282个参与平安建设", 4282, "个", "level", "4282个"),
        ("挽回损失8.36亿元", 836000000, "元", "level", "8.36亿元"),
        ("刑事警情同比下降19.1%", -19.1, "%", "change", "19.1%"),
        ("平安建设实现“十九连冠”", 19, "连冠", "level", "十九连冠"),
        ("群众满意度提升约三成", 30, "%", "change", "约三成"),
        ("参与群众超过1.2万人次", 12000, "人次", "level", "超过1.2万人次"),
        ("受理案件３０件以上", 30, "件", "level", "30件以上"),
        ("实现命案零发生", 0, "起", "level", ""),
        ("刑事警情同比下降19.1%", 19.1, "%", "change", None),
    ],
)
def test_stated_is_the_span_of_the_quote_that_states_the_figure(quote, value, unit, measure, printed):
    assert stated(quote, value, unit, measure) == printed


def test_without_a_printed_form_one_plain_form_is_used():
    assert value_text(4282, "个", "level") == "4282个"
    assert value_text(14700, "件", "level", "more_than") == "14700余件"
    assert value_text(14700, "件", "level", "more_than", scale=True) == "1.47万余件"
    assert value_text(-15.9, "%", "change", printed="15.9%") == "↓15.9%"
    assert value_text(836000000, "元", "level", printed="8.36亿元", scale=True) == "8.36亿元"


def test_a_period_said_as_its_year_is_not_said_twice():
    from govfacts.output.labels import period_text

    assert period_text({"period": "2025", "period_label": "2025年"}) == "2025年"
    assert period_text({"period": "2021/2025", "period_label": "五年来"}) == "五年来 (2021/2025)"
    assert period_text({"period": "2025", "period_label": None}) == "2025"
