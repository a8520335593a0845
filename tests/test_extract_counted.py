"""Names of counts whose noun is said around the figure: the deed's objects, whom it was done
for, meetings held, those a scope counts, and a passive predicate."""

from __future__ import annotations

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder

PLACES = PlaceFinder.from_gazetteer()


def drafted(text: str) -> list[tuple[str, list[str] | None]]:
    return [(r["name"], r["review"]) for r in draft(text, "2025-02", "柳州市", PLACES).indicators]


def names(text: str) -> list[str]:
    return [name for name, _why in drafted(text)]


def test_a_deed_s_objects_listed_by_example_stay_together():
    assert names("2024年，开展普法讲座、法律咨询会等180场。") == ["开展普法讲座、法律咨询会"]


def test_the_means_a_result_was_reached_by_is_no_part_of_its_name():
    found = names("2024年，通过劝阻预警、资金拦截推动全市电诈案件发案数同比下降35%。")
    assert found == ["电诈案件发案数"]


def test_a_passive_predicate_after_the_counted_noun_keeps_its_agent():
    assert drafted("2024年，诉源治理、执行攻坚等9项工作被上级推广。") == [("被上级推广的工作", None)]


def test_those_a_deed_was_done_for_are_named_with_the_deed():
    assert names("2024年，为2300名农民工讨回了欠薪。") == ["为农民工讨回了欠薪"]


def test_meetings_held_are_named_for_the_meetings():
    assert names("2024年，全年主持召开18次局务会议研究普法工作。") == ["主持召开局务会议"]


def test_a_scope_before_a_total_is_not_what_the_total_counts():
    assert names("2024年，全市各乡镇和市直单位共420名主要负责人参加述法。") == ["参加述法的主要负责人"]


def test_examples_before_a_bare_kind_of_cases_are_kept_and_not_doubted():
    found = drafted("2024年，审结抢劫、盗窃等犯罪案件96件，审结民间借贷、买卖合同等纠纷案件3100件。")
    assert found == [("审结抢劫、盗窃等犯罪案件", None), ("审结民间借贷、买卖合同等纠纷案件", None)]


def test_counts_joined_by_he_before_one_predicate_share_it():
    assert names("2024年，5个集体和12名个人受到表彰。") == ["受到表彰的集体", "受到表彰的个人"]


def test_cases_counted_in_qi_keep_the_deed_and_a_predicate_after_them_is_theirs():
    assert names("2024年，先后侦破12起部督案件。") == ["侦破部督案件"]
    assert names("2024年，破获1起公安部目标案件并入选全国典型案例。") == ["破获入选全国典型案例的公安部目标案件"]


def test_ji_shi_is_a_word_and_yi_lai_no_part_of_the_noun():
    assert drafted("2024年，及时挽损3000余万元。") == [("及时挽损", None)]
    assert names("去年10月以来该类警情数环比下降31%。")[0] == "该类警情数"


def test_a_page_s_opening_year_carries_without_doubt_and_a_later_one_with():
    text = "某市法院工作报告\n2024年，全市法院坚持公正司法。\n全市法院受理案件5000件。\n"
    assert [r["review"] for r in draft(text, "2025", "柳州市", PLACES).indicators] == [None]
    text = "某市法院工作报告\n全市法院坚持公正司法，2023年成效明显。\n全市法院受理案件5000件。\n"
    assert [r["review"] for r in draft(text, "2025", "柳州市", PLACES).indicators] == [["period-carried"]]


def test_a_city_bureau_s_branch_is_its_county_and_last_year_s_level_is_of_last_year():
    text = "2024年，柳州市公安局柳江分局立各类刑事案件1200起，较上年同期1300起减少100起；盗窃警情升3%。"
    found = [(r["region"], r["name"], r["value"], r["measure"], r["period"]) for r in draft(text, "2025-01-10", None, PLACES).indicators]
    assert found == [
        ("柳州市柳江区", "立各类刑事案件", 1200, "level", "2024"),
        ("柳州市柳江区", "立各类刑事案件", 1300, "level", "2023"),
        ("柳州市柳江区", "立各类刑事案件", -100, "change", "2024"),
        ("柳州市柳江区", "盗窃警情", 3, "change", "2024"),
    ]


def test_a_second_count_after_the_first_s_noun_counts_the_noun_after_it():
    assert names("2024年，航线通达36个国家和地区的120个港口。") == ["国家和地区", "港口"]


def test_a_count_before_bing_is_of_its_own_noun_and_an_example_s_story_is_one_case():
    assert names("2024年，评查案卷560件并整改问题31条。") == ["评查案卷", "整改问题"]
    found = drafted("2024年，全县调处纠纷480件。如4月3日，某镇叶某因排水淹没邻居4亩瓜菜，经调解赔偿1.5万元。")
    assert [why for _name, why in found][1:] == [["one-case"], ["one-case"]]


def test_a_streak_that_is_the_ground_of_a_fall_holds_only_the_fall():
    found = names("2025年，电诈警情在连续4年大幅下降的基础上再降12%。")
    assert found == ["电诈警情大幅下降", "电诈警情"]


def test_a_bare_measure_of_cases_is_of_the_cases_the_figure_before_measured():
    found = names("今年以来，全市电诈案件发案数同比下降3.7%，损失数同比下降21.2%。")
    assert found == ["电诈案件发案数", "电诈案件损失数"]


def test_a_deed_on_cases_listed_by_example_keeps_its_first_example():
    assert names("2024年，破获侵犯知识产权、制售伪劣等案件708起。") == ["破获侵犯知识产权、制售伪劣等案件"]


def test_a_heading_naming_the_year_before_is_a_year_dated_page_s_own_year():
    text = "各位代表：\n一、2024年工作回顾\n2024年是关键一年。\n全市地区生产总值增长5%。\n"
    assert [r["review"] for r in draft(text, "2025", "玉林市", PLACES).indicators] == [None]
