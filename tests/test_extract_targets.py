"""Extraction of a report's structure: reviews, targets, the next plan's goals, ranges and plan words."""

from __future__ import annotations

import pytest

from conftest import run
from govfacts.extract.draft import draft
from govfacts.extract.gazetteer_match import PlaceFinder
from govfacts.extract.page import prepare
from govfacts.extract.structure import Frames

PLACES = PlaceFinder.from_gazetteer()


def drafted(text: str, date: str, place: str) -> list[dict]:
    """The indicators drafted from text, with the gazetteer's places."""
    return draft(text, date, place, PLACES).indicators

# A short report of our own, shaped as the 2026 provincial reports are.
REPORT = """\
省政府工作报告
一、2025年工作和“十四五”成就回顾
2025年，全省生产总值增长5.6%，一般公共预算收入增长2.1%。
五年来，全省新增城镇就业520万人，常住人口城镇化率达到71%，居民人均可支配收入年均增长5.8%。
第十五届全国运动会期间，全省选手获得金牌32枚。
二、“十五五”时期的主要目标
到2030年，全社会研发投入强度达到3.4%以上，居民人均可支配收入年均增长5%以上。
三、2026年重点工作
今年是“十五五”开局之年。今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%；城镇调查失业率5%以内；居民消费价格涨幅2%左右；单位生产总值能耗下降2%—3%。
"""


@pytest.fixture(scope="module")
def records():
    return {(r["name"], r["value"]): r for r in draft(REPORT, "2026-01-20", "浙江省").indicators}


def test_the_frames_of_a_report():
    page = prepare(REPORT)
    frames = Frames(page.text, 2026, 1)
    kinds = [f.kind if f else None for f in frames.frames]
    assert kinds == ["year_review", "year_review", "plan_review", "goals", "goals", "targets", "targets"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("三、2026年主要工作", "targets"),
        ("三、2026年重点工作安排", "targets"),
        ("一、2025年主要工作和“十四五”发展成就", "year_review"),
        ("一、“十四五”时期经济社会发展回顾", "plan_review"),
        ("二、“十五五”时期的主要目标任务", "goals"),
    ],
)
def test_part_headings(heading, kind):
    text = f"{heading}\n第一段。\n主要预期目标是：增长5%。\n"
    frames = Frames(prepare(text).text, 2026, 1)
    assert frames.frames[0] is not None and frames.frames[0].kind == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("各位代表！五年来，全省粮食产量稳定在500亿斤以上。", "plan_review"),
        ("2025年是“十四五”收官之年。五年来，全省粮食产量稳定在500亿斤以上。", "plan_review"),
        ("各位代表！2025年是“十四五”收官之年。五年来，全省粮食产量稳定在500亿斤以上。", "plan_review"),
        ("2025年是“十四五”收官之年。一年来，全省粮食产量达到520亿斤。", "year_review"),
        ("2025年是“十四五”收官之年，全省粮食产量达到520亿斤。", "year_review"),
        ("各位代表！2025年目标任务顺利完成，“十四五”圆满收官。五年来，粮食产量稳定在500亿斤以上。", "plan_review"),
    ],
)
def test_a_line_opens_its_frame_after_a_salutation_or_the_name_of_the_year(opening, kind):
    text = f"一、2025年工作回顾\n全省生产总值增长5%。\n{opening}\n主要预期目标是：增长5%。\n"
    frames = Frames(prepare(text).text, 2026, 1)
    assert [f.kind if f else None for f in frames.frames] == ["year_review", kind, "targets"]


def test_a_part_on_the_plan_and_this_year_holds_the_plan_s_goals_until_this_year_is_named():
    text = (
        "一、2025年工作回顾\n全省生产总值增长5%。\n"
        "二、“十五五”时期目标任务和2026年工作安排\n"
        "《规划纲要（草案）》提出的主要指标中，单位生产总值能耗累计下降13%，森林覆盖率达到62%。\n"
        "今年是“十五五”开局之年。全省生产总值增长5%左右，森林覆盖率达到61.5%。\n"
    )
    found = [(r["name"], r["value"], r["period"], r["status"]) for r in drafted(text, "2026-01-20", "浙江省")]
    assert ("森林覆盖率", 62, "2030", "target") in found
    assert ("森林覆盖率", 61.5, "2026", "target") in found
    assert ("生产总值", 5, "2026", "target") in found


def test_a_review_that_beat_its_targets_opens_no_targets_frame():
    text = (
        "一、2025年工作回顾\n——稳中有进。全省生产总值增长5%，增速高于预期目标。\n"
        "今年全省发展的主要预期目标是：生产总值增长5%左右。\n"
    )
    frames = Frames(prepare(text).text, 2026, 1)
    assert [f.kind if f else None for f in frames.frames] == ["year_review", "targets"]


def test_a_page_that_is_no_report_has_no_frames():
    page = prepare("一、审判工作\n2007年，全市法院受理案件1.2万件。\n二、队伍建设\n全市法院干警参加培训300人次。\n")
    assert Frames(page.text, 2008, None).frames == []


@pytest.mark.parametrize(
    ("key", "period", "status"),
    [
        (("生产总值", 5.6), "2025", "actual"),
        (("新增城镇就业", 5200000), "2021/2025", "actual"),  # a flow over the five years
        (("常住人口城镇化率", 71), "2025", "actual"),  # a level at their end
        (("居民人均可支配收入", 5.8), "2021/2025", "actual"),  # an average rate over them
        (("全社会研发投入强度", 3.4), "2030", "target"),
        (("居民人均可支配收入", 5), "2026/2030", "target"),
        (("城镇调查失业率", 5), "2026", "target"),
        (("居民消费价格涨幅", 2), "2026", "target"),
    ],
)
def test_periods_and_status_come_from_the_frame(records, key, period, status):
    r = records[key]
    assert (r["period"], r["status"]) == (period, status)


@pytest.mark.parametrize(
    ("text", "name", "period"),
    [
        # a year stated in the sentence before does not make an average rate one year's
        ("各位代表！五年来，我们砥砺前行。2025年人均生产总值达到8万元。全省工业增加值年均增长7%。", "工业增加值", "2021/2025"),
        ("2025年，人均生产总值达到8万元。全省工业增加值年均增长7%。", "工业增加值", "2021/2025"),
        # an average rate set beside this year's targets is over the plan the year opens
        ("今年经济社会发展主要预期目标为：全省生产总值增长5%。规划纲要提出，全省生产总值年均增长4.5%左右。", "生产总值", "2026/2030"),
    ],
)
def test_an_average_rate_is_over_several_years(text, name, period):
    report = f"省政府工作报告\n一、2025年工作回顾\n全省粮食产量达到500亿斤。\n{text}\n"
    found = [r for r in draft(report, "2026-01-20", "浙江省").indicators if r.get("basis") == "年均"]
    assert [(r["name"], r["period"]) for r in found] == [(name, period)]


def test_ranges_are_one_record_with_value_high(records):
    gdp = records[("生产总值", 5)]
    assert (gdp["value"], gdp["value_high"], gdp["measure"], gdp["status"]) == (5, 5.5, "change", "target")
    energy = records[("单位生产总值能耗", -3)]
    assert (energy["value"], energy["value_high"]) == (-3, -2)
    assert ("生产总值", 5.5) not in records  # the upper end is not a figure of its own


def test_at_most_and_about_targets_keep_their_qualifier(records):
    assert records[("城镇调查失业率", 5)]["qualifier"] == "at_most"
    assert records[("居民消费价格涨幅", 2)]["qualifier"] == "about"


def test_the_fifteenth_games_are_no_plan(records):
    assert all(r["period"] != "2001/2005" for r in records.values())


def test_a_drafted_report_passes_check(tmp_path):
    page = tmp_path / "report.txt"
    page.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "base" / "report.toml"
    r = run("extract", str(page), "--date", "2026-01-20", "--place", "浙江", "-o", str(out))
    assert r.code == 0, r.err
    text = out.read_text(encoding="utf-8")
    assert "value_high = 5.5" in text and 'status = "target"' in text
    assert "2001/2005" not in text
    checked = run("check", "--data", "shipped", "--data", str(tmp_path / "base"))
    assert checked.code == 0, checked.err
    targets = run("metric", "生产总值", "--status", "target", "--data", "shipped", "--data", str(tmp_path / "base"), "--json")
    assert [(x["value"], x["value_high"]) for x in targets.json() if x["name"] == "生产总值"] == [(5, 5.5)]


def test_entries_flagged_for_review_are_counted_marked_and_accepted_by_deleting_the_field(tmp_path):
    from conftest import SMALL

    path = tmp_path / "facts.toml"
    flagged = SMALL.replace('quote = "电信网络诈骗发案数同比下降15.9%"', 'quote = "电信网络诈骗发案数同比下降15.9%"\nreview = ["name-from-earlier-clause"]')
    path.write_text(flagged, encoding="utf-8")
    r = run("check", "--data", str(path))
    assert r.code == 0
    assert "note: 1 entry is still flagged for review" in r.err
    assert run("metric", "电诈", "--data", str(path), "--json").json()[0]["review"] == ["name-from-earlier-clause"]
    assert "电信网络诈骗发案数 (to review)" in run("metric", "电诈", "--data", str(path)).out
    assert "电信网络诈骗发案数 (to review)" in run("search", "电诈", "--data", str(path)).out
    hits = run("search", "电诈", "--data", str(path), "--json").json()
    assert [h["review"] for h in hits if h["kind"] == "indicator"][0] == ["name-from-earlier-clause"]
    path.write_text(SMALL, encoding="utf-8")  # the reviewer deletes the line
    r = run("check", "--data", str(path))
    assert "flagged for review" not in r.err
    assert run("metric", "电诈", "--data", str(path), "--json").json()[0]["review"] == []
    assert all(h["review"] is None for h in run("search", "电诈", "--data", str(path), "--json").json())


def test_a_draft_says_why_an_entry_needs_review(tmp_path):
    text = "2025年，全省生产总值增长5.6%。\n全年新增就业60万人、减税降费310亿元，分别增长3%、5%。\n"
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    out = run("extract", str(page), "--date", "2026-01", "--place", "浙江", "--format", "jsonl")
    import json

    records = [json.loads(line) for line in out.out.splitlines()]
    flagged = [r for r in records if r["review"]]
    assert all(set(r["review"]) <= {"name-from-earlier-clause", "list-not-split", "no-name", "name-unclear", "region-carried", "period-carried"} for r in flagged)
    gdp = next(r for r in records if r["name"] == "生产总值")
    assert gdp["review"] is None  # stated whole in its own clause: nothing to flag


def test_a_verb_shared_by_a_list_or_said_after_the_count_makes_each_figure_a_flow():
    """In the five-year review: 新增A、B counts both over the five years, and so does a count
    whose verb follows it (…等12家企业完成重组); a level reached stays at the review's end."""
    text = (
        "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n"
        "全省新增省级产业园8个、特色产业集群6个，实现甲集团、乙集团等12家企业战略性重组，"
        "森林覆盖率达到61%。\n"
    )
    periods = {(r["name"], r["value"]): r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert periods[("新增省级产业园", 8)] == periods[("新增省级特色产业集群", 6)] == "2021/2025"
    assert [p for (name, v), p in periods.items() if v == 12] == ["2021/2025"]
    assert periods[("森林覆盖率", 61)] == "2025"


def test_a_streak_in_a_review_runs_up_to_the_review_s_end_and_so_does_what_it_holds():
    text = "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n全省油菜籽产量连续7年稳定在50亿斤以上。\n"
    found = {(r["value"], r["unit"]): r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert found == {(7, "年"): "2019/2025", (5000000000, "斤"): "2019/2025"}


def test_a_from_to_pair_in_a_review_is_two_levels_at_its_start_and_its_end():
    text = (
        "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n"
        "城镇化率由2020年的60.4%提高到65.2%，森林蓄积量从6.1亿立方米增加到7.3亿立方米。全省新增就业260万人。\n"
    )
    got = [(r["value"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [(60.4, "2020"), (65.2, "2025"), (610000000, "2020"), (730000000, "2025"), (2600000, "2021/2025")]


def test_in_the_five_year_review_a_count_of_things_done_is_over_the_five_years():
    text = "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n出台地方性法规23部，省级园区总数达到96个。\n"
    got = {r["value"]: r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert got == {23: "2021/2025", 96: "2025"}


def test_in_a_review_what_was_secured_is_a_result_and_in_the_targets_what_is_sought_a_target():
    text = (
        "一、2025年工作回顾\n过去一年，我们砥砺奋进。\n争取中央预算内投资180亿元。\n"
        "二、2026年工作安排\n主要预期目标是：生产总值增长5%左右。争取中央资金200亿元以上。\n"
    )
    got = {r["value"]: (r["period"], r["status"]) for r in drafted(text, "2026-01-20", "江西省")}
    assert got[18000000000] == ("2025", "actual")
    assert got[20000000000] == ("2026", "target")


def test_a_figure_row_is_marked_when_any_of_its_statements_is_still_flagged():
    from govfacts.output.rows import figure_rows

    statements = [
        {"figure": "fig-1", "name": "生产总值", "value": 1, "value_text": "1万亿元", "review": None},
        {"figure": "fig-1", "name": "生产总值", "value": 1, "value_text": "1万亿元", "review": ["period-carried"]},
    ]
    (row,) = figure_rows(statements)
    assert row["name"].endswith(("(to review)", "（待复核）"))


def test_a_five_year_paragraph_opened_after_a_dash_dates_its_later_levels_at_the_plan_s_end():
    text = (
        "一、2025年和“十四五”工作回顾\n过去一年，我们砥砺奋进。全省生产总值增长5%。\n"
        "——这五年，创新动能持续增强。全省新增院士9人。省级实验室达8家，森林覆盖率达61.2%。\n"
        "五年来，我们守护绿水青山。全省累计造林300万亩。空气优良天数比例为92.5%。\n"
    )
    got = {r["value"]: r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert got == {5: "2025", 9: "2021/2025", 8: "2025", 61.2: "2025", 3000000: "2021/2025", 92.5: "2025"}


def test_a_part_after_this_year_s_work_that_names_no_frame_is_still_what_is_to_be_done():
    text = (
        "一、2025年工作回顾\n全省生产总值增长5%。\n三、2026年重点工作\n主要预期目标是：增长5%左右。\n"
        "四、全面加强政府自身建设\n一般性支出压减10%以上。\n"
    )
    frames = Frames(prepare(text).text, 2026, 1)
    assert [f.kind if f else None for f in frames.frames] == ["year_review", "targets", "targets", "targets"]


def test_a_span_of_years_inside_a_sentence_governs_only_its_sentence():
    text = (
        "一、2025年工作回顾\n过去一年，我们砥砺奋进。\n"
        "鄱阳湖水质20年来首次达到Ⅲ类，建成幸福河湖320个。高标准农田占比达到66%，近3年提升12个百分点。"
        "林木覆盖率达到31.5%。\n"
        "三、2026年重点工作\n主要预期目标是：生产总值增长5%左右。\n"
    )
    got = {r["value"]: r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert got[320] == "2025" and got[31.5] == "2025" and got[66] == "2025"


def test_in_the_five_year_review_a_level_held_throughout_or_a_thing_built_is_over_the_five_years():
    text = (
        "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n"
        "粮食产量稳定在430亿斤以上，民生支出占比保持在75%以上。建设高标准农田1200万亩。"
        "婴幼儿托位增至9.8万个，千亿县超过8个。\n"
    )
    got = {r["value"]: r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert got == {43000000000: "2021/2025", 75: "2021/2025", 12000000: "2021/2025", 98000: "2025", 8: "2025"}


def test_a_second_figure_of_the_same_noun_is_not_flagged_and_a_two_character_name_is():
    text = "一、2025年工作回顾\n全省进出口总额达到5.9万亿元、增长6%。全年竣工21个。\n三、2026年重点工作\n主要预期目标是：增长5%。\n"
    got = {r["value"]: (r["name"], r["review"]) for r in drafted(text, "2026-01", "江西省")}
    assert got[5900000000000] == ("进出口总额", None) and got[6] == ("进出口总额", None)
    assert got[21] == ("竣工", ["name-unclear"])


def test_a_long_name_made_of_what_the_things_counted_did_and_a_level_held_after_a_streak_are_not_flagged():
    text = "一、2025年工作回顾\n12家单位入选全国首批重点培育中试平台。群众安全感连续8年保持在98%以上。\n三、2026年重点工作\n主要预期目标是：增长5%。\n"
    got = {r["value"]: (r["name"], r["review"]) for r in drafted(text, "2026-01", "江西省")}
    assert got[12] == ("入选全国首批重点培育中试平台的单位", None)
    assert got[98] == ("群众安全感", None)


def test_a_sentence_that_opens_with_the_five_years_sums_over_them_and_leaves_them_out_of_its_names():
    text = "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n五年生产原煤60亿吨，外送电量5000亿千瓦时。煤炭产量达到12亿吨。\n"
    got = [(r["name"], r["period"]) for r in drafted(text, "2026-02", "山西省")]
    assert got == [("生产原煤", "2021/2025"), ("外送电量", "2021/2025"), ("煤炭产量", "2025")]


def test_in_the_five_year_review_a_gap_with_the_nation_is_at_the_end_and_a_change_over_n_years_is_over_them():
    text = (
        "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n"
        "高中阶段毛入学率达到95.2%、高于全国平均水平3.1个百分点，工业增加值年均增长7.2%、高于全国0.8个百分点。"
        "城镇化率五年提高4.1个百分点，税收收入3年增长21.5%。\n"
    )
    got = [(r["name"], r["value"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [
        ("高中阶段毛入学率", 95.2, "2025"), ("高中阶段毛入学率", 3.1, "2025"),
        ("工业增加值", 7.2, "2021/2025"), ("工业增加值增速", 0.8, "2021/2025"),
        ("城镇化率", 4.1, "2021/2025"), ("税收收入", 21.5, "2023/2025"),
    ]


def test_a_span_of_years_said_on_its_own_before_a_change_of_the_noun_before_is_its_period():
    text = "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n税收收入达到900亿元，3年增长21.5%。\n"
    got = [(r["name"], r["value"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [("税收收入", 90000000000, "2025"), ("税收收入", 21.5, "2023/2025")]
    text = "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n粮食产量增长12%，两年间增长5%。\n"
    got = [(r["name"], r["value"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [("粮食产量", 12, "2021/2025"), ("粮食产量", 5, "2024/2025")]


def test_a_five_year_review_s_count_told_from_a_sum_by_its_unit_only_asks_for_review():
    text = "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n5G基站12万个，新增高新技术企业3000家，博士后工作站总数达到85个。\n"
    got = {r["value"]: (r["period"], r["review"]) for r in drafted(text, "2026-01-20", "江西省")}
    assert got[120000] == ("2021/2025", ["period-from-section"])
    assert got[3000] == ("2021/2025", None)  # 新增 says it is a sum
    assert got[85] == ("2025", None)  # 总数 says it is what stands at the end


def test_a_five_year_review_s_rate_and_a_from_to_pair_ask_for_no_period_review():
    text = (
        "一、“十四五”时期工作回顾\n过去五年，我们砥砺奋进。\n"
        "森林覆盖率63.1%，城镇居民收入由3.8万元提高到5.1万元，高速公路通车里程9000公里。\n"
    )
    got = {r["value"]: (r["period"], r["review"]) for r in drafted(text, "2026-01-20", "江西省")}
    assert got[63.1] == ("2025", None)  # a rate is never a sum over the years
    assert got[38000] == ("2020", None) and got[51000] == ("2025", None)  # 由…提高到 says which is which
    assert got[9000][1] == ["period-from-section"]  # opened over the years, or the length at their end?


def test_the_second_end_of_a_from_to_pair_takes_the_first_s_name_without_a_flag():
    text = "一、“十四五”时期工作回顾\n五年来，居民人均可支配收入从3.2万元增长到4.1万元。\n"
    got = [(r["name"], r["period"], r["review"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [("居民人均可支配收入", "2020", None), ("居民人均可支配收入", "2025", None)]


def test_a_year_said_in_the_five_year_review_holds_for_its_sentence_only():
    text = (
        "一、“十四五”时期工作回顾\n五年来，我们砥砺奋进。"
        "2025年全省生产总值达到3.6万亿元。累计新增城镇就业260万人，建成高速公路1200公里。\n"
    )
    got = [(r["name"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got[0] == ("生产总值", "2025")
    assert got[1] == ("累计新增城镇就业", "2021/2025")  # the five years', not 2025's


def test_a_from_to_pair_from_last_year_or_an_average_dates_its_start_the_year_before():
    text = (
        "一、2025年工作回顾\n2025年，全省生产总值增长5%。\n"
        "全省常住人口由上年6627万人增加到6640万人，丧葬基本服务费由平均3100元下降到1800元。\n"
        "二、2026年工作安排\n今年全省生产总值增长5%左右。\n"
    )
    found = [(r["name"], r["value"], r["period"]) for r in drafted(text, "2026-01-20", "浙江省")][1:-1]
    assert found == [
        ("常住人口", 66270000, "2024"), ("常住人口", 66400000, "2025"),
        ("丧葬基本服务费", 3100, "2024"), ("丧葬基本服务费", 1800, "2025"),
    ]


def test_a_target_s_word_of_effort_says_its_status_and_leaves_its_name():
    text = "一、2025年工作回顾\n全省生产总值增长5%。\n二、2026年工作安排\n力争新增外贸企业300家左右，确保粮食播种面积1500万亩以上。\n"
    found = [(r["name"], r["status"]) for r in drafted(text, "2026-01-20", "浙江省")][1:]
    assert found == [("新增外贸企业", "target"), ("粮食播种面积", "target")]


def test_in_the_five_year_review_a_total_after_the_new_ones_is_the_level_at_the_end():
    text = (
        "一、“十四五”时期工作回顾\n五年来，我们砥砺奋进。全省新增高新技术企业3200家、总数增至9100家，"
        "累计引进人才12万人、总量达到86万人。\n"
    )
    got = {r["value"]: r["period"] for r in drafted(text, "2026-01-20", "江西省")}
    assert got == {3200: "2021/2025", 9100: "2025", 120000: "2021/2025", 860000: "2025"}


def test_a_news_page_stating_a_report_s_goals_gives_targets_after_the_words_that_state_them():
    text = (
        "本报讯（记者 王明 通讯员 李华）1月20日上午，省十四届人民代表大会第五次会议在省人民会堂隆重开幕，"
        "省长代表省人民政府向大会作政府工作报告。报告指出，2025年全省地区生产总值增长5.2%，"
        "2026年全省经济社会发展主要预期目标是地区生产总值增长5.5%左右，固定资产投资增长6%，"
        "粮食、油料产量均稳定在百万吨以上。\n"
    )
    got = [(r["name"], r["value"], r["status"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [
        ("地区生产总值", 5.2, "actual", "2025"), ("地区生产总值", 5.5, "target", "2026"), ("固定资产投资", 6, "target", "2026"),
        ("粮食产量", 1000000, "target", "2026"), ("油料产量", 1000000, "target", "2026"),
    ]


def test_the_words_that_state_a_goal_are_no_part_of_its_name():
    text = "报告提出，2026年全市地区生产总值增长的预期目标为5%左右，全市发展的主要目标为城镇新增就业10万人。\n"
    got = [(r["name"], r["value"], r["status"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [("地区生产总值", 5, "target"), ("城镇新增就业", 100000, "target")]


def test_after_a_news_lede_of_this_year_s_targets_a_sentence_naming_last_year_reports_results():
    text = (
        "2026年全省经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。\n"
        "省长指出，2025年全省地区生产总值增长5.4%，比上年增长0.2个百分点。\n"
    )
    got = [(r["name"], r["value"], r["status"], r["period"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got[:2] == [("地区生产总值", 5, "target", "2026"), ("城镇调查失业率", 5.5, "target", "2026")]
    assert got[2] == ("地区生产总值", 5.4, "actual", "2025")


def test_the_level_a_change_is_from_has_the_year_of_that_level():
    text = "一、“十四五”时期工作回顾\n五年来，我们砥砺前行。全省经济总量达到1.37万亿元，较“十三五”末的9323.1亿元增加4374.4亿元。\n"
    got = [(r["value"], r["period"], r["measure"]) for r in drafted(text, "2026-01-20", "江西省")]
    assert got == [(1370000000000, "2025", "level"), (932310000000, "2020", "level"), (437440000000, "2021/2025", "change")]


def test_a_term_s_review_in_a_report_after_no_plan_s_end_covers_the_five_years_before_it():
    text = "一、过去五年工作回顾\n五年来，全区起诉各类犯罪3100人。\n二、今后五年的目标\n到2026年，全区生产总值达到900亿元。\n"
    frames = Frames(prepare(text).text, 2022, 1)
    assert frames.frames[0].kind == "plan_review" and frames.frames[0].flow == "2017/2021"
    assert Frames(prepare(text).text, 2026, 1).frames[0].flow == "2021/2025"


def test_what_was_done_since_the_year_began_is_done_on_a_january_page():
    from govfacts.extract.draft import draft
    from govfacts.extract.gazetteer_match import PlaceFinder

    places = PlaceFinder.from_gazetteer()
    for opening in ("今年以来", "新年伊始", "年初以来"):
        found = draft(f"{opening}，全区破获电诈案件12起。", "2026-01-23", "相山区", places).indicators
        assert (found[0]["period"], found[0]["status"]) == ("2026", "actual"), opening
    found = draft("今年，全区将新建调解室12个。", "2026-01-23", "相山区", places).indicators
    assert (found[0]["period"], found[0]["status"]) == ("2026", "target")
