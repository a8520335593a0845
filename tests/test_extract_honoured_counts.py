"""Counts of the honoured, and what 今年 opens in a page written late in its year."""

from __future__ import annotations

from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder

PLACES = PlaceFinder.from_gazetteer()


def drafted(text: str, date: str = "2024-12-15") -> list[dict]:
    return draft(text, date, "宜宾市", PLACES).indicators


def test_things_counted_before_a_passive_honour_are_named_for_it():
    found = drafted("全年，4个派出所被评为全省枫桥式公安派出所，6个社区被命名为市级平安社区。")
    assert [r["name"] for r in found] == ["被评为全省枫桥式公安派出所的派出所", "被命名为市级平安社区的社区"]
    assert [[c for c in r["review"] or [] if c.startswith("name")] for r in found] == [[], []]  # (no name doubt)


def test_people_counted_by_their_honour_are_a_number_of_people():
    found = drafted("全年，7人获评“最美基层民警”，2名干警入选全国审判业务专家。")
    assert [r["name"] for r in found] == ["获评“最美基层民警”人数", "入选全国审判业务专家的干警"]
    assert drafted("全年，帮扶困难群众惠及300人。")[0]["name"] == "帮扶困难群众惠及人数"


def test_what_was_achieved_is_not_part_of_the_name():
    assert drafted("全年取得了群众满意率97.6%的好成绩。")[0]["name"] == "群众满意率"


def test_this_year_in_a_december_page_is_the_year_reviewed():
    found = drafted("今年，全市公安工作有了新成效。刑事案件发案数下降12.5%。")
    assert [(r["period"], r["status"]) for r in found] == [("2024", "actual")]


def test_this_year_in_a_january_report_is_the_year_to_come():
    found = drafted("今年，全市要推进平安建设。群众安全感达到98%。", "2025-01-20")
    assert [(r["period"], r["status"]) for r in found] == [("2025", "target")]


def test_levels_joined_by_a_comma_stay_in_one_name():
    found = drafted("全年，9个案例入选全国、全省检察机关典型案例，5个集体获省、市表彰。")
    assert [r["name"] for r in found] == ["入选全国、全省检察机关典型案例的案例", "获省、市表彰的集体"]
    assert [[c for c in r["review"] or [] if c.startswith("name")] for r in found] == [[], []]


def test_a_name_whose_scope_was_said_before_it_is_flagged():
    found = drafted("全年，依法审结相关案件14件，重点领域9件。受理各类案件300件。")
    assert [("name-unclear" in (r["review"] or [])) for r in found] == [True, True, False]


def test_already_is_no_part_of_a_name():
    assert drafted("全年已调解矛盾纠纷1200件。")[0]["name"] == "调解矛盾纠纷"


def test_a_rate_said_once_after_the_same_head_is_every_item_s():
    found = drafted("全年，盗窃案件和诈骗案件发案率分别下降12.1%和9.4%。")
    assert [r["name"] for r in found] == ["盗窃案件发案率", "诈骗案件发案率"]
    counted = drafted("全年，新引进5条重点产业链项目，重点产业链项目占比达61.5%。")
    assert "重点产业链项目占比" not in [r["name"] for r in counted if r["unit"] == "条"]


def test_a_share_named_by_its_whole_alone_is_of_the_figure_before():
    found = drafted("全年，28个省重点项目完成投资64.5亿元，占年度投资计划的112%。")
    assert found[-1]["name"] == "省重点项目完成投资占年度投资计划比例"
    assert "name-from-earlier-clause" in found[-1]["review"]


def test_the_figures_of_one_nameless_party_s_story_are_flagged():
    found = drafted("经调解，李某某一次性支付赔偿款4.2万元。全年调解纠纷860件。")
    assert [("one-case" in (r["review"] or [])) for r in found] == [True, False]


def test_a_streak_of_a_quoted_achievement_is_named_by_it():
    found = drafted("全年，命案破案率100%，连续6年实现“零发案”。")
    assert [(r["name"], r["value"], r["period"]) for r in found][-1] == ("零发案", 6, "2019/2024")


def test_parts_of_a_set_counted_before_are_named_for_the_set():
    found = drafted("全年，考核的20项指标中，17项高于全省平均，3项位列全省前三。")
    assert [r["name"] for r in found][1:] == ["高于全省平均的指标", "位列全省前三的指标"]


def test_later_fields_of_a_list_share_the_first_s_deed():
    found = drafted("全年，在安全生产领域立案8件，生态环境领域5件，其他领域2件。")
    assert [r["name"] for r in found][1:] == ["生态环境领域立案", "其他领域立案"]
