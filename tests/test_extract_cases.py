"""Counts of cases named for the cases and the body said before them in the sentence."""

from __future__ import annotations

from govfacts.extract.cases import CaseTopic, on_topic
from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder

PLACES = PlaceFinder.from_gazetteer()


def names(text: str) -> list[str]:
    return [r["name"] for r in draft(text, "2024-01", "东莞市", PLACES).indicators]


def test_a_later_bare_action_is_done_by_the_body_that_opened_the_sentence():
    assert names("全县法院受理各类案件8600件，办结8100件。") == ["法院受理各类案件", "法院办结各类案件"]
    assert names("其中县中院受理900件，审结850件。")[1] == "县中院审结案件"
    assert names("市检察院受理审查起诉案件420件，办结案件401件。") == ["市检察院受理审查起诉案件", "市检察院办结案件"]


def test_without_a_body_the_action_is_named_for_the_cases_alone():
    assert names("受理民事案件300件，结案270件。") == ["受理民事案件", "民事案件结案"]
    assert names("全年受理案件500件，办结480件。") == ["受理案件", "办结案件"]


def test_the_body_is_of_one_sentence_only():
    assert names("全市法院受理各类案件1.2万件。办结1.1万件。")[1] == "办结案件"


def test_the_topic_carries_the_body_and_the_cases():
    name, topic = on_topic("市中院受理案件", CaseTopic(), "件")
    assert (name, topic) == ("市中院受理案件", CaseTopic("案件", "市中院"))
    assert on_topic("结案率", topic)[0] == "市中院结案率"
    assert on_topic("结案率", CaseTopic("刑事案件"))[0] == "刑事案件结案率"
    assert on_topic("结案率", CaseTopic("案件"))[0] == "结案率"


def test_a_deed_on_cases_listed_by_example_keeps_its_verb_not_its_examples():
    found = names("依法审结抢劫、绑架等严重暴力犯罪案件88件，从快惩处醉驾、盗窃等轻罪案件640件。")
    assert found == ["审结严重暴力犯罪案件", "惩处轻罪案件"]


def test_a_count_between_a_police_or_court_deed_and_its_cases_keeps_the_deed():
    assert names("全年已监督纠正12件违法立案案件。") == ["监督纠正违法立案案件"]
    assert names("全市共调处2100件矛盾纠纷。") == ["调处矛盾纠纷"]
    assert names("今年以来打掉3个电诈团伙。") == ["打掉电诈团伙"]


def test_the_kind_of_the_examples_is_no_part_of_the_counted_noun():
    found = names("物业服务、医疗卫生等领域行业调解组织累计调处纠纷930件。")
    assert found == ["行业调解组织累计调处纠纷"]


def periods(text: str, date: str) -> list[tuple[str, str]]:
    return [(r["name"], r["period"]) for r in draft(text, date, "长寿区", PLACES).indicators]


def test_later_counts_of_other_crimes_share_the_deed_the_first_opened_with():
    found = names("依法起诉故意伤害、强奸等侵犯公民人身权犯罪180人，盗窃、诈骗等侵财犯罪1400人，涉枪涉爆犯罪30人。")
    assert found == ["起诉侵犯公民人身权犯罪", "起诉侵财犯罪", "起诉涉枪涉爆犯罪"]
    assert names("受理刑事案件680件，民事案件1200件。") == ["受理刑事案件", "受理民事案件"]
    assert names("全年受理案件500件，结案率98%。") == ["受理案件", "结案率"]  # (a rate takes no deed)


def test_counts_of_cases_handled_in_a_term_s_review_are_sums_over_its_years():
    text = "一、过去五年工作回顾\n五年来，严厉打击危害国家安全的犯罪活动，办理案件6件8人。批捕犯罪嫌疑人900人。\n二、今后五年的工作\n到2026年，平安建设走在前列。\n"
    assert periods(text, "2022-01-10") == [
        ("办理危害国家安全犯罪案件", "2017/2021"), ("办理危害国家安全犯罪案件", "2017/2021"), ("批捕犯罪嫌疑人", "2017/2021")
    ]


def test_a_rate_within_the_time_limit_is_of_the_court_the_sentence_opened_with():
    found = names("其中，市法院受理案件5492件，办结4968件，审限内结案率99.97%。")
    assert found == ["市法院受理案件", "市法院办结案件", "市法院审限内结案率"]


def test_suspects_and_money_counted_after_cases_of_one_crime_are_of_that_crime():
    found = names("今年以来，共立电信网络诈骗案件133起，破案80起，抓获犯罪嫌疑人79人，追缴损失61万余元。")
    assert found[2:] == ["抓获电信网络诈骗犯罪嫌疑人", "追缴电信网络诈骗损失"]
    assert names("全年破获各类案件900起，抓获犯罪嫌疑人700人。")[1] == "抓获犯罪嫌疑人"  # (no one crime)


def test_a_rate_said_once_for_the_items_counted_before_it_is_each_item_s():
    found = draft("侦破盗窃刑事案件800起、行政案件700起，破案率分别同比提高12.5、6.5个百分点。", "2024-01", "东莞市", PLACES).indicators
    assert [(r["name"], r["value"], r["unit"]) for r in found[2:]] == [
        ("盗窃刑事案件破案率", 12.5, "个百分点"),
        ("行政案件破案率", 6.5, "个百分点"),
    ]
    assert all("name-from-earlier-clause" in r["review"] for r in found[2:])
    assert found[2]["quote"].startswith("侦破盗窃刑事案件800起")


def test_a_bare_measure_is_of_the_cases_said_with_a_measure_before_it():
    assert names("诈骗案件发案下降10%，被骗损失下降5%，破案率上升20%。")[2] == "诈骗案件破案率"
    # a loss someone was spared names no cases
    found = names("避免群众损失3亿元，立案数同比下降9%。")
    assert found[1] == "立案数"


def test_a_bare_count_of_cases_is_flagged():
    found = draft("避免群众损失3亿元，立案数同比下降9%。", "2024-01", "东莞市", PLACES).indicators
    assert "name-unclear" in found[1]["review"]


def test_a_count_after_a_stance_against_crimes_is_of_them_and_quotes_the_stance():
    found = draft("全年办理各类案件900件。始终保持严打涉枪犯罪高压态势，起诉45人。", "2024-01", "东莞市", PLACES).indicators
    assert found[1]["name"] == "起诉涉枪犯罪"
    assert found[1]["quote"] == "始终保持严打涉枪犯罪高压态势，起诉45人"
    assert "name-from-earlier-clause" in found[1]["review"]


def test_a_stance_against_crimes_given_by_example_keeps_the_examples():
    found = draft("全年受理审查起诉6103人。依法严厉打击利用黑恶势力敲诈勒索、非法采矿等犯罪，受理审查起诉72人。", "2025-01", "东莞市", PLACES).indicators
    assert found[1]["name"] == "受理审查起诉利用黑恶势力敲诈勒索、非法采矿等犯罪"


def test_today_on_a_day_dated_page_is_its_month():
    found = draft("今年上半年，全市返还资金1000万元。今天，市公安局又集中返还涉案资金2384万元。", "2021-12-10", "东莞市", PLACES).indicators
    assert [r["period"] for r in found] == ["2021-01/2021-06", "2021-12"]
