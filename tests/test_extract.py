"""Drafting indicators, programs and honours from report text, and writing them as a TOML draft."""

from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder, PlainDivision, short_forms
from govfacts.extract.toml_draft import draft_toml

PLACES = PlaceFinder(
    [
        PlainDivision("330000", "浙江省", "省", None),
        PlainDivision("330800", "衢州市", "地级市", "330000"),
        PlainDivision("330803", "衢江区", "区", "330800"),
        PlainDivision("330822", "常山县", "县", "330800"),
        PlainDivision("330700", "金华市", "地级市", "330000"),
        PlainDivision("330726", "浦江县", "县", "330700"),
        PlainDivision("420000", "湖北省", "省", None),
        PlainDivision("422800", "恩施土家族苗族自治州", "自治州", "420000"),
        PlainDivision("422822", "建始县", "县", "422800"),
        PlainDivision("430000", "湖南省", "省", None),
        PlainDivision("431200", "怀化市", "地级市", "430000"),
        PlainDivision("431224", "溆浦县", "县", "431200"),
    ]
)


def figures(text: str, date: str = "2025-12", place: str | None = "衢州") -> list[tuple[Any, ...]]:
    return [(r["name"], r["value"], r["unit"], r["measure"]) for r in draft(text, date, place, PLACES).indicators]


def only(text: str, date: str = "2025-12", place: str | None = "衢州") -> dict[str, Any]:
    recs = draft(text, date, place, PLACES).indicators
    assert len(recs) == 1, recs
    return recs[0]


# -- lists


def test_a_list_with_respectively_gives_one_indicator_each() -> None:
    text = "2025年,全年刑事、治安警情同比分别下降19.1%、3.3%。"
    assert figures(text, "2026-01") == [("刑事警情", -19.1, "%", "change"), ("治安警情", -3.3, "%", "change")]


def test_a_shared_head_noun_is_completed() -> None:
    text = "电诈发案数、损失数同比分别下降15.9%、34.6%。"
    assert [f[0] for f in figures(text)] == ["电诈发案数", "电诈损失数"]
    text = "全市刑事、“盗抢骗”案件分别下降12.2%、17.8%。"
    assert [f[0] for f in figures(text)] == ["刑事案件", "“盗抢骗”案件"]


def test_what_a_list_s_items_did_said_once_after_the_last_ends_each_name() -> None:
    text = "2025年,省级基金、新增建设用地支持制造业项目比重分别为90.5%、80.1%。"
    recs = draft(text, "2026-01", "衢州", PLACES).indicators
    assert [(r["name"], r["review"]) for r in recs] == [
        ("省级基金支持制造业项目比重", None), ("新增建设用地支持制造业项目比重", None),
    ]


def test_an_ending_no_word_marks_the_start_of_is_flagged_on_the_items_before_the_last() -> None:
    text = "2025年,完成300万千瓦煤电机组、500万吨水泥产能、120台工业锅炉节能改造。"
    recs = draft(text, "2026-01", "衢州", PLACES).indicators
    assert [(r["name"], r["review"]) for r in recs] == [
        ("煤电机组", ["list-ending-shared"]), ("水泥产能", ["list-ending-shared"]), ("工业锅炉节能改造", None),
    ]
    text = "2025年,地表水、近岸海域水质优良比例分别达95.1%、88.2%。"
    recs = draft(text, "2026-01", "衢州", PLACES).indicators
    assert [r["review"] for r in recs] == [["list-ending-shared"], None]


def test_a_list_whose_items_have_their_own_measures_shares_no_ending() -> None:
    text = "2025年,地区生产总值、一般公共预算收入、居民人均可支配收入分别增长5.2%、3.1%、5.5%。"
    recs = draft(text, "2026-01", "衢州", PLACES).indicators
    assert [(r["name"], r["review"]) for r in recs] == [
        ("地区生产总值", None), ("一般公共预算收入", None), ("居民人均可支配收入", None),
    ]


def test_a_later_bare_measure_of_a_list_is_of_what_the_first_measured() -> None:
    text = "2025年,市属企业营业收入、利润分别增长5.1%、8.2%,国内游客人次、总花费分别增长6%、7.5%。"
    assert [f[0] for f in figures(text, "2026-01")] == ["市属企业营业收入", "市属企业利润", "国内游客人次", "国内游客总花费"]
    # (a first item with no measure to take off says nothing of the second: left to the reviewer)
    recs = draft("2025年,开发区利用外资、投资分别增长45%、20%。", "2026-01", "衢州", PLACES).indicators
    assert [(r["name"], r["review"]) for r in recs] == [("开发区利用外资", None), ("投资", ["name-unclear"])]


def test_changes_after_levels_named_in_earlier_clauses() -> None:
    text = "全县调解组织受理纠纷1.26万件,化解1.19万件,同比分别上升4.2%和3.9%。"
    got = [(r["name"], r["value"], r["unit"], r["measure"]) for r in draft(text, "2023", "衢州", PLACES).indicators]
    assert got == [
        ("调解组织受理纠纷", 12600, "件", "level"), ("化解纠纷", 11900, "件", "level"),
        ("调解组织受理纠纷", 4.2, "%", "change"), ("化解纠纷", 3.9, "%", "change"),
    ]


def test_each_figure_of_a_list_may_carry_its_own_direction() -> None:
    text = "2023年新收案件2.31万件,审结案件2.05万件,比2019年分别上升12.5%、下降3.1%。"
    got = [(r["name"], r["value"], r["basis"]) for r in draft(text, "2024", "衢州", PLACES).indicators if r["measure"] == "change"]
    assert got == [("新收案件", 12.5, "比2019年"), ("审结案件", -3.1, "比2019年")]


def test_an_average_yearly_change_over_a_run_of_years() -> None:
    text = "2022年,全市命案发案连续5年年均下降8.4%。"
    rec = draft(text, "2023-02", "衢州", PLACES).indicators[-1]
    assert (rec["value"], rec["basis"], rec["period"], rec["period_label"]) == (-8.4, "年均", "2018/2022", "连续5年")


def test_both_reach_one_value() -> None:
    text = "全县命案、“五类”案件破案率均达98.7%。"
    recs = draft(text, "2024", "建始县", PLACES).indicators
    assert [(r["name"], r["value"]) for r in recs] == [("命案破案率", 98.7), ("“五类”案件破案率", 98.7)]


def test_a_year_series_gives_one_indicator_per_year() -> None:
    text = "2011年至2016年,全县群众安全感分别为96.71%、97.55%、97.8%、98.1%、98.32%、98.6%。"
    recs = draft(text, "2017", "建始县", PLACES).indicators
    assert [(r["period"], r["value"]) for r in recs] == [
        ("2011", 96.71), ("2012", 97.55), ("2013", 97.8), ("2014", 98.1), ("2015", 98.32), ("2016", 98.6),
    ]
    assert {r["name"] for r in recs} == {"群众安全感"}


def test_a_series_of_changes_by_year() -> None:
    text = "2013年、2014年刑事发案同比分别下降14%、26.5%。"
    recs = draft(text, "2015", "建始县", PLACES).indicators
    assert [(r["period"], r["value"], r["measure"], r["basis"]) for r in recs] == [
        ("2013", -14, "change", "同比"), ("2014", -26.5, "change", "同比"),
    ]


def test_figures_of_one_clause_with_two_units() -> None:
    text = "全县登记群众来访总量为120件次356人次。"
    recs = draft(text, "2024", "建始县", PLACES).indicators
    assert [(r["value"], r["unit"]) for r in recs] == [(120, "件次"), (356, "人次")]
    assert recs[0]["name"] == recs[1]["name"] == "登记群众来访"


def test_a_breakdown_after_其中() -> None:
    text = "目前,全市共有212个网格服务站,其中,城区(镇)服务站150个、园区服务站62个。"
    got = [(r["name"], r["value"], r["period"]) for r in draft(text, "2024-03-15", "衢州", PLACES).indicators]
    assert got == [("网格服务站", 212, "2024-03"), ("城区(镇)服务站", 150, "2024-03"), ("园区服务站", 62, "2024-03")]


# -- changes, levels and bases


def test_signs_and_points() -> None:
    text = "与去年同比,收案增加96件,增长6.3%,办结率下降了0.8个百分点。"
    assert figures(text, "2024", "建始县") == [
        ("收案", 96, "件", "change"), ("收案", 6.3, "%", "change"), ("办结率", -0.8, "个百分点", "change"),
    ]
    assert {r["basis"] for r in draft(text, "2024", "建始县", PLACES).indicators} == {"同比"}


def test_a_population_counts_people() -> None:
    recs = draft("东华街道区域面积55.2平方公里,常住人口4.68万,下辖6个社区。", "2025", "衢州", PLACES).indicators
    assert [(r["value"], r["unit"]) for r in recs] == [(55.2, "平方公里"), (46800, "人"), (6, "个")]


def test_from_to_is_two_levels() -> None:
    text = "全县命案由12起下降至2起。"
    assert [(v, m) for _n, v, _u, m in figures(text, "2024", "建始县")] == [(12, "level"), (2, "level")]


def test_raised_to_is_a_level() -> None:
    rec = only("全市群众安全感提高到99.4%。")
    assert (rec["value"], rec["measure"], rec["name"]) == (99.4, "level", "群众安全感")


@pytest.mark.parametrize(
    ("text", "value"), [("全市盗窃案件降幅为23.5%。", -23.5), ("全市诉讼案件增幅为4.2%。", 4.2), ("全市盗窃案件下降为23.5%。", 23.5)]
)
def test_the_size_of_a_change_given_with_wei_is_the_change(text: str, value: float) -> None:
    rec = only(text, "2025-12")
    assert (rec["value"], rec["measure"]) == (value, "level" if "下降为" in text else "change")


@pytest.mark.parametrize(
    ("text", "basis", "value"),
    [
        ("全市交通事故起数比2020年同期下降32.54%。", "比2020年同期", -32.54),
        ("生产安全事故起数较“十三五”同期下降72.96%。", "较“十三五”同期", -72.96),
        ("涉企执法检查量同比下降54.3%。", "同比", -54.3),
        ("网上信访量环比减少6.2%。", "环比", -6.2),
        ("财产损失年均降幅达11.5%。", "年均", -11.5),
        ("生态类警情下降18.1%。", None, -18.1),
    ],
)
def test_basis(text: str, basis: str | None, value: float) -> None:
    rec = only(text, "2025-12")
    assert (rec["basis"], rec["value"]) == (basis, value)


def test_a_comparison_opening_the_sentence_is_the_basis_of_its_changes() -> None:
    text = "与上年同期相比,入室盗窃立案下降21.4%,抓获率上升35.2%。"
    assert [(r["value"], r["basis"]) for r in draft(text, "2022", "衢州", PLACES).indicators] == [(-21.4, "同比"), (35.2, "同比")]


def test_a_plan_compared_with_is_not_the_period() -> None:
    rec = only("五年来,全市刑事案件较“十三五”同期下降31.3%。", "2025-11-25")
    assert (rec["period"], rec["period_label"], rec["basis"]) == ("2021/2025", "五年来", "较“十三五”同期")


# -- places


def test_the_whole_city_is_the_main_place() -> None:
    rec = only("全市刑事案件下降31.3%。", "2025", "衢州")
    assert (rec["region"], rec["region_path"]) == ("衢州市", ["浙江省", "衢州市"])


def test_on_a_county_page_the_city_is_the_one_above() -> None:
    recs = draft("全县受理案件1200件。全市共受理案件9800件。", "2024", "建始", PLACES).indicators
    assert [r["region"] for r in recs] == ["建始县", "恩施土家族苗族自治州"]


def test_a_county_named_in_the_clause() -> None:
    text = "自开通以来,衢江区有效刑事警情数、立案数同比分别下降31.43%、29.57%。"
    assert {r["region"] for r in draft(text, "2025", "衢州", PLACES).indicators} == {"衢州市衢江区"}


def test_province_and_nation() -> None:
    recs = draft("在全省11个地市扩大应用试点。全国共开展为期3年的专项斗争。", "2025", "衢州", PLACES).indicators
    assert [(r["region"], r["value"]) for r in recs] == [("浙江省", 11), ("中国", 3)]


def test_a_town_below_the_county() -> None:
    recs = draft("常山县球川镇边界5个村开展了跨省党建联建。", "2025", "衢州", PLACES).indicators
    assert (recs[0]["region"], recs[0]["region_path"]) == ("球川镇", ["浙江省", "衢州市", "常山县", "球川镇"])


def test_a_place_is_guessed_when_not_given() -> None:
    recs = draft("建始县人民法院通报。今年以来,全县共受理案件1650件。", "2019-06-30", None, PLACES).indicators
    assert recs[0]["region"] == "建始县"


def test_traditional_text_keeps_its_quote_and_gives_simplified_names() -> None:
    text = "5年來,漵浦縣人民法院共審結涉黑案件17件85人。"
    recs = draft(text, "2020", "溆浦县", PLACES).indicators
    assert [(r["name"], r["value"], r["unit"], r["region"], r["period"]) for r in recs] == [
        ("审结涉黑案件", 17, "件", "溆浦县", "2016/2020"), ("审结涉黑案件", 85, "人", "溆浦县", "2016/2020"),
    ]
    assert recs[0]["quote"] == recs[1]["quote"] == "漵浦縣人民法院共審結涉黑案件17件85人"


def test_a_province_is_guessed_before_a_namesake_district() -> None:
    places = PlaceFinder([
        PlainDivision("460000", "海南省", "省", None), PlainDivision("150000", "内蒙古自治区", "自治区", None),
        PlainDivision("150300", "乌海市", "地级市", "150000"), PlainDivision("150303", "海南区", "区", "150300"),
        PlainDivision("421000", "荆州市", "地级市", "420000"), PlainDivision("421022", "公安县", "县", "421000"),
    ])
    recs = draft("海南全省刑事案件破案率达62.5%\n省公安厅通报,今年以来,全省共查处治安案件9350起。", "2015-07-01", None, places).indicators
    assert {r["region"] for r in recs} == {"海南省"}


def test_short_forms() -> None:
    assert short_forms("建始县") == ["建始"]
    assert short_forms("恩施土家族苗族自治州") == ["恩施州", "恩施"]
    assert short_forms("内蒙古自治区") == ["内蒙古"]


# -- what is not a fact


@pytest.mark.parametrize(
    "text",
    [
        "11月24日,台州市黄岩区江北公园五彩斑斓。",
        "全县公众安全感测评位列全省第1位。",
        "综合考评排名全省第16名。",
        "出台《优化法治化营商环境十二条措施》。",
        "织密“五张网”,推广“321”模式。",
        "构建4+5+N工作体系。",
        "启动“攻坚2017”专项行动。",
        "第34个国际禁毒日当天,各地开展宣传。",
        "群众可拨打12345热线或110报警。",
        "作者:李明 发布时间:2020-05-12 访问次数:1024 浏览:58",
        "按目前趋势,全年收案或将突破3200件。",
        "今年衢州有望夺取平安建设“二十连冠”。",
        "单起死亡3人以上较大火灾事故得到遏制。",
        "具体体现在四个方面。",
        "不到一个月便见到成效。",
    ],
)
def test_not_facts(text: str) -> None:
    assert figures(text, "2025") == []


def test_a_headline_restated_in_the_body_is_drafted_once() -> None:
    text = "今年全县查处酒驾案件35起\n2022年08月02日\n2022年,县交警大队共查处酒驾案件35起,暂扣驾驶证41本。"
    recs = draft(text, "2022-08-02", "建始县", PLACES).indicators
    assert [(r["value"], r["quote"]) for r in recs] == [(35, "县交警大队共查处酒驾案件35起"), (41, "暂扣驾驶证41本")]


def test_a_sidebar_restating_the_body() -> None:
    text = "五年来,全市矛盾纠纷就地化解率保持在97%以上。\n\n数说五年\n\n97%以上\n\n- 矛盾纠纷就地化解率保持在97%以上\n"
    recs = draft(text, "2025-11", "衢州", PLACES).indicators
    assert len(recs) == 1 and recs[0]["qualifier"] == "at_least"


def test_a_breakdown_repeating_a_value_is_kept() -> None:
    text = "全年排查隐患312处,整改销号312处,复查验收312处。"
    assert [n for n, _v, _u, _m in figures(text, "2024")] == ["排查隐患", "整改销号", "复查验收"]


# -- names and quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("衢州市查处的由境外组织的网络赌博案件同比下降18.6%。", "网络赌博案件"),
        ("建成1725个公共法律服务站点。", "公共法律服务站点"),
        ("打造形成“法治副厂长”等10个具有地域特色的法治示范项目。", "具有地域特色的法治示范项目"),  # one relative clause stays in the name
        ("全区2022年群众满意度达96.3%。", "群众满意度"),
        ("实现未成年人犯罪案件、人数同比下降6.67%、13.53%。", "未成年人犯罪案件"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert draft(text, "2025", "衢州", PLACES).indicators[0]["name"] == name


def test_quotes_are_the_clause_and_verbatim_across_line_breaks() -> None:
    text = (
        "          截至2019年6月,县综治中心按照网格化管理要求逐项推进工作,全县登记各类矛盾纠\n"
        "                  纷总数为418件,较上年同期有所下降但仍处高位,其中,邻里纠纷\n"
        "                  57件。\n"
    )
    recs = draft(text, "2019-07", "建始县", PLACES).indicators
    assert [(r["value"], r["quote"]) for r in recs] == [(418, "全县登记各类矛盾纠纷总数为418件"), (57, "邻里纠纷57件")]
    flat = re.sub(r"\s+", "", text)
    assert all(r["quote"] in flat for r in recs)


def test_a_clause_without_its_subject_quotes_the_one_before() -> None:
    recs = draft("与去年同比,办案增加58件,上升7.45%。", "2019", "建始县", PLACES).indicators
    assert recs[1]["quote"] == "办案增加58件,上升7.45%"


def test_periods_carry_on_and_months_stay_in_their_sentence() -> None:
    text = "今年3月,全县查处超速违法1208起。全县注销逾期未审验的驾驶证412本。"
    recs = draft(text, "2019-04-02", "衢州", PLACES).indicators
    assert [(r["period"], r["period_label"]) for r in recs] == [("2019-03", "今年3月"), ("2019", "2019年")]  # (the year carries, not the month's words)


# -- programs and honours


def test_programs() -> None:
    text = "衢州因地制宜打造了“南孔”有礼解纷等一批特色治理品牌,开发“林区融治”等应用平台。"
    progs = draft(text, "2025", "衢州", PLACES).programs
    assert [(p["name"], p["category"]) for p in progs] == [("南孔有礼解纷", "品牌"), ("林区融治", "应用")]
    text = "柯城区全面推广“浙里快处”应用,建立“六联”工作机制。"
    progs = draft(text, "2025", "衢州", PLACES).programs
    assert [(p["name"], p["category"], p["region"]) for p in progs] == [("浙里快处", "应用", "衢州市"), ("六联", "工作机制", "衢州市")]


def test_quoted_names_written_together_share_their_category() -> None:
    text = "全县涌现出“红枫大姐”“红枫义警”等一批平安志愿者品牌。"
    progs = draft(text, "2025", "衢州", PLACES).programs
    assert [(p["name"], p["category"]) for p in progs] == [("红枫大姐", "品牌"), ("红枫义警", "品牌")]


def test_several_titles_won_at_once_share_their_level() -> None:
    text = "该县先后获评全省禁毒工作先进县、法治宣传示范县。"
    hons = draft(text, "2023", "衢州", PLACES).honours
    assert [(h["name"], h["level"]) for h in hons] == [("全省禁毒工作先进县", "省级"), ("法治宣传示范县", "省级")]


def test_a_list_closed_by_等_shares_its_head_noun() -> None:
    text = "全区盗窃、诈骗、寻衅滋事等案件分别下降12.5%、22.4%、9.8%。"
    assert [n for n, *_ in figures(text)] == ["盗窃案件", "诈骗案件", "寻衅滋事案件"]


def test_honours() -> None:
    text = "衢州被授予第一批“平安中国建设示范市”称号。2024年,常山县成功夺得省级平安县创建“十九连冠”。"
    hons = draft(text, "2025", "衢州", PLACES).honours
    assert [(h["name"], h["level"], h["region"], h["year"]) for h in hons] == [
        ("平安中国建设示范市", "国家级", "衢州市", 2025), ("省级平安县创建十九连冠", "省级", "常山县", 2024),
    ]


# -- the TOML draft


def test_toml_draft_parses_and_avoids_ids_in_use() -> None:
    text = "2025年,全年刑事、治安警情同比分别下降19.1%、3.3%。常山县球川镇边界5个村开展联建。衢州荣获“平安中国建设示范市”称号。"
    d = draft(text, "2026-01", "衢州", PLACES)
    used = {"quzhou-2025", "quzhou-2025-ind-01", "quzhou-2025-place-01"}
    out = draft_toml(d.records, "quzhou-2025", "衢州市:平安坚守", "2026-01", "003.txt", used)
    assert out.startswith("# DRAFT")
    doc = tomllib.loads(out)
    (source,) = doc["source"]
    assert source["file"] == "003.txt" and source["id"] not in used
    ids = [e["id"] for kind in ("region", "indicator", "honour") for e in doc.get(kind, [])]
    assert len(ids) == len(set(ids)) and not set(ids) & used
    first = doc["indicator"][0]
    assert (first["region"], first["name"], first["value"], first["measure"], first["basis"], first["period"]) == (
        "cn-330800", "刑事警情", -19.1, "change", "同比", "2025",
    )
    assert first["source"] == source["id"] and first["quote"] == "全年刑事、治安警情同比分别下降19.1%、3.3%"
    town = doc["indicator"][2]
    (region,) = doc["region"]
    assert town["region"] == region["id"] and (region["name"], region["level"], region["parent"]) == ("球川镇", "镇", "cn-330822")
    assert doc["honour"][0]["region"] == "cn-330800"


def test_toml_draft_entries_pass_the_fact_base_field_checks() -> None:
    from govfacts.index.load import parse_bytes
    from govfacts.index.validate import check_file

    text = (
        "五年来,全市刑事案件较“十三五”同期下降31.3%,累计提供各类法律服务19万余次,矛盾纠纷就地化解率保持在97%以上。"
        "衢州被授予第一批“平安中国建设示范市”称号,打造了“南孔”有礼解纷等一批特色治理品牌。常山县球川镇边界5个村开展联建。"
    )
    d = draft(text, "2025-11-25", "衢州", PLACES)
    out = draft_toml(d.records, "quzhou-interview", "访谈", "2025-11", "000.txt", set())
    entries, problems = check_file(parse_bytes("draft.toml", out.encode("utf-8")))
    assert problems == []
    assert sorted({e.kind for e in entries}) == ["honour", "indicator", "program", "region", "source"]


def test_from_a_year_to_a_year_with_the_subject_in_the_clause_before() -> None:
    text = "吸毒人员明显减少,由2019年的64人减至2022年的29人,减幅54.7%。"
    recs = draft(text, "2023-04", "衢州", PLACES).indicators
    assert [(r["name"], r["value"], r["measure"], r["period"]) for r in recs] == [
        ("吸毒人员", 64, "level", "2019"), ("吸毒人员", 29, "level", "2022"), ("吸毒人员", -54.7, "change", "2022"),
    ]


def test_a_breakdown_sentence_keeps_the_stock_date() -> None:
    text = "至目前,全县共建成综治工作站96个。其中乡镇工作站18个,社区工作站78个。"
    recs = draft(text, "2025-12-20", "衢州", PLACES).indicators
    assert [r["period"] for r in recs] == ["2025-12"] * 3


_REPORT_CHARS = st.sampled_from(
    list("全市县区省同比分别下降上升增长提高到由至为达共受理案件起人次件万亿元余多以上内近约、,。;:“”《》()\n 0123456789.%")
    + ["刑事警情", "2025年", "今年以来", "较“十三五”同期", "个百分点", "连续两年", "十九连冠", "衢州市", "常山县", "球川镇"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_REPORT_CHARS, max_size=60).map("".join))
def test_any_text_drafts_without_error_and_every_quote_is_on_the_page(text: str) -> None:
    flat = re.sub(r"\s+", "", text)
    for rec in draft(text, "2025-11-25", "衢州", PLACES).records:
        assert re.sub(r"\s+", "", rec["quote"]) in flat
        assert rec["kind"] in ("indicator", "program", "honour")


def test_a_city_word_after_a_place_is_not_its_suffix() -> None:
    """金华市场主体突破200万户: 金华 and 市场主体 (market entities), not 金华市 and 场主体."""
    records = draft("作为民营经济的重要发祥地之一,金华市场主体突破200万户。", "2025-12", "金华", PlaceFinder.from_gazetteer()).records
    assert [(r["name"], r["region"], r["value"], r["unit"]) for r in records] == [("市场主体", "金华市", 2000000, "户")]


def test_the_nation_s_watchwords_measures_and_scare_quotes_are_no_programs() -> None:
    text = "统筹推进“五位一体”，协调推进“四个全面”，关闭“僵尸”应用，提高“得补率”，实施“凤凰行动”计划，建立“三联”工作机制。"
    progs = draft(text, "2026-01", "浙江省", PLACES).programs
    assert [p["name"] for p in progs] == ["凤凰行动", "三联"]


def test_a_campaign_of_a_higher_body_is_not_the_place_s_own_program() -> None:
    text = "以省高院“阳光司法”促进年活动为抓手，开展国家“清朗”专项行动，打造“衢州有礼”品牌。"
    assert [p["name"] for p in draft(text, "2026-01", "衢州", PLACES).programs] == ["衢州有礼"]
    assert [p["name"] for p in draft(text, "2026-01", "浙江省", PLACES).programs] == ["阳光司法", "衢州有礼"]  # (the province's own)


def test_numbered_watchwords_that_name_no_kind_are_no_programs() -> None:
    text = "加快建设“三大高地”，实施“五大战略”，推进“六个一”，实施提振消费“五大工程”。"
    progs = draft(text, "2026-01", "江西省", PLACES).programs
    assert [p["name"] for p in progs] == ["五大工程"]  # its name says its kind


def test_a_qualifier_said_once_before_a_list_with_respectively_holds_for_each_figure() -> None:
    recs = draft("2025年,地方财政收入、支出分别突破300亿元和3000亿元。", "2026-01", "衢州", PLACES).indicators
    assert [(r["name"], r["qualifier"]) for r in recs] == [("地方财政收入", "more_than"), ("地方财政支出", "more_than")]
    recs = draft("2025年,收入突破300亿元、支出3000亿元。", "2026-01", "衢州", PLACES).indicators
    assert [r["qualifier"] for r in recs] == ["more_than", None]  # (no 分别: each says its own)


def test_a_line_ending_in_an_ellipsis_ends_its_paragraph() -> None:
    text = "全市高精尖产业基金带动社会投资超千亿元……\n报告指出，2026年全市新增就业26万人。"
    recs = draft(text, "2026-01", "衢州", PLACES).indicators
    assert [r["quote"] for r in recs] == ["全市高精尖产业基金带动社会投资超千亿元", "2026年全市新增就业26万人"]


def test_a_day_of_the_month_is_no_figure() -> None:
    recs = draft("省人大会议3日上午开幕。全年空气优良天数达到320日，会期持续5日。", "2026-01", "衢州", PLACES).indicators
    assert [(r["value"], r["unit"]) for r in recs] == [(320, "日"), (5, "日")]
    recs = draft("跨省政务事项平均办结时间3日。", "2026-01", "衢州", PLACES).indicators
    assert [(r["value"], r["unit"]) for r in recs] == [(3, "日")]  # (a time taken, in days)


def test_a_stance_a_figure_of_speech_and_a_national_study_rule_are_no_programs() -> None:
    text = "坚持“统筹推进”的导向，将法治建设作为“定盘星”“压舱石”，严格落实“第一议题”制度，打造“东湖调解”品牌。"
    assert [p["name"] for p in draft(text, "2025", "衢州", PLACES).programs] == ["东湖调解"]


def test_a_plan_handed_down_and_carried_out_is_not_the_place_s_own_program() -> None:
    text = "全面贯彻落实“一规划两方案”具体措施，推行“说理式执法”措施。"
    assert [p["name"] for p in draft(text, "2026-01", "衢州", PLACES).programs] == ["说理式执法"]


def test_the_old_way_given_up_is_no_program() -> None:
    text = "传统“单兵作战”“被动化解”模式已难以适应，全县推行“一站式”调解模式。"
    assert [p["name"] for p in draft(text, "2025-12", "衢州", PLACES).programs] == ["一站式"]
